"""Turning one match of :data:`~analysis.extract.dates.grammar.DATE_RE` into a range of days.

One resolver per grammar branch, registered in :data:`RESOLVERS` (branch name → resolver);
:func:`resolve` looks the branch up and calls it. A resolver gets a :class:`Found` (the
branch's groups, the publication date, the text around the match) and returns a
:class:`~analysis.extract.dates.calendar.Span`, or raises :class:`Reject` when the match is not
a date after all.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import pairwise
from typing import Any

from analysis.data import data_path
from analysis.extract.dates.calendar import (
    CAL,
    Span,
    add_months,
    day_span,
    days_in_month,
    gregorian_to_hijri,
    hijri_month_span,
    hijri_to_gregorian,
    hijri_year_span,
    last_weekday,
    month_span,
    week_of,
    weekend_of,
    year_span,
)
from analysis.extract.dates.grammar import ANCHOR_BRANCHES, BRANCHES, ORDINAL_DAYS, ORDINAL_UNITS
from analysis.extract.dates.ranges import written_year
from analysis.extract.dates.tense import (
    CLAUSE_BEFORE,
    clause_before,
    is_future,
    is_reported_future,
    is_scheduled,
    without_expectations,
)
from analysis.extract.dates.when import when_rules

#: How much normalised text on each side of a match the resolvers may look at.
CONTEXT = CLAUSE_BEFORE

#: An opening quotation mark and one word right before اليوم, a closing mark right after it: a quoted name.
_QUOTED_NAME_BEFORE_RE = re.compile(r'["«“]\w+\s+$')
_QUOTE_CLOSE_RE = re.compile(r'\s?["»”]')
_PER_DAY_RE = re.compile(r"\d[\d.,]*\s+(?:\w+\s+){0,3}في\s*$")
_PREVIOUS_WORD_RE = re.compile(r"(\w+)[^\w\n]*$")
_NEXT_WORD_RE = re.compile(r"[^\w\n]*(\w+)")
_SPACES_RE = re.compile(r"\s+")
_WORDS_RE = re.compile(r"\w+")
#: "said to" the paper, its name in marks with spaces inside: "عبرت ... لـ ( اليوم ) عن سعادتها" (sample 74; the
#: text is normalised, لـ without its tatweel)
_PAPER_TO_RE = re.compile(r"(?<!\w)لـ?\s*[\"«(]\s*$")
_ADJACENT_BEFORE_RE = re.compile(r"(\w+)[\s\-–—]*$")
_ADJACENT_AFTER_RE = re.compile(r"[\s\-–—]*(\w+)")
#: "أيام الأحد والاثنين والثلاثاء 10 و11 و12 شوال": days that a number dates are no habit.
_DAYS_NUMBERED_AFTER = re.compile(r"(?:\s*[,،]?\s*و?(?:يوم\s+)?ال\w+)*\s*\d")


def _any_word_re(words) -> re.Pattern:
    """Any of ``words`` as a whole word, with و or ف glued before it."""
    return re.compile(rf"(?<!\w)[وف]?(?:{'|'.join(sorted(map(re.escape, words), key=len, reverse=True))})(?!\w)")


_HYPOTHETICAL_RE = _any_word_re(CAL.hypothetical_words)
_HABITUAL_RE = _any_word_re(CAL.habitual_words)
_WEEKEND_HABITUAL_RE = _any_word_re(CAL.habitual_words | CAL.weekend_habitual_words)
_WEEKDAY_LIST_RE = re.compile(
    rf"(?:\s*[,،]?\s*و?(?:يوم\s+)?ال(?:{'|'.join(sorted(CAL.weekdays, key=len, reverse=True))}))+\s*[,،]?\s*و?$"
)
_WEEKEND_HOLIDAY_RE = re.compile(r"\s*(?:عطله|اجازه)\s*$")
#: "وعروضا مجانية أخرى في نهاية الأسبوع والعطلات", "في إجازة نهاية الأسبوع، أو خلال الإجازة الصيفية": a weekend joined to
#: the holidays (``calendar.yaml``'s ``weekend_habitual_after``) is any weekend.
_WEEKEND_HOLIDAYS_AFTER_RE = (
    re.compile(
        rf"\s*[,،]?\s*(?:و|او\s+)(?:(?:في|خلال)\s+)?(?:{'|'.join(sorted(map(re.escape, CAL.weekend_habitual_after), key=len, reverse=True))})(?!\w)"
    )
    if CAL.weekend_habitual_after
    else re.compile(r"(?!)")
)
_WEEK_ORDINAL_AFTER_RE = re.compile(
    rf"\s+(?:{'|'.join(sorted(map(re.escape, CAL.weekend_not_before), key=len, reverse=True))})(?!\w)"
    if CAL.weekend_not_before
    else r"(?!)"
)
#: A bare weekday with ب glued to it (بالجمعة، وبالخميس): in SaudiNewsNet a place (مركز الصناعية
#: بالخميس), a name, "both" (بالاثنين) or a sermon's Friday; a date says يوم الجمعة or في الجمعة.
_GLUED_BI_RE = re.compile(r"\s*[وف]?بال")
#: A bare Monday with لل glued to it is "for the two" (the round of sample 216: "لم يصاحبه نشر سيرة ذاتية للاثنين",
#: "ما تبقى من القوات التي ما زالت موالية للاثنين"; the corpus's two bare ones, both read as Monday); with a
#: modifier it is a day ("ترفع جلسة المحاكمة للإثنين المقبل").
_GLUED_LIL_RE = re.compile(r"\s*[وف]?لل")
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?؟\n])[\s\"«]*[وف]?$")  # before a word opening its sentence
_QUOTE_OPENS_RE = re.compile(r":\s*[\"«“]\s*[وف]?$|:\s*[وف]?$")  # "فقال: «اليوم", "وأضاف: اليوم": a quotation opening
_QUOTE_MARK_OPENS_RE = re.compile(r"(\w+)\s*[\"«“]\s*[وف]?$")  # "وأضاف "اليوم": a quotation after a verb of saying
#: a past verb of form VIII of a root in ل, which looks definite: "التقينا", "التقى", "التزمت"
_DEFINITE_LOOKING_VERB_RE = re.compile(r"الت\w{2,3}(?:ى|ت|نا|ينا|وا|يت)")
_CONTRAST_WORDS = "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(CAL.today_contrast_words, key=len, reverse=True)
)
_CONTRAST_END_RE = re.compile(rf"(?<!\w)[وف]?(?:{_CONTRAST_WORDS})[\s,،]*$" if _CONTRAST_WORDS else r"(?!)")
#: A time years back (``today_ago_words``, at most two words, ``today_ago_units``): "قبل سنتين", "ومنذ 80 عاما".
_AGO_RE = (
    re.compile(
        rf"(?<!\w)[وف]?(?:{'|'.join(map(re.escape, CAL.today_ago_words))})(?:\s+\w+){{0,2}}?\s+"
        rf"(?:{'|'.join(map(re.escape, sorted(CAL.today_ago_units, key=len, reverse=True)))})(?!\w)"
    )
    if CAL.today_ago_words and CAL.today_ago_units
    else re.compile(r"(?!)")
)
#: A span back or ahead before "من (هذا)" and a bare اليوم (``today_span_words``, at most two words, a period's word or
#: ``today_span_units``): "قبل ربع قرن من هذا اليوم" counts from today, the span's anchor, no day of its own.
_SPAN_FROM_TODAY_RE = (
    re.compile(
        rf"(?<!\w)[وف]?(?:{'|'.join(map(re.escape, CAL.today_span_words))})(?:\s+\w+){{0,2}}?\s+"
        rf"(?:{'|'.join(map(re.escape, sorted({*CAL.today_span_units, *CAL.periods}, key=len, reverse=True)))})"
        r"\s+من\s+(?:هذا\s+)?$"
    )
    if CAL.today_span_words
    else re.compile(r"(?!)")
)
#: "لكن اليوم سأحكي عن ما لا تعرفونه": a writer's "today I will tell" is the day of the column, not "nowadays".
_FIRST_PERSON_FUTURE_RE = re.compile(r"[\s,،]*سا\w{2,}")
_THIS_END_RE = re.compile(r"\s+هذا\s*$")  # "أخص بحديثي هذا اليوم" (sample 51): the writer's word before هذا
_FIRST_PERSON_FUTURE_WORD_RE = re.compile(r"[وف]?سا\w{2,}")  # "سأقول اليوم ما يلي": the column's day
#: "يومي الخميس والجمعة من كل أسبوع", "في مساجد الجمعة كل أسبوع": every week, no day.
_HABITUAL_AFTER = re.compile(r"(?:\s*[,،]?\s*و?(?:يوم\s+)?ال\w+)*\s*(?:من\s+كل\s|كل\s+اسبوع(?!\w))")


class Reject(Exception):
    """The match is not a date after all (a false friend, an impossible day)."""


class RejectWhole(Reject):
    """The match is no date, nor is any shorter date inside it: "الثامن عشر من ديسمبر (كانون الأول) سنويا" (every
    year's day) leaves no "ديسمبر" or "كانون الأول" to read alone."""


@dataclass(frozen=True, slots=True)
class Found:
    """One branch of a match, as its resolver sees it."""

    match: re.Match
    prefix: str  # "month_", or "s_month_" for the anchor of منذ
    published: date
    before: str  # up to CONTEXT normalised characters before the match
    after: str  # ... and after it
    anchored: bool = False  # the anchor of منذ: an ambiguous month name needs no word before it
    anchor: Span | None = None  # the date the text last set (العام نفسه، في اليوم التالي)
    anchor_at: tuple[int, int] | None = None  # where that date stands in the text, None when it is not known
    comment: Callable[[], bool] | None = None  # whether the article is a comment piece (analysis.text.genre)

    @property
    def future(self) -> bool:
        """A future marker stands before the match in its clause (see :mod:`.tense`)."""
        return is_future(clause_before(self.before, len(self.before)))

    @property
    def scheduled(self) -> bool:
        """A present-tense verb of a schedule before the match in its clause (``يقام الحفل يوم السبت``)."""
        return is_scheduled(clause_before(self.before, len(self.before)))

    @property
    def forecast(self) -> bool:
        """A forecast word before the match in its clause (``calendar.yaml``'s ``when.forecast_words``:
        ``التوقعات المتزايدة ببدء المركزي الأمريكي في رفع أسعار الفائدة في سبتمبر أيلول``)."""
        return bool(when_rules().forecast_re.search(without_expectations(clause_before(self.before, len(self.before)))))

    @property
    def ahead(self) -> bool:
        """A schedule verb in the clause, or a deadline word just before the match (``قبل أوائل كانون الأول``), or a
        start phrase with no past marker in the clause (``اعتبارا من مطلع آب``)."""
        return self.scheduled or _after_one_of(self.before, CAL.deadline_words) or self._as_of

    @property
    def coming(self) -> bool:
        """A word of ``tense.coming_words`` in the clause before the match, no word of ``tense.coming_not_before`` right
        after it: an event named as the coming one (``خلال المؤتمر الوزاري المقبل ... في كانون الاول/ديسمبر``)."""
        words = _WORDS_RE.findall(clause_before(self.before, len(self.before)))
        return any(
            w in CAL.coming_words and (i + 1 == len(words) or words[i + 1] not in CAL.coming_not_before)
            for i, w in enumerate(words)
        )

    @property
    def _as_of(self) -> bool:
        """One of ``tense.deadline_phrases`` just before the match (``رفع الدعم اعتبارا من مطلع آب``) and no
        ``tense.schedule_past_words`` in its clause (``كان لديها ... اعتبارا من نهاية كانون الأول``)."""
        if " ".join(_WORDS_RE.findall(self.before[-30:])[-2:]) not in CAL.deadline_phrases:
            return False
        words = _WORDS_RE.findall(clause_before(self.before, len(self.before)))
        return not any(w in CAL.schedule_past_words or w[1:] in CAL.schedule_past_words for w in words)

    def get(self, name: str) -> Any:
        """The text of the branch's group ``name``, None when it took no part (as ``re.Match.group``)."""
        return self.match.group(self.prefix + name)


Resolver = Callable[[Found], Span]


# --- helpers ----------------------------------------------------------------------------


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """First names seen at least :data:`FIRST_NAME_MIN` times in SaudiNewsNet after a title
    (``analysis/data/world/first_names.txt``): a weekday after one is a family name (محمد الخميس).
    Rarer ones are as often words (اصدر، يزيد، مدرسه) that a weekday may follow."""
    rows = [line.split("\t") for line in data_path("world/first_names.txt").read_text("utf-8").splitlines()]
    return frozenset(r[0] for r in rows if len(r) == 2 and not r[0].startswith("#") and int(r[1]) >= FIRST_NAME_MIN)


FIRST_NAME_MIN = 30


def _words(text: str) -> str:
    return _SPACES_RE.sub(" ", text)


def _modifier_shift(word: str) -> int:
    word = _words(word)
    return CAL.modifiers[word[:-1] if word.endswith("ه") and word not in CAL.modifiers else word]


def _previous_word(before: str) -> str:
    m = _PREVIOUS_WORD_RE.search(before[-40:])
    return m.group(1) if m else ""


def _after_one_of(before: str, words: frozenset[str]) -> bool:
    """Whether the word before is one of ``words``, with or without a proclitic (لجيل، ومنابر)."""
    previous = _previous_word(before)
    return previous in words or (previous[:1] in "وفبل" and previous[1:] in words)


def _after_contract_head(before: str) -> bool:
    """Whether the words before end in a linker ("لشهر") with a contract word a few words before it: "العقد الآجل
    لشهر", "عقود الخام الأمريكي لشهر" (calendar.yaml's contract_month_linkers, _heads, _reach)."""
    words = _WORDS_RE.findall(before[-120:])
    if not words or words[-1] not in CAL.contract_month_linkers:
        return False
    heads = CAL.contract_month_heads
    return any(w in heads or (w[:1] in "وفبل" and w[1:] in heads) for w in words[-1 - CAL.contract_month_reach : -1])


def _next_word(after: str) -> str:
    m = _NEXT_WORD_RE.match(after[:40])
    return m.group(1) if m else ""


def _month_of(found: Found, anchored: bool, bare: bool = False) -> tuple[int, int, bool]:
    """(year, month, relative) of a month fragment (:func:`grammar._month_fragment`); ``bare``: a
    month written without a day, which a forecast in its clause reads ahead as a schedule does."""
    get, published = found.get, found.published
    name = _words(get("m1"))
    month = CAL.months[name]
    second = get("m2") or get("m2b") or get("m2c") or get("m2d") or get("m2e")
    if second and CAL.months[_words(second)] != month:
        raise Reject
    if get("year"):
        return int(get("year")), month, False
    # a year word vouches for a month that is also a word or a name only with من: "آب من العام الماضي",
    # not "لمحافظة إب العام الماضي" (the Yemeni province, written like آب)
    year_words = get("yfrom") and (get("ymod") or get("ythis") or get("ysame"))
    if name in CAL.month_needs_date_words and not (anchored or second or get("mod") or year_words):
        raise Reject  # "في إب": the Yemeni province, written like آب
    needs_anchor = name in CAL.ambiguous_months and not (anchored or second or get("mod") or year_words)
    if needs_anchor and _previous_word(found.before) not in CAL.ambiguous_month_anchors:
        raise Reject
    if get("ysame"):  # في مارس من العام نفسه: the year the text last spoke of
        return (found.anchor.start.year if found.anchor else published.year), month, True
    if get("ymod") or get("ythis"):
        return published.year + (_modifier_shift(get("ymod")) if get("ymod") else 0), month, True
    shift = _modifier_shift(get("mod")) if get("mod") else None
    recent = published.year if month <= published.month else published.year - 1
    if shift is None and found.future and is_reported_future(clause_before(found.before, len(found.before))):
        # a future said in the past ("أعلن ... أنه سيصعد الهجمات في منتصف يوليو"): the such month nearest publication
        year = min((published.year - 1, published.year, published.year + 1),
                   key=lambda y: abs((date(y, month, 15) - published).days))  # fmt: skip
    elif shift is None and (
        _after_one_of(found.before, CAL.contract_month_words)
        or " ".join(_WORDS_RE.findall(found.before[-30:])[-2:]) in CAL.contract_month_phrases
        or _after_contract_head(found.before)
    ):
        # a futures contract's month ("عقود سبتمبر أيلول", "لتسليم أغسطس آب"): this month or the next such one, or
        # the month just past, whose crude is priced after it ("حددت بأثر رجعي سعر البيع الرسمي لشحنات تموز" in August)
        year = published.year if month >= published.month - 1 else published.year + 1
    elif (
        shift is None
        and not found.anchored
        and (  # a since period's start never lies ahead: منذ 29 يونيو
            found.future
            or (
                (found.ahead or found.coming or (bare and found.forecast))
                and (published - date(recent, month, 1)).days > CAL.ahead_recent_days
            )
        )
    ):  # the next such month: ستجرى الانتخابات في نوفمبر، قبل أوائل كانون الأول، تستضيف ... في ديسمبر،
        # التوقعات ... برفع أسعار الفائدة في سبتمبر (a forecast, sample 32; a past month of a forecast
        # stays: "جاءت النتائج أقل من التوقعات في يونيو" in July); after a coming event's word, the same
        # ("خلال المؤتمر الوزاري المقبل ... في ديسمبر", tense.coming_words)
        year = published.year if month >= published.month else published.year + 1
    elif shift is None:  # the most recent such month, on or before the publication month
        year = published.year if month <= published.month else published.year - 1
    elif shift == 0:
        year = published.year
    elif shift < 0:
        year = published.year if month < published.month else published.year - 1
        year += shift + 1
    else:
        # "next August" in an August paper is this August: a text written before the month began ("بين شهري يوليو الحالي
        # وأغسطس المقبل" on 1 August), or the month named by what is still to come in it (the round of sample 85)
        year = (
            published.year
            if month > published.month or (shift == 1 and month == published.month)
            else published.year + 1
        )
        year += shift - 1  # رجب ما بعد القادم
    return year, month, True


def _hijri_day(year: int, month: int, day: int | None, weekday: str | None = None) -> Span:
    """A Hijri day (or, without a day, a Hijri month) in Gregorian days; ``weekday`` is the
    weekday written before it (``يوم الخميس``), if any."""
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 30):
        raise Reject
    if day is None:
        return Span(*hijri_month_span(year, month), "month", False)
    converted = hijri_to_gregorian(year, month, day)
    # The writer's weekday wins over the table: months that start on a sighting of the moon can
    # begin a day off Umm al-Qura, and outside its range the tabular calendar can be two days
    # off. Of 33 SaudiNewsNet Hijri dates with a weekday and a Gregorian date beside them, Umm
    # al-Qura fell on the weekday for 32; the other, "يوم السبت 25 رمضان 1436هـ الموافق 11
    # يوليو", is right only with the weekday.
    if weekday:
        shift = (CAL.weekdays[weekday] - converted.weekday() + 3) % 7 - 3
        if abs(shift) <= 2:
            converted += timedelta(days=shift)
    return day_span(converted, False)


