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
from analysis.aggregate.timeline import WHENS_OF_VIEW
from analysis.briefing.summary import TOP, CoverFacts, named_types, ranked_event_types, top_theme_names
from analysis.store.build_queries import BuildQueries


def cover_facts(
    queries: BuildQueries, spec: FilterSpec, *, corpus: str, themes: pd.DataFrame | None = None
) -> CoverFacts:
    """The cover's facts of the selection ``spec`` of the build ``queries`` reads; ``themes``: its themes
    as the dashboard shows them (the names analysts gave them, the hidden ones left out; default the
    build's own)."""
    select, params = queries.selection(spec)
    row = queries.sql(
        f"WITH sel AS ({select}) SELECT count(*) AS articles, count(DISTINCT source) AS sources FROM sel", params
    ).iloc[0]
    window = queries.publication_window(spec)  # kept: the news events ask it too
    first, last = (pd.Timestamp(day) for day in window) if window else (None, None)
    tops = queries.top_of_each_kind(spec, limit=TOP)
    ranked = {
        kind: tuple((str(i), int(n)) for i, n in zip(rows["entity_id"], rows["articles"]))
        for kind, rows in tops.groupby("entity_kind", sort=False)
    }
    summary = queries.theme_summary(spec)
    by_weight = summary.sort_values(["share", "theme_id"], ascending=[False, True])["theme_id"]
    news_events, kinds = _news_events(queries, spec)
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


def _news_events(queries: BuildQueries, spec: FilterSpec) -> tuple[int, tuple[tuple[str, int], ...]]:
    """How many of the selection's events a news timeline shows (reported or scheduled, in its
    publication window: :meth:`~analysis.store.build_queries.BuildQueries.events_by_month` with
    ``news``), and their commonest types ("other" left out; ties by name)."""
    per_month = queries.events_by_month(spec, whens=WHENS_OF_VIEW["news"], news=True)
    ranked = ranked_event_types(per_month["event_type"], per_month["events"])
    return sum(n for _, n in ranked), named_types(ranked)
