"""Analyse a corpus once, keep the tables on disk, reuse them after a restart.

The cache key changes whenever the corpus files' bytes, the gazetteer or the code
version change, so stale tables are never served. Entries are written to a temporary
folder and renamed into place, so an interrupted build never leaves a half-written
entry behind (the next run simply builds again).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import threading
from collections.abc import Mapping
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from analysis import __version__
from analysis.extract.gazetteer import Gazetteer, load_gazetteer
from analysis.pipeline import CorpusTables, Progress, build

_COMPLETE = "complete.json"
#: Columns kept as text when reading back (pandas would otherwise guess types).
_TEXT_COLUMNS = {"doc_id", "title", "source", "published", "url", "date_start", "date_end", "text", "sentence"}
#: Long text columns stay in pandas' Arrow string type: converting a million sentences to
#: Python objects would cost a second at every start on a large corpus.
_LONG_TEXT_COLUMNS = {"text", "sentence"}


def default_cache_dir() -> Path:
    """``$ARABIC_NEWS_CACHE``, else ``data/cache`` at the repository root."""
    env = os.environ.get("ARABIC_NEWS_CACHE")
    return Path(env) if env else Path(__file__).resolve().parent.parent / "data" / "cache"


def corpus_fingerprint(path: str | Path) -> str:
    """A digest of every file of the corpus (names, sizes and bytes)."""
    root = Path(path)
    files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
    digest = hashlib.sha256()
    for file in files:
        digest.update(str(file.relative_to(root) if file != root else file.name).encode())
        digest.update(str(file.stat().st_size).encode())
        with open(file, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


def cache_key(path: str | Path, gazetteer: Gazetteer) -> str:
    digest = hashlib.sha256()
    for part in (corpus_fingerprint(path), str(gazetteer.version), __version__):
        digest.update(part.encode())
        digest.update(b"\x00")
    return digest.hexdigest()[:24]


def read_tables(folder: str | Path) -> CorpusTables:
    """Tables written by :meth:`CorpusTables.write` (with Parquet) back into memory."""
    folder = Path(folder)
    meta = json.loads((folder / _COMPLETE).read_text("utf-8"))
    frames = {}
    for name in CorpusTables.TABLES:
        path = folder / f"{name}.parquet"
        if name == "documents":  # the texts are read on first use (see ArticleTexts)
            columns = [c for c in pq.read_schema(path).names if c != "text"]
            frame = pd.read_parquet(path, columns=columns)
        else:
            frame = pd.read_parquet(path)
        for column in frame.columns:
            if column in _LONG_TEXT_COLUMNS:
                frame[column] = frame[column].fillna("")
            elif column in _TEXT_COLUMNS:
                frame[column] = frame[column].astype(object).where(frame[column].notna(), "")
        frames[name] = frame
    texts = ArticleTexts(folder / "documents.parquet")
    return CorpusTables(name=meta["name"], texts=texts, timings=meta.get("timings", {}), **frames)


class ArticleTexts(Mapping):
    """doc_id → original article text, read from ``documents.parquet`` on first use.

    The texts are most of a corpus's bytes (96 MB for SaudiNewsNet) and the first page of
    the dashboard does not need them: reading them later saves a second at every start.
    """

    def __init__(self, path: Path):
        self._path = path
        self._texts: dict | None = None
        self._lock = threading.Lock()

    def _load(self) -> dict:
        if self._texts is None:
            with self._lock:
                if self._texts is None:
                    table = pd.read_parquet(self._path, columns=["doc_id", "text"])
                    self._texts = dict(zip(table["doc_id"], table["text"].fillna("")))
        return self._texts

    def __getitem__(self, doc_id):
        return self._load()[doc_id]

    def __iter__(self):
        return iter(self._load())

    def __len__(self) -> int:
        return len(self._load())


def load_or_build(
    path: str | Path,
    *,
    cache_dir: str | Path | None = None,
    gazetteer: Gazetteer | None = None,
    progress: Progress | None = None,
) -> CorpusTables:
    """The tables of the corpus at ``path``, from the cache when they are there."""
    gazetteer = gazetteer or load_gazetteer()
    cache_dir = Path(cache_dir) if cache_dir else default_cache_dir()
    entry = cache_dir / cache_key(path, gazetteer)
    if (entry / _COMPLETE).exists():
        try:
            return read_tables(entry)
        except (OSError, ValueError, KeyError):
            shutil.rmtree(entry, ignore_errors=True)  # unreadable entry: rebuild it
    tables = build(path, gazetteer=gazetteer, progress=progress)
    cache_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".building-", dir=cache_dir))
    try:
        tables.write(staging, parquet=True)
        meta = {"name": tables.name, "timings": tables.timings, "source": str(path), "version": __version__}
        (staging / _COMPLETE).write_text(json.dumps(meta, ensure_ascii=False), "utf-8")
        try:
            staging.rename(entry)
        except OSError:  # another process finished the same entry first
            shutil.rmtree(staging, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return tables
