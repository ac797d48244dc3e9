"""Abbreviations written with periods in Indonesian news, kept whole by the tokenizer.

Titles, degrees, ranks, addresses and Latin-style shorthands. The sentence splitter also
treats them as abbreviations (besides those Punkt learned, see `textkit/lang/punkt_id.json`).
spaCy's own Indonesian list (`spacy.lang.id.tokenizer_exceptions`) is added on top; the
splitter treats those of its abbreviations not listed here like the trailing ones.
"""

from __future__ import annotations

from collections.abc import Iterable

# Forms as written; `case_variants` adds the other ways news writes them.

# Written before a name, number or place, so a sentence never ends on them.
LEADING_ABBREVIATIONS: tuple[str, ...] = (
    # addresses and administrative units
    "Jl.", "Jln.", "Gg.", "No.", "Kab.", "Kec.", "Kel.", "Ds.", "Dsn.", "Prov.", "Kp.", "Kav.",
    "Komp.", "Perum.", "Tlp.", "Telp.", "telp.",
    # titles and forms of address
    "dr.", "Dr.", "drg.", "drh.", "Drs.", "Dra.", "Ir.", "Prof.", "H.", "Hj.", "KH.", "K.H.",
    "Ny.", "Nn.", "Sdr.", "Sdri.", "Bpk.", "Yth.", "yth.", "Tn.", "Mr.", "Mrs.", "Ms.", "St.",
    "Ust.",
    "Pdt.", "Rm.", "Mgr.", "Tb.", "Rev.", "Kol.", "Let.", "Kapt.", "Brig.", "Jend.", "Ps.",
    # acting or head of an office (`Plt. Bupati`), Javanese nobility (`R.A. Kartini`)
    "Plt.", "Pjs.", "Ka.", "R.A.", "R.Ay.", "R.B.", "R.M.", "R.Ng.", "R.Ngt.", "R.P.", "Rr.",
    # police and military corps after a rank (`Kombes Pol.`, `Kolonel Inf.`)
    "Pol.", "Inf.", "Czi.", "Arh.", "Pnb.", "Ns.",
    # before a number or name
    "a.n.", "s.d.", "u.p.", "u.b.", "hlm.", "Hlm.", "vs.", "Vs.", "tgl.", "Tgl.", "Rp.", "Sept.",
    "Pte.",
)  # fmt: skip

# Written after a word, so they may end a sentence.
TRAILING_ABBREVIATIONS: tuple[str, ...] = (
    # degrees
    "S.H.", "M.H.", "S.E.", "M.E.", "M.M.", "M.Si.", "S.Si.", "S.Sos.", "S.Pd.", "M.Pd.",
    "S.Kom.", "M.Kom.", "S.T.", "M.T.", "S.Ag.", "M.Ag.", "S.IP.", "S.Ked.", "Sp.A.", "Sp.B.",
    "Sp.OG.", "Sp.PD.", "Sp.KJ.", "Sp.M.", "Sp.THT.", "Ph.D.", "M.A.", "M.Sc.", "B.Sc.", "Lc.",
    "M.Hum.", "S.Psi.", "M.Psi.", "S.Kep.", "S.Ak.", "Ak.",
    # companies
    "Tbk.", "Ltd.", "Inc.", "Co.", "Corp.", "Bhd.",
    # shorthands
    "dll.", "dsb.", "dst.", "dkk.", "tsb.", "a.l.", "a.s.", "d.a.", "n.b.", "ref.", "red.",
    "Red.", "ket.", "Ket.", "sbg.", "thn.",
)  # fmt: skip

ABBREVIATIONS: tuple[str, ...] = LEADING_ABBREVIATIONS + TRAILING_ABBREVIATIONS

# Words after which a capital initial is no part of a name, so it may end a sentence: a
# suspect's initial (`pria berinisial R. Ia ...`) or a letter naming a group, type or model
# (`lolos dari Grup G. Posisi ...`, `vitamin C.`, `Wagon R.`). Lowercase; picked from the
# words before `X. Capitalized` in the news corpus.
INITIAL_CUES: frozenset[str] = frozenset({
    "berinisial", "inisial", "insial", "inisialnya", "berinsial",
    "grup", "golongan", "kategori", "tingkat", "jilid", "pilar", "tipe", "type",
    "vitamin", "hepatitis", "formula", "serie", "wagon",
})  # fmt: skip

# Also written in capitals (`JL. SUDIRMAN`, `PT MAJU TBK.`). Not all of them: the capitals of
# others are acronyms that end sentences (`BPK.`, `TB.`, `KEL.`) or plate letters (`NN.`).
IN_CAPITALS: frozenset[str] = frozenset({
    "Jl.", "Jln.", "Kab.", "Kec.", "Prov.", "dr.", "Dr.", "Drs.", "Dra.", "Prof.", "Ir.", "Hj.",
    "Tbk.", "dll.", "dsb.", "dkk.",
})  # fmt: skip


def case_variants(abbreviation: str) -> frozenset[str]:
    """The forms of an abbreviation the tokenizer keeps whole and the sentence splitter knows.

    As written, with its first letter capitalized (`dll.` → `Dll.`, `s.d.` → `S.d.`) and, for
    those in `IN_CAPITALS`, in capitals (`Jl.` → `JL.`).
    """
    forms = {abbreviation, abbreviation[:1].upper() + abbreviation[1:]}
    if abbreviation in IN_CAPITALS:
        forms.add(abbreviation.upper())
    return frozenset(forms)


def written_forms(abbreviations: Iterable[str] = ABBREVIATIONS) -> frozenset[str]:
    """Every case variant of `abbreviations`."""
    return frozenset(form for abbreviation in abbreviations for form in case_variants(abbreviation))
