"""Readers for the shared training and evaluation data (NER CoNLL, UD CoNLL-U, news JSONL)."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .normalize import normalize_text, offset_map

NER_DATASETS = ("idner-news-2k", "nerui", "nerugm", "nergrit", "nerp", "mdee")
UD_TREEBANKS = ("gsd", "csui")
# News corpus files, relative to the shared data folder.
NEWS_ARTICLES = Path("news") / "click-id" / "articles.jsonl"  # dated; evaluation and annotation
NEWS_EXTRA = Path("news") / "click-id" / "extra.jsonl"  # raw text for unsupervised use


def shared_data_dir() -> Path | None:
    """The shared data folder: $TEXTKIT_SHARED_DATA, else `../shared/data` beside the repo."""
    candidates = []
    if os.environ.get("TEXTKIT_SHARED_DATA"):
        candidates.append(Path(os.environ["TEXTKIT_SHARED_DATA"]))
    repo = Path(__file__).resolve().parent.parent
    candidates += [repo.parent / "shared" / "data", Path.cwd().parent / "shared" / "data"]
    for path in candidates:
        if (path / "README.md").exists():
            return path
    return None


def require_shared_data() -> Path:
    """Like `shared_data_dir`, but raise a clear error when the data is absent."""
    path = shared_data_dir()
    if path is None:
        raise FileNotFoundError(
            "shared data not found: set TEXTKIT_SHARED_DATA or place it at ../shared/data"
        )
    return path


def read_conll(path: str | Path) -> list[tuple[list[str], list[str]]]:
    """Sentences of a `token<TAB>IOB2-tag` file as (words, tags) pairs."""
    sentences: list[tuple[list[str], list[str]]] = []
    words: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if words:
                    sentences.append((words, tags))
                words, tags = [], []
                continue
            word, _, tag = line.rpartition("\t")
            words.append(word)
            tags.append(tag)
    if words:
        sentences.append((words, tags))
    return sentences


@dataclass
class UDSentence:
    """A CoNLL-U sentence reduced to what tokenization and segmentation need."""

    sent_id: str
    text: str
    tokens: list[str] = field(default_factory=list)  # surface tokens (a multiword token is one)
    space_after: list[bool] = field(default_factory=list)


def read_conllu(path: str | Path) -> list[UDSentence]:
    """Sentences of a CoNLL-U file, with surface tokens and their SpaceAfter flags."""
    sentences: list[UDSentence] = []
    current: UDSentence | None = None
    skip_until = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("# sent_id"):
                current = UDSentence(sent_id=line.split("=", 1)[1].strip(), text="")
            elif line.startswith("# text ="):
                if current is None:
                    current = UDSentence(sent_id=str(len(sentences)), text="")
                current.text = line.split("=", 1)[1].strip()
            elif not line.strip():
                if current is not None and current.tokens:
                    sentences.append(current)
                current, skip_until = None, 0
            elif not line.startswith("#") and current is not None:
                cols = line.split("\t")
                tid = cols[0]
                if "." in tid:
                    continue
                if "-" in tid:
                    start, end = (int(x) for x in tid.split("-"))
                    skip_until = end
                elif int(tid) <= skip_until:
                    continue
                current.tokens.append(cols[1])
                current.space_after.append("SpaceAfter=No" not in cols[9])
    if current is not None and current.tokens:
        sentences.append(current)
    return sentences


def iter_news(path: str | Path, limit: int | None = None) -> Iterator[dict]:
    """Articles of a news JSONL file (`id`, `title`, `date`, `source`, `url`, `text`)."""
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if limit is not None and i >= limit:
                return
            if line.strip():
                yield json.loads(line)


def span_hash(text: str) -> str:
    """The short hash a standoff gold stores for each span, to check its text has not drifted."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def attach_gold_texts(records: list[dict], path: str | Path, spans: str) -> list[dict]:
    """Add each news article's `text` and, unless the record has one, its `published` date to
    its standoff gold record (by `id`); SystemExit if an article is missing or a span of
    `record[spans]` has drifted."""
    wanted = {r["id"]: r for r in records}
    for article in iter_news(path):
        if article["id"] in wanted:
            wanted[article["id"]]["text"] = article["text"]
            wanted[article["id"]].setdefault("published", article.get("date"))
    for record in records:
        if "text" not in record:
            raise SystemExit(f"article {record['id']} not found in {path}")
        for span in record[spans]:
            if span_hash(record["text"][span["start"] : span["end"]]) != span["hash"]:
                raise SystemExit(f"gold span drifted in {record['id']} at {span['start']}")
        onto_normalized(record, spans)
    return records


