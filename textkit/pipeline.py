"""Build and load the textkit pipeline, and analyse text with it."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import load_config

from . import components, extensions  # noqa: F401  (register factories and attributes)
from .lang import IndonesianNews

MODEL_DIR = Path(__file__).parent / "models" / "ner"

# Rule-based components, in pipeline order, with where they go relative to the
# statistical ones (tok2vec, ner) that come from the shipped model.
RULE_PIPES: tuple[tuple[str, dict], ...] = (
    ("textkit_sentences", {"first": True}),
    ("textkit_gazetteer", {}),
    ("textkit_temporal", {}),
    ("textkit_identity", {}),
    ("textkit_linker", {}),
)


def build(model_dir: Path | None = MODEL_DIR, aliases: str | Path | None = None) -> Language:
    """Assemble a fresh pipeline: the shipped statistical model (when present) plus rules;
    `aliases`: a CSV/TSV file of `alias, name, label` rows (see `textkit.people`)."""
    if model_dir is not None and (Path(model_dir) / "config.cfg").exists():
        config = load_config(Path(model_dir) / "config.cfg")
        nlp = IndonesianNews.from_config(config)
        # The tokenizer comes from code, not from the saved rules, so fixes apply at once.
        nlp.from_disk(model_dir, exclude=["tokenizer"])
    else:
        nlp = IndonesianNews()
    for name, where in RULE_PIPES:
        config = {"aliases": str(aliases)} if name == "textkit_identity" and aliases else {}
        nlp.add_pipe(name, **where, config=config)
    return nlp


def load(model_dir: str | None = None, aliases: str | Path | None = None) -> Language:
    """The textkit pipeline (cached): tokenizer, sentences, NER, dates and times, identity,
    linking; `aliases`: the user's alias file (CSV/TSV of `alias, name, label`)."""
    return _load(model_dir, str(Path(aliases).resolve()) if aliases else None)


@functools.lru_cache(maxsize=4)
def _load(model_dir: str | None, aliases: str | None) -> Language:
    return build(Path(model_dir) if model_dir else MODEL_DIR, aliases)


load.cache_clear = _load.cache_clear  # type: ignore[attr-defined]


def parse_iso(text: str) -> dt.date | dt.datetime:
    """The date, or datetime without time zone, of an ISO 8601 string; ValueError if none."""
    text = text.strip()
    parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return parsed.date() if len(text) <= 10 else parsed.replace(tzinfo=None)


def normalize_published(value: str | dt.date | dt.datetime | None) -> str | None:
    """An ISO 8601 string for a publication date given as a date, datetime or string."""
    if value is None or value == "":
        return None
    if not isinstance(value, dt.date):
        try:
            value = parse_iso(str(value))
        except ValueError as err:
            raise ValueError(f"published must be an ISO 8601 date, got {value!r}") from err
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None).isoformat(timespec="minutes")
    return value.isoformat()


def analyze(
    text: str,
    published: str | dt.date | dt.datetime | None = None,
    nlp: Language | None = None,
) -> Doc:
    """Analyse one text; `published` anchors relative dates such as `kemarin`."""
    nlp = nlp or load()
    doc = nlp.make_doc(text)
    doc._.published = normalize_published(published)
    return nlp(doc)
