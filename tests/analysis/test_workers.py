"""Batches shared between forked workers and the calling process (analysis.workers)."""

import multiprocessing
import os
import signal
import subprocess
import sys
import time

import pytest
from repo_paths import ROOT

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


#: A process that starts two workers which each take a batch, note their pid and sleep; it then waits.
_PARENT = """
import os, sys, time
from analysis.workers import SharedBatches

folder = sys.argv[1]

def run(i):
    with open(os.path.join(folder, f"worker-{i}.pid"), "w") as f:
        f.write(str(os.getpid()))
    time.sleep(600)

SharedBatches(run, n_batches=2, workers=2).start()
time.sleep(600)
"""


def _gone(pid: int) -> bool:
    """No such process, or a zombie waiting to be reaped (it holds no memory)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True


def _wait_until(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_workers_die_with_a_parent_killed_by_sigkill(tmp_path):
    # Issue 14: `kill -9` of the server left a forked worker running, holding 0.6-1.1 GB.
    parent = subprocess.Popen(
        [sys.executable, "-c", _PARENT, str(tmp_path)], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}
    )
    pid_files = [tmp_path / "worker-0.pid", tmp_path / "worker-1.pid"]
    try:
        assert _wait_until(lambda: all(f.exists() and f.read_text() for f in pid_files), 60), (
            "the workers never started"
        )
        workers = [int(f.read_text()) for f in pid_files]
        assert not any(_gone(pid) for pid in workers)
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        # the kernel kills them at once; the wait only bounds a failure (no timing is asserted)
        assert _wait_until(lambda: all(_gone(pid) for pid in workers), 30), "a worker outlived its parent"
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        for f in pid_files:  # only the workers this test started, should they have survived
            if f.exists() and f.read_text() and not _gone(pid := int(f.read_text())):
                os.kill(pid, signal.SIGKILL)
