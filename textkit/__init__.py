"""textkit: analyse Indonesian news text with spaCy."""

from .extensions import register as _register_extensions
from .pipeline import analyze, build, load

_register_extensions()

__version__ = "0.1.0"
__all__ = ["analyze", "build", "load", "__version__"]
