"""The briefing pack as PDF (fpdf2 with HarfBuzz text shaping).

Arabic is written in logical order and shaped by fpdf2's engine
(``set_text_shaping(use_shaping_engine=True, direction="rtl", script="arab", language="ar")``),
so the page shows joined right-to-left Arabic *and* the text layer stays logical Arabic that
``pdftotext`` extracts and a reader can search. Amiri (which covers Latin too) is embedded.

Each chart gets: its title, the chart as a PNG (2× scale), its Arabic caption, the filters
and provenance, and its top evidence sentences (right to left, with article and date).
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd
from PIL import Image

from analysis.briefing.provenance import LRM, Provenance
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
    """One chart of the pack, ready to lay out."""

    title: str
    png: bytes
    caption: str
    provenance: Provenance
    evidence: pd.DataFrame = field(default_factory=pd.DataFrame)
    subtitle: str = ""


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
    ) -> None:
        """A paragraph: right-aligned RTL when it starts with Arabic, else LTR with Arabic runs kept in order."""
        text = clean_text(text)
        if not text:
            return
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
        pdf.multi_cell(self.width, size * 0.5, text, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    def rule(self) -> None:
        pdf = self.pdf
        pdf.set_draw_color(200, 200, 200)
        pdf.line(self.MARGIN, pdf.get_y(), self.MARGIN + self.width, pdf.get_y())
        pdf.ln(2)

    def image(self, png: bytes, max_height: float) -> None:
        pdf = self.pdf
        with Image.open(io.BytesIO(png)) as img:
            w_px, h_px = img.size
        w = self.width
        h = w * h_px / w_px
        if h > max_height:
            h = max_height
            w = h * w_px / h_px
        if pdf.get_y() + h > pdf.h - pdf.b_margin:
            pdf.add_page()
        pdf.image(io.BytesIO(png), x=self.MARGIN + (self.width - w) / 2, y=pdf.get_y(), w=w, h=h)
        pdf.set_y(pdf.get_y() + h + 3)


def pack_pdf(title: str, notes: str, sections: Sequence[PdfSection], *, corpus_line: str = "") -> bytes:
    """The whole pack: a cover (title, notes, contents) and one section per chart."""
    writer = _Writer(title)
    pdf = writer.pdf
    pdf.add_page()
    writer.text(title, size=24, bold=True, gap=4)
    if corpus_line:
        writer.text(corpus_line, size=10, color=(90, 90, 90), gap=3)
    for paragraph in (notes or "").split("\n"):
        writer.text(paragraph, size=13, gap=2)
    pdf.ln(4)
    writer.rule()
    writer.text("المحتويات", size=14, bold=True, rtl=True)
    for k, section in enumerate(sections, 1):
        writer.text(f"{k}. {section.title}", size=12, rtl=is_rtl(section.title) or has_arabic(section.title))
    for k, section in enumerate(sections, 1):
        pdf.add_page()
        writer.text(f"{k}. {section.title}", size=17, bold=True, gap=1)
        if section.subtitle:
            writer.text(section.subtitle, size=10, color=(90, 90, 90))
        writer.image(section.png, max_height=150)
        writer.text(section.caption, size=13, bold=True, rtl=True, gap=2)
        writer.text("المرشحات: " + ("بلا مرشحات" if section.provenance.filters == "no filters" else section.provenance.filters),
                    size=10, color=(90, 90, 90), rtl=True, gap=0.5)  # fmt: skip
        writer.text(section.provenance.text("en"), size=9, color=(90, 90, 90), rtl=False, gap=3)
        if section.evidence is not None and len(section.evidence):
            writer.rule()
            writer.text("أبرز الجمل الدالة", size=13, bold=True, rtl=True)
            for row in section.evidence.itertuples(index=False):
                writer.text(f"«{row.text}»", size=12, rtl=True, gap=0.3)
                # Written out ("30 ديسمبر 2020"): digits joined by hyphens come out reversed
                # (30-12-2020) in fpdf2's right-to-left runs.
                published = as_date(row.published)
                date = format_arabic_date(published) if published else ""
                source = " · ".join(p for p in (clean_text(row.title), date, clean_text(row.why)) if p)
                writer.text(f"— {source}" if source else "", size=9, color=(110, 110, 110), rtl=True, gap=2)
    return bytes(pdf.output())
