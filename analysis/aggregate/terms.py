"""Key terms: a TF-IDF matrix of clitic-free Arabic terms (unigrams and bigrams).

How a word becomes a term
-------------------------
1. Tokens are runs of Arabic letters (diacritics and tatweel allowed inside) or Latin
   words, read from the original text; punctuation breaks bigrams. Markup and code pasted
   into an article (style sheets, scripts, links: :mod:`analysis.text.markup`) are no tokens.
2. Each distinct token *type* (not each occurrence) is normalised (alef, ya, ta marbuta,
   diacritics) and light-stemmed by stripping proclitics: conjunction ``و ف``, preposition
   ``ب ل ك`` and the article ``ال`` (``لل`` = ل + ال). A single-letter proclitic without
   ``ال`` is stripped only when the corpus itself attests the remainder more often than
   the whole word, so ``لروسيا`` and ``وروسيا`` become ``روسيا`` while ``وزير``,
   ``كبير`` and ``فلسطين`` stay whole.
3. Stop words (the ``arabic-stopwords`` package plus ``data/stopwords_news.txt``) and
   one-letter terms are dropped; bigrams are pairs of adjacent kept terms, so
   ``وقف إطلاق النار`` yields ``وقف اطلاق`` and ``اطلاق نار``. A word written with a
   conjunction or a preposition (و ف ب ك) starts a phrase of its own and ends no bigram:
   ``التفجير الغاشم بمسجد`` gives no ``غاشم مسجد``, ``شر ومكروه`` no ``شر مكروه`` (an adjective
   or a genitive carries none). ``ل`` often joins a noun to its complement as a genitive
   would (``منظومة للدفاع``, a defence system), so it does not break a bigram.
4. Each term is shown in its most frequent spelling in the corpus (``روسيا``,
   ``الولايات المتحدة``), never as a bare stem.

Everything after tokenising is vectorised over token ids (pandas.factorize, numpy,
scipy.sparse), so the per-token cost is close to a bare ``TfidfVectorizer``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from analysis.aggregate.boilerplate import Boilerplate, boilerplate_settings, find_boilerplate, mark_boilerplate
from analysis.aggregate.phrases import PhraseMatches, find_phrases
from analysis.aggregate.vocabulary import TermVocabulary, term_vocabulary, words_of
from analysis.text.arabic import ARABIC_WORD, CONJUNCTIONS, PREPOSITIONS, PROCLITICS_AND_ARTICLE
from analysis.text.compounds import join_compound_names
from analysis.text.markup import mask_markup
from analysis.text.normalize import normalize, strip_diacritics, strip_tatweel
from analysis.text.spellings import house_spelling

_LATIN_WORD = "[A-Za-z][A-Za-z0-9]+"
_BOUNDARY = '[.!?؟؛;:,،"«»“”()\\[\\]\n]+'
_DOC_SEPARATOR = "\x1e"
_TOKEN_RE = re.compile(f"{ARABIC_WORD}|{_LATIN_WORD}|{_BOUNDARY}|{_DOC_SEPARATOR}")
_BOUNDARY_RE = re.compile(f"{_BOUNDARY}|{_DOC_SEPARATOR}")
_ARTICLE_RE = re.compile(f"^({PROCLITICS_AND_ARTICLE})(.{{2,}})$")
# One or two proclitic letters without the article: و ف ب ل ك وب فل ...
_CLITIC_RE = re.compile(f"^([{CONJUNCTIONS}][{PREPOSITIONS}]|[{CONJUNCTIONS}{PREPOSITIONS}])(.{{3,}})$")

#: First letters of a word that may carry a proclitic (و ف ب ل ك) or the article (ال).
_PROCLITIC_LETTERS = frozenset(CONJUNCTIONS + PREPOSITIONS + "ا")
#: The proclitics that start a phrase: the conjunctions and the prepositions but ل, which often
#: joins a noun to its complement as a genitive would (منظومة للدفاع = منظومة الدفاع, «a defence system»).
_PHRASE_OPENERS = "".join(sorted(set(CONJUNCTIONS + PREPOSITIONS) - {"ل"}))
_BOUNDARY_KEY = -2
_DROPPED_KEY = -1


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Normalised stop words: the ``arabic-stopwords`` package and our news boilerplate."""
    from arabicstopwords.arabicstopwords import stopwords_list

    words = set(stopwords_list())
    text = resources.files("analysis").joinpath("data/stopwords_news.txt").read_text("utf-8")
    news = {line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}
    # The news words are matched with a conjunction too (وأضاف, فقال): the corpus need not
    # attest the bare form often enough for strip_proclitics to remove the و.
    words.update(news, ("و" + w for w in news), ("ف" + w for w in news))
    return frozenset(house_spelling(normalize(w)) for w in words)


