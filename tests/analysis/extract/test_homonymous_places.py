"""Places that share a name: the text means the one of the country it names, or none.

The sentences are from SaudiNewsNet (mid-2015 Saudi papers), each test saying where they came from.
"""

from __future__ import annotations

import pytest
from mention_readings import readings

from analysis.extract.gazetteer import load_gazetteer
from analysis.extract.mentions import find_mentions


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


# --- a town named like one of another country: the places around it decide ------------------------------------------


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
    "text, entity_id, counted",
    [
        # a town followed by another state's feminine nisba is that state's: not the gazetteer's homonym
        ("وصلت بعثة نادي التعاون مساء أمس الاول الى مدينة هورست الهولندية لإقامة معسكر إعدادي", "hurst", False),
        ("في جاينسفيل بولاية فلوريدا الأميركية.", "florida", False),
        ("الهجوم الإرهابي في قرية دوما الفلسطينية، معربا عن تعازي بلاده", "duma", False),
        # ... its own state's nisba, or a masculine nisba (agreeing with a district, or a club), keep it
        ("في مدينة سرت الليبية", "sirte", True),
        ("هو «الكشف» الذي أُعلن عنه في مدينة برمنغهام البريطانية.", "birmingham", True),
        ("المنطقة قريبة من حي سوهو الصيني وما يشمله من أسواق شعبية", "soho", True),
        ("ووصل الرئيس إلى العاصمة روما الإيطالية أمس", "rome", True),
    ],
)  # fmt: skip
def test_a_town_followed_by_another_states_nisba_is_not_the_homonym(gazetteer, text, entity_id, counted):
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


def test_a_states_capital_keeps_its_name_near_another_countrys_places(gazetteer):
    # a state's capital is known by its name abroad: Cairo's airport in an article on Riyadh
    text = "وصل الوفد إلى مطار القاهرة الدولي قادما من الرياض بعد زيارة لمدينة جدة."
    assert "cairo" in {m.entity_id for m in find_mentions(text, gazetteer)}


# --- a territory's capital near another country's places: Laayoune and Al-Uyun of Al-Ahsa ---------------------------


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


@pytest.mark.parametrize(
    "text, expected",
    [
        # Medina's Al-Uyun sub-municipality and district, named with its noun: the municipal-elections story
        # (SaudiNewsNet 2015-08-02-1157, files 8, 14, 15, 21, 30, 41, 45) and the flood works (2015-07-27-732)
        ("ويوم غد للقاء مع المواطنين في نطاق بلدية العيون، وبعد غد مع المواطنين في نطاق بلدية العوالي",
         {"al_uyun_madinah"}),
        ("درء أخطار السيول في ابيار الماشي، المليليح العزيزية، الوسيعة، الصويدرة، المندسة، منطقة العيون.",
         {"al_uyun_madinah"}),
        # the full name in an article whose list names it bare (2015-08-06-1212; the bare والعيون is not read)
        ("الانتخابات البلدية بمنطقة المدينة المنورة في نطاق البلديات الفرعية التالية: الحرم والعيون، والعوالي، "
         "وقباء.\n جاء ذلك خلال اجتماع اللجنة بمقر بلدية العيون أمس", {"al_uyun_madinah"}),
        # ... but the bare name in an article on Al-Ahsa's town stays the town, not the sub-municipality
        # (2015-07-26-521)
        ("نظمت لجنة التنمية الاجتماعية الأهلية بالعيون حفل معايدة أهالي العيون الأول بالأحساء، بحضور مديري "
         "الإدارات الحكومية", {"al_uyun_al_ahsa"}),
        ("وأقام مستشفى مدينة العيون واللجنة الأهلية لأصدقاء الصحة بمدينة العيون بالأحساء حفلا للمرضى.",
         {"al_uyun_al_ahsa"}),
    ],
)  # fmt: skip
def test_al_uyun_of_medina_is_not_al_uyun_of_al_ahsa(gazetteer, text, expected):
    found = {m.entity_id for m in find_mentions(text, gazetteer)} & {"al_uyun_madinah", "al_uyun_al_ahsa", "laayoune"}
    assert found == expected


