"""Every chart family on hand-made tables: the figure follows its table, labels are RTL-safe and
article text can never become markup."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from viz_tables import HOSTILE, PDF, PRESENTATION_FORMS, RLE, all_strings, figure_json, strip_bidi

from analysis.aggregate.comentions import comention_matrix
from analysis.viz import bars, events, heatmap, network, themes, timeline


def every_figure(t, lang="both"):
    """(name, figure) for every chart function, drawn from the tables ``t``."""
    e = t["entities"]
    return [
        ("top_entities", bars.top_entities_bar(t["mentions"], e, kind=None, lang=lang)),
        ("top_terms", bars.top_terms_bar(t["doc_terms"], lang=lang)),
        ("theme_terms", bars.top_terms_bar(t["themes"], theme_id=1, lang=lang)),
        ("by_source", bars.document_counts_bar(t["documents"], lang=lang)),
        ("by_month", bars.document_counts_bar(t["documents"], by="month", lang=lang)),
        ("comentions", heatmap.comention_heatmap(t["comentions"], e, lang=lang)),
        ("comentions_npmi", heatmap.comention_heatmap(t["comentions"], e, measure="npmi", order="cluster", lang=lang)),
        ("actor_region", heatmap.actor_region_heatmap(t["mentions"], e, lang=lang)),
        ("network", network.actor_network(t["mentions"], t["comentions"], e, lang=lang)),
        ("network_kk", network.actor_network(t["mentions"], t["comentions"], e, layout="kamada_kawai", kind=None)),
        ("timeline", events.event_timeline(t["events"], t["documents"], e, lang=lang)),
        ("timeline_actor", events.event_timeline(t["events"], t["documents"], e, lanes="actor", lang=lang)),
        ("event_counts", events.event_counts_chart(t["events"], t["documents"], lang=lang)),
        ("mentions_time", timeline.mentions_over_time(t["mentions"], t["documents"], e, lang=lang)),
        ("themes_time", timeline.theme_share_over_time(t["doc_themes"], t["documents"], t["themes"], lang=lang)),
        ("theme_grid", themes.theme_terms_grid(t["themes"], lang=lang)),
        ("doc_themes", themes.doc_theme_heatmap(t["doc_themes"], t["documents"], t["themes"], lang=lang)),
        ("theme_articles", themes.theme_articles_bar(_theme_summary(t["doc_themes"]), t["themes"], lang=lang)),
        ("counted_terms", bars.counted_terms_bar(_summed_terms(t["doc_terms"]), lang=lang)),
    ]


def _theme_summary(doc_themes: pd.DataFrame) -> pd.DataFrame:
    """What ``BuildQueries.theme_summary`` gives for these rows (every article selected)."""
    lead = doc_themes.sort_values(["doc_id", "weight", "theme_id"], ascending=[True, False, True])
    lead = lead.drop_duplicates("doc_id")["theme_id"].value_counts()
    share = doc_themes.groupby("theme_id")["weight"].sum() / doc_themes["doc_id"].nunique()
    weighted = doc_themes[doc_themes["weight"] > 0].groupby("theme_id").size()
    out = pd.DataFrame({"theme_id": share.index, "share": share.to_numpy()})
    out["articles"] = out["theme_id"].map(lead).fillna(0).astype(int)
    out["weighted"] = out["theme_id"].map(weighted).fillna(0).astype(int)
    return out.sort_values(["articles", "share"], ascending=False).reset_index(drop=True)


def _summed_terms(doc_terms: pd.DataFrame) -> pd.DataFrame:
    """What ``BuildQueries.top_terms`` gives for these rows (every article selected)."""
    summed = doc_terms.groupby("term")["weight"].agg(["sum", "size"]).reset_index()
    summed = summed.rename(columns={"sum": "weight", "size": "articles"})
    return summed.sort_values(["weight", "term"], ascending=[False, True]).reset_index(drop=True)


@pytest.mark.parametrize("lang", ["both", "en", "ar"])
def test_no_figure_carries_markup_from_the_articles_or_presentation_forms(tables, lang):
    for name, fig in every_figure(tables, lang):
        text = figure_json(fig)
        assert not PRESENTATION_FORMS.search(text), name
        shown = dict(fig.to_dict().items())
        shown["data"] = [{k: v for k, v in tr.items() if k != "customdata"} for tr in shown["data"]]
        for s in all_strings(shown):  # customdata is for the dashboard's click handler, never rendered raw
            assert "<script" not in s and "<img" not in s, (name, s)


def test_reshaped_input_never_reaches_plotly(tables):
    reshaped = tables["entities"].copy()
    reshaped.loc[reshaped["entity_id"] == "russia", "name_ar"] = "\ufead\ufeed\ufeb3\ufef4\ufe8e"
    fig = bars.top_entities_bar(tables["mentions"], reshaped)
    ticks = fig.to_dict()["layout"]["yaxis"]["ticktext"]
    assert "Russia · " + RLE + "روسيا" + PDF in ticks
    assert not PRESENTATION_FORMS.search(figure_json(fig))


def test_hostile_text_is_escaped_where_it_is_shown(tables):
    fig = events.event_timeline(tables["events"], tables["documents"], tables["entities"]).to_dict()
    hovers = [h for trace in fig["data"] for h in trace.get("hovertext", [])]
    statement = next(h for h in hovers if "أس-400" in h)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in statement
    assert "&lt;img src=x onerror=alert(2)&gt;" in statement
    assert "&amp; co" in statement
    docs = themes.doc_theme_heatmap(tables["doc_themes"], tables["documents"], title_chars=200).to_dict()
    assert any(HOSTILE.replace("<", "&lt;").replace(">", "&gt;").replace("& co", "&amp; co") in t
               for t in docs["layout"]["yaxis"]["ticktext"])  # fmt: skip
    terms = bars.top_terms_bar(tables["doc_terms"]).to_dict()
    assert "&lt;script&gt;" in list(terms["layout"]["yaxis"]["ticktext"])
    assert "<script>" in list(terms["data"][0]["customdata"])  # the raw term, for the click handler


@pytest.mark.parametrize("lang", ["both", "en", "ar"])
def test_empty_tables_give_an_annotation(tables, lang):
    empty = {k: v.iloc[:0] for k, v in tables.items()}
    for name, fig in every_figure(empty, lang):
        d = fig.to_dict()
        assert d["data"] == [], name
        notes = [strip_bidi(a["text"]) for a in d["layout"].get("annotations", [])]
        assert notes and notes[0] in ("No data for this selection", "لا توجد بيانات لهذا الاختيار"), name


def test_top_entities_bar_follows_the_mentions(tables):
    fig = bars.top_entities_bar(tables["mentions"], tables["entities"], kind="actor")
    d = fig.to_dict()
    assert {tr["type"] for tr in d["data"]} == {"bar"}
    got = {y: x for tr in d["data"] for y, x in zip(tr["y"], tr["x"])}
    expected = tables["mentions"].query("entity_kind == 'actor'").groupby("entity_id").size().to_dict()
    assert got == expected
    assert d["layout"]["yaxis"]["categoryarray"][-1] == "russia"  # the largest bar on top
    ticks = dict(zip(d["layout"]["yaxis"]["tickvals"], d["layout"]["yaxis"]["ticktext"]))
    assert ticks["sdf"] == "Syrian Democratic Forces · " + RLE + "قوات سوريا الديمقراطية (قسد)" + PDF
    by_type = {tr["name"]: tr["marker"]["color"] for tr in d["data"]}
    assert by_type["state"] != by_type["armed group"]
    documents = bars.top_entities_bar(tables["mentions"], tables["entities"], count="documents").to_dict()
    assert {y: x for tr in documents["data"] for y, x in zip(tr["y"], tr["x"])}["russia"] == 3  # d1, d2, d4


def test_top_entities_bar_arabic_only(tables):
    d = bars.top_entities_bar(tables["mentions"], tables["entities"], kind="region", lang="ar").to_dict()
    assert RLE + "الطريق الدولي M4" + PDF in d["layout"]["yaxis"]["ticktext"]
    assert d["layout"]["title"]["xanchor"] == "right"


def _mirrored(layout: dict, axis: str = "") -> bool:
    """Names on the right and bars growing leftwards (the value axis reversed)."""
    return layout[f"yaxis{axis}"].get("side") == "right" and layout[f"xaxis{axis}"].get("autorange") == "reversed"


def test_ranked_bars_read_right_to_left_in_arabic_only(tables):
    charts = {
        "entities": lambda lang: bars.top_entities_bar(tables["mentions"], tables["entities"], lang=lang),
        "terms": lambda lang: bars.top_terms_bar(tables["doc_terms"], lang=lang),
        "sources": lambda lang: bars.document_counts_bar(tables["documents"], lang=lang),
    }
    for name, chart in charts.items():
        assert _mirrored(chart("ar").to_dict()["layout"]), name
        for lang in ("en", "both"):
            assert not _mirrored(chart(lang).to_dict()["layout"]), (name, lang)


def test_theme_grid_in_arabic_starts_at_the_top_right(tables):
    d = themes.theme_terms_grid(tables["themes"], cols=2, lang="ar").to_dict()
    first = next(tr for tr in d["data"] if tr["customdata"][0][0] == 1)
    axis = first["xaxis"][1:]  # "x2" → "2"
    assert d["layout"][f"xaxis{axis}"]["domain"][1] == pytest.approx(1.0)  # the right-hand column
    assert _mirrored(d["layout"], axis)
    english = themes.theme_terms_grid(tables["themes"], cols=2, lang="en").to_dict()
    first = next(tr for tr in english["data"] if tr["customdata"][0][0] == 1)
    assert english["layout"][f"xaxis{first['xaxis'][1:]}"]["domain"][0] == pytest.approx(0.0)


def test_top_terms_sums_weights_over_articles(tables):
    d = bars.top_terms_bar(tables["doc_terms"]).to_dict()
    weights = dict(zip(d["data"][0]["y"], d["data"][0]["x"]))
    assert weights["دوريات"] == pytest.approx(0.7)
    assert set(list(d["data"][0]["y"])[:2]) == {"منظومة أس-400", "دوريات"}  # 0.7 each
    one_doc = bars.top_terms_bar(tables["doc_terms"], doc_ids=["d3"]).to_dict()
    assert set(one_doc["data"][0]["y"]) == {"قسد", "دوريات"}


def test_document_counts(tables):
    d = bars.document_counts_bar(tables["documents"]).to_dict()
    assert dict(zip(d["data"][0]["y"], d["data"][0]["x"])) == {"src-a": 2, "src-b": 1, "src-c": 1}
    m = bars.document_counts_bar(tables["documents"], by="month").to_dict()
    assert dict(zip(m["data"][0]["x"], m["data"][0]["y"])) == {"2020-03-01": 2, "2020-04-01": 1}
    assert m["layout"]["xaxis"]["type"] == "date"


@pytest.mark.parametrize("window", ["sentence", "paragraph", "document"])
@pytest.mark.parametrize("measure", ["count", "jaccard", "npmi"])
@pytest.mark.parametrize("order", ["frequency", "cluster", "alphabetical"])
def test_comention_heatmap_equals_the_matrix(tables, window, measure, order):
    fig = heatmap.comention_heatmap(
        tables["comentions"], tables["entities"], window=window, measure=measure, order=order
    )
    trace = fig.to_dict()["data"][0]
    assert trace["type"] == "heatmap"
    ids = list(trace["x"])
    assert ids == list(trace["y"])
    matrix = comention_matrix(tables["comentions"], window=window, measure=measure, entities=ids)
    counts = comention_matrix(tables["comentions"], window=window, measure="count", entities=ids)
    z = np.array([[np.nan if v is None else v for v in row] for row in trace["z"]], dtype=float)
    assert np.allclose(np.nan_to_num(z), np.nan_to_num(z.T))  # symmetric
    present = counts.to_numpy() > 0
    assert np.allclose(z[present], matrix.to_numpy()[present])
    assert np.isnan(z[~present]).all()  # never co-mentioned (and the diagonal): blank, not 0
    for i, a in enumerate(ids):
        for j, b in enumerate(ids):
            assert list(trace["customdata"][i][j][:2]) == [a, b]


def test_comention_heatmap_orders(tables):
    freq = heatmap.comention_heatmap(tables["comentions"], tables["entities"]).to_dict()["data"][0]["x"]
    assert next(iter(freq)) == "russia"
    alpha = heatmap.comention_heatmap(tables["comentions"], order="alphabetical").to_dict()["data"][0]["x"]
    assert list(alpha) == sorted(alpha)
    clustered = heatmap.comention_heatmap(tables["comentions"], order="cluster").to_dict()["data"][0]["x"]
    assert sorted(clustered) == sorted(alpha)
    again = heatmap.comention_heatmap(tables["comentions"], order="cluster").to_dict()["data"][0]["x"]
    assert list(clustered) == list(again)
    only = heatmap.comention_heatmap(tables["comentions"], include=["turkey", "russia"]).to_dict()["data"][0]
    assert list(only["x"]) == ["turkey", "russia"] and only["z"][0][1] == 1
    with pytest.raises(ValueError, match="measure"):
        heatmap.comention_heatmap(tables["comentions"], measure="pmi")


def test_actor_region_heatmap_counts_documents_and_sentences(tables):
    d = heatmap.actor_region_heatmap(tables["mentions"], tables["entities"]).to_dict()["data"][0]
    cell = {(a, r): v for a, row in zip(d["y"], d["z"]) for r, v in zip(d["x"], row)}
    assert cell[("turkey", "m4")] == 2  # d1 and d3
    assert cell[("sdf", "m4")] == 1
    assert cell[("sdf", "idlib")] is None
    s = heatmap.actor_region_heatmap(tables["mentions"], count="sentences").to_dict()["data"][0]
    cell = {(a, r): v for a, row in zip(s["y"], s["z"]) for r, v in zip(s["x"], row)}
    assert cell[("turkey", "m4")] == 1  # d3 names turkey in another sentence
    assert list(d["customdata"][0][0][:2]) == [d["y"][0], d["x"][0]]


def test_actor_network(tables):
    fig = network.actor_network(tables["mentions"], tables["comentions"], tables["entities"])
    d = fig.to_dict()
    nodes = [tr for tr in d["data"] if tr.get("mode", "").startswith("markers") and tr["name"] != "edge hover"]
    node_ids = [i for tr in nodes for i in tr["customdata"]]
    assert sorted(node_ids) == sorted(tables["mentions"].query("entity_kind == 'actor'")["entity_id"].unique())
    russia = next(tr for tr in nodes if "russia" in list(tr["customdata"]))
    k = list(russia["customdata"]).index("russia")
    assert "Russia · " + RLE + "روسيا" + PDF in russia["hovertext"][k]
    sizes = {i: s for tr in nodes for i, s in zip(tr["customdata"], tr["marker"]["size"])}
    assert sizes["russia"] == max(sizes.values())
    edge_hover = next(tr for tr in d["data"] if tr["name"] == "edge hover")
    assert sorted(tuple(p) for p in edge_hover["customdata"]) == sorted(
        tuple(p) for p in tables["comentions"].query("window == 'sentence' and entity_a != 'idlib' and entity_a != 'm4' "
                                                     "and entity_b != 'idlib' and entity_b != 'm4'")[["entity_a", "entity_b"]].to_numpy()
    )  # fmt: skip
    again = network.actor_network(tables["mentions"], tables["comentions"], tables["entities"])
    assert figure_json(fig) == figure_json(again)  # deterministic layout


def test_network_layout_is_deterministic_and_bounded(tables):
    graph = network.network_graph(tables["mentions"], tables["comentions"], kind=None)
    for layout in network.LAYOUTS:
        a = network.network_layout(graph, layout=layout)
        b = network.network_layout(graph, layout=layout)
        assert a == b and set(a) == set(graph.nodes)
        assert all(-1.3 <= x <= 1.3 and -1.3 <= y <= 1.3 for x, y in a.values())


def test_event_timeline_points_and_bars(tables):
    d = events.event_timeline(tables["events"], tables["documents"], tables["entities"]).to_dict()
    bars_ = [tr for tr in d["data"] if tr["type"] == "bar"]
    points = [tr for tr in d["data"] if tr["type"] == "scatter" and "customdata" in tr]
    assert [list(tr["customdata"]) for tr in points] == [[["e1"]]]  # a mark carries its events' ids
    assert sorted(e for tr in bars_ for ids in tr["customdata"] for e in ids) == ["e2", "e3"]
    month = next(tr for tr in bars_ if ["e3"] in list(tr["customdata"]))
    assert month["orientation"] == "h" and list(month["base"]) == ["2020-03-01"]
    assert list(month["x"]) == [31 * 86_400_000]  # inclusive of 31 March
    assert d["layout"]["xaxis"]["type"] == "date" and d["layout"]["barmode"] == "overlay"
    assert "e4" not in figure_json(events.event_timeline(tables["events"], tables["documents"]))  # undated
    hover = month["hovertext"][0]
    assert "2020-03-01 – 2020-03-31" in hover and "→" not in hover  # a dash: an arrow points one way
    sentence_lines = hover.split("<br>")[-4:]
    assert all(line.startswith(RLE) and line.endswith(PDF) and len(strip_bidi(line)) <= 60 for line in sentence_lines)


def test_event_timeline_by_actor(tables):
    d = events.event_timeline(
        tables["events"], tables["documents"], tables["entities"], lanes="actor", lang="ar"
    ).to_dict()
    ticks = dict(zip(d["layout"]["yaxis"]["tickvals"], d["layout"]["yaxis"]["ticktext"]))
    assert {strip_bidi(t) for t in ticks.values()} == {
        "روسيا", "تركيا", "رجب طيب أردوغان", "منظومة أس-400", "قوات سوريا الديمقراطية (قسد)",
    }  # fmt: skip
    assert RLE + "منظومة أس-400" + PDF in ticks.values()
    e2_lanes = {
        strip_bidi(ticks[round(y + 0.26)])  # spans sit just under their lane
        for tr in d["data"]
        for y, ids in zip(tr["y"], tr.get("customdata", []))
        if "e2" in ids
    }
    assert e2_lanes == {"رجب طيب أردوغان", "منظومة أس-400", "روسيا"}


def test_event_labels_option(tables):
    d = events.event_timeline(
        tables["events"], tables["documents"], event_labels={"agreement": ("Agreement", "اتفاق")}, lang="ar"
    ).to_dict()
    assert RLE + "اتفاق" + PDF in d["layout"]["yaxis"]["ticktext"]


def test_mentions_over_time(tables):
    d = timeline.mentions_over_time(
        tables["mentions"], tables["documents"], tables["entities"], period="month"
    ).to_dict()
    russia = next(tr for tr in d["data"] if tr["customdata"][0] == "russia")
    assert dict(zip(russia["x"], russia["y"])) == {"2020-03-01": 4, "2020-04-01": 0}  # d4 is undated
    sdf = next(tr for tr in d["data"] if tr["customdata"][0] == "sdf")
    assert dict(zip(sdf["x"], sdf["y"])) == {"2020-03-01": 0, "2020-04-01": 1}
    docs = timeline.mentions_over_time(
        tables["mentions"], tables["documents"], entity_ids=["russia"], count="documents", period="month"
    )
    assert list(docs.to_dict()["data"][0]["y"]) == [2, 0]


def test_theme_share_over_time_sums_to_one(tables):
    d = timeline.theme_share_over_time(
        tables["doc_themes"], tables["documents"], tables["themes"], period="month"
    ).to_dict()
    assert {tr["type"] for tr in d["data"]} == {"bar"} and d["layout"]["barmode"] == "stack"  # no interpolated areas
    totals = pd.DataFrame({tr["customdata"][0]: tr["y"] for tr in d["data"]}).sum(axis=1)
    assert np.allclose(totals, 1.0)
    first = next(tr for tr in d["data"] if tr["customdata"][0] == 1)
    assert first["y"][0] == pytest.approx(0.4)  # March: d1 0.8, d2 0
    assert first["name"] == "Theme 1 · " + RLE + "الطريق الدولي M4، دوريات، إدلب" + PDF


@pytest.mark.parametrize("lang", ["both", "ar"])
def test_theme_shares_made_by_a_query_draw_the_chart_the_tables_draw(tables, lang):
    """A queried build's shares per month (month, theme_id, share, articles) give the loaded page's chart."""
    doc_themes, documents = tables["doc_themes"], tables["documents"]
    loaded = timeline.theme_share_over_time(
        doc_themes, documents, tables["themes"], period="month", lang=lang
    ).to_dict()
    months = dict(zip(documents["doc_id"], pd.to_datetime(documents["published"]).dt.to_period("M").dt.start_time))
    rows = doc_themes.assign(month=doc_themes["doc_id"].map(months)).dropna(subset=["month"])
    n = rows.groupby("month")["doc_id"].nunique()
    shares = (rows.groupby(["month", "theme_id"])["weight"].sum() / n).rename("share").reset_index()
    shares["articles"] = shares["month"].map(n)
    queried = timeline.theme_share_bars(shares, tables["themes"], lang=lang).to_dict()
    assert [(tr["name"], list(tr["x"]), list(tr["y"]), list(tr["hovertext"])) for tr in queried["data"]] == [
        (tr["name"], list(tr["x"]), list(tr["y"]), list(tr["hovertext"])) for tr in loaded["data"]
    ]
    assert queried["layout"]["title"] == loaded["layout"]["title"]


def test_summed_terms_draw_the_bars_the_rows_draw(tables):
    loaded = bars.top_terms_bar(tables["doc_terms"], lang="ar").to_dict()
    queried = bars.counted_terms_bar(_summed_terms(tables["doc_terms"]).head(15), lang="ar").to_dict()
    assert queried["data"] == loaded["data"] and queried["layout"]["yaxis"] == loaded["layout"]["yaxis"]


@pytest.mark.parametrize("lang", ["both", "ar"])
def test_the_themes_of_a_selection_are_bars_of_the_articles_each_leads(tables, lang):
    summary = _theme_summary(tables["doc_themes"])
    d = themes.theme_articles_bar(summary, tables["themes"], lang=lang).to_dict()
    bar = d["data"][0]
    assert list(bar["x"]) == summary["articles"].tolist() and list(bar["customdata"]) == [
        str(i) for i in summary["theme_id"]
    ]
    ticks = dict(zip(d["layout"]["yaxis"]["tickvals"], d["layout"]["yaxis"]["ticktext"]))
    assert "الطريق الدولي M4" in strip_bidi(ticks["1"])
    if lang == "ar":  # mirrored: names on the right, a label wholly right to left
        assert d["layout"]["yaxis"]["side"] == "right" and ticks["1"].startswith(RLE)
    else:
        assert ticks["1"].startswith("Theme 1 · " + RLE)


def test_theme_terms_grid(tables):
    d = themes.theme_terms_grid(tables["themes"], cols=2).to_dict()
    assert [tr["type"] for tr in d["data"]] == ["bar"] * 3
    assert list(d["data"][2]["y"]) == [RLE + "(قسد)" + PDF, RLE + "انسحاب" + PDF]
    assert d["data"][2]["yaxis"] == "y3"


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_long_theme_title_and_long_terms_are_cut_at_a_word(lang):
    """On SaudiNewsNet's Themes page a theme's line of terms ran off the page and a long term beside its bar
    ran into the bars of the theme beside it; both are cut at a word (the bar's hover keeps the whole term)."""
    long_terms = ["مركز الملك سلمان للإغاثة والأعمال الإنسانية", "الإغاثية", "تقديم المساعدات",
                  "عبدالله بن عبدالعزيز الربيعة", "الإغاثة والأعمال الإنسانية"]  # fmt: skip
    table = pd.DataFrame({"theme_id": 24, "rank": range(1, 6), "term": long_terms, "weight": [5, 4, 3, 2, 1]})
    d = themes.theme_terms_grid(table, lang=lang).to_dict()
    title = d["layout"]["annotations"][0]["text"]
    head, terms = title.split("<br>")
    assert head.endswith("24") and terms.strip(RLE + PDF) == "مركز الملك سلمان للإغاثة والأعمال…"
    assert len(terms.strip(RLE + PDF)) <= themes.TITLE_CHARS
    bars = d["data"][0]
    assert [y.strip(RLE + PDF) for y in bars["y"]] == [
        "مركز الملك سلمان…", "الإغاثية", "تقديم المساعدات", "عبدالله بن…", "الإغاثة والأعمال…",
    ]  # fmt: skip
    assert long_terms[3] in bars["hovertext"][3] and bars["customdata"][3] == [24, long_terms[3]]


def test_terms_that_would_be_cut_alike_stay_whole():
    """Two bars of one label would be one category: such terms keep their whole text."""
    terms = ["وزارة الشؤون البلدية والقروية", "وزارة الشؤون البلدية والريفية"]
    table = pd.DataFrame({"theme_id": 1, "rank": [1, 2], "term": terms, "weight": [2, 1]})
    bars = themes.theme_terms_grid(table).to_dict()["data"][0]
    assert [y.strip(RLE + PDF) for y in bars["y"]] == terms


def test_doc_theme_heatmap(tables):
    d = themes.doc_theme_heatmap(tables["doc_themes"], tables["documents"], tables["themes"]).to_dict()["data"][0]
    assert d["type"] == "heatmap"
    rows = dict(zip(d["y"], d["z"]))
    assert np.allclose([sum(r) for r in rows.values()], 1.0)
    assert rows["d1"][0] == pytest.approx(0.8)
    assert list(d["y"])[:2] == ["d4", "d1"]  # dominant theme 1, heaviest first
    assert list(d["customdata"][0][0][:2]) == [d["y"][0], d["x"][0]]


def test_seed_tables_draw(seed_tables, seed_entities):
    """The real pipeline output draws every chart, in logical-order Arabic."""
    t = {name: getattr(seed_tables, name) for name in seed_tables.TABLES}
    t["entities"] = seed_entities
    for name, fig in every_figure(t):
        text = figure_json(fig)
        assert not PRESENTATION_FORMS.search(text), name
        assert fig.to_dict()["data"], name


# --- legends, labels and layout (screenshots of the seed dashboard) -------------------------


@pytest.mark.parametrize("lang", ["both", "ar"])
def test_legends_sit_in_a_strip_under_the_plot_never_on_the_title(tables, lang):
    with_legend = [(name, fig) for name, fig in every_figure(tables, lang) if fig.layout.showlegend]
    # the charts of several coloured series: entity kinds, network kinds, one line/area per entity/theme,
    # the event types of a timeline in actor lanes
    assert [name for name, _ in with_legend] == [
        "top_entities",
        "network",
        "network_kk",
        "timeline_actor",
        "mentions_time",
        "themes_time",
    ]
    for name, fig in with_legend:
        layout = fig.to_dict()["layout"]
        legend = layout["legend"]
        assert (legend["orientation"], legend["yref"], legend["y"], legend["yanchor"]) == (
            "h",
            "container",
            0,
            "bottom",
        ), name
        assert legend["xanchor"] == layout["title"]["xanchor"], name  # starts on the title's side (right for 'ar')


def test_entity_type_legend_in_arabic(tables):
    d = bars.top_entities_bar(tables["mentions"], tables["entities"], kind=None, lang="ar").to_dict()
    names = {strip_bidi(tr["name"]) for tr in d["data"]}
    assert "دولة" in names and "state" not in names
    net = network.actor_network(tables["mentions"], tables["comentions"], tables["entities"], lang="ar").to_dict()
    assert "دولة" in {strip_bidi(tr["name"]) for tr in net["data"]}


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("both", "Theme 1 · " + RLE + "الطريق الدولي M4، دوريات، إدلب" + PDF),
        ("en", "Theme 1 · " + RLE + "الطريق الدولي M4، دوريات، إدلب" + PDF),
        ("ar", RLE + "الموضوع 1 · الطريق الدولي M4، دوريات، إدلب" + PDF),
    ],
)
def test_theme_labels_are_the_same_everywhere(tables, lang, expected):
    share = timeline.theme_share_over_time(
        tables["doc_themes"], tables["documents"], tables["themes"], lang=lang
    ).to_dict()
    assert next(tr["name"] for tr in share["data"] if tr["customdata"][0] == 1) == expected
    docs = themes.doc_theme_heatmap(tables["doc_themes"], tables["documents"], tables["themes"], lang=lang).to_dict()
    assert docs["layout"]["xaxis"]["ticktext"][0] == expected
    grid = themes.theme_terms_grid(tables["themes"], lang=lang).to_dict()
    # the grid's subplot titles put the terms on a line of their own (a column is narrow): the same label
    assert expected in [a["text"].replace("<br>", " · ", 1) for a in grid["layout"]["annotations"]]


