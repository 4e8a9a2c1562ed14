"""Discovered entities: what an article introduces with a title, a head or a place noun becomes a
corpus-local entity with its mentions in that article; the home state's unqualified ministries are
the home state's. Sentences from SaudiNewsNet articles of the entity dev set (dev/entities/).

Name-likeness is read from the corpus (how often a word takes the article), so each test corpus
holds the articles plus ``FILLER``: ordinary sentences that give common nouns their article forms.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import schema
from analysis.extract.discover import discover
from analysis.extract.discovered import (
    DISCOVERED,
    PREFIX,
    discovered_entities,
    discovered_id,
    discovered_mentions,
    home_state,
    is_discovered,
    merged,
    rare_discovered,
    with_discovered,
)
from analysis.extract.gazetteer import alias_key, load_gazetteer
from analysis.extract.mentions import find_mentions, mentions_table
from analysis.text.segment import sentences_table

GAZETTEER = load_gazetteer()
FILLER = [
    "أكدت وزارة الخارجية أن الحدود مغلقة وأن الأمن مستتب في المدينة.",
    "قال مصدر في الخارجية إن الحدود ستفتح بعد انتهاء العملية العسكرية.",
    "وناقش الجانبان المنطقة العازلة والحدود المشتركة والقرية الصغيرة.",
]


def tables(*articles: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    texts = [*articles, *FILLER]
    documents = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": texts})
    sentences = sentences_table(documents)
    return sentences, mentions_table(documents, sentences, GAZETTEER)


def found(*articles: str, home: str = "") -> pd.DataFrame:
    sentences, mentions = tables(*articles)
    return discovered_mentions(sentences, mentions, GAZETTEER, home=home or None)


def discovered_only(table: pd.DataFrame) -> pd.DataFrame:
    """The rows of discovered entities (not those a gazetteer entity has, as the home state's)."""
    return table[table["entity_id"].str.startswith(PREFIX)]


def in_first(table: pd.DataFrame) -> list[tuple[str, str]]:
    """(surface, name) of the mentions found in the first article, in text order."""
    rows = table[table["doc_id"] == "d0"].sort_values("start")
    return list(zip(rows["surface"], rows["alias"]))


# --- found --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2015-07-22-1131: a senator, then his family name alone
        (
            "وقال السيناتور الجمهوري توم كوتون إن الأمريكيين يتشككون في الاتفاق النووي الإيراني. "
            "وأضاف كوتون أن الكونغرس سيصوت على الاتفاق.",
            [("توم كوتون", "توم كوتون"), ("كوتون", "توم كوتون")],
        ),
        # held-out articles: a professor's title opens a name; the seventh uniform sample: it ends one
        (
            "وذكر المدير العام للمكتب التنفيذي لصحة الخليج البروفيسور توفيق بن أحمد خوجة، معايير التصنيف.",
            [("توفيق بن أحمد خوجة", "توفيق بن أحمد خوجة")],
        ),
        ("كما استقبل أمس مدير الجامعة الإسلامية بجاكرتا البروفسور ويدي روسادا أحمد، يرافقه مدير المركز", []),
        # the eighth round's second sample: الله after عبد is half a name, never a family name alone
        (
            "قال الشيخ عبدالعزيز بن عبد الله إن الدماء حرم الله سفكها، وغضب اللّه عليه.",
            [("عبدالعزيز بن عبد الله", "عبدالعزيز بن عبد الله")],
        ),
        # 2015-07-22-929: a quoted list after a plural place noun names a place per item (المهدية is a
        # gazetteer name, Mahdia in Tunisia: the gazetteer's business); unquoted, forest areas are no place
        (
            'واصلت القوات استهداف عدة بؤر لتجمع العناصر الإرهابية بمناطق "المهدية" و"التومة" و"الزوارعة" مما أسفر',
            [("التومة", "التومة"), ("الزوارعة", "الزوارعة")],
        ),
        ("تمكن من جمع صفوف مقاتليه في مناطق الغابات بشرق تشاد", []),
        # 2015-07-22-929: a spokesman's title, rank and name
        (
            "وأكد الناطق الرسمي باسم القوات المسلحة المصرية العميد محمد سمير في بيان صحفي أن العمليات مستمرة.",
            [("محمد سمير", "محمد سمير")],
        ),
        # 2015-08-06-2248: a colonel, then his family name with و; the first name alone is nobody's
        (
            "وأوضح المتحدث الرسمي لمديرية الدفاع المدني بمنطقة عسير العقيد محمد العاصمي أن البحث انتهى. "
            "ونوه العاصمي إلى أهمية أخذ الحيطة والحذر. وقال محمد إن الأهالي ساعدوا.",
            [("محمد العاصمي", "محمد العاصمي"), ("العاصمي", "محمد العاصمي")],
        ),
        # a foreign family name that starts like a verb (ي)
        (
            "وتهدف هذه الخطة التي تحمل اسم رئيس المفوضية الأوروبية الحالي جان كلود يونكر إلى تحريك الاستثمارات.",
            [("جان كلود يونكر", "جان كلود يونكر")],
        ),
        # a former US president after a title qualified by a nisba and الأسبق
        (
            "والتقى الرئيس الأمريكي الأسبق جيمي كارتر بالطلاب. وقال كارتر إن الجامعة عريقة.",
            [("جيمي كارتر", "جيمي كارتر"), ("كارتر", "جيمي كارتر")],
        ),
        # 2015-07-21-1084: a charity after its head, named again
        (
            "أقامت جمعية البر الخيرية حفل معايدة للجاليات الإسلامية. وشكر المشاركون جمعية البر الخيرية على التنظيم.",
            [("جمعية البر الخيرية", "جمعية البر الخيرية"), ("جمعية البر الخيرية", "جمعية البر الخيرية")],
        ),
        # a village after قرية, named again with a proclitic
        (
            "وشنت القوات هجوما على قرية الزوارعة جنوب الشيخ زويد. وعاد الهدوء إلى الزوارعة مساء.",
            [("الزوارعة", "الزوارعة"), ("الزوارعة", "الزوارعة")],
        ),
    ],
)
def test_an_introduced_name_and_its_later_mentions(text, expected):
    table = found(text)
    assert in_first(table) == expected
    assert (table["alias_kind"] == DISCOVERED).all()
    assert all(is_discovered(e) for e in table.loc[table["doc_id"] == "d0", "entity_id"])


def test_offsets_slice_the_surface_and_the_table_keeps_the_contract():
    text = "وقال السيناتور الجمهوري توم كوتون إن الاتفاق سيئ. وأضاف لكوتون مؤيدون."
    table = found(text)
    assert schema.validate(schema.MENTIONS, table) == []
    for row in table[table["doc_id"] == "d0"].itertuples():
        assert text[row.start : row.end] == row.surface
    assert in_first(table)[-1] == ("كوتون", "توم كوتون")


def test_the_same_name_in_two_articles_is_one_entity_with_a_readable_id():
    table = found(
        "وقال السيناتور الجمهوري توم كوتون إن الاتفاق سيئ.",
        "وكتب السيناتور توم كوتون مقالا عن الاتفاق.",
    )
    ids = set(table.loc[table["doc_id"].isin(["d0", "d1"]), "entity_id"])
    assert len(ids) == 1 and next(iter(ids)).startswith(PREFIX) and next(iter(ids)).isascii()
    entities = discovered_entities(table[table["doc_id"].isin(["d0", "d1"])])
    assert entities[["name_ar", "kind", "articles"]].values.tolist() == [["توم كوتون", "actor", 2]]


# --- not found ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "قال الرئيس إن القرار نهائي ولا رجعة فيه.",  # a title, then a function word
        "وأكد الوزير المختص أن المشروع سيكتمل العام المقبل.",  # a title, then an adjective
        "والتقى الرئيس محمد بالوفد.",  # one name word: too often a first name or a word
        "وأصدر الرئيس قرارا بتحويل المنشأة إلى متحف.",  # an accusative noun after the title
        "وقال العقيد محمد زار الموقع أمس.",  # a verb after the first name is not a family name
        "يعيش المزارعون في قرية نائية بعيدا عن الخدمات.",  # a common adjective after قرية
        "ونقل المصابون إلى مدينة صغيرة قرب الحدود.",
        "وتقع القرية في منطقة المجاورة للحدود.",  # a common word rarely a place
        # wrong in the first judged sample of discovered mentions (dev/entities/mentions_judged_discovered.jsonl)
        "وشكر الحضور القائمين بتنظيم الاحتفال من أبناء القرى.",  # تنظيم: organising, no organisation
        "الأمر الذي سيشجع الشركات المسؤولة عن تنظيم حركة الملاحة التجارية بين آسيا وأوروبا.",
        "ما زلنا نقترح الموافقة على تأسيس هيئة لحماية المستهلك.",  # indefinite: no name
        "لقد كانت الجزيرة العربية على مدى تاريخها منطقة طاردة للسكان.",  # an adjective after منطقة
        # wrong in the third judged sample
        "وكان وزير الشؤون البلدية والقروية أصدر قرارا بتحميل المسؤولية للمطعم.",  # a verb after a title
        "وقال تولبرت نينسواه مدير وحدة مكافحة الإيبولا في ليبيريا إن الوحدة تعمل.",
        # wrong in the second judged sample
        "واستطاع أن يحجز له موقعا في تشكيلة الفريق طوال الموسم.",  # الفريق: the team, not the rank
        "وأشار النادي إلى أن لاعبي الفريق صوتوا سريا لاختيار القائد.",
    ],
)
def test_no_entity_from_a_trigger_without_a_name(text):
    assert in_first(found(text)) == []


def test_a_family_name_two_discovered_persons_share_is_nobodys():
    table = found(
        "وقال العقيد محمد العاصمي إن البحث انتهى. وأكد اللواء خالد العاصمي أن الفرق عادت. وشكر العاصمي الأهالي."
    )
    assert [s for s, _ in in_first(table)] == ["محمد العاصمي", "خالد العاصمي"]


def test_a_verb_after_an_organisations_name_is_not_part_of_it():
    # judged sample: بنك الجزيرة يعتز read as one name
    table = found("وأوضح المدير التنفيذي أن بنك ساب يعتز بالمشاركة في المبادرات.")
    assert in_first(table) == [("بنك ساب", "بنك ساب")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # second judged sample: the verb, the phrase and the plural noun are not part of the name
        ("وعاد الهدوء إلى قرية السادلية فتميز حفل المعايدة بفيلم.", [("السادلية", "السادلية")]),
        ("وقال القاضي كارلوس سامور المحلفين إن الحكم نهائي.", [("كارلوس سامور", "كارلوس سامور")]),
        # third judged sample: a verb is no company's name
        ("وضبطت الفرق عمالا تابعين لمؤسسة المراعي يعملون تحت أشعة الشمس.", [("مؤسسة المراعي", "مؤسسة المراعي")]),
    ],
)
def test_a_name_stops_before_a_verb_a_new_phrase_or_a_plural(text, expected):
    assert in_first(found(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2015-07-21-738 (the story of round 232's 2015-07-21-546): Northwestern, its w spelt وي, not و + a word
        ("وقالت لورا إيه. كولانجيلو من كلية طب فاينبرج في جامعة نورث ويسترن في شيكاغو، التي قادت فريق الباحثين.",
         "جامعة نورث ويسترن"),
        # 2015-07-26-191: NatWest
        ("وتوجد عروض لقروض عقارية أفضلها من جمعية تشيلسي العقارية بسعر 1.24 في المائة، ومن بنك ناشيونال ويستمنستر "
         "بسعر 1.45 في المائة.", "بنك ناشيونال ويستمنستر"),
        # 2015-08-02-908 (round 55): AccuWeather
        ("ونقلت صحيفة ديلي تلغراف البريطانية عن أنطوني ساغليا، خبير الأرصاد الجوية بشركة أكيو ويذر الأميركية، القول "
         "إن موجة الحر التي تجتاح الشرق الأوسط حاليا بلغت مستوى لا يصدق.", "شركة أكيو ويذر"),
    ],
)  # fmt: skip
def test_a_foreign_word_opening_with_w_stays_in_a_bodys_name(text, expected):
    assert expected in [surface for surface, _ in in_first(found(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2015-07-23-159: "and known for his leftist leanings", the conjunction
        ("وتحدث في المظاهرة ايضا الان ديشويتز وهو استاذ في جامعة هارفرد ومعرف بميوله اليسارية واكد ان الاتفاق سيء.",
         "جامعة هارفرد"),
        # 2015-07-24-441: Cambridge "and" Imperial College, two universities
        ("الذي يعد مظلة تعاون مع جامعات أخرى مثل جامعة كيمبردج وامبريال وكولج وجامعة كاردف ببريطانيا.",
         "جامعة كيمبردج"),
        # 2015-08-06-852: Petromin, "and beside him"
        ("وان هذا اللقاء بحضور الدكتور عبد الهادي طاهر محافظ مؤسسة بترومين وبجانبه الأمير الشاب سعود الفيصل.",
         "مؤسسة بترومين"),
    ],
)  # fmt: skip
def test_a_word_after_the_conjunction_stays_out_of_a_bodys_foreign_name(text, expected):
    assert expected in [surface for surface, _ in in_first(found(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2015-08-03-692 (the two-hundred-and-forty-sixth round): Mobily's provision for Zain, "and the increase"
        ("ويعود سبب صافي الخسارة بشكل رئيسي إلى تسجيل مخصص شركة زين والزيادة في المصاريف الإدارية والعمومية الأخرى "
         "بمبلغ 200 مليون ريال", "شركة زين"),
        # 2015-08-03-136: "a professor at the University of Rochester and the specialist in geophysics"
        ("قال جون تاردونو، الأستاذ في جامعة روتشستر والمتخصص بعلم فيزياء الأرض: «ذرات الحديد تدور بمحاذاة نسبية»",
         "جامعة روتشستر"),
        # 2015-07-26-256: "its stake in Lazard and the varied assets"
        ("وباعت بيرسون منذ فترة طويلة حصتها في بنك لازارد والأصول المتباينة، مثل أعمال الشمع وحقول الكروم",
         "بنك لازارد"),
        # 2015-08-04-50: "a SIM from Apple and the subscription to its services"
        ("بإمكانهم الحصول على شريحة من شركة آبل والاشتراك بخدماتها، دون الحاجة إلى الاستعانة بالمزودات الموجودة",
         "شركة آبل"),
    ],
)  # fmt: skip
def test_the_conjunction_and_a_common_definite_word_end_a_bare_bodys_name(text, expected):
    assert expected in [surface for surface, _ in in_first(found(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2015-07-24-511: Foster + Partners, the Jeddah metro's architects; "& Partners" written وشركائه
        ("أوضح أمين محافظة جدة أن العقد الثالث للتصاميم المعمارية مع “شركة فوستر وشركائه البريطانية”، يتضمن تصميم "
         "محطات المشروع.", "شركة فوستر وشركائه"),
        # 2015-07-25-422 (a novel's diary): "Phipps, Janus & Co.", "Merkins & Sons"
        ("كتبت شركة فريبس جانوس وشركاه إلينا تعتذر لعدم توفر وظائف شاغرة لديهم.", "شركة فريبس جانوس وشركاه"),
        ("شركة ميركنز وأولاده ليس لديها وظيفة للوبين.", "شركة ميركنز وأولاده"),
        # 2015-08-06-1349: a founder's three names, then "& Sons"
        ("وشركة الشمس الوطنية العالمية للطاقة برأسمال 2 مليون ريال، وشركة منير عبدالخالق رفة وأولاده القابضة "
         "برأسمال 3.5 مليون ريال", "شركة منير عبدالخالق رفة وأولاده"),
    ],
)  # fmt: skip
def test_a_firms_partners_or_sons_after_the_conjunction_close_its_name(text, expected):
    assert expected in [surface for surface, _ in in_first(found(text))]


def test_a_mans_sons_after_the_conjunction_stay_out_of_his_name():
    # 2015-07-23-712: "thanked Sheikh Mu'jib bin Zannan and his sons", a man's family, no firm
    text = "وأعرب في ختام كلمته عن شكره للشيخ معجب بن زنان وأبنائه لاستضافتهم الاحتفال بمنزلهم."
    assert in_first(found(text)) == [("معجب بن زنان", "معجب بن زنان")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2015-07-21-215: a name of a construct, definite: و + a definite word is its second noun
        ("في ليلة ثقافية إعلامية فنية، استقبلت جمعية الثقافة والفنون بجدة، في منتصف الأسبوع الحالي مجموعة كبيرة",
         "جمعية الثقافة والفنون"),
        # 2015-07-21-620: China's Export-Import Bank, the second noun of the name after a definite first
        ("سيقوم بنك الصين الشعبي بضخ 45 مليار دولار في بنك التصدير والاستيراد (EXIM) وستقوم وزارة المالية بضخ 100 "
         "مليار يوان", "بنك التصدير والاستيراد"),
    ],
)  # fmt: skip
def test_a_definite_word_before_the_conjunction_keeps_the_second_noun_in_a_bodys_name(text, expected):
    assert expected in [surface for surface, _ in in_first(found(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2015-08-06-1505 (round 225): the same association, a comma after it
        (
            "استقبل الزميل رئيس التحرير بمكتبه ظهر أمس الثلاثاء الأستاذ عبدالله بن محمد آل الشيخ وعضو شرف جمعية "
            "الأطفال المعوقين، ولقد تناول الحديث أنشطة الجمعية.",
            "جمعية الأطفال المعوقين",
        ),
        # alweeam 343522: the association's branch, the preposition's ب after the name
        ("أعلنت جمعية الأطفال المعوقين بالجوف عن طرح 3 وظائف نسائية ورجالية للعمل بمركز الجمعية بالجوف.",
         "جمعية الأطفال المعوقين"),
        # 2015-08-02-778 (round 66): the adjective closes the name, not run on into the member's name after it
        ("وقال نائب رئيس الجمعية السعودية للإدارة وعضو جمعية الأطفال المعوقين بندر بن عثمان الصالح في كلمته "
         "بالنيابة عن أولياء الأمور: إن مبادرة الشراكة بين هارفارد ومسك جاءت لتضيف إلى أبنائنا وبناتنا أبعادا أخرى.",
         "جمعية الأطفال المعوقين"),
        # 2015-07-27-538: nor into the participle after it ("asking for support")
        ("لقد قدمت لنا إحدى القنوات الفضائية العربية المشهورة عبر الشاشة الفضية إعلاناً عن جمعية الاطفال "
         "المعوقين طالبين الدعم لها كما هو المعتاد.",
         "جمعية الاطفال المعوقين"),
    ],
)  # fmt: skip
def test_a_plural_adjective_agreeing_with_a_bodys_plural_noun_stays_in_its_name(text, expected):
    bodies = [surface for surface, _ in in_first(found(text, home="saudi_arabia")) if surface.startswith("جمعية")]
    assert bodies == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # okaz 2015-08-06: the ministry "warned the citizens", the verb's object after a singular noun
        (
            "دعت وزارة الداخلية المواطنين إلى عدم التعامل مع مجهولي الهوية، بعدما لاحظت مؤخرا قيام البعض من كبار "
            "السن بالزواج من مجهولات الهوية.",
            "المواطنين",
        ),
        # al-madina 623613: "the club promised the players", the object after the club's name
        (
            "كما وعدت إدارة نادي الهلال اللاعبين بتقديم مكافآت مالية لهم في حال تحقيق لقب بطولة السوبر.",
            "اللاعبين",
        ),
    ],
)
def test_a_plural_object_after_a_bodys_singular_word_is_no_word_of_its_name(text, expected):
    assert not [surface for surface, _ in in_first(found(text, home="saudi_arabia")) if expected in surface]


def test_a_states_plural_nisba_after_a_bodys_plural_noun_stays_the_states_mention():
    # 2015-07-31-59 (round 98, judged right): the British Beekeepers' Association, the body read without the nisba
    # and the nisba read as the United Kingdom (a state's nisba is a gazetteer word, no agreeing adjective)
    text = (
        "مبينا أنه سيشارك في دورة هذا العام عدد من منسوبي جمعية النحالين البريطانيين، وسيقدمون ورش عمل تناقش "
        "موضوعات : جودة العسل المعروض ، وتجهيز العسل للعرض ، وتصنيع منتجاته من شمع النحل."
    )
    sentences, mentions = tables(text)
    rows = merged(mentions, discovered_mentions(sentences, mentions, GAZETTEER), GAZETTEER, home="saudi_arabia")
    first = rows[rows["doc_id"] == "d0"].sort_values("start")
    assert list(zip(first["surface"], first["entity_id"])) == [
        ("جمعية النحالين", discovered_id(alias_key("جمعية النحالين"))),
        ("البريطانيين", "uk"),
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # 2015-08-06-764: "the Bekaa town of Britel", a feminine nisba after a feminine place noun
        ("المسؤول الميداني لحزب الله في الزبداني وهو محمد قاسم عزقي من بلدة بريتال البقاعية.", "بريتال"),
        # 2015-08-10-252 (round 211): "the remote province of Badakhshan", a masculine one after a masculine noun
        (
            "وذكرت هيئة المسح الجيولوجي الأمريكية أن مركز الزلزال كان في منطقة إشكاشيم بإقليم بادخشان النائي .",
            "بادخشان",
        ),
        # 2015-08-09-179: a state's nisba the gazetteer does not write so
        (
            "يحل الزمالك اليوم ضيفًا على نظيره ليوبار الكونغولي على ملعب دينيس ساسو بمدينة دولسي الكونغولية، وذلك ضمن "
            "منافسات الجولة الرابعة.",
            "دولسي",
        ),
        # 2015-07-21-82: the village, no more dropped with its adjective
        (
            "وقد تحولت قرية غولوفينكا الحدودية الصغيرة الواقعة على بعد قرابة ساعة بالسيارة من الطريق السريع.",
            "غولوفينكا",
        ),
    ],
)
def test_a_nisba_agreeing_with_the_place_noun_is_no_word_of_the_places_name(text, place):
    surfaces = [surface for surface, _ in in_first(discovered_only(found(text)))]
    assert place in surfaces
    assert not any(surface.startswith(place + " ") for surface in surfaces)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # 2015-07-22-571: a village named after the Prophet's wet nurse, her nisba agreeing with her name too
        (
            "تنطلق فعاليات الاحتفال بعيد الفطر المبارك بقرية حليمة السعدية مباشرة من بعد أداء الأهالي لصلاة العيد.",
            "حليمة السعدية",
        ),
    ],
)
def test_a_nisba_that_may_be_the_first_words_stays_in_the_places_name(text, place):
    assert in_first(discovered_only(found(text))) == [(place, place)]


@pytest.mark.parametrize(
    "text",
    [
        # 2015-08-03-1009: "the Sporty sports city" in Khobar, a venue: not cut to a town "Sporty"
        "كما أطلقت «إطعام» ركنها التثقيفي لنشر ثقافة حفظ النعمة في مدينة سبورتي الرياضية بالخبر، واستهدفت هذه "
        "الحملة الشباب المشاركين في بطولة سبورتي الرمضانية الأولى.",
    ],
)
def test_a_venues_kind_after_its_name_makes_no_town(text):
    assert "سبورتي" not in [surface for surface, _ in in_first(discovered_only(found(text)))]


def test_the_rank_الفريق_before_a_first_name_is_a_title():
    table = found("وكان في استقباله مدير الأمن العام الفريق عثمان المحرج.")
    assert in_first(table) == [("عثمان المحرج", "عثمان المحرج")]


def test_a_family_name_two_persons_share_is_neither_alone():
    # judged sample: الفريق عثمان بن ناصر المحرج is not اللواء إبراهيم المحرج; the name after بن is
    # read whole, and المحرج alone could be either of them
    table = found(
        "وكان في استقباله مدير الأمن العام الفريق عثمان بن ناصر المحرج، ومدير الشؤون العسكرية اللواء "
        "إبراهيم المحرج. وقال المحرج إن الاستعدادات اكتملت."
    )
    assert in_first(table) == [
        ("عثمان بن ناصر المحرج", "عثمان بن ناصر المحرج"),
        ("إبراهيم المحرج", "إبراهيم المحرج"),
    ]


def test_a_name_the_gazetteer_knows_is_no_discovered_entity():
    table = found("وقال الرئيس الأمريكي باراك أوباما إن الاتفاق جيد.")
    assert in_first(table) == []


# --- the home state -----------------------------------------------------------------------------

MINISTRY = "أصدرت وزارة الداخلية اليوم بيانا حول تنفيذ حكم القتل قصاصا بمنطقة الباحة."


def test_an_unqualified_ministry_is_the_home_states():
    # 2015-08-10-1144, in a Saudi paper
    table = found(MINISTRY, home="saudi_arabia")
    rows = table[table["doc_id"] == "d0"]
    assert rows[["surface", "entity_id", "alias"]].values.tolist() == [
        ["وزارة الداخلية", "saudi_arabia_interior_ministry", "وزارة الداخلية السعودية"]
    ]


def test_an_unqualified_body_is_the_home_states_by_any_of_its_names():
    # the eighth round's second sample: وزارة التجارة والصناعة is the Saudi ministry (its name وزارة التجارة
    # والصناعة السعودية without the nisba; read whole since the sixty-second round, a joint ministry)
    text = "وتأتي موافقة وزارة التجارة والصناعة على تأسيس هذه الشركات برأسمال 15 مليون ريال."
    table = found(text, home="saudi_arabia")
    rows = table[table["doc_id"] == "d0"]
    assert rows[["surface", "entity_id"]].values.tolist() == [["وزارة التجارة والصناعة", "saudi_ministry_of_commerce"]]


@pytest.mark.parametrize(
    "text",
    [
        # the 152nd uniform sample (2015-08-06-2691), the Khafji council; SaudiNewsNet 2015-08-06-2047 (Al-Ahsa)
        "إنشاء خزان بسعة 60000م3 داخل محطة تحلية المياه المالحة وخط طوله أحد عشر كيلو مترا إلى فرع وزارة المياه بسعة 70000 متر مكعب يومياً.",
        "أعلن مدير فرع وزارة المياه في الأحساء المهندس عبدالله الدولة، عن تنفيذ 15 مشروعا للمياه والصرف.",
    ],
)  # fmt: skip
def test_the_ministry_of_water_by_its_short_name_is_the_home_states(text):
    rows = found(text, home="saudi_arabia")
    rows = rows[rows["doc_id"] == "d0"]
    assert rows[rows["surface"] == "وزارة المياه"]["entity_id"].tolist() == ["saudi_ministry_of_water_electricity"]


def test_the_uaes_ministry_of_water_and_environment_is_not_the_home_ministry():
    # SaudiNewsNet 2015-07-24 (the UAE's desalination): another state's ministry by a longer name
    text = "وتملك الإمارات 33 محطة لتحلية المياه تؤمن 42% من حاجاتها بحسب تقرير لوزارة المياه والبيئة عام 2013 في الإمارات."
    table = found(text, home="saudi_arabia")
    assert "saudi_ministry_of_water_electricity" not in set(table["entity_id"])


@pytest.mark.parametrize(
    "text",
    [
        # the 156th round's count: SaudiNewsNet 2015-07-22-824 (the Abbas mosque in Taif), 2015-08-06-3165 (Asir)
        "وكانت وزارة الشؤون الإسلامية والأوقاف قد أعلنت قبل عدة سنوات عن مشروع لهدم وإنشاء مسجد عبدالله بن العباس على أحدث طراز معماري.",
        "وأصدر فرع وزارة الشؤون الاسلامية والاوقاف بعسير تعميماً بتخصيص خطبة الجمعة غداً للحديث عن حادث التفجير.",
    ],
)  # fmt: skip
def test_the_islamic_affairs_ministry_cut_before_its_dawah_is_the_home_states(text):
    rows = found(text, home="saudi_arabia")
    rows = rows[rows["doc_id"] == "d0"]
    assert rows[rows["surface"].str.startswith("وزارة الشؤون")]["entity_id"].tolist() == [
        "saudi_ministry_of_islamic_affairs"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # SaudiNewsNet 2015-07-21-1832 (Qatar's ministry, its words the other way round); 2015-08-06-2383 (a minister)
        "وكذا لجنة تحري رؤية الهلال بوزارة الأوقاف والشؤون الإسلامية القطرية.",
        "تحدث الشيخ سليمان أبا الخيل وزير الشؤون الإسلامية والأوقاف السابق عن محاربة الفكر الضال.",
    ],
)  # fmt: skip
def test_qatars_awqaf_ministry_and_a_former_minister_are_not_the_home_ministry(text):
    table = found(text, home="saudi_arabia")
    assert "saudi_ministry_of_islamic_affairs" not in set(table["entity_id"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # SaudiNewsNet 2015-07-24-494 (Bangladesh and Niger named, the kingdom not): the labour ministry
        ("عين اليوم – الرياض\nأكدت وزارة العمل بأنّ طلبات الاستقدام من الدول، التي تم تحديد سقف أعلى لتكاليف ومدد الاستقدام"
         " منها (بنجلاديش، النيجر)، وفق الاشتراطات الجديدة لم يتم تعليقها أو إيقافها من قبل المكاتب والشركات المعتمدة.",
         "saudi_ministry_of_labour"),
        # 2015-08-06-53 (two Ethiopians executed in Jazan): the interior ministry's statement
        ("عين اليوم – جيزان\nأصدرت وزارة الداخلية اليوم بياناً بشأن تنفيذ حكم القتل تعزيراً في جانيين أثيوبيين بمنطقة جازان،"
         " وفيما يلي نص البيان.", "saudi_arabia_interior_ministry"),
    ],
)  # fmt: skip
def test_a_bare_ministry_in_an_article_opening_on_a_home_dateline_is_the_home_states(text, expected):
    table = found(text, home="saudi_arabia")
    assert expected in set(table[table["surface"].str.startswith("وزارة")]["entity_id"])


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # SaudiNewsNet 2015-07-21-745 (electric cars in the US): the US Department of Energy, the sentence's one state
        (["وأصدر الكونجرس الأمريكي قانونا عام 1976 يخول وزارة الطاقة لدعم البحث والتطوير في مجال السيارات الكهربائية"
          " والهجينة."], PREFIX + "wzarh_al_taqh_al_amrykyh"),
        # 2015-07-31-290 (Novak in Moscow): Russia's energy ministry
        (["ونقل بيان لوزارة الطاقة عن نوفاك قوله: «لذا ينبغي لنا في روسيا وأعضاء (أوبك) بصفتنا مشاركين مسؤولين في سوق"
          " النفط العالمية، أن نرسم سياستنا بناء على الفهم التام للعوامل والصفات الأساسية للسوق."],
         PREFIX + "wzarh_al_taqh_al_rwsyh"),
        # 2015-08-06-348 (Egypt's mosques): Egypt's endowments ministry
        (["وبحسب آخر إحصاء رسمي لوزارة الأوقاف، فإن عدد المساجد في مصر يصل إلى نحو 110 آلاف مسجد، موزعة على مختلف"
          " محافظات مصر، وهي تعاني من قلة في عدد الدعاة الرسميين."], PREFIX + "wzarh_al_awqaf_al_msryh"),
        # 2015-07-23-238 (UAE fuel prices): the sentence names no state, the article the ministry with the UAE's nisba
        (["وصعد مؤشر سوق دبي 0.5 في المائة بعدما قالت وزارة الطاقة الإماراتية إنها ستتحول من نظام الأسعار الثابتة للبنزين"
          " ووقود الديزل في السوق المحلية إلى نظام آخر يعتمد على الأسعار العالمية ويتم تعديله شهريا.",
          "وقال مسؤول في وزارة الطاقة لوكالة رويترز إن أسعار البنزين ربما ترتفع قليلا من الشهر القادم لكن من المتوقع"
          " أن تنخفض أسعار الديزل وهو ما يساعد الاقتصاد من خلال كبح جماح التضخم وخفض تكلفة النقل."],
         PREFIX + "wzarh_al_taqh_al_amaratyh"),
    ],
)  # fmt: skip
def test_a_bare_ministry_the_home_state_did_not_have_is_the_other_states(texts, expected):
    table = found(" ".join(texts), home="saudi_arabia")
    rows = table[(table["doc_id"] == "d0") & table["surface"].str.startswith("وزارة")]
    assert rows["entity_id"].tolist()[-1] == expected


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        # SaudiNewsNet 2015-07-24-269 (the Saudi cabinet on a memorandum with Malaysia): the home state named too
        ("وافق مجلس الوزراء على تفويض رئيس الهيئة العامة للسياحة والآثار – أو من ينيبه – بالتباحث حيال مشروع مذكرة تفاهم"
         " للتعاون في مجال السياحة بين الهيئة العامة للسياحة والآثار في المملكة العربية السعودية ووزارة السياحة والثقافة في"
         " مملكة اتحاد ماليزيا ، والتوقيع عليه.", "وزارة السياحة"),
        # 2015-08-03-235 (an Italian plane at Hurghada): two states in the sentence
        ("أعلنت مصادر مسؤولة بوزارة الطيران المدني في مصر أن طائرة ايطالية خفيفة من طراز \"سكاي كار\" على متنها طياران"
         " اثنان هبطت اضطراريًا خارج مدرج مطار الغردقة.", "وزارة الطيران المدني"),
        # 2015-08-02-605 (the Saudi scholarship programme, America named): a portfolio the home state had
        ("وحسب الإحصائيات الصادرة عن وزارة التعليم العالي قبل دمجها بوزارة التربية والتعليم فإن إجمالي المبتعثين الدارسين"
         " في الخارج بلغ 149742مبتعثاً، بينهم 69235 يدرسون في أمريكا.", "وزارة التعليم العالي"),
    ],
)  # fmt: skip
def test_a_bare_ministry_stays_as_found_beside_the_home_state_two_states_or_a_home_portfolio(text, bare):
    table = found(text, home="saudi_arabia")
    rows = table[(table["doc_id"] == "d0") & (table["alias"] == bare)]
    assert rows["entity_id"].tolist() == [discovered_id(alias_key(bare))]


def test_a_bare_ministry_in_an_article_opening_on_another_state_is_still_dropped():
    # SaudiNewsNet 2015-07-21-91: Ukraine's interior ministry, the article opening on a Ukrainian soldier
    text = (
        "قتل ثلاثة مدنيين وجندي أوكراني أمس بعد تجدد المعارك في شرق أوكرانيا، حيث يخوض مقاتلون موالون لروسيا تمردا ضد"
        " السلطات، حسبما أكدت كييف أمس. وقتل المدنيون عندما أطلق المتمردون النيران على بلدة افدييفكا الخاضعة للقوات"
        " الحكومية، بحسب وزارة الداخلية، فيما أعلن الجيش مقتل الجندي في منطقة لوغانسك المجاورة."
    )
    table = found(text, home="saudi_arabia")
    assert "saudi_arabia_interior_ministry" not in set(table["entity_id"])


