"""Batches of work shared between forked worker processes and the calling process.

The per-article extraction of a large corpus runs in worker processes while the calling
process computes the corpus-wide TF-IDF and themes; then the caller joins in::

    batches = SharedBatches(lambda i: work(i), n_batches=60, workers=1).start()
    ...                                  # the caller's own work, meanwhile
    results = batches.results()          # [work(0), work(1), …, work(59)]

Workers take batches from the front of a shared counter; when the caller is free it
takes batches from the back, so the two meet in the middle and every core stays busy.
Workers are forked: they inherit ``run`` and everything it refers to (the documents,
the gazetteer), so nothing is pickled on the way in and ``run`` may be a closure. Each
worker sends its results back through a queue the moment they are ready, with no
feeding thread in the calling process that a busy interpreter could starve.
"""

from __future__ import annotations

import multiprocessing
import queue
from collections.abc import Callable
from typing import Any

#: How long the caller waits for a result before it checks that the workers are alive.
_POLL_SECONDS = 1.0


class WorkerError(RuntimeError):
    """A worker process died before it returned all of its batches."""


def _work(run: Callable[[int], Any], bounds, lock, results) -> None:
    while True:
        with lock:
            index = bounds[0]
            if index >= bounds[1]:
                break
            bounds[0] = index + 1
        try:
            results.put((index, True, run(index)))
        except BaseException as error:
            results.put((index, False, error))
            break
    results.close()
    results.join_thread()  # everything is sent before the process exits


class SharedBatches:
    """``run(0) … run(n_batches - 1)``, split between ``workers`` processes and the caller."""

    def __init__(self, run: Callable[[int], Any], n_batches: int, workers: int):
        self.run, self.n_batches, self.workers = run, n_batches, workers
        self._processes: list = []

    def start(self) -> SharedBatches:
        context = multiprocessing.get_context("fork")
        # bounds[0]: the next batch from the front; bounds[1]: one past the last batch left.
        self._bounds = context.RawArray("i", [0, self.n_batches])
        self._lock = context.Lock()
        self._results = context.Queue()
        self._processes = [
            context.Process(target=_work, args=(self.run, self._bounds, self._lock, self._results), daemon=True)
            for _ in range(self.workers)
        ]
        for process in self._processes:
            process.start()
        return self

    def _take_from_the_back(self) -> int | None:
        with self._lock:
            if self._bounds[1] <= self._bounds[0]:
                return None
            self._bounds[1] -= 1
            return self._bounds[1]

    def results(self, progress: Callable[[int], None] | None = None) -> list:
        """Every batch's result, in batch order; ``progress(index)`` as each one is in.

        Raises the exception a batch raised in a worker, or :class:`WorkerError` if a
        worker process died.
        """
        done: dict[int, Any] = {}
        try:
            while (index := self._take_from_the_back()) is not None:
                done[index] = self.run(index)
                if progress:
                    progress(index)
            while len(done) < self.n_batches:
                try:
                    index, ok, value = self._results.get(timeout=_POLL_SECONDS)
                except queue.Empty:
                    if not any(process.is_alive() for process in self._processes):
                        missing = self.n_batches - len(done)
                        raise WorkerError(f"a worker process died with {missing} batch(es) unfinished") from None
                    continue
                if not ok:
                    raise value
                done[index] = value
                if progress:
                    progress(index)
        finally:
            self.close()
        return [done[i] for i in range(self.n_batches)]

    def close(self) -> None:
        """Stop the workers (they have finished unless something failed)."""
        for process in self._processes:
            if process.is_alive():
                process.terminate()
            process.join()
        self._processes = []
