"""The places table: every gazetteer entity with coordinates that the mentions name, its country
(the topmost country on its parent chain) and how many articles and mentions name it."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.aggregate.filters import FilterSpec, apply_filters
from analysis.aggregate.places import PLACE_COLUMNS, country_of, places_table

ENTITY_COLUMNS = ["entity_id", "kind", "type", "name_en", "name_ar", "parent", "affiliation", "lat", "lon"]


def test_seed_places(seed_tables, seed_entities):
    places = places_table(seed_tables.mentions, seed_entities)
    assert list(places.columns) == PLACE_COLUMNS
    rows = places.set_index("entity_id")
    # Idlib: named in 001, 002 and 003 (tests/dashboard/test_apptest.py works these out by hand)
    assert rows.loc["idlib", "articles"] == 3
    assert rows.loc["idlib", "mentions"] >= 3
    assert rows.loc["idlib", ["name_ar", "name_en", "kind", "type"]].tolist() == [
        "إدلب",
        "Idlib",
        "region",
        "governorate",
    ]
    assert rows.loc["idlib", ["lat", "lon"]].tolist() == pytest.approx([35.93, 36.63])
    # سراقب → Idlib → North-west Syria → Northern Syria → Syria
    assert rows.loc["saraqib", "country"] == "syria"
    assert rows.loc["syria", "country"] == "syria"  # a country is its own country
    assert rows.loc["ukraine", "country"] == "ukraine"  # parent Europe is no country
    assert rows.loc["europe", "country"] is None
    # states of the world gazetteer carry coordinates: they are places, and their own country;
    # actors without coordinates (the SDF, NATO's persons…) are not places
    assert rows.loc["turkey", ["kind", "type", "country"]].tolist() == ["actor", "state", "turkey"]
    assert "sdf" not in rows.index and "lavrov" not in rows.index
    located = set(seed_entities.loc[seed_entities["lat"].notna(), "entity_id"])
    assert set(rows.index) == located & set(seed_tables.mentions["entity_id"])
    # most articles first, then mentions, then the id: Turkey (5 articles, 114 mentions) leads
    assert list(places["articles"]) == sorted(places["articles"], reverse=True)
    assert places.iloc[0]["entity_id"] == "turkey"
    assert rows["articles"].le(len(seed_tables.documents)).all()
    counts = seed_tables.mentions[seed_tables.mentions["entity_id"].isin(located)].groupby("entity_id").size()
    assert rows["mentions"].to_dict() == counts.to_dict()


def test_places_follow_the_filters(seed_tables, seed_entities):
    view = apply_filters(seed_tables, FilterSpec(actors=("sdf",)))  # 000 and 004
    places = places_table(view.mentions, seed_entities)
    assert places["articles"].max() <= 2
    assert "idlib" not in set(places["entity_id"])  # neither 000 nor 004 names Idlib


def test_nothing_named_no_places(seed_tables, seed_entities):
    empty = apply_filters(seed_tables, FilterSpec(actors=("no_such_actor",)))
    places = places_table(empty.mentions, seed_entities)
    assert places.empty and list(places.columns) == PLACE_COLUMNS


def _entities(rows, iso: bool = True) -> pd.DataFrame:
    frame = pd.DataFrame(rows).reindex(columns=ENTITY_COLUMNS + (["iso"] if iso else []))
    return frame.astype(object).where(frame.notna(), None)


#: The world gazetteer being built on main: states carry lat/lon and an ISO code, GeoNames
#: cities have parent chains ending at a state actor.
WORLD = [
    {"entity_id": "france", "kind": "actor", "type": "state", "name_en": "France", "name_ar": "فرنسا",
     "lat": 46.0, "lon": 2.0, "iso": "FR"},
    {"entity_id": "ile_de_france", "kind": "region", "type": "region", "name_en": "Île-de-France",
     "name_ar": "إيل دو فرانس", "parent": "france", "lat": 48.7, "lon": 2.5},
    {"entity_id": "paris", "kind": "region", "type": "city", "name_en": "Paris", "name_ar": "باريس",
     "parent": "ile_de_france", "lat": 48.86, "lon": 2.35},
    {"entity_id": "isis", "kind": "actor", "type": "armed_group", "name_en": "ISIS", "name_ar": "داعش"},
    {"entity_id": "nato", "kind": "actor", "type": "alliance", "name_en": "NATO", "name_ar": "الناتو",
     "lat": 50.88, "lon": 4.42},  # a place, but no country
]  # fmt: skip


def test_world_gazetteer_states_are_countries_and_places():
    entities = _entities(WORLD)
    assert country_of(entities) == {
        "france": "france", "ile_de_france": "france", "paris": "france", "isis": None, "nato": None,
    }  # fmt: skip
    mentions = pd.DataFrame(
        {
            "doc_id": ["a", "a", "b", "b", "c"],
            "entity_id": ["paris", "paris", "france", "isis", "nato"],
            "entity_kind": ["region", "region", "actor", "actor", "actor"],
        }
    )
    places = places_table(mentions, entities).set_index("entity_id")
    assert sorted(places.index) == ["france", "nato", "paris"]  # ISIS has no coordinates
    assert places.loc["paris", ["country", "articles", "mentions"]].tolist() == ["france", 1, 2]
    assert places.loc["france", ["kind", "country"]].tolist() == ["actor", "france"]
    assert places.loc["nato", "country"] is None


def test_without_an_iso_column_a_state_actor_is_a_country():
    assert country_of(_entities(WORLD, iso=False))["paris"] == "france"


def test_the_gazetteer_country_column_is_used_when_there_is_one():
    entities = _entities(WORLD).assign(country=["france", "france", "elsewhere", None, None])
    mentions = pd.DataFrame({"doc_id": ["a"], "entity_id": ["paris"], "entity_kind": ["region"]})
    assert places_table(mentions, entities)["country"].tolist() == ["elsewhere"]
