"""A name that is also a common word (mostly a place's: حجة "a pretext", جنان "gardens", تاني "again") counts only
with evidence: a place noun before it, its country named, a place of its country beside it, its written form.

The sentences are from SaudiNewsNet (mid-2015 Saudi papers), each word's motivating sentence and its counter-examples.
"""

from __future__ import annotations

import pytest
from mention_readings import read_surface, readings

from analysis.extract.gazetteer import load_gazetteer
from analysis.extract.mentions import find_mentions


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


# --- an ambiguous name counts only with evidence --------------------------------------------------------------------


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
        # … and after the copula هي/وهي that follows the word for language (the ninety-first uniform sample;
        # SaudiNewsNet): the list of languages; a copula far from the nisba leaves it the state
        (
            "وبثت الترجمة بأربع لغات هي الإنجليزية, والأوردية, والملاوية, الفرنسية بمتابعة وحرص الرئيس العام",
            "france",
            False,
        ),
        ("وقد صدر الكتاب بعدة لغات هي: العربية والإنجليزية والفرنسية والإسبانية والروسية.", "russia", False),
        (
            "للترجمة الفورية لخمس لغات هي : الإنجليزية، الفرنسية، الإندونيسية، المالاوية، الأوردية، لخطب الحرمين",
            "indonesia",
            False,
        ),
        ("وبـ6 لغات وهي (العربية والإنجليزية والفرنسية والأردو والفارسية والأندونيسية)", "france", False),
        (
            "كما ستجري ترجمة المؤتمر إلى سبع لغات هي التركية، العربية، الإنجليزية، الإسبانية، الألمانية، الفرنسية والروسية.",
            "turkey",
            False,
        ),
        ("بلغة هي أقرب إلى مغازلة القيادة السورية، أن سورية لم تعلق عضويتها مطلقا", "syria", True),
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
        # داخله is داخل "inside" + ه "it" (داخل is far more common in SaudiNewsNet): no Dakhla without evidence
        ("وفتحوا نيرانهم بكثافة على الموجودين داخله، مما أوقع 22 قتيلا", "dakhla", False),
        ("وصل الوفد إلى مدينة الداخلة في الصحراء الغربية", "dakhla", True),
        # a capital's name SaudiNewsNet never writes after a place noun: اللوم "blame", ديلي "Daily"
        ("وألقى الدباشي باللوم على المجتمع الدولي لسكوته", "lome", False),
        ("يجب أن نكف عن لوم المناهج الدراسية وتأثير وسائل الإعلام", "lome", False),
        ("يجب أن نكف عن لوم المناهج الدراسية وتأثير وسائل الإعلام", "togo", False),
        ("وصل الوزير إلى مدينة لومي عاصمة توغو", "lome", True),
        ("وشرحت ديلي ميل أن الباحثين استخدموا", "dili", False),
        # حولي "around me" (the hundred-and-eightieth uniform sample, 2015-08-08-1164; 2015-07-21-480, 2015-08-10-1365)
        # and حولي for حوالي "about" (2015-07-22-1191) is no Hawalli; the governorate after محافظة stays (2015-08-11-290)
        ("يدخل مدير الورشة برقبته الممتدة فرحًا، يرمي لغما حولي، يستحيل الجو إلى كرات حمراء داكنة", "hawalli", False),
        ("لأجد الطالبات والمدرسات جميعًا كن قد بدأن يتجمعن حولي الواحدة تلو الأخرى", "hawalli", False),
        ("وشاهدت كمية من اللهب وتطاير أشلاء وشظايا من حولي، وبعد سقوطي تم فتح الباب", "hawalli", False),
        ("منذ توقيع الاتفاقية بلغن حولي 300 عاملة منزلية، نافياً في نفس الوقت الاشاعات", "hawalli", False),
        ("كالعقارات السكنية في محافظتي مبارك الكبير والعاصمة والعقارات الاستثمارية في محافظة حولي.", "hawalli", True),
        # الداخلة "entering, included" (the hundred-and-eightieth uniform sample, 2015-08-01-176; 2015-08-04-755) is no
        # Dakhla (Western Sahara): the name counts only with evidence; the corpus names no Dakhla
        ("المستوردة من الخارج والداخلة في عملية الإنتاج، ويقصد بالخارج المواد المستوردة من غير الدول العربية، أي أن "
         "السلع أو المواد الداخلة من داخل البلد", "dakhla", False),
        ("وبين قيمة المواد الخام أو نصف المصنعة المستوردة من الخارج والداخلة في عملية الإنتاج", "dakhla", False),
        ("فالمطلوب الآن هو وقف الاستثناءات فيما يتعلق بتملك الشواطئ وبخاصة الداخلة في النطاق العمراني", "dakhla", False),
        # بوشر the passive verb "was begun" (the two-hundred-and-thirtieth uniform sample, 2015-08-07-91; 2015-07-21-585,
        # 2015-07-24-758) is no Bawshar (Muscat, Oman); the wilayat with Muscat beside it stays (2015-08-06-2572)
        ("وبعد التأخير الذي لا بد منه (للأسف) بوشر عرض الفيلم وانطلقت مشاهده وموسيقاه.", "bawshar", False),
        ("* تصوير * بوشر قبل أيام تصوير فيلم فرنسي جديد عنوانه «بأي قدر", "bawshar", False),
        ("وتم تجهيز الفيلم للتصوير في الخامس عشر من شهر أبريل (نيسان) العام الماضي، وبوشر تصويره في الشهر اللاحق", "bawshar",
         False),
        ("والموقع الرئيس للهيئة في محافظة مسقط، وبالتحديد في منطقة الخــوير (33) بولاية بوشر، بجوار الكلية التقنية العليا",
         "bawshar", True),
        # قابس "a plug" (the two-hundred-and-forty-second uniform sample, 2015-07-27-280; 2015-07-24-648) is no Gabès;
        # the city with Tunisia named stays (2015-07-21-2367)
        ("في الوقت نفسه، بدأت تصل إلى السوق تكنولوجيا البطاريات الجديدة التي ساعدت على تحسين المدى في السيارة الكهربائية "
         "ذات الشحن عبر قابس كهربائي.", "gabes", False),
        ("كانت «فولت» أول سيارة كهربائية هجينا متاحة تجاريا وتشحن عبر قابس كهربائي.", "gabes", False),
        ("بالإضافة إلى توافر قابس 3.5 مم من أجل توصيل سماعات رأس ستريو.", "gabes", False),
        ("حينما استغنى عن سترته لصالح طفل كان يرتعش جسده من شدة البرد القارس في ملعب \"بوشمة\" في مدينة \"قابس\" "
         "التونسية، في موقف حظي باحترام جماهيري كبير.", "gabes", True),
    ],
)  # fmt: skip
def test_words_that_are_capitals_or_towns_only_in_gazetteers(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


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
    "text, entity_id, counted",
    [
        # a far-off town's GeoNames name that SaudiNewsNet writes only for other places (the hundred-and-ninety-eighth
        # round): ريدة is Raydah, a district of Amran in Yemen (2015-08-01-76), and Jabal Raydah in Asir
        # (2015-08-08-915), not Rhede (Germany) ...
        ("قال المكتب الإعلامي لمقاومة آزال إن كمينا نصب لدورية أخرى في مديرية ريدة، أسفر عن مقتل 4 وإصابة 2 من "
         "المسلحين الحوثيين، وتبنت مقاومة آزال قرابة 11 عملية في محافظة عمران", "rhede", False),
        ("أما الموز فهناك في الأعلى قليلاً حيث جبل ريدة والحصون القديمة", "rhede", False),
        # ... and البرز is Iran's Alborz province (2015-07-31-669, 2015-07-31-1245), not Alvand (Iran) nor Altai
        # (Mongolia), GeoNames' towns of that name
        ("أعلن المدير العام لشؤون إدارة الأزمة في محافظة البرز الواقعة شمال غرب طهران أبو القاسم باقري", "alvand",
         False),
        ("أعلن المدير العام لشؤون إدارة الأزمة في محافظة البرز الواقعة شمال غرب طهران أبو القاسم باقري", "altai",
         False),
        # Alvand by its own name stays
        ("وقع الزلزال قرب مدينة الوند الإيرانية", "alvand", True),
    ],
)  # fmt: skip
def test_a_far_off_towns_name_that_names_another_place_here_is_not_the_town(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


# --- المملكة "the kingdom": Saudi Arabia only with evidence ---------------------------------------------------------


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


# --- the written form decides: vowel marks, the article, madda, the pronoun's ه, foreign spellings ------------------


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


def test_vowel_marks_settle_an_ambiguous_name(gazetteer):
    # SaudiNewsNet: عُمان with its damma is Oman; bare عمان (Oman or Amman) needs evidence
    assert readings("عاد إلى موطنه عُمان في عام ١٩٧١م", gazetteer, "عمان") == [("oman", "alias")]
    assert readings("عاد إلى موطنه عمان في عام ١٩٧١م", gazetteer, "عمان") == []
    assert readings("وصل الوفد إلى عَمّان أمس", gazetteer, "عمان") == []  # Amman's shadda and fatha


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


@pytest.mark.parametrize(
    "text, counted",
    [
        # فأس "an axe", written with its hamza (SaudiNewsNet 2015-08-06-53, the hundred-and-sixth sample), not Fes
        ("أقدما على قتل برهاني هفتو قبرو - أثيوبي الجنسية - وذلك بضربه بفأس وخشبة في أنحاء متفرقة من جسمه", False),
        ("حفر قناة السويس التي بدأت بأول ضربة فأس رمزية في 25 أبريل (نيسان) 1859", False),  # 2015-08-06-421
        ("أن مسلحا دخل دار سينما فى تنيسي ببندقية وفأس صغير، بحسب متحدث باسم الشرطة.", False),  # 2015-08-06-1469
        ("بعد أن يقع فأس في رأس وتحدث وفاة، فالمفروض أن تتم معالجة الأوضاع", False),  # 2015-07-27-1270
        # Fes as the papers write it (2015-07-25-64, 2015-08-01-410)
        ("وقد مول الاتحاد من اجل المتوسط في مدينة فاس المغربية جامعة اوروبية متوسطية", True),
        ("ولما كنا نؤسس للجامعة الأورومتوسطية بفاس التي تجمع 43 دولة", True),
    ],
)  # fmt: skip
def test_an_axe_written_with_hamza_is_no_fes(gazetteer, text, counted):
    assert ("fes" in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


def test_the_governorate_written_with_madda_after_its_noun_is_the_governorate(gazetteer):
    # SaudiNewsNet 2015-08-04-549: the one مآرب of the corpus that is the place
    text = "التي يتواجد فيها الحوثيون في لحج وتعز ومحافظة مآرب."
    assert "marib_governorate" in {m.entity_id for m in find_mentions(text, gazetteer)}


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
        # دوحة "a great spreading tree, a grove" (SaudiNewsNet 2015-07-23-338, the ninety-sixth uniform sample;
        # 2015-08-04-848, the hundred-and-eightieth; 2015-08-07-1235), not Doha
        ("نحن نعيش في ظل دوحة الأمن والأمان وتلاحم ووحدة والتفاف الشعب حول قيادته الرشيدة", "doha", False),
        ('أما في خيمة دوحة العلم، فأقيم درس علمي بعنوان "وسائل الثبات على الطاعة" بعد رمضان، قدمته مريم الأسمري', "doha", False),
        ("وينظر محمد إقبال ـ ككل مطلع خبير ـ إلى الرأسمالية والشيوعية كفرعين من دوحة المادية وأسرتين للحضارة الغربية", "doha", False),
        # مدان "condemned, convicted" (the two-hundred-and-thirtieth uniform sample, 2015-07-31-2149, vocalised; 2015-07-31-1938,
        # 2015-08-07-833, 2015-08-08-895), not Medan (Indonesia)
        ("ونحن هنا لا نُبَرّر التحرش؛ فهو جريمة في كل الأحوال, ومُدَان بكل الاعتبارات", "medan", False),
        ("أطلق سراح أمريكي في فلوريدا، حمل لقب أصغر مدان بالقتل في الولايات المتحدة عندما كان عمره 12", "medan", False),
        ("وعبر الأخصائي النفسي بالإدارة العامة لسجن الدمام سعيد العبكري أن كل عمل إرهابي مدان، ونعلم أن المملكة", "medan",
         False),
        ("فحادث الإرهاب الذي طال مسجد طوارئ عسير ظهر يوم الخميس الماضي عمل جبان ومدان، كانت خسته", "medan", False),
        # حديدة "a piece of iron" (SaudiNewsNet 2015-08-10-804, the two-hundred-and-fourteenth round; 2015-07-31-1810;
        # 2015-08-09-336), not Hodeidah (the two-hundred-and-thirty-first round's class)
        ("(من قتل نفسه بحديدة فحديدته في يده يتوجأ بها في بطنه في نار جهنم خالدا مخلدا فيها أبدا", "al_hudaydah", False),
        ("ونظرت اليها وفيها حديدة يظهر رأسها وبعد ذلك خرجت من الرجل حديدة كطول السبابة", "al_hudaydah", False),
        ("ولم نطلق جهدا مضادا ولم نرفع قبضة حديدة على كل أدوات الإرهاب وجذوره ومسوقيه", "al_hudaydah", False),
        # كولن, the given name Colin (SaudiNewsNet 2015-08-03-1028, the two-hundred-and-sixteenth round; 2015-08-10-386;
        # 2015-07-23-266), not Cologne under GeoNames' name (the two-hundred-and-thirty-second round's leftover class)
        ("نفاد عالم الشعور، أم أننا أسرى سلطة الكلمات. بحسب كولن ولسن فإن العمل الروائي يقدم شيئا", "koln", False),
        ("1989 - تعيين الجنرال كولن باول رئيس مجلس الامن القومي في الولايات المتحدة", "koln", False),
        ("ونفى المشجعون الأربعة تهمة السلوك العنصري. وقال كولن مورجان مسؤول الشرطة في بيان", "koln", False),
        # منامه "his sleep, his dream" and منامة "sleeping clothes" (SaudiNewsNet 2015-07-31-542, 2015-08-04-14,
        # 2015-08-10-43), not Manama under GeoNames' name
        ("متنع عليها، فقالت: إن لم تفعل لأشهرنك، فخرج وتركها، فرأى في منامه يوسف عليه السلام.", "manama", False),
        ("فلم يشأ أن يُوقظ الرجل من منامه بل مكث بعربته لحراسة الرجل وزوجته", "manama", False),
        ("وعادة ما تأتي مع البطانيات والوسائد، وأحيانا حتى منامة. بعض الطائرات، مثل هذا الهواء", "manama", False),
        # the places under their names with the article (SaudiNewsNet 2015-07-21-381, 2015-07-21-1085,
        # 2015-08-08-74, 2015-08-01-410, 2015-07-21-57, 2015-07-22-814)
        # (the twenty-first round made الزرقاء ambiguous: the city is now counted after a place noun,
        # SaudiNewsNet 2015-08-07-906, rather than in a bare list after في, 2015-07-21-381)
        ("وكرمت بلدية الزرقاء الوفد بإطلاق أسماء اربعة من أسمائهم على شوارع المدينة.", "zarqa", True),
        ("انتقل إلى رحمة الله تعالى إبراهيم محمد النبهاني، من رجالات التعليم في محافظة الطائف.", "taiif", True),
        ("ولا تزال مدينة الحديدة تشهد أزمة خانقة في مياه الشرب بسبب توقف ضخ المياه", "al_hudaydah", True),
        ("أدى شجار على بيتزا إلى جريمة قتل في مدينة كولونيا الألمانية، حيث بدأت أمس الثلاثاء محاكمة المتهم", "koln", True),
        ("وفي موقف لافت، دعا إمام جمعة النجف والقيادي في المجلس الأعلى الإسلامي صدر الدين القبنجي إلى عدم المشاركة.", "najaf", True),
        ("كان ذلك بمناسبة الجولة الملكية المشهودة التي دامت أسبوعين قادته من العرائش إلى أجدير بإقليم الحسيمة.", "larache", True),
        # Doha as ل + الدوحة, written للدوحة (SaudiNewsNet 2015-08-04-114, 2015-08-09-38, 2015-08-03-156): kept
        ("وصرح مسؤول في الخارجية الأميركية بأن زيارة كيري للدوحة هي «فرصة فعلية كي يعمق وزير الخارجية النقاش", "doha", True),
        ("ولكنه لم يسمح له بالسفر للدوحة وإجراء الفحوصات الطبية هناك، وهو ما استفز فان جال", "doha", True),
        ("سيلتقي خلال زيارته للدوحة نظيريه الأميركي جون كيري والسعودي عادل الجبير", "doha", True),
        # Manama under its name with the article (SaudiNewsNet), kept
        ("دورية للشرطة في قرية العكر الغربي قرب العاصمة المنامة من دون تسجيل إصابات.", "manama", True),
    ],
)  # fmt: skip
def test_a_places_name_without_its_article_that_is_a_word_is_not_the_place(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text",
    [
        # the two-hundred-and-fiftieth uniform sample (SaudiNewsNet 2015-08-02-254; 2015-08-03-137 the same sentence)
        ("وتسبب المرض بكتريا (ليجيونيلا) التي توجد في بعض شبكات الصرف الصحي والحمامات العامة وحمامات البخار "
         "وصهاريج المياه الساخنة"),
        # 2015-08-04-1177 (a Makkah hospital's bathrooms), 2015-08-06-2793 (a Japanese toilet contest)
        "وكلتا الفئتين مهيأتان للعدوى عند التعرض لأي مكروبات تجد بيئتها الحاضنة ماثلة في تلك الحمامات القذرة.",
        ("علمت أن الحكومة اليابانية تعتزم إطلاق مسابقة وطنية هي الأولى من نوعها لتصميم (المراحيض) -أي الحمامات- "
         "التقليدية والابتكارية."),
        # 2015-07-21-304: a Marrakech hotel, a Maghreb article, and still its bathrooms
        "المزيج الثقافي بين الغرب والشرق. سخاء المساحات ينعكس أيضا على الحمامات، التي لو أعطيت لمهندس إنجليزي لحولها",
    ],
)  # fmt: skip
def test_the_baths_are_no_place(gazetteer, text):
    """الحمامات "the baths, the bathrooms", GeoNames' one Arabic name of Hammamet (Tunisia): all 18 of SaudiNewsNet's,
    none the town; the name is dropped (``place_exceptions.yaml``), so no place is read on the word."""
    start = text.index("الحمامات")
    assert not [m for m in find_mentions(text, gazetteer) if m.start <= start < m.end]


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


