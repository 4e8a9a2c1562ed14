"""Cached access to what the analysis library builds: the article store, a corpus' tables, the
filtered tables, the keyword-in-context index, the gazetteer, the filter options and figures.

Every cache is keyed by a :class:`CorpusRef`, which holds the store corpus' revision and the
gazetteer version, so an import, a date set or a gazetteer edit is a new key. The analysis runs
once per corpus revision and process (:func:`corpus_tables`, on top of the on-disk caches of
:func:`analysis.store.cache.load_or_build` and :meth:`analysis.store.database.Store.tables`); the
filtered tables are cached per :class:`~analysis.aggregate.filters.FilterSpec`.
``st.cache_resource`` rather than ``st.cache_data`` for tables: they are large, read-only by
convention, and copying them on every rerun (what ``cache_data`` does) would cost more than the
filtering itself. The caches of the dashboard live here and nowhere else.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import threading
import weakref
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from analysis import config
from analysis.aggregate.compare import ArticleCounts
from analysis.aggregate.concordance import Concordance, concordance
from analysis.aggregate.filters import FilterSpec, apply_filters, prepare_selections, rare_entities
from analysis.aggregate.kwic import KwicIndex, TextSearch, text_search
from analysis.aggregate.terms import TermMatrix
from analysis.aggregate.theme_names import match_names, named_tables
from analysis.extract.discovered import entities_with_discovered
from analysis.extract.event_lexicon import load_event_types
from analysis.extract.gazetteer import Gazetteer, GazetteerError, load_gazetteer
from analysis.limits import load_limits
from analysis.schema import CorpusTables
from analysis.store.build_queries import BuildOverview, BuildQueries
from analysis.store.builds import BuildError, check_build, too_large_to_load
from analysis.store.cache import load_or_build
from analysis.store.database import DB_FILE, Store
from analysis.store.theme_names import ThemeNames, corpus_key
from dashboard.i18n import current_lang

#: Seconds the dashboard waits for a store another process holds (an import from the CLI).
STORE_WAIT = 3.0


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
    #: The stamp of the analysts' theme names of the corpus (:meth:`ThemeNames.stamps`; "": none).
    names: str = ""

    @property
    def unnamed(self) -> CorpusRef:
        """The same corpus without its theme names: the key of what the names do not change."""
        return dataclasses.replace(self, names="") if self.names else self

    @property
    def label(self) -> str:
        return self.location if self.kind == "path" else self.name


#: How the caches below hash their keys' corpus and selection: by their ``repr`` (every field, in
#: order), ~0.1 ms a key where Streamlit's generic hashing of a dataclass took ~0.3: a new selection's
#: first run makes some fifty cache keys.
KEY_HASH = {CorpusRef: repr, FilterSpec: repr}


# --- the article store -----------------------------------------------------------------------


def data_dir() -> str:
    """The article store's data directory: ``$ARABIC_NEWS_DATA`` or ``data/`` (read on every run)."""
    return _resolved(str(config.data_dir()))


@functools.lru_cache(maxsize=16)
def _resolved(folder: str) -> str:
    # Path.resolve asks the file system about every part of the path, and entity_name (called for
    # every label of a table) reaches this through gazetteer_info: once per folder is enough.
    return str(Path(folder).resolve())


@st.cache_resource(show_spinner=False)
def _store(folder: str) -> Store:
    return Store(folder, lock_timeout=STORE_WAIT)


def store(folder: str | None = None) -> Store:
    """The article store of ``folder`` (default :func:`data_dir`); creates it, with its seed corpus,
    on first use (raises :class:`~analysis.store.database.StoreError` when another process holds it)."""
    return _store(folder or data_dir())


def file_stamp(*paths: Path) -> tuple:
    """(name, mtime, size) of each file that exists: part of a cache key, so a write is a new key."""
    stamp = []
    for path in paths:
        try:
            info = path.stat()
        except OSError:
            continue
        stamp.append((path.name, info.st_mtime_ns, info.st_size))
    return tuple(stamp)


def store_stamp(folder: str) -> tuple:
    """:func:`file_stamp` of the store's database and its write-ahead log in ``folder``: any write changes it."""
    store_file = Path(folder) / DB_FILE
    return file_stamp(store_file, store_file.with_name(DB_FILE + ".wal"))


@st.cache_data(show_spinner=False, max_entries=16)
def build_locations(folder: str, stamp: tuple) -> dict[str, str]:
    """``{name: directory}`` of the store's linked builds; ``stamp`` (:func:`store_stamp`) is the cache key."""
    del stamp
    return _store(folder).build_locations()


