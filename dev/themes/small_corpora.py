"""Themes of small corpora: fitted on the articles, or (the build) on passages of the articles.

    PYTHONPATH=. .venv/bin/python dev/themes/small_corpora.py --data ../shared/data/saudinewsnet \\
        --sizes 5 20 50 100 200 300 --draws 3

For each size, ``--draws`` random samples of SaudiNewsNet articles (numpy seeds 1, 2, …), each scored
by the mean NPMI of its themes' top 10 terms over the sample's sentences
(:mod:`analysis.aggregate.coherence`, the coherence the Themes page shows):

* ``articles``: NMF on the articles' TF-IDF with √(n/2) themes (what the build did before);
* ``build``: :func:`analysis.aggregate.themes.corpus_themes` (on passages under ``passages_below``
  articles, the count chosen for the passages);
* ``lda``: scikit-learn's LDA on the articles' counts with as many themes as ``build``.

Prints one row per sample and the means per size.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd
from threadpoolctl import threadpool_limits

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # dev/: the scorer's LDA baseline
from score_themes import lda_themes

from analysis.aggregate.coherence import SentenceIndex, theme_coherence
from analysis.aggregate.terms import build_term_matrix
from analysis.aggregate.themes import corpus_themes, default_theme_count, fit_themes
from analysis.aggregate.vocabulary import term_vocabulary
from analysis.extract.gazetteer import load_gazetteer
from analysis.ingest.corpus import load_corpus


def mean_coherence(themes: pd.DataFrame, sentences: SentenceIndex) -> float:
    return round(float(theme_coherence(themes, sentences)["coherence"].mean()), 3)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 20, 50, 100, 200, 300])
    parser.add_argument("--draws", type=int, default=3)
    args = parser.parse_args()
    documents = load_corpus(args.data).documents.reset_index(drop=True)
    gazetteer = load_gazetteer()
    rows = []
    for n in args.sizes:
        for draw in range(1, args.draws + 1):
            sample = documents.sample(n, random_state=draw).reset_index(drop=True)
            texts, sources = sample["text"].tolist(), sample["source"].tolist()
            vocabulary = term_vocabulary(gazetteer, sources)
            with threadpool_limits(limits=1):
                matrix = build_term_matrix(
                    sample["doc_id"].tolist(), texts, sources=sources, vocabulary=vocabulary, keep_tokens=True
                )
                sentences = SentenceIndex(texts, tokens=matrix.tokens)
                articles, _ = fit_themes(matrix, n_themes=default_theme_count(n))
                build, _, _ = corpus_themes(matrix, texts, sources=sources, vocabulary=vocabulary)
                k = int(build["theme_id"].nunique())
                row = {
                    "articles": n, "draw": draw, "themes (articles)": default_theme_count(n),
                    "NPMI articles": mean_coherence(articles, sentences), "themes (build)": k,
                    "NPMI build": mean_coherence(build, sentences), "NPMI lda": mean_coherence(lda_themes(matrix, k), sentences),
                }  # fmt: skip
            rows.append(row)
            print(row, flush=True)
    table = pd.DataFrame(rows)
    print(table.to_string(index=False))
    print(table.drop(columns="draw").groupby("articles").mean().round(3).to_string())
    return 0


if __name__ == "__main__":
    sys.exit(main())
