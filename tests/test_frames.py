"""Tidy tables on a small hand-made result set with known counts."""

from __future__ import annotations

import pandas as pd
import pytest

from textkit import frames

TEXTS = {
    "d1": "Prabowo Subianto bertemu Menteri Luar Negeri Rusia di Jakarta. "
    "Kemenhan menyebut kerja sama pertahanan berjalan baik.",
    "d2": "Kementerian Pertahanan mengumumkan bahwa Prabowo akan ke Surabaya. "
    "Prabowo tiba di Surabaya Selasa dan disambut pejabat pertahanan.",
    "d3": "Warga Jakarta menunggu vaksin. Gubernur Anies Baswedan berkantor di Jakarta.",
}
DOCS = [  # doc_id, published, source
    ("d1", "2020-07-06", "kompas"),
    ("d2", "2020-07-14T09:30", "detik"),
    ("d3", "2020-08-03", "kompas"),
]
# doc_id, sent, label, surface text, value, occurrence of the surface text in the document
SPECS = [
    ("d1", 0, "PER", "Prabowo Subianto", "Prabowo Subianto", 0),
    ("d1", 0, "LOC", "Rusia", "Rusia", 0),
    ("d1", 0, "LOC", "Jakarta", "Jakarta", 0),
    ("d1", 1, "ORG", "Kemenhan", "Kementerian Pertahanan", 0),
    ("d2", 0, "ORG", "Kementerian Pertahanan", "Kementerian Pertahanan", 0),
    ("d2", 0, "PER", "Prabowo", "Prabowo Subianto", 0),
    ("d2", 0, "LOC", "Surabaya", None, 0),
    ("d2", 1, "PER", "Prabowo", "Prabowo Subianto", 1),
    ("d2", 1, "LOC", "Surabaya", None, 1),
    ("d2", 1, "DATE", "Selasa", "2020-07-14", 0),
    ("d3", 0, "LOC", "Jakarta", "Jakarta", 0),
    ("d3", 1, "PER", "Anies Baswedan", None, 0),
    ("d3", 1, "LOC", "Jakarta", "Jakarta", 1),
]


def nth(text: str, needle: str, n: int) -> int:
    start = -1
    for _ in range(n + 1):
        start = text.index(needle, start + 1)
    return start


@pytest.fixture
def documents() -> pd.DataFrame:
    rows = [
        {"doc_id": d, "published": p, "source": s, "text": TEXTS[d], "error": None}
        for d, p, s in DOCS
    ]
    return pd.DataFrame(rows)


@pytest.fixture
def mentions() -> pd.DataFrame:
    rows = []
    for doc_id, sent, label, text, value, n in SPECS:
        start = nth(TEXTS[doc_id], text, n)
        rows.append(
            {
                "doc_id": doc_id,
                "sent": sent,
                "label": label,
                "text": text,
                "value": value,
                "timex_type": "DATE" if label == "DATE" else None,
                "kb_id": None,
                "start_char": start,
                "end_char": start + len(text),
            }
        )
    return pd.DataFrame(rows, columns=list(frames.MENTION_COLUMNS))


def as_tuples(table: pd.DataFrame, columns: list[str]) -> list[tuple]:
    return [tuple(row) for row in table[columns].itertuples(index=False)]


def test_read_results_round_trip(tmp_path, documents, mentions):
    documents.to_parquet(tmp_path / "documents.parquet")
    mentions.to_parquet(tmp_path / "mentions.parquet")
    docs, ments = frames.read_results(tmp_path)
    assert len(docs) == 3 and len(ments) == len(SPECS)
    assert pd.api.types.is_datetime64_any_dtype(docs["published"])
    assert docs["published"].iloc[1] == pd.Timestamp("2020-07-14 09:30")


def test_read_results_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="textkit batch"):
        frames.read_results(tmp_path)


def test_entity_counts_merges_acronyms_via_value(mentions):
    counts = frames.entity_counts(mentions)
    assert as_tuples(counts, ["label", "entity", "mentions", "documents"]) == [
        ("LOC", "Jakarta", 3, 2),
        ("PER", "Prabowo Subianto", 3, 2),
        ("ORG", "Kementerian Pertahanan", 2, 2),
        ("LOC", "Surabaya", 2, 1),
        ("DATE", "2020-07-14", 1, 1),
        ("LOC", "Rusia", 1, 1),
        ("PER", "Anies Baswedan", 1, 1),
    ]


def test_entity_counts_label_and_top(mentions):
    counts = frames.entity_counts(mentions, label="LOC", top=2)
    assert as_tuples(counts, ["entity", "mentions"]) == [("Jakarta", 3), ("Surabaya", 2)]
    per_label = frames.entity_counts(mentions, label=["PER", "ORG"], top=1)
    assert set(per_label["entity"]) == {"Prabowo Subianto", "Kementerian Pertahanan"}


