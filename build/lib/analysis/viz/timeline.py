"""Charts over time: the event timeline, mentions over time, theme shares over time."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analysis.viz.bars import PERIODS, entity_counts, period_starts
from analysis.viz.style import (
    EVENT_TYPE_COLORS,
    SERIES_COLORS,
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
    event_color,
    hover_lines,
    is_empty,
    label,
    legend_rows,
    ranked_category_axis,
    rtl_label,
    ui,
    wrap_hover,
)

COLOR_BY = ("event_type", "actor")
PRECISIONS = ("day", "week", "part_of_month", "month", "part_of_year", "year")
_DAY_MS = 86_400_000
_NO_ACTOR = "(no actor)"


def _type_label(event_type: str, event_labels, lang: str) -> str:
    entry = (event_labels or {}).get(event_type)
    if entry is None:
        return label(event_type.replace("_", " "))
    if isinstance(entry, str):
        return label(entry)
    en, ar = entry
    return {"en": label(en), "ar": label(ar)}.get(lang, f"{label(en)} · {label(ar)}")


def timeline_rows(events: pd.DataFrame, *, color_by: str = "event_type") -> pd.DataFrame:
    """Dated events, one row per (event, row key): the event type, or each of the event's actors.

    Adds ``row`` (the row key), ``start`` and ``end`` (Timestamps, ``end`` inclusive) and
    ``point`` (day precision, or a one-day range: drawn as a marker rather than a bar).
    Events without a resolved ``date_start`` are dropped.
    """
    if color_by not in COLOR_BY:
        raise ValueError(f"unknown color_by {color_by!r}: expected one of {', '.join(COLOR_BY)}")
    rows = events.copy()
    rows["start"] = pd.to_datetime(rows["date_start"])
    rows["end"] = pd.to_datetime(rows["date_end"])
    rows = rows[rows["start"].notna()].copy()
    rows["end"] = (
        rows["end"].fillna(rows["start"]).where(rows["end"].fillna(rows["start"]) >= rows["start"], rows["start"])
    )
    rows["point"] = (rows["precision"].astype(str) == "day") | (rows["end"] == rows["start"])
    if color_by == "event_type":
        rows["row"] = rows["event_type"].fillna("other").astype(str).replace("", "other")
    else:
        rows["row"] = [list(actors) or [_NO_ACTOR] for actors in rows["actors"]]
        rows = rows.explode("row")
    return rows.sort_values(["start", "event_id"]).reset_index(drop=True)


def event_timeline(
    events: pd.DataFrame,
    entities: pd.DataFrame | None = None,
    *,
    color_by: str = "event_type",
    event_labels: dict | None = None,
    top_actors: int = 15,
    wrap: int = 60,
    max_events: int = 1500,
    lang: str = "both",
    title: str = "Events",
) -> go.Figure:
    """Events on a date axis, one row per event type (``color_by='event_type'``) or per actor.

    At most ``max_events`` events are drawn, the most recent first (a browser cannot show
    70,000 hover cards usefully); an annotation then says how many are shown of how many.

    Day-precision events are markers; week, part_of_month, month, part_of_year and year
    precision are horizontal bars from ``date_start`` to ``date_end`` (inclusive): a
    ``go.Bar`` with ``orientation='h'``, ``base`` = start date and ``x`` = length in ms, on a
    date axis. With ``color_by='actor'`` an event sits on the row of each of its actors
    (``top_actors`` most frequent; colour = actor type). ``event_labels`` maps an event type
    to a label or an ``(en, ar)`` pair. Hover: date text, range, precision, the sentence
    (wrapped every ``wrap`` characters, escaped). ``customdata`` is the event_id.
    """
    check_lang(lang)
    if is_empty(events):
        return empty_figure(title, lang)
    dated_total = int(events["date_start"].notna().sum())
    if max_events and dated_total > max_events:
        recent = events[events["date_start"].notna()].sort_values("date_start", kind="stable")
        events = recent.tail(max_events)
    rows = timeline_rows(events, color_by=color_by)
    if rows.empty:
        return empty_figure(title, lang, message=_undated_message(len(events), lang))
    lookup = entity_lookup(entities)
    if color_by == "actor":
        order = rows.groupby("row")["event_id"].nunique().reset_index(name="n")
        order = order.sort_values(["n", "row"], ascending=[False, True])
        keep = [r for r in order["row"] if r != _NO_ACTOR][:top_actors]
        rows = rows[rows["row"].isin(keep)]
        row_ids = keep
        row_labels = {r: entity_label(r, lookup, lang) for r in row_ids}
        row_colors = {r: entity_color(entity_type(r, lookup, default="actor")) for r in row_ids}
    else:
        present = set(rows["row"])
        row_ids = [t for t in EVENT_TYPE_COLORS if t in present] + sorted(present - set(EVENT_TYPE_COLORS))
        row_labels = {r: _type_label(r, event_labels, lang) for r in row_ids}
        row_colors = {r: event_color(r) for r in row_ids}
    if not row_ids:
        return empty_figure(title, lang)

    keys = {
        "date_text": ui("Date", "التاريخ", lang),
        "range": ui("Range", "المدة", lang),
        "precision": ui("Precision", "الدقة", lang),
        "type": ui("Type", "النوع", lang),
        "actors": ui("Actors", "الفاعلون", lang),
    }

    def hover(r) -> str:
        start, end = r["start"].strftime("%Y-%m-%d"), r["end"].strftime("%Y-%m-%d")
        actors = r.get("actors")
        actors = list(actors) if isinstance(actors, (list, tuple)) else []
        return hover_lines(
            [
                (keys["date_text"], label(r.get("date_text"))),
                (keys["range"], start if start == end else f"{start} → {end}"),
                (keys["precision"], label(r.get("precision"))),
                (keys["type"], _type_label(clean_text(r.get("event_type")) or "other", event_labels, lang)),
                (keys["actors"], "، ".join(entity_label(a, lookup, lang) for a in actors)),
                ("", wrap_hover(r.get("sentence"), wrap)),
            ]
        )

    fig = go.Figure()
    for row_id in row_ids:
        group = rows[rows["row"] == row_id]
        spans, points = group[~group["point"]], group[group["point"]]
        if len(spans):
            fig.add_trace(
                go.Bar(
                    orientation="h",
                    y=[row_id] * len(spans),
                    base=[s.strftime("%Y-%m-%d") for s in spans["start"]],
                    x=[int(((e - s).days + 1) * _DAY_MS) for s, e in zip(spans["start"], spans["end"])],
                    customdata=[str(e) for e in spans["event_id"]],
                    name=row_labels[row_id],
                    legendgroup=row_id,
                    showlegend=False,
                    width=0.5,
                    marker=dict(color=row_colors[row_id], opacity=0.45, line=dict(width=1, color=row_colors[row_id])),
                    hovertext=[hover(r) for r in spans.to_dict("records")],
                    hovertemplate="%{hovertext}<extra></extra>",
                )
            )
        if len(points):
            fig.add_trace(
                go.Scatter(
                    mode="markers",
                    y=[row_id] * len(points),
                    x=[s.strftime("%Y-%m-%d") for s in points["start"]],
                    customdata=[str(e) for e in points["event_id"]],
                    name=row_labels[row_id],
                    legendgroup=row_id,
                    showlegend=False,
                    marker=dict(color=row_colors[row_id], size=11, symbol="diamond", line=dict(width=1, color="white")),
                    hovertext=[hover(r) for r in points.to_dict("records")],
                    hovertemplate="%{hovertext}<extra></extra>",
                )
            )
    date_axis(fig, ui("Date of the event", "تاريخ الحدث", lang), lang)
    ranked_category_axis(fig, row_ids, [row_labels[r] for r in row_ids])
    fig.update_layout(barmode="overlay", height=max(320, 44 * len(row_ids) + 160))
    base_layout(fig, title, lang)
    if max_events and dated_total > max_events:
        fig.add_annotation(
            text=label(_capped_message(max_events, dated_total, lang)), xref="paper", yref="paper", x=0, y=1,
            xanchor="left", yanchor="bottom", showarrow=False, font=dict(size=11, color="#666"), yshift=4,
        )  # fmt: skip
    undated = len(events) - events["event_id"].isin(set(rows["event_id"])).sum() if color_by == "event_type" else 0
    if undated:
        fig.add_annotation(
            text=label(_undated_message(int(undated), lang)), xref="paper", yref="paper", x=1, y=-0.02,
            xanchor="right", yanchor="top", showarrow=False, font=dict(size=11, color="#666"), yshift=-40,
        )  # fmt: skip
    return fig


def _capped_message(shown: int, total: int, lang: str) -> str:
    if lang == "ar":
        return f"أحدث {shown} حدث من {total} — ضيّق عوامل التصفية لرؤية الباقي"
    return f"The {shown:,} most recent of {total:,} dated events — narrow the filters to see the rest"


def _undated_message(n: int, lang: str) -> str:
    if lang == "ar":
        return f"{n} حدث بلا تاريخ محدد غير معروض"
    return f"{n} event(s) without a resolved date not shown"


def mentions_over_time(
    mentions: pd.DataFrame,
    documents: pd.DataFrame,
    entities: pd.DataFrame | None = None,
    *,
    entity_ids: list | None = None,
    kind: str | None = "actor",
    top_n: int = 8,
    period: str = "month",
    count: str = "mentions",
    lang: str = "both",
    title: str = "Mentions over time",
) -> go.Figure:
    """Lines of mentions (or articles, ``count='documents'``) per publication ``period`` and entity.

    Shows ``entity_ids`` or the ``top_n`` most mentioned entities of ``kind``; undated articles
    are left out. x = first day of the period; missing periods are zeros; ``customdata`` = entity id.
    """
    check_lang(lang)
    if period not in PERIODS:
        raise ValueError(f"unknown period {period!r}: expected one of {', '.join(PERIODS)}")
    if count not in ("mentions", "documents"):
        raise ValueError(f"unknown count {count!r}: expected 'mentions' or 'documents'")
    if is_empty(mentions, documents):
        return empty_figure(title, lang)
    starts = dict(zip(documents["doc_id"], period_starts(documents["published"], period)))
    rows = mentions.assign(period=mentions["doc_id"].map(starts)).dropna(subset=["period"])
    if entity_ids is None:
        ids = list(entity_counts(rows, kind=kind).head(top_n).index) if len(rows) else []
    else:
        ids = [str(i) for i in entity_ids]
    rows = rows[rows["entity_id"].astype(str).isin(ids)]
    if rows.empty:
        return empty_figure(title, lang)
    if count == "documents":
        rows = rows.drop_duplicates(["doc_id", "entity_id"])
    table = rows.groupby(["period", "entity_id"]).size().unstack(fill_value=0)
    dated = pd.Series(list(starts.values())).dropna()
    periods = pd.to_datetime(dated)  # the axis spans every dated article
    full = pd.date_range(
        periods.min(), periods.max(), freq={"day": "D", "week": "W-MON", "month": "MS", "year": "YS"}[period]
    )
    table.index = pd.to_datetime(table.index)
    table = table.reindex(full, fill_value=0)
    # a period without any dated article is a gap, not a zero: no line is drawn through it
    covered = set(pd.to_datetime(dated.unique()))
    has_articles = [d in covered for d in table.index]
    lookup = entity_lookup(entities)
    n_title = ui("Mentions" if count == "mentions" else "Articles", "إشارات" if count == "mentions" else "مقالات", lang)
    no_articles = ui("no articles in this period", "لا مقالات في هذه الفترة", lang)
    x = [d.strftime("%Y-%m-%d") for d in table.index]
    fig = go.Figure()
    names = []
    for k, entity_id in enumerate([i for i in ids if i in table.columns]):
        name = entity_label(entity_id, lookup, lang)
        full_name = entity_label(entity_id, lookup, "both")
        names.append(name)
        values = [int(v) if ok else None for v, ok in zip(table[entity_id].tolist(), has_articles)]
        fig.add_trace(
            go.Scatter(
                x=x,
                y=values,
                mode="lines+markers",
                connectgaps=False,
                name=name,
                customdata=[entity_id] * len(x),
                line=dict(color=SERIES_COLORS[k % len(SERIES_COLORS)], width=2),
                hovertext=[
                    hover_lines([("", full_name), ("", d), (n_title, str(v) if v is not None else no_articles)])
                    for d, v in zip(x, values)
                ],
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )
    date_axis(fig, ui("Published", "تاريخ النشر", lang), lang)
    fig.update_yaxes(title=n_title, rangemode="tozero")
    fig.update_layout(height=400 + 22 * legend_rows(names))
    return base_layout(fig, title, lang, legend=True)


def theme_label(theme_id, terms: list[str], lang: str = "both") -> str:
    """``Theme 3 · ‫وقف إطلاق النار، إدلب‬`` (``'both'``, ``'en'``): only the Arabic terms are RTL-embedded,
    so "Theme 3" stays first; ``‫الموضوع 3 · وقف إطلاق النار، إدلب‬`` (``'ar'``): all of it right to left."""
    joined = "، ".join(t for t in (escape_plotly(clean_text(t)) for t in terms) if t)
    if lang == "ar":
        return rtl_label(f"الموضوع {theme_id} · {joined}" if joined else f"الموضوع {theme_id}")
    return f"Theme {theme_id} · {rtl_label(joined)}" if joined else f"Theme {theme_id}"


def theme_labels(themes: pd.DataFrame | None, *, n_terms: int = 3, lang: str = "both") -> dict:
    """theme_id → :func:`theme_label` with its top ``n_terms`` terms (by rank), labels made safe."""
    if themes is None or len(themes) == 0:
        return {}
    ordered = themes.sort_values(["theme_id", "rank"], kind="stable")
    terms: dict = {}
    for theme_id, term in zip(ordered["theme_id"], ordered["term"]):
        group = terms.setdefault(theme_id, [])
        if len(group) < n_terms:
            group.append(term)
    return {theme_id: theme_label(theme_id, group, lang) for theme_id, group in terms.items()}


_PERIOD_SPANS = {"day": "D1", "week": 7 * _DAY_MS, "month": "M1", "year": "M12"}


def theme_share_over_time(
    doc_themes: pd.DataFrame,
    documents: pd.DataFrame,
    themes: pd.DataFrame | None = None,
    *,
    period: str = "month",
    n_terms: int = 3,
    lang: str = "both",
    title: str = "Themes over time",
) -> go.Figure:
    """Stacked bars (100 %): each theme's share of the articles published in each ``period``.

    A period's share of a theme is the mean of its articles' weights (an article's weights
    sum to 1, so the shares of a period sum to 1). Bars, not areas: only periods with articles
    get a bar, so nothing is interpolated between sparse months; hover gives the number of
    articles behind each bar. Undated articles are left out. ``x`` = first day of the period
    (the bar spans the period); ``customdata`` = theme_id; names ``Theme N · <top terms>``.
    """
    check_lang(lang)
    if period not in PERIODS:
        raise ValueError(f"unknown period {period!r}: expected one of {', '.join(PERIODS)}")
    if is_empty(doc_themes, documents):
        return empty_figure(title, lang)
    starts = dict(zip(documents["doc_id"], period_starts(documents["published"], period)))
    rows = doc_themes.assign(period=doc_themes["doc_id"].map(starts)).dropna(subset=["period"])
    if rows.empty:
        return empty_figure(title, lang)
    n_docs = rows.groupby("period")["doc_id"].nunique()
    share = rows.groupby(["period", "theme_id"])["weight"].sum().unstack(fill_value=0.0)
    share = share.div(n_docs, axis=0).sort_index()
    names = theme_labels(themes, n_terms=n_terms, lang=lang)
    share_title = ui("Share of articles", "الحصة من المقالات", lang)
    articles_title = ui("Articles", "مقالات", lang)
    x = list(share.index)
    counts = [str(int(n_docs[d])) for d in x]
    fig = go.Figure()
    theme_ids = sorted(share.columns)
    for k, theme_id in enumerate(theme_ids):
        name = names.get(theme_id) or theme_label(theme_id, [], lang)
        values = share[theme_id].to_numpy(dtype=float).tolist()
        fig.add_trace(
            go.Bar(
                x=x,
                y=[round(v, 6) for v in values],
                xperiod=_PERIOD_SPANS[period],
                xperiodalignment="middle",
                name=name,
                customdata=[theme_id] * len(x),
                marker=dict(color=SERIES_COLORS[k % len(SERIES_COLORS)], line=dict(width=0.5, color="white")),
                hovertext=[
                    hover_lines([("", name), ("", d), (share_title, f"{v:.0%}"), (articles_title, n)])
                    for d, v, n in zip(x, values, counts)
                ],
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )
    date_axis(fig, ui("Published", "تاريخ النشر", lang), lang)
    fig.update_yaxes(title=share_title, tickformat=".0%", range=[0, 1])
    legend_names = [names.get(t) or str(t) for t in theme_ids]
    fig.update_layout(barmode="stack", bargap=0.15, height=420 + 22 * legend_rows(legend_names))
    return base_layout(fig, title, lang, legend=True)
