"""Which corpora a run can show, and which one it shows: the sidebar's corpus picker.

The corpus given by path (``--corpus``/``$ARABIC_NEWS_CORPUS``) comes first and is the default
when given; otherwise the article store's seed corpus is (:mod:`analysis.store.database`). The
choice is kept in the URL as ``corpus=<name>`` (:mod:`dashboard.url`).
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import streamlit as st

from analysis.store.database import CORPUS_COLUMNS, StoreBusy, StoreError
from analysis.store.pending import PendingState
from analysis.store.theme_names import corpus_key
from dashboard import access, data, links, url
from dashboard.data import CorpusRef
from dashboard.i18n import current_lang, t
from dashboard.markup import isolate, md_text

REPO = Path(__file__).resolve().parent.parent
#: The picker's value for the corpus given by path (never a store corpus name: those are not empty).
PATH_CHOICE = ""


def corpus_path() -> str | None:
    """``--corpus PATH`` after ``streamlit run dashboard/app.py --``, else ``$ARABIC_NEWS_CORPUS``, else None."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--corpus")
    args, _ = parser.parse_known_args(sys.argv[1:])
    path = args.corpus or os.environ.get("ARABIC_NEWS_CORPUS")
    return str(Path(path).expanduser().resolve()) if path else None


@dataclass
class Corpora:
    """What the corpus picker offers: its values (the path corpus first), the default, the store's
    corpora (:data:`analysis.store.database.CORPUS_COLUMNS`) and why the store could not be read, if so."""

    choices: list[str]
    default: str
    path: str | None
    listing: pd.DataFrame
    revisions: dict[str, str]
    gazetteer: str
    error: str = ""
    #: busy (another process holds the store: wait) or damaged / disk full (act)
    error_icon: str = ":material/hourglass_top:"
    #: corpus key (:func:`analysis.store.theme_names.corpus_key`) → the stamp of its theme names
    theme_names: dict[str, str] = field(default_factory=dict)
    #: store corpus name → :class:`~analysis.store.pending.PendingState`, for those not yet analysed
    pending: dict[str, PendingState] = field(default_factory=dict)

    def ref(self, choice: str) -> CorpusRef:
        if choice == PATH_CHOICE:
            location = self.path or str(REPO / "seeds")
            names = self.theme_names.get(corpus_key("path", Path(location).name, location), "")
            return CorpusRef("path", Path(location).name, location, gazetteer=self.gazetteer, names=names)
        names = self.theme_names.get(corpus_key("store", choice, data.data_dir()), "")
        return CorpusRef("store", choice, data.data_dir(), self.revisions.get(choice, ""), self.gazetteer, names)

    def articles(self, name: str) -> int:
        match = self.listing.loc[self.listing["name"] == name, "articles"]
        return int(match.iloc[0]) if len(match) else 0

    @property
    def store_names(self) -> list[str]:
        return [str(n) for n in self.listing["name"]]


def corpora() -> Corpora:
    """The corpora of this run: the path corpus (when one is given) and the store's.

    Without a path the default is the store's seed corpus; when the store cannot be read (another
    process holds it) the seeds folder stands in, and ``error`` says why.
    """
    path = corpus_path()
    folder = data.data_dir()
    gazetteer_version = data.gazetteer_info().gazetteer.version
    error, icon = "", ":material/hourglass_top:"
    try:
        data.store(folder)  # creates the database and the seed corpus on first use
        listing, revisions, theme_names, pending = data.store_listing(folder, data.store_stamp(folder))
    except StoreError as exc:
        listing, revisions, theme_names, pending, error = pd.DataFrame(columns=CORPUS_COLUMNS), {}, {}, {}, str(exc)
        if not isinstance(exc, StoreBusy):
            icon = ":material/error:"
    names = [str(n) for n in listing["name"]]
    seed = [str(n) for n, is_seed in zip(listing["name"], listing["is_seed"]) if is_seed]
    choices = ([PATH_CHOICE] if path or not names else []) + names
    default = PATH_CHOICE if path or not seed else seed[0]
    return Corpora(choices, default, path, listing, revisions, gazetteer_version, error, icon, theme_names, pending)


