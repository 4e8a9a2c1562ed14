"""A damaged article store: every page opens and says, in words, which file is damaged and what to
do; no page shows a traceback or only an error id (issue 14: "damaged store blocks give tracebacks").

The file is a store whose first bytes were overwritten (a failing disk, an interrupted copy): DuckDB
no longer recognises it. The pages fall back to the seed corpus read from its folder.
"""

from __future__ import annotations

import pytest
from app_runs import start

from analysis.store.database import DB_FILE

PAGES = ["overview", "themes", "actors", "timeline", "map", "articles", "search", "gazetteer", "briefing", "corpora"]


@pytest.fixture
def damaged_store(fresh_store):
    fresh_store.mkdir(parents=True)
    path = fresh_store / DB_FILE
    path.write_bytes(b"\0" * 4096 + b"DUCK" * 100_000)
    return path


def said(at) -> str:
    return "\n".join(e.value for kind in ("error", "warning") for e in getattr(at, kind))


@pytest.mark.parametrize("page", PAGES)
def test_every_page_names_the_damaged_file_and_what_to_do(damaged_store, page):
    at = start(page)  # no exception
    text = said(at).replace("\\", "")  # Markdown escapes (data\_dir)
    assert f"The article store {damaged_store} is damaged" in text, text
    assert "python -m analysis store check" in text
    assert "Something went wrong on this page" not in text  # the error-id message of an unexpected error
