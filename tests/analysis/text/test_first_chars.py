"""The first characters of a regex: a look-ahead guard that never changes what matches."""

import re

from analysis.extract.dates.grammar import DATE_RE
from analysis.text.first_chars import alternated, first_chars, guarded


def test_clitics_and_alternatives_give_every_first_letter():
    # وقبل يومين، فبعد 3 أيام: a conjunction, or the word itself
    first = first_chars(r"[وف]?(?:قبل|بعد)\s+\d")
    assert first is not None
    assert all(re.fullmatch(first, ch) for ch in "وفقب")
    assert not re.fullmatch(first, "ل")


def test_look_arounds_are_passed_over_and_classes_kept():
    first = first_chars(r"(?<![.,:/])(?:19\d\d|20\d\d|2100)")
    assert first is not None and all(re.fullmatch(first, ch) for ch in "12")
    assert not re.fullmatch(first, "3")
    assert first_chars(r"[0-3]?\d") is not None and re.fullmatch(first_chars(r"[0-3]?\d"), "٧")


def test_no_guard_where_a_match_may_be_empty_or_start_anywhere():
    assert first_chars(r"(?:منذ\s+)?") is None
    assert first_chars(r".+ه") is None
    assert first_chars(r"[^\d]+") is None
    assert guarded(r"(?:منذ\s+)?") == r"(?:منذ\s+)?"


def test_a_guarded_pattern_matches_what_it_matched():
    pattern = r"[وف]?(?:يوم\s+)?(?:الاحد|الاثنين)|\d{1,2}\s+(?:مايو|يونيو)"
    text = "وقال يوم الاحد ان الاجتماع في 12 مايو وفالاثنين"
    plain, guard = re.compile(pattern), re.compile(guarded(pattern))
    assert guard.pattern != plain.pattern
    assert [m.span() for m in guard.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_guarded_date_grammar_reads_what_the_plain_one_reads():
    from analysis.extract.dates.grammar import _TOP

    plain = re.compile(rf"(?<!\w)(?:{'|'.join(f'(?P<{name}>{body})' for name, body in _TOP)})(?!\w)")
    text = (
        " اعلنت الوزاره يوم الخميس 5 كانون الثاني 2017 ان الاجتماع سيعقد الاسبوع المقبل، ومنذ عام 2011"
        " قتل اكثر من 100 شخص، وفي 12 رمضان 1436ه الموافق 29/06/2015 وصل الوفد قبل يومين"
    )
    starts = [m.start() for m in re.finditer(r"(?<!\w)\w", text)]
    read = [(m.span(), m.lastgroup) for m in (DATE_RE.match(text, i) for i in starts) if m]
    assert read == [(m.span(), m.lastgroup) for m in (plain.match(text, i) for i in starts) if m]
    assert ((text.index("يوم الخميس"), text.index(" ان")), "daymonth") in read
    assert len(read) >= 5


def test_optional_groups_written_as_alternations_match_the_same():
    # (?:X)? → (?:X|): the same trials in the same order, so the same span, branch and groups
    pattern = r"(?<!\w)[وف]?(?:[بلك]?ال|لل)?(?P<w>عام|يوم)(?:\s+(?P<n>\d+)(?:\s*م)?)?(?:\s+(?:الماضي|المقبل))??"
    text = "وفي العام 2015 م وللعام الماضي ويوم 3 والعام المقبل"
    plain, alt = re.compile(pattern), re.compile(alternated(pattern))
    assert alt.pattern.count(")?") < plain.pattern.count(")?")
    assert "(?P<w>" in alt.pattern and ")??" in alt.pattern  # capturing and lazy groups left
    starts = range(len(text) + 1)
    read = [(m.span(), m.groups()) for m in (plain.match(text, i) for i in starts) if m]
    assert read == [(m.span(), m.groups()) for m in (alt.match(text, i) for i in starts) if m]
    assert any(groups[1] == "2015" for _, groups in read)


def test_classes_and_escapes_are_left_as_they_are():
    assert alternated(r"[(?:)]?\(?:x\)?(?:y)?") == r"[(?:)]?\(?:x\)?(?:y|)"


def test_the_glued_day_scan_finds_the_starts_the_one_pattern_found():
    # GLUED_DAY_RE opens with the digit (the engine skips to digits in C); the starts must be those the look-behind
    # alternative of the one pattern before it found, with the word starts in the same order
    from analysis.extract.dates.grammar import _CANDIDATE, _GLUED_AFTER, _GLUED_REST, GLUED_DAY_RE, candidate_starts

    glued_day = rf"(?:[0-3]\d|\d)(?!\d){_GLUED_REST}"  # the glued day as the one pattern wrote it (round of sample 199)
    one = re.compile(rf"[^\w](?={guarded(_CANDIDATE)})|{_GLUED_AFTER}(?={glued_day})")
    texts = [
        " الدمام25 شوال 1436 هـ",  # the agency's dateline
        " من الاربعاء27/10/1436هـ الموافق30 شوال وفي27 يوليو",
        " بين الخامس وال13 اكتوبر 2015 وال12 من الشهر",  # after the article: no glued day
        " الدمام123 شوال والرياض1 شوال وجده05-06-2015",  # three digits: none; one digit; a numeric date
        "25 شوال",  # no letter before
        " ا9 / 7 /",
    ]
    for text in texts:
        assert candidate_starts(text) == [m.end() for m in one.finditer(text)], text
    glued = [m.start() for m in GLUED_DAY_RE.finditer(texts[1])]
    assert glued == [texts[1].index("27/"), texts[1].index("30"), texts[1].index("27 ")]
