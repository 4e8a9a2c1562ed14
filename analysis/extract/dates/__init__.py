"""Date expressions in an article, resolved against its publication date.

:func:`find_dates` finds absolute dates (``5 كانون الثاني 2017``, ``أيلول/سبتمبر``,
``العام 2019``, ``1436هـ``) and relative ones (``أمس``, ``الثلاثاء``, ``الأسبوع الماضي``,
``منتصف ديسمبر``, ``منذ ستّ سنوات``) and turns each into a date range with a precision::

    >>> [(m.date_text, str(m.date_start), str(m.date_end), m.precision)
    ...  for m in find_dates("أعلن الوزير اليوم الخميس", date(2019, 3, 14))]
    [('اليوم الخميس', '2019-03-14', '2019-03-14', 'day')]

Matching runs on the normalised text (:mod:`analysis.text.normalize`) with one compiled regex;
offsets point into the original text. Month, weekday and number names, the week and the
"part of a month" conventions live in ``analysis/data/calendar.yaml``.

The package: :mod:`.calendar` (the calendar data and its arithmetic), :mod:`.grammar` (the
regex, built from the calendar words), :mod:`.resolve` (one resolver per grammar branch).

Conventions (see the YAML for the data):

* A ``relative`` mention needs the publication date; with ``published=None`` it is kept
  with ``resolved=False`` and no dates. ``absolute`` mentions never need it.
* A month without a year is the most recent such month on or before the publication
  month; with الماضي the last one strictly before it, with المقبل/القادم the next one
  strictly after it, with الجاري the publication year's.
* A weekday (``الثلاثاء``, ``يوم الاثنين``, ``اليوم السبت``) and ``أمس`` never fall after the
  publication date: the most recent such day on or before it (``أمس <weekday>`` strictly
  before it; ``<weekday> قبل الماضي`` a week before that). ``غدا <weekday>`` is the first such
  day after it, or the publication day itself when it is that weekday (written the night before).
* Weeks run Sunday..Saturday; ``نهاية الأسبوع`` is the most recent Friday..Saturday that
  has begun by the publication date.
* ``منذ <anchor>`` runs from the start of the anchor to the publication date, with the
  anchor's precision; ``منذ/قبل N سنوات`` is the single period N units back.
* A bare ``اليوم`` (no weekday) in a comment piece (:func:`analysis.text.genre.is_comment`, read from
  the whole text) is "nowadays", not the publication day, unless a frame of the day stands by it: a
  reporting verb or a future in its clause, a time of the day, the writer's own act (``أكتب اليوم``) or
  an event of a schedule (``calendar.yaml``'s ``today_comment_day_words``, ``today_comment_event_words``).
* Hijri dates are read only with their year (``12 رمضان 1436هـ``, ``1436هـ``); a bare
  ``رمضان`` is not read (it is also a first name). They are converted with the Umm al-Qura
  calendar that Saudi newspapers print (the ``hijridate`` package, 1343–1500 AH), and with the
  arithmetical (tabular) calendar outside that range; a weekday written before the date
  (``يوم السبت 25 رمضان 1436هـ``) moves it by up to two days to fall on that weekday.
"""

from __future__ import annotations

import contextlib
import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta

from analysis import schema
from analysis.extract.dates.calendar import (
    CAL,
    CALENDAR_PATH,
    CalendarError,
    Span,
    format_arabic_date,
    hijri_month_span,
    hijri_year_span,
    load_calendar,
)
from analysis.extract.dates.fiscal import fiscal_year
from analysis.extract.dates.grammar import candidate_starts, match_date
from analysis.extract.dates.ranges import after_year, attach_weekdays, join_ranges, since_event, to_now
from analysis.extract.dates.resolve import (
    HIJRI_MONTH_NAME_RE,
    Reject,
    RejectWhole,
    after_same_period,
    first_of_two_months,
    on_the_texts_day,
    resolve,
    same_period,
    texts_day,
)
from analysis.extract.dates.school import school_year_part
from analysis.extract.dates.tense import clause_before
from analysis.extract.dates.when import when_of
from analysis.text.genre import is_comment
from analysis.text.normalize import normalize_with_offsets, original_span

