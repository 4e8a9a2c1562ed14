"""The calendar the date grammar reads: ``analysis/data/calendar.yaml``, validated on load, and
the arithmetic that turns a month, a week or a Hijri date into a range of Gregorian days.

:data:`CAL` is the calendar loaded once at import; names in it are normalised like article
text (:func:`analysis.text.normalize.normalize`), so ``أيلول`` is stored as ``ايلول``.
"""

from __future__ import annotations

import calendar as _calendar
import re
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import yaml
from hijridate import Gregorian, Hijri

from analysis.data import data_path, read_yaml
from analysis.text.normalize import normalize

CALENDAR_PATH = data_path("calendar.yaml")

_WEEKDAY_NUMBERS = {
    n: i for i, n in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
}


@dataclass(frozen=True)
class SchoolYear:
    """The school year of calendar.yaml's ``school_year``: its adjectives, the words of the next and the last one,
    its first and last day ((month, day); the last in the next calendar year) and its parts by name (start, middle,
    end: (month, day) to (month, day), the start in the first calendar year, the others in the second)."""

    adjectives: frozenset[str]
    next_words: frozenset[str]
    last_words: frozenset[str]
    first_day: tuple[int, int]
    last_day: tuple[int, int]
    parts: dict[str, tuple[tuple[int, int], tuple[int, int]]]


