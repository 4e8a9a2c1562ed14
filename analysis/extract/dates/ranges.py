"""Two dates joined into one range: ``من مايو إلى يوليو 2009``, ``بين 10 و15 أغسطس``, ``2011 - 2015``.

:func:`join_ranges` runs over the date expressions of one text (in reading order, spans in the
normalised text) and joins two neighbours when only a range word stands between them:

* ``إلى``/``الى``/``حتى``/``لغاية`` or a dash, always (``الخميس حتى الأحد``);
* ``و``, only after ``بين`` (``بين 22 ديسمبر المقبل والرابع من يناير 2016``) or between two parts
  of periods (``نهاية 2007 ومطلع 2008``): elsewhere ``و`` lists two times (``في 2011 و2015``).

The start takes what it leaves unsaid from the end: a month or day written without its year
(``من مايو``) takes the end's year, the year before when it would fall after the end. A bare day
number before a full date (``من 1 حتى 26 / 11 / 1436 هـ``, ``بين 10 و15 أغسطس``) is a day of the
end's month, in the end's calendar. A year after a year (``بين عامي 2011 و2015``) also joins.
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise

from analysis.extract.dates.calendar import (
    CAL,
    Span,
    gregorian_to_hijri,
    hijri_to_gregorian,
    hijri_year_span,
    month_span,
)
from analysis.extract.dates.grammar import ORDINAL_UNITS

# او: "سبتمبر أو أكتوبر المقبلين" covers both when the first takes its year from the second
_TO = r"(?:الي|حتي|لغايه|ولغايه|وحتي|والي|او)"
_BETWEEN_WORD = re.compile(r"(?:من|بين|منذ)(?:\s+(?:عامي|العامين|سنتي|يومي|شهري))?\s*$")
#: ... a time of the day may stand after "to" ("منذ مساء الأربعاء حتى وقت مبكر الخميس", sample 71)
_DAY_PART = "|".join(
    sorted((r"\s+".join(map(re.escape, w.split())) for w in CAL.range_end_day_parts), key=len, reverse=True)
)
_END_TIME = rf"(?:\s+(?:{_DAY_PART})(?:\s+من)?)?" if _DAY_PART else ""
_JOIN = re.compile(rf"^\s*(?:{_TO}{_END_TIME}|[-–—])\s*$")
_AND = re.compile(r"^\s*$")  # "و" is glued to the second date: والرابع، و15
#: After بين a comma may stand before the و: "بين 25 يونيو الماضي، و20 أغسطس الحالي".
_AND_AFTER_BETWEEN = re.compile(r"^\s*[,،]?\s*$")
_FROM_DAY = re.compile(r"(?<!\w)(?:من|بين|منذ)(?:\s+يوم)?\s*$")  # "اعتبارا من يوم غد إلى السادس من رمضان"
_BETWEEN = re.compile(r"بين(?:\s+(?:عامي|العامين|سنتي|يومي|شهري))?\s*$")
#: A bare day before the end's date: after من/بين ("من 1 حتى 26 / 11 / 1436 هـ"), or before a dash
#: ("خلال الفترة 26-28 محرم المقبل"; not a number's tail: "2-8-2015" is one numeric date); ال may be glued to it
#: ("خلال الفترة من الـ10 وحتى الـ22 من أغسطس الحالي", 3,000 random articles, seed 119).
# ... or a bare day right before "to" without من: "بطولة العالم لألعاب القوى في بكين " 22 إلى 30 أغسطس"" (the round
# over samples 38-61: read as 30 August alone); تاريخ may stand after من: "يبدأ من تاريخ 17 وإلى 27 من شهر شوال
# الحالي" (sample 66: read as the 27th alone)
_BARE_DAY = re.compile(
    rf"(?:(?:من|بين)\s+(?:تاريخ\s+)?(?:ال)?(\d{{1,2}})\s*(?:{_TO}|[-–—]|و)?\s*$)|(?:(?<![\d/.\-–—])(\d{{1,2}})\s*[-–—]\s*$)"
    rf"|(?:(?<![\w/.\-–—])(?<![/.\-–—]\s)(\d{{1,2}})\s+(?:الي|حتي)\s+$)"
)
#: "الرابع والخامس من أغسطس": an ordinal day just before the second day, glued to it by و.
_BARE_ORDINAL = re.compile(rf"(?:^|\s)({'|'.join(sorted(CAL.ordinal_days, key=len, reverse=True))})\s+$")
_ORDINALS = "|".join(sorted(CAL.ordinal_days, key=len, reverse=True))
_UNITS = "|".join(sorted(ORDINAL_UNITS, key=len, reverse=True))
#: A day/month without its year before "to" and a full numeric date: "في الفترة من 23/10 إلى 5/11/1436هـ" (sample 157: read
#: as the end alone), "من 30/11 وحتى 2 /12/2015", "من 25/12 الى 4/1 /1437" (the start in the year before); the start takes
#: the end's year and calendar (see ``_numeric_start``).
_DAY_MONTH_BEFORE = re.compile(
    rf"(?<!\w)(?:من|بين)\s+(?:تاريخ\s+)?(\d{{1,2}})\s*/\s*(\d{{1,2}})\s*(?:م|ه)?\s*(?:{_TO}|[-–—])\s*$"
)
_FULL_NUMERIC = re.compile(r"(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})(?!\d)")
#: "من السابع وحتى التاسع من محرم المقبل": an ordinal day after من/بين, then "to", before an ordinal day of a month
#: (sample 65: read as the ninth alone, and a target after حتى); the first day may be a compound ("من الحادي والعشرين").
_FROM_ORDINAL = re.compile(
    rf"(?<!\w)(?:من|بين)\s+(?:({_UNITS})\s+و(?=العشرين|الثلاثين))?({_ORDINALS})\s*(?:{_TO}|[-–—]|و)\s*$"
)
#: The end's day as written at its start: an ordinal, a compound ("الحادي والعشرين") or digits, ال glued to them
#: ("الـ15"): "من الرابع إلى 15 أغسطس المقبل", "من السادس إلى الحادي والعشرين من أبريل 2016" (sample 139: each read as
#: its last day alone; an end "السادس والعشرين" was taken for its unit, the sixth).
_END_DAY_OPENING = re.compile(
    rf"و?(?:(?:({_UNITS})\s+و(?=العشرين|الثلاثين))?(?:ال)?({_ORDINALS})(?!\w)|(?:ال)?(\d{{1,2}})(?!\d))"
)
#: "في 15 و16 أيلول (سبتمبر) المقبل", "يومي 7 و14 أكتوبر": a bare day number just before the second day, glued
#: to it by و (sample 64: read as the second day alone); not a number's tail ("2.5 و3 يوليو", "2015/7 و8 أغسطس").
_BARE_DAY_AND = re.compile(r"(?<![\w/.,،\-–—])(?<![/.\-–—]\s)(\d{1,2})\s+$")
#: "موسم 2015/ 2016", "بين عام 2009 / 2010": a season or a fiscal year over two years (matched at a position).
_YEAR_PAIR = re.compile(r"\s*/\s*((?:19|20)\d\d)(?!\d)")
#: ... or written in reverse, the later year first: "موسم 2015-2014", "للموسم الرياضي 2016 - 2015م", "موسم 2014/2013"
#: (sample 72: read as 2015 alone, and 2014 apart; 16 such seasons in SaudiNewsNet, no range of years read back).
_YEAR_PAIR_REVERSED = re.compile(r"\s*[/\-–—]\s*((?:19|20)\d\d)(?!\d)")
#: ... also with a sentence's full stop set before the year ("في الفترة بين عامي 2000 و.2014", sample 31).
_YEAR_AFTER = re.compile(rf"\s*(?:{_TO}|[-–—]|و)\s*\.?((?:19|20)\d\d)(?!\d)")  # matched at a position: no ^
#: A dual of "year" opening the expression names two years: "في عامي 2013 و2014" (samples 36, 38, 41: read as the
#: first year only; "بين عامي" was joined already).
_DUAL_YEAR = re.compile(r"[وفبل]*(?:ال)?(?:عامي|عامين|سنتي|سنتين)\s")
_DUAL_YEAR_BEFORE = re.compile(r"(?<!\w)[وفبل]*(?:ال)?(?:عامي|عامين|سنتي|سنتين)\s+$")  # "العامين 2013 و2014"
#: ... left a range after these: "بين عامين 2009 و2013" (Clinton's tenure), "بعد عامي 1986 و1996".
_DUAL_AFTER_WORD = re.compile(r"(?<!\w)(?:بين|بعد|قبل|منذ)\s+[وفبل]*(?:ال)?(?:عامي|عامين|سنتي|سنتين)\s+\d{4}\s*$")
_PRECISION_ORDER = ("day", "week", "part_of_month", "month", "part_of_year", "year")
#: A span of years written with a dash, a slash or a tatweel, its first year not read on its own: a life span or a
#: term in brackets (``أوسكار وايلد (1854 - 1900)``), a season with its first year glued to a word (``في عام2011 -
#: 2012``, ``موسمي 1999-2000 و2012-2013``), a Hijri span marked once (``1420 - 1423هـ``, ``(1437ـ1441هـ)``,
#: ``للعام التدريبي الجديد1436/1437هـ``) — read as the second year alone (samples 174, 176, 179) — or marked twice,
#: each read alone (``للموسم الرياضي 1435هـ ـ 1436هـ``: the tatweel between them leaves only spaces; a dash between
#: two marked years is joined below with its من), a season of two years in a row. A slash makes a season or a fiscal
#: year, its second year the next (``الموسم ١٤٣٥/١٤٣٧هـ``, a misprint, and ``الدورات الخمس المقبلة ... (1437/1442هـ)``
#: are left; so is ``خطة التنمية الثالثة (1400هـ ـــ 1405هـ``, whose plan word makes a target). Not a span whose
#: second year starts after the paper's day (``السنوات الخمس المقبلة (1437ـ1441هـ)``, ``العام الدراسي الجديد
#: 1436/1437هـ``): its `when` asks for a plan's or a season's reading, which the second year alone keeps.
_HIJRI_YEAR_READ = re.compile(r"\(?\s*(1[34]\d\d)\s*ه\s*\)?")
#: ... or before "to", a dash maybe on either side: "للأعوام من 1431- إلى - 1433 هـ" (a from-to read as its last year).
_BARE_HIJRI_BEFORE = re.compile(rf"(?<![\d/.,])(1[34]\d\d)\s*([-–—/]|(?:[-–—]\s*)?(?<!\w)(?:{_TO})(?:\s*[-–—])?)\s*$")
_GREGORIAN_YEAR_READ = re.compile(r"\(?\s*((?:19|20)\d\d)\s*(?:م\s*)?\)?")
_BARE_GREGORIAN_BEFORE = re.compile(r"(?<![\d/.,])(1[5-9]\d\d|20\d\d)\s*[-–—]\s*$")
_HIJRI_PAIR_BETWEEN = re.compile(r"\s*/?\s*")
_LONGEST_SPAN = 120  # years: a life span, a reign, a war
_HIJRI_BARE_AFTER = re.compile(rf"\s*(?:{_TO}|[-–—])\s*(1[34]\d\d)(?!\d)")  # matched at a position: no ^
_HIJRI_WRITTEN = re.compile(r"(?<!\d)(1[34]\d\d)(?!\d)")


def _year_end(written: str, span: Span, last: int) -> date | None:
    """The last day of the year ``last`` ending a range that opens with the year ``span`` (written ``written``): a
    later Gregorian year, or a later Hijri year after a Hijri one (``بين عام 1431 إلى 1435``); ``None`` otherwise."""
    if last >= 1900:
        return date(last, 12, 31) if last > span.start.year else None
    first = _HIJRI_WRITTEN.search(written)
    if (
        first
        and hijri_year_span(int(first.group(1)))[0] == span.start
        and 0 < last - int(first.group(1)) <= _LONGEST_SPAN
    ):
        return hijri_year_span(last)[1]
    return None


def _year_span(
    norm: str, found: list[tuple[int, int, Span]], i: int, out: list, published: date | None
) -> tuple[tuple, int] | None:
    """The span of years ending or starting at ``found[i]`` (see ``_HIJRI_YEAR_READ``), with how many readings it
    takes; ``None`` when ``found[i]`` opens or ends no such span."""
    a, b, span = found[i]
    if span.precision != "year" or span.extent != "point":
        return None

    def begun(end: Span) -> bool:  # the span's second year has begun by the paper's day
        return published is None or end.start <= published

    def next_year_after_slash(slash: bool, first: int, second: int) -> bool:
        return 0 < second - first <= (1 if slash else _LONGEST_SPAN)

    done = out[-1][1] if out else 0  # a reading already taken ends here
    hijri = _HIJRI_YEAR_READ.fullmatch(norm, a, b)
    if hijri:
        year = int(hijri.group(1))
        if i + 1 < len(found):  # both marked, each read alone: "1435هـ ـ 1436هـ", "1435هـ / 1436هـ"
            a2, b2, second = found[i + 1]
            other = _HIJRI_YEAR_READ.fullmatch(norm, a2, b2)
            between = _HIJRI_PAIR_BETWEEN.fullmatch(norm, b, a2)
            if (
                other
                and between
                and second.precision == "year"
                and second.extent == "point"
                and int(other.group(1)) == year + 1  # a season; not a plan's years ("(1400هـ ـــ 1405هـ")
                and begun(second)
            ):
                return (a, b2, Span(span.start, second.end, "year", span.relative, "range")), 2
        first = _BARE_HIJRI_BEFORE.search(norm, max(done, a - 12), a)
        if first and next_year_after_slash(first.group(2) == "/", int(first.group(1)), year) and begun(span):
            start = hijri_year_span(int(first.group(1)))[0]
            return (first.start(1), b, Span(start, span.end, "year", span.relative, "range")), 1
        return None
    gregorian = _GREGORIAN_YEAR_READ.fullmatch(norm, a, b)
    if gregorian and span.start == date(int(gregorian.group(1)), 1, 1):
        year = int(gregorian.group(1))
        first = _BARE_GREGORIAN_BEFORE.search(norm, max(done, a - 12), a)
        if first and 0 < year - int(first.group(1)) <= _LONGEST_SPAN and begun(span):
            start = date(int(first.group(1)), 1, 1)
            return (first.start(1), b, Span(start, span.end, "year", span.relative, "range")), 1
    return None


def _day_number(found: re.Match) -> int:
    """The day of :data:`_FROM_ORDINAL` or :data:`_END_DAY_OPENING`: a unit (maybe none), an ordinal, or digits."""
    unit, ordinal, digits = (*found.groups(), None)[:3]
    if digits:
        return int(digits)
    return CAL.ordinal_days[ordinal] + (ORDINAL_UNITS[unit] if unit else 0)


def _coarser(a: str, b: str) -> str:
    return max(a, b, key=_PRECISION_ORDER.index)


def _with_year(start: Span, end: Span) -> Span:
    """``start`` (read against the publication date, no year written) moved into ``end``'s year."""
    year = end.start.year
    try:
        moved = replace(start, start=start.start.replace(year=year), end=start.end.replace(year=year))
    except ValueError:  # 29 February
        return start
    if moved.start > end.start:
        moved = replace(moved, start=moved.start.replace(year=year - 1), end=moved.end.replace(year=year - 1))
    return moved


