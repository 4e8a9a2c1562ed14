"""Arabic normalisation: each small function, the pipeline, and offsets back to the original.

Examples come from the seed articles (Russian–Turkish relations in northern Syria).
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from analysis.text.normalize import (
    normalize,
    normalize_alef,
    normalize_alef_maqsura,
    normalize_digits,
    normalize_joined_with_offsets,
    normalize_punctuation,
    normalize_spaces,
    normalize_ta_marbuta,
    normalize_with_offsets,
    original_span,
    strip_diacritics,
    strip_invisibles,
    strip_tatweel,
)

# --- one function per normalisation ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        ("أنقرة", "انقرة"),  # hamza above: أنقرة throughout the seeds
        ("إدلب", "ادلب"),  # hamza below: "غارات روسية على محافظة إدلب" (003)
        ("آستانا", "استانا"),  # madda: "مسار آستانا" (002); 001 spells it أستانا
        ("آكار", "اكار"),  # "خلوصي آكار" (003)
        ("ٱلله", "الله"),  # wasla
        ("أأإإآآٱٱ", "اااااااا"),
        ("موسكو", "موسكو"),  # nothing to do
    ],
)
def test_normalize_alef(text_in, expected):
    assert normalize_alef(text_in) == expected


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        ("إلى", "إلي"),  # "يترجم إلى تبادل أدوار" (000); only the maqsura changes
        ("الأولى", "الأولي"),  # "هي الأولى من نوعها" (003)
        ("حتى", "حتي"),  # "حتى الآن" (003)
        ("موسیقی", "موسيقي"),  # Persian yeh
        ("سوريا", "سوريا"),
    ],
)
def test_normalize_alef_maqsura(text_in, expected):
    assert normalize_alef_maqsura(text_in) == expected


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        ("التركية", "التركيه"),  # "الرئاسة التركية" (001)
        ("أنقرة", "أنقره"),
        ("الرئاسة التركية", "الرئاسه التركيه"),
        ("تركيا", "تركيا"),
    ],
)
def test_normalize_ta_marbuta(text_in, expected):
    assert normalize_ta_marbuta(text_in) == expected


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        ("قوّات", "قوات"),  # shadda: "قوّات سوريا الديموقراطية" (004)
        ("الجيشَيْن", "الجيشين"),  # fatha + sukun: "لتسليم المنطقة للجيشَيْن الروسي والسوري" (004)
        ("الناحيتَيْن", "الناحيتين"),  # "خاطئ من الناحيتَيْن القانونية والسياسية" (004)
        ("يُنظر", "ينظر"),  # damma: "ولا يُنظر إلى التقارب" (000)
        ("اعتداءً", "اعتداء"),  # tanwin fath: "تعتبر اعتداءً على الحقوق" (000)
        ("منعطفًا", "منعطفا"),  # "اتخذ الهجوم منعطفًا دراماتيكيًا" (001)
        ("قُتل", "قتل"),  # "حيث قُتل أكثر من 1000 مدني" (001)
        ("هٰذا", "هذا"),  # dagger alef
        ("قوّاتٌ", "قوات"),  # shadda and tanwin together
        ("روسيا", "روسيا"),
    ],
)
def test_strip_diacritics(text_in, expected):
    assert strip_diacritics(text_in) == expected


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        ("روســيا", "روسيا"),
        ("تـركـيا", "تركيا"),
        ("ـ", ""),
        ("قوّات", "قوّات"),  # diacritics are another step's business
    ],
)
def test_strip_tatweel(text_in, expected):
    assert strip_tatweel(text_in) == expected


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        # SaudiNewsNet: a tatweel between two numbers is the dash of a range, spaced or not, one or several
        (
            "انطلاقة المسابقة العين الإماراتي عام 2002 ـ 2003 ثم 2004",
            "انطلاقه المسابقه العين الاماراتي عام 2002 - 2003 ثم 2004",
        ),
        ("للفترة من 2015ـ2025.", "للفتره من 2015-2025."),
        ("للعام الدراسي المقبل ١٤٣٦ ــ ١٤٣٧هـ.", "للعام الدراسي المقبل 1436 - 1437ه."),
        ("خطتها الاستراتيجية (2015 ـــ 2020).", "خطتها الاستراتيجيه (2015 - 2020)."),
        ("نشرت القضية في 7 ـ 12 ـ 2010 بعنوان", "نشرت القضيه في 7 - 12 - 2010 بعنوان"),
        # a stretch between letters, or after the Hijri mark, is no dash
        ("روســيا", "روسيا"),
        ("1437هــ 2015م", "1437ه 2015م"),
        ("(1436هـ ـ 2015م)", "(1436ه  2015م)"),  # two calendars' years side by side: no range
    ],
)
def test_a_tatweel_between_numbers_is_a_dash(text_in, expected):
    assert normalize(text_in) == expected
    assert normalize_with_offsets(text_in)[0] == expected


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        ("\u200bموسكو", "موسكو"),  # zero width space
        ("موسكو\u200cوأنقرة", "موسكووأنقرة"),  # ZWNJ
        ("إدلب\u200d", "إدلب"),  # ZWJ
        ("\u200eإس-400\u200f", "إس-400"),  # LRM / RLM around a Latin-digit token
        ("\u202aS-400\u202c", "S-400"),  # LRE ... PDF
        ("\u202bقسد\u202c", "قسد"),  # RLE
        ("\u202dM4\u202e", "M4"),  # LRO, RLO
        ("\u2066F-35\u2069", "F-35"),  # LRI ... PDI
        ("\u2067قسد\u2068\u2069", "قسد"),  # RLI, FSI, PDI
        ("\ufeffالتقارب الروسي التركي", "التقارب الروسي التركي"),  # BOM at the start of a file
        ("جيو\u00adسياسي", "جيوسياسي"),  # soft hyphen
    ],
)
def test_strip_invisibles(text_in, expected):
    assert strip_invisibles(text_in) == expected


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        ("٢٠١٩", "2019"),  # "في العام 2019" (000), as other sites write it
        ("٠١٢٣٤٥٦٧٨٩", "0123456789"),
        ("۰۱۲۳۴۵۶۷۸۹", "0123456789"),  # Persian digits
        ("إس-٤٠٠", "إس-400"),
        ("360 ألف", "360 ألف"),
    ],
)
def test_normalize_digits(text_in, expected):
    assert normalize_digits(text_in) == expected


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        ("هذا التصعيد\u00a0 يهدد", "هذا التصعيد  يهدد"),  # no-break space, as in seed 001
        ("02\u2009:\u200900", "02 : 00"),  # thin space
        ("إف\u202f35", "إف 35"),  # narrow no-break space
        ("موسكو\tأنقرة", "موسكو أنقرة"),
        ("a\u2007b\u200ac\u2002d\u2003e\u3000f", "a b c d e f"),
        ("سطر\nسطر", "سطر\nسطر"),  # line breaks are structure, kept
    ],
)
def test_normalize_spaces(text_in, expected):
    assert normalize_spaces(text_in) == expected


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        ("«قسد»", '"قسد"'),
        ("“أكدنا عزمنا المشترك”", '"أكدنا عزمنا المشترك"'),  # seed 000
        ("روسيا، تركيا", "روسيا, تركيا"),
        ("قال؛ ثم", "قال; ثم"),
        ("هل أعجبك الموضوع؟", "هل أعجبك الموضوع?"),  # seed 001
        ("‘نعم’", "'نعم'"),
        ("موسكو – فرضت", "موسكو - فرضت"),  # en dash: "موسكو – فرضت التحديات" (000)
        ("موسكو — أنقرة", "موسكو - أنقرة"),
        ("٣٫٥٪", "٣.٥%"),  # decimal separator and percent; digits are another step's business
        ("1٬000", "1,000"),
        ("قال…", "قال."),
    ],
)
def test_normalize_punctuation(text_in, expected):
    assert normalize_punctuation(text_in) == expected


# --- the pipeline ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        ("وقوّات «قسد» في آستانا ٢٠١٩", 'وقوات "قسد" في استانا 2019'),  # the docstring's example
        ("قوّات سوريا الديموقراطية", "قوات سوريا الديموقراطيه"),  # seed 004
        ("للجيشَيْن الروسي والسوري", "للجيشين الروسي والسوري"),  # seed 004
        ("من الناحيتَيْن القانونية", "من الناحيتين القانونيه"),  # seed 004
        ("ولا يُنظر إلى التقارب", "ولا ينظر الي التقارب"),  # seed 000
        ("الرئيس أردوغان إلى أوكرانيا", "الرئيس اردوغان الي اوكرانيا"),  # seed 001
        ("\u200fروســيا\u00a0وتركيا؟", "روسيا وتركيا?"),
        ("«إس-٤٠٠»، ", '"اس-400", '),
        ("", ""),
    ],
)
def test_normalize(text_in, expected):
    assert normalize(text_in) == expected


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        ("المدينة الاستراتيجية", "المدينة الاستراتيجية"),
        ("قوّات «قسد»", 'قوات "قسد"'),
        ("أنقرة", "انقرة"),
    ],
)
def test_normalize_can_keep_ta_marbuta_for_display(text_in, expected):
    assert normalize(text_in, ta_marbuta=False) == expected


# --- offsets back to the original ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "قوّات سوريا الديموقراطية",
        "وقّعت اتفاقاً لتسليم المنطقة للجيشَيْن الروسي والسوري",
        "\ufeff\u200fروســيا وتركيا ٢٠١٩",
        "😀 قوّات «قسد» 🇹🇷 في عين عيسى",
        "",
    ],
)
def test_normalize_with_offsets_agrees_with_normalize(text):
    assert normalize_with_offsets(text)[0] == normalize(text)
    assert normalize_with_offsets(text, ta_marbuta=False)[0] == normalize(text, ta_marbuta=False)


@pytest.mark.parametrize(
    ("text", "word", "expected_original"),
    [
        # seed 004: shadda inside the word, the span covers it
        ('مسؤولي "قوّات سوريا الديموقراطية"', "قوات", "قوّات"),
        # trailing diacritics belong to the word they end
        ("قوّاتٌ روسية", "قوات", "قوّاتٌ"),
        ("للجيشَيْن الروسي والسوري", "للجيشين", "للجيشَيْن"),
        ("من الناحيتَيْن القانونية", "الناحيتين", "الناحيتَيْن"),
        ("من الناحيتَيْن القانونية", "القانونيه", "القانونية"),
        ("ولا يُنظر إلى التقارب", "التقارب", "التقارب"),
        # tatweel and invisibles inside the word stay inside the span
        ("\u200fروســيا\u200f وتركيا", "روسيا", "روســيا"),
        ("\u200fروســيا\u200f وتركيا", "وتركيا", "وتركيا"),
        # emoji (one astral code point) before the word must not shift offsets
        ("🇷🇺🇹🇷 قوّاتٌ «قسد»", "قوات", "قوّاتٌ"),
        ("😀😀 إدلب 😀 منبج", "منبج", "منبج"),
        ("😀 الجيشَيْن 😀", "الجيشين", "الجيشَيْن"),
    ],
)
def test_original_span_slices_back_to_the_spelled_word(text, word, expected_original):
    normalized, offsets = normalize_with_offsets(text)
    start = normalized.index(word)
    orig_start, orig_end = original_span(text, offsets, start, start + len(word))
    assert text[orig_start:orig_end] == expected_original


def test_offset_map_is_identity_without_deletions():
    text = "موسكو وأنقرة تؤكدان استمرار تعاونهما العسكري 😀"
    normalized, offsets = normalize_with_offsets(text)
    assert len(normalized) == len(text)
    assert [offsets.to_original(i) for i in range(len(normalized))] == list(range(len(text)))


def test_offset_map_counts_each_deletion_once():
    text = "قوّاتٌ"  # ق و ّ ا ت ٌ → ق و ا ت
    normalized, offsets = normalize_with_offsets(text)
    assert normalized == "قوات"
    assert [offsets.to_original(i) for i in range(4)] == [0, 1, 3, 4]
    np.testing.assert_array_equal(offsets.to_original_array(np.arange(4)), [0, 1, 3, 4])


# --- invariants ------------------------------------------------------------------------------

ARABIC_LETTERS = [chr(c) for c in range(0x0621, 0x063B)] + [chr(c) for c in range(0x0641, 0x064B)]
ARABIC_LETTERS += list("ٱیېکگپچژ")
DIACRITIC_CHARS = [chr(c) for c in range(0x064B, 0x0660)] + ["\u0670", "\u0610", "\u061a", "\u06d6", "\u06ed"]
DIGITS = [chr(0x0660 + i) for i in range(10)] + [chr(0x06F0 + i) for i in range(10)] + list("0123456789")
PUNCTUATION = list("«»“”„‟″‘’‚‛–—‐‑−…،؛؟٪٫٬.,;:!?\"'()-/")
SPACES = list(" \n\t\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000")
CONTROLS = [chr(c) for c in range(0x200B, 0x2010)] + [chr(c) for c in range(0x202A, 0x202F)]
CONTROLS += [chr(c) for c in range(0x2060, 0x2065)] + [chr(c) for c in range(0x2066, 0x206A)] + ["\ufeff", "\u00ad"]
EMOJI = ["😀", "🇷", "🇺", "🇹", "🇷", "👍🏽", "\U0001f1f8\U0001f1fe", "𝐀", "\U00020000"]

news_text = st.lists(
    st.sampled_from(ARABIC_LETTERS + DIACRITIC_CHARS + ["\u0640"] + DIGITS + PUNCTUATION + SPACES + CONTROLS + EMOJI)
    | st.sampled_from(["روسيا", "قوّاتٌ", "الجيشَيْن", "أنقرة", "إلى", "إس-٤٠٠", "Latin"]),
    max_size=60,
).map("".join)


@given(st.text() | news_text)
def test_normalizing_twice_changes_nothing(text):
    once = normalize(text)
    assert normalize(once) == once
    kept = normalize(text, ta_marbuta=False)
    assert normalize(kept, ta_marbuta=False) == kept


@given(st.text() | news_text)
def test_normalize_with_offsets_equals_normalize(text):
    assert normalize_with_offsets(text)[0] == normalize(text)
    assert normalize_with_offsets(text, ta_marbuta=False)[0] == normalize(text, ta_marbuta=False)


@given(news_text | st.text())
def test_every_normalized_char_maps_back_to_a_char_normalizing_to_it(text):
    normalized, offsets = normalize_with_offsets(text)
    originals = [offsets.to_original(i) for i in range(len(normalized))]
    assert originals == sorted(set(originals))  # strictly increasing: one original per char
    assert all(0 <= j < len(text) for j in originals)
    for i, j in enumerate(originals):
        # a tatweel between two numbers is the dash of a range, and only there: "2002 ـ 2003"
        assert normalize(text[j]) == normalized[i] or (text[j], normalized[i]) == ("\u0640", "-")
    np.testing.assert_array_equal(
        offsets.to_original_array(np.arange(len(normalized), dtype=np.int64)), np.asarray(originals, dtype=np.int64)
    )


@given(st.lists(news_text, max_size=6))
def test_texts_normalised_one_at_a_time_and_joined_are_the_joined_text_normalised(texts):
    """The keyword index joins a corpus's articles (``روسيا`` | ``قوّاتٌ``) with ``\\x00`` and
    normalises each on its own: the string and every offset are those of the joined text."""
    joined = "\x00".join(texts)
    expected, expected_offsets = normalize_with_offsets(joined)
    normalized, offsets = normalize_joined_with_offsets(texts, "\x00")
    assert normalized == expected
    indices = np.arange(len(normalized), dtype=np.int64)
    np.testing.assert_array_equal(offsets.to_original_array(indices), expected_offsets.to_original_array(indices))


def test_a_separator_that_normalisation_changes_is_refused():
    with pytest.raises(ValueError, match="separator"):
        normalize_joined_with_offsets(["روسيا", "تركيا"], "\u0640")  # a tatweel would be deleted


@settings(max_examples=200)
@given(news_text, st.data())
def test_original_span_normalizes_back_to_the_span(text, data):
    normalized, offsets = normalize_with_offsets(text)
    assume(normalized)
    start = data.draw(st.integers(0, len(normalized) - 1))
    end = data.draw(st.integers(start + 1, len(normalized)))
    orig_start, orig_end = original_span(text, offsets, start, end)
    assert 0 <= orig_start < orig_end <= len(text)
    # a range's dash cut from its numbers is a tatweel again ("2002 ـ 2003" → "ـ 2003")
    assume(normalized[start] != "-" and normalized[end - 1] != "-")
    assert normalize(text[orig_start:orig_end]) == normalized[start:end]


def test_original_offsets_map_to_normalised_ones():
    import numpy as np

    from analysis.text.normalize import normalize_with_offsets

    text = "قوّاتٌ في إدلب"  # shadda and tanween are deleted by normalisation
    norm, offsets = normalize_with_offsets(text)
    start = text.index("في")
    assert norm[offsets.to_normalized_array(np.array([start]))[0] :].startswith("في")
    assert offsets.to_original_array(offsets.to_normalized_array(np.array([start, len(text)]))).tolist() == [
        start,
        len(text),
    ]