class CalendarError(ValueError):
    """``calendar.yaml`` is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class Calendar:
    months: dict[str, int]
    ambiguous_months: frozenset[str]
    ambiguous_month_anchors: frozenset[str]
    hijri_months: dict[str, int]
    hijri_month_epithets: tuple[str, ...]  # "رمضان المبارك": between a Hijri month and its year, day or modifier
    weekdays: dict[str, int]  # stem without ال -> date.weekday()
    weekday_false_after: dict[int, frozenset[str]]
    weekday_false_before: dict[int, frozenset[str]]
    weekday_false_after_two: dict[int, frozenset[str]]  # "لأي من الاثنين": either of the two
    weekday_name_heads: frozenset[str]  # "عبدرب الرسول الخميس": a compound name's head two words before
    weekday_publication_words: frozenset[str]  # "مجلة «الاثنين»": a publication named by a weekday
    relative_days: dict[str, int]
    today_false_before: frozenset[str]
    today_false_after: frozenset[str]
    modifiers: dict[str, int]  # previous -1, next +1, current 0, before_previous -2
    periods: dict[str, str]  # any period word -> week | month | year | day
    period_duals: frozenset[str]
    period_singulars: frozenset[str]
    numbers: dict[str, int]
    ordinal_days: dict[str, int]
    not_year_units: tuple[str, ...]
    parts: dict[str, str]  # word -> start | middle | end
    part_month_days: dict[str, tuple[int, int]]
    part_year_months: dict[str, tuple[int, int]]
    week_start: int
    weekend: tuple[int, ...]
    today_false_two_after: frozenset[str] = frozenset()  # "قناة روسيا اليوم": a name's head two words before
    yesterday_false_before: frozenset[str] = frozenset()  # "بأمس الحاجة": أمسّ, "most", no day
    not_year_after: frozenset[str] = frozenset()  # "القرار رقم 2216": a number, not a year
    year_title_heads: frozenset[str] = frozenset()  # "في روايته «1984»": a quoted year is a work's title
    date_title_heads: frozenset[str] = frozenset()  # 'برنامج «ليالي رمضان»': ... and so a quoted month or weekday
    clock_zone_words: tuple[str, ...] = ()  # "(2059 بتوقيت جرينتش)": a clock time, not a year
    dimension_signs: tuple[str, ...] = ()  # "بدقة 1920×1080 بكسل": a dimension's first side, not a year
    count_closing_marks: tuple[str, ...] = ()  # "“2000″ ريال": a quantity in quotes before its unit, not a year
    dimension_units: tuple[str, ...] = ()  # "1920 في 1080 بيكسل": ... also after في and a number with its unit
    bc_marks: frozenset[str] = frozenset()  # "بين عامي 1971 و1928 قبل الميلاد": before Christ, no time of the news
    proverbs: frozenset[str] = frozenset()  # "وإن غدا لناظره قريب": a proverb's day word names no day
    schedule_clock_words: frozenset[str] = frozenset()  # "من الأحد إلى الخميس في تمام الساعة 7": a weekly schedule
    part_week_days: dict[str, tuple[int, int]] = dataclass_field(default_factory=dict)  # Sunday = 1
    # the part words read only before a month (النصف الثاني من شهر رمضان), not before a year or anything else
    month_only_parts: frozenset[str] = frozenset()
    # events.when (see when.py): the thresholds in days and the words before a target or a forecast
    history_before_days: int = 183
    target_after_days: int = 366
    target_words: tuple[str, ...] = ()
    forecast_words: tuple[str, ...] = ()
    likelihood_words: tuple[str, ...] = ()  # "احتمال رفع البنك أسعار الفائدة في الشهر القادم": a forecast word too ...
    likelihood_relatives: tuple[
        str, ...
    ] = ()  # ... unless one of these follows it: "احتمال خروج ... الاستفتاء الذي ..."
    sentence_forecast_words: tuple[str, ...] = ()  # ... in an earlier clause of the sentence (a month or year ahead)
    sentence_forecast_schedule_words: tuple[str, ...] = ()  # ... unless one of these stands in its own clause
    target_deadline_words: tuple[str, ...] = ()  # "حتى نهاية الشهر الجاري": a deadline ahead is a target
    target_deadline_end_words: tuple[str, ...] = ()  # ... when the expression opens with one of these
    target_until_words: tuple[str, ...] = ()  # "سيستمر حتى آذار 2016": a time wholly ahead after "until"
    target_until_equivalent_words: tuple[str, ...] = ()  # "حتى ... 1/12/1436هـ الموافق 14/ 9/ 2015": the same day
    target_until_to_words: tuple[str, ...] = ()  # "يستمر ... إلى 26 من شهر شوال": "to" after a verb of lasting
    lasting_verbs: tuple[str, ...] = ()
    extension_words: tuple[
        str, ...
    ] = ()  # "مدد ... فترة المشاركة ... إلى الـ27 من شوال": "to" in a sentence of extending
    until_day_words: tuple[str, ...] = ()  # "حتى اليوم الأول من شهر ذو الحجة": a day word between "until" and the time
    obligation_before_words: tuple[str, ...] = ()  # "يجب ان تقر قبل 20 اغسطس": "before" a time ahead ...
    obligation_words: tuple[str, ...] = ()  # ... after one of these in its clause is a deadline
    later_words: tuple[str, ...] = ()  # "في وقت لاحق من هذا العام": the rest of a time that holds P, scheduled
    hajj_words: tuple[str, ...] = ()  # "لموسم حج هذا العام": a running year named by its Hajj ...
    hajj_between_words: tuple[str, ...] = ()  # ... "حجاج الداخل هذا العام", "موسم الحج القادم لعام 1436هـ" ...
    hajj_not_after: tuple[str, ...] = ()  # ... not a ministry's name: "من نظام وزارة الحج هذا العام"
    hajj_days: tuple[int, int, int] | None = None  # (Hijri month, first day, last day): the Hajj's days of a Hijri year
    plan_words: tuple[
        str, ...
    ] = ()  # "من المقرر أن يزداد ... خلال هذا العام": with a future verb, a running year's target
    may_words: tuple[str, ...] = ()  # "قد يستكمل هذا العام": before an imperfect verb, a likelihood for a running year
    may_not_after: tuple[str, ...] = ()  # ... not after one of these in its clause ("وكان ... قد"): a past
    possibility_words: tuple[str, ...] = ()  # "وربما يتحقق في أوائل العام المقبل": a month or year ahead, a target ...
    possibility_gap: int = 0  # ... with at most this many words between the possibility word and the time
    grace_period_words: tuple[str, ...] = ()  # "مهلة أخيرة تنتهي مساء غد": the end of a grace period ahead ...
    end_words: tuple[str, ...] = ()  # ... written with one of these verbs, is a deadline
    end_words_gap: int = 0  # ... with at most this many words between the end word and the time
    last_date_words: tuple[str, ...] = ()  # "آخر موعد ... في 21 شوال": a last date anywhere in the clause before it
    horizon_start_days: int = 0  # "خلال العامين المقبلين": a span from (about) now to beyond a year is a horizon
    # tense (see tense.py): future marker words, and the nouns that look like a future verb
    future_words: frozenset[str] = frozenset()
    expectation_words: tuple[str, ...] = ()  # "على غير المتوقع": no forecast after expectation_before
    expectation_before: tuple[str, ...] = ()
    not_future_verbs: frozenset[str] = frozenset()
    since_event_nouns: tuple[str, ...] = ()  # منذ اندلاع الأزمة في مارس 2011 (see ranges.py)
    seasons: dict[str, tuple[int, int]] = dataclass_field(default_factory=dict)  # word -> (first, last month)
    # season word (without ال) -> names that make "هذا <season>" no season when the text before it holds one ("الربيع العربي")
    season_figure_names: dict[str, tuple[str, ...]] = dataclass_field(default_factory=dict)
    eids: dict[str, tuple[int, int, int] | None] = dataclass_field(default_factory=dict)  # None: either Eid
    named_days: dict[str, date] = dataclass_field(default_factory=dict)  # ثورة 25 يناير -> 2011-01-25
    past_named_days: dict[tuple[int, int], date] = dataclass_field(default_factory=dict)  # bare 11 سبتمبر -> 2001
    date_name_heads: frozenset[str] = frozenset()  # "شارع 26 يوليو": a place; "قوى 14 آذار": a bloc
    date_name_pairs: tuple[str, ...] = ()  # "8 و14 آذار": two blocs, without spaces
    date_name_camps: tuple[str, ...] = ()  # "14 آذار" where the article names "قوى 14 آذار": a bloc, without spaces
    date_name_dual_heads: frozenset[str] = frozenset()  # "ومدينتي أبوحماد والعاشر من رمضان": two places
    numbered_year_words: frozenset[str] = frozenset()  # "رقم 40 لسنة 2015": a numbered act's year
    today_nowadays_verbs: frozenset[str] = frozenset()  # "أصبحت اليوم معروفة": the present, no day
    today_state_verbs: frozenset[str] = frozenset()  # present verbs of a state, as يفعل: "تعاني اليوم من"
    today_becoming_verbs: frozenset[str] = frozenset()  # "حتى أصبح مهرجان التمور اليوم": what has become, now
    today_facing_verbs: frozenset[str] = frozenset()  # "to face", as يفعل: "التحديات التي يواجهها القطاع اليوم"
    today_facing_objects: frozenset[str] = frozenset()  # what is faced, a difficulty: تحديات، مصاعب، نتائج
    today_come_to_verbs: frozenset[str] = frozenset()  # "ما وصلت إليه الأمور اليوم": what it has come to, now
    today_perceiving_verbs: frozenset[str] = frozenset()  # "بعكس ما يشاهد اليوم": what anyone sees or reads now
    today_ever_phrases: tuple[str, ...] = ()  # "في حاجة اليوم أكثر من أي وقت مضى": now against all earlier time
    today_obligation_words: frozenset[str] = frozenset()  # "يجب أن ينخرط البلدان اليوم": what must be done now
    today_obligation_owners: frozenset[str] = frozenset()  # "عليه أن يضع هذا البلد اليوم": the same with أن
    today_obligation_participles: frozenset[str] = frozenset()  # "فإننا مطالبون اليوم": obliged or in need now
    today_need_superlatives: frozenset[str] = frozenset()  # "في أشد الحاجة": the most in need, before need's noun
    today_need_objects: frozenset[str] = frozenset()  # "في أمس الحاجة إليها اليوم": what is needed, after the noun
    today_then_adverbs: tuple[str, ...] = ()  # "التي كانت آنذاك ... اليوم": a time back then named before today
    today_false_two_before: frozenset[tuple[str, str]] = frozenset()  # "في مثل هذا اليوم"
    today_past_words: tuple[str, ...] = ()  # "بالأمس ... واليوم": now against the past
    today_contrast_words: tuple[str, ...] = ()  # "بينما اليوم" after an earlier time set: now against then
    today_contrast_then_words: frozenset[str] = frozenset()  # "كان، سابقا": the earlier time of that contrast
    today_ago_words: tuple[str, ...] = ()  # "قبل سنتين كان ... اليوم": a time years back, then "كان", then اليوم
    today_ago_units: tuple[str, ...] = ()
    today_span_words: tuple[str, ...] = ()  # "قبل ربع قرن من هذا اليوم": a span back or ahead counted from today
    today_span_units: tuple[str, ...] = ()  # ... and its units besides the periods' words
    today_nowadays_next: frozenset[str] = frozenset()  # "السعودية اليوم لم تعد": a statement about the present
    today_tomorrow_figures: tuple[str, ...] = ()  # "أطفالنا اليوم جنود الغد": today against tomorrow, a figure
    today_tomorrow_times: frozenset[str] = frozenset()  # "اليوم ونهار الغد": a time of tomorrow, a real day
    same_month_words: tuple[str, ...] = ()  # "بنفس الشهر من العام الماضي": the month the text set, that year
    same_time_year_links: tuple[str, ...] = ()  # "نفس الشهر في العام الماضي", "الشهر نفسه من 2014": before the year
    last_week_words: tuple[str, ...] = ()  # "الأسبوع الأخير من شهر أغسطس": its last seven days
    hijri_year_new_words: tuple[str, ...] = ()  # "السنة الهجرية الجديدة": the next Hijri year
    same_period_words: tuple[
        str, ...
    ] = ()  # "مقارنة بالفترة نفسها من عام 2014": the period the sentence set, that year
    same_period_until_words: tuple[str, ...] = ()  # "حتى نهاية شهر يونيو": the year so far, for the same period
    today_copulas: frozenset[str] = frozenset()  # "السيطرة اليوم هي للولي الفقيه": a nominal sentence of now
    today_state_nouns: frozenset[str] = frozenset()  # "بحال العرب اليوم": how a thing stands now
    today_state_noun_owners: tuple[str, ...] = ()  # "وواقعها اليوم": how its own state stands now
    today_comment_day_words: frozenset[str] = frozenset()  # "أكتب اليوم", "مساء اليوم": a day even in a column
    today_comment_event_words: frozenset[str] = frozenset()  # "يستضيف آرسنال وستهام اليوم": ... and an event's
    month_needs_date_words: frozenset[str] = frozenset()  # آب (also إب, the Yemeni province)
    month_name_heads: frozenset[str] = frozenset()  # "مستشفى مايو كلينيك": a name
    month_name_tails: frozenset[str] = frozenset()
    habitual_before: frozenset[str] = frozenset()  # "أيام الجمعة", "عطلات نهاية الأسبوع": a habit
    habitual_words: frozenset[str] = frozenset()  # "عادة" in the clause before a weekday or weekend
    weekend_habitual_words: frozenset[str] = frozenset()  # "إذا" in the clause before a weekend
    weekend_habitual_near: tuple[str, ...] = ()  # "أيام الأسبوع" shortly before a weekend
    weekend_habitual_after: tuple[str, ...] = ()  # "في نهاية الأسبوع والعطلات": a weekend among the holidays
    weekend_not_before: frozenset[str] = frozenset()  # "نهاية الأسبوع الأول من": the end of a numbered week
    today_nowadays_after: frozenset[str] = frozenset()  # "حتى اليوم", "خلال اليوم", "نحن اليوم"
    hypothetical_words: frozenset[str] = frozenset()  # "ولو حصلت إيران على المال غداً": no day
    postponed_words: frozenset[str] = frozenset()  # "تأجيل الانتخابات من يونيو إلى سبتمبر": two times, no stretch
    general_before: frozenset[str] = frozenset()  # "الأمين العام القادم": general, no year
    holy_month_words: frozenset[str] = frozenset()  # "هذا الشهر الفضيل": Ramadan
    named_day_duals: tuple[str, ...] = ()  # "ثورتي 25 يناير و30 يونيو": both named days
    first_day_words: tuple[str, ...] = ()  # "غرة ذي القعدة": its first day
    recurring_after: tuple[str, ...] = ()  # "ليلة 14 رمضان من كل عام": a yearly custom, no day
    recurring_before: tuple[str, ...] = ()  # "في كل عام تنظم البلدة في 12 أغسطس": a yearly custom
    annual_after_day: tuple[str, ...] = ()  # "الثامن عشر من ديسمبر سنويا": that day of every year
    every_month_words: tuple[str, ...] = ()  # "من كل شهر ... للشهر التالي": each month's next month
    count_before: tuple[str, ...] = ()  # "أكثر من 2000 تعليق": a count, not a year
    phone_before: tuple[str, ...] = ()  # "اتصل على 1909": the number called, not a year
    count_range_before: tuple[str, ...] = ()  # "ما بين 2000 و3000 ريال": a range of amounts, not a year
    count_before_a_word: frozenset[str] = frozenset()  # "سجلت 1913 بلاغاً", "نحو 2000 سائح": a count, not a year
    tomorrow_bare_before: frozenset[str] = frozenset()  # "مساء غد": غد without its alif is tomorrow
    today_gloss_after: frozenset[str] = frozenset()  # "غدا (اليوم)": the paper's today, no newspaper
    tomorrow_verb_before: frozenset[str] = frozenset()  # "حتى غدا الإرهاب": the verb "became", no tomorrow
    range_end_day_parts: tuple[str, ...] = ()  # "منذ مساء الأربعاء حتى وقت مبكر الخميس": a range's end time
    two_after_plural_not: frozenset[str] = frozenset()  # "البحرين الاثنين" is Monday, "المرشحين الاثنين" the two
    generic_day_words: frozenset[str] = frozenset()  # "ويمكن ... والعودة في اليوم التالي": any day, no date
    two_after_words: frozenset[str] = frozenset()  # "أجزم أن الاثنين عرفوا": the two, the clause's subject
    stale_text_days: int = 0  # "أمس الأحد" in a Tuesday paper: the text's day, one to four days before
    tomorrow_weekday_ahead_max: int = 6  # "غدا الاثنين" at most this many days after publication, else the one before
    first_months: dict[str, int] = dataclass_field(
        default_factory=dict
    )  # "الأشهر الستة الأولى من عام 2015": January-June
    weekday_date_links: tuple[str, ...] = ()  # "يوم السبت الذي يوافق تاريخ 15 أغسطس": the date gives the day
    hijri_bare_year_max_ahead: int = 15  # "منذ عام 1534": a Gregorian year, not 1534 AH
    gregorian_year_marks: frozenset[str] = frozenset()  # "عام 1400م": Gregorian
    schedule_verbs: frozenset[str] = frozenset()  # "يقام الحفل يوم السبت": the coming Saturday
    weekday_schedule_verbs: frozenset[str] = frozenset()  # "يصل صباح يوم الأحد": the coming Sunday (weekdays only)
    weekday_schedule_not: frozenset[str] = frozenset()  # "لم يصدر القضاء الجمعة": no coming act
    deadline_words: frozenset[str] = frozenset()  # "قبل أوائل كانون الأول": the next December
    deadline_phrases: frozenset[str] = frozenset()  # "اعتبارا من مطلع آب": the next August
    coming_words: frozenset[str] = frozenset()  # "خلال المؤتمر الوزاري المقبل ... في ديسمبر": the next December
    coming_not_before: frozenset[str] = frozenset()  # "القادمة من": arriving, not coming
    contract_month_words: frozenset[str] = frozenset()  # "عقود سبتمبر": a futures month, this or the next
    contract_month_phrases: frozenset[str] = frozenset()  # "للشحن في سبتمبر": the same, after two words
    contract_month_linkers: frozenset[str] = frozenset()  # "العقد الآجل لشهر سبتمبر": the same, after a head
    contract_month_heads: frozenset[str] = frozenset()  # ... one of these, a few words before the linker
    contract_month_reach: int = 0
    schedule_past_words: frozenset[str] = frozenset()  # "كان من المفترض أن تبدأ": no schedule
    reporting_verbs: frozenset[str] = frozenset()  # "أعلن ... أنه سيصعد الهجمات في منتصف يوليو": a reported future
    reported_past_words: frozenset[str] = frozenset()  # "كان من المقرر أن تنطلق في 26 أيار": a schedule that was
    reported_past_not_after: frozenset[str] = frozenset()  # "ما إذا كان سيرفع الفائدة في مارس": not a past
    ahead_recent_days: int = 100  # a month begun this recently is the one a schedule or deadline means
    ahead_day_month_days: int = 0  # a bare day-month this soon after publication, in a sentence ahead, is this year's
    ahead_day_month_words: frozenset[str] = frozenset()  # "تم تحديد موعد نهائي وهو 30 سبتمبر": a schedule ahead
    ahead_day_month_kept: frozenset[tuple[int, int]] = frozenset()  # (month, day): 11 سبتمبر keeps its past reading
    ahead_day_month_past_words: tuple[str, ...] = ()  # "وكان قد تم القبض عليه في 7 ذي القعدة": the past
    weekday_after_ahead_days: int = 0  # a bare weekday after a day set this soon ahead goes on from that day
    weekday_after_ahead_gap: int = 0  # ... when that day ends at most this many characters before it
    weekday_after_ahead_past_words: frozenset[str] = frozenset()  # "وكان قد ... الأحد": the past, not the list
    weekday_after_ahead_next_words: frozenset[str] = frozenset()  # "وحتى السبت التالي": the week after that day
    weekday_this_words: frozenset[str] = frozenset()  # "هذا الخميس": the first such day on or after publication
    week_past_verbs: frozenset[str] = frozenset()  # "وسجل ... خسائر هذا الأسبوع" in a Sunday paper: the week ended
    week_past_cancel_words: frozenset[str] = frozenset()  # "إذا ما تم ... هذا الأسبوع": no past
    week_earlier_words: tuple[str, ...] = ()  # "في وقت سابق من هذا الأسبوع" in a Sunday paper: the week ended
    running_day_started_words: frozenset[str] = frozenset()  # "الذي بدأ في العاشر من هذا الشهر": a Hijri day gone
    school_year: SchoolYear | None = None  # "بداية العام الدراسي": a part of the school year, not of the calendar year
    #: a country's word → its fiscal year's first month
    fiscal_year_starts: dict[str, int] = dataclass_field(default_factory=dict)


# --- reading calendar.yaml -------------------------------------------------------------


def _first_months(path: Path, value: object) -> dict[str, int]:
    """``first_months``: a count of months, written as a word, and its number (1-11), normalised."""
    if not isinstance(value, dict) or not all(
        isinstance(w, str) and w.strip() and isinstance(n, int) and 1 <= n <= 11 for w, n in value.items()
    ):
        raise CalendarError(f"{path}: entry 'first_months' must map words to month counts 1-11")
    return {normalize(w.strip()): n for w, n in value.items()}


def _words(path: Path, entry: str, value: object) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        raise CalendarError(f"{path}: entry {entry!r} must be a list of non-empty strings")
    return [normalize(w.strip()) for w in value]


def _optional_words(path: Path, section: str, values: dict, key: str) -> list[str]:
    """The optional list ``key`` of the mapping ``section`` of the file (``tense``, ``when``): none when it is
    absent or empty."""
    return _words(path, f"{section}.{key}", values.get(key) or [])


def _hajj_days(path: Path, raw: object) -> tuple[int, int, int] | None:
    """calendar.yaml's optional ``when.hajj_days`` ([Hijri month, first day, last day]); None when absent."""
    if raw is None:
        return None
    if (
        not isinstance(raw, list)
        or len(raw) != 3
        or not all(isinstance(n, int) for n in raw)
        or not 1 <= raw[0] <= 12
        or not 1 <= raw[1] <= raw[2] <= 30
    ):
        raise CalendarError(f"{path}: when.hajj_days must be [month 1-12, first day, last day], got {raw!r}")
    return (raw[0], raw[1], raw[2])


