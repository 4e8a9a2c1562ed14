"""Date expressions that name their time: the reference table of every kind of expression (absolute, relative,
Hijri) with its span and days; days, months and years in words and in digits; parts of a month or a year; seasons,
eids and days named by their events; Hijri dates (Umm al-Qura) and the Gregorian date printed beside them.

Every example is a phrase from a seed article (seeds/*.txt) or from the SaudiNewsNet corpus (mid-2015 Saudi papers):
the random samples and the judged files of dev/dates/, each section saying which round it came from.
"""

from __future__ import annotations

from datetime import date

import pytest
from date_reading import D000, D001, D002, D003, D015, d, days, only, span_of
from date_reading import spans_of as _read

from analysis.extract.dates import find_dates

# --- the reference table: one expression of each kind, its span and its days ----------------------------------------


# (text, published, date_text, date_start, date_end, precision)
CASES = [
    # --- absolute: day month year, month year, year -----------------------------------
    (
        "أطلقت مسار آستانا في كانون الثاني/يناير 2017 في محاولة",
        D002,
        "كانون الثاني/يناير 2017",
        "2017-01-01",
        "2017-01-31",
        "month",
    ),
    ("في 5 كانون الثاني 2017", D002, "5 كانون الثاني 2017", "2017-01-05", "2017-01-05", "day"),
    ("في 12 يناير 2017", D002, "12 يناير 2017", "2017-01-12", "2017-01-12", "day"),
    ("في 3 نوفمبر/ تشرين الثاني 2009 حين", D015, "3 نوفمبر/ تشرين الثاني 2009", "2009-11-03", "2009-11-03", "day"),
    ("وذلك في شهر يونيو 2015م ,", D015, "شهر يونيو 2015م", "2015-06-01", "2015-06-30", "month"),
    ("منذ الثاني من يونيو الماضي", D015, "منذ الثاني من يونيو الماضي", "2015-06-02", "2015-07-22", "day"),
    ("ابتزاز قسد في العام 2019 من قبل أنقرة", D000, "العام 2019", "2019-01-01", "2019-12-31", "year"),
    ("لاحترام اتفاق أستانا لعام 2017 الذي", D001, "لعام 2017", "2017-01-01", "2017-12-31", "year"),
    ("أوقع أكثر من 360 ألف قتيل منذ العام 2011.", D002, "منذ العام 2011", "2011-01-01", "2018-12-29", "year"),
    ("بدأت نشاطها عام 2010 ، وهي", D015, "عام 2010", "2010-01-01", "2010-12-31", "year"),
    ("كأس العالم ٢٠١٨ لكرة القدم", D015, "٢٠١٨", "2018-01-01", "2018-12-31", "year"),
    ("مقارنة بعام 2013م ،فيما", D015, "بعام 2013م", "2013-01-01", "2013-12-31", "year"),
    ("الموافق 30/07/2015 م", D015, "30/07/2015 م", "2015-07-30", "2015-07-30", "day"),
    # --- months without a year, paired names, modifiers ---------------------------------
    ("عقدت في أيلول/سبتمبر الماضي في إيران", D002, "أيلول/سبتمبر الماضي", "2018-09-01", "2018-09-30", "month"),
    ("اتفاق سوتشي في أيلول/سبتمبر بين موسكو وأنقرة", D003, "أيلول/سبتمبر", "2018-09-01", "2018-09-30", "month"),
    ("في تشرين ثان/نوفمبر القادم", D003, "تشرين ثان/نوفمبر القادم", "2019-11-01", "2019-11-30", "month"),
    ("مقاتلات إف35- في نوفمبر القادم", D003, "نوفمبر القادم", "2019-11-01", "2019-11-30", "month"),
    (
        "عملية نبع السلام في تشرين الأول/ أكتوبر بوساطة",
        D001,
        "تشرين الأول/ أكتوبر",
        "2019-10-01",
        "2019-10-31",
        "month",
    ),
    ("منذ نيسان/ أبريل الماضي، شنت", D001, "منذ نيسان/ أبريل الماضي", "2019-04-01", "2020-02-05", "month"),
    ("هي الأولى من نوعها منذ سبتمبر الماضي تكشف", D003, "منذ سبتمبر الماضي", "2018-09-01", "2019-03-14", "month"),
    ("في كانون الثاني (يناير) الماضي ،", D015, "كانون الثاني (يناير) الماضي", "2015-01-01", "2015-01-31", "month"),
    ("في 48.2 نقطة في يوليو الجاري", D015, "يوليو الجاري", "2015-07-01", "2015-07-31", "month"),
    ("حتى نهاية يوليو تموز وبدء", D015, "نهاية يوليو تموز", "2015-07-21", "2015-07-31", "part_of_month"),
    ("في أبريل من العام الماضي", D015, "أبريل من العام الماضي", "2014-04-01", "2014-04-30", "month"),
    ("سجلت في أغسطس", D015, "أغسطس", "2014-08-01", "2014-08-31", "month"),  # on or before July 2015
    ("في مارس", D015, "مارس", "2015-03-01", "2015-03-31", "month"),
    # --- parts of a month or a year ---------------------------------------------------------
    (
        "وأعلنت الولايات المتحدة في منتصف ديسمبر فرض عقوبات",
        D000,
        "منتصف ديسمبر",
        "2020-12-11",
        "2020-12-20",
        "part_of_month",
    ),
    (
        "ستجمع رؤساء روسيا وإيران وتركيا مطلع العام 2019 في روسيا",
        D002,
        "مطلع العام 2019",
        "2019-01-01",
        "2019-04-30",
        "part_of_year",
    ),
    ("أواخر أيار (مايو) الماضي إثر", D015, "أواخر أيار (مايو) الماضي", "2015-05-21", "2015-05-31", "part_of_month"),
    ("أوائل فبراير 2015", D015, "أوائل فبراير 2015", "2015-02-01", "2015-02-10", "part_of_month"),
    ("قبل نهاية السنة الحالية ،", D015, "نهاية السنة الحالية", "2015-09-01", "2015-12-31", "part_of_year"),
    ("قال في بداية هذا العام ،", D015, "بداية هذا العام", "2015-01-01", "2015-04-30", "part_of_year"),
    ("نهاية شباط", D015, "نهاية شباط", "2015-02-21", "2015-02-28", "part_of_month"),
    # --- days ---------------------------------------------------------------------------------
    ("لافروف مستقبلاً نظيره التركي في سوتشي أمس (أ ف ب)", D000, "أمس", "2020-12-29", "2020-12-29", "day"),
    ("يشهد شمال البلاد اليوم ما يشبه عملية", D000, "اليوم", "2020-12-30", "2020-12-30", "day"),
    ("جرت في موسكو، اليوم السبت، عن اتفاق", D002, "اليوم السبت", "2018-12-29", "2018-12-29", "day"),
    ("أعلن وزير الدفاع التركي خلوصي آكار، اليوم الخميس، أن", D003, "اليوم الخميس", "2019-03-14", "2019-03-14", "day"),
    ("اليوم الخميس", D002, "اليوم الخميس", "2018-12-27", "2018-12-27", "day"),  # not Thursday: the last one
    ("أكد سيرغي لافروف الثلاثاء أن التعاون", D000, "الثلاثاء", "2020-12-29", "2020-12-29", "day"),
    ("نفذت طائرات روسية الأربعاء ضربات", D003, "الأربعاء", "2019-03-13", "2019-03-13", "day"),
    ("كان رد قوات النظام، السبت، بقصف", D003, "السبت", "2019-03-09", "2019-03-09", "day"),
    ("في الساعات الأولى من يوم الاثنين، اتخذ", D001, "يوم الاثنين", "2020-02-03", "2020-02-03", "day"),
    ("تحدثا مباشرة عبر الهاتف يوم الثلاثاء، حيث", D001, "يوم الثلاثاء", "2020-02-04", "2020-02-04", "day"),
    ("يوم الأحد القادم ، بمدرسة", D015, "يوم الأحد القادم", "2015-07-26", "2015-07-26", "day"),
    ("أمس الأول الأحد ،", D015, "أمس الأول الأحد", "2015-07-19", "2015-07-19", "day"),
    ("في مقر الأمانة أول من أمس في", D015, "أول من أمس", "2015-07-20", "2015-07-20", "day"),
    # Russia, not a quoted name: a day ("استخدمت روسيا اليوم الأربعاء حق النقض", a SaudiNewsNet sentence)
    ("استخدمت روسيا اليوم الأربعاء حق النقض", D015, "اليوم الأربعاء", "2015-07-22", "2015-07-22", "day"),
    # "the first [day] before yesterday" (sample 46: read as yesterday)
    ("هذا الكلام لبشار الأسد في الأول من أمس في خطاب", D015, "الأول من أمس", "2015-07-20", "2015-07-20", "day"),
    ("اختتمت مساء الأول من أمس فعاليات برنامج قطار القراءة", D015, "الأول من أمس", "2015-07-20", "2015-07-20", "day"),
    ("صباح أمس الاحد نتيجة", D015, "أمس الاحد", "2015-07-19", "2015-07-19", "day"),
    ("بالفشل الذريع وبعد غد بإذن الله", D015, "وبعد غد", "2015-07-24", "2015-07-24", "day"),
    # --- weeks ----------------------------------------------------------------------------------
    ("إعلان الرئيس الأميركي الأسبوع الماضي قراره", D002, "الأسبوع الماضي", "2018-12-16", "2018-12-22", "week"),
    ("لتعود هذا الأسبوع لتثير الشكوك", D003, "هذا الأسبوع", "2019-03-10", "2019-03-16", "week"),
    ("حيث نشرت تركيا قوات إضافية في نهاية الأسبوع.", D001, "نهاية الأسبوع", "2020-01-31", "2020-02-01", "week"),
    ("سيصدر الأسبوع المقبل على", D015, "الأسبوع المقبل", "2015-07-26", "2015-08-01", "week"),
    ("خلال عطلة نهاية الاسبوع الى", D015, "عطلة نهاية الاسبوع", "2015-07-17", "2015-07-18", "week"),
    # --- months and years relative to publication ------------------------------------------
    (
        "العقوبات التي فرضتها الولايات المتحدة في وقت سابق هذا الشهر على تركيا",
        D000,
        "في وقت سابق هذا الشهر",
        "2020-12-01",
        "2020-12-30",
        "month",
    ),
    (
        "خط أنابيب للغاز في البحر الأسود الذي أعلن عنه الشهر الماضي وصفقة",
        D001,
        "الشهر الماضي",
        "2020-01-01",
        "2020-01-31",
        "month",
    ),
    ("أنهت هذا الشهر", D015, "هذا الشهر", "2015-07-01", "2015-07-31", "month"),
    ("الشهر المقبل", D015, "الشهر المقبل", "2015-08-01", "2015-08-31", "month"),
    ("لنفس الفترة من العام الماضي ،", D015, "العام الماضي", "2014-01-01", "2014-12-31", "year"),
    ("خلال هذا العام ،", D015, "هذا العام", "2015-01-01", "2015-12-31", "year"),
    ("للسنة المقبلة", D015, "للسنة المقبلة", "2016-01-01", "2016-12-31", "year"),
    ("العام قبل الماضي", D015, "العام قبل الماضي", "2013-01-01", "2013-12-31", "year"),
    # --- منذ / قبل N units -----------------------------------------------------------------------
    ("وهي المرّة الأولى منذ ستّ سنوات التي تدخل", D002, "منذ ستّ سنوات", "2012-01-01", "2012-12-31", "year"),
    ("قيمته السوقية منذ عامين إلى", D015, "منذ عامين", "2013-01-01", "2013-12-31", "year"),
    ("في ولاية اوريجون منذ 87 عاما .", D015, "منذ 87 عاما", "1928-01-01", "1928-12-31", "year"),
    ("عدم قبوله منذ شهرين", D015, "منذ شهرين", "2015-05-01", "2015-05-31", "month"),
    ("قبل ثلاثة أشهر", D015, "قبل ثلاثة أشهر", "2015-04-01", "2015-04-30", "month"),
    ("منذ ٣ أيام", D015, "منذ ٣ أيام", "2015-07-19", "2015-07-19", "day"),
    ("أدنى مستوى منذ 20 من مارس آذار .", D015, "منذ 20 من مارس آذار", "2015-03-20", "2015-07-22", "day"),
    # --- Hijri: Umm al-Qura, as Saudi newspapers print it ---------------------------------------
    ("العام الهجري الجديد 1437هـ ،", D015, "1437ه", "2015-10-14", "2016-10-01", "year"),
    ("لهذا العام 1436هـ والتي", D015, "العام 1436ه", "2014-10-25", "2015-10-13", "year"),
    ("حتى نهاية يوم الخميس 21 شوال 1436هـ", D015, "يوم الخميس 21 شوال 1436ه", "2015-08-06", "2015-08-06", "day"),
    # "اليوم الجمعة الموافق 1436/10/15 هـ", published on Friday 31 July 2015
    ("الموافق 1436/10/15 هـ في", D015, "1436/10/15 ه", "2015-07-31", "2015-07-31", "day"),
    ("التاريخ : 26 / 9 / 1436هـ بعون الله", D015, "26 / 9 / 1436ه", "2015-07-13", "2015-07-13", "day"),
    # Ramadan 1436 began on Thursday 18 June 2015 and had 29 days; Eid al-Fitr was Friday 17 July.
    ("في 1 رمضان 1436هـ", D015, "1 رمضان 1436ه", "2015-06-18", "2015-06-18", "day"),
    ("خلال شهر رمضان 1436هـ", D015, "شهر رمضان 1436ه", "2015-06-18", "2015-07-16", "month"),
    ("في 1 شوال 1436هـ", D015, "1 شوال 1436ه", "2015-07-17", "2015-07-17", "day"),
    ("في 30 رمضان 1436هـ", D015, "30 رمضان 1436ه", "2015-07-17", "2015-07-17", "day"),  # the day after the 29th
    # Before 1343 AH (1924), the arithmetical calendar: the capture of Riyadh, 15 January 1902.
    ("استعاد الملك عبدالعزيز الرياض في 5 شوال 1319هـ", D015, "5 شوال 1319ه", "1902-01-15", "1902-01-15", "day"),
]


@pytest.mark.parametrize("text, published, date_text, start, end, precision", CASES)
def test_date_expressions(text, published, date_text, start, end, precision):
    m = only(text, published)
    assert (m.date_text, m.date_start, m.date_end, m.precision) == (date_text, d(start), d(end), precision)
    assert text[m.start : m.end] == date_text
    assert m.resolved


# --- days, months and years: month names and their years, digits, ordinals, duals -----------------------------------


# (from issue 11)
@pytest.mark.parametrize(
    "text, expected",
    [
        ("يقام في السادس والعشرين من فبراير المقبل", ("السادس والعشرين من فبراير المقبل", "2016-02-26", "2016-02-26", "point")),
        ("الرابع والخامس من أغسطس", ("الرابع والخامس من أغسطس", "2015-08-04", "2015-08-05", "range")),
        ("وصل الأحد 2 أغسطس وفي ذلك اليوم", ("ذلك اليوم", "2015-08-02", "2015-08-02", "point")),
        # the teens are two words: the day was lost and the month kept (SaudiNewsNet sample 8)
        ("تقام في الثامن عشر من شهر يوليو الجاري", ("الثامن عشر من شهر يوليو الجاري", "2015-07-18", "2015-07-18", "point")),
        ("منذ هجمات الحادي عشر من سبتمبر 2001", ("منذ هجمات الحادي عشر من سبتمبر 2001", "2001-09-11", "2015-08-04", "since")),
        ("في الثالث عشر من الشهر المقبل", ("الثالث عشر من الشهر المقبل", "2015-09-13", "2015-09-13", "point")),
    ],
)  # fmt: skip
def test_ordinal_days_compound_and_listed(text, expected):
    assert days(text)[-1] == expected


