"""Read an analyst's own articles into a batch to import, with a report line for every file.

Two entry points, both returning an :class:`ImportBatch`:

* :func:`read_files` — uploaded files as ``(name, bytes)`` pairs, or paths on disk (files or
  folders): ``.txt`` (a folder or ZIP of them, with an optional ``metadata.csv``), ``.csv``
  tables, ``.json``/``.jsonl``, ``.html`` pages and ZIPs of any of these (the SaudiNewsNet daily
  ZIPs load as they are);
* :func:`article_from_text` — one article pasted with its metadata.

Reading reuses :mod:`analysis.ingest.corpus` with every import option on (see
:class:`analysis.ingest.corpus.ReadOptions`): encodings are detected (:mod:`analysis.ingest.decoding`), binary
and over-size files are refused, non-Arabic texts are refused, dates that are missing or cannot be
read are kept with a warning, and duplicates inside the batch are imported once. Reading never
raises for bad input: every fault is a row of the report. Only the store
(:class:`analysis.store.database.Store`) writes anything.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis.ingest.discovery import Files, units_for_paths
from analysis.ingest.fields import FIELD_ALIASES, derive_title, parse_date
from analysis.ingest.readers import read_unit
from analysis.ingest.report import Collector, ReadOptions
from analysis.limits import ImportLimits, load_limits

REPORT_COLUMNS = ["file", "doc_id", "status", "encoding", "problem"]
#: Statuses of report rows: one ``imported`` row per article, one row per problem found.
STATUSES = ("imported", "duplicate", "error", "warning")
#: Default size limit of one file (or ZIP member): ``import.max_file_bytes`` of ``analysis/data/limits.yaml``.
DEFAULT_MAX_BYTES = load_limits().importing.max_file_bytes
#: An article is refused when less than this share of its letters is Arabic.
MIN_ARABIC_SHARE = 0.3
#: Columns a mapping may name (``--map text=body,title=headline``).
MAPPABLE = ("text", "title", "date", "source", "url", "id")
_MAPPING_COLUMNS = {"date": "published", "id": "doc_id"}


class MappingError(ValueError):
    """A column mapping names an unknown column (the message lists the known ones)."""


@dataclass
class ImportBatch:
    """Articles read from files, not yet stored.

    ``documents`` is the table :data:`analysis.schema.ARTICLES` (one row per
    article to import). ``report`` has :data:`REPORT_COLUMNS`: ``file`` (a ZIP member as
    ``archive.zip/member.txt``), ``doc_id``, ``status`` (``imported`` | ``duplicate`` |
    ``error`` | ``warning``), ``encoding`` (as detected, e.g. ``Windows-1256``; empty when the
    file was not read) and ``problem`` (a sentence naming the file; empty for ``imported``).
    """

    name: str
    documents: pd.DataFrame
    report: pd.DataFrame
    encodings: dict[str, str] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        """Report rows per status, every status present: ``{"imported": 3, "duplicate": 1, ...}``."""
        found = self.report["status"].value_counts().to_dict() if len(self.report) else {}
        return {status: int(found.get(status, 0)) for status in STATUSES}

    def summary(self) -> str:
        """``"3 imported, 1 duplicate, 1 error, 0 warnings"``."""
        c = self.counts()
        plural = {"duplicate": "duplicates", "error": "errors", "warning": "warnings"}
        return ", ".join(
            f"{n} {status if status == 'imported' or n == 1 else plural[status]}" for status, n in c.items()
        )


def parse_mapping(spec: str | Mapping[str, str] | None) -> dict[str, str] | None:
    """``"text=body,title=headline"`` (or a dict) → ``{"text": "body", "title": "headline"}``.

    Keys are among :data:`MAPPABLE`; raises :class:`MappingError` otherwise.
    """
    if spec is None or spec == "" or spec == {}:
        return None
    pairs = (
        spec.items() if isinstance(spec, Mapping) else (item.split("=", 1) for item in spec.split(",") if item.strip())
    )
    mapping: dict[str, str] = {}
    for pair in pairs:
        if len(pair) != 2 or not str(pair[0]).strip() or not str(pair[1]).strip():
            raise MappingError(f"a column mapping is column=name, e.g. text=body; got {'='.join(pair)!r}")
        column, name = str(pair[0]).strip().lower(), str(pair[1]).strip()
        if column not in MAPPABLE:
            raise MappingError(f"unknown column {column!r} in the mapping; known: {', '.join(MAPPABLE)}")
        mapping[_MAPPING_COLUMNS.get(column, column)] = name
    return mapping


def import_options(
    *, mapping=None, max_bytes: int | None = DEFAULT_MAX_BYTES, limits: ImportLimits | None = None
) -> ReadOptions:
    """``limits`` default to ``analysis/data/limits.yaml``; ``max_bytes`` overrides their file limit."""
    return ReadOptions(
        detect_encoding=True,
        max_bytes=max_bytes,
        mapping=parse_mapping(mapping),
        tables_and_pages=True,
        min_arabic_share=MIN_ARABIC_SHARE,
        limits=limits or load_limits().importing,
    )


def read_files(
    files: Files,
    *,
    mapping: str | Mapping[str, str] | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    name: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    limits: ImportLimits | None = None,
) -> ImportBatch:
    """Read ``files`` into an :class:`ImportBatch`; never raises for what the files hold.

    ``files`` is a path (file or folder), a list of paths, or a list of ``(file name, bytes)``
    pairs (what a file uploader gives). ``mapping`` names the fields of CSV/JSON files
    (``"text=body,date=pub_date"``). ``progress(done, total)`` counts files read. ``limits``
    (default: ``analysis/data/limits.yaml``) bound what is read: every file and ZIP member is read
    a chunk at a time and refused as soon as it passes ``max_bytes`` or the import's total; a ZIP
    with too many members, two entries of one name or overlapping members is refused unread.

    Raises :class:`MappingError` for a bad mapping and :class:`analysis.ingest.corpus.CorpusError`
    for a path that does not exist; a file of an unknown type, a binary file, an empty or
    non-Arabic article or a bad date is a report row instead.
    """
    options = import_options(mapping=mapping, max_bytes=max_bytes, limits=limits)
    collector = Collector(options=options)
    with ExitStack() as stack:
        units = units_for_paths(files, collector, stack)
        total = len(units)
        if progress is not None:
            progress(0, total)
        for done, unit in enumerate(units, start=1):
            try:
                read_unit(unit, collector)
            except Exception as exc:
                collector.error(unit.label, unit.label, f"could not be read ({type(exc).__name__}: {exc}); skipped")
            if progress is not None:
                progress(done, total)
    return _batch(name or _default_name(files), collector)


def article_from_text(
    text: str,
    *,
    title: str | None = None,
    date: str | dt.date | None = None,
    source: str | None = None,
    url: str | None = None,
    doc_id: str | None = None,
) -> ImportBatch:
    """One pasted article as a batch (its report says what was wrong, as for a file).

    ``date`` is a ``datetime.date`` or a year-first string (``2015-07-21``); an empty or
    unreadable date keeps the article with a warning. ``doc_id`` defaults to ``pasted-<hash>``.
    """
    import hashlib

    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    doc_id = (doc_id or "").strip() or "pasted-" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[
        :10
    ]
    label = "pasted article"
    collector = Collector(options=import_options())
    clean = lambda value: " ".join(str(value).split()) or None if value is not None else None  # noqa: E731
    if not text.strip():
        collector.error(label, label, "empty article (no text); nothing imported", doc_id)
    else:
        if isinstance(date, dt.datetime):
            published = date.date()
        elif isinstance(date, dt.date):
            published = date
        elif date is None or not str(date).strip():
            published = None
            collector.warning(label, label, "no publication date (it can be set after the import)", doc_id)
        else:
            published = parse_date(str(date))
            if published is None:
                collector.warning(
                    label,
                    label,
                    f"publication date {date!r} is not a year-first date like 2015-07-21; kept without a date",
                    doc_id,
                )
        collector.add(
            label,
            label,
            doc_id,
            clean(title) or derive_title(text, source=clean(source)),
            clean(source),
            published,
            clean(url),
            text,
        )
    return _batch(label, collector)


# --- internals -----------------------------------------------------------------------------


def _default_name(files: Files) -> str:
    if isinstance(files, (str, Path)):
        return Path(files).stem or "import"
    return "import"


def _batch(name: str, collector: Collector) -> ImportBatch:
    documents = collector.documents_frame()
    encodings = dict(collector.encodings)
    rows = []
    # A dropped duplicate's own warnings (a missing date, …) would only be noise.
    dropped = {collector.problems[i][:2] for i in collector.duplicates}
    for i, (file, doc_id, severity, problem) in enumerate(collector.problems):
        status = "duplicate" if i in collector.duplicates else severity
        if status == "warning" and (file, doc_id) in dropped:
            continue
        rows.append((file, doc_id, status, encodings.get(file, ""), problem))
    origin = {doc_id: file for doc_id, (file, _) in zip(collector.doc_ids, collector.origins)}
    for doc_id in documents["doc_id"]:
        file = origin.get(doc_id, "")
        rows.append((file, doc_id, "imported", encodings.get(file, ""), ""))
    report = pd.DataFrame(rows, columns=REPORT_COLUMNS, dtype=object)
    return ImportBatch(name=name, documents=documents, report=report, encodings=encodings)


def mapping_help() -> str:
    """One line listing the mappable columns and the field names recognised without a mapping."""
    known = {c: "/".join(FIELD_ALIASES[_MAPPING_COLUMNS.get(c, c)]) for c in MAPPABLE}
    return "; ".join(f"{c}: {names}" for c, names in known.items())


__all__ = [
    "DEFAULT_MAX_BYTES",
    "REPORT_COLUMNS",
    "ImportBatch",
    "MappingError",
    "article_from_text",
    "parse_mapping",
    "read_files",
]
