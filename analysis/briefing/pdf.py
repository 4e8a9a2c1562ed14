"""The briefing pack as PDF (fpdf2 with HarfBuzz text shaping).

Arabic is written in logical order and shaped by fpdf2's engine
(``set_text_shaping(use_shaping_engine=True, direction="rtl", script="arab", language="ar")``),
so the page shows joined right-to-left Arabic *and* the text layer stays logical Arabic that
``pdftotext`` extracts and a reader can search. Amiri (which covers Latin too) is embedded.

Each chart gets: its title (once: the images carry none), the chart drawn for the page width so
its text prints at 8 pt or more (a large matrix in bands of rows), its Arabic caption, its
provenance (once, in the pack's language) and its top evidence sentences (right to left, with
article and date). The cover holds the title, the notes, a generated summary and the contents.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd
from PIL import Image

from analysis.briefing.provenance import LRM, Provenance
from analysis.briefing.words import word
from analysis.extract.dates import format_arabic_date
from analysis.schema import as_date
from analysis.text.arabic import ARABIC_SCRIPT
from analysis.viz.errors import ExportError
from analysis.viz.fonts import font_path
from analysis.viz.style import clean_text, has_arabic

_ARABIC_RUN_RE = re.compile(rf"[{ARABIC_SCRIPT}][{ARABIC_SCRIPT}\s()]*")
_FIRST_STRONG_RE = re.compile(rf"[A-Za-z\u00c0-\u024f]|[{ARABIC_SCRIPT}]")


@dataclass
class PdfSection:
    """One chart of the pack, ready to lay out: its title (printed once, the images carry none),
    the chart's images for the page (several bands for a large matrix) and for a slide, its
    caption, provenance (printed once, in the pack's language) and evidence sentences."""

    title: str
    pngs: list[bytes]
    caption: str
    provenance: Provenance
    evidence: pd.DataFrame = field(default_factory=pd.DataFrame)
    slide_pngs: list[bytes] = field(default_factory=list)
    #: What a large matrix leaves out on paper (empty when it prints whole).
    note: str = ""


def is_rtl(text: str) -> bool:
    """True when the first strong letter of ``text`` is Arabic."""
    m = _FIRST_STRONG_RE.search(text or "")
    return m is not None and has_arabic(m.group())


def _fpdf():
    try:
        from fpdf import FPDF
    except ImportError:
        raise ExportError(
            "fpdf2 missing: run `make setup` or `pip install fpdf2==2.8.9 uharfbuzz==0.57.0`",
            missing="fpdf2",
            install="pip install fpdf2==2.8.9 uharfbuzz==0.57.0",
        ) from None
    try:
        import uharfbuzz  # noqa: F401 - fpdf2's shaping engine
    except ImportError:
        raise ExportError(
            "uharfbuzz missing (fpdf2 cannot shape Arabic without it): run `pip install uharfbuzz==0.57.0`",
            missing="uharfbuzz",
            install="pip install uharfbuzz==0.57.0",
        ) from None
    return FPDF


class _Writer:
    MARGIN = 15

    def __init__(self, title: str):
        FPDF = _fpdf()
        self.pdf = FPDF(orientation="portrait", unit="mm", format="A4")
        self.pdf.set_margins(self.MARGIN, self.MARGIN, self.MARGIN)
        self.pdf.set_auto_page_break(True, margin=self.MARGIN + 5)
        self.pdf.add_font("Amiri", "", font_path("Amiri"))
        self.pdf.add_font("Amiri", "B", font_path("Amiri Bold"))
        self.pdf.set_title(clean_text(title))
        self.pdf.set_creator("analysis.briefing")
        self.pdf.set_lang("ar")
        self.width = self.pdf.w - 2 * self.MARGIN

    def text(
        self,
        text: str,
        *,
        size: float = 11,
        bold: bool = False,
        color=(34, 34, 34),
        rtl: bool | None = None,
        gap: float = 1.5,
        measure: bool = False,
    ) -> float:
        """A paragraph: right-aligned RTL when it starts with Arabic, else LTR with Arabic runs kept
        in order. Returns its height in mm; with ``measure`` only measures it (nothing is written)."""
        text = clean_text(text)
        if not text:
            return 0.0
        rtl = is_rtl(text) if rtl is None else rtl
        pdf = self.pdf
        pdf.set_font("Amiri", "B" if bold else "", size)
        pdf.set_text_color(*color)
        if rtl:
            pdf.set_text_shaping(use_shaping_engine=True, direction="rtl", script="arab", language="ar")
            align = "R"
        else:
            # An LRM after each Arabic run stops ", 5 articles" from joining the run.
            text = _ARABIC_RUN_RE.sub(
                lambda m: m.group().rstrip() + LRM + (" " if m.group().endswith(" ") else ""), text
            )
            pdf.set_text_shaping(use_shaping_engine=True, direction="ltr")
            align = "L"
        if measure:
            lines = pdf.multi_cell(self.width, size * 0.5, text, align=align, dry_run=True, output="LINES")
            return len(lines) * size * 0.5 + gap
        pdf.multi_cell(self.width, size * 0.5, text, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)
        return 0.0

    @property
    def room(self) -> float:
        """Height left on the page, mm."""
        return self.pdf.h - self.pdf.b_margin - self.pdf.get_y()

    def rule(self) -> None:
        pdf = self.pdf
        pdf.set_draw_color(200, 200, 200)
        pdf.line(self.MARGIN, pdf.get_y(), self.MARGIN + self.width, pdf.get_y())
        pdf.ln(2)

    def image_height(self, png: bytes) -> float:
        """The printed height of a chart image at the full text width (mm): charts are drawn for
        that width (:data:`analysis.briefing.printing.PRINT_WIDTH_PX`) and never shrunk, so their
        text stays at 8 pt or more."""
        with Image.open(io.BytesIO(png)) as img:
            w_px, h_px = img.size
        return self.width * h_px / w_px

    def image(self, png: bytes) -> None:
        pdf = self.pdf
        h = self.image_height(png)
        pdf.image(io.BytesIO(png), x=self.MARGIN, y=pdf.get_y(), w=self.width, h=h)
        pdf.set_y(pdf.get_y() + h + 2)


def _rows_on_this_page(room: float, heights: Sequence[float], heading: float) -> int:
    """How many evidence rows to write before a page break: as many as fit under the heading, but
    never one row alone on either side of the break (a page never holds a lone sentence)."""
    used, fit = heading, 0
    for h in heights:
        if used + h > room:
            break
        used += h
        fit += 1
    n = len(heights)
    if fit == n:
        return n
    if n - fit == 1 and fit >= 3:
        fit -= 1  # carry one more over: the next page does not start with a lone sentence
    return fit if fit >= 2 else 0


def _evidence_lines(row) -> tuple[str, str]:
    # Written out ("30 ديسمبر 2020"): digits joined by hyphens come out reversed in right-to-left runs.
    published = as_date(row.published)
    date = format_arabic_date(published) if published else ""
    source = " · ".join(p for p in (clean_text(row.title), date, clean_text(row.why)) if p)
    return f"«{row.text}»", (f"— {source}" if source else "")


def pack_pdf(
    title: str, notes: str, sections: Sequence[PdfSection], *, summary: Sequence[str] = (), lang: str = "ar"
) -> bytes:
    """The whole pack: a cover (title, notes, summary, contents), then the charts one after another.

    Each chart's title, images, caption and provenance stay together; its evidence follows, each
    sentence whole, never one alone on a page; a chart starts a new page when its title and
    first image do not fit on the current one.
    """
    ar = lang == "ar"
    writer = _Writer(title)
    pdf = writer.pdf
    pdf.add_page()
    writer.text(title, size=24, bold=True, gap=4)
    for paragraph in (notes or "").split("\n"):
        writer.text(paragraph, size=13, gap=2)
    if summary:
        pdf.ln(2)
        writer.text(word("summary", lang), size=14, bold=True, rtl=ar)
        for line in summary:
            writer.text(line, size=11, rtl=ar, gap=1.2)
    pdf.ln(3)
    writer.rule()
    writer.text(word("contents", lang), size=14, bold=True, rtl=ar)
    for k, section in enumerate(sections, 1):
        writer.text(f"{k}. {section.title}", size=12, rtl=ar)
    first_chart = True
    for k, section in enumerate(sections, 1):
        heading = f"{k}. {section.title}"
        caption_h = (
            writer.text(section.caption, size=12, bold=True, rtl=True, gap=1.5, measure=True)
            + writer.text(section.note, size=9, rtl=ar, measure=True)
            + writer.text(section.provenance.text(lang), size=9, rtl=ar, gap=3, measure=True)
        )
        title_h = writer.text(heading, size=16, bold=True, gap=1, measure=True)
        images = [writer.image_height(png) for png in section.pngs]
        first = images[0] if images else 0.0
        if first_chart or title_h + first + (caption_h if len(images) <= 1 else 0) > writer.room:
            pdf.add_page()
        first_chart = False
        writer.text(heading, size=16, bold=True, gap=1)
        for n, (png, h) in enumerate(zip(section.pngs, images)):
            last = n == len(images) - 1
            if h + (caption_h if last else 0) > writer.room:
                pdf.add_page()
                writer.text(word("continued", lang, number=k), size=11, color=(90, 90, 90), rtl=ar)
            writer.image(png)
        writer.text(section.caption, size=12, bold=True, rtl=True, gap=1.5)
        writer.text(section.note, size=9, color=(90, 90, 90), rtl=ar)
        writer.text(section.provenance.text(lang), size=9, color=(90, 90, 90), rtl=ar, gap=3)
        if section.evidence is None or not len(section.evidence):
            continue
        rows = [_evidence_lines(row) for row in section.evidence.itertuples(index=False)]
        heights = [
            writer.text(quote, size=11, rtl=True, gap=0.3, measure=True)
            + writer.text(source, size=9, rtl=True, gap=2, measure=True)
            for quote, source in rows
        ]
        evidence_heading = word("evidence", lang)
        heading_h = 2 + writer.text(evidence_heading, size=12, bold=True, rtl=ar, measure=True)
        start = 0
        while start < len(rows):
            fit = _rows_on_this_page(writer.room, heights[start:], heading_h if start == 0 else 0)
            if fit == 0:
                pdf.add_page()
                fit = _rows_on_this_page(writer.room, heights[start:], heading_h if start == 0 else 0) or 1
            if start == 0:
                writer.rule()
                writer.text(evidence_heading, size=12, bold=True, rtl=ar)
            for quote, source in rows[start : start + fit]:
                writer.text(quote, size=11, rtl=True, gap=0.3)
                writer.text(source, size=9, color=(110, 110, 110), rtl=True, gap=2)
            start += fit
            if start < len(rows):
                pdf.add_page()
    return bytes(pdf.output())
