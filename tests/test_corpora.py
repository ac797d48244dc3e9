"""Shape of the sample corpus in corpora/: counts, formats, dates, titles and portal conventions.

The corpus is read here with the standard library only, so these checks do not depend on
textkit's readers; the last tests check that `textkit.article.read_articles` agrees.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent.parent / "corpora"

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maret": 3, "mar": 3, "april": 4,
    "apr": 4, "mei": 5, "may": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8,
    "agu": 8, "agt": 8, "aug": 8, "september": 9, "sep": 9, "oktober": 10, "okt": 10,
    "oct": 10, "november": 11, "nov": 11, "desember": 12, "des": 12, "dec": 12,
}  # fmt: skip
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")

HEADER_DATE = re.compile(r"\b(\d{1,2}) ([A-Za-z]+) (20\d\d)\b")
SLASH_DATE = re.compile(r"\b(\d{2})/(\d{2})/(20\d\d)\b")
URL_DATE = re.compile(r"^https?://\S+/(20\d\d)/(\d\d)/(\d\d)/\S+$", re.M)
DAY_HEADER = re.compile(rf"\b({'|'.join(DAYS)}),? (\d{{1,2}}) ([A-Za-z]+) (20\d\d)\b")
DAY_INLINE = re.compile(rf"\b({'|'.join(DAYS)}) \((\d{{1,2}})/(\d{{1,2}})(?:/(20\d\d))?\)")

# Conventions the corpus must show at least once each (what article parsing has to handle).
CONVENTIONS = {
    "city + KOMPAS.com dateline": r"^[A-Z]+, KOMPAS\.com - ",
    "bare KOMPAS.com dateline": r"^KOMPAS\.com - ",
    "SERAMBINEWS.COM dateline": r"^SERAMBINEWS\.COM, [A-Z ]+ - ",
    "ANTARA dateline": r"^[A-Z][a-z]+ \(ANTARA\) - ",
    "TEMPO.CO dateline": r"^TEMPO\.CO, [A-Z][a-z]+ - ",
    "Liputan6.com dateline": r"^Liputan6\.com, [A-Z][a-z]+ - ",
    "TRIBUN dateline": r"^[A-Z]+, TRIBUN - ",
    "Penulis | Editor": r"^Penulis: .+ \| Editor: ",
    "Reporter": r"^Reporter: ",
    "Pewarta": r"^Pewarta: ",
    "Editor line": r"^Editor: ",
    "Laporan Wartawan": r"^Laporan Wartawan Tribun \w+, ",
    "initials at the end": r"\((?:[a-z0-9]{2,4})(?:/[a-z0-9]{2,4})*\)(?:</p>)?\s*$",
    "(*)": r"^\(\*\)$",
    "Sumber": r"Sumber: Anadolu Agency",
    "Baca juga line": r"^Baca [Jj]uga: ",
    "inline Baca juga": r"\(Baca juga: ",
    "Simak juga": r"^Simak juga",
    "Lihat juga": r"Lihat juga: ",
    "Artikel ini telah tayang": r"^Artikel ini telah tayang di ",
    "tag list": r"^Tag: \w",
    "share prompt": r"[Bb]agikan",
    "VIDEO section": r"^VIDEO - |^Video:? ",
    "header date line": rf"^({'|'.join(DAYS)}), \d{{1,2}} [A-Z][a-z]+ 2020 \d\d:\d\d WIB$",
    "Rupiah amount": r"Rp ?\d[\d.]*(,\d+)? (miliar|triliun|juta)",
    "Jl. abbreviation": r"\bJl\. ",
    "dr. title": r"\bdr\. ",
    "reduplication": r"\banak-anak\b",
    "absolute date with weekday": rf"\b({'|'.join(DAYS)}) \(\d+/\d+/2020\)",
    "relative date": r"\b(kemarin|pekan lalu|besok|hari lalu)\b",
    "duration": r"\b\d+ tahun\b",
    "time of day": r"pukul \d\d\.\d\d (WIB|Wita)",
}


@dataclass
class Sample:
    """One article of the corpus as stored: where, its title, full text and publication date."""

    where: str
    title: str
    text: str
    date: dt.date
    url: str | None = None
    key: str = ""  # the doc id textkit gives it: path below corpora/, or the record's own id


def _date(day: str, month: str, year: str) -> dt.date:
    return dt.date(int(year), MONTHS[month.lower()], int(day))


def _txt_date(lines: list[str]) -> dt.date:
    """The date in the header lines (after the title) of a .txt article."""
    for line in lines[1:6]:
        if match := SLASH_DATE.search(line):
            return dt.date(int(match[3]), int(match[2]), int(match[1]))
        match = HEADER_DATE.search(line)
        if match and match[2].lower() in MONTHS:
            return _date(*match.groups())
    raise AssertionError(f"no date in the header lines: {lines[:6]}")


def _html_field(page: str, pattern: str) -> str:
    match = re.search(pattern, page, re.S)
    assert match, f"missing {pattern!r}"
    return match[1].strip()


def _read_txt(path: Path) -> list[Sample]:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    url = URL_DATE.search(text)
    key = path.relative_to(CORPUS).as_posix()
    return [Sample(str(path), lines[0], text, _txt_date(lines), url[0] if url else None, key)]


def _read_html(path: Path) -> list[Sample]:
    page = path.read_text(encoding="utf-8")
    published = _html_field(page, r'property="article:published_time" content="([^"]+)"')
    body = _html_field(page, r"<article>(.*)</article>")
    text = re.sub(r"<[^>]+>", "\n", body)
    text = re.sub(r"\n\s*\n+", "\n", text).strip()
    title = _html_field(page, r"<title>(.*?)</title>")
    date = dt.datetime.fromisoformat(published).date()
    return [Sample(str(path), title, text, date, key=path.relative_to(CORPUS).as_posix())]


def _from_objects(where: str, objects: list[dict]) -> list[Sample]:
    return [
        Sample(f"{where}#{i}", obj["title"], obj["text"], dt.date.fromisoformat(obj["date"][:10]),
               obj.get("url"), obj["id"])
        for i, obj in enumerate(objects)
    ]  # fmt: skip


def _read_jsonl(path: Path) -> list[Sample]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return _from_objects(str(path), [json.loads(line) for line in lines if line.strip()])


def _read_csv(path: Path) -> list[Sample]:
    with path.open(encoding="utf-8", newline="") as handle:
        return _from_objects(str(path), list(csv.DictReader(handle)))


READERS = {".txt": _read_txt, ".html": _read_html, ".jsonl": _read_jsonl, ".csv": _read_csv}


def _files() -> list[Path]:
    return sorted(p for p in CORPUS.rglob("*") if p.is_file())


@pytest.fixture(scope="module")
def samples() -> list[Sample]:
    found = []
    for path in _files():
        if path.suffix in READERS:
            found.extend(READERS[path.suffix](path))
    return found


def test_corpus_size_and_formats(samples):
    assert len(samples) >= 40
    suffixes = [p.suffix for p in _files()]
    assert suffixes.count(".html") >= 3
    assert suffixes.count(".jsonl") >= 1
    assert set(suffixes) <= {".txt", ".html", ".jsonl", ".csv", ".md"}
    assert len({Path(s.where).parent for s in samples if s.where.endswith(".txt")}) >= 5


def test_files_are_utf8_without_bom():
    for path in _files():
        data = path.read_bytes()
        assert not data.startswith(b"\xef\xbb\xbf"), path
        data.decode("utf-8")  # raises on anything else


def test_dates_span_about_six_months(samples):
    dates = sorted(s.date for s in samples)
    assert (dates[-1] - dates[0]).days >= 150
    months = {(d.year, d.month) for d in dates}
    assert len(months) >= 6
    assert all(3 <= sum(d.month == m for d in dates) for _, m in months)


def test_every_article_has_a_title_and_a_short_body(samples):
    for sample in samples:
        assert 10 <= len(sample.title) <= 150, sample.where
        assert " - " not in sample.title[:30] or sample.title.startswith("VIDEO"), sample.where
        assert 110 <= len(sample.text.split()) <= 320, (sample.where, len(sample.text.split()))


def test_file_name_url_and_header_dates_agree(samples):
    for sample in samples:
        stamp = re.search(r"(20\d\d-\d\d-\d\d)", sample.where)
        if stamp:
            assert dt.date.fromisoformat(stamp[1]) == sample.date, sample.where
        if sample.url and (match := re.search(r"/(20\d\d)/(\d\d)/(\d\d)/", sample.url)):
            assert dt.date(*map(int, match.groups())) == sample.date, sample.where


def test_weekdays_match_their_dates(samples):
    checked = 0
    for sample in samples:
        for day, date, month, year in DAY_HEADER.findall(sample.text):
            if month.lower() in MONTHS:
                assert DAYS[_date(date, month, year).weekday()] == day, (sample.where, date)
                checked += 1
        for day, date, month, year in DAY_INLINE.findall(sample.text):
            when = dt.date(int(year or sample.date.year), int(month), int(date))
            assert DAYS[when.weekday()] == day, (sample.where, day, date, month)
            assert abs((when - sample.date).days) <= 14, (sample.where, when)
            checked += 1
    assert checked >= len(samples)


def test_portal_conventions_all_occur(samples):
    missing = [
        name
        for name, pattern in CONVENTIONS.items()
        if not any(re.search(pattern, s.text, re.M) for s in samples)
    ]
    assert not missing
    assert sum("Baca juga:" in s.text or "Baca Juga:" in s.text for s in samples) >= 20


def _outlet(sample: Sample) -> str:
    """The portal folder of a text or HTML file, or the feed file of a record."""
    return sample.where.split("#")[0] if "#" in sample.where else Path(sample.where).parent.name


def test_storylines_recur_across_sources_and_months(samples):
    for name in ("Hendra Wiratmaja", "Asep Suherman", "Galesong", "Kalbajar", "Surabaya", "Medan"):
        hits = [s for s in samples if name in s.text]
        assert len({_outlet(s) for s in hits}) >= 2, name
    galesong = {s.date.month for s in samples if "Galesong" in s.text}
    assert len(galesong) >= 3


def test_corpus_has_the_hand_counted_documents(samples):
    # Counted by hand: 43 .txt and 5 .html files, 4 + 4 feed records and 3 CSV rows.
    assert len(samples) == 59


def test_textkit_reads_every_article(samples):
    from textkit import article

    articles = list(article.read_articles(CORPUS))
    assert [a.doc_id for a in articles if a.error] == []
    assert len(articles) == len(samples) >= 40
    assert all(a.title and a.body for a in articles)


def test_textkit_finds_the_publication_dates(samples):
    from textkit import article

    found = {
        a.doc_id: a.published.date() if isinstance(a.published, dt.datetime) else a.published
        for a in article.read_articles(CORPUS)
    }
    assert found == {s.key: s.date for s in samples}
