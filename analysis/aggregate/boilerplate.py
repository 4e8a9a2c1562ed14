"""Boilerplate learned from the corpus: word runs that many articles of one source share at their edges.

SaudiNewsNet's al-Weeam articles end with ``رابط الخبر بصحيفة الوئام: <title>``, Sabq's start
with ``<reporter>- سبق- جدة:``, the Saudi Press Agency's end with ``// انتهى //``; left in, such
runs make a theme of their own (``الوئام | رابط الخبر | صحيفة الوئام``). This module finds
them without a list: a *shingle* (a few consecutive normalised tokens) near the start or end
of at least a given share of one source's articles is boilerplate for that source
(thresholds in ``data/boilerplate.yaml``). The tokens it covers are left out of terms and
themes; the text and its offsets are untouched, so evidence still shows them.

Cost: one pass of integer hashing over the edge tokens and two sorts of 64-bit codes (on
SaudiNewsNet's 31k articles, about 2.4M shingles).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from analysis.data import positive_settings

_HASH_BASE = np.uint64(0x9E3779B97F4A7C15)
_MIX_1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX_2 = np.uint64(0x94D049BB133111EB)


@dataclass(frozen=True)
class BoilerplateSettings:
    shingle_words: int = 3
    edge_words: int = 40
    min_share: float = 0.03
    min_articles: int = 10
    min_source_articles: int = 30
    min_edge_share: float = 0.6


@lru_cache(maxsize=1)
def boilerplate_settings() -> BoilerplateSettings:
    """The thresholds of ``data/boilerplate.yaml``, checked: every key present and a number > 0."""
    return positive_settings(BoilerplateSettings, "boilerplate.yaml")


@dataclass(frozen=True)
class Boilerplate:
    """``tokens``: which tokens of the stream are boilerplate. ``shingles``: one start position of
    each boilerplate shingle, its source code and the number of the source's articles carrying it."""

    tokens: np.ndarray
    starts: np.ndarray
    sources: np.ndarray
    articles: np.ndarray


