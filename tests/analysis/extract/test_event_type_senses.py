"""Event types: one word, two senses (a rocket to space is no strike, a peak no summit, owing no condemnation).

Each class was read on the false types of the judged random samples (``dev/dates/nondates_judged_*.jsonl``, typed again
with the rules of the day) and checked over the whole SaudiNewsNet corpus before it was kept (``dev/dates/README.md``,
the type rounds). Real sentences, for and against each rule."""

from __future__ import annotations

import datetime as dt

import pytest
from event_typing import event_types, type_of


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a state of emergency, an alert or a holiday declared is an act, no saying (samples 73, 49, 70: typed statement)
        ("أعلنت سلطات مطار القاهرة أمس حالة الطوارئ لمنح طائرة ركاب سعودية الأولوية للهبوط لإنقاذ حياة راكب مصري",
         "أمس", "other"),
        ("وقال الرئيس التنفيذي ... في تصريح صحافي أمس الأحد إن الهيئة أعلنت منذ يوم أمس السبت حالة التأهب في مركز "
         "المراقبة وإدارة الأزمات والطوارئ التابع للهيئة", "منذ يوم أمس السبت", "other"),
        ("ففي العراق، أعلن مجلس الوزراء نهار يومي السبت والأحد (الأول والثاني من أغسطس) عطلة رسمية بعد أن وصلت درجات "
         "الحرارة هناك إلى 50 مئوية.", "والثاني من أغسطس", "other"),
        # ... and a curfew declared with it is no sanction (the corpus: typed sanctions when أعلن was no keyword)
        ("وأعلنت مصر لأول مرة في 25 اكتوبر الفائت حالة الطوارئ وحظرًا للتجول مدته ثلاثة أشهر في شمال سيناء اثر هجوم "
         "دام قتل فيه ثلاثون جنديًا على الاقل.", "25 اكتوبر الفائت", "other"),
        # أعلن otherwise still reports
        ("أعلنت المنظمة أمس انتهاء تدمير الأسلحة الكيماوية السورية", "أمس", "statement"),
        ("وأعلنت وزارة الداخلية الكويتية، أمس، القبض على خلية إرهابية.", "أمس", "statement"),
    ],
)  # fmt: skip
def test_a_state_declared_is_no_saying(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a rocket to space is no weapon (sample 54: typed strike; the corpus: an Indian launch)
        ("عين اليوم – متابعات انفجر صاروخ أميركي أطلقته “ناسا” الفضائية أمس الأحد بعد دقائق من حمله مركبة شحن اتجه بها "
         "من قاعدة “كاب كانافيرال” بولاية فلوريدا إلى محطة الفضاء الدولية", "أمس الأحد", "other"),
        ("وجرى إطلاق الصاروخ الذي يحمل الاقمار الصناعية والتابع لمنظمة أبحاث الفضاء الهندية الليلة الماضية من منصة "
         "الاطلاق", "الليلة الماضية", "other"),
        # ... nor are prices "skyrocketing" (sample 75: typed strike)
        ("هذه الأرقام شجعت بيوت الأزياء على التوجه إلى هذه الأسواق والشرائح برفع أسعارها بشكل صاروخي منذ بداية الأزمة "
         "العالمية الأخيرة في عام 2008.", "عام 2008", "other"),
        # rockets fired are still a strike
        ("وأطلق الحوثيون صاروخا على منطقة جازان أمس الأحد", "أمس الأحد", "strike"),
        ("وسقط صاروخ على مدينة سديروت الليلة الماضية", "الليلة الماضية", "strike"),
    ],
)  # fmt: skip
def test_rockets_to_space_and_skyrocketing_prices_are_no_strike(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a rocket of a talent or a shot is no weapon (sample 244: typed strike; the corpus: a goal)
        ("وكان له الفضل بعد الله في خروج موهبة صاروخية سعودية للحياة الفنية وهو نجم رمضان الحالي في مسلسل سيلفي ناصر "
         "القصبي", "رمضان الحالي", "other"),
        ("وذلك بفوزه على مضيفه ستوك سيتي بهدف سجله البرازيلي فيليبي كوتينيو في الدقيقة 86 أمس (الأحد) من كرة صاروخية "
         "اطلقها من خارج المنطقة الى سقف الشباك.", "أمس (الأحد)", "other"),
        # a rocket shell fired is still a strike
        ("إلى ذلك، أعلنت مصادر إسرائيلية أن قذيفة صاروخية أطلقت من غزة بعد ظهر أمس سقطت على مجلس كيسوفيم القريب من غزة "
         "دون وقوع أضرار أو إصابات.", "أمس", "strike"),
        ("وفي مؤشر إلى اقتراب ساعة الحسم أقر نظام الأسد بسقوط قذائف صاروخية على شارعي الثورة وبغداد وحي باب توما "
         "بالعاصمة دمشق أمس.", "أمس", "strike"),
    ],
)  # fmt: skip
def test_a_rocket_of_a_shot_or_a_talent_is_no_strike(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a fight with fists is a brawl, no fighting by forces or armed groups (sample 246: typed strike)
        ("تدخلت الجهات الأمنية في المدينة المنورة أمس لفضّ اشتباكات بالأيدي بين أحد أطباء مركز القلب بالمدينة المنورة "
         "وعدد من أبناء إحدى السيدات كان مقررًا أن تخضع لإجراء عملية جراحية في مركز القلب الوحيد بالمنطقة.", "أمس", "other"),
        # clashes otherwise are fighting (samples 103 and 154)
        ("وقالت تقارير عسكرية إن اشتباكات عنيفة اندلعت بين قوات الجيش وعناصر من الجماعة في وقت مبكر من أمس", "أمس", "strike"),
        ("وصباح أمس، قتلت الشرطة مسلحين اثنين لم يحدد انتماؤهما، خلال تلك الاشتباكات.", "أمس", "strike"),
        ("وقال المرصد السوري لحقوق الإنسان يوم الأربعاء إن الاشتباكات العنيفة استمرت مساء الثلاثاء في منطقة الزبداني",
         "الثلاثاء", "strike"),
    ],
)  # fmt: skip
def test_clashes_by_hand_are_a_brawl_no_strike(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # people killed or wounded in confrontations with an armed group are fighting, strike (the lead's ruling of
        # 2026-12-07; samples 133 and 67: typed casualties)
        ("من ناحية ثانية، لقي 4 من القيادات الأمنية الحوثية في محافظة إب، مصرعهم، أمس، في مواجهات مع المقاومة الشعبية "
         "في المحافظة.", "أمس", "strike"),
        ("ويقول أحد المرضى في المستشفى العسكري، وهو جندي أصيب بداية العام الحالي خلال مواجهات مع تنظيم القاعدة حسب "
         "قوله", "بداية العام الحالي", "strike"),
        # not confrontations of residents or youths with forces: a youth shot dead stays casualties (samples 147 and 66)
        ("قتل شاب فلسطيني صباح أمس الأربعاء برصاص الجيش الإسرائيلي أثناء مواجهات قرب مدينة جنين شمال الضفة الغربية "
         "المحتلة، حسبما أفاد مصدر أمني فلسطيني ومصدر طبي.", "أمس الأربعاء", "casualties"),
        ("وذكرت مصادر فلسطينية أن شابا يبلغ 21 عاما أصيب في ساعة مبكرة من فجر اليوم بعيار ناري في صدره خلال مواجهات مع "
         "الجيش الإسرائيلي الذي اقتحم بلدة برقين قضاء جنين", "اليوم", "casualties"),
    ],
)  # fmt: skip
def test_people_killed_in_confrontations_with_an_armed_group_are_a_strike(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # confrontations whose clause names an armed party farther than three words after, or before, and tells of
        # fighting (violent, broke out, raged, between two sides, the dead) are fighting, strike (samples 310, 236 and
        # 36: typed casualties or other; the corpus)
        ("وأسفرت مواجهات يوم الأربعاء عن مقتل 13 من مسلحي الحوثي وصالح، فيما جرح العشرات، وأسرت المقاومة ثلاثة منهم.",
         "يوم الأربعاء", "strike"),
        ("ففي محافظة أرحب الواقعة شمال العاصمة، اندلعت مواجهات عنيفة صباح أمس بين مقاتلي القبائل وميليشيات الانقلابيين.",
         "أمس", "strike"),
        ("من جهتها، نقلت وكالة الصحافة الفرنسية عن الخزرجي قوله إن المواجهات التي وقعت أمس أسفرت عن مقتل 29 وجرح 15 من "
         "مسلحي التنظيم المتطرف وتدمير مركبتين تابعتين لهم.", "أمس", "strike"),
        ("وأشارت المصادر إلى أن زيارته تلك أتت في إطار عمل الحكومة اليمنية وتسيير عمليات الإغاثة وإعادة إعمار المدينة "
         "التي دمرت أجزاء واسعة منها خلال المواجهات المسلحة التي شهدتها منذ نحو أربعة أشهر بين الحوثيين مدعومين بقوات "
         "صالح والمقاومة الشعبية.", "منذ نحو أربعة أشهر", "strike"),
        # not confrontations that caused what the date dates (sample 47: an airport reopened, other)
        ("استأنف مطار عدن الدولي جنوب اليمن اليوم الخميس حركة الطيران المدني بعد توقف حوالي أربعة أشهر جراء المواجهات "
         "المسلحة التي دارت بين الحوثيين والمقاومة الشعبية.", "اليوم الخميس", "other"),
        # nor confrontations named with an armed party but no fighting told, the date another clause's (the corpus)
        ("اليوم أصبحنا في الربع الثالث من عام 2015، وهو الذي كان مستقبلا في عام 2012، وكثير من المتغيرات على أصعدة مختلفة "
         "حدثت، أبرزها المواجهات العسكرية على الحدود السعودية اليمنية، ضد الجماعات الحوثية المسلحة وفلول المخلوع علي "
         "صالح.", "عام 2012", "other"),
    ],
)  # fmt: skip
def test_confrontations_told_as_fighting_with_an_armed_party_are_a_strike(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a security operation that kills fighters is fighting, strike (GUIDELINES.md: an operation by forces on
        # fighters; samples 272 and 274, the corpus's 2015-07-24-993: typed casualties)
        ("قتل 15 عنصرًا من تنظيم داعش الإرهابي اليوم بعملية أمنية نفذتها القوات العراقية شرقي الرمادي.", "اليوم",
         "strike"),
        ("وكانت قوات الأمن قد قتلت في 14 يوليو - تموز ثلاثة مسلحين في عملية أمنية جرت في منطقة باكسان شمالي جمهورية "
         "قبردين بلقار.", "14 يوليو - تموز", "strike"),
        # ... one that arrests or seizes is an arrest, killed or not (sample 266: typed other)
        ("نفذت الوحدات الأمنية التونسية منذ فجر الخميس وحتى صباح الجمعة عملية أمنية واسعة النطاق شملت مدينتي سجنان "
         "ومنزل بورقيبة من ولاية بنزرت بالشمال التونسي أسفرت عن مقتل أحد أخطر الإرهابيين المطلوبين وإيقاف ثمانية آخرين "
         "وحجز كمية من الأسلحة كانت بحوزة المجموعة في مدينة سجنان.", "منذ فجر الخميس وحتى صباح الجمعة", "arrest"),
        # an operation called special (عملية نوعية) is one by forces or fighters (samples 128 and 310, the corpus's
        # 2015-07-31-373: typed other)
        ("ونفذت قوة أميركية خاصة في 16 مايو (أيار) الماضي أول عملية نوعية لها داخل الأراضي السورية، أسفرت عن مقتل "
         "القيادي في داعش أبو سياف المسؤول عن نفط التنظيم", "16 مايو (أيار) الماضي", "strike"),
        ("وكانت قوات الجيش الوطني والمقاومة الشعبية في عدن ولحج نفذت أمس عمليات نوعية، وقامت بالتفاف عسكري مدروس على "
         "ميليشيات الانقلابيين الواصلة بين لحج وعدن وطهرت مناطق واسعة من محافظة لحج.", "أمس", "strike"),
        ("أعلنت أمس وحدات شرق كردستان الجناح العسكري لحزب الحياة الحرة الكردستاني المعارض في إيران شرق كردستان "
         "(كردستان إيران)، عن تنفيذها عدة عمليات نوعية ضد الجيش الإيراني خلال الشهر الحالي.", "الشهر الحالي", "strike"),
        # not a security operation that neither kills nor arrests, what talks or a statement are about (samples 290 and
        # 252): talks and statement as before
        ("قالت وزارة الخارجية اليوم الأحد إن تركيا طلبت من حلف شمال الأطلسي عقد اجتماع طارئ هذا الأسبوع لبحث عملياتها "
         "الأمنية ضد تنظيم داعش ومقاتلي حزب العمال الكردستاني", "هذا الأسبوع", "talks"),
        ("قال رئيس الوزراء التركي أحمد داود أوغلو اليوم إن العمليات الأمنية ضد تنظيم داعش والمتشددين اليساريين والأكراد "
         "ليست عملية منفردة لكنها تأتي في إطار حملة شاملة وستستمر.", "اليوم", "statement"),
        # nor the arrests of a security operation quoted in a statement dated apart (sample 226): the statement's date
        ("وقالت وزارة الداخلية في بيان يوم الثلاثاء \"تمكنت الوحدة الوطنية للأبحاث في جرائم الإرهاب للمصالح المختصة في "
         "عملية أمنية إستباقية وبعد تحريات ميدانية معمقة من إيقاف 6 عناصر بجهة الدهماني (في محافظة) الكاف مرتبطة "
         "بالمجموعات الإرهابية المتحصنة بالفرار بالجبال.\"", "يوم الثلاثاء", "statement"),
    ],
)  # fmt: skip
def test_a_security_operation_that_kills_or_arrests_and_a_special_operation(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # fighters killed at the hands of the resistance (an armed group) are fighting's, strike (the lead's ruling of
        # 2026-12-07; samples 262, 62 and 232: typed casualties)
        ("قالت مصادر في المقاومة الشعبية أن المسئول الأمني بمحافظة إب “ابو عقيل السالمي” قتل اليوم السبت على يد عناصر "
         "المقاومة الشعبية في مديرية حزم العدين بإب.", "اليوم السبت", "strike"),
        ("وقالت مصادر في المقاومة الشعبية إن المسؤول الأمني في محافظة إب يدعى \"أبو عقيل السالمي\" قتل أمس السبت، على "
         "يد عناصر المقاومة الشعبية في مديرية حزم العدين في إب.", "أمس السبت", "strike"),
        ("لقي قيادي حوثي بارز و12 من مرافقيه مصرعهم  يوم الأحد على يد المقاومة الشعبية الجنوبية في محافظة الضالع جنوب "
         "اليمن بعد اشتباكات عنيفة.", "يوم الأحد", "strike"),
        # not people killed at the hands of forces or of another group, civilians as often (the corpus): a toll
        ("وكان النجيفي نعى مساء أول من أمس مقتل 2070 شخصا من أبناء الموصل على يد مسلحي داعش، محملا الحكومة المركزية في "
         "بغداد مسؤولية الإبادة الجماعية", "مساء أول من أمس", "casualties"),
        ("وأفادت «الشبكة السورية لحقوق الإنسان» في تقريرها، بمقتل 39 طفلًا خلال أيام عيد الفطر، 36 منهم على يد القوات "
         "النظام", "أيام عيد الفطر", "casualties"),
    ],
)  # fmt: skip
def test_fighters_killed_at_the_hands_of_the_resistance_are_a_strike(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # what one cites (استشهد بـ) is no death (sample 52: typed casualties; the corpus)
        ("وحول مستويات أسعار الأراضي في مكة المكرمة أستشهد التقرير بمتوسط سعر المتر في شهر صفر من هذا العام في حي "
         "الزاهر", "شهر صفر من هذا العام", "other"),
        ("واستشهد الحربش ببيانات أحدث تقرير سنوي يغطي الفترة ما بين يناير - كانون الثاني وديسمبر- كانون أول 2014 مشيداً "
         "بجهود المؤسسة خلال هذا العام الذي حقق رقماً قياسياً", "هذا العام", "other"),
        # ... a martyr still is one, a place or a rank after ب too
        ("وكان الهلالي استشهد صباح يوم الجمعة الماضي", "يوم الجمعة الماضي", "casualties"),
        ("إلى أسرة الشهيد مفرح بن محمد الحامدي الذي استشهد أمس بمنطقة جازان.", "أمس", "casualties"),
    ],
)  # fmt: skip
def test_what_one_cites_is_no_death(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # measures tightened are no saying (sample 42: typed statement)
        ("وفي القدس المحتلة, شددت شرطة الاحتلال الإسرائيلي صباح امس من إجراءاتها التعسفية بحق الوافدين إلى المسجد "
         "الأقصى المبارك، في حين سمحت لعشرات المستوطنين المتطرفين باقتحام المسجد وتدنيسه.", "امس", "other"),
        # stressing in words is
        ("وشدد الوزير أمس على أهمية التعاون بين البلدين", "أمس", "statement"),
        ("وشدد الوزير أمس على ضرورة اتخاذ الإجراءات اللازمة", "أمس", "statement"),
    ],
)  # fmt: skip
def test_measures_tightened_are_no_saying(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a publisher's name is no publishing of a report (sample 67: typed statement)
        ("في روايته الجديدة (بوح ونواح) الصادرة عن (دار مدارك) للنشر ببيروت عام 1432هـ يرى الدكتور شاهر النهاري ضرورة "
         "الفصل", "عام 1432هـ", "other"),
        # a newspaper's report published still is
        ("ونشرت صحيفة الحياة أمس تقريرا عن الأزمة", "أمس", "statement"),
    ],
)  # fmt: skip
def test_a_publishers_name_is_no_report(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # what was published on a date is a publication (sample 101: a reader's letter on an article, typed other)
        ("إشارة الى ما نشر بتاريخ 14/8/1436هـ والذي جاء تحت عنوان (الى وزير الشؤون البلدية والقروية) حول سوء الخدمات "
         "البلدية المقدمة لبعض أحياء الخبر..", "14/8/1436هـ", "statement"),
        ("اطلعت على ما ورد في تعقيب الشئون الصحية بمنطقة القصيم المنشور بتاريخ 29 - شعبان 1436هـ، المتضمن عدم الاستفادة "
         "من مقر مستشفى الرس القديم", "شعبان 1436هـ", "statement"),
        ("كما نشرت «عكاظ» بتاريخ 18/10/1436هـ : أن وزارة النقل بمنطقة مكة المكرمة تعكف على تنفيذ", "18/10/1436هـ",
         "statement"),
        # forces deployed on a date stay a deployment
        ("ونشرت الولايات المتحدة قوات إضافية في المنطقة بتاريخ 12 يوليو 2015", "12 يوليو 2015", "deployment"),
    ],
)  # fmt: skip
def test_what_was_published_on_a_date_is_a_publication(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a paper named without صحيفة, a poll, a journal published on a date is a publication (samples 115 and 104: typed
        # other; the corpus)
        ("وفي خبر نشر في «عكاظ» يوم الثلاثاء 26/5/1436هـ تحت عنوان : (التعليم : تشكو تسرب 42% من كفاءاتها الهندسية) "
         "يقول :", "يوم الثلاثاء 26/5/1436هـ", "statement"),
        ("حافظ الملياردير دونالد ترامب على صدارة ترتيب المرشحين للانتخابات التمهيدية للحزب الجمهوري الى السباق الرئاسي "
         "الاميركي، وذلك رغم التصريحات المثيرة للجدل التي اطلقها مؤخرا واثارت انتقادات العديد من منافسيه، كما اظهرت "
         "استطلاعات للرأي نشرت الاحد.", "الاحد", "statement"),
        ("في 26 يونيو الماضي، نشرت \"الواشنطن بوست\" عرضا لكتاب مايكل أورين بقلم فيليب جوردون", "26 يونيو الماضي",
         "statement"),
        ("وكان من كبار المشاركين في البحث الذي نشر أمس في دورية وقائع مايو كلينيك", "أمس", "statement"),
        # ... not the publisher's name of a paper's house, nor سبق "preceded" before troops deployed (the corpus)
        ("نظمت مؤسسة عكاظ للصحافة والنشر الثلاثاء الماضي، حفل معايدة لمنسوبيها، تزامنا مع عودة الموظفين لأعمالهم",
         "الثلاثاء الماضي", "other"),
        ("وسبق الهجوم نشر مئات من المقاتلين والعسكريين في محيط القاعدة أمس الأول تؤازرهم الدبابات والمصفحات",
         "أمس الأول", "deployment"),
    ],
)  # fmt: skip
def test_a_paper_a_poll_or_a_journal_published_on_a_date(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a permit or a licence granted is no saying (samples 124 and 136, the corpus: typed statement by تصريح)
        ("وذكر أن الحملة شملت 30 موقعا وتم إشعار 19 موقعا للمراجعة لاستكمال المتطلبات وتطبيق الغرامة بحق أربع منشآت، "
         "فيما تم التصريح لـ11 فندقا و72 شقة مفروشة من بداية العام الهجري.", "بداية العام الهجري", "other"),
        ("وأوضح أن الحملة شملت 30 موقعاً، وتم إشعار 19 موقعاً للمراجعة لاستكمال المتطلبات، وتم تطبيق الغرامة بحق أربع "
         "منشآت، علماً بأنه تم تصريح 11 فندقاً، و72 شقة مفروشة من بداية العام الهجري.", "بداية العام الهجري", "other"),
        ("مضيفا أنه تقدم بطلب لتجديد تصريح العمل الخاص به الشهر الماضي لكنه رفض.", "الشهر الماضي", "other"),
        ("ولم يكن هناك تأخير حيث إجراءات التسليم الإدارية تمت وتم تسليم تصريح الدفن لذوي المتوفاة صباح بوم الجمعة "
         "حوالي الساعة العاشرة والنصف صباحاً.", "الجمعة", "other"),
        # ... a statement otherwise
        ("وأشار الجغيمان، في تصريح أمس إلى \"الوطن\"، أن لجان خرص التمور وتحديد زكاتها تواصل عملها.", "أمس", "statement"),
        ("وأفاد مصدرٌ أمني مصري مسؤول بمديرية أمن مطروح، في تصريحٍ له اليوم، بأن المضبوطين من بينهم 128 شخصاً.", "اليوم",
         "statement"),
    ],
)  # fmt: skip
def test_a_permit_granted_is_no_statement(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a sightseeing visit is a tourist's (sample 75: typed talks)
        ("واستمتعنا امس بزيارة المنطقة التاريخية وحضور أبرز الفعاليات السياحية.", "امس", "other"),
        # an official's visit is talks
        ("وصل الرئيس أمس في زيارة رسمية إلى الرياض", "أمس", "talks"),
    ],
)  # fmt: skip
def test_a_sightseeing_visit_is_no_talks(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # an inspection or field visit of a place is no meeting of parties (GUIDELINES.md, settled 2026-12-06; samples 59
        # and 79: typed talks; the corpus: inspection visits of units, sites, projects and hospitals)
        ("فاجأ صاحب السمو الملكي الأمير عبدالله بن مساعد الرئيس العام لرعاية الشباب صباح أمس (الأحد) بيت الأمير فيصل بن "
         "فهد للشباب بالرياض بزيارة مفاجئة تفقد خلالها مرافقه", "أمس (الأحد)", "other"),
        ("قام 120 طالبا من المشاركين في برنامج موهبة الصيفي المقام بجامعة الملك عبدالعزيز بجدة، بزيارات ميدانية خلال "
         "اليومين الماضيين للمؤسسة العامة لتحلية المياه بجدة", "خلال اليومين الماضيين", "other"),
        ("قام مكتب العمل في جدة بزيارة ميدانية مفاجئة يوم أمس الثلاثاء، ويتقدم المفتشين مدير فرع وزارة العمل",
         "يوم أمس الثلاثاء", "other"),
        ("قام الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع اليوم بزيارة "
         "تفقدية للوحدات المتقدمة للقوات المسلحة بالمنطقة الجنوبية", "اليوم", "other"),
        ("قام مدير عام الشؤون الصحية بمنطقة المدينة المنورة الدكتور أحمد بن إبراهيم الصغير، صباح اليوم الثلاثاء بزيارة "
         "لمستشفى خيبر العام", "اليوم الثلاثاء", "other"),
        ("في غضون ذلك، شهدت عدن أمس أول زيارة أممية لتفقد المدينة", "أمس", "other"),
        # ... a visit to a state, a leader or a body stays talks (sample 68, 54)
        ("وصل معالي وزير الخارجية الأستاذ عادل بن أحمد الجبير إلى الدوحة أمس في زيارة رسمية لدولة قطر.", "أمس", "talks"),
        ("قام معالي سفير خادم الحرمين الشريفين في لبنان علي عواض عسيري، أمس، بزيارة لمقر صحيفة عكاظ، حيث التقى رئيس "
         "التحرير محمد المختار الفال.", "أمس", "talks"),
    ],
)  # fmt: skip
def test_an_inspection_visit_of_a_place_is_no_talks(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a visit to a plant or an industrial city, or one during which the visitor inspected the place, is no meeting
        # of parties, wherever those words stand in its clause (samples 129, 99 and 120: typed talks)
        ("رئيس الوزراء الكندي يزور أحد المصانع في لافال، أمس.", "أمس", "other"),
        ("زار السفير الألماني لدى المملكة بوريس روغه يرافقه مدير عام الهيئة السعودية للمدن الصناعية ومناطق التقنية «مدن» "
         "المهندس صالح الرشيد أمس الخميس مدينة سدير للصناعة والأعمال للاطلاع على بنيتها التحتية، وما تضمه من مرافق خدمية "
         "ومنشآت ومناطق صناعية متنوعة، بالإضافة إلى زيارة بعض المصانع في المدينة.", "أمس الخميس", "other"),
        ("قام الأمير عبد الله بن مساعد الرئيس العام لرعاية الشباب صباح أمس بزيارة مفاجئة لبيت الأمير فيصل بن فهد للشباب "
         "بالرياض تفقد خلالها مرافق البيت وآليات سير العمل فيه", "أمس", "other"),
        # ... a visit to a state or to a minister "to view" stays talks (the corpus)
        ("حل وزير الدفاع الأمريكي أشتون كارتر، الخميس 23 يوليو/تموز، بالعراق في زيارة مفاجئة لبغداد للاطلاع على مدى تقدم "
         "العمليات العسكرية ضد “داعش”.", "الخميس 23 يوليو/تموز", "talks"),
        ("يقوم وفد من شركات حجاج الداخل يوم الأحد المقبل بزيارة لوزير الحج الدكتور بندر بن محمد حجار في مكتبه بجدة "
         "لاطلاعه على عدد من المشاكل والقضايا التي لا تزال عالقة", "يوم الأحد المقبل", "talks"),
        ("وكان وزير التعليم الدكتور عزام الدخيل قد قام أمس الأربعاء بزيارة لمحافظة فيفاء يرافقه مدير تعليم جازان",
         "أمس الأربعاء", "talks"),
    ],
)  # fmt: skip
def test_a_visit_to_a_plant_or_one_inspecting_the_place_is_no_talks(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # an inspectors' visit, a visit of a tour of inspection, and inspectors meeting the firm they inspect are no
        # meeting of parties, wherever those words stand in the clause (sample 174: typed talks; the corpus; sample 156's
        # inspectors: typed talks; round 181)
        ("وأوضح وليد بن عبدالله الحسين مدير الهيئة العامة للسياحة والتراث الوطني في الأحساء بأن فريقي تفتيش من إدارة "
         "التراخيص بالفرع قاما بزيارتين إلى حرض وخريص خلال هذا الأسبوع، للوقوف على مرافق الإيواء في المركزين",
         "خلال هذا الأسبوع", "other"),
        ("نفّذ مكتب العمل بمنطقة جازان بمختلف المحافظات، في الستة الأشهر الأولى من العام الحالي، ما يقارب 3 آلاف زيارة "
         "تفتيشية للمنشآت", "الستة الأشهر الأولى من العام الحالي", "other"),
        ("تقوم لجنة التفتيش الخليجية بزيارتها الأخيرة إلى الكويت، اليومين المقبلين، للاطلاع على مدى جاهزية الملاعب "
         "الرياضية على الطبيعة من عدمها", "اليومين المقبلين", "other"),
        ("ضمن الجولات التفقدية التي يقوم بها معالي وزير التعليم للمناطق الحدودية في الجنوب قام مساء أمس بزيارة لمحافظة "
         "فيفاء، وجرى خلال الزيارة مقابلة مسؤولي التعليم بها", "أمس", "other"),
        ("وفي ظل توجيه صادر عن مدير عام فرع وزارة العمل بمنطقة المدينة المنورة \"عواد الحازمي\"؛ التقى المفتشون صباح "
         "اليوم مسؤولي المنشأة المخالفة، وتم رصد المخالفة المتمثلة في تجاهل معايير السلامة أثناء نقل العاملين.",
         "صباح اليوم", "other"),
        # ... but inspectors meeting a man, not a firm, meet; a visit to a leader that also inspects troops, and a visit
        # to a state "to inspect" beyond the sense's window, stay talks (the corpus)
        ("وحسب ما نشرته صحيفة فرنسية فإن فريقا من المفتشين كان قد التقى العام 2009 بمدينة فرانكفورت الألمانية، بالعالم "
         "النووي الإيراني المنشق، شهرام أميني", "العام 2009", "talks"),
        ("من المتوقع أن يلتقي اليوم خلال الزيارة التي لم يعلن عنها مسبقًا، مع مسعود بارزاني رئيس الاقليم، ويتفقد القوات "
         "الاميركية التي تقدم المشورة والتدريب لقوات الأمن الكردية", "اليوم", "talks"),
        ("وكان رئيس رئيس اللجنة الدولية للصليب الأحمر والهلال الأحمر قد وصل الى العاصمة اليمنية صنعاء أول أمس في زيارة "
         "تستمر ثلاثة أيام لتفقد الاوضاع في المناطق المتضررة في البلاد.", "أول أمس", "talks"),
    ],
)  # fmt: skip
def test_an_inspectors_visit_or_a_tour_of_inspection_is_no_talks(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a visit to the wounded, the sick or the displaced is no meeting of parties, nor the attack that wounded them
        # (GUIDELINES.md, settled 2026-12-06, third session; sample 100's reader typed other, the lexicon talks)
        ("تفقد صاحب السمو الملكي الأمير سعود بن نايف بن عبدالعزيز أمير المنطقة الشرقية اليوم, المصابين جراء العملية "
         "الإرهابية التي استهدفت المصلين بمسجد الإمام علي", "اليوم", "other"),
        ("وقام سموه أمس بزيارة مصابي حادثة التفجير في المستشفى", "أمس", "other"),
        ("وقام الوزير أمس بزيارة لعدد من المنومين في مستشفيات مدينة الرياض", "أمس", "other"),
        # ... an arrival to check on the wounded, one wounded man visited, a bombing's damage viewed on a visit (samples
        # 109, 131, 124: typed talks; round 140)
        ("وقال الفريق المحرج في تصريح صحفي عقب الزيارة : لقد وصلت إلى منطقة عسير اليوم تنفيذًا لتوجيهات صاحب السمو "
         "الملكي الأمير محمد بن نايف بن عبدالعزيز للاطمئنان على المصابين, والمشاركة في أداء الصلاة على الشهداء",
         "اليوم", "other"),
        ("من جهة أخرى قام مدير عام الإدارة العامة للمجاهدين الدكتور عبدالله بن محمد السويد اليوم ، بزيارة للمصاب محسن بن "
         "سلمان الدوسري من منسوبي قوة المجاهدين بقطاع الطوال", "اليوم", "other"),
        ("وهنا أثناء اطلاعه على آثار التفجير خلال زيارته أمس.", "أمس", "other"),
        # ... a saying during such a visit is the saying
        ("جاء ذلك خلال زيارة قام بها البراك عصر الجمعة للمصابين", "عصر الجمعة", "statement"),
        # ... an arrival to check on anything else is no visit to the wounded (the corpus's one other such arrival, a club
        # official's, sport's)
        ("وشهدت المواجهة الودية حضور ومتابعة نائب رئيس مجلس إدارة النادي المهندس سعد العفالق، الذي وصل فجر اليوم الجمعة "
         "إلى جمهورية تونس للاطمئنان على سير المعسكر.", "فجر اليوم الجمعة", "other"),
        # ... and an arrival to meet a leader stays talks (the corpus)
        ("وكان وزير الخارجية الروسي سيرغي لافروف وصل إلى الدوحة، مساء الأحد، حيث التقى أمير دولة قطر الشيخ تميم بن حمد "
         "آل ثاني", "مساء الأحد", "talks"),
        # ... and a visit to a leader stays talks, the wounded named in another clause
        ("وزار الرئيس أمس موسكو حيث التقى بوتين، فيما نقل المصابون إلى المستشفى", "أمس", "talks"),
    ],
)  # fmt: skip
def test_a_visit_to_the_wounded_is_no_talks(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # reassured about the wounded of an attack is a visit to the wounded, not the attack (sample 199: typed bombing;
        # the corpus: 4 dates changed, the same story in four papers, type round t7)
        ("اطمأن معالي نائب وزير الصحة للشؤون الصحية حمد بن محمد الضويلع، أمس، على المصابين من رجال الأمن في حادث تفجير "
         "مسجد الطوارئ بمنطقة عسير، والمنومين بمستشفى عسير المركزي.", "أمس", "other"),
        ("اطمأن معالي نائب وزير الصحة للشؤون الصحية حمد بن محمد الضويلع, اليوم, على المصابين من رجال الأمن في حادث تفجير "
         "مسجد الطوارئ بمنطقة عسير, والمنومين بمستشفى عسير المركزي.", "اليوم", "other"),
        # ... reassuring anyone about anything else keeps its type (the corpus: a saying, a team's players back from injury)
        ("في المقابل، خرج المجلس الأعلى للقضاء في بيان عاجل مساء أمس ليقول إنه يطمئن الشعب الليبي بصفة خاصة والمجتمع "
         "الدولي عامة وجميع المؤسسات والمنظمات المحلية والدولية، أن القضاء الليبي يعمل بنزاهة واستقلالية", "أمس",
         "statement"),
        ("وتبدو صفوف الفريقين مكتملة بشكل كبير قبل المباراة المرتقبة حيث اطمأن الأهلي في اليومين الماضيين على حارس المرمى "
         "شريف إكرامي والمدافع شريف عبد الفضيل وأصبح اللاعبان جاهزين للقاء بعد تعافيهما من الإصابة.", "اليومين الماضيين",
         "other"),
    ],
)  # fmt: skip
def test_reassured_about_the_wounded_is_a_visit_to_them(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # an inspection of a place is other, whatever toll its relative clause tells (sample 148: typed casualties; sample
        # 108: the election committee's work inspected, typed election; round 150)
        ("تفقد نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز آل سعود، حفظه الله، مساء أمس "
         "مسجد قوة الطوارئ الخاصة بمنطقة عسير الذي استشهد وأصيب فيه عدد من منسوبي قوة الطوارئ بعد عملية تفجير إرهابية "
         "أثناء أدائهم صلاة الظهر", "أمس", "other"),
        ("وقال المتحدث الإعلامي لانتخابات المجلس البلدي سعود التويم إن أمين جدة رئيس اللجنة العامة للانتخابات الدكتور "
         "هاني أبو راس تفقد سير أعمال اللجنة العامة بالمحافظة أمس، واطلع على المهمات والأعمال التي ستقوم بها اللجان "
         "العاملة", "أمس", "other"),
        # ... but an inspection after a during word is a saying's occasion (the corpus)
        ("جاء ذلك خلال تفقد الدكتور الزهراني اليوم ، مقر التدريب التابع لإدارة التطوير الإداري بالجامعة ، حيث استمع "
         "لشرح مفصل من مدير الإدارة", "اليوم", "statement"),
        # ... and the attack the inspected mosque suffered keeps its own date
        ("وكان انتحاري قد فجر نفسه ظهر الخميس الماضي داخل مسجد قوة الطوارئ الخاصة بمنطقة عسير", "ظهر الخميس الماضي",
         "bombing"),
    ],
)  # fmt: skip
def test_an_inspection_is_other_whatever_toll_its_place_tells(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # the families of the fallen received to console them, or the condolers: no meeting of parties, as a visit to the
        # wounded (sample 125's reader typed the first other, the lexicon talks; samples 39 and 49's readers talks)
        ("استقبل نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز آل سعود -حفظه الله- في "
         "مقر قوة الطوارئ الخاصة بعسير مساء أمس، أسر وذوي شهداء الواجب الذين استشهدوا في حادث التفجير الإرهابي الذي "
         "طال عددا من منسوبي قوة الطوارئ الخاصة بمنطقة عسير", "أمس", "other"),
        ("يستقبل صاحب السمو الملكي الأمير خالد الفيصل مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة في منزله بجدة ، "
         "غداً الساعة العاشرة مساء ولمدة ثلاثة أيام المعزين في وفاة صاحب السمو الملكي الأمير سعود بن فيصل بن عبدالعزيز",
         "غداً", "other"),
        # ... nor the family of one who died, the death told after the family, beyond the reception's clause (sample 174's
        # reader typed the first other, the lexicon talks; type round t8)
        ("استقبل صاحب السمو الملكي الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة عسير في مكتبه بالإمارة اليوم، أسرة شيخ "
         "قبائل أكلب رئيس مركز الثنية الشيخ سعيد بن عبدالله آل عطيان الذي وافته المنية الأربعاء الماضي.", "اليوم",
         "other"),
        ("كما استقبل سمو أمير منطقة الرياض في مكتب سموه بقصر الحكم أمس أبناء الشيخ مهنا بن عبدالرحمن بن مهنا أبا الخيل - "
         "رحمه الله - الذين قدموا للسلام على سموه وتقديم شكرهم له على تعازيه في وفاة والدهم، سائلين الله العلي القدير أن "
         "يجعل ذلك في موازين حسناته.", "أمس", "other"),
        # ... a saying during such a reception is the saying (a reception after a during word is its occasion)
        ("وأكد سموه خلال استقباله أمس أسر الشهداء أن الوطن لن ينسى تضحياتهم", "أمس", "statement"),
        # ... an ambassador or an envoy received stays talks, condolences offered or not
        ("استقبل خادم الحرمين الشريفين أمس سفير فرنسا الذي قدم التعازي في الشهداء", "أمس", "talks"),
        ("استقبل الربيعة أمس في مقر المركز سفير خادم الحرمين", "أمس", "talks"),
        # ... and a martyr's body received keeps the death its relative clause tells (sample 100's reader: casualties)
        ("استقبل أهالي محافظة البرك والمراكز والقرى المجاورة صباح أمس الاربعاء جثمان الشهيد محمد مغرم الهلالي الذي استشهد "
         "صباح يوم الجمعة الماضية أول أيام عيد الفطر المبارك", "صباح أمس الاربعاء", "casualties"),
    ],
)  # fmt: skip
def test_the_bereaved_received_are_no_talks(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # the displaced met are no party to a meeting (GUIDELINES.md, a visit to the wounded, the sick or the displaced:
        # other), as the visit sense reads them (sample 183's reader typed the first other, the lexicon talks; type round
        # t8)
        ("التقى أوبراين الأربعاء ببعض من اللاجئين المقيمين في قواعد قوات حفظ السلام التابعة الأمم المتحدة والتي لجأ إليها "
         "نحو 166 ألف مدني منذ بداية النزاع في كانون الأول/ديسمبر 2013 وهم يخشون اليوم الخروج منها خوفاً من هجمات "
         "انتقامية.", "الأربعاء", "other"),
        ("والتقى أوبراين مساء أول من أمس بعض اللاجئين المقيمين في قواعد قوات حفظ السلام التابعة للأمم المتحدة، التي لجأ "
         "إليها نحو 166 ألف مدني منذ بداية النزاع في ديسمبر (كانون الأول) 2013، لكنهم يخشون اليوم الخروج منها خوفا من "
         "هجمات انتقامية.", "أول من أمس", "other"),
        # ... but a meeting of parties about the displaced, named far after it, stays talks (the corpus)
        ("وعن اللقاء المرتقب بين الفرقاء في دولة الجنوب في الخامس من أغسطس الحالي في أديس أبابا برعاية هيئة مكافحة التصحر "
         "في شرق إفريقيا المعروفة اختصارا باسم \"إيقاد\" قال بنجامين: إنه سيناقش فيه ما تم التوصل إليه لحل نقاط الخلاف "
         "بينهما خصوصا مشاركة المعارضة في الحكومة الانتقالية وعودة النازحين واللاجئين", "الخامس من أغسطس الحالي",
         "talks"),
    ],
)  # fmt: skip
def test_the_displaced_met_are_no_talks(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a visit "to make sure" work was done, a studio or a lecture hall visited, job candidates received and a staff's
        # Eid party after حيث are no meeting of parties (GUIDELINES.md: an inspection visit or tour of a place, a ceremony
        # for its own sake; samples 220, 187, 204, 187 and 206's readers typed them other, the lexicon talks; type round t8)
        ("وذكر أن اللجنة قامت مساء الأربعاء الماضي بعد منتصف الليل بزيارة لمركز أمراض الدم للتأكد من تنفيذ هذه التوصيات "
         "التي صدرت خلال الزيارة السابقة، والتي تمثلت في عطل المصعد", "الأربعاء الماضي", "other"),
        ("كما زار معالي وزير التعليم الدكتور عزام الدخيل أمس مقر الأستديو التعليمي بإدارة الإعلام التربوي بالإدارة العامة "
         "للتعليم بجازان.", "أمس", "other"),
        ("وكانت الزيارة للمقر بقاعة المحاضرات بالإدارة العامة للتعليم بمنطقة الرياض يوم أمس الأحد 10-10-1436هـ.",
         "10-10-1436هـ", "other"),
        ("واس- الخرج: تبدأ الإدارة العامة للتعليم بالخرج غداً، استقبال المرشحين لشغل الوظائف التعليمية، بالقاعة الرئيسة في "
         "مبنى الإشراف التربوي بالسيح.", "غداً", "other"),
        ("التقى منسوبو المؤسسة العامة للتأمينات الاجتماعية بالمركز الرئيسي الأربعاء الماضي بمناسبة عيد الفطر المبارك، حيث "
         "أقيم حفل معايدة مبسط بالصالة الرئيسية للمكتب، وذلك بحضور الموظفين والمسؤولين", "الأربعاء الماضي", "other"),
        # ... but a saying during the studio's visit stays the saying, and an Eid party beside another meeting leaves that
        # meeting talks (the corpus)
        ("جاء ذلك خلال زيارة له مساء أمس لمقر الاستديو التعليمي بإدارة الإعلام التربوي بجازان اطلع خلالها على التجهيزات "
         "الحديثة بالاستديو في مجال المونتاج والتصوير", "مساء أمس", "statement"),
        ("ويأتي حفل المعايدة بعد لقاء مهندسي الأحساء السنوي، والذي عقد في رمضان الماضي", "رمضان الماضي", "talks"),
    ],
)  # fmt: skip
def test_a_visit_or_a_meeting_with_no_second_party_is_no_talks(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a condolence visit whose condolences are told before the visit's clause, or without their article, is no meeting
        # of parties (GUIDELINES.md, the condolence visit: other; samples 102 and 214's readers typed them other, the
        # lexicon talks; type round k4)
        ("قدم صاحب السمو الملكي الأمير سعود بن نايف بن عبدالعزيز أمير المنطقة الشرقية تعازيه للواء سعيد العازب مدير "
         "المباحث الإدارية بالمنطقة الشرقية لوفاة والده خلال زيارة سموه مساء أمس منزله بحي الجامعيين بالدمام.", "أمس",
         "other"),
        ("حامد بن مالح الشمري، تعازي ومواساة صاحب السمو الملكي الأمير مشاري بن سعود بن عبدالعزيز أمير منطقة الباحة "
         "لأسرة شهيد الواجب سلمان بن سعيد الجندبي الزهراني، وذلك أثناء زيارته الثلاثاء لمنزل الأسرة بقرية آل سرور "
         "التابعة لمحافظة القرى.", "الثلاثاء", "other"),
        # ... nor is a market or skyscrapers visited (samples 159 and 226: typed talks)
        ("ويضيف أحمد العمري إنه يزور سوق السمك بالدمام باستمرار واليوم يرى شحا كبيرا للسمك خاصة الكبير مثل الهامور "
         "والكنعد", "واليوم", "other"),
        ("في سنة 2006 قام مجموعة من الشباب تظهر عليهم ملامح عربية بزيارة لناطحات سحاب وأخذ الصور التذكارية بها",
         "سنة 2006", "other"),
        # ... but a king received beside a condolence cable in the next clause stays talks, the arrival to offer
        # condolences stays other, and the stock exchange's visits abroad, the market not right by them, stay talks (the
        # corpus)
        ("وفي يوم الجمعة 30 يناير استقبل خادم الحرمين الشريفين ملك البحرين، وفي يوم السبت 31 يناير بعث برقية عزاء "
         "ومواساة لرئيس جمهورية مصر العربية في ضحايا وإصابات الحادث الإرهابي الذي تعرضت له محافظة شمال سيناء",
         "يوم الجمعة 30 يناير", "talks"),
        ("وصل نائب خادم الحرمين الشريفين الأمير محمد بن نايف بن عبدالعزيز إلى منطقة عسير البارحة، لتقديم واجب العزاء "
         "والمواساة لذوي شهداء الواجب الذين استشهدوا في حادث التفجير الإرهابي", "البارحة", "other"),
        ("ولزيادة التعريف بالسوق ستقوم شركة السوق المالية السعودية بعدة زيارات دولية لأهم المراكز المالية على مستوى "
         "العالم في وقت لاحق هذا العام، تشمل سنغافورة و لندن و نيويورك", "هذا العام", "talks"),
    ],
)  # fmt: skip
def test_a_condolence_visit_or_a_market_visited_is_no_talks(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # well-wishers received at Eid are no party to a meeting, like a condolence's mourners (GUIDELINES.md, a
        # reception of well-wishers, settled 2026-12-07; samples 89, 162, 164 and 96: typed talks)
        ("استقبل صاحب السمو الملكي الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة عسير في المجلس العام بديوان الإمارة أمس "
         "جموع المهنئين بعيد الفطر المبارك من منسوبي إمارة المنطقة.", "أمس", "other"),
        ("استقبل صاحب السمو الملكي الأمير سعود بن نايف بن عبدالعزيز أمير المنطقة الشرقية اليوم المهنئين بعيد الفطر "
         "المبارك من مسؤولين ومواطنين مدنيين وعسكريين، وذلك في مقر الأمارة بالدمام.", "اليوم", "other"),
        ("سبق- جدة: استقبل مدير الشؤون الصحية بمحافظة جدة الدكتور مبارك بن حسن عسيري، بمكتبه اليوم الأربعاء، المهنئين "
         "بعيد الفطر المبارك وبينهم عدد من مديري المستشفيات ومديري الإدارات المختلفة بصحة جدة", "اليوم الأربعاء",
         "other"),
        ("استقبل سعادة محافظ العويقيلة الاستاذ حسين بن عبدالرحمن الدغيم جموعا من المواطنين بمحافظة والقرى التابعة لها "
         "المهنئين بمناسبة حلول عيد الفطر المبارك 1436هـ بمقر المحافظة .", "1436هـ", "other"),
        # ... but named officials received at Eid stay talks (the corpus: the Riyadh emir, 2015-07-22), an ambassador
        # received stays talks, and a saying during the reception of well-wishers stays a statement (sample 180)
        ("سبق- الرياض: استقبل أمير منطقة الرياض فيصل بن بندر بن عبدالعزيز في مكتبه بقصر الحكم اليوم، كلاً من رئيس ديوان "
         "المراقبة العامة أسامة بن جعفر فقيه ورئيس ديوان المظالم الدكتور خالد اليوسف", "اليوم", "talks"),
        ("استقبل الربيعة أمس في مقر المركز سفير خادم الحرمين الشريفين", "أمس", "talks"),
        ("جاء ذلك خلال استقبال سموه البارحة المهنئين بعيد الفطر ، وكان في مقدمتهم عدداً من أصحاب السمو الأمراء، ومسؤولي "
         "الأجهزة الحكومية، والقطاعات العسكرية، ووجهاء وأعيان منطقة مكة المكرمة وعدد كبير من المواطنين.", "البارحة",
         "statement"),
    ],
)  # fmt: skip
def test_well_wishers_received_at_eid_are_no_talks(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text",
    [
        # a coach's meeting with his players at a training session (sample 232: typed talks)
        ("وكان مدرب الفريق خورخي داسيلفا اكتفى اليوم السبت بحصة تدريبية واحدة بدأت باجتماع مع اللاعبين تلا ذلك تدريبات "
         "لياقية ثم جانب تكتيكي بالكرة", "اليوم السبت"),
        ("وميدانيا اكتفى دا سيلفا أمس بحصة تدريبية مسائية اجتمع في بدايتها مع اللاعبين وتحدث إليهم عن ملاحظاته الفنية",
         "أمس"),
        # ... a coach's or a president's with the squad (the corpus: typed talks; issue 11, sport)
        ("وعلى صعيد متصل عقد المدير الفني للفريق ناصيف البياوي مساء أمس اجتماعاً فنياً مع لاعبي الفريق في قاعة "
         "الاجتماعات بمقر معسكر الفريق", "مساء أمس"),
        ("وعقد الأمير فيصل بن تركي الذي حضر الحصة التدريبية التي أقيمت أمس على الملعب الرديف اجتماعًا مع اللاعبين، "
         "أشاد خلالها بالانضباط الكبير", "أمس"),
        # ... and a team manager's with its technical staff
        ("عقد مدير الكرة بالمنتخب السعودي زكي الصالح مساء أمس (الأربعاء) اجتماعاً بالجهاز الفني ممثلاً بفيصل البدين "
         "ومساعده يوسف عنبر", "أمس (الأربعاء)"),
    ],
)  # fmt: skip
def test_a_teams_own_meeting_is_no_talks(sentence, date_text):
    assert type_of(sentence, date_text) == "other"


