"""The date grammar: one compiled regex for every date expression, built from the calendar words.

:data:`DATE_RE` is an alternation of named *branches* (``month``, ``daymonth``, ``hijri``, …),
tried in order at a word start; the branch that matched is ``match.lastgroup`` and its groups
are named ``<branch>_<group>`` (``daymonth_day``, ``daymonth_m1``). Inside ``منذ`` the anchor
branches repeat with the prefix ``s_`` (``s_month_m1``). :mod:`.resolve` holds one resolver per
branch.

:data:`CANDIDATE_RE` is the cheap first pass that finds the word starts worth trying.
:func:`match_date` is ``DATE_RE.match``, its branches tried one by one (the same matches, in a third of the time).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from analysis.extract.dates.calendar import CAL
from analysis.text.arabic import (
    CONJUNCTIONS,
    PREPOSITIONS,
    PROCLITICS,
    PROCLITICS_AND_ARTICLE,
    PROCLITICS_ARTICLE_OPTIONAL,
)
from analysis.text.first_chars import alternated, first_chars, guarded
from analysis.text.trie import trie_regex

Named = Callable[[str, str], str]


def _alt(words) -> str:
    """Longest first, so that ``تشرين الثاني`` wins over ``تشرين``; spaces match any run."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


_WE = r"(?!\w)"
# A date starts a word, or is a day number glued to the word before it (an Arabic letter, no space): the agency's
# dateline "الدمام25 شوال 1436 هـ" (sample 196: read as the month alone), "من الأربعاء27/10/1436هـ" (read as the Hijri
# year alone), "الموافق30 شوال", "في27 يوليو"; only a number of one or two digits, and only where the first pass
# (``GLUED_DAY_RE``) found a month or a numeric date after it (round of sample 199)
_GLUED = "\u0621-\u063a\u0641-\u064a"  # the Arabic letters, not the tatweel (U+0640)
# not after the article (``ال12``, ``وال13``: the article's own forms, read with ``من`` by ``_day``; "بين الخامس وال13
# اكتوبر 2015" read as the 13th alone where a range stands)
_GLUED_AFTER = rf"(?<=[{_GLUED}])(?<!ال)"
_WB = rf"(?:(?<!\w)|{_GLUED_AFTER}(?=[0-3]?\d(?!\d)))"

_MONTH = _alt(CAL.months)
_HMONTH = _alt(CAL.hijri_months)
_WEEKDAY = _alt(CAL.weekdays)
_MOD = f"(?:{_alt(CAL.modifiers)})ه?"
_PART = _alt(w for w in CAL.parts if w not in CAL.month_only_parts)
# A half or a third of a month (النصف الثاني من شهر رمضان): its part word only before a month, Gregorian or Hijri, or
# "the month" (الشهر الجاري، الشهر الكريم); never before a year or anything else (النصف الأول من العام، من الموسم)
_MONTH_ONLY_PART = (
    rf"(?:{_alt(CAL.month_only_parts)})(?=\s+(?:(?:ال)?شهر\s+)?(?:{_MONTH}|{_HMONTH}|الشهر)(?!\w))"
    if CAL.month_only_parts
    else r"(?!)"
)
_NUMBER = rf"\d{{1,3}}|{_alt(CAL.numbers)}"
_UNIT = _alt(CAL.periods)
_DUAL = _alt(CAL.period_duals)
_SINGULAR = _alt(CAL.period_singulars)
_DEF_PERIOD = r"اسبوع|شهر|عام|سنه"  # after ال
_PLURALS = ["ايام", "اسابيع", "اشهر", "شهور", "سنوات", "سنين", "اعوام"]  # after ال: الأيام الثلاثة الماضية


def _unit_lookahead(units) -> str:
    # Short units (كم, طن) must be the whole word, so that "2015 كما" stays a year.
    long_units = [u for u in units if len(u) > 3]
    short_units = [u for u in units if len(u) <= 3]
    return rf"\s*(?:%|(?:{_alt(long_units)})|(?:{_alt(short_units)}){_WE})"


