"""What every page shares: the corpus tables, the gazetteer, the global filters and the URL.

The analysis runs once per corpus and process (:func:`corpus_tables`, on top of the on-disk
cache of :func:`analysis.cache.load_or_build`); the filtered tables are cached per
:class:`~analysis.filters.FilterSpec`. ``st.cache_resource`` rather than ``st.cache_data``:
the tables are large, read-only by convention, and copying them on every rerun (what
``cache_data`` does) would cost more than the filtering itself.

The filters live in ``st.session_state`` under the ``f_*`` keys (widgets created once, in
``app.py``) and in the URL query parameters (:data:`URL_KEYS`), so a copied link opens the
same view::

    ?actors=russia,turkey&mode=all&regions=idlib&from=2019-01-01&to=2020-12-31
     &sources=ترك برس&types=strike,talks&lang=ar&doc=<doc_id>
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import streamlit as st

from analysis.cache import load_or_build
from analysis.events import load_event_types
from analysis.filters import FilterSpec, apply_filters
from analysis.gazetteer import load_gazetteer
from analysis.kwic import KwicIndex
from analysis.pipeline import CorpusTables
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


# --- the corpus --------------------------------------------------------------------------


def corpus_path() -> str:
    """``--corpus PATH`` after ``streamlit run dashboard/app.py --``, else ``$ARABIC_NEWS_CORPUS``, else ``seeds/``."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--corpus")
    args, _ = parser.parse_known_args(sys.argv[1:])
    path = args.corpus or os.environ.get("ARABIC_NEWS_CORPUS") or str(REPO / "seeds")
    return str(Path(path).expanduser().resolve())


@st.cache_resource(show_spinner="Analysing the corpus…")
def corpus_tables(path: str) -> CorpusTables:
    return load_or_build(path)


@st.cache_resource(max_entries=64, show_spinner=False)
def filtered_tables(path: str, spec: FilterSpec) -> CorpusTables:
    return apply_filters(corpus_tables(path), spec)


@st.cache_resource(show_spinner=False)
def kwic_index(path: str) -> KwicIndex:
    tables = corpus_tables(path)
    return KwicIndex(tables.texts, tables.sentences)


@st.cache_resource(show_spinner=False)
def gazetteer_tables() -> tuple[pd.DataFrame, pd.DataFrame]:
    """(entities_table, aliases_table) of the default gazetteer."""
    gazetteer = load_gazetteer()
    return gazetteer.entities_table(), gazetteer.aliases_table()


@st.cache_resource(show_spinner=False)
def entity_names() -> dict[str, tuple[str, str]]:
    entities, _ = gazetteer_tables()
    return {str(r.entity_id): (str(r.name_en or r.entity_id), str(r.name_ar or "")) for r in entities.itertuples()}


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


@st.cache_resource(show_spinner=False)
def filter_options(path: str) -> Options:
    """What the filters offer: entities mentioned in the corpus (most mentioned first), sources, types, date span."""
    tables = corpus_tables(path)
    counts = tables.mentions.groupby(["entity_kind", "entity_id"]).size().reset_index(name="n")
    counts = counts.sort_values(["n", "entity_id"], ascending=[False, True])

    def kind(k: str) -> tuple[str, ...]:
        return tuple(str(i) for i in counts.loc[counts["entity_kind"] == k, "entity_id"])

    sources = tuple(sorted({str(s) for s in tables.documents["source"]}))
    published = pd.to_datetime(tables.documents["published"].replace("", None), errors="coerce").dropna()
    return Options(
        actors=kind("actor"),
        regions=kind("region"),
        sources=sources,
        types=tuple(e.id for e in event_types()),
        date_min=published.min().date() if len(published) else None,
        date_max=published.max().date() if len(published) else None,
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
    return params


def write_url(options: Options) -> None:
    """Mirror the filters into the URL (other parameters such as ``doc`` stay)."""
    wanted = filter_params(options)
    for key in ("actors", "mode", "regions", "from", "to", "sources", "types", "lang"):
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
    path: str
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
    """The corpus, the selection and the interface language of this run (cheap: all cached)."""
    path = corpus_path()
    options = filter_options(path)
    spec = current_spec(options)
    entities, aliases = gazetteer_tables()
    return Context(
        path=path,
        tables=corpus_tables(path),
        view=filtered_tables(path, spec),
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


def doc_label(documents: pd.DataFrame, doc_id: str, *, max_chars: int = 70) -> str:
    """An article's title (cut to ``max_chars``), or its id when it has none; plain text."""
    match = documents.loc[documents["doc_id"] == doc_id, "title"]
    title = str(match.iloc[0]) if len(match) and match.iloc[0] else ""
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
