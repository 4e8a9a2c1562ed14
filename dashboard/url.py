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
``/articles``), ``brief`` (the briefing open, on every page), and a page's own choices such as
``view=background&lanes=actor`` on ``/timeline``: a page calls :func:`page_choice` once per widget
before drawing it, and ``app.py`` writes them all after the page ran (:func:`keep_page_choices`:
only when not the default; the last page's choices leave the URL when another page opens, and
come back with the analyst).

A followed link is read by the pure functions of :mod:`dashboard.links`; what it named that the
view does not have is listed above the page (:func:`show_notice`). After a change of interface
language every select widget is given its value again (:func:`relabel_on_language_change`).
"""

from __future__ import annotations

import streamlit as st

from dashboard import links
from dashboard.data import Options
from dashboard.filters import LIST_FILTERS, date_bounds, defaults
from dashboard.i18n import t
from dashboard.markup import md_text

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
PARAMS = ("actors", "mode", "regions", "from", "to", "sources", "types", "lang", "corpus", "brief")
DOC = "doc"
#: The briefing open in the session (:mod:`dashboard.briefing_state`): kept on every page.
BRIEF = "brief"


def url_params() -> dict[str, list[str]]:
    """The URL's parameters, each with all its values (``actors=a&actors=b`` → ``["a", "b"]``)."""
    return {key: st.query_params.get_all(key) for key in st.query_params}


def init_from_url(options: Options) -> None:
    """Once per session, before the widgets exist: widget state from the URL (or defaults); what
    the link named that this corpus does not have is kept for :func:`show_notice`."""
    if st.session_state.get("_url_loaded"):
        return
    st.session_state["_url_loaded"] = True
    link = links.read_filters(url_params(), options)
    state = {**defaults(options), **link.values}
    for key, value in state.items():
        st.session_state.setdefault(key, value)
    note_dropped(link.dropped)


def note_dropped(dropped) -> None:
    """Remember values a link named that the view left out or corrected (shown by :func:`show_notice`)."""
    if dropped:
        notes = st.session_state.setdefault("_link_dropped", [])
        notes += [d for d in dropped if d not in notes]


def take_dropped() -> list[links.Dropped]:
    """The values noted since the notice was last shown (and forget them)."""
    return st.session_state.pop("_link_dropped", None) or []


def linked_corpus() -> str | None:
    """The corpus the URL names (``corpus=<name>``), if any."""
    return st.query_params.get("corpus")


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
    if st.session_state.get(BRIEF):
        params[BRIEF] = st.session_state[BRIEF]
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


# --- a page's own choices ---------------------------------------------------------------------

_CHOICES = "_page_choices"  # this run: URL parameter → (widget key, default)
_MEMORY = "_page_memory"  # this session: URL parameter → the value last shown, on any page
_KEYS = "_page_keys"  # this session: URL parameter → widget key (relabelled on a language change)
_LINKED = "_page_linked"  # this session: URL parameter → the last value taken from a link
_LABELS = "_param_labels"  # URL parameter → the widget's label, for the notice


def begin_page(path: str) -> None:
    """``app.py``, before a page runs: a new page forgets the choices the last one registered,
    and its own widgets take back what they showed when the analyst was last there."""
    st.session_state["_page_arrived"] = st.session_state.get("_page_path") != path
    st.session_state["_page_path"] = path
    st.session_state[_CHOICES] = {}


def page_choice(key: str, param: str, allowed, default, *, label: str | None = None, parse=None) -> None:
    """The one call a page makes for each of its state widgets, just before drawing it (without a
    ``default``/``index``: the state is set here).

    The widget ``key`` then shows, in this order: the value of ``param`` in the URL when it is new
    (a followed link, a reload), the value it held (reruns on this page), the value it showed when
    the analyst was last on this page (a page change and back), else ``default``. ``allowed`` is
    the list of valid values (``None``: any text, as a search query); a link's value outside it is
    reported in the link notice under ``label`` (the widget's label) and ``default`` used. A
    widget whose value is not text (a page number) gives ``parse`` (``int``): the URL's text is
    parsed with it, a value it refuses is reported, and ``str(value)`` is what the URL holds.

    After the page has run, ``app.py`` writes every registered choice to the URL
    (:func:`keep_page_choices`: the default is left out), so a copied link reproduces the view.
    """
    state = st.session_state
    if allowed is not None and not isinstance(allowed, frozenset):  # a frozenset of texts is used as it is
        allowed = {str(a) for a in allowed}  # a set: th_doc offers 30,000 articles
    state.setdefault(_CHOICES, {})[param] = (key, default)
    state.setdefault(_KEYS, {})[param] = key
    state.setdefault(_LABELS, {})[param] = label or param
    memory, linked = state.setdefault(_MEMORY, {}), state.setdefault(_LINKED, {})
    raw = st.query_params.get(param)
    if raw is not None and raw != str(memory.get(param, default)) and raw != linked.get(param):
        linked[param] = raw
        value, dropped = links.choice(raw, allowed, param)
        if value is not None and parse is not None:
            try:
                value = parse(value)
            except (TypeError, ValueError):
                value, dropped = None, links.Dropped(param, raw, "invalid")
        note_dropped([dropped] if dropped else [])
        state[key] = default if value is None else value
    elif state.get("_page_arrived") or key not in state:
        state[key] = memory.get(param, default)
    if allowed is not None and state.get(key) is not None and str(state[key]) not in allowed:
        state[key] = default  # a value of another corpus or selection


