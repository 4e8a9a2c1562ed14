"""Date expressions read from the publication day: today, yesterday, tomorrow and weekdays; a bare day, weekday
or month in the tense of its clause; this, next, last and counted periods; the day a text says it was written.

Every example is a phrase from a seed article (seeds/*.txt) or from the SaudiNewsNet corpus (mid-2015 Saudi papers):
the random samples and the judged files of dev/dates/, each section saying which round it came from.
"""

from __future__ import annotations

from datetime import date

import pytest
from date_reading import D015, D_TUE, d, days, span_of
from date_reading import spans_of as _read

from analysis.extract.dates import find_dates

# --- today, yesterday, tomorrow and weekdays ------------------------------------------------------------------------


# (from issue 11)
def test_a_weekday_before_the_date_it_names_is_one_expression_with_that_date():
    # 8 Dhu al-Qa'dah falls on a Sunday in 1436 (23 August 2015), not in 1435
    (m,) = find_dates("يبدأ العام الدراسي يوم الأحد الموافق ٨ ذي القعدة", date(2015, 7, 21))
    assert (m.date_text, str(m.date_start)) == ("يوم الأحد الموافق ٨ ذي القعدة", "2015-08-23")
    (m,) = find_dates("الاثنين 1-12-1436هـ", D_TUE)
    assert str(m.date_start) == "2015-09-14"


def test_a_weekday_after_its_institution_keeps_its_proclitic_apart():
    assert days("في الخطب ومنابر الجمعة", date(2015, 7, 23)) == []


# (from the sixth random sample (nondates_judged_6.jsonl))
@pytest.mark.parametrize(
    "text, published, expected",
    [
        # غد without its alif: tomorrow with a weekday or after مساء/صباح/يوم
        ("تحتفل جمعية الثقافة والفنون بالرياض بعيد الفطر المبارك مساء غد الاثنين بمقر الجمعية",
         date(2015, 7, 26), ("غد الاثنين", "2015-07-27", "2015-07-27", "point")),
        ("تستضيف غرفة نجران صباح غد لقاءً وظيفياً", date(2015, 8, 2), ("غد", "2015-08-03", "2015-08-03", "point")),
        ("يختتم مهرجان العسل الدولي الثامن بمنطقة الباحة يوم غدٍ فعالياته", date(2015, 8, 10),
         ("غدٍ", "2015-08-11", "2015-08-11", "point")),
        # a weekday tied to the date it names by الموافق/يوافق/بتاريخ: the written date gives the day
        ("وقد اكتملت عملية انتقال جميع قطاعاتها، منذ يوم الأحد 18/9/1436ه الموافق 5/7/2015.", date(2015, 7, 31),
         ("منذ يوم الأحد 18/9/1436ه", "2015-07-05", "2015-07-31", "since")),
        ("خططوا لاستهداف الملكة إليزابيث وبالتحديد يوم السبت الذي يوافق تاريخ 15 أغسطس (آب)", date(2015, 8, 10),
         ("يوم السبت الذي يوافق تاريخ 15 أغسطس (آب)", "2015-08-15", "2015-08-15", "point")),
        ("وانتهت هذه المرحلة بنهاية تداول يوم الأربعاء، بتاريخ 28 رمضان 1436ه.", date(2015, 7, 26),
         ("يوم الأربعاء، بتاريخ 28 رمضان 1436ه", "2015-07-15", "2015-07-15", "point")),
        # a numeric date that ends its sentence
        ("تهدف الاتفاقية ... يوم الأربعاء 13/10/1436هـ الموافق 29/7/2015. تهدف هذه الاتفاقية", date(2015, 8, 1),
         ("29/7/2015", "2015-07-29", "2015-07-29", "point")),
        # a present-tense verb of a schedule: the coming weekday, the next month unless it began lately
        ("فيما يقام حفل السباق الـ 8 على كأس وزارة النقل يوم السبت ويتكون من سبعة أشواط", date(2015, 8, 11),
         ("يوم السبت", "2015-08-15", "2015-08-15", "point")),
        ("فشل تشلسي الذي يبدأ حملته في الدوري السبت على ارضه ضد سوانسي سيتي", date(2015, 8, 3),
         ("السبت", "2015-08-08", "2015-08-08", "point")),
        ("تستضيف دولة الكويت الملتقى الخليجي الأول للمتداولين في الثامن من كانون الأول (ديسمبر)", date(2015, 7, 26),
         ("الثامن من كانون الأول (ديسمبر)", "2015-12-08", "2015-12-08", "point")),
        ("والذي يقام هذا العام في الفترة من 23 يوليو وحتى 5 سبتمبر.", date(2015, 8, 1),
         ("من 23 يوليو وحتى 5 سبتمبر", "2015-07-23", "2015-09-05", "range")),
        # a deadline word: the next such month
        ("صرح مندوب ثان بأنه ليس ثمة احتمال لعقد اجتماع قبل أوائل كانون الأول (ديسمبر).", date(2015, 8, 11),
         ("أوائل كانون الأول (ديسمبر)", "2015-12-01", "2015-12-10", "point")),
        ("إذ تخطط الشركة لطرحها بالولايات المتحدة وكندا أولا بحلول ديسمبر", date(2015, 7, 31),
         ("ديسمبر", "2015-12-01", "2015-12-31", "point")),
        # a year after عام: Hijri only when it is near the paper's Hijri year, Gregorian with م
        ("منذ عام 1534، وقعت جزر مومباي تحت سيطرة البرتغاليين", date(2015, 7, 21),
         ("منذ عام 1534", "1534-01-01", "2015-07-21", "since")),
        ("وتم تطوير الكحول ليدخل في الصناعات العطرية عام 1450م.", date(2015, 7, 21),
         ("عام 1450م", "1450-01-01", "1450-12-31", "point")),
        ("أعلنت جامعة أم القرى بدء التقديم لبرنامج الانتساب للعام الجامعي 1436/1437هـ عبر بوابة القبول", D015,
         ("1436/1437ه", "2014-10-25", "2016-10-01", "point")),
        ("إجراء المقابلات الشخصية للمرشحين للوظائف التعليمية للعام 1436 / 1437 هـ, بعد أن أنهت", D015,
         ("للعام 1436 / 1437 ه", "2014-10-25", "2016-10-01", "point")),
    ],
)  # fmt: skip
def test_the_day_a_weekday_a_schedule_a_deadline_or_a_year_gives(text, published, expected):
    assert expected in days(text, published)


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # and what stays as it was: a past narrative, a past marker, a Hijri year, a fact in the past
        ("وكان من المفترض أن تبدأ جولة ثانية من محادثات السلام في باكستان الجمعة، إلا أن إسلام اباد أرجأتها",
         date(2015, 8, 1), ("الجمعة", "2015-07-31", "2015-07-31", "point")),
        ("واستجابت لطلب المنظمة في 18 آذار (مارس) بتقديم المعلومات قبل 20 نيسان (أبريل).", date(2015, 7, 24),
         ("20 نيسان (أبريل)", "2015-04-20", "2015-04-20", "point")),
        ("ويبدأ تلقي الطلبات من 1 يوليو وينتهي في 31 أكتوبر 2015", date(2015, 8, 1),
         ("1 يوليو", "2015-07-01", "2015-07-01", "point")),
        ("تأسست الجمعية عام 1400 في الرياض", D015, ("عام 1400", "1979-11-20", "1980-11-08", "point")),
        ("التقى الرئيسان يوم السبت في موسكو", date(2015, 8, 11), ("يوم السبت", "2015-08-08", "2015-08-08", "point")),
        # a present verb after لو is a hypothesis, not a schedule (seventh random sample)
        ("ماذا لو ينتهي الأمر باستفتاء يوم الأحد المكلف", date(2015, 7, 21),
         ("يوم الأحد", "2015-07-19", "2015-07-19", "point")),
        # a numeric date with spaces around its slashes (seventh random sample)
        ("بنهاية تداول يوم الخميس 5 / 11 / 1436 هـ الموافق 20 / 8 / 2015م.", date(2015, 7, 26),
         ("20 / 8 / 2015م", "2015-08-20", "2015-08-20", "point")),
        ("تم الاتفاق معه قبل يوم", D015, ("قبل يوم", "2015-07-21", "2015-07-21", "point")),
    ],
)  # fmt: skip
def test_past_and_hijri_readings_stay(text, published, expected):
    assert expected in days(text, published)


# (from the round of sample 26 and the 3,000 articles of seed 100)
@pytest.mark.parametrize(
    "text, published, expected",
    [
        # "this Thursday" (sample 87): this week's, on or after publication, whatever the verb's tense (a Tuesday
        # paper whose article has "صباح اليوم الثلاثاء"; a Sunday paper)
        ("يصل المهاجم الأورغوياني «رودريغو مورا» هذا الخميس إلى النمسا للالتحاق بمعسكر فريق النصر الكروي",
         date(2015, 8, 4), ("الخميس", "2015-08-06", "2015-08-06", "point")),
        ("تغادر ظهر اليوم الأحد على متن طائرة خاصة إلى العاصمة الإنجليزية لندن بعثة فريق النصر الكروي لملاقاة نظيره "
         "الهلال هذا الأربعاء على كأس السوبر", date(2015, 8, 9), ("الأربعاء", "2015-08-12", "2015-08-12", "point")),
        ("قبل أن يلتقي بغريمه الهلال هذا الأربعاء على كأس السوبر.", date(2015, 8, 8),
         ("الأربعاء", "2015-08-12", "2015-08-12", "point")),
        # ... not "هذا اليوم" before a weekday: the text's own day (the Friday paper's "ظهيرة هذا اليوم الخميس")
        ("بأن فرق الدفاع المدني بمدينة نجران باشرت ظهر هذا اليوم الخميس موقعاً تعرض لسقوط مقذوف عسكري",
         date(2015, 7, 31), ("اليوم الخميس", "2015-07-30", "2015-07-30", "point")),
        # ... and a bare weekday without هذا keeps the last one
        ("وأوضحت القاضية كارين يونغ من ميونيخ لصحيفة \"بيلد\" الأربعاء أنها استاءت خلال جلسة المحاكمة",
         date(2015, 8, 6), ("الأربعاء", "2015-08-05", "2015-08-05", "point")),
    ],
)  # fmt: skip
def test_a_weekday_after_this_is_this_weeks_on_or_after_publication(text, published, expected):
    assert expected in days(text, published)


# (from the rounds of samples 27-48)
def test_the_night_before_last_and_yuliyeh_the_verb():
    # from sample 29 (after it was judged): "البارحة الأولى" is the night before last
    text = "انطلقت البارحة الأولى عروض الضوء والصوت ضمن فعاليات مهرجان جدة 36"
    assert [(m.date_text, m.date_start) for m in find_dates(text, date(2015, 7, 31))] == [
        ("البارحة الأولى", date(2015, 7, 29))
    ]
    # ... and يوليه after a relative is a verb ("he accords"), July only as a date
    assert days("وهو دليل على ما يوليه الملك سلمان من اهتمام بالغ بالعمل الإغاثي", date(2015, 7, 27)) == []
    assert [d[0] for d in days("في 14 يوليه الماضي", date(2015, 7, 27))] == ["14 يوليه الماضي"]


# (from the round of sample 262)
@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a column in a Tuesday paper: the day before yesterday is Sunday (read as yesterday before)
        ("ما قبل البارحة، يقول لي زميلي بالجامعة بخليط من المزح والجد", date(2015, 8, 11),
         [("ما قبل البارحة", date(2015, 8, 9))]),
        # ... and with الأمس (not read before)
        ("من حديث الأمير فيصل بن خالد بن عبدالعزيز، أمير منطقة عسير، للإعلام ما قبل الأمس أخذت الجملة التالية",
         date(2015, 8, 4), [("ما قبل الأمس", date(2015, 8, 2))]),
        # against: a bare قبل أمس after the matches before it is "before yesterday('s match)": yesterday stays
        ("عجزوا عن تحقيق الفوز على الجار اللدود في المباريات الثماني الأخيرة بينهما (5 انتصارات و3 تعادلات) قبل أمس.",
         date(2015, 8, 3), [("أمس", date(2015, 8, 2))]),
        # against: received yesterday (استقبل أمس) is yesterday
        ("وكان النادي استقبل أمس أبناء دار التربية الاجتماعية بالرياض", date(2015, 7, 21), [("أمس", date(2015, 7, 20))]),
    ],
)  # fmt: skip
def test_the_day_before_yesterday_with_ma_qabl(text, published, expected):
    assert [(m.date_text, m.date_start) for m in find_dates(text, published)] == expected


@pytest.mark.parametrize(
    "text, published, quote, first, last",
    [
        # two weekdays listed with و are both days (samples 12 and 30; the Saturday only was read)
        ("لكنه يأتي بينما هدد حزب العمال الكردستاني بقطع الهدنة مع أنقرة اثر الضربات الجوية التي شنها الجيش التركي "
         "الجمعة والسبت، على معسكرات للمتمردين في شمال العراق", date(2015, 7, 26), "الجمعة والسبت",
         date(2015, 7, 24), date(2015, 7, 25)),
        ("وتم الانتهاء من هذا الاتفاق بعد مفاوضات على أعلى مستوى يومي الجمعة والسبت الماضيين بين بيرلسكوني وتايشوبول",
         date(2015, 8, 3), "الجمعة والسبت الماضيين", date(2015, 7, 31), date(2015, 8, 1)),
        # the second carries the modifier, and the first is the day before it
        ("تعقد الجلسات يومي الأحد والاثنين المقبلين", date(2015, 7, 22), "الأحد والاثنين المقبلين",
         date(2015, 7, 26), date(2015, 7, 27)),
    ],
)  # fmt: skip
def test_two_weekdays_listed_are_both_days(text, published, quote, first, last):
    assert [(m.date_text, m.date_start, m.date_end) for m in find_dates(text, published)] == [(quote, first, last)]


def test_two_weekdays_apart_stay_two_days():
    text = "يجتمع المجلس يوم الأحد والثلاثاء المقبلين"
    assert [(m.date_text, m.date_start) for m in find_dates(text, date(2015, 7, 22))] == [
        ("يوم الأحد", date(2015, 7, 26)),
        ("والثلاثاء المقبلين", date(2015, 7, 28)),
    ]


def test_a_weekday_tied_to_a_part_of_a_month_is_that_weekday_in_it():
    # sample 32: the last Saturday (25 July) was read
    text = "وستبدأ “الحمادي” استقبال المراجعين في مستشفى الحمادي السويدي اعتبارا من يوم السبت الموافق مطلع آب (أغسطس) المقبل."
    assert [(m.date_start, m.date_end) for m in find_dates(text, date(2015, 7, 27))] == [
        (date(2015, 8, 1), date(2015, 8, 1))
    ]


def test_two_weekdays_with_their_dates_are_not_a_night():
    text = "تستضيف جمعية الثقافة والفنون في الدمام، مساء الخميس والجمعة الموافق 23و24 يوليو 2015م، منتدى اليراع"
    assert all(m.date_text != "الخميس والجمعة" or m.extent == "point" for m in find_dates(text, date(2015, 7, 23)))


