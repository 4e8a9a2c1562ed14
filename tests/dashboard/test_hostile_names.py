"""Names the analyst supplies (corpus, source, entity, briefing) are shown as text, never as live
Markdown: a name like ``[x](http://evil.example)`` must not become a link, ``![](…)`` an image beacon
to an outside host, ``<img onerror>`` markup (issue 14)."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from analysis.aggregate.filters import FilterSpec
from analysis.briefing.pack import PackItem
from analysis.briefing.stored import add_item
from analysis.ingest.importing import REPORT_COLUMNS
from analysis.store.briefings import Briefings
from analysis.store.database import Store

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "dashboard" / "app.py")
LINK = "[x](http://evil.example)"
IMAGE = "![](http://evil.example/b.png)"
TAG = "<img src=x onerror=alert(1)>"
HOSTILE = f"{LINK} {IMAGE} {TAG}"
# Markdown that would render as a link or an image, or raw HTML: unescaped brackets or angle brackets.
LIVE = re.compile(r"(?<!\\)\[[^\]]*(?<!\\)\]\(|(?<!\\)<img")


@pytest.fixture(autouse=True)
def seed_path_corpus(monkeypatch, fresh_store):
    monkeypatch.setenv("ARABIC_NEWS_CORPUS", str(ROOT / "seeds"))


def shown(at: AppTest) -> list[str]:
    """Every Markdown string of the page: headings, text, captions and messages."""
    elements = [*at.title, *at.header, *at.subheader, *at.markdown, *at.caption, *at.info, *at.warning, *at.error,
                *at.success, *at.toast]  # fmt: skip
    return [str(e.value) for e in elements]


def live(at: AppTest) -> list[str]:
    return [text for text in shown(at) if LIVE.search(text)]


def test_a_hostile_corpus_name_in_the_import_report_heading_stays_text():
    at = AppTest.from_file(APP, default_timeout=90)
    at.run()
    at.switch_page("views/corpora.py")
    at.session_state["co_result"] = {
        "corpus": HOSTILE,
        "report": pd.DataFrame(columns=REPORT_COLUMNS),
        "counts": {"imported": 0},
        "imported": 0,
    }
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("evil.example" in s.value for s in at.subheader)
    assert live(at) == []


def test_hostile_names_on_the_briefing_page_stay_text(fresh_store):
    store = Store(fresh_store)
    store.add_article(HOSTILE, "قال وزير الخارجية الروسي سيرغي لافروف أمس إن موسكو تدعم الحل.", source=HOSTILE)
    briefings = Briefings(store)
    name = briefings.create(HOSTILE, title=HOSTILE)
    filters = FilterSpec(actors=("lavrov",), sources=(HOSTILE, LINK), event_types=(IMAGE,))
    add_item(briefings, name, PackItem(chart="top_actors", filters=filters, corpus=HOSTILE, title=HOSTILE))
    add_item(briefings, name, PackItem(chart="top_actors", filters=filters, corpus=TAG))
    at = AppTest.from_file(APP, default_timeout=90)
    at.query_params["brief"] = name
    at.run()
    at.switch_page("views/briefing.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("evil.example" in text for text in shown(at))
    assert live(at) == []
