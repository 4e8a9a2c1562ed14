"""The house layout written straight into a figure's dicts (analysis/viz/patch.py) is the layout
plotly's validated ``update_layout``/``update_xaxes``/``trace.update`` would give: the same
``to_dict()`` for every registered chart, in both display languages, on the seeds, on a selection
and on an empty one."""

from __future__ import annotations

import copy

import plotly.graph_objects as go
import pytest
from plotly.subplots import make_subplots

from analysis.aggregate.filters import FilterSpec, apply_filters
from analysis.briefing.provenance import Provenance, with_footer
from analysis.charts import registry
from analysis.viz import patch
from analysis.viz.style import FONT_FAMILY, MUTED_TEXT_COLOR, base_layout


@pytest.fixture
def validated(monkeypatch):
    """Every patch takes plotly's validated path (as with a plotly that keeps its dicts elsewhere)."""
    monkeypatch.setattr(patch, "_props_of", lambda fig: None)


def drawn(tables, chart_id, lang, entities):
    fig = registry.make_figure(chart_id, tables, lang=lang, entities=entities)
    footer = Provenance.of(tables, FilterSpec(actors=("russia",)), corpus="seeds", entities=entities)
    return with_footer(fig, footer, lang="ar" if lang == "ar" else "en", inplace=True).to_dict()


@pytest.fixture(scope="module")
def selections(seed_tables):
    return {
        "seeds": seed_tables,
        "russia": apply_filters(seed_tables, FilterSpec(actors=("russia",))),
        "nobody": apply_filters(seed_tables, FilterSpec(actors=("no_such_actor",))),
    }


@pytest.mark.parametrize("lang", ["both", "ar"])
@pytest.mark.parametrize("chart_id", [c for c in registry.chart_ids() if c != "word_cloud"])
def test_every_chart_is_the_chart_plotly_validates(request, selections, seed_entities, chart_id, lang):
    fast = {name: drawn(tables, chart_id, lang, seed_entities) for name, tables in selections.items()}
    request.getfixturevalue("validated")
    for name, tables in selections.items():
        assert fast[name] == drawn(tables, chart_id, lang, seed_entities), (name, chart_id, lang)


def test_house_layout_of_a_subplot_grid_reaches_every_axis_and_colour_bar(monkeypatch):
    def grid():
        fig = make_subplots(rows=1, cols=3)
        for col in (1, 2, 3):
            fig.add_trace(go.Bar(x=[1, 2], y=["إدلب", "M4"], orientation="h"), row=1, col=col)
        fig.add_trace(go.Heatmap(z=[[1, 2], [3, 4]]), row=1, col=3)
        return base_layout(fig, "الطريق الدولي M4", "ar", legend=True).to_dict()

    fast = grid()
    assert [fast["layout"][k]["tickfont"]["color"] for k in ("xaxis", "xaxis2", "xaxis3")] == [MUTED_TEXT_COLOR] * 3
    assert fast["layout"]["yaxis3"]["side"] == "right" and fast["layout"]["font"]["family"] == FONT_FAMILY
    assert fast["data"][3]["colorbar"]["xanchor"] == "left"
    monkeypatch.setattr(patch, "_props_of", lambda fig: None)
    assert grid() == fast


def test_patches_merge_as_update_layout_does():
    fig = go.Figure(layout={"legend": {"title": {"text": "النوع"}, "x": 0.5}, "margin": {"t": 10}})
    expected = go.Figure(fig)
    patch.patch_layout(fig, {"legend": {"x": 1, "title": {}}, "margin": {"b": 5}, "showlegend": None})
    expected.update_layout(legend={"x": 1, "title": None}, margin={"b": 5}, showlegend=None)
    assert fig.to_dict() == expected.to_dict()
    assert fig.layout.legend.x == 1 and fig.layout.margin.t == 10  # the objects read the patched dicts
    assert fig.layout.legend.title.text is None


def test_inside_a_batch_update_plotly_collects_the_edits():
    fig = go.Figure(go.Bar(x=[1], y=["روسيا"]))
    with fig.batch_update():
        patch.patch_axes(fig, "x", {"title": {"text": "إشارات"}})
    assert fig.layout.xaxis.title.text == "إشارات"


def test_a_copied_figure_is_equal_and_changes_alone(seed_tables, seed_entities):
    grid = registry.make_figure("theme_terms", seed_tables, {"n_terms": 6, "cols": 2}, "ar", entities=seed_entities)
    before = grid.to_dict()
    copied = patch.copy_figure(grid)
    assert copied.to_dict() == copy.deepcopy(grid).to_dict()  # without the legend's emptied title
    footer = Provenance.of(seed_tables, FilterSpec(actors=("russia",)), corpus="seeds", entities=seed_entities)
    with_footer(copied, footer, lang="ar", inplace=True)
    assert grid.to_dict() == before
    assert [a.name for a in copied.layout.annotations][-1] == "provenance"
