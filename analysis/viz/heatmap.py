"""Matrix charts: the co-mention heatmap and the actor × region matrix."""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from analysis.aggregate.comentions import MEASURES, WINDOWS, comention_matrix
from analysis.viz.clickable import add_cell_targets
from analysis.viz.patch import patch_axes, patch_layout
from analysis.viz.style import (
    base_layout,
    check_lang,
    empty_figure,
    entity_label,
    entity_lookup,
    entity_short_label,
    is_empty,
    key_value,
    ui,
)

ORDERS = ("frequency", "cluster", "alphabetical")
MATRIX_COUNTS = ("documents", "sentences")
_MEASURE_TITLES = {
    "count": ("Co-mentions", "إشارات مشتركة"),
    "jaccard": ("Jaccard", "جاكارد"),
    "npmi": ("NPMI", "NPMI"),
}


def matrix_height(n_rows: int, column_labels: list[str], *, row_px: int = 26) -> int:
    """Figure height that leaves every row ``row_px`` pixels after the slanted column labels take theirs."""
    longest = max((len(strip_controls(t)) for t in column_labels), default=0)
    return int(max(260, row_px * n_rows) + 0.72 * 7.5 * longest + 150)


def strip_controls(s: str) -> str:
    return s.replace("\u202b", "").replace("\u202c", "")


def column_labels(ids: list[str], lookup: dict, lang: str) -> list[str]:
    """Column ticks: one short name per entity (Arabic for ``'ar'``, English otherwise), so slanted
    labels stay short; row ticks keep the full name (bilingual for ``'both'``) and hover shows both."""
    return [entity_short_label(i, lookup, lang, max_chars=22) for i in ids]


def cluster_order(matrix: pd.DataFrame) -> list:
    """Row labels of a square matrix in hierarchical-clustering leaf order (deterministic).

    Rows are compared as vectors (average linkage, Euclidean), and the leaves are put in
    optimal order, so similar entities end up side by side.
    """
    if len(matrix) < 3:
        return list(matrix.index)
    from scipy.cluster.hierarchy import leaves_list, linkage, optimal_leaf_ordering
    from scipy.spatial.distance import pdist

    values = np.nan_to_num(matrix.to_numpy(dtype=float))
    distances = pdist(values, metric="euclidean")
    tree = optimal_leaf_ordering(linkage(distances, method="average"), distances)
    return [matrix.index[i] for i in leaves_list(tree)]


def heatmap_entities(
    comentions: pd.DataFrame, *, window: str = "sentence", top_n: int = 30, include: list | None = None
) -> list[str]:
    """The entities to show: ``include`` if given, else the ``top_n`` with most co-mentions in ``window``."""
    if include is not None:
        return [str(i) for i in include]
    rows = comentions[comentions["window"] == window]
    totals = pd.concat(
        [rows[["entity_a", "count"]].rename(columns={"entity_a": "e"}), rows[["entity_b", "count"]].rename(columns={"entity_b": "e"})]
    ).groupby("e")["count"].sum()  # fmt: skip
    totals = totals.reset_index().sort_values(["count", "e"], ascending=[False, True])
    return [str(e) for e in totals["e"].head(top_n)]