@st.cache_data(show_spinner=False, max_entries=16)
def store_listing(folder: str, stamp: tuple) -> tuple[pd.DataFrame, dict[str, str], dict[str, str], dict]:
    """The store's corpora (:data:`~analysis.store.database.CORPUS_COLUMNS`), their revisions, the
    stamps of the theme names of every corpus that has some (:meth:`ThemeNames.stamps`) and the
    corpora not yet analysed (:meth:`~analysis.store.database.Store.pending`: whether an attempt
    failed is asked of the state when read, not cached); ``stamp`` (:func:`file_stamp` of the
    database files) is the cache key: any write changes it."""
    del stamp
    with _store(folder).holding() as the_store:  # five reads: the file opened once
        return the_store.list_corpora(), the_store.revisions(), ThemeNames(the_store).stamps(), the_store.pending()


@st.cache_data(show_spinner=False, max_entries=8)
def undated_articles(folder: str, name: str, revision: str) -> pd.DataFrame:
    """doc_id and title of the articles of the store corpus ``name`` without a date (cached per
    corpus ``revision``)."""
    del revision  # cache key only
    return _store(folder).undated(name)


# --- a corpus' tables ------------------------------------------------------------------------


def analysed_tables(ref: CorpusRef) -> CorpusTables:
    """The corpus' tables as the analysis made them (every theme, none named): the same object
    whatever the theme names (``ref.names``), so naming a theme never analyses the corpus again."""
    return _analysed_tables(ref.unnamed)


@st.cache_resource(show_spinner="Analysing the corpus…", max_entries=8, hash_funcs=KEY_HASH)
def _analysed_tables(ref: CorpusRef) -> CorpusTables:
    gazetteer = gazetteer_info().gazetteer
    if ref.kind == "path":
        return load_or_build(ref.location, gazetteer=gazetteer)
    return _store(ref.location).tables(ref.name, gazetteer=gazetteer)


@st.cache_resource(show_spinner=False, max_entries=8, hash_funcs=KEY_HASH)
def corpus_tables(ref: CorpusRef) -> CorpusTables:
    """The corpus' tables as every page shows them: the themes with the names the analysts gave
    them and without those they hid (:func:`analysis.aggregate.theme_names.named_tables`). ``ref``
    holds the names' stamp (``ref.names``), so a saved name is a new key for every cache."""
    tables = fitted_tables(ref)
    if ref.names:
        tables = named_tables(tables, theme_names(ref, tables.themes))
    return prepare_selections(tables)


def asked_theme_count(ref: CorpusRef) -> int | None:
    """The number of themes an analyst asked for the corpus (None: the build's choice)."""
    return ThemeNames(_store(data_dir())).count(theme_names_key(ref))


def set_theme_count(ref: CorpusRef, n_themes: int | None) -> None:
    ThemeNames(_store(data_dir())).set_count(theme_names_key(ref), n_themes)


def theme_model(ref: CorpusRef):
    """The themes' model a store corpus keeps (:meth:`analysis.store.database.Store.theme_model`:
    articles added since are put on its themes), or None (a corpus read from files, none kept yet)."""
    if ref.kind != "store":
        return None
    return _store(ref.location).theme_model(ref.name)


def refit_themes(ref: CorpusRef) -> bool:
    """Fit the store corpus's themes anew on its next analysis (the model kept is forgotten: the corpus's
    revision changes, so every page analyses it again); False when none was kept."""
    forgot = _store(ref.location).forget_theme_model(ref.name)
    store_listing.clear()  # the revisions are read again on this run, not on a later one
    return forgot


def fitted_tables(ref: CorpusRef) -> CorpusTables:
    """The analysed tables with the number of themes an analyst asked for: the themes fitted again
    on the corpus's term counts (:func:`term_counts`) when it differs from the build's."""
    tables = analysed_tables(ref)
    asked = asked_theme_count(ref) if ref.names else None
    if not asked or asked == tables.themes["theme_id"].nunique():
        return tables
    themes, doc_themes = _refitted(ref.unnamed, asked)
    return dataclasses.replace(tables, themes=themes, doc_themes=doc_themes)