def _range(start: Span, end: Span) -> Span:
    return Span(start.start, max(end.end, start.end), _coarser(start.precision, end.precision),
                start.relative and end.relative, "range")  # fmt: skip


#: Between a weekday and the date it names: "يوم الأحد الموافق 8 ذي القعدة", "الاثنين 1-12-1436هـ",
#: "يوم السبت الذي يوافق تاريخ 15 أغسطس" (``calendar.yaml``'s ``weekday_date_links``).
_LINKS = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(CAL.weekday_date_links, key=len, reverse=True))
_AGREEING = re.compile(rf"\s*[,،]?\s*(?:(?:{_LINKS})\s*)?[,،]?\s*")
#: ... with the link written: a weekday tied to a part of a month ("يوم السبت الموافق مطلع آب (أغسطس) المقبل").
_LINKED = re.compile(rf"\s*[,،]?\s*(?:{_LINKS})\s*[,،]?\s*")
#: A weekday alone, or "since" a weekday alone ("منذ يوم الأحد 18/9/1436هـ": since that day).
#: (يوم with ل too: "المنشور في عدد «الجزيرة» ليوم السبت 16 شوّال 1436هـ", sample 81: read as the publication Saturday)
_WEEKDAY_ONLY = re.compile(r"(?:منذ\s+)?[وف]?(?:ل?يوم\s+)?ال\w+\s*")
#: ... or with its modifier, before the date it names: "حتى يوم السبت المقبل 9 شوال 1436هـ" (sample 51: the Hijri day
#: was read apart from its weekday, so the "until" before the weekday did not make it a deadline).
_WEEKDAY_MODIFIED = re.compile(
    rf"(?:منذ\s+)?[وف]?(?:يوم\s+)?ال\w+\s+(?:{'|'.join(sorted(CAL.modifiers, key=len, reverse=True))})\s*"
)
#: A day's correction in parentheses right after it: "اليوم (أمس)".
_PAREN_OPEN = re.compile(r"\s*\(\s*")
#: A weekday's date in parentheses: "يوم الأحد (10 شوال 1436هـ ) الموافق ( 26 يوليو 2015م )" (sample 45), the link
#: maybe before them: "صباح يوم الخميس الموافق (7/10/1436)" (sample 74: the weekday read as last Thursday apart).
_PAREN_AGREEING = re.compile(rf"\s*[,،]?\s*(?:(?:{_LINKS})\s*)?\(\s*(?:(?:{_LINKS})\s*)?")
_PAREN_CLOSE = re.compile(r"\s*\)")


