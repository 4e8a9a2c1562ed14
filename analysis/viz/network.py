"""The actor network: who is mentioned with whom, drawn with a deterministic layout."""

from __future__ import annotations

import math

import networkx as nx
import numpy as np
import pandas as pd
import plotly.graph_objects as go

from analysis.aggregate.comentions import MEASURES, WINDOWS
from analysis.viz.bars import entity_counts
from analysis.viz.patch import patch_axes, patch_layout
from analysis.viz.style import (
    base_layout,
    check_lang,
    empty_figure,
    entity_color,
    entity_label,
    entity_lookup,
    entity_short_label,
    entity_type,
    hover_lines,
    is_empty,
    legend_rows,
    type_label,
    ui,
)

LAYOUTS = ("auto", "spring", "kamada_kawai")
EDGE_WIDTHS = (1.0, 2.0, 3.5, 5.5, 8.0)  # one edge trace per width class
KAMADA_KAWAI_MAX_NODES = 60  # beyond this, Kamada–Kawai's all-pairs distances get slow
_ISOLATED_Y = -1.18
_X_RANGE, _Y_RANGE = (-1.45, 1.45), (-1.32, 1.18)
#: The plot's width labels are placed for: the network's half of the Actors page in a 1,280-pixel
#: window (442 at 1,400, 702 at 1,920). Labels were placed for 560 pixels, and at 1,400
#: «Salman bin Abdulaziz» left of a node near the edge ran out of the plot («lman bin Abdulaziz»).
PLOT_WIDTH_PX = 380
#: So many of the most mentioned nodes are labelled even where every side overlaps another node's
#: marker (never another label): in that narrower plot Saudi Arabia, the biggest node, had lost its label.
ALWAYS_LABELLED = 3


def network_graph(
    mentions: pd.DataFrame,
    comentions: pd.DataFrame,
    *,
    window: str = "sentence",
    measure: str = "count",
    kind: str | None = "actor",
    top_n: int = 30,
    min_count: int = 1,
    top_edges: int | None = 3,
    counted: bool = False,
) -> nx.Graph:
    """The graph drawn by :func:`actor_network`.

    Nodes: the ``top_n`` most mentioned entities of ``kind`` (``mentions`` attribute); ``counted``:
    ``mentions`` holds one row per entity (entity_id, entity_kind, ``mentions``: its count), as a
    query over a build too large to load gives them, instead of one row per mention.
    Edges: their co-mentions in ``window`` with ``count >= min_count`` and a positive
    ``measure`` (``weight`` attribute; ``count`` kept too); of those, an edge is kept when it
    is among the ``top_edges`` strongest of at least one of its two nodes (``None``: all), so
    a hub mentioned with everyone does not bury the structure, and no node loses all its ties.
    Built in sorted order, so the same tables always give the same graph.
    """
    if window not in WINDOWS:
        raise ValueError(f"unknown window {window!r}: expected one of {', '.join(WINDOWS)}")
    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r}: expected one of {', '.join(MEASURES)}")
    if top_edges is not None and top_edges < 1:
        raise ValueError(f"top_edges must be at least 1 (or None), not {top_edges!r}")
    graph = nx.Graph()
    if is_empty(mentions):
        return graph
    if counted:
        rows = mentions if kind is None else mentions[mentions["entity_kind"] == kind]
        counts = rows.set_index("entity_id")["mentions"].sort_values(ascending=False, kind="stable").head(top_n)
    else:
        counts = entity_counts(mentions, count="mentions", kind=kind).head(top_n)
    for entity_id in sorted(counts.index):
        graph.add_node(entity_id, mentions=int(counts[entity_id]))
    if is_empty(comentions):
        return graph
    rows = comentions[(comentions["window"] == window) & (comentions["count"] >= min_count)]
    a, b = rows["entity_a"].astype(str), rows["entity_b"].astype(str)
    rows = rows[a.isin(graph.nodes) & b.isin(graph.nodes)]
    rows = rows[rows[measure].astype(float) > 0]
    edges = sorted(
        (str(a), str(b), float(value), int(count))
        for a, b, count, value in zip(rows["entity_a"], rows["entity_b"], rows["count"], rows[measure])
    )
    if top_edges is not None:
        strongest: dict[str, list] = {}
        for edge in edges:
            strongest.setdefault(edge[0], []).append(edge)
            strongest.setdefault(edge[1], []).append(edge)
        keep: set[tuple] = set()
        for node_edges in strongest.values():  # strongest first; ties by count, then by ids
            node_edges.sort(key=lambda e: (-e[2], -e[3], e[0], e[1]))
            keep.update((e[0], e[1]) for e in node_edges[:top_edges])
        edges = [e for e in edges if (e[0], e[1]) in keep]
    for a, b, value, count in edges:
        graph.add_edge(a, b, weight=value, count=count)
    return graph


