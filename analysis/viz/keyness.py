"""The key items of one side of a comparison as horizontal bars (the Compare page)."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import plotly.graph_objects as go

from analysis.aggregate.keyness import strongest_key_items
from analysis.viz.patch import patch_axes, patch_layout
from analysis.viz.style import (
    base_layout,
    check_lang,
    clean_text,
    date_axis,
    empty_figure,
    escape_plotly,
    hover_lines,
    ranked_category_axis,
    rtl_label,
    ui,
)

#: The two sides' colours (A blue, B red-violet, as the evidence marks ``pair_a``/``pair_b``).
SIDE_COLORS = {"a": "#1f4e8c", "b": "#8c1d4f"}


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def key_items_bar(
    table: pd.DataFrame,
    side: str,
    *,
    labels: Mapping | None = None,
    side_names: tuple[str, str] = ("A", "B"),
    top_n: int = 20,
    lang: str = "both",
    title: str = "Key items",
) -> go.Figure:
    """The ``top_n`` key items of ``side`` (``a``/``b``) of a keyness table
    (:func:`analysis.aggregate.keyness.keyness`), ranked by log ratio, strongest on top; the bar
    is the log ratio (how many times more often, in powers of two, the side has the item).

    ``labels``: item → name shown (an actor's names, a theme's terms; default the item itself);
    ``side_names``: the two sides' names for the hover, which gives both frequencies and G².
    ``customdata`` is the item, for a click to open its evidence.
    """
    check_lang(lang)
    if side not in SIDE_COLORS:
        raise ValueError(f"side must be 'a' or 'b', not {side!r}")
    rows = strongest_key_items(table, side)
    if len(rows) == 0:
        return empty_figure(title, lang, ui("No key item on this side", "لا عناصر مميِّزة في هذا الجانب", lang))
    rows = rows.head(top_n)
    items = [str(i) for i in rows["item"]]
    names = [escape_plotly(clean_text((labels or {}).get(i, i))) for i in rows["item"]]
    keys = [escape_plotly(i) for i in items]  # the categories (unique); the names are their tick text
    name_a, name_b = (escape_plotly(clean_text(s)) for s in side_names)
    g2_key, ratio_key = "G²", ui("Log ratio", "النسبة اللوغاريتمية", lang)
    hover = [
        hover_lines(
            [
                ("", rtl_label(name)),
                (rtl_label(name_a), f"{_number(fa)} ({pa:g} / 10k)"),
                (rtl_label(name_b), f"{_number(fb)} ({pb:g} / 10k)"),
                (g2_key, f"{g:.1f}"),
                (ratio_key, f"{r:+.2f}"),
            ]
        )
        for name, fa, fb, pa, pb, g, r in zip(
            names, rows["freq_a"], rows["freq_b"], rows["per_10k_a"], rows["per_10k_b"], rows["g2"], rows["log_ratio"]
        )
    ]
    fig = go.Figure(
        go.Bar(
            orientation="h",
            y=keys,
            x=[round(float(v), 2) for v in rows["strength"]],
            customdata=items,
            marker=dict(color=SIDE_COLORS[side]),
            hovertext=hover,
            hovertemplate="%{hovertext}<extra></extra>",
        )
    )
    ranked_category_axis(fig, keys, [rtl_label(n) for n in names], lang)
    patch_axes(fig, "x", {"title": {"text": ui("|log ratio|", "|النسبة اللوغاريتمية|", lang)}})
    patch_layout(fig, {"height": max(300, 24 * len(keys) + 140)})
    return base_layout(fig, title, lang)


def attention_lines(
    table: pd.DataFrame,
    *,
    source_names: Mapping | None = None,
    lang: str = "both",
    title: str = "Attention by source",
    colors: Mapping | None = None,
) -> go.Figure:
    """One line per source: the share of its articles given to an item, period by period
    (:func:`analysis.aggregate.compare.attention_by_source`), in per cent. ``colors``: source →
    colour (the two sides' colours when two sources are compared; default Plotly's)."""
    check_lang(lang)
    if len(table) == 0:
        return empty_figure(title, lang)
    fig = go.Figure()
    share_key, articles_key = ui("Share", "الحصة", lang), ui("Articles", "المقالات", lang)
    for source, rows in table.groupby("source", sort=True):
        name = escape_plotly(clean_text((source_names or {}).get(source, source) or "—"))
        rows = rows.sort_values("period")
        fig.add_trace(
            go.Scatter(
                x=[str(p) for p in rows["period"]],
                y=[round(100 * float(s), 2) for s in rows["share"]],
                mode="lines+markers",
                name=rtl_label(name),
                line={"color": colors[source]} if colors and source in colors else None,
                hovertext=[
                    hover_lines(
                        [
                            ("", rtl_label(name)),
                            ("", str(p)),
                            (share_key, f"{100 * s:.1f} %"),
                            (articles_key, f"{a:g} / {n}"),
                        ]
                    )
                    for p, s, a, n in zip(rows["period"], rows["share"], rows["attention"], rows["articles"])
                ],
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )
    date_axis(fig, ui("Published", "تاريخ النشر", lang), lang)
    patch_axes(
        fig,
        "y",
        {"title": {"text": ui("% of the source's articles", "% من مقالات المصدر", lang)}, "rangemode": "tozero"},
    )
    patch_layout(fig, {"height": 420})
    return base_layout(fig, title, lang, legend=True)