def _fiscal_year_starts(path: Path, raw: object) -> dict[str, int]:
    """calendar.yaml's optional ``fiscal_year_starts`` (month: the words of the countries whose fiscal year starts in it),
    as a word → month mapping."""
    if not raw:
        return {}
    if not isinstance(raw, dict) or not all(isinstance(m, int) and 1 <= m <= 12 for m in raw):
        raise CalendarError(f"{path}: fiscal_year_starts must map months 1-12 to lists of words, got {raw!r}")
    return {w: month for month, words in raw.items() for w in _words(path, f"fiscal_year_starts.{month}", words)}


def _school_year(path: Path, raw: object) -> SchoolYear | None:
    """calendar.yaml's optional ``school_year`` (see :class:`SchoolYear`)."""
    if not raw:
        return None
    if not isinstance(raw, dict):
        raise CalendarError(f"{path}: school_year must be a mapping, got {raw!r}")
    try:

        def day(value) -> tuple[int, int]:
            month, day_ = int(value[0]), int(value[1])
            date(2016, month, day_)  # a day of a month (2016: 29 February too)
            return month, day_

        return SchoolYear(
            adjectives=frozenset(_words(path, "school_year.adjectives", raw["adjectives"])),
            next_words=frozenset(_words(path, "school_year.next", raw["next"])),
            last_words=frozenset(_words(path, "school_year.last", raw["last"])),
            first_day=day(raw["first_day"]),
            last_day=day(raw["last_day"]),
            parts={name: (day(first), day(last)) for name, (first, last) in raw["parts"].items()},
        )
    except (KeyError, IndexError, TypeError, ValueError) as err:
        raise CalendarError(
            f"{path}: school_year needs adjectives, next, last, first_day and last_day [month, day] and parts "
            f"{{name: [[month, day], [month, day]]}} ({err})"
        ) from err


