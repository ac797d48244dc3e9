"""Tidy pandas tables from analysed Docs: one row per entity mention."""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span

from .dates import as_datetime
from .extensions import identity, span_value
from .labels import LABELS, NAMED_LABELS
from .tables import ENTITY_COLUMNS, MENTION_COLUMNS, QUOTE_COLUMNS

if TYPE_CHECKING:
    import pyarrow as pa


def mention_records(
    doc: Doc, doc_id: str | None = None, section: str = "body", text: str | None = None
) -> list[dict]:
    """One dict per entity of `doc`, with the columns of `MENTION_COLUMNS` (`section`: `title`
    or `body`, what the Doc is of; `entity` is the document's identity until `textkit.corpus`
    resolves it). `text`: `doc.text` when the caller has it (spaCy joins the tokens anew on
    every read)."""
    starts = sentence_starts(doc)
    whole = doc.text if text is None else text
    records = []
    current = -1
    for ent in doc.ents:
        while current + 1 < len(starts) and starts[current + 1] <= ent.start:
            current += 1
        text, value, entity = _entity_fields(doc, whole, ent)
        records.append(
            {
                "doc_id": doc_id,
                "sent": current if starts else None,
                "label": ent.label_,
                "text": text,
                "value": value,
                "timex_type": span_value(doc, "timex_type", ent.start_char, ent.end_char),
                "kb_id": ent.kb_id_ or None,
                "start_char": ent.start_char,
                "end_char": ent.end_char,
                "entity": entity,
                "section": section,
                "doc_entity": entity,
                "ambiguous": False if entity else None,
            }
        )
    return records


def _entity_fields(doc: Doc, whole: str, ent: Span) -> tuple[str, str | None, str | None]:
    """`ent.text`, `ent._.value` and `ent._.entity` of an entity of `doc` (`whole`: its text),
    read without making the span's `Underscore`."""
    start, end = ent.start_char, ent.end_char
    text, value = whole[start:end], span_value(doc, "value", start, end)
    return text, value, identity(ent.label_, value, text)


def sentence_starts(doc: Doc) -> list[int]:
    """The token index where each sentence of `doc` starts (those of `doc.sents`), or [] when
    the Doc has no sentence boundaries."""
    if not doc.has_annotation("SENT_START"):
        return []
    if len(doc) < 2:
        return [0]
    flags = doc.to_array([SENT_START])
    return [0, *(np.flatnonzero(flags[1:] == 1) + 1).tolist()]


def _frame(records, docs: Iterable[Doc], doc_ids: Iterable[str] | None, columns) -> pd.DataFrame:
    """The rows `records(doc, doc_id)` gives for each Doc (ids default to 0, 1, 2…)."""
    ids = iter(doc_ids) if doc_ids is not None else None
    rows: list[dict] = []
    for i, doc in enumerate(docs):
        rows.extend(records(doc, next(ids) if ids is not None else str(i)))
    return pd.DataFrame(rows, columns=list(columns))


def mentions_frame(docs: Iterable[Doc], doc_ids: Iterable[str] | None = None) -> pd.DataFrame:
    """A tidy mentions table for Docs analysed in memory (ids default to 0, 1, 2…)."""
    return _frame(mention_records, docs, doc_ids, MENTION_COLUMNS)


def quote_records(
    doc: Doc, doc_id: str | None = None, section: str = "body", text: str | None = None
) -> list[dict]:
    """One dict per statement of `doc` (`doc.spans["quotes"]`), with the columns of
    `QUOTE_COLUMNS`; `section` says which part of the article the Doc is (`speaker_entity`
    and `affiliation_entity` are the document's identities until `textkit.corpus` resolves
    them; `text`: `doc.text`, as for `mention_records`)."""
    spans = doc.spans.get("quotes", [])
    if not len(spans):
        return []
    ents = {(ent.start, ent.end): ent for ent in doc.ents}  # `span._.speaker`, `.affiliation`
    whole = doc.text if text is None else text

    def entity_at(name: str, start: int, end: int):
        where = span_value(doc, name, start, end)
        return None if where is None else ents.get(tuple(where))

    records = []
    for span in spans:
        start, end = span.start_char, span.end_char
        speaker = entity_at("speaker_at", start, end)
        affiliation = entity_at("affiliation_at", start, end)
        speaker_text, _, speaker_entity = (
            _entity_fields(doc, whole, speaker) if speaker is not None else (None, None, None)
        )
        affiliation_entity = (
            _entity_fields(doc, whole, affiliation)[2] if affiliation is not None else None
        )
        records.append(
            {
                "doc_id": doc_id,
                "start_char": start,
                "end_char": end,
                "text": whole[start:end],
                "direct": bool(span_value(doc, "direct", start, end)),
                "cue": span_value(doc, "cue", start, end),
                "speaker_text": speaker_text,
                "speaker_entity": speaker_entity,
                "role": span_value(doc, "role", start, end),
                "affiliation_entity": affiliation_entity,
                "section": section,
                "speaker_doc_entity": speaker_entity,
                "affiliation_doc_entity": affiliation_entity,
            }
        )
    return records