PRECISIONS = schema.PRECISIONS  # day … year: the values of events.precision in the table contract
KINDS = ("absolute", "relative")


@dataclass(frozen=True)
class DateMention:
    """One date expression: ``text[start:end] == date_text`` in the original article.

    ``date_start``/``date_end`` are inclusive and ``None`` when ``resolved`` is false.
    """

    start: int
    end: int
    date_text: str
    date_start: date | None
    date_end: date | None
    precision: str
    resolved: bool
    kind: str
    extent: str = "point"  # point, range or since (schema.EXTENTS)
    when: str | None = None  # reported, scheduled, history or target (see .when)


_FIGURE_AFTER = 60  # characters after an expression where a plan's or forecast's figure may stand ("بنسبة 2")
_WIDE_BEFORE = 200  # characters before an expression where "until" may stand before its other calendar's form
_SENTENCE_END_RE = re.compile(r"[.!?؟\n]")  # a text's day told by a day word with its weekday holds in its sentence
_STAND_IN = date(2000, 1, 1)  # resolves relative mentions for their precision when there is no date


#: "السابق" (normalised "السابقه" too) in a date: "العام السابق", "السنة السابقة", "الربع السابق"
_PREVIOUS_RE = re.compile(r"(?<!\w)[بل]?(?:ال)?سابق")
#: the sunnah written with its shadda (سنّة، السنّة): normalising drops the mark and leaves the year's سنة; a year
#: (سَنة، السَّنة) never carries a shadda on its ن
_SUNNAH_RE = re.compile("\u0633\u0646[\u064b-\u0650\u0652]*\u0651")  # س ن, other marks, the shadda


@functools.lru_cache(maxsize=4)
def _bc_re(marks: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(marks, key=len, reverse=True))
    gap = r"[\s()\-\u2013\u2014]*"
    return re.compile(rf"{gap}(?:و?\d+{gap})?(?:(?:عام|سنه)\s*)?(?:ما\s+)?(?:{alternatives})(?!\w)(?!\s*المجيد)")


@functools.lru_cache(maxsize=8)
def _whole_words_re(words: frozenset[str]) -> re.Pattern[str]:
    """Any of ``words`` as whole words, the longest first: ``calendar.yaml``'s ``proverbs`` ("وإن غدا لناظره قريب",
    "ما أشبه الليلة بالبارحة", the round of sample 182: a date word inside one names no day) and
    ``schedule_clock_words``."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


@functools.lru_cache(maxsize=4)
def _schedule_re(weekdays: frozenset[str]) -> re.Pattern[str]:
    """A from-to of two bare weekdays with no day number after it: "من الأحد إلى الخميس", "من يوم السبت حتى
    الأربعاء", "بين الجمعة والأحد" (normalized text)."""
    day = "ال(?:" + "|".join(re.escape(w) for w in sorted(weekdays, key=len, reverse=True)) + ")"
    return re.compile(
        rf"(?<!\w)(?:من|بين)\s+(?:يوم\s+)?{day}\s+(?:الي|حتي|وحتي|و)\s*(?:يوم\s+)?{day}(?!\w)(?![\s()\-–]*\d)"
    )


def _weekly_schedules(padded: str) -> list[tuple[int, int]]:
    """The from-to's of two bare weekdays (``_schedule_re``) whose sentence holds a clock word (``calendar.yaml``'s
    ``schedule_clock_words``): "من الأحد إلى الخميس في تمام الساعة 07:00 مساء", a weekly schedule, no one week's days
    (the round of sample 320). A weekday inside one is no date."""
    if not CAL.schedule_clock_words:
        return []
    spans = []
    for m in _schedule_re(frozenset(CAL.weekdays)).finditer(padded):
        a = max(padded.rfind(c, 0, m.start()) for c in ".!?؟\n")
        ends = [e for e in (padded.find(c, m.end()) for c in ".!?؟\n") if e >= 0]
        sentence = padded[a + 1 : min(ends) if ends else len(padded)]
        if _whole_words_re(CAL.schedule_clock_words).search(sentence):
            spans.append((m.start(), m.end()))
    return spans


