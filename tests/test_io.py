"""Corpus reading: formats, encodings, normalization, bad input, stable ids."""

from __future__ import annotations

import csv
import gzip
import json
import os
from pathlib import Path

import pytest

from textkit.io import decode_bytes, iter_records, map_fields, read_file, reader_text

BODY = "Warga Desa Sukamaju menanam seribu pohon di lereng bukit pada Minggu pagi."


def by_id(root, **kwargs) -> dict:
    return {r.doc_id: r for r in iter_records(root, **kwargs)}


def test_walks_folders_recursively_sorted_and_skips_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b" / "c.md").write_text(BODY, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(BODY, encoding="utf-8")
    ids = [r.doc_id for r in iter_records(tmp_path)]
    assert ids == ["a.txt", "b/c.md"]


def test_single_file_root_uses_its_name(tmp_path):
    path = tmp_path / "satu.txt"
    path.write_text(BODY, encoding="utf-8")
    (record,) = iter_records(path)
    assert record.doc_id == "satu.txt" and record.fields["text"] == BODY


def test_missing_root_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        list(iter_records(tmp_path / "tidak-ada"))


def test_encodings_bom_cp1252_crlf_utf16(tmp_path):
    text = "Harga kopi naik – kata pemilik kafé di Bandung.\nIa menjual 200 cangkir sehari."
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (tmp_path / "crlf.txt").write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    (tmp_path / "legacy.txt").write_bytes(((text + "\r\n") * 5).encode("cp1252"))
    (tmp_path / "wide.txt").write_bytes(text.encode("utf-16"))
    records = by_id(tmp_path)
    assert records["bom.txt"].fields["text"] == text
    assert records["crlf.txt"].fields["text"] == text
    assert records["wide.txt"].fields["text"] == text
    legacy = records["legacy.txt"]
    assert legacy.error is None
    assert legacy.fields["text"].startswith(text)
    assert "\r" not in legacy.fields["text"]


def test_normalize_nfc_no_break_spaces_and_zero_width():
    assert reader_text("kafe\u0301") == "kafé"
    assert reader_text("Rp\u00a0500\u202fribu") == "Rp 500 ribu"
    assert reader_text("ujar\u200e Budi\u200b") == "ujar Budi"
    assert reader_text("a\r\nb\rc") == "a\nb\nc"
    assert reader_text("baris,_x000D_\nlagi") == "baris,\nlagi"


def test_bad_files_become_error_records_and_the_walk_goes_on(tmp_path):
    (tmp_path / "0-empty.txt").write_bytes(b"")
    (tmp_path / "1-blank.md").write_bytes(b"  \n\n ")
    (tmp_path / "2-binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "3-image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "4-huge.txt").write_text(BODY * 50, encoding="utf-8")
    (tmp_path / "5-broken.json").write_text("{ tidak: json", encoding="utf-8")
    (tmp_path / "6-empty.html").write_text("<html><body></body></html>", encoding="utf-8")
    (tmp_path / "7-good.txt").write_text(BODY, encoding="utf-8")
    records = by_id(tmp_path, max_bytes=2000)
    assert records["7-good.txt"].error is None
    errors = {k: r.error for k, r in records.items() if r.error}
    assert "empty" in errors["0-empty.txt"]
    assert "empty" in errors["1-blank.md"]
    assert "binary" in errors["2-binary.txt"]
    assert "unsupported file type .png" in errors["3-image.png"]
    assert "too large" in errors["4-huge.txt"]
    assert "malformed JSON" in errors["5-broken.json"]
    assert "no main text" in errors["6-empty.html"]
    assert len(records) == 8


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions")
def test_unreadable_file_is_an_error_record(tmp_path):
    path = tmp_path / "rahasia.txt"
    path.write_text(BODY, encoding="utf-8")
    path.chmod(0)
    try:
        (record,) = iter_records(tmp_path)
    finally:
        path.chmod(0o644)
    assert "PermissionError" in record.error


def test_read_failure_is_an_error_record(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(BODY, encoding="utf-8")
    original = Path.read_bytes

    def failing(self):
        if self.name == "a.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", failing)
    first, second = iter_records(tmp_path)
    assert "PermissionError" in first.error
    assert second.error is None and second.fields["text"] == BODY


