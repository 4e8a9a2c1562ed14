"""Analysed corpora on disk: every table as Parquet in one folder, written atomically, read back
as the contract's types.

A snapshot is a folder holding ``<table>.parquet`` for each table of
:class:`~analysis.schema.CorpusTables` (``documents.parquet`` also holds the article texts) and
``complete.json`` (name, timings, versions), written last. It is built in a temporary folder and
renamed into place, so a reader never sees half a snapshot, and an interrupted write leaves
nothing behind. Snapshots are caches: the article store keeps one per analysed corpus revision
(:mod:`analysis.store.database`) and the path cache one per corpus folder (:mod:`analysis.store.cache`).
"""

from __future__ import annotations

import concurrent.futures.thread  # noqa: F401 - its exit hook must be registered before ours (below)
import contextlib
import json
import shutil
import tempfile
import threading
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from analysis import __version__, schema
from analysis.schema import CorpusTables
from analysis.store.texts import ArticleTexts

COMPLETE = "complete.json"


def is_complete(folder: Path) -> bool:
    return (folder / COMPLETE).exists()


def write_snapshot(tables: CorpusTables, entry: Path, **meta: object) -> None:
    """Write ``tables`` into the folder ``entry`` atomically; ``meta`` goes into ``complete.json``.

    When another process finished the same entry first, its snapshot is kept.
    """
    entry.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".building-", dir=entry.parent))
    try:
        tables.write(staging, csv=False, parquet=True)
        info = {"name": tables.name, "timings": tables.timings, "version": __version__, "schema": schema.SCHEMA_VERSION}
        (staging / COMPLETE).write_text(json.dumps({**info, **meta}, ensure_ascii=False), "utf-8")
        try:
            staging.rename(entry)
        except OSError:  # another process finished the same entry first
            shutil.rmtree(staging, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def read_snapshot(folder: str | Path) -> CorpusTables:
    """The tables of a snapshot, each conformed to the contract (dates, lists, nulls).

    The article texts stay in ``documents.parquet``, read through DuckDB per article
    (:class:`~analysis.store.texts.ArticleTexts`). Raises ``OSError``,
    ``ValueError`` or ``KeyError`` for an unreadable or incomplete snapshot.
    """
    folder = Path(folder)
    meta = json.loads((folder / COMPLETE).read_text("utf-8"))
    if meta.get("schema") != schema.SCHEMA_VERSION:
        raise ValueError(f"{folder} was written for table contract {meta.get('schema')}, not {schema.SCHEMA_VERSION}")
    frames: dict[str, pd.DataFrame] = {}
    for name in CorpusTables.TABLES:
        path = folder / f"{name}.parquet"
        columns = [c for c in schema.table(name).names if c != schema.BY_REFERENCE.get(name)]
        if name == "documents":  # the texts are most of the bytes: read per article (ArticleTexts)
            columns = [c for c in pq.read_schema(path).names if c != "text"]
        arrow = pq.read_table(path, columns=columns)
        if name in schema.BY_REFERENCE:
            frames[name] = schema.from_arrow_joined(name, arrow, frames["sentences"])
        else:
            frames[name] = schema.from_arrow(name, arrow)
    texts = ArticleTexts(folder / "documents.parquet", digest=meta.get("texts_digest"))
    return CorpusTables(name=meta["name"], texts=texts, timings=meta.get("timings", {}), **frames)


# --- writing in the background -----------------------------------------------------------------

_PENDING: dict[Path, threading.Thread] = {}


def write_in_background(tables: CorpusTables, entry: Path, **meta: object) -> None:
    """Start writing the snapshot in a thread (the caller has the tables already).

    A later :func:`finish` of the same entry, :func:`wait_for_snapshots`, and the interpreter's
    exit (before the thread pools Parquet is written with are shut) wait for it. A write that fails leaves no snapshot: the
    next start analyses again.
    """

    def write() -> None:
        with contextlib.suppress(OSError):
            write_snapshot(tables, entry, **meta)

    writer = threading.Thread(target=write, name=f"snapshot-{tables.name}")
    _PENDING[entry] = writer
    writer.start()


def finish(entry: Path) -> None:
    """Wait for the snapshot ``entry`` if this process is still writing it."""
    writer = _PENDING.pop(entry, None)
    if writer is not None:
        writer.join()


def wait_for_snapshots() -> None:
    """Wait until every snapshot this process started writing is on disk."""
    for entry in list(_PENDING):
        finish(entry)


# At exit, Python first runs these threading hooks (the last registered first), then joins the
# threads still running. concurrent.futures' hook forbids new work in its pools, and pyarrow writes
# Parquet through such a pool: a snapshot still being written then failed with "cannot schedule new
# futures after interpreter shutdown" and was lost, so the next start analysed again (18-20 s
# instead of 5 for 30k articles). Registered after that hook, this one runs before it.
threading._register_atexit(wait_for_snapshots)  # type: ignore[attr-defined]
