"""A state's bodies by their names, and what a state's nisba names: the state, a news agency, a language, a
continent. A nisba as a man's name: test_names_of_persons.py.

The sentences are from SaudiNewsNet (mid-2015 Saudi papers).
"""

from __future__ import annotations

import pytest
from mention_readings import read_surface, readings

from analysis.extract.gazetteer import load_gazetteer
from analysis.extract.mentions import find_mentions


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


# --- bodies named with their state, or bare where their state is named ----------------------------------------------


@pytest.mark.parametrize(
    "text, entity_id",
    [
        ("وأكد أن الجريمة ستقدم إلى محكمة الجنايات الدولية لمحاسبة كل من شارك فيها", "icc"),
        ("مشاركة المملكة ودول المجلس في التحالف الدولي لمحاربة تنظيم داعش الإرهابي", "global_coalition"),
        ("مشاركة المملكة ودول المجلس في التحالف الدولي لمحاربة تنظيم داعش الإرهابي", "isis"),  # both named
        ("لأنه مرشح فريق «8 مارس « وقام بتأمين الغطاء المسيحي", "march_8"),  # مارس, the Gulf name of آذار
        ("وفقاً لما نقلته وكالة الأنباء البحرينية", "bna"),
        # Human Rights Watch spelt واتش as well as ووتش (the two-hundred-and-thirty-sixth round, 2015-07-23-700: read as a
        # discovered body cut before its last word)
        ("اعلنت منظمة هيومن رايتس واتش أمس ان قوات جيش جنوب السودان دهست مدنيين فارين بالدبابات", "hrw"),
    ],
)
def test_long_names_of_organisations(gazetteer, text, entity_id):
    assert entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}


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


# The Fed spelt الاحتياط for الاحتياطي, and by its short name مجلس الاحتياطي: a new discovered body before (the
# hundred-and-eighty-first sample's `رفع [مجلس الاحتياط الفيدرالي]` and `أن [مجلس الاحتياط] قد يكون`; the
# hundred-and-eighty-first round): SaudiNewsNet 2015-08-10-303, 2015-07-31-292, 2015-07-27-1175, 2015-07-27-1031.
@pytest.mark.parametrize(
    "text",
    [
        "بدعم التوقعات بشأن إمكانية رفع مجلس الاحتياط الفيدرالي لأسعار الفائدة في أيلول (سبتمبر).",
        "مع تحسن البيانات الأمريكية التي أشارت إلى أن مجلس الاحتياط قد يرفع أسعار الفائدة في أيلول (سبتمبر)",
        "وذكر مجلس الاحتياط الاتحادي أنه يتوقع أنه «سيكون من المناسب زيادة النطاق المستهدف لأسعار الفائدة الاتحادية",
        "ويستمر المستثمرون في المراهنة على أن مجلس الاحتياط الفدرالي سيرفع أسعار الفائدة في سبتمبر",
        "ويعقد مجلس الاحتياطي اجتماعا يومي الثلاثاء والأربعاء حيث من المقرر أن يلمح صناع السياسات إلى رفع الفائدة",
    ],
)
def test_the_fed_spelt_without_the_ya_or_by_its_short_name_is_the_fed(gazetteer, text):
    assert "usa_central_bank" in {m.entity_id for m in find_mentions(text, gazetteer)}


