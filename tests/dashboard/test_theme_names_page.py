"""Theme names in the dashboard, on the seeds' four themes (fitted on the passages of the five
articles): theme 1 (قسد، منبج …: the SDF's handover of Manbij and Ain Issa), theme 2 (إدلب، تنسيق،
الغارات …), theme 3 (العقوبات، منظومة الدفاع …: the US sanctions and the S-400) and theme 4 (لافروف،
تشاوش أوغلو، عزمنا …: the two ministers' talks). Named and hidden in the store, every page shows theme 1
by its name and theme 4 nowhere.
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
    assert "عزمنا" in chart_text(at, "th_terms_chart")

    from dashboard import data

    ref = data.CorpusRef("path", "seeds", SEEDS)
    themes = data.analysed_tables(ref).themes
    edits = data.theme_names(ref, themes).assign(name=[NAME, None, None, None], hidden=[False, False, False, True])
    ThemeNames(Store(fresh_store, seed=False)).save(corpus_key("path", "seeds", SEEDS), themes, edits)

    at = start("themes")  # a new session reads the names the store now holds
    assert [e.label for e in at.expander] == ["Name, merge and hide themes (1 named, 0 merged, 1 hidden)"]
    grid = chart_text(at, "th_terms_chart")
    assert NAME in grid and "عزمنا" not in grid  # theme 4 hidden: its terms are in no title
    at = start("articles", doc="000_4404655001853660")
    assert NAME in html_text(at)
    at = start("overview")
    assert NAME in chart_text(at, "ov_themes")
    at = start("compare", cmp_what="themes", cmp_min="1")
    labels = at.dataframe[0].value["label"].tolist()
    labels = [label.lstrip("\u200f") for label in labels]
    assert f"Theme 1 · {NAME}" in labels and not any(label.startswith("Theme 4") for label in labels)  # hidden


def test_an_editor_merges_two_themes_on_the_themes_page_and_every_page_shows_one(fresh_store):
    """The seeds' theme 4 (لافروف، تشاوش أوغلو، عزمنا …: the ministers' talks) merged into theme 3 (the
    sanctions and the S-400): one theme, with both themes' terms, on the Themes page, an article's themes
    and the Compare page; then separated."""
    assert "لافروف، تشاوش أوغلو، أعقاب محادثات، أكدنا، عزمنا" in html_text(
        start("articles", doc="000_4404655001853660")
    )
    at = start("themes")
    at.multiselect(key="th_merge_pick").set_value([3, 4])
    at.button(key="th_merge").click().run()
    assert not at.exception
    assert [e.label for e in at.expander] == ["Name, merge and hide themes (0 named, 1 merged, 0 hidden)"]
    assert [s.value for s in at.success] == ["Merged into theme 3: 4."]
    grid = chart_text(at, "th_terms_chart")
    assert "تشاوش أوغلو" in grid and "Theme 4" not in grid  # theme 4's terms are theme 3's now
    from analysis.store.audit import AuditLog

    assert "merge_themes" in AuditLog(Store(fresh_store, seed=False)).listing()["action"].tolist()

    at = start("compare", cmp_what="themes", cmp_min="1")
    labels = [label.lstrip("\u200f") for label in at.dataframe[0].value["label"].tolist()]
    assert labels and not any(label.startswith("Theme 4") for label in labels)  # three themes left to compare
    at = start("articles", doc="000_4404655001853660")  # an article of both: its themes are 1 and 3 now
    page = html_text(at)  # the merged theme by its top terms, theme 4's own list («… أكدنا، عزمنا») gone
    assert "العقوبات، لافروف، تشاوش أوغلو" in page and "أكدنا، عزمنا" not in page

    at = start("themes")
    at.multiselect(key="th_unmerge_pick").set_value([4])
    at.button(key="th_unmerge").click().run()
    assert [e.label for e in at.expander] == ["Name, merge and hide themes (0 named, 0 merged, 0 hidden)"]
    assert "Theme 4" in chart_text(at, "th_terms_chart")


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
