"""Fewer or more themes on the Themes page, on the seeds: four themes for the 40 passages of five
articles (a small corpus's themes are fitted on its passages, the default count for 40); "More themes
(5)" fits five, kept with the corpus in the store for every page, and "The data's choice" goes back to
four."""

from __future__ import annotations

import pytest
from app_runs import start
from test_apptest import SEEDS
from test_theme_names_page import chart_text

from analysis.store.database import Store
from analysis.store.theme_names import ThemeNames, corpus_key


@pytest.fixture(autouse=True)
def seed_corpus(monkeypatch):
    monkeypatch.setenv("ARABIC_NEWS_CORPUS", SEEDS)


def test_an_editor_asks_for_more_themes_and_goes_back_to_the_datas_choice(fresh_store):
    at = start("themes")
    assert any("**4 themes**, the number the build chose" in m.value for m in at.markdown)
    coherence = next(c.value for c in at.caption if c.value.startswith("Coherence of the themes"))
    assert "Check: 2 · " in coherence  # the Idlib theme, under the floor on 123 sentences
    assert coherence.endswith("Over only 123 sentences, these scores are a rough guide.")
    assert at.button(key="th_fewer").label == "Fewer themes (3)" and not at.button(key="th_fewer").disabled
    assert "Theme 5" not in chart_text(at, "th_terms_chart")
    at.button(key="th_more").click().run()
    assert not at.exception
    assert any("**5 themes**, the number an analyst asked for." in m.value for m in at.markdown)
    assert "Theme 5" in chart_text(at, "th_terms_chart")
    assert ThemeNames(Store(fresh_store, seed=False)).count(corpus_key("path", "seeds", SEEDS)) == 5

    at = start("overview")  # a new session: the corpus has five themes on every page
    assert "Theme 5" in chart_text(at, "ov_themes")

    at = start("themes")
    at.button(key="th_count_reset").click().run()
    assert any("**4 themes**, the number the build chose" in m.value for m in at.markdown)
    assert "Theme 5" not in chart_text(at, "th_terms_chart")
