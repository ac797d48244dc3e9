"""Build and load the textkit pipeline, and analyse text with it."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import load_config

from . import components, extensions  # noqa: F401  (register factories and attributes)
from .dates import normalize_published
from .lang import IndonesianNews
from .segments import BATCH_SIZE, pipe_texts

MODEL_DIR = Path(__file__).parent / "models" / "ner"

# Rule-based components, in pipeline order, with where they go relative to the
# statistical ones (tok2vec, ner) that come from the shipped model.
RULE_PIPES: tuple[tuple[str, dict], ...] = (
    ("textkit_sentences", {"first": True}),
    ("textkit_gazetteer", {}),
    ("textkit_temporal", {}),
    ("textkit_identity", {}),
    ("textkit_linker", {}),
    ("textkit_quotes", {}),
)



class ModelNotFound(FileNotFoundError):
    """A model folder that does not exist or holds no spaCy model."""


def model_path(model_dir: str | Path) -> Path:
    """`model_dir` as a Path when it holds a spaCy model (a config.cfg), else ModelNotFound."""
    path = Path(model_dir)
    if not (path / "config.cfg").is_file():
        what = "no such folder" if not path.is_dir() else "it has no config.cfg"
        raise ModelNotFound(f"no textkit model at {model_dir} ({what})")
    return path


def build(model_dir: str | Path | None = MODEL_DIR, aliases: str | Path | None = None) -> Language:
    """Assemble a fresh pipeline: the statistical model in `model_dir` plus rules;
    `aliases`: a CSV/TSV file of `alias, name, label` rows (see `textkit.people`).

    `model_dir=None` gives the rules alone; a folder without a model is an error.
    """
    if model_dir is not None:
        model_dir = model_path(model_dir)
        config = load_config(Path(model_dir) / "config.cfg")
        nlp = IndonesianNews.from_config(config)
        # The tokenizer comes from code, not from the saved rules, so fixes apply at once.
        nlp.from_disk(model_dir, exclude=["tokenizer"])
    else:
        nlp = IndonesianNews()
    nlp.batch_size = BATCH_SIZE
    for name, where in RULE_PIPES:
        config = {"aliases": str(aliases)} if name == "textkit_identity" and aliases else {}
        nlp.add_pipe(name, **where, config=config)
    return nlp


def load(model_dir: str | Path | None = None, aliases: str | Path | None = None) -> Language:
    """The textkit pipeline (cached): tokenizer, sentences, NER, dates and times, identity,
    linking. `model_dir` is a model folder (default: the shipped model; ModelNotFound if it has
    none); `aliases`: the user's alias file (CSV/TSV of `alias, name, label`)."""
    for name, value in (("model_dir", model_dir), ("aliases", aliases)):
        if value is not None and not isinstance(value, str | Path):
            raise TypeError(f"{name} must be a path, got {type(value).__name__}")
    return _load(
        str(model_dir) if model_dir else None, str(Path(aliases).resolve()) if aliases else None
    )


@functools.lru_cache(maxsize=4)
def _load(model_dir: str | None, aliases: str | None) -> Language:
    return build(Path(model_dir) if model_dir else MODEL_DIR, aliases)


load.cache_clear = _load.cache_clear  # type: ignore[attr-defined]


def analyze(
    text: str,
    published: str | dt.date | dt.datetime | None = None,
    nlp: Language | None = None,
    max_length: int | None = None,
) -> Doc:
    """Analyse one text; `published` anchors relative dates such as `kemarin`.

    A text longer than `max_length` (default: the pipeline's, at most 100,000 characters)
    is analysed in pieces cut at paragraphs (`textkit.segments`) and joined into one Doc.
    """
    if not isinstance(text, str):
        hint = " (read the file first: Path(...).read_text())" if isinstance(text, Path) else ""
        raise TypeError(f"analyze() wants the text as a str, got {type(text).__name__}{hint}")
    nlp = nlp or load()
    attrs = {"published": normalize_published(published)}
    (doc,) = pipe_texts(nlp, [(text, attrs)], max_length=max_length)
    return doc