# A Gregorian year: 1900..2100, optionally marked م; not a Hijri year (هـ), not glued to
# letters or a hyphen (إف-2000), not part of a number (3.2015, 12:2015), not a quantity; a year
# before a slash and a year is the first of a season's or a fiscal year's two (2015/2016).
_YEAR_CORE = r"(?:19\d\d|20\d\d|2100)"
# After a day and a Gregorian month, a year from 1000: "29 من مايو 1453", "17 نوفمبر 1869" (sample 60: read as the
# day and month of the publication year)
_OLD_YEAR_CORE = r"(?:1[0-9]\d\d|20\d\d|2100)"
#: ... nor a count in brackets or quotes before its unit: "مدرج ... يستوعب أماكن لجلوس ( 2000 ) شخص" (sample 65), "وهي
#: “2000″ ريـال سعودي" (sample 154; ``calendar.yaml``'s ``count_closing_marks``).
#: (not after the Gregorian mark: "بلغت أرباح أنشطتها واستثماراتها عام (2006م) مليار دولار" is a year).
#: ... nor a clock time before its zone: "(2059 بتوقيت جرينتش)" (sample 88; ``calendar.yaml``'s ``clock_zone_words``).
#: ... nor the first side of a dimension: "بدقة 1920×1080 بكسل" (sample 91), "1920 في 1080 بيكسل" (sample 98; nondates3,
#: ``calendar.yaml``'s ``dimension_signs`` and ``dimension_units``).
_YEAR_TAIL = (
    (rf"(?!\s*(?:{_alt(CAL.clock_zone_words)}))" if CAL.clock_zone_words else "")
    + (rf"(?!\s*(?:{_alt(CAL.dimension_signs)})\s*\d)" if CAL.dimension_signs else "")
    + (rf"(?!\s*في\s*\d+\s*(?:{_alt(CAL.dimension_units)}){_WE})" if CAL.dimension_units else "")
    # a unit after a closing quote only as a whole word: "فلكية جدة : «2015» الأفضل لرصد" (الأفضل begins as آلاف)
    + (
        rf"(?!\s*(?:{_alt(CAL.count_closing_marks)})\s*(?:{_alt(CAL.not_year_units)}){_WE})"
        if CAL.count_closing_marks
        else ""
    )
    + rf"(?!\s*\){_unit_lookahead(CAL.not_year_units)})"
    rf"(?:\s?م(?![^\W\d_]))?(?!\d|[.,:]\d|/(?!(?:19|20)\d\d)\d|\s?ه{_WE}|-?[^\W\d_]|{_unit_lookahead(CAL.not_year_units)})"
)
_YEAR_GUARD = r"(?<![.,:/])(?<![^\W\d_]-)"
_HYEAR = r"1[345]\d\d"
_HIJRI_MARK = r"(?:ه|هجريه?)"
# The word between a Hijri month and its year: "شوال 1436", "شوال عام 1436"; "شهر شوال لعام 1436 هجري",
# "لشهر رمضان من عام 1435هـ", "شهر رمضان من العام 1436هـ" (samples 46, 47: read as the year alone)
_HYEAR_WORD = r"(?:من\s+)?(?:لل|ل)?(?:ال)?(?:عام|سنه)\s+"
# a Hijri month's epithet before its year only when the year is named so (a year word before it or the Hijri mark
# after it): "في شهر رمضان المبارك لعام 1436 هجري" (sample 90), not a count "خلال شهر رمضان المبارك 1550 بلاغا"
_EPITHET_YEAR = rf"(?=\s*,?\s*(?:{_HYEAR_WORD}|{_HYEAR}\s?{_HIJRI_MARK}{_WE}))"
#: A Hijri month's epithets (``calendar.yaml``'s ``hijri_month_epithets``): "رمضان المبارك".
_EPITHETS = _alt(CAL.hijri_month_epithets)
_HIJRI_ADJECTIVE = r"الهجريه?"
_HYEAR_ADJECTIVE = r"(?:ال)?(?:عام|سنه)\s+الهجريه?"  # العام الهجري، السنة الهجرية: the Hijri year, no number
_HYEAR_NEW = _alt(CAL.hijri_year_new_words)
_GREGORIAN = r"الميلاديه?"  # العام الميلادي، السنة الميلادية: the Gregorian year
_GREGORIAN_ADJECTIVE = rf"(?:(?<=عام|سنه)\s+{_GREGORIAN})?"  # "العام الميلادي المقبل": after the year's word only
_GREGORIAN_BEFORE_YEAR = rf"(?:{_GREGORIAN}\s+)?"  # "أواخر العام الميلادي 2014"
_GREGORIAN_YEAR = rf"(?:العام|السنه)\s+{_GREGORIAN}"  # "قبل نهاية السنة الميلادية": the running year
_HYEAR_OR_TWO = rf"{_HYEAR}|\d\d"  # the second year of 1436/1437هـ or 1436/37هـ  # هـ (normalised to ه), هجري, هجرية
_DAY_NUMBER = r"[0-3]?\d"
_MONTH_NUMBER = r"[01]?\d"
_THIS_YEAR = r"هذا\s+العام|هذه\s+السنه"
_SAME = r"نفسه|ذاته|نفسها|ذاتها"  # العام نفسه: the year the text last spoke of
_NEXT = r"التالي|التاليه"
_APPROX = r"(?:(?:نحو|حوالي|حوالى|قرابه|زهاء|اكثر\s+من|اقل\s+من|ما\s+يقارب|ما\s+يزيد\s+(?:عن|على))\s+)?"
#: "من اليوم", "من هذا اليوم" after a span back or ahead: counted from today (the "ago" branch). Not "من الآن": the
#: round of sample 226 read 56 such spans on the corpus, and besides about 50 right ones they brought a hypothetical
#: ("ربما ليست بعد ثلاثة شهور من الآن لكن قريبا") and an anchor for an unrelated "تلك السنة".
_FROM_TODAY = r"\s+من\s+(?:هذا\s+)?اليوم(?!\w)"
_PAST_MOD = (
    r"الماضي|الماضيه|الماضيين|الماضيتين|الاخير|الاخيره|الاخيرين|الاخيرتين|المنصرم|المنصرمه|المنصرمين|الفائت|الفائته"
)
_NEXT_MOD = r"المقبل|المقبله|المقبلين|المقبلتين|القادم|القادمه|القادمين|القادمتين"
_ORDINAL_PART = r"اول|الاول|ثاني|الثاني|ثالث|الثالث|رابع|الرابع|اخير|الاخير"


def _named(prefix: str) -> Named:
    def g(name: str, body: str) -> str:
        return f"(?P<{prefix}{name}>{body})"

    return g


def _group_name(g: Named, name: str) -> str:
    """The full name ``g`` gives the group ``name`` (for a conditional on it)."""
    group = g(name, "")
    return group[group.index("<") + 1 : group.index(">")]


def _month_fragment(g: Named, old_years: bool = False) -> str:
    """``أيلول/سبتمبر الماضي``, ``كانون الثاني/يناير 2017``, ``أيار (مايو) من العام الماضي``,
    ``حزيران (يونيو) العام الماضي``; with ``old_years`` (after a day) also a year before 1900."""
    # a backslash for the slash: "استحوذ على تطبيق "واتساب" في شباط\\فبراير 2014" (the round over samples 38-61)
    pair = rf"(?:\s*[/\\]\s*{g('m2', _MONTH)}|\s+-\s+{g('m2e', _MONTH)}|\s*\(\s*{g('m2b', _MONTH)}\s*\)|\s*\"\s*{g('m2c', _MONTH)}\s*\"|\s+{g('m2d', _MONTH)}{_WE})"
    # after the month's other name in brackets or after a slash, a year from 1000 too, as after a day: "تسلمه الطاقم
    # البحري المصري في أغسطس (آب) 1865" (the round over samples 38-61: read as August 2015)
    after_pair = rf"(?({_group_name(g, 'm2')})(?:{_OLD_YEAR_CORE})|(?:{_YEAR_CORE}))"
    core = _OLD_YEAR_CORE if old_years else rf"(?({_group_name(g, 'm2b')})(?:{_OLD_YEAR_CORE})|{after_pair})"
    year = rf"\s*,?\s*(?:من\s+)?{_year_expr(g, core=core)}"
    # "من" may be left out: "في حزيران (يونيو) العام الماضي", "في أكتوبر العام المقبل"
    rel_year = rf"\s+(?:{g('yfrom', 'من')}\s+)?(?:(?:ال)?(?:عام|سنه)\s+(?:{g('ymod', _MOD)}|{g('ysame', _SAME)})|{g('ythis', _THIS_YEAR)})"
    return rf"و?{g('m1', _MONTH)}{_WE}{pair}?(?:{year}|{rel_year}|\s+{g('mod', _MOD)}{_WE})?"


def _weekday_prefix(g: Named) -> str:
    """``يوم الأحد``, ``الأحد،``, ``يوم الأحد الموافق`` before a day."""
    return rf"(?:(?:يوم\s+)?ال{g('wd', _WEEKDAY)}\s*,?\s*(?:(?:ال)?موافق\s+)?)?"


