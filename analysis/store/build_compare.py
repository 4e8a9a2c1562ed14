"""Compare, for a build too large to load: two sides of it counted by DuckDB.

A side is a selection (:class:`~analysis.aggregate.filters.FilterSpec`) read as
:meth:`~analysis.store.build_queries.BuildQueries.selection` reads it: one source of the selection
(its ``sources`` narrowed to that source), one month of it (its dates narrowed to the month), or the
selection and the rest of the build (each an :class:`ArticlesOf`). :func:`sides` makes the two of a mode, as the
Compare page of a loaded corpus makes them from its documents (:mod:`analysis.aggregate.compare`).

:class:`CompareQueries` (a part of :class:`~analysis.store.build_queries.BuildQueries`) counts each
item on both sides with one query and returns :class:`~analysis.aggregate.compare.Frequencies`, so
:func:`~analysis.aggregate.keyness.keyness` says what is key exactly as for a loaded corpus. What is
counted, and out of what, is what :mod:`analysis.aggregate.compare` counts, but for terms:

====================  ===========================================  ==========================
item                  frequency on a side                          out of (``total``)
====================  ===========================================  ==========================
term                  the articles whose key terms (``doc_terms``,  the side's articles
                      an article's top 15) hold it
actor, place          articles naming it                           the side's articles
theme                 the sum of its weight over the articles      the side's articles
event type            dated events of the type                     the side's dated events
====================  ===========================================  ==========================

A term is counted by articles because a build keeps each article's key terms, not its word counts
(a million articles' counts are ~300M cells): "in how many of the side's articles is it a key term".
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from analysis.aggregate.compare import ATTENTION_COLUMNS, MODES, Frequencies, attention_period
from analysis.aggregate.filters import FilterSpec

#: What a comparison counts (the Compare page's choices).
WHATS = ("terms", "actors", "places", "themes", "types")


@dataclass(frozen=True)
class ArticlesOf(FilterSpec):
    """A side: the articles the selection ``of`` keeps (``rest``: every other article of the build),
    with no filter of its own on the events or mentions they hold (``of``'s actors select articles,
    they do not narrow an article's events to those naming them, as a loaded corpus's sides do not)."""

    of: FilterSpec = field(default_factory=FilterSpec)
    rest: bool = False

    @property
    def filters_articles(self) -> bool:
        return True


def month_range(month: str) -> tuple[dt.date, dt.date]:
    """The first and last day of ``month`` (``YYYY-MM``); ``ValueError`` for another text."""
    try:
        year, number = (int(part) for part in month.split("-"))
        last = calendar.monthrange(year, number)[1]
        return dt.date(year, number, 1), dt.date(year, number, last)
    except (ValueError, TypeError):
        raise ValueError(f"a month is written YYYY-MM, not {month!r}") from None


def sides(spec: FilterSpec, mode: str, a: str = "", b: str = "") -> tuple[FilterSpec, FilterSpec]:
    """The two sides of ``mode`` (:data:`~analysis.aggregate.compare.MODES`) within the selection
    ``spec``: its articles of source ``a`` and of source ``b`` (``""``: no source), of month ``a`` and of
    month ``b`` (``YYYY-MM``), or (``selection``) its articles and every other article. A side is a
    set of articles (:class:`ArticlesOf`): the selection's event types do not narrow it."""
    if mode not in MODES:
        raise ValueError(f"unknown comparison {mode!r}: one of {', '.join(MODES)}")
    articles = replace(spec, event_types=())
    if mode == "selection":
        return ArticlesOf(of=articles), ArticlesOf(of=articles, rest=True)
    if mode == "source":
        return ArticlesOf(of=replace(articles, sources=(a,))), ArticlesOf(of=replace(articles, sources=(b,)))

    def month_of(month: str) -> FilterSpec:
        first, last = month_range(month)
        start = max(first, spec.date_from) if spec.date_from else first
        end = min(last, spec.date_to) if spec.date_to else last
        if start > end:
            raise ValueError(f"the month {month} is outside the selection's dates")
        return ArticlesOf(of=replace(articles, date_from=start, date_to=end))

    return month_of(a), month_of(b)