def _before_christ(padded: str, end: int) -> bool:
    """Whether a mark of "before Christ" (``calendar.yaml``'s ``bc_marks``) follows the expression ending at ``end``,
    right after it or after a second number (a range's other end, a month's year) or the word عام/سنة:
    ``(نحو 2050- 1786) قبل الميلاد``, ``بين عامي 1971 و1928 قبل الميلاد``, ``نهاية سبتمبر (أيلول) 331 قبل الميلاد``,
    ``(1900 عام قبل الميلاد)``. Such a time is none of the news (the calendar has no year before Christ)."""
    return bool(CAL.bc_marks) and _bc_re(CAL.bc_marks).match(padded, end) is not None


def find_dates(text: str, published: date | None, *, normalized=None) -> list[DateMention]:
    """Every date expression in ``text``, in reading order, resolved against ``published``.

    ``text`` is the original article; offsets index it. With ``published=None`` relative
    mentions are returned unresolved (``resolved=False``, no dates). ``normalized`` is
    ``normalize_with_offsets(text)`` when the caller has it already.
    """
    norm, offsets = normalized or normalize_with_offsets(text)
    padded = " " + norm  # so that the first word, too, follows a separator
    found: list[tuple[int, int, Span, str]] = []  # (start, end) in padded, the days, the branch
    last_end = 0
    anchor: Span | None = None  # the date the text last set: العام نفسه، اليوم التالي
    anchor_at: tuple[int, int] | None = None  # ... and where it stands
    # "العام السابق" read from the anchor, and the anchor it was read from: a second "السابق" with no date set between
    # is read from that same anchor, the same year ("بنسبة 11% مقارنة بنفس الفترة من العام السابق، ... بنسبة 7.1%
    # مقارنة بنفس الفترة من العام السابق": both 2014 in a paper on the first half of 2015, not 2014 then 2013)
    previous_read: tuple[Span, Span | None] | None = None
    day_words: list[tuple[int, re.Match]] = []  # the day words (أمس، اليوم الأحد): where in found, and the match
    genre: list[bool] = []  # the article's genre, read once when a bare اليوم asks for it
    shadda = "\u0651" in text  # the sunnah is told by its shadda: a text without one has none

    def comment() -> bool:
        if not genre:
            genre.append(is_comment(norm))
        return genre[0]

    # "وإن غدا لناظره قريب", "ما أشبه الليلة بالبارحة" (sample 182's round): a proverb's day word is no date
    # A proverb is matched only in a text that holds one of them (a plain substring): the pattern, which opens with a
    # look-behind, is tried at every character otherwise (1 % of the extraction, and almost no article has one).
    proverbs = (
        [(p.start(), p.end()) for p in _whole_words_re(CAL.proverbs).finditer(padded)]
        if CAL.proverbs and any(p in padded for p in CAL.proverbs)
        else []
    )
    schedules = _weekly_schedules(padded)  # "من الأحد إلى الخميس في تمام الساعة": a weekly schedule
    for start in candidate_starts(padded):
        if start < last_end:  # inside the last date (a third of the candidates)
            continue
        m = match_date(padded, start)
        if m is None:
            continue
        if proverbs and any(a < m.end() and m.start() < b for a, b in proverbs):
            continue
        if schedules and any(a <= m.start() and m.end() <= b for a, b in schedules):
            continue
        if shadda and _SUNNAH_RE.search(text, *original_span(text, offsets, m.start() - 1, m.end() - 1)):
            continue  # "فلماذا لا يعيد هذه السنّة الحسنة" (sample 83): the sunnah, a custom, not the year
        if _before_christ(padded, m.end()):
            continue  # "(نحو 2050- 1786) قبل الميلاد" (sample 84): a time before Christ, none of the news
        previous_word = _PREVIOUS_RE.search(m.group(0)) is not None
        used = anchor
        if previous_word and previous_read is not None and previous_read[0] is anchor:
            used = previous_read[1]
        try:
            span = resolve(m, padded, published or _STAND_IN, used, anchor_at, comment)
        except RejectWhole:
            last_end = m.end()  # "الثامن عشر من ديسمبر (كانون الأول) سنويا": not its month alone either
            continue
        except Reject:
            # "خلال شهري يونيو - يوليو 2015": two months, not one month's two names; the first read alone
            cut = first_of_two_months(m)
            m = match_date(padded, start, cut) if cut is not None else None
            if m is None:
                continue
            try:
                span = resolve(m, padded, published or _STAND_IN, used, anchor_at, comment)
            except (Reject, OverflowError, ValueError):
                continue
        except (OverflowError, ValueError):
            continue  # a day before 0001-01-01 or after 9999-12-31 (أمس in an article of 0001-01-01)
        if published is not None:  # "بداية العام الدراسي الجديد": the school year's start, not January..April
            span = school_year_part(padded, m.start(), m.end(), span, published) or span
        last_end = m.end()
        if m.lastgroup == "reldays":
            day_words.append((len(found), m))
        found.append((m.start(), m.end(), span, str(m.lastgroup)))
        if span.extent != "since":
            anchor, anchor_at = span, (m.start(), m.end())
            previous_read = (span, used) if previous_word else None
            if previous_read is None and after_same_period(padded, m.start()):
                # the compared period of a result ("خلال نفس الفترة من عام 2014م ... مقارنة بالفترة المماثلة من العام
                # السابق", the first half of 2015 against 2014's twice): "السابق" after it is read from the paper's
                # time, the period compared with, not the year before the compared one
                previous_read = (span, None)
    if published is not None and day_words:  # "ذكرت تقارير، أمس الثلاثاء، ... من أمس الأول" in a Thursday paper
        _on_the_sentences_day(padded, found, day_words, published)
    mentions: list[DateMention] = []
    try:
        weekdays = attach_weekdays(padded, found, published)
        joined = join_ranges(padded, [(a, b, span) for a, b, span, _ in weekdays], published)
    except (OverflowError, ValueError):  # near the ends of the calendar: the expressions as found
        joined = [(a, b, span) for a, b, span, _ in found]
    periods: list[tuple[int, int, Span]] = []  # the expressions so far, ranges joined, since periods included
    moved: tuple[int, Span, Span] | None = None  # the end, the reading and the days of the last "same period"
    for i, (a, b, span) in enumerate(joined):
        if i + 1 < len(joined):
            span = _hijri_year_in_apposition(padded, span, b, joined[i + 1]) or span  # "العام الماضي 1435هـ"
        span = _bare_hijri_year_in_apposition(padded, span, b) or span  # "حتى العام الماضي 1435 لتشمل"
        span = fiscal_year(padded, a, b, span) or span  # "للعام المالي 2015 - 2016" of Egypt: July to June
        read = span
        if published is not None:
            span = same_period(padded, a, span, periods[-4:], published) or span  # "مقارنة بالفترة نفسها من عام 2014"
            # "خلال الفترة المقابلة من العام الماضي 2014": the year in apposition is that period too
            if moved is not None and span == read and _same_year_after(padded, moved, a, span):
                span = moved[2]
            moved = (b, read, span) if span != read else None
        if i > 0 and span == read:
            span = _year_after_a_part(padded, joined[i - 1], a, span) or span  # "بداية العام الحالي 2015م"
        if i > 0 and span == read and (part := _hijri_part(padded, joined[i - 1], a, b, span, published)) is not None:
            span = part  # "مطلع العام القادم 1437هـ": the Hijri year's first months, the part and the year alike
            a0, b0, _ = joined[i - 1]
            if mentions and (mentions[-1].start, mentions[-1].end) == original_span(text, offsets, a0 - 1, b0 - 1):
                with contextlib.suppress(OverflowError, ValueError):  # near the ends of the calendar: as read
                    mentions[-1] = _mention(text, offsets, padded, a0, b0, part, published)
        # a year read as "the same period" is that period for a second one: "مقارنة بالفترة نفسها من عام 2014 ...
        # مقارنة بالفترة نفسها من عام 2013" (the round of sample 300: the second read as the whole year)
        periods.append((a, b, span if moved is not None else read))
        try:
            mentions.append(_mention(text, offsets, padded, a, b, span, published))
        except (OverflowError, ValueError):
            continue
    return mentions