def test_jsonl_lines_malformed_and_non_objects(tmp_path):
    lines = [
        json.dumps({"id": "a-1", "judul": "Satu", "isi": BODY, "tanggal": "2020-11-25"}),
        "",
        "{ rusak",
        json.dumps(["bukan", "objek"]),
        json.dumps({"title": "Tanpa teks"}),
        json.dumps({"content": BODY, "published": "2020-11-24", "link": "https://x.id/a"}),
    ]
    (tmp_path / "berita.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    records = list(iter_records(tmp_path))
    assert [r.doc_id for r in records] == [
        "a-1",
        "berita.jsonl#1",
        "berita.jsonl#2",
        "berita.jsonl#3",
        "berita.jsonl#4",
    ]
    first, broken, listed, empty, last = records
    assert first.fields["title"] == "Satu" and first.fields["date"] == "2020-11-25"
    assert "malformed JSON on line 3" in broken.error
    assert "not a JSON object" in listed.error
    assert "no text field" in empty.error
    assert last.error is None
    assert last.fields == {"text": BODY, "date": "2020-11-24", "url": "https://x.id/a"}


def test_jsonl_is_streamed_with_a_limit_per_line(tmp_path):
    small = json.dumps({"text": BODY})
    big = json.dumps({"text": BODY * 40})
    (tmp_path / "a.jsonl").write_text(f"{small}\n{big}\n{small}\n", encoding="utf-8")
    records = list(iter_records(tmp_path, max_bytes=len(small) + 10))
    assert [r.error is None for r in records] == [True, False, True]
    assert "line 2 too large" in records[1].error


def test_json_object_list_and_field_map(tmp_path):
    (tmp_path / "satu.json").write_text(
        json.dumps({"headline": "Judul", "naskah": BODY, "waktu": "2020-11-25T10:00"}),
        encoding="utf-8",
    )
    (tmp_path / "banyak.json").write_text(
        json.dumps([{"text": BODY, "id": 7}, {"text": BODY, "id": 7}]), encoding="utf-8"
    )
    records = by_id(tmp_path, field_map={"text": "naskah", "date": "waktu"})
    one = records["satu.json"]
    assert one.fields["text"] == BODY and one.fields["date"] == "2020-11-25T10:00"
    assert one.fields["title"] == "Judul"
    # A repeated own id falls back to the path + index, so ids stay unique.
    assert "7" in records and "banyak.json#1" in records


def test_csv_rows_and_extra_columns(tmp_path):
    content = 'judul,isi,tanggal,penulis\r\nSatu,"' + BODY + '",2020-11-25,Rina\r\nDua,,,\r\n'
    (tmp_path / "tabel.csv").write_text(content, encoding="utf-8")
    first, second = iter_records(tmp_path)
    assert first.doc_id == "tabel.csv#0"
    assert first.fields["text"] == BODY and first.fields["extra"] == {"penulis": "Rina"}
    assert second.error == "empty text"


def test_html_main_text_and_metadata(tmp_path):
    html = """<html><head><title>Judul Halaman | Portal</title>
    <meta property="og:title" content="Sungai Meluap di Hilir">
    <meta property="article:published_time" content="2020-11-25T08:00:00+07:00">
    <meta property="og:site_name" content="Portal Contoh">
    <script>var iklan = "jangan dibaca";</script><style>p { color: red }</style></head>
    <body><nav><a href="/">Beranda</a> <a href="/n">Nasional</a></nav>
    <article><h1>Sungai Meluap di Hilir</h1>
    <p>Sungai di hilir kota meluap setelah hujan turun semalaman dan merendam rumah warga.</p>
    <p>Petugas mengevakuasi warga lanjut usia ke balai desa dengan perahu karet pagi ini.</p>
    </article><footer>Hak cipta 2020 Portal Contoh</footer></body></html>"""
    (tmp_path / "halaman.html").write_text(html, encoding="utf-8")
    (record,) = iter_records(tmp_path)
    text = record.fields["text"]
    assert "merendam rumah warga" in text and "perahu karet" in text
    assert "jangan dibaca" not in text and "color" not in text
    assert "Beranda" not in text and "Hak cipta" not in text
    assert record.fields["title"] == "Sungai Meluap di Hilir"
    assert record.fields["date"] == "2020-11-25"
    assert record.fields["source"] == "Portal Contoh"


def test_map_fields_is_case_insensitive_and_skips_empty_values():
    fields = map_fields({"Title": "A", "Text": "", "Body": BODY, "ID": 3})
    assert fields == {"id": 3, "title": "A", "text": BODY, "extra": {"Text": ""}}


def test_decode_bytes_rejects_nul_bytes():
    with pytest.raises(ValueError, match="binary"):
        decode_bytes(b"teks\x00\x00\x00\xff\xfe\x00biner" * 10)


def test_read_file_jsonl_line_in_legacy_encoding(tmp_path):
    path = tmp_path / "campur.jsonl"
    good = json.dumps({"text": BODY}).encode()
    legacy = json.dumps({"text": "Kafé ramai – kata pemilik."}, ensure_ascii=False)
    path.write_bytes(good + b"\n" + legacy.encode("cp1252") + b"\n")
    first, second = read_file(path)
    assert first.fields["text"] == BODY
    assert second.error is None and second.fields["text"].startswith("Kaf")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Kafe crème brûlée di Montréal dibuka.".encode("latin-1"), "crème brûlée di Montréal"),
        ("Harga naik “tajam” – kata pedagang.".encode("cp1252"), "“tajam” –"),
        ("Berita dari Bandung: hujan deras.".encode("utf-16-le"), "dari Bandung: hujan"),
        ("Berita dari Bandung: hujan deras.".encode("utf-16-be"), "dari Bandung: hujan"),
        ("Berita dari Montréal.".encode("utf-16"), "dari Montréal"),  # with a BOM
        ("Kafe di Montréal.".encode("utf-8-sig"), "Kafe di Montréal"),
    ],
)
def test_decode_bytes_order_utf8_utf16_cp1252_latin1(data, expected):
    text = decode_bytes(data)
    assert expected in text and "\x00" not in text


