"""Registering textkit's spaCy factories so that spaCy also finds them through entry points.

`pyproject.toml` names each factory function under `spacy_factories`, so `spacy.load` of a
saved textkit pipeline imports textkit by itself. spaCy looks a factory's entry point up
while the decorator registers it, that is while its module is still loading: `factory`
binds the function in its module first, then registers it with `Language.factory`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

from spacy.language import Language

F = TypeVar("F", bound=Callable[..., Any])


def factory(name: str, **meta: Any) -> Callable[[F], F]:
    """`@Language.factory(name, **meta)` for a function an entry point names."""

    def register(func: F) -> F:
        setattr(sys.modules[func.__module__], func.__name__, func)
        return Language.factory(name, **meta)(func)

    return register