def stress_layout(distance: np.ndarray, *, iterations: int = 120) -> np.ndarray:
    """2-D positions whose distances match ``distance`` (n × n graph distances; ``inf`` between
    components): the Kamada–Kawai energy (stress weighted by 1/d²), minimised by stress
    majorization (SMACOF) from a classical-MDS start. Deterministic and a few milliseconds for
    60 nodes, where networkx's ``kamada_kawai_layout`` (a generic L-BFGS) takes a second or more.
    """
    n = len(distance)
    d = distance.copy()
    finite = np.isfinite(d)
    d[~finite] = (d[finite].max() if finite.any() else 1.0) + 1.0  # components: a step further apart
    np.fill_diagonal(d, 0.0)
    # classical MDS start: the two leading eigenvectors of the double-centred squared distances,
    # by power iteration (LAPACK's eigh can stall for 100+ ms on a busy machine)
    centred = d**2 - (d**2).mean(axis=0) - (d**2).mean(axis=1)[:, None] + (d**2).mean()
    b = -0.5 * centred
    x = np.zeros((n, 2))
    for axis in range(2):
        vec = np.linspace(1.0, 2.0, n) * (1 if axis == 0 else np.cos(np.arange(n)))
        for _ in range(200):
            vec = b @ vec
            vec -= (
                x[:, :axis] @ (x[:, :axis].T @ vec) / np.maximum((x[:, :axis] ** 2).sum(axis=0), 1e-12) if axis else 0
            )
            norm = np.linalg.norm(vec)
            if norm < 1e-12:
                break
            vec /= norm
        value = float(vec @ b @ vec)
        x[:, axis] = vec * math.sqrt(max(value, 1e-9))
    with np.errstate(divide="ignore"):
        w = np.where(d > 0, 1.0 / d**2, 0.0)
    w_sum = np.maximum(w.sum(axis=1), 1e-12)[:, None]
    for _ in range(iterations):  # Jacobi-style majorization step, every node at once
        diff = x[:, None, :] - x[None, :, :]
        current = np.sqrt((diff**2).sum(axis=2))
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio = np.where(current > 1e-12, w * d / current, 0.0)
        moved = (w @ x + ratio.sum(axis=1)[:, None] * x - ratio @ x) / w_sum
        done = np.abs(moved - x).max() < 1e-4
        x = moved
        if done:
            break
    x -= x.mean(axis=0)
    for axis in range(2):  # an eigenvector's sign is arbitrary: fix it, so the picture never flips
        if x[np.argmax(np.abs(x[:, axis])), axis] < 0:
            x[:, axis] = -x[:, axis]
    return x