def test_an_unqualified_ministry_in_an_article_about_another_state_is_left_alone():
    text = (
        "قالت وزارة الداخلية اليمنية إن اليمن يواجه الإرهاب، وأكدت وزارة الداخلية أن قوات اليمن تلاحق الخلايا في اليمن."
    )
    table = found(text, home="saudi_arabia")
    assert "saudi_arabia_interior_ministry" not in set(table["entity_id"])
    assert not table["surface"].eq("وزارة الداخلية").any()


def test_without_a_home_state_an_unqualified_ministry_is_a_discovered_one():
    table = found(MINISTRY)
    assert in_first(table) == [("وزارة الداخلية", "وزارة الداخلية")]


#: SaudiNewsNet 2015-08-03-888 (the entity dev set): a court's sentence that names Saudi Arabia only as المملكة
KINGDOM = "وإلزامه بدفع غرامة مالية قدرها خمسة آلاف ريال، ومنعه من السفر خارج المملكة مدة مماثلة لسجنه."


def test_bare_al_mamlaka_is_the_home_kingdom_where_no_other_kingdom_is_named():
    table = found(KINGDOM, home="saudi_arabia")
    rows = table[table["doc_id"] == "d0"]
    assert rows[["surface", "entity_id"]].values.tolist() == [["المملكة", "saudi_arabia"]]


@pytest.mark.parametrize(
    ("text", "home"),
    [
        # another kingdom named: a piece on Jordan's tourism
        ("زار الوفد الأردن، وتعد المملكة وجهة سياحية جاذبة.", "saudi_arabia"),
        # a corpus whose home is no kingdom: the name still needs its state named
        (KINGDOM, "egypt"),
    ],
)
def test_bare_al_mamlaka_is_left_alone_elsewhere(text, home):
    table = found(text, home=home)
    assert "saudi_arabia" not in set(table.loc[table["doc_id"] == "d0", "entity_id"])


def test_bare_al_mamlaka_stays_at_home_where_another_kingdom_is_named_only_by_its_nisba():
    """SaudiNewsNet 2015-08-11-1123: the Saudi Super Cup played "outside the kingdom" at a British ground: the UK
    named by its nisba alone is no article on the UK."""
    text = "وستقام مباراة كأس السوبر لأول مرة خارج المملكة على ملعب لوفتس رود في العاصمة البريطانية."
    table = found(text, home="saudi_arabia")
    assert "saudi_arabia" in set(table.loc[table["doc_id"] == "d0", "entity_id"])


def test_bare_al_mamlaka_is_left_alone_in_a_corpus_without_a_home_state():
    # batch by batch the row waits for the corpus's home state; a corpus naming no state has none
    sentences, mentions = tables(KINGDOM)
    table = merged(mentions, discovered_mentions(sentences, mentions, GAZETTEER), GAZETTEER)
    assert "saudi_arabia" not in set(table["entity_id"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2015-08-10-574 (the dev set): Saleh named after the Houthis, a foreign person in a Saudi paper
        (
            "حتى تتحرر المحافظات اليمنية كافة من سيطرة الميليشيات الحوثية وصالح الانقلابية",
            [("صالح", "ali_abdullah_saleh")],
        ),
        ("وقتل عشرة من ميليشيات الحوثي والمخلوع صالح في تعز", [("المخلوع صالح", "ali_abdullah_saleh")]),
        # another صالح, not joined to the Houthis; the word لصالح
        ("وقال صالح الصماد إن الحوار لصالح الجميع", []),
    ],
)
def test_saleh_joined_to_the_houthis_is_ali_abdullah_saleh(text, expected):
    table = found(text, home="saudi_arabia")
    rows = table[table["entity_id"] == "ali_abdullah_saleh"]
    _, mentions = tables(text)
    gazetteer_rows = mentions[(mentions["doc_id"] == "d0") & (mentions["entity_id"] == "ali_abdullah_saleh")]
    assert (
        list(zip(rows["surface"], rows["entity_id"]))
        + list(zip(gazetteer_rows["surface"], gazetteer_rows["entity_id"]))
        == expected
    )


def test_the_home_state_is_the_state_most_articles_name():
    _, mentions = tables("قال مسؤول سعودي إن السعودية ستشارك.", "وأعلنت السعودية دعمها.", "وزار وفد من مصر الرياض.")
    assert home_state(mentions, GAZETTEER) == "saudi_arabia"
    assert home_state(mentions.iloc[:0], GAZETTEER) is None


# --- in the mentions table ----------------------------------------------------------------------


def test_with_discovered_adds_rows_once_in_text_order_and_discovery_still_lists_them():
    text = "وقال السيناتور الجمهوري توم كوتون إن الاتفاق سيئ. وأضاف كوتون أن إيران لن تلتزم."
    sentences, mentions = tables(text, text.replace("وأضاف", "وتابع"))
    once = with_discovered(mentions, sentences, GAZETTEER, home="saudi_arabia")
    twice = with_discovered(once, sentences, GAZETTEER, home="saudi_arabia")
    pd.testing.assert_frame_equal(once, twice)
    first = once[once["doc_id"] == "d0"]
    assert first["surface"].tolist() == ["توم كوتون", "كوتون", "إيران"]
    # discovery reads the gazetteer's mentions only: the build's discoveries stay candidates
    assert "توم كوتون" in set(discover(sentences, once, GAZETTEER)["name_ar"])


def test_discovered_entities_are_named_for_charts_and_filters_by_the_name_the_corpus_writes():
    # "السيناتور الجمهوري توم كوتون ... وقال كوتون": the entity is named توم كوتون, not disc:twm_kwtwn
    from analysis.extract.discovered import discovered_entity_rows
    from analysis.extract.gazetteer import ENTITY_COLUMNS

    mentions = pd.DataFrame(
        {
            "doc_id": ["a", "a", "b"],
            "sentence_idx": [0, 1, 0],
            "entity_id": ["disc:twm_kwtwn", "disc:twm_kwtwn", "russia"],
            "entity_kind": ["actor", "actor", "actor"],
            "surface": ["توم كوتون", "كوتون", "روسيا"],
            "start": [0, 40, 0],
            "end": [9, 45, 5],
            "alias": ["توم كوتون", "توم كوتون", "روسيا"],
            "alias_kind": ["discovered", "discovered", "name"],
        }
    )
    rows = discovered_entity_rows(mentions)
    assert list(rows.columns) == ENTITY_COLUMNS
    assert rows.to_dict("records")[0] | {} == {
        **dict.fromkeys(ENTITY_COLUMNS),
        "entity_id": "disc:twm_kwtwn",
        "kind": "actor",
        "type": "discovered",
        "name_en": "Twm Kwtwn",
        "name_ar": "توم كوتون",
    }
    assert discovered_entity_rows(mentions[mentions["entity_id"] == "russia"]).empty


# --- rare discovered entities --------------------------------------------------------------------


def named_in(articles: dict[str, int]) -> pd.DataFrame:
    """A mentions table (the columns rare_discovered reads) naming each entity in that many articles,
    twice in each (a rare name is counted by its articles, not its mentions)."""
    rows = [(f"d{n}", entity_id) for entity_id, count in articles.items() for n in range(count) for _ in (1, 2)]
    return pd.DataFrame(rows, columns=["doc_id", "entity_id"])


@pytest.mark.parametrize(
    ("entity_id", "articles", "corpus", "rare"),
    [
        # SaudiNewsNet (31,000 articles): مجلس الشيوخ is discovered in 83 articles, a name in two is noise
        ("disc:mjls_al_shywkh", 83, 31_000, False),
        ("disc:twm_kwtwn", 3, 31_000, False),
        ("disc:twm_kwtwn", 2, 31_000, True),
        # the seeds: جامعة سابانجي in one of five articles is a fifth of the corpus
        ("disc:jam_h_sabanjy", 1, 5, False),
        # an upload of 2,000 articles: one article is below a thousandth of it, two are not
        ("disc:jam_h_sabanjy", 1, 2_000, True),
        ("disc:jam_h_sabanjy", 2, 2_000, False),
        # a gazetteer entity is never rare
        ("russia", 1, 31_000, False),
    ],
)
def test_a_discovered_entity_is_rare_in_few_articles_of_a_large_corpus(entity_id, articles, corpus, rare):
    mentions = named_in({entity_id: articles, "disc:wzarh_al_ml": 288})
    assert rare_discovered(mentions, corpus, min_articles=3, min_share=0.001) == ({entity_id} if rare else set())


def test_the_rare_floor_is_read_from_the_data_file():
    # analysis/data/discovered.yaml: fewer than 3 articles that are fewer than a thousandth of the corpus
    mentions = named_in({"disc:twm_kwtwn": 2, "disc:mjls_al_shywkh": 83, "disc:jam_h_sabanjy": 1})
    assert rare_discovered(mentions, 31_000) == {"disc:twm_kwtwn", "disc:jam_h_sabanjy"}
    assert rare_discovered(mentions, 5) == set()


# --- names the first reading missed (dev/entities/articles.jsonl) ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2015-07-27-924: a portfolio with its adjective (العامة) before the name
        (
            "وتحرك الأهالي أمس باتجاه المختارة، حيث التقوا تيمور وليد جنبلاط بحضور وزير الصحة العامة وائل أبو "
            "فاعور، وطالبوه بالعمل على إعادة تحريك هذا الملف.",
            [("وائل أبو فاعور", "وائل أبو فاعور")],
        ),
        # 2015-07-26-789: a family name made of a first name (اليحيى: يحيى)
        (
            "وقدم اللواء السحيباني شكره لمدير عام الجوازات اللواء سليمان اليحيى. يذكر أن الحفل أقيم أمس.",
            [("سليمان اليحيى", "سليمان اليحيى")],
        ),
        # 2015-08-06-2248: the father's name after بن stays in the name
        (
            "وأوضح أن مدير الدفاع المدني بمنطقة عسير اللواء محمد بن رافع الشهري قدم تعازيه لذوي المتوفى.",
            [("محمد بن رافع الشهري", "محمد بن رافع الشهري")],
        ),
        # 2015-08-10-1639: after بن, علي is a name, not the preposition على (normalised alike); العطية
        # ends like a feminine nisba but is made of a first name (عطية): the family name
        (
            "واستقبل في قصر السلام بجدة وزير الدولة لشؤون الدفاع بدولة قطر اللواء ركن حمد بن علي العطية والوفد "
            "المرافق له.",
            [("حمد بن علي العطية", "حمد بن علي العطية")],
        ),
        # 2015-07-21-1799, 2015-07-27-1030: a name opening with Turki (a nisba too) before a title, no Turkey
        (
            "أكدت مصادر من داخل صحيفة الرياض استقالة تركي السديري رئيس التحرير رسمياً من رئاسة التحرير.",
            [("تركي السديري", "تركي السديري")],
        ),
        (
            "وقال تركي الغنيماوي وكيل رئيس محافظ واسط في تصريح صحفي إن الوزارة حصلت على موافقة.",
            [("تركي الغنيماوي", "تركي الغنيماوي")],
        ),
        # 2015-07-23-197: a person named before the title
        (
            "وكان في استقبال الطائرة لحظة وصولها محمد الشدادي نائب رئيس مجلس النواب، ووزير النقل.",
            [("محمد الشدادي", "محمد الشدادي")],
        ),
        # a player, and a connector inside a foreign name (دي); the dev set's example, van Gaal after
        # المدرب الهولندي, is now a curated person (persons.yaml) and no longer discovered
        (
            "وكثر الحديث في الأيام الماضية عن صفقة انتقال الحارس الإسباني ديفيد دي خيا من مانشستر يونايتد.",
            [("ديفيد دي خيا", "ديفيد دي خيا")],
        ),
    ],
)
def test_names_after_an_adjective_a_father_or_before_a_title(text, expected):
    assert in_first(found(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # one word before the title is no name (قال محمد), a verb does not start one
        "وقال محمد إن رئيس الوزراء سيزور المنطقة.",
        # 2015-08-08-489: the known person's full name is not a discovered one (الزياني is in the gazetteer)
        "وأعرب الأمين العام لمجلس التعاون الدكتور عبد اللطيف بن راشد الزياني عن وقوف دول المجلس مع المملكة.",
    ],
)
def test_no_person_before_a_title_without_two_name_words_nor_beside_a_known_person(text):
    assert in_first(discovered_only(found(text))) == []  # (bare المملكة is the home kingdom's, below)


@pytest.mark.parametrize(
    "text",
    [
        # judged sample 4 (dev/entities/mentions_judged_discovered_2.jsonl): places named after a person
        "وعن جاهزية إستاد الأمير عبدالله الفيصل بجدة قال إن الفحص مستمر.",  # 2015-08-03-794
        "يعاود اللاعبون تدريباتهم على أرضية ملعب الأمير محمد العبد الله الفيصل مساء الثلاثاء.",  # 2015-08-08-88
        "بعد أن وصلت جثامينهم إلى مطار الأمير محمد بن عبدالعزيز البارحة الأولى.",  # 2015-08-06-3031
        # 2015-07-25-1306: الفريق is the team here, so no name is read before it
        "من جهة أخرى، تفاءل موسى مدخلي هداف الفريق الكروي الأول بنادي الوحدة بتحقيق أهدافه.",
    ],
)
def test_no_person_in_a_place_named_after_one_nor_before_the_team(text):
    assert in_first(found(text)) == []


def test_a_name_after_بن_is_the_fathers_not_the_person_introduced():
    # judged sample 4, 2015-07-26-1268: ونايف بن سلطان بن عبدالعزيز names Nayef, whose father is Sultan
    table = found("وكان في وداعه الأمير سلطان بن عبدالعزيز، ونايف بن سلطان بن عبدالعزيز المستشار بمكتب وزير الدفاع.")
    assert in_first(table) == [("سلطان بن عبدالعزيز", "سلطان بن عبدالعزيز")]


# --- recall rules of the third round (dev/entities/mentions_judged_recall.jsonl) --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2015-08-07-594: a foreign first name (analysis/data/world/foreign_first_names.txt) starts a
        # name before a title
        (
            "وتضم عضويتها أسماء مثل جيمي كارتر - الرئيس الأمريكي السابق-، وغيرهم.",
            [("جيمي كارتر", "جيمي كارتر")],
        ),
        # 2015-07-22-222
        (
            "كان جيمس بولارد رئيس بنك سانت لويس الاحتياطي الاتحادي توقع أمس الأول أن يرفع المجلس الفائدة.",
            [("جيمس بولارد", "جيمس بولارد")],
        ),
    ],
)
def test_a_foreign_first_name_starts_a_name_before_a_title(text, expected):
    assert in_first(found(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out articles (2015-07-22-1855, 2015-07-22-913, 2015-08-03-1227): common Arabic given names
        # that the corpus-learnt list counts fewer than 10 times (analysis/data/world/arabic_first_names.txt)
        (
            "وأوضح المتحدث الرسمي للمركز رأفت الصباغ أمس، أن هذه الدفعة تمثل الدفعة الثالثة.",
            [("رأفت الصباغ", "رأفت الصباغ")],
        ),
        (
            "من جانبه تحدّث العميد بسام عطيه, عن الإستراتيجية التي يتبعها التنظيم.",
            [("بسام عطيه", "بسام عطيه")],
        ),
        (
            "وناقش أمس مع وزير الإعلام اليمني الدكتورة نادية السقاف أعمال المركز.",
            [("نادية السقاف", "نادية السقاف")],
        ),
    ],
)
def test_a_common_arabic_first_name_the_corpus_rarely_titles_starts_a_name(text, expected):
    assert in_first(found(text)) == expected


def test_an_organisation_named_by_a_connector_alone_is_no_entity():
    # the ninth uniform sample (2015-07-23-473): MML Mideast spelt letter by letter, أم read as the name
    text = "إلا أن شركة أم أم أل ميديست ليمتد لم تقم بشحن المعدات المتفق عليها خلال الفترة المحددة."
    assert not any(name.startswith("شركة") for _, name in in_first(found(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2015-08-02-263: a slash between the title and the name; three given names and the family name
        (
            "1-ترشيح الاستاذ /عبدالعزيز محمد إبراهيم السبيعي رئيساً لمجلس الإدارة 2-ترشيح الدكتور/عبدالله حمد "
            "إبراهيم المشعل نائباً لرئيس مجلس الإدارة",
            [
                ("عبدالعزيز محمد إبراهيم السبيعي", "عبدالعزيز محمد إبراهيم السبيعي"),
                ("عبدالله حمد إبراهيم المشعل", "عبدالله حمد إبراهيم المشعل"),
            ],
        ),
        # judged sample (mentions_judged_recall.jsonl), 2015-08-10-72: connectors do not count as name words
        (
            "2 – تعيين المهندس / محمد بن مبارك بن عبدالله الدوسري على وظيفة ( أمين منطقة جازان ) بالمرتبة الخامسة عشر",
            [("محمد بن مبارك بن عبدالله الدوسري", "محمد بن مبارك بن عبدالله الدوسري")],
        ),
    ],
)
def test_a_name_after_a_slash_and_a_family_name_after_three_given_names(text, expected):
    assert in_first(found(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2015-07-21-482 (the royal decrees): وليد is in no list of first names; the lineage's shape, a given name,
        # بن and the father's, بن and the grandfather's, says what the family name is
        (
            "والشيخ صالح بن عبد العزيز بن محمد بن إبراهيم آل الشيخ وزيرًا للشؤون الإسلامية والأوقاف والدعوة والإرشاد، "
            "والدكتور وليد بن محمد بن صالح الصمعاني وزيرًا للعدل، والدكتور مطلب بن عبد الله النفيسة وزير دولة",
            "وليد بن محمد بن صالح الصمعاني",
        ),
        # 2015-08-10-201: the compound عبد الله, its عبد no first name
        (
            "2 - تعيين المهندس محمد بن مبارك بن عبد الله الدوسري على وظيفة «أمين منطقة جازان» بالمرتبة الـ15 بأمانة "
            "منطقة جازان.",
            "محمد بن مبارك بن عبد الله الدوسري",
        ),
        # 2015-08-07-381: the grandfather's name طامي in no list
        (
            "وقال الشيخ بدر بن علي بن طامي العتيبي مدير مركز الدعوة والإرشاد بالطائف: علينا أن لا نغالط أنفسنا",
            "بدر بن علي بن طامي العتيبي",
        ),
    ],
)
def test_a_family_name_after_a_lineage_of_three_given_names_the_lists_lack(text, expected):
    assert expected in [name for name, _ in in_first(found(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2015-08-04-402: "chaired the third meeting": الاجتماع, a common word, is no family name
        (
            "ورأس معالي محافظ الطائف فهد بن عبدالعزيز بن معمر الاجتماع الثالث للجنة التنفيذية لسوق عكاظ، الذي "
            "استعرض فيه حفل الافتتاح",
            "الاجتماع",
        ),
        # 2015-07-31-875: a father's name glued to the next title's و, then السمو "Highness"
        (
            "وصاحب السمو الملكي الأمير وليد بن عبدالمحسن بن عبدالعزيز وصاحب السمو الملكي الأمير فيصل بن سعد بن "
            "عبدالعزيزوصاحب السمو الملكي الأمير عبدالعزيز بن سعد بن عبدالعزيز نائب أمير منطقة حائل.",
            "السمو",
        ),
    ],
)
def test_a_common_word_after_a_lineage_of_three_is_no_family_name(text, expected):
    assert not any(name.endswith(expected) for name, _ in in_first(found(text)))


def test_the_home_states_institution_by_its_bare_name_in_an_article_about_the_home_state():
    # judged sample (mentions_judged_recall.jsonl), 2015-08-11-1140: مجلس الوزراء with no trigger
    # before it, in an article that names Saudi Arabia more than any other state
    text = ("وأفاد وزير الثقافة والإعلام أن مجلس الوزراء اطلع على الموضوعات المدرجة على جدول أعماله، ومنها "
            "مشروعات المملكة العربية السعودية مع الدول الشقيقة، وأكد أن السعودية ماضية في دعمها.")  # fmt: skip
    table = found(text, home="saudi_arabia")
    rows = table[(table["doc_id"] == "d0") & (table["surface"] == "مجلس الوزراء")]
    assert rows[["entity_id", "alias"]].values.tolist() == [["saudi_council_of_ministers", "مجلس الوزراء السعودي"]]


def test_another_states_body_the_home_state_has_none_of_is_read_by_its_bare_name():
    # 2015-08-10-644 (Lebanon): Saudi Arabia has no مجلس النواب, so the bare name in an article that names
    # Lebanon most is Lebanon's, home state or not (the tenth round)
    text = ("تعيش لبنان أزمة، وزعم العماد ميشال عون أن الحكومة اللبنانية تحاول القيام بانقلاب لقضم مجلس النواب "
            "والمجلس الدستوري والجيش اللبناني.")  # fmt: skip
    table = found(text, home="saudi_arabia")
    rows = table[(table["doc_id"] == "d0") & (table["surface"] == "مجلس النواب")]
    assert rows["entity_id"].tolist() == ["lebanon_parliament"]


@pytest.mark.parametrize(
    ("text", "other"),
    [
        # 2015-08-10-117 (the hundred-and-fifty-fourth round): Libya's House named bare in an article about Libya
        # that names Morocco twice, the talks' host; Libya, a region, had no institutions and was not counted
        (
            "أعلن العقيد ونيس بوخمادة قائد القوات الخاصة (الصاعقة) التابعة للجيش الليبي في مدينة بنغازي بشرق ليبيا، "
            "أنه لن يسمح بخروج المظاهرات المؤيدة لنظام العقيد الراحل معمر القذافي. من جهته، دعا رئيس مجلس النواب "
            "عقيلة صالح منتسبي الجيش إلى الانضمام والالتحاق بوحداتهم. وقالت المصادر إن درمبة الذي ينتمي إلى مدينة "
            "الزنتان الجبلية في غرب ليبيا، قد تعرض للخطف. إلى ذلك، سادت أجواء من الغموض الترتيبات المتعلقة باستئناف "
            "أحدث جولات الحوار الذي ترعاه بعثة الأمم لمتحدة بعد نقلها المفاجئ من المغرب، من دون أي تفسير رسمي. خاصة "
            "بعد التوقيع من جانب البرلمان الشرعي على الاتفاق المبدئي لتشكيل الحكومة بالأحرف الأولى في منتجع الصخيرات "
            "المغربي.",
            "morocco_parliament",
        ),
        # 2015-08-01-166: Ukraine's constitutional court, read as Russia's (named twice)
        (
            "وكان النواب الأوكرانيون قد وافقوا في 16 يوليو (تموز) الماضي على رفع المشروع الرئاسي إلى المحكمة "
            "الدستورية التي كانت موافقتها ضرورية قبل التصويت على النص. وقال الرئيس الأوكراني بترو بوروشينكو، إن «قرار "
            "المحكمة الدستورية حول اللامركزية خطوة مهمة نحو إجراء تغييرات كبرى في البلاد». لكن هذه الفكرة تلقى "
            "معارضة كبيرة في أوكرانيا. وتجدر الإشارة إلى أن النزاع الدائر بين الجيش الأوكراني والمتمردين الموالين "
            "لروسيا أوقع أكثر من 6800 قتيل في 15 شهرًا. وذلك بعد فترة من الجمود في التعاون بين الناتو وروسيا.",
            "russia_constitutional_court",
        ),
    ],
)
def test_a_bare_institution_in_an_article_about_libya_or_ukraine_is_no_other_states(text, other):
    table = found(text, home="saudi_arabia")
    assert other not in set(table["entity_id"])


def test_a_bare_institution_in_an_article_about_lebanon_that_names_syria_is_still_lebanons():
    # 2015-08-06-425: Syria, a region too, is not counted (it is named in articles on its neighbours): named
    # as often as Lebanon here, it would leave the article no state
    text = ("ويأتي قرار وزير الدفاع بعد تعذر التوافق بين المكونات السياسية الممثلة في الحكومة اللبنانية على تعيين "
            "خلف لقائد الجيش الذي تنتهي ولايته الشهر المقبل في ظل استمرار الفراغ في موقع رئاسة الجمهورية. في "
            "المقابل، يقول خصوم عون إنّ الظروف الامنية السائدة على وقع النزاع في سوريا لا تسمح بوصول الفراغ إلى "
            "رئاسة الاجهزة العسكرية الامنية. وعجز مجلس النواب منذ أكثر من سنة عن انتخاب رئيس بسبب عدم اكتمال نصاب جلسات الانتخاب التي فاق عددها "
            "الـ26. ويقاطع نواب كتلة عون وحليفه حزب الله جلسات البرلمان مطالبين بتوافق مسبق على رئيس، في حين يدعو "
            "خصومهم وفي مقدمهم تيار المستقبل وحزب القوات اللبنانية إلى النزول لمجلس النواب والاختيار بين أكثر من "
            "مرشح. وينقسم لبنان بحدة على خلفية النزاع في سوريا المجاورة، حيث يشارك حزب الله في القتال إلى جانب "
            "قوات النظام، ما يثير انتقادات خصومه.")  # fmt: skip
    table = found(text, home="saudi_arabia")
    rows = table[(table["doc_id"] == "d0") & (table["surface"] == "مجلس النواب")]
    assert rows["entity_id"].tolist() == ["lebanon_parliament", "lebanon_parliament"]


def test_another_states_ministry_by_its_bare_name_is_not_read_in_a_saudi_paper():
    # a bare ministry or central bank may be the home state's (2015-08-09-326: وزارة الداخلية in an
    # article on Yemenis in Riyadh is the Saudi ministry): another state's was right in too few judged
    # articles of a Saudi paper, so none is read
    text = ("قالت الحكومة في لبنان إن وزارة الداخلية ستلاحق المتظاهرين، وأكد الجيش في لبنان أن البنك المركزي "
            "لن يتأثر.")  # fmt: skip
    table = found(text, home="saudi_arabia")
    assert not {"lebanon_interior_ministry", "lebanon_central_bank"} & set(table["entity_id"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2015-07-21-2415: a district (Yemen's مديرية) is a place noun
        (
            "سقطوا إثر استهداف دورية عسكرية تابعة لهم بالقرب من مفرق حبيش بمديرية المخادر حيث كانت الدوريتان.",
            [("المخادر", "المخادر")],
        ),
        # 2015-07-22-929: a toponym's head (جبل) opens the name after a place noun, quotes passed over
        (
            'عن مقتل 20 إرهابيا إثر استهداف مقر لتجمع العناصر الإرهابية في منطقة "جبل العليقة" في شمال سيناء.',
            [("جبل العليقة", "جبل العليقة")],
        ),
    ],
)
def test_a_district_and_a_place_named_with_a_toponyms_head(text, expected):
    assert in_first(found(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a toponym's head followed by an adjective is a common noun phrase
        "وتقع المدرسة في منطقة جبل عالية الارتفاع.",
        # a security directorate: أمن is no place's name
        "وأفاد مصدر أمني مصري مسؤول بمديرية أمن مطروح في تصريح له اليوم.",
    ],
)
def test_no_place_from_a_toponyms_head_alone_nor_a_directorate(text):
    assert in_first(found(text)) == []


def test_a_bare_institution_followed_by_another_states_nisba_is_not_the_home_states():
    # judged sample, 2015-08-07-1237: مركز المعلومات التابع لمجلس الوزراء المصري
    text = ("وقالت المملكة العربية السعودية إن السعودية ماضية في خططها، وكان مركز المعلومات التابع لمجلس الوزراء "
            "المصري أصدر تقريرا.")  # fmt: skip
    table = found(text, home="saudi_arabia")
    assert "saudi_council_of_ministers" not in set(table["entity_id"])


@pytest.mark.parametrize(
    "text",
    [
        # 2015-08-11-125 (the hundred-and-fourth round): نظام السوق المالية, the Capital Market Law, in an article
        # that names Saudi Arabia most
        "نجحت شركات التأمين السعودية في تحقيق معدلات ربحية متزايدة، وارتفاع أسعار بوليصة التأمين في السوق "
        "السعودية من جهة أخرى. وفي سياق ذي صلة، أعلنت هيئة السوق المالية السعودية أمس، أن مجلس الهيئة قرر إحالة "
        "أحد أعضاء مجلس إدارة شركة «مجموعة الطيار للسفر القابضة» إلى هيئة التحقيق والادعاء العام، وذلك بسبب "
        "الاشتباه في مخالفته للمادة التاسعة والأربعين من نظام السوق المالية والمادة السابعة من لائحة سلوكيات السوق.",
        # 2015-08-03-114 (mentions_judged_recall.jsonl, wrong): with ل before نظام
        "في وقت أعلنت فيه شركة «موبايلي» (المشغل الثاني للهاتف المتنقل في السعودية)، عن صافي خسارة بنحو 901 "
        "مليون ريال. وحول تحقيقات قوائم شركة «موبايلي»، قالت هيئة السوق المالية السعودية في بيانٍ لها يوم أمس، "
        "إنها ستعلن تطورات ونتائج إجراءات التحقق من المخالفات المرتكبة لنظام السوق المالية ولوائحه التنفيذية "
        "والمتسببين فيها عند الانتهاء منه. وبحسب بيان صحافي تفصيلي صادر عن شركة «موبايلي» السعودية أمس، بلغ "
        "صافي الخسارة للربع الثاني.",
    ],
)
def test_the_capital_market_law_by_its_bare_name_is_not_the_exchange(text):
    table = found(text, home="saudi_arabia")
    assert "tadawul" not in set(table.loc[table["doc_id"] == "d0", "entity_id"])


def test_the_capital_market_law_is_not_the_exchange_and_the_market_in_the_same_article_still_is():
    # 2015-08-06-288: the market (judged right in mentions_judged_uniform_20261204.jsonl) and the law twice, by
    # its bare name after لنظام and by its full name (the exchange's name_ar) after نظام, whose nisba names the state
    text = ("يشار إلى أنه في الوقت الذي تسعى فيه السعودية نحو ضبط مستويات الشفافية والإفصاح في سوقها المالية، أكدت "
            "هيئة السوق في البلاد في وقت سابق أن التداول بناء على معلومات داخلية في الشركات المدرجة في السوق "
            "المالية يعد عملا محظورا، وفقا لنظام السوق المالية واللوائح التنفيذية الصادرة عن الهيئة. وتقضي المادة "
            "50 من نظام السوق المالية السعودية بأنه يحظر على أي شخص أن يتداول.")  # fmt: skip
    sentences, mentions = tables(text)
    every = pd.concat([mentions, discovered_mentions(sentences, mentions, GAZETTEER, home="saudi_arabia")])
    rows = every[every["doc_id"] == "d0"].sort_values("start")
    law = text.index("من نظام السوق المالية السعودية") + len("من نظام السوق المالية ")
    assert rows.loc[rows["entity_id"] == "tadawul", "start"].tolist() == [text.index("في السوق") + 3]
    assert (law, "saudi_arabia") in set(zip(rows["start"], rows["entity_id"]))


def test_the_exchange_by_its_bare_name_without_the_law_is_still_the_exchange():
    # 2015-07-21-1729 (mentions_judged_uniform_2026_12_06_round87.jsonl: right): its chief executive speaking
    text = ("توقعت شركة السوق المالية “تداول” زيادة عدد المستثمرين الأجانب المؤهلين في السوق. وبلغت القيمة السوقية "
            "المملوكة لغير السعوديين 6.7%، من شأنها أن تساعد في استقرار السوق السعودي. وقال المدير التنفيذي “تعد "
            "هذه الخطوة أولى مسيرتنا الطويلة لتطوير السوق ونتوقع أن تجني السوق المالية والمتعاملين فيها العديد من "
            "الفوائد.”")  # fmt: skip
    sentences, mentions = tables(text)
    every = pd.concat([mentions, discovered_mentions(sentences, mentions, GAZETTEER, home="saudi_arabia")])
    rows = every[(every["doc_id"] == "d0") & (every["entity_id"] == "tadawul")].sort_values("start")
    # شركة السوق المالية, its company's name, is an alias since the hundred-and-eighty-ninth round
    assert rows["start"].tolist() == [text.index("شركة السوق"), text.index("تجني السوق") + len("تجني ")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # 2015-07-21-2459 (mentions_judged_uniform_2026_12_08_round186.jsonl: wrong, a new discovered body)
        (
            "هذا وبينت شركة السوق المالية «تداول» أن نسبة القيمة السوقية الإجمالية لملكية الأجانب المؤهلين.",
            "شركة السوق المالية",
        ),
        # 2015-08-02-766
        (
            'وبحسب تقرير شركة السوق المالية "تداول"، فقد حقق المؤشر من بداية العام حتى آخر جلسة عائدا إيجابيا.',
            "شركة السوق المالية",
        ),
        # 2015-07-31-824
        ("وهذا يتطلب من شركة السوق المالية تداول امتلاكها تقنيات وعمليات لهذه الخاصية.", "شركة السوق المالية"),
        # 2015-08-11-464: with the nisba, one name (not the exchange after شركة and the state after it)
        (
            "أعلنت شركة السوق المالية السعودية (تداول) عن توقيع اتفاقية تقوم بموجبها بتقديم خدمات الحفظ والتسجيل.",
            "شركة السوق المالية السعودية",
        ),
    ],
)
def test_the_exchange_by_its_companys_name_is_the_exchange(text, name):
    sentences, mentions = tables(text)
    every = pd.concat([mentions, discovered_mentions(sentences, mentions, GAZETTEER, home="saudi_arabia")])
    rows = every[every["doc_id"] == "d0"]
    assert list(zip(rows["surface"], rows["entity_id"])) == [(name, "tadawul")]


def test_the_market_authority_before_the_exchanges_company_stays_the_authority():
    # 2015-07-31-824 (mentions_judged_uniform_2026_12_03_round25.jsonl: the authority, right)
    text = ("إلا أنه يتوجب على هيئة السوق المالية السعودية أن تضع تشريعاً يسمح لها بإلغاء الصفقات وهذا يتطلب من "
            "شركة السوق المالية تداول امتلاكها تقنيات وعمليات لهذه الخاصية.")  # fmt: skip
    sentences, mentions = tables(text)
    every = pd.concat([mentions, discovered_mentions(sentences, mentions, GAZETTEER, home="saudi_arabia")])
    rows = every[every["doc_id"] == "d0"]
    assert ("هيئة السوق المالية السعودية", "saudi_cma") in set(zip(rows["surface"], rows["entity_id"]))
    assert not (rows["start"] < text.index("شركة السوق")).loc[rows["entity_id"] == "tadawul"].any()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # judged sample of the titles (mentions_judged_recall.jsonl), 2015-08-02-2: a spokesman
        (
            "المتحدث الرسمي لوزارة الصحة صالح المالكي صرح لـعين اليوم قائلا إن الأنظمة تمنع ذلك.",
            [("وزارة الصحة", "وزارة الصحة"), ("صالح المالكي", "صالح المالكي")],  # the ministry: the thirteenth round
        ),
        # 2015-07-24-1339: a deputy minister, named before the title
        (
            "وقال صلاح المزروع وكيل وزارة الصحة السعودية إن الطائرة تحتوي على مواد إغاثية.",
            [("صلاح المزروع", "صلاح المزروع")],
        ),
    ],
)
def test_a_spokesman_and_a_deputy_minister_are_titles(text, expected):
    assert in_first(found(text)) == expected