# --- one resolver per branch ----------------------------------------------------------------


def _numbered_act_year(found: Found) -> bool:
    """Whether the year is a numbered act's (``القانون رقم 136 لسنة 1981``): a year after لسنة after
    a number after رقم, المادة…"""
    words = _WORDS_RE.findall(found.before[-40:] + found.match.group(0))
    year = found.get("year")
    at = max((i for i, w in enumerate(words) if w.startswith(year)), default=-1)
    return (
        at >= 3
        and words[at - 1] in CAL.numbered_year_words
        and words[at - 2].isdigit()
        and words[at - 3] in CAL.not_year_after
    )


def _quoted_title_year(found: Found) -> bool:
    """Whether a bare year stands in quotation marks (normalised to ``"``) with a title's head among the four words
    before it (``calendar.yaml``'s ``year_title_heads``): ``روايته «1984»``, ``رواية جورج أورويل الشهيرة «1984»``."""
    if found.match.group(0).strip() != found.get("year") or not found.before.endswith('"'):
        return False
    if not found.after.startswith('"'):
        return False
    heads = CAL.year_title_heads
    words = _WORDS_RE.findall(found.before[-60:])[-4:]
    return any(w in heads or (w[:1] in "وفبل" and w[1:] in heads) for w in words)


def _names_a_camp(norm: str, start: int, written: str) -> bool:
    """``اعتقد ان 14 آذار ترى``: a day and month with no year nor modifier after it, ending one of Lebanon's camps
    (``calendar.yaml``'s ``date_name_camps``), in an article that names that camp or the other after a head of
    ``date_name_heads`` (``قوى 14 آذار``, ``فريق «8 آذار»``, ``لقوى الرابع عشر من آذار``)."""
    if not CAL.date_name_camps or _YEAR_DIGITS_RE.search(written):
        return False
    if not "".join((norm[max(0, start - 20) : start] + written).split()).endswith(CAL.date_name_camps):
        return False
    return _camp_named_re().search(norm) is not None


@lru_cache(maxsize=1)
def _camp_named_re() -> re.Pattern[str]:
    """A camp of ``date_name_camps`` after a head of ``date_name_heads`` (a clitic and a quotation mark between)."""
    heads = "|".join(sorted(map(re.escape, CAL.date_name_heads), key=len, reverse=True))
    camps = "|".join(r"\s*".join(map(re.escape, camp)) for camp in sorted(CAL.date_name_camps, key=len, reverse=True))
    return re.compile(rf"(?<!\S)[وبلف]?(?:{heads})\s*[«\"(]?\s*(?:{camps})(?![\d])")


def _names_a_pair(found: Found) -> bool:
    """``دعا 8 و14 آذار``: a pair of days that names something (``calendar.yaml``'s ``date_name_pairs``)."""
    return "".join((found.before[-12:] + found.match.group(0)).split()).endswith(CAL.date_name_pairs)


#: a second number with a unit after a first one: "و3000 ريال", "إلى 2400 ريال", "- 2400 ريال"
_AMOUNT_AFTER_RE = re.compile(
    r"\s*(?:و|-|–|الي|الى|إلى)\s*\d[\d,.]*\s*(?:"
    + "|".join(re.escape(u) for u in sorted(CAL.not_year_units, key=len, reverse=True))
    + r")(?!\w)"
)


#: a word right after a number (a letter after spaces): "1913 بلاغاً", not "2030." nor "2050- 1786"
_WORD_AFTER_RE = re.compile(r"\s*[^\W\d_]")


#: a four-digit number and a range's linker ending the text before a year: "موديل 2007 إلى "
_RANGE_START_RE = re.compile(r"(?<!\d)\d{4}\s*(?:إلى|الى|الي|حتى|-|–)\s*$")


def _range_after_number_head(found: Found) -> bool:
    """Whether the bare year (no عام or سنة before it) ends a range whose first number follows a head of
    ``not_year_after`` (``موديل 2007 إلى 2013``): the second number is read as the first, a number and no year."""
    start = _RANGE_START_RE.search(found.before)
    return start is not None and _after_one_of(found.before[: start.start()], CAL.not_year_after)


def _year(found: Found) -> Span:
    """``العام 2019`` → 2019; ``القرار رقم 2216`` and ``رقم 40 لسنة 2015`` are no year."""
    bare = not found.match.group(0).lstrip().startswith(("عام", "سنه", "العام", "السنه"))
    if bare and _after_one_of(found.before, CAL.not_year_after):  # also with و: "وسيرفر 2012"
        raise Reject
    if _numbered_act_year(found):
        raise Reject
    if bare and _range_after_number_head(found):
        raise Reject  # "كابريس (موديل 2007 إلى 2013)" (sample 218): a range of model years, not a year
    if _quoted_title_year(found):
        raise Reject  # "في روايته «1984»" (sample 83): a work's title
    if bare and _words(found.before[-20:]).rstrip().endswith(CAL.count_before):
        raise Reject  # "وردني أكثر من 2000 تعليق": a count
    if bare and _after_one_of(found.before, CAL.count_before_a_word) and _WORD_AFTER_RE.match(found.after):
        raise Reject  # "سجلت 1913 بلاغاً", "نحو 2000 سائح" (samples 304, 306): a count before what it counts
    if bare and _words(found.before[-20:]).rstrip().endswith(CAL.phone_before):
        raise Reject  # "اتصل على 1909" (sample 284): the number called
    if (
        not found.match.group(0).lstrip().startswith(("عام", "سنه", "العام", "السنه"))
        and _words(found.before[-20:]).rstrip().endswith(CAL.count_range_before)
        and _AMOUNT_AFTER_RE.match(found.after)
    ):
        raise Reject  # "تتراوح ما بين 2000 و3000 ريال" (sample 45): a range of amounts
    return year_span(int(found.get("year")), False)


def _names_a_place(before: str) -> bool:
    """Whether the text before a date ends with a place's head (مدينة السادس من، شارع), or, for a month in
    brackets, with a place's name and its date (``بملعب 22 مايو (أيار)``: the paper's gloss of the name)."""
    gloss = before.rstrip().endswith("(")
    words = _WORDS_RE.findall(before[-30:])[-(4 if gloss else 3) :]
    if gloss and words and words[-1] in CAL.months:
        words.pop()
    while words and (words[-1] in ("من", *CAL.ordinal_days) or words[-1].isdigit()):
        words.pop()
    return bool(words) and (words[-1] in CAL.date_name_heads or words[-1][1:] in CAL.date_name_heads)


def _a_place_name(found: Found) -> bool:
    """Whether the date is (part of) a place's name: after a place's head (:func:`_names_a_place`), or after و among
    the two names of a dual place head a few words before it (``calendar.yaml``'s ``date_name_dual_heads``):
    "ومدينتي أبوحماد والعاشر من رمضان" (the city of Tenth of Ramadan)."""
    if _names_a_place(found.before):
        return True
    if not found.match.group(0).lstrip().startswith("و"):
        return False
    heads = CAL.date_name_dual_heads
    return any(w in heads or (w[:1] in "وفبل" and w[1:] in heads) for w in _WORDS_RE.findall(found.before[-40:])[-3:])


def _month(found: Found) -> Span:
    """``أيلول/سبتمبر الماضي`` → the last September before the publication month."""
    if _a_place_name(found) or _names_a_pair(found):
        raise Reject  # مدينة السادس من أكتوبر، دعا 8 و14 آذار
    if not (found.get("year") or found.get("mod") or found.get("ymod")) and (
        _after_one_of(found.before, CAL.month_name_heads) or _next_word(found.after) in CAL.month_name_tails
    ):
        raise Reject  # "مستشفى مايو كلينيك", "كذبة أبريل": a name
    if _habitual_month(found):
        raise Reject  # "تعقد المعارض عادة في شهر مايو": every May
    return month_span(*_month_of(found, found.anchored, bare=True))


def _habitual_month(found: Found) -> bool:
    """Whether a month with no year and no modifier is a habit by a word of ``habitual_words`` in its
    clause before it: "والذين يبدأون في الوصول عادة من نهاية شهر مايو (أيار) وحتى شهر سبتمبر" (sample 34)."""
    if found.get("year") or found.get("mod") or found.get("ymod"):
        return False
    return bool(_HABITUAL_RE.search(clause_before(found.before, len(found.before))))


def _day_month(found: Found) -> Span:
    """``5 كانون الثاني 2017``, ``الثاني من يونيو الماضي``."""
    if _a_place_name(found):
        raise Reject  # شارع 26 يوليو، قوى 14 آذار، ومدينتي أبوحماد والعاشر من رمضان
    if _names_a_pair(found):
        raise Reject  # دعا 8 و14 آذار: Lebanon's two blocs
    year, month, relative = _month_of(found, True)
    day = _day_of(found)
    published = found.published
    named = _second_named_day(found, day)
    if named is not None:
        return day_span(named, False)  # "ثورتي 25 يناير (كانون الثاني) و30 يونيو (حزيران)" (sample 40)
    if (
        found.get("mod")
        and _modifier_shift(found.get("mod")) > 0
        and (year, month) == (published.year + 1, published.month)
        and day > published.day
    ):
        year = published.year  # "27 أغسطس المقبل" written on 1 August: this August's 27th
    if (
        found.get("mod")
        and _modifier_shift(found.get("mod")) == 1
        and (year, month) == (published.year, published.month)
        and day <= published.day
    ):
        year += 1  # "2 أغسطس المقبل" written on 10 August: next year's (a month alone is this one, _month_of)
    if (
        found.get("mod")
        and _modifier_shift(found.get("mod")) == -1
        and (year, month) == (published.year - 1, published.month)
        and day < published.day
    ):
        year = published.year  # "وفي 12 يوليو الماضي" written on 24 July: this July's 12th (sample 32)
    if relative and not (found.get("mod") or found.get("ymod") or found.get("ythis") or found.get("ysame")):
        year = _day_month_ahead(found, year, month, day)
        history = CAL.past_named_days.get((month, day))
        if history is not None and year < published.year:
            return day_span(history, False)  # "فمنذ 11 سبتمبر خططوا" (sample 122): the attacks, not September 2014
    if not 1 <= day <= days_in_month(year, month):
        raise Reject
    return day_span(date(year, month, day), relative)


_SENTENCE_BEFORE = 300
#: "ثورتي 25 يناير (كانون الثاني) و" before a day-month: a dual head of ``named_day_duals`` within this many
#: characters, no clause end between.
_DUAL_BEFORE = 60


def _second_named_day(found: Found, day: int) -> date | None:
    """The named day of a day-month after و that follows a dual head (``ثورتي 25 يناير و30 يونيو``), if the
    head with this day-month is a named day."""
    if not found.get("m1") or not found.match.group(0).startswith("و") or found.get("year") or found.get("mod"):
        return None
    window = clause_before(found.before, len(found.before))[-_DUAL_BEFORE:]
    words = _WORDS_RE.findall(window)
    for dual in CAL.named_day_duals:
        if any(w == dual or (w[:1] in "وفبل" and w[1:].lstrip("ل") == dual) for w in words):
            named = CAL.named_days.get(f"{dual} {day} {_words(found.get('m1'))}")
            if named is not None:
                return named
    return None


def _day_month_ahead(found: Found, year: int, month: int, day: int) -> int:
    """The year of a bare day-month read as the most recent one: the next year when that next such day
    lies at most ``tense.ahead_day_month_days`` after publication and the sentence before the date reads
    ahead (a future marker or a schedule verb anywhere in it, or a word of ``tense.ahead_day_month_words``):
    ``ومن المقرر أن يلاقي ... الاثنين 27 يوليو، واخيستار سبور التركي 30 أغسطس`` in July is this August."""
    published = found.published
    if found.anchored or year >= published.year + 1 or not 1 <= day <= days_in_month(year + 1, month):
        return year  # (a since period's start never lies ahead: "المصارف مغلقة منذ 29 يونيو وستعيد فتح أبوابها")
    ahead = date(year + 1, month, day)
    if not 0 < (ahead - published).days <= CAL.ahead_day_month_days:
        return year
    at = found.match.start()
    sentence = _SENTENCE_END_RE.split(found.match.string[max(0, at - _SENTENCE_BEFORE) : at])[-1]
    words = _WORDS_RE.findall(sentence)
    marked = any(
        w in CAL.ahead_day_month_words or (w[:1] in "وفل" and w[1:] in CAL.ahead_day_month_words) for w in words
    )
    if marked or is_future(sentence) or is_scheduled(sentence):
        return year + 1
    return year + 1 if _nothing_sets_the_past(found, sentence, month, day) else year


_YEAR_IN_TEXT_RE = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def _nothing_sets_the_past(found: Found, sentence: str, month: int, day: int) -> bool:
    """Whether a bare day-month whose next such day lies just ahead has nothing before it that sets the
    past: not the start of a since period (``منذ 20 أكتوبر``), not a day of history or a place (``tense.ahead_day_month_kept``: 11 سبتمبر), no date the text
    last set that ended more than ``when.history_before_days`` before publication (``1952 ... ووقع اتفاق في
    لوكسمبورغ في 10 سبتمبر``), no earlier year in its sentence before it (``1965 - حرب ثانية ... توقفت في 22
    سبتمبر``), not the heading of a diary's entry (``15 أغسطس: صحا الجو``), no word of the past in its clause
    (``tense.ahead_day_month_past_words``: ``وكان قد تم القبض عليه في 7 ذي القعدة``)."""
    published = found.published
    if found.anchored or (month, day) in CAL.ahead_day_month_kept:  # "منذ 20 أكتوبر": a since period's start
        return False
    if found.anchor is not None and (published - found.anchor.end).days > CAL.history_before_days:
        return False
    if found.after.lstrip().startswith(":"):
        return False  # "15 أغسطس: صحا الجو قليلًا": an entry of a diary or a chronicle, no schedule
    clause = f" {_words(clause_before(found.before, len(found.before)))} "
    if any(f" {w} " in clause for w in CAL.ahead_day_month_past_words):
        return False  # "وكان قد تم القبض عليه في 7 ذي القعدة": said in the past
    return not any(int(y) < published.year for y in _YEAR_IN_TEXT_RE.findall(sentence))


def _day_of(found: Found) -> int:
    """The day of :func:`grammar._day`: digits, an ordinal (الثاني), or a compound (السادس والعشرين)."""
    if found.get("day"):
        return int(found.get("day"))
    if found.get("first"):
        return 1  # غرة ذي القعدة
    return ORDINAL_DAYS[found.get("ordinal")] + (ORDINAL_UNITS[found.get("ounit")] if found.get("ounit") else 0)


def _numeric(found: Found) -> Span:
    """``30/07/2015``."""
    try:
        day = date(int(found.get("y")), int(found.get("m")), int(found.get("d")))
    except ValueError as err:
        raise Reject from err
    return day_span(day, False)


def _hijri(found: Found) -> Span:
    """``يوم الخميس 21 شوال 1436هـ`` (a day), ``شهر شوال 1436هـ`` (a month)."""
    get = found.get
    month = CAL.hijri_months[_words(get("month"))]
    day = _day_of(found) if (get("day") or get("ordinal") or get("first")) else None
    return _hijri_day(int(get("year")), month, day, get("wd"))


def _hijri_year(found: Found) -> Span:
    """``1437هـ``, ``عام 1417``, a Hijri fiscal year ``1436/1437هـ`` (both years); ``عام 1534`` and
    ``عام 1400م`` are Gregorian years (see ``calendar.yaml``'s ``hijri_bare_year_max_ahead``)."""
    get = found.get
    if not (get("mark") or get("word")):
        raise Reject  # a bare 1436: a number
    year = int(get("year"))
    if not get("mark") and (
        get("gmark")
        or _next_word(found.after) in CAL.gregorian_year_marks
        or year > gregorian_to_hijri(found.published).year + CAL.hijri_bare_year_max_ahead
    ):
        return year_span(year, False)  # منذ عام 1534: no Hijri year so far ahead of the paper's
    if get("year2") or get("year2d"):
        last = int(get("year2") or get("year2d"))
        last += year // 100 * 100 if last < 100 else 0  # 1436/37هـ
        if last != year + 1:
            raise Reject
        return Span(hijri_year_span(year)[0], hijri_year_span(last)[1], "year", False)
    return Span(*hijri_year_span(year), "year", False)


def _hijri_numeric(found: Found) -> Span:
    """``15/10/1436 هـ`` and ``1436/10/15 هـ``."""
    return _hijri_day(int(found.get("y")), int(found.get("m")), int(found.get("d")))


def _hijri_month_number(found: Found) -> Span:
    """``3 / 1436 هـ``: the Hijri month by its number."""
    return _hijri_day(int(found.get("y")), int(found.get("m")), None)


