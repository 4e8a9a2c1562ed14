"""The date grammar and its data: each branch with its resolver and an example, the precisions, what resolves
without a publication date, the seed articles read by hand, the invariants (Hypothesis) and the calendar file's
checks on load."""

from __future__ import annotations

from datetime import date

import pytest
from date_reading import D000, D001, D002, D003, D015, only
from hypothesis import given, settings
from hypothesis import strategies as st
from repo_paths import DATA, SEEDS

from analysis.extract.dates import PRECISIONS, CalendarError, find_dates, load_calendar
from analysis.extract.dates.grammar import BRANCHES, DATE_RE, match_date
from analysis.extract.dates.resolve import RESOLVERS
from analysis.text.normalize import normalize

# --- the grammar: its branches, resolvers and precisions; no publication date ---------------------------------------


@pytest.mark.parametrize(
    "text, kind",
    [
        ("أمس", "relative"),
        ("الثلاثاء", "relative"),
        ("الأسبوع الماضي", "relative"),
        ("في وقت سابق هذا الشهر", "relative"),
        ("منتصف ديسمبر", "relative"),
        ("أيلول/سبتمبر الماضي", "relative"),
        ("تشرين الأول/ أكتوبر", "relative"),  # a month without a year needs the date too
        ("منذ العام 2011", "relative"),
        ("منذ ستّ سنوات", "relative"),
    ],
)
def test_without_a_publication_date_relative_mentions_are_kept_unresolved(text, kind):
    m = only(text, None)
    assert (m.date_text, m.resolved, m.date_start, m.date_end, m.kind) == (text, False, None, None, kind)


@pytest.mark.parametrize("text", ["كانون الثاني/يناير 2017", "العام 2019", "مطلع العام 2019", "1436هـ"])
def test_absolute_mentions_resolve_without_a_publication_date(text):
    m = only(text, None)
    assert m.resolved and m.kind == "absolute" and m.date_start is not None


# One example per branch of the grammar, each resolved by the resolver registered for it.
BRANCH_EXAMPLES = {
    "since": "منذ العام 2011",
    "ago": "منذ ستّ سنوات",
    "earlier": "في وقت سابق هذا الشهر",
    "weekend": "نهاية الأسبوع",
    "part": "منتصف ديسمبر",
    "hijri": "يوم الخميس 21 شوال 1436هـ",
    "hijriyear": "1437هـ",
    "hijridmy": "26 / 9 / 1436هـ",  # التاريخ : 26 / 9 / 1436هـ, a royal order (SaudiNewsNet)
    "hijriymd": "1436/10/15 هـ",
    "hijrimy": "3 / 1436 هـ",  # خلال الفترة من 3 / 1436 هـ إلى 8 / 1436 هـ, a Shura report (SaudiNewsNet)
    "daymonth": "5 كانون الثاني 2017",
    "numeric": "30/07/2015",
    "month": "أيلول/سبتمبر الماضي",
    "relperiod": "الشهر الماضي",
    "reldays": "أمس",
    "weekday": "الثلاثاء",
    "year": "العام 2019",
    "anchored": "العام نفسه",  # read after a date that sets the year: see ANCHOR
    "lastn": "خلال الأسبوعين الماضيين",
    "quarter": "الربع الثاني من العام",
    "hijrirel": "رمضان الماضي",
    "season": "الخريف المقبل",
    "namedday": "ثورة 25 يناير",
    "dayofmonth": "العاشر من الشهر الجاري",
    "eid": "عيد الفطر الماضي",
}
#: What a branch that reads the date the text last set reads after.
ANCHOR = "وقعت الحادثة في 3 مايو 2014، وفي "


def test_every_branch_of_the_grammar_has_a_resolver_and_an_example():
    assert set(BRANCHES) == set(RESOLVERS) == set(BRANCH_EXAMPLES)


@pytest.mark.parametrize("branch, text", sorted(BRANCH_EXAMPLES.items()))
def test_each_branch_reads_its_example(branch, text):
    assert DATE_RE.match(" " + normalize(text), 1).lastgroup == branch
    if branch == "anchored":
        assert find_dates(ANCHOR + text, D015)[-1].date_text == text
    else:
        assert only(text, D015).date_text == text.removesuffix("ـ")  # the tatweel of هـ stays out, as above


def _read(m):
    """A match's span, branch and groups that took part, by name."""
    return None if m is None else (m.span(), m.lastgroup, {k: m.span(k) for k, v in m.groupdict().items() if v})


@pytest.mark.parametrize(
    "text",
    [
        *BRANCH_EXAMPLES.values(),
        ANCHOR + "اليوم التالي",
        "خلال شهري يونيو - يوليو 2015",  # the first month cut off (first_of_two_months)
        "منذ يوم 30 يونيو (حزيران) الماضي وفي نهاية عام .2000وتعتبر",
        "قال الوزير إن الاجتماع سيعقد الأسبوع المقبل في الرياض ولم يحدد موعده",
    ],
)
def test_the_branches_tried_one_by_one_match_as_the_grammar(text):
    """match_date (each branch alone, in order) matches where DATE_RE does, with the same span, branch and groups,
    at every word start, and cut short (an endpos)."""
    padded = " " + normalize(text)
    for at in [i for i in range(len(padded)) if i == 0 or not padded[i - 1].isalnum()]:
        whole = DATE_RE.match(padded, at)
        assert _read(match_date(padded, at)) == _read(whole)
        for cut in (at, at + 3, len(padded) - 2) if whole else (at + 4,):
            assert _read(match_date(padded, at, cut)) == _read(DATE_RE.match(padded, at, cut))


def test_precisions_are_the_documented_ones():
    assert PRECISIONS == ("day", "week", "part_of_month", "month", "part_of_year", "year")


