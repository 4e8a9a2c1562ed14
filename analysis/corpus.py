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
  dropped) and line ends become ``\\n``; nothing else changes, so offsets found later point into
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

import csv
import datetime as dt
import io
import json
import os
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import pandas as pd

DOCUMENT_COLUMNS = ["doc_id", "title", "source", "published", "url", "text"]
PROBLEM_COLUMNS = ["file", "doc_id", "severity", "problem"]

#: Field names accepted for each column, in order of preference (compared lower-cased).
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "doc_id": ("doc_id", "id"),
    "text": ("content", "text", "body", "article"),
    "title": ("title", "headline"),
    "source": ("source", "publisher", "newspaper"),
    "published": ("published", "date", "date_published", "published_at", "pubdate", "date_extracted"),
    "url": ("url", "link"),
}
#: Fields that are known but not part of the documents table: dropped without a warning.
IGNORED_FIELDS = frozenset({"author", "date_basis"})
#: Longest derived title, in characters (cut at a word boundary).
TITLE_MAX_CHARS = 120

METADATA_FILE = "metadata.csv"
_METADATA_COLUMNS = ("file", "published", "source", "title", "url")
_JSON_SUFFIXES = {".json"}
_JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_TEXT_SUFFIXES = {".txt"}
# Files that commonly sit next to a corpus and are not articles: skipped without a warning.
_DOCUMENTATION_SUFFIXES = {".md", ".rst", ".pdf", ".html", ".htm"}
_DOCUMENTATION_STEMS = {"readme", "license", "licence", "copying", "notice", "changelog"}
# Keys that may hold the list of articles when a JSON file is an object rather than an array.
_ARTICLE_LIST_KEYS = ("articles", "documents", "records", "data", "items")

_KNOWN_RECORD_FIELDS = frozenset(alias for aliases in FIELD_ALIASES.values() for alias in aliases)
_KNOWN_METADATA_COLUMNS = frozenset(
    {"file", *(a for column in _METADATA_COLUMNS[1:] for a in FIELD_ALIASES[column])}
)

# Year first, then month and day; an optional time of day and zone are accepted and dropped.
_DATE_RE = re.compile(
    r"""\s*(\d{4})([-/.])(\d{1,2})\2(\d{1,2})
        (?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?\s*""",
    re.VERBOSE | re.IGNORECASE,
)
_ZIP_READ_ERRORS = (zipfile.BadZipFile, zlib.error, RuntimeError, NotImplementedError, EOFError, OSError)


class CorpusError(ValueError):
    """The path is not a corpus at all (missing, or of a kind :func:`load_corpus` cannot read)."""


@dataclass(frozen=True)
class LoadedCorpus:
    """A loaded corpus.

    ``documents`` has the columns :data:`DOCUMENT_COLUMNS`, one row per article, in reading
    order: ``doc_id`` (unique str), ``title``, ``source``, ``url`` (str or None), ``published``
    (``datetime.date`` or None) and ``text`` (str, never empty). All columns have object dtype.

    ``problems`` has the columns :data:`PROBLEM_COLUMNS`: ``file`` (relative to the corpus path; a
    ZIP member as ``archive.zip/member.json``), ``doc_id`` (None for a whole file), ``severity``
    (``"error"``: a file or article could not be read; ``"warning"``: it was read, but something
    is missing, was ignored, or was a duplicate and dropped) and ``problem``, a sentence that names
    the file (and the record) and says what is wrong.
    """

    name: str
    documents: pd.DataFrame
    problems: pd.DataFrame


ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True)
class ReadOptions:
    """How files are read. The defaults are :func:`load_corpus`'s; the importer
    (:mod:`analysis.importing`) turns everything on.

    * ``detect_encoding``: decode with :func:`analysis.decoding.decode_text` (UTF-16,
      Windows-1256, ISO-8859-6 detected, binary files refused, mojibake repaired or flagged)
      instead of reporting every non-UTF-8 file;
    * ``max_bytes``: a file (or ZIP member) larger than this is an error, not read;
    * ``mapping``: column → field name in the file (``{"text": "body"}``) for CSV and JSON;
    * ``tables_and_pages``: ``.csv`` files (other than ``metadata.csv``) are tables of articles
      and ``.html``/``.htm`` files are web pages whose main text is extracted;
    * ``min_arabic_share``: an article whose letters are less Arabic than this is an error.
    """

    detect_encoding: bool = False
    max_bytes: int | None = None
    mapping: dict[str, str] | None = None
    tables_and_pages: bool = False
    min_arabic_share: float | None = None


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
    root = Path(path)
    if not root.exists():
        raise CorpusError(f"Corpus path {str(path)!r} does not exist.")
    collector = _Collector()
    with ExitStack() as stack:
        if root.is_dir():
            name = root.resolve().name or str(root)
            units = _units_in_folder(root, collector, stack)
        elif root.is_file():
            name = root.stem
            units = _units_for_file(root, collector, stack)
        else:
            raise CorpusError(f"Corpus path {str(path)!r} is neither a file nor a folder.")
        total = len(units)
        if progress is not None:
            progress(0, total)
        for done, unit in enumerate(units, start=1):
            _read_unit(unit, collector)
            if progress is not None:
                progress(done, total)
    documents = collector.documents_frame()
    return LoadedCorpus(name=name, documents=documents, problems=collector.problems_frame())


