"""What a number covers: the footer every exported chart carries.

``Provenance.of(tables, spec)`` records the corpus name, the filters in force
(:func:`describe_filters`), the number of articles and sentences behind the chart and
the export date; :func:`with_footer` returns a copy of a figure with that line at the bottom::

    Corpus: seeds · Filters: sources: ترك برس · 1 article, 23 sentences · Exported 2026-05-01
"""

from __future__ import annotations

import copy
import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go

from analysis.aggregate.filters import FilterSpec
from analysis.briefing.words import word
from analysis.charts.summaries import arabic_day, arabic_names
from analysis.extract.events import load_event_types
from analysis.schema import CorpusTables
from analysis.text.arabic import ARABIC_SCRIPT
from analysis.text.plurals import count_phrase
from analysis.viz.patch import append_annotation, axis_keys, figure_dicts, patch_layout
from analysis.viz.style import (
    COLOUR_SCALE_TRACES,
    FONT_FAMILY,
    PDF,
    RLE,
    clean_text,
    escape_plotly,
    legend_entry_px,
)

FOOTER_FONT_SIZE = 11
#: Below this width (CSS px) a footer is anchored at the plot's right edge in English too (:func:`footer_patch`).
NARROW_FOOTER_WIDTH = 700
#: A footer line as plotly.js lays it out at FOOTER_FONT_SIZE (measured in Chromium: 20 px; at 16 a legend of five
#: rows placed above the footer's estimate overlapped its first line, tests/browser/test_arabic_complete.py).
_LINE_PX = 20
_ARABIC_RUN_RE = re.compile(rf"[{ARABIC_SCRIPT}]+(?:[\s{ARABIC_SCRIPT}()]*[{ARABIC_SCRIPT})])?")
LRM = "\u200e"
_TAGS_RE = re.compile(r"<[^>]+>")
_CONTROLS_RE = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def describe_filters(
    spec: FilterSpec | None,
    lang: str = "en",
    entities: pd.DataFrame | None = None,
    *,
    name: Callable[[str], str] | None = None,
    type_name: Callable[[str], str] | None = None,
    day: Callable[[dt.date], str] | None = None,
    mode: Callable[[str], str] | None = None,
    isolate: bool = False,
) -> str:
    """The filters in force as one line in ``lang``, entities by their names in that language:
    the one filters line of the project (the briefing's footers and cover, the dashboard's line).

    English: ``actors: Russia, Turkey (any) · regions: Idlib · published: 2019-03-01 – 2019-04-30``.
    Arabic, with no code or English word left: ``الفاعلون: روسيا، تركيا (أيّ منها) · المناطق: إدلب
    · النشر: من 1 مارس 2019``; ``بلا مرشحات`` when there are none. The words are in
    ``analysis/data/briefing.yaml``. A caller with names of its own (the dashboard's ``روسيا ·
    Russia``) passes ``name``, ``type_name``, ``day`` (default: written out in Arabic, ISO in
    English) and ``mode``; ``isolate`` wraps every name, source and date in FSI…PDI, so a Latin name
    or an ISO date keeps its order inside a right-to-left line.
    """
    spec = spec or FilterSpec()
    if spec.is_empty:
        return word("filters_none", lang)
    ar = lang == "ar"
    if name is None:
        named = [*spec.actors, *spec.regions]
        if named and entities is not None and not entities.empty:
            chosen = entities[entities["entity_id"].isin(named)]  # 10k entities: name only the chosen ones
            names = (
                arabic_names(chosen)
                if ar
                else {str(i): clean_text(e) for i, e in zip(chosen["entity_id"], chosen["name_en"])}
            )
        else:
            names = {}
        name = lambda i: names.get(i) or i  # noqa: E731
    if type_name is None:
        labels = load_event_types().labels("ar" if ar else "en")
        type_name = lambda t: labels.get(str(t), str(t))  # noqa: E731
    day = day or (arabic_day if ar else str)
    mode = mode or (lambda m: word(f"filter_mode_{m}", lang))
    wrap = (lambda v: f"\u2068{v}\u2069") if isolate else str
    comma = word("list_separator", lang)

    def listed(values) -> str:
        return comma.join(wrap(v) for v in values)

    parts = []
    if spec.actors:
        parts.append(word("filter_actors", lang, names=listed(map(name, spec.actors)), mode=mode(spec.actor_mode)))
    if spec.regions:
        parts.append(word("filter_regions", lang, names=listed(map(name, spec.regions))))
    first, last = (wrap(day(d)) if d else None for d in (spec.date_from, spec.date_to))
    if first and last:
        parts.append(word("filter_from_to", lang, first=first, last=last))
    elif first or last:
        parts.append(word("filter_from", lang, first=first) if first else word("filter_to", lang, last=last))
    if spec.sources:
        parts.append(
            word("filter_sources", lang, names=listed(s or word("filter_no_source", lang) for s in spec.sources))
        )
    if spec.event_types:
        parts.append(word("filter_types", lang, names=listed(map(type_name, spec.event_types))))
    return " · ".join(parts)


