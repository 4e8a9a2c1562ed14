"""``metadata.csv``: the publication date, source, title and URL of each ``.txt`` article.

Columns are ``file, published, source, title, url`` (other names for them as in
:data:`~analysis.ingest.fields.FIELD_ALIASES`); a row names its article by file name or stem.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePosixPath

from analysis.ingest.fields import FIELD_ALIASES, IGNORED_FIELDS, normalise_newlines
from analysis.ingest.report import ZIP_READ_ERRORS, Collector

METADATA_FILE = "metadata.csv"


METADATA_COLUMNS = ("file", "published", "source", "title", "url")


KNOWN_METADATA_COLUMNS = frozenset({"file", *(a for column in METADATA_COLUMNS[1:] for a in FIELD_ALIASES[column])})


@dataclass
class MetadataRow:
    line: int
    name: str
    values: dict[str, str | None]


@dataclass
class Metadata:
    label: str
    rows: dict[str, MetadataRow]

    def lookup(self, name: str) -> MetadataRow | None:
        return self.rows.get(name) or self.rows.get(PurePosixPath(name).stem)


def read_metadata(label: str, read: Callable[[], bytes], collector: Collector) -> Metadata | None:
    """The rows of a ``metadata.csv``, by file name; None when the file cannot be used."""
    try:
        data = read()
    except ZIP_READ_ERRORS as exc:
        collector.error(label, label, f"cannot be read ({exc}); articles load without metadata")
        return None
    text = collector.decode(data, label, label, consequence="articles load without metadata")
    if text is None:
        return None
    reader = csv.reader(io.StringIO(normalise_newlines(text), newline=""))
    try:
        header = [cell.strip().lower() for cell in next(reader, [])]
        if "file" not in header:
            collector.error(label, label, "has no 'file' column, so its rows cannot be matched to articles; ignored")
            return None
        known = KNOWN_METADATA_COLUMNS | IGNORED_FIELDS
        unknown = [column for column in dict.fromkeys(header) if column and column not in known]
        if unknown:
            collector.warning(
                label, label, f"unknown columns {', '.join(unknown)} ignored (known: {', '.join(METADATA_COLUMNS)})"
            )
        rows: dict[str, MetadataRow] = {}
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
            rows[key] = MetadataRow(line, name, values)
    except csv.Error as exc:
        collector.error(label, f"{label}, line {reader.line_num}", f"not readable as CSV ({exc}); ignored")
        return None
    return Metadata(label, rows)
