"""Imported once by the forkserver that starts batch workers (`engines.FORKSERVER_PRELOAD`):
loads the shipped pipeline there and runs it once, so that every worker forked from it starts
with the pipeline and the tables its components build on first use (gazetteer, identity)."""

import contextlib

from .work import warm_up, worker_nlp

# A pipeline that fails to load here fails again, with its message, in the workers.
with contextlib.suppress(Exception):
    warm_up(worker_nlp(None))
