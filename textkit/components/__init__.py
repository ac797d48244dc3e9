"""spaCy components of textkit; importing this package registers their factories."""

from . import gazetteer, identity, linker, quotes, sentences, temporal  # noqa: F401