#: "الأشهر الستة الأولى من 2015": January to June of the year (calendar.yaml's first_months); the count before the
#: months too, "الستة أشهر الأولى من العام الجاري", "الستة الأشهر الأولى", "للتسعة أشهر الأولى" (sample 101).
_FIRST_MONTH_COUNTS = "|".join(sorted(map(re.escape, CAL.first_months), key=len, reverse=True))
_FIRST_MONTHS = re.compile(
    rf"(?<!\w)(?:[وفبل]?(?:ال|لل)?(?:اشهر|شهور)\s+(?P<after>{_FIRST_MONTH_COUNTS})"
    rf"|[وفب]?(?P<before>{_FIRST_MONTH_COUNTS})\s+(?:ال)?(?:اشهر|شهور)"
    rf"|لل(?P<before_l>{'|'.join(sorted((re.escape(w[2:]) for w in CAL.first_months if w.startswith('ال')), key=len, reverse=True))})"
    r"\s+(?:ال)?(?:اشهر|شهور))"
    r"\s+(?:الاولي|الاول)\s+من\s+$"
    # or after اول, the count without ال or in digits: "في أول ستة شهور من عام 2015", "أول 6 أشهر من 2015" (the round
    # of sample 298: read as the whole year)
    rf"|(?<!\w)[وفبل]?اول\s+(?:(?P<first>{_FIRST_MONTH_COUNTS})|(?P<digits>[1-9]|1[01]))\s+(?:اشهر|شهور)\s+من\s+$"
)


#: A Hijri year in apposition after a year's words: "من العام الحالي 1436هـ".
_HIJRI_YEAR_AFTER = re.compile(r"\s*\(?\s*1[34]\d\d\s*ه")


def first_months(norm: str, a: int, b: int, span: Span, published: date | None = None) -> tuple[int, Span] | None:
    """The first months of the calendar year read at ``a``-``b`` ("الأشهر الستة الأولى من عام 2015"): where the phrase
    starts and the months from January, else None: not when a Hijri year follows the year ("التسعة أشهر الأولى من
    العام الحالي 1436هـ", the Hijri months), nor when the months would end after ``published`` (counted months are
    months gone by: "خلال التسعة أشهر الأولى من العام الحالي" in a paper of August is a Hijri count too)."""
    if not CAL.first_months or span.precision != "year" or span.extent != "point":
        return None
    year = span.start.year
    if (span.start, span.end) != (date(year, 1, 1), date(year, 12, 31)):
        return None
    m = _FIRST_MONTHS.search(norm, max(0, a - 45), a)
    if not m or _HIJRI_YEAR_AFTER.match(norm, b):
        return None
    if m.group("digits"):
        last = int(m.group("digits"))
    else:
        last = CAL.first_months[m.group("after") or m.group("before") or m.group("first") or "ال" + m.group("before_l")]
    end = date(year, last + 1, 1) - timedelta(days=1)
    if published is not None and end > published:
        return None
    return m.start(), Span(span.start, end, "part_of_year", span.relative)


