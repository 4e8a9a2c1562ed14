"""A briefing an analyst would send: charts legible on A4 (8 pt or more), one title and one footer
per chart, no page holding a lone sentence, a cover that summarises the selection, and in the
Arabic pack no code or English word (``strike (4)``, ``regions: idlib``, ``statement · 14-03-2019``
were printed) and counts in the number Arabic wants (``5 مقالات``, not ``5 مقالة``)."""

from __future__ import annotations

import re
import subprocess

import pytest
from briefing_checks import require_tool

from analysis.aggregate.filters import FilterSpec, apply_filters
from analysis.briefing import BriefingPack, PackItem, build_pack
from analysis.briefing import pack as pack_module
from analysis.briefing.printing import PRINT_WIDTH_PX, print_figures, smallest_printed_pt
from analysis.briefing.provenance import describe_filters
from analysis.briefing.summary import cover_summary
from analysis.charts import registry
from analysis.viz.fonts import font_path

LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
CHARTS = [c for c in registry.chart_ids() if c != "word_cloud"]  # the cloud is a picture of words, not text


def latin_words(text: str) -> set[str]:
    return set(LATIN_WORD.findall(text))


# --- charts for the page ------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ar", "both"])
@pytest.mark.parametrize("chart_id", CHARTS)
def test_printed_charts_have_no_title_and_text_of_8_pt_or_more(seed_tables, seed_entities, chart_id, lang):
    fig = registry.make_figure(chart_id, seed_tables, lang=lang, entities=seed_entities)
    for part in print_figures(fig).figures:
        assert not (part.layout.title and part.layout.title.text), "the page prints the title, the image must not"
        assert smallest_printed_pt(part) >= 8.0, f"{chart_id}: text prints at {smallest_printed_pt(part):.1f} pt"


def test_the_screens_width_would_print_too_small(seed_tables):
    # 1200 px (the export's default) across 180 mm: 12 px text is 5 pt, as the first packs printed it
    fig = registry.make_figure("top_actors", seed_tables)
    assert smallest_printed_pt(fig, 1200) < 6 < 8 <= smallest_printed_pt(fig, PRINT_WIDTH_PX)


def test_a_large_matrix_prints_in_bands_holding_the_screens_rows(seed_tables, seed_entities):
    fig = registry.make_figure("comention_heatmap", seed_tables, {"top_n": 25}, lang="ar", entities=seed_entities)
    screen = fig.data[0]
    printed = print_figures(fig)
    assert len(printed.figures) == 2 and not printed.reduced
    bands = [part.data[0] for part in printed.figures]
    assert [y for band in bands for y in band.y] == list(screen.y)
    assert [list(row) for band in bands for row in band.z] == [list(row) for row in screen.z]
    assert all(list(band.x) == list(screen.x) for band in bands)
    assert [len(band.y) for band in bands] == [13, 12]


def test_a_matrix_larger_than_the_bands_says_what_it_leaves_out(seed_tables):
    fig = registry.make_figure("comention_heatmap", seed_tables, {"top_n": 25})
    printed = print_figures(fig, band_rows=5, max_bands=2)
    assert printed.reduced and (printed.rows_shown, printed.rows_total) == (10, 25)
    assert pack_module._rows_note(printed, "ar") == "تُعرض أول 10 صفوف من 25."


# --- words of the pack --------------------------------------------------------------------


def test_filters_in_arabic_name_everything_in_arabic(seed_entities):
    import datetime as dt

    spec = FilterSpec(
        actors=("russia", "turkey"), actor_mode="all", regions=("idlib",),
        date_from=dt.date(2019, 3, 14), event_types=("statement",),
    )  # fmt: skip
    text = describe_filters(spec, "ar", seed_entities)
    assert text == (
        "الفاعلون: روسيا، تركيا (جميعها معاً) · المناطق: إدلب · النشر: من 14 مارس 2019 · أنواع الأحداث: تصريح"
    )
    assert describe_filters(FilterSpec(regions=("idlib",)), "en", seed_entities) == "regions: Idlib"
    assert describe_filters(None, "ar") == "بلا مرشحات"