def open_choices(**choices) -> None:
    """Before switching to another page: the values its widgets show on arrival, by URL parameter
    (``q="وقف إطلاق النار"``; ``None``: the widget's default), as if the analyst had left them so."""
    memory = st.session_state.setdefault(_MEMORY, {})
    for param, value in choices.items():
        if value is None:
            memory.pop(param, None)
        else:
            memory[param] = value


def keep_page_choices() -> None:
    """``app.py``, after the page ran: every choice it registered into the URL and the session."""
    memory = st.session_state.setdefault(_MEMORY, {})
    choices = st.session_state.get(_CHOICES) or {}
    for param, (key, default) in choices.items():
        value = st.session_state.get(key)
        memory[param] = default if value is None else value
        keep_page_choice(param, None if value is None or value == default else str(value), str(default))
    for param in set(st.session_state.get("_page_written") or ()) - set(choices):
        if param in st.query_params:  # the last page's choice (a page change drops it; a rerun may not)
            del st.query_params[param]
    st.session_state["_page_written"] = list(choices)


def keep_page_choice(param: str, value: str | None, default: str) -> None:
    """Put a page's choice in the URL (``view=background``); the default leaves it out."""
    if value in (None, default):
        if param in st.query_params:
            del st.query_params[param]
    elif st.query_params.get(param) != value:
        st.query_params[param] = value


#: Select widgets whose option labels are in the interface language: the sidebar's, and those of
#: pages that keep no state in the URL (page choices are added by :func:`page_choice`). Segmented
#: controls drawn with a ``default`` are left out: a value set from Python makes Streamlit warn.
_LABELLED = ("corpus", "f_actors", "f_mode", "f_regions", "f_sources", "f_types", "gz_entity", "gz_edit_entity",
             "gz_disc_pick", "gz_alias_kind", "co_target", "co_manage")  # fmt: skip


def relabel_on_language_change() -> None:
    """Before any widget is drawn: after a change of interface language, give every select widget
    its value again, so the browser is sent the option's label in the new language.

    Streamlit keeps a select widget's value in the browser as its option *label*: after the
    switch, the next run (a page change) would send ``seed · 5 articles`` to a picker whose
    options now read ``seed · 5 مقالات``, and the corpus and every filter fell back to their
    defaults (issue 12). A value set from Python is sent to the browser with its new label.
    """
    lang, last = st.session_state.get("lang"), st.session_state.get("_lang_drawn")
    st.session_state["_lang_drawn"] = lang
    if last is None or last == lang:
        return
    for key in (*_LABELLED, *(st.session_state.get(_KEYS) or {}).values()):
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]


# --- the link notice -----------------------------------------------------------------------------

#: URL parameter → the catalogue label naming it in the notice (page choices name their widget).
PARAM_LABELS = {
    "actors": "f_actors", "regions": "f_regions", "sources": "f_sources", "types": "f_types", "mode": "f_mode",
    "from": "ctx_param_from", "to": "ctx_param_to", "lang": "language", "corpus": "corpus", "doc": "ctx_param_doc",
    "brief": "ctx_param_brief",
}  # fmt: skip


def notice_lines(dropped: list[links.Dropped], corpus_label=str) -> list[str]:
    """One plain-text line per dropped value, in the interface language: what, the link's value
    (isolated, so an Arabic name keeps its order in an English line), why and what is shown instead."""
    labels = st.session_state.get(_LABELS) or {}
    lines = []
    for item in dropped:
        key = PARAM_LABELS.get(item.param)
        what = t(key) if key else labels.get(item.param, item.param)
        used = corpus_label(item.used) if item.param == "corpus" else item.used
        lines.append(
            t(
                "ctx_drop_corpus" if item.param == "corpus" else f"ctx_drop_{item.reason}",
                what=what,
                value=f"\u2068{item.value}\u2069",
                used=f"\u2068{used}\u2069",
            )
        )
    return lines


def show_notice(where, corpus_label=str) -> None:
    """The link notice in ``where`` (a container above the page): every value of the followed link
    that the view left out or corrected since the last notice, or nothing."""
    dropped = take_dropped()
    if dropped:
        lines = "\n".join(f"- {md_text(line)}" for line in notice_lines(dropped, corpus_label))
        where.warning(f"{t('ctx_notice')}\n\n{lines}", icon=":material/link_off:")


#: The sidebar's state carried over a page switch (:func:`switch_page`), restored by :func:`restore_switched`.
_CARRIED = "_carried_over_switch"


def switch_page(page: str, **choices) -> None:
    """``st.switch_page(page)`` keeping the corpus, the language and the filters: Streamlit resets the
    state of every widget when a run is cut short by a page switch (streamlit#11115), so the sidebar
    would open on the default corpus, in English, unfiltered. ``choices`` are the new page's widget
    values by URL parameter (:func:`open_choices`)."""
    open_choices(**choices)
    st.session_state[_CARRIED] = {k: st.session_state[k] for k in URL_KEYS if k in st.session_state}
    st.switch_page(page)


def restore_switched() -> None:
    """``app.py``, first thing: the sidebar's state :func:`switch_page` carried over, given back."""
    carried = st.session_state.pop(_CARRIED, None)
    if carried:
        st.session_state.update(carried)
