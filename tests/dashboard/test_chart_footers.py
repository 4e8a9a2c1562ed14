"""What a chart on screen carries besides its data: a provenance footer that fits it and is dated
the day it is drawn, and an outlined cell only while it is the evidence's (issue 12).

Seeds: the Actors page draws the network and the mentions over time side by side (half the page
each), the heatmap and the actors × regions matrix across it.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from app_runs import start

from analysis.briefing.provenance import FOOTER_FONT_SIZE, plain
from dashboard import widgets

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def seed_corpus(monkeypatch):
    monkeypatch.setenv("ARABIC_NEWS_CORPUS", str(ROOT / "seeds"))


def chart(at, key: str):
    found = [c for c in at.get("plotly_chart") if c.proto.id and key in c.proto.id]
    assert len(found) == 1, f"{key}: {len(found)} charts"
    return found[0]


def footer_lines(at, key: str) -> list[str]:
    spec = json.loads(chart(at, key).proto.spec)
    footers = [a for a in spec["layout"].get("annotations", []) if a.get("name") == "provenance"]
    assert len(footers) == 1
    return [plain(line) for line in footers[0]["text"].split("<br>")]


def png_width(at, key: str) -> int:
    return json.loads(chart(at, key).proto.config)["toImageButtonOptions"]["width"]


def test_a_half_width_chart_wraps_its_footer_for_half_the_page():
    at = start("actors")
    # what a line of the footer's font holds across a half column (the wrap of with_footer)
    half_line = max(40, int(widgets.HALF_WIDTH / (FOOTER_FONT_SIZE * 0.58)))
    for key in ("ac_network", "ac_time"):
        lines = footer_lines(at, key)
        assert len(lines) > 1 and max(map(len, lines)) <= half_line, f"{key}: {lines}"
        assert png_width(at, key) == widgets.HALF_WIDTH  # the modebar's PNG, laid out as wrapped
    for key in ("ac_heatmap", "ac_regions"):
        assert len(footer_lines(at, key)) == 1 and png_width(at, key) == widgets.MODEBAR_PNG_WIDTH


def footer(at, key: str) -> dict:
    spec = json.loads(chart(at, key).proto.spec)
    (found,) = [a for a in spec["layout"].get("annotations", []) if a.get("name") == "provenance"]
    return found


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_overviews_half_column_charts_keep_their_footer_inside_the_chart(lang):
    # The Overview's bars sit in half the page, their plot area starting after the names on their
    # left (right in Arabic): a footer wrapped for the full page (1,200 px) from the plot's edge ran off
    # the chart on screen. Wrapped for half the page, and run from the plot's outer edge over the names.
    at = start(**({"lang": "ar"} if lang == "ar" else {}))
    half_line = max(40, int(widgets.HALF_WIDTH / (FOOTER_FONT_SIZE * 0.58)))
    for key in ("ov_actors", "ov_regions", "ov_sources"):
        lines = footer_lines(at, key)
        assert max(map(len, lines)) <= half_line, f"{key}: {lines}"
        # from the plot's edge beside the figure's: its right in English, its left in Arabic (mirrored)
        assert (footer(at, key)["x"], footer(at, key)["xanchor"]) == ((0, "left") if lang == "ar" else (1, "right"))
        assert footer(at, key)["align"] == "right"
        assert png_width(at, key) == widgets.HALF_WIDTH
    # a chart across the page keeps its footer on the left in English (on the right in Arabic)
    for key in ("ov_timeline", "ov_themes"):
        assert footer(at, key)["xanchor"] == ("right" if lang == "ar" else "left")


def test_the_footer_is_dated_the_day_the_chart_is_drawn(monkeypatch):
    # a dashboard left running overnight: the chart cached yesterday is not exported with yesterday's date
    monkeypatch.setattr(widgets, "today", lambda: dt.date(2031, 1, 2))
    at = start("actors")
    assert "Exported 2031-01-02" in " ".join(footer_lines(at, "ac_heatmap"))
    monkeypatch.setattr(widgets, "today", lambda: dt.date(2031, 1, 3))
    at.run()
    assert "Exported 2031-01-03" in " ".join(footer_lines(at, "ac_heatmap"))


def test_a_cell_outline_is_cleared_when_the_evidence_is_another_pair():
    at = start("actors")
    # a click on the heatmap's Russia–Turkey cell (what its on_select callback sets)
    for key, value in {"ev_a": "russia", "ev_b": "turkey", "ac_ev_from": "heatmap",
                       "ac_clicked": ("heatmap", "russia", "turkey")}.items():  # fmt: skip
        at.session_state[key] = value
    at.run()
    clicked = chart(at, "ac_heatmap").proto.id
    at.run()
    assert chart(at, "ac_heatmap").proto.id == clicked  # the browser keeps the clicked cell outlined
    # another cell picked with the keyboard: the chart is drawn afresh, with no outlined cell
    picker = at.selectbox(key="ac_cell")
    other = next(o for o in picker.options if "روسيا" not in o)
    picker.select(other).run()
    assert not at.exception
    assert at.session_state["ev_a"] != "russia" or at.session_state["ev_b"] != "turkey"
    assert chart(at, "ac_heatmap").proto.id != clicked


def test_a_legend_at_the_bottom_goes_up_above_the_footer():
    """The network's legend strip and the footer both sat at the bottom of the chart: the footer
    covered the legend's last row. The legend now starts above the footer, the margin holds both."""
    at = start("actors")
    spec = json.loads(chart(at, "ac_network").proto.spec)["layout"]
    legend, height = spec["legend"], spec["height"]
    assert legend["yref"] == "container" and legend["yanchor"] == "bottom"
    footer = next(a for a in spec["annotations"] if a.get("name") == "provenance")
    footer_px = 16 * len(footer["text"].split("<br>")) + 10
    assert legend["y"] * height >= footer_px  # the legend's bottom is above the footer's top
    assert spec["margin"]["b"] > footer_px + 5 * 21  # and the margin holds the legend's five rows too
    heatmap = json.loads(chart(at, "ac_heatmap").proto.spec)["layout"]  # no legend: nothing moved
    assert "legend" not in heatmap or heatmap["legend"].get("y", 0) == 0


def test_the_overviews_themes_give_their_terms_as_the_themes_page_does():
    # In half the page the grid's terms were cut at ten characters (وزير الخارجية read «وزير…», and on
    # SaudiNewsNet حزب العمال الكردستاني «حزب…»); across the page, as on the Themes page, at twenty.
    spec = json.loads(chart(start(), "ov_themes").proto.spec)
    terms = [y.strip("\u202b\u202c") for trace in spec["data"] for y in trace["y"]]
    assert "وزير الخارجية" in terms and "تشاوش أوغلو" in terms, terms
    assert not any(term.endswith("…") for term in terms), terms
