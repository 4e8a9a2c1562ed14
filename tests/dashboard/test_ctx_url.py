"""Context kept (issue 12) under AppTest: a followed link that names something this view does not
have shows a notice naming it; a page's choices go into the URL, come back from it, and survive a
page change and a language switch."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from app_runs import start

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def seed_corpus(monkeypatch):
    monkeypatch.setenv("ARABIC_NEWS_CORPUS", str(ROOT / "seeds"))


def notice(at) -> str:
    """The link notice as the reader sees it (Markdown's escapes taken out: ``putin\\_2`` reads ``putin_2``)."""
    return re.sub(r"\\(.)", r"\1", "\n".join(str(w.value) for w in at.warning))


def test_a_link_with_an_unknown_actor_and_a_date_after_the_corpus_says_what_it_dropped():
    at = start(actors="russia,putin_2", **{"from": "2030-01-01"})
    assert at.multiselect(key="f_actors").value == ["russia"]
    text = notice(at)
    assert "This link names things this view does not have" in text
    assert "Actors \u2068putin_2\u2069: not found, left out" in text
    assert "Published from \u20682030-01-01\u2069: after the last article, \u20682020-12-30\u2069 used" in text
    assert at.query_params["actors"] == "russia"  # the URL now says what the view shows
    at.run()
    assert notice(at) == ""  # said once, not on every rerun


def test_the_notice_is_in_arabic_in_the_arabic_interface():
    at = start(lang="ar", regions="idlib,أتلانتس", to="2019-02-31")
    text = notice(at)
    assert "يذكر هذا الرابط أشياء لا توجد في هذا العرض" in text
    assert "المناطق \u2068أتلانتس\u2069: غير موجود، حُذف" in text
    assert "\u20682019-02-31\u2069: ليس تاريخًا" in text


def test_a_link_to_a_corpus_that_is_gone_opens_the_default_and_says_so():
    at = start(corpus="مدونة محذوفة")
    assert at.selectbox(key="corpus").value == ""  # the corpus given by path, the default
    assert "Corpus \u2068مدونة محذوفة\u2069: no corpus by this name" in notice(at)


def test_a_clean_link_shows_no_notice():
    at = start(actors="russia", corpus="seed", lang="ar")
    assert notice(at) == ""


def test_the_actors_pair_and_measures_come_from_the_link_and_an_unknown_one_is_named():
    at = start("actors", ev_a="russia", ev_b="atlantis_army", ac_measure="npmi", ac_window="banana")
    assert at.selectbox(key="ev_a").value == "russia"
    assert at.selectbox(key="ev_b").value == ""
    assert at.segmented_control(key="ac_measure").value == "npmi"
    assert at.segmented_control(key="ac_window").value == "sentence"
    text = notice(at)
    assert "\u2068atlantis_army\u2069: not found" in text and "\u2068banana\u2069: not found" in text
    assert at.query_params["ev_a"] == "russia" and at.query_params["ac_measure"] == "npmi"
    assert "ev_b" not in at.query_params and "ac_window" not in at.query_params  # defaults left out


def test_a_page_choice_goes_into_the_url_and_survives_a_page_change_and_a_language_switch():
    at = start("actors")
    at.segmented_control(key="ac_measure").set_value("jaccard").run()
    at.selectbox(key="ev_a").set_value("turkey").run()
    assert at.query_params["ac_measure"] == "jaccard" and at.query_params["ev_a"] == "turkey"
    at.switch_page("views/timeline.py").run()
    assert "ac_measure" not in at.query_params  # the timeline's URL is the timeline's view
    at.radio(key="lang").set_value("ar").run()
    at.switch_page("views/actors.py").run()
    assert not at.exception
    assert at.segmented_control(key="ac_measure").value == "jaccard"
    assert at.selectbox(key="ev_a").value == "turkey"
    assert at.query_params["ac_measure"] == "jaccard" and at.query_params["lang"] == "ar"


@pytest.mark.parametrize(
    ("page", "params", "key", "value"),
    [
        ("themes", {"th_period": "week"}, "th_period", "week"),
        ("search", {"q": "وقف إطلاق النار"}, "se_q", "وقف إطلاق النار"),
        ("search", {"q": "روسيا", "sort": "source"}, "se_sort", "source"),
        ("map", {"map_color": "type"}, "map_color", "type"),
        ("map", {"place": "idlib"}, "map_place", "idlib"),
        ("timeline", {"view": "background", "lanes": "actor"}, "tl_lanes", "actor"),
        ("gazetteer", {"gz_kind": "region"}, "gz_kind", "region"),
    ],
)
def test_each_page_reads_its_choices_from_a_link_and_writes_them_back(page, params, key, value):
    at = start(page, **params)
    assert at.session_state[key] == value
    for param, given in params.items():
        assert at.query_params[param] == given
    assert notice(at) == ""


def test_an_article_the_corpus_does_not_have_is_named():
    at = start("articles", doc="999_gone")
    assert "Article \u2068999_gone\u2069: not found" in notice(at)


def search_page():
    """A page of the three kinds of choice the Search page has: a query (any text), a sort order and
    a page number."""
    import streamlit as st

    from dashboard import url

    url.begin_page("search")
    url.page_choice("q", "q", None, "", label="Query")
    st.text_input("Query", key="q")
    url.page_choice("sort", "sort", ("date", "source"), "date", label="Sort")
    st.radio("Sort", ("date", "source"), key="sort")
    url.page_choice("page", "page", None, 1, label="Page", parse=int)
    st.number_input("Page", min_value=1, key="page")
    url.keep_page_choices()
    url.show_notice(st.container())


def test_the_generic_page_choice_takes_text_choices_and_numbers_from_a_link_and_writes_them_back():
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_function(search_page)
    at.query_params.update({"q": "وقف إطلاق النار", "sort": "source", "page": "3"})
    at.run()
    assert not at.exception
    assert (at.text_input(key="q").value, at.radio(key="sort").value, at.number_input(key="page").value) == (
        "وقف إطلاق النار", "source", 3,
    )  # fmt: skip
    at.number_input(key="page").set_value(4).run()
    assert at.query_params["page"] == "4" and at.query_params["q"] == "وقف إطلاق النار"
    at.radio(key="sort").set_value("date").run()
    assert "sort" not in at.query_params  # the default is left out


def test_a_page_number_that_is_no_number_is_named():
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_function(search_page)
    at.query_params.update({"page": "two", "sort": "relevance"})
    at.run()
    assert at.number_input(key="page").value == 1
    text = notice(at)
    assert "Page \u2068two\u2069: not a valid value, left out" in text
    assert "Sort \u2068relevance\u2069: not found, left out" in text


def test_the_article_read_last_is_open_again_after_a_page_change():
    at = start("articles")
    ids = list(at.session_state["_ar_list_ids"])
    at.selectbox(key="ar_doc").set_value(ids[2]).run()
    assert at.query_params["doc"] == ids[2]
    at.switch_page("views/timeline.py").run()
    at.switch_page("views/articles.py").run()
    assert at.selectbox(key="ar_doc").value == ids[2]
    assert at.query_params["doc"] == ids[2]
