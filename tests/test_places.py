"""Place lookups: countries (CLDR names and variants), provinces, regencies, cities, districts."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from textkit import places


@pytest.mark.parametrize(
    ("name", "canonical", "code"),
    [
        ("Rusia", "Rusia", "RU"),
        ("Federasi Rusia", "Rusia", "RU"),
        ("rusia", "Rusia", "RU"),
        ("RUSIA", "Rusia", "RU"),
        ("Turki", "Turki", "TR"),
        ("Jepang", "Jepang", "JP"),
        ("Amerika Serikat", "Amerika Serikat", "US"),
        ("AS", "Amerika Serikat", "US"),
        ("Tiongkok", "Tiongkok", "CN"),
        ("Cina", "Tiongkok", "CN"),
        ("Azerbaijan", "Azerbaijan", "AZ"),
    ],
)
def test_countries(name: str, canonical: str, code: str) -> None:
    place = places.lookup(name)
    assert place is not None and place.type == "country"
    assert (place.name, place.code) == (canonical, code)


def test_provinces_have_codes_and_coordinates() -> None:
    jabar = places.lookup("Jawa Barat")
    assert jabar is not None
    assert (jabar.type, jabar.code, jabar.parent) == ("province", "32", None)
    assert places.lookup("Jabar") == jabar
    assert places.lookup("Provinsi Jawa Barat") == jabar
    lat, lon = jabar.coordinates
    assert -8 < lat < -6 and 106 < lon < 109  # West Java
    provinces = places.provinces()
    assert len(provinces) == 38
    assert all(p.coordinates is not None for p in provinces)


def test_regencies_and_cities() -> None:
    city = places.lookup("Bogor")
    regency = places.lookup("Kab. Bogor")
    assert (city.type, city.code, city.official) == ("city", "32.71", "Kota Bogor")
    assert (regency.type, regency.code, regency.name) == ("regency", "32.01", "Kabupaten Bogor")
    assert regency.parent.name == "Jawa Barat"
    assert places.lookup("Sleman").parent.code == "34"
    assert places.lookup("Solo").name == "Surakarta"
    assert places.lookup("jakarta selatan").parent.name == "Jakarta"


def test_districts_and_world_cities() -> None:
    district = places.lookup("Kecamatan Menteng")
    assert (district.type, district.parent.name) == ("district", "Jakarta Pusat")
    moscow = places.lookup("Moskwa")
    assert moscow == places.lookup("Moscow")
    assert moscow.parent.code == "RU" and moscow.code.startswith("geonames:")
    assert 55 < moscow.lat < 56


@pytest.mark.parametrize("name", ["", "   ", "Negeri Antah Berantah", None, 42])
def test_unknown(name) -> None:
    assert places.lookup(name) is None


def test_get_by_code() -> None:
    assert places.get("32").name == "Jawa Barat"
    assert places.get("XX") is None


def test_subdivisions_and_exonyms() -> None:
    assert (places.lookup("Kalifornia").code, places.lookup("Kalifornia").parent.name) == (
        "US-CA",
        "Amerika Serikat",
    )
    assert places.lookup("Krimea").code == "UA-43"
    assert places.lookup("Washington").type == "city"  # the capital, not the state
    assert places.lookup("Den Haag").parent.code == "NL"


def test_places_named_like_words() -> None:
    assert places.lookup("Baku").parent.code == "AZ"  # a capital named like `baku` (standard)
    for word in ("Baca", "Dan", "Yang"):
        assert places.lookup(word) is None


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [
        ("Gowa", -5.20, 119.45),  # seat Sungguminasa
        ("Kepulauan Seribu", -5.75, 106.61),  # seat Pulau Pramuka
        ("Kotawaringin Timur", -2.53, 112.95),  # seat Sampit
        ("Mimika", -4.61, 136.68),  # seat Timika
        ("Simeulue", 2.48, 96.38),  # seat Sinabang
    ],
)
def test_regencies_without_a_geonames_namesake_sit_at_their_seat(name, lat, lon) -> None:
    place = places.lookup(name)
    assert place.type in ("regency", "city")
    assert place.coordinates == pytest.approx((lat, lon), abs=0.01)


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2
    h += math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def test_regencies_and_cities_lie_in_their_province() -> None:
    """No same-named place from another province: every located regency or city lies within
    800 km of its province's capital (Kepulauan Aru, the farthest, about 710 km from Ambon)."""
    regions = [
        p
        for p, _, _ in places.entries()
        if p.type in ("regency", "city") and p.parent and p.parent.type == "province"
    ]
    assert len(regions) == 514
    located = [p for p in regions if p.coordinates is not None]
    # 90 before regency_seats.tsv; left: Nias, Nias Barat, Kolaka Timur, Pegunungan Arfak
    assert len(regions) - len(located) <= 4
    far = [p.name for p in located if _km(p.coordinates, p.parent.coordinates) > 800]
    assert far == []


def test_jakarta_cities_sit_at_their_mayors_office() -> None:
    assert _km(places.lookup("Jakarta Selatan").coordinates, (-6.26, 106.81)) < 10
    jakarta = places.lookup("DKI Jakarta")
    cities = [p for p, _, _ in places.entries() if p.parent == jakarta and p.type == "city"]
    assert len(cities) == 5
    assert all(_km(p.coordinates, jakarta.coordinates) < 20 for p in cities)


def test_seats_belong_to_regencies_and_reach_the_map() -> None:
    from textkit.lang.gazetteer import read_tsv
    from textkit.plot import locate

    seats = read_tsv("regency_seats.tsv")
    assert all(places.get(s["code"]).type in ("regency", "city") for s in seats)
    # places.tsv was rebuilt after the last edit of regency_seats.tsv.
    for seat in seats:
        expected = (float(seat["lat"]), float(seat["lon"]))
        assert places.get(seat["code"]).coordinates == pytest.approx(expected, abs=1e-4)
    entities = ["Gowa", "Kabupaten Wajo", "Jaksel", "Jakarta Timur", "Kab. Berau"]
    counts = pd.DataFrame({"entity": entities, "mentions": [3, 2, 2, 1, 1]})
    assert locate(counts)[["lat", "lon"]].notna().all().all()


def test_builder_gives_seat_coordinates_only_where_none() -> None:
    from textkit.training.gazetteer import _row, fill_from_seats

    rows = [
        _row(code="31.74", type="city", name="Jakarta Selatan"),
        _row(code="32.01", type="regency", name="Kabupaten Bogor", lat=-6.5, lon=106.8),
        _row(code="31.74.01", type="district", name="Tebet"),
    ]
    seats = [
        {"code": code, "lat": "-6.26", "lon": "106.81"} for code in ("31.74", "32.01", "31.74.01")
    ]
    fill_from_seats(rows, seats)
    assert [(r["lat"], r["lon"]) for r in rows] == [
        ("-6.2600", "106.8100"),
        ("-6.5000", "106.8000"),
        ("", ""),
    ]
