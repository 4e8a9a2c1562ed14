"""What a page gets: the corpus, the selection and the interface language of this run
(:func:`context`), the selection line, and articles' labels."""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from functools import partial

import pandas as pd

from analysis.aggregate.filters import FilterSpec
from analysis.briefing.provenance import Provenance
from analysis.briefing.provenance import describe_filters as provenance_filters
from analysis.schema import CorpusTables
from dashboard import data, url
from dashboard.corpus_picker import PATH_CHOICE, corpora, current_ref
from dashboard.data import CorpusRef, Options
from dashboard.filters import current_spec
from dashboard.i18n import current_lang, t


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

    The corpus is the one ``app.py`` picked for this run (:func:`dashboard.corpus_picker.pick_corpus`).
    """
    ref = current_ref() or corpora().ref(PATH_CHOICE)
    options = data.filter_options(ref)
    spec = current_spec(options)
    _, aliases = data.gazetteer_tables()
    entities = data.corpus_entities(ref, data.gazetteer_info().gazetteer.version)
    return Context(
        corpus=ref,
        tables=data.corpus_tables(ref),
        view=data.filtered_tables(ref, spec),
        spec=spec,
        options=options,
        entities=entities,
        aliases=aliases,
        lang=current_lang(),
        params=url.filter_params(options),
    )


def selection_line(ctx: Context) -> str:
    return _selection(len(ctx.view.documents), len(ctx.tables.documents), len(ctx.view.sentences), len(ctx.view.events))


def _selection(docs: int, all_docs: int, sentences: int, events: int) -> str:
    """ "Selection: 29,904 of 29,904 articles · …": every number grouped in thousands, the bare ones too (the
    label counts one of the two article numbers in each language, and a bare number was written 29904)."""
    return t("selection", docs=f"{docs:,}", all_docs=f"{all_docs:,}", sents=sentences, events=events)


def describe_filters(spec: FilterSpec, lang: str | None = None) -> str:
    """The filters line in the interface language, names as the sidebar writes them, each name,
    source and date isolated (:func:`analysis.briefing.provenance.describe_filters`, the briefing's
    line too): ``الفاعلون: روسيا · Russia (أيًّا منهم) · المناطق: إدلب · Idlib`` in Arabic, not
    ``regions: idlib``. Plain text (escape it for HTML)."""
    lang = lang or current_lang()
    return provenance_filters(
        spec, lang, name=partial(data.entity_name, lang=lang), type_name=partial(data.event_type_name, lang=lang),
        day=str, mode=lambda m: t(f"mode_{m}", lang), isolate=True,
    )  # fmt: skip


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


#: The most articles an article picker offers. Streamlit sends a selectbox's every label on every
#: run: 30,000 titles are about 2 MB per run and session, for a list no one scrolls. The rest are
#: reached through the filters, the article table or a link (a chosen article is always offered).
PICKER_LIMIT = 1000


def picker_options(view_ids: list, chosen=None, *, limit: int | None = None) -> tuple[list, int]:
    """The articles an article picker offers: the selection's first ``limit`` (default
    :data:`PICKER_LIMIT`) in list order, and ``chosen`` (the article open now, from a link or another
    page) when it is not among them; and how many of the selection's articles are left out."""
    limit = PICKER_LIMIT if limit is None else limit
    options = list(view_ids[:limit])
    if chosen is not None and chosen not in options:
        options.append(chosen)
    return options, max(0, len(view_ids) - limit)


# --- a build too large to load, queried where it lies ---------------------------------------------


@dataclass
class QueriedContext:
    """What a page of a queried build gets (:func:`queried_context`): the selection as a
    :class:`FilterSpec` and its counts, never its tables; each page asks ``data.ask`` for the small
    tables it draws."""

    corpus: CorpusRef
    spec: FilterSpec
    options: Options
    entities: pd.DataFrame
    lang: str
    params: dict
    counts: dict  # articles, sentences, mentions, events of the selection
    total: int  # the corpus's articles

    @property
    def empty(self) -> bool:
        return self.counts["articles"] == 0

    @property
    def chart_lang(self) -> str:
        return "ar" if self.lang == "ar" else "both"


def queried_context() -> QueriedContext:
    """:func:`context` for a build too large to load (:func:`dashboard.data.build_queries`)."""
    ref = current_ref() or corpora().ref(PATH_CHOICE)
    options = data.filter_options(ref)
    spec = current_spec(options)
    return QueriedContext(
        corpus=ref,
        spec=spec,
        options=options,
        entities=data.corpus_entities(ref, data.gazetteer_info().gazetteer.version),
        lang=current_lang(),
        params=url.filter_params(options),
        counts=data.ask(ref, "counts", spec),
        total=data.queried_overview(ref).articles,
    )


def any_context() -> Context | QueriedContext:
    """:func:`queried_context` for a build too large to load, else :func:`context` (a page both kinds open)."""
    ref = current_ref() or corpora().ref(PATH_CHOICE)
    return queried_context() if data.is_queried(ref) else context()


def queried_provenance(ctx: QueriedContext) -> Provenance:
    """The provenance footer of a queried build's charts: its name, the filters by the entities' names,
    the selection's articles and sentences (counted by DuckDB), and today."""
    return Provenance(
        corpus=ctx.corpus.name,
        filters=provenance_filters(ctx.spec, "en", ctx.entities),
        filters_ar=provenance_filters(ctx.spec, "ar", ctx.entities),
        n_articles=int(ctx.counts["articles"]),
        n_sentences=int(ctx.counts["sentences"]),
    )


def queried_selection_line(ctx: QueriedContext) -> str:
    counts = ctx.counts
    return _selection(counts["articles"], ctx.total, counts["sentences"], counts["events"])
