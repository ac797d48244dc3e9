"""Imported once by the forkserver that starts batch workers (`engines.FORKSERVER_PRELOAD`):
loads the shipped pipeline there, so that every worker forked from it starts with it."""

import contextlib

from .work import worker_nlp

# A pipeline that fails to load here fails again, with its message, in the workers.
with contextlib.suppress(Exception):
    worker_nlp(None)