def test_latin1_file_is_never_read_as_a_baltic_or_central_european_page(tmp_path):
    """Short Latin text with accents is where encoding detectors guess wrong."""
    for i, word in enumerate(["crème brûlée", "Montréal", "café", "São Paulo", "Zürich"]):
        path = tmp_path / f"{i}.txt"
        path.write_bytes(f"Wisatawan dari {word} datang.".encode("latin-1"))
        (record,) = read_file(path)
        assert record.error is None and word in record.fields["text"]


def test_utf16_without_bom_in_the_corpus(tmp_path):
    (tmp_path / "u16.txt").write_bytes("Menteri tiba di Bandung kemarin.".encode("utf-16-le"))
    (record,) = iter_records(tmp_path)
    assert record.error is None and record.fields["text"] == "Menteri tiba di Bandung kemarin."


def test_csv_without_a_text_column_is_one_error_naming_columns_and_names(tmp_path):
    rows = "".join(f"Judul {i},2020-11-2{i}\n" for i in range(4))
    (tmp_path / "tabel.csv").write_text("headline_x,waktu\n" + rows, encoding="utf-8")
    (record,) = iter_records(tmp_path)
    assert "columns found: headline_x, waktu" in record.error
    assert "--field-map text=COLUMN" in record.error
    assert all(name in record.error for name in ("isi", "judul", "tanggal"))
    (mapped,) = iter_records(tmp_path, field_map={"text": "teks"})
    assert "'teks'" in mapped.error


def test_unknown_field_map_field_is_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown field 'body'.*fields: id, title, text"):
        list(iter_records(tmp_path, field_map={"body": "isi"}))


def test_html_is_read_with_the_declared_cleaner():
    """trafilatura needs lxml.html.clean, a separate project (lxml_html_clean) since lxml 5.2;
    test_html_main_text_and_metadata reads a page through the real reader."""
    import lxml.html.clean

    assert lxml.html.clean.Cleaner


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_jsonl_in_utf16_reads_every_line(tmp_path, encoding):
    rows = [
        {"id": "a", "text": "Wali kota meresmikan pasar di Depok.", "date": "2020-11-24"},
        {"id": "b", "text": "Banjir merendam 40 rumah di Bekasi.", "date": "2020-11-25"},
    ]
    body = "\r\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\r\n"
    (tmp_path / "berita.jsonl").write_bytes(body.encode(encoding))
    records = list(iter_records(tmp_path))
    assert [r.error for r in records] == [None, None]
    assert [r.fields["text"] for r in records] == [r["text"] for r in rows]