def comention_heatmap(
    comentions: pd.DataFrame,
    entities: pd.DataFrame | None = None,
    *,
    window: str = "sentence",
    measure: str = "count",
    order: str = "frequency",
    top_n: int = 30,
    include: list | None = None,
    lang: str = "both",
    title: str = "Co-mentions",
) -> go.Figure:
    """The symmetric entity × entity heatmap of one co-mention ``measure`` in one ``window``.

    ``comentions``: the comentions table; ``entities``: the gazetteer's ``entities_table()``
    for names. Shows ``include`` (ids) or the ``top_n`` most co-mentioned entities, ordered by
    ``'frequency'`` (total co-mentions), ``'cluster'`` (hierarchical clustering of the rows) or
    ``'alphabetical'`` (by id). ``x``/``y`` are entity ids (tick labels are names); each cell's
    ``customdata`` is ``[entity_a, entity_b, label_a, label_b]`` with ``entity_a`` the row.
    Cells of pairs never co-mentioned, and the diagonal, are blank (``None``); every other cell
    equals :func:`analysis.aggregate.comentions.comention_matrix`.
    """
    check_lang(lang)
    if window not in WINDOWS:
        raise ValueError(f"unknown window {window!r}: expected one of {', '.join(WINDOWS)}")
    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r}: expected one of {', '.join(MEASURES)}")
    if order not in ORDERS:
        raise ValueError(f"unknown order {order!r}: expected one of {', '.join(ORDERS)}")
    if is_empty(comentions) or not (comentions["window"] == window).any():
        return empty_figure(title, lang)
    ids = heatmap_entities(comentions, window=window, top_n=top_n, include=include)
    if len(ids) == 0:
        return empty_figure(title, lang)
    if order == "alphabetical":
        ids = sorted(ids)
    matrix = comention_matrix(comentions, window=window, measure=measure, entities=ids)
    present = comention_matrix(comentions, window=window, measure="count", entities=ids) > 0
    if order == "cluster":
        ids = [str(i) for i in cluster_order(matrix.where(present, 0.0))]
        matrix, present = matrix.loc[ids, ids], present.loc[ids, ids]

    lookup = entity_lookup(entities)
    hover_names = {i: entity_label(i, lookup, "both") for i in ids}
    values, shown = matrix.loc[ids, ids].to_numpy(dtype=float), present.loc[ids, ids].to_numpy(dtype=bool)
    z = [[float(v) if m else None for v, m in zip(row, mask)] for row, mask in zip(values.tolist(), shown.tolist())]
    customdata = [[[a, b, hover_names[a], hover_names[b]] for b in ids] for a in ids]
    measure_title = ui(*_MEASURE_TITLES[measure], lang)
    window_title = ui(
        f"window: {window}", {"sentence": "الجملة", "paragraph": "الفقرة", "document": "المقال"}[window], lang
    )
    colors = (
        dict(colorscale="RdBu", zmid=0, zmin=-1, zmax=1, reversescale=True)
        if measure == "npmi"
        else dict(colorscale="Blues", zmin=0, zmax=max((v for row in z for v in row if v is not None), default=1.0))
    )  # both bounds: with zmin alone plotly.js keeps autoscaling, and the smallest count would look blank
    fig = go.Figure(
        go.Heatmap(
            x=ids,
            y=ids,
            z=z,
            customdata=customdata,
            hoverongaps=False,
            xgap=1,
            ygap=1,
            colorbar=dict(title=dict(text=measure_title)),
            hovertemplate=f"%{{customdata[2]}}<br>%{{customdata[3]}}<br>{key_value(measure_title, '%{z:.3~f}', rtl=lang == 'ar')}<extra></extra>",
            **colors,
        )
    )
    columns = column_labels(ids, lookup, lang)
    rows = [entity_label(i, lookup, lang) for i in ids]
    patch_axes(fig, "x", {
        "type": "category", "tickvals": ids, "ticktext": columns, "tickangle": -45,
        "title": {"text": window_title}, "automargin": True,
    })  # fmt: skip
    patch_axes(fig, "y", {
        "type": "category", "tickvals": ids, "ticktext": rows, "autorange": "reversed", "title": {},
        "automargin": True,
    })  # fmt: skip
    add_cell_targets(fig)  # a click on a cell selects it (a heatmap trace cannot be selected)
    patch_layout(fig, {"height": matrix_height(len(ids), columns)})
    return base_layout(fig, title, lang)


def _largest(totals: pd.Series, n: int) -> list[str]:
    """The ``n`` labels with the largest totals, ties broken by label."""
    frame = pd.DataFrame({"id": totals.index.astype(str), "n": totals.to_numpy()})
    return list(frame.sort_values(["n", "id"], ascending=[False, True])["id"].head(n))


def _actor_region_counts(mentions: pd.DataFrame, count: str) -> pd.Series:
    """The actor × region pairs found together, with their counts (no zeros): indexed by
    (actor, region) ids."""
    if count not in MATRIX_COUNTS:
        raise ValueError(f"unknown count {count!r}: expected one of {', '.join(MATRIX_COUNTS)}")
    unit = ["doc_id"] if count == "documents" else ["doc_id", "sentence_idx"]
    pairs = mentions[[*unit, "entity_id", "entity_kind"]].drop_duplicates()
    actors = pairs[pairs["entity_kind"] == "actor"]
    regions = pairs[pairs["entity_kind"] == "region"]
    both = actors.merge(regions, on=unit, suffixes=("_actor", "_region"))
    counts = both.groupby(["entity_id_actor", "entity_id_region"]).size()
    counts.index = counts.index.set_levels([level.astype(str) for level in counts.index.levels])
    return counts


def actor_region_table(mentions: pd.DataFrame, *, count: str = "documents") -> pd.DataFrame:
    """Actor × region counts: articles (or sentences) mentioning both; rows actors, columns regions."""
    counts = _actor_region_counts(mentions, count)
    if counts.empty:
        return pd.DataFrame()
    table = counts.unstack(fill_value=0)
    table.index, table.columns = table.index.astype(str), table.columns.astype(str)
    return table