def test_the_count_period_follows_the_span_of_the_articles(tables):
    """Three weeks of news counted by month were two points (the 31k SaudiNewsNet corpus's mentions over time):
    by default a chart counts by the period the publication dates' span calls for (days up to three months)."""
    docs = tables["documents"]
    assert timeline.publication_period(docs["published"]) == "day"  # 6 March to 2 April 2020
    d = timeline.mentions_over_time(tables["mentions"], docs, tables["entities"]).to_dict()
    russia = next(tr for tr in d["data"] if tr["customdata"][0] == "russia")
    assert russia["x"][0] == min(str(p) for p in docs["published"] if p) and len(russia["x"]) > 2
    share = timeline.theme_share_over_time(tables["doc_themes"], docs, tables["themes"]).to_dict()
    assert all(tr["xperiod"] == "D1" for tr in share["data"])
    years = docs.assign(published=["2019-01-05", "2020-03-01", "2021-02-01", None][: len(docs)])
    assert timeline.publication_period(years["published"]) == "month"


def test_theme_share_bars_only_where_there_are_articles(tables):
    d = timeline.theme_share_over_time(
        tables["doc_themes"], tables["documents"], tables["themes"], period="month"
    ).to_dict()
    assert all(tr["type"] == "bar" and tr["xperiod"] == "M1" for tr in d["data"])
    assert {x for tr in d["data"] for x in tr["x"]} == {"2020-03-01", "2020-04-01"}  # no interpolated months


