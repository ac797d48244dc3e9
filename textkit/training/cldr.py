"""`python -m textkit.training cldr`: rewrite the CLDR month and weekday names of Indonesian.

Reads CLDR's `id` locale through babel (`pip install -e ".[train]"`) and writes
`textkit/lang/cldr_id.json`, which `textkit.lang.temporal` reads at run time. The file is
checked in, so a babel upgrade that changes a name shows up as a diff (and, through the
pipeline fingerprint, redoes the documents of a batch output).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..lang.temporal import CLDR_PATH

LOCALE = "id"


def cldr_names(locale: str = LOCALE) -> dict:
    """Month names (wide and abbreviated) and weekday names (wide) of `locale`, by number
    (months 1-12, weekdays 0-6 from Monday), in CLDR's order."""
    from babel import Locale

    data = Locale(locale)
    return {
        "locale": locale,
        "months": {
            width: {str(num): name for num, name in data.months["format"][width].items()}
            for width in ("wide", "abbreviated")
        },
        "days": {"wide": {str(num): name for num, name in data.days["format"]["wide"].items()}},
    }


def write(path: Path, names: dict) -> None:
    """Write the names as the JSON file `textkit.lang.temporal` reads."""
    path.write_text(json.dumps(names, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m textkit.training cldr", description=__doc__)
    parser.add_argument("--out", type=Path, default=CLDR_PATH)
    args = parser.parse_args(argv)
    import babel

    names = cldr_names()
    write(args.out, names)
    print(f"wrote {args.out} from CLDR via babel {babel.__version__}")
    return 0
