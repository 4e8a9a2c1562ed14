"""Running the dashboard under ``streamlit.testing.v1.AppTest``, as the page tests share it."""

from __future__ import annotations

from repo_paths import ROOT
from streamlit.testing.v1 import AppTest

APP = str(ROOT / "dashboard" / "app.py")
#: ``app.py``'s default page: the root URL (its ``url_path`` is empty)
DEFAULT_PAGE = "overview"


def start(page: str | None = None, **params) -> AppTest:
    """The app opened on ``page`` (by its file name; the Overview without one) with ``params`` in
    the URL, as a link to that page opens it: one run, no exception.

    Before the first run AppTest names a page by its file name, which is the ``url_path`` every
    page of ``app.py`` has, so the page runs directly (the Overview does not run first); the check on
    ``_page_path`` (the page ``app.py`` ran, see :func:`dashboard.url.begin_page`) fails if a page
    were ever registered under another path and the app fell back to its default page.
    """
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    if page and page != DEFAULT_PAGE:
        at.switch_page(f"views/{page}.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    path = "" if page in (None, DEFAULT_PAGE) else page
    assert at.session_state["_page_path"] == path, f"{page or DEFAULT_PAGE!r} did not open directly"
    return at
