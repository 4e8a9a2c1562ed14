"""Heatmap cells a click can select: one invisible square marker per filled cell, carrying the
cell's ids, its hover, and an outline that appears only when the cell is selected."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go
import pytest
from viz_tables import strip_bidi

from analysis.viz import heatmap
from analysis.viz.clickable import CELL_TARGETS, add_cell_targets


def targets(fig: dict) -> dict:
    found = [t for t in fig["data"] if t.get("name") == CELL_TARGETS]
    assert len(found) == 1, [t.get("name") for t in fig["data"]]
    return found[0]


@pytest.mark.parametrize("measure", ["count", "jaccard", "npmi"])
def test_every_filled_cell_of_the_comention_heatmap_has_one_target_with_its_pair(tables, measure):
    fig = heatmap.comention_heatmap(tables["comentions"], tables["entities"], measure=measure).to_dict()
    heat, target = fig["data"][0], targets(fig)
    filled = {(y, x): z for y, row in zip(heat["y"], heat["z"]) for x, z in zip(heat["x"], row) if z is not None}
    assert len(target["x"]) == len(filled)
    for x, y, data, text in zip(target["x"], target["y"], target["customdata"], target["text"]):
        assert list(data[:2]) == [y, x]  # [row entity, column entity], as the heatmap's own customdata
        assert float(text) == pytest.approx(filled[(y, x)], abs=5e-4)  # the value, for the hover
    assert ("russia", "turkey") in {(d[0], d[1]) for d in target["customdata"]}
    assert ("russia", "russia") not in {(d[0], d[1]) for d in target["customdata"]}  # the diagonal is blank


def test_targets_are_invisible_until_selected_and_take_over_the_hover(tables):
    fig = heatmap.comention_heatmap(tables["comentions"], tables["entities"]).to_dict()
    heat, target = fig["data"][0], targets(fig)
    assert target["type"] == "scatter" and target["mode"] == "markers" and target["showlegend"] is False
    assert target["marker"]["opacity"] == 0  # fill (a veil) and outline show only on the selected cell
    assert target["unselected"]["marker"]["opacity"] == 0 and target["selected"]["marker"]["opacity"] == 1
    assert target["marker"]["symbol"] == "square"
    assert heat["hoverinfo"] == "skip" and "hovertemplate" not in heat  # one hover label: the target's
    assert "%{customdata[2]}" in target["hovertemplate"] and "%{text}" in target["hovertemplate"]
    assert "%{z" not in target["hovertemplate"]


def test_the_actor_region_matrix_has_targets_actor_then_region(tables):
    fig = heatmap.actor_region_heatmap(tables["mentions"], tables["entities"]).to_dict()
    heat, target = fig["data"][0], targets(fig)
    cells = {(d[0], d[1]): int(v) for d, v in zip(target["customdata"], target["text"])}
    assert cells[("turkey", "m4")] == 2 and cells[("sdf", "m4")] == 1  # as the matrix counts them
    assert ("sdf", "idlib") not in cells  # a blank cell cannot be clicked: no evidence behind it
    assert sum(v is not None for row in heat["z"] for v in row) == len(cells)
    hover = strip_bidi(target["hovertemplate"])
    assert "%{customdata[3]}" in hover and hover.endswith("%{text}<extra></extra>")


def test_a_heatmap_without_values_gets_no_targets():
    fig = go.Figure(go.Heatmap(x=["a"], y=["b"], z=[[None]], customdata=[[["b", "a"]]]))
    assert len(add_cell_targets(fig).data) == 1


def test_the_targets_are_drawn_under_no_other_trace_and_leave_the_matrix_as_it_was(tables):
    fig = heatmap.comention_heatmap(tables["comentions"], tables["entities"], order="cluster").to_dict()
    assert fig["data"][-1]["name"] == CELL_TARGETS and fig["data"][0]["type"] == "heatmap"
    z = np.array([[np.nan if v is None else v for v in row] for row in fig["data"][0]["z"]], dtype=float)
    assert np.allclose(np.nan_to_num(z), np.nan_to_num(z.T))
