"""The gazetteer files load, hold what the articles need, and reject broken entries loudly."""

from __future__ import annotations

import textwrap

import pytest

from analysis.extract.gazetteer import (
    ALIAS_COLUMNS,
    DEFAULT_PATHS,
    ENTITY_COLUMNS,
    GazetteerError,
    alias_key,
    load_gazetteer,
)


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


REQUIRED_ACTORS = [
    "russia",
    "turkey",
    "usa",
    "syria_regime",
    "sdf",
    "kurds",
    "iran",
    "hts",
    "nato",
    "eu",
    "un",
    "putin",
    "erdogan",
    "assad",
    "lavrov",
    "cavusoglu",
    "akar",
    "shoigu",
    "trump",
]
REQUIRED_REGIONS = [
    "syria",
    "north_syria",
    "northeast_syria",
    "northwest_syria",
    "idlib",
    "saraqib",
    "khan_shaykhun",
    "aleppo",
    "manbij",
    "ain_issa",
    "raqqa",
    "hasakah",
    "m4",
    "m5",
    "libya",
    "karabakh",
    "east_med",
    "black_sea",
    "sochi",
    "malatya",
    "ukraine",
]


@pytest.mark.parametrize("entity_id", REQUIRED_ACTORS)
def test_required_actor_exists(gazetteer, entity_id):
    assert gazetteer.entity(entity_id).kind == "actor"


@pytest.mark.parametrize("entity_id", REQUIRED_REGIONS)
def test_required_region_exists(gazetteer, entity_id):
    assert gazetteer.entity(entity_id).kind == "region"


@pytest.mark.parametrize(
    "alias, entity_id, alias_kind",
    [
        # spellings from the seed articles and their usual variants
        ("جاويش أوغلو", "cavusoglu", "alias"),
        ("تشاوش أوغلو", "cavusoglu", "alias"),
        ("تشاوش اوغلو", "cavusoglu", "alias"),  # same key once normalised
        ("آستانا", "astana_process", "alias"),  # مسار آستانا (AFP, 2018)
        ("أستانا", "astana_process", "alias"),  # اتفاق أستانا لعام 2017
        ("قوات سوريا الديمقراطية", "sdf", "name"),
        ("قوات سوريا الديموقراطية", "sdf", "alias"),
        ("قسد", "sdf", "alias"),
        ("هيئة تحرير الشام", "hts", "name"),
        ("حلف شمال الأطلسي", "nato", "name"),
        ("الناتو", "nato", "alias"),
        ("ناتو", "nato", "alias"),
        ("الأطلسي", "nato", "alias"),
        ("الطريق الدولي أم 4", "m4", "name"),
        ("أم 4", "m4", "alias"),
        ("إم 4", "m4", "alias"),
        ("M4", "m4", "alias"),
        ("M5", "m5", "alias"),
        ("قرة باغ", "karabakh", "name"),
        ("شرق المتوسط", "east_med", "name"),
        ("شرقي المتوسط", "east_med", "alias"),
        ("البحر الأسود", "black_sea", "name"),
        ("النظام السوري", "syria_regime", "name"),
        ("قوات النظام", "syria_regime", "alias"),
        ("الجيش السوري", "syria_regime", "alias"),
        ("نظام دمشق", "syria_regime", "alias"),
        ("الروسي", "russia", "adjective"),
        ("الروسية", "russia", "adjective"),
        ("الروس", "russia", "adjective"),
        ("الأتراك", "turkey", "adjective"),
        ("الأمريكية", "usa", "adjective"),
        ("الإيرانيين", "iran", "adjective"),
        ("الأكراد", "kurds", "name"),
        ("الكردية", "kurds", "adjective"),
        ("موسكو", "russia", "metonym"),
        ("الكرملين", "russia", "metonym"),
        ("أنقرة", "turkey", "metonym"),
        ("واشنطن", "usa", "metonym"),
        ("البيت الأبيض", "usa", "metonym"),
        ("دمشق", "syria_regime", "metonym"),
        ("المرصد السوري لحقوق الإنسان", "sohr", "name"),
    ],
)
def test_alias_belongs_to(gazetteer, alias, entity_id, alias_kind):
    record = gazetteer.by_key[alias_key(alias)]
    assert (record.entity_id, record.alias_kind) == (entity_id, alias_kind)