@pytest.mark.parametrize(
    "text",
    [
        # against, SaudiNewsNet 2015-07-23-145: New Zealand's reserve bank is a bank, no مجلس
        "خفض بنك الاحتياط النيوزيلندي سعر الفائدة الرسمي بمقدار 25 نقطة أساس إلى 0ر3%",
        # against, 2015-07-22-926 and 2015-07-21-2258: the reserve forces and the substitutes' bench
        "ذكرت مصادر صحافية إن ضباطاً وأفراداً من قوات الاحتياط _الحرس الجمهوري سابقا_ رفضوا استلام رواتبهم",
        "وكشف فان بيرسي ان مشكلته في يونايتد بدأت منذ ان جلس على مقاعد الاحتياط طيلة المباراة",
    ],
)
def test_reserve_without_a_council_is_no_fed(gazetteer, text):
    assert "usa_central_bank" not in {m.entity_id for m in find_mentions(text, gazetteer)}


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
    "text, expected",
    [
        # the hundred-and-twenty-first round: no body of the game named, a word of it in the sentence (the
        # hundred-and-twentieth sample's 2015-08-07-1279, 2015-08-02-361, 2015-07-31-2070, 2015-08-08-242)
        ("وسبق للبوسني نيكتش الحاصل على رخصة التدريب A من الاتحاد الأوروبي تدريب عدة فرق في المنطقة", "uefa"),
        ("وتقدم فناربخشه باعتراض لدى الاتحاد الأوروبي بعد المباراة التي انتهت بالتعادل دون أهداف", "uefa"),
        ("وعلق الرئيس على عقوبة الاتحاد الأوروبي الموقعة على النادي بسبب اتهام جماهير برشلونة بالعنصرية في "
         "هتافات انقسام كتالونيا عن برشلونة في نهائي دوري الأبطال", "uefa"),
        ("وذلك لأن الأخير تغلب عليه في نهائي مسابقة كأس الاتحاد الأوروبي عام 2005 في لشبونة.", "uefa"),
        # against: the EU's quota of players (2015-08-10-136), Sheffield's first football team (2015-07-27-703),
        # the EU's trade dispute beside a "team" (2015-07-26-293)
        ("وأفادت التقارير أن التأخير الذي حدث في توقيع العقود والإعلان الرسمي عن الصفقة بسبب عدم توفر مقعد للاعب "
         "من خارج الاتحاد الأوروبي بتشكيل الفريق في الموسم المقبل.", "eu"),
        ('ومدينة "شيفيلد" التي عرفت أول فريق كرة قدم في العالم سنة 1850 ليست مدينة كرة القدم الأولى في إنجلترا '
         "كما لم تنجح محاولات جعلها مدينة إنتاج الأفلام الرئيسة في بريطانيا على الرغم من كثير من التسهيلات "
         "والخطط وبرامج دعم الاتحاد الأوروبي للبنية التحتيّة للمدينة.", "eu"),
        ("ونتيجة لذلك فقد طلبت الصين تشكيل فريق قضائي لحل هذا النزاع التجاري، باعتبار أن الاتحاد الأوروبي يُميِّز "
         "بين الدول الأعضاء في تعاملاته التجارية.", "eu"),
    ],
)  # fmt: skip
def test_a_bare_name_opening_a_sports_bodys_name_is_that_body_with_a_word_of_its_game(gazetteer, text, expected):
    found = {m.entity_id for m in find_mentions(text, gazetteer) if m.surface.endswith(("الأوروبي", "الاوروبي"))}
    assert found == {expected}


