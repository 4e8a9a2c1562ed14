"""Theme charts: top terms per theme (small multiples) and the article × theme weights."""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from analysis.viz.patch import patch_annotations, patch_axes, patch_layout
from analysis.viz.style import (
    FONT_FAMILY,
    PDF,
    SERIES_COLORS,
    base_layout,
    check_lang,
    clean_text,
    empty_figure,
    hover_lines,
    is_empty,
    key_value,
    label,
    ranked_category_axis,
    ui,
)
from analysis.viz.timeline import theme_label, theme_labels

DOC_ORDERS = ("theme", "published", "input")


def theme_articles_bar(
    summary: pd.DataFrame,
    themes: pd.DataFrame | None = None,
    *,
    n_terms: int = 3,
    lang: str = "both",
    title: str = "Themes of the selection",
) -> go.Figure:
    """One horizontal bar per theme, in the order of ``summary``: the articles it leads (their
    largest share), its mean share and the articles giving it a share in the hover.

    ``summary``: theme_id, articles, share, weighted (:meth:`analysis.store.build_queries.BuildQueries.theme_summary`);
    ``themes`` labels each theme ``Theme N · <top terms>`` (or its name). ``customdata`` is the theme_id.
    """
    check_lang(lang)
    if is_empty(summary):
        return empty_figure(title, lang)
    ids = [int(i) for i in summary["theme_id"]]
    names = theme_labels(themes, n_terms=n_terms, lang=lang)
    labels = [names.get(i) or theme_label(i, [], lang) for i in ids]
    articles_title = ui("Articles it leads", "مقالات يتصدّرها", lang)
    share_title = ui("Mean share", "متوسط الحصة", lang)
    weighted_title = ui("Articles with a share", "مقالات له فيها حصة", lang)
    keys = [str(i) for i in ids]
    fig = go.Figure(
        go.Bar(
            orientation="h",
            y=keys,
            x=[int(v) for v in summary["articles"]],
            customdata=keys,
            marker=dict(color=[SERIES_COLORS[(i - 1) % len(SERIES_COLORS)] for i in ids]),
            hovertext=[
                hover_lines(
                    [
                        ("", n),
                        (articles_title, str(int(a))),
                        (share_title, f"{float(s):.1%}"),
                        (weighted_title, str(int(w))),
                    ]
                )
                for n, a, s, w in zip(labels, summary["articles"], summary["share"], summary["weighted"])
            ],
            hovertemplate="%{hovertext}<extra></extra>",
        )
    )
    ranked_category_axis(fig, keys, labels, lang)
    whole = {"dtick": 1} if int(summary["articles"].max()) <= 8 else {}  # counts: no tick at 0.5
    patch_axes(fig, "x", {"title": {"text": articles_title}, "tickformat": ",d", **whole})
    patch_layout(fig, {"height": max(320, 30 * len(ids) + 140)})
    return base_layout(fig, title, lang)


#: The longest line of terms under a subplot's "Theme N" (~210 px at 13 px: a column and its share of the
#: spacing, on the three columns of the Themes page and of the Overview), and the longest
#: term beside a bar (~105 px: the spacing before the next column's bars on the Themes page). Longer ones are cut at a word
#: with "…" (a bar's hover gives the whole term). On SaudiNewsNet «مركز الملك سلمان للإغاثة والأعمال
#: الإنسانية، الإغاثية، تقديم المساعدات» ran off the page and «عبدالله بن عبدالعزيز الربيعة» into the bars
#: of the theme beside it.
TITLE_CHARS = 40
TERM_CHARS = 20


