"""A linked build too large to load is browsed through DuckDB (``dashboard/views/queried/``): its
pages count what the filters select with SQL over the build's Parquet files, and every number leads
to the sentences behind it. The limit is set low here (``$ARABIC_NEWS_MAX_LINKED_ARTICLES=2``) so the
five seed articles stand for a million; each figure is checked against the in-memory tables."""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest
from repo_paths import SEEDS
from streamlit.testing.v1 import AppTest

from analysis.aggregate.filters import FilterSpec, apply_filters
from analysis.aggregate.kwic import KwicIndex
from analysis.aggregate.timeline import view_events
from analysis.cli import main
from analysis.config import gazetteer
from analysis.limits import MAX_LINKED_ENV, LimitsError, load_limits
from analysis.store.builds import read_build
from analysis.store.database import Store

APP = str(SEEDS.parent / "dashboard" / "app.py")
NAME = "بناء كبير"


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("build") / "seeds-run"
    assert main(["build", str(SEEDS), "--out", str(out), "--quiet"]) == 0
    return out


@pytest.fixture(scope="module")
def tables(seed_build):
    return read_build(seed_build)


@pytest.fixture
def queried(fresh_store, seed_build, monkeypatch):
    """The seed build linked into a fresh store, with a server limit of 2 articles: it is queried."""
    monkeypatch.setenv(MAX_LINKED_ENV, "2")
    load_limits.cache_clear()
    Store(fresh_store).link_build(seed_build, NAME)
    yield fresh_store
    monkeypatch.delenv(MAX_LINKED_ENV)
    load_limits.cache_clear()


