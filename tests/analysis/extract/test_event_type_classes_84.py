"""Event types: classes fixed in the type round over samples 24-84 (2026-12-05, night), read on the false types of
samples 24-84 typed again and checked over the whole corpus (``dev/dates/README.md``). Real sentences, for and
against each rule."""

from __future__ import annotations

import pytest

from analysis.extract.events import classify_event_at


def type_of(sentence: str, date_text: str) -> str:
    start = sentence.index(date_text)
    return classify_event_at(sentence, start, start + len(date_text))


@pytest.mark.parametrize(
    "sentence, date_text, expected",
    [
        # a press conference named with its holder's pronoun is a statement (sample 82: typed talks by مؤتمر)
        ("ولدى سؤاله عن المفاجأة التي ذكرها في مؤتمره الصحفي يوم الجمعة الماضي، أكد فان غال ان يونايتد يسعى خلف لاعب",
         "يوم الجمعة الماضي", "statement"),
        ("وفي إجابة على سؤال في مؤتمره الصحافي اليومي الاثنين الماضي، عن جبهة النصرة", "الاثنين الماضي", "statement"),
        # ... and what the press conference announced for later is neither (the corpus: typed talks)
        ("وأشار بلاتر -في مؤتمره الصحفي- إلى أنه سيعود ابتداءً من الـ26 من شباط/فبراير 2016 إلى مهنته السابقة كصحفي.",
         "الـ26 من شباط/فبراير 2016", "other"),
        # a conference that is no press conference stays a meeting
        ("يشارك مركز الملك عبدالله بن عبدالعزيز الدولي للحوار بين أتباع الأديان والثقافات، في مؤتمر «الحوار بين أتباع "
         "الأديان والثقافات»، الذي ينطلق اليوم وغدا في برشلونة الإسبانية.", "اليوم", "talks"),
    ],
)  # fmt: skip
def test_a_press_conference_with_a_pronoun_is_a_statement(sentence, date_text, expected):
    assert type_of(sentence, date_text) == expected
