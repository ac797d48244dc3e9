"""Component `textkit_identity`: one entity, one identity, within a document and across them.

Runs after the NER and the gazetteer, before the linker. In order:

1. Clean spans: an entity is cut at a dash between words (`KOMPAS.com - Kemenhan` of a dateline:
   the outlet and `Kemenhan`), loses brackets and dashes at its edges (and an ORG/LOC the rank
   or title at its end: `Polda Metro Jaya Kombes`), and a name the NER cut short before its
   acronym is extended to the defined name (`Badan Pengawas Keuangan` + `dan Pembangunan
   (BPKP)`, across commas).
   A place takes in a head word before it that says which place is meant (`Kab.` + `Bogor`).
   The mentions of one name (in the document's usual spelling: `Indonsia` beside `Indonesia`)
   get one label (`lang.identity.CONVENTIONS` states these conventions with examples).
2. Definitions the text makes: `Long Name (ACR)` and `ACR (Long Name)` for ORG and LOC, and a
   person's nickname: `Basuki Tjahaja Purnama (Ahok)` and the phrases of
   `lang.identity.NICKNAME_RULES` (`Bobby, sapaan akrab ...`). Later mentions of the acronym or
   nickname are the same entity (and are tagged where the NER missed them).
3. People's short forms: a PER name whose words (titles and honorifics dropped) are all words of
   exactly one longer name of the document is that person (`Tjahjo` → `Tjahjo Kumolo`); a short
   form that fits two people stays as it is, and two full names never merge.
   A nickname the people table lists for a person the document names in full is that person
   (`Titiek`); a bare place is the one place the document names with a head (`Sukabumi` after
   `Kabupaten Sukabumi`).
4. Canonical values: PER → the full name, or the name the alias tables give it (`Jokowi` →
   `Joko Widodo`: `lang/gazetteer/people.tsv` and the user's alias file); ORG/LOC clusters
   joined by a definition → the linked name of any of their forms, else the long form. `Menteri
   BUMN` → the ministry. The linker fills in the values of the others.

`Span._.entity` (see `textkit.extensions`) is the identity: `PER:Joko Widodo`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import organizations, people, places
from ..factories import factory
from ..labels import NAMED_LABELS
from ..lang.acronyms import BOARD_LEVELS
from ..lang.gazetteer import PLACE_HEADS
from ..lang.identity import (
    ACRONYM_RULES,
    AGE_GROUP,
    BOARD_ACRONYMS,
    BODY_KINDS,
    BUILDING_HEADS,
    CLUB_FORMS,
    COMPANY_WORDS,
    CURRENCY_CODES,
    DEBRIS_OPENERS,
    DOMAIN_NOUN,
    EVENT_ENDINGS,
    EVENT_NAMES,
    EVENT_OPENERS,
    EVENT_WORDS,
    FOOTBALL_NAMES,
    GROUP_WORDS,
    HEAD_LABELS,
    HOME_WORDS,
    HONORIFICS,
    HOSPITAL_ACRONYMS,
    INITIALS_CUES,
    INITIALS_JOINERS,
    INITIALS_WINDOW,
    INITIALS_WORDS,
    LANGUAGE_HEADS,
    LEAGUE_WORDS,
    LOCATIVE_WORDS,
    MIN_MISSPELT_LETTERS,
    NAME_JOINERS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NAMESAKE_HEADS,
    NATIONAL_TEAM_HEADS,
    NICKNAME_RULES,
    ORG_OPENERS,
    PLATE_NUMBER,
    PLATE_REGION,
    PLATE_SUFFIX,
    PRODUCT_BRANDS,
    PRODUCT_HEADS,
    RANK_PHRASES,
    RANK_WORDS,
    RESULT_COUNTRY_CODES,
    SPAN_FINAL_TITLES,
    SPORT_NAMES,
    STATE_WORDS,
    TEAM_CUES,
    TEAM_GROUP_WORDS,
    TEAM_HEADS,
    TITLE_KEYS,
    WORK_HEADS,
    is_title,
)
from ..lang.punctuation import DASH_CHARS, ONE_WORD
from ..lang.tokenizer_exceptions import TOKENIZER_EXCEPTIONS
from .aliases import UserAliases
from .linker import link

DEFINED = ("ORG", "LOC")  # labels whose acronyms a text defines
DASHES = frozenset(["-", "--", *DASH_CHARS])  # dash tokens
MAX_GAP = 6  # words between a cut-short name and its `(ACR)`
MAX_NICK_WORDS = 3
# Words before an ORG that make it the ministry (`Menteri BUMN` → `Kementerian BUMN`).
MINISTRY_TITLES = {"menteri": "Kementerian", "wamen": "Kementerian", "menko": "Kementerian"}
_LETTERS = re.compile(r"[^\W\d_]+")
_ONE_WORD = re.compile(ONE_WORD)
_INITIAL = re.compile(r"[A-Z]")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")  # `P.S.` of `Bambang P.S. Brodjonegoro`
# Heads that say which of a city and a regency of one name is meant (`Kab. Bogor`, `Kota X`).
REGION_HEADS = frozenset(PLACE_HEADS - {"negara", "negeri"})


# --- names ------------------------------------------------------------------------------------


def name_words(text: str) -> list[str]:
    """The words of a person's name without the titles and honorifics that open it."""
    words = text.split()
    while len(words) > 1 and is_title(words[0]):
        words.pop(0)
    return words


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


def usual_spellings(texts: Sequence[str]) -> dict[str, str]:
    """{rare spelling: the document's usual one} for the capitalized words of its names: a word
    of at least `MIN_MISSPELT_LETTERS` letters one edit from exactly one other such word that the
    names use more often, or as often when only that one is a known name (`Indonsia` beside
    `Indonesia`, `Defina` beside `Dafina`)."""
    from nltk.metrics.distance import edit_distance  # nltk is loaded by the sentence splitter

    counts: dict[str, int] = {}
    for text in texts:
        for word in text.split():
            if len(word) >= MIN_MISSPELT_LETTERS and word.isalpha() and word[0].isupper():
                counts[word] = counts.get(word, 0) + 1
    # Two words one edit apart share a form with one letter deleted (or one is the other's):
    # bucket the words by those forms instead of comparing every pair.
    if len(counts) < 2:
        return {}
    forms = {
        w: {w.lower(), *(w.lower()[:k] + w.lower()[k + 1 :] for k in range(len(w)))} for w in counts
    }
    buckets: dict[str, set[str]] = {}
    for word, deleted in forms.items():
        for form in deleted:
            buckets.setdefault(form, set()).add(word)
    usual: dict[str, str] = {}
    for word, n in counts.items():
        candidates = set().union(*(buckets[f] for f in forms[word])) - {word}
        near = [other for other in candidates if edit_distance(word.lower(), other.lower()) == 1]
        if len(near) != 1:
            continue
        m = counts[near[0]]
        if m > n or (m == n and _known_any(near[0]) and not _known_any(word)):
            usual[word] = near[0]
    return usual


def name_keys(ents: Sequence[Span], usual: dict[str, str], texts: Sequence[str]) -> list[list[str]]:
    """The words each entity is compared by: a person's name without titles; in the document's
    usual spelling where that spelling then names another entity of the document (the whole
    name, or for a person a longer name holding its words), else as written (`Djakarta
    Theater` stays)."""
    raw = [
        name_words(t) if e.label_ == "PER" else t.split() for e, t in zip(ents, texts, strict=True)
    ]
    plain = {" ".join(k).lower() for k in raw}
    people_words = [
        frozenset(w.lower() for w in k) for e, k in zip(ents, raw, strict=True) if e.label_ == "PER"
    ]
    keys = []
    for ent, words in zip(ents, raw, strict=True):
        fixed = [usual.get(w, w) for w in words]
        if fixed != words:
            found = frozenset(w.lower() for w in fixed)
            if " ".join(fixed).lower() in plain or (
                ent.label_ == "PER" and any(found < other for other in people_words)
            ):
                words = fixed
        keys.append(words)
    return keys


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
        self.aliases = UserAliases(nlp, aliases)

    def __call__(self, doc: Doc) -> Doc:
        self.aliases.check()
        if not doc.ents and not self.aliases.forms:
            return doc
        ents, teams = teams_in_matches(doc, clean_spans(doc, list(doc.ents)))
        ents = self.aliases.apply(doc, ents)
        texts = [e.text if e.label_ in NAMED_LABELS else "" for e in ents]
        usual = usual_spellings(texts)
        ents = before_definitions = one_label_per_name(doc, ents, usual, texts, teams)
        ents, links = find_definitions(doc, ents)
        ents = sorted(ents, key=lambda s: s.start)
        index = {(e.start, e.end): i for i, e in enumerate(ents)}
        clusters = _Clusters(len(ents))
        for a, b in links:
            if a in index and b in index:
                clusters.union(index[a], index[b])
        known = {(e.start, e.end): t for e, t in zip(before_definitions, texts, strict=True)}
        texts = [
            known.get((e.start, e.end)) or e.text if e.label_ in NAMED_LABELS else "" for e in ents
        ]
        keys = name_keys(ents, usual, texts)
        bare = _bare_places(ents, clusters, texts)
        _bare_bodies(ents, clusters)
        _same_text(ents, clusters, keys, bare)
        _short_forms(ents, clusters, keys)
        _listed_nicknames(ents, clusters, keys)
        defined = {a for pair in links for a in pair} | bare
        values = self._values(doc, ents, clusters, defined, keys)
        ents = _place_codes(doc, ents, values)
        before = [(e.start, e.end, e.label, e.kb_id) for e in doc.ents]
        if [(e.start, e.end, e.label, e.kb_id) for e in ents] != before:
            doc.ents = ents
        # Values live in the Doc, keyed by span: set them on the final spans.
        for i, ent in enumerate(ents):
            value = values.get(i)
            if value is not None and value != ent._.value:
                ent._.value = value
        return doc

    def _alias(self, label: str, text: str) -> str | None:
        return self.aliases.lookup(label, text)

    # The user's alias table travels with the pipeline (`nlp.to_disk`, `nlp.to_bytes`).

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        self.aliases.to_disk(Path(path))

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> IdentityComponent:
        self.aliases.from_disk(Path(path))
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return self.aliases.to_text().encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> IdentityComponent:
        self.aliases.from_text(data.decode("utf-8"))
        return self

    def _values(
        self, doc: Doc, ents: list[Span], clusters: _Clusters, defined: set, keys: list
    ) -> dict:
        groups: dict[int, list[int]] = {}
        for i, ent in enumerate(ents):
            if ent.label_ in NAMED_LABELS:
                groups.setdefault(clusters.find(i), []).append(i)
        values: dict[int, str] = {}
        for members in groups.values():
            label = ents[members[0]].label_
            if label == "PER":
                value = self._person(ents, members, keys)
            else:
                value = self._thing(doc, ents, members, defined)
            if value is not None:
                for i in members:
                    values[i] = value
        return values

    def _person(self, ents: list[Span], members: list[int], keys: list) -> str:
        if any(_listed_initials(ents[i]) for i in members):
            return ents[members[0]].text  # initials name no listed person
        names = [" ".join(keys[i]) for i in members]
        full = max(names, key=lambda n: len(n.split()))
        for name in (full, *names, *(ents[i].text for i in members)):
            found = self._alias("PER", name)
            if found:
                return found
        # A short form alone may name a listed person; beside a longer name it is that one. A
        # word of another full name of the document is not taken for a listed person.
        single = len({n.lower() for n in names}) == 1
        if single and len(keys[members[0]]) == 1 and _held_by_others(ents, members, keys):
            return display_name(full)
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
            value = ents[i]._.value or link(label, ents[i].text)[0]
            if value:
                return value
        return " ".join(ents[ordered[0]].text.split())


