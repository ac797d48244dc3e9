"""Component `textkit_identity`: one entity, one identity, within a document and across them.

Runs after the NER and the gazetteer, before the linker. In order:

1. Clean spans: an entity is cut at a dash between words (`KOMPAS.com - Kemenhan` of a dateline:
   the outlet and `Kemenhan`), loses brackets and dashes at its edges, and a name the NER cut
   short before its acronym is extended to the defined name (`Badan Pengawas Keuangan` + `dan
   Pembangunan (BPKP)`).
2. Definitions the text makes: `Long Name (ACR)` and `ACR (Long Name)` for ORG and LOC, and a
   person's nickname: `Basuki Tjahaja Purnama (Ahok)` and the phrases of
   `lang.identity.NICKNAME_RULES` (`Bobby, sapaan akrab ...`). Later mentions of the acronym or
   nickname are the same entity (and are tagged where the NER missed them).
3. People's short forms: a PER name whose words (titles and honorifics dropped) are all words of
   exactly one longer name of the document is that person (`Tjahjo` → `Tjahjo Kumolo`); a short
   form that fits two people stays as it is, and two full names never merge.
4. Canonical values: PER → the full name, or the name the alias tables give it (`Jokowi` →
   `Joko Widodo`: `lang/gazetteer/people.tsv` and the user's alias file); ORG/LOC clusters
   joined by a definition → the linked name of any of their forms, else the long form. `Menteri
   BUMN` → the ministry. The linker fills in the values of the others.

`Span._.entity` (see `textkit.extensions`) is the identity: `PER:Joko Widodo`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import organizations, people
from ..lang.gazetteer import PLACE_HEADS
from ..lang.identity import NAME_PARTICLES, NICKNAME_RULES, TITLE_WORDS
from ..lang.punctuation import ONE_WORD
from ..lang.tokenizer_exceptions import TOKENIZER_EXCEPTIONS
from .linker import link

NAMED = ("PER", "ORG", "LOC")
DEFINED = ("ORG", "LOC")  # labels whose acronyms a text defines
DASHES = frozenset(["-", "--", "–", "—"])
MAX_GAP = 6  # words between a cut-short name and its `(ACR)`
MAX_NICK_WORDS = 3
# Words before an ORG that make it the ministry (`Menteri BUMN` → `Kementerian BUMN`).
MINISTRY_TITLES = {"menteri": "Kementerian", "wamen": "Kementerian", "menko": "Kementerian"}
_LETTERS = re.compile(r"[^\W\d_]+")
_ONE_WORD = re.compile(ONE_WORD)
_INITIAL = re.compile(r"[A-Z]")


# --- names ------------------------------------------------------------------------------------


def name_words(text: str) -> list[str]:
    """The words of a person's name without the titles and honorifics that open it."""
    words = text.split()
    while len(words) > 1 and words[0].lower().rstrip(".").replace(".", "") in _TITLE_KEYS:
        words.pop(0)
    return words


_TITLE_KEYS = frozenset(w.replace(".", "") for w in TITLE_WORDS)


def display_name(name: str) -> str:
    """A name as a value: as written, or title-cased when written all in one case."""
    return name.title() if name.isupper() or name.islower() else name


def is_acronym_like(word: str) -> bool:
    """`BPKP`, `Kemenhan`, `UEA`: one word of letters, capitalized, at least two letters."""
    return len(word) >= 2 and word.isalpha() and word[0].isupper()


def initials(words: Sequence[str]) -> str:
    return "".join(
        w[0].lower() for w in words if w.lower() not in NAME_PARTICLES and w[:1].isalpha()
    )


def abbreviates(short: str, long_words: Sequence[str]) -> bool:
    """Whether `short` can be made from the long name: its letters in order, the first of
    them the long name's first letter (`Kementan`, `LIPI`, `Sumsel` of their long forms)."""
    letters = short.lower()
    if len(long_words) > 2 and long_words[0].lower() in PLACE_HEADS:
        # `Kabupaten Penukal Abab Lematang Ilir (PALI)`
        long_words = long_words[1:]
    long_text = "".join(w.lower() for w in long_words if w.lower() not in NAME_PARTICLES)
    if len(letters) < 2 or len(letters) >= len(long_text) or letters[0] != long_text[:1]:
        return False
    k = 0
    for ch in long_text:
        if k < len(letters) and ch == letters[k]:
            k += 1
    return k == len(letters) and len(long_words) > 1