#: The units of a compound ordinal day: "السادس والعشرين" = 26.
_UNITS = {"الحادي": 1, **{w: n for w, n in CAL.ordinal_days.items() if 2 <= n <= 9}}


def _after_lam(words: dict[str, int]) -> dict[str, int]:
    """An ordinal with its article after the preposition ل loses the article's alif: ل + التاسع is written
    للتاسع, read here as ل and the form لتاسع (the round of sample 86: "يوم (الاثنين) الموافق للتاسع من شهر ذي
    القعدة المقبل" was read as the whole month)."""
    return {"ل" + w[2:]: n for w, n in words.items() if w.startswith("ال")}


#: The ordinal days and the units of a compound, each also in its form after ل (لتاسع, لسابع).
ORDINAL_DAYS = {**CAL.ordinal_days, **_after_lam(CAL.ordinal_days)}
ORDINAL_UNITS = {**_UNITS, **_after_lam(_UNITS)}


def _ordinal_alt(words: dict[str, int]) -> str:
    """The forms with the article, and those after ل only right after that ل (never a bare لتاسع)."""
    lam = _after_lam(words)
    return rf"(?:(?<=ل)(?:{_alt(lam)})|{_alt(w for w in words if w not in lam)})"


def _day(g: Named) -> str:
    # ل before an ordinal day: "الموافق للسابع والعشرين من شوال" (sample 86's round); not ب, which before an
    # ordinal and a month is mostly "in" two Egyptian cities ("مسجد الشرطة بالسادس من أكتوبر", "بالعاشر من رمضان")
    prep = r"(?:ل(?=ل))?"
    units = rf"(?:{g('ounit', _ordinal_alt(_UNITS))}\s+و(?=العشرين|الثلاثين))?"
    ordinal = (
        # not after a half, a third or a quarter: "في النصف الثاني من رمضان" is no second day (the round of sample 109)
        rf"(?:(?<!نصف\s)(?<!ثلث\s)(?<!ربع\s){prep}{units}{g('ordinal', _ordinal_alt(CAL.ordinal_days))}\s+من\s+"
        rf"|{g('first', _alt(CAL.first_day_words))}\s+)"
    )
    # و: the second day of a range, "بين 10 و15 أغسطس", "والرابع من يناير"; ال glued to the number before من
    # ("في الـ12 من أغسطس الجاري", sample 45: normalised ال12, read as the month alone)
    article = r"(?:ال(?=[0-3]?\d\s*من\s))?"
    return rf"(?:و?{article}(?<![.:/]){g('day', _DAY_NUMBER)}\s*(?:من\s+)?|و?{ordinal})(?:شهر\s+)?"


def _relative_period(g: Named, adjective: str = "") -> str:
    """``الشهر الماضي``, ``هذا الأسبوع``, ``العام قبل الماضي``, ``السنة المقبلة``; ``adjective`` may stand between
    the period and its modifier (a part's ``نهاية العام الميلادي المقبل``)."""
    return (
        rf"(?:{g('this', r'هذا|هذه')}\s+ال{g('tper', _DEF_PERIOD)}{_WE}"
        rf"|{PROCLITICS_AND_ARTICLE}{g('per', _DEF_PERIOD)}{adjective}\s+{g('pmod', _MOD)}{_WE})"
    )


def _year_expr(g: Named, name: str = "year", core: str = _YEAR_CORE, adjective: str = "") -> str:
    """``العام 2019``, ``2019``; and ``عام .2000``, a sentence's full stop set before the year that
    ends it (``حتى نهاية عام .2000وتعتبر``, ``بحلول العام .2017``), only after عام or سنة; ``adjective``
    may stand between the word and the year (``أواخر العام الميلادي 2014``)."""
    dot = g(f"{name}dot", r"\.")
    dot_name = dot[len("(?P<") : dot.index(">")]
    return (
        rf"(?:{PROCLITICS_ARTICLE_OPTIONAL}(?:عام|سنه)ي?\s+{adjective}{dot}?)?(?({dot_name})|{_YEAR_GUARD})"
        rf"{g(name, core)}(?({dot_name})(?!\d)|{_YEAR_TAIL})"
    )


# --- the branches, one function each --------------------------------------------------------


def _part(g: Named) -> str:
    """``منتصف ديسمبر``, ``مطلع العام 2019``, ``نهاية السنة الحالية``, ``بداية هذا العام``."""
    word = rf"{g('mword', _MONTH_ONLY_PART)}|{_PART}"
    return (
        rf"{PROCLITICS}{g('word', word)}\s+(?:(?:ال)?شهر\s+)?(?:{_month_fragment(g)}"
        # the Gregorian year spelled out, "العام الميلادي" (the round of sample 165: "نهاية العام الميلادي المقبل 2016",
        # "مطلع العام الميلادي الجديد" and "أواخر العام الميلادي 2014" were read as a part of the running year, العام
        # alone; "قبل نهاية السنة الميلادية" not read): that part of the year its modifier, its "new" or its number names
        rf"|{_relative_period(g, _GREGORIAN_ADJECTIVE)}|{_year_expr(g, 'pyear', adjective=_GREGORIAN_BEFORE_YEAR)}"
        rf"|{g('gbare', _GREGORIAN_YEAR)}(?:\s+{g('gnew', _HYEAR_NEW)})?{_WE}"
        # بداية عام 1436هـ، نهاية شوال الجاري، حتى نهاية شهر شوال 1436هـ (sample 44: read as the whole month): a part
        # of a Hijri year or month
        rf"|(?:(?:ال)?(?:عام|سنه)\s+)?{g('hyear', _HYEAR)}\s?{_HIJRI_MARK}{_WE}"
        # "الذي أقيم مطلع عام 1433 بجدة", "بنهاية العام 1440" (sample 294's round: read as the whole year, or as a part of
        # the running Gregorian year): a Hijri year without its mark after عام, as the year alone is read (resolved as
        # ``_hijri_year`` does: a Gregorian mark after it, or a year too far ahead, is no Hijri year); not the first of
        # two years (1435/1436هـ)
        rf"|(?:ال)?(?:عام|سنه)\s+{g('hbyear', _HYEAR)}(?!\s*[/\d-]){_WE}"
        # مطلع العام الهجري القادم، منذ بداية العام الهجري الحالي (sample 79: read as a part of the Gregorian year): a
        # part of the Hijri year of publication or one next to it
        rf"|{g('hyrel', _HYEAR_ADJECTIVE)}(?:\s+(?:{g('hymod', _MOD)}|{g('hynew', _HYEAR_NEW)}))?{_WE}"
        rf"|{g('hymonth', _HMONTH)}(?:\s+(?:{_EPITHETS}){_EPITHET_YEAR})?\s*,?\s*"
        rf"(?:{_HYEAR_WORD})?{g('hmyear', _HYEAR)}(?:\s?{_HIJRI_MARK}{_WE})?(?!\d)"
        rf"|{g('hmonth', _HMONTH)}(?:\s+(?:{_EPITHETS}))?\s+{g('hmod', _MOD)}{_WE}"
        # "ابتداءً من مطلع شهر ذي القعدة من العام الجاري" (sample 66: read as the whole month): a Hijri month of a
        # year named relatively, the Hijri year of publication or one next to it
        rf"|{g('hrmonth', _HMONTH)}(?:\s+(?:{_EPITHETS}))?\s+(?:من\s+)?"
        rf"(?:(?:لل|ل)?(?:ال)?(?:عام|سنه)\s+(?:{_HIJRI_ADJECTIVE}\s+)?{g('hrymod', _MOD)}|{g('hrythis', _THIS_YEAR)}){_WE}"
        # a half or a third of a Hijri month without its year, as a day of one: "في النصف الثاني من شهر رمضان"
        # (sample 108) is the last Ramadan's, the next one's in a clause in the future
        rf"|(?({_group_name(g, 'mword')}){g('hbare', _HMONTH)}(?:\s+(?:{_EPITHETS}))?{_WE}|(?!))"
        rf"|{g('bare', r'العام|الشهر')}{_WE})"
    )


