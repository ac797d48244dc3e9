"""Start-up time in a fresh process: `import textkit; textkit.load()` beside `spacy.blank("id")`.

    python benchmarks/startup.py [--repeat N]

Each snippet runs N times in a new interpreter; the script prints the median and best wall
time of the whole process (interpreter start included) and the ratio to `spacy.blank("id")`.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

SNIPPETS = {
    'spacy.blank("id")': 'import spacy; spacy.blank("id")',
    "textkit.load()": "import textkit; textkit.load()",
    "textkit.load() + first doc": (
        'import textkit; textkit.analyze("Hujan turun di Bogor. Jalan tergenang.")'
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
    print(f"Fresh-process start-up, {args.repeat} runs each:")
    for name, (median, best) in results.items():
        print(f"  {name:<28} median {median:5.2f} s  best {best:5.2f} s  ({median / base:.2f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