# --- local bodies of known places (discovered.yaml local_bodies) ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a municipality, its head right before the town (dev set 2015-07-27-1007)
        (
            "أوضحت بلدية الخرج في بيان لها أن الحريق الذي نشب مساء أمس في كوبري طريق الملك عبدالله.",
            [("بلدية", "بلدية الخرج")],
        ),
        # with a proclitic and a place noun the governorate's alias holds (2015-08-10-605)
        (
            "ينفذ مشروعا تابعا لبلدية محافظة ابو عريش، معتبرا أن ما قام به المقاول يعدّ سرقة.",
            [("بلدية", "بلدية محافظة ابو عريش")],
        ),
        (
            "فيما أوضح الناطق الاعلامي لأمانة منطقة جازان طارق رفاعي أن تصرّف المقاول غير أخلاقي.",
            [("أمانة", "أمانة منطقة جازان"), ("طارق رفاعي", "طارق رفاعي")],
        ),
        # an education department, a health directorate, a police one (corpus sentences)
        ("استكملت سفيرات الحزم جدول زياراتهن تعليم جدة، بزيارة لمتحف ومعرض العلوم والتقنية.", [("تعليم", "تعليم جدة")]),
        (
            "ونفى المتحدث الإعلامي لصحة مكة المكرمة عبدالوهاب شلبي ما تردد عن تعرض الجثث المحفوظة للتلف.",
            [("صحة", "صحة مكة المكرمة"), ("عبدالوهاب شلبي", "عبدالوهاب شلبي")],
        ),
        ("وأنهت الفرقة عملها وسلمت الحادث لشرطة ينبع.", [("شرطة", "شرطة ينبع")]),
        # a municipal council, a preposition, then the place (2015-08-11-971)
        (
            "انتقد رئيس المجلس البلدي بمحافظة دومة الجندل التابعة لمنطقة الجوف عدم تنفيذ القرارات.",
            [("المجلس البلدي", "المجلس البلدي بمحافظة دومة الجندل")],
        ),
        (
            "وشدد نائب رئيس المجلس البلدي في محافظة القطيف على أهمية المشاركة.",
            [("المجلس البلدي", "المجلس البلدي في محافظة القطيف")],
        ),
    ],
)
def test_a_local_body_of_a_known_place_is_an_organisation_and_the_place_stays(text, expected):
    table = found(text, home="saudi_arabia")
    assert in_first(table) == expected
    assert (table["entity_kind"] == "actor").all()
    _, mentions = tables(text)
    assert mentions[mentions["doc_id"] == "d0"]["entity_kind"].eq("region").any()  # the town is named too


@pytest.mark.parametrize(
    "text",
    [
        "وأكد أن تعليم البنات في المملكة شهد تطورا كبيرا خلال العقود الماضية.",  # no place after the head
        "وقال إن البلدية لم ترد على 49 خطابا وجهها المجلس البلدي إليها.",  # a body named without its place
        "وزار الوفد مدينة جدة ثم توجه إلى مكة المكرمة.",  # a place without a body's head
    ],
)
def test_no_local_body_without_a_known_place_right_after_its_head(text):
    assert in_first(discovered_only(found(text, home="saudi_arabia"))) == []


def test_a_feminine_nisba_that_is_no_first_name_still_ends_a_name():
    # العطية stays in a name (above); الإسلامية (إسلامية is no first name) does not
    text = "وقال الدكتور محمد بن سعود الإسلامية إن الجامعة تستعد للعام الجديد."
    assert ("محمد بن سعود", "محمد بن سعود") in in_first(found(text))


def test_a_short_name_word_starting_with_kaf_is_no_proclitic_and_a_new_phrase():
    # dev set 2015-08-10-1131: كوست is no ك + وست ("as west"); ف، ب، ل before a common word still end a name
    assert in_first(found("وقُتل الطالب في مدينة غولد كوست العام الماضي.")) == [("غولد كوست", "غولد كوست")]
    # … but ك + a longer common word is "as …": a new phrase (a corpus sentence)
    text = "وأعلنت إدارة النادي التعاقد مع اللاعب الدولي اليوناني جيانيس فيتفاتزيدس كمحترف رابع."
    assert in_first(found(text)) == [("جيانيس فيتفاتزيدس", "جيانيس فيتفاتزيدس")]


def test_ba_or_lam_before_a_particle_of_the_verb_is_a_names_own_letter():
    # ب or ل before لو "if", لم or لن is no preposition and a word (Arabic writes none so): بلو is JetBlue's Blue
    # (a corpus sentence, 2015-08-06-560, cut before بلو before: round 205's error)
    text = "ونقلت وكالة رويترز عن جيمس نات المستشار القانوني لشركة جيت بلو قوله للصحافيين وهو يعلن رسالة من الائتلاف."
    assert ("شركة جيت بلو", "شركة جيت بلو") in in_first(found(text))


def test_ba_or_lam_before_another_common_word_still_ends_a_name():
    # … while ب or ل before a common word a preposition stands before is still a new phrase (a corpus sentence)
    text = "ومن أهم الأخطاء التي عطلت مشاريع وزارة البلديات نقص المدة النظامية للإعلان عنها."
    assert all("للاعلان" not in key and "للإعلان" not in key for key, _ in in_first(found(text)))


def test_the_second_word_of_a_compound_name_stays_in_the_name():
    # a corpus sentence: سراج الدين is one given name; الدين alone is "religion"
    text = "ويقول الدكتور إسماعيل سراج الدين في مقدمة الكتاب إن السلسلة تقدم النصوص الأثرية."
    assert in_first(found(text)) == [("إسماعيل سراج الدين", "إسماعيل سراج الدين")]


def test_a_home_institutions_ambiguous_alias_is_still_read_in_an_article_about_the_home_state():
    # bare الدفاع المدني is an ambiguous alias of the Saudi body (counted near a Saudi place); far from
    # any, in an article naming Saudi Arabia most, the home rule reads it as before
    filler = " وتابع المسؤول حديثه عن الخطط المستقبلية للمنطقة والمشاريع التنموية." * 5
    text = (
        "وأكدت السعودية أنها ستواصل دعمها للمشروع الكبير."
        + filler
        + " وقال مسؤول إن السعودية تنسق مع الجميع."
        + filler
        + " وتم التنسيق مع الدفاع المدني بشأن الاحتياجات."
    )
    assert in_first(found(text, home="saudi_arabia")) == [("الدفاع المدني", "الدفاع المدني السعودي")]


def test_a_family_name_alone_after_a_definite_noun_is_its_adjective():
    # the round's final uniform sample: عيد الفطر المبارك ("the blessed") is no mention of عمر المبارك;
    # after a verb or a title the family name alone is the person's
    text = (
        "قال الدكتور عمر المبارك إن الفنادق ملتزمة. وداهمت الفرق الفنادق خلال إجازة عيد الفطر المبارك. "
        "وأضاف المبارك أن الجولات مستمرة. وأكد الدكتور المبارك ذلك."
    )
    assert in_first(found(text)) == [
        ("عمر المبارك", "عمر المبارك"),
        ("المبارك", "عمر المبارك"),
        ("المبارك", "عمر المبارك"),
    ]


def test_a_participle_after_a_bodys_name_ends_it():
    # news writes a participle after a body's name: the council "held" on 20 July, the player "ranked"
    text = 'وأضاف: "بناء على استنتاجات مجلس الشؤون الخارجية المنعقد في 20 يوليو يعارض الاتحاد الأوروبي بشدة السياسات'
    names = [name for _, name in in_first(found(text))]
    assert "مجلس الشؤون الخارجية" in names
    assert not any(name.endswith("المنعقد") for name in names)


def test_a_gazetteer_person_named_in_full_then_by_the_family_name():
    # as a discovered person: the family name alone, later in the same article, is the same person
    text = ("افتتح وزير الشؤون الاجتماعية الدكتور ماجد القصبي مركز التنمية الاجتماعية بالمنطقة. "
            "ووجه القصبي القائمين على المركز بضرورة العمل الجاد من اجل الاستفادة من إمكاناته")  # fmt: skip
    table = found(text)
    rows = table[(table["doc_id"] == "d0") & (table["entity_id"] == "majed_al_qasabi")]
    assert list(rows["surface"]) == ["القصبي"]
    # not in an article that never names him in full
    alone = found("ووجه القصبي القائمين على المركز بضرورة العمل الجاد")
    assert "majed_al_qasabi" not in set(alone["entity_id"])


# --- the tenth round ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dev set 2015-08-10-1131: العساف is a word's form too (عساف), but follows many first names
        (
            "من جانبه، أشار مساعد الملحق الثقافي للشؤون القانونية الدكتور مساعد العساف، إلى أن جميع أوراق "
            "المبتعث تم جمعها.",
            [("مساعد العساف", "مساعد العساف")],
        ),
        # 1,500 random articles: a plural's form (الجبرين) and a nisba-less name (العباد) after a father's name
        (
            "رعى محافظ عفيف رشيد بن سليمان الجبرين حفل الأهالي بعيد الفطر المبارك.",
            [("رشيد بن سليمان الجبرين", "رشيد بن سليمان الجبرين")],
        ),
        (
            "ومعالي رئيس المراسم الملكية الأستاذ خالد بن صالح العباد، وعدد من المسؤولين.",
            [("خالد بن صالح العباد", "خالد بن صالح العباد")],
        ),
        # a word the corpus rarely writes after a first name stays a word: no name of one word
        ("من جانبه، دعا مفتي طرابلس الشيخ مالك الشعار كل السياسيين إلى إعلاء مصالح الوطن العليا.", []),
    ],
)
def test_a_family_name_the_corpus_writes_after_many_first_names_ends_the_name(text, expected):
    assert in_first(found(text)) == expected


def test_the_family_names_are_words_with_the_article_written_after_several_first_names():
    from analysis.extract.discovered import _family_names

    names = _family_names()
    assert {"العساف", "الجبرين", "العباد"} <= names
    assert not names & {"الاضحي", "الشعار", "العام", "الملقب"}  # عيد الأضحى: after one name only
    assert all(name.startswith("ال") and len(name) > 3 for name in names)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dev set 2015-08-10-605: a place noun and its place in a title's complement (لأمانة منطقة جازان),
        # and a family name written without its article (رفاعي of الرفاعي, a family name of the corpus)
        (
            "فيما أوضح الناطق الاعلامي لأمانة منطقة جازان طارق رفاعي أن تصرّف المقاول غير أخلاقي.",
            [("طارق رفاعي", "طارق رفاعي")],
        ),
        # 1,500 random articles (2015-08-11-822, 2015-07-21-1072)
        (
            "وقد تابع وكيل إمارة منطقة القصيم عبدالعزيز الحميدان أعمال إعادة التيار الكهربائي.",
            [("عبدالعزيز الحميدان", "عبدالعزيز الحميدان")],
        ),
        (
            "غادر جدة أمس دولة رئيس وزراء باكستان السيد محمد نواز شريف بعد زيارته لأداء مناسك العمرة.",
            [("محمد نواز شريف", "محمد نواز شريف")],
        ),
        # the place noun without a known place after it ends the complement as before: no name
        ("وقال وكيل إمارة منطقة نائية كبيرة إن الحادث أليم.", []),
    ],
)
def test_a_place_noun_and_its_place_in_a_titles_complement_and_a_family_name_without_its_article(text, expected):
    table = found(text, home="saudi_arabia")
    assert [(s, a) for s, a in in_first(table) if not s.startswith(("أمانة", "إمارة"))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dev set 2015-07-21-2239: a ministry of a state the gazetteer's institutions leave out, named with
        # its nisba: the row covers the words before it, Greece's mention stays
        (
            "وتشرع في سداد 6.25 مليار يورو قال مسؤولون في وزارة المالية اليونانية إن الحكومة ستسدد.",
            [("وزارة المالية", "وزارة المالية اليونانية")],
        ),
        # 1,500 random articles (2015-08-02-329): a company's name before its nisba
        (
            "وكان أهمها مشاريع مع شركة سيمنس الألمانية بإجمالي تسعة مليارات دولار.",
            [("شركة سيمنس", "شركة سيمنس الألمانية")],
        ),
        # a description is no name (2015-08-01-139), nor is AFP by its other form (2015-07-23-26)
        ("قالت شركة الطيران التونسية الخاصة إنها علقت جميع رحلاتها.", []),
        ("وقال شهود فلسطينيون لوكالة الصحافة الفرنسية إن الجنود اقتحموا البيت.", []),
    ],
)
def test_an_organisation_named_before_its_states_nisba_is_read_beside_the_state(text, expected):
    table = found(text, home="saudi_arabia")
    assert [(s, a) for s, a in in_first(table) if s.startswith(("وزارة", "شركة", "وكالة"))] == expected
    _, mentions = tables(text)
    assert mentions[mentions["doc_id"] == "d0"]["entity_kind"].eq("actor").any()  # the state's mention stays


def test_the_us_defence_ministry_is_the_united_states_as_the_pentagon_is():
    # 1,500 random articles (2015-08-06-266): both spellings of the nisba
    for text in ("إلا أن وزارة الدفاع الأميركية نفت الأمر.", "إلا أن وزارة الدفاع الأمريكية نفت الأمر."):
        table = found(text, home="saudi_arabia")
        _, mentions = tables(text)
        rows = mentions[mentions["doc_id"] == "d0"]
        assert rows["entity_id"].tolist() == ["usa"] and rows["surface"].str.startswith("وزارة").all()
        assert table[table["doc_id"] == "d0"].empty


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dev set 2015-08-10-1131: a name starting with و that the gazetteer holds whole is no و + word
        (
            "أن المبتعث السعودي الذي عثر على جثته أمس الأحد بجامعة ويتشيتا، بولاية كانساس الأمريكية.",
            [("جامعة ويتشيتا", "جامعة ويتشيتا")],
        ),
        # و + a word after a head is still a conjunction: no organisation
        ("وقال مدير الجامعة إن الشركة وجامعة الملك سعود وقعتا اتفاقا.", []),
    ],
)
def test_a_name_starting_with_waw_that_the_gazetteer_holds_is_no_conjunction(text, expected):
    assert [(s, a) for s, a in in_first(found(text)) if s.startswith(("جامعة", "الشركة"))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dev set 2015-08-09-205: لشؤون carries the deputy's complement on to her portfolio
        (
            "علاوة على سفيرة الولايات المتحدة كارولين كينيدي، ووكيلة وزارة الخارجية الأمريكية لشؤون الأمن الدولي "
            "روز جوتمولر ودبلوماسيين من 76 دولة أخرى.",
            [("كارولين كينيدي", "كارولين كينيدي"), ("روز جوتمولر", "روز جوتمولر")],
        ),
        # two words further only: a longer portfolio leaves no name
        ("وقال مساعد وزير الخارجية لشؤون التعاون الاقتصادي الدولي والتنمية إن الوضع خطير.", []),
    ],
)
def test_a_portfolio_after_lishuun_is_part_of_a_titles_complement(text, expected):
    assert in_first(found(text)) == expected


def test_a_constitutional_council_named_bare_in_an_article_about_its_state_is_its_states():
    # dev set 2015-08-10-644: institutions_rules.yaml constitutional_courts; Saudi Arabia has none, so the
    # bare name is read with the home state too
    text = ("تعيش لبنان أزمة، وزعم العماد ميشال عون أن الحكومة اللبنانية تحاول القيام بانقلاب لقضم مجلس النواب "
            "والمجلس الدستوري والجيش اللبناني.")  # fmt: skip
    table = found(text, home="saudi_arabia")
    rows = table[(table["doc_id"] == "d0") & table["surface"].str.contains("الدستوري")]
    assert rows["entity_id"].tolist() == ["lebanon_constitutional_court"]
    # named with its nisba, the gazetteer has it
    _, mentions = tables("وقرر المجلس الدستوري اللبناني رد الطعن.")
    assert "lebanon_constitutional_court" in set(mentions["entity_id"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dev set 2015-07-21-1632: a chargé d'affaires, the state he is posted to after لدى, then "acting"
        (
            "استدعت وزارة خارجية مملكة البحرين مساء اليوم القائم بأعمال السفارة الإيرانية لدى مملكة البحرين "
            "بالإنابة مرتضى صنوبري ؛ وسلمته مذكرة احتجاج رسمية.",
            [("مرتضى صنوبري", "مرتضى صنوبري")],
        ),
        # 1,500 random articles (2015-08-11-1607, 2015-07-21-2511)
        (
            "واستقبل وزير الداخلية في بيروت اليوم سفير الولايات المتحدة الاميركية لدى لبنان ديفيد هيل .",
            [("ديفيد هيل", "ديفيد هيل")],
        ),
        (
            "القائم بأعمال السفير السعودي لدى الخرطوم أحمد بن عمر المحايلي، والملحق العسكري.",
            [("أحمد بن عمر المحايلي", "أحمد بن عمر المحايلي")],
        ),
        # an acting officer of another office: مساعد is that office, not a first name here
        ("وقال القائم بأعمال مساعد مفوض الشرطة واين بوتشهورن للرجل المسن إن القضية خطيرة.", []),
    ],
)
def test_a_diplomat_after_the_state_he_is_posted_to(text, expected):
    assert in_first(found(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the ninety-second uniform sample (2015-08-07-767, -1454, 2015-08-06-1786): the head of the centre
        # (مركز) Musliyah, the centre's bare name then the man's
        (
            "توافدت جموع كبيرة إلى منزل الشهيد في قرية مسلية من أجل تقديم واجب المواساة والعزاء إلى أسرة الشهيد، "
            "يتقدمهم رئيس مركز مسلية إبراهيم الشعبي، وعدد من المشايخ والقيادات الأمنية.",
            [("إبراهيم الشعبي", "إبراهيم الشعبي")],
        ),
        # SaudiNewsNet 2015-07-25-531, 2015-07-26-509, 2015-08-04-523, 2015-08-11-482
        (
            "أقيم الحفل بحضور رئيس مركز أشيقر عبد الله المغيرة، ومدير دار التربية الاجتماعية بشقراء عبد الله المقرن.",
            [("عبد الله المغيرة", "عبد الله المغيرة")],
        ),
        (
            "بحضور رئيس مركز شري عبدالله الدهيمان ورئيس البلدية إبراهيم الخليفة ومدير المراسم سعد الربيع، أقامت "
            "لجنة التنمية حفلها.",
            [("عبدالله الدهيمان", "عبدالله الدهيمان"), ("إبراهيم الخليفة", "إبراهيم الخليفة")],
        ),
        (
            "افتتح المهندس محمد العمرة ورئيس مركز بلسمر حسن بن فراج الشهري، صباح اليوم الاثنين، مهرجان البُرّ في "
            "سوق الاثنين.",
            [("حسن بن فراج الشهري", "حسن بن فراج الشهري")],
        ),
        (
            "بدوره أوضح مدير مركز اكتفاء محمد الرشيدي، أن فعاليات السوق تستمر لتسعة أيام.",
            [("محمد الرشيدي", "محمد الرشيدي")],
        ),
        # a centre's name of two bare words (2015-07-25-510): the second is no given name, nothing skipped
        ("بدأ الحفل بالقرآن الكريم، ثم كلمة رئيس مركز جنوبية سدير ماجد الزامل، الذي قدم تهانيه للجميع بالعيد.", []),
    ],
)
def test_a_centres_bare_name_after_its_head_is_not_the_mans_first_name(text, expected):
    assert in_first(found(text)) == expected


def test_a_centre_named_after_a_king_is_no_centres_name_before_a_man():
    # 2015-08-07-1072: الملك is a title, not the centre's bare name; no فهد الثقافي read as a man
    text = (
        'من جانبه، ذكر مدير مركز الملك فهد الثقافي "قرية المفتاحة" سعيد بن محيا الأحمري أن المعرض جاء بمبادرة من '
        "فناني القرية."
    )
    assert not [s for s, _ in in_first(found(text)) if "فهد" in s]


@pytest.mark.parametrize(
    "text, absent",
    [
        # the two-hundred-and-thirty-seventh round (2015-07-31-1017): King Saud Medical City, its name read back from
        # الدكتور up to the title الملك after the head مدينة, taken for a man «سعود الطبية»
        ("وحذر استشاري الجهاز الهضمي والكبد للأطفال بمدينة الملك سعود الطبية الدكتور موسى الخرمي من ترك الأجسام "
         "الغربية في متناول الأطفال.", "سعود الطبية"),
        # SaudiNewsNet 2015-07-23-921 (the class's corpus read): مشفى, a hospital as مستشفى, named after a king
        ("ماكدونالدز بجانب مشفى الملك سلمان بالرياض، مشفى عبدالرحمن الفيصل ومشفى الملك عبدالله لأورام الأطفال. كما "
         "زارت ماكدونالدز مشافي أخرى في الشرقية والخفجي.", "عبدالله لأورام الأطفال"),
    ],
)  # fmt: skip
def test_a_body_named_after_a_king_before_a_title_names_no_person(text, absent):
    assert absent not in [name for _, name in in_first(found(text, home="saudi_arabia"))]


@pytest.mark.parametrize(
    "text, name",
    [
        # against: the man named after the city's name and before his title stays (2015-07-31-1017)
        ("وحذر استشاري الجهاز الهضمي والكبد للأطفال بمدينة الملك سعود الطبية الدكتور موسى الخرمي من ترك الأجسام "
         "الغربية في متناول الأطفال.", "موسى الخرمي"),
        # against: a man's whole name (بن and his father's) after the head's title stays, a person in a name (round
        # 165 judged it right: 2015-08-11-1577)
        ("استنكر معالي مدير جامعة الأمير سطام بن عبدالعزيز الدكتور عبدالرحمن بن محمد العاصمي، الحادث الإرهابي.",
         "سطام بن عبدالعزيز"),
    ],
)  # fmt: skip
def test_a_man_named_after_a_body_named_after_a_king_stays(text, name):
    assert name in [a for _, a in in_first(found(text, home="saudi_arabia"))]


def test_complement_links_map_words_to_how_far_they_carry(tmp_path):
    from analysis.data import data_path
    from analysis.extract.discover import DiscoveryDataError, load_triggers

    assert load_triggers().complement_links == {"لشؤون": 2, "لدي": 3}  # normalised (ى -> ي)
    path = tmp_path / "discovery.yaml"
    text = data_path("discovery.yaml").read_text("utf-8").replace("{لشؤون: 2, لدى: 3}", "[لشؤون]")
    path.write_text(text, "utf-8")
    with pytest.raises(DiscoveryDataError):
        load_triggers(path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the tenth uniform sample (2015-07-26-177): a name between quotation marks runs to the closing mark; it is
        # called by its words, without the marks
        (
            "استعانت الحكومة الهولندية بكل من مصرف «دويتشه بنك» من أجل المساعدة في الإشراف على البيع.",
            [("مصرف «دويتشه بنك", "مصرف دويتشه بنك")],
        ),
        # 1,500 random articles (2015-07-22-791, 2015-07-26-168)
        (
            'أعدت كوريا الجنوبية خطة جديدة لخصخصة مصرف "ووري بنك" المملوك للدولة.',
            [('مصرف "ووري بنك', "مصرف ووري بنك")],
        ),
        (
            "وقدمت شركة «بيكر أند ماكنزي» للمحاماة الخدمات القانونية.",
            [("شركة «بيكر أند ماكنزي", "شركة بيكر أند ماكنزي")],
        ),
        # a quotation cut by a full stop is no whole name, and letters alone name nothing (2015-07-23-236)
        ("كسبت الشركة قضية رفعتها على شركة “إم. إم. إل. ميديست ليمتد” أمام المحكمة.", []),
    ],
)
def test_a_quoted_organisation_name_runs_to_its_closing_mark(text, expected):
    assert [(s, a) for s, a in in_first(found(text)) if s.startswith(("مصرف", "شركة"))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acronym spelt letter by letter is the body's whole name, not its first letter (the fifteenth session's
        # class: HSBC, 2015-08-07-254; UBS, 2015-08-07-205; CVC, 2015-08-09-234; UTC, round 230's 2015-07-26-490)
        ("وإحدى النقاط الأساسية لدراسة مجلس إدارة بنك إتش إس بي سي موضوع نقل مقره إلى هونج كونج تتعلق بقيمة الضريبة.",
         "بنك إتش إس بي سي"),
        ('من جانبه، أكد مصرف "يو بي إس" من مقره في زيوريخ الحكم لكنه رفض التعليق.', 'مصرف "يو بي إس'),
        ("حتى الآن هذا العام، كانت شركة سي في سي، وهي واحدة من أكبر شركات الشراء الشامل الأوروبية، تتهافت على الأصول.",
         "شركة سي في سي"),
        ("والجميع جزء من شركة يو تي سي لأنظمة الأبنية والصناعة، التي هي بدورها جزء من مؤسسة يونايتد.",
         "شركة يو تي سي"),
        # round 232's HP (2015-07-21-320), and RWE (2015-08-09-157): a letter that is a word too (إي "any") ends the
        # name where the quotation closes right after it
        ("تركز أجهزة الكومبيوتر المحمول الجديدة، والأجهزة الهجين من شركة «إتش بي»، على المرونة.", "شركة «إتش بي"),
        ("وأصبحت بلدة كيربن مانهايم الألمانية مدينة أشباح، إذ هجرها السكان بعد أن اشترتها شركة «أر دبليو إي» لهدمها.",
         "شركة «أر دبليو إي"),
        # GAM (2015-07-31-623): أم "or" closes the letters where the quotation closes after it
        ('هذه هي خلاصة تحليل لمؤسسة "جي أي أم" المالية السويسرية.', 'مؤسسة "جي أي أم'),
        # AT&T (2015-07-27-171): a quotation opened by letters holds letters that are function words too (تي)
        ("بعد شرائها شركة «دايرك تي في» بـ49 مليار دولار، أصبحت شركة «إي تي أند تي» للاتصالات شركة إعلامية عملاقة.",
         "شركة «إي تي أند تي"),
        # FCA US LLC (2015-08-08-132): eight letters
        ("وجاء هذا الإعلان جانب شركة «إف سي إيه يو إس إل إل سي»، التي كانت تعرف سابقا بكرايسلر.",
         "شركة «إف سي إيه يو إس إل إل سي"),
        # the foreign words after the letters (2015-08-01-91, 2015-07-24-988), not ل + a word nor a gloss in quotation
        # marks (2015-07-24-444: BP, بريتش بيتروليوم)
        ("وفي سول، قالت شركة جي إس إنرجي كورب الكورية الجنوبية، أمس، إنها ستورد ما إجماليه تسع شحنات.",
         "شركة جي إس إنرجي كورب"),
        ("وقال باتريك جاك اختصاصي سوق الديون في مصرف بي ان بي باريبا انه هذه السنة «حصل تلوث انما محدود».",
         "مصرف بي ان بي باريبا"),
        ("يعتبر الحادث الذي وقع لهذه المنصة التابعة لشركة بي بي “بريتش بيتروليوم” الذي تعرضت له في 20 ابريل",
         "شركة بي بي"),
        # KPMG's Saudi firm (2015-07-21-380): the name ends before the state's name in its quotation
        ("أكدت شركة «كي بي إم جي السعودية» في تقرير اقتصادي حديث، أن معروض المساحات سيزيد.", "شركة «كي بي إم جي"),
    ],
)  # fmt: skip
def test_an_acronym_spelt_letter_by_letter_is_the_bodys_whole_name(text, expected):
    assert expected in [s for s, _ in in_first(found(text))]


@pytest.mark.parametrize(
    "text",
    [
        # against: في "in" after one letter is no second letter (SaudiNewsNet: شركة تي في برو, TV Pro, stays as read)
        "بعد اتفاق شركة صلة للتسويق الرياضي المسوق الحصري للفريق مع شركة تي في برو على انطلاقة القناة.",
        # against: a body's head before أو "or" and another head reads no acronym
        "ولا يحق لأي بنك أو مصرف أن يفتح حسابا دون هوية.",
    ],
)
def test_a_letter_that_is_an_arabic_word_opens_or_closes_no_acronym(text):
    assert not [s for s, _ in in_first(found(text)) if " في" in s or " أو" in s]


def test_letters_before_a_known_place_name_no_body():
    # against: FC Moscow unquoted (SaudiNewsNet 2015-08-06-433): the letters alone would cut the club's name
    text = "وسبق لموراليز اللعب لنادي اف سي موسكو الروسي قبل ان ينتقل لأتالانتا عام 2011."
    assert not [s for s, _ in in_first(found(text)) if s.startswith(("لنادي", "نادي"))]


def test_afp_spelt_letter_by_letter_is_afp():
    # SaudiNewsNet 2015-08-10-26: AFP, no new discovered agency
    text = "بينما قال المتحدث الرسمي للشرطة لوكالة أي إف بي: يبدو أن القرية كانت تحمل ضغينة ضد هؤلاء النسوة."
    assert "afp" in {m.entity_id for m in find_mentions(text, GAZETTEER)}
    assert not [s for s, _ in in_first(found(text)) if "إف" in s]


# --- the eleventh round ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the eleventh uniform sample (2015-08-11-…): after a family name, مساعد opens the title مساعد مدير
        (
            "من جانبه، شدد الاستاذ عبدالاله بن محمد الشريف مساعد مدير عام مكافحة المخدرات للشؤون الوقائية على "
            "أهمية الأعمال الوقائية.",
            [("عبدالاله بن محمد الشريف", "عبدالاله بن محمد الشريف")],
        ),
        # 1,500 random articles (2015-08-09-484): read backwards from the title مدير
        (
            "وقد قدم الجوائز نيابة عن البنك بكر الشهري مساعد مدير المنطقة الجنوبية ببنك البلاد.",
            [("بكر الشهري", "بكر الشهري")],
        ),
        # counter-examples: no listed family name before the word (آل حسن, غرم الله), a first name at once
        (
            "وأوضح المهندس عبد العزيز آل حسن مدير عام فرع هيئة السياحة والتراث الوطني أن الزوار كثر.",
            [("عبد العزيز آل حسن", "عبد العزيز آل حسن")],
        ),
        (
            "باشر الدكتور غرم الله سدران مدير عام الشؤون الصحية عمله أمس.",
            [("غرم الله سدران", "غرم الله سدران")],
        ),
        ("قال الدكتور مساعد العساف مدير الجامعة إن العام الدراسي يبدأ غدا.", [("مساعد العساف", "مساعد العساف")]),
    ],
)
def test_a_word_before_a_title_after_a_family_name_opens_the_title(text, expected):
    assert in_first(found(text)) == expected


def test_a_family_name_after_another_first_name_and_wa_is_another_persons():
    # 1,500 random articles (2015-07-21-1473, 2015-08-09-484): a list of names, وأحمد الشهري is not بكر الشهري
    text = ("وقد قدم الجوائز نيابة عن البنك بكر الشهري مساعد مدير المنطقة الجنوبية ببنك البلاد. "
            "وأضاف الشهري أن المهرجان ناجح. ويشارك في المهرجان سالم شامر وأحمد الشهري وسعيد القحطاني.")  # fmt: skip
    surfaces = [s for s, _ in in_first(found(text))]
    assert surfaces == ["بكر الشهري", "الشهري"]  # وأضاف الشهري: him again; وأحمد الشهري: another person


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the hundred-and-ninety-third uniform sample (2015-08-07-398; 2015-08-08-355 the same news): the poetess
        # Abeer Al-Zahrani is not the poet Hassan Al-Zahrani named before her, عبير a woman's given name
        (
            "وذكر الاستاذ الشاعر حسن الزهراني أن هذه المجموعة معايدة نادي الباحة لمبدعيه. وأشار الزهراني أن النادي "
            "يعتز بأن قدم مبدعين وهما الشاعر محمد الزهراني والشاعرة عبير الزهراني، وقال بأن النادي وقع عقود 12 "
            "إصداراً أخرى.",
            ["حسن الزهراني", "الزهراني"],
        ),
        # SaudiNewsNet 2015-08-03-562: Ghada Abbas Ghazzawi, the woman named in full, not "Abbas Ghazzawi"
        (
            "من جهتها، أكدت غادة عباس غزاوي نائبة رئيس لجنة الدعاية والإعلان في غرفة جدة قناعتها بأن دخول المرأة مهم.",
            ["غادة عباس غزاوي"],
        ),
    ],
)
def test_a_womans_given_name_before_a_family_name_is_hers(text, expected):
    # the twelfth session (round 195): women's given names in arabic_first_names.txt (وأشار الزهراني: him again)
    assert [s for s, _ in in_first(found(text))] == expected


