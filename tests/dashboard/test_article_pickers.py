"""Article pickers offer at most ``PICKER_LIMIT`` articles: Streamlit sends every label of a
selectbox on every run, and 30,000 titles (SaudiNewsNet) are about 2 MB per run and session. The
article open now is always offered, and the page says how many are left out and how to reach them."""

from __future__ import annotations

import pytest
from app_runs import start

from dashboard import context as page_context
from dashboard.context import picker_options


def test_a_picker_offers_the_first_articles_and_counts_the_rest():
    assert picker_options(["a", "b", "c", "d"], limit=2) == (["a", "b"], 2)
    assert picker_options(["a", "b"], limit=2) == (["a", "b"], 0)


def test_the_article_open_now_is_offered_even_beyond_the_limit():
    assert picker_options(["a", "b", "c", "d"], "d", limit=2) == (["a", "b", "d"], 2)
    assert picker_options(["a", "b", "c", "d"], "a", limit=2) == (["a", "b"], 2)


@pytest.fixture
def two_at_most(monkeypatch):
    monkeypatch.setattr(page_context, "PICKER_LIMIT", 2)


def test_the_reader_offers_two_of_five_seed_articles_and_says_so(two_at_most):
    at = start("articles")
    assert len(at.selectbox(key="ar_doc").options) == 2
    assert any("first 2 of 5 articles" in c.value for c in at.caption)


def test_a_link_to_an_article_beyond_the_limit_still_opens_it(two_at_most):
    listed = start("articles").session_state["_ar_list_ids"]
    beyond = listed[-1]  # the list's last article: not among the two offered
    at = start("articles", doc=beyond)
    picker = at.selectbox(key="ar_doc")
    assert picker.value == beyond and len(picker.options) == 3


def test_the_themes_page_key_terms_picker_is_cut_the_same_way(two_at_most):
    at = start("themes")
    assert len(at.selectbox(key="th_doc").options) == 2
    assert any("first 2 of 5 articles" in c.value for c in at.caption)
