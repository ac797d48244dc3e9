"""Corpus identity (`textkit.corpus`): one row per entity across documents, the entity table's
columns, titles in the batch, and incremental runs. Names and texts are invented."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from textkit import batch
from textkit.corpus import resolve, title_mentions
from textkit.frames import entities_table, entity_counts


def mentions(*rows: tuple[str, str, str, str]) -> pd.DataFrame:
    """A mentions table from (doc_id, label, text, document identity) rows."""
    frame = pd.DataFrame(rows, columns=["doc_id", "label", "text", "entity"])
    return frame.assign(value=None, section="body")


# Context: each story names its own rare entities, shared by two documents.
BANK = ("ORG", "Bank Lestari Jaya", "ORG:Bank Lestari Jaya")
CLUB = ("ORG", "Klub Elang Lembah", "ORG:Klub Elang Lembah")
# A second shared entity per story: a name several people hold needs two.
DAM = ("LOC", "Bendungan Lembah Jaya", "LOC:Bendungan Lembah Jaya")
STADIUM = ("LOC", "Stadion Elang Raya", "LOC:Stadion Elang Raya")
FILLER = [(f"x{i}", "LOC", "Kota Lembah", "LOC:Kota Lembah") for i in range(100)]


def corpus(*rows) -> pd.DataFrame:
    return mentions(*rows, *FILLER)


def identity(resolved: pd.DataFrame, doc_id: str, text: str) -> str:
    row = resolved[(resolved.doc_id == doc_id) & (resolved.text == text)]
    return row.entity.item()


def test_a_surname_alone_joins_the_one_full_name_its_context_shares() -> None:
    resolved = resolve(
        corpus(
            ("d1", "PER", "Rangga Wiratama", "PER:Rangga Wiratama"),
            ("d1", *BANK),
            ("d2", "PER", "Wiratama", "PER:Wiratama"),
            ("d2", *BANK),
        )
    )
    assert identity(resolved, "d2", "Wiratama") == "PER:Rangga Wiratama"
    assert resolved.doc_entity[resolved.text == "Wiratama"].item() == "PER:Wiratama"


def test_a_short_name_without_shared_context_stays_apart_flagged() -> None:
    resolved = resolve(
        corpus(
            ("d1", "PER", "Rangga Wiratama", "PER:Rangga Wiratama"),
            ("d2", "PER", "Wiratama", "PER:Wiratama"),
        )
    )
    row = resolved[resolved.text == "Wiratama"]
    assert row.entity.item() == "PER:Wiratama" and row.ambiguous.item()


def test_two_people_sharing_a_surname_never_merge_and_the_surname_follows_context() -> None:
    resolved = resolve(
        corpus(
            ("d1", "PER", "Budi Hartanto", "PER:Budi Hartanto"),
            ("d1", *BANK),
            ("d1", *DAM),
            ("d2", "PER", "Sinta Hartanto", "PER:Sinta Hartanto"),
            ("d2", *CLUB),
            ("d2", *STADIUM),
            ("d3", "PER", "Hartanto", "PER:Hartanto"),
            ("d3", *BANK),
            ("d3", *DAM),
            ("d4", "PER", "Hartanto", "PER:Hartanto"),
            ("d5", "PER", "Hartanto", "PER:Hartanto"),
            ("d5", *CLUB),
            ("d5", *STADIUM),
            ("d6", "PER", "Hartanto", "PER:Hartanto"),
            ("d6", *BANK),  # one shared entity: not enough for a name two people hold
        )
    )
    assert identity(resolved, "d1", "Budi Hartanto") == "PER:Budi Hartanto"
    assert identity(resolved, "d2", "Sinta Hartanto") == "PER:Sinta Hartanto"
    assert identity(resolved, "d3", "Hartanto") == "PER:Budi Hartanto"
    assert identity(resolved, "d5", "Hartanto") == "PER:Sinta Hartanto"
    for doc in ("d4", "d6"):
        unresolved = resolved[(resolved.doc_id == doc) & (resolved.label == "PER")]
        assert unresolved.entity.item() == "PER:Hartanto" and unresolved.ambiguous.item()
    table = entities_table(resolved)
    assert table.set_index("entity").loc["PER:Hartanto", "ambiguous"]


def test_one_label_per_name_across_documents_with_the_labels_seen() -> None:
    resolved = resolve(
        corpus(
            ("d1", "ORG", "Seruni Grup", "ORG:Seruni Grup"),
            ("d2", "ORG", "Seruni Grup", "ORG:Seruni Grup"),
            ("d3", "PER", "Seruni Grup", "PER:Seruni Grup"),
        )
    )
    assert set(resolved[resolved.text == "Seruni Grup"].entity) == {"ORG:Seruni Grup"}
    row = entities_table(resolved).set_index("entity").loc["ORG:Seruni Grup"]
    assert list(row["labels"]) == ["ORG", "PER"] and list(row["label_counts"]) == [2, 1]


def test_a_club_named_after_its_city_is_the_club() -> None:
    # `Persib` is a club of the organizations table: ORG wherever the NER put it.
    resolved = resolve(
        corpus(
            ("d1", "LOC", "Persib", "LOC:Persib"),
            ("d2", "ORG", "Persib Bandung", "ORG:Persib Bandung"),
            ("d3", "LOC", "Bandung", "LOC:Bandung"),
        )
    )
    assert identity(resolved, "d1", "Persib") == "ORG:Persib Bandung"
    assert identity(resolved, "d3", "Bandung") == "LOC:Bandung"


def test_a_name_with_and_without_its_company_form_is_one_organization() -> None:
    resolved = resolve(
        corpus(
            ("d1", "ORG", "PT Sinar Lestari", "ORG:PT Sinar Lestari"),
            ("d1", "ORG", "Sinar Lestari", "ORG:Sinar Lestari"),
            ("d2", "ORG", "Sinar Lestari", "ORG:Sinar Lestari"),
        )
    )
    assert resolved[resolved.text.str.contains("Sinar")].entity.nunique() == 1


def test_a_misspelt_full_name_joins_only_with_shared_context() -> None:
    rows = [
        ("d1", "PER", "Rangga Wiratama", "PER:Rangga Wiratama"),
        ("d1", *BANK),
        ("d2", "PER", "Rangga Wiratama", "PER:Rangga Wiratama"),
        ("d3", "PER", "Rangga Wiratana", "PER:Rangga Wiratana"),
    ]
    alone = resolve(corpus(*rows))
    assert identity(alone, "d3", "Rangga Wiratana") == "PER:Rangga Wiratana"
    shared = resolve(corpus(*rows, ("d3", *BANK)))
    assert identity(shared, "d3", "Rangga Wiratana") == "PER:Rangga Wiratama"


def test_resolving_depends_only_on_document_identities() -> None:
    table = corpus(
        ("d1", "PER", "Rangga Wiratama", "PER:Rangga Wiratama"),
        ("d1", *BANK),
        ("d2", "PER", "Wiratama", "PER:Wiratama"),
        ("d2", *BANK),
    )
    once = resolve(table)
    pd.testing.assert_frame_equal(resolve(once), once)
    shuffled = resolve(table.sample(frac=1, random_state=3)).sort_index()
    pd.testing.assert_frame_equal(shuffled, once)


def test_entity_table_lists_aliases_with_their_counts() -> None:
    table = entities_table(
        corpus(
            ("d1", "PER", "Rangga Wiratama", "PER:Rangga Wiratama"),
            ("d1", "PER", "Rangga", "PER:Rangga Wiratama"),
            ("d1", "PER", "Rangga", "PER:Rangga Wiratama"),
        )
    ).set_index("entity")
    row = table.loc["PER:Rangga Wiratama"]
    assert list(row["aliases"]) == ["Rangga", "Rangga Wiratama"]
    assert list(row["alias_counts"]) == [2, 1]
    assert not row["ambiguous"]


def test_title_mentions_keep_the_name_the_body_writes() -> None:
    title = "Rangga Wiratama Resmi Menikah di Kota Lembah"
    body = "Penyanyi Rangga Wiratama menikah kemarin."
    records = [
        {"label": "PER", "text": "Rangga Wiratama Resmi Menikah", "start_char": 0,
         "end_char": 29, "value": "Rangga Wiratama Resmi Menikah", "kb_id": None,
         "entity": "PER:Rangga Wiratama Resmi Menikah",
         "doc_entity": "PER:Rangga Wiratama Resmi Menikah"},
        {"label": "ORG", "text": "Menikah", "start_char": 22, "end_char": 29, "value": None,
         "kb_id": None, "entity": "ORG:Menikah", "doc_entity": "ORG:Menikah"},
    ]  # fmt: skip
    kept = title_mentions(records, title, body)
    assert [(r["text"], r["entity"], r["end_char"]) for r in kept] == [
        ("Rangga Wiratama", "PER:Rangga Wiratama", 15)
    ]
    assert title[kept[0]["start_char"] : kept[0]["end_char"]] == "Rangga Wiratama"


ARTICLES = [
    {
        "id": "a1", "date": "2024-03-01", "title": "Rangga Wiratama Bertemu Bank Lestari Jaya",
        "text": "JAKARTA - Direktur Bank Lestari Jaya, Rangga Wiratama, meresmikan kantor di "
        "Kota Lembah. Rangga Wiratama mengatakan kantor itu melayani warga Kabupaten Seruni.",
    },
    {
        "id": "a2", "date": "2024-03-02", "title": "Kantor Baru di Kabupaten Seruni",
        "text": "Wiratama kembali ke Kabupaten Seruni pada Sabtu. Bank Lestari Jaya "
        "menambah dua kantor cabang di sana, kata Wiratama.",
    },
    {
        "id": "a3", "date": "2024-03-03", "title": "Sinta Hartanto Memimpin Rapat",
        "text": "Sinta Hartanto memimpin rapat koperasi di Kota Lembah. Hartanto menyebut "
        "Wiratama hadir.",
    },
]  # fmt: skip


def write_jsonl(path, articles) -> None:
    path.write_text("\n".join(json.dumps(a) for a in articles) + "\n", encoding="utf-8")


def sorted_tables(out):
    documents, mentioned = (
        pd.read_parquet(out / name).drop(columns=["path"], errors="ignore")
        for name in ("documents.parquet", "mentions.parquet")
    )
    entities = pd.read_parquet(out / "entities.parquet")
    return (
        documents.sort_values("doc_id", ignore_index=True),
        mentioned.sort_values(["doc_id", "section", "start_char"], ignore_index=True),
        entities.sort_values("entity", ignore_index=True),
    )


@pytest.fixture(scope="module")
def runs(tmp_path_factory, nlp):
    """The corpus analysed in two runs (a1, a2; then a3 added) and in one fresh run."""
    root = tmp_path_factory.mktemp("corpus")
    folder, fresh, step = root / "in", root / "fresh", root / "step"
    folder.mkdir()
    write_jsonl(folder / "part1.jsonl", ARTICLES[:2])
    batch.run(folder, step, nlp=nlp, progress=False)
    write_jsonl(folder / "part2.jsonl", ARTICLES[2:])
    batch.run(folder, step, nlp=nlp, progress=False)
    batch.run(folder, fresh, nlp=nlp, progress=False)
    return fresh, step


def test_an_incremental_run_ends_with_the_tables_of_a_fresh_run(runs) -> None:
    fresh, step = runs
    for a, b in zip(sorted_tables(fresh), sorted_tables(step), strict=True):
        pd.testing.assert_frame_equal(a, b)


def test_the_batch_resolves_in_parts_as_in_one(runs, tmp_path, monkeypatch) -> None:
    import shutil

    from textkit.batch import store

    fresh, _ = runs
    parts = tmp_path / "parts"
    shutil.copytree(fresh, parts)
    monkeypatch.setattr(store, "ENTITY_BATCH_ROWS", 3)  # many parts of a small table
    store.Store(parts).write_entities()
    whole = pd.read_parquet(fresh / "mentions.parquet")
    assert len(whole) > 3 * 4
    for a, b in zip(sorted_tables(fresh), sorted_tables(parts), strict=True):
        pd.testing.assert_frame_equal(a, b)
    resolved = resolve(whole.drop(columns=["entity", "ambiguous"]))
    table = entities_table(resolved).sort_values("entity", ignore_index=True)
    written = sorted_tables(parts)[2]
    assert list(table["entity"]) == list(written["entity"])
    assert list(table["mentions"]) == list(written["mentions"])


def test_titles_are_analysed_and_counted_unless_left_out(runs) -> None:
    fresh, _ = runs
    table = pd.read_parquet(fresh / "mentions.parquet")
    documents = pd.read_parquet(fresh / "documents.parquet").set_index("doc_id")
    titles = table[table.section == "title"]
    assert len(titles) and set(table.section) == {"title", "body"}
    for row in titles.itertuples():
        assert documents.title[row.doc_id][row.start_char : row.end_char] == row.text
    every = entity_counts(table, label="ORG")
    body = entity_counts(table[table.section == "body"], label="ORG")
    assert every.mentions.sum() > body.mentions.sum()
    assert not table[table.label.isin(["PER", "ORG", "LOC"])].doc_entity.isna().any()


def test_a_name_with_an_initial_joins_the_full_name_with_shared_context() -> None:
    resolved = resolve(
        corpus(
            ("d1", "PER", "Rangga Wiratama Putra", "PER:Rangga Wiratama Putra"),
            ("d1", *BANK),
            ("d2", "PER", "Rangga Wiratama Putra", "PER:Rangga Wiratama Putra"),
            ("d3", "PER", "Rangga W Putra", "PER:Rangga W Putra"),
            ("d3", *BANK),
        )
    )
    assert identity(resolved, "d3", "Rangga W Putra") == "PER:Rangga Wiratama Putra"


def test_a_name_a_title_runs_on_is_the_corpus_name_it_opens_with() -> None:
    table = corpus(
        ("d1", "PER", "Rangga Wiratama", "PER:Rangga Wiratama"),
        ("d2", "PER", "Rangga Wiratama Tampil", "PER:Rangga Wiratama Tampil"),
        ("d3", "PER", "Rangga Wiratama Tampil", "PER:Rangga Wiratama Tampil"),
    )
    table.loc[table.doc_id == "d2", "section"] = "title"
    resolved = resolve(table)
    assert identity(resolved, "d2", "Rangga Wiratama Tampil") == "PER:Rangga Wiratama"
    assert identity(resolved, "d3", "Rangga Wiratama Tampil") == "PER:Rangga Wiratama Tampil"


def test_a_one_word_name_in_unrelated_stories_is_flagged_not_counted_as_one_person() -> None:
    related = [("d1", "PER", "Aris", "PER:Aris"), ("d1", *BANK),
               ("d2", "PER", "Aris", "PER:Aris"), ("d2", *BANK)]  # fmt: skip
    resolved = resolve(corpus(*related))
    assert not resolved[resolved.text == "Aris"].ambiguous.any()
    resolved = resolve(corpus(*related, ("d3", "PER", "Aris", "PER:Aris"), ("d3", *CLUB)))
    assert resolved[resolved.text == "Aris"].ambiguous.all()


# --- conventions of the sixth session (short forms, spellings, label groups, table forms) ---


def test_a_first_name_cut_short_or_spelt_otherwise_joins_its_documents_full_name() -> None:
    resolved = resolve(
        corpus(
            ("d1", "PER", "Ranggawarsita Putra", "PER:Ranggawarsita Putra"),
            ("d1", "PER", "Rangga", "PER:Rangga"),
            ("d2", "PER", "Dinna Kartika", "PER:Dinna Kartika"),
            ("d2", "PER", "Dina", "PER:Dina"),
        )
    )
    assert identity(resolved, "d1", "Rangga") == "PER:Ranggawarsita Putra"
    assert identity(resolved, "d2", "Dina") == "PER:Dinna Kartika"


def test_a_short_form_prefers_the_name_holding_it_whole_and_never_merges_two_people() -> None:
    resolved = resolve(
        corpus(
            ("d1", "PER", "Rangga Wiratama", "PER:Rangga Wiratama"),
            ("d1", "PER", "Ranggawarsita Putra", "PER:Ranggawarsita Putra"),
            ("d1", "PER", "Rangga", "PER:Rangga"),
            ("d2", "PER", "Rangg", "PER:Rangg"),  # no full name in its document, no context
        )
    )
    assert identity(resolved, "d1", "Rangga") == "PER:Rangga Wiratama"
    assert identity(resolved, "d1", "Ranggawarsita Putra") == "PER:Ranggawarsita Putra"
    row = resolved[resolved.text == "Rangg"]
    assert row.entity.item() == "PER:Rangg" and row.ambiguous.item()


@pytest.mark.parametrize(
    ("usual", "other"),
    [("Ansel Fatih", "Ansel Fattih"), ("Rumah Sakit Sudarmo", "Rumah Sakit Soedarmo")],
)
def test_another_spelling_joins_across_documents_only_with_shared_context(
    usual: str, other: str
) -> None:
    label = "PER" if usual.startswith("Ansel") else "LOC"
    rows = [
        ("d1", label, usual, f"{label}:{usual}"), ("d1", *BANK),
        ("d2", label, usual, f"{label}:{usual}"),
        ("d3", label, other, f"{label}:{other}"), ("d3", *BANK),
        ("d4", label, other, f"{label}:{other}"),
        ("d5", label, usual, f"{label}:{usual}"),
    ]  # fmt: skip
    joined = resolve(corpus(*rows))
    assert identity(joined, "d3", other) == f"{label}:{usual}"
    apart = resolve(corpus(*[r for r in rows if r[2] != "Bank Lestari Jaya"]))
    assert identity(apart, "d3", other) == f"{label}:{other}"


def test_a_name_the_tables_know_under_one_label_votes_with_that_labels_rows() -> None:
    resolved = resolve(
        corpus(
            ("d1", "PER", "Hong Kong", "PER:Hong Kong"),
            ("d2", "LOC", "Hong Kong", "LOC:Hong Kong DAK Tiongkok"),
            ("d3", "LOC", "Hong Kong", "LOC:Hong Kong DAK Tiongkok"),
            ("d4", "LOC", "ASEAN", "LOC:ASEAN"),
            ("d5", "ORG", "ASEAN", "ORG:Perhimpunan Bangsa-Bangsa Asia Tenggara"),
            ("d6", "ORG", "ASEAN", "ORG:Perhimpunan Bangsa-Bangsa Asia Tenggara"),
        )
    )
    assert identity(resolved, "d1", "Hong Kong") == "LOC:Hong Kong DAK Tiongkok"
    assert identity(resolved, "d4", "ASEAN") == "ORG:Perhimpunan Bangsa-Bangsa Asia Tenggara"


@pytest.mark.parametrize(
    ("label", "name", "value"),
    [
        ("ORG", "DPR-RI", "Dewan Perwakilan Rakyat"),
        ("ORG", "Partai PDI Perjuangan", "Partai Demokrasi Indonesia Perjuangan"),
        ("ORG", "KONI Pusat", "Komite Olahraga Nasional Indonesia"),
        ("LOC", "Gedung DPR", "Gedung Dewan Perwakilan Rakyat"),
        ("LOC", "gedung Dewan Perwakilan Rakyat", "Gedung Dewan Perwakilan Rakyat"),
        ("ORG", "Partai Lembah Hijau", "Partai Lembah Hijau"),  # no listed party: as it is
    ],
)
def test_table_forms_of_organizations_and_buildings(label: str, name: str, value: str) -> None:
    from textkit.corpus import canonical

    assert canonical(label, name) == value


def test_a_bare_regional_body_is_its_documents_one_body_else_ambiguous() -> None:
    resolved = resolve(
        corpus(
            ("d1", "ORG", "DPRD Lembah Hijau", "ORG:DPRD Lembah Hijau"),
            ("d1", "ORG", "DPRD", "ORG:DPRD"),
            ("d2", "ORG", "DPRD Kota Sinar", "ORG:DPRD Kota Sinar"),
            ("d2", "ORG", "DPRD", "ORG:DPRD"),
            ("d3", "ORG", "DPRD", "ORG:DPRD"),
            ("d4", "ORG", "BPBD Lembah Hijau", "ORG:BPBD Lembah Hijau"),
            ("d4", "ORG", "BPBD", "ORG:Badan Penanggulangan Bencana Daerah"),
        )
    )
    assert identity(resolved, "d4", "BPBD") == "ORG:BPBD Lembah Hijau"
    assert identity(resolved, "d1", "DPRD") == "ORG:DPRD Lembah Hijau"
    assert identity(resolved, "d2", "DPRD") == "ORG:DPRD Kota Sinar"
    assert resolved[resolved.doc_id == "d3"].ambiguous.item()


def test_a_bare_national_team_word_is_the_other_countrys_team_of_its_document() -> None:
    home = "ORG:Tim Nasional Indonesia"
    resolved = resolve(
        corpus(
            ("d1", "ORG", "Timnas", home),
            ("d1", "ORG", "Timnas Spanyol", "ORG:Timnas Spanyol"),
            ("d2", "ORG", "Timnas", home),
            ("d2", "ORG", "Timnas Indonesia", home),
            ("d2", "ORG", "Timnas Spanyol", "ORG:Timnas Spanyol"),
            ("d3", "ORG", "timnas", home),
        )
    )
    assert identity(resolved, "d1", "Timnas") == "ORG:Timnas Spanyol"
    assert identity(resolved, "d2", "Timnas") == home
    assert identity(resolved, "d3", "timnas") == home


def test_an_acronym_and_a_place_is_the_body_its_acronym_abbreviates_in_the_document() -> None:
    resolved = resolve(
        corpus(
            ("d1", "ORG", "PT Lembaga Kajian Pangan Nusantara",
             "ORG:PT Lembaga Kajian Pangan Nusantara"),
            ("d1", "ORG", "LKPN Bandung", "ORG:LKPN Bandung"),
            ("d2", "ORG", "PSKL Bandung", "ORG:PSKL Bandung"),
            ("d2", "ORG", "PSK Lembah", "ORG:PSK Lembah"),  # initials differ: two clubs
            ("d3", "ORG", "KPU Bandung", "ORG:KPU Bandung"),
            ("d3", "ORG", "Komisi Pemilihan Umum", "ORG:Komisi Pemilihan Umum"),  # national
        )
    )  # fmt: skip
    assert identity(resolved, "d1", "PT Lembaga Kajian Pangan Nusantara") == "ORG:LKPN Bandung"
    assert identity(resolved, "d2", "PSK Lembah") == "ORG:PSK Lembah"
    assert identity(resolved, "d3", "Komisi Pemilihan Umum") == "ORG:Komisi Pemilihan Umum"


def test_a_place_with_its_city_after_it_joins_the_place_but_not_a_generic_one() -> None:
    resolved = resolve(
        corpus(
            ("d1", "LOC", "Gedung Cempaka Wangi", "LOC:Gedung Cempaka Wangi"),
            ("d2", "LOC", "Gedung Cempaka Wangi Bandung", "LOC:Gedung Cempaka Wangi Bandung"),
            ("d3", "LOC", "Jalan Raya", "LOC:Jalan Raya"),
            ("d4", "LOC", "Jalan Raya Bandung", "LOC:Jalan Raya Bandung"),
        )
    )
    assert identity(resolved, "d2", "Gedung Cempaka Wangi Bandung") == "LOC:Gedung Cempaka Wangi"
    assert identity(resolved, "d4", "Jalan Raya Bandung") == "LOC:Jalan Raya Bandung"


def test_a_holding_group_is_not_its_airline() -> None:
    from textkit import organizations

    assert organizations.lookup("Lion Air Group") is None
    assert organizations.lookup("Lion Air").name == "Lion Air"


@pytest.mark.parametrize(
    ("title", "mention", "kept"),
    [
        # a headline capitalizes the verb or adjective after a name: ordinary words end it
        ("Sinta Maharani Kikuk di Panggung", "Sinta Maharani Kikuk", "Sinta Maharani"),
        ("Persikota Rekrut Dua Pemain Baru", "Persikota Rekrut", "Persikota"),
        ("Kota Lembah Rayakan Ulang Tahun", "Kota Lembah Rayakan", "Kota Lembah"),
        # a company form and any words is no listed name: `Diringkus` still ends it
        ("PT Zorvex Abadi Diringkus Polisi", "PT Zorvex Abadi Diringkus", "PT Zorvex Abadi"),
    ],
)
def test_title_mentions_end_at_ordinary_words(title, mention, kept) -> None:
    body = f"{kept} menjadi berita. Warga merayakan, polisi meringkus, ia merekrut, ia kikuk."
    records = [
        {"label": "ORG", "text": mention, "start_char": 0, "end_char": len(mention),
         "value": mention, "kb_id": None, "entity": f"ORG:{mention}",
         "doc_entity": f"ORG:{mention}"},
    ]  # fmt: skip
    assert [r["text"] for r in title_mentions(records, title, body)] == [kept]


def test_title_mentions_take_the_label_of_the_name_kept() -> None:
    """A headline name the NER tagged PER that ends up a country is the country."""
    title = "Burkina Faso Rayakan Hari Merdeka"
    records = [
        {"label": "PER", "text": "Burkina Faso Rayakan", "start_char": 0, "end_char": 20,
         "value": None, "kb_id": None, "entity": "PER:Burkina Faso Rayakan",
         "doc_entity": "PER:Burkina Faso Rayakan"},
    ]  # fmt: skip
    kept = title_mentions(records, title, "Warga merayakan hari itu.")
    assert [(r["label"], r["text"], r["entity"]) for r in kept] == [
        ("LOC", "Burkina Faso", "LOC:Burkina Faso")
    ]


def test_a_listed_alias_needs_context_where_unlisted_people_hold_its_word() -> None:
    # `Gibran` is a listed alias (Gibran Rakabuming Raka); `Gibran Lembah Putra` is invented.
    listed = "PER:Gibran Rakabuming Raka"
    resolved = resolve(
        corpus(
            ("d1", "PER", "Gibran Lembah Putra", "PER:Gibran Lembah Putra"),
            ("d1", *BANK),
            ("d1", *DAM),
            ("d2", "PER", "Gibran", listed),
            ("d2", *BANK),
            ("d2", *DAM),
            ("d3", "PER", "Gibran", listed),
            ("d4", "PER", "Gibran Rakabuming Raka", listed),
            ("d4", *CLUB),
            ("d4", *STADIUM),
            ("d5", "PER", "Gibran", listed),
            ("d5", *CLUB),
            ("d5", *STADIUM),
            ("d6", "PER", "Rendra Habibie", "PER:Rendra Habibie"),
            ("d6", "PER", "Sekar Habibie", "PER:Sekar Habibie"),
            ("d6", "PER", "Habibie", "PER:Habibie"),
            ("d7", "PER", "BJ Habibie", "PER:Bacharuddin Jusuf Habibie"),
            ("d7", "PER", "Rendra Habibie", "PER:Rendra Habibie"),
            ("d7", "PER", "Habibie", "PER:Habibie"),  # the listed person is named in full here
        )
    )
    assert identity(resolved, "d7", "Habibie") == "PER:Bacharuddin Jusuf Habibie"
    assert identity(resolved, "d2", "Gibran") == "PER:Gibran Lembah Putra"
    assert identity(resolved, "d5", "Gibran") == listed
    unresolved = resolved[(resolved.doc_id == "d3")]
    assert unresolved.entity.item() == "PER:Gibran" and unresolved.ambiguous.item()
    habibie = resolved[(resolved.doc_id == "d6") & (resolved.text == "Habibie")]
    assert habibie.entity.item() == "PER:Habibie" and habibie.ambiguous.item()


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("Elang Lembah", "PS Elang Lembah"),  # a club form before
        ("Elang Lembah", "Elang Lembah FC"),  # a club form after
        ("Komite Lembah", "Komite Lembah Pusat"),  # a level word
        ("Universitas Halmira", "Universitas Halmira Bogor"),  # a city after a proper name
        ("LRT Bogor", "PT Lintas Rel Terpadu"),  # an acronym and a place: the long name
    ],
)
def test_an_organizations_own_name_with_its_forms_is_one_identity_with_context(
    short: str, long: str
) -> None:
    rows = [("d1", "ORG", long, f"ORG:{long}"), ("d1", *BANK)]
    together = resolve(corpus(*rows, ("d2", "ORG", short, f"ORG:{short}"), ("d2", *BANK)))
    assert together[together.text.isin([short, long])].entity.nunique() == 1
    apart = resolve(corpus(*rows, ("d2", "ORG", short, f"ORG:{short}"), ("d2", *CLUB)))
    assert apart[apart.text.isin([short, long])].entity.nunique() == 2  # no shared context


def test_a_bodys_line_of_business_stays_another_organization() -> None:
    resolved = resolve(
        corpus(
            ("d1", "ORG", "Bank Lembah", "ORG:Bank Lembah"),
            ("d1", "ORG", "Bank Lembah Syariah", "ORG:Bank Lembah Syariah"),
            ("d1", "ORG", "PT Bank Lembah Tbk", "ORG:PT Bank Lembah Tbk"),
        )
    )
    by_text = dict(zip(resolved.text, resolved.entity, strict=False))
    assert by_text["Bank Lembah"] == by_text["PT Bank Lembah Tbk"]
    assert by_text["Bank Lembah Syariah"] != by_text["Bank Lembah"]


def test_regional_bodies_of_two_places_stay_two_organizations() -> None:
    a, b = "Dinas Kesehatan Kabupaten Bogor", "Dinas Kesehatan Kabupaten Sumedang"
    resolved = resolve(corpus(("d1", "ORG", a, f"ORG:{a}"), ("d1", *BANK),
                              ("d2", "ORG", b, f"ORG:{b}"), ("d2", *BANK)))  # fmt: skip
    assert resolved[resolved.text.isin([a, b])].entity.nunique() == 2


def test_the_person_merges_checker_flags_a_rival_and_a_join_without_context(
    load_benchmark,
) -> None:
    checker = load_benchmark("person_merges")
    table = corpus(
        ("d1", "PER", "Rangga Wiratama", "PER:Rangga Wiratama"),
        ("d1", *BANK),
        ("d2", "PER", "Rangga", "PER:Rangga Wiratama"),  # beside another Rangga: a rival
        ("d2", "PER", "Rangga Putra", "PER:Rangga Putra"),
        ("d3", "PER", "Wiratama", "PER:Rangga Wiratama"),  # no shared context
        ("d4", "PER", "Wiratama", "PER:Rangga Wiratama"),  # shares the bank: not flagged
        ("d4", *BANK),
    )
    flags = checker.person_merges(table)
    assert sorted(zip(flags.doc_id, flags.reason, strict=True)) == [
        ("d2", "rival"), ("d3", "no_context"),
    ]  # fmt: skip


# --- seventh round: no merges of two people, variants, acronym senses (invented names) -------


def test_a_surname_with_a_rival_in_its_own_document_joins_no_one_elsewhere() -> None:
    resolved = resolve(
        corpus(
            ("d1", "PER", "Rangga Wiratama", "PER:Rangga Wiratama"),
            ("d1", *BANK),
            ("d1", *DAM),
            # d2 shares both with d1 but names two other people holding `Wiratama`
            ("d2", "PER", "Wiratama", "PER:Wiratama"),
            ("d2", "PER", "Sekar Wiratama", "PER:Sekar Wiratama"),
            ("d2", "PER", "Bima Wiratama", "PER:Bima Wiratama"),
            ("d2", *BANK),
            ("d2", *DAM),
            # d3 names one: that person is its only candidate, whatever d1 shares
            ("d3", "PER", "Wiratama", "PER:Wiratama"),
            ("d3", "PER", "Dimas Wiratama", "PER:Dimas Wiratama"),
            ("d3", *BANK),
            ("d4", "PER", "Dimas Wiratama", "PER:Dimas Wiratama"),
            ("d4", *BANK),
        )
    )
    row = resolved[(resolved.doc_id == "d2") & (resolved.text == "Wiratama")]
    assert row.entity.item() == "PER:Wiratama" and row.ambiguous.item()
    assert identity(resolved, "d3", "Wiratama") == "PER:Dimas Wiratama"


def test_a_listed_alias_beside_another_person_holding_it_keeps_its_own_row() -> None:
    # `Gibran` is a listed alias (Gibran Rakabuming Raka); `Gibran Lembah Putra` is invented.
    resolved = resolve(
        corpus(
            ("d1", "PER", "Gibran", "PER:Gibran Rakabuming Raka"),
            ("d1", "PER", "Gibran Lembah Putra", "PER:Gibran Lembah Putra"),
            ("d2", "PER", "Gibran", "PER:Gibran"),  # the vote's table name
            ("d2", "PER", "Gibran Lembah Putra", "PER:Gibran Lembah Putra"),
        )
    )
    for doc in ("d1", "d2"):
        row = resolved[(resolved.doc_id == doc) & (resolved.text == "Gibran")]
        assert row.entity.item() == "PER:Gibran" and row.ambiguous.item()


@pytest.mark.parametrize(
    ("shared", "joined"),
    [
        ([("LOC", "Jawa Barat", "LOC:Jawa Barat")], False),  # a province: where, not who
        ([("ORG", "Instagram", "ORG:Instagram")], False),  # a channel
        ([BANK], True),  # a rare body
        ([("PER", "Sekar Ayuningtyas", "PER:Sekar Ayuningtyas")], True),  # a person
    ],
)
def test_a_short_name_needs_context_that_says_who(shared: list, joined: bool) -> None:
    rows = [("d1", "PER", "Rangga Wiratama", "PER:Rangga Wiratama")]
    rows += [("d1", *s) for s in shared] + [("d2", *s) for s in shared]
    resolved = resolve(corpus(*rows, ("d2", "PER", "Wiratama", "PER:Wiratama")))
    row = resolved[resolved.text == "Wiratama"]
    assert (row.entity.item() == "PER:Rangga Wiratama") is joined
    assert row.ambiguous.item() is not joined


def test_a_body_in_many_stories_is_no_context_for_a_short_name() -> None:
    # The body is in 8 of 108 documents: `RARE` (at most 1 in 10) for organizations and
    # spellings, too common for a person's short name (`PEOPLE_RARE`: at most 1 in 25).
    body = ("ORG", "Dewan Lembah Raya", "ORG:Dewan Lembah Raya")
    others = [(f"b{i}", *body) for i in range(6)]
    resolved = resolve(
        corpus(
            ("d1", "PER", "Rangga Wiratama", "PER:Rangga Wiratama"),
            ("d1", *body),
            ("d2", "PER", "Wiratama", "PER:Wiratama"),
            ("d2", *body),
            *others,
        )
    )
    row = resolved[resolved.text == "Wiratama"]
    assert row.entity.item() == "PER:Wiratama" and row.ambiguous.item()


def test_a_wifes_name_holding_a_listed_persons_full_name_does_not_take_his_mentions() -> None:
    # `Joko Widodo` and `Jokowi` are listed; `Sekar Joko Widodo` is an invented wife's name.
    wife = "PER:Sekar Joko Widodo"
    resolved = resolve(
        corpus(
            ("d1", "PER", "Sekar Joko Widodo", wife),
            ("d1", "PER", "Sekar", wife),
            ("d1", "PER", "Joko Widodo", wife),
            ("d1", "PER", "Jokowi", wife),
            ("d1", "PER", "Widodo", wife),  # a word of her name: the document's choice stays
        )
    )
    by_text = dict(zip(resolved.text, resolved.entity, strict=False))
    assert by_text["Joko Widodo"] == by_text["Jokowi"] == "PER:Joko Widodo"
    assert by_text["Sekar"] == by_text["Widodo"] == by_text["Sekar Joko Widodo"] == wife


def test_a_bodys_place_name_written_as_a_place_stays_a_place() -> None:
    # `Senayan` is listed as another name of the parliament (`Dewan Perwakilan Rakyat`).
    resolved = resolve(
        corpus(
            ("d1", "LOC", "Senayan", "LOC:Senayan"),
            ("d1", "ORG", "DPR", "ORG:Dewan Perwakilan Rakyat"),
            ("d2", "LOC", "Senayan", "LOC:Senayan"),
            ("d3", "ORG", "Senayan", "ORG:Senayan"),  # the document uses it as the body
        )
    )
    assert identity(resolved, "d1", "Senayan") == identity(resolved, "d2", "Senayan")
    assert identity(resolved, "d1", "Senayan") == "LOC:Senayan"
    assert identity(resolved, "d3", "Senayan") == "ORG:Dewan Perwakilan Rakyat"


def test_a_body_qualified_by_a_region_is_never_the_national_body() -> None:
    resolved = resolve(
        corpus(
            ("d1", "ORG", "DPR Bengkulu", "ORG:DPR Bengkulu"),
            ("d1", "ORG", "DPR", "ORG:Dewan Perwakilan Rakyat"),
            ("d1", *BANK),
            ("d2", "ORG", "Dewan Perwakilan Rakyat", "ORG:Dewan Perwakilan Rakyat"),
            ("d2", *BANK),
        )
    )
    assert identity(resolved, "d1", "DPR Bengkulu") == "ORG:DPR Bengkulu"
    assert identity(resolved, "d1", "DPR") == "ORG:Dewan Perwakilan Rakyat"


def test_an_organization_with_and_without_its_country_word() -> None:
    resolved = resolve(
        corpus(
            ("d1", "ORG", "Zorvani Air Indonesia", "ORG:Zorvani Air Indonesia"),
            ("d1", "ORG", "Zorvani Air", "ORG:Zorvani Air"),  # both in one document
            ("d2", "ORG", "Zorvani Air", "ORG:Zorvani Air"),  # context points to it
            ("d2", *BANK),
            ("d3", "ORG", "Zorvani Air Indonesia", "ORG:Zorvani Air Indonesia"),
            ("d3", *BANK),
            ("d4", "ORG", "Zorvani Air", "ORG:Zorvani Air"),  # nothing says which: apart
            ("d6", "ORG", "Zorvani Air Indonesia", "ORG:Zorvani Air Indonesia"),
            ("d7", "ORG", "Zorvani Air Indonesia", "ORG:Zorvani Air Indonesia"),
            # a kind of body in common words with another country: another body
            ("d5", "ORG", "Kementerian Luar Negeri", "ORG:Kementerian Luar Negeri"),
            ("d5", "ORG", "Kementerian Luar Negeri Jepang", "ORG:Kementerian Luar Negeri Jepang"),
        )
    )
    full = "ORG:Zorvani Air Indonesia"
    assert identity(resolved, "d1", "Zorvani Air") == identity(resolved, "d2", "Zorvani Air")
    assert identity(resolved, "d2", "Zorvani Air") == full
    assert identity(resolved, "d4", "Zorvani Air") == "ORG:Zorvani Air"
    assert identity(resolved, "d5", "Kementerian Luar Negeri") != identity(
        resolved, "d5", "Kementerian Luar Negeri Jepang"
    )


def test_a_country_form_joins_the_more_documented_bare_name_with_context() -> None:
    resolved = resolve(
        corpus(
            ("d1", "ORG", "Kirana Tekno", "ORG:Kirana Tekno"),
            ("d1", *BANK),
            ("d2", "ORG", "Kirana Tekno", "ORG:Kirana Tekno"),
            ("d5", "ORG", "Kirana Tekno", "ORG:Kirana Tekno"),
            ("d3", "ORG", "Kirana Tekno Malaysia", "ORG:Kirana Tekno Malaysia"),
            ("d3", *BANK),
            ("d4", "ORG", "Kirana Tekno Malaysia", "ORG:Kirana Tekno Malaysia"),  # no context
        )
    )
    assert identity(resolved, "d3", "Kirana Tekno Malaysia") == "ORG:Kirana Tekno"
    assert identity(resolved, "d4", "Kirana Tekno Malaysia") == "ORG:Kirana Tekno Malaysia"


def test_an_outlet_with_and_without_its_domain_is_one() -> None:
    resolved = resolve(
        corpus(
            ("d1", "ORG", "Warta Lembah.com", "ORG:Warta Lembah.com"),
            ("d2", "ORG", "Warta Lembah", "ORG:Warta Lembah"),
            ("d3", "ORG", "Warta Lembah", "ORG:Warta Lembah"),
        )
    )
    assert resolved[resolved.text.str.startswith("Warta")].entity.unique().tolist() == [
        "ORG:Warta Lembah"
    ]


def test_a_name_with_a_middle_initial_joins_the_name_without_it_with_context() -> None:
    resolved = resolve(
        corpus(
            ("d1", "PER", "Rangga W Putra", "PER:Rangga W Putra"),
            ("d1", *BANK),
            ("d2", "PER", "Rangga Putra", "PER:Rangga Putra"),
            ("d2", *BANK),
            ("d3", "PER", "Sinta K Dewi", "PER:Sinta K Dewi"),  # no shared context
            ("d4", "PER", "Sinta Dewi", "PER:Sinta Dewi"),
        )
    )
    assert identity(resolved, "d1", "Rangga W Putra") == identity(resolved, "d2", "Rangga Putra")
    assert identity(resolved, "d3", "Sinta K Dewi") != identity(resolved, "d4", "Sinta Dewi")


def test_a_listed_name_and_the_name_with_a_middle_initial_are_one_with_context() -> None:
    # `Yasonna Laoly` is listed; the initial is invented.
    resolved = resolve(
        corpus(
            ("d1", "PER", "Yasonna Q Laoly", "PER:Yasonna Q Laoly"),
            ("d1", *BANK),
            ("d2", "PER", "Yasonna Laoly", "PER:Yasonna Laoly"),
            ("d2", *BANK),
        )
    )
    assert identity(resolved, "d1", "Yasonna Q Laoly") == "PER:Yasonna Laoly"


def test_an_acronym_its_document_defines_is_that_documents_sense() -> None:
    # `PKS` is listed as a party; `Program Kampung Sehat` and the bill are invented.
    party = "ORG:Partai Keadilan Sejahtera"
    resolved = resolve(
        corpus(
            ("d1", "ORG", "Program Kampung Sehat", "ORG:Program Kampung Sehat"),
            ("d1", "ORG", "PKS", party),
            ("d2", "ORG", "RUU Perlindungan Kawasan Sungai", "ORG:RUU Perlindungan Kawasan Sungai"),
            ("d2", "ORG", "PKS", party),
            ("d3", "ORG", "PKS", party),  # no definition: the party
            (
                "d4",
                "LOC",
                "Gedung Partai Keadilan Sejahtera",
                "LOC:Gedung Partai Keadilan Sejahtera",
            ),
            ("d4", "ORG", "PKS", party),  # a building of the body is no other sense
        )
    )
    assert identity(resolved, "d1", "PKS") == "ORG:Program Kampung Sehat"
    assert identity(resolved, "d2", "PKS") == "ORG:RUU Perlindungan Kawasan Sungai"
    assert identity(resolved, "d3", "PKS") == identity(resolved, "d4", "PKS") == party


def test_a_club_form_before_a_city_is_no_acronym_of_another_club() -> None:
    resolved = resolve(
        corpus(
            ("d1", "ORG", "FC Bogor", "ORG:FC Bogor"),
            ("d1", "ORG", "FC Cempaka", "ORG:FC Cempaka"),  # initials `fc`: not `FC Bogor`
        )
    )
    assert identity(resolved, "d1", "FC Cempaka") == "ORG:FC Cempaka"
