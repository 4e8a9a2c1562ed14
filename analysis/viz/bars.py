"""Bar charts: top entities, top terms, article counts by source or publication period."""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pyarrow.compute as pc

from analysis.aggregate.membership import arrow_strings
from analysis.viz.patch import patch_axes, patch_layout
from analysis.viz.style import (
    base_layout,
    check_lang,
    clean_text,
    date_axis,
    empty_figure,
    entity_color,
    entity_label,
    entity_lookup,
    entity_type,
    escape_plotly,
    hover_lines,
    is_empty,
    legend_rows,
    ranked_category_axis,
    rtl_label,
    type_label,
    ui,
)

COUNTS = ("mentions", "sentences", "documents")
PERIODS = ("day", "week", "month", "year")
_PERIOD_CODES = {"day": "D", "week": "W-SUN", "month": "M", "year": "Y"}


def period_starts(dates: pd.Series, period: str) -> pd.Series:
    """Dates (``datetime.date`` or None) → the first day of their day/week/month/year, as text.

    Weeks start on Monday. Missing dates give NaN.
    """
    if period not in PERIODS:
        raise ValueError(f"unknown period {period!r}: expected one of {', '.join(PERIODS)}")
    parsed = pd.to_datetime(dates)
    starts = parsed.dt.to_period(_PERIOD_CODES[period]).dt.start_time.dt.strftime("%Y-%m-%d")
    return starts.where(parsed.notna())


def entity_counts(mentions: pd.DataFrame, *, count: str = "mentions", kind: str | None = None) -> pd.Series:
    """Mentions (or distinct sentences, or articles) per entity_id, largest first."""
    if count not in COUNTS:
        raise ValueError(f"unknown count {count!r}: expected one of {', '.join(COUNTS)}")
    if count == "mentions":
        counted = _arrow_counts(mentions, kind)
        if counted is not None:
            return counted
    rows = mentions if kind is None else mentions[mentions["entity_kind"] == kind]
    if count == "mentions":
        counts = rows.groupby("entity_id").size()
    elif count == "sentences":
        counts = rows.drop_duplicates(["doc_id", "sentence_idx", "entity_id"]).groupby("entity_id").size()
    else:
        counts = rows.drop_duplicates(["doc_id", "entity_id"]).groupby("entity_id").size()
    counts.index = counts.index.astype(str)
    # ties broken by id, so the order never depends on the row order of the input
    return (
        counts.reset_index(name="n")
        .sort_values(["n", "entity_id"], ascending=[False, True])
        .set_index("entity_id")["n"]
    )


def _arrow_counts(mentions: pd.DataFrame, kind: str | None) -> pd.Series | None:
    """:func:`entity_counts` of mentions by Arrow's own ``value_counts`` (a quarter of the time of a
    group-by on a 200,000-mention selection; two per new selection on the Overview); None when the
    columns are not Arrow strings."""
    column, kinds = arrow_strings(mentions["entity_id"]), arrow_strings(mentions["entity_kind"])
    if column is None or kinds is None:
        return None
    if kind is not None:
        column = pc.filter(column, pc.fill_null(pc.equal(kinds, kind), False))
    column = pc.drop_null(column)
    counted = pc.value_counts(column)
    values = np.asarray(counted.field("values").to_pylist(), dtype=object)
    n = counted.field("counts").to_numpy().astype(np.int64)
    order = np.lexsort((values.astype(str), -n))  # largest first, ties by id
    index = pd.Index(values[order], name="entity_id").astype(str)
    return pd.Series(n[order], index=index, name="n")


