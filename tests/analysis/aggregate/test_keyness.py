"""Keyness: G² and log ratio of two sides, and which terms, actors, themes and event types are key.

The examples are the coverage of Yemen by two kinds of outlet in SaudiNewsNet: Saudi papers write
«الميليشيات الحوثية الانقلابية», others «جماعة أنصار الله»; both write of the coalition's strikes on
Sanaa («غارات التحالف على صنعاء»), which is therefore key for neither.
"""

from __future__ import annotations

import dataclasses
import math

import pandas as pd
import pytest

from analysis.aggregate.compare import (
    attention_by_source,
    attention_period,
    entity_counts,
    entity_evidence,
    entity_frequencies,
    event_type_counts,
    month_side,
    months,
    rest_of,
    source_side,
    term_counts,
    term_evidence,
    term_frequencies,
    theme_frequencies,
    theme_weights,
)
from analysis.aggregate.keyness import critical_g2, g2, keyness, log_ratio
from analysis.aggregate.kwic import KwicIndex
from analysis.aggregate.terms import build_term_matrix
from analysis.text.segment import sentences_table

SAUDI = [
    "شنت مقاتلات التحالف غارات على مواقع الميليشيات الحوثية الانقلابية في صنعاء.",
    "واصلت الميليشيات الانقلابية قصف الأحياء السكنية في تعز، وردت مقاتلات التحالف بغارات على صنعاء.",
    "قتل عشرات من عناصر الميليشيات الانقلابية في غارات للتحالف شمال صنعاء.",
]
OTHER = [
    "شنت مقاتلات التحالف غارات على مواقع جماعة أنصار الله في صنعاء.",
    "قالت جماعة أنصار الله إن غارات التحالف أصابت منازل في صنعاء وتعز.",
    "أعلنت جماعة أنصار الله أن مقاتلات التحالف شنت غارات جديدة على صنعاء.",
]


def corpus(repeat: int = 4):
    """Articles of two sources, each of its own three texts ``repeat`` times (12 a side)."""
    docs = [(f"sa{i}", "الوئام", SAUDI[i % 3]) for i in range(3 * repeat)]
    docs += [(f"ot{i}", "العربي الجديد", OTHER[i % 3]) for i in range(3 * repeat)]
    ids, sources, texts = zip(*docs)
    return list(ids), list(sources), list(texts)


@pytest.fixture(scope="module")
def sides():
    ids, sources, texts = corpus()
    documents = pd.DataFrame({"doc_id": ids, "source": sources, "text": texts, "published": [None] * len(ids)})
    matrix = build_term_matrix(ids, texts, sources=sources)
    return documents, matrix


def row(table: pd.DataFrame, item: str) -> pd.Series:
    found = table[table["item"] == item]
    assert len(found) == 1, (item, sorted(table["item"]))
    return found.iloc[0]


# --- the statistic -------------------------------------------------------------------------------


def test_g2_is_zero_for_equal_rates_and_grows_with_the_difference():
    assert g2([10], [10], 1000, 1000)[0] == pytest.approx(0.0, abs=1e-9)
    assert g2([20], [10], 2000, 1000)[0] == pytest.approx(0.0, abs=1e-9)  # same rate, sides of different size
    assert 0 < g2([15], [5], 1000, 1000)[0] < g2([20], [0], 1000, 1000)[0]


def test_g2_matches_a_hand_worked_2x2_table():
    # 2x2 table [[30, 970], [10, 990]]: expected 20 and 980 in each row
    expected = 2 * (
        30 * math.log(30 / 20) + 10 * math.log(10 / 20) + 970 * math.log(970 / 980) + 990 * math.log(990 / 980)
    )
    assert g2([30], [10], 1000, 1000)[0] == pytest.approx(expected)


def test_log_ratio_is_the_doubling_count_and_finite_for_a_zero():
    assert log_ratio([20], [10], 1000, 1000)[0] == pytest.approx(1.0)
    assert log_ratio([10], [40], 1000, 1000)[0] == pytest.approx(-2.0)
    assert log_ratio([8], [0], 1000, 1000)[0] == pytest.approx(4.0)  # 8 against half an occurrence