# --- the component ----------------------------------------------------------------------------


class _Clusters:
    """Union-find over entity indices (networkx.utils.UnionFind would add its package's
    import, about 0.17 s, to every `textkit.load()`)."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


class IdentityComponent:
    """Sets `ent._.value` so that every mention of one entity has one identity."""

    def __init__(self, nlp: Language, name: str, aliases: str | None) -> None:
        self.name = name
        self.aliases: dict[tuple[str, str], str] = (
            people.read_aliases(Path(aliases)) if aliases else {}
        )

    def __call__(self, doc: Doc) -> Doc:
        if not doc.ents:
            return doc
        ents = one_label_per_name(doc, clean_spans(doc, list(doc.ents)))
        ents, links = find_definitions(doc, ents)
        ents = sorted(ents, key=lambda s: s.start)
        index = {(e.start, e.end): i for i, e in enumerate(ents)}
        clusters = _Clusters(len(ents))
        for a, b in links:
            if a in index and b in index:
                clusters.union(index[a], index[b])
        _same_text(ents, clusters)
        _short_forms(ents, clusters)
        values = self._values(doc, ents, clusters, {a for pair in links for a in pair})
        before = [(e.start, e.end, e.label) for e in doc.ents]
        if [(e.start, e.end, e.label) for e in ents] != before:
            doc.ents = ents
        # Values live in the Doc, keyed by span: set them on the final spans.
        for i, ent in enumerate(ents):
            value = values.get(i)
            if value is not None and value != ent._.value:
                ent._.value = value
        return doc

    def _alias(self, label: str, text: str) -> str | None:
        from ..places import key

        return self.aliases.get((label, key(text))) if self.aliases else None

    def _values(self, doc: Doc, ents: list[Span], clusters: _Clusters, defined: set) -> dict:
        groups: dict[int, list[int]] = {}
        for i, ent in enumerate(ents):
            if ent.label_ in NAMED:
                groups.setdefault(clusters.find(i), []).append(i)
        values: dict[int, str] = {}
        for members in groups.values():
            label = ents[members[0]].label_
            if label == "PER":
                value = self._person(ents, members)
            else:
                value = self._thing(doc, ents, members, defined)
            if value is not None:
                for i in members:
                    values[i] = value
        return values

    def _person(self, ents: list[Span], members: list[int]) -> str:
        names = [" ".join(name_words(ents[i].text)) for i in members]
        full = max(names, key=lambda n: len(n.split()))
        for name in (full, *names, *(ents[i].text for i in members)):
            found = self._alias("PER", name)
            if found:
                return found
        # A short form alone may name a listed person; beside a longer name it is that one.
        single = len({n.lower() for n in names}) == 1
        return people.lookup(full) or (single and people.lookup(names[0])) or display_name(full)

    def _thing(self, doc: Doc, ents: list[Span], members: list[int], defined: set) -> str | None:
        label = ents[members[0]].label_
        for i in members:
            found = self._alias(label, ents[i].text)
            if found:
                return found
        ministry = _ministry(doc, ents[members[0]])
        if ministry is not None:
            return ministry
        if not any((ents[i].start, ents[i].end) in defined for i in members):
            return _one_spelling(ents, members)
        # A cluster joined by a definition: the linked name of a form, longest form first.
        ordered = sorted(members, key=lambda i: -(ents[i].end - ents[i].start))
        for i in ordered:
            if ents[i]._.value:
                return ents[i]._.value
        for i in ordered:
            value, _ = link(label, ents[i].text)
            if value:
                return value
        return " ".join(ents[ordered[0]].text.split())


def _one_spelling(ents: list[Span], members: list[int]) -> str | None:
    """One value for a name written in different cases (`Desa Jejangkit`, `desa Jejangkit`):
    the most frequent capitalized form, when the members have no value of their own."""
    forms = [" ".join(ents[i].text.split()) for i in members]
    if len(set(forms)) < 2 or any(ents[i]._.value for i in members):
        return None
    if any(link(ents[i].label_, ents[i].text)[0] for i in members):
        return None  # a known name: the linker gives every form its canonical name and code
    mixed = [f for f in forms if not (f.isupper() or f.islower())]
    preferred = mixed or [f for f in forms if f[:1].isupper()] or forms
    return max(preferred, key=preferred.count)


def _ministry(doc: Doc, ent: Span) -> str | None:
    """`Menteri BUMN`: the ministry an ORG after a minister's title names."""
    if ent.label_ != "ORG" or ent._.value is not None:
        return None
    words = ent.text.split()
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if words[0].lower() in MINISTRY_TITLES and len(words) > 1:
        head, rest = MINISTRY_TITLES[words[0].lower()], " ".join(words[1:])
    elif before in MINISTRY_TITLES:
        head, rest = MINISTRY_TITLES[before], ent.text
    else:
        return None
    org = organizations.lookup(f"{head} {rest}")
    return org.name if org is not None and org.kind == "ministry" else None


