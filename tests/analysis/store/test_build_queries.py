"""A build too large to load is queried where it lies (:class:`analysis.store.build_queries.BuildQueries`):
every answer DuckDB gives over the build's Parquet files is the answer the in-memory tables give to
the same selection (:func:`analysis.aggregate.filters.apply_filters`), on a real day of SaudiNewsNet
(2,799 articles, Yemen, Syria, the Houthis) and on the seeds."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pandas as pd
import pytest

from analysis.aggregate.comentions import comentions_table
from analysis.aggregate.filters import FilterSpec, apply_filters
from analysis.aggregate.kwic import KwicIndex
from analysis.aggregate.timeline import view_events
from analysis.config import gazetteer
from analysis.store.build_queries import INDEX_VERSION, BuildQueries, QueryError
from analysis.store.builds import BuildError


@pytest.fixture(scope="module")
def builds(corpus_builds):
    """corpus → (in-memory tables, its build folder), each built once."""
    return corpus_builds


@pytest.fixture(
    scope="module",
    params=[("saudinewsnet-day", "index"), ("saudinewsnet-day", "parquet"), ("seeds", "index")],
    ids=lambda p: "-".join(p),
)
def built(request, builds, tmp_path_factory):
    """(in-memory tables, the same build queried): through its index in a cache folder (as the
    dashboard does), or straight from its Parquet files (no cache)."""
    corpus, how = request.param
    tables, out = builds(corpus)
    cache = tmp_path_factory.mktemp("cache") if how == "index" else None
    queries = BuildQueries(out, below=gazetteer().descendants, cache=cache)
    if how == "index":
        assert list(cache.glob(f"builds/*/index.v{INDEX_VERSION}.duckdb")), "no index made"
    yield tables, queries
    queries.close()


def _specs(tables) -> list[FilterSpec]:
    """No filter; the most named actor; two actors, all of them; a region and a state (with the
    places under them); a source; a date range; an event type."""
    actors = tables.mentions.loc[tables.mentions["entity_kind"] == "actor", "entity_id"].value_counts().index
    source = tables.documents["source"].dropna().value_counts().index[0]
    day = tables.documents["published"].dropna().min()
    return [
        FilterSpec(),
        FilterSpec(actors=(actors[0],)),
        FilterSpec(actors=(actors[0], actors[1]), actor_mode="all"),
        FilterSpec(actors=(actors[0], actors[1]), actor_mode="any", event_types=("meeting", "statement")),
        FilterSpec(regions=("syria",)),
        # a state is an actor: its events are those naming it or a place under it (Aden, Taiz)
        FilterSpec(actors=("yemen",)),
        FilterSpec(actors=("yemen", actors[0]), actor_mode="all"),
        FilterSpec(sources=(source,)),
        FilterSpec(date_from=day, date_to=day + dt.timedelta(days=3)),
    ]


def _view(tables, spec):
    return apply_filters(tables, spec, below=gazetteer().descendants)


def test_the_counts_of_a_selection_are_those_of_the_filtered_tables(built):
    tables, queries = built
    for spec in _specs(tables):
        view = _view(tables, spec)
        expected = {
            "articles": len(view.documents), "sentences": len(view.sentences),
            "mentions": len(view.mentions), "events": len(view.events),
        }  # fmt: skip
        assert queries.counts(spec) == expected, spec


def test_a_filter_on_syria_keeps_the_articles_that_name_only_a_place_in_it(built):
    """``شمال سوريا``, ``إدلب`` or ``حلب`` alone make an article about Syria, as on the in-memory pages."""
    tables, queries = built
    below = set(gazetteer().descendants("syria"))
    only_below = tables.mentions.groupby("doc_id")["entity_id"].agg(set)
    only_below = only_below[only_below.map(lambda ids: "syria" not in ids and bool(ids & below))]
    counted = queries.counts(FilterSpec(regions=("syria",)))["articles"]
    named = tables.mentions.loc[tables.mentions["entity_id"] == "syria", "doc_id"].nunique()
    assert counted == named + len(only_below)


def test_the_most_named_entities_of_a_selection_are_counted_by_articles(built):
    tables, queries = built
    for spec in _specs(tables)[:3]:
        mentions = _view(tables, spec).mentions
        actors = mentions[mentions["entity_kind"] == "actor"]
        expected = actors.groupby("entity_id")["doc_id"].nunique().sort_values(ascending=False)
        found = queries.top_entities(spec, kind="actor", limit=10)
        assert dict(zip(found["entity_id"], found["articles"])) == {
            e: expected[e] for e in found["entity_id"]
        }  # fmt: skip
        assert found["articles"].tolist() == expected.head(10).tolist()


def test_the_overviews_two_rankings_from_one_pass_are_each_kinds_ranking(built):
    """The Overview asks for the top actors and the top regions at once (one scan of a million
    articles' mentions instead of two): the same rows as asking for each kind."""
    tables, queries = built
    rare = tables.mentions["entity_id"].value_counts().index[-3:].tolist()
    for spec in _specs(tables)[:5]:
        both = queries.top_of_each_kind(spec, limit=6, leave_out=rare)
        each = pd.concat(
            [queries.top_entities(spec, kind=k, limit=6, leave_out=rare) for k in ("actor", "region")],
            ignore_index=True,
        )
        pd.testing.assert_frame_equal(both, each, check_dtype=False)
        assert set(both["entity_kind"]) <= {"actor", "region"} and not set(both["entity_id"]) & set(rare)


@pytest.mark.parametrize("window", ["sentence", "paragraph", "document"])
def test_comention_counts_are_the_comention_tables_counts(built, window):
    tables, queries = built
    for spec in _specs(tables)[:3] + _specs(tables)[4:5]:
        view = _view(tables, spec)
        entities = queries.top_entities(spec, limit=12)["entity_id"].tolist()
        mentions = view.mentions[view.mentions["entity_id"].isin(entities)]
        expected = comentions_table(mentions, view.sentences)
        expected = expected[expected["window"] == window]
        expected = {(a, b): c for a, b, c in zip(expected["entity_a"], expected["entity_b"], expected["count"])}
        found = queries.comentions(spec, entities, window=window)
        assert {(a, b): c for a, b, c in zip(found["entity_a"], found["entity_b"], found["count"])} == expected


def test_the_sentences_behind_a_pair_are_those_naming_both(built):
    tables, queries = built
    spec = FilterSpec()
    top = queries.comentions(spec, queries.top_entities(spec, limit=8)["entity_id"].tolist())
    a, b, count = top.iloc[0][["entity_a", "entity_b", "count"]]
    rows = queries.pair_sentences(spec, a, b, limit=10_000)
    assert len(rows) == count == rows["total"].iloc[0]
    named = tables.mentions.groupby(["doc_id", "sentence_idx"])["entity_id"].agg(set)
    for doc_id, idx, text in zip(rows["doc_id"], rows["sentence_idx"], rows["text"]):
        assert {a, b} <= named[(doc_id, idx)]
        assert text == tables.sentences.set_index(["doc_id", "sentence_idx"]).loc[(doc_id, idx), "text"]
    assert rows["published"].is_monotonic_decreasing  # newest article first


def test_an_entitys_sentences_are_its_mentions_sentences_and_those_of_the_places_under_it(built):
    """Saudi Arabia's sentences are also those naming only Riyadh or Jazan."""
    tables, queries = built
    spec = _specs(tables)[1]
    entity = spec.actors[0]
    rows = queries.entity_sentences(FilterSpec(), entity, limit=100_000)
    members = {entity, *gazetteer().descendants(entity)}
    mentions = tables.mentions[tables.mentions["entity_id"].isin(members) & (tables.mentions["sentence_idx"] >= 0)]
    assert set(zip(rows["doc_id"], rows["sentence_idx"])) == set(zip(mentions["doc_id"], mentions["sentence_idx"]))


def test_the_timeline_lists_the_reported_and_scheduled_events_most_recently_published_first(built):
    tables, queries = built
    for spec in _specs(tables):
        view = _view(tables, spec)
        news = view.events[view.events["when"].isin(["reported", "scheduled"])]
        rows = queries.events(spec, limit=1_000_000)
        assert sorted(rows["event_id"]) == sorted(news["event_id"])
        assert pd.to_datetime(rows["published"]).is_monotonic_decreasing
        by_id = news.set_index("event_id")
        for event_id, sentence in zip(rows["event_id"].head(20), rows["sentence"].head(20)):
            assert sentence == by_id.loc[event_id, "sentence"]
    everything = queries.events(FilterSpec(), whens=None, limit=1_000_000)
    assert len(everything) == len(tables.events)


def test_events_per_month_and_type_count_the_resolved_events(built):
    tables, queries = built
    events = tables.events[tables.events["when"].isin(["reported", "scheduled"]) & tables.events["date_start"].notna()]
    expected = events.groupby(pd.to_datetime(events["date_start"]).dt.to_period("M"))["event_id"].size()
    found = queries.events_by_month(FilterSpec()).groupby("month")["events"].sum()
    assert found.tolist() == expected.tolist()


def test_the_news_are_the_events_a_loaded_timeline_draws_in_the_selections_publication_window(built):
    """The news view opens on what the articles report and announce around their publication dates: a
    "reported" 1911 recalled in a 2015 article is not news (``view_events``), in the counts per month
    and type, in the list and in a bar's events alike."""
    tables, queries = built
    for spec in _specs(tables):
        view = _view(tables, spec)
        news = view_events(view.events, view.documents, "news")
        rows = queries.events(spec, limit=1_000_000, news=True)
        assert sorted(rows["event_id"]) == sorted(news["event_id"]), spec
        expected = news.assign(month=news["first_day"].dt.to_period("M").dt.to_timestamp())
        expected = expected.groupby(["month", expected["event_type"].fillna("")]).size()
        found = queries.events_by_month(spec, news=True)
        found = found.set_index([pd.to_datetime(found["month"]), found["event_type"].fillna("")])["events"]
        assert found.to_dict() == expected.to_dict(), spec
    everything = queries.events_by_month(FilterSpec())["events"].sum()
    assert queries.events_by_month(FilterSpec(), news=True)["events"].sum() < everything  # some are not news
    assert queries.events(FilterSpec(sources=("no such source",)), news=True).empty


def test_the_selections_articles_newest_first_and_those_of_a_month_and_source(built):
    tables, queries = built
    for spec in _specs(tables):
        view = _view(tables, spec)
        rows = queries.articles(spec, limit=1_000_000)
        assert sorted(rows["doc_id"]) == sorted(view.documents["doc_id"])
        assert pd.to_datetime(rows["published"]).dropna().is_monotonic_decreasing
    for month, source, n in queries.articles_by_month(FilterSpec()).itertuples(index=False):
        rows = queries.articles(FilterSpec(), month=month, source=source, limit=1_000)
        assert len(rows) == n and set(rows["source"].fillna("")) == {source}
        assert {pd.Timestamp(d).replace(day=1) for d in rows["published"]} == {pd.Timestamp(month)}


def test_a_bar_of_the_monthly_counts_lists_its_events_with_the_date_expression_marked(built):
    """A click on a month's bar of one type reads exactly the events that bar counts, each with its
    sentence and the date expression (``أمس``, ``منتصف ديسمبر`` …) at ``mark_start:mark_end`` in it."""
    _, queries = built
    per_month = queries.events_by_month(FilterSpec())
    assert len(per_month)
    for month, event_type, n in per_month.head(8).itertuples(index=False):
        rows = queries.events(FilterSpec(), month=month, event_type=event_type, limit=1_000)
        assert len(rows) == n, (month, event_type)
        assert set(rows["event_type"]) == {event_type}
        assert {pd.Timestamp(d).replace(day=1) for d in rows["date_start"]} == {pd.Timestamp(month)}
        for sentence, a, b, written in zip(rows["sentence"], rows["mark_start"], rows["mark_end"], rows["date_text"]):
            assert sentence[int(a) : int(b)] == written


def test_sentences_read_once_are_kept_and_a_search_asked_again_reads_no_part(built, monkeypatch):
    """The texts read are kept: the same word asked again (another session, a filter set back) reads
    no Parquet part, a narrower filter only the sentences not read before, and both give what a first
    reading gives."""
    tables, queries = built
    spec = _specs(tables)[0]
    queries._texts.clear()
    everywhere = queries.search(FilterSpec(), "روسيا", limit=40)
    narrower = queries.search(spec, "روسيا", limit=40)
    read: list[tuple] = []
    real = queries._read_sentences
    monkeypatch.setattr(queries, "_read_sentences", lambda keys: read.extend(keys) or real(keys))
    pd.testing.assert_frame_equal(queries.search(FilterSpec(), "روسيا", limit=40), everywhere)
    pd.testing.assert_frame_equal(queries.search(spec, "روسيا", limit=40), narrower)
    assert read == []
    queries._texts.clear()
    pd.testing.assert_frame_equal(queries.search(spec, "روسيا", limit=40), narrower)
    assert set(zip(narrower["doc_id"], narrower["sentence_idx"])) <= set(read)


def test_search_finds_every_spelling_as_the_keyword_in_context_index_does(built):
    """``الحوثيين`` / ``سوريا``: the sentences the in-memory index finds (alef and ya variants,
    diacritics and tatweel ignored), and only in the selection."""
    tables, queries = built
    index = KwicIndex(tables.texts, tables.sentences)
    for word in ("سوريا", "الحوثيين", "روسيا"):
        hits = index.search(word)
        expected = set(zip(hits["doc_id"], hits["sentence_idx"]))
        rows = queries.search(FilterSpec(), word, limit=1_000_000)
        assert set(zip(rows["doc_id"], rows["sentence_idx"])) == expected, word
    with pytest.raises(QueryError, match="nothing to search for"):
        queries.search(FilterSpec(), "  ")


def test_the_filters_offer_every_entity_named_and_the_corpus_span(built):
    tables, queries = built
    overview = queries.overview()
    assert overview.articles == len(tables.documents)
    counts = tables.mentions["entity_id"].value_counts()
    assert dict(zip(overview.entities["entity_id"], overview.entities["mentions"])) == counts.to_dict()
    from analysis.aggregate.filters import rare_entities

    assert overview.rare == rare_entities(tables)
    published = tables.documents["published"].dropna()
    assert (overview.date_min, overview.date_max) == (min(published), max(published))
    assert set(overview.sources) == {s or "" for s in tables.documents["source"]}
    discovered = overview.discovered.set_index("entity_id")["name_ar"]
    assert all(n for n in discovered)


def test_one_article_is_read_with_its_text(built):
    tables, queries = built
    doc_id = tables.documents["doc_id"].iloc[-1]
    article = queries.article(doc_id)
    assert article["text"] == tables.texts[doc_id]
    assert queries.article("no such article") is None


def test_an_unknown_window_and_a_folder_that_is_no_build_are_refused(built, tmp_path):
    _, queries = built
    with pytest.raises(QueryError, match="unknown window 'week'"):
        queries.comentions(FilterSpec(), ["a", "b"], window="week")
    with pytest.raises(BuildError, match=str(tmp_path)):
        BuildQueries(tmp_path)


def test_the_words_marked_in_a_sentence_are_the_mentions_words(built):
    """An entity's sentences mark its first mention (``روسيا``, ``موسكو``) where it is in the sentence;
    a pair's sentences carry every mention of the two, offsets in the article."""
    tables, queries = built
    entity = _specs(tables)[1].actors[0]
    rows = queries.entity_sentences(FilterSpec(), entity, limit=200)
    assert len(rows)
    for text, start, end, surface in zip(rows["text"], rows["mark_start"], rows["mark_end"], rows["surface"]):
        assert text[int(start) : int(end)] == surface
    spec = FilterSpec()
    top = queries.comentions(spec, queries.top_entities(spec, limit=8)["entity_id"].tolist())
    a, b = top.iloc[0][["entity_a", "entity_b"]]
    pairs = queries.pair_sentences(spec, a, b, limit=200)
    surfaces = tables.mentions.set_index(["doc_id", "start"])["surface"]
    for doc_id, text, base, marks in zip(pairs["doc_id"], pairs["text"], pairs["sentence_start"], pairs["marks"]):
        assert {m["id"] for m in marks} == {a, b}
        for m in marks:
            assert text[int(m["s"]) - int(base) : int(m["e"]) - int(base)] == surfaces[(doc_id, int(m["s"]))]


def test_the_overview_is_kept_in_the_cache_and_read_back_until_the_build_changes(built, tmp_path):
    """Counting every mention takes seconds at a million articles: a server's first page reads it back."""
    _, queries = built
    location = queries.info.location
    first = BuildQueries(location, cache=tmp_path).overview()
    kept = list((tmp_path / "builds").iterdir())
    assert len(kept) == 1 and (kept[0] / "facts.json").exists()
    again = BuildQueries(location, cache=tmp_path)
    again.sql = None  # type: ignore[method-assign]  # nothing is counted: a query would fail
    read = again.overview()
    pd.testing.assert_frame_equal(read.entities, first.entities)
    assert (read.rare, read.sources, read.date_min, read.date_max, read.articles) == (
        first.rare, first.sources, first.date_min, first.date_max, first.articles,
    )  # fmt: skip
    pd.testing.assert_frame_equal(read.discovered, first.discovered)
    manifest = Path(location) / "build.json"  # the build written again: counted anew, in an entry of its own
    os.utime(manifest, ns=(manifest.stat().st_atime_ns, manifest.stat().st_mtime_ns + 1_000_000_000))
    BuildQueries(location, cache=tmp_path).overview()
    assert len(list((tmp_path / "builds").iterdir())) == 2


def test_an_entitys_sentence_count_is_given_whatever_the_limit(built):
    tables, queries = built
    entity = _specs(tables)[1].actors[0]
    every = queries.entity_sentences(FilterSpec(), entity, limit=1_000_000)
    first = queries.entity_sentences(FilterSpec(), entity, limit=3)
    assert len(first) == 3 and first["total"].iloc[0] == every["total"].iloc[0] == len(every)


def test_a_search_under_other_filters_reads_no_text_again_and_keeps_to_the_selection(built):
    """Once every part is scanned for سوريا (a search of all its sentences), a filter change scans none."""
    tables, queries = built
    index = KwicIndex(tables.texts, tables.sentences)
    queries.search(FilterSpec(), "سوريا", limit=1_000_000)
    scans = []
    original = queries.sql

    def counting(query, params=(), **kwargs):
        scans.append("regexp_matches" in query)
        return original(query, params, **kwargs)

    queries.sql = counting  # type: ignore[method-assign]
    try:
        for spec in _specs(tables)[1:3]:
            view = _view(tables, spec)
            hits = index.search("سوريا", doc_ids=set(view.documents["doc_id"]))
            rows = queries.search(spec, "سوريا", limit=1_000_000)
            assert set(zip(rows["doc_id"], rows["sentence_idx"])) == set(zip(hits["doc_id"], hits["sentence_idx"]))
    finally:
        del queries.sql
    assert scans and not any(scans)


def test_a_search_reads_candidates_a_chunk_at_a_time_until_it_has_enough(built, monkeypatch):
    """Chunks of 20 candidates (the letters found inside longer words dropped from each): the same
    sentences as one read of every candidate, newest article first."""
    from analysis.store import build_queries

    _, queries = built
    whole = queries.search(FilterSpec(), "روسيا", limit=1_000_000)
    monkeypatch.setattr(build_queries, "SEARCH_CANDIDATES", 0)
    chunked = queries.search(FilterSpec(), "روسيا", limit=1_000_000)
    assert list(zip(chunked["doc_id"], chunked["sentence_idx"])) == list(zip(whole["doc_id"], whole["sentence_idx"]))
    first = queries.search(FilterSpec(), "روسيا", limit=7)
    assert list(first["doc_id"]) == list(whole["doc_id"].head(7))


# --- themes and key terms ---------------------------------------------------------------------


def _leading(doc_themes: pd.DataFrame) -> pd.Series:
    """theme_id → the articles it leads (their largest share; ties to the lower theme_id)."""
    rows = doc_themes.sort_values(["doc_id", "weight", "theme_id"], ascending=[True, False, True])
    return rows.drop_duplicates("doc_id")["theme_id"].value_counts()


def test_each_themes_articles_and_mean_share_are_those_of_the_filtered_tables(built):
    tables, queries = built
    for spec in _specs(tables):
        themes = _view(tables, spec).doc_themes
        found = queries.theme_summary(spec).set_index("theme_id")
        if themes.empty:
            assert found.empty, spec
            continue
        n = themes["doc_id"].nunique()
        share = themes.groupby("theme_id")["weight"].sum() / n
        assert sorted(found.index) == sorted(share.index), spec
        assert found["share"].to_numpy() == pytest.approx(share.reindex(found.index).to_numpy(), abs=1e-6)
        assert found["share"].sum() == pytest.approx(1.0, abs=1e-4)  # an article's shares sum to 1
        leading = _leading(themes).reindex(found.index, fill_value=0)
        assert found["articles"].tolist() == leading.tolist(), spec
        assert found["articles"].sum() == n
        weighted = themes[themes["weight"] > 0].groupby("theme_id").size().reindex(found.index, fill_value=0)
        assert found["weighted"].tolist() == weighted.tolist()
        assert list(zip(found["articles"], -found["share"])) == sorted(zip(found["articles"], -found["share"]),
                                                                      key=lambda p: (-p[0], p[1]))  # fmt: skip


def test_the_themes_shares_per_month_are_the_mean_shares_of_the_months_articles(built):
    """As the loaded Themes page's chart counts them (``theme_share_over_time``): undated articles out."""
    tables, queries = built
    for spec in _specs(tables)[:2] + _specs(tables)[4:]:
        view = _view(tables, spec)
        dated = view.documents.dropna(subset=["published"])
        months = dict(zip(dated["doc_id"], pd.to_datetime(dated["published"]).dt.to_period("M").dt.start_time))
        rows = view.doc_themes.assign(month=view.doc_themes["doc_id"].map(months)).dropna(subset=["month"])
        n = rows.groupby("month")["doc_id"].nunique()
        expected = (rows.groupby(["month", "theme_id"])["weight"].sum() / n).rename("share")
        found = queries.theme_shares_by_month(spec)
        found = found.set_index([pd.to_datetime(found["month"]), "theme_id"])
        assert sorted(found.index) == sorted(expected.index), spec
        assert found["share"].to_numpy() == pytest.approx(expected.reindex(found.index).to_numpy(), abs=1e-6)
        assert found["articles"].tolist() == [n[m] for m, _ in found.index]


def test_a_themes_articles_are_those_giving_it_a_share_largest_first_with_their_key_terms(built):
    tables, queries = built
    for spec in _specs(tables)[:2]:
        view = _view(tables, spec)
        leading = _leading(view.doc_themes)
        theme = int(leading.index[0])
        given = view.doc_themes[(view.doc_themes["theme_id"] == theme) & (view.doc_themes["weight"] > 0)]
        rows = queries.theme_articles(spec, theme, limit=1_000_000, terms=5)
        assert sorted(rows["doc_id"]) == sorted(given["doc_id"]) and rows["total"].iloc[0] == len(given)
        assert rows["share"].is_monotonic_decreasing
        weights = given.set_index("doc_id")["weight"]
        assert rows["share"].to_numpy() == pytest.approx(weights.reindex(rows["doc_id"]).to_numpy(), abs=1e-6)
        led = set(view.doc_themes.sort_values(["doc_id", "weight", "theme_id"], ascending=[True, False, True])
                  .drop_duplicates("doc_id").query("theme_id == @theme")["doc_id"])  # fmt: skip
        assert set(rows.loc[rows["lead"], "doc_id"]) == led
        titles = tables.documents.set_index("doc_id")["title"]
        assert rows["title"].tolist() == titles.reindex(rows["doc_id"]).tolist()
        terms = tables.doc_terms.sort_values(["doc_id", "rank"]).groupby("doc_id")["term"].agg(lambda x: list(x)[:5])
        for doc_id, key_terms in zip(rows["doc_id"].head(20), rows["key_terms"].head(20)):
            assert list(key_terms) == terms.get(doc_id, [])
        first = queries.theme_articles(spec, theme, limit=3)
        assert first["doc_id"].tolist() == rows["doc_id"].head(3).tolist() and "key_terms" not in first


def test_the_selections_key_terms_are_the_summed_weights_of_its_articles_terms(built):
    """The TF-IDF key terms of the selection, as the loaded page's word cloud sums them (``corpus_terms``)."""
    from analysis.charts.summaries import corpus_terms

    tables, queries = built
    for spec in _specs(tables):
        view = _view(tables, spec)
        expected = corpus_terms(view, 1_000_000)
        articles = view.doc_terms.groupby("term")["doc_id"].nunique()
        found = queries.top_terms(spec, limit=20)
        assert len(found) == min(20, len(expected)), spec
        assert found["weight"].to_numpy() == pytest.approx(expected.reindex(found["term"]).to_numpy(), abs=1e-5)
        assert found["articles"].tolist() == articles.reindex(found["term"]).tolist()
        if len(found) == 20 and len(expected) > 20:  # the 20 heaviest (ties in either order)
            assert found["weight"].min() >= expected.iloc[20] - 1e-5
        assert found["weight"].is_monotonic_decreasing


def test_the_themes_table_is_the_builds(built):
    tables, queries = built
    found = queries.themes()
    expected = tables.themes.sort_values(["theme_id", "rank"]).reset_index(drop=True)
    assert found[["theme_id", "rank", "term"]].values.tolist() == expected[["theme_id", "rank", "term"]].values.tolist()


def test_an_index_of_an_older_version_is_made_again_with_every_table(builds, tmp_path):
    """An index made before the themes' tables were in it is replaced, not read (its queries would fail)."""
    import duckdb

    _, out = builds("seeds")
    BuildQueries(out, cache=tmp_path).close()
    (made,) = tmp_path.glob("builds/*/index.v*.duckdb")
    older = made.with_name("index.duckdb")
    with duckdb.connect(str(older)) as con:
        con.execute("CREATE TABLE documents AS SELECT 1 AS doc_id")
    made.unlink()
    queries = BuildQueries(out, cache=tmp_path)
    assert not older.exists() and made.exists()
    assert len(queries.theme_summary(FilterSpec())) and len(queries.top_terms(FilterSpec()))
    queries.close()


# --- places ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def entity_table():
    from analysis.extract.gazetteer import load_gazetteer

    return load_gazetteer().entities_table()


def test_the_places_of_a_selection_are_those_of_the_filtered_mentions(built, entity_table):
    """As the loaded Map page counts them (``places_table``): each place's own articles and mentions."""
    from analysis.aggregate.places import counted_places, places_table

    tables, queries = built
    located = entity_table.loc[entity_table["lat"].notna(), "entity_id"].tolist()
    for spec in _specs(tables)[:2] + _specs(tables)[4:6]:
        expected = places_table(_view(tables, spec).mentions, entity_table)
        found = counted_places(queries.entity_counts(spec, located), entity_table)
        pd.testing.assert_frame_equal(found, expected, check_dtype=False)
    assert queries.entity_counts(FilterSpec(), []).empty


def test_the_countries_of_a_selection_count_each_article_once(built, entity_table):
    """Syria's articles are those naming Syria or any place in it, each once (``countries_table``)."""
    from analysis.aggregate.places import COUNTRY_COLUMNS, countries_table, entity_countries

    tables, queries = built
    groups = entity_countries(entity_table).rename(columns={"country": "group"})
    for spec in _specs(tables)[:2] + _specs(tables)[4:6]:
        expected = countries_table(_view(tables, spec).mentions, entity_table)
        found = queries.group_counts(spec, groups).rename(columns={"group": "country"})[COUNTRY_COLUMNS]
        pd.testing.assert_frame_equal(found, expected, check_dtype=False)


def test_a_search_scans_the_newest_articles_parts_first_and_only_as_far_as_it_needs(
    corpus_builds, tmp_path, monkeypatch
):
    """The seeds written one article a part (published 2018-12-29, 2019-03-14, 2020-02-05 and twice
    2020-12-30), scanned a part at a time and read a candidate per sentence asked: the newest روسيا
    needs only the two parts of 30 December 2020 (both: either may hold the first of that day; 8
    candidates), ten sentences need 5 February 2020's too, and every answer is the one a scan of every
    part gives, newest article first."""
    from analysis.partitioned import write_partitioned
    from analysis.store import build_queries
    from analysis.store.builds import write_manifest

    tables, _ = corpus_builds("seeds")
    out = tmp_path / "one-a-part"
    write_partitioned(
        tables.frames(), out, {d: i for i, d in enumerate(tables.documents["doc_id"])}, texts=tables.texts
    )
    write_manifest(out, name="seeds", articles=len(tables.documents))
    monkeypatch.setattr(build_queries, "SCAN_PARTS", 1)
    monkeypatch.setattr(build_queries, "SEARCH_CANDIDATES", 1)
    monkeypatch.setattr(build_queries, "SEARCH_MARGIN", 0)
    whole = BuildQueries(out).search(FilterSpec(), "روسيا", limit=1_000_000)
    queries = BuildQueries(out, cache=tmp_path / "cache")
    scanned: list[str] = []
    original = queries.sql

    def counting(query, params=(), **kwargs):
        if "regexp_matches" in query:
            scanned.append(query)
        return original(query, params, **kwargs)

    queries.sql = counting  # type: ignore[method-assign]
    newest = queries.search(FilterSpec(), "روسيا", limit=1)
    assert list(zip(newest["doc_id"], newest["sentence_idx"])) == list(zip(whole["doc_id"], whole["sentence_idx"]))[:1]
    assert str(newest["published"].iloc[0]) == "2020-12-30" and len(scanned) == 2
    ten = queries.search(FilterSpec(), "روسيا", limit=10)
    assert list(zip(ten["doc_id"], ten["sentence_idx"])) == list(zip(whole["doc_id"], whole["sentence_idx"]))[:10]
    assert len(scanned) == 3
    every = queries.search(FilterSpec(), "روسيا", limit=1_000_000)
    pd.testing.assert_frame_equal(every, whole)
    assert len(scanned) == 5  # each part once


def test_a_part_whose_articles_all_lack_a_source_keeps_the_column_a_text(tmp_path):
    """500 articles without a source or an address in one part, named ones in the next: the empty
    columns are written as text, not Arrow's null type, so DuckDB reads the parts together."""
    import datetime as dt

    import pyarrow.parquet as pq

    from analysis import schema
    from analysis.partitioned import write_partitioned

    frame = pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "title": [None, "عنوان"],
            "source": [None, "الرياض"],
            "published": [None, dt.date(2015, 7, 21)],
            "url": [None, "https://example.org/b"],
            "n_chars": [10, 12],
            "n_sentences": [1, 1],
        }
    )
    documents = schema.conform("documents", frame)
    write_partitioned({"documents": documents}, tmp_path, {"a": 0, "b": 1}, texts={"a": "نص", "b": "نص آخر"})
    first = pq.read_schema(tmp_path / "documents" / "part.00000.parquet")
    assert str(first.field("source").type) == "string" and str(first.field("published").type) == "date32[day]"
    import duckdb

    rows = duckdb.sql(
        f"SELECT doc_id, source FROM read_parquet('{tmp_path}/documents/*.parquet') ORDER BY 1"
    ).fetchall()
    assert rows == [("a", None), ("b", "الرياض")]
