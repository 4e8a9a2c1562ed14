"""Fixtures for the briefing tests: a running kaleido server, and the Debian tools the checks
need (missing ones fail with the install command, never skip). The seed tables are
``seed_tables`` of ``tests/conftest.py``."""

from __future__ import annotations

import pytest
from briefing_checks import require_tool


@pytest.fixture(scope="session")
def server():
    require_tool("chromium", "chromium")
    from analysis.briefing import ensure_server

    ensure_server()
    return
