"""The span audit of a batch output (`benchmarks/span_audit.py`), on invented rows."""

from __future__ import annotations

import pandas as pd


def test_overruns_classes(load_benchmark) -> None:
    audit = load_benchmark("span_audit")
    entities = pd.DataFrame(
        {
            "entity": [
                "PER:Rangga Wiratama",
                "PER:Rangga Wiratama Kikuk",
                "ORG:PB Zorvex",
                "ORG:PB Zorvex.red",
                "LOC:Lembah",
                "LOC:Lembah 2019",
                "PER:AKBP Dimas Kaldero",
                "PER:Dimas Kaldero",
                "LOC:Seruni Lembah",
                "LOC:Seruni",
            ],
            "label": ["PER", "PER", "ORG", "ORG", "LOC", "LOC", "PER", "PER", "LOC", "LOC"],
            "mentions": [5, 1, 3, 1, 4, 1, 1, 2, 1, 2],
            "aliases": [None] * 10,
        }
    )
    found = audit.overruns(entities).set_index("form")["class"].to_dict()
    assert found == {
        "Rangga Wiratama Kikuk": "ordinary",
        "PB Zorvex.red": "debris",
        "Lembah 2019": "number",
        "AKBP Dimas Kaldero": "title",
        "Seruni Lembah": "two names",
    }


def test_cut_short(load_benchmark) -> None:
    audit = load_benchmark("span_audit")
    text = "Kemarin penyanyi Zefanya Kaldera tampil. Kaldera lalu pulang."
    start = text.index("Kaldera")
    mentions = pd.DataFrame(
        {
            "doc_id": ["d1", "d1"],
            "section": ["body", "body"],
            "start_char": [start, text.rindex("Kaldera")],
            "end_char": [start + 7, text.rindex("Kaldera") + 7],
            "label": ["PER", "PER"],
            "entity": ["PER:Kaldera", "PER:Kaldera"],
            "text": ["Kaldera", "Kaldera"],
        }
    )
    cut = audit.cut_short(mentions, {"d1": text}, {"d1": ""})
    assert list(zip(cut["side"], cut["word"], strict=True)) == [("before", "Zefanya")]
