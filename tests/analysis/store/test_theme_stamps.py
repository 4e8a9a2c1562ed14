"""The stamp of a corpus's theme names carries the number of themes an analyst asked for, so the
dashboard reads it from the stamp it already holds instead of asking the store on every run."""

from __future__ import annotations

import pandas as pd

from analysis.store.database import Store
from analysis.store.theme_names import ThemeNames


def test_the_asked_count_is_read_back_from_the_stamp(tmp_path):
    names = ThemeNames(Store(tmp_path, seed=False))
    themes = pd.DataFrame({"theme_id": [1, 1], "rank": [1, 2], "term": ["روسيا", "تركيا"], "weight": [0.9, 0.5]})
    names.save("محلي", themes, pd.DataFrame({"theme_id": [1], "name": ["روسيا وتركيا"], "hidden": [False]}))
    assert ThemeNames.count_in_stamp(names.stamps()["محلي"]) is None  # named, no count asked
    names.set_count("محلي", 12)
    assert ThemeNames.count_in_stamp(names.stamps()["محلي"]) == 12 == names.count("محلي")
    names.set_count("محلي", None)
    assert ThemeNames.count_in_stamp(names.stamps()["محلي"]) is None
    assert ThemeNames.count_in_stamp("") is None  # a corpus with no names at all
