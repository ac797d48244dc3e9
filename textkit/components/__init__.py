"""spaCy components of textkit; importing this package registers their factories."""

from .. import sentences  # noqa: F401
from . import gazetteer, identity, linker, quotes, temporal  # noqa: F401
