"""TF-IDF a partition at a time: equal to the one-process build when the sample is the corpus."""

from __future__ import annotations

import dataclasses
import itertools
import pickle
from pathlib import Path

import numpy as np
import pytest
import scipy.sparse as sp
from repo_paths import SEEDS

from analysis.aggregate.term_reduction import (
    TermPlan,
    TypeCounts,
    add_pairs,
    count_types,
    document_frequency,
    finish_plan,
    pair_spellings,
    pair_totals,
    partition_counts,
    partition_counts_and_pairs,
    partition_matrix,
    plan_terms,
    sum_type_counts,
)
from analysis.aggregate.terms import DOC_TERM_COLUMNS, TermMatrix, build_term_matrix, doc_terms_table
from analysis.aggregate.vocabulary import TermVocabulary, term_vocabulary
from analysis.extract.gazetteer import load_gazetteer
from analysis.ingest.corpus import load_corpus

SAUDINEWSNET = Path("/work/shared/data/saudinewsnet")


class Corpus:
    def __init__(self, ids: list, texts: list[str], sources: list | None, vocabulary: TermVocabulary):
        self.ids, self.texts, self.sources, self.vocabulary = ids, texts, sources, vocabulary

    def part(self, bounds: tuple[int, int]) -> tuple[list, list[str], list | None]:
        a, b = bounds
        return self.ids[a:b], self.texts[a:b], None if self.sources is None else self.sources[a:b]


def _vocabulary(sources) -> TermVocabulary:
    return term_vocabulary(load_gazetteer(), sorted({s for s in sources if isinstance(s, str)}))


@pytest.fixture(scope="module")
def seeds() -> Corpus:
    documents = load_corpus(SEEDS).documents
    sources = documents["source"].tolist()  # "ترك برس" for 001, none for the others
    return Corpus(documents["doc_id"].tolist(), documents["text"].tolist(), sources, _vocabulary(sources))


FOOTER = "تابعونا عبر تطبيقنا الجديد للهواتف الذكية ومنصات البودكاست"  # words the seeds lack


@pytest.fixture(scope="module")
def footed() -> Corpus:
    """60 articles recombined from the seeds' paragraphs; the 40 of one source end with its footer,
    which its boilerplate (≥ 30 articles of a source, data/boilerplate.yaml) leaves out."""
    paragraphs = [
        line for text in load_corpus(SEEDS).documents["text"] for line in text.splitlines() if len(line.split()) >= 12
    ]
    n = len(paragraphs)
    texts, sources = [], []
    for i in range(60):
        body = f"{paragraphs[i % n]}\n{paragraphs[(7 * i + 3) % n]}"
        texts.append(f"{body}\n{FOOTER}" if i % 3 else body)
        sources.append("alweeam" if i % 3 else None)
    return Corpus([f"d{i}" for i in range(60)], texts, sources, _vocabulary(sources))


def _splits(n: int, n_parts: int, seed: int = 0) -> list[tuple[int, int]]:
    """``n_parts`` uneven consecutive parts of ``n`` articles (empty parts when n is small)."""
    if n_parts == 1:
        return [(0, n)]
    rng = np.random.default_rng(seed + n_parts)
    cuts = sorted(rng.choice(np.arange(1, n), size=n_parts - 1, replace=n <= n_parts).tolist())
    edges = [0, *cuts, n]
    return list(itertools.pairwise(edges))


def _partitioned(corpus: Corpus, splits, plan: TermPlan | None = None, *, keep_counts: bool = False):
    """The partition-wise build with the whole corpus as the sample: (finished plan, matrices)."""
    parts = [corpus.part(bounds) for bounds in splits]
    if plan is None:
        types = sum_type_counts(count_types(texts) for _, texts, _ in parts)
        plan = plan_terms(types, corpus.texts, corpus.sources, corpus.vocabulary, n_docs=len(corpus.texts))
    counts = [partition_counts(texts, sources, plan) for _, texts, sources in parts]
    df = sum((document_frequency(c) for c in counts), np.zeros(len(plan.terms), dtype=np.int64))
    finished = finish_plan(plan, df, len(corpus.texts))
    matrices = [
        partition_matrix(ids, texts, sources, finished, counts=c if keep_counts else None)
        for (ids, texts, sources), c in zip(parts, counts)
    ]
    return finished, matrices