@pytest.mark.parametrize(
    "text, surface",
    [
        # الاتحاد الروسي is the Russian Football Union (the hundred-and-eightieth uniform sample, SaudiNewsNet
        # 2015-07-21-1691, «الفيفا» يطلب من [الاتحاد الروسي] تفاصيل) before a sport, or bare in an article that names a
        # sports federation in full (2015-07-23-687, 2015-08-04-179, 2015-08-08-1154, 2015-08-11-453: FIBA's ban): read
        # as its nisba, Russia's adjective, not as the Russian Federation
        ("قال الاتحاد الدولي لكرة القدم (الفيفا) يوم السبت إنه سيطلب من الاتحاد الروسي للعبة تفاصيل عن واقعة "
         "عنصرية. وقال الاتحاد الدولي في بيان “سيطلب الفيفا تفاصيل من الاتحاد الروسي حول هذه الواقعة.” "
         "رابط الخبر بصحيفة الوئام: «الفيفا» يطلب من الاتحاد الروسي تفاصيل عن واقعة عنصرية", ["الروسي"] * 3),
        ("قال الاتحاد الروسي لكرة القدم الأربعاء إنه رفض إدعاءات لاعب الوسط الغاني إيمانويل فريمبونج. وقال الاتحاد "
         "الروسي في بيان انه عاقب اللاعب بعد ذلك بالإيقاف لمباراتين.", ["الروسي"] * 2),
        ("وكان رئيس الاتحاد الروسي لألعاب القوى فالنتين بالاخنيتشيف الذي اتهم في وثائقي أول بعلاقته", ["الروسي"]),
        ("أعلن الاتحاد الروسي لكرة القدم، تعيين ليونيد سلوتسكي مدربا للمنتخب، خلفا للايطالي فابيو كابيلو. وأوضح "
         "الاتحاد الروسي على موقعه على شبكة الانترنت أن سلوتسكي سيحتفظ بمنصه مدربا لسسكا موسكو", ["الروسي"] * 2),
        ("رفع الاتحاد الدولي لكرة السلة «فيبا» الحظر الذي فرضه على منتخبات روسيا. وكان الاتحاد الدولي فرض الشهر "
         "الماضي حظرا بسبب الصراع بين مسؤولين سابقين في الاتحاد الروسي ورئيسته الجديدة يوليا انيكييفا", ["الروسي"]),
        # against: the Russian Federation in articles naming no sports federation (2015-08-06-1035, 2015-08-01-312)
        ("اجتماعات ضمت وزراء خارجية دول مجلس التعاون ووزيري خارجية الولايات المتحدة الأمريكية والاتحاد الروسي، "
         "اجتماعات غير مسبوقة", ["الاتحاد الروسي"]),
        ("وقال نائب وزير الدفاع، إن الاتحاد الروسي حذر مراراً وتكراراً من العواقب التي قد تنجم عن نشر الدرع "
         "الصاروخية", ["الاتحاد الروسي"]),
    ],
)  # fmt: skip
def test_the_russian_federations_name_for_a_sports_federation_is_read_as_its_nisba(gazetteer, text, surface):
    found = [m for m in find_mentions(text, gazetteer) if m.entity_id == "russia" and m.surface.endswith("الروسي")]
    assert [m.surface for m in found] == surface


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


@pytest.mark.parametrize(
    "text, expected",
    [
        # the regulator with the state's nisba: the commission, not the company STC inside its name
        ("في ظل صمت من هيئة الاتصالات السعودية ووزارة التجارة وحماية المستهلك", "saudi_citc"),
        ("صدر نظام الاتصالات وإنشاء هيئة الاتصالات السعودية، لتتولى تنظيم هذا القطاع", "saudi_citc"),
        # the company's own names stay the company
        ("وبدأت شركة الاتصالات السعودية أعمالها يوم 6 محرم من عام 1419هـ", "saudi_telecom"),
        ("وأعلنت الاتصالات السعودية عن أرباحها للربع الثاني", "saudi_telecom"),
    ],
)
def test_the_saudi_telecom_commission_is_no_stc(gazetteer, text, expected):
    found = {m.entity_id for m in find_mentions(text, gazetteer)}
    assert expected in found
    assert ({"saudi_citc", "saudi_telecom"} - {expected}).isdisjoint(found)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the eightieth uniform sample (SaudiNewsNet 2015-08-08-447) and the corpus's others (2015-07-27-205,
        # 2015-08-03-228, 2015-08-06-892): the CAF Confederation Cup, كأس الاتحاد الأفريقي, and CAF's competitions
        # were read as the African Union; the cup is no mention, as the AFC's cup
        ("على الملعب الاولمبي بمدينة سوسة التونسية ضمن منافسات الجولة الرابعة لدور المجموعتين بكأس الاتحاد "
         "الإفريقي «الكونفيدرالية».", []),
        ("ضمن دور المجموعات ببطولة كأس الاتحاد الإفريقي لكرة القدم.", []),
        ("بالجولة الرابعة لدور المجموعات ببطولة كاس الاتحاد الأفريقي (الكونفيدرالية الأفريقية)", []),
        ("بسبب ارتباطات الأندية المصرية في بطولات الاتحاد الإفريقي «دوري الأبطال والكونفدرالية».", []),
        # CAF by its full name (2015-08-07-279, 2015-08-03-228, 2015-08-06-725)
        ("رفض الاتحاد الإفريقي لكرة القدم بالإجماع دعم ترشح موسى بيليتي", ["caf"]),
        ("أسندت لجنة الحكام بالاتحاد الأفريقي لكرة القدم (كاف) ادارة مباراة النجم الساحلي", ["caf"]),
        ("قررت اللجنة التنفيذية للاتحاد الأفريقي لكرة القدم وبالإجماع عدم منح موسى بيليتي", ["caf"]),
        # against: the African Union stays the union (2015-07-23-403, 2015-07-31-391, 2015-07-27-153)
        ("نفت بعثة الاتحاد الإفريقي في الصومال الاتهامات الموجهة لها", ["african_union"]),
        ("وفي خطاب ألقاه داخل مقر رئاسة الاتحاد الأفريقي هنا أول من أمس، حذر أوباما", ["african_union"]),
        ("من خلال مشاركتها بفرقة من أربعة آلاف عنصر في قوات الاتحاد الأفريقي", ["african_union"]),
    ],
)  # fmt: skip
def test_the_african_football_confederation_and_its_cup_are_no_african_union(gazetteer, text, expected):
    found = [m.entity_id for m in find_mentions(text, gazetteer)]
    assert [e for e in found if e in {"african_union", "caf"}] == expected


