"""Build and load the textkit pipeline, and analyse text with it."""

from __future__ import annotations

import datetime as dt
import functools
import warnings
from collections.abc import Iterable
from pathlib import Path

import srsly
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import load_config

from . import components, extensions  # noqa: F401  (register factories and attributes)
from .dates import normalize_published
from .lang import IndonesianNews
from .segments import BATCH_SIZE, pipe_texts

MODEL_DIR = Path(__file__).parent / "models" / "ner"
# The grammar components (tok2vec, morphologizer, lemmatizer, parser), trained over the NER
# model's static vectors and shipped without a copy of them.
GRAMMAR_DIR = Path(__file__).parent / "models" / "grammar"
# Their names (as in textkit/training/grammar.cfg); `exclude=["grammar"]` leaves all out.
GRAMMAR_PIPES = ("grammar_tok2vec", "morphologizer", "lemmatizer", "parser")
GRAMMAR = "grammar"

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
        raise ModelNotFound(
            f"no textkit model at {model_dir} ({what}); a model folder is a spaCy pipeline "
            "saved with nlp.to_disk (a config.cfg beside its components' folders), such as "
            "one saved from textkit.load() or trained with `textkit train ner`"
        )
    return path


def build(
    model_dir: str | Path | None = MODEL_DIR,
    aliases: str | Path | None = None,
    exclude: Iterable[str] = (),
    grammar_dir: str | Path | None = GRAMMAR_DIR,
) -> Language:
    """Assemble a fresh pipeline: the statistical model in `model_dir` plus rules, and the
    grammar components in `grammar_dir`; `aliases`: a CSV/TSV file of `alias, name, label` rows
    (see `textkit.people`); `exclude`: names of components to leave out (`"grammar"`: all the
    grammar components).

    `model_dir=None` gives the rules alone; a folder without a model is an error. A folder
    holding a whole textkit pipeline (saved with `nlp.to_disk`, its aliases included) is used
    as it is, with `aliases` in place of the saved ones when given. The grammar
    components read the NER model's vectors: they are left out, with a warning, when the model
    in `model_dir` has other vectors than the ones they were trained on.
    """
    excluded = set(exclude)
    names = {GRAMMAR, *GRAMMAR_PIPES, *(name for name, _ in RULE_PIPES)}
    if model_dir is not None:
        model_dir = model_path(model_dir)
        config = load_config(Path(model_dir) / "config.cfg")
        names.update(config["nlp"]["pipeline"])
    if unknown := excluded - names:
        raise ValueError(f"exclude: no component named {sorted(unknown)}; names: {sorted(names)}")
    if model_dir is not None:
        stat = [name for name in config["nlp"]["pipeline"] if name in excluded]
        nlp = IndonesianNews.from_config(config, exclude=stat)
        # The tokenizer comes from code, not from the saved rules, so fixes apply at once.
        nlp.from_disk(model_dir, exclude=["tokenizer", *stat])
    else:
        nlp = IndonesianNews()
    nlp.batch_size = BATCH_SIZE
    for name, where in RULE_PIPES:
        if name in excluded:
            continue
        config = {"aliases": str(aliases)} if name == "textkit_identity" and aliases else {}
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, **where, config=config)
        elif config:
            nlp.replace_pipe(name, name, config=config)
    if grammar_dir is not None and model_dir is not None and GRAMMAR not in excluded:
        add_grammar(nlp, grammar_dir, excluded)
    return nlp


def add_grammar(nlp: Language, grammar_dir: str | Path, exclude: set[str] = frozenset()) -> None:
    """Add the grammar components of `grammar_dir` to `nlp` (after its own components), on
    `nlp`'s vocab and vectors; a component whose tok2vec is excluded is left out too."""
    grammar_dir = model_path(grammar_dir)
    meta = srsly.read_json(grammar_dir / "meta.json")
    want = meta.get("vectors_of_ner")
    have = {"width": nlp.vocab.vectors.shape[1], "vectors": nlp.vocab.vectors.shape[0]}
    if want and {k: want[k] for k in have} != have:
        warnings.warn(
            f"grammar components left out: they read vectors of shape {want}, the model has {have}",
            stacklevel=3,
        )
        return
    for string in srsly.read_json(grammar_dir / "strings.json"):
        nlp.vocab.strings.add(string)
    config = load_config(grammar_dir / "config.cfg", interpolate=True)
    for name in config["nlp"]["pipeline"]:
        settings = dict(config["components"][name])
        upstream = settings.get("model", {}).get("tok2vec", {}).get("upstream")
        if name in exclude or upstream in exclude or name in nlp.pipe_names:
            continue  # left out, or already in a saved whole pipeline
        factory = settings.pop("factory")
        nlp.add_pipe(factory, name=name, config=settings)
        nlp.get_pipe(name).from_disk(grammar_dir / name, exclude=["vocab"])


def load(
    model_dir: str | Path | None = None,
    aliases: str | Path | None = None,
    exclude: Iterable[str] = (),
) -> Language:
    """The textkit pipeline (cached): tokenizer, sentences, NER, dates and times, identity,
    linking, and grammar (part of speech, morphology, lemmas, dependencies). `model_dir` is a
    model folder (default: the shipped model; ModelNotFound if it has none); `aliases`: the
    user's alias file (CSV/TSV of `alias, name, label`); `exclude`: components to leave out,
    as in `spacy.load` (`"grammar"` names all the grammar components)."""
    for name, value in (("model_dir", model_dir), ("aliases", aliases)):
        if value is not None and not isinstance(value, str | Path):
            raise TypeError(f"{name} must be a path, got {type(value).__name__}")
    if aliases is not None and not Path(aliases).is_file():
        raise FileNotFoundError(f"alias file not found: {aliases}")
    if isinstance(exclude, str):
        exclude = [exclude]
    return _load(
        str(model_dir) if model_dir else None,
        str(Path(aliases).resolve()) if aliases else None,
        tuple(sorted(set(exclude))),
    )


@functools.lru_cache(maxsize=4)
def _load(model_dir: str | None, aliases: str | None, exclude: tuple[str, ...] = ()) -> Language:
    return build(Path(model_dir) if model_dir else MODEL_DIR, aliases, exclude)


load.cache_clear = _load.cache_clear  # type: ignore[attr-defined]


def analyze(
    text: str,
    published: str | dt.date | dt.datetime | None = None,
    nlp: Language | None = None,
    max_length: int | None = None,
) -> Doc:
    """Analyse one text; `published` anchors relative dates such as `kemarin`. `doc.text` is
    the text after `textkit.normalize.normalize_text` (invisible characters dropped), which
    entity offsets index.

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
