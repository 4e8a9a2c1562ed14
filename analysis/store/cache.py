"""Corpora read from a path: analysed once, kept as a snapshot, reused after a restart.

The cache key changes whenever the corpus files' bytes, the gazetteer (with its edits), the code
and data the tables are computed with (:data:`BUILD_CODE`) or the table contract change, so stale tables are never served. Entries are snapshots
(:mod:`analysis.store.snapshots`): written atomically, so an interrupted build never leaves a
half-written entry behind (the next run simply builds again).
"""

from __future__ import annotations

import hashlib
import shutil
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from analysis import __version__, config, schema
from analysis.extract.gazetteer import Gazetteer
from analysis.schema import CorpusTables
from analysis.store import snapshots, term_cache

if TYPE_CHECKING:
    from analysis.pipeline import Progress


def build(*args, **kwargs) -> CorpusTables:
    """:func:`analysis.pipeline.build`, imported when a corpus is first built: a dashboard that only
    queries a build never loads the extraction and sklearn."""
    from analysis.pipeline import build as run

    return run(*args, **kwargs)


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


#: What a corpus's tables are computed with, under ``analysis/``: a change to any of these files is a new key.
#: The version number alone was the key, so a corpus analysed before an upgrade was served by the new code.
BUILD_CODE = ("text", "extract", "aggregate", "data", "pipeline.py", "engine.py", "partitioned.py", "schema.py")
_PACKAGE = Path(__file__).resolve().parents[1]


@lru_cache(maxsize=4)
def build_code_version(package: Path = _PACKAGE) -> str:
    """A digest of the files of :data:`BUILD_CODE` (code and data) under ``package``."""
    digest = hashlib.sha256()
    term_cache.update_with_sources(digest, BUILD_CODE, package=package)
    return digest.hexdigest()[:16]


def cache_key(path: str | Path, gazetteer: Gazetteer) -> str:
    digest = hashlib.sha256()
    parts = (corpus_fingerprint(path), str(gazetteer.version), __version__, str(schema.SCHEMA_VERSION),
             build_code_version())  # fmt: skip
    for part in parts:
        digest.update(part.encode())
        digest.update(b"\x00")
    return digest.hexdigest()[:24]


def load_or_build(
    path: str | Path,
    *,
    cache_dir: str | Path | None = None,
    gazetteer: Gazetteer | None = None,
    progress: Progress | None = None,
) -> CorpusTables:
    """The tables of the corpus at ``path``, from the cache when they are there.

    ``gazetteer`` defaults to the one every entry point uses (:func:`analysis.config.gazetteer`:
    the built-in files with the analyst's edits); ``cache_dir`` to :func:`analysis.config.cache_dir`.
    """
    gazetteer = gazetteer or config.gazetteer()
    cache_dir = Path(cache_dir) if cache_dir else config.cache_dir()
    entry = cache_dir / cache_key(path, gazetteer)
    if snapshots.is_complete(entry):
        try:
            return snapshots.read_snapshot(entry)
        except (OSError, ValueError, KeyError):
            shutil.rmtree(entry, ignore_errors=True)  # unreadable entry: rebuild it
    tables = build(path, gazetteer=gazetteer, progress=progress)
    digest = term_cache.tables_texts_digest(tables)
    snapshots.write_snapshot(tables, entry, source=str(path), texts_digest=digest)
    term_cache.keep_tables_terms(
        tables, gazetteer, cache_dir=cache_dir, corpus=term_cache.corpus_identity("path", path), texts_digest=digest
    )
    if snapshots.is_complete(entry):  # the texts from now on read from the snapshot, not held
        tables.texts = snapshots.ArticleTexts(entry / "documents.parquet", digest=digest)
    return tables
