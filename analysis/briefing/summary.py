"""The few lines on a briefing's cover: what the pack covers, generated from the selection.

    cover_summary(tables, spec, lang="ar", corpus="seeds", entities=entities)
    # ['المدونة: seeds · 5 مقالات من 3 مصادر، نُشرت بين 5 فبراير 2020 و30 ديسمبر 2020.',
    #  'المرشحات: بلا مرشحات.',
    #  'أبرز الفاعلين: تركيا (5 مقالات)، روسيا (5 مقالات)، النظام السوري (5 مقالات).',
    #  'أبرز الأماكن: إدلب (3 مقالات)، …', 'أبرز الموضوعات: …', 'الأحداث: 28 حدثًا …']

The lines are written from :class:`CoverFacts`, the few counts they need: :func:`cover_facts` counts
them in loaded tables, :func:`analysis.briefing.queried_cover.cover_facts` with DuckDB in a build too large
to load (the same figures, tested), and :func:`cover_lines` writes them. Each line is one language
only (Arabic for ``'ar'``, English otherwise); counts follow the language's plural rules
(:func:`analysis.text.plurals.count_phrase`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

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
_PART = "\x00"  # between the terms of a theme's label until the language's comma joins them


@dataclass(frozen=True)
class CoverFacts:
    """What a cover says of a selection: its corpus, articles, sources and publication dates, the
    actors and places its articles name most (``(entity_id, articles)``, most first), its strongest
    themes (their names), its news events (reported or scheduled, in its publication window) and
    their commonest types (``(event_type, events)``, "other" left out)."""

    corpus: str
    articles: int
    sources: int
    first: pd.Timestamp | None = None
    last: pd.Timestamp | None = None
    actors: tuple[tuple[str, int], ...] = ()
    places: tuple[tuple[str, int], ...] = ()
    #: The strongest themes: each the name analysts gave it, else its label's terms.
    themes: tuple[tuple[str, ...], ...] = ()
    news_events: int = 0
    event_types: tuple[tuple[str, int], ...] = field(default=())


def ranked_event_types(types: pd.Series, counts: pd.Series | None = None) -> list[tuple[str, int]]:
    """``(event_type, events)`` most first, ties by name, a missing type counted as "other": of the
    events whose types are ``types``, or, with ``counts``, of those counted ``counts`` per row."""
    counted = pd.DataFrame({"type": types.fillna("other").astype(str).to_numpy(),
                            "n": 1 if counts is None else counts.to_numpy()})  # fmt: skip
    ranked = counted.groupby("type", as_index=False)["n"].sum().sort_values(["n", "type"], ascending=[False, True])
    return [(str(k), int(n)) for k, n in zip(ranked["type"], ranked["n"])]


def named_types(ranked: list[tuple[str, int]]) -> tuple[tuple[str, int], ...]:
    """The first :data:`TOP` of ``ranked`` that are a type to name ("other" is none)."""
    return tuple((k, n) for k, n in ranked if k != "other")[:TOP]


def top_theme_names(themes: pd.DataFrame, ranked_ids) -> tuple[tuple[str, ...], ...]:
    """The first :data:`TOP` of the themes ``ranked_ids`` (strongest first) that ``themes`` shows, each
    as the parts of its name (:func:`~analysis.aggregate.theme_names.theme_name`, before they are
    joined by the language's comma)."""
    shown = set(themes["theme_id"]) if len(themes) else set()
    kept = [theme_id for theme_id in ranked_ids if theme_id in shown][:TOP]
    return tuple(tuple(theme_name(themes, theme_id, separator=_PART).split(_PART)) for theme_id in kept)


def cover_facts(tables: CorpusTables, *, corpus: str | None = None) -> CoverFacts:
    """The cover's facts of ``tables`` (already filtered)."""
    docs = tables.documents
    window = publication_window(docs)

    def top(kind: str) -> tuple[tuple[str, int], ...]:
        """By articles, then mentions (as a queried build's Overview ranks them), then id."""
        rows = tables.mentions[tables.mentions["entity_kind"] == kind]
        counts = pd.DataFrame({
            "articles": entity_counts(rows, count="documents"), "mentions": entity_counts(rows, count="mentions"),
        }).rename_axis("entity_id").reset_index()  # fmt: skip
        counts = counts.sort_values(["articles", "mentions", "entity_id"], ascending=[False, False, True]).head(TOP)
        return tuple((str(i), int(n)) for i, n in zip(counts["entity_id"], counts["articles"]))

    themes: tuple[tuple[str, ...], ...] = ()
    if not tables.doc_themes.empty and not tables.themes.empty:
        weights = tables.doc_themes.groupby("theme_id")["weight"].sum().sort_values(ascending=False)
        themes = top_theme_names(tables.themes, weights.index)
    news = view_events(tables.events, tables.documents, "news") if len(tables.events) else tables.events
    return CoverFacts(
        corpus=corpus or tables.name,
        articles=len(docs),
        sources=int(docs["source"].dropna().nunique()) if "source" in docs else 0,
        first=window.first if window else None,
        last=window.last if window else None,
        actors=top("actor"),
        places=top("region"),
        themes=themes,
        news_events=len(news),
        event_types=named_types(ranked_event_types(news["event_type"])),
    )


def _names(entities: pd.DataFrame | None, lang: str) -> dict[str, str]:
    if lang == "ar":
        return arabic_names(entities)
    if entities is None or entities.empty:
        return {}
    return {str(i): clean_text(n) or str(i) for i, n in zip(entities["entity_id"], entities["name_en"])}


def _events(facts: CoverFacts, lang: str) -> str:
    if not facts.news_events:
        return ""
    english = load_event_types().labels("en")
    named = [
        f"{event_type_ar(k) if lang == 'ar' else english.get(str(k), str(k))} ({count_phrase(int(n), 'event', lang)})"
        for k, n in facts.event_types
    ]
    if lang == "ar":
        return (
            f"{count_phrase(facts.news_events, 'event')} في الأخبار (مُبلَّغ عنها أو مرتقبة)؛ أكثرها: {'، '.join(named)}"
        )
    return f"{count_phrase(facts.news_events, 'event', 'en')} in the news (reported or scheduled); most: {', '.join(named)}"


def cover_lines(
    facts: CoverFacts, spec: FilterSpec | None = None, *, lang: str = "ar", entities: pd.DataFrame | None = None
) -> list[str]:
    """The cover's lines of ``facts``: the corpus and its period, the filters of ``spec``, the most
    named actors and places, the strongest themes and the news events."""
    ar = lang == "ar"
    comma = "، " if ar else ", "
    articles = count_phrase(facts.articles, "article", lang)
    dated = facts.first is not None and facts.last is not None
    if ar:
        # "فيها" keeps the count out of a Latin corpus name's run (seeds · 5 would read 5 · seeds)
        first = f"المدونة: {facts.corpus} · فيها {articles} من {count_phrase(facts.sources, 'source')}"
        first += f"، نُشرت بين {arabic_day(facts.first)} و{arabic_day(facts.last)}." if dated else "، بلا تواريخ نشر."
    else:
        first = f"Corpus: {facts.corpus} · {articles} from {count_phrase(facts.sources, 'source', 'en')}"
        first += f", published {facts.first:%Y-%m-%d} to {facts.last:%Y-%m-%d}." if dated else ", no publication dates."
    lines = [first, f"{'المرشحات' if ar else 'Filters'}: {describe_filters(spec, lang, entities)}."]
    names = _names(entities, lang)
    for ranked, label_ar, label_en in (
        (facts.actors, "أبرز الفاعلين", "Top actors"),
        (facts.places, "أبرز الأماكن", "Top places"),
    ):
        if ranked:
            found = comma.join(f"{names.get(i, i)} ({count_phrase(int(n), 'article', lang)})" for i, n in ranked)
            lines.append(f"{label_ar if ar else label_en}: {found}.")
    if facts.themes:
        named = " · ".join(comma.join(parts) for parts in facts.themes)
        lines.append(f"{'أبرز الموضوعات' if ar else 'Top themes'}: {named}.")
    events = _events(facts, lang)
    if events:
        lines.append(f"{'الأحداث' if ar else 'Events'}: {events}.")
    return lines


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
    return cover_lines(cover_facts(tables, corpus=corpus), spec, lang=lang, entities=entities)
