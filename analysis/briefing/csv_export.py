"""Tables as files for analysts: CSV that Excel opens with Arabic intact, and safely.

- UTF-8 with a byte-order mark, so Excel detects the encoding and shows Arabic;
- a cell that starts with ``= + - @`` (or a tab/carriage return) is prefixed with ``'``,
  so a spreadsheet never evaluates article text as a formula (CSV injection; the rule, shared with
  the ``build`` command's files, is :mod:`analysis.formula_cells`);
- list cells (an event's actors) are joined by ``;`` and dates written ``YYYY-MM-DD``, as in the
  CSV files of ``python -m analysis build`` (see :mod:`analysis.schema`).
- rows end with CRLF as RFC 4180 says, so a cell holding a lone carriage return is quoted: unquoted,
  a spreadsheet reads it as a row break and the text after it (``x⏎=HYPERLINK(…)``) as a new cell.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.formula_cells import neutralise_cell, safe_csv
from analysis.schema import LIST_SEPARATOR


def _cell(value):
    if isinstance(value, (list, tuple, np.ndarray)):
        return LIST_SEPARATOR.join(str(v) for v in value)
    return value


def csv_bytes(table: pd.DataFrame) -> bytes:
    """``table`` as CSV bytes for download: UTF-8 with BOM, formula-like cells neutralised."""
    return safe_csv(table, _cell).encode("utf-8-sig")


__all__ = ["csv_bytes", "neutralise_cell"]