def network_layout(graph: nx.Graph, *, layout: str = "auto", seed: int = 7) -> dict[str, tuple[float, float]]:
    """Node positions: Kamada–Kawai (``'auto'`` up to 60 linked nodes) or spring (fixed ``seed``).

    Connected nodes are stretched to fill [-1, 1]² (each axis on its own, so the plot area is
    used); isolated nodes (no co-mention shown) sit in a row just below (y = -1.18), since a
    force layout would push them to the edges and crush the rest. Same graph, same picture.
    """
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}: expected one of {', '.join(LAYOUTS)}")
    isolated = sorted(n for n in graph.nodes if graph.degree(n) == 0)
    linked = graph.subgraph(sorted(n for n in graph.nodes if graph.degree(n) > 0))
    n_linked = linked.number_of_nodes()
    if layout == "auto":
        layout = "kamada_kawai" if n_linked <= KAMADA_KAWAI_MAX_NODES else "spring"
    positions: dict[str, tuple[float, float]] = {}
    if n_linked == 1:
        positions[next(iter(linked.nodes))] = (0.0, 0.0)
    elif n_linked:
        nodes = sorted(linked.nodes)
        if layout == "kamada_kawai":
            # hops between nodes, a strong tie a bit shorter than a weak one
            top = max(d["weight"] for _, _, d in linked.edges(data=True)) or 1.0
            weighted = nx.Graph()
            weighted.add_nodes_from(nodes)
            for u, v, d in sorted(linked.edges(data=True)):
                weighted.add_edge(u, v, length=1.0 + 0.6 * (1.0 - d["weight"] / top))
            lengths = dict(nx.all_pairs_dijkstra_path_length(weighted, weight="length"))
            distance = np.array([[lengths[u].get(v, np.inf) for v in nodes] for u in nodes], dtype=float)
            pos = dict(zip(nodes, stress_layout(distance)))
        else:
            k = 3.0 / math.sqrt(n_linked)
            pos = nx.spring_layout(linked, seed=seed, weight="weight", k=k, iterations=300)
        coords = np.array([pos[n] for n in nodes], dtype=float)
        low, high = coords.min(axis=0), coords.max(axis=0)
        span = np.where(high - low > 1e-9, high - low, 1.0)
        coords = (coords - low) / span * 2.0 - 1.0
        positions.update({n: (round(float(x), 6), round(float(y), 6)) for n, (x, y) in zip(nodes, coords)})
    if isolated:
        xs = np.linspace(-0.9, 0.9, len(isolated)) if len(isolated) > 1 else [0.0]
        positions.update({n: (float(x), _ISOLATED_Y if positions else 0.0) for n, x in zip(isolated, xs)})
    return positions


def place_labels(
    pos: dict[str, tuple[float, float]],
    texts: dict[str, str],
    sizes: dict[str, float],
    *,
    width_px: int = PLOT_WIDTH_PX,
    height_px: int = 480,
) -> dict[str, str]:
    """A ``textposition`` for each labelled node, or none when every place would overlap.

    ``texts`` are the labels in priority order (most mentioned first). A label goes outward
    from the centre of the layout (right of a node on the right, above a node at the top…);
    if that box overlaps a label already placed or a larger node, the other sides are tried,
    and the label is dropped when none is free (the node keeps its hover); the first
    :data:`ALWAYS_LABELLED` may cover another node's marker. Boxes are estimated
    from the number of characters, in a plot of about ``width_px`` × ``height_px``.
    """
    sx = width_px / (_X_RANGE[1] - _X_RANGE[0])  # pixels per layout unit
    sy = height_px / (_Y_RANGE[1] - _Y_RANGE[0])
    char_w, line_h = 6.6, 15.0
    boxes: list[tuple[float, float, float, float]] = []
    for n, (x, y) in pos.items():  # the markers themselves
        r = sizes.get(n, 10) / 2
        boxes.append((x * sx - r, y * sy - r, x * sx + r, y * sy + r))
    placed: dict[str, str] = {}
    for rank, (n, text) in enumerate(texts.items()):
        x, y = pos[n]
        px, py, r = x * sx, y * sy, sizes.get(n, 10) / 2 + 2
        w = char_w * len(text.replace("\u202b", "").replace("\u202c", ""))
        candidates = {
            "middle right": (px + r, py - line_h / 2, px + r + w, py + line_h / 2),
            "middle left": (px - r - w, py - line_h / 2, px - r, py + line_h / 2),
            "top center": (px - w / 2, py + r, px + w / 2, py + r + line_h),
            "bottom center": (px - w / 2, py - r - line_h, px + w / 2, py - r),
        }
        horizontal = "middle right" if x >= 0 else "middle left"
        vertical = "top center" if y >= 0 else "bottom center"
        order = [horizontal, vertical] if abs(x) >= abs(y) else [vertical, horizontal]
        order += [c for c in candidates if c not in order]
        own = (px - r, py - r, px + r, py + r)
        # the most mentioned keep a label over a smaller node's marker rather than none
        blocking = [boxes] if rank >= ALWAYS_LABELLED else [boxes, boxes[len(pos) :]]
        for others in blocking:
            choice = next(
                (
                    c
                    for c in order
                    if _inside_plot(candidates[c], sx, sy)
                    and not any(_overlap(candidates[c], o) for o in others if o != own and not _contains(own, o))
                ),
                None,
            )
            if choice is not None:
                placed[n] = choice
                boxes.append(candidates[choice])
                break
    return placed


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _contains(a, b) -> bool:
    return abs(a[0] - b[0]) < 1e-6 and abs(a[1] - b[1]) < 1e-6


