"""A fiscal year over two years: "للعام المالي 2015 - 2016" in a report on Egypt is July 2015 - June 2016.

The grammar and the ranges read a year pair (``2015 - 2016``, ``2014 / 2015``) as the two calendar years. After the words
of the fiscal year (السنة المالية، العام المالي, maybe with الجاري، الماضي، المنتهي ...) the pair is the fiscal year of the
country the text is about: the first month of ``calendar.yaml``'s ``fiscal_year_starts`` most named by its words in the
sentence, else in the whole text. With no country told (or two told as often) the calendar years stay.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta

from analysis.extract.dates.calendar import CAL, Span

_WORD_RE = re.compile(r"\w+")
#: The fiscal year's words right before the pair (normalised: ة is ه), maybe with a modifier and عام/عن/من before it.
_FISCAL_BEFORE_RE = re.compile(r"(?:السنه|العام|سنه|عام)\s+(?:ال)?ماليه?(?:\s+\w+){0,3}?\s*[(\-–]?\s*(?:عام\s+)?$")
_SENTENCE_END_RE = re.compile(r"[.!?؟\n]")


def _month_named(text: str) -> int | None:
    """The first month of the fiscal year most named by the countries' words of ``text``; None on a tie or none."""
    counts = Counter(CAL.fiscal_year_starts[w] for w in _WORD_RE.findall(text) if w in CAL.fiscal_year_starts)
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


def fiscal_year(padded: str, start: int, end: int, span: Span) -> Span | None:
    """The days of the fiscal year the year pair ``padded[start:end]`` (read as ``span``) names, or None."""
    if not CAL.fiscal_year_starts or span.precision != "year" or span.end.year != span.start.year + 1:
        return None
    if span.start != date(span.start.year, 1, 1) or not _FISCAL_BEFORE_RE.search(padded[max(0, start - 60) : start]):
        return None
    sentence_start = max((m.end() for m in _SENTENCE_END_RE.finditer(padded, 0, start)), default=0)
    after = _SENTENCE_END_RE.search(padded, end)
    month = _month_named(padded[sentence_start : after.start() if after else len(padded)]) or _month_named(padded)
    if month is None or month == 1:
        return None
    first = date(span.start.year, month, 1)
    return Span(first, date(span.end.year, month, 1) - timedelta(days=1), span.precision, span.relative, span.extent)