def _exact_pairs(corpus: Corpus, splits, sample: list[int]):
    """The partition-wise build with the bigrams summed over every partition (the sample: the
    articles ``sample``, for the boilerplate and the names only): (finished plan, matrices)."""
    parts = [corpus.part(bounds) for bounds in splits]
    types = sum_type_counts(count_types(texts) for _, texts, _ in parts)
    plan = plan_terms(
        types,
        [corpus.texts[i] for i in sample],
        None if corpus.sources is None else [corpus.sources[i] for i in sample],
        corpus.vocabulary,
        n_docs=len(corpus.texts),
        sample_bigrams=False,
    )
    assert not len(plan.pairs)
    counted = [partition_counts_and_pairs(texts, sources, plan) for _, texts, sources in parts]
    df = sum((document_frequency(c) for c, _ in counted), np.zeros(len(plan.terms), dtype=np.int64))
    codes, totals, pair_df = pair_totals((p.codes, p.counts) for _, p in counted)
    kept = totals >= plan.min_bigram_count
    surfaces = pair_spellings(codes[kept], (p.spelled for _, p in counted))
    plan, df = add_pairs(plan, codes[kept], surfaces, df, pair_df[kept])
    finished = finish_plan(plan, df, len(corpus.texts))
    matrices = [
        partition_matrix(ids, (), None, finished, counts=c, pairs=p) for (ids, _, _), (c, p) in zip(parts, counted)
    ]
    return finished, matrices


@pytest.mark.parametrize("n_parts", [1, 3, 7])
def test_bigrams_summed_over_the_partitions_are_the_one_process_builds(seeds, footed, n_parts):
    """With the bigrams counted in every partition and summed, any sample's plan has the one-process
    build's bigram columns (keys, display forms, counts): exact when the sample is the corpus."""
    for corpus in (seeds, footed):
        full = build_term_matrix(corpus.ids, corpus.texts, sources=corpus.sources, vocabulary=corpus.vocabulary)
        n = len(corpus.texts)
        plan, matrices = _exact_pairs(corpus, _splits(n, n_parts), list(range(n)))
        _assert_equal(full, plan, matrices)
    # a sample of two articles: the bigram columns are still the whole corpus's, counted alike
    full = build_term_matrix(seeds.ids, seeds.texts, sources=seeds.sources, vocabulary=seeds.vocabulary)
    plan, matrices = _exact_pairs(seeds, _splits(5, n_parts), [0, 1])
    counts = sp.vstack([m.counts for m in matrices]).tocsr()
    bigram_columns = [j for j, k in enumerate(plan.keys[: len(plan.keys) - plan.n_phrases]) if " " in k]
    full_bigrams = [k for k in full.keys[: len(full.keys) - full.n_phrases] if " " in k]
    assert [plan.keys[j] for j in bigram_columns] == full_bigrams and len(full_bigrams) > 10
    assert [plan.terms[j] for j in bigram_columns] == full.terms[full.n_unigrams : full.n_unigrams + len(full_bigrams)]
    for j in bigram_columns:
        assert abs(counts[:, j] - full.counts[:, full.keys.index(plan.keys[j])]).max() == 0


def _assert_equal(full: TermMatrix, plan: TermPlan, matrices: list[TermMatrix]) -> None:
    assert plan.terms == full.terms
    assert plan.keys == full.keys
    assert plan.n_phrases == full.n_phrases
    counts = sp.vstack([m.counts for m in matrices]).tocsr()
    tfidf = sp.vstack([m.tfidf for m in matrices]).tocsr()
    assert counts.shape == full.counts.shape
    assert counts.dtype == np.float32
    assert abs(counts - full.counts).max() == 0
    assert abs(tfidf - full.tfidf).max() < 1e-6
    assert [d for m in matrices for d in m.doc_ids] == full.doc_ids


@pytest.mark.parametrize("n_parts", [1, 2, 7])
def test_partitions_equal_the_one_process_build_on_the_seeds(seeds, n_parts):
    full = build_term_matrix(seeds.ids, seeds.texts, sources=seeds.sources, vocabulary=seeds.vocabulary)
    assert full.n_phrases > 0  # the gazetteer's names are columns (روسيا, بشار الأسد ...)
    plan, matrices = _partitioned(seeds, _splits(len(seeds.texts), n_parts), keep_counts=n_parts == 7)
    _assert_equal(full, plan, matrices)


@pytest.mark.parametrize("n_parts", [1, 2, 7])
def test_partitions_equal_the_one_process_build_with_boilerplate(footed, n_parts):
    full = build_term_matrix(footed.ids, footed.texts, sources=footed.sources, vocabulary=footed.vocabulary)
    # the footer is boilerplate of its source: its words are no terms; without sources they are
    footer_keys = {"تطبيقنا", "هواتف", "بودكاست"}
    assert not footer_keys & set(full.keys)
    assert footer_keys <= set(build_term_matrix(footed.ids, footed.texts, vocabulary=footed.vocabulary).keys)
    plan, matrices = _partitioned(footed, _splits(len(footed.texts), n_parts))
    assert plan.boilerplate["alweeam"]
    _assert_equal(full, plan, matrices)


