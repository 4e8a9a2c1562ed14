"""``python -m analysis store check``: is the article store readable, every table and every row?

:func:`check_store` opens ``<data dir>/store.duckdb`` read-only (it changes nothing), reads every
row of every table (DuckDB verifies each block's checksum as it reads it, so a damaged block is
found only by reading it) and checks what the tables promise each other (every article in a corpus,
a seed corpus). Each finding is a sentence naming the file and, for a table, what the table holds.

:func:`repair_store` does what can be done without losing an article: it removes the folders an
interrupted snapshot left behind, and empties the extraction cache when only the cache is damaged
(it is made again from the articles on the next analysis). When any other table is damaged (articles,
corpora, problems, the analysts' theme names and merges, briefings, the audit log, linked builds …)
:func:`salvage_store` copies every row still readable of every table but the cache into a new store.
Which tables those are comes from the store itself (every table not named ``extract_*``), so a table
added later is carried over without being listed here.
"""

from __future__ import annotations

import re
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from analysis import config
from analysis.store.database import _EXTRACT_TABLES, DB_FILE, store_failure

#: What each table holds, in the analyst's words; the ``extract_`` tables are a cache. Every other
#: table of the store is checked and carried over by a repair, named here or not (:func:`kept_tables`).
TABLES = {
    "corpora": "the corpora's names",
    "articles": "the articles' text and metadata",
    "problems": "the problems reported on import",
    "store_meta": "the store's version",
    "briefings": "the briefings",
    "briefing_items": "the briefings' charts",
    "linked_builds": "the corpora analysed elsewhere (their build folders)",
    "theme_names": "the analysts' theme names, hidden and merged themes",
    "theme_counts": "the number of themes asked for each corpus",
    "pending": "the corpora whose analysis has not yet succeeded",
    "audit": "the audit log",
}
#: Without these the store is not a store: missing, they are damage. Any other table missing is made
#: again, empty, when the store is next opened or first used (a store older than the table has none).
REQUIRED = ("corpora", "articles", "problems", "store_meta")
CACHE_PREFIX = "extract_"
CACHE_TABLES = {f"{CACHE_PREFIX}{name}": f"the extraction cache ({name})" for name in ("done", *_EXTRACT_TABLES)}
BATCH_ROWS = 20_000
STAGING = ".building-"


@dataclass
class Finding:
    """One thing checked: ``ok`` or not, and a sentence saying what was found."""

    subject: str
    ok: bool
    message: str
    repairable: bool = False


@dataclass
class StoreCheck:
    path: Path
    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(f.ok for f in self.findings)

    def add(self, subject: str, ok: bool, message: str, *, repairable: bool = False) -> None:
        self.findings.append(Finding(subject, ok, message, repairable))

    def report(self) -> str:
        lines = [
            f"{'ok' if f.ok else 'DAMAGED' if not f.repairable else 'to repair'}: {f.message}" for f in self.findings
        ]
        verdict = (
            f"{self.path}: no damage found."
            if self.ok
            else f"{self.path}: {sum(not f.ok for f in self.findings)} problem(s) found."
        )
        return "\n".join([*lines, verdict])


