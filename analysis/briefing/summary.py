"""The few lines on a briefing's cover: what the pack covers, generated from the selection.

    cover_summary(tables, spec, lang="ar", corpus="seeds", entities=entities)
    # ['المدونة: seeds · 5 مقالات من 3 مصادر، نُشرت بين 5 فبراير 2020 و30 ديسمبر 2020.',
    #  'المرشحات: بلا مرشحات.',
    #  'أبرز الفاعلين: روسيا (5 مقالات)، تركيا (5 مقالات)، سوريا (4 مقالات).',
    #  'أبرز الأماكن: إدلب (3 مقالات)، …', 'أبرز الموضوعات: …', 'الأحداث: 28 حدثًا …']

Each line is one language only (Arabic for ``'ar'``, English otherwise); counts follow the
language's plural rules (:func:`analysis.text.plurals.count_phrase`).
"""

from __future__ import annotations

import pandas as pd

from analysis.aggregate.filters import FilterSpec
from analysis.aggregate.theme_names import theme_name
from analysis.aggregate.timeline import publication_window, view_events
from analysis.briefing.provenance import describe_filters
from analysis.charts.summaries import arabic_day, arabic_names, event_type_ar
from analysis.extract.events import load_event_types
from analysis.schema import CorpusTables
from analysis.text.plurals import count_phrase
from analysis.viz.bars import entity_counts
from analysis.viz.style import clean_text

#: How many actors, places, themes and event types the cover names.
TOP = 3


def _names(entities: pd.DataFrame | None, lang: str) -> dict[str, str]:
    if lang == "ar":
        return arabic_names(entities)
    if entities is None or entities.empty:
        return {}
    return {str(i): clean_text(n) or str(i) for i, n in zip(entities["entity_id"], entities["name_en"])}


def _top_entities(tables: CorpusTables, kind: str, names: dict, lang: str) -> str:
    counts = entity_counts(tables.mentions, count="documents", kind=kind).head(TOP)
    comma = "، " if lang == "ar" else ", "
    return comma.join(f"{names.get(i, i)} ({count_phrase(int(n), 'article', lang)})" for i, n in counts.items())


def _top_themes(tables: CorpusTables, lang: str) -> str:
    if tables.doc_themes.empty or tables.themes.empty:
        return ""
    weights = tables.doc_themes.groupby("theme_id")["weight"].sum().sort_values(ascending=False).head(TOP)
    comma = "، " if lang == "ar" else ", "
    shown = set(tables.themes["theme_id"])
    return " · ".join(
        theme_name(tables.themes, theme_id, separator=comma) for theme_id in weights.index if theme_id in shown
    )


def _events(tables: CorpusTables, lang: str) -> str:
    news = view_events(tables.events, tables.documents, "news") if len(tables.events) else tables.events
    if news.empty:
        return ""
    kinds = news["event_type"].fillna("other").value_counts().drop("other", errors="ignore").head(TOP)
    english = load_event_types().labels("en")
    named = [
        f"{event_type_ar(k) if lang == 'ar' else english.get(str(k), str(k))} ({count_phrase(int(n), 'event', lang)})"
        for k, n in kinds.items()
    ]
    if lang == "ar":
        return f"{count_phrase(len(news), 'event')} في الأخبار (مُبلَّغ عنها أو مرتقبة)؛ أكثرها: {'، '.join(named)}"
    return f"{count_phrase(len(news), 'event', 'en')} in the news (reported or scheduled); most: {', '.join(named)}"


def cover_summary(
    tables: CorpusTables,
    spec: FilterSpec | None = None,
    *,
    lang: str = "ar",
    corpus: str | None = None,
    entities: pd.DataFrame | None = None,
) -> list[str]:
    """The cover's lines for ``tables`` (already filtered by ``spec``): the corpus and its period,
    the filters, the most named actors and places, the strongest themes and the news events."""
    ar = lang == "ar"
    corpus = corpus or tables.name
    docs = tables.documents
    n_sources = docs["source"].dropna().nunique() if "source" in docs else 0
    window = publication_window(docs)
    articles = count_phrase(len(docs), "article", lang)
    if ar:
        # "فيها" keeps the count out of a Latin corpus name's run (seeds · 5 would read 5 · seeds)
        first = f"المدونة: {corpus} · فيها {articles} من {count_phrase(n_sources, 'source')}"
        first += f"، نُشرت بين {arabic_day(window.first)} و{arabic_day(window.last)}." if window else "، بلا تواريخ نشر."
    else:
        first = f"Corpus: {corpus} · {articles} from {count_phrase(n_sources, 'source', 'en')}"
        first += (
            f", published {window.first:%Y-%m-%d} to {window.last:%Y-%m-%d}." if window else ", no publication dates."
        )
    lines = [first, f"{'المرشحات' if ar else 'Filters'}: {describe_filters(spec, lang, entities)}."]
    names = _names(entities, lang)
    for kind, label_ar, label_en in (
        ("actor", "أبرز الفاعلين", "Top actors"),
        ("region", "أبرز الأماكن", "Top places"),
    ):
        found = _top_entities(tables, kind, names, lang)
        if found:
            lines.append(f"{label_ar if ar else label_en}: {found}.")
    themes = _top_themes(tables, lang)
    if themes:
        lines.append(f"{'أبرز الموضوعات' if ar else 'Top themes'}: {themes}.")
    events = _events(tables, lang)
    if events:
        lines.append(f"{'الأحداث' if ar else 'Events'}: {events}.")
    return lines
