"""Reading one file (a :class:`~analysis.ingest.discovery.Unit`) into articles and problems.

One reader per kind: ``.txt`` articles (with their ``metadata.csv`` row), JSON arrays, JSON Lines,
CSV tables of articles, and HTML pages (main text by trafilatura). Bad records are reported and
skipped; the rest of the file is read.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import PurePosixPath

from analysis.ingest.decoding import DecodeProblem, decode_text, describe_decode_error
from analysis.ingest.discovery import Unit
from analysis.ingest.fields import (
    FIELD_ALIASES,
    IGNORED_FIELDS,
    KNOWN_RECORD_FIELDS,
    apply_mapping,
    collapse_spaces,
    derive_title,
    first_present,
    first_value,
    json_type,
    normalise_newlines,
    parse_date,
)
from analysis.ingest.report import ZIP_READ_ERRORS, Collector, TooLarge, human_size

# Keys that may hold the list of articles when a JSON file is an object rather than an array.
_ARTICLE_LIST_KEYS = ("articles", "documents", "records", "data", "items")


def read_unit(unit: Unit, collector: Collector) -> None:
    data = _read_bounded(unit, collector)
    if data is None:
        return
    if collector.options.detect_encoding:
        recoded = _detect_and_recode(unit, data, collector)
        if recoded is None:
            return
        data = recoded
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


def _read_bounded(unit: Unit, collector: Collector) -> bytes | None:
    """The bytes of ``unit``, or None after a report row: read a chunk at a time and stopped as soon
    as it passes the file limit or what the import may still read (a size stated in a ZIP header is
    checked first, but never trusted)."""
    label, max_bytes, left = unit.label, collector.options.max_bytes, collector.bytes_left()
    if max_bytes is not None and unit.size is not None and unit.size > max_bytes:
        collector.error(label, label, _too_large(unit.size, max_bytes))
        return None
    if left is not None and left <= 0:
        collector.error(label, label, _over_total(collector))
        return None
    cap = min((c for c in (max_bytes, left) if c is not None), default=None)
    try:
        data = unit.read_at_most(cap)
    except TooLarge as exc:
        collector.bytes_read += exc.read
        if max_bytes is not None and exc.limit == max_bytes:
            stated = f" (its header says {human_size(unit.size)})" if unit.size is not None else ""
            collector.error(
                label, label, f"gives more than the {human_size(max_bytes)} limit of a file{stated}; skipped"
            )
        else:
            collector.error(label, label, _over_total(collector))
        return None
    except ZIP_READ_ERRORS as exc:
        collector.error(label, label, f"cannot be read ({exc}); skipped")
        return None
    collector.bytes_read += len(data)
    return data


def _too_large(size: int, limit: int) -> str:
    return f"file is {human_size(size)}, over the {human_size(limit)} limit; skipped"


def _over_total(collector: Collector) -> str:
    limits = collector.options.limits
    assert limits is not None
    return (
        f"the import has read {human_size(limits.max_total_bytes)}, its limit for all files together "
        "(import the rest separately); skipped"
    )


def _detect_and_recode(unit: Unit, data: bytes, collector: Collector) -> bytes | None:
    """``data`` decoded in its detected encoding and re-encoded as UTF-8 (None after an error)."""
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


def _csv_records(unit: Unit, data: bytes, collector: Collector) -> Iterator[tuple[int, str, object]]:
    """``(row number, "row n", record)`` for every row of a CSV table of articles (header first)."""
    label = unit.label
    text = collector.decode(data, label, label)
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
        collector.error(
            label, f"{label}, line {reader.line_num}", f"not readable as CSV ({exc}); rest of the file skipped"
        )


def _read_html(unit: Unit, data: bytes, collector: Collector) -> None:
    """The main text of a web page (trafilatura), with its title, date, site name and URL."""
    import trafilatura

    label = unit.label
    doc_id = PurePosixPath(label).stem
    html = collector.decode(data, label, label, doc_id=doc_id)
    if html is None:
        return
    try:
        page = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    except Exception as exc:
        collector.error(label, label, f"HTML could not be parsed ({type(exc).__name__}); skipped", doc_id)
        return
    text = normalise_newlines(getattr(page, "text", None) or "") if page is not None else ""
    if not text.strip():
        collector.error(label, label, "no article text found in the HTML page; skipped", doc_id)
        return
    source = getattr(page, "sitename", None) or None
    raw_date = getattr(page, "date", None)
    published = _date_field(raw_date, label, label, doc_id, collector)
    title = getattr(page, "title", None) or derive_title(text, source=source)
    collector.add(label, label, doc_id, title, source, published, getattr(page, "url", None) or None, text)


def _read_txt(unit: Unit, data: bytes, collector: Collector) -> None:
    label = unit.label
    doc_id = PurePosixPath(label).stem
    text = collector.decode(data, label, label, doc_id=doc_id)
    if text is None:
        return
    text = normalise_newlines(text)
    if not text.strip():
        collector.error(label, label, "empty article (no text); skipped", doc_id)
        return
    row = unit.metadata.lookup(PurePosixPath(label).name) if unit.metadata else None
    values = row.values if row else {}
    where = f"{label} ({unit.metadata.label}, line {row.line})" if row and unit.metadata else label
    source = first_value(values, "source")
    published = _date_field(first_value(values, "published"), label, where, doc_id, collector)
    title = first_value(values, "title") or derive_title(text, source=source)
    collector.add(label, label, doc_id, title, source, published, first_value(values, "url"), text)


def _read_json(unit: Unit, data: bytes, collector: Collector) -> None:
    label = unit.label
    text = collector.decode(data, label, label)
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
    articles = _article_list(parsed)
    if articles is None:
        collector.error(
            label,
            label,
            f"expected a JSON array of articles or an object with an 'articles' array, "
            f"found {json_type(parsed)}; no articles read",
        )
        return
    _add_records(unit, ((n, f"record {n}", record) for n, record in enumerate(articles, start=1)), collector)


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
    unit: Unit, data: bytes, collector: Collector, *, quiet: bool = False
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
            collector.error(label, where, f"{describe_decode_error(data, exc, line_start)}; line skipped")
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


def _add_records(unit: Unit, records: Iterator[tuple[int, str, object]], collector: Collector) -> None:
    label = unit.label
    stem = PurePosixPath(label).stem
    unknown: dict[str, None] = {}
    for number, record_label, record in records:
        where = f"{label}, {record_label}"
        default_id = f"{stem}-{number}"
        if not isinstance(record, dict):
            collector.error(label, where, f"is {json_type(record)}, not an article object; skipped", default_id)
            continue
        fields = {str(k).strip().lower(): v for k, v in record.items()}
        if collector.options.mapping:
            fields = apply_mapping(fields, collector.options.mapping)
            text_name = collector.options.mapping.get("text")
            if text_name and FIELD_ALIASES["text"][0] not in fields:
                collector.error(label, where, f"has no field {text_name!r} (mapped to text); skipped", default_id)
                continue
        for key in fields:
            if key not in KNOWN_RECORD_FIELDS and key not in IGNORED_FIELDS:
                unknown.setdefault(key)
        doc_id = _id_field(fields, default_id, label, where, collector)
        raw_text = first_present(fields, "text")
        if raw_text is not None and not isinstance(raw_text, str):
            collector.error(label, where, f"the article text is {json_type(raw_text)}, not text; skipped", doc_id)
            continue
        if not raw_text or not raw_text.strip():
            collector.error(label, where, "empty article (no content); skipped", doc_id)
            continue
        text = normalise_newlines(raw_text)
        source = _text_field(fields, "source", label, where, doc_id, collector)
        url = _text_field(fields, "url", label, where, doc_id, collector)
        title = _text_field(fields, "title", label, where, doc_id, collector) or derive_title(text, source=source)
        raw_date = first_present(fields, "published")
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


def _text_field(fields, column: str, label: str, where: str, doc_id: str, collector: Collector) -> str | None:
    value = first_present(fields, column)
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        collector.warning(label, where, f"field {column!r} is {json_type(value)}, not text; ignored", doc_id)
        return None
    return collapse_spaces(value) or None


def _id_field(fields, default_id: str, label: str, where: str, collector: Collector) -> str:
    value = first_present(fields, "doc_id")
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        if value is not None:
            collector.warning(label, where, f"id is {json_type(value)}, not text; using {default_id!r}", default_id)
        return default_id
    return str(value).strip() or default_id


def _date_field(value: str | None, label: str, where: str, doc_id: str, collector: Collector) -> dt.date | None:
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
