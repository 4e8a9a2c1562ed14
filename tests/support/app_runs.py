"""Running the dashboard under ``streamlit.testing.v1.AppTest``, as the page tests share it."""

from __future__ import annotations

from repo_paths import ROOT
from streamlit.testing.v1 import AppTest

APP = str(ROOT / "dashboard" / "app.py")


def start(page: str | None = None, **params) -> AppTest:
    """A first run of the app with ``params`` in the URL, then ``page`` (by its file name); no exception."""
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    if page:
        at.switch_page(f"views/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at