@pytest.mark.parametrize(
    "text, published, quote, first, last",
    [
        # sample 117: the Sunday and Monday were read as the last Monday (20 July), the list kept its last day only
        ("وعلى الجميع التقييد بالحضور في التواريخ المحددة لكل مجموعة وهي أيام الأحد والاثنين والثلاثاء 10 و11 و12 شوال "
         "الجاري، مصطحبين: أساس شهادة الثانوية العامة.", date(2015, 7, 21),
         "الأحد والاثنين والثلاثاء 10 و11 و12 شوال الجاري", date(2015, 7, 26), date(2015, 7, 28)),
        # sample 72 (read as the last Tuesday, 22 July)
        ("وحددت الكلية أيام الثلاثاء والأربعاء والخميس 12 و13 و14 شوال الجاري مواعيد للمراجعة", date(2015, 7, 26),
         "الثلاثاء والأربعاء والخميس 12 و13 و14 شوال الجاري", date(2015, 7, 28), date(2015, 7, 30)),
        # sample 102 (read as Friday 31 July alone)
        ("وذلك بقاعة جمعية الجشة الخيرية شرق محافظة الأحساء، يومي الخميس والجمعة 14 - 15 / 10 /1436هـ، بحضور رئيس الجمعية",
         date(2015, 8, 2), "الخميس والجمعة 14 - 15 / 10 /1436ه", date(2015, 7, 30), date(2015, 7, 31)),
        # the corpus: a Gregorian month after the days (the pair read as 17 July, the days lost to the month)
        ("تستضيف جمعية الثقافة والفنون في الدمام، مساء الخميس والجمعة الموافق 23و24 يوليو 2015م، منتدى اليراع",
         date(2015, 7, 23), "الخميس والجمعة الموافق 23و24 يوليو 2015م", date(2015, 7, 23), date(2015, 7, 24)),
        ("وذلك في يومي الأربعاء والخميس الموافق 20 و21 شوال، ويشارك في هذا اللقاء محاضرون من بريطانيا", date(2015, 8, 1),
         "الأربعاء والخميس الموافق 20 و21 شوال", date(2015, 8, 5), date(2015, 8, 6)),
    ],
)  # fmt: skip
def test_weekdays_listed_before_their_days_listed_are_those_days(text, published, quote, first, last):
    read = [(m.date_text, m.date_start, m.date_end, m.extent) for m in find_dates(text, published)]
    assert (quote, first, last, "range") in read
    assert len(read) == 1


@pytest.mark.parametrize(
    "text, published",
    [
        # the weekdays are not the days' (10 Shawwal 1436 is a Sunday): left as they were
        ("وهي أيام الاثنين والثلاثاء والأربعاء 10 و11 و12 شوال الجاري", date(2015, 7, 21)),
        # days not in a row
        ("وهي أيام الأحد والثلاثاء 10 و12 شوال الجاري", date(2015, 7, 21)),
    ],
)  # fmt: skip
def test_weekdays_listed_before_other_days_are_not_joined_to_them(text, published):
    assert all(m.extent != "range" or not m.date_text.startswith("ال") for m in find_dates(text, published))


@pytest.mark.parametrize(
    "text, published, quote, start",
    [
        # sample 43: a wire's "today" corrected by the paper in parentheses is one day, the paper's (it was today)
        ("وقد شنت الطائرات الحربية التركية فجر هذا اليوم (أمس) ضدّ مواقع تنظيم داعش", date(2015, 7, 25),
         "اليوم (أمس)", "2015-07-24"),
        # sample 44: "the group kidnapped today (yesterday)" (two dates before: today and yesterday)
        ("إن «هذه المجموعة التي اختطفت اليوم (أمس)، كانت تلوذ بمخيم للاجئين»", date(2015, 8, 6), "اليوم (أمس)",
         "2015-08-05"),
        # ... with a weekday after the correction (3,000 random articles, seed 117)
        ("عند الساعة التاسعة من صباح اليوم ( أمس) الأحد الموافق 10/10/1436ه، باشرت شرطة القطيف بلاغًا",
         date(2015, 7, 27), "اليوم ( أمس)", "2015-07-26"),
    ],
)  # fmt: skip
def test_today_corrected_in_parentheses_is_the_corrected_day(text, published, quote, start):
    assert span_of(text, published, quote)[0] == start


@pytest.mark.parametrize(
    "text, published, quote, start, when",
    [
        # sample 100: an MP's quoted tomorrow, the paper's today in brackets (Thursday 6 August; read as Friday)
        ("قالت النائبة وحيدة ياقو هرمز، إنه «من المقرر أن تعلن الأحزاب الأربعة غدا (اليوم) عن توصلها إلى اتفاق بشأن "
         "بقاء رئيس الإقليم مسعود بارزاني في منصبه لعامين مقبلين", date(2015, 8, 6), "غدا (اليوم)", "2015-08-06",
         "reported"),
        # the corpus's two others: the Istanbul meeting of a Saturday paper, the Iraqi protesters' Friday
        ("قوله إن «الاجتماع سيكون غدًا (اليوم) في إسطنبول بعدما كان المقترح له مدينة غازي عنتاب", date(2015, 7, 25),
         "غدًا (اليوم)", "2015-07-25", "reported"),
        ("«سوف نبقى نتظاهر حتى يتم القضاء على الفساد ومحاسبة الفاسدين وتوفير الخدمات وأولها الكهرباء، وغدًا (اليوم) "
         "نتظاهر كمواطنين لا سياسيين أو حزبيين", date(2015, 8, 7), "وغدًا (اليوم)", "2015-08-07", "reported"),
    ],
)  # fmt: skip
def test_tomorrow_corrected_to_today_in_parentheses_is_today(text, published, quote, start, when):
    assert span_of(text, published, quote)[0::2] == (start, when)


@pytest.mark.parametrize(
    "text, published",
    [
        # the newspaper al-Yaum in brackets after any other word stays no date
        ("وكان مدير ادارة بلدية العقير المهندس راشد المسلمي اوضح لـ(اليوم) ان الطفل بحالة مستقرة", date(2015, 7, 22)),
        ("واشار في اتصال هاتفي مع (اليوم) إلى أن خطاب خامنئي يوم عيد الفطر", date(2015, 7, 24)),
        ("وقد صدر بيان مشترك في ختام الزيارة، وجاء في البيان، الذي حصلت (اليوم) على نسخة منه", date(2015, 7, 31)),
    ],
)  # fmt: skip
def test_the_newspaper_in_parentheses_after_another_word_is_no_date(text, published):
    assert find_dates(text, published) == []


def test_today_and_a_later_day_in_parentheses_stay_two():
    # not a correction to a later day: "اليوم (غدا)" keeps both
    assert [m.date_text for m in find_dates("وصل اليوم (غدا) الوفد", date(2015, 8, 6))] == ["اليوم", "غدا"]


# (from the round of sample 51)
@pytest.mark.parametrize(
    "text, published, quote, when",
    [
        # sample 51: the Hijri day was read apart from its weekday, so the "until" before the weekday did not reach it
        ("مشيرا إلى استمرار القبول في الكليات التقنية للبنين في جميع مناطق المملكة حتى يوم السبت المقبل 9 شوال 1436هـ، "
         "الموافق 25 يوليو 2015م", date(2015, 7, 23), "يوم السبت المقبل 9 شوال 1436ه", "target"),
        # the 3,000 random articles of check seed 127: one expression, a start, still scheduled
        ("مبيناً أن التقديم سيبدأ يوم الأحد المقبل 10 /10 / 1436هـ, ويستمر خمسة أيام.", date(2015, 7, 22),
         "يوم الأحد المقبل 10 /10 / 1436ه", "scheduled"),
        ("وذلك مع نهاية دوام يوم السبت بعد المقبل 30/10/1436هـ، شددت المديرية العامة للجوازات", date(2015, 8, 6),
         "يوم السبت بعد المقبل 30/10/1436ه", "scheduled"),
    ],
)  # fmt: skip
def test_a_weekday_with_its_modifier_and_its_date_are_one_expression(text, published, quote, when):
    found = [(m.date_text, m.when) for m in find_dates(text, published)]
    assert (quote, when) in found, found
    assert len([q for q, _ in found if q.startswith("يوم")]) == 1, found


def test_a_weekday_with_its_modifier_and_a_date_of_another_weekday_stay_apart():
    # the corpus: "next Shawwal" is read as a year on, which is no Sunday: the weekday keeps its own day
    text = "سبق ابها : يدشن الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة عسير يوم الأحد المقبل 10 شوال المقبل المهرجان"
    assert "2015-07-26" in [str(m.date_start) for m in find_dates(text, date(2015, 7, 21))]


# (from the round of sample 63)
@pytest.mark.parametrize(
    "text, published, quote, day",
    [
        # the round over samples 38-61: tomorrow and the publication day's weekday is that day, the text written the
        # night before (samples 46 and 53: read a week on)
        ("وفي وقت بدأ فيه زعماء الدول التوافد على مصر لحضور حفل افتتاح قناة السويس الجديدة غدا الخميس، فإن حالة من "
         "البهجة", date(2015, 8, 6), "غدا الخميس", "2015-08-06"),
        ("هيفاء عبدالله – عين اليوم تُسحب غداً السبت في روسيا قرعة تصفيات كأس العالم 2018", date(2015, 7, 25),
         "غداً السبت", "2015-07-25"),
        # against: another weekday is still the first one after publication
        ("يصل الرئيس إلى كينيا غدا الجمعة في مهمة", date(2015, 7, 23), "غدا الجمعة", "2015-07-24"),
        # "the weekday before last" is the one a week before the last (sample 52: read as the last one)
        ("والتي وفاها الاجل المحتوم الاربعاء قبل الماضي في الحرم الجامعي لجامعة تبوك", date(2015, 7, 31),
         "الاربعاء قبل الماضي", "2015-07-22"),
        ("في اجتماع عقد الاثنين قبل الماضي، أجبروا اليونان", date(2015, 7, 21), "الاثنين قبل الماضي", "2015-07-13"),
        # against: "الماضي" alone is the last one
        ("والتي وفاها الاجل المحتوم الاربعاء الماضي في الحرم الجامعي", date(2015, 7, 31), "الاربعاء الماضي",
         "2015-07-29"),
    ],
)  # fmt: skip
def test_tomorrow_on_the_publication_weekday_and_the_weekday_before_last(text, published, quote, day):
    assert _read(text, published, quote) == [(day, day)], find_dates(text, published)


# (y4's class, fourteenth session: issue 11's "the one before the last")
@pytest.mark.parametrize(
    "text, published, quote, first, last",
    [
        # "ما قبل الماضي" is "قبل الماضي" (as "ما بعد المقبل" is "بعد المقبل"): sample 322 read the Tuesday as the last one
        ("وبالتنسيق مع سلاح البحرية الملكي البحريني، مساء الثلاثاء ما قبل الماضي، تم رصد قاربين خارج المياه الإقليمية",
         date(2015, 7, 26), "الثلاثاء ما قبل الماضي", "2015-07-14", "2015-07-14"),  # 2015-07-26-149
        ("في المركز التاسع خلال الموسم المنقضي متراجعا أربعة مراكز عن العام ما قبل الماضي، ما السبب في ذلك؟",
         date(2015, 7, 22), "العام ما قبل الماضي", "2013-01-01", "2013-12-31"),  # 2015-07-22-87, not read
        # "الليلة قبل الماضية" is the night before last, two days before the paper (not read)
        ("وكانت العاصمة اليمنية شهدت، الليلة قبل الماضية، انفجاريين، الأول بسيارة مفخخة", date(2015, 7, 22),
         "الليلة قبل الماضية", "2015-07-20", "2015-07-20"),  # 2015-07-22-54
        ("تعرضت البلاد لكارثة في ساعة متاخرة من الليلة قبل الماضية، أودت بحياة قرابة 30 شخصاً", date(2015, 7, 24),
         "الليلة قبل الماضية", "2015-07-22", "2015-07-22"),  # 2015-07-24-1773
        # against: "الليلة الماضية" is still last night, "الثلاثاء الماضي" the last Tuesday
        ("وأقيم حفل خطابي الليلة الماضية بهذه المناسبة", date(2015, 7, 22), "الليلة الماضية", "2015-07-21",
         "2015-07-21"),
        ("مساء الثلاثاء الماضي، تم رصد قاربين", date(2015, 7, 26), "الثلاثاء الماضي", "2015-07-21", "2015-07-21"),
    ],
)  # fmt: skip
def test_the_one_before_the_last_with_ma_and_the_night_before_last(text, published, quote, first, last):
    assert _read(text, published, quote) == [(first, last)], find_dates(text, published)


# (from the days round over samples 38-77)
@pytest.mark.parametrize(
    "text, published, quote, day",
    [
        # a weekday and the day/month written after it without a year: the Hijri or Gregorian day near the publication
        # day that falls on that weekday (sample 39's table of Shawwal 1436: read as the last Monday and Wednesday)
        ("على النحو التالي: • الأحد 17/10 (88.55-100%) • الاثنين 18/10 (83.37-88.53%) • الأربعاء 20/10 (75.06-79.66%)",
         date(2015, 8, 2), "الاثنين 18/10", "2015-08-03"),
        ("على النحو التالي: • الأحد 17/10 (88.55-100%) • الاثنين 18/10 (83.37-88.53%) • الأربعاء 20/10 (75.06-79.66%)",
         date(2015, 8, 2), "الأربعاء 20/10", "2015-08-05"),
        # ... written month first in a list (samples 66 and 77: 14 Shawwal, read as last Thursday)
        ("وحددت الكلية أيام الثلاثاء 10/12 والأربعاء 10/13 والخميس 10/14 مواعيد المراجعة وتسليم المستندات",
         date(2015, 7, 25), "والخميس 10/14", "2015-07-30"),
        ("وحددت الكلية أيام الثلاثاء 10/12 والأربعاء 10/13 والخميس 10/14 مواعيد المراجعة وتسليم المستندات",
         date(2015, 7, 25), "الثلاثاء 10/12", "2015-07-28"),
        # ... a day of the past (sample 68: Wednesday 6 Shawwal, read as the next Wednesday)
        ("وباشر الموظفون أعمالهم يوم الأربعاء 6 /10 بعد إجازة العيد", date(2015, 8, 2), "يوم الأربعاء 6 /10",
         "2015-07-22"),
        ("وعلينا الانتظار لحين يبدأ الدوام الرسمي يوم الأربعاء 6 /10. وتساءل", date(2015, 8, 2), "يوم الأربعاء 6 /10",
         "2015-07-22"),
        # ... a Hijri year written first (sample 41's table: read as last Tuesday)
        ("جدول توزيع فترات المراجعة الثلاثاء 1436/10/26 اللغة العربية", date(2015, 8, 6), "الثلاثاء 1436/10/26",
         "2015-08-11"),
        # the corpus: a weekday and the day it already told (the same day, one expression now)
        ("بعدما ورد بلاغ عند الساعة ٢٠:٠٦ من مساء يوم الأربعاء 28/9 متضمنا وجود حريق شاحنة", date(2015, 7, 21),
         "يوم الأربعاء 28/9", "2015-07-15"),
    ],
)  # fmt: skip
def test_a_weekday_and_its_yearless_day_month(text, published, quote, day):
    assert span_of(text, published, quote)[:2] == (day, day)


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # no day near publication falls on the weekday: the weekday alone, as before (a score, a ratio)
        ("وفاز الفريق الأحد 3/1 على ضيفه", date(2015, 8, 5), [("الأحد", "2015-08-02", "2015-08-02", "point")]),
        # the digits of a date read after the weekday are that date's ("يوم الأحد الموافق 1436/9/25هـ")
        ("حتى الساعة الرابعة عصراً من يوم الأحد الموافق 1436/9/25هـ في جميع مراكز التصحيح", date(2015, 7, 22),
         [("يوم الأحد الموافق 1436/9/25ه", "2015-07-12", "2015-07-12", "point")]),
    ],
)  # fmt: skip
def test_a_weekday_and_numbers_that_are_no_yearless_day(text, published, expected):
    assert days(text, published) == expected