#: "للأسبوع المنتهي في 25 تموز": the seven days ending on the date.
_WEEK_ENDING = re.compile(r"(?:[وف]?(?:لل|ال))اسبوع\s+المنتهي\s+(?:في\s+)?$")
#: "منذ اندلاع الأزمة في مارس 2011": an open period from the date of an event named after منذ.
_SINCE_EVENT = re.compile(
    rf"(?<!\w)منذ\s+(?:{'|'.join(map(re.escape, sorted(CAL.since_event_nouns, key=len, reverse=True)))})\w*\s+(?:[^\s.،,؛]+\s+){{0,2}}"
    r"(?:في\s+|عام\s+)?$"
)


#: A weekday and a day/month written after it without a year (read as no date): "يوم الاثنين 18/10" in a table of a
#: running Hijri month (sample 39: Monday 18 Shawwal, 3 August, read as the last Monday), "والخميس 10/14" in a list
#: written month first (samples 66 and 77), "يوم الأربعاء 6 /10" (sample 68); or a Hijri year written first
#: ("الثلاثاء 1436/10/26", sample 41). Not the start of a longer number ("18/10/1436" is read as a date itself) or a
#: decimal ("6/10.5"); a full stop may end the sentence after it ("يبدأ الدوام الرسمي يوم الأربعاء 6 /10.", sample 68).
_YEARLESS_DAY = re.compile(
    rf"\s*[,،:]?\s*(?:(?:{_LINKS})\s*)?(\(\s*)?(?:(1[34]\d\d)\s*/\s*)?(\d{{1,2}})\s*/\s*(\d{{1,2}})(?![\d/\-–—]|\.\d|\s*[/\-–—]\s*\d)"
)
#: ... its days are the one Hijri or Gregorian day within this many days of the publication day that falls on the
#: weekday (read day first, month first when no day read so falls on it); none when two agree.
_YEARLESS_WINDOW = 60


def _days_of(day: int, month: int, published: date) -> set[date]:
    """The Hijri and Gregorian days ``day``/``month`` within ``_YEARLESS_WINDOW`` days of ``published``."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return set()
    days: set[date] = set()
    hijri_year = gregorian_to_hijri(published).year
    for year in (hijri_year - 1, hijri_year, hijri_year + 1):
        if day <= 30:
            with suppress(ValueError, OverflowError):
                days.add(hijri_to_gregorian(year, month, day))
    for year in (published.year - 1, published.year, published.year + 1):
        with suppress(ValueError):
            days.add(date(year, month, day))
    return {d for d in days if abs((d - published).days) <= _YEARLESS_WINDOW}


def _yearless_day(norm: str, b: int, weekday: date, published: date) -> tuple[int, Span] | None:
    """The day a bare weekday's yearless day/month after it names, and where the pair ends (see ``_YEARLESS_DAY``)."""
    m = _YEARLESS_DAY.match(norm, b)
    if m is None:
        return None
    first, second = int(m.group(3)), int(m.group(4))
    days: set[date] = set()
    if m.group(2):  # "1436/10/26": year, month, day
        try:
            days.add(hijri_to_gregorian(int(m.group(2)), first, second))
        except (ValueError, OverflowError):
            return None
    else:
        for day, month in ((first, second), (second, first)):  # day first; month first when that names no day
            days = {d for d in _days_of(day, month, published) if d.weekday() == weekday.weekday()}
            if days:
                break
    days = {d for d in days if d.weekday() == weekday.weekday()}
    if len(days) != 1:
        return None
    end = m.end()
    if m.group(1):
        close = _PAREN_CLOSE.match(norm, end)
        if close is None:
            return None
        end = close.end()
    (day_read,) = days
    return end, Span(day_read, day_read, "day", not m.group(2))


def attach_weekdays(
    norm: str, found: list[tuple[int, int, Span, str]], published: date | None = None
) -> list[tuple[int, int, Span, str]]:
    """A weekday read alone (against the publication date) and the date right after it that it
    agrees with become one expression with the date's day: the written date wins. Also the
    phrases a date completes: the week ending on it, and an open period from an event's date."""
    if published is not None:
        found = _weekdays_before_listed_days(norm, found)
    out: list[tuple[int, int, Span, str]] = []
    for i, (a, b, span, branch) in enumerate(found):
        if (
            published is not None
            and branch == "weekday"
            and span.precision == "day"
            and span.extent == "point"
            and re.fullmatch(r"[وف]?(?:يوم\s+)?ال\w+\s*", norm[a:b])
        ):
            written = _yearless_day(norm, b, span.start, published)
            # not the digits of a date read after it ("يوم الأحد الموافق 1436/9/25هـ" is joined below)
            if written is not None and (i + 1 == len(found) or written[0] <= found[i + 1][0]):
                b, span = written
        week = _WEEK_ENDING.search(norm, max(0, a - 30), a) if span.precision == "day" else None
        if week:
            a, span = week.start(), Span(span.start - timedelta(days=6), span.end, "week", span.relative)
        first = first_months(norm, a, b, span, published)
        if first:
            a, span = first
        out.append((a, b, span, branch))
    return _attach(norm, out)


#: A list of day numbers after listed weekdays: "10 و11 و12", "23و24", "14 - 15".
_DAY_LIST = re.compile(r"(?:في\s+)?(\d{1,2})((?:\s*[و\-]\s*\d{1,2})+)")


def _weekdays_before_listed_days(
    norm: str, found: list[tuple[int, int, Span, str]]
) -> list[tuple[int, int, Span, str]]:
    """Two or more weekdays listed with و and the days they name listed right after them, with their month: one
    range of those days ("أيام الأحد والاثنين والثلاثاء 10 و11 و12 شوال الجاري": 10-12 Shawwal; "مساء الخميس والجمعة
    الموافق 23و24 يوليو 2015م"), when the days follow each other and each weekday is its day's. Read alone, each weekday
    was the last such day and the list lost all but its last day (sample 117)."""
    out: list[tuple[int, int, Span, str]] = []
    i = 0
    while i < len(found):
        j = i
        while (
            j < len(found)
            and found[j][3] == "weekday"
            and found[j][2].precision == "day"
            and found[j][2].extent == "point"
            and _WEEKDAY_ONLY.fullmatch(norm, found[j][0], found[j][1])
            and (
                j == i
                or (re.fullmatch(r"\s*[,،]?\s*", norm[found[j - 1][1] : found[j][0]]) and norm[found[j][0]] == "و")
            )
        ):
            j += 1
        merged = _listed_days(norm, found, i, j) if j - i >= 2 and j < len(found) else None
        if merged is None:
            out.append(found[i])
            i += 1
            continue
        out.append(merged)
        i = j + 1
    return out