def _part(found: Found) -> Span:
    """``منتصف ديسمبر``, ``مطلع العام 2019``: a part of the month or year that follows."""
    get, published = found.get, found.published
    part = CAL.parts[_words(get("word"))]  # "العشر الأواخر من": a part word of several words
    if get("hyear") or get("hbyear"):  # بداية عام 1436هـ، مطلع عام 1433: the Hijri months of that part
        first, last = CAL.part_year_months[part]
        year = int(get("hyear") or get("hbyear"))
        if get("hbyear") and (
            _next_word(found.after) in CAL.gregorian_year_marks
            or year > gregorian_to_hijri(published).year + CAL.hijri_bare_year_max_ahead
        ):
            raise Reject  # مطلع عام 1400م: a Gregorian year, read alone as before
        return Span(hijri_month_span(year, first)[0], hijri_month_span(year, last)[1], "part_of_year", False)
    if get("hyrel"):
        # مطلع العام الهجري القادم: the Hijri months of that part in the Hijri year of publication or one next to it
        first, last = CAL.part_year_months[part]
        shift = 1 if get("hynew") else _modifier_shift(get("hymod")) if get("hymod") else 0
        year = gregorian_to_hijri(published).year + shift
        return Span(hijri_month_span(year, first)[0], hijri_month_span(year, last)[1], "part_of_year", True)
    if get("hmyear"):  # نهاية شهر شوال 1436هـ: those days of that Hijri month
        start, end = hijri_month_span(int(get("hmyear")), CAL.hijri_months[_words(get("hymonth"))])
        first, last = CAL.part_month_days[part]
        return Span(
            start + timedelta(days=first - 1), min(start + timedelta(days=last - 1), end), "part_of_month", False
        )
    if get("hrmonth"):  # مطلع شهر ذي القعدة من العام الجاري: those days of the month in that Hijri year
        shift = _modifier_shift(get("hrymod")) if get("hrymod") else 0
        year = gregorian_to_hijri(published).year + shift
        start, end = hijri_month_span(year, CAL.hijri_months[_words(get("hrmonth"))])
        first, last = CAL.part_month_days[part]
        return Span(
            start + timedelta(days=first - 1), min(start + timedelta(days=last - 1), end), "part_of_month", True
        )
    if get("hbare"):  # النصف الثاني من شهر رمضان: those days of the last such month (the next one ahead)
        start, end = _hijri_month_of(found.published, CAL.hijri_months[_words(get("hbare"))], None, found.future)
        first, last = CAL.part_month_days[part]
        last_day = min(start + timedelta(days=last - 1), end)
        return Span(start + timedelta(days=first - 1), last_day, "part_of_month", True)
    if get("hmonth"):  # نهاية شوال الجاري: those days of the Hijri month
        start, end = _hijri_month_of(found.published, CAL.hijri_months[_words(get("hmonth"))], get("hmod"), False)
        first, last = CAL.part_month_days[part]
        last_day = min(start + timedelta(days=last - 1), end)
        return Span(start + timedelta(days=first - 1), last_day, "part_of_month", True)
    if get("m1"):
        if _habitual_month(found):
            raise Reject  # "يبدأون في الوصول عادة من نهاية شهر مايو" (sample 34): every year's end of May
        anchor = month_span(*_month_of(found, True))
    elif get("pyear"):
        anchor = year_span(int(get("pyear")), False)
    elif get("gbare"):  # نهاية العام الميلادي، مطلع العام الميلادي الجديد: the running Gregorian year or the next
        anchor = year_span(published.year + (1 if get("gnew") else 0), True)
    elif get("bare") == "العام":
        anchor = year_span(published.year, True)
    elif get("bare") and _next_word(found.after) in CAL.holy_month_words:
        # "منذ مطلع الشهر الكريم وحتى مساء الأمس" (sample 58, in Shawwal): Ramadan, the running or the last one
        anchor = Span(*_hijri_month_of(published, 9, None, False), "month", True)
    elif get("bare"):
        anchor = month_span(published.year, published.month, True)
    else:
        anchor = _relative_period(found)
    if anchor.precision == "month":  # by days from its start: a Hijri month too (نهاية هذا الشهر الفضيل)
        first, last = CAL.part_month_days[part]
        last_day = min(anchor.start + timedelta(days=last - 1), anchor.end)
        return Span(anchor.start + timedelta(days=first - 1), last_day, "part_of_month", anchor.relative)
    if anchor.precision == "year":
        first, last = CAL.part_year_months[part]
        year = anchor.start.year
        return Span(date(year, first, 1), month_span(year, last, True).end, "part_of_year", anchor.relative)
    if anchor.precision == "week" and part in CAL.part_week_days:  # بداية الأسبوع المقبل
        first, last = CAL.part_week_days[part]
        return Span(anchor.start + timedelta(days=first - 1), anchor.start + timedelta(days=last - 1), "week", True)
    raise Reject


def _relative_period(found: Found) -> Span:
    """``الشهر الماضي``, ``هذا الأسبوع``, ``العام قبل الماضي``."""
    get, published = found.get, found.published
    if not get("this") and _words(get("per")) == "عام" and _after_one_of(found.before, CAL.general_before):
        raise Reject  # "الأمين العام القادم": the next secretary-general
    unit = CAL.periods["ال" + (get("tper") or get("per"))]
    shift = 0 if get("this") else _modifier_shift(get("pmod"))
    if unit == "month" and shift > 0 and _every_month_before(found.before):
        raise Reject  # "ستعلن في الثامن والعشرين من كل شهر أسعار الوقود للشهر التالي" (sample 94): each month's next
    anchor = found.anchor
    finer = ("day", "week", "part_of_month", "month", "part_of_year", "year")
    if (
        get("pmod")
        and _words(get("pmod")).startswith("السابق")
        and anchor is not None
        and finer.index(anchor.precision) <= finer.index(unit)
    ):
        # "الأسبوع السابق" after the text set a week: the week before that one (الماضي counts from
        # the publication date, السابق from the time the text speaks of)
        published = anchor.start
    if unit == "week":
        week = week_of(published)
        if shift == 0 and week.start == published and _week_just_ended(found):
            return week_of(published - timedelta(days=1))
        return week_of(week.start + timedelta(days=7 * shift))
    if unit == "month":
        if shift == 0 and _next_word(found.after) in CAL.holy_month_words:
            # "العشر الأواخر من هذا الشهر الفضيل" (sample 42, in Shawwal): Ramadan, the running or the last one
            return Span(*_hijri_month_of(published, 9, None, False), "month", True)
        return month_span(*add_months(published.year, published.month, shift), True)
    year = published.year + shift
    if (
        anchor is not None
        and anchor.precision in ("day", "part_of_month", "month")
        and _SAME_MONTH_RE.search(found.before)
    ):
        # "ارتفع ... في يونيو ... مقارنة بنفس الشهر من العام الماضي" (sample 33): that month of the year named
        return month_span(year, anchor.start.month, True)
    return year_span(year, True)


_THAT_WORDS = frozenset({"ان", "بان", "لان"})  # أن، إن، بأن، لأن (normalised)
#: A present verb of the third person (يحتفل، ويصوت), not يوم، يونيو، يوليو، يناير
_PRESENT_VERB_RE = re.compile(r"[وفل]?ي(?!وم|ونيو|وليو|ناير)\w{3,}")


def _week_just_ended(found: Found) -> bool:
    """Whether "this week" in a paper of the week's first day is the week just ended: "earlier this week", or a past
    verb of a completed act in its clause (``tense.week_past_verbs``: "وسجل المعدن النفيس خسائر هذا الأسبوع") with no
    future or schedule marker and none of ``tense.week_past_cancel_words`` ("إذا ما تم احترام الدعم الأهم هذا
    الأسبوع")."""
    for phrase in CAL.week_earlier_words:
        words = _WORDS_RE.findall(found.before[-60:])[-len(phrase.split()) :]
        if words and words[0][:1] in "وف" and words[0][1:] == phrase.split()[0]:
            words[0] = words[0][1:]
        if " ".join(words) == phrase:
            return True
    clause = _WORDS_RE.findall(clause_before(found.before, len(found.before)))
    bare = [w[1:] if w[:1] in "وف" and w[1:] in CAL.week_past_verbs | CAL.week_past_cancel_words else w for w in clause]
    if any(w in CAL.week_past_cancel_words for w in bare) or found.future or found.scheduled:
        return False
    # after "that" the date is the reported clause's: "وقال إن الحالة المطرية ... تخف هذا الأسبوع"
    that = max((i for i, w in enumerate(bare) if w in _THAT_WORDS), default=-1)
    past = [i for i, w in enumerate(bare) if i > that and w in CAL.week_past_verbs]
    # ... and a present verb after the past one is the date's: "وقد تم ذلك بالفعل حيث يحتفل المصريون ... من هذا الأسبوع"
    return bool(past) and not any(_PRESENT_VERB_RE.fullmatch(w) for w in bare[past[-1] + 1 :])


def _generic_day_before(before: str) -> bool:
    """Whether the sentence before a day told from the text's last date says what can be or is done on any day
    (``calendar.yaml``'s ``generic_day_words``: ``ويمكن``, ``يتم``)."""
    return any(w in CAL.generic_day_words for w in _WORDS_RE.findall(_SENTENCE_END_RE.split(before)[-1]))


def _every_month_before(before: str) -> bool:
    """Whether the sentence before a date says "every month" (``calendar.yaml``'s ``every_month_words``)."""
    return _EVERY_MONTH_RE.search(_SENTENCE_END_RE.split(before)[-1]) is not None


_SAME_MONTH_WORDS = "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(CAL.same_month_words, key=len, reverse=True)
)
_SAME_MONTH_RE = re.compile(rf"(?<!\w)[وفبل]?(?:{_SAME_MONTH_WORDS})\s+من\s*$" if _SAME_MONTH_WORDS else r"(?!)")


def _alternation_re(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)) or "(?!)"


#: "كل شهر" before a date (``calendar.yaml``'s ``every_month_words``), a proclitic allowed: :func:`_every_month_before`.
_EVERY_MONTH_RE = re.compile(rf"(?<!\w)[وفبل]?(?:{_alternation_re(CAL.every_month_words)})(?!\w)")


#: "مقارنة بالفترة نفسها من عام 2014", "لنفس الفترة من العام الماضي", "بالفترة نفسها العام الماضي": a year right
#: after "the same period" (``calendar.yaml``'s ``same_period_words``).
_SAME_PERIOD_RE = re.compile(
    rf"(?<!\w)[وفبل]?(?:{_alternation_re(CAL.same_period_words)}"
    rf"|ل(?:{_alternation_re(tuple(w[1:] for w in CAL.same_period_words if w.startswith('ال')))}))"
    rf"(?:\s+(?:من|في))?\s+ل?$"
)  # "للفترة نفسها": ل before ال drops its alif
#: "حتى نهاية شهر يونيو": a month or the end of one after "until" is the year so far up to it.
_SAME_PERIOD_UNTIL_RE = re.compile(rf"(?<!\w)(?:{_alternation_re(CAL.same_period_until_words)})\s*$")
#: A sentence end between the period and "the same period" (a point not inside a number).
_PERIOD_SENTENCE_END_RE = re.compile(r"[\n!?؟]|(?<!\d)\.|\.(?!\d)")


def _in_year(day: date, year: int) -> date:
    return day.replace(year=year, day=min(day.day, days_in_month(year, day.month)))


def _whole_year(span: Span) -> bool:
    return span.start.year == span.end.year and (span.start.month, span.start.day, span.end.month, span.end.day) == (
        1, 1, 12, 31,
    )  # fmt: skip


#: Between a part of a year and the year after it: "النصف الأول من العام الجاري 2015", "من السنة المالية 2015".
_YEAR_APPOSITION_GAP_RE = re.compile(r"[\s،,()\-]*(?:(?:ال)?ماليه?|الجاري|الحالي|الميلادي)?[\s،,()\-]*")
_MONTH_COUNT = rf"\d{{1,2}}|{_alternation_re(tuple(w for w, n in CAL.numbers.items() if n <= 12))}"
#: "The N first months of" a year: "خلال الأشهر الستة الأولى من عام 2015", "خلال الستة أشهر الأولى من العام الحالي".
_FIRST_MONTHS_RE = re.compile(
    rf"(?<!\w)(?:(?:ال)?(?:اشهر|شهور)\s+(?:ال)?(?P<n>{_MONTH_COUNT})|(?:ال)?(?P<n2>{_MONTH_COUNT})\s+(?:ال)?(?:اشهر|شهور))"
    rf"\s+(?:ال)?اولي?\s+(?:من\s+)?(?:(?:ال)?(?:عام|سنه)\s+)?$"
)


def _first_months(padded: str, year: tuple[int, int, Span]) -> tuple[int, int, Span] | None:
    """The first N months of a whole year written right after "الأشهر N الأولى من" (the grammar reads the year
    alone): "خلال الأشهر السبعة الأولى من العام الحالي ... عن الفترة نفسها من العام الماضي" is January-July
    (the round over samples 38-61: the year's reading, sample 51's "2015" of "الأشهر الستة الأولى من عام 2015")."""
    a, b, span = year
    if not _whole_year(span):
        return None
    m = _FIRST_MONTHS_RE.search(padded[max(0, a - 60) : a])
    if m is None:
        return None
    word = m.group("n") or m.group("n2")
    n = int(word) if word.isdigit() else CAL.numbers.get(word, 0)
    if not 1 <= n <= 11:
        return None
    y = span.start.year
    return a, b, Span(date(y, 1, 1), date(y, n, days_in_month(y, n)), "part_of_year", span.relative, "range")


def after_same_period(padded: str, at: int) -> bool:
    """Whether the expression at ``at`` follows one of ``same_period_words``: the compared period of a result
    ("حققت الشركة أرباحا ... مقابل ... خلال نفس الفترة من عام 2014م"), not the time the text speaks of."""
    return _SAME_PERIOD_RE.search(padded[max(0, at - 40) : at]) is not None


def same_period(padded: str, at: int, span: Span, before: list[tuple[int, int, Span]], published: date) -> Span | None:
    """The days of "the same period" of a year: a whole year read at ``at`` right after one of ``same_period_words``
    is the period the sentence set before it (the last of ``before``, the expressions read so far with their start and
    end, a since period included; a year in apposition to it, ``من هذا العام 2015``, is passed over), moved into that
    year, when that period is a month or more or a range of days within one calendar year that has begun by ``published``,
    or a month or the end of one after "until" (the year so far); a year read so is that period for a "same period"
    after it, the same year again included; None otherwise (the year stays the year)::

        أنهت السوق النصف الأول من عام 2015 ... مقارنة بقيمة الصفقات للفترة نفسها من عام 2014   -> 2014-01-01..06-30
        حتى نهاية شهر يوليو من هذا العام 2015، مقارنة بنفس الفترة من العام الماضي 2014     -> 2014-01-01..07-31
        في الربع المالي المنتهي في 30 يونيو ... خلال الفترة نفسها من العام الماضي        -> 2014 (a day sets no period)
    """
    if not before or span.precision != "year" or span.extent != "point" or not _whole_year(span):
        return None
    if not _SAME_PERIOD_RE.search(padded[max(0, at - 40) : at]):
        return None
    a, b, period = before[-1]
    i = len(before) - 1
    while i > 0 and _whole_year(period):
        a0, b0, earlier = before[i - 1]
        if not earlier.start.year == period.start.year == earlier.end.year:
            break
        if not _YEAR_APPOSITION_GAP_RE.fullmatch(padded[b0:a]):
            break
        # "حتى نهاية شهر يوليو من هذا العام ٢٠١٥": the year is the month's; "للربع الثاني من السنة المالية 2015"
        # (the round over samples 38-61): the year after a word of the fiscal or the running year
        i, a, period = i - 1, a0, earlier
    first_months = _first_months(padded, before[-1])
    if first_months is not None:
        a, b, period = first_months
    if _PERIOD_SENTENCE_END_RE.search(padded[b:at]):
        return None  # the period of another sentence
    start, end, precision, extent = period.start, period.end, period.precision, period.extent
    if start > published:
        return None  # "قبل نهاية العام الجاري", "عقود أغسطس المقبل": a time ahead has no figures to compare
    again = _SAME_PERIOD_RE.search(padded[max(0, a - 40) : a]) is not None  # the period is a "same period" read so
    if start.year != end.year or (start.year == span.start.year and not again) or _whole_year(period):
        return None
    if again and span.relative and start.year != span.start.year:
        # "للربع المماثل من العام السابق" after one of 2014 is read as 2013, its anchor's year before (left): not moved
        return None
    days_range = precision == "day" and extent == "range" and start < end
    # a range of days is a period, a week as much as a month: "الموجة شديدة الحرارة التى اجتاحت فرنسا في الفترة من 29
    # يونيو وحتى 5 يوليو الماضى ... مقارنة بمتوسط الحالات في نفس الفترة من عام 2014" is 29 June - 5 July 2014 (sample 116)
    if not days_range and (
        (end - start).days < 27 or (precision in ("day", "week", "part_of_month") and extent != "range")
    ):
        # a range of days of a month or more is a period: "في الفترة الممتدة من الأول من شهر يناير 2015 وحتى نهاية
        # شهر يونيو الماضي ... خلال الفترة المقابلة من العام الماضي 2014" (sample 53: read as the year)
        if precision not in ("part_of_month", "month") or not _SAME_PERIOD_UNTIL_RE.search(padded[max(0, a - 20) : a]):
            return None  # "المنتهي في 30 يونيو": a day, no period
        start, precision, extent = date(start.year, 1, 1), "part_of_year", "range"  # "حتى نهاية شهر يونيو"
    elif extent == "since":
        precision, extent = "part_of_year", "range"  # "منذ بداية العام": the year up to the publication date
    year = span.start.year
    if precision == "month" and HIJRI_MONTH_NAME_RE.search(padded[a:b]) and (hijri := _a_hijri_month(start, end)):
        # a Hijri month's same period is that month a Hijri year back: "خلال شهر رمضان المبارك للعام الحالي 1436هـ ...
        # مقارنة مع 82.9 مليون عملية للفترة ذاتها من العام الماضي" is Ramadan 1435, 28 June - 27 July 2014 (sample 115's
        # class; moved by the Gregorian calendar it was 18 June - 16 July 2014)
        first, last = hijri_month_span(hijri[0] - (start.year - year), hijri[1])
        return Span(first, last, precision, span.relative, extent)
    return Span(_in_year(start, year), _in_year(end, year), precision, span.relative, extent)


#: A Hijri month's name, a proclitic allowed (``شهر رمضان``, ``بصفر``): also :func:`analysis.extract.dates._year_after_a_part`'s.
HIJRI_MONTH_NAME_RE = re.compile(rf"(?<!\w)[وفبل]*(?:{_alternation_re(tuple(CAL.hijri_months))})(?!\w)")


def _a_hijri_month(start: date, end: date) -> tuple[int, int] | None:
    """The Hijri year and month whose days run from ``start`` to ``end``, if they are one Hijri month."""
    first = gregorian_to_hijri(start)
    if first.day != 1 or hijri_month_span(first.year, first.month) != (start, end):
        return None
    return first.year, first.month


