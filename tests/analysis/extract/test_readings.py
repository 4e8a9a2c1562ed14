"""How a matched name counts in context: capitals as places or governments, ambiguous names.

The sentences are from the seeds and from SaudiNewsNet (mid-2015 Saudi papers).
"""

from __future__ import annotations

import pytest

from analysis.extract.gazetteer import GazetteerError, load_gazetteer
from analysis.extract.mentions import find_mentions


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def readings(text, gazetteer, alias):
    return [(m.entity_id, m.alias_kind) for m in find_mentions(text, gazetteer) if m.alias == alias]


# --- a capital is its government only when it acts or speaks ---------------------------------

GOVERNMENT = ("syria_regime", "metonym")
CITY = ("damascus", "place")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("وأعلنت دمشق رفضها للاتفاق", GOVERNMENT),  # a speech verb before it (VSO)
        ("دمشق تتهم أنقرة بدعم الإرهاب", GOVERNMENT),  # a verb after it (SVO)
        ("وقال إن دمشق لن تسمح بذلك", GOVERNMENT),
        ("واجهت موسكو صعوبات كبيرة مع دمشق في الماضي", GOVERNMENT),  # a relation with it
        ("لا أرى أن موسكو تسيطر بالكامل على ما تقوم به دمشق على أرض الواقع", GOVERNMENT),
        ("ويشكل موقف دمشق عقبة أمام الحل", GOVERNMENT),  # its position
        ("قتل خمسة مدنيين في دمشق أمس", CITY),  # after a locative preposition
        ("سقطت قذائف على أحياء دمشق الشرقية", CITY),  # its districts
        ("اعتقل في سجن صيدنايا قرب دمشق", CITY),
        ("وصل الوفد إلى مطار دمشق الدولي", CITY),
        ("ويعيش سكان دمشق أوضاعا صعبة", CITY),
        ("التقى السفير بدمشق عددا من المسؤولين", CITY),  # ب glued to it: in Damascus
        ("تقع الحدود على بعد خمسين كيلومترا من دمشق", CITY),  # no sign of acting: the place
    ],
)
def test_damascus_is_the_government_only_when_it_acts(gazetteer, text, expected):
    assert readings(text, gazetteer, "دمشق") == [expected]


def test_both_readings_keep_the_alias_that_matched(gazetteer):
    text = "أعلنت دمشق أن القصف طال ريف دمشق"
    found = [(m.entity_id, m.alias, m.alias_kind) for m in find_mentions(text, gazetteer)]
    assert ("syria_regime", "دمشق", "metonym") in found
    assert ("rif_dimashq", "ريف دمشق", "name") in found or ("damascus", "دمشق", "place") in found


def test_a_plain_metonym_is_always_the_actor(gazetteer):
    assert readings("في البنتاغون أمس", gazetteer, "البنتاغون") == [("usa", "metonym")]


# --- ambiguous names need evidence -------------------------------------------------------------


@pytest.mark.parametrize(
    "text, counted",
    [
        ("سيطرت القوات على مدينة الباب شمال حلب", True),  # a place trigger before it
        ("وتقدمت فصائل المعارضة نحو الباب بعد معارك في حلب", True),  # its parent named plainly
        ("وتقدمت فصائل المعارضة نحو الباب بعد معارك عنيفة", False),  # no evidence: the door
        ("فتح الباب أمام الحوار", False),
        ("وقصفت الطائرات بلدة التل", True),
        ("صعد إلى التل المطل على القرية", False),
        ("اشتباكات في التل بريف دمشق في سوريا", True),  # its country named plainly
    ],
)
def test_an_ambiguous_name_counts_only_with_evidence(gazetteer, text, counted):
    # الباب (al-Bab, Aleppo) and التل (al-Tall, near Damascus) are also "the door" and "the hill"
    found = {m.entity_id for m in find_mentions(text, gazetteer)}
    assert bool(found & {"al_bab", "at_tall"}) is counted


def test_ambiguous_names_are_flagged_in_the_aliases_table(gazetteer):
    table = gazetteer.aliases_table().set_index("alias")
    assert bool(table.loc["الباب", "ambiguous"]) is True
    assert bool(table.loc["إدلب", "ambiguous"]) is False


# --- the data checks ---------------------------------------------------------------------------


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


# --- on SaudiNewsNet sentences (dev/entities/metonymy_judged.jsonl, judged by a reader) ------------


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        ("ودعت واشنطن السلطات الإيرانية إلى الإفراج عن الصحافي، لكن طهران أكدت أنها لا تعترف بازدواج الجنسية",
         "طهران", ("iran", "metonym")),
        ("وأطلقت أنقرة عملية عسكرية «لمكافحة الإرهاب» ضد تنظيم داعش", "أنقرة", ("turkey", "metonym")),
        ("بينما هدد حزب العمال الكردستاني بقطع الهدنة مع أنقرة إثر الضربات الجوية", "أنقرة", ("turkey", "metonym")),
        ("تأتي بعد بضعة أشهر على إعلان موسكو عن عقيدة عسكرية جديدة", "موسكو", ("russia", "metonym")),
        ("وجاءت تصريحاته بعد أن أرسلت إدارة أوباما الاتفاق النووي مع طهران إلى الكونجرس", "طهران", ("iran", "metonym")),
        ("ثم قال البنتاغون إن الطائرات الأميركية ستبدأ في استعمال قاعدة انجرليك", "البنتاغون", ("usa", "metonym")),
        ("وقال أحد المستشارين في الكرملين الشهر الماضي إن روسيا وإيران تعدان عقدا", "الكرملين", ("russia", "metonym")),
        ("عامل جرافة يسحق صناديق من الخوخ قرب موسكو.", "موسكو", ("moscow", "place")),
        ("فخامنئي من مدرسة احتلت السفارة الأمريكية في طهران عام 1979", "طهران", ("tehran", "place")),
        ("استعادة نظام الرئيس السوري بشار الأسد مواقع عسكرية في مثلث جنوب دمشق - القنيطرة - درعا", "دمشق",
         ("damascus", "place")),
        ("عين اليوم – أنقرة", "أنقرة", ("ankara", "place")),  # a dateline
        ("وقال مايكل كوغلمان الخبير في مركز ودرو ويلسون للأبحاث في واشنطن، لوكالة فرانس برس", "واشنطن",
         ("washington", "place")),
    ],
)  # fmt: skip
def test_capitals_in_saudinewsnet_sentences(gazetteer, text, alias, expected):
    assert readings(text, gazetteer, alias) == [expected]


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # الخبر: Khobar and "the news"; a Saudi paper names Saudi Arabia everywhere, which is no evidence
        ("معرض «مبادرة الميثان العالمية» الذي نظمته المملكة في مدينة الخبر، كما تطرق إلى مشاركة السعودية", "khobar",
         True),
        ("حيث سيكون أهالي وزوار محافظة الخبر على موعد مع إطلاق الألعاب النارية", "khobar", True),
        ("والله الهادي إلى سواء السبيل. رابط الخبر بصحيفة الوئام: القنصل السعودي", "khobar", False),
        # ريف حماة is the governorate's countryside, a longer name than حماة (Hama, and "protectors")
        ("أن فتى في مدينة السلمية بريف حماة فجر نفسه بقنبلة يدوية", "hama_governorate", True),
        ("إضافة لتدعيم جبهات سهل الغاب بريف حماة وخاصة النقاط المتقدمة", "hama_governorate", True),
        ("وقال إن حماة الوطن لن يتخلوا عن واجبهم", "hama", False),
        # الباب: al-Bab and "the door"
        ("و5 قتلى في مدينة الباب في محافظة حلب، مع استمرار المعارك", "al_bab", True),
        ("كما استهدف الطيران الحربي قرية الإمام في ريف مدينة الباب شرقي حلب", "al_bab", True),
    ],
)  # fmt: skip
def test_ambiguous_places_in_saudinewsnet_sentences(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, alias",
    [
        ("بالزيارة التي قام بها أعضاء من وفد جامعة واشنطن الأميركية", "واشنطن"),  # a university
        ("وقالت إدارة ولاية واشنطن للأسماك والحياة البرية", "واشنطن"),  # the state of Washington
        ("لم يثبت قيام مشجعي سبارتاك موسكو بأي إساءة عنصرية", "موسكو"),  # a club
        ("وفاز ريال مدريد على ضيفه", "مدريد"),
    ],
)
def test_a_capital_inside_another_name_is_neither_reading(gazetteer, text, alias):
    assert readings(text, gazetteer, alias) == []


def test_a_dual_place_noun_names_the_regions_not_the_cities(gazetteer):
    # SaudiNewsNet, a weather report: "the regions of Mecca and Medina", and later the city
    text = "شديد الحرارة على شرق ووسط ومنطقتي مكة المكرمة والمدينة المنورة الأجزاء الداخلية وفي مكة المكرمة"
    assert [m.entity_id for m in find_mentions(text, gazetteer)] == ["makkah_region", "madinah_region", "makkah"]


@pytest.mark.parametrize(
    "text, absent",
    [
        ("وقالت صحيفة تورونتو ستار إن الحكومة", "toronto"),  # a newspaper
        ("وفاز مانشستر سيتي على ضيفه", "manchester"),  # a club
    ],
)
def test_a_place_before_a_paper_or_club_word_is_part_of_that_name(gazetteer, text, absent):
    assert absent not in {m.entity_id for m in find_mentions(text, gazetteer)}


def test_a_verb_particle_is_a_whole_word(gazetteer):
    # لمتابعة is ل + متابعة (to follow), not the particle لم: London is the city here (SaudiNewsNet)
    text = "صوب ملعب لوفتوس رود بالعاصمة الانكليزية لندن لمتابعة مباراة الكأس السوبر السعودية"
    assert readings(text, gazetteer, "لندن") == [("london", "place")]


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # SaudiNewsNet (eighth uniform sample): a walking tour of London, "the city's long history"
        ("تم اختيار الأماكن التي تعبر عن حقب مهمة في تاريخ لندن العريق", "لندن", ("london", "place")),
        # held-out articles: "Manarat al-Riyadh schools' readiness to offer support" (لتقديم is a noun)
        ("متحدثا عن استعداد مدارس منارات الرياض لتقديم الدعم الكامل", "الرياض", ("riyadh", "place")),
        # a present verb with its object pronoun is still a verb: "the dam Addis Ababa is building"
        ("سد النهضة الذي تبنيه أديس آبابا على النيل الشرقي", "أديس أبابا", ("ethiopia", "metonym")),
        # a verbal noun of a deed: Tehran's not implementing the agreement
        ("إذا ما ثبت عدم تنفيذ طهران بنود الاتفاقية", "طهران", ("iran", "metonym")),
    ],
)
def test_a_noun_of_the_shape_tafil_is_no_verb(gazetteer, text, alias, expected):
    assert readings(text, gazetteer, alias) == [expected]


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # its aims and its agents are the government's (the ninth uniform sample; SaudiNewsNet)
        ("وتنفيذ مخططات زعزعة أمن الخليج وتحقيق طموحات طهران الإقليمية", "طهران", ("iran", "metonym")),
        ("وكل ذلك مرة أخرى بفضل أطماع طهران التي لا تنتهي", "طهران", ("iran", "metonym")),
        ("وأتشكك تجاه نوايا واشنطن في المنطقة", "واشنطن", ("usa", "metonym")),
        # a city that burns or celebrates is the city (the eighth round's second sample; SaudiNewsNet)
        ("فيما بيروت تحترق..وتبكي..مكسور خاطرها", "بيروت", ("beirut", "place")),
        ("كانت لندن تحتفل بأسبوعها الرجالي عندما تلقت «الشرق الأوسط» دعوة", "لندن", ("london", "place")),
        ("بيروت تتهم دمشق بخرق الحدود", "بيروت", ("lebanon", "metonym")),
    ],
)
def test_a_capitals_aims_are_its_governments_and_its_fires_its_own(gazetteer, text, alias, expected):
    assert readings(text, gazetteer, alias) == [expected]


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # the ninth uniform sample: واشنطن's own و is no conjunction joining it to Kerry, an actor
        (
            "غادر وزير الخارجية الأميركي جون كيري واشنطن متوجها إلى منطقة الشرق الأوسط في جولة",
            "واشنطن",
            ("washington", "place"),
        ),
        # a proclitic و still joins: both are read together, as the governments
        ("تتصاعد الخلافات بين موسكو وواشنطن حول الملف", "واشنطن", ("usa", "metonym")),
        # the tenth uniform sample: a word after و is a new phrase, not the capital's verb (SaudiNewsNet)
        ("كذلك بعد سيطرة الحوثيين على صنعاء وتمددهم جنوبا، بلغ عدد المساجد عشرين", "صنعاء", ("sanaa", "place")),
        ("كيف تفاعل سقراط مع نكبة أثينا وتفاعل العلي شعريا مع نكبة العرب", "أثينا", ("athens", "place")),
        ("صنعاء تتهم الرياض بدعم الحوثيين", "صنعاء", ("yemen", "metonym")),  # a verb right after it
    ],
)
def test_a_capitals_own_waw_and_a_phrase_after_waw_say_nothing_of_acting(gazetteer, text, alias, expected):
    assert readings(text, gazetteer, alias) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the eighth round's second sample: a weather report's list, in brackets and with commas
        (
            "وكذلك على مناطق (مكة المكرمة، وجازان، وعسير، والباحة) تمتد حتى نجران",
            ["makkah_region", "jazan_region", "asir_region", "al_bahah_region"],
        ),
        # held-out articles: with commas only
        (
            "وأجزاء من منطقة الرياض، والمدينة المنورة، ومكة المكرمة، وجازان",
            ["riyadh_region", "madinah_region", "makkah_region", "jazan_region"],
        ),
        # no place noun: the cities stay cities
        ("زار الوفد جدة، والطائف", ["jeddah", "taiif"]),
    ],
)
def test_a_list_after_a_place_noun_in_brackets_or_with_commas(gazetteer, text, expected):
    assert [m.entity_id for m in find_mentions(text, gazetteer)][: len(expected)] == expected


def test_a_list_after_a_place_noun_goes_on_naming_regions(gazetteer):
    # SaudiNewsNet: fines for factories "in the Mecca Region and Jazan and Asir": the Regions, not the cities
    text = "شملت منشآت صناعية ومصانع بمنطقة مكة المكرمة وجازان وعسير والمدينة المنورة."
    assert [m.entity_id for m in find_mentions(text, gazetteer)] == [
        "makkah_region", "jazan_region", "asir_region", "madinah_region",
    ]  # fmt: skip
    # against: after مدينة (no مدينة الرياض in the gazetteer) the next name stays what it is
    assert [m.entity_id for m in find_mentions("زار مدينة جدة والرياض", gazetteer)] == ["jeddah", "riyadh"]


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # منظمة/هيئة before an ambiguous organisation name are evidence, like حركة (حماس is also "enthusiasm")
        ("أما حزب الإخوان و منظمة حماس والفرس ومن تبعهم فلا يرقبون فينا إلا ولا ذمة", "hamas", True),
        ("واستقبل الجمهور اللاعبين بحماس كبير", "hamas", False),
        # a big Arab city whose name takes no article or suffix is a name (دبي), though rarely after مدينة
        ("في حين سجلت الأسعار في دبي ارتفاعا قدره 0.02 في المائة خلال الفترة نفسها", "dubai", True),
        # a foreign city's name of two words is neither a surname nor a word: it counts alone
        ("غيرت طائرة طريقها خلال رحلتها من لاس فيغاس إلى مطار هيثرو في لندن", "las_vegas", True),
        # a place with a proclitic: ولحج is common in the corpus because لحج is (و + لحج), not a word of its own
        ("استهدف أحياء دار سعد الواقع بين محافظتي عدن ولحج جنوب البلاد", "lahij_governorate", True),
        # ... but a common word that is a proclitic + a rarer name stays the word: كبيرا (ك + بيرا, Beira), بلاتر
        ("وحقق المعرض نجاحا كبيرا هذا العام", "beira", False),
        ("وقال بلاتر إن الاتحاد الدولي لن يتراجع", "latur", False),
    ],
)  # fmt: skip
def test_names_that_count_alone_or_with_evidence(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, entity_id",
    [
        ("وقُتل الطالب السعودي حسن العميري في نيوزلندا قبل نحو ست سنوات", "new_zealand"),  # نيوزيلندا without ي
        ("أحيت اليابان اليوم الذكرى السبعين لإلقاء القنبلة الذرية على نجازاكي", "nagasaki"),  # ناجازاكي without ا
        ("وصل الوفد إلى ناكاساكي في اليابان", "nagasaki"),  # g as ك (ناغاساكي)
        ("وفاز منتخب أنجولا على ضيفه", "angola"),  # g as ج (أنغولا)
        ("مقتل المبتعثة في إنجلترا ناهد المانع", "uk"),  # England counts as the United Kingdom
    ],
)
def test_spelling_variants_of_foreign_names(gazetteer, text, entity_id):
    assert entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}


@pytest.mark.parametrize(
    "text, entity_id",
    [
        ("وأكد أن الجريمة ستقدم إلى محكمة الجنايات الدولية لمحاسبة كل من شارك فيها", "icc"),
        ("مشاركة المملكة ودول المجلس في التحالف الدولي لمحاربة تنظيم داعش الإرهابي", "global_coalition"),
        ("مشاركة المملكة ودول المجلس في التحالف الدولي لمحاربة تنظيم داعش الإرهابي", "isis"),  # both named
        ("لأنه مرشح فريق «8 مارس « وقام بتأمين الغطاء المسيحي", "march_8"),  # مارس, the Gulf name of آذار
        ("وفقاً لما نقلته وكالة الأنباء البحرينية", "bna"),
    ],
)
def test_long_names_of_organisations(gazetteer, text, entity_id):
    assert entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}


@pytest.mark.parametrize(
    "text, counted",
    [
        # bare المملكة is Saudi Arabia in a Saudi paper's article that names Saudi Arabia (SaudiNewsNet) ...
        ("لقد أثبتت المملكة والدول الخليجية التي وقفت مع مصر أن الوحدة العربية ممكنة، وأن السعودية", True),
        # ... with no evidence it is any kingdom
        ("لقد أثبتت المملكة والدول الخليجية التي وقفت مع مصر أن الوحدة العربية ممكنة", False),
        # ... and not when another kingdom is named: a piece on tourism in Jordan
        ("نظرا للأماكن السياحية الجاذبة في المملكة. وأشار السفير الأردني إلى أن عدد السياح السعوديين في الأردن",
         False),
        # ... nor when the other kingdom is named as often as Saudi Arabia, or more
        ("زار الوفد السعودي الأردن، وتعد المملكة وجهة سياحية جاذبة للسعودية، وقد زار الأردن العام الماضي مليون سائح",
         False),
        # but a kingdom named only by its nisba is no other kingdom's article (SaudiNewsNet 2015-08-11-1123: the Saudi
        # Super Cup "outside the kingdom" at a British ground; 260 articles of the 31k corpus had lost 881 such rows)
        ("في مباراة كأس السوبر السعودي التي ستقام لأول مرة خارج المملكة على ملعب في العاصمة البريطانية لندن، "
         "وتأهلت السعودية", True),
        # ... nor one named less often than Saudi Arabia (2015-08-07-692: the Saudi scouts at the jamboree in Japan)
        ("نجح وفد المملكة الكشفي المشارك في الجامبوري المقام في اليابان في تعريف الزوار بالسعودية، ورفع علم "
         "السعودية", True),
    ],
)  # fmt: skip
def test_the_kingdom_is_saudi_arabia_only_with_evidence_and_no_other_kingdom(gazetteer, text, counted):
    assert (("saudi_arabia", "alias") in readings(text, gazetteer, "المملكة")) is counted


def test_vowel_marks_settle_an_ambiguous_name(gazetteer):
    # SaudiNewsNet: عُمان with its damma is Oman; bare عمان (Oman or Amman) needs evidence
    assert readings("عاد إلى موطنه عُمان في عام ١٩٧١م", gazetteer, "عمان") == [("oman", "alias")]
    assert readings("عاد إلى موطنه عمان في عام ١٩٧١م", gazetteer, "عمان") == []
    assert readings("وصل الوفد إلى عَمّان أمس", gazetteer, "عمان") == []  # Amman's shadda and fatha


@pytest.mark.parametrize(
    "text, expected",
    [
        ("الخارجية البحرينية تستدعي القائم بأعمال السفارة الإيرانية", "bahrain_foreign_ministry"),  # a title
        ("وأفادت الداخلية المغربية في بيان أمس، أن الخلية", "morocco_interior_ministry"),
        ("ستحتاج إلى موافقة مجلس الشيوخ الأميركي", "usa_parliament"),
        # a policy and a minister are not the ministry: the adjective inside still names the state
        ("وهو محلل للسياسة الخارجية الروسية في مجلس الشؤون الدولية الروسي", "russia"),
        ("وهيلاري كلنتون -وزيرة الخارجية الأمريكية السابقة-", "usa"),
    ],
)
def test_ministries_named_with_their_state(gazetteer, text, expected):
    found = [m.entity_id for m in find_mentions(text, gazetteer)]
    assert expected in found
    assert not any(e.endswith("_ministry") for e in found if expected in ("russia", "usa"))


@pytest.mark.parametrize(
    "text, counted",
    [
        # the bare مجلس الشورى is Saudi Arabia's in a text that names it and no other state with one
        ("وافق مجلس الشورى على نظام الجمعيات في المملكة العربية السعودية", True),
        ("وافق مجلس الشورى على نظام الجمعيات", False),
        ("وافق مجلس الشورى في البحرين على القانون، ورحبت السعودية", False),
    ],
)
def test_a_chamber_several_states_have_counts_with_evidence(gazetteer, text, counted):
    assert ("saudi_arabia_parliament" in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, expected",
    [
        # SaudiNewsNet sentences naming groupings, central banks, security and national bodies
        ("ويفرض الاتفاق الذي أبرمته إيران مع القوى الدولية الست في 14 يوليو", "p5_plus_1"),
        ("وفي شهادة جانيت يلين، محافظ الفيدرالي الأميركي، أمام الكونغرس", "usa_central_bank"),
        ("ووفقًا للإحصائيات الصادرة عن مؤسسة النقد العربي السعودي", "saudi_arabia_central_bank"),
        ("أشارت إلى رد وزارة المالية على استجواب في البنك المركزي اليوناني", "greece_central_bank"),  # any state
        ("وقال مكتب التحقيقات الفدرالي إن سوار", "fbi"),
        ("أفواج المصلين على جثامين شهداء الواجب من قوات الطوارئ الخاصة", "saudi_special_emergency_forces"),
        ("قال الشيخ د. قيس بن محمد آل مبارك عضو هيئة كبار العلماء", "saudi_senior_scholars"),
        ("وستنتهي التصفيات التي بدأت بالفعل في آسيا", "asia"),
    ],
)
def test_groupings_banks_and_national_bodies(gazetteer, text, expected):
    assert expected in {m.entity_id for m in find_mentions(text, gazetteer)}


def test_a_bare_emergency_force_needs_saudi_arabia_named(gazetteer):
    assert "saudi_special_emergency_forces" not in {
        m.entity_id for m in find_mentions("وصلت قوات الطوارئ الدولية إلى الحدود", gazetteer)
    }


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # a place of the body's state named nearby confirms a state body's bare name (dev set 2015-08-09-1128)
        (
            "أعرب فيه عن استنكاره للاعتداء الآثم الذي وقع في مسجد قوات الطوارئ بمنطقة عسير.",
            "saudi_special_emergency_forces",
            True,
        ),
        # bare الدفاع المدني and الجوازات: every state's, counted for Saudi Arabia's near a Saudi place
        (
            "وأوضح المتحدث الرسمي لمديرية الدفاع المدني بمنطقة عسير العقيد محمد العاصمي أن الفرق انتشلت الجثة.",
            "saudi_civil_defense",
            True,
        ),
        ("وأكد مدير جوازات المنطقة أن الجوازات أنهت تصحيح أوضاع الوافدين في المدينة المنورة.", "saudi_passports", True),
        # … not with no place of the state, nor with a place of another state, nor with the nationality word
        ("انتشل الدفاع المدني جثة شاب سعودي بعد سقوطه من منحدر صخري.", "saudi_civil_defense", False),
        ("وقال الدفاع المدني في إدلب إن الغارات أوقعت عشرات القتلى.", "saudi_civil_defense", False),
        ("وطالب المواطنون بتسريع تجديد الجوازات قبل موسم السفر.", "saudi_passports", False),
    ],
)
def test_a_state_bodys_bare_name_counts_near_a_place_of_its_state(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # a continent or a state inside a competition's name (the uniform sample's errors)
        ("وتأهل الفريق إلى دوري أبطال أوروبا بعد فوزه على بايرن.", "europe", False),
        ("ويلعب الهلال في دوري أبطال آسيا الشهر المقبل.", "asia", False),
        ("وخسرت الأرجنتين نهائي كوبا أمريكا أمام تشيلي.", "cuba", False),
        ("وخسرت الأرجنتين نهائي كوبا أمريكا أمام تشيلي.", "usa", False),
        # … the places themselves still count
        ("وسيقود المنتخب في التصفيات المؤهلة إلى نهائيات كأس آسيا 2019 في الإمارات.", "asia", False),
        ("وزار الرئيس كوبا والمكسيك الشهر الماضي.", "cuba", True),
        ("ووصل آلاف اللاجئين إلى أوروبا عبر البحر.", "europe", True),
    ],
)
def test_a_competitions_name_is_no_place(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # a place name that is a common word counts only with evidence (dev set sentences)
        ("فكل دفتر يحتوي على الصفحات البيضاء والصفحات المكتوبة.", "al_bayda", False),  # "the white"
        ("وتقدمت القوات نحو مدينة البيضاء شرق ليبيا.", "al_bayda", True),
        ("دأبوا دوما على انتقاد الجيش العراقي الذي انهار أمام تقدم داعش.", "duma", False),  # "always"
        ("قصفت الطائرات مدينة دوما في الغوطة الشرقية.", "duma", True),
        # "the seat" (of the presidency): no town, even with Iran named nearby
        ("وأضاف أن حزب الله المدعوم من إيران قادر على إيصال عون إلى سدّة الرئاسة.", "sedeh_lanjan", False),
        # a town's name that is a first name, before a father's name: a person, India named or not
        ("ومن أشهرهم سالم راشد الصوري الذي زار الكويت والبحرين والهند.", "salem", False),
        ("ونزح الأهالي إلى مدينة سالم في ولاية تاميل نادو في الهند.", "salem", True),
    ],
)
def test_words_and_first_names_that_are_place_names(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # اليمنى "the right" normalises like اليمني (Yemeni): the written alef maksura tells them apart
        ("وسدد المويهبي ركلة الجزاء في الزاوية اليمنى لشريف إكرامي.", "yemen", False),
        ("وكان الرئيس اليمني عبد ربه منصور هادي قد قرر مكافأة أفراد المقاومة.", "yemen", True),
        # مجرى "a course, a stream" normalises like مجري (Hungarian): written with alef maksura, no nisba
        ("ينفصل عني مجرى دم بملامح صاحبي المذهول.", "hungary", False),
        ("وأعلنت الهيئة عبور 8556 سفينة للمجرى الملاحي لقناة السويس.", "hungary", False),
        ("وفاز اللاعب المجري على منافسه في الدور الأول.", "hungary", True),
        # OPEC by Reuters' form (the twelfth round's sample: discovered, cut before للبترول)
        ("استمرار الإنتاج المرتفع من منظمة البلدان المصدرة للبترول التي تركز على حصتها في السوق.", "opec", True),
        # أمانة العاصمة المقدسة is Makkah's municipality, not Sanaa's Amanat al-Asimah; bare, it needs Yemen
        # رابط الخبر: "the news" in a paper's footer, even with Saudi Arabia named in the headline
        ("رابط الخبر بصحيفة الوئام: السعودية وروسيا ومستقبل المنطقة", "khobar", False),
        ("داهمت الفرق الفنادق بمدينتي الدمام ومدينة الخبر خلال إجازة العيد.", "khobar", True),
        ("وأعلنت أمانة العاصمة المقدسة إغلاق المطعم.", "amanat_al_asimah", False),
        ("لتطبيق إدارة المعرفة بأمانة العاصمة، وتجهيز احتفالات العيد في مكة.", "amanat_al_asimah", False),
        ("وسيطر الحوثيون على أمانة العاصمة ومحافظات أخرى في اليمن.", "amanat_al_asimah", True),
        # a river's west bank (SaudiNewsNet, the eighth uniform sample: the London Eye on the Thames)
        (
            "لتكون عين لندن بانتظارك بهيبتها اللافتة على الضفة الغربية من النهر، وتصل بعدها إلى جسر ويستمنستر",
            "west_bank",
            False,
        ),
        ("وتقع جنين في شمال الضفة الغربية المحتلة.", "west_bank", True),
        # the dual "the two seas" (the seventh uniform sample), not Bahrain
        ("وقناة السويس ممر مائي يصل بين البحرين الأحمر والمتوسط.", "bahrain", False),
        ("استنكرت مملكة البحرين وبشدة تصريحات نوري المالكي", "bahrain", True),
        # و + أُس "and the foundation" (the seventh uniform sample), not واس the Saudi Press Agency
        ("بأن حجر الزاوية وأُس نجاح الانتخابات هو الناخب", "spa", False),
        ("وقالت رئيسة الجمعية لـ واس إن البرنامج", "spa", True),
        # a state's singular nisba after an indefinite place noun is the place's name (the seventh sample;
        # SaudiNewsNet): a subdistrict near Baiji, a district of Riyadh; a plural one is the people
        ("بينما يسيطر التنظيم على ناحية الصينية غربها", "china", False),
        ("استطاع أطفال حي السويدي بالرياض إعادة أيام العيد", "sweden", False),
        ("وافتتح المعرض في القرية الصينية بالمدينة", "china", True),
        ("مشروع مصعدين لربط حي الشرف بحي المغاربة", "morocco", True),
        # ينبع من: the verb "stems from" (SaudiNewsNet, the eighth uniform sample), not Yanbu
        ("إن جزءا كبيرا من مقياس الصورة الذاتية ينبع من المقارنة.", "yanbu", False),
        ("ويقام سد النهضة على النيل الأزرق، الذي ينبع من هضبة الحبشة في إثيوبيا.", "yanbu", False),
        ("وصلت الباخرة إلى ميناء ينبع التجاري أمس.", "yanbu", True),
        # the Quran's two seas (the ninth uniform sample; SaudiNewsNet, Surat al-Kahf), not Bahrain
        ("ويقول رب العزة والجلال: (وهو الذي مرج البحرين هذا عذب فرات وهذا ملح أجاج)", "bahrain", False),
        ("أن مجمع البحرين المذكور بسورة الكهف من الآية 60 إلى 82 يقع بمنطقة رأس محمد", "bahrain", False),
        # the Maghreb (the ninth uniform sample; SaudiNewsNet), not Morocco; the Maghreb's bodies are theirs
        ("وبمشاركة مسؤولين أمنيين وخبراء من دول المغرب العربي، ومنطقة الساحل والصحراء", "morocco", False),
        ("وقالت الوزارة في بيان نشرته وكالة المغرب العربي للأنباء", "map_morocco", True),
        ("يظل اتحاد المغرب العربي فضاء انتمائنا الطبيعي.", "arab_maghreb_union", True),
        ("ووصل وزير الخارجية إلى المغرب أمس في زيارة رسمية.", "morocco", True),
        # a nisba after a word for language, or in a list it opens, is the language (the ninth uniform
        # sample; SaudiNewsNet); elsewhere it is the state
        ('تتوفر هذه المنصة بخمسة لغات "العربية، الإنجليزية، التركية، الإندونيسية والماليزية".', "indonesia", False),
        ("وقد كتب خلال ست سنوات مقالات باللغة الفرنسية، نشرت في مجلة «قنطرة»", "france", False),
        ("مثل كلمة «آه» بجميع اللغات الفرنسية والإنجليزية والإيطالية والصينية.", "china", False),
        ("وقالت الحكومة الإندونيسية إن الطائرة فقدت", "indonesia", True),
        ("وقد كتب مقالات في الصحافة الفرنسية والبريطانية", "france", True),
        # اتحاد X: a company or a club (the eighth round's second sample; SaudiNewsNet), not the place
        (
            "وكذلك شركة ديار النعيم القابضة, وشركة اتحاد المحمدية للاستثمار التجاري برأسمال 6 ملايين ريال",
            "mohammedia",
            False,
        ),
        ("بعدما خسر صفر/1 أمام اتحاد الجزائر في الجولة الماضية", "algeria", False),
        ("وصل المنتخب إلى المحمدية قرب الدار البيضاء في المغرب", "mohammedia", True),
        # UNHCR by another of its names (the ninth uniform sample), not the UN
        ("وبحسب مفوضية الأمم المتحدة للاجئين فإن نحو 10 آلاف يمني وصلوا إلى جيبوتي", "unhcr", True),
        ("وبحسب فيديريكو فوسي المتحدث باسم مفوضية الامم المتحدة للاجئين في ايطاليا", "un", False),
    ],
)
def test_a_name_another_word_or_body_shares(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


# --- a place inside the name of something else, or a word with a proclitic (SaudiNewsNet, issue 10) ---


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # a sea, a street, a bank, a canal named after a place are not the place
        ("وتطالب الصين بالسيادة على غالبية بحر الصين الجنوبي، وهو طريق ملاحة رئيسي", "china", True),
        ("دعوة أميركية لوقف بناء الجزر في بحر الصين الجنوبي، في مؤشر على التوتر", "china", False),
        ("وأشار إلى أن إنشاء جسر شارع الرياض مع تقاطع شارع الخليج", "riyadh", False),
        ("وكان بنك الكويت الوطني المصدر الوحيد لإصدارات الشركات", "kuwait", False),
        ("وهناك أيضًا منافسة من قناة بنما التي تم توسيعها", "panama", False),
        # ... but a road is named for the town it leads to: a crash on it is located by it
        ("لقي 4 أشخاص مصرعهم في تصادم وقع على طريق بيشة بخيبر الجنوب", "bisha", True),
        # ... and a nationality adjective after a head is the state (شركة سعودية: a Saudi company)
        ("وقال دانكن إن شركة سعودية أبدت اهتماماً بإقامة صندوق مماثل", "saudi_arabia", True),
        ("ارتفعت أرباح شركة السعودية للنقل والاستثمار «مبرد»، الى 20.69 مليون ريال", "saudi_arabia", True),
        # an agreement named after a city names the city (a seed: اتفاق سوتشي is Sochi's)
        ("ضربات على إدلب لأول مرة منذ إبرام اتفاق سوتشي في أيلول/سبتمبر بين موسكو وأنقرة", "sochi", True),
    ],
)  # fmt: skip
def test_a_place_after_the_head_of_another_name_is_no_mention(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # a masculine nationality adjective after a city's or a state's name: a club, not the place
        ("خلفية ثلاثة انتصارات متتالية حققها على أميركا المكسيكي (1-صفر)، وسان خوسيه", "usa", False),
        ("رحيل حارس مرماه فويتشيك تشيزني إلى روما الإيطالي على سبيل الإعارة", "rome", False),
        ("فترة إعارة الكولومبي راداميل فالكاو من موناكو الفرنسي الذي أعاره", "monaco", False),
        # ... the adjective agreeing with a city is feminine: the city
        ("ووصل الرئيس إلى العاصمة روما الإيطالية أمس", "rome", True),
        # ... and after a place noun the masculine agrees with the noun (ميناء): the place
        ("الفرار من مخيمات متنقلة في ميناء كاليه الفرنسي ودخول بريطانيا بشكل غير قانوني", "calais", True),
    ],
)  # fmt: skip
def test_a_place_before_a_masculine_nationality_adjective_is_a_club(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # بنوك "banks" is a common word, نوك (Nuuk, Greenland's capital) is not: the word
        ("أن المتوافر من الدم ومكوناته في بنوك ومختبرات الدم بالمحافظة يفي بالاحتياج", "nuuk", False),
        ("وقال إن وبنوك الدم تعمل على مدار الساعة", "nuuk", False),
        ("عقد المؤتمر في نوك عاصمة غرينلاند", "nuuk", True),
        # للحج is ل + الحج "for the Hajj" (الحج is far more common than لحج, Lahij)
        ("في الوقت الذي يزور فيه عشرات الآلاف من الأتراك السعودية سنويا للحج، ويعيش", "lahij", False),
        ("وصلت التعزيزات إلى لحج أمس", "lahij", True),
    ],
)  # fmt: skip
def test_a_common_word_is_not_a_proclitic_and_a_place(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


def test_the_cruciate_ligament_is_not_rabat(gazetteer):
    text = "يتصدر قائد ونجم الهلال ياسر القحطاني قائمة الغائبين بداعي الإصابة بالرباط الصليبي"
    assert "rabat" not in {m.entity_id for m in find_mentions(text, gazetteer)}
    assert readings("وصل وزير الخارجية إلى الرباط أمس", gazetteer, "الرباط") == [("rabat", "place")]


@pytest.mark.parametrize(
    "text, area",
    [
        # Al-Rabat north of Aden (Lahij), named by its area, its checkpoint or its road: not Morocco's capital
        # (SaudiNewsNet 2015-08-06-1597, 2015-07-22-926, 2015-07-27-997, 2015-08-04-1231)
        ("إن المقاومة سيطرت على مركز المحافظة إلى جانب منطقة الرباط والفيوش واللواء الخامس ومنطقة المحلة", True),
        ("واسفرت إحدى الضربات عن تدمير مخزن أسلحة للحوثيين في منطقة الرباط.", True),
        ("قد توقفت وتخلى عنها القائمون عليها عند حاجز الرباط الأمني خارج عدن بسبب القصف والاشتباكات.", True),
        ("أن القوات الموالية لهادي استعادت الحوطة مركز محافظة لحج وطريق الرباط شمال عدن بعد مواجهات مع الحوثيين.",
         True),
        # ... but the road to another Moroccan city and the bare name are Rabat's
        ("وقع الحادث على طريق الرباط الدار البيضاء السيار", False),
        ("البطولة العربية الـ13 المقامة حالياً في العاصمة المغربية الرباط عندما تفوق على المنتخب الكويتي", False),
    ],
)  # fmt: skip
def test_al_rabat_of_lahij_is_not_morocco_s_capital(gazetteer, text, area):
    found = {m.entity_id for m in find_mentions(text, gazetteer)}
    assert ("al_rabat_lahij" in found) is area
    assert ("rabat" in found) is not area


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # tanween marks an indefinite word: دوماً "always" is no Douma
        ("فهل رأيت انجليزيا يفعل مثلك؟، الغربي دوماً يدافع إعلاميا وشخصيا عن بلاده", "duma", False),
        ("وقصفت قوات النظام مدينة دوما في الغوطة الشرقية بريف دمشق", "duma", True),
        # a big city's or a capital's name that is an ordinary word (by its article and suffix forms in
        # SaudiNewsNet) needs evidence like a small town's: العيون "eyes", مشهد "scene", سيول "floods"
        ("استشاري أكاديمي أول في طب وجراحة العيون أن هذه الدراسة تعتبر نقلة", "laayoune", False),
        ("وصل الوفد إلى مدينة العيون كبرى مدن الصحراء الغربية", "laayoune", True),
        ("ما زال مشهد الانعزال عن العالم الخارجي جاثما على القرية", "mashhad", False),
        ("زار الرئيس ضريح الإمام الرضا في مدينة مشهد شمال شرقي إيران", "mashhad", True),
        ("وتسببت الأمطار في سيول جارفة في عدد من الأودية", "seoul", False),
        ("وقالت كوريا الجنوبية في سيول أمس إنها سترد", "seoul", True),
    ],
)  # fmt: skip
def test_ordinary_words_are_no_places(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # a district or a village of another country near the places of the text: a homonym
        ("استطاع أن ينقل الجريدة من مقر متواضع ومستأجر في حي المرقب وسط العاصمة الرياض", "al_khums", False),
        ("أشعلوا النيران في منزل أسرة فلسطينية في قرية دوما في مدينة نابلس في الضفة الغربية", "duma", False),
        ("وأضافت المصادر أن الحادثة وقعت في منزل سكني في بلدة دوما قرب نابلس", "duma", False),
        # ... but with its own country's places around it, or none of another's, it is the town
        ("قصف الطيران بلدة دوما في الغوطة الشرقية بريف دمشق", "duma", True),
        ("قتل ثلاثة مدنيين في بلدة دوما. وقالت السعودية إنها تدين القصف", "duma", True),
    ],
)  # fmt: skip
def test_a_locality_of_another_country_is_a_homonym(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # داخله is داخل "inside" + ه "it" (داخل is far more common in SaudiNewsNet): no Dakhla without evidence
        ("وفتحوا نيرانهم بكثافة على الموجودين داخله، مما أوقع 22 قتيلا", "dakhla", False),
        ("وصل الوفد إلى مدينة الداخلة في الصحراء الغربية", "dakhla", True),
        # a capital's name SaudiNewsNet never writes after a place noun: اللوم "blame", ديلي "Daily"
        ("وألقى الدباشي باللوم على المجتمع الدولي لسكوته", "lome", False),
        ("يجب أن نكف عن لوم المناهج الدراسية وتأثير وسائل الإعلام", "lome", False),
        ("يجب أن نكف عن لوم المناهج الدراسية وتأثير وسائل الإعلام", "togo", False),
        ("وصل الوزير إلى مدينة لومي عاصمة توغو", "lome", True),
        ("وشرحت ديلي ميل أن الباحثين استخدموا", "dili", False),
    ],
)  # fmt: skip
def test_words_that_are_capitals_or_towns_only_in_gazetteers(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


def test_a_state_in_a_list_after_wa_is_the_state(gazetteer):
    # والنيجر is as common in SaudiNewsNet as النيجر (lists of states): و + Niger, not another word
    text = "وتوزيع مساعدات كما تم مع دول: الصومال، والنيجر، ومالي، وسيراليون"
    assert "niger" in {m.entity_id for m in find_mentions(text, gazetteer)}


@pytest.mark.parametrize(
    "text, entity_id",
    [
        # parts of continents, each below its continent (dev set 2015-07-25-967 and corpus sentences)
        ("وزيارة المدن الساحلية في اليمن والكويت والبحرين والهند وشرق إفريقيا.", "east_africa"),
        ("تنشط الجماعات المتطرفة في شمال أفريقيا ومنطقة الساحل.", "north_africa"),
        ("وتعاني دول غرب أفريقيا من تفشي وباء إيبولا.", "west_africa"),
        ("وتنتشر القرصنة قبالة سواحل القرن الأفريقي.", "horn_of_africa"),
        ("وتخشى دول أوروبا الشرقية من التمدد الروسي.", "eastern_europe"),
    ],
)
def test_parts_of_continents_are_regions_below_their_continent(gazetteer, text, entity_id):
    found = [m.entity_id for m in find_mentions(text, gazetteer)]
    assert entity_id in found
    assert gazetteer.ancestors(entity_id)[0] in {"africa", "asia", "europe"}


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # an ambiguous GeoNames name that is mostly a word: its country named nearby is no evidence
        ("وأشارت الشركة إلى نفس جديد لنشاطها في المغرب. وأشارت الشركة أنها أطلقت الخدمات الجديدة بنفس أسعار الجيل الثالث",
         "el_jadida", False),
        ("بدأت الثورة في سوريا وأول 6 أشهر من الثورة كانت سلمية كليا", "as_salamiyah", False),
        ("أعلن مساعد الرئيس الروسي للتعاون العسكري والتقني فلاديمير كوجين أن المحادثات بين روسيا وفرنسا", "vladimir", False),
        ("قالت الولايات المتحدة وكندا لأول مرة إنهما قلقتان", "laval", False),
        # a place noun before it still confirms it
        ("قتل ثلاثة في قصف على مدينة سلمية بريف حماة", "as_salamiyah", True),
    ],
)  # fmt: skip
def test_a_word_shaped_place_is_not_confirmed_by_its_country_alone(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        ("حاكم ويسكونسون سكوت ووكر أعرب عن رغبته في تعزيز الأمن على الحدود", "walker", False),
        ("سمات امريكا بلاستيك جون روجرز سيارة", "rogers", False),
        # the eleventh round, read while judging (2015-08-06-962): Walter Palmer the dentist, not Palmer (Mass.)
        ("زيمبابوي تطالب الولايات المتحدة بتسليمها «والتر بالمر» طبيب الأسنان الثري", "palmer", False),
        ("وقع الحادث في مدينة بالمر بولاية ماساتشوستس الأمريكية", "palmer", True),  # the town, named so
        # one Arab first name is often a word too: the Eid festival of Al Bahah, a byline with a dash
        ("ضمن مهرجان عيد الباحة، للمنشدين", "al_bahah", True),
        ("صقر خالد – جدة  تتجدد عملية الاختبار", "jeddah", True),
    ],
)  # fmt: skip
def test_a_place_after_a_first_name_is_a_family_name(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


#: SaudiNewsNet 2015-08-07-770 (the eighth uniform sample): flights from Al Jawf to Cairo, Tabuk to Sharjah
JAWF_AIRPORT = (
    "منحت الهيئة شركة النيل للطيران حق التشغيل الدولي من مطار الجوف الاقليمي الى مطار القاهرة الدولي، كما منحت "
    "طيران العربية حق التشغيل الدولي من مطار الأمير سلطان بن عبدالعزيز الدولي بتبوك الى الشارقة. وستبدأ شركة "
    "النيل للطيران بتسيير رحلاتها من مطار الجوف اعتبارا من يوم غد الجمعة"
)


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # a town with the article whose country the text does not name, beside places of another one
        ("وأبان الصباغ، أن المديريات التي ستستفيد من المساعدات في عدن هي المنصورة، والشيخ عثمان", "al_mansurah", False),
        ("تليها محطة السليمانية بجدة بمليارين و900 مليون ريال", "sulaymaniyah", False),
        # the same name with a place noun names a place of that country: Saudi Al Jawf, Syrian Quneitra
        ("هطول أمطار متفرقة على مناطق تبوك والجوف وحائل", "al_jawf_region", True),
        ("هطول أمطار متفرقة على مناطق تبوك والجوف وحائل", "al_jawf", False),
        ("في الجبهة الجنوبية (محافظات درعا والسويداء والقنيطرة وريف دمشق)", "quneitra_governorate", True),
        # named again: its own mentions do not name its country (the eighth uniform sample: Libya's Al Jawf)
        (JAWF_AIRPORT, "al_jawf_region", True),
        (JAWF_AIRPORT, "al_jawf", False),
        # but a big city named again, with no twin abroad, stays itself (الطائف beside Cairo)
        ("وصلت إلى الطائف رحلة من مطار القاهرة الدولي. وقال مدير مطار الطائف إن", "taiif", True),
        # a capital is known by its name abroad
        ("صادرت سلطات الحجر البيطري بمطار القاهرة غزالتين محنطتين من مسافر سعودي قادم من جدة", "cairo", True),
    ],
)  # fmt: skip
def test_a_town_named_like_one_of_another_country_is_that_countrys(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, entity_id",
    [
        # a plural place noun, like a dual, names regions or governorates, and so does the list after it
        ("هطول أمطار رعدية على مناطق عسير والباحة وجازان ونجران", "jazan_region"),
        ("هطول أمطار رعدية على مناطق عسير والباحة وجازان ونجران", "najran_region"),
        ("سيتم توزيعها على المرافق الصحية في محافظات عدن وابين ولحج والضالع", "aden_governorate"),
        ("كما شهدت محافظات البصرة وواسط والمثنى مظاهرات حاشدة", "basra_governorate"),
    ],
)
def test_a_plural_place_noun_names_the_regions_not_the_cities(gazetteer, text, entity_id):
    assert entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}


@pytest.mark.parametrize(
    "text, entity_id",
    [
        # Egypt's governorates (SaudiNewsNet): محافظة X is the governorate, not its seat town
        ("وقال السكرتير العام لمحافظة الأقصر إنه سيتم نقل حفل افتتاح قناة السويس الجديدة", "luxor_governorate"),
        ("اصطدم المركب بقارب بمنطقة الوراق بمحافظة الجيزة المصرية", "giza_governorate"),
        ("أخلت قوات الأمن بالقليوبية سبيل عبدالله مرسي نجل الرئيس المصري المعزول", "qalyubia"),
        ("في سجون المنيا الجديدة والوادي الجديد وأسوان", "new_valley"),
    ],
)
def test_egypts_governorates(gazetteer, text, entity_id):
    found = {m.entity_id for m in find_mentions(text, gazetteer)}
    assert entity_id in found
    assert gazetteer.ancestors(entity_id)[-1] == "egypt"


def test_bare_matrouh_is_also_a_word(gazetteer):
    # مطروح "proposed": اسمه مطروح في دوائر القرار (SaudiNewsNet); with a place noun it is the governorate
    assert "matrouh" not in {m.entity_id for m in find_mentions("إن اسمه مطروح في دوائر القرار", gazetteer)}
    assert "matrouh" in {
        m.entity_id for m in find_mentions("كان مديرا للمخابرات في محافظتي مطروح والإسكندرية", gazetteer)
    }
    # and after أمن, a governorate's security directorate (dev set 2015-08-01-876), a region trigger only
    text = "وأفاد مصدر أمني مصري مسؤول بمديرية أمن مطروح في تصريح له اليوم"
    assert "matrouh" in {m.entity_id for m in find_mentions(text, gazetteer)}
    assert "saudi_arabia" not in {m.entity_id for m in find_mentions("كل من يحاول العبث بأمن المملكة", gazetteer)}


def test_the_occupied_territories_are_palestine(gazetteer):
    # dev set 2015-08-01-271: the EU on crimes "committed by Israelis in the occupied territories"
    text = "دعا الاتحاد الأوروبي إلى عدم التساهل مع الجرائم التي يقترفها الإسرائيليون في الأراضي المحتلة ضد الأهالي"
    assert "palestine" in {m.entity_id for m in find_mentions(text, gazetteer)}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the eighth round's second sample and held-out articles: a quoted nisba credited as a source
        ('وفقا لـ "الألمانية"، فقد سجل الطلب على القطاع الصناعي نموا', "dpa"),
        ('وبحسب "الفرنسية"، فقد أعلن الصندوق أمس أن المستشار', "afp"),
        # quoted without a credit word: the language; unquoted: the state
        ("حتى تمكنت من استعمال «الفرنسية» في التخاطب مع المخرج", "france"),
        ("وقالت الحكومة الألمانية إنها ستدرس الطلب", "germany"),
    ],
)
def test_a_quoted_nisba_credited_as_a_source_is_the_news_agency(gazetteer, text, expected):
    assert [m.entity_id for m in find_mentions(text, gazetteer)] == [expected]


@pytest.mark.parametrize(
    "text, alias, counted",
    [
        # the tenth uniform sample: KSrelief by a form its entity lacks, not King Salman
        ("وقال الربيعة إن مركز الملك سلمان للأعمال الخيرية والإنسانية يدرس الاحتياجات", "الملك سلمان", False),
        # 1,500 random articles: an airport, a hospital, a foundation named after a person
        ("وتوجه الوفد بعد ذلك إلى مطار الملك سلمان بالدوادمي", "الملك سلمان", False),
        ("نجح فريق طبي بقسم العيون بمستشفى الملك سلمان للقوات المسلحة", "الملك سلمان", False),
        # "through" is no road: the player who scored (SaudiNewsNet)
        ("جاءت أهداف اللقاء عن طريق ناصر الشمراني في الدقيقة 50", "ناصر الشمراني", True),
        ("واستقبل الملك سلمان في مكتبه بقصر السلام وزير الخارجية", "الملك سلمان", True),
    ],
)
def test_a_person_named_in_a_place_or_body_named_after_him_is_no_mention(gazetteer, text, alias, counted):
    assert bool(readings(text, gazetteer, alias)) is counted


@pytest.mark.parametrize(
    "text, alias, counted",
    [
        # the tenth uniform sample, and 1,500 random articles: a company named by its town and its business
        ("وأرابتك بنسبة 2.52 في المائة ودبي للاستثمار بنسبة 2.06 في المائة", "دبي", False),
        ("فيما جاءت أسهم شركات الإنماء طوكيو للتأمين والاتحاد التجاري الأكثر ارتفاعا", "طوكيو", False),
        ("بالبدء بالمرحلة الثانية لمشروع مكة للإنشاء والتعمير", "مكة", False),
        ("وقال إن دبي للمستثمرين وجهة مفضلة", "دبي", True),  # no company's business word after it
    ],
)
def test_a_town_before_a_companys_line_of_business_is_the_companys_name(gazetteer, text, alias, counted):
    assert bool(readings(text, gazetteer, alias)) is counted


# --- the fourteenth round (the fourteenth uniform sample; SaudiNewsNet) ------------------------------


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # a name right after a relative pronoun is the relative clause's verb
        ("كان سيحس بتلك الطاقة الإيجابية التي سرت في جسد الوطن اليمني ومواطنيه.", "sirte", False),
        ("فهي الأرضية النتنة التي تدمر الأوطان، وتستنبت الفتن", "tadmur", False),
        ("أما فيما يخص آرسنال الذي يمني النفس في أن يضع حدًا لصيام طويل", "yemen", False),
        # ... with a proclitic, or with no relative pronoun before it, the place
        ("وقال إن المعارك التي بسرت لم تتوقف منذ أسبوع", "sirte", True),
        ("وسيطر التنظيم على مدينة تدمر الأثرية في مايو", "tadmur", True),
        ("الجماعة التي ترفض الحوار في اليمن", "yemen", True),
    ],
)  # fmt: skip
def test_a_name_after_a_relative_pronoun_is_a_verb(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, counted",
    [
        # اليُمن "good fortune" in the Eid blessing, not Yemen
        ("سائلاً المولى جلة قدرته أن يعيده على الجميع بالخير واليمن والبركات ، وينعم على هذه البلاد", False),
        ("وأن يعيد هذه المناسبة الغالية على الجميع باليمن والخيرات.", False),
        ("سائلين المولى القدير أن يُعيد هذه المناسبة السعيدة باليمن والخير والمسرّات على الجميع.", False),
        # ... Yemen itself, named with other words
        ("وأن ينعم اليمن بالأمن والاستقرار", True),
        ("مبعوث الأمم المتحدة إلى اليمن والمنطقة", True),
    ],
)
def test_good_fortune_in_the_eid_blessing_is_not_yemen(gazetteer, text, counted):
    assert ("yemen" in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # a town followed by another state's feminine nisba is that state's: not the gazetteer's homonym
        ("وصلت بعثة نادي التعاون مساء أمس الاول الى مدينة هورست الهولندية لإقامة معسكر إعدادي", "hurst", False),
        ("في جاينسفيل بولاية فلوريدا الأميركية.", "florida", False),
        ("هو «الكشف» الذي أُعلن عنه في مدينة برمنغهام البريطانية.", "birmingham_usa", False),
        ("الهجوم الإرهابي في قرية دوما الفلسطينية، معربا عن تعازي بلاده", "duma", False),
        # ... its own state's nisba, or a masculine nisba (agreeing with a district, or a club), keep it
        ("في مدينة سرت الليبية", "sirte", True),
        ("المنطقة قريبة من حي سوهو الصيني وما يشمله من أسواق شعبية", "soho", True),
        ("ووصل الرئيس إلى العاصمة روما الإيطالية أمس", "rome", True),
    ],
)  # fmt: skip
def test_a_town_followed_by_another_states_nisba_is_not_the_homonym(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


def test_jennifer_as_spelt_is_a_first_name(gazetteer):
    # the fourteenth uniform sample: Jennifer Garner, not Garner (North Carolina)
    text = "إلى جانب الممثلة جينفر غارنر والممثلة ميسليسا بينوست"
    assert "garner" not in {m.entity_id for m in find_mentions(text, gazetteer)}
    assert "garner" in {m.entity_id for m in find_mentions("وصل الوفد إلى مدينة غارنر بولاية كارولاينا", gazetteer)}


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # the object of a verb of giving, telling, urging or accusing, after its subject: the government
        ("وفي يونيو سلمت الولايات المتحدة القاهرة زورقي دورية مزودين بقاذفات الصواريخ.", "القاهرة", ("egypt", "metonym")),
        ("ودعت باريس طهران إلى اغتنام الفرصة والمساعدة على إنهاء النزاع في سورية.", "طهران", ("iran", "metonym")),
        ("واتهمت بكين طوكيو بالمبالغة الشديدة في «التهديدات العسكرية الصينية»", "طوكيو", ("japan", "metonym")),
        # ... not the object of an attack, nor a dateline after a headline, nor a visit
        ("عندما هاجمت الولايات المتحدة كابل وأطاحت بنظام حكم طالبان", "كابل", ("kabul", "place")),
        ("غالبية الصحف البريطانية تتهم فرنسا لندن - «الشرق الأوسط»: في عام 1558", "لندن", ("london", "place")),
        ("زار وفد تركي موسكو", "موسكو", ("moscow", "place")),
    ],
)  # fmt: skip
def test_a_capital_given_to_told_or_accused_after_the_subject_is_the_government(gazetteer, text, alias, expected):
    assert readings(text, gazetteer, alias) == [expected]


# --- the fifteenth round (the fifteenth uniform sample; SaudiNewsNet) -------------------------------


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # a GeoNames place with the article right after a word with the article is its adjective,
        # unless its country is named nearby
        ("وكان النسيج الموصل مطروحا بالفعل بالأسواق، ولكن باللون الرمادي فقط.", "mosul", False),
        ("وكان النسيج الموصل مطروحا بالفعل بالأسواق، ولكن باللون الرمادي فقط.", "ramadi", False),
        # bare موصل "conducting" is no name of Mosul (place_exceptions.yaml)
        ("على طريقة جديدة لصناعة نسيج موصل طوره بوبيريف وزملاؤه", "mosul", False),
        ("يرى خبراء الحياة البرية في كاليفورنيا أن هذا الحيوان الوحيد هو الذئب الرمادي.", "ramadi", False),
        ("لبث سمومهم وتعكير صفو السماء الهلالية الزرقاء!.", "zarqa", False),
        # ... after a place noun, its country named nearby, or a capital: the place
        ("وسيطر تنظيم داعش على مدينة الموصل في يونيو 2014.", "mosul", True),
        ("قتل العشرات في سوريا من الطرفين، وتحاصر قوات النظام الزبداني منذ العام 2013.", "az_zabadani", True),
        ("وتوفي في أحد مستشفيات العاصمة الرياض أمس.", "riyadh", True),
    ],
)  # fmt: skip
def test_a_place_after_a_definite_word_is_an_adjective_without_its_country(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, counted",
    [
        # a town named twice where another country is named by two places of its own is that
        # country's town of the same name (Al-Hawtah of Riyadh, not Lahij's, Yemen)
        (
            "ثم أكمل معاليه جولته بتفقد طريق الرياض / الحائر / الحوطة حيث بدأ بتفقد الأعمال التكميلية "
            "للطريق في محافظة الخرج. كما تفقد معاليه الوصلة المؤدية إلى الحريق المتفرعة من طريق الرياض "
            "– الحائر – الحوطة.",
            False,
        ),
        # ... its own country's places named too, or one place of another country only: the town
        ("وصل المحافظ إلى الحوطة عاصمة محافظة لحج، ثم عاد إلى الحوطة بعد زيارة عدن.", True),
        ("وصل الوفد إلى الحوطة قادما من الرياض، ثم غادر الحوطة مساء.", True),
    ],
)
def test_a_town_named_twice_among_another_countrys_places_is_not_the_homonym(gazetteer, text, counted):
    assert ("lahij" in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, counted",
    [
        # a nisba that is a first name, alone in quotation marks, is the person
        ('جعلت كل محرر يهتم بعمله، وفق النظام المحدد أو وفق خوفه من "تركي" ، كما وصفها الغامدي.', False),
        ('احتفل الزميل عبدالعزيز العمري بعقد قران ابنه "تركي" على كريمة الشيخ محمد النهاري.', False),
        # ... unquoted, the nisba
        ("وبحسب مسؤول تركي فإن الهجوم وقع فجرا.", True),
    ],
)
def test_a_quoted_nisba_that_is_a_first_name_is_a_person(gazetteer, text, counted):
    assert ("turkey" in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, expected",
    [
        # the agency's nisba opening a line (a photo's credit) is the agency
        ("“الفرنسية” مشاة أمام بورصة الأوراق المالية في طوكيو.", "afp"),
        # ... quoted after a noun, the state
        ('وقالت الشركة "الفرنسية" إنها ستفتتح مصنعا جديدا.', "france"),
    ],
)
def test_a_photo_credit_is_the_agency(gazetteer, text, expected):
    assert readings(text, gazetteer, "الفرنسية") == [(expected, "alias" if expected == "afp" else "adjective")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the village of the West Bank (the fourteenth sample's قرية دوما), not Douma of Syria
        ("في منزل أسرة فلسطينية في قرية دوما في مدينة نابلس في الضفة الغربية", "duma_west_bank"),
        (
            "منزل شقيقها سعد الذي أحرقه المستوطنون وزوجته مع ابنيه في قرية دوما الوادعة جنوب شرقي نابلس بالضفة الغربية",
            "duma_west_bank",
        ),
        ("وقصفت قوات النظام مدينة دوما في الغوطة الشرقية بريف دمشق.", "duma"),
        ("قصف الطيران قرية دوما في الغوطة الشرقية بريف دمشق", "duma"),
    ],
)
def test_duma_of_the_west_bank_is_a_village_of_its_own(gazetteer, text, expected):
    ids = {m.entity_id for m in find_mentions(text, gazetteer)}
    assert expected in ids and ({"duma", "duma_west_bank"} - {expected}).isdisjoint(ids)


# --- the seventeenth round --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # a state's or a city's university: the place noun and the place are part of its name
        # (SaudiNewsNet 2015-07-31-220, 2015-08-02-1134, 2015-08-04-903)
        ("لأبحاث في مجال وظائف الأعضاء بجامعة ولاية نيويورك في ستوني بروك.", "new_york_city", False),
        ("طالب دكتوراه في الفنون والتصميم بجامعة مدينة برمنجهام، أن مسألة التعايش", "birmingham_usa_4986172", False),
        ("أستاذ التاريخ في كلية كوينز بجامعة مدينة نيويورك أن سبب نجاحه", "new_york_city", False),
        # the place noun alone, or the hospital of a city (not a name head): the place
        ("وقع الحادث في مدينة نيويورك أمس.", "new_york_city", True),
        ("وسيطر تنظيم داعش على مدينة الموصل في يونيو 2014.", "mosul", True),
    ],
)  # fmt: skip
def test_a_place_noun_and_a_place_after_a_name_head_are_part_of_the_name(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, counted",
    [
        # the seventeenth sample (2015-08-06-752): ل + حج "for this year's Hajj", not Lahij
        ("واستمع المجتمعون إلى تقرير موجز عن سير العمل في الاستعدادات لحج هذا العام قدمه مدير عام إدارة الحج.", False),
        ("ومن يقصدها لحج بيت الله الحرام وزيارة مسجد النبي", False),
        # Lahij of Yemen
        ("ادة السيطرة على قاعدة العند العسكرية الجوية ومعسكر لبوزة في لحج جنوبي اليمن.", True),
        ("وأصبحت لحج تتنفس الحرية من جديد بعد طرد الحوثيين من عدن.", True),
    ],
)  # fmt: skip
def test_lahij_is_not_the_hajj_of_this_year(gazetteer, text, counted):
    assert ("lahij" in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, counted",
    [
        # a territory's capital (Laayoune of Western Sahara) named near another country's places is its
        # homonym, as any town (SaudiNewsNet 2015-07-21-65: Al-Uyun of Al-Ahsa)
        ("وزار الوزير المرضى في مجمع الدمام الطبي. وأقام مستشفى مدينة العيون واللجنة الأهلية لأصدقاء الصحة "
         "بمدينة العيون بالأحساء حفلا للمرضى.", False),
        # ... its own territory named: Laayoune
        ("تظاهر المئات في مدينة العيون كبرى مدن الصحراء الغربية.", True),
    ],
)  # fmt: skip
def test_a_territorys_capital_is_a_homonym_near_another_countrys_places(gazetteer, text, counted):
    assert ("laayoune" in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


def test_a_states_capital_keeps_its_name_near_another_countrys_places(gazetteer):
    # a state's capital is known by its name abroad: Cairo's airport in an article on Riyadh
    text = "وصل الوفد إلى مطار القاهرة الدولي قادما من الرياض بعد زيارة لمدينة جدة."
    assert "cairo" in {m.entity_id for m in find_mentions(text, gazetteer)}


# --- the eighteenth round ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # UEFA's president in the articles on FIFA's election (SaudiNewsNet 2015-07-31-583, 2015-08-09-181,
        # the twelfth sample's بلاتر ألقى باللوم على الاتحاد الأوروبي): the bare name that opens UEFA's
        # full name, in a text that names FIFA, UEFA or a person of them
        ("وأعلن بلاتيني رئيس الاتحاد الأوروبي ترشحه رسميا لرئاسة فيفا لخلافة بلاتر المستقيل.", "uefa"),
        ("سيقدم الكثير من الأمور الجيدة لكرة القدم. انظروا فقط إلى سجله في الاتحاد الأوروبي. "
         "وأعلن بلاتيني ترشحه رسميا لرئاسة الاتحاد الدولي.", "uefa"),
        ("وألقى رئيس الفيفا باللوم على الاتحاد الأوروبي لرفض إصلاحات مشابهة.", "uefa"),
        # the European Union where no body of the game is named
        ("ودبلن في طليعة تحقيق يجريه الاتحاد الأوروبي في البلدان التي يشك في أنها تقدم صفقات ضريبية.", "eu"),
        ("وقالت مسؤولة السياسة الخارجية في الاتحاد الأوروبي فيديريكا موغيريني إن الاتفاق مع إيران تاريخي.", "eu"),
    ],
)  # fmt: skip
def test_a_bare_name_opening_a_sports_bodys_name_is_that_body_where_the_game_is_named(gazetteer, text, expected):
    found = {m.entity_id for m in find_mentions(text, gazetteer) if m.surface.endswith(("الأوروبي", "الاوروبي"))}
    assert found == {expected}


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # the eighteenth sample (2015-08-06-1939): the Indian subcontinent, not India
        ("وقالت دائرة الأرصاد الأردنية إن كتلة الهواء الساخن القادمة من شبه القارة الهندية بدأت تؤثر على البلاد.",
         "india", False),
        # South America (SaudiNewsNet 2015-07-22-482), not the USA
        ("وغير مرحبين كثيرا بخوض تجربة خارج القارة الأمريكية الجنوبية.", "usa", False),
        # the state's nisba elsewhere, and a continent's own nisba
        ("وقالت الحكومة الهندية إن الأمطار الموسمية تأخرت.", "india", True),
        ("من أجل الحرية ومن أجل أمن كل القارة الأوروبية.", "europe", True),
    ],
)  # fmt: skip
def test_a_states_nisba_after_a_continent_noun_names_the_continent(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # the eighteenth sample (2015-08-11-739): a family name after a compound given name, not Hajjah
        ("أكد الأمين العام للاتحاد الفلسطيني لكرة القدم عبدالمجيد حجّه أن منتخب بلاده سيواجه الإمارات.",
         "hajjah", False),
        # a list of players (SaudiNewsNet, the 1,500 articles of the eighteenth round)
        ("معهم سابقا وهم المدافعون البرتغالي مكادو وعبدالله كانو وكامل المر.", "kano", False),
        # the places themselves; and one given name that is also a word before a place (عيد الرياض)
        ("وسيطر الحوثيون على مدينة حجة شمال غربي اليمن.", "hajjah", True),
        ("وتقع كانو شمال نيجيريا.", "kano", True),
        ("والتي أقيمت بساحة القادسية ضمن احتفالات عيد الرياض، حيث فاز المتسابق.", "riyadh", True),
    ],
)  # fmt: skip
def test_a_place_after_a_compound_given_name_is_a_family_name(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, expected",
    [
        # Al-Uyun of Al-Ahsa (SaudiNewsNet 2015-07-21-65, left by the seventeenth round as Laayoune)
        ("وأقام مستشفى مدينة العيون واللجنة الأهلية لأصدقاء الصحة بمدينة العيون بالأحساء حفلا للمرضى.",
         "al_uyun_al_ahsa"),
        ("وهنأ أهالي مدينة العيون خادم الحرمين الشريفين بمناسبة العيد.", "al_uyun_al_ahsa"),
        ("نجح طلاب الثانوي بمركز العيون بالأحساء في المسابقة.", "al_uyun_al_ahsa"),
        # Laayoune, named with its territory
        ("تظاهر المئات في مدينة العيون كبرى مدن الصحراء الغربية.", "laayoune"),
    ],
)  # fmt: skip
def test_al_uyun_of_al_ahsa_is_not_laayoune(gazetteer, text, expected):
    found = {m.entity_id for m in find_mentions(text, gazetteer)} & {"al_uyun_al_ahsa", "laayoune"}
    assert found == {expected}


# --- the nineteenth round ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # the nineteenth sample (2015-08-07-1307): مآرب "the aims", not Marib
        ("وأنهم لن ينالوا من لحمة المواطنين ورجال الأمن مهما حاولوا لتحقيق مآرب أعداء الوطن والأمة.", "marib", False),
        # آنفا "aforesaid" (SaudiNewsNet 2015-07-21-306), not Anfa of Casablanca
        ("وذلك بسبب التحديثات المستمرة عليه (كما ذكرنا آنفا) والتصميمات الرائعة المتواصلة.", "casablanca", False),
        # ك + آلية "as a mechanism" (SaudiNewsNet 2015-07-27-88), not Calais
        ("أصبح يستعمل فيها الإرهاب كآلية للتدخل والتأثير في قرارات الشعوب.", "calais", False),
        # the places as their names are written (SaudiNewsNet 2015-08-07-1199, 2015-07-31-277)
        ("دارت بين الطرفين في جبهة الجفينة جنوب غرب مأرب.", "marib", True),
        ("حالة فوضى عقب تجمع مئات المهاجرين أمام معبر «يوروتنل» في منطقة كاليه الفرنسية.", "calais", True),
        # a madda spelling of a name is the name (SaudiNewsNet: آرسنال 208 times)
        ("وفاز آرسنال على تشيلسي في درع الاتحاد الإنجليزي.", "arsenal_fc", True),
    ],
)  # fmt: skip
def test_a_word_written_with_madda_is_not_the_place_written_with_hamza(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


def test_the_governorate_written_with_madda_after_its_noun_is_the_governorate(gazetteer):
    # SaudiNewsNet 2015-08-04-549: the one مآرب of the corpus that is the place
    text = "التي يتواجد فيها الحوثيون في لحج وتعز ومحافظة مآرب."
    assert "marib_governorate" in {m.entity_id for m in find_mentions(text, gazetteer)}


# --- the twentieth round ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # the twentieth sample (2015-08-11-1175): زرقاء "blue", a novel's title, not Zarqa (Jordan)
        ('ينظم مختبر السرديات بمكتبة الإسكندرية اليوم ندوة لمناقشة رواية "بقع زرقاء" للدكتور حاتم رضوان.', "zarqa", False),
        # رباط "a ligament" (SaudiNewsNet 2015-08-04-931), not Rabat
        ("وأعلن لخويا اليوم أن بوضيف تعرض لإصابة بقطع جزئي في رباط الكاحل مما يستدعي تغيبه عن التدريبات.", "rabat", False),
        # طائف "one circling the Kaaba" (SaudiNewsNet 2015-07-24-279), not Taif
        ("الطاقة الاستيعابية للمطاف من 48 ألف طائف في الساعة إلى أكثر من مئة وخمسة آلاف طائف في الساعة.", "taiif", False),
        # محرق "burning" (SaudiNewsNet 2015-08-10-759), not Muharraq
        ("وأضاف بأن رش المبيدات الحشرية له تأثير محرق على عذوق التمر.", "al_muharraq", False),
        # عرائش "trellises" (SaudiNewsNet 2015-08-10-1127), not Larache
        ("ليكون البستان بهذه الطريقة ما يسمى في نجران “عرائش العنب”، وهي الطريقة التقليدية القديمة.", "larache", False),
        # كوت of an Indian enclave's name (SaudiNewsNet 2015-07-31-513), not Kut (Iraq)
        ("قالت بارول خاتون (35 سنة) إحدى ساكني جيب كوت بنجي الهندي: «هذه أهم لحظة في حياتي.", "al_kut", False),
        # لنجف a family name (SaudiNewsNet 2015-08-07-1428), not Najaf
        ("أكد لـ(عكاظ) الشيخ صالح لنجف رئيس تحالف قبائل مأرب، أن الحوثيين تلقوا ضربات نوعية.", "najaf", False),
        # the places under their names with the article (SaudiNewsNet 2015-07-21-381, 2015-07-21-1085,
        # 2015-08-08-74, 2015-08-01-410)
        # (the twenty-first round made الزرقاء ambiguous: the city is now counted after a place noun,
        # SaudiNewsNet 2015-08-07-906, rather than in a bare list after في, 2015-07-21-381)
        ("وكرمت بلدية الزرقاء الوفد بإطلاق أسماء اربعة من أسمائهم على شوارع المدينة.", "zarqa", True),
        ("انتقل إلى رحمة الله تعالى إبراهيم محمد النبهاني، من رجالات التعليم في محافظة الطائف.", "taiif", True),
        ("وفي موقف لافت، دعا إمام جمعة النجف والقيادي في المجلس الأعلى الإسلامي صدر الدين القبنجي إلى عدم المشاركة.", "najaf", True),
        ("كان ذلك بمناسبة الجولة الملكية المشهودة التي دامت أسبوعين قادته من العرائش إلى أجدير بإقليم الحسيمة.", "larache", True),
    ],
)  # fmt: skip
def test_a_places_name_without_its_article_that_is_a_word_is_not_the_place(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


# --- the twenty-first round -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # الزرقاء "the blue" after a noun definite by its pronoun, in a list of colours (SaudiNewsNet
        # 2015-07-21-1503, 2015-07-21-621, 2015-08-10-145): not Zarqa (Jordan)
        ("وأن يرتدي السيد الرئيس بدلته الزرقاء المتناسبة مع لون البحر الأبيض المتوسط", "zarqa", False),
        ("ولصنع الصورة الجديدة دمجت ناسا الصور الحمراء والخضراء والزرقاء.", "zarqa", False),
        ("أعرف أن هناك اختلافا في الرؤى ما بين الولايات الحمراء والزرقاء (نسبة إلى الحزبين الكبيرين).", "zarqa", False),
        # the city after a place noun (SaudiNewsNet 2015-08-07-1260, 2015-08-07-906)
        ("أُنشئت القاعدة قرب مدينة الزرقاء، وكانت شبه سرية، وضمت أعضاء من جماعة الإخوان المسلمين.", "zarqa", True),
        ("وقال رئيس بلدية الزرقاء المهندس عماد المومني ان العلاقات الثنائية الاردنية الخليجية متميزة.", "zarqa", True),
        # ربات "ladies" (SaudiNewsNet 2015-07-21-432, 2015-08-10-591), not Rabat
        ("لذلك تلجأ ربات البيوت إلى طبخ طبق رئيسي لا يختلف كثيرًا عن روح الطبق في اليوم الأول.", "rabat", False),
        ("لينعمن ربات البيوت بهذه المشتريات ثم يعدن بعد العام للواقع، والمغرب يمنح مكافأة مماثلة.", "rabat", False),
        # بني إسرائيل "the Children of Israel" (SaudiNewsNet 2015-08-04-1145; the twenty-first uniform
        # sample, 2015-08-07-974, vocalised): not the state; the state after another word (2015-07-21-1963)
        ("قال الرسول صلى الله عليه وسلم (الطاعون رجس أرسل على طائفة من بني إسرائيل أو على من كان قبلكم)", "israel", False),
        ("مِنْ أَجْلِ ذَلِكَ كَتَبْنَا عَلَى بَنِي إِسْرَائِيلَ أَنَّهُ مَنْ قَتَلَ نَفْسًا بِغَيْرِ نَفْسٍ", "israel", False),
        ("ويعتقد على نطاق واسع أن إسرائيل هي البلد الوحيد في الشرق الأوسط الذي يمتلك أسلحة نووية.", "israel", True),
    ],
)  # fmt: skip
def test_a_name_that_is_another_word_here_is_not_the_place(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # a capital named like its state, with العاصمة after it, is the city (SaudiNewsNet 2015-08-04-545)
        ("وتعرض المسجد الكائن في منطقة الصوابر بالكويت العاصمة إلى تفجير إرهابي خلال صلاة الجمعة", "الكويت العاصمة", ("kuwait_city", "alias")),
        # the state without it (SaudiNewsNet 2015-08-04-47)
        ("بدأت دائرة الجنايات في المحكمة الكلية في الكويت، اليوم الثلاثاء، بمحاكمة المتهمين", "الكويت", ("kuwait", "name")),
        # a capital with its allies after it is its government (the twentieth uniform sample,
        # 2015-08-08-1065; 2015-08-02-95 after a locative word; 2015-08-08-9)
        ("وطيلة الصراع كانت دمشق وحلفاؤها في موسكو وطهران أكثر تفاؤلا", "دمشق", GOVERNMENT),
        ("في المقابل تعي طهران أن فتح أسواقها التجارية أمام واشنطن وحلفائها، سيثير حفيظة الروس", "واشنطن", ("usa", "metonym")),
        ("ويتعين على بغداد وحلفائها تعديل توقعاتهم بشأن المعركة", "بغداد", ("iraq", "metonym")),
        # … and the city with another word after it (SaudiNewsNet 2015-07-27-144)
        ("وبعضها بيوت يبلغ سعرها أكثر من مليون دولار في دمشق وغيرها، لعائلات المقاتلين", "دمشق", CITY),
    ],
)  # fmt: skip
def test_a_capital_told_from_its_state_and_its_government(gazetteer, text, alias, expected):
    assert expected in readings(text, gazetteer, alias)


# --- the twenty-second round ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # a state's nisba right after a first name is the person's family name (the twenty-second
        # uniform sample, 2015-07-26-1226; SaudiNewsNet 2015-08-03-468, 2015-07-27-910, 2015-07-23-318)
        ("أعلن التنظيم عودته للساحة، بعد اختفائه عقب مقتل قائده، مجد الدين المصرى، في حملة أمنية بالقاهرة.", "egypt", False),
        ("فيما خصص المدرب خليل المصري الحصة المسائية في اليومين الماضيين للتمارين الاسترجاعية.", "egypt", False),
        ("فإن عودة الصديق الأثير، الدكتور عثمان الصيني، لا تشبه شيئا إلا بعض فصول الرواية الشهيرة.", "china", False),
        ("ومستشار سمو وزير الداخلية الفريق متقاعد محمد العماني وعددا من المسؤولين.", "oman", False),
        # … not after a kunya, a league named after a person, "his club", nor before a first name
        # (SaudiNewsNet 2015-07-23-1009, 2015-08-01-589, 2015-07-25-913, 2015-07-27-831)
        ("ليكون ممثلا شخصيا لزعيم التنظيم الحالي أيمن الظواهري بدلا من أبو خالد السوري الذي اغتاله تنظيم داعش", "syria", True),
        ("نجحت عدد من الأندية التي تلعب في دوري عبد اللطيف جميل السعودي للمحترفين في التعاقد مع مدربين جدد.", "saudi_arabia", True),
        ("أو الموافقة على احترافه الخارجي الحالي مع ناديه البرتغالي.", "portugal", True),
        ("وفضلت الادارة عدم سفر الأردني طارق خطاب ونادر المولد لرغبتها في تسويقهما.", "jordan", True),
                # باب المغاربة, the Mughrabi Gate of al-Aqsa (the twenty-second uniform sample, 2015-07-27-1317;
        # 2015-07-27-141), not Morocco; the Moroccans elsewhere (2015-07-21-595)
        ("وقال شهود عيان إن قوات الاحتلال اقتحمت المسجد الأقصى عبر باب المغاربة وباب السلسلة وباب حطة.", "morocco", False),
        ("ألقى الفلسطينيون داخل المسجد الأقصى الطوب والحجارة على رجال الشرطة عند باب المغاربة.", "morocco", False),
        ("استضافت الفنانة شذى حسون مطلع الأسبوع الحالي نخبة من الفنانين المغاربة", "morocco", True),
    ],
)  # fmt: skip
def test_a_nisba_that_is_a_name_here_is_not_the_state(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # a road, a line or a distance between two places names the places (the twenty-second uniform
        # sample, 2015-08-09-1123; SaudiNewsNet 2015-07-22-1441, 2015-08-04-1330)
        ("بدأت فصائل أخرى بخوض مواجهات في وسط مدينة دمت القريبة من الخط الرابط بين تعز وصنعاء.", "صنعاء", ("sanaa", "place")),
        ("انتقل المذيع بكاميرته إلى إحدى استراحات الطرق على الطريق الرابط بين الرياض ومكة.", "الرياض", ("riyadh", "place")),
        ("ستكون قادرة على قطع المسافة بين الرياض وجدة في عشر دقائق.", "الرياض", ("riyadh", "place")),
        # … the governments after بين otherwise (SaudiNewsNet 2015-07-27-983)
        ("وعلى الرغم من أن العلاقات بين موسكو والرياض لم تكن دائما وثيقة خلال فترة الحرب الباردة", "الرياض", ("saudi_arabia", "metonym")),
    ],
)  # fmt: skip
def test_a_capital_on_a_road_between_places_is_the_city(gazetteer, text, alias, expected):
    assert expected in readings(text, gazetteer, alias)


# --- the twenty-third round -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # نيو, the English "New", opens a name of its own: New Jersey is not Jersey (the twenty-third
        # uniform sample, 2015-08-09-1199; SaudiNewsNet 2015-07-31-156, 2015-07-24-1792)
        ("وحاكم نيو جيرسي كريس كريستي وأخيرا حاكم ولاية أوهايو جون كاسيش.", "jersey", False),
        ("في إحدي المدارس الثانوية في الولايات المتحدة الأمريكية في ولاية نيو جيرسي بعد حفل تخرجها", "jersey", False),
        ("وهو أستاذ الأبحاث في روتجرز الطبية والعلوم الصحية بمعهد صحة الطفل في نيو جيرسي", "jersey", False),
        # … New York written as one word is still New York (the twenty-third uniform sample, 2015-07-24-802)
        ("أنا من قرر، ومسألة اللعب في نيويورك صنعت الباقي.", "new_york_city", True),
        # Athens's Persian form آتن, folded to اتن, is never Athens in SaudiNewsNet: ف + اتن is the given name
        # فاتن (the twenty-third uniform sample, 2015-08-01-691; 2015-07-21-474), ب + اتن the family name Patten
        # (2015-07-21-472); أثينا stays (below)
        ("حيث أصرت بطلة الفيلم \" فاتن حمامه\" الا تقف أمام الوجوه القديمة", "athens", False),
        ("سوى أن المخرج يوسف شاهين جاء به ليلعب معي دور البطولة في فيلم «صراع في الوادي». مذكرات فاتن حمامة (1)", "athens", False),
        ("وبين مارك باتن نائب رئيس قسم الأطعمة والمشروبات في فندق", "athens", False),
    ],
)  # fmt: skip
def test_a_place_after_new_or_inside_a_name_is_not_that_place(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


def test_athens_by_its_arabic_name_stays(gazetteer):
    # SaudiNewsNet 2015-07-21-147: the city, or Greece's government by its capital
    text = "وهو مبلغ كاف لتدبير أمور أثينا حتى نهاية يوليو (تموز) وبدء مفاوضات جديدة."
    assert {"athens", "greece"} & {m.entity_id for m in find_mentions(text, gazetteer)}


# --- the twenty-fourth round -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # a lake named after a place is not that place (the twenty-fourth uniform sample, 2015-07-31-1838:
        # Lake Geneva; 2015-07-31-262 Lake Chad, in Nigeria; 2015-08-02-112 Lake Tiberias)
        ("ومن جهتها، غادرت بعثة الفريق الأول لكرة القدم، متوجهة إلى مدينة لوزان الواقعة على سواحل بحيرة جنيف "
         "لاستكمال الفترة الثانية المتبقية من المعسكر الإعدادي", "geneva", False),
        ("بقتل عشرة من صيادي السمك النيجيريين ذبحا بالسكين في ثلاث قرى قريبة من باغا على بحيرة تشاد في شمال "
         "شرقي نيجيريا", "chad", False),
        ("في احراق كنيسة الطابغة الاثرية المعروفة بكنيسة «الخبز والسمك»، قرب بحيرة طبرية شمال اسرائيل",
         "tiberias", False),
        # … the city itself stays (2015-08-02-1110)
        ("كما توجهت مجموعة من اللاعبين إلى مدينة جنيف التي تبعد قرابة الستين كيلومترا عن لوزان.", "geneva", True),
        # the listed insurer Alinma Tokio Marine by its share-report names, not Tokyo (the twenty-third uniform
        # sample, 2015-08-10-301; 2015-08-06-631); the city stays (2015-07-21-2947)
        ("أما الأكثر تراجعا \"الإنماء طوكيو م\" بنسبة 3.26 في المائة ليغلق عند 26.70 ريال", "tokyo", False),
        ("أما الأكثر تراجعا \"الإنماء طوكيو م\" بنسبة 3.26 في المائة ليغلق عند 26.70 ريال", "alinma_tokio_marine",
         True),
        ("من جهتها قالت شركة الإنماء طوكيو مارين إن اكتتاب المساهمين المقيدين", "tokyo", False),
        ("يعد مقهى القطط في طوكيو باليابان، أنسب مكان لتناول القهوة", "tokyo", True),
        # a Saudi club's name before another Arab state's nisba is that state's club of the name (the twenty-
        # fourth uniform sample, 2015-07-21-2329: Al-Ittihad of Alexandria; 2015-08-06-2432 Al-Nasr of Dubai) …
        ("تعرض مدرب صالة الحديد بنادي الاتحاد المصري محسن ابو الخير إلى إصابة مفاجأة", "al_ittihad_fc", False),
        ("رفضت إدارة النصر مطالب نظيرتها في نادي النصر الإماراتي بتأجيل مواجهة الفريقين الودية", "al_nassr_fc",
         False),
        # … a European nisba there is the player's or the coach's (2015-07-23-410: Al-Ittihad's Romanian coach)
        ("وصل مدرب فريق الاتحاد الروماني بولوني إلى معسكر الفريق في إيطاليا", "al_ittihad_fc", True),
    ],
)  # fmt: skip
def test_a_lake_a_listed_insurer_and_another_states_club(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # a gazetteer person's family name after another given name is another person of the family
        # (SaudiNewsNet 2015-07-24-1566 Michelle Obama; 2015-07-21-726 Teresa Heinz Kerry, an earlier uniform
        # sample; 2015-08-03-979 Fahd al-Jubeir, the Eastern Province's mayor; 2015-07-22-288 Mario Suárez)
        ("فقد سبقت زوجته السيدة الأولى ميشيل أوباما في الظهور في حفل أوسكار العام المنصرم", "obama", False),
        ("كيري، المتزوج من الوريثة تيريزا هاينز كيري التي كان والدها دبلوماسياً أيضاً", "john_kerry", True),
        ("المتزوج من الوريثة تيريزا هاينز كيري التي كان والدها دبلوماسياً أيضاً", "john_kerry", False),
        ("حسب توقعات أمين المنطقة الشرقية المهندس فهد الجبير الذي قام بزيارة الموقع", "adel_al_jubeir", False),
        ("ليشغل مركز لاعب الوسط ماريو سواريز الذي انضم لصفوف فيورنتينا الإيطالي", "luis_suarez", False),
        # … not after his own given name, his father's after his own, nor his own spelt otherwise
        # (2015-07-24-842, 2015-07-21-1486, 2015-07-25-685)
        ("عادل بن زيد الطريفي وزير الثقافة والإعلام، وعادل بن أحمد الجبير وزير الخارجية", "adel_al_jubeir", True),
        ("ظهر الرئيس الأميركي باراك أوباما أمام الصحفيين وإلى جانبه نائب الرئيس جون بايدن", "joe_biden", True),
        ("تحت قيادة المدير الفني الجديد للفريق الإسباني رافاييل بينيتيز الذي رفض", "rafael_benitez", True),
        # … nor after a given name that is mostly a word: "in favour of" (2015-08-03-187), "successor"
        # (2015-07-31-724)
        # (with the article's clause before it: bare الأسد counts in a text on Syria, the fiftieth round)
        ("القضاء على التنظيمات الإرهابية في سوريا، أم أنه خطوة تصب في صالح الأسد ويمكن أن تجعله أكثر سيطرة؟", "assad",
         True),
        ("وعدد الأصوات في قارة آسيا يجعلها مؤثرة جدا في عملية اختيار خليفة بلاتر في فبراير شباط.",
         "sepp_blatter", True),
        # … nor after a name of another person of the gazetteer (Kerry convinced Obama)
        ("أقنع وزير الخارجية جون كيري أوباما بذلك", "obama", True),
    ],
)  # fmt: skip
def test_a_family_name_after_another_given_name(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


# --- the twenty-fifth round --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # الحي is "the neighbourhood", never the Iraqi town al-Hayy in SaudiNewsNet, and سكان, أهالي before it
        # are place triggers (the twenty-fifth uniform sample, 2015-08-06-3046, 2015-07-26-110)
        ("وأبان \"محمد القرشي\" أحد سكان الحي أن المشروع جاء لتمديد الكهرباء وظلت الحفريات قرابة 3 أشهر",
         "al_hayy", False),
        ("واضافت القناة نقلا عن الشرطة، ان اثنين من ركاب الطائرة وامرأة تقيم في الحي قتلوا وجرح خمسة أشخاص آخرين.",
         "al_hayy", False),
        # أقصر without its article is the comparative "shorter, shortest", not Luxor (the twenty-fifth uniform
        # sample, 2015-07-25-1496; 2015-07-24-48) …
        ("وعدم الوجود في العراء عندما يكون ظل الإنسان أقصر من طوله، واستخدم نظارة شمسية للوقاية", "luxor", False),
        ("وسهولة وصولهم للمسجد الحرام في أقصر وقت ممكن.", "luxor", False),
        # … الأقصر stays the city (2015-07-24-756)
        ("وقال محافظ الأقصر محمد بدر، إن افتتاح آثار غرب الأقصر للزيارة ليلا أمام السياح", "luxor", True),
        # a state's nisba after المحيط names the ocean: the Indian Ocean, not India (the twenty-fifth uniform
        # sample, 2015-07-25-341; 2015-07-21-61) …
        ("وأضاف نوجروهو أن الزلزال، والذي كان مركزه في المحيط الهندي على بعد 150 كيلومترا من يوجياكارتا",
         "india", False),
        ("ومحافظة أبين على طول ساحل المحيط الهندي شرق المدينة.", "india", False),
        # … after any other noun it is still the state (2015-07-21-120)
        ("تبادلت القوات الهندية والباكستانية إطلاق النار على الحدود", "india", True),
        ("بعد أيام من استدعاء إسلام آباد للسفير الهندي على اثر إعلانها إن قواتها أسقطت طائرة", "india", True),
    ],
)  # fmt: skip
def test_the_neighbourhood_shorter_and_the_indian_ocean_are_no_places(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


# --- the twenty-sixth round --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # a capital listed with a town or a city that is no capital is a city too, even with a state in the
        # list: flight destinations (the twenty-sixth uniform sample, 2015-08-03-698), stock markets named
        # by their cities (2015-07-31-550)
        ("لاسيما وأن الخطوط اليونانية تنطلق إلى وجهات متعددة بأوروبا مثل قبرص واسطنبول ولندن وفرانكفورت وباريس وفيينا وزيوريخ وجنيف وروما وميلانو.",
         "فيينا", ("vienna", "place")),
        ("حيث انخفضت مؤشرات صندوق النقد العربي لتسع أسواق هي، أبوظبي والكويت والجزائر ودبي وسورية والخرطوم وفلسطين وعمان وقطر.",
         "الخرطوم", ("khartoum", "place")),
        # … with states alone it is still the government (an article of 2015-08-02)
        ("وهو ما يمكن رؤية تعبيراته في الاتفاق الأخير بين تركيا وواشنطن حول الحرب التركية على الإرهاب",
         "واشنطن", ("usa", "metonym")),
    ],
)  # fmt: skip
def test_a_capital_in_a_list_of_cities_is_a_city(gazetteer, text, alias, expected):
    assert readings(text, gazetteer, alias) == [expected]


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # a state's feminine nisba after عن, من, إلى with a word of translating before is the language (the
        # twenty-sixth uniform sample, 2015-08-08-56; 2015-07-22-1225, 2015-07-21-172)
        ("وفي هذا المجال أنفق على ترجمة وطبع كتب كثيرة عن الفرنسية، كما يذكر المحقق جمال ملحم.", "france", False),
        ("رائف أفندي لمؤلفها صباح علي وترجمها عن التركية جهاد الأماسي.", "turkey", False),
        ("فاروق مردم بك الذي ترجم أخيرا من الفرنسية إلى العربية يؤمن لك هذه المتعة.", "france", False),
        # … without a word of translating it is still the state
        ("وأعلنت الرئاسة الفرنسية عن الزيارة، فيما أكدت مصادر عن الحكومة الفرنسية ذلك", "france", True),
    ],
)  # fmt: skip
def test_a_nisba_translated_from_or_into_is_a_language(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # a state's feminine nisba with ب right after a word of writing, speaking or glossing is the language
        # (the sixty-third uniform sample, 2015-07-22-1097; round 65, read on SaudiNewsNet)
        ("بالإضافة إلى نقش يحمل نصوصًا كاملة مسجلة باليونانية، أحدهم بجوار مدخل المعبد", "greece", False),
        ("ومع مشاهدة ما يقرب من 1.3 مليون مشاهد للمباراة عبر قناة «تليموندو»، المحطة الناطقة بالإسبانية", "spain",
         False),
        ("يظهران ريفلين ورئيس الوزراء بنيامين نتانياهو، يرتديان بزتين نازيتين ويتكلمان بالألمانية.", "germany", False),
        ("وذكرت صحيفة «الوطن» الصادرة بالفرنسية في موقعها الإلكتروني، أن عسكريين اثنين", "france", False),
        ("التي أطلق عليها اسم “ستراتي” والتي تعني بالإيطالية الطبقات الأولى", "italy", False),
        ("وقال البابا في تصريحات غير معدة مسبقا ألقاها بالإسبانية أمام المؤتمر", "spain", False),
        ("الجبير يتحدث بالألمانية عن فترة طفولته", "germany", False),
        # … with ب after another word it may be the state or its people: still the state
        ("وهي إحدى تلميذات الأكاديمية التي لا تزال على اتصال بالبريطانية يسرى حسين", "uk", True),
        ("وأكدت مواقع معارضة عدة أن قرار استبدال الليرة السورية بالتركية جاء نتيجة قلق السوريين", "turkey", True),
        # … and a word of speaking before a nisba without ب is no language
        ("وقالت الناطقة الأمريكية باسم الخارجية إن", "usa", True),
    ],
)  # fmt: skip
def test_a_nisba_with_bi_after_a_word_of_writing_or_speaking_is_a_language(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


# --- the twenty-seventh round ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # بحركة is ب + حركة "movement", بركة "a pool, a blessing", and ISIS's name for al-Hasakah: never the
        # Iraqi town Baharkah in SaudiNewsNet (the twenty-seventh uniform sample, 2015-07-22-1144;
        # 2015-07-27-774, 2015-07-25-1170, 2015-07-21-479)
        ("لم يكن ما نشره ما يسمى \"المكتب الإعلامي لولاية بركة\" أمراً غريباً على الغلاة والتكفيريين",
         "baharkah", False),
        ("واودى النزاع السوري الذي بدأ بحركة احتجاجية شعبية سلمية ضد النظام السوري منذ اندلاعه", "baharkah", False),
        ("اغتيال مسؤول كبير بحركة فتح في لبنان", "baharkah", False),
        ("كما يغوص حجر أسقط في بركة عميقة، وهذا الساحر الذي اسمه الحب", "baharkah", False),
    ],
)  # fmt: skip
def test_a_movement_and_a_pool_are_no_town(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


# --- the twenty-eighth round -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # a place's name written as a man's family name after two given names is his where the text then
        # names him by it alone (the twenty-eighth uniform sample, 2015-07-24-13: a former Shura member)
        ("قال عضو الشورى السابق خليل عبدالله الخليل إن الشباب جاهزون، في تصريح دفع ناشطين إلى المطالبة بمحاسبة "
         "الخليل قانونيا. وأشار الخليل في مشاركة له على قناة العربية إلى ذلك.", "hebron", False),
        # … or after a foreign first name (2015-07-31-478: the dentist Walter Palmer, Palmer in Alaska)
        ("أخرجت الضجة الدكتور والتر بالمر، وهو طبيب أسنان من ولاية مينيسوتا، عن صمته. وأكد بالمر في البيان "
         "أنه لم يخالف القانون.", "palmer", False),
        # counter-examples: the place after a locative or a place noun stays the place, the man named or not
        ("قال الدكتور خليل عبدالله الخليل إن المستشفى الأهلي في الخليل استقبل المصابين.", "hebron", True),
        ("اعتقلت قوات الاحتلال خمسة فلسطينيين من مدينة الخليل جنوب الضفة الغربية.", "hebron", True),
        # … and words written now and then as first names are no given names (2015-08-11-1117: "Tawfiq's
        # family left Aden"; the name is no family name there, and Aden elsewhere stays Aden)
        ("وقال أفراد العائلة إنهم عازمون على إعادة إعمار عدن مسقط رأسهم. وغادرت أسرة توفيق عدن في قارب أوائل "
         "يونيو.", "aden", True),
    ],
)  # fmt: skip
def test_a_places_name_written_as_a_mans_family_name_is_his_again(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # a place's name right before بن is a man's given name (SaudiNewsNet 2015-07-24-835, 2015-07-31-542,
        # 2015-08-04-94): al-Khalil ibn Ahmad, al-Zubayr ibn al-Awwam, Sheikh Zayed, not Hebron, Zubayr
        # (Basra) or the Egyptian city
        ("لكننا نتوقف عند إشارة بعض الباحثين إلى أن الخليل بن أحمد الفراهيدي ذكرها", "hebron", False),
        ("فارس مغوار وقائد شهير، وابن حواري رسول الله، الزبير بن العوام.", "az_zubayr", False),
        ("أسس متينة أرساها الوالد المؤسس الشيخ زايد بن سلطان آل نهيان (رحمه الله)", "ash_shaykh_zayid", False),
        # counter-example: a place noun opens the name (2015-07-31-1118: Al-Dayer Bani Malik governorate)
        ("شمال شرق منطقة جازان وشمال جبل فيفا وتتبع محافظة الداير بن مالك، وهي جبال شاهقة", "ad_dayer", True),
    ],
)  # fmt: skip
def test_a_places_name_before_bin_is_a_given_name(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


# --- the twenty-ninth round ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # a capital after على or عن with a sanction, an embargo or pressure before is its government (the
        # twenty-ninth uniform sample, 2015-07-24-790; SaudiNewsNet 2015-07-21-162 with an adjective between,
        # 2015-07-27-925, 2015-07-21-108)
        ("إلى زيادة في إمدادات الخام من البلد العضو بمنظمة أوبك مع رفع العقوبات عن طهران.", "طهران", ("iran", "metonym")),
        ("مقابل رفع العقوبات المفروضة على طهران، مما يمهد الطريق نحو العودة", "طهران", ("iran", "metonym")),
        ("ورغم محاولات الحكومة الإيرانية الضغط على الخرطوم لإلغاء القرار", "الخرطوم", ("sudan", "metonym")),
        ("إن الضغوط الإسرائيلية على واشنطن، لن تؤدي إلى تغيير الموقف", "واشنطن", ("usa", "metonym")),
        # counter-examples: after على without such a noun, the city (2015-07-24-1771, 2015-07-25-163)
        ("غارات على صنعاء من جانبها، نقلت وكالة الأنباء الألمانية", "صنعاء", ("sanaa", "place")),
        ("ومنذ سيطرة الحوثيين على صنعاء في سبتمبر (أيلول) الماضي، منع الحوثيون", "صنعاء", ("sanaa", "place")),
    ],
)  # fmt: skip
def test_a_capital_under_sanctions_or_pressure_is_its_government(gazetteer, text, alias, expected):
    assert expected in readings(text, gazetteer, alias)


# --- the thirtieth round ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # a capital's role (دور) is its government's (the thirtieth uniform sample, 2015-07-21-2449; SaudiNewsNet:
        # "لتحجيم دور طهران في المنطقة", "تقيم عاليا دور موسكو", "على دور القاهرة المحوري")
        ("منوها أن دور طهران خطير في اليمن يدفع إلى الاتجاه السوري والعراقي", "طهران", ("iran", "metonym")),
        ("ولن تفوت فرصة تاريخية كهذه لتحجيم دور طهران في المنطقة", "طهران", ("iran", "metonym")),
        ("أكد الجبير أن الرياض تقيم عاليا دور موسكو، معتبرا أن الاتصالات السابقة", "موسكو", ("russia", "metonym")),
        ("وقد أكد قصر الأليزيه على دور القاهرة المحوري، الذي لا غنى عنه", "القاهرة", ("egypt", "metonym")),
        # counter-examples: a role played in the city, and the city's houses, stay the city
        ("وأوضح أن دور السينما في الرياض ستفتح أبوابها", "الرياض", ("riyadh", "place")),
        ("تزور طهران وفود كثيرة وتلعب دورا في طهران", "طهران", ("tehran", "place")),
    ],
)  # fmt: skip
def test_a_capitals_role_is_its_governments(gazetteer, text, alias, expected):
    assert expected in readings(text, gazetteer, alias)


# --- the thirty-first round --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # a club's first word before a city: the city is the rest of the club's name (the thirty-first uniform
        # sample, 2015-07-31-438: Steaua Bucharest, Partizan Belgrade, Rapid Wien; SaudiNewsNet: Hertha Berlin,
        # ES Sétif, Sporting Lisbon, CSKA Moscow with ل glued to it)
        ("وسقط ستيوا بوخارست، الفائز بالبطولة عام 1986، في فخ التعادل 1-1 مع ضيفه بارتيزان بلغراد.", "bucharest", False),
        ("وسقط ستيوا بوخارست، الفائز بالبطولة عام 1986، في فخ التعادل 1-1 مع ضيفه بارتيزان بلغراد.", "belgrade", False),
        ("قبل أن ينتفض رابيد فيينا في الشوط الثاني ويحرز هدفين عن طريق فلوريان كاينز", "vienna", False),
        ("قبل أن ينتفض رابيد فيينا في الشوط الثاني ويحرز هدفين عن طريق فلوريان كاينز", "austria", False),
        ("ودافع بواتينغ عن ألوان هرتا برلين وهو في الثامنة عشرة، ثم لعب مع بوروسيا دورتموند", "berlin", False),
        ("من ناحيته، يرغب وفاق سطيف، بطل المسابقة عامي 1988 و2014، في مواصلة صحوته", "setif", False),
        ("لتوقيع عقد مدته عامان مع سبورتينغ لشبونة. وعرضت القنوات التلفزيونية المحلية", "lisbon", False),
        ("أن سلوتسكي سيحتفظ بمنصبه مدربا لسسكا موسكو، حيث قاده إلى لقب الدوري الروسي", "moscow", False),
        # counter-examples: the city named plainly stays, and a riyal given for Palestine is no club (ريال is
        # no club's first word: the currency)
        ("وألقي القبض على عشرة مشجعين من أنصار فريق أياكس في العاصمة النمساوية فيينا بعد الفوضى", "vienna", True),
        ("ولعب سبورتينغ على ملعبه في لشبونة أمام جمهوره", "lisbon", True),
        ("كان جمع ريال فلسطين والتبرع للفلسطيني الجائع", "palestine", True),
    ],
)  # fmt: skip
def test_a_city_after_a_clubs_first_word_is_part_of_the_clubs_name(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # a capital with ل glued to it ("to") after a word of visiting, going, returning or moving people, in the
        # same phrase, is the city, the visitor's name or a few words between (the thirtieth uniform sample,
        # 2015-08-01-748; SaudiNewsNet)
        ("الصادر في ختام زيارة الأمير محمد بن سلمان للقاهرة أول من أمس.", "القاهرة", ("cairo", "place")),
        ("وقام وزير الدفاع الأمريكي أشتون كارتر بزيارة مفاجئة لبغداد امس ليتعرف بنفسه", "بغداد", ("baghdad", "place")),
        ("وصرح مسؤول في الخارجية الأميركية بأن زيارة كيري للدوحة هي «فرصة فعلية", "الدوحة", ("doha", "place")),
        ("وهناك سبعة مصابين تم نقلهم للرياض وحالتهم مستقرة", "الرياض", ("riyadh", "place")),
        ("وأن اللاعب سيعود للقاهرة فور الانتهاء من إجراءات فسخ عقده", "القاهرة", ("cairo", "place")),
        # counter-examples: with no such word, or past a dash, ل makes it the government's
        ("وكان المعلم يتحدث خلال زيارة إلى طهران -أهم حليف لدمشق في المنطقة- للاجتماع", "دمشق",
         ("syria_regime", "metonym")),
        ("تحدث مع الرئيس مسعود بارزاني بالتفصيل عن التصعيد الأخير لأنقرة وأسبابه", "أنقرة", ("turkey", "metonym")),
    ],
)  # fmt: skip
def test_a_capital_after_a_visit_with_la_glued_is_the_city(gazetteer, text, alias, expected):
    assert readings(text, gazetteer, alias) == [expected]


# --- the thirty-second round -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # an agreement, a treaty or a charter named after the capital where it was made is the city's (the
        # thirty-second uniform sample, 2015-08-09-438; the world sample; SaudiNewsNet)
        ("وتم توقيع اتفاق فيينا في يوليو 2015 من أجل ضبط برنامج إيران النووي", "فيينا", ("vienna", "place")),
        ("ولكن بعد اتفاق فيينا ستفوز إيران مرتين", "فيينا", ("vienna", "place")),
        ("نجم عنها اتفاق أوسلو الذي وضع الأساس لحل الدولتين", "أوسلو", ("oslo", "place")),
        ("استناداً إلى توقيع الدولة على اتفاقية واشنطن لتسوية منازعات الاستثمار", "واشنطن",
         ("washington", "place")),
        ("وإذا عدنا إلى سبتمبر (أيلول) 2014، عندما تم التوصل إلى اتفاق صنعاء، كانت هناك ملامح", "صنعاء",
         ("sanaa", "place")),
        # counter-examples: capitals joined by و are its parties, the government; its deeds stay the government's
        ("يتمثل في اتفاق واشنطن وأنقرة على خطة لإقامة منطقة عازلة", "واشنطن", ("usa", "metonym")),
        ("إذ ما زال من المبكّر الجزم بتفاصيل اتفاق واشنطن وطهران على الصعيد السياسي", "طهران", ("iran", "metonym")),
        ("ويبقى موقف طهران من الاتفاق غامضا", "طهران", ("iran", "metonym")),
    ],
)  # fmt: skip
def test_an_agreement_named_after_a_capital_is_the_citys(gazetteer, text, alias, expected):
    assert readings(text, gazetteer, alias) == [expected]


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # مسقط رأسه "his birthplace" is no Muscat nor Oman (SaudiNewsNet; the thirty-first round's read)
        ("الشاب محمد الغامدي يستعد للعودة لمسقط رأسه بعد عشر سنوات", "oman", False),
        ("الشاب محمد الغامدي يستعد للعودة لمسقط رأسه بعد عشر سنوات", "muscat", False),
        ("وشيع جثمانه في مسقط رأس الفقيد بمحافظة الطائف", "muscat", False),
        # with the article, "the birthplace" (the sixteenth metonymy file, 2015-07-31-788; SaudiNewsNet)
        ("وهمهم تقديم الدعم لمسقط الرأس ولأهلها لتكون في مصاف المدن الأخرى", "oman", False),
        ("فالحنين إلى مسقط الرأس ومحط الذكريات يجذب الكثير لها", "muscat", False),
        ("والمدينة الثانية هي الحاضنة مدينة مسقط الرأس وإقامة الأهل قبل الترحال", "muscat", False),
        # counter-examples: Muscat named plainly stays
        ("وصل وزير الخارجية إلى مسقط في زيارة رسمية لسلطنة عمان", "muscat", True),
        ("وعقد الاجتماع في مسقط رأسا بعد وصول الوفود", "muscat", True),
    ],
)  # fmt: skip
def test_birthplace_is_no_muscat(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # سلالة "lineage, breed, strain" is no Salalah, written صلالة (the thirty-second uniform sample, 2015-08-09-440;
        # SaudiNewsNet)
        ("وتعلموا هذا الكذب من أسيادهم «الفرس» الذين ينحدرون من سلالة «مسيلمة الكذاب»..", "salalah", False),
        ("وأكدت هيئة الصحة الحيوانية الالمانية ظهور حالة اصابة وهي من سلالة اتش7إن7 شديدة العدوى", "salalah", False),
        # counter-examples: the city, by its name
        ("افتُتح -مؤخراً- مطار صلالة الجديد بمحافظة ظفار جنوب سلطنة عمان", "salalah", True),
        ("إضافة لمشاركة الجمعية في ملتقى المكفوفين بمدينة صلالة العمانية", "salalah", True),
    ],
)  # fmt: skip
def test_lineage_is_no_salalah(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


# --- the thirty-third round --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # a GeoNames place after a foreign first name with و on it is the family name of a list's next person
        # (the thirty-third uniform sample, 2015-07-21-1808; SaudiNewsNet 2015-07-24-798, 2015-08-11-638)
        ("الفيلم بطولة ميليسا مكارثي وروز بيرن ومن إخراج بول فيج.", "bern", False),
        ("سجل دارين ماتوكس في الدقيقة 31 وجيل بارنز في الدقيقة 36 لجامايكا، ومايكل برادلي في الدقيقة 48 للولايات المتحدة",
         "bradley", False),
        ("ضمن فعاليات المخيم الكشفي العالمي الثالث والعشرين باليابان. حيث قام سعيد أبودهش بتقديم درع الجمعية "
         "التذكاري لجواو أرماندو رئيس اللجنة، ودانيال عضو اللجنة والمشرف العام على المخيم، وماري ناكانو.", "nakano",
         False),
        # counter-examples: the place after و with no first name, or after a foreign name and a preposition
        ("وعقد الاجتماع في العاصمة السويسرية بيرن وحضره الوزراء", "bern", True),
        ("والتقى جون كيري في مدينة ناكانو اليابانية عددا من المسؤولين", "nakano", True),
    ],
)  # fmt: skip
def test_a_place_after_a_foreign_first_name_with_wa_is_a_family_name(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # ربك "your Lord" is no Kosti nor Rabak (GeoNames' name of both; the thirty-third uniform sample,
        # 2015-08-07-492; SaudiNewsNet 2015-08-10-448, vocalised)
        ("ولو كنت محروما فادع ربك ان يرزقك..", "kosti", False),
        ("لذلك اختار الأمير سعود الآية الكريمة: {ادْعُ إلى سَبِيلِ رَبِّكَ بِالْحِكْمَةِ وَالْمَوْعِظَةِ الْحَسَنَةِ}", "kosti",
         False),
        # counter-example: the town, by its name
        ("وصل الوفد إلى مدينة كوستي بولاية النيل الأبيض في السودان", "kosti", True),
    ],
)  # fmt: skip
def test_your_lord_is_no_kosti(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


# --- the thirty-fourth round -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name, read",
    [
        # a person's name that GeoNames gives a small US town is the person, in an article that names the USA
        # (the thirty-fourth uniform sample, 2015-08-10-90; SaudiNewsNet 2015-08-01-301, 2015-08-06-439,
        # 2015-08-07-424, 2015-07-22-697, 2015-07-24-1459: ألفين "two thousand")
        ("عقد أوباما لقاءه مع الصحافيين داخل قاعة روزفلت، إحدى المساحات داخل البيت الأبيض. وقال إن الولايات المتحدة",
         "روزفلت", False),
        ("وفي لحظتها حركت أمريكا حاملة الطائرات روزفلت للمنطقة، وخاطب وزير الخارجية الأمريكي بوضوح قائلا له «دعني "
         "أفهمك هذا بوضوح تام» مع الولايات المتحدة الأمريكية", "روزفلت", False),
        ("وبن كارسون الذي يبلغ 63 عاما، جراح أعصاب معروف متقاعد، مرشح للرئاسة في الولايات المتحدة", "كارسون", False),
        ("مؤسس الإدارة العلمية هو فريدريك تايلور (1856 - 1915) وكان يعمل مهندساً بإحدى الشركات الصلب في الولايات "
         "المتحدة الأمريكية، ونشر تايلور أفكاره في كتاب «الإدارة العلمية» عام 1911", "تايلور", False),
        ("وقال المدعي العام للولاية فنسنت كوهين أن \"ترحيله إلى الولايات المتحدة خطوة كبيرة نحو اتهامه\"", "فنسنت",
         False),
        ("قال المتحدث باسم وزارة الدفاع الاميركية ستيف وارن، مقدرا عدد مقاتلي التنظيم المتواجدين فيها بما بين الف "
         "وألفين", "ألفين", False),
        # counter-examples: the US cities named after persons that are cities of their own stay
        # (SaudiNewsNet 2015-07-31-433, 2015-08-08-259)
        ("وبدأ هذا التوتر، كما هو معروف، باشتباكات في فيرغسون، ولاية ميزوري، بعد أن قتل شرطي أبيض شابا أسود في "
         "الولايات المتحدة", "فيرغسون", True),
        ("لم يصدر القضاء الامريكي قرارا باعدام مطلق النار في سينما باورورا بغرب الولايات المتحدة عام 2012", "اورورا",
         True),
    ],
)  # fmt: skip
def test_a_persons_name_is_no_small_us_town(gazetteer, text, name, read):
    assert any(m.surface.endswith(name) for m in find_mentions(text, gazetteer)) is read


# --- the thirty-fifth round --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, read",
    [
        # the title right before another king's name is that king's, not King Salman's (the thirty-fifth
        # uniform sample, 2015-07-31-2009; SaudiNewsNet 2015-07-26-556, 2015-07-31-152 and 2015-08-02-417: Fahd)
        ("كما أنها تأتي امتدادا لرؤية خادم الحرمين الشريفين الملك عبدالله -رحمه الله- في بناء منظومة تدعم "
         "موهوبي الوطن", False),
        ("تجربته التي بدأت بقصيدة ساعة بين بيدي خادم الحرمين الملك عبدالله بن عبدالعزيز رحمه الله، عند زيارته",
         False),
        ("وأوضح أن خادم الحرمين الشريفين الملك فهد بن عبدالعزيز آل سعود – رحمه الله – قدم", False),
        ("وبالطبع يتصدر خادم الحرمين الشريفين الملك الراحل فهد بن عبدالعزيز الذي يصادف غدا ذكرى", False),
        # counter-examples: the title alone, or before King Salman's name, is King Salman
        # (SaudiNewsNet 2015-08-06-503, 2015-07-21-22)
        ("وبناء على توجيهات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز والملك عبدالله الثاني فقد تم الاتفاق",
         True),
        ("وقال خادم الحرمين الشريفين أيضا إن السعودية أصبحت بحمد الله مضرب المثل للوحدة", True),
    ],
)  # fmt: skip
def test_the_custodians_title_before_another_kings_name_is_that_king(gazetteer, text, read):
    found = [m for m in find_mentions(text, gazetteer) if m.surface.startswith("خادم الحرمين")]
    assert any(m.entity_id == "salman_bin_abdulaziz" for m in found) is read


# --- the second metonymy sample (2026-12-05) ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # كل من "each of": the word before كل says what it would say right before the names (the second metonymy
        # sample, 2015-07-31-550: stock markets; SaudiNewsNet 2015-08-09-924: in each of)
        ("فيما كانت هذه النسبة أقل من 3.0 في المائة في بورصات كل من مسقط وبيروت والمغرب وتونس والبحرين والجزائر ودمشق.",
         "بيروت", ("beirut", "place")),
        ("وقد شهدت أسواق كل من السعودية ومسقط ومصر أكبر تدفق سالب من الاستثمارات الأجنبية", "مسقط", ("muscat", "place")),
        ("كانت له أحاديث إذاعية وندوات في التلفزيون في كل من دمشق والإمارات والكويت والسعودية", "دمشق",
         ("damascus", "place")),
        # a verb before كل would make them governments, but not with a city that is no capital listed with them
        # (2015-08-02-224: the Olympic bids of Paris, Budapest and Hamburg)
        ("وإلى جانب روما تقدمت كل من باريس وبودابست وهامبورج الألمانية بطلبات لاستضافة الدورة الصيفية", "باريس",
         ("paris", "place")),
        # a capital with و after a word with و: that word is a conjunct of a list, no verb of the capital (the
        # second metonymy sample, 2015-08-11-1406)
        ("وتحديدا في مدن زيلامسي وتبليسيا وباريس ولندن بتخريب الحدائق العامة", "باريس", ("paris", "place")),
        ("وأعلنت أنقرة في يوليو أنها سمحت للطائرات العسكرية", "أنقرة", ("turkey", "metonym")),  # its و alone
        # the second of two parties after بين, the first no name (the second metonymy sample, 2015-07-31-287)
        ("بما فيه مفاوضات السلام بين قياداتها وكابل.", "كابل", ("afghanistan", "metonym")),
        # travel between two places names the places (the second metonymy sample's flights; SaudiNewsNet
        # 2015-08-03-678, 2015-08-03-81); relations between two capitals stay their governments
        ("وكان آخرها شركة الطيران اليونانية التي بدأت رحلاتها بين الرياض وأثينا مع منتصف شهر يوليو الماضي.", "الرياض",
         ("riyadh", "place")),
        ("وبالتالي إلغاء عشرات رحلات القطار بين لندن وباريس أو لندن وبروكسل.", "لندن", ("london", "place")),
        ('قال فيه إنه "من الضروري عودة العلاقات بين الرياض وطهران إلى الحالة الطبيعية"', "الرياض",
         ("saudi_arabia", "metonym")),
        # a list joined by commas alone is one list: a city that is no capital in it keeps its capitals places
        # (the second metonymy sample, 2015-08-02-885); a capital with a state alone stays a party
        ("في رحلاتها بين المملكة وكل من لوس أنجلوس، نيويورك، واشنطن، لندن، باريس، الدار البيضاء، تونس، القاهرة، "
         "إسطنبول، بيروت، الكويت، دبي، سنغافورة، وكوالالمبور، بالإضافة إلى جاكرتا وتورنتو", "كوالالمبور",
         ("kuala_lumpur", "place")),
        ("في الاتفاق الأخير بين تركيا وواشنطن حول الحرب التركية على الإرهاب", "واشنطن", ("usa", "metonym")),
    ],
)  # fmt: skip
def test_a_list_of_capitals_is_read_by_what_governs_the_list(gazetteer, text, alias, expected):
    assert expected in readings(text, gazetteer, alias)


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # an obligation laid on a capital is laid on its government (the second metonymy sample, 2015-08-01-583;
        # the first, 2015-07-26-867; SaudiNewsNet 2015-07-31-383, 2015-07-27-155)
        ("فالمعطيات الواردة تحتم على الرياض والقاهرة أن يتجها نحو مشروع عمل لا ينقطع ولا يتوقف", "القاهرة",
         ("egypt", "metonym")),
        ("ومن اجل تنظيم كأس العالم 2018، على موسكو القيام بتجديد شامل للبنية التحتية السياحية", "موسكو",
         ("russia", "metonym")),
        ("وفي النظرة الفرنسية، يتعين على طهران أن تلعب دورا «إيجابيا» بصدد المسائل الساخنة", "طهران", ("iran", "metonym")),
        ("وكان على بكين التودد للشركات والمستثمرين من الخارج.", "بكين", ("china", "metonym")),
        # a participle of urging or accusing before it (the second metonymy sample, 2015-08-11-141; 2015-07-21-43)
        ("لكنه عبر عن مخاوفه من «سلوك إيران»، داعيا طهران إلى التزام الشفافية في برنامجها للإنفاق العام", "طهران",
         ("iran", "metonym")),
        # sanctions past a relative clause (the second metonymy sample, 2015-07-31-1081; 2015-07-31-1172)
        ("نتيجة تراجع سعر النفط والعقوبات التي فرضها الغرب على موسكو بسبب دورها في الأزمة الأوكرانية.", "موسكو",
         ("russia", "metonym")),
        ("بعد ثلاثة أشهر من تخفيف العقوبات التي فرضت على طهران لحملها على كبح برنامجها النووي.", "طهران",
         ("iran", "metonym")),
        # counter-examples: على without an obligation or a sanction is the place
        ("غارات على صنعاء من جانبها، نقلت وكالة الأنباء الألمانية", "صنعاء", ("sanaa", "place")),
        ("ومنذ سيطرة الحوثيين على صنعاء في سبتمبر (أيلول) الماضي، منع الحوثيون", "صنعاء", ("sanaa", "place")),
        # a city freed, fallen or flooded is the city (the second metonymy sample, 2015-08-02-759; 2015-07-27-127,
        # 2015-07-25-900)
        ("لن يهدأ لنا بال حتى تتحرر صنعاء تماما، وتنسحب كافة عناصر التمرد منها", "صنعاء", ("sanaa", "place")),
        ("وأضاف روحاني: «لولا إيران، لسقطت أربيل وبغداد في أيدي الإرهابيين", "بغداد", ("baghdad", "place")),
        ("وغرقت بيروت ومدن وبلدات جبل لبنان", "بيروت", ("beirut", "place")),
    ],
)  # fmt: skip
def test_a_capital_obliged_urged_or_sanctioned_is_its_government(gazetteer, text, alias, expected):
    assert expected in readings(text, gazetteer, alias)


@pytest.mark.parametrize(
    "text, entity_ids",
    [
        # a broadcaster named after its city (the second metonymy sample, 2015-07-31-611; 2015-08-01-543)
        ('وزميله الآخر "عمر الخطيب" صاحب برنامج "بنك المعلومات" من تلفزيون أبوظبي.', {"abu_dhabi", "uae"}),
        ("وقناة أي ار تي راديو وتلفزيون العرب، وإذاعة لندن، وغيرها الكثير من اللقاءات.", {"london", "uk"}),
        # the paper Al Riyadh that a man spoke to (the second metonymy sample, 2015-07-22-679 and 180 more)
        ('وقال مؤلف المسرحية فاروق الشعيبي ل"الرياض" إن نص "هيا تعال" حاول أن يوائم بين الانتماء للأندية والمواطنة',
         {"riyadh", "saudi_arabia"}),
        ("وأوضح لـ«الرياض» المتحدث الرسمي لوزارة العمل", {"riyadh", "saudi_arabia"}),
    ],
)  # fmt: skip
def test_a_capital_in_a_broadcasters_or_a_papers_name_is_neither(gazetteer, text, entity_ids):
    assert not entity_ids & {m.entity_id for m in find_mentions(text, gazetteer)}


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # counter-examples: a quoted city after another word's ل, or after العاصمة, stays the city (2015-07-27-703;
        # the second metonymy sample), and a city after a locative (2015-08-01-699)
        ('باتوا أقل من 50% في عدد من المدن مثل "لندن" و"لستر" و"لوتون"', "لندن", ("london", "place")),
        ('لماذا لا تسألون عن أسباب غرق مشاريع وشوارع العاصمة "الرياض" بعد سقوط الأمطار؟', "الرياض", ("riyadh", "place")),
        ("في مدينة أزميت التركية، لتغادر البعثة إلى أبوظبي لاستكمال البرنامج الإعدادي", "أبوظبي", ("abu_dhabi", "place")),
    ],
)  # fmt: skip
def test_a_quoted_city_after_another_word_is_the_city(gazetteer, text, alias, expected):
    assert expected in readings(text, gazetteer, alias)


def test_the_paper_al_riyadh_still_says_the_article_is_saudi(gazetteer):
    # the paper is no mention of the city, but still the evidence the city was that المملكة is Saudi Arabia
    # (SaudiNewsNet 2015-08-02-559: 4 such المملكة lost when the paper was no evidence)
    text = 'صدرت المملكة نحو 1.59 مليار برميل نفط. وتعليقا على صادرات المملكة النفطية قال ل"الرياض" المستشار الاقتصادي'
    found = [(m.entity_id, m.alias) for m in find_mentions(text, gazetteer)]
    assert ("saudi_arabia", "المملكة") in found
    assert not any(entity_id == "riyadh" for entity_id, _ in found)


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # the third metonymy sample's classes (drawn after the second's rules): a plural noun of the shape
        # تفعيلات is no verb (2015-08-10-171, 2015-07-23-953), while a government's instructions stay its own
        ("وأسفرت تفجيرات كابل الثلاثة عن مقتل ما مجموعه 49 شخصا", "كابل", ("kabul", "place")),
        ("مقتل 20 شخصا فـي تفجيرات بغداد و«داعش» يتبنـى", "بغداد", ("baghdad", "place")),
        # what a city is famous for (2015-07-25-203, 2015-07-21-440)
        ("تماما مثل تلك المقاهي التي تشتهر بها باريس، وبما أننا أتينا على ذكر باريس", "باريس", ("paris", "place")),
        ("أكثر ما تشتهر به لندن ويدخل في عنصر جيناتها، احتضانها المواهب الشابة", "لندن", ("london", "place")),
        # moving between places (2015-08-11-592); coming to a city with ل glued (2015-08-11-127, 2015-08-11-1339)
        ("القبض على عصابة من جنسيات افريقية تتنقل بين الرياض والمدينة المنورة بواسطة مركبات مستأجرة", "الرياض",
         ("riyadh", "place")),
        ("ولكنه اعتذر ثم اعتذر يوم أمس عن الحضور للندن وضرب موعدًا جديدًا مع النصراويين", "لندن", ("london", "place")),
        ("مشيراً في الوقت نفسه بأن المنتخب السعودي للبولينج حضر لمسقط من أجل تحقيق أكبر", "مسقط", ("muscat", "place")),
        # مثل "such as", a comma after it or not: the word before it says it (2015-07-31-550)
        ("خلال الربع الأول لعام 2015 في بورصات مثل، السعودية ومصر ومسقط وقطر والبحرين، فيما سجلت", "مسقط",
         ("muscat", "place")),
        # counter-examples: a government's statements and instructions, plural nouns of that shape too, stay its own
        # (SaudiNewsNet)
        ("وبخصوص تصريحات واشنطن حول تقديمها تغطية جوية لفصائل معارضة", "واشنطن", ("usa", "metonym")),
        ("وتخاصم الضاحية الجنوبية، التي كانت دائما تتبع تعليمات طهران بحذافيرها.", "طهران", ("iran", "metonym")),
    ],
)  # fmt: skip
def test_the_third_metonymy_samples_classes(gazetteer, text, alias, expected):
    assert expected in readings(text, gazetteer, alias)


def test_atletico_spelt_with_ya_is_the_clubs_name(gazetteer):
    # the third metonymy sample (2015-07-24-557): Atlético spelt أتليتيكو, Madrid no mention
    text = "بفارق المواجهات المباشرة مع أتليتيكو مدريد الذي تساوى معه بعدد النقاط في الصدارة"
    assert not {"madrid", "spain"} & {m.entity_id for m in find_mentions(text, gazetteer)}


# --- the thirty-seventh round ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # a list of seats with a name that is only a region's (عسير، القصيم) and no plural noun names the
        # regions (the thirty-seventh uniform sample, 2015-07-31-1181; the thirty-sixth, 2015-07-21-1126;
        # SaudiNewsNet 2015-08-01-747, 2015-08-04-551)
        ("وأوضح مدير المهرجان أن المهرجان يشهد مشاركة 27 نحالا من مكة والباحة وعسير وجازان والقصيم",
         ["makkah_region", "al_bahah_region", "asir_region", "jazan_region", "qassim_region"]),
        ("بسبب الأتربة المثارة على الشرقية و الرياض والمدينة المنورة ومكة المكرمة وجازان وعسير والباحة ونجران .",
         ["riyadh_region", "madinah_region", "makkah_region", "jazan_region", "asir_region", "al_bahah_region",
          "najran_region"]),
        ("استهدافها للشريط الحدودي بجازان وعسير بعدد من القذائف", ["jazan_region", "asir_region"]),
        ('اجتماع وزير التعليم بمديري التعليم بالمناطق الحدودية "نجران، جازان، عسير" اليوم',
         ["najran_region", "jazan_region", "asir_region"]),
        # against: a list with a town that is no seat stays towns (SaudiNewsNet 2015-08-11-756: جدة, read
        # there as Oujda, its و the name's own letter), and so does one after a road's noun (2015-08-02-560)
        ("لسلب المقيمين في الرياض والقصيم والمدينة المنورة وجدة، من خلال سيناريو موحد",
         ["riyadh", "qassim_region", "madinah"]),
        ("لتنفيذ ثلاث مدن صناعية نسائية جديدة في كل من ينبع والقصيم وحائل", ["yanbu", "qassim_region", "haiil"]),
        ("أصبح طريق الرياض القصيم السريع مكتظاً بالحركة المرورية", ["riyadh", "qassim_region"]),
        # a seat alone, or two seats with no region's own name, stay the cities
        ("تم استلام المشروع في الباحة ونجران", ["al_bahah", "najran"]),
    ],
)  # fmt: skip
def test_a_list_of_seats_with_a_regions_own_name_names_the_regions(gazetteer, text, expected):
    found = [m.entity_id for m in find_mentions(text, gazetteer)]
    assert found[: len(expected)] == expected


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # a declaration named after the capital where it was made is the city's, as an agreement is (the
        # thirty-second round's left-over; SaudiNewsNet 2015-08-01-494 and 2015-08-03-1, the Cairo Declaration of
        # 30 July 2015; 2015-07-24-376, the Yemeni conference's Riyadh Declaration)
        ("وأشاد «الجيل»، فى بيانه، بإعلان القاهرة الصادر بشأن مباحثات الرئيس عبد الفتاح السيسي", "القاهرة",
         ("cairo", "place")),
        ("وشدد المجلس على أهمية إعلان القاهرة لما يحمله من مضامين عليا ومهمة", "القاهرة", ("cairo", "place")),
        ("4 – الالتزام بإعلان الرياض والقرار الدولي (2216) واعتبارهما المرجعية", "الرياض", ("riyadh", "place")),
        # against: إعلان "announcement" with its object after the capital, or another capital, is the government
        # (SaudiNewsNet 2015-07-31-1297, 2015-07-27-85)
        ("على الرغم من مرور ما يزيد على شهر من إعلان واشنطن مقتله في غارة جوية", "واشنطن", ("usa", "metonym")),
        ("تأتي بعد بضعة أشهر على إعلان موسكو عن عقيدة عسكرية جديدة", "موسكو", ("russia", "metonym")),
        ("وأعلن رفضه لإعلان القاهرة عن إغلاق سفارتها", "القاهرة", ("egypt", "metonym")),
    ],
)  # fmt: skip
def test_a_declaration_named_after_a_capital_is_the_citys(gazetteer, text, alias, expected):
    assert readings(text, gazetteer, alias) == [expected]


# --- the thirty-eighth round -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, alias",
    [
        # a GeoNames town right after ولاية is no mention unless its country is named in the text: the state is
        # named like a town of another country (SaudiNewsNet 2015-08-08-755: Florida read as Florida, Uruguay;
        # the Yobe story: Ube, Japan)
        ("ودافع عن حصيلة أدائه كحاكم سابق لولاية فلوريدا.", "فلوريدا"),
        ("في مدينة داماتورو عاصمة ولاية يوبي صباح أمس", "يوبي"),
    ],
)
def test_a_town_after_the_noun_state_is_none_unless_its_country_is_named(gazetteer, text, alias):
    assert readings(text, gazetteer, alias) == []


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # against: with its country named nearby the province named after its seat stays the seat (SaudiNewsNet
        # 2015-07-21-1644, 2015-07-25-1517), and the town without ولاية is the town
        ("قتل 14 جنديا جزائريا في كمين نصبه في ولاية عين الدفلى جنوب غرب العاصمة الجزائر", "عين الدفلى",
         ("ain_defla", "alias")),
        ("في صاعقة ضربت منطقة جبلية في ولاية غواناخواتو بوسط المكسيك الجمعة", "غواناخواتو", ("guanajuato", "name")),
        ("وصل الوفد إلى نيويورك أمس للمشاركة في اجتماعات الجمعية العامة", "نيويورك", ("new_york_city", "name")),
    ],
)  # fmt: skip
def test_a_town_after_the_noun_state_with_its_country_named_stays(gazetteer, text, alias, expected):
    assert readings(text, gazetteer, alias) == [expected]


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # the second metonymy round (files 4 and 5): a city's own name with مدينة is the city after a verb
        # (2015-08-11-1142, the fourth sample)
        ("إن الطول الإجمالي للمسار يبلغ 2117 كم، ويربط مدينة الكويت مرورا بكافة دول المجلس وصولا إلى مسقط",
         "مدينة الكويت", ("kuwait_city", "place")),
        # a road, a railway or a bridge that links a capital links the city (2015-07-26-194, the fourth sample;
        # 2015-08-09-1087, 2015-07-24-1457)
        ("جزءا من الطريق الساحلية التي تربط بيروت بجنوب لبنان، ومنعوا دخول شاحنات", "بيروت", ("beirut", "place")),
        ("قررت ايران وقف رحلات القطار الى تركيا بعد هجومين على قطارين يربطان طهران بأنقرة.", "طهران",
         ("tehran", "place")),
        ("وكان الطيران قصف في وقت سابق خطوطا وجسورا تربط بين صنعاء ومأرب", "صنعاء", ("sanaa", "place")),
        # what a city saw or hosted, the verb with its object pronoun (2015-07-23-88, the fifth sample; 2015-08-02-1033)
        ("إن «التظاهرة التي شهدتها نواكشوط أسست لخلق احتكاك وتبادل للمعارف بين شباب قارتنا", "نواكشوط",
         ("nouakchott", "place")),
        ("لمواكبة النمو السكاني والفعاليات الكبرى التي تستضيفها الدوحة\". أما في السعودية", "الدوحة", ("doha", "place")),
        # a city's clock: ب and a noun of the shape تفعيل is no verb (2015-07-25-810, the fifth sample)
        ("وتحدد موعد انطلاق المباراة في التاسعة مساء بتوقيت السعودية السابعة مساء بتوقيت لندن وسيقودها طاقم حكام",
         "لندن", ("london", "place")),
        # present verbs of three letters (2015-07-24-780, the fifth sample; 2015-07-22-25)
        ("وتصف باريس الخطوة الدبلوماسية التي ستقدم عليها بأنها بالطبع «رهان على المستقبل»", "باريس",
         ("france", "metonym")),
        ("بينما ترد القاهرة دائما باستهجان تصريحاته الحادة", "القاهرة", ("egypt", "metonym")),
        # what it can do, its authorities (2015-07-21-871, 2015-08-02-702, the fifth sample)
        ("وأصبح بإمكان أثينا الآن الحصول مجددا على تمويل وقروض من صندوق النقد", "أثينا", ("greece", "metonym")),
        ("للمتمردين الاكراد في سورية الذين تعتبرهم سلطات انقرة حلفاء لحزب العمال الكردستاني.", "أنقرة",
         ("turkey", "metonym")),
        # the verbal noun of its deed (2015-08-09-158, the fourth sample; 2015-07-24-738)
        ("علهم يسبقون انتهاء بودابست من بناء سياج يمنعهم من دخول الاتحاد الأوروبي", "بودابست", ("hungary", "metonym")),
        ("كشف فيه مصدر أمني عراقي مسؤول عن قيام واشنطن برفع الفيتو عن مشاركة فصيلين", "واشنطن", ("usa", "metonym")),
        # bound or keen after a verb of being (2015-08-10-1047, the fourth sample; 2015-08-08-929)
        ("في لحظة تاريخية في يومٍ ما، كانت تل أبيب مضطرةً لسحب قواتها من أراضٍ لبنانية محتلة", "تل أبيب",
         ("israel", "metonym")),
        ("حيث كانت موسكو حريصة على عدم الظهور بمظهر الضامن لنظام الأسد", "موسكو", ("russia", "metonym")),
        # counter-examples: ties that bind two capitals are the governments' (2015-07-23-1232), the steps it took
        # its government's (2015-07-21-2174), a city's health directorate keen on meetings the city's
        # (2015-07-22-257), a city able to protect itself, no verb of being before it (2015-07-24-1702)
        ("حسابات المصالح والعلاقات الإستراتيجية التي تربط واشنطن بحلفائها الخليجيين.", "واشنطن",
         ("usa", "metonym")),
        ("إن الخطوات التي لا تحصى التي اتخذتها بكين على مدى الأسبوعين الماضيين لدعم الأسهم", "بكين",
         ("china", "metonym")),
        ("وأكد سعد القحطاني مدير إدراة العلاقات والإعلام الصحي أن صحة الرياض حريصة على تنظيم اللقاءات", "الرياض",
         ("riyadh", "place")),
        ("إذ إنه أهم من رئيس الوزراء، لذلك فلندن قادرة على حماية مدينتها بقوانين", "لندن", ("london", "place")),
    ],
)  # fmt: skip
def test_the_second_metonymy_rounds_classes(gazetteer, text, alias, expected):
    assert expected in readings(text, gazetteer, alias)


# --- the thirty-ninth round ---------------------------------------------------------------------------


def read_surface(text, gazetteer, surface):
    return [(m.entity_id, m.alias_kind) for m in find_mentions(text, gazetteer) if m.surface == surface]


@pytest.mark.parametrize(
    "text, surface",
    [
        # the United States' nisba before "northern" or "southern" is North or South America's (the thirty-ninth
        # uniform sample, SaudiNewsNet 2015-08-01-141; 2015-07-31-437; 2015-08-01-1073)
        ("بعدما توج بطلا لكأس الأبطال الدولية الودية بشقها الأميركي الشمالي بعد فوزه على مانشستر يونايتد", "الأميركي"),
        ("وكان سان جيرمان بدأ جولته الأميركية الشمالية بالفوز على بنفيكا البرتغالي", "الأميركية"),
        ("ويعتزم الاتحاد الأميركي الجنوبي إنشاء لجنة للمراقبة المالية", "الأميركي"),
        ("خلال كأس الامم الاميركية الجنوبية (كوبا اميركا) التي اقيمت مؤخرا في تشيلي", "الاميركية"),
        # Ireland before "northern" is Northern Ireland (2015-07-26-188, 2015-08-11-169)
        ("مرشحة بقوة لانتزاع المركز الأول على حساب تشيكيا وآيرلندا الشمالية والنرويج", "آيرلندا"),
        ("لكن المدرب القادم من آيرلندا الشمالية احتفظ بمنصبه", "آيرلندا"),
        # the verb تدمّر "destroys" with its shadda is no Palmyra (2015-08-01-684, 2015-07-25-1056)
        ("فاستطاعت أن تخلع عنها نير العبودية، وتدمّر مدينة نينوى في العام 612 قبل الميلاد", "تدمّر"),
        ("تؤكّد أنّ الأمومة تدمّر حياة المرأة وتسهم في اضطهادها", "تدمّر"),
    ],
)  # fmt: skip
def test_a_continents_nisba_northern_ireland_and_a_verb_with_its_shadda_are_none(gazetteer, text, surface):
    assert read_surface(text, gazetteer, surface) == []


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        # against: the nisba alone is the United States (the thirty-ninth sample's 2015-08-07-775), Ireland
        # alone the Republic, تدمُر with its damma the city (2015-08-04-825)
        ("قال وزير الخارجية الأميركي جون كيري أمس الخميس إنه توصل لاتفاق مع نظيره الروسي", "الأميركي",
         ("usa", "adjective")),
        ("وتضم المجموعة منتخبات إيرلندا وصربيا واليونان", "إيرلندا", ("ireland", "name")),
        ("وفقدانها السيطرة على مدينة تدمُر جنوب البلاد على طول الحدود مع الأردن", "تدمُر", ("tadmur", "name")),
    ],
)  # fmt: skip
def test_the_nisba_ireland_and_palmyra_otherwise_stay(gazetteer, text, surface, expected):
    assert read_surface(text, gazetteer, surface) == [expected]


AIRLINE = (
    "تسلمت الخطوط الجوية العربية السعودية أول من أمس طائرة جديدة من طراز بوينج، كما أن مقاعد درجة الضيافة "
    'التي تبلغ 383 مقعدا، هي ذاتها التي حازت بموجبها "السعودية" على جائزة أفضل مقعد لدرجة الضيافة. '
    "وتعد الطائرة الأحدث في السعودية."
)


def test_the_home_name_quoted_alone_is_the_airline_the_text_names():
    # the thirty-ninth uniform sample (SaudiNewsNet 2015-08-08-880): "السعودية" quoted alone in an article on the
    # airline is the airline Saudia; unquoted, the state
    gazetteer = load_gazetteer()
    found = [(m.surface, m.entity_id) for m in find_mentions(AIRLINE, gazetteer) if m.surface == "السعودية"]
    assert found == [("السعودية", "saudia"), ("السعودية", "saudi_arabia")]


@pytest.mark.parametrize(
    "text",
    [
        # against: quoted, but no airline named in the text (2015-08-09-5), and the airline named but the state
        # not quoted alone (2015-07-27-279 names no airline: the national strategy)
        "من علاماتهم: يقولون “جزيرة العرب” أو “بلاد الحرمين” بدل “المملكة” أو “السعودية”.",
        'دعت خطط التنمية والاستراتيجية الوطنية "السعودية" للصناعة إلى رفع مساهمة الصناعة',
    ],
)
def test_the_home_name_quoted_without_the_airline_named_stays_the_state(gazetteer, text):
    assert read_surface(text, gazetteer, "السعودية") == [("saudi_arabia", "name")]


# --- the forty-first round: "volcano" is no Berkane ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the forty-first uniform sample (SaudiNewsNet 2015-08-02-82): بركان "volcano" was read as Berkane (Morocco),
        # its one Arabic name in GeoNames; none of SaudiNewsNet's 55 is the town
        "وأكدت بيانات للفصائل الفلسطينية أن حرق الطفل الفلسطيني دوابشة سيجعل المنطقة برمتها على فوهة بركان, "
        "مطالبين بتقديم المسؤولين عن هذه الجريمة إلى محكمة العدل الدولية.",
        # 2015-07-21-397, 2015-07-25-118
        "وتعد ثورة بركان جبل بيناتوبو في الفلبين عام 1991 مثالا حديثا على هذا الأمر، وقد أدت لتراجع درجات الحرارة "
        "بمقدار نحو درجة واحدة.",
        "خاضها مقاتلون أكراد، وحلفاؤهم من «الجيش السوري الحر» في «غرفة عمليات بركان الفرات»، مدعومين بضربات جوية.",
    ],
)
def test_volcano_is_no_berkane(gazetteer, text):
    assert "berkane" not in {m.entity_id for m in find_mentions(text, gazetteer)}


# --- the third metonymy round (files 1-7 pooled) -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # flights, a train, an air bridge, a road with a word or two between them and بين: the places
        # (2015-08-07-209, the seventh metonymy file; 2015-07-21-484, the second; 2015-07-21-240)
        ("وقال سليمان الحمدان رئيس الهيئة إن شركة النيل للطيران ستبدأ بتسيير رحلاتها من مطار الجوف اعتبارا من اليوم "
         "برحلتين أسبوعيا بين الجوف والقاهرة فيما ستبدأ العربية بتسيير رحلاتها", "القاهرة", ("cairo", "place")),
        ("على الحدود الجنوبية السعودية، وإعلان إيران عن إطلاق جسر جوي مكثف بين طهران وصنعاء، كان نداء الرئيس",
         "طهران", ("tehran", "place")),
        ("الطائرة أسقطت في أوكرانيا خلال رحلة عادية بين أمستردام وكوالالمبور وقتل طاقمها وجميع ركابها", "أمستردام",
         ("amsterdam", "place")),
        # against: a road map four words before بين is the governments' (2015-08-06-3000)
        ("إن البيان السعودي الأردني المشترك حدد خارطة طريق للعلاقات وتوحيد الرؤى بين الرياض وعمّان وسط تحولات دولية",
         "الرياض", ("saudi_arabia", "metonym")),
        # a part of a city and its direction before ل + the capital: that part of the city (2015-07-22-36, the
        # seventh file; 2015-08-07-83; 2015-07-21-74)
        ("انتهت بوضع الحكومة خطة مؤقتة تقضي باعتماد مطمر في منطقة الناعمة (المدخل الجنوبي لبيروت) وكان هذا المطمر",
         "بيروت", ("beirut", "place")),
        ("وقد يحقق بعض التقدم في الريفين الشرقي والغربي لدمشق.", "دمشق", ("damascus", "place")),
        ("طوّق «جيش الإسلام» و«جبهة النصرة» في الغوطة الشرقية لدمشق، أمس، الإشكالات بينهما", "دمشق",
         ("damascus", "place")),
        # against: ل after an ally or after "the West" (no part of a city) is the government's (2015-08-01-1066,
        # 2015-07-31-1323)
        ("وتلتقي مجموعة آسيان هذه السنة في كوالالمبور وهي الحليف الاستراتيجي لواشنطن في مواجهة النفوذ الصيني",
         "واشنطن", ("usa", "metonym")),
        ("لكن ذاك لا يعني أن كفة التنازلات الإيرانية ستكون أرجح من التنازلات التي قدمها الغرب لطهران", "طهران",
         ("iran", "metonym")),
        # a slash before a capital: a dateline's second place (2015-07-24-466, the seventh file; 2015-07-31-216)
        ("عين اليوم – نيويورك/لندن نزلت أسعار الذهب واحدا في المئة", "لندن", ("london", "place")),
        ("عين اليوم – عدن/صنعاء قالت مصادر في القوى الجنوبية إن مقاتلي جنوب اليمن", "صنعاء", ("sanaa", "place")),
        # Accra and Lima still count with their place noun (2015-07-21-1949; 2015-08-04-179: a nisba between)
        ("قالت دائرة الإطفاء في غانا إن انفجارا وقع في محطة للوقود بالعاصمة أكرا ليلة أمس الأربعاء", "أكرا",
         ("accra", "place")),
        ("قبل موعد الاختيار النهائي في 2017 بالعاصمة البيروفية ليما، بيد أن اللجنة قررت تغيير خططها", "ليما",
         ("lima", "place")),
        # روما after في in a sentence about football, and outside football: the city (2015-07-24-556, 2015-07-26-136,
        # 2015-07-21-438: "season" is a fashion season too, no word of football)
        ("حيث اكتفى فريق العاصمة بالتعادل 2-2 وبشق الأنفس مع ضيفه ساسولو في المباراة التي جمعتهما اليوم على ملعب "
         "(الأولمبيكو) في روما", "روما", ("rome", "place")),
        ("أغلقت مدينة بومبي الأثرية أمام الجمهور صباح يوم الجمعة كما أغلق كولوسيوم روما مؤقتا يوم الخميس", "روما",
         ("rome", "place")),
        ("واللافت أنهم في هذا الموسم زادوا من جرعة الإغراء والضغط، لعلمهم المسبق أن كثيرا من المشترين والزبونات "
         "والإعلاميين سيغادرون باريس بسرعة باتجاه روما، لحضور عرض أزياء دار «فالنتينو»", "روما", ("rome", "place")),
        # the Rabat of Morocco stays (2015-08-03-180)
        ("بالإضافة إلى مكتبين في العاصمة المغربية الرباط والموريتانية نواكشوط، مع طاقم أفريقي شاب", "الرباط",
         ("rabat", "place")),
    ],
)  # fmt: skip
def test_the_third_metonymy_rounds_classes(gazetteer, text, alias, expected):
    assert expected in read_surface(text, gazetteer, alias)


@pytest.mark.parametrize(
    "text, alias",
    [
        # a capital's name that is a firm's, a person's or a word: no mention without a place noun or its state
        # named (2015-08-02-298, 2015-08-11-292 (the first metonymy files' Stanley Fischer), 2015-08-06-295,
        # 2015-08-09-1021 (acres, the seventh file), 2015-08-07-778 (the player, the seventh file))
        ("في حين أن مؤشر مورجان ستانلي المركب للأسواق الناشئة انخفض بنسبة تزيد على 8 في المائة", "ستانلي"),
        ("وقال ستانلي فيشر نائب رئيس المجلس لتلفزيون بلومبرج، إن اتجاه انكماش الأسعار على مستوى العالم يقلق المجلس",
         "ستانلي"),
        ("يجد فان غال نفسه أمام معضلة وذلك لأن حارسه يرغب بشدة الانتقال إلى «سانتياغو برنابيو».", "سانتياغو"),
        ("عليه 2.5 مليون زائر سنويا للتجول في اراضيه البالغة مساحتها 2.2 مليون أكرا ( 8900 كيلومتر مربع).", "أكرا"),
        ("والمهاجم التونسي زهير الذوادي ولاعب الوسط الأوروغوياني ليما، وأقام لهم مأدبة عشاء", "ليما"),
        # against the nisba's trigger for a name that is no capital's city: عمان is Oman's name (2015-07-22-246)
        ("أدان المجلس الوطني الفلسطيني الذي يتخذ من العاصمة الأردنية عمان مقرا مؤقتا له، بشدة، مصادقة كنيست", "عمان"),
        # الرباط the ligament and ribat (2015-07-27-161, the fifth file; 2015-08-09-199)
        ("بعدما تعرض مدافعه الإسباني تشيكو فلوريس لإصابة بقطع في الرباط الداخلي للركبة قبل عدة أيام", "الرباط"),
        ("مشيراً إلى ثواب الجهاد وفضل الرباط والاستشهاد في سبيل الدفاع عن بلاد التوحيد", "الرباط"),
        # AS Roma in a sentence about football (2015-08-10-136, the third file; 2015-07-22-480, the fifth)
        ("وأحرز أهداف روما كل من محمد صلاح، وفرانشيسكو توتي، وجيرفينيو، فيما سجل الجزائري سفيان فيغولي هدف فالنسيا",
         "روما"),
        ("وكانت «المدينة» تميَّزت بنبأ تعاقد الاتحاد مع بولوني في عدد الأحد الماضي، بعد تجاوبه بشكل أسرع مع العرض "
         "الاتحادي مقارنة بالإيطالي لوشيانو سباليتي المدير الفني السابق لروما الذي طلب مهلة للتفكير", "روما"),
    ],
)  # fmt: skip
def test_a_capitals_name_that_is_a_firm_a_person_a_word_or_a_club(gazetteer, text, alias):
    assert read_surface(text, gazetteer, alias) == []


def test_the_club_in_the_sentence_after_its_players(gazetteer):
    # 2015-07-25-351 (the seventh file): the players named in the sentence before; إلى روما the city
    text = (
        "واللاعبون الخمسة هم سيدو دومبيا وجرفينيو وفيكتور إيبارو وآدم ليايتش وأنطونيو سانابريا وبدلا من السماح "
        "بدخولهم للاشتراك في منافسات البرنامج تقرر عودتهم إلى روما.\n\nولم يحدد روما سبب عدم السماح لهذا الخماسي "
        "بدخول اندونيسيا."
    )
    assert read_surface(text, gazetteer, "روما") == [("rome", "place")]


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # a capital in a sentence about the Olympic Games is the host or bidding city (2015-07-31-1807, the seventh
        # metonymy file; 2015-08-02-224, the eighth; 2015-08-06-1554, the third)
        ("كما يأتي اختيار بكين رغم دعوات من جماعات حقوق انسان لعدم منح الصين حق تنظيم الالعاب ثانية بعد 2008 بعدما "
         "قال منتقدون إن سجلها لم يتحسن في هذا المجال ، لكن بكين كانت الوحيدة التي قدمت عرضا قويا", "بكين",
         [("beijing", "place"), ("beijing", "place")]),
        ("وردا على سؤال لرويترز بهذا الخصوص قال جيوفاني مالاجو رئيس اللجنة الأولمبية الايطالية إن روما لن تنظم "
         "استفتاء لاستطلاع أراء الجمهور في طلبها لاستضافة الألعاب الصيفية لعام 2024", "روما", [("rome", "place")]),
        # against: the World Cup and talks hosted by a government (2015-07-22-807, 2015-08-11-1119)
        ("ونفت روسيا وقطر أي اتهامات بالفساد فيما يتعلق بملفي الاستضافة، واعتبرت موسكو أن هناك حملة غربية لسحب "
         "استضافة كأس العالم منها", "موسكو", [("russia", "metonym")]),
        ("وتتطلع موسكو لاستضافة جولة أخرى من المحادثات بين دمشق وجماعات المعارضة السورية المختلفة", "موسكو",
         [("russia", "metonym")]),
    ],
)  # fmt: skip
def test_a_capital_bidding_for_the_olympic_games_is_the_city(gazetteer, text, alias, expected):
    assert read_surface(text, gazetteer, alias) == expected


# --- the forty-second round: a verb after لم، لن، قد، سوف; foreign given names before a US town ----------------


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # a name right after a particle only a verb follows is that verb (SaudiNewsNet's 7, all verbs)
        # 2015-07-21-124: "did not exceed", not Yazd
        ("مما قدرته مصادر بأكثر من 10 مفتشين مطلوبين بإيران يوميا، فيما لم يزد العدد سابقا عن 4 إلى 10 مفتشين في "
         "اليوم وفي مواقع مختلفة بالطبع.", "yazd", False),
        # 2015-08-06-220: "does not spring", not Yanbu
        ("فإن لم ينبع قرار تناول هذه الأدوية من الشخص نفسه، فلا ينبغي أن نقنعه بذلك", "yanbu", False),
        # 2015-07-22-763: "information ran", not Sirte
        ("وقد سرت معلومات عن احتمال زيادة المساعدات الى اسرائيل بسبب الاتفاق مع ايران.", "sirte", False),
        # 2015-07-24-838, 2015-08-09-571: "may destroy", "will destroy", not Palmyra
        ("وسيؤدي إلى فجوة اقتصادية في البلد، وهي أحد المخاطر التي قد تدمر الاقتصاد اليمني برمته.", "tadmur", False),
        ("بتخزين القمح والدواء والذهب والسلاح فقط؛ لأنه سوف تدمر البنية التحتية للدول وتقطع جميع الاتصالات", "tadmur",
         False),
        # against: فقد is also the verb "lost" before its subject (2015-07-31-271)
        ("وبعد ذلك بقليل فقد الحوثيون السيطرة على المدينة لصالح المقاومة التابعة للرئيس الشرعي عبد ربه منصور هادي.",
         "houthis", True),
        # against: ألم is no particle here (the noun "pain", and a name: 2015-08-06-2744)
        ("وأوضح بيان للوزارة أن كلا من أرقاوي ولدو هيلان مريم وحديش زل ألم -إثيوبيّا الجنسية- أقدما على قتل برهاني "
         "هفتو قبرو", "ethiopia", True),
        # against: the city after a place noun (2015-07-21-280)
        ("فيما سيطر تنظيم «داعش» على مدينة تدمر في الريف الشرقي لمحافظة حمص في شرق البلاد.", "tadmur", True),
    ],
)  # fmt: skip
def test_a_name_after_a_verb_particle_is_a_verb(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # the forty-second uniform sample (2015-07-27-207): Rick Perry, not Perry (Georgia)
        ("ولم تدفع الانتقادات التي وجهت اليه من مرشحين اخرين مثل الحاكم السابق لولاية تكساس ريك بيري او "
         "السناتور ليندسي غراهام الى التخفيف من لهجته", "perry", False),
        # the same class in SaudiNewsNet: Wendy Sherman (2015-07-22-34), Bryce Dallas Howard (2015-07-21-655),
        # Whitney Houston (2015-08-06-1705), Valerie Henderson (2015-07-31-1554)
        ("والثالثة هي ويندي شيرمان، رئيسة وفد المفاوضات مع إيران.", "sherman", False),
        ("واحتل فيلم (Jurassic World) المركز الخامس والذي شارك فيه كل من كريس برات وبرايس دالاس هوارد وفينسنت "
         "دونوفريو محققا إيرادات بلغت 11.40 مليون دولار.", "dallas", False),
        ("أجريت مراسم دفن بوبي كريستنيا براون إلى جوار أمها ويتني هيوستن أمس الأول ليسدل الستار على الحياة القصيرة",
         "houston", False),
        ("وقالت الليفتنانت كولونيل فاليري هندرسون إن شبكة البريد الإلكتروني غير السرية لجميع المستخدمين بهيئة "
         "الأركان المشتركة أوقفت عن العمل", "henderson", False),
        # against: the towns themselves (2015-07-21-405, 2015-07-24-419)
        ("ويقول ناثان كورتيز الخبيرة في قانون التكنولوجيا الطبية والتنظيم بكلية الحقوق، جامعة «ساوثرن ميثوديست» "
         "بمدينة دالاس: «لا يمكن لتلك التطبيقات أن تكون فعالة في المجال الطبي».", "dallas", True),
        ("وانقطع التيار الكهربائي عن أكثر من 80 ألف شخص في هيوستن، كما أدت الفيضانات إلى إغلاق بعض الطرق.",
         "houston", True),
    ],
)  # fmt: skip
def test_a_us_town_after_a_foreign_given_name_is_a_family_name(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # a place's name without its article that is a word or a given name (as the twentieth round's زرقاء، طائف):
        # رياض "gardens" (رياض الأطفال, kindergartens: 2015-08-03-588) and the given name Riyad (2015-07-25-192,
        # 2015-08-02-1094), 19 of SaudiNewsNet's 26 bare رياض read as Riyadh
        ("ترى أهمية استفادة مدارس التعليم الحكومي من البرامج المطبقة في رياض الأطفال في التعليم الأهلي", "riyadh",
         False),
        ("بعد أن سبقه أحمد الناظري بشراء بقية عقده، وكذلك رياض البراهيم الذي وقع بنظام الإعارة لموسم كامل.",
         "riyadh", False),
        ("وقعت إدارة نادي الثقبة برئاسة خالد الصياح عقدًا احترافيًا مع المدرب التونسي رياض الصادق (39 عامًا)",
         "riyadh", False),
        # بصره "his sight", written with the pronoun ه, is no Basra (2015-07-26-1307, 2015-08-10-1419)
        ("فأبسط ما يقال للمتحرش الذي يدعي أنه تعرض للإغراء فلم يستطع التحكم في غرائزه: لِم لم يغض بصره؟", "basrah",
         False),
        ("في بغداد عام 1962م فوقع بصره وهو يشدو بقصيدته على فتاة عراقية في العشرينات", "basrah", False),
        # the same for بريده "his mail" (2015-07-23-206) and سكره "his (blood) sugar" (2015-07-21-1373)
        ("أحيانا، يتحقق جيري من بريده الإلكتروني على هاتفه النقال من نوع \"بلاك بيري\"؛ وإلا، فإنه يفضل أن يتحرر من "
         "أي توتر عندما يتنقل بالقطار.", "buraydah", False),
        ("يجعل التحكم بمستوى السكر في الدم صعبا جدا وأيضا ينعكس ذلك سلبا على مستوى سكره بعد تناوله لذلك الطعام",
         "sukrah", False),
        # against: Buraydah written with ة (the forty-first uniform sample, 2015-08-07-436)
        ("الشاب الوليد الكعيد لعدد من متدربي وحدات المؤسسة بمدينة بريدة وذلك ضمن برنامج مهارتي مستقبلي", "buraydah",
         True),
        # against: the cities with their article, and Basra bare written with ة (2015-07-21-453)
        ("وأوضحت أنه بحكم عملها السابق مديرة للتعليم الأهلي بتعليم الرياض، فلديها بعض التجارب", "riyadh", True),
        ("وكانت البصرة حينذاك مركزا رئيسيا لتجارة اللؤلؤ حتى إن اللؤلؤ في الهند كان ينسب إليها فيقال باللغة "
         "الهندية «موتي بصرة» أي لؤلؤ بصري.", "basrah", True),
    ],
)  # fmt: skip
def test_riyadh_bare_and_words_with_the_pronoun_are_no_places(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, counted",
    [
        # جده written with ه is "his grandfather" (or جِدّه "his diligence") unless the place is said: 28 of the 43
        # bare جده SaudiNewsNet read as Jeddah before the sixty-fourth round (its uniform sample: 2015-08-01-57)
        ("وردا على سؤال لوكالة فرانس برس اكد قيادي في طالبان في شمال غرب باكستان انه تحدث الى حفيد جلال الدين حقاني "
         "وانه اكد له ان جده ما زال على قيد الحياة.", False),
        ("تناول الرئيس الأمريكي باراك أوباما طعام العشاء مع زوجة جده واخته وغيرهما من أفراد عائلته", False),  # 2015-07-25-1138
        ("الذي ينتمي لنسل العائلة الشعرية الكبيرة امتداداً من جده الأمير عبدالله الفيصل ووالده", False),  # 2015-08-06-4
        ("الافلام والمسلسلات الوثائقية التي بنيت على رواية أليكس وقصة جده - كونتا عمر كونتي- لكن بقاء", False),  # 2015-07-25-959
        ("ومن حقوقهم الكريمة من تعليم وصحة وبرامج ابتعاث ووظائف مناسبة كلٌ حسب جده واجتهاده دون تفريق", False),  # 2015-08-10-957
        ("وفرح بقدوم مولود اعتبره خليفة لجده:", False),  # 2015-08-06-1777
        # against: the city so written, with its evidence: a place noun or في before it, ب glued to it, another place
        # listed with it or joined by a dash, a dateline (2015-07-21-1929, 2015-07-21-2514, 2015-08-03-749,
        # 2015-08-11-461, 2015-07-24-1053, 2015-08-08-858)
        ("أحيت فعاليات عيدنا كدا في نسخته الثانية التي تشهدها مدينة جده بالمنطقة التاريخية ألعابا شعبية", True),
        ("ة جميع التكاليف لنقل الحالة من مطار الملك عبدالعزيز الدولي بجده إلى مطار بي نظير بوتو الدولي", True),
        ("طريق مكة المكرمة - جده السريع بطول (70) كلم.", True),
        ("وجود مراكز تخزين و مكاتب مبيعات للبداد العالمية في الرياض و جده، تشتمل على الخدمات اللوجيستية", True),
        ("من أجل الهروب من (حر جو الرياض ورطوبة جده والدمام) وتقضية الإجازة هناك", True),
        ("جده - عبدالرحمن العمري\nينتظر أن تجتمع إدارة نادي الاتحاد خلال الأيام المقبلة", True),
        # against: written with ة, Jeddah whatever is before it
        ("تناول طعام العشاء مع زوجة جدة", True),
    ],
)  # fmt: skip
def test_jeddah_written_with_the_pronoun_needs_the_place_said(gazetteer, text, counted):
    assert ("jeddah" in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


def test_basra_written_with_ta_marbuta_alone_is_still_basra(gazetteer):
    # the bare spelling with ة is kept: only the written ه (the pronoun) is another word
    text = "وكانت البصرة حينذاك مركزا رئيسيا لتجارة اللؤلؤ حتى إن اللؤلؤ في الهند كان ينسب إليها فيقال «موتي بصرة»"
    surfaces = [m.surface for m in find_mentions(text, gazetteer) if m.entity_id == "basrah"]
    assert "بصرة" in surfaces


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # a place's name right after a woman's title is hers (SaudiNewsNet 2015-08-09-183, 2015-07-23-634,
        # 2015-07-21-481): Mrs Greenwood, the actress Aghadir al-Saeed, the producer Assia
        ("وتقول السيدة غرينوود من شركة نايت فرانك بأن المشترين لديها معظمهم من غير الإيطاليين، مع نسبة تبلغ نحو 60 "
         "في المائة من بريطانيا ونسبة كبيرة من الأميركيين.", "greenwood", False),
        ("الشخصية الرئيسية في المسرحية هي الشيخة مزنة والتي جسدتها الفنانة أغادير والتي تقوم بحل جميع مشاكلها",
         "agadir", False),
        ("وقلت لأبي: أريد أن أسلم على هذه السيدة التي أراها أمامي على الشاشة، فوافق أبي، وتحركت نحو السيدة آسيا، "
         "ولكنني وجمت بل خفت من الزحام الشديد الذي أحاط بها فتراجعت.", "asia", False),
        # ميس "Miss" written out (2015-08-06-1941: Miss Piggy, not Baiji), a queen (2015-07-22-81: Queen Sofia of
        # Spain, not the capital of Bulgaria), an actress named after a capital (2015-07-21-1800: Paris Hilton)
        ("ثنائي جديد يتفكك في هوليوود بعد أن أعلنت ميس بيجي والضفدع كيرميت انفصالهما أمس الأول الثلاثاء", "bayji",
         False),
        ("وكان محصلة معرض أقيم بإسبانيا تحت رعاية ملك إسبانيا خوان كارلوس الأول والملكة صوفيا، بعنوان «ابن خلدون..",
         "sofia", False),
        ("وتظهر الوثيقة أن الممثلة “باريس هيلتون” لم تكن خيار الشركة الأول", "paris", False),
        # against: a nationality after the title stays the state (2015-07-27-888: the singer Assala), and the
        # city after its noun in the same story's kind (2015-07-22-1229)
        ("اضطرت الفنانة السورية أصالة نصري للاعتذار لجمهورها", "syria", True),
        ("وتتوجه بعده ديانا برفقة فرقتها الموسيقية إلى المملكة المغربية لإحياء حفل ختام مهرجان \"تيميتار\" في دورته "
         "ال \"12\" بمدينة أغادير", "agadir", True),
    ],
)  # fmt: skip
def test_a_place_after_a_womans_title_is_her_name(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text",
    [
        # the forty-second uniform sample (2015-08-11-551) and 2015-08-02-1176: رانية is a woman's given name, not
        # Ranya (Iraq), whose one Arabic name it was; none of SaudiNewsNet's 4 was the town
        "في بحث فريد من نوعه توصلت طالبة الدكتوراه د.رانية مروان مكي، المبتعثة في جامعة نوتينجهام «أقوى الجامعات "
        "البريطانية» إلى اكتشاف وراثي مميّز يوضح أسرار مشكلة العقم.",
        "أكدت المحللة المالية رانية العبدالعال أن قيمة التداول في سوق الأسهم السعودية لا تزال تواجه تدنيا في السيولة",
    ],
)
def test_rania_is_a_given_name(gazetteer, text):
    assert not {m.entity_id for m in find_mentions(text, gazetteer)} & {"ranyah", "ranyah_saudi_arabia"}


def test_the_saudi_ranyah_keeps_its_id(gazetteer):
    # against: Saudi Ranyah (رنية, Makkah region) stays, under the id it had before Iraq's Ranya left
    assert gazetteer.entities["ranyah_saudi_arabia"].name_ar == "رنية"
    assert "ranyah" not in gazetteer.entities


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # talks named after the capital where they are held are the city, as an agreement is (2015-08-11-100 and
        # 2015-07-31-389, the ninth metonymy file; 2015-07-25-183; 2015-07-31-358)
        ("وذلك في إشارة ضمنية إلى حوار مسقط بمشاركة وفد حوثي.", "مسقط", [("muscat", "place")]),
        ("لقاء تخفيف الحملة التي شنتها حكومة نتنياهو على الرئيس الأميركي باراك أوباما وإدارته، خلال مفاوضات فيينا "
         "حول النووي الإيراني، وتواصلت بقوة بعد توقيع الاتفاق", "فيينا", [("vienna", "place")]),
        ("مدعيًا التزام دمشق بتنفيذ مخرجات حوار موسكو.", "موسكو", [("moscow", "place")]),
        ("وخلاصة المصادر أن مباحثات طهران «لم تسمح بالإجابة على هذا التساؤل».", "طهران", [("tehran", "place")]),
        # against: capitals joined by و after the noun are its parties (2015-08-06-2166, the ninth file's headline,
        # an agreement's; no talks of two capitals in SaudiNewsNet); talks with a capital (2015-08-10-128, the ninth)
        ("اتفاق واشنطن وأنقرة", "واشنطن", [("usa", "metonym")]),
        ("التي تشجعها على خوض مفاوضات السلام في المرحلة الحالية مع كابل، رغم خطر تقسيمها", "كابل",
         [("afghanistan", "metonym")]),
        # a seat after في, داخل or ب glued is the building (2015-07-25-112, the ninth file; 2015-07-21-284, the
        # fifth; 2015-08-06-1317, the first; 2015-07-24-414)
        ("الأولى استقباله من قبل رئيس الجمهورية الباجي قائد السبسي في قصر قرطاج، لكن غاب عن كثيرين أن اللقاء وقع "
         "صباحا", "قصر قرطاج", [("tunis", "place")]),
        ("وبعد أن كان ساركوزي قد أنشأ في قصر الإليزيه خلية مسماة «war room»", "قصر الإليزيه", [("paris", "place")]),
        ("والتقى أوباما مع زعماء اليهود وأعضاء الكونجرس في البيت الأبيض في الأيام الأخيرة", "البيت الأبيض",
         [("washington", "place")]),
        ("حيث استقبل أوباما في القاعة الشرقية الفخمة بالبيت الأبيض وفدًا من الناشطين", "البيت الأبيض",
         [("washington", "place")]),
        # against: the seat's people or its mood, a word or two before the preposition, are the government
        # (2015-08-03-303, 2015-07-21-118, 2015-07-31-569, 2015-08-08-75); the seat acting (the ninth file)
        ("ونقلت واشنطن بوست عن مسؤول في البيت الأبيض لم تسمه القول", "البيت الأبيض", [("usa", "metonym")]),
        ("وقال أحد المستشارين في الكرملين الشهر الماضي إن روسيا وإيران تعدان عقدا", "الكرملين",
         [("russia", "metonym")]),
        ("في حين إن بقية الدائرة الداخلية في الكرملين كانت تنحني لكل كلمة من كلمات بوتين", "الكرملين",
         [("russia", "metonym")]),
        ("ولكنه أضاف: «هذا التطور يحدث قلقا جديا في البيت الأبيض.", "البيت الأبيض", [("usa", "metonym")]),
        ("وأعلن البيت الأبيض حينذاك أن الولايات المتحدة حققت إنجازا", "البيت الأبيض", [("usa", "metonym")]),
        # a capital with the towns or areas beside it is the place (2015-08-01-140, the ninth file; 2015-07-21-340;
        # 2015-08-07-873); against: a capital with its allies, a government (the twentieth uniform sample's class)
        ("ورغم تحفظات البعض على عرض العاصمة الصينية حيث ستتوزع المنافسات بين بكين ومدن جبلية أخرى تعتمد بشكل كبير "
         "على الثلوج الصناعية", "بكين", [("beijing", "place")]),
        ("كذلك رأى منظمو رالي سنوي يقام بين لندن ومدينة برايتون الساحلية للسيارات الكلاسيكية", "لندن",
         [("london", "place")]),
        ("وأعلنت مصر الخميس إجازة رسمية وزينت القاهرة ومدن أخرى بالرايات", "القاهرة", [("cairo", "place")]),
        ("ويتعين على بغداد وحلفائها تعديل توقعاتهم بشأن المعركة", "بغداد", [("iraq", "metonym")]),
        # Sporting and Legia spelt with ج or خ are the clubs (2015-08-06-2212, the ninth file; 2015-07-31-753, the
        # seventh)
        ("وصل إلى العاصمة لتوقيع عقد مدته عامان مع سبورتينج لشبونة.", "لشبونة", []),
        ("وتردد ان تشيسني، المنتقل لارسنال عام 2006 من ليخيا وارسو، وقع في خلاف مع فينغر", "وارسو", []),
    ],
)  # fmt: skip
def test_the_ninth_metonymy_files_classes(gazetteer, text, alias, expected):
    assert read_surface(text, gazetteer, alias) == expected


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # the paper Al Riyadh alone in quotes after any word, not only ل (2015-08-07-759, the tenth metonymy file;
        # 2015-08-11-719, in the ninth file's words; 2015-07-26-815; 2015-08-02-616)
        ('وأضاف السكرتير الخاص للرئيس اليمني – في اتصال هاتفي مع "الرياض" – أن الرئيس الشرعي هادي بحث', "الرياض", []),
        ("تعميم وزير التعليم الذي وجهه إلى الجامعات بعد نشر الخبر في «الرياض».. وأكدوا أن التعميم يعيدهم", "الرياض",
         []),
        ('علمت "الرياض" أن جامعة الدول العربية تجري مشاورات', "الرياض", []),
        ('وقال المواطن محمد الغلول أخ المريض لـ" الرياض" إن أخاه نُقل', "الرياض", []),
        # against: after العاصمة the quoted name is the city (the second metonymy sample); another capital quoted
        # is the city (2015-07-27-703)
        ('لماذا لا تسألون عن أسباب غرق مشاريع وشوارع العاصمة "الرياض" بعد سقوط الأمطار؟', "الرياض",
         [("riyadh", "place")]),
        ('باتوا أقل من 50% في عدد من المدن مثل "لندن" و"لستر" و"لوتون"', "لندن", [("london", "place")]),
    ],
)  # fmt: skip
def test_the_tenth_metonymy_files_class_the_quoted_paper(gazetteer, text, alias, expected):
    assert read_surface(text, gazetteer, alias) == expected


def test_the_quoted_paper_after_a_papers_word_still_says_the_article_is_saudi(gazetteer):
    # صحيفة "الرياض" is no mention, but the evidence that المملكة is Saudi Arabia (2015-07-24-107: 3 such المملكة
    # read once the paper counted as evidence after any word, not only after ل)
    text = (
        "وفقاً لما نقلت عنه صحيفة “الرياض”، بأن عمالة نسائية وصلت من بنجلاديش. متوقعاً أن يتزايد العدد بعد أن بدأت "
        "مكاتب الاستقدام في المملكة وبنجلاديش بالعمل"
    )
    assert "saudi_arabia" in {m.entity_id for m in find_mentions(text, gazetteer)}


# --- the forty-third round: talks named after a capital; a US state named like a city or a state ------------


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # talks named after the capital where they are held are the venue, as an agreement named after it:
        # the Iran talks in Vienna (2015-07-21-98, 2015-08-10-166), read as Austria
        ("في الحقيقة، نحن، خلال مفاوضات فيينا، ضغطنا على الدول الأخرى ليتضمن الاتفاق بندا ينص على تأجيل تنفيذ "
         "الاتفاق", "vienna", True),
        ("في الحقيقة، نحن، خلال مفاوضات فيينا، ضغطنا على الدول الأخرى ليتضمن الاتفاق بندا ينص على تأجيل تنفيذ "
         "الاتفاق", "austria", False),
        # the WTO's Doha round (2015-07-26-126) and the Yemeni talks in Muscat (2015-08-11-100)
        ("إثر استمرار الجمود في مفاوضات الدوحة ورداءة عروض حرية الوصول إلى سوق الخدمات", "doha", True),
        ("وذلك في إشارة ضمنية إلى حوار مسقط بمشاركة وفد حوثي.", "muscat", True),
        # against: the capital that negotiates, no talks noun right before it, stays the government (2015-08-06-360)
        ("بأن تتشكل الجهة المفاوضة لطهران من الدول الخمس الكبرى", "iran", True),
    ],
)  # fmt: skip
def test_talks_named_after_a_capital_are_held_in_the_city(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # New York State, not the city (2015-07-22-72: George Pataki; 2015-08-04-222: Chuck Schumer): 19 in
        # SaudiNewsNet, none the city
        ("وأعلن جورج باتاكي الذي يبلغ 70 عاما عن ترشحه في 28 مايو الماضي، وهو حاكم سابق لولاية نيويورك إبان "
         "اعتداءات 11 سبتمبر 2001.", "new_york_city", False),
        ("أهمهم هو تشاك شومر، عضو مجلس الشيوخ عن ولاية نيويورك، والزعيم التالي المُحتمل للديمقراطيين في مجلس الشيوخ.",
         "new_york_city", False),
        # the US state of Georgia, not the Caucasian state (2015-07-23-808)
        ("ويقول البروفيسور جيمس شيرمان أستاذ علم الاوبئة بجامعة ايمورى بولاية جورجيا الامريكية إن النوم يحسن من أداء "
         "الجهاز الدوري الدموي", "georgia", False),
        # against: a city the writer calls a ولاية stays the city (2015-07-21-435)
        ("وبعد شهرته العالمية، تم افتتاح فرعين له في مدينة دبي وولاية ميامي الأميركية.", "miami", True),
        # against: New York City and Georgia without ولاية (2015-07-21-15, 2015-07-21-169)
        ("من جهة أخرى، أكد مدعي عام نيويورك أن جيفري ويب، النائب السابق لرئيس الفيفا، مثل أمام المحكمة في نيويورك "
         "أمس.", "new_york_city", True),
        ("وينظم المهرجان كل في دولة من دول العالم فقد نظم في ألمانيا واليونان والولايات المتحدة الأميركية وفرنسا، "
         "وجورجيا، وأوكرانيا، وآيرلندا.", "georgia", True),
    ],
)  # fmt: skip
def test_a_us_state_named_like_a_city_or_a_state_is_no_mention(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # دير "monastery", the Dutch "der", after ب the family name Bedeir: none of SaudiNewsNet's 49 was
        # Bandar-e Deyr (Iran), whose Arabic name it was: the swimmer van der Burgh (2015-08-06-303, in the pool)
        ("وقد أبدى فان دير بيرغ وبيتي ثقتهما في إمكانية تحطيم الزمن القياسي", "bandar_e_deyr", False),
        ("وخطف ثلاثة مقنعين في مايو الأب جاك مراد رئيس دير مار اليان في المدينة بعد سيطرة التنظيم على مدينة تدمر",
         "bandar_e_deyr", False),
        ("هذا للتدليل على هم الشخصية التي يؤديها أحمد بدير وكيف أن هذا الهم يسكن معدته.", "bandar_e_deyr", False),
        # سويس is Credit Suisse's "Suisse", not Suez without its article (2015-07-22-181: 9 of the corpus's 10)
        ("يتنبأ المحللون في بنك كريدي سويس بأن شركة سامسونج للإلكترونيات سوف تنفصل", "suez", False),
        # against: Suez with its article stays (2015-08-10-12)
        ("وقتل ضابطا شرطة ومجند ومسلح أمس الأحد في هجوم بمدينة العريش عاصمة محافظة شمال سيناء واشتباك بمدينة السويس "
         "التي تقع شرقي القاهرة.", "suez", True),
    ],
)  # fmt: skip
def test_monastery_and_suisse_are_no_towns(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # the sixth metonymy round: what befalls a city, where it ranks, what it draws or earns, what it nearly is,
        # from the capitals SaudiNewsNet reads as their government by a verb next to them (`place_verbs`). After a
        # clause opener: 2015-07-22-52 and 2015-08-07-1036 and 2015-08-02-347 (the tenth metonymy file),
        # 2015-07-25-1298, 2015-08-06-2648 (the ninth), 2015-08-09-184
        ("وهو يقول: «من المؤسف أن بغداد تتعرض إلى تشويه لذاتها وصفاتها منذ عقود..", "بغداد", [("baghdad", "place")]),
        ("وقال دماج في تصريحات صحفية إن صنعاء تكاد تكون خالية من الصحفيين، وهو أمر غير مسبوق", "صنعاء",
         [("sanaa", "place")]),
        ("فعندها نستطيع أن نقول إن صنعاء محاصرة من كل الجهات، ومن جميع المحاور", "صنعاء", [("sanaa", "place")]),
        ("خصوصاً وأن نيروبي تعرضت في العام 1998 لهجوم دام لتنظيم القاعدة", "نيروبي", [("nairobi", "place")]),
        ("تذكرت أحد التقارير بإحدى القنوات أن لندن تجني ما يقارب من سبعة ملايين جنيه استرليني من مخالفات سيارات "
         "الخليجيين", "لندن", [("london", "place")]),
        ("أشارت بعض وسائل الإعلام البريطانية إلى أن لندن أضحت عاصمة غسل الأموال في العالم", "لندن",
         [("london", "place")]),
        # the verb before its subject (2015-08-11-351, the ninth file; 2015-08-09-138, the sixth; 2015-07-25-1220,
        # the eighth; 2015-07-26-824)
        ("في المملكة، سعود حينها جذبته لندن بقوة، تركنا وكنا ذلك الرحيل الاول.", "لندن", [("london", "place")]),
        ("تربعت الرياض على حركة العقار السعودي بحركة نشطة تتجاوز حركة الدمام وجدة ومكة المكرمة معا", "الرياض",
         [("riyadh", "place")]),
        ("حيث يقدر أقل وقت سفر إلى أمريكا 12 ساعة، ومن ثم تأتي القاهرة ودبي في المركز الثالث", "القاهرة",
         [("cairo", "place")]),
        ("ومن الأمثلة على ذلك موقفه من التفجيرات الإرهابية التي ضربت بغداد في 19 أغسطس 2009م.", "بغداد",
         [("baghdad", "place")]),
        # nouns of a verb's shape next to a capital (`not_verbs`): its leaving (2015-08-02-117, 13 such), a park's
        # name (2015-07-21-944), a hotel's (2015-07-27-385)
        ("وقبيل مغادرته واشنطن، أجرى كيري اتصالا بشكري مساء الخميس الماضي", "واشنطن", [("washington", "place")]),
        ("كما أقيم حفل معايدة وعشاء مخصص للرجال والشباب في فناء حديقة تلال الرياض.", "الرياض", [("riyadh", "place")]),
        ("أشار معين سرحان، المدير العام لفندق ماريوت الرياض، إلى أن تنظيم هذه المناسبة", "الرياض",
         [("riyadh", "place")]),
        # its capital, among them (2015-07-23-911; 2015-07-31-1036, the tenth file; 2015-08-01-816), what the city
        # saw (2015-07-27-100, 2015-07-21-240)
        ("وإيران أصبحت إمبراطورية كما كانت سابقا وعاصمتها بغداد، وهي مركز حضارتنا", "بغداد", [("baghdad", "place")]),
        ("وأضافت شركات طيران تعمل بمطار أبوظبي وجهات سفر جديدة من بينها مدريد وبوني في الهند", "مدريد",
         [("madrid", "place")]),
        ("وفي أواخر عام 2012 عرفت بروكسل الاحتجاجات التي شارك فيها ما يزيد على ألفين من المزارعين", "بروكسل",
         [("brussels", "place")]),
        # against: the verbs the corpus uses of both the city and the government stay out (2015-07-26-448: تعيش;
        # 2015-07-31-320: تواجه; 2015-07-21-1550: دخلت); a place verb after an actor noun, its subject the noun
        # (2015-08-03-987)
        ("فإن واشنطن تعيش حالة من الشوق الاستراتيجي مع طهران لم تعانها مع أي حبيب آخر", "واشنطن", [("usa", "metonym")]),
        ("حيث نشرت صحيفة «وول ستريت جورنال» أن واشنطن تواجه مأزقًا بسبب تعاونها الأخير مع أنقرة", "واشنطن",
         [("usa", "metonym")]),
        ("وجاء في مقال هويدي أن \"أبوظبي دخلت في مواجهة واسعة النطاق وحامية الوطيس", "أبوظبي", [("uae", "metonym")]),
        ("ويؤكد الخبراء الروس أن تحركات موسكو تأتي نتيجة سيطرة القلق على القيادة السياسية", "موسكو",
         [("russia", "metonym")]),
    ],
)  # fmt: skip
def test_the_sixth_metonymy_rounds_place_verbs(gazetteer, text, alias, expected):
    assert read_surface(text, gazetteer, alias) == expected


# --- the forty-fourth round: a person's one-word name before a name particle is another man's given name ---------


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # the swimmer Cameron van der Burgh (2015-08-06-303, in the pool), not David Cameron: 2 in SaudiNewsNet
        ("وكان الرقم القياسي السابق الذي سجله الجنوب أفريقي كاميرون فان دير بيرغ في وقت سابق", "david_cameron", False),
        # the director Ronaldo del Carmen (Inside Out; 2015-07-21-1808, in the pool), not Cristiano Ronaldo: 5 in SaudiNewsNet
        ("أخرج الفيلم بيت دكتور ورونالدو ديل كارمن وشارك في بطولته بالأداء الصوتي", "cristiano_ronaldo", False),
        # against: فان written for فإن "then" before a common word stays the place
        ("واحتمال انتقال ايدن جيكو إلى روما فان من المتوقع أن يبدأ", "rome", True),
        # against: the person named alone, no particle after him
        ("وقال كاميرون في مؤتمر صحفي إن بلاده ستواصل الضربات", "david_cameron", True),
    ],
)  # fmt: skip
def test_a_persons_name_before_a_particle_is_another_mans_given_name(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


# --- the forty-fifth round: a state's nisba without the article after a given name is his family name ------------


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # the forty-fifth uniform sample (2015-07-24-805): the actor Douglas Kennedy, not Canada
        ("على الشاشة الغربية القائمة أطول: لي فان كليف، وجاك لامبرت، ودوغلاس كَندي، وإليشا كوك، وباري كَلي",
         "canada", False),
        # SaudiNewsNet 2015-07-31-1735: John Kennedy
        ("وقد حدث ذلك بعد ان وصل جون كندي لسدة الرئاسة بفترة قصيرة", "canada", False),
        # SaudiNewsNet 2015-08-01-1250: the aviation expert Michael Kinney, not Kenya
        ("يبيّن الخبير في شؤون الطيران مايكل كيني؛ كيف تمّ الاستدلال على أن هذه القطعة", "kenya", False),
        # SaudiNewsNet 2015-07-31-1072: the forward Ismail Maghrebi (from Al-Ahli to Al-Shabab), not Morocco
        ("تغييره الاول بإخراج المهاجم افونسو وإشراك إسماعيل مغربي لكن الشوط إنتهى بالتعادل السلبي", "morocco", False),
        # against: a Saudi offender (جانٍ), the nationality before الجنسية
        ("أعلنت وزارة الداخلية، اليوم، حكم القتل قصاصاً في جانٍ سعودي الجنسية بالقصيم", "saudi_arabia", True),
        # against: Swiss francs
        ("مع قيمة سوقية تبلغ 13.5 مليار فرانك سويسري (13.8 مليار دولار)", "switzerland", True),
        # against: a Lebanese passport (سفر "travel", a given name too)
        ("بعد أن أقنعته باستخراج جواز سفر لبناني", "lebanon", True),
        # against: a Saudi right back before his name (أيمن "right", a given name too)
        ("لإغلاق ملف التعاقد مع ظهير أيمن سعودي حسن معاذ يدعم خطوط الفريق", "saudi_arabia", True),
        # against: a feminine nisba after a noun that is a given name too (أسرة)
        ("تمكنت الجهات الأمنية في الأردن من القبض على عائلة سعودية مكونة من امرأة", "saudi_arabia", True),
        # against: Afghan civilians (2015-08-06-484; مدني the given name Madani too)
        ("قالت الأمم المتحدة اليوم الأربعاء إن ما يقرب من 5000 مدني أفغاني قتل وأصيب خلال النصف الأول من العام",
         "afghanistan", True),
        # against: a list of nisbas (2015-08-06-184; تركي the given name Turki too)
        ("وكان بوتين قد أعلن مبادرته التي دعت إلى تشكيل تحالف رباعي تركي سعودي سوري أردني يقوم بمحاربة داعش",
         "saudi_arabia", True),
        # against: Canadian dollars, a Canadian athlete
        ("وتضاف هذه المساعدة الى 131 مليون دولار كندي سبق لأوتاوا وأن وعدت بها بغداد", "canada", True),
        ("صمم رياضي كندي سابق يدعى آدم بولين ملابس ذكية", "canada", True),
    ],
)  # fmt: skip
def test_an_indefinite_nisba_after_a_given_name_is_his_family_name(gazetteer, text, entity_id, counted):
    found = [m for m in find_mentions(text, gazetteer) if m.entity_id == entity_id and m.alias_kind == "adjective"]
    assert bool(found) is counted


# --- the eighth metonymy round: a capital as its government with no verb next to it; nouns and verbs of a city ----


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        # a government's stance, feelings, policy and decisions, its deeds, relations and people (`actor_nouns`),
        # counted before every capital of SaudiNewsNet: 2015-08-02-95 (the tenth metonymy file), 2015-07-21-147 (the
        # tenth), 2015-07-31-327 (the twelfth), 2015-08-07-232 (the thirteenth), 2015-08-11-191 (the ninth),
        # 2015-08-11-153 (the seventh)
        ("في المقابل يزداد قلق طهران من حياد موسكو الواضح، في صراع طهران مع جيرانها العرب والأتراك.", "موسكو",
         [("russia", "metonym")]),
        ("وهو مبلغ كاف لتدبير أمور أثينا حتى نهاية يوليو (تموز) وبدء مفاوضات مع دائنيها", "أثينا",
         [("greece", "metonym")]),
        ("وكذلك عن دعمها للمعارضة السورية المسلحة مقابل «غض طرف» أنقرة عن تحالف «الأمر الواقع»", "أنقرة",
         [("turkey", "metonym")]),
        ("أن بكين هي من كبار المستثمرين في وادي السيليكون الإسرائيلي ومن شركاء تل أبيب التجاريين الكبار", "تل أبيب",
         [("israel", "metonym")]),
        ("قال الجبير إنه «ستكون هناك اتفاقيات مع روسيا» في ذلك المجال، معبرا عن امتنان الرياض لموسكو لتجاوبها",
         "الرياض", [("saudi_arabia", "metonym")]),
        ("وتشمل تلك الالتزامات تجميد عمل الآلاف من الآلات الطرد المركزي والحد من مخزون طهران من الوقود النووي",
         "طهران", [("iran", "metonym")]),
        # and the corpus's other rows of the class (2015-07-23-22, 2015-07-21-60, 2015-07-21-1020, 2015-07-24-1664,
        # 2015-07-25-517, 2015-07-21-627)
        ("نقل كارتر لخادم الحرمين الشريفين تحيات الرئيس الأميركي باراك أوباما، وأكد حرص واشنطن على تعزيز السلام",
         "واشنطن", [("usa", "metonym")]),
        ("اتفاقا مع إيران بعد سنوات من المفاوضات، يرمي إلى منع طهران عن حيازة السلاح النووي.", "طهران",
         [("iran", "metonym")]),
        ("وكررت المستشارة الألمانية انغيلا ميركل يوم الأحد معارضتها لاي خفض «تقليدي» لديون أثينا", "أثينا",
         [("greece", "metonym")]),
        ("يشارك جنود عراقيون دربهم الائتلاف الدولي بقيادة واشنطن، للمرة الأولى في المعارك", "واشنطن",
         [("usa", "metonym")]),
        ("فإيران تواجه ضغوطاً هائلة في الداخل الإيراني، ويعلم حكام طهران أنهم قد يواجهون مشاكل جمة", "طهران",
         [("iran", "metonym")]),
        ("من الملف النووي الذي لا تريد أي تداخل معه في الوقت الحاضر حتى تسلك سياسة أكثر تشددا إزاء طهران؟", "طهران",
         [("iran", "metonym")]),
        # against: the nouns the corpus uses of the city too stay out: مواجهة, a match (2015-07-25-927); a company
        # (2015-08-10-377); the attacks in the city (2015-07-27-358)
        ("العنزي: التأثير سيظهر في مواجهة لندن والدوري", "لندن", [("london", "place")]),
        ("فسيتم إجراء المقابلات الوظيفية بمقر شركة استثمارات الرياض الصناعية لشغل 4 وظائف", "الرياض",
         [("riyadh", "place")]),
        ("لتزامنها مع تعبئة الشرطة بشكل مكثف حول المواقع الحساسة في فرنسا إثر اعتداءات باريس في مطلع كانون الثاني",
         "باريس", [("paris", "place")]),
    ],
)  # fmt: skip
def test_the_eighth_metonymy_rounds_nouns_of_a_government(gazetteer, text, surface, expected):
    assert read_surface(text, gazetteer, surface) == expected


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        # a city risen, crowded, teeming, decorated (`place_verbs`): 2015-07-21-298 (the thirteenth metonymy file),
        # 2015-07-25-154, 2015-08-11-89; lived in (`locatives`: 2015-08-04-807); hosting in the future with its
        # pronoun (`witness_verbs`: 2015-08-09-231)
        ("وباختصار، وارسو نهضت من بين الأنقاض في الخمسينات وتخلصت من الروس في التسعينات", "وارسو",
         [("warsaw", "place")]),
        ("ووراء كل هذا الاستعراض المتناقض تزدحم طهران بوفود من رجال الأعمال الغربيين", "طهران", [("tehran", "place")]),
        ("كانت القاهرة تموج بالوفود القادمة من الخارج", "القاهرة", [("cairo", "place")]),
        ("آلاف العائلات التي تسكن الرياض؛ لا تستطيع السفر.. ربما لكون الأب على رأس العمل", "الرياض",
         [("riyadh", "place")]),
        ("إن الروس سيرغبون في دفع التحالف الوطني للتعهد بالمشاركة في الاجتماع المقبل الذي ستستضيفه موسكو.", "موسكو",
         [("moscow", "place")]),
        # nouns of a verb's shape before a capital (`not_verbs`): 2015-07-22-47, 2015-07-23-40, 2015-07-24-1813,
        # 2015-07-25-1206
        ("ويحكي الفيلم قصة علاقة كاتب ومخرج الفيلم مع مدينته بيروت، التي تتأرجح ما بين الحب والكراهية", "بيروت",
         [("beirut", "place")]),
        ("وفي أثينا حذر قنسطنطينوس ميكالوس رئيس غرفة تجارة أثينا من أن هناك مخاطر", "أثينا",
         [("athens", "place"), ("athens", "place")]),
        ("إنها قديمة، قدم الإنسان على هذه الأرض، عرفها فيلسوف أثينا سقراط قبل ميلاد المسيح", "أثينا",
         [("athens", "place")]),
        ("ويأتي بعد أسابيع من الفوضى في شبكة ترام روما حيث ينفذ السائقون إضرابات", "روما", [("rome", "place")]),
        # a capital quoted after its nisba, the word before the nisba found past the quotation mark (2015-07-22-401,
        # the thirteenth metonymy file)
        ("ثم جواً إلى مطار حمد الدولي بالعاصمة القطرية «الدوحة» لتستمر محطة الفتح إلى مطار تونس", "الدوحة",
         [("doha", "place")]),
        # against: the same article's Warsaw as Poland, a verb of both (2015-07-21-298); a government's expectations
        # (2015-08-06-273); a government hosting talks, no pronoun (the Olympic round's counter-example)
        ("وارسو شقت طريقها سريعا باتجاه الاتحاد الأوروبي ولاحقا نحو الحلف الأطلسي", "وارسو", [("poland", "metonym")]),
        ("لا تنحصر توقعات باريس بالعقود والشراكات وحدها", "باريس", [("france", "metonym")]),
        ("وتتطلع موسكو لاستضافة جولة أخرى من المحادثات", "موسكو", [("russia", "metonym")]),
    ],
)  # fmt: skip
def test_the_eighth_metonymy_rounds_city_verbs_and_nouns(gazetteer, text, surface, expected):
    assert read_surface(text, gazetteer, surface) == expected


@pytest.mark.parametrize(
    "text, entity_ids, counted",
    [
        # words and names read as capitals: أبيا "they refused", أبيّا "proud" (2015-07-21-1495, the thirteenth
        # metonymy file; 2015-08-09-1028); Sophia Loren, Hagia Sophia (2015-07-31-460, the thirteenth; 2015-07-27-974)
        ("لكنه وزوجته أبيا إلا المواصلة وتحقيق الهدف.", {"apia", "samoa"}, False),
        ("حماك الله يا وطني من شر كل من أراد لك الشر، وعشت يا وطني أبيّا كريما قويا بالمخلصين", {"apia", "samoa"},
         False),
        ("أشاهد هذا الفيلم لأجل عيني جولي كريستي (صوفيا لورين كان مقدرا لها هذا الدور", {"sofia", "bulgaria"}, False),
        ("ثم قام وتوجه إلى كنيسة \"آيا صوفيا\"، وقد اجتمع بها خلقٌ كبير", {"sofia", "bulgaria"}, False),
        # a club, a citadel, a media company (2015-07-21-197; 2015-08-02-348, the thirteenth file's class;
        # 2015-07-26-135, the tenth and the thirteenth)
        ("وكان هالك نفسه هدفا لهتافات عنصرية من مشجعي فريق توربيدو موسكو في مارس", {"moscow", "russia"}, False),
        ("قد تعرضت لقصف مدفعي من قلعة القاهرة.", {"cairo", "egypt"}, False),
        ("ويحظى الفائزان بفرصة توقيع عقد للمشاركة في إنتاجات أبوظبي للإعلام الدرامية", {"abu_dhabi", "uae"}, False),
        # against: the Paris Air Show and Abu Dhabi's tourism authority stay their city (2015-07-24-1695,
        # 2015-08-02-191)
        ("تم الإعلان عن تلك الجوائز في \"معرض باريس للطيران\"", {"paris"}, True),
        ("أصدر مشروع «كلمة» للترجمة التابع لهيئة أبوظبي للسياحة والثقافة كتابا جديدا", {"abu_dhabi"}, True),
    ],
)  # fmt: skip
def test_the_eighth_metonymy_rounds_names_read_as_capitals(gazetteer, text, entity_ids, counted):
    assert bool(entity_ids & {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, counted",
    [
        # Hertha Berlin, the club, spelt هيرتا or هرتا: no mention of the city or the government (2015-08-10-219,
        # the twenty-fourth metonymy file; 2015-08-10-1154; a Boateng story)
        ("نشعر بصدمة بالغة بعد سماع انباء هذا الهجوم على حافلة فريق هيرتا برلين.", False),
        ("قال نادي هيرتا برلين المنتمي لدوري الدرجة الأولى", False),
        ("ودافع بواتينغ عن ألوان هرتا برلين وهو في الثامنة عشرة", False),
        # against: the club's players in the city stay the city (2015-08-11-1491)
        ("نشعر بارتياح كبير لأن أحدا من زملائنا في برلين لم يصب بأذى", True),
    ],
)  # fmt: skip
def test_hertha_berlin_is_a_club_not_the_city(gazetteer, text, counted):
    assert bool({"berlin", "germany"} & {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


def test_a_territorys_capital_is_not_read_from_an_article_naming_another_countrys_places(gazetteer):
    # Medina's Al-Uyun sub-municipality (2015-08-06-1212, the thirteenth metonymy file): Medina named 340 characters
    # before بلدية العيون, past the 250 of COUNTRY_WINDOW; Laayoune, Western Sahara's capital, is looked for in the
    # whole text (a state's capital, مطار القاهرة, is not dropped at all)
    text = (
        "استعرضت اللجنة المحلية للانتخابات البلدية بمنطقة المدينة المنورة مواقع 22 مركزاً انتخابيًا للرجال و10 مراكز "
        "انتخابية للنساء تمثل 10 دوائر انتخابية في نطاق البلديات الفرعية التالية: الحرم والعيون، والعوالي، وقباء، "
        "والعقيق، والبيداء، أحد والعاقول، بالإضافة إلى بلديات ضواحي المدينة وهي الصويدرة، وأبيار الماشي، والمليليح "
        "والمندسة، والفريش.\n \n جاء ذلك خلال اجتماع اللجنة بمقر بلدية العيون أمس"
    )
    assert "laayoune" not in {m.entity_id for m in find_mentions(text, gazetteer)}


# --- a ninth metonymy round: من جانب "on the part of" before a capital -------------------------------------------------


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        # من جانب before a capital (`agent_phrases`), as من قبل: its government the agent. 2015-08-10-311 (the
        # fifteenth metonymy file), 2015-07-21-1743, 2015-08-07-83, 2015-08-10-851, 2015-07-25-168
        ("وقال مصدر أوروبي إنه فيما يصر دائنو اليونان على \"تعاون جيد جدا\" من جانب أثينا، فإن الطرفين يبذلان جهدا",
         "أثينا", [("greece", "metonym")]),
        ("ودعت الصحف إلى رفض ما تراه محاولات من جانب برلين لإذلال اليونان", "برلين", [("germany", "metonym")]),
        ("وبسبب التدخلات الإقليمية من جانب طهران بشكل رئيسي", "طهران", [("iran", "metonym")]),
        ("بعد تردد طويل من جانب أنقرة في ان تنخرط في القتال ضد داعش", "أنقرة", [("turkey", "metonym")]),
        ("بأن هذه المساهمة من جانب لندن هي الأكبر حتى الآن", "لندن", [("uk", "metonym")]),
        # against: جانب without من, the cities bidding to host the 2024 games (2015-08-02-224)
        ("وإلى جانب روما تقدمت كل من باريس وبودابست وهامبورج الألمانية بطلبات لاستضافة الدورة الصيفية لعام 2024 في "
         "حين انسحبت بوسطن الأمريكية بقرار من اللجنة الأولمبية الأمريكية بسبب تدنى مستوى الدعم المحلي للطلب.",
         "روما", [("rome", "place")]),
    ],
)  # fmt: skip
def test_the_ninth_metonymy_rounds_agent_phrase(gazetteer, text, surface, expected):
    assert read_surface(text, gazetteer, surface) == expected


# --- issue 10, after the forty-fifth round: a state's nisba that names a man earlier is his family name alone ----


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # SaudiNewsNet 2015-07-21-2523: the Muslim World League's secretary-general, then his family name alone
        ("وأوضح الأمين العام للرابطة الدكتور عبدالله بن عبدالمحسن التركي، أن المؤتمر يدرس خمسة محاور؛ الأول: "
         "الإعلام الجديد. وأوضح التركي، أن المؤتمر أحد المناشط المعبرة عن إدراك الرابطة للقوة التأثيرية للإعلام.",
         "turkey", False),
        # SaudiNewsNet 2015-07-21-1820: the journalist Othman al-Sini, not China
        ("وبدأ الإعلامي الدكتور عثمان الصيني أول محاور اللقاء بالتعريف بمصنفات إعلامية حديثة. وأكد الصيني أن الدور "
         "الوطني للإعلام السعودي يتمثل في المواءمة بين المسؤولية والمهنية.", "china", False),
        # SaudiNewsNet 2015-07-25-225: Talal al-Urduni of Fatah, killed in Ain al-Hilweh, not Jordan
        ("اغتيل طلال الأردني القيادي في حركة فتح الفلسطينية اليوم (السبت)، في مخيم عين الحلوة جنوب لبنان. وحتى "
         "الساعة، لم تعلن أي جهة مسؤوليتها عن مقتل الأردني.", "jordan", False),
        # SaudiNewsNet 2015-08-07-202: a gazetteer person's name (Mansour al-Turki) holds the nisba
        ("وقال اللواء منصور التركي المتحدث الأمني باسم وزارة الداخلية، إن تفجيرا وقع. وأوضح التركي أن المقبوض "
         "عليهم لهم علاقة مباشرة بالأحداث الأخيرة.", "turkey", False),
        # SaudiNewsNet 2015-08-06-1242: after a rank (العميد), the brigadier named before
        ("أكد قائد جبهة الصبيحة العميد أحمد عبدالله التركي أن الوضع العسكري في قاعدة العند الجوية مسيطر عليه. "
         "ولفت العميد التركي الى أن أحد القادة الكبار في الشرطة الجوية ضمن ممن يختبئون في عمائر الطيارين.",
         "turkey", False),
        # SaudiNewsNet 2015-08-07-766: after the abbreviation د.
        ("واستنكر الأمين العام لرابطة العالم الإسلامي د. عبدالله التركي العمل الإرهابي، وأستنكر د. التركي هذه "
         "الجريمة الإرهابية.", "turkey", False),
        # against: the first sentence of 2015-07-21-2523, then 2015-07-21-2560's "the Turkish side" (an adjective)
        ("وأوضح الأمين العام للرابطة الدكتور عبدالله بن عبدالمحسن التركي، أن المؤتمر يدرس خمسة محاور. وطلب من "
         "الأردن بذل مساعيه لدى أنقرة لإقناع الجانب التركي بالتوقف.", "turkey", True),
        # against: the same, then 2015-07-21-2079's "his Turkish counterpart" (ه, a pronoun)
        ("وأوضح الأمين العام للرابطة الدكتور عبدالله بن عبدالمحسن التركي، أن المؤتمر يدرس خمسة محاور. وعقد "
         "اجتماعا لم يعلن عنه مع نظيره التركي فريدون سينيرلي اوغلو في روما.", "turkey", True),
        # against: 2015-07-26-479's coach Khalil al-Masri, then 2015-07-27-161's Algerian coach before his name
        ("دخل مدرب الفيحاء الكابتن خليل المصري اللقاء بالتشكيل التالي. وقال الجزائري جمال بلماضي، مدرب الفريق "
         "القطري، إن صفقة مونتاري جاءت بمثابة جائزة.", "algeria", True),
        # against: the nisba before its man is named (2015-07-27-161 alone)
        ("وقال الجزائري جمال بلماضي، مدرب الفريق القطري، إن صفقة مونتاري جاءت بمثابة جائزة.", "algeria", True),
    ],
)  # fmt: skip
def test_a_family_nisba_alone_names_the_man_named_before(gazetteer, text, entity_id, counted):
    found = [m for m in find_mentions(text, gazetteer) if m.entity_id == entity_id and m.alias_kind == "adjective"]
    assert bool(found) is counted


# --- a far-off GeoNames town named like a person or a body (the map's noise); Seoul's سول -------------------------


@pytest.mark.parametrize(
    "text, entity_id",
    [
        # 2015-08-01-232, 2015-08-01-226: Exxon Mobil, not Mobile (Alabama), the USA named in the sentence
        ("ونبه أوشوا إلى أنه لن يبقى شيء لبيعه في 2016 باستثناء سيتغو، مذكرا بأن فنزويلا قد تخلت حتى الآن هذه السنة "
         "عن مصفاة شالميت في الولايات المتحدة، التي تتقاسم شركة النفط الفنزويلية وإكسون موبيل رأسمالها", "mobile"),
        ("وتشير بيانات شركة شيفرون التي تعد ثاني أكبر شركة طاقة في الولايات المتحدة بعد شركة إكسون موبيل، إلى تراجع "
         "أرباح الشركة الأمريكية في الربع الأخير من العام السابق بنحو 30 في المائة.", "mobile"),
        # 2015-07-24-800: Tyler Adams, not Tyler (Texas); a foreign family name after the town's name (the
        # article names the USA: added)
        ("حيث رد نيويورك بثلاثة أهداف الأول عبر فرانكلين كاستيلانوس في الدقيقة 51 ثم سجل تايلر ادامز الثاني في "
         "الدقيقة 70 في مباراة ودية في الولايات المتحدة", "tyler"),
        # 2015-08-06-316: Edward Norton, after a title and a given name
        ("إلى جانب الأفلام الأميركية يحتفي المهرجان بسينمائيين من الولايات المتحدة هما الممثل إد نورتون الذي سيتسلم "
         "«جائزة التفوق» هذا العام", "norton"),
        # 2015-07-21-211: Arnold Schwarzenegger, not Arnold (Missouri)
        ("هو «أكاذيب حقيقية» حيث يتدخل المحارب عميل المخابرات الأميركية أرنولد شوارزنيغر لينقذ الولايات المتحدة من "
         "خطّـة إرهابية", "arnold"),
        # 2015-08-11-268: Commodore Perry, after a title
        ("النموذج الأول يأتي من اليابان التي ترددت في الانفتاح التجاري مع أمريكا كقوة جديدة في المحيط الهادي إلى أن "
         "أجبرها الكابتن بيري في عام 1853 على فتح التجارة.", "perry"),
        # 2015-08-01-64: the Gallup poll, after a body's head (the USA named by its name added)
        ("يبين أحدث استطلاع للرأي أجرته مؤسسة غالوب أن 43 في المائة فقط من الأميركيين الذين تقل أعمارهم عن 30 سنة "
         "فخورون بأن يكونوا أميركيين، وفي تقديم أميركا كمدينة فوق جبل.", "gallup"),
        # 2015-07-24-1568: Bradley Cooper, not Bradley (Illinois): Koper's name, ambiguous, is his family name
        ("ربما ما يمكن الإشادة به فنياً هو أداء برادلي كوبر، الذي أعطى الثقل الفني الأكبر للفيلم في الولايات المتحدة",
         "bradley"),
        # 2015-07-21-449: the rapper Tinie Tempah, after a foreign given name the lists lack (the USA added)
        ("من أمثال العارض ديفيد غاندي، ومغني الراب تايني تامبا، وبطل سباقات «الفورمولا 1» لويس هاميلتون في أمريكا",
         "tampa"),
    ],
)  # fmt: skip
def test_a_far_off_town_named_like_a_person_or_a_body_is_not_confirmed_by_its_country(gazetteer, text, entity_id):
    assert entity_id not in {m.entity_id for m in find_mentions(text, gazetteer)}


@pytest.mark.parametrize(
    "text, entity_id",
    [
        # 2015-07-23-46: Strasbourg, before a verb (the article names France: added)
        ("فالمزارعون في لارونكس على بعد نحو 100 كيلومتر من ستراسبورغ يزرعون النباتات بطريقة غير تقليدية في فرنسا",
         "strasbourg"),
        # 2015-08-09-159: Donetsk in a list (و on the next word; the article names Ukraine: added)
        ("أفادت وكالة أنباء الانفصاليين السبت عن إصابة مدنيين اثنين بجروح في إطلاق نار من الجيش الأوكراني في دونيتسك "
         "ونواحيها في أوكرانيا.", "donetsk"),
        # a place noun before the town still confirms it (2015-07-31 … «مدينة سبوكين الأمريكية»)
        ("قالت مدينة سبوكين الأمريكية في دعوى قضائية إن شركة مونسانتو المنتجة للبذور", "spokane"),
    ],
)  # fmt: skip
def test_a_far_off_town_otherwise_is_still_confirmed_by_its_country(gazetteer, text, entity_id):
    assert entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}


def test_seoul_is_read_with_korea_and_sewell_is_gone(gazetteer):
    # 2015-07-21-780: «سول» is Seoul with South Korea named nearby
    text = (
        "فإنها ستكون أول اتفاقية تجارة حرة بين كوريا الجنوبية واليابان، حيث إن سول وبكين توصلتا بالفعل لاتفاقية "
        "تجارة حرة ثنائية."
    )
    assert "seoul" in {m.entity_id for m in find_mentions(text, gazetteer)}
    # 2015-07-27-1027: the Kenyan band Sauti Sol, no Korea: nothing
    text = "من قبل فرقة الغناء “ساوتي سول” وسارعت بالانتشار في كينيا هذا العام في الولايات المتحدة."  # USA added
    found = {m.entity_id for m in find_mentions(text, gazetteer)}
    assert "seoul" not in found and "sewell" not in found
    assert "sewell" not in gazetteer.entities
    # 2015-08-01-91: Seoul with South Korea named by its nisba in the sentence
    text = (
        "وفي سول، قالت شركة جي إس إنرجي كورب الكورية الجنوبية، أمس، إنها ستورد ما إجماليه تسعة ملايين برميل من خام "
        "مربان بحلول نهاية العام الحالي"
    )
    assert "seoul" in {m.entity_id for m in find_mentions(text, gazetteer)}


# --- the forty-sixth round: حجة "a pretext" is no Hajjah; ديرة "home" is no Deira ---------------------------------


@pytest.mark.parametrize(
    "text, entity_id",
    [
        # the forty-sixth uniform sample (2015-08-11-1539): حجة الهدم "the pretext of the demolition" (Jerusalem)
        ("وأفاد أبو دياب أن حجة الهدم عدم وجود رخصة في الطابق الثالث .", "hajjah"),
        # 2015-07-21-57: a pretext in a Yemeni article (Hodeidah, Sanaa named), which does not confirm the word
        ("ومنها شارع صنعاء الرئيسي في مدينة الحديدة، ويقومون بإيقاف السيارات ويزعمون تفتيشها؛ الأمر الذي يستفزنا "
         "كثيرا خصوصا أن الوضع لا يتحمل أي مضايقات أخرى بعدما ضايقونا في أعمالنا ومنازلنا، والآن يوقفوننا وسط الحر "
         "الشديد تحت حجة التفتيش».", "hajjah"),
        # 2015-07-21-59: an Iranian cleric's rank; 2015-08-07-834: the farewell pilgrimage
        ("ومن بين هؤلاء حجة الإسلام محمد مهدي فاطيميبور، الذي صرح بأن: «هناك من يحاولون الإبقاء على مصطلح الجمهورية "
         "الإسلامية", "hajjah"),
        ("وقد قال النبي صلى الله عليه وسلم في خطبته في حجة الوداع: (إِنَّ دِمَاءَكُمْ وأموالكم وَأَعْرَاضَكُمْ عليكم "
         "حَرَامٌ", "hajjah"),
        # 2015-08-01-687: Ibn Hijja al-Hamawi, a poet
        ("ويذكر لنا ابن حجة الحموي في كتابه خزانة الأدب", "hajjah"),
        # the forty-sixth uniform sample (2015-07-31-998): a Nabati verse, ديره "home, land"
        ("ومحمّل الرّكاب من كل ديره", "dayrah"),
        # 2015-07-26-454, 2015-08-08-403: ديرة "the homeland" of Al-Rass; a family name
        ("أكتب لمقامكم الكريم من ديرة أهل الحزم (الرس) وأنتم قائد عاصفة الحزم", "dayrah"),
        ("الأستاذ محمود بن مراد ديره ولد حننا..", "dayrah"),
    ],
)  # fmt: skip
def test_a_pretext_is_no_hajjah_and_home_is_no_deira(gazetteer, text, entity_id):
    assert entity_id not in {m.entity_id for m in find_mentions(text, gazetteer)}
    assert "dayrah" not in gazetteer.entities


def test_hajjah_in_a_list_of_yemens_governorates_still_counts(gazetteer):
    # 2015-08-01-324: after محافظة باليمن, a list of Yemeni places
    text = (
        "ويعانون بشدة من انعدام الأمن الغذائي في 13 محافظة باليمن: هي أبين، وعدن، والضالع، والمحويت، وعمران، وذمار، "
        "وحجة، والحديدة، ولحج، وصنعاء، وصعدة، وشبوة، وتعز."
    )
    assert "hajjah" in {m.entity_id for m in find_mentions(text, gazetteer)}


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # an ambiguous town in a list beside a place of its own state, joined by و or a comma, counts
        # (2015-07-22-1351, 2015-08-01-76, 2015-08-06-2601: Yemen's Hajjah; 2015-08-01-1043: Bahrain's Sitra)
        ("لمواصلة تقديم خدمات الرعاية الصحية وعلاج الجرحي في تعز وحجة وصعدة.", "hajjah", True),
        ("في حين واصل طيران التحالف الجمعة غاراته على مواقع الحوثيين في صعدة وحجة ومأرب.", "hajjah", True),
        ("وكانت مقاومة \"إقليم تهامة\" التي تضم محافظات \"الحديدة، حجة، المحويت\" تبنت عشرات العمليات", "hajjah",
         True),
        # a neighbour inside a longer name is no list (2015-07-31: قناة السويس is the canal, not Suez)
        ("كان ضروريا في هذا التوقيت للحفاظ على تصنيف قناة السويس", "suez", False),
        # the word with no place beside it stays a word (the forty-sixth uniform sample)
        ("وأفاد أبو دياب أن حجة الهدم عدم وجود رخصة في الطابق الثالث .", "hajjah", False),
    ],
)  # fmt: skip
def test_an_ambiguous_town_listed_beside_a_place_of_its_state_counts(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


# --- the forty-seventh round: a capital ranked with cities or places is the city; هيئة الهلال is the Red Crescent ---


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # the forty-seventh uniform sample (2015-07-31-453): Lulu's chairman on investing in London
        ("وقال علي في بيان عبر البريد الإلكتروني أمس: «لا شك أن لندن أحد أفضل المواقع في العالم وخصوصا من ناحية "
         "السياحة ونعكف على تقييم فرص الاستثمار", "لندن", ("london", "place")),
        # SaudiNewsNet 2015-07-21-2161: Vienna "one of the European cities"
        ("بما ذكر موقع \"ذا لوكال\" الإخبارى الأوروبى. وتعتبر فيينا واحدة من المدن الأوروبية التى تضع خطة "
         "استراتيجية", "فيينا", ("vienna", "place")),
        # against: a partner or an importer a capital is one of is its state (SaudiNewsNet 2015-08-07-232)
        ("إلى ذلك تعتبر بكين أحد أهم الشركاء التجاريين للدول الخليجية والعربية", "بكين", ("china", "metonym")),
        ("وفي الوقت ذاته تعتبر بكين أحد أهم المستوردين للنفط العربي", "بكين", ("china", "metonym")),
    ],
)  # fmt: skip
def test_a_capital_ranked_with_cities_or_places_is_the_city(gazetteer, text, alias, expected):
    assert readings(text, gazetteer, alias) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # the forty-seventh uniform sample (2015-07-27-1147): the authority named without الأحمر, read as Al-Hilal FC
        "وأهاب المتحدث الرسمي لهيئة الهلال السعودي بالباحة عماد بن منسي الزهراني بالأخوة المواطنين والمقيمين",
        # 2015-07-25-1173: الأحمر written with a presentation-form ligature (U+FEF7), nothing found before
        "وأوضح المتحدث الرسمي لهيئة الهلال ا\ufef7حمر بالباحة عماد منسي الزهراني أن الحالات المرضية المختلفة بلغت 106 حالات",
    ],
)
def test_the_authority_of_the_crescent_is_the_saudi_red_crescent(gazetteer, text):
    found = {m.entity_id for m in find_mentions(text, gazetteer)}
    assert "saudi_red_crescent" in found
    assert "al_hilal_fc" not in found


def test_the_crescent_club_stays_the_club(gazetteer):
    # against: SaudiNewsNet 2015-08-09-805, the club after the league's name
    text = (
        "أقيمت مباراة افتتاح بطولة كأس المؤسس بين بطل دوري كأس خادم الحرمين الشريفين الهلال السعودي، وبطل كأس ولي العهد"
    )
    assert "al_hilal_fc" in {m.entity_id for m in find_mentions(text, gazetteer)}


# --- the seventeenth metonymy file -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # a capital joined by و to a city that is no capital is a place, whatever the word before the list says (the
        # seventeenth metonymy file, 2015-08-03-1223: a verb; SaudiNewsNet 2015-07-21-453: بين; 2015-08-01-253: a verb)
        ("واتسعت التظاهرات الاحتجاجية ضد الفساد ونقص الخدمات لتشمل بغداد والبصرة والنجف وكربلاء وواسط وذي قار.",
         "بغداد", ("baghdad", "place")),
        ("للعمل أساسا على البواخر النهرية العاملة بين بغداد والبصرة، إضافة إلى السريان", "بغداد", ("baghdad", "place")),
        ("على بعد 200 كلم شمالي بكين. وتنافست بكين والماتي بعد انسحاب جميع المدن الأوروبية الأخرى", "بكين",
         ("beijing", "place")),
        # counter-examples: a city that stands for a government, a capital written otherwise than its metonym, and
        # New York for the UN keep the capitals governments (SaudiNewsNet 2015-07-21: بغداد وأربيل; 2015-08: هانوي)
        ("ومن جهة أخرى هناك مطالب السنة وهناك التوتر بين بغداد وأربيل، وهو يواجه تحديات عدة.", "بغداد",
         ("iraq", "metonym")),
        ("فيتنام التي تحتفل بالذكرى العشرين لإقامة علاقات دبلوماسية بين هانوي وواشنطن.", "واشنطن", ("usa", "metonym")),
        ("وقبل أن تتحرك نيويورك وبروكسل وواشنطن لرفع العقوبات الأممية والأوروبية والأميركية المفروضة على إيران",
         "واشنطن", ("usa", "metonym")),
    ],
)  # fmt: skip
def test_a_capital_listed_with_a_city_that_is_no_capital_is_a_place(gazetteer, text, alias, expected):
    assert expected in readings(text, gazetteer, alias)


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # a capital's nuclear programme or activities are its state's (the seventeenth metonymy file, 2015-07-31-1793;
        # SaudiNewsNet 2015-07-21-2079, 2015-07-21-627)
        ("وقد يزيد الاتفاق الذي توصلت إليه إيران والقوى العالمية هذ الشهر بخصوص أنشطة طهران النووية من المعروض",
         "طهران", ("iran", "metonym")),
        ("ولطالما عارض اردوغان العقوبات الدولية التي تستهدف الحد من برنامج طهران النووي.", "طهران", ("iran", "metonym")),
        ("ستتوصل الى اتفاق نهائي بعد أيام معدودة بشأن ملف طهران النووي", "طهران", ("iran", "metonym")),
        # counter-example: the agreement named after the city where it was made stays the city
        ("يوم الاثنين الماضي أقر مجلس الأمن الدولي بالإجماع اتفاق فيينا النووي بين إيران والمجموعة السداسية", "فيينا",
         ("vienna", "place")),
    ],
)  # fmt: skip
def test_a_capitals_nuclear_programme_is_its_states(gazetteer, text, alias, expected):
    assert expected in readings(text, gazetteer, alias)


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # a capital right before بأنها is the one accused or described (the seventeenth metonymy file, 2015-08-07-1213,
        # 2015-07-22-1748)
        ("وغضت الولايات المتحدة من جهتها نظرها عن التركيز التركي على الاكراد، واصفة أنقرة بأنها «شريك أساسي» في الحرب",
         "أنقرة", ("turkey", "metonym")),
        ("ويتهم حلفاء تركيا منذ اشهر انقرة بانها لا تبذل جهودا كافية لمكافحة تنظيم داعش", "أنقرة",
         ("turkey", "metonym")),
        # counter-examples: after a locative, العاصمة with ل among them, the city (the seventeenth file, 2015-07-31;
        # SaudiNewsNet 2015-07-21)
        ("وصف الزيارة التي قام بها وزير الخارجية الفرنسي لوران فابيوس في الأسبوع الماضي إلى طهران بأنها زيارة البحث",
         "طهران", ("tehran", "place")),
        ("الذي أبداه \"سفراء الوطن\" على الحدود الجنوبية وأسرهم خلال زيارتهم للعاصمة الرياض بأنه مؤشر على أن هناك وعيا",
         "الرياض", ("riyadh", "place")),
    ],
)  # fmt: skip
def test_a_capital_accused_or_described_is_its_government(gazetteer, text, alias, expected):
    assert expected in readings(text, gazetteer, alias)


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # verbal nouns of a government's deeds or of what is done to it, counted before every capital of SaudiNewsNet
        # (the seventeenth metonymy file, 2015-07-31-330; SaudiNewsNet 2015-07-21-2135, 2015-07-26-167, 2015-08-03-1181)
        ("أعلن وزير الدفاع الاميركي اشتون كارتر أن تدريب واشنطن لمقاتلي المعارضة السورية المعتدلة انطلق ببطء شديد",
         "واشنطن", ("usa", "metonym")),
        ("وقال البيان بعد أيام من استدعاء إسلام آباد للسفير الهندي على اثر إعلانها", "إسلام آباد",
         ("pakistan", "metonym")),
        ("ولكن استخدام موسكو للطاقة كسلاح لتعزيز سياستها الخارجية عزز من عزم الاتحاد الأوروبي", "موسكو",
         ("russia", "metonym")),
        ("وفي إطار رفع تجميد مساعدتها العسكرية، أعلنت واشنطن عن تسليم القاهرة الجمعة الماضية ثماني طائرات", "القاهرة",
         ("egypt", "metonym")),
        # counter-example: a capital added to a list of destinations (إدراج, not listed) stays the city (2015-08)
        ("لكن هذه المرة تم إدراج لندن من بين محطات سفرها، وهذه نسبة كبيرة", "لندن", ("london", "place")),
    ],
)  # fmt: skip
def test_a_governments_deeds_as_verbal_nouns(gazetteer, text, alias, expected):
    assert expected in readings(text, gazetteer, alias)


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # a verb, then a preposition with a plural or dual pronoun or مع with a pronoun, then a capital: its subject
        # (the eighteenth metonymy file, 2015-08-10-1268, 2015-08-09-83; SaudiNewsNet 2015-08-07-232)
        ("ربما كي يستخدموها في وقت لاحق بعد أن تهيئ لهم طهران الأوقات المناسبة", "طهران", ("iran", "metonym")),
        ("حاربا السلطات المركزية لعقود، وخاضت معهما لندن ومدريد فصولا من الحرب، ومن التفاوض", "لندن", ("uk", "metonym")),
        ("حاربا السلطات المركزية لعقود، وخاضت معهما لندن ومدريد فصولا من الحرب، ومن التفاوض", "مدريد",
         ("spain", "metonym")),
        ("لما سمحت لهم واشنطن بموطئ قدم في الشرق الأوسط", "واشنطن", ("usa", "metonym")),
        # counter-examples: no verb before the preposition, or ب glued to the capital (SaudiNewsNet)
        ("وفي أحد لقاءاتي معه بباريس كنت أنتظره", "باريس", ("paris", "place")),
        ("عن تواري بعض القيادات التابعة لصالح والحوثيين عن الأنظار في مدن يمنية، منها صنعاء وتعز، بعد تلقيها أوامر",
         "صنعاء", ("sanaa", "place")),
    ],
)  # fmt: skip
def test_a_verb_and_a_pronoun_with_its_preposition_before_a_capital(gazetteer, text, alias, expected):
    assert expected in readings(text, gazetteer, alias)


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # من after a word of backing, request or issuing makes the capital the agent, as من جانب does (SaudiNewsNet
        # 2015-07-22-1619, 2015-07-27-96, 2015-07-31-684, 2015-08-09-232)
        ("وكان طلب إيران المدعوم من موسكو لرفع هذا الحظر أحد أبرز النقاط الخلافية في المفاوضات", "موسكو",
         ("russia", "metonym")),
        ("بينما يعقد حلف شمال الأطلسي (الناتو) اجتماعا غدا الثلاثاء، بطلب من أنقرة، العضو في الحلف", "أنقرة",
         ("turkey", "metonym")),
        ("حول قضايا تجارية والسياسات النووية والمناخية وغيرها.ولم يصدر من طوكيو اي رد فعل مباشر حول وثائق ويكيليكس",
         "طوكيو", ("japan", "metonym")),
        ("حيث استمر في اتباع سياسات صدام الطائفية بدعم من طهران، ولكن كانت هذه المرة لمصلحة الشيعة", "طهران",
         ("iran", "metonym")),
        # counter-examples: a paper published in a capital (تصدر, not in the list); من after a word of motion
        # (SaudiNewsNet; the eighteenth file, 2015-07-24-1362)
        ("وكان في يدي نسخة من جريدة الحياة اللبنانية التي تصدر من بيروت، وعندما صافحته", "بيروت", ("beirut", "place")),
        ("كانت الطائرة المفقودة في طريقها إلى بكين قادمة من كوالالمبور وعلى متنها 227 راكبا", "كوالالمبور",
         ("kuala_lumpur", "place")),
    ],
)  # fmt: skip
def test_a_capital_that_backs_requests_or_issues_after_min(gazetteer, text, alias, expected):
    assert expected in readings(text, gazetteer, alias)


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # a capital right before its own state's nisba is the city the nisba describes, whatever a list before it
        # says (the eighteenth metonymy file, 2015-07-24-1562: a film's city, read as Japan after «الأمريكية و»)
        ("في أزقة الأحياء المهجورة بالمدينة الميتروبوليس الحديثة سان فرانسيسكيو –خليط من سان فرانسيسكو الأمريكية "
         "وطوكيو اليابانية- لكنه وبسبب زيارة بسيطة لمختبر أخيه", "طوكيو", ("tokyo", "place")),
        ("وذلك خلال حفل أقيم ضمن فعاليات منتدى الاقتصاد الأخضر، الذي انعقد في مدينة روما الإيطالية", "روما",
         ("rome", "place")),
        # counter-example: no nisba after it, the government acting (the eighteenth file)
        ("ودعت واشنطن السلطات الايرانية الى الافراج عن الصحافي لكن طهران اكدت انها لا تعترف بازدواج الجنسية",
         "طهران", ("iran", "metonym")),
    ],
)  # fmt: skip
def test_a_capital_before_its_own_states_nisba_is_the_city(gazetteer, text, alias, expected):
    assert expected in readings(text, gazetteer, alias)


@pytest.mark.parametrize(
    "text, alias, present",
    [
        # Roma, the club, the other side of a match after أمام, على or مضيفه in a sentence about football: no mention
        # of Rome (the eighteenth metonymy file, 2015-07-24-559; SaudiNewsNet 2015-07-24-147, 2015-08-10-1261)
        ("شهد اليوم الأول من الجولة الثالثة لدوري أبطال أوروبا سلسلة من النتائج العريضة في ليلة كثرت فيها الأهداف، "
         "حيث قسى بايرن ميونخ على مضيفه روما بسبعة أهداف", "روما", False),
        ("استهل المدرب رفائيل بنيتز مشواره مع ريال مدريد بهزيمة محبطة 7-6 بركلات الترجيح أمام روما في مواجهة ودية",
         "روما", False),
        ("وسيغيب نيمار - الذي تألق في مباراة ودية أمام روما الأسبوع الماضي - عن مباراة كأس السوبر الأوروبية", "روما",
         False),
        # counter-examples: على before Rome with no football in the sentence (Attila), في in a football sentence
        # (SaudiNewsNet)
        ("واستغل فترة الصيف ليصب غضبه على روما ذاتها، فهذه المرة لم يوجه جيوشه إلى الغرب", "روما", True),
        ("حيث اكتفى فريق العاصمة بالتعادل 2-2 وبشق الأنفس مع ضيفه ساسولو في المباراة التي جمعتهما اليوم على ملعب "
         "(الأولمبيكو) في روما", "روما", True),
    ],
)  # fmt: skip
def test_roma_the_clubs_opponent_in_a_football_sentence(gazetteer, text, alias, present):
    assert bool(readings(text, gazetteer, alias)) is present


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # أمام right before a capital: what lies before its government, its choices (SaudiNewsNet 2015-08-10-128,
        # 2015-07-23-3, 2015-08-09-956)
        ("وظهور فصائل محلية لتنظيم داعش، وبالتالي فليس أمام إسلام آباد خيارات أخرى سوى بذلها كل الجهود لإقناع طالبان",
         "إسلام آباد", ("pakistan", "metonym")),
        ("خاصة أنهم يعرفون أن «العين بصيرة لكن اليد قصيرة» وأنه لم يعد أمام طهران إلا التخلي عن حلم جميل", "طهران",
         ("iran", "metonym")),
        ("وأمام الرياض مساحة كبيرة لإصدار السندات إذ أن الدين العام لا يتجاوز 12 مليار دولار", "الرياض",
         ("saudi_arabia", "metonym")),
        # counter-example: another locative before a capital is still the city (SaudiNewsNet, the eighteenth file)
        ("وكان أوباما قد وصل مساء أول من أمس إلى نيروبي، حيث كان في استقباله نظيره الكيني أوهورو كيناتا", "نيروبي",
         ("nairobi", "place")),
    ],
)  # fmt: skip
def test_amam_before_a_capital_puts_its_government_before_its_choices(gazetteer, text, alias, expected):
    assert expected in readings(text, gazetteer, alias)


# --- the forty-eighth round: a scholar of religion known by his nisba after his title ---


@pytest.mark.parametrize(
    "text",
    [
        # the forty-eighth uniform sample (2015-08-10-1277): the hadith scholar al-Albani, read as Albania
        "ولقد وقفت طويلاً أمام حديث أورده الإمام أحمد - رحمه الله - وصححه الشيخ الألباني رحمه الله قال",
        # SaudiNewsNet 2015-07-22-1912: his book on the Muslim woman's dress
        "فليقرأ كتاب الإمام الألباني، رحمه الله: جلباب المرأة المسلمة.",
    ],
)
def test_a_scholars_nisba_after_his_title_is_no_state(gazetteer, text):
    assert readings(text, gazetteer, "الألباني") == []


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # against: a given name after the nisba, which is his nationality (SaudiNewsNet 2015-08-08-264, 2015-07-31-648)
        ("سيحتفظ الشيخ الكويتي احمد الفهد برئاسة المجلس الاولمبي الاسيوي حتى 2019 بالتزكية", "الكويتي",
         ("kuwait", "adjective")),
        ("وأكد الشيخ البحريني سلمان بن إبراهيم آل خليفة رئيس الاتحاد الآسيوي لكرة القدم", "البحريني",
         ("bahrain", "adjective")),
        # against: a club's nationality, no title before it (SaudiNewsNet 2015-08-07-1148)
        ("إسكندربيو الألباني مع دينامو زغرب الكرواتي", "الألباني", ("albania", "adjective")),
    ],
)  # fmt: skip
def test_a_nisba_before_a_given_name_or_after_another_word_is_the_state(gazetteer, text, alias, expected):
    assert readings(text, gazetteer, alias) == [expected]


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # sanctions with two adjectives between them and على: the capital is the government sanctioned (the
        # nineteenth metonymy file, SaudiNewsNet 2015-07-22-1549; 2015-08-11-161, 2015-08-09-910)
        ("من أجل الحصول على تفاصيل عن الاتفاق الذي يهدف إلى تخفيف العقوبات الاقتصادية المفروضة على طهران مقابل "
         "ضمانات بعدم سعيها لتطوير أسلحة نووية.", "طهران", ("iran", "metonym")),
        ("تفاقم الانكماش في روسيا في الربع الثاني من هذا العام بسبب انخفاض أسعار النفط والعقوبات الغربية المفروضة "
         "على موسكو، مع تراجع بنسبة 4.6 في المائة", "موسكو", ("russia", "metonym")),
        ("بين القوى العالمية الست وإيران لرفع العقوبات الاقتصادية الخانقة على طهران في مقابل فرض قيود على برنامجها "
         "النووي", "طهران", ("iran", "metonym")),
        # … and an indefinite sanction with an indefinite adjective (SaudiNewsNet 2015-07-21-616, 2015-07-22-1004)
        ("وينص الاتفاق على كبح البرنامج النووي الإيراني لعشرة أعوام مقابل رفع عقوبات مالية عن طهران تدر مئات "
         "المليارات من الدولارات.", "طهران", ("iran", "metonym")),
        ("بقرار حكوماتها بفرض حظر تجاري على موسكو تنفيذاً لقرار الدول الغربية بمقاطعة روسيا اقتصادياً", "موسكو",
         ("russia", "metonym")),
        # counter-examples: two words before على and no sanction: the city taken or flown over (SaudiNewsNet
        # 2015-07-23-397, 2015-07-24-1613, the second metonymy sample)
        ("لمنع الحوثيين من السيطرة تماماً على البلاد بعد أن سيطروا على صنعاء في أيلول/سبتمبر 2014.", "صنعاء",
         ("sanaa", "place")),
        ("ورجحت المصادر أن طيران التحالف الذي جدد تحليقه على صنعاء بعد هدوء نسبي خلال اليومين السابقين", "صنعاء",
         ("sanaa", "place")),
        ("ومنذ سيطرة الحوثيين على صنعاء في سبتمبر (أيلول) الماضي، منع الحوثيون", "صنعاء", ("sanaa", "place")),
    ],
)  # fmt: skip
def test_sanctions_with_two_adjectives_before_a_capital_are_on_its_government(gazetteer, text, alias, expected):
    assert expected in readings(text, gazetteer, alias)


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # في with و or ف (three letters, no proclitic split off) fronts the scene; the verb after the capital is
        # another subject's (the nineteenth metonymy file, SaudiNewsNet 2015-07-21-1832; 2015-07-31-422,
        # 2015-08-08-720, 2015-07-21-600)
        ("وفي القاهرة أعلنت دار الافتاء المصرية أن غدا الجمعة هو غرة شهر شوال", "القاهرة", ("cairo", "place")),
        ("وفي موسكو نقلت وكالة «إنترفاكس» الروسية للأنباء عن وزير الطاقة ألكسندر نوفاك قوله", "موسكو",
         ("moscow", "place")),
        ("وفي الرباط أكدت وزارة الشؤون الخارجية والتعاون المغربية: أن المملكة المغربية تدين هذه الجريمة", "الرباط",
         ("rabat", "place")),
        ("ففي القاهرة تضاف الصلصة الحمراء إلى الخل والثوم ليصبح الصوص الخاص بالفتة أحمر اللون", "القاهرة",
         ("cairo", "place")),
        # counter-example: وفي further back, a verb right before the capital: it acts (SaudiNewsNet 2015-07-31-145)
        ("وفي بيان نشر على حساب رئيس الوزراء حيدر العبادي على تويتر دعت بغداد تركيا لتجنب المزيد من التصعيد",
         "بغداد", ("iraq", "metonym")),
    ],
)  # fmt: skip
def test_wa_fi_before_a_capital_is_the_scene(gazetteer, text, alias, expected):
    assert expected in readings(text, gazetteer, alias)


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # a verbal noun of the shape تفعيل with the accusative's alif after a capital is an adverb, no verb whose
        # subject it is (the nineteenth metonymy file's class, SaudiNewsNet 2015-08-01-1020)
        ("والمطالبة بدعم التوافق الذي سيتم التوصل إليه في لقاءات موسكو تمهيدا لاعتماده في مؤتمر جنيف3.", "موسكو",
         ("moscow", "place")),
        # counter-example: a verb right before the capital, the adverb after it: it acts (SaudiNewsNet
        # 2015-07-25-495)
        ("وكانت محكمة التحكيم في لاهاي قضت في 2014 بأن تدفع موسكو تعويضاً قدره 50 مليار دولار للمساهمين", "موسكو",
         ("russia", "metonym")),
    ],
)  # fmt: skip
def test_an_adverb_of_the_shape_tafilan_after_a_capital_is_no_verb(gazetteer, text, alias, expected):
    assert expected in readings(text, gazetteer, alias)


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # a Saudi city's municipality, health or education directorate or chamber of commerce, an emirate, before a
        # capital is the city's, whatever verb follows (the twentieth metonymy file's class, SaudiNewsNet
        # 2015-07-24-1138; 2015-07-21-1544, 2015-07-21-1916, 2015-08-06-1197, 2015-08-04-1059)
        ("وذكر مدير العلاقات العامة والإعلام الصحي الأستاذ سعد بن مسفر القحطاني، أن صحة الرياض جرت العادة على إقامة "
         "حفل معايدة لمنسوبيها", "الرياض", ("riyadh", "place")),
        ("رابط الخبر بصحيفة الوئام: أمانة الرياض تعتذر عما حدث من تجاوز غير لائق بعروض «ستاند أب»", "الرياض",
         ("riyadh", "place")),
        ("رابط الخبر بصحيفة الوئام: غرفة الرياض تدفع بــ«252» من الكوادر النسائية لسوق العمل", "الرياض",
         ("riyadh", "place")),
        ("وأشار إلى أن ادارة تعليم الرياض نظمت برنامجا متكاملا لسفراء و سفيرات الحزم", "الرياض", ("riyadh", "place")),
        ("وبحسب دراسة تريجرانيت فإن إمارة أبوظبي تطبق استراتيجية ثابتة للتوسع في المشروعات العقارية", "أبوظبي",
         ("abu_dhabi", "place")),
        # counter-example: a capital with no such noun before it, a verb after it: its government (SaudiNewsNet
        # 2015-07-27-138, the twentieth file)
        ("بينما أكد ناشط سياسي موصلي أن بغداد تعمدت بقرارها في نقل شرطة نينوى", "بغداد", ("iraq", "metonym")),
    ],
)  # fmt: skip
def test_a_citys_directorate_before_a_capital_is_the_city(gazetteer, text, alias, expected):
    assert expected in readings(text, gazetteer, alias)


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # a word of storming, invading or occupying up to three words before a capital with ل: the city taken (the
        # twentieth metonymy file's class, SaudiNewsNet 2015-08-10-826; 2015-08-09-155, 2015-07-21-453)
        ("وقالت أنه منذ اجتياح الميليشيات لصنعاء جرى إغلاق ونهب ومصادرة مقرات وأدوات العديد من المؤسسات الإعلامية",
         "صنعاء", ("sanaa", "place")),
        ("في عام 2003 وقت الغزو الأميركي للعراق واقتحام القوات الأميركية لبغداد.", "بغداد", ("baghdad", "place")),
        ("وهنا من المفيد الإشارة إلى أنه إبان فترة الاحتلال الصفوي لبغداد تولى حكم المدينة ضابط من أصل أرمني",
         "بغداد", ("baghdad", "place")),
        # counter-examples: the word further back (four words), and ل after no such word: the government
        # (SaudiNewsNet 2015-08-07-1261)
        ("لماذا أصبح الحوثي يمثل الاحتلال الإيراني والوكيل الحصري لطهران في اليمن", "طهران", ("iran", "metonym")),
        ("ودعا إلى وقف الضغوط غير الشرعية لواشنطن على الدول", "واشنطن", ("usa", "metonym")),
    ],
)  # fmt: skip
def test_a_capital_stormed_invaded_or_occupied_is_the_city(gazetteer, text, alias, expected):
    assert expected in readings(text, gazetteer, alias)


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # كلا من, the accusative of كل من, before capitals joined by و: the word before it speaks for them (the
        # twentieth metonymy file's class, SaudiNewsNet 2015-08-06-346; 2015-08-08-73)
        ("فإن كلا من طهران وأنقرة أكدت أن بقاء بارزاني في منصبه ضروري جدا", "أنقرة", ("turkey", "metonym")),
        ("فإن كلا من طهران وأنقرة أكدت أن بقاء بارزاني في منصبه ضروري جدا", "طهران", ("iran", "metonym")),
        ("لكن كلا من واشنطن وموسكو اتفقتا في معارضة استخدام الأسلحة الكيماوية", "واشنطن", ("usa", "metonym")),
        # counter-example: في before كل من: the cities (SaudiNewsNet 2015-07-23-756)
        ("كما حضر رؤساء قطاعات المناطق حفلات المعايدة التي نظمت في كل من الرياض وجدة والدمام وأبها", "الرياض",
         ("riyadh", "place")),
    ],
)  # fmt: skip
def test_kulla_min_before_capitals_is_read_as_kull_min(gazetteer, text, alias, expected):
    assert expected in readings(text, gazetteer, alias)


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # a state's exports or imports named by its capital: the state, as its debts are (the twentieth metonymy
        # file's class, SaudiNewsNet 2015-07-26-125; 2015-07-21-162)
        ("بعد الهبوط الحاد الذي شهدته واردات بكين من النفط الخام السعودي خلال شهر مايو (أيار) الماضي.", "بكين",
         ("china", "metonym")),
        ("وقد تصل صادرات طهران من النفط إلى 2.4 مليون برميل يوميًا في 2016", "طهران", ("iran", "metonym")),
        # counter-example: a company named after the city (SaudiNewsNet 2015-08-10-377)
        ("فسيتم إجراء المقابلات الوظيفية بمقر شركة استثمارات الرياض الصناعية لشغل 4 وظائف", "الرياض",
         ("riyadh", "place")),
    ],
)  # fmt: skip
def test_a_capitals_exports_and_imports_are_its_states(gazetteer, text, alias, expected):
    assert expected in readings(text, gazetteer, alias)


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # a capital's awareness: its government's, a noun of its stance (the twenty-third metonymy file's error,
        # SaudiNewsNet 2015-08-03-142; 2015-08-06-2476)
        ("أوضح كيري أن بلاده ملتزمة بقوة بدعم علاقاتها بمصر، مشددا على إدراك واشنطن أن إيران هي الدولة الأولى "
         "الراعية للإرهاب", "واشنطن", ("usa", "metonym")),
        ("ونظرا لإدراك الدول الغربية، وإدراك موسكو أن ايران مساهم في تعزيز بنية وبيئة التطرف والارهاب في المنطقة",
         "موسكو", ("russia", "metonym")),
        # counter-example: إدراج, a capital added to a list of destinations, the city (SaudiNewsNet, 2015-07-21, aleqt)
        ("تم إدراج لندن من بين محطات سفرها", "لندن", ("london", "place")),
    ],
)  # fmt: skip
def test_a_capitals_awareness_is_its_governments(gazetteer, text, alias, expected):
    assert expected in readings(text, gazetteer, alias)


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # a visit or an arrival up to twenty words before a capital with ل, the visitor's titles between: the city
        # (the fourteenth metonymy round; the nineteenth file's error, SaudiNewsNet 2015-07-27-367; 2015-08-01-733)
        ("وصلت بعثة الفريق الكروي الأول بنادي الطائي أمس الأول برئاسة عضو مجلس الإدارة ومشرف الفريق الأول الأستاذ "
         "نايف المهيلب للقاهرة لإقامة معسكر إعدادي بمدينة 6 أكتوبر", "القاهرة", ("cairo", "place")),
        ("الصادر في ختام زيارة صاحب السمو "
         "الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع "
         "للقاهرة.", "القاهرة", ("cairo", "place")),
        # ... a relative clause of the visit itself between (SaudiNewsNet 2015-08-07-1011)
        ("وأضاف المسؤول الذي طلب عدم نشر اسمه أن الزيارة التي قام بها قاسم سليماني لموسكو جرت في النصف الثاني من "
         "يوليو.", "موسكو", ("moscow", "place")),
        # counter-example: another relative clause between, with its own verb: the government handed to
        # (SaudiNewsNet 2015-07-31-2046)
        ("وربط اتحاد القوى العراقية توقيت قرار تعيين ممثل خامنئي في العراق الذي اعقب زيارة وزير الخارجية جواد ظريف "
         "يشير الى اتفاق رسمي مع السلطات العراقية التي سلمت سيادة العراق لطهران من خلال افتتاح مقر رسمي", "طهران",
         ("iran", "metonym")),
    ],
)  # fmt: skip
def test_a_visit_far_before_a_capital_with_la_is_to_the_city(gazetteer, text, alias, expected):
    assert expected in readings(text, gazetteer, alias)


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # the channel Abu Dhabi Sports: neither the city nor the government (the twenty-first metonymy file's error,
        # SaudiNewsNet 2015-08-10-209)
        ("ونالت أبوظبي الرياضية مؤخرا حقوق بث مباريات الدوري الكويتي الممتاز لمدة ست سنوات.", "أبوظبي", None),
        ("وقالت أبوظبي الرياضية في بيان اليوم الاثنين", "أبوظبي", None),
        # counter-example: the city's airport, another adjective after it (2015-07-31-1170, the twenty-first file)
        ("وهو ما يساهم الآن في تعزيز النشاط بمطار أبوظبي الدولي.", "أبوظبي", ("abu_dhabi", "place")),
    ],
)  # fmt: skip
def test_a_sports_channel_named_after_its_capital_is_neither(gazetteer, text, alias, expected):
    assert readings(text, gazetteer, alias) == ([] if expected is None else [expected])


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # a capital's old city, with ل before it, which reads the government otherwise (the fifteenth metonymy
        # round, SaudiNewsNet 2015-07-21-181; 2015-07-24-1655)
        ("وفي هذا الموضوع يتحدث الكاتب عن عشقه لدمشق القديمة ولحجارتها وياسمينها وعصافيرها", "دمشق",
         ("damascus", "place")),
        ("ويطوف بنا حواري القاهرة العتيقة في حي الجمالية", "القاهرة", ("cairo", "place")),
        # counter-example: ل alone before the capital, its government supported (2015-07-24-1742)
        ("لن يؤثر على الدعم الثابت الذي تقدمه طهران لدمشق، لا بل من شأنه أن يقوي هذه الأخيرة", "دمشق",
         ("syria_regime", "metonym")),
    ],
)  # fmt: skip
def test_a_capitals_old_city_is_the_place(gazetteer, text, alias, expected):
    assert expected in readings(text, gazetteer, alias)


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # the city's prince, its governor (the fifteenth metonymy round, SaudiNewsNet 2015-07-24-51; 2015-08-07-962;
        # 2015-08-06-3159)
        ("فمليكنا صنع مجداً مُنذُ كان أميراً للرياض إلى أن تولّى مقاليد الحكم", "الرياض", ("riyadh", "place")),
        ("التي رعاها الملك سلمان بن عبدالعزيز عندما كان أميراً للرياض ورئيساً للجنة الشعبية", "الرياض",
         ("riyadh", "place")),
        ("وكان أمير الرياض قد التقى سابقاً مدير جامعة الملك سعود وأعضاء مجلس إدارة الجمعية", "الرياض",
         ("riyadh", "place")),
        # counter-example: the state praised, ل alone before it (2015-07-31-1303)
        ("كما أشاد بالمواقف المشرفة للرياض وقيادتها السياسية إزاء مصر وشعبها", "الرياض", ("saudi_arabia", "metonym")),
    ],
)  # fmt: skip
def test_a_citys_prince_is_the_city(gazetteer, text, alias, expected):
    assert expected in readings(text, gazetteer, alias)


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # travelling, going, heading or arriving (future) some words before a capital with ل: the city (the fifteenth
        # metonymy round, SaudiNewsNet 2015-08-11-181; 2015-07-24-1569; 2015-07-22-1691; 2015-08-11-385)
        ("وصرت أقدّم أغانيه في الحفلات المدرسية بدمشق وفي عام 1970 سافرت للقاهرة والتقيت الراحل الأطرش", "القاهرة",
         ("cairo", "place")),
        ("يقيم بهاري عند ذهابه لطهران مع أمه", "طهران", ("tehran", "place")),
        ("يقول \"عندما تعطلت سيارتي وانا مع عائلتي متجهين للرياض، وقف شباب من الملتحين", "الرياض",
         ("riyadh", "place")),
        ("هذا وسيصل مساء اليوم الثلاثاء كابتن الفريق حسين عبد الغني الموقوف عن المباراة للندن لدعم زملائه", "لندن",
         ("london", "place")),
        # counter-examples: arms sold to the state, support pledged to it (2015-07-31-293; 2015-07-31-410)
        ("لأنها تريد نصيبا من الأصول الإيرانية المتجمدة من خلال بيع أسلحة لطهران.", "طهران", ("iran", "metonym")),
        ("وتعهد بتقديم دعم ثابت لنيروبي من أجل مكافحة حركة الشباب", "نيروبي", ("kenya", "metonym")),
    ],
)  # fmt: skip
def test_more_words_of_travel_before_a_capital_with_la_are_to_the_city(gazetteer, text, alias, expected):
    assert expected in readings(text, gazetteer, alias)


# --- the fiftieth round: جنان "gardens" is no Jinan --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the fiftieth uniform sample (2015-08-09-378): condolences, "in the gardens of eternity"
        "عاصي الحلاني: «إنا لله وإنا إليه راجعون، سعود الأخ والصديق الصدوق لن ننساك، في جنان الخلد بإذن الله».",
        # 2015-07-21-1513, 2015-08-10-800: gardens, and a Nabati verse
        "تستحيل إلى جنان وارفة على الرغم من شظف العيش وضيق ذات اليد",
        "اعشق ليالي نجد لو انها ادماس  وأيامها عندي جنان سعيده",
    ],
)
def test_gardens_are_no_jinan(gazetteer, text):
    assert "jinan" not in {m.entity_id for m in find_mentions(text, gazetteer)}


def test_jinan_keeps_its_own_spelling(gazetteer):
    assert "جينان" in {a.alias for a in gazetteer.aliases if a.entity_id == "jinan"}
    assert "جنان" not in {a.alias for a in gazetteer.aliases if a.entity_id == "jinan"}


# --- the fiftieth round: القاعدة "the base" in a text on a named base; the town of Al-Qa'idah ----------------------

# the fiftieth uniform sample (2015-08-04-1312): the Al-Anad air base, called القاعدة "the base" all through, in an
# article that also names al-Qaeda's men (عناصر القاعدة)
AL_ANAD = (
    'ونقلت "رويترز" عن فضل حسن قائد عملية "التحرير" أن قواته تمشط القاعدة الواقعة شمالي مدينة عدن. '
    "اعترفت قناة المسيرة التابعة للحوثيين بأن مقاتلات التحالف المشترك بقيادة السعودية شنت سلسلة غارات كثيفة على "
    'القاعدة. وكان قائد عسكري ميداني يمني قال إن "الجيش الوطني والمقاومة الشعبية" سيطروا اليوم على مدرج المطار '
    "الحربي بقاعدة العند الجوية. وكانت القاعدة تضم غرفة عمليات الطائرات الأمريكية من دون طيار لاستهداف عناصر "
    "القاعدة في عدة محافظات يمنية."
)


def test_the_base_named_in_the_text_is_no_al_qaeda_but_its_men_are():
    gazetteer = load_gazetteer()
    found = [m for m in find_mentions(AL_ANAD, gazetteer) if m.entity_id == "al_qaeda"]
    # only the group's men, after the trigger عناصر, not the base four times
    assert [AL_ANAD[m.start - 6 : m.start].strip() for m in found] == ["عناصر"]


@pytest.mark.parametrize(
    "text, counted",
    [
        # the group set off in quotation marks or parentheses, in a text that names a base (2015-07-23-35,
        # 2015-07-21-228: قاعدة الجفرة, a Libyan base, and فارق الأجيال بين (القاعدة) و(داعش))
        ("في محيط قاعدة العند، وقال الباحث إنهم يقاتلون عناصر «القاعدة» والدواعش في الجنوب", True),
        ("سيطرته على قاعدة الجفرة، إذ إن فارق الأجيال بين (القاعدة) و(داعش) أحد الفوارق بينهما، وتنظيم القاعدة كان أكثر "
         "صبرا", True),
        # قاعدة before a word starting with ل names no base (2015-07-23-279)
        ("وتحويل البلد إلى قاعدة للتطرف، تحت ذرائع غير صحيحة من أهمها وجود القاعدة في العراق وتنظيم القاعدة", True),
        # the base, its men nowhere (2015-07-24-978: قاعدة إنجرليك)
        ("وافقت تركيا على فتح قاعدة إنجرليك لطائرات التحالف، واتفق الجانبان على استخدام القاعدة الموجودة في إقليم "
         "أضنة لمحاربة تنظيم داعش وتنظيم القاعدة", False),
    ],
)  # fmt: skip
def test_al_qaeda_set_off_or_named_as_a_group_still_counts(gazetteer, text, counted):
    bare = [
        m
        for m in find_mentions(text, gazetteer)
        if m.entity_id == "al_qaeda" and text[m.start : m.end] == "القاعدة" and not text[: m.start].endswith("عناصر ")
    ]
    assert bool(bare) is counted


@pytest.mark.parametrize(
    "text",
    [
        # Al-Qa'idah, a town of Ibb, after a place noun, which would otherwise trigger the group (2015-07-21-55,
        # 2015-08-10-119, 2015-08-03-1067)
        "أسروا ثلاثة من مسلحي الحوثيين في مدينة القاعدة جنوبي محافظة إب وسط البلاد، وقالت المصادر إن تنظيم داعش",
        "وقصفت مقاتلات التحالف مواقع للحوثيين وقوات صالح في منطقة القاعدة والمفرق والحوبان والمدخل الشرقي لمدينة تعز",
        # a base's adjective after it (2015-08-04-66, 2015-07-23-30)
        "ويأتي استعادة القاعدة الجوية ودحر الميليشيات بعد أسابيع على تحرير محافظة عدن من عناصر داعش",
        "مروحيات اوسبري التي عادة ما تنشر في القاعدة العسكرية الاميركية في جيبوتي",
    ],
)
def test_the_town_of_al_qaidah_and_a_base_with_its_adjective_are_no_al_qaeda(gazetteer, text):
    assert "al_qaeda" not in {m.entity_id for m in find_mentions(text, gazetteer)}


# --- the fiftieth round: الأسد "the lion" is Bashar al-Assad only in a text on Syria ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the fiftieth uniform sample (2015-08-04-816): Cecil the lion, in a column with no Syria in it
        'تابعتهم وهم ينشرون صور "سيسل" الأسد المغدور حتى إنهم كتبوا عريضة يطالبون فيها بأقصى العقوبة للصياد طبيب '
        'الأسنان، ووجدت أن هنالك من دافع عنه بحجة "أيٌّ أهم حياة الأسد أم حياة الإنسان؟"، وكأن الأسد ذهب إليه في '
        "بلده وإلى داخل منزله ثم قام بمهاجمته!",
        # 2015-07-22-1401: the Al-Asad air base in Iraq; 2015-07-27-807: the Jordanian scholar
        "وتم إرسال الأجهزة والمعدات والأسلحة إلى قاعدة عين الأسد لتبدأ التدريبات السبت المقبل في الأنبار.",
        "وطبع الأديب والناقد الأردني ناصر الدين الأسد كتابه «الاتجاهات الأدبية الحديثة في فلسطين والأردن»",
        # 2015-08-06-1047: a fable
        "استنكر الذئب وقال سيدي أليس لون العشب أخضر؟ فقال الأسد: بلى، قال الذئب إذاً لماذا حكمت علي بالسجن",
    ],
)
def test_the_lion_is_no_assad(gazetteer, text):
    assert "assad" not in {m.entity_id for m in find_mentions(text, gazetteer)}


@pytest.mark.parametrize(
    "text",
    [
        # Syria named (2015-08-04-548), its regime (2015-08-03-987: نظام الأسد with the Syrian crisis named by its
        # nisba), or him in full (2015-07-31-390)
        "مؤكدين أن نظام الأسد فقد شرعيته بالكامل، والحاجة لوجود حكومة سورية جديدة تلبي تطلعات الشعب",
        "ويمكن أن تؤدي لإطلاق تسوية سلمية للأزمة السورية تضمن بقاء الأسد في السلطة خلال الفترة القادمة",
        "وأشار إلى دعمها لنظام الرئيس السوري بشار الأسد وحزب الله، وإلى الدعم العسكري الإيراني لنظام الأسد",
    ],
)
def test_assad_in_a_text_on_syria_still_counts(gazetteer, text):
    found = [m for m in find_mentions(text, gazetteer) if m.entity_id == "assad"]
    assert any(text[m.start : m.end] == "الأسد" for m in found)


# --- the fifty-first round: Al-Riyadh Club, the other side of a match ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # after أمام, نظيره, على in a sentence about football: the club, neither the government nor the city
        # (2015-07-22-797, this round's sample; 2015-07-31-1407; 2015-08-08-984)
        "في حين يستهل مشواره الرسمي بمواجهة الرائد في كأس ولي العهد في الثاني من شهر ذي القعدة المقبل، على ان "
        "يفتتح مبارياته بالدوري أمام الرياض في السادس من الشهر ذاته.",
        "تنطلق اليوم منافسات الجولة الثانية من البطولة التصنيفية المؤهلة لأول دوري سعودي لكرة قدم الصالات. وستشهد "
        "الجولة الثانية إقامة تسع مواجهات، حيث يلتقي فريق الهلال مع نظيره الرياض على صالة رعاية الشباب",
        "إلا أن الإدارة المكلفة وبعد التشاور مع المدرب أرجأت أمر تسريحه إلى ما بعد معسكر ميولر الهولندية. وكان "
        "الشباب فاز في مباراته الودية أول من أمس على الرياض بهدف سجله حسن معاذ.",
    ],
)
def test_al_riyadh_club_after_a_word_of_the_other_side(gazetteer, text):
    assert read_surface(text, gazetteer, "الرياض") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # against: الرياض after a verb or a noun in a sentence about football is the city (2015-08-11-439,
        # 2015-08-03-803); أمام الرياض outside football is the government's choices (2015-08-09-956)
        ("قائمة اللاعبين الذين سيتم استدعاؤهم لمعسكر الرياض في الفترة 17 - 20 أغسطس", [("riyadh", "place")]),
        ("إن ألفي مشجع من جماهير النصر والهلال سيغادرون الرياض إلى لندن لحضور المباراة", [("riyadh", "place")]),
        ("وأمام الرياض مساحة كبيرة لإصدار السندات إذ إن الدين العام منخفض", [("saudi_arabia", "metonym")]),
    ],
)  # fmt: skip
def test_al_riyadh_outside_the_other_side_of_a_match(gazetteer, text, expected):
    assert read_surface(text, gazetteer, "الرياض") == expected


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # a side of a capital, a direction adjective right after it: the part of the city (the sixteenth metonymy
        # round, the twenty-second file, SaudiNewsNet 2015-08-01-839, twice)
        ("عندها سيقدم نفسه محاربا مع التحالف الدولي لداعش، بعد أن تكون دمشق الغربية والزبداني والقلمون قد تمت السيطرة "
         "عليها تماما.", "دمشق", ("damascus", "place")),
        ("وأعتقد أيضا أن إيران وحلفاءها في المنطقة يريدون دمشق الغربية للاحتفاظ بمقام السيدة زينب", "دمشق",
         ("damascus", "place")),
        # counter-example: the government, a day's name after it, no direction (2015-07-31-1060)
        ("شككت دمشق الأربعاء في نوايا تركيا بالتصدي لتنظيم داعش، وذلك في أول رد", "دمشق", ("syria_regime", "metonym")),
    ],
)  # fmt: skip
def test_a_side_of_a_capital_is_the_place(gazetteer, text, alias, expected):
    assert expected in readings(text, gazetteer, alias)


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # a city's security directorate, two words before it: the city (the sixteenth metonymy round, the
        # twenty-second file, SaudiNewsNet 2015-08-10-975; 2015-07-23-811; 2015-08-09-835, the city already)
        ("وكانت مديرية أمن القاهرة قد تلقت بلاغا يفيد بالعثور على جثتين", "القاهرة", ("cairo", "place")),
        ("كانت مديرية أمن القاهرة قد تلقت بلاغا يفيد العثور علي سلوى أبوالنجا", "القاهرة", ("cairo", "place")),
        ("عقب تسليم قوة إدارة الترحيلات سجينين مفرج عنهما لمديرية أمن القاهرة، وحال مرورها بطريق مصر", "القاهرة",
         ("cairo", "place")),
        # counter-example: إدارة alone, the government's administration (2015-08-03-179)
        ("سمعنا من وسائل الإعلام أن الجولة الثانية من المحادثات بين الإمارة الإسلامية وإدارة كابل ستبدأ قريبا",
         "كابل", ("afghanistan", "metonym")),
    ],
)  # fmt: skip
def test_a_capitals_security_directorate_is_the_city(gazetteer, text, alias, expected):
    assert expected in readings(text, gazetteer, alias)


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # a city's operations command, an army command named after the area it holds, two words before it: the
        # city, the verb after it the command's (the thirty-second metonymy round, the thirty-eighth file,
        # SaudiNewsNet 2015-08-10-68)
        ("وبينت الخلية أن قيادة عمليات بغداد تمكنت ضمن عملية فجر الكرمة من قتل 14 من عناصر داعش وجرح اثنين آخرين.",
         "بغداد", ("baghdad", "place")),
        # its commander (2015-08-01-85) and the command with its verb first (2015-08-09-833): the city already
        ("وهو ما جعل قائد عمليات بغداد الفريق الركن عبد الأمير الشمري إلى أن يحضر بسرعة", "بغداد",
         ("baghdad", "place")),
        ("وأكدت قيادة عمليات بغداد مقتل سبعة إرهابيين وتفكيك 15 عبوة ناسفة", "بغداد", ("baghdad", "place")),
        # counter-example: قيادة alone, a coalition "led by" the capital, is its government (2015-08-11-1058)
        ("وسمحت للتحالف العسكري بقيادة واشنطن باستخدام قاعدة انجرليك الجوية في الحملة ضد الجهاديين", "واشنطن",
         ("usa", "metonym")),
    ],
)  # fmt: skip
def test_a_capitals_operations_command_is_the_city(gazetteer, text, alias, expected):
    assert expected in readings(text, gazetteer, alias)


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # what a city is crowded or teeming with, the verb's pronoun before the capital: the city, as "التي تشتهر
        # بها باريس" is (the thirty-fourth metonymy round, the fortieth file, SaudiNewsNet 2015-08-11-94)
        ("لأنهم على ثقة بأن هؤلاء السياح لم يأتوا لحضور حفلات موسيقية لبيتهوفن أو شتراوس أو موزارت، ولا لزيارة "
         "المتاحف التي تكتظ بها فيينا، أو حتى للتسوق.", "فيينا", ("vienna", "place")),
        # counter-example: a verb of doing with its pronoun before the capital is still its government (the
        # metonymy rule's own case)
        ("وتساءل عن طبيعة ما تقوم به دمشق في المنطقة", "دمشق", ("syria_regime", "metonym")),
    ],
)  # fmt: skip
def test_a_city_crowded_with_something_is_the_city(gazetteer, text, alias, expected):
    assert expected in readings(text, gazetteer, alias)


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        # a capital joined by و to a name of its own state: a government is not listed beside its own state, so the
        # capital is the city (the thirty-sixth metonymy round, the forty-second file, SaudiNewsNet 2015-07-21-287:
        # London's Muslims; 2015-07-24-1537: the Super Cup's venue, England and London)
        ("واعتبر ذلك فرصة من ذهب لتوعية الناس حول الإسلام والمسلمين من جهة وتشجيع مسلمي لندن وبريطانيا على "
         "المشاركة الإيجابية في مختلف جوانب المجتمع", "لندن", ("london", "place")),
        ("المذهل أنه تأكد المكان إنجلترا ولندن تحديدا وملعب كوينزبارك في 12 أغسطس", "لندن", ("london", "place")),
        # counter-examples: a capital joined to another state, or to another party with a verb after them, is still
        # its government (2015-08-04-1225, 2015-08-07-271)
        ("خاصة بعد الاتفاق النووي بين الولايات المتحدة وطهران وما يمثله من تخوفات لدول المنطقة", "طهران",
         ("iran", "metonym")),
        ("أن واشنطن التي تدعم المعارضة السورية وموسكو لم تتمكنا من التغلب على خلافاتهما", "موسكو",
         ("russia", "metonym")),
        # and a seat beside its own state's ministry is the government whatever stands beside it (2015-08-09-684)
        ("كبير مسؤولي العقوبات في وزارة الخارجية الأميركية والبيت الأبيض «ستجدون سريعا أننا سنضطر لاتخاذ قرارات",
         "البيت الأبيض", ("usa", "metonym")),
    ],
)  # fmt: skip
def test_a_capital_beside_its_own_state_is_the_city(gazetteer, text, alias, expected):
    assert expected in readings(text, gazetteer, alias)


# --- the fifty-third round: a list of regions whose و stands apart ----------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # a و standing apart between spaces joins a list of regions as an attached one does (the fifty-third
        # uniform sample, SaudiNewsNet 2015-08-06-1576: المدينة المنورة and حائل read as the cities)
        ("كما يتوقع هطول امطار رعدية على مناطق عسير و الباحة و جازان و نجران و مكة المكرمة و المدينة المنورة و "
         "تبوك و الجوف و حائل والحدود الشمالية",
         ["asir_region", "al_bahah_region", "jazan_region", "najran_region", "makkah_region", "madinah_region",
          "tabuk_region", "al_jawf_region", "hail_region"]),
        # a region named with its noun at the head of such a list is a region's own name as عسير is (SaudiNewsNet
        # 2015-07-21-1863, 2015-07-22-873: the list joined at " و " no longer splits after it)
        ("وأجزاء من منطقة الرياض و المدينة المنورة ومكة المكرمة وجازان و عسير والباحة ونجران.",
         ["riyadh_region", "madinah_region", "makkah_region", "jazan_region", "asir_region", "al_bahah_region",
          "najran_region"]),
        # against: a list with a town that is no seat stays towns, and two seats with no region's own name stay
        # the cities, whatever the و; a region named with its noun beside a town that is no seat changes nothing
        ("لسلب المقيمين في الرياض و القصيم و المدينة المنورة و جدة، من خلال سيناريو موحد",
         ["riyadh", "qassim_region", "madinah"]),
        ("تم استلام المشروع في الباحة و نجران", ["al_bahah", "najran"]),
        ("افتتاح فروع جديدة في منطقة الرياض و جدة", ["riyadh_region", "jeddah"]),
        # and a region named with its noun at the end of a list changes nothing before it (SaudiNewsNet 2015-07-25-431:
        # a highway between the cities)
        ("ومدينة بريدة والخط السريع الواصل بين الرياض والمدينة المنورة ومنطقة حائل والشمال",
         ["buraydah", "riyadh", "madinah", "hail_region"]),
    ],
)  # fmt: skip
def test_a_list_of_regions_joined_by_a_wa_standing_apart(gazetteer, text, expected):
    found = [m.entity_id for m in find_mentions(text, gazetteer)]
    assert found[: len(expected)] == expected


# --- a nineteenth metonymy round: clubs and neighbourhoods named after a capital, a plan named after one, a tour's
# --- cities, "for" a capital, a capital's hand --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, ids",
    [
        # a club named with its capital after a foreign first word (`name_heads`): no mention of the city or the
        # state (SaudiNewsNet 2015-08-11-1203, the twenty-fifth metonymy file; 2015-08-08-452, the twenty-third;
        # 2015-07-23-108, the thirteenth and nineteenth)
        ("واحتج الهلاليون لأن اللاعب ذهب إلى نادي هابويل تل أبيب دون الرجوع إلى ناديهم الذي يملك عقده.",
         {"tel_aviv", "israel"}),
        ("خسر أربعاً منها أمام اورينتال لشبونة صفر-2 وناسيونال ماديرا", {"lisbon", "portugal"}),
        ("ورغم تقدم «أو إف كيه بلغراد»، صاحب الملعب، في النتيجة مع بداية المباراة بهدفين", {"belgrade", "serbia"}),
        # a neighbourhood named after a capital (حي with its proclitics): Al-Ahsa's Juba and Doha districts, a Mecca
        # school in the Al-Riyadh district (2015-08-09-975, the twenty-fifth file; 2015-08-10-502)
        ("وحي العويميرية، وحي جوبا، وحي النايفية، وحي الإسكان الثاني", {"juba", "south_sudan"}),
        ("وحي الروضة، وحي الدوحة، وحي الحوراء، وحي الحزام الأخضر", {"doha", "qatar"}),
        ("والمتمثلة في مشروع ابتدائية المقداد بن عمرو بحي الرياض بعمق، ومشروع ابتدائية أبي سعيد الخدري",
         {"riyadh", "saudi_arabia"}),
    ],
)  # fmt: skip
def test_a_club_or_a_neighbourhood_named_after_a_capital_is_neither(gazetteer, text, ids):
    assert not ids & {m.entity_id for m in find_mentions(text, gazetteer)}


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        # against the club heads: the capital where the club played stays the city (2015-07-31-438)
        ("في العاصمة النمساوية فيينا بعد الفوضى التي أحدثوها خلال مباراة فريقهم أمام رابيد فيينا النمساوي.",
         "فيينا", ("vienna", "place")),
        # against حي: the plural أحياء before the capital, its districts, stays the city (2015-07-27-153)
        ("اتخذت تدابير أمنية مشددة خلال زيارة الرئيس الأميركي أقفلت خلالها أحياء في نيروبي وأقفل المطار فترة وجيزة",
         "نيروبي", ("nairobi", "place")),
        # a plan named after its capital (خطة among the `agreement_nouns`): Kerry on the Vienna plan, the JCPOA
        # (2015-08-03-102, the twenty-first file; 2015-08-02-915, the thirteenth), the Beijing Platform of 1995
        # (2015-07-22-107, the twenty-fourth)
        ("واضاف كيري \"لا يوجد شك على الاطلاق في أنه اذا طبقت خطة فيينا بالكامل فانها ستجعل مصر وكل دول المنطقة "
         "أكثر أمنا\"", "فيينا", ("vienna", "place")),
        ("وقال خلال مؤتمر صحفي اليوم الأحد “لا يوجد شك على الإطلاق في أنه إذا طبقت خطة فيينا فإنها ستجعل مصر وكل "
         "دول المنطقة أكثر أمنا.”", "فيينا", ("vienna", "place")),
        ("عندما بدا للمشرع المغربي أن خطة بكين لإدماج المرأة في التنمية، قد تعرض المجتمع إلى الانقسام", "بكين",
         ("beijing", "place")),
        # against: the plural خطط, a government's plans (2015-08-03-1139, 2015-07-21-1790)
        ("في الواقع، التلاعب الكبير عمل على عرقلة خطط بكين فيما يتعلّق بجعل اليوان عملة احتياط عالمية.", "بكين",
         ("china", "metonym")),
        ("وشجب كتاب الأعمدة التركيز على خطط طهران النووية بدلا من التركيز على دعمها للفصائل", "طهران",
         ("iran", "metonym")),
        # the cities a tour covered (شملت among the `not_verbs`): the places visited (2015-07-24-734, the twelfth
        # and twenty-fifth files)
        ("من الواضح أن دي ميستورا يحاول إحياء مؤتمر جنيف عبر تقديم أفكار جديدة بعد جولته التي شملت القاهرة وطهران "
         "وبيروت، وهو أطلق في القاهرة موقفًا مهمًا", "طهران", ("tehran", "place")),
        ("من الواضح أن دي ميستورا يحاول إحياء مؤتمر جنيف عبر تقديم أفكار جديدة بعد جولته التي شملت القاهرة وطهران "
         "وبيروت، وهو أطلق في القاهرة موقفًا مهمًا", "بيروت", ("beirut", "place")),
        # the cities a tour went between (`tour_nouns` before بين): the places toured (2015-07-26-902, the tenth
        # file; 2015-08-04-758; 2015-07-21-1526, the seventeenth)
        ("وكان بعضهم قد غادر للمشاركة في محادثات جنيف منتصف الشهر الماضي، وقاموا بعدها بجولات خارجية بين موسكو وبيروت "
         "ومسقط والقاهرة.", "مسقط", ("muscat", "place")),
        ("فيما تؤكد مرارا عدم رغبتك في أي منصب مستقبلي في اليمن، ماذا تريد من جولاتك المتكررة بين طهران وروسيا "
         "وسورية وعمان", "طهران", ("tehran", "place")),
        # against: rounds of talks between them, the parties (2015-08-07-130)
        ("وسبق للمسؤولين العمانيين السعي لتنظيم جولات مباحثات بين الرياض وطهران.", "طهران", ("iran", "metonym")),
        # against: a verb of speaking before a capital is still its government (2015-08-06-194, the twenty-fifth file)
        ("واعلنت انقرة في يوليو (تموز) انها سمحت للطائرات العسكرية الاميركية بشن هجمات", "انقرة",
         ("turkey", "metonym")),
        # بالنسبة إلى "for" a capital (`agent_phrases`): what matters to its government (2015-08-07-1213, the
        # twenty-fifth file; 2015-08-06-406; 2015-08-09-85), as بالنسبة لأنقرة with ل glued already was
        ("لكن الاكثر اهمية بالنسبة الى انقرة هو أن هذه المنطقة الخالية ستحول دون تحقيق الطموحات الكردية", "انقرة",
         ("turkey", "metonym")),
        ("بالنسبة إلى طهران باتت معركة الزبداني حلقة ضرورية في مشروع الربط الجغرافي", "طهران", ("iran", "metonym")),
        ("لأن الهدف الرئيس بالنسبة لأنقرة هو منع حصول كيان كردي مستقل على حدودها", "أنقرة", ("turkey", "metonym")),
        # against: إلى alone, a place reached (2015-08-02-299, the twenty-fifth file)
        ("ليتون الذي أصبح فيما بعد اللورد ليتون، كان في طريقه إلى دمشق، مصدر السيراميك الرائع", "دمشق",
         ("damascus", "place")),
        # a capital's hand (يد among the `actor_nouns`): a city fallen into its government's hands (2015-08-01-61, the
        # twenty-fifth file), as "فإطلاق يد طهران لتعيث كيفما تشاء في المنطقة" (2015-07-26-242) already was
        ("أما إذا أخذنا العاصمة الثالثة التي يدعى المتشددون أنها وقعت في يد طهران وهي بغداد، فإن القتل فيها يشكل",
         "طهران", ("iran", "metonym")),
        ("فإطلاق يد طهران لتعيث كيفما تشاء في المنطقة من دون حسيب", "طهران", ("iran", "metonym")),
        # against: في alone, the city (2015-07-26-149, the twenty-fifth file)
        ("وأضاف: «صرفت لمهدي محمد، ملابس عسكرية خلال وجوده في طهران، وتم تمويله بمبالغ مالية", "طهران",
         ("tehran", "place")),
    ],
)  # fmt: skip
def test_the_nineteenth_metonymy_rounds_readings(gazetteer, text, surface, expected):
    assert read_surface(text, gazetteer, surface) == [expected]


# --- the fifty-fourth round: a capital named like its state, after "the capital" -----------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # the fifty-third uniform sample (SaudiNewsNet 2015-07-23-407): Al-Fateh's camp in Tunis, read as Tunisia
        ("من جهة أخرى قدم عضو شرف نادي الفتح دعماً مادياً للميزانية الخاصة بمعسكر الفريق الكروي الأول المقام حالياً "
         "في العاصمة التونسية «تونس».", "tunis"),
        # the round's corpus read: the nisba and a plain quotation mark, the bare noun, ل before it
        ("وقبل انطلاق الحصة التدريبية على ملعب قرطاج بالعاصمة التونسية \"تونس\" و قبل انطلاق الحصة", "tunis"),
        ("وكان مسلحان قد قتلا 22 شخصا في هجوم دموي استهدف متحف باردو بالعاصمة تونس ونفذه مسلحان", "tunis"),
        ("وتقع محافظة نابل على بعد 120 كلم شرق العاصمة تونس", "tunis"),
        ("في ولاية عين الدفلى جنوب غرب العاصمة الجزائر", "algiers"),
        # against: عاصمة without the article is the state's capital, the state named; another capital's nisba; the
        # state's name with no capital noun before it
        ("وصل الوفد إلى عاصمة تونس أمس", "tunisia"),
        ("ويلعب المنتخب بالعاصمة المغربية الرباط بمواجهة تونس ظهر اليوم", "tunisia"),
        ("كانت تونس أول بلد طرد السفير السوري", "tunisia"),
    ],
)  # fmt: skip
def test_a_capital_named_like_its_state_after_the_capital(gazetteer, text, expected):
    assert [m.entity_id for m in find_mentions(text, gazetteer) if m.alias in ("تونس", "الجزائر")] == [expected]


# --- the fifty-fourth round: a Saudi bank named with two states' nisbas -------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # the fifty-fourth uniform sample (SaudiNewsNet 2015-08-10-490): Saudi Hollandi Bank by its short name, in
        # quotes, read as Saudi Arabia and the Netherlands
        ("وأكد الدكتور بيرند فان ليندر العضو المنتدب لـ «السعودي الهولندي»، على اعتزاز البنك بطرح منتج النقد الميسّر",
         ["saudi_hollandi_bank"]),
        # the round's corpus read: the short name among listed shares, the full names, the bank's brokerage
        ("وكانت أسهم شركات الإنماء طوكيو, وبوبا العربية, والسعودي الهولندي, والاتحاد التجاري",
         ["alinma_tokio_marine", "saudi_hollandi_bank"]),
        ("أطلق البنك السعودي الهولندي منتجه التمويلي الجديد", ["saudi_hollandi_bank"]),
        ("وعضواً بالإدارة التنفيذية للبنك السعودي الفرنسي. وتعد السعودي الفرنسي كابيتال الشركة الاستثمارية الرائدة",
         ["banque_saudi_fransi", "saudi_fransi_capital"]),
        ("وقع البنك السعودي البريطاني اتفاقية", ["sabb"]),
        # against: the Saudi-French business council is no bank: the two states (SaudiNewsNet 2015-07-24-497)
        ("يصل إلى العاصمة الفرنسية باريس وفد تجاري من مجلس الأعمال السعودي الفرنسي برئاسة رئيس المجلس",
         ["france", "paris", "saudi_arabia", "france"]),
    ],
)  # fmt: skip
def test_a_saudi_bank_named_with_two_nisbas_is_the_bank(gazetteer, text, expected):
    assert [m.entity_id for m in find_mentions(text, gazetteer)] == expected


# --- the fifty-fourth round: the second word of a fixed pair (عصر ومصر) ----------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # the fifty-second uniform sample (SaudiNewsNet 2015-08-10-413): "in every age and every land", read as Egypt
        ("أن من أعمال هؤلاء القوم التخريبية والإجرامية أنهم يسعون في كل عصر ومصر للتربص بالمسلمين", []),
        # the round's corpus read (2015-07-31-1782)
        ("وقصص أخرى كثيرة في البر بالوالدين في كل عصر ومصر حتى لبعض المعاصرين", []),
        # against: Egypt after another word and و, or after عصر with no و
        ("زار الوزير الأردن ومصر أمس", ["jordan", "egypt"]),
        ("يعيش في هذا العصر مصر جديدة", ["egypt"]),
    ],
)  # fmt: skip
def test_the_second_word_of_a_fixed_pair_is_no_place(gazetteer, text, expected):
    assert [m.entity_id for m in find_mentions(text, gazetteer)] == expected


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        # a city's wall (جدار among the `locatives`, as أسوار): the city, whatever verb follows (2015-07-27-332, the
        # twenty-sixth file; 2015-07-24-1017, the twenty-fourth, the city already)
        ("وكانت إفريقيا وشرق آسيا ساحات مفتوحة للصراع بين القطبين، وبعد سقوط جدار برلين انتفت الحاجة للحرب الباردة",
         "برلين", ("berlin", "place")),
        ("وتدور أحداثها في الفترة التي تلت سقوط جدار برلين الشهير.", "برلين", ("berlin", "place")),
        # against: a capital before a verb with no such noun is its government (the twenty-sixth file, 2015-07-31-402)
        ("إلا أن بانكوك أعادت قرابة مائة آخرين إلى الصين مما أثار مظاهرات احتجاج في تركيا.", "بانكوك",
         ("thailand", "metonym")),
        # Abu Dhabi's government is the emirate's (`local_governments`): the place (2015-07-31-1179, the fifteenth and
        # twenty-sixth files)
        ("تعتبر نظم البيانات المكانية التي أطلقتها حكومة أبوظبي الإلكترونية مؤشراً مهماً", "أبوظبي",
         ("abu_dhabi", "place")),
        ("حصدت حكومة أبوظبي الإلكترونية النسخة الأولى من جائزة", "أبوظبي", ("abu_dhabi", "place")),
        # against: حكومة before another capital is the state's (2015-07-26-966, 2015-08-06-215)
        ("وأكد مصدر في حكومة جوبا أن 70% من السلاح الذي وصل إليها عقب اندلاع الحرب", "جوبا",
         ("south_sudan", "metonym")),
        ("وطلبت حكومة أثينا رسميا من صندوق النقد الدولي الحصول على قرض", "أثينا", ("greece", "metonym")),
        # austerity imposed on a capital (تقشف among the `sanction_nouns`): its government (2015-07-21-34, the
        # twenty-sixth file; 2015-07-21-1020, 2015-07-22-1209)
        ("والذي كان من اشد منتقدي تدابير التقشف المفروضة على اثينا، حيث كتب خبير الاقتصاد الاميركي", "اثينا",
         ("greece", "metonym")),
        # against: austerity laid down in an agreement named after a city (2015-07-24-1770, the twenty-sixth file)
        ("كان النواب اليونانيون يقرون الدفعة الأول من إجراءات التقشف المنصوص عليها في اتفاق بروكسل", "بروكسل",
         ("brussels", "place")),
        # a sanction noun up to five words before على or عن, whatever stands between (`sanction_reach`): the government
        # sanctioned (2015-07-22-1984, 2015-08-02-1080, 2015-08-07-254, 2015-08-11-161: whole corpus), and with ل glued
        # to the noun (للعقوبات, 2015-08-04-450)
        ("إلغاء العقوبات الاقتصادية والمالية والنفطية على طهران.", "طهران", ("iran", "metonym")),
        ("وقد وافقت هذه الدول على رفع العقوبات الدولية تدريجيًا عن طهران في مقابل ضمانات بأن الاخيرة لن تمتلك اسلحة "
         "نووية", "طهران", ("iran", "metonym")),
        ("وانتهاك العقوبات الدولية التي كانت مفروضة على طهران، إضافة إلى أن التحقيقات لا تزال جارية", "طهران",
         ("iran", "metonym")),
        ("وفرض العقوبات الاقتصادية غير المسبوقة على موسكو بسبب الأزمة الأوكرانية.", "موسكو", ("russia", "metonym")),
        ("بتهمة تسهيل توريد محروقات للنظام السوري في انتهاك للعقوبات الامريكية المفروضة على دمشق.", "دمشق",
         ("syria_regime", "metonym")),
        # against: a capital after في beside sanctions is the city (2015-08-11-153)
        ("لتعزيز شهية الشركات الأجنبية التي ترغب بالعمل في طهران بعد رفع العقوبات", "طهران", ("tehran", "place")),
        # more words of returning, moving and entering before ل (`motion_words`): the city (2015-08-11-181,
        # 2015-07-21-887, 2015-07-22-495, 2015-07-25-491: whole corpus)
        ("فقلت له هذا فخر لي وبالفعل عدت لدمشق وصرت معروفًا بهذا الاسم", "دمشق", ("damascus", "place")),
        ("لكن حقيقة منذ إعلان الاتحاد السعودي لكرة القدم نقل السوبر السعودي للندن زاد الحجز على رحلات السفر",
         "لندن", ("london", "place")),
        ("لكن أغلبهم لم يستخرج «فيزة» الدخول للندن، وما زالوا بصدد استخراجها.", "لندن", ("london", "place")),
        # against: ل after a word holding عدت (مساعدتها) is still the government helped (2015-07-31-1022; the
        # surface لقاهرة: ل + القاهرة loses the article's alif)
        ("بعد أن رفعت واشنطن في أواخر مارس التجميد الجزئي عن استئناف مساعدتها العسكرية للقاهرة.", "لقاهرة",
         ("egypt", "metonym")),
    ],
)  # fmt: skip
def test_the_twentieth_metonymy_rounds_readings(gazetteer, text, surface, expected):
    assert read_surface(text, gazetteer, surface) == [expected]


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        # the time difference between two places (الزمني, التوقيت among the `between_places`): the city's clock
        # (2015-07-22-198, the twenty-seventh file; 2015-07-23-210)
        ("يذكر أن الفارق الزمني الصيفي بين السعودية ولندن ساعتان، حيث ستكون المباراة عند السابعة مساء بتوقيت الأخيرة",
         "لندن", ("london", "place")),
        # against: الوقت three words before بين is no clock; the relations between two capitals are their governments'
        # (2015-07-21-458)
        ("وبعد أن لمح المجلس العسكري إلى أنه حان الوقت لإعادة العلاقات بين القاهرة وطهران، تكشفت سريعا الألاعيب",
         "طهران", ("iran", "metonym")),
        # pressure in a verb before على (تضغط among the `sanction_nouns`): the government pressed (2015-07-26-825, the
        # twenty-second file; 2015-07-24-852, the government already)
        ("وتضغط واشنطن على أنقرة لاتخاذ دور أكثر فعالية في القتال ضد داعش الذي يسيطر على مساحات", "أنقرة",
         ("turkey", "metonym")),
        ("فمنذ فترة طويلة تضغط على طوكيو لتحمّل مزيد من المسؤوليات للدفاع عن نفسها.", "طوكيو", ("japan", "metonym")),
        # what a capital owes (المستحقة على): its government the debtor (2015-08-06-215, the fourteenth file;
        # 2015-08-06-382)
        ("وما تردد من محاولات الضغط من جانب صندوق النقد على الشركاء الأوروبيين لشطب ديون مستحقة على أثينا، وقال يونكر",
         "أثينا", ("greece", "metonym")),
        ("وكانت مصر سددت مطلع الشهر الماضي قسط نادي باريس بقيمة 670 مليون دولار من إجمالي المبالغ المستحقة على "
         "القاهرة البالغة نحو 2.3 مليار دولار.", "القاهرة", ("egypt", "metonym")),
        # against: على after a verb of coming or a place noun, none of those words before it: the city (2015-07-27-132
        # and 2015-08-11-351, the twenty-seventh file)
        ("وأكدت تقارير إعلامية في بروكسل أن موغيريني وغيرها من المسؤولين الدوليين يتوافدون على الرياض لشرح تفاصيل "
         "الاتفاق", "الرياض", ("riyadh", "place")),
        ("كل الصور والأصوات تتلاشى، إلا ذلك الرذاذ الهابط على شوارع لندن، في أجمل الليالي اعتدالاً", "لندن",
         ("london", "place")),
        # sparing a capital and its refraining (تجنيب, إحجام among the `actor_nouns`, beside امتناع): its government
        # (2015-08-06-280, the fifteenth file, one wire sentence in five papers; 2015-07-25-128, the nineteenth)
        ("وربطت الوكالة هذا التغيير بالأزمة اليونانية وخصوصا التعهدات التي قطعها الاتحاد لتجنيب أثينا فشل قد تكون "
         "نتائجه مضرة بمنطقة اليورو.", "أثينا", ("greece", "metonym")),
        ("رفعا تدريجيا ومشروطا للعقوبات الدولية المفروضة منذ 2006 على إيران مقابل ضمانات بإحجام طهران عن السعي إلى "
         "امتلاك سلاح نووي", "طهران", ("iran", "metonym")),
    ],
)  # fmt: skip
def test_the_twenty_first_metonymy_rounds_readings(gazetteer, text, surface, expected):
    assert read_surface(text, gazetteer, surface) == [expected]


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        # the other persons and tenses of زار among the `locatives`: the city visited, after a relative pronoun too
        # (2015-07-31-364, 2015-08-09-133, 2015-07-21-2016, 2015-07-22-217: the corpus's capitals after
        # them read as the government, the twenty-eighth file's class of a capital after a relative and a verb)
        ("وبعد أن طالبت موغيريني، التي زارت طهران أول من أمس لـ«إطار عمل تعاون إقليمي", "طهران", ("tehran", "place")),
        ("وكان الإقبال الجماهيري كبيرا، خاصة من طرف الخليجيين العرب الذين يزورون لندن في هذه الفترة للسياحة", "لندن",
         ("london", "place")),
        ("أحببتك ياشيخ وأحببت قاسيون الذي طالما تحدثت عنه ، ليتني زرت دمشق لكي أرى هذه الديار", "دمشق",
         ("damascus", "place")),
        # against: a relative and another verb before a capital, its object a government (2015-07-23-83)
        ("وخص عراقجي بالذكر الدول التي ساندت طهران أثناء المفاوضات التي استمرت 23 شهرا", "طهران", ("iran", "metonym")),
        # a past verb ending in hamza with its object pronoun (بدأتها, written بداتها once normalised) among the
        # `acts_before`: the capital after it its subject (2015-07-27-673, the twenty-eighth file; 2015-07-21-554)
        ("ردا على ما يبدو على الحملة التي بدأتها أنقرة على حزب العمال الكردستاني بالتزامن مع ضربات", "أنقرة",
         ("turkey", "metonym")),
        ("تحاول طهران استكمال الانقلاب الذي بدأته واشنطن سنة 2003 على ما تبقى من خريطة سايكس - بيكو", "واشنطن",
         ("usa", "metonym")),
        # against: a plural noun with its pronoun before a capital is no verb (2015-08-06-1045)
        ("وصنعاء اصبحت في مخيلة الإيرانيين عاصمة تابعة لهم تضاف إلى شقيقاتها بغداد ودمشق وبيروت", "بغداد",
         ("baghdad", "place")),
    ],
)  # fmt: skip
def test_the_twenty_second_metonymy_rounds_readings(gazetteer, text, surface, expected):
    assert read_surface(text, gazetteer, surface) == [expected]


# --- the audit of rounds 8-55: a capital named like its state, before "the capital"; a club named by its state -----


@pytest.mark.parametrize(
    "text, expected",
    [
        # the twenty-first uniform sample (SaudiNewsNet 2015-08-06-468): Tunis the capital, read as Tunisia
        ("وقال البيان ان المجموعة كانت «بصدد التخطيط لاستهداف منشآت أمنية حساسة بالكاف وتونس العاصمة وذلك بالتنسيق "
         "مع نظرائها»", "tunis"),
        # the audit's corpus read (2015-07-21-225, 2015-07-22-1741)
        ("وقبلها عمليّة متحف باردو الأثري في تونس العاصمة، عشيّة 18 مارس", "tunis"),
        ("وقفة مساندة للجزائر، اليوم، أمام سفارة الجزائر في منطقة البحيرة بتونس العاصمة.", "tunis"),
        # against: a nisba after the noun opens the next phrase (another state's capital); عاصمة without the article
        ("ووصل وفد من تونس العاصمة البريطانية لندن أمس", "tunisia"),
        ("وتبقى تونس عاصمة للثقافة العربية", "tunisia"),
    ],
)  # fmt: skip
def test_a_capital_named_like_its_state_before_the_capital(gazetteer, text, expected):
    assert [m.entity_id for m in find_mentions(text, gazetteer) if m.alias == "تونس"] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the seventeenth uniform sample (SaudiNewsNet 2015-07-31-447): Moghreb Tétouan, read as Morocco
        ("ويتذيل المغرب التطواني الترتيب برصيد نقطتين.", ["moghreb_tetouan"]),
        # the audit's corpus read (2015-08-07-518): the club and its state's nisba after it
        ("يلتقي الهلال السوداني مع ضيفه المغرب التطواني المغربي", ["sudan", "moghreb_tetouan", "morocco"]),
        # against: the state's name alone
        ("ويصل الوفد إلى المغرب غدا", ["morocco"]),
    ],
)  # fmt: skip
def test_a_club_named_by_its_state_and_its_towns_nisba(gazetteer, text, expected):
    assert [m.entity_id for m in find_mentions(text, gazetteer)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the sixty-seventh uniform sample (SaudiNewsNet 2015-07-23-975) and the corpus's other six: a Red Crescent
        # team (فريق الهلال الأحمر), read as al-Hilal FC
        ("وقام فريق المؤسسة وفريق الهلال الأحمر بالاطمئنان على الركاب", []),
        ("كما قدمت الهدايا لفريق الهلال الأحمر بشاطئ العقير", []),
        ("وأكد قائد فريق الهلال الأحمر التطوعي بالقرية حمود الفاضلي", []),
        # against: the club's team before any other word
        ("ويأتي على رأس هذه الأسماء نجم فريق النصر أحمد الفريدي، ولاعب فريق الهلال الشاب عبد الله عطيف", ["al_nassr_fc", "al_hilal_fc"]),
        ("حيث يلتقي فريق الهلال مع نظيره الرياض", ["al_hilal_fc", "riyadh"]),
    ],
)  # fmt: skip
def test_a_red_crescent_team_is_no_al_hilal(gazetteer, text, expected):
    assert [m.entity_id for m in find_mentions(text, gazetteer)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the thirty-fifth uniform sample (SaudiNewsNet 2015-07-31-831) and the audit's corpus read (2015-07-21-250):
        # الرقة "tenderness" beside another word of gentleness, read as Raqqa
        ("لكن عندما نتكلم بشيء من الرقة واللطافة ومراعاة مشاعر الآخرين فمنهم الحساس", []),
        ("شابة في مقتبل العمر، حباها الله قسطا وافرا من الرقة والجمال، لم يشفع لها", []),
        # against: Raqqa beside another place
        ("يتحرك بين الرقة والموصل.. أو بين الرقة والأنبار.", ["raqqa", "mosul", "raqqa", "anbar_governorate"]),
    ],
)  # fmt: skip
def test_tenderness_beside_gentleness_is_no_raqqa(gazetteer, text, expected):
    assert [m.entity_id for m in find_mentions(text, gazetteer)] == expected


@pytest.mark.parametrize(
    "text, palmyra",
    [
        # the thirty-fourth uniform sample (SaudiNewsNet 2015-07-23-229): the verb "destroys", read as Palmyra
        ("فإيران وجدت فرصتها للانتقام من العراق والعراقيين، وما زالت تقتل الأبرياء ليهجروا من بيوتهم وتفجر مساجدهم "
         "وتدمر ممتلكاتهم.", False),
        # the audit's corpus read (2015-08-06-1029, 2015-08-04-431): the verb with no Syrian place named
        ("ورغم انخفاض الانبعاثات الغازية الناجمة عن السيارات الحديثة إلا أنها تدمر البيئة.", False),
        ("1945- الحرب العالمية الثانية: قنبلة نووية تدمر مدينة هيروشيما في اليابان", False),
        # against: the city after a place noun, or with Syria named (2015-08-08-153, 2015-08-07-83)
        ("لافتًا إلى أن المعلومات تفيد بنقلهم إلى مدينة تدمر التي سقطت بأيدي عناصره في مايو", True),
        ("والتي شهدت الاستيلاء على إدلب وجسر الشغور من جانب المعارضة المسلحة بالشمال، واستيلاء «داعش» على تدمر وبعض "
         "حقول الغاز في حمص، والتقدم الذي حققته فصائل المعارضة في جنوب سوريا", True),
    ],
)  # fmt: skip
def test_destroys_is_no_palmyra_without_its_evidence(gazetteer, text, palmyra):
    assert ("tadmur" in [m.entity_id for m in find_mentions(text, gazetteer)]) is palmyra


@pytest.mark.parametrize(
    "text, entity_id, found",
    [
        # the audit's corpus read (2015-08-07-1108, 2015-08-06-1025): a district of a Saudi town, read as Iraq's
        # Sulaymaniyah
        ("المنطقة المحيطة بجامع الملك عبدالعزيز في حي السليمانية وسط المدينة", "sulaymaniyah", False),
        ("بنقلها إلى الأرض الحكومية الواسعة المعروفة بأرض السليمانية، وإقامة المبنى", "sulaymaniyah", False),
        # against: the Iraqi city in a list of Kurdistan's cities (2015-07-27-127)
        ("ومثلما دافعنا عن دهوك وأربيل والسليمانية في كردستان العراق، سيدافع", "sulaymaniyah", True),
        # Khyber Pakhtunkhwa, read as the Saudi governorate Khaybar (2015-08-04-540, 2015-07-25-1143)
        ("تم تسجيل ما يصل إلى 77 حالة وفاة في إقليم خيبر بختونخوا شمال غربي باكستان", "khyber_pakhtunkhwa", True),
        ("وأجزاء من إقليمي البنجاب وخيبر بختونخواه.", "khyber_pakhtunkhwa", True),
        ("تم تسجيل ما يصل إلى 77 حالة وفاة في إقليم خيبر بختونخوا شمال غربي باكستان", "khaybar", False),
        # against: the Saudi governorate (2015-08-04-860)
        ("وأوضح مدير مكتب العمل بمحافظة خيبر فهد الرشيدي بأن الحملة", "khaybar", True),
    ],
)  # fmt: skip
def test_a_saudi_district_and_a_pakistani_province_named_like_other_places(gazetteer, text, entity_id, found):
    assert (entity_id in [m.entity_id for m in find_mentions(text, gazetteer)]) is found


@pytest.mark.parametrize(
    "text, entity_id, found",
    [
        # the twenty-sixth uniform sample (SaudiNewsNet 2015-08-02-342): callisthenics, read as Sweden; the audit's
        # corpus read (2015-07-24-1094)
        ("مزود بمسبح أوليمبي كبير، ومسبح آخر صغير لتعليم السباحة، وتشمل إضافة إلى صالة للتمارين السويدية، ملاعب لكرة "
         "القدم", "sweden", False),
        ("في التمرين المسائي الذي بدأ ببعض التدريبات السويدية، بعد ذلك عمد الجهاز الفني", "sweden", False),
        # against: a Swedish paper (2015-08-10-744)
        ("وذكرت صحيفة \"اكسبرسين\" السويدية اليومية وصحيفة بوراس تيدنغ المحلية", "sweden", True),
        # the fourteenth uniform sample (2015-08-01-1098): Khaybar al-Janub in Asir, read as the Madinah governorate
        ("إلى ذلك، لقي 4 أشخاص مصرعهم وأصيب 4 آخرون في حادث مروري في مركز خيبر الجنوب.", "khaybar_al_janub", True),
        ("إلى ذلك، لقي 4 أشخاص مصرعهم وأصيب 4 آخرون في حادث مروري في مركز خيبر الجنوب.", "khaybar", False),
        # the audit's corpus read (2015-07-22-1935)
        ("مقتل شخصَيْن، وإصابة ثلاثة آخرين، فارق أحدهم الحياة، وذلك بخيبر الجنوب شرق منطقة عسير.", "khaybar", False),
    ],
)  # fmt: skip
def test_swedish_exercises_and_khaybar_of_the_south(gazetteer, text, entity_id, found):
    assert (entity_id in [m.entity_id for m in find_mentions(text, gazetteer)]) is found


# --- the fifty-seventh round: تاني "again" is no Thane; سوسة النخيل, the palm weevil, is no Sousse ---------------------


@pytest.mark.parametrize(
    "text",
    [
        # the fifty-seventh uniform sample (2015-07-21-576): the Dusit Thani hotels
        "تتأهب «دوسِت إنترناشيونال» لافتتاح أول منتجع يتم تشييده حديثا على جزيرة «غوام» منذ عام 1999، وهو «منتجع دوست "
        "تاني غوام».",
        # 2015-08-02-46, 2015-07-21-474: the Egyptian "another", "again"
        "هي اتجوزت واحد تاني وأنا اتجوزت واحدة تانية، وشاء القدر إننا نتجمع تاني.",
        "وسألني بلهجة اليائس: فيه حد تاني في حياتك؟",
    ],
)  # fmt: skip
def test_tani_is_no_thane(gazetteer, text):
    assert "thane" not in {m.entity_id for m in find_mentions(text, gazetteer)}


@pytest.mark.parametrize(
    "text, counted",
    [
        # the fifty-seventh uniform sample (2015-07-31-627): the red palm weevil
        ("تطوير برنامج يتيح للمزارع معرفة جميع الخدمات التي يقدمها برنامج مكافحة حشرة سوسة النخيل الحمراء ووقاية "
         "المزروعات.", False),
        # 2015-07-24-1463: the same pest in Qassim's date farms
        ("وأضاف بأن سوسة النخيل تمثل هاجساً لدى منتجي التمور.", False),
        # against: the Tunisian city (2015-07-21-1498, 2015-07-31-1693)
        ("قتل عدد كبير من السياح الأجانب على شواطئ مدينة سوسة.", True),
        ("فريق النجم الساحلي التونسي على الملعب الأولمبي بسوسة، وبدأت تدريبات اليوم.", True),
    ],
)  # fmt: skip
def test_the_palm_weevil_is_no_sousse(gazetteer, text, counted):
    assert ("sousse" in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, counted",
    [
        # the fifty-seventh uniform sample (2015-07-21-430): "cups" of water in a recipe
        ("يجب نقع الأرز في الماء لمدة نصف ساعة قبل طبخه وتحضيره بإضافة 15 كوبا من الماء.", False),
        # SaudiNewsNet's other cups of a drink or a food
        ("وبعد تناول كل هذه الأطباق، تناول كوبا من الإسبريسو أو الماكياتو.", False),
        ("صعد بهدوء لمرسمه حاملاً معه كوبًا من القهوة وكثيرًا من الإحساس.", False),
        # against: Cuba before من and something else (its list of sponsors of terrorism, a missile crisis)
        ("بسحب الصواريخ المحملة بالرؤوس النووية من كوبا مقابل تعهد امريكا.", True),
        ("وقررت واشنطن شطب كوبا من قائمة الدول الراعية للإرهاب.", True),
    ],
)  # fmt: skip
def test_a_cup_of_a_drink_is_no_cuba(gazetteer, text, counted):
    assert ("cuba" in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        # باتجاه "in the direction of" among the `locatives`, as نحو: the city moved towards, the verb of the main
        # clause after it no sign of its government (2015-08-11-220, the twenty-ninth file; the same wire sentence in
        # 2015-08-11-711, -1134, -1184 has a comma after صنعاء and was the city already; 2015-08-07-92, the city already)
        ("وفيما تتابع قوات هادي الضغط شمالا باتجاه صنعاء قالت مصادر عسكرية متطابقة ان هذه القوات تصعد عملياتها",
         "صنعاء", ("sanaa", "place")),
        ("وغادرت طائرة تابعة للصليب الأحمر الدولي، ظهر أمس مطار عدن باتجاه صنعاء وعلى متنها 7 من عناصر «أنصار الله»",
         "صنعاء", ("sanaa", "place")),
        # against: تجاه without ب, a policy towards a capital, is its government's (2015-07-22-53)
        ("كان مخصصًا للملف النووي الإيراني وسياسات واشنطن تجاه طهران، فإن بداية الحوار تطرقت إلى اليوم التاريخي",
         "طهران", ("iran", "metonym")),
    ],
)  # fmt: skip
def test_the_twenty_third_metonymy_rounds_readings(gazetteer, text, surface, expected):
    assert read_surface(text, gazetteer, surface) == [expected]


def test_a_syndrome_named_after_a_capital_is_neither_the_city_nor_its_government(gazetteer):
    # متلازمة among the `name_heads` (the twenty-ninth metonymy file, 2015-07-22-1934): Stockholm syndrome, a term
    text = "ويتطلب علاج المصاب بمتلازمة ستوكهولم Stockholm syndrome تقديم الدعم للمصاب وإخراجه من عزلته."
    assert read_surface(text, gazetteer, "ستوكهولم") == []
    # against: a place named later in a sentence about a syndrome is read as before (2015-08-07-1270)
    text = "أعلنت وزارة الصحة عن تسجيل 4 حالات لفيروس متلازمة الشرق الأوسط التنفسية كورونا وسط عائلة سعودية في منطقة الرياض"
    assert read_surface(text, gazetteer, "منطقة الرياض") == [("riyadh_region", "name")]


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        # دخول "entering" (`entry_words`) right before a capital and a war or "forcefully" right after it
        # (`entered_after`): its government entering the war (2015-08-11-228, the thirtieth file; 2015-07-31-398;
        # 2015-07-26-461, one wire sentence in five papers; 2015-08-03-605: the corpus's 8 capitals right after دخول)
        ("إنه مما لا شك فيه أن رأس المال الأجنبي لن يكون مستريحا لتدهور الوضع الأمني في تركيا، أو دخول أنقرة الحرب، "
         "لكنه أيضا لن يضيع فرصة استثمارية", "أنقرة", ("turkey", "metonym")),
        ("وأكد عبد القادر أن «تطورات دخول أنقرة الحرب في سوريا، ما هي إلا وجه من أوجه الصراع التركي - الإيراني",
         "أنقرة", ("turkey", "metonym")),
        ("وجاءت هذه الضربات التركية في اليوم نفسه لدخول انقرة بقوة في الحملة العسكرية", "انقرة", ("turkey", "metonym")),
        # against: a word between دخول and the capital, the city entered (2015-08-08-190, a visa to enter London;
        # 2015-07-21-340, London's centre)
        ("وبعد مجهودات مكثفة من استخراج تأشيرة الدخول إلى لندن لمواجهة الهلال في كأس السوبر السعودي", "لندن",
         ("london", "place")),
        ("فسوف يمكنها دخول منطقة وسط لندن شرط أن تدفع غرامة قيمتها 12.5 جنيه", "لندن", ("london", "place")),
    ],
)  # fmt: skip
def test_the_twenty_fourth_metonymy_rounds_readings(gazetteer, text, surface, expected):
    assert read_surface(text, gazetteer, surface) == [expected]


def test_the_ligament_misspelt_is_no_rabat(gazetteer):
    # الصلبيي among the words after الرباط that make it the ligament (2015-08-01-1202, the thirtieth metonymy file)
    text = "فبينما راجت أنباء عن تعرضه لقطع في الرباط الصلبيي كشفت وسائل الإعلام الارجنتينية، عن تعرضه إلى إصابة"
    assert read_surface(text, gazetteer, "الرباط") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # كابل "a cable" before a cable's adjective or its plug's name is no Kabul (the thirty-ninth metonymy file,
        # 2015-07-21-1767; 2015-08-07-887, 2015-08-10-792, 2015-07-24-648, 2015-07-21-527)
        ("طرح منتج جديد على منصة التمويل الجماعي، وهو كابل مخصص لأجهزة أندرويد سواء كانت هواتف ذكية", []),
        ("وتم تغطيته بطبقة من النايلون لزيادة قوة التحمل، ويأتي كابل Micro-Flip بإصدارين أحدهما طوله 1 متر", []),
        ("حيث تقع المنصة في البحر وتتصل بالكهرباء عبر كابل بحري مركّب بجهد 230 كيلو فولط", []),
        ("وعاد التيار مرة أخرى في فلنسبورغ وما حولها بعد تبديل كابل معيب.", []),
        ("وتتم إعادة شحنها عن طريق كابل «مايكرو يو إس بي».", []),
        # against: Kabul the city and the government stay read
        ("أسفر هجوم بشاحنة مفخخة في حي سكني في كابل عن سقوط ثمانية قتلى على الأقل", [("kabul", "place")]),
        ("ويمكن للجنرال دوستم الاعتماد على القوات الحكومية، حيث نشرت كابل نحو 5 آلاف جندي في فارياب",
         [("afghanistan", "metonym")]),
    ],
)  # fmt: skip
def test_a_cable_is_no_kabul(gazetteer, text, expected):
    assert read_surface(text, gazetteer, "كابل") == expected


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        # المملكة الوسطى "the Middle Kingdom" is China (the fifty-eighth uniform sample, 2015-08-01-94: Uber in
        # China; 2015-08-08-182: Matteo Ricci's map), not Saudi Arabia's bare المملكة
        ("ورغم ذلك، لم تكن رحلة «أوبر» في المملكة الوسطى يسيرة وسلسة، فإضافة إلى اقتحام السلطات لمكاتب الشركة",
         "المملكة الوسطى", ("china", "alias")),
        ("وهو تعديل يقال إنه ساعده على كسب النفوذ بين النخبة في المملكة الوسطى.", "المملكة الوسطى", ("china", "alias")),
        # against: the Kingdom of Jordan, Morocco, and the Saudi kingdom by its long name stay theirs
        ("وصل إلى المملكة الأردنية الهاشمية وفد رسمي", "المملكة الأردنية الهاشمية", ("jordan", "alias")),
        ("تقع المملكة العربية السعودية في وسط شبه الجزيرة العربية", "المملكة العربية السعودية",
         ("saudi_arabia", "alias")),
    ],
)  # fmt: skip
def test_the_middle_kingdom_is_china(gazetteer, text, surface, expected):
    assert read_surface(text, gazetteer, surface) == [expected]


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        # a capital's attacks, bombings and explosions, and its taxis (among the `locatives`, as its مترو): the
        # city, the verb after them theirs (2015-08-11-144 and 2015-08-11-314, the thirty-first metonymy file)
        ("وأكد غني في مؤتمر صحافي أن هجمات كابل تثبت أن باكستان لا تزال تؤوي «معسكرات لتدريب الانتحاريين",
         "كابل", ("kabul", "place")),
        ("يشار إلى أن سيارات النقل “تاكسي لندن” حملت شعارات كأس السوبر السعودي", "لندن", ("london", "place")),
        # the city already, no verb after (2015-08-10-171, 2015-07-26-112)
        ("وأسفرت تفجيرات كابل الثلاثة عن مقتل ما مجموعه 49 شخصا", "كابل", ("kabul", "place")),
        ("الشرطة بشكل مكثف حول المواقع الحساسة في فرنسا اثر اعتداءات باريس في مطلع يناير", "باريس",
         ("paris", "place")),
        # against: a verb right after a capital with none of these nouns before it is still its government's
        ("صنعاء تتهم الرياض بدعم الحوثيين", "صنعاء", ("yemen", "metonym")),
        ("بيروت تتهم دمشق بخرق الحدود", "بيروت", ("lebanon", "metonym")),
    ],
)  # fmt: skip
def test_the_twenty_fifth_metonymy_rounds_readings(gazetteer, text, surface, expected):
    assert read_surface(text, gazetteer, surface) == [expected]


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        # Atlético misspelt, اتيليتكو and أتليتكو (2015-07-31-707, the thirty-second metonymy file; SaudiNewsNet
        # 2015-07-24-165, 2015-08-11-1489): the club's name, no mention of Madrid (as أتلتيكو and أتليتيكو)
        ("بعد انضمامه للفريق قادما من اتيليتكو مدريد مقابل 32 مليون جنيه إسترليني", "مدريد", []),
        ("بخروجه من دور الستة عشر للمسابقة أمام جاره اللدود أتليتكو مدريد، كما ابتعد", "مدريد", []),
        ("لأن مدرب الفريق دييجو سيميوني يرفض رحيل أي لاعب من أتليتكو مدريد في وجوده.", "مدريد", []),
        # against: Madrid after another word is still the city
        ("وقال المسؤول في مؤتمر صحافي عقده في مدريد إن الحكومة", "مدريد", [("madrid", "place")]),
        ("وصل اللاعب إلى مدريد أمس للخضوع للفحص الطبي", "مدريد", [("madrid", "place")]),
    ],
)  # fmt: skip
def test_atletico_misspelt_is_the_clubs_name(gazetteer, text, surface, expected):
    assert read_surface(text, gazetteer, surface) == expected


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        # Roma the club a player joins, leaves or is loaned to, after إلى or من (or a ل glued to it) with his move
        # among the five words before, in a sentence about football (2015-08-08-125, the thirty-second metonymy
        # file; SaudiNewsNet 2015-07-27-609, 2015-08-09-202, 2015-08-06-2399, 2015-07-25-229, 2015-08-08-591)
        ("ويأتي الانتقال المتوقع لدزيكو إلى روما بعد الموسم المخيب الذي اختبره الهداف البوسني الموسم الماضي مع سيتي، "
         "حيث اكتفى بتسجيل 6 أهداف فقط في 32 مباراة.", "روما", []),
        ("وذكرت صحيفة «لا ريبابليكا» أن فيورنتينا مصمم على اللجوء إلى لجنة التحكيم بالفيفا في حال انضم صلاح إلى "
         "روما من أجل الحصول على تعويض مناسب", "روما", []),
        ("وأتم صلاح انتقاله إلى روما قبل أيام قليلة على سبيل الإعارة من صفوف تشيلسي الإنجليزي.", "روما", []),
        ("رابط الخبر بصحيفة الوئام: المصري “محمد صلاح” ينتقل من تشيلسي لروما على سبيل الاعارة", "روما", []),
        ("فيما لعب الوافد الآخر لاعب الوسط اندريا بيرتولاتشي، قادمًا من روما مقابل 14 مليون يورو أساسيا", "روما",
         []),
        ("بعد مد وجزر انتقل المهاجم المصري محمد صلاح إلى روما ليخوض موسمًا جديدًا في إيطاليا على سبيل الإعارة",
         "روما", []),
        # against: إلى روما in a sentence about football with no move of a player before it is the city
        # (2015-07-25-351, the seventh file: the players' return)
        ("وبدلا من السماح بدخولهم للاشتراك في منافسات البرنامج تقرر عودتهم إلى روما.", "روما", [("rome", "place")]),
        # against: a team moving to another capital is still the city there (2015-07-22-1374): Roma alone is a club
        ("صوب النمسا لبدء المعسكر الذي يمتد لأكثر من أسبوعين، قبل الانتقال إلى لندن في العاشر من أغسطس المقبل، "
         "تحضيرا لمواجهة الغريم التقليدي", "لندن", [("london", "place")]),
    ],
)  # fmt: skip
def test_roma_after_a_players_move_is_the_club(gazetteer, text, surface, expected):
    assert read_surface(text, gazetteer, surface) == expected


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        # a capital inside the quoted title of a film, a song, a novel, a book, a play: neither the city nor the
        # government (2015-07-21-591, the thirty-third metonymy file; 2015-07-21-1810, the tenth; 2015-08-01-760, the
        # sixteenth; 2015-07-24-753, the second; SaudiNewsNet 2015-08-04-804, 2015-07-31-1782, 2015-08-06-2155)
        ("الفيلم الذي سيكون أول عمل سينمائي لها عنوانه «ستوكهولم حبي» الذي بوشر بتصويره منذ أسبوع.", "ستوكهولم", []),
        ("في حين حصد المصري أمير رمسيس جائزة أفضل سيناريو عن فيلم “بتوقيت القاهرة”.", "القاهرة", []),
        ("استعان مخرجه بمشاهد كاملة من فيلم \"مهمة في تل أبيب\" الذي قدمته في نفس الفترة", "تل أبيب", []),
        ("التي راح يردد فيها الحضور أغنية «لبيروت» المعروفة بصوت فيروز", "بيروت", []),
        ("في رواية \"يا دمشق وداعا – فسيفساء التمرد\"، تتابع الروائية السورية الشهيرة غادة السمان", "دمشق", []),
        ("وابن عساكر صاحب كتاب «تاريخ دمشق» أطاع والدته في عدم الرحلة والسفر لطلب العلم", "دمشق", []),
        ("فالعراقيون يستذكرون حتى اليوم مسرحية \"باي باي لندن\" التي عرضت على خشبة أحد مسارح بغداد", "لندن", []),
        # against: a headline (no work named) and a festival named after its city are no title of a work
        # (2015-07-21-1990, 2015-07-21-540)
        ("اما صحيفة الاتحاد فقد قالت في افتتاحيتها تحت عنوان «الكويت تتحدى الطائفية وتهزم الإرهاب»، ان جماعة داعش",
         "الكويت", [("kuwait", "name")]),
        ("افتتح الفنان وائل كفوري مهرجانات «أعياد بيروت» 2015 في حفلة حضرها 5 آلاف شخص", "بيروت",
         [("beirut", "place")]),
        # against: the same capitals after the title, outside its quotation marks, are still the cities
        # (2015-08-09-128, the ninth file's الرياض)
        ("ومن بينها فيلم «الرياض - لندن» ويحكي قصة مشجع هلالي ورحلته من الرياض إلى لندن، كما سيتم تصوير لقاءات",
         "الرياض", [("riyadh", "place")]),
    ],
)  # fmt: skip
def test_a_capital_in_a_works_title_is_neither(gazetteer, text, surface, expected):
    assert read_surface(text, gazetteer, surface) == expected


# --- the fifty-ninth round: المجمعة "combined, aggregate" after the noun it qualifies is no Al-Majmaah ---------------


@pytest.mark.parametrize(
    "text, counted",
    [
        # the fifty-ninth uniform sample (2015-08-04-1105): the listed companies' aggregate profits
        ("أظهرت الحصيلة الإجمالية لنتائج الشركات السعودية تراجع الأرباح المجمعة إلى 30.78 مليار ريال بنهاية الربع "
         "الثاني 2015.", False),
        # SaudiNewsNet's other consolidated figures (2015-08-07-911, 2015-08-11-125, 2015-08-03-261) and a
        # combined tour (2015-07-21-2948)
        ("وفيما يخص الميزانية المجمعة للبنوك العاملة بالسعودية، سجلت موجودات البنوك ارتفاعا.", False),
        ("وبلغت القيمة السوقية المجمعة لشركات التأمين السعودية المدرجة بالسوق مع إقفال تعاملات الأسبوع.", False),
        ("تراجعت أرباح الشركات السعودية لتتراجع بأرباح السوق المجمعة بنسبة 13 في المائة إلى 52.75 مليار ريال.",
         False),
        ("ارتفاع طلب المسافرين من السعودية على السفر في ثالث أيام الفطر إلى أوروبا، وخاصة الرحلة المجمعة، التي تشمل "
         "أربعة بلدان.", False),
        # against: the town after a governor, a municipality, a preposition (2015-07-22-935, 2015-08-01-395,
        # 2015-08-03-516, 2015-07-27-407)
        ("برعاية محافظ المجمعة سمو الأمير عبدالرحمن بن عبدالله بن فيصل احتفل الأهالي بعيد الفطر.", True),
        ("حيث بدأت بلدية المجمعة في الاستعداد للعيد السعيد.", True),
        ("مدير التعليم بالمجمعة يتفقد مبنى إدارة الأمن والسلامة المدرسية. قام مدير التعليم بمحافظة المجمعة الدكتور "
         "صالح الربيعة بزيارة تفقدية.", True),
        ("تلقى العلم على يد عدد من العلماء الراسخين في المجمعة وأثناء رحلته العلمية. وقامت ببناء مسجد من مالها في "
         "مسقط رأسها في مدينة المجمعة.", True),
    ],
)  # fmt: skip
def test_aggregate_figures_are_no_majmaah(gazetteer, text, counted):
    assert ("majmaah" in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


# --- the sixtieth round: الساحل "the coast", the Sahel, is no As Sahil (Sahil Salim, Egypt) -------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the sixtieth uniform sample (2015-07-27-88): the Sahel and Sahara region
        "وبالتالي ضمان استقرار وأمن المغرب الكبير ومنطقة الساحل والصحراء.",
        # SaudiNewsNet's other Sahels (2015-07-21-535, 2015-08-10-115)
        "البحث والتنقيب عن حجر الفيروز في شبه جزيرة سيناء وحجر الجمشت في صعيد مصر والساحل الأفريقي، حسب «رويترز».",
        "تضم مطارا مهما تستخدمه القوات المالية والقوات الفرنسية في عملية برخان في منطقة الساحل، وكذلك بعثة الأمم "
        "المتحدة.",
        # Egypt's North Coast (2015-08-10-190) and the Syrian coast (2015-08-01-63, 2015-08-03-353)
        "مشيرا إلى أن الألغام تقف كحجر عثرة أمام خطط التنمية والتطوير خاصة في منطقة الساحل الشمالي وبعض مناطق البحر "
        "الأحمر وخليج السويس.",
        "ويبرر الانسحابات إلى المناطق الأكثر أهمية لمصلحة الاحتفاظ بـ«دولة الساحل»، ثم عندما يرفض تكرارًا التسوية "
        "السلمية.",
        "بعد أن أشار في خطابه إلى دولة الساحل العلوية، وأنه «لا يستطيع المحاربة على كل الجبهات».",
    ],
)  # fmt: skip
def test_the_coast_and_the_sahel_are_no_as_sahil(gazetteer, text):
    assert "as_sahil" not in {m.entity_id for m in find_mentions(text, gazetteer)}


@pytest.mark.parametrize(
    "text, entity_id",
    [
        # against: the places named beside them are still read (2015-07-21-291, 2015-07-21-535, 2015-08-10-190)
        ("اتساع رقعة انتشار «الفكر التكفيري» في تونس وليبيا وفي المنطقة العربية ومنطقة الساحل والصحراء الأفريقية.",
         "libya"),
        ("البحث والتنقيب عن حجر الفيروز في شبه جزيرة سيناء وحجر الجمشت في صعيد مصر والساحل الأفريقي، حسب «رويترز».",
         "upper_egypt"),
        ("مشيرا إلى أن الألغام تقف كحجر عثرة أمام خطط التنمية والتطوير خاصة في منطقة الساحل الشمالي وبعض مناطق البحر "
         "الأحمر وخليج السويس.", "red_sea"),
    ],
)  # fmt: skip
def test_places_beside_the_sahel_are_still_read(gazetteer, text, entity_id):
    assert entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}


# --- the sixtieth round: المنصورة, a name many towns share, is Egypt's Mansoura only with evidence ---------------------


@pytest.mark.parametrize(
    "text, counted",
    [
        # the sixtieth uniform sample (2015-07-31-319): Al-Mansoura, a district of Aden, in a list of Aden's districts
        # (the article's first sentence names Cairo, where the envoy met the Arab League)
        ("تسلم الأمين العام لجامعة الدول العربية الدكتور نبيل العربي رسالة من الأمين العام للأمم المتحدة بان كي مون "
         "نقلها مبعوثه الخاص باليمن إسماعيل ولد الشيخ أحمد الذي التقى العربي في القاهرة أمس. في سياق متصل، يقوم "
         "شركاء برنامج الأغذية العالمي بتوزيع حصص غذائية تكفي لمدة شهرين في مناطق: كريتر، ودار سعد، والتواهي، وخور "
         "مكسر، والمعلا، والمنصورة، والبريقة، ومديرية الشيخ عثمان، حيث لم يتسن الوصول إلى تلك المناطق باستثناء واحدة "
         "(المنصورة) منذ شهر أبريل (نيسان) الماضي.", False),
        # against: the Egyptian city after مدينة (2015-07-21-480, 2015-07-21-481)
        ("أذكر أننا سافرنا حينذاك إلى مدينة المنصورة في رحلة قصيرة، وما كدنا نغادر القطار حتى", True),
        ("وترتب على ذلك أنني أمضيت سنين الطفولة الأولى في مدينة المنصورة (مقر عمله الجديد)، وعندما كنت في السادسة من "
         "عمري.", True),
    ],
)  # fmt: skip
def test_mansoura_is_egypts_only_with_evidence(gazetteer, text, counted):
    assert ("al_mansurah" in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


# --- the sixty-first round: بلدة المنصورة، مديرية المنصورة are not Egypt's city ------------------------------------------
# Another homonym of Egypt in the same article (a village or district named القاهرة, read as Cairo; Al-Ahsa's
# القرين, read as Egypt's Al Qurein) was Egypt's evidence, so the foreign-homonym rule kept them

AL_AHSA_VILLAGES = (
    "الدائرة الرابعة\nوتتضمن 16 حيا وبلدة، هي: «بلدة الشعبة، وبلدة المقدام، ومدينة العيون، وبلدة الشقيق، وإسكان "
    "الكلابية، وبلدة الجرن، وبلدة جليجلة، وبلدة الوزية، وبلدة الكلابية، وبلدة العوضية، وبلدة المطيرفي، ومخطط جواثا، "
    'وبلدة القرين، وصناعية جواثا، وبلدة المراح، وبلدة الحليلة».\nالدائرة الخامسة\nتضمنت 23 حيا : "حي محيرس، وحي '
    "الفيصل، وحي النزهة، وحي الراشدية الأول، وحي المقابل، وحي المسعودي، وحي السليمانية، وحي السحيمية، وحي بوسحبل "
    "الثاني، وحي التعاون، وحي الشراع الشمالي، وسط المبرز التاريخي، الراشدية الثاني، وحي الفيصلية الأول، وحي الراشدية "
    "الثالث، وحي الخدود، وحي بوسحبل الأول، وحي الأندلس، وحي الفيصلية الثاني، وحي أم سبعة، وحي مشرفة، وحي مرجان، وحي "
    'الناصرية".\nالدائرة السادسة\nتضمنت 26 بلدة : «ومدينة العمران الشرقية، وبلدة العمران الغربية، وبلدة العمران '
    "الجنوبية، وبلدة الجبيل، وبلدة البطالية، وبلدة القارة، وبلدة الفضول، وبلدة التويثير، وبلدة المنصورة، وبلدة المروج "
    "الشمالي، وحي اللويمي"
)  # 2015-08-09-975: Al-Ahsa's electoral circuits


@pytest.mark.parametrize(
    "text",
    [
        # Aden's district (2015-07-22-23), after منطقة القاهرة, a neighbourhood of it read as Cairo
        "أن الائتلاف قام بتوزيع 6500 سلة غذائية في منطقة القاهرة التابعة لمديرية المنصورة في عدن.",
        # a town of the Ghab plain near Hama (2015-08-09-341), with a village of the Ghab named القاهرة
        "كذلك أعطبت الفصائل المعارضة، آلية لقوات النظام بصاروخ موجه في بلدة المنصورة بسهل الغاب، ومعلومات عن خسائر "
        "بشرية في صفوف قوات النظام والمسلحين الموالين لها، بينما ألقى الطيران المروحي برميلين متفجرين على مناطق في "
        "بلدة اللطامنة بريف حماة الشمالي، عقبه قصف من قبل قوات النظام على أماكن في المدينة، كما تعرضت أماكن في قرى "
        "الحواش والقاهرة والعنكاوي والعمقية والزقوم والحويجة وقسطون بسهل الغاب لقصف مكثف",
        # a village of Al-Ahsa, in a list of its villages with القرين (2015-08-09-975), and with Al-Ahsa named
        # (2015-07-22-1766)
        AL_AHSA_VILLAGES,
        "جراء حريق اندلع في منزل أسرتها الشعبي ببلدة المنصورة في محافظة الأحساء يوم الخميس الماضي",
    ],
)  # fmt: skip
def test_a_town_or_district_named_mansoura_is_not_egypts(gazetteer, text):
    assert "al_mansurah" not in {m.entity_id for m in find_mentions(text, gazetteer)}


def test_a_village_of_al_ahsa_with_no_mansoura_beside_it_is_no_egyptian_town(gazetteer):
    # القرين in the same list lost Egypt's evidence with Mansoura: Al-Ahsa's villages are named nearby
    assert "al_qurayn" not in {m.entity_id for m in find_mentions(AL_AHSA_VILLAGES, gazetteer)}


@pytest.mark.parametrize(
    "text, entity_id",
    [
        # against: Egypt's city after مدينة (2015-07-21-480), and the places beside the others still read
        ("أذكر أننا سافرنا حينذاك إلى مدينة المنصورة في رحلة قصيرة، وما كدنا نغادر القطار حتى", "al_mansurah"),
        ("أن الائتلاف قام بتوزيع 6500 سلة غذائية في منطقة القاهرة التابعة لمديرية المنصورة في عدن.", "aden"),
        ("جراء حريق اندلع في منزل أسرتها الشعبي ببلدة المنصورة في محافظة الأحساء يوم الخميس الماضي", "al_ahsa"),
    ],
)  # fmt: skip
def test_mansoura_after_a_city_and_the_places_beside_the_others_are_still_read(gazetteer, text, entity_id):
    assert entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        # a present verb of three letters right after a capital, written as it is: its government (the thirtieth
        # metonymy round: 2015-08-06-1034, the thirty-sixth metonymy file; 2015-08-08-707, 2015-08-10-94)
        ("1913 - فرنسا تقترح على بريطانيا إنشاء نفق تحت المانش، ولندن ترى أن المشروع سابق لاوانه.", "لندن",
         ("uk", "metonym")),
        ("بالرغم من وعورتها سياسياً، فالرياض ترى أن لعمان دوراً جوهرياً على المستويين السياسي والعسكري", "الرياض",
         ("saudi_arabia", "metonym")),
        ("يعتمد ذلك على ما إذا كانت طهران ترى أنه تجري معاملتها بإنصاف خلال عملية التنفيذ", "طهران",
         ("iran", "metonym")),
        # against: with ل it is the purpose's verb, "so that you see" (2015-08-04-1182), and a locative before the
        # capital still makes it the city (2015-07-26-314)
        ("لك أن تنظر وأنت قادم بالطائرة إلى جدة أو الرياض لترى ملايين الأمتار من الأراضي البيضاء", "الرياض",
         ("riyadh", "place")),
        ("ساوندكلاود: المجموعة القائمة في برلين تصف نفسها بأنها منصة الصوت الرائدة في العالم", "برلين",
         ("berlin", "place")),
    ],
)  # fmt: skip
def test_a_capital_before_a_three_letter_verb_is_its_government(gazetteer, text, surface, expected):
    assert read_surface(text, gazetteer, surface) == [expected]


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        # the object of a verb of calling on, accusing or giving after a subject of more words, the word right before
        # it definite, the verb's second complement right after it (إلى, على, a word with ب): its government (the
        # thirty-first metonymy round: 2015-08-04-950, the thirty-seventh metonymy file; 2015-07-31-1797;
        # 2015-07-26-1048)
        ("ودعا المسؤول الإيراني الرياض إلى وقف ما وصفه بـ “العدوان” على اليمن وإنهاء الحصار على هذا البلد", "الرياض",
         ("saudi_arabia", "metonym")),
        ("واتهم الحزب الكردي انقرة بالتواطؤ مع تنظيم داعش، فيما اتهم حزب الشعوب الديموقراطي", "انقرة",
         ("turkey", "metonym")),
        ("وتتهم أغلب دول الخليج العربية طهران بالتدخل في الشؤون العربية وتقديم الدعم المالي", "طهران",
         ("iran", "metonym")),
        # against: a capital after a preposition (2015-08-06-1642, 2015-07-21-84), the genitive of a noun without
        # the article (2015-08-07-195), after the capital noun, and with no complement after it (2015-07-22-206)
        ("ودعا كيمبي الإدارة في واشنطن إلى الاستفادة من التجربة المغربية في هذا المجال", "واشنطن",
         ("washington", "place")),
        ("الأجهزة الأمنية أبلغت السفارة التشيكية في بيروت بالعملية وهي على تواصل معنا", "بيروت",
         ("beirut", "place")),
        ("وهو ما دعا بلدية لندن هذا العام إلى إصدار قانون جديد لفرض غرامات", "لندن", ("london", "place")),
        ("ودعا المحافظ سكان العاصمة الرياض إلى المشاركة في الاستطلاع", "الرياض", ("riyadh", "place")),
        ("ومن المتوقع أن تطالب بورصة طوكيو الشركة بإصدار تحذير للمستثمرين", "طوكيو", ("tokyo", "place")),
    ],
)  # fmt: skip
def test_a_capital_called_on_after_its_callers_words_is_its_government(gazetteer, text, surface, expected):
    assert read_surface(text, gazetteer, surface) == [expected]


# --- the sixty-sixth round: قيصرية "Caesarean" is no Kayseri (GeoNames' alias dropped) ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the sixty-sixth uniform sample (2015-07-27-1145): a Caesarean birth
        "بعد أن تم خلال مرحلته الأولى التكفل بـ «341» حالة ولادة قيصرية وطبيعية وخداج للأخوات السوريات في الأردن.",
        # SaudiNewsNet's other Caesareans (2015-07-25-1364, 2015-08-01-172, 2015-07-21-1874)
        "لكن جاء جنينها في الولادة الثالثة بالعرض مما تطلب معه إجراء عملية قيصرية، فقام الطبيب بعدة محاولات.",
        "حيث احتلت الولادات الطبيعية النسبة الأعلى بـ238 حالة، مقابل 37 عملية قيصرية، يأتي ذلك وفقا لإحصائية حديثة.",
        "عن حالات الولادة التي تنوعت ما بين ولادة طبيعة وقيصرية، إستقبلتها المستشفى خلال شهر رمضان المبارك",
        # "imperial" (2015-07-21-439) and a covered market of Riyadh (2015-08-07-208)
        "أقل ما يمكن القول عن التشكيلة أنها ملكية، أو كما جاء في الورق الموزع فوق الكراسي، قيصرية.",
        "وكان له دكان في قيصرية بجوار جامع الإمام تركي بن عبد الله، يأتي إليه يوميا، ويفتحه ويجلس فيه",
    ],
)  # fmt: skip
def test_caesarean_is_no_kayseri(gazetteer, text):
    assert "kayseri" not in {m.entity_id for m in find_mentions(text, gazetteer)}


@pytest.mark.parametrize(
    "text, entity_id",
    [
        # against: the places beside it are still read (2015-07-27-1145)
        ("بعد أن تم خلال مرحلته الأولى التكفل بـ «341» حالة ولادة قيصرية وطبيعية وخداج للأخوات السوريات في الأردن.",
         "jordan"),
        # against: Kayseri by its name قيصري is still the city (SaudiNewsNet has none; a sentence of the news's kind)
        ("وقع الانفجار في مدينة قيصري وسط تركيا صباح اليوم", "kayseri"),
    ],
)  # fmt: skip
def test_places_beside_a_caesarean_and_kayseri_by_its_name_are_still_read(gazetteer, text, entity_id):
    assert entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}


@pytest.mark.parametrize(
    "text",
    [
        # the sixty-eighth uniform sample (SaudiNewsNet 2015-08-10-113) and the corpus's others: مصر الجديدة is
        # Heliopolis, a district of Cairo, read as Egypt
        "صرح مسؤول مركز الإعلام الأمني بأن عبوة بدائية الصنع انفجرت صباح اليوم (الاثنين) بميدان المحكمة بمصر الجديدة",
        "يقع مقر الكلية حاليا في ضاحية مصر الجديدة (شرق القاهرة)، ومدة الدراسة بها ثلاث سنوات",
        "كشك المرور قرب محكمة الأسرة في ميدان المحكمة بحي مصر الجديدة، قبل ظهر أمس.",
        "وقامت قوات الأمن المكلفة بتأمين محكمة مصر الجديدة بإغلاق كافة الشوارع المؤدية إلى المحكمة",
        "أضم نادية الجالسة إلى جواري بشدة وأنظر إلى شوارع مصر الجديدة ثم القاهرة بشوق بالغ.",
        # a film and a company named after it (2015-07-21-421, 2015-08-06-1787)
        "منذ أن تعاونت مع المخرج محمد خان في فيلم (شقة مصر الجديدة) قررت ألا أخاف",
        "وزاد سهم مصر الجديدة للإسكان والتعمير 1.3 بالمئة",
        # "the new Egypt" of a speech goes with them, unread (2 of the corpus's 26: 2015-08-06-1326, 2015-08-07-592)
        "موضحا أن مصر الجديدة تلبي رغبات أبنائها رغم كل التحديات",
    ],
)  # fmt: skip
def test_heliopolis_is_no_egypt(gazetteer, text):
    assert "egypt" not in {m.entity_id for m in find_mentions(text, gazetteer)}


@pytest.mark.parametrize(
    "text, expected",
    [
        # against: Cairo after the district is still read (2015-08-11-111)
        ("وقالت وزارة الداخلية إن شرطيين أصيبا جراء انفجار عبوة ناسفة في ميدان المحكمة بمصر الجديدة (شرق القاهرة).",
         [("cairo", "place")]),
        # against: Egypt by its name before any other word, the new canal's الجديدة too (2015-08-02-80, 2015-07-22-768)
        ("عقب احتفال مصر العالمي بافتتاح قناة السويس الجديدة", [("egypt", "name"), ("suez_canal", "alias")]),
        ("وأن العالم سيشهد على نجاح مصر في حفل افتتاح قناة السويس الجديدة", [("egypt", "name"), ("suez_canal", "alias")]),
    ],
)  # fmt: skip
def test_egypt_before_another_word_and_cairo_beside_heliopolis_are_still_read(gazetteer, text, expected):
    assert [(m.entity_id, m.alias_kind) for m in find_mentions(text, gazetteer)] == expected


# --- a body whose name holds another body's alias: the Arab Monetary Fund is no IMF -------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # the sixty-ninth uniform sample (SaudiNewsNet 2015-07-31-1310) and the corpus's others (2015-08-06-637,
        # 2015-07-31-550, 2015-08-07-1209): صندوق النقد العربي, the Arab Monetary Fund, was read as the IMF by the
        # IMF's alias صندوق النقد
        ("وأوضح الصندوق في بيان صحفي له أمس أنه على ضوء ذلك سجل المؤشر المركب لصندوق النقد العربي الذي يقيس أداء "
         "الأسواق المالية العربية", ["arab_monetary_fund"]),
        ("خلُصَت دراسة حديثة أجراها صندوق النقد العربي إلى أن عملية إنتاج النفط والغاز الصخريين ينجم عنها انبعاثات",
         ["arab_monetary_fund"]),
        ("شهدت القيمة السوقية الإجمالية للأسواق المالية العربية المدرجة في قاعدة بيانات صندوق النقد العربي استقرارا",
         ["arab_monetary_fund"]),
        ("قال صندوق النقد العربي: إن إنتاج النفط والغاز الصخريين غير مجد", ["arab_monetary_fund"]),
        # against: the IMF by its full name and by its short one before any other word (the uniform samples' rows,
        # 2015-08-10-274 and 2015-08-03-696)
        ("حتى صندوق النقد الدولي يشعر بالقلق ويحذر من أن هناك", ["imf"]),
        ("وقال صندوق النقد انه لن يشارك في هذه الخطة الثالثة", ["imf"]),
    ],
)  # fmt: skip
def test_the_arab_monetary_fund_is_no_imf(gazetteer, text, expected):
    assert [m.entity_id for m in find_mentions(text, gazetteer)] == expected


# --- a Saudi region's emirate named by its capital's name is the region, not the city ------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # the sixty-ninth uniform sample (SaudiNewsNet 2015-07-21-2800): إمارة جازان, the Jazan Region's emirate (the
        # governor's office), was read as the city; the dateline before it is the city
        ("سبق- جازان: احتفل قائد أمن إمارة جازان، المقدم عبدالله بن محمد الريثي، بزفاف شقيقه الشاب",
         [("jizan", "جازان"), ("jazan_region", "إمارة جازان")]),
        # the corpus's others (2015-08-06-1533, 2015-07-23-534, 2015-08-01-447, 2015-08-10-1373, 2015-08-01-358)
        ("وأوضح مدير عام العلاقات العامة والإعلام بإمارة مكة سلطان الدوسري، أن الاجتماع الذي يرأسه أمير المنطقة",
         [("makkah_region", "إمارة مكة")]),
        ("وابدى وكيل إمارة الباحة اعجابه بما شاهده من فعاليات والحضور الكبير للمصطافين",
         [("al_bahah_region", "إمارة الباحة")]),
        ("والرئيسي على اغلى كؤوس المصيف (كاس امارة مكة المكرمة) والذي سيجمع نخبة",
         [("makkah_region", "امارة مكة المكرمة")]),
        ("من خلال لجنة مشكلة من إمارة المدينة، هيئة الطيران المدني، المرور",
         [("madinah_region", "إمارة المدينة")]),
        ("بحضور وكيل إمارة الحدود الشمالية الشيخ صالح المحيميد", [("northern_borders_region", "إمارة الحدود الشمالية")]),
        # King Salman took Riyadh's emirate at 19 (2015-07-21-2876): the region's governorship
        ("فخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، حفظه الله، تولى إمارة الرياض وعمره 19 عاماً",
         [("salman_bin_abdulaziz", "خادم الحرمين الشريفين"), ("salman_bin_abdulaziz", "الملك سلمان بن عبدالعزيز"),
          ("riyadh_region", "إمارة الرياض")]),
        # against: the emirate's full name is the region by منطقة, as before (2015-07-31-928, 2015-08-11-38)
        ("ترأس وكيل إمارة منطقة الباحة الدكتور حامد الشمري", [("al_bahah_region", "منطقة الباحة")]),
        ("وقال سموه خلال المجلس الأسبوعي بإمارة المنطقة الشرقية", [("eastern_province", "المنطقة الشرقية")]),
        # against: the capital without إمارة is still the city (2015-08-06-1223, the seventieth sample)
        ("وصل فريق الصقور السعودية يوم امس مطار الباحة", [("saudi_arabia", "السعودية"), ("al_bahah", "الباحة")]),
        # against: إمارة before another name is that name's: Dubai, one of the Emirates (2015-07-21-472), a local
        # centre's emirate (مركز إمارة عرقة)
        ("عززت إمارة دبي نشاطاتها الثقافية والتراثية والترفيهية", [("dubai", "دبي")]),
        ("في مركز إمارة عرقة", [("irqah", "عرقة")]),
    ],
)  # fmt: skip
def test_a_saudi_regions_emirate_is_the_region(gazetteer, text, expected):
    assert [(m.entity_id, m.surface) for m in find_mentions(text, gazetteer)] == expected
