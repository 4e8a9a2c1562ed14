"""The shared helpers: RTL wrapping, escaping, wrapping long hover text, labels, layout."""

from __future__ import annotations

import pytest
from viz_tables import PDF, RLE, strip_bidi

from analysis.viz.style import (
    ENTITY_TYPE_COLORS,
    EVENT_TYPE_COLORS,
    FONT_FAMILY,
    base_layout,
    bilingual,
    clean_text,
    empty_figure,
    escape_plotly,
    label,
    rtl_label,
    wrap_hover,
    wrap_text,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("الطريق الدولي M4", RLE + "الطريق الدولي M4" + PDF),  # M4 must end up at the left end
        ("منظومة أس-400", RLE + "منظومة أس-400" + PDF),
        ("(قسد)", RLE + "(قسد)" + PDF),  # brackets mirrored inside the embedding
        ("أيلول 2019", RLE + "أيلول 2019" + PDF),
        ("Russia", "Russia"),
        ("2019", "2019"),
        ("", ""),
    ],
)
def test_rtl_label(text, expected):
    assert rtl_label(text) == expected


def test_rtl_label_is_idempotent():
    assert rtl_label(rtl_label("روسيا")) == RLE + "روسيا" + PDF


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ('<img src=x onerror="alert(1)">', '&lt;img src=x onerror="alert(1)"&gt;'),
        ("روسيا & تركيا", "روسيا &amp; تركيا"),
        ("&lt;", "&amp;lt;"),  # already-escaped text is shown literally, not decoded
    ],
)
def test_escape_plotly(text, expected):
    assert escape_plotly(text) == expected


def test_clean_text_undoes_reshaping_and_drops_bidi_controls():
    reshaped = "\ufead\ufeed\ufeb3\ufef4\ufe8e"  # روسيا in presentation forms
    assert clean_text(reshaped) == "روسيا"
    assert clean_text("\u202eروسيا\u202c") == "روسيا"
    assert clean_text(None) == "" and clean_text(float("nan")) == ""


def test_label_escapes_then_wraps():
    assert label("<b>روسيا</b>") == RLE + "&lt;b&gt;روسيا&lt;/b&gt;" + PDF


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("both", "Russia · " + RLE + "روسيا" + PDF),
        ("en", "Russia"),
        ("ar", RLE + "روسيا" + PDF),
    ],
)
def test_bilingual(lang, expected):
    assert bilingual({"name_en": "Russia", "name_ar": "روسيا"}, lang) == expected


def test_bilingual_falls_back():
    assert bilingual({"name_en": "", "name_ar": "قسد"}, "en") == RLE + "قسد" + PDF
    assert bilingual(None, "both", fallback="sdf") == "sdf"
    with pytest.raises(ValueError, match="lang"):
        bilingual({}, "fr")


def test_wrap_text_breaks_at_word_boundaries():
    sentence = "قال وزير الخارجية الروسي سيرغي لافروف إن بلاده ستواصل دعم الحكومة السورية في إدلب وريفها " * 3
    lines = wrap_text(sentence, 60)
    assert all(len(line) <= 60 for line in lines)
    assert " ".join(lines) == clean_text(sentence)


def test_wrap_hover_wraps_each_line_and_escapes():
    html = wrap_hover("كلمة " * 30 + "<script>x</script>", 40)
    lines = html.split("<br>")
    assert len(lines) > 2
    assert all(line.startswith(RLE) and line.endswith(PDF) for line in lines if "كلمة" in line)
    assert RLE not in lines[-1]  # a Latin-only line stays left to right
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert strip_bidi(" ".join(lines)).replace("&lt;", "<").replace("&gt;", ">") == clean_text(
        "كلمة " * 30 + "<script>x</script>"
    )


def test_colour_maps_cover_the_vocabularies():
    for t in ("state", "government", "armed_group", "organisation", "alliance", "person", "media", "ethnic_group"):
        assert t in ENTITY_TYPE_COLORS
    for t in ("country", "region", "governorate", "city", "town", "road", "sea", "theatre"):
        assert t in ENTITY_TYPE_COLORS
    from analysis.extract.events import load_event_types

    assert set(EVENT_TYPE_COLORS) == {t.id for t in load_event_types().types} | {"other"}
    assert len(set(EVENT_TYPE_COLORS.values())) == len(EVENT_TYPE_COLORS)


def test_base_layout_puts_the_arabic_title_on_the_right():
    import plotly.graph_objects as go

    layout = base_layout(go.Figure(), "الأحداث", "ar").to_dict()["layout"]
    assert layout["title"]["text"] == RLE + "الأحداث" + PDF
    assert layout["title"]["xanchor"] == "right" and layout["title"]["x"] > 0.5
    assert layout["font"]["family"] == FONT_FAMILY
    assert layout["hoverlabel"]["font"]["family"] == FONT_FAMILY
    assert base_layout(go.Figure(), "Events", "en").to_dict()["layout"]["title"]["xanchor"] == "left"


def test_empty_figure_says_so():
    fig = empty_figure("Nothing", "ar").to_dict()
    assert fig["data"] == []
    assert strip_bidi(fig["layout"]["annotations"][0]["text"]) == "لا توجد بيانات لهذا الاختيار"


def test_an_arabic_hover_line_is_right_to_left_as_a_whole():
    """``الأحداث: 4`` in an Arabic chart: the key's own embedding is not enough (plotly.js lays the
    line out left to right, the key ended up at the left); the whole line is embedded."""
    from analysis.viz.style import hover_lines, key_value, ui

    key = ui("Events", "الأحداث", "ar")
    assert key_value(key, "4") == f"{RLE}<b>{key}</b>: 4{PDF}"
    assert key_value("Events", "4") == "<b>Events</b>: 4"
    assert key_value("NPMI", "0.5", rtl=True) == f"{RLE}<b>NPMI</b>: 0.5{PDF}"  # a Latin key in an Arabic chart
    assert hover_lines([("", "2019-03-01"), (key, "4")]) == f"2019-03-01<br>{RLE}<b>{key}</b>: 4{PDF}"
