"""Every chart by id: how to draw it, how to caption it, which sentences stand behind it.

The dashboard, the briefing pack and the ``brief`` command share these ids, so a chart an
analyst picks on a page is the chart that lands in the briefing::

    fig = make_figure("top_actors", tables, {"top_n": 10}, lang="ar")
    text = caption("top_actors", tables, {"top_n": 10})        # one Arabic line
    rows = evidence("top_actors", tables, {"top_n": 10}, limit=5)

``options`` are the keyword arguments of the chart function in :mod:`analysis.viz` (``top_n``,
``window``, ``measure``, ``period``…) plus ``title``; unknown options raise ``ValueError``.
Evidence tables have the columns :data:`EVIDENCE_COLUMNS`: one row per sentence, in the
article's own (logical-order) text, with ``why`` naming what the sentence shows.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from analysis import config
from analysis.aggregate.places import places_table
from analysis.charts import captions as cap
from analysis.charts import evidence as ev
from analysis.charts.evidence import EVIDENCE_COLUMNS
from analysis.charts.summaries import HEATMAP_TOP_N, corpus_terms, kind_pairs
from analysis.schema import CorpusTables
from analysis.viz import bars, events, heatmap, maps, network, themes, timeline
from analysis.viz.style import check_lang


def default_entities() -> pd.DataFrame:
    """The entity table (names in English and Arabic, types) of the gazetteer in force: the built-in
    files with the analyst's edits (:func:`analysis.config.gazetteer`), read again when they change."""
    try:
        info = config.overlay_path().stat()
        stamp: tuple[int, int] | None = (info.st_mtime_ns, info.st_size)
    except FileNotFoundError:
        stamp = None
    return _entities(str(config.data_dir()), stamp)


def entities_of(tables: CorpusTables) -> pd.DataFrame:
    """:func:`default_entities` with the entities ``tables``' corpus discovered (``disc:`` ids)."""
    from analysis.extract.discovered import entities_with_discovered

    return entities_with_discovered(default_entities(), tables.mentions)


@functools.lru_cache(maxsize=4)
def _entities(folder: str, stamp: tuple[int, int] | None) -> pd.DataFrame:
    del stamp  # part of the cache key only: an edit of the overlay changes it
    return config.gazetteer(folder).entities_table()


@dataclass(frozen=True)
class Chart:
    """One chart of the registry: titles, the drawing function, its caption and evidence."""

    id: str
    title_en: str
    title_ar: str
    page: str
    draw: Callable[..., go.Figure]
    caption: Callable[[CorpusTables, dict, pd.DataFrame], str]
    evidence: Callable[[CorpusTables, dict, pd.DataFrame, int], pd.DataFrame]
    word_cloud: bool = False

    def title(self, lang: str) -> str:
        return self.title_ar if lang == "ar" else self.title_en


def _draw_top(kind: str):
    def draw(tables, options, lang, entities):
        return bars.top_entities_bar(tables.mentions, entities, kind=kind, lang=lang, **options)

    return draw


def _draw_heatmap(tables, options, lang, entities):
    options.setdefault("top_n", HEATMAP_TOP_N)
    return heatmap.comention_heatmap(kind_pairs(tables.comentions, entities, "actor"), entities, lang=lang, **options)


def _draw_network(tables, options, lang, entities):
    return network.actor_network(tables.mentions, tables.comentions, entities, lang=lang, **options)


def _draw_actor_region(tables, options, lang, entities):
    return heatmap.actor_region_heatmap(tables.mentions, entities, lang=lang, **options)


def _draw_timeline(tables, options, lang, entities):
    return events.event_timeline(tables.events, tables.documents, entities, lang=lang, **options)


def _draw_event_counts(tables, options, lang, entities):
    return events.event_counts_chart(tables.events, tables.documents, lang=lang, **options)


def _draw_mentions_over_time(tables, options, lang, entities):
    return timeline.mentions_over_time(tables.mentions, tables.documents, entities, lang=lang, **options)


def _draw_top_terms(tables, options, lang, entities):
    return bars.top_terms_bar(tables.doc_terms, lang=lang, **options)


def _draw_theme_terms(tables, options, lang, entities):
    return themes.theme_terms_grid(tables.themes, lang=lang, **options)


def _draw_theme_share(tables, options, lang, entities):
    return timeline.theme_share_over_time(tables.doc_themes, tables.documents, tables.themes, lang=lang, **options)


def _draw_doc_themes(tables, options, lang, entities):
    return themes.doc_theme_heatmap(tables.doc_themes, tables.documents, tables.themes, lang=lang, **options)


def _draw_sources(tables, options, lang, entities):
    return bars.document_counts_bar(tables.documents, lang=lang, **options)


def _draw_place_map(tables, options, lang, entities):
    return maps.place_map(places_table(tables.mentions, entities), entities, lang=lang, **options)


def _draw_word_cloud(tables, options, lang, entities):
    from analysis.viz.wordcloud import word_cloud_figure

    title = options.pop("title", None) or CHARTS["word_cloud"].title(lang)
    return word_cloud_figure(corpus_terms(tables, options.pop("top_n", 60)), title=title, lang=lang, **options)


