"""Corpus-level identity: one identity per entity across the documents of a corpus.

The pipeline gives every mention the identity of its entity within its own document
(`ent._.entity`). `resolve` joins these document identities across a corpus, from the mentions
table alone (so a batch can rerun it over all its tables and an incremental run ends as a fresh
one):

1. One label per name: the documents vote (one vote per document); a listed club, platform,
   party or outlet (`lang.identity.TYPED_KINDS`) is ORG, and the tables decide when they know
   the name under exactly one of the labels voted. The name takes the tables' canonical form.
2. A person's name that only a title gives and that runs on into the headline joins the corpus
   name it opens with (`Rangga Wiratama Tampil`: `Rangga Wiratama`).
3. Within a document, a one-word person's name joins the one longer name of the document that
   holds it (a title's `Wiratama` and the body's `Rangga Wiratama`).
4. Across documents, a person's name of one word (or two, of a name of three or more) joins
   the corpus name holding it whose documents share context with its own: identities that
   say who (`says_who`: people named by at most 1 in `RARE` documents, bodies and places by
   at most 1 in `PEOPLE_RARE`, no regions or channels), each weighing 1 / its documents, the
   winner at least `LEAD` times the runner-up and, where several names hold it, sharing at
   least `MIN_SHARED_FOR_COMMON_NAMES`. A name whose own document names other people holding
   it (rivals) joins none of another document. Else, when a name holds it, it stays its own
   row, flagged `ambiguous`. Two full names never merge, and a name holding a listed person's
   whole name never takes that person's mentions (`_contained_people`).
5. Organizations: a name with and without its company form are one (`PT Sinar Lestari`); a
   short name joins the one name that is it and a place (`Persikota`, `Persikota Lembah`)
   unless the tables know it as another body; an acronym and a region is never the national
   body; a name with and without a country after it, or a web domain, is one with context
   guards (`_org_variants`); a body's place name tagged as a place stays a place; an acronym
   its document defines by an unlisted name is that name there (`_defined_acronyms`).
6. A person's full name written with an initial, or one letter off a more frequent one (a word
   of `MIN_MISSPELT_LETTERS`+ letters), joins the full or usual name when their documents share
   a rare identity; a middle initial dropped (`Rangga W Putra`, `Rangga Putra`) when they share
   one that says who.

`entity` becomes the corpus identity; `doc_entity` keeps the document's, `ambiguous` flags the
unresolved short forms.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

import pandas as pd
from spacy.tokens import Doc

from . import organizations, places
from . import people as people_table
from .components.identity import (
    display_name,
    initials,
    is_known,
    label_of_type,
    name_words,
    tie_label,
)
from .components.linker import link
from .labels import NAMED_LABELS
from .lang.corpus import (
    BRANCHED_KINDS,
    BUILDING_WORDS,
    CONTEXT_FREE_ORG_KINDS,
    CONTEXT_FREE_PLACE_TYPES,
    KIND_WORDS,
    LEADING_FORMS,
    LEVEL_WORDS,
    LOCATED_AREA_TYPES,
    MIN_LOCATED_WORDS,
    MIN_SHARED_FOR_COMMON_NAMES,
    MIN_SHORT_FORM_LETTERS,
    NATIONAL_TEAM_WORDS,
    OLD_SPELLINGS,
    PEOPLE_RARE,
    REGIONAL_BODIES,
    TRAILING_FORMS,
)
from .lang.identity import COMPANY_FORMS, MIN_MISSPELT_LETTERS, TYPED_KINDS, is_title

LEAD = 2.0  # a context winner's score must be this many times the runner-up's
AREA_TYPES = frozenset(["city", "regency", "province", "country"])  # areas a place may be in
WEB_DOMAIN = re.compile(r"\.(?:co\.id|com|co|id|net|org|tv)$", re.IGNORECASE)
RARE = 10  # an entity is context when at most 1 in RARE documents (and at least 2) name it


def resolve(mentions: pd.DataFrame) -> pd.DataFrame:
    """The mentions with `entity` set to the corpus identity, `doc_entity` (the document's
    identity) and `ambiguous` (a short name that fits several entities of the corpus).

    Takes a mentions table (`read_results`, `mentions_frame`); a table already resolved is
    resolved again from its `doc_entity`, so the result depends only on the document identities.
    """
    prepared = with_document_identities(mentions)
    return resolution(identity_pairs(prepared)).apply(prepared)


def with_document_identities(mentions: pd.DataFrame) -> pd.DataFrame:
    """A copy of the mentions with `doc_entity`: the document's identity of each PER/ORG/LOC
    mention (kept when present, else its `entity`, else label and canonical name)."""
    from .frames import entity_key

    out = mentions.copy()
    named = out["label"].isin(NAMED_LABELS)
    if "doc_entity" in out:
        doc_entity = out["doc_entity"].astype(object)
    else:
        keys = entity_key(out)
        doc_entity = (out["label"] + ":" + keys.astype(object)).where(named, None)
        if "entity" in out:
            doc_entity = out["entity"].astype(object).where(out["entity"].notna(), doc_entity)
    out["doc_entity"] = doc_entity.where(named, None)
    return _contained_people(out)


def _contained_people(mentions: pd.DataFrame) -> pd.DataFrame:
    """The mentions with their `doc_entity` set to the listed person their text names where
    the document gave them another person's identity whose name holds that person's whole name
    (`Joko Widodo`, `Jokowi` under `Iriana Joko Widodo`): a name containing another person's
    full name is another person, a wife's with her husband's. A word of the longer name alone
    (`Iriana`, or a surname both share) keeps the document's identity."""
    people = mentions["label"].eq("PER") & mentions["doc_entity"].notna()
    if not people.any():
        return mentions
    texts, identities = mentions.loc[people, "text"].fillna(""), mentions.loc[people, "doc_entity"]
    keys = list(zip(texts.astype(str), identities, strict=True))
    moved = {k: _contained_person(*k) for k in set(keys)}
    if not any(moved.values()):
        return mentions
    out = mentions.copy()
    out.loc[people, "doc_entity"] = [moved[k] or k[1] for k in keys]
    return out


@functools.lru_cache(maxsize=65536)
def _contained_person(text: str, doc_entity: str) -> str | None:
    """`PER:` + the listed person `text` names when `doc_entity` is another person whose name
    holds that person's whole name (see `_contained_people`), else None."""
    listed = people_table.lookup(text)
    holder = doc_entity[4:]
    if listed is None or listed == holder or not doc_entity.startswith("PER:"):
        return None
    own, longer = set(_person_words(listed)), set(_person_words(holder))
    written = _person_words(text)
    if len(own) < 2 or not own < longer or (len(written) == 1 and written[0] in longer):
        return None
    return f"PER:{listed}"