def _relative_day(found: Found) -> Span:
    """``أمس``, ``اليوم الخميس``, ``أمس الأول الأحد`` (never after the publication date)."""
    get, published, before, after = found.get, found.published, found.before, found.after
    word = _words(get("word"))
    if word == "اليوم":
        # with a weekday after it, a time of the day among today_false_after (عصر: an era, or the afternoon) is the
        # afternoon: "وسيخوض الحقباني دور ال 16 عصر اليوم الأربعاء" in a Thursday paper (sample 252: Wednesday, the
        # text's today), no "era of today Wednesday"; not when the weekday is the day after the paper's, a text written
        # for the next day's paper (the same sentence in a Tuesday one), which the weekday read alone keeps
        false_after = CAL.today_false_after
        if get("wd") and published is not None and CAL.weekdays[get("wd")] != (published + timedelta(days=1)).weekday():
            false_after = false_after - CAL.today_tomorrow_times
        elif not get("wd") and _WORDS_RE.findall(before[-40:])[-2:-1] not in (["في"], ["وفي"]):
            # ... and without one, too: "سيطرت فرق الدفاع المدني بسكاكا، عصر اليوم، على حريق", "تعادل الشباب عصر اليوم"
            # (issue 11's class: the corpus's 48 bare عصر اليوم are each this afternoon, none an era, which the corpus
            # calls عصرنا); "في عصر اليوم" stays the era (and a column's bare اليوم is nowadays anyway, below)
            false_after = false_after - CAL.today_tomorrow_times
        if _next_word(after) in CAL.today_false_before or _after_one_of(before, false_after):
            raise Reject  # "اليوم التالي", "صحيفة اليوم", "لجيل اليوم"
        if any(w in before[-60:] or w in after[:30] for w in CAL.today_past_words):
            raise Reject  # "أقرب اليوم عن الأمس", "بالأمس كانوا ... واليوم نراهم": now against the past
        if not get("wd") and _SPAN_FROM_TODAY_RE.search(before[-60:]):
            raise Reject  # "قبل ربع قرن من هذا اليوم": the anchor of a span back, no day (the round of sample 226)
        if (
            not get("wd")
            and found.match.group().startswith("و")
            and re.search(r"\w\s*$", before)  # no comma between: "وكان قد وصل سابقا، واليوم يغادر" is a day
            and _previous_word(before) in CAL.today_contrast_then_words
        ):
            raise Reject  # "تتحمل الكثير سابقا واليوم" (sample 64), "الفن سابقا واليوم": then and now, no day
        if not get("wd"):  # a bare اليوم: "nowadays" rather than the paper's day?
            earlier = found.match.string[max(0, found.match.start() - 400) : found.match.start()]  # its sentence before
            clause = clause_before(before, len(before))
            if not _FIRST_PERSON_FUTURE_RE.match(after) and _now_against_then(earlier):
                raise Reject  # "في الماضي كان الشأن السياسي محصوراً ...، بينما اليوم": now against then
            if _then_years_back(earlier):
                raise Reject  # "قبل سنتين كان هناك سبعة ملايين ...، وقد تضاعف العدد اليوم" (sample 62): now against then
            if _nowadays(before, after):
                raise Reject  # "ما زالت قائمة حتى اليوم", "السعودية اليوم لم تعد", "في مثل هذا اليوم"
            near = _WORDS_RE.findall(before[-25:])[-2:] + _WORDS_RE.findall(after[:20])[:1]
            if any(w in CAL.today_nowadays_verbs or w[1:] in CAL.today_nowadays_verbs for w in near):
                raise Reject  # "لم تعد اليوم معنية": nowadays
            if any(_state_verb(w) for w in near):
                raise Reject  # "تظهر اليوم في انخفاض نسبة المواليد", "تظهر الداعشية اليوم في عقول": nowadays
            if _state_in_clause(clause):
                raise Reject  # "وتمثل نحو 7 في المائة من إجمالي التجارة العالمية اليوم": a state that holds now
            if _becoming_in_clause(clause):
                raise Reject  # "حتى أصبح مهرجان التمور اليوم" (the round of sample 85): what has become so by now
            if _facing_difficulty(clause, after):
                raise Reject  # "التحديات التي يواجهها القطاع اليوم" (nondates2): a difficulty faced nowadays
            if _come_to(clause):
                raise Reject  # "ما وصلت إليه الأمور اليوم" (nondates2): what things have come to by now
            if _anyone_perceiving(clause):
                raise Reject  # "بعكس ما يشاهد اليوم", "لان من يقرأها اليوم" (the round of sample 122): seen or read now
            if _than_ever(clause, after):
                raise Reject  # "في حاجة اليوم أكثر من أي وقت مضى" (nondates2): now against all earlier time
            if _obligation(clause):
                raise Reject  # "يجب أن ينخرط البلدان اليوم في مهمة شاقة" (nondates2): what must be done now
            if _obliged_now(clause, after):
                raise Reject  # "فإن مجلس التعاون الخليجي مطالب اليوم" (sample 104): a present duty or need
            if _then_named_before(earlier):
                raise Reject  # "التي كانت آنذاك الوجهة رقم 20 ... بلغ عدد وجهاتها اليوم" (nondates2): now against then
        words = _WORDS_RE.findall(before[-40:])
        if len(words) >= 2 and words[-2] in CAL.today_false_two_after and not get("wd"):
            raise Reject  # "قناة روسيا اليوم", "لصحيفة المصري اليوم": a name
        if (
            (before.endswith(('"', "«", "(")) or _PAPER_TO_RE.search(before[-12:]))
            and after.lstrip(" ").startswith(('"', "»", ")"))
            and not get("wd")
            and _next_word(after[1:]).removeprefix("ال") not in CAL.weekdays  # "(اليوم) الأحد" is a day
            # "غدا (اليوم)": the paper's correction of a quoted tomorrow (ranges.py joins the two), no newspaper
            and not (before.endswith("(") and _after_one_of(before[:-1], CAL.today_gloss_after))
        ):
            raise Reject  # «اليوم», "في تصريح هاتفي لـ(اليوم)" (sample 34), "لـ ( اليوم )" (sample 74): the newspaper
        if _QUOTED_NAME_BEFORE_RE.search(before[-40:]) and _QUOTE_CLOSE_RE.match(after) and not get("wd"):
            raise Reject  # "وفقاً لـ"روسيا اليوم"" (sample 46), «المصري اليوم»: a name of two words in quotation marks
        if "ب" in get("cl") or _PER_DAY_RE.search(before):
            raise Reject  # "900 ألف برميل في اليوم", "باليوم": per day
        if _previous_word(before) == "في" and not get("wd"):
            raise Reject  # "خمس مرات في اليوم": "in a day"; today is اليوم without في
        if not get("wd") and found.comment is not None and not _day_in_comment(found) and found.comment():
            raise Reject  # in a column a bare "today" is nowadays: "العالم اليوم يعيش مرحلة" (the genre round)
    if word == "امس" and "ل" in get("cl"):
        raise Reject  # "بعد أن لامس 98.088", "حزب «فلامس بلانغ»" (sample 34): لامس "touched", never "for yesterday"
    if word in ("امس", "يوم امس") and _next_word(after) in CAL.yesterday_false_before:
        raise Reject  # "بأمس الحاجة إلى": أمسّ, "most in need"
    if word == "غد" and not get("wd") and not _after_one_of(before, CAL.tomorrow_bare_before):
        raise Reject  # "من أجل غد أفضل", "مد عنقه إلى غد": a tomorrow, no day
    if word == "غدا":
        following = _next_word(after)
        if _previous_word(before) in ("قد", "وقد", "لقد", "فقد") or (
            following.endswith("ا") and following not in CAL.months
        ):
            raise Reject  # "غدا مؤثرا": the verb "became"
        if (
            not get("wd")
            and _after_one_of(before, CAL.tomorrow_verb_before)
            and not is_future(clause_before(before, len(before)))
        ):
            raise Reject  # "حتى غدا الإرهاب اليوم ... هاجس", "كما غدا من مقومات": the verb "became" (calendar.yaml)
    if not get("wd") and word in ("اليوم", "امس") and _then_and_now(word, before, after):
        raise Reject  # "من دافع أمس عن بن لادن هو من يدافع اليوم عن البغدادي": then and now, no days
    if not get("wd") and _HYPOTHETICAL_RE.search(clause_before(before, len(before))):
        raise Reject  # "ولو حصلت إيران على 100 مليار دولار غداً": hypothetical
    if get("wd"):
        weekday, offset = CAL.weekdays[get("wd")], CAL.relative_days[word]
        if offset > 0:  # غداً السبت: the first such weekday after the publication date
            # ... or the publication day itself when it is that weekday: "غداً السبت" in a Saturday paper was
            # written on the Friday before (the round over samples 38-61: read a week on)
            day = published + timedelta(days=(weekday - published.weekday()) % 7)
            if offset == 1 and (day - published).days > CAL.tomorrow_weekday_ahead_max:
                day -= timedelta(weeks=1)  # "غد الاثنين" in a Tuesday paper: a text of Sunday (calendar.yaml)
        else:
            day = last_weekday(published, weekday, strictly_before=offset < 0)
    else:
        day = published + timedelta(days=CAL.relative_days[word])
    return day_span(day, True)


def texts_day(named: list[tuple[re.Match, Span]], published: date) -> date | None:
    """The day a text was written, by its day words with a weekday (``named``: the ``reldays`` matches with a
    weekday and their days): "أمس الأحد" in a Tuesday paper tells Monday. None unless they all tell the same day,
    one to ``stale_text_days`` days before ``published``."""
    told = {span.start - timedelta(days=CAL.relative_days[_words(m.group("reldays_word"))]) for m, span in named}
    if len(told) != 1:
        return None
    day = told.pop()
    return day if 0 < (published - day).days <= CAL.stale_text_days else None


def on_the_texts_day(match: re.Match, day: date) -> Span:
    """A bare day word (``match``: a ``reldays`` match with no weekday) counted from the text's ``day``
    (:func:`texts_day`): "ليلة البارحة" in a text written on Monday is Sunday night."""
    return day_span(day + timedelta(days=CAL.relative_days[_words(match.group("reldays_word"))]), True)


_SENTENCE_END_RE = re.compile(r"[.!?؟\n]")


def _then_and_now(word: str, before: str, after: str) -> bool:
    """Whether ``أمس`` and ``اليوم`` follow the same verb in one sentence, the past verb before أمس
    and its present before اليوم: "من دافع أمس عن بن لادن هو من يدافع اليوم" is then and now."""
    if word == "اليوم":
        text = _SENTENCE_END_RE.split(before)[-1] + " اليوم"
    else:
        text = f"{_previous_word(before)} امس {_SENTENCE_END_RE.split(after)[0]}"
    words = _WORDS_RE.findall(text)
    past = {words[i - 1] for i, w in enumerate(words) if i and w.lstrip("وف") == "امس"}
    present = {words[i - 1] for i, w in enumerate(words) if i and w.lstrip("وف") == "اليوم"}
    return any(p[:1] in "يتن" and p[1:] in past for p in present)


_STATE_ENDINGS = ("ونه", "ونها", "ون", "ان", "ين", "ها", "هم", "ه", "نا")


def _state_verb(word: str, stems: frozenset[str] | None = None, persons: str = "يتن") -> bool:
    """Whether ``word`` is a present form of a verb of ``stems`` (``today_state_verbs`` unless given; listed as
    يفعل): تظهر، وتعاني، تمتلكها، يدفعها، يملؤون."""
    if word[:1] in "وف" and len(word) > 4:
        word = word[1:]
    if word[:1] not in persons:
        return False
    stems = CAL.today_state_verbs if stems is None else stems
    candidates = [word] + [word[: -len(e)] for e in _STATE_ENDINGS if word.endswith(e) and len(word) - len(e) >= 3]
    return any("ي" + c[1:] in stems for c in candidates)


def _come_to(clause: str) -> bool:
    """Whether a bare ``اليوم`` follows "what (it) has come to": ``ما`` (a clitic joined), a past verb of arriving or
    ending (``calendar.yaml``'s ``today_come_to_verbs``) and ``إليه``, with at most two words (its subject) before
    ``اليوم``::

        مسؤولية ما وصلت إليه الأمور     -> True
        المدينة التي وصل إليها          -> False
    """
    words = _WORDS_RE.findall(clause)[-5:]
    for i in range(max(2, len(words) - 3), len(words)):
        if (
            words[i] == "اليه"
            and words[i - 1] in CAL.today_come_to_verbs
            and re.fullmatch(r"[وفبلمع]?ما", words[i - 2])
        ):
            return True
    return False


_CLAUSE_END_RE = re.compile(r"[.!?؟\n،,:;؛]")


def _than_ever(clause: str, after: str) -> bool:
    """Whether the clause after a bare ``اليوم`` (up to the next stop or comma, within 100 characters) compares it
    with all earlier time (``calendar.yaml``'s ``today_ever_phrases``: "أكثر من أي وقت مضى", "من ذي قبل", "مما كان
    عليه"), and no word of a schedule (``today_comment_event_words``, ``schedule_verbs``) stands in its clause before
    it::

        بأننا في حاجة  / أكثر من أي وقت مضى بأن ندلف                 -> True
        ويخوض الفريقان المباراة  / وسط وضع متباين عما كان عليه وضع   -> False (a match: a day)
    """
    rest = _CLAUSE_END_RE.split(after[:100])[0]
    if not any(phrase in rest for phrase in CAL.today_ever_phrases):
        return False
    schedule = CAL.today_comment_event_words | CAL.schedule_verbs
    return not any(w in schedule or (w[:1] in "وف" and w[1:] in schedule) for w in _WORDS_RE.findall(clause))


@lru_cache(maxsize=1)
def _then_adverbs_re() -> re.Pattern[str]:
    phrases = "|".join(re.escape(p) for p in sorted(CAL.today_then_adverbs, key=len, reverse=True))
    return re.compile(rf"(?<!\w)[وفب]?(?:{phrases})(?!\w)" if phrases else r"(?!)")


def _then_named_before(before: str) -> bool:
    """Whether the sentence before a bare ``اليوم`` (``before``: up to 400 normalised characters) names a time back
    then (``calendar.yaml``'s ``today_then_adverbs``: آنذاك، وقتها، في حينها، تلك الفترة), and no time of the day
    stands right before it (``today_comment_day_words``)::

        في مدينة كراتشي التي كانت آنذاك الوجهة رقم 20 ... بلغ عدد وجهاتها   -> True
        وكان قد وصل مساء                                               -> False
    """
    sentence = _SENTENCE_END_RE.split(before)[-1]
    words = _WORDS_RE.findall(sentence[-30:])
    if words and words[-1] in CAL.today_comment_day_words:
        return False
    return bool(_then_adverbs_re().search(sentence))


def _obligation(clause: str) -> bool:
    """Whether a bare ``اليوم`` stands in a clause of what must be done now: a word of ``today_obligation_words`` (a
    clitic و/ف allowed) among the seven words before it, or one of ``today_obligation_owners`` then ``أن``; not right
    after a time of the day (``today_comment_day_words``)::

        يجب أن ينخرط البلدان                -> True
        عليه أن يضع هذا البلد               -> True
        تمت الصلاة عليه بعد فجر             -> False
    """
    words = _WORDS_RE.findall(clause)
    if not words or words[-1] in CAL.today_comment_day_words:
        return False
    last = words[-7:]
    if any(w in CAL.today_obligation_words or (w[:1] in "وف" and w[1:] in CAL.today_obligation_words) for w in last):
        return True
    return any(a in CAL.today_obligation_owners and b == "ان" for a, b in pairwise(last))


def _obligation_participle(word: str) -> bool:
    """One of ``calendar.yaml``'s ``today_obligation_participles``, a clitic و/ف allowed."""
    return word in CAL.today_obligation_participles or (
        word[:1] in "وف" and word[1:] in CAL.today_obligation_participles
    )


def _participle_before(words: list[str]) -> bool:
    """Whether the clause before a bare ``اليوم`` (its ``words``) ends on a participle of obligation or need, or on
    one and what is needed (``today_need_objects``: "في أمس الحاجة إليها")."""
    if words and words[-1] in CAL.today_need_objects:
        words = words[:-1]
    return bool(words) and _obligation_participle(words[-1])


def _need_after(rest: list[str]) -> bool:
    """Whether the words right after a bare ``اليوم`` (``rest``: up to the next stop or comma) open on a participle of
    obligation or need (``today_obligation_participles``), or on need's noun after في or ب and one of
    ``today_need_superlatives``, or after في alone (the round of sample 176)::

        في اشد الحاجه الى جمع الكلمه   -> True
        باشد الحاجه اليها               -> True
        ملزمه بتطبيق                    -> True
        هو الحاجه في الاستمرار          -> False (need's noun as a predicate: "the impression today is the need")
        امس                             -> False (today and yesterday)
    """
    at = 1 if rest[:1] == ["في"] else 0
    if at < len(rest) and rest[at][:1] == "ب" and rest[at][1:] in CAL.today_need_superlatives:
        at += 1  # "بأشد الحاجة"
    elif at < len(rest) and rest[at] in CAL.today_need_superlatives:
        at += 1  # "في أشد الحاجة"
    elif at == 0:  # a participle first: "ملزمة", "بحاجة"; need's bare noun only after في or a superlative
        return bool(rest) and _obligation_participle(rest[0]) and rest[0] not in ("حاجه", "الحاجه")
    return at < len(rest) and _obligation_participle(rest[at])


def _obliged_now(clause: str, after: str) -> bool:
    """Whether a bare ``اليوم`` stands right after a participle of obligation or need (``calendar.yaml``'s
    ``today_obligation_participles``, a clitic و/ف allowed), or after one and what is needed (``today_need_objects``),
    or right before one (:func:`_need_after`): the present duty or want of its subject, and no word of a schedule
    (``today_comment_event_words``, ``schedule_verbs``) in its clause before it or after it (up to the next stop or
    comma, within 100 characters)::

        فإن مجلس التعاون الخليجي مطالب  / مع الأطراف الفاعلة     -> True
        المملكة بحاجة  / لسياسة سكانية واضحة                     -> True
        التي نحن في أمس الحاجة إليها  / .                         -> True
        أن المسلمين  / في أشد الحاجة إلى جمع الكلمة               -> True
        الفريق مطالب  / بالفوز في مباراة الإياب                  -> False (a match: a day)
    """
    words = _WORDS_RE.findall(clause)
    rest = _WORDS_RE.findall(_CLAUSE_END_RE.split(after[:100])[0])
    if not (_participle_before(words) or _need_after(rest)):
        return False
    schedule = CAL.today_comment_event_words | CAL.schedule_verbs
    return not any(w in schedule or (w[:1] in "وف" and w[1:] in schedule) for w in words + rest)


#: the relative ما or من with a clitic joined (عما، مما، بما، لما، ومن، فمن، لمن، ممن), not كما ("also" as often as "as")
_ANYONE_RELATIVE_RE = re.compile(r"[وفبلعم]?(?:ما|من)")
#: a first person plural's object pronoun: نشهدها، نقرأه، نشاهدهم
_OBJECT_PRONOUN_ENDINGS = ("ها", "هم", "ه")


def _anyone_perceiving(clause: str) -> bool:
    """Whether a bare ``اليوم`` stands right after a present verb of seeing, watching, witnessing or reading
    (``calendar.yaml``'s ``today_perceiving_verbs``) whose subject is anyone: after the relative ``ما`` or ``من`` (a
    clitic joined, not ``كما``), or in the first person plural with its object pronoun: what anyone sees or reads
    nowadays, no day::

        بعكس ما يشاهد                 -> True
        لان من يقرأها                 -> True
        ولا كل القصور التي نشهدها     -> True
        التي يشهدها                   -> False (a third person after another word: "التي يشهدها اليوم الملعب")
        ونحن نشهد                     -> False (no object pronoun; today_nowadays_verbs decides)
    """
    words = _WORDS_RE.findall(clause)[-2:]
    if not words or not _state_verb(words[-1], CAL.today_perceiving_verbs):
        return False
    verb = words[-1][1:] if words[-1][:1] in "وف" and len(words[-1]) > 4 else words[-1]
    if verb.startswith("ن") and verb.endswith(_OBJECT_PRONOUN_ENDINGS):
        return True
    return len(words) == 2 and _ANYONE_RELATIVE_RE.fullmatch(words[0]) is not None