def theme_terms_grid(
    themes: pd.DataFrame,
    *,
    n_terms: int = 8,
    cols: int = 3,
    theme_ids: list | None = None,
    lang: str = "both",
    title: str = "Themes: top terms",
) -> go.Figure:
    """One small horizontal bar chart per theme: its ``n_terms`` heaviest terms, heaviest on top.

    ``themes``: the themes table (theme_id, rank, term, weight). Subplot titles are
    ``Theme N · <top 3 terms>`` (:func:`analysis.viz.timeline.theme_label`), as everywhere else;
    ``customdata`` of each bar is ``[theme_id, term]``. A term longer than :data:`TERM_CHARS` is cut beside
    its bar, whole in its hover.
    """
    check_lang(lang)
    if not is_empty(themes) and theme_ids is not None:
        themes = themes[themes["theme_id"].isin(list(theme_ids))]
    if is_empty(themes):
        return empty_figure(title, lang)
    ids = sorted(themes["theme_id"].unique())
    cols = max(1, min(cols, len(ids)))
    n_rows = math.ceil(len(ids) / cols)
    titles = theme_labels(themes, n_terms=3, lang=lang)
    mirrored = lang == "ar"  # Arabic: theme 1 at the top right, bars growing leftwards
    cells = [(k // cols + 1, cols - k % cols if mirrored else k % cols + 1) for k in range(len(ids))]
    by_cell = {
        cell: _on_two_lines(titles.get(t) or theme_label(t, [], lang), TITLE_CHARS) for cell, t in zip(cells, ids)
    }
    fig = make_subplots(
        rows=n_rows,
        cols=cols,
        subplot_titles=[by_cell.get((r, c), "") for r in range(1, n_rows + 1) for c in range(1, cols + 1)],
        horizontal_spacing=0.2 / cols + 0.1,  # the terms' labels stand in it, beside the next column's bars
        vertical_spacing=min(0.14, 0.36 / n_rows),  # room for a title on two lines
    )
    weight_title = ui("Weight", "الوزن", lang)
    for k, (theme_id, (row, col)) in enumerate(zip(ids, cells)):
        group = themes[themes["theme_id"] == theme_id].sort_values(["rank", "term"]).head(n_terms)
        terms = [clean_text(t) for t in group["term"]]
        fig.add_trace(
            go.Bar(
                orientation="h",
                y=[label(t) for t in _shortened_terms(terms, TERM_CHARS)],
                x=[round(float(w), 6) for w in group["weight"]],
                customdata=[[theme_id, t] for t in terms],
                marker=dict(color=SERIES_COLORS[k % len(SERIES_COLORS)]),
                name=str(theme_id),
                hovertext=[
                    hover_lines([("", label(t)), (weight_title, f"{w:.3f}")]) for t, w in zip(terms, group["weight"])
                ],
                hovertemplate="%{hovertext}<extra></extra>",
            ),
            row=row,
            col=col,
        )
        # the axes add_trace put the bars on (what update_yaxes(row=row, col=col) would select)
        x_axis, y_axis = "xaxis" + fig.data[-1].xaxis[1:], "yaxis" + fig.data[-1].yaxis[1:]
        patch_layout(fig, {y_axis: {"autorange": "reversed", "type": "category", "automargin": True}})
        if mirrored:  # mirror_bars(fig, row=row, col=col)
            patch_layout(fig, {y_axis: {"side": "right", "ticklabelstandoff": 4}, x_axis: {"autorange": "reversed"}})
    patch_axes(fig, "x", {"showticklabels": False})
    patch_annotations(fig, {"font": {"family": FONT_FAMILY, "size": 13}})
    patch_layout(fig, {"height": max(320, n_rows * (24 * n_terms + 90) + 80 + _TITLES_ROOM)})
    base_layout(fig, title, lang)
    # the first row's titles stand on two lines above the plots, in the top margin where the chart's title is
    # (in Arabic under the modebar's clearance): the margin grows by those two lines, or they ran into it
    patch_layout(fig, {"margin": {"t": (fig.layout.margin.t or 70) + _TITLES_ROOM}})
    if lang != "ar":  # pinned to the top as in Arabic (mirror_rtl): plotly centres it in the margin, on the titles
        patch_layout(fig, {"title": {"yref": "container", "y": 1, "yanchor": "top", "pad": {"t": 14}}})
    return fig


#: Two lines of a subplot's title at the grid's font (13 px), in pixels.
_TITLES_ROOM = 36


def _on_two_lines(theme_title: str, max_chars: int = TITLE_CHARS) -> str:
    """``Theme N · <terms>`` as ``Theme N`` over ``<terms>``: a subplot's title is centred over its column
    and one line of three terms was wider than a column of the Overview's half-width grid, running into
    its neighbour's (الموضوع 1 · منبج، قسد، المنطقةالموضوع 2 · …). The line of terms is cut to
    ``max_chars`` (:func:`_cut`). The label is otherwise the one every chart gives the theme."""
    head, _, terms = theme_title.partition(" · ")
    if not terms:
        return theme_title
    closing = terms[-1] if terms[-1] == PDF else ""  # the label's right-to-left embedding ends after the terms
    return f"{head}<br>{_cut(terms[: len(terms) - len(closing)], max_chars)}{closing}"


def _cut(text: str, max_chars: int) -> str:
    """``text`` of at most ``max_chars`` characters: cut after its last whole word (or inside a first word
    longer than that), with "…"."""
    if len(text) <= max_chars:
        return text
    head = text[: max_chars - 1]
    cut = head.rsplit(" ", 1)[0] if " " in head else head
    return cut.rstrip(" ،,") + "…"


def _shortened_terms(terms: list[str], max_chars: int) -> list[str]:
    """The terms cut to ``max_chars`` (:func:`_cut`), a cut that two terms would share left whole: the bars
    are categories, and two bars of one label would be drawn as one."""
    cut = [_cut(t, max_chars) for t in terms]
    shared = {c for c in cut if cut.count(c) > 1}
    return [t if c in shared else c for t, c in zip(terms, cut)]


def doc_theme_heatmap(
    doc_themes: pd.DataFrame,
    documents: pd.DataFrame | None = None,
    themes: pd.DataFrame | None = None,
    *,
    order: str = "theme",
    max_docs: int = 150,
    title_chars: int = 48,
    lang: str = "both",
    title: str = "Articles × themes",
) -> go.Figure:
    """Article × theme weights (rows articles, columns themes; an article's row sums to 1).

    Rows are labelled by title (cut to ``title_chars``) when ``documents`` is given, else by
    doc_id; ``order``: ``'theme'`` (by dominant theme, then its weight), ``'published'`` or
    ``'input'``; at most ``max_docs`` rows. ``y`` is the doc_id, ``customdata`` ``[doc_id, theme_id]``.
    """
    check_lang(lang)
    if order not in DOC_ORDERS:
        raise ValueError(f"unknown order {order!r}: expected one of {', '.join(DOC_ORDERS)}")
    if is_empty(doc_themes):
        return empty_figure(title, lang)
    matrix = doc_themes.pivot_table(
        index="doc_id", columns="theme_id", values="weight", aggfunc="sum", fill_value=0.0, sort=False
    )
    matrix = matrix[sorted(matrix.columns)]
    if order == "theme":
        dominant = matrix.idxmax(axis=1)
        key = pd.DataFrame({"dominant": dominant, "w": -matrix.max(axis=1), "doc": matrix.index.astype(str)})
        matrix = matrix.loc[key.sort_values(["dominant", "w", "doc"]).index]
    elif order == "published" and documents is not None and len(documents):
        published = pd.to_datetime(documents.set_index("doc_id")["published"].reindex(matrix.index))
        matrix = matrix.loc[published.sort_values(kind="stable", na_position="first").index]
    matrix = matrix.head(max_docs)
    doc_ids = [str(d) for d in matrix.index]
    titles = {}
    if documents is not None and len(documents):
        titles = {str(k): clean_text(v) for k, v in zip(documents["doc_id"], documents["title"])}

    def short(doc_id: str) -> str:
        text = titles.get(doc_id) or doc_id
        return text if len(text) <= title_chars else text[: title_chars - 1].rstrip() + "…"

    names = theme_labels(themes, n_terms=3, lang=lang)
    theme_ids = list(matrix.columns)
    theme_names = [names.get(t) or theme_label(t, [], lang) for t in theme_ids]
    weight_title = ui("Weight", "الوزن", lang)
    fig = go.Figure(
        go.Heatmap(
            x=[str(t) for t in theme_ids],
            y=doc_ids,
            z=[[round(float(v), 6) for v in row] for row in matrix.to_numpy()],
            customdata=[[[d, str(t), label(short(d)), n] for t, n in zip(theme_ids, theme_names)] for d in doc_ids],
            colorscale="Purples",
            zmin=0,
            zmax=1,
            xgap=1,
            ygap=1,
            colorbar=dict(title=dict(text=weight_title)),
            hovertemplate="%{customdata[2]}<br>%{customdata[3]}<br>"
            + key_value(weight_title, "%{z:.2f}", rtl=lang == "ar")
            + "<extra></extra>",
        )
    )
    patch_axes(fig, "x", {
        "type": "category", "tickvals": [str(t) for t in theme_ids], "ticktext": theme_names, "tickangle": -30,
        "title": {"text": ui("Theme", "الموضوع", lang)}, "automargin": True,
    })  # fmt: skip
    patch_axes(fig, "y", {
        "type": "category", "tickvals": doc_ids, "ticktext": [label(short(d)) for d in doc_ids],
        "autorange": "reversed", "title": {}, "automargin": True,
    })  # fmt: skip
    patch_layout(fig, {"height": max(380, 22 * len(doc_ids) + 240)})
    return base_layout(fig, title, lang)