# --- namesakes one by one: Al-Rabat, Duma, Sulaymaniyah, Khaybar, Mansoura ------------------------------------------


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


# --- a US state named like a city or a state; a town after ولاية ----------------------------------------------------


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
    "text, counted",
    [
        # Georgia the US state written bare, in a text that names one of its towns (2015-08-09-136: the Georgia
        # Bureau of Investigation, Chatsworth north of Atlanta) ...
        ("وقال جريج رامي، وهو وكيل خاص مكلف بالمكتب الميداني الإقليمي لمكتب تحقيقات جورجيا، إن «الصبي وجد يوم الخميس "
         "في واحد من قفصين داخل منزل في شاتسوورث في جورجيا على بعد 90 ميلاً شمال أتلانتا».", False),
        # ... or names the US state after ولاية further on (2015-08-06-1705: Bobbi Kristina Brown)
        ("واقترب نحو عشرة من المعجبين من المقبرة في وستفيلد بولاية نيوجيرزي لوداع براون (22 عاما) التي توفيت في جورجيا "
         "الاسبوع الماضي بعد ستة أشهر من العثور عليها فاقدة الوعي في حوض استحمام بمنزلها.\nوتوفيت براون -ابنة هيوستن "
         "والمغني بوبي براون- متأثرة بتلف في المخ لا علاج له أصيبت به جراء حادث لم تتضح ملابساته بعد في يناير بمنزلها "
         "في روزويل بولاية جورجيا.", False),
        # against: the Caucasian state in a text about America, naming neither (2015-07-24-781: Guantanamo's
        # prisoners, the White House; 2015-08-01-450: the Super Cup in Tbilisi)
        ("ولكن هذه العراقيل لم تحل دون الإفراج عن معتقلين فقد غادر 28 سجينا المعتقل في 2014 إلى كازاخستان وأوروغواي "
         "وجورجيا وسلوفاكيا. وقال المتحدث باسم البيت الأبيض: «لقد أحرزنا الكثير من التقدم».", True),
        ("لخوض مباراة السوبر الأوروبي أمام أشبيلية بمدينة تيفليس بجورجيا في 11 أغسطس القادم", True),
    ],
)  # fmt: skip
def test_georgia_the_us_state_is_no_mention_where_the_text_names_its_town_or_the_state(gazetteer, text, counted):
    assert ("georgia" in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # Birmingham as Saudi papers spell it is England's (the hundred-and-sixth uniform sample, 2015-07-23-52):
        # GeoNames gave برمنغهام، برمنكهام to Birmingham, Alabama and برمنجهام to Birmingham, Michigan
        ("لكن مدينة برمنغهام الواقعة في وسط إنجلترا تحتوي على جامعة مرموقة", "birmingham", True),
        ("لكن مدينة برمنغهام الواقعة في وسط إنجلترا تحتوي على جامعة مرموقة", "birmingham_usa", False),
        # (2015-07-22-1402, 2015-07-26-90, 2015-07-21-83, 2015-07-23-304)
        ("وقال كاميرون لتلاميذ مدرسة في مدينة برمنجهام: أُريد أيضا المُضي إلى أبعد من ذلك", "birmingham", True),
        ("صنفت كاميرون «كأكثر ساسة بريطانيا شجاعة» في مواجهة شرور الإسلام السياسي في خطابه في برمنغهام", "birmingham", True),
        ("وأشار رئيس الوزراء البريطاني من برمنغهام، غرب المملكة المتحدة، التي يقدر أن 22 في المائة", "birmingham", True),
        (
            "وأضافت: «نشعر بالإثارة لوجود مثل هذه الوثيقة التاريخية المهمة هنا في برمنجهام، المدينة ذات التنوع "
            "الثقافي الأكثر في المملكة المتحدة»",
            "birmingham",
            True,
        ),
        # ... but not in the University of Birmingham's name (discovery keeps the university: the names need evidence),
        # nor with no evidence (2015-07-22-293, 2015-07-25-422)
        ("عثر باحثون في جامعة برمنغهام على صفحات من القرآن", "birmingham", False),
        ("فقلت: مرحبًا، ظننتك ذهبت إلى بارماوث مع أصدقائك من برمنجهام.", "birmingham", False),
    ],
)  # fmt: skip
def test_birmingham_as_the_papers_spell_it_is_englands(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


#: SaudiNewsNet 2015-07-21-432 (the hundred-and-seventeenth uniform sample): the Lebanese Ramadan table
LEBANESE_TABLE = (
    "وإذا كانت المقبلات هي ملكة السفرة اللبنانية في رمضان أكثر من أي وقت آخر، فإن الحلويات تختلف أحيانًا من منطقة "
    "إلى أخرى، ولعل أهل طرابلس وصيدا هم الأشهر في هذا المجال، مع ميزة للأولى التي استطاعت أن تطور حلوياتها، لتصل بها "
    "إلى العالمية."
)
#: 2015-07-31-1858: the lead and a later sentence of an article on the Lebanese cabinet
LEBANESE_MP = (
    "جلسة مفصلية لمجلس الوزراء اللبناني لا يعلم أحد إن كانت ستعقد أم تؤجل دعا إليها الرئيس تمام سلام اليوم. "
    "نائب طرابلس محمد كبارة، وفي تصريح له أمس، رأى أن تحالف «القمامة» يستهدف الطائفة السنية في مناطقها وقياداتها"
)
#: 2015-07-27-924: Beirut's rubbish crisis, then the mufti of Tripoli
LEBANESE_MUFTI = (
    "في غضون ذلك، استؤنف أمس جمع النفايات في بيروت بعد أزمة استمرت ستة أيام تراكمت خلالها النفايات في شوارع "
    "العاصمة اللبنانية. من جانبه، دعا مفتي طرابلس الشيخ مالك الشعار كل السياسيين إلى إعلاء مصالح الوطن العليا."
)


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # bare طرابلس in a text that names Lebanon (its nisba, a place of it) and nothing of Libya: Lebanon's Tripoli
        (LEBANESE_TABLE, "tripoli_lebanon", True),
        (LEBANESE_TABLE, "tripoli", False),
        (LEBANESE_MP, "tripoli_lebanon", True),
        (LEBANESE_MP, "tripoli", False),
        (LEBANESE_MUFTI, "tripoli_lebanon", True),
        (LEBANESE_MUFTI, "tripoli", False),
        # against: Libya named (2015-07-21-145), or no state named at all (2015-07-21-128: Chad's Goukouni backed by
        # Tripoli), it stays Libya's capital
        ("ونقلت «رويترز» عن صادق السور، رئيس قسم التحقيقات لدى المدعي العام الليبي في طرابلس، قوله إنه يعرف هويات "
         "وأماكن عدد من المهربين", "tripoli", True),
        ("ونقلت «رويترز» عن صادق السور، رئيس قسم التحقيقات لدى المدعي العام الليبي في طرابلس، قوله إنه يعرف هويات "
         "وأماكن عدد من المهربين", "tripoli_lebanon", False),
        ("ومن شرق تشاد استأنف النضال ليقاتل نظام عويدي المدعوم من طرابلس، ودخل نجامينا منتصرا في 1982.", "tripoli_lebanon",
         False),
    ],
)  # fmt: skip
def test_tripoli_in_a_text_on_lebanon_is_lebanons(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


#: SaudiNewsNet 2015-08-10-880 (the ninety-eighth uniform sample): the Saudi governor of Maysan consoles a martyr's family
SAUDI_MAYSAN_GOVERNOR = (
    "نقل محافظ ميسان تركي بن خالد بن حميد، تعازي صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز، ولي العهد، نائب "
    "رئيس مجلس الوزراء، وزير الداخلية، وتعازي مستشار خادم الحرمين الشريفين صاحب السمو الملكي الأمير خالد الفيصل بن "
    "عبدالعزيز، أمير منطقة مكة المكرمة، لوالد الشهيد ممدوح مسفر المسيلي، وأشقائه، وذويه، وذلك بعد أن تمت الصلاة على "
    "الجثمان بجامع التعاون بمحافظة ميسان (110 كلم جنوبي الطائف)"
)
#: 2015-08-03-26: the Taif region's municipal election districts
TAIF_ELECTION_LIST = (
    "يذكر أن محافظة الطائف تضم ثماني دوائر انتخابية أما البلديات المرتبطة ( تربة ، رنية ، الخرمة ، المويه ، ميسان ، "
    "بني سعد ، المحاني ، قيا ، القريع بني مالك ، ظلم ) فتضم كل منها دائرة واحدة."
)
#: 2015-08-09-848: the martyr's funeral
MAYSAN_FUNERAL = (
    'ودّعت محافظة ميسان "100 كيلو متر جنوب الطائف"، أمس، الشهيد ممدوح مسفر المسيلي الحارثي أحد شهداء التفجير الآثم '
    "الذي طال مسجد قوات الطوارئ بأبها الخميس الماضي"
)
#: 2015-07-23-293: the governorate by its longer name
MAYSAN_BANI_AL_HARITH = (
    "واشتمل حفل التكريم الذي أقيم في مدرسة المريفق بني الحارث التابعة لمحافظة ميسان بني الحارث على تكريم حملة شهادة "
    "الدكتوراة"
)
#: 2015-08-06-345: Iraq's governorates that demonstrate
IRAQ_AMARAH = (
    "السخط الشعبي على حكومة العبادي الذي تشهده محافظات الوسط والجنوب العراقية، لم يترك مدينة إلا وحط فيها حتى تلك التي "
    "تعتبر أكثر استقرارا كمدينة العمارة مركز محافظة ميسان (400 كلم جنوب بغداد)"
)
#: 2015-07-31-278: Iraq's oil provinces and the governor of Maysan
IRAQ_GOVERNOR = (
    "الجنوب العراقي والذي يحوي أغلب ثروات العراق النفطية حيث البصرة، أول محافظة عراقية في قائمة المدن المنتجة للنفط "
    "بأكثر من 85 في المائة من الذهب الأسود، وميسان ثالث محافظة بالقائمة. محافظ ميسان، علي دواي، سجل حضورًا لافتًا"
)


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # ميسان in a text that names Saudi places (الطائف، تربة، أبها) and nothing of Iraq: the governorate south of Taif
        (SAUDI_MAYSAN_GOVERNOR, "maysan", True),
        (SAUDI_MAYSAN_GOVERNOR, "maysan_governorate", False),
        (TAIF_ELECTION_LIST, "maysan", True),
        (TAIF_ELECTION_LIST, "maysan_governorate", False),
        (MAYSAN_FUNERAL, "maysan", True),
        (MAYSAN_FUNERAL, "maysan_governorate", False),
        (MAYSAN_BANI_AL_HARITH, "maysan", True),
        (MAYSAN_BANI_AL_HARITH, "maysan_governorate", False),
        # against: a text on Iraq stays Iraq's
        (IRAQ_AMARAH, "maysan_governorate", True),
        (IRAQ_AMARAH, "maysan", False),
        (IRAQ_GOVERNOR, "maysan_governorate", True),
        (IRAQ_GOVERNOR, "maysan", False),
    ],
)  # fmt: skip
def test_maysan_in_a_text_on_saudi_places_is_the_saudi_governorate(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


# --- a body's short name that is also a place's: the places of its region decide (the hundred-and-fifty-ninth round) -

#: SaudiNewsNet 2015-08-04-578 (the hundred-and-fifty-fifth uniform sample): the Jazan rains' governorates
JAZAN_RAINS = (
    "شهدت منطقة جازان خلال اليومين الماضيين هطول أمطار كثيفة عاشتها معظم المحافظات، شملت كل من الدائر، والعبدابي، "
    "وهروب، وفيفا، والحرث، وأبي عريش، والطوال، وصامطة وأحد المسارحة، والعارضة، جرت معها كل من أودية قصي، وجورى، "
    "ووادي خلب، والملح، وتعشر، ومقاب، وضمد."
)
#: 2015-08-09-506: the Jazan municipal election's sectors
JAZAN_ELECTION_SECTORS = (
    "وبها 20 مركزاً انتخابياً، المحور الثالث بإشراف حسن عامري، والذي تتبعه قطاعات وادي جازان، أبو عريش، ضمد، "
    "العارضة، فيفا، الدائر بني مالك، العيدابي، هروب، فرسان وبها 23 مركزاً انتخابياً."
)
#: 2015-07-31-1118: Jazan's mountains
JAZAN_MOUNTAINS = (
    "وتعرف جبال منطقة جازان بأسماء القبائل التي استوطنتها وسكنتها، ومن أشهرها جبال فيفا، وجبال الحشر، وجبال الريث، "
    "وجبال بني مالك، وجبال العبادل، وجبال سلا، وجبال قيس، وجبال عثوان، وجبال بلغازي، وجبال منجد، وجبال الحرث."
)
#: 2015-08-07-281: FIFA's vice-president on its founding
FIFA_FOUNDED = (
    'وقال تشونج الذي كان نائب رئيس "فيفا" بين 1994 و2011: "تأسس فيفا في باريس (1904) وهي محور للمواصلات أمل أن '
    'ألتقي ميشال بلاتيني رئيس الاتحاد الأوروبي".'
)
#: 2015-08-09-300: FIFA's internal inquiry, named in full
FIFA_INQUIRY = (
    'فيما دشن الاتحاد الدولي لكرة القدم "فيفا" تحقيقا داخليا في مزاعم فساد في تطور ربما يشير إلى وجود تعاون كبير مع '
    "التحقيقات الجنائية التي تجريها السلطات الأمريكية والسويسرية"
)
#: 2015-08-07-1059: the governorates after their plural noun, read so before this rule
JAZAN_ROADS = (
    "استنفرت أمس فرق الطوارئ والطرق في المحافظات الجبلية بمنطقة جازان بكامل طاقتها لفتح الطرق التي تسببت السيول "
    "والانهيارات الصخرية في إغلاقها، ونجحت في فتح طرق محافظات فيفا وبني مالك و العيدابي"
)


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # فيفا in a text naming Jazan or its governorates: Fayfa (فيفاء) without its hamza, not FIFA
        (JAZAN_RAINS, "fayfa", True),
        (JAZAN_RAINS, "fifa", False),
        (JAZAN_ELECTION_SECTORS, "fayfa", True),
        (JAZAN_ELECTION_SECTORS, "fifa", False),
        (JAZAN_MOUNTAINS, "fayfa", True),
        (JAZAN_MOUNTAINS, "fifa", False),
        # against: FIFA where nothing of Jazan is named, or named in full; the governorate after its plural noun stays
        (FIFA_FOUNDED, "fifa", True),
        (FIFA_FOUNDED, "fayfa", False),
        (FIFA_INQUIRY, "fifa", True),
        (FIFA_INQUIRY, "fayfa", False),
        (JAZAN_ROADS, "fifa_governorate", True),
    ],
)  # fmt: skip
def test_fifa_in_a_text_on_jazan_is_fayfa(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted
