"""Fixtures every test folder shares: the seed corpus, built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
BROWSER_TESTS = Path(__file__).resolve().parent / "browser"


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the marks
def pytest_collection_modifyitems(config, items):
    """Every test under ``tests/browser/`` in the xdist group ``browser``.

    ``make test`` runs pytest-xdist with ``--dist loadgroup``: a group runs whole on one worker, so
    the browser tests share that folder's session-scoped ``streamlit run`` server, Chromium and
    screenshots folder (which the ``screenshots`` fixture empties) as in a serial run, while the other
    worker takes the rest of the suite. Without ``-n`` the mark changes nothing.
    """
    for item in items:
        if BROWSER_TESTS in item.path.parents:
            item.add_marker(pytest.mark.xdist_group("browser"))


@pytest.fixture(scope="session")
def seed_tables():
    """The seed corpus through the real pipeline (``build("seeds")``), once for the whole session.

    Shared by every test that asks for it: treat the tables as read-only.
    """
    from analysis.pipeline import build

    return build(SEEDS)


@pytest.fixture(scope="session")
def seed_entities():
    """The default gazetteer's entity table (names and types), as the charts take it."""
    from analysis.extract.gazetteer import load_gazetteer

    return load_gazetteer().entities_table()