@pytest.mark.parametrize(
    "text, published, quote, day",
    [
        # "tomorrow" with a weekday more than two days ahead is a text of the days before publication (sample 77:
        # Habré's trial, Monday 20 July in a Tuesday paper, read as 27 July; sample 70's Greek VAT rise)
        ("يخضع الرئيس التشادي السابق حسين حبري اعتبارا من، غد الاثنين، في السنغال لمحاكمة «تاريخية وغير مسبوقة»",
         date(2015, 7, 21), "غد الاثنين", "2015-07-20"),
        ("يواجه اليونانيون بداية من غد الاثنين زيادات كبيرة في ضرائب القيمة المضافة", date(2015, 7, 21),
         "غد الاثنين", "2015-07-20"),
        # ... sample 64: Zamalek's Wednesday in a Friday paper
        ("وسيحتفل الزمالك باللقب رقم 12 في تاريخه غداً الأربعاء في مباراته أمام طلائع الجيش", date(2015, 7, 31),
         "غداً الأربعاء", "2015-07-29"),
        # ... the corpus: the Eid's Friday in a Tuesday paper
        ("وقال بيان للديوان الملكي السعودي إن يوم غد الجمعة هو يوم عيد الفطر المبارك لهذا العام", date(2015, 7, 21),
         "غد الجمعة", "2015-07-17"),
        # against: the next day, and two days ahead, stay ahead ("الموافق 21/ 10/ 1436هـ" is that Thursday)
        ("وتنطلق البطولة غدا الأربعاء في جدة", date(2015, 8, 4), "غدا الأربعاء", "2015-08-05"),
        ("وقال: اللجنة ستبدأ غدا الخميس في وضع اللمسات النهائية على جميع المقار", date(2015, 8, 4), "غدا الخميس",
         "2015-08-06"),
        # ... and "the day after tomorrow" is left as it was
        ("ويلتقي برشلونة مع مانشستر يونايتد بعد غد الجمعة في الولايات المتحدة", date(2015, 7, 22), "بعد غد الجمعة",
         "2015-07-24"),
    ],
)  # fmt: skip
def test_tomorrow_with_a_weekday_of_the_days_before(text, published, quote, day):
    assert span_of(text, published, quote)[:2] == (day, day)


# (from the round of sample 110)
@pytest.mark.parametrize(
    "text, published, quote, day",
    [
        # a weekday in quotation marks after today, yesterday or tomorrow is one expression with it, its weekday's
        # day, as in brackets (sample 110: a stale text's Sunday in a Friday paper, read as the paper's day, and the
        # weekday read again apart)
        ("عملاً قدمه فنانان حجازيان عريقان في معرضهما الثنائي الأول الذي افتتح مساء اليوم “الأحد” في صالة نسما آرت بجدة",
         date(2015, 7, 24), "اليوم “الأحد”", "2015-07-19"),
        ("وأرجأ القاضي المحاكمة إلى جلسة تعقد اليوم «الأحد» لاستكمال سماع الشهود.", date(2015, 8, 9), "اليوم «الأحد»",
         "2015-08-09"),
        ('تنطلق اليوم "السبت" فعاليات برنامج "اصنع مهارة 11" في الدمام', date(2015, 8, 1), 'اليوم "السبت"',
         "2015-08-01"),
        # ... yesterday's: the Yemenis' correction resumed on Monday, in a Wednesday paper
        ('استأنفت المديرية العامة للجوازات أمس "الاثنين" العمل على تصحيح أوضاع الأشقاء أبناء الجمهورية اليمنية',
         date(2015, 7, 22), 'أمس "الاثنين"', "2015-07-20"),
        ("غادرت الطفلة السعودية زينب لباد غرفة العناية المركزة بمستشفى النهضة بسلطنة عمان امس «الاربعاء» بعد 24 ساعة",
         date(2015, 7, 31), "امس «الاربعاء»", "2015-07-29"),
        # ... tomorrow's: a Tuesday text's tomorrow Wednesday in a Thursday paper
        ('فيما يعقد اليوم لقاء في بلدية العوالي، بينما سينطلق غدا "الأربعاء" لقاء في الحي التراثي المديني',
         date(2015, 8, 6), 'غدا "الأربعاء"', "2015-08-05"),
    ],
)  # fmt: skip
def test_a_weekday_in_quotation_marks_after_today_or_yesterday_is_one_expression(text, published, quote, day):
    assert span_of(text, published, quote)[:2] == (day, day)
    assert not [m for m in find_dates(text, published) if m.date_text == quote.split()[-1].strip('"«»“”')]


def test_a_quoted_weekday_after_that_day_is_not_todays():
    # against: "ذلك اليوم «الخميس»" is no today: the weekday alone is read, as before
    text = "ذهبت صبيحة ذلك اليوم «الخميس» - وأنا لا أعلم عمّا حدث شيئاً - لهذا المكان"
    assert [m.date_text for m in find_dates(text, date(2015, 8, 4))] == ["الخميس"]


# --- a bare day, weekday or month in the tense of its clause: before or after the publication day -------------------


# (from issue 11)
@pytest.mark.parametrize(
    "text, day",
    [
        ("سيلتقي الرئيسان يوم الأحد في موسكو", "2015-08-09"),  # a future verb: the next Sunday
        ("أعلنت الوزارة أنها ستعقد اجتماعا الأحد", "2015-08-09"),
        ("ومن المقرر أن يصل الوفد الخميس", "2015-08-06"),
        ("التقى الرئيسان يوم الأحد في موسكو", "2015-08-02"),  # a past verb: the last one
        ("ركب سيارته يوم الأحد", "2015-08-02"),  # سيارة is no future verb
        ("أكدت مصادر سياسية الأحد", "2015-08-02"),  # nor is سياسية
        # غداً with a weekday: ahead (up to two days: four days ahead, "غداً السبت" in a Tuesday paper, is a text of the
        # days before since the days round over samples 38-77)
        ("يلعب الفريق غداً الأربعاء", "2015-08-05"),
        ("يلعب الفريق غداً الخميس", "2015-08-06"),
    ],
)
def test_a_bare_weekday_follows_the_tense_of_its_clause(text, day):
    assert days(text)[0][1] == day


def test_a_bare_month_follows_the_tense_of_its_clause():
    assert days("ستجرى الانتخابات في نوفمبر")[0][1] == "2015-11-01"
    assert days("جرت الانتخابات في نوفمبر")[0][1] == "2014-11-01"
    # a future marker in another clause does not count
    assert days("سيزور الوزير المنطقة، وكانت الانتخابات في نوفمبر")[0][1] == "2014-11-01"


def test_a_modal_puts_its_clause_in_the_future():
    assert days("قالت إن الملاعب يمكنها أن تكون جاهزة بعد شهرين فقط")[0][1] == "2015-10-01"


# (from the tenth random sample (nondates_judged_10.jsonl))
@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a wish is for what is ahead (2015-08-08-1186, written on a Saturday)
        ("سيكون في جنيف يوم الاثنين المقبل، حيث يرغبون في اختتام حوارهم يوم الأربعاء.", date(2015, 8, 8),
         ("يوم الأربعاء", "2015-08-12", "2015-08-12", "point")),
        ("وقال المتحدث باسم البعثة الروسية: نأمل بإجرائه يوم الجمعة", date(2015, 8, 2),
         ("يوم الجمعة", "2015-08-07", "2015-08-07", "point")),
        ("ويرغب بلاتر بالتأكيد في مغادرة الفيفا ورأسه مرفوعة في فبراير شباط", date(2015, 7, 21),
         ("فبراير شباط", "2016-02-01", "2016-02-29", "point")),
        # a present verb of unveiling in a lede (2015-08-02-221, a Sunday: the plan came out on 3 August)
        ("يكشف الرئيس الاميركي باراك اوباما الاثنين خطة لمواجهة التغيير المناخي", date(2015, 8, 2),
         ("الاثنين", "2015-08-03", "2015-08-03", "point")),
        ("يدشن أمير منطقة عسير الثلاثاء المبنى الجديد للإدارة العامة لشؤون الزراعة", date(2015, 8, 2),
         ("الثلاثاء", "2015-08-04", "2015-08-04", "point")),
    ],
)  # fmt: skip
def test_a_wish_or_an_unveiling_reads_a_bare_day_ahead(text, published, expected):
    assert expected in days(text, published)


# (from the round of sample 280: sample 274's left weekday)
@pytest.mark.parametrize(
    "text, published, quote, day",
    [
        # a bare weekday set off by commas takes the tense of the clause before them, however long its subject
        # (2015-07-22-1799, a Wednesday: sample 274 judged the Monday before wrong)
        ("يدشن مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة صاحب السمو الملكي الأمير خالد الفيصل، الاثنين، "
         "معرض «الملك فيصل.. شاهد وشهيد»", date(2015, 7, 22), "الاثنين", date(2015, 7, 27)),
        # (2015-08-02-963, a Sunday: Kerry went on to Doha on Monday 3 August)
        ("ومن مصر، سينتقل كيري، الإثنين، إلى الدوحة، حيث سيلتقي نظراءه في دول مجلس التعاون الخليجي",
         date(2015, 8, 2), "الإثنين", date(2015, 8, 3)),
        # (2015-08-08-1017, a Saturday: the Premier League's first round closed on Monday 10 August)
        ("على أن يلعب آرسنال الأحد بين جماهيره أيضا مع جاره وست هام يونايتد، وليفربول مع مضيفه ستوك سيتي، بينما تختتم "
         "المرحلة، الاثنين، بلقاء مانشستر سيتي ومضيفه وست بروميتش ألبيون.", date(2015, 8, 8), "الاثنين",
         date(2015, 8, 10)),
        # ... a past verb before them keeps the last such day; a name is no future verb (2015-07-31-396, a Friday)
        ("وقال ستولتنبرغ في مقابلة أجرتها معه «بي بي سي»، الأحد، إن «تركيا لديها جيش قوي جدا»", date(2015, 7, 31),
         "الأحد", date(2015, 7, 26)),
        ("وقال مصدر في الشرطة، الثلاثاء، إن السائق كان تحت تأثير الكحول", date(2015, 7, 24), "الثلاثاء",
         date(2015, 7, 21)),
    ],
)  # fmt: skip
def test_a_weekday_set_off_by_commas_takes_the_tense_of_the_clause_before(text, published, quote, day):
    assert (quote, day) in [(m.date_text, m.date_start) for m in find_dates(text, published)]


# (from the round of sample 26 and the 3,000 articles of seed 100)
@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a hope reads ahead, as من المقرر (a Friday paper: the coming Sunday)
        ("ومن المؤمل ان يزور جون كيري وزير الخارجية الاميركي مصر يوم الاحد لاجراء حوار استراتيجي.",
         date(2015, 7, 31), ("يوم الاحد", "2015-08-02", "2015-08-02", "point")),
        # a schedule's weekday that is the publication's own is that day (written the night before)
        ("وهو يبدأ مغامرته السبت على ارضه ضد استون فيلا.", date(2015, 8, 8),
         ("السبت", "2015-08-08", "2015-08-08", "point")),
        ('وقال الحزب في بيان، "نحيطكم علما بأن محافظة اسطنبول قد ألغت التجمع المقرر الاحد.', date(2015, 7, 26),
         ("الاحد", "2015-07-26", "2015-07-26", "point")),
        # ... but a week on when a day number follows it (joined since the round of sample 45: "الـ30 من")
        ("في حين سيلاقي فريق أخيسار سبور التركي مساء يوم الخميس الـ30 من شهر يوليو الجاري", date(2015, 7, 23),
         ("يوم الخميس الـ30 من شهر يوليو الجاري", "2015-07-30", "2015-07-30", "point")),
    ],
)  # fmt: skip
def test_a_hope_reads_ahead_and_a_schedule_may_be_of_the_publication_day(text, published, expected):
    assert expected in days(text, published)


# (from the rounds of samples 27-48)
@pytest.mark.parametrize(
    "text, published, quote, day",
    [
        # a resumption in the present tense is a coming one (sample 70: the Monday before read; the corpus check)
        ("ومنح مدرب الفريق الروماني ليفيو كيوبتاريو اللاعبين إجازه لمدة ثلاثة أيام على أن تستأنف التدريبات الاثنين على "
         "ملعب النادي بمدينة حرمة.", date(2015, 8, 8), "الاثنين", date(2015, 8, 10)),
        ("ومنح مدرب الفريق البرتغالي جوزيه غوميز اللاعبين إجازة لمدة يومين على ان تستأنف التدريبات مساء الجمعة على ملعب "
         "مقر النادي.", date(2015, 8, 4), "الجمعة", date(2015, 8, 7)),
        # ... not يعاود, whose clause runs on to a past rest (the corpus check: Thursday 13 August was read)
        ("يعاود لاعبو الهلال تدريباتهم يوم الجمعة على فترتين صباحية ومسائية، وذلك بعد أن تمتّعوا بالراحة التي منحهم "
         "إياها المدير الفني اليوناني جوريجوس دونيس مساء الخميس", date(2015, 8, 6), "الخميس", date(2015, 8, 6)),
    ],
)  # fmt: skip
def test_a_resumption_in_the_present_is_ahead(text, published, quote, day):
    assert (quote, day) in [(m.date_text, m.date_start) for m in find_dates(text, published)]


