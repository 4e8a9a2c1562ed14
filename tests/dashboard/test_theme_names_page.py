"""Theme names in the dashboard, on the seeds' two themes: theme 1 (العقوبات، تركيا، قسد …: the
Russian–Turkish rapprochement of articles 000, 002, 003, 004) and theme 2 (أردوغان، المحلل، الهجمات …:
article 001 alone). Named and hidden in the store, every page shows theme 1 by its name and
theme 2 nowhere.
"""

from __future__ import annotations

import json

import pytest
from app_runs import start
from test_apptest import SEEDS, html_text

from analysis.store.database import Store
from analysis.store.theme_names import ThemeNames, corpus_key

NAME = "التقارب الروسي التركي"


@pytest.fixture(autouse=True)
def seed_corpus(monkeypatch):
    monkeypatch.setenv("ARABIC_NEWS_CORPUS", SEEDS)


def chart_text(at, key: str) -> str:
    for element in at.get("plotly_chart"):
        if key in element.proto.id:
            return json.dumps(json.loads(element.proto.spec), ensure_ascii=False)
    raise AssertionError(f"no chart {key}")


def test_themes_named_and_hidden_in_the_store_are_shown_so_on_every_page(fresh_store):
    at = start("themes")
    assert [e.label for e in at.expander] == ["Name and hide themes (0 named, 0 hidden)"]
    assert "أردوغان" in chart_text(at, "th_terms_chart")

    from dashboard import data

    ref = data.CorpusRef("path", "seeds", SEEDS)
    themes = data.analysed_tables(ref).themes
    edits = data.theme_names(ref, themes).assign(name=[NAME, None], hidden=[False, True])
    ThemeNames(Store(fresh_store, seed=False)).save(corpus_key("path", "seeds", SEEDS), themes, edits)

    at = start("themes")  # a new session reads the names the store now holds
    assert [e.label for e in at.expander] == ["Name and hide themes (1 named, 1 hidden)"]
    grid = chart_text(at, "th_terms_chart")
    assert NAME in grid and "أردوغان" not in grid  # theme 2 hidden: its terms are in no title
    at = start("articles", doc="000_4404655001853660")
    assert NAME in html_text(at)
    at = start("overview")
    assert NAME in chart_text(at, "ov_themes")
    at = start("compare", cmp_what="themes", cmp_min="1")
    labels = at.dataframe[0].value["label"].tolist()
    assert [label.lstrip("\u200f") for label in labels] == [f"Theme 1 · {NAME}"]  # theme 2 hidden: not compared
