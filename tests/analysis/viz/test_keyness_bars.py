"""The key items of one side as bars: strongest effect on top, the item in customdata for a click,
both sides' frequencies in the hover, mirrored for Arabic readers."""

from __future__ import annotations

import pandas as pd

from analysis.aggregate.keyness import keyness
from analysis.viz.keyness import key_items_bar

FREQS = pd.DataFrame(
    {
        "item": ["الانقلابية", "الميليشيات", "أنصار الله", "صنعاء"],
        "freq_a": [40, 90, 0, 50],
        "freq_b": [0, 30, 35, 50],
    }
)
TABLE = keyness(FREQS, total_a=10_000, total_b=10_000, min_freq=5, p=0.001)


def strip(s: str) -> str:
    return s.replace("\u202b", "").replace("\u202c", "")


def test_side_a_bars_rank_its_key_items_by_log_ratio_and_carry_the_item():
    fig = key_items_bar(TABLE, "a", side_names=("الوئام", "العربي الجديد")).to_dict()
    bar = fig["data"][0]
    assert list(bar["customdata"]) == ["الانقلابية", "الميليشيات"]  # 40 vs 0 before 90 vs 30; صنعاء is not key
    assert bar["x"][0] > bar["x"][1] > 0
    hover = strip(bar["hovertext"][1])
    assert "90" in hover and "30" in hover and "G²" in hover


def test_side_b_and_the_arabic_mirror():
    fig = key_items_bar(TABLE, "b", lang="ar").to_dict()
    assert list(fig["data"][0]["customdata"]) == ["أنصار الله"]
    assert fig["layout"]["yaxis"]["side"] == "right" and fig["layout"]["xaxis"]["autorange"] == "reversed"


def test_a_side_without_key_items_says_so():
    table = keyness(FREQS[FREQS["item"] == "صنعاء"], total_a=10_000, total_b=10_000, min_freq=5)
    fig = key_items_bar(table, "a").to_dict()
    assert fig["data"] == [] and "No key item" in fig["layout"]["annotations"][0]["text"]