@lru_cache(maxsize=1)
def whole_words() -> frozenset[str]:
    """``data/whole_words.txt``, normalised: names that lose no proclitic (فيصل، كيري، بعقوبة)."""
    text = resources.files("analysis").joinpath("data/whole_words.txt").read_text("utf-8")
    return frozenset(
        house_spelling(normalize(line.strip()))
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


def _article_split(word: str) -> tuple[str, list[str]] | None:
    """``بالمقاتلات`` → ``("بال", ["مقاتلات"])``; ``للجنه`` → ``("لل", ["جنه", "لجنه"])``."""
    m = _ARTICLE_RE.match(word)
    if not m:
        return None
    prefix, rest = m.groups()
    if prefix.endswith("لل"):  # ل + اللجنة is written للجنة: the stem may keep one lam
        return prefix, [rest, word[len(prefix) - 1 :]]
    return prefix, [rest]


def stem_support(frequency: dict[str, int]) -> dict[str, int]:
    """How often the corpus attests each form as a word of its own.

    A form counts its own occurrences and those behind the article (``الروسية``,
    ``بالروسية`` and ``للروسية`` all attest ``روسية``): the article is a reliable
    clitic, so these counts tell whether a single-letter proclitic can be stripped.
    """
    support = dict(frequency)
    for word, count in frequency.items():
        split = _article_split(word)
        if split:
            for rest in split[1]:
                support[rest] = support.get(rest, 0) + count
    return support


def strip_proclitics(word: str, support: dict[str, int]) -> tuple[str, bool]:
    """Light stem of a normalised word, and whether an article was removed.

    ``support`` comes from :func:`stem_support`. The article is always stripped (a stem
    of two letters or more remains); a conjunction or preposition without article only
    when the remainder is attested at least a quarter as often as the whole word.

    >>> strip_proclitics("لروسيا", {"روسيا": 9, "لروسيا": 2})
    ('روسيا', False)
    >>> strip_proclitics("وزير", {"وزير": 9})
    ('وزير', False)
    >>> strip_proclitics("للنظام", {"النظام": 3})
    ('نظام', True)
    >>> strip_proclitics("فيصل", {"فيصل": 9, "يصل": 9})  # a name of data/whole_words.txt
    ('فيصل', False)
    """
    if word in whole_words():  # فيصل is a name, not ف + يصل; بالمر not ب + المر
        return word, False
    split = _article_split(word)
    if split:
        rests = split[1]
        if len(rests) == 1:
            return rests[0], True
        # للجنة is ل + اللجنة (stem لجنة, had an article); لليبيا is ل + ليبيا (no article).
        best = max(rests, key=lambda r: support.get(r, 0))
        return best, best == rests[0] or support.get("ال" + best, 0) > 0
    m = _CLITIC_RE.match(word)
    if m:
        own = support.get(word, 0)
        prefix, rest = m.groups()
        if _own_support(rest, prefix, support) * 4 >= own:
            return rest, False
        if len(prefix) == 2 and len(rest) >= 2:  # وبروسيا: try the conjunction alone
            rest = word[1:]
            if support.get(rest, 0) * 4 >= own:
                return strip_proclitics(rest, support)[0], False
    return word, False


def _own_support(rest: str, prefix: str, support: dict[str, int]) -> int:
    """Support of ``rest`` as a word of its own, once the proclitic ``prefix`` is cut off.

    After ``ل`` the occurrences of ``لل`` + rest are left out: :func:`stem_support` credits
    ``لليبيا`` to both its readings, so they would otherwise "attest" ``يبيا`` and turn
    ``ليبيا`` and ``وليبيا`` into ``ل`` + ``يبيا``.
    """
    count = support.get(rest, 0)
    if prefix.endswith("ل"):
        count -= support.get("لل" + rest, 0)
    return count


@dataclass(frozen=True)
class Tokenised:
    """Texts as token ids (:func:`tokenise`): each token's type id (``codes``) and document index
    (``docs``), the ``types``, and the number of texts. What :func:`build_term_matrix` reads of the
    texts, so that a caller can let go of them before the counting."""

    codes: np.ndarray
    types: list[str]
    docs: np.ndarray
    n_texts: int


def tokenise(texts: Sequence[str]) -> Tokenised:
    """The token ids of ``texts`` (step 1 of the module docstring)."""
    codes, types, docs = _token_codes(texts)
    return Tokenised(codes, types, docs, len(texts))


@dataclass(frozen=True)
class Tokens:
    """The tokenised corpus: each token's type id (``codes``), the ``types`` and their stemming."""

    codes: np.ndarray
    types: list[str]
    stemmed: _Stemmed


@dataclass(frozen=True)
class TermMatrix:
    """Documents × terms. ``terms`` are display forms; ``keys`` the normalised stems."""

    doc_ids: list
    terms: list[str]
    keys: list[str]
    counts: sp.csr_matrix
    tfidf: sp.csr_matrix
    #: The last ``n_phrases`` columns are multi-word names (``وحدات حماية الشعب``), after the bigrams.
    n_phrases: int = 0
    #: With ``keep_tokens``: the corpus as token type ids, the types and their stemming, from which
    #: :class:`analysis.aggregate.coherence.SentenceIndex` is made without reading the texts again.
    tokens: Tokens | None = None

    @property
    def n_unigrams(self) -> int:
        return sum(" " not in k for k in self.keys)


def build_term_matrix(
    doc_ids: list,
    texts: Sequence[str] | Tokenised,
    *,
    bigrams: bool = True,
    min_bigram_count: int | None = None,
    sources: Sequence | None = None,
    vocabulary: TermVocabulary | None = None,
    keep_tokens: bool = False,
) -> TermMatrix:
    """TF-IDF (sublinear tf, smoothed idf, l2 rows) of ``texts``; see the module docstring.

    ``texts``: the documents, or their tokens (:func:`tokenise`) when the caller lets go of the texts
    first (at 31k articles they are ~220 MB that the counting no longer needs).
    ``min_bigram_count``: a bigram is kept when the corpus has it at least this often
    (default 2, and 3 for corpora of more than 1,000 documents).
    ``sources``: each document's source (or None), to learn each source's boilerplate
    (:mod:`analysis.aggregate.boilerplate`) and to leave its own name out.
    ``vocabulary``: entity names kept whole and words left out
    (:func:`analysis.aggregate.vocabulary.term_vocabulary`; default: the data file's lists).
    ``keep_tokens``: keep the tokenised corpus in :attr:`TermMatrix.tokens` (the themes' coherence
    reads it; drop it before the matrix travels).

    :mod:`analysis.aggregate.term_reduction` builds the same matrix a partition at a time.
    """
    tokenised = texts if isinstance(texts, Tokenised) else tokenise(texts)
    del texts
    n_docs = tokenised.n_texts
    if vocabulary is None:
        vocabulary = term_vocabulary(None, sources or ())
    type_codes, types, doc_of_token = tokenised.codes, tokenised.types, tokenised.docs
    del tokenised
    if not len(type_codes):
        empty = sp.csr_matrix((n_docs, 0))
        tokens = Tokens(type_codes, types, _stem_types(types, np.zeros(0, dtype=np.int64))) if keep_tokens else None
        return TermMatrix(list(doc_ids), [], [], empty, empty, tokens=tokens)
    type_counts = np.bincount(type_codes, minlength=len(types))

    stemmed = _stem_types(types, type_counts)
    n_keys = len(stemmed.keys)
    term_surfaces = _most_frequent_surface(stemmed.key_of_type, type_counts, stemmed.displays, n_keys)
    learned = _learn(
        type_codes,
        doc_of_token,
        stemmed,
        _source_codes(sources, n_docs),
        _rules(vocabulary, stemmed),
        bigrams=bigrams,
        min_bigram_count=_min_bigram_count(min_bigram_count, n_docs),
    )
    phrases, pairs = learned.phrases, learned.pairs
    matrix = _assemble(n_docs, learned.counted, n_keys, len(phrases.keys), learned.pair_columns, len(pairs.codes))
    del learned  # its counted triples (~300 MB at 31k articles) go before the columns are chosen and weighted
    term_keys = [*stemmed.keys, *pairs.keys, *phrases.keys]
    term_surfaces.extend([*pairs.surfaces, *phrases.surfaces])
    # A word left out everywhere (boilerplate, an excluded word) keeps no column.
    df = _document_frequency(matrix)
    occurs = df > 0
    term_surfaces, term_keys, n_phrases = _drop_columns(term_surfaces, term_keys, len(phrases.keys), occurs)
    if not occurs.all():
        matrix = _select_columns(matrix, occurs)
    tfidf = _tfidf(matrix, _smooth_idf(df[occurs], n_docs))
    tokens = Tokens(type_codes, types, stemmed) if keep_tokens else None
    return TermMatrix(list(doc_ids), term_surfaces, term_keys, matrix, tfidf, n_phrases, tokens)


def _min_bigram_count(min_bigram_count: int | None, n_docs: int) -> int:
    if min_bigram_count is None:
        return 3 if n_docs > 1000 else 2
    return min_bigram_count


def _source_codes(sources: Sequence | None, n_docs: int) -> tuple[np.ndarray, list]:
    """An integer per document for its source (-1 for none), and the sources by code."""
    if sources is None:
        return np.full(n_docs, -1, dtype=np.int64), []
    values = [s if isinstance(s, str) and s.strip() else None for s in sources]
    codes, names = pd.factorize(pd.Series(values, dtype=object))
    return codes.astype(np.int64), list(names)


@dataclass(frozen=True)
class _Rules:
    """What the vocabulary leaves out, as key ids of the corpus's stems: ``excluded`` words, and
    per source the names of its own that its articles leave out (``own``)."""

    excluded: np.ndarray
    own: dict[str, np.ndarray]
    vocabulary: TermVocabulary


def _rules(vocabulary: TermVocabulary, stemmed: _Stemmed) -> _Rules:
    own = {source: _key_ids(names, stemmed) for source, names in vocabulary.self_references.items()}
    return _Rules(
        excluded=_key_ids(vocabulary.excluded_words, stemmed),
        own={source: keys for source, keys in own.items() if len(keys)},
        vocabulary=vocabulary,
    )


@dataclass(frozen=True)
class _Phrases:
    """Multi-word names as terms: the token key of each phrase matched (a column, or
    :data:`_DROPPED_KEY`), and the keys and display forms of the columns."""

    columns: np.ndarray
    keys: list[str]
    surfaces: list[str]


@dataclass(frozen=True)
class _Pairs:
    """The bigrams kept: codes ``left * n_keys + right`` (sorted), keys and display forms."""

    codes: np.ndarray
    keys: list[str]
    surfaces: list[str]


_NO_PAIRS = _Pairs(np.empty(0, dtype=np.int64), [], [])


@dataclass(frozen=True)
class _Learned:
    """What a corpus (or a sample of it) teaches: its names' columns, kept bigrams and
    boilerplate; and its own counts (:func:`_count_slices`)."""

    phrases: _Phrases
    phrase_ids: list[np.ndarray]
    matched: np.ndarray
    boilerplate: Boilerplate | None
    pairs: _Pairs
    counted: dict[str, Any]
    pair_columns: np.ndarray | None


def _learn(
    type_codes: np.ndarray,
    doc_of_token: np.ndarray,
    stemmed: _Stemmed,
    source_codes: tuple[np.ndarray, list],
    rules: _Rules,
    *,
    bigrams: bool,
    min_bigram_count: int,
) -> _Learned:
    """Term keys of a token stream, learning the names' columns, the boilerplate and the kept
    bigrams from the stream itself; the stream's counts."""
    vocabulary, n_keys = rules.vocabulary, len(stemmed.keys)
    texts = (*vocabulary.phrases, *vocabulary.excluded_phrases)
    phrase_ids = [ids if (ids := _match_ids(text, stemmed)) is not None else np.array([-1]) for text in texts]
    token_keys, matches = _keys_and_phrases(type_codes, stemmed, rules.excluded, phrase_ids)
    phrases = _phrase_columns(matches, phrase_ids, texts, vocabulary, stemmed)
    n_columns = n_keys + len(phrases.keys)
    boilerplate = _drop_left_out(
        token_keys,
        type_codes,
        doc_of_token,
        stemmed,
        source_codes,
        matches,
        phrases.columns,
        n_columns,
        rules.own,
        None,
    )
    counted = _count_slices(
        token_keys,
        type_codes,
        doc_of_token,
        n_keys,
        n_columns,
        len(stemmed.key_of_type),
        bigrams,
        clitic_of_type=stemmed.clitic_of_type,
    )
    del token_keys
    pairs, pair_columns = _NO_PAIRS, None
    if bigrams and len(counted["bigrams"][0]):
        _, bi_pairs, bi_counts = counted["bigrams"]
        uniq, inverse = np.unique(bi_pairs, return_inverse=True)
        totals = np.bincount(inverse, weights=bi_counts)
        frequent = totals >= min_bigram_count
        if frequent.any():
            column_of_pair = np.full(len(uniq), -1, dtype=np.int64)
            column_of_pair[frequent] = np.arange(frequent.sum())
            pair_columns = column_of_pair[inverse]
            raw_codes, raw_counts = counted["raw_pairs"]
            surfaces = _most_frequent_pair_surface(
                raw_codes, raw_counts, stemmed.key_of_type, n_keys, uniq, column_of_pair, stemmed.displays
            )
            codes = uniq[frequent]
            lefts, rights = np.divmod(codes, n_keys)
            keys = stemmed.keys
            pairs = _Pairs(codes, [f"{keys[a]} {keys[b]}" for a, b in zip(lefts.tolist(), rights.tolist())], surfaces)
    return _Learned(phrases, phrase_ids, np.unique(matches.phrases), boilerplate, pairs, counted, pair_columns)


def _keys_and_phrases(
    type_codes: np.ndarray, stemmed: _Stemmed, excluded: np.ndarray, phrase_ids: list[np.ndarray]
) -> tuple[np.ndarray, PhraseMatches]:
    """The key of every token (:data:`_DROPPED_KEY` for an excluded word), and the multi-word
    names found; the tokens of a name after its first are dropped."""
    key_of_type = stemmed.key_of_type.copy()
    if len(excluded):
        key_of_type[np.isin(key_of_type, excluded)] = _DROPPED_KEY
    token_keys = key_of_type[type_codes]
    match_ids = stemmed.match_of_type[type_codes]
    matches = find_phrases(match_ids, phrase_ids)
    del match_ids
    for k in range(1, int(matches.lengths.max()) + 1 if len(matches.lengths) else 1):
        inside = matches.lengths > k
        token_keys[matches.starts[inside] + k] = _DROPPED_KEY
    return token_keys, matches


def _phrase_columns(
    matches: PhraseMatches,
    phrase_ids: list[np.ndarray],
    texts: Sequence[str],
    vocabulary: TermVocabulary,
    stemmed: _Stemmed,
) -> _Phrases:
    """A column per entity whose name occurs (keyed by its most used alias; the aliases of one
    entity are one term), in the order of the names; the vocabulary's excluded phrases are dropped."""
    n_keys, n_named = len(stemmed.keys), len(vocabulary.phrases)
    named = matches.phrases < n_named
    uses = np.bincount(matches.phrases[named], minlength=n_named)
    owners = list(vocabulary.phrase_entities) or list(vocabulary.phrases)
    column = np.full(len(phrase_ids), _DROPPED_KEY, dtype=np.int32)
    best: dict[str, int] = {}
    for p in np.flatnonzero(uses).tolist():
        owner = owners[p]
        if owner not in best or uses[p] > uses[best[owner]]:
            best[owner] = p
    phrase_keys: list[str] = []
    phrase_surfaces: list[str] = []
    column_of_owner: dict[str, int] = {}
    for p in np.flatnonzero(uses).tolist():
        owner = owners[p]
        if owner not in column_of_owner:
            column_of_owner[owner] = n_keys + len(phrase_keys)
            shown = best[owner]
            phrase_keys.append(" ".join(stemmed.match_words[i] for i in phrase_ids[shown].tolist()))
            phrase_surfaces.append(strip_tatweel(strip_diacritics(texts[shown])))
        column[p] = column_of_owner[owner]
    return _Phrases(column, phrase_keys, phrase_surfaces)


def _drop_left_out(
    token_keys: np.ndarray,
    type_codes: np.ndarray,
    doc_of_token: np.ndarray,
    stemmed: _Stemmed,
    source_codes: tuple[np.ndarray, list],
    matches: PhraseMatches,
    phrase_columns: np.ndarray,
    n_columns: int,
    own_names: dict[str, np.ndarray],
    shingles: dict[str, list[tuple[str, ...]]] | None,
) -> Boilerplate | None:
    """Give each name found its token key (``phrase_columns``: per phrase; ``n_columns`` word and
    name keys in all), and drop (in place) each source's own name in its articles and each source's
    boilerplate: learned from these tokens (and returned) when ``shingles`` is None, else the
    shingles given (normalised words, per source)."""
    token_keys[matches.starts] = phrase_columns[matches.phrases]
    source_of_doc, source_names = source_codes
    own = {code: own_names[str(name)] for code, name in enumerate(source_names) if str(name) in own_names}
    if own:
        # The tokens whose key is some source's own name, then those in that source's articles.
        is_own = np.zeros(n_columns + 1, dtype=bool)  # the last slot for dropped and boundary tokens
        is_own[np.concatenate(list(own.values()))] = True
        where = np.flatnonzero(is_own[np.where(token_keys >= 0, token_keys, n_columns)])
        pairs = source_of_doc[doc_of_token[where]] * (n_columns + 1) + token_keys[where]
        own_pairs = np.concatenate([code * (n_columns + 1) + keys.astype(np.int64) for code, keys in own.items()])
        token_keys[where[np.isin(pairs, own_pairs)]] = _DROPPED_KEY
    if not (source_of_doc >= 0).any():
        return None
    word_ids = stemmed.word_of_type[type_codes]
    boilerplate = None
    if shingles is None:
        boilerplate = find_boilerplate(word_ids, doc_of_token, source_of_doc)
        tokens = boilerplate.tokens
    else:
        tokens = _mark_shingles(word_ids, doc_of_token, source_codes, stemmed.word_index, shingles)
    token_keys[tokens & (token_keys != _BOUNDARY_KEY)] = _DROPPED_KEY
    return boilerplate


def _mark_shingles(
    word_ids: np.ndarray,
    doc_of_token: np.ndarray,
    source_codes: tuple[np.ndarray, list],
    word_index: dict[str, int],
    shingles: dict[str, list[tuple[str, ...]]],
) -> np.ndarray:
    """The tokens covered by a source's boilerplate shingles (given as words) in its articles."""
    source_of_doc, source_names = source_codes
    rows, row_sources = [], []
    for code, name in enumerate(source_names):
        for shingle in shingles.get(str(name), ()):
            ids = [word_index.get(word, -1) for word in shingle]
            if min(ids) >= 0:
                rows.append(ids)
                row_sources.append(code)
    if not rows:
        return np.zeros(len(word_ids), dtype=bool)
    return mark_boilerplate(
        word_ids, doc_of_token, source_of_doc, np.asarray(rows, dtype=np.int64), np.asarray(row_sources)
    )


def _shingle_words(boilerplate: Boilerplate, word_ids: np.ndarray, words: Sequence[str], source_names: list) -> dict:
    """The boilerplate shingles found, as normalised words per source."""
    width = boilerplate_settings().shingle_words
    found: dict[str, list[tuple[str, ...]]] = {}
    for start, code in zip(boilerplate.starts.tolist(), boilerplate.sources.tolist()):
        shingle = tuple(words[i] for i in word_ids[start : start + width].tolist())
        found.setdefault(str(source_names[code]), []).append(shingle)
    return found


def _assemble(
    n_docs: int,
    counted: dict[str, Any],
    n_keys: int,
    n_phrases: int,
    pair_columns: np.ndarray | None,
    n_pairs: int,
) -> sp.csr_matrix:
    """The counts matrix: word columns, then the kept bigrams' (``pair_columns``: the column of
    each counted (document, bigram), -1 if not kept), then the names'."""
    uni_docs, uni_keys, uni_counts = counted["unigrams"]
    both = sp.csr_matrix((uni_counts.astype(np.float32), (uni_docs, uni_keys)), shape=(n_docs, n_keys + n_phrases))
    matrix, phrase_matrix = both[:, :n_keys], both[:, n_keys:]
    if n_pairs and pair_columns is not None:
        bi_docs, _, bi_counts = counted["bigrams"]
        keep = pair_columns >= 0
        bi = sp.csr_matrix(
            (bi_counts[keep].astype(np.float32), (bi_docs[keep], pair_columns[keep])), shape=(n_docs, n_pairs)
        )
        matrix = sp.hstack([matrix, bi], format="csr")
    if n_phrases:
        matrix = sp.hstack([matrix, phrase_matrix], format="csr")
    return matrix.tocsr()


def _document_frequency(counts: sp.spmatrix) -> np.ndarray:
    """The number of rows in which each column is not zero."""
    counts = sp.csr_matrix(counts)
    counts.sum_duplicates()
    return np.bincount(counts.indices[counts.data != 0], minlength=counts.shape[1]).astype(np.int64)


def _drop_columns(
    terms: list[str], keys: list[str], n_phrases: int, keep: np.ndarray
) -> tuple[list[str], list[str], int]:
    """The terms and keys of the columns ``keep`` keeps, and how many of them are names (the
    last ``n_phrases`` columns)."""
    if keep.all():
        return terms, keys, n_phrases
    kept = keep.tolist()
    return (
        [t for t, ok in zip(terms, kept) if ok],
        [k for k, ok in zip(keys, kept) if ok],
        int(keep[len(keep) - n_phrases :].sum()) if n_phrases else 0,
    )


def _select_columns(matrix: sp.csr_matrix, keep: np.ndarray) -> sp.csr_matrix:
    """The columns of ``matrix`` where ``keep`` is true, in order."""
    new_column = np.cumsum(keep) - 1
    new_column[~keep] = -1
    columns = new_column[matrix.indices]
    kept = columns >= 0
    rows = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))
    indptr = np.concatenate([[0], np.cumsum(np.bincount(rows[kept], minlength=matrix.shape[0]))])
    return sp.csr_matrix(
        (matrix.data[kept], columns[kept].astype(matrix.indices.dtype), indptr.astype(matrix.indptr.dtype)),
        shape=(matrix.shape[0], int(keep.sum())),
    )


