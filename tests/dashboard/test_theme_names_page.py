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
    assert [e.label for e in at.expander] == ["Name, merge and hide themes (0 named, 0 merged, 0 hidden)"]
    assert "أردوغان" in chart_text(at, "th_terms_chart")

    from dashboard import data

    ref = data.CorpusRef("path", "seeds", SEEDS)
    themes = data.analysed_tables(ref).themes
    edits = data.theme_names(ref, themes).assign(name=[NAME, None], hidden=[False, True])
    ThemeNames(Store(fresh_store, seed=False)).save(corpus_key("path", "seeds", SEEDS), themes, edits)

    at = start("themes")  # a new session reads the names the store now holds
    assert [e.label for e in at.expander] == ["Name, merge and hide themes (1 named, 0 merged, 1 hidden)"]
    grid = chart_text(at, "th_terms_chart")
    assert NAME in grid and "أردوغان" not in grid  # theme 2 hidden: its terms are in no title
    at = start("articles", doc="000_4404655001853660")
    assert NAME in html_text(at)
    at = start("overview")
    assert NAME in chart_text(at, "ov_themes")
    at = start("compare", cmp_what="themes", cmp_min="1")
    labels = at.dataframe[0].value["label"].tolist()
    assert [label.lstrip("\u200f") for label in labels] == [f"Theme 1 · {NAME}"]  # theme 2 hidden: not compared


def test_an_editor_merges_two_themes_on_the_themes_page_and_every_page_shows_one(fresh_store):
    """The seeds' theme 2 (أردوغان، المحلل …: article 001) merged into theme 1: one theme, with
    both themes' terms, on the Themes page, an article's themes and the Compare page; then separated."""
    at = start("themes")
    at.multiselect(key="th_merge_pick").set_value([1, 2])
    at.button(key="th_merge").click().run()
    assert not at.exception
    assert [e.label for e in at.expander] == ["Name, merge and hide themes (0 named, 1 merged, 0 hidden)"]
    assert [s.value for s in at.success] == ["Merged into theme 1: 2."]
    grid = chart_text(at, "th_terms_chart")
    assert "أردوغان" in grid and "Theme 2" not in grid  # theme 2's terms are theme 1's now
    from analysis.store.audit import AuditLog

    assert "merge_themes" in AuditLog(Store(fresh_store, seed=False)).listing()["action"].tolist()

    at = start("compare", cmp_what="themes", cmp_min="1")
    labels = [label.lstrip("\u200f") for label in at.dataframe[0].value["label"].tolist()]
    assert len(labels) == 1 and labels[0].startswith("Theme 1 · ")  # one theme left to compare
    at = start("articles", doc="001_1a97961f7f7f0c07")  # theme 2's article: its theme is theme 1 now
    assert "أردوغان" in html_text(at) or "Theme 1" in html_text(at)

    at = start("themes")
    at.multiselect(key="th_unmerge_pick").set_value([2])
    at.button(key="th_unmerge").click().run()
    assert [e.label for e in at.expander] == ["Name, merge and hide themes (0 named, 0 merged, 0 hidden)"]
    assert "Theme 2" in chart_text(at, "th_terms_chart")


def test_a_merge_is_checked_in_its_callback_a_viewer_changes_nothing(fresh_store, monkeypatch):
    """The buttons were drawn for an editor; the session is a viewer's when Merge is clicked."""
    from dashboard import access
    from dashboard.access import Access

    at = start("themes")
    at.multiselect(key="th_merge_pick").set_value([1, 2])
    monkeypatch.setattr(access, "current", lambda: Access("bob@example.org", "viewer", "signed_in"))
    at.button(key="th_merge").click().run()
    assert [e.value for e in at.error] == ["This needs the editor role; yours is viewer. Nothing was changed."]
    assert ThemeNames(Store(fresh_store, seed=False)).stored(corpus_key("path", "seeds", SEEDS)).empty
    assert "th_merge_pick" not in [m.key for m in at.multiselect]  # a viewer is shown no merge picker
