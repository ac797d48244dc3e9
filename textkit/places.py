"""Places: Indonesian regions (Kemendagri codes), countries (ISO 3166-1), cities (GeoNames).

`lookup("Federasi Rusia")` → `Place(name="Rusia", type="country", code="RU", …)`. The data is
`textkit/lang/gazetteer/places.tsv` (built by `python -m textkit.training gazetteer`).
"""

from __future__ import annotations

import functools
import string
from dataclasses import dataclass

from .lang.gazetteer import PLACE_HEADS, no_gc, read_tsv

# When one name fits several places, the first type here wins (then the larger population).
TYPE_PRIORITY = (
    "country",
    "province",
    "city",
    "regency",
    "region",
    "island",
    "town",
    "world city",
    "subdivision",
    "district",
)
_PUNCT = string.punctuation + " \t\n“”‘’«»"


@dataclass(frozen=True, slots=True)
class Place:
    """A place with its canonical name, type, code, parent region and coordinates."""

    name: str
    type: str  # country, region, island, subdivision, province, city, regency, district, town
    code: str  # ISO 3166-1/3166-2, Kemendagri, `M49:…`, `geonames:…`, `island:…`, `region:…`
    official: str
    parent_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int | None = None

    @property
    def parent(self) -> Place | None:
        """The region this place belongs to (province, regency or country), when known."""
        return get(self.parent_code) if self.parent_code else None

    @property
    def coordinates(self) -> tuple[float, float] | None:
        """(lat, lon), when known."""
        return None if self.lat is None or self.lon is None else (self.lat, self.lon)


def key(name: str) -> str:
    """Lookup key of a name: lower case, no spaces, no surrounding punctuation."""
    return name.strip(_PUNCT).lower().replace(" ", "")


def rank(place: Place) -> tuple[int, int]:
    """Sort key: the place a name most likely means comes first (see TYPE_PRIORITY)."""
    world = place.type == "city" and place.code.startswith("geonames:")
    kind = "world city" if world else place.type
    order = TYPE_PRIORITY.index(kind) if kind in TYPE_PRIORITY else len(TYPE_PRIORITY)
    return order, -(place.population or 0)


@functools.lru_cache(maxsize=1)
def _table() -> tuple[dict[str, Place], list[tuple[Place, list[str], list[str]]]]:
    """(places by code, [(place, aliases, exact aliases)]), read once."""
    with no_gc():
        return _read_places()


def _read_places() -> tuple[dict[str, Place], list[tuple[Place, list[str], list[str]]]]:
    by_code: dict[str, Place] = {}
    rows = []
    for row in read_tsv("places.tsv"):
        place = Place(
            name=row["name"],
            type=row["type"],
            code=row["code"],
            official=row["official"] or row["name"],
            parent_code=row["parent_code"] or None,
            lat=float(row["lat"]) if row["lat"] else None,
            lon=float(row["lon"]) if row["lon"] else None,
            population=int(row["population"]) if row["population"] else None,
        )
        by_code[place.code] = place
        aliases = row["aliases"].split("|") if row["aliases"] else []
        exact = row["exact"].split("|") if row["exact"] else []
        rows.append((place, aliases, exact))
    return by_code, rows


@functools.lru_cache(maxsize=1)
def _by_name() -> dict[str, Place]:
    """The best-ranked place for every name key (built on the first lookup)."""
    by_name: dict[str, Place] = {}
    with no_gc():
        ranked = sorted(_table()[1], key=lambda r: rank(r[0]), reverse=True)
    for place, aliases, exact in ranked:
        for name in (*exact, place.official, place.name, *aliases):
            by_name[key(name)] = place  # the best-ranked place is written last
    return by_name


def lookup(name: str) -> Place | None:
    """The place a name refers to (any case; `Jabar`, `Kab. Bogor`, `AS`), or None."""
    if not isinstance(name, str) or not name.strip():
        return None
    by_name = _by_name()
    found = by_name.get(key(name))
    if found is None:
        head, _, rest = name.strip().partition(" ")
        if rest and head.lower() in PLACE_HEADS:
            found = by_name.get(key(rest))
    return found


def get(code: str) -> Place | None:
    """The place with this code (`RU`, `32`, `32.01`, `geonames:524901`), or None."""
    return _table()[0].get(code)


def provinces() -> list[Place]:
    """The provinces of Indonesia, in code order."""
    return [p for p in _table()[0].values() if p.type == "province"]


def entries() -> list[tuple[Place, list[str], list[str]]]:
    """Every place with the aliases a text matcher may use: (place, aliases, exact aliases).

    `aliases` may match in any case unless they read as common words; `exact` only as written.
    """
    return _table()[1]