def _one_spelling(ents: list[Span], members: list[int]) -> str | None:
    """One value for a name written in different cases or spellings (`Desa Jejangkit`, `desa
    Jejangkit`): the one value the tables give its forms, else the most frequent capitalized
    form."""
    forms = [" ".join(ents[i].text.split()) for i in members]
    if len(set(forms)) < 2:
        return None
    known = {ents[i]._.value or link(ents[i].label_, ents[i].text)[0] for i in members} - {None}
    if known:
        # A known name: a misspelt or recased form takes its value (`Indonsia`: Indonesia).
        return known.pop() if len(known) == 1 else None
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


def _same_text(ents: list[Span], clusters: _Clusters, keys: list, bare: set) -> None:
    """Join the mentions written alike (any case, the usual spelling); a dateline stays apart
    from a bare place name that `_bare_places` gave the regency of its name."""
    joined = {" ".join(keys[i]).lower() for i, e in enumerate(ents) if (e.start, e.end) in bare}
    first: dict[tuple[str, str], int] = {}
    for i, ent in enumerate(ents):
        if ent.label_ in NAMED_LABELS and not (is_dateline(ent) and ent.text.lower() in joined):
            k = (ent.label_, " ".join(keys[i]).lower())
            if k in first:
                clusters.union(first[k], i)
            else:
                first[k] = i


def _short_forms(ents: list[Span], clusters: _Clusters, keys: list) -> None:
    """Join each short PER name to the one longer name of the document that holds its words."""
    names: dict[frozenset[str], int] = {}
    for i, ent in enumerate(ents):
        if ent.label_ == "PER":
            words = frozenset(w.lower() for w in keys[i])
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
        if _listed_apart(" ".join(keys[i]), " ".join(keys[names[holders[0]]])):
            continue
        clusters.union(names[holders[0]], i)


def _listed_apart(short: str, name: str) -> bool:
    """Whether the people table lists `short` as a person's nickname (no word of their name)
    and `name` as another person (`Jokowi` and `Iriana Jokowi`: a wife named with her husband's
    nickname). A listed surname (`Prabowo`) is the document's fuller name (`Edhy Prabowo`)."""
    a, b = people.lookup(short), people.lookup(name)
    if a is None or b is None or a == b:
        return False
    return not set(short.lower().split()) <= set(a.lower().split())


def _held_by_others(ents: list[Span], members: list[int], keys: list) -> bool:
    """Whether a PER name of two words or more outside `members`, not listed as a person of
    its own, holds the one word of the members' name (`Habibie` beside `Ilham Habibie` and
    `Thareq Habibie`), in a document that does not name the word's listed person in full."""
    word = keys[members[0]][0].lower()
    own = set(members)
    listed = people.lookup(word)
    others = [i for i, e in enumerate(ents) if e.label_ == "PER" and i not in own]
    if listed is not None and any(people.lookup(" ".join(keys[i])) == listed for i in others):
        return False  # the document names the listed person in full too
    return any(
        e.label_ == "PER" and i not in own and len(keys[i]) > 1
        and word in {w.lower() for w in keys[i]} and people.lookup(" ".join(keys[i])) is None
        for i, e in enumerate(ents)
    )  # fmt: skip


def _listed_nicknames(ents: list[Span], clusters: _Clusters, keys: list) -> None:
    """A one-word PER form that the people table lists as the nickname of a person the document
    names in full joins that person (`Titiek` beside `Siti Hediati Hariyadi`)."""
    listed: dict[str, set[int]] = {}
    for i, ent in enumerate(ents):
        if ent.label_ == "PER" and len(keys[i]) > 1:
            name = people.lookup(" ".join(keys[i]))
            for nick in people.nicknames(name) if name else ():
                listed.setdefault(nick.lower(), set()).add(clusters.find(i))
    if not listed:
        return
    for i, ent in enumerate(ents):
        if ent.label_ == "PER" and len(keys[i]) == 1:
            roots = listed.get(keys[i][0].lower(), set())
            if len(roots) == 1:
                clusters.union(next(iter(roots)), i)


def _bare_places(
    ents: list[Span], clusters: _Clusters, texts: Sequence[str]
) -> set[tuple[int, int]]:
    """Join a bare place name to the one place the document names with a head (`Sukabumi`
    after `Kabupaten Sukabumi` is the regency); return the spans joined, whose value is then
    the headed form's. When the document names two (`Kota Bekasi`, `Kabupaten Bekasi`) the bare
    name is left to the linker, which takes the city; so is a dateline (`BANDUNG, ...`)."""
    places = [i for i, ent in enumerate(ents) if ent.label_ == "LOC"]
    headed: dict[str, list[int]] = {}
    for i in places:
        words = texts[i].split()
        if len(words) > 1 and words[0].lower() in REGION_HEADS:
            headed.setdefault(" ".join(words[1:]).lower(), []).append(i)
    joined: set[tuple[int, int]] = set()
    for i in places if headed else ():
        ent = ents[i]
        found = headed.get(" ".join(texts[i].split()).lower())
        if not found or is_dateline(ent):
            continue
        meant = {link("LOC", texts[j])[0] or texts[j].lower() for j in found}
        if len(meant) == 1:
            clusters.union(found[0], i)
            joined |= {(ent.start, ent.end), (ents[found[0]].start, ents[found[0]].end)}
    return joined


def is_dateline(ent: Span) -> bool:
    """`BANDUNG, KOMPAS.com - ...`: a place in capitals opening the text before a comma or a
    dash, which names the city the report was filed from."""
    doc = ent.doc
    return (
        ent.start == 0
        and ent.text.isupper()
        and ent.end < len(doc)
        and (doc[ent.end].text == "," or doc[ent.end].text in DASHES)
    )


def _place_codes(doc: Doc, ents: list[Span], values: dict[int, str]) -> list[Span]:
    """LOC entities with the code of the value this component gave them (a bare `Sukabumi`
    joined to `Kabupaten Sukabumi` gets the regency's code, not the city's)."""
    out = list(ents)
    for i, ent in enumerate(ents):
        value = values.get(i)
        if ent.label_ == "LOC" and value is not None:
            code = link("LOC", value)[1]
            if code and code != ent.kb_id_:
                out[i] = Span(doc, ent.start, ent.end, label=ent.label, kb_id=code)
    return out


# --- spans ------------------------------------------------------------------------------------


def one_label_per_name(
    doc: Doc,
    ents: list[Span],
    usual: dict[str, str] | None = None,
    texts: Sequence[str] = (),
    fixed: set[tuple[int, int]] = frozenset(),
) -> list[Span]:
    """Every mention of one name gets one label: the label most of its mentions have, a tie
    settled by `tie_label`. Mentions are one name when their words are the same in the
    document's usual spelling (any case; a person's without titles), or when the tables give
    them one canonical name (`Republik Indonesia` tagged ORG beside `Indonesia` tagged LOC).
    The spans in `fixed` (a place as its team in a match) keep the label their context gave."""
    usual = usual or {}
    texts = texts or [e.text for e in ents]
    named = [
        i for i, e in enumerate(ents) if e.label_ in NAMED_LABELS and (e.start, e.end) not in fixed
    ]
    groups = _Clusters(len(ents))
    first: dict[str, int] = {}
    for i in named:
        for k in _label_keys(ents[i], texts[i], usual):
            if k in first:
                groups.union(first[k], i)
            else:
                first[k] = i
    members: dict[int, list[int]] = {}
    for i in named:
        members.setdefault(groups.find(i), []).append(i)
    out = list(ents)
    for group in members.values():
        counts: dict[str, int] = {}
        for i in group:
            counts[ents[i].label_] = counts.get(ents[i].label_, 0) + 1
        if len(counts) < 2:
            continue
        top = max(counts.values())
        tied = [label for label, n in counts.items() if n == top]
        label = tied[0] if len(tied) == 1 else tie_label(tied, [texts[i] for i in group])
        for i in group if label else ():
            if ents[i].label_ != label:
                out[i] = Span(doc, ents[i].start, ents[i].end, label=label)
    return out