_APPOSITION_GAP_RE = re.compile(r"[\s(]*")


def _on_the_sentences_day(
    padded: str, found: list[tuple[int, int, Span, str]], day_words: list[tuple[int, re.Match]], published: date
) -> None:
    """Bare day words (``day_words``: where in ``found``, and the match) counted from the day their text was
    written, when the day words with a weekday before them, outside quotations, tell it (:func:`resolve.texts_day`):
    all of the article's, or else those of their sentence: "ذكرت تقارير، أمس الثلاثاء، ... في وقت متأخر من أمس الأول"
    in a Thursday paper is Monday. Bare day words in a quotation keep the publication day. ``found`` is changed in
    place."""
    sentences: dict[int, list[tuple[int, re.Match]]] = {}
    for i, m in day_words:
        sentences.setdefault(len(_SENTENCE_END_RE.findall(padded, 0, m.start())), []).append((i, m))
    # the whole text's day, when all its day words with a weekday outside quotations tell the same one (the days
    # round over samples 38-77): "وصل إلى المملكة اليوم الخميس" in a Friday paper makes the later "وصل صباح اليوم"
    # Thursday (sample 56), as "ويلعب اليوم ايضا تشلسي" after the first sentence's "اليوم السبت" (sample 60)
    named_all = [(i, m) for i, m in day_words if m.group("reldays_wd") and not _in_quotation(padded, m.start())]
    day_all = texts_day([(m, found[i][2]) for i, m in named_all], published) if named_all else None
    if day_all is None and not named_all and (day := _dateline_day(padded, found, published)) is not None:
        # "أملج 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\n هطلت عصر اليوم أمطار" in a paper of 11 August: the
        # agency's dispatch of the day before, its bare day words counted from its dateline (issue 11's stale texts)
        for i, m in day_words:
            if not _in_quotation(padded, m.start()):
                a, b, _, branch = found[i]
                found[i] = (a, b, on_the_texts_day(m, day), branch)
        return
    if day_all is not None:
        for i, m in day_words:
            if (
                not m.group("reldays_wd")
                and (m.start() > named_all[0][1].start() or _today_named(padded, m, named_all))
                and not _in_quotation(padded, m.start())
            ):
                a, b, _, branch = found[i]
                found[i] = (a, b, on_the_texts_day(m, day_all), branch)
        return
    for words in sentences.values():
        # the weekday's day word first, outside a quotation (a quoted "أمس (السبت)" is the speaker's day)
        named = [(i, m) for i, m in words if m.group("reldays_wd") and not _in_quotation(padded, m.start())]
        day = texts_day([(m, found[i][2]) for i, m in named], published)
        if day is None:
            continue
        for i, m in words:
            if not m.group("reldays_wd") and m.start() > named[0][1].start():
                a, b, _, branch = found[i]
                found[i] = (a, b, on_the_texts_day(m, day), branch)


