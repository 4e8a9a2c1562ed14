"""Boilerplate learned per source: left out of terms, kept in the text."""

from __future__ import annotations

import numpy as np
import pytest

from analysis.aggregate.boilerplate import BoilerplateSettings, boilerplate_settings, find_boilerplate
from analysis.aggregate.terms import build_term_matrix

# Bodies that differ from article to article: two of these words per sentence, three sentences.
WORDS = [
    "الأمطار",
    "المدارس",
    "المستشفى",
    "الطلاب",
    "المرور",
    "الحريق",
    "المهرجان",
    "الجامعة",
    "السيول",
    "الموظفين",
    "البلدية",
    "الحدائق",
    "المطار",
    "الرحلات",
    "المياه",
    "الكهرباء",
]
# al-Weeam's footer (SaudiNewsNet, 2015): the link text, then the article's own title.
FOOTER = "رابط الخبر بصحيفة الوئام: {title}"
# A formula of the news, at the start of many articles and through their bodies too.
FORMULA = "خادم الحرمين الشريفين"


def _articles(n: int, seed: int = 0) -> list[str]:
    """Articles of about 130 tokens; every other one has the formula in its lead and, three
    times, in the middle of its body (beyond the first and last 40 tokens)."""
    rng = np.random.default_rng(seed)

    def sentences(k: int) -> str:
        return ". ".join(" ".join(rng.choice(WORDS, 3, replace=False)) + " في المنطقة" for _ in range(k)) + ". "

    texts = []
    for i in range(n):
        title = " ".join(rng.choice(WORDS, 2, replace=False))
        lead = f"وجه {FORMULA} بدعم {WORDS[i % len(WORDS)]}. " if i % 2 else ""
        middle = f"وأشاد {FORMULA} بجهود {WORDS[(i + 3) % len(WORDS)]}. " * 3 if i % 2 else ""
        texts.append(f"{lead}{sentences(6)}{middle}{sentences(6)}\n{FOOTER.format(title=title)}")
    return texts


@pytest.fixture(scope="module")
def weeam() -> tuple[list[str], list[str]]:
    texts = _articles(40)
    return texts, ["alweeam"] * len(texts)


def test_the_weeam_link_footer_is_no_term(weeam):
    texts, sources = weeam
    plain = build_term_matrix(list(range(len(texts))), texts)
    learned = build_term_matrix(list(range(len(texts))), texts, sources=sources)
    assert {"الخبر", "الوئام"} <= set(plain.terms)  # رابط is never a term (term_exclusions.yaml)
    assert not {"رابط", "الخبر", "رابط الخبر", "الوئام", "صحيفة", "بصحيفة"} & set(learned.terms)
    # The footer's titles are the articles' own words: they stay terms.
    assert {"الأمطار", "المطار"} <= set(learned.terms)


def test_a_formula_running_through_the_bodies_is_not_boilerplate(weeam):
    texts, sources = weeam
    learned = build_term_matrix(list(range(len(texts))), texts, sources=sources)
    assert {"خادم", "الحرمين", "الشريفين"} <= set(learned.terms)


def test_articles_without_a_source_or_of_a_small_source_are_not_read(weeam):
    texts, _ = weeam
    few = build_term_matrix(list(range(10)), texts[:10], sources=["alweeam"] * 10)
    assert "الخبر" in few.terms  # 10 articles: fewer than min_source_articles
    unnamed = build_term_matrix(list(range(len(texts))), texts, sources=[None] * len(texts))
    assert "الخبر" in unnamed.terms


def test_thresholds_are_relative_to_the_source():
    # Ids: an article is [a b c <body> d e f <sep>]; "a b c" opens 30 of source 0's 60 articles
    # and 6 of source 1's 60 (10 %, below a min_share of 0.2).
    rng = np.random.default_rng(1)
    stream, docs, sources = [], [], []
    for doc in range(120):
        source = doc // 60
        opens = (doc % 60) < (30 if source == 0 else 6)
        body = list(rng.integers(100, 10_000, size=20))
        tokens = ([1, 2, 3] if opens else list(rng.integers(100, 10_000, size=3))) + body + [99]
        stream += tokens
        docs += [doc] * len(tokens)
        sources.append(source)
    settings = BoilerplateSettings(min_share=0.2, min_articles=5, min_source_articles=30)
    found = find_boilerplate(np.array(stream), np.array(docs), np.array(sources), settings=settings)
    docs = np.array(docs)
    assert found.tokens[docs < 60].sum() == 30 * 3
    assert not found.tokens[docs >= 60].any()
    assert found.sources.tolist() == [0] and found.articles.tolist() == [30]


def test_the_settings_file_is_checked():
    settings = boilerplate_settings()
    assert settings.shingle_words >= 2 and 0 < settings.min_share < 1 and 0 < settings.min_edge_share <= 1
