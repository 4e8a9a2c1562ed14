"""Theme names analysts give: kept in the store with the corpus, following their theme when the
themes are refitted, and applied to the tables every page draws from.

The themes are those of SaudiNewsNet in July 2015: the war in Yemen and the Iran nuclear deal.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.aggregate.theme_names import STORED_COLUMNS, match_names, named_tables, terms_key, theme_name
from analysis.schema import OUTPUT_TABLES, CorpusTables
from analysis.store.database import Store, StoreError
from analysis.store.theme_names import ThemeNames, corpus_key

YEMEN = ["الحوثي", "صنعاء", "التحالف", "عدن", "المقاومة الشعبية", "هادي", "تعز", "الميليشيات", "مأرب", "اليمن"]
IRAN = ["إيران", "الاتفاق النووي", "فيينا", "العقوبات", "ظريف", "كيري", "طهران", "الملف النووي", "واشنطن", "أوباما"]
OIL = ["النفط", "برميل", "أوبك", "الأسعار", "برنت", "الخام", "الإنتاج", "الدولار", "الأسواق", "الطلب"]


def themes_table(*themes: list[str], first_id: int = 1) -> pd.DataFrame:
    rows = [
        (i, rank, term, 1.0 / rank) for i, terms in enumerate(themes, first_id) for rank, term in enumerate(terms, 1)
    ]
    return pd.DataFrame(rows, columns=["theme_id", "rank", "term", "weight"])


def stored(*rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=STORED_COLUMNS)


def test_a_name_goes_to_its_theme_and_follows_it_when_the_themes_are_refitted():
    saved = stored((1, terms_key(YEMEN), "حرب اليمن", False), (2, terms_key(IRAN), None, True))
    names = match_names(themes_table(YEMEN, IRAN), saved).set_index("theme_id")
    assert names.loc[1, "name"] == "حرب اليمن" and not names.loc[1, "hidden"]
    assert names.loc[2, "name"] is None and names.loc[2, "hidden"]
    # refitted: oil prices are theme 1 now, Yemen theme 3 with two of its terms changed
    refit = themes_table(OIL, [*IRAN[:8], "لوزان", "روحاني"], [*YEMEN[:8], "الرياض", "جيبوتي"])
    names = match_names(refit, saved).set_index("theme_id")
    assert names.loc[3, "name"] == "حرب اليمن"
    assert names.loc[2, "hidden"] and names.loc[1, "name"] is None and not names.loc[1, "hidden"]


def test_a_name_whose_theme_is_gone_is_not_given_to_an_unlike_one():
    saved = stored((1, terms_key(YEMEN), "حرب اليمن", False))
    names = match_names(themes_table(OIL, IRAN), saved)
    assert names["name"].isna().all() and not names["hidden"].any()


def tables_with(themes: pd.DataFrame, doc_themes: pd.DataFrame) -> CorpusTables:
    empty = {name: spec.empty() for name, spec in OUTPUT_TABLES.items()}
    return CorpusTables(name="t", **(empty | {"themes": themes, "doc_themes": doc_themes}))


def test_named_tables_carry_the_names_and_leave_hidden_themes_out():
    doc_themes = pd.DataFrame({"doc_id": ["a", "a", "b"], "theme_id": [1, 2, 2], "weight": [0.6, 0.4, 1.0]})
    tables = tables_with(themes_table(YEMEN, IRAN), doc_themes)
    names = pd.DataFrame({"theme_id": [1, 2], "name": ["حرب اليمن", None], "hidden": [False, True]})
    shown = named_tables(tables, names)
    assert set(shown.themes["theme_id"]) == {1} and list(shown.doc_themes["theme_id"]) == [1]
    assert theme_name(shown.themes, 1) == "حرب اليمن"
    assert theme_name(tables.themes, 2) == "إيران، الاتفاق النووي، فيينا"  # unnamed: its terms
    assert "name" not in tables.themes and len(tables.doc_themes) == 3  # the analysis' tables untouched


def test_the_store_keeps_names_per_corpus(tmp_path):
    store = Store(tmp_path, seed=False)
    names = ThemeNames(store)
    themes = themes_table(YEMEN, IRAN)
    edits = pd.DataFrame({"theme_id": [1, 2], "name": [" حرب اليمن ", ""], "hidden": [False, True]})
    assert names.save("يوليو", themes, edits) == 2
    rows = names.stored("يوليو").set_index("theme_id")
    assert rows.loc[1, "name"] == "حرب اليمن" and rows.loc[1, "terms"].startswith("الحوثي؛صنعاء")
    assert pd.isna(rows.loc[2, "name"]) and bool(rows.loc[2, "hidden"])
    assert names.stored(corpus_key("path", "x", "/data/x")).empty  # another corpus: none
    names.save("يوليو", themes, edits.assign(name=None, hidden=False))  # cleared
    assert names.stored("يوليو").empty
    with pytest.raises(StoreError, match="at most"):
        names.save("يوليو", themes, edits.assign(name="ا" * 101))