# (from the tenth random sample (nondates_judged_10.jsonl))
@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("في تلك الجرائم خلال الفترة من عام 1998 حتى نهاية عام .2000وتعتبر هذه المحكمة", date(2015, 8, 5),
         ("من عام 1998 حتى نهاية عام .2000", "1998-01-01", "2000-12-31", "range")),
        ("أن يصل الإنتاج إلى 6 ملايين برميل يوميا بحلول العام .2017", date(2015, 7, 26),
         ("العام .2017", "2017-01-01", "2017-12-31", "point")),
        ("وفق الدراسة المنشورة في تموز/يوليو من عام .2014 و أشارت", date(2015, 7, 26),
         ("تموز/يوليو من عام .2014", "2014-07-01", "2014-07-31", "point")),
    ],
)  # fmt: skip
def test_a_year_after_a_full_stop_set_before_it_is_read(text, published, expected):
    # "عام .2000": the full stop of the sentence the year ends, set before it (23 times in SaudiNewsNet)
    assert expected in days(text, published)


# (from the round of sample 26 and the 3,000 articles of seed 100)
@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a month, its second name, then a year word without من: the month of that year
        ("منذ هجومه الكاسح في شمال العراق وغربه في حزيران (يونيو) العام الماضي.", date(2015, 7, 23),
         ("حزيران (يونيو) العام الماضي", "2014-06-01", "2014-06-30", "point")),
        ("رغم هبوط سعر النفط 60 % منذ أعلى مستوى سجلته في يونيو العام الماضي، وعدم خفض", date(2015, 8, 4),
         ("يونيو العام الماضي", "2014-06-01", "2014-06-30", "point")),
        ("عندما اجتاحت رياح بقوة الإعصار ألمانيا في آذار (مارس) هذا العام، أنتجت مولدات", date(2015, 8, 4),
         ("آذار (مارس) هذا العام", "2015-03-01", "2015-03-31", "point")),
        ("التي يعود تاريخها إلى 145 عاما في أغسطس آب العام الماضي.", date(2015, 8, 4),
         ("أغسطس آب العام الماضي", "2014-08-01", "2014-08-31", "point")),
    ],
)  # fmt: skip
def test_a_month_takes_the_year_word_after_it_without_min(text, published, expected):
    assert expected in days(text, published)


@pytest.mark.parametrize(
    "text",
    [
        # ... but a month that is also a word or a name needs من for it: إب, the Yemeni province
        "أحد الشخصيات التي سهلت اجتياح ميليشيات الحوثي لمحافظة إب العام الماضي بقوة السلاح",
        "باعت نيسان العام الماضي خمسة ملايين سيارة",
    ],
)
def test_an_ambiguous_month_takes_no_year_word_without_min(text):
    assert [d[0] for d in days(text)] == ["العام الماضي"]


# (from the round of sample 185: a month with a preposition or و glued to it was dropped, its year read alone)
@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("مشيرًا إلى أن الفكرة كانت بجمادى الأولى من العام الماضي وجرى كتابة الفكرة ورؤيتها وأهدافها", date(2015, 7, 24),
         ("بجمادى الأولى من العام الماضي", "2014-03-02", "2014-03-31", "point")),
        ("الفيلم من إخراج الأمريكي لي كريجر، لأبريل عام 2015، حمل طابعاً درامياً عاطفياً", date(2015, 7, 22),
         ("لأبريل عام 2015", "2015-04-01", "2015-04-30", "point")),
        ("ويأتي تصريح المنصور ردا على طلب الاتحاد الكويتي بتأجيل البطولة لديسمبر 2016 بداعي عدم جاهزية الملاعب",
         date(2015, 8, 7), ("لديسمبر 2016", "2016-12-01", "2016-12-31", "point")),
        ("في حين سجل نموا سنويا بلغ 5.9 في المائة، مقارنة بأيار (مايو) 2014.", date(2015, 8, 1),
         ("بأيار (مايو) 2014", "2014-05-01", "2014-05-31", "point")),
        ("وبالمقارنة بين شهري محرم وصفر للعام 1436هـ أفاد التقرير أن قيمة مجمل الصفقات", date(2015, 7, 24),
         ("وصفر للعام 1436ه", "2014-11-23", "2014-12-22", "point")),
        ("التي ضبطها مفتشو الهيئة العامة للغذاء والدواء في المنافذ خلال شهري رجب وشعبان الماضيين", date(2015, 7, 26),
         ("وشعبان الماضيين", "2015-05-19", "2015-06-17", "point")),
    ],
)  # fmt: skip
def test_a_month_with_a_glued_preposition_keeps_its_year(text, published, expected):
    assert expected in days(text, published)


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # ... but a glued month alone, with no year, modifier or second name after it, is as often a place or a name:
        # the city of 6 October, a captain Gabriel
        ("وحبسها عام كامل في شقة بأكتوبر والتعدي عليها ضربا", date(2015, 8, 1), []),
        ("وأوضح رئيس مجلس المفوضين لهيئة تنظيم الطيران المدني الأردني الكابتن كابريل سيفزتيان في بيان صحفي اليوم",
         date(2015, 7, 26), ["اليوم"]),
    ],
)  # fmt: skip
def test_a_glued_month_alone_is_no_month(text, published, expected):
    assert [d[0] for d in days(text, published)] == expected


def test_june_in_the_maghreb_is_read_with_a_day_or_a_modifier():
    assert days("في 5 جوان 2015 وفي جوان الماضي") == [
        ("5 جوان 2015", "2015-06-05", "2015-06-05", "point"),
        ("جوان الماضي", "2015-06-01", "2015-06-30", "point"),
    ]


# (from the rounds of samples 27-48)
@pytest.mark.parametrize(
    "text, quote, start, end",
    [
        # samples 36 and 41: a dual of "year" names both years (read as the first only)
        ("أشرف على تفريغ شحنات الأسلحة في عامي 2013 و2014 في الميناء", "عامي 2013 و2014", "2013-01-01", "2014-12-31"),
        ("خلال عامي 2013 و 2014", "عامي 2013 و 2014", "2013-01-01", "2014-12-31"),
        ("في العامين 2013 و2014 ارتفع", "2013 و2014", "2013-01-01", "2014-12-31"),
        # ... a singular year before و lists two times, as before
        ("في عام 2013 و2014", "عام 2013", "2013-01-01", "2013-12-31"),
        # sample 40: a year written after a month's modifier confirms the month (it was an event of its own)
        ("بلغ عدد السائحين 894.6 ألف سائح خلال شهر مايو الماضي 2015 مقابل 768.2 ألف", "شهر مايو الماضي 2015",
         "2015-05-01", "2015-05-31"),
        ("ليتم افتتاحها 6 أغسطس الجاري 2015.", "6 أغسطس الجاري 2015", "2015-08-06", "2015-08-06"),
        # ... not another year, nor one after a comma
        ("في مايو الماضي 2014 وقع", "مايو الماضي", "2015-05-01", "2015-05-31"),
        ("في مايو الماضي، 2015 كان عاما صعبا", "مايو الماضي", "2015-05-01", "2015-05-31"),
    ],
)  # fmt: skip
def test_two_years_of_a_dual_and_a_year_after_a_modified_month(text, quote, start, end):
    assert span_of(text, date(2015, 7, 26), quote)[:2] == (start, end)


@pytest.mark.parametrize(
    "text, published, quote, start, end, when",
    [
        # sample 45: a day written with ال glued to it ("الـ12"), before من and a month (read as the month alone)
        ("ربما تحرمه المشاركة في مباراة السوبر أمام الهلال على ملعب لوفتس رود بلندن في الـ12 من أغسطس الجاري، صدم "
         "النجم الدولي باختراق حسابه", date(2015, 8, 3), "الـ12 من أغسطس الجاري", "2015-08-12", "2015-08-12",
         "scheduled"),
        # ... and before من الشهر الجاري
        ("تنطلق المنافسات يوم الـ15 من الشهر الجاري", date(2015, 8, 3), "الـ15 من الشهر الجاري", "2015-08-15",
         "2015-08-15", "scheduled"),
        # ... and a range of two such days (3,000 random articles, seed 119: the end alone, a target)
        ("بدأت أمس الدورة التأسيسية للمدرب الرياضي خلال الفترة من الـ10 وحتى الـ22 من أغسطس الحالي.", date(2015, 8, 11),
         "من الـ10 وحتى الـ22 من أغسطس الحالي", "2015-08-10", "2015-08-22", "reported"),
        # sample 45: a weekday's date in parentheses is its day (the weekday was read as last Sunday)
        ("فقد تقرر أن تبدأ الهدنة الإنسانية اعتباراً من الساعة (11:59) مساءً بتوقيت اليمن يوم الأحد (10 شوال 1436هـ ) "
         "الموافق ( 26 يوليو 2015م ) ولمدة (خمسة) أيام", date(2015, 7, 25), "يوم الأحد (10 شوال 1436هـ )",
         "2015-07-26", "2015-07-26", "scheduled"),
        # ... with the link before the parentheses too (sample 74: read as last Thursday, 30 July; the corpus: two
        # articles changed, both right)
        ("وأجريت العملية صباح يوم الخميس الموافق (7/10/1436) في مستشفى الملك فيصل التخصصي بالرياض", date(2015, 8, 3),
         "يوم الخميس الموافق (7/10/1436)", "2015-07-23", "2015-07-23", "reported"),
        ("واستمرت فعالياته حتى مساء يوم الثلاثاء الموافق (5-10-1436 هـ) حيث خصص ثاني أيام العيد للرجال", date(2015, 7, 31),
         "يوم الثلاثاء الموافق (5-10-1436 هـ)", "2015-07-21", "2015-07-21", "reported"),
        # the first months of a year are January to the counted month (sample 75: the whole of 2015 read; the corpus:
        # 98 readings changed, all right)
        ("أن عدد اللاجئين والمهاجرين الذين وصلوا إلى أوروبا في الأشهر الستة الأولى من 2015 ازداد بنسبة تتجاوز 80 في المائة",
         date(2015, 7, 31), "الأشهر الستة الأولى من 2015", "2015-01-01", "2015-06-30", "reported"),
        ("بنسبة 25 في المائة خلال الأشهر الخمسة الأولى من العام الحالي", date(2015, 7, 21),
         "الأشهر الخمسة الأولى من العام الحالي", "2015-01-01", "2015-05-31", "reported"),
        ("مقارنة بالأشهر التسعة الأولى من العام الماضي", date(2015, 7, 25), "بالأشهر التسعة الأولى من العام الماضي",
         "2014-01-01", "2014-09-30", "history"),
        # ... the count before the months too (sample 101: Zain's first half read as the whole of 2015; the corpus: 9
        # readings changed in 9 articles, all right)
        ("مما أثمر عن انخفاض الخسائر من الأعمال التشغيلية على صعيد الستة أشهر الأولى من العام الجاري بـنسبة 78%",
         date(2015, 7, 21), "الستة أشهر الأولى من العام الجاري", "2015-01-01", "2015-06-30", "reported"),
        ("نفّذ مكتب العمل بمنطقة جازان بمختلف المحافظات، في الستة الأشهر الأولى من العام الحالي، ما يقارب 3 آلاف زيارة",
         date(2015, 7, 31), "الستة الأشهر الأولى من العام الحالي", "2015-01-01", "2015-06-30", "reported"),
        ("وجرى رصد نحو 130500 مهاجر عند الحدود الخارجية لليونان في السبعة شهور الأولى من العام الجاري", date(2015, 8, 8),
         "السبعة شهور الأولى من العام الجاري", "2015-01-01", "2015-07-31", "reported"),
        # ... and after أول, the count without ال or in digits (sample 298: the whole of 2015 read; the corpus: 4
        # readings changed, all right)
        ("إن ما يقرب من خمسة آلاف مدني أصيبوا أو قتلوا في أول ستة شهور من عام 2015 نتيجة قتال الحكومة ضد طالبان",
         date(2015, 8, 10), "أول ستة شهور من عام 2015", "2015-01-01", "2015-06-30", "reported"),
        ("إن مساهمين كبارا باعوا حيازات بقيمة 360 مليار يوان في أول خمسة أشهر من عام 2015 فقط", date(2015, 7, 21),
         "أول خمسة أشهر من عام 2015", "2015-01-01", "2015-05-31", "reported"),
        ("كما تراجع إجمالي الإيرادات بنسبة 8% لتصل إلى 8.5 مليار دولار في أول 6 أشهر من 2015.", date(2015, 8, 6),
         "أول 6 أشهر من 2015", "2015-01-01", "2015-06-30", "reported"),
        # ... but not the first months of a Hijri year written after it, nor Gregorian months not yet gone by (the
        # Ministry of Justice's nine months of 1436, in a paper of August: the year read as before)
        ("وأكدت التقارير أنه خلال فترة التسعة أشهر الأولى من العام الحالي 1436هـ فإن العدل تلقت أكثر من 28 ألف طلب",
         date(2015, 8, 7), "العام الحالي", "2014-10-25", "2015-10-13", "reported"),
        ("سجلت وزارة العدل ارتفاعا في طلبات حجج الاستحكام على الأراضي خلال التسعة أشهر الأولى من العام الحالي بنسبة 17 في المائة",
         date(2015, 8, 7), "العام الحالي", "2015-01-01", "2015-12-31", "reported"),
        # ... not the months past of a Hijri year, nor the months "past" (a span up to now, read as before)
        ("خلال التسعة شهور الماضية من العام 1436هـ", date(2015, 8, 11), "العام 1436ه", "2014-10-25", "2015-10-13",
         "reported"),
        # sample 45: "by" a day ahead is a deadline, a target (it was scheduled)
        ("ومن المتوقع أن ترفع الوكالة بحلول 15 ديسمبر (كانون الأول) تقريرا يفترض أن يكون كاملا شاملا", date(2015, 7, 21),
         "15 ديسمبر (كانون الأول)", "2015-12-15", "2015-12-15", "target"),
        # sample 44: "by the end of the month" (it was reported)
        ("وهي تسعى إلى رؤية نتائج ملموسة لدعمها هذا بحلول نهاية الشهر، وفق ما كشف للصحيفة مصدر سياسي لبناني.",
         date(2015, 7, 21), "نهاية الشهر", "2015-07-21", "2015-07-31", "target"),
        # ... but "by" a time past is no deadline
        ("وبحلول الأحد الماضي كان عدد القتلى قد بلغ 20", date(2015, 7, 21), "الأحد الماضي", "2015-07-19",
         "2015-07-19", "reported"),
        # sample 44: a part of a Hijri month with its year (read as the whole month)
        ("ويستمر التسجيل حتى نهاية شهر شوال 1436هـ", date(2015, 7, 25), "نهاية شهر شوال 1436ه", "2015-08-06",
         "2015-08-15", "target"),
        ("في منتصف شهر رمضان 1435هـ", date(2015, 7, 25), "منتصف شهر رمضان 1435ه", "2014-07-08", "2014-07-17",
         "history"),
    ],
)  # fmt: skip
def test_days_with_al_parenthesised_dates_deadlines_and_parts_of_hijri_months(text, published, quote, start, end,
                                                                              when):  # fmt: skip
    assert span_of(text, published, quote) == (start, end, when)


