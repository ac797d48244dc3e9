"""`textkit batch` with worker processes, run as a user would: Ctrl-C twice, a killed parent.

Each test starts the real `textkit` entry point in a process group of its own (as a shell
starts a job) and checks, with bounded waits, that no process of that group survives.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from clirun import ENTRY

psutil = pytest.importorskip("psutil")

WAIT_S = 180  # for the workers to start (the machine is shared)
EXIT_S = 90  # for every process of the group to be gone (generous: CI machines may be loaded)


def write_corpus(folder: Path, count: int = 400) -> Path:
    """`count` invented articles, long enough that the batch is still running when stopped."""
    folder.mkdir(parents=True)
    for i in range(count):
        paragraphs = [
            f"Wali kota Rina Kusuma meresmikan pasar nomor {i} di Kota Sukamaju pada Senin.",
            f"Koperasi Tani Makmur membangun {i + 3} kios selama dua tahun terakhir.",
            "Budi Hartono, ketua koperasi, mengatakan pedagang akan pindah pekan depan.",
        ] * 6
        (folder / f"berita-{i:04d}.txt").write_text("\n".join(paragraphs) + "\n", "utf-8")
    return folder


def group_processes(pgid: int) -> list:
    found = []
    for proc in psutil.process_iter(["pid"]):
        try:
            if os.getpgid(proc.pid) == pgid and proc.status() != psutil.STATUS_ZOMBIE:
                found.append(proc)
        except (ProcessLookupError, psutil.Error):
            pass
    return found


def start_batch(tmp_path: Path) -> subprocess.Popen:
    corpus = write_corpus(tmp_path / "corpus")
    cmd = [*ENTRY, "batch", str(corpus), "--out", str(tmp_path / "out"), "--workers", "2"]
    return subprocess.Popen(
        cmd,
        start_new_session=True,  # its own process group, like a job started from a shell
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def is_worker(proc, parent: int) -> bool:
    """A pool worker of the batch process `parent`: forked or spawned by it, or forked by its
    forkserver (not the parent itself, its forkserver or its resource tracker)."""
    if proc.pid == parent:
        return False
    helper = any(word in " ".join(proc.cmdline()) for word in ("forkserver", "resource_tracker"))
    return not (proc.ppid() == parent and helper)


def wait_for_workers(child: subprocess.Popen) -> None:
    """Wait until the batch process has two worker processes that are analysing."""
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        assert child.poll() is None, f"batch ended early: {child.stderr.read()}"
        busy = []
        for proc in group_processes(child.pid):
            try:
                if is_worker(proc, child.pid) and proc.cpu_percent(0.2) > 5:
                    busy.append(proc)
            except psutil.Error:
                pass
        if len(busy) >= 2:
            return
        time.sleep(0.3)
    pytest.fail("the workers did not start in time")


def wait_for_group_to_end(pgid: int) -> list:
    deadline = time.monotonic() + EXIT_S
    while time.monotonic() < deadline:
        left = group_processes(pgid)
        if not left:
            return []
        time.sleep(0.3)
    return group_processes(pgid)


def _kill_group(pgid: int) -> None:
    for proc in group_processes(pgid):
        proc.kill()


def test_two_ctrl_c_stop_the_batch_and_all_its_workers(tmp_path):
    child = start_batch(tmp_path)
    try:
        wait_for_workers(child)
        os.killpg(child.pid, signal.SIGINT)  # Ctrl-C in a terminal goes to the whole group
        time.sleep(0.3)
        os.killpg(child.pid, signal.SIGINT)
        child.wait(timeout=EXIT_S)
        left = wait_for_group_to_end(child.pid)
        assert not left, [p.cmdline() for p in left]
        stderr = child.stderr.read()
        assert child.returncode in (130, -signal.SIGINT), (child.returncode, stderr[-3000:])
        assert "Traceback" not in stderr
    finally:
        _kill_group(child.pid)


def test_workers_do_not_outlive_a_killed_parent(tmp_path):
    child = start_batch(tmp_path)
    try:
        wait_for_workers(child)
        if sys.platform.startswith("linux"):  # forked from the batch process, no forkserver
            others = [p for p in group_processes(child.pid) if p.pid != child.pid]
            assert all(p.ppid() == child.pid for p in others), [p.cmdline() for p in others]
            assert not any("forkserver" in " ".join(p.cmdline()) for p in others)
        child.kill()  # SIGKILL: no handler runs, no cleanup
        child.wait(timeout=EXIT_S)
        left = wait_for_group_to_end(child.pid)
        assert not left, [p.cmdline() for p in left]
    finally:
        _kill_group(child.pid)
