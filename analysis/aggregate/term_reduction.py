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

**Exact bigrams.** A plan made with ``plan_terms(..., sample_bigrams=False)`` has no bigram column;
each partition's :func:`partition_counts_and_pairs` gives its counts and every bigram of its articles
(a row per article and bigram, and the bigrams' spellings); :func:`pair_totals` and
:func:`pair_spellings` sum them over the partitions (any subset of the codes at a time, so the sums
can be split into buckets), :func:`add_pairs` puts the bigrams the corpus has ``min_bigram_count``
times in the plan, and :func:`partition_matrix` (``counts=``, ``pairs=``) gives each partition's
rows. The bigram columns are then the one-process build's whatever the sample (keys, counts,
TF-IDF; on 2,000 SaudiNewsNet articles in 4 partitions, 54 of 13,642 bigrams are shown in another
spelling of the same frequency), and the sample is left the boilerplate and the names.

Exact when the sample is the whole corpus: stacking the partitions' matrices, in any split, gives
:func:`build_term_matrix`'s: same terms, keys and column order, same counts, same TF-IDF (the largest
difference 0.0 on the seeds and on 2,000 SaudiNewsNet articles, in 1, 2 and 7 uneven partitions);
both run the same code (:mod:`analysis.aggregate.terms`).

With a sample smaller than the corpus it is an approximation, in three places only (two with the
exact bigrams above):

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

