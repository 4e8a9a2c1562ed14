"""A chart is sent as Streamlit would send it, but made once per figure (``data.sent_figure``):
Streamlit asks a figure for ``to_dict()`` on every run (a deep copy of the whole figure and a walk
packing its arrays), and the cached figures are shown again on every run of every session."""

from __future__ import annotations

import gc
import json

import plotly.graph_objects as go
import plotly.io as pio
import plotly.tools

from dashboard import data


def actors_bar() -> go.Figure:
    fig = go.Figure(go.Bar(x=[12, 7, 3], y=["روسيا", "تركيا", "هيئة تحرير الشام"], orientation="h", uid="bars"))
    fig.update_layout(title="الفاعلون الأكثر ذكرًا")
    return fig


def test_streamlit_sends_the_same_json_for_a_figure_and_its_sent_form():
    fig = actors_bar()
    sent = data.sent_figure(fig)
    as_sent = plotly.tools.return_figure_from_figure_or_data(sent, validate_figure=True)
    as_before = plotly.tools.return_figure_from_figure_or_data(actors_bar(), validate_figure=True)
    assert pio.to_json(as_sent, validate=False) == pio.to_json(as_before, validate=False)
    assert json.loads(pio.to_json(as_sent, validate=False))["data"][0]["y"][0] == "روسيا"  # logical order, as given


def test_a_figure_is_made_ready_once_and_the_dict_is_not_changed_by_sending():
    fig = actors_bar()
    first = data.sent_figure(fig)
    wire = first.to_dict()
    pio.to_json(plotly.tools.return_figure_from_figure_or_data(first, validate_figure=True), validate=False)
    assert data.sent_figure(fig) is first and first.to_dict() is wire
    assert "uid" not in wire["data"][0]  # removed beforehand: writing the JSON no longer changes the dict


def test_a_new_figure_in_the_place_of_a_dead_one_is_not_confused_with_it():
    fig = actors_bar()
    old_id, old_title = id(fig), data.sent_figure(fig).to_dict()["layout"]["title"]["text"]
    del fig
    gc.collect()
    other = go.Figure(layout={"title": "المناطق"})
    sent = data.sent_figure(other)
    assert sent.to_dict()["layout"]["title"]["text"] == "المناطق"
    assert id(other) != old_id or old_title != "المناطق"


def _without_empty(value):
    """A figure's dict without the empty dicts plotly leaves for unset compound properties (what
    the browser draws the same either way)."""
    if isinstance(value, dict):
        kept = {k: _without_empty(v) for k, v in value.items() if k != "uid"}
        return {k: v for k, v in kept.items() if v != {}}
    if isinstance(value, list):
        return [_without_empty(v) for v in value]
    return value


def test_a_figure_shared_by_selections_is_sent_with_the_footer_it_would_have_drawn():
    # The themes' grid is drawn once for every selection (widgets.SELECTION_FREE); each selection's
    # footer is laid over its dict as sent, not on a copy of the figure: the same chart on screen.
    from repo_paths import ROOT

    from analysis.aggregate.filters import FilterSpec
    from analysis.briefing.provenance import Provenance, with_footer
    from analysis.pipeline import build
    from analysis.viz.patch import copy_figure
    from analysis.viz.themes import theme_terms_grid

    tables = build(ROOT / "seeds")
    base = theme_terms_grid(tables.themes, lang="ar", n_terms=6, cols=2)
    spec = FilterSpec(actors=("russia",))
    provenance = Provenance.of(tables, spec, corpus="seeds")
    before = json.dumps(base.to_dict(), sort_keys=True)
    footered = data.footered(base, provenance, lang="ar", width=600)
    drawn = with_footer(copy_figure(base), provenance, lang="ar", width=600, inplace=True)
    sent = plotly.tools.return_figure_from_figure_or_data(data.sent_figure(footered), validate_figure=True)
    assert _without_empty(json.loads(pio.to_json(sent, validate=False))) == _without_empty(drawn.to_dict())
    assert data.figure_height(footered) == drawn.layout.height > base.layout.height
    assert json.dumps(base.to_dict(), sort_keys=True) == before  # the shared figure is untouched
    whole = data.full_figure(footered)  # an SVG download draws the figure itself
    assert _without_empty(whole.to_dict()) == _without_empty(drawn.to_dict())
    assert "الفاعلون: russia" in whole.layout.annotations[-1].text  # the footer says which selection