@pytest.mark.parametrize(
    "sentence, date_text",
    [
        # a federation's meeting deciding on players (the corpus)
        ("قرر الاتحاد الجزائري لكرة القدم خلال اجتماعه السبت الماضي وقف التعاقد مع اللاعبين الأجانب بدءًا من فترة "
         "الانتقالات الشتوية المقبلة.", "السبت الماضي"),
        # a club's official meeting a player he signs from another club, a negotiation (the corpus)
        ("حيث سيوقع العقد منصور البلوي المشرف العام على كرة القدم، الذي اجتمع مع اللاعب أمس الأول في ميلان، وتم "
         "الاتفاق على كل الأمور المتعلقة بين جميع الأطراف.", "أمس الأول"),
        # the sports authority's meeting with the football federation's board (the corpus)
        ("عقد صاحب السمو الملكي الأمير عبدالله بن مساعد بن عبدالعزيز الرئيس العام لرعاية الشباب بمكتبه اليوم , اجتماعا "
         "مع مجلس إدارة الاتحاد العربي السعودي لكرة القدم", "اليوم"),
        # a club's management meeting its sponsor (the corpus)
        ("علمت «الجزيرة» أن إدارة الهلال اجتمعت بشريك النادي في قطاع الاتصالات «موبايلي» خلال اليومين الماضيين، "
         "وناقشت أسباب تأخر طرح مشروع تطبيق الهلال", "خلال اليومين الماضيين"),
    ],
)  # fmt: skip
def test_a_meeting_of_a_club_or_a_federation_with_another_party_stays_talks(sentence, date_text):
    assert type_of(sentence, date_text) == "talks"


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a leader, a minister or a delegation arriving in a state or a city pays a visit (samples 41, 51, 97, 67, 77 and
        # the corpus: typed other); an airport named for a king receiving a flight is no reception of a visitor
        ("وصل وزير الاقتصاد الألماني سيغمار غابريال إلى إيران أمس ليكون أول مسؤول غربي بارز يتوجه إلى طهران منذ التوصل "
         "إلى اتفاق بشأن برنامجها النووي مع الدول الكبرى.", "أمس", "talks"),
        ("يصل إلى العاصمة الفرنسية باريس، غداً الثلاثاء، وفد تجاري من مجلس الأعمال السعودي الفرنسي برئاسة رئيس المجلس "
         "الدكتور محمد بن علي بن لادن، لبحث الفرص الاستثمارية الاستراتيجية التي ستعزز الشراكة والتعاون الاقتصادي بين "
         "الجانبين.", "غداً الثلاثاء", "talks"),
        ("وقد وصل الرئيس الشيشاني إلى المدينة المنورة في وقت سابق أول من أمس، وكان في استقباله بمطار الأمير محمد بن "
         "عبدالعزيز الدولي وكيل إمارة منطقة المدينة المنورة المساعد محمد بن مصطفى سيف", "أول من أمس", "talks"),
        ("وأفاد الوزير بأن وفدا اقتصاديا فرنسيا سيصل إلى طهران في شهر سبتمبر المقبل.", "شهر سبتمبر المقبل", "talks"),
        ("وكان وزير الخارجية الروسي سيرغي لافروف وصل إلى الدوحة، مساء الأحد، حيث التقى أمير دولة قطر الشيخ تميم بن حمد "
         "آل ثاني", "مساء الأحد", "talks"),
        ("عبد الله الراجحي- سبق- جازان: استقبل مطار الملك عبدالله بن عبدالعزيز بجازان، مساء أمس، الجمعة، أول رحلة دولية "
         "لشركة طيران فلاي دبي، قادمة من مطار دبي الدولي", "مساء أمس", "other"),
    ],
)  # fmt: skip
def test_an_officials_arrival_is_a_visit(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a private holiday and Yemen's ministers back home are no visit to a state (samples 100 and 31: typed other)
        ("وصل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز أمس إلى المملكة المغربية في إجازة خاصة.", "أمس", "other"),
        ("ووصل وزير الداخلية اليمني اللواء عبده الحذيفي ووزير النقل بدر باسلمة إلى اليمن مساء الجمعة.", "مساء الجمعة",
         "other"),
        # ... nor a sport official's arrival for the World Cup draw, power reached, a plane, a president at a ceremony's
        # stand; King Faisal's name and the Wasl group are no arrival (the corpus: typed talks by first tries)
        ("وسيشرف على القرعة الأمين العام للفيفا الفرنسي جيروم فالك الذي وصل إلى روسيا الإثنين الماضي.", "الإثنين الماضي",
         "other"),
        ("وتم الاستمرار في تلك السياسية في عهد الرئيس جوكو ويدودو الذي وصل إلى السلطة في تشرين أول/أكتوبر من العام "
         "الماضي.", "تشرين أول/أكتوبر من العام الماضي", "other"),
        ("فيما وصلت ظهر أمس الخميس إلى مطار الملك عبدالعزيز بجدة طائرة جديدة من طراز بوينج 300ـ777", "ظهر أمس الخميس",
         "other"),
        ("وصل الرئيس المصري أمس إلى منصة الاحتفال بافتتاح قناة السويس الجديدة على يخت «المحروسة» الملكى يرافقه الفريق "
         "مهاب ممييش رئيس هيئة القناة", "أمس", "other"),
        ("أولاً: أن الطفلة المتوفاة كانت قد احضرت إلى قسم الطوارئ بمستشفى الملك فيصل بمكة المكرمة بتاريخ 26 /9 /1436 هـ "
         "الساعة 7:39 مساء بواسطة سيارة خاصة", "26 /9 /1436 هـ", "other"),
        ("وقال هشام عبدالله القاسم الرئيس التنفيذي لمجموعة وصل لإدارة الأصول في تصريح نشر أمس: جاء إعلان وزارة الطاقة عن "
         "تحرير الأسعار", "أمس", "statement"),
    ],
)  # fmt: skip
def test_what_else_arrives_is_no_visit(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a bison's attack is no fighting (the corpus, six papers: typed strike); the toll beside it a toll (sample 68)
        ("قال مسؤولون إن ثورا أمريكيا (بيسون) مستأنسا نطح امرأة بمتنزه يلوستون القومي الأمريكي هذا الاسبوع عندما حاولت "
         "التقاط صورة سيلفي معه في خامس هجوم من نوعه يتعرض له السائحون", "هذا الاسبوع", "other"),
        ("وقتل شخصان في هجومين منفصلين في يلوستون عام 2012 بينما أصاب ثور أربعة أشخاص هذا العام.", "عام 2012",
         "casualties"),
        # a revolution (ثورة) is no bull, an Elephant rocket no elephant
        ("إلا أن تونس، التي شهدت ثورة «الياسمين» غير الدموية التي انطلقت في 18 ديسمبر (كانون الأول) 2010 وأطاحت بالرئيس "
         "زين العابدين بن علي في يناير (كانون الثاني) 2011، هناك مخاوف من تبعات هجمات المتطرفين",
         "يناير (كانون الثاني) 2011", "strike"),
        ("وبهدف التخفيف من الضغط على الزبداني، شنّ مقاتلو المعارضة يوم أمس هجومًا جديدًا على مواقع قوات الأسد وحزب الله "
         "في القلمون الشرقي من جهة العرقوب وشرق النبك، «وذلك بعدما أحرزوا تقدمًا ملحوظًا في اتجاه قلعة الزهراء بالزبداني "
         "وتمكنوا من اغتنام منصات الصواريخ وعدد من صواريخ الفيل».", "يوم أمس", "strike"),
    ],
)  # fmt: skip
def test_an_animals_attack_is_no_strike(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # an attack in words, at a forum or on a rival in a race, is criticism (sample 155 and the corpus: typed strike)
        ("أوضحت وزارة الخارجية الصينية إن اليابان والفلبين وحدتا الصفوف خلال منتدى أمني اقليمي هذا الأسبوع لمهاجمة "
         "الصين بسبب بحر الصين الجنوبي المتنازع عليه.", "هذا الأسبوع", "condemnation"),
        ("شنت هيلاري كلينتون مساء أول من أمس هجوما مركزا على منافسها في السباق إلى البيت الأبيض جيب بوش، حيث اتهمت "
         "المرشح الجمهوري في ولايته فلوريدا بعدم معالجة مشكلة التمييز أو تحسين الظروف بالنسبة للأقليات.",
         "مساء أول من أمس", "condemnation"),
        # an armed attack, a violent one too, stays fighting (the corpus)
        ("وذكر مدير المرصد السوري لحقوق الانسان رامي عبد الرحمن ان \"فصائل اسلامية ومقاتلة تشن هجوما عنيفا منذ صباح امس "
         "على الاحياء الواقعة تحت سيطرة قوات النظام في مدينة درعا\".", "منذ صباح امس", "strike"),
        ("وكان مسلحون قاموا بمهاجمة نقطة خاصة بجماعة الحوثي المسلحة أمام قاعة نصف القمر بالحديدة منتصف، ليل أول من أمس، "
         "أعقبها اشتباكات عنيفة وتمكن المهاجمون من الفرار", "ليل أول من أمس", "strike"),
    ],
)  # fmt: skip
def test_an_attack_in_words_is_no_strike(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a peak of shares or currencies is no summit (sample 57 and the corpus: typed talks)
        ("حيث إن 32 شركة سجلت أدنى إغلاق من بداية 2015 بينما سجلت 14 شركة سجلت أدنى مستوى منذ الإدراج نزل عديد من شركات "
         "من قمة 2014 بنسبة 60 في المائة عما سجلته في ذلك الوقت.", "2014", "other"),
        ("يستمر الدولار اليوم في تربعه قمة أقوى العملات في النظام المصرفي، وسط تراجع العملات الأوروبية.", "اليوم",
         "other"),
        # a summit is talks
        ("وعقدت القمة العربية في شرم الشيخ في مارس الماضي", "مارس الماضي", "talks"),
    ],
)  # fmt: skip
def test_a_peak_is_no_summit(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # soldiers martyred, their unit described by the operations it takes part in: a toll, no fighting (sample 47 and
        # the corpus, 24 readings of two stories: typed strike)
        ("وجه صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد بمعاملة الشهيد الرقيب أول سيف يوسف أحمد "
         "الفلاسي - رحمه الله - من القوة الإماراتية المشاركة في عمليات التحالف، الذي استشهد اليوم، معاملة الشهيد السعودي "
         "ماديا ومعنويا.", "اليوم", "casualties"),
        # military operations carried out are fighting
        ("ونفذت قوات التحالف أمس عمليات عسكرية في مأرب", "أمس", "strike"),
    ],
)  # fmt: skip
def test_a_unit_taking_part_in_operations_is_no_strike(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # support for a deal or its review is no deal made (the corpus's random agreements: typed agreement)
        ("وفي المقابل أعلنت كل من السيناتورة الديمقراطية عن نيو هامشير جين شاهين والسيناتورة كريستين جيلبراند يوم الخميس "
         "تأييدهما للاتفاق النووي مع إيران.", "يوم الخميس", "other"),
        ("وبموجب قانون أمريكي صدر في أيار (مايو)، فإن الكونجرس أمامه حتى 17 أيلول (سبتمبر) لتقييم الاتفاق.",
         "17 أيلول (سبتمبر)", "other"),
        # ... nor is the Ettifaq club's camp
        ("ومن المنتظر أن يلتحق بمعسكر الاتفاق في تركيا خلال الأيام المقبلة للمشاركة في الإعداد والاستعداد للموسم الجديد "
         "والذي سيستهله الاتفاق بمواجهة الرائد في كأس ولي العهد في الثاني من شهر ذو القعدة المقبل.",
         "الثاني من شهر ذو القعدة المقبل", "other"),
        # support rallied for a deal reached: the date dates the deal
        ("وقد خطط الرئيس أوباما لحشد تأييد للاتفاق النووي الايراني الذي تم التوصل اليه في 14 يوليو / تموز، باعتباره "
         "أفضل خيار للاستقرار في الشرق الأوسط.", "14 يوليو / تموز", "agreement"),
    ],
)  # fmt: skip
def test_support_for_a_deal_is_no_deal(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # "periodic" inspection is no league: the nuclear deal made last week stays an agreement (the corpus: typed other)
        ("وتابع: «ما نتحدث عنه هو اتفاق مهم تم إبرامه بين إيران والقوى الكبرى في العالم خلال الأسبوع الماضي، ويلزم طهران "
         "بالتخلص من الجزء الأكبر من مخزونها من اليورانيوم المخصب، وتفكيك الكثير من بنيتها التحتية النووية، والإذعان إلى "
         "التفتيش الدوري للمواقع النووية، مقابل تخفيف العقوبات الاقتصادية».", "خلال الأسبوع الماضي", "agreement"),
        # a periodic meeting is a meeting (the corpus: typed other by الدوري)
        ("تعقد لجنة ألعاب كرة القدم بالاتحاد السعودي برئاسة الدكتور صلاح السقا ونائبه سياف المعاوي اجتماعها الدوري ظهر "
         "اليوم بمقر الاتحاد السعودي لكرة القدم، لمناقشة بعض البنود واللوائح التي تخص دوري الصالات", "ظهر اليوم",
         "talks"),
        ("قال مندوبان بمنظمة البلدان المصدرة للبترول (أوبك) أمس إن المنظمة لا تنوي عقد اجتماع طارئ لمناقشة هبوط الأسعار "
         "قبل الاجتماع الدوري المقرر في ديسمبر.", "ديسمبر", "talks"),
        # the league is still the league
        ("وكان الهلال قد توج بالدوري في مايو الماضي", "مايو الماضي", "other"),
    ],
)  # fmt: skip
def test_periodic_is_no_league(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a festival called تظاهرة is no demonstration (sample 82 and the corpus: typed protest)
        ("إضافة إلى مناقشة فعاليات الدورة القادمة من تظاهرة أيام قرطاج السينمائية المقررة في شهر اكتوبر القادم.",
         "شهر اكتوبر القادم", "other"),
        ("رابط الخبر بصحيفة الوئام: «بريدة» تطلق غداً أكبر تظاهرة اقتصادية للتمور في العالم", "غداً", "other"),
        # a crowd before a building is a demonstration, however large (the corpus)
        ("وكان المئات من المواطنين نظموا، في (2 آب 2015)، تظاهرة حاشدة أمام مبنى محافظة بابل لمطالبة الحكومة بتحسين "
         "الخدمات", "2 آب 2015", "protest"),
        ("واعلنت نقابة الموظفين (اديدي) عن تظاهرة امام البرلمان مساء الاربعاء خلال مناقشة النص في جلسة طارئة.",
         "مساء الاربعاء", "protest"),
    ],
)  # fmt: skip
def test_a_festival_called_a_demonstration_is_no_protest(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a club's or a team's complaint is no demonstration: the date dates the match (sample 256 and the corpus: typed
        # protest)
        ("* الفريق المهزوم في لقاء أول من أمس احتج مباشرة اما الطرف الآخر فلم يعلم ان هناك لاعبا شارك بطريقة غير قانونية!",
         "أول من أمس", "other"),
        ("تلقت اللجنة المنظمة لمهرجان \"صيف طيبة 36\"، احتجاجا من قبل إداراتي أحد والأنصار على عدم ملاءمة موعد لقاء "
         "الفريقين الجمعة والسبت المقبلين في القدم والسلة على هامش فعاليات المهرجان، والمطالبة بتعديل التوقيت من أجل حضور "
         "جماهيري أفضل ولغياب عدد كبير من لاعبي السلة في الناديين", "الجمعة والسبت المقبلين", "other"),
        ("كشفت مصادر مطلعة لـ «المدينة» عن أن إدارة نادي النصر برئاسة الأمير فيصل بن تركي "
         "تعتزم التقدم بشكوى رسمية لدى المحكمة الدولية الرياضية التابعة للفيفا في حال خوض صانع ألعاب الفريق الهلالي "
         "البرازيلي كارلوس ادواردو لموقعة السوبر المرتقبة الأربعاء المقبل، احتجاجًا على عدم اكتمال إجراءات تسجيله",
         "الأربعاء المقبل", "other"),
        # a protest otherwise is one (the corpus)
        ("واحتج المتظاهرون الذين خرجوا إلى الشوارع السبت على الإهمال والوضع الاقتصادي المتردي.", "السبت", "protest"),
        ("احتل مئات الطلاب الذين يحتجون على المناهج الدراسية \"المركزية الصينية\" الجديدة في المدارس الثانوية في تايوان "
         "اليوم الجمعة جزءا من وزارة التعليم", "اليوم الجمعة", "protest"),
    ],
)  # fmt: skip
def test_a_clubs_complaint_is_no_protest(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # يدين به، يدين له is "owes", no condemnation (sample 82: Greece's debt, typed condemnation)
        ("إجمالي المبلغ الذي تدين به اليونان هو 27.2 مليار يورو، مع 4.4 مليار مستحقة في يوليو وأغسطس من عام 2015، ومعظم "
         "الديون المتبقية من المقرر أن يتم تسديدها في عام 2017 وعام 2019.", "وأغسطس من عام 2015", "other"),
        # ... a debt of thanks (the corpus)
        ("الثقافة والحب وابنين رائعين يدينان لها اليوم بالكثير، وأصدقاء هم اليوم منارة حب وحنين", "اليوم", "other"),
        # condemned otherwise
        ("أدانت جامعة الدول العربية إقرار برلمان الاحتلال الإسرائيلي يوم الخميس الماضي قانون الإطعام القسري",
         "يوم الخميس الماضي", "condemnation"),
        ("وأدانت مصر أمس الهجوم الإرهابي الذي استهدف المصلين", "أمس", "condemnation"),
    ],
)  # fmt: skip
def test_owing_is_no_condemnation(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a call from or to the police is no call between officials (sample 43: a police officer phoned a businessman;
        # sample 86: a passer-by called the police, both typed phone_call)
        ("وذكرت صحيفة بيلد التي تصدر بلغة الافريكانز إن ديريك جوسن وهو رجل اعمال في بريتوريا تلقى إتصالا هاتفيا من ضابط "
         "الشرطة كواكوا نتوكولا قبل اسبوعين يبلغه بالعثور على سيارته وهي تويوتا كورولا 1988 رمادية اللون.",
         "قبل اسبوعين", "other"),
        ("وذكر مركز الشرطة أنهم تلقوا مكالمة هاتفية عند الساعة السادسة والنصف من صباح يوم السبت (بتوقيت كانساس) من شخص "
         "كان في طريقه للعمل شاهد شخصًا على الأرض", "يوم السبت", "other"),
        # a call between officials stays one
        ("تلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود اتصالا هاتفيا أمس من الرئيس الأمريكي باراك أوباما",
         "أمس", "phone_call"),
        ("وأجرى ولي العهد مكالمة هاتفية مساء أمس مع رئيس الوزراء البريطاني", "أمس", "phone_call"),
    ],
)  # fmt: skip
def test_a_call_with_the_police_is_no_call_between_officials(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a defence in words is a saying, not the deal defended (samples 73 and 30: typed agreement)
        ("دافع وزير الخارجية الايراني محمد جواد ظريف امس عن الاتفاق النووي المبرم مع القوى الكبرى قائلا انه \"متوازن\"",
         "امس", "statement"),
        ("في غضون ذلك، دافع وزير الخارجية الأميركي جون كيري أمس عن مهلة الـ 24 يوماً التي يمنحها الاتفاق لطهران", "أمس",
         "statement"),
        ("دافع البيت الأبيض أمس عن حق تركيا في ضرب حزب العمال الكردستاني", "أمس", "statement"),
        # ... a player who defended a club's colours played for it (the corpus)
        ("ودافع دي بروين عن ألوان تشلسي بين 2012 و2014 دون أن يتمكن من فرض نفسه", "2012 و2014", "other"),
        ("ويعرف يوفيتيتش ايطاليا جيدا بعدما سبق له ان دافع عن الوان فيورنتينا من 2008 الى 2013 قبل ان ينتقل الى مانشستر "
         "سيتي", "من 2008 الى 2013", "other"),
    ],
)  # fmt: skip
def test_a_defence_in_words_is_a_saying(sentence, date_text, expected):
    # through the pipeline: the gazetteer's names are not counted between the sayer's verb and the date
    assert event_types(sentence, dt.date(2015, 7, 27))[date_text] == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # blaming (حمّل ... مسؤولية) is a saying, dated by its verb, and what is blamed is its topic (sample 76: typed
        # bombing; the corpus: the same sentence typed strike, Hamas's blaming typed casualties)
        ("وكان داود أوغلو حمل منذ مساء الاثنين التنظيم الإرهابي مسؤولية الهجوم ووعد بتعزيز الإجراءات الأمنية.",
         "منذ مساء الاثنين", "statement"),
        ("وحمّلت حركتا حماس والجهاد الإسلامي الخميس اسرائيل المسؤولية الكاملة عن قتل المواطن فلاح حمد أبو ماريا فجر "
         "الخميس في بلدة بيت أمر قضاء الخليل جنوب الضفة الغربية المحتلة.", "الخميس", "statement"),
        # ... the fire blamed no longer types the blaming's day (sample 88: typed disaster; the reader typed statement)
        ("حمّل الدفاع المدني في جدة اليوم الجمعة، ناقلة الوقود مسؤولية الحريق الذي شب بجوار محطة وقود في كيلو 3 وذهب "
         "ضحيته شخص وتضرر 5 سيارات.", "اليوم الجمعة", "other"),
        # ... not the imperfect: a measure that holds one responsible, bearing responsibility, burdening (the corpus)
        ("وقال وزير النقل الأمريكي أنتوني فوكس\" الإجراء الذي تم اتخاذه اليوم يحمل شركة فيات كريسلر المسؤولية عن فشلها "
         "سابقا ويدفعها إلى إصلاح السيارات غير الآمنة\"", "اليوم", "other"),
        ("وقال فينسنت كوشيتيل مدير أوروبا لدى المفوضية إن لندن رفضت هذا العام عشرة طلبات فرنسية لتحمل مسؤولية أشخاص "
         "تربطهم صلات قوية ببريطانيا", "هذا العام", "other"),
        # ... and a claim of responsibility keeps the attack claimed (مسؤوليته عن: no topic)
        ("أعلن تنظيم داعش مسؤوليته عن التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ الخاصة بمنطقة عسير، والذي وقع ظهر "
         "اليوم الخميس", "اليوم الخميس", "bombing"),
    ],
)  # fmt: skip
def test_blaming_is_a_saying(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # an injury of the knee, one that keeps a player from playing, a concussion: no toll (samples 83 and 66: typed
        # casualties)
        ("ويغيب عن المواجهة المهاجم الإكوادوري الدولي إينر فالنسيا بسبب إصابة بالساق ستحرمه من اللعب لمدة 12 أسبوعا لكن "
         "من المتوقع عودة المهاجم أندي كارول بعد تعافيه من إصابة بالركبة تعرض لها في فبراير (شباط) الماضي.",
         "فبراير (شباط) الماضي", "other"),
        ("قد تعافت تماما من ارتجاج المخ الذي أصيبت به عندما فقدت الوعي في ديسمبر (كانون الأول) 2012 حين أصيبت بفيروس "
         "بالمعدة خلال وجودها في الخارج ومعاناتها من الجفاف.", "ديسمبر (كانون الأول) 2012", "other"),
        # ... nor a mental illness (sample 89: typed casualties)
        ("وفي محكمة ولاية كولورادو، رفضت أمس هيئة المحلفين التماس «الإصابة باختلال عقلي» الذي رفعه محامو جيمس هولمز: "
         "«جزار سينما كولورادو».", "أمس", "other"),
        # ... a leg broken in an accident and the wounded of a shooting or a crash are still a toll (the corpus)
        ("وأصيب كيري - الشغوف بالرياضة - بكسر في ساقه اليمنى في حادث أثناء ركوب الدراجة ضمن جزء من مسار سباق فرنسا "
         "للدراجات بالقرب من كيونزير في فرنسا يوم 31 مايو.", "يوم 31 مايو", "casualties"),
        ("أقدم شاب مساء الثلاثاء على قتل ثلاثة أشخاص وإصابة رابع بإطلاق النار عليه في خيبر الجنوب بمنطقة عسير.",
         "مساء الثلاثاء", "casualties"),
        ("تعرض صباح اليوم الأحد باص “سابتكو” يقل 52 راكبًا لحادث انقلاب في مدخل مدينة بريدة على طريق القصيم – الرياض "
         "السريع، مخلفًا 49 إصابة منها 4 خطيرة.", "صباح اليوم الأحد", "casualties"),
    ],
)  # fmt: skip
def test_a_players_or_a_concussions_injury_is_no_toll(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # the cases of an epidemic counted anywhere in the sentence, diseases in the plural or a fever named: no toll
        # (sample 224's round: each typed casualties on the corpus)
        ("تصدرت الرياض حالات الإصابة بفيروس «كورونا» خلال شهر شوال الحالي بمعدل 19 إصابة حتى يوم أمس، بجانب 3 إصابات "
         "اخرى في نجران والخرج والطائف ليصبح الإجمالي 22 إصابة لهذا الشهر", "يوم أمس", "other"),
        ("انخفضت معدلات الإصابة بحمى الضنك في جدة مقارنة بالعام الماضي، وأرجعت الشؤون الصحية في جدة ذلك إلى ركود حركة "
         "البعوض الناقل نتيجة ارتفاع الحرارة بالمحافظة.", "بالعام الماضي", "other"),
        ("وقد أدى انتشار الأوبئة والحميات في مدينة كريتر منذ أبريل الفائت وأبرزها حمى الضنك إلى وفاة أكثر من 600 شخص "
         "وإصابة 10 آلاف آخرين", "منذ أبريل الفائت", "other"),
        # ... an injury in an accident or a race near a hospital stays a toll (the corpus)
        ("كما وقع حادث تصادم عند الساعة 1:21 صباح أمس بالرميضة، قرب الإسكان الخيري؛ نتج منه إصابة متوسطة وإصابة خطيرة؛ تم "
         "نقلهما إلى مستشفى قلوة.", "صباح أمس", "casualties"),
        ("أعلنت عائلة الفرنسي جول بيانكي سائق فريق (ماروسيا) للفورمولا 1، السبت 18 يوليو أنه توفي في المستشفى متأثرا "
         "بجراحه بعد إصابته خلال سباق جائزة اليابان الكبرى العام الماضي.", "العام الماضي", "casualties"),
    ],
)  # fmt: skip
def test_the_cases_of_an_epidemic_are_no_toll(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # an illness named anywhere in the sentence, beyond the five words or in a form the list lacked: no toll (sample
        # 232's round: each typed casualties on the corpus)
        ("وكان الأطباء شخصوا إصابة ديان وارمبي (39 عاماً) بنوع عدواني من سرطان الكبد في نوفمبر (تشرين الثاني) من العام "
         "الماضي، وأخبروه أن أمامه أسابيع قليلة ليعيشها بعد أن عثروا على كتلة سرطانية ضخمة في كبده.",
         "نوفمبر (تشرين الثاني) من العام الماضي", "other"),
        ("وقال ريستوأنه “قام بمغامرته من أجل ابنه إضافة إلى أنه يقوم بجمع التبرعات من أجل المساعدة في تجديد مستشفى "
         "بالعاصمة الفلندية هلنسكي أين كان يعالج من ورم في المخ أصيب به في 2008 وتماثل للشفاء بعدها”.", "2008", "other"),
        ("منح شاب من أهالي الأحساء يدعى حسن بن محمد الجطيل ويبلغ من العمر 22 عاماً، إحدى كليتيه لوالدته التي أصيبت منذ "
         "أكثر من عام ونصف بفشل كلوي مزمن، وظلت تعاني الغسيل", "منذ أكثر من عام", "other"),
        ("تسبب نقل مرضى النقاهة إلى مستشفى الملك فهد العام بجدة مؤخراً إلى إصابة عدد من المرضى والكادر التمريضي، بمرض "
         "\"الجرب\" خلال اليومين الماضيين، مما جعل الفرق الطبية بالمستشفى بحالة استنفار", "خلال اليومين الماضيين", "other"),
        ("فيما يراود الأمل القارة الأفريقية في أن تصبح في الشهر المقبل خالية تماما من أي إصابة بشلل الأطفال خلال عام "
         "كامل", "الشهر المقبل", "other"),
        ("نجح الكادر الطبي لجناح القطاع الصحي بمهرجان صيف ينبع 36، في الكشف عن أربع إصابات بمرض السكري وضغط الدم، أخطرها "
         "لأحد الزوار الذي أصيب بهبوط حاد في ضغط الدم وكاد يسقط مغشياً عليه، يوم أمس الجمعة.", "يوم أمس الجمعة", "other"),
    ],
)  # fmt: skip
def test_an_illness_named_in_the_sentence_is_no_toll(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a heat wave's toll stays one, blood pressure named in its advice far after it (the corpus)
        ("قالت وزارة الصحة المصرية: إن ارتفاع درجات الحرارة تسبب في وفاة 21 من كبار السن وإصابة 66 بالإجهاد حتى أمس."
         "وأوضحت الوزارة أن القاهرة سجلت 15 حالة وفاة و40 إصابة من بين اجمالي الحالات.وأهابت الوزارة في بيانها "
         "بالمواطنين وكبار السن وذوي الأمراض المزمنة كارتفاع ضغط الدم والسكري وأمراض القلب باتباع الإجراءات الوقائية",
         "أمس", "casualties"),
        # ... and a wounding stays one
        ("لقي شخص مصرعه فجر أمس فيما أصيب 7 آخرون بإصابات وصفت بالخطيرة، وذلك بحادث انقلاب مركبة بطريق الهجرة قبل مركز "
         "اليتمة", "فجر أمس", "casualties"),
    ],
)  # fmt: skip
def test_a_toll_with_an_illness_far_in_its_sentence_stays_one(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a ban on growing, logging or going out is a rule at home, a club's ban by FIFA sport: no sanction (samples 42, 91
        # and 67: typed sanctions; the corpus: Sinai's curfew)
        ("تزرع منذ زمن طويل لصنع الأطعمة ومنتجات أخرى بعد أن رفعت إيطاليا الحظر المفروض على زراعة القنب الهندي عام 1998.",
         "عام 1998", "other"),
        ("وأشارت الشبكة إلى أن السلطات في ميانمار فرضت حظراً على قطع الأخشاب عام 2014؛ لافتة إلى أن المحكمة وجّهت إلى إحدى "
         "المتهمات تهمة حيازة المخدرات.", "عام 2014", "other"),
        ("ولن يتمكن فيرنانديز من إبرام أي صفقات تعاقد مع لاعبين هذا الصيف نظرا للحظر المفروض على النادي من قبل الاتحاد "
         "الدولي لكرة القدم (فيفا) بسبب مخالفات التعاقد مع لاعبين أجانب تحت السن القانونية.", "هذا الصيف", "other"),
        ("ويشمل القرار «حظر التجول في المنطقة المحددة من الساعة السابعة مساء حتى الساعة السادسة من صباح اليوم التالي».",
         "اليوم التالي", "other"),
        # ... an embargo on a country, or on its goods, stays sanctions (the corpus)
        ("1990- الغزو العراقي للكويت: مجلس الأمن الدولي يعتمد القرار 661 الذي يفرض حظرًا على العراق استمر حتى 2003.",
         "2003", "sanctions"),
        ("يذكر أن روسيا فرضت حظر الاستيراد على المنتجات الزراعية من الغرب في السادس من شهر أغسطس الماضي كرد فعل على "
         "العقوبات الاقتصادية التي فرضها الاتحاد الأوروبي والولايات المتحدة الأميركية ضدها", "السادس من شهر أغسطس الماضي",
         "sanctions"),
    ],
)  # fmt: skip
def test_a_ban_at_home_is_no_sanction(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # an interview conducted is a saying, though a medium's name keeps its kind away (sample 93 and the corpus: typed
        # other) or another type's word is near (the corpus: typed strike by هجمات)
        ("جاء ذلك في مقابلة اجرتها محطة \"ام تي في\" التلفزيونية اللبنانية السبت مع أمير جبهة النصرة في منطقة القلمون ابي "
         "مالك الشامي", "السبت", "statement"),
        ("جاء ذلك في مقابلة أجرتها محطة «ام تي في» التلفزيونية اللبنانية أمس الأول مع أحد قياديي التنظيم", "أمس الأول",
         "statement"),
        ("وأشارت صحيفة «جيروزاليم بوست» في عددها أمس إلى المقابلة التي أجراها فريد زكريا مع أوباما الخميس الماضي، وبثت من "
         "قناة سي إن إن مساء الأحد", "الخميس الماضي", "statement"),
        ("وقال داود أوغلو «هذه الهجمات تهدد الديمقراطية»، مؤكدا خلال المقابلة التي أجريت السبت، عدم شعوره بأي عداء تجاه "
         "أكراد سوريا.", "السبت", "statement"),
        ("تعهد أحد المرشحين الجمهـوريين للسباق إلى الرئاسة جيب بوش المتزوج من مكسيكية، في مقابلة أجريت معه باللغة الاسبانية "
         "الاثنين بتنظيم أوضاع ملايين المهاجرين السريين المقيمين في الولايات المتحدة.", "الاثنين", "statement"),
        # ... not a recent study conducted (حديثة, recent, reads like حديثه, his talk)
        ("واستخدم التطبيق في دراسة حديثة أجريت يناير (كانون الثاني) الماضي في كندا وتم تحليل 15 ألف تغريدة أطلقت حول وسم "
         "عن المرض العقلي", "يناير (كانون الثاني) الماضي", "other"),
        # ... nor job interviews to be held (the corpus: with أجري among the cues, read as ستجري, typed statement)
        ("وفي يوم الثلاثاء 9 يونيو ستجري المقابلات الشخصية للشباب لشغل 19 وظيفة في الأكاديمية السعودية للغات والوظائف",
         "يوم الثلاثاء 9 يونيو", "other"),
        ("رابط الخبر بصحيفة الوئام: تعليم الليث يجري مقابلات شخصية لـ 54 مرشحاً للوظائف التعليمية الأسبوع القادم",
         "الأسبوع القادم", "other"),
    ],
)  # fmt: skip
def test_an_interview_conducted_is_a_saying(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a court's sentence or acquittal is a trial's, arrest (the corpus: typed other; three papers for Nazif's)
        ("قضت محكمة مصرية على أحمد نظيف، رئيس الوزراء الأسبق في عهد الرئيس المعزول حسني مبارك، بالسجن خمس سنوات "
         "الأربعاء بعد إدانته بتهمة «الكسب غير المشروع»، حسب ما قال مسؤول في المحكمة.", "الأربعاء", "arrest"),
        ("قضت محكمة إثيوبية، الاثنين، بحبس 17 ناشطا مسلما لمدد تتراوح بين سبع سنوات واثنتين وعشرين سنة بتهم التخطيط "
         "لإنشاء دولة إسلامية", "الاثنين", "arrest"),
        ("قضت محكمة جنايات الإسكندرية أمس السبت، ببراءة جميع المتهمين في أعمال عنف شهدتها منطقة سيدي بشر شرق المدينة",
         "أمس السبت", "arrest"),
        ("وفي شهر كانون أول/ديسمبر الماضي قضت محكمة إماراتية بالسجن المؤبد على متهمين بالانضمام إلى منظمتي \"جبهة "
         "النصرة\" و\"أحرار الشام\"", "شهر كانون أول/ديسمبر الماضي", "arrest"),
        # ... a court's other rulings are no trial (the corpus)
        ("قضت محكمة القضاء الإداري بمجلس الدولة في مصر أمس بعدم اختصاصها بنظر الدعوى القضائية المطالبة بإلغاء العمل "
         "بقانون قوائم الكيانات الإرهابية والإرهابيين.", "أمس", "other"),
        ("وقضت المحكمة الاتحادية الأسترالية أمس، بأن الحكومة الأسترالية لم تراع الاعتبارات الضرورية بشأن تأثير المنجم "
         "المقرر إقامته على فصيلتين مهددتين بالانقراض", "أمس", "other"),
        ("ومذبحة سربرينتشا هي أسوأ الأعمال الوحشية في حرب البوسنة وقضت محكمة العدل الدولية في عام 2007 بأن المذبحة تعد "
         "إبادة جماعية.", "عام 2007", "other"),
    ],
)  # fmt: skip
def test_a_courts_sentence_is_a_trial_its_other_rulings_are_not(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # appearing (brought, pleading) before a court, the judiciary or a judge is a trial, arrest (samples 290, 288
        # and 294's rows: typed other; the corpus: Rezaian's hearings)
        ("مثل شاب أردني أميركي في الـ20 من عمره أمس (الاثنين) أمام القضاء قرب مدينة نيويورك بتهمة محاولة الانضمام إلى "
         "تنظيم داعش.", "أمس (الاثنين)", "arrest"),
        ("وفي مايو، مثلت الأسترالية أمام محكمة برفقة محاميها ومترجم فوري، وقررت أن تستأنف الحكم الذي تم تأكيده في "
         "يونيو.", "مايو", "arrest"),
        ("وأفاد رجال الشرطة أن الرجل عرض أمس الجمعة أمام قاضي التحقيقات، الذي وجه إليه تهمة الشروع في القتل.",
         "أمس الجمعة", "arrest"),
        ("ومثل رضايان منذ توقيفه ثلاث مرات في جلسات مغلقة في مايو (أيار)، ويونيو (حزيران)، ويوليو، أمام محكمة طهران "
         "الثورية، وهي محكمة خاصة تنظر في القضايا السياسية أو قضايا الأمن القومي.", "مايو (أيار)", "arrest"),
        # ... a court as a place, or where a suit or a complaint is filed, is none (the corpus)
        ("قالت وزارة الداخلية المصرية في بيان إن ضابطي شرطة ومجندا أصيبوا في انفجار وقع اليوم الاثنين أمام محكمة في "
         "شمال شرق القاهرة.", "اليوم الاثنين", "bombing"),
        ("ورفع المشتكون طعناً أمام القضاء الأمريكي في 14 تموز (يوليو)، يتركز الطعن حول \"دستورية\" القانون التشريعي",
         "14 تموز (يوليو)", "other"),
        ("وفي مايو (أيار) الماضي، تقدم إردوغان بشكوى أمام القضاء بعد قيام صحيفة «جمهورييت» القريبة من المعارضة بنشر صور "
         "قذائف هاون", "مايو (أيار) الماضي", "other"),
        # ... and a charge faced after a comma dates what is charged, not the trial before (sample 119's row, gold other)
        ("مثل أمام محكمة مدينة سيله الألمانية، أمس، رجلان بتهمة الانتماء لتنظيم داعش، ويواجه الرجلان (26 و27 عامًا)، "
         "المنحدران من مدينة فولفسبورغ الألمانية تهمة الانضمام إلى تنظيم داعش العام الماضي.", "العام الماضي", "other"),
    ],
)  # fmt: skip
def test_appearing_before_a_court_is_a_trial_a_court_as_a_place_is_not(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a sentence passed with the verb حكم على is a trial's end, arrest (samples 272 and 294's rows: typed other)
        ("والثلاثاء حكم على أربعة شبان أوقفوا في مراكش جنوب المغرب بسبب إفطارهم، بالسجن شهرين مع وقف التنفيذ.",
         "والثلاثاء", "arrest"),
        ("لكن التحقيق خلص الى اتهامها قبل ان يحكم عليها غيابيا في ابريل بدفع غرامة بقيمة 10 الاف درهم (2720 دولارا) "
         "وبطردها بحسب المصدر نفسه.", "ابريل", "arrest"),
        # ... but a pardon in its clause dates the pardon, not the sentence (the corpus: typed other)
        ("ولد في العام 1937 بمصر، حكم عليه بالأشغال الشاقة لـ 10 سنوات في قضية إحياء تنظيم الإخوان المسلمين عام 1965م "
         "وعمره وقتها 28 سنة، وفي 26 يوليو 2012 أصدر الرئيس المصري السابق محمد مرسي عفوا عاما عنه",
         "26 يوليو 2012", "other"),
        # ... nor a ruling's ground, a ruling to pay, or Ali's reign (علي reads as على) (the corpus: typed other)
        ("واعتمد حكمها على تسوية تم التوصل إليها عام 1997 في دعوى قضائية بشأن الهجرة أقيمت قبل سنوات ضد المسؤولين "
         "الاتحاديين.", "عام 1997", "other"),
        ("وألزمت المحكمة الإدارية في حكمها، وزارة الصحة بدفع بدل العدوى للمدير اعتبارا من تاريخ 9 ذي القعدة 1430 مع "
         "استمرار الصرف ما دام على رأس العمل الذي استحق بموجبه صرف البدل.", "9 ذي القعدة 1430", "other"),
        ("وحكم علي عبد الله صالح اليمن في الفترة من ١٩٧٨ وحتى ٢٠١٢ حين أطيح به بثورة شعبية، ثم حظى بحصانة من الملاحقة "
         "القضائية بعد تركه الحكم وفقا لمبادرة خليجية رعتها السعودية.", "من ١٩٧٨ وحتى ٢٠١٢", "other"),
    ],
)  # fmt: skip
def test_a_sentence_passed_is_a_trial_a_pardon_or_a_ruling_is_not(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a man held, a suspect, or held pending a case is an arrest (the corpus: typed other; sample 95's in two papers)
        ("اعلنت وزارة الداخلية الاسبانية توقيف رجل يشتبه بتجنيده عناصر ولا سيما نساء لحساب تنظيم داعش ليل الثلاثاء "
         "الاربعاء في جيب مليلية في المغرب.", "ليل الثلاثاء الاربعاء", "arrest"),
        ("صادقت محكمة الاستئناف الجزائية المتخصصة على حكم صادر عن المحكمة الجزائية المتخصصة بتعزير أكاديمي معروف "
         "بالسجن أربع سنوات اعتبارا من تاريخ توقيفه على ذمة قضية عام 1428هـ، ومنعه من السفر إلى خارج المملكة مدة "
         "مماثلة لها بعد اكتساب الحكم الصفة القطعية.", "عام 1428هـ", "arrest"),
        # ... a player suspended, or bombardment halted, is no arrest (the date dates the saying)
        ("قال الاتحاد الاسكتلندي لكرة القدم الاثنين إنه أوقف نادر تشيفتشي لاعب سيلتيك الجديد ست مباريات بسبب عض منافس "
         "خلال مباراة قمة دندي الموسم الماضي.", "الاثنين", "statement"),
        ("أفادت مصادر عسكرية عراقية أمس الاثنين بأن القوات العراقية أوقفت عمليات القصف الجوي والمدفعي جزئياً لضمان فسح "
         "المجال أمام العوائل للخروج من المدينتين", "أمس الاثنين", "statement"),
    ],
)  # fmt: skip
def test_a_man_or_a_suspect_held_is_an_arrest(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # the passive "was arrested in" a time or a place is an arrest (samples 290 and 123's rows: typed other)
        ("وسمّى السجينات الخمس اللاتي يطالب بهن وبينهن جمانة حميد، وهي لبنانية من عرسال أوقفت في شباط/ فبراير 2014 "
         "بينما كانت تقود سيارة مفخخة", "شباط/ فبراير 2014", "arrest"),
        ("وفي نهاية المطاف، أوقف في 30 يونيو (حزيران) 2013 في دكار واتهمته محكمة خاصة أنشأها الاتحاد الأفريقي بارتكاب "
         "«جرائم ضد الإنسانية وجرائم حرب وجرائم تعذيب».", "30 يونيو (حزيران) 2013", "arrest"),
        # ... and so is someone stopped by a patrol, the border guard or the intelligence, or men stopped (samples 162,
        # 118 and 142's rows: typed other), or someone whose stop "took place" (جرى, the corpus: typed other)
        ("أوقفت دوريات حرس الحدود بقطاع حالة عمار بمنطقة تبوك يوم أمس شخص من جنسية عربية قادم من الأردن حاول التسلل "
         "إلى المملكة بطريقة غير شرعية.", "يوم أمس", "arrest"),
        ("أمنيا، أوقفت مخابرات الجيش اللبناني أمس السورية ميسم منير نحلاوي في محلة داوود العلي قرب مدينة صيدا",
         "أمس", "arrest"),
        ("وأوقف 5 رجال أحدهم الجزائري سفيان إيه، فجر الخميس، بالقرب من هذا المبنى قبل أن يبدأوا تنفيذ الخطة تماما.",
         "الخميس", "arrest"),
        ("وحكمت على شخص آخر بالسجن 10 شهور، بينما صدر حكم ببراءة الشقيقتين سارة وياسمين، وجرى توقيف الفتاتين في "
         "ديسمبر (كانون الأول) الماضي، على الحدود بين سوريا وتركيا.", "ديسمبر (كانون الأول) الماضي", "arrest"),
        # ... but a field's production suspended in a year is none (the corpus)
        ("غير أن الإنتاج أُوقِف في حقل منيفة عام 1984 نتيجة لانخفاض الطلب على النفط الخام، وأوقفت مرافقه عام 1985",
         "عام 1984", "other"),
    ],
)  # fmt: skip
def test_someone_stopped_by_a_patrol_or_arrested_in_a_time_or_place_is_an_arrest(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # the police or a patrol "bringing down" someone is an arrest (sample 258 and the corpus: typed other)
        ("ياسر العتيبي- سبق- الطائف: أطاحت القوة الخاصة بأمن الطرق ممثلة بدوريات مركز ظلم شرق الطائف، اليوم؛ بمقيم من "
         "الجنسية السودانية، مسجل عليه بلاغ هروب من كفيله، وبحوزته طلاسم.", "اليوم", "arrest"),
        ("أطاحت الأجهزة الأمنية في منطقة مكة المكرمة أمس بعدد من الشباب الذين ظهروا في مقطع فيديو التحرش الجماعي "
         "بفتاتين في جدة", "أمس", "arrest"),
        # ... a ruler ousted by an uprising, or a team knocked out, is none
        ("وكانت البحرية الليبية تعرضت للدمار في الانتفاضة التي أطاحت عام 2011 بحكم معمر القذافي.", "عام 2011",
         "protest"),
        ("وكان الأهلي قد أطاح بالأفريقي التونسي في دور الستة عشر الإضافي للمسابقة في شهر مايو (أيار) الماضي، قبل أن "
         "يتغلب على الترجي بثلاثية بيضاء", "شهر مايو (أيار) الماضي", "other"),
    ],
)  # fmt: skip
def test_brought_down_by_the_police_is_an_arrest(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a battle in a legislature, in politics, for FIFA's presidency or against an illness is no fighting (samples 87,
        # 93, 94, 95: typed strike; the corpus: 13 dates, all other now)
        ("وبعد معركة صعبة في الكونغرس، حصل أوباما في أواخر حزيران - يونيو على السلطات التي تخوله تسريع التفاوض بعد "
         "معارضة من قبل الديموقراطيين.", "أواخر حزيران - يونيو", "other"),
        ("وأوضح الأمير علي الذي كان مساندا من قبل الاتحاد الأوروبي للعبة في معركته ضد بلاتر في أواخر مايو (أيار) "
         "الماضي، وفرض الدور الثاني على الأخير بحصوله على 73 صوتا قبل أن ينسحب", "أواخر مايو (أيار) الماضي", "other"),
        ("بعد أن استقال من الشركة في عام 2009، وبعد غزوة فاشلة في السياسة العام الماضي، يبدو الآن أنه يستمتع بدور جديد",
         "العام الماضي", "other"),
        ("إلا أن السيد وارمبي وهو مدرب سابق للياقة البدنية تمكن من محاربة السرطان حتى يوم الأحد الماضي، عندما خسر "
         "معركته أخيراً مع المرض، وتوفي في المستشفى", "يوم الأحد الماضي", "other"),
        # ... a battle otherwise is fighting
        ("وبحسب التقرير، سقط على مدينة الزبداني، منذ بدء المعركة في الثالث من يوليو (تموز) الحالي، 470 برميلا متفجرا "
         "وأكثر من 400 صاروخ.", "الثالث من يوليو (تموز) الحالي", "strike"),
        ("ولفت إلى أن معركة أمس قتل فيها اثنان من المقاومين وجرح أربعة إصاباتهم متوسطة.", "أمس", "strike"),
        ("وأمر الرئيس رونالد ريغان البحرية الأميركية بإغراق بحرية الحرس الثوري الإيراني في معركة دامت يوما كاملا (18 "
         "أبريل - نيسان 1988).", "18 أبريل - نيسان 1988", "strike"),
    ],
)  # fmt: skip
def test_a_battle_in_words_is_no_strike(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a rehearsal of a death is no death (sample 42: typed casualties)
        ("فقد كان مونرو هو من أرسل رسالة بالبريد الإلكتروني يذكر موظفيه حول الحساسيات المتعلقة بموقع «تويتر» قبل بروفة "
         "هيئة الإذاعة البريطانية لحادثة وفاة في العائلة الملكية الشهر الماضي، حتى لا يقع الصحافي بطريق الخطأ في "
         "التغريد بالأخبار وكأنها حقائق.", "الشهر الماضي", "other"),
        ("وتمرين عام 1430هـ لمواجهة حادث جنوح وغرق سفينة ركاب سياحية بين الدمام والجبيل", "عام 1430هـ", "other"),
        # ... a death in an accident is a toll
        ("توفي 7 أشخاص منهم 5 من عائلة واحدة البارحة الأولى في حادث سقوط مركبة", "البارحة الأولى", "casualties"),
    ],
)  # fmt: skip
def test_a_drill_or_a_rehearsal_of_a_death_is_no_toll(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # twins or bodies a hospital keeps for a bill are no arrest (sample 81: typed arrest; the corpus)
        ("وتشير الإحصاءات إلى أن العام 2005م قد شهد احتجاز توأمين في مستشفى خاص لمدة 50 يومًا بسبب فاتورة معلقة وصلت "
         "إلى 35 ألف ريال", "العام 2005م", "other"),
        ("وفي حادث وقع الأسبوع المنصرم أثار الرأي العام بخصوص احتجاز جثث الموتى، إذ انتشر فيديو لمقيم يمني في محافظة "
         "جدة يناشد المسؤولين", "الأسبوع المنصرم", "other"),
        # ... held otherwise is an arrest
        ("واحتجز الاثنان يوم الخميس الماضي بعد أربعة أشهر من نشر الصحيفة خطابًا يعتقد أن لجنة مكافحة الفساد في زامبيا "
         "أرسلته للرئيس إدجار لونجو.", "يوم الخميس الماضي", "arrest"),
        ("وأضافت المصادر أن الرجال الآخرين الذي احتجزوا يوم الاثنين بعد عبورهم من دولة ساحل العاج المجاورة نقلوا الى "
         "العاصمة باماكو لاستجوابهم.", "يوم الاثنين", "arrest"),
    ],
)  # fmt: skip
def test_held_by_a_hospital_is_no_arrest(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text",
    [
        # people trapped in a well or stranded, freed by the civil defence, are no arrest (sample 284: typed arrest;
        # the corpus: 3 dates)
        ("وأوضح المتحدث الرسمي بمديرية الدفاع المدني بمنطقة تبوك العقيد ممدوح العنزي أن مركز التحكم والتوجيه بالإدارة "
         "العامة للدفاع المدني بمدينة تبوك تبلغ ظهر أمس الاثنين عن احتجاز شخصين بداخل بير في مركز شواق التابع لمحافظة "
         "ضبا", "أمس الاثنين"),
        ("أخرج رجال الدفاع المدني بمحافظة بلجرشي ثلاثة أشخاص احتجزوا في عقبة الأبناء عصر اليوم الأربعاء، إذ أوضح "
         "المتحدث الرسمي للهلال الأحمر بالباحة عماد الزهراني", "اليوم الأربعاء"),
    ],
)  # fmt: skip
def test_trapped_people_freed_by_the_civil_defence_are_no_arrest(sentence, date_text):
    assert type_of(sentence, date_text) != "arrest"
    # ... people the police hold stay arrested (test_held_by_a_hospital_is_no_arrest's last rows)


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a visit to a prisoner or to workshops with gifts is no talks (samples 89 and 93: typed talks)
        ("يذكر أن أورين زار بولارد في السجن عام 2011 وكتب عنه في كتابه الجديد «حليف: رحلتي عبر الصدع الأميركي - "
         "الإسرائيلي».", "عام 2011", "other"),
        ("كما تمت زيارة 162 مشغل نسائي نهاية دوام يوم الثلاثاء 27/9/1436هـ، وتوزيع 1193 هدية رمضانية على موظفات 97 "
         "مشغل.", "يوم الثلاثاء 27/9/1436هـ", "other"),
        # ... nor one to a historic building (samples 62 and 84: typed talks; the corpus: 10 dates, the Aba al-Saud palace
        # in eight papers; dtypes13)
        ("وكان الأمير جلوي بن عبدالعزيز زار عصر أول من أمس قصر أبا السعود التاريخي، في جولة يرافقه فيها عدد من "
         "المسؤولين، حيث استمع لشرح واف عن أقسام القصر", "أول من أمس", "other"),
        ("وعبَّر سموه عن سعادته بزيارة قصر \"أبا السعود\" التاريخي في وسط مدينة نجران أمس، مشيداً بما يحظى به من العناية "
         "والرعاية من قِبل الهيئة العامة للسياحة والتراث الوطني", "أمس", "other"),
        # ... a visit to a state is talks, and so is a historic visit (the corpus)
        ("وصل معالي وزير الخارجية الأستاذ عادل بن أحمد الجبير إلى الدوحة أمس في زيارة رسمية لدولة قطر.", "أمس", "talks"),
        ("ومن المقرر أن تتوج زيارة أوباما التاريخية للقارة الأفريقية خلال زيارته يوم غد (الثلاثاء) مقر الاتحاد الأفريقي "
         "في أديس أبابا.", "يوم غد (الثلاثاء)", "talks"),
    ],
)  # fmt: skip
def test_a_visit_to_a_prisoner_workshops_or_a_historic_building_is_no_talks(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a visit to a mosque, an oil field or historic Jeddah is a visit to a place, and patients spelt without ال are
        # the sick (GUIDELINES.md; samples 150, 151 and 133: typed talks; round 158)
        ("قام وفد من وزارة الخارجية ضم أكثر من 50 مسؤولا أمس بزيارة لحقل الشيبة النفطي بالربع الخالي بالتعاون مع وزارة "
         "البترول والثروة المعدنية وشركة أرامكو السعودية.", "أمس", "other"),
        ("حيث قام بزيارة لمسجد الشافعي أثناء زيارته لجدة التاريخية في شهر رمضان في العام الماضي 1435هـ؛ و وقف على مشروع "
         "الترميم", "1435هـ", "other"),
        ("زار فخامة الرئيس رمضان أحمد قاديروف رئيس جمهورية الشيشان أمس المسجد النبوي بالمدينة المنورة، وأدى الصلاة فيه",
         "أمس", "other"),
        ("وزير الداخلية نفسه أثناء زيارة عام 2006 لمسجد في شرق لندن (تقدم وزارته دعمًا ماديًا لجمعيته) تعرض للشتائم من "
         "أحد مروجي الكراهية", "عام 2006", "other"),
        ("زار عدد من مفتشي مكتب عمل مكة المكرمة مساء الثلاثاء عمالاً منومين بمستشفى الملك عبدالعزيز بالزاهر والذين انهار "
         "عليهم سقف خرساني", "مساء الثلاثاء", "other"),
        # ... a meeting in a mosque's department, and a visit to a state, stay talks (the corpus)
        ("ومن خلال توجه إدارة شؤون التطويف بالمسجد الحرام لإتمام استعدادها وأعمالها الإشرافية والرقابية لموسم الحج، التقى "
         "مدير إدارة شؤون التطويف محمد مفرج العميري، بمدير التوعية والتوجيه ومستشار وزير الحج الشيخ أحمد الحريبي في "
         "مكتبه أمس.", "أمس", "talks"),
        ("وصل معالي وزير الخارجية الأستاذ عادل بن أحمد الجبير إلى الدوحة أمس في زيارة رسمية لدولة قطر.", "أمس", "talks"),
    ],
)  # fmt: skip
def test_a_visit_to_a_mosque_an_oil_field_or_patients_is_no_talks(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a hospital visited however far from the verb in its clause, a child received by a hospital, inspectors meeting
        # those they inspect, a visit in whose clause condolences are offered and one to "the wounded man" are no meeting
        # of parties (GUIDELINES.md: an inspection visit, a visit to the sick or the wounded, a condolence visit; samples
        # 141, 156 and 143: typed talks; the pooled type round over samples 140-173: 13 dates of the corpus, all right)
        ("زار فريق سفراء التطوع برئاسة الدكتور محمد باجبير يوم أمس، مستشفى شرق جدة، وكان في استقبالهم المدير الطبي "
         "بالمستشفى الدكتور عبداللطيف مهيوب، ومدير العيادات الخارجية، ومديرة التمريض، ورئيس قسم الباطنة، ومدير العلاقات "
         "العامة والإعلام.", "يوم أمس", "other"),
        ("وفي السياق ، زار السفير السعودي في سلطنة عمان عيد الثقفي صباح أمس الطفلة زينب لباد في مستشفى النهضة بمسقط بعد "
         "نجاح العملية الجراحية التي أجريت لها أمس الأول الثلاثاء.", "صباح أمس", "other"),
        ("وكان قسم الطوارئ بمستشفى الملك فهد بجدة قد استقبل اليوم طفلاً يبلغ من العمر أربع سنوات محولاً من مستشفى العزيزية "
         "للولادة والأطفال بجدة يعاني من ابتلاع جسم غريب.", "اليوم", "other"),
        ("وفي ظل توجيه صادر عن مدير عام فرع وزارة العمل بمنطقة المدينة المنورة \"عواد الحازمي\"؛ التقى المفتشون صباح "
         "اليوم مسؤولي المنشأة المخالفة، وتم رصد المخالفة المتمثلة في تجاهل معايير السلامة أثناء نقل العاملين.",
         "صباح اليوم", "other"),
        ("وأعرب نائب خادم الحرمين الشريفين خلال زيارته منزل الأمير سعود بن عبدالمحسن في الرياض أمس الأول، عن خالص "
         "التعازي، راجيا من الله جلت قدرته أن يتغمد الفقيدة بواسع رحمته", "أمس الأول", "other"),
        ("قام صاحب السمو الأمير اللواء تركي بن عبدالله آل سعود قائد لواء الأمير تركي بن سعد الآلي بالحرس الوطني أمس "
         "بزيارة لمقر عزاء الشهيد ماجد بن فهد السبيعي الواقع بقرية أم راكة بمحافظة الخرمة لتقديم واجب العزاء، حيث كان في "
         "استقباله والد الشهيد الشيخ فهد بن فهيد السبيعي وأبناؤه وإخوانه.", "أمس", "other"),
        ("من جهة أخرى قام مدير عام الإدارة العامة للمجاهدين الدكتور عبدالله بن محمد السويد أمس، بزيارة المصاب محسن بن "
         "سلمان الدوسري من منسوبي قوة المجاهدين بقطاع الطوال الذي أُصيب إثر تعرض دوريته لشظايا مقذوف عسكري من الأراضي "
         "اليمنية.", "أمس", "other"),
        # ... inspectors as those met, a reception with a meeting held in a hospital's hall, and a meeting set in a
        # sentence that names a visit and a hospital, stay talks (the corpus)
        ("وحسب ما نشرته صحيفة فرنسية فإن فريقا من المفتشين كان قد التقى العام 2009 بمدينة فرانكفورت الألمانية، بالعالم "
         "النووي الإيراني المنشق، شهرام أميني", "العام 2009", "talks"),
        ("من جهته أوضح مدير العلاقات العامة والإعلام بالجمعية وليد البوسيف، أن مدير عام الجمعية معاذ الجعفري، استقبل صباح "
         "الجمعة رئيس مجلس الشورى بسلطنة عمان الشيخ خالد المعولي، وسفير عمان لدى المملكة الدكتور أحمد البوسعيدي، وقد عقد "
         "اجتماع موسع بقاعة الاجتماعات بمستشفى الملك فهد بالهفوف", "صباح الجمعة", "talks"),
        ("وبعد مناقشة كل المقترحات من المجتمعين خرج الاجتماع بتوصيات عدة منها أن ينسّق الدكتور نعيم الشعيبي مع وكيل "
         "الوزارة لزيارة المحافظة، ويتم تحديد أهم ما تحتاجه المستشفى لطرحه في الاجتماع، وتحديد موعد الاجتماع القادم "
         "منتصف شهر ذي القعدة من هذا العام", "منتصف شهر ذي القعدة من هذا العام", "talks"),
    ],
)  # fmt: skip
def test_a_hospital_visited_a_patient_received_inspectors_or_condolences_are_no_talks(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a classico, or the World Cup, is sport: two sides meeting are a match (sample 92: typed talks; the corpus)
        ("وتلتقي الأرجنتين والبرازيل في أول كلاسيكو عن التصفيات في نوفمبر المقبل في بوينس آيرس ضمن الجولة الثالثة، على "
         "أن يلتقيا في بلاد السامبا في الجولة الحادية عشرة مطلع مارس 2017.", "مطلع مارس 2017", "other"),
        ("وسيلتقي الهلال والاتحاد في موقعة كلاسيكو منتظر في 30 مايو.", "30 مايو", "other"),
        # ... two officials meeting are talks
        ("وسيلتقي كارتر بنتنياهو اليوم قبل أن يتوجه إلى الأردن والسعودية.", "اليوم", "talks"),
    ],
)  # fmt: skip
def test_a_classico_is_a_match(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a cup or a rival met is a match (samples 127 and 142: typed talks; the corpus: 13 dates of matches)
        ("على صعيد متصل تغادر بعثة النصر غدا الأحد إلى لندن، ويؤدي الفريق هناك حصتي تدريب يومي الاثنين والثلاثاء قبل أن "
         "يلتقي بغريمه الهلال هذا الأربعاء على كأس السوبر.", "الأربعاء", "other"),
        ("ويستعد الهلال للقاء الغريم التقليدي النصر يوم 12 آب (أغسطس) المقبل على نهائي كأس السوبر السعودي في لندن.",
         "12 آب (أغسطس) المقبل", "other"),
        ("وعلى صعيد آخر أطلقت جماهير الاتحاد حملة عبر مواقع التواصل الاجتماعي بعنوان «الشرائع_فل_30_شوال»، وذلك من أجل "
         "تحفيز الجماهير للحضور في ملعب الشرائع يوم الثلاثين من شهر شوال الحالي في لقاء الفريق أمام أُحد في دور الـ32 من "
         "كأس ولي العهد.", "الثلاثين من شهر شوال الحالي", "other"),
        ("ولفت الدخيل إلى أن المدير الفني للفريق طالبهم بالبحث عن لقاء تجريبي في العاشر من الشهر الحالي، للوقوف على "
         "جاهزية الفريق بشكل نهائي قبل مواجهة الدرعية ضمن منافسات كأس ولي العهد السعودي.", "العاشر من الشهر الحالي",
         "other"),
        # ... a federation's meeting before a cup match, a rival at a meeting stay talks (the corpus)
        ("ينتظر أن يتدارك الاتحاد السعودي لكرة القدم خلال اجتماعه اليوم الثغرة الموجودة في المادة السادسة من لائحة "
         "الانضباط، ويجري تعديلا عليها حتى تسري عقوباتها على اللاعبين الموقوفين \"أربعة لاعبين\" من الهلال والنصر قبل "
         "لقاء كأس السوبر السعودي في لندن في 12 آب (أغسطس) الجاري.", "اليوم", "talks"),
        ("يلتئم اليوم الأربعاء اجتماع مفصلي في الخرطوم يجمع الرئيس السوداني عمر البشير، وآلية (7+7) بمشاركة الأحزاب "
         "المعارضة التي وافقت على المشاركة في الحوار الوطني يتقدمهم غريمه السابق الأمين العام لحزب المؤتمر الشعبي "
         "الدكتور حسن الترابي.", "اليوم الأربعاء", "talks"),
    ],
)  # fmt: skip
def test_a_cup_or_a_rival_met_is_a_match(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # someone killed by burning at attackers' hands is an attack on civilians, wherever the sentence names them (samples
        # 48 and 72: typed casualties by the killing; the corpus: the Duma arson in many papers)
        ("وكان الطفل الفلسطيني علي دوابشة (18 شهرا) قتل حرقا في 31 يوليو (تموز)، عندما ألقى متطرفون يهود من نافذة منزل "
         "عائلته التي تركت مفتوحة بسبب الحر زجاجة حارقة، مما أدى إلى اشتعال النيران في المنزل.", "31 يوليو (تموز)",
         "bombing"),
        ("وتطرق التقرير إلى جريمة قتل الطفل الرضيع علي دوابشة حرقا صباح يوم 31 يوليو الماضي، مشيرا إلى أنه قبل بضع ساعات "
         "فقط من الهجوم على منزل الأسرة في قرية دوما، بثت القناة الثانية في التلفزيون الإسرائيلي تقريراً حول خلية إرهابية "
         "يهودية مقرها الضفة الغربية المحتلة.", "31 يوليو الماضي", "bombing"),
        ("اعلنت الاجهزة الامنية الاسرائيلية انها اعتقلت الاثنين زعيم مجموعة يهودية متطرفة يدعى مئير اتينغر هو اول شخص يتم "
         "اعتقاله منذ مقتل طفل فلسطيني حرقا الجمعة في الضفة الغربية المحتلة.", "الجمعة", "bombing"),
        ("ويوم الجمعة، أحرق مهاجمان يشتبه بأنهما يهوديان متطرفان، منزلا فلسطينيا، مما أدى إلى مقتل رضيع فلسطيني وإصابة "
         "والديه وشقيقه بحروق خطيرة.", "ويوم الجمعة", "bombing"),
        # ... not with no attacker named: people burnt to death on a road are a toll (the corpus)
        ("يشار إلى أنه مساء يوم أمس وبنفس الطريق لقيت امرأتان مصرعهما حرقا ونقل مرافقهما إلى المستشفى متأثرا بإصابات "
         "متفاوتة.", "يوم أمس", "casualties"),
        # ... nor the victim named in a relative clause of another event's date: the father's death (the corpus)
        ("توفي اليوم السبت والد الرضيع الفلسطيني الذي قتل حرقا في قرية دوما بالضفة الغربية متأثرا بجراحه التي أصيب بها "
         "جراء حرق منزله على يد من يشتبه انهم يهود متطرفون قبل عدة أيام.", "اليوم السبت", "casualties"),
        # ... and a verb as a cue adds no noun: killing named as a noun stays no toll (قتل/يقتل, a cue of the killing)
        ("ولكنها اليوم حصدت بدلاً من ذلك الفوضى والقتل والأعمال الإرهابية اليومية والتي تودي بحياة عشرات الأبرياء",
         "اليوم", "other"),
    ],
)  # fmt: skip
def test_a_killing_by_burning_at_attackers_hands_is_an_attack_on_civilians(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a death of wounds or burns is a toll, whatever dealt them (the corpus: the Duma father's death, typed other and
        # bombing)
        ("وتوفي السبت سعد دوابشة والد علي متأثرا بجروحه.", "السبت", "casualties"),
        ("من جهة ثانية، توفي فجر يوم أمس سعد محمد دوابشة (37 عاما) متأثرا بحروقه البالغة التي أصيب بها نتيجة إحراق "
         "المستوطنين لمنزله في بلدة دوما جنوب مدينة نابلس شمال الضفة الغربية المحتلة، قبل ثمانية أيام ليلتحق بابنه الرضيع "
         "محمد.", "يوم أمس", "casualties"),
        # ... not a death of grief: "affected" alone is no wound (the corpus)
        ("كشف زوج المعلمة التي توفيت في جامعة تبوك ظهر أمس متأثرة بعدم قبول ابنتها في كلية الطب؛ أن آخر كلمات نطقت بها "
         "زوجته كانت الشهادتين.", "أمس", "other"),
    ],
)  # fmt: skip
def test_a_death_of_wounds_is_a_toll(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a law ratified is lawmaking across the whole clause, a head of state's title and name between the verb and the
        # law (sample 109: typed other) ...
        ("صادق الرئيس التونسي الباجي قائد السبسي أمس الجمعة على القانون الأساسي المتعلق بمكافحة الإرهاب ومنع غسيل "
         "الأموال.", "أمس الجمعة", "legislation"),
        ("في غضون ذلك، صادق أمس مجلس نواب الشعب (البرلمان) على الصيغة النهائية المعدلة للفصل 63 من مشروع قانون مكافحة "
         "الإرهاب ومنع غسل الأموال المتعلق بتركيبة اللجنة الوطنية لمكافحة الإرهاب", "أمس", "legislation"),
        # ... an agreement ratified is the agreement's step (the corpus: the Security Council's Monday typed other; the
        # eurozone ministers' Friday, agreement before, would be lawmaking by the clause's @legislatures)
        ("وذلك على الرغم من الاتفاق النووي الاخير الموقع في كل من لوزان، وفيينا، والذى صادق عليه مجلس الامن الدولي يوم "
         "الاثنين الماضي", "يوم الاثنين الماضي", "agreement"),
        ("وأضافت أن البرلمان قد يصوت على الاتفاق هذا الأسبوع، أو قد يصادق عليه أولا وزراء مالية منطقة اليورو الجمعة، "
         "وبعد ذلك يصوت عليه البرلمان في 18 أغسطس.", "الجمعة", "agreement"),
        # ... and a man named صادق, or a transfer of detainees approved, is neither
        ("نعم لقد وقّعت عقدا مع المنتج صادق الصباح (شركة سيدرز برودكشن)، من أجل عمل رمضاني لعام 2016 من إخراج سامر "
         "البرقاوي", "لعام 2016", "other"),
        ("وكانت تلك المجموعة هي الجزء الأول من صفقة تضم عشرة معتقلين، ولقد صادق كارتر في يونيو (حزيران) الماضي، على "
         "ترحيل ستة معتقلين يمنيين آخرين استكمالا للصفقة المبرمة مع سلطنة عمان.", "يونيو (حزيران) الماضي", "other"),
    ],
)  # fmt: skip
def test_a_law_ratified_is_lawmaking_an_agreement_ratified_its_step(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a pledge, an urging or a demand dated is the saying, not what was pledged, urged or demanded (GUIDELINES.md:
        # statement when the dated event is the saying, "a dismissal demanded is the demand"; the round types3: typed
        # bombing, agreement, casualties, strike, talks by what was urged)
        ("وكان المتحدث باسم تنظيم أبو محمد العدناني حث أنصار التنظيم في 23 يونيو على تكثيف الهجمات أثناء شهر رمضان ضد "
         "المسيحيين والشيعة", "23 يونيو", "statement"),
        ("الرئيس «أوباما» تعهد الأسبوع الماضي باستخدام حق النقض (الفيتو) إذا ما رفض الكونغرس الاتفاقية", "الأسبوع الماضي",
         "statement"),
        ("وكان الرئيس التشادي إدريس ديبي قد تعهد في وقت أول من أمس بسحق المسلحين الذين قتلوا آلاف الأشخاص", "أول من أمس",
         "statement"),
        ("وكانت المقاومة الشعبية في محافظة إب تعهدت في وقت سابق من الاسبوع الحالي بقتال الحوثي وطرده من مدن محافظة إب",
         "الاسبوع الحالي", "statement"),
        ("طالب الاتحاد الدولي للصحفيين اليوم المتمردين الحوثيين بالإفراج الفوري عن صالح سنحان مدير مكتب وكالة الأنباء "
         "اليمنية", "اليوم", "statement"),
        # ... an urging at a meeting too (samples 105 and 108: typed talks)
        ("وحث معاليه خلال اجتماعه اليوم بوكلاء الوزارة، ومديري العموم، والمسؤولين في خدمة \"تواصل\" على نشر أرقام الاتصال "
         "الهاتفي", "اليوم", "statement"),
        # ... not a student (طالب، طالبا), nor a date of what was demanded, nor a date before a pledge joined by و
        ("أعلنت جامعة أم القرى بدء التقديم لبرنامج الانتساب للعام الجامعي 1436/1437هـ عبر بوابة القبول الموحد اعتباراً من "
         "يوم الأحد القادم لـ 2620 طالبا وطالبة.", "يوم الأحد القادم", "other"),
        ("نجد أن الطلاب الدارسين خارج دولهم يزداد يوماً بعد يوم، حتى أنه ازداد من أقل من مليون طالب عام 1975م إلى أكثر من "
         "أربعة ملايين طالب عام 2010م.", "عام 1975م", "other"),
        ("وقد تشكل حالة المدعو سيد أحمد غلام، وهو طالب جزائري سعى في 19 أبريل (نيسان) الماضي للقيام بعمل إرهابي يستهدف "
         "كنيسة في ضاحية فيل جويف الباريسية", "19 أبريل (نيسان) الماضي", "bombing"),
        ("وبعد أن صادق البرلمان اليوناني على الإصلاحات التي طالب بها الدائنون، انطلقت في أثينا أمس الجمعة محادثات تقنية "
         "بين اليونان ودائنيها الدوليين", "أمس الجمعة", "talks"),
        ("ولفت مدير الفريق الأول بالنادي عبدالله الدخيل أن المدير الفني للفريق طالبهم بالبحث عن لقاء تجريبي في العاشر من "
         "الشهر الجاري، للوقوف على جاهزية الفريق", "العاشر من الشهر الجاري", "other"),
        ("وأنشأت الأمم المتحدة صندوق مناخ صديق للبيئة عام 2010 وتعهدت الدول المتقدمة بجمع أكثر من عشرة مليارات دولار",
         "عام 2010", "other"),
        ("رحب رئيس الوزراء العراقي حيدر العبادي بموافقة مجلس النواب على حزمة الاصلاحات الحكومية والبرلمانية اليوم , وتعهد "
         "في بيان مقتضب بمواصلة طريق الاصلاحات.", "اليوم", "statement"),
        # ... and بحث (ب + حث) stays a discussion
        ("وبحث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود اليوم مع الرئيس الفرنسي فرنسوا هولاند", "اليوم",
         "talks"),
    ],
)  # fmt: skip
def test_a_pledge_an_urging_or_a_demand_is_the_saying(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # وأبان "explained" is a saying, though normalised it is spelled as the during word إبان (sample 193: typed talks
        # by the meeting, the verb read as that noun); the corpus
        ("وأبان المنيع خلال الاجتماع الذي عقده بمقر إدارة تعليم المنطقة اليوم, أن إدارة تعليم نجران ستبذل جميع السبل "
         "المتاحة", "اليوم", "statement"),
        ("وأبان المتحدث الرسمي لهيئة الهلال الأحمر السعودي في المنطقة الشرقية بالنيابة عبدالله القبيلي لـ \"الوطن\" أمس، "
         "أن عمليات هيئة الهلال الأحمر في الأحساء، تلقت بلاغا", "أمس", "statement"),
        # ... not the during word before a time, nor before a post taken (the corpus)
        ("ابتكر الخيال الشعبي السوداني حيلاً جديدة لمواجهة الأزمات المتلاحقة التي تعيشها - وعاشتها - البلاد خلال شهر "
         "رمضان الماضي والأشهر السابقة له وإبان عيد الفطر، فالعاصمة الخرطوم شهدت أزمات خانقة", "شهر رمضان الماضي",
         "other"),
    ],
)  # fmt: skip
def test_abana_explained_is_a_saying(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # عبّر "expressed", written عبر as the word of "via", with a feeling after it is a saying (the corpus: typed other,
        # humanitarian; sample 193's section left it)
        ("عبر الاتحاد الأوروبي أمس عن أمله في أن تلعب إيران دورا «بناء» من أجل استقرار الشرق الأوسط", "أمس",
         "statement"),
        ("عبر وزير الخارجية الفرنسي لوران فابيوس أمس في طهران عن أمله في علاقة جديدة قائمة على «الاحترام»", "أمس",
         "statement"),
        # ... "via" is none: no feeling after it, or one before it (the corpus)
        ("وكانت البعثة الهلالية، غادرت عصر أمس عبر طائرة خاصة، بـ31 لاعبًا", "أمس", "other"),
        ("كشفت الهيئة العامة للغذاء والدواء عن رفضها الفسح لـ1137 طنا من المواد الغذائية المستوردة عبر منافذ المملكة "
         "خلال شهر رمضان الماضي.", "شهر رمضان الماضي", "other"),
        # ... nor does "via" cut a clause (a verb would: a comma before it)
        ("وأضاف النفيسي، عبر حسابه الرسمي بموقع “تويتر”، الاثنين،: ” للأسف الولايات المتحدة دائمًا تنظر للأزمات بعين "
         "واحده.", "الاثنين", "statement"),
        # ... a condemnation expressed stays one, optimism's date is the time hoped for (the corpus)
        ("وعبّر رئيس البرلمان أحمد بن محمد الجروان في بيان اليوم عن استنكاره الشديد لمثل هذه الأفعال الإرهابية الجبانة",
         "اليوم", "condemnation"),
        ("وبخصوص النصف الثاني من العام عبرت الشركة عن تفاؤلها نتيجة إطلاقها لخدمات الجيل الرابع قبل أسابيع",
         "النصف الثاني من العام", "other"),
    ],
)  # fmt: skip
def test_abbara_expressed_is_a_saying(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


def test_concern_expressed_by_the_refugee_agency_is_a_saying():
    # (the corpus, the whole pipeline: typed humanitarian by اللاجئين)
    text = ("* جنيف - أ.ف.ب: عبرت المفوضية العليا للاجئين التابعة للأمم المتحدة أمس عن قلقها بسبب تدفق نحو مائة لاجئ "
            "نيجيري يوميا إلى مخيم ميناواو في الكاميرون.")  # fmt: skip
    assert event_types(text, dt.date(2015, 7, 22))["أمس"] == "statement"


def test_a_post_taken_after_the_during_word_is_no_appointment():
    sentence = ("ويسعى نائب رئيس الجمهورية نوري المالكي لإقناع الكتل البرلمانية للتصويت داخل البرلمان على إقفال الحسابات "
                "الختامية لموازنات 2011 و2012 و2013 الماضية إبان توليه رئاسة الحكومة")  # fmt: skip
    assert type_of(sentence, "2011") != "appointment"


@pytest.mark.parametrize(
    "sentence, date_text, published, expected",
    [
        # ... its sayer's name between the verb and the date (names not counted; the corpus: typed strike and other)
        ("تعهد رئيس الوزراء التركي أحمد داوود أوغلو امس بشن المزيد من الغارات الجوية على الاكراد وتنظيم داعش.", "امس",
         dt.date(2015, 7, 26), "statement"),
        ("وطالب رئيس حزب الشعوب الديمقراطي صلاح الدين ديمرتاش الأحد، حزب العمال الكردستاني بوقف هجماته.", "الأحد",
         dt.date(2015, 8, 3), "statement"),
        # (samples 94, 88 and 82: typed other)
        ("هانوي - «الشرق الأوسط»: حث وزير الخارجية الأميركي جون كيري فيتنام أمس الجمعة على إتاحة مزيد من الحريات.",
         "أمس الجمعة", dt.date(2015, 8, 8), "statement"),
        ("بدوره طالب رئيس مجلس النواب العراقي سليم الجبوري أمس الاثنين العبادي بإقالة الوزراء الذين يثبت ضلوعهم في "
         "الفساد.", "أمس الاثنين", dt.date(2015, 8, 11), "statement"),
        ("تعهد رئيس الوزراء البريطاني ديفيد كاميرون أمس الخميس بترحيل المزيد من المهاجرين الذين يصلون إلى بريطانيا بصورة "
         "غير قانونية.", "أمس الخميس", dt.date(2015, 7, 31), "statement"),
    ],
)  # fmt: skip
def test_a_pledge_an_urging_or_a_demand_behind_its_sayers_name_is_the_saying(sentence, date_text, published, expected):
    assert event_types(sentence, published)[date_text] == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # an Eid greeting party is a ceremony for its own sake, no meeting of parties (sample 158: typed talks, judged
        # other; the corpus: an embassy's party, a reception at a ministry's party, an airport's and a staff's party)
        ("أقام سفير خادم الحرمين الشريفين لدى الأردن الدكتور سامي بن عبدالله الصالح أمس لقاء معايدة، وذلك في قاعة "
         "الاحتفالات بمقر السفارة.", "أمس", "other"),
        ("استقبل معالي وكيل وزارة الداخلية الدكتور أحمد بن محمد السالم أمس, المهنئين بعيد الفطر المبارك من منسوبي الوزارة "
         "من مدنيين وعسكريين خلال حفل المعايدة الذي نظمته الإدارة العامة للعلاقات والإعلام بمقر الوزارة في الرياض", "أمس",
         "other"),
        ("نظم مطار الملك خالد الدولي بالرياض أمس حفل استقبال لمعايدة جميع العاملين بالمطار بحضور نائب رئيس الهيئة العامة "
         "للطيران المدني", "أمس", "other"),
        ("التقى منسوبو المؤسسة العامة للتأمينات الاجتماعية بالمركز الرئيسي صباح أمس بمناسبة عيد الفطر المبارك واقيم حفل "
         "معايدة مبسط بالصالة الرئيسية للمكتب وذلك بحضور الموظفين والمسؤولين", "أمس", "other"),
        # ... a meeting beside a party's name and a ministry's meeting held with its party stay talks (the corpus; a
        # prince receiving well-wishers, once kept talks here, is other by the lead's ruling of 2026-12-07:
        # test_well_wishers_received_at_eid_are_no_talks)
        ("ويأتي حفل المعايدة بعد لقاء مهندسي الأحساء السنوي، والذي عقد في رمضان الماضي حيث جرى خلاله تكريم أربعة مهندسين "
         "متميزين", "رمضان الماضي", "talks"),
        ("بدأ صباح اليوم اجتماع وحفل معايدة وزارة التعليم بعيد الفطر المبارك وذلك بحضور وزير التعليم عزام الدخيل ووكلاء "
         "الوزارة ومديري التعليم والمسؤولين.", "اليوم", "talks"),
    ],
)  # fmt: skip
def test_an_eid_greeting_party_is_no_talks(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a farewell, "see you again next year", is no meeting (sample 188: typed talks, judged other; the corpus: the
        # same festival's second farewell, the only other date in reach)
        ("وأجمعوا أن عيد طيبة 36 كان مميزا ونشكر أمانة المدينة، التي بذلت كل ما في وسعها لنجاح العيد ولن نقول وداعا عيد "
         "طيبة، ولكن نقول إلى لقاء في العام القادم، وقالت السيدة أسماء أزبك", "العام القادم", "other"),
        ("واستمرت المهرجان على مدة عشرة أيام ولا نقول وداعا عيد طيبة، وإنما إلى اللقاء في العام القادم عيد طيبة 37 .",
         "العام القادم", "other"),
        # ... a meeting one heads to stays talks (the corpus: Kerry in Doha)
        ("وقضى كيري نهاره بلقاء الجبير وأمير قطر تميم بن حمد آل ثاني، قبل التوجه الى اللقاء المقرر مع وزراء مجلس التعاون "
         "الخليجي اليوم.", "اليوم", "talks"),
    ],
)  # fmt: skip
def test_a_farewell_until_we_meet_is_no_talks(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # an accident that hurt no one is the accident, no toll (sample 162: typed casualties, judged disaster; the
        # corpus: thirty minor accidents)
        ("فهد كاملي- سبق- جازان: تعرضت فرقة مركز إسعاف أبو عريش لحادث مروري، مساء أمس، بعد قيامها بإيصال أحد المصابين في "
         "حادث آخر قامت الفرقة بمباشرته، ولم يصب أحد من المسعفين بأي أذى.", "مساء أمس", "disaster"),
        ("وأضاف أن عدد الحوادث المرورية البسيطة التي وقعت في طريق الملك فهد خلال اليومين الماضيين بلغت نحو 30 حادثا مروريا "
         "بسيطا، لم تسفر عن إصابات بشرية.", "خلال اليومين الماضيين", "disaster"),
        # ... and a shooting that hurt no one is the attack (the corpus: a Saudi shot at in Jordan, shots near Camp Shelby)
        ("تعرض مواطن لإطلاق نار من أشخاص مجهولين ملثمين في ساعة متأخرة من يوم الخميس بمنطقة معان جنوب العاصمة الأردنية "
         "عمّان دون أن يُصاب بأذى، فيما تعرضت سيارته لأضرار بسيطة.", "يوم الخميس", "bombing"),
        ("وقّع إطلاق نار يوم الثلاثاء قرب مركز تدريب تابع للجيش الأميركي في ولاية ميسيسيبي في جنوب الولايات المتحدة من دون "
         "أن يسفر عن إصابات، كما أعلنت السلطات المحلية التي أكدت أنها تحاول القبض على مشتبه بهما.", "يوم الثلاثاء",
         "bombing"),
        # ... an accident or a shooting that hurt people keeps its toll (the corpus)
        ("أصيب ثمانية أشخاص من عائلة واحدة بإصابات متفاوتة جراء حادث سير على الطريق السريع بين القصيم / المدينة المنورة "
         "وذلك صباح اليوم الجمعة .", "صباح اليوم الجمعة", "casualties"),
        ("توفي ثلاثة أشخاص وأصيب رابع، إثر تعرضهم لإطلاق نار من شخص بخبير الجنوب في عسير مساء أمس.", "مساء أمس",
         "casualties"),
        ("أصيب رجل وامرأة باختناق إثر حريق أحد الفنادق بمدينة الدمام صباح اليوم وباشرت الحريق 3 فرق من \" مدني الشرقية \" , "
         "ولم ينتج عن الحريق إصابات أخرى .", "صباح اليوم", "casualties"),
    ],
)  # fmt: skip
def test_an_accident_or_a_shooting_that_hurt_no_one_has_no_toll(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a shooting by attackers or at a building or a car, no one killed or wounded in its sentence, is the attack, not
        # a toll (samples 256, 264 and 268: typed casualties, judged bombing; the corpus: Chattanooga's military centres)
        ("أطلق ملثمون النار على سيارة سعودي داخل الأراضي الأردنية مساء أول من أمس ولاذوا بالفرار.", "أول من أمس", "bombing"),
        ("وأفادت إذاعة وتلفزيون / تي أر تي / التركية أن شخصين مجهولي الهوية فتحا النار صباح اليوم على مبنى القنصلية "
         "الأمريكية في اسطنبول ، وعلى الفور قام أفراد الشرطة بالرد عليهما بالمثل .", "اليوم", "bombing"),
        ("ذكرت محطة (سي.إن.إن ترك) إن مهاجمين أطلقا النار خارج مبنى القنصلية الأمريكية في اسطنبول أكبر مدن تركيا اليوم "
         "الاثنين ثم لاذا بالفرار بعد أن ردت الشرطة عليهما.", "اليوم الاثنين", "bombing"),
        ("وكان عبد العزيز، 24 عامًا، أطلق النار الخميس على مركزين عسكريين في مدينة تشاتانوغا: الأول مكتب للتجنيد لقوات "
         "المارينز، والثاني مركز لقوات الاحتياط.", "الخميس", "bombing"),
        # ... forces' fire is fighting (sample 79: typed casualties, judged strike), and a shooting drill no shooting
        # (sample 4: typed casualties, judged other)
        ("وجاء في بيان لوزارة الخارجية الباكستانية أن القوات الهندية فتحت النار السبت على قاطع بونش على خط المراقبة الفاصل "
         "بين شطري الإقليم وهو الخط الحدودي", "السبت", "strike"),
        ("وأنه وأصدقاؤه كانوا يذهبون إلى «برينتس كوبر»، مكان لتمارين إطلاق النار بالقرب من مدينة شاتانوغا، وقد عمل الشاب "
         "عبد العزيز في 2013 لمدة عشرة أيام في محطة بيري النووية في أوهايو شمالاً", "2013", "other"),
        # ... a shooting that killed or wounded someone keeps its toll, at a car too (samples 234 and 244)
        ("قام مواطن مساء اليوم السبت بإطلاق النار على زوجته وابنه البالغ من العمر ١١ عاما بداخل منزلهم الكائن بأحد الهجر "
         "التابعة لمحافظة الحائط مما أسفر عن وفاة الابن وإصابة الزوجة.", "اليوم السبت", "casualties"),
        ("أطلق مجهولون النار مساء يوم أمس الأول بمحافظة حفر الباطن على مواطن وهو يقود سيارته وبرفقته زوجته ولاذوا بالفرار، "
         "وأصيبت الزوجة وتم نقلها الى مستشفى حفرالباطن العام لإسعافها من الإصابة.", "يوم أمس الأول", "casualties"),
        # ... and so does a man shot by a policeman or another man, its toll in another sentence (the corpus)
        ("وأشار إلى أن أحد رجال الشرطة يُعالج من جروح في وجهه، بعد أن رُشق بحجر على مقربة من المكان الذي أطلق فيه الشرطي "
         "النار على براون (18 سنة) العام الماضي.", "العام الماضي", "casualties"),
        ("وكان الاسد اقدم ليل الخميس على اطلاق النار من بندقيته على الشيخ اثناء وجود الاخير مع اولاده داخل سيارته في "
         "اللاذقية، ما اثار حالة من الاستياء", "الخميس", "casualties"),
    ],
)  # fmt: skip
def test_a_shooting_that_names_no_one_hurt_is_the_attack(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # leaving a TV series, the Hajj season, a car's production or a tennis tournament is no pull-out (sample 164's
        # series and sample 168's Hajj firms: typed withdrawal, judged other; the corpus: Mitsubishi, Serena Williams)
        ("يذكر أن الخلاف بين الثنائي المالكي وعسيري بدأ منذ أربع سنوات عندما انسحب المالكي من مسلسل (بيني وبينك) واستقل "
         "وحده مقدماً مسلسلات من بطولته وإنتاجه.", "منذ أربع سنوات", "other"),
        ("هدد عدد من مؤسسات حجاج الداخل، وزارة الحج بالانسحاب من حج هذا العام، بسبب تأخر إصدار تراخيص حملاتهم للحج المقبل.",
         "هذا العام", "other"),
        ("وسبق وانسحبت \"ميتسوبيشي\" من إنتاج سياراتها في قارة أوروبا قبل 3 سنوات، لتصبح أول شركة يابانية كبرى في قطاع "
         "السيارات تتوقف عن تصنيع مركباتها في أوروبا والولايات المتحدة معا.", "قبل 3 سنوات", "other"),
        ("وقالت سيرينا التي سبق أن انسحبت من دورة بشتاد السويدية قبل أسبوعين: «لقد خاب أملي لعدم المشاركة لكن يجب أن "
         "أعالج مرفقي».", "قبل أسبوعين", "other"),
        # ... a pull-out of forces or of a mission stays one, "بدوره" (in turn) no tournament (the corpus)
        ("من جانبه ساعد الاتحاد الأوروبي في بناء قوة خفر السواحل. لكنه انسحب بدوره في الصيف الماضي عندما تفجرت الاشتباكات "
         "في طرابلس.", "في الصيف الماضي", "withdrawal"),
        ("وانسحب معظم أفراد القوات الأمريكية من أفغانستان نهاية العام الماضي.", "نهاية العام الماضي", "withdrawal"),
    ],
)  # fmt: skip
def test_leaving_a_series_a_season_or_a_tournament_is_no_pull_out(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # an election committee's training course, workshop or seminar is no election (GUIDELINES.md, settled 2026-12-07;
        # samples 98, 84 and 146: typed election by the committee's name): other, a seminar talks (sample 164)
        ("تنفذ اللجنة المحلية للانتخابات البلدية بمنطقة جازان برنامجاً تدريبياً للعاملين بالمراكز الانتخابية يبدأ من تاريخ "
         "17 وإلى 27 من شهر شوال الحالي من الساعة 5 عصراً ولمدة ساعتين يومياً.",
         "من تاريخ 17 وإلى 27 من شهر شوال الحالي", "other"),
        ("أقامت اللجنة المحلية للانتخابات البلدية بمحافظة الأحساء أمس الأول ورشة عمل تدريبية تتعلق بمهام \"سكرتارية "
         "المراكز الانتخابية\" والبلديات التابعة للأمانة", "أمس الأول", "other"),
        ("بدأت اللجنة المحلية للانتخابات البلدية بأمانة منطقة حائل مطلع هذا الأسبوع أول برامج ورش العمل لتدريب رؤساء "
         "وأعضاء 58 مركزا انتخابياً بمنطقة حائل ( رجال ) المشاركين في انتخابات المجالس البلدية للدورة الثالثة",
         "مطلع هذا الأسبوع", "other"),
        ("تنظم اللجنة المحلية للانتخابات البلدية بمنطقة الرياض الأحد المقبل ورشتي عمل خاصة بالدورة الثالثة للانتخابات "
         "البلدية 1436 /1437ه لمرحلتي قيد الناخبين والناخبات وتسجيل المرشحين والمرشحات.", "الأحد المقبل", "other"),
        ("تُقيم اللجنة المحلية للانتخابات البلدية بالاحساء، مساء الخميس المقبل، في مقر الغرفة التجارية بقاعة الشيخ سليمان "
         "الحماد، ندوة تعريفية توعوية بعنوان \"المرأة السعودية ودورها في تنمية الانتخابات البلدية\".",
         "الخميس المقبل", "talks"),
        # ... and so is its meeting with the public to make the elections known, talks (sample 310: typed election;
        # sample 50 typed the first of these meetings talks), "للتعريف بـ" or "للتعريف عن" (the corpus)
        ("وقد تم مناقشة تأثيث وتجهيزات المراكز الانتخابية وتحديد لقاءات مع المواطنين للتعريف بالانتخابات البلدية مع "
         "بداية الأسبوع القادم.", "بداية الأسبوع القادم", "talks"),
        ("كما تم في الاجتماع تحديد لقاءات مع المواطنين للتعريف عن الانتخابات البلدية مع بداية الأسبوع المقبل.",
         "بداية الأسبوع المقبل", "talks"),
        # the electoral acts stay election: registration opening (sample 146), the cycle's years beside the workshop
        # (samples 124 and 151), the results
        ("وبين منسق الانتخابات البلدية اكتمال كافة التجهيزات الإدارية والفنية والتقنية في المراكز الانتخابية لقيد "
         "الناخبين، التي ستبدأ مطلع شهر ذى القعدة القادم.", "مطلع شهر ذى القعدة القادم", "election"),
        ("تنظم اللجنة المحلية للانتخابات البلدية بمنطقة الرياض الأحد المقبل ورشتي عمل خاصة بالدورة الثالثة للانتخابات "
         "البلدية 1436 /1437ه لمرحلتي قيد الناخبين والناخبات وتسجيل المرشحين والمرشحات.", "1436 /1437ه", "election"),
        ("وأعلنت اللجنة العليا للانتخابات أمس نتائج الانتخابات البرلمانية", "أمس", "election"),
        # ... and so does the start announced at a meeting (the corpus: the meeting read anywhere in the clause took it)
        ("وتليها دورة يوم الأربعاء 27 شوال، لعضوات اللجان، فيما سيعقد يوم الخميس 28 شوال لقاء عام بحضور أمين العاصمة "
         "المقدسة رئيس اللجنة المحلية للانتخابات البلدية بمكة المكرمة الدكتور أسامة بن فضل البار، ومدير عام التعليم "
         "بمنطقة مكة المكرمة محمد الحارثي بمشاركة العاملين في اللجان الرجالية والنسائية للإعلان عن انطلاقة الانتخابات "
         "البلدية في دورتها الثالثة غرة شهر ذي القعدة المقبل.", "غرة شهر ذي القعدة المقبل", "election"),
    ],
)  # fmt: skip
def test_an_election_committees_training_or_seminar_is_no_election(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # the wounded flown in or moved for treatment are a medical evacuation (samples 157, 167: typed casualties, judged
        # humanitarian)
        ("في البداية التقينا نائب مدير المستشفى الدكتور محمد الذبيبان الذي أشار إلى استقبال قسم الطوارئ منتصف ليلة أول من "
         "أمس لـ35 جريحا يمنيا قدموا من عدن جوا، وقال: إن لنا تجربة رائدة في علاج مرضى الحروب", "أول من أمس",
         "humanitarian"),
        ("قدّمت النيابة العامة في إسرائيل، أمس، إلى المحكمة المركزية في مدينة الناصرة، لائحة اتهام ضد كل من بشيرة محمود، "
         "تضمنت تهمة قتل جريح سوري نقل إلى إسرائيل للعلاج قبل شهرين.", "قبل شهرين", "humanitarian"),
        # ... the wounded of a toll stay casualties (the corpus)
        ("وتشير حصيلة الهجوم التي ما زالت موقتة الى سقوط 30 قتيلا على الاقل ونحو 100 جريح بحسب حاكم منطقة سوروتش عبدالله "
         "جيفتشي الذي اضاف إن نحو 20 جريحا ما زالوا مساء الاثنين في حالة «حرجة».", "الاثنين", "casualties"),
    ],
)  # fmt: skip
def test_the_wounded_flown_in_for_treatment_are_an_evacuation(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text",
    [
        # the round of sample 202: a medical evacuation of the wounded (GUIDELINES.md), typed casualties or other before
        ("وأكد أن طائرة تتبع الخطوط الجوية اليمنية غادرت مطار عدن الدولي صباح أمس السبت، تقل على متنها نحو 80 جريحاً من "
         "المقاومة، نقلوا إلى الأردن للعلاج.", "أمس السبت"),
        ("وجه نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز بنقل الجندي عبدالمحسن عاضة "
         "الحارثي، الذي أصيب خلال عملية إنقاذ لأطفال بمحافظة الطائف، من مستشفى الملك عبدالعزيز بالمحافظة، إلى مستشفى قوى "
         "الأمن الداخلي بالرياض، بواسطة طيران الإخلاء الطبي صباح اليوم الاثنين.", "اليوم الاثنين"),
        ("وكان نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز، قد وجّه بنقل الجندي "
         "عبدالمحسن عاضة الحارثي من مستشفى الملك عبدالعزيز بالطائف إلى مستشفى قوى الأمن الداخلي بالرياض، وتم نقله اليوم "
         "عن طريق طيران الإخلاء الطبي، وذلك بعدما تعرض لإصابة خطيرة أثناء إنقاذ أطفال من الألعاب النارية", "اليوم"),
    ],
)  # fmt: skip
def test_the_wounded_carried_or_flown_by_medical_evacuation_are_an_evacuation(sentence, date_text):
    assert type_of(sentence, date_text) == "humanitarian"