def _smooth_idf(df: np.ndarray, n_docs: int) -> np.ndarray:
    """``ln((1 + n) / (1 + df)) + 1`` in float32, as ``TfidfTransformer(smooth_idf=True)`` fits it on float32 counts."""
    smoothed = df.astype(np.float32) + np.float32(1.0)
    idf = np.full_like(smoothed, fill_value=n_docs + 1, dtype=np.float32)
    idf /= smoothed
    np.log(idf, out=idf)
    idf += 1.0
    return idf


def _tfidf(counts: sp.csr_matrix, idf: np.ndarray) -> sp.csr_matrix:
    """Sublinear tf (``1 + ln tf``) times ``idf``, rows normalised to unit length (l2), as
    ``TfidfTransformer(sublinear_tf=True).transform`` does."""
    weights = sp.csr_matrix(counts, dtype=np.float32, copy=True)
    np.log(weights.data, weights.data)
    weights.data += 1.0
    weights.data *= idf[weights.indices]
    if not weights.nnz:  # nothing to normalise (sklearn refuses a matrix without rows or columns)
        return weights
    from sklearn.preprocessing import normalize as normalize_rows  # here: a dashboard that only queries never needs it

    return sp.csr_matrix(normalize_rows(weights, norm="l2", copy=False))


def _normal_word(word: str) -> str:
    return house_spelling(normalize(strip_tatweel(strip_diacritics(word))))  # أميركا = أمريكا


