"""News article structure: title, dateline, bylines, credits, promo lines and the body.

`parse_article` splits a raw record into an `Article`; `body` is exactly the text that
`analyze_article` analyses (mention offsets point into it), and every line or fragment taken
out of the text is kept in `boilerplate` with its kind:

- `title`, `section`, `date`: header lines above the body;
- `dateline`: `JAKARTA, KOMPAS.com -` and its variants;
- `byline`: `Penulis: … | Editor: …`, `Laporan Wartawan …`; `credit`: `(nama/ant)`, `(*)`,
  `Sumber: …`;
- `promo`: `Baca juga: …`, `(Baca juga: …)`, `Simak juga …`; `republished`: `Artikel ini telah
  tayang di …`; `tags`, `share`, `navigation`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from . import organizations
from .io import MAX_BYTES, Record, iter_records
from .lang import news
from .lang.temporal import TIME_ZONES, WEEKDAYS
from .pipeline import load, normalize_published, parse_iso
from .segments import pipe_texts
from .temporal import extract


@dataclass
class Article:
    """A news article split into its parts; `body` is what gets analysed."""

    doc_id: str
    path: str | None = None
    title: str | None = None
    body: str = ""
    published: dt.date | dt.datetime | None = None
    source: str | None = None  # publisher: metadata, else the outlet of the dateline or header
    dateline: str | None = None  # place of the dateline, e.g. "Kalbajar"
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    url: str | None = None
    boilerplate: list[tuple[str, str]] = field(default_factory=list)  # (kind, removed text)
    error: str | None = None
    credit: str | None = None  # agency credited for the content: `Sumber: …`, `(ant)`, `| ANTARA`
    section: str | None = None  # section label above the title, e.g. "Video"
    lead: str | None = None  # first paragraph of the body

    def to_dict(self) -> dict:
        """JSON-ready fields (dates as ISO strings)."""
        data = asdict(self)
        if self.published is not None:
            data["published"] = self.published.isoformat()
        data["boilerplate"] = [list(item) for item in self.boilerplate]
        return data


# --- compiled conventions (data in textkit.lang.news) ---------------------------------------


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_OUTLET = rf"(?:{'|'.join(news.OUTLET_PATTERNS)}|{_alternation(organizations.outlet_forms())})"
_DASH = news.DATELINE_DASH
_PLACE = r"[^\W\d_][\w.'’]*(?:[ -][^\W\d_][\w.'’]*){0,3}"
_CAPS_PLACE = r"[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3}"
_CAPS_WORDS = r"[A-Z][A-Z'’]{2,}(?:[ -][A-Z][A-Z'’]+){0,3}"  # no dots: `PT.` is not a place
_END = rf"\s*{_DASH}[\s,]*"
DATELINES: tuple[re.Pattern, ...] = (
    re.compile(rf"(?P<outlet>{_OUTLET})(?:\s*,\s*|\s+)(?P<place>{_PLACE}){_END}", re.I),
    re.compile(rf"(?P<place>{_PLACE})\s*,\s*(?P<outlet>{_OUTLET}){_END}", re.I),
    re.compile(rf"(?P<place>{_PLACE})\s*\(\s*(?P<outlet>{_OUTLET})\s*\){_END}", re.I),
    # `KONTAN.CO.ID - JAKARTA. …`: outlet, dash, then the place in capitals closed by a period.
    re.compile(rf"(?P<outlet>{_OUTLET})\s*{_DASH}\s*(?P<place>(?-i:{_CAPS_WORDS}))\.\s+", re.I),
    re.compile(rf"(?P<outlet>{_OUTLET}){_END}", re.I),
    re.compile(rf"(?P<place>{_CAPS_PLACE})\s+{_DASH}\s[\s,]*"),
    # `Jakarta - Presiden …`: a capitalized place (not a weekday) before a capitalized word.
    re.compile(
        rf"(?!(?i:{_alternation(WEEKDAYS)})\b)"
        rf"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}})\s+{_DASH}\s+(?=[A-Z\"“])"
    ),
)
OUTLET_RE = re.compile(_OUTLET, re.I)

_ROLE = _alternation(news.BYLINE_ROLES)
# `Penulis: A, Editor: B`; and `Penulis A | Editor B` (colon optional between pipes).
BYLINE_COLON = re.compile(
    rf"\b(?P<role>{_ROLE})\s*:\s*(?P<names>.*?)\s*(?=[,;]?\s*\b(?:{_ROLE})\s*:|$)", re.I
)
BYLINE_SEGMENT = re.compile(rf"(?P<role>{_ROLE})(?:\s*:\s*|\s+)(?P<names>.{{2,80}})", re.I)
BYLINE_MAX = 160
NAMES_MAX_WORDS = 10  # more words than this after `Penulis:` is a sentence, not names
WHOLE_LINE_MAX = 120  # tag, share and navigation lines are short
REPORT_LINE = re.compile(
    rf"(?:{_alternation(news.REPORT_PREFIXES)})\s+(?P<rest>.+)"
    r"|laporan\s+(?P<name>[^|]{3,60}?)\s*\|\s*(?P<place>[^|]{2,40})",
    re.I,
)
AUTHOR_LINE = re.compile(
    rf"(?:{_alternation(news.AUTHOR_PREFIXES)})\s*:?\s+(?P<names>[^\W\d][\w.',’ -]{{2,80}})", re.I
)
SOURCE_LINE = re.compile(
    rf"(?:{_alternation(news.SOURCE_LABELS)})\s*:\s*(?P<source>[^.:;]{{2,60}}?)[\s,.]*", re.I
)
_PROMO = (
    rf"(?:{_alternation(news.PROMO_MARKERS)})\b\s*[:\-]?|(?:{_alternation(news.PROMO_LABELS)})\s*:"
)
PROMO_LINE = re.compile(rf"(?:{_PROMO})", re.I)
PROMO_RESIDUE = re.compile(rf"(?:\s*(?:{_PROMO})\s*,+)+\s*", re.I)  # marker whose link was lost
# A marker with a lost link inside a comma-joined line: `…(K),Baca juga:,,Sebelumnya …`.
PROMO_RESIDUE_INLINE = re.compile(rf"(?<=[,.!?)])\s*(?:(?:{_PROMO})\s*,+\s*)+", re.I)
# Tails of the last paragraph; each is searched in the line without its trailing `, `
# and must follow sentence punctuation or a comma join (see `_Parse.cut_tail`).
PROMO_TAIL = re.compile(rf"\b(?:{'|'.join(news.PROMO_TAIL_PATTERNS)})$", re.I)
# A slogan hashtag closing the last, comma-joined paragraph: `…dokter. ,#Slogan with PORTAL`.
TAG_TAIL = re.compile(r"#\w+(?:\s+\w+){0,3}$")
NAVIGATION_TAIL = re.compile(r"\bloading\.{0,3}$", re.I)
TAIL_JOINS = " ,"
SENTENCE_PUNCT = '.!?"”,'
PROMO_INLINE = re.compile(rf"\s?\(\s*(?:{_PROMO})[^()]*\)", re.I)
REPUBLISHED = re.compile(rf"(?:{_alternation(news.REPUBLISHED_MARKERS)})\b.*", re.I)
TAG_LINE = re.compile(rf"(?:{_alternation(news.TAG_LABELS)})\s*:.*|#\w+(?:[\s,]+\S+){{0,6}}", re.I)
SHARE_LINE = re.compile("|".join((*news.SHARE_LINES, *news.SHARE_PROMPTS)), re.I)
SHARE_TAIL = re.compile(rf"\b(?:{'|'.join(news.SHARE_PROMPTS)})$", re.I)
PROMO_SENTENCE_LINE = re.compile("|".join(news.PROMO_LINES), re.I)
# `Selanjutnya: Judul Berita` (a headline, not a sentence) pointing to the next story.
NEXT_STORY_LINE = re.compile(
    rf"(?:{_alternation(news.NEXT_STORY_LABELS)})\s*:\s*(?P<headline>\S.*)", re.I
)
NAVIGATION_LINE = re.compile("|".join(news.NAVIGATION_LINES), re.I)
# `(nama)`, `(nama/ant)`, `(*)` closing the last paragraph after its final punctuation.
END_CREDIT = re.compile(
    r"(?:(?<=[.!?\"”’)\]])|^)\s*(?:\((?P<credit>\*|[^\W\d][^()\[\].!?:;\"”]{0,48}?)\)"
    r"|\[(?P<bracket>[^\W\d][^()\[\].!?:;\"”]{0,48}?)\])[\s,]*$"
)
# Tempo-style closing line of reporters and sources in capitals: `NAMA LENGKAP | ANTARA`.
CAPS_CREDIT = re.compile(r"[A-Z][A-Z\d.'’!&\- ]*[A-Z.!\d](?:\s*[|,/]\s*[A-Z][A-Z\d.'’!&\- ]*)*")
CAPS_CREDIT_MAX = 80
SECTION_LINE = re.compile(rf"(?:{_alternation(news.SECTION_LABELS)})", re.I)
TITLE_PREFIX = re.compile(
    rf"(?P<label>{_alternation(news.TITLE_PREFIX_LABELS)})(?:\s+[-|\u2013\u2014]|\s*:)\s+(?P<title>.+)",
    re.I,
)
BREADCRUMB_SPLIT = re.compile("|".join(re.escape(s) for s in news.BREADCRUMB_SEPARATORS))
HEADER_DATE = re.compile(
    rf"(?:(?P<outlet>{_OUTLET})\s*[-|,]\s*)?(?P<date>"
    rf"(?:(?:{_alternation(news.DATE_LABELS)})\s*:?\s*)?"
    rf"(?:(?:{_alternation(WEEKDAYS)})\s*,?\s*)?"
    r"\d{1,2}(?:\s+[^\W\d_]{3,}\.?\s+|[/.-]\d{1,2}[/.-])\d{2,4}"
    r"(?:\s*[,|/-]?\s*(?:pukul\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?"
    rf"(?:\s*(?:{_alternation(TIME_ZONES)}))?)",
    re.I,
)
URL_DATE = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$)")
ISO_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?")
SENTENCE_END = re.compile(r"\.[\"”’]?$")
URL_LINE = re.compile(r"(?:https?://|www\.)\S+")
PROMO_FOLLOW_MAX = 5  # headline lines taken after a bare `Baca juga:` marker
HEADER_LINES = 8  # header lines (title, section, date, byline) looked at above the body
TITLE_MAX_WORDS = 25

# --- small pure helpers ----------------------------------------------------------------------


def canonical_place(place: str) -> str:
    """A dateline place in title case: `KALBAJAR` → `Kalbajar`, `BANDA ACEH` → `Banda Aceh`."""
    place = place.strip(" ,.")
    if place.isupper() or place.islower():
        return " ".join(w[:1].upper() + w[1:].lower() for w in place.split())
    return place


def canonical_outlet(outlet: str) -> str:
    """The canonical name of an outlet or agency as written in a dateline or credit."""
    outlet = outlet.strip(" ,.")
    known = organizations.outlet_name(outlet)
    if known:
        return known
    if outlet.isupper() and "." in outlet:  # `TRIBUNJABAR.ID` → `Tribunjabar.id`
        return outlet.lower().capitalize()
    return canonical_place(outlet) if outlet.isupper() and len(outlet) > 4 else outlet


def metadata_source(source: object) -> str | None:
    """The publisher named by the metadata: a known outlet's canonical name (`kompas.com` →
    `Kompas.com`), else the text as given."""
    if not source:
        return None
    return organizations.outlet_name(str(source)) or str(source)


def split_names(names: str) -> list[str]:
    """Person names of a byline segment: `A, B dan C` → [A, B, C]."""
    parts = re.split(r"\s*(?:,|;|&|\bdan\b)\s*", names.strip(" ,.|"))
    return [p.strip(" ,.") for p in parts if p.strip(" ,.")]


def match_dateline(line: str) -> re.Match | None:
    """The dateline that opens `line`, if any."""
    for pattern in DATELINES:
        m = pattern.match(line)
        if m and m.end() < len(line):
            return m
    return None


def parse_date(text: str) -> dt.date | dt.datetime | None:
    """The calendar date (with time when given) that `text` states, read by textkit's temporal
    engine; None when it states none."""
    text = text.strip()
    try:
        return parse_iso(text)
    except ValueError:
        pass
    values = [t.value for t in extract(text) if ISO_VALUE.fullmatch(t.value or "")]
    if not values:
        return None
    day = values[0][:10]
    best = max((v for v in values if v.startswith(day)), key=len)
    value = dt.datetime.fromisoformat(best)
    return value if "T" in best else value.date()


def url_date(url: str | None) -> dt.date | None:
    """The date in a URL path such as `/read/2020/11/25/…`."""
    m = URL_DATE.search(url or "")
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


# --- the parser ------------------------------------------------------------------------------


class _Parse:
    """Working state while one article's lines are classified."""

    # Which mention of the publishing outlet wins when the metadata names none.
    OUTLET_RANK = {"dateline": 0, "other": 1}

    def __init__(self, article: Article) -> None:
        self.article = article
        self.boilerplate = article.boilerplate
        self.outlet: str | None = None
        self.outlet_rank = len(self.OUTLET_RANK)
        self.promo_open = 0  # headline lines still to take after a bare promo marker

    def remove(self, kind: str, text: str) -> None:
        if text.strip(" ,"):
            self.boilerplate.append((kind, text.strip()))

    def add_names(self, role: str, names: str) -> None:
        target = news.BYLINE_ROLES.get(role.lower(), "authors")
        if target == "credit":
            return
        for name in split_names(names):
            bucket = getattr(self.article, target)
            if name not in bucket:
                bucket.append(name)

    def set_outlet(self, outlet: str, how: str = "other") -> None:
        rank = self.OUTLET_RANK[how]
        if rank < self.outlet_rank and outlet.strip(" ,."):
            self.outlet = canonical_outlet(outlet)
            self.outlet_rank = rank

    def set_credit(self, agency: str) -> None:
        if self.article.credit is None and agency.strip(" ,."):
            self.article.credit = canonical_outlet(agency)

    # Whole-line rules that apply anywhere; each returns the text to keep (None: keep all).

    def byline(self, line: str) -> str | None:
        stripped = line.strip(" ,")
        if len(stripped) > BYLINE_MAX:
            return None
        if "|" in stripped:
            parts = [BYLINE_SEGMENT.fullmatch(p.strip()) for p in stripped.split("|") if p.strip()]
        else:
            parts = list(BYLINE_COLON.finditer(stripped))
            parts = parts if parts and parts[0].start() == 0 else []
        if not parts or not all(parts):
            return None
        if any(len(p["names"].split()) > NAMES_MAX_WORDS for p in parts):
            return None
        for part in parts:
            self.add_names(part["role"], part["names"])
        self.remove("byline", line)
        return ""

    def report(self, line: str) -> str | None:
        m = REPORT_LINE.fullmatch(line.strip(" ,"))
        if not m or len(line) > 120:
            return None
        if m["name"]:
            self.add_names("wartawan", m["name"])
            self.remove("byline", line)
            return ""
        rest = m["rest"].strip()
        if "," in rest:
            outlet, name = (s.strip() for s in rest.rsplit(",", 1))
        else:
            om = OUTLET_RE.match(rest)
            outlet, name = (rest[: om.end()], rest[om.end() :]) if om else ("", rest)
        if outlet:
            self.set_outlet(outlet)
        if name.strip():
            self.add_names("wartawan", name)
        self.remove("byline", line)
        return ""

    def source(self, line: str) -> str | None:
        m = SOURCE_LINE.fullmatch(line.strip())
        if not m:
            return None
        self.set_credit(m["source"])
        self.remove("credit", line)
        return ""

    def promo(self, line: str) -> str | None:
        stripped = line.strip()
        residue = PROMO_RESIDUE.match(stripped)
        if residue:
            # The scraper lost the promoted link's text; what follows is the next paragraph.
            self.remove("promo", stripped[: residue.end()])
            return stripped[residue.end() :]
        m = NEXT_STORY_LINE.fullmatch(stripped)
        if m and _is_headline(m["headline"]):
            self.remove("promo", line)
            return ""
        m = PROMO_LINE.match(stripped)
        if m:
            if not stripped[m.end() :].strip(" :-"):
                self.promo_open = PROMO_FOLLOW_MAX
            self.remove("promo", line)
            return ""
        return None

    def promo_follow(self, line: str) -> str | None:
        """A headline line under a bare `Baca juga:` marker (its link text)."""
        stripped = line.strip()
        if not self.promo_open:
            return None
        if SENTENCE_END.search(stripped) or len(stripped.split()) > TITLE_MAX_WORDS:
            self.promo_open = 0
            return None
        self.promo_open -= 1
        self.remove("promo", line)
        return ""

    def url(self, line: str) -> str | None:
        stripped = line.strip(" ,")
        if not URL_LINE.fullmatch(stripped):
            return None
        self.article.url = self.article.url or stripped
        self.remove("url", line)
        return ""

    def simple(self, line: str) -> str | None:
        stripped = line.strip(" ,")
        if len(stripped) > WHOLE_LINE_MAX:
            return None
        for kind, pattern in (
            ("tags", TAG_LINE),
            ("promo", PROMO_SENTENCE_LINE),
            ("share", SHARE_LINE),
            ("navigation", NAVIGATION_LINE),
        ):
            if pattern.fullmatch(stripped):
                self.remove(kind, line)
                return ""
        return None

    def line(self, line: str) -> str | None:
        """`line` without the boilerplate it holds; None when nothing of it is left."""
        if not line.strip():
            return line
        rules = (self.promo_follow, self.byline, self.report, self.source, self.promo)
        for rule in (*rules, self.url, self.simple):
            kept = rule(line)
            if kept is not None:
                line = kept
                if not line.strip():
                    return None
        m = REPUBLISHED.search(line)
        if m:
            start = _back_over(line, m.start())
            self.remove("republished", line[start:])
            line = line[:start]
        for m in reversed(list(PROMO_RESIDUE_INLINE.finditer(line))):
            self.remove("promo", m.group())
            line = line[: m.start()] + line[m.end() :]
        for m in reversed(list(PROMO_INLINE.finditer(line))):
            self.remove("promo", m.group())
            rest = line[m.end() :]
            line = line[: m.start()] + (rest.lstrip(" ") if m.start() == 0 else rest)
        return line if line.strip() else None

    # Rules for the lines above the body.

    def header(self, line: str, has_more: bool) -> bool:
        """Take `line` as a header line (title, section, date, byline); False if it is body."""
        art = self.article
        stripped = line.strip()
        if art.title and stripped.casefold() == art.title.strip().casefold():
            self.remove("title", line)
            return True
        if re.match(r"#{1,6}\s", stripped):
            art.title = art.title or stripped.lstrip("#").strip()
            self.remove("title", line)
            return True
        if SECTION_LINE.fullmatch(stripped):
            art.section = art.section or canonical_place(stripped)
            self.remove("section", line)
            return True
        m = TITLE_PREFIX.fullmatch(stripped)
        if m:
            art.section = art.section or canonical_place(m["label"])
            art.title = art.title or m["title"].strip()
            self.remove("title", line)
            return True
        m = HEADER_DATE.fullmatch(stripped)
        if m:
            if art.published is None:
                art.published = parse_date(m["date"])
            if m["outlet"]:
                self.set_outlet(m["outlet"])
            self.remove("date", line)
            return True
        if self.byline(line) is not None or self.report(line) is not None:
            return True
        m = AUTHOR_LINE.fullmatch(stripped)
        if m and not SENTENCE_END.search(stripped) and len(stripped.split()) <= 8:
            self.add_names("penulis", m["names"])
            self.remove("byline", line)
            return True
        if self._breadcrumb(stripped):
            self.remove("section", line)
            return True
        if (
            art.title is None
            and has_more
            and not SENTENCE_END.search(stripped)
            and len(stripped.split()) <= TITLE_MAX_WORDS
            and not match_dateline(stripped)
        ):
            art.title = stripped
            self.remove("title", line)
            return True
        return False

    def _breadcrumb(self, line: str) -> bool:
        parts = [p.strip() for p in BREADCRUMB_SPLIT.split(line) if p.strip()]
        if len(parts) < 2 or len(line.split()) > 12:
            return False
        if parts[0].lower() in news.BREADCRUMB_ROOTS or all(
            SECTION_LINE.fullmatch(p) for p in parts
        ):
            self.article.section = self.article.section or parts[-1]
            return True
        return False

    def dateline(self, line: str) -> str:
        m = match_dateline(line)
        if not m:
            return line
        place = m.groupdict().get("place")
        outlet = m.groupdict().get("outlet")
        if place:
            self.article.dateline = canonical_place(place)
        if outlet:
            self.set_outlet(outlet, "dateline")
        self.remove("dateline", m.group())
        return line[m.end() :]

    def tail(self, line: str) -> str:
        """The last paragraph without end credits `(nama/ant)`, `(*)` or page furniture."""
        while True:
            before = line
            line = self.cut_tail(line, NAVIGATION_TAIL, "navigation", after=None)
            line = self.cut_tail(line, TAG_TAIL, "tags")
            line = self.cut_tail(line, PROMO_TAIL, "promo")
            line = self.cut_tail(line, SHARE_TAIL, "share")
            m = END_CREDIT.search(line)
            if m and (m.start() > 0 or len(line.strip()) < 60):
                self.credit(m["credit"] or m["bracket"])
                self.remove("credit", m.group())
                line = line[: m.start()]
            line = line.rstrip(" ,")
            if len(line) <= CAPS_CREDIT_MAX and CAPS_CREDIT.fullmatch(line.strip()):
                self.credit(line.strip(), sep=r"\s*[|,/]\s*")
                self.remove("credit", line)
                line = ""
            if line == before:
                return line

    def cut_tail(
        self, line: str, pattern: re.Pattern, kind: str, after: str | None = SENTENCE_PUNCT
    ) -> str:
        """`line` without the `pattern` match that ends it (past trailing commas), when that
        match starts the line or follows one of the characters `after`."""
        core = line.rstrip(TAIL_JOINS)
        m = pattern.search(core)
        if not m:
            return line
        start = _back_over(core, m.start())
        joined = "," in core[start : m.start()]  # the scraper's paragraph join
        if after is not None and start > 0 and not joined and core[start - 1] not in after:
            return line
        self.remove(kind, line[start:])
        return core[:start]

    def credit(self, credit: str, sep: str = "/") -> None:
        """Names and outlets of an end credit such as `nama/ant` or `NAMA | ANTARA`."""
        for part in (p.strip(" ,") for p in re.split(sep, credit)):
            key = part.lower()
            if key in news.CREDIT_CODES or not part:
                continue
            if OUTLET_RE.fullmatch(part):
                self.set_credit(part)
            else:
                name = canonical_place(part) if part.isupper() and " " in part else part
                if name not in self.article.authors:
                    self.article.authors.append(name)