def onto_normalized(record: dict, spans: str) -> None:
    """Carry `record`'s text and every offset of its spans (`start`, `end`, `cue_start`, …)
    onto the normalised text that textkit analyses and indexes."""
    normalized = normalize_text(record["text"])
    if normalized == record["text"]:
        return
    positions = offset_map(record["text"])
    record["text"] = normalized
    for span in record[spans]:
        for key, value in span.items():
            if (key.endswith("start") or key.endswith("end")) and isinstance(value, int):
                span[key] = positions[value]


def news_paragraphs(articles: Iterable[dict]) -> Iterator[str]:
    """Titles and non-empty paragraphs of news articles, stripped."""
    for article in articles:
        for para in [article["title"], *article["text"].split("\n")]:
            if para.strip():
                yield para.strip()


@dataclass
class UDTree:
    """A CoNLL-U sentence on its surface tokens, with each token's lemma, UPOS, FEATS, head
    (index of a token of the sentence; the root is its own head) and relation.

    A multiword token (`rumahnya` = `rumah` + `nya`) is one token, as textkit's tokenizer keeps
    it: it takes the annotation of its host word, the one whose head lies outside the token
    (the first such word); words attached to any of its parts attach to it.
    """

    sent_id: str
    text: str
    words: list[str] = field(default_factory=list)
    spaces: list[bool] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    pos: list[str] = field(default_factory=list)
    morphs: list[str] = field(default_factory=list)  # FEATS, "" when none
    heads: list[int] = field(default_factory=list)
    deps: list[str] = field(default_factory=list)


def _surface_tree(sent_id: str, text: str, rows: list[list[str]]) -> UDTree:
    """A UDTree from one sentence's CoNLL-U rows (comments and empty nodes removed)."""
    tree = UDTree(sent_id=sent_id, text=text)
    words = {int(cols[0]): cols for cols in rows if cols[0].isdigit()}
    token_of: dict[int, int] = {}  # word id -> surface token index
    units: list[tuple[list[str], list[int]]] = []  # (surface row, word ids)
    i = 0
    while i < len(rows):
        cols = rows[i]
        if "-" in cols[0]:
            start, end = (int(x) for x in cols[0].split("-"))
            units.append((cols, list(range(start, end + 1))))
            i += 1 + (end - start + 1)
        else:
            units.append((cols, [int(cols[0])]))
            i += 1
    for n, (_, ids) in enumerate(units):
        for wid in ids:
            token_of[wid] = n
    for n, (surface, ids) in enumerate(units):
        outside = [w for w in ids if int(words[w][6]) not in ids]
        host = words[outside[0] if outside else ids[0]]
        head = int(host[6])
        tree.words.append(surface[1])
        tree.spaces.append("SpaceAfter=No" not in surface[9])
        tree.lemmas.append(host[2])
        tree.pos.append(host[3])
        tree.morphs.append("" if host[5] == "_" else host[5])
        tree.heads.append(n if head == 0 else token_of[head])
        tree.deps.append(host[7])
    return tree


def read_ud_trees(path: str | Path) -> list[UDTree]:
    """Sentences of a CoNLL-U file as UDTrees (surface tokens, see `UDTree`)."""
    trees: list[UDTree] = []
    sent_id, text, rows = "", "", []
    with open(path, encoding="utf-8") as fh:
        for line in [*fh, "\n"]:
            line = line.rstrip("\n")
            if line.startswith("# sent_id"):
                sent_id = line.split("=", 1)[1].strip()
            elif line.startswith("# text ="):
                text = line.split("=", 1)[1].strip()
            elif not line.strip():
                if rows:
                    trees.append(_surface_tree(sent_id or str(len(trees)), text, rows))
                sent_id, text, rows = "", "", []
            elif not line.startswith("#"):
                cols = line.split("\t")
                if "." not in cols[0]:
                    rows.append(cols)
    return trees
