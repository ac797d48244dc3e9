"""Train textkit's grammar components (UPOS + FEATS, lemmas, dependencies) from ../shared/data.

`textkit train grammar` reads the train splits of the UD Indonesian treebanks in
`../shared/data/ud` (the dev splits pick the best checkpoint), trains a small tok2vec of its own
over the NER model's static vectors with a morphologizer, an edit-tree lemmatizer and a parser,
and writes the components to `textkit/models/grammar/` without a copy of the vectors: the
pipeline reads them from the NER model's vocab (`textkit.pipeline.build`).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
from pathlib import Path

import srsly
from spacy.tokens import Doc, DocBin
from spacy.util import load_config
from spacy.vocab import Vocab

from ..datasets import UD_TREEBANKS, UDTree, read_ud_trees, require_shared_data
from ..lang import IndonesianNews
from .pretrain import use_textkit_language

CONFIG_PATH = Path(__file__).with_name("grammar.cfg")
MODELS = Path(__file__).resolve().parent.parent / "models"
MODEL_DIR = MODELS / "grammar"
VECTORS_DIR = MODELS / "ner"

META_DESCRIPTION = (
    "textkit grammar components (morphologizer, edit-tree lemmatizer, parser) trained by "
    "`textkit train grammar` on the UD Indonesian train splits, over the NER model's vectors"
)
META_LICENSE = "inherits: UD Indonesian GSD CC BY-SA 4.0; UD Indonesian CSUI CC BY-SA 4.0"

# Written by hand beside the model, not by training: a retrain keeps them.
KEPT_FILES = ("MODEL_CARD.md",)
# What the shipped folder holds besides the components' folders.
STRINGS_FILE = "strings.json"


def tree_doc(vocab: Vocab, tree: UDTree, lower_lemmas: bool = True) -> Doc:
    """A Doc of a UD sentence's surface tokens with its gold grammar annotation; lemmas in
    lower case unless `lower_lemmas` is False (GSD writes them so, CSUI only mostly)."""
    return Doc(
        vocab,
        words=tree.words,
        spaces=tree.spaces,
        lemmas=[lemma.lower() for lemma in tree.lemmas] if lower_lemmas else tree.lemmas,
        pos=tree.pos,
        morphs=tree.morphs,
        heads=tree.heads,
        deps=tree.deps,
        sent_starts=[True] + [False] * (len(tree.words) - 1),
    )


def treebank_docs(
    data_dir: Path, split: str, vocab: Vocab, lower_lemmas: bool = True
) -> dict[str, list[Doc]]:
    """Docs of the `split` file of each treebank that has one."""
    out = {}
    for name in UD_TREEBANKS:
        path = data_dir / "ud" / name / f"{split}.conllu"
        if path.is_file():
            out[name] = [tree_doc(vocab, tree, lower_lemmas) for tree in read_ud_trees(path)]
    return out


def train_pipeline(train_path: Path, dev_path: Path, output: Path, overrides: dict) -> Path:
    """Train with spaCy's loop on the given DocBins; return the best pipeline's folder."""
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as train_loop

    use_textkit_language()
    overrides = {"paths.train": str(train_path), "paths.dev": str(dev_path), **overrides}
    config = load_config(CONFIG_PATH, overrides=overrides, interpolate=False)
    nlp = init_nlp(config, use_gpu=-1)
    output.mkdir(parents=True, exist_ok=True)
    train_loop(nlp, output, use_gpu=-1, stdout=sys.stdout, stderr=sys.stderr)
    return output / "model-best"


def install(best: Path, target: Path, vectors: Path = VECTORS_DIR) -> None:
    """Copy the trained components of `best` to `target` with their config, meta and the
    strings they refer to, but no vocab or vectors: they come from the model in `vectors`
    (whose vectors' shape the meta records); the files written by hand beside the model
    (`KEPT_FILES`) stay."""
    kept = {name: (target / name).read_bytes() for name in KEPT_FILES if (target / name).is_file()}
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for name, data in kept.items():
        (target / name).write_bytes(data)
    config = load_config(best / "config.cfg", interpolate=False)
    for name in config["nlp"]["pipeline"]:
        shutil.copytree(best / name, target / name)
    for key in config["paths"]:
        config["paths"][key] = None
    config.to_disk(target / "config.cfg")
    strings = srsly.read_json(best / "vocab" / "strings.json")
    srsly.write_json(target / STRINGS_FILE, sorted(set(strings)))
    meta = json.loads((best / "meta.json").read_text(encoding="utf-8"))
    meta.update(name="textkit_grammar", description=META_DESCRIPTION, license=META_LICENSE)
    meta.pop("vectors", None)
    meta["vectors_of_ner"] = json.loads((vectors / "meta.json").read_text(encoding="utf-8"))[
        "vectors"
    ]
    (target / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="textkit train grammar", description=__doc__)
    parser.add_argument("--data", type=Path, help="shared data folder (default ../shared/data)")
    parser.add_argument("--output", type=Path, default=MODEL_DIR, help="where the model goes")
    parser.add_argument("--work", type=Path, help="keep intermediate files here")
    parser.add_argument("--max-steps", type=int, help="training steps (default: grammar.cfg)")
    parser.add_argument("--eval-frequency", type=int, help="steps between dev scores")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--vectors",
        type=Path,
        default=VECTORS_DIR,
        help="pipeline folder whose static vectors the tok2vec reads (default: the NER model)",
    )
    parser.add_argument(
        "--lemma-case",
        choices=("lower", "as-is"),
        default="lower",
        help="lemmas to learn: lower case (default) or as the treebank writes them",
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a grammar.cfg override, e.g. components.grammar_tok2vec.model.encode.width=96",
    )
    return parser.parse_args(argv)


def parse_override(text: str) -> tuple[str, object]:
    """`KEY=VALUE` of `--set`, the value read as JSON when it is JSON (numbers, lists)."""
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise ValueError(f"--set wants KEY=VALUE, got {text!r}")
    try:
        return key, json.loads(value)
    except json.JSONDecodeError:
        return key, value


def main(argv: list[str] | None = None) -> int:
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    random.seed(args.seed)
    if not (args.vectors / "vocab").is_dir():
        print(f"error: no pipeline with vectors at {args.vectors}", file=sys.stderr)
        return 2
    overrides: dict[str, object] = {"system.seed": args.seed, "paths.vectors": str(args.vectors)}
    if args.max_steps is not None:
        overrides["training.max_steps"] = args.max_steps
        overrides["training.eval_frequency"] = max(1, min(250, args.max_steps))
    if args.eval_frequency is not None:
        overrides["training.eval_frequency"] = args.eval_frequency
    try:
        overrides.update(parse_override(text) for text in args.set)
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    data_dir = args.data or require_shared_data()
    vocab = IndonesianNews().vocab
    lower = args.lemma_case == "lower"
    train = treebank_docs(data_dir, "train", vocab, lower)
    dev = treebank_docs(data_dir, "dev", vocab, lower)
    if not train or not dev:
        print(f"error: no UD train or dev split under {data_dir / 'ud'}", file=sys.stderr)
        return 2
    print("train sentences per treebank:", {k: len(v) for k, v in train.items()}, flush=True)
    print("dev sentences per treebank:", {k: len(v) for k, v in dev.items()}, flush=True)
    train_docs = [doc for docs in train.values() for doc in docs]
    random.Random(args.seed).shuffle(train_docs)
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        DocBin(docs=train_docs).to_disk(work / "train.spacy")
        DocBin(docs=[doc for docs in dev.values() for doc in docs]).to_disk(work / "dev.spacy")
        best = train_pipeline(
            work / "train.spacy", work / "dev.spacy", work / "pipeline", overrides
        )
        install(best, args.output, args.vectors)
    print(f"model written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