def check_store(data_dir: str | Path | None = None, *, lock_timeout: float = 10.0) -> StoreCheck:
    """Check the store of ``data_dir`` (default: the configured data directory) without changing it."""
    folder = Path(data_dir) if data_dir is not None else config.data_dir()
    path = folder / DB_FILE
    check = StoreCheck(path)
    if not path.exists():
        check.add("file", True, f"there is no article store at {path} yet; one is made when the dashboard or an import first needs it.")  # fmt: skip
        _check_snapshots(check, folder)
        return check
    if path.stat().st_size == 0:
        check.add("file", False, f"{path} is empty (0 bytes): a copy or a write was interrupted; restore it from a backup.")  # fmt: skip
        return check
    con = _open_read_only(check, path, lock_timeout)
    if con is None:
        return check
    try:
        present = _present(con)
        for table in [*TABLES, *CACHE_TABLES, *sorted(present - TABLES.keys() - CACHE_TABLES.keys())]:
            cache = table.startswith(CACHE_PREFIX)
            holds = TABLES.get(table) or CACHE_TABLES.get(table) or ("the extraction cache" if cache else "kept data")
            if table not in present:
                check.add(table, table not in REQUIRED, f"{path}: the table {table} ({holds}) is missing"
                          + ("." if table in REQUIRED else "; it is made again, empty, when the store is next opened."))  # fmt: skip
                continue
            _read_table(check, con, path, table, holds, cache=cache)
        if {"corpora", "articles"} <= present:
            _check_links(check, con, path)
    finally:
        con.close()
    wal = path.with_name(DB_FILE + ".wal")
    if wal.exists():
        check.add("wal", True, f"{wal.name} ({wal.stat().st_size:,} bytes) holds committed changes not yet merged into {path.name}; DuckDB merges them on the next open.")  # fmt: skip
    _check_snapshots(check, folder)
    return check


