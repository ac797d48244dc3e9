"""Running the real `textkit` entry point in a subprocess, for the CLI tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(sys.executable).with_name("textkit")
ENTRY = (
    [str(SCRIPT)]
    if SCRIPT.exists()
    else [sys.executable, "-c", "import sys; from textkit.cli import main; sys.exit(main())"]
)
TIMEOUT = 300  # seconds for one command; the machine may be shared


def textkit(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run `textkit ARGS` in a new process; its exit code, stdout and stderr."""
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    env.pop("TEXTKIT_DEBUG", None)
    return subprocess.run(
        [*ENTRY, *args], capture_output=True, text=True, timeout=TIMEOUT, cwd=cwd, env=env
    )


def error_lines(result: subprocess.CompletedProcess) -> list[str]:
    """The non-blank lines a command printed on stderr."""
    return [line for line in result.stderr.splitlines() if line.strip()]