# --- small public helpers ------------------------------------------------------------------


def parse_date(value: str) -> dt.date | None:
    """The calendar date in ``value``, or None when it is not an unambiguous year-first date.

    ``"2015-07-21 02:51:32"`` → ``date(2015, 7, 21)``; ``"٢٠١٩/٠٣/١٤"`` → ``date(2019, 3, 14)``;
    ``"21/07/2015"`` → None (day and month could be either way round).
    """
    match = _DATE_RE.fullmatch(value)
    if match is None:
        return None
    year, _, month, day = match.groups()
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def derive_title(text: str, *, source: str | None = None, max_chars: int = TITLE_MAX_CHARS) -> str | None:
    """A title for an article that has none: its first non-empty line, cut to ``max_chars``.

    A first line that only repeats the source's name is skipped, since news sites often open the
    article with their own name: ``derive_title("ترك برس\\n\\nمنذ نيسان ...", source="ترك برس")``
    → ``"منذ نيسان ..."``. A long line is cut at the last space before ``max_chars`` and ends in
    ``…``. Returns None only for a blank text.
    """
    skip = _collapse_spaces(source) if source else None
    first = None
    for raw_line in text.split("\n"):
        line = _collapse_spaces(raw_line)
        if not line:
            continue
        if first is None:
            first = line
        if line != skip:
            return _shorten(line, max_chars)
    return None if first is None else _shorten(first, max_chars)


# --- collecting documents and problems -----------------------------------------------------


