"""What reading gives: the articles read and a problem row for everything that went wrong.

:class:`Collector` gathers both while files are read (see :mod:`analysis.ingest.readers`); at the
end it drops duplicate texts, renames clashing ids, and returns the documents and problems
frames. :class:`ReadOptions` says how strictly files are read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO

import pandas as pd

from analysis import schema
from analysis.ingest.decoding import DecodeProblem, decode_utf8
from analysis.ingest.fields import collapse_spaces, letters_for_shapes
from analysis.limits import ImportLimits

ProgressCallback = Callable[[int, int], None]


class TooLarge(ValueError):
    """A file or ZIP member gave more bytes than it may (counted while reading, header or not)."""

    def __init__(self, read: int, limit: int):
        super().__init__(f"gives more than {human_size(limit)} when read")
        self.read, self.limit = read, limit


#: What reading a file or a ZIP member can raise besides decoding errors: reported, never raised.
ZIP_READ_ERRORS = (zipfile.BadZipFile, zlib.error, RuntimeError, NotImplementedError, EOFError, OSError, TooLarge)
#: Bytes read at a time from a file or a ZIP member, so no read inflates more than this beyond a limit.
READ_CHUNK = 1 << 20


def human_size(n: int) -> str:
    """``20000000`` → ``"20.0 MB"``."""
    return f"{n / 1e6:.1f} MB" if n >= 1e6 else f"{n / 1e3:.1f} kB" if n >= 1e3 else f"{n} bytes"


def read_at_most(stream: IO[bytes], limit: int | None) -> bytes:
    """All of ``stream``, read a chunk at a time; raises :class:`TooLarge` as soon as it gives more
    than ``limit`` bytes (a ZIP member inflates at most one chunk beyond, whatever its header says)."""
    parts: list[bytes] = []
    total = 0
    while True:
        chunk = stream.read(READ_CHUNK if limit is None else min(READ_CHUNK, limit + 1 - total))
        if not chunk:
            return b"".join(parts)
        total += len(chunk)
        if limit is not None and total > limit:
            raise TooLarge(total, limit)
        parts.append(chunk)


@dataclass(frozen=True)
class ReadOptions:
    """How files are read. The defaults are :func:`load_corpus`'s; the importer
    (:mod:`analysis.ingest.importing`) turns everything on.

    * ``detect_encoding``: decode with :func:`analysis.ingest.decoding.decode_text` (UTF-16,
      Windows-1256, ISO-8859-6 detected, binary files refused, mojibake repaired or flagged)
      instead of reporting every non-UTF-8 file;
    * ``max_bytes``: a file (or ZIP member) larger than this is an error, not read;
    * ``mapping``: column → field name in the file (``{"text": "body"}``) for CSV and JSON;
    * ``tables_and_pages``: ``.csv`` files (other than ``metadata.csv``) are tables of articles
      and ``.html``/``.htm`` files are web pages whose main text is extracted;
    * ``min_arabic_share``: an article whose letters are less Arabic than this is an error;
    * ``limits``: the total bytes of the import, the members of a ZIP and the size of a file on
      disk (:class:`analysis.limits.ImportLimits`), counted while reading.
    """

    detect_encoding: bool = False
    max_bytes: int | None = None
    mapping: dict[str, str] | None = None
    tables_and_pages: bool = False
    min_arabic_share: float | None = None
    limits: ImportLimits | None = None


@dataclass
class Collector:
    doc_ids: list[str] = field(default_factory=list)
    titles: list[str | None] = field(default_factory=list)
    sources: list[str | None] = field(default_factory=list)
    published: list[dt.date | None] = field(default_factory=list)
    urls: list[str | None] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    # Where each document came from, for messages: (file, "file, record n").
    origins: list[tuple[str, str]] = field(default_factory=list)
    problems: list[tuple[str, str | None, str, str]] = field(default_factory=list)
    options: ReadOptions = field(default_factory=ReadOptions)
    # The encoding each file was read in (only with ReadOptions.detect_encoding), by label.
    encodings: dict[str, str] = field(default_factory=dict)
    # Indexes into ``problems`` of the warnings that are dropped duplicates.
    duplicates: set[int] = field(default_factory=set)
    # Bytes read so far, all files and ZIP members together (held to ``limits.max_total_bytes``).
    bytes_read: int = 0
    # What :meth:`take_documents` remembers of the articles it took: their ids, and their texts' digests
    # (→ the id and record of the first article with that text).
    _seen_ids: set[str] = field(default_factory=set)
    _first_texts: dict[bytes, tuple[str, str]] = field(default_factory=dict)

    def bytes_left(self) -> int | None:
        """What the import may still read (None: no total limit)."""
        limits = self.options.limits
        return None if limits is None else limits.max_total_bytes - self.bytes_read

    def error(self, file: str, where: str, message: str, doc_id: str | None = None) -> None:
        self.problems.append((file, doc_id, "error", f"{where}: {message}"))

    def warning(self, file: str, where: str, message: str, doc_id: str | None = None) -> None:
        self.problems.append((file, doc_id, "warning", f"{where}: {message}"))

    def decode(
        self, data: bytes, label: str, where: str, *, doc_id: str | None = None, consequence: str = "skipped"
    ) -> str | None:
        """``data`` as UTF-8 (a leading byte-order mark dropped), or None after reporting why not."""
        try:
            return decode_utf8(data)
        except DecodeProblem as problem:
            self.error(label, where, f"{problem}; {consequence}", doc_id)
            return None

    def add(
        self,
        file: str,
        where: str,
        doc_id: str,
        title: str | None,
        source: str | None,
        published: dt.date | None,
        url: str | None,
        text: str,
    ) -> None:
        text = letters_for_shapes(
            text
        )  # shapes (U+FED7 U+FE8E U+FEDD) → قال: the analysis reads letters, and the page shows them
        title = letters_for_shapes(title) if title else title
        minimum = self.options.min_arabic_share
        if minimum is not None:
            from analysis.ingest.decoding import arabic_share

            share = arabic_share(text)
            if share < minimum:
                # The article is refused: its date warnings would only be noise.
                self.problems = [p for p in self.problems if p[:3] != (file, doc_id, "warning")]
                self.error(
                    file, where, f"not Arabic text (only {share:.0%} of its letters are Arabic); skipped", doc_id
                )
                return
        self.doc_ids.append(doc_id)
        self.titles.append(title)
        self.sources.append(source)
        self.published.append(published)
        self.urls.append(url)
        self.texts.append(text)
        self.origins.append((file, where))

    def documents_frame(self) -> pd.DataFrame:
        """Every article read, as :meth:`take_documents` gives them but with the lists kept (an import's
        report reads where each came from); called once, at the end."""
        return self._documents()

    def take_documents(self) -> pd.DataFrame:
        """The articles read since the last call (all of them on the first), as :data:`analysis.schema.ARTICLES`:
        an id already used by an article read before is renamed (``id~2``), and a text equal to an earlier
        one's (runs of white space collapsed) is a duplicate, dropped with a warning, whichever call took the
        earlier one. The lists are emptied, so a corpus read piece by piece (:mod:`analysis.streaming`) is
        never held whole; only an id and a 16-byte digest are kept per article."""
        documents = self._documents()
        for taken in (self.doc_ids, self.titles, self.sources, self.published, self.urls, self.texts, self.origins):
            taken.clear()
        return documents

    def _documents(self) -> pd.DataFrame:
        keep = self._drop_duplicate_texts(self._unique_doc_ids())
        columns = {
            "doc_id": keep_flagged(keep, self.doc_ids),
            "title": keep_flagged(keep, self.titles),
            "source": keep_flagged(keep, self.sources),
            "published": keep_flagged(keep, self.published),
            "url": keep_flagged(keep, self.urls),
            "text": keep_flagged(keep, self.texts),
        }
        return schema.conform(schema.ARTICLES, pd.DataFrame(columns, columns=schema.ARTICLES.names, dtype=object))

    def problems_frame(self) -> pd.DataFrame:
        return schema.conform(schema.PROBLEMS, pd.DataFrame(self.problems, columns=schema.PROBLEMS.names, dtype=object))

    def _unique_doc_ids(self) -> list[str]:
        # An id is taken when an earlier article had it or one of these has it: the earlier ids are
        # not copied (a corpus taken file by file would copy them once per file).
        seen, here = self._seen_ids, set(self.doc_ids)
        for i, doc_id in enumerate(self.doc_ids):
            if doc_id in seen:
                n = 2
                while f"{doc_id}~{n}" in seen or f"{doc_id}~{n}" in here:
                    n += 1
                new_id = f"{doc_id}~{n}"
                here.add(new_id)
                file, where = self.origins[i]
                self.warning(
                    file, where, f"doc_id {doc_id!r} is already used by an earlier article; renamed {new_id!r}", new_id
                )
                self.doc_ids[i] = new_id
                doc_id = new_id
            seen.add(doc_id)
        return self.doc_ids

    def _drop_duplicate_texts(self, doc_ids: list[str]) -> list[bool]:
        # Keyed on a 16-byte digest of the collapsed text: no second copy of the corpus is held.
        first = self._first_texts
        keep = [True] * len(doc_ids)
        for i, text in enumerate(self.texts):
            digest = hashlib.blake2b(collapse_spaces(text).encode("utf-8"), digest_size=16).digest()
            original = first.get(digest)
            if original is None:
                first[digest] = (doc_ids[i], self.origins[i][1])
                continue
            keep[i] = False
            file, where = self.origins[i]
            self.duplicates.add(len(self.problems))
            self.warning(
                file,
                where,
                f"same text as {original[0]!r} ({original[1]}); duplicate {doc_ids[i]!r} skipped",
                doc_ids[i],
            )
        return keep


def keep_flagged(keep: list[bool], values: list) -> list:
    return [value for value, kept in zip(values, keep) if kept]
