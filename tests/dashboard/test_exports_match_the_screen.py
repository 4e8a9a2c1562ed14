"""What is exported is what is on screen: for every chart a page offers to export or to brief, the
print-quality export and the briefing item draw the same data (every trace's x, y and z), the same
entities, tick labels and title as the figure the page shows.

The Actors page once showed 25 actors in its co-mention heatmap while its export drew 30 entities,
regions among them, and captioned an actor–region pair as the "strongest pair".
"""

from __future__ import annotations

import json

import plotly.io as pio
import pytest
from app_runs import start
from repo_paths import SEEDS

from analysis.aggregate.filters import apply_filters
from analysis.briefing import PackItem
from analysis.briefing.provenance import plain
from analysis.charts import registry
from analysis.store.briefings import Briefings
from analysis.store.database import Store
from dashboard import widgets

#: page → the keys of its charts that carry an export and "Add to briefing".
PAGES = {
    "overview": ["ov_actors", "ov_regions", "ov_timeline", "ov_themes", "ov_sources"],
    "actors": ["ac_heatmap", "ac_network", "ac_time", "ac_regions"],
    "timeline": ["tl_chart", "tl_counts"],
    "themes": ["th_terms_chart", "th_doc_chart", "th_time_chart"],
    "map": ["map_chart"],
}


@pytest.fixture(autouse=True)
def seed_corpus(monkeypatch):
    monkeypatch.setenv("ARABIC_NEWS_CORPUS", str(SEEDS))


@pytest.fixture
def exported(monkeypatch):
    """The figures the export popover sends to Chromium, instead of sending them."""
    from analysis.briefing import static

    sent: list[dict] = []

    def render(fig_dict, opts):
        sent.append(json.loads(pio.to_json(fig_dict)))
        return b"\x89PNG"

    monkeypatch.setattr(static, "_render", render)
    monkeypatch.setattr(static, "ensure_server", lambda: 0.0)
    return sent


def drawn(spec: dict) -> list[dict]:
    """What a figure shows: each trace's type and data, bidi controls stripped from text."""

    def clean(values):
        if values is None:
            return None
        return [clean(v) if isinstance(v, list) else plain(v) if isinstance(v, str) else v for v in values]

    return [
        {"type": t.get("type"), **{axis: clean(t.get(axis)) for axis in ("x", "y", "z", "lat", "lon", "text")}}
        for t in spec["data"]
    ]


def labels(spec: dict) -> dict:
    """The figure's title and every axis's tick labels."""
    layout = spec["layout"]
    out = {"title": plain((layout.get("title") or {}).get("text") or "")}
    for name, axis in sorted(layout.items()):
        if name.startswith(("xaxis", "yaxis")) and isinstance(axis, dict):
            out[name] = [plain(str(t)) for t in axis.get("ticktext") or []]
    return out


def screen_figure(at, key: str) -> dict:
    found = [c for c in at.get("plotly_chart") if c.proto.id and key in c.proto.id]
    assert len(found) == 1, f"{key}: {len(found)} charts"
    return json.loads(found[0].proto.spec)


def button(at, key: str):
    return next(b for b in at.button if b.key == key)


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("page", sorted(PAGES))
def test_the_export_and_the_briefing_draw_what_the_page_shows(seed_tables, seed_entities, exported, page, lang):
    at = start(page)
    at.radio(key="lang").set_value(lang).run()
    for key in PAGES[page]:
        screen = screen_figure(at, key)
        assert screen["data"], f"{page}/{key}: nothing drawn on the seeds"

        button(at, f"{key}__prepare").click().run()
        assert not at.exception, [e.value for e in at.exception]
        export = exported[-1]
        assert drawn(export) == drawn(screen), f"{page}/{key}: the export draws other data"
        assert labels(export) == labels(screen), f"{page}/{key}: the export labels differ"

        button(at, f"{key}__brief").click().run()
        stored = Briefings(Store()).get(at.session_state["brief"]).items[-1]  # as the article store keeps it
        item = PackItem.from_record(stored.record)
        briefed = registry.make_figure(
            item.chart, apply_filters(seed_tables, item.filters), item.options, item.lang, entities=seed_entities
        )
        briefed_spec = json.loads(briefed.to_json())
        assert drawn(briefed_spec) == drawn(screen), f"{page}/{key}: the briefing item draws other data"
        assert labels(briefed_spec) == labels(screen), f"{page}/{key}: the briefing item labels differ"


def test_the_heatmap_export_shows_the_25_actors_of_the_screen_and_no_region(seed_entities, exported):
    at = start("actors")
    screen = screen_figure(at, "ac_heatmap")
    button(at, "ac_heatmap__prepare").click().run()
    shown = exported[-1]["data"][0]["x"]
    assert shown == screen["data"][0]["x"]
    kinds = dict(zip(seed_entities["entity_id"], seed_entities["kind"]))
    assert {kinds[i] for i in shown} == {"actor"}, "a region (إدلب) among the heatmap's actors"
    assert len(shown) == 25  # of the 31 actors (62 entities) co-mentioned in the seeds


def test_the_screen_figure_carries_the_provenance_footer_for_the_modebar_png():
    at = start("overview")
    at.radio(key="lang").set_value("ar").run()
    spec = screen_figure(at, "ov_actors")
    footers = [a for a in spec["layout"].get("annotations", []) if a.get("name") == "provenance"]
    assert len(footers) == 1
    text = plain(footers[0]["text"])
    assert text.startswith("المدونة: ") and "بلا مرشحات" in text and "مقالات" in text
    chart = next(c for c in at.get("plotly_chart") if "ov_actors" in c.proto.id)
    image = json.loads(chart.proto.config)["toImageButtonOptions"]
    assert image["width"] == widgets.HALF_WIDTH and image["height"] == spec["layout"]["height"]
