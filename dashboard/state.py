"""What every page shares: the corpus tables, the gazetteer, the global filters and the URL.

The corpus is the one given by path (``--corpus``/``$ARABIC_NEWS_CORPUS``, the default when
given) or a corpus of the article store (:mod:`analysis.store.database`; its seed corpus is the default
otherwise), chosen in the sidebar and kept in the URL as ``corpus=<name>``. Every cache is keyed
by a :class:`CorpusRef`, which holds the store corpus' revision and the gazetteer version, so an
import, a date set or a gazetteer edit is a new key. The analysis runs once per corpus revision
and process (:func:`corpus_tables`, on top of the on-disk caches of
:func:`analysis.store.cache.load_or_build` and :meth:`analysis.store.database.Store.tables`); the filtered
tables are cached per :class:`~analysis.aggregate.filters.FilterSpec`. ``st.cache_resource`` rather than ``st.cache_data``:
the tables are large, read-only by convention, and copying them on every rerun (what
``cache_data`` does) would cost more than the filtering itself.

The filters live in ``st.session_state`` under the ``f_*`` keys (widgets created once, in
``app.py``) and in the URL query parameters (:data:`URL_KEYS`), so a copied link opens the
same view::

    ?actors=russia,turkey&mode=all&regions=idlib&from=2019-01-01&to=2020-12-31
     &sources=ترك برس&types=strike,talks&lang=ar&corpus=<name>&doc=<doc_id>
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import weakref
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import streamlit as st

from analysis import config
from analysis.aggregate.filters import FilterSpec, apply_filters
from analysis.aggregate.kwic import KwicIndex
from analysis.extract.events import load_event_types
from analysis.extract.gazetteer import Gazetteer, GazetteerError, load_gazetteer
from analysis.schema import CorpusTables
from analysis.store.cache import load_or_build
from analysis.store.database import CORPUS_COLUMNS, DB_FILE, Store, StoreError
from dashboard.i18n import current_lang, t

REPO = Path(__file__).resolve().parent.parent
#: Widget key → URL parameter.
URL_KEYS = {
    "f_actors": "actors",
    "f_mode": "mode",
    "f_regions": "regions",
    "f_sources": "sources",
    "f_types": "types",
    "lang": "lang",
}
FILTER_KEYS = ("f_actors", "f_mode", "f_regions", "f_dates", "f_sources", "f_types")
#: Seconds the dashboard waits for a store another process holds (an import from the CLI).
STORE_WAIT = 3.0


# --- the corpus --------------------------------------------------------------------------

#: The picker's value for the corpus given by path (never a store corpus name: those are not empty).
PATH_CHOICE = ""


def corpus_path() -> str | None:
    """``--corpus PATH`` after ``streamlit run dashboard/app.py --``, else ``$ARABIC_NEWS_CORPUS``, else None."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--corpus")
    args, _ = parser.parse_known_args(sys.argv[1:])
    path = args.corpus or os.environ.get("ARABIC_NEWS_CORPUS")
    return str(Path(path).expanduser().resolve()) if path else None


@dataclass(frozen=True)
class CorpusRef:
    """Which corpus a run shows, and the key of every cache built from it.

    ``kind`` is ``"path"`` (files given with ``--corpus``/``$ARABIC_NEWS_CORPUS``; ``location`` is
    the path) or ``"store"`` (a corpus of the article store in the data directory ``location``).
    ``revision`` (store corpora) changes whenever an article is added, removed or edited, and
    ``gazetteer`` whenever the gazetteer overlay changes, so a changed corpus is a new key.
    """

    kind: str
    name: str
    location: str
    revision: str = ""
    gazetteer: str = ""

    @property
    def choice(self) -> str:
        """The corpus picker's value (and the URL's ``corpus``) for this corpus."""
        return PATH_CHOICE if self.kind == "path" else self.name

    @property
    def label(self) -> str:
        return self.location if self.kind == "path" else self.name


def data_dir() -> str:
    """The article store's data directory: ``$ARABIC_NEWS_DATA`` or ``data/`` (read on every run)."""
    return str(config.data_dir().resolve())


