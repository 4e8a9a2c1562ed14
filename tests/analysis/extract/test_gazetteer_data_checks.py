"""The world gazetteer's fields are checked on load, naming the entry, and its places nest: towns in regions,
regions in states."""

from __future__ import annotations

import pytest

from analysis.extract.gazetteer import GazetteerError, load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


# --- fields checked on load -----------------------------------------------------------------------------------------


def test_ambiguous_names_are_flagged_in_the_aliases_table(gazetteer):
    table = gazetteer.aliases_table().set_index("alias")
    assert bool(table.loc["الباب", "ambiguous"]) is True
    assert bool(table.loc["إدلب", "ambiguous"]) is False


@pytest.mark.parametrize(
    "overlay, problem",
    [
        ({"regions": [{"id": "q", "type": "town", "name_en": "Q", "name_ar": "قاف", "lat": 1, "lon": 1,
                       "ambiguous": ["كاف"]}]}, "ambiguous name 'كاف' is not one of its aliases"),
        ({"actors": [{"id": "q", "type": "state", "name_en": "Q", "name_ar": "قاف", "iso": "RU"}]},
         "iso RU is already the code of 'russia'"),
        ({"actors": [{"id": "q", "type": "state", "name_en": "Q", "name_ar": "قاف", "iso": "Russia"}]},
         "iso must be an ISO 3166-1 alpha-2 code"),
        ({"actors": [{"id": "q", "type": "state", "name_en": "Q", "name_ar": "قاف",
                      "metonyms": [{"name": "كاف", "place": "russia"}]}]}, "metonym place 'russia' is a actor"),
        ({"regions": [{"id": "q", "type": "town", "name_en": "Q", "name_ar": "قاف", "lat": 1, "lon": 1,
                       "parent": "putin"}]}, "parent 'putin' is a actor, expected a region or a state"),
    ],
)  # fmt: skip
def test_bad_world_fields_stop_the_load_naming_the_entry(overlay, problem):
    with pytest.raises(GazetteerError, match="entry 'q'") as error:
        load_gazetteer(overlay=overlay)
    assert problem in str(error.value)


# --- the place hierarchy --------------------------------------------------------------------------------------------


def test_a_region_may_nest_in_a_state(gazetteer):
    g = load_gazetteer(overlay={"regions": [
        {"id": "kazan_test", "type": "city", "name_en": "Kazan", "name_ar": "قازان الجديدة", "parent": "russia",
         "lat": 55.8, "lon": 49.1}]})  # fmt: skip
    assert g.country_of("kazan_test") == "russia"
    assert "kazan_test" in g.descendants("russia")


def test_the_place_hierarchy(gazetteer):
    assert gazetteer.path("saraqib")[:3] == ["saraqib", "idlib", "northwest_syria"]
    assert gazetteer.country_of("saraqib") == "syria"
    assert gazetteer.country_of("north_syria") == "syria"
    assert {"idlib", "saraqib", "north_syria"} <= set(gazetteer.descendants("syria"))
    assert gazetteer.country_of("russia") == "russia"
