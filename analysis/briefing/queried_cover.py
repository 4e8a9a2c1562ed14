"""A briefing cover's facts of a build too large to load, counted where it lies: the figures of
:func:`analysis.briefing.summary.cover_facts` (articles, sources, publication dates, the actors and
places named most, the strongest themes, the news events and their commonest types), each with one
DuckDB query over the build's Parquet files instead of its tables in memory.

    facts = cover_facts(BuildQueries(info), spec, corpus="صحف 2015", themes=named_themes)
    cover_lines(facts, spec, lang="ar", entities=entities)
"""

from __future__ import annotations

import pandas as pd

from analysis.aggregate.filters import FilterSpec
from analysis.aggregate.timeline import REPORTED_LEAD, REPORTED_TAIL, SCHEDULED_HORIZON, WHENS_OF_VIEW
from analysis.briefing.summary import TOP, CoverFacts, top_theme_names
from analysis.store.build_queries import BuildQueries


def _day(value) -> pd.Timestamp | None:
    return None if value is None or pd.isna(value) else pd.Timestamp(value).normalize()


def cover_facts(
    queries: BuildQueries, spec: FilterSpec, *, corpus: str, themes: pd.DataFrame | None = None
) -> CoverFacts:
    """The cover's facts of the selection ``spec`` of the build ``queries`` reads; ``themes``: its themes
    as the dashboard shows them (the names analysts gave them, the hidden ones left out; default the
    build's own)."""
    select, params = queries.selection(spec)
    row = queries.sql(
        f"WITH sel AS ({select}) SELECT count(*) AS articles, count(DISTINCT source) AS sources, "
        "min(published) AS first, max(published) AS last FROM sel",
        params,
    ).iloc[0]
    first, last = _day(row["first"]), _day(row["last"])
    tops = queries.top_of_each_kind(spec, limit=TOP)
    ranked = {
        kind: tuple((str(i), int(n)) for i, n in zip(rows["entity_id"], rows["articles"]))
        for kind, rows in tops.groupby("entity_kind", sort=False)
    }
    summary = queries.theme_summary(spec)
    by_weight = summary.sort_values(["share", "theme_id"], ascending=[False, True])["theme_id"]
    news_events: int = 0
    kinds: tuple[tuple[str, int], ...] = ()
    if first is not None and last is not None:
        news_events, kinds = _news_events(queries, spec, first, last)
    return CoverFacts(
        corpus=corpus,
        articles=int(row["articles"]),
        sources=int(row["sources"]),
        first=first,
        last=last,
        actors=ranked.get("actor", ()),
        places=ranked.get("region", ()),
        themes=top_theme_names(queries.themes() if themes is None else themes, by_weight.tolist()),
        news_events=news_events,
        event_types=kinds,
    )


def _news_events(
    queries: BuildQueries, spec: FilterSpec, first: pd.Timestamp, last: pd.Timestamp
) -> tuple[int, tuple[tuple[str, int], ...]]:
    """How many of the selection's events a news timeline shows (reported or scheduled, in its
    publication window: :func:`analysis.aggregate.timeline.view_events`), and their commonest types."""
    select, params = queries.selection(spec)
    where, more = queries._event_conditions(spec, WHENS_OF_VIEW["news"])
    bounds = [
        (first - REPORTED_LEAD).date(),  # no event of the news starts before this
        (last + REPORTED_TAIL).date(),  # a reported one ends by this
        (last + SCHEDULED_HORIZON).date(),  # a scheduled one starts by this
    ]
    counted = queries.sql(
        f"WITH sel AS ({select}), news AS (SELECT coalesce(event_type, 'other') AS event_type FROM events "
        f"WHERE doc_id IN (SELECT doc_id FROM sel) AND date_start IS NOT NULL AND {where} "
        "AND date_start >= ?::DATE AND ((\"when\" = 'reported' "
        "AND greatest(coalesce(date_end, date_start), date_start) <= ?::DATE) "
        "OR (\"when\" = 'scheduled' AND date_start <= ?::DATE))) "
        "SELECT event_type, count(*) AS events FROM news GROUP BY event_type ORDER BY events DESC, event_type",
        params + more + bounds,
    )
    total = int(counted["events"].sum()) if len(counted) else 0
    named = counted[counted["event_type"] != "other"].head(TOP)
    return total, tuple((str(k), int(n)) for k, n in zip(named["event_type"], named["events"]))
