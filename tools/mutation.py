"""Mutation run: does the suite catch deliberate breakages of the code?

Each breakage of the table below is a text substitution in one file of textkit (with
alternatives, so that it still applies after small changes to the code). The script copies
the repository to a temporary folder once, runs the chosen tests and notebooks there unbroken
(the baseline), then for each breakage applies it to the copy, runs the tests and notebooks
that concern it, and restores the file. It prints a table, breakage → the tests that failed
(caught) or none (missed), and writes it to `docs/figures/mutation.md`.

    .venv/bin/python tools/mutation.py [--only NAME ...] [--list] [--keep]

The copy is run with this interpreter and `PYTHONPATH` pointing at it, so the installed
textkit (editable, pointing at this worktree) is shadowed by the copy; nothing is installed.
A breakage whose text is no longer in the code is reported as "could not apply".
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from _figures import write_figures  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
IGNORED = (".git", ".venv", "out", "build", "__pycache__", ".pytest_cache", ".hypothesis",
           ".ruff_cache", "*.egg-info", ".ipynb_checkpoints")  # fmt: skip

NB_QUICKSTART = "notebooks/01-quickstart.ipynb"
NB_CORPUS = "notebooks/02-corpus-overview.ipynb"
NB_TIME = "notebooks/03-time-and-places.ipynb"


@dataclass(frozen=True)
class Edit:
    """Replace `old` by `new` in `path` (every occurrence)."""

    path: str
    old: str
    new: str


@dataclass(frozen=True)
class Breakage:
    """A deliberate bug: the first of `edits` whose `old` text is found is applied."""

    name: str
    edits: tuple[Edit, ...]
    targets: tuple[str, ...]  # test files and notebooks that concern it


BREAKAGES = (
    Breakage(
        "dateline matcher finds nothing",
        (
            Edit("textkit/article.py", "for pattern in DATELINES:", "for pattern in ():"),
            Edit("textkit/lang/news.py", 'DATELINE_DASH = rf"', 'DATELINE_DASH = rf"(?!)'),
        ),
        ("tests/test_article.py", "tests/test_corpora.py", NB_QUICKSTART, NB_CORPUS),
    ),
    Breakage(
        "Baca juga lines stay in the analysed body",
        (Edit("textkit/lang/news.py", '    "baca juga",\n', ""),),
        ("tests/test_article.py", "tests/test_corpora.py", NB_QUICKSTART, NB_CORPUS),
    ),
    Breakage(
        "batch drops one document",
        (
            Edit(
                "textkit/batch/job.py",
                "        yield article, digest\n",
                "        if summary.documents != 3:\n            yield article, digest\n",
            ),
        ),
        ("tests/test_batch.py", NB_CORPUS),
    ),
    Breakage(
        "every entity removed from the tables",
        (Edit("textkit/frames.py", "for ent in doc.ents:", "for ent in doc.ents[:0]:"),),
        ("tests/test_batch.py", "tests/test_frames.py", NB_QUICKSTART, NB_CORPUS),
    ),
    Breakage(
        "every entity removed by the pipeline",
        (
            Edit(
                "textkit/components/linker.py",
                "    if changed:\n        doc.ents = ents\n    return doc",
                "    doc.ents = []\n    return doc",
            ),
        ),
        (
            "tests/test_pipeline.py",
            "tests/test_gazetteer.py",
            "tests/test_batch.py",
            NB_QUICKSTART,
            NB_CORPUS,
        ),
    ),
    Breakage(
        "kemarin shifted by a day",
        (Edit("textkit/lang/temporal.py", '"kemarin": -1,', '"kemarin": -2,'),),
        ("tests/test_temporal.py", "tests/test_temporal_properties.py", "tests/test_pipeline.py"),
    ),
    Breakage(
        "besok and lusa shifted by a day",
        (
            Edit(
                "textkit/lang/temporal.py",
                '    "besok": 1,\n    "esok": 1,',
                '    "besok": 2,\n    "esok": 2,',
            ),
        ),
        ("tests/test_temporal.py", "tests/test_temporal_properties.py", "tests/test_pipeline.py"),
    ),
    Breakage(
        "weekdays shifted by a day",
        (
            Edit(
                "textkit/lang/temporal.py",
                "name.lower(): num + 1 for num",
                "name.lower(): (num + 1) % 7 + 1 for num",
            ),
        ),
        ("tests/test_temporal.py", "tests/test_temporal_properties.py", "tests/test_pipeline.py"),
    ),
    Breakage(
        "place codes dropped by the linker",
        (
            Edit(
                "textkit/components/linker.py",
                "return (place.name, place.code) if place else",
                'return (place.name, "") if place else',
            ),
        ),
        ("tests/test_gazetteer.py", "tests/test_pipeline.py", "tests/test_places.py"),
    ),
    Breakage(
        "NFC normalization removed from the reader",
        (
            Edit("textkit/io.py", 'unicodedata.normalize("NFC", ', "("),
            Edit("textkit/io.py", '"NFC"', '"NFD"'),
        ),
        ("tests/test_io.py", "tests/test_pipeline.py", "tests/test_corpora.py"),
    ),
    Breakage(
        "sentence rule: leading abbreviations end sentences",
        (
            Edit(
                "textkit/components/sentences.py", "if prev.text in _LEADING:", "if not prev.text:"
            ),
        ),
        ("tests/test_sentences.py", "tests/test_pipeline.py"),
    ),
    Breakage(
        "sentence rule: Punkt boundaries ignored",
        (
            Edit(
                "textkit/components/sentences.py",
                "    return token.idx in punkt_starts",
                "    return False and token.idx in punkt_starts",
            ),
        ),
        ("tests/test_sentences.py", "tests/test_pipeline.py"),
    ),
    Breakage(
        "top-entities chart draws empty bars",
        (
            Edit(
                "textkit/plot.py",
                'ax.barh(rows["entity"].tolist(), rows[value].tolist()',
                'ax.barh(rows["entity"].tolist(), [0] * len(rows)',
            ),
        ),
        ("tests/test_plot.py", NB_QUICKSTART, NB_CORPUS),
    ),
    Breakage(
        "short-name merging off",
        (Edit("textkit/frames.py", "if len(fuller) == 1:", "if len(fuller) == -1:"),),
        ("tests/test_frames.py", "tests/test_pipeline.py", NB_QUICKSTART, NB_CORPUS),
    ),
    Breakage(
        "identity: short forms keep their own identity",
        (
            Edit(
                "textkit/components/identity.py",
                "if len(holders) != 1:",
                "if len(holders) != -1:",
            ),
        ),
        ("tests/test_identity.py", "tests/test_frames.py", NB_QUICKSTART, NB_CORPUS),
    ),
    Breakage(
        "identity: acronyms the text defines not joined",
        (
            Edit(
                "textkit/components/identity.py",
                "links: list[tuple[tuple[int, int], tuple[int, int]]] = []",
                "links: list[tuple[tuple[int, int], tuple[int, int]]] = []\n    return ents, links",
            ),
        ),
        ("tests/test_identity.py", NB_QUICKSTART),
    ),
    Breakage(
        "hyphenated name pairs kept whole",
        (
            Edit(
                "textkit/lang/punctuation.py",
                "NAME_PAIR_HYPHEN = rf",
                'NAME_PAIR_HYPHEN = r"(?!)" or rf',  # a pattern that never matches
            ),
        ),
        ("tests/test_tokenizer.py", "tests/spacy_lang_id"),
    ),
    Breakage(
        "reference time: a narrated day ignored for clock times",
        (
            Edit(
                "textkit/temporal/pieces.py",
                '"time_of_day": "narrative"',
                '"time_of_day": "anchor"',
            ),
        ),
        ("tests/test_temporal.py", "tests/test_temporal_properties.py"),
    ),
    Breakage(
        "acronyms not merged with full names",
        (
            Edit(
                "textkit/frames.py",
                "keys = value.where(value.notna() & (value.str.len() > 0), text)",
                "keys = text",
            ),
        ),
        ("tests/test_frames.py", NB_CORPUS),
    ),
    Breakage(
        "entity counts: documents counted like mentions",
        (
            Edit(
                "textkit/frames.py",
                'documents=("doc_id", "nunique")',
                'documents=("doc_id", "size")',
            ),
        ),
        ("tests/test_frames.py", "tests/test_plot.py", NB_CORPUS),
    ),
    Breakage(
        "gazetteer adds nothing",
        (
            Edit(
                "textkit/components/gazetteer.py",
                "doc.ents = sorted(ents + kept, key=lambda s: s.start)",
                "doc.ents = sorted(ents, key=lambda s: s.start)",
            ),
        ),
        ("tests/test_gazetteer.py", "tests/test_pipeline.py", NB_QUICKSTART),
    ),
    Breakage(
        "month range: the first month dropped",
        (
            Edit(
                "textkit/temporal/rules.py",
                "    before = _range_first_month(text, start)\n    if before is None:",
                "    before = None\n    if before is None:",
            ),
        ),
        ("tests/test_temporal.py",),
    ),
    Breakage(
        "identity: misspelt names keep their spelling",
        (
            Edit(
                "textkit/components/identity.py",
                "    if len(counts) < 2:\n        return {}",
                "    if True:\n        return {}",
            ),
        ),
        ("tests/test_identity.py",),
    ),
    Breakage(
        "identity: one name keeps several labels",
        (
            Edit(
                "textkit/components/identity.py",
                "        if len(counts) < 2:\n            continue",
                "        if True:\n            continue",
            ),
        ),
        ("tests/test_identity.py",),
    ),
    Breakage(
        "sentences: the may_start shortcut drops line-break starts",
        (
            Edit(
                "textkit/components/sentences.py",
                "_NEWLINE.search(text, end, idx):\n        return True",
                "_NEWLINE.search(text, end, idx):\n        return False",
            ),
        ),
        ("tests/test_sentences.py",),
    ),
    Breakage(
        "JSONL in UTF-16 split on the byte newline",
        (Edit("textkit/io.py", "        if encoding is None:\n", "        if True:\n"),),
        ("tests/test_io.py",),
    ),
    Breakage(
        "published date ignored by analyze()",
        (
            Edit(
                "textkit/pipeline.py",
                'attrs = {"published": normalize_published(published)}',
                'attrs = {"published": None}',
            ),
            Edit(
                "textkit/pipeline.py",
                "doc._.published = normalize_published(published)",
                "doc._.published = None",
            ),
        ),
        ("tests/test_pipeline.py", "tests/test_temporal.py", NB_QUICKSTART),
    ),
)


def copy_repo(dest: Path) -> Path:
    """A copy of the worktree (code, tests, notebooks, data; no .git, .venv or caches)."""
    return Path(shutil.copytree(ROOT, dest / "repo", ignore=shutil.ignore_patterns(*IGNORED)))


def apply(breakage: Breakage, repo: Path) -> tuple[Edit, str] | None:
    """Apply the first applicable edit; return it and the file's original text, or None."""
    for edit in breakage.edits:
        path = repo / edit.path
        if path.exists():
            original = path.read_text(encoding="utf-8")
            if edit.old in original:
                path.write_text(original.replace(edit.old, edit.new), encoding="utf-8")
                return edit, original
    return None


