"""A corpus's discovered candidates (names the gazetteer lacks), kept on disk: the Gazetteer page's
Discover list survives a restart.

:func:`analysis.extract.discover.discover` over SaudiNewsNet's 30,000 articles takes ~20 s, which
the Gazetteer page's first visit paid in every new server process. This keeps its table in the cache
directory, keyed by exactly what it is computed from: the sentences and mentions tables (a digest of
their rows), the gazetteer's version, and the code and data files of discovery. Any change is a new
key, so a stale list is never served. An entry is written to a temporary file and renamed, so an
interrupted write leaves nothing behind; an entry that cannot be read is counted again (and logged,
naming the file); a new entry of a corpus deletes that corpus's older ones.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import tempfile
from pathlib import Path

import pandas as pd
import pyarrow as pa

from analysis import __version__
from analysis.extract.discover import DISCOVERY_COLUMNS, discover
from analysis.extract.gazetteer import Gazetteer
from analysis.store.term_cache import update_with_sources

#: The files whose contents decide what discovery finds: a change in any of them is a new key.
_SOURCES = (
    "extract/discover.py",
    "extract/gazetteer.py",
    "extract/name_lists.py",
    "data/world/first_names.txt",
    "data/world/arabic_first_names.txt",
    "data/world/foreign_first_names.txt",
    "text/normalize.py",
    "text/trie.py",
    "data/discovery.yaml",
)
_PREFIX = "discover-"
_LOG = logging.getLogger(__name__)


def discovery_key(sentences: pd.DataFrame, mentions: pd.DataFrame, gazetteer: Gazetteer) -> str:
    """A digest of the two tables' rows, the gazetteer's version and discovery's code and data."""
    digest = hashlib.sha256()
    digest.update(__version__.encode())
    update_with_sources(digest, _SOURCES)
    digest.update(f"\x1egazetteer {gazetteer.version}".encode())
    for table in (sentences, mentions):
        digest.update(f"\x1e{list(table.columns)}".encode())
        digest.update(pd.util.hash_pandas_object(table, index=False).to_numpy().tobytes())
    return digest.hexdigest()[:24]


def load_or_discover(
    sentences: pd.DataFrame, mentions: pd.DataFrame, gazetteer: Gazetteer, *, cache_dir: str | Path, corpus: str
) -> pd.DataFrame:
    """:func:`discover` of the corpus ``corpus`` (see :func:`analysis.store.term_cache.corpus_identity`),
    read from ``cache_dir`` when kept there, else discovered and kept."""
    entry = (
        Path(cache_dir) / f"{_PREFIX}{_corpus_digest(corpus)}-{discovery_key(sentences, mentions, gazetteer)}.parquet"
    )
    if entry.exists():
        try:
            return read_candidates(entry)
        except (OSError, ValueError, KeyError, pa.ArrowException) as error:
            _LOG.warning("%s: cannot read the kept discovery (%s); discovering again", entry, error)
            entry.unlink(missing_ok=True)
    candidates = discover(sentences, mentions, gazetteer)
    try:
        write_candidates(candidates, entry)
    except OSError as error:  # a full or read-only cache: the list is shown all the same
        _LOG.warning("%s: cannot keep the discovery (%s)", entry, error)
    else:
        for old in entry.parent.glob(f"{_PREFIX}{_corpus_digest(corpus)}-*.parquet"):
            if old != entry:
                old.unlink(missing_ok=True)
    return candidates


def _corpus_digest(corpus: str) -> str:
    return hashlib.sha256(corpus.encode()).hexdigest()[:12]


def write_candidates(candidates: pd.DataFrame, entry: Path) -> None:
    """The table as Parquet (``aliases`` and ``evidence`` as JSON text), written then renamed."""
    out = candidates.copy()
    out["aliases"] = [json.dumps(list(a), ensure_ascii=False) for a in out["aliases"]]
    out["evidence"] = [json.dumps([list(e) for e in ev], ensure_ascii=False) for ev in out["evidence"]]
    entry.parent.mkdir(parents=True, exist_ok=True)
    handle, staging = tempfile.mkstemp(prefix=".discover-", suffix=".parquet", dir=entry.parent)
    os.close(handle)
    try:
        out.to_parquet(staging, index=False)
        os.replace(staging, entry)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(staging)


def read_candidates(entry: str | Path) -> pd.DataFrame:
    """A table :func:`write_candidates` wrote, as :func:`discover` returned it."""
    table = pd.read_parquet(entry)
    if list(table.columns) != DISCOVERY_COLUMNS:
        raise ValueError(f"{entry}: not a discovery table (columns {list(table.columns)})")
    table["aliases"] = [tuple(json.loads(a)) for a in table["aliases"]]
    table["evidence"] = [tuple((d, int(i), text) for d, i, text in json.loads(ev)) for ev in table["evidence"]]
    return table
