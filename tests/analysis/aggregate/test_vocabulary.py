"""What may be a term: entity names kept whole; numbers, units, outlets and source names left out."""

from __future__ import annotations

import numpy as np
import pytest

from analysis.aggregate.phrases import find_phrases
from analysis.aggregate.terms import build_term_matrix
from analysis.aggregate.vocabulary import term_exclusions, term_vocabulary, words_of
from analysis.extract.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def vocabulary():
    return term_vocabulary(load_gazetteer())


def terms_of(texts, vocabulary=None, sources=None) -> set[str]:
    matrix = build_term_matrix(list(range(len(texts))), texts, vocabulary=vocabulary, sources=sources)
    return set(matrix.terms)


@pytest.mark.parametrize(
    ("text", "left_out"),
    [
        # Percentages and units (SaudiNewsNet's market reports; Reuters via SPA).
        ("ارتفع المؤشر 2.6 في المئة وتراجع سهم الشركة 3 بالمئة", {"المئة", "بالمئة"}),
        ("بلغت الأرباح 12 مليون ريال مقابل 3 مليارات ريال", {"مليون", "ريال", "مليارات", "مليون ريال"}),
        ("وارتفع سعر خام برنت 1.28 دولار إلى 49 دولارا للبرميل", {"دولار", "دولارا", "برميل"}),
        # A counterpart is whoever the sentence names.
        ("وبحث لافروف مع نظيره التركي الوضع في إدلب", {"نظيره", "نظيره التركي"}),
    ],
)
def test_numbers_units_and_empty_words_are_no_terms(text, left_out, vocabulary):
    terms = terms_of([text, text], vocabulary)
    assert not left_out & terms
    assert terms  # the rest of the sentence still gives terms


def test_agency_credits_and_media_names_are_no_terms(vocabulary):
    texts = [
        "وقال المرصد السوري (أ ف ب) إن الغارات استهدفت إدلب، بحسب وكالة فرانس برس",
        "ونقلت قناة سكاي نيوز عربية وشبكة CNN عن مسؤول أن الغارات استهدفت إدلب",
    ]
    terms = terms_of(texts, vocabulary)
    assert not {"فرانس", "برس", "فرانس برس", "وكالة", "سكاي", "نيوز", "CNN", "عربية"} & terms
    assert {"الغارات", "إدلب"} <= terms


def test_multi_word_names_are_one_term(vocabulary):
    # seeds/000: the Kurdish YPG and the town of Ain Issa.
    texts = [
        "هاجمت القوات التركية مواقع وحدات حماية الشعب الكردية قرب بلدة عين عيسى",
        "وانسحبت وحدات حماية الشعب من عين عيسى بعد قصف تركي على عين عيسى",
    ]
    terms = terms_of(texts, vocabulary)
    assert {"وحدات حماية الشعب", "عين عيسى"} <= terms
    assert not {"عيسى", "حماية", "حماية الشعب", "وحدات حماية", "عين"} & terms


def test_the_aliases_of_one_entity_are_one_term(vocabulary):
    texts = [
        "وقدم مركز الملك سلمان للإغاثة والأعمال الإنسانية مساعدات طبية في عدن",
        "ووزع مركز الملك سلمان للإغاثة سلالا غذائية في عدن وقدم مركز الملك سلمان للإغاثة مساعدات",
    ]
    matrix = build_term_matrix([0, 1], texts, vocabulary=vocabulary)
    names = [t for t in matrix.terms[len(matrix.terms) - matrix.n_phrases :] if "سلمان" in t]
    assert names == ["مركز الملك سلمان للإغاثة"]  # the alias used most
    assert matrix.counts[:, matrix.terms.index(names[0])].sum() == 3


def test_an_outlet_is_no_term_in_its_own_articles_only():
    texts = [
        "وقال مدير التعليم لـ«الوئام» إن المدارس جاهزة لاستقبال الطلاب",
        "وقال مدير التعليم لـ«الوئام» إن المدارس جاهزة لاستقبال الطالبات",
        "دعا الخطيب إلى الوئام بين الناس والتسامح في المدارس",
        "دعا الخطيب إلى الوئام بين الجيران والتسامح في المدارس",
    ]
    sources = ["alweeam", "alweeam", "okaz", "okaz"]
    matrix = build_term_matrix([0, 1, 2, 3], texts, sources=sources)
    column = matrix.counts[:, matrix.terms.index("الوئام")].toarray().ravel()
    assert column.tolist() == [0, 0, 1, 1]


def test_the_corpus_source_names_are_no_terms():
    texts = ["نقلت CNN عن مسؤول أن الغارات استهدفت إدلب", "ذكرت CNN أن الغارات استهدفت إدلب"]
    assert "CNN" in terms_of(texts)
    assert "CNN" not in terms_of(texts, sources=["CNN", "CNN"])


def test_the_longest_name_wins():
    # وحدات حماية الشعب الكردية (ids 1 2 3 4) over وحدات حماية الشعب (1 2 3).
    matches = find_phrases(np.array([9, 1, 2, 3, 4, 9, 1, 2, 3]), [np.array([1, 2, 3]), np.array([1, 2, 3, 4])])
    assert matches.starts.tolist() == [1, 6]
    assert matches.lengths.tolist() == [4, 3]
    assert matches.phrases.tolist() == [1, 0]


def test_the_exclusions_file_is_checked():
    data = term_exclusions()
    assert "المئة" in data["units"] and "مليون" in data["numbers"]
    assert data["self_references"]["alweeam"] == ("الوئام",)
    assert words_of("(أ ف ب)") == ["أ", "ف", "ب"]