@st.cache_resource(show_spinner=False)
def _store(folder: str) -> Store:
    return Store(folder, lock_timeout=STORE_WAIT)


def store() -> Store:
    """The article store of :func:`data_dir` (raises :class:`~analysis.store.database.StoreError` when busy)."""
    return _store(data_dir())


def _file_stamp(*paths: Path) -> tuple:
    """(mtime, size) of each file that exists: reading the store or the overlay leaves it unchanged."""
    stamp = []
    for path in paths:
        try:
            info = path.stat()
        except OSError:
            continue
        stamp.append((path.name, info.st_mtime_ns, info.st_size))
    return tuple(stamp)


@st.cache_data(show_spinner=False, max_entries=16)
def _listing(folder: str, stamp: tuple) -> tuple[pd.DataFrame, dict[str, str]]:
    del stamp  # part of the cache key only: any write to the store changes it
    the_store = _store(folder)
    return the_store.list_corpora(), the_store.revisions()


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

    def ref(self, choice: str) -> CorpusRef:
        folder = data_dir()
        if choice == PATH_CHOICE:
            location = self.path or str(REPO / "seeds")
            return CorpusRef("path", Path(location).name, location, gazetteer=self.gazetteer)
        return CorpusRef("store", choice, folder, self.revisions.get(choice, ""), self.gazetteer)

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
    folder = data_dir()
    gazetteer_version = gazetteer_info().gazetteer.version
    error = ""
    try:
        store_file = Path(folder) / DB_FILE
        _store(folder)  # creates the database and the seed corpus on first use
        listing, revisions = _listing(folder, _file_stamp(store_file, store_file.with_name(DB_FILE + ".wal")))
    except StoreError as exc:
        listing, revisions, error = pd.DataFrame(columns=CORPUS_COLUMNS), {}, str(exc)
    names = [str(n) for n in listing["name"]]
    seed = [str(n) for n, is_seed in zip(listing["name"], listing["is_seed"]) if is_seed]
    choices = ([PATH_CHOICE] if path or not names else []) + names
    default = PATH_CHOICE if path or not seed else seed[0]
    return Corpora(choices, default, path, listing, revisions, gazetteer_version, error)


def pick_corpus(available: Corpora) -> CorpusRef:
    """The corpus of this run, set before the picker is drawn: from the URL on a session's first
    run, from a page's request (``request_corpus``) after an import or a rename, else the picker's;
    a corpus that is gone (deleted, renamed elsewhere) falls back to the default."""
    requested = st.session_state.pop("_corpus_next", None)
    if not st.session_state.get("_corpus_url_loaded"):
        st.session_state["_corpus_url_loaded"] = True
        wanted = st.query_params.get("corpus", available.default)
        st.session_state.setdefault("corpus", wanted)
    if requested is not None:
        st.session_state["corpus"] = requested
    if st.session_state.get("corpus") not in available.choices:
        st.session_state["corpus"] = available.default
    st.session_state["_corpus_default"] = available.default
    ref = available.ref(st.session_state["corpus"])
    st.session_state["_corpus_ref"] = ref
    return ref


def request_corpus(name: str) -> None:
    """Show the corpus ``name`` from the next run on (the picker cannot change once drawn)."""
    st.session_state["_corpus_next"] = name


def corpus_label(choice: str, available: Corpora, lang: str | None = None) -> str:
    """The picker's text for a value: ``hostile_corpus (folder)`` or ``محلي · 12 articles``."""
    if choice == PATH_CHOICE:
        return t("corpus_folder", lang, name=Path(available.path or str(REPO / "seeds")).name)
    # isolated (FSI…PDI), so an Arabic name does not pull the count into its right-to-left run
    return t("corpus_entry", lang, name=f"\u2068{choice}\u2069", n=available.articles(choice))


def corpus_labeller(available: Corpora):
    """A ``format_func`` for corpus pickers, bound to this run's interface language (a format
    function may be called outside the run, where the language is not known)."""
    lang = current_lang()
    return lambda choice: corpus_label(choice, available, lang)


