"""An extraction task that fails for any partition holding the article :data:`POISON`, as a bug in a
worker or a ``MemoryError`` would; a module of its own so that the test cluster's worker processes
can import it (tasks name their function by module)."""

from __future__ import annotations

from analysis.pipeline import _extract

POISON = "poison"


def extract(batch, gazetteer):
    if (batch["doc_id"] == POISON).any():
        raise MemoryError(f"the worker ran out of memory on a partition of {len(batch)} articles")
    return _extract(batch, gazetteer)