@dataclass
class _Collector:
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

    def error(self, file: str, where: str, message: str, doc_id: str | None = None) -> None:
        self.problems.append((file, doc_id, "error", f"{where}: {message}"))

    def warning(self, file: str, where: str, message: str, doc_id: str | None = None) -> None:
        self.problems.append((file, doc_id, "warning", f"{where}: {message}"))

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
        minimum = self.options.min_arabic_share
        if minimum is not None:
            from analysis.decoding import arabic_share

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
        keep = self._drop_duplicate_texts(self._unique_doc_ids())
        columns = {
            "doc_id": _keep(keep, self.doc_ids),
            "title": _keep(keep, self.titles),
            "source": _keep(keep, self.sources),
            "published": _keep(keep, self.published),
            "url": _keep(keep, self.urls),
            "text": _keep(keep, self.texts),
        }
        return pd.DataFrame(columns, columns=DOCUMENT_COLUMNS, dtype=object)

    def problems_frame(self) -> pd.DataFrame:
        return pd.DataFrame(self.problems, columns=PROBLEM_COLUMNS, dtype=object)

    def _unique_doc_ids(self) -> list[str]:
        taken = set(self.doc_ids)
        seen: set[str] = set()
        for i, doc_id in enumerate(self.doc_ids):
            if doc_id in seen:
                n = 2
                while f"{doc_id}~{n}" in taken:
                    n += 1
                new_id = f"{doc_id}~{n}"
                taken.add(new_id)
                file, where = self.origins[i]
                self.warning(
                    file, where, f"doc_id {doc_id!r} is already used by an earlier article; renamed {new_id!r}", new_id
                )
                self.doc_ids[i] = new_id
                doc_id = new_id
            seen.add(doc_id)
        return self.doc_ids

    def _drop_duplicate_texts(self, doc_ids: list[str]) -> list[bool]:
        # Keyed on hash() to avoid holding a second copy of the corpus; equal hashes are
        # confirmed by comparing the collapsed texts themselves.
        first_by_hash: dict[int, list[int]] = {}
        keep = [True] * len(doc_ids)
        for i, text in enumerate(self.texts):
            collapsed = _collapse_spaces(text)
            candidates = first_by_hash.setdefault(hash(collapsed), [])
            original = next((j for j in candidates if _collapse_spaces(self.texts[j]) == collapsed), None)
            if original is None:
                candidates.append(i)
                continue
            keep[i] = False
            file, where = self.origins[i]
            self.duplicates.add(len(self.problems))
            self.warning(
                file,
                where,
                f"same text as {doc_ids[original]!r} ({self.origins[original][1]}); "
                f"duplicate {doc_ids[i]!r} skipped",
                doc_ids[i],
            )
        return keep


def _keep(keep: list[bool], values: list) -> list:
    return [value for value, kept in zip(values, keep) if kept]


# --- finding the files of a corpus ---------------------------------------------------------


@dataclass
class _MetadataRow:
    line: int
    name: str
    values: dict[str, str | None]


@dataclass
class _Metadata:
    label: str
    rows: dict[str, _MetadataRow]

    def lookup(self, name: str) -> _MetadataRow | None:
        return self.rows.get(name) or self.rows.get(PurePosixPath(name).stem)


@dataclass
class _Unit:
    """One file to read: a file on disk or a ZIP member."""

    label: str  # the path reported in problems, relative to the corpus path
    kind: str  # "txt" | "json" | "jsonl"
    read: Callable[[], bytes]
    metadata: _Metadata | None = None
    size: int | None = None  # when known before reading (a ZIP member)


def _kind_of(name: str, options: ReadOptions | None = None) -> str | None:
    suffix = PurePosixPath(name).suffix.lower()
    if options is not None and options.tables_and_pages:
        if suffix == ".csv" and PurePosixPath(name).name.lower() != METADATA_FILE:
            return "csv"
        if suffix in (".html", ".htm"):
            return "html"
    if suffix in _TEXT_SUFFIXES:
        return "txt"
    if suffix in _JSON_SUFFIXES:
        return "json"
    if suffix in _JSONL_SUFFIXES:
        return "jsonl"
    if suffix == ".zip":
        return "zip"
    return None


def _is_documentation(name: str) -> bool:
    path = PurePosixPath(name)
    return path.suffix.lower() in _DOCUMENTATION_SUFFIXES or path.stem.lower() in _DOCUMENTATION_STEMS


def _units_for_file(path: Path, collector: _Collector, stack: ExitStack) -> list[_Unit]:
    kind = _kind_of(path.name)
    if kind == "zip":
        return _units_in_zip(path, path.name, collector, stack)
    if kind is None:
        raise CorpusError(
            f"Cannot read {str(path)!r} as a corpus: expected a folder, or a .txt, .json, .jsonl "
            f"or .zip file, not a {path.suffix or 'suffix-less'} file."
        )
    return [_Unit(path.name, kind, path.read_bytes)]


