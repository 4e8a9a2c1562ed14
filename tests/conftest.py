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


#: The browser test files that make the second of the two browser units (see below); every other file
#: under ``tests/browser/`` is in the first. The two take about as long: the tests of the eighth session's
#: CI log that took 5 s or more add up to 440 s here and 330 s in the first, which has most of the
#: shorter ones (the parametrised checks of test_arabic_complete.py). The modules that start servers of
#: their own are here, with the ones that change the shared server's store (an import, a named
#: briefing, merged themes), so the first unit's server keeps the store as it starts.
SECOND_BROWSER_UNIT = frozenset(
    {
        "test_queried_in_browser.py",
        "test_signin.py",
        "test_serve_processes.py",
        "test_local_cluster_in_browser.py",
        "test_stalled_in_browser.py",
        "test_discover_in_browser.py",
        "test_state_filter_in_browser.py",
        "test_theme_merge_in_browser.py",
        "test_context_kept.py",
        "test_import.py",
        "test_exports.py",
        "test_evidence_clicks.py",
    }
)

#: The longest test files outside ``tests/browser/`` (the eighth session's CI log: 135 s, 40 s, 35 s,
#: 33 s of work), given out right after the browser units: last, one would keep a worker busy alone.
LONG_FILES = (
    "tests/analysis/test_engine.py",
    "tests/analysis/test_streaming.py",
    "tests/analysis/store/test_build_queries.py",
    "tests/analysis/aggregate/test_comentions.py",
)


@pytest.hookimpl(optionalhook=True)  # a pytest-xdist hook: called only when tests run in workers (-n)
def pytest_xdist_make_scheduler(config, log):
    """How ``make test`` (``pytest -n auto``) shares the tests among its workers.

    The tests under ``tests/browser/`` are two units of work (:data:`SECOND_BROWSER_UNIT` and the
    rest), so two workers run them at once, each with that folder's session-scoped ``streamlit run``
    server (its own port, cache and article store) and Chromium (its own empty profile); the tests of
    one unit run in one worker in file order, as in a serial run. Every other test file is a unit of
    its own (its module fixtures built once). The browser units, the longest by far, go out first.

    xdist's own ``--dist loadgroup`` would do the first part with ``xdist_group`` marks, but
    pytest-xdist 3.8.0 renames ``item._nodeid``, which pytest 9.2 no longer reads: the marks are
    silently ignored and the browser tests end up split between workers.
    """
    if config.getvalue("dist") != "load":  # an explicit --dist other than -n's default is obeyed
        return None
    from xdist.scheduler import LoadScopeScheduling

    browser = "tests/browser/"
    units = (browser + " (1)", browser + " (2)")

    class BrowserTestsInTwo(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            path = nodeid.split("::", 1)[0]
            if not path.startswith(browser):
                return path
            return units[path.removeprefix(browser) in SECOND_BROWSER_UNIT]

        def _assign_work_unit(self, node) -> None:
            # the longest units first (xdist orders units by test count), so no long file is left for the end
            for unit in reversed((*units, *LONG_FILES)):
                if unit in self.workqueue:
                    self.workqueue.move_to_end(unit, last=False)
            super()._assign_work_unit(node)

    return BrowserTestsInTwo(config, log)


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
