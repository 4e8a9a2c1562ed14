"""How many themes: chosen from the data among a few counts around the default, and the counts
offered to an analyst who asks for fewer or more."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from analysis.aggregate.terms import build_term_matrix
from analysis.aggregate.theme_count import candidate_counts, count_settings, fewer_and_more, sample_npmi
from analysis.aggregate.themes import choose_theme_count, fit_themes

# Three stories of SaudiNewsNet in July 2015, a sentence pool each.
STORIES = [
    ["الحوثي", "صنعاء", "التحالف", "عدن", "المقاومة", "تعز", "الميليشيات", "مأرب", "اليمن", "القصف"],
    ["إيران", "الاتفاق", "النووي", "فيينا", "العقوبات", "ظريف", "كيري", "طهران", "المفاوضات", "التخصيب"],
    ["النفط", "برميل", "أوبك", "الأسعار", "برنت", "الخام", "الإنتاج", "الأسواق", "الطلب", "المخزونات"],
]


def story_corpus(n: int = 360) -> tuple[list[str], list[str]]:
    rng = np.random.default_rng(7)
    texts = []
    for i in range(n):
        words = rng.choice(STORIES[i % 3], size=8, replace=False)
        texts.append(" ".join(words) + ".")
    return [f"d{i}" for i in range(n)], texts


@pytest.mark.parametrize(
    ("default", "expected"),
    [(30, [15, 22, 30, 38, 45]), (10, [5, 8, 10, 12, 15]), (2, [2, 3])],
)
def test_the_counts_tried_are_factors_of_the_default_within_bounds(default, expected):
    assert candidate_counts(default) == expected


@pytest.mark.parametrize(
    ("current", "n_docs", "expected"),
    [
        (30, 31030, (22, 38)),  # SaudiNewsNet: the neighbours among the candidates
        (45, 31030, (38, 56)),  # beyond the candidates: a quarter more
        (2, 5, (None, 3)),  # the seeds: no fewer than two themes
        (5, 5, (3, None)),  # no more themes than articles; fewer: the largest candidate below
    ],
)
def test_fewer_and_more_offer_the_next_count_down_and_up(current, n_docs, expected):
    assert fewer_and_more(current, n_docs) == expected


def test_npmi_is_one_for_terms_always_together_and_minus_one_for_terms_never_together():
    # four articles: terms 0 and 1 in the same two, term 2 only in the others
    binary = sp.csc_matrix(np.array([[1, 1, 0], [1, 1, 0], [0, 0, 1], [0, 0, 1]], dtype=np.float32))
    assert sample_npmi(binary, [np.array([0, 1])]) == pytest.approx(1.0)
    assert sample_npmi(binary, [np.array([0, 2])]) == -1.0


def test_the_count_chosen_is_the_most_coherent_or_as_coherent_and_nearer_the_default():
    ids, texts = story_corpus()
    assert len(texts) >= count_settings().min_articles
    matrix = build_term_matrix(ids, texts)
    counts = choose_theme_count(matrix)
    assert counts["n_themes"].tolist() == candidate_counts(13)  # √(360 / 2) ≈ 13
    chosen = counts[counts["chosen"]]
    assert len(chosen) == 1
    assert chosen["coherence"].iloc[0] >= counts["coherence"].max() - count_settings().tolerance
    themes, _ = fit_themes(matrix)  # no count given: the chosen one
    assert themes["theme_id"].nunique() == chosen["n_themes"].iloc[0]


def test_a_small_corpus_keeps_the_default_count():
    ids, texts = story_corpus(30)
    assert choose_theme_count(build_term_matrix(ids, texts)).empty
    themes, _ = fit_themes(build_term_matrix(ids, texts))
    assert themes["theme_id"].nunique() == 4  # √(30 / 2) ≈ 4


def test_with_the_corpus_sentences_a_count_is_scored_by_the_coherence_its_themes_show():
    """The count the build chooses is scored as the Themes page scores its themes: NPMI over the
    corpus's sentences; the chosen count's score is the mean coherence of the themes then fitted."""
    from analysis.aggregate.coherence import SentenceIndex, theme_coherence

    ids, texts = story_corpus()
    # two sentences of four words each: words of one article no longer all share a sentence
    texts = [" ".join(t.split()[:4]) + ". " + " ".join(t.split()[4:]) for t in texts]
    matrix = build_term_matrix(ids, texts)
    sentences = SentenceIndex(texts)
    assert sentences.n_sentences == 2 * len(texts)
    counts = choose_theme_count(matrix, sentences=sentences)
    by_articles = choose_theme_count(matrix)
    assert counts["n_themes"].tolist() == by_articles["n_themes"].tolist()
    assert (counts["coherence"] < by_articles["coherence"]).all()  # fewer pairs meet in a sentence
    chosen = int(counts.loc[counts["chosen"], "n_themes"].iloc[0])
    themes, _ = fit_themes(matrix, sentences=sentences)
    assert themes["theme_id"].nunique() == chosen
    shown = theme_coherence(themes, sentences)["coherence"].mean()
    assert shown == pytest.approx(counts.loc[counts["chosen"], "coherence"].iloc[0], abs=0.02)