# (issue 11's days, after sample 324: three coming days in the present read as the last ones)
@pytest.mark.parametrize(
    "text, published, quote, day",
    [
        # a present verb of a coming act (tense.weekday_schedule_verbs) reads its clause's weekday ahead
        # (2015-08-01-335, a Saturday: sample 324 judged the Sunday before, 26 July, wrong)
        ("يصل صباح يوم الأحد المحترف اليوناني فيتفاتزيدس إلى مقر معسكر النادي الأهلي في مدينة لوزان السويسرية",
         date(2015, 8, 1), "يوم الأحد", date(2015, 8, 2)),
        # (2015-07-22-1711, a Wednesday: an exhibition opening that day, its lectures from Thursday on; sample 324)
        ("ويستهل برنامج المحاضرات بمحاضرة لصاحبة مطعم «فيافي الجنوب» فاطمة الألمعي يوم الخميس بعنوان (أنا والموهوبة)",
         date(2015, 7, 22), "يوم الخميس", date(2015, 7, 23)),
        # (2015-08-08-958, a Saturday; 2015-07-24-1913, a Friday: Mogherini in Riyadh on Monday 27 July)
        ("إلى ذلك يزور الجبير موسكو الثلاثاء لبحث تفعيل التسوية السورية، ومبادرة موسكو لمواجهة داعش.",
         date(2015, 8, 8), "الثلاثاء", date(2015, 8, 11)),
        ("تصل فيدريكا موغيريني إلى المملكة الاثنين في أول زيارة رسمية وذلك بعد الاتفاق النووي بين الغرب وإيران",
         date(2015, 7, 24), "الاثنين", date(2015, 7, 27)),
        # ... and right after a comma that closes the verb's long subject, or a list's clause before it
        # (2015-08-03-1061, a Monday: sample 324 judged the Wednesday before, 29 July, wrong; 2015-08-08-443, a
        # Saturday: the Premier League's first round, Newcastle-Southampton on Sunday 9 August)
        ("يبدأ خبراء فنيون بينهم خبراء من مجموعة بوينغ الاميركية العملاقة للصناعات الجوية، الاربعاء فحص قطعة الجناح "
         "التي ظهرت الاسبوع الماضي في جزيرة لاريونيون الفرنسية", date(2015, 8, 3), "الاربعاء", date(2015, 8, 5)),
        ("وفي المباريات الاخرى، يلعب السبت ليستر سيتي مع سندرلاند، والاحد نيوكاسل مع ساوثمبتون.", date(2015, 8, 8),
         "والاحد", date(2015, 8, 9)),
        # not a name that ends as the verb (فيصل; 2015-07-26-866, a Sunday), not after قبل أن (2015-08-07-929, a
        # Friday: Di Maria reached Paris on Wednesday 5 August), not a past saying after the comma (2015-08-10-123)
        ("انطلقت بطولة قفز الحواجز على كأس الأمير فيصل بن خالد على ميادين نادي الجواد العربي يوم الخميس تستمر حتى "
         "اليوم (السبت)", date(2015, 7, 26), "يوم الخميس", date(2015, 7, 23)),
        ("وذكر النادي الفرنسي في بيانه أن النجم الأرجنتيني قد أجرى الفحص الطبي في العاصمة القطرية الدوحة في وقتٍ سابق "
         "قبل أن يصل إلى باريس (الإربعاء) لإكمال عملية إنتقاله.", date(2015, 8, 7), "الإربعاء", date(2015, 8, 5)),
        ("وتوقعت مصادر أوروبية في بروكسل أمس، أن يواجه الاقتصاد السويسري صعوبات خلال الفترة المقبلة، وقال الإعلام "
         "البلجيكي، الأحد، إن الاقتصاد السويسري تحمل خسارة قيمتها 50 مليار فرنك سويسري", date(2015, 8, 10), "الأحد",
         date(2015, 8, 9)),
    ],
)  # fmt: skip
def test_a_present_verb_of_a_coming_act_reads_its_weekday_ahead(text, published, quote, day):
    assert (quote, day) in [(m.date_text, m.date_start) for m in find_dates(text, published)]


@pytest.mark.parametrize(
    "text, published, quote, first",
    [
        # a futures contract's month is this month or the next such one (samples 25 and 30: last year's was read)
        ("ونزل الخام الأمريكي في عقود سبتمبر أيلول ثلاثة سنتات إلى 48.76دولار للبرميل", date(2015, 7, 31),
         "سبتمبر أيلول", date(2015, 9, 1)),
        ("وارتفعت عقود الذهب الآجلة لتسليم أغسطس آب في السوق الأمريكية", date(2015, 7, 24), "أغسطس آب",
         date(2015, 8, 1)),
        ("وتراجع سعر الذهب في العقود الأمريكية الآجلة تسليم أغسطس آب 0.3 بالمئة", date(2015, 8, 1), "أغسطس آب",
         date(2015, 8, 1)),
        # ... and so is crude's month of shipment or loading (sample 70: October 2014 read; the corpus check)
        ("لتحديد سعر البيع الرسمي لخام دبي تحميل أكتوبر تشرين الأول.", date(2015, 7, 23), "أكتوبر تشرين الأول",
         date(2015, 10, 1)),
        ("رفعت أرامكو أسعار البيع الرسمية لخامها العربي الخفيف الى المشترين في آسيا لشحنات سبتمبر أيلول 50 سنتا",
         date(2015, 8, 6), "سبتمبر أيلول", date(2015, 9, 1)),
        # ... or the month just past, priced after it (the corpus check: ADNOC's July, priced in August)
        ("وقالت أدنوك إنها حددت بأثر رجعي سعر البيع الرسمي لشحنات تموز (يوليو) من خامها القياسي مربان",
         date(2015, 8, 6), "تموز (يوليو)", date(2015, 7, 1)),
        # ... or "for loading in" a month (sample 73: September 2014 read; the corpus: three copies, all right)
        ("وخفضت الشركة سعر البيع الرسمي لخامها العربي الخفيف إلى شمال غرب أوروبا 0.40 دولار للشحن في سبتمبر",
         date(2015, 8, 6), "سبتمبر", date(2015, 9, 1)),
        # ... or "for the month" a few words after a contract word, or "for delivery in" (sample 74: September 2014
        # read; the corpus: 8 readings changed, all right)
        ("وتراجع العقد الآجل لشهر سبتمبر ايلول 1.19 دولار لأدنى مستوى له 49.67 دولار للبرميل", date(2015, 7, 22),
         "سبتمبر ايلول", date(2015, 9, 1)),
        ("ونزلت عقود الخام الأمريكي لشهر أغسطس آب 13 سنتا إلى 50.76 دولار للبرميل.", date(2015, 7, 21), "أغسطس آب",
         date(2015, 8, 1)),
        ("وهبط خام برنت للتسليم في سبتمبر عند التسوية 45 سنتًا", date(2015, 7, 21), "سبتمبر", date(2015, 9, 1)),
        # ... not "for the month" without a contract word before it
        ("وتراجعت أسعار الخام الأمريكي في المتوسط لشهر سبتمبر", date(2015, 7, 22), "سبتمبر", date(2014, 9, 1)),
        # ... not a month after other words: the last such month
        ("وارتفع سعر الذهب في سبتمبر", date(2015, 7, 31), "سبتمبر", date(2014, 9, 1)),
        ("وبدأ الشحن في مارس", date(2015, 8, 6), "مارس", date(2015, 3, 1)),
    ],
)  # fmt: skip
def test_a_futures_contract_month_is_ahead(text, published, quote, first):
    assert [(m.date_text, m.date_start) for m in find_dates(text, published)] == [(quote, first)]


@pytest.mark.parametrize(
    "text, published, quote, first",
    [
        # a bare month right after "as of" is a start ahead, the next such month (the round of sample 149: the
        # corpus, 8 readings changed, all right)
        ("وأعلنت الحكومة الإماراتية عزمها رفع الدعم عن أسعار البنزين والديزل اعتبارا من مطلع آب (أغسطس) ضمن سياسة تسعير"
         " جديدة", date(2015, 7, 24), "مطلع آب (أغسطس)", date(2015, 8, 1)),
        ("أصدرت هيئة الاتصالات الباكستانية توجيهات لشركات الهاتف المحمول المحلية بوقف خدمات شركة بلاكبيري اعتبارا من 30"
         " نوفمبر لأسباب أمنية", date(2015, 7, 25), "30 نوفمبر", date(2015, 11, 30)),
        # ... unless the last one began lately: this July
        ("حسب مجموعة جديدة من اللوائح في قانون المرور طبقت اعتبارًا من أول يوليو تحظّر أيضًا ارتداء سماعات الأذن",
         date(2015, 7, 25), "أول يوليو", date(2015, 7, 1)),
        # ... or a past كان stands in its clause: a balance as of last December
        ("في نيكاي، التي كان لديها 103 مليارات ين من النقدية ومعادلات النقدية اعتبارا من نهاية كانون الأول (ديسمبر)",
         date(2015, 7, 26), "نهاية كانون الأول (ديسمبر)", date(2014, 12, 21)),
    ],
)  # fmt: skip
def test_a_bare_month_after_as_of_is_ahead(text, published, quote, first):
    assert [(m.date_text, m.date_start) for m in find_dates(text, published)] == [(quote, first)]


@pytest.mark.parametrize(
    "text, published, quote, first",
    [
        # a bare month after an event named as the coming one (المقبل، القادمة) in its clause is the next such month
        # (the round of sample 314, after sample 308's WTO conference; the corpus: 15 readings changed, all right)
        ("وسيتم وضع اللمسات الاخيرة على النص قبل توقيعه رسميا خلال المؤتمر الوزاري المقبل لمنظمة التجارة العالمية في نيروبي في"
         " كانون الاول/ديسمبر.", date(2015, 7, 25), "كانون الاول/ديسمبر", date(2015, 12, 1)),
        ("وتسضيف باريس قمة المناخ العالمية المقبلة في 30 نوفمبر (تشرين الثاني) التي سيحضرها 195 بلدا",
         date(2015, 7, 22), "30 نوفمبر (تشرين الثاني)", date(2015, 11, 30)),
        ("ويرجح مسؤولون خليجيون أن يكون هناك حسم نهائي بانتقال النسخة القادمة إلى دولة قطر نهاية ديسمبر",
         date(2015, 8, 4), "نهاية ديسمبر", date(2015, 12, 21)),
        # ... unless the last one began within ahead_recent_days: a past May, 91 days back
        ("قال رئيس البرلمان الألماني إن البرلمان سيغلق نظام الكمبيوتر الخاص به بالكامل لعدة أيام الشهر المقبل من أجل"
         " إصلاح الشبكة بعد هجوم إلكتروني في مايو أيار.", date(2015, 7, 31), "مايو أيار", date(2015, 5, 1)),
    ],
)  # fmt: skip
def test_a_bare_month_after_a_coming_event_is_ahead(text, published, quote, first):
    assert [(m.date_text, m.date_start) for m in find_dates(text, published) if m.date_text == quote] == [
        (quote, first)
    ]


@pytest.mark.parametrize(
    "text, published, quote, day",
    [
        # a bare day-month soon after publication, in a sentence that reads ahead, is this year's (samples 36
        # and 37 read last year's): a future marker earlier in the sentence, past its clause ...
        ("ومن المقرر أن يلاقي أندية جازينتاب سبور التركي الاثنين 27 يوليو، واخيستار سبور التركي 30 أغسطس",
         date(2015, 7, 22), "30 أغسطس", date(2015, 8, 30)),
        # ... a deadline ("موعد") or a term ("مهلة") before it
        ("وأبلغ المتحدث باسم فينيفست رويترز \"تم تحديد موعد نهائي وهو 30 سبتمبر لنقل الحصة\"", date(2015, 8, 6),
         "30 سبتمبر", date(2015, 9, 30)),
        ("وقالت المحكمة : إنها أعطتهم \"مهلة 45 يوما ليكون استئناف المحاكمة في السابع من سبتمبر\"",
         date(2015, 7, 25), "السابع من سبتمبر", date(2015, 9, 7)),
        # ... and, from the round of sample 53, nothing before it that sets the past: a court session set, a
        # trial put off yesterday to a day, a meeting pointed to (all read a year back)
        ("ويحاكم في القضية 68 متهما. وحددت جلسة 27 سبتمبر للنطق بالحكم مع استمرار حبس المتهمين.", date(2015, 8, 11),
         "27 سبتمبر", date(2015, 9, 27)),
        ("أرجئت محاكمة الرئيس التشادي السابق ادريس ديبي المتهم بارتكاب \"جرائم حرب\" امس الى السابع من سبتمبر "
         "لافساح المجال امام المحامين", date(2015, 7, 22), "السابع من سبتمبر", date(2015, 9, 7)),
        ("وقال كيري مشيرا الى اجتماع وزراء خارجية دول مجلس التعاون الخليجي في قطر في الثالث من اغسطس \"سأستعرض "
         "بالتفصيل كل الطرق\"", date(2015, 7, 22), "الثالث من اغسطس", date(2015, 8, 3)),
        # counter-examples: a past event after a year the text set stays the most recent such day ...
        ("1952- الجامعة العربية تحتج على مفاوضات بين إسرائيل وألمانيا لتطبيع العلاقات بينهما. انتهت المفاوضات بالزام "
         "ألمانيا بدفع ثلاثة مليارات مارك لإسرائيل ووقع اتفاق في لوكسمبورغ في 10 سبتمبر.", date(2015, 8, 4),
         "10 سبتمبر", date(2014, 9, 10)),
        # ... after an earlier year in its sentence, at the head of a diary's entry, the start of a since period,
        # a day-month of history (11 سبتمبر) ...
        ("1965 - حرب ثانية بين الهند وباكستان حول كشمير بعد دخول القوات الهندية الاراضي الباكستانية توقفت في 22 سبتمبر "
         "بوساطة سوفياتية.", date(2015, 8, 8), "22 سبتمبر", date(2014, 9, 22)),
        ("الفصل السابع\n15 أغسطس: صحا الجو قليلًا، فأخذنا القطار جميعًا متجهين إلى مارجيت", date(2015, 7, 25),
         "15 أغسطس", date(2014, 8, 15)),
        ("إنه وثق تنفيذ طائرات نظام بشار الأسد الحربية والمروحية، 26350 غارة على الأقل، خلال الأشهر التسعة الماضية منذ "
         "20 أكتوبر.", date(2015, 7, 23), "منذ 20 أكتوبر", date(2014, 10, 20)),
        # (read as 11 September 2014 until the round of sample 128: the attacks, calendar.yaml's past_named_days)
        ("وبعد 11 سبتمبر طلب جميع رؤساء إيران زيارة موقع برجي التجارة العالميين", date(2015, 7, 21), "11 سبتمبر",
         date(2001, 9, 11)),
        # ... and so does one further ahead than ahead_day_month_days, a future verb in another clause
        ("وقالت الوزارة إنها ستعلن النتائج، وكان الاتفاق قد وقع في 20 ديسمبر", date(2015, 7, 22), "20 ديسمبر",
         date(2014, 12, 20)),
    ],
)  # fmt: skip
def test_a_bare_day_month_soon_after_publication_in_a_sentence_ahead(text, published, quote, day):
    found = [(m.date_text, m.date_start) for m in find_dates(text, published)]
    assert (quote, day) in found


def test_a_short_term_in_guillemets_ends_no_clause():
    # sample 42: "when the Reds start their league season on Sunday" (a Thursday paper: the coming Sunday)
    text = (
        "وتتحدث وسائل الإعلام البريطانية عن احتمال أن يكون غوميز ضمن التشكيلة الأساسية لفريق المدرب عندما يبدأ"
        " «الحمر» مشوارهم في الدوري الأحد أمام مضيفهم ستوك سيتي"
    )
    assert span_of(text, date(2015, 8, 6), "الأحد") == ("2015-08-09", "2015-08-09", "scheduled")
    # ... a quotation of more words still ends the clause of its verb
    assert span_of("وقال «إن الفريق يبدأ التدريبات» الأحد", date(2015, 8, 6), "الأحد")[0] == "2015-08-02"