def test_al_and_a_number_before_min_is_no_day_without_a_month():
    # a count or an age ("بلغ الـ15 من عمره") stays no date
    assert find_dates("بلغ الـ15 من عمره", date(2015, 8, 3)) == []
    # a weekday and another relative day in parentheses after it: the parenthesis wins, as a written date does
    assert span_of("يوم الخميس (غداً) سيعقد المجلس", date(2015, 8, 5), "يوم الخميس (غداً)")[:2] == (
        "2015-08-06",
        "2015-08-06",
    )


# (from the round of sample 60)
@pytest.mark.parametrize(
    "text, published, quote, day",
    [
        # slashes spaced differently in one numeric day (sample 59: the day read as its year, 2015)
        ("تم تمديد التسجيل للقبول في نظام الانتساب المطور بجامعة الملك فيصل حتى يوم الخميس بتاريخ 21/10/1436هـ "
         "الموافق 6/8/ 2015م، علمًا بأنه سيتم إغلاق بوابة تقديم الطلبات", date(2015, 8, 6), "6/8/ 2015م", "2015-08-06"),
        ("تلبية لدعوة كريمة من جلالة الملك عبدالله الثاني يوم الثلاثاء 19/ 10/ 1436ه الموافق 4/ 8 / 2015م.",
         date(2015, 8, 6), "4/ 8 / 2015م", "2015-08-04"),
        ("في الفترة من 8/8/ إلى 21 / 8/ 2015 ، حيث يقام حفل الافتتاح", date(2015, 8, 6), "21 / 8/ 2015",
         "2015-08-21"),
        ("والذي سينطلق في 31 / 7 / 2015 ويختتم في 9 / 9 /2015. التنافس على أشدّه", date(2015, 7, 24), "9 / 9 /2015",
         "2015-09-09"),
        ("خلال الفترة من يوم الثلاثاء 26 شوال الجاري الموافق 11 /8/2015م وتستمر حتى نهاية 10/11/1436هـ",
         date(2015, 8, 6), "11 /8/2015م", "2015-08-11"),
    ],
)  # fmt: skip
def test_a_numeric_day_whose_slashes_are_spaced_differently(text, published, quote, day):
    found = [
        (m.date_start.isoformat(), m.date_end.isoformat()) for m in find_dates(text, published) if m.date_text == quote
    ]
    assert found == [(day, day)], find_dates(text, published)


def test_a_hyphen_or_a_dot_before_a_spaced_slash_is_no_numeric_day():
    # ... the mixed spacing is a slash's alone: "6.8/ 2015" and "6-8/2015" are no day
    assert [m.date_text for m in find_dates("في 6.8/ 2015 تم", date(2015, 8, 6))] == ["2015"]
    assert [m.date_text for m in find_dates("في 6-8/2015 تم", date(2015, 8, 6))] == []


# (issue 11, y2) a hyphen with a space on one side only before a Gregorian year (sample 310: read as the year 2005;
# sample 298: read as the year 2015)
@pytest.mark.parametrize(
    "text, published, quote, day",
    [
        ("تأسست في عام 1999م والتحقت بركب مقاومة شعبنا الأبي عمليا وميدانيا بعد انطلاقتها المباركة في 12-6- 2005م "
         "عندما ضرب جناحها العسكري", date(2015, 7, 24), "12-6- 2005م", "2005-06-12"),
        ("علما أن المادة السادسة تخص النطاق المكاني للعقوبات. («الاقتصادية» 4- 8-2015) إضافة إلى تميزها بالإشارة إلى "
         "الثغرة", date(2015, 8, 8), "4- 8-2015", "2015-08-04"),
        ("وليس ببعيد عن هذه الصراحة مجلة فوربس الأميركية الصادرة في 30-1- 2015، التي اعتبرت أن الشركات الأميركية",
         date(2015, 7, 21), "30-1- 2015", "2015-01-30"),
    ],
)  # fmt: skip
def test_a_numeric_day_whose_hyphens_are_spaced_on_one_side(text, published, quote, day):
    found = [
        (m.date_start.isoformat(), m.date_end.isoformat()) for m in find_dates(text, published) if m.date_text == quote
    ]
    assert found == [(day, day)], find_dates(text, published)


def test_years_or_numbers_with_a_hyphen_spaced_on_one_side_are_no_numeric_day():
    # a range of years stays a range of years, a series of numbers no date
    found = find_dates("معللة بزيادة معدلات مشاريع التنمية خلال العامين 2013 -2014، وقالت", date(2015, 7, 27))
    assert [(m.date_text, m.date_start.isoformat(), m.date_end.isoformat()) for m in found] == [
        ("2013 -2014", "2013-01-01", "2014-12-31")
    ]
    found = find_dates("مع مجيء فلاديمير بوتين إلى الحكم (2000- 2008) في روسيا", date(2015, 7, 26))
    assert [m.date_text for m in found] == ["2000- 2008"]
    assert find_dates("وهذه الأقمار أطلق عليها اسم كوزموس -2491 -2499 -2504.", date(2015, 7, 27)) == []


@pytest.mark.parametrize(
    "text, published, quote, day",
    [
        # a day and a Gregorian month with a year before 1900 (sample 60: read as the day of the publication year)
        ("إذ لم تأت ظهيرة ذلك اليوم الثلاثاء 20 جمادى الأولى 875هـ/ 29 من مايو 1453، إلا والسلطان محمد الفاتح في وسط "
         "المدينة", date(2015, 7, 27), "29 من مايو 1453", "1453-05-29"),
        ("وقد دشنت القناة يوم 17 نوفمبر من عام 1869 باحتفال استثنائي", date(2015, 8, 4), "17 نوفمبر من عام 1869",
         "1869-11-17"),
        ("ولدت قصة أليس في 4 يوليو (تموز) 1862 عندما قام لويس كارول بنزهة", date(2015, 7, 21), "4 يوليو (تموز) 1862",
         "1862-07-04"),
        ("بدأ في 22 شعبان 492هـ - الموافق 15 مايو 1099م حيث اقتحم الصليبيون", date(2015, 8, 7), "15 مايو 1099م",
         "1099-05-15"),
    ],
)  # fmt: skip
def test_a_day_and_a_month_with_a_year_before_1900(text, published, quote, day):
    found = [
        (m.date_start.isoformat(), m.date_end.isoformat()) for m in find_dates(text, published) if m.date_text == quote
    ]
    assert found == [(day, day)], find_dates(text, published)


def test_a_count_after_a_day_and_a_month_is_no_old_year():
    # ... a quantity is no year, and a month with no day keeps the modern years alone (not tried: "مايو 1453")
    assert [m.date_text for m in find_dates("وصل في 5 يونيو 1500 شخص إلى المدينة", date(2015, 8, 6))] == ["5 يونيو"]
    assert [m.date_text for m in find_dates("في 3 مايو 2015 تم التوقيع", date(2015, 8, 6))] == ["3 مايو 2015"]


# (from the round of sample 65)
def test_a_year_with_its_mark_in_brackets_before_a_unit_stays_a_year():
    # against: the Gregorian mark makes it a year, whatever follows ("... مليار دولار")
    text = "وحديثا بلغت أرباح أنشطتها واستثماراتها عام (2006م) مليار دولار."
    assert [m.date_text for m in find_dates(text, date(2015, 7, 24))] == ["2006م"]


# (from the days round over samples 38-77)
@pytest.mark.parametrize(
    "text, published, expected",
    [
        # two years apart after عامي are two times (sample 75: two titles; sample 76: two aid decisions), each read alone
        ("ويعد الفريق بطل المسابقة عامي 1988 و2014 ويسعى للقب ثالث", date(2015, 7, 24),
         [("عامي 1988", "1988-01-01", "1988-12-31", "point"), ("2014", "2014-01-01", "2014-12-31", "point")]),
        ("كان الاتحاد الأوروبي وافق في عامي 2010 و2014 على تقديم مساعدات", date(2015, 7, 22),
         [("عامي 2010", "2010-01-01", "2010-12-31", "point"), ("2014", "2014-01-01", "2014-12-31", "point")]),
        # against: two years in a row are one range, as before; after بين (and عامين) a range
        ("وارتفعت الصادرات في عامي 2013 و2014 بنسبة كبيرة", date(2015, 7, 24),
         [("عامي 2013 و2014", "2013-01-01", "2014-12-31", "range")]),
        ("أثناء شغلها منصب وزيرة الخارجية بين عامين 2009 و2013. وأعلنت", date(2015, 7, 24),
         [("2009 و2013", "2009-01-01", "2013-12-31", "range")]),
    ],
)  # fmt: skip
def test_two_years_after_a_dual_of_year(text, published, expected):
    assert days(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "date_text", "start"),
    [
        # an ordinal day after the preposition ل (للتاسع = ل + التاسع) is the day, not the month (the round of
        # sample 86: "للتاسع من شهر ذي القعدة المقبل" was read as the whole month, "للسابع والعشرين" as the 20th)
        (
            "أن مباريات دور ال٣٢ لمسابقة كأس ولي العهد ستقام يوم (الاثنين ) الموافق للتاسع من شهر ذي القعدة المقبل.",
            "2015-07-24",
            "للتاسع من شهر ذي القعدة المقبل",
            "2015-08-24",
        ),
        (
            "تعقد بعدها الجمعية العمومية غير العادية يوم (الأحد) الموافق للأول من شهر ذي القعدة المقبل بمقر النادي",
            "2015-08-04",
            "للأول من شهر ذي القعدة المقبل",
            "2015-08-16",
        ),
        (
            "من يوم الخميس الخامس من جمادى الثانية 1436هـ الموافق للسادس والعشرين من مارس 2015م وانطلقت معها",
            "2015-07-22",
            "للسادس والعشرين من مارس 2015م",
            "2015-03-26",
        ),
        (
            "في مثل هذا اليوم الموافق للحادي والعشرين من شهر يوليو (تموز) على النحو التالي",
            "2015-07-21",
            "للحادي والعشرين من شهر يوليو (تموز)",
            "2015-07-21",
        ),
        (
            "في 25 ذي الحجة من عام 1425هـ الموافق للخامس من فبراير لعام 2005م بمشاركة أكثر من 50 دولة",
            "2015-08-08",
            "للخامس من فبراير لعام 2005م",
            "2005-02-05",
        ),
        (
            "قبل اختتام المعسكر الذي ينتهي يوم الخميس المقبل الموافق للسادس من شهر أغسطس الجاري.",
            "2015-08-02",
            "يوم الخميس المقبل الموافق للسادس من شهر أغسطس الجاري",
            "2015-08-06",
        ),
    ],
)
def test_an_ordinal_day_after_the_preposition_lam_is_the_day(text, published, date_text, start):
    found = [m for m in find_dates(text, d(published)) if m.date_text == date_text]
    assert [(str(m.date_start), str(m.date_end)) for m in found] == [(start, start)]


@pytest.mark.parametrize(
    ("text", "ordinal"),
    [
        # against: ب before an ordinal and a month is "in" the Egyptian cities named after a day, no day read
        ("وأشار إلى أنه من المقرر تشييع الجثمان غدا الأربعاء من مسجد الشرطة بالسادس من أكتوبر.", "السادس"),
        ("منطقة التجارة واللوجيستى بالعاشر من رمضان، المنطقة الحرة جنوب السويس", "العاشر"),
        # against: ل and an ordinal without a month is no date
        ("وفاز الفريق بالكأس للثاني من مرة", "الثاني"),
    ],
)
def test_an_ordinal_after_ba_or_without_a_month_is_no_day(text, ordinal):
    assert not any(ordinal[2:] in m.date_text for m in find_dates(text, date(2015, 8, 11)))


def test_a_year_before_other_words_stays_a_year():
    # against: a year followed by a word that is no time zone, and a year with its zone word further on
    assert [m.date_text for m in find_dates("وصدر القانون في عام 1920 بعد الحرب", date(2015, 7, 31))] == ["عام 1920"]
    found = find_dates("افتتح المتحف في 2014 وقت الظهيرة بتوقيت مكة", date(2015, 7, 31))
    assert [m.date_text for m in found] == ["2014"]


# --- parts of a month or a year: quarters, halves, first days, the last ten, school and fiscal years ----------------


# (from issue 11)
def test_quarters_and_halves_of_a_year():
    assert days("نما الاقتصاد في الربع الثاني من العام") == [
        ("الربع الثاني من العام", "2015-04-01", "2015-06-30", "point")
    ]
    assert days("الربع الأول 2014")[0][1:3] == ("2014-01-01", "2014-03-31")
    assert days("في النصف الأول من العام الجاري")[0][1:3] == ("2015-01-01", "2015-06-30")
    assert days("تقدم الفريق في الربع الأول من المباراة") == []  # a quarter of a game


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # an ordinal day right after الأسبوع is the Nth week of the month, days 7N-6 to 7N (sample 80's round: read as
        # the Nth day, and "نهاية الأسبوع" before it as the last weekend)
        (
            "وأجريت التحقيقات أسبوعا قبل رمضان، ثم في نهاية الأسبوع الثالث من رمضان، وبعد شهر",
            date(2015, 7, 21),
            [("الثالث من رمضان", "2015-07-02", "2015-07-08", "point")],  # 15-21 Ramadan 1436
        ),
        (
            "ولم تبلغ ايراداته سوى 918 دولار اميركي في نهاية الاسبوع الاول من الشهر الجاري.",
            date(2015, 7, 21),
            [("الاول من الشهر الجاري", "2015-07-01", "2015-07-07", "point")],
        ),
        (
            "بمواجهة سبورتنج خيخون في الأسبوع الرابع من أغسطس آب القادم.",
            date(2015, 7, 23),
            [("الرابع من أغسطس آب القادم", "2015-08-22", "2015-08-28", "point")],
        ),
        (
            "فإن عملية الاقتراع ستجرى على مرحلتين (الأسبوع الثاني من أكتوبر، والأسبوع الثالث من نوفمبر) حيث",
            date(2015, 8, 6),
            [
                ("الثاني من أكتوبر", "2015-10-08", "2015-10-14", "point"),
                ("الثالث من نوفمبر", "2015-11-15", "2015-11-21", "point"),
            ],
        ),
        (
            "حيث سيبدأ الدوري الممتاز من الأسبوع الثاني من شهر صفر 1437 , على أن",
            date(2015, 8, 6),
            [("الثاني من شهر صفر 1437", "2015-11-20", "2015-11-26", "point")],  # 8-14 Safar 1437
        ),
        # the end of a numbered week of something that is no month: no weekend, no date
        ("فمع نهاية الأسبوع الأول للبرنامج شارك طلاب الصف الثالث الابتدائي", date(2015, 8, 3), []),
        # ... and not: an ordinal day after another noun is that day; a weekend's feminine ordinal is a weekend
        ("في اليوم الثالث من رمضان", date(2015, 7, 21), [("الثالث من رمضان", "2015-06-20", "2015-06-20", "point")]),
        (
            "أن الفيلم في طريقه لتحقيق 40 مليون دولار بنهاية عطلة نهاية الأسبوع الأولى له.",
            date(2015, 8, 2),
            [("عطلة نهاية الأسبوع", "2015-07-31", "2015-08-01", "point")],
        ),
    ],
)
def test_a_numbered_week_of_a_month(text, published, expected):
    assert days(text, published) == expected


