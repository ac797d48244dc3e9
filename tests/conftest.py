"""Shared fixtures: the pipeline (loaded once) and the shared data folder (or a skip)."""

from __future__ import annotations

from pathlib import Path

import pytest

import textkit
from textkit.datasets import shared_data_dir


@pytest.fixture(scope="session")
def nlp():
    return textkit.load()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    path = shared_data_dir()
    if path is None:
        pytest.skip("needs the shared data at ../shared/data (or $TEXTKIT_SHARED_DATA)")
    return path
