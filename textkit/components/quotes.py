"""Component `textkit_quotes`: statements, who made them, and how they are attributed.

Runs last, after the entities have their identities. Its output is the span group
`doc.spans["quotes"]`, one Span per statement (the quoted words, without the quote marks):

1. Direct statements: text between double quote marks, straight or curly, in either
   orientation. Marks are paired by where they stand (an opening mark has a space before it and
   a word after it; a closing one the reverse); marks inside a quote nest. A paragraph that
   opens with a quote mark not closed in it goes on into the next paragraph when that one
   reopens the quote or closes it; a quote left open otherwise ends with its paragraph.
2. Their attribution: the rules of `lang.quotes.QUOTE_RULES` on the words after the closing
   mark (`," kata X`), else before the opening one (`X mengatakan, "…"`). A quote without a
   cue continues the previous statement's speaker when that one is at most
   `CONTINUE_PARAGRAPHS` paragraphs back (`"…," kata X. "…"` is two statements of X); a short
   one without a cue is a term, not a statement.
3. Indirect statements: sentences without quote marks that the `sentence` rules match
   (`Menurut X, …`, `X mengatakan (bahwa) …`, `…, kata X.`).
4. Speakers: the person (else the organization) the speaker's words name; a pronoun (`ia`,
   `dia`, `beliau`, `-nya`) is the last person named outside quotes before it; a title alone
   (`Kapolres`) the last person named with that title. The words before the name (or after
   it, between commas) are the role; an organization in them the affiliation.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from .. import organizations, places
from ..factories import factory
from ..lang.identity import HEAD_LABELS, is_title
from ..lang.quotes import (
    AGENTLESS_CUES,
    ANONYMOUS,
    BODY_NOUNS,
    COLLECTIVE_JOINERS,
    COMPLEMENTIZERS,
    CONTINUE_PARAGRAPHS,
    CROWD_WORDS,
    CUE_WORDS,
    DEMONSTRATIVES,
    DIRECT_ONLY_VERBS,
    DIRECTIVE_VERBS,
    ENSURE_VERBS,
    FULL_NAME_EXTRA_WORDS,
    GROUP_PRONOUNS,
    INSTITUTION_KINDS,
    LOST_END_OPENERS,
    MIN_CUELESS_WORDS,
    MISSED_END_LETTERS,
    NAME_JOINERS,
    NAMING_VERBS,
    NAMING_WORDS,
    NO_CONTENT_OPENERS,
    NOT_BEFORE_VERB,
    OPENERS,
    ORG_PRONOUNS,
    PAST_AUXILIARIES,
    PERSON_NOUNS,
    PLACEHOLDER_WORDS,
    PLACEHOLDERS,
    POSSESSED_SUFFIX,
    PREPOSITIONS,
    PRONOUN_SUFFIX,
    PRONOUNS,
    PURPOSE_DIRECTIVES,
    PURPOSE_MARKERS,
    PURPOSE_WITHIN,
    PURPOSE_WORDS,
    QUOTE_MARKS,
    QUOTE_RULES,
    RELATION_NOUNS,
    REQUEST_ENDS,
    REQUEST_ENDS_COMMA,
    SHORT_FORM_LETTERS,
    SINGLE_MARKS,
    SPEAKER_JOINERS,
    SPEAKERLESS_WORDS,
    SPEECH_VERBS,
    SUBJECT_WORDS,
    SUBORDINATORS,
    TEXT_NOUNS,
    TITLE_SMALL_WORDS,
    TOPIC_OBJECTS,
    TOPIC_PREPOSITIONS,
    WINDOW_ENDS,
    QuoteRule,
)
from ..lang.temporal import MONTHS, WEEKDAYS
from .gazetteer import common_words

SPANS_KEY = "quotes"
LABEL = "QUOTE"
SPEAKER_LABELS = ("PER", "ORG")
# Words that are no part of a name (a capitalized opener, a pronoun, an unnamed person's words).
_NO_NAMES = OPENERS | PRONOUNS | GROUP_PRONOUNS | ANONYMOUS
# First words of an adverbial before a speech verb without a subject (`Lebih lanjut dalam …,`).
_ADVERBIAL_OPENERS = OPENERS | PREPOSITIONS | WINDOW_ENDS
# Words after which a name is no subject (`kepada X`, `agar X berperan`).
_NO_SUBJECT_AFTER = PREPOSITIONS | SUBORDINATORS
# `menurut`, `menurutnya`: a source named after them may be a text or an outlet.
ACCORDING_WORDS = PLACEHOLDER_WORDS["according"]
# Words that open the name of a place or a body (`Kabupaten`, `PT`): the word after one is
# that name's, no person's.
_HEADS = frozenset().union(*HEAD_LABELS.values())
# Places whose names are not written before a person's name as part of it.
LARGE_PLACES = frozenset(["country", "region", "island", "subdivision", "province", "city"])
_MARK = re.compile("|".join(re.escape(m) for m in sorted(QUOTE_MARKS, key=len, reverse=True)))
_SINGLE = re.compile("|".join(re.escape(m) for m in SINGLE_MARKS))
_ANY_MARK = re.compile(f"{_MARK.pattern}|{_SINGLE.pattern}")
_WORD = re.compile(r"[^\W_](?:[\w'’-]|\.(?=\w))*")
_OPEN_BEFORE = set("([{—–-:")
_CLOSE_AFTER = set(".,;:!?)]}—–-")
# A cue after the words of a quote left open (`"Saya suka kopi, ujar Budi.`).
_OPEN_QUOTE_CUE = re.compile(rf"\s*,\s*(?={PLACEHOLDERS['cue']}\b)", re.IGNORECASE)
# A name and an age in brackets: a person (`Carolina (40)`, initials that stand for a name:
# `ZPD (16)`).
_NAME_AGE = re.compile(r"(?P<name>(?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+|[A-Z]{1,3})\s*\(\d{1,3}\)")
# One to three capitalized words and nothing else: a name; or one capital letter, the initial
# that stands for the name of a suspect or a minor (`berdasarkan pengakuan A, …`).
_NAME_ALONE = re.compile(r"(?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+|[A-Z]")
# A social-media account (`@budi_s`): the person who writes as it.
_HANDLE = re.compile(r"(?<![\w@])@\w{2,}")
# A word with a verb's prefix (`menyindir`, `berharap`, `dikatakan`), in lower case.
_VERB = re.compile(r"^(?:me|ber|di|ter)[a-z]{3,}$")
# An active verb (`memberikan`, `berbicara`): a name right before it is its subject.
_ACTIVE_VERB = re.compile(r"\s*,?\s*(?:juga\s+|pun\s+|lalu\s+|kemudian\s+)?(?:me|ber)[a-z]{3,}\b")
# A verb and a comma before a speech verb: one of a list of actions (`mempertunjukkan,
# menawarkan`), not its subject.
_LISTED_VERB = re.compile(r"\b(?:me|ber)[a-z]{3,}kan\s*,\s*$")
# A comma, a colon or `bahwa` between a speech verb and what follows it.
_SEPARATED = re.compile(rf"[,:]|\b(?:{'|'.join(COMPLEMENTIZERS)})\b", re.IGNORECASE)
# An initial of a name (`S`, `P.S.`).
_INITIAL = re.compile(r"[A-Z](?:\.[A-Z])*\.?")
# A capitalized word of a name (`Rullyandi`), or an initial (`S`, `P.S.`).
_NAME_WORD = re.compile(r"(?:[A-Z][a-z'’-]+|[A-Z](?:\.[A-Z])*\.?)(?!\w)")
# A name word right after a position, or right before it (`name_run`).
_NAME_AFTER = re.compile(rf"[ \t]+({_NAME_WORD.pattern})")
_NAME_BEFORE = re.compile(rf"({_NAME_WORD.pattern})[ \t]+$")
# The start of a clause that ends a request (`… karena …`, `…, saat …`).
_REQUEST_END = re.compile(
    rf"\s*,?\s+\b(?:{'|'.join(sorted(REQUEST_ENDS, key=len, reverse=True))})\b"
    rf"|\s*,\s*\b(?:{'|'.join(sorted(REQUEST_ENDS_COMMA, key=len, reverse=True))})\b",
    re.IGNORECASE,
)
# What ends a name set beside a description: a comma, or an age in brackets (`Budi (45)`).
_APPOSED_END = re.compile(r"(?:\s*\(\d{1,3}\))?\s*,?")
# Punctuation right after a word of `WINDOW_ENDS`: the word ends a part of the role, it opens
# no place or time (`dokter spesialis penyakit dalam, X`).
_ENDS_PART = re.compile(r"\s*[,.;]")
# A description in lower case after a name and a comma (`Fitri, ibu salah satu korban,`).
_DESCRIPTION_AFTER = re.compile(r"\s*[a-z]")
# `pihak <kind>` in a speaker's words (`Pihak sekolah`).
_KINDS = "|".join(k.replace(" ", r"\s+") for k in INSTITUTION_KINDS)
_INSTITUTION = re.compile(rf"\bpihak\s+({_KINDS})\b", re.IGNORECASE)
# Labels an institution's name may have from the NER (a school taken for a place).
_BODY_LABELS = ("ORG", "LOC", "FAC", "GPE")
# A complementizer opening a statement (the second of `bahwa bahwa`).
_THAT_WORD = re.compile(r"bahwa\s+", re.IGNORECASE)


def _defined(short: str) -> re.Pattern[str]:
    """A full name of capitalized words (and `NAME_JOINERS`) and `short` in brackets after
    it: `Forum Industri Rokok (Formasi)`."""
    word = rf"(?:[A-Z][\w&.-]*|{'|'.join(NAME_JOINERS)})"
    return re.compile(
        rf"\b([A-Z][\w&.-]*(?:[ \t]+{word}){{1,8}})[ \t]*\([ \t]*{re.escape(short)}[ \t]*\)"
    )


# A role and a comma with a space before it where a scraper stripped the name (`Presiden
# Direktur X , mengatakan`).
_ROLE_STRIPPED = re.compile(r"\S[ \t]+,[ \t]*$")
# A period after a word and a capitalized word after it; a comma and a capitalized word
# (`lost_ends`).
_MISSED_END = re.compile(rf"\b([^\W\d_]{{{MISSED_END_LETTERS},}})[.!?][ \t]+(?=[A-Z])")
_LOST_END = re.compile(r",[ \t]*,?[ \t]*([A-Z][a-z]+)\b")
# A sentence end the splitter missed: a period and a comma before the next sentence.
_GLUED_END = re.compile(r"[.!?],\s+")
_LETTERS = re.compile(r"[A-Za-z]+")
_RULES = {
    where: [r for r in QUOTE_RULES if r.where == where]
    for where in ("after", "before", "intro", "sentence")
}


@dataclass(slots=True)
class Quoted:
    """A text between quote marks: the marks' outer edges and the text's inner ones."""

    open_at: int
    start: int
    end: int
    close_end: int  # after the closing mark; `end` when the quote was left open
    paragraph: int


@dataclass(slots=True)
class Statement:
    start: int
    end: int
    direct: bool
    cue: str | None = None
    speaker: Span | None = None
    role: str | None = None
    affiliation: Span | None = None
    paragraph: int = 0
    attributed_at: int = 0  # where its attribution ends
    refers_at: int | None = None  # where a pronoun for its speaker stands, to resolve
    unnamed: bool = False  # its speaker is written but names no one (`Kelompok ini`)
    by_person: bool = True  # its pronoun stands for a person (`ia`, `-nya`; not `pihaknya`)
    name_stripped: bool = False  # a role without its name (`Direktur X , mengatakan`)


# --- quote marks ----------------------------------------------------------------------------


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of `text` that has more than white space."""
    spans, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _kind(text: str, start: int, end: int) -> str:
    """`open`, `close` or `either` for the quote mark at text[start:end]."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    opens = (before.isspace() or before in _OPEN_BEFORE) and not after.isspace()
    closes = not before.isspace() and (after.isspace() or after in _CLOSE_AFTER)
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """A quoted text without the white space around it, a comma before its closing mark and
    one after a damaged opening mark (`",di sana …"`)."""
    start, end = _strip(text, start, end)
    while end > start and text[end - 1] == ",":
        end -= 1
    while start < end and text[start] == ",":
        start += 1
    return _strip(text, start, end)


def quoted_texts(text: str) -> list[Quoted]:
    """The outermost quoted texts, in order: between double marks, and between single marks
    outside them (see the module's step 1)."""
    found = _pair(text, _MARK, strict=False)
    found = [q for q in found if q.end > q.start]
    inside = [(q.open_at, q.close_end) for q in found]
    for q in _pair(text, _SINGLE, strict=True):
        if q.end > q.start and not any(a <= q.open_at < b for a, b in inside):
            found.append(q)
    return sorted(found, key=lambda q: q.open_at)


def _pair(text: str, mark: re.Pattern[str], strict: bool) -> list[Quoted]:
    """The outermost texts between the quote marks `mark` finds; `strict`: only marks that
    clearly open or close count (single marks, which are also apostrophes)."""
    paras = paragraphs(text)
    marks = [(m.start(), m.end()) for m in mark.finditer(text)]
    found: list[Quoted] = []
    carried: tuple[int, int, int] | None = None  # (open_at, start, first paragraph)
    k = 0
    for p, (p_start, p_end) in enumerate(paras):
        mine = []
        while k < len(marks) and marks[k][0] < p_end:
            if marks[k][0] >= p_start:
                mine.append(marks[k])
            k += 1
        kinds = [_kind(text, s, e) for s, e in mine]
        if strict:
            mine = [m for m, kind in zip(mine, kinds, strict=True) if kind != "either"]
            kinds = [kind for kind in kinds if kind != "either"]
        stack: list[tuple[int, int, int]] = []
        if carried is not None:
            first = len(text[p_start:p_end]) - len(text[p_start:p_end].lstrip()) + p_start
            if mine and mine[0][0] == first and text[mine[0][1] : mine[0][1] + 1].isspace():
                # The closing mark slipped to the start of the next paragraph.
                o, s, q = carried
                found.append(Quoted(o, *_trim(text, s, paras[p - 1][1]), mine[0][1], q))
                mine, kinds = mine[1:], kinds[1:]
            elif mine and mine[0][0] == first:
                mine, kinds = mine[1:], kinds[1:]  # the quote reopens with its paragraph
                stack = [carried]
            elif any(kind != "open" for kind in kinds):
                stack = [carried]
            else:
                o, s, q = carried
                prev_end = paras[p - 1][1]
                found.append(Quoted(o, *_trim(text, s, prev_end), prev_end, q))
        carried = None
        for (s, e), kind in zip(mine, kinds, strict=True):
            if stack and kind != "open":
                o, start, q = stack.pop()
                if not stack:
                    found.append(Quoted(o, *_trim(text, start, s), e, q))
            elif kind != "close":
                stack.append((s, e, p))
        if stack:
            o, s, q = stack[0]
            lead = text[paras[q][0] : o] if q == p else ""
            nxt = text[paras[p + 1][0] : paras[p + 1][1]] if p + 1 < len(paras) else ""
            slipped = mark.match(nxt) is not None and nxt[mark.match(nxt).end() :][:1].isspace()
            if (q != p or not lead.strip() or slipped) and nxt:
                carried = (o, s, q)
            else:
                found.append(Quoted(o, *_trim(text, s, p_end), p_end, q))
    if carried is not None:
        o, s, q = carried
        found.append(Quoted(o, *_trim(text, s, paras[-1][1]), paras[-1][1], q))
    return found


# --- the component --------------------------------------------------------------------------


class QuotesComponent:
    """Finds statements and their speakers into `doc.spans["quotes"]`."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        finder = _Finder(doc)
        group = SpanGroup(doc, name=SPANS_KEY)
        statements = finder.statements()
        # Speakers the NER missed (`Carolina (40)`, `@budi_s`) and full names written beside
        # their short forms become entities (in place of the short forms they hold).
        known = {(e.start, e.end, e.label_) for e in doc.ents}
        new: list[Span] = []  # the longest first, none overlapping another
        candidates = [*finder.added, *(st.speaker for st in statements)]
        for span in sorted(
            (s for s in candidates if s is not None and (s.start, s.end, s.label_) not in known),
            key=lambda s: s.start - s.end,
        ):
            if not any(o.start < span.end and span.start < o.end for o in new):
                new.append(span)
        if new:
            kept = [
                e for e in doc.ents if not any(e.start < o.end and o.start < e.end for o in new)
            ]
            doc.ents = sorted([*kept, *new], key=lambda e: e.start)
            for st in statements:  # a speaker inside a longer new entity is that entity
                if st.speaker is not None and (st.speaker.start, st.speaker.end) not in {
                    (e.start, e.end) for e in doc.ents
                }:
                    st.speaker = next(
                        (o for o in new if o.start <= st.speaker.start and st.speaker.end <= o.end),
                        None,
                    )
        for st in statements:
            span = doc.char_span(st.start, st.end, label=LABEL, alignment_mode="contract")
            if span is None or len(span) == 0:
                span = doc.char_span(st.start, st.end, label=LABEL, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            span._.direct = st.direct
            span._.cue = st.cue
            span._.role = st.role
            span._.speaker_at = _at(st.speaker)
            span._.affiliation_at = _at(st.affiliation)
            group.append(span)
        doc.spans[SPANS_KEY] = group
        return doc


def _at(span: Span | None) -> tuple[int, int] | None:
    return None if span is None else (span.start, span.end)


def sentence_spans(doc: Doc, text: str) -> list[tuple[int, int]]:
    """(start, end) characters of each sentence of `doc`, whose text is `text` (from token
    arrays: faster than `doc.sents`); a sentence ends where the next starts."""
    starts = numpy.flatnonzero(doc.to_array("SENT_START") == 1)
    if len(doc) == 0:
        return []
    idx = doc.to_array("IDX")
    if len(starts) == 0 or starts[0] != 0:
        starts = numpy.concatenate([[0], starts])
    chars = [int(idx[i]) for i in starts] + [len(text)]
    return list(zip(chars[:-1], chars[1:], strict=True))


class _Finder:
    """The statements of one Doc."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.paras = paragraphs(self.text)
        self.para_starts = [s for s, _ in self.paras]
        self.added: list[Span] = []  # entities found or mended here, to write to the Doc
        # Names are capitalized: a PER/ORG in lower case (`ekonom`) is no speaker's name.
        self.all_ents = self.mended(list(doc.ents))
        self.ents = [
            e
            for e in self.all_ents
            if e.label_ in SPEAKER_LABELS
            and not e.text.islower()
            and e.text.lower() not in GROUP_PRONOUNS
        ]
        # Social-media accounts are people too (speakers and antecedents of pronouns).
        for m in _HANDLE.finditer(self.text) if "@" in self.text else ():
            handle = self.new_person(m.start(), m.end())
            if handle is not None and not any(e.start == handle.start for e in self.all_ents):
                self.ents.append(handle)
        self.ents.sort(key=lambda e: e.start)
        self.ent_starts = [e.start_char for e in self.ents]
        self.sents = (
            sentence_spans(doc, self.text) if doc.has_annotation("SENT_START") else list(self.paras)
        )
        self.sent_starts = [s for s, _ in self.sents]
        self.quoted: list[Quoted] = []
        self.hosts: set[tuple[int, int]] = set()  # sentences holding an indirect statement
        self.reported: list[tuple[int, int]] = []  # indirect statements
        self.terms: list[Quoted] = []  # quoted terms inside sentences
        self._names: dict[str, tuple[Span, frozenset[str]]] | None = None
        self.speaker_names: list[Span] = []  # full names found for speakers (`full_names`)

    def mended(self, ents: list[Span]) -> list[Span]:
        """The entities with the names the NER cut, mended where the document names the person
        by one word alone elsewhere (a PER entity of that word, the short form): the short
        form right before a PER entity is the first word of that name (`Raga Eka Darma`, the
        NER having taken `Eka Darma`), and the capitalized words ending an ORG entity from a
        short form on (and the name words right before it) are a person's name, what is before
        them the organization (`Dinas Kesehatan Kota Palu Dodi Saputra`; `Dodi Saputra` alone
        when all of it is such words; no place or body: `Adidas Indonesia` stays). The mended
        spans are in `added`."""
        doc = self.doc
        short = {e.text for e in ents if e.label_ == "PER" and len(e) == 1 and e.text.istitle()}
        if not short:
            return ents
        covered = {i for e in ents for i in range(e.start, e.end)}
        out = []
        for ent in ents:
            pieces = [ent]
            first = ent.start - 1
            if (
                ent.label_ == "PER"
                and first >= 0
                and first not in covered
                and doc[first].text in short
                and doc[first].whitespace_ == " "
                and not is_title(doc[first].text)
            ):
                pieces = [Span(doc, first, ent.end, label="PER")]
            elif ent.label_ == "ORG" and len(ent) > 1 and organizations.listed(ent.text) is None:
                k = next((i for i in range(ent.start, ent.end) if doc[i].text in short), None)
                if k is not None and all(
                    t.text in short or self.person_word(t.text) for t in doc[k + 1 : ent.end]
                ):
                    while (
                        k > ent.start
                        and self.person_word(doc[k - 1].text)
                        and (k - 1 == ent.start or doc[k - 2].lower_ not in _HEADS)
                    ):
                        k -= 1  # `PT Sinar Rendra Kurnia`, not `Kabupaten Lorena Rendra`
                    pieces = [Span(doc, k, ent.end, label="PER")]
                    if k > ent.start:
                        pieces.insert(0, Span(doc, ent.start, k, label="ORG"))
            if pieces[0] is not ent:
                for span in pieces:
                    span._.value = " ".join(span.text.split())
                self.added += pieces
            out += pieces
        return out

    # where things are

    def paragraph_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, pos) - 1)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        i = max(0, bisect.bisect_right(self.sent_starts, pos) - 1)
        return self.sents[i] if self.sents else (0, len(self.text))

    def in_quote(self, start: int, end: int) -> bool:
        return any(q.open_at <= start and end <= q.close_end for q in self.quoted)

    def ents_in(self, start: int, end: int) -> list[Span]:
        i = bisect.bisect_left(self.ent_starts, start)
        out = []
        while i < len(self.ents) and self.ents[i].start_char < end:
            if self.ents[i].end_char <= end:
                out.append(self.ents[i])
            i += 1
        return out

    # statements

    def statements(self) -> list[Statement]:
        self.quoted = quoted_texts(self.text)
        self.terms = [q for q in self.quoted if self.is_term(q)]
        indirect = self.indirect()
        self.hosts = {self.sentence_of(st.start) for st in indirect}
        self.reported = [(st.start, st.end) for st in indirect]
        inside = [(st.start, st.end) for st in indirect]
        direct = [
            self.direct(q)
            for q in self.quoted
            if not any(a <= q.open_at and q.close_end <= b for a, b in inside)
        ]
        found = sorted([st for st in direct if st is not None] + indirect, key=lambda st: st.start)
        # Pronouns, and quotes without a cue, in order: both look at the statement before.
        last: Statement | None = None
        last_person: Statement | None = None  # the last one a person made
        for st in found:
            if st.refers_at is not None:
                # A person's pronoun after an institution's statement (`Pihak sekolah
                # mengaku …. "…," katanya`) stands for the person who spoke before it.
                by_org = last is not None and last.speaker is not None
                by_org = by_org and last.speaker.label_ == "ORG"
                before = last_person if by_org and st.by_person and last_person else last
                st.speaker = self.antecedent(st.refers_at, before)
            if (
                st.speaker is None
                and st.cue is None
                and st.direct
                and not st.unnamed
                and last is not None
            ):
                if st.paragraph - last.paragraph <= CONTINUE_PARAGRAPHS and last.speaker:
                    st.speaker, st.affiliation = last.speaker, last.affiliation
            if st.speaker is not None or st.cue is not None:
                last = st
            if st.speaker is not None and st.speaker.label_ == "PER":
                last_person = st
        for st in found:
            if st.name_stripped:
                st.speaker = self.later_subject(st.end)
        self.full_names(found)
        # The role written with a speaker once holds for all of their statements.
        roles: dict[str, tuple[str, Span | None]] = {}
        for st in found:
            if st.speaker is not None and st.role:
                roles.setdefault(st.speaker._.entity, (st.role, st.affiliation))
        for st in found:
            if st.speaker is None or st.role:
                continue
            identity = st.speaker._.entity
            if identity not in roles:
                roles[identity] = self.written_role(identity) or (None, None)
            st.role, st.affiliation = roles[identity]
        return found

    def written_role(self, identity: str) -> tuple[str, Span | None] | None:
        """The role written before a mention of `identity` in its sentence, opening with a
        title (`Kepala sekolah Dodi Saputra meninjau …`), for a speaker whose statements give
        none."""
        for ent in self.ents:
            if ent.label_ != "PER" or ent._.entity != identity:
                continue
            start = max(self.sentence_of(ent.start_char)[0], ent.start_char - 80)
            orgs = [e for e in self.ents_in(start, ent.start_char) if e.label_ == "ORG"]
            role, affiliation = self.role(start, ent.end_char, ent, orgs)
            if role and is_title(role.split()[0]) and len(role.split()) <= 8:
                return role, affiliation
        return None

    def direct(self, q: Quoted) -> Statement | None:
        start, end, close_end = q.start, q.end, q.close_end
        closed = close_end > end
        if not closed:  # left open: it may end where its cue starts (`"…, ujar X.`)
            m = _OPEN_QUOTE_CUE.search(self.text, start, end)
            if m is not None:
                end, close_end, closed = _trim(self.text, start, m.start())[1], m.start(), True
        if end <= start:
            return None
        st = Statement(start, end, True, paragraph=q.paragraph, attributed_at=close_end)
        p_end = self.paras[self.paragraph_of(max(close_end - 1, 0))][1]
        if closed:  # look after it, to the end of its sentence
            s_end = self.clause_end(close_end, p_end)
            if self.apply(st, "after", close_end, s_end):
                st.attributed_at = s_end
                return st
        para_start = self.paras[q.paragraph][0]
        s_start = max(self.sentence_of(q.open_at)[0], para_start)
        if s_start < q.open_at and self.apply(st, "before", s_start, q.open_at):
            st.attributed_at = q.open_at
            return st
        intro = self.introduction(q.open_at, para_start)
        if intro is not None and self.apply(st, "intro", *intro):
            st.attributed_at = q.open_at
            return st
        if self.from_crowd(q):
            st.unnamed = True  # a comment of the crowd: no speaker, not the one before
            return st
        words = _WORD.findall(self.text[start:end])
        if len(words) < MIN_CUELESS_WORDS or self.is_title_text(start, end, words):
            return None
        return st

    def is_title_text(self, start: int, end: int, words: list[str]) -> bool:
        """Whether a quoted text is a title (`"Jalan Pulang Ke Desa"`): no sentence's end, and
        each word capitalized but the small words of `TITLE_SMALL_WORDS`."""
        return self.text[end - 1] not in ".!?" and all(
            w[:1].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words
        )

    def introduction(self, open_at: int, para_start: int) -> tuple[int, int] | None:
        """The sentence right before a quote, in its paragraph or ending the one before,
        unless it holds a statement of its own."""
        before = self.text[para_start:open_at]
        if before.strip() and not re.search(r"[.!?:]\s*$", before):
            return None
        pos = open_at if before.strip() else para_start - 1
        while pos > 0 and self.text[pos - 1].isspace():
            pos -= 1
        if pos <= 0:
            return None
        sent = self.sentence_of(pos - 1)
        if sent in self.hosts or self.in_quote(*sent):
            return None
        return sent[0], pos

    def from_crowd(self, q: Quoted) -> bool:
        """Whether a quote is one of a list of comments that a sentence naming a crowd
        introduces with a colon (`Simak komentar netizen berikut: "…" "…"`)."""
        pos = q.open_at
        while True:
            while pos > 0 and self.text[pos - 1].isspace():
                pos -= 1
            before = next((o for o in self.quoted if o.close_end == pos and o is not q), None)
            if before is None:
                break
            pos = before.open_at  # the comment before it in the list
        if pos <= 0 or self.text[pos - 1] != ":":
            return False
        sentence = self.text[max(self.sentence_of(pos - 1)[0], pos - 200) : pos]
        return not CROWD_WORDS.isdisjoint(w.lower() for w in _LETTERS.findall(sentence))

    def clause_end(self, pos: int, limit: int) -> int:
        """Where the sentence holding `pos` ends, at the latest at `limit`, the next quote mark
        or a sentence end the splitter kept (`ujarnya., ,Sementara …` in scraped text)."""
        end = min(self.sentence_of(pos)[1], limit)
        if end <= pos:  # the splitter ended a sentence at the closing mark
            end = min(self.sentence_of(pos + 1)[1], limit)
        mark = _ANY_MARK.search(self.text, pos, end)
        end = mark.start() if mark else end
        glued = _GLUED_END.search(self.text, pos, end)
        return glued.start() + 1 if glued else end

    def apply(self, st: Statement, where: str, start: int, end: int) -> bool:
        """Try the rules of `where` on text[start:end]; on a match, set the statement's cue
        and speaker."""
        piece = self.text[start:end]
        for rule in _RULES[where]:
            m = rule.regex.search(piece)
            if m is None or not self.guard(rule, m, piece):
                continue
            st.cue = m["cue"].lower()
            self.attribute(st, m, start)
            return True
        return False

    def guard(self, rule: QuoteRule, m: re.Match, piece: str) -> bool:
        """Whether a match is a report: a speaker-then-verb rule needs a speaker before its
        verb that is not negated or planned (`NOT_BEFORE_VERB`), and a statement must not be
        the topic of the speech (`TOPIC_OBJECTS`); a cue joined to a hyphen is a word of a
        reduplicated noun (`kata-kata`), no cue."""
        if piece[m.end("cue") : m.end("cue") + 1] == "-":
            return False
        groups = m.groupdict()
        if groups.get("statement"):
            after = m.start("statement") > m.start("cue")
            before = piece[: m.start("cue")] if after else ""
            lead = piece[m.end("cue") : m.start("statement")] if after else ""
            if not self.content(m["cue"].lower(), lead, groups["statement"], before):
                return False
        if "speaker" not in groups or m.start("speaker") >= m.start("cue"):
            return True
        speaker = piece[m.start("speaker") : m.start("cue")]
        before = _WORD.findall(speaker)
        if (
            len(before) > 1
            and before[-1].lower() in PAST_AUXILIARIES
            and (before[-2][:1].isupper() or before[-2].lower() in PRONOUNS)
        ):
            before.pop()  # `Budi sempat mengumumkan`, not `tidak sempat`, `yang … sempat`
        if not before or before[-1].lower() in NOT_BEFORE_VERB:
            return False
        # A text as the subject (`Pasal 12 menyebutkan`, `Data itu menunjukkan`): no speaker.
        head = [w.lower() for w in _WORD.findall(speaker.rsplit(",", 1)[-1])]
        while head and head[0] in OPENERS:
            head.pop(0)
        return not (head and head[0] in TEXT_NOUNS)

    @staticmethod
    def content(cue: str, lead: str, statement: str, before: str) -> bool:
        """Whether what a sentence rule took after its cue (and `lead`, the words joining it
        to the cue) is reported content: not the topic of the speech (`TOPIC_OBJECTS`), a
        conjunction or a demonstrative alone (`NO_CONTENT_OPENERS`), a purpose after a verb
        of making sure (`memastikan agar`), an appeal without its purpose word
        (`PURPOSE_DIRECTIVES`: `mengajak Riko pergi`), an agentless passive after a text
        (`Dalam pasal 12 disebutkan …`); and the cue (`before`: the words
        before it) is not one verb of a list of actions (`mempertunjukkan, menawarkan`)."""
        joined = _WORD.match(lead.strip() + " " + statement.strip())
        if cue in ENSURE_VERBS and joined and joined.group().lower() in PURPOSE_WORDS:
            return False
        first = _WORD.search(statement)
        word = first.group().lower() if first else ""
        if word in NO_CONTENT_OPENERS:
            return False
        if word in TOPIC_PREPOSITIONS and "," not in statement:
            return False  # `menyampaikan soal sanksi`: a topic
        if cue in AGENTLESS_CUES and not TEXT_NOUNS.isdisjoint(
            w.lower() for w in _WORD.findall(before)
        ):
            return False  # `Dalam pasal 12 disebutkan …`: a law's words, no statement
        if cue in PURPOSE_DIRECTIVES and PURPOSE_MARKERS.isdisjoint(
            w.lower() for w in _WORD.findall(f"{lead} {statement}")[:PURPOSE_WITHIN]
        ):
            return False  # `mengajak Riko pergi`: takes along, appeals for nothing
        # A topic noun right after the verb (`mengungkapkan kronologi …`); after a comma or
        # `bahwa` it opens the content (`mengatakan, kronologi awalnya terjadi pada …`).
        if word in TOPIC_OBJECTS and not _SEPARATED.search(lead):
            return False
        if word in DEMONSTRATIVES and re.match(r"\s*(?:,|$)", statement[first.end() :]):
            return False
        # Only a verb is one of a list of actions; `Untuk memberhentikan, kata X, …` is not.
        return cue not in SPEECH_VERBS or _LISTED_VERB.search(before) is None

    def pieces(self) -> list[tuple[int, int]]:
        """The sentences outside quotes: each sentence of the Doc, cut at quoted texts and at
        sentence ends the splitter kept together (`paripurna., Ia …` in scraped text, and
        `lost_ends`)."""
        cuts = sorted(
            [(q.open_at, q.close_end) for q in self.quoted if q not in self.terms]
            + [(m.start() + 1, m.end()) for m in _GLUED_END.finditer(self.text)]
            + self.lost_ends()
        )
        out = []
        for s_start, s_end in self.sents:
            pos = s_start
            for a, b in cuts:
                if b <= pos or a >= s_end:
                    continue
                out.append((pos, max(pos, a)))
                pos = max(pos, b)
            out.append((pos, s_end))
        return [p for p in (_strip(self.text, a, b) for a, b in out) if p[1] - p[0] >= 12]

    def lost_ends(self) -> list[tuple[int, int]]:
        """Sentence ends the splitter missed, as (start, end) of what is between the two
        sentences: a period after a word of `MISSED_END_LETTERS` letters or more before a
        capitalized word (`… Saragih. Kakak korban …`), and a comma before a capitalized
        opener (`LOST_END_OPENERS`: `…itu, Menurutnya, …`)."""
        out = []
        for m in _MISSED_END.finditer(self.text):
            if not is_title(m.group(1)):
                out.append((m.end(1) + 1, m.end()))
        for m in _LOST_END.finditer(self.text):
            if m.group(1) in LOST_END_OPENERS:
                out.append((m.start(), m.start(1)))
        return out

    def indirect(self) -> list[Statement]:
        found = []
        for s_start, s_end in self.pieces():
            words = {w.lower() for w in _LETTERS.findall(self.text, s_start, s_end)}
            if CUE_WORDS.isdisjoint(words):
                continue
            if any(
                not self.in_term(m.start()) for m in _ANY_MARK.finditer(self.text, s_start, s_end)
            ):
                continue
            piece = self.text[s_start:s_end]
            # The first cue of a sentence reports; a cue inside what it reports is part of it
            # (`X menuturkan bahwa kata-kata yang menurutnya kasar, disensor`).
            best: tuple[int, re.Match, int, int, int | None] | None = None
            for rule in _RULES["sentence"]:
                if rule.cue_words.isdisjoint(words):
                    continue
                if rule.sentence_start and not self.starts_sentence(s_start):
                    continue
                m = rule.regex.search(piece)
                if m is None or (best is not None and m.start("cue") >= best[0]):
                    continue
                if not self.guard(rule, m, piece):
                    continue
                found_at = self.reported_span(m, s_start)
                if found_at is not None:
                    best = (m.start("cue"), m, *found_at)
            if best is not None:
                _, m, a, b, speaker_end = best
                st = Statement(a, b, False, m["cue"].lower(), paragraph=self.paragraph_of(a))
                st.attributed_at = s_end
                self.attribute(st, m, s_start, speaker_end)
                found.append(st)
        return found

    def reported_span(self, m: re.Match, s_start: int) -> tuple[int, int, int | None] | None:
        """Where the statement of a sentence rule's match `m` (on the piece from `s_start`)
        is, and where its speaker's words end when a name set beside a description ends them;
        None when it reports nothing (a question, a name given, under three words)."""
        cue = m["cue"].lower()
        if cue in DIRECT_ONLY_VERBS:
            return None  # `bertanya apakah …` asks, states nothing
        a, b = _strip(self.text, s_start + m.start("statement"), s_start + m.end("statement"))
        a = self.after_doubled_that(a, b)
        if cue in DIRECTIVE_VERBS:
            b = self.request_end(a, b)
        if cue in NAMING_VERBS and any(a <= q.open_at < b for q in self.terms):
            return None  # `menyebut tempat itu "kampung lama"` names, reports nothing
        speaker_end = None
        if m.start("cue") < m.start("speaker") < m.start("statement"):
            # `Menurut pengamat politik, Budi Santoso, harga naik`: the name after the
            # description is the speaker's, the statement follows it.
            name = self.apposed_name(s_start + m.start("speaker"), a, b)
            if name is not None:
                after = _APPOSED_END.match(self.text, name.end_char)
                speaker_end, a = name.end_char, _strip(self.text, after.end(), b)[0]
        if len(_WORD.findall(self.text[a:b])) < 3:
            return None
        return a, b, speaker_end

    def apposed_name(self, start: int, a: int, b: int) -> Span | None:
        """A person's name that opens text[a:b] and a comma or an age ends, where the speaker's
        words from `start` to `a` name no person (`Menurut pengamat politik, Budi Santoso, …`,
        `Menurut warga, Budi Santoso (45) jalan itu …`)."""
        if any(e.label_ == "PER" for e in self.ents_in(start, a)):
            return None
        name = next((e for e in self.ents_in(a, b) if e.start_char == a), None)
        if name is None or name.label_ != "PER":
            return None
        after = _APPOSED_END.match(self.text, name.end_char)
        return name if after is not None and after.group().strip() else None

    def starts_sentence(self, pos: int) -> bool:
        """Whether a piece at `pos` opens a sentence or a paragraph (not the words after a
        quote)."""
        before = self.text[max(0, pos - 3) : pos].rstrip(" \t")
        return not before or before[-1] in ".!?\n"

    def after_doubled_that(self, start: int, end: int) -> int:
        """Where a statement starts after a doubled complementizer (`mengumumkan bahwa bahwa
        …`, scraped): after the second."""
        m = _THAT_WORD.match(self.text, start, end)
        return _strip(self.text, m.end(), end)[0] if m is not None else start

    def request_end(self, start: int, end: int) -> int:
        """Where a request reported by a directive (`meminta`, `mengimbau`) ends: before a
        clause of reason, time or result after its first words (`warga tetap tenang karena
        banjir surut` → `warga tetap tenang`)."""
        m = _REQUEST_END.search(self.text, start, end)
        while m is not None and len(_WORD.findall(self.text, start, m.start())) < 2:
            m = _REQUEST_END.search(self.text, m.end(), end)
        return _trim(self.text, start, m.start())[1] if m is not None else end

    def in_term(self, pos: int) -> bool:
        """Whether a quote mark at `pos` encloses a term (`is_term`)."""
        return any(q.open_at <= pos < q.close_end for q in self.terms)

    def is_term(self, q: Quoted) -> bool:
        """Whether a quoted text is a term or scare quote inside a sentence, not a statement:
        under `MIN_CUELESS_WORDS` words, closed, and followed by a lower-case word that is no
        cue (`… hingga 'dibunuh' seperti …`, `menjadi "rumah" bagi`)."""
        if (
            q.close_end <= q.end
            or len(_WORD.findall(self.text, q.start, q.end)) >= MIN_CUELESS_WORDS
        ):
            return False
        nxt = (
            _WORD.match(self.text, q.close_end + 1)
            if self.text[q.close_end : q.close_end + 1] == " "
            else None
        )
        return nxt is not None and nxt.group().islower() and nxt.group() not in CUE_WORDS

    # speakers

    def attribute(
        self, st: Statement, m: re.Match, offset: int, speaker_end: int | None = None
    ) -> None:
        """Set the speaker, role and affiliation of `st` from a rule's match `m` on the text
        from `offset`: its speaker's words (to `speaker_end` when given) and its cue as
        written."""
        cue = m["cue"].lower()
        before_cue = m.start("speaker") < m.start("cue")
        start, end = offset + m.start("speaker"), speaker_end or offset + m.end("speaker")
        start, end = _strip(self.text, start, end) if before_cue else self.window(start, end)
        words = _WORD.findall(self.text[start:end])
        named_words = [w for w in words if w.lower() not in OPENERS]  # `paparnya kemudian`
        pronoun_at = self.subject_pronoun(start, end) if before_cue else None
        if pronoun_at is not None:
            # `Budi memarahi Rina, ia meminta …`: the pronoun right before the verb is its
            # subject, not the names before the comma.
            st.refers_at = pronoun_at
            return
        people = [e for e in self.ents_in(start, end) if e.label_ == "PER"]
        orgs = [e for e in self.ents_in(start, end) if e.label_ == "ORG"]
        if (
            before_cue
            and not people
            and is_title(words[0] if words else "")
            and _ROLE_STRIPPED.search(self.text, start, end)
        ):
            # `Presiden Direktur X , mengatakan`: the name a scraper stripped after the role
            # is the person the article names next (`later_subject`).
            st.name_stripped = True
            st.role = " ".join(self.text[start:end].rstrip(" ,").split())
            return
        if not people and not orgs and (body := self.institution(start, end)) is not None:
            st.speaker = body  # `pihak sekolah`: the school the article names
            return
        if not people and not orgs:
            body = self.defined_body(start, end, last=before_cue) or self.named_body(st, start, end)
            if body is not None:
                st.speaker = body  # `Formasi` of `Forum … (Formasi)`; `situs statistik X`
                return
            orgs = self.tagged_elsewhere(start, end)
        if not people:
            # A name after a description and a comma is the speaker's before a short form in
            # the description (`ujar kuasa hukum Raga, Muhajir`).
            after_comma = "," in self.text[start:end].rstrip(" ,.")
            named = (
                (None if orgs else self.unnamed_person(start, end))
                or (self.name_after_role(start, end) if after_comma else None)
                or self.short_form_in(start, end, last=before_cue)
                or self.name_after_role(start, end)
                or self.name_after_rank(start, end)
            )
            people = [named] if named is not None else []
        elif before_cue:
            people = self.main_clause(people, start, end)
        if people and self.relative_of(start, end, people[-1] if before_cue else people[0]):
            # `Kekasih Rina Anggraeni tersebut mengatakan`: someone else than the name.
            if words and words[-1].lower() in DEMONSTRATIVES:
                st.refers_at = min(offset + m.start("cue"), start)
        elif people and all(is_title(w) for w in people[0].text.split()):
            # A title the NER took for a name (`kata Kapolres`): the person it stands for.
            st.speaker = self.titled(people[0].text.split()[0], start)
            st.role = " ".join(people[0].text.split())
        elif people:
            speaker = self.first_of(people) if before_cue else self.appositive(people, start)
            st.speaker = speaker
            st.role, st.affiliation = self.role(start, end, speaker, orgs)
        elif (
            any(w.lower() in PRONOUNS for w in words)
            or (not named_words and cue.endswith(PRONOUN_SUFFIX))
            or (self.speakerless(words) and cue not in ACCORDING_WORDS)
            or self.description(words)
        ):
            # `ia`, `ujarnya`, `Politikus PPP ini`, `Diakui juga bahwa`, a scraped `papar ,.`:
            # the person spoken of before (not after `menurut`, whose source may be a text).
            st.refers_at = min(offset + m.start("cue"), start)
            st.by_person = not any(w.lower() in ORG_PRONOUNS for w in words)
        elif orgs and not (words and words[0].lower() in PERSON_NOUNS | ANONYMOUS):
            # An institution speaks (`kata Polda Jatim`), unless a person of it does
            # (`kata seorang petugas Dinas Perhubungan`).
            if not (before_cue and self.collective(orgs)):
                st.speaker = orgs[-1] if before_cue else orgs[0]
        else:
            titles = [w for w in words if is_title(w)]
            if titles and len(words) <= 3:
                st.speaker = self.titled(titles[0], start)
                st.role = " ".join(words)
            elif before_cue and self.subjectless(start, end):
                # A verb without a subject after an adverbial (`Lebih lanjut dalam keterangan
                # video itu, menyebutkan …`): the speaker spoken of before.
                st.refers_at = offset + m.start("cue")
            else:
                # Written, but naming no one (`Kelompok ini`), unlike a scraped `menurut ,` or
                # a verb after the cue.
                st.unnamed = (
                    bool(named_words)
                    and not _VERB.match(named_words[0])
                    and not any(is_title(w) for w in named_words)  # a role: someone named
                )

    def first_of(self, people: list[Span]) -> Span:
        """The speaker among the people named before a cue: the last, or the first of those
        joined to it by `dan` (`Trump dan Pompeo mengatakan`, `Trump dan Menteri Luar Negeri
        Pompeo mengatakan`: one statement, the first's)."""
        k = len(people) - 1
        while k > 0:
            gap = self.text[people[k - 1].end_char : people[k].start_char].strip(" ,").split()
            if not gap or gap[0].lower() not in SPEAKER_JOINERS:
                break
            # `Trump dan Menteri Luar Negeri Pompeo`: the second's role after the joiner.
            role = gap[1:]
            if role and not (is_title(role[0]) and all(w[:1].isupper() for w in role)):
                break
            k -= 1
        return people[k]

    def appositive(self, people: list[Span], start: int) -> Span:
        """The speaker among the people named after a cue: the first, unless it is part of a
        description that a name after a comma ends (`ujar kuasa hukum Raga, Muhajir`)."""
        first = people[0]
        lead = _WORD.findall(self.text, start, first.start_char)
        if len(people) > 1 and any(w.islower() for w in lead):
            gap = self.text[first.end_char : people[1].start_char]
            if gap.strip() == ",":
                return people[1]
        return first

    @staticmethod
    def description(words: list[str]) -> bool:
        """Whether the speaker's words describe a person spoken of before: a person noun or a
        title and a demonstrative, and after it only lower-case words (`Politikus PPP ini`,
        `Menlu Fiji ini juga`, `pria asal Solo ini menjelaskan`)."""
        k = max((i for i, w in enumerate(words) if w.lower() in DEMONSTRATIVES), default=0)
        return (
            k >= 1
            and all(w.islower() for w in words[k + 1 :])
            and any(w.lower() in PERSON_NOUNS or is_title(w) for w in words[:k])
        )

    def subjectless(self, start: int, end: int) -> bool:
        """Whether the words before a speech verb are only an adverbial and its comma (`Lebih
        lanjut dalam keterangan itu,`): the last part between commas opens with an opener or a
        preposition."""
        piece = self.text[start:end]
        if not piece.endswith(","):
            return False
        first = _WORD.match(piece.rstrip(", ").rsplit(",", 1)[-1].strip())
        return first is not None and first.group().lower() in _ADVERBIAL_OPENERS

    def unnamed_person(self, start: int, end: int) -> Span | None:
        """A name the NER missed where the speaker's words are that name alone (`kata Ucok`),
        or that name and a description in lower case after a comma (`Fitri, ibu salah satu
        korban, mengatakan`), or open with it and an age (`Carolina (40), warga lain, mengaku
        …`, also where the NER took it for a place): a new PER entity."""
        m = _NAME_AGE.search(self.text, start, end)
        if m is not None:
            return self.new_person(m.start("name"), m.end("name"))
        while end > start and self.text[end - 1] in ".,;:!?":
            end -= 1  # `kata Difa.`
        while (first := _WORD.match(self.text, start)) is not None and (
            first.group().lower() in OPENERS and first.end() < end
        ):
            start = _strip(self.text, first.end(), end)[0]  # `Sementara Ikram mengatakan`
        comma = self.text.find(",", start, end)
        if (
            comma > start
            and _DESCRIPTION_AFTER.match(self.text, comma + 1)
            and all(
                self.name_like(w) and not w.lower().endswith(PRONOUN_SUFFIX)
                for w in self.text[start:comma].split()
            )
        ):
            end = _strip(self.text, start, comma)[1]  # `Fitri, orangtua salah satu korban,`
        m = _NAME_ALONE.fullmatch(self.text, start, end)
        if m is None or any(is_title(w) or w.lower() in _NO_NAMES for w in m.group().split()):
            return None
        span = self.new_person(m.start(), m.end())
        if span is None or any((e.start, e.end) == (span.start, span.end) for e in self.all_ents):
            return None
        return span

    @staticmethod
    def speakerless(words: list[str]) -> bool:
        """Whether the speaker's words name no one and describe no one: none (a scraped `papar
        ,.`) or adverbs only (`Diakui juga bahwa`)."""
        return all(w.lower() in SPEAKERLESS_WORDS for w in words)

    def subject_pronoun(self, start: int, end: int) -> int | None:
        """Where a pronoun stands that is all the speaker's words after their last comma,
        with adverbs (`…, ia pun`), right before the verb: its subject."""
        head, comma, tail = self.text[start:end].rpartition(",")
        words = _WORD.findall(tail)
        if not comma or not head.strip() or not words or words[0].lower() not in PRONOUNS:
            return None
        return start + len(head) + 1 if self.speakerless(words[1:]) else None

    def tagged_elsewhere(self, start: int, end: int) -> list[Span]:
        """An organization the NER tagged elsewhere in the document and missed in the speaker's
        words (`Realme pun menjamin …`): the first capitalized word there, in no entity, that
        is an ORG entity's whole text and no word of a longer name, as a new ORG entity of its
        identity."""
        for m in _WORD.finditer(self.text, start, end):
            word, nxt = m.group(), _NAME_AFTER.match(self.text, m.end())
            if (
                not word[:1].isupper()
                or word.lower() in TITLE_SMALL_WORDS
                or nxt is not None  # a word of a longer name (`The Fed`)
                or self.in_entity(m.start(), m.end())
            ):
                continue
            org = next((e for e in self.ents if e.label_ == "ORG" and e.text == m.group()), None)
            span = self.doc.char_span(m.start(), m.end(), label="ORG") if org else None
            if span is not None:
                span._.value = org._.entity.split(":", 1)[1]
                return [span]
        return []

    def collective(self, orgs: list[Span]) -> bool:
        """Whether the last organizations named before a cue are a list of several
        (`Maskapai A, B, dan C melaporkan`; `COLLECTIVE_JOINERS` between them): no one
        speaker."""
        if len(orgs) < 2:
            return False
        gap = self.text[orgs[-2].end_char : orgs[-1].start_char]
        return " ".join(gap.split()).lower() in COLLECTIVE_JOINERS

    def later_subject(self, pos: int) -> Span | None:
        """The first person named as a subject after `pos`, outside quotes, at most
        `CONTINUE_PARAGRAPHS` paragraphs on: the one whose name a scraper stripped from the
        role before a statement at `pos`."""
        last = self.paragraph_of(pos) + CONTINUE_PARAGRAPHS
        for ent in self.ents[bisect.bisect_left(self.ent_starts, pos) :]:
            if self.paragraph_of(ent.start_char) > last:
                break
            if (
                ent.label_ == "PER"
                and not self.in_quote(ent.start_char, ent.end_char)
                and self.subject_like(ent)
            ):
                return ent
        return None

    def institution(self, start: int, end: int) -> Span | None:
        """The organization `pihak <kind>` in the speaker's words stands for (`Pihak sekolah`):
        the last entity before it, else the first after it, whose name opens with a name of
        that kind (`INSTITUTION_KINDS`: `SD Negeri Cempaka`), as an ORG entity."""
        m = _INSTITUTION.search(self.text, start, end)
        if m is None:
            return None
        firsts = INSTITUTION_KINDS[" ".join(m.group(1).lower().split())]
        found = [
            e
            for e in self.all_ents
            if e.label_ in _BODY_LABELS
            and any(re.match(rf"{re.escape(f)}\b", e.text) for f in firsts)
            and not self.in_quote(e.start_char, e.end_char)
        ]
        before = [e for e in found if e.end_char <= start]
        body = before[-1] if before else next(iter(found), None)
        if body is None:
            return None
        return (
            body
            if body.label_ == "ORG"
            else self.doc.char_span(body.start_char, body.end_char, label="ORG")
        )

    def defined_body(self, start: int, end: int, last: bool) -> Span | None:
        """An organization the speaker's words name by the short form the article defines in
        brackets after its full name (`Forum Industri Rokok (Formasi)`; a capitalized word in
        no entity, the last one before a cue, else the first): as an ORG entity with the full
        name as its value, unless the full name is a person's or a position's."""
        words = [
            w
            for w in _WORD.finditer(self.text, start, end)
            if w.group()[:1].isupper()
            and not is_title(w.group())
            and not self.in_entity(w.start(), w.end())
        ]
        for w in reversed(words) if last else words:
            m = _defined(w.group()).search(self.text)
            if m is None or is_title(m.group(1).split()[0]):
                continue  # a position's short form (`Menteri Riset (Menristek)`): a person
            if any(
                e.label_ == "PER" and e.start_char < m.end(1) and m.start(1) < e.end_char
                for e in self.all_ents
            ):
                continue
            if start <= m.start(1) and m.end() <= end:  # the full name is in the speaker's words
                span = self.doc.char_span(m.start(1), m.end(1), label="ORG")
            else:
                span = self.doc.char_span(w.start(), w.end(), label="ORG")
            if span is not None and not any(
                e.start < span.end and span.start < e.end for e in self.ents
            ):
                span._.value = " ".join(m.group(1).split())
                return span
        return None

    def named_body(self, st: Statement, start: int, end: int) -> Span | None:
        """An organization named after a noun of its kind at the end of the speaker's words
        (`BODY_NOUNS`: `situs statistik sepakbola Transtat`): the capitalized words after the
        noun, in no entity, as an ORG entity; the words from the noun on are the role."""
        a, b = _strip(self.text, start, end)
        while b > a and self.text[b - 1] in ",:;.":
            b -= 1
        words = list(_WORD.finditer(self.text, a, b))
        k = next((i for i, w in enumerate(words) if w.group().lower() in BODY_NOUNS), None)
        if k is None:
            return None
        n = len(words)
        while n > k + 1 and words[n - 1].group()[:1].isupper():
            n -= 1
        names = words[n:]
        if not names or n == k or any(w.group()[:1].isupper() for w in words[k + 1 : n]):
            return None
        span = self.doc.char_span(names[0].start(), names[-1].end(), label="ORG")
        if span is None or self.in_entity(span.start_char, span.end_char):
            return None
        st.role = " ".join(self.text[words[k].start() : words[n - 1].end()].split())
        return span

    def name_after_rank(self, start: int, end: int) -> Span | None:
        """A name the NER took into a place with the rank before it (`Kapolres Kota X AKBP
        Budi Santoso` as one place): the name words after the last title of that entity, at
        its end and at the end of the speaker's words, as a new PER entity."""
        a, b = _strip(self.text, start, end)
        while b > a and self.text[b - 1] in ",:;":
            b -= 1
        for e in self.all_ents:
            if e.label_ in SPEAKER_LABELS or not (a <= e.start_char and e.end_char == b):
                continue
            words = list(_WORD.finditer(e.text))
            k = max((i for i, w in enumerate(words) if is_title(w.group())), default=-1)
            names = words[k + 1 :]
            if k < 0 or not 1 < len(names) <= FULL_NAME_EXTRA_WORDS + 1:
                return None
            if not all(self.name_like(w.group()) for w in names):
                return None
            return self.doc.char_span(
                e.start_char + names[0].start(), e.start_char + names[-1].end(), label="PER"
            )
        return None

    def main_clause(self, people: list[Span], start: int, end: int) -> list[Span]:
        """The people named before a cue outside a subordinate clause that a comma closes
        before the verb: not after a word of `SUBORDINATORS` with no comma between, and a
        comma after (`Desi, yakin kalau Ika menipu Riko, mengatakan` → Desi; but `Melly
        terkejut saat Dimas mengatakan` → Dimas, the clause holds the verb); all of them when
        none is."""
        kept = []
        for person in people:
            clause = self.text[start : person.start_char].rsplit(",", 1)[-1]
            closed = "," in self.text[person.end_char : end]
            if not closed or not any(w.lower() in SUBORDINATORS for w in _WORD.findall(clause)):
                kept.append(person)
        return kept or people

    def short_form_in(self, start: int, end: int, last: bool) -> Span | None:
        """A capitalized word of the speaker's words, in no entity, that is the short form of a
        person the document names in full (`Kemudian Arsul juga berpesan` after `Arsul Sani`):
        a new PER entity (the last such word before a cue, else the first)."""
        found = []
        for m in _WORD.finditer(self.text, start, end):
            word = m.group()
            if (
                word[:1].isupper()
                and not is_title(word)
                and word.lower() not in _NO_NAMES
                and self.holder(word) is not None
            ):
                span = self.new_person(m.start(), m.end())
                if span is not None:
                    found.append(span)
        return (found[-1] if last else found[0]) if found else None

    def name_after_role(self, start: int, end: int) -> Span | None:
        """The name the NER missed after a speaker's role: the capitalized words ending the
        speaker's words, in no entity, after a title (`Kepala Dinas Pariwisata Kota X Indah`)
        or a comma (`Senator asal Papua, Mervin S Komber`): a new PER entity."""
        a, b = _strip(self.text, start, end)
        while b > a and self.text[b - 1] in ",:;":
            b -= 1
        words = list(_WORD.finditer(self.text, a, b))
        k = len(words)
        while (
            k > 0
            and self.name_like(words[k - 1].group())
            and not self.in_entity(words[k - 1].start(), words[k - 1].end())
        ):
            k -= 1
        if k == len(words) or k == 0 or len(words) - k > FULL_NAME_EXTRA_WORDS + 1:
            return None
        run = words[k:]
        if all(len(w.group().rstrip(".")) == 1 for w in run):
            return None
        before = self.text[words[0].start() : run[0].start()]
        if not (before.rstrip().endswith(",") or any(is_title(w.group()) for w in words[:k])):
            return None
        return self.new_person(run[0].start(), run[-1].end())

    def name_like(self, word: str) -> bool:
        """Whether a word may be part of a person's name: capitalized (or an initial), no
        title, no ordinary word, no month or day."""
        low = word.lower().rstrip(".")
        if _INITIAL.fullmatch(word):
            return True
        if len(low) > 1 and word.isupper():
            return False  # an acronym (`PT`, `KPK`)
        return (
            word[:1].isupper()
            and not is_title(word)
            and low not in common_words()
            and low not in MONTHS
            and low not in WEEKDAYS
            and low not in _NO_NAMES
        )

    def person_word(self, word: str) -> bool:
        """Whether a word of an ORG entity may be a word of a person's name in it: `name_like`,
        and no place or organization of any size (`Magetan`, `Indonesia`, `Adidas` aside)."""
        return (
            self.name_like(word)
            and places.lookup(word) is None
            and organizations.lookup(word) is None
        )

    @staticmethod
    def place_or_body(word: str) -> bool:
        """Whether a word names an organization, or a place larger than a district (`Inggris`,
        `Bandung`; districts share their names with people: `Sekar`)."""
        place = places.lookup(word)
        return organizations.lookup(word) is not None or (
            place is not None and place.type in LARGE_PLACES
        )

    def in_entity(self, start: int, end: int) -> bool:
        return any(e.start_char < end and start < e.end_char for e in self.all_ents)

    def relative_of(self, start: int, end: int, person: Span) -> bool:
        """Whether the speaker's words describe a relative or friend of `person` (`Kekasih
        Rina Anggraeni tersebut`, `ayah Dodi`): a relation noun right before the name and
        nothing after it but a demonstrative."""
        before = [w for w in _WORD.findall(self.text, start, person.start_char)]
        after = _WORD.findall(self.text, person.end_char, end)
        while before and before[0].lower() in OPENERS:
            before.pop(0)
        gap = self.text[start : person.start_char].rstrip(" ")
        return (
            len(before) == 1
            and before[0].lower() in RELATION_NOUNS
            and gap.endswith(before[0])  # `ayah, Dodi,` is Dodi himself
            and all(w.lower() in DEMONSTRATIVES for w in after)
        )

    # identities of short forms

    def holder(self, word: str) -> Span | None:
        """A mention of the one person of the document named in more words whose name holds
        `word`, or a word beginning with it of `SHORT_FORM_LETTERS` letters or more: the person
        a short form stands for (`Uu` of `Uu Ruzhanul Ulum`, `Rully` of `Muhammad
        Rullyandi`)."""
        key = word.lower()
        found = [
            ent
            for ent, words in self.document_names().values()
            if key in words
            or (len(key) >= SHORT_FORM_LETTERS and any(w.startswith(key) for w in words))
        ]
        return found[0] if len(found) == 1 else None

    def document_names(self) -> dict[str, tuple[Span, frozenset[str]]]:
        """The people the document names in more than one word, outside quotes: identity →
        (a mention, the words of the name and its mentions in lower case)."""
        if self._names is None:
            self._names = {}
            for ent in self.ents:
                if ent.label_ == "PER" and not self.in_quote(ent.start_char, ent.end_char):
                    name = ent._.entity.split(":", 1)[1]
                    words = frozenset(w.lower() for w in _WORD.findall(f"{name} {ent.text}"))
                    if len(_WORD.findall(name)) > 1:
                        old = self._names.get(ent._.entity)
                        self._names[ent._.entity] = (ent, words | (old[1] if old else frozenset()))
            self.add_speaker_names()
        return self._names

    def add_speaker_names(self) -> None:
        """The full names found for speakers (`speaker_names`) among the document's names."""
        for sp in self.speaker_names:
            self._names.setdefault(sp._.entity, (sp, frozenset(_WORD.findall(sp.text.lower()))))

    def full_names(self, statements: list[Statement]) -> None:
        """Speakers named by one word take the identity of their full name: the one person of
        the document whose name holds the word (`holder`), else the full name the document
        writes beside the word where the NER missed it (`written_full_name`). Every mention of
        the short identity takes the full one."""
        done: dict[str, Span | None] = {}
        # Full names the NER missed, found for speakers, are names of the document too.
        self.speaker_names = [
            st.speaker
            for st in statements
            if st.speaker is not None
            and st.speaker.label_ == "PER"
            and len(_WORD.findall(st.speaker.text)) > 1
        ]
        if self._names is not None:
            self.add_speaker_names()
        for st in statements:
            speaker = st.speaker
            if speaker is None or speaker.label_ != "PER":
                continue
            identity = speaker._.entity
            name = identity.split(":", 1)[1]
            if len(_WORD.findall(name)) != 1:
                continue
            if identity not in done:
                full = self.holder(name)
                if full is None and (full := self.written_full_name(name)) is not None:
                    self.added.append(full)
                    full._.value = " ".join(full.text.split())
                    words = frozenset(w.lower() for w in _WORD.findall(full.text))
                    if self._names is not None:  # later short forms of it find it
                        self._names[full._.entity] = (full, words)
                done[identity] = full
                if full is not None:
                    value = full._.entity.split(":", 1)[1]
                    for ent in [*self.ents, *(s.speaker for s in statements if s.speaker)]:
                        if ent.label_ == "PER" and ent._.entity == identity:
                            ent._.value = value
        for st in statements:
            speaker = st.speaker
            for full in self.added:
                if speaker is not None and full.start <= speaker.start and speaker.end <= full.end:
                    st.speaker = full
                    # The words of the name before its short form are no part of the role.
                    lead = self.text[full.start_char : speaker.start_char].strip()
                    if lead and st.role and st.role.endswith(lead):
                        st.role = st.role[: -len(lead)].strip() or None

    def written_full_name(self, word: str) -> Span | None:
        """The full name of a person the NER named by one word, written where it missed it:
        `word` and up to `FULL_NAME_EXTRA_WORDS` capitalized name words right after it, else
        right before it, in no other entity (`Direktur SouthCity Peony Tang`, `Tim Ketua
        Pelaksana Esthy Reko Astuty`): a new PER entity, the first such place."""
        for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", self.text):
            if self.in_quote(m.start(), m.end()) or any(
                e.start_char < m.end() and m.start() < e.end_char and e.text != word
                for e in self.all_ents
            ):
                continue
            after = self.name_run(m.end(), forward=True)
            a, b = (
                (m.start(), after)
                if after > m.end()
                else (self.name_run(m.start(), False), m.end())
            )
            if (a, b) == (m.start(), m.end()):
                continue
            span = self.doc.char_span(a, b, label="PER")
            if span is not None and not any(
                e.start < span.end and span.start < e.end and e.text != word for e in self.all_ents
            ):
                return span
        return None

    def name_run(self, pos: int, forward: bool) -> int:
        """Where the capitalized name words right after (or before) `pos` end (start), at most
        `FULL_NAME_EXTRA_WORDS` of them, on one line, in no entity; before it, no place or
        organization and not after a number or an acronym."""
        origin = pos
        for _ in range(FULL_NAME_EXTRA_WORDS):
            if forward:
                m = _NAME_AFTER.match(self.text, pos)
                span = m.span(1) if m else None
            else:
                m = _NAME_BEFORE.search(self.text, max(0, pos - 40), pos)
                span = m.span(1) if m else None
            word = self.text[slice(*span)] if span is not None else ""
            if span is None or self.in_entity(*span) or not self.name_like(word):
                break
            if not forward and self.place_or_body(word):
                break  # a country, region or city, or a body, before a name is the role's
            pos = span[1] if forward else span[0]
        if not forward and pos > 0:
            # A name opens after a title, an ordinary word or punctuation, not after a
            # number or an acronym (`SMPN 1 Plaosan Prayitno`).
            before = self.text[max(0, pos - 30) : pos].split()
            last = before[-1] if before else ""
            if last[-1:].isdigit() or (last.isupper() and len(last) > 1 and not is_title(last)):
                return origin
        return pos

    def new_person(self, start: int, end: int) -> Span | None:
        """A PER entity at text[start:end], unless it cuts across another entity."""
        span = self.doc.char_span(start, end, label="PER")
        if span is None or any(
            e.start < span.end and span.start < e.end and (e.start, e.end) != (span.start, span.end)
            for e in self.all_ents
        ):
            return None
        return span

    def window(self, start: int, end: int) -> tuple[int, int]:
        """The speaker's words: up to the first word of `WINDOW_ENDS` (not one that a comma or
        a period follows: a word of the role, `dokter spesialis penyakit dalam, X`), after the
        last comma-separated opener of a sentence (`Sementara itu, X mengatakan`)."""
        start, end = _strip(self.text, start, end)
        for m in _WORD.finditer(self.text, start, end):
            if m.group().lower() in WINDOW_ENDS and not _ENDS_PART.match(self.text, m.end()):
                end = m.start()
                break
        return _strip(self.text, start, end)

    def role(
        self, start: int, end: int, person: Span, orgs: list[Span]
    ) -> tuple[str | None, Span | None]:
        """The role written with `person` in text[start:end], and an organization in it."""
        before = self.text[start : person.start_char]
        part_start = start + (before.rfind(",") + 1 if "," in before.rstrip(", ") else 0)
        a, b = _strip(self.text, part_start, person.start_char)
        while b > a and self.text[b - 1] in ",:;":
            b -= 1
        a, b = self._from_title(a, b)
        if b <= a:  # `X, Kepala Dinas Y,`: the role after the name
            after = self.text[person.end_char : end]
            if after.lstrip().startswith(","):
                a = person.end_char + after.index(",") + 1
                rest = self.text[a:end]
                b = a + (rest.index(",") if "," in rest else len(rest))
                a, b = _strip(self.text, a, b)
                a, b = self._from_title(a, b)
        while b > a and self.text[b - 1] in ".,;:":
            b -= 1
        if b <= a:
            return None, None
        affiliation = next((o for o in orgs if a <= o.start_char and o.end_char <= b), None)
        return " ".join(self.text[a:b].split()), affiliation

    def _from_title(self, a: int, b: int) -> tuple[int, int]:
        """text[a:b] from its first capitalized word or title on (openers such as `Kemudian`
        are skipped); empty when none."""
        for m in _WORD.finditer(self.text, a, b):
            if m.group().lower() in OPENERS:
                continue
            if m.group()[:1].isupper() or is_title(m.group()):
                return m.start(), b
        return b, b

    def antecedent(self, pos: int, last: Statement | None) -> Span | None:
        """The person a pronoun at `pos` stands for: the last person named outside quotes
        as a subject (`subject_like`) since the statement before (`last`), else that
        statement's speaker, else the last subject named, else the last person named."""
        since = last.attributed_at if last is not None else -1
        unknown = (
            last is not None
            and last.unnamed
            and self.paragraph_of(pos) - last.paragraph <= CONTINUE_PARAGRAPHS
        )
        i = bisect.bisect_left(self.ent_starts, pos) - 1
        first = subject = None
        while i >= 0:
            ent = self.ents[i]
            i -= 1
            if ent.label_ != "PER" or self.in_quote(ent.start_char, ent.end_char):
                continue
            if any(a <= ent.start_char and ent.end_char <= b for a, b in self.reported):
                continue  # spoken of in a statement
            if (
                last is not None
                and not last.direct
                and ent.start_char > last.start
                and self.paragraph_of(ent.start_char) == last.paragraph
            ):
                continue  # the rest of a reported paragraph speaks of them, not as a speaker
            first = first or ent
            if self.subject_like(ent):
                if ent.start_char >= since or last is None or last.speaker is None:
                    return ent if ent.start_char >= since or not unknown else None
                subject = subject or ent
        if last is not None and last.speaker is not None:
            return last.speaker
        return None if unknown else subject or first

    def subject_like(self, ent: Span) -> bool:
        """Whether a name stands where a sentence's subject does: among its first words, not
        right after a preposition or a verb (`Ucapan ini menyindir X`)."""
        s_start = self.sentence_of(ent.start_char)[0]
        before = _WORD.findall(self.text[s_start : ent.start_char])
        if before and before[-1].lower() in PREPOSITIONS:
            return False
        if len(before) == 1 and self.possessor(before[0]):
            return False  # `Penampilan Rina tampak berbeda`: Rina is no subject
        verb = _ACTIVE_VERB.match(self.text, ent.end_char)
        if verb and verb.group().split()[-1].lower() not in NAMING_WORDS:
            # Right before an active verb, unless its clause is subordinate or the name the
            # object of a preposition (`agar X berperan`, `lewat X memberikan`).
            clause = self.text[s_start : ent.start_char].rsplit(",", 1)[-1]
            lower = [w.lower() for w in _WORD.findall(clause) if not w[:1].isupper()]
            if not lower or lower[-1] not in _NO_SUBJECT_AFTER:
                return True
        return len(before) <= SUBJECT_WORDS and not any(_VERB.match(w) for w in before)

    @staticmethod
    def possessor(word: str) -> bool:
        """Whether a noun before a name owns it (`POSSESSED_SUFFIX`): an ordinary word ending in
        `-an` (`Penampilan`, `Kedatangan`) or a relation noun (`Rekan`), no title, no noun of a
        person."""
        low = word.lower()
        if is_title(word) or low in PERSON_NOUNS:
            return False
        return low in RELATION_NOUNS or (low.endswith(POSSESSED_SUFFIX) and low in common_words())

    def titled(self, title: str, pos: int) -> Span | None:
        """The last person named right after `title` before `pos`, else the last person."""
        key = title.lower().rstrip(".")
        i = bisect.bisect_left(self.ent_starts, pos) - 1
        fallback = None
        while i >= 0:
            ent = self.ents[i]
            if ent.label_ == "PER" and not self.in_quote(ent.start_char, ent.end_char):
                lead = self.text[max(0, ent.start_char - 60) : ent.start_char].lower()
                if key in lead.split() or key in ent.text.lower().split():
                    return ent
                fallback = fallback or ent
            i -= 1
        return fallback


@factory(
    "textkit_quotes",
    assigns=[
        "doc.spans",
        "doc.ents",
        "span._.speaker_at",
        "span._.affiliation_at",
        "span._.cue",
        "span._.direct",
        "span._.role",
    ],
    default_config={},
)
def make_quotes(nlp: Language, name: str) -> QuotesComponent:
    """Statements and their speakers, cues and roles, into `doc.spans["quotes"]`."""
    return QuotesComponent(nlp, name)