def quotes_frame(docs: Iterable[Doc], doc_ids: Iterable[str] | None = None) -> pd.DataFrame:
    """A tidy statements table (one row per statement) for Docs analysed in memory."""
    return _frame(quote_records, docs, doc_ids, QUOTE_COLUMNS)


# --- Reading batch output ---------------------------------------------------------------

RESULT_FILES = {"documents": "documents.parquet", "mentions": "mentions.parquet"}


class IncompleteResults(UserWarning):
    """Batch output of a run that did not finish: what it saved is read."""


def _saved(out: Path, missing: list[str]) -> dict[str, pa.Table] | None:
    """The batch tables of `out` with an interrupted run's parts folded in (warning
    `IncompleteResults` when there are parts); None when the tables are there and no parts."""
    from .batch.store import PARTS, Store

    if not missing and not (out / PARTS).is_dir():
        return None
    saved = Store(out).read_saved() if out.is_dir() else None
    if saved is None:
        raise FileNotFoundError(
            f"no batch results in {out} (missing {', '.join(missing)}); run `textkit batch` first"
        )
    tables, parts = saved
    if parts:
        warnings.warn(
            f"{out}: a batch run did not finish; reading the {parts} part(s) it saved "
            f"({tables['documents'].num_rows:,} documents). Rerun `textkit batch` into {out} "
            "to complete it",
            IncompleteResults,
            stacklevel=3,
        )
    return tables


