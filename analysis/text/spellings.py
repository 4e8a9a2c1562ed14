"""One word, two house spellings (``analysis/data/spellings.yaml``): ``أميركا`` = ``أمريكا``, ``مائة`` = ``مئة``.

Outlets keep a house style: on SaudiNewsNet aawsat writes أميركا and مائة, most others أمريكا and مئة, so the
Compare page's key terms of one outlet against another were its spellings. The terms count, and the term
evidence and the text search find, every variant as one spelling; the article text is never changed.
Works on normalised text (:func:`analysis.text.normalize.normalize`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.data import data_path, read_yaml
from analysis.text.compounds import join_compound_names


@lru_cache(maxsize=1)
def _variants() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(spelling, its other spellings) of ``spellings.yaml``, checked: every part a non-empty string."""
    path = data_path("spellings.yaml")
    rows = read_yaml(path.read_text("utf-8")).get("variants") or []
    out = []
    for row in rows:
        also = tuple(row.get("also") or ())
        if (
            not isinstance(row.get("as"), str)
            or not row["as"]
            or not also
            or not all(isinstance(a, str) and a for a in also)
        ):
            raise ValueError(f"{path}: each variant needs 'as' (a spelling) and 'also' (other spellings): {row!r}")
        out.append((row["as"], also))
    return tuple(out)


@lru_cache(maxsize=1)
def _to_spelling() -> tuple[re.Pattern, dict[str, str]]:
    other = {a: spelling for spelling, also in _variants() for a in also}
    return re.compile("|".join(sorted(map(re.escape, other), key=len, reverse=True))), other


def house_spelling(normal: str) -> str:
    """``normal`` (normalised text or a word) with every variant written as its ``as`` spelling:
    ``الاميركيه`` → ``الامريكيه``."""
    pattern, other = _to_spelling()
    return pattern.sub(lambda m: other[m.group(0)], normal)


@lru_cache(maxsize=1)
def _spellings_pattern() -> re.Pattern:
    return re.compile("|".join(sorted((re.escape(s) for s, _ in _variants()), key=len, reverse=True)))


def spelling_parts(word: str) -> list[tuple[str, ...]]:
    """``word`` (in its ``as`` spellings) cut into parts, each the tuple of its spellings:
    ``الامريكيه`` → ``[("ال",), ("امريك", "اميرك"), ("يه",)]``; the text search matches any of them."""
    spellings = dict(_variants())
    parts: list[tuple[str, ...]] = []
    at = 0
    for m in _spellings_pattern().finditer(word):
        if m.start() > at:
            parts.append((word[at : m.start()],))
        parts.append((m.group(0), *spellings[m.group(0)]))
        at = m.end()
    if at < len(word):
        parts.append((word[at:],))
    return parts


def one_spelling(normal: str) -> str:
    """``normal`` (normalised text) as the terms spell it: compound names joined and house spellings made one
    (``عبد العزيز الاميركي`` → ``عبدالعزيز الامريكي``); what the term evidence and the text search compare."""
    return house_spelling(join_compound_names(normal))