@st.cache_resource(max_entries=4, show_spinner=False, hash_funcs=KEY_HASH)
def _refitted(ref: CorpusRef, n_themes: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    from threadpoolctl import threadpool_limits

    from analysis.aggregate.themes import corpus_themes
    from analysis.aggregate.vocabulary import term_vocabulary
    from analysis.store.term_cache import tables_texts

    tables = analysed_tables(ref)
    texts = tables_texts(tables)
    sources = tables.documents["source"].tolist()
    vocabulary = term_vocabulary(gazetteer_info().gazetteer, sources)
    with threadpool_limits(limits=1):  # as the build fits them: the same themes on every machine
        themes, doc_themes, _ = corpus_themes(
            term_counts(ref), texts, sources=sources, vocabulary=vocabulary, n_themes=n_themes
        )
    return themes, doc_themes


def theme_units(ref: CorpusRef) -> int:
    """How many documents the corpus's themes are fitted on (its articles, or a small corpus's
    passages): the most themes "More themes" may ask for."""
    return _theme_units(ref.unnamed)


@st.cache_resource(max_entries=4, show_spinner=False, hash_funcs=KEY_HASH)
def _theme_units(ref: CorpusRef) -> int:
    from analysis.aggregate.themes import theme_units as units
    from analysis.store.term_cache import tables_texts

    return units(tables_texts(analysed_tables(ref)))


def theme_names_key(ref: CorpusRef) -> str:
    return corpus_key(ref.kind, ref.name, ref.location)


def theme_names(ref: CorpusRef, themes: pd.DataFrame) -> pd.DataFrame:
    """Each theme's name and hidden flag (:func:`analysis.aggregate.theme_names.match_names`) from
    the names stored for the corpus in the article store of the data directory."""
    stored = ThemeNames(_store(data_dir())).stored(theme_names_key(ref))
    return match_names(themes, stored)


def save_theme_names(ref: CorpusRef, names: pd.DataFrame) -> int:
    """Store the analyst's names and hidden flags of ``ref``'s themes; the pages show them from the
    next run on, whose corpus picker reads the names' new stamp (:attr:`CorpusRef.names`)."""
    return ThemeNames(_store(data_dir())).save(theme_names_key(ref), fitted_tables(ref).themes, names)


#: entity_id → (English name, Arabic name) of the entities corpora discovered (``disc:`` ids: one
#: name in every corpus, see :func:`analysis.extract.discovered.discovered_id`), for :func:`entity_name`.
_DISCOVERED_NAMES: dict[str, tuple[str, str]] = {}


@st.cache_resource(max_entries=8, show_spinner=False, hash_funcs=KEY_HASH)
def corpus_entities(ref: CorpusRef, version: str) -> pd.DataFrame:
    """The gazetteer's entities table plus the entities ``ref``'s corpus discovered
    (:func:`analysis.extract.discovered.discovered_entity_rows`), so that charts name them."""
    del version  # part of the cache key only: the gazetteer in use
    entities = gazetteer_info().entities
    queries = build_queries(ref)
    if queries is not None:
        found = queried_overview(ref).discovered
        both = pd.concat([entities, found], ignore_index=True) if len(found) else entities
    else:
        both = entities_with_discovered(entities, corpus_tables(ref).mentions)
    found = both.iloc[len(entities) :]
    _DISCOVERED_NAMES.update(zip(found["entity_id"], zip(found["name_en"], found["name_ar"])))
    return both


@st.cache_resource(max_entries=64, show_spinner=False, hash_funcs=KEY_HASH)
def filtered_tables(ref: CorpusRef, spec: FilterSpec) -> CorpusTables:
    return apply_filters(corpus_tables(ref), spec, below=gazetteer_info().gazetteer.descendants)


def kwic_index(ref: CorpusRef) -> KwicIndex | TextSearch:
    """What finds a word in the corpus' texts: a search through DuckDB of the texts on disk (a
    corpus read from its Parquet files: nothing held), else an index of the texts in memory."""
    return _kwic_index(ref.unnamed)


@st.cache_resource(max_entries=8, show_spinner=False, hash_funcs=KEY_HASH)
def _kwic_index(ref: CorpusRef) -> KwicIndex | TextSearch:
    tables = analysed_tables(ref)
    return text_search(tables.texts, tables.sentences)


def term_counts(ref: CorpusRef) -> TermMatrix:
    return _term_counts(ref.unnamed)


@st.cache_resource(max_entries=2, show_spinner=False, hash_funcs=KEY_HASH)
def _term_counts(ref: CorpusRef) -> TermMatrix:
    """Every article's term counts, as the themes were built from them (the same tokens, stems,
    names and boilerplate left out): what the Compare page's keyness counts. The analysis keeps the
    counts its TF-IDF made on disk (:func:`analysis.store.term_cache.keep_terms`), so they are read
    here (:func:`analysis.store.term_cache.load_or_build_terms`), also after a restart; counted
    again (15 s for a 30,000-article corpus) only when no entry holds them (a corpus built
    elsewhere, a cache cleared); then every comparison sums two sets of rows."""
    from analysis.store.term_cache import corpus_identity, tables_terms

    corpus = corpus_identity(ref.kind, ref.location, ref.name)
    return tables_terms(analysed_tables(ref), gazetteer_info().gazetteer, cache_dir=config.cache_dir(), corpus=corpus)


def article_counts(ref: CorpusRef, what: str) -> ArticleCounts:
    """Every article's count of every item of ``what`` (``terms``, ``actors``, ``places``,
    ``themes``, ``types``), made once per corpus: a comparison of two selections then sums two
    sets of rows (:class:`analysis.aggregate.compare.ArticleCounts`). The themes are those every
    page shows (:func:`corpus_tables`: refitted, merged and hidden as the analysts asked), so their
    counts are keyed by the names' stamp too."""
    return _article_counts(ref if what == "themes" else ref.unnamed, what)


@st.cache_resource(max_entries=10, show_spinner=False, hash_funcs=KEY_HASH)
def _article_counts(ref: CorpusRef, what: str) -> ArticleCounts:
    from analysis.aggregate import compare

    tables = corpus_tables(ref)
    if what == "terms":
        return compare.term_counts(term_counts(ref))
    if what in ("actors", "places"):
        return compare.entity_counts(tables.mentions, "actor" if what == "actors" else "region")
    if what == "themes":
        return compare.theme_weights(tables.doc_themes)
    return compare.event_type_counts(tables.events)


@st.cache_resource(max_entries=32, show_spinner=False, hash_funcs=KEY_HASH)
def search_concordance(ref: CorpusRef, spec: FilterSpec, query: str, sort: str) -> Concordance:
    """Every occurrence of ``query`` in the selection ``spec`` of the corpus, as a concordance
    ordered by ``sort`` (cached: paging through it does not search again)."""
    selection = filtered_tables(ref, spec).documents
    hits = kwic_index(ref).search(query, doc_ids=set(selection["doc_id"]))
    return concordance(hits, corpus_tables(ref).documents, sort=sort)


@st.cache_resource(max_entries=128, show_spinner=False, hash_funcs=KEY_HASH)
def entity_totals(ref: CorpusRef, spec: FilterSpec, kind: str) -> pd.Series:
    """Mentions per entity of ``kind`` in the selection ``spec``, largest first
    (:func:`analysis.viz.bars.entity_counts`), once per selection, not once per run."""
    from analysis.viz.bars import entity_counts

    return entity_counts(filtered_tables(ref, spec).mentions, kind=kind)


@st.cache_resource(max_entries=64, show_spinner=False, hash_funcs=KEY_HASH)
def timeline_rows(ref: CorpusRef, spec: FilterSpec, view: str) -> pd.DataFrame:
    """The events the timeline of ``view`` shows for the selection ``spec``
    (:func:`analysis.aggregate.timeline.view_events`), once per selection, not once per run."""
    from analysis.aggregate.timeline import view_events

    tables = filtered_tables(ref, spec)
    return view_events(tables.events, tables.documents, view)


@st.cache_resource(max_entries=64, show_spinner=False, hash_funcs=KEY_HASH)
def timeline_counts(ref: CorpusRef, spec: FilterSpec, view: str) -> pd.DataFrame:
    """Events per period of ``view`` for the selection ``spec``
    (:func:`analysis.charts.summaries.event_count_table`), once per selection."""
    from analysis.charts.summaries import event_count_table

    return event_count_table(filtered_tables(ref, spec), {"view": view})


@st.cache_resource(max_entries=8, show_spinner="Looking for names the gazetteer lacks…", hash_funcs=KEY_HASH)
def discovery(ref: CorpusRef) -> pd.DataFrame:
    """Candidates the gazetteer lacks (:func:`analysis.extract.discover.discover`) in the whole corpus;
    ``ref`` holds the gazetteer version, so an adopted candidate is gone on the next run. Kept on
    disk (:mod:`analysis.store.discovery_cache`): a restarted server reads it (~20 s to discover on 31k)."""
    from analysis.store.discovery_cache import load_or_discover
    from analysis.store.term_cache import corpus_identity

    tables = corpus_tables(ref)
    corpus = corpus_identity(ref.kind, ref.location, ref.name)
    return load_or_discover(
        tables.sentences, tables.mentions, gazetteer_info().gazetteer, cache_dir=config.cache_dir(), corpus=corpus
    )


@st.cache_resource(max_entries=512, show_spinner=False, hash_funcs=KEY_HASH)
def _cached_figure(key: tuple, _build):
    return _build()


def cached_figure(key: tuple, build):
    """``build()`` once per ``key`` (chart name, corpus, filter spec, display options); also the
    small figures a page derives from a selection (the Overview's coverage line).

    Figures are never changed after they are built, so one object serves every session;
    coming back to a selection (or a page) redraws without rebuilding its charts.
    """
    return _cached_figure(key, build)


class _SentFigure(go.Figure):
    """What ``st.plotly_chart`` sends of a figure, made once (:func:`sent_figure`). Streamlit asks a
    figure for ``to_dict()`` on every run: a deep copy of the whole figure and a walk that packs its
    arrays, most of a chart's cost on a revisit. This object answers with the dict made the first
    time; it is nothing else (not initialised as a figure: not to be drawn, changed or exported)."""

    def __init__(self, wire: dict) -> None:  # no validation, no figure: an existing figure's dict
        self._wire = wire

    def to_dict(self) -> dict:
        return self._wire


_SENT: dict[int, tuple[weakref.ref, _SentFigure]] = {}


def sent_figure(fig: go.Figure) -> go.Figure:
    """``fig`` as ``st.plotly_chart`` sends it, made once per figure object: the cached figures
    (:func:`cached_figure`, never changed after they are built) are sent again on every run of every
    session that shows them. The traces' ``uid`` is removed beforehand (Plotly removes it while
    writing the JSON: on a shared dict that would change it while another session writes it)."""
    entry = _SENT.get(id(fig))
    if entry is None or entry[0]() is not fig:
        if len(_SENT) > 512:  # figures made for one run only: forget the dead ones
            for key in [k for k, (ref, _) in _SENT.items() if ref() is None]:
                _SENT.pop(key, None)
        wire = fig.to_dict()
        for trace in wire.get("data", []):
            trace.pop("uid", None)
        entry = (weakref.ref(fig), _SentFigure(wire))
        _SENT[id(fig)] = entry
    return entry[1]


class _FooteredFigure(go.Figure):
    """A figure drawn once for many selections (:data:`dashboard.widgets.SELECTION_FREE`) with one
    selection's provenance footer (:func:`analysis.briefing.provenance.footer_patch`), made only as
    far as it is used: what ``st.plotly_chart`` sends is the base figure's dict with the footer's
    height, margin and annotation set on a shallow copy of its layout (a copy of a grid of theme
    charts took ~25 ms per new selection); the figure itself (:meth:`full`: a copy of the base with
    the footer) only for an SVG download. Not to be changed, like every cached figure."""

    def __init__(self, base: go.Figure, provenance, *, lang: str, width: int) -> None:  # no figure: see full()
        from analysis.briefing.provenance import footer_patch

        self._base, self._footer_args = base, (provenance, lang, width)
        layout_patch, footer = footer_patch(base, provenance, lang=lang, width=width)
        wire = dict(sent_figure(base).to_dict())
        layout = dict(wire.get("layout") or {})  # shallow: the base's own dicts are never changed
        for key, value in layout_patch.items():  # patch_layout's merge, one level deep
            layout[key] = {**(layout.get(key) or {}), **value} if isinstance(value, dict) else value
        layout["annotations"] = [*(layout.get("annotations") or []), footer]
        wire["layout"] = layout
        self._wire, self._full = wire, None

    def laid_out_height(self) -> int:
        """The height the footered figure is laid out at (without making it)."""
        return self._wire["layout"]["height"]

    def to_dict(self) -> dict:
        return self._wire

    def full(self) -> go.Figure:
        """The base figure with the footer, as :func:`~analysis.briefing.provenance.with_footer` draws it."""
        if self._full is None:
            from analysis.briefing.provenance import with_footer
            from analysis.viz.patch import copy_figure

            provenance, lang, width = self._footer_args
            self._full = with_footer(copy_figure(self._base), provenance, lang=lang, width=width, inplace=True)
        return self._full


def footered(base: go.Figure, provenance, *, lang: str, width: int) -> go.Figure:
    """``base`` with ``provenance``'s footer, for the screen (:class:`_FooteredFigure`)."""
    return _FooteredFigure(base, provenance, lang=lang, width=width)


def full_figure(fig: go.Figure) -> go.Figure:
    """``fig`` as a figure that can be drawn, exported and read (a footered one made whole)."""
    return fig.full() if isinstance(fig, _FooteredFigure) else fig


def figure_height(fig: go.Figure) -> int | None:
    """The height a figure is laid out at (a footered one's without making it)."""
    if isinstance(fig, _FooteredFigure):
        return fig.laid_out_height()
    return fig.layout.height


def forget_analyses() -> None:
    """Drop every cached table, index and figure (after an import, an edit or a gazetteer change).

    The caches are keyed by the corpus revision and the gazetteer version, so nothing stale would
    be served anyway; this frees the memory the superseded entries hold. The path corpus comes
    back from its on-disk cache.
    """
    _RUN.gazetteer = None
    for cached in (
        _analysed_tables,
        corpus_tables,
        filtered_tables,
        _kwic_index,
        _term_counts,
        _article_counts,
        search_concordance,
        timeline_rows,
        timeline_counts,
        entity_totals,
        filter_options,
        _cached_figure,
        store_listing,
        discovery,
    ):
        cached.clear()


# --- the gazetteer -----------------------------------------------------------------------


@dataclass(frozen=True)
class GazetteerInfo:
    gazetteer: Gazetteer
    entities: pd.DataFrame
    aliases: pd.DataFrame
    names: dict  # entity_id -> (English name, Arabic name)
    error: str = ""  # why the overlay could not be applied
    #: lang -> {entity_id: entity_name(entity_id, lang)}, filled by :func:`entity_labeller`
    labels: dict = field(default_factory=dict, compare=False)


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


#: What one script run has already asked for (see :func:`begin_run`): per thread, because each
#: session's script runs in a thread of its own.
_RUN = threading.local()


def begin_run() -> None:
    """At the start of every script run (``app.py``'s first lines): forget what the last run read.

    The gazetteer is looked up once per run: a page labels thousands of options
    (:func:`entity_name` for every entity of a select box), and looking it up through its cache
    and the overlay's file stamp each time cost ~0.5 ms a label, seconds a run. An edit of the
    overlay (a callback) calls :func:`forget_analyses`, which forgets it too; :func:`end_run` ends it.
    """
    _RUN.gazetteer = None
    _RUN.in_run = True


def end_run() -> None:
    """At the end of every script run: callbacks and format functions called between runs look
    the gazetteer up afresh."""
    _RUN.gazetteer = None
    _RUN.in_run = False


def gazetteer_info() -> GazetteerInfo:
    """The gazetteer the analysis uses: the built-in files plus the data directory's overlay
    (read once per script run, see :func:`begin_run`; looked up afresh outside a run)."""
    info = getattr(_RUN, "gazetteer", None)
    if info is not None:
        return info
    folder = data_dir()
    info = _gazetteer_info(folder, file_stamp(config.overlay_path(folder)))
    if getattr(_RUN, "in_run", False):
        _RUN.gazetteer = info
    return info


def gazetteer_tables() -> tuple[pd.DataFrame, pd.DataFrame]:
    """(entities_table, aliases_table) of the gazetteer in use."""
    info = gazetteer_info()
    return info.entities, info.aliases


def entity_names() -> dict[str, tuple[str, str]]:
    return gazetteer_info().names


#: In the Arabic interface the English form follows the Arabic name, and a long one is cut here,
#: at its own end: cut by the browser, a right-to-left line loses its left end, which is where
#: the English form starts (``nomous Administration of North and East Syria · الإدارة الذاتية``).
ARABIC_LABEL_ENGLISH_CHARS = 26


def entity_name(entity_id: str, lang: str | None = None) -> str:
    """``Russia · روسيا`` (English interface) or ``روسيا · Russia`` (Arabic), as plain text;
    in Arabic a long English form is shortened after a word: ``الإدارة الذاتية · Autonomous Administration…``."""
    names = entity_names()
    en, ar = names.get(str(entity_id)) or _DISCOVERED_NAMES.get(str(entity_id)) or (str(entity_id), "")
    if not ar:
        return en
    if (lang or current_lang()) == "ar" and str(entity_id) in _DISCOVERED_NAMES:
        return ar  # its English form is only a transliteration (توم كوتون · Twm Kwtwn)
    if (lang or current_lang()) != "ar":
        return f"{en} · {ar}"
    if len(en) > ARABIC_LABEL_ENGLISH_CHARS:  # after a whole word
        en = en[:ARABIC_LABEL_ENGLISH_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:-–") + "…"
    return f"{ar} · {en}"


def entity_labeller(lang: str):
    """:func:`entity_name` in ``lang`` as a select box's ``format_func``, for thousands of options
    (the Gazetteer page lists every entity twice): every entity's label is made once per gazetteer
    and language, then each option is one look-up."""
    info = gazetteer_info()
    labels = info.labels.get(lang)
    if labels is None:
        labels = info.labels[lang] = {entity_id: entity_name(entity_id, lang) for entity_id in info.names}

    def label(entity_id: str) -> str:
        found = labels.get(entity_id)
        return found if found is not None else entity_name(entity_id, lang)

    return label


def place_name(entity_id: str, lang: str | None = None) -> str:
    """A place with the path above it, for the filters: ``Idlib › North-west Syria › Syria`` in English,
    ``إدلب › شمال غرب سوريا › سوريا`` in Arabic (a bare entity name when nothing is above it)."""
    lang = lang or current_lang()
    gazetteer = gazetteer_info().gazetteer
    path = gazetteer.path(str(entity_id)) if str(entity_id) in gazetteer.entities else [str(entity_id)]
    if len(path) == 1:
        return entity_name(entity_id, lang)
    names = entity_names()
    index = 1 if lang == "ar" else 0
    return " › ".join(names.get(node, (node, node))[index] or node for node in path)


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
    """What the filters offer. ``actors`` and ``regions`` are the lists' options; the corpus' rare
    discovered entities (:func:`analysis.extract.discovered.rare_discovered`) are not among them but
    in ``more_actors`` and ``more_regions``: a link (or a chart's click) that names one still filters
    by it, and the list shows it while it is chosen."""

    actors: tuple[str, ...]
    regions: tuple[str, ...]
    sources: tuple[str, ...]
    types: tuple[str, ...]
    date_min: dt.date | None
    date_max: dt.date | None
    more_actors: tuple[str, ...] = ()
    more_regions: tuple[str, ...] = ()

    @functools.cached_property
    def rare(self) -> frozenset[str]:
        """The rare discovered entities: in no list of options (evidence pickers included)."""
        return frozenset(self.more_actors) | frozenset(self.more_regions)

    def allowed(self, field: str) -> tuple[str, ...]:
        """Every value the filter ``field`` (``actors``, ``regions``, ``sources``, ``types``) may hold."""
        return tuple(getattr(self, field)) + tuple(getattr(self, f"more_{field}", ()))

    def offered(self, field: str, chosen) -> list[str]:
        """The options of the filter ``field``'s list: its options, then the rare entities ``chosen``."""
        values = list(getattr(self, field))
        more = set(getattr(self, f"more_{field}", ()))
        return values + [c for c in chosen or () if c in more]


def states_held_as_places(regions) -> tuple[str, ...]:
    """The states among the ``regions`` offered: the gazetteer holds most states as actors (Yemen,
    Iraq), a few as places with their governments as actors of their own (Syria and the Syrian
    regime); the filters' help names these, where an analyst looks for a state under Actors."""
    entities = gazetteer_info().gazetteer.entities
    return tuple(r for r in regions if r in entities and entities[r].is_country)


@st.cache_resource(show_spinner=False, max_entries=8, hash_funcs=KEY_HASH)
def filter_options(ref: CorpusRef) -> Options:
    """What the filters offer: entities mentioned in the corpus (most mentioned first; the rare
    discovered ones apart), sources, types, date span."""
    queries = build_queries(ref)
    if queries is not None:
        overview = queried_overview(ref)
        counts = overview.entities.rename(columns={"mentions": "n"})[["entity_kind", "entity_id", "n"]]
        return _options(ref, counts, overview.rare, overview.sources, overview.date_min, overview.date_max)
    tables = corpus_tables(ref)
    counts = tables.mentions.groupby(["entity_kind", "entity_id"]).size().reset_index(name="n")
    published = tables.documents["published"].dropna()
    # "" stands for the articles that name no source (see analysis.aggregate.filters)
    return _options(
        ref, counts, rare_entities(tables), tuple(sorted({s or "" for s in tables.documents["source"]})),
        min(published) if len(published) else None, max(published) if len(published) else None,
    )  # fmt: skip


def _options(ref: CorpusRef, counts: pd.DataFrame, rare, sources, date_min, date_max) -> Options:
    """:func:`filter_options` from each entity's count ``n`` (entity_kind, entity_id, n), the rare
    discovered ones, the sources and the publication span: a loaded corpus's or a queried build's."""
    gazetteer = gazetteer_info().gazetteer
    corpus_entities(ref, gazetteer.version)  # the names of the entities the corpus discovered
    counts = counts.sort_values(["n", "entity_id"], ascending=[False, True])

    def kind(k: str, *, rare_ones: bool = False) -> tuple[str, ...]:
        ids = (str(i) for i in counts.loc[counts["entity_kind"] == k, "entity_id"])
        return tuple(i for i in ids if (i in rare) == rare_ones)

    # a region filter may choose any place above a mentioned one: Syria keeps the articles on Idlib
    mentioned = kind("region")
    above = [node for r in mentioned if r in gazetteer.entities for node in gazetteer.ancestors(r)]
    regions = tuple(dict.fromkeys([*mentioned, *(a for a in above if gazetteer.entities[a].kind == "region")]))
    return Options(
        actors=kind("actor"),
        regions=regions,
        sources=tuple(sources),
        types=tuple(e.id for e in event_types()),
        date_min=date_min,
        date_max=date_max,
        more_actors=kind("actor", rare_ones=True),
        more_regions=kind("region", rare_ones=True),
    )


# --- a build too large to load: queried where it lies ------------------------------------------------


def build_queries(ref: CorpusRef) -> BuildQueries | None:
    """The DuckDB queries of ``ref`` when it is a build linked into the store that is too large to
    load (:func:`analysis.store.builds.too_large_to_load`); None for every other corpus. Its pages
    then ask each question of the build's Parquet files (:class:`~analysis.store.build_queries.BuildQueries`)."""
    if ref.kind != "store":
        return None
    location = build_locations(ref.location, store_stamp(ref.location)).get(ref.name)
    if location is None:
        return None
    return _build_queries(location, ref.gazetteer, load_limits().browse.max_linked_articles)


@st.cache_resource(show_spinner=False, max_entries=4)
def _build_queries(location: str, gazetteer: str, limit: int) -> BuildQueries | None:
    del gazetteer, limit  # part of the key: a changed hierarchy widens selections differently
    try:  # the first part of each table: every part was read when the build was linked (at 1M, 12,000
        # schemas: 0.75 s of the first page)
        info = check_build(location, every_part=False)
    except BuildError:
        return None  # the store's own message says what is wrong when its tables are asked for
    if not too_large_to_load(info):
        return None
    limits = load_limits().browse
    return BuildQueries(
        info.location, below=gazetteer_info().gazetteer.descendants,
        memory_limit=f"{limits.query_memory_mb}MB", threads=limits.query_threads, cache=config.cache_dir(),
    )  # fmt: skip


def is_queried(ref: CorpusRef) -> bool:
    return build_queries(ref) is not None


@st.cache_resource(show_spinner="Reading the build…", max_entries=4, hash_funcs=KEY_HASH)
def queried_overview(ref: CorpusRef) -> BuildOverview:
    """What the filters of a queried build offer, read once per corpus and gazetteer."""
    queries = build_queries(ref)
    assert queries is not None
    return queries.overview()


@st.cache_data(show_spinner=False, max_entries=512, hash_funcs=KEY_HASH)
def ask(ref: CorpusRef, question: str, spec: FilterSpec, *args, **kwargs):
    """``BuildQueries.<question>(spec, *args, **kwargs)`` of the queried build ``ref``, kept per
    corpus, selection and arguments: a filter change asks again, a page's rerun does not."""
    queries = build_queries(ref)
    if queries is None:
        raise ValueError(f"{ref.label} is not a queried build")
    return getattr(queries, question)(spec, *args, **kwargs)


def queried_cover(ref: CorpusRef, spec: FilterSpec, entities: pd.DataFrame) -> dict[str, list[str]]:
    """A briefing cover's lines (``{"ar": [...], "en": [...]}``) of the selection ``spec`` of the queried
    build ``ref``, counted by DuckDB (:func:`analysis.briefing.queried_cover.cover_facts`), its themes named
    and hidden as the analysts chose."""
    from analysis.briefing.queried_cover import cover_facts
    from analysis.briefing.summary import cover_lines

    queries = build_queries(ref)
    if queries is None:
        raise ValueError(f"{ref.label} is not a queried build")
    facts = cover_facts(queries, spec, corpus=ref.name, themes=queried_themes(ref))
    return {lang: cover_lines(facts, spec, lang=lang, entities=entities) for lang in ("ar", "en")}


@st.cache_data(show_spinner=False, max_entries=8, hash_funcs=KEY_HASH)
def queried_themes(ref: CorpusRef) -> pd.DataFrame:
    """The themes of the queried build ``ref`` (theme_id, rank, term, weight, coherence: a few dozen
    rows), with the names analysts gave them (a ``name`` column, null for none) and without those
    they hid. ``ref.names`` is the names' stamp: a saved name is a new key."""
    queries = build_queries(ref)
    if queries is None:
        raise ValueError(f"{ref.label} is not a queried build")
    themes = queries.themes()
    names = theme_names(ref, themes) if ref.names else None
    if names is None or names.empty:
        return themes.assign(name=None)
    hidden = set(names.loc[names["hidden"].astype(bool), "theme_id"].astype(int))
    name_of = {int(i): n for i, n in zip(names["theme_id"], names["name"]) if isinstance(n, str) and n}
    themes = themes[~themes["theme_id"].isin(hidden)].reset_index(drop=True)
    return themes.assign(name=[name_of.get(int(i)) for i in themes["theme_id"]])