def find_boilerplate(
    word_ids: np.ndarray,
    doc_of_token: np.ndarray,
    source_of_doc: np.ndarray,
    *,
    settings: BoilerplateSettings | None = None,
) -> Boilerplate:
    """Boilerplate tokens of a token stream.

    ``word_ids``: one id per token (equal ids for equal normalised words or punctuation runs);
    ``doc_of_token``: the article of each token, non-decreasing; ``source_of_doc``: an integer
    code per article for its source, -1 for none.
    """
    s = settings or boilerplate_settings()
    n, width = len(word_ids), s.shingle_words
    n_docs = len(source_of_doc)
    empty = np.empty(0, dtype=np.int64)
    if n < width or n_docs == 0:
        return Boilerplate(np.zeros(n, dtype=bool), empty, empty, empty)
    source_of_doc = np.asarray(source_of_doc, dtype=np.int64)
    valid_sources = source_of_doc[source_of_doc >= 0]
    source_sizes = np.bincount(valid_sources, minlength=1) if len(valid_sources) else np.zeros(1, np.int64)
    read = np.zeros(len(source_sizes), dtype=bool)
    read[: len(source_sizes)] = source_sizes >= s.min_source_articles
    threshold = np.maximum(s.min_articles, np.ceil(s.min_share * source_sizes)).astype(np.int64)

    # Shingle starts: within the first or last edge tokens of an article that has a read source.
    doc_of_token = np.asarray(doc_of_token)
    doc_sizes = np.bincount(doc_of_token, minlength=n_docs)  # once: 10M tokens at 31k articles
    doc_end = np.cumsum(doc_sizes)
    doc_first = doc_end - doc_sizes
    doc_read = np.zeros(n_docs, dtype=bool)
    has_source = source_of_doc >= 0
    doc_read[has_source] = read[source_of_doc[has_source]]
    starts = _edge_starts(doc_first[doc_read], doc_end[doc_read], s.edge_words, width)
    if not len(starts):
        return Boilerplate(np.zeros(n, dtype=bool), empty, empty, empty)

    hash_bits = 62 - max(n_docs.bit_length(), len(source_sizes).bit_length())
    source_of_token = source_of_doc[doc_of_token[starts]]
    start_codes = _shingle_codes(word_ids, starts, width, hash_bits, source_of_token)

    # Articles per (source, shingle): distinct (article, shingle) pairs, then counted by source.
    mask = (1 << hash_bits) - 1
    per_doc = _unique_sorted(np.sort((doc_of_token[starts].astype(np.int64) << hash_bits) | (start_codes & mask)))
    codes = (source_of_doc[per_doc >> hash_bits] << hash_bits) | (per_doc & mask)
    codes.sort()
    unique_codes, counts = _unique_counts(codes)
    frequent = counts >= threshold[unique_codes >> hash_bits]
    candidates, articles = unique_codes[frequent], counts[frequent]

    # A formula of the news (صاحب السمو الملكي الأمير) is at the edges of many articles too, but
    # mostly in their body: keep the shingles whose occurrences are mostly at the edges. The
    # occurrences anywhere are counted at the positions of each candidate's rarest word.
    is_candidate = _member(start_codes, candidates)
    at_edge = _occurrences(start_codes[is_candidate], candidates)
    word_ids = np.asarray(word_ids)
    frequency = np.bincount(word_ids)
    window = starts[is_candidate][:, None] + np.arange(width)
    rarest = np.argmin(frequency[word_ids[window]], axis=1)
    any_anchor = np.zeros(len(frequency), dtype=bool)
    any_anchor[word_ids[window[np.arange(len(window)), rarest]]] = True
    found = np.flatnonzero(any_anchor[word_ids])  # one pass over the stream
    found_words = word_ids[found]
    anchors = []
    for k in range(width):
        anchor_words = np.zeros(len(frequency), dtype=bool)
        anchor_words[word_ids[window[rarest == k, k]]] = True
        starts_k = found[anchor_words[found_words]] - k
        anchors.append(starts_k[(starts_k >= 0) & (starts_k <= n - width)])
    anywhere = _unique_sorted(np.sort(np.concatenate(anchors)))
    anywhere = anywhere[doc_read[doc_of_token[anywhere]]]
    all_codes = _shingle_codes(word_ids, anywhere, width, hash_bits, source_of_doc[doc_of_token[anywhere]])
    everywhere = _occurrences(all_codes, candidates)
    keep = at_edge >= s.min_edge_share * np.maximum(everywhere, 1)
    boilerplate_codes = candidates[keep]

    hit = _member(start_codes, boilerplate_codes)
    hit_starts = starts[hit]
    tokens = _covered(n, hit_starts, width)

    first_of_code: dict[int, int] = {}
    for start, code in zip(hit_starts.tolist(), start_codes[hit].tolist()):
        first_of_code.setdefault(code, start)
    shingle_codes = np.fromiter(first_of_code, dtype=np.int64, count=len(first_of_code))
    return Boilerplate(
        tokens=tokens,
        starts=np.fromiter(first_of_code.values(), dtype=np.int64, count=len(first_of_code)),
        sources=shingle_codes >> hash_bits,
        articles=articles[keep][np.searchsorted(boilerplate_codes, shingle_codes)],
    )


def mark_boilerplate(
    word_ids: np.ndarray,
    doc_of_token: np.ndarray,
    source_of_doc: np.ndarray,
    shingles: np.ndarray,
    shingle_sources: np.ndarray,
    *,
    settings: BoilerplateSettings | None = None,
) -> np.ndarray:
    """The tokens of a stream covered by known boilerplate: ``shingles`` (one row of word ids per
    shingle, ids as in ``word_ids``) at the edges of the articles of their source (``shingle_sources``,
    codes as in ``source_of_doc``). With the shingles :func:`find_boilerplate` found in a corpus, the
    same tokens as it marks (up to hash collisions of 62-bit codes); on another part of the corpus,
    that part's boilerplate as learned there.
    """
    s = settings or boilerplate_settings()
    n, width = len(word_ids), s.shingle_words
    source_of_doc = np.asarray(source_of_doc, dtype=np.int64)
    shingles = np.asarray(shingles, dtype=np.int64).reshape(-1, width)
    if n < width or not len(shingles) or not len(source_of_doc):
        return np.zeros(n, dtype=bool)
    n_docs = len(source_of_doc)
    doc_of_token = np.asarray(doc_of_token)
    sizes = np.bincount(doc_of_token, minlength=n_docs)
    doc_end = np.cumsum(sizes)
    has_shingles = np.zeros(int(max(source_of_doc.max(), np.max(shingle_sources))) + 2, dtype=bool)
    has_shingles[np.asarray(shingle_sources, dtype=np.int64)] = True
    doc_read = has_shingles[source_of_doc]  # a source of -1 reads the last slot, always false
    starts = _edge_starts((doc_end - sizes)[doc_read], doc_end[doc_read], s.edge_words, width)
    if not len(starts):
        return np.zeros(n, dtype=bool)
    hash_bits = 62 - max(n_docs.bit_length(), len(has_shingles).bit_length())
    word_ids = np.asarray(word_ids)
    start_codes = _shingle_codes(word_ids, starts, width, hash_bits, source_of_doc[doc_of_token[starts]])
    known = _shingle_codes(
        shingles.ravel(), np.arange(len(shingles)) * width, width, hash_bits, np.asarray(shingle_sources)
    )
    return _covered(n, starts[_member(start_codes, np.unique(known))], width)