def test_mentions_over_time_leaves_periods_without_articles_blank(tables):
    docs = tables["documents"].copy()
    docs.loc[docs["doc_id"] == "d3", "published"] = "2020-06-10"  # April and May now have no article
    d = timeline.mentions_over_time(tables["mentions"], docs, tables["entities"], period="month").to_dict()
    russia = next(tr for tr in d["data"] if tr["customdata"][0] == "russia")
    values = dict(zip(russia["x"], russia["y"]))
    assert values["2020-03-01"] == 4 and values["2020-04-01"] is None and values["2020-05-01"] is None
    assert values["2020-06-01"] == 0


@pytest.mark.parametrize(
    ("lang", "column", "row"),
    [
        ("both", "Russia", "Russia · " + RLE + "روسيا" + PDF),
        ("en", "Russia", "Russia"),
        ("ar", RLE + "روسيا" + PDF, RLE + "روسيا" + PDF),
    ],
)
def test_heatmap_columns_are_short_rows_full_hover_both(tables, lang, column, row):
    d = heatmap.comention_heatmap(tables["comentions"], tables["entities"], lang=lang).to_dict()
    x, y = d["layout"]["xaxis"], d["layout"]["yaxis"]
    assert dict(zip(x["tickvals"], x["ticktext"]))["russia"] == column
    assert dict(zip(y["tickvals"], y["ticktext"]))["russia"] == row
    trace = d["data"][0]
    k = list(trace["x"]).index("russia")
    assert trace["customdata"][k][0][2] == "Russia · " + RLE + "روسيا" + PDF  # hover: both names


