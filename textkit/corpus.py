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
   the corpus name holding it whose documents share context with its own: rare identities
   (named by at most 1 in `RARE` documents), each weighing 1 / its documents, the winner at
   least `LEAD` times the runner-up. Else, when a name holds it, it stays its own row, flagged
   `ambiguous`. Two full names never merge.
5. Organizations: a name with and without its company form are one (`PT Sinar Lestari`); a
   short name joins the one name that is it and a place (`Persikota`, `Persikota Lembah`)
   unless the tables know it as another body.
6. A person's full name written with an initial, or one letter off a more frequent one (a word
   of `MIN_MISSPELT_LETTERS`+ letters), joins the full or usual name when their documents share
   a rare identity.

`entity` becomes the corpus identity; `doc_entity` keeps the document's, `ambiguous` flags the
unresolved short forms.
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

import pandas as pd
from spacy.tokens import Doc

from . import organizations, places
from . import people as people_table
from .components.identity import is_known, label_of_type, name_words, tie_label
from .components.linker import link
from .labels import NAMED_LABELS
from .lang.identity import COMPANY_FORMS, MIN_MISSPELT_LETTERS, TYPED_KINDS, is_title

LEAD = 2.0  # a context winner's score must be this many times the runner-up's
RARE = 10  # an entity is context when at most 1 in RARE documents (and at least 2) name it


def resolve(mentions: pd.DataFrame) -> pd.DataFrame:
    """The mentions with `entity` set to the corpus identity, `doc_entity` (the document's
    identity) and `ambiguous` (a short name that fits several entities of the corpus).

    Takes a mentions table (`read_results`, `mentions_frame`); a table already resolved is
    resolved again from its `doc_entity`, so the result depends only on the document identities.
    """
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
    doc_entity = doc_entity.where(named, None)
    out["doc_entity"] = doc_entity
    out["ambiguous"] = False
    if not named.any():
        return out
    rows = out.loc[named, ["doc_id"]].assign(entity=doc_entity[named].astype(str))
    titles: set[tuple[str, str]] = set()  # (doc_id, identity) named in the title only
    if "section" in out:
        in_title = out.loc[named, "section"].fillna("body") == "title"
        only = in_title.groupby([rows["doc_id"], rows["entity"]]).all()
        titles = set(only[only].index)
    mapping, ambiguous = _Resolver(rows, titles).run()
    pairs = list(zip(rows["doc_id"], rows["entity"], strict=True))
    out["entity"] = out["entity"].astype(object) if "entity" in out else None
    out.loc[named, "entity"] = [mapping.get(p, p[1]) for p in pairs]
    out.loc[named, "ambiguous"] = [p in ambiguous for p in pairs]
    if "label" in out:
        out.loc[named, "label"] = out.loc[named, "entity"].str.split(":", n=1).str[0]
    return out


def resolve_docs(docs: Iterable[Doc], doc_ids: Iterable[str] | None = None) -> pd.DataFrame:
    """The resolved mentions table of Docs analysed in memory (see `resolve`)."""
    from .frames import mentions_frame

    return resolve(mentions_frame(docs, doc_ids))


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _person_words(name: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in name_words(name) if not is_title(w))


def org_key(name: str) -> str:
    """An organization's name compared without its company form (`PT`, `Tbk`, `(Persero)`)."""
    words = [w for w in name.split() if w.casefold().strip("().") not in COMPANY_FORMS]
    return _key(" ".join(words) if words else name)


