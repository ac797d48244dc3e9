"""Every test of spaCy's installed `spacy/tests/lang/id` package, collected here (not copied) so
that they run against textkit's tokenizer (the `id_tokenizer` fixture of this folder)."""

from __future__ import annotations

import importlib
import pkgutil

import spacy.tests.lang.id as spacy_id_tests


def _spacy_tests() -> dict[str, object]:
    found: dict[str, object] = {}
    for module_info in pkgutil.iter_modules(spacy_id_tests.__path__):
        if not module_info.name.startswith("test_"):
            continue
        module = importlib.import_module(f"{spacy_id_tests.__name__}.{module_info.name}")
        found.update({k: v for k, v in vars(module).items() if k.startswith("test_")})
    return found


SPACY_TESTS = _spacy_tests()
globals().update(SPACY_TESTS)


def test_spacy_tests_are_collected():
    # The tokenizer tests of spaCy 3.8, at least; an empty folder would guard nothing.
    assert {"test_id_tokenizer_splits_hyphens", "test_id_tokenizer_splits_numeric_range"} <= set(
        SPACY_TESTS
    )
