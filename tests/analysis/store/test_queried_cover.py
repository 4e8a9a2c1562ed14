"""A briefing's cover for charts of a build too large to load is counted where the build lies
(:func:`analysis.briefing.queried_cover.cover_facts`): its lines are those the in-memory tables of the same
selection give (:func:`analysis.briefing.summary.cover_summary`), on a real day of SaudiNewsNet and on
the seeds, in Arabic and in English, for every kind of filter."""

from __future__ import annotations

import pandas as pd
import pytest
from test_build_queries import _specs, _view

from analysis.aggregate.filters import FilterSpec
from analysis.briefing.queried_cover import cover_facts
from analysis.briefing.summary import cover_lines, cover_summary
from analysis.config import gazetteer
from analysis.store.build_queries import BuildQueries
from analysis.text.plurals import count_phrase


@pytest.fixture(scope="module", params=["saudinewsnet-day", "seeds"])
def built(request, corpus_builds, tmp_path_factory):
    tables, out = corpus_builds(request.param)
    queries = BuildQueries(out, below=gazetteer().descendants, cache=tmp_path_factory.mktemp("cache"))
    yield tables, queries
    queries.close()


def test_the_cover_of_a_queried_selection_says_what_the_loaded_tables_say(built):
    tables, queries = built
    entities = gazetteer().entities_table()
    for spec in _specs(tables):
        view = _view(tables, spec)
        facts = cover_facts(queries, spec, corpus="مدونة")
        for lang in ("ar", "en"):
            expected = cover_summary(view, spec, lang=lang, corpus="مدونة", entities=entities)
            assert cover_lines(facts, spec, lang=lang, entities=entities) == expected, (spec, lang)


def test_the_cover_names_the_themes_as_the_analysts_named_them_and_leaves_out_the_hidden(built):
    """«ملف اليمن» is the name an analyst gave the strongest theme; the hidden second one is not named."""
    tables, queries = built
    themes = queries.themes()
    facts = cover_facts(queries, _specs(tables)[0], corpus="c")
    strongest = facts.themes[0]
    first = next(t for t in themes["theme_id"].unique() if ", ".join(strongest) in _label(themes, t))
    named = themes.assign(name=themes["theme_id"].map({first: "ملف اليمن"}))
    second = facts.themes[1]
    hidden = next(t for t in themes["theme_id"].unique() if ", ".join(second) in _label(themes, t))
    shown = named[named["theme_id"] != hidden]
    facts = cover_facts(queries, _specs(tables)[0], corpus="c", themes=shown)
    assert facts.themes[0] == ("ملف اليمن",) and second not in facts.themes


def _label(themes, theme_id) -> str:
    from analysis.aggregate.theme_names import theme_name

    return theme_name(themes, theme_id, separator=", ")


def test_a_selection_of_no_article_has_a_cover_without_dates_names_or_events(built):
    tables, queries = built
    facts = cover_facts(queries, _specs(tables)[0].__class__(sources=("no such source",)), corpus="c")
    assert (facts.articles, facts.first, facts.actors, facts.themes, facts.news_events) == (0, None, (), (), 0)
    assert cover_lines(facts, lang="en")[0] == "Corpus: c · 0 articles from 0 sources, no publication dates."


def test_a_kept_charts_caption_names_its_leading_value_and_its_evidence_is_the_sentences_behind_it(built):
    """What a kept chart of a queried build carries into the pack: the leading entity, the strongest
    pair, the events' count and commonest type, each with the sentences that make it."""
    from analysis.briefing.queried_notes import entity_note, events_note, pair_note

    tables, queries = built
    entities = gazetteer().entities_table()
    names = dict(zip(entities["entity_id"], entities["name_ar"]))
    spec = _specs(tables)[0]
    articles = queries.counts(spec)["articles"]
    top = queries.top_entities(spec, kind="actor", limit=5)
    caption, evidence = entity_note(queries, spec, top, "actor", articles, entities)
    leader = top["entity_id"].iloc[0]
    assert f"يتصدرها {names[leader]}" in caption and len(evidence) == 5
    named = set(
        map(tuple, tables.mentions.loc[tables.mentions["entity_id"] == leader, ["doc_id", "sentence_idx"]].values)
    )
    assert all((d, i) in named for d, i in zip(evidence["doc_id"], evidence["sentence_idx"]))

    pairs = queries.comentions(spec, top["entity_id"].tolist())
    caption, evidence = pair_note(queries, spec, pairs, "sentence", articles, entities)
    a, b = pairs.iloc[0][["entity_a", "entity_b"]]
    assert f"أقوى زوج: {names[a]} و{names[b]}" in caption and set(evidence["why"]) == {f"{names[a]} · {names[b]}"}
    for d, i in zip(evidence["doc_id"], evidence["sentence_idx"]):
        there = tables.mentions[(tables.mentions["doc_id"] == d) & (tables.mentions["sentence_idx"] == i)]
        assert {a, b} <= set(there["entity_id"])

    per_month = queries.events_by_month(spec)
    caption, evidence = events_note(queries, spec, per_month, ("reported", "scheduled"), articles)
    assert caption.startswith(f"الأحداث عبر الزمن: {per_month['events'].sum():,} ")  # thousands grouped
    assert "أخرى" not in caption  # "other" is no type to name
    newest = queries.events(spec, limit=5)
    assert evidence["text"].tolist() == newest["sentence"].tolist()
    assert evidence["why"].tolist() == newest["date_text"].tolist()


