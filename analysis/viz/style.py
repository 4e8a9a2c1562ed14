"""What every chart shares: the Arabic-capable font, safe labels, colours and the base layout.

Plotly lays every text element out left to right and renders text, hover text and tick
labels as a small subset of HTML. Two rules follow, and every chart module obeys them by
building its strings with :func:`label`, :func:`bilingual` and :func:`hover_lines`:

- *Right to left*: a label with Arabic letters is wrapped in RLE…PDF (:func:`rtl_label`),
  so ``الطريق الدولي M4`` keeps M4 at its left end and ``(قسد)`` keeps its brackets.
  Text is always given in logical order: reshaped (presentation-form) text is converted
  back, never produced (see /work/shared/RTL.md).
- *Article text is data, not markup*: ``<``, ``>`` and ``&`` are escaped
  (:func:`escape_plotly`), so ``<img src=x onerror=…>`` in an article shows as text.
"""

from __future__ import annotations

import math
import re
import unicodedata
import weakref
from collections.abc import Iterable, Mapping

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from analysis.text.arabic import ARABIC_PRESENTATION_FORMS, ARABIC_SCRIPT
from analysis.viz.patch import append_annotation, axis_keys, patch_axes, patch_layout, patch_trace

#: Noto Sans Arabic has no Latin letters, so Noto Sans follows it; Amiri covers both scripts.
FONT_FAMILY = "Noto Sans Arabic, Noto Sans, Amiri, sans-serif"
FONT_SIZE = 13
LANGS = ("both", "en", "ar")
#: Trace types drawn with a colour bar beside the plot (on its left in Arabic: :func:`mirror_rtl`).
COLOUR_SCALE_TRACES = ("heatmap", "histogram2d", "contour")

RLE, PDF = "\u202b", "\u202c"
_ARABIC_RE = re.compile(f"[{ARABIC_SCRIPT}{ARABIC_PRESENTATION_FORMS}]")
_PRESENTATION_RE = re.compile(f"[{ARABIC_PRESENTATION_FORMS}]+")
#: Explicit bidi controls inside data would fight our own wrapping (or spoof it): dropped.
_BIDI_CONTROLS_RE = re.compile("[\u202a-\u202e\u2066-\u2069]")
_SPACE_RE = re.compile(r"\s+")

NO_DATA = {"en": "No data for this selection", "ar": "لا توجد بيانات لهذا الاختيار"}

#: Text colours, set on every text element of a figure (WCAG AA: 4.5:1 against the white page).
#: Streamlit's chart theme greys ticks and axis titles (#808495, 3.7:1) unless the figure says.
TEXT_COLOR = "#1f2430"  # 15:1: titles, legends, hover text
MUTED_TEXT_COLOR = "#4a4f5c"  # 8.2:1 on white, 7.3:1 on Streamlit's grey: ticks and axis titles
HOVER_BACKGROUND = "#ffffff"
HOVER_BORDER = "#5f6368"

#: Entity types (actors.yaml, regions.yaml). Actors get saturated colours, regions muted ones.
ENTITY_TYPE_COLORS = {
    # actors
    "state": "#1f77b4",
    "government": "#17becf",
    "armed_group": "#d62728",
    "organisation": "#2ca02c",
    "alliance": "#9467bd",
    "person": "#ff7f0e",
    "media": "#8c564b",
    "ethnic_group": "#e377c2",
    "process": "#bcbd22",
    # regions
    "country": "#4c6a92",
    "region": "#7f9c6b",
    "governorate": "#a58a5c",
    "city": "#b5651d",
    "town": "#c9a66b",
    "road": "#6b6b6b",
    "sea": "#3d9dbf",
    "theatre": "#8e6c8a",
    # fallbacks when no entity table is given
    "actor": "#1f77b4",
}
OTHER_COLOR = "#9e9e9e"

