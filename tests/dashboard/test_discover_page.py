"""The Discover section of the Gazetteer page and the coverage line of the Overview, under AppTest.

The corpus is a folder of a few articles naming people and places the built-in gazetteer lacks
(بلدة مضايا, حركة نور الدين الزنكي), each in two articles, so that they are candidates.
"""

from __future__ import annotations

import pytest
from app_runs import start
from discover_corpus import ARTICLES


@pytest.fixture
def corpus(tmp_path, monkeypatch, fresh_store):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i, text in enumerate(ARTICLES):
        (folder / f"{i:03}.txt").write_text(f"خبر {i}\n\n{text}\n", "utf-8")
    monkeypatch.setenv("ARABIC_NEWS_CORPUS", str(folder))
    monkeypatch.setenv("ARABIC_NEWS_CACHE", str(tmp_path / "cache"))
    return folder


def candidates(at) -> list[str]:
    table = next(df.value for df in at.dataframe if "keyness" in df.value.columns)
    return [name.lstrip("\u200f") for name in table["name_ar"]]


def test_discover_lists_candidates_and_adopting_one_fills_the_form_then_removes_it(corpus):
    at = start("gazetteer")
    assert "Discover names the gazetteer lacks" in [s.value for s in at.subheader]
    assert {"مضايا", "حركة نور الدين الزنكي"} <= set(candidates(at))
    pick = at.selectbox(key="gz_disc_pick")
    pick.set_value("region|مضايا").run()
    assert any("مضايا" in str(h.value) and "discover-evidence" in str(h.value) for h in at.html)

    at.button(key="gz_disc_adopt").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.session_state["gz_new_kind"] == "region"
    assert at.text_input(key="gz_new_name_ar").value == "مضايا"
    assert at.selectbox(key="gz_new_type").value == "town"
    assert at.text_input(key="gz_new_id").value and at.text_input(key="gz_new_name_en").value
    assert any("filled from the candidate" in i.value for i in at.info)

    at.number_input(key="gz_new_lat").set_value(33.72)
    at.number_input(key="gz_new_lon").set_value(36.1)
    next(b for b in at.button if b.label == "Add an actor or a region").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("Added" in s.value for s in at.success), [e.value for e in at.error]
    assert "مضايا" not in candidates(at)  # the gazetteer covers it now
    assert "حركة نور الدين الزنكي" in candidates(at)


def test_the_overview_says_when_the_gazetteer_covers_the_corpus_poorly(corpus):
    at = start()
    warnings = [w.value for w in at.warning]
    assert any("mentions per article" in w and "does not know" in w for w in warnings), warnings
    assert any("Discover" in str(link.label) for link in at.get("page_link"))


def test_the_coverage_line_in_arabic(corpus):
    at = start(lang="ar")
    assert any("إشارة لكل مقال" in w.value for w in at.warning)
