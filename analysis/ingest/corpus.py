"""Load a corpus of news articles into one documents table, reporting what was wrong with it.

A corpus is any of:

* a folder of ``.txt`` articles (one UTF-8 article per file, ``doc_id`` = the file's stem) with an
  optional ``metadata.csv`` whose columns are ``file, published, source, title, url``;
* a JSON file (an array of article objects, or an object holding that array under ``articles``)
  or a JSON Lines file (``.jsonl``/``.ndjson``, one article object per line);
* a ZIP archive of either (the SaudiNewsNet daily ZIPs load as they are);
* a folder of JSON, JSON Lines and ZIP files (``data/saudinewsnet/`` loads as one corpus);
* a single ``.txt`` article.

Folders are read one level deep (subfolders are not searched); inside a ZIP, a ``metadata.csv``
covers the ``.txt`` files in its own folder.

:func:`load_corpus` never stops at a bad article. Whatever cannot be read is skipped and named in
``LoadedCorpus.problems``, and the rest loads. Only a path that is not a corpus at all raises
:class:`CorpusError`.

Decisions worth knowing:

* Text is the article as written: bytes are decoded as UTF-8 (a leading byte-order mark is
  dropped) and line ends become ``\n``; nothing else changes, so offsets found later point into
  exactly the text shown to the analyst. Other encodings are reported, never guessed.
* JSON field names are matched case-insensitively against the aliases in :data:`FIELD_ALIASES`
  (``content``/``text``/``body`` for the text, ``published``/``date``/``date_extracted`` for the
  date, …). Fields in :data:`IGNORED_FIELDS` (``author``, ``date_basis``) are known and dropped
  silently; any other field is reported once per file.
* A date is read only when it is unambiguous: year first (``2015-07-21``, ``2015/07/21``,
  ``2015-07-21 02:51:32``, ``2015-07-21T02:51:32+03:00``), Arabic-Indic digits allowed. The date
  is taken as written, without converting time zones. ``21/07/2015`` is reported, not guessed.
* A JSON record without an ``id``/``doc_id`` gets ``<file stem>-<n>``, ``n`` counting records
  from 1 (for JSON Lines, the line number), so ids are stable while the file is unchanged.
  Record numbers in messages use the same ``n``.
* Articles whose texts are equal once runs of white space are collapsed are duplicates: the
  first one read is kept. Files are read in name order.
* A derived title skips a first line that only repeats the source's name (``ترك برس``).
"""

from __future__ import annotations

from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.ingest.discovery import CorpusError, Unit, units_for_file, units_in_folder
from analysis.ingest.fields import parse_date
from analysis.ingest.readers import read_unit
from analysis.ingest.report import (
    Collector,
    ProgressCallback,
    ReadOptions,
)


@dataclass(frozen=True)
class LoadedCorpus:
    """A loaded corpus.

    ``documents`` is the table :data:`analysis.schema.ARTICLES`, one row per article, in reading
    order: ``doc_id`` (unique), ``title``, ``source``, ``url`` (text or null), ``published``
    (``datetime.date`` or None) and ``text`` (never empty).

    ``problems`` is the table :data:`analysis.schema.PROBLEMS`: ``file`` (relative to the corpus path; a
    ZIP member as ``archive.zip/member.json``), ``doc_id`` (None for a whole file), ``severity``
    (``"error"``: a file or article could not be read; ``"warning"``: it was read, but something
    is missing, was ignored, or was a duplicate and dropped) and ``problem``, a sentence that names
    the file (and the record) and says what is wrong.
    """

    name: str
    documents: pd.DataFrame
    problems: pd.DataFrame


def load_corpus(path: str | Path, *, progress: ProgressCallback | None = None) -> LoadedCorpus:
    """Read the corpus at ``path`` (a folder, ``.json``, ``.jsonl``, ``.zip`` or ``.txt`` file).

    ``progress(done, total)`` is called with the number of files read so far (a ZIP member
    counts as one file) and the number to read: once with ``done == 0`` and after every file.

    Raises :class:`CorpusError` when ``path`` does not exist, is of an unsupported type, or is
    a folder holding no corpus files. Every other fault is a row of ``problems``.

    >>> corpus = load_corpus("seeds")
    >>> corpus.documents.loc[0, ["doc_id", "published"]].tolist()
    ['000_4404655001853660', datetime.date(2020, 12, 30)]
    """
    collector = Collector()
    with ExitStack() as stack:
        name, units = corpus_units(path, collector, stack)
        total = len(units)
        if progress is not None:
            progress(0, total)
        for done, unit in enumerate(units, start=1):
            read_unit(unit, collector)
            if progress is not None:
                progress(done, total)
    documents = collector.documents_frame()
    return LoadedCorpus(name=name, documents=documents, problems=collector.problems_frame())


def corpus_units(path: str | Path, collector: Collector, stack: ExitStack) -> tuple[str, list[Unit]]:
    """The corpus's name and the files (ZIP members) to read, in reading order, opened in ``stack``:
    what :func:`load_corpus` reads, and a streamed build (:mod:`analysis.streaming`) file by file.
    Raises :class:`CorpusError` as :func:`load_corpus` does."""
    root = Path(path)
    if not root.exists():
        raise CorpusError(f"Corpus path {str(path)!r} does not exist.")
    if root.is_dir():
        return root.resolve().name or str(root), units_in_folder(root, collector, stack)
    if root.is_file():
        return root.stem, units_for_file(root, collector, stack)
    raise CorpusError(f"Corpus path {str(path)!r} is neither a file nor a folder.")


__all__ = [
    "CorpusError",
    "LoadedCorpus",
    "ReadOptions",
    "corpus_units",
    "load_corpus",
    "parse_date",
]
