"""Layout and trace updates that every figure gets, written straight into the figure's property dicts.

``fig.update_layout(...)`` validates each value and then replays the change through plotly's
relayout machinery (path parsing, change callbacks): 10–15 ms for the house layout of a small
chart, most of a bar chart's build time, and a filter change redraws a page's five charts.
The updates here are constants in plotly's own form (nested dicts for compound properties,
``title=dict(text=...)`` not ``title="..."``; ``None`` removes a plain property, and a compound
property set to ``None`` is written ``{}``, what plotly leaves for it), so nothing is
left to validate; :func:`patch_layout`, :func:`patch_axes` and :func:`patch_trace` merge them
as ``update_layout``, ``update_xaxes``/``update_yaxes`` and ``trace.update`` would, and the
figure's ``to_dict()`` is the same (``tests/analysis/viz/test_viz_patch.py`` checks each patch
against the validated call; ``bench/figure_snapshot.py`` every chart of the dashboard).

A figure object of a plotly that does not keep its properties the way these functions expect
(``fig._layout``, ``fig._data``) takes the validated path.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping

import plotly.graph_objects as go

_AXIS_KEY = {"x": re.compile(r"xaxis\d*$"), "y": re.compile(r"yaxis\d*$")}


def _props_of(fig: go.Figure) -> tuple[dict, list] | None:
    """The figure's own layout dict and trace dicts, when plotly keeps them as we expect."""
    layout, data = getattr(fig, "_layout", None), getattr(fig, "_data", None)
    if not isinstance(layout, dict) or not isinstance(data, list):
        return None
    if getattr(fig, "_in_batch_mode", False):  # inside fig.batch_update(): let plotly collect the edits
        return None
    return layout, data


def figure_dicts(fig: go.Figure) -> tuple[dict, list[dict]]:
    """The figure's layout dict and trace dicts to read (never to change): its own when plotly keeps
    them as we expect, else plotly's JSON of them."""
    props = _props_of(fig)
    if props is not None:
        return props
    return fig.layout.to_plotly_json(), [trace.to_plotly_json() for trace in fig.data]


def _merge(target: dict, patch: Mapping) -> None:
    """``patch`` into ``target`` as plotly's (non-overwriting) update does: dicts are merged
    recursively, an empty one empties the property (what ``update_layout(legend_title=None)`` leaves),
    lists are copied, other values replace, ``None`` removes a plain property."""
    for key, value in patch.items():
        if value is None:
            target.pop(key, None)
        elif isinstance(value, Mapping) and not value:
            target[key] = {}
        elif isinstance(value, Mapping):
            child = target.get(key)
            if not isinstance(child, dict):
                child = target[key] = {}
            _merge(child, value)
        elif isinstance(value, (list, tuple)):
            target[key] = list(value)
        else:
            target[key] = value


def _validated(patch: Mapping) -> dict:
    """``patch`` as plotly's own update takes it: ``{}`` (a compound property removed) is ``None`` there."""
    return {k: (_validated(v) or None) if isinstance(v, Mapping) else v for k, v in patch.items()}


def patch_layout(fig: go.Figure, patch: Mapping) -> go.Figure:
    """``fig.update_layout(_validated(patch))`` for a ``patch`` in plotly's own form (see the module's docstring)."""
    props = _props_of(fig)
    if props is None:
        fig.update_layout(_validated(patch))
    else:
        _merge(props[0], patch)
    return fig


def axis_keys(fig: go.Figure, letter: str) -> list[str]:
    """The layout's ``xaxis``, ``xaxis2``… (``letter='x'``): the axes ``update_xaxes`` updates
    (``xaxis`` is always one of them, set or not)."""
    props = _props_of(fig)
    layout = props[0] if props is not None else fig.layout.to_plotly_json()
    keys = [k for k in layout if _AXIS_KEY[letter].match(k) and k[5:]]
    return ["xaxis" if letter == "x" else "yaxis", *sorted(keys, key=lambda k: int(k[5:]))]


def patch_axes(fig: go.Figure, letter: str, patch: Mapping) -> go.Figure:
    """``fig.update_xaxes(patch)`` (``letter='x'``) or ``update_yaxes`` on every axis of that letter."""
    props = _props_of(fig)
    if props is None:
        (fig.update_xaxes if letter == "x" else fig.update_yaxes)(_validated(patch))
        return fig
    for key in axis_keys(fig, letter):
        axis = props[0].setdefault(key, {})
        _merge(axis, patch)
    return fig


def patch_trace(fig: go.Figure, index: int, patch: Mapping) -> go.Figure:
    """``fig.data[index].update(_validated(patch))`` (a patch in plotly's own form)."""
    props = _props_of(fig)
    if props is None:
        fig.data[index].update(_validated(patch))
    else:
        _merge(props[1][index], patch)
    return fig


def append_annotation(fig: go.Figure, annotation: Mapping) -> go.Figure:
    """``fig.add_annotation(**annotation)`` for an annotation in plotly's own form."""
    props = _props_of(fig)
    if props is None:
        fig.add_annotation(_validated(annotation))
        return fig
    annotations = props[0].setdefault("annotations", [])
    annotations.append({})
    _merge(annotations[-1], annotation)
    fig.layout._compound_array_props.pop("annotations", None)  # fig.layout.annotations: built again
    return fig


def patch_annotations(fig: go.Figure, patch: Mapping) -> go.Figure:
    """``fig.update_annotations(patch)``: every annotation of the layout."""
    props = _props_of(fig)
    if props is None:
        fig.update_annotations(_validated(patch))
        return fig
    for annotation in props[0].get("annotations", []):
        _merge(annotation, patch)
    return fig


def copy_figure(fig: go.Figure) -> go.Figure:
    """What ``copy.deepcopy(fig)`` gives (plotly's validated copy, which drops the empty dicts that
    properties set to ``None`` leave), from the figure's dicts taken as they are, as plotly loads its
    own templates: 2 ms where ``copy.deepcopy`` takes 16 (a grid of two theme bar charts)."""
    try:
        return go.Figure(_without_empty(fig.to_dict()), _validate=False)
    except TypeError:  # a plotly without the keyword
        return copy.deepcopy(fig)


def _without_empty(value):
    if isinstance(value, dict):
        kept = {k: _without_empty(v) for k, v in value.items()}
        return {k: v for k, v in kept.items() if not (isinstance(v, dict) and not v)}
    if isinstance(value, list):
        return [_without_empty(v) if isinstance(v, (dict, list)) else v for v in value]
    return value
