"""The characters a regular expression can start a match with, as a character class: a guard that
lets the regex engine skip an alternative at a glance.

Python's engine tries the alternatives of ``A|B|C`` one after the other; one that opens with
optional clitics and groups is entered, and fails, at some cost at every position it is tried.
``(?=[…])A`` fails at the first character where ``A`` cannot begin, and never rejects a match of
``A`` (the class holds every character ``A`` can start with), so what matches is unchanged::

    >>> first_chars(r"[وف]?(?:قبل|بعد)\\s+\\d")
    '[\\\\u0648\\\\u0641\\\\u0642\\\\u0628]'
    >>> first_chars(r"(?:منذ)?") is None   # can match the empty string: no guard
    True
"""

from __future__ import annotations

from functools import lru_cache
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

_CATEGORIES = {
    C.CATEGORY_DIGIT: r"\d",
    C.CATEGORY_NOT_DIGIT: r"\D",
    C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S",
    C.CATEGORY_WORD: r"\w",
    C.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = (C.ASSERT, C.ASSERT_NOT, C.AT)
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


class _Unknown(Exception):
    """A construct whose first characters are not worked out: no guard."""


def _char(code: int) -> str:
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _set_items(items) -> list[str]:
    out = []
    for op, av in items:
        if op is C.LITERAL:
            out.append(_char(av))
        elif op is C.RANGE:
            out.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is C.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:  # NEGATE, ranges of other kinds, unicode categories
            raise _Unknown
    return out


def _first(items) -> tuple[list[str], bool]:
    """(class items that can start a match of the sequence ``items``, whether it can match empty)."""
    found: list[str] = []
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # a look-around or anchor only rejects: the next item starts the match
        if op is C.LITERAL:
            return [*found, _char(av)], False
        if op is C.IN:
            return [*found, *_set_items(av)], False
        if op is C.SUBPATTERN:
            first, empty = _first(av[-1])
        elif op is C.ATOMIC_GROUP:
            first, empty = _first(av)
        elif op is C.BRANCH:
            first, empty = [], False
            for branch in av[1]:
                f, e = _first(branch)
                first += f
                empty = empty or e
        elif op in _REPEATS:
            first, empty = _first(av[2])
            empty = empty or av[0] == 0
        else:  # ANY, NOT_LITERAL, group references, conditionals…
            raise _Unknown
        found += first
        if not empty:
            return found, False
    return found, True


@lru_cache(maxsize=256)
def first_chars(pattern: str) -> str | None:
    """A character class of every character a match of ``pattern`` can begin with, or None when
    that is not worked out (the pattern may match the empty string, or starts with ``.``). Kept per
    pattern: the date grammar asks for each branch's three times at import, and parsing is the cost."""
    try:
        first, empty = _first(P.parse(pattern))
    except _Unknown:
        return None
    if empty or not first:
        return None
    return "[" + "".join(dict.fromkeys(first)) + "]"


def guarded(pattern: str) -> str:
    """``pattern`` behind a look-ahead of its first characters (``pattern`` itself when there is none)."""
    first = first_chars(pattern)
    return pattern if first is None else f"(?={first}){pattern}"


def alternated(pattern: str) -> str:
    r"""``pattern`` with each greedy optional non-capturing group ``(?:X)?`` written ``(?:X|)``: the engine tries X,
    then nothing, in the same order, so the same match is found (the same span, branch and groups), but it enters an
    alternation without the cost of a repeat (the date grammar's branches 20 % faster at the corpus's candidates).
    Lazy (``??``) and possessive (``?+``) groups, capturing groups and look-arounds are left as they are.

    >>> alternated(r"(?:ال|لل)?\d(?P<y>\s+عام)?(?:ف)??")
    '(?:ال|لل|)\\d(?P<y>\\s+عام)?(?:ف)??'
    """
    out: list[str] = []
    opened: list[bool] = []  # for each open group, whether it is non-capturing (?:
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if ch == "[":  # a class: its brackets and parentheses are characters
            j = i + 1
            if j < n and pattern[j] == "^":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1
            while j < n and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            out.append(pattern[i : j + 1])
            i = j + 1
            continue
        if ch == "(":
            opened.append(pattern.startswith("(?:", i))
        elif ch == ")":
            plain = opened.pop()
            optional = pattern[i + 1 : i + 2] == "?" and pattern[i + 2 : i + 3] not in ("?", "+")
            if plain and optional:
                out.append("|)")
                i += 2
                continue
        out.append(ch)
        i += 1
    return "".join(out)


__all__ = ["alternated", "first_chars", "guarded"]