def _covered(n: int, starts: np.ndarray, width: int) -> np.ndarray:
    """Which of ``n`` tokens lie in a shingle of ``width`` tokens starting at one of ``starts``."""
    tokens = np.zeros(n, dtype=bool)
    for k in range(width):
        tokens[starts + k] = True
    return tokens


def _shingle_codes(ids: np.ndarray, starts: np.ndarray, width: int, hash_bits: int, sources: np.ndarray) -> np.ndarray:
    """``source << hash_bits | hash`` of the shingle of ``width`` tokens at each start."""
    hashes = np.zeros(len(starts), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(width):
            hashes = hashes * _HASH_BASE + ids[starts + k].astype(np.uint64) + np.uint64(k + 1)
        # splitmix64's finaliser: every word reaches the high bits kept below.
        hashes ^= hashes >> np.uint64(30)
        hashes *= _MIX_1
        hashes ^= hashes >> np.uint64(27)
        hashes *= _MIX_2
        hashes ^= hashes >> np.uint64(31)
    return (sources.astype(np.int64) << hash_bits) | (hashes >> np.uint64(64 - hash_bits)).astype(np.int64)


def _unique_sorted(values: np.ndarray) -> np.ndarray:
    """Distinct values of a sorted array (``np.unique`` without return values hashes, far slower)."""
    if not len(values):
        return values
    return values[np.concatenate(([True], values[1:] != values[:-1]))]


def _unique_counts(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct values of a sorted array and how often each occurs."""
    if not len(values):
        return values, np.empty(0, dtype=np.int64)
    first = np.flatnonzero(np.concatenate(([True], values[1:] != values[:-1])))
    return values[first], np.diff(np.append(first, len(values)))


def _member(codes: np.ndarray, candidates: np.ndarray) -> np.ndarray:
    """Whether each code is one of the sorted ``candidates``."""
    if not len(candidates):
        return np.zeros(len(codes), dtype=bool)
    position = np.clip(np.searchsorted(candidates, codes), 0, len(candidates) - 1)
    return candidates[position] == codes


def _occurrences(codes: np.ndarray, candidates: np.ndarray) -> np.ndarray:
    """How often each of the sorted ``candidates`` occurs in ``codes``."""
    if not len(candidates):
        return np.zeros(0, dtype=np.int64)
    position = np.clip(np.searchsorted(candidates, codes), 0, len(candidates) - 1)
    found = candidates[position] == codes
    return np.bincount(position[found], minlength=len(candidates))


def _edge_starts(first: np.ndarray, end: np.ndarray, edge: int, width: int) -> np.ndarray:
    """Start positions of the shingles of ``width`` tokens lying in the first or last ``edge``
    tokens of each article ``[first, end)`` (an article's last token is its separator)."""
    end = end - 1  # the separator closing the article is no word
    length = np.maximum(end - first - width + 1, 0)  # shingles that fit in the article
    head = np.minimum(length, edge)
    tail = np.minimum(np.maximum(length - head, 0), edge)  # not counting a start twice
    total_head, total_tail = int(head.sum()), int(tail.sum())
    head_starts = np.repeat(first, head) + _ranges(head, total_head)
    tail_first = first + length - tail
    tail_starts = np.repeat(tail_first, tail) + _ranges(tail, total_tail)
    return np.sort(np.concatenate([head_starts, tail_starts]))


def _ranges(lengths: np.ndarray, total: int) -> np.ndarray:
    """``[0..l0-1, 0..l1-1, ...]`` for lengths ``l0, l1, ...``."""
    if total == 0:
        return np.empty(0, dtype=np.int64)
    offsets = np.cumsum(lengths) - lengths
    return np.arange(total, dtype=np.int64) - np.repeat(offsets, lengths)
