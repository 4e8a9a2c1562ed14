"""Co-mentions: counts, Jaccard and NPMI per window, the symmetric matrix, and the evidence."""

from __future__ import annotations

import math
from itertools import combinations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.aggregate.comentions import (
    COMENTION_COLUMNS,
    WINDOWS,
    comention_counts,
    comention_evidence,
    comention_matrix,
    comentions_from_counts,
    comentions_table,
    pair_rows,
    singles_only,
    sum_comention_counts,
    sum_pair_rows,
    window_units,
)

MENTION_COLUMNS = ["doc_id", "sentence_idx", "entity_id", "entity_kind", "surface", "start", "end"]
SENTENCE_COLUMNS = ["doc_id", "sentence_idx", "paragraph_idx", "start", "end", "text"]

# Two articles in the manner of the seeds. Sentences (doc, idx, paragraph):
#   000/0 p0 "التقارب بين روسيا وتركيا"            russia, turkey
#   000/1 p0 "دعم موسكو نظام الأسد في سوريا"        russia, syria
#   000/2 p1 "أنقرة تضغط على قسد"                   turkey
#   000/3 p1 "وليس من المستبعد تكرار السيناريو"     (nobody)
#   004/0 p0 "لافروف ونظيره التركي في سوتشي، أنقرة"  russia, turkey (twice)
#   004/1 p1 "عين عيسى السورية"                     syria
SENTENCES = pd.DataFrame(
    [
        ("000", 0, 0, 0, 24, "التقارب بين روسيا وتركيا"),
        ("000", 1, 0, 25, 54, "دعم موسكو نظام الأسد في سوريا"),
        ("000", 2, 1, 55, 73, "أنقرة تضغط على قسد"),
        ("000", 3, 1, 74, 106, "وليس من المستبعد تكرار السيناريو"),
        ("004", 0, 0, 0, 37, "لافروف ونظيره التركي في سوتشي، أنقرة"),
        ("004", 1, 1, 38, 54, "عين عيسى السورية"),
    ],
    columns=SENTENCE_COLUMNS,
)
MENTIONS = pd.DataFrame(
    [
        ("000", 0, "russia", "actor", "روسيا", 12, 17),
        ("000", 0, "turkey", "actor", "وتركيا", 18, 24),
        ("000", 1, "russia", "actor", "موسكو", 29, 34),
        ("000", 1, "syria", "actor", "سوريا", 49, 54),
        ("000", 2, "turkey", "actor", "أنقرة", 55, 60),
        ("004", 0, "russia", "actor", "لافروف", 0, 6),
        ("004", 0, "turkey", "actor", "التركي", 14, 20),
        ("004", 0, "turkey", "actor", "أنقرة", 32, 37),
        ("004", 1, "syria", "actor", "السورية", 47, 54),
    ],
    columns=MENTION_COLUMNS,
)


def npmi(n_ab: int, n_a: int, n_b: int, n: int) -> float:
    p_ab, p_a, p_b = n_ab / n, n_a / n, n_b / n
    return 1.0 if p_ab == 1 else math.log(p_ab / (p_a * p_b)) / -math.log(p_ab)


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    return comentions_table(MENTIONS, SENTENCES)