def test_jsonl_in_utf16_that_breaks_midway_keeps_lines_before_and_records_the_rest(tmp_path):
    good = json.dumps({"text": "Gubernur meninjau tanggul di Semarang."}) + "\n"
    (tmp_path / "rusak.jsonl").write_bytes(good.encode("utf-16-le") * 3 + b"\x00\xd8\x41")
    records = list(iter_records(tmp_path))
    assert [r.error is None for r in records] == [True, True, True, False]
    assert "undecodable UTF-16" in records[-1].error


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_csv_delimiter_is_sniffed(tmp_path, delimiter):
    rows = [["judul", "isi"], ["Panen raya", "Warga Desa Sukamaju panen padi; hasilnya 5,5 ton."]]
    path = tmp_path / "ekspor.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)
    (record,) = read_file(path)
    assert record.error is None
    assert record.fields["title"] == "Panen raya"
    assert record.fields["text"] == rows[1][1]


def test_named_file_of_no_known_type_is_plain_text(tmp_path):
    for name in ("berita", "berita.text", "berita.isi"):
        path = tmp_path / name
        path.write_text(BODY, encoding="utf-8")
        (record,) = read_file(path, as_text=True)
        assert record.error is None and record.fields["text"] == BODY
    (record,) = iter_records(tmp_path / "berita")
    assert record.error is None
    # In a folder walk a file of no known type is skipped with a record saying so; .text is text.
    records = {r.doc_id: r for r in iter_records(tmp_path)}
    assert records["berita.text"].error is None
    assert "unsupported" in records["berita.isi"].error


def test_gzipped_files_are_read(tmp_path):
    lines = [json.dumps({"id": f"g{i}", "text": BODY}) for i in range(2)]
    (tmp_path / "arsip.jsonl.gz").write_bytes(gzip.compress("\n".join(lines).encode("utf-8")))
    (tmp_path / "satu.txt.gz").write_bytes(gzip.compress(BODY.encode("utf-8")))
    (tmp_path / "rusak.jsonl.gz").write_bytes(b"not gzip at all")
    records = {r.doc_id: r for r in iter_records(tmp_path)}
    assert records["g0"].fields["text"] == BODY and records["g1"].error is None
    assert records["satu.txt.gz"].fields["text"] == BODY
    assert "gzip" in records["rusak.jsonl.gz"].error


def test_broken_symlink_is_an_error_record(tmp_path):
    (tmp_path / "hilang.txt").symlink_to(tmp_path / "tidak-ada.txt")
    (record,) = iter_records(tmp_path)
    assert "broken symbolic link" in record.error


def test_cli_analyze_reads_a_file_without_extension(tmp_path, capsys):
    from textkit.cli import main

    path = tmp_path / "catatan"
    path.write_text("Warga Desa Sukamaju menanam pohon di Bandung.\n", encoding="utf-8")
    assert main(["analyze", str(path), "--format", "jsonl"]) == 0
    entities = json.loads(capsys.readouterr().out)["entities"]
    assert "Bandung" in [e["text"] for e in entities]


def test_control_characters_are_unicode_category_cc_but_tab_and_line_ends():
    import unicodedata

    from textkit.io import _CONTROLS

    every = "".join(map(chr, range(0x110000)))
    expected = [c for c in every if unicodedata.category(c) == "Cc" and c not in "\n\r\t"]
    assert _CONTROLS.findall(every) == expected


@pytest.mark.parametrize(
    ("raw", "read"),
    [
        ("&quot;Kami siap,&quot; kata Sari.", '"Kami siap," kata Sari.'),
        ("&#8220;Kami siap,&#8221; kata Sari.", "\u201cKami siap,\u201d kata Sari."),
        ("<p>Hujan deras.</p><p>Jalan tergenang.</p>", "\nHujan deras.\n\nJalan tergenang.\n"),
        ("Banjir <strong>surut</strong> pagi ini.<br/>", "Banjir surut pagi ini.\n"),
        ("Skor <5> dan AT&T & R&D tetap.", "Skor <5> dan AT&T & R&D tetap."),  # no markup
    ],
)
def test_scraped_markup_in_plain_text_is_undone(tmp_path, raw, read):
    (tmp_path / "a.txt").write_text(raw, encoding="utf-8")
    [record] = list(iter_records(tmp_path))
    assert record.fields["text"] == read
