"""Who did what to the article store, and when: the audit log.

    log = AuditLog(Store())
    log.record(user="alice@example.org", role="admin", action="delete", target="إدلب")
    log.record(user="bob@example.org", role="viewer", action="delete", target="إدلب", outcome="refused")
    log.listing(limit=200)      # newest first: AUDIT_COLUMNS

Every write the dashboard allows (import, paste, set a date, edit the gazetteer, rename, delete) is a
row, and so is every write it refused for want of a role: a refusal is what a reviewer looks for.
(``at`` and ``user`` are quoted in SQL: both are DuckDB keywords.) The table lives in the store's DuckDB file beside the corpora it speaks of (``audit``, created on first
use), so deleting a corpus keeps the record of its deletion. Rows are only ever appended.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from analysis.store.database import Store, _run

AUDIT_COLUMNS = ["at", "user", "role", "action", "target", "outcome", "detail"]
OUTCOMES = ("done", "refused", "failed")
#: Longest text kept per field: the log records actions, not the data they carried.
MAX_FIELD_CHARS = 300

_SCHEMA = """
CREATE TABLE IF NOT EXISTS audit (
    "at" TIMESTAMP NOT NULL, "user" VARCHAR NOT NULL, role VARCHAR NOT NULL, action VARCHAR NOT NULL,
    target VARCHAR NOT NULL DEFAULT '', outcome VARCHAR NOT NULL, detail VARCHAR NOT NULL DEFAULT '');
"""


class AuditLog:
    """The audit log of one article store; see the module docstring."""

    def __init__(self, store: Store):
        self.store = store
        with store._connect() as con:
            _run(con, _SCHEMA)

    def record(
        self, *, user: str, role: str, action: str, target: str = "", outcome: str = "done", detail: str = ""
    ) -> None:
        """Append one row (``outcome`` one of :data:`OUTCOMES`), stamped with the time in UTC."""
        if outcome not in OUTCOMES:
            raise ValueError(f"audit outcome {outcome!r} is not one of {', '.join(OUTCOMES)}")
        row = [_clip(v) for v in (user, role, action, target)] + [outcome, _clip(detail)]
        with self.store._transaction() as con:
            _run(con, "INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?, ?)", [_now(), *row])

    def listing(self, limit: int = 500) -> pd.DataFrame:
        """The last ``limit`` rows, newest first, as :data:`AUDIT_COLUMNS` (rows of one second in the order
        they were written: the times are to the second)."""
        with self.store._connect() as con:
            frame = con.execute(
                'SELECT "at", "user", role, action, target, outcome, detail FROM audit ORDER BY "at" DESC, rowid DESC LIMIT ?',
                [int(limit)],
            ).df()
        return frame.reindex(columns=AUDIT_COLUMNS)


def _clip(value: object) -> str:
    text = " ".join(str(value or "").split())
    return text if len(text) <= MAX_FIELD_CHARS else text[: MAX_FIELD_CHARS - 1] + "…"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