def top_entities_bar(
    mentions: pd.DataFrame,
    entities: pd.DataFrame | None = None,
    *,
    kind: str | None = "actor",
    count: str = "mentions",
    top_n: int = 20,
    lang: str = "both",
    title: str = "Most mentioned",
) -> go.Figure:
    """Horizontal bars of the ``top_n`` entities, largest on top, coloured by entity type.

    ``mentions``: the mentions table; ``entities``: the gazetteer's ``entities_table()``
    (names and types; without it bars are labelled by id). ``kind``: ``'actor'``,
    ``'region'`` or ``None`` for both; ``count``: ``'mentions'``, ``'sentences'`` or
    ``'documents'``. Each bar's ``y`` and ``customdata`` is the entity id; the tick labels
    are the names (``Russia · ‫روسيا‬``).
    """
    check_lang(lang)
    if is_empty(mentions):
        return empty_figure(title, lang)
    counts = entity_counts(mentions, count=count, kind=kind).head(top_n)
    if counts.empty:
        return empty_figure(title, lang)
    lookup = entity_lookup(entities)
    kinds = {}
    if any(i not in lookup for i in counts.index):  # types of unknown entities: their kind (actor/region)
        firsts = mentions.drop_duplicates("entity_id")
        kinds = dict(zip(firsts["entity_id"].astype(str), firsts["entity_kind"].astype(str)))
    return _entities_bar(counts, kinds, lookup, count=count, lang=lang, title=title)


def counted_entities_bar(
    counted: pd.DataFrame,
    entities: pd.DataFrame | None = None,
    *,
    count: str = "documents",
    lang: str = "both",
    title: str = "Most mentioned",
) -> go.Figure:
    """:func:`top_entities_bar` of counts already made (a query's over a build too large to load):
    ``counted`` has ``entity_id``, ``entity_kind`` and the ``count`` column (``mentions``,
    ``sentences`` or ``documents``; ``articles`` is read as ``documents``), in the order drawn."""
    check_lang(lang)
    column = "articles" if count == "documents" and "articles" in counted else count
    if is_empty(counted):
        return empty_figure(title, lang)
    counts = pd.Series(counted[column].to_numpy(), index=counted["entity_id"].astype(str))
    kinds = dict(zip(counted["entity_id"].astype(str), counted["entity_kind"].astype(str)))
    return _entities_bar(counts, kinds, entity_lookup(entities), count=count, lang=lang, title=title)