def _same_text(ents: list[Span], clusters: _Clusters) -> None:
    first: dict[tuple[str, str], int] = {}
    for i, ent in enumerate(ents):
        if ent.label_ in NAMED:
            words = name_words(ent.text) if ent.label_ == "PER" else ent.text.split()
            k = (ent.label_, " ".join(words).lower())
            if k in first:
                clusters.union(first[k], i)
            else:
                first[k] = i


def _short_forms(ents: list[Span], clusters: _Clusters) -> None:
    """Join each short PER name to the one longer name of the document that holds its words."""
    names: dict[frozenset[str], int] = {}
    for i, ent in enumerate(ents):
        if ent.label_ == "PER":
            words = frozenset(w.lower() for w in name_words(ent.text))
            names.setdefault(words, i)
    # The longest names: those whose words no other name holds.
    full = [w for w in names if len(w) > 1 and not any(w < other for other in names)]
    for words, i in names.items():
        holders = [f for f in full if words < f]
        if len(holders) != 1:
            continue
        # Never through a nickname or acronym already joined to another full name.
        root = clusters.find(i)
        if any(f != holders[0] and clusters.find(names[f]) == root for f in full):
            continue
        clusters.union(names[holders[0]], i)


# --- spans ------------------------------------------------------------------------------------


def one_label_per_name(doc: Doc, ents: list[Span]) -> list[Span]:
    """Every mention of a name written the same way gets the label most of them have
    (`Jungkook` tagged PER twice and ORG once is a person)."""
    votes: dict[str, dict[str, int]] = {}
    for e in ents:
        if e.label_ in NAMED:
            count = votes.setdefault(e.text, {})
            count[e.label_] = count.get(e.label_, 0) + 1
    out = []
    for e in ents:
        count = votes.get(e.text)
        if count is not None and len(count) > 1:
            label, n = max(count.items(), key=lambda kv: kv[1])
            if 2 * n > sum(count.values()) and e.label_ != label:
                e = Span(doc, e.start, e.end, label=label)
        out.append(e)
    return out


def is_nickname(inner: Span) -> bool:
    """`(Ahok)`, `(Gus Dur)` after a person's name: one capitalized word, or an honorific and
    one (an organization in brackets, `(Zero Waste Adventure)`, is not a nickname)."""
    words = [t.text for t in inner]
    if not all(w.isalpha() and w[0].isupper() for w in words):
        return False
    return len(words) == 1 or (len(words) == 2 and words[0].lower() in _TITLE_KEYS)


def defines_acronym(short: str, long_words: list[str], label: str) -> bool:
    """Whether `(short)` after a multi-word ORG or LOC defines its acronym: the short form can
    be made from the long name, or it is a capitalized acronym (2-6 capitals: `FAO` of
    `Organisasi Pangan dan Pertanian`, a ticker after a company) that names nothing else."""
    if not is_acronym_like(short) or len(long_words) < 2:
        return False
    if abbreviates(short, long_words):
        return True
    if not (short.isupper() and 2 <= len(short) <= 6):
        return False
    other, _ = link(label, short)
    return other is None or other == link(label, " ".join(long_words))[0]


def _has_word(doc: Doc, start: int, end: int) -> bool:
    return any(_LETTERS.search(t.text) for t in doc[start:end])


def clean_spans(doc: Doc, ents: list[Span]) -> list[Span]:
    """Entities cut at dashes between words, without brackets and dashes at their edges, and
    extended to the long name their `(ACR)` defines."""
    out: list[Span] = []
    for ent in ents:
        if ent.label_ not in NAMED:
            out.append(ent)
            continue
        for start, end in _pieces(doc, ent):
            out.append(_piece(doc, ent, start, end))
    return _extend_to_definitions(doc, out)


