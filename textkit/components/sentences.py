"""Sentence splitting for Indonesian news (component `textkit_sentences`).

NLTK's Punkt, with parameters learned from Indonesian news (`textkit/lang/punkt_id.json`,
rebuilt by `python -m textkit.training punkt`), combined with rules: a line break always ends a
sentence (headlines, `Baca juga:` lines); a lowercase word after a closing quote or bracket
continues the sentence (`"Kapan?" tanya dia.`); no sentence ends on a title, address
abbreviation or initial (`Jl.`, `Plt.`, `Dr.`, `W.`), except an initial after a cue word and
before a capitalized word (`berinisial R. Ia`, `Grup G. Posisi`; `INITIAL_CUES`); any other
abbreviation the tokenizer keeps whole (`dll.`, `Tbk.`, `S.Hut.`, `Jan.`) ends one only before a
capitalized word, and a lone lowercase letter (`huruf f.`) only if a word precedes it (not a
list marker, `, b. Setia`); commas a scraper left between paragraphs (`... 2019. ,Ia ...`) stay
with the sentence before.
Boundaries fall only between tokens, so pre-tokenized Docs work.
"""

from __future__ import annotations

import functools
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

from ..factories import factory
from ..lang.abbreviations import (
    ABBREVIATIONS,
    INITIAL_CUES,
    LEADING_ABBREVIATIONS,
    written_forms,
)
from ..lang.tokenizer_exceptions import ABBREVIATION_FORMS
from ..tokenizer import token_offsets

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

PUNKT_PATH = Path(__file__).parent.parent / "lang" / "punkt_id.json"

# A sentence may not start right after one of these if it starts with a lowercase letter.
CLOSERS = frozenset("\"'”’»)]")

_LINE = re.compile(r"[^\n\r\u2028\u2029]+")
_NEWLINE = re.compile(r"[\n\r\u2028\u2029]")
_INITIAL = re.compile(r"[A-Z]\.")
# A lone lowercase letter: a list marker (`a. KTP, b. Ijazah`) or a sentence end (`huruf f.`).
_LETTER = re.compile(r"[a-z]\.")
# Sentence-final marks as tokens of their own (`Hujan` `.` `Reda` `.`, pre-tokenized or glued).
_FINAL_MARKS = frozenset(".!?")
MIN_GLUED_WORD = 4  # letters of the word before a glued mark (3 for the word after: `Dia`)
# Commas left where a scraper joined paragraphs (`... 2019. ,Tugasnya ...`) end a sentence.
_STRAY_COMMAS = re.compile(r"[,;]+\s*")
_JOINED_PARAGRAPHS = re.compile(r"[.!?][\"'”’)]*\s+[,;]+\s*(?=[A-Z\"“])")

# Of the abbreviations the tokenizer keeps whole (`ABBREVIATION_FORMS`), those never at an end.
_LEADING = written_forms(LEADING_ABBREVIATIONS)
# The words after which `starts_sentence` may hold without a Punkt start or a line break.
_MAY_END = _FINAL_MARKS | ABBREVIATION_FORMS
_MAY_END_CHARS = frozenset(word[-1] for word in _MAY_END) | {"."}  # `.` ends initials


def abbreviation_types(abbreviations: tuple[str, ...] = ABBREVIATIONS) -> set[str]:
    """Abbreviations the way Punkt stores them: lowercase, without the final period."""
    return {a.lower().rstrip(".") for a in abbreviations}


def load_punkt_parameters(path: Path = PUNKT_PATH) -> PunktParameters:
    """Punkt parameters from the shipped JSON, plus textkit's own abbreviations."""
    # Imported here: importing nltk costs more than the rest of `textkit.load()`.
    from nltk.tokenize.punkt import PunktParameters

    data = json.loads(Path(path).read_text(encoding="utf-8"))
    params = PunktParameters()
    params.abbrev_types = set(data["abbrev_types"]) | abbreviation_types()
    params.collocations = {tuple(pair) for pair in data["collocations"]}
    params.sent_starters = set(data["sent_starters"])
    params.ortho_context = defaultdict(int, data["ortho_context"])
    return params


@functools.lru_cache(maxsize=1)
def punkt_tokenizer() -> PunktSentenceTokenizer:
    """The Punkt sentence tokenizer with the shipped parameters (built once)."""
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    return PunktSentenceTokenizer(load_punkt_parameters())


def char_before(text: str, idx: int) -> str:
    """The last non-space character before `idx` on its line, or "" at the line's start."""
    end = idx
    while end > 0 and text[end - 1].isspace() and not _NEWLINE.match(text[end - 1]):
        end -= 1
    return text[end - 1] if end > 0 and not _NEWLINE.match(text[end - 1]) else ""


def continues_sentence(text: str, start: int) -> bool:
    """Whether a Punkt boundary at `start` is a false one: lowercase after a closing quote."""
    return text[start].islower() and char_before(text, start) in CLOSERS