# --- the twelfth round ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the twelfth uniform sample (2015-07-31-1993): نادى with alef maksura is the verb "called for"
        (
            "وهناك من يرى بأن عدم سن قانون لتجريم التحرش هو أساس المشكلة، فيما نادى آخرون بضرورة توسيع "
            "نشاط وصلاحيات هيئة الأمر بالمعروف.",
            [],
        ),
        ("وقد نادى إلى أن توضع العراق تحت حماية الأمم المتحدة.", []),
        # counter-example: the club, written نادي
        (
            "وأعلن نادي الصقور الرياضي بتبوك عن برنامجه الصيفي للشباب.",
            [("نادي الصقور الرياضي", "نادي الصقور الرياضي")],
        ),
    ],
)
def test_a_head_written_as_another_word_names_no_organisation(text, expected):
    assert [(s, a) for s, a in in_first(found(text)) if "نادي" in a or "نادى" in a] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the twelfth uniform sample (2015-07-21-1444): after آل the family's name, though spelt like a title
        (
            "كما درس جانبا من أصول الفقه والتوحيد على يد الشيخ عبدالله بن عبداللطيف آل الشيخ.",
            [("عبدالله بن عبداللطيف آل الشيخ", "عبدالله بن عبداللطيف آل الشيخ")],
        ),
        # counter-example: without آل, the title word ends the name
        (
            "كما درس جانبا من أصول الفقه والتوحيد على يد عبدالله بن عبداللطيف الشيخ الجليل.",
            [("عبدالله بن عبداللطيف", "عبدالله بن عبداللطيف")],
        ),
    ],
)
def test_the_family_name_after_al_is_read_even_when_spelt_like_a_title(text, expected):
    assert in_first(found(text)) == expected


def test_the_spaced_forms_of_a_known_persons_name_are_the_known_person():
    # 2015-08-08-178: the mufti's whole name, once read whole, is the gazetteer's (no discovered row)
    text = "قال الشيخ عبد العزيز بن عبد الله آل الشيخ مفتي عام السعودية ورئيس هيئة كبار العلماء."
    _, mentions = tables(text)
    assert "abdulaziz_al_sheikh" in set(mentions["entity_id"])
    assert in_first(found(text)) == []


# --- the thirteenth round ----------------------------------------------------------------------------


def test_a_ministry_before_a_persons_name_is_the_ministry_alone():
    # the discovered judged file (2015-08-11-564): the ministry ran on into the person's first name and was
    # dropped with it; a ministry's name is its portfolio (discovery.yaml portfolio_heads), so it ends there
    text = "ونقل مشرف البرنامج بوزارة الصحة سليمان بن أحمد الشريع أن الحالات زادت."
    assert in_first(found(text)) == [("وزارة الصحة", "وزارة الصحة")]
    assert in_first(found(text, home="saudi_arabia")) == [("وزارة الصحة", "وزارة الصحة السعودية")]


def test_the_home_state_of_partitions_is_the_home_state_of_the_whole_corpus():
    """The streamed build decides the home state from each partition's counts of the articles naming a state."""
    from analysis.extract.discovered import home_from_counts, state_article_counts

    rows = [("d1", "saudi_arabia"), ("d1", "yemen"), ("d2", "saudi_arabia"), ("d3", "yemen"), ("d4", "saudi_arabia")]
    mentions = pd.DataFrame(rows, columns=["doc_id", "entity_id"])
    gazetteer = load_gazetteer()
    halves = [state_article_counts(mentions.iloc[:3], gazetteer), state_article_counts(mentions.iloc[3:], gazetteer)]
    per_state = pd.concat([h[0] for h in halves]).groupby(level=0).sum()
    assert home_from_counts(per_state, sum(h[1] for h in halves)) == home_state(mentions, gazetteer) == "saudi_arabia"
    assert home_from_counts(per_state.iloc[:0], 0) is None


# --- the seventeenth round: the movement's bare name is the home state's society at home ------------

#: the round-17 uniform sample (2015-08-04-1201): a Jazan ambulance of the Saudi Red Crescent Authority
RED_CRESCENT = (
    "وأوضح المتحدث الرسمي لفرع هيئة الهلال الأحمر بجازان بيشي الصرخي، أنه عند قيام إحدى فرق الإسعاف الميدانية "
    "بمركز الهلال الأحمر بمحافظة أبو عريش بنقل مصاب إلى المستشفى العام انحرفت عن مسارها."
)


def red_crescents(text: str, home: str | None) -> list[tuple[str, str]]:
    sentences, mentions = tables(text)
    table = merged(mentions, discovered_mentions(sentences, mentions, GAZETTEER), GAZETTEER, home=home)
    rows = table[(table["doc_id"] == "d0") & table["surface"].str.contains("الهلال")]
    return list(zip(rows["surface"], rows["entity_id"]))


def test_the_movements_bare_name_is_the_home_states_society_in_an_article_at_home():
    assert red_crescents(RED_CRESCENT, "saudi_arabia") == [
        ("هيئة الهلال الأحمر", "saudi_red_crescent"),
        ("الهلال الأحمر", "saudi_red_crescent"),
    ]
    # the round-16 sample (2015-08-02-447) and the 20261204 sample: no Saudi name in the sentence
    assert red_crescents("امتدادًا لموضوع مركز الإغاثة والهلال الأحمر أكتب هذا المقال إيضاحًا.", "saudi_arabia") == [
        ("الهلال الأحمر", "saudi_red_crescent")
    ]


@pytest.mark.parametrize(
    ("text", "home", "entity"),
    [
        # an article about another state (SaudiNewsNet 2015-08-09-773, Yemen's society in Taiz): the movement's
        ("وفي مدينة تعز اليمنية شاركنا الهلال الأحمر في انتشال الجثث من شوارع المدينة، قال مسؤول في اليمن.",
         "saudi_arabia", "ifrc"),
        # no home state: the movement's
        (RED_CRESCENT, None, "ifrc"),
        # the federation by its whole name stays itself
        ("وقعت هيئة الهلال الأحمر السعودي مذكرة مع الاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر في جدة.",
         "saudi_arabia", "ifrc"),
    ],
)  # fmt: skip
def test_the_movements_bare_name_stays_the_movements_elsewhere(text, home, entity):
    assert entity in {e for _, e in red_crescents(text, home)}


def test_amman_named_like_oman_names_no_state_for_the_home_society():
    """Against (the hundred-and-thirty-seventh round's corpus read, 2015-07-23-1208 condensed): Amman after العاصمة
    (the city, read from Oman's name) counts for no state, so an article naming Jordan and Saudi Arabia once each
    stays at home and its bare الهلال الاحمر at Rafha the Saudi society, as before the city was read."""
    text = (
        "وقال المتحدث الرسمي لهيئة الهلال الأحمر في منطقة الحدود الشمالية مساعد غالي العنزي، تلقت غرفة العمليات في "
        "الهلال الاحمر برفحاء بلاغا من أحد المواطنين عن انقلاب مركبة تقل أسرة على طريق العجرمية.\n"
        "وفي ذات الاطار توفي مواطن وأصيب اثنان آخران بإصابات بالغة اثر انقلاب المركبة التي كانوا يستقلونها في "
        "منطقة الغور بالأردن على الطريق الدولي بين العاصمة عمان والحدود السعودية."
    )
    assert ("الهلال الاحمر", "saudi_red_crescent") in red_crescents(text, "saudi_arabia")


# --- the hundred-and-thirty-fourth round: a worker's nationality does not take the article abroad ----


@pytest.mark.parametrize(
    "text",
    [
        # the round-134 sample (SaudiNewsNet 2015-08-04-945): a Pakistani worker hit by a car at Afif; the
        # text names no state but Pakistan, by its nisba
        "تعرض عامل، من جنسية باكستانية، بعفيف، لحادثة دهس على الشارع العام، مقابل مبنى الدفاع المدني، من سيارة "
        "مسرعة؛ مما نتج عنه إصابته بإصابات، وصفت بالخطيرة، وتم نقله إلى مستشفى عفيف العام، عبر سيارة الهلال "
        "الأحمر، لتلقي العلاج اللازم، فيما باشرت الأجهزة الأمنية الحادثة.",
        # 2015-08-06-3079: a Yemeni worker fallen in a Makkah tower
        "لقى عامل يمني الجنسية مصرعه، ظهر اليوم، عقب سقوطه من الدور العاشر في بئر مصعد أحد الأبراج السكنية. "
        "وقال المتحدث الرسمي باسم الإدارة العامة للدفاع المدني بالعاصمة المقدسة الرائد نايف الشريف: \"تم الكشف "
        "على الشخص المتوفى بمعرفة المختصين في الهلال الأحمر، وتبين أنه فارق الحياة\".",
        # 2015-07-22-1894: an Indonesian pilgrim delivered in the Haram
        "ومن تلك المظاهر تقديم خبر نجاح متطوعات الهلال الأحمر في توليد سيدة إندونيسية في ساحات الحرم المكي للمرة "
        "الأولى.",
    ],
)  # fmt: skip
def test_the_movements_bare_name_is_the_home_states_society_beside_a_foreign_nisba_only(text):
    assert red_crescents(text, "saudi_arabia") == [("الهلال الأحمر", "saudi_red_crescent")]


def test_the_movements_bare_name_stays_the_movements_where_another_state_is_named():
    # 2015-08-04-195 (Syria's heat wave): سوريا named, as the nisbas السوري, السوريين
    text = (
        "«الأسد أو نشوي البلد» عبارة كتبها جنود النظام السوري على جدران إحدى المناطق في ريف دمشق، وحينها لم يدرك "
        "السوريين الذين قرأوها أن تجتاح البلد موجة حر، بالتزامن مع موجة الحر الشديدة التي تشهدها سوريا منذ عشرة "
        "أيام. وحذرت عدة جهات أهلية وحكومية من التعرض للشمس، كما وزعت منظمة الهلال الأحمر مناشير."
    )
    assert "ifrc" in {e for _, e in red_crescents(text, "saudi_arabia")}


def test_a_facility_named_after_a_king_before_a_title_names_no_person():
    # the round-17 sample (2015-07-21-1135): «فهد الدولي» was read as a person named before المهندس
    text = (
        "وأوضح مدير عام مطار الملك فهد الدولي المهندس يوسف بن خليفة الظاهري أن إدارة المطار تعكف على افتتاح "
        "عدة مشاريع، من خلال مطار الملك فهد الدولي."
    )
    names = [name for _, name in in_first(discovered_only(found(text, home="saudi_arabia")))]
    assert "فهد الدولي" not in names
    assert "يوسف بن خليفة الظاهري" in names
    # a name before a title that ends in no facility's word is still a person's
    text = "وقال محمد الشدادي نائب رئيس مجلس النواب إن الجلسة تأجلت."
    assert [name for _, name in in_first(discovered_only(found(text, home="saudi_arabia")))] == ["محمد الشدادي"]


@pytest.mark.parametrize(
    "text",
    [
        # SaudiNewsNet 2015-08-08-165: an indefinite head, then its clause's verb (يرغب / ترغب both common)
        'قد تصبح "تويتر" أكثر جاذبية بالنسبة لشركة ترغب في الاستحواذ عليها.',
        # 2015-08-04-723
        "مثلا يأتي رئيس نادي يوقع عقود تتجاوز المئة مليون وبعدها يستقيل.",
        # 2015-07-26-953 (the round-16 list): a passive, written with a damma after the prefix
        "وهذا يهز ثقة العالم في مجلس يُفترض فيه أن يكون صمام الأمن والسلام.",
        # 2015-07-27-665: a passive whose other form is rare
        "مذكرا بأن أي مؤسسة تُنشأ لخدمة أبناء وذوي الشهداء هي مسؤولية وطن.",
        # 2015-07-21-983: a place noun and its verb (يسمى / تسمى)
        "أصابت سيارة كانت تقل المتطرفين الأجانب قرب قرية تسمى فوج الميلبية في الريف الجنوبي للمدينة.",
    ],
)
def test_a_verb_after_an_indefinite_head_names_no_body(text):
    assert discovered_only(found(text, home="saudi_arabia")).empty


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # names that start with ي or ت have no such pair of forms
        ("وقال الرئيس التنفيذي لشركة توشيبا إن الشركة ستعيد هيكلة إدارتها.", "شركة توشيبا"),
        ("وأبدى مدير المنطقة الشمالية لشركة تويوتا شكره لجميع المشاركين.", "شركة تويوتا"),
        ("ونظمت جمعية تحفيظ القرآن الكريم حفلا لتكريم الحفاظ.", "جمعية تحفيظ القرآن الكريم"),
        # 2015-08-08-738: a town whose name starts with ت
        ("وجهزت البلدية مقار الانتخابات البلدية الخاصة بأهالي مدينة تمير والمراكز التابعة لها.", "تمير"),
    ],
)
def test_a_name_with_an_imperfect_prefixs_letter_is_still_a_body(text, name):
    names = [n for _, n in in_first(discovered_only(found(text, home="saudi_arabia")))]
    assert name in names


def test_a_place_noun_after_a_university_discovers_no_place():
    # the round-16 sample (2015-07-24-1434): Michigan State University, not the state
    text = "وقال الباحث في جامعة ولاية متشجن إن الدراسة شملت ألف مشارك."
    assert discovered_only(found(text, home="saudi_arabia")).empty
    # the place noun alone still discovers the place
    text = "وقال الباحث إن الدراسة شملت ألف مشارك في ولاية متشجن الأمريكية."
    assert [n for _, n in in_first(discovered_only(found(text, home="saudi_arabia")))] == ["متشجن"]


# --- the nineteenth round ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the nineteenth sample (2015-08-09-705): three given names, then آل and the family
        (
            "كما تم تشكيل مجلس أمناء لمؤسسة دبي لمتحف المستقبل برئاسة سمو الشيخ حمدان بن محمد بن راشد آل "
            "مكتوم ولي عهد دبي رئيس المجلس التنفيذي.",
            "حمدان بن محمد بن راشد آل مكتوم",
        ),
        # two given names: آل and the family were read already (the twelfth sample)
        (
            "كما درس جانبا من أصول الفقه والتوحيد على يد الشيخ عبدالله بن عبداللطيف آل الشيخ.",
            "عبدالله بن عبداللطيف آل الشيخ",
        ),
        # counter-example: no آل after the three names, nothing more
        (
            "وحضر الحفل الشيخ حمدان بن محمد بن راشد ولي عهد دبي رئيس المجلس التنفيذي.",
            "حمدان بن محمد بن راشد",
        ),
    ],
)
def test_the_family_after_al_is_read_past_three_given_names(text, expected):
    assert expected in [surface for surface, _ in in_first(found(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the nineteenth sample (2015-08-04-121): the analyst's title after his name, not his family name
        (
            "من جهة أخرى، أكد الدكتور سالم باعجاجة المحلل الاقتصادي لـ«الشرق الأوسط»، أن انهيار الريال اليمني "
            "جاء كنتيجة حتمية للأوضاع السياسية.",
            "سالم باعجاجة",
        ),
        # SaudiNewsNet, the 1,500 articles of the nineteenth round (2015-07-23-340, 2015-08-03-216)
        (
            "لفتة كريمة إلى ذلك أكد الأستاذ منصور الطلاسي المشرف على اللجنة الخيرية بمكتب صاحب السمو الملكي.",
            "منصور الطلاسي",
        ),
        (
            "أكد الدكتور مساعد الأحمد المشرف على برنامج إعداد القادة في جامعة هارفارد أن البرنامج ناجح.",
            "مساعد الأحمد",
        ),
        # counter-example: a family name shaped like a participle (SaudiNewsNet 2015-08-11-36)
        (
            "قام أمين الطائف رئيس المجلس البلدي المهندس محمد بن عبد الرحمن المخرج بجولة تفقدية على حديقة الفيصلية.",
            "محمد بن عبد الرحمن المخرج",
        ),
    ],
)
def test_a_role_in_apposition_after_a_name_is_not_its_family_name(text, expected):
    persons = [surface for surface, _ in in_first(found(text)) if surface.split()[0] == expected.split()[0]]
    assert persons == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the nineteenth sample's article (2015-08-09-705): a board of trustees is any body's, no name
        (
            "كما تم تشكيل مجلس أمناء لمؤسسة دبي لمتحف المستقبل برئاسة سمو الشيخ حمدان بن محمد بن راشد آل مكتوم.",
            [],
        ),
        # SaudiNewsNet, the 1,500 articles of the nineteenth round
        ("واتفق مجلس أمناء الاتحادات الخليجية واتحادي اليمن والعراق، باجتماعهم اليوم على موعد البطولة.", []),
        # counter-example: a council with a name (the nineteenth sample, 2015-07-24-255)
        (
            "حظي مهرجان الورد والفاكهة الذي ينظمه مجلس التنمية السياحية بمنطقة تبوك هذه الأيام بحضور كبير.",
            ["مجلس التنمية السياحية"],
        ),
    ],
)
def test_a_board_of_trustees_is_no_bodys_name(text, expected):
    assert [surface for surface, _ in in_first(found(text)) if surface.startswith("مجلس")] == expected


# --- the twenty-second round ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compound given name (نور الدين، غرم الله، ضيف الله) is one of a name's three words: the family
        # name after it is still read (the twenty-first uniform sample, 2015-07-21-2741; 2015-08-03-1268,
        # 2015-07-31-730)
        (
            "وقد وقع مدير عام التخطيط الاستراتيجي وتطوير الاستثمار بالهيئة الملكية بالجبيل المهندس عبدالعزيز بن نور الدين عطرجي العقود السبعة.",
            "عبدالعزيز بن نور الدين عطرجي",
        ),
        (
            "اعتمد مدير عام الشؤون الصحية بمنطقة الباحة الدكتور غرم الله بن عبدالله سدران، بحضور مدير إدارة برامج التشغيل الذاتي بصحة الباحة راشد بن علي الزهراني أسماء المقبولين.",
            "غرم الله بن عبدالله سدران",
        ),
        (
            "ابن عم الفقيد الأستاذ مساعد بن ضيف الله الجابري من منسوبي وكالة الأنباء السعودية بالمدينة المنورة قدم التعازي للقيادة.",
            "مساعد بن ضيف الله الجابري",
        ),
    ],
)
def test_a_compound_given_name_is_one_of_a_names_words(text, expected):
    persons = [surface for surface, _ in in_first(found(text)) if surface.split()[0] == expected.split()[0]]
    assert persons == [expected]


def test_god_after_a_compound_given_name_is_not_the_persons_family_name():
    # SaudiNewsNet 2015-07-31-730: with the name cut at ضيف الله, الله was read later as his family name
    text = (
        "ابن عم الفقيد الأستاذ مساعد بن ضيف الله الجابري من منسوبي وكالة الأنباء السعودية بالمدينة المنورة "
        "قدم التعازي للقيادة. وقد أصابت رصاصات الغدر - يرحمه الله - في عز شبابه ( 29 ) عاما حيث كان مثالا في تعامله."
    )
    assert [surface for surface, _ in in_first(found(text)) if "الله" in surface] == ["مساعد بن ضيف الله الجابري"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one person named in full and by his given and family names: the family name alone is his
        # (SaudiNewsNet 2015-07-31-1137)
        (
            "بقيادة مدير الإدارة العامة للدفاع المدني بمحافظة جدة العقيد غازي بن غرم الله الغامدي وعدد 60 ضابط. "
            "وأكد مدير الإدارة العامة للدفاع المدني بجدة العقيد غازي الغامدي أن حملات السلامة مستمرة. "
            "ونوه العقيد الغامدي أن هذه الحملات تأتي امتداداً للجولات والحملات الميدانية لدوريات السلامة.",
            "غازي بن غرم الله الغامدي",
        ),
        # counter-example: two men of one family (SaudiNewsNet 2015-08-03-394): the family name alone is nobody's
        (
            "افتتح رئيس مجلس إدارة النادي الأدبي الثقافي بجدة الدكتور عبد الله عويقل السلمي المعرض التشكيلي. "
            "كما حضر الافتتاح عضو مجلس الإدارة بالنادي الثقافي الأدبي بجدة الدكتور عبد الرحمن السلمي، وعدد من الفنانين. "
            "ويضيف السلمي: والجميل في هذا المعرض مشاركة عدد من الفنانين العرب.",
            None,
        ),
    ],
)
def test_a_family_name_alone_is_the_fullest_name_of_one_given_name(text, expected):
    table = found(text)
    alone = table[(table["doc_id"] == "d0") & (table["surface"].str.split().str.len() == 1)]
    assert list(alone["alias"].unique()) == ([expected] if expected else [])


# --- the twenty-fourth round: a foreign town's bare name that a home place bears with a place noun ----

#: SaudiNewsNet 2015-08-03-684: Al Jawf of Saudi Arabia (منطقة الجوف), not Libya's Al Jawf (GeoNames)
AL_JAWF_AT_HOME = (
    "وقد تمكّنت فِرَق التفتيش في مكتب العمل بالجوف، من ضبط مخالفي قرار منع العمل تحت أشعة الشمس؛ "
    "حيث تم رصد مخالفات في عدد من المنشآت."
)


def al_jawfs(text: str, home: str | None) -> list[str]:
    sentences, mentions = tables(text)
    table = merged(mentions, discovered_mentions(sentences, mentions, GAZETTEER), GAZETTEER, home=home)
    rows = table[(table["doc_id"] == "d0") & table["surface"].str.contains("الجوف")]
    return list(rows["entity_id"])


def test_a_foreign_towns_bare_name_is_the_home_place_of_that_name_at_home():
    assert al_jawfs(AL_JAWF_AT_HOME, "saudi_arabia") == ["al_jawf_region"]
    # a share report (2015-08-06-46): Al-Jouf Cement, named after the region
    text = "فيما جاءت أسهم شركات الكابلات ,وبوبا العربية ,والاهلي ,وبتروكيم , اسمنت الجوف ,والخليج للتدريب على رأس الشركات."
    assert al_jawfs(text, "saudi_arabia") == ["al_jawf_region"]


@pytest.mark.parametrize(
    ("text", "home", "entity"),
    [
        # no home state: the gazetteer's town, as before
        (AL_JAWF_AT_HOME, None, "al_jawf"),
        # an article about Yemen (2015-07-24-362): Yemen's governorate, named among Yemen's
        ("وشنت طائرات التحالف غارات على مواقع الميليشيات المتمردة في محافظات مأرب وعمران وحجة وصعدة والجوف، "
         "ومدينة صنعاء.", "saudi_arabia", "al_jawf_yemen"),
    ],
)  # fmt: skip
def test_a_foreign_towns_bare_name_stays_elsewhere(text, home, entity):
    assert al_jawfs(text, home) == [entity]


# --- the twenty-fifth round: a profession or a role before or after a name ends the name ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a poet before his name ends a body's name (the twenty-fifth uniform sample, 2015-07-24-311;
        # SaudiNewsNet 2015-08-10-1419)
        (
            "كما يتخلل الحفل لوحات شعبية من كلمات رئيس جمعية الثقافة والفنون الشاعر على بن خميس البيضاني وأداء",
            "جمعية الثقافة والفنون",
        ),
        ("فبعث بوزير الشباب الشاعر شفيق الكمالي ووكيل وزارة الخارجية الشاعر شاذل طاقة ليخطباها", "وزارة الخارجية"),
        # counter-examples: a company named after the family (2015-08-02-1075), the family name of a person
        # (2015-08-11-538)
        ("كما خفضت شركة الشاعر للتجارة والصناعة اسهمها في شركة التصنيع، وبيع 334 ألف سهم.", "شركة الشاعر"),
        (
            "دعا الدكتور عبدالرحمن بن إبراهيم الشاعر، وكيل جامعة نايف العربية للعلوم الأمنية، كل مواطن",
            "عبدالرحمن بن إبراهيم الشاعر",
        ),
        # a writer's or a researcher's role in apposition after a name is not his family name
        # (SaudiNewsNet 2015-08-09-403, 2015-08-07-1201, 2015-07-24-8)
        ("رجل الأعمال الكويتي فراج زبن العربيد الأستاذ عواد الفضلي الكاتب عقيل الشمري", "عواد الفضلي"),
        ("وأكد الدكتور الشيخ عبداللطيف باشميل الباحث الشرعي في شؤون الفرق والجماعات المعاصرة", "عبداللطيف باشميل"),
        ("هاجم الأمير خالد آل سعود الكاتب المصري محمد حسنين هيكل بسبب تصريحاته الأخيرة", "خالد آل سعود"),
    ],
)
def test_a_profession_before_a_name_or_a_role_after_it_ends_the_name(text, expected):
    names = [surface for surface, _ in in_first(found(text))]
    assert expected in names
    assert not any(name.startswith(expected + " ") for name in names)


@pytest.mark.parametrize(
    "text",
    [
        # God's name, the second word of a compound name (عبد الله، نصر الله), is no discovered person's family
        # name alone: SaudiNewsNet 2015-08-02-147 (سعد العبد الله الصباح … رحمه الله), 2015-07-21-1997
        "وولي العهد الراحل الشيخ سعد العبد الله الصباح والكثير من الوزراء وأفراد القوات المسلحة. ويقول: «لم ينطق "
        "جدي بكلمة بعد أن سمع الخبر، وظل على هذه الحالة أشهرًا إلى أن مات بعدها، رحمه الله».",
        "أن يتسلح بمهارات وقدرات شخصية كقدرات الأمير سعود غفر الله له. وكان مشهودا له رحمه الله بحبه الشديد لوطنه "
        "السعودية، وما حباه الله به من صفات شخصية.",
    ],
)
def test_gods_name_alone_is_no_discovered_persons_family_name(text):
    assert "الله" not in [surface for surface, _ in in_first(found(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle after a body's name is not part of it (SaudiNewsNet 2015-08-07-1101, 2015-07-21-2240)
        ("وأشارت وزارة الداخلية التابعة لحماس إلى أنها تحقق في الأمر", "وزارة الداخلية"),
        ("بثت وكالة أعماق التابعة للتنظيم صورا لقصف جوي من النظام", "وكالة أعماق"),
    ],
)
def test_a_participle_after_a_bodys_name_is_not_part_of_it(text, expected):
    assert [surface for surface, _ in in_first(found(text)) if surface.startswith(expected)] == [expected]


# --- the twenty-seventh round: another man's lineage before a family name; a perfect verb after a body ------


def test_a_family_name_after_another_mans_lineage_is_another_persons():
    # the twenty-seventh uniform sample (2015-08-06-2967): the border guard commander محمد بن عوضة الزهراني is
    # not the mayor عمر بن أحمد الزهراني named in the next paragraph, nor is a Zahrani named in full later
    text = ("أكد قائد حرس الحدود في محافظة القنفذة العميد بحري محمد بن عوضة الزهراني أهمية قرار مجلس الوزراء. "
            "بدوره قال رئيس بلدية المظيلف بمحافظة القنفذة المهندس عمر بن أحمد الزهراني إن القرار يصب في مصلحة "
            "المواطنين. وأضاف الزهراني أن البلدية ستطبق القرار.")  # fmt: skip
    rows = found(text)
    zahrani = rows[(rows["doc_id"] == "d0") & (rows["surface"] == "الزهراني")]
    assert text.index("الزهراني") not in set(zahrani["start"])  # the commander's
    assert text.rindex("الزهراني") in set(zahrani["start"])  # وأضاف الزهراني: the mayor again


@pytest.mark.parametrize(
    ("text", "father"),
    [
        # his own lineage written out: the given name is his (SaudiNewsNet 2015-08-09-1273, 2015-08-10-933)
        (
            "صدر أمر أمير منطقة مكة المكرّمة الأمير خالد الفيصل بن عبدالعزيز؛ بتعيين أحمد بن سعيد بن عواض الزايدي؛ "
            "شيخاً لقبيلة الزود من عتيبة.   والشيخ أحمد الزايدي؛ من الكفاءات الشابة.",
            "عواض الزايدي",
        ),
        (
            "أكد رئيس مجلس الإدارة عبدالرحمن الجريسي أن المبادرة ناجحة. وتأتي مبادرة عبدالرحمن بن علي الجريسي لرعاية "
            "الطلاب الموهوبين.",
            "علي الجريسي",
        ),
    ],
)
def test_a_family_name_after_the_persons_own_lineage_stays_his(text, father):
    # the family name after his father's name (عواض الزايدي) is found, as his
    rows = found(text)
    family = father.split()[1]
    starts = set(rows[(rows["doc_id"] == "d0") & rows["surface"].eq(family)]["start"])
    assert text.index(father) + len(father) - len(family) in starts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the twenty-seventh uniform sample (2015-08-03-759): the verb "obliged" after the ministry's name
        ("علمت الوطن من مصادر مطلعة أن وزارة الصحة ألزمت جميع المستشفيات الخاصة بثلاجات لحفظ الجثث.", "وزارة الصحة"),
        # SaudiNewsNet 2015-08-02-340: "brought about"
        ("رئيس مجلس إدارة مؤسسة مسك الخيرية أحدثت مفهوما جديدا في التعليم في مدارس الرياض.", "مؤسسة مسك الخيرية"),
    ],
)
def test_a_perfect_verb_after_a_bodys_name_is_not_part_of_it(text, expected):
    assert not any(surface.startswith(expected + " ") for surface, _ in in_first(found(text)))


@pytest.mark.parametrize(
    "text",
    [
        # a head and a verb name no body (SaudiNewsNet 2015-07-21-823, 2015-08-11-532, 2015-08-06-207)
        "بينما توجد 30 شركة سجلت خسائر آخر أربعة أرباع إلا أنها ما زالت تتداول في السوق.",
        "والبالغ عددها 34 شركة حققت بنهاية النصف الأول أرباحا كبيرة.",
        "ويواصل مكتب التحقيقات التحقيق مع شركة ساعدت في وضع برنامج البريد الإلكتروني الخاص.",
    ],
)
def test_a_head_and_a_perfect_verb_name_no_body(text):
    assert not [surface for surface, _ in in_first(found(text)) if surface.startswith("شركة")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counter-examples: names ending in ت with no imperfect of the stem (SaudiNewsNet 2015-07-21-1777,
        # 2015-07-21-584)
        (
            "تعتزم شركة مايكروسوفت وضع اللمسات الأخيرة على نظام التشغيل المنتظر “ويندوز10″ هذا الأسبوع.",
            "شركة مايكروسوفت",
        ),
        (
            "دفع صانعي الفيلم (كاتبان ومنتجان وشركة باراماونت) لإنجاز فيلم يستثمر آخر ما وصلت إليه تقنيات المؤثرات.",
            "شركة باراماونت",
        ),
    ],
)
def test_a_name_ending_in_ta_is_no_verb(text, expected):
    assert expected in [surface for surface, _ in in_first(found(text))]


# --- the twenty-eighth round: a perfect verb where a name should open ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the twenty-eighth uniform sample (2015-08-04-727): "decided to let him go", after the coach's name
        # read as a qualifier of the title
        "صحيح أن المدرب الأوروغوياني الفارو قرر الاستغناء عنه إلا أنه لا يزال يمثل عبئاً مالياً على الخزينة.",
        # SaudiNewsNet 2015-07-22-85, 2015-07-26-108, 2015-07-27-939
        "وذكر بيان للمحكمة العليا أمس: «القاضي قرر المصادقة على قرار محكمة التحكيم الرياضي».",
        'وقال الرئيس في تصريح صحافي ان "النائب قضى نحبه شهيدا فيما كان يخدم الأمة".',
        "وبعد رفع المعلومات الأولية تبين أن قائد المركبة تلقى طعنات عدة قبل أن تحرق مركبته.",
    ],
)
def test_a_perfect_verb_after_a_title_opens_no_name(text):
    assert not in_first(discovered_only(found(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counter-examples: given names spelt like verbs (يروي، يعايد) before a family name (SaudiNewsNet
        # 2015-07-26-1262, 2015-07-31-897)
        ("أعرب المدرب روي هودجسون المدير الفني للمنتخب الإنجليزي لكرة القدم عن ثقته.", "روي هودجسون"),
        ("وذكر مدير إدارة الطوارئ والأزمات بالإنابة الأستاذ عايد العنزي، بأن الإدارة تعمل.", "عايد العنزي"),
    ],
)
def test_a_given_name_spelt_like_a_verb_still_opens_a_name(text, expected):
    assert expected in [surface for surface, _ in in_first(found(text))]


# --- the thirty-seventh round: a family name after a word of another man's lineage in the article --------


def test_a_family_name_after_a_word_of_another_mans_lineage_is_his():
    # the thirty-seventh uniform sample (2015-08-04-912): the martyr عوض بن سراج المالكي, named again as «عوض
    # المالكي» and عوض سراج المالكي, is not the sheikh رشيد بن مساعد المالكي (discovered by his title)
    text = ("رُزق شهيد الواجب عوض بن سراج المالكي هذا اليوم بمولودٍ أُطلق عليه اسم عماد. "
            "وقد خصّ الشيخ رشيد بن مساعد المالكي شيخ قبيلة بني عاصم وابن عم الشهيد صحيفة الوئام بكلمةٍ. "
            "في هذا اليوم رُزقنا بمولود ذكر للشهيد عوض سراج المالكي الذي استشهد في محافظة الطائف. "
            "رابط الخبر: شهيد الواجب «عوض المالكي» يـرزق بمولـود")  # fmt: skip
    rows = found(text)
    malki = set(rows[(rows["doc_id"] == "d0") & (rows["surface"] == "المالكي")]["start"])
    assert text.index("سراج المالكي") + len("سراج ") not in malki
    assert text.rindex("المالكي") not in malki


def test_a_family_name_after_his_own_lineages_words_stays_his():
    # against: a lineage that opens with his own given name is his (SaudiNewsNet 2015-07-21-2115: محمد بن عايش
    # الداموكي is the director محمد الداموكي; the rule's first try, on any word before بن, lost the row)
    text = ("وقال خلال معايدته للمرضى برفقة مدير مستشفى بقيق العام والمراكز الصحية محمد بن عايش الداموكي وعدد "
            "من مدراء الإدرات ان المستشفى الجديد سيقدم خدماته. كما اطمئن المتحمي على سير العمل بالمستشفى "
            "وذلك اثناء زيارته لأقسام المستشفى برفقة مدير المستشفى محمد الداموكي وقدم المتحمي الهدايا.")  # fmt: skip
    rows = found(text)
    starts = set(rows[(rows["doc_id"] == "d0") & (rows["surface"] == "الداموكي")]["start"])
    assert text.index("عايش الداموكي") + len("عايش ") in starts


# --- the thirty-eighth round: a writer's adjective after a group's name -------------------------------


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # the thirty-eighth uniform sample (2015-07-23-609): "extremist" is no word of the group's name; nor in
        # SaudiNewsNet 2015-07-24-1449, where the body is found without it
        (
            "اعلنت وزارة الدفاع الاميركية الثلاثاء ان غارة جوية لقوات الائتلاف الدولي فوق سورية ادت في مطلع يوليو "
            "الى مقتل زعيم مجموعة خراسان المتطرفة الموالية لتنظيم القاعدة في سورية.",
            "خراسان المتطرفة",
            None,
        ),
        (
            "توجه مستوطنو سوسيا القريبة بدعم من منظمة ريغافيم المتطرفة المؤيدة للاستيطان الى المحكمة العليا "
            "الاسرائيلية.",
            "منظمة ريغافيم المتطرفة",
            "منظمة ريغافيم",
        ),
    ],
)
def test_a_writers_adjective_after_a_groups_name_is_not_part_of_it(text, absent, present):
    surfaces = [surface for surface, _ in in_first(found(text))]
    assert not any(s.startswith(absent) for s in surfaces)
    if present is not None:
        assert present in surfaces


