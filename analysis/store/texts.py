"""The article texts of an analysed corpus, read from its Parquet files through DuckDB when asked.

The texts are most of a corpus' bytes (101 MB as Python strings for SaudiNewsNet's 30,000
articles, and as much again for the search index made from them): a process serving the
dashboard does not hold them. :class:`ArticleTexts` is a read-only mapping doc_id → text over the
``doc_id`` and ``text`` columns of Parquet files (a snapshot's ``documents.parquet``, or a build's
``documents/part.*.parquet``): one article is one query (the last :data:`CACHED_TEXTS` asked are
kept), many articles one query (:meth:`ArticleTexts.many`), and a search scans every text inside
DuckDB (:meth:`ArticleTexts.matching`), which gives back only the ids of the articles that match.
"""

from __future__ import annotations

import glob
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import overload

import duckdb

#: Article texts kept after a look-up (the reader's article, a page of search lines): a few MB.
CACHED_TEXTS = 256
#: Threads DuckDB may use for one scan: the server shares its cores with every session.
SCAN_THREADS = 2


#: Texts hashed per slice by :func:`texts_digest` (:meth:`ArticleTexts.in_order` reads one slice a query).
DIGEST_SLICE = 2000


def texts_digest(texts: Sequence[str]) -> str:
    """A digest of ``texts`` in their order (hex): the same texts give the same digest however they
    are held (a dict of the build, texts read from a snapshot's Parquet). Hashed a slice at a time,
    so texts read from disk (:meth:`ArticleTexts.in_order`) are never all in memory."""
    digest = hashlib.sha256()
    for first in range(0, len(texts), DIGEST_SLICE):
        for text in texts[first : first + DIGEST_SLICE]:
            digest.update(b"\x1d")
            digest.update((text or "").encode())
    return digest.hexdigest()


