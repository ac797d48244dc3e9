"""Properties of temporal extraction on any input, and its score on the shared dev gold."""

from __future__ import annotations

import datetime as dt
import importlib.util
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from textkit import temporal
from textkit.datasets import NEWS_ARTICLES
from textkit.temporal import TIMEX_TYPES, extract, is_timex_value

# Words and marks that the patterns react to, to build strings that stress them.
VOCAB = (
    "Senin Selasa Rabu Kamis Jumat Sabtu Minggu minggu Ahad pekan bulan tahun hari jam menit "
    "lalu depan ini itu kemarin besok lusa pagi siang sore malam dini pukul WIB WITA WIT "
    "Januari Nov Nop Agt Desember awal akhir pertengahan triwulan semester kuartal abad ke-21 "
    "setiap tiap per kali seminggu setahun dua tiga puluh belas setengah beberapa yang sejak "
    "Lebaran Natal Tahun Baru HUT RI Ramadan 1441 H 1990-an 80-an 2020 1999 0 29 31 99 "
    "( ) / - . , : 25/11/2020 (23/11) 14.30 14:30 2020-11-25 30/02/2021 Nomor 12 "
    "Sya'ban Jum'at Valentine's Day paruh sekali 70-an juta keesokan harinya tanggal sembilan"
).split()

ANCHORS = st.one_of(st.none(), st.dates(), st.dates(dt.date(1950, 1, 1), dt.date(2070, 12, 31)))


def check(text: str, anchor) -> None:
    found = extract(text, anchor)
    last_end = -1
    for timex in found:
        assert 0 <= timex.start < timex.end <= len(text)
        assert text[timex.start : timex.end] == timex.text
        assert timex.start >= last_end  # sorted, not overlapping
        last_end = timex.end
        assert timex.type in TIMEX_TYPES
        assert is_timex_value(timex.value), timex.value


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200), ANCHORS)
def test_any_string(text, anchor):
    check(text, anchor)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(VOCAB), max_size=14), st.sampled_from([" ", "", "  ", "\n"]))
def test_temporal_word_soup(words, sep):
    text = sep.join(words)
    check(text, dt.date(2020, 11, 25))
    check(text, None)
    check(text, dt.date.min)
    check(text, dt.date.max)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(VOCAB), max_size=14))
def test_word_gates_change_nothing(words):
    """Skipping patterns whose trigger words are absent gives the same result as running all."""
    text = " ".join(words)
    gated = extract(text, dt.date(2020, 11, 25))
    saved = list(temporal._COMPILED)
    temporal._COMPILED[:] = [(replace(rule, triggers=None), p) for rule, p in saved]
    try:
        assert extract(text, dt.date(2020, 11, 25)) == gated
    finally:
        temporal._COMPILED[:] = saved


# Gates just under the figures `temporal.extract` measures on each gold (raise them when the
# figures rise): shifting every kemarin/besok/lusa or every weekday by one day fails them
# (dev value 0.930 -> 0.916 and 0.898; dev2 value 0.973 -> 0.961). dev3 is the gold annotated
# without the engine in view (issue #24).
GOLD_GATES = {
    "dev": {"strict": 0.960, "relaxed": 0.982, "type": 0.982, "value": 0.930},
    "dev2": {"strict": 0.995, "relaxed": 0.995, "type": 0.980, "value": 0.973},
    "dev3": {"strict": 0.978, "relaxed": 0.992, "type": 0.982, "value": 0.932},
}


@pytest.mark.parametrize("gold", sorted(GOLD_GATES))
def test_gold_scores(shared_data, gold):
    """Each hand-annotated gold still matches its articles, and textkit keeps its scores on it."""
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "temporal_eval.py"
    spec = importlib.util.spec_from_file_location("temporal_eval", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    records = module.attach_texts(module.load_gold("all", gold), shared_data / NEWS_ARTICLES)
    assert len(records) >= 40
    assert sum(len(r["timexes"]) for r in records) >= 150

    def engine(text, published):
        return [t.__dict__ for t in extract(text, published)]

    result = module.score(records, engine)
    scores = {name: round(result[name][2], 4) for name in GOLD_GATES[gold]}
    assert all(scores[name] >= gate for name, gate in GOLD_GATES[gold].items()), scores


def test_agreement_of_two_passes():
    """Inter-annotator agreement: identical passes agree fully; a moved span and a changed
    value show in strict F1 and value agreement."""
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "temporal_eval.py"
    spec = importlib.util.spec_from_file_location("temporal_eval", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    first = [
        {
            "id": "a",
            "timexes": [
                {"start": 0, "end": 5, "type": "DATE", "value": "2020"},
                {"start": 10, "end": 20, "type": "TIME", "value": "2020-01-01T10:00"},
            ],
        }
    ]
    same = module.agreement(first, first)
    assert (same["strict"], same["relaxed"], same["value"]) == (1.0, 1.0, 1.0)
    second = [
        {
            "id": "a",
            "timexes": [
                {"start": 0, "end": 5, "type": "DATE", "value": "2021"},
                {"start": 12, "end": 20, "type": "TIME", "value": "2020-01-01T10:00"},
            ],
        }
    ]
    other = module.agreement(first, second)
    assert (other["strict"], other["relaxed"], other["value"]) == (0.5, 1.0, 0.5)