def _hijri(g: Named) -> str:
    """``يوم الخميس 21 شوال 1436هـ``, ``شهر شوال 1436هـ``."""
    return (
        # the month's epithet before its year: "في شهر رمضان المبارك لعام 1436 هجري" (sample 90: only the year read)
        # or a preposition or و glued to the month: "بجمادى الأولى من العام الماضي", "ورجب لعام 1436" (sample 185's
        # round: read as the year alone)
        rf"(?:{_weekday_prefix(g)}(?:{_day(g)})?(?:شهر\s+)?|{PROCLITICS}){g('month', _HMONTH)}"
        rf"(?:\s+(?:{_EPITHETS}){_EPITHET_YEAR})?\s*,?\s*"
        rf"(?:{_HYEAR_WORD})?{g('year', _HYEAR)}(?:\s?{_HIJRI_MARK}{_WE})?(?!\d)"
    )


def _hijri_relative(g: Named) -> str:
    """``شهر رمضان المبارك``, ``رمضان الماضي``, ``24 شوال الجاري``: a Hijri month without its year,
    the resolver asks for شهر, a day or a modifier (a bare رمضان or رجب is also a first name)."""
    # ... or with a year named relatively, the Hijri year of publication or one next to it: "سعر المتر في شهر صفر
    # من هذا العام" (Safar 1436), "شهر رمضان للعام المقبل" (Ramadan 1437; the round over samples 38-61: read as the
    # Gregorian year alone)
    # the Hijri year's adjective between: "بداية من غرة محرم من العام الهجري القادم" (sample 80: read as the last 1
    # Muharram), "في شهر صفر من العام الهجري الحالي" (not read)
    # A Hijri year may follow the year named relatively, in apposition: "خلال شهر رمضان من العام الحالي 1436هـ" (sample
    # 115: the month was dropped, the relative year and the Hijri year read apart as the whole year); a Hijri year
    # right after the month or its modifier is the month's own year ("رمضان 1436هـ", the hijri branch), so none there
    rel_year = rf"\s+(?:من\s+)?(?:(?:لل|ل)?(?:ال)?(?:عام|سنه)\s+(?:{_HIJRI_ADJECTIVE}\s+)?{g('ymod', _MOD)}|{g('ythis', _THIS_YEAR)})"
    return (
        rf"(?:{_weekday_prefix(g)}(?:{_day(g)})?(?:{g('shahr', 'شهر')}\s+)?|{PROCLITICS}){g('month', _HMONTH)}"
        rf"(?:\s+(?:{_EPITHETS}))?"
        rf"(?:{rel_year}{_WE}|(?:\s+{g('mod', _MOD)})?{_WE}(?!\s*,?\s*(?:{_HYEAR_WORD})?1[345]\d\d))"
    )


def _hijri_year(g: Named) -> str:
    """``1437هـ``, ``العام 1436هـ``, ``منذ عام 1417`` (after عام or سنة a year 13xx–14xx is Hijri
    without هـ; the resolver checks that one of the two is there), ``1436/1437هـ``; ``عام 1534م``
    (``gmark``) and far-off years the resolver reads as Gregorian."""
    return (
        rf"(?:{g('word', rf'{PROCLITICS_ARTICLE_OPTIONAL}(?:عام|سنه)')}\s+)?{g('year', _HYEAR)}"
        # 1436/1437هـ, 1436-1437 هـ: a fiscal or academic year over two Hijri years
        rf"(?:\s?/\s?{g('year2', _HYEAR_OR_TWO)}|\s?-\s?{g('year2d', _HYEAR)})?"
        rf"(?:\s?{g('mark', _HIJRI_MARK)}|{g('gmark', r'م')})?{_WE}(?![.,/:]?\d)"
    )


def _hijri_dmy(g: Named) -> str:
    """``15/10/1436 هـ``, and without هـ (``25/9/1436 الموافق 12/7/2015``): a numeric date whose year
    is 13xx or 14xx is Hijri."""
    return (
        rf"{g('d', _DAY_NUMBER)}\s?[/-]\s?{g('m', _MONTH_NUMBER)}\s?[/-]\s?{g('y', _HYEAR)}"
        rf"(?:\s?{_HIJRI_MARK}{_WE}|(?!\d|[/.\-]\d))"
    )


def _hijri_ymd(g: Named) -> str:
    """``1436/10/15 هـ``."""
    return rf"{g('y', _HYEAR)}\s?/\s?{g('m', _MONTH_NUMBER)}\s?/\s?{g('d', _DAY_NUMBER)}\s?{_HIJRI_MARK}{_WE}"


def _hijri_my(g: Named) -> str:
    """``3 / 1436 هـ``: a Hijri month by its number, no day, the mark required ("خلال الفترة من 3 / 1436 هـ إلى 8 /
    1436 هـ", a Shura report in five papers, read as the year 1436 twice; round of sample 207). Not after a number or a
    slash: the end of a day's date (``15/10/1436 هـ``) or of a decree's number."""
    return rf"(?<![\d/])(?<![\d/]\s){g('m', _MONTH_NUMBER)}\s?/\s?{g('y', _HYEAR)}\s?{_HIJRI_MARK}{_WE}"


