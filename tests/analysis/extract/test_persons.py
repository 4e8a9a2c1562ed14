"""Persons (analysis/data/persons.yaml): sentences quoted from SaudiNewsNet (mid-2015), for and against."""

from __future__ import annotations

import pytest
import yaml

from analysis.data import DATA_DIR
from analysis.extract.gazetteer import DEFAULT_FILES, load_gazetteer
from analysis.extract.mentions import find_mentions


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def ids(text, gazetteer):
    return [m.entity_id for m in find_mentions(text, gazetteer)]


def test_persons_load_after_the_curated_core_and_before_the_world_files():
    assert DEFAULT_FILES.index("persons.yaml") == DEFAULT_FILES.index("regions.yaml") + 1
    assert DEFAULT_FILES.index("persons.yaml") < DEFAULT_FILES.index("world/states.yaml")


def test_every_entry_is_a_person_of_an_existing_actor(gazetteer):
    document = yaml.safe_load((DATA_DIR / "persons.yaml").read_text(encoding="utf-8"))
    assert len(document["actors"]) >= 150
    for raw in document["actors"]:
        entity = gazetteer.entity(raw["id"])
        assert entity.type == "person"
        assert gazetteer.entity(entity.affiliation).kind == "actor"


@pytest.mark.parametrize(
    "text, expected",
    [
        # the king by his title and his name (one mention each, the longest name wins)
        (
            "شدد خادم الحرمين الشريفين الملك سلمان بن عبد العزيز، على أن السعودية ستظل واحة أمن",
            ["salman_bin_abdulaziz", "salman_bin_abdulaziz", "saudi_arabia"],
        ),
        ("قال الرئيس الأمريكي باراك أوباما اليوم الاثنين إن تبني مجلس الأمن", ["usa", "obama", "un"]),
        ("وأبلغ مكونيل الصحفيين ردا على خطاب اوباما يوم الاربعاء", ["obama"]),
        (
            "قال كيري إن الرئيس الإيراني حسن روحاني ووزير خارجيته محمد جواد ظريف",
            ["john_kerry", "iran", "hassan_rouhani", "mohammad_javad_zarif"],
        ),
        ("ونقل التقرير تصريحات روحاني قائلاً", ["hassan_rouhani"]),
        (
            "أن لقاء الجبير وشتاينماير يأتي في ضوء الحراك السعودي",
            ["adel_al_jubeir", "frank_walter_steinmeier", "saudi_arabia"],
        ),
        ("بحاح يعرب عن تقدير حكومة بلاده لدور دول التحالف في تحرير عدن", ["khaled_bahah", "aden"]),
        ("قال رئيس الوزراء المصري المهندس إبراهيم محلب إن مصر تغيرت", ["egypt", "ibrahim_mahlab", "egypt"]),
        ("التقى وزير الخارجية اللبناني جبران باسيل في بيروت", ["lebanon", "gebran_bassil", "beirut"]),
        ("يصفه صديقه وزميله جون ماكين مزاحا", ["john_mccain"]),
        ("ويقدر رئيس الوزراء الروسي ديمتري ميدفيديف أن العقوبات ستكلف روسيا", ["russia", "dmitry_medvedev", "russia"]),
        ("مشيرا إلى أن المبعوث الأممي السابق لليمن جمال بنعمر بارك ذلك العرض", ["yemen", "jamal_benomar"]),
        # an ambiguous surname with its evidence: Iraq named in the same text (بغداد, its government here)
        (
            "العلاقات بين الأكراد وبغداد قد تفسخت خلال فترة حكم رئيس الوزراء السابق نوري المالكي، وقال المالكي",
            ["iraq", "nouri_al_maliki", "nouri_al_maliki"],
        ),
    ],
)
def test_persons_found(text, expected, gazetteer):
    assert [i for i in ids(text, gazetteer) if i != "kurds"] == expected


@pytest.mark.parametrize(
    "text, person",
    [
        # a prince's patronymic is not the king, nor King Abdullah
        (
            "وصاحب السمو الملكي الأمير نايف بن سلمان بن عبدالعزيز، وصاحب السمو الملكي الأمير راكان",
            "salman_bin_abdulaziz",
        ),
        ("تعيين الأمير مشعل بن عبدالله بن عبدالعزيز بن مساعد أميراً للحدود الشمالية", "abdullah_bin_abdulaziz"),
        # روحاني is also "spiritual"
        ("وأداء الصلاة في مشهد روحاني جميل", "hassan_rouhani"),
        # مرسى (anchorage) normalises to مرسي; no Egypt in sight
        ("مقابل مبالغ رمزية عن طريق مرسى الحافة", "mohamed_morsi"),
        # other people of the same family name
        ("الباحث الأردني في الجماعات الإسلامية حسن أبو هنية لـ«الشرق الأوسط»", "ismail_haniyeh"),
        ("المخرج كاميرون كراو الذي أعلن أسفه", "david_cameron"),
        ("حسن الفرج، زكي الزاهر، نصرالله عبدالله نصرالله، سمير جميل الجشي", "hassan_nasrallah"),
        ("مطالبة باستقالة فلورنتينو بيريز رئيس النادي", "shimon_peres"),
        ("وقال أنجوس بلير، رئيس معهد سيجنيت", "tony_blair"),
        # ولايتي = "two states": Velayati's name needs Iran named
        ("من الفروع في ولايتي كاليفورنيا وتكساس", "ali_akbar_velayati"),
        # a place named after the Iraqi sub-district, not the ISIS leader, without ISIS in the text
        ("تسللت إلى منطقة جبة قرب ناحية البغدادي", "abu_bakr_al_baghdadi"),
    ],
)
def test_not_this_person(text, person, gazetteer):
    assert person not in ids(text, gazetteer)


def test_al_turki_is_the_spokesman_not_turkey(gazetteer):
    # SaudiNewsNet: "واوضح اللواء منصور التركي، المتحدث الأمني في وزارة الداخلية"
    assert ids("وأكد اللواء منصور التركي", gazetteer) == ["mansour_al_turki"]