def test_entity_counts_by_source(mentions, documents):
    counts = frames.entity_counts(mentions, label="LOC", by="source", documents=documents)
    assert as_tuples(counts, ["entity", "source", "mentions", "documents"]) == [
        ("Jakarta", "kompas", 3, 2),
        ("Surabaya", "detik", 2, 1),
        ("Rusia", "kompas", 1, 1),
    ]


def test_entity_counts_by_month(mentions, documents):
    counts = frames.entity_counts(mentions, label="PER", by="M", documents=documents)
    assert as_tuples(counts, ["entity", "period", "mentions"]) == [
        ("Prabowo Subianto", pd.Timestamp("2020-07-01"), 3),
        ("Anies Baswedan", pd.Timestamp("2020-08-01"), 1),
    ]


def test_entity_counts_by_needs_documents(mentions):
    with pytest.raises(ValueError, match="documents"):
        frames.entity_counts(mentions, by="source")


def test_timeline_fills_empty_weeks_with_zeros(mentions, documents):
    table = frames.timeline(mentions, documents, freq="W", top=2)
    weeks = pd.date_range("2020-07-06", "2020-08-03", freq="7D")
    assert sorted(set(table["period"])) == list(weeks)
    assert set(table["entity"]) == {"Jakarta", "Prabowo Subianto"}
    assert len(table) == 2 * len(weeks)
    jakarta = table[table["entity"] == "Jakarta"].set_index("period")["mentions"]
    assert jakarta.tolist() == [1, 0, 0, 0, 2]
    assert table["mentions"].sum() == 6


def test_timeline_chosen_entities(mentions, documents):
    table = frames.timeline(mentions, documents, freq="M", entities=["Surabaya"])
    assert as_tuples(table, ["period", "entity", "mentions", "documents"]) == [
        (pd.Timestamp("2020-07-01"), "Surabaya", 2, 1),
        (pd.Timestamp("2020-08-01"), "Surabaya", 0, 0),
    ]


def test_cooccurrence_by_document_and_sentence(mentions):
    by_doc = frames.cooccurrence(mentions, label=["PER", "LOC"])
    assert as_tuples(by_doc, ["entity_a", "entity_b", "count"]) == [
        ("Anies Baswedan", "Jakarta", 1),
        ("Jakarta", "Prabowo Subianto", 1),
        ("Jakarta", "Rusia", 1),
        ("Prabowo Subianto", "Rusia", 1),
        ("Prabowo Subianto", "Surabaya", 1),
    ]
    by_sent = frames.cooccurrence(mentions, unit="sent", label="LOC")
    assert as_tuples(by_sent, ["entity_a", "entity_b", "count"]) == [("Jakarta", "Rusia", 1)]
    by_sent = frames.cooccurrence(mentions, unit="sent")
    prabowo_surabaya = by_sent[
        (by_sent["entity_a"] == "Prabowo Subianto") & (by_sent["entity_b"] == "Surabaya")
    ]
    assert prabowo_surabaya["count"].tolist() == [2]
    with pytest.raises(ValueError):
        frames.cooccurrence(mentions, unit="paragraph")


def test_cooccurrence_top_keeps_the_most_spread_entities(mentions):
    pairs = frames.cooccurrence(mentions, top=2)
    assert as_tuples(pairs, ["entity_a", "entity_b", "count"]) == [
        ("Jakarta", "Kementerian Pertahanan", 1),
    ]


def test_concordance_finds_every_surface_form(documents, mentions):
    lines = frames.concordance(documents, mentions, "Kemenhan", width=60)
    assert lines["match"].tolist() == ["Kemenhan", "Kementerian Pertahanan"]
    assert lines["doc_id"].tolist() == ["d1", "d2"]
    assert lines["left"].iloc[0].endswith("di Jakarta.")
    assert lines["right"].iloc[1].startswith("mengumumkan bahwa")
    assert all(len(line) <= 60 + len("Kementerian Pertahanan") for line in lines["line"])
    prabowo = frames.concordance(documents, mentions, "Prabowo Subianto")
    assert prabowo["match"].tolist() == ["Prabowo Subianto", "Prabowo", "Prabowo"]


def test_concordance_of_unknown_entity_is_empty(documents, mentions):
    assert frames.concordance(documents, mentions, "Bandung").empty