def _label_keys(ent: Span, text: str, usual: dict[str, str]) -> list[str]:
    words = name_words(text) if ent.label_ == "PER" else text.split()
    keys = [" ".join(usual.get(w, w) for w in words).lower()]
    value = link(ent.label_, text)[0] if ent.label_ != "PER" else None
    if value:
        keys.append("=" + value.lower())
    return keys


def tie_label(labels: Sequence[str], texts: Sequence[str]) -> str | None:
    """The label of a name tagged equally often with each of `labels`: the one the tables know
    it by, else the one its head word names (`Island`: LOC, `Partai`: ORG), else PER (the NER
    tags unknown people's names as organizations more than the reverse); None if still tied."""
    known = [label for label in labels if any(is_known(label, t) for t in texts)]
    if len(known) == 1:
        return known[0]
    words = {w.lower().rstrip(".") for t in texts for w in t.split()}
    headed = [label for label in labels if words & HEAD_LABELS.get(label, frozenset())]
    if len(headed) == 1:
        return headed[0]
    return "PER" if "PER" in labels and not headed else None


def _known_any(text: str) -> bool:
    return any(is_known(label, text) for label in NAMED_LABELS)


def is_known(label: str, text: str) -> bool:
    """Whether the tables (people, organizations, places) know `text` under `label`."""
    if label == "PER":
        return people.lookup(text) is not None
    if label == "ORG":
        return organizations.lookup(text) is not None
    return link(label, text)[0] is not None


def is_nickname(inner: Span, name: str = "") -> bool:
    """`(Ahok)`, `(Gus Dur)` after a person's name: one capitalized word, or an honorific and
    one (an organization in brackets, `(Zero Waste Adventure)`, is not a nickname). A word in
    capitals is a nickname only when it abbreviates the name (`(AHY)`): in text written all in
    capitals, `ATALANTA (TANDANG)` names no one."""
    words = [t.text for t in inner]
    if not all(w.isalpha() and w[0].isupper() for w in words):
        return False
    if len(words[-1]) > 1 and words[-1].isupper() and not abbreviates(words[-1], name.split()):
        return False
    return len(words) == 1 or (len(words) == 2 and words[0].lower() in TITLE_KEYS)


def defines_acronym(short: str, long_words: list[str], label: str) -> bool:
    """Whether `(short)` after a multi-word ORG or LOC defines its acronym: the short form can
    be made from the long name, or it is a capitalized acronym (2-6 capitals: `FAO` of
    `Organisasi Pangan dan Pertanian`, a ticker after a company) that names nothing else."""
    if not is_acronym_like(short) or len(long_words) < 2:
        return False
    if abbreviates(short, long_words):
        return not _abbreviates_a_tail(short, long_words, label)
    if not (short.isupper() and 2 <= len(short) <= 6):
        return False
    other, _ = link(label, short)
    return other is None or other == link(label, " ".join(long_words))[0]


def _abbreviates_a_tail(short: str, long_words: list[str], label: str) -> bool:
    """Whether a short form the tables know names the end of a longer name and not the whole
    (`Kantor Kepresidenan Korea Selatan (Korsel)`: the acronym is the country's)."""
    known = _any_link(short, label)
    if known is None or _any_link(" ".join(long_words), label) == known:
        return False
    return any(
        _any_link(" ".join(long_words[k:]), label) == known for k in range(1, len(long_words))
    )


def _any_link(text: str, label: str) -> str | None:
    return link(label, text)[0] or link("LOC" if label == "ORG" else "ORG", text)[0]


def _has_word(doc: Doc, start: int, end: int) -> bool:
    return any(_LETTERS.search(t.text) for t in doc[start:end])


def clean_spans(doc: Doc, ents: list[Span]) -> list[Span]:
    """Entities cut at dashes between words, without brackets and dashes at their edges, and
    extended to the long name their `(ACR)` defines; without the spans that are no names, the
    lower-case words at a person's or place's edges; an office before a person and a rank
    inside an organization split off; a board acronym joined to its body (`DPD Golkar`); the
    mention conventions of `_mention_span`, `_typed_labels` and `_person_tails`."""
    out: list[Span] = []
    mixed = _has_capitals(doc)
    for ent in ents:
        if ent.label_ not in NAMED_LABELS:
            out.append(ent)
            continue
        for start, end in _pieces(doc, ent):
            if mixed:
                start, end = _without_lower_edges(doc, ent.label_, start, end)
            if end <= start:
                continue
            piece = _with_region_head(doc, _piece(doc, ent, start, end))
            for part in (p for h in _split_heads(doc, piece) for p in _two_names(doc, h)):
                part = _mention_span(doc, part)
                part = _name_bounds(doc, part) if part is not None else None
                if part is not None:
                    out.append(part)
    out = [e for e in out if not (e.label_ in NAMED_LABELS and _no_name(doc, e, mixed, out))]
    out = _people_cut_short(doc, out) if mixed and not _headline_case(doc) else out
    out = _without_common_acronyms(doc, out)
    out = _person_tails(doc, _typed_labels(doc, out))
    return _namesakes(doc, _boards(doc, _extend_to_definitions(doc, out)))


@functools.cache
def _org_openers() -> frozenset[str]:
    """Lower-case words that may open a body's name: ORG_OPENERS, the ORG heads, the kinds of
    body, group and team words."""
    return ORG_OPENERS | HEAD_LABELS["ORG"] | BODY_KINDS | GROUP_WORDS | TEAM_HEADS


def _namesakes(doc: Doc, ents: list[Span]) -> list[Span]:
    """Institutions named after a person, and hospitals by their kind's acronym: a person's
    name right after `Long Name (ACR)` is the institution's own name, no person (`Rumah Sakit
    Lembah Raya (RSLR) Rangga Wiratama`: the long form and the acronym take the value `Rumah
    Sakit Lembah Raya Rangga Wiratama`); a span opened by such an acronym or by a hospital's
    (HOSPITAL_ACRONYMS) before a capitalized name is that place: `RSLR Rangga Wiratama` takes the
    same value, `RSUD Seruni` the value `Rumah Sakit Umum Daerah Seruni`."""
    by_start = {e.start: i for i, e in enumerate(ents)}
    named: dict[str, tuple[str, str]] = {}  # an acronym defined before a namesake: its label, value
    drop: set[int] = set()
    out = list(ents)
    kinds = {" ".join(v.lower().split()) for v in HOSPITAL_ACRONYMS.values()}
    for i, ent in enumerate(ents):
        if ent.label_ not in DEFINED or doc[ent.start].lower_ not in NAMESAKE_HEADS:
            continue
        if ent.start > 0 and is_title(doc[ent.start - 1].text):
            continue
        acr = _acronym_after(doc, ent.end)
        if acr is not None and abbreviates(doc[acr].text, [t.text for t in ent]):
            j = by_start.get(ent.end + 3)
        elif ent.text.lower() in kinds:
            j = by_start.get(ent.end)  # `Rumah Sakit Umum Daerah` + a name: the hospital's
        else:
            continue
        if j is None or ents[j].label_ != "PER":
            continue
        value = f"{' '.join(ent.text.split())} {ents[j].text}"
        if acr is not None:
            named[doc[acr].text] = (ent.label_, value)
        drop.add(j)
        end = ent.end if acr is not None else ents[j].end  # no bracket between: one span
        out[i] = _with_value(Span(doc, ent.start, end, label=ent.label), value)
    for i, ent in enumerate(out):
        if i in drop or ent.label_ not in NAMED_LABELS or len(ent) < 2:
            continue
        head, rest = doc[ent.start].text, doc[ent.start + 1 : ent.end]
        if not rest.text[:1].isupper():
            continue
        if head in HOSPITAL_ACRONYMS:
            end = _without_final_region(doc, ent.start + 1, ent.end)
            value = f"{HOSPITAL_ACRONYMS[head]} {' '.join(doc[ent.start + 1 : end].text.split())}"
            out[i] = _with_value(Span(doc, ent.start, end, label="LOC"), value)
            named.setdefault(head, ("LOC", value))
            if named[head][1] != value:
                named[head] = ("LOC", "")  # two hospitals of one kind: a bare acronym is none
        elif head in named and named[head][1]:
            label, value = named[head]
            out[i] = _with_value(Span(doc, ent.start, ent.end, label=label), value)
    for i, ent in enumerate(out):  # a bare `RSLR` beside the document's one `RSLR Name`
        if i not in drop and len(ent) == 1 and named.get(ent.text, ("", ""))[1]:
            if ent._.value is None:
                label, value = named[ent.text]
                out[i] = _with_value(Span(doc, ent.start, ent.end, label=label), value)
    return [e for i, e in enumerate(out) if i not in drop]


def _without_final_region(doc: Doc, start: int, end: int) -> int:
    """The end of a name of two words or more without the region written after it (`Rangga
    Wiratama Jakarta Pusat` → `Rangga Wiratama`)."""
    for n in (2, 1):
        if end - n - start >= 2 and places.lookup(doc[end - n : end].text) is not None:
            if doc[end - n - 1].lower_ not in PLACE_HEADS:
                return end - n
    return end