from analysis.aggregate.folds import fold_all
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
    #: The words of ``word_stems`` whose stem lost an article (للسياسة → سياسة, shown السياسة).
    article_words: frozenset[str] = frozenset()
    #: A bigram is a column when the corpus has it this often (:func:`add_pairs` keeps those).
    min_bigram_count: int = 2
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

    def _key_and_article_of_words(self, words: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """As :meth:`_key_of_words`, and whether each word's stem lost an article (for display forms)."""
        keys, _ = self._key_of_words(words)
        lost = self.article_words
        return keys, np.fromiter((w in lost for w in words), dtype=bool, count=len(words))


def plan_terms(
    types: TypeCounts,
    sample_texts: Sequence[str],
    sample_sources: Sequence | None,
    vocabulary: TermVocabulary,
    *,
    n_docs: int,
    bigrams: bool = True,
    min_bigram_count: int | None = None,
    sample_bigrams: bool = True,
) -> TermPlan:
    """The plan of the corpus's columns: stems from the corpus-wide ``types``; boilerplate, kept
    bigrams (and their display forms) and the names' columns learned on the sample.

    ``n_docs``: the corpus's size, from which ``min_bigram_count`` is chosen as
    :func:`~analysis.aggregate.terms.build_term_matrix` chooses it. ``sample_bigrams=False``: no
    bigram is learned on the sample; the plan has no bigram column until :func:`add_pairs` gives it
    those the whole corpus has ``min_bigram_count`` times (:func:`partition_counts_and_pairs`,
    :func:`pair_totals`, :func:`pair_spellings`).
    """
    stemmed = _stem_types(types.types, types.counts)
    n_keys = len(stemmed.keys)
    rules = _rules(vocabulary, stemmed)
    codes, sample_types, doc_of_token = _token_codes(sample_texts)
    sample = _stems_by_lookup(sample_types, stemmed.keys, _corpus_lookup(stemmed), stemmed.support)
    source_codes = _source_codes(sample_sources, len(sample_texts))
    min_count = _min_bigram_count(min_bigram_count, n_docs)
    learned = _learn(
        codes,
        doc_of_token,
        sample,
        source_codes,
        rules,
        bigrams=bigrams and sample_bigrams,
        min_bigram_count=min_count,
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
        article_words=frozenset(words[j] for j in np.flatnonzero(stemmed.article_of_word).tolist()),
        excluded=rules.excluded,
        own=rules.own,
        phrase_forms=phrase_forms,
        phrase_columns=phrase_columns,
        pairs=learned.pairs.codes,
        boilerplate=boilerplate,
        bigrams=bigrams,
        min_bigram_count=min_count,
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


def _planned_counts(
    texts: Sequence[str], sources: Sequence | None, plan: TermPlan, *, all_pairs: bool = False
) -> tuple[sp.csr_matrix, PairCounts | None]:
    """A partition's counts in the plan's columns before :func:`finish_plan` dropped any; with
    ``all_pairs``, also every bigram of the partition (:class:`PairCounts`), a column or not."""
    n_docs, n_stems, n_pairs = len(texts), len(plan.stems), len(plan.pairs)
    n_phrases = plan.n_planned - n_stems - n_pairs
    all_pairs = all_pairs and plan.bigrams
    codes, types, doc_of_token = _token_codes(texts)
    if not len(codes):
        return sp.csr_matrix((n_docs, plan.n_planned), dtype=np.float32), (_NO_PAIR_COUNTS if all_pairs else None)
    stemmed = _stems_by_lookup(types, plan.stems, plan._key_and_article_of_words if all_pairs else plan._key_of_words)
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
    bigrams = plan.bigrams and (n_pairs > 0 or all_pairs)
    counted = _count_slices(
        token_keys,
        codes,
        doc_of_token,
        n_stems,
        n_columns,
        len(types),
        bigrams,
        raw_pairs=all_pairs,
        clitic_of_type=stemmed.clitic_of_type,
    )
    pair_codes = counted["bigrams"][1]
    position = np.clip(np.searchsorted(plan.pairs, pair_codes), 0, max(n_pairs - 1, 0))
    pair_columns = np.where(plan.pairs[position] == pair_codes, position, -1) if n_pairs else None
    matrix = _assemble(n_docs, counted, n_stems, n_phrases, pair_columns, n_pairs)
    if not all_pairs:
        return matrix, None
    return matrix, _pair_counts(counted, stemmed, types, n_stems)


@dataclass(frozen=True)
class PairCounts:
    """A partition's bigrams, additive across partitions: ``docs``, ``codes``, ``counts`` (each
    article's row in the partition, bigram codes ``left * len(plan.stems) + right``, how often), and
    the bigrams' spellings (``spelled``: code, the two token types as written (``raw``), their display
    form (``spelling``), count, and ``first``, an order of first occurrence in the partition), from
    which :func:`pair_spellings` picks each kept bigram's display form as the one-process build picks
    it (that of its most frequent pair of token types)."""

    docs: np.ndarray
    codes: np.ndarray
    counts: np.ndarray
    spelled: pd.DataFrame


SPELLED_COLUMNS = ["code", "raw", "spelling", "count", "first"]
_NO_PAIR_COUNTS = PairCounts(
    np.empty(0, dtype=np.int32),
    np.empty(0, dtype=np.int64),
    np.empty(0, dtype=np.int32),
    pd.DataFrame({c: pd.Series(dtype=object if c in ("raw", "spelling") else np.int64) for c in SPELLED_COLUMNS}),
)


def _pair_counts(counted: dict, stemmed: _Stemmed, types: Sequence[str], n_stems: int) -> PairCounts:
    docs, codes, counts = _distinct_rows(*counted["bigrams"])
    raw_codes, raw_counts = counted["raw_pairs"]
    if not len(raw_codes):
        return dataclasses.replace(_NO_PAIR_COUNTS, docs=docs.astype(np.int32), codes=codes, counts=counts)
    raw_left, raw_right = np.divmod(raw_codes, len(types))
    pair = stemmed.key_of_type[raw_left].astype(np.int64) * n_stems + stemmed.key_of_type[raw_right]
    displays = stemmed.displays
    lefts, rights = raw_left.tolist(), raw_right.tolist()
    spelled = pd.DataFrame(
        {
            "code": pair,
            "raw": [f"{types[a]} {types[b]}" for a, b in zip(lefts, rights)],
            "spelling": [f"{displays[a]} {displays[b]}" for a, b in zip(lefts, rights)],
            "count": raw_counts.astype(np.int64),
            "first": raw_codes,
        }
    )
    return PairCounts(docs.astype(np.int32), codes, counts.astype(np.int32), spelled)


def _distinct_rows(docs: np.ndarray, codes: np.ndarray, counts: np.ndarray):
    """(document, bigram) rows summed: an article across two of :func:`_count_slices`' slices has a row in each."""
    order = np.lexsort((codes, docs))
    docs, codes, counts = docs[order], codes[order], counts[order]
    starts = np.ones(len(docs), dtype=bool)
    starts[1:] = (docs[1:] != docs[:-1]) | (codes[1:] != codes[:-1])
    if starts.all():
        return docs, codes, counts
    first = np.flatnonzero(starts)
    return docs[first], codes[first], np.add.reduceat(counts, first).astype(counts.dtype)


def partition_counts_and_pairs(
    texts: Sequence[str], sources: Sequence | None, plan: TermPlan
) -> tuple[sp.csr_matrix, PairCounts]:
    """:func:`partition_counts` of a plan without bigram columns (``plan_terms(...,
    sample_bigrams=False)``) and every bigram of the partition, whose sums over the corpus
    (:func:`pair_totals`, :func:`pair_spellings`) choose the bigram columns (:func:`add_pairs`)."""
    if len(plan.pairs) or plan.kept is not None:
        raise ValueError("partition_counts_and_pairs: the plan has bigram columns already")
    counts, pairs = _planned_counts(texts, sources, plan, all_pairs=True)
    return counts, pairs if pairs is not None else _NO_PAIR_COUNTS


def pair_totals(parts: Iterable[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The bigrams of partitions' ``(codes, counts)`` (:attr:`PairCounts.codes`, ``.counts``: a row
    per article and bigram), summed: each distinct code (sorted), its count in the corpus and the
    number of articles that have it. A subset of the codes (all of a bucket's) sums alike."""
    triples = (
        (np.asarray(codes, dtype=np.int64), np.asarray(counts, dtype=np.int64), np.ones(len(codes), dtype=np.int64))
        for codes, counts in parts
    )
    total = fold_all(triples, _sum_code_counts)
    if total is None:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    return total


def _sum_code_counts(
    parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]],
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(codes, counts, articles) triples summed by code: the distinct codes, sorted."""
    codes = np.concatenate([c for c, _, _ in parts])
    codes, inverse = np.unique(codes, return_inverse=True)
    counts = np.bincount(inverse, weights=np.concatenate([k for _, k, _ in parts]), minlength=len(codes))
    docs = np.bincount(inverse, weights=np.concatenate([d for _, _, d in parts]), minlength=len(codes))
    return codes, counts.astype(np.int64), docs.astype(np.int64)


def pair_spellings(kept: np.ndarray, parts: Iterable[pd.DataFrame]) -> list[str]:
    """The display form of each ``kept`` bigram code (sorted): its most frequent spelling over the
    partitions' :attr:`PairCounts.spelled` (given in the corpus's order), of equally frequent ones
    the first met."""

    def mine(i: int, spelled: pd.DataFrame) -> pd.DataFrame:
        codes = spelled["code"].to_numpy(dtype=np.int64)
        position = np.clip(np.searchsorted(kept, codes), 0, max(len(kept) - 1, 0))
        found = spelled[kept[position] == codes] if len(kept) else spelled.iloc[:0]
        # the order of first occurrence: the partition's place in the corpus, then its own order
        return found.assign(first=found["first"].to_numpy(dtype=np.int64) + (np.int64(i) << np.int64(40)))

    summed = fold_all((mine(i, spelled) for i, spelled in enumerate(parts)), _sum_spellings)
    if not len(kept):
        return []
    if summed is None:
        raise ValueError("pair_spellings: a kept bigram without a spelling")
    best = summed.sort_values(["code", "count", "first"], ascending=[True, False, True], kind="stable")
    best = best.drop_duplicates("code")
    if len(best) != len(kept) or not np.array_equal(best["code"].to_numpy(dtype=np.int64), kept):
        raise ValueError("pair_spellings: a kept bigram without a spelling")
    return best["spelling"].tolist()


def _sum_spellings(parts: list[pd.DataFrame]) -> pd.DataFrame:
    """Spelled rows (:data:`SPELLED_COLUMNS`) summed by code and raw spelling, the earliest ``first`` kept."""
    joined = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
    return joined.groupby(["code", "raw"], sort=False, as_index=False).agg(
        {"spelling": "first", "count": "sum", "first": "min"}
    )


def add_pairs(plan: TermPlan, codes: np.ndarray, surfaces: list[str], df: np.ndarray, pair_df: np.ndarray):
    """The plan with the bigram columns ``codes`` (sorted; those :func:`pair_totals` counted at least
    ``plan.min_bigram_count`` times) shown as ``surfaces``, and the document frequencies of all its
    columns: ``df`` (the plan's columns, :func:`document_frequency` summed) with ``pair_df`` put in
    between the words' and the names'. Returns (plan, df) for :func:`finish_plan`."""
    if len(plan.pairs) or plan.kept is not None:
        raise ValueError("add_pairs: the plan has bigram columns already")
    codes = np.asarray(codes, dtype=np.int64)
    n_stems = len(plan.stems)
    lefts, rights = np.divmod(codes, n_stems) if n_stems else (codes, codes)
    keys = [f"{plan.stems[a]} {plan.stems[b]}" for a, b in zip(lefts.tolist(), rights.tolist())]
    plan = dataclasses.replace(
        plan,
        terms=[*plan.terms[:n_stems], *surfaces, *plan.terms[n_stems:]],
        keys=[*plan.keys[:n_stems], *keys, *plan.keys[n_stems:]],
        pairs=codes,
    )
    df = np.asarray(df, dtype=np.int64)
    return plan, np.concatenate([df[:n_stems], np.asarray(pair_df, dtype=np.int64), df[n_stems:]])


def _with_pair_columns(counts: sp.csr_matrix, pairs: PairCounts, plan: TermPlan) -> sp.csr_matrix:
    """Counts in the columns of a plan without bigram columns, with ``plan``'s bigram columns put in."""
    n_stems, n_pairs = len(plan.stems), len(plan.pairs)
    position = np.clip(np.searchsorted(plan.pairs, pairs.codes), 0, max(n_pairs - 1, 0))
    pair_columns = np.where(plan.pairs[position] == pairs.codes, position, -1) if n_pairs else None
    counts = sp.csr_matrix(counts, dtype=np.float32)
    words, names = counts[:, :n_stems], counts[:, n_stems:]
    blocks = [words]
    if n_pairs and pair_columns is not None:
        keep = pair_columns >= 0
        blocks.append(
            sp.csr_matrix(
                (pairs.counts[keep].astype(np.float32), (pairs.docs[keep], pair_columns[keep])),
                shape=(counts.shape[0], n_pairs),
            )
        )
    if names.shape[1]:
        blocks.append(names)
    return sp.hstack(blocks, format="csr").tocsr() if len(blocks) > 1 else words.tocsr()


def partition_counts(texts: Sequence[str], sources: Sequence | None, plan: TermPlan) -> sp.csr_matrix:
    """Term counts (float32) of a partition's texts, one row per text, in ``plan.terms``' columns."""
    counts, _ = _planned_counts(texts, sources, plan)
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
    pairs: PairCounts | None = None,
) -> TermMatrix:
    """A partition's counts and TF-IDF rows (sublinear tf × ``plan.idf``, l2 rows) in the finished
    plan's columns.

    ``counts``: the partition's :func:`partition_counts` with the plan before it was finished, if
    the worker kept them from the document-frequency pass; then the texts are not read again.
    ``pairs``: with ``counts`` of :func:`partition_counts_and_pairs` (a plan without bigram columns,
    before :func:`add_pairs`), the partition's bigrams, which give the bigram columns.
    """
    if plan.idf is None or plan.kept is None:
        raise ValueError("partition_matrix needs a finished plan (finish_plan)")
    if counts is not None and pairs is not None:
        if counts.shape != (len(doc_ids), plan.n_planned - len(plan.pairs)):
            raise ValueError(
                f"partition_matrix: counts of shape {counts.shape}, expected "
                f"({len(doc_ids)}, {plan.n_planned - len(plan.pairs)}) (without the bigram columns)"
            )
        counts = _with_pair_columns(counts, pairs, plan)
    if counts is None:
        counts = partition_counts(texts, sources, plan)
    elif counts.shape == (len(doc_ids), plan.n_planned):
        counts = _select_columns(sp.csr_matrix(counts, dtype=np.float32), plan.kept)
    else:
        raise ValueError(
            f"partition_matrix: counts of shape {counts.shape}, expected ({len(doc_ids)}, {plan.n_planned})"
        )
    return TermMatrix(list(doc_ids), plan.terms, plan.keys, counts, _tfidf(counts, plan.idf), plan.n_phrases)