def test_network_filters_weak_edges_but_keeps_the_option(tables):
    everything = network.network_graph(tables["mentions"], tables["comentions"], kind=None, top_edges=None)
    strongest = network.network_graph(tables["mentions"], tables["comentions"], kind=None, top_edges=1)
    assert strongest.number_of_edges() < everything.number_of_edges()
    assert {n for n in everything if everything.degree(n)} == {n for n in strongest if strongest.degree(n)}
    for u, v, data in everything.edges(data=True):
        if not strongest.has_edge(u, v):  # dropped: weaker than the kept edge of both its nodes
            for n in (u, v):
                assert max(d["weight"] for _, _, d in strongest.edges(n, data=True)) >= data["weight"]
    with pytest.raises(ValueError, match="top_edges"):
        network.network_graph(tables["mentions"], tables["comentions"], top_edges=0)


def test_network_layout_fills_the_plot_and_labels_go_outward(tables):
    graph = network.network_graph(tables["mentions"], tables["comentions"], kind=None)
    pos = network.network_layout(graph)
    linked = [pos[n] for n in graph if graph.degree(n)]
    xs, ys = [p[0] for p in linked], [p[1] for p in linked]
    assert min(xs) == pytest.approx(-1) and max(xs) == pytest.approx(1)
    assert min(ys) == pytest.approx(-1) and max(ys) == pytest.approx(1)
    d = network.actor_network(tables["mentions"], tables["comentions"], tables["entities"], kind=None).to_dict()
    outer_labels = [
        (x, text, place)
        for tr in d["data"]
        if tr["name"] != "edge hover" and tr.get("mode") == "markers+text"
        for x, text, place in zip(tr["x"], tr["text"], tr["textposition"])
        if text and abs(x) > 0.5
    ]
    assert outer_labels  # the layout spans -1..1, so some labelled nodes sit near the edges
    px_per_unit = network.PLOT_WIDTH_PX / 2.9  # the x axis spans -1.45..1.45
    for x, text, place in outer_labels:
        outward = "middle right" if x > 0 else "middle left"
        if place not in (outward, "top center", "bottom center"):  # inward only when outward leaves the plot
            assert abs(x) * px_per_unit + 6.6 * len(text) > 1.45 * px_per_unit, (text, x, place)
    assert d["layout"]["height"] >= 560