def _pieces(doc: Doc, ent: Span) -> list[tuple[int, int]]:
    cuts = [
        k
        for k in range(ent.start, ent.end)
        if doc[k].text in DASHES
        and (doc[k].whitespace_ or (k > 0 and doc[k - 1].whitespace_))
        and not _joins_one_word(doc, k)
    ]
    if cuts and (ent._.value is not None or link(ent.label_, ent.text)[0] is not None):
        cuts = []  # a known name with a dash: `Bangka - Belitung`
    bounds = [ent.start - 1, *cuts, ent.end]
    pieces = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        start, end = a + 1, b
        while start < end and not _LETTERS.search(doc[start].text) and not doc[start].is_digit:
            start += 1
        while end > start and _trailing_junk(doc, start, end):
            end -= 1
        if end > start and _has_word(doc, start, end):
            pieces.append((start, end))
    return pieces


def _joins_one_word(doc: Doc, k: int) -> bool:
    """The words around the dash at k make one word by the tokenizer's rules (`Hye - kyo`,
    `Coca - Cola` of text tokenized with spaced hyphens), so the dash is no separator."""
    if k == 0 or k + 1 >= len(doc):
        return False
    joined = f"{doc[k - 1].text}-{doc[k + 1].text}"
    return joined in TOKENIZER_EXCEPTIONS or _ONE_WORD.match(joined) is not None


def _trailing_junk(doc: Doc, start: int, end: int) -> bool:
    text = doc[end - 1].text
    if _LETTERS.search(text) or text.isdigit():
        return False
    if text == "." and end - 2 >= start and _INITIAL.fullmatch(doc[end - 2].text):
        return False  # the period of an initial: `Stephen R .` of pre-tokenized text
    # A closing bracket stays when the span opens it: `PT Garuda (Persero)`.
    return not (text == ")" and any(t.text == "(" for t in doc[start : end - 1]))


def _piece(doc: Doc, ent: Span, start: int, end: int) -> Span:
    if (start, end) == (ent.start, ent.end):
        return ent
    text = doc[start:end].text
    outlet = organizations.outlet_name(text)
    if outlet is not None:
        span = Span(doc, start, end, label="ORG")
        span._.value = outlet
        return span
    return Span(doc, start, end, label=ent.label, kb_id=ent.kb_id)


def _acronym_after(doc: Doc, k: int) -> int | None:
    """Index of the word of `( WORD )` opening at token k, or None."""
    if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
        return k + 1 if is_acronym_like(doc[k + 1].text) else None
    return None


def _extend_to_definitions(doc: Doc, ents: list[Span]) -> list[Span]:
    taken = _taken(doc, ents)
    out = []
    for ent in ents:
        if ent.label_ in DEFINED and _acronym_after(doc, ent.end) is None:
            for gap in range(1, MAX_GAP + 1):
                k = ent.end + gap
                if k >= len(doc) or taken[k - 1] or not doc[k - 1].is_alpha:
                    break
                acr = _acronym_after(doc, k)
                if acr is None:
                    continue
                words = [t.text for t in doc[ent.start : k]]
                short = doc[acr].text
                if doc[k - 1].is_title and initials(words) == short.lower() != initials(
                    [t.text for t in ent]
                ):
                    ent = Span(doc, ent.start, k, label=ent.label)
                break
        out.append(ent)
    return out


def _taken(doc: Doc, ents: list[Span]) -> bytearray:
    taken = bytearray(len(doc))
    for e in ents:
        taken[e.start : e.end] = b"\x01" * (e.end - e.start)
    return taken


