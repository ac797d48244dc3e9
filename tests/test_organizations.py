"""Organization lookups: acronyms and full names merge; names built from a head and a region."""

from __future__ import annotations

import pytest

from textkit import organizations


@pytest.mark.parametrize(
    "name", ["Kementerian Pertahanan", "Kemenhan", "kemenhan", "KEMENHAN", "Kemhan"]
)
def test_ministry_acronyms_merge(name: str) -> None:
    org = organizations.lookup(name)
    assert org == organizations.Organization("Kementerian Pertahanan", "Kemenhan", "ministry")


@pytest.mark.parametrize(
    ("name", "canonical", "kind"),
    [
        ("BNPB", "Badan Nasional Penanggulangan Bencana", "agency"),
        ("kpk", "Komisi Pemberantasan Korupsi", "agency"),
        ("DPR RI", "Dewan Perwakilan Rakyat", "parliament"),
        ("Anadolu Agency", "Anadolu Agency", "media"),
        ("ANTARA", "Antara", "media"),
        ("Kompas.com", "Kompas.com", "media"),
        ("UGM", "Universitas Gadjah Mada", "university"),
        ("PDIP", "Partai Demokrasi Indonesia Perjuangan", "party"),
    ],
)
def test_listed(name: str, canonical: str, kind: str) -> None:
    org = organizations.lookup(name)
    assert (org.name, org.kind) == (canonical, kind)


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Polda Aceh", "Polda Aceh"),
        ("polda jatim", "Polda Jawa Timur"),
        ("DPRD Kota Surabaya", "DPRD Kota Surabaya"),
        ("DPRD Surabaya", "DPRD Kota Surabaya"),
        ("Pemkab Kab. Bogor", "Pemerintah Kabupaten Bogor"),
        ("Kodam V/Brawijaya", "Kodam V/Brawijaya"),
        ("PT Sinar Lestari Abadi Tbk", "PT Sinar Lestari Abadi"),
        ("PT Pertamina (Persero)", "Pertamina"),
    ],
)
def test_built_names(name: str, canonical: str) -> None:
    assert organizations.lookup(name).name == canonical


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Kemenhan Azerbaijan", "Kementerian Pertahanan Azerbaijan"),
        ("kemenhan Azerbaijan", "Kementerian Pertahanan Azerbaijan"),
        ("KEMENHAN AZERBAIJAN", "Kementerian Pertahanan Azerbaijan"),
        ("Kementerian Pertahanan Azerbaijan", "Kementerian Pertahanan Azerbaijan"),
        ("Kementerian Luar Negeri Rusia", "Kementerian Luar Negeri Rusia"),
        ("Kemenlu Federasi Rusia", "Kementerian Luar Negeri Rusia"),
        ("Kemenlu Turki", "Kementerian Luar Negeri Turki"),
        ("Kemlu AS", "Kementerian Luar Negeri Amerika Serikat"),
        ("BNN Filipina", "Badan Narkotika Nasional Filipina"),
        ("KPU Malaysia", "Komisi Pemilihan Umum Malaysia"),
    ],
)
def test_foreign_ministries_and_agencies(name: str, canonical: str) -> None:
    org = organizations.lookup(name)
    assert (org.name, org.acronym, org.kind in ("ministry", "agency")) == (canonical, None, True)


def test_ministry_and_home_country_is_the_indonesian_ministry() -> None:
    assert organizations.lookup("Kemenhan Indonesia") == organizations.lookup("Kemenhan")
    assert organizations.lookup("KPU Jawa Timur").name == "KPU Jawa Timur"  # region, not country


@pytest.mark.parametrize(
    "name",
    [
        "Kemenhan RI",
        "KEMENHAN RI",
        "kemenhan ri",
        "Kementerian Pertahanan RI",
        "Kemenhan NKRI",
        "Kemenhan Republik Indonesia",
        "Kementerian Pertahanan Republik Indonesia",
    ],
)
def test_ri_nkri_and_republik_indonesia_name_the_indonesian_ministry(name: str) -> None:
    assert organizations.lookup(name).name == "Kementerian Pertahanan"


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Kemendag RI", "Kementerian Perdagangan"),  # not `Kemendagri`, though keys drop spaces
        ("Kemendagri", "Kementerian Dalam Negeri"),
        ("Kemendagri RI", "Kementerian Dalam Negeri"),
        ("Kemenlu RI", "Kementerian Luar Negeri"),
        ("BNN RI", "Badan Narkotika Nasional"),
    ],
)
def test_ministries_and_agencies_with_ri(name: str, canonical: str) -> None:
    assert organizations.lookup(name).name == canonical


def test_ri_is_indonesia_for_lookups_and_the_linker_only() -> None:
    from textkit import places
    from textkit.components.gazetteer import shared_gazetteer
    from textkit.components.linker import link

    assert places.lookup("RI").code == "ID"
    assert link("ORG", "Kemenhan RI") == ("Kementerian Pertahanan", "")
    assert link("LOC", "RI") == ("Indonesia", "ID")
    # The gazetteer does not tag a bare `RI` (mostly part of `DPR RI`, `Presiden RI`…).
    words = ["Hubungan", "RI", "dan", "Malaysia", "membaik"]
    found = [(m.start, m.value) for m in shared_gazetteer().find(words, [True] + [False] * 4)]
    assert found == [(3, "Malaysia")]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Kemenhan Jawa Barat", None),  # a ministry takes countries, not Indonesian regions
        ("Kemenhan Asia", None),
        # Named after Indonesia: never a foreign agency, only `Bank` + a name as before.
        (
            "Bank Indonesia Jepang",
            organizations.Organization("Bank Indonesia Jepang", None, "company"),
        ),
    ],
)
def test_ministry_heads_take_only_countries(name: str, expected) -> None:
    assert organizations.lookup(name) == expected


@pytest.mark.parametrize("name", ["", "DPRD Rusia", "Lembaga Entah Apa", None])
def test_unknown(name) -> None:
    assert organizations.lookup(name) is None
