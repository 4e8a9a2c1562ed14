"""Compare on a build too large to load (:mod:`analysis.store.build_compare`): the two sides' counts
DuckDB gives are those the in-memory comparison (:mod:`analysis.aggregate.compare`) gives for the
same two sets of articles: two sources of a real day of SaudiNewsNet, the articles naming the Houthis
and the rest, two months of the seeds."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from analysis.aggregate import compare
from analysis.aggregate.filters import FilterSpec, apply_filters
from analysis.config import gazetteer
from analysis.store.build_compare import ArticlesOf, month_range, sides
from analysis.store.build_queries import BuildQueries


@pytest.fixture(scope="module", params=["index", "parquet"])
def day(request, corpus_builds, tmp_path_factory):
    """(tables, queries) of the SaudiNewsNet day, queried through its index or its Parquet files."""
    tables, out = corpus_builds("saudinewsnet-day")
    cache = tmp_path_factory.mktemp("cache") if request.param == "index" else None
    queries = BuildQueries(out, below=gazetteer().descendants, cache=cache)
    yield tables, queries
    queries.close()


def _in_memory(tables, what: str, ids_a: set, ids_b: set) -> compare.Frequencies:
    if what in ("actors", "places"):
        return compare.entity_frequencies(tables.mentions, ids_a, ids_b, "actor" if what == "actors" else "region")
    if what == "themes":
        return compare.theme_frequencies(tables.doc_themes, ids_a, ids_b)
    if what == "types":
        return compare.event_type_frequencies(tables.events, ids_a, ids_b)
    # terms: the articles of each side whose key terms hold the term
    terms = tables.doc_terms
    counted = pd.DataFrame(
        {
            "item": terms["term"],
            "freq_a": terms["doc_id"].isin(ids_a).astype("int64"),
            "freq_b": terms["doc_id"].isin(ids_b).astype("int64"),
        }
    )
    table = counted.groupby("item", as_index=False)[["freq_a", "freq_b"]].sum()
    table = table[(table["freq_a"] + table["freq_b"]) > 0]
    return compare.Frequencies(table.reset_index(drop=True), float(len(ids_a)), float(len(ids_b)))


def _same(found: compare.Frequencies, expected: compare.Frequencies, what: str) -> None:
    assert (found.total_a, found.total_b) == (expected.total_a, expected.total_b), what
    mine = found.table.assign(item=found.table["item"].astype(str)).sort_values("item").reset_index(drop=True)
    theirs = expected.table.assign(item=expected.table["item"].astype(str)).sort_values("item").reset_index(drop=True)
    assert mine["item"].tolist() == theirs["item"].tolist(), what
    for column in ("freq_a", "freq_b"):
        np.testing.assert_allclose(mine[column].astype(float), theirs[column].astype(float), atol=2e-3, err_msg=what)
    key_found = found.keyness().query("key")["item"].astype(str)
    key_expected = expected.keyness().query("key")["item"].astype(str)
    assert sorted(key_found) == sorted(key_expected), what


def test_two_sources_of_a_day_count_what_the_loaded_comparison_counts(day):
    tables, queries = day
    a, b = queries.side_sources(FilterSpec())[:2]
    side_a, side_b = sides(FilterSpec(), "source", a, b)
    ids_a, ids_b = compare.source_side(tables.documents, a), compare.source_side(tables.documents, b)
    assert ids_a and ids_b
    for what in ("actors", "places", "themes", "types", "terms"):
        _same(queries.compare_frequencies(side_a, side_b, what), _in_memory(tables, what, ids_a, ids_b), what)


def test_the_articles_naming_the_houthis_against_the_rest_of_the_day(day):
    """الحوثيون: the selection and every other article (:class:`ArticlesOf`, ``rest``)."""
    tables, queries = day
    spec = FilterSpec(actors=("houthis",), event_types=("strike",))  # a side is articles: the type is not one
    side_a, side_b = sides(spec, "selection")
    assert isinstance(side_b, ArticlesOf) and side_b.rest
    ids_a = set(apply_filters(tables, spec, below=gazetteer().descendants).documents["doc_id"])
    ids_b = compare.rest_of(tables.documents, ids_a)
    assert 0 < len(ids_a) < len(tables.documents)
    assert queries.counts(side_b)["articles"] == len(ids_b)
    assert queries.side_articles(side_a, side_b) == (len(ids_a), len(ids_b))
    for what in ("actors", "places", "types", "terms"):
        _same(queries.compare_frequencies(side_a, side_b, what), _in_memory(tables, what, ids_a, ids_b), what)
    found = queries.compare_frequencies(side_a, side_b, "actors").keyness()
    assert found.set_index("item").loc["houthis", "side"] == "a"
    # a side's events are every event of its articles, not only those whose clause names the Houthis
    statements = tables.events[(tables.events["event_type"] == "statement") & tables.events["doc_id"].isin(ids_a)]
    assert len(queries.events(side_a, whens=None, limit=10_000, event_type="statement")) == len(statements) > 0
    named = queries.entity_sentences(side_a, "saudi_arabia", limit=10_000, below=False)
    saudi = tables.mentions[(tables.mentions["entity_id"] == "saudi_arabia") & tables.mentions["doc_id"].isin(ids_a)]
    assert len(named) == saudi[saudi["sentence_idx"] >= 0][["doc_id", "sentence_idx"]].drop_duplicates().shape[0]


def test_two_months_of_the_seeds(corpus_builds, tmp_path):
    """The seeds' months, latest first, and two of them compared: December 2020 (two articles) and March 2019."""
    tables, out = corpus_builds("seeds")
    queries = BuildQueries(out, below=gazetteer().descendants, cache=tmp_path)
    try:
        months = queries.side_months(FilterSpec())
        assert months == compare.months(tables.documents)[::-1] == ["2020-12", "2020-02", "2019-03", "2018-12"]
        side_a, side_b = sides(FilterSpec(), "period", "2020-12", "2019-03")
        ids_a = compare.month_side(tables.documents, "2020-12")
        ids_b = compare.month_side(tables.documents, "2019-03")
        assert (len(ids_a), len(ids_b)) == (2, 1)
        for what in ("actors", "places", "themes", "types", "terms"):
            _same(queries.compare_frequencies(side_a, side_b, what), _in_memory(tables, what, ids_a, ids_b), what)
        with pytest.raises(ValueError, match="nothing to compare"):
            queries.compare_frequencies(side_a, side_b, "colours")
        # attention month by month (the seeds span two years): Russia's share of each source's articles
        assert queries.attention_span(FilterSpec()) == "month"
        russia = tables.mentions.loc[tables.mentions["entity_id"] == "russia", "doc_id"].unique()
        found = queries.attention(FilterSpec(), "actors", "russia", ["", "ترك برس"], "month")
        expected = compare.attention_by_source(
            tables.documents, pd.Series(1.0, index=russia), period="month", sources=["", "ترك برس"]
        )
        assert (
            found.assign(period=found["period"].astype(str)).values.tolist()
            == expected.assign(period=expected["period"].astype(str)).values.tolist()
        )
    finally:
        queries.close()