# (from the round of sample 99)
@pytest.mark.parametrize(
    "text, published, expected",
    [
        # "the last week of" a month is its last seven days (sample 99: the Arab defence council's meeting, read as
        # the whole of August), as the first week is its days 1-7
        (
            "لتحديد موعد جديد لعقد اجتماع مجلس الدفاع لإتمامه خلال الأسبوع الأخير من شهر أغسطس. ونفت المصادر",
            date(2015, 8, 6),
            [("شهر أغسطس", "2015-08-25", "2015-08-31", "point")],
        ),
        (
            "ونفذ تنظيم داعش في الأسبوع الأخير من حزيران - يونيو هجوماً جديداً على كوباني",
            date(2015, 7, 23),
            [("حزيران - يونيو", "2015-06-24", "2015-06-30", "point")],
        ),
        (
            "بدأ كرنفال بريغنز في الأسبوع الأخير من يوليو (تموز) ويستمر حتى الأسبوع الأخير من أغسطس (آب)، وفيما",
            date(2015, 7, 27),
            [
                ("يوليو (تموز)", "2015-07-25", "2015-07-31", "point"),
                ("أغسطس (آب)", "2015-08-25", "2015-08-31", "point"),
            ],
        ),
        (
            "ولاسيما أن الدوري في بلاده لم ينته إلا في الأسبوع الأخير من رمضان الماضي.",
            date(2015, 7, 27),
            [("رمضان الماضي", "2015-07-10", "2015-07-16", "point")],  # 23-29 Ramadan 1436
        ),
        (
            "ودوري شباب الممتاز والناشئين في الأسبوع الأخير من شهر ذي الحجة 1436، وسيبدأ كأس الاتحاد",
            date(2015, 8, 6),
            [("شهر ذي الحجة 1436", "2015-10-07", "2015-10-13", "point")],
        ),
        # ... and not: "the last week" of something that is no month, or of a month read as no date (a bare Ramadan),
        # or with no month after it
        (
            'وقال المحللون الذين تحدثوا لـ"الاقتصادية" إن 77 شركة ستعلن نتائجها المالية في الأسبوع الأخير من فترة إعلان النتائج',
            date(2015, 7, 26),
            [],
        ),
        (
            'قائلا: "في آخر أسبوع في شهر رمضان بلغت حركة المسافرين ٨٠.٩٥٨، ولا يمضي أسبوع إلا ويشهد تزايد',
            date(2015, 8, 11),
            [],
        ),
        (
            "وكانت القوات الاسرائيلية قد قتلت ثلاثة فلسطينيين بالضفة في الاسبوع الاخير في مداهمات قالت انها استهدفت",
            date(2015, 7, 27),
            [],
        ),
    ],
)
def test_the_last_week_of_a_month_is_its_last_seven_days(text, published, expected):
    assert days(text, published) == expected


# (from the eleventh random sample (nondates_judged_11.jsonl))
@pytest.mark.parametrize(
    "text, published, expected",
    [
        # the first day of a month: غرة, and أول من without its article
        ("على أن تعقد الجمعية العمومية غير العادية يوم الأحد الموافق غرة ذي القعدة المقبل", date(2015, 7, 31),
         ("يوم الأحد الموافق غرة ذي القعدة المقبل", "2015-08-16", "2015-08-16", "point")),
        ("على أن تعقد الجمعية العمومية قي أول من ذي القعدة المقبل", date(2015, 7, 31),
         ("أول من ذي القعدة المقبل", "2015-08-16", "2015-08-16", "point")),
        ("وبدأ العمل فيه غرة محرم عام 1378هـ", date(2015, 7, 25), ("غرة محرم عام 1378ه", "1958-07-18", "1958-07-18", "point")),
        # an ordinal day of a Hijri month with its year is that day, not the month
        ("في الخامس من شوال عام 1319 للهجرة، بدأ الملك المؤسس يبني", date(2015, 7, 25),
         ("الخامس من شوال عام 1319", "1902-01-15", "1902-01-15", "point")),
        # a Hijri day of a schedule: the coming one (written on 23 Shawwal 1436)
        ("حيث إن الفترة المحددة لاستلام إيصالات التجديد تبدأ من 25 شوال وتستمر حتى 7 ذي القعدة.", date(2015, 8, 8),
         ("7 ذي القعدة", "2015-08-22", "2015-08-22", "point")),
        ("وكان قد تم القبض عليه في 7 ذي القعدة.", date(2015, 8, 8), ("7 ذي القعدة", "2014-09-02", "2014-09-02", "point")),
        # a season or a fiscal year over two years
        ("كما انخفض الإنفاق لكل طفل بين عام 2009 / 2010 وعام 2013 / 2014 بنسبة 16 في المائة", date(2015, 7, 22),
         ("وعام 2013 / 2014", "2013-01-01", "2014-12-31", "point")),
        ("مع أول يوم لبيع الأطقم الجديدة الخاصة بفريق كرة القدم الأول لموسم 2015/ 2016", date(2015, 8, 2),
         ("2015/ 2016", "2015-01-01", "2016-12-31", "point")),
        ("توّج فريق النصر بطلاً لدوري عبداللطيف جميل 2014/2015، محتفظاً بلقبه", date(2015, 8, 2),
         ("2014/2015", "2014-01-01", "2015-12-31", "point")),
        # ... but a Hijri year and its Gregorian year stay two
        ("لتقييم المشروعات المرشحة للفوز بدورتها الثالثة (دورة عام 1436هـ/ 2015م)، والتي", date(2015, 8, 2),
         ("2015م", "2015-01-01", "2015-12-31", "point")),
    ],
)  # fmt: skip
def test_first_days_hijri_schedules_and_two_year_seasons(text, published, expected):
    assert expected in days(text, published)


# (from the rounds of samples 27-48)
@pytest.mark.parametrize(
    "text, published, quote, first, last",
    [
        # a quarter with ل glued (sample 33: read as the year alone)
        ("حتى تقوم الشركة بإعادة إصدار قوائمها المالية الموحدة المعدَّلة للربع الأول من 2015م ونشرها",
         date(2015, 8, 2), "للربع الأول من 2015م", date(2015, 1, 1), date(2015, 3, 31)),
        # a season of this year (sample 33: read as the year)
        ("واحتفالاً بافتتاحه خريف هذا العام، يمدد فندق فورسيزونز سيول عرض الافتتاح الخاص", date(2015, 8, 11),
         "خريف هذا العام", date(2015, 9, 1), date(2015, 11, 30)),
        # since a time until another is a range (sample 34: since 2000, to publication)
        ("فبنظرة سريعة على الارتباط بين اسعار النفط والإنتاج العالمي منذ عام 2000 وحتى النصف الاول من عام 2014، "
         "يتضح لنا", date(2015, 8, 4), "منذ عام 2000 وحتى النصف الاول من عام 2014", date(2000, 1, 1),
         date(2014, 6, 30)),
    ],
)  # fmt: skip
def test_quarters_with_li_seasons_of_this_year_and_since_until_ranges(text, published, quote, first, last):
    assert [(m.date_text, m.date_start, m.date_end) for m in find_dates(text, published)] == [(quote, first, last)]


def test_no_quarter_of_a_match_and_a_since_before_a_dash_aside_stays_open():
    assert find_dates("وتقدم الفريق للنصف الأول من المباراة", date(2015, 8, 4)) == []
    text = "أقامت جماعات -تسعى لتحرير أنثى الحوت التي تعيش حياة الأسر منذ عام 1970- أمس الأول الاثنين دعوى قضائية"
    assert [(m.date_text, m.extent) for m in find_dates(text, date(2015, 7, 22))] == [
        ("منذ عام 1970", "since"),
        ("أمس الأول الاثنين", "point"),
    ]


# (from the round of sample 64)
@pytest.mark.parametrize(
    "text, published, quote, start, end",
    [
        # the last ten days of a month are days 21 to its end (sample 64: the whole of Ramadan)
        ("بعد أن سجلت ارتفاعات غير مسبوقة لنسب الإشغال في الفنادق المركزية إلى أعلى مستوياتها في العشر الأواخر من شهر "
         "رمضان الماضي و خلال أيام العيد", date(2015, 7, 21), "العشر الأواخر من شهر رمضان الماضي", "2015-07-08",
         "2015-07-16"),
        ("• دشن خادم الحرمين الشريفين، يحفظه الله، في العشر الأواخر من رمضان المنصرم 5 مشروعات", date(2015, 8, 3),
         "العشر الأواخر من رمضان المنصرم", "2015-07-08", "2015-07-16"),
        # ... and the first ten days, 1 to 10
        ("خلال العشر الأوائل من ذي الحجة المقبل", date(2015, 7, 26), "العشر الأوائل من ذي الحجة المقبل", "2015-09-14",
         "2015-09-23"),
        # a bare day listed before a day-month is the list's first day (sample 64: read as 16 September alone)
        ("وتستضيف عشق أباد الجمعية العمومية للمجلس الأولمبي الآسيوي في 15 و16 أيلول (سبتمبر) المقبل.", date(2015, 8, 8),
         "15 و16 أيلول (سبتمبر) المقبل", "2015-09-15", "2015-09-16"),
        ("وستراقب السوق اجتماع مجلس الاحتياطي يومي 28 و29 يوليو تموز لترى", date(2015, 7, 27), "28 و29 يوليو تموز",
         "2015-07-28", "2015-07-29"),
    ],
)  # fmt: skip
def test_the_last_ten_days_and_a_listed_bare_day(text, published, quote, start, end):
    assert _read(text, published, quote) == [(start, end)], find_dates(text, published)


def test_a_bare_ramadan_after_the_last_ten_and_a_number_before_a_day_stay_as_they_were():
    # against: "رمضان" with no year word stays unread after the ten days too; a decimal number lists no day
    assert [m.date_text for m in find_dates("في العشر الأواخر من رمضان، ورغبة", date(2015, 7, 21))] == []
    assert [m.date_text for m in find_dates("ارتفع المؤشر 2.5 و3 يوليو", date(2015, 7, 21))] == ["و3 يوليو"]


# (from the round of sample 72)
@pytest.mark.parametrize(
    "text, published, quote, first, last",
    [
        # the corpus (a July paper, the summer between two school years): the start of the school year ahead, late
        # August (1436/1437 began on 23 August 2015), not January..April of the calendar year
        ("وكانت أنباء تواترت عن توجه الوزارة لتأجيل بداية العام الدراسي المقرر انطلاقته في ٨ من شهر ذي القعدة",
         date(2015, 7, 21), "بداية العام", "2015-08-20", "2015-09-30"),
        ("تعتزم وزارة التعليم، في مستهل العام الدراسي المقبل 1436/ 1437هـ، تطبيق برنامج (رفق)", date(2015, 7, 26),
         "مستهل العام", "2015-08-20", "2015-09-30"),
        ("وتم خلال الاجتماع الوقوف على كافة الاستعدادات لبداية العام الدراسي الجديد", date(2015, 7, 25),
         "لبداية العام", "2015-08-20", "2015-09-30"),
        ("ومع بداية هذا العام الدراسي الجديد سيكون للعملية التعليمية نصيب", date(2015, 8, 1), "بداية هذا العام",
         "2015-08-20", "2015-09-30"),
        ("أن مباشرة المعتمدين ستكون مع بداية العام التدريبي الجديد", date(2015, 8, 1), "بداية العام",
         "2015-08-20", "2015-09-30"),
        # ... its end just past, in June (read as September..December)
        ("علامة مميزة في مجمل الفعاليات والمهرجانات التي تشهدها المملكة خلال إجازة نهاية العام الدراسي, ومن أهم",
         date(2015, 7, 24), "نهاية العام", "2015-05-15", "2015-06-30"),
        ("بعد أن أكدت مسبقا أن القرار سيخضع للدراسة والتقييم نهاية العام الدراسي الماضي، وتحديد وجهته",
         date(2015, 8, 7), "نهاية العام", "2015-05-15", "2015-06-30"),
        # ... the next school year's end, named so
        ("هنا أقترح أن يكون من بين الحلول نهاية العام الدراسي المقبل ما بين 1-8-1437 حتى نهاية 30/شوال",
         date(2015, 8, 1), "نهاية العام", "2016-05-15", "2016-06-30"),
        # while a school year runs, its own start (constructed: an October paper)
        ("شهدت المدارس ازدحاما مع بداية العام الدراسي", date(2015, 10, 4), "بداية العام", "2015-08-20",
         "2015-09-30"),
    ],
)  # fmt: skip
def test_a_part_of_the_school_year_is_no_part_of_the_calendar_year(text, published, quote, first, last):
    assert span_of(text, published, quote)[:2] == (first, last)


def test_since_the_end_of_the_school_year_runs_to_the_publication_day():
    # the corpus: "since the end of the last school year" (read as September..December 2015)
    text = "قد اشتريت معظم احتياجات ومستلزمات تلك المدارس منذ نهاية العام الدراسي المنصرم نظراً لما تشهده"
    [found] = [m for m in find_dates(text, date(2015, 8, 3)) if m.date_text == "منذ نهاية العام"]
    assert (found.date_start, found.date_end, found.extent) == (date(2015, 5, 15), date(2015, 8, 3), "since")


@pytest.mark.parametrize(
    "text, published, quote, first, last",
    [
        # a part of the calendar year stays one: no school adjective after it (the corpus); with a Hijri year in
        # apposition it is that year's part (the round of sample 130; sample 108's reader: 25 October 2014 - 19 February
        # 2015), not January-April 2015 as it was read
        ("بافتتاح فرع منطقة عسير في مدينة أبها مع بداية العام الحالي 1436هـ، وتنفيذ برامج", date(2015, 7, 21),
         "بداية العام الحالي", "2014-10-25", "2015-02-19"),
        ("ستطرح الشركة منتجاتها مع نهاية العام، بحسب المصدر", date(2015, 8, 1), "نهاية العام", "2015-09-01",
         "2015-12-31"),
        # a school year written with its years keeps the seasons' convention: its two (Hijri) years, at year precision
        ("ودعت الوزارة المرشحين الجدد للوظائف التعليمية للعام الدراسي 1436 / 1437هـ, إلى البدء بتسجيل موعد",
         date(2015, 7, 21), "1436 / 1437ه", "2014-10-25", "2016-10-01"),
        ("بقي ما تبقى من الفصل الدراسي الأول للعام الدراسي 2014 - 2015، لأداء الامتحانات النهائية.",
         date(2015, 7, 25), "2014 - 2015", "2014-01-01", "2015-12-31"),
    ],
)  # fmt: skip
def test_parts_of_the_calendar_year_and_school_years_with_their_years(text, published, quote, first, last):
    assert span_of(text, published, quote)[:2] == (first, last)


# (from the days round over samples 38-77)
@pytest.mark.parametrize(
    "text, published, quote, first, last",
    [
        # a fiscal year over two years is its country's: Egypt's July-June (sample 47: read as the calendar years)
        ("وأظهر أن حجم الاستثمارات الحكومية المستهدفة لبرنامج التنمية الزراعية خلال العام المالي 2015 - 2016 يقدر بنحو "
         "987.7 مليون جنيه مصري", date(2015, 8, 4), "2015 - 2016", "2015-07-01", "2016-06-30"),
        ("تراجعت فاتورة دعم المواد البترولية في مصر خلال العام المالي المنتهي 2014-2015 إلى 71.5 مليار جنيه",
         date(2015, 8, 10), "2014-2015", "2014-07-01", "2015-06-30"),
        # ... Kuwait's April-March (sample 57)
        ("ويعد العجز الأول للكويت منذ السنة المالية 1998 / 1999 بحسب وزارة المالية", date(2015, 7, 31), "1998 / 1999",
         "1998-04-01", "1999-03-31"),
        # against: no country told, a season, a fiscal word farther off: the calendar years, as before
        ("وتوقع أن تشهد السنة المالية 2015 / 2016 عجزاً أكبر", date(2015, 7, 31), "2015 / 2016", "2015-01-01",
         "2016-12-31"),
        ("وحقق الفريق المصري لقب الدوري في موسم 2014 / 2015 للمرة الأولى", date(2015, 8, 4), "2014 / 2015",
         "2014-01-01", "2015-12-31"),
    ],
)  # fmt: skip
def test_a_fiscal_year_is_its_countrys(text, published, quote, first, last):
    assert span_of(text, published, quote)[:2] == (first, last)