def test_critical_values_are_those_of_chi_square_with_one_degree_of_freedom():
    assert critical_g2(0.05) == pytest.approx(3.84, abs=0.01)
    assert critical_g2(0.001) == pytest.approx(10.83, abs=0.01)


def test_rare_items_are_not_tested_and_sides_are_ordered():
    freqs = pd.DataFrame({"item": ["قسد", "سوريا", "عين عيسى"], "freq_a": [40, 50, 2], "freq_b": [0, 52, 0]})
    table = keyness(freqs, total_a=10_000, total_b=10_000, min_freq=5, p=0.001)
    assert list(table["item"]) == ["قسد", "سوريا"]  # عين عيسى: 2 occurrences, below min_freq
    assert row(table, "قسد")[["side", "key"]].tolist() == ["a", True]
    assert row(table, "سوريا")[["side", "key"]].tolist() == ["b", False]


# --- terms of two sources ------------------------------------------------------------------------


def test_a_term_only_one_source_uses_is_key_for_it_and_a_shared_term_is_not(sides):
    documents, matrix = sides
    saudi, other = source_side(documents, "الوئام"), source_side(documents, "العربي الجديد")
    assert len(saudi) == len(other) == 12
    table = term_frequencies(matrix, saudi, other).keyness(min_freq=3, p=0.001)
    coup = row(table, "الانقلابية")  # «الميليشيات الانقلابية»: the Saudi papers' word alone
    assert coup["freq_b"] == 0 and coup["freq_a"] >= 12
    assert coup[["side", "key"]].tolist() == ["a", True] and coup["log_ratio"] > 3
    ansar = table[table["item"].str.contains("أنصار")].iloc[0]  # «جماعة أنصار الله»: the other outlet's
    assert ansar[["side", "key"]].tolist() == ["b", True] and ansar["freq_a"] == 0
    sanaa = row(table, "صنعاء")  # both write of strikes on Sanaa, once an article
    assert sanaa["freq_a"] == sanaa["freq_b"] == 12
    assert not sanaa["key"] and abs(sanaa["log_ratio"]) < 0.5


def test_the_sides_of_one_source_against_itself_have_no_key_term(sides):
    documents, matrix = sides
    saudi = sorted(source_side(documents, "الوئام"))
    table = term_frequencies(matrix, saudi[::2], saudi[1::2]).keyness(min_freq=3)
    assert not table["key"].any()


def test_a_key_term_opens_the_sentences_of_its_side_only(sides):
    documents, _ = sides
    saudi, other = source_side(documents, "الوئام"), source_side(documents, "العربي الجديد")
    texts = dict(zip(documents["doc_id"], documents["text"]))
    sentences = sentences_table(documents)
    index = KwicIndex(texts, sentences)
    rows = term_evidence(index, sentences, "الانقلابية", saudi)
    assert len(rows) == 12 and set(rows["doc_id"]) <= saudi
    for r in rows.itertuples():  # the span points at the word in its sentence
        assert texts[r.doc_id][r.match_start : r.match_end] == "الانقلابية"
        assert r.start <= r.match_start < r.match_end <= r.end
    assert term_evidence(index, sentences, "الانقلابية", other).empty


# --- actors, themes, sides ---------------------------------------------------------------------


def test_actors_are_counted_in_articles_out_of_each_sides_articles():
    mentions = pd.DataFrame(
        {
            "doc_id": ["a1", "a1", "a2", "b1", "b2"],
            "sentence_idx": [0, 1, 0, 0, 0],
            "entity_id": ["houthis", "houthis", "houthis", "saudi_arabia", "houthis"],
            "entity_kind": ["actor"] * 5,
        }
    )
    freqs = entity_frequencies(mentions, {"a1", "a2", "a3"}, {"b1", "b2"}, "actor")
    assert (freqs.total_a, freqs.total_b) == (3, 2)
    table = freqs.table.set_index("item")
    assert table.loc["houthis"].tolist() == [2, 1]  # a1 names them twice: one article
    assert table.loc["saudi_arabia"].tolist() == [0, 1]
    sentences = pd.DataFrame(
        {"doc_id": ["a1", "a1", "a2", "b2"], "sentence_idx": [0, 1, 0, 0], "text": ["س1", "س2", "س3", "س4"]}
    )
    assert list(entity_evidence(mentions, sentences, "houthis", {"a1", "a2"})["text"]) == ["س1", "س2", "س3"]


