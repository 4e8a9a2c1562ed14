"""Domain knowledge as data files, validated by the modules that load them.

``actors.yaml`` and ``regions.yaml`` (the gazetteer), ``calendar.yaml`` (month, weekday and number
names, the week), ``event_types.yaml`` (event keywords and senses), ``clauses.yaml`` (clause
boundaries), ``stopwords_news.txt`` (news boilerplate).
"""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path
from typing import Any, TypeVar

import yaml

_Settings = TypeVar("_Settings")

#: The folder of the built-in data files.
DATA_DIR = Path(__file__).resolve().parent


#: libyaml's parser where PyYAML was built with it: 5–10 times faster than the pure-Python one (the
#: dashboard's first page reads the labels, the event types and the gazetteer's files).
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(text: str | bytes) -> Any:
    """The YAML document ``text``, as ``yaml.safe_load`` reads it (safe types only)."""
    return yaml.load(text, Loader=YAML_LOADER)  # noqa: S506 (a safe loader)


def data_path(name: str) -> Path:
    """The path of the built-in data file ``name`` (``"calendar.yaml"``)."""
    return DATA_DIR / name


def data_mapping(name: str, what: str = "a mapping") -> tuple[Path, dict]:
    """The built-in YAML file ``name`` and its top-level mapping; a file that holds anything else is
    refused with its name (``what`` says what it should hold: ``"a mapping of settings"``)."""
    path = data_path(name)
    raw = read_yaml(path.read_text("utf-8"))
    if not isinstance(raw, dict):
        raise ValueError(f"{path.name}: expected {what}")
    return path, raw


def positive_settings(cls: type[_Settings], name: str, *, lists: tuple[str, ...] = ()) -> _Settings:
    """The settings file ``name`` read into the frozen dataclass ``cls``: every field present, a
    number > 0 of its default's type (``int`` or ``float``), those named in ``lists`` a non-empty list
    of numbers > 0 (a tuple of floats); a missing, wrong or unknown setting is refused, naming the file."""
    path, raw = data_mapping(name, "a mapping of settings")
    defaults = cls()
    values: dict[str, Any] = {}
    for f in fields(defaults):  # type: ignore[arg-type]
        value = raw.get(f.name)
        if f.name in lists:
            if not isinstance(value, list) or not value or not all(_positive(v) for v in value):
                raise ValueError(f"{path.name}: {f.name} must be a list of numbers > 0, got {value!r}")
            values[f.name] = tuple(float(v) for v in value)
        elif _positive(value):
            values[f.name] = type(getattr(defaults, f.name))(value)
        else:
            raise ValueError(f"{path.name}: {f.name} must be a number > 0, got {value!r}")
    unknown = set(raw) - set(values)
    if unknown:
        raise ValueError(f"{path.name}: unknown settings {sorted(unknown)}")
    return cls(**values)


def _positive(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value > 0
