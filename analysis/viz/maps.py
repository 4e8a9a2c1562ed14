"""The places map: country outlines and the places the articles name, drawn fully offline.

No ``Scattergeo``, choropleth or tile map: plotly.js fetches their topology or tiles from a CDN.
The outlines are one ``go.Scatter`` line trace (:mod:`analysis.viz.outlines`) on plain axes,
x = longitude, y = latitude (equirectangular, with the local scale of the latitude at the centre
of the view so the map is not stretched); the places are marker traces over it, one per colour
group (the legend), each circle's *area* proportional to the articles naming the place.
"""

from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from analysis.text.plurals import count_phrase
from analysis.viz.outlines import outline_lines
from analysis.viz.patch import append_annotation
from analysis.viz.style import (
    ENTITY_TYPE_NAMES,
    OTHER_COLOR,
    SERIES_COLORS,
    base_layout,
    bilingual,
    check_lang,
    clean_text,
    empty_figure,
    entity_color,
    entity_label,
    entity_lookup,
    escape_plotly,
    hover_lines,
    label,
    rtl_label,
    type_label,
    ui,
)

COLOR_BY = ("country", "type")
OUTLINE_COLOR = "#c4c4c4"
SEA_COLOR = "#f3f7fa"
MIN_DIAMETER, MAX_DIAMETER = 7.0, 42.0  # px
#: Smallest view, in degrees of latitude: one place alone is shown with its surroundings.
MIN_SPAN = 5.0
#: A view this wide (degrees of longitude) or wider shows the whole world.
WORLD_SPAN = 150.0
WORLD = (-180.0, -58.0, 180.0, 84.0)  # west, south, east, north (no Antarctica)


#: The share of a selection's articles (counted per place) that its farthest places may hold and be left
#: out of the view on each side: filtered on Idlib, one article naming Washington zoomed the map out to
#: the whole world. A place outside the view is still drawn (pan or zoom out), and the map says how many.
OUTLYING_SHARE = 0.03


def view_box(places: pd.DataFrame) -> tuple[float, float, float, float]:
    """West, south, east, north of the view: the places with a margin, or the whole world. With their
    ``articles``, the farthest places holding no more than :data:`OUTLYING_SHARE` of them on a side are
    left out."""
    lon, lat = places["lon"].to_numpy(float), places["lat"].to_numpy(float)
    if "articles" in places and len(places) > 1:
        weights = places["articles"].to_numpy(float)
        (west, east), (south, north) = _core(lon, weights), _core(lat, weights)
    else:
        west, east, south, north = lon.min(), lon.max(), lat.min(), lat.max()
    west, east, south, north = float(west), float(east), float(south), float(north)
    if east - west >= WORLD_SPAN:
        return WORLD
    margin = max(0.15 * max(east - west, north - south), 1.0)
    west, east, south, north = west - margin, east + margin, south - margin, north + margin
    for lo, hi, minimum in ((west, east, MIN_SPAN * 1.4), (south, north, MIN_SPAN)):
        if hi - lo < minimum:
            grow = (minimum - (hi - lo)) / 2
            if lo == west:
                west, east = west - grow, east + grow
            else:
                south, north = south - grow, north + grow
    return (max(west, -180.0), max(south, -85.0), min(east, 180.0), min(north, 85.0))


def _core(values: np.ndarray, weights: np.ndarray) -> tuple[float, float]:
    """The lowest and highest of ``values`` once those at either end holding no more than
    :data:`OUTLYING_SHARE` of the ``weights`` are left out."""
    order = np.argsort(values, kind="stable")
    ranked, share = values[order], np.cumsum(weights[order]) / max(weights.sum(), 1e-12)
    low = int(np.searchsorted(share, OUTLYING_SHARE, side="right"))  # those below hold at most the share
    high = int(np.searchsorted(share, 1 - OUTLYING_SHARE, side="left"))  # those above it hold at most it
    low, high = min(low, len(ranked) - 1), max(min(high, len(ranked) - 1), 0)
    return (ranked[low], ranked[high]) if low <= high else (ranked[0], ranked[-1])


