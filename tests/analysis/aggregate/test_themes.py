"""Corpus themes: NMF of the TF-IDF matrix, on the seeds and on a corpus of their sentences."""

from __future__ import annotations

import pandas as pd
import pytest
from repo_paths import SEEDS

from analysis.aggregate.terms import TermMatrix, build_term_matrix
from analysis.aggregate.themes import (
    DOC_THEME_COLUMNS,
    THEME_COLUMNS,
    default_theme_count,
    fit_themes,
    heaviest_themes,
)
from analysis.text.segment import split_sentences


@pytest.mark.parametrize(
    ("n_docs", "expected"),
    [
        (0, 1),
        (1, 1),
        (2, 1),
        (3, 2),
        (5, 2),  # the seed corpus
        (50, 5),
        (200, 10),
        (800, 20),
        (1800, 30),
        (2000, 30),  # capped
        (31_000, 30),  # SaudiNewsNet
    ],
)
def test_default_theme_count(n_docs, expected):
    assert default_theme_count(n_docs) == expected


@pytest.fixture(scope="module")
def seed_matrix() -> TermMatrix:
    paths = sorted(SEEDS.glob("*.txt"))
    return build_term_matrix([p.name[:3] for p in paths], [p.read_text(encoding="utf-8") for p in paths])


@pytest.fixture(scope="module")
def seed_themes(seed_matrix) -> tuple[pd.DataFrame, pd.DataFrame]:
    return fit_themes(seed_matrix, n_themes=3)


def check_tables(themes: pd.DataFrame, doc_themes: pd.DataFrame, n_themes: int, top_n: int = 12) -> None:
    """What every fit promises."""
    assert list(themes.columns) == THEME_COLUMNS
    assert list(doc_themes.columns) == DOC_THEME_COLUMNS
    assert sorted(themes.theme_id.unique()) == list(range(1, n_themes + 1))
    for _, rows in themes.groupby("theme_id"):
        assert rows["rank"].tolist() == list(range(1, len(rows) + 1))
        assert 1 <= len(rows) <= top_n
        weights = rows["weight"].tolist()
        assert weights == sorted(weights, reverse=True)
        assert all(w > 0 for w in weights)
        assert rows.term.is_unique
    assert set(doc_themes.theme_id) <= set(range(1, n_themes + 1))
    assert not doc_themes.duplicated(["doc_id", "theme_id"]).any()
    assert (doc_themes.weight > 0).all() and (doc_themes.weight <= 1).all()
    sums = doc_themes.groupby("doc_id").weight.sum()
    assert sums.to_numpy() == pytest.approx(1.0, abs=1e-3)


def dominant_theme(doc_themes: pd.DataFrame, doc_id: str) -> int:
    rows = doc_themes[doc_themes.doc_id == doc_id]
    return int(rows.loc[rows.weight.idxmax(), "theme_id"])


def top_terms(themes: pd.DataFrame, theme_id: int, n: int = 12) -> list[str]:
    return themes[(themes.theme_id == theme_id) & (themes["rank"] <= n)].term.tolist()


def test_seed_themes_tables(seed_themes):
    themes, doc_themes = seed_themes
    check_tables(themes, doc_themes, 3)
    assert sorted(doc_themes.doc_id.unique()) == ["000", "001", "002", "003", "004"]
    assert (themes.groupby("theme_id").size() == 12).all()


def test_seed_themes_make_sense(seed_themes):
    themes, doc_themes = seed_themes
    # 003 "استئناف الغارات على إدلب": its theme is about Idlib
    assert "إدلب" in top_terms(themes, dominant_theme(doc_themes, "003"))
    # 004 "على الرغم من العقوبات الأميركية" and "قسد" in عين عيسى
    assert {"قسد", "العقوبات"} & set(top_terms(themes, dominant_theme(doc_themes, "004")))
    # 002 (منبج, مسار آستانا) is a theme of its own, apart from 003's Idlib
    assert "منبج" in top_terms(themes, dominant_theme(doc_themes, "002"))
    assert dominant_theme(doc_themes, "002") != dominant_theme(doc_themes, "003")
    # 000 and 004 report the same Lavrov–Çavuşoğlu press conference
    assert dominant_theme(doc_themes, "000") == dominant_theme(doc_themes, "004")


def test_fit_is_deterministic(seed_matrix, seed_themes):
    themes, doc_themes = fit_themes(seed_matrix, n_themes=3)
    pd.testing.assert_frame_equal(themes, seed_themes[0])
    pd.testing.assert_frame_equal(doc_themes, seed_themes[1])


def test_default_number_of_themes_and_top_n(seed_matrix):
    themes, doc_themes = fit_themes(seed_matrix, top_n=5)
    check_tables(themes, doc_themes, default_theme_count(5), top_n=5)
    assert (themes.groupby("theme_id").size() == 5).all()


