"""The briefing open in this session: its name (kept in the URL as ``brief=<name>``), adding a
chart to it, and finding the corpus each of its items was added on.

The briefings themselves live in the article store (:mod:`analysis.store.briefings`), so a
reload, or a colleague with the link ``/briefing?brief=<name>``, opens the same pack.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import streamlit as st

from analysis.briefing import PackItem
from analysis.briefing.provenance import Provenance
from analysis.briefing.snapshot import Snapshot
from analysis.briefing.stored import add_item
from analysis.store.briefings import Briefings
from analysis.store.database import StoreError
from dashboard import data, links, url
from dashboard.corpus_picker import PATH_CHOICE, REPO, Corpora
from dashboard.data import CorpusRef
from dashboard.i18n import t
from dashboard.markup import isolate, md_text

#: Session key of the open briefing's name (None: no briefing open yet).
OPEN = "brief"


def briefings() -> Briefings:
    return Briefings(data.store())


def open_name() -> str | None:
    return st.session_state.get(OPEN)


def open_briefing(name: str | None) -> None:
    st.session_state[OPEN] = name
    st.session_state.pop("briefing_result", None)


def init_from_url() -> None:
    """Once per session: the briefing the link names (``brief=<name>``), or a notice that there is none."""
    if st.session_state.get("_brief_url_loaded"):
        return
    st.session_state["_brief_url_loaded"] = True
    name = st.query_params.get(url.BRIEF)
    if not name:
        return
    try:
        known = briefings().exists(name)
    except StoreError:
        known = False
    if known:
        open_briefing(name)
    else:
        url.note_dropped([links.Dropped(url.BRIEF, name, "unknown")])


def new_name() -> str:
    """A name for a briefing the analyst did not name: ``Briefing 2026-03-14 09:30`` (then `` (2)``…)."""
    base = t("brief_default_name", when=dt.datetime.now().strftime("%Y-%m-%d %H:%M"))
    taken = set(briefings().names())
    name, n = base, 2
    while name in taken:
        name, n = f"{base} ({n})", n + 1
    return name


def add_chart(chart_id: str, options: dict, ctx) -> None:
    """Store a chart, with the filters, language and corpus of the moment, in the open briefing
    (a new one when none is open), and say where it went."""
    _add(PackItem(chart_id, dict(options), ctx.spec, lang=ctx.chart_lang, corpus=ctx.corpus.name))


def add_kept(fig, name: str, footer: Provenance, kept: Callable[[], tuple[str, pd.DataFrame]] | None, ctx) -> None:
    """Store a chart of a build too large to load as it is drawn (:class:`~analysis.briefing.snapshot.Snapshot`:
    the figure, its provenance ``footer``, the cover's lines of the selection, and ``kept()``: its caption
    and the sentences behind it), with the filters, language and corpus of the moment."""
    try:
        caption, evidence = kept() if kept is not None else ("", None)
        cover = data.queried_cover(ctx.corpus, ctx.spec, ctx.entities)
        snapshot = Snapshot.of(fig, footer, cover=cover, caption=caption, evidence=evidence)
    except ValueError as error:  # a figure too large to keep
        st.toast(md_text(str(error)), icon=":material/error:")
        return
    chart = re.sub(r"[^a-z0-9_-]+", "-", name.lower()).strip("-")[:80] or "chart"
    _add(PackItem(chart, filters=ctx.spec, lang=ctx.chart_lang, corpus=ctx.corpus.name, snapshot=snapshot))


def _add(item: PackItem) -> None:
    try:
        name = open_name()
        if not name or not briefings().exists(name):
            name = briefings().create(new_name())
            open_briefing(name)
        add_item(briefings(), name, item)
        count = len(briefings().get(name).items)
    except StoreError as error:
        st.toast(md_text(error), icon=":material/error:")
        return
    st.session_state.pop("briefing_result", None)
    st.toast(md_text(t("brief_added_to", name=isolate(name), n=count)), icon=":material/playlist_add_check:")


def corpus_ref(name: str | None, available: Corpora, current: CorpusRef) -> CorpusRef | None:
    """The corpus an item was added on, by its name: a store corpus of that name, else the corpus
    given by path when its folder has that name; None when this dashboard has no such corpus.
    An item with no corpus (stored before items kept theirs) is the current corpus'."""
    if name is None:
        return current
    if name in available.store_names:
        return available.ref(name)
    if PATH_CHOICE in available.choices and Path(available.path or str(REPO / "seeds")).name == name:
        return available.ref(PATH_CHOICE)
    return None