def test_a_future_said_in_the_past_is_the_month_nearest_publication():
    # sample 43 (5 August): the PKK said it would escalate in mid-July, this July, not next year's
    text = "وأعلن حزب العمال الكردستاني أنه سيصعد الهجمات في منتصف يوليو تموز بسبب ما وصفها بأنها انتهاكات"
    assert span_of(text, date(2015, 8, 5), "منتصف يوليو تموز")[:3] == ("2015-07-11", "2015-07-20", "reported")
    # 3,000 random articles (seed 116, 8 August): May's salary will be paid, the May just past
    text = "كما أشارت إلى أنه سيتم تسديد راتب شهر مايو (أيار) يوم الاثنين المقبل"
    assert span_of(text, date(2015, 8, 8), "شهر مايو (أيار)")[:2] == ("2015-05-01", "2015-05-31")
    # ... a future not said is the next such month, as before; and a said future's month ahead stays ahead
    assert span_of("ستجرى الانتخابات في نوفمبر", date(2015, 8, 5), "نوفمبر")[0] == "2015-11-01"
    assert span_of("وقال الوزير إن الانتخابات ستجرى في نوفمبر", date(2015, 8, 5), "نوفمبر")[0] == "2015-11-01"


def test_a_schedule_that_was_is_the_month_nearest_publication():
    # sample 230 (and 177, the same story on 24 July): the Soyuz launch once set for 26 May and put off, this May
    text = 'وكان من المقرر أن تنطلق "البعثة 44" في 26 أيار/مايو لكن موعد الإطلاق تأجل بسبب سلسلة من الحوادث.'
    assert span_of(text, date(2015, 7, 23), "26 أيار/مايو")[:3] == ("2015-05-26", "2015-05-26", "reported")
    # the corpus (2015-07-23-162): the same, a month alone
    text = "وكان من المقرر أن ينطلق الرواد الثلاثة في مايو أيار لكن روسيا أجلت المهمة بعد محاولة إطلاق فاشلة"
    assert span_of(text, date(2015, 7, 23), "مايو أيار")[:2] == ("2015-05-01", "2015-05-31")


def test_a_schedule_that_was_ahead_or_a_question_of_the_future_stays_ahead():
    # a schedule that was, whose month lies just ahead, is the coming one (the nearest), as before
    assert span_of("وكان من المقرر أن تقام البطولة في نوفمبر", date(2015, 7, 23), "نوفمبر")[0] == "2015-11-01"
    # the corpus: the Gulf Cup once set for a December ahead keeps its modifier's reading
    text = "التي كانت مقررة في الكويت في شهر ديسمبر المقبل لمدة عام واحد"
    assert span_of(text, date(2015, 8, 3), "شهر ديسمبر المقبل")[0] == "2015-12-01"
    # "whether ... will" asks of the future: not a past schedule (constructed)
    text = "ويترقب المستثمرون ما إذا كان المجلس سيرفع أسعار الفائدة في مارس"
    assert span_of(text, date(2015, 8, 3), "مارس")[0] == "2016-03-01"


# (from the round of sample 51)
@pytest.mark.parametrize(
    "text, published, quote, first",
    [
        # a bare Hijri day-month just ahead reads ahead when nothing before it sets the past (the round of
        # sample 53: read a Hijri year back, in 1435)
        ("الجدير بالذكر أن الانتخابات البلدية في دورتها الثالثة ستنطلق بتاريخ ٧ ذي القعدة القادم، بمرحلة قيد الناخبين، "
         "وتتبعها مرحلة تسجيل المرشحين بتاريخ ١٥ ذي القعدة، ثم مرحلة الاقتراع", date(2015, 8, 10), "١٥ ذي القعدة",
         date(2015, 8, 30)),
        ("قبل مواجهة الطائي في الدور الـ32 من منافسات مسابقة كأس ولي العهد في الرابع من شهر ذي القعدة على ملعب العروبة "
         "بالجوف.", date(2015, 8, 10), "الرابع من شهر ذي القعدة", date(2015, 8, 19)),
        # ... not with a year word after it: the year decides (a year back, as before)
        ("وذلك بعد بدء تطبيق نظام «ساند» غرة ذي القعدة العام الماضي.", date(2015, 8, 6), "غرة ذي القعدة",
         date(2014, 8, 27)),
        ("ما تعرض له مسجد في قرية الدالوة بمحافظة الأحساء في العاشر من شهر محرم من العام الحالي، عندما قام 4 إرهابيين",
         date(2015, 8, 11), "العاشر من شهر محرم", date(2014, 11, 3)),
    ],
)  # fmt: skip
def test_a_bare_hijri_day_month_just_ahead(text, published, quote, first):
    found = [(m.date_text, m.date_start) for m in find_dates(text, published)]
    assert next(d for q, d in found if quote in q) == first, found


# (from the days round days1)
@pytest.mark.parametrize(
    "text, published, quote, first",
    [
        # a likelihood, a plan and a match's two sides facing each other read a bare day or month ahead (samples 79, 95
        # and 77: each read as the weekday before the paper; the corpus)
        ("وأضافت الوزارة في بيان أن من المرجح عقد الاجتماع يوم الثلاثاء.", date(2015, 7, 26), "يوم الثلاثاء",
         date(2015, 7, 28)),
        ("إنه إذا لم يثر أحد من اعضاء المجلس اعتراضات على المسودة بحلول صباح الخميس فان من المرجح ان يجرى التصويت يوم "
         "الجمعة", date(2015, 8, 6), "يوم الجمعة", date(2015, 8, 7)),
        ("وحتى مع ذلك يقول معظم المحللين والمسؤولون الحكوميون إنه لا مفر من إجراء انتخابات مبكرة ومن المرجح أن تكون في "
         "أيلول (سبتمبر)", date(2015, 7, 21), "أيلول (سبتمبر)", date(2015, 9, 1)),
        ("وكانت السلطات قالت في وقت سابق انها لن تسمح بمسيرة سلمية مزمعة في اسطنبول يوم الأحد بسبب مخاوف تتعلق بالامن",
         date(2015, 7, 25), "يوم الأحد", date(2015, 7, 26)),
        ("من المفترض ان يلعب لمانشستر ضد باريس سان جرمان (عندما يتواجه الفريقان الاربعاء في الجولة ذاتها).",
         date(2015, 7, 26), "الاربعاء", date(2015, 7, 29)),
        ("وبات بإمكان الهلال إشراك لاعبه الجديد في مباراة كأس السوبر السعودي المقررة أمام النصر بالعاصمة البريطانية "
         "لندن الأربعاء", date(2015, 8, 7), "الأربعاء", date(2015, 8, 12)),
        ("والاجتماع المقبل لاوبك مقرر مطلع ديسمبر في مقر المنظمة في فيينا", date(2015, 7, 31), "مطلع ديسمبر",
         date(2015, 12, 1)),
        # against: a time once set, now past (مقررا after كان), and "up to" (ما يصل إلى), no arrival ahead
        ("وكانت الأمطار الغزيرة قد أرغمت الجهة المسؤولة عن الإطلاق على إلغاء العملية التي كان مقرراً لها أصلاً يوم "
         "الأربعاء", date(2015, 7, 25), "يوم الأربعاء", date(2015, 7, 22)),
        ("وجرى التوسع فيها بعد غرق ما يصل الى 800 مهاجر في تحطم سفينة في ابريل نيسان", date(2015, 8, 7), "ابريل نيسان",
         date(2015, 4, 1)),
    ],
)  # fmt: skip
def test_a_likelihood_a_plan_and_two_sides_facing_read_ahead(text, published, quote, first):
    found = [(m.date_text, m.date_start) for m in find_dates(text, published)]
    assert (quote, first) in found, found


# --- this, next and last; counted periods; a day of the running month -----------------------------------------------


# (from issue 11)
@pytest.mark.parametrize(
    "text, expected",
    [
        ("لم تسجل إصابات خلال الأسبوعين الماضيين", ("خلال الأسبوعين الماضيين", "2015-07-22", "2015-08-04", "range")),
        ("خلال السنوات التسع الأخيرة", ("خلال السنوات التسع الأخيرة", "2006-08-05", "2015-08-04", "range")),
        ("في الأيام الثلاثة المقبلة", ("الأيام الثلاثة المقبلة", "2015-08-05", "2015-08-07", "range")),
        ("منذ أكثر من ثلاثة أشهر", ("منذ أكثر من ثلاثة أشهر", "2015-05-01", "2015-05-31", "since")),
        ("قبل نحو 3 أعوام", ("قبل نحو 3 أعوام", "2012-01-01", "2012-12-31", "point")),
        ("سيكون الملعب جاهزا بعد شهرين", ("بعد شهرين", "2015-10-01", "2015-10-31", "point")),
    ],
)
def test_counted_periods_up_to_or_from_the_publication_date(text, expected):
    assert days(text) == [expected]


def test_a_count_after_an_event_is_not_read_from_the_publication_date():
    assert days("أفرج عنه بعد شهرين من اعتقاله") == []
    assert days("وصل بعد يومين") == []  # no future marker: after what?
    assert days("في الأيام الماضية") == []  # no count: too vague to date


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a day of هذا الشهر is that day of the running month, as of الشهر الجاري (sample 81: read as the whole month)
        (
            "* بوشر في 21 من هذا الشهر تصوير «طيور السنونو والأمازونز» عن رواية خيالية للأولاد",
            date(2015, 7, 21),
            ("21 من هذا الشهر", "2015-07-21", "2015-07-21", "point"),
        ),
        (
            "عن الأنشطة النووية الإيرانية السرية السابقة، بتاريخ 15 من هذا الشهر، برزت للسطح مرة أخرى صور",
            date(2015, 8, 9),
            ("15 من هذا الشهر", "2015-08-15", "2015-08-15", "point"),
        ),
        (
            "أم نسخة أولية من روايتها الشهيرة؟ - صدرت يوم الرابع عشر من هذا الشهر واصطف الآلاف في شوارع لندن",
            date(2015, 7, 21),
            ("الرابع عشر من هذا الشهر", "2015-07-14", "2015-07-14", "point"),
        ),
        (
            "أما بما يعود إلى منصب رئيس الأركان في الجيش الذي سيشغر في السابع من هذا الشهر (غدًا الجمعة)، فقد",
            date(2015, 8, 6),
            ("السابع من هذا الشهر", "2015-08-07", "2015-08-07", "point"),
        ),
    ],
)
def test_a_day_of_this_month(text, published, expected):
    assert expected in days(text, published)


@pytest.mark.parametrize(
    "text, published",
    [
        # ... not a Hijri day and month after a dash, nor a day of the holy month (Ramadan's); a day gone in a clause
        # of the future is the running Hijri month's (below)
        ("حتى نهاية الدوام الرسمي بتاريخ 30 -10 من هذا الشهر بعد صدور الأمر السامي بذلك.", date(2015, 7, 22)),
        ("آخر الحوادث التي وقعت على هذا الطريق هو في الرابع من هذا الشهر الفضيل رمضان، عندما", date(2015, 7, 22)),
    ],
)
def test_a_day_of_this_month_that_is_not_the_running_months(text, published):
    assert not any(quote.endswith("من هذا الشهر") and first == last for quote, first, last, _ in days(text, published))


@pytest.mark.parametrize(
    "text, published, quote, day",
    [
        # the round of sample 156: a day of the running month whose written weekday is the Hijri day's, not the
        # Gregorian one's (9 July 2015 was a Thursday, 26 August a Wednesday) ...
        (
            "فيما سيخوض فريق الصالات أولى مبارياته يوم السبت التاسع من الشهر الجاري أمام فريق الشعيب على صالة النادي",
            date(2015, 7, 21),
            "يوم السبت التاسع من الشهر الجاري",
            "2015-07-25",
        ),
        (
            "بالتعاون مع فرع الوزارة بالمنطقة الشرقية يوم الثلاثاء 26 الشهر الجاري «برنامج التأصيل الشرعي لفقه الانتماء",
            date(2015, 8, 2),
            "يوم الثلاثاء 26 الشهر الجاري",
            "2015-08-11",
        ),
        # ... or, without a weekday, whose Gregorian day is gone while a future marker in its clause puts it ahead
        (
            "على إقامة ملتقى أمن وسلامة الآثار والمنشآت السياحية الذي ستنطلق فعالياته في التاسع عشر من الشهر الجاري"
            " بالطائف",
            date(2015, 7, 25),
            "التاسع عشر من الشهر الجاري",
            "2015-08-04",
        ),
        (
            "تسجيل المرشحين التي سيتم عقدها في نطاق كل لجنة محلية يوم 18 من هذا الشهر بمدينة تبوك",
            date(2015, 7, 27),
            "18 من هذا الشهر",
            "2015-08-03",
        ),
    ],
)
def test_a_day_of_the_running_month_is_the_hijri_months_when_its_weekday_or_its_future_says_so(
    text, published, quote, day
):
    assert (quote, day, day) in [(q, first, last) for q, first, last, _ in days(text, published)]


@pytest.mark.parametrize(
    "text, published, quote, day",
    [
        # the weekday the Gregorian day's (a box office's Friday 17 July), and a day gone without a future marker
        # (Comic-Con's close, 12 July: the Hijri 12 Shawwal would be ahead, but nothing in the clause says so)
        (
            "إيراد يوم الجمعة (السابع عشر من هذا الشهر) تجاوزت 22 مليون دولار في 3856 صالة.",
            date(2015, 7, 21),
            "يوم الجمعة (السابع عشر من هذا الشهر)",
            "2015-07-17",
        ),
        (
            "انطلقت أعمال «كوميك كون» التظاهرة التي تستمر حتى الثاني عشر من هذا الشهر وتجمع على شاشاتها الأفلام",
            date(2015, 7, 21),
            "الثاني عشر من هذا الشهر",
            "2015-07-12",
        ),
    ],
)
def test_a_day_of_the_running_month_stays_gregorian_without_a_hijri_weekday_or_a_future(text, published, quote, day):
    assert (quote, day, day) in [(q, first, last) for q, first, last, _ in days(text, published)]


@pytest.mark.parametrize(
    "text, published, quote, first",
    [
        # the round of sample 180: a day of the running month not yet come (or the paper's day) right after a verb of
        # starting in the past is the running Hijri month's day gone (10 Shawwal = 26 July, 7 Shawwal = 23 July)
        (
            "والذي يقام تحت رعاية صندوق تنمية الموارد البشرية (هدف)، حيث بدأ البرنامج في العاشر من الشهر الجاري، ويستمر"
            " لمدة 4 أسابيع.",
            date(2015, 8, 3),
            "العاشر من الشهر الجاري",
            "2015-07-26",
        ),
        (
            "لتشجيع الكشافة للاستمتاع بجميع البرامج المقامة خلال مدة المخيم الذي بدأ في العاشر من هذا الشهر ويختتم يوم"
            " الجمعة القادمة",
            date(2015, 8, 6),
            "العاشر من هذا الشهر",
            "2015-07-26",
        ),
        (
            "يذكر أن المهرجان حظي منذ انطلاقته في الـ 7 من الشهر الجاري بإقبال تجاوز الـ 100 ألف زائر.",
            date(2015, 8, 7),
            "7 من الشهر الجاري",
            "2015-07-23",
        ),
    ],
)
def test_a_day_of_the_running_month_not_yet_come_after_a_start_in_the_past_is_the_hijri_months(
    text, published, quote, first
):
    assert first in [f for q, f, _, _ in days(text, published) if q == quote]


