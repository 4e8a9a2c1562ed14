"""Domain knowledge as data files, validated by the modules that load them.

``actors.yaml`` and ``regions.yaml`` (the gazetteer), ``calendar.yaml`` (month, weekday and number
names, the week), ``event_types.yaml`` (event keywords and senses), ``clauses.yaml`` (clause
boundaries), ``stopwords_news.txt`` (news boilerplate).
"""

from __future__ import annotations

from pathlib import Path

#: The folder of the built-in data files.
DATA_DIR = Path(__file__).resolve().parent


def data_path(name: str) -> Path:
    """The path of the built-in data file ``name`` (``"calendar.yaml"``)."""
    return DATA_DIR / name