# --- the thirty-ninth round: a description after an organisation's head; the airline's short name ----


def test_the_capitals_club_is_a_description_not_a_name():
    # the thirty-ninth uniform sample (SaudiNewsNet 2015-08-01-141: Paris Saint-Germain), 2015-08-04-624 (Roma)
    text = (
        "يسعى ليون إلى استعادة لقب الكأس السوبر من بوابة سان جيرمان من أجل أن يعلن منذ البداية أنه قادر على "
        "مقارعة نادي العاصمة، لكن واقع الأمور يشير إلى أنه سيكون من الصعب إزاحة نادي العاصمة عن العرش."
    )
    assert not any(s.startswith("نادي العاصمة") for s, _ in in_first(found(text)))


def test_a_place_head_keeps_the_capital():
    # against: محافظة العاصمة is Bahrain's Capital Governorate (2015-07-25-1317)
    text = (
        "وقعت محافظة العاصمة وجامعة العلوم التطبيقية مؤخرا مذكرة تفاهم، وأكد محافظ محافظة العاصمة سعي "
        "المحافظة إلى مواصلة إرساء الشراكة."
    )
    assert "العاصمة" in [s for s, _ in in_first(found(text))]


def test_the_airlines_short_name_still_names_its_state():
    # the cabinet session of SaudiNewsNet 2015-08-11-225: «السعودية» (the airline's board) read as Saudia still
    # names Saudi Arabia, so the article stays about it and its bare مجلس الوزراء is the Saudi cabinet
    text = (
        "اطلع مجلس الوزراء على تقرير المؤسسة العامة للخطوط الجوية العربية السعودية، وقرر تعيين أعضاء في مجلس "
        "إدارة «السعودية». ونوه مجلس الوزراء بعمق العلاقات بين السعودية والأردن."
    )
    assert "saudi_council_of_ministers" in set(found(text)["entity_id"])


def test_a_wire_storys_credit_still_names_the_agencys_state():
    # the two-hundred-and-sixteenth round (SaudiNewsNet 2015-07-26-1093): Egypt's interior ministry, named in full
    # once and then bare, in a DPA story; «وفقا للالمانية» read as DPA still names Germany, so the article stays
    # away from home and its bare وزارة الداخلية is not the Saudi ministry
    text = (
        "أعلنت وزارة الداخلية المصرية عن ضبط 44 عنصرا من تنظيم الاخوان. وقال بيان صادر عن وزارة الداخلية على موقع"
        " التواصل الاجتماعي إنه تم ضبط 24 من تلك العناصر في محافظات (المنوفية ، كفرالشيخ ، دمياط ، البحيرة).وفقا"
        " للالمانية."
    )
    assert "dpa" in set(tables(text)[1]["entity_id"])
    assert "saudi_arabia_interior_ministry" not in set(found(text, home="saudi_arabia")["entity_id"])


# --- the fortieth round: a complex or a group named after a person ------------------------------------


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the fortieth uniform sample (SaudiNewsNet 2015-08-10-898, 2015-08-06-2069): مجموعة and مجمع before a
        # title make the name a body's or a place's named after the person (as مستشفى، مركز already do)
        (
            "نجح فريق طبي في إنقاذ حياة مريض. يشار إلى أن مجموعة الدكتور سليمان الحبيب أصبحت أحد أهم المؤسسات "
            "الطبية المرجعية في تشخيص وعلاج حالات القلب.",
            "سليمان الحبيب",
        ),
        (
            "وقع الاتحاد عقد رعاية مع شركة خبراء طيبة المحدودة، وذلك في مقر الاتحاد بمجمع الأمير فيصل بن فهد "
            "الأولمبي بالرياض.",
            "فيصل بن فهد",
        ),
    ],
)
def test_a_complex_or_a_group_named_after_a_person_is_not_the_person(text, absent):
    assert not any(s.startswith(absent) for s, _ in in_first(found(text)))


def test_the_person_named_plainly_stays():
    # against: the same man with his title and no such head before it
    text = "وأكد الدكتور سليمان الحبيب رئيس مجلس الإدارة أن المجموعة تسعى إلى التوسع في خدماتها."
    assert "سليمان الحبيب" in [s for s, _ in in_first(found(text))]


# --- the forty-first round: "volcano" is no name word ---------------------------------------------------


def test_volcano_opens_no_discovered_name():
    # SaudiNewsNet 2015-07-31-1257: with بركان no longer Berkane (the forty-first uniform sample), منطقة made
    # "بركان بيتو" a discovered place; بركان "volcano" is never a name word in SaudiNewsNet (its 55, all read)
    text = (
        "وقالت حكومة الجزيرة -وهي جزء من فرنسا- إنها فرضت حظرا على الدخول الى منطقة بركان بيتو ديلا فورنيز حتى "
        "بطائرات الهليكوبتر بعد الثوران الذي حدث صباح اليوم."
    )
    assert not any(s.startswith("بركان") for s, _ in in_first(found(text)))


def test_a_place_after_the_same_head_stays():
    # against: the forty-first uniform sample (2015-07-26-375), a village discovered after منطقة
    text = (
        "وفي المحور الشمالي تمركزت القوات على الخط الدولي في منطقة البوعيثة، وقطعت الطرق في اتجاه الحامضية "
        "والخالدية والصقلاوية وصولاً إلى الفلوجة."
    )
    assert "البوعيثة" in [s for s, _ in in_first(found(text))]


# --- the forty-third round: الصباح, Kuwait's ruling family, is a family name -----------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        # the forty-third uniform sample (2015-08-08-1016): cut before الصباح "the morning", a common word
        ("ورشحت 40 لجنة أولمبية آسيوية الشيخ أحمد الفهد الصباح للاحتفاظ برئاسة المجلس الأولمبي التي يتولاها منذ "
         "العام 1992.", "أحمد الفهد الصباح"),
        # the sixteenth (2015-08-06-2837): Kuwait's minister of state
        ("وأوضح الوزير محمد العبد الله الصباح، أن الخلاف مع المملكة بشأن إنتاج النفط من المنطقة المشتركة ستتم "
         "معالجته", "محمد العبد الله الصباح"),
        # SaudiNewsNet 2015-08-07-853: after بن
        ("وإلى سفير دولة الكويت الشقيقة بالمملكة الشيخ ثامر بن جابر الصباح وجميع المسؤولين ورجال العلم والإعلام",
         "ثامر بن جابر الصباح"),
    ],
)  # fmt: skip
def test_al_sabah_is_read_with_the_name(text, name):
    assert name in [s for s, _ in in_first(found(text))]


def test_the_morning_is_no_discovered_name():
    # against: الصباح is still "the morning" where it follows no given name (SaudiNewsNet 2015-08-09-358)
    text = (
        "وأكد شهود عيان، سماع دوى انفجارات متتالية منذ الصباح الباكر، وتواصل إغلاق 5 ميادين رئيسة بثلاث مدن ومنع "
        "المرور بها، وهي ميدانا ضاحية السلام والمالح بالعريش، وميدان الشهيد العميد محمد سلمى سواركة."
    )
    assert not any("الصباح" in s for s, _ in in_first(found(text)))


# --- the hundred-and-seventh round: the word closing a name after بن and a father's name is the family name ------


@pytest.mark.parametrize(
    "text, name",
    [
        # the hundred-and-fifth uniform sample (2015-07-24-452): cut before الطالب "the student", a common word
        ("بحضور مدير عام فرع وزارة الشؤون الاجتماعية بالقصيم الدكتور فهد المطلق ، ومدير شرطة منطقة القصيم اللواء بدر "
         "بن محمد الطالب.  وأقيم حفل خطابي الليلة الماضية بهذه المناسبة", "بدر بن محمد الطالب"),
        # SaudiNewsNet 2015-08-11-62: الصغير "the small"
        ("قام مدير عام الشؤون الصحية بمنطقة المدينة المنورة الدكتور أحمد بن إبراهيم الصغير، صباح اليوم الثلاثاء "
         "بزيارة لمستشفى خيبر العام", "أحمد بن إبراهيم الصغير"),
        # SaudiNewsNet 2015-07-23-823 and 2015-08-06-3102: spelt like a title (السلطان، الشيخ)
        ("فيما أعلن قائد القوات البحرية الملكية السعودية الفريق ركن عبدالله بن سلطان السلطان، تدشين جسر جوي للإغاثة "
         "بين السعودية واليمن", "عبدالله بن سلطان السلطان"),
        ("من جهة أخرى بيّن مدير عام جمعية كفى الدكتور صلاح بن محمد الشيخ، أن مشاركة الجمعية عبارة عن معرض توعوي",
         "صلاح بن محمد الشيخ"),
    ],
)  # fmt: skip
def test_the_word_closing_a_name_after_a_fathers_name_is_the_family_name(text, name):
    assert name in [s for s, _ in in_first(found(text))]


@pytest.mark.parametrize(
    "text, word",
    [
        # against: a preposition before a bracket or a number (SaudiNewsNet 2015-07-21-1365, 2015-08-04-1125)
        ("وفي عام 1331 ه قبيل فتح الاحساء وصل الملك عبدالعزيز بن عبدالرحمن إلى (عين نجم) وأناخ ركابه مع إخوانه "
         "ورجاله", "إلى"),
        ("ويصل عدد زوار قلعة عراد إلى 11 ألف زائر سنوياً وبيت الجسرة إلى 4600، وبيت الشيخ عيسى بن علي إلى 6900 "
         "سائح", "إلى"),
        # against: after a royal title the name is whole, the word after it the verb's object (2015-08-07-805:
        # "Prince Khalid bin Saad won the league")
        ("عاد \"الذهبي\" للمرة الرابعة وهذه المرة ترأس فترة كاملة أربع سنوات في عام 2004م حقق الأمير خالد بن سعد "
         "الدوري، وأعلن يومها استقالته ليتولى نائبه طلال آل الشيخ الرئاسة", "الدوري"),
    ],
)  # fmt: skip
def test_no_family_name_after_a_fathers_name_where_the_word_is_a_preposition_or_an_object(text, word):
    assert not any(word in s.split() for s, _ in in_first(found(text)))


# --- the hundred-and-fifteenth round: a title that is a family name, after بن and a father's name, closes the name ---


@pytest.mark.parametrize(
    "text, name",
    [
        # the hundred-and-fifteenth uniform sample (2015-08-02-1159): the Asir mayor, cut before القاضي "the judge"
        ("منوها بجهود ومتابعة رئيس اللجنة أمين منطقة عسير صالح بن عبدالله القاضي الذي يحرص على تذليل أي صعوبات "
         "تواجه اللجنة.", "صالح بن عبدالله القاضي"),
        # SaudiNewsNet 2015-08-02-1241: the writer, no title before him
        ("عضو مجلس الشورى السابق والكاتب والإعلامي حمد بن عبدالله القاضي أن خادم الحرمين الشريفين",
         "حمد بن عبدالله القاضي"),
        # SaudiNewsNet 2015-07-22-955: السلطان, the Riyadh mayor (and the verb's object no name after it, below)
        ("رفع أمين منطقة الرياض المهندس إبراهيم بن محمد السلطان أخلص التهاني والتبريكات لخادم الحرمين الشريفين "
         "الملك سلمان", "إبراهيم بن محمد السلطان"),
    ],
)  # fmt: skip
def test_a_title_that_is_a_family_name_after_a_fathers_name_closes_the_name(text, name):
    assert name in [s for s, _ in in_first(found(text))]


def test_a_family_title_opens_no_name_after_it():
    # SaudiNewsNet 2015-07-22-955: أخلص التهاني "offered his sincerest congratulations" had been read after السلطان
    text = (
        "رفع أمين منطقة الرياض المهندس إبراهيم بن محمد السلطان أخلص التهاني والتبريكات لخادم الحرمين الشريفين "
        "الملك سلمان"
    )
    assert not any("التهاني" in s for s, _ in in_first(found(text)))


@pytest.mark.parametrize(
    "text, word",
    [
        # against: القاضي before a name, the judge's title (SaudiNewsNet 2015-08-07-699), no family name of the body
        ("كما استقبل الربيعة أمس وزير العدل اليمني السابق رئيس جمعية الإصلاح الاجتماعي الخيرية القاضي مرشد "
         "العرشاني.", "القاضي"),
        # against: a title after a lineage that the list leaves out, the office (SaudiNewsNet 2015-07-24-514)
        ("وقد وصل في معيته الأمير منصور بن مقرن بن عبدالعزيز المستشار في ديوان ولي العهد.", "المستشار"),
    ],
)  # fmt: skip
def test_a_title_elsewhere_is_no_family_name(text, word):
    assert not any(word in s.split() for s, _ in in_first(found(text)))


# --- the hundred-and-nineteenth round: an ال word after a father's name, an office after it, is his family name ---


@pytest.mark.parametrize(
    "text, name",
    [
        # the hundred-and-tenth uniform sample (2015-07-21-2687): الجديد "new", عضو "member of" after it
        ("تغادر يوم غد -الاثنين- بعثة الأولمبياد الخاص السعودي برئاسة الدكتور ماهر بن سعد الجديد عضو اللجنة "
         "البارالمبية العربية السعودية ورئيس برنامج الأولمبياد السعودي الخاص", "ماهر بن سعد الجديد"),
        # SaudiNewsNet 2015-07-27-296: العودة "the return", the STC's chief executive after it
        ("بحضور المهندس عماد بن عودة العودة الرئيس التنفيذي لمجموعة الاتصالات السعودية", "عماد بن عودة العودة"),
        # SaudiNewsNet 2015-08-03-170: الطيار "the pilot", the group's vice-chairman after it
        ("أكد ذلك الدكتور ناصر بن عقيل الطيار نائب رئيس مجلس الإدارة العضو المنتدب لمجموعة الطيار للسفر",
         "ناصر بن عقيل الطيار"),
        # SaudiNewsNet 2015-07-26-309: السيد "the master", the Medina deputy mayor after it
        ("وأوضح المهندس عدنان بن أحمد السيد وكيل أمين منطقة المدينة المنورة للدراسات والإشراف أن تكلفة المشروع",
         "عدنان بن أحمد السيد"),
    ],
)  # fmt: skip
def test_an_al_word_before_an_office_after_a_fathers_name_closes_the_name(text, name):
    assert name in [s for s, _ in in_first(found(text))]


# --- the forty-fourth round: a verb in the future ends a discovered name -----------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        # the forty-fourth uniform sample (2015-08-04-1129): سيطلع "will inform", its imperfect يطلع a common word
        ("وأوضح أن الوزير شكري سيطلع الدول الأعضاء على الاتصالات التي قامت بها مصر، واللقاءات التي أجرتها "
         "مؤخراً مع عدد من الدول", None),
        # SaudiNewsNet 2015-07-25-591: the Italian minister, cut before سيزور "will visit"
        ("من جهة أخرى، أعلنت وزارة الخارجية الايطالية ان الوزير باولو جنتيلوني سيزور إيران في الرابع والخامس "
         "من أغسطس المقبل", "باولو جنتيلوني"),
        # SaudiNewsNet 2015-07-21-186: a player before سيلتحق "will join"
        ("من جهة ثانية، أكد مصدر أهلاوي أن اللاعب الدولي المصري محمد عبد الشافي سيلتحق ببقية اللاعبين في معسكر "
         "سويسرا خلال اليومين القادمين", "محمد عبد الشافي"),
        # SaudiNewsNet 2015-08-07-1019: an organisation before ستسير "will run"
        ("وأوضح مدير مطار الجوف أن شركة النيل ستسير رحلتين أسبوعيا ما بين مطار الجوف ومطار القاهرة الدولي",
         "شركة النيل"),
    ],
)  # fmt: skip
def test_a_verb_in_the_future_ends_the_name(text, name):
    spans = [s for s, _ in in_first(found(text))]
    assert not any(w.startswith(("سي", "ست")) and len(w) >= 5 for s in spans for w in s.split()[1:])
    if name:
        assert name in spans


def test_a_name_made_like_a_future_verb_stays_when_its_tail_is_no_word():
    # against: SaudiNewsNet 2015-07-23-677, سيرخيو is a name (يرخيو is no common word): the rule needs the
    # imperfect to be a common word; the name is read whole and the verb after it left out
    text = "أعلن رافايل بينيتيز مدرب ريال مدريد الاسباني أن المدافع الدولي سيرخيو راموس سيبقى في صفوف الفريق"
    assert [s for s, _ in in_first(found(text)) if "راموس" in s] == ["سيرخيو راموس"]


# --- the forty-fifth round: a common noun after a place noun names no place -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the forty-fifth uniform sample (2015-08-06-1640): "the conflict zone" in eastern Ukraine
        "وأضاف أن الوضع في منطقة النزاع شهد \"الأحد توترا شديدا\"، متهماً الانفصاليين بقصف أربعة أحياء مأهولة.",
        # SaudiNewsNet 2015-08-06-1768: the wrist, a part of the body (18 rows in the article)
        "لمريضة أتت إلى العيادة تشتكي من آلام مزمنة ومبرحة في منطقة الرسغ أو المعصم تزداد مع الحركة.",
        # SaudiNewsNet 2015-07-23-1210: the shoulder
        "أصيبت امرأة حامل في الشهر السادس بطلقة نارية طائشة في منطقة الكتف خلال تواجدها في الفناء الخارجي.",
        # SaudiNewsNet 2015-07-22-813 (the eighty-fifth round's corpus read): the ankle, once قبيل no longer ran on into it
        "وقال دون لوجان إن راسل ديفيز (39 عاما) عضته الأفعى ذات الجرس في منطقة الكاحل قبيل منتصف ليل السبت الماضي.",
        # SaudiNewsNet 2015-08-01-176: the Greater Arab Free Trade Area
        "وأضاف التويجري، \"تفعيل منطقة التجارة الكبرى سيسهم في تعزيز الاستثمارات البينية\".",
        # SaudiNewsNet 2015-07-21-1033: the children's village of Khobar's seafront, a facility
        "من جانب آخر انطلقت في الواجهة البحرية في الخبر فعاليات قرية الطفل ومسرح الطفل.",
    ],
)  # fmt: skip
def test_a_common_noun_after_a_place_noun_is_no_place(text):
    assert in_first(found(text)) == []


@pytest.mark.parametrize(
    "text, name",
    [
        # against: a district of Kuwait City (the Discover list of the 31k build; Al-Dabab in Taiz, the fifteenth
        # uniform sample's example, is in the gazetteer since 2026-12-05 and so no longer discovered)
        ("قامت القوات أمس بمداهمة منازل في منطقة الصوابر، التي يسكنها عدد من المطلوبين.", "الصوابر"),
        # against: the Caribbean (2015-08-07-107), a sea's name after منطقة: البحر is not listed
        ("التي تفوق أسعارها مختلف الوجهات السياحية الفخمة في منطقة البحر الكاريبي.", "البحر الكاريبي"),
        # against: the Hijaz, a region named with the article
        ("وأدى الرقصة الشعبية الأولى في منطقة الحجاز مما جعله تحت دائرة فلاشات كاميرات الهواتف.", "الحجاز"),
    ],
)  # fmt: skip
def test_a_place_named_with_the_article_after_a_place_noun_stays(text, name):
    assert [a for _, a in in_first(found(text))] == [name]


@pytest.mark.parametrize(
    "text",
    [
        # the hundred-and-sixty-second sample (SaudiNewsNet 2015-08-02-824): the Buraydah dates festival's village,
        # introduced after قرية, then named again after it in quotation marks
        ('ويشهد ركن المخبز "الحساوي" في قرية التمور إقبالا كبيرا من زوار المهرجان. يذكر أن ركن "المخبز الحساوي" '
         'يأتي ضمن الفعاليات المصاحبة في قرية "التمور" التي تنظمها اللجنة المنظمة.'),
        # 2015-08-06-2917: after كقرية
        "ومن أبرز ما يميز المهرجان الجوانب الترفيهية والترويحية وما يحكي التراث كقرية التمور وفعالية ظلال النخيل.",
        # 2015-08-10-1500: after an opening parenthesis
        "وتشمل فعاليات المهرجان البيع والشراء اليومية، والفعاليات التراثية (قرية التمور، و مزارع ظلال النخيل).",
    ],
)  # fmt: skip
def test_a_festivals_village_of_dates_is_no_place(text):
    assert [a for _, a in in_first(found(text))] == []


def test_the_dates_city_of_buraydah_stays_a_place():
    # against: Buraydah's dates market (SaudiNewsNet 2015-08-10-420's shape), judged a place by the rounds
    text = "وتنافس المزارعون على الظفر بأكبر عدد من التجار عبر ضخ كميات كبيرة إلى مدينة التمور فجر كل يوم."
    assert [a for _, a in in_first(found(text))] == ["التمور"]


# --- the forty-fifth round: a state's nisba after a given name is the person's family name ----------------------


@pytest.mark.parametrize(
    "text, name",
    [
        # SaudiNewsNet 2015-07-21-2523: the Muslim World League's secretary-general, cut before التركي (Turkish)
        ("وأوضح الأمين العام للرابطة الدكتور عبدالله بن عبدالمحسن التركي، أن المؤتمر يدرس خمسة محاور.",
         "عبدالله بن عبدالمحسن التركي"),
        # SaudiNewsNet 2015-07-22-404: the coach Khalil al-Masri; the nisba ends the name (المران "the training")
        ("وبدأ المدرب الوطني الكابتن خليل المصري المران بمحاضرة مصغرة بلاعبيه في منتصف الملعب.", "خليل المصري"),
        # discovered names round disc3 (2015-07-27-494, 12 rows over the corpus): after بن a father's name the
        # name lists lack (رحيل), the nisba is still the family name, not cut off (السويدي "Swedish")
        ("مدير جوازات منطقة عسير اللواء سعد بن رحيل السويدي رتبته الجديدة؛ وذلك بعد صدور الأمر السامي بترقيته.",
         "سعد بن رحيل السويدي"),
        # the hundred-and-seventieth round (2015-08-06-3153; 2015-08-02-375, -06-371, -07-458): the father's name
        # عبد المحسن written apart after بن, as عبدالمحسن is: the nisba still the family name
        ("وقال الأمين العام لرابطة العالم الإسلامي وعضو هيئة كبار العلماء الدكتور عبدالله بن عبد المحسن التركي, "
         "مستنكراً هذه الجريمة الإرهابية.", "عبدالله بن عبد المحسن التركي"),
        # SaudiNewsNet 2015-07-22-421: the residents' committee chairman Fahd bin Abdulaziz Al-Hindi, not India
        ("ثم ألقى رئيس لجنة الأهالي فهد بن عبد العزيز الهندي كلمة أهالي السلمية.", "فهد بن عبد العزيز الهندي"),
        # against: a kunya's nisba says where he is from (readings' أبو خالد السوري): no name read
        ("قال القيادي أبو خالد السوري إن الهجوم فشل.", None),
        # against: a club's nisba after its name stays out of it
        ("وشارك في المعسكر الخارجي المقام حالياً في مقر نادي فنربخشة التركي في مدينة بولو.", "نادي فنربخشة"),
    ],
)  # fmt: skip
def test_a_states_nisba_after_a_given_name_is_the_family_name(text, name):
    spans = [s for s, _ in in_first(found(text))]
    if name is None:
        assert spans == []
    else:
        assert name in spans


# --- the two-hundred-and-forty-first round: a given name spelt like a state's nisba (تركي, Turki) is the man's --------


@pytest.mark.parametrize(
    "text, name, cut",
    [
        # SaudiNewsNet 2015-07-24-1416: Prince Turki bin Mohammed bin Fahd, read as his father (تركي taken for the
        # title's nisba "Turkish", the name read from محمد)
        ("وكشف صاحب السمو الملكي الأمير تركي بن محمد بن فهد بن عبدالعزيز رئيس مجلس إدارة الجمعية، عن إطلاق المرحلة "
         "الثانية.", "تركي بن محمد بن فهد", "محمد بن فهد بن عبدالعزيز"),
        # the round's sample (2015-07-31-1198): al-Riyadh's editor-in-chief after a title with a slash
        ("لم ولن أنسى تلك الوقفات الصادقة من الأستاذ/ تركي عبدالله السديري رئيس التحرير في هذه الجريدة الغراء.",
         "تركي عبدالله السديري", "عبدالله السديري"),
        # 2015-07-31-1480: the president of KACST, read as his father سعود بن محمد آل سعود
        ("وقع المذكرتين صاحب السمو الأمير الدكتور تركي بن سعود بن محمد آل سعود رئيس مدينة الملك عبدالعزيز للعلوم "
         "والتقنية.", "تركي بن سعود بن محمد", "سعود بن محمد آل سعود"),
        # 2015-07-23-355: after a construct title and its definite complement (مدير قسم الإنارة)
        ("وأجرى المركز الإعلامي لقاء مع مدير قسم الإنارة تركي الضفيان والتي بيّن أن الاستعدادات اكتملت.",
         "تركي الضفيان", None),
        # 2015-07-24-158: after بن, the father's name (before: the name stopped at بن, nothing read)
        ("وصاحب السمو الملكي الأمير فيصل بن تركي بن ناصر رئيس مجلس إدارة نادي النصر.", "فيصل بن تركي بن ناصر", None),
    ],
)  # fmt: skip
def test_a_given_name_spelt_like_a_states_nisba_after_a_definite_title_or_bin_is_the_mans(text, name, cut):
    spans = [s for s, _ in in_first(found(text, home="saudi_arabia"))]
    assert any(s.startswith(name) for s in spans)
    assert cut not in spans


@pytest.mark.parametrize(
    "text",
    [
        # against: after an indefinite word the nisba is Turkey's, no man (2015-07-22-103, 2015-07-23-14)
        "وصرح مسؤول تركي رفض الكشف عن هويته قائلا إن منفذ الهجوم تركي في العشرين من العمر.",
        "قال مسؤول تركي كبير، اليوم (الخميس)، ان جنديا تركيا قتل وأصيب آخر في اشتباك.",
    ],
)
def test_turki_after_an_indefinite_word_is_still_turkeys_nisba(text):
    assert not any("تركي" in s for s, _ in in_first(found(text, home="saudi_arabia")))
    _, mentions = tables(text)
    assert "turkey" in set(mentions.loc[mentions["doc_id"] == "d0", "entity_id"])


# --- issue 10, after the forty-fifth round: a state's nisba that is a man's family name names him alone later ------


@pytest.mark.parametrize(
    "text, surname, name",
    [
        # SaudiNewsNet 2015-07-21-2523: the Muslim World League's secretary-general, then التركي alone
        ("وأوضح الأمين العام للرابطة الدكتور عبدالله بن عبدالمحسن التركي، أن المؤتمر يدرس خمسة محاور؛ الأول: "
         "الإعلام الجديد. وأوضح التركي، أن المؤتمر أحد المناشط المعبرة عن إدراك الرابطة للقوة التأثيرية للإعلام.",
         "التركي", "عبدالله بن عبدالمحسن التركي"),
        # SaudiNewsNet 2015-07-21-1820: the journalist Othman al-Sini
        ("وبدأ الإعلامي الدكتور عثمان الصيني أول محاور اللقاء بالتعريف بمصنفات إعلامية حديثة. وأكد الصيني أن الدور "
         "الوطني للإعلام السعودي يتمثل في المواءمة بين المسؤولية والمهنية.", "الصيني", "عثمان الصيني"),
        # SaudiNewsNet 2015-08-07-202: a gazetteer person (Mansour al-Turki, the Interior Ministry's spokesman)
        ("وقال اللواء منصور التركي المتحدث الأمني باسم وزارة الداخلية، إن تفجيرا وقع. وأوضح التركي أن المقبوض "
         "عليهم لهم علاقة مباشرة بالأحداث الأخيرة.", "التركي", "منصور التركي"),
        # against: 2015-07-21-2560's "the Turkish side" stays Turkey's (no row of the man)
        ("وأوضح الأمين العام للرابطة الدكتور عبدالله بن عبدالمحسن التركي، أن المؤتمر يدرس خمسة محاور. وطلب من "
         "الأردن بذل مساعيه لدى أنقرة لإقناع الجانب التركي بالتوقف.", "التركي", None),
    ],
)  # fmt: skip
def test_a_family_nisba_alone_is_the_man_named_before(text, surname, name):
    tables_ = tables(text)
    found_ = discovered_mentions(*tables_, GAZETTEER)
    rows = found_[(found_["doc_id"] == "d0") & (found_["surface"] == surname)]
    if name is None:
        assert rows.empty
    else:
        assert name in set(rows["alias"])


# --- the forty-seventh round: ل "for", "to" before a verbal noun or a verb opens no name -------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the forty-seventh uniform sample (2015-07-21-979): الداعية "calling for" read as the title "the preacher",
        # then لازدراء الأديان as his name, and the word الأديان "religions" as his family name all through the article
        "و يفرض القانون «عقوبات للجمعيات والفعاليات الداعية لازدراء الأديان أو التمييز أو إثارة خطاب الكراهية». "
        "وقالت وكالة أنباء الإمارات إن القانون «يحظر الإساءة إلى الذات الإلهية أو الأديان أو الأنبياء أو الرسل».",
        # SaudiNewsNet 2015-07-23-507: لإفشال "to foil" after a known person
        "المفاجأة التي كانت في ذهني، واستبعدتها هي أن يضغط الكونغرس الأمريكي، والجمهوريون على الرئيس أوباما لإفشال "
        "الاتفاق مع إيران، وهو أمر لم يحدث، ولا أعتقد أنه يحدث.",
        # SaudiNewsNet 2015-07-31-1356: ليجتمع "so that … gather" after منطقة
        "كأن تكون الدعوة مثلا إلى احتفال سنوي تستضيفه كل منطقة ليجتمع فيه أبناء الوطن من كل المناطق.",
    ],
)  # fmt: skip
def test_a_preposition_before_a_verbal_noun_or_a_verb_opens_no_name(text):
    assert not any(w.split()[0].startswith(("لاز", "لإف", "لافش", "ليجت")) for _, w in in_first(found(text)))
    assert "الأديان" not in {s for s, _ in in_first(found(text))}


@pytest.mark.parametrize(
    "text, name",
    [
        # against: foreign names that open with لا (the Romanian coach of Al-Ittihad, 2015-07-21-1969)
        ("وقال الاتحاد في بيان عبر حسابه بتويتر “يعلن المركز الإعلامي عن تعاقد إدارة النادي برئاسة إبراهيم البلوي مع "
         "المدرب الروماني لازلو بولوني لتدريب الفريق في الموسم المقبل.”", "لازلو بولوني"),
        # against: a first name made of ل and a common word (لبنى: بنى), a Saudi academic (2015-08-10-612)
        ("في البداية اعتبرت الدكتورة لبنى بنت عبدالرحمن الأنصاري عضو مجلس الشورى أن المجتمع تغير",
         "لبنى بنت عبدالرحمن الأنصاري"),
        # against: a place named by ل and a common word (Logar province, Afghanistan, 2015-07-22-1746)
        ("وقتل خمسة آخرون في منطقة باراكي باراك بإقليم لوجار، جنوب كابول أمس.", "لوجار"),
    ],
)  # fmt: skip
def test_names_that_open_with_lam_stay(text, name):
    assert name in [a for _, a in in_first(found(text))]


# --- the forty-eighth round: a palace named after a king; "historic", "located" end a name -------------------


@pytest.mark.parametrize(
    "text, absent",
    [
        # the forty-eighth uniform sample (2015-07-21-2946): King Abdulaziz's historic palace in As-Sih (Al-Kharj),
        # read as a person named "عبدالعزيز التاريخي الواقع"
        ("وأعدت المحافظة عددا من المواقع التاريخية والسياحية لاستقبال زوار الخرج خلال إجازة عيد الفطر المبارك. "
         "ويستقبل قصر الملك عبدالعزيز التاريخي الواقع في حي العزيزية وسط مدينة السيح؛ الزوار أول أيام العيد في "
         "الفترة المسائية.", "عبدالعزيز"),
        # SaudiNewsNet 2015-07-31-630: the same palace, a council's agenda
        ("إضافة إلى مناقشة بعض المستجدات حول قصر الملك عبدالعزيز التاريخي في السيح.", "عبدالعزيز"),
        # SaudiNewsNet 2015-08-08-594 (the round's corpus read): a cup named after a prince
        ("إذ يضم أولمبي النادي العديد من اللاعبين المميزين الذين حققوا لقب كأس الأمير فيصل بن فهد الموسم الماضي، "
         "ويسعى مدرب الفريق الأول للاستفادة من خدماتهم.", "فيصل"),
    ],
)  # fmt: skip
def test_a_palace_or_a_cup_named_after_a_king_or_a_prince_is_not_him(text, absent):
    assert not any(a.startswith(absent) for _, a in in_first(found(text)))


@pytest.mark.parametrize(
    "text, name",
    [
        # against: the man named plainly after his title stays (the tourism authority's branch director, 2015-08-08-1229)
        ("من ناحية ثانية، أكد مدير فرع الهيئة العامة للسياحة والتراث الوطني بالرياض المهندس عبدالعزيز الحسن أنهم "
         "عازمون على الاستفادة من تجربة مدينة بريدة في إقامة مهرجان التمور.", "عبدالعزيز الحسن"),
        # the name ends before "located", "historic", and is found: a university run on into الواقعة before
        # (2015-07-31-452), places not found at all (2015-07-21-1979, 2015-07-21-2243, 2015-07-31-614)
        ("لا شك أنّ جامعة سانت أندروز الواقعة في «فايف» الاسكوتلندية، باتت مرادفًا لتودّد دوق ودوقة كمبريدج.",
         "جامعة سانت أندروز"),
        ("وبينت أنه تم إعلان حالة الطوارئ في منطقة شيترال الواقعة في أقصى شمال غرب باكستان بعد أن دمرت السيول "
         "المنازل.", "شيترال"),
        # (Suruç, the example of 2015-07-21-2243, is in the gazetteer since 2026-12-05: Şırnak in its place)
        ("قالت السلطات إن الانفجار الذي هز بلدة شرناق الواقعة بجنوب شرق تركيا قرب الحدود مع العراق عمل إرهابي.",
         "شرناق"),
        ("قلعة الزبارة التراثية، تقع في الجزء الشمالي الغربي من قطر، شرق مدينة الزبارة التاريخية، التي كانت في "
         "القرنين السابقين ميناء مزدهرا.", "الزبارة"),
    ],
)  # fmt: skip
def test_a_name_ends_before_located_or_historic(text, name):
    assert name in [a for _, a in in_first(found(text))]


