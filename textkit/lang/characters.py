"""Characters that look like nothing or like a plain space: what text normalisation does to them.

Text copied from web pages, PDFs and word processors carries them inside names (`Jakarta` +
no-break space + `Timur`, `Ja` + soft hyphen + `karta`); read as they are they split or glue
words and change the entities found. `textkit.normalize` applies these tables.
"""

from __future__ import annotations

# Spaces of fixed or non-breaking width: read as a plain space.
SPACE_CHARS = (
    "\u00a0"  # no-break space
    "\u1680"  # ogham space mark
    "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"  # en/em/thin … spaces
    "\u202f"  # narrow no-break space
    "\u205f"  # medium mathematical space
    "\u3000"  # ideographic space
)

# Invisible marks: dropped (they change no word a reader sees).
DROP_CHARS = (
    "\u00ad"  # soft hyphen (a possible line break inside a word)
    "\u061c"  # Arabic letter mark
    "\u180e"  # Mongolian vowel separator
    "\u200b\u200c\u200d"  # zero-width space, non-joiner, joiner
    "\u200e\u200f"  # left-to-right and right-to-left marks
    "\u202a\u202b\u202c\u202d\u202e"  # bidi embeddings and overrides
    "\u2060\u2061\u2062\u2063\u2064"  # word joiner, invisible operators
    "\u2066\u2067\u2068\u2069"  # bidi isolates
    "\ufeff"  # byte-order mark / zero-width no-break space
)

# Line and paragraph separators: read as a line break.
LINE_BREAK_CHARS = "\u0085\u2028\u2029"

# Look-alikes of the plain hyphen that join words the same way (`anak\u2011anak`).
HYPHEN_CHARS = "\u2011"  # non-breaking hyphen