class CompareQueries:
    """The questions of the Compare page, asked of a build (mixed into ``BuildQueries``, whose
    ``selection`` and ``sql`` they use)."""

    _indexed: bool  # BuildQueries': its tables are in its index (the key terms numbered)

    def selection(self, spec: FilterSpec) -> tuple[str, list]:
        raise NotImplementedError  # BuildQueries'

    def sql(self, query: str, params: Sequence = (), *, frames: dict[str, pd.DataFrame] | None = None) -> pd.DataFrame:
        raise NotImplementedError  # BuildQueries'

    def side_sources(self, spec: FilterSpec) -> list[str]:
        """The selection's sources (``""``: the articles that name none), most articles first."""
        select, params = self.selection(spec)
        rows = self.sql(
            f"WITH sel AS ({select}) SELECT coalesce(source, '') AS source, count(*) AS n FROM sel "
            "GROUP BY 1 ORDER BY n DESC, source",
            params,
        )
        return [str(s) for s in rows["source"]]

    def side_months(self, spec: FilterSpec) -> list[str]:
        """The months (``YYYY-MM``) the selection's articles were published in, latest first."""
        select, params = self.selection(spec)
        rows = self.sql(
            f"WITH sel AS ({select}) SELECT DISTINCT strftime(published, '%Y-%m') AS month FROM sel "
            "WHERE published IS NOT NULL ORDER BY month DESC",
            params,
        )
        return [str(m) for m in rows["month"]]

    def side_articles(self, side_a: FilterSpec, side_b: FilterSpec) -> tuple[int, int]:
        """How many articles each side holds (one query; :meth:`counts` would also count their sentences,
        mentions and events: a second each at a million articles)."""
        select_a, params_a = self.selection(side_a)
        select_b, params_b = self.selection(side_b)
        row = self.sql(
            f"WITH a AS ({select_a}), b AS ({select_b}) SELECT (SELECT count(*) FROM a) AS a, (SELECT count(*) FROM b) AS b",
            [*params_a, *params_b],
        ).iloc[0]
        return int(row["a"]), int(row["b"])

    def compare_frequencies(self, side_a: FilterSpec, side_b: FilterSpec, what: str) -> Frequencies:
        """Each ``what`` (:data:`WHATS`) item's frequency on the two sides, and the sides' totals (see
        the module's table); items absent from both left out."""
        if what not in WHATS:
            raise ValueError(f"nothing to compare called {what!r}: one of {', '.join(WHATS)}")
        select_a, params_a = self.selection(side_a)
        select_b, params_b = self.selection(side_b)
        head = (
            f"WITH a AS ({select_a}), b AS ({select_b}), "
            "ids AS (SELECT doc_id, true AS in_a, false AS in_b FROM a UNION ALL "
            "SELECT doc_id, false, true FROM b), "
            "side AS (SELECT doc_id, bool_or(in_a) AS in_a, bool_or(in_b) AS in_b FROM ids GROUP BY doc_id)"
        )
        params = [*params_a, *params_b]
        counted = "count(*) FILTER (WHERE in_a) AS freq_a, count(*) FILTER (WHERE in_b) AS freq_b"
        articles = self.sql(f"{head} SELECT {counted} FROM side", params).iloc[0]
        total_a, total_b = float(articles["freq_a"]), float(articles["freq_b"])
        if what in ("actors", "places"):
            table = self.sql(
                f"{head}, x AS (SELECT e.entity_id AS item, s.in_a, s.in_b FROM doc_entities e "
                "JOIN side s ON s.doc_id = e.doc_id WHERE e.entity_kind = ?) "
                f"SELECT item, {counted} FROM x GROUP BY item",
                [*params, "actor" if what == "actors" else "region"],
            )
        elif what == "themes":
            table = self.sql(
                f"{head}, x AS (SELECT t.theme_id AS item, t.weight::DOUBLE AS weight, s.in_a, s.in_b "
                "FROM doc_themes t JOIN side s ON s.doc_id = t.doc_id) "
                "SELECT item, coalesce(sum(weight) FILTER (WHERE in_a), 0) AS freq_a, "
                "coalesce(sum(weight) FILTER (WHERE in_b), 0) AS freq_b FROM x GROUP BY item",
                params,
            )
            for column in ("freq_a", "freq_b"):  # rounded as a loaded corpus's weights (float32) are
                table[column] = np.round(table[column].to_numpy(np.float32), 3)
        elif what == "types":
            events = self.sql(
                f"{head}, x AS (SELECT v.event_type AS item, s.in_a, s.in_b FROM events v "
                "JOIN side s ON s.doc_id = v.doc_id) "
                f"SELECT item, {counted} FROM x GROUP BY item",
                params,
            )
            total_a, total_b = float(events["freq_a"].sum()), float(events["freq_b"].sum())
            table = events[events["item"].notna()]
        elif self._indexed:  # terms as numbers, not texts: the articles' key terms as integers
            table = self.sql(
                f"{head}, k AS (SELECT n.doc_no, s.in_a, s.in_b FROM side s "
                "JOIN doc_numbers n ON n.doc_id = s.doc_id), "
                "x AS (SELECT x.term_id, k.in_a, k.in_b FROM doc_term_ids x JOIN k ON k.doc_no = x.doc_no), "
                f"c AS (SELECT term_id, {counted} FROM x GROUP BY term_id) "
                "SELECT i.term AS item, c.freq_a, c.freq_b FROM c JOIN term_ids i ON i.term_id = c.term_id",
                params,
            )
        else:
            table = self.sql(
                f"{head}, x AS (SELECT t.term AS item, s.in_a, s.in_b FROM doc_terms t "
                "JOIN side s ON s.doc_id = t.doc_id) "
                f"SELECT item, {counted} FROM x GROUP BY item",
                params,
            )
        if what == "themes":
            table = table.astype({"item": "int64"})
        else:
            table = table.astype({"freq_a": "int64", "freq_b": "int64"})
        table = table.sort_values("item", kind="stable").reset_index(drop=True)
        return Frequencies(table[["item", "freq_a", "freq_b"]], total_a, total_b)

    def attention_span(self, spec: FilterSpec) -> str:
        """The period (``day``, ``week``, ``month``) that shows the selection's publication dates
        (:func:`~analysis.aggregate.compare.attention_period`)."""
        select, params = self.selection(spec)
        span = self.sql(f"WITH sel AS ({select}) SELECT min(published) AS lo, max(published) AS hi FROM sel", params)
        return attention_period(pd.DataFrame({"published": [v for v in span.iloc[0] if pd.notna(v)]}))

    def attention(self, spec: FilterSpec, what: str, item: str, sources: Sequence[str], period: str) -> pd.DataFrame:
        """How much of each of ``sources``' dated articles in the selection goes to ``item``, period by
        period (:data:`~analysis.aggregate.compare.ATTENTION_COLUMNS`, as
        :func:`~analysis.aggregate.compare.attention_by_source` counts it): an article counts 1 when it
        names the actor or place, reports an event of the type or has the term among its key terms, a
        theme its weight in it; ``share`` is the attention over the source's articles of the period."""
        if what not in WHATS:
            raise ValueError(f"nothing to compare called {what!r}: one of {', '.join(WHATS)}")
        if period not in ("day", "week", "month"):
            raise ValueError(f"a period is a day, a week or a month, not {period!r}")
        weights = {
            "actors": "SELECT DISTINCT doc_id, 1.0 AS weight FROM doc_entities WHERE entity_id = ?",
            "places": "SELECT DISTINCT doc_id, 1.0 AS weight FROM doc_entities WHERE entity_id = ?",
            "types": "SELECT DISTINCT doc_id, 1.0 AS weight FROM events WHERE event_type = ?",
            "themes": "SELECT doc_id, weight::DOUBLE AS weight FROM doc_themes WHERE theme_id = ?::INTEGER",
            "terms": (
                "SELECT DISTINCT n.doc_id, 1.0 AS weight FROM doc_term_ids x JOIN doc_numbers n ON n.doc_no = x.doc_no "
                "WHERE x.term_id = (SELECT term_id FROM term_ids WHERE term = ?)"  # numbers: the index's
                if self._indexed
                else "SELECT DISTINCT doc_id, 1.0 AS weight FROM doc_terms WHERE term = ?"
            ),
        }[what]
        select, params = self.selection(spec)
        table = self.sql(
            f"WITH sel AS ({select}), docs AS (SELECT doc_id, coalesce(source, '') AS source, "
            f"date_trunc('{period}', published)::DATE AS period FROM sel WHERE published IS NOT NULL "
            f"AND coalesce(source, '') IN (SELECT unnest(?::VARCHAR[]))), w AS ({weights}) "
            "SELECT d.source, d.period, count(*) AS articles, coalesce(sum(w.weight), 0)::DOUBLE AS attention "
            "FROM docs d LEFT JOIN w ON w.doc_id = d.doc_id GROUP BY ALL ORDER BY d.source, d.period",
            [*params, [str(s) for s in sources], str(item)],
        )
        table["share"] = (table["attention"] / table["articles"]).round(4)
        table["attention"] = table["attention"].round(3)
        return table[ATTENTION_COLUMNS]
