"""عبد before a name of God is one given name, written joined or apart (SaudiNewsNet: 18,610 times joined,
4,880 apart, one outlet more than another)."""

from __future__ import annotations

import pytest

from analysis.text.compounds import compound_parts, join_compound_names


@pytest.mark.parametrize(
    "text, joined",
    [
        ("قال الأمير سلمان بن عبد العزيز", "قال الأمير سلمان بن عبدالعزيز"),
        ("وعبد الله بن زايد", "وعبدالله بن زايد"),  # with its proclitic
        ("التقى لعبد الرحمن", "التقى لعبدالرحمن"),
        ("عبدالعزيز", "عبدالعزيز"),  # already one word
        # not a standalone عبد: the article's own (العبد), or عبد before a word without the article
        ("العبد الصالح", "العبد الصالح"),
        ("الرئيس عبد ربه منصور هادي", "الرئيس عبد ربه منصور هادي"),
        ("المعبد الأثري", "المعبد الأثري"),
        ("وجه الدعوة للعبد الضعيف", "وجه الدعوة للعبد الضعيف"),  # ل + العبد (SaudiNewsNet)
    ],
)
def test_abd_before_a_word_with_the_article_is_one_word(text, joined):
    assert join_compound_names(text) == joined


def test_the_halves_of_a_joined_compound():
    assert compound_parts("عبدالعزيز") == ("عبد", "العزيز")
    assert compound_parts("وعبدالله") == ("وعبد", "الله")
    assert compound_parts("العبدالله") is None  # a family name with the article
    assert compound_parts("عبد") is None
