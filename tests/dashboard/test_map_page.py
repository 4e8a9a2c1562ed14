"""The Map page under AppTest: it draws the seed places, follows the sidebar filters like every
page, and a chosen place lists the sentences that name it (escaped, right to left)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from app_runs import start

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def seed_corpus(monkeypatch):
    monkeypatch.setenv("ARABIC_NEWS_CORPUS", str(ROOT / "seeds"))


def map_figure(at) -> dict:
    charts = [e for e in at.get("plotly_chart") if "map_chart" in str(getattr(e.proto, "id", ""))]
    charts = charts or list(at.get("plotly_chart"))
    assert charts, "no chart on the Map page"
    return json.loads(charts[0].proto.spec)


def place_ids(figure: dict) -> set[str]:
    return {c[0] for trace in figure["data"][1:] for c in trace.get("customdata", [])}


def test_map_page_draws_the_seed_places():
    at = start("map")
    assert [t.value for t in at.title] == ["Map"]
    ids = place_ids(map_figure(at))
    assert {"syria", "idlib", "saraqib", "libya"} <= ids
    places = at.dataframe[0].value
    assert set(places["name_en"]) >= {"Idlib", "Syria"}


def test_map_page_follows_the_region_filter():
    at = start("map")
    everything = place_ids(map_figure(at))
    at.multiselect(key="f_regions").set_value(["idlib"]).run()
    assert not at.exception
    chosen = place_ids(map_figure(at))
    # 001, 002 and 003 name Idlib; only 000 and 004 name Ain Issa, Raqqa, Hasakah, the Caucasus
    assert "idlib" in chosen and chosen < everything
    assert not {"ain_issa", "raqqa", "hasakah", "caucasus"} & chosen
    assert {"manbij", "saraqib", "istanbul"} <= chosen  # 002, 001, 001 and 003
    rows = at.dataframe[0].value.set_index("name_en")
    assert rows.loc["Idlib", "articles"] == 3


def test_map_page_follows_the_actor_filter_and_the_empty_selection():
    at = start("map")
    at.multiselect(key="f_actors").set_value(["sdf"]).run()  # 000 and 004
    assert "idlib" not in place_ids(map_figure(at))
    at.multiselect(key="f_sources").set_value(["ترك برس"]).run()  # 001 alone, which does not name the SDF
    assert not at.exception
    assert not at.get("plotly_chart")
    assert "Nothing matches these filters" in " ".join(i.value for i in at.info)


def test_a_chosen_place_lists_its_sentences():
    at = start("map")
    at.selectbox(key="map_place").set_value("saraqib").run()
    assert not at.exception
    html = "\n".join(str(h.value) for h in at.html)
    assert 'dir="rtl"' in html and "سراقب" in html
    # the place in the first style, named on hover; its sentence's dates and other places summed up
    assert '<mark class="hl hl-pair_a" title="Saraqib · سراقب">سراقب</mark>' in html
    assert "Places:" in html or "No other place named." in html
    assert "\u2068Saraqib · سراقب\u2069 is named in 1 sentence" in " ".join(
        c.value for c in at.caption
    )  # the name isolated


def test_the_map_page_in_arabic():
    at = start("map")
    at.radio(key="lang").set_value("ar").run()
    assert not at.exception
    assert [t.value for t in at.title] == ["الخريطة"]
    figure = map_figure(at)
    assert figure["layout"]["title"]["text"] == "\u202bالأماكن المذكورة في المقالات\u202c"
