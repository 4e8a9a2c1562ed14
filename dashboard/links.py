"""What a followed link asks for, and what of it this dashboard could not honour.

Pure functions (no Streamlit): :mod:`dashboard.url` hands them the URL's parameters as
``{name: [values]}`` and the corpus' options, and gets back the widget values to set and a list
of :class:`Dropped` — every value the view leaves out or corrects, so the analyst who opened a
colleague's link is told (``?actors=russia,putin_2&from=2019-13-01`` → "actor putin_2: not in this
corpus; from 2019-13-01: not a date").

A bound that lies outside the corpus' span but does not narrow it (``to=2020-12-31`` when the last
article is of 2020-12-30) is no correction: the selection is the one the link meant.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

#: Why a value was dropped or corrected (each has a ``ctx_drop_<reason>`` label).
REASONS = ("unknown", "malformed", "invalid", "after_end", "before_start", "swapped")
#: Multiselect widget key → URL parameter (the sidebar's list filters).
LIST_PARAMS = {"f_actors": "actors", "f_regions": "regions", "f_sources": "sources", "f_types": "types"}


@dataclass(frozen=True)
class Dropped:
    """One value of a link the view could not use as given.

    ``param`` is the URL parameter (``actors``, ``from``, ``corpus``, ``ev_a``…), ``value`` what the
    link said, ``reason`` one of :data:`REASONS` (``malformed``: not a date; ``invalid``: a page
    choice its widget cannot take, as ``page=two``), ``used`` what the view shows instead ("" when
    the value is simply left out).
    """

    param: str
    value: str
    reason: str
    used: str = ""


@dataclass
class LinkState:
    """The widget values a link sets (widget key → value) and what it could not set."""

    values: dict = field(default_factory=dict)
    dropped: list[Dropped] = field(default_factory=list)


def list_values(raw: Iterable[str], allowed: Sequence[str], param: str) -> tuple[list[str], list[Dropped]]:
    """A list parameter, ``a,b`` or repeated (``actors=a&actors=b``): the values ``allowed`` has,
    in the link's order without repeats, and the others as dropped ``unknown``.

    A value that holds a comma itself (a source named ``Reuters, Beirut``) is taken whole when it is
    one of ``allowed``.
    """
    known = set(allowed)
    picked: list[str] = []
    dropped: list[Dropped] = []
    for item in raw:
        parts = [item] if item in known else [p.strip() for p in item.split(",")]
        for part in parts:
            if part in known:
                if part not in picked:
                    picked.append(part)
            elif part and all(d.value != part for d in dropped):
                dropped.append(Dropped(param, part, "unknown"))
    return picked, dropped


def choice(raw: str | None, allowed: Iterable[str] | None, param: str) -> tuple[str | None, Dropped | None]:
    """One value of a page's choice (``view=background``): ``(value, None)`` when ``allowed`` has it
    (``allowed=None``: any text, as a search query), ``(None, Dropped)`` when not, ``(None, None)``
    when the link does not give it."""
    if raw is None:
        return None, None
    if allowed is None or raw in (allowed if isinstance(allowed, (set, frozenset)) else tuple(allowed)):
        return raw, None
    return None, Dropped(param, raw, "unknown")


def _date(raw: str | None, param: str) -> tuple[dt.date | None, Dropped | None]:
    if raw is None or raw == "":
        return None, None
    try:
        return dt.date.fromisoformat(raw), None
    except ValueError:
        return None, Dropped(param, raw, "malformed")


def date_span(
    raw_from: str | None, raw_to: str | None, first: dt.date, last: dt.date
) -> tuple[tuple[dt.date, dt.date], list[Dropped]]:
    """The date filter a link asks for, inside the corpus' span ``first``–``last``.

    A bound that is not a ``YYYY-MM-DD`` date is dropped (the span's end is used); ``from`` after
    the last article or ``to`` before the first is moved to the span's end and reported; bounds
    given the wrong way round are swapped and reported. A bound beyond the span on its own side
    (``from`` before the first article) is the whole span, as the link meant: not reported.
    """
    lo, bad_lo = _date(raw_from, "from")
    hi, bad_hi = _date(raw_to, "to")
    dropped = [d for d in (bad_lo, bad_hi) if d]
    if lo and hi and lo > hi:
        dropped.append(Dropped("from", raw_from or "", "swapped", hi.isoformat()))
        lo, hi = hi, lo
    if lo and lo > last:
        dropped.append(Dropped("from", lo.isoformat(), "after_end", last.isoformat()))
    if hi and hi < first:
        dropped.append(Dropped("to", hi.isoformat(), "before_start", first.isoformat()))
    lo = min(max(lo or first, first), last)
    hi = max(min(hi or last, last), first)
    return (lo, hi), dropped


def read_filters(params: Mapping[str, Sequence[str]], options) -> LinkState:
    """The sidebar a link describes, on a corpus whose filter options are ``options`` (its
    ``actors``, ``regions``, ``sources``, ``types``, ``date_min`` and ``date_max``).

    ``params`` maps each URL parameter to its values (``{"actors": ["russia,turkey"]}``). Returns
    the values of the widgets ``f_actors`` … ``f_types``, ``f_mode``, ``f_dates`` (when the corpus
    has dates) and ``lang``, and what was dropped.
    """
    state = LinkState()
    for key, param in LIST_PARAMS.items():
        # the rare entities the lists do not offer (``more_actors``) are no less in the corpus
        allowed = (*getattr(options, param), *getattr(options, f"more_{param}", ()))
        picked, dropped = list_values(params.get(param, ()), allowed, param)
        state.values[key] = picked
        state.dropped += dropped
    for param, widget, allowed, default in (
        ("mode", "f_mode", ("any", "all"), "any"),
        ("lang", "lang", ("en", "ar"), "en"),
    ):
        value, refused = choice(_first(params, param), allowed, param)
        state.values[widget] = value or default
        state.dropped += [refused] if refused else []
    if options.date_min:
        span, dropped = date_span(_first(params, "from"), _first(params, "to"), options.date_min, options.date_max)
        state.values["f_dates"] = span
        state.dropped += dropped
    else:
        state.dropped += [Dropped(p, v, "unknown") for p in ("from", "to") if (v := _first(params, p))]
    return state


def read_corpus(raw: str | None, names: Sequence[str], default: str) -> tuple[str, Dropped | None]:
    """The corpus a link names (``corpus=<name>``), or ``default`` and why when there is none by that name."""
    if raw is None:
        return default, None
    if raw in names:
        return raw, None
    return default, Dropped("corpus", raw, "unknown", default)


def _first(params: Mapping[str, Sequence[str]], name: str) -> str | None:
    values = params.get(name) or ()
    return values[0] if values else None
