"""Summing thousands of partitions' counts: the sum of all parts, in order, each row summed about log n times."""

import numpy as np

from analysis.aggregate import term_reduction as tr
from analysis.aggregate.folds import Folds, fold_all


def _concat(parts: list[list[str]]) -> list[str]:
    return [word for part in parts for word in part]


def test_the_total_is_every_part_in_order():
    """Order matters to the token types (first occurrence first): the stack only sums neighbours."""
    parts = [[f"{i}a", f"{i}b"] for i in range(1000)]
    assert fold_all(iter(parts), _concat) == _concat(parts)


def test_nothing_added_is_no_total():
    assert Folds(_concat).total() is None


def test_a_growing_total_is_not_summed_again_for_every_few_parts():
    """A bucket's distinct bigrams keep growing with its partitions (Zipf's and Heaps' laws). Folding
    every 16 parts into one running total summed that total 125 times at 2,000 partitions; the stack
    sums the small sums often and the big ones rarely: here five times fewer rows."""
    rows_summed: list[int] = []

    def union(parts: list[frozenset[int]]) -> frozenset[int]:
        rows_summed.append(sum(len(p) for p in parts))
        return frozenset().union(*parts)

    rng = np.random.default_rng(0)
    parts = [frozenset(rng.zipf(1.2, 300).tolist()) for _ in range(2_000)]
    assert fold_all(iter(parts), union) == frozenset().union(*parts)
    running, old_rows = frozenset(), 0
    for i in range(0, len(parts), 16):  # the old way
        old_rows += len(running) + sum(len(p) for p in parts[i : i + 16])
        running = running.union(*parts[i : i + 16])
    assert sum(rows_summed) < old_rows / 4


def test_type_counts_folded_are_those_of_one_pass():
    texts = [f"روسيا وتركيا {i % 7} لروسيا" for i in range(200)]
    one_pass = tr.count_types(texts)
    folded = fold_all((tr.count_types([t]) for t in texts), tr.sum_type_counts)
    assert folded is not None
    assert folded.types == one_pass.types
    np.testing.assert_array_equal(folded.counts, one_pass.counts)
