"""A page that fails shows the analyst an error id, never a traceback; the traceback is in the
server's log under that id (issue 14: ``showErrorDetails = true`` showed server paths to everyone)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "dashboard" / "app.py")


def test_error_details_are_off_in_the_server_configuration():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text("utf-8"))
    assert config["client"]["showErrorDetails"] is False


@pytest.fixture(autouse=True)
def seed_corpus(monkeypatch):
    monkeypatch.setenv("ARABIC_NEWS_CORPUS", str(ROOT / "seeds"))


def test_a_failing_page_shows_an_id_that_is_in_the_server_log(monkeypatch, caplog):
    from dashboard import data

    def broken(*args, **kwargs):
        raise RuntimeError("disk I/O error in /srv/secret/store.duckdb")

    monkeypatch.setattr(data, "search_concordance", broken)
    at = AppTest.from_file(APP, default_timeout=90)
    at.query_params["q"] = "روسيا"
    at.run()
    at.switch_page("views/search.py").run()
    shown = [e.value for e in at.error]
    assert len(shown) == 1, shown
    error_id = re.search(r"error (e-[0-9a-f]{8})", shown[0]).group(1)
    assert "/srv/secret" not in shown[0]
    logged = [r for r in caplog.records if r.name == "dashboard.errors"]
    assert error_id in logged[0].getMessage()
    assert "/srv/secret/store.duckdb" in logged[0].getMessage() and logged[0].exc_info