# --- the forty-eighth round, its corpus read: باسم "in the name of" after the spokesman; "the season" ---------------


@pytest.mark.parametrize(
    "text, absent",
    [
        # SaudiNewsNet 2015-08-01-741: المتحدث باسم "the spokesman of" the coalition, read backwards from the title
        # المستشار as a man named باسم (Basem) التحالف, and التحالف alone as him all through the article
        ("عشية انقضاء الهدنة الإنسانية الثالثة في اليمن، أكد المتحدث باسم التحالف المستشار في مكتب وزير الدفاع العميد "
         "ركن أحمد عسيري أنه لم تكن هناك هدنة بمعناها الحقيقي على الأرض.", "باسم"),
        # SaudiNewsNet 2015-07-31-1826: the two universities' spokesman
        ("من جهته أوضح المتحدث باسم جامعتي الملك عبدالعزيز وجدة الدكتور شارع البقمي، أن (تعليم وعمل) هو برنامج "
         "تطبيقي عملي.", "باسم"),
    ],
)  # fmt: skip
def test_the_spokesmans_basm_opens_no_name(text, absent):
    assert not any(a.startswith(absent) for _, a in in_first(found(text)))


def test_basem_the_given_name_before_a_title_stays():
    # against: SaudiNewsNet 2015-08-07-277, Al-Wahda's secretary-general named before his title
    text = "أكد باسم منقل أمين عام نادي الوحدة أن المرحلة المقبلة تتطلب تكاتف الجميع."
    assert "باسم منقل" in [a for _, a in in_first(found(text))]


@pytest.mark.parametrize(
    "text, name",
    [
        # SaudiNewsNet 2015-07-22-1260: the forward's name run on into الموسم "the season" (المقبل "next")
        ("فتحت إدارة نادي الشباب خط المفاوضات مع إدارة الأهلي لكسب خدمات المهاجم أحمد العوفي الموسم المقبل بعد "
         "استبعاده من قبل المدرب.", "أحمد العوفي"),
    ],
)  # fmt: skip
def test_a_name_ends_before_the_season(text, name):
    names = [a for _, a in in_first(found(text))]
    assert name in names
    assert not any("الموسم" in a for a in names)


# --- the forty-ninth round: a participle of the role a body or an expert plays ends its name -----------------------


@pytest.mark.parametrize(
    "text, name, run_on",
    [
        # the forty-ninth uniform sample (SaudiNewsNet 2015-07-21-1496): STC, "the operating telecom company", read
        # as a new body named شركة الاتصالات المشغلة
        ("لكن الأمر غير المقبول هو أن تتقاذف هيئة الطيران المدني وشركة الاتصالات المشغلة الاتهامات دون حل المشكلة!",
         "شركة الاتصالات", "المشغلة"),
        # its corpus read: SaudiNewsNet 2015-07-21-2697, "Dallah, the owner of the ART channels"
        ("بل هم موهوبون ووجدوا فرصتهم مع شركة كانت مؤمنة بالسعودة، وهي شركة دلة المالكة لقنوات \"أي آر تي\".",
         "شركة دلة", "المالكة"),
        # SaudiNewsNet 2015-08-09-588: "Google, its developer"
        ("حيث أضافت شركة جوجل المطورة له هذا الدعم في نسختها الأخيرة أندرويد.", "شركة جوجل", "المطورة"),
        # SaudiNewsNet 2015-08-09-275: the oil expert, then الحسن alone as him
        ("الدكتور فارس الحسن المختص النفطي المقيم في لندن يعتبر أن البلدان النفطية تأثرت.", "فارس الحسن", "المختص"),
        # SaudiNewsNet 2015-08-11-232: "the WTO committee concerned with …" (the WTO is in the gazetteer since
        # 2026-12-05, so no longer discovered: the World Customs Organization in its place)
        ("نظرت لجنة منظمة الجمارك العالمية المعنية بتدابير الاستثمار المتصلة بالتجارة في الشكوى.",
         "منظمة الجمارك العالمية", "المعنية"),
        # the hundred-and-sixty-first uniform sample (SaudiNewsNet 2015-07-25-1294): "Instagram, owned by Facebook",
        # read as a new body named شركة إنستجرام المملوكة
        ("وفي سياق متصل كشفت شركة إنستجرام المملوكة لشركة فيسبوك المعروفة أن 70 % من مستخدميها النشطين هم من خارج"
         " الولايات المتحدة.", "شركة إنستجرام", "المملوكة"),
        # its corpus read: SaudiNewsNet 2015-08-10-230, "Codelco, owned by the state"
        ("وقالت شركة كوديلكو المملوكة للدولة وهي أكبر مصدر للنحاس في العالم إنها علقت العمل.", "شركة كوديلكو",
         "المملوكة"),
    ],
)  # fmt: skip
def test_a_name_ends_before_a_participle_of_its_role(text, name, run_on):
    names = [a for _, a in in_first(found(text))]
    assert name in names
    assert not any(run_on in a for a in names)


def test_a_family_name_like_a_participle_stays():
    # against: المالك and المعني are family names, not in the list (a minister's name read whole)
    text = "وأكد الدكتور عبدالله المالك أن الخطة تسير وفق ما رسم لها."
    assert "عبدالله المالك" in [a for _, a in in_first(found(text))]


# --- the fiftieth round: السلامة "safety", a Najdi family, is a family name ----------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        # the fiftieth uniform sample (SaudiNewsNet 2015-07-22-358): Thadiq's acting governor, cut before السلامة
        ("ثم أقيم الحفل الرسمي في اليوم الثاني من أيام العيد بحضور محافظ ثادق المكلّف عبد الله إبراهيم السلامة وحضور "
         "عدد من مسؤولي الدوائر الحكومية", "عبد الله إبراهيم السلامة"),
        # SaudiNewsNet 2015-07-23-1182: after بن
        ("من جانبه، أبان مدير مكتب الحملة بتركيا خالد بن عبدالرحمن السلامة، أن الأفران التي تكفلت الحملة بتشغيلها",
         "خالد بن عبدالرحمن السلامة"),
    ],
)  # fmt: skip
def test_al_salamah_is_read_with_the_name(text, name):
    assert name in [s for s, _ in in_first(found(text))]


def test_safety_is_no_discovered_name():
    # against: السلامة is still "safety" where it follows no given name (SaudiNewsNet's السلامة المرورية)
    text = "وشدد مدير إدارة المرور على أهمية الالتزام بأنظمة السلامة المرورية وربط حزام الأمان أثناء القيادة."
    assert not any("السلامة" in s for s, _ in in_first(found(text)))


# --- the fifty-second round: a fund named after a prince ----------------------------------------------------------


@pytest.mark.parametrize(
    "text, absent",
    [
        # the fifty-second uniform sample (2015-08-06-1652): the Prince Sultan bin Abdulaziz Fund for Women's
        # Development, read as the prince
        ("يستعد صندوق الأمير سلطان بن عبدالعزيز لتنمية المرأة، لإطلاق برنامج توعوي حول \"معايير الجودة التجارية\"، "
         "وكيفية دمج المشاريع في معايير الجودة والمواصفات المطلوبة في الأسواق المحلية والدولية.", "سلطان"),
        # SaudiNewsNet 2015-08-09-1246 (the round's corpus read): the fund's secretary-general, ل before صندوق
        ("أكد الأمين العام لصندوق الأمير سلطان بن عبدالعزيز لتنمية المرأة حسن الجاسر أن نسبة الوعي للرغبة في "
         "الالتحاق في برامج الصندوق ارتفعت.", "سلطان"),
    ],
)  # fmt: skip
def test_a_fund_named_after_a_prince_is_not_him(text, absent):
    assert not any(a.startswith(absent) for _, a in in_first(found(text)))


@pytest.mark.parametrize(
    "text, name",
    [
        # against: the fund's secretary-general named in the next sentence stays (2015-08-06-1652)
        ("يستعد صندوق الأمير سلطان بن عبدالعزيز لتنمية المرأة، لإطلاق برنامج توعوي. وأوضح حسن الجاسر الأمين العام "
         "للصندوق: \"أن ضمن بنود الخطة السنوية للصندوق يأتي التركيز على النوعية والتنمية\".", "حسن الجاسر"),
    ],
)  # fmt: skip
def test_a_man_named_beside_a_fund_named_after_a_prince_stays(text, name):
    assert name in [a for _, a in in_first(found(text))]


# --- the fifty-fourth round: خالص "sincere" before thanks or congratulations ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the fifty-fourth uniform sample (2015-07-21-1082): "sincere congratulations" after a governor's title, read
        # as a man
        "ورفع محافظ الجبيل خالص التهاني وأصدق والتبريكات لمقام خادم الحرمين الشريفين وسمو ولي العهد.",
        # SaudiNewsNet 2015-07-21-2791 and 2015-08-09-708 (the round's corpus read): a name run on into خالص
        "وفي كلمة له بهذه المناسبة، قدم السفير أحمد قطان خالص شكره وتقديره للدكتور خالد الوهيبي على جهوده.",
        "كما قدم مدير مكتب العمل خالد الدخيل خالص شكره لأعضاء الحملة على تجاوبهم وتعاونهم.",
    ],
)  # fmt: skip
def test_sincere_before_thanks_is_no_name(text):
    assert not any("خالص" in a for _, a in in_first(found(text)))


@pytest.mark.parametrize(
    "text, name",
    [
        # against: the man named before خالص is found whole, without it (2015-07-21-2791, 2015-08-09-708)
        ("وفي كلمة له بهذه المناسبة، قدم السفير أحمد قطان خالص شكره وتقديره للدكتور خالد الوهيبي على جهوده.",
         "أحمد قطان"),
        ("كما قدم مدير مكتب العمل خالد الدخيل خالص شكره لأعضاء الحملة على تجاوبهم وتعاونهم.", "خالد الدخيل"),
    ],
)  # fmt: skip
def test_a_man_named_before_sincere_thanks_stays(text, name):
    assert name in [a for _, a in in_first(found(text))]


# --- the hundred-and-thirty-ninth round: قرارا "a decision", the object of أصدر, after the issuer ---------------------


@pytest.mark.parametrize(
    "text",
    [
        # the hundred-and-thirty-ninth uniform sample (2015-08-11-940): President Hadi run on into "a decision"
        "كما أصدر هادي قراراً يقضي بتعيين العقيد الركن محمد علي الصوفي قائداً للواء الأول بحري في محافظة سقطرى.",
        # SaudiNewsNet 2015-07-25-1553 (the round's corpus read): the university director run on into it
        "أصدر مدير جامعة تبوك الدكتور عبدالعزيز العنزي قراراً بتكليف الدكتور سمير بن موسى النجدي بالعمل مشرفاً على "
        "إدارة الإعلام ومتحدثاً رسمياً للجامعة خلفاً للدكتور محمد الثبيتي.",
        # SaudiNewsNet 2015-07-22-918: "a presidential decision" after the title read as a man
        "أصدر الرئيس عبد ربه منصور هادي رئيس الجمهورية اليمنية قراراً رئاسياً بإطلاق اسم خادم الحرمين الشريفين الملك "
        "سلمان بن عبد العزيز آل سعود على الشارع الرئيسي.",
    ],
)  # fmt: skip
def test_a_decision_after_its_issuer_is_no_name(text):
    assert not any("قرار" in a for _, a in in_first(found(text)))


@pytest.mark.parametrize(
    "text, name",
    [
        # the director named before قراراً is found whole, without it (2015-07-25-1553; main read him with it)
        ("أصدر مدير جامعة تبوك الدكتور عبدالعزيز العنزي قراراً بتكليف الدكتور سمير بن موسى النجدي بالعمل مشرفاً على "
         "إدارة الإعلام.", "عبدالعزيز العنزي"),
        # against: قرار, a father's name, stays in the name (SaudiNewsNet 2015-08-07-727)
        ("وقائد قوة الطوارئ الخاصة بالمملكة اللواء ركن خالد بن قرار الحربي، ومدير شرطة منطقة عسير اللواء محمد بن "
         "عبدالله أبو قرنين.", "خالد بن قرار الحربي"),
    ],
)  # fmt: skip
def test_a_man_named_before_a_decision_stays(text, name):
    assert name in [a for _, a in in_first(found(text))]


# --- the hundred-and-forty-second round: a word written with the accusative's tanwin (ً) is no name's word --------


@pytest.mark.parametrize(
    "text, name, word",
    [
        # SaudiNewsNet 2015-08-11-571: "a dean" after the former minister, read into his name
        ("فكان معالي الدكتور عبدالعزيز خوجة عميدًا للتربية وفضيلة الدكتور عبدالوهاب أبوسليمان عميدًا للشريعة.",
         "عبدالعزيز خوجة", "عميد"),
        # 2015-07-26-175: Brazil's finance minister run on into "a cut"
        ("وأعلن وزير المالية جواكيم ليفي خفضًا جديدًا للإنفاق في مُحاولة منها لتأكيد التزامها التقشف.",
         "جواكيم ليفي", "خفض"),
        # 2015-08-09-718: a company run on into "an update"
        ("أطلقت شركة آبل تحديثًا جديدًا لموقعها الرسمي على الإنترنت.", "شركة آبل", "تحديث"),
    ],
)  # fmt: skip
def test_a_name_ends_before_a_word_with_tanwin(text, name, word):
    names = [a for _, a in in_first(found(text))]
    assert name in names and not any(word in a for a in names)


@pytest.mark.parametrize(
    "text, word",
    [
        # 2015-07-24-414: "addressing the security men" after الرئيس, read as a man
        ("وأضاف الرئيس مخاطبًا رجال الأمن هل بالإمكان إخراج هذا الشخص من هنا؟", "مخاطب"),
        # 2015-08-06-113: "a weekly salary" after the player's one name, read into a man
        ("ويتقاضى كل من لوكا مودريينش واللاعب رودريجز راتبًا أسبوعيًا يبلغ 120 ألفًا.", "راتب"),
    ],
)  # fmt: skip
def test_a_word_with_tanwin_opens_no_name(text, word):
    assert not any(word in a for _, a in in_first(found(text)))


def test_a_first_name_written_with_tanwin_stays():
    # against: Saud al-Faisal in the accusative, his first name with the tanwin (2015-07-21-1995)
    text = "ومن ثم تنفيذ المرؤوسين، مثل الوزير الاستثنائي سعودًا الفيصل، لتلك التوجهات الكريمة بكل كفاءة واقتدار."
    assert any("الفيصل" in a for _, a in in_first(found(text)))


# --- the hundred-and-ninety-ninth round: the conjunction ف before a hamza-alef opens the next clause -----------------


@pytest.mark.parametrize(
    "text, name, word",
    [
        # the round's uniform sample (2015-08-11-1451): "and she gave me" read into the writer's name
        ("وعندما تفضلت الدكتورة هيفاء عزي فأهدتني نسخة من مؤلفها الجديد (زاد)، توقعت أن يكون موضوع الكتاب عن "
         "المشكلات الأبرز.", "هيفاء عزي", "فأهدتني"),
        # 2015-07-27-45 (round 132's error, and six other Qassim police statements): فإن read as "van"
        ("ووفقاً للناطق الإعلامي لشرطة منطقة القصيم الرائد بدر السحيباني فإن المتهمين استهدفوا العمالة الوافدة.",
         "بدر السحيباني", "فإن"),
        # 2015-08-01-392: a reader's comment on a columnist's article
        ("تعليقاً على مقال (أهو تراجع للقيم؟) للدكتورة دلال الحربي فإن التقدّم الحضاري والتطور الزمني ألقى بظلاله "
         "على علاقاتنا الأسرية.", "دلال الحربي", "فإن"),
    ],
)  # fmt: skip
def test_a_name_ends_before_fa_and_a_hamza(text, name, word):
    names = [a for _, a in in_first(found(text))]
    assert name in names and not any(word in a for a in names)


@pytest.mark.parametrize(
    "text, name",
    [
        # against: فان "van" of a Dutch name, written with a bare alef (2015-08-10-316)
        ("وأكد الدكتور بيرند فان ليندر، العضو المنتدب للبنك السعودي الهولندي، على اعتزاز البنك بطرح المنتج.",
         "بيرند فان ليندر"),
        # against: a father's name opening with ف and a bare alef (2015-07-25-887)
        ("عقب ذلك بدأ الحفل والذي تخلله كلمة لمدير الزراعة بالمحافظة عبدالرحيم فايز الشهري ثم كرّم آل قاسم "
         "المشاركين.", "عبدالرحيم فايز الشهري"),
    ],
)  # fmt: skip
def test_fa_and_a_bare_alef_stays_in_the_name(text, name):
    assert name in [a for _, a in in_first(found(text))]


# --- the two-hundred-and-twelfth round: the preposition ب or ك glued to a hamza-alef ends a name as ف does ----------


@pytest.mark.parametrize(
    "text, name, word",
    [
        # SaudiNewsNet 2015-07-31-284: "promised to bring about justice", ran on as [بترو بوروشنكو بإحقاق]
        ("ومن جهته، وعد الرئيس الأوكراني بترو بوروشنكو بإحقاق العدالة لعائلات الضحايا رغم الفيتو الروسي.",
         "بترو بوروشنكو", "بإحقاق"),
        # 2015-08-02-991: "as the slowest airline", ran on as [شركة فيولينج كأبطأ] (Vueling)
        ("وجاء ترتيب شركة فيولينج كأبطأ شركة طيران تستعيد كامل خدماتها.", "شركة فيولينج", "كأبطأ"),
        # 2015-08-03-912: the university and its town, "in Ifrane", ran on as [جامعة الأخوين بإفران]
        ("وكان لكسايس، الذي يتابع حاليًا دراسته بشعبة علوم الحاسب بجامعة الأخوين بإفران، قد تواصل مع فريق الحماية "
         "في واتس آب.", "جامعة الأخوين", "بإفران"),
    ],
)  # fmt: skip
def test_a_name_ends_before_ba_or_kaf_and_a_hamza(text, name, word):
    names = [a for _, a in in_first(found(text))]
    assert name in names and not any(word in a for a in names)


@pytest.mark.parametrize(
    "text, name",
    [
        # against: a Hadhrami family name, با with a bare alef (SaudiNewsNet 2015-08-04-769)
        ("وقال الخبير الاقتصادي الدكتور سالم باعجاجة إن انخفاض أسعار النفط انعكس على سوق قطاع البتروكيماويات.",
         "سالم باعجاجة"),
        # against: another, before a comma (2015-07-22-1717)
        ("إلى ذلك، أوضح الدكتور عبدالله باعشن، المستشار الاقتصادي، أن الحملات الأمنية الاستباقية كشفت المتسببين في "
         "الأحداث بوقتٍ قياسي.", "عبدالله باعشن"),
    ],
)  # fmt: skip
def test_ba_or_kaf_and_a_bare_alef_stays_in_the_name(text, name):
    assert name in [a for _, a in in_first(found(text))]


# --- the fifty-fifth round: a compound name ending in الله whose first half is a common word ---------------------


@pytest.mark.parametrize(
    "text, name",
    [
        # the fifty-fifth uniform sample (2015-08-10-1239): ضيف "a guest" had ended the name, cut before ضيف الله
        ("فتبدأ الفعالية عند الساعة 11 صباحا بلقاء «تجارب الكتاب» بمشاركة الدكتور حافظ مبروك ضيف الله وعدنان محمد "
         "نبهان فرازات وبإدارة الدكتور أحمد الحريري.", "حافظ مبروك ضيف الله"),
        # SaudiNewsNet 2015-07-21-1028 (the round's corpus read): الجار "the neighbour", a family name with الله
        ("ثم ألقى مدير إدارة المهرجان إبراهيم بن محمد الجار الله كلمة اللجنة العليا للمهرجان.",
         "إبراهيم بن محمد الجار الله"),
        # 2015-08-06-1335 and 2015-08-04-352: a father's name and a family name, once lost whole
        ("دشن مساعد مدير الشؤون الصحية للصحة العامة بالطائف الدكتور محمد ضيف الله الزايدي مساء أول من أمس، فعاليات "
         "البرنامج الوطني لمكافحة مرض السكري.", "محمد ضيف الله الزايدي"),
        ("ومبعوث جلالة الملك للمملكة العربية السعودية الدكتور باسم عوض الله وأمين عمان عقل بلتاجي.", "باسم عوض الله"),
    ],
)  # fmt: skip
def test_a_compound_name_with_allah_is_read_whole(text, name):
    assert name in [a for _, a in in_first(found(text))]


@pytest.mark.parametrize(
    "text, name",
    [
        # against: a listed word not before الله still ends the name (حسب "according to", 2015-07-27-771; فرج,
        # 2015-07-27-788, a cut the rule does not mend)
        ("في غضون ذلك قال الناطق بإسم وزارة الخارجية العراقية احمد جمال حسب الاعلام الايراني ان الزيارة مهمة.",
         "احمد جمال"),
        ("قال وزير الطاقة الإماراتي سهيل بن محمد فرج فارس المزروعي، في مقال حول قرار تحرير أسعار البنزين.",
         "سهيل بن محمد"),
    ],
)  # fmt: skip
def test_a_listed_first_half_without_allah_ends_the_name(text, name):
    assert [a for _, a in in_first(found(text))] == [name]


# --- the audit of rounds 8-55: "official", "of study" run on into a body's name ------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        # the eighteenth uniform sample (2015-08-07-1075): the ministry's official account, read as a body
        # "وزارة الداخلية الرسمي"
        ("ثلاث ساعات تقريبا مضت دون أي خبر عن التفجير في حساب وزارة الداخلية الرسمي على موقع تويتر!", None),
        # the forty-fourth uniform sample (2015-08-02-150): Harvard's curriculum, read as "جامعة هارفارد الدراسي"
        ("وأكد أن هذا البرنامج يساعد الطلاب والطالبات على فهم الحياة الأكاديمية ومنهج جامعة هارفارد الدراسي.",
         "جامعة هارفارد"),
    ],
)  # fmt: skip
def test_official_and_of_study_end_a_name(text, name):
    names = [a for _, a in in_first(found(text))]
    assert not any("الرسمي" in a or "الدراسي" in a for a in names)
    assert name is None or name in names


# --- the fifty-sixth round: الكابتن "Captain", a title ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        # the fifty-sixth uniform sample (2015-08-07-946): "and his legend" and the title had been read as a man after
        # قائده ("its leader", read as the title قائدة); the captain is named after الكابتن
        ("بانتصار تاريخي (3/1) قاده الى تحقيقه قائده الفذ واسطورته الكابتن مبارك عبدالكريم \"شفاه الله\" الذي كان "
         "رجل المباراة.", "مبارك عبدالكريم"),
        # SaudiNewsNet 2015-08-02-1277 (the round's corpus read): a company's name had run on into the title
        ("فيما تحدث مدير شركة التطوير الرياضي الكابتن خميس الزهراني قائلاً: لدي ثلاثة رسائل.", "شركة التطوير الرياضي"),
        # 2015-07-31-1294: a pilot heading Egypt's air navigation company, once cut to محيي الدين
        ("أعلن الكابتن إيهاب محيي الدين رئيس الشركة الوطنية لخدمات الملاحة الجوية في مصر أنه تقرر تأخير إقلاع "
         "وهبوط عدد من الطائرات.", "إيهاب محيي الدين"),
        # 2015-07-23-1136 and 2015-08-01-1097: a former player, an air-accident investigator
        ("وقال الكابتن ماجد عبدالله عبر حسابه الشخصي بتويتر إنه بخير.", "ماجد عبدالله"),
        ("فقد عين المدير العام لمكتب تحقيقات الطيران الكابتن إبراهيم بن سلمان الكشي ممثلا معتمدا عن المكتب.",
         "إبراهيم بن سلمان الكشي"),
    ],
)  # fmt: skip
def test_captain_is_a_title(text, name):
    names = [a for _, a in in_first(found(text))]
    assert names[0] == name
    assert not any("الكابتن" in a or "واسطورته" in a for a in names)


@pytest.mark.parametrize(
    "text",
    [
        # against: the plane's captain named by no name (2015-07-21-2643's report of the crew's honour)
        "وأعلن طيران ناس تكريم الكابتن وطاقم الطائرة على مبادرتهم.",
        # against: كابتن without the article is "the captain of", a construct, no title (2015-07-21-2320's كابتن الفريق)
        "وقال كابتن الفريق إن اللاعبين جاهزون للمباراة.",
    ],
)  # fmt: skip
def test_captain_without_a_name_is_no_person(text):
    assert in_first(found(text)) == []


# --- the fifty-eighth round: الصقر "the falcon", السليم "the sound", الجراح "the surgeon" are family names --------


@pytest.mark.parametrize(
    "text, name",
    [
        # the fifty-eighth uniform sample (SaudiNewsNet 2015-08-01-509): a dean, cut before الصقر
        ("وكان في استقباله لدى وصوله عميد القبول والتسجيل الدكتور عبدالعزيز بن محمد الصقر الذي قدم في بداية "
         "الزيارة شرحاً مفصلاً عن آلية سير العمل", "عبدالعزيز بن محمد الصقر"),
        # SaudiNewsNet 2015-07-26-1207, 2015-07-24-274: after بن; 2015-07-24-1118: Yanbu's governor after a title
        ("ونسق الزيارة الشيخ مبارك السليم، حيث ضم الوفد من طلابه الشيخ صالح بن سعد السليم والشيخ محمد بن عثمان "
         "الكليب", "صالح بن سعد السليم"),
        ("واستمع من وكيل الحرس الوطني للشؤون الفنية المهندس عبدالعزيز بن إبراهيم الجراح إلى شرح عن مكونات المشروع",
         "عبدالعزيز بن إبراهيم الجراح"),
        ("شدد محافظ محافظة ينبع بالنيابة على أن محافظ ينبع المهندس مساعد السليم، يولي المشاريع السياحية اهتماماً "
         "كبيراً", "مساعد السليم"),
    ],
)  # fmt: skip
def test_al_saqr_al_sulaim_and_al_jarrah_are_read_with_the_name(text, name):
    assert name in [s for s, _ in in_first(found(text))]


def test_the_sound_and_the_surgeon_are_no_discovered_names():
    # against: السليم and الجراح after no given name are "the sound" and "the surgeon"
    text = "وأكد الطبيب أهمية التفكير السليم قبل العملية، وأن الجراح المختص يقرر موعدها بعد الفحص."
    assert not any("السليم" in s or "الجراح" in s for s, _ in in_first(found(text)))


# Joint ministries (discovery.yaml's joint_portfolios; the sixty-second round): two portfolios joined by و that
# name one ministry are read whole, and after them only a third such portfolio or the state's nisba; a word after
# و that makes no listed pair starts a second body. Sentences from SaudiNewsNet.


def test_a_joint_ministry_is_read_over_its_wa():
    # 2015-08-04-1122: Bahrain's Ministry of Transportation and Telecommunications, cut before والاتصالات before
    text = (
        "من جانبها، أوضحت المهندسة مريم أحمد جمعان وكيل وزارة المواصلات والاتصالات للنقل البري والبريد أنه "
        "عند الانتهاء من مشروع تحديث شبكة النقل الجماعي ستكون الشبكة قادرة على خدمة 50 ألف راكب يومياً."
    )
    rows = discovered_only(found(text, home="saudi_arabia"))
    assert "وزارة المواصلات والاتصالات" in set(rows.loc[rows["doc_id"] == "d0", "surface"])


def test_a_joint_ministry_keeps_its_states_nisba_and_a_third_portfolio():
    # 2015-08-04-866: Iraq's Ministry of Youth and Sports; 2015-08-01-233: Japan's METI
    iraq = (
        "لكنها نقلت إلى الكويت بعد أن أصدرت وزارة الشباب والرياضة العراقية بيانا مطلع فبراير الماضي "
        "أكدت فيه أنه نظرا للعجز الكبير في ميزانية البلاد، فقد تقرر إعادة النظر في الاستضافة."
    )
    japan = "وذكرت وزارة الاقتصاد والتجارة والصناعة اليابانية في بيان أن الناتج الصناعي يتقلب بشكل غير محدد."
    assert in_first(found(iraq, home="saudi_arabia"))[-1] == ("وزارة الشباب والرياضة", "وزارة الشباب والرياضة العراقية")
    assert [surface for surface, _ in in_first(found(japan, home="saudi_arabia"))] == [
        "وزارة الاقتصاد والتجارة والصناعة"
    ]


def test_after_a_joint_ministry_a_verbal_noun_starts_a_new_phrase():
    # 2015-08-07-1349: "… to deal swiftly with": the Saudi ministry, not a discovered وزارة التجارة والصناعة التعامل
    text = (
        "ما يفرض على الأجهزة المعنية في وزارة التجارة والصناعة التعامل السريع مع هذا النوع من الإشكالات "
        "التي يعاني منها المصدرون بالقطاع الصناعي في المملكة."
    )
    rows = found(text, home="saudi_arabia")
    rows = rows[(rows["doc_id"] == "d0") & rows["surface"].str.startswith("وزارة")]
    assert rows[["surface", "entity_id"]].values.tolist() == [["وزارة التجارة والصناعة", "saudi_ministry_of_commerce"]]


# The hundred-and-twenty-seventh round: a joint ministry whose second portfolio is a portfolio word itself (والتعليم,
# والمالية) was cut at its و (`ل[وزارة التربية] والتعليم`, a new discovered body); now read whole, and the Saudi
# ministry's former name at home (its name وزارة التربية والتعليم السعودية without the nisba).


@pytest.mark.parametrize(
    "text",
    [
        # 2015-07-21-2657 (the hundred-and-twenty-fourth uniform sample's error)
        "وقد تواصلت والدتها مع لجنة تراحم وتم رفع خطاب لوزارة التربية والتعليم حينذاك، وتم حل المشكلة وإلزام المدرسة "
        "على قبولها، والتزمت صديقة والدتها المقربة بكل مستلزماتها.",
        # 2015-08-11-1453
        "كما يفترض من وزارة التربية والتعليم أن تحدد الأسعار لكل مرحلة دراسية بكل حزم لوقف جشع ملاك المدارس الخاصة.",
    ],
)
def test_the_education_ministrys_former_name_is_the_saudi_ministry_at_home(text):
    rows = found(text, home="saudi_arabia")
    rows = rows[(rows["doc_id"] == "d0") & rows["surface"].str.startswith("وزارة")]
    assert rows[["surface", "entity_id"]].values.tolist() == [["وزارة التربية والتعليم", "saudi_ministry_of_education"]]


def test_a_joint_ministry_with_a_portfolio_word_second_is_read_whole():
    # 2015-08-08-87: Morocco's Ministry of Economy and Finance, cut before والمالية before
    text = (
        "بناء على رأي لجنة مكونة من ممثلين عن رئاسة الحكومة ووزارة الاقتصاد والمالية والقطاع الوزاري المعني "
        "أو المؤسسة المعنية."
    )
    assert "وزارة الاقتصاد والمالية" in [surface for surface, _ in in_first(found(text))]


@pytest.mark.parametrize(
    "text",
    [
        # 2015-08-04-109: Yemen's, with its nisba
        "ومع ازدياد دعاوى المواطنين على الانقلابين في استكمال السنة الدراسية الجارية على أقل تقدير، أصدرت وزارة "
        "التربية والتعليم اليمنية بصنعاء قرارًا يقضي بعمل امتحانات مكملة للعام الدراسي الجاري.",
        # 2015-07-21-1821: Bahrain's, in an article on Bahrain's budget
        "أشارت بيانات وزارة المالية في البحرين إلى أن موازنة مشاريع وزارة الصحة 7 ملايين ووزارة التربية والتعليم "
        "7 ملايين دينار والشباب والرياضة 3 ملايين، وأعلنت البحرين أن موازنة البحرين تراجعت.",
    ],
)
def test_another_states_education_ministry_is_not_the_saudi_one(text):
    assert "saudi_ministry_of_education" not in set(found(text, home="saudi_arabia")["entity_id"])


def test_an_education_department_is_read_as_before():
    # 2015-07-21-1857: إدارة التربية والتعليم, a region's department (no ministry's head): as before the round
    text = "دعت إدارة التربية والتعليم بمنطقة الجوف ممثلة بشؤون المعلمين المرشحين الجدد لمراجعة الإدارة."
    assert not any(s.startswith("إدارة التربية والتعليم") for s, _ in in_first(found(text, home="saudi_arabia")))


