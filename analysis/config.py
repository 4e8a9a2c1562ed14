"""Where things are, and which gazetteer is in force: the one place every entry point asks.

The command line (``build``, ``brief``, ``import``, ``corpora``), the article store, the path
cache and the dashboard all take their folders and their gazetteer from here, so they can never
disagree: a gazetteer edit made in the dashboard is applied by ``python -m analysis build`` too.

* :func:`data_dir`: ``$ARABIC_NEWS_DATA``, else ``data/`` at the repository root (git-ignored):
  the article store, its Parquet snapshots and the analyst's gazetteer edits.
* :func:`cache_dir`: ``$ARABIC_NEWS_CACHE``, else ``cache/`` in the data directory: analysed
  corpora read from a path.
* :func:`roles_path`: ``$ARABIC_NEWS_ROLES``, else ``roles.yaml`` in the data directory: who may do
  what in the dashboard once sign-in is configured.
* :func:`gazetteer`: the built-in gazetteer (``analysis/data/actors.yaml``, ``regions.yaml``)
  with the data directory's overlay of edits (:mod:`analysis.store.overlay`) applied.

Every function reads the environment when called, so a test or a second store can point
elsewhere by setting the variable or passing a folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from analysis.extract.gazetteer import Gazetteer, load_gazetteer

#: The repository (or source tree) the package runs from.
REPO_ROOT = Path(__file__).resolve().parents[1]
#: The seed corpus: five articles on Russian–Turkish relations in northern Syria.
SEED_PATH = REPO_ROOT / "seeds"
#: The file of the analyst's gazetteer edits, in the data directory.
OVERLAY_FILE = "gazetteer_overlay.yaml"

DATA_ENV = "ARABIC_NEWS_DATA"
CACHE_ENV = "ARABIC_NEWS_CACHE"
ROLES_ENV = "ARABIC_NEWS_ROLES"
#: Who may do what once sign-in is configured (dashboard/access.py), in the data directory.
ROLES_FILE = "roles.yaml"


def data_dir() -> Path:
    """``$ARABIC_NEWS_DATA``, else ``data/`` at the repository root."""
    env = os.environ.get(DATA_ENV)
    return Path(env).expanduser() if env else REPO_ROOT / "data"


def cache_dir(folder: str | Path | None = None) -> Path:
    """``$ARABIC_NEWS_CACHE``, else ``cache/`` in the data directory ``folder`` (default :func:`data_dir`)."""
    env = os.environ.get(CACHE_ENV)
    return Path(env).expanduser() if env else Path(folder if folder is not None else data_dir()) / "cache"


def roles_path() -> Path:
    """``$ARABIC_NEWS_ROLES``, else ``roles.yaml`` in :func:`data_dir`: the dashboard's roles file."""
    env = os.environ.get(ROLES_ENV)
    return Path(env).expanduser() if env else data_dir() / ROLES_FILE


def overlay_path(folder: str | Path | None = None) -> Path:
    """The gazetteer overlay of the data directory ``folder`` (default :func:`data_dir`)."""
    return Path(folder if folder is not None else data_dir()) / OVERLAY_FILE


def gazetteer(folder: str | Path | None = None) -> Gazetteer:
    """The built-in gazetteer with the overlay of the data directory ``folder`` applied.

    Raises :class:`~analysis.extract.gazetteer.GazetteerError` (naming the overlay file and the
    entry) when a hand-edited overlay no longer loads.
    """
    path = overlay_path(folder)
    return load_gazetteer(overlay=path if path.exists() else None)