def _listed_days(
    norm: str, found: list[tuple[int, int, Span, str]], i: int, j: int
) -> tuple[int, int, Span, str] | None:
    """The weekdays ``found[i:j]`` and the date ``found[j]`` that ends the list of their days, as one range."""
    names = [re.findall(r"ال(\w+)", norm[a:b])[-1] for a, b, _, _ in found[i:j]]
    if not all(n in CAL.weekdays for n in names):
        return None
    gap = _AGREEING.match(norm, found[j - 1][1])  # all optional: it always matches, maybe empty
    listed = _DAY_LIST.match(norm, gap.end() if gap is not None else found[j - 1][1])
    if listed is None:
        return None
    numbers = [int(n) for n in re.findall(r"\d+", listed.group(0))]
    a2, b2, last, branch = found[j]
    q = listed.end()
    if last.precision == "day" and a2 <= q < b2:
        end = last.end  # "و12 شوال الجاري", "14 - 15 / 10 /1436ه": the date holds the last day
    elif last.precision == "month" and re.fullmatch(r"\s*", norm[q:a2]):  # "23و24 يوليو 2015م"
        end = last.start + timedelta(days=numbers[-1] - 1)
        if end > last.end:
            return None
    else:
        return None
    if len(numbers) != j - i or any(b - a != 1 for a, b in pairwise(numbers)):
        return None
    days = [end - timedelta(days=numbers[-1] - n) for n in numbers]
    if any(d.weekday() != CAL.weekdays[n] for d, n in zip(days, names)):
        return None
    return found[i][0], b2, Span(days[0], days[-1], "day", last.relative, "range"), branch


def written_year(text: str) -> bool:
    """Whether a month's expression says its year: digits, or a modifier (``الماضي``, ``المقبلين``, ``من العام
    الماضي``)."""
    return bool(re.search(r"\d", text)) or any(w in CAL.modifiers for w in re.findall(r"\w+", text))


def _year_to_lend(text: str) -> bool:
    """Whether the second of two months listed says a year the first, written bare, takes: digits, a year told
    (``من العام الماضي``, ``من العام الجاري``) or a modifier of now or ahead (``الجاري``, ``المقبلين``); not one of
    the past alone (``الماضيين``), which the first, read as the most recent such month, has already."""
    if re.search(r"\d", text) or _TOLD_YEAR.search(text):
        return True
    return any(CAL.modifiers.get(w, -1) >= 0 for w in re.findall(r"\w+", text))


_TOLD_YEAR = re.compile(r"(?<!\w)(?:ال)?(?:عام|سنه)\s+(?:الماضي|السابق|المنصرم|الفائت)")  # "من العام الماضي"
_RANGE_YEAR = re.compile(r"\s*\)?\s*من\s*")  # between a range and the year that confirms it
_AFTER_YEAR = re.compile(r"(?<!\w)بعد\s+$")
_BY_COUNT = re.compile(r"\s*ب(?:\d|عام|سن|شهر|اسبوع|يوم|ايام|اشهر)")  # بعد 2011 بعامين: a count after it
#: the first of a list of years after بعد: the years of earlier titles, not an open period from the year after the first
#: ("لقبها الرابع في الدورة بعد 2001 و2011 و2013", "لقب السوبر الخامس ... بعد 1987 و1990 و2010 و2012"; the round of
#: sample 248: read as from 2002 and from 1988 to the paper's day)
_YEAR_LIST = re.compile(r"\s*[,،]?\s*و\s*(?:عام\s+)?\d{4}(?!\d)")


def after_year(norm: str, a: int, b: int, span: Span) -> bool:
    """Whether the year at ``a``..``b`` follows بعد (بعد عام 2008: from 2009 on), with no count and no other year
    listed after it (``بعد 2001 و2011 و2013``: the year 2001)."""
    return (
        span.precision == "year"
        and bool(_AFTER_YEAR.search(norm, max(0, a - 10), a))
        and not _BY_COUNT.match(norm, b)
        and not _YEAR_LIST.match(norm, b)
    )


#: "من عام 2009م إلى الآن" (sample 183), "من تاريخ 17/ 3/ 1434 وحتى الآن", "من العام 2000 إلى اليوم": a time after من
#: whose range ends now, an open period from it (as منذ); not "حتى اليوم الثالث لعيد الفطر" (a day named after اليوم).
_FROM_BEFORE = re.compile(r"(?<!\w)و?من\s+(?:تاريخ\s+)?$")
_TO_NOW = re.compile(
    r"[\s)]*و?\s*(?:الي|حتي|لغايه)\s+"
    r"(?:الان|تاريخه|وقتنا\s+(?:الحاضر|الحالي|هذا)|الوقت\s+(?:الحاضر|الحالي)|يومنا\s+هذا|اليوم(?!\s*(?:ال|\d|\()))(?!\w)"
)


def to_now(norm: str, a: int, b: int) -> bool:
    """Whether the date at ``a``..``b`` follows من and a "to now" follows it (من عام 2009م إلى الآن)."""
    return bool(_FROM_BEFORE.search(norm, max(0, a - 15), a)) and bool(_TO_NOW.match(norm, b))


def since_event(norm: str, a: int) -> bool:
    """Whether the date at ``a`` is the date of an event named after منذ (منذ اندلاع الأزمة في مارس 2011)."""
    return bool(_SINCE_EVENT.search(norm, max(0, a - 60), a))


#: After two listed weekdays, their dates or a third weekday: "أيام الأحد والاثنين 10 و11 شوال", "في يومي
#: الأربعاء والخميس الموافق 20 و21 شوال", "أيام الثلاثاء والأربعاء والخميس 12 و13 و14 شوال" (left as they were).
_DATES_AFTER_PAIR = re.compile(
    rf"(?:\s*[,،]?\s*و?(?:يوم\s+)?ال\w+)*\s*[,،]?\s*(?:(?:{_LINKS})\s*)?[,،]?\s*(?:في\s+)?\d"
    rf"|\s*[,،]?\s*و(?:يوم\s+)?ال(?:{'|'.join(sorted(CAL.weekdays, key=len, reverse=True))})(?!\w)"
)


def _weekday_pair(first: Span, second: Span) -> Span | None:
    """Two weekdays listed with و ("الضربات الجوية التي شنها الجيش التركي الجمعة والسبت"): the first is
    the last such weekday before the second's day (the second carries the tense or the modifier:
    "يومي الجمعة والسبت الماضيين"); two days in a row are one range, others stay two days."""
    back = (second.start.weekday() - first.start.weekday()) % 7
    if not back:
        return None
    start = second.start - timedelta(days=back)
    if back == 1:
        return Span(start, second.end, "day", first.relative and second.relative, "range")
    return Span(start, start, "day", first.relative, first.extent)