@st.cache_resource(show_spinner="Analysing the corpus…", max_entries=8)
def corpus_tables(ref: CorpusRef) -> CorpusTables:
    gazetteer = gazetteer_info().gazetteer
    if ref.kind == "path":
        return load_or_build(ref.location, gazetteer=gazetteer)
    return _store(ref.location).tables(ref.name, gazetteer=gazetteer)


@st.cache_resource(max_entries=64, show_spinner=False)
def filtered_tables(ref: CorpusRef, spec: FilterSpec) -> CorpusTables:
    return apply_filters(corpus_tables(ref), spec)


@st.cache_resource(max_entries=8, show_spinner=False)
def kwic_index(ref: CorpusRef) -> KwicIndex:
    tables = corpus_tables(ref)
    return KwicIndex(tables.texts, tables.sentences)


def forget_analyses() -> None:
    """Drop every cached table, index and figure (after an import, an edit or a gazetteer change).

    The caches are keyed by the corpus revision and the gazetteer version, so nothing stale would
    be served anyway; this frees the memory the superseded entries hold. The path corpus comes
    back from its on-disk cache.
    """
    for cached in (corpus_tables, filtered_tables, kwic_index, filter_options, _cached_figure, _listing):
        cached.clear()


# --- the gazetteer -----------------------------------------------------------------------


@dataclass(frozen=True)
class GazetteerInfo:
    gazetteer: Gazetteer
    entities: pd.DataFrame
    aliases: pd.DataFrame
    names: dict  # entity_id -> (English name, Arabic name)
    error: str = ""  # why the overlay could not be applied


@st.cache_resource(show_spinner=False, max_entries=8)
def _gazetteer_info(folder: str, stamp: tuple) -> GazetteerInfo:
    del stamp  # part of the cache key only: an edit of the overlay changes it
    error = ""
    try:
        gazetteer = config.gazetteer(folder)
    except GazetteerError as exc:  # a hand-edited overlay that no longer loads: built-in files only
        gazetteer, error = load_gazetteer(), str(exc)
    entities, aliases = gazetteer.entities_table(), gazetteer.aliases_table()
    names = {str(r.entity_id): (str(r.name_en or r.entity_id), str(r.name_ar or "")) for r in entities.itertuples()}
    return GazetteerInfo(gazetteer, entities, aliases, names, error)


def gazetteer_info() -> GazetteerInfo:
    """The gazetteer the analysis uses: the built-in files plus the data directory's overlay."""
    folder = data_dir()
    return _gazetteer_info(folder, _file_stamp(config.overlay_path(folder)))


def gazetteer_tables() -> tuple[pd.DataFrame, pd.DataFrame]:
    """(entities_table, aliases_table) of the gazetteer in use."""
    info = gazetteer_info()
    return info.entities, info.aliases


def entity_names() -> dict[str, tuple[str, str]]:
    return gazetteer_info().names


def entity_name(entity_id: str, lang: str | None = None) -> str:
    """``Russia · روسيا`` (English interface) or ``روسيا · Russia`` (Arabic), as plain text."""
    en, ar = entity_names().get(str(entity_id), (str(entity_id), ""))
    if not ar:
        return en
    return f"{ar} · {en}" if (lang or current_lang()) == "ar" else f"{en} · {ar}"


def event_types() -> tuple:
    """The event types in priority order (``load_event_types()`` returns a lexicon with ``.types``)."""
    lexicon = load_event_types()
    return tuple(getattr(lexicon, "types", lexicon))


def event_type_labels() -> dict[str, tuple[str, str]]:
    return {e.id: (e.label_en, e.label_ar) for e in event_types()}


def event_type_name(type_id: str, lang: str | None = None) -> str:
    en, ar = event_type_labels().get(type_id, (type_id, type_id))
    return ar if (lang or current_lang()) == "ar" else en


# --- filter options ----------------------------------------------------------------------


@dataclass(frozen=True)
class Options:
    actors: tuple[str, ...]
    regions: tuple[str, ...]
    sources: tuple[str, ...]
    types: tuple[str, ...]
    date_min: dt.date | None
    date_max: dt.date | None


