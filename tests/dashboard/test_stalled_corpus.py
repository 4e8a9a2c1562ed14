"""A corpus whose last analysis died is not analysed again by the next visit (issue 14: "every later
visit repeats the blow-up"): the page says why, an editor may ask for another attempt, anyone may open
another corpus."""

from __future__ import annotations

import pytest
from app_runs import APP
from streamlit.testing.v1 import AppTest

import analysis.store.database as database
from analysis.store.database import Store
from dashboard import access
from dashboard.access import Access

TEXT = "قال وزير الخارجية الروسي أمس إن موسكو وأنقرة اتفقتا على وقف إطلاق النار في إدلب."


@pytest.fixture
def failed_corpus(fresh_store, monkeypatch):
    """The store corpus ``محلي``, whose analysis raised (as an article that takes all the memory would)."""
    store = Store(fresh_store)
    store.add_article("محلي", TEXT, title="أ", date="2020-03-05")
    with monkeypatch.context() as patch:
        patch.setattr(database, "analyse", lambda *a, **k: (_ for _ in ()).throw(MemoryError("Unable to allocate")))
        with pytest.raises(MemoryError):
            store.tables("محلي")
    assert store.pending()["محلي"].failed
    return store


def start(**params) -> AppTest:
    """The app opened by a link with ``params``: one run, no exception."""
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def said(at) -> str:
    return "\n".join(e.value for e in at.error)


def test_the_page_says_why_instead_of_analysing_again(failed_corpus, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a visit started the failed analysis again")

    monkeypatch.setattr(database, "analyse", refuse)
    at = start(corpus="محلي")
    assert at.title[0].value == "This corpus has not been analysed"
    assert "MemoryError: Unable to allocate" in said(at)
    assert "محلي" in said(at)
    labels = [b.label.replace("\u2068", "").replace("\u2069", "") for b in at.button]  # names isolated (FSI…PDI)
    assert labels == ["Analyse again", "Open seed · 5 articles"]


def test_in_arabic(failed_corpus):
    at = start(corpus="محلي", lang="ar")
    assert at.title[0].value == "لم يكتمل تحليل هذه المدوّنة"
    assert "لم يكتمل آخر تحليل للمدوّنة" in said(at)


def test_another_corpus_can_be_opened(failed_corpus):
    at = start(corpus="محلي")
    at.button(key="stalled_default").click().run()
    assert not at.exception
    assert at.session_state["corpus"] == "seed"
    assert not at.error


def test_an_editor_analyses_it_again_and_then_it_is_shown(failed_corpus):
    at = start(corpus="محلي")
    at.button(key="stalled_again").click().run()
    assert not at.exception and not at.error
    assert at.session_state["corpus"] == "محلي"
    assert "محلي" not in failed_corpus.pending()  # analysed this time
    assert at.title[0].value == "Overview"


def test_a_viewer_may_not_start_it_again(failed_corpus, monkeypatch):
    with monkeypatch.context() as patch:
        patch.setattr(access, "current", lambda: Access("bob@example.org", "viewer", "signed_in"))
        assert start(corpus="محلي").button(key="stalled_again").disabled
    at = start(corpus="محلي")  # drawn for the analyst, clicked after the role was taken away:
    monkeypatch.setattr(access, "current", lambda: Access("bob@example.org", "viewer", "signed_in"))
    at.button(key="stalled_again").click().run()  # the callback checks the role when it acts
    assert at.title[0].value == "This corpus has not been analysed"
    assert "editor" in "\n".join(w.value for w in at.warning)
    assert failed_corpus.pending()["محلي"].attempts == 1  # not tried again