_FACED_CLITICS = ("وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل")


def _facing_difficulty(clause: str, after: str) -> bool:
    """Whether a bare ``اليوم`` stands right after a present form of "to face" (``calendar.yaml``'s
    ``today_facing_verbs``; its subject may stand between) whose object is a difficulty (``today_facing_objects``, a
    clitic and the article allowed): a noun of them among the four words before the verb (a relative clause) or the
    word right after ``اليوم``; not after a time of the day (``today_comment_day_words``)::

        لأبرز التحديات التي يواجهها القطاع      -> True  (``after``: anything)
        تواجه إيران   / نتائج تعنتها            -> True
        عندما يواجه   / ضيفه ومواطنه            -> False (a match: a day)
    """
    words = _WORDS_RE.findall(clause)
    if not words or words[-1] in CAL.today_comment_day_words:
        return False
    verbs = [
        i for i in range(max(0, len(words) - 2), len(words)) if _state_verb(words[i], CAL.today_facing_verbs, "يتنا")
    ]
    if not verbs:
        return False

    def faced(word: str) -> bool:
        return any(word.startswith(c) and word[len(c) :] in CAL.today_facing_objects for c in ("", *_FACED_CLITICS))

    following = _WORDS_RE.findall(after[:40])[:1]
    return any(faced(w) for w in words[max(0, verbs[0] - 4) : verbs[0]]) or bool(following and faced(following[0]))


_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"})


def _state_in_clause(clause: str) -> bool:
    """Whether a clause holds a present verb of a state (:func:`_state_verb`) that is not a relative
    clause's: "من يقود العملية السياسية في اليمن اليوم جيل جديد" is nowadays, "قصفت مواقع لجبهة
    النصرة ... اليوم" after "التحالف الذي تقوده الولايات المتحدة" a day."""
    words = _WORDS_RE.findall(clause)
    return any(_state_verb(w) and (i == 0 or words[i - 1] not in _RELATIVES) for i, w in enumerate(words))


def _becoming_in_clause(clause: str) -> bool:
    """Whether a clause before a bare ``اليوم`` holds a past verb of becoming (``calendar.yaml``'s
    ``today_becoming_verbs``, a clitic و/ف allowed) that is its own: not one of an earlier اليوم of the clause (``فقد
    أصبح أسمك منذ اليوم أم الشهيد الذي غاب عنا``), and not with a time of the day, the writer's act of writing (the
    column's ``today_comment_day_words``) or هذا right before it (``وأصبحنا نفكر في لقاء عمان مساء``, ``باتت تحت السيطرة
    بعد عمليات تمشيط ... وصباح هذا``, ``قد أصبح في يد أمينة فلن أتحدث فيه``: a day), nor since or as of it (``منذ``,
    ``اعتبارا من``: from today on)::

        حتى أصبح مهرجان التمور                  -> True
        وأصبحنا نفكر في لقاء عمان مساء          -> False
    """
    words = _WORDS_RE.findall(clause)
    if not words or words[-1] in ("منذ", "ومنذ", "من", "هذا"):
        return False
    if any(w in CAL.today_comment_day_words or w[1:] in CAL.today_comment_day_words for w in words[-2:]):
        return False
    verbs = [
        i
        for i, w in enumerate(words)
        if w in CAL.today_becoming_verbs or (w[:1] in "وف" and w[1:] in CAL.today_becoming_verbs)
    ]
    return bool(verbs) and not any(w.lstrip("وفبل") == "اليوم" for w in words[verbs[-1] :])


def _definite_subject(word: str) -> bool:
    """Whether ``word`` is a definite noun that can open a nominal sentence (``المعادلة``; a clitic و/ف
    allowed), not a weekday or a time of the day."""
    if word[:1] in "وف" and word[1:3] == "ال":
        word = word[1:]
    return (
        word.startswith("ال")
        and len(word) > 4
        and not _DEFINITE_LOOKING_VERB_RE.fullmatch(word)
        and word[2:] not in CAL.weekdays
        and word not in CAL.weekdays
        and word[2:] not in CAL.today_tomorrow_times
    )


def _after_saying(before: str) -> bool:
    """Whether ``before`` ends on a quotation's opening: a colon (``وأضاف: ``, ``فقال: «``) or a quotation mark
    right after a verb of saying (``tense.reporting_verbs``, with و/ف: ``وأضاف "``; not ``أصدر "اليوم المرسوم``)."""
    if _QUOTE_OPENS_RE.search(before):
        return True
    mark = _QUOTE_MARK_OPENS_RE.search(before)
    if not mark:
        return False
    verb = mark.group(1)
    return verb in CAL.reporting_verbs or (verb[:1] in "وف" and verb[1:] in CAL.reporting_verbs)


def _owned_state_noun(word: str) -> bool:
    """Whether ``word`` is a state noun of ``today_state_nouns`` with an owner's pronoun (``وواقعها``, ``حاله``;
    clitics و/ف/ب/ل/ك allowed)."""
    for clitics in range(3):
        stem = word[clitics:]
        if clitics and not all(c in "وفبلك" for c in word[:clitics]):
            break
        for owner in CAL.today_state_noun_owners:
            if stem.endswith(owner) and stem[: -len(owner)] in CAL.today_state_nouns:
                return True
    return False


def _present_verb(word: str) -> bool:
    """Whether ``word`` looks like a present verb that is not one of a schedule (``tense.schedule_verbs``):
    ي/ت/ن + at least three letters, not a verbal noun تفعيل or a word with a noun's ending (تحديد،
    تراجعاً، تداولات)."""
    if word[:1] in "وف" and len(word) > 4:
        word = word[1:]
    if not re.fullmatch(r"[يتن]\w{3,}", word) or word in CAL.schedule_verbs or word.endswith(("ات", "ه", "ا")):
        return False
    if word[1] == "ا":  # فاعل: "المتحدة اليوم نائب الرئيس اليمني" (received, today, the vice-president)
        return False
    return not (word[0] == "ت" and len(word) == 5 and word[3] == "ي")


def _now_against_then(before: str) -> bool:
    """Whether a bare ``اليوم`` (``before``: up to 400 normalised characters before it) follows a contrast
    word (``بينما، لكن، إلا أن``, a clitic و/ف allowed) in a sentence that set an earlier time before it
    (``كان، سابقا، آنذاك``): now against then, no day (``calendar.yaml``'s ``today_contrast_words`` and
    ``today_contrast_then_words``)."""
    tail = before[-40:]
    contrast = _CONTRAST_END_RE.search(tail)
    if not contrast:
        return False
    sentence = re.split(r"[.!?؟\n]", before[: len(before) - len(tail) + contrast.start()])[-1]
    then = CAL.today_contrast_then_words
    return any(w in then or (w[:1] in "وف" and w[1:] in then) for w in _WORDS_RE.findall(sentence))


def _then_years_back(before: str) -> bool:
    """Whether the sentence before a bare ``اليوم`` (``before``: up to 400 normalised characters) sets a time
    years back (:data:`_AGO_RE`) and, after it, a verb of being of ``today_contrast_then_words`` (a clitic و/ف
    allowed): now against then, no day ("قبل سنتين كان هناك سبعة ملايين يمني ...، وقد تضاعف العدد اليوم").
    A past named before the time years back is news of the day: "كان قد اعتقل قبل عامين وأفرج عنه اليوم"."""
    sentence = re.split(r"[.!?؟\n]", before)[-1]
    ago = _AGO_RE.search(sentence)
    if not ago:
        return False
    then = CAL.today_contrast_then_words
    return any(w in then or (w[:1] in "وف" and w[1:] in then) for w in _WORDS_RE.findall(sentence[ago.end() :]))


def _against_tomorrow(after: str) -> bool:
    """Whether the words right after a bare ``اليوم`` set it against tomorrow, a figure (``calendar.yaml``'s
    ``today_tomorrow_figures``, a clitic و/ف allowed past the word after it): "أطفالنا اليوم جنود الغد" (sample 67),
    "اليوم قبل الغد", "اليوم – وليس غدًا", "فاليوم عدن، والغد في صنعاء"; not a time of tomorrow's
    (``today_tomorrow_times``: "اليوم ونهار الغد") nor "اليوم والغد"."""
    figures = CAL.today_tomorrow_figures
    if not figures:
        return False
    words = _WORDS_RE.findall(after[:40])[:4]
    text = " ".join(words)
    if any(" " in phrase and (text + " ").startswith(phrase + " ") for phrase in figures):
        return True
    for n, word in enumerate(words[1:], 1):
        previous = words[n - 1]
        previous = previous[1:] if previous[:1] in "وف" and len(previous) > 3 else previous
        # a clitic و/ف on tomorrow past the word after today (nondates2): "فاليوم عدن، والغد في صنعاء" (sample 29)
        word = word[1:] if word[:1] in "وف" and word[1:] in figures else word
        if word in figures and previous not in CAL.today_tomorrow_times:
            return True
    return False


def _day_in_comment(found: Found) -> bool:
    """Whether a bare ``اليوم`` in a comment piece is still a day by a frame of the day (the genre round): one of
    ``today_comment_day_words`` right before or after it (a time of the day: "حفل العشاء الذي أقامه مساء اليوم"; the
    writer's act of writing: "ولذا أكتب اليوم للمرة الثالثة", "أخص بحديثي هذا اليوم"), one of
    ``today_comment_event_words`` in its clause or right after it (an event of a schedule: "عندما يلتقيان اليوم على
    استاد برج العرب", "يستضيف آرسنال وستهام اليوم"), the writer's own future right before or after it ("سأقول اليوم
    ما يلي", "لكن اليوم سأحكي"), a future marker or a reporting verb in its clause ("الهلال سيستفز اليوم", "أعلنت
    وزارة الداخلية البحرينية اليوم انها")."""
    before, after = found.before, found.after
    following = _next_word(after)
    following = following[1:] if following[:1] in "وف" else following
    if _after_one_of(_THIS_END_RE.sub("", before), CAL.today_comment_day_words) or following in (
        CAL.today_comment_day_words | CAL.today_comment_event_words
    ):
        return True
    if _FIRST_PERSON_FUTURE_RE.match(after) or _FIRST_PERSON_FUTURE_WORD_RE.fullmatch(_previous_word(before)):
        return True
    for word in _WORDS_RE.findall(clause_before(before, len(before))):
        bare = word[1:] if word[:1] in "وف" else word
        if {word, bare} & (CAL.reporting_verbs | CAL.today_comment_event_words):
            return True
    return found.future


def _nowadays(before: str, after: str) -> bool:
    """Whether a bare ``اليوم`` (no weekday) is "nowadays", "until now" or another day by its
    neighbours (``calendar.yaml``'s ``today_nowadays_after``, ``today_false_two_before``,
    ``today_nowadays_next``)."""
    # the neighbour words with nothing but spaces (or a dash) between: "درع المجتمع، اليوم" is a day
    previous = _ADJACENT_BEFORE_RE.search(before[-40:])
    following = _ADJACENT_AFTER_RE.match(after[:40])
    if previous and _after_one_of(previous.group(1), CAL.today_nowadays_after):
        return True
    if following and following.group(1) in CAL.today_nowadays_next:
        return True
    if _against_tomorrow(after):
        return True
    if previous and following and (_present_verb(following.group(1)) or following.group(1) in CAL.today_copulas):
        # a definite subject, اليوم, then a present verb: "مستويات الأجور اليوم تعكس مخاوف المستثمرين",
        # "فالمسألة اليوم تتعلق بمصالح الشعب اليمني" (news of the day puts its verb first); or a pronoun of
        # separation: "المصارحة اليوم هي امر لا بد منه"
        subject = previous.group(1)
        subject = subject[1:] if subject[:1] in "وف" and len(subject) > 4 else subject
        if (subject.startswith("ال") and len(subject) > 3) or subject.endswith("نا") or subject in ("هم", "هاهم"):
            return True
    if _SENTENCE_START_RE.search(before) and not (following and following.group(1) in CAL.schedule_verbs):
        # a sentence that opens on a bare "اليوم" speaks of the present, not of a day: "اليوم يتكرر
        # المشهد نفسه في الصين", "واليوم تنخرط المملكة في حرب" (news of the day puts اليوم after its
        # verb: "أعلنت الوزارة اليوم"; with a weekday, a time of day or a verb of a schedule it stays a
        # day: "اليوم يخوض الهلال ثاني مبارياته")
        return True
    if following and _QUOTE_OPENS_RE.search(before) and _present_verb(following.group(1)):
        # a quotation that opens on a bare "اليوم" and a present verb speaks of the present, as a sentence
        # does: "فقال: «اليوم يتحول العالم شيئا فشيئا إلى قرية صغيرة" (sample 57), "«اليوم نرى تنامي وتيرة
        # التشرذم" (a past verb keeps the day: "«اليوم التقينا بعض الأطفال»")
        return True
    if following and _after_saying(before) and _definite_subject(following.group(1)):
        # ... and so does one that opens on "اليوم" and a definite subject, a nominal sentence, with or without a
        # colon after the verb of saying (the round of sample 68): "وأضاف "اليوم المعادلة اختلفت فهنالك أرض"
        # (sample 68); a verb right after it keeps the day: "وقال: «اليوم التقينا»"
        return True
    last = _WORDS_RE.findall(before[-20:])[-1:]
    if last and _owned_state_noun(last[0]):
        return True  # "وواقعها اليوم في غاية الإيجاع" (sample 68): how its own state stands now
    words = _WORDS_RE.findall(before[-40:])[-2:]
    if len(words) < 2:
        return False
    first = words[0][1:] if words[0][:1] in "وفبل" and len(words[0]) > 3 else words[0]
    noun = {
        words[0],
        words[0][1:] if words[0][:1] in "وفبلك" else "",
        words[0][2:] if words[0][:2] in ("وب", "فب", "ول", "وك") else "",
    }
    if noun & CAL.today_state_nouns and words[1].startswith("ال"):
        return True  # "أشبه بحال العرب اليوم" (sample 57), "عن واقع الإعلام اليوم": how a thing stands now
    return (first, words[1]) in CAL.today_false_two_before or (words[0], words[1]) in CAL.today_false_two_before


def _habitual(found: Found, weekend: bool = False) -> bool:
    """Whether a bare weekday or weekend is a habit: ``أيام الجمعة``, ``عطلات نهاية الأسبوع``, ``تعقد
    اجتماعاتها عادة يوم الأحد``; a weekend also after ``إذا``/``مثلا`` in its clause or shortly after
    ``يوميا``/``أيام الأسبوع`` or joined to the holidays after it, ``نهاية الأسبوع والعطلات`` (``calendar.yaml``'s
    ``habitual_*``, ``weekend_habitual_*``)."""
    before, after = found.before, found.after
    # the word before the holiday ("ما عدا عطلة نهاية الأسبوع") or before the list of weekdays
    # ("أيام الثلاثاء والخميس والسبت", "عدا الجمعة والسبت")
    before = (_WEEKEND_HOLIDAY_RE if weekend else _WEEKDAY_LIST_RE).sub("", before)
    if _after_one_of(before, CAL.habitual_before) and not _DAYS_NUMBERED_AFTER.match(after):
        return True
    markers = _WEEKEND_HABITUAL_RE if weekend else _HABITUAL_RE
    if markers.search(clause_before(before, len(before))):
        return True
    if weekend and _WEEKEND_HOLIDAYS_AFTER_RE.match(after):
        return True
    return weekend and any(phrase in before for phrase in CAL.weekend_habitual_near)


_DAY_NUMBER_AFTER = re.compile(r"\W*(?:ال)?\W*\d")


def _weekday(found: Found) -> Span:
    """``الثلاثاء`` (the last Tuesday on or before publication), ``يوم الأحد القادم``."""
    get, published = found.get, found.published
    weekday = CAL.weekdays[get("wd")]
    if (
        _GLUED_BI_RE.match(found.match.group(0))  # "أعلق قلبه بالجمعة", "التآلف بالاثنين": never a day
        or (
            weekday == 0
            and not get("mod")
            and _GLUED_LIL_RE.match(found.match.group(0))
            and not _DAY_NUMBER_AFTER.match(found.after)
        )  # "سيرة ذاتية للاثنين": the two
        or _after_one_of(found.before, CAL.weekday_false_after[weekday])  # "كل خميس", "ومنابر الجمعة"
        or _family_name(found.before)  # "محمد الخميس", "عبدرب الرسول الخميس": a family name
        or _after_one_of(found.before, CAL.weekday_publication_words)  # "ونُشر في مجلة «الاثنين»": a title
        or _column_heading(found)  # "نثرات الخميس ـــ 22 ـــ", "* حافز السبت:": a column's name
        or (_bare_weekday(found) and _ROAD_END_RE.search(found.before[-40:]))  # "طريق بيشة – الخميس": a town
        or (
            _bare_weekday(found) and weekday in _family_weekdays(found.match.string)
        )  # "وقال الخميس :" of a named الخميس
        or _next_word(found.after) in CAL.weekday_false_before[weekday]
        or (weekday == 0 and _bare_weekday(found) and _after_definite_plural(found.before))  # "المرشحين الاثنين"
        or (weekday == 0 and _bare_weekday(found) and _after_one_of(found.before, CAL.two_after_words))  # "أن الاثنين"
        or " ".join(_WORDS_RE.findall(found.before[-30:])[-2:]) in CAL.weekday_false_after_two[weekday]
        or _HABITUAL_AFTER.match(found.after)
        or (not get("mod") and _habitual(found))
    ):
        raise Reject
    shift = _modifier_shift(get("mod")) if get("mod") else None
    this = shift is None and _bare_weekday(found) and _after_one_of(found.before, CAL.weekday_this_words)
    reads_ahead = found.future or found.scheduled or _aside_ahead(found) or _coming_act_day(found, weekday)
    if this or (shift is None and reads_ahead and not _DAY_NUMBER_AFTER.match(found.after)):
        # "هذا الخميس" (sample 87): this week's, on or after publication;
        # the first such weekday on or after publication: a paper of Saturday 8 August writes the night
        # before "وهو يبدأ مغامرته السبت على ارضه" of that very Saturday (a week on is "السبت المقبل");
        # not with a day number after it that the grammar left out ("مساء يوم الخميس الـ30 من شهر يوليو")
        day = published + timedelta(days=(weekday - published.weekday()) % 7)
    elif shift is None and reads_ahead:
        day = published + timedelta(days=(weekday - published.weekday()) % 7 or 7)
    elif shift is not None and shift > 0:
        day = published + timedelta(days=(weekday - published.weekday()) % 7 or 7)
        day += timedelta(weeks=max(shift, 1) - 1)  # الأحد بعد المقبل
    elif shift is None and (ahead := _day_set_ahead(found)) is not None:
        # "ابتداء من بعد غد ولمدة ثلاثة أيام ... خصص يوم الأحد ...، الاثنين ...، والثلاثاء" (sample 56): the list
        # goes on from the day the text set ahead
        day = ahead + timedelta(days=(weekday - ahead.weekday()) % 7)
        if (
            day > ahead
            and day - timedelta(weeks=1) > published
            and _named_before_in_list(found, weekday)
            and not _LIST_WEEK_AFTER_RE.match(found.after)  # "ثم ... الأحد والاثنين والثلاثاء الأسبوع ما بعد المقبل"
        ):
            # "تحاضر ... غدا ...، ... الجمعة ...، ... السبت ...، ... الأحد، بينما تشمل ورش العمل ... الجمعة" (sample
            # 114, a Wednesday paper, a fair of five days): the list names its days again, the same Friday, not the next
            day -= timedelta(weeks=1)
    elif shift is None and (named := _named_as_tomorrow(found, weekday)) is not None:
        # "واعلنت نقابة الموظفين ... عن تظاهرة امام البرلمان مساء الاربعاء" and "يوم غد (الاربعاء)" later (sample
        # 306): the text names that weekday as tomorrow, the same day
        day = named
    else:
        day = last_weekday(published, weekday, strictly_before=shift is not None and shift < 0)
        if shift is not None and shift < -1:
            day -= timedelta(weeks=-shift - 1)  # "الاربعاء قبل الماضي": the one before the last (read as the last)
    return day_span(day, True)


