"""A full disk while importing on the Corpora page: a sentence saying what was saved, no traceback,
and never "failed" for articles that are in the store.

The disk fills at the write boundary: DuckDB's commit (:class:`FullDiskConnection` of
``tests/analysis/store/test_disk_full.py`` does the same for the library), or the save of the
analysis after the articles are in (what a real 6 MB disk does to a 1.4 MB import, see that module).
"""

from __future__ import annotations

import duckdb
import pytest
from app_runs import start

from analysis.store.database import Store, store_failure

ARTICLE = "روسيا وتركيا تتفقان على دوريات مشتركة في إدلب\n\nأعلنت وزارة الدفاع الروسية أن دوريات مشتركة مع الجانب التركي ستبدأ على الطريق الدولي.\n"  # fmt: skip
ENOSPC = 'IO Error: Could not write file "store.duckdb.wal": No space left on device'


class FullDiskConnection:
    """A DuckDB connection whose commit finds the disk full before anything reaches the file."""

    def __init__(self, con):
        self._con = con

    def commit(self):
        self._con.rollback()
        raise duckdb.TransactionException(f"TransactionContext Error: Failed to commit: {ENOSPC}")

    def __getattr__(self, name):
        return getattr(self._con, name)


def import_one(at, name: str):
    at.file_uploader[0].set_value([("good.txt", ARTICLE.encode("utf-8"), "text/plain")])
    at.radio(key="co_target").set_value("new")
    at.text_input(key="co_new_name").set_value(name)
    at.button(key="co_run_import").click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def said(at, kind: str) -> str:
    return "\n".join(str(m.value) for m in getattr(at, kind)).replace("\\", "")


def test_an_import_the_disk_cannot_hold_says_nothing_was_saved(fresh_store, monkeypatch):
    at = start("corpora")
    connect = duckdb.connect
    with monkeypatch.context() as full:  # only while importing
        full.setattr(duckdb, "connect", lambda *a, **k: FullDiskConnection(connect(*a, **k)))
        import_one(at, "محلي")
    assert f"The disk holding the article store {fresh_store / 'store.duckdb'} is full: nothing of this change was saved" in said(at, "error")  # fmt: skip
    assert Store(fresh_store).corpus_names() == ["seed"]


def test_articles_saved_but_not_their_analysis_are_said_to_be_saved(fresh_store, monkeypatch):
    at = start("corpora")

    def full_disk(self, tables, fresh):
        raise store_failure(self.path, OSError(28, "No space left on device"), saved="the analysis was not saved") or AssertionError  # fmt: skip

    monkeypatch.setattr(Store, "_save_extraction", full_disk)
    import_one(at, "محلي")
    assert said(at, "error") == ""
    warning = said(at, "warning")
    assert (
        "Articles saved in corpus" in warning
        and "محلي" in warning
        and ": 1. Their analysis could not be saved:" in warning
    )
    assert "is full: the analysis was not saved" in warning
    assert [m.value for m in at.metric][:1] == ["1"]  # the report: 1 imported
    assert len(Store(fresh_store).articles("محلي")) == 1


@pytest.fixture(autouse=True)
def _no_path_corpus(monkeypatch):
    monkeypatch.delenv("ARABIC_NEWS_CORPUS", raising=False)
