"""The analyst's gazetteer edits: an overlay file beside the built-in gazetteer.

Edits are stored in ``<data dir>/gazetteer_overlay.yaml`` in the overlay format of
:func:`analysis.extract.gazetteer.load_gazetteer` (new ``actors``/``regions``, and ``extend`` entries
adding aliases to existing entities). Every edit is validated by loading the built-in files with
the edited overlay *before* anything is written; a refused edit raises
:class:`~analysis.extract.gazetteer.GazetteerError` (duplicate id, empty alias, alias claimed by another
entity, unknown entity, …) and leaves the file unchanged. The file is replaced atomically
(temporary file + rename), and each edit reads, changes and writes the file under an exclusive lock
(``gazetteer_overlay.yaml.lock``), so edits made at once by several sessions or processes are all
kept. Every entry point loads the gazetteer through :func:`analysis.config.gazetteer`, which applies
the overlay, and the overlay is part of ``Gazetteer.version``: the next analysis of any corpus
(dashboard, ``import``, ``build``, ``brief``) applies it (the store's extraction cache is keyed by that version).
"""

from __future__ import annotations

import copy
import fcntl
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml

from analysis.config import OVERLAY_FILE, overlay_path
from analysis.data import read_yaml
from analysis.extract.gazetteer import ALIAS_KINDS, Gazetteer, GazetteerError, OverlayText, load_gazetteer

_ALIAS_FIELD = {"alias": "aliases", "adjective": "adjectives", "metonym": "metonyms"}


def read_overlay(data_dir: str | Path | None = None) -> dict[str, list]:
    """The overlay as a mapping (``actors``, ``regions``, ``extend``); empty when there is none."""
    path = overlay_path(data_dir)
    if not path.exists():
        return {}
    document = read_yaml(path.read_text("utf-8")) or {}
    if not isinstance(document, dict):
        raise GazetteerError(str(path), None, "expected a mapping with 'actors', 'regions' or 'extend'")
    return document


@contextmanager
def _edit_lock(data_dir: str | Path | None) -> Iterator[None]:
    """Hold the overlay's lock file exclusively: one read-change-write at a time, across processes."""
    path = overlay_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(path.name + ".lock"), "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def add_alias(
    entity_id: str, alias: str, *, alias_kind: str = "alias", data_dir: str | Path | None = None
) -> Gazetteer:
    """Add ``alias`` (kind ``alias``, ``adjective`` or ``metonym``) to an existing entity.

    ``add_alias("russia", "بلاد الروس")``. Returns the gazetteer with the edit applied.
    """
    if alias_kind not in _ALIAS_FIELD:
        raise GazetteerError(OVERLAY_FILE, entity_id, f"alias kind must be one of {sorted(_ALIAS_FIELD)}")
    with _edit_lock(data_dir):
        return _add_alias(entity_id, alias, alias_kind, data_dir)


def _add_alias(entity_id: str, alias: str, alias_kind: str, data_dir: str | Path | None) -> Gazetteer:
    document = copy.deepcopy(read_overlay(data_dir))
    alias = alias.strip() if isinstance(alias, str) else alias
    # An entity added by the overlay itself takes the alias in its own entry.
    for list_name in ("actors", "regions"):
        for entry in document.get(list_name) or []:
            if isinstance(entry, dict) and entry.get("id") == entity_id:
                entry.setdefault(_ALIAS_FIELD[alias_kind], []).append(alias)
                return _save(document, data_dir)
    extends = document.setdefault("extend", [])
    entry = next((e for e in extends if isinstance(e, dict) and e.get("id") == entity_id), None)
    if entry is None:
        entry = {"id": entity_id}
        extends.append(entry)
    entry.setdefault(_ALIAS_FIELD[alias_kind], []).append(alias)
    return _save(document, data_dir)


def add_entity(
    entity_id: str,
    *,
    kind: str,
    type: str,
    name_en: str,
    name_ar: str,
    aliases: list[str] | tuple[str, ...] = (),
    affiliation: str | None = None,
    parent: str | None = None,
    lat: float | None = None,
    lon: float | None = None,
    data_dir: str | Path | None = None,
) -> Gazetteer:
    """Add a new actor (``kind="actor"``) or region (``kind="region"``, with ``lat``/``lon``).

    ``add_entity("wagner", kind="actor", type="armed_group", name_en="Wagner Group",
    name_ar="فاغنر", aliases=["مجموعة فاغنر"])``. Returns the gazetteer with the edit applied.
    """
    if kind not in ("actor", "region"):
        raise GazetteerError(OVERLAY_FILE, entity_id, "kind must be 'actor' or 'region'")
    entry: dict[str, Any] = {"id": entity_id, "type": type, "name_en": name_en, "name_ar": name_ar}
    if aliases:
        entry["aliases"] = [a.strip() if isinstance(a, str) else a for a in aliases]
    for name, value in (("affiliation", affiliation), ("parent", parent), ("lat", lat), ("lon", lon)):
        if value is not None:
            entry[name] = value
    with _edit_lock(data_dir):
        document = copy.deepcopy(read_overlay(data_dir))
        document.setdefault("actors" if kind == "actor" else "regions", []).append(entry)
        return _save(document, data_dir)


def _save(document: dict, data_dir: str | Path | None) -> Gazetteer:
    """Validate ``document`` against the built-in files, then write it atomically."""
    document = {k: v for k, v in document.items() if v}
    path = overlay_path(data_dir)
    text = "# Gazetteer edits made from the dashboard or the CLI (see analysis/store/overlay.py).\n"
    text += yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    # loaded as the file will be: raises GazetteerError before anything is written
    gazetteer = load_gazetteer(overlay=OverlayText(path, text.encode("utf-8")))
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=".overlay-", suffix=".yaml", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return gazetteer


__all__ = [
    "ALIAS_KINDS",
    "OVERLAY_FILE",
    "add_alias",
    "add_entity",
    "overlay_path",
    "read_overlay",
]
