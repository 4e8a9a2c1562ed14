"""The one word-list regex builder (analysis/text/trie.py), used by the gazetteer matcher and
the date grammar's first pass; and the word-start scan the gazetteer matcher and discovery share."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.text.trie import WordStartRegex, trie_regex

GAZETTEER_SEPARATORS = "[\\s\"'\\-]+"  # analysis.extract.gazetteer.SEPARATOR_CLASS, repeated


@pytest.mark.parametrize(
    "words, options, text, found",
    [
        # longest first: the gazetteer reads "الرئيس الروسي" as one alias, not "الرئيس"
        (["الرئيس", "الرئيس الروسي"], {}, "الرئيس الروسي بوتين", "الرئيس الروسي"),
        (["الرئيس", "الرئيس الروسي"], {"longest_first": False}, "الرئيس الروسي بوتين", "الرئيس"),
        (["تشرين", "تشرين الثاني"], {"word_end": True}, "تشرين الثاني 2017", "تشرين الثاني"),
        (["تشرين", "تشرين الثاني"], {"word_end": True, "longest_first": False}, "تشرين الثاني 2017", "تشرين"),
        # a space in a word: any run of white space, or what the caller says
        (["في وقت"], {}, "في  وقت سابق", "في  وقت"),
        (["قناه الحره"], {"space": GAZETTEER_SEPARATORS}, 'قناه "الحره"', 'قناه "الحره'),
        (["قناه الحره"], {}, 'قناه "الحره"', None),
        # Latin letters: as written, or either case
        (["m4"], {}, "طريق M4", None),
        (["m4"], {"latin_either_case": True}, "طريق M4", "M4"),
        # word end: "أمسية" is not "أمس"
        (["امس"], {"word_end": True}, "امسيه", None),
        (["امس"], {}, "امسيه", "امس"),
        (["امس"], {"word_end": True}, "امس,", "امس"),
        # no words: a regex that never matches
        ([], {}, "امس", None),
        ([], {"word_end": True}, "", None),
    ],
)
def test_trie_regex(words, options, text, found):
    m = re.search(trie_regex(words, **options), text)
    assert (m.group() if m else None) == found


def test_the_regex_does_not_depend_on_the_order_of_the_words():
    words = ["امس", "اليوم", "الاسبوع", "الاسبوع الماضي", "غد"]
    assert trie_regex(words) == trie_regex(reversed(words)) == trie_regex(words + words)


ALPHABET = "ابلكالمس "
words_lists = st.lists(st.text(ALPHABET, min_size=1, max_size=6).map(str.strip).filter(bool), max_size=8)


@settings(max_examples=300, deadline=None)
@given(words_lists, st.text(ALPHABET, max_size=8), st.booleans(), st.booleans())
def test_a_trie_matches_exactly_its_words(words, text, word_end, longest_first):
    pattern = trie_regex(words, space=" ", word_end=word_end, longest_first=longest_first)
    assert bool(re.fullmatch(pattern, text)) == (text in words)


@settings(max_examples=300, deadline=None)
@given(words_lists, st.text(ALPHABET, max_size=8), st.booleans())
def test_at_a_position_the_longest_or_shortest_word_wins(words, text, longest_first):
    m = re.match(trie_regex(words, space=" ", longest_first=longest_first), text)
    prefixes = [w for w in words if text.startswith(w)]
    if not prefixes:
        assert m is None
    else:
        assert m.group() == (max if longest_first else min)(prefixes, key=len)


def _spans(matches, start_group):
    return [(m.start(start_group), m.end(), m.span("t")) for m in matches]


#: What the gazetteer matcher's body looks like: lazy proclitics, a word of the list, a word end.
_BODY = r"[وف]??[بلك]??(?P<t>{})(?!\w)"


@pytest.mark.parametrize(
    "text, pos, endpos",
    [
        ("بموسكو وروسيا، لموسكو", 0, None),  # the first word has no character before it
        ("وقال:روسيا-موسكو", 0, None),  # gaps that are no space
        ("روسيا روسيا", 0, None),  # two matches, one gap between them
        ("وروسيا روسيا", 1, None),  # inside the first word at pos: its rest is no word start
        ("قال روسيا", 4, None),  # the gap right before pos
        ("قال روسيا موسكو", 0, 9),  # endpos ends the last word
        ("موسكوفيت", 0, None),  # a longer word: no match
    ],
)
def test_word_start_regex_finds_what_the_look_behind_finds(text, pos, endpos):
    body = _BODY.format(trie_regex(["روسيا", "موسكو"]))
    expected = re.compile(rf"(?<!\w)(?P<word>{body})").finditer(text, pos, len(text) if endpos is None else endpos)
    found = _spans(WordStartRegex(body).finditer(text, pos, endpos), "word")
    assert found == _spans(expected, "word")
    assert all(text[start - 1 : start].strip(" ،:-") == "" for start, _, _ in found)


@settings(max_examples=300, deadline=None)
@given(words_lists, st.text(ALPHABET + "و،", max_size=12), st.integers(0, 12), st.integers(0, 12))
def test_word_start_regex_is_the_look_behind_pattern(words, text, pos, length):
    body = _BODY.format(trie_regex(words, space=" "))
    pos, endpos = min(pos, len(text)), min(pos + length, len(text))
    expected = re.compile(rf"(?<!\w)(?P<word>{body})").finditer(text, pos, endpos)
    assert _spans(WordStartRegex(body).finditer(text, pos, endpos), "word") == _spans(expected, "word")