def _match_ids(text: str, stemmed: _Stemmed) -> np.ndarray | None:
    """The match ids of a name's words, or None when a word never occurs in the corpus."""
    ids = []
    for word in words_of(join_compound_names(text)):
        j = stemmed.word_index.get(_normal_word(word))
        if j is None:
            return None
        ids.append(stemmed.match_of_word[j])
    return np.asarray(ids, dtype=np.int64)


def _phrase_forms(text: str, stemmed: _Stemmed) -> tuple[str, ...] | None:
    """The match forms (stems, or the words themselves) of a name's words, or None when a word
    never occurs in the corpus: a name as any part of the corpus can match it."""
    ids = _match_ids(text, stemmed)
    return None if ids is None else tuple(stemmed.match_words[i] for i in ids.tolist())


def _key_ids(words: Sequence[str], stemmed: _Stemmed) -> np.ndarray:
    """The term keys of single words (``بالمئة`` and ``المئة`` share the key ``مئه``)."""
    ids = set()
    for word in words:
        normal = _normal_word(word)
        candidates = [normal]
        if normal and normal[0] in _PROCLITIC_LETTERS:
            candidates.append(strip_proclitics(normal, stemmed.support)[0])
        for candidate in candidates:
            key = stemmed.key_index.get(candidate)
            if key is not None:
                ids.add(key)
    return np.fromiter(ids, dtype=np.int32, count=len(ids))