def _with_value(span: Span, value: str) -> Span:
    span._.value = value
    return span


def _without_common_acronyms(doc: Doc, ents: list[Span]) -> list[Span]:
    """The entities but the mentions of an acronym the text defines in brackets after the
    words it abbreviates when these are a common noun's: lower-case (`pajak kendaraan bermotor
    (PKB)`), or capitalized, no entity, and not the name of the body the tables know by the
    acronym (`Perjanjian Kerja Bersama (PKB)`, not the party)."""
    taken = _taken(doc, ents)
    common = set()
    for k in range(1, len(doc) - 2):
        short = doc[k + 1].text
        if doc[k].text != "(" or doc[k + 2].text != ")" or not is_acronym_like(short):
            continue
        start, lower = k, True
        while start > 0 and doc[start - 1].is_alpha and not taken[start - 1]:
            start -= 1
            lower = lower and doc[start].is_lower
            words = [t.text for t in doc[start:k]]
            if initials(words) != short.lower():
                continue
            known = organizations.lookup(short)
            if lower or (known is not None and organizations.lookup(" ".join(words)) != known):
                common.add(short)
            break
    return [e for e in ents if e.text not in common] if common else ents


def _has_capitals(doc: Doc) -> bool:
    """Whether the text uses capitals at all (names in an all-lower-case text are lower case)."""
    return any(t.text[:1].isupper() for t in doc)


def _without_lower_edges(doc: Doc, label: str, start: int, end: int) -> tuple[int, int]:
    """A person's span without the lower-case words at its edges (`fans Nagita`, `Aulia
    ngontrak`): a person's name has none but its particles (`bin`) and the parts a hyphen joins
    (`Hye - kyo`). Places keep theirs (`desa X`, `jalan X`); an organization loses an ordinary
    word at its end (`DPR serempak`), never a first one (`partai X`)."""
    if label not in ("PER", "ORG"):
        return start, end

    def common(k: int) -> bool:
        word = doc[k].text
        joined = (k > 0 and doc[k - 1].text == "-") or (k + 1 < len(doc) and doc[k + 1].text == "-")
        return word.isalpha() and word.islower() and word not in NAME_PARTICLES and not joined

    if label == "ORG":
        from .gazetteer import ordinary_words

        while end - 1 > start and common(end - 1) and doc[end - 1].text in ordinary_words():
            end -= 1
        while (
            end - 1 > start
            and common(start)
            and doc[start].text not in _org_openers()
            and organizations.lookup(doc[start].text) is None  # `kemenhan X`: the ministry
        ):
            start += 1  # `marwah KPK`: a noun before the body's name
        return start, end

    while start < end - 1 and common(start):
        start += 1
    while end - 1 > start and common(end - 1):
        end -= 1
    if end - start == 1 and common(start):
        return start, start
    return start, end


def _no_name(doc: Doc, ent: Span, mixed: bool, ents: list[Span]) -> bool:
    """A span the NER tagged that names no person, organization or place: a currency code,
    a sport, a meeting (`RDP`), a kind of body alone (`PT`, `DPRD`) where the document names
    no body of that kind in full, a language after `bahasa`, a span all in lower case in a
    text with capitals that the tables do not know, a common word opening a sentence as the
    only sign of a person."""
    text = ent.text
    if text in CURRENCY_CODES or text.lower() in SPORT_NAMES or text.lower() in EVENT_WORDS:
        return True
    if ent.label_ != "LOC" and text.lower() in BODY_KINDS:
        # A kind of body alone: a name only when the document names one such body in full.
        return not any(
            e.label_ == "ORG" and len(e) > 1 and e[0].lower_ == text.lower() for e in ents
        )
    if len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].lower_ in LANGUAGE_HEADS:
        return True
    if mixed and text.islower() and not any(is_known(label, text) for label in NAMED_LABELS):
        return True
    if ent.label_ == "PER" and len(ent) == 1 and doc[ent.start].is_sent_start:
        from .gazetteer import common_words

        word = text.lower()
        others = (e for e in ents if e.label_ == "PER" and e is not ent)
        return (
            word in common_words()
            and people.lookup(text) is None
            and not any(word in e.text.lower().split() for e in others)
        )
    return False


def _split_heads(doc: Doc, ent: Span) -> list[Span]:
    """`Kemlu Hendrawan Putra` tagged PER: ORG `Kemlu` + PER `Hendrawan Putra`; `Polres Lembah
    AKP Dimas Rangga` tagged ORG: ORG `Polres Lembah` + PER `Dimas Rangga` (the rank dropped);
    a person's name ends before a country code of a results table (`Rangga Wiratama INA`)."""
    first = doc[ent.start]
    if ent.label_ == "PER":
        codes = [k for k in range(ent.start + 1, ent.end) if doc[k].text in RESULT_COUNTRY_CODES]
        if codes and codes[0] - ent.start > 1:
            ent = Span(doc, ent.start, codes[0], label="PER")
    if (
        ent.label_ == "PER"
        and len(ent) > 1
        and is_acronym_like(first.text)
        and (len(first.text) > 2 or first.text.isupper())  # not `Ma` of `Ma Mingqiang`
        and not is_title(first.text)
        and doc[ent.start + 1].text[:1].isupper()
        and organizations.lookup(first.text) is not None
        and people.lookup(ent.text) is None
    ):
        return [
            Span(doc, ent.start, ent.start + 1, label="ORG"),
            Span(doc, ent.start + 1, ent.end, label="PER"),
        ]
    if ent.label_ == "ORG" and ent._.value is None and link("ORG", ent.text)[0] is None:
        if _office_then_name(doc, ent):
            return [
                Span(doc, ent.start, ent.start + 1, label="ORG"),
                Span(doc, ent.start + 1, ent.end, label="PER"),
            ]
        for k in range(ent.start + 1, ent.end - 1):
            if doc[k].lower_.replace(".", "") in SPAN_FINAL_TITLES and doc[k + 1].is_title:
                return [
                    Span(doc, ent.start, k, label="ORG"),
                    Span(doc, k + 1, ent.end, label="PER"),
                ]
    return [ent]


_REDUPLICATED = re.compile(r"([A-Z][a-z]+)-([a-z]+)")
_ROMAN = re.compile(r"[IVX]+")


def _two_names(doc: Doc, ent: Span) -> list[Span]:
    """A span that holds two names or a word beside a name, parted (SPAN_CONVENTIONS "two
    names in one span"): a person's span opened by a reduplicated word (`Gara-gara Rangga`) or
    by a country before a name of two words (`Seruni Rangga Wiratama`: LOC + PER), parted at
    a lower-case word inside (`Ucok sapaan Rangga`: two PER), or ended by a group's name in
    capitals (`Rangga ZRX`: PER + ORG); an organization's span ended by a score (`Lembah United
    2`)."""
    start, end = ent.start, ent.end
    if ent.label_ == "ORG" and end - start > 1 and doc[end - 1].is_digit:
        rest = doc[start : end - 1]
        club = organizations.listed(rest.text)
        if len(doc[end - 1].text) <= 2 and (
            (club is not None and club.kind == "sport") or rest[-1].text in CLUB_FORMS
        ):
            return [Span(doc, start, end - 1, label="ORG")]
    if ent.label_ != "PER" or end - start < 2 or people.lookup(ent.text) is not None:
        return [ent]
    found = _REDUPLICATED.fullmatch(doc[start].text)
    if found and found.group(1).lower() == found.group(2):
        return [Span(doc, start + 1, end, label="PER")]
    inner = [
        k
        for k in range(start + 1, end - 1)
        if doc[k].is_alpha and doc[k].is_lower and doc[k].text not in NAME_PARTICLES | NAME_JOINERS
    ]
    if (
        inner
        and all(doc[k].text[:1].isupper() for k in (start, end - 1))
        and not any(t.like_num or any(c.isdigit() for c in t.text) for t in ent)
    ):
        k = inner[0]
        return [Span(doc, start, k, label="PER"), Span(doc, k + 1, end, label="PER")]
    for n in (3, 2, 1):
        if end - start - n >= 2 and all(t.text[:1].isupper() for t in doc[start:end]):
            if not _named_apart(doc, start, end) and not (start and is_title(doc[start - 1].text)):
                break  # `Seruni National Library`: no sign the rest is a person
            place = places.lookup(doc[start : start + n].text)
            if place is not None and place.type == "country":
                return [
                    Span(doc, start, start + n, label="LOC"),
                    Span(doc, start + n, end, label="PER"),
                ]
    last = doc[end - 1].text
    if (
        len(last) >= 3  # `Salam SR`: initials of a name
        and doc[start].lower_ not in PRODUCT_BRANDS  # `Zorvex ZRX`: a model
        and last.isalpha()
        and last.isupper()
        and not _ROMAN.fullmatch(last)
        and last.lower() not in TITLE_KEYS | NAME_SUFFIXES
        and doc[end - 2].text[:1].isupper()
        and not doc[end - 2].text.isupper()
    ):
        return [Span(doc, start, end - 1, label="PER"), Span(doc, end - 1, end, label="ORG")]
    return [ent]


def _named_apart(doc: Doc, start: int, end: int) -> bool:
    """Whether the last word of a span is written elsewhere in the document too (a person's
    surname said again: `Presiden Seruni Rangga Wiratama` ... `Wiratama`)."""
    last = doc[end - 1].text
    return any(t.text == last for t in doc[:start]) or any(t.text == last for t in doc[end:])


