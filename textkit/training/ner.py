"""Train textkit's statistical NER (tok2vec + ner for PER, ORG, LOC) from ../shared/data.

`python -m textkit.training ner` merges the six shared NER corpora under one label scheme,
trains floret vectors on the raw news, optionally pretrains the tok2vec on the raw news, trains
the spaCy pipeline with a fixed seed and writes it to `textkit/models/ner/`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from spacy.lang.id.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Example
from spacy.util import load_config, registry
from spacy.vocab import Vocab

from ..datasets import NER_DATASETS, read_conll, require_shared_data
from ..labels import NAMED_LABELS
from ..lang import IndonesianNews
from .pretrain import pretrain_tok2vec, use_textkit_language, write_raw_text

CONFIG_PATH = Path(__file__).with_name("ner.cfg")
MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "ner"

# Datasets scored during training (model selection): the four cased target sets. MDEE dev is
# silver; NERP (lowercased, no ORG) would outweigh the others and is scored by the benchmark.
DEV_DATASETS = ("idner-news-2k", "nerui", "nerugm", "nergrit")
# How much of each train split is used (measured on every dev split): MDEE is silver and
# measured worse; the four cased news/wiki sets count twice beside the larger NERP.
DEFAULT_WEIGHTS = {"mdee": 0.0, "idner-news-2k": 2.0, "nerui": 2.0, "nerugm": 2.0, "nergrit": 2.0}
# When one sentence occurs in several train splits, the first dataset here keeps it.
PRIORITY = ("idner-news-2k", "nerui", "nergrit", "nerugm", "mdee", "nerp")
# Source labels outside our scheme whose spans are certainly not PER/ORG/LOC (-> O) and
# those that may hide an organisation (-> missing: neither right nor wrong).
OUTSIDE_LABELS = {"TIME", "QUANTITY", "EVT", "FNB"}
UNCERTAIN_LABELS = {"IND"}
# NER UGM tags offices and buildings as LOC where the others say ORG or nothing.
OFFICE_HEADS = {"kantor", "gedung", "markas", "istana", "mapolda", "mapolres", "mapolsek"}

META_DESCRIPTION = (
    "textkit NER (PER, ORG, LOC) trained by `python -m textkit.training ner` on IDNER-news-2k, "
    "NER UI, NER UGM, NERGRIT and NERP, with floret vectors from CLICK-ID, UD and NER text"
)
META_LICENSE = (
    "inherits: IDNER-news-2k MIT; NER UI CC BY 4.0 (NusaCrowd); NER UGM none stated; "
    "NERGRIT Apache-2.0 (credit NERGRIT contributors); NERP Apache-2.0 / CC BY-SA 4.0; "
    "MDEE free use with citation; CLICK-ID CC BY 4.0; UD Indonesian GSD/CSUI CC BY-SA 4.0"
)

# Written by hand beside the model, not by training: a retrain keeps them.
KEPT_FILES = ("MODEL_CARD.md",)

Tags = list[str | None]  # IOB2 per token; None = annotation missing


def sentence_key(words: list[str]) -> str:
    """Deduplication key: the lowercased text without whitespace."""
    return "".join(words).lower()


def spans(tags: list[str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, label) of the entities of an IOB2 tag sequence."""
    start, label = None, None
    for i, tag in enumerate([*tags, "O"]):
        if start is not None and not (tag.startswith("I-") and tag[2:] == label):
            yield start, i, label
            start, label = None, None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, label = i, tag[2:]


def org_words(sentences: Iterable[tuple[list[str], list[str]]]) -> set[str]:
    """Lowercased content words seen inside ORG spans (NERP has no ORG: such words are unsure)."""
    words = set()
    for toks, tags in sentences:
        for start, end, label in spans(tags):
            if label == "ORG":
                words.update(w.lower() for w in toks[start:end] if w.isalpha())
    return words - STOP_WORDS


def harmonize(dataset: str, words: list[str], tags: list[str], unsure_org: set[str]) -> Tags:
    """Map one sentence's tags to PER/ORG/LOC, with None where the guidelines conflict."""
    out: Tags = ["O"] * len(tags)
    for start, end, label in spans(tags):
        if label in NAMED_LABELS:
            if dataset == "nerugm" and label == "LOC" and words[start].lower() in OFFICE_HEADS:
                out[start:end] = [None] * (end - start)
            else:
                out[start:end] = [f"B-{label}"] + [f"I-{label}"] * (end - start - 1)
        elif label in UNCERTAIN_LABELS:
            out[start:end] = [None] * (end - start)
        elif label not in OUTSIDE_LABELS:
            raise ValueError(f"{dataset}: unknown label {label!r}")
    if dataset == "nerp" and unsure_org:
        out = [
            None if t == "O" and w.lower() in unsure_org else t
            for w, t in zip(words, out, strict=True)
        ]
    return out


