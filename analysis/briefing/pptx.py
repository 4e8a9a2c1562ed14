"""The briefing pack as PPTX (python-pptx): a cover slide, then one chart per slide.

python-pptx has no right-to-left API, so paragraphs are marked in the DrawingML itself:
``<a:pPr rtl="1" algn="r">`` on the paragraph and ``lang="ar-SA"`` plus a complex-script
font (``<a:cs typeface="Noto Sans Arabic">``) on each run. PowerPoint and LibreOffice then
lay the Arabic out right to left and shape it themselves (text is stored in logical order).
Each chart's evidence sentences go into the slide's speaker notes, dates written out in Arabic.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from analysis.briefing.pdf import PdfSection, is_rtl
from analysis.briefing.words import word
from analysis.extract.dates import format_arabic_date
from analysis.schema import as_date
from analysis.viz.errors import ExportError
from analysis.viz.style import clean_text

ARABIC_FONT = "Noto Sans Arabic"
LATIN_FONT = "Noto Sans"
SLIDE_W_IN, SLIDE_H_IN = 13.333, 7.5


def _pptx():
    try:
        import pptx  # noqa: F401
    except ImportError:
        raise ExportError(
            "python-pptx missing: run `make setup` or `pip install python-pptx==1.0.2`",
            missing="python-pptx",
            install="pip install python-pptx==1.0.2",
        ) from None
    from pptx import Presentation
    from pptx.util import Inches, Pt

    return Presentation, Inches, Pt


def set_paragraph_direction(paragraph, rtl: bool) -> None:
    """Mark a python-pptx paragraph right-to-left (``rtl="1" algn="r"``) or left-to-right."""
    p_pr = paragraph._p.get_or_add_pPr()
    p_pr.set("rtl", "1" if rtl else "0")
    p_pr.set("algn", "r" if rtl else "l")


def _style_run(run, *, size: int, bold: bool, rtl: bool, color: tuple[int, int, int]) -> None:
    from lxml import etree
    from pptx.dml.color import RGBColor
    from pptx.oxml.ns import qn

    font = run.font
    font.size = size
    font.bold = bold
    font.color.rgb = RGBColor(*color)
    font.name = LATIN_FONT
    r_pr = run._r.get_or_add_rPr()
    r_pr.set("lang", "ar-SA" if rtl else "en-GB")
    if rtl:
        r_pr.set("altLang", "en-GB")
    for tag in ("a:ea", "a:cs"):
        old = r_pr.find(qn(tag))
        if old is not None:
            r_pr.remove(old)
    latin = r_pr.find(qn("a:latin"))
    cs = etree.SubElement(r_pr, qn("a:cs"))
    cs.set("typeface", ARABIC_FONT)
    if latin is not None:  # schema order: latin, ea, cs
        latin.addnext(cs)


def _text_box(slide, left, top, width, height, paragraphs, Pt):
    """A text box of ``paragraphs`` = [(text, size_pt, bold, rtl|None, rgb)]; returns the shape."""
    from pptx.enum.text import MSO_ANCHOR

    box = slide.shapes.add_textbox(left, top, width, height)
    frame = box.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = MSO_ANCHOR.TOP
    first = True
    for text, size, bold, rtl, color in paragraphs:
        text = clean_text(text)
        if not text:
            continue
        rtl = is_rtl(text) if rtl is None else rtl
        paragraph = frame.paragraphs[0] if first else frame.add_paragraph()
        first = False
        set_paragraph_direction(paragraph, rtl)
        run = paragraph.add_run()
        run.text = text
        _style_run(run, size=Pt(size), bold=bold, rtl=rtl, color=color)
    return box


def _notes(slide, lines: list[tuple[str, bool]]) -> None:
    frame = slide.notes_slide.notes_text_frame
    first = True
    for text, rtl in lines:
        text = clean_text(text)
        if not text:
            continue
        paragraph = frame.paragraphs[0] if first else frame.add_paragraph()
        first = False
        set_paragraph_direction(paragraph, rtl)
        run = paragraph.add_run()
        run.text = text
        r_pr = run._r.get_or_add_rPr()
        r_pr.set("lang", "ar-SA" if rtl else "en-GB")


def pack_pptx(
    title: str, notes: str, sections: Sequence[PdfSection], *, summary: Sequence[str] = (), lang: str = "ar"
) -> bytes:
    """A 16:9 deck: the cover (title, notes, summary), then a slide per chart image (title once,
    the chart at the full width so its text reads at 8 pt or more, caption, provenance once in
    the pack's language); a large matrix takes a slide per band of rows."""
    Presentation, Inches, Pt = _pptx()
    from PIL import Image

    ar = lang == "ar"
    deck = Presentation()
    deck.slide_width, deck.slide_height = Inches(SLIDE_W_IN), Inches(SLIDE_H_IN)
    blank = deck.slide_layouts[6]
    grey, dark = (90, 90, 90), (34, 34, 34)
    margin = Inches(0.5)
    inner_w = deck.slide_width - 2 * margin

    cover = deck.slides.add_slide(blank)
    _text_box(cover, margin, Inches(0.6), inner_w, Inches(1.2), [(title, 34, True, None, dark)], Pt)
    body: list[tuple[str, int, bool, bool | None, tuple[int, int, int]]]
    body = [(p, 18, False, None, dark) for p in (notes or "").split("\n")]
    if summary:
        body.append((word("summary", lang), 16, True, ar, dark))
        body.extend((line, 13, False, ar, grey) for line in summary)
    _text_box(cover, margin, Inches(1.9), inner_w, Inches(5.2), body, Pt)

    for k, section in enumerate(sections, 1):
        pictures = section.slide_pngs or section.pngs
        for n, png in enumerate(pictures):
            slide = deck.slides.add_slide(blank)
            heading = f"{k}. {section.title}" if n == 0 else word("continued", lang, number=k)
            _text_box(slide, margin, Inches(0.2), inner_w, Inches(0.6), [(heading, 24, True, ar, dark)], Pt)
            with Image.open(io.BytesIO(png)) as img:
                w_px, h_px = img.size
            top, bottom_room = Inches(0.85), Inches(1.25)
            max_h = deck.slide_height - top - bottom_room
            width = inner_w
            height = int(width * h_px / w_px)
            if height > max_h:
                height = max_h
                width = int(height * w_px / h_px)
            slide.shapes.add_picture(io.BytesIO(png), int((deck.slide_width - width) / 2), top, width, height)
            _text_box(
                slide, margin, deck.slide_height - bottom_room + Inches(0.05), inner_w, Inches(1.2),
                [(section.caption, 15, True, True, dark), (section.note, 11, False, ar, grey),
                 (section.provenance.text(lang), 11, False, ar, grey)],
                Pt,
            )  # fmt: skip
            lines = [(section.caption, True)]
            if section.evidence is not None:
                for row in section.evidence.itertuples(index=False):
                    published = as_date(row.published)
                    date = format_arabic_date(published) if published else ""
                    lines.append((f"«{row.text}» — {clean_text(row.title)} {date}", True))
            _notes(slide, lines)
    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()
