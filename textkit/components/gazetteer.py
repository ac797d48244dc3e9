"""Component `textkit_gazetteer`: places (LOC) and organizations (ORG) from the gazetteer.

Names are matched on token strings (a dict keyed by the first lower-cased token), so building
the component costs nothing and the index is made once per process, on the first Doc. A name
matches in any case (`kemenhan`, `KEMENHAN`) unless it reads as a common word (`Solo`,
`Padang`, `Batu`) or has at most two letters (`AS`): those match only as written, and common
words never at a sentence start. Indonesian function words are never names.

The component only fills gaps the statistical NER left, with one exception: a head + region
name replaces the LOC and ORG entities inside it or on the same words: a ministry or agency
followed by a foreign country (`Kemenhan Azerbaijan`: `Kemenhan` + `Azerbaijan`) counts as that
country's organization, and a government body, parliament, police or court of a region (`Pemprov
DKI`, `DPRD Jatim`, `Polres Bogor`, which the NER sets tag as `Pemprov [DKI]`) as that body,
not as the place. A listed name also replaces the ORG or LOC it continues (the NER's `Badan
Meteorologi` of `Badan Meteorologi, Klimatologi, dan Geofisika`), and a listed person's full
name (people table, two or more words, as written or in capitals) is one PER span in place of
the NER's pieces of it (`lang.identity.SPAN_CONVENTIONS`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.attrs import SENT_START, SPACY
from spacy.lang.id.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import organizations, people, places
from ..factories import factory
from ..labels import NAMED_LABELS
from ..lang.gazetteer import DISTRICT_HEADS, no_gc, read_words
from ..lang.identity import is_title
from ..organizations import Organization
from ..places import Place
from ..tokenizer import token_texts

# Tokens that may join the words of a built name (`Kodam V/Brawijaya`, `PT Sinar-Jaya Tbk`).
NAME_JOINERS = frozenset(["/", "-", "&", "(Persero)"])
MAX_NAME_TOKENS = 6
_LETTER = re.compile(r"[^\W\d_]")
_PIECES = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Pattern:
    """A name to find: its lower-cased tokens and, when case matters, the tokens as written."""

    lower: tuple[str, ...]
    exact: tuple[str, ...] | None
    not_initial: bool  # one common word: never matched at a sentence start
    entry: Place | Organization | str  # a str: a listed person's canonical name


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    label: str
    value: str
    kb_id: str
    absorbs: bool = False  # a head + region: replaces the entities found inside it


@functools.lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Lower-case words that are also ordinary words in news text, and the function words."""
    return read_words("common_words.txt") | STOP_WORDS


@functools.lru_cache(maxsize=1)
def ordinary_words() -> frozenset[str]:
    """`common_words` and the words news text writes in lower case most of the time, rare ones
    too (`kikuk`, `rayakan`): a capital letter on them is a headline's, not a name's."""
    return read_words("ordinary_words.txt") | common_words()


@functools.lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    """Lower-case names never tagged on their own (`Metro` of `Polda Metro Jaya`)."""
    return read_words("not_names.txt")


def split_name(
    name: str, tokenize: Callable[[str], Sequence[str]] | None = None
) -> list[list[str]]:
    """Ways a name may be tokenized: on spaces, and when it has punctuation, by `tokenize` and
    with every punctuation mark apart (`Bangka-Belitung` → `Bangka`, `-`, `Belitung`)."""
    if name.replace(" ", "").isalnum():
        return [name.split()]
    ways = [_PIECES.findall(name)]
    if tokenize is not None:
        ways.append(list(tokenize(name)))
    return [w for i, w in enumerate(ways) if w not in ways[:i]]


def make_pattern(
    tokens: list[str], entry: Place | Organization, exact: bool, alone: bool = True
) -> Pattern | None:
    """The pattern for a name (None for function words and names without letters, and when
    `alone`, for the names never tagged on their own)."""
    lower = tuple(t.lower() for t in tokens)
    if not _LETTER.search("".join(lower)):
        return None
    common = common_words()
    if len(lower) == 1 and lower[0] in STOP_WORDS or alone and " ".join(lower) in not_names():
        return None
    words = [t for t in lower if t.isalpha() or _LETTER.search(t)]
    is_common = all(t in common for t in words)
    short = len("".join(lower)) <= 2
    cased = exact or is_common or short
    # One common word at a sentence start is that word (`Solo karier…`); two capitalized ones
    # are still a name (`Bank Dunia menilai…`).
    return Pattern(lower, tuple(tokens) if cased else None, is_common and len(lower) == 1, entry)


