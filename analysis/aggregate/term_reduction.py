"""TF-IDF a partition at a time: a document-frequency reduction, then per-partition transforms.

:func:`analysis.aggregate.terms.build_term_matrix` reads the whole corpus in one process. At a
million articles no process can hold every text and the whole matrix, so the same terms are
built in four steps, each over partitions of a few hundred articles that never leave their worker
(only small, additive summaries travel):

1. :func:`count_types` per partition, summed with :func:`sum_type_counts`: every token type of the
   corpus and its count. Stemming needs these corpus-wide counts (a proclitic is stripped when the
   corpus attests the rest of the word, :func:`analysis.aggregate.terms.strip_proclitics`).
2. :func:`plan_terms` on the driver: the stems of every word of the corpus (so every word of every
   article has its unigram term, the same as in the one-process build), their display forms, and
   what is learned on a *sample* of the articles: each source's boilerplate, the bigrams kept
   (those the sample has at least ``min_bigram_count`` times) and their display forms, and which
   multi-word names are columns. The :class:`TermPlan` holds no text and no matrix; it is sent to
   every worker.
3. :func:`partition_counts` per partition, reduced by :func:`document_frequency` (additive), then
   :func:`finish_plan`: the columns no article has are dropped and the idf is set
   (``ln((1 + n) / (1 + df)) + 1``, as ``TfidfTransformer(smooth_idf=True)``).
4. :func:`partition_matrix` per partition: counts and TF-IDF rows (sublinear tf, l2 rows) in the
   finished plan's columns, a :class:`~analysis.aggregate.terms.TermMatrix` of its own
   (``doc_terms_table`` works on it). A worker that kept its partition's counts from step 3 passes
   them (``counts=``) and the texts are not tokenised again.

Exact when the sample is the whole corpus: stacking the partitions' matrices, in any split, gives
:func:`build_term_matrix`'s: same terms, keys and column order, same counts, same TF-IDF (the largest
difference 0.0 on the seeds and on 2,000 SaudiNewsNet articles, in 1, 2 and 7 uneven partitions);
both run the same code (:mod:`analysis.aggregate.terms`).

With a sample smaller than the corpus it is an approximation, in three places only:

- boilerplate is what the sample's articles of a source share (a source with fewer than
  ``min_source_articles`` articles in the sample has none, ``data/boilerplate.yaml``);
- a bigram is kept when the *sample* has it ``min_bigram_count`` times (the threshold chosen from
  the corpus's size, as the one-process build chooses it), so rarer bigrams of the corpus are no
  terms, and a kept bigram is shown in the sample's most frequent spelling;
- a name's column is keyed and shown by the alias the sample uses most; a name the sample lacks gets
  a column too (its first alias whose words the corpus has), kept if some article has it.

Unigrams are never approximated: their keys, stems and display forms come from the corpus-wide type
counts, so every word of every article is counted as the one-process build counts it (only a
boilerplate difference can change a unigram's count). Measured on SaudiNewsNet (29,904 articles,
its sources, the gazetteer's vocabulary, partitions of 500), a random 5,000-article sample against
the exact build: the top-15 terms of an article (``doc_terms_table``, compared by key) overlap the
exact build's by a mean Jaccard of 0.556 (median 0.579; 0.658 for the sampled articles, 0.536 for
the others). The loss is the bigrams: the sample keeps 27,296 of the exact build's 197,269 (those the
corpus has 3 times or more), and rare bigrams weigh heavily in TF-IDF; of an article's exact top 15,
4.8 are terms the plan lacks. Word columns: 132,820 in both; name columns 1,305 and 1,304.

Memory: the plan holds every normalised word of the corpus with its stem (a dict), the stems, the
kept bigrams and the names' match forms; pickled, 11.0 MB at 29,904 articles (247,639 words,
133,047 stems), most of it the words (4.8 MB) and the columns' keys and display forms. The type
counts of step 1 are 7.2 MB (303,614 types). Both grow with the corpus's vocabulary, not with its
number of articles: by Heaps' law, measured here as vocabulary ∝ tokens^0.43 (140,683 words at 8,000
articles, 252,608 at 29,904), so about 4.5 times as large at a million articles (some 50 MB for the
plan); the bigrams, learned on a sample of fixed size, do not grow.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
import scipy.sparse as sp

from analysis.aggregate.terms import (
    _DROPPED_KEY,
    TermMatrix,
    _assemble,
    _count_slices,
    _document_frequency,
    _drop_columns,
    _drop_left_out,
    _keys_and_phrases,
    _learn,
    _min_bigram_count,
    _most_frequent_surface,
    _phrase_forms,
    _rules,
    _select_columns,
    _shingle_words,
    _smooth_idf,
    _source_codes,
    _stem_types,
    _Stemmed,
    _stems_by_lookup,
    _tfidf,
    _token_codes,
)
from analysis.aggregate.vocabulary import TermVocabulary
from analysis.text.normalize import strip_diacritics, strip_tatweel


@dataclass(frozen=True)
class TypeCounts:
    """An additive summary of some texts' tokens: the token types in order of first occurrence
    (as :func:`analysis.aggregate.terms._token_codes` reads them), and how often each occurs."""

    types: list[str]
    counts: np.ndarray


def count_types(texts: Sequence[str]) -> TypeCounts:
    """The token types of ``texts`` and their counts."""
    codes, types, _ = _token_codes(texts)
    return TypeCounts(types, np.bincount(codes, minlength=len(types)).astype(np.int64))


def sum_type_counts(parts: Iterable[TypeCounts]) -> TypeCounts:
    """The type counts of the parts' texts taken together, in order: types in order of first
    occurrence across the parts, as :func:`count_types` of all their texts gives them."""
    types: list[str] = []
    counts: list[np.ndarray] = []
    for part in parts:
        types.extend(part.types)
        counts.append(np.asarray(part.counts, dtype=np.int64))
    if not types:
        return TypeCounts([], np.zeros(0, dtype=np.int64))
    codes, unique = pd.factorize(np.asarray(types, dtype=object), sort=False)
    total = np.zeros(len(unique), dtype=np.int64)
    np.add.at(total, codes, np.concatenate(counts))
    return TypeCounts(list(unique), total)


@dataclass(frozen=True)
class TermPlan:
    """The corpus's terms, small enough to send to every worker (no text, no matrix).

    ``terms`` (display forms), ``keys`` and ``n_phrases`` are the columns, as in
    :class:`~analysis.aggregate.terms.TermMatrix`: word stems, then kept bigrams, then the
    ``n_phrases`` multi-word names. ``idf`` is set (and the columns no article has are dropped)
    by :func:`finish_plan`. The other fields say how a partition's tokens become columns.
    """

    terms: list[str]
    keys: list[str]
    n_phrases: int
    idf: np.ndarray | None
    #: Every word stem of the corpus, by key id (the first columns before finishing).
    stems: list[str]
    #: Normalised word → key id in ``stems``, for every word of the corpus that is a term.
    word_stems: dict[str, int]
    #: Key ids that are never terms (the vocabulary's excluded words).
    excluded: np.ndarray
    #: Source → key ids of its own name, left out of its articles.
    own: dict[str, np.ndarray]
    #: Multi-word phrases (the match forms of their words) and the token key of each: a name's
    #: column (``len(stems) + j``) or dropped (an excluded phrase).
    phrase_forms: list[tuple[str, ...]]
    phrase_columns: np.ndarray
    #: Kept bigrams as sorted codes ``left * len(stems) + right``.
    pairs: np.ndarray
    #: Source → its boilerplate shingles (normalised words), learned on the sample.
    boilerplate: dict[str, list[tuple[str, ...]]]
    bigrams: bool = True
    #: After :func:`finish_plan`: which of the planned columns are kept, and the corpus's size.
    kept: np.ndarray | None = None
    n_docs: int | None = None

    @property
    def n_planned(self) -> int:
        """The number of columns before :func:`finish_plan` dropped those no article has."""
        return len(self.kept) if self.kept is not None else len(self.terms)

    def _key_of_words(self, words: list[str]) -> tuple[np.ndarray, None]:
        get = self.word_stems.get
        return np.fromiter((get(w, _DROPPED_KEY) for w in words), dtype=np.int32, count=len(words)), None


def plan_terms(
    types: TypeCounts,
    sample_texts: Sequence[str],
    sample_sources: Sequence | None,
    vocabulary: TermVocabulary,
    *,
    n_docs: int,
    bigrams: bool = True,
    min_bigram_count: int | None = None,
) -> TermPlan:
    """The plan of the corpus's columns: stems from the corpus-wide ``types``; boilerplate, kept
    bigrams (and their display forms) and the names' columns learned on the sample.

    ``n_docs``: the corpus's size, from which ``min_bigram_count`` is chosen as
    :func:`~analysis.aggregate.terms.build_term_matrix` chooses it.
    """
    stemmed = _stem_types(types.types, types.counts)
    n_keys = len(stemmed.keys)
    rules = _rules(vocabulary, stemmed)
    codes, sample_types, doc_of_token = _token_codes(sample_texts)
    sample = _stems_by_lookup(sample_types, stemmed.keys, _corpus_lookup(stemmed), stemmed.support)
    source_codes = _source_codes(sample_sources, len(sample_texts))
    learned = _learn(
        codes,
        doc_of_token,
        sample,
        source_codes,
        rules,
        bigrams=bigrams,
        min_bigram_count=_min_bigram_count(min_bigram_count, n_docs),
    )
    phrase_keys, phrase_surfaces, phrase_forms, phrase_columns = _plan_phrases(learned, vocabulary, stemmed)
    boilerplate = {}
    if learned.boilerplate is not None:
        word_ids = sample.word_of_type[codes]
        boilerplate = _shingle_words(learned.boilerplate, word_ids, list(sample.word_index), source_codes[1])
    kept_words = np.flatnonzero(stemmed.key_of_word >= 0).tolist()
    words = list(stemmed.word_index)
    surfaces = _most_frequent_surface(stemmed.key_of_type, types.counts, stemmed.displays, n_keys)
    return TermPlan(
        terms=[*surfaces, *learned.pairs.surfaces, *phrase_surfaces],
        keys=[*stemmed.keys, *learned.pairs.keys, *phrase_keys],
        n_phrases=len(phrase_keys),
        idf=None,
        stems=stemmed.keys,
        word_stems=dict(zip([words[j] for j in kept_words], stemmed.key_of_word[kept_words].tolist())),
        excluded=rules.excluded,
        own=rules.own,
        phrase_forms=phrase_forms,
        phrase_columns=phrase_columns,
        pairs=learned.pairs.codes,
        boilerplate=boilerplate,
        bigrams=bigrams,
    )


def _corpus_lookup(stemmed: _Stemmed):
    """Key ids and articles of a sample's words, from the corpus's stemming of them."""

    def lookup(words: list[str]) -> tuple[np.ndarray, np.ndarray]:
        get = stemmed.word_index.get
        index = np.fromiter((get(w, -1) for w in words), dtype=np.int64, count=len(words))
        known = index >= 0
        keys = np.full(len(words), _DROPPED_KEY, dtype=np.int32)
        keys[known] = stemmed.key_of_word[index[known]]
        articles = np.zeros(len(words), dtype=bool)
        articles[known] = stemmed.article_of_word[index[known]]
        return keys, articles

    return lookup


def _plan_phrases(learned, vocabulary: TermVocabulary, stemmed: _Stemmed):
    """The names' columns: those the sample found, then one per entity the sample lacks but whose
    alias the corpus's words can spell (dropped by :func:`finish_plan` if no article has it).
    Returns their keys and display forms, and each distinct phrase (match forms) with its token key;
    of aliases that read alike, the one the sample matched decides."""
    n_keys, n_named = len(stemmed.keys), len(vocabulary.phrases)
    texts = (*vocabulary.phrases, *vocabulary.excluded_phrases)
    owners = list(vocabulary.phrase_entities) or list(vocabulary.phrases)
    columns = learned.phrases.columns.copy()
    keys, surfaces = list(learned.phrases.keys), list(learned.phrases.surfaces)
    column_of_owner = {owners[p]: int(columns[p]) for p in range(n_named) if columns[p] >= 0}
    forms = [_phrase_forms(text, stemmed) for text in texts]
    for p in range(n_named):
        spelled = forms[p]
        if spelled is None:
            continue
        owner = owners[p]
        if owner not in column_of_owner:
            column_of_owner[owner] = n_keys + len(keys)
            keys.append(" ".join(spelled))
            surfaces.append(strip_tatweel(strip_diacritics(texts[p])))
        columns[p] = column_of_owner[owner]
    table: dict[tuple[str, ...], int] = {}
    for p in learned.matched.tolist():
        if forms[p] is not None:
            table[forms[p]] = int(columns[p])
    for p, spelled in enumerate(forms):
        if spelled is not None:
            table.setdefault(spelled, int(columns[p]))
    return keys, surfaces, list(table), np.fromiter(table.values(), dtype=np.int32, count=len(table))


def _planned_counts(texts: Sequence[str], sources: Sequence | None, plan: TermPlan) -> sp.csr_matrix:
    """A partition's counts in the plan's columns before :func:`finish_plan` dropped any."""
    n_docs, n_stems, n_pairs = len(texts), len(plan.stems), len(plan.pairs)
    n_phrases = plan.n_planned - n_stems - n_pairs
    codes, types, doc_of_token = _token_codes(texts)
    if not len(codes):
        return sp.csr_matrix((n_docs, plan.n_planned), dtype=np.float32)
    stemmed = _stems_by_lookup(types, plan.stems, plan._key_of_words)
    match_index = {w: i for i, w in enumerate(stemmed.match_words)}
    phrase_ids = [np.array([match_index.get(f, -1) for f in forms]) for forms in plan.phrase_forms]
    token_keys, matches = _keys_and_phrases(codes, stemmed, plan.excluded, phrase_ids)
    source_codes = _source_codes(sources, n_docs)
    n_columns = n_stems + n_phrases
    _drop_left_out(
        token_keys,
        codes,
        doc_of_token,
        stemmed,
        source_codes,
        matches,
        plan.phrase_columns,
        n_columns,
        plan.own,
        plan.boilerplate,
    )
    bigrams = plan.bigrams and n_pairs > 0
    counted = _count_slices(token_keys, codes, doc_of_token, n_stems, n_columns, len(types), bigrams, raw_pairs=False)
    pair_codes = counted["bigrams"][1]
    position = np.clip(np.searchsorted(plan.pairs, pair_codes), 0, max(n_pairs - 1, 0))
    pair_columns = np.where(plan.pairs[position] == pair_codes, position, -1) if n_pairs else None
    return _assemble(n_docs, counted, n_stems, n_phrases, pair_columns, n_pairs)


def partition_counts(texts: Sequence[str], sources: Sequence | None, plan: TermPlan) -> sp.csr_matrix:
    """Term counts (float32) of a partition's texts, one row per text, in ``plan.terms``' columns."""
    counts = _planned_counts(texts, sources, plan)
    if plan.kept is not None:
        counts = _select_columns(counts, plan.kept)
    return counts


def document_frequency(counts: sp.spmatrix) -> np.ndarray:
    """In how many rows each column occurs: additive across partitions."""
    return _document_frequency(counts)


def finish_plan(plan: TermPlan, df: np.ndarray, n_docs: int) -> TermPlan:
    """The plan without the columns no article has (``df == 0``), with the idf of ``TfidfTransformer
    (smooth_idf=True)`` over ``n_docs`` articles. ``df``: the summed :func:`document_frequency`
    of :func:`partition_counts` of the unfinished plan."""
    if plan.kept is not None:
        raise ValueError("finish_plan: the plan is finished already")
    df = np.asarray(df)
    if df.shape != (len(plan.terms),):
        raise ValueError(f"finish_plan: {len(df)} document frequencies for {len(plan.terms)} columns")
    keep = df > 0
    terms, keys, n_phrases = _drop_columns(plan.terms, plan.keys, plan.n_phrases, keep)
    return dataclasses.replace(
        plan, terms=terms, keys=keys, n_phrases=n_phrases, idf=_smooth_idf(df[keep], n_docs), kept=keep, n_docs=n_docs
    )


def partition_matrix(
    doc_ids: list,
    texts: Sequence[str],
    sources: Sequence | None,
    plan: TermPlan,
    *,
    counts: sp.csr_matrix | None = None,
) -> TermMatrix:
    """A partition's counts and TF-IDF rows (sublinear tf × ``plan.idf``, l2 rows) in the finished
    plan's columns.

    ``counts``: the partition's :func:`partition_counts` with the plan before it was finished, if
    the worker kept them from the document-frequency pass; then the texts are not read again.
    """
    if plan.idf is None or plan.kept is None:
        raise ValueError("partition_matrix needs a finished plan (finish_plan)")
    if counts is None:
        counts = partition_counts(texts, sources, plan)
    elif counts.shape == (len(doc_ids), plan.n_planned):
        counts = _select_columns(sp.csr_matrix(counts, dtype=np.float32), plan.kept)
    else:
        raise ValueError(
            f"partition_matrix: counts of shape {counts.shape}, expected ({len(doc_ids)}, {plan.n_planned})"
        )
    return TermMatrix(list(doc_ids), plan.terms, plan.keys, counts, _tfidf(counts, plan.idf), plan.n_phrases)
