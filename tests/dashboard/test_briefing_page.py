"""The briefing pack in the dashboard: charts added from pages keep their filters and corpus in a
briefing of the article store, and the pack builds into a PDF whose text layer holds the title,
and a PowerPoint file."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "dashboard" / "app.py")
SEEDS = str(ROOT / "seeds")


@pytest.fixture(autouse=True)
def seed_corpus(monkeypatch):
    monkeypatch.setenv("ARABIC_NEWS_CORPUS", SEEDS)


def button(at: AppTest, key: str):
    return next(b for b in at.button if b.key == key)


def stored(at: AppTest) -> list:
    """The items of the briefing the session has open, as the article store keeps them."""
    from analysis.briefing.stored import read_pack
    from analysis.store.briefings import Briefings
    from analysis.store.database import Store

    pack, _, damaged = read_pack(Briefings(Store()).get(at.session_state["brief"]))
    assert damaged == []
    return pack.items


def test_an_empty_pack_says_how_to_fill_it(fresh_store):
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("views/briefing.py").run()
    assert not at.exception
    assert any("Add to briefing" in i.value for i in at.info)


def test_charts_added_on_pages_keep_their_filters_and_build_into_a_pack():
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["actors"] = "lavrov"
    at.run()
    button(at, "ov_actors__brief").click().run()
    button(at, "ov_timeline__brief").click().run()
    items = stored(at)
    assert [i.chart for i in items] == ["top_actors", "event_timeline"]
    assert all(i.filters.actors == ("lavrov",) for i in items)
    assert all(i.corpus == "seeds" for i in items)  # the corpus given by path, the folder's name
    assert at.query_params["brief"] == at.session_state["brief"]  # the briefing is in the URL

    at.switch_page("views/briefing.py").run()
    listed = "\n".join(m.value for m in at.markdown)
    assert "Most mentioned actors" in listed and "Sergey Lavrov" in listed
    at.text_input(key="brief_title_input").set_value("إحاطة صباحية عن روسيا").run()
    button(at, "brief_build").click().run(timeout=180)
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    pdf, pptx = at.session_state["briefing_result"]
    assert pdf.startswith(b"%PDF") and pptx[:2] == b"PK"

    from pptx import Presentation

    slides = Presentation(io.BytesIO(pptx)).slides
    assert len(slides) >= 3  # cover + two charts
    texts = " ".join(shape.text_frame.text for slide in slides for shape in slide.shapes if shape.has_text_frame)
    assert "إحاطة صباحية عن روسيا" in texts


def test_removing_a_chart_from_the_pack():
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    button(at, "ov_actors__brief").click().run()
    button(at, "ov_regions__brief").click().run()
    at.switch_page("views/briefing.py").run()
    button(at, "brief_remove_0").click().run()
    assert [i.chart for i in stored(at)] == ["top_regions"]
