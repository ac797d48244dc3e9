"""textkit: analyse Indonesian news text with spaCy."""

from . import extensions  # noqa: F401  (registers textkit's spaCy attributes on import)
from .pipeline import analyze, build, load

__version__ = "0.1.0"

# Heavier layers load on first use, so `import textkit` stays fast.
_LAZY = {
    "analyze_article": "textkit.article",
    "analyze_articles": "textkit.article",
    "parse_article": "textkit.article",
    "read_articles": "textkit.article",
    "Article": "textkit.article",
    "mentions_frame": "textkit.frames",
    "read_results": "textkit.frames",
    "entity_counts": "textkit.frames",
    "terms": "textkit.frames",
    "timeline": "textkit.frames",
    "cooccurrence": "textkit.frames",
    "concordance": "textkit.frames",
    "collocations": "textkit.frames",
    "event_dates": "textkit.frames",
    "timex_label": "textkit.timex_words",
    "quotes_frame": "textkit.frames",
    "read_quotes": "textkit.frames",
    "quote_counts": "textkit.frames",
}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'textkit' has no attribute {name!r}")


__all__ = ["analyze", "build", "load", "__version__", *_LAZY]
