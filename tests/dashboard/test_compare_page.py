"""The Compare page under AppTest, on the seeds: article 001 is the only one of «ترك برس»; the four
others name no source. Only 001 names Erdogan («رجب طيب أردوغان», five times), so «أردوغان» is a key
term of «ترك برس» against the articles without a source, and its sentences are 001's alone.
"""

from __future__ import annotations

import json

import pytest
from app_runs import start
from test_apptest import SEEDS, html_text

TURK_PRESS = "ترك برس"
ERDOGAN = "أردوغان"


@pytest.fixture(autouse=True)
def seed_corpus(monkeypatch):
    monkeypatch.setenv("ARABIC_NEWS_CORPUS", SEEDS)


def key_terms(at, side: str) -> list[str]:
    """The items of the key-items chart of ``side`` (its bars' customdata)."""
    for element in at.get("plotly_chart"):
        if f"cmp_chart_{side}" in element.proto.id:
            figure = json.loads(element.proto.spec)
            return [str(c) for trace in figure["data"] for c in trace.get("customdata", [])]
    raise AssertionError(f"no chart cmp_chart_{side}")


def test_two_sources_by_default_and_a_term_only_one_uses_is_key_for_it():
    at = start("compare")
    assert at.segmented_control(key="cmp_mode").value == "source"
    assert (at.selectbox(key="cmp_a").value, at.selectbox(key="cmp_b").value) == ("", TURK_PRESS)  # 4 articles, then 1
    assert "Side A: \u2068(no source)\u2069 · 4 articles" in html_text(at)
    assert ERDOGAN in key_terms(at, "b") and ERDOGAN not in key_terms(at, "a")
    grid = at.dataframe[0].value
    erdogan = grid[grid["label"] == ERDOGAN].iloc[0]
    assert (erdogan["freq_a"], erdogan["freq_b"], erdogan["key"]) == (0, 5, True)
    assert erdogan["side"] == "Side B" and erdogan["log_ratio"] < -3


def test_a_key_term_opens_its_sentences_on_both_sides_and_the_url_keeps_the_choice():
    at = start("compare")
    at.selectbox(key="cmp_item").set_value(ERDOGAN).run()
    assert not at.exception
    evidence = html_text(at)
    assert '<mark class="hl hl-match">أردوغان</mark>' in evidence
    assert "articles?doc=001_1a97961f7f7f0c07" in evidence
    assert "articles?doc=000_" not in evidence  # the other side has none
    captions = [m.value for m in at.markdown]
    assert any("Side A: 0 sentences" in c for c in captions), captions
    # six sentences for five occurrences: the search also finds the one in the full name «رجب طيب
    # أردوغان», which the counts give to the name (a term of its own)
    assert any("Side B: 6 sentences" in c for c in captions), captions
    assert at.query_params["cmp_item"] == ERDOGAN


def test_a_link_opens_the_sides_it_names_swapped():
    at = start("compare", cmp_a=TURK_PRESS, cmp_b="", cmp_item=ERDOGAN)
    assert (at.selectbox(key="cmp_a").value, at.selectbox(key="cmp_b").value) == (TURK_PRESS, "")
    assert ERDOGAN in key_terms(at, "a")
    assert at.selectbox(key="cmp_item").value == ERDOGAN


def test_actors_compared_in_articles_and_themes_in_shares():
    at = start("compare", cmp_what="actors", cmp_min="1", cmp_p="0.05")
    assert not at.exception
    grid = at.dataframe[0].value
    assert len(grid) > 0 and set(grid.columns) >= {"label", "freq_a", "freq_b", "g2", "log_ratio"}
    assert grid["freq_a"].max() <= 4 and grid["freq_b"].max() <= 1  # articles, not mentions
    at = start("compare", cmp_what="themes", cmp_min="0.1")
    assert not at.exception


def test_two_months_and_the_selection_against_the_rest():
    at = start("compare", cmp="period")
    months = at.selectbox(key="cmp_a").options
    assert at.selectbox(key="cmp_a").value == "2020-12" and len(months) == 4  # latest first
    at = start("compare", cmp="selection")
    assert "Choose filters in the sidebar" in " ".join(i.value for i in at.info)
    at = start("compare", cmp="selection", regions="idlib")
    assert "Side A: \u2068The selection\u2069 · 3 articles" in html_text(at)  # 001, 002, 003 name Idlib
    assert "Side B: \u2068The rest of the corpus\u2069 · 2 articles" in html_text(at)


def test_the_arabic_interface_names_the_sides_in_arabic():
    at = start("compare", lang="ar")
    assert [t.value for t in at.title] == ["مقارنة"]
    assert "الجانب أ: \u2068(بلا مصدر)\u2069 · عدد المقالات: 4" in html_text(at)
    assert at.segmented_control(key="cmp_what").label == "ما يميّز كلًّا منهما"


def test_a_key_terms_attention_by_source_is_a_share_of_each_sources_articles():
    at = start("compare", cmp_item=ERDOGAN)
    figure = json.loads(next(c.proto.spec for c in at.get("plotly_chart") if "cmp_attention_chart" in c.proto.id))
    shares = {d["name"].strip("\u202b\u202c"): d["y"] for d in figure["data"]}
    assert shares == {"(no source)": [0.0, 0.0, 0.0], TURK_PRESS: [100.0]}  # by month: 001 is ترك برس's only article


def test_a_rate_of_every_article_is_written_as_the_label_writes_10000():
    """An actor named in every article of a side (a source of one article) is 10,000 per 10,000, not 10000."""
    import pandas as pd

    from dashboard.compare_parts import item_line

    row = pd.Series({"freq_a": 1, "freq_b": 0, "per_10k_a": 10000.0, "per_10k_b": 141.24, "g2": 5.0, "log_ratio": 3.0})
    line = item_line(row, ERDOGAN)
    assert "\u206610,000\u2069 per 10,000" in line and "\u2066141.24\u2069 per 10,000" in line, line


@pytest.mark.parametrize(
    ("lang", "a", "b"), [("en", "per 10,000 A", "per 10,000 B"), ("ar", "لكل 10,000 (أ)", "لكل 10,000 (ب)")]
)
def test_the_rates_columns_name_their_side(lang, a, b):
    """Both were headed "per 10" (an unquoted comma in labels.yaml): which side's rate was lost."""
    at = start("compare")
    at.radio(key="lang").set_value(lang).run()
    config = json.loads(at.dataframe[0].proto.columns)
    assert (config["per_10k_a"]["label"], config["per_10k_b"]["label"]) == (a, b)