def _office_then_name(doc: Doc, ent: Span) -> bool:
    """Whether an ORG is an organization the tables know written as one acronym-like word and
    a person's name after it (`Kemlu Hendrawan P. Putra`): two or more capitalized words or
    initials, none an ordinary word, no place or organization of its own."""
    from .gazetteer import common_words

    first, rest = doc[ent.start], doc[ent.start + 1 : ent.end]
    if not (
        len(rest) >= 2
        and is_acronym_like(first.text)
        and len(first.text) > 2
        and not is_title(first.text)
        and organizations.lookup(first.text) is not None
    ):
        return False
    words = [t for t in rest if not _INITIALS.fullmatch(t.text)]
    return (
        len(words) >= 2
        and all(t.text[:1].isupper() and not t.is_upper for t in words)
        and not any(t.lower_ in common_words() or is_title(t.text) for t in words)
        and organizations.lookup(rest.text) is None
        and all(link(label, rest.text)[0] is None for label in ("ORG", "LOC"))
    )


def _boards(doc: Doc, ents: list[Span]) -> list[Span]:
    """A board acronym right before an organization (`DPD` + `Partai Golkar`), or before an
    acronym no entity holds that names no place (`DPD REI`), names the board of that body:
    its value is `Dewan Pimpinan Daerah Partai Golongan Karya`, not the chamber `DPD` alone
    names; the body keeps its own span. A level may come between (`DPD I Partai Golkar`); a
    bare `DPD` of a document naming one such board is that board. `DPD RI` stays the chamber."""
    taken = _taken(doc, ents)
    by_start = {e.start: e for e in ents}
    boards: dict[str, set[str]] = {}
    bare = []
    for ent in ents:
        k = ent.end
        if ent.label_ != "ORG" or ent.text not in BOARD_ACRONYMS or k >= len(doc):
            continue
        if doc[k].text in BOARD_LEVELS and k + 1 < len(doc) and not taken[k]:
            k += 1  # `DPD I Partai Golkar`
        after = by_start.get(k)
        if after is not None and after.label_ == "ORG":
            body = after._.value or link("ORG", after.text)[0] or " ".join(after.text.split())
        elif (
            not taken[k]
            and doc[k].is_upper
            and is_acronym_like(doc[k].text)
            and link("LOC", doc[k].text)[0] is None
        ):
            body = link("ORG", doc[k].text)[0] or doc[k].text
        else:
            bare.append(ent)
            continue
        ent._.value = f"{BOARD_ACRONYMS[ent.text]} {body}"
        boards.setdefault(ent.text, set()).add(ent._.value)
    for ent in bare:  # a bare `DPD` where the document names one such board
        if len(boards.get(ent.text, ())) == 1:
            ent._.value = next(iter(boards[ent.text]))
    return ents


def _with_region_head(doc: Doc, ent: Span) -> Span:
    """A place extended over the head word before it when the head says which place is meant
    (`Kab.` + `Bogor`: the regency, where `Bogor` alone is the city)."""
    k = ent.start - 1
    if ent.label_ != "LOC" or k < 0 or doc[k].ent_iob_ in ("B", "I"):
        return ent
    head = doc[k].text
    if not (head[:1].isupper() and head.lower() in REGION_HEADS):
        return ent
    headed = link("LOC", f"{head} {ent.text}")
    if headed[0] is None or headed == link("LOC", ent.text):
        return ent
    return Span(doc, k, ent.end, label=ent.label)


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
        end = _before_lower_tail(doc, start, end)
        while end > start and _trailing_junk(doc, start, end):
            end -= 1
        if ent.label_ in DEFINED and end > start:
            end = _without_final_titles(doc, ent, start, end)
        if end > start and _has_word(doc, start, end):
            pieces.append((start, end))
    return pieces


def _before_lower_tail(doc: Doc, start: int, end: int) -> int:
    """End of a span before a comma after which it has only lower-case words (`Amerika
    Serikat,,masih`): a name goes on past a comma only to a capitalized word (`Badan
    Meteorologi, Klimatologi, dan Geofisika`)."""
    commas = [k for k in range(start + 1, end) if doc[k].text.startswith(",")]
    if not commas:
        return end
    tail = [t for t in doc[commas[-1] : end] if t.is_alpha]
    if tail and all(t.is_lower for t in tail):
        k = commas[-1]
        while k > start and doc[k - 1].text.startswith(","):
            k -= 1
        return k
    return end


def _without_final_titles(doc: Doc, ent: Span, start: int, end: int) -> int:
    """End of a place or organization without the ranks, titles and office words at its end
    when a name follows, which they open (`Polda Metro Jaya Kombes` + `Yusri Yunus`), unless
    the tables know the whole name (`Big Bang` + a verb keeps its `Bang`)."""
    if end >= len(doc):
        return end
    if not doc[end].text[:1].isupper():
        # A rank before a comma: the name after it is missing, the rank still no name's end.
        rank = doc[end - 1].lower_.rstrip(".")
        if not (doc[end].text == "," and rank in RANK_WORDS and end - 1 > start):
            return end
    k = end
    for phrase in RANK_PHRASES:
        n = len(phrase)
        if end - n > start and tuple(t.lower_ for t in doc[end - n : end]) == phrase:
            k = end - n
            break
    while k - 1 > start and doc[k - 1].lower_.replace(".", "") in SPAN_FINAL_TITLES:
        k -= 1
        while k - 1 > start and _trailing_junk(doc, start, k):
            k -= 1
    if k == end or ent._.value is not None or link(ent.label_, doc[start:end].text)[0]:
        return end
    return k


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
                # Commas may part the words of a name (`Badan Meteorologi, Klimatologi, ...`).
                if k >= len(doc) or taken[k - 1]:
                    break
                if not (doc[k - 1].is_alpha or doc[k - 1].text == ","):
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
        if ent.label_ not in NAMED_LABELS or is_building(ent) or _in_results_row(ent):
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
            ok = (
                is_nickname(inner, ent.text)
                and (other is None or other.label_ == "PER")
                and not _names_a_phrase(doc, ent, inner)
            )
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
    links += _written_acronyms(doc, [*ents, *added], forms, added, relabel)
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


def _names_a_phrase(doc: Doc, ent: Span, inner: Span) -> bool:
    """Whether a word in brackets after a person's name opens with the capitalized word before
    the name (`Pro Rangga (Prorang)`): it abbreviates the phrase, not the person."""
    if ent.start == 0 or len(inner) != 1:
        return False
    before = doc[ent.start - 1]
    return (
        before.is_alpha
        and before.text[:1].isupper()
        and not is_title(before.text)
        and inner.text.lower().startswith(before.lower_)
    )


