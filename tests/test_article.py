"""News article structure, on articles written for these tests in each portal's style."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from textkit.article import (
    Article,
    analyze_article,
    analyze_articles,
    canonical_place,
    match_dateline,
    parse_article,
    parse_date,
    read_articles,
    url_date,
)
from textkit.article_rules import (
    BODY_RULES,
    HEADER_RULES,
    OPENING_RULES,
    TAIL_RULES,
    Context,
)
from textkit.io import Record

FIXTURES = Path(__file__).parent / "fixtures" / "articles"
LEAD = "Warga Desa Sukamaju menanam seribu pohon di lereng bukit pada Minggu pagi."
SECOND = "Kepala desa mengatakan bibit berasal dari dinas kehutanan."


def parse(text: str, **fields) -> Article:
    return parse_article(Record("t", "t.txt", {"text": text, **fields}))


def kinds(article: Article) -> list[str]:
    return [kind for kind, _ in article.boilerplate]


# --- every rule on its own examples -------------------------------------------------------------

ZONES = {"header": HEADER_RULES, "body": BODY_RULES, "opening": OPENING_RULES, "tail": TAIL_RULES}
RULE_EXAMPLES = [
    pytest.param(rule, line, expected, id=f"{zone}-{rule.name}-{i}")
    for zone, rules in ZONES.items()
    for rule in rules
    for i, (line, expected) in enumerate(rule.examples)
]
LIST_FIELDS = ("authors", "editors")


@pytest.mark.parametrize(("rule", "line", "expected"), RULE_EXAMPLES)
def test_rule_examples(rule, line, expected):
    """Each rule on single lines: the kind it removes, what it keeps, the values it reads."""
    if expected is None:
        assert rule.classify(line, Context()) is None
        return
    expected = dict(expected)
    finding = rule.classify(line, Context(**expected.pop("context", {})))
    assert finding is not None
    if "kind" in expected:
        assert finding.removed[0][0] == expected.pop("kind")
    assert finding.keep == expected.pop("keep", finding.keep)
    for name, value in expected.items():
        found = [v for f, v in finding.values if f == name]
        assert found == (value if name in LIST_FIELDS else [value]), name


def test_every_rule_has_examples_of_what_it_finds():
    named = {}
    for rules in ZONES.values():
        for rule in rules:
            named.setdefault(rule.classify, []).extend(rule.examples)
    for classify, examples in named.items():
        assert any(expected is not None for _, expected in examples), classify.__name__


# --- datelines --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "place", "source"),
    [
        ("JAKARTA, KOMPAS.com - ", "Jakarta", "Kompas.com"),
        ("KOMPAS.com - ", None, "Kompas.com"),
        ("SERAMBINEWS.COM, KALBAJAR - ", "Kalbajar", "Serambinews.com"),
        ("Jakarta (ANTARA) - ", "Jakarta", "Antara"),
        ("TEMPO.CO, Jakarta - ", "Jakarta", "Tempo.co"),
        ("Liputan6.com, Jakarta - ", "Jakarta", "Liputan6.com"),
        ("BANDUNG, TRIBUN - ", "Bandung", "Tribun"),
        ("BANDA ACEH, KOMPAS.com – ", "Banda Aceh", "Kompas.com"),
        ("REPUBLIKA.CO.ID, MOSKOW -- ", "Moskow", "Republika"),
        ("TRIBUNJABAR.ID, BANDUNG - ", "Bandung", "Tribunjabar.id"),
        ("JAKARTA - ", "Jakarta", None),
        ("KONTAN.CO.ID - JAKARTA. ", "Jakarta", "Kontan"),
        ("KONTAN.CO.ID - BANDAR LAMPUNG. ", "Bandar Lampung", "Kontan"),
    ],
)
def test_datelines(opening, place, source):
    article = parse(f"{opening}{LEAD}\n{SECOND}")
    assert article.dateline == place
    assert article.source == source
    assert article.body == f"{LEAD}\n{SECOND}"
    assert article.boilerplate == [("dateline", opening.strip())]


def test_capitals_after_an_outlet_dash_are_a_place_only_before_a_period():
    for opening in ("KOMPAS.com - BMKG ", "KONTAN.CO.ID - PT. "):
        article = parse(f"{opening}{LEAD}")
        assert article.dateline is None and article.body == f"{opening.split('- ')[1]}{LEAD}"


def test_dateline_only_on_the_first_body_line():
    article = parse(f"{LEAD}\nBANDUNG, KOMPAS.com - {SECOND}")
    assert article.dateline is None and "KOMPAS.com" in article.body


def test_no_dateline_in_plain_sentences():
    for line in (LEAD, "Rabu - Kamis ini hujan turun.", "Ia berkata: pasar - ramai."):
        assert match_dateline(line) is None


def test_metadata_source_wins_over_the_dateline():
    article = parse(f"JAKARTA, KOMPAS.com - {LEAD}", source="tempo.co")
    assert article.source == "Tempo.co" and article.dateline == "Jakarta"


@pytest.mark.parametrize(
    ("given", "source"),
    [
        ("kompas.com", "Kompas.com"),
        ("SINDOnews.com", "SINDOnews"),
        ("Portal Entah", "Portal Entah"),
    ],
)
def test_metadata_source_of_a_known_outlet_is_its_canonical_name(given, source):
    assert parse(LEAD, source=given).source == source


def test_canonical_place():
    assert canonical_place("KALBAJAR") == "Kalbajar"
    assert canonical_place("BANDA ACEH") == "Banda Aceh"
    assert canonical_place("Jakarta") == "Jakarta"


# --- bylines and credits ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors", "editors"),
    [
        ("Penulis: Rina Susanti | Editor: Bambang Wijaya", ["Rina Susanti"], ["Bambang Wijaya"]),
        ("Penulis Rina Susanti | Editor Bambang Wijaya", ["Rina Susanti"], ["Bambang Wijaya"]),
        ("Reporter: Dodi Kurnia", ["Dodi Kurnia"], []),
        ("Editor: Bambang Wijaya", [], ["Bambang Wijaya"]),
        ("Pewarta: Dodi Kurnia, Editor: Sri Lestari", ["Dodi Kurnia"], ["Sri Lestari"]),
        ("Penulis: Ayu Larasati dan Rudi Hartono,,", ["Ayu Larasati", "Rudi Hartono"], []),
        ("Kontributor : Yosef Bria", ["Yosef Bria"], []),
    ],
)
def test_byline_lines(line, authors, editors):
    for text in (f"{line}\n{LEAD}\n{SECOND}", f"{LEAD}\n{SECOND}\n{line}"):
        article = parse(text)
        assert article.authors == authors and article.editors == editors
        assert article.body == f"{LEAD}\n{SECOND}"
        assert kinds(article) == ["byline"]


@pytest.mark.parametrize(
    ("line", "authors", "source"),
    [
        ("Laporan Wartawan Tribunnews.com, Yudi Hakim", ["Yudi Hakim"], "Tribunnews.com"),
        ("Laporan Wartawan Tribun Jabar, Galih Permadi", ["Galih Permadi"], "Tribun Jabar"),
        ("Laporan Wartawan TribunJateng.com Sari Utami", ["Sari Utami"], "TribunJateng.com"),
        ("Laporan Zainal Abidin | Banda Aceh", ["Zainal Abidin"], None),
        ("Oleh Nadia Puspita", ["Nadia Puspita"], None),
    ],
)
def test_reporter_lines(line, authors, source):
    article = parse(f"Judul Berita Desa\n{line}\n\n{LEAD}\n{SECOND}")
    assert article.authors == authors
    assert article.source == source
    assert article.body == f"{LEAD}\n{SECOND}"


@pytest.mark.parametrize(
    ("ending", "authors", "credit"),
    [
        (" (rsu)", ["rsu"], None),
        (" (rsu/ant)", ["rsu"], "Antara"),
        (" (Nur Ika Anisa)", ["Nur Ika Anisa"], None),
        (" (*)", [], None),
        ("\n(*)", [], None),
        ("\nWAHYU PRATAMA | ANTARA", ["Wahyu Pratama"], "Antara"),
        ("\nSumber: Anadolu Agency", [], "Anadolu Agency"),
        (" (trb),,,loading...", ["trb"], None),
        ("\n\n(mg7/jpnn)", ["mg7"], "JPNN.com"),
        ("\n[rhm]", ["rhm"], None),
    ],
)
def test_end_credits(ending, authors, credit):
    article = parse(f"{LEAD}\n{SECOND}{ending}")
    assert article.body == f"{LEAD}\n{SECOND}"
    assert article.authors == authors
    assert article.credit == credit
    assert "credit" in kinds(article)


def test_credit_gives_the_source_only_without_a_publisher():
    assert parse(f"{LEAD}\nSumber: Anadolu Agency").source == "Anadolu Agency"
    article = parse(f"KOMPAS.com - {LEAD}\nSumber: Anadolu Agency")
    assert article.source == "Kompas.com" and article.credit == "Anadolu Agency"


@pytest.mark.parametrize(
    "last",
    [
        "Ia bermain untuk Barcelona (dua) dan Feyenoord (dua).",
        "Korban adalah seorang pelajar. (16)",
        "Pertandingan digelar Sabtu (21/11/2020).",
    ],
)
def test_parentheses_that_are_not_credits_are_kept(last):
    text = f"{LEAD}\n{last}"
    article = parse(text)
    assert article.body == text and article.authors == []


# --- promo and navigation -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Baca juga: Harga Cabai Naik Menjelang Akhir Tahun", "promo"),
        ("BACA JUGA : Harga Cabai Naik", "promo"),
        ("Baca: Pedagang Minta Kepastian Pasokan", "promo"),
        ("Simak juga: Cara Membuat Lubang Biopori", "promo"),
        ("Lihat juga: VIDEO - Perahu Karet Evakuasi Warga", "promo"),
        ("Simak juga video pilihan berikut ini:", "promo"),
        ("Artikel ini telah tayang di Tribunjabar.id dengan judul Jembatan Putus", "republished"),
        ("Tag: banjir, gotong royong, cibiru", "tags"),
        ("Tags: politik", "tags"),
        ("#KitaBisa with PORTAL", "tags"),
        ("Bagikan artikel ini", "share"),
        ("Facebook Twitter WhatsApp", "share"),
        ("Bagikan artikel ini: Facebook Twitter WhatsApp", "share"),
        ("Share: Facebook | Twitter | Salin Link", "share"),
        ("Salin Link", "share"),
        ("loading...", "navigation"),
        ("COPYRIGHT © ANTARA 2020", "navigation"),
        ("Halaman selanjutnya", "navigation"),
        ("https://regional.kompas.com/read/2020/11/25/1/judul", "url"),
        ("Selanjutnya: Bank Daerah Tambah Plafon Kredit Petani", "promo"),
        ("Menarik Dibaca: Harga Jagung Pipil Naik", "promo"),
        ("Saksikan video selengkapnya di atas.", "promo"),
        ("Simak videonya berikut ini:", "promo"),
        ("Cek Berita dan Artikel yang lain di Google News", "navigation"),
        ("Jangan lupa bagikan artikel ini.", "share"),
        ("Yuk, bagikan berita ini ke teman-temanmu!", "share"),
    ],
)
def test_promo_and_navigation_lines(line, kind):
    article = parse(f"{LEAD}\n{line}\n{SECOND}")
    assert article.body == f"{LEAD}\n{SECOND}"
    assert article.boilerplate == [(kind, line)]


def test_inline_promo_is_cut_out_of_its_paragraph():
    article = parse(f"{LEAD} (Baca juga: Dinas Siapkan Bibit Baru) Warga senang.\n{SECOND}")
    assert article.body == f"{LEAD} Warga senang.\n{SECOND}"
    assert article.boilerplate == [("promo", "(Baca juga: Dinas Siapkan Bibit Baru)")]


def test_inline_promo_opening_a_paragraph():
    article = parse(f"{LEAD}\n(Baca juga: Dinas Siapkan Bibit Baru) Warga senang.\n{SECOND}")
    assert article.body == f"{LEAD}\nWarga senang.\n{SECOND}"
    article = parse(f"{LEAD}\n(Baca juga: Dinas Siapkan Bibit Baru)\n{SECOND}")
    assert article.body == f"{LEAD}\n{SECOND}"


def test_promo_marker_whose_link_text_was_lost_keeps_the_next_paragraph():
    article = parse(f"{LEAD}\nBaca Juga :,,Baca Juga :,,{SECOND}")
    assert article.body == f"{LEAD}\n{SECOND}"
    assert kinds(article) == ["promo"]


def test_bare_promo_marker_takes_the_headline_lines_below_it():
    text = f"{LEAD}\nBaca juga:\nBibit Pohon Dibagikan Gratis\nHutan Kota Diperluas\n{SECOND}"
    article = parse(text)
    assert article.body == f"{LEAD}\n{SECOND}"
    assert kinds(article) == ["promo", "promo", "promo"]


def test_republished_note_after_text_on_the_same_line():
    article = parse(f"{LEAD}\n{SECOND} (dta),Artikel ini telah tayang di ,dengan judul")
    assert article.body == f"{LEAD}\n{SECOND}"
    assert article.authors == ["dta"]


@pytest.mark.parametrize(
    ("ending", "kind"),
    [
        (" ,#KitaBisa with PORTAL", "tags"),
        ("., , ,#KitaBisa with Portal", "tags"),
        (" Simak video berikut", "promo"),
        (" Simak videonya di tautan , ini.", "promo"),
        (",,,loading...", "navigation"),
        (" Jangan lupa bagikan artikel ini.", "share"),
        (" Saksikan videonya di atas. Bagikan ke teman dan keluarga Anda.", "share"),
    ],
)
def test_tails_of_the_last_paragraph(ending, kind):
    article = parse(f"{LEAD}\n{SECOND}{ending}")
    assert article.body.startswith(f"{LEAD}\n{SECOND[:-1]}")
    assert ending.strip(" ,.") not in article.body
    assert kind in kinds(article)


def test_tag_tail_after_a_comma_join_but_not_inside_a_sentence():
    article = parse(f"{LEAD}\nWarga bermain di ,#KitaBisa with PORTAL")
    assert article.body == f"{LEAD}\nWarga bermain di" and kinds(article) == ["tags"]
    text = f"{LEAD}\nWarga menulis tagar #KitaBisa"
    assert parse(text).body == text


@pytest.mark.parametrize("line", [",", " ", ", ", "- ", "(", "#a ", "Baca juga:,", "A"])
def test_pathological_long_lines_are_fast(line):
    import time

    start = time.perf_counter()
    article = parse("x" + line * 20000)
    assert time.perf_counter() - start < 3
    assert article.error is None


def test_promo_residue_inside_a_comma_joined_line():
    article = parse(f"{LEAD},Baca juga:,,{SECOND}")
    assert article.body == f"{LEAD},{SECOND}"
    assert kinds(article) == ["promo"]


def test_long_lines_that_start_like_credits_are_kept():
    caption = "Foto: Meski hujan turun sejak pagi, ratusan warga tetap datang ke lapangan desa."
    furniture = (
        "© Foto Desa,Menariknya, warga juga membawa bibit sendiri dari rumah masing-masing " * 2
    )
    for line in (caption, furniture.strip()):
        article = parse(f"{LEAD}\n{line}\n{SECOND}")
        assert line in article.body and article.boilerplate == []


def test_ordinary_lines_mentioning_markers_are_kept():
    text = (
        f"{LEAD}\nTerlihat juga puluhan warga membawa cangkul.\n"
        "Lihat video unggahannya yang viral itu: warga menari di sawah.\n"
        "Sumber dana berasal dari swadaya masyarakat, kata kepala desa.\n"
        "Selanjutnya: warga diminta menunggu kabar dari balai desa.\n"
        "Jangan lupa, bibit harus disiram setiap pagi, ujarnya."
    )
    article = parse(text)
    assert article.body == text and article.boilerplate == []


# --- header: section, title, date -------------------------------------------------------------


def test_section_label_and_video_title():
    text = f"Video\nVIDEO - Warga Tanam Seribu Pohon\n{LEAD}"
    article = parse(text)
    assert article.section == "Video"
    assert article.title == "Warga Tanam Seribu Pohon"
    assert article.body == LEAD
    assert kinds(article) == ["section", "title"]


def test_breadcrumb_and_title_line():
    article = parse(f"Home > Regional > Jawa Barat\nWarga Tanam Seribu Pohon\n\n{LEAD}")
    assert article.section == "Jawa Barat" and article.title == "Warga Tanam Seribu Pohon"
    assert article.body == LEAD and article.lead == LEAD


def test_record_title_repeated_on_the_first_line_is_dropped():
    article = parse(f"Warga Tanam Pohon\n{LEAD}", title="Warga Tanam Pohon")
    assert article.body == LEAD and kinds(article) == ["title"]


def test_first_line_sentence_is_not_a_title():
    article = parse(f"{LEAD}\n{SECOND}")
    assert article.title is None and article.body == f"{LEAD}\n{SECOND}"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Rabu, 25 November 2020 14:30 WIB", dt.datetime(2020, 11, 25, 14, 30)),
        ("Kompas.com - 25/11/2020, 14:30 WIB", dt.datetime(2020, 11, 25, 14, 30)),
        ("25 Nov 2020, 10:20 WIB", dt.datetime(2020, 11, 25, 10, 20)),
        ("Kamis, 26 November 2020", dt.date(2020, 11, 26)),
    ],
)
def test_header_date_line(line, expected):
    article = parse(f"Warga Tanam Pohon\n{line}\n\n{LEAD}")
    assert article.published == expected
    assert article.body == LEAD and "date" in kinds(article)


def test_published_precedence_metadata_then_url_then_header():
    url = "https://regional.kompas.com/read/2020/11/24/0900/warga"
    text = f"Warga Tanam Pohon\nRabu, 25 November 2020 14:30 WIB\n{LEAD}"
    assert parse(text, date="2020-11-23", url=url).published == dt.date(2020, 11, 23)
    assert parse(text, url=url).published == dt.date(2020, 11, 24)
    assert parse(text).published == dt.datetime(2020, 11, 25, 14, 30)
    assert parse(LEAD, date="31 Juli 2019").published == dt.date(2019, 7, 31)


def test_parse_date_and_url_date():
    assert parse_date("2020-11-25") == dt.date(2020, 11, 25)
    assert parse_date("2020-11-25T14:30:00+07:00") == dt.datetime(2020, 11, 25, 14, 30)
    assert parse_date("tidak ada tanggal") is None
    assert url_date("https://x.id/read/2020/11/25/123/judul") == dt.date(2020, 11, 25)
    assert url_date("https://x.id/2019/06/judul.html") is None
    assert url_date("https://x.id/2020/13/45/judul") is None


# --- whole articles -----------------------------------------------------------------------------

EXPECTED = {
    "kompas-video.txt": dict(
        title="Warga Cibiru Gotong Royong Bersihkan Saluran Air",
        section="Video",
        published="2020-11-25T14:30:00",
        source="Kompas.com",
        dateline="Jakarta",
        authors=["Larasati Wibowo"],
        editors=["Hanafi Rusdi"],
        removed=["Baca juga", "Hujan Deras", "Simak juga", "Tag:", "Bagikan"],
    ),
    "antara.txt": dict(
        title="Menteri tinjau bendungan baru di Sumbawa",
        published="2020-11-23T09:15:00",
        source="Antara",
        dateline="Jakarta",
        authors=["Gilang Ramadhan"],
        editors=["Sri Lestari"],
        removed=["Lihat juga", "Pewarta", "COPYRIGHT"],
    ),
    "serambinews.txt": dict(
        published="2020-11-25T16:05:00",
        source="Serambinews.com",
        credit="Anadolu Agency",
        dateline="Kalbajar",
        removed=["Sumber", "(*)"],
    ),
    "tempo.txt": dict(
        source="Tempo.co",
        credit="Antara",
        dateline="Jakarta",
        authors=["Wahyu Pratama"],
        published="2020-11-26T08:40:00",
        removed=["Baca:", "WAHYU"],
    ),
    "liputan6.txt": dict(
        source="Liputan6.com",
        dateline="Jakarta",
        authors=["Nadia Puspita"],
        published="2020-11-25T10:20:00",
        removed=["Oleh", "Diperbarui", "Simak juga"],
    ),
    "tribun.txt": dict(
        source="Tribun",
        dateline="Bandung",
        authors=["Yudhistira Hakim", "yud", "dha"],
        published="2020-11-24T19:10:00",
        removed=["Laporan Wartawan", "(yud/dha)", "Artikel ini"],
    ),
    "kontan.txt": dict(
        title="Koperasi Tani Sukamaju Raih Kredit Usaha Rp 4 Miliar",
        published="2020-11-24T13:10:00",
        source="Kontan",
        dateline="Bandar Lampung",
        authors=["Intan Maharani"],
        editors=["Yusuf Hakim"],
        removed=["KONTAN.CO.ID", "BANDAR LAMPUNG.", "Menarik Dibaca", "Selanjutnya", "Google News"],
    ),
    "kompas-url.txt": dict(
        source="Kompas.com",
        dateline=None,
        authors=["Rendra Gunawan"],
        editors=["Maya Sari"],
        published="2020-11-25",
        url="https://regional.kompas.com/read/2020/11/25/15300041/pemkot-bogor-buka-posko-pengaduan-banjir",
        removed=["Baca juga", "Katulampa", "Bantaran", "https://"],
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_articles(name):
    (article,) = read_articles(FIXTURES / name)
    expected = dict(EXPECTED[name])
    removed = expected.pop("removed")
    data = article.to_dict()
    for key, value in expected.items():
        assert data[key] == value, key
    for fragment in removed:
        assert fragment not in article.body, fragment
        assert any(fragment in text for _, text in article.boilerplate), fragment
    # Nothing is lost: the words of the body and of the removed boilerplate are the source's.
    source = (FIXTURES / name).read_text(encoding="utf-8")
    kept = [article.body, *(text for _, text in article.boilerplate)]
    assert sorted(words(" ".join(kept))) == sorted(words(source))
    assert article.lead == article.body.splitlines()[0]


def words(text: str) -> list[str]:
    return re.findall(r"[^\s,]+", text)


def test_read_articles_folder_and_errors(tmp_path):
    (tmp_path / "ok.txt").write_text(f"KOMPAS.com - {LEAD}", encoding="utf-8")
    (tmp_path / "kosong.txt").write_text("", encoding="utf-8")
    articles = list(read_articles(tmp_path))
    assert [a.doc_id for a in articles] == ["kosong.txt", "ok.txt"]
    assert articles[0].error == "empty file" and articles[0].body == ""
    assert articles[1].error is None and articles[1].body == LEAD


def test_jsonl_metadata_fields(tmp_path):
    line = (
        '{"id": "n1", "title": "Judul", "date": "2019-09-10", "source": "contoh.com",'
        ' "url": "https://contoh.com/a", "text": "JAKARTA - ' + LEAD + '"}'
    )
    (tmp_path / "a.jsonl").write_text(line + "\n", encoding="utf-8")
    (article,) = read_articles(tmp_path)
    assert (article.doc_id, article.title, article.source) == ("n1", "Judul", "contoh.com")
    assert article.published == dt.date(2019, 9, 10) and article.dateline == "Jakarta"
    assert article.body == LEAD


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400))
def test_parse_never_crashes(text):
    article = parse(text)
    assert article.body == article.body.strip()
    assert article.error is None


# --- analysis ---------------------------------------------------------------------------------


def test_analyze_article_sets_published_and_offsets(nlp):
    (article,) = read_articles(FIXTURES / "kompas-video.txt")
    doc = analyze_article(article, nlp=nlp)
    assert doc.text == article.body
    assert doc._.published == "2020-11-25T14:30"
    assert doc._.article["doc_id"] == "kompas-video.txt"
    assert doc._.article["dateline"] == "Jakarta"
    kemarin = [e for e in doc.ents if e.text == "kemarin"]
    assert kemarin and kemarin[0]._.value == "2020-11-24"
    for ent in doc.ents:
        assert article.body[ent.start_char : ent.end_char] == ent.text


def test_analyze_articles_skips_errors_and_keeps_order(nlp, tmp_path):
    for name in ("a.txt", "c.txt"):
        (tmp_path / name).write_text(f"JAKARTA, KOMPAS.com - {LEAD}", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    pairs = list(analyze_articles(read_articles(tmp_path), nlp=nlp, batch_size=1))
    assert [a.doc_id for a, _ in pairs] == ["a.txt", "c.txt"]
    assert all(doc.text == LEAD for _, doc in pairs)


# --- shared corpus (skipped without ../shared/data) ---------------------------------------------


def test_shared_news_corpus_structure(shared_data):
    path = shared_data / "news" / "click-id" / "articles.jsonl"
    articles = list(read_articles(path))
    assert len(articles) == 5000 and all(a.error is None for a in articles)
    assert len({a.doc_id for a in articles}) == 5000
    assert all(a.doc_id.startswith("clickid-") and a.published for a in articles)
    leftovers = re.compile(r"loading\.\.\.|#GrowFearless|^Baca [Jj]uga\s*:?\s*,|^Penulis:", re.M)
    assert not [a.doc_id for a in articles if leftovers.search(a.body)]
    tempo = [a for a in articles if a.source == "Tempo.co"]
    named = [a for a in tempo if any(t.startswith("TEMPO.CO") for _, t in a.boilerplate)]
    assert len(named) >= 50 and all(a.dateline for a in named)
