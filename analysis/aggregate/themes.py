"""Corpus themes: non-negative matrix factorisation (NMF) of the TF-IDF matrix.

A theme is a weighted list of terms (``themes.csv``); each article has a weight per
theme (``doc_themes.csv``), normalised so that an article's weights sum to 1. A term's
weight in a theme is its NMF weight times the square root of its share of that weight over
all themes, so a word every theme uses (``منطقة``, ``رئيس``) gives way to the theme's own
words: on SaudiNewsNet the themes' coherence (NPMI of their top 10 terms over the corpus's
sentences) rises from 0.437 to 0.473 (``dev/score_themes.py``). Small corpora (under 1,000
articles) keep the plain NMF weight.

On large corpora the factorisation is fitted on a random sample of ``fit_sample``
articles and every article is then projected onto the themes (``NMF.transform``): on
the 31k-article SaudiNewsNet corpus this gives the same themes as a full fit in a
tenth of the time (2 s instead of 21 s). The coordinate-descent solver stops at a
relative tolerance of 3e-3: on 10k SaudiNewsNet articles 96 % of the themes' top terms
are those of a fit to 1e-3, in two thirds of the time.

The number of themes, when not given, is chosen from the data on corpora of 300 articles or more
(:func:`choose_theme_count`: the most coherent of a few counts around :func:`default_theme_count`,
fitted on a sample; :mod:`analysis.aggregate.theme_count`).
"""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd
from sklearn.decomposition import NMF
from sklearn.exceptions import ConvergenceWarning

from analysis.aggregate.terms import TermMatrix
from analysis.aggregate.theme_count import count_settings, score_theme_counts

THEME_COLUMNS = ["theme_id", "rank", "term", "weight"]
#: Terms ranked by NMF weight × share**DISTINCTIVENESS on corpora of DISTINCTIVE_FROM articles or
#: more: on SaudiNewsNet NPMI 0.437 → 0.473; on the five seeds it falls (-0.14 → -0.40).
DISTINCTIVENESS = 0.5
DISTINCTIVE_FROM = 1000
DOC_THEME_COLUMNS = ["doc_id", "theme_id", "weight"]


def default_theme_count(n_docs: int) -> int:
    """A sensible number of themes for a corpus: about √(n/2), from 2 up to 30.

    5 articles → 2 themes, 200 → 10, 2,000 → 30 (capped).
    """
    if n_docs < 3:
        return 1
    return int(min(30, max(2, round(math.sqrt(n_docs / 2)))))


def _feature_mask(matrix: TermMatrix, max_features: int) -> np.ndarray:
    """Columns worth factorising: in ≥ 2 documents (on corpora of 20+), not in > 60 %."""
    n_docs = matrix.counts.shape[0]
    df = np.bincount(matrix.counts.indices, minlength=matrix.counts.shape[1])
    mask = np.ones(len(df), dtype=bool)
    if n_docs >= 20:
        mask &= (df >= 2) & (df <= 0.6 * n_docs)
    if mask.sum() > max_features:
        threshold = np.sort(df[mask])[-max_features]
        mask &= df >= threshold
    return mask


def term_scores(h: np.ndarray, distinctiveness: float) -> np.ndarray:
    """A term's weight in each theme (rows of ``h``) times its share of that weight over all themes
    to the power ``distinctiveness``: a word every theme uses (منطقة، رئيس) gives way to the theme's own."""
    totals_per_term = h.sum(axis=0, keepdims=True)
    share = np.divide(h, totals_per_term, out=np.zeros_like(h), where=totals_per_term > 0)
    return h * share**distinctiveness


def choose_theme_count(matrix: TermMatrix, *, max_features: int = 20000, random_state: int = 0) -> pd.DataFrame:
    """The candidate numbers of themes of ``matrix``'s corpus and their coherence
    (:data:`analysis.aggregate.theme_count.COUNT_COLUMNS`, the chosen one flagged); empty for a corpus
    too small to choose (fewer articles than ``data/theme_count.yaml``'s ``min_articles``)."""
    n_docs = matrix.tfidf.shape[0]
    columns = np.flatnonzero(_feature_mask(matrix, max_features))
    if n_docs < count_settings().min_articles or len(columns) == 0:
        return pd.DataFrame(columns=["n_themes", "coherence", "chosen"])
    distinctiveness = DISTINCTIVENESS if n_docs >= DISTINCTIVE_FROM else 0.0
    default = default_theme_count(n_docs)
    return score_theme_counts(matrix, columns, default, distinctiveness=distinctiveness, random_state=random_state)