def _tokenise_chunk(texts: Sequence[str], first: int) -> tuple[np.ndarray, np.ndarray, int, str]:
    """Token type ids of one chunk of documents (local to the chunk), each token's document
    index, and the chunk's types (their count, and joined by ``\\x1f``). Markup and code in a text
    (:mod:`analysis.text.markup`: ``{ padding: 0; }``, links) are read as a line break."""
    joined = _DOC_SEPARATOR.join(join_compound_names(mask_markup(t)) for t in texts)  # عبد العزيز: one word
    tokens = _TOKEN_RE.findall(joined + _DOC_SEPARATOR)
    local_codes, local_types = pd.factorize(np.asarray(tokens, dtype=object), sort=False)
    is_separator = local_codes == int(np.flatnonzero(local_types == _DOC_SEPARATOR)[0])
    docs = (first + np.cumsum(is_separator, dtype=np.int32) - is_separator).astype(np.int32)
    # Kept as one joined string: holding on to the chunk's own small token strings would
    # pin every memory arena of the chunk and triple the resident memory.
    return local_codes.astype(np.int32), docs, len(local_types), "\x1f".join(local_types)


def _token_codes(texts: Sequence[str], chunk_size: int = 2000) -> tuple[np.ndarray, list[str], np.ndarray]:
    """Token type ids of the whole corpus, the types, and each token's document index.

    Documents are tokenised a chunk at a time with a separator token between them, so
    only one chunk's token strings are alive at once (the corpus itself is ids).
    """
    firsts = list(range(0, len(texts), chunk_size))
    if not firsts:
        return np.empty(0, dtype=np.int64), [], np.empty(0, dtype=np.int64)
    parts = [_tokenise_chunk(texts[first : first + chunk_size], first) for first in firsts]
    # One factorize over the chunks' own types gives every type its corpus-wide id.
    all_types = np.asarray("\x1f".join(joined for *_, joined in parts).split("\x1f"), dtype=object)
    global_of_local, types = pd.factorize(all_types, sort=False)
    offsets = np.cumsum([0] + [n for _, _, n, _ in parts[:-1]])
    global_of_local = global_of_local.astype(np.int32)
    codes = np.concatenate([global_of_local[offset + c] for offset, (c, *_) in zip(offsets, parts)])
    return codes, list(types), np.concatenate([docs for _, docs, _, _ in parts])


