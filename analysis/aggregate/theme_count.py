"""How many themes: the count whose themes are most coherent, among a few around the default.

:func:`choose_theme_count` fits NMF with each candidate count (``data/theme_count.yaml``: factors
0.5 to 1.5 of :func:`analysis.aggregate.themes.default_theme_count`) on a bounded random sample of
articles (the sample the themes are then fitted on: the candidates are the themes the build would
make), ranks each theme's terms as the build does, and scores a count by the mean NPMI of the pairs
of its themes' top 10 terms over the corpus's sentences (:mod:`analysis.aggregate.coherence`: the
coherence the Themes page shows; without a sentence index, over the sample's articles). The most
coherent count wins. On SaudiNewsNet (31k articles, default 30) the candidates are 15, 22, 30, 38
and 45, scored 0.446, 0.445, 0.447, 0.450, 0.426: 30 is taken (within the tolerance of the best, and
the default). Scored over articles, 45 won (0.59) and its themes were less coherent over sentences
(0.426 against 0.447).

The table of scores (:data:`COUNT_COLUMNS`) says why a count was chosen; the dashboard offers the
analyst the candidates below and above it ("fewer themes", "more themes").
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from analysis.aggregate.coherence import SentenceIndex
from analysis.aggregate.terms import TermMatrix
from analysis.data import positive_settings

if TYPE_CHECKING:
    from sklearn.decomposition import NMF


def _nmf(**settings) -> NMF:
    """sklearn's NMF, imported where fitted: a dashboard that only queries a build never fits one."""
    from sklearn.decomposition import NMF

    return NMF(**settings)


def _convergence_warning() -> type[Warning]:
    from sklearn.exceptions import ConvergenceWarning

    return ConvergenceWarning


#: One row per candidate count: ``n_themes``, its ``coherence`` (mean NPMI) and whether it is ``chosen``.
COUNT_COLUMNS = ["n_themes", "coherence", "chosen"]


@dataclass(frozen=True)
class CountSettings:
    candidates: tuple[float, ...] = (0.5, 0.75, 1.0, 1.25, 1.5)
    min_themes: int = 2
    max_themes: int = 45
    sample_articles: int = 5000
    top_terms: int = 10
    tolerance: float = 0.005
    min_articles: int = 300


@lru_cache(maxsize=1)
def count_settings() -> CountSettings:
    """``data/theme_count.yaml``, checked: every setting present, numbers > 0, candidates a list."""
    return positive_settings(CountSettings, "theme_count.yaml", lists=("candidates",))


def candidate_counts(default: int, settings: CountSettings | None = None) -> list[int]:
    """The counts tried around ``default``: ``30`` → ``[15, 22, 30, 38, 45]``."""
    s = settings or count_settings()
    counts = {int(min(s.max_themes, max(s.min_themes, round(default * f)))) for f in s.candidates}
    return sorted(counts)


def sample_npmi(binary, top_columns: list[np.ndarray]) -> float:
    """Mean over themes of the mean NPMI of the pairs of each theme's ``top_columns``, counted over the
    rows (articles) of the 0/1 matrix ``binary``; a pair that never shares an article scores −1."""
    n = binary.shape[0]
    scores = []
    for columns in top_columns:
        if len(columns) < 2:
            continue
        sub = binary[:, columns]
        both = np.asarray((sub.T @ sub).todense(), dtype=np.float64)
        alone = np.diag(both).copy()
        i, j = np.triu_indices(len(columns), k=1)
        p_ab, p_a, p_b = both[i, j] / n, alone[i] / n, alone[j] / n
        with np.errstate(divide="ignore", invalid="ignore"):
            npmi = np.log(p_ab / (p_a * p_b)) / -np.log(p_ab)
        npmi = np.where(p_ab <= 0, -1.0, np.where(p_ab >= 1, 1.0, npmi))
        scores.append(float(np.mean(npmi)))
    return float(np.mean(scores)) if scores else float("nan")


def score_theme_counts(
    matrix: TermMatrix,
    columns: np.ndarray,
    default: int,
    *,
    distinctiveness: float,
    random_state: int = 0,
    settings: CountSettings | None = None,
    sentences: SentenceIndex | None = None,
    fitted: dict[int, NMF] | None = None,
) -> pd.DataFrame:
    """The candidate counts' coherence (:data:`COUNT_COLUMNS`), each fitted on a sample of ``matrix``'s
    articles over the factorised ``columns``; the chosen one flagged. Scored over the corpus's
    ``sentences`` when given (what the Themes page shows), else over the sample's articles. ``fitted``:
    filled with each candidate's model (the build then keeps the chosen one instead of fitting it again)."""
    from analysis.aggregate.themes import term_scores

    s = settings or count_settings()
    n_docs = matrix.tfidf.shape[0]
    rows = np.arange(n_docs)
    if n_docs > s.sample_articles:
        rows = np.sort(np.random.default_rng(random_state).choice(n_docs, s.sample_articles, replace=False))
    x = matrix.tfidf[rows][:, columns]
    binary = (matrix.counts[rows][:, columns] > 0).astype(np.float32).tocsc() if sentences is None else None
    results = []
    for k in candidate_counts(default, s):
        if k > min(x.shape):
            continue
        # the build's own settings (analysis.aggregate.themes.fit_theme_model): the chosen model is the build's
        model = _nmf(n_components=k, init="nndsvda", max_iter=300, tol=3e-3, random_state=random_state)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", _convergence_warning())
            warnings.filterwarnings("ignore", "invalid value encountered in sqrt", RuntimeWarning)
            model.fit(x)
        if fitted is not None:
            fitted[k] = model
        score = term_scores(model.components_, distinctiveness)
        top = [np.argsort(-row, kind="stable")[: s.top_terms] for row in score]
        top = [t[score[i, t] > 0] for i, t in enumerate(top)]
        if sentences is None:
            coherence = sample_npmi(binary, top)
        else:
            coherence = float(np.nanmean([sentences.npmi([matrix.terms[columns[j]] for j in t]) for t in top]))
        results.append((k, round(coherence, 4)))
    table = pd.DataFrame(results, columns=["n_themes", "coherence"])
    table["chosen"] = False
    if len(table):
        best = table["coherence"].max()
        near = table[table["coherence"] >= best - s.tolerance]
        pick = near.loc[(near["n_themes"] - default).abs().idxmin(), "n_themes"]
        table["chosen"] = table["n_themes"] == pick
    return table[COUNT_COLUMNS]


def fewer_and_more(current: int, n_docs: int, settings: CountSettings | None = None) -> tuple[int | None, int | None]:
    """The numbers of themes offered below and above ``current`` for a corpus of ``n_docs`` articles:
    the candidates' neighbours (SaudiNewsNet at 30: 22 and 38), beyond them a quarter fewer or more;
    None where there is none (fewer than 2 themes, more than articles)."""
    from analysis.aggregate.themes import default_theme_count

    s = settings or count_settings()
    ladder = candidate_counts(default_theme_count(n_docs), s)
    below = [k for k in ladder if k < current]
    above = [k for k in ladder if k > current]
    fewer = max(below) if below else min(current - 1, round(current * 0.75))
    more = min(above) if above else max(current + 1, round(current * 1.25))
    return (fewer if fewer >= 2 else None), (more if more <= max(n_docs, 1) else None)
