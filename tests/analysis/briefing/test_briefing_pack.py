"""The briefing pack: PDF text layer in logical Arabic, fonts embedded, OCR of a rendered page,
PPTX right to left, progress, and a failed export that names what is missing."""

from __future__ import annotations

import io
import re
import subprocess

import pytest
from briefing_checks import ocr_words, require_tool

from analysis.aggregate.filters import FilterSpec
from analysis.briefing import BriefingPack, ExportError, PackItem, build_pack
from analysis.briefing import pack as pack_module
from analysis.charts import registry
from analysis.text.normalize import normalize

pytestmark = pytest.mark.slow  # renders through kaleido's Chromium

TITLE = "العلاقات الروسية التركية في إدلب"
NOTES = "ملاحظات المحلل: تصاعد التنسيق بين موسكو وأنقرة (قسد)."
ITEMS = [
    PackItem("top_actors", {"top_n": 10}, lang="ar"),
    PackItem("comention_heatmap", {"top_n": 10}),
    PackItem("event_timeline", filters=FilterSpec(actors=("russia", "turkey"), actor_mode="all")),
    PackItem("word_cloud", lang="ar"),
]


@pytest.fixture(scope="module")
def built(seed_tables, server):
    stages = []
    result = build_pack(
        BriefingPack(TITLE, ITEMS, notes=NOTES), seed_tables, formats=("pdf", "pptx", "png"),
        progress=lambda stage, done, total: stages.append((stage, done, total)), scale=1.5,
    )  # fmt: skip
    return result, stages


def pdf_text(pdf: bytes, tmp_path, *args) -> str:
    require_tool("pdftotext", "poppler-utils")
    path = tmp_path / "pack.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True).stdout


def squeeze(s: str) -> str:
    return re.sub(r"[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", s)


def test_progress_counts_every_chart_then_pdf_and_pptx(built):
    _, stages = built
    assert stages[0] == ("chart", 0, 6)
    assert [s for s, _, _ in stages[1:]] == ["chart"] * 4 + ["pdf", "pptx"]
    assert [d for _, d, _ in stages] == list(range(7))


def test_files_are_named_by_position_and_chart(built):
    result, _ = built
    names = set(result.file_names())
    assert {"briefing.pdf", "briefing.pptx", "01_top_actors.png", "04_word_cloud.png"} <= names


def test_pdf_text_layer_is_logical_arabic(built, seed_tables, tmp_path):
    result, _ = built
    text = pdf_text(result.pdf, tmp_path)
    assert not re.search("[\ufb50-\ufdff\ufe70-\ufeff]", text), "presentation forms in the PDF text layer"
    for word in TITLE.split():
        assert word in text, word
    assert squeeze(TITLE) in squeeze(text)  # the words in logical order
    assert squeeze(NOTES) in squeeze(text)
    caption = registry.caption("top_actors", seed_tables, {"top_n": 10})
    assert squeeze(caption) in squeeze(text)


def test_pdf_has_evidence_filters_and_provenance(built, tmp_path):
    result, _ = built
    text = squeeze(pdf_text(result.pdf, tmp_path))
    first = result.sections[0].evidence
    assert len(first) == 5
    assert squeeze(first["text"].iloc[0])[:60] in text
    # an Arabic title makes an Arabic pack: its filters and footers name the actors in Arabic
    assert squeeze("الفاعلون: روسيا، تركيا (جميعها معاً)") in text
    assert "seeds" in text and squeeze("المرشحات: بلا مرشحات") in text
    assert "Corpus" not in text and "actors:" not in text


def test_pdf_embeds_its_fonts(built, tmp_path):
    require_tool("pdffonts", "poppler-utils")
    path = tmp_path / "pack.pdf"
    path.write_bytes(built[0].pdf)
    rows = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert any("Amiri" in row for row in rows)
    assert all(" yes " in row for row in rows), rows


def test_ocr_finds_title_on_rendered_pdf_page(built, tmp_path):
    require_tool("pdftoppm", "poppler-utils")
    path = tmp_path / "pack.pdf"
    path.write_bytes(built[0].pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", str(path), str(tmp_path / "page")], check=True
    )
    page = next(tmp_path.glob("page-*1.png"))
    text = ocr_words(page)
    for word in ("العلاقات", "الروسية", "التركية", "إدلب"):
        assert normalize(word) in text, (word, text[:300])


def test_pptx_opens_and_its_arabic_is_right_to_left(built, seed_tables):
    from pptx import Presentation
    from pptx.oxml.ns import qn

    deck = Presentation(io.BytesIO(built[0].pptx))
    slides = list(deck.slides)
    # a slide per chart image: the 10 × 10 co-mention matrix takes two bands of 5 rows
    assert [len(section.slide_pngs) for section in built[0].sections] == [1, 2, 1, 1]
    assert len(slides) == 1 + 5
    assert slides[0].shapes[0].text_frame.text == TITLE
    for slide in slides[1:]:
        assert any(shape.shape_type == 13 for shape in slide.shapes)  # a picture: the chart
    arabic_paragraphs = 0
    for slide in slides:
        for shape in slide.shapes:
            if not shape.has_text_frame:
                continue
            for paragraph in shape.text_frame.paragraphs:
                text = paragraph.text
                if not text or not re.match(r"[\u0600-\u06ff]", text):
                    continue
                arabic_paragraphs += 1
                p_pr = paragraph._p.pPr
                assert p_pr.get("rtl") == "1" and p_pr.get("algn") == "r", text
                for run in paragraph.runs:
                    r_pr = run._r.rPr
                    assert r_pr.get("lang") == "ar-SA"
                    assert r_pr.find(qn("a:cs")).get("typeface") == "Noto Sans Arabic"
    assert arabic_paragraphs >= 1 + 2 * len(ITEMS)  # title + each slide's caption and filters
    captions = [s.shapes[2].text_frame.paragraphs[0].text for s in slides[1:]]
    assert captions[0] == registry.caption("top_actors", seed_tables, {"top_n": 10})
    notes = slides[1].notes_slide.notes_text_frame.text
    assert "«" in notes


def test_failed_export_names_the_missing_piece(seed_tables, monkeypatch):
    def missing(*args, **kwargs):
        raise ExportError("Chromium not found: run `make setup` or `apt-get install chromium`", missing="chromium")

    monkeypatch.setattr(pack_module, "export_figure", missing)
    with pytest.raises(ExportError, match="apt-get install chromium"):
        build_pack(BriefingPack("x", [PackItem("top_actors")]), seed_tables)


def test_bad_pack_is_refused_before_any_work(seed_tables):
    with pytest.raises(ValueError, match="unknown chart"):
        build_pack(BriefingPack("x", [PackItem("pie_chart")]), seed_tables)
    with pytest.raises(ValueError, match="unknown format"):
        build_pack(BriefingPack("x", [PackItem("top_actors")]), seed_tables, formats=("docx",))
    with pytest.raises(ValueError, match="no charts"):
        build_pack(BriefingPack("x", []), seed_tables)