def copy_env(repo: Path) -> dict[str, str]:
    """The environment that makes this interpreter import textkit from `repo`."""
    return os.environ | {"PYTHONPATH": str(repo), "PYTHONDONTWRITEBYTECODE": "1"}


def check_shadowing(repo: Path) -> None:
    """Stop unless `import textkit` in the copy's environment finds the copy."""
    code = "import textkit; print(textkit.__file__)"
    found = subprocess.run(
        [sys.executable, "-c", code], cwd=repo, env=copy_env(repo), capture_output=True, text=True
    ).stdout.strip()
    if not found.startswith(str(repo)):
        raise SystemExit(f"textkit is imported from {found or '?'}, not from the copy {repo}")


def run_tests(repo: Path, targets: tuple[str, ...], report: Path) -> tuple[set[str], float]:
    """Failing test ids of `targets` run in `repo`, and the seconds it took."""
    present = [t for t in targets if (repo / t).exists()]
    args = [sys.executable, "-m", "pytest", *present, "-q", "-p", "no:cacheprovider"]
    args += ["--junitxml", str(report)]
    if any(t.endswith(".ipynb") for t in present):
        args.append("--nbmake")
    env = copy_env(repo)
    start = time.perf_counter()
    report.unlink(missing_ok=True)
    subprocess.run(args, cwd=repo, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if not report.exists():
        return {"(pytest did not run)"}, elapsed
    failed = set()
    for case in ET.parse(report).getroot().iter("testcase"):
        if case.find("failure") is not None or case.find("error") is not None:
            name = case.get("name", "")
            where = case.get("classname", "").replace(".", "/")
            failed.add(f"{where.rsplit('/', 1)[-1]}::{name}" if where else name)
    return failed, elapsed


def short(failed: list[str], limit: int = 3) -> str:
    shown = ", ".join(f"`{name}`" for name in failed[:limit])
    return shown + (f" (+{len(failed) - limit})" if len(failed) > limit else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", help="run only breakages whose name contains these")
    parser.add_argument("--list", action="store_true", help="list the breakages and exit")
    parser.add_argument("--keep", action="store_true", help="keep the temporary copy")
    args = parser.parse_args(argv)
    chosen = [b for b in BREAKAGES if not args.only or any(word in b.name for word in args.only)]
    if args.list:
        for b in chosen:
            print(f"{b.name}: {b.edits[0].path}; runs {', '.join(b.targets)}")
        return 0

    tmp = Path(tempfile.mkdtemp(prefix="textkit-mutation-"))
    try:
        repo = copy_repo(tmp)
        check_shadowing(repo)
        report = tmp / "report.xml"
        targets = tuple(dict.fromkeys(t for b in chosen for t in b.targets))
        baseline, seconds = run_tests(repo, targets, report)
        print(f"baseline ({seconds:.0f} s): {len(baseline)} failing before any breakage", end="")
        print(f": {sorted(baseline)}" if baseline else "", flush=True)
        rows = []
        for breakage in chosen:
            applied = apply(breakage, repo)
            if applied is None:
                rows.append((breakage, breakage.edits[0].path, "could not apply", []))
                print(f"{breakage.name}: could not apply", flush=True)
                continue
            edit, original = applied
            try:
                failed, seconds = run_tests(repo, breakage.targets, report)
            finally:
                (repo / edit.path).write_text(original, encoding="utf-8")
            new = sorted(failed - baseline)
            verdict = "caught" if new else "MISSED"
            rows.append((breakage, edit.path, verdict, new))
            print(f"{breakage.name}: {verdict} {short(new, 8)} ({seconds:.0f} s)", flush=True)
    finally:
        if args.keep:
            print(f"copy kept in {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    lines = [
        f"Baseline: {len(baseline)} of the chosen tests failing before any breakage"
        + (f" ({', '.join(sorted(baseline))}; not counted as catches)." if baseline else "."),
        "",
        "| breakage | file | verdict | failing tests (first 3) | failing notebooks |",
        "|---|---|---|---|---|",
    ]
    for breakage, path, verdict, failed in rows:
        tests = short([name for name in failed if ".ipynb" not in name])
        notebooks = ", ".join(name.rsplit("::", 1)[-1] for name in failed if ".ipynb" in name)
        lines.append(f"| {breakage.name} | `{path}` | {verdict} | {tests} | {notebooks} |")
    caught = sum(verdict == "caught" for _, _, verdict, _ in rows)
    lines += ["", f"{caught} of {len(rows)} breakages caught."]
    table = "\n".join(lines)
    print("\n" + table)
    if not args.only:
        write_figures("mutation", table, "python tools/mutation.py")
    return 0 if caught == len(rows) else 1


if __name__ == "__main__":
    sys.exit(main())
