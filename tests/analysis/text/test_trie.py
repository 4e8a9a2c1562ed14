"""The one word-list regex builder (analysis/text/trie.py), used by the gazetteer matcher and
the date grammar's first pass."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.text.trie import trie_regex

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
