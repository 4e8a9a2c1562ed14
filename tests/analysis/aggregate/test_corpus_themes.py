"""The build's themes (``corpus_themes``): a small corpus fitted on passages of its articles, every theme
with its coherence (NPMI of its top terms over the corpus's sentences), measured against LDA."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest
from repo_paths import SEEDS
from sklearn.decomposition import LatentDirichletAllocation

from analysis.aggregate.coherence import SentenceIndex, theme_coherence
from analysis.aggregate.terms import build_term_matrix
from analysis.aggregate.themes import (
    DOC_THEME_COLUMNS,
    THEME_COLUMNS,
    _feature_mask,
    corpus_themes,
    split_passages,
    theme_settings,
    theme_units,
)
from analysis.aggregate.vocabulary import term_vocabulary
from analysis.extract.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def seeds():
    paths = sorted(SEEDS.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    vocabulary = term_vocabulary(load_gazetteer(), ())
    matrix = build_term_matrix([p.name[:3] for p in paths], texts, vocabulary=vocabulary)
    return matrix, texts, vocabulary


@pytest.fixture(scope="module")
def seed_themes(seeds):
    matrix, texts, vocabulary = seeds
    themes, doc_themes, _ = corpus_themes(matrix, texts, vocabulary=vocabulary)
    return themes, doc_themes


def test_passages_are_runs_of_whole_sentences_of_enough_words():
    text = "قصفت الطائرات بلدة في إدلب. " * 3 + "وقال المرصد إن القصف أوقع قتلى؟ " * 2 + "انتهى."
    passages = split_passages([text, "جملة قصيرة."], words=10)
    # 5 + 5 words reach 10: a passage ends after the second sentence, never inside one
    assert passages.texts[0] == "قصفت الطائرات بلدة في إدلب. قصفت الطائرات بلدة في إدلب."
    assert all(p.rstrip().endswith((".", "؟")) for p in passages.texts)
    # the last run of one word (under half of 10) joins the passage before it
    assert passages.texts[-2].endswith("أوقع قتلى؟ انتهى.")
    # an article shorter than a passage is one passage
    assert passages.texts[-1] == "جملة قصيرة." and passages.article.tolist()[-1] == 1
    assert "".join(passages.texts[:-1]).replace(" ", "") == text.replace(" ", "")
    assert passages.words.sum() == len(text.split()) + 2


def test_a_small_corpus_is_fitted_on_its_passages(seeds, seed_themes):
    """Five articles on one story: two themes of the articles said little; their 40 passages give
    the sub-stories (the SDF's handover of Ain Issa, the sanctions and the S-400, Idlib, the talks)."""
    matrix, texts, _ = seeds
    themes, doc_themes = seed_themes
    settings = theme_settings()
    assert len(texts) < settings.passages_below
    assert theme_units(texts) == len(split_passages(texts, settings.passage_words).texts) > len(texts)
    assert list(themes.columns) == [*THEME_COLUMNS, "coherence"]
    assert list(doc_themes.columns) == DOC_THEME_COLUMNS
    assert themes["theme_id"].nunique() >= 3
    top = {int(t): set(rows.sort_values("rank")["term"].head(12)) for t, rows in themes.groupby("theme_id")}
    assert any({"قسد", "عين عيسى"} <= terms for terms in top.values())
    assert any({"العقوبات", "منظومة الدفاع"} <= terms for terms in top.values())
    # every article's shares (its passages' shares weighted by their words) sum to 1
    assert set(doc_themes["doc_id"]) == set(matrix.doc_ids)
    np.testing.assert_allclose(doc_themes.groupby("doc_id")["weight"].sum(), 1.0, atol=1e-4)


def test_every_theme_has_its_coherence(seed_themes):
    themes, _ = seed_themes
    per_theme = themes.groupby("theme_id")["coherence"]
    assert (per_theme.nunique() == 1).all()  # the same on each row of a theme
    assert themes["coherence"].between(-1, 1).all()


def test_the_themes_are_more_coherent_than_lda_on_the_same_counts(seeds, seed_themes):
    """Issue 15's baseline: scikit-learn's LDA with as many themes, on the articles' counts the
    themes factorise, scored on the same sentences (on the seeds: −0.06 against 0.36)."""
    matrix, texts, _ = seeds
    themes, _ = seed_themes
    k = themes["theme_id"].nunique()
    columns = np.flatnonzero(_feature_mask(matrix, 20000))
    lda = LatentDirichletAllocation(n_components=k, learning_method="online", max_iter=10, random_state=0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        lda.fit(matrix.counts[:, columns])
    rows = [
        (t, rank, matrix.terms[columns[j]])
        for t, weights in enumerate(lda.components_, start=1)
        for rank, j in enumerate(np.argsort(-weights, kind="stable")[:12], start=1)
    ]
    baseline = theme_coherence(pd.DataFrame(rows, columns=["theme_id", "rank", "term"]), SentenceIndex(texts))
    assert themes.groupby("theme_id")["coherence"].first().mean() > baseline["coherence"].mean() + 0.1


def test_coherence_is_npmi_over_sentences():
    texts = [
        "وقعت روسيا وتركيا اتفاق إدلب. وقال الكرملين إن اتفاق إدلب صامد.",
        "ارتفعت أسعار النفط اليوم. روسيا تراقب أسعار النفط.",
    ]
    index = SentenceIndex(texts)
    assert index.n_sentences == 4
    # «اتفاق» and «إدلب» are never apart (2 sentences of 4, always together): log(p / p²) / −log p = 1
    assert index.npmi(["اتفاق", "إدلب"]) == pytest.approx(1.0)
    # never in one sentence: −1
    assert index.npmi(["الكرملين", "أسعار"]) == -1.0
    # a name of two words is matched whole, with its clitics (لأسعار النفط counts for أسعار النفط)
    assert index.sentences("أسعار النفط").tolist() == [2, 3]
    themes = pd.DataFrame(
        [(1, 1, "اتفاق"), (1, 2, "إدلب"), (2, 1, "الكرملين"), (2, 2, "أسعار")], columns=["theme_id", "rank", "term"]
    )
    assert theme_coherence(themes, index).to_dict("list") == {"theme_id": [1, 2], "coherence": [1.0, -1.0]}


def test_a_larger_corpus_is_fitted_on_its_articles(seeds):
    _, texts, _ = seeds
    many = [t for t in texts for _ in range(theme_settings().passages_below // len(texts) + 1)]
    assert theme_units(many) == len(many)


def test_a_larger_corpus_needs_no_texts_beside_its_tokens(seeds):
    """The build lets go of the texts once tokenised: on 200 articles or more, the themes read the
    matrix and its tokens alone, and are the same; on fewer (passages), they need the texts."""
    _, texts, vocabulary = seeds
    many = [t for t in texts for _ in range(theme_settings().passages_below // len(texts) + 1)]
    matrix = build_term_matrix(list(range(len(many))), many, vocabulary=vocabulary, keep_tokens=True)
    with_texts = corpus_themes(matrix, many, vocabulary=vocabulary, n_themes=3)
    without = corpus_themes(matrix, None, vocabulary=vocabulary, n_themes=3)
    pd.testing.assert_frame_equal(without[0], with_texts[0])
    pd.testing.assert_frame_equal(without[1], with_texts[1])
    seeds_matrix = build_term_matrix(list(range(len(texts))), texts, vocabulary=vocabulary, keep_tokens=True)
    with pytest.raises(ValueError, match="passages"):
        corpus_themes(seeds_matrix, None, vocabulary=vocabulary)
