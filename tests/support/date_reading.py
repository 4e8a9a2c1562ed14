"""Publication days and readers of date expressions, for the date tests of tests/analysis/extract (test_dates_*.py):
what :func:`analysis.extract.dates.find_dates` finds in a sentence published on a given day."""

from __future__ import annotations

from datetime import date

from analysis.extract.dates import DateMention, find_dates

D000 = date(2020, 12, 30)  # Wednesday
D001 = date(2020, 2, 5)  # Wednesday
D002 = date(2018, 12, 29)  # Saturday
D003 = date(2019, 3, 14)  # Thursday
D015 = date(2015, 7, 22)  # Wednesday, SaudiNewsNet
D_TUE = date(2015, 8, 4)  # a Tuesday


def d(text: str) -> date:
    """The day an ISO string names: ``d("2015-07-22") == date(2015, 7, 22)``."""
    return date.fromisoformat(text)


def only(text: str, published: date | None) -> DateMention:
    """The one date expression of ``text`` (the test fails if there are none or several)."""
    mentions = find_dates(text, published)
    assert len(mentions) == 1, mentions
    return mentions[0]


def days(text: str, published: date = D_TUE) -> list[tuple[str, str, str, str]]:
    """``(date_text, first day, last day, extent)`` of each date expression of ``text``:
    ``days("منذ اندلاع الأزمة في مارس 2011")[-1] == ("مارس 2011", "2011-03-01", "2015-08-04", "since")``."""
    return [(m.date_text, str(m.date_start), str(m.date_end), m.extent) for m in find_dates(text, published)]


def span_of(text: str, published: date, quote: str) -> tuple[str, str, str | None]:
    """``(first day, last day, when)`` of the one date expression of ``text`` written ``quote``."""
    found = [m for m in find_dates(text, published) if m.date_text == quote]
    assert len(found) == 1, find_dates(text, published)
    return found[0].date_start.isoformat(), found[0].date_end.isoformat(), found[0].when


def spans_of(text: str, published: date, quote: str) -> list[tuple[str, str]]:
    """``(first day, last day)`` of each date expression of ``text`` written ``quote`` (none, one or several)."""
    return [
        (m.date_start.isoformat(), m.date_end.isoformat()) for m in find_dates(text, published) if m.date_text == quote
    ]