# --- the Red Crescent and Al-Hilal ----------------------------------------------------------------------------------


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
        # the hundred-and-thirty-sixth round (SaudiNewsNet 2015-08-10-120): the Emirati society's nisba feminine,
        # agreeing with هيئة, read as the Saudi authority and the UAE apart
        ("أعلنت هيئة الهلال الأحمر الإماراتية رصد مبلغ 300 مليون درهم (81.6 مليون دولار) لتعزيز عملياتها الإغاثية", ["emirates_red_crescent"]),
        # 2015-08-06-426 (the hundred-and-thirty-fourth round's left): the Turkish society after جمعية, read as the
        # movement and Turkey apart
        ("وأشار الجميلي إلى أن «نائب المدير العام لجمعية الهلال الأحمر التركية مينتاز شيمشك، أعلن في 3 فبراير", ["turkish_red_crescent"]),
        # 2015-07-22-1554: the Saudi authority cut before its nisba, the nisba read apart as the state
        ("فيما باشرت فرقة اسعافية من هيئة الهلال الاحمر السعودية الموقع وتم نقل الطفلة الى مستشفى مدينة العيون", ["saudi_red_crescent"]),
    ],
)  # fmt: skip
def test_a_red_crescent_society_with_its_nisba_feminine_is_that_society(gazetteer, text, expected):
    assert [m.entity_id for m in find_mentions(text, gazetteer)][:1] == expected
    assert len({m.entity_id for m in find_mentions(text, gazetteer)} & {"uae", "turkey", "saudi_arabia", "ifrc"}) == 0


@pytest.mark.parametrize(
    "text, expected",
    [
        # against: the masculine nisba (2015-08-10-120) and the Saudi authority with another adjective (2015-08-02-447)
        ("وبحسب ما نقلته وكالة الأنباء الإماراتية «وام» تعتبر هيئة الهلال الأحمر الإماراتي من المنظمات الإنسانية", {"wam", "emirates_red_crescent"}),
        ("حيث كانت وما زالت هيئة الهلال الأحمر الجهة الإغاثية التي تمثل السعودية دوليًا", {"saudi_red_crescent", "saudi_arabia"}),
    ],
)  # fmt: skip
def test_a_red_crescent_society_with_its_nisba_masculine_stays(gazetteer, text, expected):
    assert {m.entity_id for m in find_mentions(text, gazetteer)} == expected