@pytest.mark.parametrize("places_first", [False, True])
def test_a_metonym_may_be_one_of_its_places_aliases(tmp_path, places_first):
    # Seoul written سيول: an alias of the city and South Korea's metonym beside سئول. One record, the metonym, marked
    # literal (the city unless it acts, not a seat such as الكرملين), whichever file comes first
    actors = tmp_path / "actors.yaml"
    actors.write_text(
        "actors:\n  - {id: korea, type: state, name_en: Korea, name_ar: كوريا, metonyms: [{name: سيول, place: seoul}]}\n",
        encoding="utf-8",
    )
    regions = tmp_path / "regions.yaml"
    regions.write_text(
        "regions:\n  - {id: seoul, type: city, name_en: Seoul, name_ar: سئول, aliases: [سيول], lat: 37.5, lon: 127.0}\n",
        encoding="utf-8",
    )
    loaded = load_gazetteer([regions, actors] if places_first else [actors, regions])
    record = loaded.by_key[alias_key("سيول")]
    assert (record.entity_id, record.alias_kind, record.place, record.literal) == ("korea", "metonym", "seoul", True)
    assert not loaded.by_key[alias_key("سئول")].literal


def test_seoul_written_with_ya_is_south_koreas_metonym_needing_evidence(gazetteer):
    record = gazetteer.by_key[alias_key("سيول")]  # also "torrents": found only with its country named near
    assert (record.entity_id, record.place, record.literal, record.ambiguous) == ("south_korea", "seoul", True, True)


@pytest.mark.parametrize(
    "spelling, state, place",
    [
        ("بيونغ يانغ", "north_korea", "pyongyang"),  # 12 times in SaudiNewsNet; the gazetteer's بيونغيانغ once
        ("بيونج يانج", "north_korea", "pyongyang"),
        ("كابول", "afghanistan", "kabul"),  # 94; كابل stays (below)
        ("كابل", "afghanistan", "kabul"),
        ("جاكرتا", "indonesia", "jakarta"),
        ("سيئول", "south_korea", "seoul"),
        ("تبيليسي", "georgia", "tbilisi"),
        ("كانبيرا", "australia", "canberra"),
        ("كراكاس", "venezuela", "caracas"),
        ("بشكك", "kyrgyzstan", "bishkek"),
    ],
)
def test_capitals_as_the_corpus_writes_them_are_their_states_metonyms(gazetteer, spelling, state, place):
    """state_names.yaml capital_spellings with place_exceptions.yaml add_names (dev/capital_spellings.py lists them):
    the city's alias and its state's metonym, clear (no ordinary word)."""
    record = gazetteer.by_key[alias_key(spelling)]
    assert (record.entity_id, record.alias_kind, record.place, record.ambiguous) == (state, "metonym", place, False)


@pytest.mark.parametrize("person, state", [("lavrov", "russia"), ("cavusoglu", "turkey"), ("assad", "syria_regime")])
def test_persons_are_affiliated(gazetteer, person, state):
    assert gazetteer.entity(person).affiliation == state


def test_every_person_has_an_affiliation(gazetteer):
    table = gazetteer.entities_table()
    assert table.loc[table["type"] == "person", "affiliation"].notna().all()


def test_regions_have_coordinates_and_known_parents(gazetteer):
    regions = gazetteer.entities_table().query("kind == 'region'")
    assert regions["lat"].between(-90, 90).all() and regions["lon"].between(-180, 180).all()
    table = gazetteer.entities_table().set_index("entity_id")
    parents = table.loc[regions["parent"].dropna()]
    # a region's parent is a region or a country (a state actor: Moscow's parent is russia)
    assert ((parents["kind"] == "region") | parents["iso"].notna()).all()
    assert gazetteer.entity("saraqib").parent == "idlib"
    assert gazetteer.entity("moscow").parent == "russia"


