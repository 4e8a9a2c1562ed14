"""Theme names analysts give: kept in the store with the corpus, following their theme when the
themes are refitted, and applied to the tables every page draws from.

The themes are those of SaudiNewsNet in July 2015: the war in Yemen and the Iran nuclear deal.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.aggregate.theme_names import (
    STORED_COLUMNS,
    label_terms,
    match_names,
    merge_targets,
    named_tables,
    terms_key,
    theme_name,
)
from analysis.schema import OUTPUT_TABLES, CorpusTables
from analysis.store.database import Store, StoreError
from analysis.store.theme_names import ThemeNames, corpus_key

YEMEN = ["الحوثي", "صنعاء", "التحالف", "عدن", "المقاومة الشعبية", "هادي", "تعز", "الميليشيات", "مأرب", "اليمن"]
IRAN = ["إيران", "الاتفاق النووي", "فيينا", "العقوبات", "ظريف", "كيري", "طهران", "الملف النووي", "واشنطن", "أوباما"]
# The battle for Taiz, a second theme of the same war in July 2015.
TAIZ = ["تعز", "المقاومة الشعبية", "الحوثي", "صالح", "القصف", "المدينة", "جبهة", "المخلوع", "الأحياء", "الحصار"]
OIL = ["النفط", "برميل", "أوبك", "الأسعار", "برنت", "الخام", "الإنتاج", "الدولار", "الأسواق", "الطلب"]


def themes_table(*themes: list[str], first_id: int = 1) -> pd.DataFrame:
    rows = [
        (i, rank, term, 1.0 / rank) for i, terms in enumerate(themes, first_id) for rank, term in enumerate(terms, 1)
    ]
    return pd.DataFrame(rows, columns=["theme_id", "rank", "term", "weight"])


def stored(*rows) -> pd.DataFrame:
    """Stored rows (theme, terms, name, hidden[, merged_into])."""
    return pd.DataFrame([(*row, None)[:5] for row in rows], columns=STORED_COLUMNS)


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


def test_merged_themes_are_one_theme_on_every_table_with_the_name_of_the_theme_merged_into():
    """«حرب اليمن» (1) and the battle of Taiz (3) merged: one theme, their terms by summed weight,
    an article's weight the sum of its two weights; Iran (2) untouched."""
    doc_themes = pd.DataFrame(
        {"doc_id": ["a", "a", "a", "b", "c"], "theme_id": [1, 2, 3, 2, 3], "weight": [0.5, 0.2, 0.3, 1.0, 1.0]}
    )
    tables = tables_with(themes_table(YEMEN, IRAN, TAIZ), doc_themes)
    names = pd.DataFrame(
        {
            "theme_id": [1, 2, 3],
            "name": ["حرب اليمن", None, None],
            "hidden": [False] * 3,
            "merged_into": [None, None, 1],
        }
    )
    shown = named_tables(tables, names)
    assert sorted(shown.themes["theme_id"].unique()) == [1, 2]
    yemen = shown.themes[shown.themes["theme_id"] == 1].sort_values("rank")
    assert yemen["term"].head(2).tolist() == ["الحوثي", "تعز"]  # in both themes: 1 + 1/3, 1/6 + 1
    assert len(yemen) == len(YEMEN) and yemen["rank"].tolist() == list(range(1, 11))
    assert set(yemen["name"]) == {"حرب اليمن"}
    weights = shown.doc_themes.set_index(["doc_id", "theme_id"])["weight"]
    assert weights[("a", 1)] == pytest.approx(0.8) and weights[("c", 1)] == 1.0 and weights[("b", 2)] == 1.0
    assert len(shown.doc_themes) == 4
    assert theme_name(shown.themes, 2) == "إيران، الاتفاق النووي، فيينا"


def test_a_chain_of_merges_ends_in_one_theme_and_a_loop_merges_nothing():
    chain = pd.DataFrame({"theme_id": [1, 2, 3], "merged_into": [None, 1, 2]})
    assert merge_targets(chain) == {2: 1, 3: 1}
    loop = pd.DataFrame({"theme_id": [1, 2], "merged_into": [2, 1]})
    assert merge_targets(loop) == {}