def _is_headline(text: str) -> bool:
    """Whether `text` reads as a headline: short and not closed like a sentence."""
    return not SENTENCE_END.search(text.strip()) and len(text.split()) <= TITLE_MAX_WORDS


def _back_over(text: str, start: int) -> int:
    """`start` moved back over the spaces and commas before it."""
    while start > 0 and text[start - 1] in TAIL_JOINS:
        start -= 1
    return start


def _published(fields: Mapping) -> dt.date | dt.datetime | None:
    value = fields.get("date")
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, dt.date):
        return value
    if value not in (None, ""):
        parsed = parse_date(str(value))
        if parsed is not None:
            return parsed
    return url_date(fields.get("url"))


def _join(lines: list[str]) -> str:
    text = "\n".join(line.rstrip() for line in lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def parse_article(record: Record) -> Article:
    """The Article of one raw record: metadata, header, dateline, credits and the body."""
    if record.error:
        return Article(doc_id=record.doc_id, path=record.path, error=record.error)
    fields = record.fields
    text = fields.get("text") or ""
    title = fields.get("title")
    article = Article(
        doc_id=record.doc_id,
        path=record.path,
        title=str(title).strip() if title else None,
        url=fields.get("url"),
        source=metadata_source(fields.get("source")),
        published=_published(fields),
    )
    state = _Parse(article)
    lines = text.split("\n")
    # Header lines above the body, then the dateline on the first body line.
    start, seen = 0, 0
    while start < len(lines) and seen < HEADER_LINES:
        if not lines[start].strip():
            start += 1
            continue
        has_more = any(line.strip() for line in lines[start + 1 :])
        if not state.header(lines[start], has_more):
            break
        seen += 1
        start += 1
    body = [kept for kept in map(state.line, lines[start:]) if kept is not None]
    for i, line in enumerate(body):
        if line.strip():
            body[i] = state.dateline(line)
            break
    # End credits and page furniture at the end of the last paragraphs.
    for i in range(len(body) - 1, -1, -1):
        if not body[i].strip():
            continue
        body[i] = state.tail(body[i])
        if body[i].strip():
            break
        body[i] = ""
    article.body = _join(body)
    article.lead = next((p.strip() for p in article.body.split("\n") if p.strip()), None)
    if article.published is None:
        article.published = url_date(article.url)
    if article.source is None:
        article.source = state.outlet or article.credit
    return article


def read_articles(
    root: str | Path,
    field_map: Mapping[str, str] | None = None,
    max_bytes: int = MAX_BYTES,
) -> Iterator[Article]:
    """Articles of every file below `root`; failures are Articles with `error` set."""
    for record in iter_records(root, field_map=field_map, max_bytes=max_bytes):
        yield parse_article(record)


def article_metadata(article: Article) -> dict:
    """The metadata stored in `doc._.article`: everything but the body and boilerplate."""
    data = article.to_dict()
    for key in ("body", "boilerplate", "lead"):
        data.pop(key, None)
    return data


def _article_attrs(article: Article) -> dict:
    """The Doc extension values of an article: its date and metadata."""
    return {
        "published": normalize_published(article.published),
        "article": article_metadata(article),
    }


def analyze_article(article: Article, nlp: Language | None = None) -> Doc:
    """Analyse an article's body, with relative dates anchored at its publication date."""
    nlp = nlp or load()
    (doc,) = pipe_texts(nlp, [(article.body, _article_attrs(article))])
    return doc


def analyze_articles(
    articles: Iterable[Article],
    nlp: Language | None = None,
    batch_size: int = 32,
    max_length: int | None = None,
) -> Iterator[tuple[Article, Doc]]:
    """(article, Doc) pairs for the articles without an error, analysed in batches;
    bodies longer than `max_length` are analysed in pieces (`textkit.segments`)."""
    nlp = nlp or load()
    pending: list[Article] = []

    def flush() -> Iterator[tuple[Article, Doc]]:
        items = [(article.body, _article_attrs(article)) for article in pending]
        docs = pipe_texts(nlp, items, batch_size=batch_size, max_length=max_length)
        yield from zip(pending, docs, strict=True)
        pending.clear()

    for article in articles:
        if article.error is None:
            pending.append(article)
        if len(pending) >= batch_size:
            yield from flush()
    yield from flush()
