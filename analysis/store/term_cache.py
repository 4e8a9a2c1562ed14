"""Every article's term counts, kept on disk: the Compare page's counts survive a restart.

The build counts every article's terms for its TF-IDF (:func:`analysis.aggregate.terms.build_term_matrix`,
~15 s over a 30,000-article corpus) and hands the matrix over with its tables
(:attr:`analysis.schema.CorpusTables.term_matrix`); the store's analysis keeps it here
(:func:`keep_terms`), so the Compare page's first visit reads it (:func:`load_or_build_terms`)
instead of counting the corpus again. An entry lives in the cache directory, keyed by everything
the matrix depends on: the articles (ids, texts, sources), the vocabulary (gazetteer names,
exclusions), the code and the data files of the term tokeniser. Any change is a new key, so a stale
matrix is never served; an entry is written to a temporary folder and renamed, so an interrupted
write leaves nothing behind. An entry written for a corpus (:func:`corpus_identity`) replaces the
entries of the same corpus written before it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
import threading
import zipfile
from collections.abc import Sequence
from pathlib import Path

import scipy.sparse as sp

from analysis import __version__
from analysis.aggregate.terms import TermMatrix, build_term_matrix
from analysis.aggregate.vocabulary import TermVocabulary, term_vocabulary
from analysis.extract.gazetteer import Gazetteer
from analysis.schema import CorpusTables
from analysis.store.texts import ArticleTexts, texts_digest

_PACKAGE = Path(__file__).resolve().parent.parent
#: The files whose contents decide what a term is: a change in any of them is a new key.
_TERM_SOURCES = (
    "aggregate/terms.py",
    "aggregate/boilerplate.py",
    "aggregate/phrases.py",
    "aggregate/vocabulary.py",
    "text/compounds.py",
    "text/spellings.py",
    "data/spellings.yaml",
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


class TermCacheError(ValueError):
    """An entry of the term counts that cannot be served (damaged, or of other articles): its
    message names the file."""


def corpus_identity(kind: str, location: str | Path, name: str = "") -> str:
    """What names one corpus across its revisions: ``path:<folder>`` for a corpus read from a path,
    ``store:<data dir>:<name>`` for a corpus of an article store. A new entry of a corpus replaces
    the older entries of the same identity."""
    where = str(Path(location).expanduser().resolve())
    return f"path:{where}" if kind == "path" else f"store:{where}:{name}"


def update_with_sources(
    digest, names: Sequence[str], *, suffixes: Sequence[str] | None = None, package: Path = _PACKAGE
) -> None:
    """Feeds ``digest`` the names and contents of the package files ``names`` (paths under
    ``analysis/``; a folder stands for its files, those ending in ``suffixes`` when given, never
    ``__pycache__``'s): a change to any of them is a new key."""
    for name in names:
        path = package / name
        if path.is_dir():
            files = sorted(
                f for f in path.rglob("*")
                if f.is_file() and "__pycache__" not in f.parts and (suffixes is None or f.suffix in suffixes)
            )  # fmt: skip
            for file in files:
                digest.update(str(file.relative_to(package)).encode())
                digest.update(file.read_bytes())
            continue
        digest.update(name.encode())
        digest.update(path.read_bytes() if path.exists() else b"-")


def term_cache_key(
    doc_ids: Sequence,
    texts: Sequence[str],
    sources: Sequence,
    vocabulary: TermVocabulary,
    *,
    texts_fingerprint: str | None = None,
) -> str:
    """A digest of the articles, the vocabulary and the tokeniser's code and data files.
    ``texts_fingerprint`` stands for the texts, which are then not read: a digest of the files they
    are read from, or their :func:`~analysis.store.texts.texts_digest` recorded when they were
    written (without it, the texts' digest is computed here: the same key)."""
    if not len(doc_ids) == len(texts) == len(sources):
        raise ValueError("doc_ids, texts and sources must be as long as each other")
    if texts_fingerprint is None:
        texts_fingerprint = texts_digest(texts)
    digest = hashlib.sha256()
    digest.update(__version__.encode())
    update_with_sources(digest, _TERM_SOURCES)
    digest.update(repr(vocabulary).encode())
    digest.update(f"\x1etexts {texts_fingerprint}".encode())
    for doc_id, source in zip(doc_ids, sources):
        digest.update(f"\x1d{doc_id}\x1f{source}".encode())
    return digest.hexdigest()[:24]


def _entry(cache_dir: str | Path, key: str, corpus: str | None) -> Path:
    """``terms-<key>``, or ``terms-<corpus digest>-<key>`` for an entry of a named corpus."""
    if corpus is None:
        return Path(cache_dir) / f"{_PREFIX}{key}"
    return Path(cache_dir) / f"{_PREFIX}{_corpus_digest(corpus)}-{key}"


def _corpus_digest(corpus: str) -> str:
    return hashlib.sha256(corpus.encode()).hexdigest()[:12]


def load_or_build_terms(
    doc_ids: Sequence,
    texts: Sequence[str],
    *,
    sources: Sequence,
    vocabulary: TermVocabulary,
    cache_dir: str | Path,
    texts_fingerprint: str | None = None,
    corpus: str | None = None,
) -> TermMatrix:
    """The term matrix of the articles, read from ``cache_dir`` when an entry for them is there
    (the build's, :func:`keep_terms`; a write of it still under way is waited for), else built
    (:func:`~analysis.aggregate.terms.build_term_matrix`) and written there, replacing the older
    entries of ``corpus`` (:func:`corpus_identity`; None: none replaced). An entry refused by
    :func:`read_term_counts` is logged and built again; a cache that cannot be written only costs
    the next start. ``texts_fingerprint``: see :func:`term_cache_key`."""
    key = term_cache_key(doc_ids, texts, sources, vocabulary, texts_fingerprint=texts_fingerprint)
    entry = _entry(cache_dir, key, corpus)
    _finish(entry)
    if (entry / "meta.json").exists():
        try:
            return read_term_counts(entry, doc_ids)
        except TermCacheError as error:
            _LOG.warning("term counts not served, made again: %s", error)
            shutil.rmtree(entry, ignore_errors=True)
    matrix = build_term_matrix(list(doc_ids), texts, sources=list(sources), vocabulary=vocabulary)
    with contextlib.suppress(OSError):  # a full or read-only disk: served anyway, built again next time
        _write(matrix, entry)
        if corpus is not None:
            _forget_superseded(entry, corpus)
    return matrix


def keep_terms(
    matrix: TermMatrix,
    *,
    sources: Sequence,
    vocabulary: TermVocabulary,
    cache_dir: str | Path,
    texts_fingerprint: str,
    corpus: str,
    background: bool = False,
) -> Path:
    """Keep the build's term matrix (every article's counts, :attr:`CorpusTables.term_matrix`) as the
    entry :func:`load_or_build_terms` reads for the same articles, texts and vocabulary, and delete
    the entries ``corpus`` had before. ``texts_fingerprint``: the
    :func:`~analysis.store.texts.texts_digest` of the articles' texts in the matrix's order, the one
    recorded with the snapshot the texts are read from afterwards. ``background``: written in a
    thread (a reader of the entry in this process waits for it). Returns the entry's folder; a
    cache that cannot be written is left without it (the Compare page counts again)."""
    doc_ids = list(matrix.doc_ids)
    key = term_cache_key(doc_ids, _Unread(len(doc_ids)), sources, vocabulary, texts_fingerprint=texts_fingerprint)
    entry = _entry(cache_dir, key, corpus)

    def write() -> None:
        with contextlib.suppress(OSError):
            if not (entry / "meta.json").exists():
                _write(matrix, entry)
            _forget_superseded(entry, corpus)

    if not background:
        write()
        return entry
    writer = threading.Thread(target=write, name=f"terms-{key}")
    with _PENDING_LOCK:
        _PENDING[entry] = writer
    writer.start()
    return entry


def tables_texts_digest(tables: CorpusTables) -> str:
    """The :func:`~analysis.store.texts.texts_digest` of the tables' texts in document order (what
    the snapshot records, and :func:`keep_tables_terms` and the Compare page key the counts by)."""
    doc_ids = tables.documents["doc_id"].tolist()
    return texts_digest([tables.texts.get(d) or "" for d in doc_ids])


def keep_tables_terms(
    tables: CorpusTables,
    gazetteer: Gazetteer,
    *,
    cache_dir: str | Path,
    corpus: str,
    texts_digest: str,
    background: bool = False,
) -> Path | None:
    """:func:`keep_terms` of the term matrix a build handed over with ``tables`` (analysed with
    ``gazetteer``), which the tables then no longer hold; None when they hold none, or counts of
    other articles than the tables' (not kept: the Compare page counts them)."""
    matrix, tables.term_matrix = tables.term_matrix, None
    if matrix is None:
        return None
    sources = tables.documents["source"].tolist()
    if list(matrix.doc_ids) != tables.documents["doc_id"].tolist():
        _LOG.warning("term counts of %s not kept: not of the tables' articles, in their order", corpus)
        return None
    return keep_terms(
        matrix,
        sources=sources,
        vocabulary=term_vocabulary(gazetteer, sources),
        cache_dir=cache_dir,
        texts_fingerprint=texts_digest,
        corpus=corpus,
        background=background,
    )


def tables_terms(tables: CorpusTables, gazetteer: Gazetteer, *, cache_dir: str | Path, corpus: str) -> TermMatrix:
    """Every article's term counts of analysed ``tables`` (what the Compare page counts): the entry
    the analysis kept (:func:`keep_tables_terms`), else counted and kept (:func:`load_or_build_terms`).
    Texts read from a snapshot are known by the digest it recorded, or by their files' bytes: none is
    read to find the entry."""
    doc_ids = tables.documents["doc_id"].tolist()
    held = tables.term_matrix  # a linked build's own counts (read_build), of these articles
    if held is not None and list(held.doc_ids) == doc_ids:
        return held
    sources = tables.documents["source"].tolist()
    texts = tables_texts(tables)
    fingerprint = None
    if isinstance(tables.texts, ArticleTexts):
        fingerprint = tables.texts.digest or tables.texts.fingerprint()
    return load_or_build_terms(
        doc_ids,
        texts,
        sources=sources,
        vocabulary=term_vocabulary(gazetteer, sources),
        cache_dir=cache_dir,
        texts_fingerprint=fingerprint,
        corpus=corpus,
    )


class _Unread(Sequence[str]):
    """As many texts as articles, never read: the key of :func:`keep_terms` stands on the fingerprint."""

    def __init__(self, n: int):
        self.n = n

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, at):
        raise TypeError("the texts are known by their fingerprint")