CHARTS: dict[str, Chart] = {
    c.id: c
    for c in (
        Chart("top_actors", "Most mentioned actors", "الفاعلون الأكثر ذكراً", "overview",
              _draw_top("actor"), cap.caption_top("actor"), ev.evidence_top("actor")),
        Chart("top_regions", "Most mentioned regions", "المناطق الأكثر ذكراً", "overview",
              _draw_top("region"), cap.caption_top("region"), ev.evidence_top("region")),
        Chart("comention_heatmap", "Co-mentions", "الإشارات المشتركة", "actors",
              _draw_heatmap, cap.caption_pairs("الإشارات المشتركة", cap.heatmap_pairs), ev.evidence_pairs),
        Chart("actor_network", "Actor network", "شبكة الفاعلين", "actors",
              _draw_network, cap.caption_pairs("شبكة الفاعلين", cap.network_pairs), ev.evidence_network),
        Chart("actor_region", "Actors × regions", "الفاعلون × المناطق", "actors",
              _draw_actor_region, cap.caption_actor_region, ev.evidence_actor_region),
        Chart("event_timeline", "Events", "الخط الزمني للأحداث", "timeline",
              _draw_timeline, cap.caption_timeline, ev.evidence_timeline),
        Chart("event_counts", "Events per period", "عدد الأحداث عبر الزمن", "timeline",
              _draw_event_counts, cap.caption_event_counts, ev.evidence_event_counts),
        Chart("mentions_over_time", "Mentions over time", "الإشارات عبر الزمن", "actors",
              _draw_mentions_over_time, cap.caption_mentions_over_time, ev.evidence_mentions_over_time),
        Chart("top_terms", "Key terms", "المصطلحات الرئيسية", "themes",
              _draw_top_terms, cap.caption_top_terms, ev.evidence_top_terms),
        Chart("theme_terms", "Themes: top terms", "الموضوعات: أبرز المصطلحات", "themes",
              _draw_theme_terms, cap.caption_theme_terms, ev.evidence_theme_terms),
        Chart("theme_share", "Themes over time", "الموضوعات عبر الزمن", "themes",
              _draw_theme_share, cap.caption_theme_share, ev.evidence_theme_terms),
        Chart("doc_themes", "Articles × themes", "المقالات × الموضوعات", "themes",
              _draw_doc_themes, cap.caption_doc_themes, ev.evidence_theme_terms),
        Chart("source_counts", "Articles by source", "المقالات حسب المصدر", "overview",
              _draw_sources, cap.caption_sources, ev.evidence_sources),
        Chart("place_map", "Places", "الأماكن", "map",
              _draw_place_map, cap.caption_places, ev.evidence_places),
        Chart("word_cloud", "Key terms (word cloud)", "سحابة المصطلحات", "themes",
              _draw_word_cloud, cap.caption_word_cloud, ev.evidence_top_terms, word_cloud=True),
    )
}  # fmt: skip


def chart_ids() -> list[str]:
    return list(CHARTS)


def get_chart(chart_id: str) -> Chart:
    try:
        return CHARTS[chart_id]
    except KeyError:
        raise ValueError(f"unknown chart {chart_id!r}: expected one of {', '.join(CHARTS)}") from None


def _check_options(chart: Chart, options: dict | None) -> dict:
    """A copy of ``options``; names the chart function does not take raise ``ValueError``."""
    options = dict(options or {})
    if chart.word_cloud:
        return options
    targets: dict[str, Callable[..., go.Figure]] = {
        "top_actors": bars.top_entities_bar, "top_regions": bars.top_entities_bar,
        "comention_heatmap": heatmap.comention_heatmap, "actor_network": network.actor_network,
        "actor_region": heatmap.actor_region_heatmap, "event_timeline": events.event_timeline,
        "event_counts": events.event_counts_chart,
        "mentions_over_time": timeline.mentions_over_time, "top_terms": bars.top_terms_bar,
        "theme_terms": themes.theme_terms_grid, "theme_share": timeline.theme_share_over_time,
        "doc_themes": themes.doc_theme_heatmap, "source_counts": bars.document_counts_bar,
        "place_map": maps.place_map,
    }  # fmt: skip
    target = targets[chart.id]
    allowed = {n for n, p in inspect.signature(target).parameters.items() if p.kind is p.KEYWORD_ONLY} - {"lang"}
    if chart.id in ("top_actors", "top_regions"):
        allowed.discard("kind")  # fixed by the chart id
    unknown = sorted(set(options) - allowed)
    if unknown:
        raise ValueError(
            f"chart {chart.id!r} takes no option {', '.join(unknown)} (options: {', '.join(sorted(allowed))})"
        )
    return options


def make_figure(
    chart_id: str,
    tables: CorpusTables,
    options: dict | None = None,
    lang: str = "both",
    *,
    entities: pd.DataFrame | None = None,
) -> go.Figure:
    """The chart ``chart_id`` drawn from ``tables`` (usually already filtered).

    The one function that draws a registered chart: the dashboard draws its pages with it, and
    the export and the briefing pack draw the same ``(chart_id, options)`` with it, so what is
    exported is what was on screen (the same entities, options and labels).
    """
    check_lang(lang)
    chart = get_chart(chart_id)
    options = _check_options(chart, options)
    options.setdefault("title", chart.title(lang))
    entities = entities_of(tables) if entities is None else entities
    return chart.draw(tables, options, lang, entities)


def caption(
    chart_id: str, tables: CorpusTables, options: dict | None = None, *, entities: pd.DataFrame | None = None
) -> str:
    """One Arabic sentence saying what the chart shows and its leading value."""
    chart = get_chart(chart_id)
    entities = entities_of(tables) if entities is None else entities
    return chart.caption(tables, dict(options or {}), entities)


def evidence(
    chart_id: str,
    tables: CorpusTables,
    options: dict | None = None,
    *,
    limit: int = 5,
    entities: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The top ``limit`` sentences behind the chart (columns :data:`EVIDENCE_COLUMNS`)."""
    chart = get_chart(chart_id)
    entities = entities_of(tables) if entities is None else entities
    table = chart.evidence(tables, dict(options or {}), entities, limit)
    return table.reindex(columns=EVIDENCE_COLUMNS).head(limit).reset_index(drop=True)