def make_doc(vocab: Vocab, words: list[str], tags: Tags) -> Doc:
    """A Doc of the words (one space apart) with the IOB2 tags as entities (None: missing)."""
    return Doc(vocab, words=words, spaces=[True] * (len(words) - 1) + [False], ents=tags)


def keep_fraction(key: str, fraction: float) -> bool:
    """Deterministic sample: keep a sentence when the hash of its key falls below `fraction`."""
    if fraction >= 1:
        return True
    return int(hashlib.sha1(key.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF < fraction


def copies(key: str, weight: float) -> int:
    """How often a sentence goes into training: `weight` 2 doubles, 0.3 keeps a 30% sample."""
    whole = int(weight)
    return whole + (weight > whole and keep_fraction(key, weight - whole))


def build_corpora(
    data_dir: Path,
    vocab: Vocab,
    *,
    weights: dict[str, float] | None = None,
    nerp_missing_org: bool = True,
) -> tuple[list[Doc], list[Doc], dict[str, int]]:
    """Train and dev Docs from the shared NER data, deduplicated and weighted per dataset."""
    weights = weights or {}
    ner = data_dir / "ner"
    train = {name: read_conll(ner / name / "train.conll") for name in NER_DATASETS}
    dev = {name: read_conll(ner / name / "dev.conll") for name in NER_DATASETS}
    unsure = set()
    if nerp_missing_org:
        unsure = org_words(s for name in NER_DATASETS if name != "nerp" for s in train[name])
    seen = {sentence_key(words) for split in dev.values() for words, _ in split}
    train_docs, counts = [], {}
    for name in PRIORITY:
        counts[name] = 0
        for words, tags in train[name]:
            key = sentence_key(words)
            n = copies(key, weights.get(name, 1.0))
            if key in seen or not n:
                continue
            seen.add(key)
            doc = make_doc(vocab, words, harmonize(name, words, tags, unsure))
            train_docs.extend([doc] * n)
            counts[name] += n
    dev_docs = [
        make_doc(vocab, words, harmonize(name, words, tags, unsure))
        for name in DEV_DATASETS
        for words, tags in dev[name]
    ]
    random.Random(0).shuffle(train_docs)
    return train_docs, dev_docs, counts


def conll_docs(path: Path, vocab: Vocab) -> list[Doc]:
    """Docs of one CoNLL file with its own PER/ORG/LOC tags (other labels dropped)."""
    return [make_doc(vocab, w, harmonize("custom", w, t, set())) for w, t in read_conll(path)]


def case_variant(nlp: Language, example: Example, transform: Callable[[str], str]) -> Example:
    """The example with every word cased by `transform`, keeping tokens and (missing) tags."""
    ref = example.reference
    words = [transform(t.text) for t in ref]
    spaces = [bool(t.whitespace_) for t in ref]
    tags = [
        None if not t.ent_iob_ else t.ent_iob_ + ("-" + t.ent_type_ if t.ent_type_ else "")
        for t in ref
    ]
    return Example(
        Doc(nlp.vocab, words=words, spaces=spaces),
        Doc(nlp.vocab, words=words, spaces=spaces, ents=tags),
    )


@registry.augmenters("textkit.case_variants.v1")
def create_case_augmenter(
    lower: float, upper: float
) -> Callable[[Language, Example], Iterator[Example]]:
    """Augmenter: a share `lower` of texts in lower case, `upper` in ALL CAPS (headlines)."""

    def augment(nlp: Language, example: Example) -> Iterator[Example]:
        roll = random.random()
        if roll < lower:
            yield case_variant(nlp, example, str.lower)
        elif roll < lower + upper:
            yield case_variant(nlp, example, str.upper)
        else:
            yield example

    return augment


def vector_overrides(vectors: Path | None) -> dict:
    """Config overrides that feed static vectors (a spaCy pipeline folder) to the tok2vec."""
    return {
        "paths.vectors": str(vectors) if vectors else None,
        "components.tok2vec.model.embed.include_static_vectors": vectors is not None,
    }


def train_pipeline(
    train_path: Path, dev_path: Path, output: Path, overrides: dict, vectors: Path | None
) -> Path:
    """Train with spaCy's loop on the given DocBins; return the best pipeline's folder."""
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as train_loop

    use_textkit_language()
    overrides = {
        "paths.train": str(train_path),
        "paths.dev": str(dev_path),
        **vector_overrides(vectors),
        **overrides,
    }
    config = load_config(CONFIG_PATH, overrides=overrides, interpolate=False)
    nlp = init_nlp(config, use_gpu=-1)
    output.mkdir(parents=True, exist_ok=True)
    train_loop(nlp, output, use_gpu=-1, stdout=sys.stdout, stderr=sys.stderr)
    return output / "model-best"


def install(best: Path, target: Path) -> None:
    """Copy a trained pipeline to `target`, with a config free of training paths; the files
    written by hand beside the model (`KEPT_FILES`) stay."""
    kept = {name: (target / name).read_bytes() for name in KEPT_FILES if (target / name).is_file()}
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(best, target)
    for name, data in kept.items():
        (target / name).write_bytes(data)
    config = load_config(target / "config.cfg", interpolate=False)
    for key in config["paths"]:
        config["paths"][key] = None
    config["corpora"]["train"]["augmenter"] = None
    config.to_disk(target / "config.cfg")
    meta = json.loads((target / "meta.json").read_text(encoding="utf-8"))
    meta.update(name="textkit_ner", description=META_DESCRIPTION, license=META_LICENSE)
    (target / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")


def parse_weight(text: str) -> tuple[str, float]:
    """`DATASET=X` of `--weight` as (dataset, weight)."""
    name, _, value = text.partition("=")
    if name not in NER_DATASETS or not value:
        raise argparse.ArgumentTypeError(f"--weight wants DATASET=X with DATASET in {NER_DATASETS}")
    return name, float(value)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m textkit.training ner", description=__doc__)
    parser.add_argument("--data", type=Path, help="shared data folder (default ../shared/data)")
    parser.add_argument("--train", type=Path, help="train on this CoNLL file only (tests)")
    parser.add_argument("--dev", type=Path, help="dev CoNLL file with --train (default: same)")
    parser.add_argument("--output", type=Path, default=MODEL_DIR, help="where the model goes")
    parser.add_argument("--work", type=Path, help="keep intermediate files here")
    parser.add_argument("--max-steps", type=int, help="training steps (default: ner.cfg)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--vectors", default="floret", help="floret (train them), none, or a vectors pipeline dir"
    )
    parser.add_argument(
        "--weight",
        action="append",
        default=[],
        type=parse_weight,
        metavar="DATASET=X",
        help=f"how much of a dataset to use (repeat: 2, sample: 0.3); default {DEFAULT_WEIGHTS}",
    )
    parser.add_argument(
        "--nerp-o", action="store_true", help="NERP O is O (default: unsure for ORG words)"
    )
    parser.add_argument(
        "--pretrain-epochs",
        type=int,
        default=0,
        help="pretrain the tok2vec on the raw news for N epochs first (measured: no clear gain)",
    )
    parser.add_argument(
        "--raw-text", type=Path, help='JSONL of {"text": ...} to pretrain on (default: raw news)'
    )
    parser.add_argument("--lower", type=float, help="share of texts lowercased in training")
    parser.add_argument("--upper", type=float, help="share of texts upper-cased in training")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    random.seed(args.seed)
    overrides = {"system.seed": args.seed}
    if args.max_steps is not None:
        overrides["training.max_steps"] = args.max_steps
        overrides["training.eval_frequency"] = max(1, min(500, args.max_steps))
    if args.lower is not None:
        overrides["corpora.train.augmenter.lower"] = args.lower
    if args.upper is not None:
        overrides["corpora.train.augmenter.upper"] = args.upper
    nlp = IndonesianNews()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        if args.train:
            for path in (args.train, args.dev or args.train):
                if not path.is_file():
                    print(f"error: no such CoNLL file: {path}", file=sys.stderr)
                    return 2
            train_docs = conll_docs(args.train, nlp.vocab)
            dev_docs = conll_docs(args.dev or args.train, nlp.vocab)
            if not train_docs:
                print(f"error: no sentences in {args.train}", file=sys.stderr)
                return 2
            data_dir = None
        else:
            data_dir = args.data or require_shared_data()
            weights = DEFAULT_WEIGHTS | dict(args.weight)
            train_docs, dev_docs, counts = build_corpora(
                data_dir, nlp.vocab, weights=weights, nerp_missing_org=not args.nerp_o
            )
            print("train sentences per dataset:", counts, flush=True)
        DocBin(docs=train_docs).to_disk(work / "train.spacy")
        DocBin(docs=dev_docs).to_disk(work / "dev.spacy")
        vectors = None if args.vectors == "none" else Path(args.vectors)
        if args.vectors == "floret":
            from .vectors import train_vectors

            # The vectors see every training sentence once, whatever the NER's weights.
            texts = build_corpora(data_dir, nlp.vocab)[0] if data_dir else train_docs
            vectors = train_vectors(data_dir, work / "vectors", texts)
        if args.pretrain_epochs and (args.raw_text or data_dir):
            raw = args.raw_text or write_raw_text(data_dir, work / "raw.jsonl")
            pretrain_overrides = {
                **overrides,
                **vector_overrides(vectors),
                "pretraining.max_epochs": args.pretrain_epochs,
            }
            weights = pretrain_tok2vec(CONFIG_PATH, pretrain_overrides, raw, work / "pretrain")
            overrides["paths.init_tok2vec"] = str(weights)
        best = train_pipeline(
            work / "train.spacy", work / "dev.spacy", work / "pipeline", overrides, vectors
        )
        install(best, args.output)
    print(f"model written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
