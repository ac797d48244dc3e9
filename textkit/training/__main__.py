"""`python -m textkit.training NAME [options]`: rebuild one shipped model."""

from __future__ import annotations

import importlib
import sys

from . import COMMANDS


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in COMMANDS:
        print(
            f"usage: python -m textkit.training {{{','.join(COMMANDS)}}} [options]", file=sys.stderr
        )
        return 2
    return importlib.import_module(COMMANDS[argv[0]]).main(argv[1:])


if __name__ == "__main__":
    sys.exit(main())