# Windows mentioning each entity, by hand:
#   sentence  (6 sentences):  russia {000|0, 000|1, 004|0} = 3, turkey {000|0, 000|2, 004|0} = 3,
#                             syria {000|1, 004|1} = 2
#   paragraph (4 paragraphs): russia {000|0, 004|0} = 2, turkey {000|0, 000|1, 004|0} = 3,
#                             syria {000|0, 004|1} = 2
#   document  (2 documents):  all three in both
@pytest.mark.parametrize(
    ("window", "entity_a", "entity_b", "count", "jaccard", "expected_npmi"),
    [
        # 000|0 and 004|0: 2 / (3 + 3 - 2); log((2/6) / (3/6 * 3/6)) / -log(2/6) = 0.26186
        ("sentence", "russia", "turkey", 2, 0.5, 0.261860),
        # 000|1: 1 / (3 + 2 - 1); p_ab = p_a p_b = 1/6, independent
        ("sentence", "russia", "syria", 1, 0.25, 0.0),
        # paragraphs 000|0 and 004|0: 2 / (2 + 3 - 2); log(0.5 / (0.5 * 0.75)) / -log(0.5)
        ("paragraph", "russia", "turkey", 2, 2 / 3, 0.415037),
        # 000|0: 1 / (2 + 2 - 1); log(0.25 / 0.25) = 0
        ("paragraph", "russia", "syria", 1, 1 / 3, 0.0),
        # 000|0: 1 / (2 + 3 - 1); log(0.25 / (0.5 * 0.75)) / -log(0.25) = -0.29248
        ("paragraph", "syria", "turkey", 1, 0.25, -0.292481),
        # every document mentions all three: always together
        ("document", "russia", "syria", 2, 1.0, 1.0),
        ("document", "russia", "turkey", 2, 1.0, 1.0),
        ("document", "syria", "turkey", 2, 1.0, 1.0),
    ],
)
def test_counts_jaccard_npmi_by_hand(table, window, entity_a, entity_b, count, jaccard, expected_npmi):
    row = table[(table.window == window) & (table.entity_a == entity_a) & (table.entity_b == entity_b)]
    assert len(row) == 1
    row = row.iloc[0]
    assert row["count"] == count
    assert row["jaccard"] == pytest.approx(jaccard, abs=1e-6)
    assert row["npmi"] == pytest.approx(expected_npmi, abs=1e-6)


def test_hand_values_follow_the_formula():
    assert npmi(2, 3, 3, 6) == pytest.approx(0.261860, abs=1e-6)
    assert npmi(2, 2, 3, 4) == pytest.approx(0.415037, abs=1e-6)
    assert npmi(1, 2, 3, 4) == pytest.approx(-0.292481, abs=1e-6)


def test_table_shape(table):
    assert list(table.columns) == COMENTION_COLUMNS
    assert (table.entity_a < table.entity_b).all()
    assert not table.duplicated(["entity_a", "entity_b", "window"]).any()
    # syria and turkey never share a sentence: no row, rather than a row of zeros
    assert table.groupby("window").size().to_dict() == {"sentence": 2, "paragraph": 3, "document": 3}
    assert (table["count"] > 0).all()
    assert table["npmi"].between(-1, 1).all() and table["jaccard"].between(0, 1).all()


@pytest.mark.parametrize(
    ("window", "expected"),
    [
        ("sentence", {("000|0", "russia"), ("000|0", "turkey"), ("000|1", "russia"), ("000|1", "syria"),
                      ("000|2", "turkey"), ("004|0", "russia"), ("004|0", "turkey"), ("004|1", "syria")}),
        ("paragraph", {("000|0", "russia"), ("000|0", "turkey"), ("000|0", "syria"), ("000|1", "turkey"),
                       ("004|0", "russia"), ("004|0", "turkey"), ("004|1", "syria")}),
        ("document", {("000", "russia"), ("000", "turkey"), ("000", "syria"),
                      ("004", "russia"), ("004", "turkey"), ("004", "syria")}),
    ],
)  # fmt: skip
def test_window_units(window, expected):
    units = window_units(MENTIONS, SENTENCES, window)
    assert list(units.columns) == ["unit", "entity_id"]
    assert set(map(tuple, units.to_numpy())) == expected
    assert len(units) == len(expected)  # distinct: "أنقرة" twice in 004|0 is one mention of turkey there


def test_unknown_window_and_measure_are_named():
    with pytest.raises(ValueError, match="'week'"):
        window_units(MENTIONS, SENTENCES, "week")
    with pytest.raises(ValueError, match="'pmi'"):
        comention_matrix(comentions_table(MENTIONS, SENTENCES), measure="pmi")


@pytest.mark.parametrize("window", WINDOWS)
@pytest.mark.parametrize("measure", ["count", "jaccard", "npmi"])
def test_matrix_is_symmetric_with_zero_diagonal(table, window, measure):
    matrix = comention_matrix(table, window=window, measure=measure)
    assert list(matrix.index) == list(matrix.columns) == ["russia", "syria", "turkey"]
    np.testing.assert_array_equal(matrix.to_numpy(), matrix.to_numpy().T)
    assert (np.diag(matrix.to_numpy()) == 0).all()
    for row in table[table.window == window].itertuples():
        assert matrix.at[row.entity_a, row.entity_b] == getattr(row, measure)


def test_matrix_sentence_counts(table):
    matrix = comention_matrix(table, window="sentence")
    assert matrix.to_numpy().tolist() == [[0, 1, 2], [1, 0, 0], [2, 0, 0]]


