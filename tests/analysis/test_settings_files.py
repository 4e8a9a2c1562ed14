"""Settings files (``analysis/data/boilerplate.yaml``, ``theme_count.yaml``) are read into their
dataclass and checked: a missing, non-positive, wrong-typed or unknown setting names the file."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

import analysis.data as data
from analysis.aggregate.boilerplate import BoilerplateSettings, boilerplate_settings
from analysis.aggregate.theme_count import CountSettings, count_settings


@dataclass(frozen=True)
class Example:
    window: int = 3
    share: float = 0.5
    factors: tuple[float, ...] = (1.0,)


def read(tmp_path, monkeypatch, text: str) -> Example:
    (tmp_path / "example.yaml").write_text(text, "utf-8")
    monkeypatch.setattr(data, "DATA_DIR", tmp_path)
    return data.positive_settings(Example, "example.yaml", lists=("factors",))


def test_the_built_in_files_read():
    assert isinstance(boilerplate_settings(), BoilerplateSettings)
    assert isinstance(count_settings(), CountSettings) and count_settings().candidates


def test_values_take_the_type_of_their_default(tmp_path, monkeypatch):
    assert read(tmp_path, monkeypatch, "window: 4\nshare: 1\nfactors: [0.5, 2]\n") == Example(4, 1.0, (0.5, 2.0))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("window: 4\nfactors: [1]\n", "example.yaml: share must be a number > 0, got None"),
        ("window: 0\nshare: 1\nfactors: [1]\n", "example.yaml: window must be a number > 0, got 0"),
        ("window: true\nshare: 1\nfactors: [1]\n", "example.yaml: window must be a number > 0, got True"),
        ("window: 4\nshare: 1\nfactors: []\n", "example.yaml: factors must be a list of numbers > 0, got []"),
        ("window: 4\nshare: 1\nfactors: [1]\nwidow: 2\n", "example.yaml: unknown settings ['widow']"),
        ("- 1\n", "example.yaml: expected a mapping of settings"),
    ],
)
def test_a_wrong_setting_names_the_file_and_the_setting(tmp_path, monkeypatch, text, message):
    with pytest.raises(ValueError, match=message.replace("[", r"\[").replace("]", r"\]")):
        read(tmp_path, monkeypatch, text)