def is_full_name(name: str) -> bool:
    """A person's name of two or more words, without a title or bracket (`Budi Karya Sumadi`,
    `B.J. Habibie`; not `Pak Jokowi`)."""
    words = name.split()
    return len(words) > 1 and "(" not in name and not is_title(words[0])


class Gazetteer:
    """Finds the listed places and organizations in a sequence of tokens.

    Pattern tables map the first two lower-cased tokens of a name (one for one-word names)
    to its patterns, longest first.
    """

    def __init__(self, tokenize: Callable[[str], Sequence[str]] | None = None) -> None:
        self.tokenize = tokenize
        self.index: dict[str, list[Pattern]] = {}
        # Countries never tagged alone (`RI`) but read after a ministry head (`Kemenhan RI`).
        self.countries: dict[str, list[Pattern]] = {}
        self.heads: dict[str, list[tuple[Pattern, organizations.Prefix]]] = {}
        self._districts: dict[str, list[Pattern]] | None = None
        self._people: dict[str, list[Pattern]] | None = None
        self._seen: dict[tuple, Pattern] = {}
        # The first lower-cased token of every name of each table (by id): most tokens are
        # none, and skipping them saves two dict lookups a token.
        self._firsts: dict[int, set[str]] = {}
        with no_gc():
            for org, aliases in organizations.entries():
                for alias in aliases:
                    self._add(self.index, alias, org, False)
            for place, aliases, exact in places.entries():
                if place.type != "district":
                    for alias in aliases:
                        self._add(self.index, alias, place, False)
                        if place.type == "country" and alias.lower() in not_names():
                            self._add(self.countries, alias, place, False, alone=False)
                    for alias in exact:
                        self._add(self.index, alias, place, True)
            _longest_first(self.index)
            for prefix in organizations.prefixes():
                for tokens in split_name(prefix.head, tokenize):
                    pattern = make_pattern(tokens, None, False)  # type: ignore[arg-type]
                    if pattern is not None:
                        self.heads.setdefault(pattern.lower[0], []).append((pattern, prefix))
        # Lower-cased tokens a match may start at (besides `Tbk`, where one may end).
        self._starters = frozenset(
            self._firsts.get(id(self.index), set()) | self.heads.keys() | DISTRICT_HEADS
        )

    def _add(
        self, table: dict[str, list[Pattern]], name: str, entry, exact: bool, alone: bool = True
    ) -> None:
        for tokens in split_name(name, self.tokenize):
            pattern = make_pattern(tokens, entry, exact, alone)
            if pattern is None:
                continue
            seen = (id(table), pattern.lower, pattern.exact)
            self._firsts.setdefault(id(table), set()).add(pattern.lower[0])
            bucket = table.setdefault(" ".join(pattern.lower[:2]), [])
            old = self._seen.get(seen)
            if old is None:
                self._seen[seen] = pattern
                bucket.append(pattern)
            elif _better(pattern.entry, old.entry):  # same name: the place lookup() prefers
                self._seen[seen] = pattern
                bucket[bucket.index(old)] = pattern

    @property
    def districts(self) -> dict[str, list[Pattern]]:
        """District names (matched after `Kecamatan`/`Distrik`), indexed on first need."""
        if self._districts is None:
            table: dict[str, list[Pattern]] = {}
            with no_gc():
                for place, _, _ in places.entries():
                    if place.type == "district":
                        self._add(table, place.name, place, False)
                _longest_first(table)
            self._districts = table
        return self._districts

    @property
    def people(self) -> dict[str, list[Pattern]]:
        """The full names (two or more words) of the people table, matched as written (or in
        capitals), indexed on first need."""
        if self._people is None:
            table: dict[str, list[Pattern]] = {}
            with no_gc():
                for name, aliases in people.entries():
                    for form in (name, *aliases):
                        if is_full_name(form):
                            self._add(table, form, name, True)
                _longest_first(table)
            self._people = table
        return self._people

    def find_people(
        self, words: Sequence[str], starts: Sequence[bool], any_case: bool = False
    ) -> list[Match]:
        """The listed people's full names, longest first, left to right; `any_case` for text
        written in one case (all lower case: the names are matched in any case)."""
        table = self.people
        lowers = [w.lower() for w in words]
        found: list[Match] = []
        end = 0
        for i in range(len(lowers)):
            p = None if i < end else self._lookup(table, words, lowers, starts, i, any_case)
            if p is not None:
                end = i + len(p.lower)
                found.append(_match(i, end, p.entry))
        return found

    @staticmethod
    def _fits(
        p: Pattern,
        words: Sequence[str],
        lowers: Sequence[str],
        i: int,
        initial: bool,
        any_case: bool = False,
    ) -> bool:
        n = len(p.lower)
        if tuple(lowers[i : i + n]) != p.lower:
            return False
        if p.exact is not None and not any_case:
            got = tuple(words[i : i + n])
            if got != p.exact and (p.not_initial or got != tuple(w.upper() for w in p.exact)):
                return False
        return not (p.not_initial and initial)

    def _lookup(self, table, words, lowers, starts, i, any_case: bool = False) -> Pattern | None:
        """The first (longest) name of `table` at token i; `any_case` ignores how it is written."""
        if lowers[i] not in self._firsts.get(id(table), ()):
            return None
        # Tables are keyed by the first two tokens of longer names, the token of one-word ones.
        if i + 1 < len(lowers):
            for p in table.get(f"{lowers[i]} {lowers[i + 1]}", ()):
                if self._fits(p, words, lowers, i, starts[i], any_case):
                    return p
        for p in table.get(lowers[i], ()):
            if self._fits(p, words, lowers, i, starts[i], any_case):
                return p
        return None

    def _name_end(self, words: Sequence[str], starts: Sequence[bool], j: int) -> int:
        """End of a run of capitalized words (and joiners between them) starting at j."""
        end = j
        k = j
        while k < len(words) and k - j < MAX_NAME_TOKENS and (k == j or not starts[k]):
            word = words[k]
            if word[:1].isupper() or word[:1].isdigit():
                k += 1
                end = k
            elif words[k : k + 3] == ["(", "Persero", ")"]:
                k += 3
                end = k
            elif word in NAME_JOINERS and k > j:
                k += 1
            else:
                break
        if end < len(words) and words[end] in organizations.TBK:
            end += 1
        return end

    def _built(self, words, lowers, starts, spaces, i) -> tuple[Match, organizations.Prefix] | None:
        """A name built from a head (`Polda`, `PT`) and a region or a name, at token i."""
        for head, prefix in self.heads.get(lowers[i], ()):
            if not self._fits(head, words, lowers, i, False):
                continue
            j = i + len(head.lower)
            if j >= len(words):
                continue
            if prefix.tail in organizations.REGION_TAILS:
                p = self._lookup(self.index, words, lowers, starts, j)
                if p is None and prefix.tail == "country":
                    p = self._lookup(self.countries, words, lowers, starts, j)
                if p is None or not isinstance(p.entry, Place):
                    continue
                org = organizations.build_with_region(prefix, p.entry)
                if org is None:
                    continue
                return Match(i, j + len(p.lower), "ORG", org.name, "", True), prefix
            end = self._name_end(words, starts, j)
            # `Universitas Terbaik` is a phrase, `Universitas Negeri Malang` a name.
            tail = lowers[j:end]
            if any(w.isalpha() and w not in common_words() for w in tail) or (
                end > j and places.lookup(words[end - 1]) is not None
            ):
                org = organizations.build(prefix, _text(words, spaces, j, end))
                if org is not None:
                    known = organizations.lookup(_text(words, spaces, i, end))
                    return Match(i, end, "ORG", (known or org).name, ""), prefix
        return None

    def find(
        self,
        words: Sequence[str],
        starts: Sequence[bool],
        spaces: Sequence[bool] | None = None,
    ) -> list[Match]:
        """Longest matches, left to right; `starts[i]` is True where a sentence begins and
        `spaces[i]` where a space follows token i (for the names of built organizations)."""
        lowers = [w.lower() for w in words]
        found: list[Match] = []
        end = 0
        for i, lower in enumerate(lowers):
            # Most tokens start no name, head or district and are no `Tbk`.
            if i < end or (lower not in self._starters and words[i] not in organizations.TBK):
                continue
            best = self._match_at(words, lowers, starts, spaces, found, i)
            if best is not None:
                if best.start < i:  # a company before `Tbk` replaces what it covers
                    found = [m for m in found if m.end <= best.start]
                found.append(best)
                end = best.end
        return found

    def _match_at(self, words, lowers, starts, spaces, found, i) -> Match | None:
        """The longest match at token i (or ending at a `Tbk` there)."""
        best: Match | None = None
        p = self._lookup(self.index, words, lowers, starts, i)
        if p is not None:
            best = _match(i, i + len(p.lower), p.entry)
        if lowers[i] in self.heads:
            built = self._built(words, lowers, starts, spaces, i)
            # A listed name wins over a head + capitalized words (`Bank Dunia Sri …`),
            # not over a head + region (`KPU` < `KPU Jawa Timur`).
            if built is not None and (
                best is None
                or (built[1].tail in organizations.REGION_TAILS and built[0].end > best.end)
            ):
                best = built[0]
        if best is None and lowers[i] in DISTRICT_HEADS and i + 1 < len(words):
            p = self._lookup(self.districts, words, lowers, starts, i + 1)
            if p is not None:
                best = _match(i, i + 1 + len(p.lower), p.entry)
        if best is None and words[i] in organizations.TBK:
            best = self._company_before(words, starts, spaces, found, i)
        return best

    def _company_before(self, words, starts, spaces, found, i) -> Match | None:
        """`Sinar Jaya Abadi Tbk`: the capitalized words before `Tbk` name a company."""
        floor = found[-1].end if found else 0
        j = i
        while j > floor and i - j < MAX_NAME_TOKENS and words[j - 1][:1].isupper():
            j -= 1
            if starts[j]:
                if words[j].lower() in common_words():
                    j += 1
                break
        if j == i:
            return None
        name = organizations.strip_company_suffixes(_text(words, spaces, j, i + 1))
        known = organizations.lookup(name)
        return Match(j, i + 1, "ORG", known.name if known else name, "")