@pytest.mark.parametrize(
    "text, published, quote, first",
    [
        # ... not a start ahead (in the present), not the Gregorian day gone, not a Hijri day still ahead (21 Shawwal
        # is 6 August), and not a past verb of deciding or agreeing that names a day ahead
        (
            "وضمن استعداداته لبطولة أميركا المفتوحة (فلاشينغ ميدوز) التي تنطلق في 31 من الشهر الحالي.",
            date(2015, 8, 11),
            "31 من الشهر الحالي",
            "2015-08-31",
        ),
        (
            "حيث بدأ عقد الشركة الألمانية العملاقة “أديداس” مع يونايتد رسمياً قبل 4 أيام، وتحديداً في الأول من الشهر"
            " الجاري.",
            date(2015, 8, 6),
            "الأول من الشهر الجاري",
            "2015-08-01",
        ),
        (
            "* بوشر في 21 من هذا الشهر تصوير «طيور السنونو والأمازونز» عن رواية خيالية للأولاد",
            date(2015, 7, 21),
            "21 من هذا الشهر",
            "2015-07-21",
        ),
        (
            "وحددت إدارة النادي بالاتفاق مع الشركة المسوقة لملابس الفريق على بدء بيع قمصان الفريق الجديدة في العاشر من"
            " الشهر الجاري في متجر النادي الرسمي.",
            date(2015, 8, 2),
            "العاشر من الشهر الجاري",
            "2015-08-10",
        ),
    ],
)
def test_a_day_of_the_running_month_stays_gregorian_without_a_start_gone(text, published, quote, first):
    assert first in [f for q, f, _, _ in days(text, published) if q == quote]


def test_a_day_of_the_current_month_counts_in_hijri_months_when_its_text_does():
    hijri = "استؤنف العمل رابع أيام عيد الفطر المبارك، بعد الأمر الملكي بالتمديد حتى الثلاثين من الشهر الحالي"
    assert days(hijri, D015)[-1][1] == "2015-08-15"  # 30 Shawwal 1436
    assert days("في العاشر من الشهر الجاري", D015)[0][1] == "2015-07-10"
    assert days("قال رجب طيب أردوغان إن القمة في العاشر من الشهر الجاري", D015)[-1][1] == "2015-07-10"


# (from the eleventh random sample (nondates_judged_11.jsonl))
@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a day of the publication's month with المقبل, after the publication day: this month's
        ("على الاجتماع المقبل لوزراء الدفاع والخارجية العرب في 27 أغسطس المقبل، وأن الإسراع", date(2015, 8, 1),
         ("27 أغسطس المقبل", "2015-08-27", "2015-08-27", "point")),
        # (with its listed first day since the round of sample 64: "3 و4")
        ("في اجتماع الأمناء يومي 3 و4 أغسطس (آب) المقبل", date(2015, 8, 2),
         ("3 و4 أغسطس (آب) المقبل", "2015-08-03", "2015-08-04", "range")),
        # ... and before it, next year's
        ("في 2 أغسطس المقبل", date(2015, 8, 10), ("2 أغسطس المقبل", "2016-08-02", "2016-08-02", "point")),
        # العام after a word it does not qualify is still a year
        ("وقال الأمين إن العام المقبل سيشهد", date(2015, 8, 10), ("العام المقبل", "2016-01-01", "2016-12-31", "point")),
        # (a meeting in the present tense is the coming one since sample 28: "يجتمع سفراء ... الثلاثاء")
        ("يجتمع المجلس يوم الاثنين", date(2015, 8, 2), ("يوم الاثنين", "2015-08-03", "2015-08-03", "point")),
    ],
)  # fmt: skip
def test_next_in_the_same_month_and_words_near_the_two_and_general(text, published, expected):
    assert expected in days(text, published)


# (from the rounds of samples 27-48)
@pytest.mark.parametrize(
    "text, published, quote, first",
    [
        # a day of the publication's month with الماضي, before the publication day, is this month's
        # (sample 32: the Fotokol bombing of 12 July 2015 was read as 2014's), as "27 أغسطس المقبل" on 1 August
        ("وفي 12 يوليو الماضي قامت انتحاريتان منقبتان بتفجير نفسيهما في فوتوكول على الحدود مع نيجيريا",
         date(2015, 7, 24), "12 يوليو الماضي", date(2015, 7, 12)),
        # ... a day after the publication day is last year's
        ("وفي 30 يوليو الماضي قامت انتحاريتان منقبتان بتفجير نفسيهما", date(2015, 7, 24), "30 يوليو الماضي",
         date(2014, 7, 30)),
        # أول before a month, without من, is its first day (sample 32: the month was read)
        ("تتجه دولة الإمارات العربية المتحدة إلى تحرير أسعار الجازولين (البنزين) ووقود الديزل المحلية بداية من "
         "أول أغسطس المقبل.", date(2015, 7, 23), "أول أغسطس المقبل", date(2015, 8, 1)),
        # a forecast reads a bare month ahead, as a schedule does (sample 32; sample 25's "قد يرفع ... في أيلول")
        ("وكانت التوقعات المتزايدة ببدء المركزي الأمريكي في رفع أسعار الفائدة في سبتمبر أيلول عاملا رئيسيا وراء "
         "المكاسب التي حققها الدولار", date(2015, 7, 27), "سبتمبر أيلول", date(2015, 9, 1)),
        # ... not a month that began lately: the results of June against the forecasts, in July
        ("وجاءت النتائج أقل من التوقعات في يونيو", date(2015, 7, 27), "يونيو", date(2015, 6, 1)),
    ],
)  # fmt: skip
def test_this_months_past_day_first_days_and_forecast_months(text, published, quote, first):
    assert [(m.date_text, m.date_start) for m in find_dates(text, published)] == [(quote, first)]


# (from the round of sample 60)
@pytest.mark.parametrize(
    "text, published, quote, start, end",
    [
        # "ذلك" then a unit with a past or next modifier is the deictic time, not the time the text last gave
        # (sample 61: "ذلك الأسبوع" cut out and anchored to a later day of the text, read as next week)
        ("أبرم الاتفاق في 14 يوليو. يقول رويس \"ليس هناك شك في أن الحماس لإبرام الصفقة قد أخرج أفضل ما فيه، خاصة في "
         "ذلك الأسبوع الماضي\".", date(2015, 7, 21), "الأسبوع الماضي", "2015-07-12", "2015-07-18"),
        # ... and "ذلك" the object of the verb ("agreed to that last week"), the corpus
        ("اعتقل في 27 مايو سبعة مسؤولين، باستثناء نائب رئيس الفيفا السابق جيفري ويب من جزر كايمان الذي وافق على ذلك "
         "الأسبوع الماضي.", date(2015, 7, 21), "الأسبوع الماضي", "2015-07-12", "2015-07-18"),
        ("إذا لم يتم إدخال التعديلات هذا العام، سيتم ذلك العام المقبل", date(2015, 8, 1), "العام المقبل", "2016-01-01",
         "2016-12-31"),
        # against: with no modifier it is still the time the text last gave
        ("وصل الأحد 2 أغسطس وفي ذلك الأسبوع التقى الوزير", date(2015, 8, 4), "ذلك الأسبوع", "2015-08-02", "2015-08-08"),
        ("وصل الأحد 2 أغسطس وفي ذلك اليوم", date(2015, 8, 4), "ذلك اليوم", "2015-08-02", "2015-08-02"),
    ],
)  # fmt: skip
def test_that_unit_with_a_past_or_next_modifier_is_deictic(text, published, quote, start, end):
    found = [
        (m.date_start.isoformat(), m.date_end.isoformat()) for m in find_dates(text, published) if m.date_text == quote
    ]
    assert found == [(start, end)], find_dates(text, published)


# (from the days round over samples 38-77)
@pytest.mark.parametrize(
    ("text", "published", "start", "end"),
    [
        # "next Shawwal" in a Shawwal paper is this Shawwal (the round of sample 85: read as Shawwal 1437)
        ("الذي ينطلق في الـ 14 من شهر شوال القادم ويستمر لأكثر من أسبوعين.", "2015-07-22", "2015-07-30", "2015-07-30"),
        (
            "تستقبل كلية العلوم حاليا حتى السابع والعشرين من شوال القادم الراغبين",
            "2015-07-21",
            "2015-08-12",
            "2015-08-12",
        ),
        (
            "فيما سيتم تتويجهم جميعاً في حفل الافتتاح الرسمي للسوق في 27 شوال المقبل",
            "2015-07-21",
            "2015-08-12",
            "2015-08-12",
        ),
        ("إذ بدأت الزخة منذ 25 رمضان، ويتصادف ذروتها فجر 13 شوال القادم.", "2015-07-25", "2015-07-29", "2015-07-29"),
        ("وتوقعت ان تتم الموافقة على «حافز المطور» خلال شوال المقبل", "2015-07-22", "2015-07-17", "2015-08-15"),
        # ... and "next August" in an August paper this August (a text written in July, or the month still running)
        ("ويسري العرض نهاية آب (أغسطس) المقبل.", "2015-08-01", "2015-08-21", "2015-08-31"),
        ("وضريبة المبيعات بدءًا من أغسطس (آب) المقبل.", "2015-08-07", "2015-08-01", "2015-08-31"),
        (
            "على أن تطلقه بحلول أواخر شهر يونيو الجاري، أو أوائل شهر يوليو القادم.",
            "2015-07-21",
            "2015-07-01",
            "2015-07-10",
        ),
        # against: another month's "next" is the next such month, "the one after next" a year on
        ("وستنظم انتخابات في الولاية في نوفمبر (تشرين الثاني) المقبل.", "2015-07-26", "2015-11-01", "2015-11-30"),
        ("ويقام الحفل في يوليو المقبل.", "2015-08-07", "2016-07-01", "2016-07-31"),
        ("يقام في ذي القعدة المقبل", "2015-07-22", "2015-08-16", "2015-09-13"),
        ("ويقام في رمضان المقبل", "2015-07-22", "2016-06-06", "2016-07-05"),
    ],
)
def test_next_month_in_a_paper_of_that_month_is_this_month(text, published, start, end):
    found = [m for m in find_dates(text, d(published)) if m.precision != "year"]
    assert [(str(m.date_start), str(m.date_end)) for m in found][-1:] == [
        (start, end)
    ]  # the month, the sentence's last


@pytest.mark.parametrize(
    ("text", "published", "date_text", "start", "end"),
    [
        # sample 91: a day's number straight before الشهر الجاري / الحالي / الماضي, without من, is that day of the
        # month (read as the whole month: the candidate filter wanted "N من الشهر")
        ("يدشن 140 طالبا برنامج موهبة الثامن للمرحلة الابتدائية، ويستمر حتى 28 الشهر الجاري بثلاث فعاليات منوعة",
         "2015-07-25", "28 الشهر الجاري", "2015-07-28", "2015-07-28"),
        ("بسبب إقفال مطمر الناعمة أمام شاحنات النفايات اعتبارًا من 17 الشهر الحالي، ورفض مناطق أخرى", "2015-07-22",
         "17 الشهر الحالي", "2015-07-17", "2015-07-17"),
        ("يلتقي رئيس الائتلاف السوري الدكتور خالد خوجة وزير الخارجية الروسي سيرجي لافروف في موسكو في 12 الشهر"
         " الجاري في إطار دعوة روسية", "2015-08-09", "12 الشهر الجاري", "2015-08-12", "2015-08-12"),
        ("وأعلنت أفغانستان في 29 الشهر الماضي وفاة الملا عمر قبل يوم من موعد جولة ثانية", "2015-08-10",
         "29 الشهر الماضي", "2015-07-29", "2015-07-29"),
        # a text that counts in Hijri months (the school year 1436-1437هـ) means the running Hijri month, as with من
        ("دعت إدارة التعليم بوادي الدواسر 139 معلمًا مرشحًا للوظائف التعليمية للعام الدراسي 1436- 1437هـ، إلى"
         " تسجيل موعد إجراء المقابلة الشخصية خلال الفترة من 10 إلى 12 الشهر الجاري.", "2015-07-22",
         "من 10 إلى 12 الشهر الجاري", "2015-07-26", "2015-07-28"),
    ],
)  # fmt: skip
def test_a_day_number_straight_before_the_running_month(text, published, date_text, start, end):
    found = [m for m in find_dates(text, d(published)) if m.date_text == date_text]
    assert [(str(m.date_start), str(m.date_end)) for m in found] == [(start, end)], find_dates(text, d(published))


def test_a_count_of_months_without_the_article_is_no_day_of_the_month():
    # against: a number before اشهر (months, a count) is no day of a month ("رواتب 3 اشهر": three months' pay)
    text = "وكانت الادارة قد سلمت رواتب 3 اشهر للاعبين مع بداية تكليفها."
    assert [m.date_text for m in find_dates(text, date(2015, 7, 24))] == []


# --- the day the text was written: a day word with its weekday ------------------------------------------------------


# (from the round of sample 63)
@pytest.mark.parametrize(
    "text, published, quote, day",
    [
        # "أمس الثلاثاء" in a Thursday paper: the sentence was written on Wednesday (sample 63: read as 4 August)
        ("ذكرت تقارير، أمس الثلاثاء، أن خمسة أشخاص على الأقل قتلوا وأصيب 13 آخرون، بعدما اجتاحت عاصفة قوية غرب مقدونيا "
         "في وقت متأخر من أمس الأول.", date(2015, 8, 6), "أمس الأول", "2015-08-03"),
        # the corpus: "اليوم (الاثنين)" in a Wednesday paper, "أمس الثلاثاء" in a Friday paper
        ("يعاود لاعبو النصر تدريباته مساء اليوم (الاثنين) بعد تمتع اللاعبين بإجازة سبعة ايام، ومن المقرر أن يكون المدرب "
         "ومساعدوه قد وصلوا الى الرياض فجر اليوم قادمين من بلادهم", date(2015, 7, 22), "اليوم", "2015-07-20"),
        ("وأظهر تقرير لمعهد البترول الأمريكي أمس الثلاثاء انخفاض المخزون 958 ألف برميل قبل صدور البيانات الرسمية اليوم.",
         date(2015, 7, 24), "اليوم", "2015-07-22"),
        # against: the weekday's day word after the bare one, as the editor may have updated one and not the other
        # (the pound fell on Friday; the data came out on Thursday)
        ("وانخفض الجنيه الاسترليني أمام الدولار امس متجها لتسجيل أضعف أداء أسبوعي بعد صدور بيانات مخيبة للآمال عن "
         "مبيعات التجزئة البريطانية أمس الخميس", date(2015, 7, 25), "امس", "2015-07-24"),
        # ... a quoted weekday's day word is the speaker's
        ("وأعلن المتحدث باسم البحرية الأميركية، أمس، أن «عنصرًا في البحرية توفي متأثرًا بإصابته خلال إطلاق النار، مساء "
         "أمس (السبت)»", date(2015, 7, 21), "أمس", "2015-07-20"),
        # ... a weekday that tells the publication day
        ("أعلنت الوزارة اليوم الثلاثاء أن الطائرة وصلت أمس", date(2015, 7, 21), "أمس", "2015-07-20"),
    ],
)  # fmt: skip
def test_a_day_word_with_its_weekday_tells_the_day_its_sentence_was_written(text, published, quote, day):
    found = [str(m.date_start) for m in find_dates(text, published) if m.date_text == quote]
    assert day in found and len(set(found)) == 1, find_dates(text, published)