_PENDING: dict[Path, threading.Thread] = {}
_PENDING_LOCK = threading.Lock()


def _finish(entry: Path) -> None:
    """Wait for the entry if this process is still writing it (:func:`keep_terms` in the background)."""
    with _PENDING_LOCK:
        writer = _PENDING.pop(entry, None)
    if writer is not None:
        writer.join()


def wait_for_terms() -> None:
    """Wait until every entry this process started writing in the background is on disk."""
    for entry in list(_PENDING):
        _finish(entry)


#: An entry named by its key alone (``terms-<24 hex>``), without the corpus it belongs to: how every
#: entry was named before entries had a corpus. The analysis names each by its corpus now, so such an
#: entry is never read again and is deleted with a corpus's superseded entries.
_UNOWNED = re.compile(rf"{_PREFIX}[0-9a-f]{{24}}")


def _forget_superseded(entry: Path, corpus: str) -> None:
    """Delete the other entries of ``corpus`` (an older revision's, another vocabulary's): only the
    newest is read again, and each holds a corpus's counts twice over (tens of MB at 30,000 articles);
    and the entries of no corpus (:data:`_UNOWNED`) that earlier versions left."""
    mine = entry.parent.glob(f"{_PREFIX}{_corpus_digest(corpus)}-*")
    unowned = (old for old in entry.parent.glob(f"{_PREFIX}*") if _UNOWNED.fullmatch(old.name))
    for old in [*mine, *unowned]:
        if old != entry and old.is_dir():
            shutil.rmtree(old, ignore_errors=True)