def _text(words: Sequence[str], spaces: Sequence[bool] | None, start: int, end: int) -> str:
    """The words start..end as written (one space apart when `spaces` is unknown)."""
    if spaces is None:
        return " ".join(words[start:end])
    return "".join(
        w + (" " if spaces[k] else "") for k, w in enumerate(words[start:end], start)
    ).strip()


def _better(new: Place | Organization, old: Place | Organization) -> bool:
    return isinstance(new, Place) and isinstance(old, Place) and places.rank(new) < places.rank(old)


def _longest_first(table: dict[str, list[Pattern]]) -> None:
    """Longest names first; among equal ones, organizations, then places as lookup() ranks them."""

    def order(p: Pattern) -> tuple[int, tuple[int, int]]:
        entry = p.entry
        return -len(p.lower), places.rank(entry) if isinstance(entry, Place) else (-1, 0)

    for patterns in table.values():
        patterns.sort(key=order)


def _match(start: int, end: int, entry: Place | Organization | str) -> Match:
    if isinstance(entry, str):
        return Match(start, end, "PER", entry, "")
    if isinstance(entry, Place):
        return Match(start, end, "LOC", entry.name, entry.code)
    return Match(start, end, "ORG", entry.name, "")


_SHARED: dict[str, Gazetteer] = {}


