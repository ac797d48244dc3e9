"""The rules of article structure: pure line classifiers, listed in three tables.

Each rule is a record (name, classifier, examples). A classifier `classify(line, context)` looks
at one line and returns a `Finding` (what it removes, what it keeps of the line, the field values
it reads) or None. `HEADER_RULES` classify the lines above the body (the first rule that matches
wins, so their order matters), `BODY_RULES` clean every body line in turn, `OPENING_RULES` find
the dateline among the first body lines and `TAIL_RULES` cut credits and page furniture off the
last paragraph. `textkit.article` drives them over the three zones and reduces the findings to an
`Article`. The conventions themselves are data in `textkit.lang.news` and
`lang/gazetteer/datelines.tsv`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from . import organizations
from .dates import parse_date
from .lang import news
from .lang.gazetteer import read_tsv
from .lang.punctuation import DASH_CHARS
from .lang.temporal import TIME_ZONES, WEEKDAYS

# --- limits --------------------------------------------------------------------------------------

BYLINE_MAX = 160  # characters of a byline line
NAMES_MAX_WORDS = 10  # more words than this after `Penulis:` is a sentence, not names
WHOLE_LINE_MAX = 120  # tag, share and navigation lines are short
REPORT_LINE_MAX = 120  # characters of a `Laporan Wartawan …` line
PROMO_FOLLOW_MAX = 5  # headline lines taken after a bare `Baca juga:` marker
TITLE_MAX_WORDS = 25
BREADCRUMB_MAX_WORDS = 12
AUTHOR_LINE_MAX_WORDS = 8  # `Oleh Nama Lengkap` above the body
END_CREDIT_ALONE_MAX = 60  # an end credit opening the line counts only on a line this short
CAPS_CREDIT_MAX = 80
HEADER_DATE_MAX = 80  # characters of a date line above the body
HEADER_PARTS_MAX = 120  # characters of a header line of parts (`Nama - detikNews`)
STANDFIRST_MAX_WORDS = 40  # a summary line above the dateline is one sentence
OPENING_LINES = 3  # body lines searched for the dateline (summary, then the dateline)

# --- compiled conventions ------------------------------------------------------------------------


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _tolerant(form: str) -> str:
    """A regex of an outlet as datelines write it, allowing a space around its dots and inside
    its spaces (`KOMPAS. com`, `CNN  Indonesia`)."""
    parts = (re.escape(p) for p in re.split(r"\s+", form.strip()))
    return r"\s+".join(p.replace(r"\.", r"\s?\.\s?") for p in parts)


DATELINE_TABLE: tuple[dict[str, str], ...] = tuple(read_tsv("datelines.tsv"))
_FORMS = sorted({r["form"] for r in DATELINE_TABLE if r["form"]}, key=len, reverse=True)
_FORM = rf"(?:{'|'.join(_tolerant(f) for f in _FORMS)})"  # outlets the table names
# Without a dash, a form that is a word (`ANTARA`, `VIVA`) counts only in the table's own case:
# `Bajakah, Antara Obat …` is a title, not a dateline; a domain (`KOMPAS.com`) in any case.
_FORM_NODASH = "|".join(f"(?i:{_tolerant(f)})" if "." in f else _tolerant(f) for f in _FORMS)
CHANNEL_OUTLETS: dict[str, str] = {
    c.lower(): r["outlet"] for r in DATELINE_TABLE for c in r["channels"].split("|") if c
}
_OUTLET = (
    rf"(?:{_FORM}|{'|'.join(news.OUTLET_PATTERNS)}|{_alternation(organizations.outlet_forms())})"
)
_DASH = news.DATELINE_DASH
_PLACE = r"[^\W\d_][\w.'’]*(?:[ -][^\W\d_][\w.'’]*){0,3}"
_CAPS_PLACE = r"[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3}"
_CAPS_WORDS = r"[A-Z][A-Z'’]{2,}(?:[ -][A-Z][A-Z'’]+){0,3}"  # no dots: `PT.` is not a place
_TITLE_WORDS = r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}?"  # shortest first: `Banda Aceh Warga`
_END = rf"(?:\s+{_DASH}|\s*{_DASH}(?!\w))[\s,]*"  # `TRIBUN-MEDAN` is not `TRIBUN -`
_NEXT = r"\s+(?-i:(?=[A-Z\"“]))"  # no dash: the sentence starts right after, capitalized
# `TEMPO.CO, Banda Aceh Kalimat …`: a place of several words must be a known place.
OUTLET_TITLE_PLACE = re.compile(
    rf"(?P<outlet>{_FORM_NODASH})\s*,\s*(?P<place>{_TITLE_WORDS}){_NEXT}"
)
DATELINES: tuple[re.Pattern, ...] = (
    # `KONTAN.CO.ID - JAKARTA. …`: outlet, dash, then the place in capitals closed by a period.
    re.compile(
        rf"(?P<outlet>{_OUTLET})(?:\s+{_DASH}\s*|{_DASH}\s+)(?P<place>(?-i:{_CAPS_WORDS}))\.\s+",
        re.I,
    ),
    # The outlet alone first: `CNN Indonesia --` is not the outlet `CNN` at `Indonesia`.
    re.compile(rf"(?P<outlet>{_OUTLET}){_END}", re.I),
    re.compile(rf"(?P<outlet>{_OUTLET})(?:\s*,\s*|\s+)(?P<place>{_PLACE}){_END}", re.I),
    re.compile(rf"(?P<place>{_PLACE})\s*,\s*(?P<outlet>{_OUTLET}){_END}", re.I),
    re.compile(rf"(?P<place>{_PLACE})\s*\(\s*(?P<outlet>{_OUTLET})\s*\){_END}", re.I),
    re.compile(rf"(?P<place>{_CAPS_PLACE})\s+{_DASH}\s[\s,]*"),
    # `Jakarta - Presiden …`: a capitalized place (not a weekday) before a capitalized word.
    re.compile(
        rf"(?!(?i:{_alternation(WEEKDAYS)})\b)"
        rf"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}})\s+{_DASH}\s+(?=[A-Z\"“])"
    ),
    # The dash lost (`KOTA, KOMPAS.com Kalimat …`): only outlets of the table, only before a
    # capitalized word; a place after the outlet is in capitals or one word.
    re.compile(rf"(?P<place>{_PLACE})\s*,\s*(?P<outlet>{_FORM_NODASH}){_NEXT}"),
    re.compile(rf"(?P<outlet>{_FORM_NODASH})\s*,\s*(?P<place>{_CAPS_PLACE}){_NEXT}"),
    OUTLET_TITLE_PLACE,
    re.compile(rf"(?P<outlet>{_FORM_NODASH})\s*,\s*(?P<place>[A-Z][a-z]+){_NEXT}"),
    re.compile(rf"(?P<place>{_PLACE})\s*\(\s*(?P<outlet>{_OUTLET})\s*\){_NEXT}", re.I),
    re.compile(rf"(?P<outlet>{_FORM_NODASH}){_NEXT}"),
    # What the scraper left of a dateline whose place and outlet were links: `., - Kalimat …`.
    re.compile(rf"\s*[,.][\s,.]*{_DASH}\s+(?=[A-Z\"“])"),
)
# `Deli Serdang: Kalimat …` (Medcom): a place known to the gazetteer, a colon, a sentence.
PLACE_COLON = re.compile(r"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}):\s+(?=[A-Z\"“])")
# (pattern, whether it opens with the outlet, whether its place must be a known place): the
# place of the last two is told from a sentence's first words only by the place gazetteer.
_DATELINE_CHECKS = tuple(
    (p, p.pattern.startswith("(?P<outlet>"), p in (OUTLET_TITLE_PLACE, PLACE_COLON))
    for p in (*DATELINES, PLACE_COLON)
)
OUTLET_RE = re.compile(_OUTLET, re.I)
CHANNEL_LINE = re.compile(rf"(?:{_alternation(CHANNEL_OUTLETS)}|{_FORM})", re.I)

_ROLE = _alternation(news.BYLINE_ROLES)
# `Penulis: A, Editor: B`; `Rep: A/ Red: B`; and `Penulis A | Editor B` (colon optional).
BYLINE_COLON = re.compile(
    rf"\b(?P<role>{_ROLE})\s*:\s*(?P<names>.*?)\s*(?=[,;/]?\s*\b(?:{_ROLE})\s*:|$)", re.I
)
ROLE_START = re.compile(rf"(?:{_ROLE})\b", re.I)  # every byline opens with a role
BYLINE_SEGMENT = re.compile(rf"(?P<role>{_ROLE})(?:\s*:\s*|\s+)(?P<names>.{{2,80}})", re.I)
REPORT_LINE = re.compile(
    rf"(?:{_alternation(news.REPORT_PREFIXES)})\s+(?P<rest>.+)"
    r"|laporan\s+(?P<name>[^|]{3,60}?)\s*\|\s*(?P<place>[^|]{2,40})",
    re.I,
)
AUTHOR_LINE = re.compile(
    rf"(?:{_alternation(news.AUTHOR_PREFIXES)})\s*:?\s+(?P<names>[^\W\d][\w.',’ -]{{2,80}})", re.I
)
# A person's name as a header writes it: capitalized words, maybe `, Jurnalis` after it.
NAME_SHAPE = re.compile(
    r"(?P<names>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3})"
    rf"(?:\s*,\s*(?i:{_alternation(news.HEADER_ROLE_WORDS)}))?"
)
# Separators of the parts of a header line: `Nama - detikNews`, `Nama • 25 November 2020`.
HEADER_SEPARATOR = re.compile(rf"\s+[-{DASH_CHARS}|·•]\s+|\s*[|·•]\s*")
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
# and must follow sentence punctuation or a comma join (see `_cut_tail`).
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
_CREDIT_CHAR = r"(?:[^()\[\].!?:;\"”]|\.(?=(?:com|co\.id|id|net)\b))"  # dots only in a domain
END_CREDIT = re.compile(
    rf"(?:(?<=[.!?\"”’)\]])|^)\s*(?:\((?P<credit>\*|[^\W\d]{_CREDIT_CHAR}{{0,48}}?)\)"
    rf"|\[(?P<bracket>[^\W\d]{_CREDIT_CHAR}{{0,48}}?)\])[\s,]*$"
)
# Tempo-style closing line of reporters and sources in capitals: `NAMA LENGKAP | ANTARA`.
CAPS_CREDIT = re.compile(r"[A-Z][A-Z\d.'’!&\- ]*[A-Z.!\d](?:\s*[|,/]\s*[A-Z][A-Z\d.'’!&\- ]*)*")
SECTION_LINE = re.compile(rf"(?:{_alternation(news.SECTION_LABELS)})", re.I)
MARKDOWN_TITLE = re.compile(r"#{1,6}\s+(?P<title>.+)")
TITLE_PREFIX = re.compile(
    rf"(?P<label>{_alternation(news.TITLE_PREFIX_LABELS)})(?:\s+[-|{DASH_CHARS}]|\s*:)\s+(?P<title>.+)",
    re.I,
)
BREADCRUMB_SPLIT = re.compile("|".join(re.escape(s) for s in news.BREADCRUMB_SEPARATORS))
HEADER_DATE = re.compile(
    rf"(?:(?P<outlet>{_OUTLET})\s*[-|,]\s*)?(?P<date>"
    rf"(?:(?:{_alternation(news.DATE_LABELS)})\s*:?\s*)?"
    rf"(?:(?:{_alternation(WEEKDAYS)})\s*,?\s*)?"
    r"\d{1,2}(?:\s+[^\W\d_]{3,}\.?\s+|[/.-]\d{1,2}[/.-])\d{2,4}"
    rf"(?:\s*[,|/\-{DASH_CHARS}]?\s*(?:pukul\s*)?\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?)?"
    rf"(?:\s*(?:{_alternation(TIME_ZONES)}))?)",
    re.I,
)
DIGIT = re.compile(r"\d")
URL_DATE = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$)")
SENTENCE_INSIDE = re.compile(r"[.!?][\"”’]?\s+[A-Z]")  # a sentence ends and another starts
SENTENCE_END = re.compile(r"\.[\"”’]?$")
URL_LINE = re.compile(r"(?:https?://|www\.)\S+")

# --- small pure helpers --------------------------------------------------------------------------


def canonical_place(place: str) -> str:
    """A dateline place in title case: `KALBAJAR` → `Kalbajar`, `BANDA ACEH` → `Banda Aceh`."""
    place = place.strip(" ,.")
    if place.isupper() or place.islower():
        return " ".join(w[:1].upper() + w[1:].lower() for w in place.split())
    return place


def canonical_outlet(outlet: str) -> str:
    """The canonical name of an outlet or agency as written in a dateline or credit."""
    outlet = re.sub(r"\s*\.\s*", ".", outlet.strip(" ,."))  # `KOMPAS. com` → `KOMPAS.com`
    known = organizations.outlet_name(outlet) or CHANNEL_OUTLETS.get(outlet.lower())
    if known:
        return known
    if (
        outlet.isupper() or outlet.islower()
    ) and "." in outlet:  # `TRIBUNJABAR.ID` → `Tribunjabar.id`
        return outlet.lower().capitalize()
    return canonical_place(outlet) if outlet.isupper() and len(outlet) > 4 else outlet


def split_names(names: str) -> list[str]:
    """Person names of a byline segment: `A, B dan C` → [A, B, C]."""
    parts = re.split(r"\s*(?:,|;|&|\bdan\b)\s*", names.strip(" ,.|/"))
    return [p.strip(" ,./") for p in parts if p.strip(" ,./")]


@functools.lru_cache(maxsize=4096)
def _known_place(name: str) -> bool:
    from .places import lookup  # the place gazetteer loads only when a `Place:` line needs it

    return lookup(name) is not None


def match_dateline(line: str) -> re.Match | None:
    """The dateline that opens `line`, if any (damaged forms included: dash lost or garbled,
    spaces missing or doubled, any case)."""
    outlet_first = OUTLET_RE.match(line) is not None
    for pattern, opens_with_outlet, known_place in _DATELINE_CHECKS:
        if opens_with_outlet and not outlet_first:
            continue  # the line does not open with an outlet
        m = pattern.match(line)
        if m and m.end() < len(line) and (not known_place or _known_place(m["place"])):
            return m
    return None


def url_date(url: str | None) -> dt.date | None:
    """The date in a URL path such as `/read/2020/11/25/…`."""
    m = URL_DATE.search(url or "")
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def is_headline(text: str) -> bool:
    """Whether `text` reads as a headline: short and not closed like a sentence."""
    return not SENTENCE_END.search(text.strip()) and len(text.split()) <= TITLE_MAX_WORDS


def is_standfirst(line: str) -> bool:
    """Whether `line` reads as a summary above the dateline: one short sentence."""
    return len(line.split()) <= STANDFIRST_MAX_WORDS and not SENTENCE_INSIDE.search(line.strip())


def back_over(text: str, start: int) -> int:
    """`start` moved back over the spaces and commas before it."""
    while start > 0 and text[start - 1] in TAIL_JOINS:
        start -= 1
    return start


# --- findings and rules --------------------------------------------------------------------------

Value = tuple[str, object]  # (field, value) read from a line, merged by `article.MERGE`


@dataclass(frozen=True)
class Context:
    """What a classifier may know beyond its line."""

    title: str | None = None  # the title known so far (metadata or header)
    has_more: bool = True  # whether non-empty lines follow
    next_line: str = ""  # the next non-empty line
    promo_open: int = 0  # headline lines still to take after a bare promo marker


@dataclass(frozen=True)
class Finding:
    """What a rule found in a line: the text it removes (with its kind), what is left of the
    line for the body, the field values it read, and how many headline lines it opens below."""

    removed: tuple[tuple[str, str], ...] = ()
    keep: str = ""
    values: tuple[Value, ...] = ()
    follow: int = 0


@dataclass(frozen=True)
class Rule:
    """A named classifier with examples: (line, expected) pairs; expected is None (no finding)
    or a dict of the finding's `kind` (of its first removal), `keep` and field values (a list
    for authors and editors), with an optional `context` dict."""

    name: str
    classify: Callable[[str, Context], Finding | None]
    examples: tuple[tuple[str, dict | None], ...] = field(default=())


def _whole(kind: str, line: str, *values: Value, follow: int = 0) -> Finding:
    return Finding(removed=((kind, line),), values=values, follow=follow)


def _names(role: str, names: str) -> tuple[Value, ...]:
    target = news.BYLINE_ROLES.get(role.lower(), "authors")
    if target not in ("authors", "editors"):
        return ()  # photographers and the like are not the article's writers
    return tuple((target, name) for name in split_names(names))


def _outlet(outlet: str, field_name: str = "outlet") -> tuple[Value, ...]:
    return ((field_name, canonical_outlet(outlet)),) if outlet.strip(" ,.") else ()


def _credit_values(credit: str, sep: str = "/") -> tuple[Value, ...]:
    """Names and outlets of an end credit such as `nama/ant` or `NAMA | ANTARA`."""
    values: list[Value] = []
    for part in (p.strip(" ,") for p in re.split(sep, credit)):
        if not part or part.lower() in news.CREDIT_CODES:
            continue
        if OUTLET_RE.fullmatch(part):
            values.append(("credit", canonical_outlet(part)))
        else:
            values.append(
                ("authors", canonical_place(part) if part.isupper() and " " in part else part)
            )
    return tuple(values)


# Header rules (lines above the body).


def repeated_title(line: str, ctx: Context) -> Finding | None:
    stripped = line.strip()
    if ctx.title and stripped.casefold() == ctx.title.strip().casefold():
        return _whole("title", line)
    return None


def markdown_title(line: str, ctx: Context) -> Finding | None:
    m = MARKDOWN_TITLE.fullmatch(line.strip())
    return _whole("title", line, ("title", m["title"].strip())) if m else None


def section_label(line: str, ctx: Context) -> Finding | None:
    stripped = line.strip()
    if SECTION_LINE.fullmatch(stripped):
        return _whole("section", line, ("section", canonical_place(stripped)))
    return None


def title_prefix(line: str, ctx: Context) -> Finding | None:
    m = TITLE_PREFIX.fullmatch(line.strip())
    if not m:
        return None
    values = (("section", canonical_place(m["label"])), ("title", m["title"].strip()))
    return _whole("title", line, *values)


def _date_values(m: re.Match) -> tuple[Value, ...]:
    published = parse_date(m["date"])
    values = (("published", published),) if published is not None else ()
    return values + (_outlet(m["outlet"]) if m["outlet"] else ())


def header_date(line: str, ctx: Context) -> Finding | None:
    stripped = line.strip()
    short = len(stripped) <= HEADER_DATE_MAX and DIGIT.search(stripped)
    m = HEADER_DATE.fullmatch(stripped) if short else None
    return _whole("date", line, *_date_values(m)) if m else None


def byline(line: str, ctx: Context) -> Finding | None:
    """`Penulis: A | Editor: B`, `Pewarta: A, Editor: B`, `Rep: A/ Red: B`."""
    stripped = line.strip(" ,")
    if len(stripped) > BYLINE_MAX or not ROLE_START.match(stripped):
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
    values = tuple(v for p in parts for v in _names(p["role"], p["names"]))
    return _whole("byline", line, *values)


def report(line: str, ctx: Context) -> Finding | None:
    """`Laporan Wartawan Tribunnews.com, Nama` and `Laporan Nama | Tempat`."""
    m = REPORT_LINE.fullmatch(line.strip(" ,"))
    if not m or len(line) > REPORT_LINE_MAX:
        return None
    if m["name"]:
        return _whole("byline", line, *_names("wartawan", m["name"]))
    rest = m["rest"].strip()
    if "," in rest:
        outlet, name = (s.strip() for s in rest.rsplit(",", 1))
    else:
        om = OUTLET_RE.match(rest)
        outlet, name = (rest[: om.end()], rest[om.end() :]) if om else ("", rest)
    return _whole("byline", line, *_outlet(outlet), *_names("wartawan", name))


def channel(line: str, ctx: Context) -> Finding | None:
    """A line naming only the outlet or one of its channels: `kumparanNEWS`, `detikNews`."""
    stripped = line.strip()
    return _whole("outlet", line, *_outlet(stripped)) if CHANNEL_LINE.fullmatch(stripped) else None


def _segment(part: str) -> tuple[str, tuple[Value, ...]] | None:
    """What one part of a header line is: a date, a byline, an outlet or a name."""
    m = HEADER_DATE.fullmatch(part) if DIGIT.search(part) else None
    if m:
        return "date", _date_values(m)
    m = BYLINE_SEGMENT.fullmatch(part) or AUTHOR_LINE.fullmatch(part)
    if m:
        return "role", _names(m.groupdict().get("role") or "penulis", m["names"])
    if CHANNEL_LINE.fullmatch(part) or OUTLET_RE.fullmatch(part):
        return "outlet", _outlet(part)
    m = NAME_SHAPE.fullmatch(part)
    return ("name", _names("penulis", m["names"])) if m else None


def header_parts(line: str, ctx: Context) -> Finding | None:
    """A header line of parts: `Nama - detikNews`, `Nama, Jurnalis · Rabu 25 November 2020`,
    `Oleh: Nama - 25 Nov 2020 19:00 WIB`, `Reporter : Nama | Rabu, 25 November 2020 13:20`."""
    if len(line) > HEADER_PARTS_MAX or not HEADER_SEPARATOR.search(line):
        return None
    parts = [p for p in HEADER_SEPARATOR.split(line.strip()) if p]
    if len(parts) < 2:
        return None
    segments = [_segment(p) for p in parts]
    if not all(segments):
        return None
    kinds = {kind for kind, _ in segments}
    if not kinds & {"date", "outlet", "role"} or not kinds & {"name", "role"}:
        return None  # names alone (`Persib - Persija`) are a title
    return _whole("byline", line, *(v for _, values in segments for v in values))


def author_line(line: str, ctx: Context) -> Finding | None:
    """`Oleh Nama` above the body."""
    stripped = line.strip()
    m = AUTHOR_LINE.fullmatch(stripped)
    if m and not SENTENCE_END.search(stripped) and len(stripped.split()) <= AUTHOR_LINE_MAX_WORDS:
        return _whole("byline", line, *_names("penulis", m["names"]))
    return None


def breadcrumb(line: str, ctx: Context) -> Finding | None:
    """`Home > Regional > Jawa Barat`: the last part is the section."""
    stripped = line.strip()
    parts = [p.strip() for p in BREADCRUMB_SPLIT.split(stripped) if p.strip()]
    if len(parts) < 2 or len(stripped.split()) > BREADCRUMB_MAX_WORDS:
        return None
    if parts[0].lower() in news.BREADCRUMB_ROOTS or all(SECTION_LINE.fullmatch(p) for p in parts):
        return _whole("section", line, ("section", parts[-1]))
    return None


def name_above_date(line: str, ctx: Context) -> Finding | None:
    """A bare name under the title and above the date line (Sindonews): the writer."""
    m = NAME_SHAPE.fullmatch(line.strip())
    if m and ctx.title and HEADER_DATE.fullmatch(ctx.next_line.strip()):
        return _whole("byline", line, *_names("penulis", m["names"]))
    return None


def title_line(line: str, ctx: Context) -> Finding | None:
    """The first short line that is not a sentence, when no title is known and text follows."""
    stripped = line.strip()
    if (
        ctx.title is None
        and ctx.has_more
        and is_headline(stripped)
        and not match_dateline(stripped)
    ):
        return _whole("title", line, ("title", stripped))
    return None


# Body rules (every line below the header; each gets what the previous left of the line).


def promo_follow(line: str, ctx: Context) -> Finding | None:
    """A headline line under a bare `Baca juga:` marker (its link text)."""
    if ctx.promo_open and is_headline(line):
        return _whole("promo", line, follow=ctx.promo_open - 1)
    return None


def source_credit(line: str, ctx: Context) -> Finding | None:
    """`Sumber: Anadolu Agency`: the agency credited, not the publisher."""
    m = SOURCE_LINE.fullmatch(line.strip())
    return _whole("credit", line, *_outlet(m["source"], "credit")) if m else None


def promo(line: str, ctx: Context) -> Finding | None:
    """`Baca juga: …`, `Selanjutnya: Judul`, and a marker whose link text the scraper lost."""
    stripped = line.strip()
    residue = PROMO_RESIDUE.match(stripped)
    if residue:  # what follows the lost link is the next paragraph
        return Finding(
            removed=(("promo", stripped[: residue.end()]),), keep=stripped[residue.end() :]
        )
    m = NEXT_STORY_LINE.fullmatch(stripped)
    if m and is_headline(m["headline"]):
        return _whole("promo", line)
    m = PROMO_LINE.match(stripped)
    if m:
        bare = not stripped[m.end() :].strip(" :-")
        return _whole("promo", line, follow=PROMO_FOLLOW_MAX if bare else 0)
    return None


def url_line(line: str, ctx: Context) -> Finding | None:
    stripped = line.strip(" ,")
    return _whole("url", line, ("url", stripped)) if URL_LINE.fullmatch(stripped) else None


FURNITURE = (
    ("tags", TAG_LINE),
    ("promo", PROMO_SENTENCE_LINE),
    ("share", SHARE_LINE),
    ("navigation", NAVIGATION_LINE),
)


def furniture(line: str, ctx: Context) -> Finding | None:
    """Short whole lines of tags, video pointers, share prompts and navigation."""
    stripped = line.strip(" ,")
    if len(stripped) > WHOLE_LINE_MAX:
        return None
    kind = next((kind for kind, pattern in FURNITURE if pattern.fullmatch(stripped)), None)
    return _whole(kind, line) if kind else None


def republished(line: str, ctx: Context) -> Finding | None:
    """`Artikel ini telah tayang di …` to the end of the line."""
    m = REPUBLISHED.search(line)
    if not m:
        return None
    start = back_over(line, m.start())
    return Finding(removed=(("republished", line[start:]),), keep=line[:start])


def promo_residue_inline(line: str, ctx: Context) -> Finding | None:
    found = list(PROMO_RESIDUE_INLINE.finditer(line))
    for m in reversed(found):
        line = line[: m.start()] + line[m.end() :]
    return (
        Finding(tuple(("promo", m.group()) for m in reversed(found)), keep=line) if found else None
    )


def promo_inline(line: str, ctx: Context) -> Finding | None:
    """`(Baca juga: …)` inside a paragraph."""
    found = list(PROMO_INLINE.finditer(line)) if "(" in line else []
    for m in reversed(found):
        rest = line[m.end() :]
        line = line[: m.start()] + (rest.lstrip(" ") if m.start() == 0 else rest)
    return (
        Finding(tuple(("promo", m.group()) for m in reversed(found)), keep=line) if found else None
    )


# The opening rule (first body lines).


def dateline(line: str, ctx: Context) -> Finding | None:
    """`JAKARTA, KOMPAS.com -` and its variants: the place and the publishing outlet."""
    m = match_dateline(line)
    if not m:
        return None
    groups = m.groupdict()
    values = (("dateline", canonical_place(groups["place"])),) if groups.get("place") else ()
    values += _outlet(groups["outlet"], "dateline_outlet") if groups.get("outlet") else ()
    return Finding(removed=(("dateline", m.group()),), keep=line[m.end() :], values=values)


# Tail rules (the end of the last paragraph).


def _cut_tail(
    line: str, pattern: re.Pattern, kind: str, after: str | None = SENTENCE_PUNCT
) -> Finding | None:
    """The `pattern` match that ends `line` (past trailing commas) cut off, when that match
    starts the line or follows one of the characters `after` or a comma join."""
    core = line.rstrip(TAIL_JOINS)
    m = pattern.search(core)
    if not m:
        return None
    start = back_over(core, m.start())
    joined = "," in core[start : m.start()]  # the scraper's paragraph join
    if after is not None and start > 0 and not joined and core[start - 1] not in after:
        return None
    return Finding(removed=((kind, line[start:]),), keep=core[:start])


def navigation_tail(line: str, ctx: Context) -> Finding | None:
    return _cut_tail(line, NAVIGATION_TAIL, "navigation", after=None)


def tag_tail(line: str, ctx: Context) -> Finding | None:
    return _cut_tail(line, TAG_TAIL, "tags") if "#" in line else None


def promo_tail(line: str, ctx: Context) -> Finding | None:
    return _cut_tail(line, PROMO_TAIL, "promo")


def share_tail(line: str, ctx: Context) -> Finding | None:
    return _cut_tail(line, SHARE_TAIL, "share")


def end_credit(line: str, ctx: Context) -> Finding | None:
    """`(nama/ant)`, `(*)`, `[nama]` after the last sentence."""
    m = END_CREDIT.search(line) if line.rstrip(" ,").endswith((")", "]")) else None
    if not m or (m.start() == 0 and len(line.strip()) >= END_CREDIT_ALONE_MAX):
        return None
    values = _credit_values(m["credit"] or m["bracket"])
    return Finding(removed=(("credit", m.group()),), keep=line[: m.start()], values=values)


def caps_credit(line: str, ctx: Context) -> Finding | None:
    """`NAMA LENGKAP | ANTARA` closing the article (Tempo)."""
    stripped = line.strip(" ,")
    if len(stripped) <= CAPS_CREDIT_MAX and CAPS_CREDIT.fullmatch(stripped):
        return _whole("credit", line, *_credit_values(stripped, sep=r"\s*[|,/]\s*"))
    return None


TITLED = {"context": {"title": "Warga Tanam Pohon"}}
BEFORE_DATE = {"context": {"title": "Judul", "next_line": "Kamis, 26 November 2020 - 08:45 WIB"}}

HEADER_RULES: tuple[Rule, ...] = (
    Rule(
        "repeated_title",
        repeated_title,
        (
            ("Warga Tanam Pohon", {"kind": "title", **TITLED}),
            ("WARGA TANAM POHON", {"kind": "title", **TITLED}),
            ("Warga Tanam Pohon", None),
        ),
    ),
    Rule(
        "markdown_title",
        markdown_title,
        (
            ("# Warga Tanam Pohon", {"kind": "title", "title": "Warga Tanam Pohon"}),
            ("#KitaBisa", None),
        ),
    ),
    Rule(
        "section_label",
        section_label,
        (
            ("Video", {"kind": "section", "section": "Video"}),
            ("NASIONAL", {"kind": "section", "section": "Nasional"}),
            ("Video viral itu", None),
        ),
    ),
    Rule(
        "title_prefix",
        title_prefix,
        (
            (
                "VIDEO - Warga Tanam Pohon",
                {"kind": "title", "section": "Video", "title": "Warga Tanam Pohon"},
            ),
            ("FOTO: Banjir Surut", {"kind": "title", "title": "Banjir Surut"}),
        ),
    ),
    Rule(
        "header_date",
        header_date,
        (
            (
                "Rabu, 25 November 2020 14:30 WIB",
                {"kind": "date", "published": dt.datetime(2020, 11, 25, 14, 30)},
            ),
            (
                "Kompas.com - 25/11/2020, 14:30 WIB",
                {"published": dt.datetime(2020, 11, 25, 14, 30), "outlet": "Kompas.com"},
            ),
            (
                "Rabu, 25 November 2020 – 17:40 WIB",
                {"published": dt.datetime(2020, 11, 25, 17, 40)},
            ),
            (
                "25 November 2020, 18:30:12 WIB",
                {"published": dt.datetime(2020, 11, 25, 18, 30, 12)},
            ),
            ("Kamis, 26 November 2020", {"published": dt.date(2020, 11, 26)}),
            ("Pada 25 November 2020 hujan turun.", None),
        ),
    ),
    Rule(
        "byline",
        byline,
        (
            (
                "Penulis: Rina Susanti | Editor: Bambang Wijaya",
                {"kind": "byline", "authors": ["Rina Susanti"], "editors": ["Bambang Wijaya"]},
            ),
            (
                "Pewarta: Dodi Kurnia, Editor: Sri Lestari",
                {"authors": ["Dodi Kurnia"], "editors": ["Sri Lestari"]},
            ),
            (
                "Rep: Fauzan Hakim/ Red: Nur Aini",
                {"authors": ["Fauzan Hakim"], "editors": ["Nur Aini"]},
            ),
            ("Fotografer: Budi Santoso", {"kind": "byline", "authors": []}),
            (
                "Penulis: ia menulis bahwa warga desa itu lama menanti bantuan dari kota",
                None,
            ),
        ),
    ),
    Rule(
        "report",
        report,
        (
            (
                "Laporan Wartawan Tribunnews.com, Yudi Hakim",
                {"kind": "byline", "authors": ["Yudi Hakim"], "outlet": "Tribunnews.com"},
            ),
            (
                "Laporan Wartawan TribunJateng.com Sari Utami",
                {"authors": ["Sari Utami"], "outlet": "TribunJateng.com"},
            ),
            ("Laporan Zainal Abidin | Banda Aceh", {"authors": ["Zainal Abidin"]}),
            ("Laporan keuangan desa dibacakan.", None),
        ),
    ),
    Rule(
        "channel",
        channel,
        (
            ("kumparanNEWS", {"kind": "outlet", "outlet": "Kumparan"}),
            ("detikNews", {"outlet": "detikcom"}),
            ("Kompas", None),
        ),
    ),
    Rule(
        "header_parts",
        header_parts,
        (
            (
                "Anisa Rahmawati - detikNews",
                {"kind": "byline", "authors": ["Anisa Rahmawati"], "outlet": "detikcom"},
            ),
            ("Hendra Wijaya - Bisnis.com", {"authors": ["Hendra Wijaya"], "outlet": "Bisnis.com"}),
            (
                "Dimas Prasetyo, Jurnalis · Rabu 25 November 2020 11:02 WIB",
                {"authors": ["Dimas Prasetyo"], "published": dt.datetime(2020, 11, 25, 11, 2)},
            ),
            (
                "Oleh: Bagus Saputra - 25 Nov 2020 19:00 WIB",
                {"authors": ["Bagus Saputra"], "published": dt.datetime(2020, 11, 25, 19, 0)},
            ),
            (
                "Reporter : Ayu Wulandari | Rabu, 25 November 2020 13:20",
                {"authors": ["Ayu Wulandari"]},
            ),
            ("Persib Bandung - Persija Jakarta", None),
            ("Harga Cabai Naik - Pedagang Mengeluh di Pasar", None),
        ),
    ),
    Rule(
        "author_line",
        author_line,
        (
            ("Oleh Nadia Puspita", {"kind": "byline", "authors": ["Nadia Puspita"]}),
            ("Oleh karena itu warga menanam pohon.", None),
        ),
    ),
    Rule(
        "breadcrumb",
        breadcrumb,
        (
            ("Home > Regional > Jawa Barat", {"kind": "section", "section": "Jawa Barat"}),
            ("Nasional / Politik", {"section": "Politik"}),
            ("Harga 2/3 dari biasa", None),
        ),
    ),
    Rule(
        "name_above_date",
        name_above_date,
        (
            ("Rizky Maulana", {"kind": "byline", "authors": ["Rizky Maulana"], **BEFORE_DATE}),
            ("Rizky Maulana", None),
        ),
    ),
    Rule(
        "title_line",
        title_line,
        (
            ("Warga Tanam Seribu Pohon", {"kind": "title", "title": "Warga Tanam Seribu Pohon"}),
            ("Warga menanam seribu pohon pada Minggu pagi.", None),
            ("JAKARTA, KOMPAS.com - Warga menanam pohon", None),
        ),
    ),
)

BODY_RULES: tuple[Rule, ...] = (
    Rule(
        "promo_follow",
        promo_follow,
        (
            ("Bibit Pohon Dibagikan Gratis", {"kind": "promo", "context": {"promo_open": 2}}),
            ("Bibit Pohon Dibagikan Gratis", None),
            ("Warga menanam bibit itu di lereng.", None),
        ),
    ),
    Rule("byline", byline),
    Rule("report", report),
    Rule(
        "source_credit",
        source_credit,
        (
            ("Sumber: Anadolu Agency", {"kind": "credit", "credit": "Anadolu Agency"}),
            ("Sumber dana berasal dari swadaya masyarakat, kata kepala desa.", None),
        ),
    ),
    Rule(
        "promo",
        promo,
        (
            ("Baca juga: Harga Cabai Naik", {"kind": "promo"}),
            ("Baca juga:", {"kind": "promo"}),
            ("Selanjutnya: Bank Daerah Tambah Plafon Kredit Petani", {"kind": "promo"}),
            ("Baca Juga :,,Warga senang.", {"kind": "promo", "keep": "Warga senang."}),
            ("Selanjutnya: warga diminta menunggu kabar dari balai desa.", None),
        ),
    ),
    Rule(
        "url_line",
        url_line,
        (
            (
                "https://regional.kompas.com/read/2020/11/25/1/judul",
                {"kind": "url", "url": "https://regional.kompas.com/read/2020/11/25/1/judul"},
            ),
        ),
    ),
    Rule(
        "furniture",
        furniture,
        (
            ("Tag: banjir, gotong royong", {"kind": "tags"}),
            ("Saksikan video selengkapnya di atas.", {"kind": "promo"}),
            ("Facebook Twitter WhatsApp", {"kind": "share"}),
            ("loading...", {"kind": "navigation"}),
            ("Terlihat juga puluhan warga membawa cangkul.", None),
        ),
    ),
    Rule(
        "republished",
        republished,
        (
            (
                "Warga senang. Artikel ini telah tayang di Tribunjabar.id",
                {"kind": "republished", "keep": "Warga senang."},
            ),
        ),
    ),
    Rule(
        "promo_residue_inline",
        promo_residue_inline,
        (
            (
                "Warga datang,Baca juga:,,Sebelumnya hujan.",
                {"kind": "promo", "keep": "Warga datang,Sebelumnya hujan."},
            ),
        ),
    ),
    Rule(
        "promo_inline",
        promo_inline,
        (
            (
                "Warga datang. (Baca juga: Bibit Baru) Warga senang.",
                {"kind": "promo", "keep": "Warga datang. Warga senang."},
            ),
        ),
    ),
)

OPENING_RULES: tuple[Rule, ...] = (
    Rule(
        "dateline",
        dateline,
        (
            (
                "JAKARTA, KOMPAS.com - Warga datang.",
                {
                    "kind": "dateline",
                    "dateline": "Jakarta",
                    "dateline_outlet": "Kompas.com",
                    "keep": "Warga datang.",
                },
            ),
            (
                "KOTA,KOMPAS. com Warga datang.",
                {"dateline": "Kota", "dateline_outlet": "Kompas.com"},
            ),
            (
                "KOMPAS.com Warga datang.",
                {"dateline_outlet": "Kompas.com", "keep": "Warga datang."},
            ),
            (
                "SERAMBINEWS.COM, KALBAJAR â€“ Warga datang.",
                {"dateline": "Kalbajar", "dateline_outlet": "Serambinews.com"},
            ),
            (
                "Jakarta (ANTARA) - Warga datang.",
                {"dateline": "Jakarta", "dateline_outlet": "Antara"},
            ),
            ("Deli Serdang: Warga datang.", {"dateline": "Deli Serdang"}),
            ("., - Warga datang.", {"kind": "dateline", "keep": "Warga datang."}),
            ("- Warga datang.", None),
            ("Kompas.com melaporkan warga datang.", None),
            ("Catatan: Warga datang.", None),
        ),
    ),
)

TAIL_RULES: tuple[Rule, ...] = (
    Rule(
        "navigation_tail",
        navigation_tail,
        (
            (
                "Warga senang. (trb),,,loading...",
                {"kind": "navigation", "keep": "Warga senang. (trb)"},
            ),
        ),
    ),
    Rule(
        "tag_tail",
        tag_tail,
        (
            ("Warga senang. ,#KitaBisa with PORTAL", {"kind": "tags", "keep": "Warga senang."}),
            ("Warga menulis tagar #KitaBisa", None),
        ),
    ),
    Rule(
        "promo_tail",
        promo_tail,
        (("Warga senang. Simak video berikut", {"kind": "promo", "keep": "Warga senang."}),),
    ),
    Rule(
        "share_tail",
        share_tail,
        (
            (
                "Warga senang. Jangan lupa bagikan artikel ini.",
                {"kind": "share", "keep": "Warga senang."},
            ),
        ),
    ),
    Rule(
        "end_credit",
        end_credit,
        (
            (
                "Warga senang. (rsu/ant)",
                {"kind": "credit", "authors": ["rsu"], "credit": "Antara", "keep": "Warga senang."},
            ),
            ("(mg7/jpnn)", {"authors": ["mg7"], "credit": "JPNN.com"}),
            (
                "Warga senang. (cr3/tribun-medan.com)",
                {"authors": ["cr3"], "credit": "Tribun-medan.com"},
            ),
            ("Warga senang. (*)", {"authors": []}),
            ("Pertandingan digelar Sabtu (21/11/2020).", None),
            ("Ia bermain untuk Barcelona (dua) dan Feyenoord (dua).", None),
        ),
    ),
    Rule(
        "caps_credit",
        caps_credit,
        (
            (
                "WAHYU PRATAMA | ANTARA",
                {"kind": "credit", "authors": ["Wahyu Pratama"], "credit": "Antara"},
            ),
            ("Warga senang.", None),
        ),
    ),
)