def _day_month(g: Named) -> str:
    """``5 كانون الثاني 2017``, ``الثاني من يونيو الماضي``, ``الاثنين 3 أغسطس``."""
    return rf"{_weekday_prefix(g)}{_day(g)}{_month_fragment(g, old_years=True)}"


# 30/07/2015, 1.8.2015, 20 / 8 / 2015; a space on one side of each slash, or around each hyphen: "الموافق 22/ 8/
# 2015م وحتى يوم الإثنين 1/12/1436هـ الموافق 14/ 9/ 2015" (sample 49: read as the year 2015), "24 /09 /1988م",
# "بتاريخ 23 - 06 - 2015"; slashes spaced differently: "الموافق 6/8/ 2015م" (sample 59: read as the year 2015); a
# hyphen, too, with a space on one side: "بعد انطلاقتها المباركة في 12-6- 2005م" (sample 310: read as the year 2005)
_NUMERIC_SEP = r"\s?/\s?|\s?-\s?|\."


def _numeric(g: Named, prefix: str) -> str:
    """``30/07/2015 م``, ``1.8.2015``, ``20 / 8 / 2015م``, ``6/8/ 2015م``, ``12-6- 2005م``: day, month, year with
    one separator throughout (a slash or a hyphen may have a space on either side, each on its own; a dot none)."""
    return (
        rf"(?<![.:/]){g('d', _DAY_NUMBER)}{g('sep', _NUMERIC_SEP)}{g('m', _MONTH_NUMBER)}"
        rf"(?:(?P={prefix}numeric_sep)|(?<=\d)(?:(?<=/\d)|(?<=/\d\d)|(?<=/\s\d)|(?<=/\s\d\d))\s?/\s?"
        rf"|(?<=\d)(?:(?<=-\d)|(?<=-\d\d)|(?<=-\s\d)|(?<=-\s\d\d))\s?-\s?)"
        rf"{g('y', _YEAR_CORE)}(?:\s?م{_WE})?(?!\d|[/.\-]\d)"
    )


def _anchored(g: Named) -> str:
    """``العام نفسه``, ``في اليوم التالي``, ``بعد ذلك بأسبوع``: a time set by the date the text last gave;
    ``الشهر نفسه من العام الماضي``: that time a year before. ``ذلك الأسبوع الماضي`` is no such time: the
    modifier makes it last week, read from publication (sample 61)."""
    # "الشهر نفسه من العام الماضي": the same month a year before (a comparison with last year); "في" and
    # "خلال" too, and "ل" glued to the year word (``calendar.yaml``'s ``same_time_year_links``): "عن نفس الشهر في
    # العام الماضي", "للعام الماضي"
    links = _alt(CAL.same_time_year_links)
    year_word = rf"(?:(?:{links})\s+(?:ال)?|لل|ل)(?:عام|سنه)"
    ago = rf"\s+{year_word}\s+(?:الماضي|السابق|المنصرم|الفائت)"
    # ... "الشهر ذاته من العام الجاري": that month in the running year (sample 69: read as the anchor's year)
    running = rf"\s+(?:{year_word}\s+(?:الجاري|الحالي)|(?:{links})\s+هذا\s+(?:العام|السنه))"
    # ... "خلال نفس الشهر لعام 2014", "مقارنة بالشهر نفسه من 2014": that month in the year written (sample 81: read
    # as the whole year, and "نفس الشهر" as the anchor's month of the running year)
    in_year = rf"\s+(?:(?:{links})\s+(?:(?:ال)?(?:عام|سنه)\s+)?|لل?(?:عام|سنه)\s+){_YEAR_GUARD}"
    return (
        rf"(?:{PROCLITICS_AND_ARTICLE}{g('unit', r'يوم|اسبوع|شهر|عام|سنه')}\s+(?:{g('same', _SAME)}{_WE}"
        rf"(?:{g('ago', ago)}|{g('running', running)}|{in_year}{g('inyear', _YEAR_CORE)}{_YEAR_TAIL})?"
        rf"|{g('next', _NEXT)}){_WE}"
        rf"|(?:ذلك|تلك|{PROCLITICS}نفس)\s+ال{g('that', r'يوم|اسبوع|شهر|عام|سنه')}{_WE}(?!\s+(?:{_PAST_MOD}|{_NEXT_MOD}){_WE})"
        rf"(?:{g('ago2', ago)}|{g('running2', running)}|{in_year}{g('inyear2', _YEAR_CORE)}{_YEAR_TAIL})?{_WE}"
        rf"|بعد\s+ذلك\s+ب{g('after', _alt(CAL.period_duals | CAL.period_singulars))}{_WE})"
    )


def _day_of_month(g: Named) -> str:
    """``الثامن من الشهر ذاته``, ``في العاشر من الشهر الجاري``, ``15 من الشهر الماضي``; ``في 21 من هذا الشهر``,
    ``الرابع عشر من هذا الشهر`` (the running month, as ``الشهر الجاري``; sample 81: read as the whole month), not
    after a dash (``30 -10 من هذا الشهر``, a Hijri day and month) nor before a word of the holy month
    (``الرابع من هذا الشهر الفضيل``: Ramadan's day, left to the relative month)."""
    holy = rf"(?!\s+(?:{_alt(CAL.holy_month_words)}|رمضان){_WE})"
    return (
        rf"{_weekday_prefix(g)}{_day(g)}(?:من\s+)?(?:الشهر\s+(?:{g('mod', _MOD)}|{g('same', _SAME)})"
        rf"|{g('this', r'هذا')}\s+الشهر{holy}){_WE}"
    )


def _named_day(g: Named) -> str:
    """``ثورة 25 يناير``, ``هجمات 11 سبتمبر``: days that name an event (``calendar.yaml``'s ``named_days``),
    with the other name of the month and the year if written (``ثورة فبراير (شباط)``, ``هجمات 11 سبتمبر
    (أيلول) 2001``, ``هجمات 11 سبتمبر ايلول 2001`` with the second name bare; the resolver rejects a year that
    is not the day's, and a bare second name of another month)."""
    pair = rf"(?:\s*/\s*(?:{_MONTH})|\s*\(\s*(?:{_MONTH})\s*\)|\s+{g('m2d', _MONTH)}{_WE})?"
    year = rf"(?:\s*,?\s*(?:(?:ال)?(?:عام|سنه)\s+)?{_YEAR_GUARD}{g('year', _YEAR_CORE)}{_YEAR_TAIL})?"
    return rf"{PROCLITICS_ARTICLE_OPTIONAL}{g('name', _alt(CAL.named_days))}{_WE}{pair}{year}"


