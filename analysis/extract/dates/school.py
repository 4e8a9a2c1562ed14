"""A part of the school year: "قبل بداية العام الدراسي الجديد" is the start of the school year, not of the calendar year.

The grammar reads ``بداية العام`` as the first third of the calendar year; when the year word is followed by an
adjective of the school, university or training year (``calendar.yaml``'s ``school_year``), the part is the school
year's, of the school year its modifier (after the adjective) names. Only the relative part of a bare year word is
read again: a school year written with its years (``العام الدراسي 1436/1437هـ``) keeps the convention of seasons.
"""

from __future__ import annotations

import re
from datetime import date

from analysis.extract.dates.calendar import CAL, SchoolYear, Span
from analysis.text.arabic import CONJUNCTIONS, PREPOSITIONS

_WORD_RE = re.compile(r"\w+")
#: The year word a part of the year ends with, maybe after هذا: "بداية العام", "مطلع هذا العام", "لبداية السنه".
_YEAR_WORD_END_RE = re.compile(r"(?:العام|السنه)$")
_PROCLITICS = tuple(CONJUNCTIONS + PREPOSITIONS)


def _part_of(written: str) -> str | None:
    """The name of the part (start, middle, end) a part word of ``written`` names, maybe after a proclitic."""
    for word in _WORD_RE.findall(written):
        for form in (word, *(word[len(p) :] for p in _PROCLITICS if word.startswith(p)), word[2:]):
            if form in CAL.parts:
                return CAL.parts[form]
    return None


def _span(school: SchoolYear, year: int, part: str) -> tuple[date, date]:
    """The days of ``part`` of the school year that begins in ``year``."""
    (m1, d1), (m2, d2) = school.parts[part]
    first_year = year if part == "start" else year + 1
    return date(first_year, m1, d1), date(year + 1 if part != "start" or m2 < m1 else year, m2, d2)


def school_year_part(padded: str, start: int, end: int, span: Span, published: date) -> Span | None:
    """The part of the school year that the part of a year ``padded[start:end]`` (read as ``span``) is, when a
    school year's adjective follows it (``بداية العام الدراسي الجديد``); else None."""
    school = CAL.school_year
    if school is None or span.precision != "part_of_year" or span.extent == "range":
        return None
    written = padded[start:end]
    if not _YEAR_WORD_END_RE.search(written):
        return None
    after = _WORD_RE.findall(padded[end : end + 40])
    if not after or after[0] not in school.adjectives:
        return None
    part = _part_of(written)
    if part is None or part not in school.parts:
        return None
    modifier = after[1] if len(after) > 1 else ""
    p = published
    if modifier in school.next_words:
        year = p.year if date(p.year, *school.first_day) > p else p.year + 1
    elif modifier in school.last_words:
        year = p.year - 1 if date(p.year, *school.last_day) < p else p.year - 2
    else:
        running = p.year if p >= date(p.year, *school.first_day) else p.year - 1
        if p <= date(running + 1, *school.last_day):
            year = running
        else:  # the summer between two school years: the nearer part, the start ahead or the end just past
            year = min(
                (running, running + 1),
                key=lambda y: max((_span(school, y, part)[0] - p).days, (p - _span(school, y, part)[1]).days, 0),
            )
    first, last = _span(school, year, part)
    if span.extent == "since":  # "منذ نهاية العام الدراسي المنصرم": from then to the publication day
        return Span(first, published, "part_of_year", True, "since") if first <= published else None
    return Span(first, last, "part_of_year", True, span.extent)
