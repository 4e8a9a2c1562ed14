"""Fixtures every test folder shares: the seed corpus, built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


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
