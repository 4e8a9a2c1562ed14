"""One builder of word-list regexes: the words laid out as a trie, so that matching costs a few
character tests per position however long the list (``تشرين الاول|تشرين الثاني`` becomes
``تشرين\\s+ال(?:اول|ثاني)``), and a word that cannot match is rejected at its first letter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_WORD_END = r"(?!\w)"
_NEVER = "(?!)"


def trie_regex(
    words: Iterable[str],
    *,
    space: str = r"\s+",
    latin_either_case: bool = False,
    word_end: bool = False,
    longest_first: bool = True,
) -> str:
    """A regex (no groups) matching exactly ``words``; ``(?!)``, which never matches, when there are none.

    ``space``: what a space in a word matches (a run of white space; the gazetteer passes its
    separators, so that ``قناة "الحرة"`` matches ``قناة الحرة``).
    ``latin_either_case``: a Latin letter matches in either case (``[sS]``).
    ``word_end``: every word ends at a word boundary (``(?!\\w)``); without it the caller decides
    what follows a word.
    ``longest_first``: where one word is the start of another (``الرئيس``, ``الرئيس الروسي``),
    try the longer one first; otherwise the shorter.

    >>> trie_regex(["امس", "اليوم", "الاسبوع"], word_end=True)
    'ا(?:ل(?:اسبوع(?!\\\\w)|يوم(?!\\\\w))|مس(?!\\\\w))'
    >>> trie_regex(["الرئيس", "الرئيس الروسي"], space="[ -]+")
    'الرئيس(?:[ -]+الروسي|)'
    """
    trie: dict = {}
    tokens: dict[str, str] = {}  # each character's token, made once (the alias trie has 240,000 characters)
    for word in words:
        node = trie
        for ch in word:
            token = tokens.get(ch)
            if token is None:
                token = tokens[ch] = _token(ch, space, latin_either_case)
            node = node.setdefault(token, {})
        node[""] = {}
    return _emit(trie, word_end, longest_first) or _NEVER


def _token(ch: str, space: str, latin_either_case: bool) -> str:
    if ch == " ":
        return space
    if latin_either_case and ch.isascii() and ch.isalpha():
        return f"[{ch}{ch.upper()}]"
    return re.escape(ch)


def _emit(node: dict, word_end: bool, longest_first: bool) -> str:
    # Children in the order of their tokens: the regex is the same whatever order the words came in.
    branches = [token + _emit(child, word_end, longest_first) for token, child in sorted(node.items()) if token]
    ends_here = "" in node
    if word_end:
        # A word ending here and a longer word can both match only where the longer one goes on
        # with a space (في, في وقت); the order decides which is tried first.
        if ends_here:
            branches = [*branches, _WORD_END] if longest_first else [_WORD_END, *branches]
        return _alternation(branches) if branches else ""
    if not branches:
        return ""
    body = _alternation(branches)
    if not ends_here:
        return body
    if len(branches) == 1 and len(body) == 1:  # one character: a repeat of one character costs nothing more
        return f"{body}?" if longest_first else f"{body}??"
    # An alternation with an empty branch, tried in the same order as an optional group (greedy: the longer words
    # first) and matching the same: Python's engine enters a repeat of a group at a cost (the alias trie 5 % faster).
    return f"(?:{body}|)" if longest_first else f"(?:|{body})"


def _alternation(branches: list[str]) -> str:
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


class WordStartRegex:
    r"""What ``(?<!\w)(?P<word>BODY)`` finds (every match of ``body`` that starts a word: no word character
    before it), found faster.

    The pattern opens with the character before the word (``\W``) instead of a look-behind: a
    pattern that opens with a character class lets the regex engine jump from one gap between
    words to the next rather than try the look-behind at every letter (about twice as fast on
    news text for a short list, a few per cent for the gazetteer's aliases). The text's first
    word, which has no character before it, is tried apart. A match's ``start()`` may be the gap:
    the word starts at ``start("word")``. ``body`` must not end with a character that is no word
    character (the next match's gap would be inside it).
    """

    def __init__(self, body: str):
        self._at_start = re.compile(rf"(?P<word>{body})")
        self._after_gap = re.compile(rf"\W(?P<word>{body})")

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        """The matches in ``text[pos:endpos]``, in order (the character before ``pos`` still tells
        whether a word starts at ``pos``)."""
        endpos = len(text) if endpos is None else endpos
        first = self._at_start.match(text, 0, endpos) if pos == 0 else None
        if first is not None:
            yield first
        yield from self._after_gap.finditer(text, first.end() if first is not None else max(pos - 1, 0), endpos)