def sentence_starts(text: str, punkt: PunktSentenceTokenizer | None = None) -> list[int]:
    """Character offsets at which sentences start: each line split by Punkt and the rules."""
    punkt = punkt or punkt_tokenizer()
    starts: set[int] = set()
    for line in _LINE.finditer(text):
        for begin, _ in punkt.span_tokenize(line.group()):
            start = line.start() + begin
            stray = _STRAY_COMMAS.match(text, start) if begin else None
            if stray and stray.end() >= line.end():
                continue
            start = stray.end() if stray else start
            if not starts or not continues_sentence(text, start):
                starts.add(start)
        starts.update(m.end() for m in _JOINED_PARAGRAPHS.finditer(text, line.start(), line.end()))
    return sorted(starts)


def word_before(token: Token) -> Token | None:
    """The nearest non-space token before `token` in its Doc, or None."""
    for i in range(token.i - 1, -1, -1):
        if not token.doc[i].is_space:
            return token.doc[i]
    return None


def initial_ends_sentence(initial: Token, token: Token, punkt_starts: set[int]) -> bool:
    """Whether a capital initial (`R.`) ends a sentence before `token`.

    Only after a cue word (`berinisial R. Ia ...`, `Grup G. Posisi ...`) and before a capitalized
    word that is no initial or title itself (`berinisial M. A.` goes on); before a quote or other
    punctuation, Punkt decides. Elsewhere an initial is part of a name (`R. Soeprapto`).
    """
    before = word_before(initial)
    if before is None or before.lower_ not in INITIAL_CUES:
        return False
    first = token.text[:1]
    if first.isupper():
        return not _INITIAL.fullmatch(token.text) and token.text not in _LEADING
    return not first.isalnum() and token.idx in punkt_starts


def starts_sentence(text: str, prev: Token, token: Token, punkt_starts: set[int]) -> bool:
    """Whether `token` starts a sentence of `text` (the Doc's), given the previous word token."""
    if _NEWLINE.search(text, prev.idx + len(prev), token.idx):
        return True
    if _INITIAL.fullmatch(prev.text):  # also `H.`, a title unless after a cue (`Grup H.`)
        return initial_ends_sentence(prev, token, punkt_starts)
    if prev.text in _LEADING:
        return False
    if prev.text in ABBREVIATION_FORMS:
        first = token.text[:1]
        if first.islower() or first.isdigit():
            return False
        if first.isupper():
            return not _LETTER.fullmatch(prev.text) or char_before(text, prev.idx).isalnum()
    return token.idx in punkt_starts or glued_sentence_end(prev, token)


def glued_sentence_end(prev: Token, token: Token) -> bool:
    """Whether a final mark token glued to a capitalized word ends a sentence: `Hujan.Reda.`,
    `masyarakat.BNPB` (Punkt needs a space after the mark; a pre-tokenized Doc without spaces
    has none). Both words must be real words, not parts of a code (`Dit.Reskrimsus`, `Tempo.Co`).
    """
    before = word_before(prev)
    return (
        prev.text in _FINAL_MARKS
        and not prev.whitespace_
        and token.text[:1].isupper()
        and token.is_alpha
        and len(token) >= MIN_GLUED_WORD - 1
        and before is not None
        and before.is_alpha
        and not before.is_upper
        and len(before) >= MIN_GLUED_WORD
    )


class SentenceSplitter:
    """Sets `Token.is_sent_start` on every token from Punkt plus the newline and quote rules."""

    def __init__(self, name: str = "textkit_sentences") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        text = doc.text
        starts = set(sentence_starts(text))
        idx, length = token_offsets(doc)
        spaces = doc.to_array(IS_SPACE).tolist()
        flags = [-1] * len(doc)
        flags[0] = 1
        prev = 0 if not spaces[0] else -1
        for i in range(1, len(doc)):
            if spaces[i]:
                continue
            if prev >= 0 and may_start(text, starts, idx[prev], length[prev], idx[i]):
                if starts_sentence(text, doc[prev], doc[i], starts):
                    flags[i] = 1
            prev = i
        # One array write: each `token.is_sent_start = …` rescans the whole Doc (quadratic).
        doc.from_array([SENT_START], numpy.array(flags, dtype="int64").astype("uint64"))
        return doc


def may_start(text: str, punkt_starts: set[int], prev_idx: int, prev_len: int, idx: int) -> bool:
    """False where `starts_sentence` is surely False, read from offsets alone: no Punkt start
    at `idx`, no line break since the previous word, and that word no initial, abbreviation or
    final mark (most tokens; the splitter makes Token objects only for the others)."""
    if idx in punkt_starts:
        return True
    end = prev_idx + prev_len
    # Only whitespace other than one space can hold a line break.
    if (idx - end > 1 or idx > end and text[end] != " ") and _NEWLINE.search(text, end, idx):
        return True
    if text[end - 1] not in _MAY_END_CHARS:
        return False
    word = text[prev_idx:end]
    return word in _MAY_END or _INITIAL.fullmatch(word) is not None


@factory(
    "textkit_sentences",
    assigns=["token.is_sent_start", "doc.sents"],
    default_config={},
    retokenizes=False,
)
def make_sentences(nlp: Language, name: str) -> SentenceSplitter:
    """The Indonesian news sentence splitter."""
    return SentenceSplitter(name=name)