_WEEKDAY_WORD_RE = re.compile(rf"ال(?:{'|'.join(sorted(CAL.weekdays, key=len, reverse=True))})(?!\w)")


#: a column's heading: the noun in construct heading its line (after bullets), "* حافز السبت:", "نثريات الخميس - 24"
_LINE_HEAD_NOUN_RE = re.compile(r"[^\w\n]*(?!ال)\w+\s+")
#: ... with its number or a colon after the weekday (a tatweel dash is gone in the normalised text: "الخميس  22")
_HEADING_AFTER_RE = re.compile(
    r"[ \t\xa0]*(?:[-–—]+[ \t\xa0]*)?(?:رقم[ \t\xa0]*)?(?:\d+(?![ \t\xa0]*[/\\.\-][ \t\xa0]*\d)|:)"
)
#: ... or anywhere, its number closing the line with a dash or رقم before it: "مقتطفات السبت رقم 563 \n"
_NUMBER_CLOSING_LINE_RE = re.compile(r"[ \t\xa0]*(?:[-–—]+|رقم)[ \t\xa0]*\d+[ \t\xa0]*\n")


#: a road named by its two ends, the weekday the second: "على طريق بيشة – الخميس" (Khamis Mushait); the tatweel
#: dash is gone in the normalised text, two spaces left ("طريق بيشه  الخميس")
_ROAD_END_RE = re.compile(r"(?<!\w)طريق\s+\w+(?:[ \t\xa0]*[-–—/][ \t\xa0]*|[ \t\xa0]{2,})$")


def _column_heading(found: Found) -> bool:
    """Whether a bare weekday names a column or a rubric, in construct after an indefinite noun: the noun heads its
    line and a number or a colon follows (``نثرات الخميس ـــ 22 ـــ`` at the head of the text, ``* حافز السبت:``, ``*
    كتاب السبت:``), or a dash or ``رقم`` and a number close the line (``أهلا بكم في مقتطفات السبت رقم 563``); not
    after a time of day (``ليل الجمعة - السبت``)."""
    if not _bare_weekday(found):
        return False
    previous = _previous_word(found.before)
    if not previous or previous.startswith("ال") or previous in CAL.range_end_day_parts:
        return False
    if _NUMBER_CLOSING_LINE_RE.match(found.after):
        return True
    text, start = found.match.string, found.match.start()
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return bool(_LINE_HEAD_NOUN_RE.fullmatch(line) and _HEADING_AFTER_RE.match(found.after))


def _family_name(before: str) -> bool:
    """Whether the words before a weekday make it a family name: a first name (``محمد الخميس``, ``وأحمد
    الخميس`` in a list of names: sample 71) or a compound name's head two words before (``عبدرب الرسول الخميس``,
    ``calendar.yaml``'s ``weekday_name_heads``)."""
    previous = _previous_word(before)
    if previous in first_names() or (previous[:1] == "و" and previous[1:] in first_names()):
        return True
    words = _WORDS_RE.findall(before[-40:])[-2:]
    return len(words) == 2 and words[0] in CAL.weekday_name_heads


def _after_definite_plural(before: str) -> bool:
    """Whether the word before is a definite plural or dual in ين (``المرشحين``, ``والمتوفين``), not a name of
    ``two_after_plural_not`` (``البحرين``): "المرشحين الاثنين" is the two candidates."""
    word = _previous_word(before)
    if word[:1] in "وفبل" and word[1:3] == "ال":
        word = word[1:]
    return word.startswith("ال") and word.endswith("ين") and len(word) >= 7 and word not in CAL.two_after_plural_not


#: a bare weekday set off by commas: "يدشن ... الأمير خالد الفيصل، الاثنين، معرض" (sample 274), "ومن مصر، سينتقل كيري،
#: الإثنين، إلى الدوحة", "بينما تختتم المرحلة، الاثنين، بلقاء"
_ASIDE_BEFORE_RE = re.compile(r"[،,][ \t\xa0]*$")
_ASIDE_AFTER_RE = re.compile(r"[ \t\xa0]*[،,]")
#: how far back such an aside reads the clause before its first comma (a subject with its titles may be long)
ASIDE_REACH = 2 * CLAUSE_BEFORE


def _aside_ahead(found: Found) -> bool:
    """Whether a bare weekday set off by commas (``X، الاثنين، ...``) is an aside of the clause before its first
    comma that reads ahead: a future marker or a schedule verb there (``يدشن ... الأمير خالد الفيصل، الاثنين``, a
    Wednesday paper: the coming Monday, not the last). The comma ends the weekday's own clause, so
    :attr:`Found.future` and :attr:`Found.scheduled` see nothing; the clause is read up to :data:`ASIDE_REACH`
    characters back. A past verb there keeps the last such day (``وقال ... «بي بي سي»، الأحد، إن``)."""
    if not (_bare_weekday(found) and _ASIDE_BEFORE_RE.search(found.before) and _ASIDE_AFTER_RE.match(found.after)):
        return False
    text = found.match.string[: found.match.start()]
    text = _ASIDE_BEFORE_RE.sub("", text)
    clause = clause_before(text, len(text), ASIDE_REACH)
    return is_future(clause) or is_scheduled(clause)


def _coming_act(clause: str) -> bool:
    """Whether the clause before a weekday holds a present verb of a coming act that dates its act by a day
    (``tense.weekday_schedule_verbs``: ``يصل``, ``يستهل``, ``يزور``; with و, not ف: ``فيصل`` is a name) and no past
    marker, hypothesis or word of ``tense.weekday_schedule_not`` (``لم يصدر``, ``قبل أن يصل``: a past act)."""
    verbs = CAL.weekday_schedule_verbs
    words = _WORDS_RE.findall(clause)
    if not any(w in verbs or (w[:1] == "و" and w[1:] in verbs) for w in words):
        return False
    cancel = CAL.schedule_past_words | CAL.hypothetical_words | CAL.weekday_schedule_not
    return not any(w in cancel or (w[:1] in "وف" and w[1:] in cancel) for w in words)


def _coming_act_day(found: Found, weekday: int) -> bool:
    """Whether a weekday is the coming one by a verb of a coming act in its clause (:func:`_coming_act`): "يصل صباح
    يوم الأحد المحترف اليوناني" (2015-08-01-335, a Saturday paper: 2 August, not 26 July), "ويستهل برنامج المحاضرات
    ... يوم الخميس"; right after a comma (with or without one after it), by such a verb or a schedule verb in the
    clause before the comma ("يبدأ خبراء فنيون ... للصناعات الجوية، الاربعاء فحص قطعة الجناح", "يلعب السبت ليستر سيتي
    مع سندرلاند، والاحد نيوكاسل"). Not the start of a since period (``يبحث عن قارب مفقود منذ الأربعاء``), and not the weekday of
    the paper's yesterday: an agency's text written the day before tells that day in the present ("يفتح الأربعاء
    الصندوق" in a Thursday paper: the Wednesday before)."""
    if found.anchored or (found.published.weekday() - weekday) % 7 == 1:
        return False
    if _coming_act(clause_before(found.before, len(found.before))):
        return True
    if not (_bare_weekday(found) and _ASIDE_BEFORE_RE.search(found.before)):
        return False
    # right after a comma, with or without one after it: the clause before the comma, as an aside's
    text = _ASIDE_BEFORE_RE.sub("", found.match.string[: found.match.start()])
    clause = clause_before(text, len(text), ASIDE_REACH)
    return _coming_act(clause) or is_scheduled(clause)


def _bare_weekday(found: Found) -> bool:
    """A weekday written alone: no ``يوم`` before it, no modifier after it (``الخميس``, not ``يوم الخميس``)."""
    return not found.get("mod") and "يوم" not in found.match.group(0)


# the words before any weekday that make it a family name (a title, علي), not كل ("كل خميس")
_TITLES = frozenset.intersection(*CAL.weekday_false_after.values()) - {"كل"}


@lru_cache(maxsize=8)
def _family_weekdays(text: str) -> frozenset[int]:
    """The weekdays a text uses as a person's family name (after a first name, a title or a compound name's
    head: ``رئيس المهرجان عبد رب الرسول الخميس``); a bare one elsewhere in the text is that person (``وقال
    الخميس : إن الجهود تكاتفت``, sample 59)."""
    found = set()
    for m in _WEEKDAY_WORD_RE.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        if _family_name(before) or _after_one_of(before, _TITLES):
            found.add(CAL.weekdays[m.group(0)[2:]])
    return frozenset(found)


# the list's weekdays, then a week named after them: "الأحد والاثنين والثلاثاء الأسبوع ما بعد المقبل" (a week on)
_LIST_WEEK_AFTER_RE = re.compile(rf"(?:\W*و?{_WEEKDAY_WORD_RE.pattern})*\W*(?:من\s+)?الاسبوع")


def _named_before_in_list(found: Found, weekday: int) -> bool:
    """Whether the sentence of a bare weekday that a list of days set ahead moves on names that weekday already
    before the day the list last set (``found.anchor_at``): the list has come round to its days again."""
    text, anchor_at = found.match.string, found.anchor_at
    if anchor_at is None:
        return False
    ends = list(_PERIOD_SENTENCE_END_RE.finditer(text, 0, anchor_at[0]))
    start = ends[-1].end() if ends else 0
    return any(CAL.weekdays[m.group(0)[2:]] == weekday for m in _WEEKDAY_WORD_RE.finditer(text, start, anchor_at[0]))


_TOMORROW_WORDS = "|".join(sorted((w for w, n in CAL.relative_days.items() if n == 1), key=len, reverse=True))
_WEEKDAY_WORDS = "|".join(sorted(CAL.weekdays, key=len, reverse=True))
#: tomorrow with its weekday: "غدا الأربعاء", "يوم غد (الاربعاء)", "بعد غد الأربعاء"
_TOMORROW_WEEKDAY_RE = re.compile(
    rf"(?<!\w)(?:{_TOMORROW_WORDS})\s*[(\"«]?\s*(?:يوم\s+)?ال(?P<wd>{_WEEKDAY_WORDS})(?!\w)"
)


def _named_as_tomorrow(found: Found, weekday: int) -> date | None:
    """The day ahead the text names as tomorrow with this weekday, before or after it ("يوم غد (الاربعاء)", "غدا
    الأحد", "بعد غد الأربعاء": the first such day after publication, at most ``tomorrow_weekday_ahead_max`` days
    ahead), when the weekday (without a modifier) has no past before it: no verb of saying just before
    (``reporting_verbs``: "قالت ... الأربعاء", the saying's day), no ``weekday_after_ahead_past_words`` in its clause;
    None otherwise. Not after "الأربعاء المقبل": a stale text's "next Monday" is often the Monday just past, and a
    past verb ("عثر على القطعة ... الأربعاء") is not told from a present one (see ``calendar.yaml``)."""
    if found.get("mod") or found.published is None:
        return None
    if _previous_word(found.before) in CAL.reporting_verbs:
        return None
    if set(_WORDS_RE.findall(clause_before(found.before, len(found.before)))) & CAL.weekday_after_ahead_past_words:
        return None
    published = found.published
    days = (weekday - published.weekday()) % 7 or 7
    if days > CAL.tomorrow_weekday_ahead_max:
        return None
    for m in _TOMORROW_WEEKDAY_RE.finditer(found.match.string):
        if CAL.weekdays[m.group("wd")] == weekday and not m.start() <= found.match.start() < m.end():
            return published + timedelta(days=days)
    return None


def _day_set_ahead(found: Found) -> date | None:
    """The day the text set just before a bare weekday, when it lies ahead (within ``weekday_after_ahead_days``
    after publication, ending at most ``weekday_after_ahead_gap`` characters before, no paragraph between) and
    the weekday's clause says no past (``weekday_after_ahead_past_words``); None otherwise."""
    anchor, published = found.anchor, found.published
    if anchor is None or found.anchor_at is None:
        return None
    gap = found.match.start() - found.anchor_at[1]
    if gap > CAL.weekday_after_ahead_gap:
        return None
    if anchor.precision != "day" or anchor.extent != "point":
        return None  # "تصل طائرات ... في اليومين المقبلين، ... الطائرة التي هبطت الأربعاء"
    if not published < anchor.start <= published + timedelta(days=CAL.weekday_after_ahead_days):
        return None
    between = found.match.string[max(0, found.match.start() - gap) : found.match.start()]
    weekday = CAL.weekdays[found.get("wd")]
    same = weekday == anchor.start.weekday()
    named = _WEEKDAY_WORD_RE.search(found.match.string[slice(*found.anchor_at)])
    if "\n" in between or (_PERIOD_SENTENCE_END_RE.search(between) and (not same or named)):
        # another paragraph; another sentence, unless it names the day set by a word ("بعد غد ... . ... يوم الأحد"),
        # not the weekday again ("اعتباراً من الاربعاء. وعثر على القطعة ... الاربعاء": the last one)
        return None
    if not _WORDS_RE.search(between) and not same and not found.match.group(0).lstrip().startswith("و"):
        return None  # "سينطلق غدا "الأربعاء"" in a Thursday paper: a stale text's own day, not a list ("والثلاثاء" is)
    if _previous_word(found.before) in CAL.reporting_verbs:
        return None  # "بحسب ما اعلن الاربعاء": the saying's day
    if set(_WORDS_RE.findall(clause_before(found.before, len(found.before)))) & CAL.weekday_after_ahead_past_words:
        return None
    if same and _next_word(found.after) in CAL.weekday_after_ahead_next_words:
        return anchor.start + timedelta(days=7)  # "من السبت 25 يوليو وحتى السبت التالي"
    return anchor.start


def _since(found: Found) -> Span:
    """``منذ العام 2011``: from the start of the anchor to the publication date."""
    m = found.match
    for name in ANCHOR_BRANCHES:
        if m.group(f"s_{name}") is not None:
            anchor = RESOLVERS[name](Found(m, f"s_{name}_", found.published, found.before, found.after, anchored=True))
            # "Since" runs to the publication date; an anchor after it (a typo or a
            # wrong publication date) keeps just the anchor rather than a reversed range.
            return Span(anchor.start, max(found.published, anchor.end), anchor.precision, True, "since")
    raise AssertionError(m.group())


def _ago(found: Found) -> Span:
    """``منذ ستّ سنوات``, ``قبل ثلاثة أشهر``, ``منذ عامين``: the single period N units back (``منذ``
    marks it an open period from then on); ``بعد شهرين`` in a clause in the future: N units ahead."""
    get, published = found.get, found.published
    word = get("word")
    # ... counted from today when it says so: "قبل أسبوع من اليوم", "قبل ثلاثة عقود من اليوم" (sample 226's round)
    now = bool(get("now"))
    if word == "بعد" and not now and (not found.future or re.match(r"\s*(?:من|على)\b", found.after)):
        raise Reject  # بعد يومين من الحادث: counted from an event, not from the publication date
    sign = 1 if word == "بعد" else -1
    if get("dual"):
        count, unit_word = 2, get("dual")
    elif get("one"):
        count, unit_word = 1, get("one")
    else:
        number = _words(get("n"))
        count, unit_word = (int(number) if number.isdigit() else CAL.numbers[number]), get("unit")
    unit = CAL.periods[unit_word]
    if unit == "decade":
        if word != "منذ" and not now:
            raise Reject  # قبل عقد الاجتماع: before holding the meeting
        unit, count = "year", count * 10
    if word != "بعد" and not now and re.match(r"\s*من\s+(?!الزمن)", found.after):
        raise Reject  # قبل 18 شهرا من انتهاء الولاية: counted from an event, not from the publication date
    count *= sign
    if unit == "year":
        span = year_span(published.year + count, True)
    elif unit == "month":
        span = month_span(*add_months(published.year, published.month, count), True)
    elif unit == "week":
        span = week_of(published + timedelta(weeks=count))
    else:
        span = day_span(published + timedelta(days=count), True)
    return replace(span, extent="since") if word == "منذ" else span


def _earlier(found: Found) -> Span:
    """``في وقت سابق هذا الشهر``: this month up to publication; ``لاحق``: from it on."""
    published = found.published
    month = month_span(published.year, published.month, True)
    if found.get("when") == "سابق":
        return Span(month.start, published, "month", True)
    return Span(published, month.end, "month", True)


def _weekend(found: Found) -> Span:
    """``نهاية الأسبوع``: the most recent weekend begun by publication; ``المقبل`` the next."""
    published = found.published
    if not (found.get("this") or found.get("mod")) and _habitual(found, weekend=True):
        raise Reject  # "إذا كنت تقضي عطلة نهاية الأسبوع عند الأصدقاء": a habit
    if not (found.get("this") or found.get("mod")) and _WEEK_ORDINAL_AFTER_RE.match(found.after):
        raise Reject  # "في نهاية الأسبوع الثالث من رمضان": the end of a numbered week, no weekend
    week = week_of(published)
    if found.get("mod"):
        return weekend_of(week_of(week.start + timedelta(days=7 * _modifier_shift(found.get("mod")))))
    weekend = weekend_of(week)
    if weekend.end < published and found.future:  # سيلتقيان نهاية الأسبوع: the coming one
        weekend = weekend_of(week_of(week.start + timedelta(days=7)))
    elif weekend.start > published and not found.get("this") and not found.future:
        weekend = weekend_of(week_of(week.start - timedelta(days=7)))
    return weekend