@pytest.mark.parametrize(
    ("text", "ministry"),
    [
        # 2015-08-01-175: a committee formed with two ministries, labour and commerce
        (
            "ونأمل أن تحل تلك المشكلات كما وعد وزير العمل بتحقيق مطالبنا واستثنائها، واللجنة المشكلة مع وزارة "
            "العمل والتجارة لا تزال تعمل في هذا الجانب.",
            "وزارة العمل",
        ),
        # 2015-08-07-320: the ministry of health and the health sectors
        (
            "رفع وزير الصحة المهندس خالد بن عبدالعزيز الفالح باسمه وباسم كافة منسوبي وزارة الصحة والقطاعات "
            "الصحية المختلفة العزاء والمواساة لخادم الحرمين الشريفين.",
            "وزارة الصحة",
        ),
    ],
)
def test_a_ministry_and_another_body_after_wa_are_two(text, ministry):
    rows = found(text, home="saudi_arabia")
    surfaces = set(rows.loc[rows["doc_id"] == "d0", "surface"])
    assert ministry in surfaces
    assert not any(s.startswith(ministry + " و") for s in surfaces)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ب + a common noun + a pronoun ends a name (التعويض، الإعلان are common words): the body alone is a
        # common noun then, so nothing; the person keeps his name
        ("وأنه في حال تعرض لأي حادث فستقوم شركة التأمين بتعويضه عن الخسائر.", []),
        (
            "عام 1990م اجتاح الرئيس العراقي السابق صدام حسين بجيوشه الحدود الكويتية واحتلها.",
            [("صدام حسين", "صدام حسين")],
        ),
        ("واحتفل المدرب رفائيل بنيتز بانتصاره الأول مع ريال مدريد.", [("رفائيل بنيتز", "رفائيل بنيتز")]),
        (
            "وأشار المصدر إلى أن تمتع اللاعب محمد عبد الشافي بإجازته في مصر وراء هذا التأخير.",
            [("محمد عبد الشافي", "محمد عبد الشافي")],
        ),
        # و + a common noun + a pronoun (الضيوف) opens no name after a title
        ("وأطلقت «صافراتها» تحية للرئيس السيسي وضيوفه الكرام ملوك ورؤساء وأمراء وقادة دول العالم.", []),
        # against: family names spelt ب + letters + ه whose stem is no word (الامعوض، الاناج، الوصوف، السيرسك)
        (
            "بحضور كلا من عضو مجلس الإدارة محمد عسيري ومدير الإحتراف المحامي أحمد بامعوضه والمدرب سيوريانو.",
            [("أحمد بامعوضه", "أحمد بامعوضه")],
        ),
        (
            "وكشف رئيس اللجنة المشرفة على البرنامج الثقافي لسوق عكاظ الدكتور عبدالإله بن عبدالعزيز باناجه، أن "
            "البرنامج يشتمل على مجموعة من الندوات.",
            [("عبدالإله بن عبدالعزيز باناجه", "عبدالإله بن عبدالعزيز باناجه")],
        ),
        (
            "نقلت صحف مغربية رغبة نادي الاتحاد في التعاقد مع اللاعب المغربي مبارك بوصوفه وضمه لصفوف الفريق.",
            [("مبارك بوصوفه", "مبارك بوصوفه")],
        ),
        (
            "وكانت الاتحادات تطالب بزيادة 5.5 في المائة، لكن فرانك بسيرسكه مدير اتحاد فيردي لقطاع الخدمات وصف "
            "الاتفاق بالناجح.",
            [("فرانك بسيرسكه", "فرانك بسيرسكه")],
        ),
    ],
)
def test_a_name_ends_before_ba_or_wa_and_a_common_noun_with_a_pronoun(text, expected):
    assert [(s, a) for s, a in in_first(found(text)) if not s.startswith(("نادي", "مجلس", "لسوق"))] == expected


# --- a business named after its owner (discovered.yaml owned_heads) ------------------------------------------------


def test_a_holding_company_named_after_a_man_is_not_him():
    # 2015-08-06-629, the seventy-sixth uniform sample: a company in a list of holding companies licensed
    text = ("كما شملت موافقة الوزير تأسيس شركة أعناب دانية القابضة برأسمال مليوني ريال، وشركة محمد بن إبراهيم القاضي "
            "القابضة برأسمال مليوني ريال.")  # fmt: skip
    assert "محمد بن إبراهيم" not in [surface for surface, _ in in_first(discovered_only(found(text)))]


@pytest.mark.parametrize(
    "text, expected",
    [
        # 2015-07-31-1100 (the seventy-first uniform sample's مجموعة الجريسي): the group, then its head named in full
        (
            "استقبل أمير منطقة عسير في مكتبه بالإمارة أمس رئيس مجموعة الجريسي الشيخ عبدالرحمن بن علي الجريسي. "
            "من جهته، أشاد رئيس مجموعة الجريسي بما تشهده المنطقة من تطوّر وازدهار.",
            [("عبدالرحمن بن علي الجريسي", "عبدالرحمن بن علي الجريسي")],
        ),
        # 2015-07-24-481: the chairman, then the company named after him, with ل
        (
            "وقد أكد محمد النهدي رئيس مجلس إدارة شركة محمد النهدي العقارية، أن المخطط لاقى قبولا واسعًا. بدوره أشار "
            "المهندس مجاهد بن ناصر الرئيس التنفيذي لشركة محمد النهدي العقارية، إلى أن السوق العقارية شهدت حراكًا كبيرًا.",
            [
                ("محمد النهدي", "محمد النهدي"),
                ("شركة محمد النهدي العقارية", "شركة محمد النهدي العقارية"),
                ("مجاهد بن ناصر", "مجاهد بن ناصر"),
                ("شركة محمد النهدي العقارية", "شركة محمد النهدي العقارية"),
            ],
        ),
        # 2015-07-23-754: the companies, in the plural, and their chairman
        (
            "أقامت شركات العثيم حفل معايدة لمنسوبيها بمقرها بالرياض. ومن جانبه قدم عبدالله بن صالح العثيم رئيس مجلس "
            "الإدارة التهنئة للموظفين. يذكر أن شركات العثيم درجت على إقامة هذا الحفل سنويا.",
            [("عبدالله بن صالح العثيم", "عبدالله بن صالح العثيم")],
        ),
        # 2015-07-22-1223: a foundation named after the poet who heads it
        (
            "حددت مؤسسة عبدالعزيز سعود البابطين الثقافية يوم الرابع والعشرين من أكتوبر المقبل موعداً لانطلاق دورتها. "
            "وقال رئيس المؤسسة الشاعر عبدالعزيز سعود البابطين بأن هذه الدورة تأتي ضمن سعي المؤسسة لعقد دورات خاصة.",
            [
                ("مؤسسة عبدالعزيز سعود البابطين", "مؤسسة عبدالعزيز سعود البابطين"),
                ("عبدالعزيز سعود البابطين", "عبدالعزيز سعود البابطين"),
            ],
        ),
    ],
)
def test_a_mans_name_right_after_a_business_head_is_the_business_and_he_is_read_where_named(text, expected):
    # after شركة، شركات، مجموعة، مؤسسة without the article (و ف ب ل ك before it), his name is the business's: the
    # business is read when his name opens with a given name and holds two names or more (round 253's class)
    assert in_first(discovered_only(found(text))) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 2015-08-06-1349: holding companies licensed, named after their founders, "& Sons"
        ("كما شملت موافقة وزير التجارة والصناعة تأسيس شركة سعد إبراهيم الهداب وأولاده القابضة برأسمال 2 مليون ريال، "
         "وشركة عبدالرحمن عبدالعزيز البجادي وأولاده القابضة برأسمال 2 مليون ريال",
         ["شركة سعد إبراهيم الهداب وأولاده", "شركة عبدالرحمن عبدالعزيز البجادي وأولاده"]),
        # 2015-07-26-742: a founder's name of four words with بن, then "& Sons"
        ("أقمت شركة عبدالله محمد بن سعيدان وأولاده العقارية حفل معايدة في مقر الشركة",
         ["شركة عبدالله محمد بن سعيدان وأولاده"]),
        # 2015-08-06-2299: the given names written apart (عبد الرحمن، عبد العزيز)
        ("وشركة عبد الرحمن عبد العزيز البجادي وأولاده القابضة برأسمال 2 مليون ريال",
         ["شركة عبد الرحمن عبد العزيز البجادي وأولاده"]),
        # 2015-07-22-1456: "& Brothers" after a founder's two names
        ('أقامت شركة إبراهيم الجفالي وإخوانه للإطارات "الوكيل الحصري لإطارات ميشلان" حفل معايدة',
         ["شركة إبراهيم الجفالي وإخوانه"]),
        # 2015-07-22-1664: a foundation named after its founder, his family name after بن and his father's name
        ("لدى الجمعية هو 60 ألف ريال فقط مقدمة من مؤسسة عبدالرحمن بن صالح الراجحي وعائلته الخيرية",
         ["مؤسسة عبدالرحمن بن صالح الراجحي"]),
        # 2015-07-24-287: the family name آل نهيان
        ("سمو الشيخ نهيان بن زايد آل نهيان رئيس مجلس أمناء مؤسسة زايد بن سلطان آل نهيان للأعمال الخيرية والإنسانية",
         ["مؤسسة زايد بن سلطان آل نهيان"]),
        # 2015-08-06-501: "& Partners"
        ("وكانت أبرز القطاعات الداعمة لنمو الأرباح في النصف الأول شركة فواز عبدالعزيز الحكير وشركاه، حيث بلغت",
         ["شركة فواز عبدالعزيز الحكير وشركاه"]),
    ],
)  # fmt: skip
def test_a_firm_named_after_its_founder_opening_with_a_given_name_is_read_whole(text, expected):
    found_here = [surface for surface, _ in in_first(discovered_only(found(text)))]
    assert all(name in found_here for name in expected)


@pytest.mark.parametrize(
    "text, unwanted",
    [
        # 2015-07-25-587: past three words a founder's name takes only a family name, not ب + a verbal noun
        ("حيث وجه جلالته مؤسسة محمد بن لادن بتكملة وصيانة الطريق", "مؤسسة محمد بن لادن بتكملة"),
        # 2015-08-10-673: مؤسسه "his founder" (its ه), Hassan al-Banna: no foundation
        ("ومنذ الأزل كان هذا التنظيم وعلى رأسه مؤسسه حسن البنا يمارسون التلون والتضليل", "مؤسسه حسن البنا"),
        # 2015-08-06-900: the name cut before its family name أبار ends on a given name: no body
        ("وقالت آلاء رضا أبار مدير تطوير الأعمال، أن شركة محمود صالح أبار (الوكيل المعتمد لشركة كاسيو)",
         "شركة محمود صالح"),
        # 2015-08-06-629: the name stopped before القاضي ends on a given name after بن: no body
        ("كما شملت موافقة الوزير تأسيس شركة أعناب دانية القابضة برأسمال مليوني ريال، وشركة محمد بن إبراهيم القاضي "
         "القابضة برأسمال مليوني ريال.", "شركة محمد بن إبراهيم"),
    ],
)  # fmt: skip
def test_a_founders_name_cut_or_run_on_or_his_founder_is_no_firm(text, unwanted):
    assert unwanted not in [surface for surface, _ in in_first(discovered_only(found(text)))]


@pytest.mark.parametrize(
    "text, expected",
    [
        # 2015-08-08-744: the company named before, with the article; its spokesman named after it
        (
            "وأوضح المتحدث الرسمي للشركة خالد عويضة، أن نظام التكييف في المطار هو نظام جديد.",
            [("خالد عويضة", "خالد عويضة")],
        ),
        # 2015-07-23-84: an office is its holder's (مكتب is no business head)
        (
            "من جهة ثانية قال مصدر في مكتب جون بوينار، زعيم الأغلبية الجمهورية في مجلس النواب، إن بوينار يفكر في أن "
            "يكرر الدعوة.",
            [("جون بوينار", "جون بوينار"), ("بوينار", "جون بوينار")],
        ),
    ],
)
def test_a_man_after_a_definite_business_or_an_office_is_still_him(text, expected):
    assert in_first(discovered_only(found(text))) == expected


# --- the eighty-third round: a verbal noun after a name is the verb's object, no name word --------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        # the eighty-second uniform sample (2015-07-24-1914): تركيزه "his focus", a verbal noun and its pronoun
        ("من جهة ثانية، واصل الجهاز الفني في النادي الأهلي بقيادة المدرب السويسري كريستيان جروس تركيزه في "
         "التدريبات اليومية على رفع المخزون اللياقي للاعبين.", "كريستيان جروس"),
        # SaudiNewsNet 2015-07-31-90, 2015-08-04-798, 2015-07-22-796, 2015-08-08-1226 (the round's corpus read)
        ("قدّم الإعلامي عبدالعزيز المريسل اعتذاره للرئيس العام لرعاية الشباب الأمير عبدالله بن مساعد.",
         "عبدالعزيز المريسل"),
        ("من جانبه، أكمل اللاعب سعود كريري تمرينه بالجري حول الملعب وأداء تدريبات بدنية.", "سعود كريري"),
        ("وواصل مساعد المدرب الاورغوياني ماريو بلانكو إشرافه على تدريب الفريق في ظل تواجد المدرب في بلاده.",
         "ماريو بلانكو"),
        ("شارك سفير خادم الحرمين الشريفين في أستراليا ونيوزلاندا الأستاذ نبيل آل صالح أبناءه المبتعثين في كانبيرا "
         "أفراحهم واحتفالاتهم.", "نبيل آل صالح"),
        # the eighty-first uniform sample (2015-07-27-295): اعتزاز "pride", bare after a family name with the article
        ("وأكد الدكتور محمد البديع اعتزاز مستشفى الدكتور سليمان الحبيب بتلك الاتفاقية، ولا سيما أنها تأتي تزامنا "
         "مع البدء في تشغيل المستشفى في مدينة دبي الطبية.", "محمد البديع"),
        # SaudiNewsNet 2015-08-11-1501, 2015-08-06-1361
        ("أبدى رئيس مجلس إدارة الهيئة السعودية للمهندسين الدكتور جميل البقعاوي اعتزاز الهيئة بالمهندس السعودي جابر "
         "آل صليع.", "جميل البقعاوي"),
        ("كما تسبب إعلان الرئيس الراحل جمال عبد الناصر تأميم القناة في العدوان الثلاثي على مصر.", "جمال عبد الناصر"),
    ],
)  # fmt: skip
def test_a_verbal_noun_after_a_name_ends_it(text, name):
    names = [a for _, a in in_first(discovered_only(found(text)))]
    assert name in names
    assert not any(a.startswith(name + " ") for a in names)


@pytest.mark.parametrize(
    "text, name",
    [
        # against: a foreign family name of a verbal noun's shape after a first name (SaudiNewsNet 2015-07-25-260,
        # 2015-07-21-1005, 2015-08-06-2880), or ending in ه with no noun before it (2015-08-03-182: الاغازاد is no word)
        ("وقال كمال أوزان مدير مصرف (كويت ترك)، إن المصرف يختلف عن المصارف الأخرى في فرانكفورت.", "كمال أوزان"),
        ("ساعد المهاجم الدولي كارلوس تيفيز فريقه بوكا جونيورز على الفوز ودياً على كويلمس بهدفين مقابل هدف.",
         "كارلوس تيفيز"),
        ("وكان رئيس ليون ميشال اولاس أعلن في وقت سابق أن المفاوضات بين الناديين وصلت إلى مراحلها الأخيرة.",
         "ميشال اولاس"),
        ("وخلال نفس الاجتماع قال وزير النفط الإيراني غلام آغازاده للصحافيين إنه لا يوافق على مقترح أوبك برفع الإنتاج.",
         "غلام آغازاده"),
        # against: the plural أفعال a company's name holds after a word with the article (2015-08-06-490, Amlak)
        ("وقفز سهم شركة الرهن العقاري أملاك للتمويل أيضا بالحد الأقصى اليومي 15 في المئة بينما ارتفع سهم أرابتك "
         "القابضة للبناء 6.6 في المئة.", "شركة الرهن العقاري أملاك"),
    ],
)  # fmt: skip
def test_a_name_of_a_verbal_nouns_shape_stays(text, name):
    assert name in [a for _, a in in_first(discovered_only(found(text)))]


# --- the two-hundred-and-fourth round: the verbal noun and its pronoun after the preposition ل or ب -----------------


@pytest.mark.parametrize(
    "text, name",
    [
        # SaudiNewsNet 2015-08-06-3003 (and 2015-08-10-1464): لإتمامه "to hold it" run on into the defence council
        ("وكشفت مصادر بالجامعة العربية عن مشاورات تجري بين الأمين العام ورؤساء الأركان العرب لتحديد موعد جديد لعقد "
         "اجتماع مجلس الدفاع لإتمامه خلال الأسبوع الأخير من شهر أغسطس.", "مجلس الدفاع"),
        # SaudiNewsNet 2015-07-27-826: لاعتذاره "for his apologising"
        ("وقعت ادارة الشعلة مخالصة مالية مع المدافع يحيى كعبي لاعتذاره عن الاستمرار في الفريق لظروفه العملية بعد ان "
         "امضى ثلاثة مواسم، وقدم شكره وتقديره لادارة النادي على تفهم ظروفه الحالية.", "يحيى كعبي"),
        # SaudiNewsNet 2015-08-08-907: لتجديده "for his renewing" (his contract)
        ("توصلت إدارة الاتحاد إلى اتفاق نهائي مع اللاعب أحمد عسيري لتجديده عقده مع النادي، وأكدت مصادر أن التوقيع "
         "سيكون خلال الأيام المقبلة.", "أحمد عسيري"),
        # SaudiNewsNet 2015-08-09-859: لإطلاعه "to inform him"
        ("وينتظر أن يعقد المدرب الأوروجوياني ألفارو جوتيريز اجتماعا مع رئيس النادي المكلف عبدالله القريني لإطلاعه "
         "على نتائج المعسكر الخارجي وكذلك مناقشة خطة الفريق للموسم الجديد.", "عبدالله القريني"),
    ],
)  # fmt: skip
def test_a_verbal_noun_after_a_preposition_ends_a_name(text, name):
    names = [a for _, a in in_first(discovered_only(found(text)))]
    assert name in names
    assert not any(a.startswith(name + " ") for a in names)


@pytest.mark.parametrize(
    "text, name",
    [
        # SaudiNewsNet 2015-07-26-1208: بتقطيع "by cutting" (the cake), no pronoun, its noun rare in the news
        ("بعد ذلك قام الشيخ عبدالعزيز العفالق بتقطيع «التورتة» المعدة لهذا الافتتاح مع ابنائه الايتام الذين شاركوا "
         "في حفل هذا اليوم.", "عبدالعزيز العفالق"),
        # SaudiNewsNet 2015-08-07-873: بتأميم "by nationalising" (the Suez Canal)
        ("ويوصف المشروع في مصر بأنه انجاز وطني يضاهي قرار الرئيس الراحل جمال عبد الناصر بتأميم قناة السويس عام "
         "1956 وبناء السد العالي في أسوان.", "جمال عبد الناصر"),
    ],
)  # fmt: skip
def test_ba_before_the_shape_taf_il_ends_a_name(text, name):
    names = [a for _, a in in_first(discovered_only(found(text)))]
    assert name in names
    assert not any(a.startswith(name + " ") for a in names)


def test_a_verbal_noun_after_a_preposition_is_no_name_word():
    # SaudiNewsNet 2015-08-06-520: لإقناعه "to persuade him" (round 199's leftover), Morales's name run on over it
    text = ("وكان منصور البلوي المشرف العام على الفريق قد بدأ مفاوضات جادة مع وكيل أعمال موراليز لإقناعه بانضمام "
            "اللاعب للاتحاد للموسم المقبل.")  # fmt: skip
    assert not any("لإقناعه" in a for _, a in in_first(discovered_only(found(text))))


@pytest.mark.parametrize(
    "text, name",
    [
        # against: a family name opening with با, a verbal noun's shape with ه after ب (SaudiNewsNet 2015-08-04-769:
        # الاعجاج is no word)
        ("وقال الخبير الاقتصادي الدكتور سالم باعجاجة إن انخفاض أسعار النفط انعكس على سوق قطاع البتروكيماويات.",
         "سالم باعجاجة"),
    ],
)  # fmt: skip
def test_a_family_name_opening_with_ba_stays(text, name):
    assert name in [a for _, a in in_first(discovered_only(found(text)))]


# --- the eighty-fifth round, its articles read: a preposition of time or of topic ends a name ---------------------


@pytest.mark.parametrize(
    "text, name, preposition",
    [
        # SaudiNewsNet 2015-08-06-1931 (an article of the eighty-fifth uniform sample; the same story in 11 articles):
        # قبيل "shortly before" run on into the coach's name, read as "ديفيد مويز قبيل"
        ("ليرتفع حجم انفاق \"الشياطين الحمر\" الى 230 مليون جنيه استرليني منذ رحيل المدرب الاسكتلندي ديفيد مويز قبيل "
         "نهاية موسم 2013-2014.", "ديفيد مويز", "قبيل"),
        # SaudiNewsNet 2015-07-26-1046: منتصف "in the middle of" (the night)
        ("تعرض منزل الشيخ عادل الكلباني منتصف الليل الى حريق ولم يصيب ولله الحمد أي من أفراد العائلة بأذى.",
         "عادل الكلباني", "منتصف"),
        # SaudiNewsNet 2015-07-31-1194: مطلع "at the start of" (the season); Danilo alone, one word after the
        # adjectives, is no discovered name
        ("الأمر ذاته انطبق على انتقال الظهير البرازيلي الشاب دانيلو مطلع هذا الموسم حين أصدر النادي البرتغالي بورتو "
         "بياناً رسمياً.", None, "مطلع"),
        # SaudiNewsNet 2015-07-31-749: بخصوص "regarding"
        ("وصلت إدارة نادي الوحدة إلى اتفاق بنسبة 80% مع لاعب الفريق الأول الكابتن عبدالخالق برناوي بخصوص تجديد العقد "
         "لموسمين.", "عبدالخالق برناوي", "بخصوص"),
        # SaudiNewsNet 2015-07-23-1248: حيال "regarding" (read as "بولوني حيال الرباعي"; Bolloni alone is no
        # discovered name)
        ("هذا وينتظر المشرف العام على الفريق الاتحادي منصور البلوي قرار المدرب بولوني حيال الرباعي الأجنبي وبعض "
         "اللاعبين المحليين.", None, "حيال"),
        # SaudiNewsNet 2015-08-03-681: the US Senate, read as "مجلس الشيوخ حيال"
        ("من جهته نفى كامل الحرمي وجود أي ردة فعل بداخل الأسواق النفطية جراء موافقة لجنة الطاقة بمجلس الشيوخ حيال "
         "مشروع رفع حظر تصدير الخام الأميركي.", "مجلس الشيوخ", "حيال"),
    ],
)  # fmt: skip
def test_a_name_ends_before_a_preposition_of_time_or_topic(text, name, preposition):
    names = [a for _, a in in_first(found(text))]
    assert name is None or name in names
    assert not any(preposition in a for a in names)


def test_a_preposition_of_topic_opens_no_name():
    # SaudiNewsNet 2015-08-08-925: بشأن "regarding" read as the given name of "بشأن لاعبي النصر"
    text = (
        "وليس أسوأ ولا أقوى مثالا من قضية الربيش وأحمد الخميس أمين عام الاتحاد بشأن لاعبي النصر والهلال وشجارهم مع "
        "الجماهير بعد نهائي كأس الملك."
    )
    assert not any("بشأن" in a for _, a in in_first(found(text)))


def test_a_tribe_is_no_shortly_before():
    # against: قبيلة "tribe" is no قبيل; the sheikh named after it stays (SaudiNewsNet 2015-07-22-612)
    text = (
        "وفي ذلك السياق، أكد شيخ قبيلة بني عامر الشيخ عبدالعزيز بن عبدالله بن رقوش في إحدى تلك المناسبات أن "
        "الأفراح في عيد الفطر تجمع الناس."
    )
    assert "عبدالعزيز بن عبدالله بن رقوش" in [a for _, a in in_first(found(text))]


# --- the eighty-sixth round: a retired rank, متقاعد written bare after the rank word, is the title's --------------


@pytest.mark.parametrize(
    "text, name",
    [
        # SaudiNewsNet 2015-08-09-1226 (left by the eighty-fourth round: [متقاعد متعب بن عبدالله] العتيبي)
        ("وأردف اللواء متقاعد متعب بن عبدالله العتيبي مدير شرطة القصيم سابقا، أن المملكة عازمة على اجتثاث الإرهاب.",
         "متعب بن عبدالله العتيبي"),
        ("وبين اللواء متقاعد نافل الشلوي من منسوبي الحرس الوطني، أن يد الإرهاب التي طالت المصلين لن تنال من "
         "وحدة الوطن.", "نافل الشلوي"),
        # 2015-08-02-154, 2015-07-21-1347, 2015-08-10-1278, 2015-08-11-729 (the round's corpus read)
        ("وقال العقيد متقاعد طلال بكري في حديثه لـ«الشرق الأوسط» إن الشؤون العامة للقوات المسلحة أعلنت ذلك.",
         "طلال بكري"),
        ("انتقل الى رحمه الله تعالى في أول يوم عيد الفطر المبارك العميد متقاعد عبدالعزيز الحبسي العتيبي، أحد منسوبي "
         "شرطة جدة.", "عبدالعزيز الحبسي العتيبي"),
        ("وطالب عضو الجمعية العمومية للمتقاعدين الفريق متقاعد عبدالعزيز هنيدي، بتبني مقترح التأمين الطبي.",
         "عبدالعزيز هنيدي"),
        ("أكد اللواء متقاعد أحمد بن عبدالله سمباوة رئيس عام النقابة العامة للسيارات، تكامل الخطط المفعلة.",
         "أحمد بن عبدالله سمباوة"),
    ],
)  # fmt: skip
def test_a_retired_rank_is_the_title_not_the_name(text, name):
    names = [a for _, a in in_first(discovered_only(found(text)))]
    assert name in names
    assert not any("متقاعد" in a for a in names)


@pytest.mark.parametrize(
    "text, name",
    [
        # against: the definite المتقاعد, read as the title's complement already (SaudiNewsNet 2015-07-23-831,
        # 2015-07-31-398)
        ("من جانبه، قال اللواء المتقاعد ناصر العولقي، في اتصال هاتفي مع \"الوطن\" إن اشتداد الضربات الجوية أضعف "
         "المتمردين.", "ناصر العولقي"),
        ("في المقابل اعتبر الخبير الاستراتيجي اللبناني العميد المتقاعد نزار عبد القادر أن «ما يحصل اليوم» متوقع.",
         "نزار عبد القادر"),
    ],
)  # fmt: skip
def test_a_name_after_the_definite_retired_rank_stays(text, name):
    assert name in [a for _, a in in_first(discovered_only(found(text)))]


def test_a_retired_officer_unnamed_is_no_name():
    # against: an indefinite rank, no name after it (SaudiNewsNet 2015-07-24-292)
    names = [a for _, a in in_first(discovered_only(found("وجّه عميد ركن متقاعد رسالة مؤثرة إلى أبنائه الثلاثة "
                                                          "المرابطين على الحد الجنوبي.")))]  # fmt: skip
    assert not any("متقاعد" in a or "رسالة" in a for a in names)


# --- the eighty-seventh round: a player's position after his name, صانع "playmaker", is no name's word ------------


@pytest.mark.parametrize(
    "text, gone, name",
    [
        # SaudiNewsNet 2015-08-01-460 (the eighty-sixth uniform sample: أحمد الشيخ [صانع ألعاب], الشيخ read as a title)
        ("أعلن مجلس إدارة النادي الأهلي المصري، برئاسة محمود طاهر، عن تعاقده رسمياً مع أحمد الشيخ صانع ألعاب فريق "
         "مصر للمقاصة لمدة خمسة مواسم.", "صانع ألعاب", None),
        # 2015-07-27-523, 2015-08-06-2610 (the round's corpus read, every article with صانع)
        ("كشف موقع «كالتشيو ميركاتو ويب» ذائع الصيت يوم أمس أن نادي الاتحاد يفاوض اللاعب الإيطالي أنطونيو كاسانو "
         "صانع ألعاب فريق بارما، وذكر الموقع أن اللاعب من ضمن الخيارات المتاحة.", "أنطونيو كاسانو صانع",
         "أنطونيو كاسانو"),
        ("توجّه المشرف العام على الفريق الكروي الأول بنادي الاتحاد منصور البلوي إلى الاتفاق مع اللاعب الأرجنتيني "
         "موراليس صانع الألعاب نادي أتلانتا الإيطالي ليكون اللاعب المحترف الثالث.", "موراليس صانع الألعاب", None),
    ],
)  # fmt: skip
def test_a_playmaker_after_a_players_name_is_no_name(text, gone, name):
    names = [a for _, a in in_first(discovered_only(found(text)))]
    assert not any("صانع" in a for a in names), gone
    if name:
        assert name in names


def test_the_makers_of_a_society_stay():
    # against: the plural صانعي "makers" in a body's name is not the position (SaudiNewsNet 2015-07-21-340)
    text = (
        "احتفل مؤتمر عقدته جمعية صانعي وتجار السيارات (SMMT) في بريطانيا مؤخرا باستجابة بلدية لندن لطلب تحويل وسط "
        "لندن إلى منطقة شبه خالية من الانبعاثات."
    )
    assert "جمعية صانعي" in [a for _, a in in_first(discovered_only(found(text)))]


# --- the eighty-eighth round: a dash between two foreign words of a body's name joins them -------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        # SaudiNewsNet 2015-07-25-197 (the eighty-eighth uniform sample: [شِركة فيات] – كرايسلر, cut at the dash)
        ("وكان ماركيوني قد ذكر في وقت سابق أن شِركة فيات – كرايسلر سوف تخصص نسبة 10 في المائة من أسهمها لشركة "
         "فيراري على أن توزع النسبة المتبقية على حاملي أسهمها.", "شِركة فيات – كرايسلر"),
        ("هذا، على الأقل، ما يتوقعه سيرجيو ماركيوني، رئيس شركة فيات – كرايسلر، مالكة شركة فيراري، ومهندس خطة "
         "بيعها.", "شركة فيات – كرايسلر"),
        # 2015-08-08-99 (the round's corpus read): a quoted name with a dash inside
        ("وقد بذلت شركة «مرسيدس - بينز» جهدا كبيرًا من أجل العمل على خفض الضوضاء في كابينة القيادة.",
         "شركة مرسيدس - بينز"),
    ],
)  # fmt: skip
def test_a_dash_inside_a_bodys_foreign_name_joins_it(text, name):
    assert name in [a for _, a in in_first(discovered_only(found(text)))]


@pytest.mark.parametrize(
    "text, name",
    [
        # against: a dash that opens an aside (a function word after it), or a word with the article after it
        ("وأعلنت شركة سامسونج - إلى جانب شركات أخرى - عن هاتف جديد الأسبوع الماضي.", "شركة سامسونج"),
        ("وقالت شركة بوما - العالمية في صناعة الأحذية - إنها ستفتح فرعا جديدا.", "شركة بوما"),
    ],
)  # fmt: skip
def test_a_dash_before_an_aside_ends_a_bodys_name(text, name):
    assert name in [a for _, a in in_first(discovered_only(found(text)))]


# --- the hundred-and-sixteenth round: a feminine noun with a possessive pronoun after a name is no name word -----


@pytest.mark.parametrize(
    "text, name",
    [
        # the hundred-and-sixteenth uniform sample (2015-08-10-1487): صدارته "its lead", the club's name run on into it
        ("وفي دوري المنطقة الجنوبية، واصل نادي النخيل صدارته للمجموعة على الرغم من تعادله مع أبها بثمانية أهداف.",
         "نادي النخيل"),
        # SaudiNewsNet 2015-08-03-182, 2015-08-09-832, 2015-08-09-450, 2015-07-27-816, 2015-08-06-219, 2015-08-08-326
        # (the round's corpus read)
        ("بعدما انتهت منظمة البلدان المصدرة للبترول (أوبك) من اجتماعها في جنيف، استقل وزير البترول السعودي هشام ناظر "
         "طائرته متجهًا إلى لوس أنجليس في الولايات المتحدة لقضاء إجازته هناك.", "هشام ناظر"),
        ("أعلن السيناتور الديموقراطى الأميركى تشاك شومر معارضته للاتفاق النووي مع إيران، كما أصدر أكبر نائب "
         "ديموقراطي، إليوت أنجيل، بياناً عارض فيه الاتفاق أيضا.", "تشاك شومر"),
        ("واصل النجم السعودي الواعد سعود الحقباني هيمنته على التنس الأمريكية تحت 14 سنة، عندما توج أمس السبت بذهبية "
         "السوبر الأمريكية للملاعب الصلبة.", "سعود الحقباني"),
        ("وأبدى المدرب الألماني رينارد ستامب قناعته باختيار الإدارة لللاعب بعدما شاهد عددا من المباريات التي خاضها في "
         "الدوري القبرصي.", "رينارد ستامب"),
        ("فلقد رأي رئيس الوزراء بنيامين ديزرائيلي فرصته الذهبية ليضع يده على أسهم الشركة.", "بنيامين ديزرائيلي"),
        ("تعرضت آمال الرئيس الأمريكي باراك أوباما للحفاظ على الاتفاق النووي لانتكاسة حين أعلن السناتور تشاك شومر وهو "
         "من كبار الديمقراطيين في مجلس الشيوخ معارضته للاتفاق.", "مجلس الشيوخ"),
    ],
)  # fmt: skip
def test_a_feminine_noun_with_a_pronoun_after_a_name_ends_it(text, name):
    names = [a for _, a in in_first(discovered_only(found(text)))]
    assert name in names
    assert not any(a.startswith(name + " ") for a in names)


def test_a_feminine_noun_with_a_proclitic_and_a_pronoun_is_no_name_word():
    # SaudiNewsNet 2015-07-22-1685: لمناقشته "for discussing it" run on into the Shura Council (the curated body)
    text = ("بأن الوزارة انهت كافة التجهيزات المتعلقة ببرنامج «حافز المطور» وتم رفعه الى مجلس الشورى لمناقشته وهو في "
            "طور الرفع للمقام السامي.")  # fmt: skip
    assert not any(a.startswith("مجلس الشورى") for _, a in in_first(discovered_only(found(text))))


# --- issue 10 (m2): a plural in construct after a family name is no name word ----------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        # round 229 (2015-08-10-1366): مديري "the directors of", the minister's name run on into the verb's object
        ("يأتي ذلك بعد أن ألزم وزير الإسكان ماجد الحقيل مديري فروع وزارة الإسكان في 13 منطقة إدارية باستراتيجية عمل "
         "سريعة.", "ماجد الحقيل"),
        # round 143 (2015-08-01-497): مسؤولي "the officials of"
        ("ودعا مدير المستودعات الأستاذ منصور الدريويش مسؤولي المدارس إلى مراجعة إدارة المستودعات بحي السلام.",
         "منصور الدريويش"),
        # SaudiNewsNet 2015-08-07-921 (the class's corpus read): لاعبي "the players of"
        ("وحفز نائب رئيس الاتحاد السعودي للكرة الطائرة رئيس البعثة بتال العتيبي لاعبي المنتخب بمكافآت فورية عقب الفوز "
         "مباشرة.", "بتال العتيبي"),
        # issue 10 (m7), round 241's run-on (2015-08-11-1480): لاعبي after a father's name after بن, no family name
        ("حث رئيس نادي النصر صاحب السمو الملكي الأمير فيصل بن تركي لاعبي النصر على تقديم صورة مشرفة للكرة السعودية "
         "في مباراة السوبر التي تجمعه بالهلال مساء الغد.", "فيصل بن تركي"),
    ],
)  # fmt: skip
def test_a_plural_in_construct_after_a_family_name_ends_it(text, name):
    names = [a for _, a in in_first(discovered_only(found(text)))]
    assert name in names
    assert not any(a.startswith(name + " ") for a in names)