# (from the round of sample 109)
@pytest.mark.parametrize(
    "text, published, quote, first, last",
    [
        # a half or a third of a month is its days, not the ordinal's day (sample 108: `الثاني من شهر رمضان`, 2 Ramadan)
        ("وفي النصف الثاني من مايو (أيار) الماضي، أصدرت محكمة أنتويرب حكمها", date(2015, 7, 21),
         "النصف الثاني من مايو (أيار) الماضي", "2015-05-16", "2015-05-31"),
        ("رصد المركز 17 حالة انتهاك خلال النصف الأول من شهر حزيران (يونيو)، وكما رصد المركز 70 حالة", date(2015, 8, 6),
         "النصف الأول من شهر حزيران (يونيو)", "2015-06-01", "2015-06-15"),
        ("أن الزيارة التي قام بها قاسم سليماني لموسكو جرت في النصف الثاني من يوليو.", date(2015, 8, 7),
         "النصف الثاني من يوليو", "2015-07-16", "2015-07-31"),
        ("حددت جامعة البحرين النصف الثاني من أغسطس الجاري موعداً لإعلان نتائج القبول", date(2015, 8, 11),
         "النصف الثاني من أغسطس الجاري", "2015-08-16", "2015-08-31"),
        ("فيبدأ التراجع في شدة الحر خلال الثلث الأخير من أغسطس، وذلك على نحو تدريجي", date(2015, 8, 9),
         "الثلث الأخير من أغسطس", "2015-08-21", "2015-08-31"),
        # ... of a Hijri month without its year, as a day of it: the last such month (Ramadan 1436: 18 June-16 July)
        ("بعد أن كشفت المرحلة الأولى من الإعداد التي أجريت في النصف الثاني من شهر رمضان المبارك على ملعب النادي",
         date(2015, 7, 27), "النصف الثاني من شهر رمضان المبارك", "2015-07-03", "2015-07-16"),
        ("مبلغ سبعة ملايين ريال خلال النصف الثاني من شهر شعبان وشهر رمضان المبارك", date(2015, 7, 25),
         "النصف الثاني من شهر شعبان", "2015-06-03", "2015-06-17"),
        # "the first week of" a month, أول أسبوع من, is its days 1-7 (sample 298: the whole of August read; the corpus: 3
        # readings changed, all right)
        ("وقالت «يوروتانل» إنها ستصبح عملانية اعتبارا من أول أسبوع من شهر أغسطس (آب).", date(2015, 7, 31),
         "أول أسبوع من شهر أغسطس (آب)", "2015-08-01", "2015-08-07"),
        ("مشيرا إلى مغادرة أكثر من 200 ألف مسافر من المدينة المنورة على الخطوط السعودية في أول أسبوع من شهر شوال المبارك",
         date(2015, 7, 27), "أول أسبوع من شهر شوال المبارك", "2015-07-17", "2015-07-23"),
        # against: a half of a year stays the quarter branch's, as before
        ("بعدما تراجع صافي ربحها للنصف الأول من العام.", date(2015, 8, 1), "للنصف الأول من العام", "2015-01-01",
         "2015-06-30"),
        ("ستبدأ أعمال الإنشاءات في النصف الثاني من 2016.", date(2015, 8, 1), "النصف الثاني من 2016", "2016-07-01",
         "2016-12-31"),
    ],
)  # fmt: skip
def test_a_half_or_a_third_of_a_month_is_its_days(text, published, quote, first, last):
    assert span_of(text, published, quote)[:2] == (first, last)


def test_a_half_of_a_season_or_a_match_is_no_date_and_no_day():
    # "in the second half of the season" or "of the match": nothing; the quarter of a month is no first day either
    assert find_dates("الذي قاد الزمالك في النصف الثاني من الموسم الحالي", date(2015, 8, 1)) == []
    assert find_dates("عندما ظن الجميع أن النصف الأول من اللقاء في طريقه لينتهي", date(2015, 8, 1)) == []
    assert find_dates("نفذت خلال الربع الأول من شهر رمضان عدة مسوحات ومداهمات ميدانية", date(2015, 7, 22)) == []
    # nor is the first week of anything but a month (sample 298's round: أول أسبوع من, a part only before a month)
    assert find_dates('إن مبيعات "تعيين حارس" فى أول أسبوع من إطلاقها تجاوزت توقعاتنا', date(2015, 7, 25)) == []


# --- seasons, eids and days named by their events -------------------------------------------------------------------


# (from issue 11)
@pytest.mark.parametrize(
    "text, expected",
    [
        ("يعود في الخريف المقبل", ("الخريف المقبل", "2015-09-01", "2015-11-30")),
        ("أقيم المهرجان صيف 2014", ("صيف 2014", "2014-06-01", "2014-08-31")),
        ("الشتاء الماضي كان باردا", ("الشتاء الماضي", "2014-12-01", "2015-02-28")),  # December into February
        ("خلال أيام العيد الماضية", ("أيام العيد الماضية", "2015-07-17", "2015-07-19")),  # 1–3 Shawwal 1436
        ("يصادف عيد الأضحى المقبل", ("عيد الأضحى المقبل", "2015-09-23", "2015-09-26")),  # 10–13 Dhu al-Hijja
        ("تأسست الجمعية منذ عام 1417", ("منذ عام 1417", "1996-05-18", "2015-08-04")),  # a Hijri year after عام
        ("يفتتح في العشرين من شهر رجب ما بعد القادم", ("العشرين من شهر رجب ما بعد القادم", "2017-04-17", "2017-04-17")),
        ("قال امس (الثلاثاء)", ("امس (الثلاثاء)", "2015-07-28", "2015-07-28")),  # the written weekday wins
    ],
)  # fmt: skip
def test_seasons_eids_hijri_years_and_further_modifiers(text, expected):
    assert days(text)[-1][:3] == expected


def test_a_season_needs_a_modifier_this_or_a_year():
    assert days("ثورات الربيع العربي") == []
    assert days("في عيد الفطر يجتمع الناس") == []  # every Eid as often as the last


# sample 206's round: "هذا الربيع" in a text that named the Arab Spring before it (calendar.yaml's season_figure_names)
@pytest.mark.parametrize(
    "text, published",
    [
        # a pooled non-date (2015-08-01-963, read as March-May 2015)
        (
            "وتحديدا ما بعد مرحلة ما يسمى بالربيع العربي كانت القراءة السعودية واضحة ومعلنة، بان هذا الربيع سيكون "
            "دمويا وان هدفه الرئيس تفتيت الدول والمجتمعات",
            date(2015, 8, 1),
        ),
        # sample 206's row (2015-07-23-917): «الربيع العربي» a paragraph before
        (
            'عندما حل بنا ما أسموه "الربيع العربي" لم تلتفت تلك العقول الساذجة إلى مقولة كوندوليزا رايس. '
            "وبعد نصف عقد من هذا الربيع الخريفي: أين نحن؟",
            date(2015, 7, 23),
        ),
    ],
)
def test_this_spring_after_the_arab_spring_is_no_season(text, published):
    assert [m for m in find_dates(text, published) if "الربيع" in m.date_text] == []


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # the corpus's other two (2015-08-06-484, 2015-07-21-2184): no Arab Spring named, a season
        ("ويذكر أن حركة طالبان حققت مكاسب هذا الربيع خلال عملياتها القتالية", date(2015, 8, 6), "2015-03-01"),
        ("لو أن السلطات وقفت على الهامش هذا الربيع أثناء ارتفاع السوق", date(2015, 7, 21), "2015-03-01"),
        # the Arab Spring named after it, not before: still the season
        ("حققت الحركة مكاسب هذا الربيع، بعد سنوات من الربيع العربي", date(2015, 8, 6), "2015-03-01"),
        # a year after the season keeps it a season whatever came before
        ("بعد الربيع العربي تغيرت أمور كثيرة. وفي ربيع 2014 شهدت البلاد", date(2015, 8, 6), "2014-03-01"),
    ],
)
def test_this_spring_with_no_arab_spring_before_stays_a_season(text, published, expected):
    assert [m.date_start.isoformat() for m in find_dates(text, published) if "ربيع" in m.date_text] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("في 3 سبتمبر 2015 وفي الثامن من الشهر ذاته", ("الثامن من الشهر ذاته", "2015-09-08", "2015-09-08", "point")),
        ("في العاشر من الشهر الجاري", ("العاشر من الشهر الجاري", "2015-08-10", "2015-08-10", "point")),
        ("منذ ثورة 25 يناير", ("منذ ثورة 25 يناير", "2011-01-25", "2015-08-04", "since")),  # not 25 January 2015
        ("بعد هجمات 11 سبتمبر", ("هجمات 11 سبتمبر", "2001-09-11", "2001-09-11", "point")),
        ("وصل في 2 مايو 2014 ثم غادر في نفس اليوم", ("نفس اليوم", "2014-05-02", "2014-05-02", "point")),
        # a comparison with last year: the month the text set, a year before (SaudiNewsNet sample 9)
        ("ارتفعت المبيعات في مايو الماضي مقارنة بالشهر نفسه من العام الماضي", ("بالشهر نفسه من العام الماضي", "2014-05-01", "2014-05-31", "point")),
        ("بلغت الصادرات في يونيو مقابل نفس الشهر من العام السابق", ("نفس الشهر من العام السابق", "2014-06-01", "2014-06-30", "point")),
    ],
)  # fmt: skip
def test_days_of_a_named_month_and_days_that_name_events(text, expected):
    assert days(text)[-1] == expected


def test_a_bare_eid_is_the_eid_the_text_has_just_named():
    text = "عاد الزوار بعد أيام العيد الماضية، وزاد الإقبال خلال العيد على الحدائق"
    assert days(text, date(2015, 7, 21))[-1][:3] == ("العيد", "2015-07-17", "2015-07-19")
    assert days("احتفل في 5 يوليو ثم في العيد", date(2015, 7, 21)) == [("5 يوليو", "2015-07-05", "2015-07-05", "point")]


def test_a_bare_eid_with_bi_glued_to_it_is_the_occasion_not_a_time():
    # SaudiNewsNet samples 9 and 30: a habitual Eid, after the text has named the last one
    before = "عاد الزوار بعد أيام العيد الماضية، "
    for text in [
        "أما بقية الأعياد فإنّها دائماً ما تسافر لأهلها بالطائف، وتقضي ما يقارب الأسبوع هناك، تحتفل معهم بالعيد",
        "تركوا كل ذكرياتهم بالعيد هناك",
    ]:
        assert [d[0] for d in days(before + text, date(2015, 7, 22))] == ["أيام العيد الماضية"]
    # ... while "خلال العيد" after it is still that Eid
    assert days(before + "وزاد الإقبال خلال العيد", date(2015, 7, 22))[-1][0] == "العيد"


# (from the rounds of samples 27-48)
@pytest.mark.parametrize(
    "text, published, quote, day",
    [
        # sample 40: the tenth anniversary of the London bombings (read as this July)
        ("حلت مؤخرا الذكرى العاشرة لهجمات السابع من يوليو (تموز) في لندن، حيث سقط 52 شخصا قتلى",
         date(2015, 7, 24), "لهجمات السابع من يوليو (تموز)", "2005-07-07"),
        # another head of the group, another name of the month
        ("وهو حاكم سابق لولاية نيويورك إبان اعتداءات 11 سبتمبر 2001.", D015, "اعتداءات 11 سبتمبر 2001", "2001-09-11"),
        ("بعد هجمات 11 أيلول تغيرت السياسة", D015, "هجمات 11 أيلول", "2001-09-11"),
        # sample 40 and four more SaudiNewsNet articles: a dual head names two days
        ("ومصر تعيش في بداية الجمهورية الثالثة بعد ثورتي 25 يناير (كانون الثاني) و30 يونيو (حزيران)، مشيرا",
         date(2015, 7, 24), "و30 يونيو (حزيران)", "2013-06-30"),
        ("استهل اللقاء بالأهمية الكبيرة لثورتي 25 يناير و30 يونيو وتأثيرها", date(2015, 7, 27), "لثورتي 25 يناير",
         "2011-01-25"),
        # the month's other name written bare after a named day, and the year, belong to it (sample 46: "ايلول 2001"
        # read as a second event, typed arrest; three more SaudiNewsNet articles)
        ("وانشيء سجن جوانتانامو بعد هجمات 11 سبتمبر ايلول 2001 لاحتجاز معتقلين من القاعدة وطالبان.",
         date(2015, 7, 23), "هجمات 11 سبتمبر ايلول 2001", "2001-09-11"),
        ("واعتبرت الولايات المتحدة الحركة جماعة إرهابية بعد هجمات 11 سبتمبر أيلول 2001 .", date(2015, 8, 6),
         "هجمات 11 سبتمبر أيلول 2001", "2001-09-11"),
        ("مستعيدة أجواء حرب أكتوبر تشرين الأول 1973 حين عبر الجنود المصريون قناة السويس", date(2015, 8, 6),
         "حرب أكتوبر تشرين الأول 1973", "1973-10-06"),
        ("حصلت مجموعة من المتغيرات السياسية في المنطقة العربية أولها ثورة يوليو تموز في مصر بقيادة محمد نجيب",
         date(2015, 8, 1), "ثورة يوليو تموز", "1952-07-23"),
        # ... a month with both names after "attacks" but no named day stays the month (2015-08-04-929)
        ("وأعلن حزب العمال الكردستاني أنه سيصعد الهجمات في منتصف يوليو تموز بسبب ما وصفها بأنها انتهاكات",
         date(2015, 8, 4), "منتصف يوليو تموز", "2015-07-11"),
        # ... but two days after a verb are this year's, and a month alone keeps its own head
        ("اجتمع المجلس في 25 يناير و30 يونيو", D015, "و30 يونيو", "2015-06-30"),
        ("وقع هجوم 7 يوليو على الثكنة", D015, "7 يوليو", "2015-07-07"),
    ],
)  # fmt: skip
def test_named_days_with_other_heads_month_names_and_duals(text, published, quote, day):
    assert span_of(text, published, quote)[0] == day


def test_a_named_day_with_the_month_s_other_name_bare_is_one_expression():
    # sample 46: "هجمات 11 سبتمبر" and "ايلول 2001" were two expressions
    text = "وانشيء سجن جوانتانامو بعد هجمات 11 سبتمبر ايلول 2001 لاحتجاز معتقلين من القاعدة وطالبان."
    assert [m.date_text for m in find_dates(text, date(2015, 7, 23))] == ["هجمات 11 سبتمبر ايلول 2001"]
    # constructed: as in a month with two names, a bare name of another month is no second name (no named day)
    assert [m.date_text for m in find_dates("وتذكر هجمات 11 سبتمبر أكتوبر 2001 جيدا", D015)] == ["أكتوبر 2001"]