# --- a nisba credited as a source: the news agency ------------------------------------------------------------------


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
    "text, expected",
    [
        # the two-hundred-and-sixteenth round (SaudiNewsNet 2015-07-27-1030, 2015-07-21-1639, 2015-07-21-1830,
        # 2015-08-10-1172): the credit line closing a wire story, the nisba unquoted after وفقا or بحسب
        ("ومن المنتظر ان تضاف خلال السنوات القليلة المقبلة “.وفقا للالمانية.", "dpa"),
        ("ينظر إلى العلم كرمز للعبودية والتمييز العنصري.وفقا للفرنسية. وأزيل علم كونفيدرالية", "afp"),
        ("من 94 إلى 100 درجة خلال نفس الفترة. بحسب الالمانية. وأوضح مسئول بالوزارة", "dpa"),
        ("واستخدم العنف معهما.بحسب الفرنسية.", "afp"),
        # ... after a noun, the state (2015-08-01-659), and so unquoted after عن, a word of the quoted credit only
        ("والمتاحة في إطار خدمة تأجير السيارات في برلين وميونيخ منذ 2013 بحسب الشركة الألمانية.", "germany"),
        ("وقالت الحكومة الألمانية إنها ستدرس الطلب", "germany"),
    ],
)
def test_an_unquoted_nisba_closing_a_credit_line_is_the_news_agency(gazetteer, text, expected):
    found = {m.entity_id for m in find_mentions(text, gazetteer)}
    assert expected in found
    assert not found & ({"germany", "france", "dpa", "afp"} - {expected})


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