@pytest.mark.parametrize(
    "text, counted",
    [
        # شروره written with ه is "its evils" unless the place is said: 7 of the 10 bare شروره SaudiNewsNet read as
        # Sharurah before the hundred-and-thirty-fifth round (its uniform sample: 2015-07-21-722)
        ("مؤشر يضع هذا الشخص كمسجل خطر. وبالتالي يمكن ملاحظته والوقاية منه ومن شروره.", False),  # 2015-07-21-722
        ("لدحر الإرهاب واجتثاث جذوره والتخلص من شروره.", False),  # 2015-08-08-377
        ("وتدفع شباب الإسلام بعد التغرير بهم إلى التهلكة، وقتل أنفسهم والآخرين، توزع شروره ذات اليمين وذات اليسار",
         False),  # 2015-08-08-400
        # against: the town so written, with its evidence: صحراء before it, another place joined by a slash
        # (2015-07-22-913, 2015-07-26-421)
        ("أن التنظيم الإرهابي عَمَد خلال المخطط الإرهابي الرابع, لإنشاء معسكر في صحراء شروره, ليكون مقرًا لعملياته",
         True),
        ("- الطريق الرديف لطريق أبها/ خميس مشيط.\n- ازدواج طريق نجران/ شروره.\n- استكمال طريق الملك عبدالله بنجران.",
         True),
    ],
)  # fmt: skip
def test_sharurah_written_with_the_pronoun_needs_the_place_said(gazetteer, text, counted):
    assert ("sharurah" in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


def test_basra_written_with_ta_marbuta_alone_is_still_basra(gazetteer):
    # the bare spelling with ة is kept: only the written ه (the pronoun) is another word
    text = "وكانت البصرة حينذاك مركزا رئيسيا لتجارة اللؤلؤ حتى إن اللؤلؤ في الهند كان ينسب إليها فيقال «موتي بصرة»"
    surfaces = [m.surface for m in find_mentions(text, gazetteer) if m.entity_id == "basrah"]
    assert "بصرة" in surfaces


@pytest.mark.parametrize(
    "text, counted",
    [
        # Taif written with ي for ئ, as SaudiNewsNet also writes it (11 times in 6 articles, every one the city)
        ("تم تشكيل فريق عمل من الجهات الأمنية بمتابعة مدير شرطة محافظة الطايف العميد عبدالرحمن الثمالي", True),
        ("يظهر فيه شابان يقومان بتصرفات غير لائقة تجاه فتاة بأحد المواقع بمحافظة الطايف.", True),
        ('"جينا من الطايف.. والطايف سما" هذه عاشت مروجةً لمحافظة الطائف منّذ سنوات', True),
        # against: طايفه "a sect" in Lebanese speech (2015-08-09-185), القطايف the sweet (2015-07-21-432)
        ("و«في عنا 18 طايفه والديون عنا طايفه» و«بلدنا مش طبيعي ونحنا مش طبيعيين»", False),
        ("وتعتبر الحلويات بالقشطة، مثل ورد الشام والقطايف صغيرة الحجم كما الكنافة والمفروكة", False),
    ],
)  # fmt: skip
def test_taif_written_with_ya_for_hamza_is_taif(gazetteer, text, counted):
    surfaces = {m.surface for m in find_mentions(text, gazetteer) if m.entity_id == "taiif"}
    assert ("الطايف" in surfaces) is counted


# --- a proclitic and a name, or one word ----------------------------------------------------------------------------


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


@pytest.mark.parametrize(
    "text, entity_id",
    [
        # the hundred-and-forty-fourth sample (2015-07-21-579): باندورا is Pandora, not ب + Andorra
        ("3. تطبيق «فيسبوك» Facebook\n4. تطبيق «باندورا راديو» Pandora Radio\n5. تطبيق «إنستغرام»", "andorra"),
        ("وسوني سوف يختارون بدائل مثل سبوتيفاي وباندورا، بسبب سهولة التشغيل", "andorra"),  # 2015-07-21-313
        ("فتح هذا الموضوع كفتح صندوق باندورا الذي تنطلق منه كل الشرور", "andorra"),  # 2015-08-07-1386
        # لساناً "a tongue", not ل + SANA (2015-07-24-1752, 2015-08-10-458; the hundred-and-forty-second sample's,
        # fully vowelled, 2015-07-25-1256)
        ("وحسن عبادتك، وأسألك قلباً سليماً، ولساناً صادقاً، وأسألك من خير ما تعلم", "sana"),
        ("ومن أبلغ بيننا اليوم لساناً من (أبو بندر) الشاعر الفحل", "sana"),
        ("وَأَسْأَلُكَ قَلْبَاً سَلِيمَاً، وَلِسَانَاً صَادِقَاً، وَأَسْأَلُكَ مِنْ خَيْرِ مَا تَعْلَمُ", "sana"),
        # the hundred-and-eighty-fifth sample (2015-08-06-1080): فليبي is Felipe, not ف + ليبي (Libya's nisba)
        ("إذ شهدنا تحسناً ملحوظاً في مستوى إيمنيكي ونجح البرازيلي باستوس فليبي في التأقلم مع الفريق", "libya"),
        ("ويعتبر المستشار الجديد، خوان فليبي هيريرا من أشهر الشعراء الأميركيين من أصل لاتيني", "libya"),  # 2015-07-21-167
        ("يتعين على أتلتيكو مدريد، كما يرى البعض، استعادة المدافع البرازيلي فليبي لويز الذي يلعب", "libya"),  # 2015-07-22-288
        # فروسية "chivalry, horsemanship", not ف + روسية (Russia's nisba) (2015-07-31-829, 2015-08-06-605)
        ("ولما أحس الشقيق بحاجتهم لدعمه كانت مبادرة سلمان. إنها فروسية الملك سلمان وشهامته، وخصال القائد", "russia"),
        ("لتقديم عمل مميز بما يتضمنه من أحداث تاريخية ومواجهات فروسية وحركة القوافل وعروضها", "russia"),
        # the hundred-and-eighty-eighth round's class: Prussia, بروسيا, after a prince's or a crown's title is
        # no ب + Russia (the Suez Canal's opening in 1869: 2015-08-06-2240, 2015-08-07-121, 2015-08-07-135)
        ("كان من ضيوف حفل افتتاح القناة كل من إمبراطور النمسا فرانسوا جوزيف وأمير بروسيا والأمير هنري ولي عهد هولندا", "russia"),
        ("كما حضر إمبراطور النمسا فرنسوا جوزيف ومن ورائه أمير بروسيا ثم أمير وأميرة هولندا ثم أمير هانوفر", "russia"),
        ("زوجة الإمبراطور نابليون الثالث حاكم فرنسا، وإمبراطور النمسا، وولي عهد بروسيا وولي عهد هولندا، وعشرات من الزعماء", "russia"),
        # the two-hundred-and-fourteenth round's class: the given names Carmen and Klaus are no ك + أرمن (Armenia's
        # plural nisba) or ك + لاوس (Laos) (2015-07-21-268, 2015-08-06-419, 2015-07-21-1798, 2015-08-06-430, 2015-08-02-168)
        ("على سبيل المثال، نشر الاقتصادي كينيث روغوف برفقة الاقتصادية كارمن راينهارت ورقة بحثية", "armenia"),
        ("أما المطربة الشابة كارمن سليمان فقد شاركت الفنان محمود العسيلي", "armenia"),
        ("أخرج الفيلم بيت دكتور ورونالدو ديل كارمن وشارك في بطولته بالأداء الصوتي آيمي بولر", "armenia"),
        ("كان وزير مالية الدنمارك كلاوس هيورت فريدريكسن قد قال في وقت سابق", "laos"),
        ("والرئيس التنفيذي للحزب كلاوس شولر، حيث تشاور الثلاثة حول الشخصية", "laos"),
        # the two-hundred-and-thirty-fifth round's class: a word with the tanwin of the accusative is no preposition
        # and a name (a preposition governs the genitive): كفيفاً "a blind man", not ك + FIFA (2015-08-10-1700)
        ("وتستمر أسبوع بمشاركة 15 كفيفاً ، والدورة الثانية في مجال الحاسب الآلي مقدمة للصغار", "fifa"),
        ("في الإلقاء بمشاركة 16 كفيفاً  وكفيفة ويستمر أسبوعاً كاملا", "fifa"),
        # the two-hundred-and-fortieth round's class: لبنها "her milk" (لبن + ها), not ل + بنها (Banha): a mother's
        # (2015-08-03-1204), a camel's in a line of verse (2015-08-06-1779, the two-hundred-and-thirty-eighth round's
        # row), she-camels' milk as a cure (2015-07-31-1872)
        ("وعدم وفاء لأم حملته وغذته من دمائها ومن لبنها ورعته وتحملت معاناة تربيته", "banha"),
        ("والخلف روّح ذي رزايم حواره  من خاريعٍ نبت النفل زايفٍ فيه  يحلب لبنها في السطول وغضاره", "banha"),
        ("يريد المرور على أحد باعة ألبان النياق لأنه سمع أن لبنها دواء لداء السكري", "banha"),
    ],
)  # fmt: skip
def test_a_word_that_starts_with_a_proclitic_is_no_name(gazetteer, text, entity_id):
    assert entity_id not in {m.entity_id for m in find_mentions(text, gazetteer)}


@pytest.mark.parametrize(
    "text, entity_id",
    [
        # the state and the agency as the corpus writes them (2015-07-26-1438, 2015-07-24-1446)
        ("المجموعة الثانية: البرتغال، سويسرا، المجر، جزر فارو، لاتفيا وأندورا.", "andorra"),
        ("وذكرت وكالة الانباء الرسمية (سانا) ان دي ميستورا قدم عرضاً", "sana"),
        # Libya's nisba alone and Russia after ف "so" (2015-07-21-207, 2015-07-21-2015)
        ("ويتابع عبد المجيد قائلا: «أنا كمواطن ليبي أقول لك إنه على الجميع أن يفهم", "libya"),
        ("بشكل مباشر وغير مباشر ، لذلك فروسيا طرف مؤثر في الصراعات الاقليمية القائمة", "russia"),
        # بروسيا "in Russia" and the tsar of Russia stay (2015-08-06-2007, 2015-07-21-293)
        ("ضمن المنافسات التمهيدية لمنطقة آسيا لمنافسات كأس العالم بروسيا 2018، وكلف محمد السويل بتقييم حكام", "russia"),
        ("أقام في الفندق ونستون تشرشل وأغا خان وقيصر روسيا نيكولاس الثاني، بالإضافة إلى الملك فاروق", "russia"),
        # Laos and the Armenians as the corpus writes them stay (2015-08-06-393, 2015-07-21-453)
        ("تضم 10 دول هي: ماليزيا وتايلاند وسنغافورة وفيتنام وإندونيسيا والفلبين ولاوس وكمبوديا وبورما", "laos"),
        ("كانت تحمل إرساليات من اللؤلؤ لحساب تجار أرمن. وكانت البصرة حينذاك مركزا رئيسيا", "armenia"),
        # a name after a preposition in the genitive, its vowel written, stays: a diptote's fatha, a kasra
        # (2015-07-23-363, 2015-07-31-1343, two poems)
        ("ليعودَ إلى الشعوبِ الوئامُ وبلبنانَ قد حقنت دماءً وكويت تروي عُلاكَ وشامُ", "lebanon"),
        ("وذراعُ أبها للقطيفِ وسادةٌ   وعلى القصيم من الهَـدَى", "al_qatif"),
        # Banha as the corpus writes it, after a place noun, a court's name, في and و (2015-07-21-1815,
        # 2015-07-23-735, 2015-07-21-277)
        ("وقالت أسرة قنديل إنه سيدفن اليوم في مقابر العائلة بمدينة بنها شمالي القاهرة", "banha"),
        ("وكانت محكمة جنايات بنها قد قضت في يوليو من العام الماضي بحبس المذكور", "banha"),
        ("مثل تفجير أبراج الضغط العالي ومحولات الكهرباء في أسوان وبنها والفيوم وبني سويف", "banha"),
    ],
)  # fmt: skip
def test_andorra_and_sana_written_alone_stay(gazetteer, text, entity_id):
    assert entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}


