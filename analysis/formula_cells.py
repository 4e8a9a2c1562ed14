"""Cells a spreadsheet would evaluate, made plain text: one rule for every CSV the house writes.

OWASP (CSV Injection) and ASVS 1.2.10: a cell must not start with ``= + - @``, a tab or a
carriage return; prefixing it with ``'`` makes Excel and LibreOffice read it as text. Numbers in
a number column are left as numbers (a spreadsheet never reads ``-3`` as a formula, and they are
not text from an article); a *string* ``"-3"`` is text like any other and is prefixed (a few
harmless false alarms rather than a rule about which strings look numeric:
``-1+cmd|' /C calc'!A0`` starts like a number too).

Rows end with CRLF, as RFC 4180 says, so that a cell holding a lone carriage return is quoted:
unquoted, a spreadsheet reads it as a row break and the text after it (``x⏎=HYPERLINK(…)``) as a
new cell, which no prefix on the first cell would neutralise.

The downloads of the dashboard (:mod:`analysis.briefing.csv_export`), the CSV files of
``python -m analysis build`` (:meth:`analysis.schema.CorpusTables.write`) and of ``discover``
all go through :func:`safe_csv` or :func:`write_safe_csv`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value):
    """``"=HYPERLINK(...)"`` → ``"'=HYPERLINK(...)"``; numbers, nulls and other text unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def is_text_column(series: pd.Series) -> bool:
    """Object, string and categorical columns: those whose cells may be text."""
    return (
        series.dtype == object or pd.api.types.is_string_dtype(series) or isinstance(series.dtype, pd.CategoricalDtype)
    )


def neutralise_frame(table: pd.DataFrame, cell: Callable[[Any], Any] | None = None) -> pd.DataFrame:
    """A copy of ``table`` whose text cells and headers are :func:`neutralise_cell`-ed;
    ``cell`` first turns a cell into what the file will hold (a list into ``a;b``).
    Number, date and boolean columns are left as they are. The caller's table is untouched."""
    safe = table.copy()
    for column in safe.columns:
        if is_text_column(safe[column]):
            safe[column] = _neutralise_column(safe[column] if cell is None else safe[column].map(cell))
    safe.columns = [neutralise_cell(str(c)) for c in safe.columns]
    return safe


def _neutralise_column(column: pd.Series) -> pd.Series:
    """:func:`neutralise_cell` of every cell; only the few cells that need it are touched (a column of
    276,000 sentences is one vectorised test, not 276,000 Python calls)."""
    try:
        flagged = column.str.startswith(FORMULA_STARTS, na=False).astype(bool)
    except (AttributeError, TypeError):  # no .str: not a column of text after all (all nulls, lists)
        return column.astype(object).map(neutralise_cell)
    if not flagged.any():
        return column
    out = column.astype(object)
    out[flagged] = [neutralise_cell(v) for v in out[flagged]]
    return out


def safe_csv(table: pd.DataFrame, cell: Callable[[Any], Any] | None = None) -> str:
    """``table`` as CSV text (no index, CRLF rows) with :func:`neutralise_frame`'s cells."""
    return neutralise_frame(table, cell).to_csv(index=False, lineterminator="\r\n")


def write_safe_csv(table: pd.DataFrame, path: str | Path) -> None:
    """:func:`safe_csv` of ``table`` written to ``path`` in UTF-8 (pandas writes it a chunk at a time)."""
    neutralise_frame(table).to_csv(path, index=False, lineterminator="\r\n", encoding="utf-8")