@dataclass(frozen=True)
class Provenance:
    corpus: str
    #: The filters in English and in Arabic (:func:`describe_filters`, entities by their names).
    filters: str
    n_articles: int
    n_sentences: int
    exported: dt.date = field(default_factory=dt.date.today)
    filters_ar: str = "بلا مرشحات"

    @classmethod
    def of(
        cls,
        tables: CorpusTables,
        spec: FilterSpec | None = None,
        *,
        corpus: str | None = None,
        exported: dt.date | None = None,
        entities: pd.DataFrame | None = None,
    ) -> Provenance:
        """Provenance of ``tables`` (already filtered by ``spec``); ``entities`` names the filters' entities."""
        return cls(
            corpus=corpus or tables.name,
            filters=describe_filters(spec, "en", entities),
            n_articles=len(tables.documents),
            n_sentences=len(tables.sentences),
            exported=exported or dt.date.today(),
            filters_ar=describe_filters(spec, "ar", entities),
        )  # fmt: skip

    def filter_text(self, lang: str = "en") -> str:
        return self.filters_ar if lang == "ar" else self.filters

    def text(self, lang: str = "en") -> str:
        """The footer as plain logical-order text (for PDF, PPTX and tests), in ``lang`` alone."""
        if lang == "ar":
            return (
                f"المدونة: {self.corpus} · المرشحات: {self.filters_ar} · "
                f"{count_phrase(self.n_articles, 'article')}، {count_phrase(self.n_sentences, 'sentence')}"
                f" · تاريخ التصدير {arabic_day(self.exported)}"
            )
        return (
            f"Corpus: {self.corpus} · Filters: {self.filters} · {count_phrase(self.n_articles, 'article', 'en')}, "
            f"{count_phrase(self.n_sentences, 'sentence', 'en')} · Exported {self.exported.isoformat()}"
        )


def embed_arabic_runs(s: str) -> str:
    """Each Arabic run of an LTR line wrapped in RLE…PDF and closed by an LRM.

    Without the LRM the neutral `` · `` and the digit after the run join it, and
    ``sources: ترك برس · 5 articles`` shows as ``sources: 5 · ترك برس articles``.
    """
    return _ARABIC_RUN_RE.sub(lambda m: RLE + m.group() + PDF + LRM, s)


def plain(s: str) -> str:
    """Text as a reader sees it: no markup, no bidi controls (for comparisons)."""
    return _CONTROLS_RE.sub("", _TAGS_RE.sub("", s)).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _wrap(s: str, width: int) -> list[str]:
    lines, current = [], ""
    for part in s.split(" · "):
        if current and len(current) + 3 + len(part) > width:
            lines.append(current)
            current = part
        else:
            current = f"{current} · {part}" if current else part
    return lines + ([current] if current else [])


def _bottom_extent(fig: go.Figure) -> int:
    """A generous estimate of what the bottom x axes need below the plot (ticks and titles), px.

    Read from the figure's own property dicts (:func:`analysis.viz.patch.figure_dicts`): walking
    plotly's layout objects took ~8 ms a chart, and every new selection footers a page's charts."""
    layout, traces = figure_dicts(fig)
    needed = 0
    font = (layout.get("font") or {}).get("size") or 13
    for name in axis_keys(fig, "x"):
        axis = layout.get(name) or {}
        if axis.get("visible") is False or axis.get("side") == "top":
            continue
        labels = [plain(str(t)) for t in (axis.get("ticktext") or [])]
        if not labels:
            for trace in traces:
                if trace.get("xaxis") == ("x" + name[5:]) and trace.get("x") is not None:
                    labels = [plain(str(v)) for v in list(trace["x"])[:200]]
                    break
        longest = max((len(t) for t in labels), default=4)
        angle = axis.get("tickangle")
        angle = abs(angle) if isinstance(angle, (int, float)) else 0
        extent = font + 10 if not angle else int(longest * font * 0.52 * math.sin(math.radians(angle))) + font + 6
        if axis.get("type") == "date" and not angle:
            # ticks a few days apart write the year on a second line ("Jul 12" over "2015"): the 31k timeline's
            # axis title ran into the footer's first line
            extent += 2 * font
        title = axis.get("title")
        if title.get("text") if isinstance(title, dict) else title:
            extent += font + 18  # at + 14 an Arabic title's descenders touched the footer's first line
        needed = max(needed, extent)
    return needed