# (from the round of sample 128: a bare 11 September that the reading puts in a year before the paper's is the attacks,
# calendar.yaml's past_named_days; the corpus's thirteen such readings were read as 11 September 2014)
@pytest.mark.parametrize(
    "text, published, quote, day, extent",
    [
        # sample 122, read from 11 September 2014
        ("ولاشك أن الشرق الأوسط شهد أحداثاً وتحولات كبيرة شاعت على إثرها في الغرب شائعات تفيد أن الإسلام دين إرهاب، فمنذ "
         "11 سبتمبر خططوا وأعدوا العدة للحروب الدائرة الآن في المنطقة", date(2015, 7, 21), "فمنذ 11 سبتمبر", "2001-09-11",
         "since"),
        # sample 101 and sample 40
        ("وببدء المخطط الشرير المعد من الصهاينة والمخابرات الأمريكية لهجوم 11 سبتمبر لالصاق تهمة الإرهاب بالإسلام",
         date(2015, 8, 6), "11 سبتمبر", "2001-09-11", "point"),
        ("ومشهد الصراع هذا قائم مذ 11 سبتمبر الشهيرة، فيما الواجب اليوم إيقاف هذا الانحدار", date(2015, 7, 27),
         "11 سبتمبر", "2001-09-11", "point"),
        # the corpus: the ordinal in words, the month's two names
        ("قد كانوا في عمر ما قبل المدرسة عندما حدثت كارثة الحادي عشر من سبتمبر، وكان هناك يقين", date(2015, 7, 26),
         "الحادي عشر من سبتمبر", "2001-09-11", "point"),
        ("وموضوع الاحتلال الغاشم للشقيقة الكويت، وانعكاسات الحادي عشر من سبتمبر (أيلول)، وما آل إليه العراق",
         date(2015, 7, 22), "الحادي عشر من سبتمبر (أيلول)", "2001-09-11", "point"),
        ("وفي أعقاب حوادث 11 أيلول/سبتمبر، كانت الفئة التي خلفت «الجماعة الإسلامية المسلحة»", date(2015, 7, 22),
         "11 أيلول/سبتمبر", "2001-09-11", "point"),
    ],
)  # fmt: skip
def test_a_bare_eleventh_of_september_read_in_a_past_year_is_the_attacks(text, published, quote, day, extent):
    mention = next(m for m in find_dates(text, published) if m.date_text == quote)
    assert (str(mention.date_start), mention.extent) == (day, extent)


@pytest.mark.parametrize(
    "text, published, quote, day",
    [
        # ahead: a modifier, a future verb (constructed)
        ("تعقد القمة في 11 سبتمبر المقبل", date(2015, 7, 22), "11 سبتمبر المقبل", "2015-09-11"),
        ("وستعقد القمة في 11 سبتمبر في جدة", date(2015, 7, 22), "11 سبتمبر", "2015-09-11"),
        # a year written: that year's (the corpus: "في الحادي عشر من سبتمبر عام 1964م", Aden's television)
        ("حيث بدأ بثه للمرة الأولى في الحادي عشر من سبتمبر عام 1964م.", date(2015, 8, 7),
         "الحادي عشر من سبتمبر عام 1964م", "1964-09-11"),
        # a paper after this year's 11 September reads it in its own year (constructed)
        ("وقع الحادث في 11 سبتمبر قرب المطار", date(2015, 10, 1), "11 سبتمبر", "2015-09-11"),
        # another day of September read in the past stays last year's (constructed)
        ("وكان قد تم توقيع الاتفاق في 12 سبتمبر", date(2015, 8, 4), "12 سبتمبر", "2014-09-12"),
    ],
)  # fmt: skip
def test_an_eleventh_of_september_ahead_with_a_year_or_in_its_year_stays_that_day(text, published, quote, day):
    assert str(next(m for m in find_dates(text, published) if m.date_text == quote).date_start) == day


# --- Hijri dates: months, years and their parts, Umm al-Qura, the Gregorian date printed beside ---------------------


# Hijri dates with the Gregorian date the newspaper printed beside them (SaudiNewsNet).
PRINTED_TWICE = [
    "تغلق فترة القبول يوم الأحد 10 شوال 1436هـ، الموافق 26 يوليو 2015م.",
    "ويستمر المعرض حتى نهاية يوم الخميس 10 شعبان 1436 هـ الموافق 28 مايو 2015م، حيث",
    "وذلك مساء يوم الاثنين 23 ذي القعدة 1436هـ, الموافق 7 سبتمبر 2015م, بنادي رجال الأعمال",
    "وكانت وفاته ضحى الإثنين 2 ربيع الأول 1373 الموافق 9 نوفمبر 1953 وصلى عليه",
    # Umm al-Qura makes 25 Ramadan a Sunday (12 July); the weekday written before it wins.
    "ودَّعت الجزيرة العربية يوم السبت 25 رمضان 1436هـ الموافق 11 يوليو (تموز) 2015م رجل الدبلوماسية",
]


@pytest.mark.parametrize("text", PRINTED_TWICE)
def test_a_hijri_date_is_the_gregorian_date_printed_beside_it(text):
    hijri, gregorian = find_dates(text, D015)
    assert hijri.precision == gregorian.precision == "day"
    assert hijri.date_start == gregorian.date_start


def test_a_hijri_year_is_not_a_gregorian_year():
    m = only("نهاية شهر شوال 1436هـ، وذلك", D015)
    # (its end since the round of sample 45: the part of the Hijri month, not the whole month)
    assert m.date_text == "نهاية شهر شوال 1436ه" and m.date_start.year == 2015 and m.precision == "part_of_month"
    assert all(m.date_start.year != 1436 for m in find_dates("عام 1436هـ", D015))


# (from issue 11)
def test_a_hijri_month_without_its_year_needs_a_day_or_a_modifier():
    assert days("خلال شهر رمضان الماضي")[0][1:3] == ("2015-06-18", "2015-07-16")  # the last Ramadan, 1436
    assert days("يقام الحفل في 24 شوال الجاري")[0][1] == "2015-08-09"
    assert days("في السابع من ذي القعدة المقبل")[0][1] == "2015-08-22"
    assert days("قال رمضان إن") == []  # a first name
    assert days("برامج المقالب الأكثر مشاهدة في شهر رمضان") == []  # every Ramadan as often as the last


def test_parts_of_hijri_months_and_years():
    # Shawwal 1436 runs 17 July – 15 August 2015 (Umm al-Qura); its end is its days 21 to the last
    assert days("يمهل المخالفين حتى نهاية شوال الجاري", date(2015, 7, 22))[0][1:3] == ("2015-08-06", "2015-08-15")
    # months 1–4 of 1436 AH
    assert days("منذ بداية عام 1436هـ", date(2015, 7, 24))[0][1] == "2014-10-25"


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a part of the Hijri year named by its adjective, no number: that part of the Hijri year of publication
        # (1436 AH, 25 October 2014 - 13 October 2015) or of the one next to it (1437 AH from 14 October 2015);
        # sample 79's row and the corpus's, read as a part of the Gregorian year before
        (
            "لمواكبة قرار الزام المديرية العامة للجوازات خدمة كافة الشركات والمؤسسات وإيصال وثائقهم الرسمية إلى مقر "
            "أعمالهم مع مطلع العام الهجري القادم، وأضاف",
            date(2015, 8, 11),
            ("مطلع العام الهجري القادم", "2015-10-14", "2016-02-09", "point"),
        ),
        (
            "وحذر من أن المواقع غير المرخصة من وزارة الثقافة والإعلام سيتم حجبها تماما اعتبارا من مطلع السنة "
            "الهجرية القادمة 1437هـ.",
            date(2015, 8, 11),
            ("مطلع السنة الهجرية القادمة", "2015-10-14", "2016-02-09", "point"),
        ),
        (
            "يُذكر أن مطار جازان بدأ التشغيل الدولي مطلع العام الهجري الجاري، بتسيير شركة",
            date(2015, 7, 21),
            ("مطلع العام الهجري الجاري", "2014-10-25", "2015-02-19", "point"),
        ),
        (
            "من إجمالي الحالات التي سجلتها وزارة الصحة منذ مطلع العام الهجري الحالي، حيث وصل",
            date(2015, 7, 26),
            ("منذ مطلع العام الهجري الحالي", "2014-10-25", "2015-07-26", "since"),
        ),
    ],
)
def test_parts_of_the_hijri_year_named_by_its_adjective(text, published, expected):
    assert expected in days(text, published)


# (from the round of sample 165)
@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a part of the Gregorian year spelled out, "العام الميلادي", with its modifier, its "new" or its number: that
        # part of the year they name (read as the part of the running year, العام alone, and the number as its whole
        # year; sample 159's row)
        (
            "ويتوقع الانتهاء منه فعلياً واستفادة مزارع الأحساء من هذه المياه في نهاية العام الميلادي المقبل 2016، لافتاً",
            date(2015, 8, 8),
            [
                ("نهاية العام الميلادي المقبل", "2016-09-01", "2016-12-31", "point"),
                ("2016", "2016-09-01", "2016-12-31", "point"),
            ],
        ),
        (
            "لبناء مشروع الطاقة الشمسية بقدرة تقارب ميغا واط واحد، أواخر العام الميلادي 2014، وتم ربط المحطة الشمسية",
            date(2015, 7, 21),
            [("أواخر العام الميلادي 2014", "2014-09-01", "2014-12-31", "point")],
        ),
        (
            "مؤكدة أنها ستبدأ التحضير لهذه الأعمال مطلع العام الميلادي الجديد.وحول مستوى الأغنية العربية",
            date(2015, 8, 4),
            [("مطلع العام الميلادي الجديد", "2016-01-01", "2016-04-30", "point")],
        ),
        # السنة الميلادية: not read
        (
            "ولكن في حال إيجابية نتائج الفحص فإن اللعب فيه سيتزامن مع بداية السنة الميلادية المقبلة.",
            date(2015, 8, 3),
            [("بداية السنة الميلادية المقبلة", "2016-01-01", "2016-04-30", "point")],
        ),
        (
            "وأضاف البلوي: “قبل نهاية السنة الميلادية سيتم الإعلان عن حزمة عقود رعاية أخرى",
            date(2015, 8, 3),
            [("نهاية السنة الميلادية", "2015-09-01", "2015-12-31", "point")],
        ),
    ],
)
def test_parts_of_the_gregorian_year_spelled_out(text, published, expected):
    assert days(text, published) == expected


def test_the_gregorian_year_spelled_out_keeps_the_running_year_and_reads_nothing_alone():
    # the running year's end, as read before (the span now holds the adjective)
    found = days("وان افتتاح المشروع بإذن الله سيكون في نهاية العام الميلادي الحالي، وأن هناك جهودا", date(2015, 8, 7))
    assert [f[1:] for f in found] == [("2015-09-01", "2015-12-31", "point")]
    # no part: the year spelled out alone stays unread ("31/1 من العام الميلادي القادم" is a day of 2016, not its year)
    assert days("وينتهي في يوم 31/1 من العام الميلادي القادم، ويستعد الصيادون لموسم صيد", date(2015, 7, 31)) == []
    # every year's first months: no date
    text = "حيث تحشر معارضها للكتب خلال الأشهر الأربعة الأولى من العام الميلادي، حتى لتتقاطع المواعيد"
    assert days(text, date(2015, 8, 9)) == []
    # the Hijri year's parts stay the Hijri year's
    found = days("يُذكر أن مطار جازان بدأ التشغيل الدولي مطلع العام الهجري الجاري، بتسيير شركة", date(2015, 7, 21))
    assert found == [("مطلع العام الهجري الجاري", "2014-10-25", "2015-02-19", "point")]


# (from the round of sample 130)
@pytest.mark.parametrize(
    "text, published, quote, first, last",
    [
        # a part of a year named relatively, then a Hijri year in apposition: the part is the Hijri year's months, and
        # the year takes the part's days (sample 130: read as January-April 2016 and the whole year 1437)
        ("يذكر أن المديرية العامة للجوازات أعلنت عن بدءها مطلع العام القادم 1437هـ إلزام جميع المواطنين بالتسجيل",
         date(2015, 8, 11), "مطلع العام القادم", "2015-10-14", "2016-02-09"),
        ("يذكر أن المديرية العامة للجوازات أعلنت عن بدءها مطلع العام القادم 1437هـ إلزام جميع المواطنين بالتسجيل",
         date(2015, 8, 11), "1437ه", "2015-10-14", "2016-02-09"),
        # sample 124's row
        ("كما ستبدأ المديرية العامة للجوازات مع بداية العام القادم 1437هـ في إلزام جميع المواطنين بالتسجيل",
         date(2015, 8, 6), "1437ه", "2015-10-14", "2016-02-09"),
        # a half and an end of the year, past (the corpus: read as January-June 2015 and September-December 2014)
        ("يذكر أن قضايا السجناء بلغت أكثر من 11 ألف قضية سجلت خلال النصف الأول من العام الجاري 1436 ه بمختلف المناطق.",
         date(2015, 7, 24), "النصف الأول من العام الجاري", "2014-10-25", "2015-04-19"),
        ("ولفت النظر إلى أن إجمالي المتقاعدين حسب الجنس بنهاية العام الماضي 1435 ه الغالبية العظمى منهم من المتقاعدين",
         date(2015, 7, 24), "بنهاية العام الماضي", "2014-06-28", "2014-10-24"),
    ],
)  # fmt: skip
def test_a_part_of_a_year_named_relatively_before_a_hijri_year_is_the_hijri_years_part(
    text, published, quote, first, last
):
    assert span_of(text, published, quote)[:2] == (first, last)


@pytest.mark.parametrize(
    "text, published, quote, first, last",
    [
        # ... and not: a Gregorian year, a season, a part that would run across the paper's day (the road's opening
        # planned for the end of 1436, Ramadan to Dhu al-Hijja, stays ahead and a target), no Hijri year
        ("في بداية العام الحالي 2015م", date(2015, 7, 21), "بداية العام الحالي", "2015-01-01", "2015-04-30"),
        ("من مشاركتها لصيف هذا العام 1436هـ", date(2015, 7, 21), "لصيف هذا العام", "2015-06-01", "2015-08-31"),
        ("المنفذ الحدودي مع سلطنة عمان، وفتح الحركة المرورية نهاية هذا العام 1436هـ إن شاء الله.", date(2015, 8, 8),
         "نهاية هذا العام", "2015-09-01", "2015-12-31"),
        ("لإصدار ما ستسمى «هافينغتون عربي». يتوقع أن يكون الإصدار في مطلع العام المقبل.", date(2015, 7, 21),
         "مطلع العام المقبل", "2016-01-01", "2016-04-30"),
    ],
)  # fmt: skip
def test_a_part_of_a_year_stays_the_gregorian_years_without_a_hijri_year_or_across_the_papers_day(
    text, published, quote, first, last
):
    assert span_of(text, published, quote)[:2] == (first, last)


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # ... and not: the Gregorian year's parts stay the Gregorian year's, a numbered Hijri year its own
        (
            "لإصدار ما ستسمى «هافينغتون عربي». يتوقع أن يكون الإصدار في مطلع العام المقبل.",
            date(2015, 7, 21),
            ("مطلع العام المقبل", "2016-01-01", "2016-04-30", "point"),
        ),
        (
            "منذ بداية عام 1436هـ",
            date(2015, 7, 24),
            ("منذ بداية عام 1436ه", "2014-10-25", "2015-07-24", "since"),
        ),
    ],
)
def test_parts_of_a_year_without_the_hijri_adjective(text, published, expected):
    assert expected in days(text, published)


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a Hijri month (and day) of a year named relatively with the Hijri year's adjective between: that month of the
        # Hijri year of publication (1436 AH) or of the next (1437 AH); sample 80's row was read as the last 1 Muharram
        # (25 October 2014), the second not read at all
        (
            "لتمثيل صفوف الفريق الكروي الأول مع عميد الأندية السعودية بداية من غرة محرم من العام الهجري القادم.",
            date(2015, 7, 24),
            ("غرة محرم من العام الهجري القادم", "2015-10-14", "2015-10-14", "point"),
        ),
        (
            "يأتي ذلك في وقتٍ أصدرت فيه وزارة العدل في شهر صفر من العام الهجري الحالي توجيهاً للمحاكم",
            date(2015, 8, 7),
            ("شهر صفر من العام الهجري الحالي", "2014-11-23", "2014-12-22", "point"),
        ),
        # ... as without the adjective (the corpus's readings before)
        (
            "ستبدأ في التاسع من شهر ربيع الأول من العام المقبل، وتسعى إدارة الاتحاد",
            date(2015, 8, 10),
            ("التاسع من شهر ربيع الأول من العام المقبل", "2015-12-20", "2015-12-20", "point"),
        ),
    ],
)
def test_a_hijri_month_of_the_hijri_year_named_by_its_adjective(text, published, expected):
    assert expected in days(text, published)