def test_a_merge_is_stored_and_follows_both_themes_through_a_refit(tmp_path):
    names = ThemeNames(Store(tmp_path, seed=False))
    themes = themes_table(YEMEN, IRAN, TAIZ)
    edits = pd.DataFrame({"theme_id": [1, 2, 3], "name": [None, None, None], "hidden": [False] * 3,
                          "merged_into": [None, None, 1]})  # fmt: skip
    assert names.save("يوليو", themes, edits) == 2  # the merged theme and the one it went into
    saved = names.stored("يوليو")
    # refitted: Taiz is theme 1, oil theme 2, Yemen theme 3
    refit = themes_table([*TAIZ[:9], "الضالع"], OIL, [*YEMEN[:9], "الرياض"])
    assert merge_targets(match_names(refit, saved)) == {1: 3}
    with pytest.raises(StoreError, match="cannot be merged"):
        names.save("يوليو", themes, edits.assign(merged_into=[None, None, 7]))


def test_a_store_made_before_merges_keeps_its_names_and_gets_the_merge_column(tmp_path):
    import duckdb

    from analysis.store.database import DB_FILE

    with duckdb.connect(str(tmp_path / DB_FILE)) as con:
        con.execute(
            "CREATE TABLE theme_names (corpus VARCHAR NOT NULL, theme_id INTEGER NOT NULL, terms VARCHAR NOT NULL, "
            "name VARCHAR, hidden BOOLEAN NOT NULL DEFAULT FALSE, updated TIMESTAMP NOT NULL, "
            "PRIMARY KEY (corpus, theme_id))"
        )
        con.execute("INSERT INTO theme_names VALUES ('يوليو', 1, ?, 'حرب اليمن', FALSE, now())", [terms_key(YEMEN)])
    rows = ThemeNames(Store(tmp_path, seed=False)).stored("يوليو")
    assert rows["name"].tolist() == ["حرب اليمن"] and rows["merged_into"].isna().all()


@pytest.mark.parametrize(
    ("terms", "label"),
    [
        # the seeds' Idlib theme: a word gives way to the first of the theme's phrases that holds it
        ("إدلب | تنسيق | الغارات | مركز تنسيق | مركز | الروسية | معاقل المعارضة | محافظة إدلب",
         ["محافظة إدلب", "مركز تنسيق", "الغارات"]),
        # SaudiNewsNet: the Iran deal, the municipal elections
        ("إيران | النووي | الاتفاق | الإيراني | الاتفاق النووي | طهران", ["إيران", "الاتفاق النووي", "الإيراني"]),
        ("البلدية | الانتخابات | الانتخابية | الانتخابات البلدية | المراكز الانتخابية | قيد الناخبين",
         ["الانتخابات البلدية", "المراكز الانتخابية", "قيد الناخبين"]),
        # no phrase holds them: the first terms as they are
        ("الدوري | الإسباني | لقب | برشلونة", ["الدوري", "الإسباني", "لقب"]),
        # a term whose words the label already holds is skipped (مركز after مركز تنسيق)
        ("مركز تنسيق | مركز | تنسيق | الغارات", ["مركز تنسيق", "الغارات"]),
    ],
)  # fmt: skip
def test_a_themes_label_is_its_most_distinctive_phrases(terms, label):
    assert label_terms(terms.split(" | "), 3) == label


def test_theme_name_is_the_label_unless_the_analyst_named_it():
    themes = pd.DataFrame(
        [(2, 1, "إدلب", 0.9), (2, 2, "تنسيق", 0.8), (2, 3, "مركز تنسيق", 0.7)],
        columns=["theme_id", "rank", "term", "weight"],
    )
    assert theme_name(themes, 2) == "إدلب، مركز تنسيق"
    assert theme_name(themes.assign(name="جبهة إدلب"), 2) == "جبهة إدلب"