def test_place_labels_drops_a_label_that_would_overlap():
    pos = {"a": (0.0, 0.0), "b": (0.02, 0.0)}
    placed = network.place_labels(pos, {"a": "A long label here", "b": "Another long label"}, {"a": 10, "b": 10})
    assert "a" in placed and len(placed) <= 2
    assert placed.get("b") != placed["a"]


def test_a_network_label_beside_a_node_near_the_edge_stays_inside_a_narrow_plot():
    """On the Actors page at 1,400 pixels the network is 442 pixels wide, and «Salman bin Abdulaziz», set
    left of a node a third of the way from the left edge, ran out of it: «lman bin Abdulaziz»."""
    pos = {"salman": (-0.78, 0.55)}
    placed = network.place_labels(pos, {"salman": "Salman bin Abdulaziz"}, {"salman": 20})
    assert placed.get("salman") != "middle left"
    # a plot wide enough for it still takes the outward side
    assert network.place_labels(pos, {"salman": "Salman bin Abdulaziz"}, {"salman": 20}, width_px=900) == {
        "salman": "middle left"
    }


def test_the_most_mentioned_node_keeps_its_label_even_over_a_neighbours_marker():
    """Placed for a narrow plot, Saudi Arabia, the biggest node of SaudiNewsNet's network, lost its label:
    every side touched a neighbour's marker. The most mentioned are labelled over a marker, never a label."""
    pos = {"sa": (0.0, 0.0), "n": (0.0, 0.16), "s": (0.0, -0.16), "e": (0.2, 0.0), "w": (-0.2, 0.0), "tiny": (0.9, 0.9)}
    sizes = {"sa": 46, "n": 30, "s": 30, "e": 30, "w": 30, "tiny": 12}
    texts = {"sa": "Saudi Arabia", "n": "Egypt"}
    placed = network.place_labels(pos, texts, sizes)
    assert "sa" in placed
    assert network.place_labels(pos, {"tiny": "Qatar", **texts}, sizes).keys() >= {"tiny", "sa"}


