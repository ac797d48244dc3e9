"""Pretrain the NER's tok2vec on raw news (spaCy's character objective, as `spacy pretrain`).

The tok2vec learns to predict the first and last characters of each word from its context on
the unlabelled CLICK-ID `extra.jsonl`; `train_pipeline` then starts from these weights.
"""

from __future__ import annotations

import json
from pathlib import Path

from spacy.training.pretrain import pretrain
from spacy.util import load_config, registry

from ..datasets import NEWS_EXTRA, iter_news, news_paragraphs
from ..lang import IndonesianNews


def use_textkit_language() -> None:
    """Make spaCy build `lang = "id"` in training configs with textkit's Language class."""
    registry.languages.register("id", func=IndonesianNews)


def write_raw_text(data_dir: Path, path: Path) -> Path:
    """Write the raw news as spaCy JSONL (`{"text": ...}` per paragraph) for pretraining."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for para in news_paragraphs(iter_news(data_dir / NEWS_EXTRA)):
            fh.write(json.dumps({"text": para}, ensure_ascii=False) + "\n")
    return path


def pretrain_tok2vec(config_path: Path, overrides: dict, raw_text: Path, out: Path) -> Path:
    """Pretrain the tok2vec of `config_path` on `raw_text`; return the weights file."""
    use_textkit_language()
    overrides = {**overrides, "paths.raw_text": str(raw_text)}
    config = load_config(config_path, overrides=overrides, interpolate=True)
    out.mkdir(parents=True, exist_ok=True)
    pretrain(config, out, silent=False)
    return out / "model-last.bin"
