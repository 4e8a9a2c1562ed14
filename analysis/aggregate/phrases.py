"""Multi-word names found in a token stream, longest first, so that a name is one term.

``وحدات حماية الشعب`` is one term, not ``وحدات``, ``حماية`` and ``شعب``; ``عين عيسى`` is not
``عيسى``. The stream is an array of word ids (one per token); a phrase is a short array of
them. Matching is vectorised: only the tokens that can start a phrase are hashed, once per
phrase length.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

_BASE = np.uint64(0x9E3779B97F4A7C15)
_MIX = np.uint64(0xBF58476D1CE4E5B9)


@dataclass(frozen=True)
class PhraseMatches:
    """Non-overlapping matches: start token, length and phrase index, sorted by start."""

    starts: np.ndarray
    lengths: np.ndarray
    phrases: np.ndarray


def _hash(columns: list[np.ndarray]) -> np.ndarray:
    """A 64-bit hash per row of the word ids given column by column."""
    h = np.zeros(len(columns[0]), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k, column in enumerate(columns):
            h = (h * _BASE + column.astype(np.uint64) + np.uint64(k + 1)) * _MIX
            h ^= h >> np.uint64(31)
    return h


def find_phrases(ids: np.ndarray, phrases: list[np.ndarray]) -> PhraseMatches:
    """Leftmost-longest occurrences of ``phrases`` (each an array of two ids or more) in ``ids``.

    A longer phrase wins over a shorter one it overlaps (``وحدات حماية الشعب الكردية`` over
    ``وحدات حماية الشعب``); of two overlapping occurrences of the same length, the first.

    >>> m = find_phrases(np.array([5, 1, 2, 3, 1, 2]), [np.array([1, 2]), np.array([1, 2, 3])])
    >>> m.starts.tolist(), m.lengths.tolist(), m.phrases.tolist()
    ([1, 4], [3, 2], [1, 0])
    """
    n = len(ids)
    empty = np.empty(0, dtype=np.int64)
    phrases = [np.asarray(p, dtype=np.int64) for p in phrases]
    usable = [i for i, p in enumerate(phrases) if len(p) >= 2 and (p >= 0).all()]
    if not usable or n < 2:
        return PhraseMatches(empty, empty, empty)
    ids = np.asarray(ids)
    n_ids = int(max(ids.max(), max(int(phrases[i].max()) for i in usable))) + 1
    can_start = np.zeros(n_ids, dtype=bool)
    can_start[[int(phrases[i][0]) for i in usable]] = True
    candidates = np.flatnonzero(can_start[ids])
    covered = np.zeros(n, dtype=bool)
    found_starts, found_lengths, found_phrases = [], [], []
    for length in sorted({len(phrases[i]) for i in usable}, reverse=True):
        of_length = [i for i in usable if len(phrases[i]) == length]
        rows = np.stack([phrases[i] for i in of_length])
        table = _hash([rows[:, k] for k in range(length)])
        order = np.argsort(table)
        table, owners = table[order], np.asarray(of_length)[order]
        starts = candidates[candidates <= n - length]
        # Only starts whose first two words begin a phrase of this length are hashed.
        first, second = np.zeros(n_ids, dtype=bool), np.zeros(n_ids, dtype=bool)
        first[rows[:, 0]] = True
        second[rows[:, 1]] = True
        starts = starts[first[ids[starts]] & second[ids[starts + 1]]]
        h = _hash([ids[starts + k] for k in range(length)])
        position = np.clip(np.searchsorted(table, h), 0, len(table) - 1)
        hit = table[position] == h
        starts, owner = starts[hit], owners[position[hit]]
        free = np.ones(len(starts), dtype=bool)
        for k in range(length):
            free &= ~covered[starts + k]
        starts, owner = starts[free], owner[free]
        # Of overlapping occurrences of the same length (A B A B), keep the first of each pair.
        keep = np.ones(len(starts), dtype=bool)
        keep[1:] = np.diff(starts) >= length
        starts, owner = starts[keep], owner[keep]
        for k in range(length):
            covered[starts + k] = True
        found_starts.append(starts)
        found_lengths.append(np.full(len(starts), length, dtype=np.int64))
        found_phrases.append(owner)
    starts = np.concatenate(found_starts)
    order = np.argsort(starts, kind="stable")
    return PhraseMatches(
        starts[order].astype(np.int64),
        np.concatenate(found_lengths)[order],
        np.concatenate(found_phrases)[order].astype(np.int64),
    )
