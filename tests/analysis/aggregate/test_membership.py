"""is_in: the rows of a column holding one of many values, as Series.isin says, faster."""

from __future__ import annotations

import pandas as pd

from analysis.aggregate.membership import is_in


def test_an_arrow_string_column_as_isin_says_missing_values_never_in():
    sources = pd.Series(["ترك برس", None, "الجزيرة", "عنب بلدي"], dtype="str")
    assert is_in(sources, {"ترك برس", "عنب بلدي"}).tolist() == [True, False, False, True]
    assert is_in(sources, pd.Series(["الجزيرة"])).tolist() == [False, False, True, False]
    assert is_in(sources, set()).tolist() == [False] * 4


def test_other_columns_go_through_isin():
    assert is_in(pd.Series([1, 2, 3]), {2}).tolist() == [False, True, False]
    assert is_in(pd.Series(["a", None], dtype=object), ["a"]).tolist() == [True, False]
