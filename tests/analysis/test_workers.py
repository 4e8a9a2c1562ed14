"""Batches shared between forked workers and the calling process (analysis.workers)."""

import multiprocessing
import os
import signal

import pytest

from analysis.workers import SharedBatches, WorkerError


def _worker_started():
    """An event a worker sets, for the caller to wait on (else it may do every batch first)."""
    return multiprocessing.get_context("fork").Event()


def test_every_batch_is_run_once_and_results_come_back_in_batch_order():
    ran_here, started = [], _worker_started()

    def run(i):
        if os.getpid() == parent:
            started.wait(10)
            ran_here.append(i)
        else:
            started.set()
        return (i, os.getpid())

    parent = os.getpid()
    shared = SharedBatches(run, n_batches=40, workers=2).start()
    results = shared.results()
    assert [i for i, _ in results] == list(range(40))
    pids = {pid for _, pid in results}
    assert len(pids - {parent}) >= 1  # the workers took batches
    # The caller took its batches from the back: a suffix of the batch list.
    assert ran_here == sorted(ran_here, reverse=True)
    assert ran_here == list(range(39, 39 - len(ran_here), -1))


def test_progress_is_reported_once_per_batch():
    seen = []
    SharedBatches(lambda i: i * i, n_batches=12, workers=1).start().results(seen.append)
    assert sorted(seen) == list(range(12))


def test_a_batch_that_raises_in_a_worker_raises_in_the_caller():
    parent, started = os.getpid(), _worker_started()

    def run(i):
        if os.getpid() != parent:
            started.set()
            raise ValueError(f"batch {i} is bad")
        started.wait(10)
        return i

    with pytest.raises(ValueError, match="batch 0 is bad"):
        SharedBatches(run, n_batches=3, workers=1).start().results()


def test_a_worker_that_dies_is_reported_not_waited_for_forever():
    parent, started = os.getpid(), _worker_started()

    def run(i):
        if os.getpid() != parent:
            started.set()
            os.kill(os.getpid(), signal.SIGKILL)
        started.wait(10)
        return i

    # The worker takes batch 0 and dies; the caller runs the others itself.
    shared = SharedBatches(run, n_batches=20, workers=1).start()
    with pytest.raises(WorkerError, match="died"):
        shared.results()
