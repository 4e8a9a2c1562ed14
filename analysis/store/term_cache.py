"""Every article's term counts, kept on disk: the Compare page's counts survive a restart.

:func:`analysis.aggregate.terms.build_term_matrix` over a 30,000-article corpus takes ~15 s; the
pipeline keeps only each article's top terms, so the dashboard builds the whole matrix when Compare
is first opened. This keeps it in the cache directory, keyed by everything the matrix depends on:
the articles (ids, texts, sources), the vocabulary (gazetteer names, exclusions), the code and the
data files of the term tokeniser. Any change is a new key, so a stale matrix is never served; an
entry is written to a temporary folder and renamed, so an interrupted write leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path

import scipy.sparse as sp

from analysis import __version__
from analysis.aggregate.terms import TermMatrix, build_term_matrix
from analysis.aggregate.vocabulary import TermVocabulary

_PACKAGE = Path(__file__).resolve().parent.parent
#: The files whose contents decide what a term is: a change in any of them is a new key.
_TERM_SOURCES = (
    "aggregate/terms.py",
    "aggregate/boilerplate.py",
    "aggregate/phrases.py",
    "aggregate/vocabulary.py",
    "text/normalize.py",
    "text/arabic.py",
    "text/markup.py",
    "data/stopwords_news.txt",
    "data/term_exclusions.yaml",
    "data/boilerplate.yaml",
    "data/markup.yaml",
)
_PREFIX = "terms-"
_LOG = logging.getLogger(__name__)
#: Texts hashed per slice (:meth:`analysis.store.texts.ArticleTexts.in_order` reads one slice a query).
_SLICE = 2000


class TermCacheError(ValueError):
    """An entry of the term counts that cannot be served (damaged, or of other articles): its
    message names the file."""


def term_cache_key(
    doc_ids: Sequence,
    texts: Sequence[str],
    sources: Sequence,
    vocabulary: TermVocabulary,
    *,
    texts_fingerprint: str | None = None,
) -> str:
    """A digest of the articles, the vocabulary and the tokeniser's code and data files.
    ``texts_fingerprint`` (a digest of the files the texts are read from) stands for the texts,
    which are then not read."""
    digest = hashlib.sha256()
    digest.update(__version__.encode())
    for name in _TERM_SOURCES:
        path = _PACKAGE / name
        digest.update(name.encode())
        digest.update(path.read_bytes() if path.exists() else b"-")
    digest.update(repr(vocabulary).encode())
    if not len(doc_ids) == len(texts) == len(sources):
        raise ValueError("doc_ids, texts and sources must be as long as each other")
    if texts_fingerprint is not None:
        digest.update(f"\x1etexts {texts_fingerprint}".encode())
        for doc_id, source in zip(doc_ids, sources):
            digest.update(f"\x1d{doc_id}\x1f{source}".encode())
        return digest.hexdigest()[:24]
    for first in range(0, len(texts), _SLICE):  # a slice at a time: texts read from disk stay there
        last = first + _SLICE
        for doc_id, text, source in zip(doc_ids[first:last], texts[first:last], sources[first:last]):
            digest.update(f"\x1d{doc_id}\x1f{source}\x1f".encode())
            digest.update(text.encode())
    return digest.hexdigest()[:24]


def load_or_build_terms(
    doc_ids: Sequence,
    texts: Sequence[str],
    *,
    sources: Sequence,
    vocabulary: TermVocabulary,
    cache_dir: str | Path,
    texts_fingerprint: str | None = None,
) -> TermMatrix:
    """The term matrix of the articles, read from ``cache_dir`` when an entry for them is there,
    else built (:func:`~analysis.aggregate.terms.build_term_matrix`) and written there. An
    entry refused by :func:`read_term_counts` is logged and built again; a cache that cannot be
    written only costs the next start. ``texts_fingerprint``: see :func:`term_cache_key`."""
    key = term_cache_key(doc_ids, texts, sources, vocabulary, texts_fingerprint=texts_fingerprint)
    entry = Path(cache_dir) / f"{_PREFIX}{key}"
    if (entry / "meta.json").exists():
        try:
            return read_term_counts(entry, doc_ids)
        except TermCacheError as error:
            _LOG.warning("term counts not served, made again: %s", error)
            shutil.rmtree(entry, ignore_errors=True)
    matrix = build_term_matrix(list(doc_ids), texts, sources=list(sources), vocabulary=vocabulary)
    with contextlib.suppress(OSError):  # a full or read-only disk: served anyway, built again next time
        _write(matrix, entry)
    return matrix


def _write(matrix: TermMatrix, entry: Path) -> None:
    entry.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".terms-", dir=entry.parent))
    try:
        # uncompressed: read back many times faster than zipped (0.5 s → 0.04 s at 31k), for twice the disk
        sp.save_npz(staging / "counts.npz", matrix.counts.tocsr(), compressed=False)
        sp.save_npz(staging / "tfidf.npz", matrix.tfidf.tocsr(), compressed=False)
        meta = {
            "doc_ids": list(matrix.doc_ids),
            "terms": list(matrix.terms),
            "keys": list(matrix.keys),
            "n_phrases": matrix.n_phrases,
        }
        # meta.json last: an entry is complete when it is there
        (staging / "meta.json").write_text(json.dumps(meta, ensure_ascii=False), "utf-8")
        try:
            os.rename(staging, entry)
        except OSError:
            if not (entry / "meta.json").exists():  # not another process's complete entry
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def read_term_counts(entry: str | Path, doc_ids: Sequence | None = None) -> TermMatrix:
    """The term matrix stored in the folder ``entry``. Raises :class:`TermCacheError`, naming the
    file, when a file is missing or damaged, when the matrices do not match the terms, or when the
    entry's articles are not ``doc_ids`` (in this order; None: not checked)."""
    entry = Path(entry)
    meta_file = entry / "meta.json"
    try:
        meta = json.loads(meta_file.read_text("utf-8"))
        stored_ids, terms, keys, n_phrases = meta["doc_ids"], meta["terms"], meta["keys"], int(meta["n_phrases"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise TermCacheError(f"{meta_file}: unreadable ({error})") from error
    if doc_ids is not None and list(stored_ids) != list(doc_ids):
        raise TermCacheError(
            f"{meta_file}: holds the counts of {len(stored_ids):,} articles, not of the {len(doc_ids):,} asked for"
        )
    matrices = {}
    for name in ("counts", "tfidf"):
        path = entry / f"{name}.npz"
        try:
            matrices[name] = sp.load_npz(path).tocsr()
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as error:
            raise TermCacheError(f"{path}: unreadable ({error})") from error
        if matrices[name].shape != (len(stored_ids), len(terms)):
            raise TermCacheError(
                f"{path}: a {matrices[name].shape[0]:,} × {matrices[name].shape[1]:,} matrix, where "
                f"{meta_file.name} lists {len(stored_ids):,} articles and {len(terms):,} terms"
            )
    if len(keys) != len(terms):
        raise TermCacheError(f"{meta_file}: {len(keys):,} keys for {len(terms):,} terms")
    return TermMatrix(
        doc_ids=stored_ids,
        terms=terms,
        keys=keys,
        counts=matrices["counts"],
        tfidf=matrices["tfidf"],
        n_phrases=n_phrases,
    )
