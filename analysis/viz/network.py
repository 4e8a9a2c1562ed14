"""The actor network: who is mentioned with whom, drawn with a deterministic layout."""

from __future__ import annotations

import math

import networkx as nx
import numpy as np
import pandas as pd
import plotly.graph_objects as go

from analysis.comentions import MEASURES, WINDOWS
from analysis.viz.bars import entity_counts
from analysis.viz.style import (
    base_layout,
    check_lang,
    empty_figure,
    entity_color,
    entity_label,
    entity_lookup,
    entity_type,
    hover_lines,
    is_empty,
    label,
    ui,
)

LAYOUTS = ("spring", "kamada_kawai")
EDGE_WIDTHS = (1.0, 2.0, 3.5, 5.5, 8.0)  # one edge trace per width class


def network_graph(
    mentions: pd.DataFrame,
    comentions: pd.DataFrame,
    *,
    window: str = "sentence",
    measure: str = "count",
    kind: str | None = "actor",
    top_n: int = 30,
    min_count: int = 1,
) -> nx.Graph:
    """The graph drawn by :func:`actor_network`.

    Nodes: the ``top_n`` most mentioned entities of ``kind`` (``mentions`` attribute).
    Edges: their co-mentions in ``window`` with ``count >= min_count`` and a positive
    ``measure`` (``weight`` attribute; ``count`` kept too). Built in sorted order, so the
    same tables always give the same graph.
    """
    if window not in WINDOWS:
        raise ValueError(f"unknown window {window!r}: expected one of {', '.join(WINDOWS)}")
    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r}: expected one of {', '.join(MEASURES)}")
    graph = nx.Graph()
    if is_empty(mentions):
        return graph
    counts = entity_counts(mentions, count="mentions", kind=kind).head(top_n)
    for entity_id in sorted(counts.index):
        graph.add_node(entity_id, mentions=int(counts[entity_id]))
    if is_empty(comentions):
        return graph
    rows = comentions[(comentions["window"] == window) & (comentions["count"] >= min_count)]
    rows = rows[rows["entity_a"].astype(str).isin(graph.nodes) & rows["entity_b"].astype(str).isin(graph.nodes)]
    rows = rows.sort_values(["entity_a", "entity_b"])
    for a, b, count, value in zip(rows["entity_a"], rows["entity_b"], rows["count"], rows[measure]):
        if float(value) > 0:
            graph.add_edge(str(a), str(b), weight=float(value), count=int(count))
    return graph


