"""The TopoJSON decoder: quantized, delta-encoded arcs back to lon/lat, rings from signed arc
indices, and the shipped Natural Earth outlines (France where France is)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from analysis.viz.outlines import (
    TopologyError,
    arc_indices,
    decode_arcs,
    outline_lines,
    outlines_from_topology,
    read_outlines,
    thin,
    world_outlines,
)

#: Two unit squares side by side sharing the edge x = 1, quantized on a 0.5-degree grid from
#: (10, 20): arc 0 is the shared edge (1,0)→(1,1), arc 1 the rest of the left square, arc 2 the
#: rest of the right square. In grid units (x / 0.5 after translating) the shared edge is (2,0)→(2,2).
TINY = {
    "type": "Topology",
    "transform": {"scale": [0.5, 0.5], "translate": [10, 20]},
    "arcs": [
        [[2, 0], [0, 2]],  # (2,0) then +(0,2) → (2,2)
        [[2, 2], [-2, 0], [0, -2], [2, 0]],  # (2,2) → (0,2) → (0,0) → (2,0)
        [[2, 0], [2, 0], [0, 2], [-2, 0]],  # (2,0) → (4,0) → (4,2) → (2,2)
    ],
    "objects": {
        "squares": {
            "type": "GeometryCollection",
            "geometries": [
                {"type": "Polygon", "id": "001", "arcs": [[0, 1]]},
                {"type": "Polygon", "id": "002", "arcs": [[2, -1]]},
            ],
        }
    },
}


def test_quantized_arcs_are_running_sums_scaled_and_translated():
    arcs = decode_arcs(TINY)
    assert arcs[0].tolist() == [[11.0, 20.0], [11.0, 21.0]]
    assert arcs[1].tolist() == [[11.0, 21.0], [10.0, 21.0], [10.0, 20.0], [11.0, 20.0]]
    assert arcs[2].tolist() == [[11.0, 20.0], [12.0, 20.0], [12.0, 21.0], [11.0, 21.0]]


def test_arcs_without_transform_are_absolute():
    topology = {"type": "Topology", "arcs": [[[30.5, 40.25], [31.0, 41.0]]], "objects": {}}
    assert decode_arcs(topology)[0].tolist() == [[30.5, 40.25], [31.0, 41.0]]


def test_rings_follow_negative_indices_backwards():
    outlines = outlines_from_topology(TINY, "squares")
    (left,) = outlines.rings("001")
    assert left.tolist() == [[11, 20], [11, 21], [10, 21], [10, 20], [11, 20]]  # closed
    (right,) = outlines.rings("002")  # arc 2, then arc 0 reversed (~0 == -1)
    assert right.tolist() == [[11, 20], [12, 20], [12, 21], [11, 21], [11, 20]]


def test_every_arc_is_drawn_once_as_one_path_between_nans():
    outlines = outlines_from_topology(TINY, "squares")
    assert arc_indices(TINY["objects"]["squares"]) == [0, 1, 2]
    lon, lat = outline_lines(outlines=outlines)
    assert np.isnan(lon).sum() == 3 and np.isnan(lat).sum() == 3
    assert len(lon) == 2 + 4 + 4 + 3
    # a box that meets only the right square's far edge keeps arcs 0 and 2 (both reach x = 11..12)
    lon, _ = outline_lines((11.5, 19.0, 13.0, 22.0), outlines=outlines)
    assert np.isnan(lon).sum() == 1 and np.nanmin(lon) == 11.0


def test_thinning_keeps_the_end_points():
    line = np.array([[0.0, 0.0], [0.01, 0.0], [0.02, 0.0], [1.0, 0.0], [1.005, 0.0]])
    assert thin(line, 0.5).tolist() == [[0.0, 0.0], [1.0, 0.0], [1.005, 0.0]]
    assert thin(line, 0.0) is line


@pytest.mark.parametrize(
    ("topology", "message"),
    [
        ({"type": "FeatureCollection"}, "not a TopoJSON Topology"),
        ({"type": "Topology", "arcs": [[1, 2]]}, "arc 0 is not a list of [x, y] positions"),
    ],
)
def test_a_broken_topology_is_named(topology, message):
    with pytest.raises(TopologyError, match=message.replace("[", r"\[").replace("]", r"\]")):
        decode_arcs(topology, source="bad.json")


def test_a_missing_object_is_named(tmp_path):
    path = tmp_path / "t.json"
    path.write_text(json.dumps(TINY), "utf-8")
    with pytest.raises(TopologyError, match=r"no object 'countries'.*squares"):
        read_outlines(path)


# --- the shipped file --------------------------------------------------------------------------


def test_the_world_is_decoded_once_per_process():
    assert world_outlines() is world_outlines()
    outlines = world_outlines()
    assert len(outlines.arcs) > 1500 and len(outlines.features) > 200
    boxes = outlines.bboxes
    assert boxes[:, 0].min() >= -180.0001 and boxes[:, 2].max() <= 180.0001
    assert boxes[:, 1].min() >= -90.0001 and boxes[:, 3].max() <= 90.0001


def test_metropolitan_france_lies_where_france_is():
    rings = world_outlines().rings("250")  # ISO 3166-1 numeric of France
    mainland = max(rings, key=len)
    assert mainland[:, 0].min() >= -5.0 and mainland[:, 0].max() <= 10.0
    assert mainland[:, 1].min() >= 41.0 and mainland[:, 1].max() <= 51.5
    assert len(mainland) > 200
    # French Guiana is another polygon of the same feature
    assert any(r[:, 0].max() < -50 and 2 < r[:, 1].min() < 6 for r in rings)


def test_syria_is_drawn_in_a_view_of_the_levant():
    lon, lat = outline_lines((35.0, 32.0, 43.0, 38.0))
    inside = (lon > 35.5) & (lon < 42.5) & (lat > 32.5) & (lat < 37.5)
    assert inside.sum() > 200
    assert np.isnan(lon).any()