def test_a_month_is_its_first_and_last_day():
    assert month_range("2016-02") == (dt.date(2016, 2, 1), dt.date(2016, 2, 29))
    with pytest.raises(ValueError, match="YYYY-MM"):
        month_range("February")


def test_a_month_side_keeps_the_selections_own_dates():
    spec = FilterSpec(date_from=dt.date(2015, 7, 10), date_to=dt.date(2015, 8, 20), sources=("الرياض",))
    july, august = (side.of for side in sides(spec, "period", "2015-07", "2015-08"))
    assert (july.date_from, july.date_to, july.sources) == (dt.date(2015, 7, 10), dt.date(2015, 7, 31), ("الرياض",))
    assert (august.date_from, august.date_to) == (dt.date(2015, 8, 1), dt.date(2015, 8, 20))
    with pytest.raises(ValueError, match="outside"):
        sides(spec, "period", "2015-09", "2015-07")
    with pytest.raises(ValueError, match="unknown comparison"):
        sides(spec, "weekday")


def test_each_sources_attention_to_an_item_period_by_period_is_the_loaded_comparisons(day):
    """The day's sources: their share of articles naming Saudi Arabia, reporting a statement, weighted
    by a theme, keyed by a term, per day, as :func:`compare.attention_by_source` counts it in memory."""
    tables, queries = day
    sources = queries.side_sources(FilterSpec())[:4]
    assert queries.attention_span(FilterSpec()) == compare.attention_period(tables.documents) == "day"
    term = tables.doc_terms["term"].value_counts().index[0]
    theme = int(tables.doc_themes["theme_id"].iloc[0])
    weights = {
        ("actors", "houthis"): pd.Series(1.0, index=tables.mentions.loc[tables.mentions["entity_id"] == "houthis", "doc_id"].unique()),
        ("types", "statement"): pd.Series(1.0, index=tables.events.loc[tables.events["event_type"] == "statement", "doc_id"].unique()),
        ("terms", term): pd.Series(1.0, index=tables.doc_terms.loc[tables.doc_terms["term"] == term, "doc_id"].unique()),
        ("themes", str(theme)): tables.doc_themes[tables.doc_themes["theme_id"] == theme].set_index("doc_id")["weight"].astype(float),
    }  # fmt: skip
    for (what, item), weight in weights.items():
        found = queries.attention(FilterSpec(), what, item, sources, "day")
        expected = compare.attention_by_source(tables.documents, weight, period="day", sources=sources)
        assert len(found) and found["attention"].sum() > 0, what
        found = (
            found.assign(period=found["period"].astype(str)).sort_values(["source", "period"]).reset_index(drop=True)
        )
        expected = (
            expected.assign(period=expected["period"].astype(str))
            .sort_values(["source", "period"])
            .reset_index(drop=True)
        )
        pd.testing.assert_frame_equal(found, expected, check_dtype=False, atol=1e-3, obj=what)
    with pytest.raises(ValueError, match="a period is"):
        queries.attention(FilterSpec(), "actors", "houthis", sources, "fortnight")