def test_a_kept_themes_or_key_terms_chart_names_its_first_and_the_sentences_holding_its_term(built):
    from analysis.aggregate.theme_names import theme_name
    from analysis.briefing.queried_notes import terms_note, themes_note
    from analysis.text.normalize import normalize

    tables, queries = built
    spec = _specs(tables)[0]
    articles = queries.counts(spec)["articles"]
    terms = queries.top_terms(spec, limit=10)
    caption, evidence = terms_note(queries, spec, terms, articles)
    first = terms["term"].iloc[0]
    assert caption.endswith(f"أبرزها: {'، '.join(terms['term'].head(4))}.") and len(evidence)
    assert all(normalize(first).split()[0] in normalize(text) for text in evidence["text"]), first
    themes, summary = queries.themes(), queries.theme_summary(spec)
    caption, evidence = themes_note(queries, spec, summary, themes, articles)
    leading = int(summary.sort_values("articles", ascending=False, kind="stable")["theme_id"].iloc[0])
    assert f"«{theme_name(themes, leading)}»" in caption and set(evidence["why"]) <= set(themes["term"])


def test_a_kept_articles_per_month_chart_names_its_busiest_month_and_shows_that_months_newest_leads(built):
    """The Overview's bars: «أكثر الأشهر: يوليو 2015 (… مقالة)», and the first sentence of each of that
    month's newest articles, each one the article's sentence 0 as the loaded tables hold it."""
    from analysis.briefing.queried_notes import articles_note

    tables, queries = built
    spec = _specs(tables)[0]
    per_month = queries.articles_by_month(spec)
    caption, evidence = articles_note(queries, spec, per_month)
    dated = tables.documents[tables.documents["published"].notna()]
    months = pd.to_datetime(dated["published"]).dt.to_period("M").value_counts().sort_index()
    busiest = months.sort_values(ascending=False, kind="stable").index[0]
    assert caption.startswith(f"المقالات عبر الزمن: {count_phrase(len(dated), 'article')} مؤرخة")
    assert f"({count_phrase(int(months[busiest]), 'article')})" in caption
    assert 0 < len(evidence) <= 5 and set(evidence["sentence_idx"]) == {0}
    published = dict(zip(tables.documents["doc_id"], pd.to_datetime(tables.documents["published"])))
    assert all(published[d].to_period("M") == busiest for d in evidence["doc_id"])
    firsts = tables.sentences[tables.sentences["sentence_idx"] == 0].set_index("doc_id")["text"]
    assert evidence["text"].tolist() == [firsts[d] for d in evidence["doc_id"]]
    assert evidence["published"].tolist() == sorted(evidence["published"], reverse=True)  # newest first
    empty, none = articles_note(queries, spec, per_month.iloc[0:0])
    assert empty == "المقالات عبر الزمن: لا توجد مقالات مؤرخة." and none.empty


def test_a_kept_theme_terms_or_theme_shares_chart_names_its_theme_and_the_sentences_of_its_terms(built):
    from analysis.aggregate.theme_names import theme_name
    from analysis.briefing.queried_notes import theme_share_note, theme_terms_note

    tables, queries = built
    spec = _specs(tables)[0]
    articles = queries.counts(spec)["articles"]
    themes = queries.themes()
    ids = sorted(set(themes["theme_id"]))
    caption, evidence = theme_terms_note(queries, spec, themes, ids)
    assert f"«{theme_name(themes, ids[0])}»" in caption and caption.startswith(count_phrase(len(ids), "theme"))
    first_terms = set(themes.loc[themes["theme_id"] == ids[0], "term"])
    assert set(evidence["why"]) <= first_terms

    shares = queries.theme_shares_by_month(spec)
    caption, evidence = theme_share_note(queries, spec, shares, themes, articles)
    # the loaded tables' answer: the theme with the largest summed weight over the dated articles
    dated = set(tables.documents.loc[tables.documents["published"].notna(), "doc_id"])
    weights = tables.doc_themes[tables.doc_themes["doc_id"].isin(dated)].groupby("theme_id")["weight"].sum()
    leading = int(weights.sort_values(ascending=False, kind="stable").index[0])
    assert f"الأكبر: «{theme_name(themes, leading)}» ({weights[leading] / len(dated):.0%} " in caption
    assert set(evidence["why"]) <= set(themes.loc[themes["theme_id"] == leading, "term"])


