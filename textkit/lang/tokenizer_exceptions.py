"""Tokenizer exceptions for Indonesian news: abbreviations that keep their periods, and what
a hyphen between capitalized words joins into one word.

spaCy's Indonesian exceptions are reused without the ~16,000 listed reduplicated words
(`anak-anak`, ...): the hyphen rules in `punctuation.py` keep every such word whole, listed or
not, and skipping the list makes the tokenizer quick to build. Hyphenated single names
(`Nagorno-Karabakh`) are exceptions taken from the gazetteer and HYPHENATED_NAMES.
"""

from __future__ import annotations

import re

from spacy.lang.id._tokenizer_exceptions_list import ID_BASE_EXCEPTIONS
from spacy.lang.id.tokenizer_exceptions import TOKENIZER_EXCEPTIONS as ID_EXCEPTIONS
from spacy.symbols import ORTH
from spacy.util import update_exc

from .abbreviations import written_forms
from .gazetteer import GAZETTEER_DIR

_LISTED = {word.lower() for word in ID_BASE_EXCEPTIONS}


_id_exc = {
    orth: tokens
    for orth, tokens in ID_EXCEPTIONS.items()
    if "-" not in orth and " " not in orth and orth.lower() not in _LISTED
}
_abbrev_exc = {form: [{ORTH: form}] for form in written_forms()}

# --- Hyphens between capitalized words -------------------------------------------------------
# Two capitalized names joined by a hyphen are two names (`Jokowi-Ahok`, `AS-China`), split into
# name, hyphen, name as spaCy does (`punctuation.NAME_PAIR_HYPHEN`). One word stay (rules in
# `punctuation.ONE_WORD`): a word with a part that starts lowercase or with a digit
# (`Anak-anak`, `Covid-19`, `Port-au-Prince`), a one-letter part (`K-Pop`, `PDI-P`),
# reduplication (`Kupu-Kupu`), a prefix below (`Non-Muslim`), and the hyphenated names of the
# gazetteer and of HYPHENATED_NAMES (exceptions, as written and in capitals).

# Prefixes written with a hyphen before a capitalized word, one record each: the prefix and an
# example; matched capitalized (`Non-`, at sentence start) and in capitals (`NON-`).
HYPHEN_PREFIXES: tuple[tuple[str, str], ...] = (
    # Indonesian affixes before a capital (KBBI: `se-Jawa`, `di-PHK`, `ber-KTP`)
    ("se", "Se-Jawa"), ("ke", "Ke-Indonesia-an"), ("di", "Di-PHK"), ("ber", "Ber-KTP"),
    ("ter", "Ter-PHK"), ("mem", "Mem-PHK"), ("meng", "Meng-ASN-kan"),
    # loan prefixes (KBBI: `non-Muslim`, `pasca-Orde Baru`)
    ("non", "Non-Muslim"), ("pro", "Pro-Jokowi"), ("kontra", "Kontra-Revolusi"),
    ("anti", "Anti-Israel"), ("pasca", "Pasca-Reformasi"), ("pra", "Pra-Kemerdekaan"),
    ("eks", "Eks-PKI"), ("ex", "Ex-Kapolri"), ("antar", "Antar-RT"), ("trans", "Trans-Jawa"),
    ("pan", "Pan-Islamisme"), ("sub", "Sub-Sahara"), ("neo", "Neo-Nazi"), ("post", "Post-Truth"),
    ("pre", "Pre-Order"), ("mega", "Mega-Proyek"), ("multi", "Multi-Etnis"),
    ("semi", "Semi-Final"), ("mid", "Mid-Season"),
    # combining forms (`Indo-Pasifik` is one region, not India and the Pacific)
    ("indo", "Indo-Pasifik"), ("sino", "Sino-Tibet"), ("afro", "Afro-Amerika"),
    ("euro", "Euro-Asia"), ("anglo", "Anglo-Saxon"), ("austro", "Austro-Hungaria"),
    ("judeo", "Judeo-Kristen"),
    # the Arabic article (`Al-Qaeda`, `As-Syafi'i`)
    ("al", "Al-Azhar"), ("el", "El-Hakim"), ("ar", "Ar-Rahman"), ("as", "As-Syafi'i"),
    ("an", "An-Nur"), ("at", "At-Taqwa"), ("ad", "Ad-Dhuha"), ("asy", "Asy-Syifa"),
    ("ash", "Ash-Shiddiq"), ("az", "Az-Zahra"), ("ats", "Ats-Tsauri"),
)  # fmt: skip

