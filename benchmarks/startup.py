"""Start-up time in a fresh process: `import textkit; textkit.load()` beside `spacy.blank("id")`.

    python benchmarks/startup.py [--repeat N]

Each snippet runs N times in a new interpreter; the script prints the median and best wall
time of the whole process (interpreter start included) and the ratio to `spacy.blank("id")`,
and writes them to `docs/figures/startup.md`.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

from _figures import Figures

SNIPPETS = {
    'spacy.blank("id")': 'import spacy; spacy.blank("id")',
    "textkit.load()": "import textkit; textkit.load()",
    "textkit.load() + first doc": (
        'import textkit; textkit.analyze("Hujan turun di Bogor. Jalan tergenang.")'
    ),
    "tokenizer language (IndonesianNews())": (
        "from textkit.lang import IndonesianNews; IndonesianNews()"
    ),
    "python -c pass": "pass",
}


def run_once(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    results = {}
    for name, code in SNIPPETS.items():
        run_once(code)  # warm the file system cache
        times = [run_once(code) for _ in range(args.repeat)]
        results[name] = (statistics.median(times), min(times))
    base = results['spacy.blank("id")'][0]
    out = Figures()
    out.print(f"Fresh-process start-up (interpreter start included), {args.repeat} runs each:")
    out.print()
    out.print('| snippet | median s | best s | median vs `spacy.blank("id")` |')
    out.print("|---|---|---|---|")
    for name, (median, best) in results.items():
        out.print(f"| `{name}` | {median:.2f} | {best:.2f} | {median / base:.2f}x |")
    out.write("startup", "startup.py", argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