def footer_patch(fig: go.Figure, provenance: Provenance, *, lang: str = "en", width: int = 1200) -> tuple[dict, dict]:
    """What :func:`with_footer` adds to ``fig``: a layout patch (the new height and bottom margin,
    in plotly's own form) and the footer's annotation. ``fig`` is only read."""
    layout, traces = figure_dicts(fig)
    text = provenance.text(lang)
    narrow = width < NARROW_FOOTER_WIDTH
    # A narrow chart's footer starts at its plot's edge (below); a colour bar beside the plot moves that
    # edge in by its width, and a footer wrapped for the whole width ran off the figure's other side.
    available = width - (_COLOUR_BAR_PX if narrow and _has_colour_bar(traces) else 0)
    chars_per_line = max(40, int(available / (FOOTER_FONT_SIZE * 0.58)))
    lines = _wrap(text, chars_per_line)
    footer_px = _LINE_PX * len(lines) + 10
    margin_b = (layout.get("margin") or {}).get("b")
    margin_b = margin_b if margin_b is not None else 80
    axes_px = _bottom_extent(fig)
    legend_px = _bottom_legend_extent(layout, traces, width)
    new_b = max(margin_b, axes_px + legend_px) + footer_px
    height = layout.get("height") or 500
    if lang == "ar":
        body = "<br>".join(RLE + escape_plotly(clean_text(line)) + PDF for line in lines)
    else:
        body = "<br>".join(embed_arabic_runs(escape_plotly(clean_text(line))) for line in lines)
    # Plotly places an annotation on the plot area, which in a narrow bar chart starts half-way across
    # (the names on its left; on its right in Arabic, the chart mirrored): there the footer starts at the
    # plot's edge beside the figure's and runs over the names, inside the figure.
    if lang == "ar":
        x, anchor, align = (0.0, "left", "right") if narrow else (1.0, "right", "right")
    else:
        x, anchor, align = (1.0, "right", "right") if narrow else (0.0, "left", "left")
    footer = {
        "text": body, "name": "provenance", "xref": "paper", "yref": "paper", "x": x, "y": 0, "xanchor": anchor,
        "yanchor": "bottom", "yshift": -new_b + 4, "showarrow": False, "align": align,
        "font": {"family": FONT_FAMILY, "size": FOOTER_FONT_SIZE, "color": "#555"},
    }  # fmt: skip
    patch: dict = {"height": height + (new_b - margin_b), "margin": {"b": new_b}}
    if legend_px:  # the legend's strip (house layout: the container's bottom) goes up above the footer,
        # and spans the figure's width, as estimated (on the plot's, a narrow ranked chart's legend wrapped
        # into one column, taller than its strip, and ran over the footer)
        patch["legend"] = {"y": round((footer_px + _LEGEND_GAP_PX) / patch["height"], 4), "xref": "container"}
    return patch, footer


#: A colour bar with its ticks and title (a heatmap's: beside the plot, on its left in Arabic).
_COLOUR_BAR_PX = 90


def _has_colour_bar(traces: list[dict]) -> bool:
    return any(t.get("type") in COLOUR_SCALE_TRACES and t.get("showscale") is not False
               for t in traces)  # fmt: skip


#: A horizontal legend's row, and its padding (plotly.js at the house's legend font).
_LEGEND_ROW_PX = 21
_LEGEND_PAD_PX = 10
#: Between the legend's box and the footer's first line.
_LEGEND_GAP_PX = 10


def _bottom_legend_extent(layout: dict, traces: list[dict], width: int) -> int:
    """The height of the legend strip at the bottom of the figure (the house layout's legend:
    horizontal, at the container's bottom), estimated for a figure ``width`` px wide; 0 for none."""
    legend = layout.get("legend") or {}
    if not layout.get("showlegend") or legend.get("yref") != "container" or legend.get("orientation") != "h":
        return 0
    if legend.get("y", 0) != 0 or legend.get("yanchor") != "bottom":
        return 0
    names = [str(t.get("name")) for t in traces if t.get("name") and t.get("showlegend") is not False]
    if not names:
        return 0
    # plotly.js lays a legend that wraps out in columns as wide as its widest entry
    columns = max(1, max(200, width - 40) // max(legend_entry_px(n) for n in names))
    return _LEGEND_ROW_PX * math.ceil(len(names) / columns) + _LEGEND_PAD_PX + _LEGEND_GAP_PX


def with_footer(
    fig: go.Figure, provenance: Provenance, *, lang: str = "en", width: int = 1200, inplace: bool = False
) -> go.Figure:
    """A copy of ``fig`` with the provenance line(s) at the bottom edge; ``fig`` is untouched
    (with ``inplace``, ``fig`` itself gets them: copying a map's outlines takes a third of a second).

    The bottom margin grows to hold the axis labels (estimated) plus the footer, and the
    figure gets that much taller, so the plot area keeps its size (:func:`footer_patch`).
    """
    out = fig if inplace else go.Figure(copy.deepcopy(fig.to_dict()))
    layout_patch, footer = footer_patch(out, provenance, lang=lang, width=width)
    patch_layout(out, layout_patch)
    append_annotation(out, footer)
    return out
