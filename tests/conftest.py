"""Fixtures every test folder shares: the seed corpus, built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# Property tests check results, not time: Hypothesis's default 200 ms deadline per example failed
# test_original_span_normalizes_back_to_the_span on a loaded machine (453 ms once, 0.4 ms again).
# Speed is measured by the scripts in bench/, never by a test.
settings.register_profile("no_deadline", deadline=None)
settings.load_profile("no_deadline")


@pytest.hookimpl(optionalhook=True)  # a pytest-xdist hook: called only when tests run in workers (-n)
def pytest_xdist_make_scheduler(config, log):
    """How ``make test`` (``pytest -n auto``) shares the tests among its workers.

    Every test under ``tests/browser/`` is one unit of work, so one worker runs them all with that
    folder's session-scoped ``streamlit run`` server, Chromium and screenshots folder (which the
    ``screenshots`` fixture empties), as in a serial run; every other test file is a unit of its own
    (its module fixtures built once). The browser tests, the longest unit by far, go out first.

    xdist's own ``--dist loadgroup`` would do the first part with ``xdist_group`` marks, but
    pytest-xdist 3.8.0 renames ``item._nodeid``, which pytest 9.2 no longer reads: the marks are
    silently ignored and the browser tests end up split between workers.
    """
    if config.getvalue("dist") != "load":  # an explicit --dist other than -n's default is obeyed
        return None
    from xdist.scheduler import LoadScopeScheduling

    browser = "tests/browser/"

    class BrowserTestsTogether(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            path = nodeid.split("::", 1)[0]
            return browser if path.startswith(browser) else path

        def _assign_work_unit(self, node) -> None:
            if browser in self.workqueue:  # the longest unit first (xdist orders units by test count)
                self.workqueue.move_to_end(browser, last=False)
            super()._assign_work_unit(node)

    return BrowserTestsTogether(config, log)


@pytest.fixture(scope="session")
def seed_tables():
    """The seed corpus through the real pipeline (``build("seeds")``), once for the whole session.

    Shared by every test that asks for it: treat the tables as read-only.
    """
    from analysis.pipeline import build

    return build(SEEDS)


@pytest.fixture(scope="session")
def seed_entities(seed_tables):
    """The default gazetteer's entity table (names and types) with the entities the seeds discover
    (``جامعة صابانجي``), as the dashboard gives the charts."""
    from analysis.extract.discovered import entities_with_discovered
    from analysis.extract.gazetteer import load_gazetteer

    return entities_with_discovered(load_gazetteer().entities_table(), seed_tables.mentions)
