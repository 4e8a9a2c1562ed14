"""Clickable matrices: an invisible marker at the centre of every filled heatmap cell.

plotly.js cannot select a point of a heatmap trace: a click sends ``plotly_selected`` with no
points, so a dashboard waiting for a selection never hears of it. :func:`add_cell_targets`
lays a scatter trace of square markers over the cells that hold a value, with the cell's
``customdata`` and hover text. The markers are transparent, so the figure looks (and exports)
the same, but a click on a cell selects its marker, and the selected cell is outlined.
"""

from __future__ import annotations

import re

import plotly.graph_objects as go

#: Name of the overlay trace (tests and the dashboard find it by name).
CELL_TARGETS = "cell targets"
#: The selected cell: a white veil inside a near-black outline. No one colour stands out on both the
#: palest and the darkest cell of a colour scale; the veil makes any cell light enough for the
#: outline to show (the veil is the marker's fill, the outline its line).
SELECTED_OUTLINE = "#1b1b1b"
SELECTED_VEIL = "rgba(255,255,255,0.6)"
_Z = re.compile(r"%\{z(:[^}]*)?\}")


def add_cell_targets(fig: go.Figure, *, trace: int = 0, size: int = 14) -> go.Figure:
    """Add the click targets of heatmap ``fig.data[trace]`` to ``fig`` (in place) and return it.

    One marker per cell whose ``z`` is not ``None``, at ``(x[j], y[i])``, carrying the cell's
    ``customdata[i][j]`` and the heatmap's ``hovertemplate``; the heatmap stops answering the
    hover itself, so there is one hover label, the marker's (a click takes its point from the
    hover). ``size`` is the marker's width in pixels (about a row of
    :func:`analysis.viz.heatmap.matrix_height`); a click farther from the centre still lands on
    the closest marker within plotly's hover distance.
    """
    heat = fig.data[trace]
    xs, ys, zs, custom = list(heat.x), list(heat.y), heat.z, heat.customdata
    px, py, pz, pc = [], [], [], []
    for i, y in enumerate(ys):
        for j, x in enumerate(xs):
            value = zs[i][j]
            if value is None:
                continue
            px.append(x)
            py.append(y)
            pz.append(value)
            pc.append(list(custom[i][j]) if custom is not None else [y, x])
    if not px:
        return fig
    # a scatter point has no z: the cell's value is the marker's text, written as the heatmap did
    template = _Z.sub("%{text}", heat.hovertemplate) if heat.hovertemplate else None
    fig.add_trace(
        go.Scatter(
            x=px,
            y=py,
            mode="markers",
            name=CELL_TARGETS,
            showlegend=False,
            customdata=pc,
            marker=dict(
                symbol="square",
                size=size,
                color=SELECTED_VEIL,
                opacity=0,
                line=dict(width=2.5, color=SELECTED_OUTLINE),
            ),
            selected=dict(marker=dict(opacity=1)),
            unselected=dict(marker=dict(opacity=0)),
            text=[_fmt(v) for v in pz],
            hovertemplate=template,
        )
    )
    heat.update(hoverinfo="skip", hovertemplate=None)
    return fig


def _fmt(value) -> str:
    """A cell value as the heatmap's hover wrote it (``%{z:.3~f}``: up to three decimals, no trailing zeros)."""
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    return f"{float(value):.3f}".rstrip("0").rstrip(".")