class _Displays(Sequence[str]):
    """Display form of each token type, computed only for the types that are shown.

    A type shown without its proclitics keeps its article if it had one: للسياسة →
    السياسة, لروسيا → روسيا. Normalisation maps letters one to one, so the cut made on
    the normalised word applies to the spelled form too.
    """

    def __init__(self, surfaces: list[str], cut: np.ndarray, had_article: np.ndarray):
        self.surfaces, self.cut, self.had_article = surfaces, cut, had_article

    def __len__(self) -> int:
        return len(self.surfaces)

    def __getitem__(self, i):  # an index (never a slice), as the terms use it
        return _display_form(self.surfaces[i], int(self.cut[i]), bool(self.had_article[i]))

    def take(self, ids: list[int]) -> list[str]:
        """``[self[i] for i in ids]``, read from lists: a numpy scalar per item costs twice the work (461,879
        display forms at 31k articles)."""
        surfaces, cuts, articles = self.surfaces, self.cut.tolist(), self.had_article.tolist()
        return [_display_form(surfaces[i], cuts[i], articles[i]) for i in ids]


def _display_form(surface: str, cut: int, had_article: bool) -> str:
    """The spelled form without its first ``cut`` letters (its proclitics), keeping its article if it had one."""
    if cut <= 0:
        return surface
    return ("ال" if had_article else "") + surface[cut:]


@dataclass
class _Stemmed:
    """The stemming of the corpus's token types (see :func:`_stem_types`)."""

    key_of_type: np.ndarray  # key id per type, or _DROPPED_KEY / _BOUNDARY_KEY
    keys: list[str]
    displays: _Displays
    word_of_type: np.ndarray  # normalised word id per type (punctuation runs included)
    word_index: dict[str, int]  # normalised word → word id
    support: dict[str, int]
    #: Per word, the id of its stem, or of the word itself when it is no term (a stop word):
    #: multi-word names are matched on these, so that للوحدات matches وحدات.
    match_of_word: np.ndarray
    match_of_type: np.ndarray
    match_words: list[str]
    #: Per word, its key id (or _DROPPED_KEY) and whether its stem lost an article.
    key_of_word: np.ndarray
    article_of_word: np.ndarray
    #: Per type, whether its stem lost a conjunction or a preposition other than ل (و ف ب ك, alone or
    #: before ال: ومكروه، بمسجد، والعدل): such a word opens a phrase of its own, so no bigram ends on it.
    clitic_of_type: np.ndarray

    @cached_property
    def key_index(self) -> dict[str, int]:
        return {k: i for i, k in enumerate(self.keys)}


def _words_of_types(types: Sequence[str]) -> tuple[list[str], np.ndarray, list[str]]:
    """Each type spelled without diacritics and tatweel, the id of its normalised word, the words."""
    if not len(types):
        return [], np.empty(0, dtype=np.int64), []
    surfaces = strip_tatweel(strip_diacritics("\x1f".join(types))).split("\x1f")
    normalized = house_spelling(normalize("\x1f".join(surfaces))).split("\x1f")  # أميركا = أمريكا
    word_of_type, words = pd.factorize(np.asarray(normalized, dtype=object), sort=False)
    return surfaces, word_of_type, list(words)