def test_the_heatmap_caption_names_a_pair_of_actors_the_heatmap_shows(seed_tables, seed_entities):
    options = {"top_n": 25}
    fig = registry.make_figure("comention_heatmap", seed_tables, options, lang="ar", entities=seed_entities)
    caption = registry.caption("comention_heatmap", seed_tables, options, entities=seed_entities)
    assert caption == "الإشارات المشتركة في 5 مقالات؛ أقوى زوج: روسيا وتركيا (50 جملةً)."
    kinds = dict(zip(seed_entities["entity_id"], seed_entities["kind"]))
    assert {kinds[e] for e in fig.data[0].x} == {"actor"}
    for why in registry.evidence("comention_heatmap", seed_tables, options, entities=seed_entities)["why"]:
        assert "إدلب" not in why and "سوريا +" not in why  # no actor–region pair


def test_cover_summary_in_arabic(seed_tables, seed_entities):
    lines = cover_summary(seed_tables, lang="ar", corpus="seeds", entities=seed_entities)
    assert lines[0] == "المدونة: seeds · فيها 5 مقالات من مصدر واحد، نُشرت بين 29 ديسمبر 2018 و30 ديسمبر 2020."
    assert lines[1] == "المرشحات: بلا مرشحات."
    # every seed article names Turkey and Russia: the one named more often leads, as in the top actors' caption
    assert lines[2].startswith("أبرز الفاعلين: تركيا (5 مقالات)، روسيا (5 مقالات)")
    assert lines[3].startswith("أبرز الأماكن: سوريا (5 مقالات)")
    assert lines[4].startswith("أبرز الموضوعات: ")
    # 9 statements: Akar's words "during a meeting with former officers on Wednesday" (003) date the saying, not talks
    # (the type round of 2026-12-05: a saying during a visit or meeting is a statement)
    assert lines[5].startswith("الأحداث: 28 حدثًا في الأخبار") and "تصريح (9 أحداث)" in lines[5]
    assert latin_words(" ".join(lines)) == {"seeds"}


def test_cover_summary_follows_the_filters(seed_tables, seed_entities):
    spec = FilterSpec(regions=("idlib",))
    lines = cover_summary(apply_filters(seed_tables, spec), spec, lang="ar", corpus="seeds", entities=seed_entities)
    assert "فيها 3 مقالات" in lines[0] and lines[1] == "المرشحات: المناطق: إدلب."
    assert "الأحداث: 4 أحداث في الأخبار" in lines[-1]
    english = cover_summary(seed_tables, lang="en", corpus="seeds", entities=seed_entities)
    assert english[0] == "Corpus: seeds · 5 articles from 1 source, published 2018-12-29 to 2020-12-30."
    assert english[2].startswith("Top actors: Turkey (5 articles), Russia (5 articles)")


# --- the Arabic pack as printed -----------------------------------------------------------

ITEMS = [
    PackItem("comention_heatmap", {"window": "sentence", "measure": "count", "order": "frequency", "top_n": 25},
             lang="ar"),
    PackItem("event_timeline", {}, lang="ar"),
    PackItem("theme_terms", {}, lang="ar"),
    PackItem("top_actors", {"top_n": 10}, FilterSpec(regions=("idlib",)), lang="ar"),
]  # fmt: skip


@pytest.fixture(scope="module")
def arabic_pack(seed_tables, seed_entities, server, tmp_path_factory):
    exported = []
    real = pack_module.export_figure

    def recording(fig, fmt="png", **kwargs):
        exported.append((fig, fmt, kwargs))
        return real(fig, fmt, **kwargs)

    pack_module.export_figure = recording
    try:
        result = build_pack(
            BriefingPack("إحاطة عن إدلب", ITEMS, notes="ملاحظة قصيرة"), seed_tables, formats=("pdf", "pptx", "png"),
            entities=seed_entities,
        )  # fmt: skip
    finally:
        pack_module.export_figure = real
    path = tmp_path_factory.mktemp("pack") / "pack.pdf"
    path.write_bytes(result.pdf)
    return result, path, exported


def pdf_text(path, *args) -> str:
    require_tool("pdftotext", "poppler-utils")
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True).stdout


def squeeze(s: str) -> str:
    return re.sub(r"[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", s)


def letters(s: str) -> str:
    """Letters and digits only: pdftotext moves a colon or a tanwin of right-to-left lines around."""
    return re.sub(r"[\W_\u064b-\u065f]", "", s)