def _inside_plot(box, sx: float, sy: float) -> bool:
    return (
        box[0] >= _X_RANGE[0] * sx
        and box[2] <= _X_RANGE[1] * sx
        and box[1] >= _Y_RANGE[0] * sy
        and box[3] <= _Y_RANGE[1] * sy
    )


def actor_network(
    mentions: pd.DataFrame,
    comentions: pd.DataFrame,
    entities: pd.DataFrame | None = None,
    *,
    window: str = "sentence",
    measure: str = "count",
    kind: str | None = "actor",
    top_n: int = 30,
    min_count: int = 1,
    top_edges: int | None = 3,
    layout: str = "auto",
    seed: int = 7,
    show_labels: bool = True,
    label_top: int = 12,
    lang: str = "both",
    title: str = "Actor network",
    counted: bool = False,
) -> go.Figure:
    """Node size = mentions, edge width = co-mentions (``measure``) in ``window``, colour = entity type.

    ``mentions``, ``comentions``: the pipeline tables; ``entities``: the gazetteer's
    ``entities_table()`` (names, types). ``kind``: ``'actor'`` (default), ``'region'`` or
    ``None`` for both. Edges: ``count >= min_count``, and each node's ``top_edges`` strongest
    (``None`` draws every co-mention; see :func:`network_graph`). ``layout``: ``'auto'``
    (Kamada–Kawai up to 60 nodes, else spring), ``'spring'`` or ``'kamada_kawai'``. Node
    traces (one per type) carry the entity id as ``customdata``; node hover shows the name in
    both languages, mentions, and co-mentions in the window. Edges are drawn in a few width
    classes, with an invisible marker at each midpoint for the edge hover. Only the
    ``label_top`` most mentioned nodes get a text label (one language: Arabic for ``'ar'``,
    English otherwise), placed outward and left out where it would overlap (see
    :func:`place_labels`); every node has its hover. ``counted``: see :func:`network_graph`.
    """
    check_lang(lang)
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}: expected one of {', '.join(LAYOUTS)}")
    graph = network_graph(
        mentions, comentions, window=window, measure=measure, kind=kind, top_n=top_n, min_count=min_count,
        top_edges=top_edges, counted=counted,
    )  # fmt: skip
    if graph.number_of_nodes() == 0:
        return empty_figure(title, lang)
    pos = network_layout(graph, layout=layout, seed=seed)
    lookup = entity_lookup(entities)
    kinds = {}
    if any(str(n) not in lookup for n in graph.nodes):
        firsts = mentions.drop_duplicates("entity_id")
        kinds = dict(zip(firsts["entity_id"].astype(str), firsts["entity_kind"].astype(str)))
    names = {n: entity_label(n, lookup, "both") for n in graph.nodes}
    measure_title = {"count": ui("Co-mentions", "إشارات مشتركة", lang), "jaccard": "Jaccard", "npmi": "NPMI"}[measure]
    comention_title = ui("Co-mentions", "إشارات مشتركة", lang)
    fig = go.Figure()

    edges = sorted(graph.edges(data=True), key=lambda e: (e[0], e[1]))
    if edges:
        top = max(d["weight"] for _, _, d in edges)
        classes: dict[int, list] = {}
        for u, v, d in edges:
            level = min(int(d["weight"] / top * len(EDGE_WIDTHS) - 1e-9), len(EDGE_WIDTHS) - 1) if top > 0 else 0
            classes.setdefault(max(level, 0), []).append((u, v))
        for level in sorted(classes):
            xs, ys = [], []
            for u, v in classes[level]:
                xs += [pos[u][0], pos[v][0], None]
                ys += [pos[u][1], pos[v][1], None]
            fig.add_trace(
                go.Scatter(
                    x=xs, y=ys, mode="lines", hoverinfo="skip", showlegend=False, name=f"edges {level}",
                    line=dict(width=EDGE_WIDTHS[level], color="rgba(120,120,120,0.40)"),
                )
            )  # fmt: skip
        fig.add_trace(
            go.Scatter(
                x=[(pos[u][0] + pos[v][0]) / 2 for u, v, _ in edges],
                y=[(pos[u][1] + pos[v][1]) / 2 for u, v, _ in edges],
                mode="markers",
                marker=dict(size=10, opacity=0),
                showlegend=False,
                name="edge hover",
                customdata=[[u, v] for u, v, _ in edges],
                hovertext=[
                    hover_lines(
                        [("", f"{names[u]} — {names[v]}"), (comention_title, str(d["count"]))]
                        + ([(measure_title, f"{d['weight']:.3f}")] if measure != "count" else [])
                    )
                    for u, v, d in edges
                ],
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )

    largest = max(d["mentions"] for _, d in graph.nodes(data=True))
    sizes = {n: 12 + 34 * math.sqrt(graph.nodes[n]["mentions"] / largest) for n in graph.nodes}
    ranked = sorted(graph.nodes, key=lambda n: (-graph.nodes[n]["mentions"], n))
    texts = {n: entity_short_label(n, lookup, lang, max_chars=26) for n in ranked[:label_top]} if show_labels else {}
    height = 600
    places = place_labels(pos, texts, sizes, height_px=height - 190)
    types = {n: entity_type(n, lookup, default=kinds.get(n, "other")) for n in graph.nodes}
    degree, strength = dict(graph.degree()), dict(graph.degree(weight="count"))
    keys = (ui("Mentions", "إشارات", lang), ui("Co-mentioned with", "يُذكر مع", lang), comention_title)
    legend_names = []
    for t in sorted(set(types.values())):
        nodes = [n for n in sorted(graph.nodes) if types[n] == t]
        legend_names.append(type_label(t, lang))
        fig.add_trace(
            go.Scatter(
                x=[pos[n][0] for n in nodes],
                y=[pos[n][1] for n in nodes],
                mode="markers+text" if show_labels else "markers",
                name=legend_names[-1],
                customdata=nodes,
                text=[texts[n] if n in places else "" for n in nodes],
                textposition=[places.get(n, "top center") for n in nodes],
                textfont=dict(size=11, color="#333"),
                marker=dict(size=[sizes[n] for n in nodes], color=entity_color(t), line=dict(width=1, color="white")),
                hovertext=[
                    hover_lines(
                        [
                            ("", names[n]),
                            (keys[0], str(graph.nodes[n]["mentions"])),
                            (keys[1], str(degree[n])),
                            (keys[2], str(int(strength[n]))),
                        ]
                    )
                    for n in nodes
                ],
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )
    patch_axes(fig, "x", {"visible": False, "range": list(_X_RANGE)})
    patch_axes(fig, "y", {"visible": False, "range": list(_Y_RANGE)})
    patch_layout(fig, {"height": height + 22 * max(0, legend_rows(legend_names) - 1), "margin": {"l": 10, "r": 10}})
    base_layout(fig, title, lang, legend=True)
    # Arabic: the top margin base_layout leaves for the modebar above the right-aligned title
    patch_layout(fig, {"margin": {"l": 10, "r": 10, "t": fig.layout.margin.t if lang == "ar" else 60, "b": 40}})
    return fig
