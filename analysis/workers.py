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

No worker outlives the calling process: on Linux each asks the kernel to kill it when its parent
dies (``prctl(PR_SET_PDEATHSIG, SIGKILL)``), so a ``kill -9`` of the dashboard's server or of an
import leaves no worker holding its share of the corpus (0.6-1.1 GB each on SaudiNewsNet).
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import queue
import signal
import sys
from collections.abc import Callable
from typing import Any

#: How long the caller waits for a result before it checks that the workers are alive.
_POLL_SECONDS = 1.0


class WorkerError(RuntimeError):
    """A worker process died before it returned all of its batches."""


_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def die_with_parent(parent: int) -> None:
    """Have the kernel SIGKILL this process when ``parent`` (the process that forked it) dies.

    Linux only (elsewhere a no-op). The parent may have died between the fork and this call: then
    the process is an orphan already and exits at once. The signal is sent when the *thread* that
    forked ends; :class:`SharedBatches` joins its workers before the caller's thread returns.
    """
    if not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
        return
    if os.getppid() != parent:
        os._exit(1)


def _work(run: Callable[[int], Any], bounds, lock, results, parent: int) -> None:
    die_with_parent(parent)
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
            context.Process(
                target=_work, args=(self.run, self._bounds, self._lock, self._results, os.getpid()), daemon=True
            )
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