def test_page_images_carry_no_title_and_no_footer_the_chart_files_do(arabic_pack):
    _, _, exported = arabic_pack
    page = [(fig, kw) for fig, fmt, kw in exported if kw.get("width") == PRINT_WIDTH_PX]
    assert len(page) == 5  # the heatmap in two bands, then one image per chart
    for fig, kw in page:
        assert not fig.layout.title.text
        assert kw.get("footer") is None and not [a for a in fig.layout.annotations if a.name == "provenance"]
    files = [kw for fig, fmt, kw in exported if kw.get("footer") is not None]
    assert len(files) == len(ITEMS) and all(kw["footer_lang"] == "ar" for kw in files)


def test_each_title_once_and_each_footer_once(arabic_pack):
    result, path, _ = arabic_pack
    text = squeeze(pdf_text(path))
    for section in result.sections:
        # the contents line and the chart's heading; a caption may use the same words
        expected = 2 + squeeze(section.caption).count(squeeze(section.title))
        assert text.count(squeeze(section.title)) == expected, section.title
    assert text.count("تاريخالتصدير") == len(ITEMS)
    assert text.count("Corpus") == 0


def test_no_code_or_english_word_in_the_arabic_pack(arabic_pack):
    result, path, _ = arabic_pack
    text = pdf_text(path)
    quoted = set()
    for section in result.sections:
        for row in section.evidence.itertuples():
            quoted |= latin_words(f"{row.text} {row.title}")  # the articles' own words (M4, M5)
    assert latin_words(text) - quoted == {"seeds"}
    for english in ("strike", "statement", "regions", "idlib", "articles", "Filters", "Exported"):
        assert english not in text


def test_counts_agree_with_their_number(arabic_pack):
    text = letters(pdf_text(arabic_pack[1]))
    assert "5مقالات" in text and "5مقالة" not in text
    assert "تصريح9أحداث" in text and "3أحداث" in text  # not 9 حدثاً
    assert "3مقالات" in text  # the Idlib selection


def test_text_is_8_pt_or_more(arabic_pack):
    from fontTools.ttLib import TTFont

    amiri = TTFont(font_path("Amiri"))
    em_boxes = (amiri["hhea"].ascent - amiri["hhea"].descent) / amiri["head"].unitsPerEm  # a word box, in em
    boxes = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', pdf_text(arabic_pack[1], "-bbox"))
    sizes = [(float(y1) - float(y0)) / em_boxes for y0, y1 in boxes]
    assert len(sizes) > 500 and min(sizes) >= 8.0, min(sizes)


def test_no_page_holds_a_lone_sentence(arabic_pack):
    path = arabic_pack[1]
    require_tool("pdfimages", "poppler-utils")
    listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    with_images = {int(line.split()[0]) for line in listing.splitlines()[2:]}
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(path)], capture_output=True,
                                                               text=True).stdout).group(1))  # fmt: skip
    for page in range(1, pages + 1):
        lines = [line for line in pdf_text(path, "-f", str(page), "-l", str(page)).splitlines() if line.strip()]
        assert page in with_images or len(lines) >= 6, f"page {page}: {lines}"


def test_the_cover_has_the_summary(arabic_pack):
    text = letters(pdf_text(arabic_pack[1], "-f", "1", "-l", "1"))
    assert "ملخص" in text and letters("أبرز الفاعلين: تركيا (5 مقالات)") in text
    assert letters("الأحداث: 28 حدثًا في الأخبار") in text


def test_the_pptx_says_the_same(arabic_pack):
    import io

    from pptx import Presentation

    result = arabic_pack[0]
    deck = Presentation(io.BytesIO(result.pptx))
    texts = [shape.text_frame.text for slide in deck.slides for shape in slide.shapes if shape.has_text_frame]
    joined = "\n".join(texts)
    assert "أبرز الفاعلين: تركيا (5 مقالات)" in joined
    assert latin_words(joined) == {"seeds"}
    for section in result.sections:
        assert sum(t.startswith(f"{result.sections.index(section) + 1}. {section.title}") for t in texts) == 1
    assert joined.count("تاريخ التصدير") == sum(len(s.slide_pngs) for s in result.sections)
    # each chart picture is 1000 CSS px wide: 10 px text reads at 8 pt or more when it is 800 pt wide or more
    pictures = [shape for slide in deck.slides for shape in slide.shapes if shape.shape_type == 13]
    assert len(pictures) == sum(len(s.slide_pngs) for s in result.sections)
    assert min(p.width.pt for p in pictures) >= 800, [round(p.width.pt) for p in pictures]
