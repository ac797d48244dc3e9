"""Language data for the corpus identity (`textkit.corpus`): the conventions by which two
names of different documents, or two forms within one, are one entity.
"""

from __future__ import annotations

# A one-word name of at least this many letters that opens a word of a longer name is its
# short form (`Rangga` of `Ranggawarsita Putra`, a nickname cut from the given name); shorter
# openings (`Ran`) are too common to say anything.
MIN_SHORT_FORM_LETTERS = 4

# Spellings of the old Indonesian orthographies (before 1947 and 1972) and their current form:
# `Soebroto` is `Subroto`, `Djaja` is `Jaya`, `Tjahja` is `Cahya`. A name is compared in its
# current spelling with doubled letters written once (`Farrah` / `Farah`).
OLD_SPELLINGS: tuple[tuple[str, str], ...] = (
    ("oe", "u"), ("dj", "j"), ("tj", "c"), ("nj", "ny"), ("sj", "sy"), ("ch", "kh"),
)  # fmt: skip

# Bodies every region has one of, named by an acronym or short word before the region
# (`DPRD Lembah Hijau`, `Polres Kota Lembah`): alone, the word names a kind, not one body, so
# it joins the one such body its document names and is never counted as one body across
# documents.
REGIONAL_BODIES = frozenset(
    """
    dprd polda polres polresta polsek pemprov pemkab pemkot pemda kejati kejari bpbd bappeda
    kpud dinas
    """.split()
)

# Words a national team is named by before its country (`Timnas Lembah`): the tables read the
# bare word as the home country's team; in a document that names one other country's team
# and not the home one, the bare word is that team.
NATIONAL_TEAM_WORDS: tuple[str, ...] = ("timnas", "tim nasional")

# Words before a name that say which kind of body it is (`Partai Lembah Raya` of a listed
# party `Lembah Raya`): the name with and without the word is one body when the tables list
# the name under that kind.
KIND_WORDS: dict[str, str] = {"partai": "party", "klub": "sport"}

# Words after an organization's name that name its national level (`KONI Pusat`): the same
# body as the name alone.
LEVEL_WORDS = frozenset(["pusat"])

# Words that make a place a building of the body named after them (`Gedung DPR`): the body's
# name in full or as its acronym names one building.
BUILDING_WORDS = frozenset(["gedung"])

# Forms around an organization's own name that do not change which body it is (`PS Lembah
# Raya` and `Lembah Raya FC` are the club `Lembah Raya`; `Partai Lembah Raya`, `Lembah Raya
# Pusat`): with the company forms (`PT`, `Tbk`, `(Persero)`), removed before two names are
# compared. A word that says which part or line of a body (`Syariah`, `Indonesia`, `Air`) is no
# such form: `Bank Lembah` and `Bank Lembah Syariah` stay two companies.
LEADING_FORMS = frozenset(["ps", "fc", "ac", "afc", "sc", "cf", "partai", "klub"])
TRAILING_FORMS = frozenset(["fc", "afc", "sc", "cf", "pusat"])

# A place after a body's name (`Universitas Lembah Raya Kota Lembah`) is where it is, not
# another body, when the place is one of these types and the name before it has at least
# `MIN_LOCATED_WORDS` words (`Bank Lembah` before a city is another bank's branch name).
LOCATED_AREA_TYPES = frozenset(["city", "regency"])
MIN_LOCATED_WORDS = 2

# Context for a person's short name across documents (`textkit.corpus`): a region names where
# a story happens, not who is in it (a province holds millions of people), and a channel
# (a social platform, a news outlet) carries anyone's story, so neither tells which `Lembah`
# a document means. Places of these types and organizations of these kinds are no context
# when a one-word name joins a full name of another document.
CONTEXT_FREE_PLACE_TYPES = frozenset(
    "country region island subdivision province city regency".split()
)
CONTEXT_FREE_ORG_KINDS = frozenset(["platform", "media"])

# A one-word name that several people of the corpus hold (a common first name or surname:
# `Rangga` of `Rangga Wiratama` and `Rangga Putra`) joins one of them only when its document
# shares at least this many context entities with that person's documents: one shared entity
# is as likely a coincidence as a sign.
MIN_SHARED_FOR_COMMON_NAMES = 2

# A body or place is context for a person's short name when at most 1 in this many documents
# name it (stricter than `corpus.RARE`, which other people, organizations and spellings keep):
# a body named in one story in twelve is in too many stories to say which `Lembah` one of them
# means, while two people named together say more about each other.
PEOPLE_RARE = 25

# Kinds of listed bodies (`organizations.tsv`) that have a branch or a body of their own in
# each region: the acronym with a region (`DPR Lembah`, `BNN Lembah`, `AJI Lembah`) is that
# region's body, never the national one. Universities, companies, clubs and parties are not
# among them: a city after their acronym is where they are (`UGM Jogja`).
BRANCHED_KINDS = frozenset(
    "parliament police court government agency ministry military association religious".split()
)