def test_tables_are_tidy(gazetteer):
    entities, aliases = gazetteer.entities_table(), gazetteer.aliases_table()
    assert list(entities.columns) == ENTITY_COLUMNS
    assert list(aliases.columns) == ALIAS_COLUMNS
    assert entities["entity_id"].is_unique
    assert set(aliases["alias_kind"]) == {"name", "alias", "adjective", "metonym"}
    # every name_ar is an alias, but a capital's name may be its government's metonym (موسكو)
    unnamed = set(entities["entity_id"]) - set(aliases["entity_id"])
    assert unnamed <= set(aliases["place"].dropna())


def test_version_is_a_content_hash(gazetteer, tmp_path):
    assert gazetteer.version == load_gazetteer().version
    overlaid = load_gazetteer(overlay={"extend": [{"id": "russia", "metonyms": ["بلاد السوفييت"]}]})
    assert overlaid.version != gazetteer.version


def test_the_same_files_load_once_and_an_edited_file_loads_anew(tmp_path):
    """The store, the CLI and every page ask for the gazetteer again and again: the same files with the
    same content give the same object (built once), and a file whose content changed is read anew."""
    files = [tmp_path / path.name for path in DEFAULT_PATHS]
    for path, copy in zip(DEFAULT_PATHS, files, strict=True):
        copy.write_bytes(path.read_bytes())
    overlay = tmp_path / "overlay.yaml"
    overlay.write_text("extend:\n  - id: russia\n    metonyms: [بلاد السوفييت]\n", "utf-8")
    first = load_gazetteer(files, overlay=overlay)
    assert load_gazetteer(files, overlay=overlay) is first
    assert load_gazetteer(files) is not first  # without the overlay
    overlay.write_text("extend:\n  - id: russia\n    metonyms: [بلاد السوفيات]\n", "utf-8")
    edited = load_gazetteer(files, overlay=overlay)
    assert edited is not first and edited.version != first.version
    assert edited.by_key[alias_key("بلاد السوفيات")].entity_id == "russia"
    assert alias_key("بلاد السوفييت") not in edited.by_key


def test_overlay_adds_entities_and_aliases_after_validation():
    overlay = {
        "actors": [
            {
                "id": "wagner",
                "type": "armed_group",
                "name_en": "Wagner Group",
                "name_ar": "فاغنر",
                "affiliation": "russia",
            }
        ],
        "extend": [{"id": "russia", "metonyms": ["بلاد السوفييت"]}],
    }
    gazetteer = load_gazetteer(overlay=overlay)
    assert gazetteer.by_key[alias_key("فاغنر")].entity_id == "wagner"
    assert gazetteer.by_key[alias_key("بلاد السوفييت")].alias_kind == "metonym"
    assert "<overlay>" in gazetteer.sources


# --- validation errors name the file and the entry ----------------------------------------------

GOOD_REGION = """
regions:
  - id: idlib
    type: governorate
    name_en: Idlib
    name_ar: إدلب
    lat: 35.9
    lon: 36.6
"""