@pytest.fixture(scope="module")
def saudinewsnet() -> Corpus:
    if not SAUDINEWSNET.is_dir():
        pytest.skip(f"SaudiNewsNet data not present at {SAUDINEWSNET}")
    documents = load_corpus(SAUDINEWSNET / "2015-07-21.zip").documents.iloc[:2000]
    sources = documents["source"].tolist()
    return Corpus(documents["doc_id"].tolist(), documents["text"].tolist(), sources, _vocabulary(sources))


@pytest.fixture(scope="module")
def saudinewsnet_build(saudinewsnet):
    corpus = saudinewsnet
    full = build_term_matrix(corpus.ids, corpus.texts, sources=corpus.sources, vocabulary=corpus.vocabulary)
    types = count_types(corpus.texts)
    plan = plan_terms(types, corpus.texts, corpus.sources, corpus.vocabulary, n_docs=len(corpus.texts))
    return full, types, plan


@pytest.mark.parametrize("n_parts", [1, 2, 7])
def test_partitions_equal_the_one_process_build_on_saudinewsnet(saudinewsnet, saudinewsnet_build, n_parts):
    full, types, plan = saudinewsnet_build
    assert plan.boilerplate  # al-Weeam's "رابط الخبر ..." and others are learned
    splits = _splits(len(saudinewsnet.texts), n_parts)
    # the plan depends on the split only through the summed type counts, equal to the whole's
    summed = sum_type_counts(count_types(saudinewsnet.part(bounds)[1]) for bounds in splits)
    assert summed.types == types.types
    assert np.array_equal(summed.counts, types.counts)
    finished, matrices = _partitioned(saudinewsnet, splits, plan, keep_counts=n_parts == 2)
    _assert_equal(full, finished, matrices)


@pytest.mark.parametrize("n_parts", [2, 3, 7])
def test_summed_type_counts_are_those_of_all_texts(seeds, n_parts):
    whole = count_types(seeds.texts)
    parts = [count_types(seeds.part(bounds)[1]) for bounds in _splits(len(seeds.texts), n_parts, seed=5)]
    summed = sum_type_counts(parts)
    assert summed.types == whole.types
    assert summed.counts.dtype == np.int64
    assert np.array_equal(summed.counts, whole.counts)
    assert sum(len(p.types) for p in parts) > len(whole.types)  # the parts share types: they were merged
    empty = sum_type_counts([])
    assert empty.types == [] and len(empty.counts) == 0


def test_an_article_outside_the_sample_keeps_its_words(seeds):
    """Unigram keys come from the corpus-wide type counts: a word no sampled article has is still
    a term, counted in its article; bigrams are those the sample has often enough."""
    full = build_term_matrix(seeds.ids, seeds.texts, sources=seeds.sources, vocabulary=seeds.vocabulary)
    sample = [0, 1]
    plan = plan_terms(
        count_types(seeds.texts),
        [seeds.texts[i] for i in sample],
        [seeds.sources[i] for i in sample],
        seeds.vocabulary,
        n_docs=len(seeds.texts),
    )
    parts = [seeds.part(bounds) for bounds in [(0, 2), (2, 5)]]
    df = sum(document_frequency(partition_counts(texts, sources, plan)) for _, texts, sources in parts)
    finished = finish_plan(plan, df, len(seeds.texts))
    matrices = [partition_matrix(ids, texts, sources, finished) for ids, texts, sources in parts]
    counts = sp.vstack([m.counts for m in matrices]).tocsr()
    assert all(m.terms == finished.terms for m in matrices)

    # الغارات is a word of 003 only ("استئناف الغارات على إدلب"), no sampled article has it: it is
    # still a term, counted in 003
    key = "غارات"
    column = finished.keys.index(key)
    assert counts[3, column] == full.counts[3, full.keys.index(key)] > 0
    assert counts[:2, column].nnz == 0
    # every word column of the exact build is planned, with the same counts (no boilerplate here)
    n_words = full.n_unigrams
    assert finished.keys[:n_words] == full.keys[:n_words]
    assert abs(counts[:, :n_words] - full.counts[:, :n_words]).max() == 0
    # the kept bigrams are those the sample has twice (this corpus is small: min_bigram_count 2),
    # counted in every article as the exact build counts them
    bigram_columns = [j for j, k in enumerate(finished.keys[: len(finished.keys) - finished.n_phrases]) if " " in k]
    assert 0 < len(bigram_columns) < len(full.keys) - full.n_phrases - n_words
    for j in bigram_columns:
        exact = full.keys.index(finished.keys[j])
        assert abs(counts[:, j] - full.counts[:, exact]).max() == 0
    # doc_terms_table works per partition
    table = doc_terms_table(matrices[1])
    assert set(table["doc_id"]) == set(seeds.ids[2:])