def test_a_large_timeline_draws_every_event_and_past_its_mark_limit_the_biggest_marks_and_says_so():
    """SaudiNewsNet's timeline drew the 3,000 most recently published of 33,763 events: the last days
    of a three-week corpus, as if nothing had happened before. Events of a day in a lane are one mark,
    so every event fits; only past ``max_marks`` marks are the small ones left out, and a note says so."""
    from datetime import date, timedelta

    from analysis import schema
    from analysis.viz.events import event_timeline

    n = 40
    days = [date(2020, 1, 1) + timedelta(days=i) for i in range(n)]
    documents = pd.DataFrame(
        {"doc_id": [f"d{i}" for i in range(n)], "title": "عنوان", "source": "src", "published": days,
         "n_chars": 10, "n_sentences": 1, "url": None}
    )[schema.DOCUMENTS.names]  # fmt: skip
    # the first 30 articles report the same day (one mark ×30); the last ten, each the day before
    when = [date(2020, 1, 20) if i < 30 else d - timedelta(days=1) for i, d in enumerate(days)]
    table = pd.DataFrame(
        {
            "event_id": [f"d{i}:1" for i in range(n)],
            "doc_id": [f"d{i}" for i in range(n)],
            "sentence_idx": 0,
            "date_text": "أمس",
            "date_start": when,
            "date_end": when,
            "precision": "day",
            "extent": "point",
            "when": "reported",
            "actors": [("russia",)] * n,
            "regions": [()] * n,
            "event_type": "talks",
            "plover": "CONSULT",
            "sentence": "زار لافروف أنقرة أمس",
            "start": 0,
            "end": 3,
            "resolved": True,
        }
    )

    def drawn(fig):
        return [e for trace in fig.data for ids in (trace.customdata or []) for e in ids]

    every = event_timeline(table, documents)
    assert sorted(drawn(every)) == sorted(table["event_id"])
    assert not any("biggest" in (a.text or "") for a in every.layout.annotations)

    capped = event_timeline(table, documents, max_marks=5)
    assert len(drawn(capped)) == 34  # the ×30 mark and four of the single days
    assert set(drawn(capped)) >= {f"d{i}:1" for i in range(30)}
    assert any("The 5 biggest marks hold 34 of 40 events" in a.text for a in capped.layout.annotations)


