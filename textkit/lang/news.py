"""Conventions of Indonesian news portals: datelines, credits, promo and navigation lines.

Data only; `textkit.article` compiles and applies it. Patterns are matched case-insensitively
unless they say otherwise.
"""

from __future__ import annotations

from .punctuation import ANY_DASH_RANGE

# Outlet names and the forms datelines and credits write them in (`KOMPAS.com`, `(nama/ant)`)
# are in `gazetteer/outlets.tsv`, the one table of outlet names (`organizations.outlet_forms`).

# Regex alternatives for outlets not listed in outlets.tsv: regional Tribun papers, portal domains.
OUTLET_PATTERNS: tuple[str, ...] = (
    r"TRIBUN[-\s]?[A-Z]+(?:\.COM)?",
    r"[A-Za-z][A-Za-z0-9-]*\.(?:com|co\.id|co|id|net|news)",
)

# Dash that closes a dateline: hyphen or two, any Unicode dash or minus, and the dashes as
# scrapers garble them: UTF-8 read as cp1252 (`â€“`, `â€”`) or Latin-1, cp1252 read as Latin-1.
DATELINE_DASH = rf"(?:--?|[{ANY_DASH_RANGE}\x96\x97]|\u00e2[\u20ac\x80][\u201c\u201d\x93\x94])"

# Byline roles (label before `:`) → which Article list the names go to.
BYLINE_ROLES: dict[str, str] = {
    "penulis": "authors",
    "reporter": "authors",
    "pewarta": "authors",
    "wartawan": "authors",
    "kontributor": "authors",
    "koresponden": "authors",
    "rep": "authors",
    "editor": "editors",
    "red": "editors",
    "penyunting": "editors",
    "redaktur": "editors",
    "fotografer": "credit",
    "foto": "credit",
    "videografer": "credit",
    "grafis": "credit",
    "ilustrasi": "credit",
}

# Role words after a name in a header line: `Nama, Jurnalis · Rabu 25 November 2020`.
HEADER_ROLE_WORDS: tuple[str, ...] = ("jurnalis", "wartawan", "reporter", "kontributor", "penulis")

# Words introducing the writer's name on a line of its own above the body: `Oleh Nama`.
AUTHOR_PREFIXES: tuple[str, ...] = ("oleh", "by")

# `Laporan Wartawan Tribunnews.com, Nama`, `Laporan Nama | Tempat` and their variants.
REPORT_PREFIXES: tuple[str, ...] = (
    "laporan wartawan",
    "laporan reporter",
    "laporan koresponden",
    "laporan kontributor",
)

# Lines crediting a source or agency, e.g. `Sumber: Anadolu Agency`.
SOURCE_LABELS: tuple[str, ...] = ("sumber", "source")

# Promotion of other articles or videos, at the start of a line or inside `( … )`.
PROMO_MARKERS: tuple[str, ...] = (
    "baca juga",
    "baca pula",
    "simak juga",
    "simak pula",
    "lihat juga",
    "tonton juga",
    "saksikan juga",
    "berita terkait",
    "artikel terkait",
    "video pilihan",
    "pilihan editor",
    "tautan terkait",
)

# Closing sentences that point to a video or the rest of a story: `Simak video berikut.`
PROMO_TAIL_PATTERNS: tuple[str, ...] = (
    r"(?:simak|saksikan|tonton|lihat)\s+(?:juga\s+)?(?:video(?:nya)?|selengkapnya)\b[^.!?]{0,80}[.!?:]?",
)

# Short promo labels that count only when a colon follows: `Baca: …`, `Tonton: …`.
PROMO_LABELS: tuple[str, ...] = (
    "baca",
    "simak",
    "lihat",
    "tonton",
    "saksikan",
    "simak video",
    "lihat video",
    "tonton video",
    "saksikan video",
    "simak selengkapnya",
    "baca selengkapnya",
    "menarik dibaca",
)

# Labels pointing to the next story, a promo only when a headline follows: `Selanjutnya: Judul`.
NEXT_STORY_LABELS: tuple[str, ...] = (
    "selanjutnya",
    "berita selanjutnya",
    "artikel selanjutnya",
    "berita berikutnya",
)

# Whole lines pointing to a video on the page: `Saksikan video selengkapnya di atas.`
PROMO_LINES: tuple[str, ...] = (
    r"(?:simak|saksikan|tonton|lihat)\s+(?:juga\s+)?video(?:nya)?(?:\s+selengkapnya)?"
    r"\s+(?:di\s+(?:atas|bawah)|berikut(?:\s+ini)?)\s*[.!:]?",
)

# Note that the article was first published elsewhere; it runs to the end of its line.
REPUBLISHED_MARKERS: tuple[str, ...] = (
    "artikel ini telah tayang di",
    "artikel ini sudah tayang di",
    "artikel ini telah terbit di",
    "berita ini telah tayang di",
    "tulisan ini telah tayang di",
)

# Labels opening a list of tags or topics.
TAG_LABELS: tuple[str, ...] = ("tags", "tag", "topik", "kata kunci", "keyword", "keywords")