def test_the_plan_travels(seeds):
    """Pickled (as a worker receives it), the plan gives the same matrices."""
    plan, matrices = _partitioned(seeds, [(0, 5)])
    copy = pickle.loads(pickle.dumps(plan))
    again = partition_matrix(seeds.ids, seeds.texts, seeds.sources, copy)
    assert abs(again.tfidf - matrices[0].tfidf).max() == 0
    assert again.terms == matrices[0].terms


@pytest.mark.parametrize(
    "texts",
    [
        [],  # an empty partition
        ["", "", ""],  # empty texts
        ["...", "!!! ؟؟", "« » ، ؛"],  # a partition with no word: punctuation only
        ["في من على", "و"],  # stop words and one-letter words only
    ],
)
def test_a_partition_without_terms_is_rows_of_zeros(seeds, texts):
    plan, _ = _partitioned(seeds, [(0, 5)])
    ids = [f"x{i}" for i in range(len(texts))]
    sources = ["ترك برس"] * len(texts)
    counts = partition_counts(texts, sources, plan)
    assert counts.shape == (len(texts), len(plan.terms))
    assert counts.nnz == 0
    matrix = partition_matrix(ids, texts, sources, plan)
    assert matrix.tfidf.shape == (len(texts), len(plan.terms))
    assert matrix.tfidf.nnz == 0
    assert list(doc_terms_table(matrix).columns) == DOC_TERM_COLUMNS
    assert doc_terms_table(matrix).empty


def test_a_punctuation_article_among_others_is_a_row_of_zeros(seeds):
    plan, _ = _partitioned(seeds, [(0, 5)])
    texts = [seeds.texts[0], "... !!!", "", seeds.texts[3]]
    matrix = partition_matrix(list("abcd"), texts, None, plan)
    assert matrix.counts.shape == (4, len(plan.terms))
    assert np.diff(matrix.counts.indptr).tolist()[1:3] == [0, 0]
    assert matrix.counts[0].nnz > 0 and matrix.counts[3].nnz > 0
    norms = np.sqrt(np.asarray(matrix.tfidf.multiply(matrix.tfidf).sum(axis=1)).ravel())
    assert np.allclose(norms[[0, 3]], 1.0) and norms[1] == norms[2] == 0


def test_a_corpus_without_terms_plans_no_column():
    texts = ["", "...", "في"]
    types = sum_type_counts(count_types([t]) for t in texts)
    plan = plan_terms(types, texts, None, TermVocabulary(), n_docs=3)
    finished = finish_plan(plan, document_frequency(partition_counts(texts, None, plan)), 3)
    matrix = partition_matrix([1, 2, 3], texts, None, finished)
    assert matrix.terms == [] and matrix.counts.shape == (3, 0) and matrix.tfidf.shape == (3, 0)
    # the one-process build agrees
    assert build_term_matrix([1, 2, 3], texts).counts.shape == (3, 0)
    empty = plan_terms(TypeCounts([], np.zeros(0, dtype=np.int64)), [], None, TermVocabulary(), n_docs=0)
    assert empty.terms == []


def test_misuse_is_refused(seeds):
    types = count_types(seeds.texts)
    plan = plan_terms(types, seeds.texts, seeds.sources, seeds.vocabulary, n_docs=5)
    with pytest.raises(ValueError, match="finished plan"):
        partition_matrix(seeds.ids, seeds.texts, seeds.sources, plan)
    with pytest.raises(ValueError, match="document frequencies"):
        finish_plan(plan, np.ones(3), 5)
    finished = finish_plan(plan, document_frequency(partition_counts(seeds.texts, seeds.sources, plan)), 5)
    with pytest.raises(ValueError, match="finished already"):
        finish_plan(finished, np.ones(len(finished.terms)), 5)
    with pytest.raises(ValueError, match="counts of shape"):
        partition_matrix(seeds.ids, seeds.texts, seeds.sources, finished, counts=sp.csr_matrix((5, 3)))


def test_bigrams_summed_over_partitions_on_saudinewsnet(saudinewsnet, saudinewsnet_build):
    """2,000 articles in 4 partitions: the one-process build's columns, counts and TF-IDF. A bigram's
    display form is its most frequent spelling; of equally frequent ones the one-process build shows
    the pair of token types the corpus met first, the partitions the one their partition met first:
    54 of 13,642 bigrams are shown otherwise (رسم السياسات for رسم سياسات), none of them a column less."""
    full, _, _ = saudinewsnet_build
    corpus = saudinewsnet
    plan, matrices = _exact_pairs(corpus, _splits(len(corpus.texts), 4), list(range(len(corpus.texts))))
    assert plan.keys == full.keys
    shown_otherwise = sum(a != b for a, b in zip(plan.terms, full.terms))
    n_bigrams = len(full.keys) - full.n_phrases - full.n_unigrams
    assert n_bigrams > 10_000 and shown_otherwise < 0.01 * n_bigrams
    _assert_equal(dataclasses.replace(full, terms=plan.terms), plan, matrices)
