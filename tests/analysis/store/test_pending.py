"""A corpus is pending from its import until its analysis succeeds; an analysis that raised, or whose
process died (the kernel kills an analysis that takes all the memory), leaves it marked failed with the
reason, so the dashboard does not start the same blow-up on every visit."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import analysis.store.database as database
from analysis.store.database import Store

ROOT = Path(__file__).resolve().parents[3]
TEXT = "قال وزير الخارجية الروسي أمس إن موسكو وأنقرة اتفقتا على وقف إطلاق النار في إدلب."


@pytest.fixture
def store(tmp_path):
    return Store(tmp_path, seed=False)


def test_an_imported_corpus_is_pending_until_analysed(store):
    store.add_article("محلي", TEXT, title="أ", date="2020-03-05")
    state = store.pending()["محلي"]
    assert (state.attempts, state.failed, state.running) == (0, False, False)
    store.tables("محلي")
    assert "محلي" not in store.pending()


def test_an_analysis_that_raises_leaves_the_corpus_failed_with_the_reason(store, monkeypatch):
    store.add_article("محلي", TEXT, title="أ", date="2020-03-05")

    def blow_up(*args, **kwargs):
        raise MemoryError("an article dense with date words")

    monkeypatch.setattr(database, "analyse", blow_up)
    with pytest.raises(MemoryError):
        store.tables("محلي")
    state = store.pending()["محلي"]
    assert state.failed and state.attempts == 1
    assert state.reason == "MemoryError: an article dense with date words"


def test_a_changed_corpus_starts_over(store, monkeypatch):
    store.add_article("محلي", TEXT, title="أ", date="2020-03-05")
    monkeypatch.setattr(database, "analyse", lambda *a, **k: (_ for _ in ()).throw(RuntimeError("boom")))
    with pytest.raises(RuntimeError):
        store.tables("محلي")
    assert store.pending()["محلي"].failed
    store.set_date("محلي", store.articles("محلي")["doc_id"][0], "2020-03-06")
    assert not store.pending()["محلي"].failed  # the analyst fixed something: it may be tried again
    monkeypatch.undo()
    store.tables("محلي")
    assert store.pending() == {}


def test_a_deleted_corpus_is_no_longer_pending(store):
    store.add_article("محلي", TEXT, title="أ")
    store.delete("محلي", confirm="محلي")
    assert store.pending() == {}


def test_an_analysis_whose_process_is_killed_is_seen_as_failed(store, tmp_path):
    store.add_article("محلي", TEXT, title="أ", date="2020-03-05")
    script = textwrap.dedent(
        f"""
        import time
        import analysis.store.database as database
        database.analyse = lambda *a, **k: time.sleep(120)  # an analysis that does not end by itself
        database.Store({str(tmp_path)!r}, seed=False).tables("محلي")
        """
    )
    child = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        deadline = time.monotonic() + 120
        while True:
            state = store.pending().get("محلي")
            if state is not None and state.attempts == 1:
                break
            assert child.poll() is None and time.monotonic() < deadline, "the analysis never started"
            time.sleep(0.2)
        assert state.running and not state.failed and state.pid == child.pid
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    state = store.pending()["محلي"]
    assert state.failed
    assert f"pid {child.pid}" in state.reason and "ended" in state.reason
