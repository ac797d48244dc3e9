"""Language data for the senses of acronyms within one document (`textkit_identity`): which
body, if any, an acronym names where the tables know it as another, with invented examples
(run by `tests/test_identity.py`)."""

from __future__ import annotations

from .identity import SpanConvention

# Levels of a party's board written between the board acronym and the party (`DPD I Partai
# Lembah`, `DPD II`): the board of that party all the same.
BOARD_LEVELS = frozenset(["I", "II"])

ACRONYM_CONVENTIONS: tuple[SpanConvention, ...] = (
    SpanConvention(
        "an acronym a common noun defines",
        "An acronym the text defines in brackets after lower-case words it abbreviates (a "
        "tax, an agreement: `pajak kendaraan bermotor (PKB)`) names that common noun in the "
        "whole document: no organization, whatever the tables know by those letters; so do "
        "capitalized words no entity holds that are not the name of the body the tables know "
        "by the acronym (`Perjanjian Kerja Bersama (PKB)`).",
        (
            (
                "Warga menunggak pajak kendaraan bermotor (PKB) di Kota Lembah. Tunggakan PKB "
                "naik.",
                (("PKB", "ORG"), ("Kota Lembah", "LOC"), ("PKB", "ORG")),
                (("Kota Lembah", "LOC:Kota Lembah"),),
            ),
            (  # capitalized, no entity, not the party the tables know by the letters
                "Serikat pekerja membahas Perjanjian Kerja Bersama (PKB). PKB itu diteken.",
                (("PKB", "ORG"), ("PKB", "ORG")),
                (),
            ),
            (  # written as a name, the party
                "Ketua PKB menemui warga Kota Lembah.",
                (("PKB", "ORG"), ("Kota Lembah", "LOC")),
                (("PKB", "ORG:Partai Kebangkitan Bangsa"), ("Kota Lembah", "LOC:Kota Lembah")),
            ),
        ),
    ),
    SpanConvention(
        "a party's board alone",
        "A board acronym (`DPD`) with a level (`DPD I Partai Golkar`) names that party's board "
        "as without it; a bare board acronym in a document that names one board of that acronym "
        "is that board, not the chamber the letters alone name (`DPD RI` stays the chamber).",
        (
            (
                "Sekretaris DPD I Partai Golkar Rangga Wiratama hadir. Menurut dia, DPD solid.",
                (("DPD", "ORG"), ("Partai Golkar", "ORG"), ("Rangga Wiratama", "PER"),
                 ("DPD", "ORG")),
                (("DPD", "ORG:Dewan Pimpinan Daerah Partai Golongan Karya"),
                 ("Partai Golkar", "ORG:Partai Golongan Karya"),
                 ("Rangga Wiratama", "PER:Rangga Wiratama"),
                 ("DPD", "ORG:Dewan Pimpinan Daerah Partai Golongan Karya")),
            ),
            (
                "Ketua DPD Partai Golkar dan anggota DPD RI bertemu.",
                (("DPD", "ORG"), ("Partai Golkar", "ORG"), ("DPD RI", "ORG")),
                (("DPD", "ORG:Dewan Pimpinan Daerah Partai Golongan Karya"),
                 ("Partai Golkar", "ORG:Partai Golongan Karya"),
                 ("DPD RI", "ORG:Dewan Perwakilan Daerah")),
            ),
        ),
    ),
    SpanConvention(
        "a group named after a person",
        "A word in brackets after a person's name that opens with the capitalized word before "
        "the name (`Pro Rangga (Prorang)`) abbreviates the phrase, a group, not the person: "
        "it is no nickname of the person.",
        (
            (
                "Ketua Pro Rangga (Prorang) Budi Santoso hadir. Rangga Wiratama menyambut.",
                (("Rangga", "PER"), ("Prorang", "PER"), ("Budi Santoso", "PER"),
                 ("Rangga Wiratama", "PER")),
                (("Rangga", "PER:Rangga Wiratama"), ("Prorang", "PER:Prorang"),
                 ("Budi Santoso", "PER:Budi Santoso"),
                 ("Rangga Wiratama", "PER:Rangga Wiratama")),
            ),
        ),
    ),
)  # fmt: skip
