"""Corpora whose analysis has not yet succeeded: imported articles are "pending" until it has.

An import commits the articles at once (they are what cannot be recomputed) and marks the corpus
pending in the same transaction (table ``pending``, created with the store's schema in
:mod:`analysis.store.database`). :meth:`~analysis.store.database.Store.tables` records each
attempt (when, which process on which machine) before it analyses, and clears the mark when the
analysis succeeded. So when an analysis dies — an exception, or the process killed by the kernel
for its memory — the mark says so, and the dashboard does not start the same analysis again on
every visit: it shows the corpus as :attr:`PendingState.failed`, with the reason, and analyses it
again only when an editor asks (or the corpus changes).

    state = pending_state(store, "محلي")   # None once analysed
    state.failed, state.reason           # True, "the process analysing it ended (pid 4242)"
"""

from __future__ import annotations

import datetime as dt
import os
import socket
from dataclasses import dataclass

import psutil

#: The table, created with the rest of the store's schema.
PENDING_SCHEMA = """
CREATE TABLE IF NOT EXISTS pending (
    corpus_id INTEGER PRIMARY KEY, since TIMESTAMP NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
    started TIMESTAMP, pid INTEGER, host VARCHAR, error VARCHAR);
"""
#: The longest error text kept (a traceback is logged, not stored).
MAX_ERROR_CHARS = 500


@dataclass(frozen=True)
class PendingState:
    """A pending corpus: imported ``since``, analysed ``attempts`` times without success; the last
    attempt ``started`` in process ``pid`` on ``host``, and ended with ``error`` when it raised."""

    since: dt.datetime
    attempts: int
    started: dt.datetime | None
    pid: int | None
    host: str | None
    error: str | None

    @property
    def running(self) -> bool:
        """An attempt is under way: its process (on this machine) is alive and has not failed.
        A process of another machine is taken to be running (it cannot be asked)."""
        if self.attempts == 0 or self.error or self.pid is None:
            return False
        if self.host != socket.gethostname():
            return True
        return _alive(self.pid, self.started)

    @property
    def failed(self) -> bool:
        """An attempt was made and did not finish: it raised, or its process is gone."""
        return self.attempts > 0 and not self.running

    @property
    def reason(self) -> str:
        if self.error:
            return self.error
        if self.failed:
            return f"the process analysing it (pid {self.pid}) ended before the analysis finished"
        return ""


def _alive(pid: int, started: dt.datetime | None) -> bool:
    """Whether ``pid`` is a live process that began before ``started`` (not a later one given
    the same number)."""
    try:
        process = psutil.Process(pid)
        if process.status() == psutil.STATUS_ZOMBIE:
            return False
        began = dt.datetime.fromtimestamp(process.create_time())
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return False
    return started is None or began <= started + dt.timedelta(seconds=1)


def mark_pending(con, corpus_id: int) -> None:
    """In the import's transaction: the corpus has articles not analysed yet (attempts start over)."""
    con.execute(
        "INSERT OR REPLACE INTO pending (corpus_id, since, attempts) VALUES (?, ?, 0)",
        [corpus_id, dt.datetime.now().replace(microsecond=0)],
    )


def start_attempt(con, corpus_id: int) -> None:
    """Before an analysis: this process, now, one more attempt (a corpus not pending is left alone)."""
    con.execute(
        "UPDATE pending SET attempts = attempts + 1, started = ?, pid = ?, host = ?, error = NULL WHERE corpus_id = ?",
        [dt.datetime.now(), os.getpid(), socket.gethostname(), corpus_id],
    )


def end_attempt(con, corpus_id: int, error: BaseException | None) -> None:
    """After an analysis: cleared when it succeeded, else the error kept as the reason."""
    if error is None:
        con.execute("DELETE FROM pending WHERE corpus_id = ?", [corpus_id])
        return
    text = f"{type(error).__name__}: {error}"[:MAX_ERROR_CHARS]
    con.execute("UPDATE pending SET error = ?, pid = NULL WHERE corpus_id = ?", [text, corpus_id])


def pending_states(con) -> dict[str, PendingState]:
    """``{corpus name: state}`` of every pending corpus."""
    rows = con.execute(
        """SELECT c.name, p.since, p.attempts, p.started, p.pid, p.host, p.error
           FROM pending p JOIN corpora c USING (corpus_id)"""
    ).fetchall()
    return {name: PendingState(*rest) for name, *rest in rows}
