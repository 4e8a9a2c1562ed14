"""A count with its noun, in the grammatical number the language wants for that count.

The plural category of a number is CLDR's (through ``babel``: ``Locale("ar").plural_form``);
the word form of each category is data (``analysis/data/plurals.yaml``)::

    count_phrase(5, "article")    # '5 مقالات'   (few: 3–10, plural)
    count_phrase(6, "event")      # '6 أحداث'
    count_phrase(11, "article")   # '11 مقالةً'  (many: 11–99, singular accusative)
    count_phrase(100, "event")    # '100 حدث'    (other: singular genitive)
    count_phrase(2, "article")    # 'مقالتان'    (two: the dual, no number)
    count_phrase(3, "article", lang="en")  # '3 articles'
    count_phrase(1_000_000, "article")  # '1,000,000 مقالة' (thousands grouped, as the dashboard writes them)
"""

from __future__ import annotations

import functools
from pathlib import Path

from babel import Locale

from analysis.data import read_yaml

PLURALS_FILE = Path(__file__).resolve().parents[1] / "data" / "plurals.yaml"
LANGS = ("ar", "en")


class PluralsError(ValueError):
    """plurals.yaml is wrong: names the file and the entry."""


@functools.lru_cache(maxsize=4)
def _locale(lang: str) -> Locale:
    return Locale.parse(lang)


@functools.lru_cache(maxsize=2)
def word_forms(path: str = str(PLURALS_FILE)) -> dict[str, dict[str, dict[str, str]]]:
    """word → lang → CLDR category → form (``{n}`` for the number), validated: every word has
    every language and every category CLDR defines for it."""
    with open(path, encoding="utf-8") as handle:
        data = read_yaml(handle.read()) or {}
    words = data.get("words")
    if not isinstance(words, dict) or not words:
        raise PluralsError(f"{path}: no `words`")
    for word, by_lang in words.items():
        for lang in LANGS:
            forms = (by_lang or {}).get(lang)
            if not isinstance(forms, dict):
                raise PluralsError(f"{path}: words.{word} has no `{lang}` forms")
            needed = set(_locale(lang).plural_form.tags) | {"other"}
            missing = sorted(needed - set(forms))
            extra = sorted(set(forms) - needed)
            if missing or extra:
                raise PluralsError(
                    f"{path}: words.{word}.{lang}: categories {', '.join(missing) or '-'} missing,"
                    f" {', '.join(extra) or '-'} unknown (CLDR: {', '.join(sorted(needed))})"
                )
    return words


def plural_category(n: int, lang: str = "ar") -> str:
    """CLDR's plural category of ``n`` in ``lang``: ``zero``, ``one``, ``two``, ``few``, ``many``, ``other``."""
    return _locale(lang).plural_form(abs(int(n)))


def count_phrase(n: int, word: str, lang: str = "ar", *, shown: str | None = None) -> str:
    """``n`` and ``word`` as a reader of ``lang`` writes them (see the module docstring), the number's
    thousands grouped as the dashboard writes them (``1,000,000 مقالة``, ``3,025 articles``); ``shown``
    is how the number itself is written when not so."""
    words = word_forms()
    if word not in words:
        raise KeyError(f"no plural forms for {word!r} in {PLURALS_FILE.name}: add them there")
    forms = words[word][lang if lang in LANGS else "en"]
    return forms[plural_category(n, lang if lang in LANGS else "en")].format(n=shown or f"{int(n):,}")
