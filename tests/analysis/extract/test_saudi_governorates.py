"""Saudi governorates, the 2015 cabinet, Saudi and Gulf companies, universities and clubs, read in the
sentences of SaudiNewsNet that motivated them (analysis/data/world/governorates.yaml, generated from
saudi_governorates.tsv by dev/build_governorates.py; persons.yaml; organisations.yaml)."""

from __future__ import annotations

import pytest
import yaml

from analysis.data import DATA_DIR
from analysis.extract.gazetteer import load_gazetteer
from analysis.extract.mentions import find_mentions


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def ids(text, gazetteer):
    return {m.entity_id for m in find_mentions(text, gazetteer)}


def test_every_governorate_is_in_a_saudi_region_with_a_point_in_saudi_arabia(gazetteer):
    regions = yaml.safe_load((DATA_DIR / "world/governorates.yaml").read_text("utf-8"))["regions"]
    assert len(regions) >= 120
    for region in regions:
        entity = gazetteer.entities[region["id"]]
        assert gazetteer.entities[entity.parent].parent == "saudi_arabia", region["id"]
        assert 16 <= entity.lat <= 33 and 34 <= entity.lon <= 56, region["id"]
        assert entity.name_ar.startswith("محافظة ")


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        ("لقي 4 أشخاص مصرعهم في تصادم وقع على طريق بيشة بخيبر الجنوب", "bisha"),
        ("إثر حادث تصادم وقع مساء اليوم بطريق مكة غربي القويعية", "quwaiyah"),
        ("ورئيس بلدية محافظة سميراء المهندس فهد المظيبري", "samira"),
        ("تعرض عامل آسيوي لحادث دهس أمام الشؤون الصحية بمحافظة القريات", "al_qurayyat"),
        # a name that is also a word counts after محافظ (the governor) or بلدية
        ("برعاية محافظ المجمعة سمو الأمير عبدالرحمن بن عبدالله بن فيصل", "majmaah"),
    ],
)
def test_a_governorate_is_found(gazetteer, text, entity_id):
    assert entity_id in ids(text, gazetteer)


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        # الدرب "the path", الحريق "the fire", الوجه "the face" keep only their محافظة X form
        ("كان آخر مقال له بعنوان الاتفاق على الدرب الصحيح", "ad_darb"),
        ("تمكنت فرق الدفاع المدني من السيطرة على الحريق في منطقة الرياض", "al_hariq"),
        ("ظهرت على الوجه علامات التعب", "al_wajh"),
        # a family name: the byline of a reporter in Ha'il, whose region the article names
        ("خالد السليمي- سبق- حائل: نظمت الجهات الحكومية في منطقة حائل احتفالات المعايدة", "as_sulaimi"),
        # المجمعة "collected" needs evidence
        ("نشرت الهيئة البيانات المجمعة للربع الثاني", "majmaah"),
    ],
)
def test_a_governorate_name_that_is_a_word_is_not_read_alone(gazetteer, text, entity_id):
    assert entity_id not in ids(text, gazetteer)


def test_the_word_governorates_still_count_after_their_place_noun(gazetteer):
    assert "ad_darb" in ids("أمطار غزيرة على محافظة الدرب", gazetteer)
    assert "al_hariq" in ids("افتتاح مشروع في محافظة الحريق", gazetteer)


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        (
            "وأوضح وزير الثقافة والإعلام، الدكتور عادل بن زيد الطريفي في بيانه لوكالة الأنباء السعودية",
            "adel_al_toraifi",
        ),
        ("وزير الدولة عضو مجلس الوزراء الدكتور مساعد العيبان ووزير الخارجية عادل الجبير", "musaed_al_aiban"),
        ("امتلاك صافولا لنسبة 36,52% من شركة المراعي", "almarai"),
        ("ثم ملاذ للتأمين بنسبة 2.53% و زين السعودية 2.21%", "zain_saudi"),
        ("أعلنت عمادة القبول والتسجيل في الجامعة الإسلامية بالمدينة المنورة", "islamic_university_madinah"),
        ("فاز نادي الهلال على ضيفه", "al_hilal_fc"),
    ],
)
def test_saudi_officials_companies_universities_and_clubs(gazetteer, text, entity_id):
    assert entity_id in ids(text, gazetteer)


def test_a_ministry_whose_bare_name_is_saudi_only_is_saudi_unless_another_state_follows(gazetteer):
    assert "saudi_ministry_of_education" in ids("تقيم وزارة التعليم حفل معايدة في مبنى الوزارة", gazetteer)
    assert ids("قالت وزارة التعليم اليابانية", gazetteer) == {"japan"}
    assert "saudi_ministry_of_education" not in ids("وزارة التعليم العالي في مصر", gazetteer)


def test_a_club_name_alone_is_the_word(gazetteer):
    found = ids("أعلنت هيئة الهلال الأحمر السعودي عن بدء رؤية الهلال", gazetteer)
    assert "al_hilal_fc" not in found