def test_matrix_for_chosen_entities_keeps_their_order(table):
    matrix = comention_matrix(table, window="paragraph", entities=["turkey", "russia", "iran"])
    assert list(matrix.index) == ["turkey", "russia", "iran"]
    assert matrix.to_numpy().tolist() == [[0, 2, 0], [2, 0, 0], [0, 0, 0]]


@pytest.mark.parametrize(
    ("window", "entity_a", "entity_b", "expected_sentences"),
    [
        ("sentence", "russia", "turkey", [("000", 0), ("004", 0)]),
        ("sentence", "russia", "syria", [("000", 1)]),
        ("sentence", "syria", "turkey", []),
        # paragraph 000|0 holds both; 000|2 (turkey, paragraph 000|1) is not evidence
        ("paragraph", "syria", "turkey", [("000", 0), ("000", 1)]),
        ("document", "russia", "syria", [("000", 0), ("000", 1), ("004", 0), ("004", 1)]),
    ],
)
def test_evidence_lists_the_sentences_behind_a_cell(window, entity_a, entity_b, expected_sentences):
    evidence = comention_evidence(MENTIONS, SENTENCES, entity_a, entity_b, window=window)
    assert list(zip(evidence.doc_id, evidence.sentence_idx)) == expected_sentences
    assert {*SENTENCE_COLUMNS, "unit"} <= set(evidence.columns)
    reversed_order = comention_evidence(MENTIONS, SENTENCES, entity_b, entity_a, window=window)
    pd.testing.assert_frame_equal(evidence, reversed_order)


@pytest.mark.parametrize("window", WINDOWS)
def test_evidence_units_equal_the_cell_count(table, window):
    matrix = comention_matrix(table, window=window, entities=["russia", "syria", "turkey"])
    for a, b in combinations(matrix.index, 2):
        evidence = comention_evidence(MENTIONS, SENTENCES, a, b, window=window)
        assert evidence["unit"].nunique() == matrix.at[a, b]


def test_a_mention_outside_every_sentence_leaves_the_paragraph_evidence_whole():
    """A mention in no sentence (``sentence_idx`` -1, as in a title) is in no paragraph: the pair's
    paragraphs still list their sentences, as many as the cell counts."""
    titled = pd.concat(
        [MENTIONS, pd.DataFrame([("000", -1, "russia", "actor", "روسيا", 0, 5)], columns=MENTION_COLUMNS)]
    )
    evidence = comention_evidence(titled, SENTENCES, "russia", "turkey", window="paragraph")
    assert list(zip(evidence.doc_id, evidence.sentence_idx)) == [("000", 0), ("000", 1), ("004", 0)]
    count = comention_matrix(comentions_table(titled, SENTENCES), window="paragraph").at["russia", "turkey"]
    assert evidence["unit"].nunique() == count == 2


def test_no_mentions_gives_empty_table():
    empty = comentions_table(MENTIONS.iloc[:0], SENTENCES)
    assert list(empty.columns) == COMENTION_COLUMNS and empty.empty
    lonely = comentions_table(MENTIONS[MENTIONS.entity_id == "russia"], SENTENCES)
    assert lonely.empty
    assert comention_matrix(empty).empty


def test_counts_of_disjoint_articles_add_up_to_the_whole_corpus_table():
    """What a build too large for one process does: each partition's window counts, summed, make the
    table of the whole corpus (here: each article apart, in either order)."""
    parts = [
        comention_counts(MENTIONS[MENTIONS.doc_id == doc], SENTENCES[SENTENCES.doc_id == doc]) for doc in ("004", "000")
    ]
    whole = comentions_table(MENTIONS, SENTENCES)
    pd.testing.assert_frame_equal(comentions_from_counts(sum_comention_counts(parts)), whole)
    pd.testing.assert_frame_equal(comentions_from_counts(sum_comention_counts(parts[::-1])), whole)
    nobody = comention_counts(MENTIONS.iloc[:0], SENTENCES.iloc[:0])  # a partition that names no one
    pd.testing.assert_frame_equal(comentions_from_counts(sum_comention_counts([nobody, *parts])), whole)
    assert sum_comention_counts(parts).n_windows == {"sentence": 6, "paragraph": 4, "document": 2}