def _last_n(g: Named) -> str:
    """``خلال الأسبوعين الماضيين``, ``السنوات التسع الأخيرة``, ``الأيام الثلاثة المقبلة``: the N units up to
    (or after) the publication date. Without a count (``الأيام الماضية``) it is too vague to date."""
    return (
        rf"(?:{PROCLITICS}(?:خلال|طوال|طيله|على\s+مدى|على\s+مدار)\s+)?{PROCLITICS_AND_ARTICLE}"
        rf"(?:{g('dual', _alt(CAL.period_duals))}|{g('unit', _alt(_PLURALS))}\s+(?:ال)?{g('n', _NUMBER)})"
        rf"\s+(?:{g('past', _PAST_MOD)}|{g('future', _NEXT_MOD)}){_WE}"
    )


def _quarter(g: Named) -> str:
    """``الربع الثاني من العام``, ``الربع الأول 2015``, ``النصف الأول من العام الجاري``."""
    year = rf"\s+(?:من\s+)?(?:{_year_expr(g, 'qyear')}|{g('qthis', _THIS_YEAR)}|(?:ال)?(?:عام|سنه)\s+{g('qmod', _MOD)}{_WE}|{g('qbare', r'العام|السنه')}{_WE})"
    return rf"{PROCLITICS_AND_ARTICLE}{g('kind', r'ربع|نصف')}\s+{g('ord', _ORDINAL_PART)}{_WE}(?:{year})?"


def _season(g: Named) -> str:
    """``الخريف المقبل``, ``صيف 2014``, ``هذا الشتاء``, ``صيف العام الماضي``, ``خريف هذا العام`` (the
    resolver asks for one of them)."""
    return (
        rf"(?:{g('this', r'هذا|هذه')}\s+)?{PROCLITICS_ARTICLE_OPTIONAL}{g('name', _alt(CAL.seasons))}{_WE}"
        rf"(?:\s+(?:{g('mod', _MOD)}{_WE}|(?:من\s+)?(?:{_year_expr(g, 'syear')}|(?:ال)?(?:عام|سنه)\s+{g('ymod', _MOD)}{_WE}"
        rf"|{g('ythis', _THIS_YEAR)}{_WE})))?"
    )


def _eid(g: Named) -> str:
    """``عيد الفطر الماضي``, ``أيام العيد الماضية``, ``عيد الأضحى المقبل``; without a modifier the
    resolver asks that the text has just named that Eid (``… خلال العيد``)."""
    return (
        rf"(?:{PROCLITICS}ايام\s+)?{PROCLITICS}{g('name', _alt(CAL.eids))}(?:\s+(?:المبارك|السعيد))?"
        rf"(?:\s+{g('mod', _MOD)})?{_WE}"
    )


def _month(g: Named) -> str:
    """``أيلول/سبتمبر الماضي``, ``شهر يونيو 2015م``."""
    # a preposition or و glued to the month: "لديسمبر 2016", "بيونيو العام الماضي" (sample 185's round: read as the
    # year alone, the month dropped), only with a year, a modifier or the month's other name after it: a glued month
    # alone is as often a place or a name ("شقة بأكتوبر", the city of 6 October; "الكابتن كابريل")
    glued = g("glued", rf"[{CONJUNCTIONS}][{PREPOSITIONS}]?|[{PREPOSITIONS}]")
    completed = "(?!)"
    for name in reversed(("m2", "m2e", "m2b", "m2c", "m2d", "year", "ymod", "ysame", "ythis", "mod")):
        completed = rf"(?({_group_name(g, name)})|{completed})"
    return rf"(?:شهر\s+|{glued})?{_month_fragment(g)}(?({_group_name(g, 'glued')}){completed})"


def _relative_days(g: Named) -> str:
    """``أمس``, ``اليوم الخميس``, ``أمس الأول الأحد``, ``وبعد غد``."""
    # أمس (الثلاثاء): the weekday may stand in brackets, or in quotation marks (اليوم «الأحد», اليوم "السبت",
    # مساء اليوم “الأحد”): one expression, the weekday's day, as in brackets
    return (
        rf"{g('cl', PROCLITICS)}{g('word', _alt(CAL.relative_days))}{_WE}"
        rf"(?:\s*,?\s*[(«\"“”]?\s*ال{g('wd', _WEEKDAY)}{_WE}(?:\s*[)»\"”“])?)?"
    )


def _weekday(g: Named) -> str:
    """``الثلاثاء``, ``يوم الاثنين``, ``يوم الأحد القادم``, ``يوم (الخميس) المقبل``."""
    # The weekday in brackets after يوم, before its modifier: "مساء يوم ( الأحد ) المقبل", "جلسة يوم (السبت) المقبل"
    # (sample 166: the bracket kept المقبل from the weekday, read as the past Sunday); the bracket is taken only with a
    # modifier after it. A bracket without يوم ("(الجمعة) الماضية") would open before the match: left bare.
    br = _group_name(g, "br")
    return (
        rf"(?:{PROCLITICS}يوم\s*{g('br', r'[(]')}\s*ال|{PROCLITICS}يوم\s+ال|{PROCLITICS_AND_ARTICLE})"
        rf"{g('wd', _WEEKDAY)}{_WE}(?({br})(?=\s*[)]\s*(?:{_MOD}){_WE}))"
        rf"(?:(?({br})\s*[)]\s*|\s+){g('mod', _MOD)}{_WE})?"
    )


def _branches(prefix: str) -> list[tuple[str, str]]:
    """The anchor branches, tried in this order at each word start (the first that matches wins).

    The four Hijri branches are alternatives of one another: split, they are tried in the same
    order as when they were one branch, so the same text matches.
    """

    def G(branch: str) -> Named:
        return _named(f"{prefix}{branch}_")

    return [
        ("part", _part(G("part"))),
        ("hijri", _hijri(G("hijri"))),
        ("hijriyear", _hijri_year(G("hijriyear"))),
        ("hijridmy", _hijri_dmy(G("hijridmy"))),
        ("hijriymd", _hijri_ymd(G("hijriymd"))),
        ("hijrimy", _hijri_my(G("hijrimy"))),
        ("hijrirel", _hijri_relative(G("hijrirel"))),
        ("eid", _eid(G("eid"))),
        ("season", _season(G("season"))),
        ("quarter", _quarter(G("quarter"))),
        ("namedday", _named_day(G("namedday"))),
        ("dayofmonth", _day_of_month(G("dayofmonth"))),
        ("daymonth", _day_month(G("daymonth"))),
        ("numeric", _numeric(G("numeric"), prefix)),
        ("month", _month(G("month"))),
        ("relperiod", _relative_period(G("relperiod"))),
        ("anchored", _anchored(G("anchored"))),
        ("lastn", _last_n(G("lastn"))),
        ("reldays", _relative_days(G("reldays"))),
        ("weekday", _weekday(G("weekday"))),
        ("year", _year_expr(G("year"))),
    ]