def _entities_bar(counts: pd.Series, kinds: dict, lookup: dict, *, count: str, lang: str, title: str) -> go.Figure:
    ids = list(counts.index)
    values = [int(v) for v in counts.to_numpy()]
    types = [entity_type(i, lookup, default=kinds.get(i, "other")) for i in ids]
    count_title = {"mentions": ui("Mentions", "إشارات", lang), "sentences": ui("Sentences", "جمل", lang),
                   "documents": ui("Articles", "مقالات", lang)}[count]  # fmt: skip
    type_title = ui("Type", "النوع", lang)
    hovers = [
        hover_lines([("", entity_label(i, lookup, "both")), (type_title, type_label(t, lang)), (count_title, str(v))])
        for i, t, v in zip(ids, types, values)
    ]

    fig = go.Figure()
    legend_names = []
    for t in dict.fromkeys(types):  # one trace per type, in order of first appearance: the legend explains colour
        pick = [k for k, tt in enumerate(types) if tt == t]
        legend_names.append(type_label(t, lang))
        fig.add_trace(
            go.Bar(
                orientation="h",
                y=[ids[k] for k in pick],
                x=[values[k] for k in pick],
                customdata=[ids[k] for k in pick],
                name=legend_names[-1],
                marker=dict(color=entity_color(t)),
                hovertext=[hovers[k] for k in pick],
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )
    ranked_category_axis(fig, ids, [entity_label(i, lookup, lang) for i in ids], lang)
    patch_axes(fig, "x", {"title": {"text": count_title}})
    legend = len(legend_names) > 1
    extra = 22 * legend_rows(legend_names) if legend else 0
    patch_layout(fig, {"barmode": "overlay", "height": max(320, 28 * len(ids) + 140) + extra})
    return base_layout(fig, title, lang, legend=legend)


def top_terms_bar(
    terms: pd.DataFrame,
    *,
    doc_ids: list | None = None,
    theme_id=None,
    top_n: int = 15,
    lang: str = "both",
    title: str = "Key terms",
    color: str = "#4c6a92",
) -> go.Figure:
    """Horizontal bars of the heaviest terms of a ``doc_terms`` or ``themes`` table.

    Restricted to ``doc_ids`` (doc_terms) or ``theme_id`` (themes) when given; over several
    articles a term's weight is the sum of its weights (hover: in how many rows it appears).
    ``y`` and ``customdata`` are the terms as written in the table.
    """
    check_lang(lang)
    rows = terms
    if not is_empty(rows) and doc_ids is not None and "doc_id" in rows:
        rows = rows[rows["doc_id"].isin(list(doc_ids))]
    if not is_empty(rows) and theme_id is not None and "theme_id" in rows:
        rows = rows[rows["theme_id"] == theme_id]
    if is_empty(rows):
        return empty_figure(title, lang)
    agg = rows.groupby("term", sort=False)["weight"].agg(["sum", "size"]).reset_index()
    agg = agg.sort_values(["sum", "term"], ascending=[False, True]).head(top_n)
    return _terms_bar(agg, in_articles="doc_id" in rows, lang=lang, title=title, color=color)


def counted_terms_bar(
    summed: pd.DataFrame, *, lang: str = "both", title: str = "Key terms", color: str = "#4c6a92"
) -> go.Figure:
    """:func:`top_terms_bar` of terms already summed (a query's over a build too large to load):
    ``summed`` has ``term``, ``weight`` (the summed TF-IDF weights) and ``articles`` (in how many
    articles it is a key term), in the order drawn."""
    check_lang(lang)
    if is_empty(summed):
        return empty_figure(title, lang)
    agg = pd.DataFrame({"term": summed["term"], "sum": summed["weight"], "size": summed["articles"]})
    return _terms_bar(agg, in_articles=True, lang=lang, title=title, color=color)


def _terms_bar(agg: pd.DataFrame, *, in_articles: bool, lang: str, title: str, color: str) -> go.Figure:
    """Bars of ``agg`` (term, sum, size: the rows it was summed from), top to bottom."""
    raw_terms = [str(t) for t in agg["term"]]
    term_list = [escape_plotly(clean_text(t)) for t in raw_terms]  # categories can be shown: no raw markup
    weight_title = ui("Weight", "الوزن", lang)
    in_rows = ui("Articles" if in_articles else "Themes", "مقالات" if in_articles else "مواضيع", lang)
    fig = go.Figure(
        go.Bar(
            orientation="h",
            y=term_list,
            x=[round(float(w), 6) for w in agg["sum"]],
            customdata=raw_terms,
            marker=dict(color=color),
            hovertext=[
                hover_lines([("", rtl_label(t)), (weight_title, f"{w:.3f}"), (in_rows, str(n))])
                for t, w, n in zip(term_list, agg["sum"], agg["size"])
            ],
            hovertemplate="%{hovertext}<extra></extra>",
        )
    )
    ranked_category_axis(fig, term_list, [rtl_label(t) for t in term_list], lang)
    patch_axes(fig, "x", {"title": {"text": weight_title}})
    patch_layout(fig, {"height": max(320, 26 * len(term_list) + 140)})
    return base_layout(fig, title, lang)


def document_counts_bar(
    documents: pd.DataFrame,
    *,
    by: str = "source",
    lang: str = "both",
    title: str = "Articles",
    color: str = "#4c6a92",
) -> go.Figure:
    """Articles per ``source`` (horizontal bars) or per publication ``day|week|month|year`` (date axis).

    Undated articles are left out of the period view; a period bar sits at the period's first day.
    """
    check_lang(lang)
    if by not in ("source", *PERIODS):
        raise ValueError(f"unknown by {by!r}: expected 'source' or one of {', '.join(PERIODS)}")
    if is_empty(documents):
        return empty_figure(title, lang)
    n_title = ui("Articles", "مقالات", lang)
    if by == "source":
        sources = documents["source"].fillna("(بلا مصدر)" if lang == "ar" else "(no source)").astype(str)
        counts = sources.value_counts().reset_index()
        counts.columns = ["source", "n"]
        counts = counts.sort_values(["n", "source"], ascending=[False, True])
        raw_names = list(counts["source"])
        names = [escape_plotly(clean_text(n)) for n in raw_names]
        fig = go.Figure(
            go.Bar(
                orientation="h", y=names, x=list(counts["n"].astype(int)), customdata=raw_names, marker=dict(color=color),
                hovertext=[hover_lines([("", rtl_label(s)), (n_title, str(n))]) for s, n in zip(names, counts["n"])],
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )  # fmt: skip
        ranked_category_axis(fig, names, [rtl_label(s) for s in names], lang)
        patch_axes(fig, "x", {"title": {"text": n_title}})
        patch_layout(fig, {"height": max(280, 26 * len(names) + 140)})
        return base_layout(fig, title, lang)

    starts_all = period_starts(documents["published"], by).dropna()
    if starts_all.empty:
        return empty_figure(title, lang)
    counts = starts_all.value_counts().sort_index()
    starts = list(counts.index)
    fig = go.Figure(
        go.Bar(
            x=starts, y=list(counts.astype(int)), customdata=starts, marker=dict(color=color),
            hovertext=[hover_lines([("", s), (n_title, str(n))]) for s, n in zip(starts, counts)],
            hovertemplate="%{hovertext}<extra></extra>",
        )
    )  # fmt: skip
    date_axis(fig, ui("Published", "تاريخ النشر", lang), lang)
    patch_axes(fig, "y", {"title": {"text": n_title}})
    return base_layout(fig, title, lang)


def monthly_bars(
    counts: pd.DataFrame,
    *,
    value: str,
    group: str | None = None,
    names: dict | None = None,
    lang: str = "both",
    title: str = "Per month",
    y_title: str = "Articles",
    x_title: str = "Month",
) -> go.Figure:
    """Stacked bars of ``value`` per ``month`` (its first day), one colour per ``group`` (the
    largest first, names from ``names``): counts a query made, drawn without the rows behind them.
    ``customdata`` of a bar: its month and group."""
    check_lang(lang)
    if is_empty(counts) or counts[value].sum() == 0:
        return empty_figure(title, lang)
    frame = counts.assign(month=pd.to_datetime(counts["month"]).dt.strftime("%Y-%m-%d"))
    groups = [None] if group is None else list(frame.groupby(group)[value].sum().sort_values(ascending=False).index)
    fig = go.Figure()
    palette = [
        "#4c6a92",
        "#b03a2e",
        "#6c8e3f",
        "#c27c0e",
        "#7a5195",
        "#2e8b8b",
        "#8c6d31",
        "#bc5090",
        "#58508d",
        "#888",
    ]
    for k, g in enumerate(groups):
        rows = frame if g is None else frame[frame[group] == g]
        name = escape_plotly(clean_text((names or {}).get(g, g))) if g is not None else y_title
        fig.add_trace(
            go.Bar(
                x=list(rows["month"]), y=[int(v) for v in rows[value]], name=rtl_label(name),
                customdata=[[m, "" if g is None else str(g)] for m in rows["month"]],
                marker=dict(color=palette[k % len(palette)]),
                hovertext=[hover_lines([("", m), ("", rtl_label(name)), (y_title, str(int(v)))])
                           for m, v in zip(rows["month"], rows[value])],
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )  # fmt: skip
    date_axis(fig, x_title, lang)
    patch_axes(fig, "y", {"title": {"text": y_title}})
    legend = group is not None and len(groups) > 1
    patch_layout(
        fig, {"barmode": "stack", "height": 420 + (22 * legend_rows([str(g) for g in groups]) if legend else 0)}
    )
    return base_layout(fig, title, lang, legend=legend)