def _stem_types(types: list[str], type_counts: np.ndarray) -> _Stemmed:
    """For each token type: its key id (or a drop/boundary marker), the keys, display forms.

    The per-word work (stop words, stemming) runs once per distinct normalised word, with
    the support of ``type_counts`` (the whole corpus's); everything per type is array indexing.
    """
    surfaces, word_of_type, words = _words_of_types(types)
    counts = np.bincount(word_of_type, weights=type_counts, minlength=len(words)).astype(np.int64)
    support = stem_support(dict(zip(words, counts.tolist())))
    stop = stopwords()
    kept, stems, articles = [], [], np.zeros(len(words), bool)
    match_forms = list(words)
    for j, word in enumerate(words):
        if word in stop or len(word) < 2 or _BOUNDARY_RE.fullmatch(word):
            continue
        if word[0] in _PROCLITIC_LETTERS:
            stem, had_article = strip_proclitics(word, support)
            # فالأخيرة is ف + الأخيرة: a stop word behind a conjunction is still a stop word.
            if stem in stop or (had_article and "ال" + stem in stop) or len(stem) < 2:
                continue
        else:
            stem, had_article = word, False
        kept.append(j)
        stems.append(stem)
        match_forms[j] = stem
        articles[j] = had_article
    # Key ids in order of first occurrence (words are in the order of their first type).
    key_codes, keys = pd.factorize(np.asarray(stems, dtype=object), sort=False)
    key_of_word = np.full(len(words), _DROPPED_KEY, dtype=np.int32)
    key_of_word[kept] = key_codes
    return _type_stems(types, surfaces, word_of_type, words, key_of_word, articles, list(keys), match_forms, support)


def _stems_by_lookup(
    types: Sequence[str],
    keys: list[str],
    key_of_words: Callable[[list[str]], tuple[np.ndarray, np.ndarray | None]],
    support: dict[str, int] | None = None,
) -> _Stemmed:
    """The stemming of a part of a corpus whose words were stemmed with the whole corpus's support.

    ``key_of_words(words)`` gives each normalised word's key id in ``keys`` (or :data:`_DROPPED_KEY`)
    and whether its stem lost an article (None: no display forms are wanted).
    """
    surfaces, word_of_type, words = _words_of_types(types)
    key_of_word, articles = key_of_words(words)
    match_forms = [keys[k] if k >= 0 else w for w, k in zip(words, key_of_word.tolist())]
    if articles is None:
        articles = np.zeros(len(words), dtype=bool)
    return _type_stems(types, surfaces, word_of_type, words, key_of_word, articles, keys, match_forms, support or {})


def _type_stems(
    types: Sequence[str],
    surfaces: list[str],
    word_of_type: np.ndarray,
    words: list[str],
    key_of_word: np.ndarray,
    article_of_word: np.ndarray,
    keys: list[str],
    match_forms: list[str],
    support: dict[str, int],
) -> _Stemmed:
    """The stemming of each type, from that of its normalised word."""
    key_of_type = key_of_word[word_of_type]
    for i in np.flatnonzero(key_of_type == _DROPPED_KEY).tolist():
        if _BOUNDARY_RE.fullmatch(types[i]):
            key_of_type[i] = _BOUNDARY_KEY
    key_lengths = np.fromiter(map(len, keys), dtype=np.int64, count=len(keys))
    stem_lengths = np.zeros(len(words), dtype=np.int64)
    is_kept = key_of_word >= 0
    stem_lengths[is_kept] = key_lengths[key_of_word[is_kept]]
    word_lengths = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
    surface_lengths = np.fromiter(map(len, surfaces), dtype=np.int64, count=len(surfaces))
    stem_of_type = stem_lengths[word_of_type]
    shortened = (key_of_type >= 0) & (stem_of_type < word_lengths[word_of_type])
    # A stem shorter than its word lost what the word starts with: the article, or a proclitic before it.
    opened = np.fromiter((w[:1] in _PHRASE_OPENERS for w in words), dtype=bool, count=len(words))
    clitic_of_word = is_kept & (stem_lengths < word_lengths) & opened
    cut = np.where(shortened, surface_lengths - stem_of_type, 0)
    match_of_word, match_words = pd.factorize(np.asarray(match_forms, dtype=object), sort=False)
    match_of_word = match_of_word.astype(np.int32)
    return _Stemmed(
        key_of_type=key_of_type,
        keys=keys,
        displays=_Displays(surfaces, cut, article_of_word[word_of_type]),
        word_of_type=word_of_type.astype(np.int32),
        word_index={w: j for j, w in enumerate(words)},
        support=support,
        match_of_word=match_of_word,
        match_of_type=match_of_word[word_of_type],
        match_words=list(match_words),
        key_of_word=key_of_word,
        article_of_word=article_of_word,
        clitic_of_type=clitic_of_word[word_of_type] & (key_of_type >= 0),
    )


def _most_frequent_surface(
    key_of_type: np.ndarray, type_counts: np.ndarray, surfaces: Sequence[str], n_keys: int
) -> list[str]:
    valid = np.flatnonzero(key_of_type >= 0)
    order = valid[np.lexsort((-type_counts[valid], key_of_type[valid]))]
    first = np.ones(len(order), dtype=bool)
    first[1:] = key_of_type[order][1:] != key_of_type[order][:-1]
    best = np.empty(n_keys, dtype=np.int64)
    best[key_of_type[order][first]] = order[first]
    if isinstance(surfaces, _Displays):
        return surfaces.take(best.tolist())
    return [surfaces[i] for i in best.tolist()]