#: A time of the day between منذ and its day (normalised: no hamza, ة written ه).
_SINCE_DAY_PART = r"(?:مساء|صباح|فجر|ظهر|ظهيره|ليله|ليل|عصر)"

#: Branches that can follow منذ (their groups are prefixed ``s_``), in the order they are tried.
ANCHOR_BRANCHES = tuple(name for name, _ in _branches(""))


def _top_branches() -> list[tuple[str, str]]:
    anchors = "|".join(f"(?P<s_{name}>{body})" for name, body in _branches("s_"))
    g = _named("ago_")
    return [
        # و glued: "ومنذ العام 1432" (sample 47: read as the year 1432H alone), or ف: "فمنذ 2014 تم استكمال 38 صفقة"
        # (sample 74: read as the year 2014, a point)
        # يوم before a day and a month: "المتأخرات المستحقة منذ يوم 30 يونيو (حزيران) الماضي" (sample 48: read as the day)
        # a time of the day before a weekday or a day word: "منذ مساء الخميس" (sample 41: read as Thursday, a point)
        # a year in brackets after عام, the bracket closed after it or after its Gregorian year: "منذ العام (1428هـ
        # 2007م)" (sample 80: read as the years 1428 and 2007, points), "منذ عام (1891)" (read as a year ago)
        # تاريخ before a date written in digits: "منذ تاريخ 1 / 10 /1436 هـ، حتى اليوم" (sample 81: read as the day)
        (
            "since",
            rf"[وف]?منذ\s+(?:(?P<since_bracket>(?:ال)?عام\s*\(\s*(?=\d))"
            rf"|يوم\s+(?=[0-3]?\d\s*(?:من\s+)?(?:شهر\s+)?و?(?:{_MONTH}|{_HMONTH}))|(?:ال)?تاريخ\s+(?=\d)"
            rf"|{_SINCE_DAY_PART}\s+(?=(?:يوم\s+)?(?:ال\w+|امس|اول|البارحه)(?!\w)))?(?:{anchors})"
            rf"(?(since_bracket)(?:\s+(?:19|20)\d\d\s?م?)?\s*\))",
        ),
        (
            "ago",
            rf"{g('word', r'منذ|قبل|بعد')}\s+{_APPROX}(?:{g('n', _NUMBER)}\s+{g('unit', _UNIT)}|{g('dual', _DUAL)}"
            # not a construct: "قبل يوم العيد" is before Eid day, not a day ago; nor a year in brackets: "منذ عام (1891)";
            # nor "بعد يوم غد", the day after tomorrow (calendar.yaml's relative_days; sample 214: read as a day later)
            rf"|{g('one', _SINGULAR)}(?!\s*\d|\s*\(\s*\d|\s+(?:{_MONTH}|{_HMONTH})|\s+ال|\s+غد){_WE})"
            # counted from today, written: "قبل أسبوع من اليوم", "قبل ثلاثة عقود من اليوم" (resolve._ago)
            rf"{g('now', _FROM_TODAY)}?",
        ),
        ("earlier", r"في\s+وقت\s+(?P<earlier_when>سابق|لاحق)\s+(?:من\s+)?(?:هذا\s+الشهر|الشهر\s+(?:الجاري|الحالي))"),
        (
            "weekend",
            rf"(?:عطله\s+)?{PROCLITICS}نهايه\s+(?:(?P<weekend_this>هذا)\s+)?الاسبوع(?:\s+(?P<weekend_mod>{_MOD}))?",
        ),
        *_branches(""),
    ]


_TOP = _top_branches()
#: Every branch name :data:`DATE_RE` can report as ``match.lastgroup``.
BRANCHES = tuple(name for name, _ in _TOP)
# Each branch behind a look-ahead of the characters it can start with: the branches that cannot
# match at a candidate are skipped at a glance (matches are the same, in a third less time).
# A date ends a word, or is a year after a misplaced full stop with the next sentence glued to it
# (``نهاية عام .2000وتعتبر``).
_DATE_END = rf"(?:{_WE}|(?<=\s\.(?:19|20)\d\d)(?=[^\W\d_]))"


def _date_re() -> re.Pattern[str]:
    return re.compile(rf"{_WB}(?:{'|'.join(guarded(f'(?P<{name}>{pattern})') for name, pattern in _TOP)}){_DATE_END}")


def __getattr__(name: str):
    """:data:`DATE_RE`, compiled when first asked for: the extraction reads dates with :func:`match_date` (the
    same matches), so a process that only extracts never pays for the whole alternation (0.2 s at every import)."""
    if name == "DATE_RE":
        compiled = globals()["DATE_RE"] = _date_re()
        return compiled
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# Each branch alone, with its own groups only: Python's engine pays for the groups of a pattern (DATE_RE has 357)
# on every branch it enters, so DATE_RE took three times as long as its branches tried one by one, in order, the
# first that matches winning, which is what the alternation does (the same match: the same span, the same groups
# by name, the same lastgroup). The branches that cannot start with a character are left out for it at once. Their
# optional groups are alternations with an empty branch (``alternated``: the same matches, 20 % faster).
_ALONE = tuple(
    (
        re.compile(alternated(rf"{_WB}(?:{guarded(f'(?P<{name}>{pattern})')}){_DATE_END}")),
        first_chars(f"(?P<{name}>{pattern})"),
    )
    for name, pattern in _TOP
)
_STARTING: dict[str, tuple[re.Pattern[str], ...]] = {}  # a first character → the branches that can start with it


def _starting(char: str) -> tuple[re.Pattern[str], ...]:
    branches = tuple(r for r, first in _ALONE if first is None or (char and re.match(first, char)))
    _STARTING[char] = branches
    return branches


def match_date(text: str, pos: int, endpos: int | None = None) -> re.Match[str] | None:
    """``DATE_RE.match(text, pos[, endpos])``, in a third of its time: the match of the first branch that matches
    at ``pos`` (its groups are that branch's only: ``match.group`` of another branch's name raises, where DATE_RE's
    gives None; ``lastgroup``, the span and the branch's groups are the same)."""
    end = len(text) if endpos is None else min(endpos, len(text))
    char = text[pos] if 0 <= pos < end else ""
    branches = _STARTING.get(char)
    if branches is None:  # (an empty tuple is cached too: a character no branch starts with)
        branches = _starting(char)
    for branch in branches:
        m = branch.match(text, pos, end)
        if m is not None:
            return m
    return None