# (from the round of sample 294)
@pytest.mark.parametrize(
    "text, published, quote, first, last",
    [
        # a part of a Hijri year written without its mark after عام: that part's Hijri months, as with the mark (the
        # corpus: read as the whole year, the part lost, or as a part of the running Gregorian year, the year lost);
        # sample 288's row is the first
        ("على هامش فعاليات ملتقى التراث العمراني الأول، الذي أقيم مطلع عام 1433 بجدة .", date(2015, 7, 24),
         "مطلع عام 1433", "2011-11-26", "2012-03-23"),
        ("تم تأسيس لجنة السلامة المرورية بالمنطقة مطلع عام 1430 بمبادرة من شركة أرامكو السعودية", date(2015, 8, 6),
         "مطلع عام 1430", "2008-12-29", "2009-04-25"),
        ("20 ألف مركز صحي وسرير بنهاية العام 1440 بمنطقة مكة", date(2015, 7, 25),
         "بنهاية العام 1440", "2019-05-06", "2019-08-30"),
    ],
)  # fmt: skip
def test_a_part_of_a_hijri_year_without_its_mark_is_that_parts_hijri_months(text, published, quote, first, last):
    assert span_of(text, published, quote)[:2] == (first, last)


def test_a_part_before_two_hijri_years_or_a_gregorian_year_is_not_read_as_a_bare_hijri_years_part():
    # ... and not: the first of two Hijri years (a fiscal year) keeps the pair, a Gregorian year keeps its reading
    found = days("وحتى نهاية عام 1435/ 1436هـ (2014م)، قدّم الصندوق", date(2015, 7, 21))
    assert ("عام 1435/ 1436ه", "2013-11-04", "2015-10-13", "point") in found
    assert days("منذ مطلع عام 2014", date(2015, 7, 21))[0][:3] == ("منذ مطلع عام 2014", "2014-01-01", "2015-07-21")
    assert days("في منتصف عام 1500م", date(2015, 7, 21))[0][:3] == ("عام 1500م", "1500-01-01", "1500-12-31")


def test_the_hijri_year_without_a_part_is_not_read_as_the_gregorian_year():
    # "خلال الشهور التسعة من العام الهجري الحالي" (a count over the Hijri year so far): no Gregorian year read
    assert days("سجلت وزارة العدل خلال الشهور التسعة من العام الهجري الحالي نحو 13092 قضية", date(2015, 7, 27)) == []


@pytest.mark.parametrize(
    "text",
    [
        "خلال شهر رمضان الماضي",  # hijrirel: the Hijri year of the publication day
        "يقام الحفل في 24 شوال الجاري",
        "يوم الأحد الموافق 8 ذي القعدة",  # the year in which that day is a Sunday
        "حتى الثلاثين من الشهر الحالي بعد عيد الفطر",  # a day of the current Hijri month
        "في عيد الفطر المقبل",
    ],
)
def test_hijri_words_resolve_against_a_publication_day_outside_umm_al_qura(text):
    """Umm al-Qura's table ends in 2077: a day past it (2100-01-01 was reached while importing
    SaudiNewsNet 2015-07-21) made the import of the whole file fail with OverflowError."""
    for published in (date(2100, 1, 1), date(1900, 6, 1)):
        for mention in find_dates(text, published):
            assert mention.date_start is None or mention.date_start.year in range(1898, 2102)


def test_a_gregorian_day_outside_umm_al_qura_is_a_tabular_hijri_day():
    from analysis.extract.dates.calendar import gregorian_to_hijri, hijri_to_gregorian

    assert gregorian_to_hijri(date(2015, 7, 31)) == (1436, 10, 15)  # Umm al-Qura: 15 Shawwal 1436
    for day in (date(2100, 1, 1), date(1900, 6, 1), date(1924, 7, 31)):
        year, month, hday = gregorian_to_hijri(day)
        assert hijri_to_gregorian(year, month, hday) == day  # outside the table both ways are tabular


# (from the rounds of samples 27-48)
def test_this_holy_month_is_ramadan():
    # sample 42 (written in Shawwal): "the last ten days of this holy month" are Ramadan 1436's, not July's (since the
    # round of sample 64 read whole: its days 21-29)
    text = "نحن دخلنا في شهر رمضان ومن ثم العشر الأواخر من هذا الشهر الفضيل، والوقت كان ضيقا جداً"
    assert span_of(text, date(2015, 7, 23), "العشر الأواخر من هذا الشهر") == ("2015-07-08", "2015-07-16", "reported")
    assert span_of("في هذا الشهر الفضيل", date(2015, 7, 23), "هذا الشهر") == ("2015-06-18", "2015-07-16", "reported")
    # a seed-114 sentence of August: its end is Ramadan's last days
    text = "وسأعمل بعد نهاية هذا الشهر الفضيل على أن أتابع تلك المسلسلات بهدوء"
    assert span_of(text, date(2015, 8, 2), "نهاية هذا الشهر")[:2] == ("2015-07-08", "2015-07-16")
    # ... in Ramadan it is the running one
    assert span_of("في هذا الشهر الكريم", date(2015, 6, 25), "هذا الشهر")[:2] == ("2015-06-18", "2015-07-16")
    # ... but "this month" alone, and with another adjective, is the calendar month
    text = "ارتفعت المبيعات هذا الشهر بنسبة 5 في المائة"
    assert span_of(text, date(2015, 8, 3), "هذا الشهر")[:2] == ("2015-08-01", "2015-08-31")
    assert span_of("نهاية الشهر الجاري", date(2015, 2, 3), "نهاية الشهر الجاري")[:2] == ("2015-02-21", "2015-02-28")


def test_a_part_of_the_holy_month_is_ramadans():
    # sample 58 (a stale text of Ramadan in a Shawwal paper): "since the start of the holy month" is since 1 Ramadan
    text = "حيث بلغ إجمالي المقبوض عليهم منذ مطلع الشهر الكريم وحتى مساء الأمس (2532) حالة من مختلف الجنسيات"
    assert span_of(text, date(2015, 7, 22), "منذ مطلع الشهر")[:2] == ("2015-06-18", "2015-07-22")
    # the corpus's: Ramadan's end, middle and start, not July's
    text = "الإرهابي الفاشلة التي استهدفت سجن الحائر في اللحظات الحاسمة والفاصلة بين إعلان نهاية الشهر الكريم"
    assert span_of(text, date(2015, 7, 31), "نهاية الشهر")[:2] == ("2015-07-08", "2015-07-16")
    text = "إذ تُغلق الحجوزات من منتصف الشهر الكريم."
    assert span_of(text, date(2015, 7, 22), "منتصف الشهر")[:2] == ("2015-06-28", "2015-07-07")
    text = "رغم اختلافهم في بداية الشهر الكريم على إحدى حلقات مسلسل (سلفي)"
    assert span_of(text, date(2015, 7, 24), "بداية الشهر")[:2] == ("2015-06-18", "2015-06-27")
    # ... but a part of "the month" alone is the calendar month's
    text = "ومن المنتظر أن يتم الإعلان عن النتائج نهاية الشهر"
    assert span_of(text, date(2015, 7, 22), "نهاية الشهر")[:2] == ("2015-07-21", "2015-07-31")


# (from the round of sample 49)
@pytest.mark.parametrize(
    "text, published, quote, start, end",
    [
        # a Hijri month and its year joined by لعام، من عام، للعام (samples 46, 47 and 49: read as the year alone)
        ("مقارنة مع 15.4 مليار ريال لشهر رمضان من عام 1435هـ الماضي.", date(2015, 8, 9), "رمضان من عام 1435ه",
         "2014-06-28", "2014-07-27"),
        ("وكانت المملكة من أوائل الدول التي وقعت على معاهدة مكافحة الإرهاب بمنظمة المؤتمر الإسلامي في صفر لعام 1421هـ "
         "الموافق لشهر مايو من عام 2000م.", date(2015, 8, 8), "صفر لعام 1421ه", "2000-05-05", "2000-06-02"),
        ("وتوجت مساعيها باستضافة المؤتمر الدولي لمكافحة الإرهاب في مدينة الرياض في 25 ذي الحجة من عام 1425هـ الموافق "
         "للخامس من فبراير لعام 2005م", date(2015, 8, 8), "25 ذي الحجة من عام 1425ه", "2005-02-05", "2005-02-05"),
        ("خلال شهر ذي الحجة للعام 1435 هـ", date(2015, 8, 8), "شهر ذي الحجة للعام 1435 ه", "2014-09-25", "2014-10-24"),
        # a numeric day with a space on one side of each slash, or around each hyphen (sample 49: the year alone)
        ("يبدأ اعتباراً من يوم الســــبت 7/11/1436هـ الموافق 22/ 8/ 2015م وحتى يوم الإثنين 1/12/1436هـ الموافق "
         "14/ 9/ 2015 ولمدة 21 يوماً", date(2015, 8, 6), "14/ 9/ 2015", "2015-09-14", "2015-09-14"),
        ("وقد كان موعد التركيب 17/ 7/ 2015 وإلى الآن لم يتم التجاوب", date(2015, 8, 2), "17/ 7/ 2015",
         "2015-07-17", "2015-07-17"),
        ("بنهاية تداول يوم 13 /08 /2015م ,مشيرة إلى أن التوزيع سيتم بالتحويل", date(2015, 8, 4), "13 /08 /2015م",
         "2015-08-13", "2015-08-13"),
        ("هذا البيان، الذي وقعه في 15 - 3 - 2003 م اثنان وثلاثون داعية", date(2015, 8, 9), "15 - 3 - 2003 م",
         "2003-03-15", "2003-03-15"),
    ],
)  # fmt: skip
def test_a_hijri_month_with_its_year_and_spaced_numeric_days(text, published, quote, start, end):
    found = [
        (m.date_start.isoformat(), m.date_end.isoformat()) for m in find_dates(text, published) if m.date_text == quote
    ]
    assert found == [(start, end)], find_dates(text, published)


def test_a_year_in_the_hijri_year_word_is_not_taken_from_another_number():
    # ... the month and a count after من عام are not joined: "رمضان من عام 2015" has no Hijri year
    assert [m.date_text for m in find_dates("في رمضان من عام 2015م", date(2015, 8, 9))] == ["عام 2015م"]


# (from the round of sample 51)
@pytest.mark.parametrize(
    "text, published, quote, first, last",
    [
        # a relative year with a Hijri year in apposition is that Hijri year (the round of sample 57; sample 53's)
        ("وشملت الفحوصات المخبرية التي نفذها القسم خلال العام الماضي 1435هـ، علم الجراثيم وبلغ عدد الفحوصات الخاصة بها "
         "823 فحصا", date(2015, 8, 4), "العام الماضي", date(2013, 11, 4), date(2014, 10, 24)),
        # ... a Gregorian year in apposition keeps the Gregorian year
        ("وارتفعت الأسعار خلال العام الماضي 2014 بنسبة 3 في المائة", date(2015, 8, 4), "العام الماضي",
         date(2014, 1, 1), date(2014, 12, 31)),
    ],
)  # fmt: skip
def test_a_relative_year_with_a_hijri_year_in_apposition_is_the_hijri_year(text, published, quote, first, last):
    assert (quote, first, last) in [(m.date_text, m.date_start, m.date_end) for m in find_dates(text, published)]


# (from the round of sample 103)
@pytest.mark.parametrize(
    "text, published, quote, first, last",
    [
        # a bare Hijri year (no هـ) in apposition is that Hijri year too (sample 103: read as 2014)
        ("ثم توالت العروض المسرحية حتى العام الماضي 1435 لتشمل كلاً من الشعراء طرفة بن العبد", date(2015, 8, 10),
         "العام الماضي", date(2013, 11, 4), date(2014, 10, 24)),
        ('وأوضح أن السعودية سجلت نحو 102757 عقد نكاح خلال العام الماضي 1435". دعونا نأخذ الإحصائية', date(2015, 7, 24),
         "العام الماضي", date(2013, 11, 4), date(2014, 10, 24)),
        ("أن جدة تعلن عن نفسها لتكون ابتداء من العام المقبل 1437 مدينة المهرجانات والفعاليات طوال العام",
         date(2015, 7, 21), "العام المقبل", date(2015, 10, 14), date(2016, 10, 1)),
        ("وبحسب اللائحة المعدلة في العام الحالي 1436، اشترطت موافقة مديرية الشؤون الصحية", date(2015, 7, 31),
         "العام الحالي", date(2014, 10, 25), date(2015, 10, 13)),
    ],
)  # fmt: skip
def test_a_relative_year_with_a_bare_hijri_year_in_apposition_is_the_hijri_year(text, published, quote, first, last):
    assert (quote, first, last) in [(m.date_text, m.date_start, m.date_end) for m in find_dates(text, published)]


# (from the round of sample 172)
@pytest.mark.parametrize(
    "text, published, quote, first, last",
    [
        # a relative year with a Hijri year in apposition whose mark is spelled out (هجري, هجرية) is that Hijri year
        # too, as with هـ (samples 112 and 165: a mother's death on 29 Ramadan 1436, read as the Gregorian 2015)
        ("وقد أكرمها الله عز وجل أن جعل وفاتها مع تمام شهر الصوم والقيام في يوم الخميس التاسع والعشرين من هذا العام "
         "1436 هجري.", date(2015, 7, 27), "هذا العام", date(2014, 10, 25), date(2015, 10, 13)),
    ],
)  # fmt: skip
def test_a_relative_year_with_a_hijri_year_spelled_out_in_apposition_is_the_hijri_year(
    text, published, quote, first, last
):
    assert (quote, first, last) in [(m.date_text, m.date_start, m.date_end) for m in find_dates(text, published)]


@pytest.mark.parametrize(
    "text, published, quote, first, last",
    [
        # ... a Hijri year spelled out with no relative year before it is read as before, that Hijri year alone
        ('وقد كتب على لوحتها التذكارية الكبيرة التي تتوسط المجمع: "هذا المشروع افتتحه الملك خالد بن عبدالعزيز رحمه الله '
         'في العام 1399 هجرية".', date(2015, 8, 1), "العام 1399 هجرية", date(1978, 12, 1), date(1979, 11, 19)),
        # ... and a Gregorian year after a relative year keeps the Gregorian year
        ("وارتفعت الأسعار خلال العام الماضي 2014 بنسبة 3 في المائة", date(2015, 8, 4), "العام الماضي",
         date(2014, 1, 1), date(2014, 12, 31)),
    ],
)  # fmt: skip
def test_a_hijri_year_spelled_out_alone_and_a_gregorian_year_in_apposition_are_read_as_before(
    text, published, quote, first, last
):
    assert (quote, first, last) in [(m.date_text, m.date_start, m.date_end) for m in find_dates(text, published)]