def test_a_kept_comparison_names_a_sides_key_items_and_the_sentences_of_the_first_on_that_side(built):
    """Two sources (or two months) of the build: each side's caption lists its strongest key items as its
    bar chart ranks them, and the evidence is that side's, for the first."""
    from analysis.aggregate.keyness import key_items
    from analysis.briefing.queried_notes import key_items_note
    from analysis.store.build_compare import sides

    tables, queries = built
    entities = gazetteer().entities_table()
    names = dict(zip(entities["entity_id"], entities["name_ar"]))
    choices = queries.side_sources(FilterSpec())
    mode = "source" if len(choices) > 1 else "period"
    a, b = (choices if mode == "source" else queries.side_months(FilterSpec()))[:2]
    side_a, side_b = sides(FilterSpec(), mode, a, b)
    said = 0
    for what in ("actors", "terms", "types"):
        table = queries.compare_frequencies(side_a, side_b, what).keyness(min_freq=1, p=0.5)
        labels = {i: names.get(i, i) for i in table["item"].astype(str)}
        for side, side_spec in (("a", side_a), ("b", side_b)):
            caption, evidence = key_items_note(queries, table, side, what, side_spec, (str(a), str(b)), labels)
            mine = key_items(table, side)
            if mine.empty:
                assert caption.startswith("لا شيء يميّز") and evidence.empty
                continue
            said += 1
            ranked = mine.assign(s=mine["log_ratio"].abs()).sort_values(["s", "g2", "item"],
                                                                         ascending=[False, False, True])  # fmt: skip
            first = str(ranked["item"].iloc[0])
            assert caption.startswith(f"ما يميّز «{a if side == 'a' else b}» عن «{b if side == 'a' else a}» من ")
            assert caption.endswith(f": {'، '.join(labels.get(i, i) for i in ranked['item'].astype(str).head(4))}.")
            side_docs = set(queries.articles(side_spec, limit=100_000)["doc_id"])
            assert set(evidence["doc_id"]) <= side_docs, (what, side)
            if what == "actors":
                for d, i in zip(evidence["doc_id"], evidence["sentence_idx"]):
                    there = tables.mentions[(tables.mentions["doc_id"] == d) & (tables.mentions["sentence_idx"] == i)]
                    assert first in set(there["entity_id"])
    assert said


def test_a_kept_attention_chart_names_the_source_and_period_that_gave_the_item_most_attention(built):
    """The sources' attention to the most named actor: the largest share of a period's articles (of two
    articles or more, when a period has two), and the actor's sentences."""
    from analysis.aggregate.compare import attention_by_source, attention_period
    from analysis.briefing.queried_notes import attention_note

    tables, queries = built
    spec = FilterSpec()
    leader = str(queries.top_entities(spec, kind="actor", limit=1)["entity_id"].iloc[0])
    sources = queries.side_sources(spec)[:3]
    period = queries.attention_span(spec)
    table = queries.attention(spec, "actors", leader, tuple(sources), period)
    caption, evidence = attention_note(queries, table, "actors", leader, "X", spec, {"": "بلا مصدر"})
    weights = pd.Series(
        1.0, index=pd.Index(tables.mentions.loc[tables.mentions["entity_id"] == leader, "doc_id"].unique())
    )
    loaded = attention_by_source(tables.documents, weights, period=period, sources=sources)
    assert period == attention_period(tables.documents)
    rows = loaded[loaded["articles"] >= 2] if (loaded["articles"] >= 2).any() else loaded
    best = rows.sort_values(["share", "articles", "period"], ascending=[False, False, True], kind="stable").iloc[0]
    assert caption.startswith("اهتمام المصادر بـ«X» عبر الزمن؛ أعلاه: ") and f"({best['share']:.0%} من " in caption
    assert (str(best["source"]) or "بلا مصدر") in caption and len(evidence)
    named = set(
        map(tuple, tables.mentions.loc[tables.mentions["entity_id"] == leader, ["doc_id", "sentence_idx"]].values)
    )
    assert all((d, i) in named for d, i in zip(evidence["doc_id"], evidence["sentence_idx"]))
