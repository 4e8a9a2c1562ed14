"""Counts in Arabic take the number CLDR's plural rules give them (through babel): the briefing
once wrote ``5 مقالة`` for مقالات and ``6 حدثًا`` for أحداث."""

from __future__ import annotations

import pytest
import yaml
from babel import Locale

from analysis.text.plurals import PLURALS_FILE, PluralsError, count_phrase, plural_category, word_forms


@pytest.mark.parametrize(
    ("n", "word", "expected"),
    [
        (0, "article", "0 مقالة"),  # zero: the singular, as CLDR's own Arabic units (0 يوم)
        (1, "article", "مقالة واحدة"),
        (2, "article", "مقالتان"),  # the dual, no number
        (3, "article", "3 مقالات"),
        (5, "article", "5 مقالات"),  # was 5 مقالة
        (10, "article", "10 مقالات"),
        (11, "article", "11 مقالةً"),  # 11–99: singular accusative
        (50, "sentence", "50 جملةً"),
        (99, "event", "99 حدثًا"),
        (6, "event", "6 أحداث"),  # was 6 حدثًا
        (28, "event", "28 حدثًا"),
        (100, "event", "100 حدث"),  # 100–102: singular genitive
        (102, "article", "102 مقالة"),
        (103, "article", "103 مقالات"),  # few again
        (111, "place", "111 مكانًا"),  # many again
        (2, "country", "دولتان"),
        (7, "source", "7 مصادر"),
        (1, "event", "حدث واحد"),
        (4, "row", "4 صفوف"),
    ],
)
def test_arabic_counts_follow_cldr(n, word, expected):
    assert count_phrase(n, word) == expected


@pytest.mark.parametrize(("n", "expected"), [(1, "1 article"), (0, "0 articles"), (5, "5 articles")])
def test_english_counts(n, expected):
    assert count_phrase(n, "article", "en") == expected


def test_the_categories_are_babels():
    ar = Locale("ar").plural_form
    for n in range(250):
        assert plural_category(n) == ar(n)
    assert [plural_category(n) for n in (0, 1, 2, 3, 11, 100)] == ["zero", "one", "two", "few", "many", "other"]


def test_every_word_has_a_form_for_every_category_of_each_language():
    for word, by_lang in word_forms().items():
        assert set(by_lang["ar"]) == {"zero", "one", "two", "few", "many", "other"}, word
        assert set(by_lang["en"]) == {"one", "other"}, word


def test_a_word_without_a_category_is_refused_with_its_name(tmp_path):
    data = yaml.safe_load(PLURALS_FILE.read_text(encoding="utf-8"))
    del data["words"]["event"]["ar"]["many"]
    broken = tmp_path / "plurals.yaml"
    broken.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(PluralsError, match=r"words\.event\.ar: categories many missing"):
        word_forms(str(broken))


def test_an_unknown_word_says_where_to_add_it():
    with pytest.raises(KeyError, match=r"plurals\.yaml"):
        count_phrase(3, "tank")
