"""Tables as files for analysts: CSV that Excel opens with Arabic intact, and safely.

- UTF-8 with a byte-order mark, so Excel detects the encoding and shows Arabic;
- a cell that starts with ``= + - @`` (or a tab/carriage return) is prefixed with ``'``,
  so a spreadsheet never evaluates article text as a formula (CSV injection);
- list cells (an event's actors) are joined by ``;`` and dates written ``YYYY-MM-DD``, as in the
  CSV files of ``python -m analysis build`` (see :mod:`analysis.schema`).
- rows end with CRLF as RFC 4180 says, so a cell holding a lone carriage return is quoted: unquoted,
  a spreadsheet reads it as a row break and the text after it (``x⏎=HYPERLINK(…)``) as a new cell.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.schema import LIST_SEPARATOR

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value):
    """``"=HYPERLINK(...)"`` → ``"'=HYPERLINK(...)"``; numbers and other text unchanged."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def _cell(value):
    if isinstance(value, (list, tuple, np.ndarray)):
        return LIST_SEPARATOR.join(str(v) for v in value)
    return value


def csv_bytes(table: pd.DataFrame) -> bytes:
    """``table`` as CSV bytes for download: UTF-8 with BOM, formula-like cells neutralised."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(lambda v: neutralise_cell(_cell(v)))
    safe.columns = [neutralise_cell(str(c)) for c in safe.columns]
    return safe.to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")