def fit_themes(
    matrix: TermMatrix,
    *,
    n_themes: int | None = None,
    top_n: int = 12,
    max_features: int = 20000,
    fit_sample: int = 5000,
    random_state: int = 0,
    distinctiveness: float | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(themes, doc_themes)`` tables (:data:`THEME_COLUMNS`, :data:`DOC_THEME_COLUMNS`).

    Theme ids are 1-based and ordered by the theme's total weight in the corpus (theme 1
    is the most prominent). ``n_themes`` defaults to :func:`default_theme_count`.
    ``distinctiveness``: the power of a term's share over the themes in its rank; default
    :data:`DISTINCTIVENESS` on corpora of :data:`DISTINCTIVE_FROM` articles or more, else 0
    (on a handful of articles the words one theme alone uses are its rarest).
    """
    n_docs = matrix.tfidf.shape[0]
    if distinctiveness is None:
        distinctiveness = DISTINCTIVENESS if n_docs >= DISTINCTIVE_FROM else 0.0
    k = n_themes
    if not k:
        counts = choose_theme_count(matrix, max_features=max_features, random_state=random_state)
        k = (
            int(counts.loc[counts["chosen"], "n_themes"].iloc[0])
            if counts["chosen"].any()
            else default_theme_count(n_docs)
        )
    mask = _feature_mask(matrix, max_features)
    columns = np.flatnonzero(mask)
    if n_docs == 0 or len(columns) == 0:
        return pd.DataFrame(columns=THEME_COLUMNS), pd.DataFrame(columns=DOC_THEME_COLUMNS)
    k = max(1, min(k, n_docs, len(columns)))
    x = matrix.tfidf[:, columns]
    model = NMF(n_components=k, init="nndsvda", max_iter=300, tol=3e-3, random_state=random_state)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        # A near-exact factorisation (a corpus of two or three articles) has a squared error
        # that float32 rounding can put just below zero; its square root is then NaN.
        warnings.filterwarnings("ignore", "invalid value encountered in sqrt", RuntimeWarning)
        if n_docs > fit_sample:
            sample = np.random.default_rng(random_state).choice(n_docs, fit_sample, replace=False)
            model.fit(x[np.sort(sample)])
            w = model.transform(x)
        else:
            w = model.fit_transform(x)
    h = model.components_
    # Order by the share readers see (each article's weights normalised to sum to 1).
    row_totals = w.sum(axis=1, keepdims=True)
    visible_share = np.divide(w, row_totals, out=np.zeros_like(w), where=row_totals > 0).sum(axis=0)
    order = np.argsort(-visible_share, kind="stable")
    w, h = w[:, order], h[order]

    score = term_scores(h, distinctiveness)
    theme_rows = []
    for t in range(k):
        top = np.argsort(-score[t], kind="stable")[:top_n]
        for rank, j in enumerate(top, start=1):
            if score[t, j] <= 0:
                break
            theme_rows.append((t + 1, rank, matrix.terms[columns[j]], round(float(score[t, j]), 6)))
    themes = pd.DataFrame(theme_rows, columns=THEME_COLUMNS)

    totals = w.sum(axis=1, keepdims=True)
    shares = np.divide(w, totals, out=np.zeros_like(w), where=totals > 0)
    doc_idx, theme_idx = np.nonzero(shares > 1e-4)
    doc_themes = pd.DataFrame(
        {
            "doc_id": np.asarray(matrix.doc_ids, dtype=object)[doc_idx],
            "theme_id": theme_idx + 1,
            "weight": np.round(shares[doc_idx, theme_idx], 6),
        },
        columns=DOC_THEME_COLUMNS,
    )
    return themes, doc_themes