def _shift(day: date, unit: str, count: int) -> date:
    """``day`` moved ``count`` units (day, week, month, year); a month end stays in its month."""
    if unit == "day":
        return day + timedelta(days=count)
    if unit == "week":
        return day + timedelta(weeks=count)
    months = count * (12 if unit == "year" else 1)
    year, month = add_months(day.year, day.month, months)
    return date(year, month, min(day.day, days_in_month(year, month)))


def _anchored(found: Found) -> Span:
    """``العام نفسه`` (the anchor's year), ``اليوم التالي`` (the day after it), ``بعد ذلك بأسبوع``,
    ``الشهر نفسه من العام الماضي`` (the anchor's month a year before), ``الشهر ذاته من العام الجاري`` (in the
    publication's year), ``نفس الشهر لعام 2014`` (in the year written)."""
    anchor = found.anchor
    if anchor is None:
        raise Reject  # nothing to be the same as
    if found.get("after"):
        unit = CAL.periods[found.get("after")]
        count = 2 if found.get("after") in CAL.period_duals else 1
        if unit == "decade":  # بعد ذلك بعقد
            unit, count = "year", count * 10
        day = _shift(anchor.start, unit, count)
        return week_of(day) if unit == "week" else day_span(day, True) if unit == "day" else (
            month_span(day.year, day.month, True) if unit == "month" else year_span(day.year, True)
        )  # fmt: skip
    written = found.get("unit") or found.get("that")  # اليوم نفسه، في ذلك اليوم
    unit = CAL.periods["ال" + written] if written != "يوم" else "day"
    if unit == "day" and anchor.precision in ("month", "part_of_year", "year") and _generic_day_before(found.before):
        # "في عام 1435 ... ويمكن أن ترفض الإرسالية ... كما يتم الإذن بفسح الأصناف ... وتحال المعاملة في اليوم ذاته"
        # (samples 3, 139, 300 and 302; read as the Hijri year's first day): a procedure's or a possibility's day, and
        # the text set no day for it to be the same as or follow
        raise Reject
    if unit == "month" and found.get("next") and _every_month_before(found.before):
        raise Reject  # "ستعلن في الثامن والعشرين من كل شهر أسعار الوقود للشهر التالي" (sample 94): each month's next
    in_year = found.get("inyear") or found.get("inyear2")  # "نفس الشهر لعام 2014": that month in the year written
    # "مقارنة بنفس الشهر من 2014": نفس with a proclitic (read only with a year after it)
    glued = found.get("that") and not found.match.group(0).lstrip().startswith(("ذلك", "تلك", "نفس"))
    moved = in_year or found.get("ago") or found.get("ago2") or found.get("running") or found.get("running2")
    if glued and (unit == "year" or not moved):
        raise Reject  # "بنفس الشهر" with no year after it, "بنفس السنة من العام الماضي": left as they were read
    if moved and unit != "year" and anchor.precision not in ("day", "week", "part_of_month", "month"):
        # "عن الشهر نفسه من 2014" after "قبل عام": no month or day to move into that year, the year written
        if in_year:
            return year_span(int(in_year), True)
        raise Reject  # "مقارنة بنفس الشهر من العام الماضي" after a year: the relative year reads it
    hijri = _hijri_anchor(anchor, unit)
    if hijri is not None and not (
        found.get("ago") or found.get("ago2") or found.get("running") or found.get("running2") or in_year
    ):
        return hijri if not found.get("next") else _hijri_next(anchor, unit)
    day = _shift(anchor.start, unit, 1 if found.get("next") else 0)
    if in_year:
        day = _in_year(day, int(in_year))  # "الشهر ذاته من عام 2014" after "شهر أبريل المنصرم": April 2014
    if (found.get("ago") or found.get("ago2")) and unit != "year":
        day = _shift(day, "year", -1)  # الشهر نفسه من العام الماضي
    if (found.get("running") or found.get("running2")) and unit != "year":
        day = _in_year(day, found.published.year)  # الشهر ذاته من العام الجاري
    if unit == "day":
        return day_span(day, True)
    if unit == "week":
        return week_of(day)
    return month_span(day.year, day.month, True) if unit == "month" else year_span(day.year, True)


def _hijri_anchor(anchor: Span, unit: str) -> Span | None:
    """The anchor itself when it is a whole Hijri year or month and "the same" names that unit: ``في عام 1434 هـ
    ... ففي العام نفسه`` is 1434 AH, not the Gregorian year it began in (the round of sample 86: read as 2012)."""
    if unit not in ("year", "month") or anchor.precision != unit:
        return None
    h = gregorian_to_hijri(anchor.start)
    whole = hijri_year_span(h.year) if unit == "year" else hijri_month_span(h.year, h.month)
    if (anchor.start, anchor.end) != whole:
        return None
    return Span(anchor.start, anchor.end, unit, True)


def _hijri_next(anchor: Span, unit: str) -> Span:
    """The Hijri year or month after a Hijri anchor (``العام التالي`` after ``عام 1434 هـ``)."""
    h = gregorian_to_hijri(anchor.start)
    if unit == "year":
        start, end = hijri_year_span(h.year + 1)
    else:
        start, end = hijri_month_span(*add_months(h.year, h.month, 1))
    return Span(start, end, unit, True)


def _last_n(found: Found) -> Span:
    """``خلال الأسبوعين الماضيين``: the 14 days up to the publication date; ``المقبلة``: after it."""
    get, published = found.get, found.published
    if get("dual"):
        count, unit = 2, CAL.periods[get("dual")]
    else:
        number = _words(get("n"))
        count = int(number) if number.isdigit() else CAL.numbers[number]
        unit = {"ايام": "day", "اسابيع": "week", "اشهر": "month", "شهور": "month"}.get(get("unit"), "year")
    if unit == "decade":  # العقدين الماضيين
        unit, count = "year", count * 10
    if get("past"):
        start, end = _shift(published, unit, -count) + timedelta(days=1), published
    else:
        start, end = published + timedelta(days=1), _shift(published, unit, count)
    return Span(start, end, unit, True, "range")


_ORDINALS = {"اول": 1, "ثاني": 2, "ثالث": 3, "رابع": 4, "اخير": 0}


def _quarter(found: Found) -> Span:
    """``الربع الثاني من العام`` (April–June of the publication year), ``النصف الأول 2015``."""
    get, published = found.get, found.published
    parts = 4 if get("kind") == "ربع" else 2
    ordinal = _ORDINALS[get("ord").removeprefix("ال")] or parts
    if ordinal > parts:
        raise Reject
    months = 12 // parts
    if get("qyear"):
        year = int(get("qyear"))
    elif get("qmod"):
        year = published.year + _modifier_shift(get("qmod"))
    elif get("qthis") or get("qbare"):
        year = published.year
    else:
        if parts == 2 or re.match(r"\s*من\s+(?!ال?(?:عام|سنه)|\d)", found.after):
            raise Reject  # النصف الأول من المباراة: a half or a quarter of something else
        first = (ordinal - 1) * months + 1
        current = (published.month - 1) // months * months + 1
        if found.future:
            # the next such quarter, but not past the current one nor one ended lately (its figures come after it):
            # "ومن المتوقع أن يبلغ معدل النمو 0.4 في المئة في الربع الثاني" on 25 July is April-June 2015
            ended = month_span(published.year, first + months - 1, True).end
            lately = (published - ended).days <= CAL.ahead_recent_days
            year = published.year if first >= current or lately else published.year + 1
        else:
            year = published.year if first <= current else published.year - 1
    first = (ordinal - 1) * months + 1
    return Span(date(year, first, 1), month_span(year, first + months - 1, True).end, "part_of_year", True)


def _hijri_year_of(published: date, month: int, mod: str | None, future: bool) -> int:
    """The Hijri year of ``month`` written without its year: ``الجاري`` the current one, ``الماضي``
    the last one before the current month, ``المقبل`` (or a clause in the future) the next one (the current one when
    it is the month of publication), otherwise the most recent one."""
    today = gregorian_to_hijri(published)
    shift = _modifier_shift(mod) if mod else None
    if shift == 0:
        return today.year
    if shift is not None and shift < 0:
        return today.year if month < today.month else today.year - 1
    if (shift is not None and shift > 0) or future:
        # "next Shawwal" in a Shawwal paper is this Shawwal (the round of sample 85): "الذي ينطلق في الـ 14 من شهر شوال
        # القادم" on 6 Shawwal, "حتى السابع والعشرين من شوال القادم" on 5 Shawwal (a text written before the month began,
        # or the month named by what is still to come in it)
        year = today.year if month > today.month or (shift in (None, 1) and month == today.month) else today.year + 1
        return year + max(shift or 1, 1) - 1  # رجب ما بعد القادم
    return today.year if month <= today.month else today.year - 1


def _hijri_month_of(published: date, month: int, mod: str | None, future: bool) -> tuple[date, date]:
    """First and last Gregorian day of a Hijri month written without its year (see :func:`_hijri_year_of`)."""
    return hijri_month_span(_hijri_year_of(published, month, mod, future), month)


def _hijri_relative(found: Found) -> Span:
    """``شهر رمضان المبارك``: the most recent Ramadan (the next one in a clause in the future);
    ``رمضان الماضي``, ``24 شوال الجاري``."""
    get, published = found.get, found.published
    if get("ymod") or get("ythis"):  # "شهر صفر من هذا العام", "شهر رمضان للعام المقبل": the Hijri year of publication
        shift = _modifier_shift(get("ymod")) if get("ymod") else 0
        month = CAL.hijri_months[_words(get("month"))]
        day = _day_of(found) if (get("day") or get("ordinal") or get("first")) else None
        return replace(_hijri_day(gregorian_to_hijri(published).year + shift, month, day, get("wd")), relative=True)
    if not (get("mod") or get("day") or get("ordinal") or get("first")):
        # a bare رمضان or رجب is also a first name, and "في شهر رمضان" is as often every Ramadan
        # (برامج المقالب الأكثر مشاهدة في شهر رمضان) as the last one
        raise Reject
    if (get("day") or get("ordinal") or get("first")) and _a_place_name(found):
        raise Reject  # "مدينة العاشر من رمضان", "ومدينتي أبوحماد والعاشر من رمضان" (sample 53): a city
    month = CAL.hijri_months[_words(get("month"))]
    if month == 2 and _a_score(found):
        raise Reject  # "بالفوز على ضيفه توتنهام/ 1 صفر، أمس" (sample 132): one-nil, not 1 Safar
    future = found.future
    if not future and not get("mod") and found.ahead:
        # a schedule or a deadline: the coming month, unless the last one began lately ("تبدأ من 25
        # شوال وتستمر حتى 7 ذي القعدة" on 23 Shawwal: this Shawwal, and the coming Dhu al-Qa'da)
        last_start = hijri_month_span(_hijri_year_of(published, month, None, False), month)[0]
        future = (published - last_start).days > CAL.ahead_recent_days
    year = _hijri_year_of(published, month, get("mod"), future)
    day = _day_of(found) if (get("day") or get("ordinal") or get("first")) else None
    if day is not None and not (get("mod") or get("wd") or future) and _hijri_day_ahead(found, year, month, day):
        year += 1  # "ستنطلق بتاريخ ٧ ذي القعدة القادم ... وتتبعها مرحلة تسجيل المرشحين بتاريخ ١٥ ذي القعدة" in Shawwal
    if day is not None and get("wd") and not get("mod"):
        # يوم الأحد الموافق 8 ذي القعدة: the year in which that day is that weekday, nearest to publication
        weekday = CAL.weekdays[get("wd")]
        this = gregorian_to_hijri(published).year
        fits = [y for y in (this - 1, this, this + 1)
                if 1 <= day <= 30 and hijri_to_gregorian(y, month, day).weekday() == weekday]  # fmt: skip
        if fits:
            year = min(fits, key=lambda y: abs((hijri_to_gregorian(y, month, day) - published).days))
    span = _hijri_day(year, month, day, get("wd"))
    return replace(span, relative=True)


#: A score's sign just before a bare number and صفر (zero, the Hijri month's name): a stroke or a dash after the team
#: ("توتنهام/ 1 صفر", "بنتيجة -3صفر"), the word "result" ("بنتيجة 3 صفر"), or a win or a loss a few words before
#: ("فاز على (أف س) المصري بنتيجة 3 صفر ، وعلى وادي جلة المصري 1 صفر").
_SCORE_BEFORE_RE = re.compile(r"(?:[/\-–]\s*|(?<!\w)[وب]?نتيجه\s+)$")
_SCORE_VERB_RE = re.compile(r"(?<!\w)[وف]?(?:فاز|فازت|الفوز|بالفوز|خسر|خسرت|ليخسر|الخساره|تغلب|تغلبت|هزم|هزمت)(?!\w)")


def _a_score(found: Found) -> bool:
    """Whether a bare ``N صفر`` (digits, no year, no modifier after it) is a score: a score's sign just before it, or
    a win or a loss in the last 80 characters of its sentence."""
    get = found.get
    if not get("day") or get("mod") or get("wd") or get("ymod") or get("ythis") or not get("day").strip().isdigit():
        return False
    if re.match(r"\s*\d|\s*(?:سنه|عام)?\s*\d{3,4}", found.after):
        return False  # "11 صفر 309هـ": a year follows
    if _SCORE_BEFORE_RE.search(found.before):
        return True
    sentence = re.split(r"[.!?؟\n]", found.before[-80:])[-1]
    return bool(_SCORE_VERB_RE.search(sentence))


_YEAR_WORD_AFTER_RE = re.compile(r"\s*(?:من\s+)?(?:لل|ل)?(?:ال)?(?:عام|سنه)(?!\w)")


def _hijri_day_ahead(found: Found, year: int, month: int, day: int) -> bool:
    """Whether a bare Hijri day-month read in the most recent Hijri ``year`` is the next one: that next day lies
    at most ``tense.ahead_day_month_days`` after publication and nothing before it sets the past (as a
    Gregorian day-month, :func:`_nothing_sets_the_past`)."""
    if not 1 <= day <= 30 or _YEAR_WORD_AFTER_RE.match(found.after):
        return False  # "غرة ذي القعدة العام الماضي", "في العاشر من شهر محرم من العام الحالي": the year word decides
    try:
        ahead = hijri_to_gregorian(year + 1, month, day)
    except (ValueError, OverflowError):
        return False
    if not 0 < (ahead - found.published).days <= CAL.ahead_day_month_days:
        return False
    at = found.match.start()
    sentence = _SENTENCE_END_RE.split(found.match.string[max(0, at - _SENTENCE_BEFORE) : at])[-1]
    return _nothing_sets_the_past(found, sentence, 0, 0)


def _named_before(found: Found, names: tuple[str, ...]) -> bool:
    """Whether the text before the match holds one of ``names`` (normalised), as a word."""
    text = found.match.string[: found.match.start()]
    return any(re.search(rf"(?<![^\W\d_])[وفبل]*{re.escape(name)}(?!\w)", text) for name in names)


def _season(found: Found) -> Span:
    """``الخريف المقبل`` (the next autumn to begin), ``صيف 2014``, ``هذا الشتاء``."""
    get, published = found.get, found.published
    first, last = CAL.seasons[get("name")]
    shift = _modifier_shift(get("mod") or get("ymod")) if (get("mod") or get("ymod")) else None

    def season(year: int) -> tuple[date, date]:
        end_year = year + 1 if last < first else year
        return date(year, first, 1), month_span(end_year, last, True).end

    if get("syear"):
        year = int(get("syear"))
    elif get("ymod"):
        year = published.year + (shift or 0)
    elif get("ythis"):  # "خريف هذا العام" (sample 33: read as the year): the season that starts this year
        year = published.year
    elif get("this") or shift == 0:
        if get("this") and _named_before(found, CAL.season_figure_names.get(get("name").removeprefix("ال"), ())):
            raise Reject  # "بان هذا الربيع سيكون دمويا" after "الربيع العربي": that spring, no season (calendar.yaml)
        year = published.year - 1 if (last < first and published.month <= last) else published.year
    elif shift is not None:
        years = range(published.year - 3, published.year + 4)
        if shift < 0:
            year = [y for y in years if season(y)[1] < published][shift]
        else:
            year = [y for y in years if season(y)[0] > published][shift - 1]
    else:
        raise Reject  # الربيع العربي: a season needs a modifier, هذا or a year
    start, end = season(year)
    return Span(start, end, "part_of_year", not get("syear"))


def _eid(found: Found) -> Span:
    """``عيد الفطر الماضي``: 1–3 Shawwal of the last one; ``أيام العيد الماضية``: the last Eid."""
    get, published = found.get, found.published
    kinds = [CAL.eids[get("name")]] if CAL.eids[get("name")] else [k for k in CAL.eids.values() if k]
    if not get("mod"):
        # "في عيد الفطر" is as often every Eid as the last: only the Eid the text has just named
        # ("أيام العيد الماضية … خلال العيد") is read again; with ب glued to it, the occasion, not its
        # time ("تحتفل معهم بالعيد", "ذكرياتهم بالعيد", "التهاني بالعيد": 4 of 4 in SaudiNewsNet)
        if _GLUED_BI_RE.match(found.match.group(0)):
            raise Reject
        anchor = found.anchor
        if anchor is None:
            raise Reject
        begun = gregorian_to_hijri(anchor.start)
        ended = gregorian_to_hijri(anchor.end)
        named = (begun.month, begun.day, ended.month, ended.day)
        if not any(named == (k[0], k[1], k[0], k[2]) for k in kinds if k):
            raise Reject
        return Span(anchor.start, anchor.end, anchor.precision, True)
    shift = _modifier_shift(get("mod"))
    today = gregorian_to_hijri(published)
    spans = []
    for month, first, last in kinds:  # type: ignore[misc]
        for year in range(today.year - 2, today.year + 3):
            spans.append((hijri_to_gregorian(year, month, first), hijri_to_gregorian(year, month, last)))
    spans.sort()
    if shift < 0:
        chosen = [s for s in spans if s[0] <= published][shift]
    elif shift > 0:
        chosen = [s for s in spans if s[0] > published][shift - 1]
    else:
        chosen = min(spans, key=lambda s: abs((s[0] - published).days))
    return Span(chosen[0], chosen[1], "day" if chosen[0] == chosen[1] else "week", True)