def test_a_themes_share_is_its_weight_summed_over_the_sides_articles():
    doc_themes = pd.DataFrame(
        {"doc_id": ["a1", "a1", "a2", "b1"], "theme_id": [1, 2, 1, 2], "weight": [0.75, 0.25, 1.0, 1.0]}
    )
    freqs = theme_frequencies(doc_themes, {"a1", "a2"}, {"b1"})
    table = freqs.table.set_index("item")
    assert table.loc[1].tolist() == [1.75, 0.0] and table.loc[2].tolist() == [0.25, 1.0]
    assert (freqs.total_a, freqs.total_b) == (2, 1)


# --- counts made once, summed per selection ------------------------------------------------------

#: Who names whom in six articles of two outlets (mentions table rows): the Houthis in a1 twice.
MENTIONS = pd.DataFrame(
    {
        "doc_id": ["a1", "a1", "a2", "a3", "b1", "b2", "b2", "b3"],
        "sentence_idx": [0, 1, 0, 0, 0, 0, 1, 0],
        "entity_id": ["houthis", "houthis", "saudi_arabia", "houthis", "houthis", "iran", "houthis", "iran"],
        "entity_kind": ["actor"] * 8,
    }
)
PAIRS = [
    ({"a1", "a2", "a3"}, {"b1", "b2", "b3"}),
    ({"a1"}, {"a2", "b2"}),
    ({"a1", "a2", "a3", "b1"}, {"b2", "b3", "z9"}),  # z9 names nobody: one article more on side B
    (set(), {"b1"}),
]


@pytest.mark.parametrize("ids_a, ids_b", PAIRS)
def test_counts_made_once_give_each_pair_what_counting_its_rows_gives(ids_a, ids_b):
    counts = entity_counts(MENTIONS, "actor")  # once per corpus, whatever the pair
    freqs = counts.frequencies(ids_a, ids_b)
    direct = {}
    for side, ids in (("freq_a", ids_a), ("freq_b", ids_b)):
        rows = MENTIONS[MENTIONS["doc_id"].isin(ids)].drop_duplicates(["doc_id", "entity_id"])
        direct[side] = rows.groupby("entity_id").size()
    expected = pd.DataFrame(direct).fillna(0).astype("int64")
    assert freqs.table.set_index("item")[["freq_a", "freq_b"]].sort_index().to_dict() == expected.sort_index().to_dict()
    assert (freqs.total_a, freqs.total_b) == (len(ids_a), len(ids_b))


def test_a_sides_term_total_is_its_words_and_names_not_its_bigrams(sides):
    documents, matrix = sides
    saudi, other = source_side(documents, "الوئام"), source_side(documents, "العربي الجديد")
    freqs = term_counts(matrix).frequencies(saudi, other)
    words = [i for i, k in enumerate(matrix.keys) if " " not in k or i >= len(matrix.keys) - matrix.n_phrases]
    rows = [i for i, d in enumerate(matrix.doc_ids) if d in saudi]
    assert freqs.total_a == matrix.counts[rows][:, words].sum()
    n_words = len(matrix.keys) - matrix.n_phrases
    bigrams = [t for i, (t, k) in enumerate(zip(matrix.terms, matrix.keys)) if " " in k and i < n_words]
    assert bigrams and set(bigrams) <= set(freqs.table["item"])  # counted as items, not in the total


@pytest.mark.parametrize("min_freq", [1, 3])
def test_terms_ranked_once_are_ordered_as_sorting_them_orders_them(sides, min_freq):
    """Many terms of a side have the same G² (each once or twice on a side): the term's rank, made
    once per corpus, breaks the tie as sorting the terms as text would."""
    documents, matrix = sides
    saudi, other = source_side(documents, "الوئام"), source_side(documents, "العربي الجديد")
    ranked = term_counts(matrix).frequencies(saudi, other)
    assert ranked.item_rank is not None
    unranked = dataclasses.replace(ranked, item_rank=None)
    table = ranked.keyness(min_freq=min_freq)
    assert table["g2"].duplicated().any()  # ties to break
    pd.testing.assert_frame_equal(table, unranked.keyness(min_freq=min_freq))


