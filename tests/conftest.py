"""Shared fixtures: the pipeline (loaded once) and the shared data folder (or a skip)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

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


BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture(scope="session")
def load_benchmark():
    """A function that imports a script of `benchmarks/` by name (for score gates)."""

    def load(name: str) -> ModuleType:
        spec = importlib.util.spec_from_file_location(
            f"{name}_benchmark", BENCHMARKS / f"{name}.py"
        )
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    return load
