"""Abbreviations written with periods in Indonesian news, kept whole by the tokenizer.

Titles, degrees, ranks, addresses and Latin-style shorthands. The sentence splitter also
treats them as abbreviations (besides those Punkt learned, see `textkit/lang/punkt_id.json`).
spaCy's own Indonesian list (`spacy.lang.id.tokenizer_exceptions`) is added on top.
"""

from __future__ import annotations

# Forms as written; a lowercase form is also kept capitalized at a sentence start (`Dll.`).
ABBREVIATIONS: tuple[str, ...] = (
    # addresses and administrative units
    "Jl.", "Jln.", "Gg.", "No.", "Kab.", "Kec.", "Kel.", "Ds.", "Dsn.", "Prov.", "Kp.", "Kav.",
    "Komp.", "Perum.", "Tlp.", "Telp.", "telp.",
    # titles and forms of address
    "dr.", "Dr.", "drg.", "drh.", "Drs.", "Dra.", "Ir.", "Prof.", "H.", "Hj.", "KH.", "K.H.",
    "Ny.", "Nn.", "Sdr.", "Sdri.", "Bpk.", "Yth.", "Tn.", "Mr.", "Mrs.", "Ms.", "St.", "Ust.",
    "Pdt.", "Rm.", "Mgr.",
    # degrees
    "S.H.", "M.H.", "S.E.", "M.E.", "M.M.", "M.Si.", "S.Si.", "S.Sos.", "S.Pd.", "M.Pd.",
    "S.Kom.", "M.Kom.", "S.T.", "M.T.", "S.Ag.", "M.Ag.", "S.IP.", "S.Ked.", "Sp.A.", "Sp.B.",
    "Sp.OG.", "Sp.PD.", "Sp.KJ.", "Sp.M.", "Sp.THT.", "Ph.D.", "M.A.", "M.Sc.", "B.Sc.", "Lc.",
    "M.Hum.", "S.Psi.", "M.Psi.", "S.Kep.", "Ns.", "S.Ak.", "Ak.",
    # police and military corps after a rank (`Kombes Pol.`, `Kolonel Inf.`)
    "Pol.", "Inf.", "Czi.", "Arh.", "Pnb.",
    # companies
    "Tbk.", "Ltd.", "Inc.", "Co.", "Corp.", "Bhd.", "Pte.",
    # shorthands
    "dll.", "dsb.", "dst.", "dkk.", "tsb.", "yth.", "a.n.", "s.d.", "u.p.", "a.l.", "a.s.",
    "d.a.", "n.b.", "u.b.", "hlm.", "Hlm.", "vs.", "Vs.", "ref.", "red.", "Red.", "ket.", "Ket.",
    "sbg.", "thn.", "tgl.", "Tgl.", "Sept.",
    # currency written with a period
    "Rp.",
)  # fmt: skip
