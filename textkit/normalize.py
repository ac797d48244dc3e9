"""Text normalisation: the one cleaning every entry point applies before analysis.

`textkit.analyze`, `analyze_article`, the corpus readers and `nlp(...)` itself (through the
tokenizer) all read text through `normalize_text`, so an invisible character never changes
what is found. The analysed text is the normalised one: `doc.text` and the `text` column of
`documents.parquet` hold it, and `start_char`/`end_char` index it. `normalize_text` is
idempotent, so normalising twice is harmless.
"""

from __future__ import annotations

import difflib
import unicodedata

from .lang.characters import DROP_CHARS, HYPHEN_CHARS, LINE_BREAK_CHARS, SPACE_CHARS

_TRANSLATE = (
    {ord(c): " " for c in SPACE_CHARS}
    | {ord(c): None for c in DROP_CHARS}
    | {ord(c): "\n" for c in LINE_BREAK_CHARS}
    | {ord(c): "-" for c in HYPHEN_CHARS}
)
_SPECIAL = frozenset(SPACE_CHARS + DROP_CHARS + LINE_BREAK_CHARS + HYPHEN_CHARS + "\r")


def normalize_text(text: str) -> str:
    """`text` in Unicode NFC with `\\n` line ends, plain spaces for no-break and other fixed-width
    spaces, plain hyphens for non-breaking ones and no invisible marks (soft hyphens,
    zero-width and direction marks); see `textkit.lang.characters`."""
    if text.isascii() and "\r" not in text:  # most text: nothing to do
        return text
    if not _SPECIAL.isdisjoint(text):
        text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_TRANSLATE)
    return unicodedata.normalize("NFC", text)


def offset_map(text: str) -> list[int]:
    """For each offset 0..len(text) of `text`, the offset of the same place in
    `normalize_text(text)`: to carry spans written against the raw text (standoff golds,
    a user's own annotations) onto the analysed text. A dropped character maps to the place
    of the character after it."""
    normalized = normalize_text(text)
    if normalized == text:
        return list(range(len(text) + 1))
    positions = [0] * (len(text) + 1)
    matcher = difflib.SequenceMatcher(None, text, normalized, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        for k in range(i1, i2):
            step = k - i1
            positions[k] = j1 + step if tag != "delete" and step < j2 - j1 else j2
    positions[len(text)] = len(normalized)
    return positions
