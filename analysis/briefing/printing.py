"""A chart made ready for a printed page: drawn at a width whose text prints at 8 pt or more on A4,
without its own title (the page prints it once) and, when it is a large matrix, in bands of rows
(the rows of a square entity matrix named by their short column names).

    parts = print_figures(fig)           # [fig] or several bands of a big heatmap, titles removed
    png = export_figure(parts[0], "png", width=PRINT_WIDTH_PX, scale=PRINT_SCALE)

The figure's data is not changed: a band holds the screen's rows, in the screen's order, with all
its columns (a 25 × 25 co-mention matrix prints as two bands of 13 and 12 rows).
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass

import plotly.graph_objects as go

from analysis.viz.clickable import CELL_TARGETS

#: The chart's width on the page: A4 (210 mm) less two 15 mm margins.
PRINTED_WIDTH_MM = 180.0
#: CSS pixels a printed chart is laid out in: 10 px text (the smallest the charts use) prints at
#: 10 × 180 mm / 620 px = 2.9 mm = 8.2 pt.
PRINT_WIDTH_PX = 620
#: Pixels per CSS pixel of the PNG: 2480 px over 180 mm, about 350 dpi.
PRINT_SCALE = 4
#: The smallest text a printed chart may hold, in points.
MIN_PRINT_PT = 8.0
#: Rows of a matrix per band, and the bands printed before the rest is left out (said in the note).
BAND_ROWS = 13
MAX_BANDS = 3
#: The tallest a chart other than a matrix is drawn for print (about 150 mm): a bar chart of ten
#: actors drawn 744 px tall took a page of its own and pushed its evidence to the next.
MAX_PRINT_HEIGHT_PX = 520
_MM_PER_PT = 25.4 / 72
_PLOTLY_DEFAULT_FONT_PX = 12
_ROW_PX = 26  # a matrix row's height (analysis.viz.heatmap.matrix_height)


def printed_pt(px: float, width_px: int = PRINT_WIDTH_PX) -> float:
    """The printed size, in points, of ``px`` CSS pixels of a chart laid out ``width_px`` wide."""
    return px * PRINTED_WIDTH_MM / width_px / _MM_PER_PT


def font_sizes(fig: go.Figure) -> list[float]:
    """Every font size the figure sets or inherits for visible text (layout, axes, legend,
    colour bars, annotations, trace text), in CSS pixels."""
    spec = fig.to_dict()
    layout = spec.get("layout", {})
    base = ((layout.get("font") or {}).get("size")) or _PLOTLY_DEFAULT_FONT_PX
    sizes = [float(base)]

    def walk(node, key=""):
        if isinstance(node, dict):
            for k, v in node.items():
                if k in ("font", "textfont", "tickfont", "insidetextfont", "outsidetextfont") and isinstance(v, dict):
                    size = v.get("size")
                    if isinstance(size, (int, float)):
                        sizes.append(float(size))
                    elif isinstance(size, (list, tuple)):
                        sizes.extend(float(s) for s in size if isinstance(s, (int, float)))
                elif k != "hoverlabel":  # hover text is not printed
                    walk(v, k)
        elif isinstance(node, (list, tuple)):
            for item in node:
                walk(item, key)

    walk(layout)
    walk(spec.get("data", []))
    return sizes


def smallest_printed_pt(fig: go.Figure, width_px: int = PRINT_WIDTH_PX) -> float:
    return printed_pt(min(font_sizes(fig)), width_px)


@dataclass(frozen=True)
class PrintedChart:
    """The figures to print for one chart and what was left out of a large matrix."""

    figures: list[go.Figure]
    rows_shown: int = 0
    rows_total: int = 0

    @property
    def reduced(self) -> bool:
        return self.rows_shown < self.rows_total


def _untitled(fig: go.Figure) -> go.Figure:
    """A copy of ``fig`` without its title, nor the click targets of its matrix (paper is not
    clicked: :mod:`analysis.viz.clickable`)."""
    out = go.Figure(copy.deepcopy(fig.to_dict()))
    out.data = [trace for trace in out.data if trace.name != CELL_TARGETS]
    if out.layout.title and out.layout.title.text:
        top = out.layout.margin.t if out.layout.margin.t is not None else 70
        out.update_layout(title_text="", margin_t=min(top, 30))
    return out


def _matrix(fig: go.Figure) -> go.Heatmap | None:
    traces = [t for t in fig.data if t.type == "heatmap"]
    return traces[0] if len(traces) == 1 and len(fig.data) == 1 and traces[0].y is not None else None


def _short_row_labels(fig: go.Figure) -> None:
    """Rows of a square entity matrix named as its columns are: one short name each. The row labels
    of the bilingual chart (``Turkey · تركيا``) would take half of a page-wide chart."""
    x, y = fig.layout.xaxis, fig.layout.yaxis
    if x.tickvals is None or x.ticktext is None or y.tickvals is None:
        return
    short = dict(zip(x.tickvals, x.ticktext))
    if all(v in short for v in y.tickvals):
        y.ticktext = [short[v] for v in y.tickvals]


def _band(fig: go.Figure, start: int, stop: int) -> go.Figure:
    """The rows ``start:stop`` of a one-heatmap figure, its height cut in proportion to its rows."""
    out = go.Figure(copy.deepcopy(fig.to_dict()))
    trace = out.data[0]
    n = len(trace.y)
    rows = list(trace.y)[start:stop]
    update = {"y": rows, "z": [list(r) for r in list(trace.z)[start:stop]]}
    for name in ("customdata", "text"):
        values = getattr(trace, name)
        if values is not None and not isinstance(values, str) and len(values) == n:
            update[name] = list(values)[start:stop]
    trace.update(**update)
    axis = out.layout.yaxis
    if axis.tickvals is not None and axis.ticktext is not None:
        keep = [(v, t) for v, t in zip(axis.tickvals, axis.ticktext) if v in set(rows)]
        axis.update(tickvals=[v for v, _ in keep], ticktext=[t for _, t in keep])
    height = out.layout.height or 560
    margins = (out.layout.margin.t or 0) + (out.layout.margin.b or 0)
    labels = max(0, height - margins - _ROW_PX * n)  # what the slanted column labels take (matrix_height)
    out.update_layout(height=int(max(300, margins + labels + _ROW_PX * len(rows))))
    return out


def print_figures(fig: go.Figure, *, band_rows: int = BAND_ROWS, max_bands: int = MAX_BANDS) -> PrintedChart:
    """``fig`` for print: no title; a heatmap of more than ``band_rows`` rows in bands of at most
    ``band_rows`` (of even size), at most ``max_bands`` of them (the rows after are left out:
    :attr:`PrintedChart.reduced`)."""
    fig = _untitled(fig)
    matrix = _matrix(fig)
    if matrix is not None and len(matrix.x or ()) > band_rows:
        fig.update_xaxes(tickangle=-90)  # a column per 18 px at the page's width: slanted labels would overlap
    if matrix is not None:
        _short_row_labels(fig)
    if matrix is None and (fig.layout.height or 0) > MAX_PRINT_HEIGHT_PX:
        fig.update_layout(height=MAX_PRINT_HEIGHT_PX)  # leaves room for its evidence on the page
    if matrix is None or len(matrix.y) <= band_rows:
        n = len(matrix.y) if matrix is not None else 0
        return PrintedChart([fig], n, n)
    total = len(matrix.y)
    shown = min(total, band_rows * max_bands)
    bands = math.ceil(shown / band_rows)
    size = math.ceil(shown / bands)
    parts = [_band(fig, start, min(start + size, shown)) for start in range(0, shown, size)]
    return PrintedChart(parts, shown, total)
