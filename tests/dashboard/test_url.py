"""The URL is a documented promise (README, "The dashboard"): the link the README gives opens
its view, old and hand-written forms of it too, and the article a link opened closes when the
corpus changes. Why ``dashboard/url.py`` syncs the sidebar by hand rather than with Streamlit's
``bind="query-params"`` is checked here as well, so a Streamlit that changes it shows up.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from app_runs import start
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = str(ROOT / "seeds")


@pytest.fixture(autouse=True)
def seed_corpus(monkeypatch):
    monkeypatch.setenv("ARABIC_NEWS_CORPUS", SEEDS)


def selection_line(at: AppTest) -> str:
    return "\n".join(str(h.value) for h in at.html if "selection-line" in str(h.value))


def readme_link() -> dict[str, str]:
    """The example link of the README's dashboard section, as parameters (``sources=…`` filled in)."""
    readme = (ROOT / "README.md").read_text("utf-8")
    query = re.search(r"`\?(actors=[^`]+)`", readme).group(1)
    params = dict(pair.split("=", 1) for pair in query.split("&"))
    assert params.pop("sources") == "…"
    return {**params, "sources": "ترك برس", "corpus": "seed"}


def test_the_readme_link_opens_its_view_in_arabic():
    link = readme_link()
    assert link["lang"] == "ar" and link["to"] == "2020-12-31"
    at = start(**link)
    assert at.radio(key="lang").value == "ar"
    assert at.selectbox(key="corpus").value == "seed"  # the store's seed corpus, not the folder
    assert at.multiselect(key="f_actors").value == ["russia", "turkey"]
    assert at.radio(key="f_mode").value == "all"
    assert at.multiselect(key="f_regions").value == ["idlib"]
    assert at.multiselect(key="f_sources").value == ["ترك برس"]
    assert at.multiselect(key="f_types").value == ["strike", "talks"]
    # 2020-12-31 is after the last article (2020-12-30): the span's end, so no upper bound
    assert at.date_input(key="f_dates").value == (dt.date(2019, 1, 1), dt.date(2020, 12, 30))
    assert "الاختيار: مقالة واحدة من 5" in selection_line(at)  # 001: Idlib, ترك برس, 2020-02-05
    assert at.title[0].value == "نظرة عامة"
    written = {key: at.query_params[key] for key in at.query_params}
    assert written == {key: value for key, value in link.items() if key != "to"}


def test_repeated_parameters_open_the_same_view_as_commas():
    at = start(actors=["russia", "turkey"], types=["strike", "talks"], mode="all", regions="idlib")
    assert at.multiselect(key="f_actors").value == ["russia", "turkey"]
    assert at.multiselect(key="f_types").value == ["strike", "talks"]
    assert "Selection: 3 of 5 articles" in selection_line(at)  # Idlib: 001, 002, 003
    assert at.query_params["actors"] == "russia,turkey"  # written back in the documented form


def test_another_corpus_closes_the_article_the_link_opened():
    at = start("articles", doc="003_864faea840389226")
    assert at.selectbox(key="ar_doc").value == "003_864faea840389226"
    at.selectbox(key="corpus").set_value("seed").run()
    assert not at.exception
    shown = at.selectbox(key="ar_doc").value
    assert shown != "003_864faea840389226"  # the list's first article, not the one the link opened
    assert at.query_params["doc"] == shown


# --- why the sidebar is not bound by Streamlit ------------------------------------------------


def _bound_sidebar():
    """The sidebar's widgets as ``bind="query-params"`` would have them (their labels as in app.py)."""
    import datetime as dt

    import streamlit as st

    st.radio("Language", ["en", "ar"], key="lang", format_func={"en": "English", "ar": "العربية"}.get,
             bind="query-params")  # fmt: skip
    st.selectbox("Corpus", ["", "seed"], key="corpus", bind="query-params",
                 format_func=lambda c: f"{c} · 5 articles" if c else "seeds (folder)")  # fmt: skip
    st.multiselect("Actors", ["russia", "turkey"], key="actors", bind="query-params",
                   format_func={"russia": "Russia · روسيا", "turkey": "Turkey · تركيا"}.get)  # fmt: skip
    st.radio("Mode", ["any", "all"], key="mode", format_func={"any": "any of them", "all": "all of them"}.get,
             bind="query-params")  # fmt: skip
    st.date_input("Published", (dt.date(2018, 12, 29), dt.date(2020, 12, 30)), key="dates", bind="query-params")


def test_widgets_bound_by_streamlit_would_not_open_the_documented_link():
    """A bound widget reads its own label under its own key from the URL, never ``lang=ar``,
    ``actors=russia,turkey`` or ``from=``: binding would break every link already shared. (In a
    browser, bound widgets also wrote ``actors=Russia · روسيا`` and lost it after switching to
    Arabic and to another page.) If this fails, Streamlit changed: see whether binding now fits."""
    at = AppTest.from_function(_bound_sidebar)
    documented = {"lang": "ar", "corpus": "seed", "actors": "russia,turkey", "mode": "all", "from": "2019-01-01"}
    for key, value in documented.items():
        at.query_params[key] = value
    at.run()
    assert at.radio(key="lang").value == "en"
    assert at.selectbox(key="corpus").value == ""
    assert at.multiselect(key="actors").value == []
    assert at.radio(key="mode").value == "any"
    assert at.date_input(key="dates").value == (dt.date(2018, 12, 29), dt.date(2020, 12, 30))

    at = AppTest.from_function(_bound_sidebar)  # what they read instead: labels, repeated
    labels = {"lang": "العربية", "corpus": "seed · 5 articles", "actors": ["Russia · روسيا", "Turkey · تركيا"],
              "mode": "all of them", "dates": ["2019-01-01", "2020-12-30"]}  # fmt: skip
    for key, value in labels.items():
        at.query_params[key] = value
    at.run()
    assert at.radio(key="lang").value == "ar"
    assert at.selectbox(key="corpus").value == "seed"
    assert at.multiselect(key="actors").value == ["russia", "turkey"]
    assert at.radio(key="mode").value == "all"
    assert at.date_input(key="dates").value == (dt.date(2019, 1, 1), dt.date(2020, 12, 30))


def test_a_term_bar_of_the_themes_page_opens_search_keeping_the_sidebar():
    """A bare ``st.switch_page`` resets every widget (streamlit#11115): after a click on a term of
    the Themes page, Search opened on the default corpus, in English, without the filters."""
    at = start(lang="ar", actors="russia", corpus="seed")
    at.switch_page("views/themes.py").run()
    assert not at.exception
    at.session_state["_page_memory"] = {"q": "إدلب"}  # what the term bar's callback leaves
    at.session_state["th_go_search"] = True
    at.run()
    assert not at.exception
    assert at.session_state["_page_path"] == "search"
    assert (at.radio(key="lang").value, at.selectbox(key="corpus").value) == ("ar", "seed")
    assert at.multiselect(key="f_actors").value == ["russia"]
    assert at.text_input(key="se_q").value == "إدلب"
