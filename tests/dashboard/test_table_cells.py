"""What the grid shows of a table's cells: Arabic right to left, missing values empty, dates as dates."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from dashboard.markup import RLM
from dashboard.widgets import rtl_cells


def test_missing_values_are_empty_cells_not_the_grids_none():
    # seed 000 names no source and an undated article has no date: the list shows blanks
    articles = pd.DataFrame(
        {
            "title": ["التقارب الروسي التركي", "مقال بلا تاريخ"],
            "source": pd.Series([None, "ترك برس"], dtype=object),
            "published": pd.Series([dt.date(2020, 12, 30), None], dtype=object),
            "n_sentences": [25, 3],
        }
    )
    shown = rtl_cells(articles)
    assert shown["source"].tolist() == ["", "ترك برس"]
    assert shown["published"].tolist() == ["2020-12-30", ""]
    assert shown["n_sentences"].tolist() == [25, 3]  # numbers are left as they are


def test_an_arabic_cell_that_starts_with_latin_gets_a_right_to_left_mark():
    shown = rtl_cells(pd.DataFrame({"road": ["M4 مغلق", "الطريق الدولي M4", "M4 highway"]}))
    assert shown["road"].tolist() == [RLM + "M4 مغلق", "الطريق الدولي M4", "M4 highway"]