# --- the seed articles, read by hand --------------------------------------------------------------------------------


SEED_DATES = {
    "000_4404655001853660.txt": (
        D000,
        [
            ("اليوم", "2020-12-30", "2020-12-30", "day"),  # يشهد شمال البلاد اليوم
            ("الثلاثاء", "2020-12-29", "2020-12-29", "day"),
            ("في وقت سابق هذا الشهر", "2020-12-01", "2020-12-30", "month"),
            ("منتصف ديسمبر", "2020-12-11", "2020-12-20", "part_of_month"),
            ("العام 2019", "2019-01-01", "2019-12-31", "year"),
        ],
    ),
    "001_1a97961f7f7f0c07.txt": (
        D001,
        [
            ("منذ نيسان/ أبريل الماضي", "2019-04-01", "2020-02-05", "month"),
            ("يوم الاثنين", "2020-02-03", "2020-02-03", "day"),
            ("نهاية الأسبوع", "2020-01-31", "2020-02-01", "week"),
            ("لعام 2017", "2017-01-01", "2017-12-31", "year"),
            ("الشهر الماضي", "2020-01-01", "2020-01-31", "month"),
            ("يوم الثلاثاء", "2020-02-04", "2020-02-04", "day"),
            ("تشرين الأول/ أكتوبر", "2019-10-01", "2019-10-31", "month"),
            ("يوم الاثنين", "2020-02-03", "2020-02-03", "day"),
        ],
    ),
    "002_561760d52f1d5973.txt": (
        D002,
        [
            ("اليوم السبت", "2018-12-29", "2018-12-29", "day"),
            ("السبت", "2018-12-29", "2018-12-29", "day"),
            ("الأسبوع الماضي", "2018-12-16", "2018-12-22", "week"),
            ("منذ ستّ سنوات", "2012-01-01", "2012-12-31", "year"),
            ("السبت", "2018-12-29", "2018-12-29", "day"),
            ("كانون الثاني/يناير 2017", "2017-01-01", "2017-01-31", "month"),
            ("منذ العام 2011", "2011-01-01", "2018-12-29", "year"),
            ("مطلع العام 2019", "2019-01-01", "2019-04-30", "part_of_year"),
            ("أيلول/سبتمبر الماضي", "2018-09-01", "2018-09-30", "month"),
        ],
    ),
    "003_864faea840389226.txt": (
        D003,
        [
            ("منذ سبتمبر الماضي", "2018-09-01", "2019-03-14", "month"),
            ("نوفمبر القادم", "2019-11-01", "2019-11-30", "month"),
            ("اليوم الخميس", "2019-03-14", "2019-03-14", "day"),
            ("الأربعاء", "2019-03-13", "2019-03-13", "day"),
            ("الخميس", "2019-03-14", "2019-03-14", "day"),
            ("الأربعاء", "2019-03-13", "2019-03-13", "day"),
            ("أيلول/سبتمبر", "2018-09-01", "2018-09-30", "month"),
            ("هذا الأسبوع", "2019-03-10", "2019-03-16", "week"),
            ("الأربعاء", "2019-03-13", "2019-03-13", "day"),
            ("الأربعاء", "2019-03-13", "2019-03-13", "day"),
            ("الأسبوع الماضي", "2019-03-03", "2019-03-09", "week"),
            ("السبت", "2019-03-09", "2019-03-09", "day"),
            ("تشرين ثان/نوفمبر القادم", "2019-11-01", "2019-11-30", "month"),
        ],
    ),
    "004_2cd72250b67449e1.txt": (
        D000,
        [
            ("أمس", "2020-12-29", "2020-12-29", "day"),
            ("في وقت سابق هذا الشهر", "2020-12-01", "2020-12-30", "month"),
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(SEED_DATES))
def test_seed_articles_yield_what_a_careful_reader_finds(name):
    published, expected = SEED_DATES[name]
    text = (SEEDS / name).read_text(encoding="utf-8")
    found = find_dates(text, published)
    assert [(m.date_text, str(m.date_start), str(m.date_end), m.precision) for m in found] == expected
    assert all(text[m.start : m.end] == m.date_text for m in found)


# --- invariants (Hypothesis) and the calendar file's checks ---------------------------------------------------------


_ARABIC_PIECES = [
    "اليوم",
    " السبت",
    " يوم الاثنين",
    " أمس",
    " منذ",
    " ستّ سنوات",
    " العام 2019",
    " ٢٠١٩",
    " أيلول/سبتمبر",
    " الماضي",
    " منتصف",
    " ديسمبر",
    " 12 يناير 2017",
    " 1436هـ",
    " إف-35",
    " ",
    "،",
    "ـ",
    "ّ",
    "َ",
    "\u200f",
    "\n",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(_ARABIC_PIECES), st.text(max_size=5)), max_size=12).map("".join),
    st.one_of(st.none(), st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))),
)
def test_offsets_always_slice_back_to_the_mention(text, published):
    for m in find_dates(text, published):
        assert text[m.start : m.end] == m.date_text
        assert m.precision in PRECISIONS and m.kind in ("absolute", "relative")
        assert m.resolved == (m.date_start is not None) == (m.date_end is not None)
        if m.resolved:
            assert m.date_start <= m.date_end


def test_a_broken_calendar_file_names_the_entry(tmp_path):
    broken = tmp_path / "calendar.yaml"
    text = (DATA / "calendar.yaml").read_text(encoding="utf-8")
    broken.write_text(text.replace("  3: [آذار, مارس]", "  13: [آذار, مارس]"), encoding="utf-8")
    with pytest.raises(CalendarError, match=r"months\.13"):
        load_calendar(broken)