def test_counts_summed_in_float32_only_while_that_stays_exact():
    """Term counts are float32; a side's sums are made in float32 (no float64 copy of the matrix)
    only when no sum can pass 2**24, above which float32 loses units."""
    import numpy as np
    import scipy.sparse as sp

    from analysis.aggregate.compare import ArticleCounts

    def counts(values):
        matrix = sp.csr_matrix(np.array([[v] for v in values], dtype=np.float32))
        return ArticleCounts(pd.Index(["a1", "a2"]), pd.Series(["الحوثي"], dtype="str"), matrix)

    small = counts([3, 4])
    assert small.sum_dtype == np.float32
    assert small.frequencies({"a1", "a2"}, set()).table["freq_a"].tolist() == [7]
    large = counts([2**24, 1])
    assert large.sum_dtype == np.float64
    assert large.frequencies({"a1", "a2"}, set()).table["freq_a"].tolist() == [2**24 + 1]


def test_event_types_are_counted_out_of_the_sides_dated_events():
    events = pd.DataFrame(
        {
            "doc_id": ["a1", "a1", "a2", "b1"],
            "event_type": ["attack", "attack", None, "meeting"],  # a2's event has no type: it still counts
        }
    )
    freqs = event_type_counts(events).frequencies({"a1", "a2"}, {"b1", "b2"})
    assert (freqs.total_a, freqs.total_b) == (3, 1)
    assert freqs.table.set_index("item").to_dict("index") == {
        "attack": {"freq_a": 2, "freq_b": 0},
        "meeting": {"freq_a": 0, "freq_b": 1},
    }


def test_a_theme_of_weight_zero_in_a_sides_article_is_listed_with_its_zero():
    doc_themes = pd.DataFrame({"doc_id": ["a1", "a1", "b1"], "theme_id": [1, 2, 1], "weight": [1.0, 0.0, 1.0]})
    table = theme_weights(doc_themes).frequencies({"a1"}, {"b1"}).table.set_index("item")
    assert table.loc[2].tolist() == [0.0, 0.0]
    assert theme_weights(doc_themes).frequencies({"b1"}, set()).table["item"].tolist() == [1]


def test_periods_and_the_rest_of_a_selection():
    import datetime as dt

    documents = pd.DataFrame(
        {
            "doc_id": ["d1", "d2", "d3", "d4"],
            "source": ["الوئام", None, "الوئام", "سبق"],
            "published": [dt.date(2015, 3, 30), dt.date(2015, 4, 2), None, dt.date(2015, 4, 28)],
        }
    )
    assert months(documents) == ["2015-03", "2015-04"]
    assert month_side(documents, "2015-04") == {"d2", "d4"}
    assert source_side(documents, "") == {"d2"}  # no source
    assert rest_of(documents, {"d1", "d3"}) == {"d2", "d4"}


def test_attention_is_a_share_of_each_sources_articles_so_volume_does_not_mislead():
    import datetime as dt

    day = dt.date(2015, 7, 21)
    # الرياض publishes three times as much as سبق; both give the Houthis one article a day in three
    documents = pd.DataFrame(
        {
            "doc_id": [f"r{i}" for i in range(9)] + ["s0", "s1", "s2"],
            "source": ["الرياض"] * 9 + ["سبق"] * 3,
            "published": [day] * 12,
        }
    )
    naming = pd.Series(1.0, index=["r0", "r1", "r2", "s0"])
    table = attention_by_source(documents, naming, period="day").set_index("source")
    assert table.loc["الرياض", ["articles", "attention"]].tolist() == [9, 3]
    assert table.loc["الرياض", "share"] == table.loc["سبق", "share"] == pytest.approx(1 / 3, abs=1e-4)
    assert attention_period(documents) == "day"