# Share buttons' names, as scraped into the text.
_SHARE_BUTTON = (
    r"(?:facebook|twitter|whatsapp|telegram|line|linkedin|email|copy link|salin link"
    r"|salin tautan)"
)
# Whole lines that are share prompts (a prompt alone, with its buttons, or buttons alone).
SHARE_LINES: tuple[str, ...] = (
    r"(?:bagikan(?: artikel| berita)?(?: ini)?|share(?: this)?(?: article)?)\s*:?"
    rf"(?:\s*{_SHARE_BUTTON}[\s,|/]*)*",
    rf"(?:{_SHARE_BUTTON}[\s,|/]*){{2,}}",
    r"(?:salin link|salin tautan|copy link)",
    r"(?:yuk,?\s*)?bagikan ke teman.*",
)

# Sentences asking readers to share, as whole lines or closing the last paragraph.
SHARE_PROMPTS: tuple[str, ...] = (
    r"jangan lupa (?:bagikan|share)\b[^.!?]{0,80}[.!?]?",
    r"(?:yuk,?\s*)?bagikan\b[^.!?]{0,40}?\s(?:ke|kepada)\s+(?:teman|keluarga|kerabat|sahabat)"
    r"[^.!?]{0,60}[.!?]?",
)

# Whole lines (or line tails) that are navigation or page furniture.
NAVIGATION_LINES: tuple[str, ...] = (
    r"loading\.{0,3}",
    r"advertisement",
    r"iklan",
    r"scroll (?:untuk|to) (?:melanjutkan|lanjut|continue)[\w ]*",
    r"(?:halaman|page)\s*:?\s*(?:\d+\s*)+(?:selanjutnya|berikutnya|next)?",
    r"(?:halaman |page )?(?:selanjutnya|berikutnya|next)\s*(?:>>|»)?",
    r"(?:tulis |lihat )?komentar\s*(?:\(\d+\))?",
    r"dapatkan (?:update|informasi|berita)[^.]*(?:telegram|whatsapp|google news)[^.]*\.?",
    r"ikuti (?:kami|berita\s+\S+) di[^.]*(?:google news|instagram|twitter|facebook)[^.]*\.?",
    r"(?:cek|baca|simak|lihat) (?:berita|artikel)\b[^.]{0,60}\bdi (?:google news|whatsapp|telegram)"
    r"[^.]*\.?",
    r"(?:download|unduh) aplikasi[^.]*\.?",
    r"klik di ?sini[^.]*\.?",
    r"\(?bersambung\)?",
    r"(?:copyright|hak cipta)\b.*",
    r"(?:\S+\s+)?(?:\(c\)|©).*",
)

# Section labels that portals put above the title (matched as whole lines).
SECTION_LABELS: tuple[str, ...] = (
    "video",
    "foto",
    "infografis",
    "berita",
    "news",
    "nasional",
    "regional",
    "nusantara",
    "daerah",
    "megapolitan",
    "metro",
    "internasional",
    "dunia",
    "global",
    "ekonomi",
    "bisnis",
    "ekbis",
    "keuangan",
    "money",
    "finance",
    "olahraga",
    "sport",
    "sports",
    "bola",
    "sepak bola",
    "tekno",
    "teknologi",
    "sains",
    "otomotif",
    "oto",
    "hiburan",
    "seleb",
    "selebriti",
    "showbiz",
    "entertainment",
    "gaya hidup",
    "lifestyle",
    "travel",
    "wisata",
    "kesehatan",
    "health",
    "edukasi",
    "pendidikan",
    "politik",
    "hukum",
    "opini",
    "kolom",
    "editorial",
    "breaking news",
    "berita utama",
    "headline",
    "terpopuler",
    "trending",
    "viral",
)

# Section labels that may prefix a title: `VIDEO - Judul`, `FOTO: Judul`.
TITLE_PREFIX_LABELS: tuple[str, ...] = (
    "video",
    "foto",
    "infografis",
    "breaking news",
    "update",
    "live",
    "berita foto",
)

# Labels before the date line above the body: `Diperbarui: 25 November 2020 14:30 WIB`.
DATE_LABELS: tuple[str, ...] = (
    "diperbarui",
    "diunggah",
    "dipublikasikan",
    "diterbitkan",
    "terbit",
    "published",
    "updated",
)

# Separators of breadcrumb trails above the title: `Home > Nasional > Politik`.
BREADCRUMB_SEPARATORS: tuple[str, ...] = (">", "»", "/")
BREADCRUMB_ROOTS: tuple[str, ...] = ("home", "beranda", "index", "indeks")

# End-credit codes that name no person: `(adv)` marks an advertorial, `(*)` ends the text.
CREDIT_CODES: dict[str, str] = {"adv": "advertorial", "*": "end mark"}

# HTML elements whose tags are scraped into plain text (`<p>`, `</p>`, `<br>`): a block
# element's tag becomes a line break, an inline one's disappears. Other `<...>` text
# (`skor <5>`) is left alone.
HTML_BLOCK_TAGS: tuple[str, ...] = (
    "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    "figure", "figcaption", "table", "tr", "td", "th", "section", "article", "header", "footer",
)  # fmt: skip
HTML_INLINE_TAGS: tuple[str, ...] = (
    "a", "b", "i", "u", "em", "strong", "span", "font", "small", "sup", "sub", "img", "iframe",
)  # fmt: skip
