"""Country outlines for maps drawn with no tile server and no CDN, from the shipped TopoJSON.

``analysis/data/world/countries-50m.topo.json`` is world-atlas 2.0.2 (Natural Earth 1:50m admin 0,
feature ids ISO 3166-1 numeric; see ``OUTLINES_NOTICE.md``). A TopoJSON topology stores each
border once as an *arc*; a quantized topology stores an arc as integer deltas, decoded by a running
sum and then ``lon = x * scale[0] + translate[0]`` (same for lat). Polygons list arcs by index, a
negative index ``~i`` meaning arc ``i`` reversed.

Drawing every arc of the ``countries`` object once (:func:`outline_lines`) gives the borders and the
coasts with no line drawn twice, as NaN-separated ``lon``/``lat`` arrays for one Plotly line trace::

    lon, lat = outline_lines(bbox=(35.0, 32.0, 43.0, 38.0))   # west, south, east, north
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

WORLD_DIR = Path(__file__).resolve().parents[1] / "data" / "world"
OUTLINES_FILE = WORLD_DIR / "countries-50m.topo.json"
OUTLINES_OBJECT = "countries"


class TopologyError(ValueError):
    """A TopoJSON file that cannot be decoded; the message names the file and what is wrong."""


def decode_arcs(topology: dict, *, source: str = "topology") -> list[np.ndarray]:
    """Every arc of ``topology`` as an ``(n, 2)`` float array of absolute (lon, lat).

    Quantized arcs (the topology has a ``transform``) are delta-encoded: positions are the
    running sums, then scaled and translated. Without a ``transform`` arcs hold absolute positions.
    """
    arcs = topology.get("arcs")
    if topology.get("type") != "Topology" or not isinstance(arcs, list):
        raise TopologyError(f"{source}: not a TopoJSON Topology with a list of arcs")
    transform = topology.get("transform")
    decoded = []
    for i, arc in enumerate(arcs):
        try:
            points = np.asarray(arc, dtype=float)[:, :2]
        except (ValueError, IndexError, TypeError):
            raise TopologyError(f"{source}: arc {i} is not a list of [x, y] positions") from None
        if transform:
            scale, translate = transform["scale"], transform["translate"]
            points = np.cumsum(points, axis=0) * np.asarray(scale[:2], dtype=float) + np.asarray(
                translate[:2], dtype=float
            )
        decoded.append(points)
    return decoded


def arc_indices(geometry: dict) -> list[int]:
    """Every arc index a geometry (or collection) uses, once each, as non-negative indices."""
    kind = geometry.get("type")
    if kind == "GeometryCollection":
        return list(dict.fromkeys(i for g in geometry.get("geometries", []) for i in arc_indices(g)))
    nested = geometry.get("arcs") or []
    flat: list[int] = []

    def walk(value):
        if isinstance(value, list):
            for item in value:
                walk(item)
        else:
            flat.append(int(value))

    walk(nested)
    return list(dict.fromkeys(i if i >= 0 else ~i for i in flat))


def _ring(arcs: list[np.ndarray], indices: list[int]) -> np.ndarray:
    """A polygon ring from its arc indices: reversed arcs for ``~i``, shared end points dropped."""
    parts = []
    for n, i in enumerate(indices):
        points = arcs[i] if i >= 0 else arcs[~i][::-1]
        parts.append(points if n == 0 else points[1:])
    return np.concatenate(parts) if parts else np.empty((0, 2))


def split_at_antimeridian(points: np.ndarray) -> list[np.ndarray]:
    """An arc cut where it jumps across the ±180° meridian (Chukotka, Fiji): drawn whole on a flat
    map, such a step would be a line straight across the world."""
    if len(points) < 2:
        return [points]
    jumps = np.flatnonzero(np.abs(np.diff(points[:, 0])) > 180) + 1
    return np.split(points, jumps) if len(jumps) else [points]


@dataclass(frozen=True)
class Outlines:
    """The decoded outlines: each arc used by the countries, its bounding box, and the features."""

    arcs: tuple[np.ndarray, ...]  # each arc the object uses, cut at the antimeridian
    bboxes: np.ndarray  # (n_arcs, 4): west, south, east, north of each arc in ``arcs``
    all_arcs: tuple[np.ndarray, ...]  # every arc of the topology, by topology index
    features: dict[str, dict]  # feature id (ISO 3166-1 numeric, or the name when it has none) -> geometry

    def rings(self, feature_id: str) -> list[np.ndarray]:
        """The rings (outer and holes) of one country, e.g. ``rings("250")`` for France."""
        geometry = self.features[str(feature_id)]
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        return [_ring(list(self.all_arcs), ring) for polygon in polygons for ring in polygon]


def read_outlines(path: Path | str = OUTLINES_FILE, object_name: str = OUTLINES_OBJECT) -> Outlines:
    """Decode ``object_name`` of the TopoJSON file ``path`` (not cached: see :func:`world_outlines`)."""
    path = Path(path)
    try:
        topology = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as error:
        raise TopologyError(f"{path}: {error}") from None
    objects = topology.get("objects") or {}
    if object_name not in objects:
        raise TopologyError(f"{path}: no object {object_name!r} (objects: {', '.join(objects) or 'none'})")
    return outlines_from_topology(topology, object_name, source=str(path))


def outlines_from_topology(topology: dict, object_name: str = OUTLINES_OBJECT, *, source: str = "topology") -> Outlines:
    all_arcs = decode_arcs(topology, source=source)
    collection = topology["objects"][object_name]
    used = arc_indices(collection)
    if any(i >= len(all_arcs) for i in used):
        raise TopologyError(f"{source}: {object_name!r} refers to an arc beyond the {len(all_arcs)} arcs")
    arcs = tuple(piece for i in used for piece in split_at_antimeridian(all_arcs[i]) if len(piece))
    bboxes = np.array([[a[:, 0].min(), a[:, 1].min(), a[:, 0].max(), a[:, 1].max()] for a in arcs]).reshape(-1, 4)
    geometries = collection.get("geometries", [collection])
    features = {
        str(g.get("id") or (g.get("properties") or {}).get("name") or n): g
        for n, g in enumerate(geometries)
        if g.get("type") in ("Polygon", "MultiPolygon")
    }
    return Outlines(arcs=arcs, bboxes=bboxes, all_arcs=tuple(all_arcs), features=features)


@functools.lru_cache(maxsize=1)
def world_outlines() -> Outlines:
    """The shipped world outlines, decoded once per process."""
    return read_outlines()


def thin(points: np.ndarray, min_step: float) -> np.ndarray:
    """Points of a line at least ``min_step`` degrees (in lon or lat) from the last one kept; the
    end points always stay, so neighbouring arcs still meet."""
    if min_step <= 0 or len(points) <= 2:
        return points
    keep = [0]
    last = points[0]
    for i in range(1, len(points) - 1):
        if abs(points[i, 0] - last[0]) >= min_step or abs(points[i, 1] - last[1]) >= min_step:
            keep.append(i)
            last = points[i]
    keep.append(len(points) - 1)
    return points[keep]


def outline_lines(
    bbox: tuple[float, float, float, float] | None = None, *, min_step: float = 0.0, outlines: Outlines | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """``(lon, lat)`` of every arc that meets ``bbox`` (west, south, east, north; ``None``: the whole
    world), each arc followed by a NaN so one line trace draws them all as separate paths.
    ``min_step`` (degrees) drops points closer than that to the last one kept (:func:`thin`)."""
    outlines = outlines or world_outlines()
    boxes = outlines.bboxes
    if bbox is None:
        chosen = np.arange(len(outlines.arcs))
    else:
        west, south, east, north = bbox
        hit = (boxes[:, 0] <= east) & (boxes[:, 2] >= west) & (boxes[:, 1] <= north) & (boxes[:, 3] >= south)
        chosen = np.flatnonzero(hit)
    parts = []
    gap = np.array([[np.nan, np.nan]])
    for i in chosen:
        parts.append(thin(outlines.arcs[i], min_step))
        parts.append(gap)
    if not parts:
        return np.empty(0), np.empty(0)
    points = np.concatenate(parts)
    return points[:, 0], points[:, 1]