def actor_region_pairs(
    mentions: pd.DataFrame, *, count: str = "documents", top_actors: int = 20, top_regions: int = 20
) -> pd.Series:
    """The cells :func:`actor_region_heatmap` draws (its ``top_actors`` × ``top_regions``) that are
    not zero, largest first (ties by ids), indexed by (actor, region): what its caption and its
    evidence speak of, so they never name a pair the chart does not show."""
    counts = _actor_region_counts(mentions, count)
    if counts.empty:
        return counts
    shown = _shown_table(counts, top_actors, top_regions).stack()
    shown = shown[shown > 0]
    order = pd.DataFrame(
        {"n": shown.to_numpy(), "a": shown.index.get_level_values(0), "r": shown.index.get_level_values(1)}
    )
    order = order.sort_values(["n", "a", "r"], ascending=[False, True, True], kind="stable")
    return pd.Series(order["n"].to_numpy(), index=pd.MultiIndex.from_arrays([order["a"], order["r"]]))


def _shown_table(counts: pd.Series, top_actors: int, top_regions: int) -> pd.DataFrame:
    """:func:`actor_region_table` restricted to the ``top_actors`` rows and ``top_regions`` columns
    with the largest totals, made from the pairs found together: the whole table of a 31k-article
    corpus has thousands × thousands of cells, nearly all zero."""
    actor_ids = _largest(counts.groupby(level=0).sum(), top_actors)
    region_ids = _largest(counts.groupby(level=1).sum(), top_regions)
    actors, regions = counts.index.get_level_values(0), counts.index.get_level_values(1)
    shown = counts[actors.isin(actor_ids) & regions.isin(region_ids)]
    return shown.unstack(fill_value=0).reindex(index=actor_ids, columns=region_ids, fill_value=0)


def actor_region_heatmap(
    mentions: pd.DataFrame,
    entities: pd.DataFrame | None = None,
    *,
    count: str = "documents",
    top_actors: int = 20,
    top_regions: int = 20,
    lang: str = "both",
    title: str = "Actors × regions",
) -> go.Figure:
    """How often each actor appears with each region: ``count`` = ``'documents'`` or ``'sentences'``.

    Rows are the ``top_actors`` and columns the ``top_regions`` with the largest totals;
    ``z`` is :func:`actor_region_table` (zeros blank); ``customdata`` is ``[actor_id, region_id, …labels]``.
    """
    check_lang(lang)
    if is_empty(mentions):
        return empty_figure(title, lang)
    counts = _actor_region_counts(mentions, count)
    if counts.empty:
        return empty_figure(title, lang)
    table = _shown_table(counts, top_actors, top_regions)
    actor_ids, region_ids = [str(i) for i in table.index], [str(c) for c in table.columns]
    lookup = entity_lookup(entities)
    names = {i: entity_label(i, lookup, "both") for i in [*actor_ids, *region_ids]}
    count_title = ui(
        "Articles" if count == "documents" else "Sentences", "مقالات" if count == "documents" else "جمل", lang
    )
    z = [[int(v) or None for v in row] for row in table.to_numpy().tolist()]
    fig = go.Figure(
        go.Heatmap(
            x=region_ids,
            y=actor_ids,
            z=z,
            zmax=max(v for row in z for v in row if v is not None),
            customdata=[[[a, r, names[a], names[r]] for r in region_ids] for a in actor_ids],
            colorscale="Oranges",
            zmin=0,
            hoverongaps=False,
            xgap=1,
            ygap=1,
            colorbar=dict(title=dict(text=count_title)),
            hovertemplate="%{customdata[2]}<br>%{customdata[3]}<br>"
            + key_value(count_title, "%{z}", rtl=lang == "ar")
            + "<extra></extra>",
        )
    )
    columns = column_labels(region_ids, lookup, lang)
    patch_axes(fig, "x", {
        "type": "category", "tickvals": region_ids, "ticktext": columns,
        "tickangle": -45, "title": {"text": ui("Region", "المنطقة", lang)}, "automargin": True,
    })  # fmt: skip
    patch_axes(fig, "y", {
        "type": "category", "tickvals": actor_ids, "ticktext": [entity_label(i, lookup, lang) for i in actor_ids],
        "autorange": "reversed", "title": {"text": ui("Actor", "الفاعل", lang)}, "automargin": True,
    })  # fmt: skip
    add_cell_targets(fig)
    patch_layout(fig, {"height": matrix_height(len(actor_ids), columns)})
    return base_layout(fig, title, lang)
