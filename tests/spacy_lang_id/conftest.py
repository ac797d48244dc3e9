"""spaCy's own Indonesian tests (`spacy/tests/lang/id`, run from the installed package) as a
second referee of the textkit tokenizer: their `id_tokenizer` fixture is textkit's."""

from __future__ import annotations

import pytest

import textkit

# Cases where textkit deliberately differs from spaCy: test id -> why. Each is a strict xfail,
# so a case that starts passing (or a new difference) shows up.
EXPECTED_DIFFERENCES: dict[str, str] = {}


@pytest.fixture(scope="session")
def id_tokenizer():
    return textkit.load().tokenizer


@pytest.fixture(autouse=True)
def _expected_difference(request):
    reason = EXPECTED_DIFFERENCES.get(request.node.name)
    if reason:
        request.node.add_marker(pytest.mark.xfail(reason=reason, strict=True))