@pytest.mark.parametrize(
    "text, entity_id",
    [
        # the two-hundred-and-twenty-sixth round's row (2015-08-02-639): the UAE's attorney general Salem Kubaish named
        # after his given name, then alone after a verb of speech: neither is ك + بيش (Baish, the Jazan governorate)
        ("وقال النائـب العام لدولة الإمارات سالم كبيش وفق ما بثته وكالة الأنباء الإماراتية. وأوضح كبيش أن المتهمين"
         " تواصلوا مع منظمات وجماعات إرهابية خارجية", "baish"),
        # the two-hundred-and-fourteenth round's row (2015-08-03-822), after two given names, a tatweel in them
        ("وقال النائب العام سـالم سعيد كبيش: إن المتهمين أعدوا الأسلحة النارية والذخائر. وأضاف كبيش: أسفرت التحقيقات",
         "baish"),
        # Al-Khaleej's player in a squad list, و on his given name (2015-08-09-994)
        ("وحسين العبيدي ( نادي النور ) وجواد السالم وسعيد كبيش ( نادي الخليج ) ومحمد آل حبيب", "baish"),
        # Real Madrid's goalkeeper after a foreign given name, then alone (2015-07-31-440): no ك + آسيا
        ("أبعدها الحارس الجديد فرانشيسكو كاسيا ببراعة إلى ركنية. واحتكم الفريقان لركلات الترجيح، فنجح كاسيا في التسجيل",
         "asia"),
    ],
)  # fmt: skip
def test_a_word_read_as_ka_and_a_place_after_a_given_name_is_the_mans_family_name(gazetteer, text, entity_id):
    assert entity_id not in {m.entity_id for m in find_mentions(text, gazetteer)}