def _attach(norm: str, found: list[tuple[int, int, Span, str]]) -> list[tuple[int, int, Span, str]]:
    out: list[tuple[int, int, Span, str]] = []
    for item in found:
        if out:
            a, b, _, branch = out[-1]
            a2, b2, second, _ = item
            first = out[-1][2]
            if (
                branch == "weekday"
                and item[3] == "weekday"
                and norm[a : a + 1] != "و"  # the last two of a longer list: "الأحد والإثنين والأربعاء والخميس"
                and first.extent == second.extent == "point"
                and _WEEKDAY_ONLY.fullmatch(norm, a, b)
                and re.fullmatch(r"\s*[,،]?\s*", norm[b:a2])
                and norm[a2 : a2 + 1] == "و"
                and not _DATES_AFTER_PAIR.match(norm, b2)
            ):
                pair = _weekday_pair(first, second)
                if pair is not None and pair.extent == "range":
                    out[-1] = (a, b2, pair, branch)
                    continue
                if pair is not None:
                    out[-1] = (a, b, pair, branch)
                out.append(item)
                continue
            if (
                branch == item[3] == "weekday"
                and first.extent == second.extent == "point"
                and _WEEKDAY_ONLY.fullmatch(norm, a, b)
                and _WEEKDAY_ONLY.fullmatch(norm, a2, b2)
                and norm[a2 : a2 + 1] not in ("و", "ف")  # with و: the pair above ("الخميس والجمعة الموافق 23و24")
                and re.fullmatch(r"\s+", norm[b:a2])
            ):
                # "قصفت ليل الجمعة السبت سبعة اهداف" (sample 34: the Saturday): a night over two days in a row
                pair = _weekday_pair(first, second)
                if pair is not None and pair.extent == "range":
                    out[-1] = (a, b2, pair, branch)
                    continue
            if (
                (branch == "weekday" or (branch == "since" and first.precision == "day"))
                and second.precision == "day"
                and second.extent == "point"
                and (
                    _WEEKDAY_ONLY.fullmatch(norm, a, b)
                    # with its modifier only when the date is that weekday: not "يوم الأحد المقبل 10 شوال المقبل", whose
                    # "next Shawwal" is read as a year on
                    or (_WEEKDAY_MODIFIED.fullmatch(norm, a, b) and first.start.weekday() == second.start.weekday())
                )
                and (_AGREEING.fullmatch(norm, b, a2) or _PAREN_AGREEING.fullmatch(norm, b, a2))
            ):
                if first.extent == "since":  # منذ يوم الأحد 18/9/1436هـ: since that day, to publication
                    second = Span(second.start, max(first.end, second.end), "day", second.relative, "since")
                close = _PAREN_CLOSE.match(norm, b2) if "(" in norm[b:a2] else None
                out[-1] = (a, close.end() if close else b2, second, item[3])
                continue
            if (
                first.relative
                and second.relative
                and first.precision == second.precision == "day"
                and first.extent == second.extent == "point"
                and first.start == first.end
                and second.end < first.start
                and _PAREN_OPEN.fullmatch(norm, b, a2)
            ):
                # "فجر هذا اليوم (أمس)" (sample 43), "في وقت سابق اليوم (أمس)" (sample 10): a wire's "today" and the
                # paper's correction in parentheses, one day; the parenthesis wins, as a weekday's does
                out[-1] = (a, b2 + 1 if norm[b2 : b2 + 1] == ")" else b2, second, item[3])
                continue
            if (
                branch == "weekday"
                and first.extent == second.extent == "point"
                and second.precision == "part_of_month"
                and _WEEKDAY_ONLY.fullmatch(norm, a, b)
                and _LINKED.fullmatch(norm, b, a2)
            ):
                # "اعتبارا من يوم السبت الموافق مطلع آب (أغسطس) المقبل" (sample 32): that weekday, the first
                # in the part of the month (1 August), not the last Saturday
                shift = (first.start.weekday() - second.start.weekday()) % 7
                day = second.start + timedelta(days=shift)
                if day <= second.end:
                    out[-1] = (a, b2, Span(day, day, "day", second.relative), item[3])
                    continue
        out.append(item)
    return out


def _numeric_start(day: int, month: int, written: re.Match, end: date) -> date | None:
    """The start of ``من day/month إلى written``: in the end's year and calendar (Hijri for a year 13xx-14xx), the year
    before when day/month falls after the end's; ``None`` unless the end as written is ``end`` (the day read) and the
    range is shorter than a year (than three months over the year's turn: "من 20/11 إلى 5/11/1436هـ" is no range)."""
    end_day, end_month, year = (int(g) for g in written.groups())
    if (month, day) == (end_month, end_day) or not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    start_year = year if (month, day) < (end_month, end_day) else year - 1
    try:
        if 1300 <= year < 1500:
            if day > 30 or hijri_to_gregorian(year, end_month, end_day) != end:
                return None
            start = hijri_to_gregorian(start_year, month, day)
        elif 1900 <= year < 2100:
            if date(year, end_month, end_day) != end:
                return None
            start = date(start_year, month, day)
        else:
            return None
    except ValueError:
        return None
    longest = 366 if start_year == year else 92  # over the year's turn a short period: "من 25/12 الى 4/1 /1437"
    return start if timedelta(0) < end - start < timedelta(days=longest) else None


#: A sentence's stop: the clause that may move a thing from one time to the other (``_running_stretch``) starts after it.
_CLAUSE_STOP = re.compile(r"[.!؟?\n]")


def _running_stretch(
    norm: str, a: int, b: int, first: Span, a2: int, b2: int, second: Span, published: date | None
) -> Span | None:
    """The end of a stretch "from the first to the second" of two days or months written without a year, around the
    paper's day: the first read as the most recent such time, begun by ``published``, the second as the most recent
    such time too, a year back, before the first; the stretch is the one running through the paper's day, the second
    moved into the first's year ("أكبر انخفاض في الأشهر الثلاثة من يوليو إلى سبتمبر" in an August paper, the running
    quarter: sample 300 read as July 2015 and September 2014 apart). None otherwise, and when the clause before moves
    a thing from one time to the other (calendar.yaml's ``postponed_words``: "قررت تأجيل الانتخابات البلدية من يونيو
    إلى سبتمبر", two times)."""
    if (
        published is None
        or not (first.relative and second.relative)
        or first.extent != "point"
        or second.extent != "point"
        or first.precision not in ("day", "part_of_month", "month")
        or second.precision not in ("day", "part_of_month", "month")
        or written_year(norm[a:b])
        or written_year(norm[a2:b2])
        or not second.end < first.start <= published
    ):
        return None
    try:
        moved = replace(
            second,
            start=second.start.replace(year=first.start.year),
            end=second.end.replace(year=first.start.year),
        )
    except ValueError:  # 29 February
        return None
    if not first.start <= published < moved.start:
        return None
    stops = list(_CLAUSE_STOP.finditer(norm, max(0, a - 120), a))
    clause = norm[stops[-1].end() if stops else max(0, a - 120) : a]
    if any(w in CAL.postponed_words or w[1:] in CAL.postponed_words for w in re.findall(r"\w+", clause)):
        return None
    return moved