def pick_corpus(available: Corpora) -> CorpusRef:
    """The corpus of this run, set before the picker is drawn: from the URL on a session's first
    run, from a page's request (``request_corpus``) after an import or a rename, else the picker's;
    a corpus that is gone (deleted, renamed elsewhere) falls back to the default."""
    requested = st.session_state.pop("_corpus_next", None)
    if not st.session_state.get("_corpus_url_loaded"):
        st.session_state["_corpus_url_loaded"] = True
        linked, dropped = links.read_corpus(url.linked_corpus(), available.choices, available.default)
        st.session_state.setdefault("corpus", linked)
        url.note_dropped([dropped] if dropped else [])
    if requested is not None:
        st.session_state["corpus"] = requested
    if st.session_state.get("corpus") not in available.choices:
        st.session_state["corpus"] = available.default
    st.session_state["_corpus_default"] = available.default
    ref = available.ref(st.session_state["corpus"])
    st.session_state["_corpus_ref"] = ref
    return ref


def current_ref() -> CorpusRef | None:
    """The corpus :func:`pick_corpus` chose for this run (None before it ran)."""
    return st.session_state.get("_corpus_ref")


def request_corpus(name: str) -> None:
    """Show the corpus ``name`` from the next run on (the picker cannot change once drawn)."""
    st.session_state["_corpus_next"] = name


def corpus_label(choice: str, available: Corpora, lang: str | None = None) -> str:
    """The picker's text for a value: ``hostile_corpus (folder)`` or ``محلي · 12 articles``."""
    if choice == PATH_CHOICE:
        return t("corpus_folder", lang, name=isolate(Path(available.path or str(REPO / "seeds")).name))
    # isolated (FSI…PDI), so an Arabic name does not pull the count into its right-to-left run
    return t("corpus_entry", lang, name=isolate(choice), n=available.articles(choice))


def corpus_labeller(available: Corpora):
    """A ``format_func`` for corpus pickers, bound to this run's interface language (a format
    function may be called outside the run, where the language is not known)."""
    lang = current_lang()
    return lambda choice: corpus_label(choice, available, lang)


# --- a corpus whose last analysis did not finish ------------------------------------------------------


def stalled(available: Corpora, ref: CorpusRef) -> PendingState | None:
    """The failed analysis of the store corpus ``ref`` (:attr:`PendingState.failed`: it raised, or
    the process running it died), unless an editor asked to analyse this revision again."""
    state = available.pending.get(ref.name) if ref.kind == "store" else None
    if state is None or not state.failed:
        return None
    return None if st.session_state.get("_analyse_anyway") == (ref.name, ref.revision) else state


def analyse_anyway(name: str, revision: str) -> None:
    """on_click of "Analyse again": this run analyses the corpus, whatever happened last time."""
    if access.allow("analyse_again", name):
        access.record("analyse_again", name)
        st.session_state["_analyse_anyway"] = (name, revision)
    else:
        st.session_state["_refused"] = access.refusal("analyse_again")


def show_stalled(available: Corpora, ref: CorpusRef, state: PendingState) -> None:
    """Instead of the pages: why the corpus is not shown, and what can be done (analyse it again,
    for an editor; open another corpus; fix or delete it on the Corpora page). Stops the run."""
    st.title(t("stalled_title"))
    reason = t("stalled_error", error=isolate(state.error)) if state.error else t("stalled_died", pid=state.pid)
    st.error(md_text(t("stalled_body", name=isolate(ref.name), reason=reason)), icon=":material/error:")
    refused = st.session_state.pop("_refused", None)
    if refused:
        st.warning(md_text(refused), icon=":material/lock:")
    with st.container(horizontal=True, key="stalled_actions"):
        st.button(t("stalled_again"), key="stalled_again", on_click=analyse_anyway, args=(ref.name, ref.revision),
                  icon=":material/refresh:", disabled=not access.current().may("analyse_again"))  # fmt: skip
        if available.default != ref.name:
            st.button(t("stalled_open_default", name=corpus_label(available.default, available)), key="stalled_default",
                      on_click=request_corpus, args=(available.default,), icon=":material/library_books:")  # fmt: skip
    st.caption(t("stalled_help"))
    st.stop()
