"""Measure the themes against baselines in one run: coherence, junk terms, boilerplate themes, nameable themes.

    .venv/bin/python dev/score_themes.py --corpus ../shared/data/saudinewsnet --name saudinewsnet
    .venv/bin/python dev/score_themes.py --corpus seeds --name seeds

Four models on the same corpus, each with the build's number of themes:

* ``nmf_before``: NMF on the TF-IDF terms as they were before issue 15 (no boilerplate, no
  exclusions, no entity phrases: ``build_term_matrix(..., vocabulary=TermVocabulary())``), its
  themes' terms ranked by NMF weight alone (``distinctiveness=0``);
* ``nmf_ranked`` (on request): the same terms, ranked as the build ranks them now (NMF weight ×
  √share), to tell the ranking's part from the cleaning's;
* ``lda_before``: scikit-learn's LDA on the same (raw) counts;
* ``nmf_after``: NMF as the build runs it now (boilerplate learned per source, excluded words and
  names, the gazetteer's multi-word names as terms);
* ``lda_after``: LDA on the same counts as ``nmf_after`` (the articles');
* ``lda_passages`` (on request, for corpora the build fits on passages): LDA on the passages' counts
  ``nmf_after`` factorised there (:func:`analysis.aggregate.themes.split_passages`).

LDA sees the columns NMF factorises (:func:`analysis.aggregate.themes._feature_mask`), is fitted
online on the same sample of articles as NMF on large corpora, and its themes' terms are the
highest of ``components_``.

Figures per model:

* **NPMI**: mean over themes of the mean normalised PMI of the pairs of a theme's top 10 terms,
  counted over the corpus's own sentences (a sentence ends at . ! ? ؟ or a line break). Each term
  is matched as its sequence of light stems (``لوحدات حماية الشعب`` counts for ``وحدات حماية
  الشعب``), the same reference for every model; a pair that never shares a sentence scores −1.
* **junk/theme**: terms of a theme's top 12 that ``dev/themes/junk_terms.tsv`` lists (a judgement
  file: term, category); ``boilerplate themes``: themes with 3 or more terms of the categories
  ``boilerplate`` or ``outlet`` in their top 12.
* **nameable**: the share of themes named in ``dev/themes/named.tsv`` (corpus, model, the theme's
  first five terms, the name a reader gives it, or ``-`` when none can be given; see
  ``dev/themes/README.md`` for how it was judged). Themes not yet judged are listed with
  ``--unjudged``.

``--themes``: the number of themes of every model: ``default`` (√(n/2), at most 30, the build's
count before the number was chosen from the data), ``data`` (the count the build chooses now,
:func:`analysis.aggregate.themes.choose_theme_count` on the ``after`` terms: its table and time are
printed), ``build`` (``nmf_after`` exactly as the build fits it, :func:`analysis.aggregate.themes.corpus_themes`:
a small corpus on its passages, the count chosen; the other models get as many themes) or a number.
With a given number, ``nmf_after`` is still the build's fit (on passages under 200 articles) with that
number of themes.

``--dump DIR`` writes each model's themes (theme, NPMI, junk terms, name, top terms) for reading.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.decomposition import LatentDirichletAllocation
from threadpoolctl import threadpool_limits

from analysis.aggregate.coherence import SentenceIndex
from analysis.aggregate.terms import TermMatrix, _normal_word, build_term_matrix
from analysis.aggregate.themes import (
    _feature_mask,
    choose_theme_count,
    corpus_themes,
    default_theme_count,
    fit_themes,
    split_passages,
    theme_settings,
)
from analysis.aggregate.vocabulary import TermVocabulary, term_vocabulary
from analysis.extract.gazetteer import load_gazetteer
from analysis.ingest.corpus import load_corpus

HERE = Path(__file__).resolve().parent / "themes"


def lda_themes(matrix: TermMatrix, k: int, *, fit_sample: int = 5000, top_n: int = 12) -> pd.DataFrame:
    """LDA's themes on the counts NMF factorises (same columns, same sample)."""
    columns = np.flatnonzero(_feature_mask(matrix, 20000))
    x = matrix.counts[:, columns]
    n_docs = x.shape[0]
    if n_docs > fit_sample:
        x = x[np.sort(np.random.default_rng(0).choice(n_docs, fit_sample, replace=False))]
    model = LatentDirichletAllocation(
        n_components=k, learning_method="online", max_iter=10, random_state=0, batch_size=256
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model.fit(x)
    rows = []
    for t, weights in enumerate(model.components_, start=1):
        for rank, j in enumerate(np.argsort(-weights, kind="stable")[:top_n], start=1):
            rows.append((t, rank, matrix.terms[columns[j]], float(weights[j])))
    return pd.DataFrame(rows, columns=["theme_id", "rank", "term", "weight"])


def read_junk(path: Path) -> dict[str, str]:
    junk = {}
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            term, category = line.split("\t")[:2]
            junk[_key(term)] = category.strip()
    return junk


def read_named(path: Path) -> dict[tuple[str, str, str], str]:
    named = {}
    if path.exists():
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"):
                named[(row["corpus"], row["model"], _signature(row["terms"].split(" | ")))] = row["name"]
    return named


def _key(term: str) -> str:
    return " ".join(_normal_word(w) for w in term.split())


def _signature(terms: list[str]) -> str:
    return " | ".join(terms[:5])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--name", required=True, help="the corpus's name in named.tsv")
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--unjudged", action="store_true", help="print themes named.tsv does not judge")
    parser.add_argument("--models", default="nmf_before,lda_before,nmf_after,lda_after")
    parser.add_argument("--themes", default="default", help="default, data, build, or a number of themes")
    args = parser.parse_args()

    corpus = load_corpus(args.corpus)
    docs = corpus.documents.reset_index(drop=True)
    ids, texts = docs["doc_id"].tolist(), docs["text"].tolist()
    sources = docs["source"].tolist() if "source" in docs else None
    k = default_theme_count(len(docs)) if args.themes in ("default", "data", "build") else int(args.themes)
    print(f"{args.name}: {len(docs)} articles, {k} themes ({args.themes})")

    started = time.perf_counter()
    index = SentenceIndex(texts)
    print(f"sentence index: {index.n_sentences} sentences ({time.perf_counter() - started:.1f} s)")
    junk = read_junk(HERE / "junk_terms.tsv")
    named = read_named(HERE / "named.tsv")

    models = args.models.split(",")
    if args.themes == "data":  # the count is chosen on the after terms: fit those models first
        models.sort(key=lambda m: not m.endswith("_after"))
    if args.themes == "build":  # the build's own themes first; the others get as many
        models.sort(key=lambda m: m != "nmf_after")
    matrices: dict[str, TermMatrix] = {}
    results = []
    for model in models:
        stage = "before" if model == "nmf_ranked" else model.split("_")[1]
        if stage not in matrices:
            t0 = time.perf_counter()
            if stage == "before":
                matrices[stage] = build_term_matrix(ids, texts, vocabulary=TermVocabulary())
            elif stage == "passages":
                vocabulary = term_vocabulary(load_gazetteer(), sources or ())
                settings = theme_settings()
                passages = split_passages(texts, settings.passage_words)
                passage_sources = None if sources is None else [sources[i] for i in passages.article]
                matrices[stage] = build_term_matrix(
                    list(range(len(passages.texts))), passages.texts, sources=passage_sources, vocabulary=vocabulary
                )
            else:
                vocabulary = term_vocabulary(load_gazetteer(), sources or ())
                matrices[stage] = build_term_matrix(ids, texts, sources=sources, vocabulary=vocabulary)
            print(f"terms {stage}: {time.perf_counter() - t0:.1f} s, {len(matrices[stage].terms)} terms")
            if args.themes == "data" and stage == "after":
                t0, c0 = time.perf_counter(), time.process_time()
                with threadpool_limits(limits=1):
                    counts = choose_theme_count(matrices[stage], sentences=index)
                print(counts.to_string(index=False))
                print(f"count chosen in {time.perf_counter() - t0:.1f} s ({time.process_time() - c0:.1f} s CPU)")
                if counts["chosen"].any():
                    k = int(counts.loc[counts["chosen"], "n_themes"].iloc[0])
        t0 = time.perf_counter()
        with threadpool_limits(limits=1):
            if model == "nmf_before":  # today's NMF: terms ranked by their NMF weight alone
                themes, _ = fit_themes(matrices[stage], n_themes=k, distinctiveness=0.0)
            elif model == "nmf_after":  # the build's themes (on passages of a small corpus)
                themes, _, _ = corpus_themes(
                    matrices[stage], texts, sources=sources, vocabulary=vocabulary,
                    n_themes=None if args.themes == "build" else k,
                )  # fmt: skip
                if args.themes == "build":
                    k = int(themes["theme_id"].nunique())
                    print(f"the build's themes: {k}")
            elif model.startswith("nmf"):
                themes, _ = fit_themes(matrices[stage], n_themes=k)
            else:
                themes = lda_themes(matrices[stage], k)
        fit_seconds = time.perf_counter() - t0
        coherence, junk_counts, boiler, nameable, judged = [], [], 0, 0, 0
        per_theme = []
        for theme_id, rows in themes.groupby("theme_id"):
            terms = rows.sort_values("rank")["term"].tolist()
            coherence.append(index.npmi(terms[:10]))
            categories = [junk.get(_key(t)) for t in terms[:12]]
            junk_counts.append(sum(c is not None for c in categories))
            boiler += sum(c in ("boilerplate", "outlet") for c in categories) >= 3
            name = named.get((args.name, model, _signature(terms)))
            per_theme.append((theme_id, round(coherence[-1], 3), junk_counts[-1], name or "", " | ".join(terms)))
            if name is None:
                if args.unjudged:
                    print(f"  unjudged\t{args.name}\t{model}\t{' | '.join(terms)}")
            else:
                judged += 1
                nameable += name.strip() not in ("", "-")
        if args.dump:
            args.dump.mkdir(parents=True, exist_ok=True)
            columns = ["theme_id", "npmi", "junk", "name", "terms"]
            out = args.dump / f"{args.name}_{model}.tsv"
            pd.DataFrame(per_theme, columns=columns).to_csv(out, sep="\t", index=False)
        results.append(
            {
                "model": model,
                "themes": len(coherence),
                "npmi": round(float(np.mean(coherence)), 4),
                "npmi_min": round(float(np.min(coherence)), 3),
                "junk_per_theme": round(float(np.mean(junk_counts)), 2),
                "boilerplate_themes": boiler,
                "nameable": f"{nameable}/{judged}" if judged else "not judged",
                "fit_s": round(fit_seconds, 1),
            }
        )
    print(pd.DataFrame(results).to_string(index=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