def _named_day_variants(
    named: dict[str, date], head_groups: list[list[str]], months: dict[str, int]
) -> dict[str, date]:
    """``named_days`` with each phrase's other heads and month names: a phrase with a day whose first word is
    in a group of ``named_day_heads`` takes every head of the group (``هجمات 11 سبتمبر`` → ``اعتداءات 11
    سبتمبر``; a month alone keeps its head: ``ثورة سبتمبر`` is not ``هجمات سبتمبر``), and a month name
    takes the month's other names (``هجمات 11 ايلول``)."""
    out = dict(named)
    for phrase, day in named.items():
        words = phrase.split()
        if any(w.isdigit() or w == "من" for w in words[1:]):
            for group in head_groups:
                if words[0] in group:
                    out.update({" ".join([head, *words[1:]]): day for head in group})
    names_of: dict[int, list[str]] = {}
    for name, number in months.items():
        names_of.setdefault(number, []).append(name)
    for phrase, day in list(out.items()):
        for name, number in months.items():
            if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", phrase):
                for other in names_of[number]:
                    out.setdefault(re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", other, phrase), day)
    return out


def _names_by_number(path: Path, entry: str, table: object, valid: range) -> dict[str, int]:
    if not isinstance(table, dict):
        raise CalendarError(f"{path}: entry {entry!r} must map numbers to lists of names")
    names: dict[str, int] = {}
    for number, words in table.items():
        if not isinstance(number, int) or number not in valid:
            raise CalendarError(f"{path}: entry {entry}.{number} is not a number in {valid}")
        for word in _words(path, f"{entry}.{number}", words):
            if names.get(word, number) != number:
                raise CalendarError(f"{path}: {entry}: {word!r} is listed under two numbers")
            names[word] = number
    return names


@lru_cache(maxsize=1)
def _display_months() -> tuple[str, ...]:
    raw = read_yaml(CALENDAR_PATH.read_text(encoding="utf-8"))
    months = raw.get("display_months") or []
    if len(months) != 12 or not all(isinstance(m, str) and m.strip() for m in months):
        raise CalendarError(f"{CALENDAR_PATH}: display_months must list the 12 month names")
    return tuple(months)


def format_arabic_date(value: date | str) -> str:
    """A date written out for Arabic readers: ``2020-12-30`` → ``30 ديسمبر 2020``.

    Text that is not an ISO date is returned unchanged.
    """
    if isinstance(value, str):
        try:
            day = date.fromisoformat(value.strip())
        except ValueError:
            return value
    else:
        day = value
    return f"{day.day} {_display_months()[day.month - 1]} {day.year}"


def load_calendar(path: Path = CALENDAR_PATH) -> Calendar:
    """Read and validate ``calendar.yaml``; names are normalised like article text."""
    try:
        raw = read_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise CalendarError(f"{path}: cannot be read: {err}") from err
    required = [
        "week",
        "parts",
        "months",
        "ambiguous_month_names",
        "ambiguous_month_needs_word_before",
        "hijri_months",
        "hijri_month_epithets",
        "weekdays",
        "weekday_false_after",
        "weekday_false_before",
        "weekday_false_after_two",
        "general_before",
        "holy_month_words",
        "relative_days",
        "today_false_before",
        "today_false_after",
        "modifiers",
        "periods",
        "number_words",
        "ordinal_days",
        "not_year_units",
        "when",
        "tense",
        "since_event_nouns",
        "seasons",
        "eids",
        "named_days",
        "named_day_heads",
        "named_day_duals",
        "past_named_days",
        "date_name_heads",
        "date_name_pairs",
        "date_name_camps",
        "date_name_dual_heads",
        "numbered_year_words",
        "today_nowadays_verbs",
        "today_state_verbs",
        "today_false_two_after",
        "yesterday_false_before",
        "not_year_after",
        "year_title_heads",
        "date_title_heads",
        "clock_zone_words",
        "dimension_signs",
        "dimension_units",
        "count_closing_marks",
        "bc_marks",
        "proverbs",
        "schedule_clock_words",
        "today_false_two_before",
        "today_past_words",
        "today_nowadays_next",
        "month_needs_date_words",
        "month_name_heads",
        "month_name_tails",
        "habitual_before",
        "habitual_words",
        "weekend_habitual_words",
        "weekend_habitual_near",
        "today_nowadays_after",
        "hypothetical_words",
        "recurring_after",
        "every_month_words",
        "first_day_words",
    ]
    missing = [key for key in required if key not in (raw or {})]
    if missing:
        raise CalendarError(f"{path}: missing entries {missing}")

    weekdays_raw = _names_by_number(path, "weekdays", raw["weekdays"], range(7))
    if not all(w.startswith("ال") for w in weekdays_raw):
        raise CalendarError(f"{path}: weekdays must be written with ال (الأحد, not أحد)")
    weekdays = {w[2:]: n for w, n in weekdays_raw.items()}

    def by_weekday(entry: str) -> dict[int, frozenset[str]]:
        table = raw[entry] or {}
        common = frozenset(_words(path, f"{entry}.all", table.get("all", [])))
        return {n: common | frozenset(_words(path, f"{entry}.{n}", table.get(n, []))) for n in range(7)}

    modifiers: dict[str, int] = {}
    shifts = {"previous": -1, "next": 1, "current": 0, "before_previous": -2, "after_next": 2}
    for key, shift in shifts.items():
        for word in _words(path, f"modifiers.{key}", raw["modifiers"].get(key, [])):
            modifiers[word] = shift

    periods: dict[str, str] = {}
    duals: set[str] = set()
    singulars: set[str] = set()
    for unit in ("week", "month", "year", "day", "decade"):
        forms = raw["periods"].get(unit)
        if not isinstance(forms, dict):
            raise CalendarError(f"{path}: entry periods.{unit} is missing")
        for form in ("definite", "plural", "singular", "dual"):
            for word in _words(path, f"periods.{unit}.{form}", forms.get(form, [])):
                periods[word] = unit
                (duals if form == "dual" else singulars if form == "singular" else set()).add(word)

    parts: dict[str, str] = {}
    month_days: dict[str, tuple[int, int]] = {}
    year_months: dict[str, tuple[int, int]] = {}
    week_days: dict[str, tuple[int, int]] = {}
    month_only: set[str] = set()
    for part, spec in (raw["parts"] or {}).items():
        for word in _words(path, f"parts.{part}.words", spec.get("words")):
            parts[word] = part
            if spec.get("months_only"):
                month_only.add(word)
        for key, table, top in (("month_days", month_days, 31), ("year_months", year_months, 12)):
            bounds = spec.get(key)
            if not (isinstance(bounds, list) and len(bounds) == 2 and 1 <= bounds[0] <= bounds[1] <= top):
                raise CalendarError(f"{path}: entry parts.{part}.{key} must be [first, last] within 1..{top}")
            table[part] = (bounds[0], bounds[1])
        bounds = spec.get("week_days")
        if bounds is not None:
            if not (isinstance(bounds, list) and len(bounds) == 2 and 1 <= bounds[0] <= bounds[1] <= 7):
                raise CalendarError(f"{path}: entry parts.{part}.week_days must be [first, last] within 1..7")
            week_days[part] = (bounds[0], bounds[1])

    relative_days = raw["relative_days"]
    if not isinstance(relative_days, dict) or not all(isinstance(v, int) for v in relative_days.values()):
        raise CalendarError(f"{path}: entry relative_days must map words to day offsets")

    week = raw["week"]
    try:
        week_start = _WEEKDAY_NUMBERS[week["starts_on"]]
        weekend = tuple(_WEEKDAY_NUMBERS[d] for d in week["weekend"])
    except (KeyError, TypeError) as err:
        raise CalendarError(f"{path}: entry week needs starts_on and weekend as English day names") from err

    when, tense = raw["when"], raw["tense"]
    try:
        history_before, target_after = int(when["history_before_days"]), int(when["target_after_days"])
        not_verbs_path = data_path(tense["not_future_verbs"])
    except (KeyError, TypeError, ValueError) as err:
        raise CalendarError(
            f"{path}: entry 'when' needs history_before_days and target_after_days, "
            "entry 'tense' needs not_future_verbs (a file under analysis/data)"
        ) from err
    try:
        not_verbs = not_verbs_path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise CalendarError(f"{not_verbs_path}: cannot be read: {err}") from err

    try:
        seasons = {
            w: (int(spec["months"][0]), int(spec["months"][1]))
            for name, spec in raw["seasons"].items()
            for w in _words(path, f"seasons.{name}.words", spec["words"])
        }
        eids = {
            w: ((int(spec["days"][0]), int(spec["days"][1]), int(spec["days"][2])) if spec.get("days") else None)
            for name, spec in raw["eids"].items()
            for w in _words(path, f"eids.{name}.words", spec["words"])
        }
        named_days = {
            w: date.fromisoformat(str(day))
            for day, words in raw["named_days"].items()
            for w in _words(path, f"named_days.{day}", words)
        }
        past_named_days = {
            (int(md.split("-")[0]), int(md.split("-")[1])): date.fromisoformat(str(day))
            for md, day in (raw.get("past_named_days") or {}).items()
        }
    except (AttributeError, KeyError, IndexError, TypeError, ValueError) as err:
        raise CalendarError(
            f"{path}: seasons need words and months [first, last], eids words and days [month, first, last], "
            f"named_days ISO days with words, past_named_days MM-DD: ISO day ({err})"
        ) from err

    named_days = _named_day_variants(
        named_days,
        [_words(path, "named_day_heads", group) for group in raw.get("named_day_heads", [])],
        _names_by_number(path, "months", raw["months"], range(1, 13)),
    )

    pairs = _words(path, "today_false_two_before", raw["today_false_two_before"])
    if not all(len(p.split()) == 2 for p in pairs):
        raise CalendarError(f"{path}: entry today_false_two_before must list two-word phrases")

    def word_set(entry: str) -> frozenset[str]:
        return frozenset(_words(path, entry, raw[entry]))

    return Calendar(
        today_false_two_before=frozenset((a, b) for a, b in (p.split() for p in pairs)),
        today_past_words=tuple(_words(path, "today_past_words", raw["today_past_words"])),
        today_contrast_words=tuple(_words(path, "today_contrast_words", raw.get("today_contrast_words") or [])),
        today_contrast_then_words=frozenset(
            _words(path, "today_contrast_then_words", raw.get("today_contrast_then_words") or [])
        ),
        today_ago_words=tuple(_words(path, "today_ago_words", raw.get("today_ago_words") or [])),
        today_ago_units=tuple(_words(path, "today_ago_units", raw.get("today_ago_units") or [])),
        today_span_words=tuple(_words(path, "today_span_words", raw.get("today_span_words") or [])),
        today_span_units=tuple(_words(path, "today_span_units", raw.get("today_span_units") or [])),
        today_tomorrow_figures=tuple(_words(path, "today_tomorrow_figures", raw.get("today_tomorrow_figures") or [])),
        today_tomorrow_times=frozenset(_words(path, "today_tomorrow_times", raw.get("today_tomorrow_times") or [])),
        today_nowadays_next=word_set("today_nowadays_next"),
        today_becoming_verbs=frozenset(_words(path, "today_becoming_verbs", raw.get("today_becoming_verbs") or [])),
        today_facing_verbs=frozenset(_words(path, "today_facing_verbs", raw.get("today_facing_verbs") or [])),
        today_facing_objects=frozenset(_words(path, "today_facing_objects", raw.get("today_facing_objects") or [])),
        today_come_to_verbs=frozenset(_words(path, "today_come_to_verbs", raw.get("today_come_to_verbs") or [])),
        today_perceiving_verbs=frozenset(
            _words(path, "today_perceiving_verbs", raw.get("today_perceiving_verbs") or [])
        ),
        today_ever_phrases=tuple(_words(path, "today_ever_phrases", raw.get("today_ever_phrases") or [])),
        today_obligation_words=frozenset(
            _words(path, "today_obligation_words", raw.get("today_obligation_words") or [])
        ),
        today_obligation_owners=frozenset(
            _words(path, "today_obligation_owners", raw.get("today_obligation_owners") or [])
        ),
        today_obligation_participles=frozenset(
            _words(path, "today_obligation_participles", raw.get("today_obligation_participles") or [])
        ),
        today_need_superlatives=frozenset(
            _words(path, "today_need_superlatives", raw.get("today_need_superlatives") or [])
        ),
        today_need_objects=frozenset(_words(path, "today_need_objects", raw.get("today_need_objects") or [])),
        today_then_adverbs=tuple(_words(path, "today_then_adverbs", raw.get("today_then_adverbs") or [])),
        hijri_year_new_words=tuple(_words(path, "hijri_year_new_words", raw.get("hijri_year_new_words") or [])),
        today_copulas=frozenset(_words(path, "today_copulas", raw.get("today_copulas") or [])),
        today_state_nouns=frozenset(_words(path, "today_state_nouns", raw.get("today_state_nouns") or [])),
        today_comment_day_words=frozenset(
            _words(path, "today_comment_day_words", raw.get("today_comment_day_words") or [])
        ),
        today_comment_event_words=frozenset(
            _words(path, "today_comment_event_words", raw.get("today_comment_event_words") or [])
        ),
        today_state_noun_owners=tuple(
            _words(path, "today_state_noun_owners", raw.get("today_state_noun_owners") or [])
        ),
        same_month_words=tuple(_words(path, "same_month_words", raw.get("same_month_words") or [])),
        same_time_year_links=tuple(_words(path, "same_time_year_links", raw.get("same_time_year_links") or [])),
        last_week_words=tuple(_words(path, "last_week_words", raw.get("last_week_words") or [])),
        same_period_words=tuple(_words(path, "same_period_words", raw.get("same_period_words") or [])),
        same_period_until_words=tuple(
            _words(path, "same_period_until_words", raw.get("same_period_until_words") or [])
        ),
        month_needs_date_words=word_set("month_needs_date_words"),
        month_name_heads=word_set("month_name_heads"),
        year_title_heads=word_set("year_title_heads"),
        date_title_heads=word_set("date_title_heads"),
        clock_zone_words=tuple(_words(path, "clock_zone_words", raw.get("clock_zone_words", []))),
        dimension_signs=tuple(_words(path, "dimension_signs", raw.get("dimension_signs", []))),
        dimension_units=tuple(_words(path, "dimension_units", raw.get("dimension_units", []))),
        count_closing_marks=tuple(_words(path, "count_closing_marks", raw.get("count_closing_marks", []))),
        bc_marks=word_set("bc_marks"),
        proverbs=word_set("proverbs"),
        schedule_clock_words=frozenset(_words(path, "schedule_clock_words", raw.get("schedule_clock_words") or [])),
        month_name_tails=word_set("month_name_tails"),
        habitual_before=word_set("habitual_before"),
        habitual_words=word_set("habitual_words"),
        weekend_habitual_words=word_set("weekend_habitual_words"),
        weekend_habitual_near=tuple(_words(path, "weekend_habitual_near", raw["weekend_habitual_near"])),
        weekend_habitual_after=tuple(_words(path, "weekend_habitual_after", raw.get("weekend_habitual_after") or [])),
        weekend_not_before=frozenset(_words(path, "weekend_not_before", raw.get("weekend_not_before") or [])),
        today_nowadays_after=word_set("today_nowadays_after"),
        hypothetical_words=word_set("hypothetical_words"),
        postponed_words=frozenset(_words(path, "postponed_words", raw.get("postponed_words") or [])),
        recurring_after=tuple(_words(path, "recurring_after", raw["recurring_after"])),
        every_month_words=tuple(_words(path, "every_month_words", raw["every_month_words"])),
        recurring_before=tuple(_words(path, "recurring_before", raw.get("recurring_before", []) or ["كل عام"])),
        annual_after_day=tuple(_words(path, "annual_after_day", raw.get("annual_after_day") or [])),
        count_before=tuple(_words(path, "count_before", raw.get("count_before", []) or ["أكثر من"])),
        phone_before=tuple(_words(path, "phone_before", raw.get("phone_before") or [])),
        count_range_before=tuple(_words(path, "count_range_before", raw.get("count_range_before") or [])),
        count_before_a_word=frozenset(_words(path, "count_before_a_word", raw.get("count_before_a_word") or [])),
        first_day_words=tuple(_words(path, "first_day_words", raw["first_day_words"])),
        tomorrow_bare_before=frozenset(_words(path, "tomorrow_bare_before", raw.get("tomorrow_bare_before", ["مساء"]))),
        today_gloss_after=frozenset(_words(path, "today_gloss_after", raw.get("today_gloss_after") or [])),
        tomorrow_verb_before=frozenset(_words(path, "tomorrow_verb_before", raw.get("tomorrow_verb_before") or [])),
        range_end_day_parts=tuple(_words(path, "range_end_day_parts", raw.get("range_end_day_parts", []))),
        stale_text_days=int(raw.get("stale_text_days", 0)),
        tomorrow_weekday_ahead_max=int(raw.get("tomorrow_weekday_ahead_max", 6)),
        first_months=_first_months(path, raw.get("first_months") or {}),
        weekday_date_links=tuple(_words(path, "weekday_date_links", raw.get("weekday_date_links", ["الموافق"]))),
        hijri_bare_year_max_ahead=int(raw.get("hijri_bare_year_max_ahead", 15)),
        gregorian_year_marks=frozenset(_words(path, "gregorian_year_marks", raw.get("gregorian_year_marks", ["م"]))),
        schedule_verbs=frozenset(_words(path, "tense.schedule_verbs", tense.get("schedule_verbs", ["يقام"]))),
        weekday_schedule_verbs=frozenset(_optional_words(path, "tense", tense, "weekday_schedule_verbs")),
        weekday_schedule_not=frozenset(_optional_words(path, "tense", tense, "weekday_schedule_not")),
        deadline_words=frozenset(_words(path, "tense.deadline_words", tense.get("deadline_words", ["قبل"]))),
        contract_month_words=frozenset(
            _words(path, "tense.contract_month_words", tense.get("contract_month_words", ["عقود"]))
        ),
        deadline_phrases=frozenset(_optional_words(path, "tense", tense, "deadline_phrases")),
        coming_words=frozenset(_optional_words(path, "tense", tense, "coming_words")),
        coming_not_before=frozenset(_optional_words(path, "tense", tense, "coming_not_before")),
        contract_month_phrases=frozenset(_optional_words(path, "tense", tense, "contract_month_phrases")),
        contract_month_linkers=frozenset(_optional_words(path, "tense", tense, "contract_month_linkers")),
        contract_month_heads=frozenset(_optional_words(path, "tense", tense, "contract_month_heads")),
        contract_month_reach=int(tense.get("contract_month_reach", 0)),
        schedule_past_words=frozenset(
            _words(path, "tense.schedule_past_words", tense.get("schedule_past_words", ["كان"]))
        ),
        reporting_verbs=frozenset(_words(path, "tense.reporting_verbs", tense.get("reporting_verbs", []))),
        reported_past_words=frozenset(_optional_words(path, "tense", tense, "reported_past_words")),
        reported_past_not_after=frozenset(_optional_words(path, "tense", tense, "reported_past_not_after")),
        ahead_recent_days=int(tense.get("ahead_recent_days", 100)),
        ahead_day_month_days=int(tense.get("ahead_day_month_days", 0)),
        ahead_day_month_words=frozenset(_optional_words(path, "tense", tense, "ahead_day_month_words")),
        ahead_day_month_past_words=tuple(_optional_words(path, "tense", tense, "ahead_day_month_past_words")),
        weekday_after_ahead_days=int(tense.get("weekday_after_ahead_days", 0)),
        school_year=_school_year(path, raw.get("school_year")),
        fiscal_year_starts=_fiscal_year_starts(path, raw.get("fiscal_year_starts")),
        weekday_after_ahead_gap=int(tense.get("weekday_after_ahead_gap", 0)),
        weekday_after_ahead_past_words=frozenset(
            _optional_words(path, "tense", tense, "weekday_after_ahead_past_words")
        ),
        weekday_after_ahead_next_words=frozenset(
            _optional_words(path, "tense", tense, "weekday_after_ahead_next_words")
        ),
        weekday_this_words=frozenset(_optional_words(path, "tense", tense, "weekday_this_words")),
        week_past_verbs=frozenset(_optional_words(path, "tense", tense, "week_past_verbs")),
        week_past_cancel_words=frozenset(_optional_words(path, "tense", tense, "week_past_cancel_words")),
        week_earlier_words=tuple(_optional_words(path, "tense", tense, "week_earlier_words")),
        running_day_started_words=frozenset(_optional_words(path, "tense", tense, "running_day_started_words")),
        ahead_day_month_kept=frozenset(
            (int(m), int(d))
            for m, d in (str(v).split("-") for v in _optional_words(path, "tense", tense, "ahead_day_month_kept"))
        ),
        history_before_days=history_before,
        target_after_days=target_after,
        target_words=tuple(_words(path, "when.target_words", when.get("target_words"))),
        forecast_words=tuple(_words(path, "when.forecast_words", when.get("forecast_words"))),
        likelihood_words=tuple(_optional_words(path, "when", when, "likelihood_words")),
        likelihood_relatives=tuple(_optional_words(path, "when", when, "likelihood_relatives")),
        sentence_forecast_words=tuple(_optional_words(path, "when", when, "sentence_forecast_words")),
        sentence_forecast_schedule_words=tuple(_optional_words(path, "when", when, "sentence_forecast_schedule_words")),
        target_deadline_words=tuple(_words(path, "when.deadline_words", when.get("deadline_words", ["قبل", "حتى"]))),
        target_deadline_end_words=tuple(
            _words(path, "when.deadline_end_words", when.get("deadline_end_words", ["نهاية"]))
        ),
        target_until_words=tuple(_optional_words(path, "when", when, "until_words")),
        target_until_equivalent_words=tuple(_optional_words(path, "when", when, "until_equivalent_words")),
        target_until_to_words=tuple(_optional_words(path, "when", when, "until_to_words")),
        lasting_verbs=tuple(_optional_words(path, "when", when, "lasting_verbs")),
        extension_words=tuple(_optional_words(path, "when", when, "extension_words")),
        until_day_words=tuple(_optional_words(path, "when", when, "until_day_words")),
        obligation_before_words=tuple(_optional_words(path, "when", when, "obligation_before_words")),
        obligation_words=tuple(_optional_words(path, "when", when, "obligation_words")),
        later_words=tuple(_optional_words(path, "when", when, "later_words")),
        hajj_words=tuple(_optional_words(path, "when", when, "hajj_words")),
        hajj_between_words=tuple(_optional_words(path, "when", when, "hajj_between_words")),
        hajj_not_after=tuple(_optional_words(path, "when", when, "hajj_not_after")),
        hajj_days=_hajj_days(path, when.get("hajj_days")),
        plan_words=tuple(_optional_words(path, "when", when, "plan_words")),
        may_words=tuple(_optional_words(path, "when", when, "may_words")),
        may_not_after=tuple(_optional_words(path, "when", when, "may_not_after")),
        possibility_words=tuple(_optional_words(path, "when", when, "possibility_words")),
        possibility_gap=int(when.get("possibility_gap", 0)),
        grace_period_words=tuple(_optional_words(path, "when", when, "grace_period_words")),
        end_words=tuple(_optional_words(path, "when", when, "end_words")),
        end_words_gap=int(when.get("end_words_gap", 0)),
        last_date_words=tuple(_optional_words(path, "when", when, "last_date_words")),
        horizon_start_days=int(when.get("horizon_start_days", 0)),
        future_words=frozenset(_words(path, "tense.future_words", tense.get("future_words"))),
        expectation_words=tuple(_words(path, "tense.expectation_words", tense.get("expectation_words", []))),
        expectation_before=tuple(_words(path, "tense.expectation_before", tense.get("expectation_before", []))),
        not_future_verbs=frozenset(normalize(w.strip()) for w in not_verbs if w.strip() and not w.startswith("#")),
        since_event_nouns=tuple(_words(path, "since_event_nouns", raw["since_event_nouns"])),
        months=_names_by_number(path, "months", raw["months"], range(1, 13)),
        ambiguous_months=frozenset(_words(path, "ambiguous_month_names", raw["ambiguous_month_names"])),
        ambiguous_month_anchors=frozenset(
            _words(path, "ambiguous_month_needs_word_before", raw["ambiguous_month_needs_word_before"])
        ),
        hijri_months=_names_by_number(path, "hijri_months", raw["hijri_months"], range(1, 13)),
        hijri_month_epithets=tuple(_words(path, "hijri_month_epithets", raw["hijri_month_epithets"])),
        weekdays=weekdays,
        weekday_false_after=by_weekday("weekday_false_after"),
        weekday_false_before=by_weekday("weekday_false_before"),
        weekday_false_after_two=by_weekday("weekday_false_after_two"),
        weekday_name_heads=frozenset(_words(path, "weekday_name_heads", raw.get("weekday_name_heads") or [])),
        two_after_plural_not=frozenset(_words(path, "two_after_plural_not", raw.get("two_after_plural_not") or [])),
        two_after_words=frozenset(_words(path, "two_after_words", raw.get("two_after_words") or [])),
        generic_day_words=frozenset(_words(path, "generic_day_words", raw.get("generic_day_words") or [])),
        weekday_publication_words=frozenset(
            _words(path, "weekday_publication_words", raw.get("weekday_publication_words") or [])
        ),
        general_before=word_set("general_before"),
        holy_month_words=word_set("holy_month_words"),
        named_day_duals=tuple(_words(path, "named_day_duals", raw.get("named_day_duals", []))),
        relative_days={normalize(k): v for k, v in relative_days.items()},
        today_false_before=frozenset(_words(path, "today_false_before", raw["today_false_before"])),
        today_false_after=frozenset(_words(path, "today_false_after", raw["today_false_after"])),
        modifiers=modifiers,
        periods=periods,
        period_duals=frozenset(duals),
        period_singulars=frozenset(singulars),
        numbers=_names_by_number(path, "number_words", raw["number_words"], range(1, 101)),
        ordinal_days=_names_by_number(path, "ordinal_days", raw["ordinal_days"], range(1, 32)),
        not_year_units=tuple(_words(path, "not_year_units", raw["not_year_units"])),
        parts=parts,
        part_month_days=month_days,
        part_year_months=year_months,
        part_week_days=week_days,
        month_only_parts=frozenset(month_only),
        seasons=seasons,
        season_figure_names={
            normalize(word).removeprefix("ال"): tuple(_words(path, f"season_figure_names.{word}", names))
            for word, names in (raw.get("season_figure_names") or {}).items()
        },
        date_name_heads=frozenset(_words(path, "date_name_heads", raw["date_name_heads"])),
        date_name_dual_heads=frozenset(_words(path, "date_name_dual_heads", raw["date_name_dual_heads"])),
        date_name_pairs=tuple("".join(w.split()) for w in _words(path, "date_name_pairs", raw["date_name_pairs"])),
        date_name_camps=tuple("".join(w.split()) for w in _words(path, "date_name_camps", raw["date_name_camps"])),
        numbered_year_words=word_set("numbered_year_words"),
        today_nowadays_verbs=frozenset(_words(path, "today_nowadays_verbs", raw["today_nowadays_verbs"])),
        today_state_verbs=frozenset(_words(path, "today_state_verbs", raw["today_state_verbs"])),
        named_days=named_days,
        past_named_days=past_named_days,
        eids=eids,
        week_start=week_start,
        weekend=weekend,
        today_false_two_after=frozenset(_words(path, "today_false_two_after", raw["today_false_two_after"])),
        yesterday_false_before=frozenset(_words(path, "yesterday_false_before", raw["yesterday_false_before"])),
        not_year_after=frozenset(_words(path, "not_year_after", raw["not_year_after"])),
    )


CAL = load_calendar()


# --- calendar arithmetic ------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    """Inclusive Gregorian days ``start..end`` with their precision; ``relative`` when they were
    read against the publication date."""

    start: date
    end: date
    precision: str
    relative: bool
    extent: str = "point"  # point, range or since (schema.EXTENTS)


def day_span(day: date, relative: bool) -> Span:
    return Span(day, day, "day", relative)


def days_in_month(year: int, month: int) -> int:
    return _calendar.monthrange(year, month)[1]


def month_span(year: int, month: int, relative: bool) -> Span:
    return Span(date(year, month, 1), date(year, month, days_in_month(year, month)), "month", relative)


def year_span(year: int, relative: bool) -> Span:
    return Span(date(year, 1, 1), date(year, 12, 31), "year", relative)


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """``(2020, 1) + -2`` → ``(2019, 11)``."""
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def week_of(day: date, relative: bool = True) -> Span:
    """The week (``CAL.week_start`` onwards, seven days) holding ``day``."""
    start = day - timedelta(days=(day.weekday() - CAL.week_start) % 7)
    return Span(start, start + timedelta(days=6), "week", relative)


def weekend_of(week: Span) -> Span:
    """The weekend days (``CAL.weekend``) of ``week``."""
    days = sorted(week.start + timedelta(days=(w - CAL.week_start) % 7) for w in CAL.weekend)
    return Span(days[0], days[-1], "week", True)


def last_weekday(published: date, weekday: int, strictly_before: bool = False) -> date:
    """The most recent ``weekday`` on or before ``published`` (strictly before, if asked)."""
    back = (published.weekday() - weekday) % 7
    if strictly_before and back == 0:
        back = 7
    return published - timedelta(days=back)


def _tabular_hijri(year: int, month: int, day: int) -> date:
    """Arithmetical (tabular) Islamic calendar, civil epoch (16 July 622 Julian)."""
    days = day + (59 * (month - 1) + 1) // 2 + 354 * (year - 1) + (3 + 11 * year) // 30
    return date.fromordinal(days + 227014)


def hijri_month(year: int, month: int) -> tuple[date, int]:
    """The first Gregorian day of a Hijri month and its length in days.

    Umm al-Qura (``hijridate``'s table, 1343–1500 AH, 1924–2077), the calendar Saudi newspapers
    print: ``رمضان 1436`` starts on 18 June 2015 and has 29 days. Outside that range the
    arithmetical calendar, which may differ from Umm al-Qura by a day or two (so 1342 AH, the
    last tabular year, ends on 1 August 1924, the day Umm al-Qura's 1343 begins).
    """
    try:
        first = Hijri(year, month, 1)
    except OverflowError:
        next_year, next_month = (year + 1, 1) if month == 12 else (year, month + 1)
        start = _tabular_hijri(year, month, 1)
        return start, (_tabular_hijri(next_year, next_month, 1) - start).days
    return date.fromordinal(first.to_gregorian().toordinal()), first.month_length()


class HijriDate(NamedTuple):
    year: int
    month: int
    day: int


def gregorian_to_hijri(day: date) -> HijriDate:
    """The the Hijri date of a Gregorian ``day``: Umm al-Qura where it has a
    table, the arithmetical calendar before and after (a misread publication date such as 1 January
    2100 is still a date: resolving against it must not fail).

    >>> gregorian_to_hijri(date(2015, 7, 31))
    HijriDate(year=1436, month=10, day=15)
    """
    try:
        hijri = Gregorian(day.year, day.month, day.day).to_hijri()
    except OverflowError:
        year = (day.toordinal() - 227015) * 30 // 10631 + 1  # within a year of the answer
        while _tabular_hijri(year + 1, 1, 1) <= day:
            year += 1
        while _tabular_hijri(year, 1, 1) > day:
            year -= 1
        month = max(m for m in range(1, 13) if _tabular_hijri(year, m, 1) <= day)
        return HijriDate(year, month, (day - _tabular_hijri(year, month, 1)).days + 1)
    return HijriDate(hijri.year, hijri.month, hijri.day)


def hijri_to_gregorian(year: int, month: int, day: int) -> date:
    """``15 شوال 1436`` → 31 July 2015. A 30th in a 29-day month is the day after its 29th (the
    writer's month had 30 days)."""
    start, _ = hijri_month(year, month)
    return start + timedelta(days=day - 1)


def hijri_month_span(year: int, month: int) -> tuple[date, date]:
    """First and last Gregorian day of a Hijri month."""
    start, length = hijri_month(year, month)
    return start, start + timedelta(days=length - 1)


def hijri_year_span(year: int) -> tuple[date, date]:
    """First and last Gregorian day of a Hijri year."""
    return hijri_month_span(year, 1)[0], hijri_month_span(year, 12)[1]
