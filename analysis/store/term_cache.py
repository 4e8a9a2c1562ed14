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
import os
import shutil
import tempfile
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
#: Texts hashed per slice (:meth:`analysis.store.texts.ArticleTexts.in_order` reads one slice a query).
_SLICE = 2000


def term_cache_key(doc_ids: Sequence, texts: Sequence[str], sources: Sequence, vocabulary: TermVocabulary) -> str:
    """A digest of the articles, the vocabulary and the tokeniser's code and data files."""
    digest = hashlib.sha256()
    digest.update(__version__.encode())
    for name in _TERM_SOURCES:
        path = _PACKAGE / name
        digest.update(name.encode())
        digest.update(path.read_bytes() if path.exists() else b"-")
    digest.update(repr(vocabulary).encode())
    if not len(doc_ids) == len(texts) == len(sources):
        raise ValueError("doc_ids, texts and sources must be as long as each other")
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
) -> TermMatrix:
    """The term matrix of the articles, read from ``cache_dir`` when an entry for them is there,
    else built (:func:`~analysis.aggregate.terms.build_term_matrix`) and written there. An
    unreadable entry is built again; a cache that cannot be written only costs the next start."""
    key = term_cache_key(doc_ids, texts, sources, vocabulary)
    entry = Path(cache_dir) / f"{_PREFIX}{key}"
    if (entry / "meta.json").exists():
        try:
            return _read(entry)
        except (OSError, ValueError, KeyError):
            shutil.rmtree(entry, ignore_errors=True)
    matrix = build_term_matrix(list(doc_ids), texts, sources=list(sources), vocabulary=vocabulary)
    with contextlib.suppress(OSError):  # a full or read-only disk: served anyway, built again next time
        _write(matrix, entry)
    return matrix


def _write(matrix: TermMatrix, entry: Path) -> None:
    entry.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".terms-", dir=entry.parent))
    try:
        sp.save_npz(staging / "counts.npz", matrix.counts.tocsr())
        sp.save_npz(staging / "tfidf.npz", matrix.tfidf.tocsr())
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


def _read(entry: Path) -> TermMatrix:
    meta = json.loads((entry / "meta.json").read_text("utf-8"))
    counts = sp.load_npz(entry / "counts.npz").tocsr()
    tfidf = sp.load_npz(entry / "tfidf.npz").tocsr()
    if counts.shape != (len(meta["doc_ids"]), len(meta["terms"])) or counts.shape != tfidf.shape:
        raise ValueError(f"{entry}: matrix shapes do not match the terms")
    return TermMatrix(
        doc_ids=meta["doc_ids"],
        terms=meta["terms"],
        keys=meta["keys"],
        counts=counts,
        tfidf=tfidf,
        n_phrases=int(meta["n_phrases"]),
    )
