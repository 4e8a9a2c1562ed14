"""Markup and code in article text: style sheets, scripts, links, e-mail addresses, link texts.

Some outlets' articles carry a piece of their page: al-Riyadh's polls end with
``#vote_area2 ul { padding: 0; margin: 0; } .box_vote { ... }`` and a jQuery script, and
al-Riyadiyah's with image paths (``http://www.arriyadiyah.com/sites/default/files/styles/...``).
Read as words, ``px``, ``padding`` and ``styles`` become an article's key terms. A *run* (Latin
letters, no Arabic letter nor line break) is markup when it holds a code mark (``{``, ``<``,
``=``, ``@``, ``://``, ``www.``) or enough of the listed web words (``data/markup.yaml``);
:func:`mask_markup` gives the text to tokenise with each markup run replaced by a line break.
The article text itself is never changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from analysis.data import data_mapping
from analysis.text.arabic import ARABIC_SCRIPT_LETTERS

_LATIN_RE = re.compile("[A-Za-z]")
#: A stretch with a Latin letter and no Arabic letter nor line break (\x1e: the tokeniser's
#: document separator, never inside a run).
_RUN_RE = re.compile(f"[^{ARABIC_SCRIPT_LETTERS}\\n\\x1e]*[A-Za-z][^{ARABIC_SCRIPT_LETTERS}\\n\\x1e]*")
_WORD_RE = re.compile("[A-Za-z]+")


@dataclass(frozen=True)
class MarkupSettings:
    code_marks: tuple[str, ...]
    words: frozenset[str]
    min_listed_words: int


@lru_cache(maxsize=1)
def markup_settings() -> MarkupSettings:
    """``data/markup.yaml``, checked: code marks and words are lists of strings, a count > 0."""
    path, raw = data_mapping("markup.yaml", "a mapping")
    unknown = set(raw) - {"code_marks", "words", "min_listed_words"}
    if unknown:
        raise ValueError(f"{path.name}: unknown keys {sorted(unknown)}")
    marks, words, least = raw.get("code_marks"), raw.get("words"), raw.get("min_listed_words")
    if not isinstance(marks, list) or not marks or not all(isinstance(m, str) and m for m in marks):
        raise ValueError(f"{path.name}: code_marks must be a list of strings, got {marks!r}")
    if not isinstance(words, list) or not all(isinstance(w, str) and _WORD_RE.fullmatch(w) for w in words):
        bad = [w for w in words or [] if not (isinstance(w, str) and _WORD_RE.fullmatch(w))]
        raise ValueError(f"{path.name}: words must be Latin words, not {bad[:3]!r}")
    if not isinstance(least, int) or isinstance(least, bool) or least < 1:
        raise ValueError(f"{path.name}: min_listed_words must be a whole number > 0, got {least!r}")
    return MarkupSettings(tuple(marks), frozenset(w.lower() for w in words), least)


def is_markup(run: str, settings: MarkupSettings | None = None) -> bool:
    """Whether a run of non-Arabic text is markup: ``"{ padding: 0; }"`` is, ``"Black Listing"`` not."""
    s = settings or markup_settings()
    if any(mark in run for mark in s.code_marks):
        return True
    listed = sum(w.lower() in s.words for w in _WORD_RE.findall(run))
    return listed >= s.min_listed_words


def markup_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` offsets into ``text`` of its markup runs."""
    # Searched in the text's ASCII letters alone: a scan of the Arabic text for a Latin letter costs
    # twice as much (0.4 s of CPU on SaudiNewsNet's 31k articles), and most articles have none.
    if not _LATIN_RE.search(text.encode("ascii", "ignore").decode("ascii")):
        return []
    s = markup_settings()
    return [m.span() for m in _RUN_RE.finditer(text) if is_markup(m.group(), s)]


def mask_markup(text: str) -> str:
    """``text`` with each markup run replaced by a line break (what the term tokeniser reads):
    ``"هل تفضل؟ #vote ul { padding: 0; }"`` → ``"هل تفضل؟\\n"``."""
    spans = markup_spans(text)
    if not spans:
        return text
    parts, last = [], 0
    for start, end in spans:
        parts.append(text[last:start])
        parts.append("\n")
        last = end
    parts.append(text[last:])
    return "".join(parts)
