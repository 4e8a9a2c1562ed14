"""What a click on a chart picked: the points of a Plotly selection event, read the same way on
every page (the on_select callbacks of the views call these; they hold no Streamlit state).

Streamlit keeps the event of ``st.plotly_chart(..., key=k, on_select=...)`` in
``st.session_state[k]`` as ``{"selection": {"points": [...]}}``; each point carries the trace's
``customdata`` for that point. The charts put the ids there: a heatmap cell's target
``[entity_a, entity_b, label_a, label_b]`` (:mod:`analysis.viz.clickable`), a network node its
entity id, a network edge ``[u, v]``, a bar its entity id or ``[theme_id, term]``.
"""

from __future__ import annotations

from collections.abc import Mapping


def selected_points(event) -> list[Mapping]:
    """The points of a chart's selection state (none for a missing or cleared selection)."""
    if not isinstance(event, Mapping):
        return []
    selection = event.get("selection") or {}
    points = selection.get("points") if isinstance(selection, Mapping) else None
    return [p for p in points or [] if isinstance(p, Mapping)]


def picked_pair(event) -> tuple[str, str] | None:
    """The entity pair of the first clicked cell or edge (``customdata`` ``[a, b, …]``), or ``None``.

    >>> picked_pair({"selection": {"points": [{"customdata": ["russia", "turkey", "Russia", "Turkey"]}]}})
    ('russia', 'turkey')
    """
    for point in selected_points(event):
        data = point.get("customdata")
        if isinstance(data, (list, tuple)) and len(data) >= 2 and data[0] and data[1]:
            return str(data[0]), str(data[1])
    return None


def picked_bar(event) -> tuple[str, str] | None:
    """The ``[month, group]`` of the first clicked bar of a chart of counts per month
    (:func:`analysis.viz.bars.monthly_bars`; the group may be ``""``: no source), or ``None``.

    >>> picked_bar({"selection": {"points": [{"customdata": ["2019-03-01", ""]}]}})
    ('2019-03-01', '')
    """
    for point in selected_points(event):
        data = point.get("customdata")
        if isinstance(data, (list, tuple)) and len(data) == 2 and data[0]:
            return str(data[0]), str(data[1])
    return None


def picked_key(event) -> str | None:
    """The id of the first clicked node or bar: its ``customdata`` when that is one value, else
    the last of a ``[group, key]`` pair (a theme's term bar: ``[3, "وقف إطلاق النار"]`` → the term).

    >>> picked_key({"selection": {"points": [{"customdata": "russia"}]}})
    'russia'
    """
    for point in selected_points(event):
        data = point.get("customdata")
        if isinstance(data, (list, tuple)):
            data = data[-1] if data else None
        if data is not None and str(data):
            return str(data)
    return None


def picked_node_or_edge(event) -> tuple[str, str | None] | None:
    """A network click: ``(u, v)`` for an edge's midpoint, ``(node, None)`` for a node."""
    pair = picked_pair(event)
    if pair is not None:
        return pair
    key = picked_key(event)
    return (key, None) if key is not None else None
