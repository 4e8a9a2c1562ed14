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

Conventions (see the YAML for the data):

* A ``relative`` mention needs the publication date; with ``published=None`` it is kept
  with ``resolved=False`` and no dates. ``absolute`` mentions never need it.
* A month without a year is the most recent such month on or before the publication
  month; with الماضي the last one strictly before it, with المقبل/القادم the next one
  strictly after it, with الجاري the publication year's.
* A weekday (``الثلاثاء``, ``يوم الاثنين``, ``اليوم السبت``) and ``أمس`` never fall after the
  publication date: the most recent such day on or before it (``أمس <weekday>`` strictly
  before it).
* Weeks run Sunday..Saturday; ``نهاية الأسبوع`` is the most recent Friday..Saturday that
  has begun by the publication date.
* ``منذ <anchor>`` runs from the start of the anchor to the publication date, with the
  anchor's precision; ``منذ/قبل N سنوات`` is the single period N units back.
* Hijri dates are read only with their year (``12 رمضان 1436هـ``, ``1436هـ``) and converted
  with the arithmetical (tabular) Islamic calendar, which may differ from Umm al-Qura by a
  day or two; a bare ``رمضان`` is not read (it is also a first name).
"""

from __future__ import annotations

import calendar as _calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import yaml

from analysis.data import data_path
from analysis.text.normalize import normalize, normalize_with_offsets, original_span

PRECISIONS = ("day", "week", "part_of_month", "month", "part_of_year", "year")
KINDS = ("absolute", "relative")

CALENDAR_PATH = data_path("calendar.yaml")

_WEEKDAY_NUMBERS = {
    n: i for i, n in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
}


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


# --- calendar data ------------------------------------------------------------------


class CalendarError(ValueError):
    """``calendar.yaml`` is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class Calendar:
    months: dict[str, int]
    ambiguous_months: frozenset[str]
    ambiguous_month_anchors: frozenset[str]
    hijri_months: dict[str, int]
    weekdays: dict[str, int]  # stem without ال -> date.weekday()
    weekday_false_after: dict[int, frozenset[str]]
    weekday_false_before: dict[int, frozenset[str]]
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


def _words(path: Path, entry: str, value: object) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        raise CalendarError(f"{path}: entry {entry!r} must be a list of non-empty strings")
    return [normalize(w.strip()) for w in value]


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
    raw = yaml.safe_load(CALENDAR_PATH.read_text(encoding="utf-8"))
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
            value = date.fromisoformat(value.strip())
        except ValueError:
            return value
    return f"{value.day} {_display_months()[value.month - 1]} {value.year}"


