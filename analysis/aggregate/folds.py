"""Sums of many parts that come one at a time (a partition's counts, a bucket's pairs), in O(n log n).

The streamed build sums thousands of partitions' counts: the bigrams of a bucket, their spellings, the
co-mentioned pairs, the token types. Folding every few parts into one running total re-sums the total
each time: at a million articles a bucket's 2,000 partitions meant 125 passes over a total that had
grown to most of the bucket, the cost growing as partitions × total. :class:`Folds` keeps a short
stack of partial sums instead, like a binary counter: a sum of 2ᵏ blocks is summed with the one before
only once that one is a sum of as many (the rule of a log-structured merge). A row is summed at most
about log₂(n) times; on counts whose distinct keys keep growing as the parts come (words, bigrams,
pairs: Heaps' law) the small sums are most of the work, which then grows about linearly; at worst
(every block holds every key) it is the running total's. At most log₂(n / 16) partial sums are held.

Order is kept: the stack holds the earliest parts at the bottom and only neighbours are summed, so a
``combine`` that keeps its parts' order (types in order of first occurrence) gives what one pass over
all the parts in order gives.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T")

#: Parts held before they are summed together onto the stack.
FAN_IN = 16


class Folds(Generic[T]):
    """Parts summed as they come: :meth:`add` each part, in order; :meth:`total` is the sum of all.

    ``combine(parts)`` sums a list of parts (in order) into one part of the same kind.
    """

    def __init__(self, combine: Callable[[list[T]], T], fan_in: int = FAN_IN) -> None:
        self.combine = combine
        self.fan_in = fan_in
        self.held: list[T] = []
        self.stack: list[tuple[int, T]] = []

    def add(self, part: T) -> None:
        self.held.append(part)
        if len(self.held) >= self.fan_in:
            self._push()

    def _push(self) -> None:
        block = self.combine(self.held)
        self.held = []
        self.stack.append((1, block))  # (blocks summed in it, the sum)
        while len(self.stack) >= 2 and self.stack[-2][0] == self.stack[-1][0]:
            (weight, earlier), (_, later) = self.stack[-2], self.stack.pop()
            self.stack[-1] = (2 * weight, self.combine([earlier, later]))

    def total(self) -> T | None:
        """The sum of every part added (None when none was)."""
        parts = [block for _, block in self.stack] + self.held
        if not parts:
            return None
        return self.combine(parts)


def fold_all(parts: Iterable[T], combine: Callable[[list[T]], T]) -> T | None:
    """The sum of ``parts`` (an iterator read once), through :class:`Folds`."""
    folds: Folds[T] = Folds(combine)
    for part in parts:
        folds.add(part)
    return folds.total()