def _day_of_month(found: Found) -> Span:
    """``الثامن من الشهر ذاته`` (a day of the month the text last set), ``العاشر من الشهر الجاري``."""
    get, published = found.get, found.published
    if get("this") and re.search(r"-\s*$", found.before):
        raise Reject  # "بتاريخ 30 -10 من هذا الشهر": a Hijri day and month, not the 10th
    if get("same"):
        if found.anchor is None:
            raise Reject
        year, month = found.anchor.start.year, found.anchor.start.month
    elif _HIJRI_CUES.search(found.match.string, max(0, found.match.start() - HIJRI_CONTEXT), found.match.start()):
        # "بعد عيد الفطر … حتى الثلاثين من الشهر الحالي": a text that counts in Hijri months means
        # the current Hijri month
        today = gregorian_to_hijri(published)
        shift = _modifier_shift(get("mod")) if get("mod") else 0
        hyear, hmonth = add_months(today.year, today.month, shift)
        span = replace(_hijri_day(hyear, hmonth, _day_of(found)), relative=True)
        return _this_month_not_past_ahead(found, span)
    else:
        shift = _modifier_shift(get("mod")) if get("mod") else 0  # "هذا الشهر": the running month
        year, month = add_months(published.year, published.month, shift)
    day = _day_of(found)
    if not 1 <= day <= days_in_month(year, month):
        raise Reject
    span = day_span(date(year, month, day), True)
    if not get("same") and shift == 0:
        hijri = _running_hijri_day(found, span, day)
        if hijri is not None:
            return hijri
    return _this_month_not_past_ahead(found, span)


def _running_hijri_day(found: Found, span: Span, day: int) -> Span | None:
    """The day of the running Hijri month that a day of the running month is, when the text says so without
    naming a Hijri month: the weekday written before it is the Hijri day's and not the Gregorian one's (``سيخوض
    ... يوم السبت التاسع من الشهر الجاري`` in a paper of 21 July 2015: Saturday 9 Shawwal, 25 July, not
    Thursday 9 July), or, without a weekday, its Gregorian day is gone while a future marker in its clause puts
    it ahead and the Hijri one is ahead (``ملتقى ... الذي ستنطلق فعالياته في التاسع عشر من الشهر الجاري`` in a
    paper of 25 July: 19 Shawwal, 4 August), or its Gregorian day is not gone while a verb of starting in the past
    stands right before it and the Hijri one is gone (``المخيم الذي بدأ في العاشر من هذا الشهر`` in a paper of 6
    August: 10 Shawwal, 26 July). ``None`` otherwise."""
    published = found.published
    today = gregorian_to_hijri(published)
    try:
        hijri = replace(_hijri_day(today.year, today.month, day), relative=True)
    except Reject:
        return None
    weekday = found.get("wd")
    if weekday:
        wanted = CAL.weekdays[weekday]
        if span.start.weekday() != wanted and hijri.start.weekday() == wanted:
            return hijri
        return None
    if span.end < published <= hijri.start and found.future:
        return hijri
    if hijri.end < published <= span.start and not found.future and _started_before(found):
        return hijri
    return None


def _started_before(found: Found) -> bool:
    """Whether a verb of starting in the past (or its noun, ``منذ انطلاقته``) stands at most four words before a day
    of the running month in its clause (``calendar.yaml``'s ``tense.running_day_started_words``): "المخيم الذي بدأ في
    العاشر من هذا الشهر"."""
    words = _WORDS_RE.findall(clause_before(found.before, len(found.before)))[-5:]
    started = CAL.running_day_started_words
    return any(w in started or (w[:1] in "وف" and w[1:] in started) for w in words)


def _this_month_not_past_ahead(found: Found, span: Span) -> Span:
    """A day of ``هذا الشهر`` already gone whose clause speaks of the future is no such day (the text counts
    in the other calendar's month): ``التي سيتم عقدها ... يوم 18 من هذا الشهر`` in a text of 27 July is
    18 Shawwal, not 18 July; it is left to the month's reading."""
    if found.get("this") and span.end < found.published and found.future:
        raise Reject
    return span


#: How far back a relative month looks for a sign that its text counts in Hijri months.
HIJRI_CONTEXT = 300
_HIJRI_CUES = re.compile(
    # not رجب or صفر: also a first name (رجب طيب أردوغان) and zero
    rf"(?<!\w)[وفبلك]?(?:ال)?(?:{'|'.join(sorted(set(CAL.hijri_months) - {'رجب', 'صفر'}, key=len, reverse=True))}"
    r"|عيد\s+الفطر|عيد\s+الاضحي)(?!\w)"
    r"|\d\s?ه(?!\w)"
)


def _named_day(found: Found) -> Span:
    """``ثورة 25 يناير``: 25 January 2011; with another year written after it (a typo, or a day of
    that name in another year) it is no named day, and the day and month are read on their own."""
    day = CAL.named_days[_words(found.get("name"))]
    if found.get("year") and int(found.get("year")) != day.year:
        raise Reject
    second = found.get("m2d")  # "هجمات 11 سبتمبر ايلول 2001" (sample 46): the month's other name, bare
    if second and CAL.months[_words(second)] != day.month:
        raise Reject
    return day_span(day, False)


RESOLVERS: dict[str, Resolver] = {
    "dayofmonth": _day_of_month,
    "namedday": _named_day,
    "season": _season,
    "eid": _eid,
    "anchored": _anchored,
    "lastn": _last_n,
    "quarter": _quarter,
    "hijrirel": _hijri_relative,
    "since": _since,
    "ago": _ago,
    "earlier": _earlier,
    "weekend": _weekend,
    "part": _part,
    "hijri": _hijri,
    "hijriyear": _hijri_year,
    "hijridmy": _hijri_numeric,
    "hijriymd": _hijri_numeric,
    "hijrimy": _hijri_month_number,
    "daymonth": _day_month,
    "numeric": _numeric,
    "month": _month,
    "relperiod": _relative_period,
    "reldays": _relative_day,
    "weekday": _weekday,
    "year": _year,
}
if set(RESOLVERS) != set(BRANCHES):  # a branch without a resolver would fail only on its first date
    raise AssertionError(f"date branches without a resolver: {set(BRANCHES) ^ set(RESOLVERS)}")


def resolve(
    match: re.Match,
    norm: str,
    published: date,
    anchor: Span | None = None,
    anchor_at: tuple[int, int] | None = None,
    comment: Callable[[], bool] | None = None,
) -> Span:
    """The days of ``match`` (of ``DATE_RE`` in ``norm``), read against ``published``; ``anchor``:
    the date the text last set, for ``العام نفسه`` and ``اليوم التالي``, standing at ``anchor_at`` in ``norm``
    (a list of weekdays going on from a day ahead); ``comment``: whether the article is a comment piece
    (:func:`analysis.text.genre.is_comment`, asked only for a bare ``اليوم``; None: not known, a report)."""
    before = norm[max(0, match.start() - CONTEXT) : match.start()]
    after = norm[match.end() : match.end() + CONTEXT]
    branch = match.lastgroup
    assert branch is not None  # every alternative of DATE_RE is a named branch
    if _recurs(after):
        raise Reject  # "ليلة 14 رمضان من كل عام": a yearly custom
    written = match.group(0)
    if (
        _MONTH_NAME_RE.search(written)
        and not _YEAR_DIGITS_RE.search(written)
        and not any(_words(w) in CAL.modifiers for w in _WORDS_RE.findall(written))  # "مايو الماضي": that one
        and _span_end_recurs(norm[match.end() : match.end() + SPAN_END_REACH + 40])  # a connector, a month, من كل عام
    ):
        raise Reject  # "ما بين 15 من شهر يونيو إلى نهاية اليوم الـ 15 من شهر سبتمبر من كل عام": the span recurs
    if (
        _MONTH_NAME_RE.search(written)
        and not _YEAR_DIGITS_RE.search(written)
        and not any(_words(w) in CAL.modifiers for w in _WORDS_RE.findall(written))  # 8 مارس الماضي: that one
    ):
        clause = clause_before(norm, match.start())
        if any(phrase in clause for phrase in CAL.recurring_before) or _custom_goes_on(norm, match.start()):
            raise Reject  # "في كل عام تنظم البلدة في 12 أغسطس (آب)، مهرجانًا": a yearly custom
    if _MONTH_NAME_RE.search(written) and _names_a_camp(norm, match.start(), written):
        raise Reject  # "اعتقد ان 14 آذار ترى" where the article names "قوى 14 آذار": Lebanon's camp
    if (_MONTH_NAME_RE.search(written) or _WEEKDAY_NAME_RE.search(written)) and _quoted_title(before, after):
        raise Reject  # 'قراءة حول مجموعة "ناهدات ديسمبر"' (sample 98), 'برنامج «ليالي رمضان»': a title
    found = Found(match, f"{branch}_", published, before, after, anchor=anchor, anchor_at=anchor_at, comment=comment)
    span = RESOLVERS[branch](found)
    if _every_years_day(written, after, span):
        raise RejectWhole  # "اليوم العالمي للمهاجرين الموافق الثامن عشر من ديسمبر (كانون الأول) سنويا": every year's
    return _nth_week(found, span) or _last_week(found, span) or span


def first_of_two_months(match: re.Match) -> int | None:
    """Where the first month ends when ``match`` took two different months joined by a dash for one month's two
    names (``حزيران - يونيو``): "خلال شهري يونيو - يوليو 2015" is June to July (sample 98: the pair was rejected and
    July read alone). The first month, read alone up to there, is then joined to the second as a range
    (:func:`analysis.extract.dates.ranges.join_ranges`); None for any other match, and when the pair says no year
    (neither digits nor a modifier)."""
    if not written_year(match.group(0)):
        return None  # "من كل عام من: يونيو - يوليو - أغسطس": months of every year, no range of days
    for name, second in match.groupdict().items():
        if second is None or not name.endswith("m2e"):
            continue
        first = match.group(name[: -len("m2e")] + "m1")
        if first is not None and CAL.months.get(_words(first)) != CAL.months.get(_words(second)):
            return match.end(name[: -len("m2e")] + "m1")
    return None


#: "الأسبوع الثالث من رمضان", "نهاية الأسبوع الأول من شهر أغسطس المقبل": an ordinal day right after "week".
_WEEK_BEFORE_RE = re.compile(r"(?<!\w)[وفبل]?(?:ال|لل)اسبوع\s+$")
_NTH_WEEK_MAX = 4


def _nth_week(found: Found, span: Span) -> Span | None:
    """An ordinal day of a month right after ``الأسبوع`` names the Nth week of that month, its days 7N-6 to 7N, not
    its Nth day (the round of sample 80: "في نهاية الأسبوع الثالث من رمضان" and "تقام في الأسبوع الأول من أغسطس"
    were read as the 3rd of Ramadan and 1 August)."""
    name = f"{found.prefix}ordinal"
    if name not in found.match.re.groupindex or not found.get("ordinal") or span.precision != "day":
        return None
    if f"{found.prefix}ounit" in found.match.re.groupindex and found.get("ounit"):
        return None  # a compound ordinal (السادس والعشرين) is no week's number
    n = ORDINAL_DAYS[found.get("ordinal")]
    if n > _NTH_WEEK_MAX or not _WEEK_BEFORE_RE.search(found.before):
        return None
    start = span.start + timedelta(days=6 * (n - 1))  # span.start is the month's day n: day 7n-6 is 6(n-1) later
    return Span(start, start + timedelta(days=6), "week", span.relative, span.extent)


#: "خلال الأسبوع الأخير من شهر أغسطس", "في آخر أسبوع في شهر رمضان": "the last week of" right before a month.
_LAST_WEEK_BEFORE_RE = re.compile(
    rf"(?<!\w)[وفبل]?(?:{_alternation_re(CAL.last_week_words)}"
    rf"|ل(?:{_alternation_re(tuple(w[1:] for w in CAL.last_week_words if w.startswith('ال')))}))"
    rf"\s+(?:من|في)\s+$"
)  # "للأسبوع الأخير": ل before ال drops its alif


def _last_week(found: Found, span: Span) -> Span | None:
    """A whole month read right after "the last week of" (``calendar.yaml``'s ``last_week_words``) is its last seven
    days (the round of sample 99: "لإتمامه خلال الأسبوع الأخير من شهر أغسطس" was read as the whole of August), as
    :func:`_nth_week` reads "الأسبوع الأول من أغسطس" as its days 1-7."""
    if span.precision != "month" or span.extent != "point" or not _LAST_WEEK_BEFORE_RE.search(found.before):
        return None
    return Span(span.end - timedelta(days=6), span.end, "week", span.relative, span.extent)


_YEAR_DIGITS_RE = re.compile(r"\d{4}")
_WEEKDAY_NAME_RE = re.compile(
    rf"(?<!\w)(?:ال)?(?:{'|'.join(re.escape(w) for w in sorted(CAL.weekdays, key=len, reverse=True))})(?!\w)"
)
_SENTENCE_END = ".\n؟!"
_TITLE_MAX = 40  # characters of a title on either side of the date


def _quoted_title(before: str, after: str) -> bool:
    """Whether a date stands in quotation marks (normalised to ``"``) that hold a title: a title's head
    (``calendar.yaml``'s ``date_title_heads``) among the four words before the opening mark,
    or the first of the quoted words: ``مجموعة "ناهدات ديسمبر"`` (sample 98), ``برنامج "لقاء الخميس"``, ``"ندوة
    الثلاثاء"`` (sample 85). The mark before is an opening one when the sentence holds an odd number of marks up to it;
    the closing one follows within the sentence."""
    sentence = before[max(before.rfind(c) for c in _SENTENCE_END) + 1 :]
    q = sentence.rfind('"')
    if q < 0 or sentence.count('"') % 2 == 0 or len(sentence) - q - 1 > _TITLE_MAX:
        return False
    close = after.find('"')
    if close < 0 or close > _TITLE_MAX or any(c in after[:close] for c in _SENTENCE_END):
        return False
    heads = CAL.date_title_heads
    words = _WORDS_RE.findall(sentence[:q][-60:])[-4:] + _WORDS_RE.findall(sentence[q + 1 :])[:1]
    return any(w in heads or (w[:1] in "وفبل" and w[1:] in heads) for w in words)


_MONTH_NAMES = "|".join(re.escape(m) for m in sorted({*CAL.months, *CAL.hijri_months}, key=len, reverse=True))
_MONTH_NAME_RE = re.compile(rf"(?<!\w)(?:{_MONTH_NAMES})(?!\w)")


#: How far back a yearly custom said before a date reaches it (characters, within the sentence).
CUSTOM_BEFORE = 300


def _custom_goes_on(norm: str, at: int) -> bool:
    """Whether a yearly custom said earlier in the sentence goes on to this date: after its
    ``recurring_before`` phrase the sentence has named a month without a year ("في كل عام تنظم
    البلدة في 12 أغسطس (آب)، مهرجانًا من أربع أمسيات، ينتهي ليلة 15 أغسطس": the 15th is yearly too)."""
    sentence = _SENTENCE_END_RE.split(norm[max(0, at - CUSTOM_BEFORE) : at])[-1]
    said = max(((sentence.rfind(phrase), phrase) for phrase in CAL.recurring_before), default=(-1, ""))
    if said[0] < 0:
        return False
    since = sentence[said[0] + len(said[1]) :]
    return (
        bool(_MONTH_NAME_RE.search(since))
        and not _YEAR_DIGITS_RE.search(since)
        # "يقام سنويا في يوليو، وينطلق هذا العام في 20 أغسطس": this year's
        and not _YEAR_WORD_RE.search(since)
        and not any(_words(w) in CAL.modifiers for w in _WORDS_RE.findall(since))
    )


_YEAR_WORD_RE = re.compile(r"(?<!\w)(?:[وفبل]?ال|[وفبل])?(?:عام|سنه|دوره|موسم|نسخه)(?!\w)")


#: How far after a span's connector its second end's month may stand (characters): "إلى نهاية اليوم الرابع والعشرين
#: من برج السنبلة الموافق الخامس عشر من شهر سبتمبر من كل عام" (sample 161) puts it 75 characters on.
SPAN_END_REACH = 90

# "حتى", "إلى", "إلى غاية", a dash, or a "و" glued to the next word (after the bracket of a month's other name, read
# alone when the month before it is left: "من شهر مايو (أيار) حتى شهر نوفمبر"): "التاسع من شباط (فبراير) والتاسع من آب (أغسطس) من
# كل عام" (a bond's two coupon days), "تبدأ سنتها المالية في الأول من يوليو وتنتهي في آخر يونيو (حزيران) من كل عام".
_SPAN_CONNECTOR_RE = re.compile(r"\s*\)?\s*(?:(?:و?حتي|و?الي(?:\s+غايه)?|[-–])\s|و(?=\w))")
# A month's other name in brackets after it: "سبتمبر (أيلول) من كل سنة".
_MONTH_ALIAS_RE = re.compile(r"\s*\(\s*\w+(?:\s+\w+)?\s*\)")


def _span_end_recurs(after: str) -> bool:
    """Whether the date is the first end of a span whose second end, a month without a year, recurs
    (``calendar.yaml``'s ``recurring_after``): "من 15 يونيو حتى 15 سبتمبر من كل عام" names no day."""
    connector = _SPAN_CONNECTOR_RE.match(after)
    if connector is None:
        return False
    reach = after[connector.end() : connector.end() + SPAN_END_REACH]
    month = _MONTH_NAME_RE.search(reach)
    if month is None or _SENTENCE_END_RE.search(reach[: month.start()]) or _YEAR_DIGITS_RE.search(reach[: month.end()]):
        return False
    rest = after[connector.end() + month.end() :]
    alias = _MONTH_ALIAS_RE.match(rest)
    return _recurs(rest[alias.end() :] if alias else rest)


def _every_years_day(written: str, after: str, span: Span) -> bool:
    """Whether a day of a month written without its year (nor ``الماضي``, ``المقبل``) is followed by a word of
    ``calendar.yaml``'s ``annual_after_day``: "الثامن عشر من ديسمبر (كانون الأول) سنويا", "الأول من يناير رأس كل سنة
    ميلادية" (the round of sample 222), that day of every year. A day only: "تراجعت المبيعات في يوليو سنويا" is a
    month's rate."""
    if span.precision != "day" or not CAL.annual_after_day or not _MONTH_NAME_RE.search(written):
        return False
    if _YEAR_DIGITS_RE.search(written):
        return False
    if any(_words(w) in CAL.modifiers for w in _WORDS_RE.findall(written)):
        return False
    head = " ".join(_WORDS_RE.findall(after[:30])[:3])
    return any(head == phrase or head.startswith(phrase + " ") for phrase in CAL.annual_after_day)


def _recurs(after: str) -> bool:
    """Whether the words after a date make it recur (``calendar.yaml``'s ``recurring_after``)."""
    head = " ".join(_WORDS_RE.findall(after[:30])[:3])
    phrases = CAL.recurring_after
    return head in phrases or head.startswith(_followed_by_a_word(phrases))


@lru_cache(maxsize=4)
def _followed_by_a_word(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """Each phrase with the space before a next word: one ``str.startswith`` tests them all (called for
    every date)."""
    return tuple(phrase + " " for phrase in phrases)
