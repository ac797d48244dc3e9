"""Organizations: ministries, agencies, parliaments, TNI/Polri units, parties, universities,
companies and media, with canonical names so that acronyms and full names count as one.

`lookup("kemenhan")` → `Organization(name="Kementerian Pertahanan", acronym="Kemenhan", …)`.
Names built from a head and a region (`Polda Jatim` → `Polda Jawa Timur`), from a ministry or
agency and a foreign country (`Kemenhan Azerbaijan` → `Kementerian Pertahanan Azerbaijan`; with
`RI`, `NKRI` or `Indonesia` the Indonesian one, `Kementerian Pertahanan`) or from a head and a
name (`PT Angin Ribut Tbk` → `PT Angin Ribut`) are resolved too. Data:
`organizations.tsv`, `outlets.tsv` (news outlets, also the names of an article's `source`) and
`org_prefixes.tsv` in `textkit/lang/gazetteer/`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from . import places
from .lang.gazetteer import read_tsv
from .places import key

# Marks of a listed company (`Tbk`, terbuka) and the suffixes dropped from canonical names
# (`PT X (Persero) Tbk` → `PT X`).
TBK = ("Tbk", "Tbk.")
# Kind of the news outlets and agencies of `outlets.tsv`.
MEDIA = "media"
COMPANY_SUFFIXES = ("(Persero)", "Persero", *TBK)
# Kinds of listed organizations that name a foreign one when a country follows them
# (`Kemenlu Turki` is Turkey's foreign ministry), unless their name says Indonesia.
COUNTRY_HEAD_KINDS = ("ministry", "agency")
HOME_COUNTRY = "ID"
# Tails of built names that are places: `place` a region of Indonesia, `country` a country.
REGION_TAILS = ("place", "country")


@dataclass(frozen=True, slots=True)
class Organization:
    """An organization's canonical name, usual acronym and kind (ministry, party, media…)."""

    name: str
    acronym: str | None
    kind: str


@dataclass(frozen=True, slots=True)
class Prefix:
    """A head word of built names (`Polda`, `Kemenhan`) and what must follow it: a `place`
    (region of Indonesia), a `country`, or a `name`. `org` is the listed organization a
    `country` head names (`Kemenhan` → `Kementerian Pertahanan`)."""

    head: str
    kind: str
    tail: str
    org: Organization | None = None
    name: str = ""  # canonical head when it differs from `head` (`Pemprov` → `Pemerintah Provinsi`)


@functools.lru_cache(maxsize=1)
def _table() -> list[tuple[Organization, list[str]]]:
    rows = []
    for row in read_tsv("organizations.tsv"):
        org = Organization(row["name"], row["acronym"] or None, row["kind"])
        rows.append((org, _names(row["name"], row["acronym"], row["aliases"])))
    for row in read_tsv("outlets.tsv"):
        org = Organization(row["name"], row["acronym"] or None, MEDIA)
        rows.append((org, _names(row["name"], row["acronym"], row["aliases"])))
    return rows


def _names(*fields: str) -> list[str]:
    """The distinct names of `|`-separated fields, in order."""
    return [a for a in dict.fromkeys(n for f in fields for n in f.split("|")) if a]


@functools.lru_cache(maxsize=1)
def _outlets() -> tuple[dict[str, str], dict[str, str]]:
    """(dateline and credit forms, every form), lookup key → canonical outlet name. Credit
    forms come first: `(nama/cnn)` is CNN Indonesia, though the name `CNN` is the US network."""
    rows = read_tsv("outlets.tsv")
    written: dict[str, str] = {}
    every: dict[str, str] = {}
    for fields in (("credits",), ("name", "aliases"), ("acronym",)):
        for row in rows:
            for form in _names(*(row[f] for f in fields)):
                if fields != ("acronym",):
                    written.setdefault(form.lower(), row["name"])
                every.setdefault(key(form), row["name"])
    return written, every


def outlet_forms() -> dict[str, str]:
    """Forms that mark a news outlet in datelines, bylines and credits, in lower case
    (`kompas.com`, `tribun`, `ant`: names, aliases and credit forms) → its canonical name."""
    return _outlets()[0]


def outlet_name(name: str) -> str | None:
    """The canonical name of a news outlet or agency written any way (`KOMPAS.com`, `detik.com`,
    `ant`, `AFP`), or None. The same string is the value of its ORG entities."""
    if not isinstance(name, str):
        return None
    return _outlets()[1].get(key(name))


@functools.lru_cache(maxsize=1)
def _by_name() -> dict[str, Organization]:
    by_name: dict[str, Organization] = {}
    for org, aliases in _table():
        for alias in aliases:
            by_name.setdefault(key(alias), org)
    return by_name


@functools.lru_cache(maxsize=1)
def prefixes() -> tuple[Prefix, ...]:
    """Heads of built names, longest first: those of `org_prefixes.tsv`, then every name of a
    listed ministry or agency, which a foreign country may follow."""
    rows = [
        Prefix(r["head"], r["kind"], r["tail"], name=r.get("name") or "")
        for r in read_tsv("org_prefixes.tsv")
    ]
    for org, aliases in _table():
        if org.kind in COUNTRY_HEAD_KINDS and not names_home(org.name):
            rows += [Prefix(alias, org.kind, "country", org) for alias in aliases]
    return tuple(sorted(rows, key=lambda p: -len(p.head)))