def find_definitions(doc: Doc, ents: list[Span]) -> tuple[list[Span], list[tuple]]:
    """Entities with the acronyms and nicknames the text defines added, and the pairs of
    (start, end) token offsets of two names of one entity."""
    links: list[tuple[tuple[int, int], tuple[int, int]]] = []
    by_start = {e.start: e for e in ents}
    added: list[Span] = []
    relabel: dict[tuple[int, int], str] = {}
    forms: dict[str, tuple[str, tuple[int, int]]] = {}  # short form → (label, long form)
    for ent in ents:
        if ent.label_ not in NAMED:
            continue
        k = ent.end
        if not (k + 2 < len(doc) and doc[k].text == "("):
            continue
        inside = by_start.get(k + 1)
        if (
            ent.label_ in DEFINED
            and len(ent) == 1
            and is_acronym_like(ent.text)
            and inside is not None
            and inside.end < len(doc)
            and doc[inside.end].text == ")"
            and abbreviates(ent.text, inside.text.split())
        ):
            # `ACR (Long Name)`: the long name in brackets.
            links.append(((ent.start, ent.end), (inside.start, inside.end)))
            relabel[(inside.start, inside.end)] = ent.label_
            forms[ent.text] = (ent.label_, (ent.start, ent.end))
            continue
        close = next(
            (j for j in range(k + 1, min(k + 2 + MAX_NICK_WORDS, len(doc))) if doc[j].text == ")"),
            None,
        )
        if close is None or close == k + 1:
            continue
        inner = doc[k + 1 : close]
        other = by_start.get(inner.start)
        if ent.label_ == "PER":
            ok = is_nickname(inner) and (other is None or other.label_ == "PER")
        else:
            ok = len(inner) == 1 and defines_acronym(inner.text, ent.text.split(), ent.label_)
        if not ok:
            continue
        short = (inner.start, inner.end)
        if other is None or other.end != inner.end:
            if any(e.start < inner.end and inner.start < e.end for e in ents):
                continue
            added.append(Span(doc, inner.start, inner.end, label=ent.label))
        elif other.label_ != ent.label_:
            relabel[short] = ent.label_
        links.append(((ent.start, ent.end), short))
        forms[inner.text] = (ent.label_, short)
    links += _nickname_phrases(doc, ents, forms)
    ents = [
        e
        if (e.start, e.end) not in relabel or e.label_ == relabel[(e.start, e.end)]
        else Span(doc, e.start, e.end, label=relabel[(e.start, e.end)])
        for e in ents
    ] + added
    if forms:
        ents, more = _later_mentions(doc, ents, forms)
        links += more
    return ents, links


def _nickname_phrases(doc: Doc, ents: list[Span], forms: dict) -> list[tuple]:
    people_ents = [e for e in ents if e.label_ == "PER"]
    links = []
    for a, b in zip(people_ents, people_ents[1:], strict=False):
        if b.start - a.end > MAX_GAP:
            continue
        between = doc[a.end : b.start].text.lower()
        for rule in NICKNAME_RULES:
            if rule.regex.fullmatch(between) or rule.regex.match(between):
                links.append(((a.start, a.end), (b.start, b.end)))
                nick = a if rule.nick_first else b
                forms[nick.text] = ("PER", (nick.start, nick.end))
                break
    return links


def _later_mentions(doc: Doc, ents: list[Span], forms: dict) -> tuple[list[Span], list[tuple]]:
    """Every other mention of a defined short form, tagged where the NER missed it."""
    taken = _taken(doc, ents)
    first = {}
    for text, (label, span) in forms.items():
        first[text.split()[0]] = (text.split(), label, span)
    links = []
    added = []
    relabel = {}
    for k, token in enumerate(doc):
        hit = first.get(token.text)
        if hit is None:
            continue
        words, label, span = hit
        end = k + len(words)
        if [t.text for t in doc[k:end]] != words or (k, end) == span:
            continue
        covering = [e for e in ents if e.start < end and k < e.end]
        if not covering and not any(taken[k:end]):
            added.append(Span(doc, k, end, label=label))
        elif len(covering) == 1 and (covering[0].start, covering[0].end) == (k, end):
            if covering[0].label_ in NAMED and covering[0].label_ != label:
                relabel[(k, end)] = label
        else:
            continue
        links.append((span, (k, end)))
    ents = [
        Span(doc, e.start, e.end, label=relabel[(e.start, e.end)])
        if (e.start, e.end) in relabel
        else e
        for e in ents
    ]
    return ents + added, links


@Language.factory(
    "textkit_identity",
    assigns=["doc.ents", "span._.value"],
    default_config={"aliases": None},
)
def make_identity(nlp: Language, name: str, aliases: str | None) -> IdentityComponent:
    """One identity per entity: short names, nicknames, acronyms, alias tables."""
    return IdentityComponent(nlp, name, aliases)