def _trie(words) -> str:
    """A regex matching any of ``words`` as a whole word, nested by letter (fast to reject).

    It only ever runs inside the look-ahead of CANDIDATE_RE, where the order of the words does
    not matter; shortest first keeps the pattern the first pass has always had."""
    return trie_regex(words, word_end=True, longest_first=False)


def _first_words() -> list[str]:
    """Every word a date expression can start with (after its clitics), except numbers."""
    definite = ["ال" + stem for stem in CAL.weekdays] + ["الاسبوع", "الشهر", "العام", "السنه", "اليوم"]
    return [
        "منذ",
        *CAL.named_days,
        "الربع",
        "النصف",
        *("هذا " + w for w in CAL.seasons if w.startswith("ال")),
        *CAL.seasons,
        "في وقت",
        "عطله",
        "يوم",
        "شهر",
        "عام",
        "عامي",
        "سنه",
        "هذا الاسبوع",
        "هذا الشهر",
        "هذا العام",
        "هذه السنه",
        *CAL.parts,
        *CAL.months,
        *CAL.hijri_months,
        *CAL.relative_days,
        *definite,
        # للعام = ل + لعام; "للربع الأول من 2015م" (sample 33) was read as the year alone
        *("ل" + word[2:] for word in (*definite, "الربع", "النصف")),
    ]


# Python's re tries an alternation of this size slowly at every word; so a cheap first pass
# finds the word starts worth trying: a separator, clitics, then a first word, a year, a day
# before a month, a numeric date, or قبل before a count. It returns about twice as many
# places as there are dates.
_MONTH_WORDS = _trie([*CAL.months, *CAL.hijri_months])
_COUNT_WORDS = _trie([*CAL.numbers, *CAL.period_duals, *CAL.period_singulars])
# Frequent words start a date only with what follows them: بعد ذلك ب…, ذلك اليوم, خلال الأسبوعين
# الماضيين, الأيام الثلاثة, أيام العيد الماضية (listed as first words, each would send thousands of
# places of a corpus through the whole grammar).
# Each alternative opens with a letter, a class or an alternation of them, never with an optional group: the regex
# engine passes over an alternative whose first character cannot match at once, but enters an optional group at
# every place it tries (``(?:خلال\s+)?ال…`` is written ``خلال\s+ال…|ال…``, the same strings: only whether the
# look-ahead matches counts, never which alternative does).
_DURING = r"(?:خلال|طوال|طيله|على\s+مد(?:ي|ار))\s+"
_DUALS_AFTER = rf"ال(?:{_alt(CAL.period_duals)})\s+(?:{_PAST_MOD}|{_NEXT_MOD})"
_PLURALS_AFTER = rf"ال(?:{_alt(_PLURALS)})\s+(?:ال)?(?:\d|{_COUNT_WORDS})"
_EIDS = rf"(?:{_alt(CAL.eids)})(?!\w)"
_LOOKAHEADS = "|".join(
    [
        r"بعد\s+ذلك\s+ب",
        r"(?:ذلك|تلك|نفس)\s+ال(?:يوم|اسبوع|شهر|عام|سنه)(?!\w)",
        rf"{_DURING}(?:{_DUALS_AFTER}|{_PLURALS_AFTER})",
        _DUALS_AFTER,
        _PLURALS_AFTER,
        rf"ايام\s+{_EIDS}",
        _EIDS,
    ]
)
# A day number starts a candidate before a month, a numeric date, a Hijri year after a slash (a month's number: "من 3
# / 1436 هـ", round of sample 207), or the relative month with من or without it
# ("حتى 28 الشهر الجاري", "في 29 الشهر الماضي": sample 91, read as the whole month when only "N من الشهر" started one).
_CANDIDATE = (
    rf"{PROCLITICS}(?:{_trie(_first_words())}|{_LOOKAHEADS}|(?:19|20)\d\d|2100|1[345]\d\d(?:\s?ه|\s?/|\s?-\s?1[345]\d\d)"
    rf"|{_trie(ORDINAL_DAYS)}\s+من\s|{_trie(ORDINAL_UNITS)}\s+و|{_trie(CAL.first_day_words)}\s"
    rf"|(?:[0-3]\d|\d)(?:\s*(?:من\s+)?(?:شهر\s+)?و?{_MONTH_WORDS}|\s?[/.-]\s?[01]?\d\s?[/.-]|\s?/\s?1[345]\d\d\s?ه|\s+من\s+(?:الشهر\s|هذا\s+الشهر(?!\w))|\s+الشهر\s)"
    rf"|ال[0-3]?\d\s*من\s+(?:شهر\s+)?(?:{_MONTH_WORDS}|الشهر\s)"
    rf"|(?:قبل|بعد)\s+(?:\d|{_COUNT_WORDS}|نحو|حوال|قرابه|زهاء|اكثر|اقل|ما\s))"
)
# A day number glued to the word before it, before a month's name or a numeric date's separator: "الدمام25 شوال",
# "الأربعاء27/10/1436هـ" (the round of sample 199: a start inside a word, which ``_WB`` lets a day number take)
_GLUED_REST = rf"(?:\s*(?:من\s+)?(?:شهر\s+)?{_MONTH_WORDS}|\s?[/-]\s?[01]?\d\s?[/-])"
#: The word starts worth trying (a candidate starts where the match ends). Behind the characters a candidate can open
#: with (most places after a gap fail there): a quarter less time.
CANDIDATE_RE = re.compile(rf"[^\w](?={guarded(_CANDIDATE)})")
#: A day number glued to the word before it (after ``_GLUED_AFTER``, a day number and ``_GLUED_REST``; the candidate starts where the
#: match starts, at its first digit), written to open with the digit: the engine then skips to the digits in C, where
#: the same test as one more alternative of ``CANDIDATE_RE`` made it try every character of the text (2.3 s of CPU
#: over the corpus's 31k texts, 5.6 against 3.3 s for the word starts alone).
GLUED_DAY_RE = re.compile(rf"\d(?<=[{_GLUED}]\d)(?<!ال\d)(?=(?<=[0-3])\d(?!\d){_GLUED_REST}|(?!\d){_GLUED_REST})")


def candidate_starts(padded: str) -> list[int]:
    """Where a date may start in ``padded`` (a normalised text behind a space), in order: after a gap before
    what a date opens with (:data:`CANDIDATE_RE`), or at a day number glued to the word before it
    (:data:`GLUED_DAY_RE`). The two never find the same place (a gap is no letter, a digit no gap)."""
    starts = [m.end() for m in CANDIDATE_RE.finditer(padded)]
    glued = [m.start() for m in GLUED_DAY_RE.finditer(padded)]
    return sorted(starts + glued) if glued else starts