@functools.lru_cache(maxsize=1)
def _prefixes_by_first_word() -> dict[str, list[Prefix]]:
    """`prefixes()` by the lower-cased first word of their head, longest first."""
    index: dict[str, list[Prefix]] = {}
    for prefix in prefixes():
        index.setdefault(prefix.head.lower().split(" ", 1)[0], []).append(prefix)
    return index


def names_home(name: str) -> bool:
    """Whether a word of `name` names Indonesia (`Bank Indonesia`, `Komisi Penyiaran Indonesia`)."""
    return any(getattr(places.lookup(word), "code", None) == HOME_COUNTRY for word in name.split())


def entries() -> list[tuple[Organization, list[str]]]:
    """Every listed organization with the surface forms a text matcher may use."""
    return _table()


def region_name(place: places.Place) -> str:
    """How a region is named after a head word: `Jawa Timur`, `Kota Surabaya`, `Kabupaten Bogor`."""
    return place.official if place.type in ("city", "regency") else place.name


# The word of a canonical head that names the type of the region after it.
REGION_TYPE_WORDS = {"province": "Provinsi", "regency": "Kabupaten", "city": "Kota"}


def headed_name(prefix: Prefix, place: places.Place) -> str | None:
    """`prefix`'s canonical head + the region (`Pemerintah Provinsi Jawa Tengah` for `Pemprov
    Jateng`, `Pemerintah Kota Surabaya` for `Pemkot Surabaya`, `Polda Jawa Timur`), or None
    when the head names another type of region than `place` (`Pemprov Surabaya`)."""
    if not prefix.name:
        return f"{prefix.head} {region_name(place)}"
    word = REGION_TYPE_WORDS.get(place.type)
    if word is None:
        return None
    head = prefix.name.replace("{type}", word)
    if head.split()[-1] in REGION_TYPE_WORDS.values():
        if head.split()[-1] != word:
            # `Pemkab Bogor`: the regency of the city's name.
            word = head.split()[-1]
            place = places.lookup(f"{word} {place.name}")
            if place is None or REGION_TYPE_WORDS.get(place.type) != word:
                return None
        bare = region_name(place)
        if bare.startswith(word + " "):
            bare = bare[len(word) + 1 :]
        return f"{head} {bare}"
    return f"{head} {region_name(place)}"


def strip_company_suffixes(name: str) -> str:
    """`name` without `(Persero)` and `Tbk` at its end."""
    words = name.split()
    while len(words) > 1 and words[-1] in COMPANY_SUFFIXES:
        words.pop()
    return " ".join(words)


def build_with_region(prefix: Prefix, place: places.Place) -> Organization | None:
    """The organization `prefix.head` + a region names, or None when the region does not fit
    the head: a region of Indonesia after a `place` head (`Polda Jawa Timur`), a country after
    a `country` head (`Kementerian Pertahanan Azerbaijan`; Indonesia: the listed ministry)."""
    if prefix.tail == "country":
        if place.type != "country" or prefix.org is None:
            return None
        if place.code == HOME_COUNTRY:
            return prefix.org
        return Organization(f"{prefix.org.name} {place.name}", None, prefix.kind)
    if place.type in ("country", "region"):
        return None
    name = headed_name(prefix, place)
    return Organization(name, None, prefix.kind) if name is not None else None


def build(prefix: Prefix, tail: str) -> Organization | None:
    """The organization `prefix.head` + `tail` names, or None when the tail does not fit."""
    tail = " ".join(tail.split())
    if not tail:
        return None
    if prefix.tail in REGION_TAILS:
        place = places.lookup(tail)
        return build_with_region(prefix, place) if place is not None else None
    if prefix.kind == "company":
        tail = strip_company_suffixes(tail)
    return Organization(f"{prefix.head} {tail}", None, prefix.kind)


def lookup(name: str) -> Organization | None:
    """The organization a name refers to (any case: `KPK`, `kemenhan`, `Polda Jatim`), or None."""
    if not isinstance(name, str) or not name.strip():
        return None
    name = " ".join(name.split())
    # A ministry or agency and a country first: keys ignore spaces, and `Kemendag RI` (trade)
    # must not be read as `Kemendagri` (home affairs).
    found = _built(name, ("country",)) or _by_name().get(key(name))
    if found is not None:
        return found
    stripped = strip_company_suffixes(name)
    if stripped != name:
        found = _by_name().get(key(stripped))
        if found is not None:
            return found
    found = _built(name, ("place", "name"))
    if found is not None:
        return found
    if name.endswith(TBK):
        return Organization(stripped, None, "company")
    return None


def listed(name: str) -> Organization | None:
    """`lookup` without the names built from a head and any capitalized words (`PT` + words):
    an organization the tables list, or one built from a head and a known place."""
    found = lookup(name)
    if found is None or _by_name().get(key(" ".join(name.split()))) is not None:
        return found
    return None if _built(" ".join(name.split()), ("name",)) is not None else found


def _built(name: str, tails: tuple[str, ...]) -> Organization | None:
    """The organization a prefix whose tail is one of `tails` + the rest of `name` builds."""
    folded = name.lower()
    for prefix in _prefixes_by_first_word().get(folded.split(" ", 1)[0], ()):
        head = prefix.head.lower()
        if prefix.tail in tails and folded.startswith(head + " "):
            built = build(prefix, name[len(head) + 1 :])
            if built is not None:
                return built
    return None
