"""Paragraphs and sentences as offsets into the original article text."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from repo_paths import SEEDS

from analysis.text.segment import SENTENCE_COLUMNS, sentences_table, split_sentences


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in split_sentences(text)]


def paragraphs(text: str) -> list[int]:
    return [paragraph_idx for _, _, paragraph_idx in split_sentences(text)]


def test_the_docstring_example():
    # "قال لافروف." is 11 characters, "وأضاف أوغلو" 11 and "موسكو" 5.
    assert split_sentences("قال لافروف. وأضاف أوغلو\n\nموسكو") == [(0, 11, 0), (12, 23, 0), (25, 30, 1)]


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        # seed 000: two sentences on one line
        (
            "وهناك مؤشرات عن توافق روسي تركي ضمني. ويشير متابعون إلى أن ما يجري في المنطقة يشي بوجود توزيع أدوار.",
            ["وهناك مؤشرات عن توافق روسي تركي ضمني.", "ويشير متابعون إلى أن ما يجري في المنطقة يشي بوجود توزيع أدوار."],
        ),
        # seed 003: a hyphenated model number does not end the sentence
        (
            "وزير الدفاع التركي يؤكد وصول مقاتلات إف-35 في نوفمبر القادم",
            ["وزير الدفاع التركي يؤكد وصول مقاتلات إف-35 في نوفمبر القادم"],
        ),
        (
            "تنتظر وصول مقاتلات إف35- إلى ولاية ملاطية. وذلك رغم معارضة نواب",
            ["تنتظر وصول مقاتلات إف35- إلى ولاية ملاطية.", "وذلك رغم معارضة نواب"],
        ),
        # a decimal point is no full stop
        ("ارتفع التبادل التجاري 3.5 في المئة. وقال الوزير", ["ارتفع التبادل التجاري 3.5 في المئة.", "وقال الوزير"]),
        # seed 004: the time stamp "02 : 00" under the headline is one line of its own
        ("02 : 00", ["02 : 00"]),
        # a number ends a sentence: "منذ العام 2011." (002)
        (
            "أوقع أكثر من 360 ألف قتيل منذ العام 2011. وقال تشاوش اوغلو",
            ["أوقع أكثر من 360 ألف قتيل منذ العام 2011.", "وقال تشاوش اوغلو"],
        ),
        # seed 000: the closing quote stays with the sentence it closes ("...”.")
        (
            "قال لافروف لقد “أكدنا عزمنا المشترك على تطوير تعاوننا الفني والعسكري”. وأضاف الوزير الروسي",
            ["قال لافروف لقد “أكدنا عزمنا المشترك على تطوير تعاوننا الفني والعسكري”.", "وأضاف الوزير الروسي"],
        ),
        # ... and so does a quote after the full stop (001: "...على أرض الواقع.")
        (
            'وأضاف: "لا تستطيع روسيا أن تجعل الأسد يفعل ما تريده." وزعم المحلل',
            ['وأضاف: "لا تستطيع روسيا أن تجعل الأسد يفعل ما تريده."', "وزعم المحلل"],
        ),
        ("قال «نعم». ثم غادر", ["قال «نعم».", "ثم غادر"]),
        ("حلف شمال الأطلسي (الناتو). وأي طرف", ["حلف شمال الأطلسي (الناتو).", "وأي طرف"]),
        # seed 001: the Arabic question mark ends a sentence
        ("هل أعجبك الموضوع؟ شاركه مع أصدقائك!", ["هل أعجبك الموضوع؟", "شاركه مع أصدقائك!"]),
        ("لماذا؟! لا أحد يعرف", ["لماذا؟!", "لا أحد يعرف"]),
        ("وقال... ثم صمت", ["وقال...", "ثم صمت"]),
        ("وقال… ثم صمت", ["وقال…", "ثم صمت"]),
        # a terminator without a following space does not split ("S-400.2")
        ("نسخة S-400.2 جديدة", ["نسخة S-400.2 جديدة"]),
        # surrounding white space is not part of the sentence
        ("   قسد تسعى إلى اتفاق   ", ["قسد تسعى إلى اتفاق"]),
        # a fragment of bare punctuation is not a sentence
        ("-\n/\nقسد", ["قسد"]),
        ("", []),
        ("\n\n  \n", []),
    ],
)
def test_split_sentences(text_in, expected):
    assert sentences(text_in) == expected


def test_headlines_are_paragraphs_of_their_own():
    # the opening of seed 003: headline, blank line, lead, then three related headlines
    text = (SEEDS / "003_864faea840389226.txt").read_text(encoding="utf-8")
    spans = split_sentences(text)
    first = [(text[s:e], p) for s, e, p in spans[:5]]
    assert first == [
        ("استئناف الغارات على إدلب يفند التنسيق بين موسكو وأنقرة", 0),
        (
            "غارات روسية على محافظة إدلب هي الأولى من نوعها منذ سبتمبر الماضي تكشف تضارب المصالح الروسية "
            "والتركية رغم تصريحات تفيد بأن التنسيق بين الجانبين يسير في اتجاه واحد.",
            1,
        ),
        ('تركيا تبحث عن إنشاء "مركز تنسيق" مع روسيا في إدلب', 2),
        ("وزير الدفاع التركي يؤكد وصول مقاتلات إف35- في نوفمبر القادم", 3),
        ("هجوم لقوات النظام على معاقل المعارضة بدعم روسي", 4),
    ]


def test_seed_004_headline_timestamp_and_caption():
    text = (SEEDS / "004_2cd72250b67449e1.txt").read_text(encoding="utf-8")
    first = [(text[s:e], p) for s, e, p in split_sentences(text)[:4]]
    assert first == [
        ("على الرغم من العقوبات الأميركية", 0),
        ("موسكو وأنقرة تؤكدان استمرار تعاونهما العسكري", 1),
        ("02 : 00", 2),
        ("لافروف مستقبلاً نظيره التركي في سوتشي أمس (أ ف ب)", 3),
    ]


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        ("قال لافروف.\nوأضاف أوغلو.", [0, 1]),
        ("قال لافروف.\n\n\nوأضاف أوغلو.", [0, 1]),  # blank lines are no paragraphs
        ("قال لافروف.\n   \t\nوأضاف أوغلو.", [0, 1]),  # nor are lines of white space
        ("قال لافروف. وأضاف أوغلو.\nموسكو", [0, 0, 1]),
        ("\n\nعنوان\r\n\r\nنص المقال. جملة ثانية.", [0, 1, 1]),  # Windows line ends
    ],
)
def test_paragraph_idx_increases_only_on_non_blank_lines(text_in, expected):
    assert paragraphs(text_in) == expected


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_seed_sentences_slice_back_and_paragraphs_are_lines(path):
    text = path.read_text(encoding="utf-8")
    spans = split_sentences(text)
    lines = [line for line in text.splitlines() if line.strip()]
    assert spans
    assert sorted({p for _, _, p in spans}) == list(range(len(lines)))
    for start, end, p in spans:
        assert text[start:end] == text[start:end].strip()
        assert text[start:end] in lines[p]


def test_sentences_table():
    documents = pd.DataFrame(
        {
            "doc_id": ["002", "004"],
            "text": [
                "كشفت محادثات بين تركيا وروسيا جرت في موسكو. وأدّى قرار الرئيس الأميركي\nاضف تعليق",
                "على الرغم من العقوبات الأميركية\n\n02 : 00",
            ],
        }
    )
    table = sentences_table(documents)
    assert list(table.columns) == SENTENCE_COLUMNS
    first, second, third = "كشفت محادثات بين تركيا وروسيا جرت في موسكو.", "وأدّى قرار الرئيس الأميركي", "اضف تعليق"
    headline, stamp = "على الرغم من العقوبات الأميركية", "02 : 00"
    assert table.to_dict("records") == [
        {"doc_id": "002", "sentence_idx": 0, "paragraph_idx": 0, "start": 0, "end": len(first), "text": first},
        {
            "doc_id": "002",
            "sentence_idx": 1,
            "paragraph_idx": 0,
            "start": len(first) + 1,
            "end": len(first) + 1 + len(second),
            "text": second,
        },
        {
            "doc_id": "002",
            "sentence_idx": 2,
            "paragraph_idx": 1,
            "start": len(first) + len(second) + 2,
            "end": len(first) + len(second) + 2 + len(third),
            "text": third,
        },
        {"doc_id": "004", "sentence_idx": 0, "paragraph_idx": 0, "start": 0, "end": len(headline), "text": headline},
        {
            "doc_id": "004",
            "sentence_idx": 1,
            "paragraph_idx": 1,
            "start": len(headline) + 2,
            "end": len(headline) + 2 + len(stamp),
            "text": stamp,
        },
    ]
    for row in table.itertuples():
        assert documents.set_index("doc_id").text[row.doc_id][row.start : row.end] == row.text


def test_sentences_table_of_no_documents_has_the_columns():
    table = sentences_table(pd.DataFrame({"doc_id": [], "text": []}))
    assert list(table.columns) == SENTENCE_COLUMNS
    assert table.empty


# --- invariants ------------------------------------------------------------------------------

PIECES = [
    "قال لافروف",
    "روسيا",
    "وتركيا",
    "إف-35",
    "3.5",
    "2019",
    "02 : 00",
    "“أكدنا”",
    "«قسد»",
    "(الناتو)",
    ".",
    "!",
    "?",
    "؟",
    "…",
    "...",
    "”",
    '"',
    "-",
    "/",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\u00a0",
    "\u2028",
    "\x0c",
]
article_like = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@given(article_like | st.text())
def test_spans_are_ordered_disjoint_inside_and_trimmed(text):
    spans = split_sentences(text)
    previous_end, previous_paragraph = 0, 0
    for start, end, paragraph_idx in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        assert any(ch.isalnum() for ch in text[start:end])
        assert "\n" not in text[start:end] and "\r" not in text[start:end]
        assert previous_paragraph <= paragraph_idx
        previous_end, previous_paragraph = end, paragraph_idx


@given(article_like)
def test_no_text_is_lost_but_white_space_and_bare_punctuation(text):
    spans = split_sentences(text)
    covered = set()
    for start, end, _ in spans:
        covered.update(range(start, end))
    left_over = "".join(ch for i, ch in enumerate(text) if i not in covered)
    assert not any(ch.isalnum() for ch in left_over)
