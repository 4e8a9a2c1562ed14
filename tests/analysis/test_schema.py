"""The table contract: what it accepts, what it refuses, and that tables survive CSV and Parquet."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from analysis import schema
from analysis.store import snapshots

EVENT = {
    "event_id": "d1:1",
    "doc_id": "d1",
    "sentence_idx": 0,
    "date_text": "أمس",
    "date_start": dt.date(2020, 3, 5),
    "date_end": dt.date(2020, 3, 5),
    "precision": "day",
    "extent": "point",
    "when": "reported",
    "actors": ("erdogan", "russia"),
    "regions": (),
    "event_type": "phone_call",
    "plover": "CONSULT",
    "sentence": "اتصل أردوغان أمس بالرئيس الروسي.",
    "start": 13,
    "end": 16,
    "resolved": True,
}


def events(**changes) -> pd.DataFrame:
    return schema.conform("events", pd.DataFrame([{**EVENT, **changes}]))


def test_a_table_in_the_contract_has_nothing_to_report():
    assert schema.validate("events", events()) == []
    unresolved = events(date_start=None, date_end=None, resolved=False)
    assert unresolved.loc[0, "date_start"] is None
    assert schema.validate("events", unresolved) == []


@pytest.mark.parametrize(
    "column, value, problem",
    [
        ("precision", "fortnight", "events.precision: unknown values ['fortnight']"),
        ("date_text", None, "events.date_text: 1 nulls in a column that has none"),
        ("sentence", "", "events.sentence: empty strings"),
        ("actors", "erdogan;russia", "events.actors: values that are not tuples"),
        ("actors", ("erdogan", ""), "events.actors: values that are not tuples of non-empty strings"),
        ("actors", ["erdogan"], "events.actors: values that are not tuples"),
        ("date_start", "2020-03-05", "events.date_start: values that are not datetime.date"),
    ],
)
def test_what_breaks_the_contract_is_named(column, value, problem):
    frame = events()
    frame[column] = pd.Series([value], dtype=object)
    found = schema.validate("events", frame)
    assert any(p.startswith(problem) for p in found), found


def test_columns_out_of_order_are_reported_first():
    frame = events()
    found = schema.validate("events", frame[list(reversed(frame.columns))])
    assert len(found) == 1 and found[0].startswith("events: columns")


def test_event_types_are_checked_against_the_lexicon_the_caller_gives():
    assert schema.validate("events", events(), allowed={"event_type": {"strike", "talks"}}) == [
        "events.event_type: unknown values ['phone_call'] (allowed: ['strike', 'talks'])"
    ]


@pytest.mark.parametrize(
    "value, expected",
    [
        (dt.date(2019, 3, 14), dt.date(2019, 3, 14)),
        ("2019-03-14", dt.date(2019, 3, 14)),  # a CSV cell
        (pd.Timestamp("2019-03-14"), dt.date(2019, 3, 14)),  # what DuckDB gives back
        (np.datetime64("2019-03-14"), dt.date(2019, 3, 14)),
        (dt.datetime(2019, 3, 14, 23, 59), dt.date(2019, 3, 14)),
        ("", None),
        (None, None),
        (pd.NaT, None),
        (float("nan"), None),
    ],
)
def test_as_date_reads_every_form_a_date_comes_back_in(value, expected):
    assert schema.as_date(value) == expected


@pytest.mark.parametrize(
    "value, expected",
    [
        (("russia", "turkey"), ("russia", "turkey")),
        (["russia", "turkey"], ("russia", "turkey")),
        (np.array(["russia", "turkey"], dtype=object), ("russia", "turkey")),  # what Parquet gives back
        ("russia;turkey", ("russia", "turkey")),  # a CSV cell
        ("", ()),
        (None, ()),
    ],
)
def test_as_tuple_reads_every_form_a_list_comes_back_in(value, expected):
    assert schema.as_tuple(value) == expected


def test_nullable_text_is_none_so_that_or_and_if_keep_their_meaning():
    docs = schema.conform(
        "documents",
        pd.DataFrame(
            {
                "doc_id": ["a", "b"],
                "title": ["عنوان", ""],
                "source": [None, float("nan")],
                "published": ["2020-01-02", ""],
                "n_chars": [10, 20],
                "n_sentences": [1, 2],
                "url": ["https://example.org/a", None],
            }
        ),
    )
    assert docs["title"].tolist() == ["عنوان", None]
    assert docs["source"].tolist() == [None, None]
    assert docs["published"].tolist() == [dt.date(2020, 1, 2), None]
    assert (docs.loc[1, "title"] or "untitled") == "untitled"


def test_csv_cells_join_lists_and_write_dates_iso():
    frame = schema.csv_frame("events", events(regions=("idlib", "m4")))
    assert frame.loc[0, ["date_start", "actors", "regions"]].tolist() == ["2020-03-05", "erdogan;russia", "idlib;m4"]
    unresolved = schema.csv_frame("events", events(date_start=None, date_end=None))
    assert unresolved.loc[0, "date_start"] == ""


def test_seed_tables_survive_a_parquet_snapshot(seed_tables, tmp_path):
    snapshots.write_snapshot(seed_tables, tmp_path / "entry")
    back = snapshots.read_snapshot(tmp_path / "entry")
    for name, frame in seed_tables.frames().items():
        # Texts may come back as Arrow strings rather than Python ones: the same values, both in the contract.
        pd.testing.assert_frame_equal(
            back.frames()[name].reset_index(drop=True), frame.reset_index(drop=True), check_dtype=False
        )
        assert schema.validate(name, back.frames()[name]) == [], name
    assert not back.texts._recent  # read per article, when asked
    assert back.texts["000_4404655001853660"] == seed_tables.texts["000_4404655001853660"]


def test_a_snapshot_of_another_contract_is_refused(seed_tables, tmp_path, monkeypatch):
    snapshots.write_snapshot(seed_tables, tmp_path / "entry")
    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    with pytest.raises(ValueError, match="table contract"):
        snapshots.read_snapshot(tmp_path / "entry")


def test_the_readme_table_escapes_code_separators():
    table = schema.markdown_table([schema.MENTIONS])
    assert "entity_kind (actor\\|region)" in table
    assert table.splitlines()[-1].count(" | ") == 2  # three cells: no stray column separators


def test_store_columns_come_from_the_contract():
    sql = schema.duckdb_columns(schema.EVENTS, ["date_start", "actors", "resolved", "start"])
    assert sql == '"date_start" DATE, "actors" VARCHAR[], "resolved" BOOLEAN, "start" BIGINT'