@st.cache_resource(show_spinner=False, max_entries=8)
def filter_options(ref: CorpusRef) -> Options:
    """What the filters offer: entities mentioned in the corpus (most mentioned first), sources, types, date span."""
    tables = corpus_tables(ref)
    counts = tables.mentions.groupby(["entity_kind", "entity_id"]).size().reset_index(name="n")
    counts = counts.sort_values(["n", "entity_id"], ascending=[False, True])

    def kind(k: str) -> tuple[str, ...]:
        return tuple(str(i) for i in counts.loc[counts["entity_kind"] == k, "entity_id"])

    # "" stands for the articles that name no source (see analysis.aggregate.filters)
    sources = tuple(sorted({s or "" for s in tables.documents["source"]}))
    published = tables.documents["published"].dropna()
    return Options(
        actors=kind("actor"),
        regions=kind("region"),
        sources=sources,
        types=tuple(e.id for e in event_types()),
        date_min=min(published) if len(published) else None,
        date_max=max(published) if len(published) else None,
    )


def defaults(options: Options) -> dict:
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


def fit_filters(ref: CorpusRef, options: Options) -> None:
    """Before the filter widgets exist: keep only values this corpus offers.

    On a change of corpus the date span becomes the new corpus' whole span (no date filter) and
    the open article closes; actors, regions, sources and types it also has stay chosen.
    """
    identity = (ref.kind, ref.name, ref.location)
    changed = st.session_state.get("_filters_corpus", identity) != identity
    st.session_state["_filters_corpus"] = identity
    for key, allowed in (("f_actors", options.actors), ("f_regions", options.regions),
                         ("f_sources", options.sources), ("f_types", options.types)):  # fmt: skip
        values = list(st.session_state.get(key) or [])
        kept = [v for v in values if v in allowed]
        if kept != values:
            st.session_state[key] = kept
    span = defaults(options)["f_dates"]
    dates = tuple(st.session_state.get("f_dates") or ())
    inside = len(dates) == 2 and all(
        isinstance(d, dt.date) and options.date_min and options.date_min <= d <= options.date_max for d in dates
    )
    if changed or not inside:
        st.session_state["f_dates"] = span
    if changed:
        st.session_state.pop("ar_doc", None)
        st.session_state.pop("gz_entity", None)
        if "doc" in st.query_params:
            del st.query_params["doc"]


# --- URL <-> session state ---------------------------------------------------------------


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
    state["f_actors"] = _url_values("actors", options.actors)
    state["f_regions"] = _url_values("regions", options.regions)
    state["f_sources"] = _url_values("sources", options.sources)
    state["f_types"] = _url_values("types", options.types)
    state["f_mode"] = "all" if st.query_params.get("mode") == "all" else "any"
    if options.date_min:
        lo, hi = _url_date("from"), _url_date("to")
        lo = min(max(lo or options.date_min, options.date_min), options.date_max)
        hi = max(min(hi or options.date_max, options.date_max), options.date_min)
        state["f_dates"] = (lo, hi) if lo <= hi else (hi, lo)
    state["lang"] = "ar" if st.query_params.get("lang") == "ar" else "en"
    for key, value in state.items():
        st.session_state.setdefault(key, value)


def _date_bounds(options: Options) -> tuple[dt.date | None, dt.date | None]:
    """The date filter as (from, to); a bound equal to the corpus span is no filter at all."""
    value = tuple(st.session_state.get("f_dates") or ())
    lo = value[0] if len(value) > 0 else None
    hi = value[1] if len(value) > 1 else None
    return (None if lo == options.date_min else lo, None if hi == options.date_max else hi)


