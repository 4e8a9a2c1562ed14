"""Interface text in English or Arabic, from the one catalogue ``labels.yaml``.

``t("page_actors")`` → ``"Actors"`` or ``"الفاعلون"`` depending on the interface language,
which lives in ``st.session_state["lang"]`` (and in the URL as ``lang=ar``).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import streamlit as st
import yaml

LANGS = ("en", "ar")
_CATALOGUE = Path(__file__).with_name("labels.yaml")


def catalogue() -> dict[str, dict[str, str]]:
    """The labels, validated: every entry has an English text (re-read when the file changes)."""
    return _catalogue(_CATALOGUE.stat().st_mtime_ns)


@lru_cache(maxsize=2)
def _catalogue(_mtime: int) -> dict[str, dict[str, str]]:
    data = yaml.safe_load(_CATALOGUE.read_text("utf-8"))
    for key, entry in data.items():
        if not isinstance(entry, dict) or not entry.get("en"):
            raise ValueError(f"{_CATALOGUE}: entry {key!r} needs at least an 'en' text")
    return data


def current_lang() -> str:
    lang = st.session_state.get("lang", "en")
    return lang if lang in LANGS else "en"


def t(key: str, lang: str | None = None, **values) -> str:
    """The label ``key`` in ``lang`` (default: the interface language), placeholders filled."""
    entry = catalogue()[key]
    text = entry.get(lang or current_lang()) or entry["en"]
    return text.format(**values) if values else text


def chart_lang() -> str:
    """The ``lang`` argument of the chart functions: bilingual names in English, Arabic in Arabic."""
    return "ar" if current_lang() == "ar" else "both"