def opened(page: str | None = None, **params) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["corpus"] = NAME
    for key, value in params.items():
        at.query_params[key] = value
    if page:
        at.switch_page(f"views/queried/{page}.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.session_state["_page_path"] == (page or "")
    return at


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_a_build_over_the_limit_opens_its_queried_pages_with_the_builds_counts(queried, tables):
    at = opened()
    assert any("is queried where it lies" in c.value for c in at.caption)
    assert metrics(at) == {
        "Articles": "5", "Sentences": f"{len(tables.sentences):,}",
        "Mentions": f"{len(tables.mentions):,}", "Dated events": f"{len(tables.events):,}",
    }  # fmt: skip


def test_a_filter_by_actor_changes_every_count_to_the_selections(queried, tables):
    """Turkey (with its places, as the in-memory filter reads it)."""
    at = opened()
    at.multiselect(key="f_actors").set_value(["turkey"]).run()
    view = apply_filters(tables, FilterSpec(actors=("turkey",)), below=gazetteer().descendants)
    assert metrics(at)["Articles"] == str(len(view.documents))
    assert metrics(at)["Mentions"] == f"{len(view.mentions):,}"
    line = next(h.proto.body for h in at.get("html") if "selection-line" in h.proto.body)
    assert f"{len(view.documents)} of 5 articles" in line


def test_a_bar_of_the_overview_leads_to_the_sentences_naming_it(queried, tables):
    at = opened()
    at.selectbox(key="qo_entity").set_value("russia").run()
    evidence = next(h.proto.body for h in at.get("html") if 'class="rtl-text evidence"' in h.proto.body)
    members = {"russia", *gazetteer().descendants("russia")}  # Moscow's mentions are Russia's too
    russia = tables.mentions[tables.mentions["entity_id"].isin(members) & (tables.mentions["sentence_idx"] >= 0)]
    n = russia[["doc_id", "sentence_idx"]].drop_duplicates().shape[0]
    assert any(c.value.startswith(f"Mentioned in {n} sentences") for c in at.caption), [c.value for c in at.caption]
    assert evidence.count('class="rtl-text evidence"') == min(n, 60)
    assert re.search(r'<mark class="hl hl-pair_a"[^>]*>(روسيا|موسكو|الروس|الروسي)', evidence)


def test_a_cell_of_the_matrix_leads_to_the_sentences_naming_both_with_each_marked(queried, tables):
    """Russia and Turkey: the sentences naming both, Russia marked in one style, Turkey in the other."""
    at = opened("actors")
    assert len(at.selectbox(key="qa_cell").options) > 10  # the matrix's cells, for the keyboard
    at.selectbox(key="qa_cell").set_value("russia|turkey").run()
    named = tables.mentions[tables.mentions["sentence_idx"] >= 0].groupby(["doc_id", "sentence_idx"])["entity_id"]
    both = sum(1 for ids in named.agg(set) if {"russia", "turkey"} <= ids)
    assert any(c.value.startswith(f"Mentioned together in {both} windows") for c in at.caption)
    evidence = next(h.proto.body for h in at.get("html") if 'class="rtl-text evidence"' in h.proto.body)
    assert evidence.count('class="rtl-text evidence"') == min(both, 60)
    assert "hl-pair_a" in evidence and "hl-pair_b" in evidence


def test_the_timeline_lists_the_news_events_newest_first_sentence_first(queried, tables):
    at = opened("timeline")
    frame = at.dataframe[0].value
    news = view_events(tables.events, tables.documents, "news")  # in the publication window, as loaded
    assert len(frame) == len(news) < (tables.events["when"].isin(["reported", "scheduled"])).sum()
    assert frame.columns[0] == "sentence"
    at = opened("timeline", view="background")
    background = tables.events[tables.events["when"].isin(["history", "target"])]
    assert len(at.dataframe[0].value) == len(background)


def test_search_finds_every_spelling_of_russia_in_the_builds_sentences(queried, tables):
    at = opened("search", q="روسيا")
    hits = KwicIndex(tables.texts, tables.sentences).search("روسيا")
    n = hits[["doc_id", "sentence_idx"]].drop_duplicates().shape[0]
    assert any(c.value.startswith(f"{n} sentences found") for c in at.caption)
    found = at.dataframe[0].value
    assert set(found["match"]) >= {"روسيا"} and len(found) == n


def test_an_articles_link_opens_its_text(queried, tables):
    doc_id = tables.documents["doc_id"].iloc[0]
    at = opened("articles", doc=doc_id)
    text = next(h.proto.body for h in at.get("html") if 'dir="rtl"' in h.proto.body and "<p>" in h.proto.body)
    first_line = next(line for line in tables.texts[doc_id].split("\n") if line.strip())
    assert first_line.strip()[:30] in text.replace("&quot;", '"')
    assert not opened("articles", doc="no-such-article").exception


def test_the_articles_page_lists_the_selections_articles_newest_first(queried, tables):
    """Filtered by Turkey: exactly the selection's articles, most recently published first."""
    at = opened("articles", actors="turkey")
    listed = at.dataframe[0].value
    view = apply_filters(tables, FilterSpec(actors=("turkey",)), below=gazetteer().descendants)
    assert sorted(listed["doc_id"]) == sorted(view.documents["doc_id"])
    assert pd.to_datetime(listed["published"]).is_monotonic_decreasing
    assert any(c.value.startswith(f"{len(view.documents)} of {len(view.documents)} article") for c in at.caption)


def chart(at: AppTest, key: str) -> dict:
    return json.loads(next(c.proto.spec for c in at.get("plotly_chart") if key in c.proto.id))


def leading_themes(tables, spec: FilterSpec) -> dict[int, int]:
    """theme_id → the selection's articles it leads (their largest share; ties to the lower theme)."""
    view = apply_filters(tables, spec, below=gazetteer().descendants)
    rows = view.doc_themes.sort_values(["doc_id", "weight", "theme_id"], ascending=[True, False, True])
    return rows.drop_duplicates("doc_id")["theme_id"].value_counts().to_dict()


def test_the_themes_page_shows_the_themes_the_selection_leads_and_a_themes_articles(queried, tables):
    """Each bar is a theme's articles (those it leads); choosing a theme lists the articles giving it
    a share, largest first, each with its title and key terms; every theme's top terms and the key
    terms of the selection are drawn, and the shares per month."""
    at = opened("themes")
    bars = chart(at, "qth_bars")["data"][0]
    expected = leading_themes(tables, FilterSpec())
    assert {int(k): v for k, v in zip(bars["y"], bars["x"]) if v} == expected
    assert {c.proto.id.split("-")[-1] for c in at.get("plotly_chart")} >= {"qth_bars", "qth_terms", "qth_months",
                                                                            "qth_key_terms"}  # fmt: skip
    theme = max(expected, key=expected.get)
    at.selectbox(key="qth_theme").set_value(theme).run()
    assert not at.exception
    given = tables.doc_themes[(tables.doc_themes["theme_id"] == theme) & (tables.doc_themes["weight"] > 0)]
    assert any(c.value.startswith(f"{len(given)} articles give") for c in at.caption), [c.value for c in at.caption]
    listed = next(h.proto.body for h in at.get("html") if "theme-article" in h.proto.body)
    assert listed.count('class="rtl-text evidence theme-article"') == len(given)
    best = given.sort_values("weight", ascending=False)["doc_id"].iloc[0]
    title = tables.documents.set_index("doc_id").loc[best, "title"]
    assert listed.index(f"doc={best}") == min(listed.index(f"doc={d}") for d in given["doc_id"])
    assert title[:20] in listed.replace("&quot;", '"')
    first_term = tables.doc_terms[tables.doc_terms["doc_id"] == best].sort_values("rank")["term"].iloc[0]
    assert first_term in listed
    terms = chart(at, "qth_key_terms")["data"][0]
    summed = tables.doc_terms.groupby("term")["weight"].sum().sort_values(ascending=False)
    assert terms["customdata"][0] == summed.index[0]


def test_a_filter_changes_the_themes_page_to_the_selections(queried, tables):
    """Iran (its places with it): the themes' bars count only the two articles naming it."""
    at = opened("themes")
    before = chart(at, "qth_bars")["data"][0]["x"]
    at.multiselect(key="f_actors").set_value(["iran"]).run()
    assert not at.exception
    spec = FilterSpec(actors=("iran",))
    bars = chart(at, "qth_bars")["data"][0]
    assert {int(k): v for k, v in zip(bars["y"], bars["x"]) if v} == leading_themes(tables, spec)
    assert sum(bars["x"]) < sum(before)
    view = apply_filters(tables, spec, below=gazetteer().descendants)
    summed = view.doc_terms.groupby("term")["weight"].sum().sort_values(ascending=False)
    assert chart(at, "qth_key_terms")["data"][0]["customdata"][0] == summed.index[0]


def test_a_term_bar_opens_the_search_page_on_the_term_keeping_corpus_language_and_filters(queried, tables):
    """A bare ``st.switch_page`` resets every widget (streamlit#11115): the Search page opened on the
    default corpus, in English, unfiltered."""
    at = opened("themes", lang="ar")
    at.multiselect(key="f_actors").set_value(["iran"]).run()
    term = chart(at, "qth_key_terms")["data"][0]["customdata"][0]
    at.session_state["qth_go_search"] = term  # what a click on its bar leaves (``_search_term``)
    at.run()
    assert not at.exception
    assert at.session_state["_page_path"] == "search"
    assert (at.session_state["corpus"], at.session_state["lang"], at.session_state["f_actors"]) == (
        NAME,
        "ar",
        ["iran"],
    )
    assert at.text_input(key="qs_query").value == term


def test_the_map_shows_the_places_the_selection_names_and_a_places_sentences(queried, tables):
    """Each marker a place with its articles (as the loaded Map page counts them); a filter changes
    them; choosing a place (what a click does) lists the sentences naming it."""
    from analysis.aggregate.places import countries_table, places_table
    from analysis.extract.gazetteer import load_gazetteer

    entities = load_gazetteer().entities_table()
    at = opened("map")
    assert not at.exception
    places = next(d.value for d in at.dataframe if "articles" in d.value and "name_ar" in d.value)
    expected = places_table(tables.mentions, entities)
    assert places["name_ar"].tolist() == expected["name_ar"].tolist()
    assert places["articles"].tolist() == expected["articles"].tolist()
    countries = at.dataframe[1].value
    assert countries["articles"].tolist() == countries_table(tables.mentions, entities)["articles"].tolist()
    markers = chart(at, "qm_chart")["data"][1]
    assert [c[0] for c in markers["customdata"]] == expected["entity_id"].tolist()
    at.multiselect(key="f_actors").set_value(["iran"]).run()
    assert not at.exception
    view = apply_filters(tables, FilterSpec(actors=("iran",)), below=gazetteer().descendants)
    filtered = places_table(view.mentions, entities)
    markers = chart(at, "qm_chart")["data"][1]
    assert [c[0] for c in markers["customdata"]] == filtered["entity_id"].tolist()
    assert len(filtered) < len(expected)
    place = "idlib" if "idlib" in set(filtered["entity_id"]) else filtered["entity_id"].iloc[0]
    at.selectbox(key="qm_place").set_value(place).run()
    assert not at.exception
    evidence = next(h.proto.body for h in at.get("html") if 'class="rtl-text evidence"' in h.proto.body)
    assert evidence.count('class="rtl-text evidence"') > 0 and "hl-pair_a" in evidence


@pytest.mark.parametrize("page", ["themes", "map"])
def test_the_themes_and_map_pages_run_with_every_filter_set_and_on_an_empty_selection(queried, tables, page):
    """Russia and Turkey, all of them, in Idlib, 2019 to mid-2020: 001 and 003; then a source no
    article of that span has: nothing selected, the friendly empty state."""
    import datetime as dt

    at = opened(page)
    at.multiselect(key="f_actors").set_value(["russia", "turkey"])
    at.radio(key="f_mode").set_value("all")
    at.multiselect(key="f_regions").set_value(["idlib"])
    at.date_input(key="f_dates").set_value((dt.date(2019, 1, 1), dt.date(2020, 6, 30)))
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert metrics(at) == {} and len(at.get("plotly_chart")) >= 1
    at.date_input(key="f_dates").set_value((dt.date(2019, 4, 1), dt.date(2019, 5, 1))).run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.get("plotly_chart")


def test_a_build_under_the_limit_opens_the_usual_pages(fresh_store, seed_build):
    load_limits.cache_clear()
    Store(fresh_store).link_build(seed_build, NAME)
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["corpus"] = NAME
    at.run()
    assert not at.exception
    assert not any("is queried where it lies" in c.value for c in at.caption)


def test_a_limit_that_is_not_a_number_is_refused_naming_the_variable(monkeypatch):
    monkeypatch.setenv(MAX_LINKED_ENV, "lots")
    load_limits.cache_clear()
    try:
        with pytest.raises(LimitsError, match=MAX_LINKED_ENV):
            load_limits()
    finally:
        monkeypatch.delenv(MAX_LINKED_ENV)
        load_limits.cache_clear()


# --- Compare ------------------------------------------------------------------------------------


def _sides_line(at: AppTest) -> str:
    return next(h.proto.body for h in at.get("html") if "cmp-sides" in h.proto.body)


def test_compare_sets_the_two_sources_of_the_build_side_by_side(queried, tables):
    """The seeds: four articles with no source and one of ترك برس; Russia's figures on each side are
    the in-memory comparison's, and its sentences on each side are those naming it there."""
    from analysis.aggregate import compare

    at = opened("compare")
    assert at.segmented_control(key="qc_mode").value == "source"
    line = _sides_line(at)
    assert "4 articles" in line and "ترك برس" in line and "1 article" in line
    at.segmented_control(key="qc_what").set_value("actors").run()
    assert not at.exception, [e.value for e in at.exception]
    assert len(at.get("plotly_chart")) == 2  # each side's key actors
    ids_a = compare.source_side(tables.documents, "")
    ids_b = compare.source_side(tables.documents, "ترك برس")
    expected = compare.entity_frequencies(tables.mentions, ids_a, ids_b, "actor").keyness(min_freq=1)
    at.number_input(key="qc_min").set_value(1).run()
    at.selectbox(key="qc_item").set_value("russia").run()
    assert not at.exception, [e.value for e in at.exception]
    row = expected.set_index("item").loc["russia"]
    figures = next(m.value for m in at.markdown if "per 10,000" in m.value)
    assert f"\u2066{int(row['freq_a'])}\u2069" in figures and f"\u2066{int(row['freq_b'])}\u2069" in figures
    for side, ids in (("A", ids_a), ("B", ids_b)):
        russia = tables.mentions[(tables.mentions["entity_id"] == "russia") & tables.mentions["doc_id"].isin(ids)]
        n = russia[russia["sentence_idx"] >= 0][["doc_id", "sentence_idx"]].drop_duplicates().shape[0]
        assert any(m.value.startswith(f"**Side {side}: {n} sentence") for m in at.markdown), [
            m.value for m in at.markdown
        ]
    evidence = [h.proto.body for h in at.get("html") if 'class="rtl-text evidence"' in h.proto.body]
    assert len(evidence) == 2 and all("hl-pair_a" in e for e in evidence)
    # each source's attention to Russia, month by month: the two sources' lines
    assert len(at.get("plotly_chart")) == 3
    assert any(m.value.startswith("**Attention by source over time") for m in at.markdown)


def test_every_chart_of_a_queried_build_is_kept_with_its_caption_and_the_sentences_behind_it(queried, tables):
    """The articles per month, the themes' terms and their shares per month, and a comparison's key actors:
    each kept with a caption naming its leading value and its sentences (the seeds: the busiest month's newest
    leads, a theme's term in the selection's sentences, Side B's first key actor in ترك برس's article)."""
    from analysis.briefing.stored import read_pack
    from analysis.store.briefings import Briefings

    at = opened()
    _button(at, "qo_months__brief").click().run()
    at.switch_page("views/queried/themes.py").run()
    _button(at, "qth_terms__brief").click().run()
    _button(at, "qth_months__brief").click().run()
    at.switch_page("views/queried/compare.py").run()
    at.segmented_control(key="qc_what").set_value("actors").run()
    at.number_input(key="qc_min").set_value(1).run()
    at.selectbox(key="qc_p").set_value(0.05).run()  # one article against four: key only at 0.05
    _button(at, "qc_chart_b__brief").click().run()
    from analysis.aggregate import compare

    ids_a, ids_b = (compare.source_side(tables.documents, s) for s in ("", "ترك برس"))
    keyness = compare.entity_frequencies(tables.mentions, ids_a, ids_b, "actor").keyness(min_freq=1, p=0.05)
    item = str(keyness[keyness["key"]]["item"].iloc[0])
    at.selectbox(key="qc_item").set_value(item).run()
    _button(at, "qc_attention_chart__brief").click().run()
    assert not at.exception, [e.value for e in at.exception]
    pack, _, damaged = read_pack(Briefings(Store(queried)).get(at.session_state["brief"]))
    charts = ["articles-by-month", "themes-top-terms", "themes-share-per-month", "compare-actors-key-b",
              "compare-attention-actors"]  # fmt: skip
    assert damaged == [] and [i.chart for i in pack.items] == charts
    months, terms, shares, key, attention = (i.snapshot for i in pack.items)
    assert attention.caption.startswith("اهتمام المصادر بـ«") and "أعلاه" in attention.caption
    named = tables.mentions.loc[tables.mentions["entity_id"] == item, ["doc_id", "sentence_idx"]]
    assert attention.evidence and {(r["doc_id"], r["sentence_idx"]) for r in attention.evidence} <= set(
        map(tuple, named.values)
    )
    published = tables.documents.set_index("doc_id")["published"]
    busiest = pd.to_datetime(published).dt.to_period("M").value_counts().sort_values(ascending=False, kind="stable")
    assert months.caption.startswith("المقالات عبر الزمن: 5 مقالات مؤرخة") and months.evidence
    assert {pd.Timestamp(published[row["doc_id"]]).to_period("M") for row in months.evidence} == {busiest.index[0]}
    assert all(row["sentence_idx"] == 0 and row["text"] for row in months.evidence)
    assert "الموضوع الأول" in terms.caption and terms.evidence and "الأكبر" in shares.caption and shares.evidence
    assert key.caption.startswith("ما يميّز «ترك برس» عن ") and key.evidence
    turk = set(tables.documents.loc[tables.documents["source"] == "ترك برس", "doc_id"])
    assert {row["doc_id"] for row in key.evidence} <= turk and key.evidence[0]["why"] in key.caption


def test_compare_sets_a_filtered_selection_against_the_rest_of_the_build(queried, tables):
    """Without a filter there is no selection to compare; with Idlib, its articles against the others,
    and an event type's events on each side with their date expressions marked."""
    at = opened("compare", cmp="selection")
    assert any("Choose filters in the sidebar" in i.value for i in at.info)
    at.multiselect(key="f_regions").set_value(["idlib"]).run()
    view = apply_filters(tables, FilterSpec(regions=("idlib",)), below=gazetteer().descendants)
    n = len(view.documents)
    assert 0 < n < 5
    line = _sides_line(at)
    assert f"The selection\u2069 · {n} article" in line and f"The rest of the corpus\u2069 · {5 - n} article" in line
    at.segmented_control(key="qc_what").set_value("types").run()
    at.number_input(key="qc_min").set_value(1).run()
    assert len(at.selectbox(key="qc_item").options) > 1  # "—" and the types tested
    at.selectbox(key="qc_item").select_index(1).run()
    assert not at.exception, [e.value for e in at.exception]
    evidence = [h.proto.body for h in at.get("html") if 'class="rtl-text evidence"' in h.proto.body]
    assert evidence and any("<mark" in e for e in evidence)


def test_compare_sets_two_months_side_by_side_and_marks_a_terms_sentences(queried, tables):
    """December 2020 (two articles) against March 2019 (one): key terms, counted in articles, and a
    term's sentences on each side with the term marked."""
    at = opened("compare", cmp="period", cmp_a="2020-12", cmp_b="2019-03")
    assert not at.exception, [e.value for e in at.exception]
    line = _sides_line(at)
    assert "2020-12\u2069 · 2 articles" in line and "2019-03\u2069 · 1 article" in line
    assert any("among their 15 key terms" in c.value for c in at.caption)
    at.number_input(key="qc_min").set_value(1).run()
    term = at.selectbox(key="qc_item").options[1]  # a term is its own label; the first is "—"
    at.selectbox(key="qc_item").select_index(1).run()
    assert not at.exception, [e.value for e in at.exception]
    evidence = " ".join(h.proto.body for h in at.get("html") if 'class="rtl-text evidence"' in h.proto.body)
    assert "<mark" in evidence, (term, [m.value for m in at.markdown], [c.value for c in at.caption])
    table = at.dataframe[0].value
    assert len(table) > 0


def _button(at: AppTest, key: str):
    return next(b for b in at.button if b.key == key)


def test_charts_of_a_queried_build_are_kept_in_a_briefing_as_drawn_and_build_into_a_pack(queried, tables):
    """A build too large to load is not drawn again when the pack is made: "Add to briefing" keeps the
    figure, its footer, the cover's lines of the selection (Idlib's articles), a caption and the
    sentences behind the chart; the Briefing page lists it and builds the PDF and PowerPoint from that."""
    from io import BytesIO

    from pptx import Presentation

    from analysis.briefing.stored import read_pack
    from analysis.store.briefings import Briefings

    at = opened(regions="idlib")
    _button(at, "qo_actors__brief").click().run()
    at.switch_page("views/queried/actors.py").run()
    _button(at, "qa_heatmap__brief").click().run()
    at.switch_page("views/queried/themes.py").run()
    _button(at, "qth_bars__brief").click().run()
    assert not at.exception, [e.value for e in at.exception]
    pack, _, damaged = read_pack(Briefings(Store(queried)).get(at.session_state["brief"]))
    charts = ["top-actors", "actors-heatmap-sentence", "themes-of-the-selection"]
    assert damaged == [] and [i.chart for i in pack.items] == charts
    actors, pairs, themes = (i.snapshot for i in pack.items)
    assert themes.caption.startswith("الموضوعات التي تتصدر مقالات الاختيار (3 مقالات)") and themes.evidence
    view = apply_filters(tables, FilterSpec(regions=("idlib",)), below=gazetteer().descendants)
    assert actors.provenance.n_articles == len(view.documents) and actors.provenance.corpus == NAME
    assert "Idlib" in actors.provenance.filters and "إدلب" in actors.cover["ar"][1]
    assert actors.caption.startswith("الفاعلون الأكثر ذكراً") and len(actors.evidence) > 0
    first = actors.evidence[0]
    assert first["doc_id"] in set(view.documents["doc_id"]) and first["why"] in actors.caption
    assert "أقوى زوج" in pairs.caption and all(row["text"] for row in pairs.evidence)

    at.switch_page("views/briefing.py").run()
    assert not at.exception, [e.value for e in at.exception]
    listed = "\n".join(m.value for m in at.markdown)
    assert listed.count("Kept as drawn on") == 3 and "Most mentioned actors" in listed
    _button(at, "brief_build").click().run(timeout=180)
    assert not at.exception and not at.error, [e.value for e in [*at.exception, *at.error]]
    pdf, pptx = at.session_state["briefing_result"]
    assert pdf.startswith(b"%PDF")
    texts = " ".join(
        shape.text_frame.text for slide in Presentation(BytesIO(pptx)).slides for shape in slide.shapes
        if shape.has_text_frame
    )  # fmt: skip
    assert actors.caption in texts and NAME in texts