def read_results(out: str | Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The documents and mentions tables written by `textkit batch` into `out`. After an
    interrupted run, the parts it saved are read too, with an `IncompleteResults` warning."""
    out = Path(out)
    paths = {name: out / filename for name, filename in RESULT_FILES.items()}
    missing = [str(path) for path in paths.values() if not path.exists()]
    saved = _saved(out, missing)
    if saved is None:
        documents = pd.read_parquet(paths["documents"])
        mentions = pd.read_parquet(paths["mentions"])
    else:
        documents, mentions = saved["documents"].to_pandas(), saved["mentions"].to_pandas()
    if "published" in documents:
        documents["published"] = as_datetime(documents["published"])
    return documents, mentions


QUOTES_FILE = "quotes.parquet"


def read_quotes(out: str | Path) -> pd.DataFrame:
    """The statements table (`quotes.parquet`) written by `textkit batch` into `out`."""
    path = Path(out) / QUOTES_FILE
    saved = _saved(Path(out), []) if Path(out).is_dir() else None  # an interrupted run
    if saved is not None:
        return saved["quotes"].to_pandas()
    if not path.exists():
        raise FileNotFoundError(
            f"no statements table {path}; run `textkit batch` (again) into {out}"
        )
    return pd.read_parquet(path)


# --- Counting -----------------------------------------------------------------------------


def entity_key(mentions: pd.DataFrame) -> pd.Series:
    """The canonical name of each mention: the name of its identity (the `entity` column,
    `PER:Joko Widodo` → `Joko Widodo`), else its `value`, else its text.

    For tables written before the `entity` column, a person's short name (`Suryo`) takes the
    fuller name it is part of (`Suryo Handoko`) when exactly one such name is mentioned in the
    same document.
    """
    text = mentions["text"].astype("string").str.split().str.join(" ")
    value = mentions["value"].astype("string")
    keys = value.where(value.notna() & (value.str.len() > 0), text)
    if "entity" in mentions:
        identity = mentions["entity"].astype("string").str.split(":", n=1).str[1]
        known = identity.notna()
    else:
        identity, known = None, pd.Series(False, index=mentions.index)
    people = (mentions["label"] == "PER") & ~known
    if people.any():
        keys = keys.astype(object)
        keys[people] = _full_names(mentions.loc[people, "doc_id"], keys[people])
        keys = keys.astype("string")
    if identity is not None:
        keys = keys.where(~known, identity)
    return keys


def _full_names(doc_ids: pd.Series, names: pd.Series) -> pd.Series:
    """Each name, or the one fuller name of the same document whose words include it."""
    resolved = names.copy()
    for _doc_id, group in names.groupby(doc_ids, sort=False):
        words = {name: set(name.split()) for name in group.dropna().unique()}
        for index, name in group.dropna().items():
            fuller = [n for n, w in words.items() if w > words[name]]
            if len(fuller) == 1:
                resolved[index] = fuller[0]
    return resolved


def entities_table(
    mentions: pd.DataFrame,
    documents: pd.DataFrame | None = None,
    quotes: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One row per corpus identity of the PER/ORG/LOC mentions (`textkit.corpus.resolve`, run
    here unless the table is resolved already): `entity` (`PER:Joko Widodo`), `label`, `name`,
    `aliases` (the distinct surface forms, most frequent first) and `alias_counts` (their
    mentions), `labels` and `label_counts` (the labels its mentions had before the corpus vote),
    `ambiguous` (a short name that fits several entities, not joined to any), `mentions`,
    `quotes` (statements by the entity; 0 without `quotes`), `documents`, and with `documents`,
    `first_published` and `last_published`."""
    from .corpus import resolve

    if "doc_entity" not in mentions or "ambiguous" not in mentions:
        mentions = resolve(mentions)
    counts = EntityCounts()
    counts.add(mentions)
    named = mentions[mentions["label"].isin(NAMED_LABELS)]
    keys = zip(named["doc_id"], named["doc_entity"], strict=True)
    corpus = dict(zip(keys, named["entity"], strict=True))
    return counts.table(documents, quotes, lambda doc_id, e: corpus.get((doc_id, e), e))


class EntityCounts:
    """The entity table of a resolved mentions table added part by part (`add`): only per
    entity counts are kept, never the mentions, so a table read in parts needs the memory of
    its entities, not of its mentions."""

    def __init__(self) -> None:
        self.parts: dict[str, list[pd.DataFrame]] = {"forms": [], "before": [], "docs": [],
                                                     "flags": []}  # fmt: skip

    def add(self, mentions: pd.DataFrame) -> None:
        """Count one part of a resolved mentions table."""
        named = mentions[mentions["label"].isin(NAMED_LABELS)]
        if named.empty:
            return
        before = named["doc_entity"].astype("string").str.split(":", n=1).str[0]
        name = entity_key(named)
        named = pd.DataFrame({
            "entity": named["label"] + ":" + name,
            "label": named["label"],
            "name": name,
            "form": named["text"].str.split().str.join(" "),
            "before": before.fillna(named["label"]),
            "doc_id": named["doc_id"],
            "ambiguous": named["ambiguous"].fillna(False).astype(bool),
        })  # fmt: skip
        for part, column in (("forms", "form"), ("before", "before"), ("docs", "doc_id")):
            self.parts[part].append(named.groupby(["entity", column]).size().rename("n"))
        flags = named.groupby("entity", sort=False).agg(
            label=("label", "first"), name=("name", "first"), ambiguous=("ambiguous", "any")
        )
        self.parts["flags"].append(flags)

    def table(
        self,
        documents: pd.DataFrame | None = None,
        quotes: pd.DataFrame | None = None,
        speaker: Callable[[str, str], str] | None = None,
    ) -> pd.DataFrame:
        """The entity table (`entities_table`) of the parts added; a quote's speaker counts
        under `speaker(doc_id, speaker_entity)`, its corpus identity."""
        if not self.parts["flags"]:
            return pd.DataFrame(columns=list(ENTITY_COLUMNS))
        flags = pd.concat(self.parts["flags"])
        table = flags.groupby(level=0, sort=False).agg(
            label=("label", "first"), name=("name", "first"), ambiguous=("ambiguous", "any")
        )
        docs = _summed(self.parts["docs"])
        per_entity = docs.groupby(level=0)
        table["mentions"] = per_entity.sum()
        table["documents"] = per_entity.size()
        table["aliases"], table["alias_counts"] = _ranked(_summed(self.parts["forms"]))
        table["labels"], table["label_counts"] = _ranked(_summed(self.parts["before"]))
        if documents is not None and "published" in documents:
            published = as_datetime(documents.set_index("doc_id")["published"])
            dated = pd.DataFrame({
                "entity": docs.index.get_level_values(0),
                # reindexed, not mapped: `Index.map` gives objects when every date is
                # missing, which pandas then groups in Python, one entity at a time
                "published": published.reindex(docs.index.get_level_values(1)).to_numpy(),
            })  # fmt: skip
            dates = dated.groupby("entity")["published"].agg(["min", "max"])
            table["first_published"], table["last_published"] = dates["min"], dates["max"]
        else:
            table["first_published"] = table["last_published"] = pd.NaT
        table["quotes"] = 0
        if quotes is not None and not quotes.empty:
            said = _corpus_speakers(quotes, speaker).value_counts()
            table["quotes"] = table.index.map(said).fillna(0).astype("int64")
        table = table.rename_axis("entity").reset_index()[list(ENTITY_COLUMNS)]
        return table.sort_values(
            ["mentions", "documents", "entity"], ascending=[False, False, True], ignore_index=True
        )


def _summed(parts: list[pd.Series]) -> pd.Series:
    """Counts of several parts, indexed alike, summed."""
    return pd.concat(parts).groupby(level=[0, 1], sort=False).sum()


def _corpus_speakers(quotes: pd.DataFrame, speaker: Callable[[str, str], str] | None) -> pd.Series:
    """The speakers' corpus identities: a quote's article identity (`speaker_doc_entity`, or
    `speaker_entity` in a table without it), which `speaker` maps to the corpus one."""
    speakers = quotes["speaker_entity"]
    if speaker is not None and "speaker_doc_entity" in quotes:
        speakers = quotes["speaker_doc_entity"]
    if "doc_id" not in quotes or speaker is None:
        return speakers
    pairs = zip(quotes["doc_id"], speakers, strict=True)
    return pd.Series([speaker(*p) for p in pairs], index=quotes.index, dtype=object)


def _ranked(counts: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Per entity (the first index level), the values of the second level most frequent first,
    and their counts."""
    frame = counts.rename("n").reset_index()
    entity, column = frame.columns[0], frame.columns[1]
    frame = frame.sort_values([entity, "n", column], ascending=[True, False, True])
    values: dict[str, list] = {}
    numbers: dict[str, list[int]] = {}
    for key, value, n in zip(frame[entity], frame[column], frame["n"], strict=True):
        values.setdefault(key, []).append(value)
        numbers.setdefault(key, []).append(int(n))
    return pd.Series(values, dtype=object), pd.Series(numbers, dtype=object)


def _select(mentions: pd.DataFrame, label: str | Iterable[str] | None) -> pd.DataFrame:
    """Mentions of the given label(s), any case, with an `entity` column (canonical name)."""
    require_columns(mentions, ("label", "text"), "the mentions table (from read_results)")
    if label is not None:
        mentions = mentions[mentions["label"].isin(check_labels(label, mentions))]
    return mentions.assign(entity=entity_key(mentions))


def require_columns(frame: object, columns: Iterable[str], what: str) -> None:
    """TypeError saying what was expected unless `frame` is a DataFrame with `columns`."""
    if not isinstance(frame, pd.DataFrame):
        got = type(frame).__name__
    elif missing := [c for c in columns if c not in frame.columns]:
        got = f"a DataFrame without {', '.join(missing)}"
    else:
        return
    raise TypeError(f"expected {what}, with columns {', '.join(columns)}; got {got}")


def check_labels(label: str | Iterable[str], mentions: pd.DataFrame | None = None) -> list[str]:
    """The label(s) in upper case; ValueError naming the valid labels for an unknown one."""
    labels = [label] if isinstance(label, str) else list(label)
    valid = set(LABELS) | (set(mentions["label"].unique()) if mentions is not None else set())
    unknown = [lab for lab in labels if str(lab).upper() not in valid]
    if unknown:
        raise ValueError(f"unknown label {unknown[0]!r}; labels: {', '.join(LABELS)}")
    return [str(lab).upper() for lab in labels]


def _periods(documents: pd.DataFrame, freq: str) -> pd.Series:
    """Start of each document's period of publication (`freq` such as "W" or "M") by doc_id;
    documents without a publication date are left out."""
    published = as_datetime(documents.set_index("doc_id")["published"])
    return published[published.notna()].dt.to_period(freq).dt.start_time


def _attach(
    mentions: pd.DataFrame, by: str, documents: pd.DataFrame | None
) -> tuple[pd.DataFrame, str]:
    """Mentions with the grouping column for `by` (theirs, a document's, or `period`)."""
    if by in mentions:
        return mentions, by
    if documents is None:
        raise ValueError(f"entity_counts(by={by!r}) needs the documents table")
    if by in documents:
        return mentions.merge(documents[["doc_id", by]], on="doc_id", how="left"), by
    try:
        periods = _periods(documents, by)
    except ValueError as err:
        raise ValueError(f"by must be a column or a pandas period such as 'M', got {by!r}") from err
    return mentions.assign(period=mentions["doc_id"].map(periods)), "period"


def _top_entities(counts: pd.DataFrame, top: int | None) -> pd.DataFrame:
    """The `top` entities of each label by mentions (ties: more documents, then name)."""
    ranked = counts.sort_values(
        ["label", "mentions", "documents", "entity"], ascending=[True, False, False, True]
    )
    return ranked if top is None else ranked.groupby("label", sort=False).head(top)


def _count(mentions: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    grouped = mentions.groupby(keys, dropna=False, sort=False)
    return grouped.agg(mentions=("doc_id", "size"), documents=("doc_id", "nunique")).reset_index()


def entity_counts(
    mentions: pd.DataFrame,
    label: str | Iterable[str] | None = None,
    by: str | None = None,
    top: int | None = None,
    documents: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Mentions and documents per canonical entity (and per `by`), most frequent first.

    `by` is a mentions column, a documents column such as "source" (needs `documents`),
    or a pandas period alias such as "W" or "M" (counts per period of publication).
    `top` keeps the most mentioned entities of each label (overall, when `by` is given).
    """
    selected = _select(mentions, label)
    overall = _top_entities(_count(selected, ["label", "entity"]), top)
    if by is None:
        return overall.sort_values(
            ["mentions", "documents", "label", "entity"], ascending=[False, False, True, True]
        ).reset_index(drop=True)
    keep = overall[["label", "entity"]]
    selected, column = _attach(selected.merge(keep, on=["label", "entity"]), by, documents)
    counts = _count(selected, ["label", "entity", column])
    rank = {key: i for i, key in enumerate(zip(overall["label"], overall["entity"], strict=True))}
    counts["_rank"] = [rank[key] for key in zip(counts["label"], counts["entity"], strict=True)]
    counts = counts.sort_values(["_rank", "mentions", column], ascending=[True, False, True])
    return counts.drop(columns="_rank").reset_index(drop=True)


def quote_counts(
    quotes: pd.DataFrame,
    mentions: pd.DataFrame | None = None,
    label: str | Iterable[str] | None = None,
    top: int | None = None,
) -> pd.DataFrame:
    """Statements per speaker identity, most quoted first: `entity` (`PER:Joko Widodo`),
    `label`, `name`, `statements`, `documents` (with a statement by the speaker), `words`
    (words quoted), `direct` (statements in quote marks) and, with `mentions`, `mentions` (how
    often the entity is named). Statements whose speaker is unknown are not counted; `label`
    keeps speakers of that label (PER or ORG), `top` the most quoted."""
    require_columns(
        quotes, ("doc_id", "text", "direct", "speaker_entity"), "the quotes table (read_quotes)"
    )
    said = quotes[quotes["speaker_entity"].notna()]
    said = said.assign(
        label=said["speaker_entity"].str.split(":", n=1).str[0],
        name=said["speaker_entity"].str.split(":", n=1).str[1],
        words=said["text"].str.split().str.len().fillna(0).astype("int64"),
    )
    if label is not None:
        said = said[said["label"].isin(check_labels(label))]
    counts = (
        said.groupby("speaker_entity", sort=False)
        .agg(
            label=("label", "first"),
            name=("name", "first"),
            statements=("doc_id", "size"),
            documents=("doc_id", "nunique"),
            words=("words", "sum"),
            direct=("direct", "sum"),
        )
        .reset_index()
        .rename(columns={"speaker_entity": "entity"})
    )
    counts["direct"] = counts["direct"].astype("int64")
    if mentions is not None:
        named = mentions[mentions["label"].isin(NAMED_LABELS)]
        keys = named["label"] + ":" + entity_key(named)
        counts["mentions"] = counts["entity"].map(keys.value_counts()).fillna(0).astype("int64")
    counts = counts.sort_values(
        ["statements", "words", "entity"], ascending=[False, False, True], ignore_index=True
    )
    return counts if top is None else counts.head(top)


def timeline(
    mentions: pd.DataFrame,
    documents: pd.DataFrame,
    freq: str = "W",
    top: int | None = 5,
    label: str | Iterable[str] | None = NAMED_LABELS,
    entities: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Mentions and documents per period of publication for the top entities (zeros included).

    One row per (period, label, entity); `period` is the start of the week or month.
    Give `entities` to follow chosen canonical names instead of the most mentioned ones.
    """
    selected = _select(mentions, label)
    if entities is not None:
        selected = selected[selected["entity"].isin(list(entities))]
        top = None
    chosen = entity_counts(selected, top=top)[["label", "entity"]]
    if top is not None:
        chosen = chosen.head(top)
    periods = _periods(documents, freq)
    columns = ["period", "label", "entity", "mentions", "documents"]
    if periods.empty or chosen.empty:  # no dated document, or nothing to follow
        return pd.DataFrame(columns=columns)
    selected = selected.merge(chosen, on=["label", "entity"])
    selected = selected.assign(period=selected["doc_id"].map(periods))
    selected = selected[selected["period"].notna()]
    counts = _count(selected, ["period", "label", "entity"])
    span = pd.period_range(periods.min(), periods.max(), freq=freq).start_time
    grid = chosen.merge(pd.DataFrame({"period": span}), how="cross")
    table = grid.merge(counts, on=["period", "label", "entity"], how="left")
    table[["mentions", "documents"]] = table[["mentions", "documents"]].fillna(0).astype(int)
    return table[columns].sort_values(["period", "label", "entity"]).reset_index(drop=True)


def cooccurrence(
    mentions: pd.DataFrame,
    label: str | Iterable[str] | None = NAMED_LABELS,
    unit: str = "doc",
    top: int | None = None,
    min_count: int = 1,
) -> pd.DataFrame:
    """Pairs of entities found in the same document (`unit="doc"`) or sentence (`"sent"`).

    One row per unordered pair (`entity_a` < `entity_b`) with `count`, the number of units
    holding both; `top` first keeps the entities found in the most units.
    """
    keys = {"doc": ["doc_id"], "sent": ["doc_id", "sent"]}
    if unit not in keys:
        raise ValueError(f"unit must be 'doc' or 'sent', got {unit!r}")
    selected = _select(mentions, label)
    nodes = selected[[*keys[unit], "label", "entity"]].drop_duplicates()
    if top is not None:
        spread = nodes.groupby(["label", "entity"]).size().rename("units").reset_index()
        spread = spread.sort_values(["units", "entity"], ascending=[False, True]).head(top)
        nodes = nodes.merge(spread[["label", "entity"]], on=["label", "entity"])
    pairs = nodes.merge(nodes, on=keys[unit], suffixes=("_a", "_b"))
    pairs = pairs[
        (pairs["entity_a"] < pairs["entity_b"])
        | ((pairs["entity_a"] == pairs["entity_b"]) & (pairs["label_a"] < pairs["label_b"]))
    ]
    counts = pairs.groupby(["label_a", "entity_a", "label_b", "entity_b"]).size()
    counts = counts.rename("count").reset_index()
    counts = counts[counts["count"] >= min_count]
    counts = counts.sort_values(["count", "entity_a", "entity_b"], ascending=[False, True, True])
    table = counts.reset_index(drop=True)[["entity_a", "entity_b", "label_a", "label_b", "count"]]
    table.attrs["unit"] = unit
    return table


# --- Words around an entity -------------------------------------------------------------


class _Match(str):
    """A mention of the queried entity, kept as one token of a concordance."""


def _matching(mentions: pd.DataFrame, value: str) -> pd.DataFrame:
    """Mentions of the entity named `value` (canonical name, or any surface form of it)."""
    keyed = mentions.assign(entity=entity_key(mentions))
    names = {value} | set(keyed.loc[keyed["text"] == value, "entity"].dropna())
    return keyed[keyed["entity"].isin(names)]


def _segments(text: str, spans: list[tuple[int, int]]) -> Iterator[tuple[str, bool]]:
    """`text` cut into (piece, is_match) around the sorted, non-overlapping `spans`."""
    position = 0
    for start, end in spans:
        if start < position:
            continue
        yield text[position:start], False
        yield text[start:end], True
        position = end
    yield text[position:], False


def _match_spans(
    documents: pd.DataFrame, matches: pd.DataFrame
) -> Iterator[tuple[str, str, list[tuple[int, int]]]]:
    """(doc_id, text, sorted spans) of each document section (body, then title) holding a
    match: a title mention's offsets are into the document's title, not its text."""
    indexed = documents.set_index("doc_id")
    sections = matches["section"] if "section" in matches else "body"
    keyed = matches.assign(section=sections).fillna({"section": "body"})
    for (doc_id, section), group in keyed.groupby(["doc_id", "section"], sort=True):
        column = "title" if section == "title" else "text"
        text = indexed[column].get(doc_id) if column in indexed else None
        if isinstance(text, str):
            spans = sorted(zip(group["start_char"], group["end_char"], strict=True))
            yield doc_id, text, spans


def concordance(
    documents: pd.DataFrame, mentions: pd.DataFrame, value: str, width: int = 80
) -> pd.DataFrame:
    """Keyword-in-context lines for every mention of an entity (canonical name or surface form).

    One row per mention: `doc_id`, `left`, `match` (as written), `right` and `line`, the
    fixed-width KWIC line of NLTK's `ConcordanceIndex`.
    """
    from nltk.text import ConcordanceIndex

    rows = []
    query = _Match(value)
    for doc_id, text, spans in _match_spans(documents, _matching(mentions, value)):
        tokens: list[str] = []
        for piece, is_match in _segments(text, spans):
            tokens.extend([_Match(" ".join(piece.split()))] if is_match else piece.split())
        index = ConcordanceIndex(tokens, key=lambda token: isinstance(token, _Match) or None)
        for line in index.find_concordance(query, width=width):
            rows.append(
                {
                    "doc_id": doc_id,
                    "left": line.left_print.strip(),
                    "match": str(line.query),
                    "right": line.right_print.strip(),
                    "line": line.line,
                }
            )
    return pd.DataFrame(rows, columns=["doc_id", "left", "match", "right", "line"])


WORD = re.compile(r"\w+(?:[-']\w+)*")


def _context_words(piece: str) -> list[str]:
    """Lower-cased words of a stretch of text, stop words and numbers left out."""
    from .lang import IndonesianNews

    stop_words = IndonesianNews.Defaults.stop_words
    words = (word.lower() for word in WORD.findall(piece))
    return [word for word in words if word not in stop_words and not word.isdigit()]


def collocations(
    documents: pd.DataFrame,
    mentions: pd.DataFrame,
    value: str,
    window: int = 5,
    top: int | None = 20,
    min_count: int = 2,
    measure: str = "likelihood_ratio",
) -> pd.DataFrame:
    """Words that keep company with an entity, scored by NLTK's bigram association measures.

    Each mention counts as one token; pairs are counted within `window` words, on either
    side (`position` "before" or "after"). `measure` names a `BigramAssocMeasures` method
    ("likelihood_ratio", "pmi", "chi_sq", …). One row per (word, position).
    """
    from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder

    scorer = getattr(BigramAssocMeasures, measure, None)
    if scorer is None or measure.startswith("_"):
        raise ValueError(f"unknown association measure {measure!r}")
    anchor = f"[{value}]"  # brackets never occur in context words
    words: list[str | None] = []
    for _doc_id, text, spans in _match_spans(documents, _matching(mentions, value)):
        for piece, is_match in _segments(text, spans):
            words.extend([anchor] if is_match else _context_words(piece))
        words.extend([None] * window)  # windows never span two documents
    finder = BigramCollocationFinder.from_words(words, window_size=window)
    finder.apply_ngram_filter(lambda w1, w2: (w1 == anchor) == (w2 == anchor))
    finder.apply_freq_filter(min_count)
    rows = [
        {
            "word": w2 if w1 == anchor else w1,
            "position": "after" if w1 == anchor else "before",
            "count": finder.ngram_fd[(w1, w2)],
            "score": score,
        }
        for (w1, w2), score in finder.score_ngrams(scorer)
    ]
    table = pd.DataFrame(rows, columns=["word", "position", "count", "score"])
    table.insert(0, "entity", value)
    return table.head(top) if top is not None else table


# --- When things happened ---------------------------------------------------------------

# TIMEX3 values of calendar dates an event view places on a time axis: (granularity, pattern).
# Durations (P3D), sets, weeks, seasons, quarters, references (PRESENT_REF) and unresolved
# values (XXXX-11-10, 199X) match none of them and are left out.
EVENT_DATE_FORMATS = (
    ("day", re.compile(r"\d{4}-\d{2}-\d{2}")),
    ("month", re.compile(r"\d{4}-\d{2}")),
    ("year", re.compile(r"\d{4}")),
)
EVENT_COLUMNS = ("doc_id", "sent", "entity", "label", "event_date", "granularity", "timex")
PERIOD_LENGTHS = {
    "day": pd.DateOffset(days=1),
    "month": pd.DateOffset(months=1),
    "year": pd.DateOffset(years=1),
}


def date_granularity(value: object) -> str | None:
    """ "day", "month" or "year" for a resolved calendar TIMEX3 value, else None."""
    if not isinstance(value, str):
        return None
    return next((name for name, pattern in EVENT_DATE_FORMATS if pattern.fullmatch(value)), None)


def event_dates(
    mentions: pd.DataFrame,
    documents: pd.DataFrame | None = None,
    label: str | Iterable[str] = NAMED_LABELS,
) -> pd.DataFrame:
    """Each PER/ORG/LOC entity paired with every calendar date mentioned in the same sentence.

    One row per (document, sentence, entity, date): `event_date` (start of the day, month or
    year), `granularity` and the TIMEX3 value `timex`. With `documents`, also `published`
    and `days_from_published`: days from the publication day to the event's day, month or
    year (0 when it holds the publication day; negative before it, positive after it).
    """
    dates = mentions[mentions["label"] == "DATE"]
    if "timex_type" in dates:
        dates = dates[dates["timex_type"].isna() | (dates["timex_type"] == "DATE")]
    dates = dates.assign(granularity=dates["value"].map(date_granularity))
    dates = dates[dates["granularity"].notna()]
    dates = dates[["doc_id", "sent", "value", "granularity"]].rename(columns={"value": "timex"})
    named = mentions[mentions["label"].isin(check_labels(label)) & mentions["sent"].notna()]
    named = named.assign(entity=entity_key(named))[["doc_id", "sent", "entity", "label"]]
    pairs = named.merge(dates, on=["doc_id", "sent"]).drop_duplicates()
    pairs = pairs.assign(event_date=pd.to_datetime(pairs["timex"], format="ISO8601"))
    table = pairs[list(EVENT_COLUMNS)].sort_values(["doc_id", "sent", "label", "entity", "timex"])
    table = table.reset_index(drop=True)
    if documents is not None:
        published = as_datetime(documents.set_index("doc_id")["published"])
        table["published"] = table["doc_id"].map(published)
        table["days_from_published"] = _days_from(table, table["published"].dt.normalize())
    return table


def _days_from(events: pd.DataFrame, day: pd.Series) -> pd.Series:
    """Signed days from `day` to each event's period (0 inside it); NA without a `day`."""
    start = events["event_date"]
    end = pd.Series(
        [
            date + PERIOD_LENGTHS[g] - pd.Timedelta(days=1)
            for date, g in zip(start, events["granularity"], strict=True)
        ],
        index=events.index,
        dtype=start.dtype,
    )
    after = (start - day).dt.days.where(start > day, 0)
    before = (end - day).dt.days.where(end < day, 0)
    return (after + before).astype("Int64").mask(day.isna())


# --- Terms: lemma counts by part of speech -------------------------------------------------

TERM_COLUMNS = ("lemma", "pos", "count", "documents")
# Parts of speech counted by default: the content words.
CONTENT_POS = ("NOUN", "VERB", "ADJ")
# Where `terms(entity=...)` looks for words: the mention's sentence, `window` tokens either
# side of it, or the word it depends on in the dependency tree.
AROUND = ("sentence", "window", "head")
# Relations that make a word part of a longer name of the same thing (`Bupati Rina`,
# `Rina dan Budi`): around="head" climbs them to the word that has the mention's role.
LINKED = ("conj", "flat", "flat:name", "appos", "compound")


def _mention_tokens(doc: Doc, entity: str) -> list[tuple[int, int]]:
    """(start, end) token spans of the mentions of `entity` (an identity such as
    `PER:Joko Widodo`, or a mention text, any case)."""
    wanted = entity.casefold()
    return [
        (ent.start, ent.end)
        for ent in doc.ents
        if (ent._.entity or "").casefold() == wanted or ent.text.casefold() == wanted
    ]


def _around(doc: Doc, start: int, end: int, around: str, window: int) -> Iterator[int]:
    """Indices of the tokens around the mention `doc[start:end]`."""
    if around == "sentence":
        sent = doc[start].sent
        yield from (i for i in range(sent.start, sent.end) if not start <= i < end)
    elif around == "window":
        yield from range(max(0, start - window), start)
        yield from range(end, min(len(doc), end + window))
    else:
        node = doc[start:end].root
        while node.dep_ in LINKED and node.head.i != node.i:
            node = node.head  # `Rina` in `Bupati Rina` says what `Bupati` says
        if node.head.i != node.i and not start <= node.head.i < end:
            yield node.head.i


def terms(
    docs: Iterable[Doc],
    pos: str | Iterable[str] | None = CONTENT_POS,
    entity: str | None = None,
    around: str = "sentence",
    window: int = 5,
    skip_entities: bool = True,
    top: int | None = None,
) -> pd.DataFrame:
    """Lemma counts by part of speech over Docs analysed with the grammar components: one row
    per (lemma, pos), with the tokens (`count`) and documents counted, most frequent first.

    `pos`: the UPOS tags kept (None: all). Lemmas are lower-cased. `entity` (an identity such
    as `PER:Joko Widodo`, or a mention text) counts only the words around its mentions:
    `around="sentence"` (the mention's sentence), `"window"` (`window` tokens either side) or
    `"head"` (the word the mention depends on, e.g. the verb it is the subject of).
    `skip_entities` leaves out the words inside entity mentions.
    """
    if around not in AROUND:
        raise ValueError(f"around must be one of {', '.join(AROUND)}, got {around!r}")
    keep = None if pos is None else {p.upper() for p in ([pos] if isinstance(pos, str) else pos)}
    counts: dict[tuple[str, str], int] = {}
    docs_of: dict[tuple[str, str], set[int]] = {}
    for n, doc in enumerate(docs):
        if not isinstance(doc, Doc):
            raise TypeError(f"terms() wants spaCy Docs, got {type(doc).__name__}")
        if len(doc) and not (doc.has_annotation("POS") and doc.has_annotation("LEMMA")):
            raise ValueError(
                "terms() needs Docs analysed with the grammar components (textkit.load() "
                "without exclude=['grammar'])"
            )
        if entity is None:
            indices: Iterable[int] = range(len(doc))
        else:
            spans = _mention_tokens(doc, entity)
            indices = sorted({i for s, e in spans for i in _around(doc, s, e, around, window)})
        for i in indices:
            token = doc[i]
            if (keep is not None and token.pos_ not in keep) or token.is_punct or token.is_space:
                continue
            if skip_entities and token.ent_type:
                continue
            key = (token.lemma_.lower() or token.lower_, token.pos_)
            counts[key] = counts.get(key, 0) + 1
            docs_of.setdefault(key, set()).add(n)
    rows = [(lemma, tag, c, len(docs_of[(lemma, tag)])) for (lemma, tag), c in counts.items()]
    table = pd.DataFrame(rows, columns=list(TERM_COLUMNS))
    table = table.sort_values(
        ["count", "documents", "lemma"], ascending=[False, False, True]
    ).reset_index(drop=True)
    return table if top is None else table.head(top)
