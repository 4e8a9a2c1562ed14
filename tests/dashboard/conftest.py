"""Every dashboard test runs against an article store of its own, never the repository's ``data/``.

The store (and its seed corpus) is created on the first run of the app; one store per session
is enough for the tests that only read it. Tests that change the store ask for ``fresh_store``.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def shared_data_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("store")


@pytest.fixture(autouse=True)
def isolated_store(monkeypatch, shared_data_dir):
    monkeypatch.setenv("ARABIC_NEWS_DATA", str(shared_data_dir))
    return shared_data_dir


@pytest.fixture
def fresh_store(monkeypatch, isolated_store, tmp_path):
    """An empty data directory for this test alone (the app creates the store and its seed corpus)."""
    folder = tmp_path / "data"
    monkeypatch.setenv("ARABIC_NEWS_DATA", str(folder))
    return folder
