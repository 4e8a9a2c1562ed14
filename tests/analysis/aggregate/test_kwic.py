"""Keyword in context (``KwicIndex.search``): which words a query finds, where, and with what around it.

Every text is a sentence of a seed article (``seeds/*.txt``) or of SaudiNewsNet (2015-07-21…23).
Expected matches are written out by hand as the surface found in the ORIGINAL text; positions are
looked up with ``str.index`` in that text, never taken from the index under test.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.aggregate.kwic import KWIC_COLUMNS, KwicIndex
from analysis.text.normalize import normalize


def lines_as_sentences(docs: dict[str, str]) -> pd.DataFrame:
    """One sentence per line (the tests' own rule, so sentence numbers are known by hand)."""
    rows = []
    for doc_id, text in docs.items():
        start = 0
        for idx, line in enumerate(text.split("\n")):
            rows.append((doc_id, idx, start, start + len(line), line))
            start += len(line) + 1
    return pd.DataFrame(rows, columns=["doc_id", "sentence_idx", "start", "end", "text"])


def index_of(*texts: str) -> KwicIndex:
    docs = {f"d{i}": text for i, text in enumerate(texts)}
    return KwicIndex(docs, lines_as_sentences(docs))


def spans_of(text: str, surfaces: list[str]) -> list[tuple[int, int]]:
    """Where each surface occurs in ``text``, each looked for after the previous one."""
    spans, at = [], 0
    for surface in surfaces:
        start = text.index(surface, at)
        spans.append((start, start + len(surface)))
        at = start + len(surface)
    return spans


def check_found(query: str, text: str, found: list[str]) -> pd.DataFrame:
    hits = index_of(text).search(query)
    assert list(hits.columns) == KWIC_COLUMNS
    assert hits["match"].tolist() == found
    assert list(zip(hits["start"], hits["end"])) == spans_of(text, found)
    assert [text[s:e] for s, e in zip(hits["start"], hits["end"])] == found
    return hits


# --- proclitics: و ف, then ب ل ك, then the article ----------------------------------------------

PROCLITIC_CASES = [
    # seeds/002: "and Russia"
    ("روسيا", "كشفت محادثات بين تركيا وروسيا جرت في موسكو، اليوم السبت", ["وروسيا"]),
    # SaudiNewsNet 2015-07-21: "loyal to Russia"
    ("روسيا", "حيث يخوض مقاتلون موالون لروسيا تمردا ضد السلطات، حسبما أكدت كييف أمس.", ["لروسيا"]),
    # SaudiNewsNet 2015-07-21: "in Russia"
    ("روسيا", "سحابة هائلة من الدخان ترتفع فوق السهب الجنوبية بروسيا.", ["بروسيا"]),
    # SaudiNewsNet 2015-07-22: "such as Russia and China"
    ("روسيا", "من بين المتفاوضين على الاتفاق كروسيا والصين من عرقلة أي عقوبات على إيران", ["كروسيا"]),
    # SaudiNewsNet 2015-07-23: "so Russia is a party"
    ("روسيا", "لذلك فروسيا طرف مؤثر في الصراعات الاقليمية القائمة وتحديداً في سوريا", ["فروسيا"]),
    # two in one sentence, each with its own proclitic
    ("روسيا", "مقاتلون موالون لروسيا وروسيا تنفي", ["لروسيا", "وروسيا"]),
    # seeds/004: the adjective is another word (suffixes are not stripped)
    ("روسيا", "التي تتأثّر بتجاذب المصالح الروسية والتركية في بلاد الشام", []),
    # SaudiNewsNet 2015-07-22: "the Russians" is another word than "Russia"...
    ("روسيا", "وتسابق الأمريكان والألمان والروس والنمساويون والبريطانيون", []),
    # ... found when asked for, with و before its article
    ("الروس", "وتسابق الأمريكان والألمان والروس والنمساويون والبريطانيون", ["والروس"]),
    ("روس", "وتسابق الأمريكان والألمان والروس والنمساويون والبريطانيون", ["والروس"]),
    # SaudiNewsNet 2015-07-21: ل + القوات is written للقوات
    ("القوات", "الفريق أول صدقي صبحي القائد العام للقوات المسلحة وزير الدفاع", ["للقوات"]),
    ("قوات", "الفريق أول صدقي صبحي القائد العام للقوات المسلحة وزير الدفاع", ["للقوات"]),
    # SaudiNewsNet 2015-07-22: و + القوات, ب + ال
    ("القوات", "موجود لدى قادة آخرين في مجلس النواب والقوات المسلحة.", ["والقوات"]),
    ("القوات", "طالبت المعارضة بالقوات الدولية", ["بالقوات"]),
    # seeds/003: لقوات ("to forces of") has no article, so "the forces" is not in it
    ("القوات", "هجوم لقوات النظام على معاقل المعارضة بدعم روسي", []),
    ("قوات", "هجوم لقوات النظام على معاقل المعارضة بدعم روسي", ["لقوات"]),
    # seeds/000: a word that merely starts like the query is not it
    ("روس", "شكلت الضغوط الدولية المتصاعدة على كل من روسيا وتركيا", []),
]


@pytest.mark.parametrize("query, text, found", PROCLITIC_CASES)
def test_a_match_may_carry_proclitics(query, text, found):
    check_found(query, text, found)


@pytest.mark.parametrize("query", ["عبدالعزيز", "عبد العزيز"])
def test_a_compound_name_is_found_joined_and_apart(query):
    # SaudiNewsNet writes both; the terms count them as one, so a click on the term finds both
    check_found(query, "قال سلمان بن عبد العزيز إن، وأكد عبدالعزيز ذلك", ["عبد العزيز", "عبدالعزيز"])


@pytest.mark.parametrize("query", ["الأمريكية", "الأميركية"])
def test_a_word_is_found_in_either_house_spelling(query):
    # aawsat writes الأميركية, aleqtisadiya الأمريكية: the terms count them as one, so the search finds both
    check_found(query, "قالت الخارجية الأميركية إن الخارجية الأمريكية", ["الأميركية", "الأمريكية"])


# --- normalisation: the query and the article are compared in normalised form ------------------

NORMALISATION_CASES = [
    # seeds/004: the article writes the shadda, the analyst does not
    ("قوات", 'كشفت وسائل إعلامية أن "قوّات سوريا الديموقراطية" سلمت', ["قوّات"]),
    # seeds/000: the analyst writes the shadda, the article does not
    ("قوّات", "للضغط على قوات سوريا الديمقراطية المعروفة بقسد", ["قوات"]),
    # seeds/002: a shadda in the middle of the word
    ("المتحدة", "بعيد قرار الولايات المتّحدة سحب جنودها من شمال سوريا", ["المتّحدة"]),
    # seeds/002: hamza on the alef and ta marbuta, typed without them
    ("انقره", "وفي حين أيدت موسكو هذا التحرّك لقوات النظام السوري، فإنّ أنقرة انتقدته بشدّة", ["أنقرة"]),
    ("أنقرة", "زار وفد تركي انقره السبت", ["انقره"]),
    # seeds/002: alef maqsura and hamza below: إلى and الى are one word
    ("إلى", 'ولفت التقرير، الى "وفي أول إشارة إلى انقلاب التحالفات', ["الى", "إلى"]),
    # SaudiNewsNet 2015-07-23: a shadda before the ta marbuta
    ("حية", "نموذجًا تحليليًا يقدِّم صورة حيّة ومباشرة قائمة على الخبرة", ["حيّة"]),
    # SaudiNewsNet 2015-07-21: a tatweel after the article, before the digits
    ("24", "مرتاحة بشأن فترة الـ24 يوما لإنها ليست كافية", ["الـ24"]),
    # a stretched word (kashida)
    ("روسيا", "أعلنت روســيا استئناف الغارات", ["روســيا"]),
    # seeds/001: brackets and digits are searched as they are, not as a pattern
    ("(إس 400)", "وصفقة منظومة الدفاع الجوي (إس 400) التي تسببت في قلق حلف", ["(إس 400)"]),
]


@pytest.mark.parametrize("query, text, found", NORMALISATION_CASES)
def test_query_and_text_are_compared_normalised(query, text, found):
    check_found(query, text, found)


# --- phrases ------------------------------------------------------------------------------------

PHRASE_CASES = [
    # seeds/000
    ("قوات سوريا الديمقراطية", "للضغط على قوات سوريا الديمقراطية المعروفة بقسد", ["قوات سوريا الديمقراطية"]),
    # the same phrase broken over two lines, spaced twice, or with a no-break space
    ("قوات سوريا الديمقراطية", "للضغط على قوات سوريا\nالديمقراطية المعروفة بقسد", ["قوات سوريا\nالديمقراطية"]),
    ("قوات سوريا الديمقراطية", "للضغط على قوات  سوريا   الديمقراطية", ["قوات  سوريا   الديمقراطية"]),
    ("قوات سوريا الديمقراطية", "للضغط على قوات\u00a0سوريا الديمقراطية", ["قوات\u00a0سوريا الديمقراطية"]),
    # extra spaces in the query are not searched for
    ("  قوات   سوريا الديمقراطية ", "للضغط على قوات سوريا الديمقراطية", ["قوات سوريا الديمقراطية"]),
    # the proclitic goes on the first word only (the dashboard's example query)
    (
        "وقف إطلاق النار",
        "دعت إلى وقف إطلاق النار في إدلب ولوقف إطلاق النار شروط",
        ["وقف إطلاق النار", "ولوقف إطلاق النار"],
    ),
    # quotes around the query, as in a web search, ask for the phrase (they are not searched for)
    ('"وقف إطلاق النار"', "دعت إلى وقف إطلاق النار في إدلب", ["وقف إطلاق النار"]),
    ("«قوات سوريا الديمقراطية»", "للضغط على قوات سوريا الديمقراطية المعروفة بقسد", ["قوات سوريا الديمقراطية"]),
    # a comma between the words: not the phrase
    ("قوات سوريا الديمقراطية", "قوات سوريا، الديمقراطية", []),
    # all words must follow each other
    ("روسيا تركيا", "روسيا وتركيا", []),
]


@pytest.mark.parametrize("query, text, found", PHRASE_CASES)
def test_a_phrase_matches_over_any_run_of_spaces(query, text, found):
    check_found(query, text, found)


# --- offsets point into the original text --------------------------------------------------------

OFFSET_CASES = [
    # a fatha on the proclitic: the match starts at the و
    ("روسيا", "قال إن وَروسيا تنفي", "وَروسيا"),
    # tanwin after the last letter belongs to the word
    ("قوات", "دخلت قوّاتٌ تركية إلى إدلب", "قوّاتٌ"),
    # a right-to-left mark before the word is left out of the match
    ("روسيا", "قال \u200fروسيا تنفي", "روسيا"),
    # a tatweel and a shadda inside a phrase
    ("الولايات المتحدة", "قرار الولايــات المتّحدة سحب جنودها", "الولايــات المتّحدة"),
]


@pytest.mark.parametrize("query, text, surface", OFFSET_CASES)
def test_offsets_slice_the_original_text(query, text, surface):
    hits = index_of(text).search(query)
    start = text.index(surface)
    assert (hits["start"].tolist(), hits["end"].tolist()) == ([start], [start + len(surface)])
    assert hits["match"].tolist() == [surface]


# --- context, sentence, limit, selection ----------------------------------------------------------

# seeds/002, lines 1 and 3 (with the empty line between paragraphs)
PARAGRAPHS = (
    "كشفت محادثات بين تركيا وروسيا جرت في موسكو.\n"
    "\n"
    "وفي حين أيدت موسكو هذا التحرّك لقوات النظام السوري، فإنّ أنقرة انتقدته بشدّة."
)


def test_context_is_cut_at_a_line_break():
    hits = index_of(PARAGRAPHS).search("موسكو")
    assert hits["match"].tolist() == ["موسكو", "موسكو"]
    first, second = hits.iloc[0], hits.iloc[1]
    assert (first["left"], first["right"]) == ("كشفت محادثات بين تركيا وروسيا جرت في ", ".")
    assert (second["left"], second["right"]) == (
        "وفي حين أيدت ",
        " هذا التحرّك لقوات النظام السوري، فإنّ أنقرة انتقدته بشدّة.",
    )


def test_context_is_the_whole_words_within_context_characters():
    hits = index_of(PARAGRAPHS).search("أنقرة", context=12)
    # 12 characters either side would cut "السوري،" and "بشدّة." mid-word (لسوري، / بشد): the
    # context keeps the words that fit whole (the shadda of فإنّ is one of the 12)
    assert (hits["left"].iloc[0], hits["match"].iloc[0], hits["right"].iloc[0]) == ("فإنّ ", "أنقرة", " انتقدته")
    hits = index_of(PARAGRAPHS).search("أنقرة", context=3)
    assert (hits["left"].iloc[0], hits["right"].iloc[0]) == ("", "")  # no whole word fits


def test_a_context_ending_at_a_word_end_keeps_that_word():
    # seeds/002: the window of 13 characters ends exactly after "التحرّك"
    text = "أيدت موسكو هذا التحرّك لقوات النظام"
    hits = index_of(text).search("موسكو", context=len(" هذا التحرّك"))
    assert (hits["left"].iloc[0], hits["right"].iloc[0]) == ("أيدت ", " هذا التحرّك")


def test_sentence_idx_is_the_sentence_holding_the_start():
    hits = index_of(PARAGRAPHS).search("موسكو")
    assert hits["sentence_idx"].tolist() == [0, 2]  # line 1 is the empty line between paragraphs
    phrase = index_of("للضغط على قوات سوريا\nالديمقراطية المعروفة بقسد").search("قوات سوريا الديمقراطية")
    assert phrase["sentence_idx"].tolist() == [0]  # a match over two sentences belongs to the first


THREE_ARTICLES = (
    "أكد لافروف أن موسكو وأنقرة ستواصلان التعاون مع موسكو",  # seeds/004-like
    "زار وفد تركي موسكو السبت",  # seeds/002
    "تبحث أنقرة وموسكو عن متنفس",  # seeds/000
)


def test_hits_come_in_corpus_order_up_to_limit():
    index = index_of(*THREE_ARTICLES)
    every = index.search("موسكو")
    assert list(zip(every["doc_id"], every["match"])) == [
        ("d0", "موسكو"),
        ("d0", "موسكو"),
        ("d1", "موسكو"),
        ("d2", "وموسكو"),
    ]
    limited = index.search("موسكو", limit=3)
    assert list(zip(limited["doc_id"], limited["start"])) == [
        ("d0", THREE_ARTICLES[0].index("موسكو")),
        ("d0", THREE_ARTICLES[0].rindex("موسكو")),
        ("d1", THREE_ARTICLES[1].index("موسكو")),
    ]


def test_doc_ids_restrict_the_search():
    index = index_of(*THREE_ARTICLES)
    assert index.search("موسكو", doc_ids={"d1", "d2"})["doc_id"].tolist() == ["d1", "d2"]
    assert index.search("موسكو", doc_ids=set()).empty  # an empty selection finds nothing


@pytest.mark.parametrize(
    "query",
    ["", "   ", "\u0651", "ـــ", "\u200f", "«»"],  # nothing, spaces, a lone shadda, tatweel, a bidi mark, quotes
)
def test_a_query_with_no_letters_finds_nothing(query):
    hits = index_of(*THREE_ARTICLES).search(query)
    assert hits.empty and list(hits.columns) == KWIC_COLUMNS


def test_a_query_found_nowhere_gives_the_columns():
    hits = index_of(*THREE_ARTICLES).search("واشنطن")
    assert hits.empty and list(hits.columns) == KWIC_COLUMNS


# --- every decorated occurrence is found, and offsets and context always hold ---------------------

_FILLER = st.sampled_from(["تركيا", "موسكو", "أنقرة", "إدلب", "قوات", "الروسية", "روسي", "روس", "سوريا", "2019"])
_SEPARATOR = st.sampled_from([" ", "  ", "\n", "، ", ". ", "\n\n", "\u00a0"])
_MARKS = st.sampled_from(["", "", "", "\u0651", "\u064e", "\u064c", "\u0640"])  # shadda, fatha, tanwin, tatweel


@st.composite
def decorated_russia(draw) -> str:
    """روسيا with a proclitic, and a diacritic or tatweel after any of its letters."""
    proclitic = draw(st.sampled_from(["", "و", "ل", "ب", "ك", "ف", "وب", "فل"]))
    return proclitic + "".join(letter + draw(_MARKS) for letter in "روسيا")


@st.composite
def article(draw) -> tuple[str, int]:
    words = draw(st.lists(_FILLER, max_size=12))
    n = draw(st.integers(0, 4))
    for _ in range(n):
        words.insert(draw(st.integers(0, len(words))), draw(decorated_russia()))
    separators = [draw(_SEPARATOR) for _ in words]
    return "".join(w + s for w, s in zip(words, separators)), n


@settings(max_examples=200, deadline=None)
@given(article(), st.integers(1, 40))
def test_every_occurrence_is_found_and_slices_back(generated, context):
    text, n = generated
    hits = index_of(text).search("روسيا", context=context)
    assert len(hits) == n
    for row in hits.itertuples():
        assert text[row.start : row.end] == row.match
        assert normalize(row.match).endswith("روسيا")
        assert "\n" not in row.left and "\n" not in row.right
        assert text[: row.start].endswith(row.left) and text[row.end :].startswith(row.right)
        # whole words: the context begins and ends at a space or its line's ends, within ``context``
        before = text[: row.start - len(row.left)]
        after = text[row.end + len(row.right) :]
        assert len(row.left) <= context and len(row.right) <= context
        # (or next to the match, when what is glued to it, روسياـ، , does not fit whole)
        assert before == "" or before[-1].isspace() or row.left == ""
        assert after == "" or after[0].isspace() or row.right == ""
        # ... and as many of them as fit: the next word out would not have
        words_before = re.search(r"(\S+)[^\S\n]*\Z", before)
        if words_before:
            assert row.start - words_before.start(1) > context
        words_after = re.match(r"[^\S\n]*(\S+)", after)
        if words_after:
            assert len(row.right) + words_after.end(1) > context
