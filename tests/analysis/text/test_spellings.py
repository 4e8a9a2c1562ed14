"""Outlets keep a house spelling of some words (SaudiNewsNet: aawsat writes أميركا 3,328 times and أمريكا once,
aleqtisadiya أمريكا 1,638 times and أميركا 42; aawsat مائة 3,146 times and مئة 4): one word for the terms and
the search, or the Compare page's key terms of one outlet against another are its spellings."""

from __future__ import annotations

import pytest

from analysis.text.normalize import normalize
from analysis.text.spellings import house_spelling, spelling_parts


@pytest.mark.parametrize(
    "a, b",
    [
        ("الأميركية", "الأمريكية"),
        ("أميركا", "أمريكا"),
        ("للأميركيين", "للأمريكيين"),
        ("بالمائة", "بالمئة"),
        ("ثلاثمائة", "ثلاثمئة"),
        ("الأوربي", "الأوروبي"),
    ],
)
def test_two_house_spellings_are_one_word(a, b):
    assert house_spelling(normalize(a)) == house_spelling(normalize(b))


def test_other_words_keep_their_own_spelling():
    # دمائه (his blood) holds مائ: made دمئه, a form no other word has; no word is merged into another
    assert house_spelling(normalize("دمائه")) != house_spelling(normalize("دماء"))
    assert house_spelling(normalize("روسيا")) == normalize("روسيا")


def test_a_word_in_parts_of_its_spellings():
    assert spelling_parts(house_spelling(normalize("الأميركية"))) == [("ال",), ("امريك", "اميرك"), ("يه",)]
    assert spelling_parts("روسيا") == [("روسيا",)]