def load_calendar(path: Path = CALENDAR_PATH) -> Calendar:
    """Read and validate ``calendar.yaml``; names are normalised like article text."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise CalendarError(f"{path}: cannot be read: {err}") from err
    required = [
        "week",
        "parts",
        "months",
        "ambiguous_month_names",
        "ambiguous_month_needs_word_before",
        "hijri_months",
        "weekdays",
        "weekday_false_after",
        "weekday_false_before",
        "relative_days",
        "today_false_before",
        "today_false_after",
        "modifiers",
        "periods",
        "number_words",
        "ordinal_days",
        "not_year_units",
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
    shifts = {"previous": -1, "next": 1, "current": 0, "before_previous": -2}
    for key, shift in shifts.items():
        for word in _words(path, f"modifiers.{key}", raw["modifiers"].get(key)):
            modifiers[word] = shift

    periods: dict[str, str] = {}
    duals: set[str] = set()
    singulars: set[str] = set()
    for unit in ("week", "month", "year", "day"):
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
    for part, spec in (raw["parts"] or {}).items():
        for word in _words(path, f"parts.{part}.words", spec.get("words")):
            parts[word] = part
        for key, table, top in (("month_days", month_days, 31), ("year_months", year_months, 12)):
            bounds = spec.get(key)
            if not (isinstance(bounds, list) and len(bounds) == 2 and 1 <= bounds[0] <= bounds[1] <= top):
                raise CalendarError(f"{path}: entry parts.{part}.{key} must be [first, last] within 1..{top}")
            table[part] = (bounds[0], bounds[1])

    relative_days = raw["relative_days"]
    if not isinstance(relative_days, dict) or not all(isinstance(v, int) for v in relative_days.values()):
        raise CalendarError(f"{path}: entry relative_days must map words to day offsets")

    week = raw["week"]
    try:
        week_start = _WEEKDAY_NUMBERS[week["starts_on"]]
        weekend = tuple(_WEEKDAY_NUMBERS[d] for d in week["weekend"])
    except (KeyError, TypeError) as err:
        raise CalendarError(f"{path}: entry week needs starts_on and weekend as English day names") from err

    return Calendar(
        months=_names_by_number(path, "months", raw["months"], range(1, 13)),
        ambiguous_months=frozenset(_words(path, "ambiguous_month_names", raw["ambiguous_month_names"])),
        ambiguous_month_anchors=frozenset(
            _words(path, "ambiguous_month_needs_word_before", raw["ambiguous_month_needs_word_before"])
        ),
        hijri_months=_names_by_number(path, "hijri_months", raw["hijri_months"], range(1, 13)),
        weekdays=weekdays,
        weekday_false_after=by_weekday("weekday_false_after"),
        weekday_false_before=by_weekday("weekday_false_before"),
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
        week_start=week_start,
        weekend=weekend,
    )


CAL = load_calendar()


# --- the grammar --------------------------------------------------------------------


def _alt(words) -> str:
    """Longest first, so that ``تشرين الثاني`` wins over ``تشرين``; spaces match any run."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


_WB, _WE = r"(?<!\w)", r"(?!\w)"
_CL = r"[وف]?[بلك]?"  # clitics glued to a word without ال
_CL_DEF = r"[وف]?(?:[بك]?ال|لل)"  # clitics + the article: ال بال لل وال
_CL_ANY = r"[وف]?(?:[بك]?ال|لل|[بلك])?"  # either: عام العام لعام للعام بالعام

_MONTH = _alt(CAL.months)
_HMONTH = _alt(CAL.hijri_months)
_WEEKDAY = _alt(CAL.weekdays)
_MOD = f"(?:{_alt(CAL.modifiers)})ه?"
_PART = _alt(CAL.parts)
_NUMBER = rf"\d{{1,3}}|{_alt(CAL.numbers)}"
_UNIT = _alt(CAL.periods)
_DUAL = _alt(CAL.period_duals)
_SINGULAR = _alt(CAL.period_singulars)
_DEF_PERIOD = r"اسبوع|شهر|عام|سنه"  # after ال


def _unit_lookahead(units) -> str:
    # Short units (كم, طن) must be the whole word, so that "2015 كما" stays a year.
    long_units = [u for u in units if len(u) > 3]
    short_units = [u for u in units if len(u) <= 3]
    return rf"\s*(?:%|(?:{_alt(long_units)})|(?:{_alt(short_units)}){_WE})"


# A Gregorian year: 1900..2100, optionally marked م; not a Hijri year (هـ), not glued to
# letters or a hyphen (إف-2000), not part of a number (3.2015, 12:2015), not a quantity.
_YEAR_CORE = r"(?:19\d\d|20\d\d|2100)"
_YEAR_TAIL = rf"(?:\s?م(?![^\W\d_]))?(?!\d|[.,:/]\d|\s?ه{_WE}|-?[^\W\d_]|{_unit_lookahead(CAL.not_year_units)})"
_YEAR_GUARD = r"(?<![.,:/])(?<![^\W\d_]-)"
_HYEAR = r"1[345]\d\d"
_DAY_NUMBER = r"[0-3]?\d"
_MONTH_NUMBER = r"[01]?\d"
_THIS_YEAR = r"هذا\s+العام|هذه\s+السنه"


def _named(prefix: str):
    def g(name: str, body: str) -> str:
        return f"(?P<{prefix}{name}>{body})"

    return g