def test_collocations_around_an_entity(documents, mentions):
    table = frames.collocations(documents, mentions, "Jakarta", window=3, min_count=1, top=None)
    before = set(table.loc[table["position"] == "before", "word"])
    after = set(table.loc[table["position"] == "after", "word"])
    assert {"warga", "berkantor"} <= before
    assert "menunggu" in after
    assert "di" not in before  # stop word
    assert (table["entity"] == "Jakarta").all()
    assert table["count"].min() >= 1
    frequent = frames.collocations(documents, mentions, "Surabaya", window=2, min_count=2)
    # "Prabowo akan ke Surabaya", "Prabowo tiba di Surabaya": stop words drop out.
    assert as_tuples(frequent, ["word", "position", "count"]) == [("prabowo", "before", 2)]
    with pytest.raises(ValueError):
        frames.collocations(documents, mentions, "Jakarta", measure="nonsense")


def test_short_person_names_take_the_full_name_of_the_same_document():
    mentions = pd.DataFrame(
        {
            "doc_id": ["a", "a", "a", "b", "c", "c", "c"],
            "label": ["PER", "PER", "LOC", "PER", "PER", "PER", "PER"],
            "text": [
                "Suryo Handoko",
                "Suryo",
                "Suryo",
                "Suryo",
                "Dewi Lestari",
                "Dewi Anggraini",
                "Dewi",
            ],
            "value": [None] * 7,
        }
    )
    assert frames.entity_key(mentions).tolist() == [
        "Suryo Handoko",
        "Suryo Handoko",
        "Suryo",  # a place, not the person
        "Suryo",  # no full name in document b
        "Dewi Lestari",
        "Dewi Anggraini",
        "Dewi",  # two candidates: left alone
    ]
    counts = frames.entity_counts(mentions, label="PER")
    assert as_tuples(counts, ["entity", "mentions", "documents"])[0] == ("Suryo Handoko", 2, 1)


def test_short_names_merge_in_counts_of_an_analysed_text(nlp):
    """Public behaviour, whichever component merges: `Hendra` counts as `Hendra Wiratmaja`."""
    import textkit

    doc = textkit.analyze(
        "Gubernur Jawa Barat Hendra Wiratmaja meninjau tanggul di Dayeuhkolot. Menurut Hendra, "
        "warga harus waspada. Hendra juga menemui Bupati Bandung Cecep Gunawan.",
        nlp=nlp,
    )
    mentions = textkit.mentions_frame([doc])
    assert mentions.loc[mentions["label"] == "PER", "text"].tolist() == [
        "Hendra Wiratmaja",
        "Hendra",
        "Hendra",
        "Cecep Gunawan",
    ]
    counts = frames.entity_counts(mentions, label="PER")
    assert as_tuples(counts, ["entity", "mentions", "documents"]) == [
        ("Hendra Wiratmaja", 3, 1),
        ("Cecep Gunawan", 1, 1),
    ]


def test_entities_table_dates_stay_datetimes_when_none_is_known(mentions, documents):
    """Undated documents give missing first/last dates of a datetime dtype (grouped by pandas
    in compiled code, not entity by entity in Python as object columns are)."""
    undated = documents.assign(published=None)
    table = frames.entities_table(mentions, documents=undated)
    for column in ("first_published", "last_published"):
        assert pd.api.types.is_datetime64_any_dtype(table[column])
        assert table[column].isna().all()
    dated = frames.entities_table(mentions, documents=documents).set_index("entity")
    assert dated.loc["PER:Prabowo Subianto", "first_published"] == pd.Timestamp("2020-07-06")
    assert dated.loc["PER:Prabowo Subianto", "last_published"] == pd.Timestamp("2020-07-14 09:30")


def test_concordance_reads_a_title_mention_in_the_title():
    # A title mention's offsets are into the title: read against the body text they would
    # cut the body's own mention at the same offsets.
    documents = pd.DataFrame(
        {
            "doc_id": ["t1"],
            "title": ["BPKD Periksa Kepala Desa Sukaseri"],
            "text": ["Badan Pengawas Keuangan Daerah (BPKD) memeriksa kepala desa itu."],
        }
    )
    mentions = pd.DataFrame(
        {
            "doc_id": ["t1", "t1", "t1"],
            "section": ["body", "body", "title"],
            "label": ["ORG"] * 3,
            "text": ["Badan Pengawas Keuangan Daerah", "BPKD", "BPKD"],
            "value": ["Badan Pengawas Keuangan Daerah"] * 3,
            "entity": ["ORG:Badan Pengawas Keuangan Daerah"] * 3,
            "start_char": [0, 32, 0],
            "end_char": [30, 36, 4],
        }
    )
    lines = frames.concordance(documents, mentions, "Badan Pengawas Keuangan Daerah")
    assert lines["match"].tolist() == ["Badan Pengawas Keuangan Daerah", "BPKD", "BPKD"]
    assert lines["right"].iloc[2].startswith("Periksa Kepala Desa")
    words = frames.collocations(documents, mentions, "BPKD", min_count=1, top=None)
    assert "periksa" in set(words["word"])