@pytest.mark.parametrize(
    "text, name",
    [
        # against: a family name ending in ي without the article after a compound given name's الله, a word with no
        # plural in ين (SaudiNewsNet 2015-07-21-54: الصبيحين is no word)
        ("وقال القائد العسكري اللواء عبد الله صبيحي إن رجاله دخلوا إلى مقر قيادة المنطقة العسكرية الرابعة التي تمت "
         "استعادتها من الحوثيين.", "عبد الله صبيحي"),
        # against (m7): the family name in ي after بن and a father's name (SaudiNewsNet 2015-07-25-1449: الحكمين is
        # no word), as after the article
        ("ونائب الأمين العام المهندس محيي الدين بن يحيى حكمي، وقيادات الغرفة التنفيذية وذلك بالبهو الرئيسي للغرفة.",
         "محيي الدين بن يحيى حكمي"),
    ],
)  # fmt: skip
def test_a_family_name_ending_in_ya_after_an_al_word_stays(text, name):
    assert name in [a for _, a in in_first(discovered_only(found(text)))]


# --- issue 10 (m6): ب glued to a noun the news writes with its article ends a name ---------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        # round 241's class, counted (2015-08-11-1394): بروضة "in Rawdat (Sudair)", الروضة a common word
        ("كما أنه لقي التشجيع من أسرته ومن أساتذته في تعليم المجمعة وثانوية الإمام فيصل بن تركي بروضة سدير والتي "
         "انطلق منها ليحصل على المركز السادس.", "فيصل بن تركي"),
        # SaudiNewsNet 2015-07-21-133: برصاص "by the bullets of", الرصاص
        ("أصيب متظاهران معارضان للرئيس البوروندي بيار نكورونزيزا برصاص الشرطة مساء أول من أمس في بوجمبورا.",
         "بيار نكورونزيزا"),
        # SaudiNewsNet 2015-07-24-1418: a body's name before its place, بحوطة (الحوطة)
        ("حيث أمضى مايزيد على عشرين عاما في خدمة جمعية البر الخيرية بحوطة سدير منذ تأسيسها.", "جمعية البر الخيرية"),
        # SaudiNewsNet 2015-07-27-825: ب before an alef and a verbal noun, بانضباط "the discipline of" (الانضباط)
        ("أشاد رئيس نادي الفتح أحمد الراشد بانضباط لاعبي فريقه خلال معسكر تونس وجديتهم.", "أحمد الراشد"),
        # SaudiNewsNet 2015-08-09-297: a word of four letters the news writes so, بصدد "about to" (الصدد)
        ("وأوضح مروان دفتردار أن الجهاز الفني في الفريق الذي يقوده المدرب السويسري كريستيان جروس بصدد وضع البرنامج "
         "الإعدادي الأخير للفريق.", "كريستيان جروس"),
    ],
)  # fmt: skip
def test_b_glued_to_a_noun_written_with_its_article_ends_a_name(text, name):
    names = [a for _, a in in_first(discovered_only(found(text)))]
    assert name in names
    assert not any(a.startswith(name + " ") for a in names)


@pytest.mark.parametrize(
    "text, name",
    [
        # against: a four-letter foreign name spelt like ب + a noun (SaudiNewsNet 2015-08-01-306: بلوم, اللوم "blame")
        ("وقال القنصل الامريكي العام دونلد بلوم: إن الولايات المتحدة تستنكر بشدة جريمة الكراهية هذه.", "دونلد بلوم"),
        # against: a Hadhrami family name in با (SaudiNewsNet 2015-07-27-1261: الأفقية "horizontal" is common)
        ("ألف الأستاذ حسين محمد بافقيه كتابا جديدا في فن الشعر ركز فيه على الشعر الحلمنتيشي.", "حسين محمد بافقيه"),
    ],
)  # fmt: skip
def test_a_short_foreign_name_or_a_hadhrami_name_in_ba_stays_whole(text, name):
    assert name in [a for _, a in in_first(discovered_only(found(text)))]


@pytest.mark.parametrize(
    "text, name",
    [
        # against: a family name ending in ته whose noun is no word (2015-07-21-94: الروة), Mark Rutte
        ("وجاءت هذه التصريحات بعد أن قال رئيس وزراء هولندا مارك روته إن الحكومة الهولندية تسعى للحصول على تأييد "
         "حلفاء سياسيين لتشكيل محكمة تابعة للأمم المتحدة.", "مارك روته"),
    ],
)  # fmt: skip
def test_a_name_ending_in_a_pronouns_shape_stays(text, name):
    assert name in [a for _, a in in_first(discovered_only(found(text)))]


# --- the hundred-and-eighteenth round: a quotation mark opening after a man's name ends it ----------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        # the hundred-and-eighteenth uniform sample (2015-07-27-525): «هشتاق» "a hashtag", the verb's object
        ("أطلق رئيس نادي الوحدة هشام مرسي «هشتاق» في موقع التواصل الاجتماعي «تويتر»، بعنوان «بوحدتنا نسمو».",
         "هشام مرسي"),
        # SaudiNewsNet 2015-07-23-128, 2015-07-24-1355, 2015-08-07-985 (the round's corpus read): what he said
        ("قال رفائيل بنيتز مدرب ريال مدريد اليوم الخميس إن المدافع سيرجيو راموس \"ملتزم مئة في المئة (بعقده الحالي)\" "
         "مع النادي رغم التكهنات المستمرة.", "سيرجيو راموس"),
        ("قال خلاله القائد المحلي للشرطة ايوب بيارباسي \"سنواصل حتى النهاية معركتنا (ضد الارهاب) حتى وأن تعرض رجالنا "
         "للقتل.", "ايوب بيارباسي"),
        ("لكن البيان ذكر إن وزير خارجية الفلبين ألبرت ديل روساريو \"هاجم\" سياسة الصين في البحر وحظي بدعم من نظيره "
         "الياباني.", "ديل روساريو"),
    ],
)  # fmt: skip
def test_an_opening_quote_after_a_mans_name_ends_it(text, name):
    names = [a for _, a in in_first(discovered_only(found(text)))]
    assert name in names
    assert not any(a.startswith(name + " ") for a in names)


def test_a_description_keeps_its_quoted_name():
    # against, SaudiNewsNet 2015-07-26-175: a body's description, then its name between quotes (Petrobras)
    text = ("حيث تشهد البرازيل مشكلات عميقة في اقتصادها، ولا سيما فضائح الفساد الضخمة التي نالت شركة النفط الوطنية "
            "«بتروبراس» وامتدت عبر شركات كبرى أخرى.")  # fmt: skip
    assert any("بتروبراس" in surface for surface, _ in in_first(discovered_only(found(text))))


def test_an_epithet_quoted_alone_after_a_mans_name_stays():
    # against, SaudiNewsNet 2015-07-22-729: one word with the article quoted alone, Kissinger's epithet "the fox"
    text = ("الأمير بندر بن سلطان حين استشهد بكلمات من وزير الخارجية العتيد كيسنجر \"الثعلب\" حين قال \"على أعداء أميركا "
            "أن يخشوا أميركا، لكن على أصدقائها أن يخشوها أكثر\".")  # fmt: skip
    assert any(surface.startswith("كيسنجر") for surface, _ in in_first(discovered_only(found(text))))


# --- the two-hundred-and-second round: a name read between quotation marks ends at the closing one -------------------


@pytest.mark.parametrize(
    "text, name",
    [
        # the two-hundredth uniform sample (2015-08-01-879): بكدمة "with a bruise" after the striker's quoted name
        ("وكان المركز الإعلامي بنادي النصر قد أعلن في وقت سابق عن اصابة المهاجم “نايف هزازي” بكدمة في مفصل القدم.",
         "نايف هزازي"),
        # SaudiNewsNet 2015-08-01-1226, 2015-07-31-2062 (the round's corpus read): the verb and its object after it
        ("في حين أدى اللاعب \"سعود كريري\" مرانه بالجري حول الملعب على سرعات متفاوتة.", "سعود كريري"),
        ("إلا أن وكيل اللاعب «حسن ستينكايا» أنكر هذا الرقم وأشار فقط إلى أن راتبه سيرتفع.", "حسن ستينكايا"),
        # 2015-08-06-2077: هداف "top scorer", the description after the quoted name
        ("وتمكن من شراء بطاقة المهاجم النيجيري \"إيفياني أونيلو\" هداف الدوري القبرصي.", "إيفياني أونيلو"),
        # 2015-07-22-1387, 2015-08-02-336: a party's quoted name, then a second party or an adjective
        ("التي وقفت مناوئة لحكم الشاه، كـ\"حزب توده\" والجبهة الوطنية، ومجاهدي خلق.", "حزب توده"),
    ],
)  # fmt: skip
def test_a_quoted_name_ends_at_its_closing_quote(text, name):
    names = [a for _, a in in_first(discovered_only(found(text)))]
    assert name in names
    assert not any(a.startswith(name) and a != name for a in names)


def test_a_titles_one_quoted_word_is_passed_over():
    # against, SaudiNewsNet 2015-07-21-49: «فطن» the programme a man directs, his name after it (read on as before)
    text = ("وشرح مدير برنامج «فطن» العريني لـ«الشرق الأوسط»، أن البرنامج يعمل على التوعية. وأضاف العريني أن "
            "البرنامج كان مخططًا له.")  # fmt: skip
    assert any(a.endswith("العريني") for _, a in in_first(discovered_only(found(text))))


# --- the hundred-and-twentieth round: the municipal affairs ministry by its short name -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the hundred-and-twentieth uniform sample (2015-08-03-1277), and the hundred-and-fourteenth's article
        "ولفت وزير الشؤون البلدية والقروية إلى وجود تنسيق كامل بين وزارة البلديات ووزارة المياه والكهرباء لتوفير "
        "الكميات اللازمة من المياه لخزان المليون وخزانات المياه الأخرى.",
        # SaudiNewsNet 2015-07-23-155, 2015-08-10-997 (the round's corpus read)
        "وأوضحت وزارة البلديات، أن قائمة فعالياتها طوال إجازة عيد الفطر المبارك ضمت ما يزيد على 2000 فعالية متنوعة.",
        "ومن أهم الأخطاء التي عطلت مشاريع وزارة البلديات نقص المدة النظامية للإعلان عنها.",
    ],
)
def test_the_municipal_ministry_by_its_short_name_is_the_home_states(text):
    rows = found(text, home="saudi_arabia")
    rows = rows[rows["doc_id"] == "d0"]
    assert rows[["surface", "entity_id"]].values.tolist() == [["وزارة البلديات", "saudi_ministry_of_municipal_affairs"]]


def test_without_a_home_state_the_municipal_ministry_by_its_short_name_stays_discovered():
    # against, SaudiNewsNet 2015-08-10-997: with no home state nothing says whose ministry it is
    text = "ومن أهم الأخطاء التي عطلت مشاريع وزارة البلديات نقص المدة النظامية للإعلان عنها."
    assert in_first(found(text)) == [("وزارة البلديات", "وزارة البلديات")]


# --- the hundred-and-forty-first round: the feast's name, عيد الفطر, is no man named Eid ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the hundred-and-forty-first uniform sample (2015-07-25-1113): the feast, twice, read as a man Eid al-Fitr
        "أقامت إدارة العلاقات العامة والإعلام بالهيئة السعودية للتخصصات الصحية، حفل معايدة بمناسبة عيد الفطر المبارك "
        "بحضور الأمين العام بالنيابة زاهر البارقي. وألقى زاهر البارقي كلمة بهذه المناسبة رفع فيها أسمى آيات التهاني "
        "والتبريكات بمناسبة عيد الفطر المبارك، ثم رحب بالزملاء الموظفين.",
        # SaudiNewsNet 2015-07-21-1347 and 2015-07-24-1478 (the round's corpus read): before a title, and then its
        # adjective alone (بالعيد المبارك) read as the same man
        "انتقل الى رحمه الله تعالى في أول يوم عيد الفطر المبارك العميد متقاعد عبدالعزيز الحبسي العتيبي، أحد منسوبي "
        "شرطة جدة بوزارة الداخلية.",
        "أقامت غرفة الرياض أمس الأول حفل معايدة لمنسوبيها بمناسبة عيد الفطر المبارك بحضور أمين عام الغرفة المكلف د. "
        "سعود السهلي وعدد من مسؤولي الغرفة، وتبادل الجميع التهاني بالعيد المبارك راجين من الله أن يعيده على المملكة.",
    ],
)  # fmt: skip
def test_the_feast_of_eid_al_fitr_is_no_man(text):
    assert not any("الفطر" in a or a == "المبارك" for _, a in in_first(found(text)))


@pytest.mark.parametrize(
    "text, name",
    [
        # against: a man named Eid is still found, after the feast too (SaudiNewsNet 2015-07-24-1128, 2015-07-25-514)
        ("احتفل منسوبو بلدية محافظة الرس بعيد الفطر المبارك مع عودة عمل القطاعات الحكومية بعد إجازة عيد الفطر، "
         "وهنأ رئيس البلدية المهندس عيد بن نايف العتيبي الموظفين بالعيد بكلمة مختصرة.", "عيد بن نايف العتيبي"),
        ("احتفلت العائلة بمحافظة الرس بعيد الفطر بتجمع ضم جمعًا غفيرًا من أفراد العائلة، وقد شرف الحفل محافظ الرس "
         "محمد العساف، ورئيس البلدية المهندس عيد العتيبي.", "عيد العتيبي"),
        # against: the man named after the feast, with his title (2015-07-25-1113)
        ("أقامت الهيئة السعودية للتخصصات الصحية حفل معايدة بمناسبة عيد الفطر المبارك بحضور الأمين العام بالنيابة "
         "زاهر البارقي. وألقى زاهر البارقي كلمة بهذه المناسبة.", "زاهر البارقي"),
    ],
)  # fmt: skip
def test_a_man_named_eid_or_named_beside_the_feast_stays(text, name):
    assert name in [a for _, a in in_first(found(text))]


# --- the hundred-and-forty-eighth round: the Islamic affairs ministry by its short name ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # SaudiNewsNet 2015-08-10-999, 2015-07-22-1094, 2015-07-21-1433 (the round's corpus read; the
        # hundred-and-forty-sixth sample's row, 2015-07-25-734, is of the same form)
        "ألقى فرع وزارة الشؤون الإسلامية في المنطقة الشرقية، اللوم، على أحد خطبائه الرسميين.",
        "ونسقت وزارة الشؤون الإسلامية مع أجهزة الأمن لتوفير الحماية للمصلين في أكثر من 94 ألف مسجد وجامع.",
        "كما يجب على وزارة الشؤون الإسلامية اتخاذ إجراءات عملية لتنظيم الخطاب الديني في خطب الجمعة والمنابر.",
    ],
)
def test_the_islamic_affairs_ministry_by_its_short_name_is_the_home_states(text):
    rows = found(text, home="saudi_arabia")
    rows = rows[rows["doc_id"] == "d0"]
    assert rows[["surface", "entity_id"]].values.tolist() == [
        ["وزارة الشؤون الإسلامية", "saudi_ministry_of_islamic_affairs"]
    ]


def test_without_a_home_state_the_islamic_affairs_ministry_by_its_short_name_stays_discovered():
    # against, SaudiNewsNet 2015-08-10-999 with no home state: nothing says whose ministry it is
    text = "ألقى فرع وزارة الشؤون الإسلامية في المنطقة الشرقية، اللوم، على أحد خطبائه الرسميين."
    assert ("وزارة الشؤون الإسلامية", "وزارة الشؤون الإسلامية") in in_first(found(text))


# --- the hundred-and-fifty-fifth round: a perfect verb whose imperfect is rare ends a discovered name ---------------


@pytest.mark.parametrize(
    "text, name, verb",
    [
        # the hundred-and-fifty-fifth sample (SaudiNewsNet 2015-08-04-1271): "ignored" after the electricity company
        ('وأضافوا: "شركة الكهرباء تجاهلت بلاغات المواطنين ورفضت تغيير المحول بحجة أنه يبعد عشرات الأمتار".',
         "شركة الكهرباء", "تجاهلت"),
        # 2015-08-03-868: "was honoured" after Panda
        ('من جهته، أكد موفق جمال أن شركة بنده تشرفت بالتكريم من خادم الحرمين الشريفين.', "شركة بنده", "تشرفت"),
        # 2015-08-08-114: "threatened" after the German under-secretary
        ("أن وكيلة وزارة العدل شتيفاني هوبيش هددت رانجه في محادثة سابقة معه بإقالته من منصبه.",
         "شتيفاني هوبيش", "هددت"),
    ],
)  # fmt: skip
def test_a_name_ends_before_a_perfect_verb_with_a_rare_imperfect(text, name, verb):
    names = [a for _, a in in_first(found(text))]
    assert name in names and not any(verb in a for a in names)


@pytest.mark.parametrize(
    "text, name",
    [
        # against: foreign names ending in ت after a common word's letters (SaudiNewsNet 2015-07-21-233,
        # 2015-07-23-183, 2015-07-24-1920)
        ("وينظر تقرير أعده المركز المصري للبحوث والدراسات الأمنية، الذي يرأسه اللواء عبد الحميد خيرت، إلى ذلك.",
         "عبد الحميد خيرت"),
        ('وقال جيريمي فارار مدير جمعية ويلكام تراست الخيرية الصحية الذي شارك في كتابة الورقة البحثية.',
         "ويلكام تراست"),
        ("توجه طلاب كلية العلوم قسم الكيمياء من جامعة جازان أمس الأول في بعثة تدريبية إلى جامعة دي مونت فورت ببريطانيا.",
         "جامعة دي مونت فورت"),
    ],
)  # fmt: skip
def test_a_foreign_name_ending_in_ta_stays_whole(text, name):
    assert name in [a for _, a in in_first(found(text))]


# --- the hundred-and-seventy-first round: the preposition ب glued to a word the article writes alone ---------------


@pytest.mark.parametrize(
    "text, glued",
    [
        # the hundred-and-seventy-first sample (SaudiNewsNet 2015-08-06-2227): Kia Motors America's planning head,
        # «بكيا» "at Kia" read as a man's first name after the title (كيا alone earlier in the article)
        ("وهذا التكريم يعتبر إضافة لتحقيق كيا المرتبة الثانية عن فئة دراسة الجودة المبدئية. وقال نائب رئيس التخطيط "
         'بكيا موتورز أميركا أورث هيدريك: "لقد جاء طرح تصميم جراند كرنفال الجديد استكمالا لتوجهات النقلة النوعية".',
         "بكيا"),
        # the hundred-and-sixty-eighth sample (2015-08-03-792): "in Billasmar" run into the tourism committee's man
        ("ينطلق اليوم مهرجان البُر الأسمري في عامه الأول بسوق الإثنين بللسمر بحضور المدير العام لهيئة السياحة. "
         "وأوضح الأمين العام للجنة التنمية السياحية ببللسمر سعد آل سحيم الأسمري أن فعاليات المهرجان بدأ الإعداد لها.",
         "ببللسمر"),
    ],
)  # fmt: skip
def test_a_preposition_glued_to_a_word_the_article_writes_alone_opens_no_name(text, glued):
    assert not any(s.startswith(glued) for s, _ in in_first(found(text)))


@pytest.mark.parametrize(
    "text, name",
    [
        # against: a given name made of ب and a word the article writes alone (SaudiNewsNet 2015-07-21-198: اسم)
        ("ما زلنا مصرين على إحضار اسم يفيد الأهلي ويليق به. وضمت القائمة التي ترأسها مدير الكرة بالفريق الأول "
         "باسم أبو داود عددا من اللاعبين.", "باسم أبو داود"),
        # against: a name opening with ب whose rest the article never writes alone (2015-08-04 Iran's oil minister)
        ("وقال وزير النفط الإيراني بيجن زنغنه إن بلاده ستعود إلى السوق.", "بيجن زنغنه"),
        # against: a town whose rest is a function word the article writes alone (SaudiNewsNet 2015-08-03-225: أما)
        ("إن 101 ممن تم تحريرهم أطفال بالإضافة إلي 67 امرأة أما الباقون من الرجال. وأضاف إنه تم أيضا تطهير عدة "
         "معسكرات للمتشددين حول بلدة باما الواقعة على بعد نحو 70 كيلومترا جنوب شرقي مدينة مايدوجوري.", "باما"),
    ],
)  # fmt: skip
def test_a_name_opening_with_ba_stays_if_a_given_name_or_its_rest_no_lone_word(text, name):
    assert name in [a for _, a in in_first(found(text))]


# --- the hundred-and-seventy-sixth round: a spouse and marrying are no name's words ---------------------------------


@pytest.mark.parametrize(
    ("text", "name", "run_on"),
    [
        # the hundred-and-seventy-sixth uniform sample (SaudiNewsNet 2015-07-22-1126): the ball the player gave "to a
        # couple of fans", read as a man براندون لافل لزوجين
        ("ودفع الفائز بالمزاد 43740 دولار في الكرة التي قدمها اللاعب براندون لافل لزوجين من المشجعين في الشوط الثالث"
         " للمباراة.", "براندون لافل", "لزوجين"),
        # its corpus read: SaudiNewsNet 2015-07-27-177, "and he married"
        ("حتى استضافته عائلة الكيلاني سليلة الإمام عبد القادر الجيلاني فتزوج منهم ابنة قاضي السلط.",
         "عبد القادر الجيلاني", "فتزوج"),
    ],
)  # fmt: skip
def test_a_name_ends_before_a_spouse_or_marrying(text, name, run_on):
    names = [a for _, a in in_first(found(text))]
    assert name in names
    assert not any(run_on in a for a in names)


def test_your_husband_after_a_verb_is_no_name():
    # its corpus read: SaudiNewsNet 2015-07-31-1810, a dream read: "a great boss challenges your husband"
    text = "الشيخ يوسف : هناك رئيس كبير يتحدى زوجك ويضايقه في عمله والبقرة فرج ان شاء الله."
    assert not any("زوجك" in a for _, a in in_first(found(text)))


def test_a_name_holding_the_letters_of_spouse_stays():
    # against: SaudiNewsNet 2015-08-11-549, Isaac Herzog, هيرتزوج a name's word that only holds زوج
    text = ("وقد اعترف زعيم المعارضة إسحاق هيرتزوج إثر لقائه الوفد بأن إسرائيل تخطأ بتدخلها في السياسة الخارجية"
            " الأمريكية.")  # fmt: skip
    assert "إسحاق هيرتزوج" in [a for _, a in in_first(found(text))]


# --- the hundred-and-eighty-fourth round: the object of a verb, and a critic, after a name are no name's words -------


@pytest.mark.parametrize(
    ("text", "name", "run_on"),
    [
        # the hundred-and-eighty-fourth uniform sample's articles (SaudiNewsNet 2015-08-11-1589): "drew attention"
        # after the dean's name, read as a man نبيل قمصاني النظر
        ("كما لفت عميد شؤون الطلاب الدكتور نبيل قمصاني النظر إلى أن الجامعة انطلقت في مشاركتها في مهرجان جدة على"
         " فعاليات متنوعة ومثيرة للطلاب وزوار جدة.", "نبيل قمصاني", "النظر"),
        # its corpus read: SaudiNewsNet 2015-08-06-38 (and its two copies), the metro's man
        ("ولفت الدكتور أسامة إبراهيم عبده النظر إلى أن مترو جدة يهدف إلى توفير نظام نقل عام متكامل وعصري يخدم"
         " مدينة جدة وساكنيها وزوارها.", "أسامة إبراهيم عبده", "النظر"),
        # the sample's articles (SaudiNewsNet 2015-07-27-263): a critic in apposition
        ("من جانبه، أكد لـ \"الاقتصادية\" الدكتور مدني رحيمي الناقد الرياضي، أنه من المفترض على اتحاد القدم السعودي"
         " لبس الزي الوطني في نهائي السوبر السعودي.", "مدني رحيمي", "الناقد"),
    ],
)  # fmt: skip
def test_a_name_ends_before_the_object_of_its_verb_or_a_critic(text, name, run_on):
    names = [a for _, a in in_first(found(text))]
    assert name in names
    assert not any(run_on in a for a in names)


@pytest.mark.parametrize(
    ("text", "run_on"),
    [
        # the hundred-and-eighty-fourth uniform sample (SaudiNewsNet 2015-07-22-1873): the coach run on into "the
        # reins", read as a man بولوني زمام الأمور
        ("هذا وكان مساعد المدرب لازار قاد مران الفريق الاتحادي يوم أمس، وسيتسلم المدرب بولوني زمام الأمور الفنية"
         " للفريق الاتحادي خلال الساعات القادمة.", "زمام"),
        # the sample's articles (SaudiNewsNet 2015-08-02-193): "to wait" after the coach's name
        ("وطلب المدرب الأوروغواياني ألفارو غوتيريز التريث قليلا بشأن خانة اللاعب الآسيوي الرابع لبعض الوقت، رغم أن"
         " الإدارة قدمت له عدة ملفات للاعبين آسيويين.", "التريث"),
    ],
)  # fmt: skip
def test_the_object_of_a_verb_after_a_name_is_no_name(text, run_on):
    assert not any(run_on in a for _, a in in_first(found(text)))


def test_a_name_beside_the_object_of_a_verb_stays():
    # against: SaudiNewsNet 2015-07-22-1873, the club's supervisor named in full in the same article
    text = ("تشهد مدينة ميلانو الإيطالية اجتماعا يرسم خارطة الفريق الاتحادي سيجمع المشرف العام على الفريق الاتحادي"
            " منصور البلوي والمدرب الروماني بولوني.")  # fmt: skip
    assert "منصور البلوي" in [a for _, a in in_first(found(text))]


# --- the hundred-and-eighty-seventh round: كان's future, "will be", is no name's word --------------------------------


@pytest.mark.parametrize(
    ("text", "run_on"),
    [
        # the hundred-and-eighty-seventh uniform sample (SaudiNewsNet 2015-08-11-1318): "Al-Nassr will be the
        # strongest" after "the Argentine striker", read as his name فسيكون النصر
        ("وفي حالة ضمه فعلا للمهاجم الأرجنتيني فسيكون النصر الأقوى هجوميا بلا منازع، فعدا أنه كان الأقوى هجوميا"
         " الموسم الماضي.", "فسيكون"),
        # its corpus read: SaudiNewsNet 2015-08-01-98, "the player will be the team's butcher"
        ("الأمر الذي دفع وسائل إعلامية فنزويلية إلى امتداح أداء مواطنها، مشيرة إلى أن اللاعب سيكون سفاح الفريق"
         " الجديد بعد أن أظهر قدراته الهجومية.", "سيكون"),
        # SaudiNewsNet 2015-08-02-1117, "the defence minister's step will be covered"
        ("وأضافت المصادر لـ«عكاظ»: خطوة وزير الدفاع ستكون مغطاة من معظم المرجعيات السياسية رغم اعتراض العماد"
         " ميشال عون.", "ستكون"),
    ],
)  # fmt: skip
def test_will_be_after_a_title_is_no_name(text, run_on):
    assert not any(run_on in a for _, a in in_first(found(text)))


def test_a_name_before_will_be_stays():
    # against: SaudiNewsNet 2015-07-27-617, the acting president named before سيكون
    text = ("وتشير المصادر نفسها إلى ان الرئيس المكلف الحالي عبدالله القريني سيكون أحد ابرز المرشحين لرئاسة النادي"
            " رسميا.")  # fmt: skip
    assert "عبدالله القريني" in [a for _, a in in_first(found(text))]


# --- the hundred-and-ninetieth round: a present verb run on after a name or a head is no name's word -----------------


@pytest.mark.parametrize(
    ("text", "run_on"),
    [
        # the hundred-and-eighty-sixth uniform sample (SaudiNewsNet 2015-07-26-931): the spokesman's name run on into
        # يمتنع, "refrains"
        ("على الرغم من مضي أكثر من شهر، ما زال المتحدث الرسمي لوزارة التعليم مبارك العصيمي يمتنع عن الرد على عدد"
         " من التساؤلات التي أرسلتها إليه \"الوطن\".", "يمتنع"),
        # SaudiNewsNet 2015-07-31-47: the Ghanaian player's name run on into يتفاوض, "negotiates"
        ("أن الاتحاد وبعد فشله في استقدام اللاعب الغاني برنس بواتينج يتفاوض الآن مع أحد اللاعبين الدوليين.",
         "يتفاوض"),
        # SaudiNewsNet 2015-07-31-1184: an indefinite مؤسسة and يعملون, "who work"
        ("من ضبط 34 عاملاً مخالفاً تابعين لمؤسسة يعملون تحت أشعة الشمس في أحدى المشاريع الكبرى في عرعر.",
         "يعملون"),
    ],
)  # fmt: skip
def test_a_present_verb_after_a_name_is_no_name(text, run_on):
    assert not any(run_on in a for _, a in in_first(found(text)))


def test_the_name_before_a_present_verb_is_kept_alone():
    # SaudiNewsNet 2015-07-26-931: the spokesman's name itself is kept, cut before the verb
    text = ("على الرغم من مضي أكثر من شهر، ما زال المتحدث الرسمي لوزارة التعليم مبارك العصيمي يمتنع عن الرد على عدد"
            " من التساؤلات التي أرسلتها إليه \"الوطن\".")  # fmt: skip
    assert "مبارك العصيمي" in [a for _, a in in_first(found(text))]


def test_a_present_verb_after_a_gazetteer_place_makes_no_name():
    # against: SaudiNewsNet 2015-07-31-557, الخليج (the gazetteer's Gulf) before يتخذ: no discovered name, before or
    # after the verb's listing
    text = ("أصبحت دولة الإمارات العربية المتحدة أول بلد في منطقة الخليج يتخذ خطوة رئيسية صوب ترويض عادات سائقي"
            " السيارات.")  # fmt: skip
    assert not any("يتخذ" in a for _, a in in_first(found(text)))


# --- the two-hundred-and-third round: a family name after another man's given and father's names ------------------


def test_a_family_name_after_another_mans_given_and_fathers_names_is_another_persons():
    # the two-hundred-and-third uniform sample (2015-07-22-503): the citizen حمد شافي السبيعي, who gave the riders
    # their stables' land, is not the rider and coach بداح بن علي المجامعة السبيعي; بداح السبيعي is the coach again
    text = ("احتفل فرسان وخيالة محافظة رنية بقيادة الفارس والمدرب بداح بن علي المجامعة السبيعي بالعيد على طريقتهم "
            "الخاصة. وصفقوا له طويلًا مقدمين شكرهم للمواطن حمد شافي السبيعي لتبرعه بأرض تضم إسطبلات جميع فرسان "
            "رنية. من جانبه هنأ الفارس والمدرب بداح السبيعي قائد المسيرة الجميع على النجاح الذي تحقق.")  # fmt: skip
    starts = set(found(text)["start"])
    assert text.index("السبيعي لتبرعه") not in starts  # حمد شافي's
    assert text.index("بداح السبيعي") in starts  # the coach again


@pytest.mark.parametrize(
    ("text", "again"),
    [
        # his own lineage written out, the given name four words back (SaudiNewsNet 2015-07-24-292)
        (
            "وذكّر العميد صالح الشهري أبناءه في رسالته بأهمية الصبر والاحتساب. والدكم العميد الركن صالح بن عبدالله "
            "ردعان الشهري",
            "ردعان الشهري",
        ),
        # a function word between, not a father's name (SaudiNewsNet 2015-08-03-795: Ahmed Eid asked Omar Al-Muhanna)
        (
            "من خلال اتصال أجراه مع عضو الاتحاد رئيس لجنة الحكام الرئيسية عمر المهنا. وطلب عيد من المهنا نقل تحياته "
            "للحكام كافة المشاركين في المعسكر.",
            "من المهنا",
        ),
    ],
)
def test_a_family_name_after_his_own_lineage_or_a_function_word_stays_his(text, again):
    starts = set(found(text)["start"])
    assert text.rindex(again) + again.index(" ") + 1 in starts


def test_a_bodys_name_ends_before_last_night():
    # round 247 (2015-07-26-219): البارحة "last night, yesterday" is a time word as أمس, no word of the ministry's name
    text = "وكانت قد أعلنت وزارة الصحة البارحة الأولى، في بيانها اليومي أنه تم تسجيل حالات جديدة."
    assert not [s for s, _ in in_first(found(text, home="saudi_arabia")) if "البارحة" in s]


# --- an article's rows do not depend on the articles read with it -------------------------------------------------


AFGHAN_HAMZA = "من جهتها أفادت وزارة الداخلية الأفغانية في بيان، أنّ أربعة متشددين شنوا هجوما على قاعدة عسكرية."
AFGHAN_BARE = (
    "وقالت وزارة الداخلية الافغانية اليوم السبت إن الهجوم على معسكر انتجريتي جاء في اعقاب تفجير. "
    "واشارت وزارة الداخلية الافغانية الى ان جميع الاشخاص الذين قتلوا في الهجوم كانوا من المدنيين."
)


def afghan_interior(table: pd.DataFrame) -> pd.DataFrame:
    rows = discovered_only(table)
    return rows[rows["entity_id"] == discovered_id(alias_key("وزارة الداخلية الأفغانية"))]


def test_a_discovered_name_is_written_as_its_own_article_writes_it_whatever_the_batch():
    """2015-08-09-52 writes الأفغانية; read in a batch with papers that write الافغانية more often, its rows
    took their spelling (issue 13: the same article read alone or in a partition gives the same rows)."""
    alone, together = afghan_interior(found(AFGHAN_HAMZA)), afghan_interior(found(AFGHAN_HAMZA, AFGHAN_BARE))
    first = together[together["doc_id"] == "d0"].reset_index(drop=True)
    assert set(alone["alias"]) == {"وزارة الداخلية الأفغانية"}
    assert first[["entity_id", "surface", "start", "alias"]].equals(alone[["entity_id", "surface", "start", "alias"]])
    assert set(together.loc[together["doc_id"] == "d1", "alias"]) == {"وزارة الداخلية الافغانية"}


def test_the_corpus_names_a_discovered_entity_as_most_of_its_rows_write_it():
    from analysis.extract.discovered import discovered_entity_rows

    together = afghan_interior(found(AFGHAN_HAMZA, AFGHAN_BARE))
    (name,) = discovered_entity_rows(together)["name_ar"]
    assert name == "وزارة الداخلية الافغانية"