# (from the days round over samples 38-77)
@pytest.mark.parametrize(
    "text, published, quote, day",
    [
        # the article's day words with a weekday tell the day it was written: its later bare day words count from it
        # (sample 56: a Friday paper, the prisoner's arrival "اليوم الخميس" then "صباح اليوم", read as Friday)
        ("وصل إلى المملكة اليوم الخميس سجين سعودي أفرجت عنه السلطات العراقية. وأضاف ابنه أن والده وصل صباح اليوم عن "
         "طريق رحلة جوية", date(2015, 8, 7), "اليوم", "2015-08-06"),
        # ... sample 60: the Premier League's opening Saturday, "ويلعب اليوم ايضا تشلسي" in a Sunday paper
        ("انطلق الدوري الإنجليزي اليوم السبت بفوز مانشستر يونايتد. ويلعب اليوم ايضا تشلسي حامل اللقب مع سوانسي سيتي.",
         date(2015, 8, 9), "اليوم", "2015-08-08"),
        # ... another sentence's, read apart until the days round over samples 38-77 (the text was written on Monday)
        ("اختتم المهرجان مساء أمس الأحد. وقد زار الأمير المعرض أمس", date(2015, 7, 21), "أمس", "2015-07-19"),
        # ... the corpus: the MH370 debris "found yesterday" in a text of Thursday printed on Friday
        ("أعلن رئيس الوزراء اليوم (الخميس) أن الحطام يعود للطائرة. وتوجه المحققون إلى الجزيرة لمعاينة الحطام الذي عثر "
         "عليه أمس، ويشتبه بأنه للطائرة", date(2015, 7, 31), "أمس", "2015-07-29"),
    ],
)  # fmt: skip
def test_the_texts_own_day_counts_its_later_bare_day_words(text, published, quote, day):
    found = [m for m in find_dates(text, published) if m.date_text == quote]
    assert (str(found[-1].date_start), str(found[-1].date_end)) == (day, day)


@pytest.mark.parametrize(
    "text, published, quote, day",
    [
        # against: a bare day word in a quotation keeps the publication day (the speaker's today)
        ("وصل الوفد إلى الرياض اليوم الخميس. وقال رئيس الوفد: «نبدأ اليوم محادثات مهمة»", date(2015, 8, 7), "اليوم",
         "2015-08-07"),
        # ... and day words that tell two days leave the text's day untold ("أمس الخميس" and "اليوم الخميس")
        ("أعلنت الشركة أمس الخميس نتائجها. وتراجع السهم اليوم الخميس. وارتفع المؤشر اليوم", date(2015, 8, 7), "اليوم",
         "2015-08-07"),
    ],
)  # fmt: skip
def test_the_texts_own_day_is_not_a_quotations_or_an_untold_one(text, published, quote, day):
    found = [m for m in find_dates(text, published) if m.date_text == quote]
    assert (str(found[-1].date_start), str(found[-1].date_end)) == (day, day)


# (issue 11's stale texts, fifteenth session: a text of three or four days before, as after the Eid holiday)
@pytest.mark.parametrize(
    "text, published, quote, day",
    [
        # the Damaturu Eid-prayer bombings of Friday 17 July in the Tuesday paper of 21 July (2015-07-21-135): its
        # "صباح اليوم" is that Friday, not the paper's day
        ("قتل 13 شخصا على الأقل، اليوم (الجمعة)، وأصيب العديدون بجروح في ثلاثة تفجيرات في داماتورو عاصمة ولاية يوبي "
         "بشمال شرقي نيجيريا، على ما أفاد متطوع ومصدر طبي.\n\n وقال قائد شرطة ولاية يوبي ان ثلاث انتحاريات قاصرات "
         "فجرن انفسهن صباح اليوم في داماتورو عاصمة الولاية", date(2015, 7, 21), "اليوم", "2015-07-17"),
        # ... Sunday's statement in a Wednesday paper (2015-07-22-894), three days before
        ("أعلن وزير الداخلية العراقي محمد سالم الغبان اليوم الأحد اعتقال المتورطين بالتفجير الذي استهدف ناحية بني سعد "
         "بمحافظة ديالى أمس الأول الجمعة. وقالت خلية الإعلام الحربي في بيان اليوم إن \"المتهمين سيتم التحقيق معهم\"",
         date(2015, 7, 22), "اليوم", "2015-07-19"),
        # ... a club's Monday text in a Friday paper (2015-07-31-1580): its training "اليوم" is Monday 27 July
        ("يخوض الفريق الأول لكرة القدم بنادي النصر مساء غدا الثلاثاء أولى مبارياته الودية في معسكره بالنمسا أمام فريق "
         "كونيا سبور التركي.\n وكان الفريق أجرى اليوم تدريباته على فترتين", date(2015, 7, 31), "اليوم", "2015-07-27"),
        # against: six days before is a misprint or a much older text: "أمس الثلاثاء" in a Tuesday paper
        # (2015-08-11-121), its later bare "أمس" the paper's Monday
        ("اعتمدت جهة حكومية أمس الثلاثاء آلية تصنيف جديدة لشركات المقاولات والمكاتب الهندسية.\nوأوضحت وزارة الشؤون "
         "البلدية والقروية أمس، ممثلة بوكالة الوزارة لشؤون تصنيف المقاولين، أنه يجري العمل", date(2015, 8, 11), "أمس",
         "2015-08-10"),
    ],
)  # fmt: skip
def test_a_text_of_up_to_four_days_before_counts_its_bare_day_words_from_its_day(text, published, quote, day):
    found = [m for m in find_dates(text, published) if m.date_text == quote]
    assert (str(found[-1].date_start), str(found[-1].date_end)) == (day, day)


# (from the round of sample 252)
@pytest.mark.parametrize(
    "text, published, quote, day",
    [
        # the afternoon of today with its weekday is the text's today, not an era's (sample 252: the Haqbani round of
        # 16 in a Thursday paper, the text written on Wednesday: the weekday read alone, the next Wednesday, 12 August)
        ("وسيخوض الحقباني دور ال 16 عصر اليوم الأربعاء أمام ممثل الميد ويست هيدن سوان.", date(2015, 8, 6),
         "الأربعاء", "2015-08-05"),
        # ... and it tells the text's day to a later bare day word (2015-07-22-401: Monday's arrival and training in a
        # Wednesday paper, the training read as Wednesday)
        ("وقال: بحمد الله وصلت بعثة الفريق عصر اليوم الاثنين وفق خط السير المحدد مسبقاً وقد أجرى الفريق أول تدريباته "
         "مساء اليوم", date(2015, 7, 22), "اليوم", "2015-07-20"),
        # against: the weekday after the paper's day, a text for the next day's paper (2015-08-04-1345, the same round
        # of 16 in a Tuesday paper): the weekday alone, Wednesday 5 August, as before
        ("وسيخوض اللاعب السعودي دور 16 عصر اليوم الأربعاء أمام ممثل الميد ويست هيدن سوان.", date(2015, 8, 4),
         "الأربعاء", "2015-08-05"),
        # ... and the paper's own weekday, the same day either way (2015-08-06-1063)
        ("وسيقابل الحقباني المصنف السادس الأمريكي جرفن دانتن من جنوب كالفورنيا عصر اليوم الخميس على ملاعب مدينة ليتل "
         "رآك بولاية أركنسا.", date(2015, 8, 6), "الخميس", "2015-08-06"),
    ],
)  # fmt: skip
def test_the_afternoon_of_today_with_its_weekday_is_the_texts_today(text, published, quote, day):
    found = [m for m in find_dates(text, published) if m.date_text.endswith(quote)]
    assert found and (str(found[-1].date_start), str(found[-1].date_end)) == (day, day), find_dates(text, published)


# (issue 11's class, no new sample: the bare afternoon of today)
@pytest.mark.parametrize(
    "text, published, day",
    [
        # the bare afternoon of today is the text's today: the corpus's bare عصر اليوم are each this afternoon, none an
        # era (which the corpus calls عصرنا); read as no date while عصر stood for "today's era" (2015-08-03-1341)
        ("مهنا التميمي- سبق- الجوف: سيطرت فرق الدفاع المدني بسكاكا، عصر اليوم، على حريق بإحدى الغرف في المبنى الإداري "
         "بمستشفى النساء والولادة والأطفال بمدينة سكاكا.", date(2015, 8, 3), "2015-08-03"),
        # ... a match (2015-07-25-999), a funeral prayer after the afternoon prayer (2015-08-02-659)
        ("من جهة ثانية تعادل الشباب عصر اليوم في أول مبارياته الودية في معسكره الخارجي بمدينة ميرلو الهولندية، مع "
         "اكسيلسور الهولندي بنتيجة 1-1", date(2015, 7, 25), "2015-07-25"),
        ("أدت جموع المصلين عقب صلاة عصر اليوم صلاة الميت على شهيد الواجب خالد بن مساوى حمدي من منسوبي قوة المجاهدين "
         "بقطاع الطوال", date(2015, 8, 2), "2015-08-02"),
        # ... and the text's day its weekday told (2015-07-31-1528: the martyr killed on Tuesday evening, his body flown
        # on Wednesday, in a Friday paper)
        ("وكان رجل الأمن سامي الذي استشهد مساء أمس الثلاثاء أثناء أداء إحدى دوريات الأمن لمهامها ببلدة الجش بمحافظة "
         "القطيف. وكان جثمان الشهيد الحربي نقل عبر طائره خاصة عصر اليوم من المنطقة الشرقية إلى المدينة المنورة.",
         date(2015, 7, 31), "2015-07-29"),
    ],
)  # fmt: skip
def test_the_bare_afternoon_of_today_is_the_texts_today(text, published, day):
    found = [m for m in find_dates(text, published) if m.date_text == "اليوم"]
    assert found and (str(found[-1].date_start), str(found[-1].date_end)) == (day, day), find_dates(text, published)


@pytest.mark.parametrize(
    "text, published",
    [
        # against: the afternoon of another day stays no date (2015-08-07-82, a journey of the 1920s; 2015-07-21-2311;
        # 2015-07-22-1035, any Eid's first day)
        ("كتب حسنين باشا عن رحلته إلى الصحراء الليلية يقول: في عصر اليوم التالي لمقابلة إدريس رأينا قبة مسجد الجغبوب "
         "البيضاء", date(2015, 8, 7)),
        ("وكان يومها فريق حطين للناشئين مهددا بالهبوط ولديه مباراة مهمة امام الفتح عصر اليوم الثاني ويتطلب منهم الفوز",
         date(2015, 7, 21)),
        ("فلا يأتي عصر اليوم الأول للعيد إلا وتتفق هذه القنوات على توحيد بثها بشكل تلقائي", date(2015, 7, 22)),
    ],
)  # fmt: skip
def test_the_afternoon_of_another_day_is_no_date(text, published):
    assert not [m for m in find_dates(text, published) if "اليوم" in m.date_text], find_dates(text, published)


# (from the round of sample 152)
@pytest.mark.parametrize(
    "text, published, day",
    [
        # a text that names its today with a weekday counts its bare "today" before it from that day too (sample 152:
        # SPA's executions in a Thursday paper, the statement's own "اليوم الأربعاء" two sentences on, read as Thursday)
        ("نفذت وزارة الداخلية اليوم حكمين بالقتل أحدهما قصاصًا في أحد الجناة بمنطقة جازان والآخر تعزيراً في مهرب مخدرات "
         "بمحافظة جدة. وتم تنفيذ الحكم الأول بالقتل قصاصاً اليوم الأربعاء بمدينة جيزان", date(2015, 8, 6), "2015-08-05"),
        # ... FIFA's announcement of the extraordinary congress, made on Monday 20 July, in a Wednesday paper
        ("أعلن الاتحاد الدولي لكرة القدم (فيفا) اليوم أن الاجتماع الاستثنائي للجمعية العمومية (كونجرس) للفيفا سينعقد في "
         "26 فبراير 2016 لانتخاب الرئيس الجديد للاتحاد خلفا للسويسري جوزيف بلاتر. وقررت اللجنة التنفيذية بالفيفا، في "
         "اجتماعها اليوم الاثنين بمدينة زيوريخ السويسرية، موعد الاجتماع الاستثنائي", date(2015, 7, 22), "2015-07-20"),
        # ... Sabq's Jeddah fire, the civil defence's call "بعد ظهر اليوم الأربعاء" in a Thursday paper (sample 62)
        ("أصيب ستة أشخاص اليوم بإصابات طفيفة عولجوا منها في الموقع، وذلك إثر اندلاع حريق بشقتهم في حي النزهة بجدة. "
         "وأوضح المتحدث الرسمي للدفاع المدني أن مركز التحكم والتوجيه تلقى بلاغاً بعد ظهر اليوم الأربعاء، عن وجود حريق",
         date(2015, 7, 23), "2015-07-22"),
    ],
)  # fmt: skip
def test_a_text_that_names_its_today_counts_its_earlier_bare_today(text, published, day):
    found = [m for m in find_dates(text, published) if m.date_text == "اليوم"]
    assert [(str(m.date_start), str(m.date_end)) for m in found] == [(day, day)], find_dates(text, published)


@pytest.mark.parametrize(
    "text, published, quote, day",
    [
        # against: a bare "today" before a named yesterday keeps the paper's day (Reuters' Brent on Friday, the US
        # crude's settlement "أمس الخميس": only a named today moves an earlier bare one)
        ("اقتربت أسعار خام برنت من أدنى مستوياتها في أربعة أشهر اليوم، بعد صدور بيانات تظهر انكماش قطاع المصانع في "
         "الصين.\nوارتفع سعر الخام الأمريكي في العقود الآجلة تسليم سبتمبر 12 سنتا بعد انخفاضه 74 سنتا عند التسوية أمس "
         "الخميس", date(2015, 7, 25), "اليوم", "2015-07-25"),
        # ... and the paper's correction of a wire's "today" stays one expression, its day the correction's (the royal
        # order of the king's travel, "هذا اليوم السبت" later in the article)
        ("ونظراً لعزمنا -بمشيئة الله- على السفر خارج المملكة هذا اليوم (أمس) السبت التاسع من شهر شوال عام 1436 هـ. "
         "سيتوجه خادم الحرمين الشريفين اعتباراً من هذا اليوم السبت 9 / 10 / 1436 هـ", date(2015, 7, 26), "اليوم (أمس)",
         "2015-07-25"),
        # ... nor does a bare "yesterday" before a named one (the editor may have updated one and not the other)
        ("وانخفض الجنيه الاسترليني أمام الدولار امس. وصدرت بيانات مخيبة للآمال عن مبيعات التجزئة البريطانية أمس الخميس",
         date(2015, 7, 25), "امس", "2015-07-24"),
    ],
)  # fmt: skip
def test_an_earlier_bare_day_word_moves_only_for_a_named_today(text, published, quote, day):
    found = [m for m in find_dates(text, published) if m.date_text == quote]
    assert [(str(m.date_start), str(m.date_end)) for m in found] == [(day, day)], find_dates(text, published)