def join_ranges(
    norm: str, found: list[tuple[int, int, Span]], published: date | None = None
) -> list[tuple[int, int, Span]]:
    """``found`` (start, end, days) with neighbours joined into ranges (see the module docstring); ``published``
    bounds the spans of years (``_year_span``)."""
    out: list[tuple[int, int, Span]] = []
    i = 0
    while i < len(found):
        a, b, span = found[i]
        # A bare day before a full date: "من 1 حتى 26 / 11 / 1436 هـ".
        day = _BARE_DAY.search(norm, max(0, a - 20), a)
        if day and span.precision == "day" and span.extent == "point":
            written = re.search(r"\d{1,2}", norm[a:b])  # the end's day as written (Hijri or Gregorian)
            first_day = int(day.group(1) or day.group(2) or day.group(3))
            glued = 2 if norm[a : a + 2] == "ال" else 0  # "الـ22 من أغسطس": the day after its ال
            if written and written.start() <= 1 + glued and 1 <= first_day < int(written.group()):
                start = span.start - timedelta(days=int(written.group()) - first_day)
                out.append((day.start(), b, Span(start, span.end, "day", span.relative, "range")))
                i += 1
                continue
        # A day/month without its year before a full numeric date: "من 23/10 إلى 5/11/1436هـ".
        day_month = _DAY_MONTH_BEFORE.search(norm, max(0, a - 30), a)
        written = _FULL_NUMERIC.match(norm, a) if day_month else None
        if (
            day_month
            and written
            and span.precision == "day"
            and span.extent == "point"
            and not (out and out[-1][1] > day_month.start())
        ):
            numeric_start = _numeric_start(int(day_month.group(1)), int(day_month.group(2)), written, span.start)
            if numeric_start is not None:
                out.append((day_month.start(), b, Span(numeric_start, span.end, "day", span.relative, "range")))
                i += 1
                continue
        from_ordinal = _FROM_ORDINAL.search(norm, max(0, a - 40), a)
        second_day = _END_DAY_OPENING.match(norm, a) if from_ordinal else None
        if from_ordinal and second_day and span.precision == "day" and span.extent == "point":
            back = _day_number(second_day) - _day_number(from_ordinal)
            if 0 < back < 31:
                start = span.start - timedelta(days=back)
                out.append((from_ordinal.start(), b, Span(start, span.end, "day", span.relative, "range")))
                i += 1
                continue
        listed = _BARE_DAY_AND.search(norm, max(0, a - 20), a) if re.match(r"و\s*\d", norm[a : a + 3]) else None
        if listed and span.precision == "day" and span.extent == "point":
            back = span.start.day - int(listed.group(1))
            if 0 < back < 31:
                start = span.start - timedelta(days=back)
                out.append((listed.start(1), b, Span(start, span.end, "day", span.relative, "range")))
                i += 1
                continue
        ordinal = _BARE_ORDINAL.search(norm, max(0, a - 20), a) if norm[a : a + 1] == "و" else None
        if ordinal and span.precision == "day" and span.extent == "point":
            back = span.start.day - CAL.ordinal_days[ordinal.group(1)]
            if 0 < back < 31:
                start = span.start - timedelta(days=back)
                out.append((ordinal.start(1), b, Span(start, span.end, "day", span.relative, "range")))
                i += 1
                continue
        years = _year_span(norm, found, i, out, published)
        if years:
            out.append(years[0])
            i += years[1]
            continue
        # A season or fiscal year: "2015/ 2016" (the second year one more than the first).
        pair = _YEAR_PAIR.match(norm, b)
        gregorian_year = span.start == date(span.start.year, 1, 1) and span.end == date(span.start.year, 12, 31)
        if pair and gregorian_year and span.extent == "point" and int(pair.group(1)) == span.start.year + 1:
            end = date(span.start.year + 1, 12, 31)
            out.append((a, pair.end(), Span(span.start, end, "year", span.relative, "point")))
            i += 2 if i + 1 < len(found) and found[i + 1][0] < pair.end() else 1
            continue
        reversed_pair = _YEAR_PAIR_REVERSED.match(norm, b)
        if (
            reversed_pair
            and gregorian_year
            and span.extent == "point"
            and int(reversed_pair.group(1)) == span.start.year - 1
        ):
            stop = reversed_pair.end()
            if i + 1 < len(found) and found[i + 1][0] < stop:  # the earlier year, read on its own ("2015م")
                stop = max(stop, found[i + 1][1])
                i += 1
            out.append((a, stop, Span(date(span.start.year - 1, 1, 1), span.end, "year", span.relative, "point")))
            i += 1
            continue
        # A year then "- 2015" or "و2015" (not a date on its own: glued to و), or a Hijri year then a bare Hijri year
        # ("بين عام 1431 إلى 1435", read as 1431 alone).
        year = _YEAR_AFTER.match(norm, b) or _HIJRI_BARE_AFTER.match(norm, b)
        if (
            year
            and span.precision == "year"
            and span.extent == "point"
            and _BETWEEN_WORD.search(norm, max(0, a - 20), a)
        ):
            last = int(year.group(1))
            year_end = _year_end(norm[a:b], span, last)
            if year_end and not (i + 1 < len(found) and found[i + 1][0] < year.end()):
                out.append((a, year.end(), Span(span.start, year_end, "year", span.relative, "range")))
                i += 1
                continue
            # "بين عامي 2011 و 2013" (sample 66: read as 2011 alone): the second year, spaced from و, was read on
            # its own; it is the range's end when that reading is the year itself
            by_and = norm[b : year.start(1)].strip() == "و"  # "من 2012 الى 2014" is joined below, with its من
            if by_and and last > span.start.year and i + 1 < len(found) and found[i + 1][0] == year.start(1):
                a2, b2, second = found[i + 1]
                if second.precision == "year" and second.extent == "point" and second.start == date(last, 1, 1):
                    out.append((a, b2, Span(span.start, second.end, "year", span.relative, "range")))
                    i += 2
                    continue
        if (
            year
            and span.precision == "year"
            and span.extent == "point"
            and (_DUAL_YEAR.match(norm, a) or _DUAL_YEAR_BEFORE.search(norm, max(0, a - 12), a))
            and not _BETWEEN_WORD.search(norm, max(0, a - 20), a)  # "بين عامي 1992 ولغاية 1998": below
        ):
            last = int(year.group(1))
            # two years in a row are one range; two years apart are two times, each read alone: "بطل المسابقة عامي 1988
            # و2014" (sample 75: two titles, read as the range 1988-2014), "عامي 2010 و2014" (sample 76: two aid decisions)
            second_read = i + 1 < len(found) and found[i + 1][0] < year.end()
            if (
                last > span.start.year + 1
                and norm[b : year.start(1)].strip() == "و"
                and not _DUAL_AFTER_WORD.search(norm, max(0, a - 30), b)
            ):
                out.append((a, b, span))
                if not second_read:  # "و2014" glued to و is no date on its own: read here
                    out.append(
                        (year.start(1), year.end(), Span(date(last, 1, 1), date(last, 12, 31), "year", span.relative))
                    )
                i += 1
                continue
            if last > span.start.year:
                out.append((a, year.end(), Span(span.start, date(last, 12, 31), "year", span.relative, "range")))
                i += 2 if second_read else 1
                continue
        if i + 1 < len(found):
            a2, b2, second = found[i + 1]
            between = norm[b:a2]
            if (
                re.fullmatch(r"\s*من\s*", between)
                and span.extent == second.extent == "point"
                and span.precision in ("day", "part_of_month", "month")
                and second.precision == "year"
                and second.start <= span.start
                and span.end <= second.end
                and not re.search(r"(?<!\w)(?:ذاته|ذاتها|نفسه|نفسها|نفس)(?!\w)", norm[a:b])
            ):
                # "في 16 شعبان من العام الحالي" (sample 33: read as the year): the year only confirms the day
                # (not "لليوم ذاته من عام 1435هـ", a day of the text's anchor)
                out.append((a, b2, span))
                i += 2
                continue
            if (
                re.fullmatch(r"\s*\(\s*", between)
                and re.match(r"\s*\)", norm[b2 : b2 + 3])
                and span.extent == second.extent == "point"
                and span.precision == "month"
                and second.precision == "year"
                and second.start == date(second.start.year, 1, 1)
                and second.end == date(second.start.year, 12, 31)
            ):
                # "إصدار الهيئة للمعيار ... في يناير (2015)" (sample 65: the year read alone): the year in brackets is
                # the month's
                close = b2 + len(re.match(r"\s*\)", norm[b2 : b2 + 3]).group())  # type: ignore[union-attr]
                out.append(
                    (a, close, month_span(second.start.year, span.start.month, span.relative and second.relative))
                )
                i += 2
                continue
            if (
                re.fullmatch(r"\s*", between)
                and span.extent == second.extent == "point"
                and span.precision in ("day", "part_of_month", "month")
                and second.precision == "year"
                and second.start <= span.start
                and span.end <= second.end
                and re.search(r"(?:الماضي|الجاري|الحالي|المقبل|القادم)\s*$", norm[a:b])
            ):
                # "خلال شهر مايو الماضي 2015" (sample 40: the lone year was an event of its own): the year
                # written after the month's modifier confirms it
                out.append((a, b2, span))
                i += 2
                continue
            joined = _JOIN.match(between) or (
                (
                    _AND.match(between)
                    or (_AND_AFTER_BETWEEN.match(between) and _BETWEEN.search(norm, max(0, a - 20), a))
                )
                and norm[a2 : a2 + 1] == "و"
                and (
                    _BETWEEN_WORD.search(norm, max(0, a - 20), a)
                    # نهاية 2007 ومطلع 2008: the end of one period and the start of the next
                    or (span.precision.startswith("part_of") and second.precision.startswith("part_of"))
                )
            )
            far = (second.start - span.start).days > 330 and span.relative  # سبتمبر أو أكتوبر المقبلين
            if joined and "او" in between and not span.relative:
                joined = None  # "ديسمبر 2016 أو يناير 2017": two alternatives, each complete
            if (
                joined
                and re.fullmatch(r"\s*و?الي\s*", between)
                and re.sub(r"\s+", " ", norm[a:b]).lstrip("وف") in CAL.relative_days
                and not _FROM_DAY.search(norm, max(0, a - 20), a)
            ):
                joined = None  # "أرجئت محاكمة ... أمس إلى السابع من سبتمبر": put off yesterday to a day, no range
            if joined and span.extent == "point" and second.extent == "point" and span.start <= second.end:
                first = _with_year(span, second) if span.relative and (not second.relative or far) else span
                prefix = _BETWEEN_WORD.search(norm, max(0, a - 20), a)
                joined_range = _range(first, second)
                if i + 2 < len(found):
                    # "خلال الفترة من (سبتمبر- نوفمبر) من هذا العام" (sample 72: the year read apart, as a target): the
                    # year after the range, maybe past its closing bracket, only confirms it
                    a3, b3, third = found[i + 2]
                    if (
                        _RANGE_YEAR.fullmatch(norm, b2, a3)
                        and third.precision == "year"
                        and third.extent == "point"
                        and third.start <= joined_range.start
                        and joined_range.end <= third.end
                    ):
                        out.append((prefix.start() if prefix else a, b3, joined_range))
                        i += 3
                        continue
                out.append((prefix.start() if prefix else a, b2, joined_range))
                i += 2
                continue
            if (
                joined
                and span.extent == "since"
                and second.extent == "point"
                and span.start <= second.start
                and re.search(r"\w", between)  # a word: "منذ عام 1970- أمس الأول" closes a dash's aside
            ):
                # "منذ عام 2000 وحتى النصف الاول من عام 2014" (sample 34): since a time until another, a
                # range (read as "since 2000", to publication, before)
                out.append((a, b2, Span(span.start, second.end, _coarser(span.precision, second.precision),
                                        span.relative and second.relative, "range")))  # fmt: skip
                i += 2
                continue
            if (
                _AND.match(between)
                and norm[a2 : a2 + 1] == "و"
                and span.extent == second.extent == "point"
                and span.precision == second.precision == "month"
                and span.relative
                and not written_year(norm[a:b])
                and _year_to_lend(norm[a2:b2])
                and not _BETWEEN_WORD.search(norm, max(0, a - 20), a)  # "بين شهري مايو وسبتمبر 2006": below
            ):
                # "في مايو ويونيو 1999" (sample 97: May read as May 2016), "يناير وفبراير من العام الماضي": two months
                # listed before one year, which the first takes from the second; two times ("في مايو ونوفمبر 2003",
                # two attacks)
                out.append((a, b, _with_year(span, second)))
                i += 1
                continue
            # ... or with a year told relative to the paper's, which the start then takes: "من مايو إلى يوليو من العام
            # الماضي" (read as May 2015 and July 2014 apart, a start after its end)
            late = (
                span.start > second.end
                and span.precision in ("day", "part_of_month", "month")
                and _TOLD_YEAR.search(norm, a2, b2) is not None
            )
            if (
                joined
                and span.extent == "point"
                and second.extent == "point"
                and span.relative
                and (not second.relative or late)
            ):
                first = _with_year(span, second)
                if first.start <= second.end:
                    prefix = _BETWEEN_WORD.search(norm, max(0, a - 20), a)
                    out.append((prefix.start() if prefix else a, b2, _range(first, second)))
                    i += 2
                    continue
            # not when the second is glossed with its year written: "ما بين يناير - كانون الثاني وديسمبر- كانون أول 2014"
            glossed = (
                i + 2 < len(found)
                and re.fullmatch(r"\s*[-–—/(]?\s*", norm[b2 : found[i + 2][0]]) is not None
                and found[i + 2][2].start.month == second.start.month
            )
            running = _running_stretch(norm, a, b, span, a2, b2, second, published) if joined and not glossed else None
            if running is not None:
                prefix = _BETWEEN_WORD.search(norm, max(0, a - 20), a)
                out.append((prefix.start() if prefix else a, b2, _range(span, running)))
                i += 2
                continue
        out.append((a, b, span))
        i += 1
    return out