def _units_in_folder(folder: Path, collector: _Collector, stack: ExitStack) -> list[_Unit]:
    """The corpus files directly inside ``folder`` (not its subfolders), in name order."""
    try:
        entries = sorted((e for e in os.scandir(folder) if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as exc:
        raise CorpusError(f"Cannot list corpus folder {str(folder)!r}: {exc.strerror or exc}.") from exc
    files = [Path(e.path) for e in entries if e.is_file()]
    if not any(_kind_of(file.name, collector.options) for file in files):
        raise CorpusError(
            f"Folder {str(folder)!r} holds no corpus files (.txt articles, or .json, .jsonl or .zip files)."
        )
    metadata_file = next((f for f in files if f.name.lower() == METADATA_FILE), None)
    metadata = None
    if metadata_file is not None:
        metadata = _read_metadata(metadata_file.name, metadata_file.read_bytes, collector)
    units: list[_Unit] = []
    for file in files:
        if file is metadata_file:
            continue
        kind = _kind_of(file.name, collector.options)
        if kind == "zip":
            units.extend(_units_in_zip(file, file.name, collector, stack))
        elif kind is not None:
            units.append(_Unit(file.name, kind, file.read_bytes, metadata if kind == "txt" else None))
        elif not _is_documentation(file.name):
            collector.warning(file.name, file.name, f"not a corpus file ({file.suffix or 'no suffix'}); skipped")
    if metadata is not None:
        _report_unmatched_metadata(metadata, units, collector)
    return units


def _units_in_zip(path: Path, label: str, collector: _Collector, stack: ExitStack) -> list[_Unit]:
    """The corpus files inside a ZIP; a ``metadata.csv`` covers the ``.txt`` files beside it."""
    try:
        archive = stack.enter_context(zipfile.ZipFile(path))
        members = [m for m in archive.infolist() if not m.is_dir()]
    except _ZIP_READ_ERRORS as exc:
        collector.error(label, label, f"not a readable ZIP archive ({exc}); nothing read from it")
        return []

    def reader(member: zipfile.ZipInfo) -> Callable[[], bytes]:
        return lambda: archive.read(member)

    folders: dict[PurePosixPath, list[zipfile.ZipInfo]] = {}
    for member in sorted(members, key=lambda m: m.filename):
        member_path = PurePosixPath(member.filename)
        if member_path.name.startswith(".") or "__MACOSX" in member_path.parts:
            continue
        folders.setdefault(member_path.parent, []).append(member)
    units: list[_Unit] = []
    for folder_members in folders.values():
        metadata_member = next(
            (m for m in folder_members if PurePosixPath(m.filename).name.lower() == METADATA_FILE), None
        )
        metadata = None
        if metadata_member is not None:
            metadata = _read_metadata(f"{label}/{metadata_member.filename}", reader(metadata_member), collector)
        folder_units = []
        for member in folder_members:
            if member is metadata_member:
                continue
            member_label = f"{label}/{member.filename}"
            kind = _kind_of(member.filename, collector.options)
            if kind == "zip":
                collector.warning(member_label, member_label, "ZIP archives inside a ZIP are not read; skipped")
            elif kind is not None:
                folder_units.append(
                    _Unit(member_label, kind, reader(member), metadata if kind == "txt" else None, member.file_size)
                )
            elif not _is_documentation(member.filename):
                suffix = PurePosixPath(member.filename).suffix or "no suffix"
                collector.warning(member_label, member_label, f"not a corpus file ({suffix}); skipped")
        if metadata is not None:
            _report_unmatched_metadata(metadata, folder_units, collector)
        units.extend(folder_units)
    return units


def _report_unmatched_metadata(metadata: _Metadata, units: list[_Unit], collector: _Collector) -> None:
    names = {PurePosixPath(u.label).name for u in units if u.kind == "txt"}
    stems = {PurePosixPath(name).stem for name in names}
    for key, row in metadata.rows.items():
        if key not in names and key not in stems:
            collector.warning(
                metadata.label,
                f"{metadata.label}, line {row.line}",
                f"names {row.name!r}, but there is no such .txt article; row ignored",
            )


# --- reading metadata.csv ------------------------------------------------------------------


def _read_metadata(label: str, read: Callable[[], bytes], collector: _Collector) -> _Metadata | None:
    """The rows of a ``metadata.csv``, by file name; None when the file cannot be used."""
    try:
        data = read()
    except _ZIP_READ_ERRORS as exc:
        collector.error(label, label, f"cannot be read ({exc}); articles load without metadata")
        return None
    text = _decode(data, label, label, collector, consequence="articles load without metadata")
    if text is None:
        return None
    reader = csv.reader(io.StringIO(_normalise_newlines(text), newline=""))
    try:
        header = [cell.strip().lower() for cell in next(reader, [])]
        if "file" not in header:
            collector.error(label, label, "has no 'file' column, so its rows cannot be matched to articles; ignored")
            return None
        known = _KNOWN_METADATA_COLUMNS | IGNORED_FIELDS
        unknown = [column for column in dict.fromkeys(header) if column and column not in known]
        if unknown:
            collector.warning(
                label, label, f"unknown columns {', '.join(unknown)} ignored (known: {', '.join(_METADATA_COLUMNS)})"
            )
        rows: dict[str, _MetadataRow] = {}
        for cells in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            values: dict[str, str | None] = {}
            for column, cell in zip(header, cells):
                values.setdefault(column, cell.strip() or None)
            name = values.get("file")
            if not name:
                collector.warning(label, f"{label}, line {line}", "row has no file name; ignored")
                continue
            key = PurePosixPath(name.replace("\\", "/")).name
            if key in rows:
                collector.warning(
                    label, f"{label}, line {line}", f"second row for {name!r} ignored (line {rows[key].line} is used)"
                )
                continue
            rows[key] = _MetadataRow(line, name, values)
    except csv.Error as exc:
        collector.error(label, f"{label}, line {reader.line_num}", f"not readable as CSV ({exc}); ignored")
        return None
    return _Metadata(label, rows)


# --- reading one file ----------------------------------------------------------------------


def _read_unit(unit: _Unit, collector: _Collector) -> None:
    options = collector.options
    if options.max_bytes is not None and unit.size is not None and unit.size > options.max_bytes:
        collector.error(unit.label, unit.label, _too_large(unit.size, options.max_bytes))
        return
    try:
        data = unit.read()
    except _ZIP_READ_ERRORS as exc:
        collector.error(unit.label, unit.label, f"cannot be read ({exc}); skipped")
        return
    if options.max_bytes is not None and len(data) > options.max_bytes:
        collector.error(unit.label, unit.label, _too_large(len(data), options.max_bytes))
        return
    if options.detect_encoding:
        data = _detect_and_recode(unit, data, collector)
        if data is None:
            return
    if unit.kind == "txt":
        _read_txt(unit, data, collector)
    elif unit.kind == "json":
        _read_json(unit, data, collector)
    elif unit.kind == "csv":
        _add_records(unit, _csv_records(unit, data, collector), collector)
    elif unit.kind == "html":
        _read_html(unit, data, collector)
    else:
        _add_records(unit, _jsonl_records(unit, data, collector), collector)


def _too_large(size: int, limit: int) -> str:
    return f"file is {_human_size(size)}, over the {_human_size(limit)} limit; skipped"


def _human_size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 1e6 else f"{n / 1e3:.1f} kB" if n >= 1e3 else f"{n} bytes"


def _detect_and_recode(unit: _Unit, data: bytes, collector: _Collector) -> bytes | None:
    """``data`` decoded in its detected encoding and re-encoded as UTF-8 (None after an error)."""
    from analysis.decoding import DecodeProblem, decode_text

    label = unit.label
    try:
        decoded = decode_text(data)
    except DecodeProblem as exc:
        collector.error(label, label, f"{exc}; skipped")
        return None
    collector.encodings[label] = decoded.encoding
    if decoded.note:
        collector.warning(label, label, f"read as {decoded.encoding}; {decoded.note}")
    return decoded.text.encode("utf-8", "surrogatepass")


def _csv_records(unit: _Unit, data: bytes, collector: _Collector) -> Iterator[tuple[int, str, object]]:
    """``(row number, "row n", record)`` for every row of a CSV table of articles (header first)."""
    label = unit.label
    text = _decode(data, label, label, collector)
    if text is None:
        return
    csv.field_size_limit(max(csv.field_size_limit(), 1 << 28))
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = [cell.strip() for cell in next(reader, [])]
        if not any(header):
            collector.error(label, label, "empty CSV file (no header row); no articles read")
            return
        lowered = {h.lower() for h in header}
        mapping = collector.options.mapping or {}
        missing = [f"{name!r} (mapped to {column})" for column, name in mapping.items() if name.lower() not in lowered]
        if missing:
            collector.error(
                label,
                label,
                f"has no column {', '.join(missing)}; its columns are {', '.join(header)}; no articles read",
            )
            return
        for number, cells in enumerate(reader, start=1):
            if not any(cell.strip() for cell in cells):
                continue
            yield number, f"row {number}", dict(zip(header, cells))
    except csv.Error as exc:
        collector.error(label, f"{label}, line {reader.line_num}", f"not readable as CSV ({exc}); rest of the file skipped")


def _read_html(unit: _Unit, data: bytes, collector: _Collector) -> None:
    """The main text of a web page (trafilatura), with its title, date, site name and URL."""
    import trafilatura

    label = unit.label
    doc_id = PurePosixPath(label).stem
    html = _decode(data, label, label, collector, doc_id=doc_id)
    if html is None:
        return
    try:
        page = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    except Exception as exc:  # noqa: BLE001 - a third-party parser on arbitrary input
        collector.error(label, label, f"HTML could not be parsed ({type(exc).__name__}); skipped", doc_id)
        return
    text = _normalise_newlines(getattr(page, "text", None) or "") if page is not None else ""
    if not text.strip():
        collector.error(label, label, "no article text found in the HTML page; skipped", doc_id)
        return
    source = getattr(page, "sitename", None) or None
    raw_date = getattr(page, "date", None)
    published = _date_field(raw_date, label, label, doc_id, collector)
    title = getattr(page, "title", None) or derive_title(text, source=source)
    collector.add(label, label, doc_id, title, source, published, getattr(page, "url", None) or None, text)


def _read_txt(unit: _Unit, data: bytes, collector: _Collector) -> None:
    label = unit.label
    doc_id = PurePosixPath(label).stem
    text = _decode(data, label, label, collector, doc_id=doc_id)
    if text is None:
        return
    text = _normalise_newlines(text)
    if not text.strip():
        collector.error(label, label, "empty article (no text); skipped", doc_id)
        return
    row = unit.metadata.lookup(PurePosixPath(label).name) if unit.metadata else None
    values = row.values if row else {}
    where = f"{label} ({unit.metadata.label}, line {row.line})" if row else label
    source = _first_value(values, "source")
    published = _date_field(_first_value(values, "published"), label, where, doc_id, collector)
    title = _first_value(values, "title") or derive_title(text, source=source)
    collector.add(label, label, doc_id, title, source, published, _first_value(values, "url"), text)


def _read_json(unit: _Unit, data: bytes, collector: _Collector) -> None:
    label = unit.label
    text = _decode(data, label, label, collector)
    if text is None:
        return
    if not text.strip():
        collector.error(label, label, "empty file; no articles read")
        return
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":
            try:
                records = list(_jsonl_records(unit, data, collector, quiet=True))
            except _NotJsonLines:
                records = []
            if records:
                collector.warning(label, label, "holds one JSON object per line (JSON Lines); read as such")
                _add_records(unit, iter(records), collector)
                return
        collector.error(
            label, label, f"malformed JSON at line {exc.lineno}, column {exc.colno} ({exc.msg}); no articles read"
        )
        return
    except RecursionError:
        collector.error(label, label, "JSON nested too deeply to read; no articles read")
        return
    except ValueError as exc:  # e.g. an integer too long to convert
        collector.error(label, label, f"unreadable JSON ({exc}); no articles read")
        return
    records = _article_list(parsed)
    if records is None:
        collector.error(
            label,
            label,
            f"expected a JSON array of articles or an object with an 'articles' array, "
            f"found {_json_type(parsed)}; no articles read",
        )
        return
    _add_records(unit, ((n, f"record {n}", record) for n, record in enumerate(records, start=1)), collector)


def _article_list(parsed: object) -> list | None:
    if isinstance(parsed, list):
        return parsed
    if isinstance(parsed, dict):
        lowered = {str(k).lower(): v for k, v in parsed.items()}
        for key in _ARTICLE_LIST_KEYS:
            if isinstance(lowered.get(key), list):
                return lowered[key]
        if any(alias in lowered for alias in FIELD_ALIASES["text"]):
            return [parsed]  # a single article
    return None


class _NotJsonLines(Exception):
    """Raised by a quiet read of a ``.json`` file as JSON Lines when one line is not JSON."""


def _jsonl_records(
    unit: _Unit, data: bytes, collector: _Collector, *, quiet: bool = False
) -> Iterator[tuple[int, str, object]]:
    """``(line number, "line n", value)`` for every non-blank line; bad lines are reported.

    With ``quiet``, a bad line raises :class:`_NotJsonLines` instead.
    """
    label = unit.label
    offset = 0
    for number, raw in enumerate(data.split(b"\n"), start=1):
        line_start, offset = offset, offset + len(raw) + 1
        if not raw.strip():
            continue
        where = f"{label}, line {number}"
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            if quiet:
                raise _NotJsonLines from exc
            collector.error(label, where, f"{_describe_decode_error(data, exc, line_start)}; line skipped")
            continue
        try:
            value = json.loads(line)
        except RecursionError as exc:
            if quiet:
                raise _NotJsonLines from exc
            collector.error(label, where, "JSON nested too deeply to read; line skipped")
            continue
        except ValueError as exc:
            if quiet:
                raise _NotJsonLines from exc
            detail = f"at column {exc.colno} ({exc.msg})" if isinstance(exc, json.JSONDecodeError) else f"({exc})"
            collector.error(label, where, f"malformed JSON {detail}; line skipped")
            continue
        yield number, f"line {number}", value


def _add_records(unit: _Unit, records: Iterator[tuple[int, str, object]], collector: _Collector) -> None:
    label = unit.label
    stem = PurePosixPath(label).stem
    unknown: dict[str, None] = {}
    for number, record_label, record in records:
        where = f"{label}, {record_label}"
        default_id = f"{stem}-{number}"
        if not isinstance(record, dict):
            collector.error(label, where, f"is {_json_type(record)}, not an article object; skipped", default_id)
            continue
        fields = {str(k).strip().lower(): v for k, v in record.items()}
        if collector.options.mapping:
            fields = _apply_mapping(fields, collector.options.mapping)
            text_name = collector.options.mapping.get("text")
            if text_name and FIELD_ALIASES["text"][0] not in fields:
                collector.error(label, where, f"has no field {text_name!r} (mapped to text); skipped", default_id)
                continue
        for key in fields:
            if key not in _KNOWN_RECORD_FIELDS and key not in IGNORED_FIELDS:
                unknown.setdefault(key)
        doc_id = _id_field(fields, default_id, label, where, collector)
        raw_text = _first_present(fields, "text")
        if raw_text is not None and not isinstance(raw_text, str):
            collector.error(label, where, f"the article text is {_json_type(raw_text)}, not text; skipped", doc_id)
            continue
        if not raw_text or not raw_text.strip():
            collector.error(label, where, "empty article (no content); skipped", doc_id)
            continue
        text = _normalise_newlines(raw_text)
        source = _text_field(fields, "source", label, where, doc_id, collector)
        url = _text_field(fields, "url", label, where, doc_id, collector)
        title = _text_field(fields, "title", label, where, doc_id, collector) or derive_title(text, source=source)
        raw_date = _first_present(fields, "published")
        if raw_date is not None and not isinstance(raw_date, str):
            collector.warning(
                label, where, f"publication date {raw_date!r} is not a year-first date; kept without a date", doc_id
            )
            published = None
        else:
            published = _date_field(raw_date, label, where, doc_id, collector)
        collector.add(label, where, doc_id, title, source, published, url, text)
    if unknown:
        collector.warning(
            label,
            label,
            f"unknown fields {', '.join(unknown)} ignored "
            f"(known: {', '.join(a for aliases in FIELD_ALIASES.values() for a in aliases)})",
        )


# --- fields --------------------------------------------------------------------------------


def _apply_mapping(fields: dict[str, object], mapping: dict[str, str]) -> dict[str, object]:
    """``fields`` with each mapped name renamed to its column's first alias (which wins)."""
    mapped = dict(fields)
    for column, name in mapping.items():
        value = mapped.pop(name.strip().lower(), None) if name.strip().lower() in mapped else None
        for alias in FIELD_ALIASES[column]:
            mapped.pop(alias, None)
        if value is not None:
            mapped[FIELD_ALIASES[column][0]] = value
    return mapped


def _first_present(fields: dict[str, object], column: str) -> object:
    """The first alias of ``column`` with a non-empty value (or the first present one)."""
    found = None
    for alias in FIELD_ALIASES[column]:
        if alias in fields:
            value = fields[alias]
            if value not in (None, "") and not (isinstance(value, str) and not value.strip()):
                return value
            found = value if found is None else found
    return found


def _first_value(values: dict[str, str | None], column: str) -> str | None:
    value = _first_present(values, column)
    return value if isinstance(value, str) and value else None


def _text_field(fields, column: str, label: str, where: str, doc_id: str, collector: _Collector) -> str | None:
    value = _first_present(fields, column)
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        collector.warning(label, where, f"field {column!r} is {_json_type(value)}, not text; ignored", doc_id)
        return None
    return _collapse_spaces(value) or None


def _id_field(fields, default_id: str, label: str, where: str, collector: _Collector) -> str:
    value = _first_present(fields, "doc_id")
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        if value is not None:
            collector.warning(label, where, f"id is {_json_type(value)}, not text; using {default_id!r}", default_id)
        return default_id
    return str(value).strip() or default_id


def _date_field(value: str | None, label: str, where: str, doc_id: str, collector: _Collector) -> dt.date | None:
    if value is None or not value.strip():
        collector.warning(label, where, "no publication date", doc_id)
        return None
    published = parse_date(value)
    if published is None:
        collector.warning(
            label,
            where,
            f"publication date {value!r} is not a year-first date like 2015-07-21; kept without a date",
            doc_id,
        )
    return published


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


# --- text ----------------------------------------------------------------------------------


def _decode(
    data: bytes,
    label: str,
    where: str,
    collector: _Collector,
    *,
    doc_id: str | None = None,
    consequence: str = "skipped",
) -> str | None:
    """``data`` as UTF-8 (a leading byte-order mark dropped), or None after reporting why not."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        collector.error(label, where, f"{_describe_decode_error(data, exc)}; {consequence}", doc_id)
        return None


def _describe_decode_error(data: bytes, exc: UnicodeDecodeError, base_offset: int = 0) -> str:
    offset = base_offset + exc.start
    bad = data[offset : offset + 1].hex()
    message = f"not valid UTF-8 (byte 0x{bad} at offset {offset})"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        message += "; it starts with a UTF-16 byte-order mark, re-save it as UTF-8"
    else:
        message += "; re-save it as UTF-8"
    return message


def _normalise_newlines(text: str) -> str:
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _collapse_spaces(text: str) -> str:
    return " ".join(text.split())


def _shorten(line: str, max_chars: int) -> str:
    if len(line) <= max_chars:
        return line
    cut = line[:max_chars]
    space = cut.rfind(" ")
    if space > max_chars // 2:
        cut = cut[:space]
    return cut.rstrip(" ،,؛;:-–—") + "…"