class ArticleTexts(Mapping[str, str]):
    """doc_id → original article text, read through DuckDB from ``files`` (a Parquet file, a glob
    such as ``DIR/documents/*.parquet``, or a list of files) with ``doc_id`` and ``text`` columns.

    Iterating gives the doc_ids in file order (read once: ids only). Nothing else is held: each
    look-up is a query, the last :data:`CACHED_TEXTS` texts asked are kept. A null text reads as ``""``.
    """

    def __init__(
        self, files: str | Path | Sequence[str | Path], *, cached: int = CACHED_TEXTS, digest: str | None = None
    ):
        self._files = [str(files)] if isinstance(files, (str, Path)) else [str(f) for f in files]
        #: :func:`texts_digest` of the texts in file order, when the writer of the files recorded it
        #: (a snapshot's ``complete.json``): it stands for the texts without reading them.
        self.digest = digest
        self._cached = cached
        self._recent: OrderedDict[str, str] = OrderedDict()
        self._ids: list[str] | None = None
        self._id_set: frozenset[str] | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"ArticleTexts({self._files!r})"

    def _query(self, sql: str, params: list | None = None) -> list[tuple]:
        # one connection per query: DuckDB connections are not shared between the server's threads
        con = duckdb.connect(config={"threads": SCAN_THREADS})
        try:
            return con.execute(sql.replace("{files}", "read_parquet(?)"), [self._files, *(params or [])]).fetchall()
        except duckdb.IOException as error:  # the snapshot or the build's folder went away
            raise self._gone(error) from error
        finally:
            con.close()

    def _gone(self, error: Exception) -> OSError:
        return OSError(f"the article texts in {', '.join(self._files)} cannot be read: {str(error)[:300]}")

    # --- the mapping ---------------------------------------------------------------------------

    def __getitem__(self, doc_id: str) -> str:
        with self._lock:
            if doc_id in self._recent:
                self._recent.move_to_end(doc_id)
                return self._recent[doc_id]
        found = self._query("SELECT text FROM {files} WHERE doc_id = ? LIMIT 1", [doc_id])
        if not found:
            raise KeyError(doc_id)
        text = found[0][0] or ""
        self._remember({doc_id: text})
        return text

    def _remember(self, texts: Mapping[str, str]) -> None:
        with self._lock:
            for doc_id, text in list(texts.items())[-self._cached :] if self._cached else ():
                self._recent[doc_id] = text
                self._recent.move_to_end(doc_id)
            while len(self._recent) > self._cached:
                self._recent.popitem(last=False)

    def _doc_ids(self) -> list[str]:
        if self._ids is None:
            ids = [row[0] for row in self._query("SELECT doc_id FROM {files}")]
            with self._lock:
                self._ids = ids
        return self._ids

    def __iter__(self) -> Iterator[str]:
        return iter(self._doc_ids())

    def __len__(self) -> int:
        return len(self._doc_ids())

    def __contains__(self, doc_id: object) -> bool:
        if self._id_set is None:
            self._id_set = frozenset(self._doc_ids())
        return isinstance(doc_id, str) and doc_id in self._id_set

    def items(self):
        """Every (doc_id, text), in one query (what :meth:`dict` and ``Series.map`` ask for)."""
        return [(d, t or "") for d, t in self._query("SELECT doc_id, text FROM {files}")]

    def values(self):
        return [text for _, text in self.items()]

    # --- many articles at once --------------------------------------------------------------------

    def many(self, doc_ids: Iterable[str]) -> dict[str, str]:
        """doc_id → text of ``doc_ids`` (in their order; unknown ids left out), in one query."""
        wanted = list(dict.fromkeys(doc_ids))
        if not wanted:
            return {}
        rows = dict(self._query("SELECT doc_id, text FROM {files} WHERE list_contains(?, doc_id)", [wanted]))
        found = {d: rows[d] or "" for d in wanted if d in rows}
        if len(found) <= self._cached:
            self._remember(found)
        return found

    def fingerprint(self) -> str:
        """A digest of the bytes of the files the texts are read from (hex): the same files give
        the same digest, an edited or another file another one. Reading the bytes (~0.1 s for
        SaudiNewsNet's 30,000 articles) costs much less than reading every text through DuckDB."""
        digest = hashlib.sha256()
        for name in self._files:
            for path in sorted(glob.glob(name)) if glob.has_magic(name) else [name]:
                digest.update(Path(path).name.encode() + b"\x00")
                try:
                    with open(path, "rb") as handle:
                        for block in iter(lambda: handle.read(1 << 20), b""):
                            digest.update(block)
                except OSError as error:
                    raise self._gone(error) from error
        return digest.hexdigest()

    def in_order(self, doc_ids: Sequence[str]) -> Sequence[str]:
        """The texts of ``doc_ids`` (``""`` for an unknown id) as a sequence read a slice at a time:
        ``in_order(ids)[0:2000]`` is one query, so a pass over the corpus in slices (the Compare
        page's term counts) holds one slice's texts at a time, never the corpus'."""
        return _TextsInOrder(self, list(doc_ids))

    def matching(
        self, pattern: str, *, doc_ids: Iterable[str] | None = None, chunk: int = 2000
    ) -> Iterator[dict[str, str]]:
        """The articles whose text matches ``pattern`` (RE2 syntax, DuckDB's ``regexp_matches``),
        among ``doc_ids`` when given, in file order, as dicts doc_id → text of at most ``chunk``
        articles: the scan runs inside DuckDB, only the matching texts come back, a chunk at a time."""
        sql = "SELECT doc_id, text FROM {files} WHERE regexp_matches(text, ?)"
        params: list = [pattern]
        if doc_ids is not None:
            sql += " AND list_contains(?, doc_id)"
            params.append(list(doc_ids))
        # a filter without ORDER BY keeps the files' order (DuckDB's preserve_insertion_order)
        con = duckdb.connect(config={"threads": SCAN_THREADS})
        try:
            query = sql.replace("{files}", "read_parquet(?)")
            reader = con.sql(query, params=[self._files, *params]).to_arrow_reader(chunk)
            for batch in reader:
                ids, texts = batch.column(0).to_pylist(), batch.column(1).to_pylist()
                if ids:
                    yield {d: t or "" for d, t in zip(ids, texts)}
        except duckdb.IOException as error:
            raise self._gone(error) from error
        finally:
            con.close()


class _TextsInOrder(Sequence[str]):
    """:meth:`ArticleTexts.in_order`: the texts of given ids, read when sliced."""

    def __init__(self, texts: ArticleTexts, doc_ids: list[str]):
        self._texts, self._ids = texts, doc_ids

    def __len__(self) -> int:
        return len(self._ids)

    @overload
    def __getitem__(self, at: int) -> str: ...

    @overload
    def __getitem__(self, at: slice) -> list[str]: ...

    def __getitem__(self, at: int | slice) -> str | list[str]:
        if isinstance(at, slice):
            ids = self._ids[at]
            found = self._texts.many(ids)
            return [found.get(d, "") for d in ids]
        return self._texts.get(self._ids[at], "") or ""

    def take(self, positions: Sequence[int]) -> list[str]:
        """The texts at ``positions``, read in one query (a sample of the corpus)."""
        ids = [self._ids[int(i)] for i in positions]
        found = self._texts.many(ids)
        return [found.get(d, "") or "" for d in ids]