# Prefixes whose capitals are an acronym paired with a name: `AS-China` is the United States and
# China, `TNI AD-AL` army and navy; in capitals these are split like any pair.
ACRONYM_NOT_PREFIX: frozenset[str] = frozenset({"AS", "AD", "AL", "AN", "AT", "AR", "PAN"})

# Hyphenated single names the gazetteer does not hold: regions, brands.
HYPHENATED_NAMES: tuple[str, ...] = (
    "Bosnia-Herzegovina", "Bosnia-Hercegovina", "Austria-Hungaria", "Alsace-Lorraine",
    "Baden-Württemberg", "Schleswig-Holstein", "Emilia-Romagna", "Kabardino-Balkaria",
    "Coca-Cola", "Pepsi-Cola", "Mercedes-Benz", "Rolls-Royce", "Harley-Davidson",
    "Hewlett-Packard", "Alfa-Romeo", "Shangri-La",
)  # fmt: skip

# The gazetteer columns that hold surface forms of names.
GAZETTEER_NAME_COLUMNS: dict[str, tuple[str, ...]] = {
    "places.tsv": ("name", "official", "aliases", "exact"),
    "place_variants.tsv": ("name", "aliases"),
    "organizations.tsv": ("name", "acronym", "aliases"),
    "outlets.tsv": ("name", "acronym", "aliases", "credits"),
}

# A word with a hyphen before a capital, the words a hyphen may split (`Timor-Leste`).
_HYPHEN_CAPITAL = re.compile(r"^[\w'’]+(?:-[\w'’]+)*-[^\W\d_][\w'’-]*$")


def hyphen_prefix_forms() -> list[str]:
    """The written forms of HYPHEN_PREFIXES before a capitalized word (`Non`, `NON`)."""
    forms = [prefix.capitalize() for prefix, _ in HYPHEN_PREFIXES]
    return forms + [f.upper() for f in forms if f.upper() not in ACRONYM_NOT_PREFIX]


def gazetteer_hyphenated_names() -> set[str]:
    """The words with a hyphen before a capital in the gazetteer's names (`Guinea-Bissau`)."""
    words: set[str] = set()
    for name, columns in GAZETTEER_NAME_COLUMNS.items():
        with open(GAZETTEER_DIR / name, encoding="utf-8") as fh:
            lines = [line.rstrip("\n") for line in fh if not line.startswith("#")]
        header = lines[0].split("\t")
        wanted = [header.index(column) for column in columns]
        for line in lines[1:]:
            if "-" not in line:  # most rows; skipping them keeps the import quick
                continue
            cells = line.split("\t")
            for form in (f for i in wanted for f in cells[i].split("|")):
                words.update(w for w in form.split() if _HYPHEN_CAPITAL.match(w))
    return words


ONE_NAME_FORMS: frozenset[str] = frozenset(
    form
    for name in gazetteer_hyphenated_names() | set(HYPHENATED_NAMES)
    for form in (name, name.upper())
)
_name_exc = {form: [{ORTH: form}] for form in ONE_NAME_FORMS}

TOKENIZER_EXCEPTIONS = update_exc(_id_exc, _abbrev_exc, _name_exc)

# Every abbreviation kept whole with its final period: textkit's forms and spaCy's (`Plt.`,
# `S.Hut.`, `Jan.`, `a.`); the sentence splitter knows exactly these.
ABBREVIATION_FORMS: frozenset[str] = frozenset(
    orth
    for orth, tokens in TOKENIZER_EXCEPTIONS.items()
    if len(tokens) == 1 and orth.endswith(".") and orth[-2:-1].isalpha()
)