# (from the round of sample 169 (nondates_judged_169.jsonl): sample 166's left)
@pytest.mark.parametrize(
    "text, published, quote, day",
    [
        # the bracket kept المقبل from the weekday: read as the past Thursday, 30 July (the canal opened on 6 August)
        ("جاء معظمها في ضوء استنفار كل أجهزة الدولة، خاصة الأمنية، لحفل افتتاح قناة السويس الجديدة يوم (الخميس) المقبل، "
         "وكذلك تجنب صدور أحكام مثيرة", date(2015, 8, 3), "يوم (الخميس) المقبل", "2015-08-06"),
        # Morsi's trial adjourned: read as the past Saturday, 1 August
        ("الأسبق محمد مرسي و10 متهمين آخرين من كوادر وأعضاء جماعة الإخوان، إلى جلسة يوم (السبت) المقبل، وذلك في اتهامهم "
         "بالتخابر", date(2015, 8, 3), "يوم (السبت) المقبل", "2015-08-08"),
        # sample 166's row, spaces inside the bracket: read as the past Sunday, 2 August
        ("وسيعاود لاعبوا الفريق الأحمر تدريباتهم اليومية الاعتيادية ضمن مرحلة الإعداد الثالثة مساء يوم ( الأحد ) المقبل "
         "على ملاعب النادي بحي الزهرة في مدينة بريدة.", date(2015, 8, 7), "يوم ( الأحد ) المقبل", "2015-08-09"),
    ],
)  # fmt: skip
def test_a_weekday_in_brackets_after_yawm_keeps_its_modifier(text, published, quote, day):
    found = [(m.date_text, str(m.date_start), str(m.date_end)) for m in find_dates(text, published)]
    assert (quote, day, day) in found, found


@pytest.mark.parametrize(
    "text, published, quote, day",
    [
        # against: a past modifier keeps its day (the last Thursday), the bracket now in the quote
        ("علماً بأن باب الترشيح لانتخاب رئيس وأعضاء مجلس إدارة جديدة للنادي بدأ يوم (الخميس) الماضي بتواجد لجنة",
         date(2015, 8, 4), "يوم (الخميس) الماضي", "2015-07-30"),
        # ... a day word's bracketed weekday before قادمة ("arriving") stays the day word's expression
        ("من جهة ثانية تصل بعثة التعاون إلى مدينة بريدة مساء اليوم (الثلاثاء) قادمة من هولندا", date(2015, 8, 4),
         "اليوم (الثلاثاء)", "2015-08-04"),
        # ... a bracket without يوم is left out of the quote (it would open before it): the bare weekday, its day by الماضية
        # as before
        ("وقد عثر على جثة الضحية (الجمعة) الماضية، ومع أن أسباب الوفاة ليست واضحة", date(2015, 8, 10), "الجمعة",
         "2015-08-07"),
        # ... a bracketed weekday with no modifier after it keeps its bracket out
        ("على أن تعقد بعدها الجمعية العمومية غير العادية يوم (الأحد) الموافق للأول من شهر ذي القعدة", date(2015, 8, 4),
         "الأحد", None),
    ],
)  # fmt: skip
def test_a_bracketed_weekday_without_yawm_and_modifier_is_read_as_before(text, published, quote, day):
    found = [(m.date_text, str(m.date_start)) for m in find_dates(text, published)]
    assert any(q == quote and (day is None or s == day) for q, s in found), found
    assert not any(q.count("(") != q.count(")") for q, _ in found), found


# (from the round of sample 175)
@pytest.mark.parametrize(
    "text, published, quote, start, end",
    [
        # "this week" in a Sunday paper after a past verb of a completed act is the week just ended: the text was
        # written before the paper's week began (samples 118, 120, 156, 160; the corpus)
        ("وسجل المعدن النفيس خسائر هذا الأسبوع بنسبة 4.1 في المائة.", date(2015, 7, 26), "هذا الأسبوع",
         "2015-07-19", "2015-07-25"),
        ("وقالت وكالة الإغاثة الخاصة \"أوكسفام\" هذا الأسبوع إن عددا غير مسبوق يبلغ 13 مليون شخص في اليمن يواجهون نقصا "
         "في المواد الغذائية", date(2015, 8, 2), "هذا الأسبوع", "2015-07-26", "2015-08-01"),
        ("ازالت السلطات الباكستانية خلال الاسبوع الجاري حي «مخيم الافغان» العشوائي في العاصمة اسلام اباد",
         date(2015, 8, 2), "الاسبوع الجاري", "2015-07-26", "2015-08-01"),
        ("وأوضح المدير الطبي أن العيادات التخصصية السعودية تعاملت خلال هذا الأسبوع مع ما مجموعه 970 حالة مرضية",
         date(2015, 7, 26), "هذا الأسبوع", "2015-07-19", "2015-07-25"),
        # ... and "earlier this week" in a Sunday paper
        ("وفي وقت سابق من هذا الاسبوع، حمل سكان آخرون قوة \"اميصوم\" المسؤولية عن مقتل ثمانية مدنيين",
         date(2015, 7, 26), "هذا الاسبوع", "2015-07-19", "2015-07-25"),
        # against: a past verb whose object lies ahead, a present or future verb, a condition, a reported clause
        ("قالت وزارة الخارجية اليوم الأحد إن تركيا طلبت من حلف شمال الأطلسي عقد اجتماع طارئ هذا الأسبوع",
         date(2015, 7, 26), "هذا الأسبوع", "2015-07-26", "2015-08-01"),
        ("ودعا المتحدث الرسمي للأحوال المدنية المقبولين بمراجعة إدارة شؤون الموظفين بالرياض خلال الأسبوع الجاري",
         date(2015, 8, 2), "الأسبوع الجاري", "2015-08-02", "2015-08-08"),
        ("وقد تم ذلك بالفعل حيث يحتفل المصريون بالإنجاز من هذا الأسبوع", date(2015, 8, 2), "هذا الأسبوع",
         "2015-08-02", "2015-08-08"),
        ("وأضافت أن البرلمان قد يصوت على الاتفاق هذا الأسبوع", date(2015, 8, 9), "هذا الأسبوع", "2015-08-09",
         "2015-08-15"),
        ("وقال إن الحالة المطرية الصيفية النادرة تخف هذا الأسبوع", date(2015, 8, 9), "هذا الأسبوع", "2015-08-09",
         "2015-08-15"),
        ("لكن ربما تظهر تلك الإشارات إذا ما تم احترام الدعم الأهم هذا الأسبوع عند 5،500 نقطة", date(2015, 8, 9),
         "هذا الأسبوع", "2015-08-09", "2015-08-15"),
        # ... and a past verb in a paper of another day than the week's first: its own week, as before
        ("وسجل المعدن النفيس خسائر هذا الأسبوع بنسبة 4.1 في المائة.", date(2015, 7, 25), "هذا الأسبوع",
         "2015-07-19", "2015-07-25"),
        ("وقالت وكالة الإغاثة الخاصة أوكسفام هذا الأسبوع إن", date(2015, 8, 4), "هذا الأسبوع", "2015-08-02",
         "2015-08-08"),
    ],
)  # fmt: skip
def test_this_week_after_a_past_verb_in_a_sunday_paper_is_the_week_just_ended(text, published, quote, start, end):
    found = [
        (m.date_start.isoformat(), m.date_end.isoformat()) for m in find_dates(text, published) if m.date_text == quote
    ]
    assert found == [(start, end)], find_dates(text, published)


# (from the round of sample 208)
def test_an_order_to_devote_the_friday_sermon_reads_the_coming_friday():
    # sample 206's row, a Thursday paper: the coming Friday, 7 August (read as 31 July on main)
    text = "وتم إبلاغ خطباء الجوامع بتخصيص خطبة يوم الجمعة عن الحدث واسنتكار ذلك العمل الإجرامي الشنيع"
    found = [(m.date_text, m.date_start) for m in find_dates(text, date(2015, 8, 6))]
    assert ("الجمعة", date(2015, 8, 7)) in found, found


def test_an_order_to_devote_the_sermon_keeps_its_own_tomorrow():
    # against: the twin report's order with its own غداً (sample 206, a Thursday paper) stays tomorrow, 7 August
    text = "وأوضح فرع الوزارة بعسير أنه تم التعميم الآن عاجلاً من فرع الوزارة بتخصيص خطبة الجمعة غداً عن حادث التفجير"
    found = [(m.date_text, m.date_start) for m in find_dates(text, date(2015, 8, 6))]
    assert found and all(start == date(2015, 8, 7) for _, start in found), found


# (from the round of sample 214)
@pytest.mark.parametrize(
    "text, published, quote, day",
    [
        # sample 214's row, a Saturday paper: the day after tomorrow, 27 July (read as tomorrow on main)
        ("يذكر أن التعاون سيواجه الوصل الإماراتي في المباراة الودية الثانية بعد يوم غد.", date(2015, 7, 25),
         "بعد يوم غد", date(2015, 7, 27)),
        # with tomorrow's alif: a Friday paper, 2 August (read as 1 August on main)
        ("يخوض كابتن المنتخب السعودي للتنس تحت 14 سنة سعود الحقباني بعد غدا بطولة السوبر الامريكية للملاعب الصلبة",
         date(2015, 7, 31), "بعد غدا", date(2015, 8, 2)),
        # a Thursday paper's title, the text's "السبت المقبل": 8 August (read as 7 August on main)
        ('بعد غداً.. "فنون الطائف" تقدّم مسرحية "نزهة في ميدان المعركة"', date(2015, 8, 6), "بعد غداً",
         date(2015, 8, 8)),
    ],
)  # fmt: skip
def test_the_day_after_tomorrow_with_its_yawm_or_tomorrows_alif(text, published, quote, day):
    found = [(m.date_text, m.date_start) for m in find_dates(text, published)]
    assert found == [(quote, day)], found


@pytest.mark.parametrize(
    "text, published, day",
    [
        # against: a day later stays a day later; the weekday after the day after tomorrow keeps its day
        ("سيواجه الوصل بعد يوم.", date(2015, 7, 25), date(2015, 7, 26)),
        ("وسيغلق بعد غداً الاثنين لتعقد بعدها الجمعية", date(2015, 8, 8), date(2015, 8, 10)),
        ("والذي سيختتم يوم بعد غداً (الخميس)، وعلى الجانب الأخر", date(2015, 8, 4), date(2015, 8, 6)),
    ],
)  # fmt: skip
def test_a_day_later_and_the_day_after_tomorrow_with_its_weekday_keep_their_day(text, published, day):
    found = [m.date_start for m in find_dates(text, published)]
    assert found == [day], find_dates(text, published)


# (from the round of sample 226)
@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a span counted from today is that span back, not today (the corpus; sample 87's row: read as the paper's day
        # on main)
        ('من قائد أوركسترا "بوسطن": الموسيقي "بنيامين زاندر"، حينما كان يبلغ 45 عاما، أي قبل ثلاثة عقود من اليوم!',
         date(2015, 8, 1), [("قبل ثلاثة عقود من اليوم", "1985-01-01", "1985-12-31", "point")]),
        ("والرئيس الحادي عشر للهند في الفترة بين 2002 و2007، والذي وافته المنية قبل أسبوع من اليوم.", date(2015, 8, 3),
         [("2002 و2007", "2002-01-01", "2007-12-31", "range"),
          ("قبل أسبوع من اليوم", "2015-07-26", "2015-08-01", "point")]),
        # ... and a span the grammar cannot count leaves today unread (sample 222's row: read as the paper's day)
        ("قبل ربع قرن من هذا اليوم، ارتكب صدام حسين حماقته الكبرى بغزو دولة الكويت.", date(2015, 8, 3), []),
    ],
)  # fmt: skip
def test_a_span_back_from_today_is_no_today(text, published, expected):
    assert days(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # against: a span counted from an event stays unread, and today after "من" with no span before it stays today
        # (the corpus)
        ("وقبل يومين من الانتخابات، ألقت السلطات السويسرية القبض على", date(2015, 7, 21), []),
        ("ويتقبل العزاء اعتباراً من اليوم الأحد في منزل الزميل", date(2015, 7, 26),
         [("اليوم الأحد", "2015-07-26", "2015-07-26", "point")]),
        ("ويتقبل ذووها العزاء بدءا من اليوم في جدة حي الصفا", date(2015, 8, 6),
         [("اليوم", "2015-08-06", "2015-08-06", "point")]),
        # ... and a span counted from now (من الآن) is left as it was: not read (grammar._FROM_TODAY)
        ("وربما ليست بعد ثلاثة شهور من الآن لكن قريبا.", date(2015, 8, 8), []),
    ],
)  # fmt: skip
def test_a_span_from_an_event_or_today_after_min_keep_their_reading(text, published, expected):
    assert days(text, published) == expected


# (issue 11's stale texts, eleventh session: an agency's dateline)
@pytest.mark.parametrize(
    "text, published, day",
    [
        # SPA's dispatch of 10 August in a paper of 11 August: its bare "today" is its dateline's day (2015-08-11-37)
        (" أملج 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\n هطلت عصر اليوم أمطار من خفيفة إلى متوسطة على مركز "
         "الشبحة التابع لمحافظة أملج", date(2015, 8, 11), "2015-08-10"),
        # ... the Italian coast guard's statement from Rome, the same day and paper (2015-08-11-45)
        (" روما 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\n أفادت مصادر في خفر السواحل الإيطالية اليوم بأن أكثر من "
         "1500 مهاجر غير شرعي، تعرضوا للغرق", date(2015, 8, 11), "2015-08-10"),
    ],
)  # fmt: skip
def test_a_dispatch_under_an_agency_dateline_counts_its_bare_today_from_the_dateline(text, published, day):
    found = [m for m in find_dates(text, published) if m.date_text == "اليوم"]
    assert [(str(m.date_start), str(m.date_end)) for m in found] == [(day, day)], find_dates(text, published)


@pytest.mark.parametrize(
    "text, published, day",
    [
        # a dateline whose Hijri and Gregorian days disagree (26 Shawwal is 11 August) tells no day: the paper's day
        # stays (2015-08-11-1615, judged so in sample 148)
        (" حفر الباطن 26 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\n تفقدت اللجنة الفرعية المحلية للانتخابات البلدية في "
         "الدورة الثالثة بمحافظة حفر الباطن برئاسة رئيس اللجنة رئيس بلدية المحافظة نايف بن مناحي بن سعيدان اليوم , "
         "المراكز الانتخابية بالمحافظة", date(2015, 8, 11), "2015-08-11"),
        # a dateline of the paper's own day changes nothing (2015-08-10-1563)
        (" بغداد 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\n لقي عدد من عناصر تنظيم \" داعش \" الإرهابي مصرعهم "
         "وأصيب آخرون في عدد من المدن العراقية اليوم .", date(2015, 8, 10), "2015-08-10"),
    ],
)  # fmt: skip
def test_a_dateline_that_tells_no_earlier_day_keeps_the_papers_today(text, published, day):
    found = [m for m in find_dates(text, published) if m.date_text == "اليوم"]
    assert [(str(m.date_start), str(m.date_end)) for m in found] == [(day, day)], find_dates(text, published)