def network_layout(graph: nx.Graph, *, layout: str = "spring", seed: int = 7) -> dict[str, tuple[float, float]]:
    """Node positions: spring (fixed ``seed``) or Kamada–Kawai; same graph, same picture.

    Connected nodes fill [-1, 1]²; isolated nodes (no co-mention shown) sit in a row below
    (y = -1.25), since a force layout would push them to the edges and crush the rest.
    """
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}: expected one of {', '.join(LAYOUTS)}")
    isolated = sorted(n for n in graph.nodes if graph.degree(n) == 0)
    linked = graph.subgraph([n for n in graph.nodes if graph.degree(n) > 0])
    positions: dict[str, tuple[float, float]] = {}
    if linked.number_of_nodes():
        if layout == "kamada_kawai":
            # distances shrink as ties strengthen
            top = max(d["weight"] for _, _, d in linked.edges(data=True))
            distance = {u: {} for u in linked.nodes}
            for u, v, d in linked.edges(data=True):
                distance[u][v] = distance[v][u] = 1.0 + 2.0 * (1.0 - d["weight"] / top)
            pos = nx.kamada_kawai_layout(linked, dist=distance)
        else:
            k = 1.5 / math.sqrt(linked.number_of_nodes())
            pos = nx.spring_layout(linked, seed=seed, weight="weight", k=k, iterations=200)
        nodes = sorted(linked.nodes)
        coords = np.array([pos[n] for n in nodes], dtype=float)
        coords -= coords.mean(axis=0)
        scale = np.abs(coords).max() or 1.0
        positions.update({n: (float(x / scale), float(y / scale)) for n, (x, y) in zip(nodes, coords)})
    if isolated:
        xs = np.linspace(-0.9, 0.9, len(isolated)) if len(isolated) > 1 else [0.0]
        positions.update({n: (float(x), -1.25 if positions else 0.0) for n, x in zip(isolated, xs)})
    return positions


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
    layout: str = "spring",
    seed: int = 7,
    show_labels: bool = True,
    label_top: int = 12,
    lang: str = "both",
    title: str = "Actor network",
) -> go.Figure:
    """Node size = mentions, edge width = co-mentions (``measure``) in ``window``, colour = entity type.

    ``mentions``, ``comentions``: the pipeline tables; ``entities``: the gazetteer's
    ``entities_table()`` (names, types). ``kind``: ``'actor'`` (default), ``'region'`` or
    ``None`` for both. Node traces (one per type) carry the entity id as ``customdata``; node
    hover shows the name in both languages, mentions, and co-mentions in the window. Edges are
    drawn in a few width classes, with an invisible marker at each midpoint for the edge hover.
    Only the ``label_top`` most mentioned nodes get a text label (the rest: hover), so dense
    networks stay readable.
    """
    check_lang(lang)
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}: expected one of {', '.join(LAYOUTS)}")
    graph = network_graph(
        mentions, comentions, window=window, measure=measure, kind=kind, top_n=top_n, min_count=min_count
    )
    if graph.number_of_nodes() == 0:
        return empty_figure(title, lang)
    pos = network_layout(graph, layout=layout, seed=seed)
    lookup = entity_lookup(entities)
    kinds = dict(zip(mentions["entity_id"].astype(str), mentions["entity_kind"].astype(str)))
    names = {n: entity_label(n, lookup, "both") for n in graph.nodes}
    measure_title = {"count": ui("Co-mentions", "إشارات مشتركة", lang), "jaccard": "Jaccard", "npmi": "NPMI"}[measure]
    fig = go.Figure()

    edges = sorted(graph.edges(data=True), key=lambda e: (e[0], e[1]))
    if edges:
        top = max(d["weight"] for _, _, d in edges)
        classes: dict[int, list] = {}
        for u, v, d in edges:
            level = min(int(d["weight"] / top * len(EDGE_WIDTHS) - 1e-9), len(EDGE_WIDTHS) - 1) if top > 0 else 0
            classes.setdefault(level, []).append((u, v))
        for level in sorted(classes):
            xs, ys = [], []
            for u, v in classes[level]:
                xs += [pos[u][0], pos[v][0], None]
                ys += [pos[u][1], pos[v][1], None]
            fig.add_trace(
                go.Scatter(
                    x=xs, y=ys, mode="lines", hoverinfo="skip", showlegend=False, name=f"edges {level}",
                    line=dict(width=EDGE_WIDTHS[level], color="rgba(120,120,120,0.45)"),
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
                    hover_lines([("", f"{names[u]} — {names[v]}"), (ui("Co-mentions", "إشارات مشتركة", lang), str(d["count"]))]
                                + ([(measure_title, f"{d['weight']:.3f}")] if measure != "count" else []))
                    for u, v, d in edges
                ],  # fmt: skip
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )

    largest = max(d["mentions"] for _, d in graph.nodes(data=True))
    ranked = sorted(graph.nodes, key=lambda n: (-graph.nodes[n]["mentions"], n))
    labelled = set(ranked[:label_top]) if show_labels else set()
    types = {n: entity_type(n, lookup, default=kinds.get(n, "other")) for n in graph.nodes}
    for t in sorted(set(types.values())):
        nodes = [n for n in graph.nodes if types[n] == t]
        fig.add_trace(
            go.Scatter(
                x=[pos[n][0] for n in nodes],
                y=[pos[n][1] for n in nodes],
                mode="markers+text" if show_labels else "markers",
                name=label(t.replace("_", " ")),
                customdata=nodes,
                text=[entity_label(n, lookup, lang) if n in labelled else "" for n in nodes],
                textposition="top center",
                textfont=dict(size=11),
                marker=dict(
                    size=[12 + 38 * math.sqrt(graph.nodes[n]["mentions"] / largest) for n in nodes],
                    color=entity_color(t),
                    line=dict(width=1, color="white"),
                ),
                hovertext=[
                    hover_lines(
                        [
                            ("", names[n]),
                            (ui("Mentions", "إشارات", lang), str(graph.nodes[n]["mentions"])),
                            (ui("Co-mentioned with", "يُذكر مع", lang), str(graph.degree(n))),
                            (ui("Co-mentions", "إشارات مشتركة", lang), str(int(graph.degree(n, weight="count")))),
                        ]
                    )
                    for n in nodes
                ],
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )
    fig.update_xaxes(visible=False, range=[-1.3, 1.3])
    fig.update_yaxes(visible=False, range=[-1.45, 1.3])
    fig.update_layout(height=640)
    return base_layout(fig, title, lang, legend=True)
