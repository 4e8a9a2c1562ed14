"""A store corpus's themes stay as they were fitted when articles are added: the new articles are put on
them (issue 15: "themes stay stable when articles are added"); a refit happens only when asked, and the
analysts' names then go to the closest new themes."""

from __future__ import annotations

import pandas as pd
import pytest
from repo_paths import ROOT

from analysis.aggregate.themes import ThemeModel
from analysis.store.database import Store

RUSSIA = (
    "أعلنت وزارة الخارجية الروسية اليوم أن الرئيس فلاديمير بوتين بحث مع نظيره التركي رجب طيب أردوغان الوضع في "
    "إدلب والعقوبات الأميركية على أنقرة بسبب منظومة الدفاع الروسية. وقال لافروف إن التنسيق مستمر."
)


@pytest.fixture
def store(tmp_path):
    store = Store(tmp_path / "data")
    store.import_files("c", [ROOT / "seeds"])
    return store


def terms(tables) -> pd.DataFrame:
    return tables.themes[["theme_id", "rank", "term", "weight"]].reset_index(drop=True)


def test_the_first_analysis_keeps_its_themes_model(store):
    assert store.theme_model("c") is None
    before = store.revisions()["c"]
    tables = store.tables("c")
    model = store.theme_model("c")
    assert isinstance(model, ThemeModel) and model.n_themes == tables.themes["theme_id"].nunique()
    assert model.passages  # five articles: fitted on their passages
    assert ThemeModel.from_bytes(model.to_bytes()).digest == model.digest
    assert store.revisions()["c"] == f"{before}-t{model.digest}"  # the dashboard's caches follow the model


def test_added_articles_are_put_on_the_themes_as_they_were(store):
    first = store.tables("c")
    model = store.theme_model("c")
    store.import_files("c", [("new.txt", RUSSIA.encode())])
    again = store.tables("c")
    pd.testing.assert_frame_equal(terms(again), terms(first))  # the same themes, ids, terms and weights
    assert store.theme_model("c").digest == model.digest
    new = again.doc_themes[again.doc_themes["doc_id"] == "new"]
    assert len(new) and new["weight"].sum() == pytest.approx(1.0, abs=1e-4)
    # the new article speaks of sanctions, the S-400 and Idlib: its first theme is one of those
    top = int(new.sort_values("weight").iloc[-1]["theme_id"])
    top_terms = set(first.themes.loc[first.themes["theme_id"] == top, "term"])
    assert top_terms & {"العقوبات", "منظومة الدفاع", "إدلب", "مركز تنسيق", "تنسيق"}


def test_a_refit_asked_for_fits_the_themes_anew(store):
    store.tables("c")
    store.import_files("c", [("new.txt", RUSSIA.encode())])
    kept = store.tables("c")
    assert store.forget_theme_model("c") and store.theme_model("c") is None
    refit = store.tables("c")
    assert store.theme_model("c") is not None
    # fitted on six articles now: the themes are those of the corpus as it is, not the kept ones
    assert not terms(refit).equals(terms(kept))
    assert not store.forget_theme_model("nothing kept")


def test_a_model_the_store_cannot_read_is_fitted_again(store):
    store.tables("c")
    with store._connect() as con:
        con.execute("UPDATE theme_models SET model = ? WHERE corpus = 'c'", [b"not a model"])
    assert store.theme_model("c") is None  # read as none: the next analysis fits the themes
    assert len(store.tables("c").themes)