def identity_pairs(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per (doc_id, document identity) of mentions with `doc_entity` (a whole table
    or one part of it), with its mentions (`n`), whether all are in the title (`title`) and
    whether all are a bare national-team word (`generic`), whether all are one word (`short`)
    and its first form (`form`): all `resolution` needs. The pairs of
    several parts are combined by `combine_pairs`."""
    named = mentions[mentions["doc_entity"].notna() & mentions["label"].isin(NAMED_LABELS)]
    section = named["section"] if "section" in named else pd.Series("body", index=named.index)
    frame = pd.DataFrame({
        "doc_id": named["doc_id"].astype(str),
        "entity": named["doc_entity"].astype(str),
        "n": 1,
        "title": section.fillna("body").eq("title"),
        "generic": _bare_words(named["text"], NATIONAL_TEAM_WORDS),
        "form": named["text"].fillna("").astype(str).str.strip(),
    })  # fmt: skip
    frame["short"] = ~frame["form"].str.contains(" ")
    return _pair_counts(frame.groupby(["doc_id", "entity"], sort=False))


def combine_pairs(parts: Iterable[pd.DataFrame]) -> pd.DataFrame:
    """The `identity_pairs` of several parts of one mentions table as one."""
    return _pair_counts(pd.concat(list(parts)).groupby(level=[0, 1], sort=False))


def _pair_counts(grouped) -> pd.DataFrame:
    return grouped.agg(
        n=("n", "sum"), title=("title", "all"), generic=("generic", "all"),
        short=("short", "all"), form=("form", "first"),
    )  # fmt: skip


class Resolution:
    """The corpus identity of every (doc_id, document identity) pair of a corpus."""

    def __init__(self, mapping: dict[tuple[str, str], str], ambiguous: set[tuple[str, str]]):
        self.mapping = mapping
        self.ambiguous = ambiguous

    def identity(self, doc_id: str, doc_entity: str) -> str:
        return self.mapping.get((doc_id, doc_entity), doc_entity)

    def apply(self, mentions: pd.DataFrame) -> pd.DataFrame:
        """Mentions with `doc_entity` (`with_document_identities`; the whole table or a part)
        with their corpus `entity`, `label` and `ambiguous`."""
        out = mentions.copy()
        named = out["label"].isin(NAMED_LABELS) & out["doc_entity"].notna()
        out["ambiguous"] = False
        out["entity"] = out["entity"].astype(object) if "entity" in out else None
        if not named.any():
            return out
        pairs = list(zip(out.loc[named, "doc_id"], out.loc[named, "doc_entity"], strict=True))
        out.loc[named, "entity"] = [self.mapping.get(p, p[1]) for p in pairs]
        out.loc[named, "ambiguous"] = [p in self.ambiguous for p in pairs]
        out.loc[named, "label"] = out.loc[named, "entity"].str.split(":", n=1).str[0]
        return out


def resolution(pairs: pd.DataFrame) -> Resolution:
    """The corpus identities of a corpus's `identity_pairs`."""
    if pairs.empty:
        return Resolution({}, set())
    titles = set(pairs.index[pairs["title"]])
    generic = set(pairs.index[pairs["generic"]])
    one_word = pairs["short"] if "short" in pairs else pd.Series(False, index=pairs.index)
    shorts = dict(pairs.loc[one_word, "form"]) if "form" in pairs else {}
    mapping, ambiguous = _Resolver(pairs["n"], titles, generic, shorts).run()
    return Resolution(mapping, ambiguous)


def resolve_docs(docs: Iterable[Doc], doc_ids: Iterable[str] | None = None) -> pd.DataFrame:
    """The resolved mentions table of Docs analysed in memory (see `resolve`)."""
    from .frames import mentions_frame

    return resolve(mentions_frame(docs, doc_ids))


def says_who(entity: str, documents: int, corpus_documents: int) -> bool:
    """Whether an identity named by `documents` of a corpus's documents is context for a
    person's short name: another person named by at most 1 in `RARE` documents (and at least
    2), a body or place by at most 1 in `PEOPLE_RARE` (a parliament in 8 % of the stories is
    in too many to say whose story it is) and no region or channel (`names_people`)."""
    rare = PEOPLE_RARE if not entity.startswith("PER:") else RARE
    if not 2 <= documents <= max(2, corpus_documents // rare):
        return False
    return entity.startswith("PER:") or names_people(entity)


@functools.lru_cache(maxsize=65536)
def names_people(entity: str) -> bool:
    """Whether an identity can tell which person a short name of its document is: not a
    region (`CONTEXT_FREE_PLACE_TYPES`: a country, province, city) nor a channel
    (`CONTEXT_FREE_ORG_KINDS`: a platform, an outlet)."""
    label, name = entity.split(":", 1)
    if label == "LOC":
        place = places.lookup(name)
        return place is None or place.type not in CONTEXT_FREE_PLACE_TYPES
    if label == "ORG":
        org = organizations.lookup(name)
        kind = org.kind if org is not None else None
        return kind not in CONTEXT_FREE_ORG_KINDS and organizations.outlet_name(name) is None
    return True


def _bare_words(texts: pd.Series, words: Sequence[str]) -> pd.Series:
    """Whether each text is one of `words` alone (any case)."""
    folded = texts.fillna("").astype(str).str.split().str.join(" ").str.casefold()
    return folded.isin(words)


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


@functools.lru_cache(maxsize=65536)
def _person_words(name: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in name_words(name) if not is_title(w))


def org_key(name: str) -> str:
    """An organization's name compared without its company form (`PT`, `Tbk`, `(Persero)`)."""
    words = [w for w in name.split() if w.casefold().strip("().") not in COMPANY_FORMS]
    return _key(" ".join(words) if words else name)


def own_name(name: str) -> str:
    """An organization's own name (`org_key`) without the forms around it that do not change
    which body it is: club forms and kind words before it, club forms and level words after it
    (`lang.corpus.LEADING_FORMS`, `TRAILING_FORMS`), and the city or regency after a proper name
    (`Universitas Halu Lembah Kota Lembah`). A regional body's place is its name (`Dinas
    Kesehatan Kabupaten X`, `Polres Kota X`): kept."""
    words = org_key(name).split()
    while len(words) > 1 and words[0].strip(".") in LEADING_FORMS:
        words = words[1:]
    while len(words) > 1 and words[-1].strip(".") in TRAILING_FORMS:
        words = words[:-1]
    for n in range(len(words) - 1, 0, -1):
        area = places.lookup(" ".join(words[-n:]))
        if area is not None and area.type in LOCATED_AREA_TYPES:
            if _located_name(words[:-n]):
                words = words[:-n]
            break
    return " ".join(words)


def _located_name(words: list[str]) -> bool:
    """Whether `words` before a place are a body's proper name, not a regional body's kind
    (`polres`, `satuan narkoba polres`, `dinas kesehatan`, `pemerintah kota`)."""
    from .components.gazetteer import common_words
    from .lang.gazetteer import PLACE_HEADS

    return (
        len(words) >= MIN_LOCATED_WORDS
        and not any(w in REGIONAL_BODIES for w in words)
        and words[-1] not in PLACE_HEADS
        and not all(w in common_words() for w in words)
    )


def own_name_groups(orgs: Iterable[str]) -> dict[str, list[str]]:
    """ORG identities by `own_name`; a group whose own name is an acronym, alone or with a
    place (`LRT Lembah`), also holds the names whose own name of three words or more it is the
    initials of (`PT Lintas Rel Terpadu`), except, with a region, the body the tables list under
    that acronym when its kind has a body in each region (`_branch`: `DPR Lembah`, a province's
    parliament, is never the national one)."""
    groups: dict[str, list[str]] = defaultdict(list)
    for e in sorted(orgs):
        groups[own_name(e[4:])].append(e)
    by_initials: dict[str, list[str]] = defaultdict(list)
    for k, members in groups.items():
        if len(k.split()) > 2:
            by_initials[initials(k.split())].extend(members)
    for k, members in groups.items():
        words = k.split()
        acronym = any(words[0].upper() in m[4:].split() for m in members)
        if acronym and len(words) <= 2 and len(words[0]) >= 3 and words[0].isalpha():
            if len(words) == 1:
                members.extend(by_initials.get(words[0], []))
            elif (place := link("LOC", words[1])[0]) is not None:
                members.extend(
                    m for m in by_initials.get(words[0], []) if not _branch(m[4:], words[0], place)
                )
    return groups


class _Resolver:
    """The joins of one corpus, from its (doc_id, document identity) rows."""

    def __init__(
        self,
        counts: pd.Series,
        titles: set[tuple[str, str]],
        generic: set[tuple[str, str]],
        shorts: dict[tuple[str, str], str] | None = None,
    ) -> None:
        self.titles = titles
        self.shorts = shorts or {}  # (doc_id, identity) named by one word only -> that word
        self.generic = generic  # (doc_id, identity) named only by a bare national-team word
        self.counts: Counter = Counter()  # mentions per document identity
        self.by_doc: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for pair, n in counts.items():
            self.counts[pair[1]] += int(n)
            self.by_doc[pair[0]].append(pair)
        self.n_docs = max(1, len(self.by_doc))

    def run(self) -> tuple[dict[tuple[str, str], str], set[tuple[str, str]]]:
        current = self._vote()
        ambiguous: set[tuple[str, str]] = set()
        self._document_names_first(current, ambiguous)
        self._index(current)
        self._title_overruns(current)
        self._within_documents(current)
        self._bodies_within_documents(current, ambiguous)
        self._defined_acronyms(current)
        self._index(current)
        self._listed_aliases(current, ambiguous)
        self._index(current)
        self._people_across(current, ambiguous)
        self._organizations(current)
        self._index(current)
        self._spellings(current)
        return {p: e for p, e in current.items() if e != p[1]}, ambiguous

    def _index(self, current: dict) -> None:
        """The identities of each document, the documents of each identity."""
        self.entities: dict[str, set[str]] = {
            d: {current[p] for p in pairs} for d, pairs in self.by_doc.items()
        }
        self.where: dict[str, list[str]] = defaultdict(list)
        for d, ents in self.entities.items():
            for e in ents:
                self.where[e].append(d)

    def _df(self, entity: str) -> int:
        return len(self.where.get(entity, ()))

    # --- labels ------------------------------------------------------------------------------

    def _vote(self) -> dict[tuple[str, str], str]:
        """Every pair's identity with the name's corpus label and usual spelling."""
        votes: dict[str, Counter] = defaultdict(Counter)
        mentions: dict[str, Counter] = defaultdict(Counter)
        spellings: dict[str, Counter] = defaultdict(Counter)
        for entity, n in self.counts.items():
            label, name = entity.split(":", 1)
            mentions[_key(name)][label] += n
            spellings[_key(name)][name] += n
        for pairs in self.by_doc.values():
            for _, entity in pairs:
                label, name = entity.split(":", 1)
                votes[_key(name)][label] += 1
        group = _label_groups(spellings)
        group_votes: dict[str, Counter] = defaultdict(Counter)
        group_mentions: dict[str, Counter] = defaultdict(Counter)
        for k, vote in votes.items():
            group_votes[group[k]].update(vote)
            group_mentions[group[k]].update(mentions[k])
        identity = {}
        for k in votes:
            name = usual_spelling(spellings[k])
            g = group[k]
            label = vote_label(name, group_votes[g], group_mentions[g])
            identity[k] = f"{label}:{canonical(label, name)}"
        out = {}
        for pairs in self.by_doc.values():
            as_body = {_key(e.split(":", 1)[1]) for _, e in pairs if e.startswith("ORG:")}
            for pair in pairs:
                label, name = pair[1].split(":", 1)
                out[pair] = identity[_key(name)]
                if label == "LOC" and _key(name) not in as_body and _metonym(name):
                    out[pair] = f"LOC:{canonical('LOC', name)}"  # `Senayan`, the place
        return out

    # --- people ------------------------------------------------------------------------------

    def _within_documents(self, current: dict) -> None:
        """A person's short form joins the one longer name of its own document holding it."""
        for pairs in self.by_doc.values():
            people = {current[p]: _person_words(current[p][4:]) for p in pairs
                      if current[p].startswith("PER:")}  # fmt: skip
            if len(people) < 2:
                continue
            target = {}
            for short, words in people.items():
                if len(words) != 1 or people_table.lookup(short[4:]):
                    continue
                found = _holders(words, people) or _short_form_holders(words[0], people)
                if len(found) == 1:
                    target[short] = found[0]
            for p in pairs:
                current[p] = target.get(current[p], current[p])

    def _bodies_within_documents(self, current: dict, ambiguous: set) -> None:
        """Within a document: a bare regional body (`DPRD`, or `BPBD` by its full name) is the
        one body of that kind there, else `ambiguous`; an acronym and a place (`LKPN Lembah`) is
        the body the acronym abbreviates there (`PT Lembaga Kajian Pangan Nusantara`); a bare
        national-team word is the one other country's team there when the home team is not
        named otherwise."""
        home_team = organizations.lookup(NATIONAL_TEAM_WORDS[0])
        home = f"ORG:{home_team.name}" if home_team is not None else None
        for doc, pairs in self.by_doc.items():
            now = {current[p] for p in pairs}
            orgs = [e[4:] for e in now if e.startswith("ORG:")]
            target = {}
            for e in now:
                label, name = e.split(":", 1)
                kind = _regional_kind(name) if label == "ORG" else None
                if kind is not None:
                    bodies = [o for o in orgs if o.casefold().split()[0] == kind and o != name]
                    if len(bodies) == 1:
                        target[e] = f"ORG:{bodies[0]}"
                    else:
                        ambiguous.update(p for p in pairs if current[p] == e)
            for a, b in _acronym_place_pairs(orgs):
                target[f"ORG:{b}"] = f"ORG:{a}"
            if home in now and (doc, home) in self.generic:
                teams = [o for o in orgs if _national_team_of(o) and f"ORG:{o}" != home]
                if len(teams) == 1:
                    target[home] = f"ORG:{teams[0]}"
            for p in pairs:
                current[p] = target.get(current[p], current[p])

    def _defined_acronyms(self, current: dict) -> None:
        """An acronym a document names only by its letters (`PKS`), where the document names
        another entity whose capitalized words have those initials (`Program Kampung Sehat`,
        a bill's `RUU Perlindungan Kawasan Sungai`; not a person) that the tables do not list
        (a listed body has its own acronym) and that does not hold the body's name (`Gedung X`),
        is that entity in that document, not the body the tables give the letters (a party):
        the document's own definition comes first."""
        for pairs in self.by_doc.values():
            names = {current[p] for p in pairs}
            for p in pairs:
                form = self.shorts.get(p, "")
                if not (form.isupper() and form.isalpha() and len(form) >= 2):
                    continue
                if current[p][4:] == form or not _body_of(current[p][4:], form):
                    continue  # the tables do not give the letters this body
                body = own_name(current[p][4:])
                found = [
                    e for e in names
                    if e != current[p] and not e.startswith("PER:")
                    and form.casefold() in _name_initials(e[4:])
                    and body not in own_name(e[4:]) and organizations.lookup(e[4:]) is None
                ]  # fmt: skip
                if len(found) == 1:
                    current[p] = found[0]

    def _title_overruns(self, current: dict) -> None:
        """A person's name only a title gives, whose opening words are a fuller name the corpus
        knows, is that name (a headline's `Rangga Wiratama Tampil`: `Rangga Wiratama`)."""
        names = {tuple(e[4:].casefold().split()): e for e in self.where if e.startswith("PER:")}
        for pair in self.titles:
            now = current.get(pair, "")
            words = tuple(now[4:].casefold().split())
            if not now.startswith("PER:") or len(words) < 3:
                continue
            for n in range(len(words) - 1, 1, -1):
                found = names.get(words[:n])
                if found is not None:
                    current[pair] = found
                    break

    def _document_names_first(self, current: dict, ambiguous: set) -> None:
        """A one-word person's name that the people table gives a listed person keeps its own
        row, `ambiguous`, where its document names other people whose names hold the word
        (`Habibie` beside `Rendra Habibie` and `Sekar Habibie`; `Emil` beside a listed `Emil
        Lembah`) and not the listed person in full: the document's own full names come before
        the table's alias."""
        for pairs in self.by_doc.values():
            full = [
                set(_person_words(p[1][4:]))
                for p in pairs
                if p[1].startswith("PER:") and len(_person_words(p[1][4:])) > 1
            ]
            if not full:
                continue
            named = {current[p] for p in pairs if len(_person_words(p[1][4:])) > 1}
            for p in pairs:
                words = _person_words(p[1][4:]) if p[1].startswith("PER:") else ()
                if current[p] in named:
                    continue  # the document names the listed person in full too
                if len(words) == 1 and current[p] != p[1] and any(words[0] in f for f in full):
                    current[p] = p[1]
                    ambiguous.add(p)

    def _listed_aliases(self, current: dict, ambiguous: set) -> None:
        """A document naming a listed person by one word of the table's aliases only (`Gibran`)
        where the corpus has unlisted people whose names hold that word (`Gibran Lembah
        Putra`): the context decides among them and the listed person; else the word keeps its
        own row, `ambiguous`. So does a word whose own document names another person holding
        it (`Emil` beside `Emil Lembah`) and not the listed person in full."""
        before = dict(current)
        holders: dict[str, set[str]] = defaultdict(set)
        for e in self.where:
            words = _person_words(e[4:]) if e.startswith("PER:") else ()
            if len(words) > 1 and not people_table.lookup(e[4:]):
                for w in words:
                    holders[w].add(e)
        for pair, form in self.shorts.items():
            now = current.get(pair, "")
            words = _person_words(form)
            if not now.startswith("PER:") or len(words) != 1 or now[4:].casefold() == words[0]:
                continue
            if people_table.lookup(form) != now[4:]:
                continue
            if any(current[q] == now for q in self.by_doc[pair[0]] if q not in self.shorts):
                continue  # the document names the listed person in full too
            if self._rivals(pair[0], now, words, before):
                current[pair] = f"PER:{display_name(form)}"
                ambiguous.add(pair)
                continue
            if not holders.get(words[0]):
                continue
            chosen = self._by_context(pair[0], now, [now, *sorted(holders[words[0]])])
            if chosen is None:
                current[pair] = f"PER:{display_name(form)}"
                ambiguous.add(pair)
            else:
                current[pair] = chosen

    def _people_across(self, current: dict, ambiguous: set) -> None:
        """A person's name of one or two words joins the corpus name holding it that its
        document's context points to; else it is `ambiguous` when any name holds it. Where its
        own document names other people holding it (`_rivals`), it joins no one of another
        document: with one such person, that person is the only candidate; with several, it
        is `ambiguous`."""
        before = dict(current)
        words = {e: _person_words(e[4:]) for e in self.where if e.startswith("PER:")}
        index: dict[str, set[str]] = defaultdict(set)
        shorts: dict[str, set[str]] = defaultdict(set)  # short form -> names with such a word
        for e, w in words.items():
            if len(w) > 1:
                for part in w:
                    index[part].add(e)
                    shorts[spelling_key(part)].add(e)
                    for n in range(MIN_SHORT_FORM_LETTERS, len(part)):
                        shorts[part[:n]].add(e)
        for pair, now in list(current.items()):
            own = words.get(now)
            if not own or len(own) > 2 or people_table.lookup(now[4:]):
                continue
            pool = set.intersection(*(index.get(w, set()) for w in own))
            if len(own) == 2:  # a two-word name: only names of three words or more hold it
                pool = {e for e in pool if len(words[e]) > 2}
            found = _holders(own, {e: words[e] for e in pool})
            if not found and len(own) == 1:
                near = shorts.get(own[0], set()) | shorts.get(spelling_key(own[0]), set())
                found += _short_form_holders(own[0], {e: words[e] for e in near - pool})
            if not found:
                continue
            rivals = self._rivals(pair[0], now, own, before)
            if len(rivals) > 1:
                ambiguous.add(pair)
                continue
            found = rivals or found
            chosen = self._by_context(pair[0], now, found, people=True)
            if chosen is None:
                ambiguous.add(pair)
            else:
                current[pair] = chosen
        self._unrelated_namesakes(current, ambiguous)

    def _rivals(self, doc_id: str, own: str, words: tuple[str, ...], current: dict) -> list[str]:
        """The other people of a document whose names (as the document or `current` gives
        them) hold `words` (a one-word name also as their words' short form), by their
        `current` identity."""
        found = set()
        for q in self.by_doc[doc_id]:
            now = current.get(q, q[1])
            if own in (q[1], now):
                continue
            for e in (q[1], now):
                other = _person_words(e[4:]) if e.startswith("PER:") else ()
                if len(other) > len(words) and (
                    set(words) <= set(other)
                    or (len(words) == 1 and any(is_short_form(words[0], w) for w in other))
                ):
                    found.add(now)
        return sorted(found)

    def _unrelated_namesakes(self, current: dict, ambiguous: set) -> None:
        """A one-word person's name the tables do not list, left as it is in documents that
        share no rare identity with each other (two stories' `Aris`), may name several
        people: `ambiguous`."""
        self._index(current)
        for name, docs in self.where.items():
            words = _person_words(name[4:]) if name.startswith("PER:") else ()
            if len(words) != 1 or len(docs) < 2 or people_table.lookup(name[4:]):
                continue
            if not _connected(docs, functools.partial(self._linked, own=name)):
                ambiguous.update(p for d in docs for p in self.by_doc[d] if current[p] == name)

    def _linked(self, a: str, b: str, own: str) -> bool:
        shared = (self.entities[a] & self.entities[b]) - {own}
        return any(self._rare(e) for e in shared)

    def _by_context(
        self, doc_id: str, own: str, candidates: Sequence[str], people: bool = False
    ) -> str | None:
        """The candidate whose documents share the most rare entities with this document
        (each weighing 1 / its documents), when it has any and clearly leads. For `people`,
        only identities that say who are context (`says_who`), and a name several candidates
        hold (a common first name or surname) needs `MIN_SHARED_FOR_COMMON_NAMES` shared
        entities."""
        context = {e for e in self.entities[doc_id] - {own} if self._rare(e)}
        if people:
            context = {e for e in context if self._says_who(e)}
        scores = []
        for cand in candidates:
            shared: set[str] = set()
            for d in self.where.get(cand, ()):
                if d != doc_id:
                    shared |= context & self.entities[d]
            scores.append((sum(1 / self._df(e) for e in shared), len(shared), cand))
        scores.sort(reverse=True)
        best, n_shared, winner = scores[0]
        runner = scores[1][0] if len(scores) > 1 else 0.0
        if people and len(candidates) > 1 and n_shared < MIN_SHARED_FOR_COMMON_NAMES:
            return None
        return winner if best > 0 and best >= LEAD * runner else None

    def _rare(self, entity: str) -> bool:
        return 2 <= self._df(entity) <= max(2, self.n_docs // RARE)

    def _says_who(self, entity: str) -> bool:
        return says_who(entity, self._df(entity), self.n_docs)

    # --- organizations -----------------------------------------------------------------------

    def _organizations(self, current: dict) -> None:
        """ORG names that differ only by a company form join; a short name joins the one name
        that is it and a place; a place with its city after it joins the place alone."""
        orgs = [e for e in self.where if e.startswith("ORG:")]
        by_key: dict[str, list[str]] = defaultdict(list)
        for e in orgs:
            by_key[org_key(e[4:])].append(e)
        usual = {k: max(v, key=lambda e: (self._df(e), e)) for k, v in by_key.items()}
        homes: dict[str, list[str]] = defaultdict(list)  # short name -> `short + place` names
        for k in usual:
            words = k.split()
            if len(words) > 1 and link("LOC", " ".join(words[1:]))[0] is not None:
                homes[words[0]].append(k)
        target = {}
        for e in orgs:
            k = org_key(e[4:])
            found = homes.get(k, [])
            if len(found) == 1 and places.lookup(k) is None and _same_org(k, found[0]):
                k = found[0]
            if usual[k] != e:
                target[e] = usual[k]
        target.update(self._located_places())
        for pair, now in current.items():
            current[pair] = target.get(now, now)
        self._index(current)
        self._own_names(current)
        self._index(current)
        self._org_variants(current)

    def _own_names(self, current: dict) -> None:
        """ORG names with one `own_name` (`PS Lembah Raya`, `Lembah Raya FC`), or an acronym
        (and a place) that is the initials of another's own name (`LRT Lembah`, `PT Lintas Rel
        Terpadu`), are one organization when a document names both or their documents share
        context, unless the tables list them as two bodies. The most documented name stays."""
        groups = own_name_groups(e for e in self.where if e.startswith("ORG:"))
        target: dict[str, str] = {}
        for members in groups.values():
            if len(members) < 2:
                continue
            usual = max(members, key=lambda e: (self._df(e), e))
            for e in members:
                if e != usual and e not in target and self._org_support(e, usual):
                    target[e] = usual
        for pair, now in current.items():
            seen = {now}
            while now in target and target[now] not in seen:
                now = target[now]
                seen.add(now)
            current[pair] = now

    def _org_variants(self, current: dict) -> None:
        """An organization with and without a country after its name (`Lembah Air Indonesia`,
        `Lembah Air`) is one in each document that names both or whose context points to the
        other name (`says_who`: no regions, no channels), when the corpus has one country
        form of the name, the name is no kind of body in common words (`Kementerian Luar
        Negeri`), no national team, and the tables do not list two bodies; the name the tables
        list, else the most documented, is the row. A name with its web domain (`Warta
        Lembah.com`) and without are one outlet when the tables know the bare name as an outlet
        or not at all: the most documented name stays."""
        orgs = {e[4:]: e for e in self.where if e.startswith("ORG:")}
        countries: dict[str, list[str]] = defaultdict(list)
        for name in orgs:
            bare = _without_country(name)
            if bare in orgs and _country_form_joins(bare, name):
                countries[bare].append(orgs[name])
        other: dict[str, str] = {}  # the form that joins the row's name -> that name
        for bare, found in countries.items():
            if len(found) == 1:
                forms = sorted((orgs[bare], found[0]), key=self._usual_org)
                other[forms[0]] = forms[1]
        target = {}
        for name, e in orgs.items():
            bare = _without_domain(name)
            if bare is not None and bare in orgs and _outlet_or_unknown(bare):
                ranked = sorted((e, orgs[bare]), key=lambda x: (self._df(x), x))
                target[ranked[0]] = ranked[1]
        for pair, now in current.items():
            row = other.get(now)
            if row is not None and (
                row in self.entities[pair[0]]
                or self._by_context(pair[0], now, [row], people=True) is not None
            ):
                current[pair] = row
            else:
                current[pair] = target.get(now, now)

    def _usual_org(self, e: str) -> tuple:
        """The order of an organization's names by which is its row: listed, documented."""
        return (organizations.listed(e[4:]) is not None, self._df(e), e)

    def _org_support(self, a: str, b: str) -> bool:
        known_a, known_b = organizations.listed(a[4:]), organizations.listed(b[4:])
        if known_a is not None and known_b is not None and known_a != known_b:
            return False
        together = set(self.where.get(a, ())) & set(self.where.get(b, ()))
        return bool(together) or self._share_context(a, b)

    def _located_places(self) -> dict[str, str]:
        """A place of two words or more with the city or region it is in after its name (`Gedung
        Lembah Raya Jakarta`) joins the name alone, when the corpus has it and the tables do not
        know the longer name as a place of its own."""
        from .components.gazetteer import common_words

        names = {e[4:].casefold(): e for e in self.where if e.startswith("LOC:")}
        target = {}
        for e in names.values():
            words = e[4:].split()
            if len(words) < 3 or link("LOC", e[4:])[0] is not None:
                continue
            short = names.get(canonical("LOC", " ".join(words[:-1])).casefold())
            area = places.lookup(words[-1])
            if (short is not None and area is not None and area.type in AREA_TYPES
                    and not all(w.casefold() in common_words() for w in words[:-1])):  # fmt: skip
                target[e] = short
        return target

    # --- spellings ---------------------------------------------------------------------------

    def _spellings(self, current: dict) -> None:
        """A person's full name written with an initial (`Rangga W Putra`), or one letter off a
        more frequent one, and any name of two words or more in another spelling of the same
        words (`spelling_key`: `Soebroto`, `Subroto`) join the full or usual name when their
        documents share a rare entity."""
        names = Counter(current.values())
        buckets: dict[tuple, list[str]] = defaultdict(list)
        for e in names:
            label, name = e.split(":", 1)
            words = name.casefold().split()
            if label != "PER" or len(words) < 2:
                continue
            for i, w in enumerate(words):
                if len(w) >= MIN_MISSPELT_LETTERS or _is_initial(w):
                    buckets[(*words[:i], "*", *words[i + 1 :])].append(e)
        target: dict[str, str] = {}
        for group in buckets.values():
            for short in group:
                full = [e for e in group if _initial_of(short, e)]
                if len(full) == 1 and self._share_context(short, full[0]):
                    target[short] = full[0]
            for rare in group:
                if rare in target:
                    continue
                near = [
                    e for e in group
                    if e != rare and names[e] > names[rare]
                    and _one_edit(e.casefold(), rare.casefold())
                    and not _initial_of(e, rare)
                ]  # fmt: skip
                if len(near) == 1 and self._share_context(rare, near[0]):
                    target[rare] = near[0]
        self._dropped_initials(names, target)
        by_spelling: dict[tuple, list[str]] = defaultdict(list)
        for e in names:
            label, name = e.split(":", 1)
            if len(name.split()) > 1:
                by_spelling[(label, *map(spelling_key, name.split()))].append(e)
        for group in by_spelling.values():
            usual = max(group, key=lambda e: (is_known(*e.split(":", 1)), names[e], e))
            for e in group:
                if e != usual and e not in target and self._share_context(e, usual):
                    target[e] = usual
        for pair, now in current.items():
            current[pair] = target.get(now, now)

    def _dropped_initials(self, names: Counter, target: dict[str, str]) -> None:
        """A person's name with one initial between its words (`Rangga W Putra`) joins the
        name without it (`Rangga Putra`) when a document names both or their documents share
        an identity that says who (`says_who`)."""
        plain = {tuple(e[4:].casefold().split()): e for e in names if e.startswith("PER:")}
        for e in names:
            words = e[4:].split()
            if not e.startswith("PER:") or len(words) < 3 or e in target:
                continue
            inner = [i for i in range(1, len(words) - 1) if _is_initial(words[i])]
            if len(inner) != 1:
                continue
            found = plain.get(tuple(w.casefold() for i, w in enumerate(words) if i != inner[0]))
            if found is not None and self._people_support(e, found):
                target[e] = found

    def _people_support(self, a: str, b: str) -> bool:
        """Whether a document names both `a` and `b`, or a document of each names a same
        identity that says who (`says_who`)."""
        docs_a, docs_b = set(self.where.get(a, ())), set(self.where.get(b, ()))
        if docs_a & docs_b:
            return True
        seen_a = set().union(*(self.entities[d] for d in docs_a)) - {a}
        seen_b = set().union(*(self.entities[d] for d in docs_b)) - {b}
        return any(self._says_who(e) for e in seen_a & seen_b)

    def _share_context(self, a: str, b: str) -> bool:
        """Whether a document of `a` and one of `b` name a same rare entity."""
        seen_a = set().union(*(self.entities[d] for d in self.where.get(a, ()))) - {a}
        seen_b = set().union(*(self.entities[d] for d in self.where.get(b, ()))) - {b}
        return any(self._rare(e) for e in seen_a & seen_b)


def _label_groups(spellings: dict[str, Counter]) -> dict[str, str]:
    """Each name key's group: a name the tables know under one label only (`Hong Kong`, a
    place) and that label's canonical name, which vote on one label together."""
    parent = {k: k for k in spellings}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for k, names in spellings.items():
        name = usual_spelling(names)
        known = [label for label in ("ORG", "LOC") if is_known(label, name)]
        if len(known) != 1 or _case_differs(known[0], name):
            continue
        other = _key(canonical(known[0], name))
        if other in parent:
            parent[find(other)] = find(k)
    return {k: find(k) for k in spellings}


@functools.lru_cache(maxsize=65536)
def _metonym(name: str) -> bool:
    """Whether the tables list `name` as another name of a body that shares no word with the
    body's name or acronym: a place standing for the body (`Senayan` for the parliament). A
    mention tagged as a place stays the place unless its document tags it as the body. A
    club's or platform's other name (`TYPED_KINDS`: `Juve`) is no place: the vote makes it ORG."""
    org = organizations.lookup(name)
    if org is None or org.kind in TYPED_KINDS:
        return False
    own = {w.casefold() for w in f"{org.name} {org.acronym or ''}".replace("-", " ").split()}
    return not own & {w.casefold() for w in name.replace("-", " ").split()}


def _case_differs(label: str, name: str) -> bool:
    """Whether the tables list `name` as an acronym written otherwise (`Oki`: `OKI`)."""
    org = organizations.lookup(name) if label == "ORG" else None
    acronym = org.acronym if org is not None else None
    return bool(acronym) and acronym.casefold() == name.casefold() and acronym != name


def usual_spelling(spellings: Counter) -> str:
    """The form of a name to show: the most mentioned one written in mixed case, else the most
    mentioned."""
    mixed = [n for n in spellings if not (n.isupper() or n.islower())]
    pool = mixed or list(spellings)
    return max(pool, key=lambda n: (spellings[n], n))


def _connected(items: Sequence[str], linked) -> bool:
    """Whether the graph over `items` with an edge where `linked(a, b)` is connected."""
    seen, todo = {items[0]}, [items[0]]
    while todo:
        a = todo.pop()
        for b in items:
            if b not in seen and linked(a, b):
                seen.add(b)
                todo.append(b)
    return len(seen) == len(items)


def _one_edit(a: str, b: str) -> bool:
    """Whether `b` is `a` with one letter changed, added or dropped."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :] if len(a) < len(b) else a[i + 1 :] == b[i:]


def _is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1 and word[:1].isalpha()


def _initial_of(short: str, full: str) -> bool:
    """`Laode M Syarif` of `Laode Muhammad Syarif`: the same words but one written as its
    initial."""
    a, b = short.split(":", 1)[1].split(), full.split(":", 1)[1].split()
    if len(a) != len(b):
        return False
    odd = [(x, y) for x, y in zip(a, b, strict=True) if x.casefold() != y.casefold()]
    return len(odd) == 1 and _is_initial(odd[0][0]) and odd[0][1][:1] == odd[0][0][:1]


def _same_org(short: str, long: str) -> bool:
    """Whether a short name may be the longer one: the tables do not know it as another."""
    known = organizations.lookup(short)
    return known is None or known == organizations.lookup(long)


def _regional_kind(name: str) -> str | None:
    """The word of a bare regional body (`REGIONAL_BODIES`: `dprd`), written so or as the name
    the tables give it (`Badan Penanggulangan Bencana Daerah` for `BPBD`), else None."""
    folded = name.casefold()
    if folded in REGIONAL_BODIES:
        return folded
    return _regional_names().get(folded)


@functools.cache
def _regional_names() -> dict[str, str]:
    names = {}
    for word in REGIONAL_BODIES:
        org = organizations.lookup(word)
        if org is not None and org.acronym and org.acronym.casefold() == word:
            names[org.name.casefold()] = word
    return names


def _without_country(name: str) -> str | None:
    """`name` without the country of one or two words after it (`Lembah Air Indonesia`), else
    None."""
    words = name.split()
    for n in (1, 2):
        if len(words) > n:
            place = places.lookup(" ".join(words[-n:]))
            if place is not None and place.type == "country":
                return " ".join(words[:-n])
    return None


def _country_form_joins(bare: str, name: str) -> bool:
    """Whether `bare` with a country after it (`name`) may be the same body: `bare` is no kind
    of body in common words, no national-team word, and not listed as another body."""
    from .components.gazetteer import common_words

    folded = bare.casefold()
    if folded in NATIONAL_TEAM_WORDS or all(w in common_words() for w in folded.split()):
        return False
    known, longer = organizations.lookup(bare), organizations.lookup(name)
    return known is None or longer is None or known == longer


def _without_domain(name: str) -> str | None:
    """An outlet's name without its web domain (`Warta Lembah.com`: `Warta Lembah`), else
    None."""
    found = WEB_DOMAIN.search(name)
    return name[: found.start()] if found and found.start() > 0 else None


def _outlet_or_unknown(name: str) -> bool:
    """Whether the tables know `name` as a news outlet, or not at all."""
    known = organizations.lookup(name)
    return organizations.outlet_name(name) is not None or known is None or known.kind == "media"


def _name_initials(name: str) -> set[str]:
    """The initials of a name's capitalized words, and without its first word when that is
    written in capitals (an acronym before the name: `RUU`, `PT`)."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isupper()]
    if not all(w.replace(".", "").isalpha() for w in words):
        return set()  # a number or code among the words (`Rp7,943`): no name to define
    found = {initials(words)}
    if len(words) > 2 and words[0].isupper():
        found.add(initials(words[1:]))
    return found - {""}


def _branch(name: str, acronym: str, place: str) -> bool:
    """Whether `acronym` with `place` names a region's own body apart from `name`: the tables
    list `name` as the acronym's body, of a kind with a body in each region
    (`BRANCHED_KINDS`), and the place is no country (`AJI Indonesia` is the national one)."""
    known = organizations.lookup(name)
    if not _body_of(name, acronym) or known is None or known.kind not in BRANCHED_KINDS:
        return False
    area = places.lookup(place)
    return area is None or area.type != "country"


def _body_of(name: str, acronym: str) -> bool:
    """Whether the tables list `name` as the body `acronym` names (`Komisi Pemilihan Umum`,
    `KPU`)."""
    known = organizations.lookup(name)
    return known is not None and (known.acronym or "").casefold() == acronym.casefold()


def _acronym_place_pairs(orgs: Sequence[str]) -> list[tuple[str, str]]:
    """(`LKPN Lembah`, `PT Lembaga Kajian Pangan Nusantara`): an acronym and a place, and the
    one other name the acronym abbreviates (company forms aside), unless the tables list that
    name as the body of the acronym (`Komisi Pemilihan Umum`, the national one, beside `KPU
    Lembah`)."""
    pairs = []
    for a in orgs:
        words = [w for w in a.split() if w.casefold().strip("().") not in COMPANY_FORMS]
        if len(words) < 2 or not words[0].isupper() or words[0].casefold() in LEADING_FORMS:
            continue  # a club form before a city is a club (`FC Lembah`)
        if link("LOC", " ".join(words[1:]))[0] is None:
            continue
        found = [
            b for b in orgs
            if b != a and initials(org_key(b).split()) == words[0].lower()
            and words[0] not in b.split()
        ]  # fmt: skip
        if len(found) == 1 and not _body_of(found[0], words[0]):
            pairs.append((a, found[0]))
    return pairs


def _national_team_of(org: str) -> bool:
    """Whether `org` is a national-team word and a country (`Timnas Lembah`)."""
    folded = org.casefold()
    for word in NATIONAL_TEAM_WORDS:
        if folded.startswith(word + " "):
            place = places.lookup(org[len(word) + 1 :])
            return place is not None and place.type == "country"
    return False


def spelling_key(word: str) -> str:
    """A word in the current spelling with doubled letters written once (`Soebroto`,
    `Subroto`: `subroto`; `Farrah`: `farah`)."""
    key = word.casefold()
    for old, new in OLD_SPELLINGS:
        key = key.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", key)


def is_short_form(short: str, word: str) -> bool:
    """Whether a one-word name is a short form of a longer name's word: the word's opening
    (`Rangga` of `Ranggawarsita`, `MIN_SHORT_FORM_LETTERS`+ letters) or the word in another
    spelling (`Farah`, `Farrah`)."""
    short, word = short.casefold(), word.casefold()
    if short == word:
        return False
    if len(short) >= MIN_SHORT_FORM_LETTERS and word.startswith(short):
        return True
    return min(len(short), len(word)) >= MIN_SHORT_FORM_LETTERS and (
        spelling_key(short) == spelling_key(word)
    )


def _short_form_holders(short: str, names: dict[str, tuple[str, ...]]) -> list[str]:
    """The names of two words or more with a word `short` is a short form of."""
    return sorted(
        e for e, words in names.items()
        if len(words) > 1 and any(is_short_form(short, w) for w in words)
    )  # fmt: skip


def _holders(words: tuple[str, ...], names: dict[str, tuple[str, ...]]) -> list[str]:
    """The longest names whose words hold all of `words` (no other holder holds theirs)."""
    own = set(words)
    found = {e: set(w) for e, w in names.items() if w and own < set(w)}
    return sorted(e for e, w in found.items() if not any(w < other for other in found.values()))


def canonical(label: str, name: str) -> str:
    """The name the tables give `name` under `label` (or one of its `table_forms`), else
    `name` (a building: with its body's full name)."""
    if label == "PER":
        return people_table.lookup(name) or name
    forms = table_forms(label, name)
    for form in forms:
        found = link(label, form)[0]
        if found:
            return found
    return forms[-1] if label == "LOC" else name


def table_forms(label: str, name: str) -> list[str]:
    """`name` and the forms of it the tables may list: hyphens as spaces (`DPR-RI`), without a
    kind word the tables' kind confirms (`Partai X` of a listed party X) or a level word
    (`KONI Pusat`), a building with its body's full name (`Gedung DPR`)."""
    forms = [name]
    spaced = " ".join(name.replace("-", " ").split())
    if spaced != name and label == "ORG":
        forms.append(spaced)
    words = name.split()
    if len(words) < 2:
        return forms
    first, rest = words[0].casefold(), " ".join(words[1:])
    if label == "ORG":
        org = organizations.lookup(rest)
        if org is not None and KIND_WORDS.get(first) == org.kind:
            forms.append(rest)
        if words[-1].casefold() in LEVEL_WORDS:
            forms.append(" ".join(words[:-1]))
    if label == "LOC" and first in BUILDING_WORDS:
        body = organizations.lookup(rest)
        if body is not None:
            forms.append(f"{words[0][:1].upper()}{words[0][1:]} {body.name}")
    return forms


def vote_label(name: str, votes: Counter, mentions: Counter) -> str:
    """The label of a name across the corpus: the one a type lexicon gives it, else the one
    the tables know it by among those voted, else the most documents', the most mentions',
    then `tie_label`'s."""
    typed = typed_label(name)
    if typed is not None:
        return typed
    if len(votes) == 1:
        return next(iter(votes))
    known = [label for label in votes if is_known(label, name)]
    if len(known) == 1:
        return known[0]
    ranked = sorted(votes, key=lambda label: (-votes[label], -mentions[label], label))
    top = [label for label in ranked if (votes[label], mentions[label])
           == (votes[ranked[0]], mentions[ranked[0]])]  # fmt: skip
    if len(top) == 1:
        return top[0]
    return tie_label(top, [name]) or top[0]


def typed_label(name: str) -> str | None:
    """ORG for a listed club, team, platform, party or outlet (`TYPED_KINDS`), else None."""
    org = organizations.lookup(name)
    if org is not None and org.kind in TYPED_KINDS:
        return "ORG"
    if organizations.outlet_name(name) is not None:
        return "ORG"
    return None


# --- titles ----------------------------------------------------------------------------------


def title_mentions(records: list[dict], title: str, body: str) -> list[dict]:
    """The PER/ORG/LOC mentions of a title that name something: a headline capitalizes every
    word, so a name there runs into the words after it (`Rangga Wiratama Resmi Menikah`). A
    mention keeps its longest opening words that the body writes alike or the tables know, or,
    when longer, its words before the first common word (`Resmi`: a word news text also writes
    in lower case) that the body does not write capitalized; `Rangga Wiratama` either way. One
    with none is dropped. Other mentions (dates) stay as they are."""
    out = []
    for rec in records:
        if rec["label"] not in NAMED_LABELS:
            out.append(rec)
            continue
        kept = _named_prefix(rec["label"], title[rec["start_char"] : rec["end_char"]], body)
        if kept is None:
            continue
        if kept != rec["text"]:
            label = label_of_type(rec["label"], kept)  # `Hong Kong Rayakan …` tagged PER
            value = canonical(label, kept)
            kb_id = link(label, kept)[1] if label == "LOC" else None
            identity = f"{label}:{value}"
            rec = {
                **rec, "label": label, "text": kept, "end_char": rec["start_char"] + len(kept),
                "value": value, "kb_id": kb_id or None, "entity": identity,
                "doc_entity": identity,
            }  # fmt: skip
        out.append(rec)
    return out


def _named_prefix(label: str, text: str, body: str) -> str | None:
    from .components.gazetteer import ordinary_words

    words = text.split(" ")
    common = ordinary_words()
    plain = next(
        (k for k in range(len(words))
         if words[k].lower() in common and not _written_in(words[k], body)),
        len(words),
    )  # fmt: skip
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n]).rstrip(",.:;!?'\"")
        if name and (n <= plain or _written_in(name, body) or _listed(label, name)):
            return name
    return None


def _listed(label: str, name: str) -> bool:
    """Whether the tables list `name` under `label` (not as a head and any words: `PT X`)."""
    if label == "ORG":
        return organizations.listed(name) is not None
    return is_known(label, name)


def _written_in(name: str, body: str) -> bool:
    """Whether `body` has `name` as whole words, as written."""
    import re

    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", body) is not None