# --- a nisba as a language ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # a state's feminine nisba after عن, من, إلى with a word of translating before is the language (the
        # twenty-sixth uniform sample, 2015-08-08-56; 2015-07-22-1225, 2015-07-21-172)
        ("وفي هذا المجال أنفق على ترجمة وطبع كتب كثيرة عن الفرنسية، كما يذكر المحقق جمال ملحم.", "france", False),
        ("رائف أفندي لمؤلفها صباح علي وترجمها عن التركية جهاد الأماسي.", "turkey", False),
        ("فاروق مردم بك الذي ترجم أخيرا من الفرنسية إلى العربية يؤمن لك هذه المتعة.", "france", False),
        # … إلى as the text writes it (normalised الي: round 219, 2015-08-08-787; 2015-08-09-924)
        ('وربما يكون "كافكا" آخر سلالة الكتّاب الذين أصغى إليهم، فقد ترجمه إلى الإسبانية، وهو مبصر', "spain", False),
        ("القانون الدولي الإنساني و حقوق الإنسان , ترجم إلى الماليزية، العالم الإسلامي", "malaysia", False),
        # … and the list of nisbas the translation opens (round 220's class: 2015-07-22-188, 2015-08-08-689)
        ("ترجمت بعض مؤلّفاته إلى الفرنسية والإنجليزية والألمانية واليابانية. صدر له في الرواية", "japan", False),
        ("تمت ترجمة بعض أعمالها الإبداعية إلى الإنجليزية والإسبانية والإيطالية والإندونيسية.", "italy", False),
        # … not a nationality after من with a translator's word before (2015-07-22-1659): the state
        ("إضافة الى اثنين من العاملين من الجنسية السودانية ومترجمي الفريق من الجنسية اللبنانية تأشيرة دخول", "lebanon",
         True),
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


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        # a state's feminine nisba right after a verb of speaking, learning or mastering is its object, the language
        # (the two-hundred-and-twenty-eighth round, read on SaudiNewsNet: 2015-07-22-72, 2015-07-22-310,
        # 2015-07-25-821, 2015-08-08-787, 2015-07-31-208)
        ("ولد لأبوين كوبيين هاجرا إلى ميامي. يتقن الإسبانية والإنجليزية ويدافع عن التزام أكبر", "الإسبانية", []),
        ("وشملت الدراسة أكثر من 136 ألف شخص في ألمانيا بينهم أجانب يتحدثون الألمانية وجهت اليهم اسئلة", "الألمانية",
         []),
        ("حين نشاهدها تركب الفرس وتسابق الريح وهي تتحدث الفرنسية مع الجنود الفرنسيين.", "الفرنسية", []),
        ("تعلّم بورخس الإنجليزية قبل أن يتعلم الإسبانية، وأحسن الفرنسية", "الإسبانية", []),
        ("تم تدريسها في أكثر من 70 جامعة مقارنةً بعرض 60 جامعة تعلم الألمانية، وتم تسليط الضوء", "الألمانية", []),
        # … the state's name after such a verb is its subject (2015-07-21-283): the state
        ("لقد تعلمت السعودية بعد أكثر من 50 عامًا على قيادتها منظمة «أوبك» أن استقرار السوق", "السعودية",
         [("saudi_arabia", "name")]),
    ],
)  # fmt: skip
def test_a_nisba_right_after_a_verb_of_speaking_or_learning_is_a_language(gazetteer, text, surface, expected):
    assert read_surface(text, gazetteer, surface) == expected


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # a nisba that names a language, agreeing with كلمة, عبارة, لفظ or مصطلح right before it or one quoted word
        # before it, is the word's language (the hundred-and-fifty-ninth uniform sample, 2015-08-07-646; read on
        # SaudiNewsNet in the hundred-and-sixty-third round: 2015-07-21-2919, 2015-08-02-322, 2015-08-04-882)
        ("الثالث، واشتق اسم الفاشية من لفظ فاشيو الإيطالي ويعني حزمة من القضبان استخدمت رمزًا رومانيًا", "italy",
         False),
        ("وكشفت Google عن تقرير \"زايتجايست\" للإنترنت (وهي كلمة ألمانية تعني \"روح العصر\")", "germany", False),
        ("أما كلمة النيل فمشتقة من الكلمة اليونانية نيلوس التي تعني النهر", "greece", False),
        ("وكلمة عنف الفرنسية Violence مشتقة من الكلمة اللاتينية التي تشير إلى القوة", "france", False),
        # … a dialect's words are the state's (2015-07-21-2847, 2015-08-04-87), a nisba after a word with its
        # article is no word's (2015-07-24-944), and كلمات تركي (2015-07-21-2495) stays the lyricist Turki
        ("* نريدك تنطق كلمات سعودية ؟ - ألبقه.. لا تهايط", "saudi_arabia", True),
        ("ودليلي هو ذلك المصطلح المصري الشهير أن فلانا «مقطّع السمكة وديلها»", "egypt", True),
        ("حفل القرعة المقرر مباشرة بعد كلمة الرئيس الروسي فلاديمير بوتين.", "russia", True),
        ("(مقلب) لديانا حداد كلمات تركي الشريف وألحان حسام كامل", "turkey", False),
    ],
)  # fmt: skip
def test_a_nisba_describing_a_word_is_its_language(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


# --- a nisba that names a continent or a part of one ----------------------------------------------------------------


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
    "text",
    [
        # الهنود الحمر, هندي أحمر are the Native Americans, never India (the hundred-and-eighty-third uniform sample,
        # SaudiNewsNet 2015-07-24-806; 2015-08-08-1339, 2015-08-06-353, 2015-07-21-245, 2015-07-31-832 with no space)
        "وسترن ذو حسنات حول قافلة جنود يهاجمها الهنود الحمر (1972)",
        "ظنوه في البداية مكسيكيا ولكن بعد أن تأملوا وجهه جيدا عرفوا أنه هندي أحمر.",
        "ثم وهناك مشكلة السود والهنود الحمر في الولايات المتحدة، وهناك أكثر من مشكلة في كندا",
        "لفريق واشنطن لكرة القدم، «ريد سكنز» (الهنود الحمر) لأن اسم الفريق يمكن أن يكون مسيئا لهم.",
        "وعند الصينيين الحنان، وعند الهنود الحمرالأرض، وعند شوقي مدرسة الإنسانية.",
    ],
)  # fmt: skip
def test_the_red_indians_are_no_india(gazetteer, text):
    assert "india" not in {m.entity_id for m in find_mentions(text, gazetteer)}


@pytest.mark.parametrize(
    "text",
    [
        # against: India's people (2015-08-06-2804, 2015-08-04-903, judged right in earlier samples)
        "وتحالف الباكستانيين ضد الهنود، وتحالف الهنود والباكستانيين ضد غيرهم",
        "وعرف بسياسته المميزة في الحكم، حيث عامل الهنود كمواطني دولة بدل أن يعاملهم كسكان أراضي مفتوحة",
    ],
)  # fmt: skip
def test_indias_people_stay_india(gazetteer, text):
    assert "india" in {m.entity_id for m in find_mentions(text, gazetteer)}


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
