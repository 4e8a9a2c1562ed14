"""Event types are read near their date: the seeds' sentences that hold two events."""

from __future__ import annotations

import pytest

from analysis.extract.events import (
    EventTypesError,
    classify_event,
    classify_event_at,
    classify_events_at,
    load_event_types,
)


def type_of(sentence: str, date_text: str) -> str:
    start = sentence.index(date_text)
    return classify_event_at(sentence, start, start + len(date_text))


# (sentence from the seeds, the date expression, its type, the sentence's type)
TWO_EVENTS = [
    (  # 001: soldiers killed on Monday; Turkey deployed reinforcements at the weekend
        "في الساعات الأولى من يوم الاثنين، اتخذ الهجوم منعطفًا دراماتيكيًا عندما قتلت قوات النظام  ثمانية "
        "أفراد عسكريين ومدنيين أتراك في قصف مدفعي على أحد المواقع التركية بالقرب من سراقب، وهي بلدة تقع عند "
        "تقاطع الطرق السريعة M4 وM5 المهمة استراتيجيًا حيث نشرت تركيا قوات إضافية في نهاية الأسبوع.",
        "نهاية الأسبوع",
        "deployment",
        "casualties",
    ),
    (  # 001: the Astana agreement of 2017, in a sentence about the attack
        "وجاء الهجوم على الموقع التركي ومقتل الجنود الأتراك عشية زيارة قام بها الرئيس التركي رجب طيب أردوغان "
        "إلى أوكرانيا، والذي استخدم هذه الرحلة لدعوة روسيا لاحترام اتفاق أستانا لعام 2017 الذي يسعى إلى "
        "تمهيد الطريق لحل سياسي في سوريا.",
        "لعام 2017",
        "agreement",
        "casualties",
    ),
    (  # 003: Russian strikes on Wednesday, the first since the Sochi agreement of September
        "وتأتي هذه التصريحات في حين نفذت طائرات روسية الأربعاء ضربات على إدلب لأول مرة منذ إبرام اتفاق سوتشي "
        "في أيلول/سبتمبر بين موسكو وأنقرة سمح بتفادي هجوم على هذه المنطقة.",
        "أيلول/سبتمبر",
        "agreement",
        "strike",
    ),
    (  # 000: Lavrov said on Tuesday … despite the sanctions imposed earlier this month
        "وأكد وزير الخارجية الروسي سيرغي لافروف الثلاثاء أن التعاون العسكري بين موسكو وأنقرة سيتواصل رغم "
        "العقوبات التي فرضتها الولايات المتحدة في وقت سابق هذا الشهر على أنقرة.",
        "الثلاثاء",
        "statement",
        "sanctions",
    ),
]


@pytest.mark.parametrize("sentence, date_text, expected, sentence_type", TWO_EVENTS)
def test_the_keyword_nearest_the_date_decides(sentence, date_text, expected, sentence_type):
    assert type_of(sentence, date_text) == expected
    assert classify_event(sentence) == sentence_type  # the sentence as a whole says otherwise


def test_each_date_of_a_sentence_gets_its_own_type():
    sentence = TWO_EVENTS[3][0]
    assert type_of(sentence, "الثلاثاء") == "statement"
    assert type_of(sentence, "في وقت سابق هذا الشهر") == "sanctions"


def test_a_reporting_word_far_from_the_date_does_not_decide():
    # 003: "تصريحات" is seven words after the date; the sentence is about strikes.
    sentence = (
        "غارات روسية على محافظة إدلب هي الأولى من نوعها منذ سبتمبر الماضي تكشف تضارب المصالح الروسية "
        "والتركية رغم تصريحات تفيد بأن التنسيق بين الجانبين يسير في اتجاه واحد."
    )
    assert type_of(sentence, "منذ سبتمبر الماضي") == "strike"


def test_an_open_ended_keyword_takes_suffixes():
    # 003: "غاراتهما" (their strikes) is غارات* with a pronoun suffix.
    sentence = (
        "وعقب إبرام الاتفاقية، أوقفت روسيا وقوات النظام السوري غاراتهما الجوية على إدلب لفترة وجيزة لتعود "
        "هذا الأسبوع لتثير الشكوك حول مدى جدية التنسيق بين روسيا وتركيا."
    )
    assert type_of(sentence, "هذا الأسبوع") == "strike"


def test_no_keyword_is_other_and_diacritics_do_not_shift_the_date():
    assert type_of("وصل الوفد يوم الأحد", "يوم الأحد") == "other"
    voweled = "تَحَدَّثَا مُبَاشَرَةً عَبْرَ الهَاتِفِ يَوْمَ الثُّلَاثَاءِ"
    assert type_of(voweled, "يَوْمَ الثُّلَاثَاءِ") == "phone_call"


def test_the_batch_gives_what_each_alone_gives(seed_tables):
    events = seed_tables.events
    sentences = events["sentence"].tolist()
    spans = []
    for sentence, date_text in zip(sentences, events["date_text"]):
        start = sentence.index(date_text)
        spans.append((start, start + len(date_text)))
    batch = classify_events_at(sentences, spans)
    assert batch == [classify_event_at(s, a, b) for s, (a, b) in zip(sentences, spans)]
    assert batch == events["event_type"].tolist()


def test_weak_must_be_true_or_false(tmp_path):
    lexicon = tmp_path / "event_types.yaml"
    lexicon.write_text(
        "types:\n  - {id: statement, label_en: S, label_ar: ت, keywords: [قال], weak: often}\n"
        "other: {id: other, label_en: Other, label_ar: أخرى}\n",
        encoding="utf-8",
    )
    with pytest.raises(EventTypesError, match=r"event_types.yaml: event type #1 \(statement\): 'weak' must be"):
        load_event_types(str(lexicon))


def test_a_sentence_holding_the_batch_separator_keeps_its_offsets():
    sentence = "جرت محادثات\x1f في موسكو أمس"
    spans = [(sentence.index("أمس"), len(sentence))]
    assert classify_events_at([sentence, "وصل الوفد أمس"], [*spans, (10, 13)]) == ["talks", "other"]