# An agency's dateline opening the text: a place (one to three words), its date with a Gregorian year, the agency
# (واس, the Saudi Press Agency, also spelled و ا س): "إسلام آباد 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس".
_DATELINE_RE = re.compile(
    r"\s*[^\d\s.،:]+(?:\s+[^\d\s.،:]+){0,2}\s*[^\n]{0,60}?\d{4}\s*م?\s*\(?\s*(?:واس|و\s?ا\s?س)(?![^\s)])"
)


def _dateline_day(padded: str, found: list[tuple[int, int, Span, str]], published: date) -> date | None:
    """The day of an agency's dateline that opens the text (:data:`_DATELINE_RE`), when it is one to
    ``stale_text_days`` days before ``published``: the days of the dateline (its Gregorian date, and its Hijri one when
    it gives one) must all be that day. "حفر الباطن 26 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس" (26 Shawwal is 11
    August) tells none; nor does a misprinted day ("الموافق 011 أغسطس 2015 م", read as the month)."""
    m = _DATELINE_RE.match(padded)
    if m is None:
        return None
    inside = [span for a, _, span, _ in found if a < m.end()]
    days = {span.start for span in inside if span.precision == "day" and not span.relative and span.start == span.end}
    if len(days) != 1 or len(inside) != sum(span.precision == "day" for span in inside):
        return None
    day = days.pop()
    return day if 0 < (published - day).days <= CAL.stale_text_days else None