def test_pair_rows_summed_a_bucket_at_a_time_give_the_whole_corpus_table():
    """What the streamed build does at scale: the parts' pairs as rows, summed one bucket of pairs at a
    time against the summed singles; the buckets' tables together are the whole corpus's rows."""
    parts = [comention_counts(MENTIONS[MENTIONS.doc_id == d], SENTENCES[SENTENCES.doc_id == d]) for d in ("000", "004")]
    nobody = comention_counts(MENTIONS.iloc[:0], SENTENCES.iloc[:0])
    parts.append(nobody)
    totals = sum_comention_counts([singles_only(p) for p in parts])
    whole = comentions_table(MENTIONS, SENTENCES)
    rows = [pair_rows(p) for p in parts]
    pd.testing.assert_frame_equal(comentions_from_counts(sum_pair_rows(totals, rows, fan_in=2)), whole)
    buckets = [
        comentions_from_counts(sum_pair_rows(totals, [r[(r.entity_a.str.len() % 2) == b] for r in rows]))
        for b in (0, 1)
    ]
    assert all(len(table) for table in buckets)
    together = pd.concat(buckets).sort_values(["window", "entity_a", "entity_b"]).reset_index(drop=True)
    expected = whole.sort_values(["window", "entity_a", "entity_b"]).reset_index(drop=True)
    pd.testing.assert_frame_equal(together, expected)


# --- invariants ------------------------------------------------------------------------------

ENTITIES = ["assad", "iran", "russia", "sdf", "turkey", "usa"]


@st.composite
def corpora(draw):
    """Random documents of random sentences and paragraphs, with random mentions."""
    sentence_rows = []
    for d in range(draw(st.integers(1, 4))):
        paragraph = 0
        for s in range(draw(st.integers(1, 5))):
            if s and draw(st.booleans()):
                paragraph += 1
            sentence_rows.append((f"d{d}", s, paragraph, 0, 1, "س"))
    sentences = pd.DataFrame(sentence_rows, columns=SENTENCE_COLUMNS)
    picks = draw(st.lists(st.tuples(st.integers(0, len(sentence_rows) - 1), st.sampled_from(ENTITIES)), max_size=25))
    mention_rows = [(sentence_rows[i][0], sentence_rows[i][1], entity, "actor", entity, 0, 1) for i, entity in picks]
    return pd.DataFrame(mention_rows, columns=MENTION_COLUMNS), sentences


def brute_force_units(mentions: pd.DataFrame, sentences: pd.DataFrame, window: str) -> list[set[str]]:
    """The entities each window unit (sentence, paragraph or document) mentions, by brute force."""
    merged = mentions.merge(sentences, on=["doc_id", "sentence_idx"])
    key = {"sentence": ["doc_id", "sentence_idx"], "paragraph": ["doc_id", "paragraph_idx"], "document": ["doc_id"]}
    return list(merged.groupby(key[window]).entity_id.agg(set))


def brute_force_count(units: list[set[str]], a: str, b: str) -> int:
    return sum(a in entities and b in entities for entities in units)


@pytest.mark.slow
@settings(max_examples=60, deadline=None)
@given(corpora())
def test_random_corpora(corpus):
    mentions, sentences = corpus
    table = comentions_table(mentions, sentences)
    by_document = [comention_counts(mentions[mentions.doc_id == d], sentences[sentences.doc_id == d])
                   for d in sentences.doc_id.unique()]  # fmt: skip
    if len(mentions):
        pd.testing.assert_frame_equal(comentions_from_counts(sum_comention_counts(by_document)), table)
    assert list(table.columns) == COMENTION_COLUMNS
    assert (table.entity_a < table.entity_b).all()
    for window in WINDOWS:
        units = brute_force_units(mentions, sentences, window)
        matrix = comention_matrix(table, window=window, entities=ENTITIES)
        values = matrix.to_numpy()
        np.testing.assert_array_equal(values, values.T)
        assert (np.diag(values) == 0).all()
        for a, b in combinations(ENTITIES, 2):
            expected = brute_force_count(units, a, b)
            assert matrix.at[a, b] == expected
            evidence = comention_evidence(mentions, sentences, a, b, window=window)
            assert evidence["unit"].nunique() == expected
        rows = table[table.window == window]
        assert rows["jaccard"].between(0, 1).all()
        assert rows["npmi"].between(-1 - 1e-9, 1 + 1e-9).all()