@pytest.mark.parametrize(
    "text, entity_id",
    [
        # the governorate itself, in the text that names the man (2015-08-03-636 and 2015-08-06-1786)
        ("وصرح النائب العام للدولة سالم كبيش بأنه تمت إحالة المتهمين. وتقدم الجموع رؤساء الدوائر الحكومية في محافظة"
         " بيش", "baish"),
        # ب and ل after a given name: a hospital's place and a visit's (2015-07-21-1048, 2015-07-31-1672)
        ("نقل على إثرها إلى مستشفى الملك فهد بتبوك واتخذت الإجراءات الرسمية اللازمة", "tabuk"),
        ("في ختام زيارة صاحب السمو الملكي الأمير محمد بن سلمان للقاهرة، وجاء في البيان", "cairo"),
    ],
)  # fmt: skip
def test_a_place_after_a_given_name_with_ba_or_la_stays(gazetteer, text, entity_id):
    assert entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}


def test_a_state_in_a_list_after_wa_is_the_state(gazetteer):
    # والنيجر is as common in SaudiNewsNet as النيجر (lists of states): و + Niger, not another word
    text = "وتوزيع مساعدات كما تم مع دول: الصومال، والنيجر، ومالي، وسيراليون"
    assert "niger" in {m.entity_id for m in find_mentions(text, gazetteer)}


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
        # ب + عقوبة "with a punishment" followed by its kind or its measure, not Baqubah (the hundred-and-twenty-third
        # round; 2015-08-02-822, 2015-08-01-95, 2015-07-24-2029, 2015-07-22-1105)
        ("فيما طالب المدعي العام بإنزال أشد العقوبة على المتورطين وإثبات ما نسب إليهم شرعا والحكم عليهم بعقوبة تعزيرية رادعة",
         False),
        ("وهداف الفريق ناصر الشمراني، للإيقاف بعقوبة انضباطية بعد نهائي كأس الملك", False),
        ("وكان المشروع المعروض يقضي بعقوبة المتحرش جنسيّاً بالسجن عاماً وبغرامة تصل إلى 100 ألف ريال", False),
        ("وتعاقب المادة 222 من القانون الجنائي المغربي على \"الإفطار العلني\" في شهر رمضان بعقوبة قد تصل إلى السجن ستة أشهر",
         False),
        # Baqubah of Iraq (2015-07-26-823, 2015-07-21-2247)
        ("أعلنت السلطات الأمنية العراقية أمس السبت مقتل 13 من عناصر تنظيم «داعش» و13 عراقيا في حوادث متفرقة في بعقوبة مركز "
         "محافظة ديالى/ 57 كم شمال شرقي بغداد", True),
        ("مقتل قاض داعشي وفي بعقوبة، أفاد مصدر أمني عراقي امس الاثنين بمقتل 19 مسلحا من تنظيم داعش", True),
    ],
)  # fmt: skip
def test_a_punishment_is_no_baqubah(gazetteer, text, counted):
    assert ("baqubah" in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, counted",
    [
        # حمص "chickpeas" and the imperative "toast" in recipes, and the proverb بلا حمص "without chickpeas", not Homs
        # (the hundred-and-twenty-sixth round; 2015-07-21-434 twice, 2015-07-21-430 twice, 2015-07-23-910, 2015-07-23-213)
        ("بهار الفلفل الأسود المطحون.\n* طريقة التحضير:\nحمص التوست ثم أضف إليه ملعقة من زيت الزيتون قبل أن يبرد", False),
        ("- افرد النخالة على قطعة معدنية وحمص في الفرن لمدة 8 دقائق - تأكد من أن النخالة محمصة من جميع الجوانب.",
         False),
        ("* وصفة غزاوية\n\nفوقاعية - حمص باللحم (امبينات) (6 أشخاص)", False),
        ("- 1.5 ملعقة صغيرة من الملح.\n\n - علبة حمص حب.", False),
        ("قد يجد المواطن البسيط أنه كما يقول المثل الشامي \"خرج من المولد بلا حمص\". يقول أحد الإيرانيين", False),
        ("وحتى لا تخرج إدارة الاتفاق من مولد تسجيله \"دون حمص\"، خصوصا وهو في أعتاب الأشهر الستة الأخيرة", False),
        # Homs of Syria (2015-07-21-1153, 2015-07-21-2903, 2015-08-09-158)
        ("إلى ريف محافظة الرقة يقول: ” إنني نازح من حمص منذ سنتين وقالوا في المساجد", True),
        ("ووزير الداخلية محمد الشعار، ومحافظ حمص عبدالعال غسان، ولكن لم نقف على أيّ دليلٍ", True),
        ("ويقول محمد، الطبيب الشاب من حمص «نمشي سويا لنحمي بعضنا. السفر مخيف خاصة للنساء", True),
    ],
)  # fmt: skip
def test_chickpeas_and_toast_are_no_homs(gazetteer, text, counted):
    assert ("homs" in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, counted",
    [
        # درعا "a shield" without its tanween: a ceremony's plaque and a metaphor's shield, not Daraa (the
        # hundred-and-fiftieth round; 2015-07-21-2429, 2015-07-22-935, 2015-08-09-897, 2015-08-06-415, 2015-07-21-2413,
        # 2015-08-09-784, 2015-07-26-1236)
        ("ثم بجهود رجال الأمن المخلصين الذين وضعوا دماءهم وأرواحهم سدا ودرعا منيعا لخدمة وحماية تراب هذا الوطن", False),
        ("كما سلم رئيس البلدية درعا تذكاريا لسمو الأمير أعقب ذلك", False),
        ("وان يكتبها الله في ميزان حسناته وقدم درعا لفضيلته بهذه المناسبة.", False),
        ("كان قدر مدن قناة السويس المصرية الثلاث أن تكون درعا حاميا للبلاد ضد أي عدوان خارجي", False),
        ("وأكد الجميع بلسان واحد أنهم يشكلون درعا لحماية أمن الوطن", False),
        ("وهو يرتدي قناعا واقيا من الغاز وخوذة ودرعا واقيا من الرصاص وأطلق الرصاص", False),
        ("قدم رئيس نادي الترجي احسان الجشي درعا تذكارية للجوكم، شاكرا إياه", False),
        # Daraa of Syria (2015-07-26-157, 2015-08-01-1020, 2015-07-22-925)
        ("أما بلدتا خراب الشحم وغرز القريبتان من درعا، فاستهدفهما الطيران المروحي", True),
        ("ومن أهم عمليات المعارضة في الجنوب خاصة أن درعا المدينة تضم كافة المؤسسات", True),
        ("ومخازن أسلحة في حلب ودمشق ودرعا وحمص، ولم يستطع أن يستعيد أيا منها", True),
    ],
)  # fmt: skip
def test_a_shield_is_no_daraa(gazetteer, text, counted):
    assert ("daraa" in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, counted",
    [
        # صيدا "a prey" without its tanween, before its adjective, not Sidon (the two-hundred-and-forty-third round;
        # 2015-07-22-215, 2015-07-23-917, 2015-07-26-956, 2015-08-08-949)
        ("أو ممن لم تتح لهم الفرصة للأسفار والاحتكاك بمختلف الثقافات، وقعوا صيدا سهلا من خلال وسائل التواصل", False),
        ("السلوكية، والمجتمعية المشتركة بين هذه الحالات وبين من وقعوا صيدا سائغا لجماعات الإرهاب المضللة.", False),
        ("لم تكن لتحلم من أجل تحقيق أهدافها أن نكون صيدا سهلا لهذه الدرجة", False),
        ("بالتأكيد إن لاعبا بحجم الشاطر حسن لن يكون صيدا سهلا لمن يبحث عن التعاقد معه", False),
        ("إذا وجدوا روح الانتقام متوافرة لديهم، ليكون المراهق صيدا سهلا لهم بتغيير فكره", False),
        # Sidon of Lebanon (2015-07-21-237, 2015-07-22-36, 2015-08-04-129)
        ("أوقفوا إثر أحداث بلدة عبرا في مدينة صيدا، جنوب لبنان في صيف عام 2013.", True),
        ("200 في مكب صيدا (جنوب لبنان) 200 في مكب النبطية (الجنوب)", True),
        ("في مختلف المناطق اللبنانية فقصدوا جبيل وصيدا وصور وطرابلس", True),
    ],
)  # fmt: skip
def test_a_prey_is_no_sidon(gazetteer, text, counted):
    assert ("sidon" in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, counted",
    [
        # سرت the verb "(news) spread, (I) walked", not Sirte (the hundred-and-fifty-third round; 2015-07-31-816,
        # 2015-08-07-121, 2015-08-01-412, 2015-07-22-217, 2015-07-31-1810)
        ("ماذا لو كان يوسف الثنيان لاعباً أجنبياً وسرت أنباء تفيد أن فريقا سعوديا سيتعاقد معه", False),
        ("وكتب فرومنتان يقول: «سرت أنباء مشئومة تقول إن المركب", False),
        ("في مصر بقيادة محمد نجيب وعبد الناصر ومنهما سرت عدوى الانقلابات العسكرية", False),
        ("سألتها عن قاعة الندوة فأشارت إلى المكان فسرت قدما إلى أن وصلت لمكان ندوتي.", False),
        ("مسلما او كافرا حيث فسرت رؤيا النبي يوسف عليه السلام", False),
        # Sirte (2015-07-21-462, 2015-08-03-379, 2015-07-21-233)
        ("في صحراء النوفلية المجاورة، التي تقع شرق سرت بنحو 130 كيلومترا.", True),
        ("سيطر المتشددون الموالون لداعش على مدينة سرت بوسط البلاد إلى الغرب من", True),
        ("التي أعلنت الانضمام والمبايعة من درنة وسرت في ليبيا إلى سيناء", True),
    ],
)  # fmt: skip
def test_news_spreading_is_no_sirte(gazetteer, text, counted):
    assert ("sirte" in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # مجرى "a channel, a course" written مجري, and the Al-Baha honey of that name, not Hungary's nisba (the
        # hundred-and-sixty-fifth round; 2015-08-07-137, 2015-08-10-1527, 2015-08-06-219, 2015-08-06-3098,
        # 2015-08-04-633)
        ("إن «البعض يعتقد أن مشروع قناة السويس الجديدة هو عبارة عن مجري مائي، ولكن لا يعلم كثيرون", "hungary", False),
        ("عبرت المجري الملاحي لقناة السويس اليوم 45 سفينة مختلفة الجنسيات من الاتجاهين", "hungary", False),
        ("للافتتاح الثاني لمجري قناة السويس الجديدة الموازية، ذلك المسار الذي يصل طوله", "hungary", False),
        ("ويظهر فيها ولدان يحاولان الإمساك ببطة في مجري شلال في مقاطعة نونغ خاي في تايلاند.", "hungary", False),
        ("مثل: عسل السدر، وعسل السمرة، وعسل الطلح، وعسل الضهيان، وعسل المجري، والعسل الربيعي", "hungary", False),
        # Jazan's mountains of Sala, not Salé (2015-08-06-2661, 2015-07-31-1118)
        ("شملت وادي الموهد والعين الحارة وجبال الحشر وجبل طلان وجبال سلا والعبادل ووادي دفا", "sale", False),
        ("ومن أشهرها جبال فيفا، وجبال الحشر، وجبال الريث، وجبال بني مالك، وجبال العبادل، وجبال سلا، وجبال قيس", "sale",
         False),
        # Hungary's nisba (2015-08-02-176, 2015-07-22-41, 2015-08-01-142, 2015-07-24-297)
        ("وبدأت حكومة رئيس الوزراء المجري فيكتور أوروبان أيضا بناء سياج بطول 175 كيلومترا", "hungary", True),
        ("عقب تقديمه لاستقالته من نادي جيرموت المجري بعد انضمامه للجهاز المساعد", "hungary", True),
        ("ولاعب الوسط جيمس ميلنر (انتقال حر من مانشستر سيتي) والحارس المجري ادم بوغدان", "hungary", True),
        ("بالتباحث مع الجانب الفنلندي والجانب المجري في شأن مشروعي اتفاقيتين", "hungary", True),
    ],
)  # fmt: skip
def test_a_channel_and_jazans_mountains_are_no_hungary_or_sale(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # ديربي "a derby", a match between rivals, not Derby (the hundred-and-fifty-fourth uniform sample,
        # 2015-08-07-1380; 2015-08-04-759, 2015-08-11-1329)
        ("على ان العقيل كما الآخرين، والرئيس مشغول مع ديربي لندن والبحث عن لائحة", "derby", False),
        ("وتوقع البكر حضور السعوديات لديربي السوبر بنسبة غير محددة، فإنجلترا هي مهد كرة القدم", "derby", False),
        ("أكثر ما سيميز ديربي لندن عما سبقه من مباريات للهلال والنصر هو سحر الدقيقة 119", "derby", False),
        # the London the derby is named after stays (2015-08-11-1329)
        ("أكثر ما سيميز ديربي لندن عما سبقه من مباريات للهلال والنصر هو سحر الدقيقة 119", "london", True),
    ],
)  # fmt: skip
def test_a_derby_is_no_derby(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, counted",
    [
        # قاهرة without its article, the adjective "compelling, overwhelming" and "conqueror of", not Cairo (the
        # hundred-and-thirtieth round; 2015-08-02-1227, 2015-07-24-881, 2015-08-06-2844, 2015-07-21-331, 2015-08-10-1234)
        ("وقد فاقم معاناته مرض والدته وشقيقه، ويعيش تحت ظروف مادية قاهرة، ويناشد مساعدته في زراعة كلية.", False),
        ("وربما حدث أن بعضهم أكل لحما بشريا خشية الموت جوعا، وهذا يحدث في ظروف قاهرة تباح فيها المحرمات", False),
        ("أن اكتشف حضور بنية حضارية وإيديولوجية وثقافية واجتماعية وثقافية قاهرة، وهي بنية مجتمع مخصوص", False),
        ("تاريخ سيارات الرينج روفر هو تاريخ مثير لكل من يعتبرها آلة الأحلام، قاهرة الكثبان الرملية، نادرا ما تتسبب", False),
        ("وبعد كل هذا الوفاء لهذا الفن خاضت «قاهرة الإعاقة» مرحلة الدخول والمنافسة للساحة الفنية", False),
        # Cairo (2015-07-23-508, 2015-07-21-2558 misspelt)
        ("بما تميّزت به من جمال ورونق، حيث تسنّمت قاهرة المعز ذرى سنام تلك المدن، لاسيما على عهد الخديوي إسماعيل", True),
        ("لافتا إلى أنه سيشهد مشاركة أكبر مما جرى خلال اجتماع لقاهرة 25 ــ 28 مايو الماضي.", True),
    ],
)  # fmt: skip
def test_compelling_circumstances_are_no_cairo(gazetteer, text, counted):
    assert ("cairo" in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


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


# --- a name read as a verb ------------------------------------------------------------------------------------------


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


# --- a word and the place it shares a name with, one by one ---------------------------------------------------------


def test_the_cruciate_ligament_is_not_rabat(gazetteer):
    text = "يتصدر قائد ونجم الهلال ياسر القحطاني قائمة الغائبين بداعي الإصابة بالرباط الصليبي"
    assert "rabat" not in {m.entity_id for m in find_mentions(text, gazetteer)}
    assert readings("وصل وزير الخارجية إلى الرباط أمس", gazetteer, "الرباط") == [("rabat", "place")]


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
    "text, counted",
    [
        # يمني before a reflexive object is the verb يُمنّي "he promises himself, he hopes", no Yemeni (the
        # two-hundred-and-seventh round, 2015-07-21-185; SaudiNewsNet's 7 such rows, all the verb)
        ("وقالت إن ريجيكامف لم يجد فريقًا يشرف على تدريبه بعد أن كان يمني نفسه بالعودة لتدريب فريقه السابق ستيوا "
         "بوخارست", False),
        ("ولا يزال رئيس النادي المدريدي، إنريكي سيريزو، يمني النفس باستقدام لاعب الوسط الإيطالي تياجو موتا", False),
        ("ولا ينبغي على أي أحد في أوروبا أو الغرب أن يمني نفسه بالفكرة الساذجة الداعية إلى أن الحركات المتطرفة "
         "سوف تصفي نفسها بنفسها", False),
        ("ومن يحاول أو يمني نفسه بإلغائها أو طمسها يجب أن يبعد عن المنظومة بكاملها", False),
        # counter-examples: a Yemeni, before any other word
        ("أعرب مهاجم الفريق الأول لكرة القدم بنادي النصر نايف هزازي عن فخره بارتداء مواطن يمني بسيط يعمل كعامل "
         "نظافة لقميصه", True),
        ("بنقل 900 مواطن يمني إلى عمان خلال الأيام المقبلة، لعلاجهم", True),
    ],
)  # fmt: skip
def test_yemens_nisba_before_a_reflexive_object_is_the_verb(gazetteer, text, counted):
    assert ("yemen" in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


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
        # the hundred-and-twenty-ninth uniform sample (2015-07-26-879): Mesa Cuata, a mountain area of Guanajuato in
        # Mexico, its first word read as Mesa, Arizona; the same AFP story in other papers (2015-07-25-1165)
        ("وقال متحدث باسم الدفاع المدني لوكالة فرانس برس ان الضحايا هم \"اربعة قاصرين وثلاث نساء كانوا يعملون في "
         "الحقول\" في منطقة ميسا كواتا الجبلية الواقعة قرب مدينة كويريتارو.", False),
        ("قال متحدث باسم الدفاع المدني لوكالة فرانس برس ان الضحايا هم “اربعة قاصرين وثلاث نساء كانوا يعملون في الحقول” "
         "في منطقة ميسا كواتا الجبلية الواقعة قرب مدينة كويريتارو.", False),
        # against: SaudiNewsNet names no Mesa of Arizona (its seven ميسا are Mesa Cuata and Baldy Mesa), so a sentence
        # made for this test: the city after its place noun, its state named, counts as before
        ("وأعلنت الشرطة في مدينة ميسا بولاية أريزونا الأمريكية", True),
    ],
)  # fmt: skip
def test_mesa_cuata_is_no_mesa(gazetteer, text, counted):
    assert ("mesa" in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


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


def test_the_ligament_misspelt_is_no_rabat(gazetteer):
    # الصلبيي among the words after الرباط that make it the ligament (2015-08-01-1202, the thirtieth metonymy file)
    text = "فبينما راجت أنباء عن تعرضه لقطع في الرباط الصلبيي كشفت وسائل الإعلام الارجنتينية، عن تعرضه إلى إصابة"
    assert read_surface(text, gazetteer, "الرباط") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # الرباط "ribat", guarding the frontier, right after its reward or merit is no Rabat (the forty-seventh and
        # forty-eighth metonymy files: 2015-07-22-386 and 2015-07-22-1518, one article printed twice)
        ("وينطبق ذلك على جنودنا المرابطين الأشاوس في جميع مناطق المملكة، فلهم أجر الرباط، قال صلى الله عليه وسلم",
         []),
        # (2015-08-09-897: ribat also before والاستشهاد, as before this rule)
        ("كما بين فضيلته ثواب الجهاد و فضل الرباط والاستشهاد في سبيل الدفاع عن بلاد التوحيد", []),
        # against: Rabat after other words stays the city (2015-07-22-543, a terror plot in Morocco)
        ("وبحسب المصدر نفسه كانوا يخططون لـ»سلسلة عمليات إرهابية في الرباط» تطال «مسؤولين أمنيين»",
         [("rabat", "place")]),
    ],
)  # fmt: skip
def test_ribat_after_its_reward_is_no_rabat(gazetteer, text, expected):
    assert read_surface(text, gazetteer, "الرباط") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # الرباط "ribat" right after its land or its honour, and "the tether" let loose, is no Rabat: the land of
        # ribat (2015-08-04-816, the fifty-second metonymy file), its honour (2015-07-24-292, the forty-fifth file),
        # مطلق الرباط "with the tether loose" (2015-07-25-1060); each read as Rabat before
        ("في كل مرة تقوم العصابات الصهيونية بها بعمل إرهابي ضد أهلنا في أرض الرباط أشعر بالغضب ومشاعر الانتقام",
         []),
        ("حاثاً إياهم على استشعار البطولة وكرامة الرباط في سبيل الله والدفاع عن الوطن ومقدساته.", []),
        ("فعل ذلك وهو معلق برباط الاتفاق النووي، فكيف سيكون حاله اليوم وهو مطلق الرباط كثير الأموال", []),
        # against: Rabat after other nouns stays the city, or its government (2015-07-24-627, a hospital of Rabat;
        # 2015-08-10-961, a hotel in the capital; 2015-08-06-1642, cooperation with Rabat)
        ("توفي الشاعر السوداني المقيم بالمغرب محمد الفيتوري، مساء أمس الجمعة، بأحد مستشفيات الرباط عن 79 عاما بعد "
         "معاناة مع المرض.", [("rabat", "place")]),
        ("من جهة ثانية احتفى رئيس البعثة بتال العتيبي بجميع افراد المنتخب في احد فنادق العاصمة الرباط وعبر مدير "
         "المنتخب خالد مطر عن سعادته", [("rabat", "place")]),
        ("ودعا كيمبي الإدارة في واشنطن إلى الاستفادة من التجربة المغربية في هذا المجال وتعزيز تعاونها مع الرباط.",
         [("morocco", "metonym")]),
    ],
)  # fmt: skip
def test_ribat_in_its_land_or_honour_and_a_tether_let_loose_are_no_rabat(gazetteer, text, expected):
    assert read_surface(text, gazetteer, "الرباط") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # الهند after جوز is جوز الهند "coconut", no India (the ninetieth uniform sample: the Omani sellers in Asir,
        # 2015-07-31-2199, printed again as 2015-08-01-1004; 2015-08-02-721 with the article; 2015-07-24-809 frying
        # oils; 2015-07-21-295 a Mumbai guide)
        ("ويستعرض الباعة العُمانيون عدداً من المنتجات التي تشتهر بها السلطنة، وفي مقدمتها: الحلوى العمانية، والبخور، "
         "وجوز الهند، وذلك في العديد من المواقع والمنتزهات، مثل منتزه السودة.", []),
        ("وأضاف: \"عصير جوز الهند يأتي في المرتبة الثانية؛ نظراً لفوائده الصحية؛ إذ تبلغ قيمته عشرة", []),
        ("من جهته، أوضح البائع سعيد بن سالم أنه قام بإحضار تسعة سيارات ثقيلة في كل سيارة ما بين 1500 و2000 حبة من "
         "الجوز الهند والحلوى العمانية، تصل إلى 200 كيلو جرام من كل نوع", []),
        ("فإنها للزبدة تبلغ 150 درجة مئوية ولزيت كانولا النباتي هي 240 درجة مئوية ولزيت جوز الهند هي 177 درجة مئوية",
         []),
        ("أما العطش فيمكنك التغلب عليه باحتساء ماء جوز الهند الطازج.", []),
        # against: India after other words stays the state (2015-07-21-295, the same Mumbai guide)
        ("قد تكون دلهي عاصمة الهند، لكن مومباي تحتضن جميع العناصر الديناميكية والفوضوية المكونة لها.",
         [("india", "name")]),
        ("وبعد انتهاء هذه الحقبة عام 1947، غادر آخر الجنود البريطانيين الهند عبر هذه البوابة.", [("india", "name")]),
    ],
)  # fmt: skip
def test_coconut_is_no_india(gazetteer, text, expected):
    assert read_surface(text, gazetteer, "الهند") == expected


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        # a nisba after the food's word it names with it is the food, no state: تمر هندي "tamarind" (the
        # two-hundred-and-fourteenth round, 2015-07-26-960, Raafat El-Mihi's film; 2015-08-02-797 the idiom) and
        # الفول السوداني "peanuts" (2015-07-21-360 food allergies; 2015-08-02-563 aflatoxin; 2015-08-10-1497 a snail)
        ("ولو أنه لم يقدم سوى فيلمي \"الأفوكاتو\" و\"سمك لبن تمر هندي\" لبقيت تركته ثقيلة.", "هندي", []),
        ("مشروع الزواج في ظل هذه الظروف وهذه المعطيات سمك لبن تمر هندي.", "هندي", []),
        ("كانت أنواع الحساسية الأكثر شيوعا التي دعت للعلاج في أقسام الطوارئ بين جميع السكان هي شجرة الجوز، والفول "
         "السوداني، والحليب.", "السوداني", []),
        ("استخدام المبيدات الحشرية والمكسرات مثل الفول السوداني واللوز الملوث بافلاتكوسين", "السوداني", []),
        ("تلتهم مئات الأنواع من النباتات بما في ذلك الشمام والفول السوداني.", "السوداني", []),
        # against: the nisba after other words stays the state's (2015-07-21-1779 an Indian youth; 2015-07-21-126
        # the Sudanese president)
        ("أراد شاب هندي إجراء مكالمة هاتفية سريعة بهاتفه الذكي فانفجر في وجهه", "هندي", [("india", "adjective")]),
        ("ولا سيما مؤخرا مع رفض جنوب أفريقيا تنفيذ مذكرة توقيف بحق الرئيس السوداني عمر البشير في يونيو", "السوداني",
         [("sudan", "adjective")]),
    ],
)  # fmt: skip
def test_tamarind_and_peanuts_are_no_india_or_sudan(gazetteer, text, surface, expected):
    assert read_surface(text, gazetteer, surface) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # الإمارات right after a stadium's word is Arsenal's Emirates Stadium in London, no UAE (the ninety-third
        # uniform sample, 2015-08-10-467; 2015-08-10-182, 2015-08-10-342, 2015-08-10-969 the same match; the Emirates
        # Cup, 2015-08-01-259, 2015-08-06-2081)
        ("فاز فريق ويستهام على نظيره الأرسنال بهدفين دون رد أمس على استاد الإمارات في العاصمة لندن في افتتاح مباريات "
         "الفريقين بالدوري الإنجليزي لكرة القدم هذا الموسم ضمن الجولة الأولى من المسابقة.", []),
        ("على استاد «الإمارات» في العاصمة لندن، تلقى آرسنال لطمة مبكرة ومني بهزيمة مهينة على ملعبه بهدفين", []),
        ("وعلى ستاد \"الإمارات\" في لندن، تلقى أرسنال لطمة مبكرة ومني بهزيمة مهينة على ملعبه بهدفين", []),
        ("وسقط امام جاره وست هام يونايتد للمرة الاولى منذ 2007 بالخسارة امامه على ارضه صفر-2 على \"ستاد الامارات\" في "
         "المرحلة الاولى من الدوري الانكليزي لكرة القدم.", []),
        ("ولم يستعد فولفسبورغ جيدا لهذه المباراة لأنه خسر مباراتيه في بطولة كأس ستاد الإمارات أمام فياريال الإسباني "
         "وأمام آرسنال الإنجليزي", []),
        ("فقد سقط بسداسية أمام آرسنال في كأس ملعب الإمارات الأسبوع الماضي، ثم 1/ 2 أمام فولسبورج الألماني", []),
        # against: the UAE after another word stays the state (2015-08-04-722, the same page's Asian Cup)
        ("وستكون مهمته محصورة في التصفيات المؤهلة الى نهائيات كأس آسيا 2019 في الامارات ونهائيات كأس العالم 2018 في "
         "روسيا.", [("uae", "name")]),
    ],
)  # fmt: skip
def test_the_emirates_stadium_is_no_uae(gazetteer, text, expected):
    surface = "الامارات" if "الامارات" in text else "الإمارات"
    assert read_surface(text, gazetteer, surface) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # عسير "hard, difficult" right after an indefinite noun it qualifies is the adjective, no Asir Region (the
        # two-hundred-and-twenty-fourth round's leftover: 2015-07-23-376, the Super Cup's hard labour; 2015-08-03-138,
        # an interview's hard question)
        ("في مباراة السوبر، ومباراة السوبر مرت الأسابيع الماضية بمخاض عسير وظلت حديث الشارع الرياضي", []),
        ("ما هي القصة أو المقابلة التي تنتظر الكتابة عنها؟ - يا له من سؤال عسير.. مقابلة حصرية مع أبو بكر البغدادي",
         []),
        # against: the Region after other nouns stays (2015-08-08-101 a hospital; 2015-08-09-1223 the police)
        ("تم نقل أهالي «الشهداء» إلى مقر القوات الطوارئ، وآخرين إلى مستشفي عسير.", [("asir_region", "alias")]),
        ("إلى دوريات وشرطة عسير بالقرب من والدهم ووالدتهم.", [("asir_region", "alias")]),
    ],
)  # fmt: skip
def test_hard_is_no_asir(gazetteer, text, expected):
    assert read_surface(text, gazetteer, "عسير") == expected


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        # الألبان "dairy" after a word of a trade or a product, before its products or its freshness, or after و
        # with meat, vegetables, food or cars is no Albania (the hundred-and-first uniform sample, SADAFCO,
        # 2015-08-10-491; the ninety-eighth, 2015-08-08-702; 2015-07-31-2091 the Kharj dairy institute; 2015-08-08-85
        # the Pacific trade talks; 2015-07-31-426 the French farmers; 2015-08-06-553 Swiss exports; 2015-08-06-2027)
        ("سجَّلت الشركة السعودية لمنتجات الألبان والأغذية «سدافكو» نمواً مضاعفاً كما وضحت نتائجها المالية للفترة "
         "المنتهية في 30 يونيو 2015", "الألبان", []),
        ("كذلك من العناصر المعدنية الكالسيوم الذي يوجد في الألبان ومنتجاتها، اللحوم والأسماك، البيض والخبز والعدس",
         "الألبان", []),
        ("وأضاف: \"بعد تخرجي من الثانوية العامة التحقت ببرنامج تدريبي لمدة سنتين بالمعهد التقني للألبان والأغذية في "
         "مدينة الخرج، التابع للمؤسسة العامة للتدريب التقني.", "لألبان", []),
        ("وقال كيري إن كثيرا من التحديات لا تزال تعرقل مناقشة اتفاقية الشراكة عبر الهادي، وخصوصا في ما يتعلق بقضيتي "
         "السيارات والألبان، لكن الولايات المتحدة ستبذل ما في وسعها لإبرام الاتفاقية.", "الألبان", []),
        ("ومارس المحتجون الضغط على الحكومة بداية كي تتخذ إجراءات إزاء الوسطاء التجاريين ليرفعوا من أسعار بيع اللحوم "
         "والألبان.", "الألبان", []),
        ("وهكذا ارتفعت الصادرات السويسرية من اللحوم والخضراوات والألبان إلى روسيا، لكن الارتفاع لم يدم طويلاً",
         "الألبان", []),
        ("أسهمت في رفع إنتاجيتها من الألبان واللحوم بواسطة التقنيات الغذائية والتزاوجية المدروسة علمياً.", "الألبان",
         []),
        # against: the Albanians stay Albania's (2015-08-04-107 Kosovo's war crimes court; 2015-07-23-76 Italian
        # arrests; 2015-08-10-386 a day in history)
        ("أقر برلمان كوسوفو مساء، أمس (الاثنين)، تعديلًا دستوريًا للسماح بانشاء محكمة يدعمها الاتحاد الاوروبي لمحاكمة "
         "المتهمين بارتكاب جرائم حرب من المقاتلين الالبان خلال الحرب بين 1998 و1999.", "الالبان",
         [("albania", "adjective")]),
        ("وما زال متمردو جيش تحرير كوسوفو يعتبرون ابطالا في كوسوفو حيث يشكل الالبان غالبية السكان البالغ عددهم نحو "
         "مليوني نسمة.", "الالبان", [("albania", "adjective")]),
        ("أعلنت الشرطة الإيطالية اعتقال ثلاثة رجال يشتبه في تورطهم في تجنيد متشددين للقتال في سوريا وتعزيز التطرف "
         "الإسلامي، اثنين من الألبان، واحد بالقرب من مدينة تورينو الإيطالية", "الألبان", [("albania", "adjective")]),
        ("1991 - السلطات الايطالية تطرد آلاف المهاجرين الالبان الذين يتدفقون منذ ايام الى سواحل ايطاليا.", "الالبان",
         [("albania", "adjective")]),
    ],
)  # fmt: skip
def test_dairy_is_no_albania(gazetteer, text, surface, expected):
    assert read_surface(text, gazetteer, surface) == expected


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        # الباني "the builder" (Albania's indefinite nisba ألباني with its hamza folded) after or before "the
        # founder", King Abdulaziz or Al-Hilal's founder, is no Albania (the hundred-and-fifth round; SaudiNewsNet
        # 2015-07-24-1064 on the Grand Mosque's expansions, 2015-08-10-458 on King Faisal, 2015-07-24-1544)
        ("ومن يرصد هذه الجهود منذ عهد الملك المؤسس الباني، الملك/ عبدالعزيز - رحمه الله - وإلى هذا العهد الميمون",
         "الباني", []),
        ("بدأت بأمر من جلالة الملك المؤسس الباني العظيم -طيب الله ثراه، ورحمه وغفرله- وأتمها جلالة الملك سعود",
         "الباني", []),
        ("لبلد أخذ على عاتقه منذ تأسيسه على يد الموحد الباني المؤسس العظيم الملك عبدالعزيز بن عبدالرحمن", "الباني",
         []),
        ("وبالطبع، سبق هؤلاء كلهم والد الفيصل، المؤسس الباني عبد العزيز آل سعود، طيّب الله ثراه", "الباني", []),
        ("فالهلاليون اجمع من المستحيل أن ينسوا هذا المؤسس الباني لناديهم وحتى إن توفاه الله فهو سكن القلوب",
         "الباني", []),
        # against: Albania's nisbas elsewhere stay (2015-07-21-294 the Albanian ambassador on tourism; 2015-08-06-862
        # Kosovo's Albanian majority)
        ("وأكد السفير الألباني أن السلطات الألبانية واصلت العمل بقوة لإصدار القوانين", "الألباني",
         [("albania", "adjective")]),
        ("بهدف دمج الأقلية الصربية في كوسوفو التي يقطنها غالبية ألبانية.", "ألبانية", [("albania", "adjective")]),
    ],
)  # fmt: skip
def test_the_builder_is_no_albania(gazetteer, text, surface, expected):
    assert read_surface(text, gazetteer, surface) == expected


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        # القمري / القمرية "lunar" after a word of the months, the craters, the moon's phases or a district is no
        # Comoros (the hundred-and-fortieth round; SaudiNewsNet 2015-07-24-1905 on a conference on the lunar months,
        # 2015-07-31-898 on eclipses, 2015-07-31-1319 on the blue moon, 2015-08-01-53 on Taif's projects,
        # 2015-08-02-1214 a column)
        ("تعتزم الشؤون الدينية التركية عقد مؤتمر بعنوان توحيد الأشهر القمرية والتقويم الهجري الدولي، مارس المقبل",
         "القمرية", []),
        ("وبما أن القمر يدور حول الأرض مرة في كل شهر قمري فمن الجائز أحيانا أن يقترب من إحدى العقدتين", "قمري", []),
        ("يذكر أن هذا التوقيت من الشهر يعتبر مثاليا لرصد الفوهات القمرية المشعة، وأشهرها فوهة \"تيخو\"", "القمرية",
         []),
        ("وشملت مشاريع محافظة الطائف على درء أخطار السيول وتصريف مياه الأمطار لحي القمرية، وتنفيذ شبكة ري الحدائق",
         "القمرية", []),
        ("أو أقرأ البحث عن سر رائحة الجسد الأنثوي وتأثير دورته القمرية ليلا على العطر", "القمرية", []),
        # against: the Comoros' nisba after a person, a body or العام stays the state (made for the test: no such
        # nisba in SaudiNewsNet), and its name stays (2015-07-25-1342, the World Cup qualifiers)
        ("استقبل الرئيس القمري وفدا سعوديا في موروني", "القمري", [("comoros", "adjective")]),
        ("وأعلنت الحكومة القمرية دعمها لعاصفة الحزم", "القمرية", [("comoros", "adjective")]),
        ("وأثار القرار غضب الرأي العام القمري", "القمري", [("comoros", "adjective")]),
        ("وتخوض 3 منتخبات عربية الدور الأول المقرر في اكتوبر المقبل وهي موريتانيا والصومال وجزر القمر حيث تلعب",
         "جزر القمر", [("comoros", "name")]),
    ],
)  # fmt: skip
def test_the_lunar_adjective_is_no_comoros(gazetteer, text, surface, expected):
    assert read_surface(text, gazetteer, surface) == expected


