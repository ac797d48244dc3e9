"""The map's draw time, and how many mentions get an event date in batch results.

    python benchmarks/charts.py map [--repeat N]
    python benchmarks/charts.py events OUT   # OUT: a `textkit batch` output folder

`map` draws `plot.places_map` of 30 places into a PNG (Agg, 120 dpi) with the land outlines
and, as the baseline in the same process, on the bare lon/lat plane; it prints the median
times and their ratio. `events` reads the documents and mentions tables of OUT and prints
how many PER/ORG/LOC mentions share a sentence with a calendar date (`frames.event_dates`)
and how far those dates lie from the publication day. Both write `docs/figures/`.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import time
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _figures import write_figures  # noqa: E402

from textkit import frames, plot  # noqa: E402

MAP_COMMAND = "python benchmarks/charts.py map"
EVENTS_COMMAND = "python benchmarks/charts.py events OUT"


def sample_counts(n: int = 30) -> pd.DataFrame:
    """`n` provinces (located at their capitals) with made-up decreasing mention counts."""
    names = plot.province_capitals()["province"].head(n)
    return pd.DataFrame({"entity": names, "mentions": range(len(names) * 3, 0, -3)})


def draw_seconds(counts: pd.DataFrame, land: bool) -> float:
    """Wall time of one map, drawn and saved as a PNG."""
    start = time.perf_counter()
    ax = plot.places_map(counts, land=land)
    ax.figure.savefig(io.BytesIO(), format="png", dpi=120, bbox_inches="tight")
    plt.close(ax.figure)
    return time.perf_counter() - start


def map_figures(repeat: int) -> str:
    counts = sample_counts()
    start = time.perf_counter()
    plot.land.cache_clear()
    plot.land()
    load = time.perf_counter() - start
    draw_seconds(counts, land=True)  # warm up imports and font caches
    times = {land: [draw_seconds(counts, land) for _ in range(repeat)] for land in (False, True)}
    bare, with_land = (statistics.median(times[land]) for land in (False, True))
    size = plot.LAND_PATH.stat().st_size / 1024
    rings = sum(len(r) for r in plot.land().values())
    return "\n".join(
        [
            f"`places_map` of {len(counts)} places, drawn and saved as PNG, median of {repeat}:",
            "",
            "| map | seconds | ratio |",
            "|---|---|---|",
            f"| bare lon/lat plane (baseline) | {bare:.2f} | 1.00 |",
            f"| with land outlines | {with_land:.2f} | {with_land / bare:.2f} |",
            "",
            f"Land file: {size:.0f} KiB, {len(plot.land())} countries, {rings} rings; "
            f"loading it once: {load * 1000:.0f} ms.",
        ]
    )


def corpus_name(out: Path) -> str:
    """The corpus a batch output folder was made from (its run.json), else the folder's name."""
    try:
        return json.loads((out / "run.json").read_text(encoding="utf-8"))["corpus"]
    except (OSError, KeyError, ValueError):
        return out.name


def event_figures(out: Path) -> str:
    documents, mentions = frames.read_results(out)
    events = frames.event_dates(mentions, documents)
    named = mentions[mentions["label"].isin(frames.NAMED_LABELS)]
    dated = events[["doc_id", "sent"]].drop_duplicates()
    paired = named.merge(dated, on=["doc_id", "sent"])
    dates = mentions[mentions["label"] == "DATE"]
    calendar = dates["value"].map(frames.date_granularity).notna()
    days = events.drop_duplicates(["doc_id", "sent", "timex"])["days_from_published"].dropna()
    days = days.astype(int)
    grains = events.drop_duplicates(["doc_id", "sent", "timex"])["granularity"].value_counts()

    def share(mask: pd.Series) -> str:
        return f"{mask.mean():.1%}" if len(mask) else "-"

    quartiles = days.quantile([0.1, 0.25, 0.5, 0.75, 0.9]).round().astype(int).tolist()
    return "\n".join(
        [
            f"`textkit batch` results of {len(documents):,} articles (`{corpus_name(out)}`):",
            "",
            "| what | count | share |",
            "|---|---|---|",
            f"| PER/ORG/LOC mentions | {len(named):,} | |",
            f"| ... in a sentence with a calendar date (get an event date) | {len(paired):,} "
            f"| {len(paired) / max(len(named), 1):.1%} |",
            f"| DATE mentions | {len(dates):,} | |",
            f"| ... calendar dates (day, month, year) | {int(calendar.sum()):,} "
            f"| {calendar.mean():.1%} |",
            f"| event rows (entity, sentence, date) | {len(events):,} | |",
            f"| distinct entities with an event date | {events['entity'].nunique():,} | |",
            "",
            "Dates paired with entities (one per sentence and date): "
            + ", ".join(f"{g} {grains.get(g, 0):,}" for g in ("day", "month", "year"))
            + ".",
            "",
            "Days from publication to the event date's period (0: the period holds the "
            "publication day; negative: before it):",
            "",
            "| statistic | value |",
            "|---|---|",
            f"| dates | {len(days):,} |",
            f"| 10th, 25th, 50th, 75th, 90th percentile | {', '.join(map(str, quartiles))} |",
            f"| on the publication day or in its month/year (0) | {share(days == 0)} |",
            f"| within a week (-7 to 7) | {share(days.abs() <= 7)} |",
            f"| within 30 days | {share(days.abs() <= 30)} |",
            f"| before publication (< 0) | {share(days < 0)} |",
            f"| after publication (> 0) | {share(days > 0)} |",
            f"| more than a year before | {share(days < -365)} |",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    draw = sub.add_parser("map", help="time the map with and without land")
    draw.add_argument("--repeat", type=int, default=5)
    events = sub.add_parser("events", help="event dates in batch results")
    events.add_argument("out", type=Path, help="a `textkit batch` output folder")
    args = parser.parse_args(argv)
    if args.what == "map":
        text = map_figures(args.repeat)
        path = write_figures("charts-map", text, MAP_COMMAND)
    else:
        text = event_figures(args.out)
        path = write_figures("charts-events", text, EVENTS_COMMAND)
    print(text)
    print(f"\nwrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