def _present(con) -> set[str]:
    return {name for (name,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}


def kept_tables(present: set[str]) -> list[str]:
    """The tables a repair carries over: every table of the store but the extraction cache, the
    corpora first (the order the store's schema makes them in, then any other by name)."""
    kept = present - {t for t in present if t.startswith(CACHE_PREFIX)}
    return [t for t in TABLES if t in kept] + sorted(kept - TABLES.keys())


def _open_read_only(check: StoreCheck, path: Path, lock_timeout: float):
    deadline = time.monotonic() + lock_timeout
    read_only = True
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as exc:
            if read_only and "different configuration" in str(exc):  # this process has it open already
                read_only = False
                continue
            if "lock" in str(exc).lower() and time.monotonic() < deadline:
                time.sleep(0.2)
                continue
            if "lock" in str(exc).lower():
                holder = re.search(r"\(PID (\d+)\)", str(exc))
                who = f"process {holder.group(1)}" if holder else "another process"
                check.add("file", False, f"{path} is in use by {who}; check again when it has finished.")
                return None
            failure = store_failure(path, exc, saved="nothing was changed")
            check.add("file", False, str(failure) if failure else f"{path} cannot be opened: {exc}")
            return None


def _read_table(check: StoreCheck, con, path: Path, table: str, holds: str, *, cache: bool) -> None:
    rows = 0
    try:
        reader = con.sql(f'SELECT * FROM "{table}"').to_arrow_reader(BATCH_ROWS)
        for batch in reader:
            rows += batch.num_rows
    except duckdb.Error as exc:
        reason = str(exc).splitlines()[0][:200]
        if cache:
            check.add(table, False, f"{path}: the table {table} ({holds}) cannot be read after {rows:,} rows ({reason}); "
                      "it is a cache: `python -m analysis store check --repair` empties it, and the next "
                      "analysis fills it again.", repairable=True)  # fmt: skip
        else:
            check.add(table, False, f"{path}: the table {table} ({holds}) cannot be read after {rows:,} rows ({reason}). "
                      "Restore the file from a backup, or run `python -m analysis store check --repair`: it copies "
                      "every row that can still be read into a new store and keeps the damaged file beside it; "
                      "the rows in the damaged part are lost.", repairable=True)  # fmt: skip
        return
    check.add(table, True, f"{table} ({holds}): {rows:,} rows read.")


def _check_links(check: StoreCheck, con, path: Path) -> None:
    try:
        orphans = con.execute("SELECT count(*) FROM articles a ANTI JOIN corpora c USING (corpus_id)").fetchall()[0][0]
        seeds = con.execute("SELECT count(*) FROM corpora WHERE is_seed").fetchall()[0][0]
    except duckdb.Error as exc:
        check.add("links", False, f"{path}: the corpora and their articles cannot be matched ({str(exc)[:200]}).")
        return
    if orphans:
        check.add("links", False, f"{path}: {orphans:,} articles belong to no corpus.")
    else:
        check.add("links", True, "every article belongs to a corpus.")
    if not seeds:
        check.add("seed", True, "there is no seed corpus; it is imported again when the store is next opened.")


def _check_snapshots(check: StoreCheck, folder: Path) -> None:
    left = _staging_folders(folder)
    if left:
        check.add("snapshots", False, f"{folder / 'tables'}: {len(left)} unfinished snapshot folder(s) left by an "
                  "interrupted write; `python -m analysis store check --repair` removes them.", repairable=True)  # fmt: skip


def _staging_folders(folder: Path) -> list[Path]:
    tables = folder / "tables"
    return sorted(p for p in tables.glob(STAGING + "*") if p.is_dir()) if tables.is_dir() else []


def repair_store(data_dir: str | Path | None = None) -> list[str]:
    """Repair what :func:`check_store` marks repairable; returns what was done, one sentence each.

    Unfinished snapshot folders are removed. When only the extraction cache is damaged it is emptied.
    When any other table is damaged (articles, theme names, the audit log …), every row that can still be
    read is copied into a new store (:func:`salvage_store`), the damaged file kept beside it.
    """
    from analysis.store.database import Store

    folder = Path(data_dir) if data_dir is not None else config.data_dir()
    done = []
    for staging in _staging_folders(folder):
        shutil.rmtree(staging, ignore_errors=True)
        done.append(f"removed the unfinished snapshot folder {staging}")
    check = check_store(folder)
    damaged = [f for f in check.findings if not f.ok]
    if any(
        not f.subject.startswith(CACHE_PREFIX) and f.subject not in ("snapshots", "file") and f.repairable
        for f in damaged
    ):
        return done + salvage_store(folder)
    cache = [f.subject for f in damaged if f.subject in CACHE_TABLES]
    if cache and all(f.subject in CACHE_TABLES or f.repairable for f in damaged):
        con = duckdb.connect(str(check.path))
        try:
            for table in CACHE_TABLES:
                con.execute(f'DROP TABLE IF EXISTS "{table}"')
            con.execute("DELETE FROM store_meta WHERE key = 'contract'")
        finally:
            con.close()
        Store(folder, seed=False)  # makes the cache tables again, empty
        done.append(f"emptied the extraction cache of {check.path} ({', '.join(cache)} could not be read)")
    return done


#: Rows copied at a time when a table is damaged: DuckDB reads a column 2,048 rows at a time (its
#: vector), and a vector that touches a damaged block cannot be read at all, even row by row.
SALVAGE_WINDOW = 2048


def salvage_store(data_dir: str | Path | None = None) -> list[str]:
    """Copy every row of the store's tables that can still be read into a new ``store.duckdb``; the
    damaged file (and its write-ahead log) is renamed ``store.duckdb.damaged-<time>``, never deleted.

    A table is copied whole when it reads whole, else :data:`SALVAGE_WINDOW` rows at a time by row
    id, skipping the windows that touch a damaged block. Every table but the extraction cache is
    copied (:func:`kept_tables`: theme names and merges, briefings, the audit log, linked builds …);
    the cache is made again. A seed corpus that lost articles is imported again from ``seeds/``. Returns what was
    done and what was lost, one sentence each (the lost articles by corpus and ``doc_id`` where the
    ids can still be read).
    """
    from analysis.store.audit import _SCHEMA as AUDIT_SCHEMA
    from analysis.store.database import _SCHEMA, PENDING_SCHEMA, Store

    folder = Path(data_dir) if data_dir is not None else config.data_dir()
    path = folder / DB_FILE
    stamp = time.strftime("%Y%m%dT%H%M%S")
    new = path.with_name(f"{DB_FILE}.salvage-{stamp}")
    source = duckdb.connect(str(path), read_only=True)
    target = duckdb.connect(str(new))
    done: list[str] = []
    try:
        target.execute(_SCHEMA + PENDING_SCHEMA + AUDIT_SCHEMA)
        made = _present(target)
        lost_articles: dict[int, list[str]] = {}
        for table in kept_tables(_present(source)):
            if table not in made:  # a table this code does not make: made as the damaged store has it
                sql = source.execute("SELECT sql FROM duckdb_tables() WHERE table_name = ?", [table]).fetchall()
                target.execute(sql[0][0])
            copied, lost, lost_ids = _copy_table(source, target, table)
            if lost:
                done.append(f"{table}: {copied:,} rows copied, {lost:,} rows in the damaged part lost")
                if table == "articles":
                    for corpus_id, doc_id in lost_ids:
                        lost_articles.setdefault(corpus_id, []).append(doc_id)
        names = dict(target.execute("SELECT corpus_id, name FROM corpora").fetchall())
        for corpus_id, ids in lost_articles.items():
            shown = ", ".join(i for i in ids[:20] if i) + (" …" if len(ids) > 20 else "")
            corpus = repr(names[corpus_id]) if corpus_id in names else "(unreadable)"
            done.append(f"corpus {corpus}: {len(ids)} articles lost ({shown or 'ids unreadable'})")
        seeds = [cid for (cid,) in target.execute("SELECT corpus_id FROM corpora WHERE is_seed").fetchall()]
        for corpus_id in seeds:
            # the seeds are in the repository: imported again, whole, when any article of theirs (or of
            # a corpus whose ids cannot be read) is lost
            if corpus_id in lost_articles or -1 in lost_articles:
                for table in ("articles", "problems", "pending", "corpora"):
                    target.execute(f"DELETE FROM {table} WHERE corpus_id = ?", [corpus_id])
                done.append("the seed corpus is imported again from seeds/")
        target.execute("CHECKPOINT")
    finally:
        source.close()
        target.close()
    kept = path.with_name(f"{DB_FILE}.damaged-{stamp}")
    path.rename(kept)
    wal = path.with_name(DB_FILE + ".wal")
    if wal.exists():
        wal.rename(kept.with_name(kept.name + ".wal"))
    new.rename(path)
    Store(folder)  # the extraction cache's tables, and the seed corpus when it was lost
    done.append(f"{path} is a new store with every row that could be read; the damaged file is kept as {kept}")
    return done


def _copy_table(source, target, table: str) -> tuple[int, int, list[tuple[int, str]]]:
    """Rows copied, rows lost, and ``(corpus_id, doc_id)`` of the lost rows when those can be read."""
    try:
        arrow = source.sql(f'SELECT * FROM "{table}"').to_arrow_table()
    except duckdb.Error:
        pass
    else:
        target.register("salvaged", arrow)
        target.execute(f'INSERT INTO "{table}" BY NAME SELECT * FROM salvaged')
        target.unregister("salvaged")
        return arrow.num_rows, 0, []
    last = source.execute(f'SELECT max(rowid) FROM "{table}"').fetchall()[0][0]
    copied = lost = 0
    lost_ids: list[tuple[int, str]] = []
    for first in range(0, (last or -1) + 1, SALVAGE_WINDOW):
        window = f"rowid BETWEEN {first} AND {first + SALVAGE_WINDOW - 1}"
        try:
            arrow = source.sql(f'SELECT * FROM "{table}" WHERE {window}').to_arrow_table()
        except duckdb.Error:
            try:
                count = source.execute(f'SELECT count(*) FROM "{table}" WHERE {window}').fetchall()[0][0]
            except duckdb.Error:
                count = SALVAGE_WINDOW  # at most
            lost += count
            if table == "articles":
                try:
                    lost_ids += source.execute(f"SELECT corpus_id, doc_id FROM articles WHERE {window}").fetchall()
                except duckdb.Error:
                    lost_ids += [(-1, "")] * count
            continue
        target.register("salvaged", arrow)
        target.execute(f'INSERT INTO "{table}" BY NAME SELECT * FROM salvaged')
        target.unregister("salvaged")
        copied += arrow.num_rows
    return copied, lost, lost_ids
