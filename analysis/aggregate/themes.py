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

:func:`corpus_themes` is the build's entry point: it fits a small corpus's themes on passages of its
articles (``data/themes.yaml``: five articles are too few to learn which words go together; their
paragraphs are not) and gives each theme its coherence (:mod:`analysis.aggregate.coherence`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import io
import json
import math
import re
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd
import scipy.sparse as sp

from analysis.aggregate.coherence import SentenceIndex, theme_coherence
from analysis.aggregate.membership import is_in
from analysis.aggregate.terms import TermMatrix, build_term_matrix
from analysis.aggregate.theme_count import count_settings, score_theme_counts
from analysis.aggregate.vocabulary import TermVocabulary
from analysis.data import positive_settings

THEME_COLUMNS = ["theme_id", "rank", "term", "weight"]
#: Terms ranked by NMF weight × share**DISTINCTIVENESS on corpora of DISTINCTIVE_FROM articles or
#: more: on SaudiNewsNet NPMI 0.437 → 0.473; on the five seeds it falls (-0.14 → -0.40).
DISTINCTIVENESS = 0.5
DISTINCTIVE_FROM = 1000
DOC_THEME_COLUMNS = ["doc_id", "theme_id", "weight"]


@dataclass(frozen=True)
class ThemeSettings:
    passages_below: int = 200
    passage_words: int = 60
    coherence_terms: int = 10
    coherence_floor: float = 0.1
    coherence_sentences: int = 1000


@lru_cache(maxsize=1)
def theme_settings() -> ThemeSettings:
    """``data/themes.yaml``, checked: every setting present, a number > 0."""
    return positive_settings(ThemeSettings, "themes.yaml")


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


def choose_theme_count(
    matrix: TermMatrix,
    *,
    max_features: int = 20000,
    random_state: int = 0,
    sentences: SentenceIndex | None = None,
    fitted: dict | None = None,
) -> pd.DataFrame:
    """The candidate numbers of themes of ``matrix``'s corpus and their coherence
    (:data:`analysis.aggregate.theme_count.COUNT_COLUMNS`, the chosen one flagged); empty for a corpus
    too small to choose (fewer articles than ``data/theme_count.yaml``'s ``min_articles``)."""
    n_docs = matrix.tfidf.shape[0]
    columns = np.flatnonzero(_feature_mask(matrix, max_features))
    if n_docs < count_settings().min_articles or len(columns) == 0:
        return pd.DataFrame(columns=["n_themes", "coherence", "chosen"])
    distinctiveness = DISTINCTIVENESS if n_docs >= DISTINCTIVE_FROM else 0.0
    default = default_theme_count(n_docs)
    return score_theme_counts(
        matrix, columns, default, distinctiveness=distinctiveness, random_state=random_state, sentences=sentences,
        fitted=fitted,
    )  # fmt: skip


@dataclass(frozen=True)
class ThemeModel:
    """A corpus's fitted themes, kept with a store corpus so that its themes stay the same when articles
    are added (:func:`project_themes`): each theme's NMF weight over the factorised terms (``components``,
    one row per theme, in theme-id order), those terms' keys (the normalised stems a term matrix of any
    later corpus is matched on) and display forms, how terms are ranked, and whether it was fitted on
    passages (:func:`corpus_themes`)."""

    keys: tuple[str, ...]
    terms: tuple[str, ...]
    components: np.ndarray
    distinctiveness: float
    passages: bool = False
    #: How many articles the themes were fitted on.
    articles: int = 0

    @property
    def n_themes(self) -> int:
        return int(self.components.shape[0])

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        meta = {"keys": list(self.keys), "terms": list(self.terms), "distinctiveness": self.distinctiveness,
                "passages": self.passages, "articles": self.articles}  # fmt: skip
        np.savez_compressed(buffer, components=self.components, meta=np.array(json.dumps(meta, ensure_ascii=False)))
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> ThemeModel:
        with np.load(io.BytesIO(data), allow_pickle=False) as stored:
            meta = json.loads(str(stored["meta"]))
            components = stored["components"]
        return cls(tuple(meta["keys"]), tuple(meta["terms"]), components, float(meta["distinctiveness"]),
                   bool(meta["passages"]), int(meta["articles"]))  # fmt: skip

    @functools.cached_property
    def digest(self) -> str:
        """A short digest of the model: a corpus analysed with another model is another analysis
        (computed once: it serialises the model)."""
        return hashlib.sha256(self.to_bytes()).hexdigest()[:16]


def fit_themes(matrix: TermMatrix, **options) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(themes, doc_themes)`` tables (:data:`THEME_COLUMNS`, :data:`DOC_THEME_COLUMNS`) of
    :func:`fit_theme_model` (``options`` are its own)."""
    themes, doc_themes, _ = fit_theme_model(matrix, **options)
    return themes, doc_themes


def fit_theme_model(
    matrix: TermMatrix,
    *,
    n_themes: int | None = None,
    top_n: int = 12,
    max_features: int = 20000,
    fit_sample: int = 5000,
    random_state: int = 0,
    distinctiveness: float | None = None,
    sentences: SentenceIndex | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame, ThemeModel | None]:
    """``(themes, doc_themes, model)``: the themes and each document's shares (:data:`THEME_COLUMNS`,
    :data:`DOC_THEME_COLUMNS`), and the :class:`ThemeModel` fitted (None when there was nothing to fit).

    Theme ids are 1-based and ordered by the theme's total weight in the corpus (theme 1
    is the most prominent). ``n_themes`` defaults to the count :func:`choose_theme_count` chooses (or
    :func:`default_theme_count`). ``distinctiveness``: the power of a term's share over the themes in
    its rank; default :data:`DISTINCTIVENESS` on corpora of :data:`DISTINCTIVE_FROM` articles or more,
    else 0 (on a handful of articles the words one theme alone uses are its rarest). ``sentences``: the
    corpus's sentence index, over which the number of themes is chosen.
    """
    n_docs = matrix.tfidf.shape[0]
    if distinctiveness is None:
        distinctiveness = DISTINCTIVENESS if n_docs >= DISTINCTIVE_FROM else 0.0
    k = n_themes
    candidates: dict = {}  # the candidate counts' models, fitted on the sample below when it is the same
    if not k:
        counts = choose_theme_count(
            matrix, max_features=max_features, random_state=random_state, sentences=sentences, fitted=candidates
        )
        k = (
            int(counts.loc[counts["chosen"], "n_themes"].iloc[0])
            if counts["chosen"].any()
            else default_theme_count(n_docs)
        )
    mask = _feature_mask(matrix, max_features)
    columns = np.flatnonzero(mask)
    if n_docs == 0 or len(columns) == 0:
        return pd.DataFrame(columns=THEME_COLUMNS), pd.DataFrame(columns=DOC_THEME_COLUMNS), None
    k = max(1, min(k, n_docs, len(columns)))
    x = matrix.tfidf[:, columns]
    from sklearn.decomposition import NMF  # imported where fitted: a dashboard that only queries never fits

    model = NMF(n_components=k, init="nndsvda", max_iter=300, tol=3e-3, random_state=random_state)
    with _quiet_nmf():
        if n_docs > fit_sample:
            if k in candidates and count_settings().sample_articles == fit_sample:
                model = candidates[k]  # fitted on this very sample (the same seed and size) to choose k
            else:
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
    fitted = ThemeModel(
        tuple(matrix.keys[c] for c in columns), tuple(matrix.terms[c] for c in columns), h, distinctiveness
    )
    themes, doc_themes = _theme_tables(w, fitted, matrix.doc_ids, top_n)
    return themes, doc_themes, fitted


def theme_columns(model: ThemeModel, keys: Sequence[str]) -> np.ndarray:
    """The column among ``keys`` (a matrix's :attr:`TermMatrix.keys`) of each of the model's terms, -1
    where the matrix lacks it. Made once for the partitions of one plan: a million columns' index
    costs a fifth of a second to build."""
    index = {key: j for j, key in enumerate(keys)}
    return np.fromiter((index.get(key, -1) for key in model.keys), dtype=np.int64, count=len(model.keys))


def project_themes(
    matrix: TermMatrix,
    model: ThemeModel,
    *,
    top_n: int = 12,
    random_state: int = 0,
    columns: np.ndarray | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(themes, doc_themes)`` of ``matrix``'s documents on the themes of ``model``, which stay as they
    were (the same ids, terms and ranking): each document's weights are NMF's with the themes held
    fixed, on the model's terms (a term the corpus no longer has counts 0; a new one is not a theme's).
    ``columns``: :func:`theme_columns` of the model and ``matrix.keys``, when the caller has it."""
    if columns is None:
        columns = theme_columns(model, matrix.keys)
    model_cols = np.flatnonzero(columns >= 0)
    n_docs = matrix.tfidf.shape[0]
    x = sp.csr_matrix((n_docs, len(model.keys)), dtype=np.float32)
    if len(model_cols):
        spread = sp.csr_matrix(
            (np.ones(len(model_cols), dtype=np.float32), (columns[model_cols], model_cols)),
            shape=(matrix.tfidf.shape[1], len(model.keys)),
        )
        x = (matrix.tfidf @ spread).tocsr().astype(np.float32)
    from sklearn.decomposition import non_negative_factorization

    with _quiet_nmf():
        w, _, _ = non_negative_factorization(
            x, H=model.components.astype(np.float32), n_components=model.n_themes, init="custom",
            update_H=False, max_iter=300, tol=3e-3, random_state=random_state,
        )  # fmt: skip
    return _theme_tables(w, model, matrix.doc_ids, top_n)


@contextlib.contextmanager
def _quiet_nmf():
    from sklearn.exceptions import ConvergenceWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        # A near-exact factorisation (a corpus of two or three articles) has a squared error
        # that float32 rounding can put just below zero; its square root is then NaN.
        warnings.filterwarnings("ignore", "invalid value encountered in sqrt", RuntimeWarning)
        yield


def _theme_tables(w: np.ndarray, model: ThemeModel, doc_ids: Sequence, top_n: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The themes table of ``model`` (terms ranked by :func:`term_scores`) and the documents' shares
    (``w``: one row per document, one column per theme)."""
    score = term_scores(model.components, model.distinctiveness)
    theme_rows = []
    for t in range(model.n_themes):
        top = np.argsort(-score[t], kind="stable")[:top_n]
        for rank, j in enumerate(top, start=1):
            if score[t, j] <= 0:
                break
            theme_rows.append((t + 1, rank, model.terms[j], round(float(score[t, j]), 6)))
    themes = pd.DataFrame(theme_rows, columns=THEME_COLUMNS)

    totals = w.sum(axis=1, keepdims=True)
    shares = np.divide(w, totals, out=np.zeros_like(w), where=totals > 0)
    doc_idx, theme_idx = np.nonzero(shares > 1e-4)
    doc_themes = pd.DataFrame(
        {
            "doc_id": np.asarray(list(doc_ids), dtype=object)[doc_idx],
            "theme_id": theme_idx + 1,
            "weight": np.round(shares[doc_idx, theme_idx], 6),
        },
        columns=DOC_THEME_COLUMNS,
    )
    return themes, doc_themes


_SENTENCE_END = re.compile(r"(?<=[.!?؟\n])")


@dataclass(frozen=True)
class Passages:
    """Runs of whole sentences of an article's text: the article (its position) each comes from,
    its text and its number of words."""

    article: np.ndarray
    texts: list[str]
    words: np.ndarray


def split_passages(texts: Sequence[str], words: int) -> Passages:
    """Each text cut after the sentence (``. ! ? ؟`` or a line break) that brings its passage to
    ``words`` words; a last run of under half that joins the passage before it."""
    article: list[int] = []
    parts: list[str] = []
    counts: list[int] = []
    for i, text in enumerate(texts):
        run: list[str] = []
        n = 0
        first = len(parts)
        for sentence in _SENTENCE_END.split(text or ""):
            if not sentence.strip():
                continue
            run.append(sentence)
            n += len(sentence.split())
            if n < words:
                continue
            article.append(i)
            parts.append("".join(run))
            counts.append(n)
            run, n = [], 0
        if run and len(parts) > first and n < words / 2:
            parts[-1] += "".join(run)
            counts[-1] += n
        elif run:
            article.append(i)
            parts.append("".join(run))
            counts.append(n)
    return Passages(np.asarray(article, dtype=np.int64), parts, np.asarray(counts, dtype=np.float64))


def theme_units(texts: Sequence[str]) -> int:
    """How many documents a corpus's themes are fitted on: its articles, or the passages of a small
    corpus's articles (:func:`corpus_themes`); the most themes it can have."""
    s = theme_settings()
    if len(texts) >= s.passages_below:
        return len(texts)
    return len(split_passages(texts, s.passage_words).texts)


def on_passages(n_docs: int, model: ThemeModel | None = None) -> bool:
    """Whether :func:`corpus_themes` fits (or applies ``model``'s) themes on passages of the texts rather
    than on the articles' term matrix: only then does it read the texts themselves."""
    return model.passages if model is not None else 0 < n_docs < theme_settings().passages_below


def corpus_themes(
    matrix: TermMatrix,
    texts: Sequence[str] | None,
    *,
    sources: Sequence | None = None,
    vocabulary: TermVocabulary | None = None,
    n_themes: int | None = None,
    model: ThemeModel | None = None,
    random_state: int = 0,
) -> tuple[pd.DataFrame, pd.DataFrame, ThemeModel | None]:
    """The corpus's ``(themes, doc_themes, model)``: ``themes`` with each theme's ``coherence``, and the
    :class:`ThemeModel` they come from (None: no themes).

    ``matrix``: the articles' terms (:func:`~analysis.aggregate.terms.build_term_matrix` of ``texts``
    with ``sources`` and ``vocabulary``; with ``keep_tokens``, the coherence reads its tokens instead of
    the texts, and ``texts`` may be None unless the themes are read on passages: :func:`on_passages`). With ``model`` (the corpus's themes as they were before articles were added), the
    articles are put on those themes (:func:`project_themes`): the themes keep their ids and terms.
    Else they are fitted: a corpus of ``passages_below`` articles or more on its articles
    (:func:`fit_themes`); a smaller one on its passages (:func:`split_passages`, their terms counted
    with the same ``vocabulary``), the number of themes then chosen for the passages, and an article's
    share of a theme its passages' shares weighted by their words. The number of themes, when not
    given, is the most coherent over the corpus's sentences (:func:`choose_theme_count`). On the five
    seed articles the themes' coherence goes from −0.14 (two themes of five articles) to 0.36 (four
    themes of their 40 passages: the SDF's handover of Ain Issa, the US sanctions and the S-400, the
    Idlib front, Lavrov and Çavuşoğlu's talks)."""
    s = theme_settings()
    n_docs = matrix.tfidf.shape[0]
    if texts is None and matrix.tokens is None:
        raise ValueError("corpus_themes needs the texts, or a term matrix built with keep_tokens")
    sentences = SentenceIndex(texts or (), tokens=matrix.tokens)
    if on_passages(n_docs, model):
        if texts is None:
            raise ValueError(f"corpus_themes needs the texts of {n_docs} articles: their themes are read on passages")
        passages = split_passages(texts, s.passage_words)
        passage_sources = None if sources is None else [sources[i] for i in passages.article]
        passage_matrix = build_term_matrix(
            list(range(len(passages.texts))), passages.texts, sources=passage_sources, vocabulary=vocabulary
        )
        if model is None:
            themes, passage_themes, model = fit_theme_model(
                passage_matrix, n_themes=n_themes, random_state=random_state, sentences=sentences
            )
            model = dataclasses.replace(model, passages=True, articles=n_docs) if model is not None else None
        else:
            themes, passage_themes = project_themes(passage_matrix, model, random_state=random_state)
        doc_themes = _article_shares(passage_themes, passages, matrix.doc_ids)
    elif model is None:
        themes, doc_themes, model = fit_theme_model(
            matrix, n_themes=n_themes, random_state=random_state, sentences=sentences
        )
        model = dataclasses.replace(model, articles=n_docs) if model is not None else None
    else:
        themes, doc_themes = project_themes(matrix, model, random_state=random_state)
    coherence = theme_coherence(themes, sentences, top_terms=s.coherence_terms)
    themes = themes.merge(coherence, on="theme_id", how="left")
    return themes, doc_themes, model


def _article_shares(passage_themes: pd.DataFrame, passages: Passages, doc_ids: Sequence) -> pd.DataFrame:
    """Each article's theme shares: its passages' shares weighted by their words, summing to 1."""
    if passage_themes.empty:
        return pd.DataFrame(columns=DOC_THEME_COLUMNS)
    passage = passage_themes["doc_id"].to_numpy(dtype=np.int64)
    frame = pd.DataFrame(
        {
            "article": passages.article[passage],
            "theme_id": passage_themes["theme_id"].to_numpy(),
            "weight": passage_themes["weight"].to_numpy(dtype=np.float64) * passages.words[passage],
        }
    )
    summed = frame.groupby(["article", "theme_id"], as_index=False, sort=True)["weight"].sum()
    summed["weight"] /= summed.groupby("article")["weight"].transform("sum")
    summed = summed[summed["weight"] > 1e-4]
    ids = np.asarray(list(doc_ids), dtype=object)
    return pd.DataFrame(
        {
            "doc_id": ids[summed["article"].to_numpy()],
            "theme_id": summed["theme_id"].to_numpy(),
            "weight": np.round(summed["weight"].to_numpy(), 6),
        },
        columns=DOC_THEME_COLUMNS,
    ).reset_index(drop=True)


def heaviest_themes(doc_themes: pd.DataFrame, doc_ids: Iterable, top: int) -> list[int]:
    """The ``top`` themes that weigh most in the articles ``doc_ids`` (their weights summed over those articles:
    an article's weights sum to 1, so a theme's sum is how many articles' worth of text it holds), in order of
    their ids; ties go to the lower id. On SaudiNewsNet every theme has some weight in most selections, so the
    Overview showed all 29 themes of the corpus whatever the filters; it shows the selection's heaviest few."""
    chosen = doc_themes.loc[is_in(doc_themes["doc_id"], doc_ids), ["theme_id", "weight"]]
    summed = chosen.groupby("theme_id")["weight"].sum()
    ranked = sorted(summed.items(), key=lambda item: (-item[1], item[0]))
    return sorted(int(theme_id) for theme_id, weight in ranked[:top] if weight > 0)