def _written_acronyms(
    doc: Doc, ents: list[Span], forms: dict, added: list[Span], relabel: dict
) -> list[tuple]:
    """`Long Name atau ACR`, `ACR atau Long Name` and the other `ACRONYM_RULES`: the pairs of
    spans linked; an acronym the NER missed is added to `added`, one it tagged with another
    label goes into `relabel`."""
    taken = _taken(doc, ents)
    by_span = {(e.start, e.end): e for e in ents}
    links = []
    n = len(doc)
    for ent in ents:
        if ent.label_ not in DEFINED or len(ent) < 2:
            continue
        long_words = ent.text.split()
        for gap in range(1, MAX_GAP // 2 + 1):
            for short_first in (False, True):
                acr = ent.start - gap - 1 if short_first else ent.end + gap
                if not 0 <= acr < n:
                    continue
                short = doc[acr].text
                if not (is_acronym_like(short) and abbreviates(short, long_words)):
                    continue
                gap_span = doc[acr + 1 : ent.start] if short_first else doc[ent.end : acr]
                between = gap_span.text.lower()
                if not any(
                    r.short_first == short_first and r.regex.match(between) for r in ACRONYM_RULES
                ):
                    continue
                other = by_span.get((acr, acr + 1))
                if other is None and taken[acr]:
                    continue
                if other is None:
                    added.append(Span(doc, acr, acr + 1, label=ent.label))
                    taken[acr] = 1
                elif other.label_ != ent.label_:
                    relabel[(acr, acr + 1)] = ent.label_
                links.append(((ent.start, ent.end), (acr, acr + 1)))
                forms.setdefault(short, (ent.label_, (acr, acr + 1)))
    return links


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
                nick = a if rule.short_first else b
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
    # Tokens whose text is a first word, found on the array of token texts (walking the
    # tokens of a long document costs more than the rest of this component).
    orth = doc.to_array("ORTH")
    wanted = {doc.vocab.strings.add(w): w for w in first}
    for k in numpy.flatnonzero(numpy.isin(orth, list(wanted))):
        k = int(k)
        words, label, span = first[wanted[int(orth[k])]]
        end = k + len(words)
        if [t.text for t in doc[k:end]] != words or (k, end) == span:
            continue
        covering = [e for e in ents if e.start < end and k < e.end]
        if not covering and not any(taken[k:end]):
            added.append(Span(doc, k, end, label=label))
        elif len(covering) == 1 and (covering[0].start, covering[0].end) == (k, end):
            if covering[0].label_ in NAMED_LABELS and covering[0].label_ != label:
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


# --- mention conventions (#21: spans and labels) ----------------------------------------------


def _mention_span(doc: Doc, ent: Span) -> Span | None:
    """One entity after the conventions on single mentions (`lang.identity.SPAN_CONVENTIONS`):
    without the meeting words before a body (`Rapat Paripurna DPR` → `DPR`; `RDP` alone: None),
    without a team's generic head before an unusual name (`Tim Lembah Racing`), `timnas X`
    as ORG whatever the NER said, a home's owner
    (`rumah Rangga`: PER `Rangga`), a building (`Gedung KPK`: a LOC, the building)."""
    if ent.label_ not in NAMED_LABELS:
        return ent
    start, end = ent.start, ent.end
    if ent.label_ in ("ORG", "PER"):
        while start < end and doc[start].lower_ in EVENT_WORDS and doc[start].text[:1].isupper():
            start += 1
        if start == end:
            return None
    if start != ent.start:
        ent = Span(doc, start, end, label=ent.label)
    if ent.label_ != "ORG" and len(ent) > 1 and doc[start].lower_ == "timnas":
        return Span(doc, start, end, label="ORG")  # `timnas U-19` tagged LOC: a team
    if ent.label_ == "ORG" and len(ent) > 1 and doc[start].lower_ in TEAM_HEADS:
        from .gazetteer import ordinary_words

        after = doc[start + 1]
        if (
            after.text[:1].isupper()
            and after.lower_ not in ordinary_words()
            and organizations.listed(ent.text) is None
        ):
            return Span(doc, start + 1, end, label=ent.label)
    if ent.label_ == "LOC" and len(ent) > 1 and doc[start].text in HOME_WORDS:
        if doc[start + 1].text[:1].isupper():
            owner = doc[start + 1 : end].text
            label = next((lab for lab in ("LOC", "ORG") if is_known(lab, owner)), "PER")
            return Span(doc, start + 1, end, label=label)
    if is_building(ent):
        building = Span(doc, start, end, label="LOC")
        building._.value = building_name(ent)
        return building
    return ent


def is_building(ent: Span) -> bool:
    """`Gedung KPK`, `gedung DPR`, `Wisma Lestari`: a building word (BUILDING_HEADS) and a
    capitalized name."""
    doc = ent.doc
    return (
        ent.label_ in ("ORG", "LOC")
        and len(ent) > 1
        and doc[ent.start].lower_ in BUILDING_HEADS
        and doc[ent.start + 1].text[:1].isupper()
    )


def building_name(ent: Span) -> str | None:
    """The identity of a building named after the institution it houses: its head and the
    institution's name (`Gedung Merah Putih KPK` → `Gedung Komisi Pemberantasan Korupsi`); None
    when no institution the tables know closes the name."""
    doc = ent.doc
    for k in range(ent.start + 1, ent.end):
        org = organizations.lookup(doc[k : ent.end].text)
        if org is not None:
            return f"{doc[ent.start].text.title()} {org.name}"
    return None


def _typed_labels(doc: Doc, ents: list[Span]) -> list[Span]:
    """Labels from the type of the name: a person's span that the organizations table lists
    (not the people table) or that a group word opens (`milisi X`) is ORG; one that names a
    country or region, LOC; a person's span after a results table's country code, the team
    (ORG); an organization's span naming a region, LOC; a short word in
    capitals the tables do not know after a word that announces initials (`tersangka RUD,
    ZUL`) is a person; so is one word tagged ORG or LOC that is a word of a longer person's
    name of the document and that the tables do not know (`Valverde` beside `Ernesto
    Valverde`). A PER name that is also such a word (`Jordan` beside `Rangga Jordan`) keeps
    its label."""
    person_words = {w.lower() for e in ents if e.label_ == "PER" and len(e) > 1 for w in
                    e.text.split()}  # fmt: skip
    out = []
    for ent in ents:
        label = _type_label(doc, ent, person_words)
        if label is not None and label != ent.label_:
            ent = Span(doc, ent.start, ent.end, label=label)
        out.append(ent)
    return out


def _type_label(doc: Doc, ent: Span, person_words: set[str]) -> str | None:
    text = ent.text
    if ent.label_ not in NAMED_LABELS or is_building(ent):
        return None
    if (
        ent.label_ != "PER"
        and len(ent) == 1
        and text[:1].isupper()
        and not text.isupper()
        and text.lower() in person_words
        and not any(is_known(lab, text) for lab in ("ORG", "LOC"))
    ):
        return "PER"  # `Valverde` tagged ORG beside `Ernesto Valverde`: the person
    if _listed_initials(ent):
        return "PER"
    if len(ent) == 1 and _is_initials(text):
        if not any(is_known(lab, text) for lab in NAMED_LABELS) and _after_initials_cue(ent):
            return "PER"
    if ent.label_ == "PER" and people.lookup(text) is None:
        if len(ent) == 1 and text.lower() in person_words:
            return None
        if _after_result_code(ent) or (ent.start > 0 and doc[ent.start - 1].lower_ in GROUP_WORDS):
            return "ORG"
    return label_of_type(ent.label_, text)


def label_of_type(label: str, text: str) -> str:
    """The label the tables give a name's type whatever the NER said: a person's name that the
    organizations table lists (not the people table) is ORG, one naming a country or region
    LOC; an organization's name naming a region (and no organization) LOC; else `label`."""
    if label == "PER" and people.lookup(text) is None:
        if organizations.listed(text) is not None:
            return "ORG"
        place = places.lookup(text)
        if place is not None and place.type in ("country", "region"):
            return "LOC"
    if label == "ORG" and organizations.lookup(text) is None:
        place = places.lookup(text)
        if place is not None and place.type == "region":
            return "LOC"
    return label


def _in_results_row(ent: Span, window: int = 6) -> bool:
    """Whether a name follows a results table's country code closely (`Rangga Wiratama INA
    Zorvex Racing (Kalex)`): the brackets after it hold the constructor, no short form."""
    doc = ent.doc
    return any(t.text in RESULT_COUNTRY_CODES for t in doc[max(0, ent.start - window) : ent.start])


def _after_result_code(ent: Span) -> bool:
    """A name right after a results table's country code that follows a person's name is
    the person's team (`Rangga Wiratama INA Zorvex Racing`)."""
    doc, k = ent.doc, ent.start
    return k >= 2 and doc[k - 1].text in RESULT_COUNTRY_CODES and doc[k - 2].ent_type_ == "PER"


def _sentence(ent: Span) -> tuple[int, int]:
    """Token bounds of the sentence of `ent` (the whole Doc when sentences are unset)."""
    if ent.doc.has_annotation("SENT_START"):
        return ent.sent.start, ent.sent.end
    return 0, len(ent.doc)


def _is_initials(text: str) -> bool:
    return text.isupper() and text.isalpha() and 2 <= len(text) <= 4


def _listed_initials(ent: Span) -> bool:
    """A short word in capitals right after a word that says it is initials (`berinisial AS
    dan RK`), alone or in a list of such words: a person's initials, whatever the tables
    know by those letters."""
    doc = ent.doc
    if len(ent) != 1 or not _is_initials(ent.text):
        return False
    k = ent.start - 1
    while k >= 0 and (doc[k].lower_ in INITIALS_JOINERS or _is_initials(doc[k].text)):
        k -= 1
    return k >= 0 and doc[k].lower_ in INITIALS_WORDS


def _after_initials_cue(ent: Span) -> bool:
    doc = ent.doc
    first = max(_sentence(ent)[0], ent.start - INITIALS_WINDOW)
    return any(t.lower_ in INITIALS_CUES for t in doc[first : ent.start])


def _person_tails(doc: Doc, ents: list[Span]) -> list[Span]:
    """An organization whose last words are a person the document names elsewhere ends before
    them (`PT Lestari Abadi Rangga Wiratama` + `Rangga Wiratama` later: ORG + PER)."""
    names = {e.text.lower() for e in ents if e.label_ == "PER" and len(e) > 1}
    if not names:
        return ents
    out = []
    for ent in ents:
        if ent.label_ == "ORG" and len(ent) > 2 and organizations.listed(ent.text) is None:
            cut = next(
                (k for k in range(ent.start + 1, ent.end - 1)
                 if doc[k : ent.end].text.lower() in names),
                None,
            )  # fmt: skip
            if cut is not None:
                out += [
                    Span(doc, ent.start, cut, label="ORG"),
                    Span(doc, cut, ent.end, label="PER"),
                ]
                continue
        out.append(ent)
    return out


def teams_in_matches(doc: Doc, ents: list[Span]) -> tuple[list[Span], set[tuple[int, int]]]:
    """A place that a match report names as a team is that team (ORG): next to a word of
    `TEAM_CUES` (`melawan X`, `X menang`, `X 2-1`), or joined with a club form (`FC X`) or the
    word before it into a club the tables list (`Real` + `Madrid`); then its other mentions in
    the document are the team too, but after a word of place (`di X`, `Stadion Y, X`). A
    country's team is `Tim Nasional X`; a city's, the one club of the tables named after it
    (or the one of them the document names), else the city's name; a city tagged ORG is that
    club. Returns the entities and the spans made teams, whose label the document's other
    mentions of the place do not change."""
    taken = _taken(doc, ents)
    here = _clubs_in(ents)
    out: list[Span] = []
    teams: dict[tuple[int, int], str | None] = {}
    named: dict[str, str | None] = {}  # the places this document names as teams: their value
    for ent in ents:
        club = _club_span(doc, ent, taken) if ent.label_ in NAMED_LABELS else None
        if club is None and ent.label_ == "ORG" and national_team(ent.text):
            club = Span(doc, ent.start, ent.end, label="ORG")
            club._.value = national_team(ent.text)
        elif club is None and _place_name(ent) and _team_context(doc, ent):
            club = Span(doc, ent.start, ent.end, label="ORG")
            club._.value = team_name(ent.text, here)
            named[ent.text.lower()] = club._.value
        elif club is None and _city_as_org(ent) and (here or _mentions_club(ents)):
            value = team_name(ent.text, here)
            club = Span(doc, ent.start, ent.end, label="ORG") if value != ent.text else None
            if club is not None:
                club._.value = value
        if club is not None:
            teams[(club.start, club.end)] = club._.value
        out.append(club if club is not None else ent)
    for i, ent in enumerate(out):
        if (
            ent.label_ == "LOC"
            and ent.text.lower() in named
            and not _after_word_of_place(ent)
            and not _after_state_word(ent)
        ):
            team = Span(doc, ent.start, ent.end, label="ORG")
            team._.value = named[ent.text.lower()]
            out[i] = team
            teams[(team.start, team.end)] = team._.value
    out = _national_teams(doc, out, teams)
    return out, set(teams)


def _after_state_word(ent: Span) -> bool:
    """`pemerintah X`, `Duta Besar X` (STATE_WORDS, one or two words before): the state."""
    doc, k = ent.doc, ent.start
    return any(k >= n and " ".join(t.lower_ for t in doc[k - n : k]) in STATE_WORDS for n in (1, 2))


def national_team_at(doc: Doc, start: int) -> tuple[int, str, str, str] | None:
    """A national team's name from token `start`: a head (NATIONAL_TEAM_HEADS), its acronym in
    brackets (`Tim Nasional (Timnas)`), a sport (SPORT_NAMES), a country, an age group or a
    women's word, in that order (age or women's word also before the country). Returns (end,
    country, sport, group) or None when no country follows."""
    k = start
    for head in NATIONAL_TEAM_HEADS:
        if [t.lower_ for t in doc[k : k + len(head)]] == list(head):
            k += len(head)
            break
    else:
        if doc[k].lower_ not in TEAM_HEADS or not _sport_at(doc, k + 1)[0]:
            return None  # `tim paralayang X` is a national team, `tim X` is not read here
        k += 1
    if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
        k += 3  # `Tim Nasional (Timnas) X`
    sport, k = _sport_at(doc, k)
    if sport in FOOTBALL_NAMES:
        sport = ""
    group, k = _team_group(doc, k, "")
    for n in (3, 2, 1):
        words = doc[k : k + n]
        if k + n > len(doc) or not all(
            t.text[:1].isupper() or t.lower_ in NAME_PARTICLES for t in words
        ):
            continue
        place = places.lookup(words.text)
        if place is not None and place.type == "country":
            group, end = _team_group(doc, k + n, group)
            return end, place.name, sport, group
    return None


def _sport_at(doc: Doc, k: int) -> tuple[str, int]:
    """A sport's name (SPORT_NAMES) at token k, in lower case: (sport, next), else ("", k)."""
    for n in (2, 1):
        words = " ".join(t.lower_ for t in doc[k : k + n])
        if k + n <= len(doc) and words in SPORT_NAMES:
            return words, k + n
    return "", k


def _team_group(doc: Doc, k: int, group: str) -> tuple[str, int]:
    """An age group (`U-16`, `U 16` as tokens) or a women's word at token k: (group, next)."""
    if k < len(doc):
        found = AGE_GROUP.fullmatch(doc[k].text)
        if found:
            return f"U-{found.group(1)}", k + 1
        if doc[k].text == "U" and k + 2 < len(doc) and doc[k + 1].text == "-":
            if doc[k + 2].text.isdigit() and len(doc[k + 2].text) == 2:
                return f"U-{doc[k + 2].text}", k + 3
        if doc[k].lower_ in TEAM_GROUP_WORDS:
            return doc[k].lower_.title(), k + 1
    return group, k


def team_value(country: str, sport: str = "", group: str = "") -> str:
    """`Tim Nasional [Sport] Country [group]`: a national team's identity."""
    return " ".join(w for w in ("Tim Nasional", sport.title(), country, group) if w)


def _national_teams(
    doc: Doc, ents: list[Span], teams: dict[tuple[int, int], str | None]
) -> list[Span]:
    """National teams by sport and age group: a span opened by a national team word is the team
    its words name (`Tim Nasional (Timnas) Lembah`, `timnas paralayang Seruni`, `Timnas Seruni
    U-16`, an age group after the span taken in when free); where the document names one sport
    or one age group for its national teams, its other national teams (`Seruni` in a match
    report, a bare `Timnas`) are that sport's or age group's."""
    taken = _taken(doc, ents)
    found: dict[int, tuple[int, str, str, str]] = {}
    begins: dict[int, int] = {}
    for i, ent in enumerate(ents):
        if ent.label_ not in NAMED_LABELS:
            continue
        # The team's words may open the span or stand free before it (`timnas paralayang` X).
        first = ent.start
        while first > max(0, ent.start - 4) and not taken[first - 1]:
            first -= 1
        for j in range(first, ent.end):
            parsed = national_team_at(doc, j)
            if parsed is None:
                continue
            # Free words before the span: only a sport's or an age group's team is read there
            # (`timnas paralayang X`); `tim nasional X` is the match cues' (TEAM_CUES). Inside
            # the span, the team begins at its words (`Bek Tim Nasional (Timnas) X`).
            if j >= ent.start or (parsed[0] >= ent.end and (parsed[2] or parsed[3])):
                found[i], begins[i] = parsed, j
                break
    sports = {sport for _, _, sport, _ in found.values()} - {""}
    groups = {group for _, _, _, group in found.values()} - {""}
    if not groups:  # no team written with its age group: the competitions' age group
        groups = _competition_groups(doc)
    sport = next(iter(sports)) if len(sports) == 1 else ""
    group = next(iter(groups)) if len(groups) == 1 else ""
    if not found and not (sport or group):
        return ents
    out = list(ents)
    owned: dict[int, str] = {}  # token inside a parsed team's name: the team
    for i, (end, country, own_sport, own_group) in found.items():
        ent = ents[i]
        stop = ent.end
        if end > ent.end and not any(taken[ent.end : end]):
            stop = end  # `Timnas Seruni` + `U-16`: one name
        elif end < ent.end:
            stop = end  # `timnas Seruni Jaya`: the team ends with its country
        if stop < end:
            begins[i] = max(begins[i], ent.start)  # words before taken in only with the rest
        value = team_value(country, own_sport or sport, own_group or group)
        team = Span(doc, begins[i], stop, label="ORG")
        team._.value = value
        out[i] = team
        teams[(team.start, team.end)] = value
        for k in range(ent.start, end):
            owned[k] = value
    for i, ent in enumerate(out):
        if i in found or ent.label_ not in NAMED_LABELS:
            continue
        # A team word the NER parted from its country (`(Timnas)`) takes the team; the
        # country tagged apart keeps its label unless a match cue made it the team.
        word = ent.text.lower() in ("timnas", "tim nasional")
        value = owned.get(ent.start) if word else None
        if value is None and (ent.start, ent.end) in teams:
            value = _qualified(teams[(ent.start, ent.end)], sport, group)
        elif value is None and word and (sport or group):
            value = _qualified(link("ORG", ent.text)[0], sport, group)  # the tables' `Timnas`
        if value is not None:
            team = Span(doc, ent.start, ent.end, label="ORG")
            team._.value = value
            out[i] = team
            teams[(team.start, team.end)] = value
    return out


def _qualified(value: str | None, sport: str, group: str) -> str | None:
    """A country's team `Tim Nasional X` as the sport's and age group's team; other values as
    they are."""
    prefix = "Tim Nasional "
    if value is None or not value.startswith(prefix):
        return value
    place = places.lookup(value[len(prefix) :])
    if place is None or place.type != "country" or place.name != value[len(prefix) :]:
        return value
    return team_value(place.name, sport, group)


def _competition_groups(doc: Doc) -> set[str]:
    """The age groups a document writes after a competition's name (`Piala Seruni U-16`)."""
    found = set()
    for k, token in enumerate(doc):
        if token.lower_ in LEAGUE_WORDS or token.lower_ == "kualifikasi":
            for j in range(k + 1, min(k + 5, len(doc))):
                group, _ = _team_group(doc, j, "")
                if group.startswith("U-"):
                    found.add(group)
                    break
    return found


def national_team(name: str) -> str | None:
    """`Tim Nasional X` for `Timnas X`, `timnas X`, `Tim Nasional X` where X is a country
    (an age group after it is another team: None)."""
    words = name.split()
    for head in (["timnas"], ["tim", "nasional"]):
        if [w.lower() for w in words[: len(head)]] == head and len(words) > len(head):
            place = places.lookup(" ".join(words[len(head) :]))
            if place is not None and place.type == "country":
                return f"Tim Nasional {place.name}"
    return None


def _clubs_in(ents: list[Span]) -> set[str]:
    """The clubs of the tables that a document names in full (`Real Madrid`)."""
    found = set()
    for ent in ents:
        if ent.label_ == "ORG" and len(ent) > 1:
            org = organizations.listed(ent.text)
            if org is not None and org.kind == "sport":
                found.add(org.name)
    return found


def _mentions_club(ents: list[Span]) -> bool:
    """Whether a document names a club of the tables (a sports text)."""
    for ent in ents:
        if ent.label_ == "ORG":
            org = organizations.listed(ent.text)
            if org is not None and org.kind == "sport":
                return True
    return False


def _after_word_of_place(ent: Span) -> bool:
    """`di X`, `ke X` (LOCATIVE_WORDS), or the comma of an address after a name (`Stadion
    Lembah, X`; not `babak kedua, X`)."""
    doc, k = ent.doc, ent.start
    if k == 0:
        return False
    if doc[k - 1].text == ",":
        return k >= 2 and doc[k - 2].text[:1].isupper()
    return doc[k - 1].lower_ in LOCATIVE_WORDS


def _city_as_org(ent: Span) -> bool:
    """An ORG whose text is a place other than a country (`Valencia` tagged ORG), not after a
    word of place (`ke Paris`)."""
    if ent.label_ != "ORG" or organizations.lookup(ent.text) is not None:
        return False
    if _after_word_of_place(ent):
        return False
    place = places.lookup(ent.text)
    return place is not None and place.type != "country"


def _club_span(doc: Doc, ent: Span, taken: bytearray) -> Span | None:
    """`FC` + a place, a place + `FC`, `Real` + `Madrid`: the club (ORG), or None."""
    start, end = ent.start, ent.end
    if start > 0 and not taken[start - 1]:
        before = doc[start - 1]
        found = organizations.listed(f"{before.text} {ent.text}")
        if before.text in CLUB_FORMS or (
            before.text[:1].isupper() and found is not None and found.kind == "sport"
        ):
            start -= 1
    if start == ent.start and end < len(doc) and not taken[end] and doc[end].text in CLUB_FORMS:
        end += 1
    if (start, end) == (ent.start, ent.end):
        return None
    club = Span(doc, start, end, label="ORG")
    found = organizations.listed(club.text)
    club._.value = found.name if found is not None else None
    return club


def _place_name(ent: Span) -> bool:
    """A LOC, a PER whose text the places table knows (`Astana` tagged PER), or a city tagged
    ORG."""
    if ent.label_ == "LOC" or _city_as_org(ent):
        return True
    return (
        ent.label_ == "PER"
        and people.lookup(ent.text) is None
        and (places.lookup(ent.text) is not None)
    )


def _team_context(doc: Doc, ent: Span) -> bool:
    first, last = _sentence(ent)
    if ent.start > first and doc[ent.start - 1].lower_ in LEAGUE_WORDS:
        return False  # `Liga Italia`: a competition
    if _after_state_word(ent):
        return False  # `pemerintah Seruni menghadapi ...`: the state
    before = " ".join(t.lower_ for t in doc[max(first, ent.start - 4) : ent.start])
    after = " ".join(t.lower_ for t in doc[ent.end : min(last, ent.end + 3)])
    place = places.lookup(ent.text)
    country = place is not None and place.type == "country"
    return any(
        cue.regex.search(before if cue.side == "before" else after)
        for cue in TEAM_CUES
        if not (cue.cities_only and country)
    )


def team_name(place_name: str, clubs_here: set[str] = frozenset()) -> str:
    """The team a place names in a match: `Tim Nasional X` for a country, the one club the
    tables list under a city's name (`FC Barcelona`) or the one of them in `clubs_here` (the
    clubs the document names), else the name as written."""
    place = places.lookup(place_name)
    if place is not None and place.type == "country":
        return f"Tim Nasional {place.name}"
    clubs = _clubs_named().get(place_name.lower(), ())
    if len(clubs) > 1:
        clubs = tuple(c for c in clubs if c in clubs_here)
    return clubs[0] if len(clubs) == 1 else place_name


@functools.cache
def _clubs_named() -> dict[str, tuple[str, ...]]:
    """{a word or words of a club's name: the clubs the organizations table lists with it}; a
    club with a one-word short name of its own (`Atletico`) is left out: the city's name alone
    is the other club (`Madrid`: Real Madrid)."""
    found: dict[str, list[str]] = {}
    for org, aliases in organizations.entries():
        if org.kind != "sport":
            continue
        own = {a.lower() for a in aliases if len(a.split()) == 1}
        for name in {org.name, *aliases}:
            words = name.split()
            for n in range(1, len(words)):
                for k in range(len(words) - n + 1):
                    key = " ".join(words[k : k + n]).lower()
                    others = {w.lower() for w in words} - set(key.split())
                    if others & own:
                        continue  # `Atletico Madrid` is `Atletico`, not `Madrid`
                    if org.name not in found.setdefault(key, []):
                        found[key].append(org.name)
    return {k: tuple(v) for k, v in found.items()}


def _bare_bodies(ents: list[Span], clusters: _Clusters) -> None:
    """Join a kind of body alone (`DPRD`, BODY_KINDS) to the one body of that kind the document
    names in full (`DPRD Kota Lembah`)."""
    bare = [i for i, e in enumerate(ents) if e.label_ == "ORG" and e.text.lower() in BODY_KINDS]
    for i in bare:
        head = ents[i].text.lower()
        full = [j for j, e in enumerate(ents)
                if e.label_ == "ORG" and len(e) > 1 and e[0].lower_ == head]  # fmt: skip
        names = {" ".join(ents[j].text.split()).lower() for j in full}
        if len(names) == 1:
            clusters.union(full[0], i)


@factory(
    "textkit_identity",
    assigns=["doc.ents", "span._.value"],
    default_config={"aliases": None},
)
def make_identity(nlp: Language, name: str, aliases: str | None) -> IdentityComponent:
    """One identity per entity: short names, nicknames, acronyms, alias tables."""
    return IdentityComponent(nlp, name, aliases)


# --- spans in titles and beside names (#21, seventh round) ------------------------------------


def _name_bounds(doc: Doc, ent: Span) -> Span | None:
    """One entity within the bounds of a name (`lang.identity`, the seventh round's
    conventions): ends before a plate or a handle, without the titles, ranks and offices that
    open a person's span (not the forms of address); None for a work, a product or an event."""
    if ent.label_ not in NAMED_LABELS:
        return ent
    start, end = ent.start, ent.end
    if doc[start].text[:1] in DEBRIS_OPENERS:
        return None  # a handle alone (`@lembahnews`) names an account
    for k in range(start + 1, end):
        if doc[k].text[:1] in DEBRIS_OPENERS or _plate_at(doc, k, end):
            end = k
            break
    if ent.label_ == "PER":
        while (
            end - start > 1
            and is_title(doc[start].text)
            and doc[start].lower_.rstrip(".") not in HONORIFICS
            and doc[start + 1].text[:1].isupper()
        ):
            start += 1
    if (start, end) != (ent.start, ent.end):
        ent = Span(doc, start, end, label=ent.label, kb_id=ent.kb_id)
    return None if is_work_or_event(ent) else ent


def _plate_at(doc: Doc, k: int, end: int) -> bool:
    """Whether a vehicle's registration plate (`B 1234 XYZ`) opens at token k of a span."""
    return (
        k + 2 < end
        and PLATE_REGION.fullmatch(doc[k].text) is not None
        and PLATE_NUMBER.fullmatch(doc[k + 1].text) is not None
        and PLATE_SUFFIX.fullmatch(doc[k + 2].text) is not None
    )


def is_work_or_event(ent: Span) -> bool:
    """Whether a span names a work (two words or more after WORK_HEADS: `film X Y`), a product
    (so after PRODUCT_HEADS, or a maker of PRODUCT_BRANDS before a model's word) or an event
    (EVENT_NAMES, or opened by EVENT_OPENERS / ended by EVENT_ENDINGS), and the tables do not
    know it."""
    doc, text = ent.doc, ent.text
    words = [t.lower_ for t in ent]
    before = doc[ent.start - 1].text if ent.start > 0 else ""
    work = len(ent) > 1 and before.islower() and before in WORK_HEADS | PRODUCT_HEADS
    product = (
        len(ent) > 1
        and words[0] in PRODUCT_BRANDS
        and words[1] not in COMPANY_WORDS
        and not doc[ent.start + 1].is_lower
        and places.lookup(doc[ent.start + 1].text) is None
    )
    opener = 1 if len(words) > 2 and len(words[0]) == 1 else 0  # `G Piala X`: a group's letter
    event = " ".join(words) in EVENT_NAMES or (
        len(ent) > 1 and (words[opener] in EVENT_OPENERS or words[-1] in EVENT_ENDINGS)
    )
    if ent.start > 0 and doc[ent.start - 1].text[:1].isupper():
        # the name of a listed event the NER cut (`Piala` + `Asia`): no entity
        if f"{doc[ent.start - 1].lower_} {' '.join(words)}" in EVENT_NAMES:
            return True
    if not (work or product or event):
        return False
    return not _known_any(text) and organizations.listed(text) is None


def _headline_case(doc: Doc) -> bool:
    """Whether a text capitalizes most of its words, as a headline does."""
    words = [t for t in doc if t.is_alpha]
    return bool(words) and sum(t.text[:1].isupper() for t in words) > 0.6 * len(words)


def _people_cut_short(doc: Doc, ents: list[Span]) -> list[Span]:
    """People's spans with the capitalized word glued right before or after them that is no
    entity's, no ordinary word, no title, no sentence opener, no word in capitals, that the
    tables know as no place or body, no domain noun (`Kemaritiman`), and (before) after no other
    capitalized word (`Menteri Perairan` + a name is an office): `Ruben` + `Onsu`."""
    from .gazetteer import ordinary_words

    taken = _taken(doc, ents)
    common = ordinary_words()

    def name_word(k: int) -> bool:
        if not 0 <= k < len(doc) or taken[k]:
            return False
        t = doc[k]
        return (
            t.is_alpha
            and len(t) > 1
            and t.is_title
            and t.lower_ not in common
            and not is_title(t.text)
            and DOMAIN_NOUN.fullmatch(t.text) is None
            and not any(is_known(label, t.text) for label in ("ORG", "LOC"))
        )

    out = []
    for ent in ents:
        start, end = ent.start, ent.end
        if ent.label_ == "PER":
            if (
                name_word(start - 1)
                and not doc[start - 1].is_sent_start
                and doc[start - 1].whitespace_ == " "
                and not (start >= 2 and doc[start - 2].text[:1].isupper())
            ):
                start -= 1
            if name_word(end) and doc[end - 1].whitespace_ == " ":
                end += 1
        if (start, end) != (ent.start, ent.end):
            taken[start:end] = b"\x01" * (end - start)
            ent = Span(doc, start, end, label=ent.label)
            if is_work_or_event(ent):  # `Hansaplast` + `Cooling Fever`: a product
                continue
        out.append(ent)
    return out