def _month_fragment(g) -> str:
    """``أيلول/سبتمبر الماضي``, ``كانون الثاني/يناير 2017``, ``أيار (مايو) من العام الماضي``."""
    pair = rf"(?:\s*/\s*{g('m2', _MONTH)}|\s+-\s+{g('m2e', _MONTH)}|\s*\(\s*{g('m2b', _MONTH)}\s*\)|\s*\"\s*{g('m2c', _MONTH)}\s*\"|\s+{g('m2d', _MONTH)}{_WE})"
    year = rf"\s*,?\s*(?:من\s+)?(?:{_CL_ANY}(?:عام|سنه)\s+)?{_YEAR_GUARD}{g('year', _YEAR_CORE)}{_YEAR_TAIL}"
    rel_year = rf"\s+من\s+(?:(?:ال)?(?:عام|سنه)\s+{g('ymod', _MOD)}|{g('ythis', _THIS_YEAR)})"
    return rf"و?{g('m1', _MONTH)}{_WE}{pair}?(?:{year}|{rel_year}|\s+{g('mod', _MOD)}{_WE})?"


def _weekday_prefix(g) -> str:
    return rf"(?:(?:يوم\s+)?ال{g('wd', _WEEKDAY)}\s*,?\s*)?"


def _day(g) -> str:
    ordinal = rf"{g('ordinal', _alt(CAL.ordinal_days))}\s+من\s+"
    return rf"(?:(?<![.:/]){g('day', _DAY_NUMBER)}\s*(?:من\s+)?|{ordinal})(?:شهر\s+)?"


def _relative_period(g) -> str:
    """``الشهر الماضي``, ``هذا الأسبوع``, ``العام قبل الماضي``, ``السنة المقبلة``."""
    return (
        rf"(?:{g('this', r'هذا|هذه')}\s+ال{g('tper', _DEF_PERIOD)}{_WE}"
        rf"|{_CL_DEF}{g('per', _DEF_PERIOD)}\s+{g('pmod', _MOD)}{_WE})"
    )


def _year_expr(g, name: str = "year") -> str:
    return rf"(?:{_CL_ANY}(?:عام|سنه)ي?\s+)?{_YEAR_GUARD}{g(name, _YEAR_CORE)}{_YEAR_TAIL}"


def _branches(prefix: str) -> list[tuple[str, str]]:
    """The alternatives, tried in this order at each word start (the first that matches wins)."""

    def G(branch: str):
        return _named(f"{prefix}{branch}_")

    branches = []
    g = G("part")
    branches.append(
        (
            "part",
            rf"{_CL}{g('word', _PART)}\s+(?:(?:ال)?شهر\s+)?(?:{_month_fragment(g)}"
            rf"|{_relative_period(g)}|{_year_expr(g, 'pyear')}|{g('bare', r'العام|الشهر')}{_WE})",
        )
    )
    g = G("hijri")
    branches.append(
        (
            "hijri",
            rf"{_weekday_prefix(g)}(?:{_day(g)})?(?:شهر\s+)?{g('month', _HMONTH)}\s*,?\s*"
            rf"(?:(?:ال)?عام\s+)?{g('year', _HYEAR)}(?:\s?(?:ه|هجريه?){_WE})?(?!\d)"
            rf"|(?:{_CL_ANY}(?:عام|سنه)\s+)?{g('yonly', _HYEAR)}\s?(?:ه|هجريه?){_WE}"
            rf"|{g('nd', _DAY_NUMBER)}\s?/\s?{g('nm', _MONTH_NUMBER)}\s?/\s?{g('ny', _HYEAR)}\s?(?:ه|هجريه?){_WE}"
            rf"|{g('ry', _HYEAR)}\s?/\s?{g('rm', _MONTH_NUMBER)}\s?/\s?{g('rd', _DAY_NUMBER)}\s?(?:ه|هجريه?){_WE}",
        )
    )
    g = G("daymonth")
    branches.append(("daymonth", rf"{_weekday_prefix(g)}{_day(g)}{_month_fragment(g)}"))
    g = G("numeric")
    branches.append(
        (
            "numeric",
            rf"(?<![.:/]){g('d', _DAY_NUMBER)}{g('sep', r'[/.-]')}{g('m', _MONTH_NUMBER)}(?P={prefix}numeric_sep)"
            rf"{g('y', _YEAR_CORE)}(?:\s?م{_WE})?(?![\d/.\-])",
        )
    )
    g = G("month")
    branches.append(("month", rf"(?:شهر\s+)?{_month_fragment(g)}"))
    g = G("relperiod")
    branches.append(("relperiod", _relative_period(g)))
    g = G("reldays")
    branches.append(
        (
            "reldays",
            rf"{g('cl', _CL)}{g('word', _alt(CAL.relative_days))}{_WE}"
            rf"(?:\s*,?\s*ال{g('wd', _WEEKDAY)}{_WE})?",
        )
    )
    g = G("weekday")
    branches.append(("weekday", rf"(?:{_CL}يوم\s+ال|{_CL_DEF}){g('wd', _WEEKDAY)}{_WE}(?:\s+{g('mod', _MOD)}{_WE})?"))
    g = G("year")
    branches.append(("year", _year_expr(g)))
    return branches


