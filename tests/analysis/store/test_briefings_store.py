"""Briefings kept in the article store under a name (issue 12: "the briefing pack is lost on reload";
"a chart added on one corpus was built from another"): each item keeps its chart, options, filters
and corpus; a reopened store gives the same pack; bad input is refused with a clear error and a
damaged stored item is named, never dropped."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from analysis.aggregate.filters import FilterSpec
from analysis.briefing.pack import PackItem
from analysis.briefing.stored import add_item, read_pack
from analysis.store.briefings import BriefingError, Briefings
from analysis.store.database import DB_FILE, Store

NAME = "إدلب آذار ٢٠٢٠"
IDLIB_MARCH = FilterSpec(
    actors=("russia", "turkey"), actor_mode="all", regions=("idlib",),
    date_from=dt.date(2020, 3, 1), date_to=dt.date(2020, 3, 31), sources=("ترك برس",), event_types=("strike",),
)  # fmt: skip


@pytest.fixture
def store(tmp_path):
    return Store(tmp_path / "data")


@pytest.fixture
def briefings(store):
    return Briefings(store)


def test_items_keep_their_corpus_filters_and_options_after_the_store_is_reopened(store, briefings):
    briefings.create(NAME)
    first = add_item(briefings, NAME, PackItem("top_actors", {"top_n": 10}, IDLIB_MARCH, lang="ar", corpus="seed"))
    second = add_item(briefings, NAME, PackItem("comention_heatmap", {"measure": "npmi"}, corpus="SaudiNewsNet"))
    briefings.describe(NAME, title="روسيا وتركيا في إدلب", notes="للاجتماع الأسبوعي")

    reopened = Briefings(Store(store.data_dir))  # a reload, or a colleague's session
    pack, ids, damaged = read_pack(reopened.get(NAME))
    assert (ids, damaged) == ([first, second], [])
    assert pack.title == "روسيا وتركيا في إدلب" and pack.notes == "للاجتماع الأسبوعي"
    assert pack.items == [
        PackItem("top_actors", {"top_n": 10}, IDLIB_MARCH, lang="ar", corpus="seed"),
        PackItem("comention_heatmap", {"measure": "npmi"}, corpus="SaudiNewsNet"),
    ]


def test_a_name_already_taken_is_refused_and_the_first_briefing_is_untouched(briefings):
    briefings.create(NAME)
    add_item(briefings, NAME, PackItem("top_actors", corpus="seed"))
    with pytest.raises(BriefingError, match="already exists"):
        briefings.create(f"  {NAME} ")  # the same name once white space is collapsed
    assert len(briefings.get(NAME).items) == 1
    with pytest.raises(BriefingError, match="needs a name"):
        briefings.create("   ")


def test_unknown_briefings_and_items_are_named(briefings):
    with pytest.raises(BriefingError, match="no briefing named 'nothing'"):
        briefings.get("nothing")
    briefings.create(NAME)
    with pytest.raises(BriefingError, match="has no item 7"):
        briefings.remove(NAME, 7)
    with pytest.raises(BriefingError, match="is an object"):
        briefings.add(NAME, ["top_actors"])


def test_a_damaged_item_is_named_with_its_reason_and_kept(store, briefings):
    briefings.create(NAME)
    good = add_item(briefings, NAME, PackItem("top_actors", corpus="seed"))
    unknown_chart = briefings.add(NAME, {"chart": "pie_of_everything", "corpus": "seed"})
    reversed_dates = briefings.add(
        NAME, {"chart": "top_actors", "filters": {"date_from": "2020-05-01", "date_to": "2020-01-01"}}
    )
    with duckdb.connect(str(store.data_dir / DB_FILE)) as con:  # a row written by hand, cut short
        con.execute('INSERT INTO briefing_items VALUES (1, 9, now()::TIMESTAMP, \'{"chart": "top_act\')')

    pack, ids, damaged = read_pack(briefings.get(NAME))
    assert ids == [good] and [i.chart for i in pack.items] == ["top_actors"]
    assert [(d.item_id, d.error.split(":")[0]) for d in damaged] == [
        (unknown_chart, "unknown chart 'pie_of_everything'"),
        (reversed_dates, "the date range is reversed"),
        (9, "not JSON"),
    ]
    assert len(briefings.get(NAME).items) + len(briefings.get(NAME).damaged) == 4  # nothing dropped
    briefings.remove(NAME, 9)  # the analyst removes it, and only then is it gone
    assert [d.item_id for d in briefings.get(NAME).damaged] == []


def test_remove_clear_rename_delete(briefings):
    briefings.create(NAME)
    ids = [add_item(briefings, NAME, PackItem(chart, corpus="seed")) for chart in ("top_actors", "event_timeline")]
    briefings.remove(NAME, ids[0])
    assert [s.record["chart"] for s in briefings.get(NAME).items] == ["event_timeline"]
    assert briefings.rename(NAME, "إدلب") == "إدلب"
    assert briefings.names() == ["إدلب"]
    with pytest.raises(BriefingError, match="confirm"):
        briefings.delete("إدلب", confirm="x")
    assert briefings.clear("إدلب") == 1
    assert briefings.delete("إدلب", confirm="إدلب") == 0
    assert briefings.names() == []


def test_a_store_made_before_briefings_gets_the_tables_and_keeps_its_corpora(tmp_path):
    folder = tmp_path / "old"
    Store(folder)
    with duckdb.connect(str(folder / DB_FILE)) as con:  # as a store of the last release was
        con.execute("DROP TABLE briefing_items; DROP TABLE briefings; DELETE FROM store_meta WHERE key = 'briefings'")
    reopened = Store(folder)
    assert reopened.corpus_names() == ["seed"]
    Briefings(reopened).create(NAME)
    assert Briefings(reopened).names() == [NAME]
    with duckdb.connect(str(folder / DB_FILE)) as con:
        assert con.execute("SELECT value FROM store_meta WHERE key = 'briefings'").fetchall() == [("1",)]