_CORRECTED_RE = re.compile(r"\s*\(\s*[اأ]مس")


def _today_named(padded: str, m: re.Match, named: list[tuple[int, re.Match]]) -> bool:
    """Whether ``m`` is a bare ``اليوم`` in a text that names its today with a weekday (``named``: the day words with a
    weekday outside quotations): the lead's "نفذت وزارة الداخلية اليوم حكمين" before "وتم تنفيذ الحكم الأول ... اليوم
    الأربعاء" in a Thursday paper is that Wednesday (sample 152). Not a bare ``أمس`` before ``أمس الخميس`` (an editor may
    have updated one and not the other: "وانخفض الجنيه امس ... بعد صدور بيانات ... أمس الخميس")."""
    return (
        _today_word(m)
        and any(_today_word(n) for _, n in named)
        and not _CORRECTED_RE.match(padded, m.end())  # "هذا اليوم (أمس)": the paper's correction reads it (ranges.py)
    )


def _today_word(m: re.Match) -> bool:
    return " ".join(m.group("reldays_word").split()) == "اليوم"


def _in_quotation(padded: str, at: int) -> bool:
    """Whether ``at`` stands inside a quotation in its sentence: after a «, " or “ that no closing mark follows."""
    sentence = _SENTENCE_END_RE.split(padded[max(0, at - 400) : at])[-1]
    return (
        sentence.count("«") > sentence.count("»")
        or sentence.count('"') % 2 == 1
        or sentence.count("“") > sentence.count("”")
    )


def _same_year_after(padded: str, moved: tuple[int, Span, Span], a: int, span: Span) -> bool:
    """Whether ``span``, read at ``a``, is the whole year right after a year read as "the same period" of it
    (``moved``: its end, its reading, its days), in apposition (the round over samples 38-61)."""
    end, read, _ = moved
    return (
        span.precision == "year"
        and span.extent == "point"
        and (span.start, span.end) == (read.start, read.end)
        and _APPOSITION_GAP_RE.fullmatch(padded[end:a]) is not None
    )


def _hijri_year_in_apposition(padded: str, span: Span, end: int, following: tuple[int, int, Span]) -> Span | None:
    """A relative Gregorian year (``هذا العام``, ``العام الماضي``) with a Hijri year right after it that it
    overlaps is that Hijri year, the year the writer counts: "خلال العام الماضي 1435هـ" is 4 November 2013 -
    24 October 2014 (the round of sample 57), "هذا العام 1436هـ" 25 October 2014 - 13 October 2015 (sample
    53's), and so with the mark spelled out: "هذا العام 1436 هجري", "عام 1436 هجرية" (the round of sample 172). A Gregorian year after it (``العام الماضي 2014``) or a Hijri year it does not overlap changes nothing."""
    a2, b2, hijri = following
    if not (span.relative and span.precision == "year" and span.extent == "point"):
        return None
    if (span.start.month, span.start.day, span.end.month, span.end.day) != (1, 1, 12, 31):
        return None
    if not _APPOSITION_GAP_RE.fullmatch(padded[end:a2]) or not _HIJRI_YEAR_RE.fullmatch(padded[a2:b2]):
        return None
    if hijri.start > span.end or hijri.end < span.start:
        return None
    return Span(hijri.start, hijri.end, "year", True, "point")