@pytest.mark.parametrize(
    "actors_yaml, entry, message",
    [
        (
            """
            actors:
              - {id: russia, type: state, name_en: Russia, name_ar: روسيا}
              - {id: russia, type: state, name_en: Russia again, name_ar: روسيا الاتحادية}
            """,
            "russia",
            "duplicate id",
        ),
        ("actors:\n  - {id: turkey, type: state, name_ar: تركيا}", "turkey", "missing required field 'name_en'"),
        ("actors:\n  - {id: turkey, type: state, name_en: Turkey, name_ar: تركيا, aliases: ['']}", "turkey", "empty"),
        ("actors:\n  - {id: turkey, type: state, name_en: Turkey, name_ar: تركيا, aliases: ['ـ']}", "turkey", "empty"),
        (
            """
            actors:
              - {id: russia, type: state, name_en: Russia, name_ar: روسيا, metonyms: [موسكو]}
              - {id: kremlin, type: government, name_en: Kremlin, name_ar: الكرملين, aliases: [موسكو]}
            """,
            "kremlin",
            "already claimed by 'russia'",
        ),
        (
            """
            actors:
              - {id: cavusoglu, type: person, name_en: C, name_ar: جاويش أوغلو, aliases: [جاويش اوغلو],
                 affiliation: turkey}
            """,
            "cavusoglu",
            "listed twice",
        ),
        (
            "actors:\n  - {id: lavrov, type: person, name_en: Lavrov, name_ar: لافروف, affiliation: ussr}",
            "lavrov",
            "unknown affiliation 'ussr'",
        ),
        ("actors:\n  - {id: lavrov, type: person, name_en: Lavrov, name_ar: لافروف}", "lavrov", "affiliation"),
        (
            "actors:\n  - {id: lavrov, type: person, name_en: L, name_ar: لافروف, affiliation: idlib}",
            "lavrov",
            "is a region",
        ),
        (
            "actors:\n  - {id: usa, type: state, name_en: USA, name_ar: أميركا, alias: [واشنطن]}",
            "usa",
            "unknown fields ['alias']",
        ),
        (
            """
            actors:
              - id: assad
                type: person
                name_en: Assad
                name_ar: الأسد
                affiliation: assad
                context: [{aliases: [بشار], not_preceded_by: [نصيب]}]
            """,
            "assad",
            "not an alias of it",
        ),
        (
            """
            actors:
              - id: asharq
                type: media
                name_en: Asharq Al-Awsat
                name_ar: الشرق الأوسط
                context: [{not_quoted: yes please}]
            """,
            "asharq",
            "not_quoted must be true or false",
        ),
        (
            """
            actors:
              - id: rt
                type: media
                name_en: RT
                name_ar: روسيا اليوم
                context: [{only_quoted: 1}]
            """,
            "rt",
            "only_quoted must be true or false",
        ),
    ],
)
def test_bad_actor_file_is_rejected_naming_file_and_entry(tmp_path, actors_yaml, entry, message):
    actors = tmp_path / "bad_actors.yaml"
    actors.write_text(textwrap.dedent(actors_yaml), encoding="utf-8")
    regions = tmp_path / "regions.yaml"
    regions.write_text(GOOD_REGION, encoding="utf-8")
    with pytest.raises(GazetteerError) as excinfo:
        load_gazetteer([actors, regions])
    text = str(excinfo.value)
    assert "bad_actors.yaml" in text and repr(entry) in text and message in text


@pytest.mark.parametrize(
    "region_fields, message",
    [
        ("lat: 95.0\n    lon: 36.6", "lat 95.0 is outside"),
        ("lat: north\n    lon: 36.6", "lat must be a number"),
        ("lon: 36.6", "lat must be a number"),
        ("lat: 35.9\n    lon: 36.6\n    parent: nowhere", "unknown parent 'nowhere'"),
    ],
)
def test_bad_region_is_rejected_naming_file_and_entry(tmp_path, region_fields, message):
    regions = tmp_path / "bad_regions.yaml"
    regions.write_text(
        f"regions:\n  - id: saraqib\n    type: town\n    name_en: Saraqib\n    name_ar: سراقب\n    {region_fields}\n",
        encoding="utf-8",
    )
    with pytest.raises(GazetteerError, match=rf"bad_regions.yaml, entry 'saraqib': {message}"):
        load_gazetteer([regions])


def test_overlay_cannot_claim_a_taken_alias_or_extend_an_unknown_entity(tmp_path):
    overlay = tmp_path / "overlay.yaml"
    overlay.write_text("actors:\n  - {id: moscow_x, type: city, name_en: Moscow, name_ar: موسكو}\n", encoding="utf-8")
    with pytest.raises(
        GazetteerError, match=r"overlay.yaml, entry 'moscow_x': alias 'موسكو' is already claimed by 'russia'"
    ):
        load_gazetteer(overlay=overlay)
    overlay.write_text("extend:\n  - {id: ussr, metonyms: [الكرملين السوفيتي]}\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"overlay.yaml, entry 'ussr': extends an unknown entity"):
        load_gazetteer(overlay=overlay)


def test_base_files_may_not_use_extend(tmp_path):
    actors = tmp_path / "actors.yaml"
    actors.write_text("extend:\n  - {id: russia, aliases: [روسيا]}\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"actors\.yaml: unknown top-level keys"):
        load_gazetteer([actors])


def test_invalid_yaml_names_the_file(tmp_path):
    actors = tmp_path / "broken.yaml"
    actors.write_text("actors: [\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"broken\.yaml: not valid YAML"):
        load_gazetteer([actors])