def test_no_more_themes_than_documents(seed_matrix):
    themes, doc_themes = fit_themes(seed_matrix, n_themes=10)
    check_tables(themes, doc_themes, 5)


def test_empty_matrix_gives_empty_tables():
    themes, doc_themes = fit_themes(build_term_matrix([], []), n_themes=3)
    assert list(themes.columns) == THEME_COLUMNS and themes.empty
    assert list(doc_themes.columns) == DOC_THEME_COLUMNS and doc_themes.empty


# --- fitting on a sample, then projecting every article ---------------------------------------


@pytest.fixture(scope="module")
def sentence_matrix() -> TermMatrix:
    """Every sentence of the seeds as an article of its own: 120-odd short documents."""
    doc_ids, texts = [], []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for i, (start, end, _) in enumerate(split_sentences(text)):
            doc_ids.append(f"{path.name[:3]}-{i:02d}")
            texts.append(text[start:end])
    return build_term_matrix(doc_ids, texts)


def test_sample_then_transform(sentence_matrix, monkeypatch):
    from sklearn.decomposition import NMF  # the class the themes fit (imported where they fit it)

    fitted_rows = []
    original_fit = NMF.fit

    def spy_fit(self, x, *args, **kwargs):
        fitted_rows.append(x.shape[0])
        return original_fit(self, x, *args, **kwargs)

    monkeypatch.setattr(NMF, "fit", spy_fit)
    n_docs = len(sentence_matrix.doc_ids)
    assert n_docs > 100
    themes, doc_themes = fit_themes(sentence_matrix, n_themes=4, fit_sample=40)
    assert fitted_rows == [40]  # fitted on the sample only ...
    check_tables(themes, doc_themes, 4)
    # ... and every article with a factorised term is projected onto the themes
    assert doc_themes.doc_id.nunique() >= 0.9 * n_docs
    assert set(doc_themes.doc_id) <= set(sentence_matrix.doc_ids)


def test_sample_fit_is_deterministic_and_seeded(sentence_matrix):
    first = fit_themes(sentence_matrix, n_themes=4, fit_sample=40)
    again = fit_themes(sentence_matrix, n_themes=4, fit_sample=40)
    pd.testing.assert_frame_equal(first[0], again[0])
    pd.testing.assert_frame_equal(first[1], again[1])
    other_seed = fit_themes(sentence_matrix, n_themes=4, fit_sample=40, random_state=1)
    assert not first[0].equals(other_seed[0])


def test_full_fit_of_the_sentence_corpus(sentence_matrix):
    themes, doc_themes = fit_themes(sentence_matrix, n_themes=4)
    check_tables(themes, doc_themes, 4)
    # 003's closing caption "جهاديو هيئة تحرير الشام يسيطرون على إدلب" is printed twice:
    # the same text gets the same themes
    text = (SEEDS / "003_864faea840389226.txt").read_text(encoding="utf-8")
    ids = [
        f"003-{i:02d}"
        for i, (start, end, _) in enumerate(split_sentences(text))
        if text[start:end] == "جهاديو هيئة تحرير الشام يسيطرون على إدلب"
    ]
    assert len(ids) == 2
    first, second = (doc_themes[doc_themes.doc_id == i].drop(columns="doc_id").reset_index(drop=True) for i in ids)
    pd.testing.assert_frame_equal(first, second)
    assert {"هيئة", "تحرير", "جهاديو"} & set(top_terms(themes, dominant_theme(doc_themes, ids[0])))


def test_the_heaviest_themes_of_a_selection_are_those_holding_most_of_its_text():
    # three articles; theme 3 leads none of them but holds more of their text than theme 1, which leads one
    doc_themes = pd.DataFrame(
        {
            "doc_id": ["a", "a", "a", "b", "b", "c", "c"],
            "theme_id": [1, 2, 3, 2, 3, 2, 3],
            "weight": [0.5, 0.1, 0.4, 0.6, 0.4, 0.6, 0.4],
        }
    )
    assert heaviest_themes(doc_themes, ["a", "b", "c"], 2) == [2, 3]  # 1.3 and 1.2 against 0.5
    assert heaviest_themes(doc_themes, ["a"], 2) == [1, 3]  # the selection's own
    assert heaviest_themes(doc_themes, ["a", "b", "c"], 9) == [1, 2, 3]
    assert heaviest_themes(doc_themes, [], 9) == []
    tied = pd.DataFrame({"doc_id": ["a", "a"], "theme_id": [7, 4], "weight": [0.5, 0.5]})
    assert heaviest_themes(tied, ["a"], 1) == [4]  # a tie goes to the lower id