#: A Hijri year with its mark: the abbreviation or the word spelled out, "1436هـ", "1436 هجري", "1436 هجرية" (normalized
#: to هجريه; the round of sample 172).
_HIJRI_YEAR_RE = re.compile(r"[\d٠-٩]{4}\s*(?:ه(?:ـ)?|هجريه?)")
#: A bare year right after a relative year, followed by neither a letter of a Hijri or Gregorian year nor another year
#: (``1435 /1436``, ``1435-1436``) nor more digits.
_BARE_YEAR_AFTER_RE = re.compile(r"[\s(]*([\d٠-٩]{4})(?![\d٠-٩.,،]\d)(?![\d٠-٩])(?!\s*(?:ه|م(?!\w)|/|-|–))")


def _bare_hijri_year_in_apposition(padded: str, span: Span, end: int) -> Span | None:
    """A relative Gregorian year with a bare Hijri year right after it that it overlaps is that Hijri year, as with
    ``هـ`` written (:func:`_hijri_year_in_apposition`): "حتى العام الماضي 1435 لتشمل" (the round of sample 103, as
    sample 41's "العام الماضي 1435هـ") is 4 November 2013 - 24 October 2014. A Gregorian year (``العام الماضي 2014``)
    overlaps no such Hijri year and changes nothing."""
    if not (span.relative and span.precision == "year" and span.extent == "point"):
        return None
    if (span.start.month, span.start.day, span.end.month, span.end.day) != (1, 1, 12, 31):
        return None
    m = _BARE_YEAR_AFTER_RE.match(padded, end)
    if m is None:
        return None
    year = int(m.group(1))
    if not 1300 <= year <= 1500:
        return None
    start, last = hijri_year_span(year)
    if start > span.end or last < span.start:
        return None
    return Span(start, last, "year", True, "point")


#: A part of a year that ends with the year named relatively: "النصف الأول من العام الحالي", "لصيف هذا العام".
#: ... with the article after ل too: "شهر رمضان للعام السابق 1435هـ" (sample 115's class).
#: ... and with the Gregorian year spelled out: "نهاية العام الميلادي المقبل 2016" (sample 165's class).
_RELATIVE_YEAR_END_RE = re.compile(r"(?:(?:ال|لل)(?:عام|سنه)(?:\s+الميلاديه?)?\s+\w+|هذا\s+العام|هذه\s+السنه)$")


def _year_after_a_part(padded: str, before: tuple[int, int, Span], a: int, span: Span) -> Span | None:
    """A year (Gregorian or Hijri) right after a part of a year that ends with that year named relatively, and that
    holds it, is in apposition: it names the year the part is of, so it has the part's days (the round over samples
    38-61: "خلال النصف الأول من العام الحالي 2015م" and "في بداية العام الحالي 2015م" were the part and the year 2015;
    "لصيف هذا العام 1436هـ" the summer and the Hijri year 1436)."""
    a0, b0, part = before
    if span.precision != "year" or span.extent != "point" or part.precision == "year" or part.extent == "since":
        return None
    if not _APPOSITION_GAP_RE.fullmatch(padded[b0:a]) or not _RELATIVE_YEAR_END_RE.search(padded[a0:b0]):
        return None
    if not (span.start <= part.start and part.end <= span.end):
        return None
    gregorian = (span.start.month, span.start.day, span.end.month, span.end.day) == (1, 1, 12, 31)
    # ... and a Hijri month, read in the Hijri year: "شهر صفر من هذا العام 1436 هــ" (sample 115's class: Safar 1436)
    if not gregorian and not _SEASON_RE.search(padded[a0:b0]) and not HIJRI_MONTH_NAME_RE.search(padded[a0:b0]):
        return (
            None  # "مع بداية العام الحالي 1436هـ": the start of the Hijri year, not of the Gregorian one the part read
        )
    return Span(part.start, part.end, part.precision, span.relative, part.extent)