def outside_view(places: pd.DataFrame, box: tuple[float, float, float, float]) -> int:
    """How many of ``places`` lie outside ``box`` (west, south, east, north)."""
    west, south, east, north = box
    lon, lat = places["lon"].to_numpy(float), places["lat"].to_numpy(float)
    return int(((lon < west) | (lon > east) | (lat < south) | (lat > north)).sum())


def marker_diameters(articles: pd.Series) -> np.ndarray:
    """Diameters in px with the circle's area proportional to ``articles`` (sqrt scale)."""
    values = articles.astype(float).to_numpy()
    top = values.max() if len(values) else 1.0
    return np.maximum(MIN_DIAMETER, MAX_DIAMETER * np.sqrt(values / max(top, 1.0)))


def _country_groups(places: pd.DataFrame, top_colors: int) -> pd.Series:
    """Each place's colour group: its country among the ``top_colors`` countries with most
    articles (summed over their places), else ``"other"``."""
    countries = places["country"].where(places["country"].notna(), None)
    totals = places.assign(c=countries).dropna(subset=["c"]).groupby("c")["articles"].sum()
    totals = totals.reset_index().sort_values(["articles", "c"], ascending=[False, True])
    top = list(totals["c"].head(top_colors))
    return countries.map(lambda c: c if c in top else "other")


def _place_name(row: dict, lang: str) -> str:
    """A label on the map: the Arabic name for ``'ar'``, the English one for ``'en'`` and ``'both'`` (the English
    interface's charts: a map names its places in its reader's language, as any map does; two names per label
    were too long for a crowded map, and the hover and the legend give both)."""
    en, ar = clean_text(row.get("name_en")), clean_text(row.get("name_ar"))
    name = (ar or en) if lang == "ar" else (en or ar)
    return rtl_label(escape_plotly(name or clean_text(row.get("entity_id"))))


#: Where a label may go around its marker, in order of preference.
LABEL_POSITIONS = ("top center", "bottom center", "middle right", "middle left", "top right", "top left")
LABEL_FONT_PX = 12
PLOT_PX = (1000.0, 480.0)  # the plot area the label layout assumes (width, height)


def _text_width(text: str) -> float:
    bare = re.sub("[\u202a-\u202e\u2066-\u2069]", "", text)
    return 0.6 * LABEL_FONT_PX * len(bare) + 4


def place_labels(
    lon: np.ndarray, lat: np.ndarray, diameters: np.ndarray, texts: list[str], box: tuple, ratio: float, limit: int
) -> list[tuple[str, str]]:
    """``(text, position)`` per place (``("", "")`` when unlabelled): up to ``limit`` labels, in the
    given order (most articles first), each put at the first :data:`LABEL_POSITIONS` where it
    overlaps no label already placed and no other marker, or failing that (a place in a crowd: Riyadh
    among Saudi towns) where it overlaps no label and no marker of the ``limit`` first places (the
    small markers under it are drawn over by its haloed text), and never across the plot's edge (a place at
    the edge of the view is labelled on its inner side); a place with no such position stays unlabelled
    (its hover still names it). Sizes are estimated for a :data:`PLOT_PX` plot."""
    west, south, east, north = box
    scale = min(PLOT_PX[0] / max(east - west, 1e-9), PLOT_PX[1] / max((north - south) * ratio, 1e-9))
    xs, ys = (lon - west) * scale, (lat - south) * scale * ratio
    markers = [(x - d / 2, y - d / 2, x + d / 2, y + d / 2) for x, y, d in zip(xs, ys, diameters)]
    placed: list[tuple[float, float, float, float]] = []
    out = [("", "")] * len(texts)

    def overlaps(a, b) -> bool:
        return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]

    width, height = (east - west) * scale, (north - south) * scale * ratio

    def free(rect, own, among):
        if rect[0] < 0 or rect[2] > width or rect[1] < 0 or rect[3] > height:  # cut by the plot's edge
            return False
        hits_marker = any(overlaps(rect, markers[i]) for i in among if i != own)
        return not hits_marker and not any(overlaps(rect, p) for p in placed)

    every, first = range(len(markers)), range(min(limit, len(markers)))
    for i, text in enumerate(texts):
        if len(placed) >= limit or not text:
            continue
        w, h, gap = _text_width(text), LABEL_FONT_PX * 1.3, diameters[i] / 2 + 2
        x, y = xs[i], ys[i]
        rects = []
        for position in LABEL_POSITIONS:
            vertical, horizontal = position.split()
            left = {"center": x - w / 2, "right": x + gap, "left": x - gap - w}[horizontal]
            bottom = {"top": y + gap, "bottom": y - gap - h, "middle": y - h / 2}[vertical]
            if horizontal != "center" and vertical != "middle":
                left = x if horizontal == "right" else x - w
            rects.append((position, (left, bottom, left + w, bottom + h)))
        chosen = next((pr for among in (every, first) for pr in rects if free(pr[1], i, among)), None)
        if chosen is not None:
            placed.append(chosen[1])
            out[i] = (text, chosen[0])
    return out


def place_map(
    places: pd.DataFrame,
    entities: pd.DataFrame | None = None,
    *,
    color_by: str = "country",
    top_colors: int = 8,
    labels: int = 10,
    lang: str = "both",
    title: str = "Places",
) -> go.Figure:
    """The places of ``places`` (:func:`analysis.aggregate.places.places_table`) on country outlines.

    ``color_by``: ``'country'`` (the ``top_colors`` countries with most articles, others grey) or
    ``'type'`` (town, governorate, country, state…). The ``labels`` places with most articles are
    named on the map (Arabic names for ``'ar'``, English ones otherwise); every marker's hover gives its
    names, country, articles and mentions, and its ``customdata`` is ``[entity_id]``.
    Trace 0 is the outlines (no hover, no selection), trace 1 every place; legend entries follow.
    """
    check_lang(lang)
    if color_by not in COLOR_BY:
        raise ValueError(f"unknown color_by {color_by!r}: expected one of {', '.join(COLOR_BY)}")
    if places is None or places.empty:
        return empty_figure(title, lang)
    lookup = entity_lookup(entities)
    places = places.reset_index(drop=True)
    west, south, east, north = view_box(places)
    span = max(east - west, north - south)
    # Outlines for a wide band around the view (panning and zooming out stay drawn), thinned to
    # about a thousandth of the view: a Syrian view carries a few thousand points, not 80,000.
    pad = span
    lon, lat = outline_lines((west - pad, south - pad, east + pad, north + pad), min_step=span / 1500)
    fig = go.Figure()
    fig.add_trace(
        go.Scatter(
            x=lon, y=lat, mode="lines", line=dict(color=OUTLINE_COLOR, width=0.8), hoverinfo="skip",
            showlegend=False, name="outlines", connectgaps=False,
        )
    )  # fmt: skip

    if color_by == "country":
        groups = _country_groups(places, top_colors)
        order = [g for g in dict.fromkeys(groups) if g != "other"] + (["other"] if (groups == "other").any() else [])
        colors = {g: SERIES_COLORS[i % len(SERIES_COLORS)] for i, g in enumerate(order) if g != "other"}
        colors["other"] = OTHER_COLOR

        def group_name(g: str) -> str:
            if g == "other":
                return ui("other countries", "دول أخرى", lang)
            return entity_label(g, lookup, "en" if lang == "en" else lang)
    else:
        groups = places["type"].fillna("other").astype(str)
        order = list(dict.fromkeys(groups))
        colors = {g: entity_color(g) for g in order}

        def group_name(g: str) -> str:
            return type_label(g, lang)

    diameters = marker_diameters(places["articles"])
    mid = math.radians((south + north) / 2)
    world = (west, south, east, north) == WORLD
    ratio = 1.0 if world else 1.0 / max(math.cos(mid), 0.2)
    names = [_place_name(row, lang) for row in places.to_dict("records")]
    placed = place_labels(
        places["lon"].to_numpy(float), places["lat"].to_numpy(float), diameters, names,
        (west, south, east, north), ratio, max(labels, 0),
    )  # fmt: skip
    key_articles, key_mentions = ui("articles", "المقالات", lang), ui("mentions", "الإشارات", lang)
    key_country, key_type = ui("country", "الدولة", lang), ui("type", "النوع", lang)
    hovers, texts, positions = [], [], []
    for i, row in enumerate(places.to_dict("records")):
        country = row.get("country")
        type_ = str(row.get("type") or "other")
        en, ar = ENTITY_TYPE_NAMES.get(type_, (type_, ""))
        hovers.append(
            hover_lines([
                ("", f"<b>{bilingual(row, lang, fallback=row['entity_id'])}</b>"),
                (key_country, entity_label(country, lookup, lang) if country else "—"),
                (key_type, rtl_label(ar) if lang == "ar" and ar else en),
                (key_articles, str(int(row["articles"]))),
                (key_mentions, str(int(row["mentions"]))),
            ])
        )  # fmt: skip
        texts.append(placed[i][0])
        positions.append(placed[i][1] or "top center")
    # One trace for every place, most articles first, so a small circle is drawn over a large one
    # it sits in (Idlib over Syria); the legend is made of marker-less entries, one per group.
    fig.add_trace(
        go.Scatter(
            x=places["lon"], y=places["lat"], mode="markers+text", name=ui("places", "الأماكن", lang),
            marker=dict(size=diameters, color=[colors.get(g, OTHER_COLOR) for g in groups], opacity=0.8,
                        line=dict(color="white", width=1)),
            text=texts, textposition=positions, textfont=dict(size=12, color="#222", shadow="auto"),
            hovertext=hovers, hoverinfo="text", customdata=[[e] for e in places["entity_id"]],
            selected=dict(marker=dict(opacity=1.0)), unselected=dict(marker=dict(opacity=0.45)),
            showlegend=False,
        )
    )  # fmt: skip
    for group in order:
        fig.add_trace(
            go.Scatter(
                x=[None], y=[None], mode="markers", name=group_name(group), hoverinfo="skip",
                marker=dict(size=10, color=colors.get(group, OTHER_COLOR)),
            )
        )  # fmt: skip

    base_layout(fig, title, lang, legend=True)
    outside = 0 if (west, south, east, north) == WORLD else outside_view(places, (west, south, east, north))
    if outside:
        append_annotation(fig, {
            "text": label(_outside_message(outside, lang)), "xref": "paper", "yref": "paper",
            "x": 1 if lang == "ar" else 0, "y": 1, "xanchor": "right" if lang == "ar" else "left",
            "yanchor": "bottom", "showarrow": False, "font": {"size": 11, "color": "#666"}, "yshift": 4,
        })  # fmt: skip
    fig.update_xaxes(range=[west, east], visible=False, fixedrange=False)
    fig.update_yaxes(
        range=[south, north], visible=False, scaleanchor="x",
        scaleratio=ratio,
    )  # fmt: skip
    fig.update_layout(
        height=600, plot_bgcolor=SEA_COLOR, clickmode="event+select", dragmode="pan", hovermode="closest",
        legend=dict(itemsizing="constant", itemclick=False, itemdoubleclick=False),
        margin=dict(l=10, r=10, t=fig.layout.margin.t if lang == "ar" else 60, b=40),  # Arabic: room for the modebar
    )  # fmt: skip
    return fig


def _outside_message(n: int, lang: str) -> str:
    """The note of a map whose view leaves out its farthest places (:data:`OUTLYING_SHARE`)."""
    if lang == "ar":
        return f"{count_phrase(n, 'place', 'ar')} خارج العرض، تذكرها مقالات قليلة: صغّر الخريطة لرؤيتها"
    return f"{count_phrase(n, 'place', 'en')} outside the view, named by few articles: zoom out to see them"