def _count_slices(
    token_keys: np.ndarray,
    type_codes: np.ndarray,
    doc_of_token: np.ndarray,
    n_keys: int,
    n_columns: int,
    n_types: int,
    bigrams: bool,
    slice_size: int = 2_000_000,
    *,
    raw_pairs: bool = True,
    clitic_of_type: np.ndarray | None = None,
) -> dict[str, Any]:
    """Distinct (document, term) and (document, bigram) counts, a slice of tokens at a time.

    Counting slice by slice keeps the temporaries of sorting small: the corpus-wide
    arrays are the per-token ids only. ``token_keys``: each token's key (word keys below
    ``n_keys``, multi-word names up to ``n_columns``; names make no bigrams). Returns ``unigrams`` (docs, keys, counts),
    ``bigrams`` (docs, pair codes ``left * n_keys + right``, counts) and ``raw_pairs``
    (spelled pair codes ``left_type * n_types + right_type``, counts) for display forms.
    A word written with a proclitic (``clitic_of_type``, :class:`_Stemmed`) ends no bigram: in
    ``التفجير الغاشم بمسجد`` and ``من كل شر ومكروه`` the preposition and the conjunction start a new phrase.
    """
    n = len(type_codes)
    n_pairs = np.int64(n_keys) * n_keys
    uni, bi, raw = [], [], []
    for first in range(0, n, slice_size):
        last = min(first + slice_size, n)
        keys = token_keys[first:last]
        docs = doc_of_token[first:last].astype(np.int64)
        kept = keys >= 0
        code, count = np.unique(docs[kept] * n_columns + keys[kept], return_counts=True)
        uni.append((code, count.astype(np.int32)))
        right_end = min(last + 1, n)  # pairs start in this slice; the last reaches into the next
        if bigrams and right_end > first + 1:
            right = token_keys[first + 1 : right_end]
            left = keys[: len(right)]
            # Boundaries end documents too; a multi-word name (key ≥ n_keys) pairs with nothing.
            ok = (left >= 0) & (right >= 0) & (left != right) & (left < n_keys) & (right < n_keys)
            if clitic_of_type is not None:
                ok &= ~clitic_of_type[type_codes[first + 1 : right_end]]
            pair = left[ok].astype(np.int64) * n_keys + right[ok]
            code, count = np.unique(docs[: len(right)][ok] * n_pairs + pair, return_counts=True)
            bi.append((code, count.astype(np.int32)))
            if not raw_pairs:
                continue
            raw_left = type_codes[first : first + len(right)][ok].astype(np.int64)
            raw_right = type_codes[first + 1 : right_end][ok]
            code, count = np.unique(raw_left * n_types + raw_right, return_counts=True)
            raw.append((code, count.astype(np.int32)))

    def merged(parts, modulus):
        if not parts:
            empty = np.empty(0, dtype=np.int64)
            return empty, empty, empty
        codes = np.concatenate([c for c, _ in parts])
        counts = np.concatenate([k for _, k in parts])
        parts.clear()
        docs = (codes // modulus).astype(np.int32)
        codes %= modulus
        return docs, codes, counts

    result = {"unigrams": merged(uni, n_columns), "bigrams": merged(bi, n_pairs)}
    if raw:
        codes, inverse = np.unique(np.concatenate([c for c, _ in raw]), return_inverse=True)
        result["raw_pairs"] = (codes, np.bincount(inverse, weights=np.concatenate([k for _, k in raw])))
    else:
        result["raw_pairs"] = (np.empty(0, dtype=np.int64), np.empty(0))
    return result


def _most_frequent_pair_surface(
    raw_codes: np.ndarray,
    raw_counts: np.ndarray,
    key_of_type: np.ndarray,
    n_keys: int,
    pair_codes: np.ndarray,
    column_of_pair: np.ndarray,
    surfaces: Sequence[str],
) -> list[str]:
    """Display form of each kept bigram: its most frequent pair of spellings."""
    n_types = len(surfaces)
    raw_left, raw_right = np.divmod(raw_codes, n_types)
    pair = key_of_type[raw_left].astype(np.int64) * n_keys + key_of_type[raw_right]
    position = np.clip(np.searchsorted(pair_codes, pair), 0, len(pair_codes) - 1)
    column = np.where(pair_codes[position] == pair, column_of_pair[position], -1)
    valid = np.flatnonzero(column >= 0)
    order = valid[np.lexsort((-raw_counts[valid], column[valid]))]
    first = np.ones(len(order), dtype=bool)
    first[1:] = column[order][1:] != column[order][:-1]
    best = np.empty(int(column_of_pair.max()) + 1, dtype=np.int64)
    best[column[order][first]] = order[first]
    if isinstance(surfaces, _Displays):
        lefts, rights = surfaces.take(raw_left[best].tolist()), surfaces.take(raw_right[best].tolist())
        return [f"{left} {right}" for left, right in zip(lefts, rights)]
    return [f"{surfaces[raw_left[i]]} {surfaces[raw_right[i]]}" for i in best.tolist()]


DOC_TERM_COLUMNS = ["doc_id", "rank", "term", "weight"]


def doc_terms_table(matrix: TermMatrix, *, top_n: int = 15) -> pd.DataFrame:
    """The ``top_n`` terms of each document by TF-IDF weight: doc_id, rank (1 = top), term, weight.

    Ties are broken by term column, so the table is the same on every run.
    """
    tfidf = matrix.tfidf
    indptr, data, indices = tfidf.indptr, tfidf.data, tfidf.indices
    rows, picked = np.flatnonzero(np.diff(indptr)), []
    # The rows' bounds as ints; each row's weights negated on their own (largest first), not the whole matrix's at
    # once: a copy of every weight (tens of MB at 31k articles) put the build's peak memory over 1.5 GB.
    bounds = indptr.tolist()
    for i in rows.tolist():
        start, end = bounds[i], bounds[i + 1]
        negated = -data[start:end]
        top = np.argpartition(negated, top_n - 1)[:top_n] if end - start > top_n else np.arange(end - start)
        picked.append(start + top[np.lexsort((indices[start + top], negated[top]))])
    if not picked:
        return pd.DataFrame(columns=DOC_TERM_COLUMNS)
    chosen = np.concatenate(picked)
    counts = np.fromiter((len(p) for p in picked), dtype=np.int64, count=len(picked))
    rows_first = np.repeat(np.cumsum(counts) - counts, counts)
    return pd.DataFrame(
        {
            "doc_id": np.asarray(matrix.doc_ids, dtype=object)[np.repeat(rows, counts)],
            "rank": np.arange(len(chosen)) - rows_first + 1,
            "term": [matrix.terms[j] for j in indices[chosen].tolist()],  # not the whole list: a million columns
            "weight": np.round(data[chosen].astype(np.float64), 6),
        },
        columns=DOC_TERM_COLUMNS,
    )