@pytest.mark.parametrize(
    "sentence, date_text",
    [
        # a medical evacuation aircraft with no wounded named: a martyr's body, a sick man, a hospital's drill (the corpus)
        ("نقلت طائرة إخلاء طبي تابعة للقوات الملكية السعودية أمس، جثمان الشهيد العريف محمد مغرم الهلالي من منطقة نجران إلى "
         "محافظة البرك التابعة لمنطقة عسير", "أمس"),
        ("تنفيذا لتوجيهات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود ــ حفظه الله، نقلت طائرة إخلاء طبي، أمس، "
         "الشيخ عبدالرحمن بن رجا المويشير من الجوف لتلقي العلاج في ألمانيا، إثر عارض صحي ألم به مؤخرا.", "أمس"),
        ("وبإعتباره أول مستشفى بالمملكة ينفذ أول فرضية إخلاء طبى عام 1427هـ واستمرار تنفيذها سنويا حتى الآن", "عام 1427هـ"),
    ],
)  # fmt: skip
def test_a_medical_evacuation_with_no_wounded_is_no_humanitarian(sentence, date_text):
    assert type_of(sentence, date_text) == "other"


@pytest.mark.parametrize(
    "sentence, date_text",
    [
        # a rejection voiced of another's interference is a denunciation, condemnation (sample 240's row and the
        # corpus: typed statement, statement and other)
        ("أعرب الأزهر في بيان له أمس عن رفضه التام وانزعاجه الشديد للتدخل الإيراني في الشؤون الداخلية لمملكة البحرين "
         "وعدد من الدول العربية من خلال التصريحات الأخيرة التي صدرت مؤخرًا عن المرشد الإيراني علي خامنئي في عيد الفطر "
         "المبارك.", "أمس"),
        ("أبدى الأزهر انزعاجه الشديد من التدخل الإيراني في شؤون البحرين والدول العربية، وأعرب في بيان شديد اللهجة، أمس، "
         "عن رفضه التام للتدخل الإيراني في الشؤون الداخلية لمملكة البحرين، ولعدد من الدول العربية", "أمس"),
        ("جددت مملكة البحرين رفضها القاطع أمس الخميس التدخلات الإيرانية في الشأن الداخلي لمملكة البحرين شكلاً ومضموناً.",
         "أمس الخميس"),
    ],
)  # fmt: skip
def test_a_rejection_of_interference_is_a_condemnation(sentence, date_text):
    assert type_of(sentence, date_text) == "condemnation"


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a rejection of a plan, a decision or a consignment is no condemnation (the corpus)
        ("غير أن مايماراكيس أعرب عن رفضه إجراء انتخابات مبكرة قائلا \"إن تسيبراس انتخب في كانون الثاني (يناير) الماضي ولا "
         "بد من إمهاله للتأكد من أنه يضطلع بمسؤوليته على نحو صحيح\".", "كانون الثاني (يناير) الماضي", "election"),
        ("كشفت الهيئة العامة للغذاء والدواء عن رفضها الفسح لـ 1137 طناً من المواد الغذائية المستوردة عبر منافذ المملكة "
         "خلال شهر رمضان الماضي .", "شهر رمضان الماضي", "other"),
        ("وأوضح رئيس مجلس المفوضين لهيئة تنظيم الطيران المدني الأردني الكابتن كابريل سيفزتيان في بيان صحفي اليوم أن وزارة "
         "النقل الأردنية ممثلة بالهيئة جددت رفضها لإقامة مطار تمناع بموقعه الحالي كما حركت شكوى لأمور تتعلق بالسلامة "
         "الجوية .", "اليوم", "statement"),
        # ... nor the verb: Egypt's rejection of Qatar's mediation stays a saying (sample 106: accepted statement)
        ("قالت مصر اليوم السبت إنها ترفض تدخل قطر في شؤونها الداخلية وذلك ردا على تصريحات من وزير الخارجية القطري قال فيها "
         "إن بلاده مستعدة إذا طلب منها للتوسط لإنهاء الأزمة السياسية التي تشهدها مصر", "اليوم السبت", "statement"),
    ],
)  # fmt: skip
def test_a_rejection_of_a_plan_or_a_decision_is_no_condemnation(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # another state's envoy summoned is a diplomatic protest (samples 270, 188: typed other)
        ("استدعت وزارة خارجية مملكة البحرين مساء أمس القائم بأعمال السفارة الإيرانية لدى مملكة البحرين بالإنابة مرتضى "
         "صنوبري؛ وسلمته مذكرة احتجاج رسمية إثر التصريحات التي صدرت مؤخرًا عن علي خامنئي.", "أمس", "condemnation"),
        ("استدعت وزارة خارجية البحرين، البارحة، مرتضى صنوبري، القائم بأعمال السفارة الإيرانية لدى البحرين بالإنابة، "
         "وسلمته مذكرة احتجاج رسمية", "البارحة", "condemnation"),
        # ... or its ambassador (the corpus: condemnation already, by للتنديد; not a recall)
        ("وفي مطلع يوليو (تموز) استدعت أنقرة السفير الصيني للتنديد بالقيود التي تفرضها على حد قولها بكين على الأويغور",
         "مطلع يوليو (تموز)", "condemnation"),
        # (written for this guard: the corpus has no other envoy summoned by his title with the verb)
        ("استدعت وزارة الخارجية أمس السفير الصيني", "أمس", "condemnation"),
        # its own ambassador recalled for consultation downgrades relations (samples 25, 64: typed other)
        ("من جهة أخرى، استدعت البحرين أمس سفيرها في طهران للتشاور، وذلك بعد استمرار ما وصفته بالتدخلات الإيرانية "
         "المستمرة", "أمس", "sanctions"),
        ("واستدعت المنامة، في اليوم نفسه، سفيرها لدى طهران للتشاور.", "اليوم نفسه", "sanctions"),
        # the saying that tells of the recall stays the saying (samples 230, 176)
        ("قالت البحرين اليوم السبت إنها استدعت سفيرها لدى طهران للتشاور في أعقاب ما وصفتها بتصريحات عدائية متكررة",
         "اليوم السبت", "statement"),
        ("من جهة أخرى، أعلنت البحرين أمس، أنها قررت استدعاء سفيرها المعتمد في طهران للتشاور، احتجاجا على "
         "\"التصريحات العدائية\" لعدد من المسؤولين الإيرانيين", "أمس", "statement"),
        # a player called up is no envoy (the corpus's sentence, a day put beside the verb)
        ("واستدعى المدرب الاوروغوياني خورخي داسيلفا أمس حارس الفريق اللاولمبي وليد العنزي والمهاجم طارق العواد للمشاركة "
         "في تدريبات الفريق الاول", "أمس", "other"),
    ],
)  # fmt: skip
def test_an_envoy_summoned_is_a_protest_and_one_recalled_a_downgrading(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected
