"""Interface text in English or Arabic, from the one catalogue ``labels.yaml``.

``t("page_actors")`` → ``"Actors"`` or ``"الفاعلون"`` depending on the interface language,
which lives in ``st.session_state["lang"]`` (and in the URL as ``lang=ar``).

A count written ``{n|sentence}`` in a label is the number with its noun in the grammatical number
the language wants for it (CLDR's plural rules, :func:`analysis.text.plurals.count_phrase`):
``t("ac_evidence_one", n=1)`` → ``Mentioned in 1 sentence``; ``{docs|article}`` in Arabic →
``5 مقالات``, ``11 مقالةً``, ``مقالتان``. Arabic labels put a count in a position where that form is
right (a list item, a subject), or write ``label: {n}``.
"""

from __future__ import annotations

import re
import time
from functools import lru_cache
from pathlib import Path

import streamlit as st
import yaml

from analysis.data import YAML_LOADER
from analysis.text.plurals import count_phrase, word_forms

LANGS = ("en", "ar")
_CATALOGUE = Path(__file__).with_name("labels.yaml")
#: ``{n|sentence}``: the value ``n`` written with the noun ``sentence`` of ``analysis/data/plurals.yaml``.
_COUNTED = re.compile(r"\{(\w+)\|(\w+)\}")


#: Seconds between two looks at the labels file's modification time: a page asks for thousands of
#: labels per run (one per table cell that shows a code), and a stat each costs ~20 µs.
_RECHECK = 1.0
_checked = [-_RECHECK, 0]  # when the file was last looked at (monotonic), its mtime then


def catalogue() -> dict[str, dict[str, str]]:
    """The labels, validated: every entry has an English text (re-read when the file changes)."""
    now = time.monotonic()
    if now - _checked[0] >= _RECHECK:
        _checked[:] = [now, _CATALOGUE.stat().st_mtime_ns]
    return _catalogue(_checked[1])


@lru_cache(maxsize=2)
def _catalogue(_mtime: int) -> dict[str, dict[str, str]]:
    return load_catalogue(_CATALOGUE)


class _UniqueKeyLoader(YAML_LOADER):
    """YAML that refuses a key given twice (plain YAML keeps the last one, silently)."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise ValueError(f"line {key_node.start_mark.line + 1}: {key!r} is defined twice")
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def load_catalogue(path: Path) -> dict[str, dict[str, str]]:
    """The labels of ``path``, validated: unique keys, every entry with an English text."""
    try:
        data = yaml.load(path.read_text("utf-8"), Loader=_UniqueKeyLoader)
    except ValueError as error:
        raise ValueError(f"{path}: {error}") from None
    words = word_forms()
    for key, entry in data.items():
        if not isinstance(entry, dict) or not entry.get("en"):
            raise ValueError(f"{path}: entry {key!r} needs at least an 'en' text")
        for lang, text in entry.items():  # `{en: per 10,000 A}` is the text "per 10" and a key "000 A"
            if lang not in LANGS or not isinstance(text, str):
                raise ValueError(f"{path}: entry {key!r} has {lang!r}: {text!r}, not a text of a language "
                                 f"({', '.join(LANGS)}); quote a text that holds a comma")  # fmt: skip
        for lang, text in entry.items():
            for _, word in _COUNTED.findall(str(text)):
                if word not in words:
                    raise ValueError(
                        f"{path}: entry {key!r} ({lang}) counts {word!r}, a noun plurals.yaml does not have"
                    )
    return data


def current_lang() -> str:
    lang = st.session_state.get("lang", "en")
    return lang if lang in LANGS else "en"


def t(key: str, lang: str | None = None, **values) -> str:
    """The label ``key`` in ``lang`` (default: the interface language), placeholders filled."""
    entry = catalogue()[key]
    lang = lang or current_lang()
    if not entry.get(lang):
        lang = "en"
    text = entry[lang]
    if not values:
        return text
    counted = lambda m: _counted(values[m[1]], m[2], lang).replace("{", "{{").replace("}", "}}")  # noqa: E731
    return _COUNTED.sub(counted, text).format(**values)


def _counted(value, word: str, lang: str) -> str:
    """A count given as a number or as the number written with separators (``f"{n:,}"``)."""
    if isinstance(value, str):
        return count_phrase(int(value.replace(",", "").replace("\u066c", "")), word, lang, shown=value)
    return count_phrase(value, word, lang)


def code_label(prefix: str, code) -> str:
    """A code from the tables in the interface language: ``code_label("kind", "actor")`` →
    ``فاعل``; a code the catalogue does not name is shown as it is."""
    key = f"{prefix}_{code}"
    return t(key) if key in catalogue() else str(code if code is not None else "")


def chart_lang() -> str:
    """The ``lang`` argument of the chart functions: bilingual names in English, Arabic in Arabic."""
    return "ar" if current_lang() == "ar" else "both"