def test_date_axes_in_arabic_write_dates_with_digits_not_english_month_names(tables):
    charts = [
        events.event_timeline(tables["events"], tables["documents"], lang="ar"),
        events.event_counts_chart(tables["events"], tables["documents"], lang="ar"),
        timeline.mentions_over_time(tables["mentions"], tables["documents"], tables["entities"], lang="ar"),
        timeline.theme_share_over_time(tables["doc_themes"], tables["documents"], tables["themes"], lang="ar"),
        bars.document_counts_bar(tables["documents"], by="month", lang="ar"),
    ]
    for fig in charts:
        axis = fig.to_dict()["layout"]["xaxis"]
        assert axis["type"] == "date"
        formats = [stop["value"] for stop in axis["tickformatstops"]]
        assert formats == ["%Y-%m-%d", "%Y-%m", "%Y"]  # no %b: plotly.js month names are English
    english = events.event_timeline(tables["events"], tables["documents"], lang="both").to_dict()["layout"]["xaxis"]
    assert "tickformatstops" not in english


def test_actor_region_pairs_are_the_cells_drawn_largest_first():
    """``a`` is with ``r1`` in three articles, the strongest pair of all, but ``a`` (3 articles in all)
    is not among the two actors with the most: the chart does not draw it, so its pairs leave it out."""
    rows = [("d1", "a", "r1"), ("d2", "a", "r1"), ("d3", "a", "r1")]
    rows += [(f"b{i}", actor, region) for actor in ("b", "c") for i, region in enumerate(["r2", "r3", "r4", "r5"])]
    mentions = pd.DataFrame(
        [
            {"doc_id": doc, "sentence_idx": 0, "entity_id": entity, "entity_kind": kind}
            for doc, actor, region in rows
            for entity, kind in ((actor, "actor"), (region, "region"))
        ]
    )
    everything = heatmap.actor_region_table(mentions).stack()
    assert everything.idxmax() == ("a", "r1")
    pairs = heatmap.actor_region_pairs(mentions, top_actors=2, top_regions=4)
    assert "a" not in pairs.index.get_level_values(0)
    assert list(pairs.index[:2]) == [("b", "r2"), ("b", "r3")]  # ties by ids
    assert pairs.tolist() == sorted(pairs.tolist(), reverse=True)


