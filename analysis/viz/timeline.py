"""Charts over time: mentions over time, theme shares over time (the events: :mod:`analysis.viz.events`)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analysis.aggregate.theme_names import label_terms
from analysis.aggregate.timeline import publication_period
from analysis.viz.bars import PERIODS, entity_counts, period_starts
from analysis.viz.patch import patch_axes, patch_layout
from analysis.viz.style import (
    SERIES_COLORS,
    base_layout,
    check_lang,
    clean_text,
    date_axis,
    empty_figure,
    entity_label,
    entity_lookup,
    escape_plotly,
    hover_lines,
    is_empty,
    legend_rows,
    rtl_label,
    ui,
)


def mentions_over_time(
    mentions: pd.DataFrame,
    documents: pd.DataFrame,
    entities: pd.DataFrame | None = None,
    *,
    entity_ids: list | None = None,
    kind: str | None = "actor",
    top_n: int = 8,
    period: str | None = None,
    count: str = "mentions",
    lang: str = "both",
    title: str = "Mentions over time",
) -> go.Figure:
    """Lines of mentions (or articles, ``count='documents'``) per publication ``period`` and entity.

    Shows ``entity_ids`` or the ``top_n`` most mentioned entities of ``kind``; undated articles
    are left out. x = first day of the period; missing periods are zeros; ``customdata`` = entity id.
    ``period``: day, week, month or year; by default the one the articles' span calls for
    (:func:`~analysis.aggregate.timeline.publication_period`).
    """
    check_lang(lang)
    if period is None:
        period = _period_of(documents)
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
    patch_axes(fig, "y", {"title": {"text": n_title}, "rangemode": "tozero"})
    patch_layout(fig, {"height": 400 + 22 * legend_rows(names)})
    return base_layout(fig, title, lang, legend=True)


def _period_of(documents: pd.DataFrame | None) -> str:
    """The count period the articles' publication dates call for (month without any)."""
    if documents is None or "published" not in documents:
        return "month"
    return publication_period(documents["published"])


def theme_label(theme_id, terms: list[str], lang: str = "both") -> str:
    """``Theme 3 · ‫وقف إطلاق النار، إدلب‬`` (``'both'``, ``'en'``): only the Arabic terms are RTL-embedded,
    so "Theme 3" stays first; ``‫الموضوع 3 · وقف إطلاق النار، إدلب‬`` (``'ar'``): all of it right to left."""
    joined = "، ".join(t for t in (escape_plotly(clean_text(t)) for t in terms) if t)
    if lang == "ar":
        return rtl_label(f"الموضوع {theme_id} · {joined}" if joined else f"الموضوع {theme_id}")
    return f"Theme {theme_id} · {rtl_label(joined)}" if joined else f"Theme {theme_id}"


def theme_labels(themes: pd.DataFrame | None, *, n_terms: int = 3, lang: str = "both") -> dict:
    """theme_id → :func:`theme_label` with its automatic label of ``n_terms`` terms
    (:func:`analysis.aggregate.theme_names.label_terms`: its most distinctive phrases), labels made safe;
    a theme the analyst named (the ``name`` column of :func:`analysis.aggregate.theme_names.named_tables`)
    with its name: ``Theme 3 · ‫حرب اليمن‬``."""
    if themes is None or len(themes) == 0:
        return {}
    ordered = themes.sort_values(["theme_id", "rank"], kind="stable")
    terms: dict = {}
    for theme_id, term in zip(ordered["theme_id"], ordered["term"]):
        terms.setdefault(theme_id, []).append(str(term))
    terms = {theme_id: label_terms(group, n_terms) for theme_id, group in terms.items()}
    if "name" in themes:
        for theme_id, name in zip(themes["theme_id"], themes["name"]):
            if isinstance(name, str) and name.strip():
                terms[theme_id] = [name.strip()]
    return {theme_id: theme_label(theme_id, group, lang) for theme_id, group in terms.items()}


_DAY_MS = 86_400_000
_PERIOD_SPANS = {"day": "D1", "week": 7 * _DAY_MS, "month": "M1", "year": "M12"}


def theme_share_over_time(
    doc_themes: pd.DataFrame,
    documents: pd.DataFrame,
    themes: pd.DataFrame | None = None,
    *,
    period: str | None = None,
    n_terms: int = 3,
    lang: str = "both",
    title: str = "Themes over time",
) -> go.Figure:
    """Stacked bars (100 %): each theme's share of the articles published in each ``period`` (by default
    the one the articles' span calls for: :func:`~analysis.aggregate.timeline.publication_period`).

    A period's share of a theme is the mean of its articles' weights (an article's weights
    sum to 1, so the shares of a period sum to 1). Bars, not areas: only periods with articles
    get a bar, so nothing is interpolated between sparse months; hover gives the number of
    articles behind each bar. Undated articles are left out. ``x`` = first day of the period
    (the bar spans the period); ``customdata`` = theme_id; names ``Theme N · <top terms>``.
    """
    check_lang(lang)
    if period is None:
        period = _period_of(documents)
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
    shares = share.stack().rename("share").reset_index()
    shares["articles"] = shares["period"].map(n_docs)
    return theme_share_bars(shares, themes, period=period, n_terms=n_terms, lang=lang, title=title)


def theme_share_bars(
    shares: pd.DataFrame,
    themes: pd.DataFrame | None = None,
    *,
    period: str = "month",
    n_terms: int = 3,
    lang: str = "both",
    title: str = "Themes over time",
) -> go.Figure:
    """:func:`theme_share_over_time` of shares already made (a query's over a build too large to
    load): ``shares`` has ``period`` (the period's first day; ``month`` is read as it), ``theme_id``,
    ``share`` (the theme's mean share of the period's articles) and ``articles`` (the period's)."""
    check_lang(lang)
    if period not in PERIODS:
        raise ValueError(f"unknown period {period!r}: expected one of {', '.join(PERIODS)}")
    if "period" not in shares and "month" in shares:
        shares = shares.rename(columns={"month": "period"})
    if is_empty(shares):
        return empty_figure(title, lang)
    shares = shares.assign(period=pd.to_datetime(shares["period"]).dt.strftime("%Y-%m-%d"))
    share = shares.pivot_table(index="period", columns="theme_id", values="share", aggfunc="sum", fill_value=0.0)
    share = share.sort_index()
    n_docs = shares.groupby("period")["articles"].max()
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
    patch_axes(fig, "y", {"title": {"text": share_title}, "tickformat": ".0%", "range": [0, 1]})
    legend_names = [names.get(t) or str(t) for t in theme_ids]
    patch_layout(fig, {"barmode": "stack", "bargap": 0.15, "height": 420 + 22 * legend_rows(legend_names)})
    return base_layout(fig, title, lang, legend=True)
