"""URL ↔ session state: a copied link opens the same view (the README's documented promise)::

    ?actors=russia,turkey&mode=all&regions=idlib&from=2019-01-01&to=2020-12-31
     &sources=ترك برس&types=strike,talks&lang=ar&corpus=<name>        (doc=<doc_id> on /articles)

Streamlit binds a widget to the URL by itself (``bind="query-params"``), but the parameter it
writes is named after the widget key and holds the widget's *formatted* option (its
``format_func`` label), repeated for a multiselect. Every sidebar widget shows a label that is
not its documented value, so each is synced here instead; :data:`URL_KEYS` says, one line each,
what binding would have written (seen in a browser on Streamlit 1.67; ``tests/dashboard/
test_url.py`` checks it still holds). The sync: once per session, before the widgets exist,
their state comes from the URL (:func:`init_from_url`); after they are drawn, on every run, the
URL is rewritten from their state (:func:`write_url`), which also puts the parameters back after
a page switch (Streamlit drops unbound parameters then).

Page state that is not a sidebar widget stays in the URL too: ``doc`` (the article open on
``/articles``), and a page's own choices such as ``view=background&lanes=actor`` on
``/timeline`` (:func:`page_choice`: written only when not the default, dropped by Streamlit when
another page opens).
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from dashboard.data import Options
from dashboard.filters import LIST_FILTERS, date_bounds, defaults

#: Widget key → URL parameter, and why the widget is not bound with ``bind="query-params"``.
URL_KEYS = {
    "lang": "lang",  # if bound, the URL would read lang=العربية (the radio's label), not lang=ar
    "corpus": "corpus",  # if bound, it would read corpus=seed · 5 articles, a label whose count changes on import
    "f_actors": "actors",  # if bound, actors=Russia · روسيا, which the Arabic interface no longer knows (روسيا · Russia)
    "f_mode": "mode",  # if bound, mode=all of them or mode=جميعهم, not mode=all
    "f_regions": "regions",  # if bound, regions=Idlib · إدلب, language-dependent as actors
    "f_sources": "sources",  # if bound, the unnamed source is (no source) or (بلا مصدر), and old sources=a,b links drop
    "f_types": "types",  # if bound, types=Strike / fighting or types=غارات وقصف, not types=strike
    "f_dates": ("from", "to"),  # if bound, one dates parameter given twice: no from=… alone, no from/to
}
#: The parameters :func:`write_url` keeps in step with the sidebar (``doc`` is the articles page's).
PARAMS = ("actors", "mode", "regions", "from", "to", "sources", "types", "lang", "corpus")
DOC = "doc"


def _url_values(key: str, allowed) -> list[str]:
    """Values of a list parameter: ``a,b`` or repeated ``key=a&key=b``; unknown values dropped."""
    allowed = list(allowed)
    known = set(allowed)
    picked: list[str] = []
    for raw in st.query_params.get_all(key):
        parts = [raw] if raw in known else [p.strip() for p in raw.split(",")]
        picked += [p for p in parts if p in known and p not in picked]
    return picked


def _url_date(key: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(st.query_params.get(key, ""))
    except ValueError:
        return None


def init_from_url(options: Options) -> None:
    """Once per session, before the widgets exist: widget state from the URL (or defaults)."""
    if st.session_state.get("_url_loaded"):
        return
    st.session_state["_url_loaded"] = True
    state = defaults(options)
    for key, field in LIST_FILTERS.items():
        state[key] = _url_values(URL_KEYS[key], getattr(options, field))
    state["f_mode"] = "all" if st.query_params.get("mode") == "all" else "any"
    if options.date_min:
        lo, hi = _url_date("from"), _url_date("to")
        lo = min(max(lo or options.date_min, options.date_min), options.date_max)
        hi = max(min(hi or options.date_max, options.date_max), options.date_min)
        state["f_dates"] = (lo, hi) if lo <= hi else (hi, lo)
    state["lang"] = "ar" if st.query_params.get("lang") == "ar" else "en"
    for key, value in state.items():
        st.session_state.setdefault(key, value)


def linked_corpus(default: str) -> str:
    """The corpus the URL names (``corpus=<name>``), else ``default``."""
    return st.query_params.get("corpus", default)


def filter_params(options: Options) -> dict[str, str | list[str]]:
    """The URL parameters that describe the current filters, language and corpus (defaults left
    out): what :func:`write_url` writes and what links that keep the view carry."""
    params: dict[str, str | list[str]] = {}
    for key in LIST_FILTERS:
        values = [str(v) for v in st.session_state.get(key) or []]
        if values:
            params[URL_KEYS[key]] = values if any("," in v for v in values) else ",".join(values)
    if st.session_state.get("f_mode") == "all":
        params["mode"] = "all"
    lo, hi = date_bounds(options)
    if lo:
        params["from"] = lo.isoformat()
    if hi:
        params["to"] = hi.isoformat()
    if st.session_state.get("lang") == "ar":
        params["lang"] = "ar"
    corpus = st.session_state.get("corpus")
    if corpus is not None and corpus != st.session_state.get("_corpus_default"):
        params["corpus"] = corpus
    return params


def write_url(options: Options) -> None:
    """Mirror the filters, language and corpus into the URL (other parameters such as ``doc`` stay)."""
    wanted = filter_params(options)
    for key in PARAMS:
        value = wanted.get(key)
        current = st.query_params.get_all(key)
        if value is None:
            if current:
                del st.query_params[key]
        elif current != ([value] if isinstance(value, str) else value):
            st.query_params[key] = value


def linked_doc() -> str | None:
    """The article the URL opens (``doc=<doc_id>``), if any."""
    return st.query_params.get(DOC)


def show_doc(doc_id: str) -> None:
    """Put the open article in the URL."""
    if st.query_params.get(DOC) != doc_id:
        st.query_params[DOC] = doc_id


def forget_doc() -> None:
    """No article open (another corpus is shown)."""
    if DOC in st.query_params:
        del st.query_params[DOC]


def page_choice(key: str, param: str, allowed, default: str) -> None:
    """Before a page's own widget ``key`` exists: its value from ``param`` in the URL (a followed
    link), or ``default``; a value the widget already holds is kept. Draw the widget without a
    ``default`` then (its state is set here), and call :func:`keep_page_choice` after it."""
    if key not in st.session_state:
        value = st.query_params.get(param)
        st.session_state[key] = value if value in tuple(allowed) else default


def keep_page_choice(param: str, value: str | None, default: str) -> None:
    """Put a page's choice in the URL (``view=background``); the default leaves it out."""
    if value in (None, default):
        if param in st.query_params:
            del st.query_params[param]
    elif st.query_params.get(param) != value:
        st.query_params[param] = value


def page_text(key: str, param: str) -> None:
    """Before a page's own text box ``key`` exists: its text from ``param`` in the URL (a followed
    link, ``q=وقف إطلاق النار``), or empty; a text the box already holds is kept. Call
    :func:`keep_page_choice` with the text after the box is drawn."""
    if key not in st.session_state:
        st.session_state[key] = st.query_params.get(param, "")


def page_number(key: str, param: str, last: int) -> None:
    """Before a page's own page-number widget ``key`` exists: the page a followed link names
    (``p=3``) or 1, and always within ``1..last`` (a link to page 99 of a search that now has 2
    opens page 2). Call :func:`keep_page_choice` with the page after the widget is drawn."""
    if key not in st.session_state:
        asked = st.query_params.get(param, "1")
        st.session_state[key] = int(asked) if asked.isdigit() else 1
    st.session_state[key] = min(max(int(st.session_state[key]), 1), last)