def test_a_network_of_counts_a_query_made_is_the_network_of_the_mention_rows(tables):
    """A build too large to load gives each entity's count (one row per entity), not its mention rows:
    the same nodes, sizes and edges."""
    mentions = tables["mentions"]
    counted = (
        mentions.groupby(["entity_id", "entity_kind"]).size().rename("mentions").reset_index()
        .sort_values(["mentions", "entity_id"], ascending=[False, True])
    )  # fmt: skip
    for kind in ("actor", None):
        rows = network.network_graph(mentions, tables["comentions"], kind=kind, top_n=5)
        counts = network.network_graph(counted, tables["comentions"], kind=kind, top_n=5, counted=True)
        assert dict(rows.nodes(data="mentions")) == dict(counts.nodes(data="mentions"))
        assert sorted(rows.edges(data="weight")) == sorted(counts.edges(data="weight"))
    fig = network.actor_network(counted, tables["comentions"], counted=True, lang="ar")
    assert PRESENTATION_FORMS.search("".join(all_strings(figure_json(fig)))) is None


def test_a_spans_label_starts_below_its_bar(tables):
    """A span's label hangs from the bar's lower edge, not from its middle (its first line ran over the
    bar: قوات سوريا الديمقراطية written across its own orange bar on the background timeline)."""
    d = events.event_timeline(tables["events"], tables["documents"], tables["entities"], lang="ar").to_dict()
    bars = [tr for tr in d["data"] if tr["type"] == "bar"]
    labels = [tr for tr in d["data"] if tr["type"] == "scatter" and tr.get("mode") == "text"]
    assert bars and labels
    lower_edges = {round(y - bar["width"] / 2, 6) for bar in bars for y in bar["y"]}
    for tr in labels:
        assert tr["textposition"] == "bottom center"
        assert {round(y, 6) for y in tr["y"]} <= lower_edges
