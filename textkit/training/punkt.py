"""`python -m textkit.training punkt`: retrain the Punkt sentence parameters on raw news.

Trains NLTK's `PunktTrainer` on `news/click-id/extra.jsonl` (paragraphs separated by blank
lines, so Punkt sees paragraph starts) and writes the learned abbreviations, collocations,
sentence starters and orthographic context as JSON to `textkit/lang/punkt_id.json`.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Iterable
from pathlib import Path

from nltk.tokenize.punkt import PunktParameters, PunktTrainer

from ..components.sentences import PUNKT_PATH
from ..datasets import NEWS_EXTRA, iter_news, require_shared_data

# Learned abbreviations kept: short ones (`kab`, `s.h`) that mostly occur with their period.
# Longer ones Punkt learns from this corpus are mostly words before a dropped paragraph break.
ABBREVIATION_SHAPE = re.compile(r"[a-z]{1,3}|(?:[a-z]{1,4}\.)+[a-z]{1,4}")


def keep_abbreviation(abbreviation: str, freqs: dict[str, int]) -> bool:
    """Whether a learned abbreviation is plausible: short and mostly written with a period."""
    with_period = freqs.get(abbreviation + ".", 0)
    return bool(ABBREVIATION_SHAPE.fullmatch(abbreviation)) and with_period >= freqs.get(
        abbreviation, 0
    )


def train(texts: Iterable[str]) -> tuple[PunktParameters, dict[str, int]]:
    """Punkt parameters learned from raw texts, and the frequency of each word type."""
    trainer = PunktTrainer()
    for text in texts:
        trainer.train(text, finalize=False)
    trainer.finalize_training()
    freqs = {word: count for word, count in trainer._type_fdist.items()}
    return trainer.get_params(), freqs


def params_to_json(params: PunktParameters, freqs: dict[str, int], min_count: int) -> dict:
    """A JSON-ready dict of the parameters; orthographic context only for frequent words."""
    return {
        "abbrev_types": sorted(a for a in params.abbrev_types if keep_abbreviation(a, freqs)),
        "collocations": sorted([a, b] for a, b in params.collocations),
        "sent_starters": sorted(params.sent_starters),
        "ortho_context": {
            word: flags
            for word, flags in sorted(params.ortho_context.items())
            if freqs.get(word, 0) + freqs.get(word + ".", 0) >= min_count
        },
    }


def news_texts(path: Path, limit: int | None) -> Iterable[str]:
    """Article texts with paragraphs separated by blank lines (Punkt's paragraph starts)."""
    for article in iter_news(path, limit=limit):
        yield "\n\n".join(p for p in article["text"].split("\n") if p.strip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m textkit.training punkt", description=__doc__)
    parser.add_argument("--limit", type=int, default=None, help="articles to train on (all)")
    parser.add_argument("--min-count", type=int, default=3, help="keep ortho context from N")
    parser.add_argument("--out", type=Path, default=PUNKT_PATH)
    args = parser.parse_args(argv)
    source = require_shared_data() / NEWS_EXTRA
    start = time.perf_counter()
    params, freqs = train(news_texts(source, args.limit))
    data = params_to_json(params, freqs, args.min_count)
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(
        f"wrote {args.out}: {len(data['abbrev_types'])} abbreviations, "
        f"{len(data['sent_starters'])} sentence starters, {len(data['collocations'])} "
        f"collocations, {len(data['ortho_context'])} words ({time.perf_counter() - start:.0f} s)"
    )
    return 0
