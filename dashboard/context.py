"""What a page gets: the corpus, the selection and the interface language of this run
(:func:`context`), the selection line, and articles' labels."""

from __future__ import annotations

import weakref
from dataclasses import dataclass

import pandas as pd

from analysis.aggregate.filters import FilterSpec
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
    entities, aliases = data.gazetteer_tables()
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
    return t(
        "selection",
        docs=len(ctx.view.documents),
        all_docs=len(ctx.tables.documents),
        sents=len(ctx.view.sentences),
        events=len(ctx.view.events),
    )


def describe_filters(spec: FilterSpec, lang: str | None = None) -> str:
    """The filters line in the interface language, names instead of codes: ``الفاعلون: روسيا ·
    Russia (أيًّا منهم) · المناطق: إدلب · Idlib · النشر: 2019-01-01 – …`` in Arabic (not
    ``regions: idlib``). Each name, source and date is isolated (FSI…PDI), so a Latin name or an
    ISO date keeps its own order inside a right-to-left line. Plain text (escape it for HTML)."""
    lang = lang or current_lang()
    if spec.is_empty:
        return t("no_filters", lang)
    comma = t("arabic_list_separator", lang)

    def names(values) -> str:
        return comma.join(_isolate(v) for v in values)

    parts = []
    if spec.actors:
        names_ = names(data.entity_name(a, lang) for a in spec.actors)
        parts.append(t("arabic_filter_actors", lang, names=names_, mode=t(f"mode_{spec.actor_mode}", lang)))
    if spec.regions:
        parts.append(t("arabic_filter_regions", lang, names=names(data.entity_name(r, lang) for r in spec.regions)))
    if spec.date_from or spec.date_to:
        first, last = (_isolate(d) if d else "…" for d in (spec.date_from, spec.date_to))
        parts.append(t("arabic_filter_published", lang, first=first, last=last))
    if spec.sources:
        parts.append(t("arabic_filter_sources", lang, names=names(s or t("no_source", lang) for s in spec.sources)))
    if spec.event_types:
        parts.append(
            t("arabic_filter_types", lang, names=names(data.event_type_name(e, lang) for e in spec.event_types))
        )
    return " · ".join(parts)


def _isolate(value) -> str:
    return f"\u2068{value}\u2069"


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
