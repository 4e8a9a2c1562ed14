"""A briefing pack: the charts an analyst picked (each with its filters), a title and notes,
rendered to PDF, PPTX and per-chart PNG/SVG/PDF in one call.

    pack = BriefingPack("روسيا وتركيا في إدلب", notes="…", items=[
        PackItem("top_actors", {"top_n": 10}, FilterSpec(regions=("idlib",))),
        PackItem("event_timeline"),
    ])
    result = build_pack(pack, tables, progress=lambda stage, done, total: ...)
    result.pdf, result.pptx, result.files   # bytes, bytes, {"01_top_actors.png": bytes, ...}

``tables`` are the unfiltered tables; each item's filters are applied here (once per distinct
filter set), or by ``filtered(spec)`` when the caller has them cached (the dashboard does).
Progress is reported as ``progress(stage, done, total)`` with stage ``"chart"`` (a chart
drawn and exported), then ``"pdf"`` and ``"pptx"``.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import pandas as pd

from analysis.aggregate.filters import FilterSpec, apply_filters
from analysis.briefing.pdf import PdfSection, is_rtl, pack_pdf
from analysis.briefing.pptx import pack_pptx
from analysis.briefing.printing import PRINT_SCALE, PRINT_WIDTH_PX, PrintedChart, print_figures
from analysis.briefing.provenance import Provenance
from analysis.briefing.snapshot import Snapshot
from analysis.briefing.static import FORMATS, export_figure, figure_height
from analysis.briefing.summary import cover_summary
from analysis.briefing.words import word
from analysis.charts import registry
from analysis.schema import CorpusTables
from analysis.text.plurals import count_phrase
from analysis.viz.errors import ExportError

#: "pdf" and "pptx" are the pack; "png", "svg" and "chart-pdf" are one file per chart.
PACK_FORMATS = ("pdf", "pptx", "png", "svg", "chart-pdf")
#: The name of a kept chart (:attr:`PackItem.snapshot`): what its files are called.
_CHART_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,79}")
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class PackItem:
    """One chart of the pack: registry id, its display options, the filters of the moment and the
    corpus it was drawn from (its name; None: the pack's corpus)."""

    chart: str
    options: dict = field(default_factory=dict, hash=False)
    filters: FilterSpec = field(default_factory=FilterSpec)
    lang: str = "both"
    title: str | None = None
    corpus: str | None = None
    #: The chart as it was drawn, for a corpus that is not drawn again when the pack is made (a build
    #: too large to load): then ``chart`` is only its name (a file stem), and ``options`` are unused.
    snapshot: Snapshot | None = field(default=None, hash=False, compare=False, repr=False)

    def to_record(self) -> dict:
        """The item as JSON-ready values (what a stored briefing keeps; :meth:`from_record` reads it)."""
        record = {
            "chart": self.chart, "options": dict(self.options), "filters": self.filters.to_record(),
            "lang": self.lang, "title": self.title, "corpus": self.corpus,
        }  # fmt: skip
        if self.snapshot is not None:
            record["snapshot"] = self.snapshot.to_record()
        return record

    @classmethod
    def from_record(cls, record) -> PackItem:
        """An item from :meth:`to_record`'s values; ``ValueError`` saying what is wrong (an unknown
        chart, a field of the wrong kind) so a damaged stored item is named, never half-read."""
        if not isinstance(record, dict):
            raise ValueError(f"an item must be an object, not {type(record).__name__}")
        unknown = set(record) - {"chart", "options", "filters", "lang", "title", "corpus", "snapshot"}
        if unknown:
            raise ValueError(f"unknown item field(s): {', '.join(sorted(unknown))}")
        chart = record.get("chart")
        snapshot = Snapshot.from_record(record["snapshot"]) if record.get("snapshot") is not None else None
        if snapshot is not None:
            if not isinstance(chart, str) or not _CHART_NAME.fullmatch(chart):
                raise ValueError(f"a kept chart's name must be a short file name, not {chart!r:.80}")
        elif chart not in registry.chart_ids():
            raise ValueError(f"unknown chart {chart!r}")
        options = record.get("options") or {}
        if not isinstance(options, dict):
            raise ValueError(f"the options of {chart!r} must be an object, not {options!r}")
        lang = record.get("lang") or "both"
        if lang not in ("en", "ar", "both"):
            raise ValueError(f"language must be en, ar or both, not {lang!r}")
        texts = {k: record.get(k) for k in ("title", "corpus")}
        for key, value in texts.items():
            if value is not None and not isinstance(value, str):
                raise ValueError(f"{key} must be a text, not {value!r}")
        filters = FilterSpec.from_record(record.get("filters") or {})
        return cls(chart, dict(options), filters, lang, **texts, snapshot=snapshot)


@dataclass
class BriefingPack:
    title: str
    items: list[PackItem]
    notes: str = ""
    corpus: str | None = None
    evidence_per_chart: int = 5
    #: The language of the pack's own words (headings, footers, cover summary): ``'ar'`` or ``'en'``;
    #: None: Arabic when the title is Arabic or every item is drawn in Arabic, else English.
    lang: str | None = None

    @property
    def language(self) -> str:
        if self.lang is not None:
            return "ar" if self.lang == "ar" else "en"
        if is_rtl(self.title):
            return "ar"
        return "ar" if self.items and all(item.lang == "ar" for item in self.items) else "en"


@dataclass
class PackResult:
    pdf: bytes | None = None
    pptx: bytes | None = None
    #: Per-chart exports by file name: ``"01_top_actors.png"`` → bytes (formats png, svg, chart-pdf asked for).
    files: dict[str, bytes] = field(default_factory=dict)
    sections: list[PdfSection] = field(default_factory=list)
    #: Seconds per chart: its page and slide PNGs (every band of a large matrix); the first includes Chromium's start.
    export_seconds: list[float] = field(default_factory=list)

    def file_names(self, stem: str = "briefing") -> dict[str, bytes]:
        """Everything as files: ``briefing.pdf``, ``briefing.pptx`` and the chart exports."""
        out = {}
        if self.pdf is not None:
            out[f"{stem}.pdf"] = self.pdf
        if self.pptx is not None:
            out[f"{stem}.pptx"] = self.pptx
        out.update(self.files)
        return out


#: A slide's chart: laid out 1000 CSS px wide and at most 430 high, it fills the 12.3-inch-wide
#: picture area of a 16:9 slide, where 10 px text comes out at 8.9 pt; matrices in bands of 8 rows.
SLIDE_WIDTH_PX = 1000
SLIDE_HEIGHT_PX = 430
SLIDE_SCALE = 2.5
SLIDE_BAND_ROWS = 8
SLIDE_MAX_BANDS = 4


def _rows_note(printed: PrintedChart, lang: str) -> str:
    """What a large matrix leaves out on paper (empty when it prints whole)."""
    if not printed.reduced:
        return ""
    return word("rows_shown", lang, rows=count_phrase(printed.rows_shown, "row", lang), total=printed.rows_total)


def _check_formats(formats: Sequence[str]) -> tuple[str, ...]:
    formats = tuple(dict.fromkeys(f.strip().lower() for f in formats if f.strip()))
    unknown = [f for f in formats if f not in PACK_FORMATS]
    if unknown or not formats:
        raise ValueError(f"unknown format(s) {', '.join(unknown) or '(none)'}: choose from {', '.join(PACK_FORMATS)}")
    return formats


def build_pack(
    pack: BriefingPack,
    tables: CorpusTables | None,
    *,
    formats: Sequence[str] = ("pdf", "pptx"),
    progress: Progress | None = None,
    filtered: Callable[[FilterSpec], CorpusTables] | None = None,
    views: Callable[[str, FilterSpec], CorpusTables] | None = None,
    width: int = 1200,
    scale: float = 2,
    entities: pd.DataFrame | None = None,
    today: dt.date | None = None,
) -> PackResult:
    """Draw, caption, export every item and assemble the pack (see the module docstring).

    Each item is drawn from its own corpus (``item.corpus``): the pack's corpus from ``tables``
    (filtered by ``filtered(spec)`` when given), another one from ``views(corpus name, spec)``; an
    item kept as drawn (:attr:`PackItem.snapshot`) from what it keeps, so a pack of those alone needs
    no ``tables`` (None).

    Raises :class:`ExportError` (what is missing, how to install it) when an export cannot
    be made, and ``ValueError`` for an unknown chart, option or format, or an item of another
    corpus with no ``views`` to build it from, before any work.
    """
    formats = _check_formats(formats)
    if not pack.items:
        raise ValueError("the pack has no charts: add at least one")
    drawn = [item for item in pack.items if item.snapshot is None]  # the others are kept as drawn
    for item in drawn:
        registry.get_chart(item.chart)
    if entities is None:
        entities = registry.entities_of(tables) if tables is not None else registry.default_entities()
    corpus = pack.corpus or (tables.name if tables is not None else pack.items[0].corpus or "")
    if tables is None and any(item.corpus in (None, corpus) for item in drawn):
        raise ValueError(f"chart(s) of {corpus!r} are to be drawn, and no tables of it were given")
    foreign = {k: item.corpus for k, item in enumerate(pack.items, 1)
               if item.snapshot is None and item.corpus not in (None, corpus)}  # fmt: skip
    if foreign and views is None:
        raise ValueError(
            f"chart(s) {', '.join(map(str, foreign))} were added on another corpus "
            f"({', '.join(sorted(set(map(str, foreign.values()))))}) than {corpus!r}: each must be built from its own"
        )
    cache: dict[tuple[str, FilterSpec], CorpusTables] = {}

    def view(item: PackItem) -> CorpusTables:
        key = (item.corpus or corpus, item.filters)
        if key not in cache:
            if key[0] != corpus and views is not None:
                cache[key] = views(key[0], item.filters)
            else:
                assert tables is not None  # checked above
                cache[key] = filtered(item.filters) if filtered else apply_filters(tables, item.filters)
        return cache[key]

    total = len(pack.items)
    steps = total + sum(f in ("pdf", "pptx") for f in formats)
    done = 0
    result = PackResult()
    if progress:
        progress("chart", 0, steps)
    lang = pack.language
    printing = "pdf" in formats or "pptx" in formats
    for k, item in enumerate(pack.items, 1):
        if item.snapshot is not None:
            fig, title, provenance, caption, evidence = _kept(item, pack.evidence_per_chart)
        else:
            chart = registry.get_chart(item.chart)
            data = view(item)
            options = dict(item.options)
            if item.title:
                options["title"] = item.title
            # the figure the page drew (the same function, options and language)
            fig = registry.make_figure(item.chart, data, options, item.lang, entities=entities)
            provenance = Provenance.of(
                data, item.filters, corpus=item.corpus or corpus, exported=today, entities=entities
            )
            title = options.get("title") or chart.title(lang)
            caption = registry.caption(item.chart, data, item.options, entities=entities)
            evidence = registry.evidence(
                item.chart, data, item.options, limit=pack.evidence_per_chart, entities=entities
            )
        footer_lang = "ar" if item.lang == "ar" else "en"
        stem = f"{k:02d}_{item.chart}"
        began = time.perf_counter()
        page = print_figures(fig) if printing else PrintedChart([])
        slide = print_figures(fig, band_rows=SLIDE_BAND_ROWS, max_bands=SLIDE_MAX_BANDS) if "pptx" in formats else None
        page_pngs = [export_figure(part, "png", width=PRINT_WIDTH_PX, scale=PRINT_SCALE) for part in page.figures]
        slide_pngs = [] if slide is None else [
            export_figure(part, "png", width=SLIDE_WIDTH_PX, height=min(figure_height(part), SLIDE_HEIGHT_PX),
                          scale=SLIDE_SCALE)
            for part in slide.figures
        ]  # fmt: skip
        result.export_seconds.append(time.perf_counter() - began)
        for fmt in FORMATS:
            if (f"chart-{fmt}" if fmt == "pdf" else fmt) in formats:
                result.files[f"{stem}.{fmt}"] = export_figure(
                    fig, fmt, width=width, scale=scale, footer=provenance, footer_lang=footer_lang
                )
        result.sections.append(
            PdfSection(
                title=title, pngs=page_pngs, slide_pngs=slide_pngs, caption=caption, provenance=provenance,
                evidence=evidence, note=_rows_note(page, lang),
            )
        )  # fmt: skip
        done += 1
        if progress:
            progress("chart", done, steps)
    summary = _summary(pack, corpus, view, lang=lang, entities=entities)
    if "pdf" in formats:
        result.pdf = pack_pdf(pack.title, pack.notes, result.sections, summary=summary, lang=lang)
        done += 1
        if progress:
            progress("pdf", done, steps)
    if "pptx" in formats:
        result.pptx = pack_pptx(pack.title, pack.notes, result.sections, summary=summary, lang=lang)
        done += 1
        if progress:
            progress("pptx", done, steps)
    return result


def _kept(item: PackItem, limit: int) -> tuple:
    """What a chart kept as drawn gives the pack: its figure (titled anew when the item has a title),
    title, provenance, caption and first ``limit`` evidence sentences."""
    snapshot = item.snapshot
    assert snapshot is not None
    fig = snapshot.figure_object()
    if item.title:
        fig.update_layout(title_text=item.title)
    title = item.title or snapshot.title or item.chart
    return fig, title, snapshot.provenance, snapshot.caption, snapshot.evidence_table().head(limit)


def _summary(pack: BriefingPack, corpus: str, view, *, lang: str, entities: pd.DataFrame) -> list[str]:
    """The cover's summary: of the one selection (corpus and filters) every chart is drawn from, or,
    when charts come from several, each selection's in turn under the numbers of its charts, never
    one selection's figures for all."""
    selections: dict[tuple[str, FilterSpec], list[int]] = {}
    for number, item in enumerate(pack.items, 1):
        selections.setdefault((item.corpus or corpus, item.filters), []).append(number)

    def cover(item: PackItem) -> list[str]:
        if item.snapshot is not None:  # counted when it was drawn
            return item.snapshot.cover_lines(lang)
        return cover_summary(view(item), item.filters, lang=lang, corpus=item.corpus or corpus, entities=entities)

    if len(selections) == 1:
        return cover(pack.items[0])
    lines = []
    for numbers in selections.values():
        listed = word("list_separator", lang).join(map(str, numbers))
        lines.append(word("summary_charts_one" if len(numbers) == 1 else "summary_charts", lang, numbers=listed))
        lines.extend(cover(pack.items[numbers[0] - 1]))
    return lines


def export_chart(
    chart_id: str,
    tables: CorpusTables,
    fmt: str = "png",
    *,
    options: dict | None = None,
    filters: FilterSpec | None = None,
    lang: str = "both",
    corpus: str | None = None,
    width: int = 1200,
    scale: float = 2,
    entities: pd.DataFrame | None = None,
    footer_lang: str = "en",
) -> bytes:
    """One chart as PNG/SVG/PDF bytes with its provenance footer; ``tables`` already filtered by ``filters``.

    The dashboard's download button: ``export_chart("top_actors", view, "svg", filters=spec)``.
    The figure is :func:`analysis.charts.registry.make_figure` of the same ``(chart_id, options)``
    the page drew on screen.
    """
    fig = registry.make_figure(chart_id, tables, options, lang, entities=entities)
    footer = Provenance.of(tables, filters, corpus=corpus, entities=entities)
    return export_figure(fig, fmt, width=width, scale=scale, footer=footer, footer_lang=footer_lang)


__all__ = ["BriefingPack", "ExportError", "PackItem", "PackResult", "build_pack", "export_chart"]