def _build_regex() -> re.Pattern:
    anchors = "|".join(f"(?P<s_{name}>{body})" for name, body in _branches("s_"))
    g = _named("ago_")
    top = [
        ("since", rf"منذ\s+(?:{anchors})"),
        (
            "ago",
            rf"(?:منذ|قبل)\s+(?:{g('n', _NUMBER)}\s+{g('unit', _UNIT)}|{g('dual', _DUAL)}"
            rf"|{g('one', _SINGULAR)}(?!\s*\d|\s+(?:{_MONTH}|{_HMONTH})){_WE})",
        ),
        ("earlier", r"في\s+وقت\s+(?P<earlier_when>سابق|لاحق)\s+(?:من\s+)?(?:هذا\s+الشهر|الشهر\s+(?:الجاري|الحالي))"),
        ("weekend", rf"(?:عطله\s+)?{_CL}نهايه\s+(?:(?P<weekend_this>هذا)\s+)?الاسبوع(?:\s+(?P<weekend_mod>{_MOD}))?"),
        *_branches(""),
    ]
    body = "|".join(f"(?P<{name}>{pattern})" for name, pattern in top)
    return re.compile(rf"{_WB}(?:{body}){_WE}")


_DATE_RE = _build_regex()


def _trie(words) -> str:
    """A regex matching any of ``words`` as a whole word, nested by letter (fast to reject)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [
            r"(?!\w)" if ch == "" else (r"\s+" if ch == " " else re.escape(ch)) + emit(sub)
            for ch, sub in sorted(node.items())
        ]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(trie)


def _first_words() -> list[str]:
    """Every word a date expression can start with (after its clitics), except numbers."""
    definite = ["ال" + stem for stem in CAL.weekdays] + ["الاسبوع", "الشهر", "العام", "السنه"]
    return [
        "منذ",
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
        *("ل" + word[2:] for word in definite),  # للعام = ل + لعام
    ]


# Python's re tries an alternation of this size slowly at every word; so a cheap first pass
# finds the word starts worth trying: a separator, clitics, then a first word, a year, a day
# before a month, a numeric date, or قبل before a count. It returns about twice as many
# places as there are dates.
_MONTH_WORDS = _trie([*CAL.months, *CAL.hijri_months])
_COUNT_WORDS = _trie([*CAL.numbers, *CAL.period_duals, *CAL.period_singulars])
_CANDIDATE_RE = re.compile(
    rf"[^\w](?={_CL}(?:{_trie(_first_words())}|(?:19|20)\d\d|2100|1[345]\d\d(?:\s?ه|/)"
    rf"|{_trie(CAL.ordinal_days)}\s+من\s"
    rf"|[0-3]?\d(?:\s*(?:من\s+)?(?:شهر\s+)?و?{_MONTH_WORDS}|\s?[/.-]\s?[01]?\d\s?[/.-])"
    rf"|قبل\s+(?:\d|{_COUNT_WORDS})))"
)
_PER_DAY_RE = re.compile(r"\d[\d.,]*\s+(?:\w+\s+){0,3}في\s*$")
_PREVIOUS_WORD_RE = re.compile(r"(\w+)[^\w\n]*$")
_NEXT_WORD_RE = re.compile(r"[^\w\n]*(\w+)")


# --- calendar arithmetic ------------------------------------------------------------


@dataclass(frozen=True)
class _Span:
    start: date
    end: date
    precision: str
    relative: bool


def _month_span(year: int, month: int, relative: bool) -> _Span:
    last = _calendar.monthrange(year, month)[1]
    return _Span(date(year, month, 1), date(year, month, last), "month", relative)


def _year_span(year: int, relative: bool) -> _Span:
    return _Span(date(year, 1, 1), date(year, 12, 31), "year", relative)


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def _week_of(day: date, relative: bool = True) -> _Span:
    start = day - timedelta(days=(day.weekday() - CAL.week_start) % 7)
    return _Span(start, start + timedelta(days=6), "week", relative)


def _weekend_of(week: _Span) -> _Span:
    days = sorted(week.start + timedelta(days=(w - CAL.week_start) % 7) for w in CAL.weekend)
    return _Span(days[0], days[-1], "week", True)


def _last_weekday(published: date, weekday: int, strictly_before: bool = False) -> date:
    back = (published.weekday() - weekday) % 7
    if strictly_before and back == 0:
        back = 7
    return published - timedelta(days=back)


def _hijri_to_gregorian(year: int, month: int, day: int) -> date:
    """Arithmetical Islamic calendar (civil epoch, 16 July 622 Julian)."""
    days = day + (59 * (month - 1) + 1) // 2 + 354 * (year - 1) + (3 + 11 * year) // 30
    return date.fromordinal(days + 227014)


def _hijri_month_span(year: int, month: int) -> tuple[date, date]:
    next_year, next_month = (year + 1, 1) if month == 12 else (year, month + 1)
    return _hijri_to_gregorian(year, month, 1), _hijri_to_gregorian(next_year, next_month, 1) - timedelta(days=1)


# --- resolving one match ------------------------------------------------------------


class _Reject(Exception):
    """The match is not a date after all (a false friend, an impossible day)."""


def _modifier_shift(word: str) -> int:
    word = re.sub(r"\s+", " ", word)
    return CAL.modifiers[word[:-1] if word.endswith("ه") and word not in CAL.modifiers else word]


def _resolve_month(get, published: date, anchored: bool, context_before: str) -> tuple[int, int, bool]:
    """(year, month, relative) of a month fragment."""
    name = re.sub(r"\s+", " ", get("m1"))
    month = CAL.months[name]
    second = get("m2") or get("m2b") or get("m2c") or get("m2d") or get("m2e")
    if second and CAL.months[re.sub(r"\s+", " ", second)] != month:
        raise _Reject
    if get("year"):
        return int(get("year")), month, False
    needs_anchor = name in CAL.ambiguous_months and not (
        anchored or second or get("mod") or get("ymod") or get("ythis")
    )
    if needs_anchor and _previous_word(context_before) not in CAL.ambiguous_month_anchors:
        raise _Reject
    if get("ymod") or get("ythis"):
        return published.year + (_modifier_shift(get("ymod")) if get("ymod") else 0), month, True
    shift = _modifier_shift(get("mod")) if get("mod") else None
    if shift is None:  # the most recent such month, on or before the publication month
        year = published.year if month <= published.month else published.year - 1
    elif shift == 0:
        year = published.year
    elif shift < 0:
        year = published.year if month < published.month else published.year - 1
        year += shift + 1
    else:
        year = published.year if month > published.month else published.year + 1
    return year, month, True


def _resolve_relative_period(get, published: date) -> _Span:
    unit = CAL.periods["ال" + (get("tper") or get("per"))]
    shift = 0 if get("this") else _modifier_shift(get("pmod"))
    if unit == "week":
        week = _week_of(published)
        return _week_of(week.start + timedelta(days=7 * shift))
    if unit == "month":
        return _month_span(*_add_months(published.year, published.month, shift), True)
    return _year_span(published.year + shift, True)


def _previous_word(before: str) -> str:
    m = _PREVIOUS_WORD_RE.search(before[-40:])
    return m.group(1) if m else ""


def _next_word(after: str) -> str:
    m = _NEXT_WORD_RE.match(after[:40])
    return m.group(1) if m else ""


def _resolve(
    branch: str, get: Callable[[str], str | None], published: date, before: str, after: str, anchored: bool = False
) -> _Span:
    if branch == "year":
        return _year_span(int(get("year")), False)

    if branch in ("month", "daymonth"):
        year, month, relative = _resolve_month(get, published, anchored or branch == "daymonth", before)
        if branch == "month":
            return _month_span(year, month, relative)
        day = int(get("day")) if get("day") else CAL.ordinal_days[get("ordinal")]
        if not 1 <= day <= _calendar.monthrange(year, month)[1]:
            raise _Reject
        return _Span(date(year, month, day), date(year, month, day), "day", relative)

    if branch == "numeric":
        try:
            day = date(int(get("y")), int(get("m")), int(get("d")))
        except ValueError as err:
            raise _Reject from err
        return _Span(day, day, "day", False)

    if branch == "hijri":
        if get("yonly"):
            year = int(get("yonly"))
            return _Span(
                _hijri_to_gregorian(year, 1, 1), _hijri_to_gregorian(year + 1, 1, 1) - timedelta(days=1), "year", False
            )
        if get("nd"):
            year, month, day = int(get("ny")), int(get("nm")), int(get("nd"))
        elif get("rd"):
            year, month, day = int(get("ry")), int(get("rm")), int(get("rd"))
        else:
            year, month = int(get("year")), CAL.hijri_months[re.sub(r"\s+", " ", get("month"))]
            day = int(get("day")) if get("day") else None
        if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 30):
            raise _Reject
        if day is None:
            return _Span(*_hijri_month_span(year, month), "month", False)
        converted = _hijri_to_gregorian(year, month, day)
        if get("wd"):  # the tabular calendar can be a day or two off Umm al-Qura: trust the weekday
            shift = (CAL.weekdays[get("wd")] - converted.weekday() + 3) % 7 - 3
            if abs(shift) <= 2:
                converted += timedelta(days=shift)
        return _Span(converted, converted, "day", False)

    if branch == "part":
        part = CAL.parts[get("word")]
        if get("m1"):
            year, month, relative = _resolve_month(get, published, True, before)
            anchor: _Span = _month_span(year, month, relative)
        elif get("pyear"):
            anchor = _year_span(int(get("pyear")), False)
        elif get("bare"):
            anchor = (
                _year_span(published.year, True)
                if get("bare") == "العام"
                else _month_span(published.year, published.month, True)
            )
        else:
            anchor = _resolve_relative_period(get, published)
        if anchor.precision == "month":
            first, last = CAL.part_month_days[part]
            last = min(last, anchor.end.day)
            return _Span(
                anchor.start.replace(day=first), anchor.start.replace(day=last), "part_of_month", anchor.relative
            )
        if anchor.precision == "year":
            first, last = CAL.part_year_months[part]
            year = anchor.start.year
            return _Span(date(year, first, 1), _month_span(year, last, True).end, "part_of_year", anchor.relative)
        raise _Reject  # مطلع الأسبوع: not a part we define

    if branch == "relperiod":
        return _resolve_relative_period(get, published)

    if branch == "reldays":
        word = re.sub(r"\s+", " ", get("word"))
        if word == "اليوم":
            if _next_word(after) in CAL.today_false_before or _previous_word(before) in CAL.today_false_after:
                raise _Reject
            if before.endswith('"') and after.startswith('"'):
                raise _Reject  # «اليوم», the newspaper
            if "ب" in get("cl") or _PER_DAY_RE.search(before):
                raise _Reject  # "900 ألف برميل في اليوم", "باليوم": per day
        if get("wd"):
            weekday = CAL.weekdays[get("wd")]
            day = _last_weekday(published, weekday, strictly_before=CAL.relative_days[word] < 0)
        else:
            day = published + timedelta(days=CAL.relative_days[word])
        return _Span(day, day, "day", True)

    if branch == "weekday":
        weekday = CAL.weekdays[get("wd")]
        if (
            _previous_word(before) in CAL.weekday_false_after[weekday]
            or _next_word(after) in CAL.weekday_false_before[weekday]
        ):
            raise _Reject
        shift = _modifier_shift(get("mod")) if get("mod") else None
        if shift is not None and shift > 0:
            day = published + timedelta(days=(weekday - published.weekday()) % 7 or 7)
        else:
            day = _last_weekday(published, weekday, strictly_before=shift is not None and shift < 0)
        return _Span(day, day, "day", True)
    raise AssertionError(branch)


def _resolve_top(m: re.Match, norm: str, published: date) -> _Span:
    branch = m.lastgroup
    before, after = norm[max(0, m.start() - 40) : m.start()], norm[m.end() : m.end() + 40]

    if branch == "since":
        for name, _ in _SINCE_BRANCHES:
            if m.group(f"s_{name}") is not None:
                anchor = _resolve(
                    name, lambda k, n=name: m.group(f"s_{n}_{k}"), published, before, after, anchored=True
                )
                # "Since" runs to the publication date; an anchor after it (a typo or a
                # wrong publication date) keeps just the anchor rather than a reversed range.
                return _Span(anchor.start, max(published, anchor.end), anchor.precision, True)
        raise AssertionError(m.group())

    if branch == "ago":
        number = m.group("ago_n")
        if m.group("ago_dual"):
            count, unit_word = 2, m.group("ago_dual")
        elif m.group("ago_one"):
            count, unit_word = 1, m.group("ago_one")
        else:
            number = re.sub(r"\s+", " ", number)
            count, unit_word = (int(number) if number.isdigit() else CAL.numbers[number]), m.group("ago_unit")
        unit = CAL.periods[unit_word]
        if unit == "year":
            return _year_span(published.year - count, True)
        if unit == "month":
            return _month_span(*_add_months(published.year, published.month, -count), True)
        if unit == "week":
            return _week_of(published - timedelta(weeks=count))
        day = published - timedelta(days=count)
        return _Span(day, day, "day", True)

    if branch == "earlier":
        month = _month_span(published.year, published.month, True)
        if m.group("earlier_when") == "سابق":
            return _Span(month.start, published, "month", True)
        return _Span(published, month.end, "month", True)

    if branch == "weekend":
        week = _week_of(published)
        if m.group("weekend_mod"):
            week = _week_of(week.start + timedelta(days=7 * _modifier_shift(m.group("weekend_mod"))))
            return _weekend_of(week)
        weekend = _weekend_of(week)
        if weekend.start > published and not m.group("weekend_this"):
            weekend = _weekend_of(_week_of(week.start - timedelta(days=7)))
        return weekend

    return _resolve(branch, lambda k: m.group(f"{branch}_{k}"), published, before, after)


_SINCE_BRANCHES = _branches("s_")
_STAND_IN = date(2000, 1, 1)  # resolves relative mentions for their precision when there is no date


def find_dates(text: str, published: date | None, *, normalized=None) -> list[DateMention]:
    """Every date expression in ``text``, in reading order, resolved against ``published``.

    ``text`` is the original article; offsets index it. With ``published=None`` relative
    mentions are returned unresolved (``resolved=False``, no dates). ``normalized`` is
    ``normalize_with_offsets(text)`` when the caller has it already.
    """
    norm, offsets = normalized or normalize_with_offsets(text)
    padded = " " + norm  # so that the first word, too, follows a separator
    mentions = []
    last_end = 0
    for candidate in _CANDIDATE_RE.finditer(padded):
        m = _DATE_RE.match(padded, candidate.end())
        if m is None or m.start() < last_end:
            continue
        try:
            span = _resolve_top(m, padded, published or _STAND_IN)
        except _Reject:
            continue
        last_end = m.end()
        resolved = published is not None or not span.relative
        start, end = original_span(text, offsets, m.start() - 1, m.end() - 1)
        mentions.append(
            DateMention(
                start=start,
                end=end,
                date_text=text[start:end],
                date_start=span.start if resolved else None,
                date_end=span.end if resolved else None,
                precision=span.precision,
                resolved=resolved,
                kind="relative" if span.relative else "absolute",
            )
        )
    return mentions
