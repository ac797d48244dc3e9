"""The entity labels textkit assigns (`ent.label_`)."""

from __future__ import annotations

# Names: persons, organizations, places. They have an identity (`ent._.entity`), take aliases,
# and are what the NER model is trained on.
NAMED_LABELS = ("PER", "ORG", "LOC")
# Dates and times, with TIMEX3 values (`ent._.value`, `ent._.timex_type`).
TEMPORAL_LABELS = ("DATE", "TIME")
LABELS = (*NAMED_LABELS, *TEMPORAL_LABELS)