def _hijri_part(
    padded: str, before: tuple[int, int, Span], a: int, b: int, span: Span, published: date | None
) -> Span | None:
    """A Hijri year written with its ``هـ`` right after a part of a year named relatively (``مطلع العام القادم
    1437هـ``, ``النصف الأول من العام الجاري 1436ه``, ``بنهاية العام الماضي 1435 ه``), that overlaps the Gregorian year
    the part was read in, names the year the part is of: the part is those months of the Hijri year (the round of
    sample 130: the passports' Wasel obligation "مطلع العام القادم 1437هـ", from Muharram 1437, mid-October 2015, was
    read as January-April 2016). A season (``صيف هذا العام 1436هـ``) and a Hijri month are left to
    :func:`_year_after_a_part`; a since-period (``منذ بداية العام الحالي 1436هـ``) is left as read, and so is a part
    that would run across the paper's day (``وفتح الحركة المرورية نهاية هذا العام 1436هـ`` in an August paper: Ramadan
    to Dhu al-Hijja 1436), whose plan ``when`` reads as a target only while it lies wholly ahead."""
    a0, b0, part = before
    if part.precision != "part_of_year" or part.extent != "point" or not part.relative:
        return None
    if span.precision != "year" or span.extent != "point" or not _HIJRI_YEAR_RE.fullmatch(padded[a:b]):
        return None
    if not _APPOSITION_GAP_RE.fullmatch(padded[b0:a]) or not _RELATIVE_YEAR_END_RE.search(padded[a0:b0]):
        return None
    if _SEASON_RE.search(padded[a0:b0]) or HIJRI_MONTH_NAME_RE.search(padded[a0:b0]):
        return None
    year = part.start.year
    if part.end.year != year or part.start.day != 1 or (part.end + timedelta(days=1)).day != 1:
        return None  # whole Gregorian months of one year, the months the part word names
    if span.start > date(year, 12, 31) or span.end < date(year, 1, 1):
        return None
    hijri = int(re.sub(r"\D", "", padded[a:b]))
    start = hijri_month_span(hijri, part.start.month)[0]
    end = hijri_month_span(hijri, part.end.month)[1]
    if published is None or start <= published <= end:
        return None
    return Span(start, end, "part_of_year", True, "point")


_SEASON_RE = re.compile(
    rf"(?<!\w)[وفبل]*(?:ال)?(?:{'|'.join(sorted({w.removeprefix('ال') for w in CAL.seasons}))})(?!\w)"
)


def _mention(text: str, offsets, padded: str, a: int, b: int, span: Span, published: date | None) -> DateMention:
    """The date expression ``padded[a:b]`` as a :class:`DateMention` (may raise :class:`OverflowError`
    near the ends of the calendar)."""
    if published is not None and span.extent == "point" and span.end < published and since_event(padded, a):
        span = Span(span.start, published, span.precision, span.relative, "since")  # منذ اندلاع الأزمة في 2011
    elif published is not None and span.extent == "point" and span.start < published and to_now(padded, a, b):
        span = Span(span.start, published, span.precision, span.relative, "since")  # من عام 2009م إلى الآن
    elif published is not None and span.extent == "point" and span.end < published and after_year(padded, a, b, span):
        # بعد عام 2008: an open period from the year after
        span = Span(date(span.start.year + 1, 1, 1), published, "year", span.relative, "since")
    resolved = published is not None or not span.relative
    start, end = original_span(text, offsets, a - 1, b - 1)
    date_start, date_end = (span.start, span.end) if resolved else (None, None)
    when = when_of(
        date_start, date_end, span.extent, published, clause_before(padded, a), span.precision, padded[a:b],
        padded[max(0, a - _WIDE_BEFORE) : a], padded[b : b + _FIGURE_AFTER],
    )  # fmt: skip
    return DateMention(
        start=start,
        end=end,
        date_text=text[start:end],
        date_start=date_start,
        date_end=date_end,
        precision=span.precision,
        resolved=resolved,
        kind="relative" if span.relative else "absolute",
        extent=span.extent,
        when=when,
    )


__all__ = [
    "CALENDAR_PATH",
    "KINDS",
    "PRECISIONS",
    "CalendarError",
    "DateMention",
    "find_dates",
    "format_arabic_date",
    "load_calendar",
]
