"""Language data for statements (who said what): quote marks, the cue words that attribute a
statement to its speaker, the pronouns that stand for a speaker, and the attribution rules as
records with examples. Used by `textkit_quotes`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

# Double quote marks, straight and curly, in either orientation (scraped text turns `“…”`
# into `”…”` or `“…“`), and the doubled ASCII forms of old typesetting. Single marks (`'`,
# `‘ ’`) quote inside a quote or mark a term; they never open a statement.
QUOTE_MARKS = ('"', "“", "”", "„", "‟", "«", "»", "''", "``")

# Cue words written right after a statement (`"…," kata X`, `…, ujarnya`) or before its
# speaker and a colon or comma (`Kata X: "…"`). Each also takes `-nya`, "he/she" (`katanya`,
# `ujarnya`). Lower case.
AFTER_CUES = frozenset(
    """
    kata ujar ucap tutur jelas ungkap tegas imbuh tambah sebut papar terang lanjut pungkas
    sambung tandas tukas timpal sahut seru tanya jawab balas tulis beber urai kilah tutup
    cetus celetuk bilang komentar sindir cerita canda pinta ajak harap klaim tuding akui
    """.split()
)

# Cue words that are a cue only with `-nya` (`akunya`): alone they are another word (`aku`,
# "I").
NYA_ONLY_CUES = frozenset(["aku"])

# Speech verbs that follow their speaker: `X mengatakan(,) (bahwa) …`, `X menambahkan, "…"`,
# `"…," X menjelaskan.` Lower case.
SPEECH_VERBS = frozenset(
    """
    mengatakan menyatakan menjelaskan mengungkapkan menegaskan menambahkan menyebutkan
    menyebut memaparkan menerangkan menuturkan melanjutkan mengimbuhkan menandaskan
    menyampaikan mengucapkan membeberkan menguraikan menceritakan mengaku mengklaim
    berkata berujar bertutur bercerita menulis menuliskan mengingatkan menekankan
    mengemukakan mengutarakan menginformasikan
    """.split()
)

# `Menurut X, …`: the speaker follows this word and the statement follows a comma.
ACCORDING_TO = ("menurut",)

# Words that join a speech verb to the statement it reports (`mengatakan bahwa …`).
COMPLEMENTIZERS = ("bahwa",)

# Pronouns that stand for a person already named (`kata dia`, `ia mengatakan`), and the
# suffix that does on a cue (`ujarnya`, `menurutnya`).
PRONOUNS = frozenset(["ia", "dia", "beliau"])
PRONOUN_SUFFIX = "nya"

# Words right before a speech verb that make it no report of a statement (`data yang
# menyatakan`, `untuk menyampaikan`, `akan menjelaskan`).
NOT_BEFORE_VERB = frozenset(
    """
    yang untuk akan ingin mau hendak harus bisa dapat belum tidak tak enggan sempat
    """.split()
)

# Words after which a speaker's window ends (`kata X kepada wartawan`, `ujar X di Jakarta`,
# `kata X saat dihubungi`): what follows is where and when, not who.
WINDOW_ENDS = frozenset(
    """
    kepada pada di dalam saat ketika usai seusai sebelum setelah melalui lewat dengan
    sambil seraya kala via dikutip ditemui dihubungi dilansir seperti
    """.split()
)

# Least words of a quoted text that is a statement without a cue (shorter ones are terms,
# titles and slogans: `istilah "new normal"`).
MIN_CUELESS_WORDS = 4

# Paragraphs back that a statement without a cue may continue the previous speaker's.
CONTINUE_PARAGRAPHS = 2


def _alternation(words: object) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _cue_forms() -> str:
    plain = _alternation(AFTER_CUES)
    nya_only = _alternation(NYA_ONLY_CUES)
    return rf"(?:(?:{plain})(?:{PRONOUN_SUFFIX})?|(?:{nya_only}){PRONOUN_SUFFIX})"


# Placeholders of the rule patterns.
PLACEHOLDERS = {
    "cue": _cue_forms(),
    "verb": f"(?:{_alternation(SPEECH_VERBS)})",
    "according": f"(?:{_alternation(ACCORDING_TO)})(?:{PRONOUN_SUFFIX})?",
    "that": f"(?:{_alternation(COMPLEMENTIZERS)})",
}


@dataclass(frozen=True, slots=True)
class QuoteRule:
    """One way a statement is attributed. `where` says what `pattern` (a regular expression,
    case-insensitive, with `{cue}`, `{verb}`, `{according}`, `{that}` standing for the
    lexicon above) is matched against:

    - `after`: the text after a closing quote mark, to the end of its sentence;
    - `before`: the text from the start of the sentence to an opening quote mark;
    - `sentence`: a sentence without quote marks (an indirect statement).

    Groups: `cue`, `speaker` (the words that name the speaker) and, for `sentence` rules,
    `statement`. Examples: (text, statement, speaker words, cue), the text invented.
    """

    name: str
    where: str
    pattern: str
    examples: tuple[tuple[str, str, str | None, str | None], ...]

    @property
    def regex(self) -> re.Pattern[str]:
        return _compile(self.pattern)


@functools.cache
def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern.format(**PLACEHOLDERS), re.IGNORECASE | re.DOTALL)


QUOTE_RULES: tuple[QuoteRule, ...] = (
    QuoteRule(
        "cue after quote",
        "after",
        r"^\s*[,.!?]?\s*(?P<cue>{cue})\b(?P<speaker>.*)$",
        (
            (
                '"Jalan itu akan kami perbaiki," kata Bupati Sleman Arif Wicaksono.',
                "Jalan itu akan kami perbaiki,",
                "Bupati Sleman Arif Wicaksono",
                "kata",
            ),
            ('"Kami siap," ujarnya.', "Kami siap,", "nya", "ujar"),
        ),
    ),
    QuoteRule(
        "speaker and verb after quote",
        "after",
        r"^\s*[,.!?]?\s*(?P<speaker>[^,]{{1,80}}?)\s+(?P<cue>{verb})\b[^,]{{0,60}}$",
        (
            (
                '"Harga cabai turun pekan ini," Rina Anggraeni menambahkan.',
                "Harga cabai turun pekan ini,",
                "Rina Anggraeni",
                "menambahkan",
            ),
        ),
    ),
    QuoteRule(
        "speaker and verb before quote",
        "before",
        r"^(?P<speaker>.{{0,160}}?)\s*,?\s*(?P<cue>{verb})\s*(?:{that})?\s*[,:]?\s*$",
        (
            (
                'Kepala Dinas Pendidikan Dodi Saputra mengatakan, "Sekolah dibuka Senin."',
                "Sekolah dibuka Senin.",
                "Kepala Dinas Pendidikan Dodi Saputra",
                "mengatakan",
            ),
        ),
    ),
    QuoteRule(
        "cue and speaker before quote",
        "before",
        r"^\s*(?P<cue>{cue}|{according})\b(?P<speaker>.{{0,120}}?)\s*[,:]\s*$",
        (
            (
                'Kata Dodi Saputra: "Sekolah dibuka Senin."',
                "Sekolah dibuka Senin.",
                "Dodi Saputra",
                "kata",
            ),
        ),
    ),
    QuoteRule(
        "according to",
        "sentence",
        r"^(?P<pre>[^,]{{0,40}},\s*)?(?P<cue>{according})\b(?P<speaker>[^,]{{0,100}}?)\s*,"
        r"\s*(?P<statement>.+?)\s*$",
        (
            (
                "Menurut Rina Anggraeni, harga cabai akan turun.",
                "harga cabai akan turun.",
                "Rina Anggraeni",
                "menurut",
            ),
            ("Menurutnya, harga cabai akan turun.", "harga cabai akan turun.", "nya", "menurut"),
        ),
    ),
    QuoteRule(
        "speaker and verb",
        "sentence",
        r"^(?P<speaker>.{{1,160}}?)\s+(?P<cue>{verb})\b\s*[,:]?\s*(?:{that}\b\s*)?,?\s*"
        r"(?P<statement>\w.+?)\s*$",
        (
            (
                "Kepala Dinas Pendidikan Dodi Saputra mengatakan sekolah dibuka Senin.",
                "sekolah dibuka Senin.",
                "Kepala Dinas Pendidikan Dodi Saputra",
                "mengatakan",
            ),
            (
                "Ia menegaskan bahwa jalan itu ditutup.",
                "jalan itu ditutup.",
                "Ia",
                "menegaskan",
            ),
        ),
    ),
    QuoteRule(
        "cue after statement",
        "sentence",
        r"^(?P<statement>\w.{{8,}}?)\s*,\s*(?P<cue>{cue})\b(?P<speaker>[^,]{{0,100}}?"
        r"(?:,[^,]{{0,80}})?)\s*[.!?]?\s*$",
        (
            (
                "Sekolah dibuka Senin, kata Dodi Saputra.",
                "Sekolah dibuka Senin",
                "Dodi Saputra",
                "kata",
            ),
            ("Sekolah dibuka Senin, ujarnya.", "Sekolah dibuka Senin", "nya", "ujar"),
        ),
    ),
)


def cue_word(word: str) -> str:
    """A cue as written, lower case, without the `-nya` that stands for its speaker
    (`Ujarnya` → `ujar`; `menurutnya` → `menurut`)."""
    word = word.lower()
    base = word[: -len(PRONOUN_SUFFIX)] if word.endswith(PRONOUN_SUFFIX) else word
    return base if base in AFTER_CUES | NYA_ONLY_CUES or base in ACCORDING_TO else word
