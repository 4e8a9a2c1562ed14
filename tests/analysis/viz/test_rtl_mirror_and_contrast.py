"""Every chart, drawn for an Arabic reader, is mirrored as a whole (not half): names and value
axes on the right, categories and time running from the right, colour bars on the left, the
title under the modebar; and every text colour a chart sets reads at WCAG AA (4.5:1)."""

from __future__ import annotations

import plotly.graph_objects as go
import pytest
from test_viz_charts import every_figure

from analysis.viz.style import HOVER_BACKGROUND, MODEBAR_CLEARANCE, base_layout, date_axis, mirror_rtl


def contrast(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two ``#rrggbb`` colours."""

    def luminance(colour: str) -> float:
        channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_is_the_wcag_formula():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#808495", "#ffffff") == pytest.approx(3.72, abs=0.01)  # Streamlit's grey ticks: too pale


def _axes(layout: dict, prefix: str) -> dict:
    return {k: v for k, v in layout.items() if k.startswith(prefix)}


@pytest.mark.parametrize("lang", ["ar", "both"])
def test_every_text_colour_of_every_chart_reads_at_4_5_to_1(tables, lang):
    """Streamlit's theme greys ticks and axis titles to #808495 (3.7:1) unless the figure names a
    colour: every chart names one for its ticks, axis and colour-bar titles, title, legend, hover."""
    for name, fig in every_figure(tables, lang):
        layout = fig.to_dict()["layout"]
        colours = {
            "font": layout["font"]["color"],
            "title": layout["title"]["font"]["color"],
            "legend": layout["legend"]["font"]["color"],
            "hover": layout["hoverlabel"]["font"]["color"],
        }
        for axis_name, axis in {**_axes(layout, "xaxis"), **_axes(layout, "yaxis")}.items():
            colours[f"{axis_name} ticks"] = axis["tickfont"]["color"]
            colours[f"{axis_name} title"] = axis["title"]["font"]["color"]
        for trace in fig.data:
            if "colorbar" in trace and trace.colorbar.tickfont.color:
                colours[f"{trace.type} colour bar"] = trace.colorbar.tickfont.color
        for what, colour in colours.items():
            assert contrast(colour, "#ffffff") >= 4.5, (name, what, colour)
            assert contrast(colour, "#f0f2f6") >= 4.5, (name, what, colour)  # Streamlit's grey surfaces
        assert contrast(layout["hoverlabel"]["font"]["color"], layout["hoverlabel"]["bgcolor"]) >= 4.5, name
        assert layout["hoverlabel"]["bgcolor"] == HOVER_BACKGROUND  # not the trace's colour under white text


def test_every_chart_is_mirrored_in_arabic(tables):
    for name, fig in every_figure(tables, "ar"):
        if name == "network_kk":
            continue  # every_figure draws this one in the default language only
        layout = fig.to_dict()["layout"]
        for axis_name, axis in _axes(layout, "yaxis").items():
            assert axis.get("side") == "right", (name, axis_name)  # names and values on the right
        for axis_name, axis in _axes(layout, "xaxis").items():
            if axis.get("type") in ("category", "date"):
                reversed_ = axis.get("autorange") == "reversed" or (
                    axis.get("range") is not None and str(axis["range"][0]) > str(axis["range"][1])
                )
                assert reversed_, (name, axis_name, "categories and time run from the right")
        for trace in fig.data:
            if trace.type == "heatmap":
                assert trace.colorbar.x == 0 and trace.colorbar.xanchor == "left", (name, "colour bar on the left")
        assert layout["title"]["xanchor"] == "right", name
        assert layout["title"]["yanchor"] == "top" and layout["title"]["pad"]["t"] == MODEBAR_CLEARANCE, name
        assert layout["margin"]["t"] >= MODEBAR_CLEARANCE + 40, name


def test_english_charts_are_not_mirrored(tables):
    for name, fig in every_figure(tables, "both"):
        layout = fig.to_dict()["layout"]
        assert all(a.get("side") != "right" for a in _axes(layout, "yaxis").values()), name
        for trace in fig.data:
            if trace.type == "heatmap":
                assert trace.colorbar.x is None, name  # plotly's place: the right


def test_the_heatmap_runs_its_columns_from_the_right(tables):
    """``x`` is the entity ids in the order of the rows; in Arabic the first column is at the right."""
    from analysis.viz import heatmap

    arabic = heatmap.comention_heatmap(tables["comentions"], tables["entities"], lang="ar")
    english = heatmap.comention_heatmap(tables["comentions"], tables["entities"])
    assert list(arabic.data[0].x) == list(english.data[0].x)  # the same data…
    assert arabic.layout.xaxis.autorange == "reversed" and english.layout.xaxis.autorange is None  # …mirrored


def test_mirroring_twice_changes_nothing_and_keeps_an_explicit_range():
    fig = go.Figure(go.Bar(x=["2020-01-01", "2020-02-01"], y=[1, 2]))
    date_axis(fig, "تاريخ", "ar")
    fig.update_xaxes(range=["2019-12-01", "2020-03-01"])
    base_layout(fig, "عنوان", "ar")
    assert tuple(fig.layout.xaxis.range) == ("2020-03-01", "2019-12-01")
    mirror_rtl(fig)
    assert tuple(fig.layout.xaxis.range) == ("2020-03-01", "2019-12-01")


def test_network_positions_are_not_mirrored(tables):
    """The network's x is a position, not a reading order: flipping it would only move labels
    placed to avoid each other onto each other."""
    from analysis.viz import network

    fig = network.actor_network(tables["mentions"], tables["comentions"], tables["entities"], lang="ar")
    assert fig.layout.xaxis.autorange != "reversed"
