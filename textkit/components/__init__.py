"""spaCy components of textkit; importing this package registers their factories."""

from . import gazetteer, identity, linker, sentences, temporal  # noqa: F401