@pytest.mark.parametrize(
    "text, state",
    [
        # against: another state after ملعب, the ball in its court, stays the state (2015-08-02-964, 2015-08-03-182)
        ("من هنا الكرة في ملعب إيران، فعليها أن تقرر: هل هي تريد العودة إلى الشرعية الدولية", "iran"),
        ("وكانت حركة ذكية من السعوديين في جعل الكرة في الحديث في ملعب الكويت».", "kuwait"),
    ],
)  # fmt: skip
def test_the_ball_in_a_states_court_stays_the_state(gazetteer, text, state):
    assert state in {m.entity_id for m in find_mentions(text, gazetteer)}


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
        # the ninetieth uniform sample (2015-08-08-1133): a phone's screen, بكسل "pixel" read as ب + كسل
        'ومزود بشاشة يبلغ حجمها 3.2 بوصات تعمل بتقنية اللمس المتعدد "320X480" بكسل.',
        # SaudiNewsNet's other pixels (2015-07-24-656, 2015-08-04-1332) and كسل "laziness" (2015-07-21-363, 2015-07-27-42)
        "تتميز بدقة Full HD، وتعرض بدرجة وضوح 1080×1920 بكسل، ومدعومة بتقنية IPS للعرض",
        "كاميرا أمامية دقتها 13 ميجا بكسل، وتدعم زاوية واسعة لالتقاط الصور",
        "التوتر والإجهاد، قصور وكسل الغدة الدرقية، استثارة حلمة الثدي",
        "أن بعد إجازة العيد الطويلة يعود الموظفون لعملهم بكسل وعدم القدرة على الإنجاز",
    ],
)  # fmt: skip
def test_a_pixel_and_laziness_are_no_kassala(gazetteer, text):
    assert "kassala" not in {m.entity_id for m in find_mentions(text, gazetteer)}


