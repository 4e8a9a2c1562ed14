"""Arabic character classes and proclitic patterns (analysis/text/arabic.py), the one home of
the classes that mentions, dates, events, terms, kwic, decoding and chart labels match with.

Examples come from the seed articles and SaudiNewsNet.
"""

from __future__ import annotations

import re
import unicodedata

import pytest

from analysis.text import arabic, normalize
from analysis.text.arabic import (
    ARABIC_LETTERS,
    ARABIC_PRESENTATION_FORMS,
    ARABIC_SCRIPT,
    ARABIC_SCRIPT_LETTERS,
    ARABIC_WORD,
    DIACRITICS,
    EXTENDED_ARABIC_LETTERS,
    HARAKAT,
    PROCLITICS,
    PROCLITICS_AND_ARTICLE,
    PROCLITICS_ARTICLE_OPTIONAL,
    PROCLITICS_ARTICLE_OPTIONAL_LENIENT,
)

BMP = [chr(c) for c in range(0xD800)] + [chr(c) for c in range(0xE000, 0x10000)]


def members(char_class: str) -> set[str]:
    pattern = re.compile(f"[{char_class}]")
    return {ch for ch in BMP if pattern.match(ch)}


# --- character classes -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "word",
    [
        "وقوّاتٌ",  # harakat inside a word: "قوّات" (seeds)
        "روســيا",  # tatweel
        "هٰذا",  # dagger alef
        "پوتین",  # Putin as Persian writes him: pe and Farsi yeh
        "ٱلله",  # alef wasla
    ],
)
def test_an_arabic_word_takes_its_marks_and_tatweel(word):
    assert re.fullmatch(ARABIC_WORD, word)


@pytest.mark.parametrize(
    "text, words",
    [
        ("الطريق الدولي M4", ["الطريق", "الدولي"]),
        ("عام 2019،", ["عام"]),
        ("(قسد)", ["قسد"]),
        ("روسيا-تركيا", ["روسيا", "تركيا"]),
    ],
)
def test_digits_latin_letters_and_punctuation_end_an_arabic_word(text, words):
    assert re.findall(ARABIC_WORD, text) == words


def test_the_letter_classes_hold_letters_only():
    for ch in members(ARABIC_LETTERS + EXTENDED_ARABIC_LETTERS):
        assert unicodedata.category(ch).startswith("L"), unicodedata.name(ch)
    assert "ـ" not in members(ARABIC_LETTERS)  # the tatweel sits between غ and ف


def test_the_classes_nest():
    letters = members(ARABIC_LETTERS)
    assert letters < members(ARABIC_SCRIPT_LETTERS) < members(ARABIC_SCRIPT)
    assert members(EXTENDED_ARABIC_LETTERS) < members(ARABIC_SCRIPT_LETTERS)
    assert members(HARAKAT) < members(DIACRITICS) < members(ARABIC_SCRIPT)
    assert not letters & members(DIACRITICS)
    assert not members(ARABIC_SCRIPT) & members(ARABIC_PRESENTATION_FORMS)


def test_the_letters_counted_for_the_arabic_share_include_the_tatweel():
    # arabic_share divides by every letter [^\W\d_] finds; the tatweel is one of them.
    assert re.fullmatch(r"[^\W\d_]+", "روســيا") and re.fullmatch(f"[{ARABIC_SCRIPT_LETTERS}]+", "روســيا")


def test_presentation_forms_are_the_glyphs_of_reshaped_text():
    glyphs = "\ufead\ufeed\ufeb3\ufef4\ufe8e"  # روسيا copied from a PDF (escapes: no literal glyphs in the code)
    assert re.fullmatch(f"[{ARABIC_PRESENTATION_FORMS}]+", glyphs)
    assert unicodedata.normalize("NFKC", glyphs) == "روسيا"
    assert not re.search(f"[{ARABIC_PRESENTATION_FORMS}]", "روسيا")


def test_normalisation_deletes_the_diacritics_held_here():
    assert normalize.DIACRITICS is arabic.DIACRITICS and normalize.TATWEEL is arabic.TATWEEL
    assert normalize.strip_diacritics("قوّاتٌ") == "قوات"
    assert all(normalize.strip_diacritics("ا" + ch) == "ا" for ch in members(DIACRITICS))


# --- proclitics ------------------------------------------------------------------------------


def split(pattern: str, word: str, stem: str) -> str | None:
    """The proclitics ``pattern`` finds before ``stem`` in ``word``, or None."""
    m = re.fullmatch(f"({pattern}){stem}", word)
    return m.group(1) if m else None


@pytest.mark.parametrize(
    "word, stem, proclitics",
    [
        ("روسيا", "روسيا", ""),
        ("وروسيا", "روسيا", "و"),
        ("لروسيا", "روسيا", "ل"),
        ("ولروسيا", "روسيا", "ول"),
        ("فبموسكو", "موسكو", "فب"),
        ("كالعاده", "العاده", "ك"),  # before the article, too: ك + العادة
        ("بلروسيا", "روسيا", None),  # two prepositions
        ("وفروسيا", "روسيا", None),  # two conjunctions
    ],
)
def test_proclitics_are_a_conjunction_then_a_preposition(word, stem, proclitics):
    assert split(PROCLITICS, word, stem) == proclitics


@pytest.mark.parametrize(
    "word, proclitics",
    [
        ("العام", "ال"),
        ("بالعام", "بال"),
        ("كالعام", "كال"),
        ("والعام", "وال"),
        ("فبالعام", "فبال"),
        ("للعام", "لل"),  # ل + ال loses its alef: "للعام 2017"
        ("وللعام", "ولل"),
        ("لالعام", None),  # not how ل + ال is written
        ("عام", None),
        ("لعام", None),
    ],
)
def test_the_article_with_its_proclitics(word, proclitics):
    assert split(PROCLITICS_AND_ARTICLE, word, "عام") == proclitics


@pytest.mark.parametrize(
    "word, strict, lenient",
    [
        ("عام", "", ""),
        ("لعام", "ل", "ل"),  # "لاحترام اتفاق أستانا لعام 2017" (seeds)
        ("العام", "ال", "ال"),
        ("للعام", "لل", "لل"),
        ("بالعام", "بال", "بال"),
        ("وعام", "و", "و"),
        ("لالعام", None, "لال"),  # the one difference: لال
    ],
)
def test_the_article_may_be_there_or_not(word, strict, lenient):
    assert split(PROCLITICS_ARTICLE_OPTIONAL, word, "عام") == strict
    assert split(PROCLITICS_ARTICLE_OPTIONAL_LENIENT, word, "عام") == lenient