@pytest.mark.parametrize(
    "text, published",
    [
        # ... a Gregorian year, a two-year span of Hijri years and a number of another kind leave the Gregorian year
        ("وارتفعت المبيعات خلال العام الماضي 2014 بنسبة 3 في المائة", date(2015, 8, 4)),
        ("حيث تم استلام 26 مشروعاً تدريبياً العام الماضي 1435 /1436هـ التي تم تنفيذها", date(2015, 7, 26)),
        ("وبلغ عدد الزوار في العام الماضي 1.435 مليون زائر", date(2015, 8, 4)),
    ],
)  # fmt: skip
def test_a_relative_year_before_another_number_stays_the_gregorian_year(text, published):
    assert ("العام الماضي", date(2014, 1, 1), date(2014, 12, 31)) in [
        (m.date_text, m.date_start, m.date_end) for m in find_dates(text, published)
    ]


# (from the round of sample 63)
@pytest.mark.parametrize(
    "text, published, quote, start, end",
    [
        # the round over samples 38-61: a Hijri month with a year named relatively is that month of the Hijri year of
        # publication or one next to it (sample 52: Safar 1436, read as the year 2015; sample 44: Ramadan 1437)
        ("وحول مستويات أسعار الأراضي أستشهد التقرير بمتوسط سعر المتر في شهر صفر من هذا العام في حي الزاهر",
         date(2015, 7, 24), "شهر صفر من هذا العام", "2014-11-23", "2014-12-22"),
        ("وستكون التصفيات النهائية والحفل الختامي في شهر رمضان للعام المقبل -بإذن الله-", date(2015, 8, 9),
         "شهر رمضان للعام المقبل", "2016-06-06", "2016-07-05"),
        ("مقارنة مع 48.3 مليار ريال خلال شهر رمضان المبارك من العام الماضي وبمعدل نمو بلغ 15 في المائة",
         date(2015, 8, 9), "شهر رمضان المبارك من العام الماضي", "2014-06-28", "2014-07-27"),
    ],
)  # fmt: skip
def test_a_hijri_month_with_a_relative_year(text, published, quote, start, end):
    assert _read(text, published, quote) == [(start, end)], find_dates(text, published)


def test_a_bare_hijri_month_is_still_no_date():
    # against: "في شهر رمضان" with no year word stays unread (a habit as often as the last Ramadan)
    assert [m.date_text for m in find_dates("برامج المقالب الأكثر مشاهدة في شهر رمضان", date(2015, 8, 9))] == []


# (from the round of sample 115)
@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a Hijri month with its year named relatively and the Hijri year after it is that month, the Hijri year in
        # apposition given its days: the month was dropped and the two years read as the whole year (sample 115's toll
        # of Ramadan, sample 74's card payments, sample 52's Safar)
        ("الإحصائية الإسعافية التي باشرتها الفرق الإسعافية خلال شهر رمضان من العام الحالي 1436هـ ، أسفرت عن 8 حالات وفاة",
         date(2015, 7, 24), [("شهر رمضان من العام الحالي 1436ه", "2015-06-18", "2015-07-16", "point")]),
        ("أن قيمة إجمالي صفقات شهر صفر من هذا العام 1436 هــ للعقار السكني على مستوى مكة المكرمة شهدت ارتفاعاً",
         date(2015, 7, 24), [("شهر صفر من هذا العام", "2014-11-23", "2014-12-22", "point"),
                             ("1436 ه", "2014-11-23", "2014-12-22", "point")]),
        ("تنظيم مؤتمر عن «ضوابط استخدام شبكات التواصل الاجتماعي في الإسلام» وذلك خلال شهر صفر من العام القادم 1437هـ.",
         date(2015, 7, 31), [("شهر صفر من العام القادم 1437ه", "2015-11-13", "2015-12-11", "point")]),
        # ... with the article after ل (للعام), whose year was read alone: as 2012 in one paper
        ("وبنمو نسبته 16% مقارنة مع شهر رمضان للعام السابق 1435هـ الذي سجلت فيه", date(2015, 8, 9),
         [("شهر رمضان للعام السابق", "2014-06-28", "2014-07-27", "point"),
          ("1435ه", "2014-06-28", "2014-07-27", "point")]),
        # ... and its same period a year back is that month a Hijri year back, not the month's days a Gregorian year
        # back (18 June - 16 July 2014)
        ("خلال شهر رمضان المبارك المنصرم نموا بنسبة 20.5 في المائة في حجم العمليات التي بلغت 99.5 مليون عملية مقارنة مع "
         "82.9 مليون عملية للفترة ذاتها من العام الماضي", date(2015, 8, 9),
         [("شهر رمضان المبارك المنصرم", "2015-06-18", "2015-07-16", "point"),
          ("العام الماضي", "2014-06-28", "2014-07-27", "point")]),
    ],
)  # fmt: skip
def test_a_hijri_month_with_a_relative_year_and_the_hijri_year_after_it(text, published, expected):
    assert days(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # against: a Hijri year right after the month is the month's own year, as before
        ("وفاة ثمان حالات وإصابة 133 حالة خلال شهر رمضان المبارك لعام 1436هـ أثر حوادث سير", date(2015, 7, 24),
         [("شهر رمضان المبارك لعام 1436ه", "2015-06-18", "2015-07-16", "point")]),
        # ... the start of the running year before a Hijri year is no month's: since the round of sample 130 it is the
        # Hijri year's start, the part and the year alike (it was the Gregorian part and the whole Hijri year)
        ("مع بداية العام الحالي 1436هـ", date(2015, 8, 9),
         [("بداية العام الحالي", "2014-10-25", "2015-02-19", "point"), ("1436ه", "2014-10-25", "2015-02-19", "point")]),
        # ... and a Gregorian month's same period is moved by the Gregorian year
        ("ارتفعت المبيعات خلال شهر يونيو الماضي مقارنة بالفترة نفسها من العام الماضي", date(2015, 8, 9),
         [("شهر يونيو الماضي", "2015-06-01", "2015-06-30", "point"), ("العام الماضي", "2014-06-01", "2014-06-30", "point")]),
    ],
)  # fmt: skip
def test_other_months_and_parts_before_a_year_keep_their_reading(text, published, expected):
    assert days(text, published) == expected


# (from the rounds of samples 66 and 68)
def test_a_hijri_month_of_a_relative_year_without_a_part_stays_the_month():
    # against: no part word, the whole month (as before); a part of a bare Hijri month stays no date
    found = [
        (m.date_text, str(m.date_start), str(m.date_end))
        for m in find_dates("في شهر صفر من هذا العام", date(2015, 8, 3))
    ]
    assert found == [("شهر صفر من هذا العام", "2014-11-23", "2014-12-22")]
    assert find_dates("في منتصف شهر رمضان", date(2015, 8, 3)) == []


# (from the days round over samples 38-77)
@pytest.mark.parametrize(
    "text, published, date_text, start, end",
    [
        # sample 90: a Hijri month with its epithet (المبارك, الكريم ...) before its year is that month of that year;
        # only the year was read (the Ramadan funerals of al-Rass, read as the whole year 1436)
        ("شيعت محافظة الرس في شهر رمضان المبارك لعام 1436 هجري «56» جنازة في جامع الشايع", "2015-07-31",
         "شهر رمضان المبارك لعام 1436 هجري", "2015-06-18", "2015-07-16"),
        ("وفاة ثمان حالات وإصابة 133 حالة خلال شهر رمضان المبارك لعام 1436هـ أثر حوادث سير بالحدود الشمالية",
         "2015-07-24", "شهر رمضان المبارك لعام 1436ه", "2015-06-18", "2015-07-16"),
        ("تم بث ترجمة معاني القرآن الكريم في ليالي شهر رمضان المبارك 1436هـ عبر الشبكة القصيرة FM", "2015-08-06",
         "شهر رمضان المبارك 1436ه", "2015-06-18", "2015-07-16"),
        ("ضمن مشروع النقل العام الذي صدرت به موافقة مجلس الوزراء في شهر رمضان المبارك من عام 1433هـ، وسيتم تنفيذه",
         "2015-07-25", "شهر رمضان المبارك من عام 1433ه", "2012-07-20", "2012-08-18"),
        # with a day: the day of that month (read as the last 22 Ramadan, 2015, and the year 1393 apart)
        ("موافقًا ليوم فارق في مسيرة والده الراحل العظيم الفيصل (الثاني والعشرين من رمضان المبارك عام 1393هـ) عندما"
         " أمر الفيصل بعدم تصدير النفط", "2015-07-21", "الثاني والعشرين من رمضان المبارك عام 1393ه", "1973-10-18",
         "1973-10-18"),
        # with a part: the part of that month
        ("وصل قرابة ستة ملايين معتمر إلى المملكة خلال موسم العمرة وحتى نهاية شهر رمضان المبارك 1436هـ.", "2015-08-03",
         "نهاية شهر رمضان المبارك 1436ه", "2015-07-08", "2015-07-16"),
    ],
)  # fmt: skip
def test_a_hijri_month_with_its_epithet_before_its_year(text, published, date_text, start, end):
    found = [m for m in find_dates(text, d(published)) if m.date_text == date_text]
    assert [(str(m.date_start), str(m.date_end)) for m in found] == [(start, end)], find_dates(text, d(published))


def test_a_count_after_a_hijri_month_with_its_epithet_is_no_year():
    # against: a number after the epithet with neither a year word nor the Hijri mark is a count, not the year
    # ("تلقت خلال شهر رمضان المبارك 1550 بلاغا": 1550 reports, not Ramadan 1550)
    text = "وأوضح أن غرفة العمليات تلقت خلال شهر رمضان المبارك 1550 بلاغا، مبينا أن الفرق الإسعافية قدمت الخدمة"
    assert [m.date_text for m in find_dates(text, date(2015, 7, 24))] == []


# (from the round of sample 199) a day number glued to the word before it, with no space: a place (the agency's
# dateline), a weekday, a preposition or "the corresponding": read as the day, as with the space (the month, the
# year or nothing was read)
@pytest.mark.parametrize(
    "text, published, quote, start, end",
    [
        # sample 196's dateline, read as the whole month of Shawwal
        ("الدمام25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس", "2015-08-10", "25 شوال 1436 ه", "2015-08-10",
         "2015-08-10"),
        # a weekday glued to a numeric Hijri day: read as the Hijri year alone
        ("ينظم المكتب التعاوني للدعوة والإرشاد «ملتقى ربوة الرياض السابع» ضمن فعاليات صيف أمانة منطقة الرياض من"
         " الأربعاء27/10/1436هـ لمدة عشرة أيام.", "2015-08-10", "27/10/1436ه", "2015-08-12", "2015-08-12"),
        ("في فترة تبدأ من يوم الأحد 17-10-1436هـ وتنتهي الأربعاء20-10-1436هـ، وذلك ضمن الشروط الآتية", "2015-07-31",
         "20-10-1436ه", "2015-08-05", "2015-08-05"),
        # a day in 1383 AH after a glued Thursday: nothing was read
        ("اما في يوم الخميس17/4/1383 فقد كانت قبائل المنطقة الغربية بكاملها على موعد مع حدث فريد", "2015-07-25",
         "17/4/1383", "1963-09-05", "1963-09-05"),
        # a preposition, "the corresponding", a date word glued to the day
        ("حلت في27 يوليو ذكرى وفاة الفنان الكبير يوسف شاهين", "2015-08-06", "27 يوليو", "2015-07-27", "2015-07-27"),
        ("والذي حدد مختصون باكورة الصرام فالاحساء تبدأ شهر أغسطس 15/8/2015م الموافق30 شوال، وتوقع خبراء", "2015-08-01",
         "30 شوال", "2015-08-15", "2015-08-15"),
        ("في الجلسة الأولى للدروة الثالثة للمجلس بتاريخ16/10/1436هـ الموافق 1/8/2015م", "2015-08-02", "16/10/1436ه",
         "2015-08-01", "2015-08-01"),
        # a range whose first day is glued to من: read as the year 1436
        ("وأوضح التقرير الإحصائي عن نشاط الشورى وإنجازاته من3 /3 /1436هـ وحتى 28 /8 /1436 هـ، أن المجلس رفع قراراته",
         "2015-07-26", "من3 /3 /1436هـ وحتى 28 /8 /1436 ه", "2014-12-25", "2015-06-15"),
    ],
)  # fmt: skip
def test_a_day_number_glued_to_the_word_before_it(text, published, quote, start, end):
    found = [m for m in find_dates(text, d(published)) if m.date_text == quote]
    assert [(str(m.date_start), str(m.date_end)) for m in found] == [(start, end)], find_dates(text, d(published))


def test_a_number_glued_to_the_article_is_left_to_the_article_forms():
    # against: after the article (ال12) the glued number is the article's form, read with من only; "بين الخامس وال13
    # اكتوبر 2015" stays the month it was (a start at 13 read the 13th alone, where the text names a range)
    text = "وبذلك تم فرز القرعة لتتنافس المنتخبات ذهابا وإيابا بين الخامس وال13 اكتوبر 2015."
    assert [m.date_text for m in find_dates(text, date(2015, 7, 26))] == ["اكتوبر 2015"]
    # nor a longer number glued to a word before a month: a count, not a day
    assert [m.date_text for m in find_dates("وصل عدد الزوار125 يوليو الماضي", date(2015, 8, 6))] == ["يوليو الماضي"]


# --- a Hijri month by its number (the round of sample 207) ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "quote", "start", "end"),
    [
        # the Shura report of five papers: the two months were read as the year 1436 twice
        ("صدرت بناء على قرارات مجلس الشورى (خلال الفترة من 3 / 1436 هـ إلى 8 / 1436 هـ)، أبرزها الموافقة على نظام",
         "2015-07-25", "من 3 / 1436 هـ إلى 8 / 1436 ه", "2014-12-23", "2015-06-17"),
        ("صدرت بناء على قرارات مجلس الشورى خلال الفترة من 3 /1436 هـ إلى 8 /1436 هـ)، أبرزها الموافقة على نظام",
         "2015-07-26", "من 3 /1436 هـ إلى 8 /1436 ه", "2014-12-23", "2015-06-17"),
        ("صدرت بناء على قرارات مجلس الشورى (خلال الفترة من 3/1436 هـ إلى 8/1436 هـ)، أبرزها الموافقة على نظام",
         "2015-07-26", "من 3/1436 هـ إلى 8/1436 ه", "2014-12-23", "2015-06-17"),
    ],
)  # fmt: skip
def test_a_hijri_month_by_its_number(text, published, quote, start, end):
    found = [m for m in find_dates(text, d(published)) if m.date_text == quote]
    assert [(str(m.date_start), str(m.date_end)) for m in found] == [(start, end)], find_dates(text, d(published))


def test_a_hijri_month_number_is_no_day_date_tail_nor_a_season():
    # against: the end of a day's Hijri date stays that day ("بتاريخ 27 / 8 / 1412هـ", a royal order in the corpus)
    text = "الصادر بالأمر الملكي رقم ( أ / 90 ) بتاريخ 27 / 8 / 1412هـ."
    assert [(m.date_text, str(m.date_start)) for m in find_dates(text, date(2015, 7, 21))] == [
        ("27 / 8 / 1412ه", "1992-03-01")
    ]
    # nor does a short season's first year (36/1437هـ) become a month: 36 is no month
    text = "ودوري أندية الدرجة الأولى للمحترفين للموسم الرياضي 36/1437هـ، للمشاركة في معسكر الحكام"
    assert [m.date_text for m in find_dates(text, date(2015, 7, 26))] == ["1437ه"]
