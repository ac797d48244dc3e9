"""Batch processing: a corpus folder to `documents.parquet`, `mentions.parquet` and
`quotes.parquet`.

`run(corpus, out, workers=2)` analyses every document below `corpus`, in parallel
processes or on a Dask cluster, streaming results to disk in bounded memory. Reruns into
the same `out` skip unchanged documents; a crash or Ctrl-C leaves the tables valid.
"""

from ..segments import split_text
from ..tables import DOCUMENTS_SCHEMA, MENTIONS_SCHEMA, QUOTES_SCHEMA
from .job import RunSummary, content_hash, run

__all__ = [
    "run",
    "RunSummary",
    "content_hash",
    "split_text",
    "DOCUMENTS_SCHEMA",
    "MENTIONS_SCHEMA",
    "QUOTES_SCHEMA",
]