def shared_gazetteer(nlp: Language | None = None) -> Gazetteer:
    """The process-wide gazetteer, built on first use with the textkit tokenizer."""
    if "default" not in _SHARED:
        if nlp is None:
            from ..lang import IndonesianNews

            nlp = IndonesianNews()
        tokenizer = nlp.tokenizer
        _SHARED["default"] = Gazetteer(lambda text: [t.text for t in tokenizer(text)])
    return _SHARED["default"]


def sentence_starts(doc: Doc) -> list[bool]:
    """True for the first token of each sentence (only the first token when unknown)."""
    if not len(doc):
        return []
    if doc.has_annotation("SENT_START"):
        starts = (doc.to_array(SENT_START).astype("int64") == 1).tolist()
    else:
        starts = [False] * len(doc)
    starts[0] = True
    return starts


class GazetteerComponent:
    """Adds LOC and ORG spans for gazetteer names where no entity is found yet."""

    def __init__(self, nlp: Language, name: str, overwrite: bool) -> None:
        self.nlp = nlp
        self.name = name
        self.overwrite = overwrite

    @property
    def gazetteer(self) -> Gazetteer:
        return shared_gazetteer(self.nlp)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        words = token_texts(doc)
        starts = sentence_starts(doc)
        ents = list(doc.ents)
        # The tokens hold every cased character of the text: no `doc.text`, which makes a Token
        # object per token.
        found = self.gazetteer.find_people(words, starts, any_case="".join(words).islower())
        if found:
            ents = with_people(doc, ents, found)
        matches = self.gazetteer.find(words, starts, doc.to_array(SPACY).astype(bool).tolist())
        if not matches:
            if found:
                doc.ents = ents
            return doc
        taken = bytearray(len(doc))
        kept = []
        if self.overwrite:
            covered = {k for m in matches for k in range(m.start, m.end)}
            ents = [e for e in ents if not any(k in covered for k in range(e.start, e.end))]
        else:
            begun = {e.start: e for e in ents if e.label_ in ("ORG", "LOC")}
            ents = absorb(ents, [m for m in matches if m.absorbs or extends(begun, m)])
        for ent in ents:
            taken[ent.start : ent.end] = b"\x01" * (ent.end - ent.start)
        for m in matches:
            if any(taken[m.start : m.end]):
                continue
            span = Span(doc, m.start, m.end, label=m.label, kb_id=m.kb_id)
            span._.value = m.value
            kept.append(span)
        if kept or found:
            doc.ents = sorted(ents + kept, key=lambda s: s.start)
        return doc