def test_kassala_by_its_name_is_still_read(gazetteer):
    # against: Kassala by its name كسلا (SaudiNewsNet has none; a sentence of the news's kind)
    assert "kassala" in {
        m.entity_id for m in find_mentions("وصل الرئيس السوداني إلى مدينة كسلا شرق السودان", gazetteer)
    }


@pytest.mark.parametrize(
    "text, counted",
    [
        # the seventieth uniform sample (2015-07-26-279): قطر "the diameter" of the sun, of a planet
        ("إلا أنه أكثر إشراقًا منها بنسبة 20 في المائة، وقطره أكبر من قطر الشمس بنسبة 10 في المائة.", False),
        ("قطر الكوكب Kepler-452b أكبر بنسبة 60 في المائة من قطر كوكب الأرض، ولم يحدد العلماء طبيعة تكوينه", False),
        # SaudiNewsNet's other diameters: before a number and a unit of length (2015-07-21-325, 2015-07-23-117,
        # 2015-07-24-305, 2015-08-03-656), or the thing measured (2015-08-08-1072, 2015-08-08-465, 2015-08-10-532)
        ("ويمكن الاختيار بين إطارات بقطر 18 أو 20 أو22 بوصة، وكلها من النوع العريض.", False),
        ("الساعة الأولى له وهي «بورتوفينو أوتوماتيك» بقطر يصل إلى 40 ملليمتر، والثانية لها", False),
        ("وتدور المروحة بزاوية 180 درجة وبقطر 80 سم, وتتحرك لدورة كاملة خلال 31 ثانية", False),
        ("كما تم إدخال الخط الرئيسي قطر 800 ملم المنفذ بشارع وادي وج للخدمة", False),
        ("واصطدام جسيم بهذه السرعة قطره أقل من قطر شعرة الإنسان: بإمكانه تكوين شرارة كهربائية", False),
        ("بطول 3,5 كم لكل منهما وبقطر داخلي 11 مترا ومنشأ على عمق 48 مترا من سطح الماء", False),
        ("حيث يبلغ قطرها نصف قطر وحدة العاكس الرئيسة المحيطة بها.", False),
        # against: Qatar before a number that is no measure: its bourse's figure, a score, a count, a year
        # (2015-07-22-297, 2015-08-09-730, 2015-08-04-305, 2015-07-22-1246)
        ("وهبط مؤشر بورصة قطر 0.8 في المئة مسجلا أداء ضعيفا.", True),
        ("ومساء أمس فازت الإمارات على قطر 75- 38.", True),
        ("وأبو ظبي بتداول مكرر 12 مرة والكويت 15 مرة وقطر 12 مرة.", True),
        ("في الشبهات التي طالت ملفي روسيا 2018 وقطر 2022، وتوصل الى خلاصة", True),
        ("العاملين في منشآت مونديال قطر 2022 م.", True),
    ],
)  # fmt: skip
def test_a_diameter_is_no_qatar(gazetteer, text, counted):
    assert ("qatar" in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


# --- القاعدة "the base" and الأسد "the lion": al-Qaeda and Assad only with their evidence ---------------------------


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


@pytest.mark.parametrize(
    "text, counted",
    [
        # تنظيم before مالي is "a regulation", مالي "financial": no trigger for the state (the hundred-and-forty-eighth
        # uniform sample, 2015-08-03-715; 2015-08-02-273, 2015-08-03-387: the clubs' new financial rules)
        ("وتم الاتفاق على تطبيق اجراءات وتنظيم مالي جديد موحد لأندية الممتاز، وإعلان سنة مالية تنتهي", False),
        ("وتم الاتفاق على تطبيق إجراءات وتنظيم مالي جديد اعتباراً من الموسم الرياضي القادم يشمل اعتماد", False),
        ("وتم الاتفاق على تطبيق إجراءات وتنظيم مالي جديد اعتباراً من نهاية الموسم الرياضي القادم", False),
        # counter-examples: Mali's army and forces are the state's (2015-08-08-579, 2015-08-08-148)
        ("إن جنديين من جيش مالي قتلا وأصيب ثلاثة آخرون في تبادل إطلاق النار", True),
        ("فلول المتشددين المرتبطين بتنظيم القاعدة الذين صعّدوا حملتهم ضد قوات مالي وقوات الأمم المتحدة", True),
    ],
)  # fmt: skip
def test_a_regulation_before_mali_is_no_trigger_for_the_state(gazetteer, text, counted):
    assert ("mali" in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, counted",
    [
        # بابها "its door", after a verb of closing or knocking or before a masculine adjective, not ب + Abha (the
        # hundred-and-seventy-fourth uniform sample, 2015-08-06-181; the twenty-ninth, 2015-07-21-478; 2015-07-21-298,
        # 2015-08-08-267, 2015-07-31-1810)
        ("ولكننا سوف نسكن في أوتيل وننام في غرفة يمكن أن نقفل بابها وشباكها علينا.", False),
        ("وقمت إلى غرفتي الخاصة وأغلقت بابها علي ولم أغادرها إلا صباح اليوم التالي", False),
        ("وها هي اليوم تدخل «الحداثة» الرأسمالية من بابها العريض.", False),
        ("كانت تتناول وجبة العشاء ليلة غارات الحلفاء على العراق وإذ بصدام حسين يطرق بابها", False),
        ("ارى انني اطوف بالكعبة وبابها مفتوح والناس يدخلون ويخرجون", False),
        # بابها "in Abha", the hamza unwritten, after a body's name stays the city (2015-08-04-3, 2015-08-01-668,
        # 2015-08-06-2660)
        ("من جانبه، مدير إدارة مركز الملك فهد الثقافي بابها سعيد بن محيا وجه الدعوة للزوار", True),
        ('لإقامة مدينة "إنتاج أسري" بالتعاون مع الغرفة التجارية الصناعية بابها وبين رجال الإعمال', True),
        ("تبلغ مركز التوجيه والتحكم بالادارة العامة للدفاع المدني بابها مساء يوم أمس بلاغا", True),
    ],
)  # fmt: skip
def test_its_door_is_no_abha(gazetteer, text, counted):
    assert ("abha" in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, counted",
    [
        # الزبير a man's name, after بن or before أن what he said, not Az Zubayr in Iraq (2015-07-31-1782, 2015-07-31-542,
        # 2015-08-07-1315, 2015-08-08-952)
        ("فلنأخذ جملة منها: عن عُروةَ بن الزبير قال: «ما برَّ والدهُ من شدَّ الطَّرفَ إليه».", False),
        ("مصعب بن الزبير  فارس مغوار وقائد شهير، وابن حواري رسول الله، الزبير بن العوام.", False),
        ("وأفاد الزبير أن عدد المواقف التي تم توفيرها في المرحلة الأولى تصل لقرابة الـ (1000) موقف", False),
        ("وبيّن الزبير أن مساحة الموقف المخصص للسيارة الواحدة يبلغ (2.5) م2", False),
        # the town stays (2015-07-26-749, 2015-07-31-613, 2015-08-02-1014)
        ("محمد بن لعبون عاش في الزبير أغلب حياته وعشق هناك من أطلق عليها (مي)", True),
        ("وقال الشعر في صغره، ثم سافر قاصدا الزبير، وهو في السابعة عشـرة من عمره، ومكث مدة في الزبير", True),
        ("وهي جسور واسعة بين الأحساء والزبير وجنوب العراق والكويت وكل ساحل عمان وقطر ونجد", True),
    ],
)  # fmt: skip
def test_a_man_named_al_zubayr_is_no_town(gazetteer, text, counted):
    assert ("az_zubayr" in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, counted",
    [
        # الحلة a washing machine's tub before الداخلية, and a district of Hawtat Sudair after حي, not Al Hillah in Iraq
        # (2015-07-21-388, 2015-08-06-834)
        ("أن البداية تكون برفع الغطاء البلاستيكي للغسالة وإضافة الملابس للحلة الداخلية، علاوة على خمسة لترات مياه.", False),
        ("ثم تحريك الدواسة لدقيقة إضافية لإطلاق دورة دوران الحلة الداخلية.", False),
        ("عندما كان جاراً كريماً للعم الغالي سليمان العريج في حي الحلة بحوطة سدير وجدته رجلا فاضلاً", False),
        # the city stays (2015-08-06-345, 2015-08-11-994, 2015-08-09-342)
        ("فيما قد تشهد مدينة الحلة مركز محافظة بابل (100 كلم جنوب بغداد) شرارة لعصيان مدني", True),
        ("حيث تربعت العاصمة بغداد على رأس القائمة، وتبعتها الموصل والرمادي وبعقوبة وكركوك والحلة.", True),
        ("كما تظاهر مئات آخرون أمام مبنى مجلس محافظة بابل وسط مدينة الحلة احتجاجًا على سوء الخدمات", True),
    ],
)  # fmt: skip
def test_a_tub_or_a_district_named_al_hillah_is_no_iraqi_city(gazetteer, text, counted):
    assert ("al_hillah" in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, counted",
    [
        # الرياض a subdivision of Jeddah on the Usfan road after مخطط, not the capital (2015-08-09-1152)
        ("وأوضح بأن مخطط الرياض الذي يقع على طريق عسفان يشهد حاليا تنفيذ أعمال مشروع الخطوط الرئيسية لشبكة الصرف الصحي", False),
        # the capital stays, its districts أحياء الرياض too (2015-08-01-376, 2015-07-26-1436)
        ("هذا الأمر في أحياء الرياض وبقية أجهزة الإدارة، وذلك بهدف المحافظة على نظافة المدينة", True),
        ("ذلك عبر مطار الملك خالد الدولي بالرياض عند الواحدة ليلاً", True),
    ],
)  # fmt: skip
def test_a_subdivision_named_al_riyadh_is_no_capital(gazetteer, text, counted):
    assert ("الرياض" in {m.surface for m in find_mentions(text, gazetteer)}) is counted


@pytest.mark.parametrize(
    "text, entity_id, counted",
    [
        # مشهد "a scene" before a word with the article is the noun in construct, no Mashhad, though Iran is named
        # (the hundred-and-ninety-eighth round's leftover; SaudiNewsNet 2015-08-06-2096, 2015-08-11-616, 2015-07-26-1152)
        ("توقيع الاتفاق النووي مع إيران. وقد أعاد ذلك إلى الذاكرة مشهد المفاوضات بين أميركا وكوريا الشمالية أثناء "
         "عهد الرئيس بيل كلينتون", "mashhad", False),
        ("وهي تودّعه فيما بقيت والدته في السيارة وهي تجهش بالبكاء- مشهد التوديع كان حزينًا بامتياز لاسيما وأنه يأتي "
         "إثر توقيع الاتفاق النووي بين ايران والسداسية الدولية", "mashhad", False),
        ("والتي أطلقت الجزائر سراح منفذيها بالتنسيق مع إيران راعية العملية. مشهد الجابرية برز خلال هذه الفترة",
         "mashhad", False),
        # so is حماة "protectors" (2015-07-31-805, a poem), no Hama in Syria
        ("يوم استفاق الغرب من نومته لان وايد حماة الدين في عاصفتها معاد له في سلم الحرب ميزان في سوريا",
         "hama", False),
        # counter-examples: the town with its agreeing nisba or a place word before it (2015-07-24-1367, 2015-08-06-394)
        ("نفى القنصل السعودي في إيران وجود أي حالة تسمم، وأكد أن القنصلية تتابع الشائعات التي تقلق الأسر التي "
         "يتواجد أبناؤها في مشهد الإيرانية.", "mashhad", True),
        ("أهل السنة في الشمال وأهل السنة في الشرق محافظة مشهد الشيعية في إيران.", "mashhad", True),
        ("وقال مصدر إن المصابين نقلوا إلى أحد مستشفيات مدينة مشهد، موضحا أن جميعهم غادر المستشفى", "mashhad", True),
    ],
)  # fmt: skip
def test_a_towns_name_that_is_a_noun_in_construct_is_the_noun(gazetteer, text, entity_id, counted):
    assert (entity_id in {m.entity_id for m in find_mentions(text, gazetteer)}) is counted