#: Legend and hover names of the entity types, in English and Arabic.
ENTITY_TYPE_NAMES = {
    "state": ("state", "دولة"),
    "government": ("government", "حكومة"),
    "armed_group": ("armed group", "جماعة مسلحة"),
    "organisation": ("organisation", "منظمة"),
    "alliance": ("alliance", "تحالف"),
    "person": ("person", "شخص"),
    "media": ("media", "إعلام"),
    "ethnic_group": ("ethnic group", "جماعة عرقية"),
    "process": ("process", "مسار"),
    "country": ("country", "دولة"),
    "region": ("region", "منطقة"),
    "governorate": ("governorate", "محافظة"),
    "city": ("city", "مدينة"),
    "town": ("town", "بلدة"),
    "road": ("road", "طريق"),
    "sea": ("sea", "بحر"),
    "theatre": ("theatre", "مسرح عمليات"),
    "actor": ("actor", "فاعل"),
    "other": ("other", "أخرى"),
    "discovered": ("found in the articles", "مستخرج من المقالات"),  # analysis.extract.discovered
    # the world gazetteer's types (analysis/data/organisations.yaml, the world files)
    "agency": ("news agency", "وكالة أنباء"),
    "area": ("area", "منطقة"),
    "company": ("company", "شركة"),
    "court": ("court", "محكمة"),
    "intergovernmental": ("intergovernmental organisation", "منظمة حكومية دولية"),
    "movement": ("movement", "حركة"),
    "ngo": ("NGO", "منظمة غير حكومية"),
    "party": ("party", "حزب"),
    "province": ("province", "مقاطعة"),
    "territory": ("territory", "إقليم"),
    "un_body": ("UN body", "هيئة أممية"),
}

#: One colour per event type of ``analysis/data/event_types.yaml`` (violence in reds and oranges,
#: diplomacy in blues and greens, words in pinks, disasters, laws and appointments in dark brown, purple and olive), grey for ``other``.
EVENT_TYPE_COLORS = {
    "phone_call": "#1f77b4",
    "bombing": "#8b0000",
    "casualties": "#d62728",
    "strike": "#ff7f0e",
    "arrest": "#5d6d7e",
    "sanctions": "#9467bd",
    "arms_transfer": "#b8860b",
    "agreement": "#2ca02c",
    "election": "#3949ab",
    "protest": "#c2185b",
    "humanitarian": "#00897b",
    "withdrawal": "#827717",
    "deployment": "#8c564b",
    "disaster": "#5d4037",  # earth brown, darker than deployment's
    "legislation": "#4a148c",  # deep purple, darker than sanctions'
    "appointment": "#33691e",  # dark olive green, apart from agreement's green and withdrawal's olive
    "talks": "#17becf",
    "condemnation": "#bcbd22",
    "statement": "#e377c2",
    "other": OTHER_COLOR,
}

#: Lines (one per entity or theme) need distinct colours, not type colours.
SERIES_COLORS = (
    "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd",
    "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f",
)  # fmt: skip


def entity_color(entity_type: str | None) -> str:
    return ENTITY_TYPE_COLORS.get(str(entity_type), OTHER_COLOR)


def event_color(event_type: str | None) -> str:
    return EVENT_TYPE_COLORS.get(str(event_type), OTHER_COLOR)


# --- strings -------------------------------------------------------------------------------


def has_arabic(s: str) -> bool:
    return bool(_ARABIC_RE.search(s))


def clean_text(value) -> str:
    """Text from the tables made safe to lay out: logical order, one line, no bidi controls.

    Presentation forms (text someone reshaped for a renderer that cannot shape) are
    turned back into letters: ``'\ufead\ufeed\ufeb3\ufef4\ufe8e'`` → ``'روسيا'``. Missing values give ``''``.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return ""
    s = _BIDI_CONTROLS_RE.sub("", str(value))
    s = _PRESENTATION_RE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), s)
    return _SPACE_RE.sub(" ", s).strip()


def escape_plotly(s: str) -> str:
    """Escape what plotly.js would read as markup: ``<script>`` → ``&lt;script&gt;``."""
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rtl_label(s: str) -> str:
    """``s`` wrapped in RLE…PDF when it holds Arabic letters, so Plotly lays it out right to left.

    ``rtl_label('الطريق الدولي M4')`` → ``'\\u202bالطريق الدولي M4\\u202c'``; Latin-only labels
    are returned unchanged, and so are labels that already carry an embedding.
    """
    if not s or RLE in s or not has_arabic(s):
        return s
    return RLE + s + PDF


def label(value) -> str:
    """Any text from the tables as a Plotly label: cleaned, escaped, RTL-wrapped if Arabic."""
    return rtl_label(escape_plotly(clean_text(value)))


def bilingual(entity: Mapping | None, lang: str = "both", *, fallback: str = "") -> str:
    """An entity's display name: ``Russia · ‫روسيا‬`` (``'both'``), ``Russia`` (``'en'``), ``‫روسيا‬`` (``'ar'``).

    ``entity`` is a mapping (or a row) with ``name_en``/``name_ar``; a missing name falls back
    to the other language and then to ``fallback`` (usually the entity id). In ``'both'`` only
    the Arabic part is RTL-embedded, so the label reads left to right with the Arabic intact.
    """
    check_lang(lang)
    entity = entity if entity is not None else {}
    en = escape_plotly(clean_text(entity.get("name_en")))
    ar = escape_plotly(clean_text(entity.get("name_ar")))
    if lang == "en":
        return en or rtl_label(ar) or escape_plotly(clean_text(fallback))
    if lang == "ar":
        return rtl_label(ar) or en or escape_plotly(clean_text(fallback))
    if en and ar:
        return f"{en} · {rtl_label(ar)}"
    return en or rtl_label(ar) or escape_plotly(clean_text(fallback))


def wrap_text(s: str, width: int = 60) -> list[str]:
    """Word-wrapped lines of at most ``width`` characters (a longer word gets a line of its own)."""
    lines: list[str] = []
    current = ""
    for word in clean_text(s).split(" "):
        if not word:
            continue
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines


def wrap_hover(s, width: int = 60) -> str:
    """Long text for a hover box: wrapped at word boundaries, each line escaped and RTL-wrapped.

    Each line gets its own RLE…PDF because ``<br>`` starts a new text line in plotly.js,
    and an embedding does not carry over to it.
    """
    return "<br>".join(rtl_label(escape_plotly(line)) for line in wrap_text(s, width))


def key_value(key: str, value: str, *, rtl: bool | None = None) -> str:
    """One ``key: value`` line of a hover box. A right-to-left key (Arabic, made by :func:`ui` or
    :func:`rtl_label`) makes the whole line right to left, so an Arabic reader meets the key first,
    on the right, and the value after it (``العدد: 5`` reads ``5 :العدد`` on screen): plotly.js lays
    each line out left to right, and the key's own embedding covers only the key. ``rtl`` says it
    for a Latin key in an Arabic chart (``NPMI``)."""
    line = f"<b>{key}</b>: {value}"
    return f"{RLE}{line}{PDF}" if (key.startswith(RLE) if rtl is None else rtl) else line


def hover_lines(pairs: Iterable[tuple[str, str]]) -> str:
    """``key: value`` lines (values already made safe with :func:`label` or :func:`wrap_hover`;
    each line by :func:`key_value`)."""
    return "<br>".join(key_value(key, value) if key else value for key, value in pairs if value != "")


def check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise ValueError(f"unknown lang {lang!r}: expected one of {', '.join(LANGS)}")


def ui(text_en: str, text_ar: str, lang: str) -> str:
    """A piece of chart furniture (axis title, hover key) in the display language."""
    return rtl_label(text_ar) if lang == "ar" else text_en


# --- entities ------------------------------------------------------------------------------


#: id of an entities table → (a weak reference to it, its length, its lookup). A gazetteer's
#: table (9,600 rows) takes 0.2–0.35 s to turn into row dicts, and every chart of a page asked
#: for it again on every filter change; the tables are read-only, so one lookup per table serves.
_LOOKUPS: dict[int, tuple[weakref.ref[pd.DataFrame], int, dict[str, dict]]] = {}
_MAX_LOOKUPS = 8


def entity_lookup(entities: pd.DataFrame | None) -> dict[str, dict]:
    """``entity_id`` → row dict, from a gazetteer ``entities_table()`` (or ``{}``).

    Built once per table object (tables are never changed after they are built): the dict is
    shared, so read it, never change it."""
    size = 0 if entities is None else len(entities)
    if entities is None or size == 0:
        return {}
    cached = _LOOKUPS.get(id(entities))
    if cached is not None and cached[0]() is entities and cached[1] == size:
        return cached[2]
    lookup = {str(r["entity_id"]): r for r in entities.to_dict("records")}
    for key in [k for k, (ref, _, _) in _LOOKUPS.items() if ref() is None]:
        del _LOOKUPS[key]  # tables gone (an older gazetteer)
    if len(_LOOKUPS) >= _MAX_LOOKUPS:
        _LOOKUPS.clear()
    _LOOKUPS[id(entities)] = (weakref.ref(entities), size, lookup)
    return lookup


def entity_label(entity_id: str, lookup: Mapping[str, Mapping], lang: str) -> str:
    return bilingual(lookup.get(str(entity_id)), lang, fallback=str(entity_id))


def entity_type(entity_id: str, lookup: Mapping[str, Mapping], default: str = "other") -> str:
    row = lookup.get(str(entity_id))
    value = clean_text(row.get("type")) if row else ""
    return value or default


def type_label(entity_type_: str, lang: str) -> str:
    """An entity type for a legend: ``'armed group'`` (``'both'``, ``'en'``), ``‫جماعة مسلحة‬`` (``'ar'``)."""
    en, ar = ENTITY_TYPE_NAMES.get(entity_type_, (entity_type_.replace("_", " "), ""))
    return label(ar) if lang == "ar" and ar else label(en)


def entity_short_label(entity_id: str, lookup: Mapping[str, Mapping], lang: str, *, max_chars: int = 24) -> str:
    """One name, for crowded places (heatmap columns, network nodes): Arabic for ``'ar'``, else English.

    Cut to ``max_chars`` with ``…``: ``'Autonomous Administration of North and East Syria'`` →
    ``'Autonomous Administrati…'``. Hover texts keep the full :func:`bilingual` name.
    """
    entity = lookup.get(str(entity_id)) or {}
    en, ar = clean_text(entity.get("name_en")), clean_text(entity.get("name_ar"))
    name = (ar or en) if lang == "ar" else (en or ar)
    name = name or clean_text(entity_id)
    if len(name) > max_chars:
        name = name[: max_chars - 1].rstrip() + "…"
    return rtl_label(escape_plotly(name))


# --- layout --------------------------------------------------------------------------------


#: Validated once: assigning a template through plotly's validators deep-copies and re-checks
#: it (~30 ms per figure, most of a small chart's build time).
_TEMPLATE = pio.templates["plotly_white"]


def _set_template(fig: go.Figure) -> None:
    layout = fig.layout
    validate = getattr(layout, "_validate", None)
    if validate is None:  # not the plotly we know: take the slow, validated path
        fig.update_layout(template=_TEMPLATE)
        return
    layout._validate = False  # what plotly itself does for its (already valid) default template
    try:
        layout.template = _TEMPLATE
    finally:
        layout._validate = validate


def legend_entry_px(name: str, *, font_px: float = FONT_SIZE * 0.55) -> int:
    """The width of a legend entry (its symbol and ``name``), an estimate."""
    return 50 + int(font_px * len(name))


def legend_rows(names: Iterable[str], *, width_px: int = 520, font_px: float = FONT_SIZE * 0.55) -> int:
    """Rows a horizontal legend of ``names`` needs in a chart ``width_px`` wide (an estimate)."""
    rows, used = 0, width_px
    for name in names:
        item = legend_entry_px(name, font_px=font_px)
        if used + item > width_px:
            rows, used = rows + 1, 0
        used += item
    return rows


def ranked_category_axis(fig: go.Figure, keys: list, labels: list[str], lang: str = "both") -> go.Figure:
    """The y axis of a ranked horizontal chart: ``keys`` top to bottom, shown as ``labels``.

    For ``lang='ar'`` the chart is mirrored as Arabic readers expect it: names on the right,
    bars growing leftwards from them (:func:`mirror_bars`).
    """
    patch_axes(fig, "y", {
        "type": "category", "categoryorder": "array", "categoryarray": keys[::-1], "tickvals": keys,
        "ticktext": labels, "title": {}, "automargin": True,
    })  # fmt: skip
    return mirror_bars(fig) if lang == "ar" else fig


#: Date ticks written with digits only, finer as one zooms in. plotly.js names months in
#: English ("Jan 2019") unless a locale bundle is registered, which neither Streamlit's
#: plotly.js nor kaleido's offers; digits read the same in an Arabic interface.
NUMERIC_DATE_TICKS = (
    dict(dtickrange=[None, "M1"], value="%Y-%m-%d"),
    dict(dtickrange=["M1", "M12"], value="%Y-%m"),
    dict(dtickrange=["M12", None], value="%Y"),
)


def date_axis(fig: go.Figure, title: str, lang: str = "both") -> go.Figure:
    """The x axis as a date axis titled ``title``; for ``lang='ar'`` its ticks are digits only."""
    patch_axes(fig, "x", {"type": "date", "title": {"text": title}})
    if lang == "ar":
        patch_axes(fig, "x", {"tickformatstops": [dict(stop) for stop in NUMERIC_DATE_TICKS]})
    return fig


def mirror_bars(fig: go.Figure, **subplot) -> go.Figure:
    """Horizontal bars read right to left: category axis on the right, value axis reversed.

    ``subplot``: ``row=…, col=…`` to mirror one subplot of a grid only.
    """
    if subplot:
        fig.update_yaxes(side="right", ticklabelstandoff=4, **subplot)
        fig.update_xaxes(autorange="reversed", **subplot)
        return fig
    patch_axes(fig, "y", {"side": "right", "ticklabelstandoff": 4})
    return patch_axes(fig, "x", {"autorange": "reversed"})


def base_layout(fig: go.Figure, title: str, lang: str = "both", *, legend: bool = False) -> go.Figure:
    """House layout: font, white template, margins, hover font; the title on the right for ``'ar'``.

    The legend (when shown) always sits under the plot, in its own strip at the bottom of the
    figure (``yref='container'``): plotly.js then shrinks the plot to make room, so the legend can
    never cover the title, the plot or the x-axis title, whatever the width. It starts at the
    left for ``'both'``/``'en'`` and at the right for ``'ar'``.
    """
    check_lang(lang)
    right = lang == "ar"
    _set_template(fig)
    patch_layout(fig, _house_layout(right))
    patch_layout(fig, {"title": {"text": label(title)}, "showlegend": legend})
    readable_axes(fig)
    return mirror_rtl(fig) if right else fig


def _house_layout(right: bool) -> dict:
    """What :func:`base_layout` sets besides the title's text and ``showlegend``, in plotly's own
    form (:func:`analysis.viz.patch.patch_layout`); a fresh dict each time (the figure keeps it)."""
    font = {"family": FONT_FAMILY, "size": FONT_SIZE, "color": TEXT_COLOR}
    return {
        "font": font,
        "title": {
            "x": 0.98 if right else 0.02,
            "xanchor": "right" if right else "left",
            "font": {**font, "size": FONT_SIZE + 4},
        },
        "margin": {"l": 40, "r": 40, "t": 70, "b": 50},
        "hoverlabel": {
            "font": dict(font),
            "bgcolor": HOVER_BACKGROUND,
            "bordercolor": HOVER_BORDER,
            "align": "right" if right else "left",
        },
        "legend": {
            "orientation": "h",
            "yref": "container",
            "y": 0,
            "yanchor": "bottom",
            "xanchor": "right" if right else "left",
            "x": 1 if right else 0,
            "font": {"size": FONT_SIZE - 1, "color": TEXT_COLOR},
            "title": {},  # what update_layout(legend_title=None) leaves
        },
    }


def readable_axes(fig: go.Figure) -> go.Figure:
    """Ticks, axis titles and colour-bar text dark enough to read (WCAG AA, 4.5:1): plotly's and
    Streamlit's templates grey them to 3.7:1."""
    for letter in "xy":
        patch_axes(
            fig, letter, {"tickfont": {"color": MUTED_TEXT_COLOR}, "title": {"font": {"color": MUTED_TEXT_COLOR}}}
        )
    for index, trace in enumerate(fig.data):
        if "colorbar" in trace:
            patch_trace(fig, index, {"colorbar": {"tickfont": {"color": MUTED_TEXT_COLOR},
                                                  "title": {"font": {"color": TEXT_COLOR}}}})  # fmt: skip
    return fig


#: Room above the title for the modebar (drawn over the top right corner, where an Arabic
#: title ends), in pixels.
MODEBAR_CLEARANCE = 34


def mirror_rtl(fig: go.Figure) -> go.Figure:
    """The whole chart mirrored for a right-to-left reader (every figure builder's ``lang='ar'``,
    through :func:`base_layout`):

    - category labels and value axes on the right (every y axis ``side='right'``);
    - the x axis reversed where its order is the reading order: categories (heatmap columns run
      from the right) and time (a date axis runs from the right, the earliest date at the right,
      as Arabic text runs; so does a chart of vertical bars). A numeric x axis is reversed only
      under horizontal bars (the bars grow leftwards from their names, :func:`mirror_bars`);
      positions (the network's layout) are left alone. An explicit range is swapped, not dropped;
    - colour bars on the left, clear of the names;
    - the title right-aligned under the modebar (which plotly.js draws over the top right corner).

    Idempotent: an axis already reversed stays reversed.
    """
    horizontal_bars = {
        (getattr(t, "xaxis", None) or "x")
        for t in fig.data
        if t.type == "bar" and getattr(t, "orientation", None) == "h"
    }
    vertical_bars = {
        (getattr(t, "xaxis", None) or "x")
        for t in fig.data
        if t.type in ("bar", "histogram") and getattr(t, "orientation", None) != "h"
    }
    for key in axis_keys(fig, "x"):
        axis = fig.layout[key]
        if axis.type in ("category", "date") or "x" + key[5:] in horizontal_bars or "x" + key[5:] in vertical_bars:
            _reverse(fig, key, axis)
    patch_axes(fig, "y", {"side": "right"})
    for index, trace in enumerate(fig.data):
        if "colorbar" in trace and trace.type in COLOUR_SCALE_TRACES:
            patch_trace(fig, index, {"colorbar": {"x": 0, "xref": "container", "xanchor": "left"}})
    patch_layout(fig, {"title": {"yref": "container", "y": 1, "yanchor": "top", "pad": {"t": MODEBAR_CLEARANCE}}})
    if (fig.layout.margin.t or 0) < MODEBAR_CLEARANCE + 40:
        patch_layout(fig, {"margin": {"t": MODEBAR_CLEARANCE + 40}})
    return fig


def _reverse(fig: go.Figure, key: str, axis) -> None:
    """The axis ``key`` (``axis``: its object, to read) reversed: an explicit range swapped."""
    if axis.range is not None and len(axis.range) == 2:
        first, last = axis.range
        if str(first) < str(last) if isinstance(first, str) else first < last:
            patch_layout(fig, {key: {"range": [last, first]}})
    elif axis.autorange != "reversed":
        patch_layout(fig, {key: {"autorange": "reversed"}})


def empty_figure(title: str, lang: str = "both", message: str | None = None) -> go.Figure:
    """A figure that says there is nothing to draw (instead of raising on an empty table)."""
    check_lang(lang)
    text = message or (NO_DATA["ar"] if lang == "ar" else NO_DATA["en"])
    fig = go.Figure()
    append_annotation(fig, {
        "text": label(text), "x": 0.5, "y": 0.5, "xref": "paper", "yref": "paper", "showarrow": False,
        "font": {"size": FONT_SIZE + 3},
    })  # fmt: skip
    patch_axes(fig, "x", {"visible": False})
    patch_axes(fig, "y", {"visible": False})
    return base_layout(fig, title, lang)


def is_empty(*tables: pd.DataFrame | None) -> bool:
    return any(t is None or len(t) == 0 for t in tables)