def filter_params(options: Options) -> dict[str, str | list[str]]:
    """The URL parameters that describe the current filters and language (defaults left out)."""
    params: dict[str, str | list[str]] = {}
    for key in ("f_actors", "f_regions", "f_sources", "f_types"):
        values = [str(v) for v in st.session_state.get(key) or []]
        if values:
            params[URL_KEYS[key]] = values if any("," in v for v in values) else ",".join(values)
    if st.session_state.get("f_mode") == "all":
        params["mode"] = "all"
    lo, hi = _date_bounds(options)
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
    """Mirror the filters into the URL (other parameters such as ``doc`` stay)."""
    wanted = filter_params(options)
    for key in ("actors", "mode", "regions", "from", "to", "sources", "types", "lang", "corpus"):
        value = wanted.get(key)
        current = st.query_params.get_all(key)
        if value is None:
            if current:
                del st.query_params[key]
        elif current != ([value] if isinstance(value, str) else value):
            st.query_params[key] = value


def current_spec(options: Options) -> FilterSpec:
    lo, hi = _date_bounds(options)
    return FilterSpec(
        actors=tuple(st.session_state.get("f_actors") or ()),
        actor_mode=st.session_state.get("f_mode") or "any",
        regions=tuple(st.session_state.get("f_regions") or ()),
        date_from=lo,
        date_to=hi,
        sources=tuple(st.session_state.get("f_sources") or ()),
        event_types=tuple(st.session_state.get("f_types") or ()),
    )


# --- what a page gets --------------------------------------------------------------------


@dataclass
class Context:
    corpus: CorpusRef  # also the cache key of everything built from this corpus
    tables: CorpusTables  # the whole corpus
    view: CorpusTables  # the selection
    spec: FilterSpec
    options: Options
    entities: pd.DataFrame
    aliases: pd.DataFrame
    lang: str  # interface language: "en" | "ar"
    params: dict  # the filter parameters, for links that keep the view

    @property
    def empty(self) -> bool:
        return len(self.view.documents) == 0

    @property
    def chart_lang(self) -> str:
        return "ar" if self.lang == "ar" else "both"


def context() -> Context:
    """The corpus, the selection and the interface language of this run (cheap: all cached).

    The corpus is the one ``app.py`` picked for this run (:func:`pick_corpus`).
    """
    ref = st.session_state.get("_corpus_ref") or corpora().ref(PATH_CHOICE)
    options = filter_options(ref)
    spec = current_spec(options)
    entities, aliases = gazetteer_tables()
    return Context(
        corpus=ref,
        tables=corpus_tables(ref),
        view=filtered_tables(ref, spec),
        spec=spec,
        options=options,
        entities=entities,
        aliases=aliases,
        lang=current_lang(),
        params=filter_params(options),
    )


def selection_line(ctx: Context) -> str:
    return t(
        "selection",
        docs=len(ctx.view.documents),
        all_docs=len(ctx.tables.documents),
        sents=len(ctx.view.sentences),
        events=len(ctx.view.events),
    )


_TITLES: dict[int, tuple] = {}


def _titles(documents: pd.DataFrame) -> dict:
    """doc_id → title of a documents table, built once per table (a selectbox over 30,000
    articles asks for every label on each run)."""
    cached = _TITLES.get(id(documents))
    if cached is None or cached[0]() is not documents:
        if len(_TITLES) > 64:
            _TITLES.clear()
        cached = (weakref.ref(documents), dict(zip(documents["doc_id"], documents["title"])))
        _TITLES[id(documents)] = cached
    return cached[1]


def doc_label(documents: pd.DataFrame, doc_id: str, *, max_chars: int = 70) -> str:
    """An article's title (cut to ``max_chars``), or its id when it has none; plain text."""
    title = _titles(documents).get(doc_id) or ""
    title = str(title) if isinstance(title, str) else ""
    if not title:
        return str(doc_id)
    return title if len(title) <= max_chars else title[: max_chars - 1] + "…"


@st.cache_resource(max_entries=512, show_spinner=False)
def _cached_figure(key: tuple, _build):
    return _build()


def cached_figure(key: tuple, build):
    """``build()`` once per ``key`` (chart name, corpus, filter spec, display options).

    Figures are never changed after they are built, so one object serves every session;
    coming back to a selection (or a page) redraws without rebuilding its charts.
    """
    return _cached_figure(key, build)
