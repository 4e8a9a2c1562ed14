"""The sidebar's global filters in ``st.session_state``: their defaults, the reset button, fitting
them to a corpus, and the :class:`~analysis.aggregate.filters.FilterSpec` they describe.

The widgets are created in ``app.py`` under the ``f_*`` keys (:data:`FILTER_KEYS`), so every page
reads the same values; :mod:`dashboard.url` keeps them in the URL.
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from analysis.aggregate.filters import FilterSpec
from dashboard.data import CorpusRef, Options

FILTER_KEYS = ("f_actors", "f_mode", "f_regions", "f_dates", "f_sources", "f_types")
#: The multiselects and the option list of :class:`~dashboard.data.Options` each chooses from.
LIST_FILTERS = {"f_actors": "actors", "f_regions": "regions", "f_sources": "sources", "f_types": "types"}


def defaults(options: Options) -> dict:
    """Every filter's value when nothing is chosen (the date span is the corpus' whole span)."""
    return {
        "f_actors": [],
        "f_mode": "any",
        "f_regions": [],
        "f_dates": (options.date_min, options.date_max) if options.date_min else (),
        "f_sources": [],
        "f_types": [],
    }


def reset_filters(options: Options) -> None:
    """Button callback: every filter back to its default (the language stays)."""
    for key, value in defaults(options).items():
        st.session_state[key] = value


def fit_filters(ref: CorpusRef, options: Options) -> bool:
    """Before the filter widgets exist: keep only values this corpus offers; True when the corpus
    changed since the last run.

    On a change of corpus the date span becomes the new corpus' whole span (no date filter) and
    the open article and gazetteer entry close; actors, regions, sources and types it also has
    stay chosen.
    """
    identity = (ref.kind, ref.name, ref.location)
    changed = st.session_state.get("_filters_corpus", identity) != identity
    st.session_state["_filters_corpus"] = identity
    for key, field in LIST_FILTERS.items():
        allowed = set(options.allowed(field))
        values = list(st.session_state.get(key) or [])
        kept = [v for v in values if v in allowed]
        if kept != values:
            st.session_state[key] = kept
    dates = tuple(st.session_state.get("f_dates") or ())
    inside = len(dates) == 2 and all(
        isinstance(d, dt.date) and options.date_min and options.date_min <= d <= options.date_max for d in dates
    )
    if changed or not inside:
        st.session_state["f_dates"] = defaults(options)["f_dates"]
    if changed:
        st.session_state.pop("ar_doc", None)
        st.session_state.pop("gz_entity", None)
    return changed


def date_bounds(options: Options) -> tuple[dt.date | None, dt.date | None]:
    """The date filter as (from, to); a bound equal to the corpus span is no filter at all."""
    value = tuple(st.session_state.get("f_dates") or ())
    lo = value[0] if len(value) > 0 else None
    hi = value[1] if len(value) > 1 else None
    return (None if lo == options.date_min else lo, None if hi == options.date_max else hi)


def current_spec(options: Options) -> FilterSpec:
    """The selection the sidebar describes."""
    lo, hi = date_bounds(options)
    return FilterSpec(
        actors=tuple(st.session_state.get("f_actors") or ()),
        actor_mode=st.session_state.get("f_mode") or "any",
        regions=tuple(st.session_state.get("f_regions") or ()),
        date_from=lo,
        date_to=hi,
        sources=tuple(st.session_state.get("f_sources") or ()),
        event_types=tuple(st.session_state.get("f_types") or ()),
    )