# Entities a head + region name may replace: its head (ORG), its region (LOC), or a region
# the NER mistook for a person (`Pemprov [Jateng]`).


def absorb(ents: list[Span], matches: list[Match]) -> list[Span]:
    """`ents` without the LOC/ORG entities inside one of `matches` or on its words (`Kemenhan` and
    `Azerbaijan` inside `Kemenhan Azerbaijan`), unless another entity overlaps that match."""
    dropped: set[int] = set()
    for m in matches:
        overlapping = [k for k, e in enumerate(ents) if e.start < m.end and m.start < e.end]
        inside = [
            k
            for k in overlapping
            if m.start <= ents[k].start
            and ents[k].end <= m.end
            and ents[k].label_ in NAMED_LABELS
            and (ents[k].end - ents[k].start <= m.end - m.start)
        ]
        if inside and len(inside) == len(overlapping):
            dropped.update(inside)
    return [e for k, e in enumerate(ents) if k not in dropped]


def extends(begun: dict[int, Span], m: Match) -> bool:
    """Whether listed name `m` continues the ORG or LOC entity that starts where it starts
    (`begun`: those entities by start; `Badan Meteorologi` + `, Klimatologi, dan Geofisika`):
    the whole name then replaces it."""
    ent = begun.get(m.start)
    return ent is not None and ent.end < m.end


def with_people(doc: Doc, ents: list[Span], found: list[Match]) -> list[Span]:
    """`ents` with each listed person's full name as one PER span in place of the entities
    on its words (`Gunadi Sadikin` of `Budi Gunadi Sadikin`); the part of an entity outside
    the name stays when it has a capitalized word. A name inside a longer entity (`Jalan X Y`,
    a longer PER with a title) is left to it."""
    out = list(ents)
    for m in found:
        over = [e for e in out if e.start < m.end and m.start < e.end]
        if any(e.start <= m.start and m.end <= e.end and len(e) > m.end - m.start for e in over):
            continue
        rest = []
        for e in over:
            for a, b in ((e.start, m.start), (m.end, e.end)):
                if a < b and any(t.text[:1].isupper() for t in doc[a:b]):
                    rest.append(Span(doc, a, b, label=e.label, kb_id=e.kb_id))
        span = Span(doc, m.start, m.end, label="PER")
        span._.value = m.value
        out = [e for e in out if e not in over] + rest + [span]
    return sorted(out, key=lambda s: s.start)


@factory(
    "textkit_gazetteer", assigns=["doc.ents", "span._.value"], default_config={"overwrite": False}
)
def make_gazetteer(nlp: Language, name: str, overwrite: bool) -> GazetteerComponent:
    """Places and organizations from the gazetteer, where the NER found nothing (or always)."""
    return GazetteerComponent(nlp, name, overwrite)