class _Resolver:
    """The joins of one corpus, from its (doc_id, document identity) rows."""

    def __init__(self, rows: pd.DataFrame, titles: set[tuple[str, str]]) -> None:
        self.titles = titles
        self.counts = Counter(rows["entity"])  # mentions per document identity
        pairs = dict.fromkeys(zip(rows["doc_id"], rows["entity"], strict=True))
        self.by_doc: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for pair in pairs:
            self.by_doc[pair[0]].append(pair)
        self.n_docs = max(1, len(self.by_doc))

    def run(self) -> tuple[dict[tuple[str, str], str], set[tuple[str, str]]]:
        current = self._vote()
        ambiguous: set[tuple[str, str]] = set()
        self._index(current)
        self._title_overruns(current)
        self._within_documents(current)
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
        identity = {}
        for k, vote in votes.items():
            name = usual_spelling(spellings[k])
            label = vote_label(name, vote, mentions[k])
            identity[k] = f"{label}:{canonical(label, name)}"
        return {
            pair: identity[_key(pair[1].split(":", 1)[1])]
            for pairs in self.by_doc.values()
            for pair in pairs
        }

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
                found = _holders(words, people)
                if len(found) == 1:
                    target[short] = found[0]
            for p in pairs:
                current[p] = target.get(current[p], current[p])

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

    def _people_across(self, current: dict, ambiguous: set) -> None:
        """A person's name of one or two words joins the corpus name holding it that its
        document's context points to; else it is `ambiguous` when any name holds it."""
        words = {e: _person_words(e[4:]) for e in self.where if e.startswith("PER:")}
        index: dict[str, set[str]] = defaultdict(set)
        for e, w in words.items():
            if len(w) > 1:
                for part in w:
                    index[part].add(e)
        for pair, now in list(current.items()):
            own = words.get(now)
            if not own or len(own) > 2 or people_table.lookup(now[4:]):
                continue
            pool = set.intersection(*(index.get(w, set()) for w in own))
            if len(own) == 2:  # a two-word name: only names of three words or more hold it
                pool = {e for e in pool if len(words[e]) > 2}
            found = _holders(own, {e: words[e] for e in pool})
            if not found:
                continue
            chosen = self._by_context(pair[0], now, found)
            if chosen is None:
                ambiguous.add(pair)
            else:
                current[pair] = chosen
        self._unrelated_namesakes(current, ambiguous)

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

    def _by_context(self, doc_id: str, own: str, candidates: Sequence[str]) -> str | None:
        """The candidate whose documents share the most rare entities with this document
        (each weighing 1 / its documents), when it has any and clearly leads."""
        context = {e for e in self.entities[doc_id] - {own} if self._rare(e)}
        scores = []
        for cand in candidates:
            shared: set[str] = set()
            for d in self.where.get(cand, ()):
                if d != doc_id:
                    shared |= context & self.entities[d]
            scores.append((sum(1 / self._df(e) for e in shared), cand))
        scores.sort(reverse=True)
        best = scores[0][0]
        runner = scores[1][0] if len(scores) > 1 else 0.0
        return scores[0][1] if best > 0 and best >= LEAD * runner else None

    def _rare(self, entity: str) -> bool:
        return 2 <= self._df(entity) <= max(2, self.n_docs // RARE)

    # --- organizations -----------------------------------------------------------------------

    def _organizations(self, current: dict) -> None:
        """ORG names that differ only by a company form join; a short name joins the one name
        that is it and a place."""
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
        for pair, now in current.items():
            current[pair] = target.get(now, now)

    # --- spellings ---------------------------------------------------------------------------

    def _spellings(self, current: dict) -> None:
        """A person's full name written with an initial (`Rangga W Putra`), or one letter off a
        more frequent one, joins the full or usual name when their documents share a rare
        entity."""
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
        for pair, now in current.items():
            current[pair] = target.get(now, now)

    def _share_context(self, a: str, b: str) -> bool:
        """Whether a document of `a` and one of `b` name a same rare entity."""
        seen_a = set().union(*(self.entities[d] for d in self.where.get(a, ()))) - {a}
        seen_b = set().union(*(self.entities[d] for d in self.where.get(b, ()))) - {b}
        return any(self._rare(e) for e in seen_a & seen_b)


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


def _holders(words: tuple[str, ...], names: dict[str, tuple[str, ...]]) -> list[str]:
    """The longest names whose words hold all of `words` (no other holder holds theirs)."""
    own = set(words)
    found = {e: set(w) for e, w in names.items() if w and own < set(w)}
    return sorted(e for e, w in found.items() if not any(w < other for other in found.values()))


def canonical(label: str, name: str) -> str:
    """The name the tables give `name` under `label`, else `name`."""
    if label == "PER":
        return people_table.lookup(name) or name
    return link(label, name)[0] or name


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