#: The folder of a build's outputs (``analysis build --out DIR``) that holds its term counts.
BUILD_TERMS = "terms"


def write_build_terms(matrix: TermMatrix, out_dir: str | Path) -> Path | None:
    """The build's term counts in ``out_dir``/:data:`BUILD_TERMS` (the entry format :func:`read_term_counts`
    reads), so that a corpus linked from its outputs (``import --from-build``) compares without counting
    its articles again. Only on this machine's file system (an ``fsspec`` URL elsewhere is left without
    them: its Compare page counts once); returns the folder, or None."""
    import fsspec
    from fsspec.implementations.local import LocalFileSystem

    fs, root = fsspec.core.url_to_fs(str(out_dir))
    if not isinstance(fs, LocalFileSystem):
        return None
    folder = Path(root) / BUILD_TERMS
    shutil.rmtree(folder, ignore_errors=True)  # an earlier build's, into this folder
    _write(matrix, folder)
    return folder


def read_build_terms(folder: str | Path, doc_ids: Sequence) -> TermMatrix | None:
    """The term counts a build wrote in ``folder`` (:func:`write_build_terms`), if it holds them for
    ``doc_ids``; None when it has none, and when they are damaged or of other articles (logged, naming
    the file: the Compare page then counts them)."""
    entry = Path(folder) / BUILD_TERMS
    if not (entry / "meta.json").exists():
        return None
    try:
        return read_term_counts(entry, doc_ids)
    except TermCacheError as error:
        _LOG.warning("the build's term counts not used, counted again: %s", error)
        return None


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


def tables_texts(tables: CorpusTables) -> Sequence[str]:
    """The texts of ``tables``' articles in the order of its documents; those read from disk are read
    a slice at a time when asked for, never all at once."""
    doc_ids = tables.documents["doc_id"].tolist()
    if isinstance(tables.texts, ArticleTexts):
        return tables.texts.in_order(doc_ids)
    return [tables.texts.get(d) or "" for d in doc_ids]
