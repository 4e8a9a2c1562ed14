"""Domain knowledge as data files, validated by the modules that load them.

``actors.yaml`` and ``regions.yaml`` (the gazetteer), ``calendar.yaml`` (month, weekday and number
names, the week), ``event_types.yaml`` (event keywords and senses), ``clauses.yaml`` (clause
boundaries), ``stopwords_news.txt`` (news boilerplate).
"""

from __future__ import annotations

from pathlib import Path

import yaml

#: The folder of the built-in data files.
DATA_DIR = Path(__file__).resolve().parent


def data_path(name: str) -> Path:
    """The path of the built-in data file ``name`` (``"calendar.yaml"``)."""
    return DATA_DIR / name


def data_mapping(name: str, what: str = "a mapping") -> tuple[Path, dict]:
    """The built-in YAML file ``name`` and its top-level mapping; a file that holds anything else is
    refused with its name (``what`` says what it should hold: ``"a mapping of settings"``)."""
    path = data_path(name)
    raw = yaml.safe_load(path.read_text("utf-8"))
    if not isinstance(raw, dict):
        raise ValueError(f"{path.name}: expected {what}")
    return path, raw
