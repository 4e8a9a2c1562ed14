"""Static export: every chart in PNG, SVG and PDF; logical Arabic in SVG; OCR of a PNG;
one Chromium for the process; errors that say what to install."""

from __future__ import annotations

import re
import subprocess

import pytest
from briefing_checks import ocr_words, require_tool

from analysis.aggregate.filters import FilterSpec, apply_filters
from analysis.briefing import ExportError, Provenance, export_chart, export_figure, static
from analysis.briefing.provenance import plain
from analysis.charts import registry
from analysis.text.normalize import normalize
from analysis.viz import fonts as fonts_module

pytestmark = pytest.mark.slow  # renders through kaleido's Chromium

PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
MAGIC = {"png": b"\x89PNG\r\n\x1a\n", "pdf": b"%PDF", "svg": b"<svg"}


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
@pytest.mark.parametrize("chart_id", registry.chart_ids())
def test_every_chart_exports_in_every_format(seed_tables, server, chart_id, fmt):
    data = export_chart(chart_id, seed_tables, fmt, lang="ar", width=900, scale=1)
    assert data.lstrip()[: len(MAGIC[fmt])] == MAGIC[fmt] or (fmt == "svg" and b"<svg" in data[:400])
    assert len(data) > 2000


def svg_texts(svg: bytes) -> list[str]:
    text = svg.decode("utf-8")
    assert not PRESENTATION_FORMS.search(text), "presentation forms in the SVG: Arabic was reshaped"
    return [plain(t) for t in re.findall(r"<text[^>]*>(.*?)</text>", text, flags=re.S)]


@pytest.mark.parametrize("chart_id", ["top_actors", "comention_heatmap", "event_timeline", "theme_terms"])
def test_svg_text_is_logical_arabic_with_footer(seed_tables, server, chart_id):
    spec = FilterSpec(sources=("ترك برس",))
    view = apply_filters(seed_tables, spec)
    svg = export_chart(chart_id, view, "svg", filters=spec, lang="ar", width=1000)
    nodes = svg_texts(svg)
    assert registry.get_chart(chart_id).title_ar in nodes
    footer = [n for n in nodes if n.startswith("Corpus: seeds")]
    assert footer and "sources: ترك برس" in " ".join(footer)
    assert f"{len(view.documents)} article" in " ".join(footer)


def test_svg_entity_labels_keep_logical_order(seed_tables, server):
    svg = export_chart("top_actors", seed_tables, "svg", lang="ar", options={"top_n": 8})
    nodes = svg_texts(svg)
    assert "روسيا" in nodes and "تركيا" in nodes and "قوات سوريا الديمقراطية" in nodes


def test_server_started_once_and_reused(seed_tables, server):
    fig = registry.make_figure("top_regions", seed_tables, lang="ar")
    assert static.ensure_server() == 0.0  # already running: no second Chromium start-up
    for fmt in ("png", "svg", "pdf"):
        assert export_figure(fig, fmt)
    # every format went through the same server: none of them started another (speed is
    # bench/briefing_bench.py's to measure, not a test's)
    assert static.ensure_server() == 0.0


def test_png_size_follows_width_and_scale(seed_tables, server):
    from io import BytesIO

    from PIL import Image

    fig = registry.make_figure("top_regions", seed_tables)
    png = export_figure(fig, "png", width=800, height=400, scale=2)
    assert Image.open(BytesIO(png)).size == (1600, 800)


def test_footer_does_not_change_the_callers_figure(seed_tables, server):
    fig = registry.make_figure("top_actors", seed_tables)
    before = fig.to_dict()
    export_figure(fig, "svg", footer=Provenance.of(seed_tables))
    assert fig.to_dict() == before


def test_ocr_finds_arabic_title_in_png(tmp_path, seed_tables, server):
    require_tool("tesseract", "tesseract-ocr tesseract-ocr-ara")
    fig = registry.make_figure(
        "top_regions", seed_tables, {"top_n": 5, "title": "العلاقات الروسية التركية في إدلب"}, lang="ar"
    )
    fig.update_layout(title_font_size=46, margin_t=120)
    path = tmp_path / "title.png"
    path.write_bytes(export_figure(fig, "png", width=1200, scale=2))
    text = ocr_words(path)
    for word in ("العلاقات", "الروسية", "التركية", "إدلب"):
        assert normalize(word) in text, (word, text[:300])


def test_missing_chromium_says_how_to_install(monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chromium")
    with pytest.raises(ExportError, match=r"apt-get install chromium") as caught:
        static.chromium_path()
    assert caught.value.missing == "chromium"


def test_missing_font_says_how_to_install(monkeypatch):
    monkeypatch.setitem(fonts_module.FONTS, "Noto Sans Arabic", (["/nonexistent.ttf"], "fonts-noto-core"))
    monkeypatch.setattr(fonts_module, "_fc_match", lambda family: None)
    fonts_module.font_path.cache_clear()
    try:
        with pytest.raises(ExportError, match=r"Noto Sans Arabic' missing: run `apt-get install fonts-noto-core`"):
            fonts_module.check_chart_fonts()
    finally:
        fonts_module.font_path.cache_clear()


def test_bad_format_and_sizes_are_value_errors(seed_tables):
    fig = registry.make_figure("top_regions", seed_tables)
    with pytest.raises(ValueError, match="unknown format"):
        export_figure(fig, "eps")
    with pytest.raises(ValueError, match="width"):
        export_figure(fig, "png", width=50)


def test_chart_pdf_embeds_fonts(tmp_path, seed_tables, server):
    require_tool("pdffonts", "poppler-utils")
    path = tmp_path / "chart.pdf"
    path.write_bytes(export_chart("top_actors", seed_tables, "pdf", lang="ar"))
    rows = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert rows and all(" yes " in row for row in rows), rows


def test_a_mirrored_arabic_chart_keeps_its_legend_clear_of_the_names(seed_tables, server):
    # Arabic ranked bars carry their names on the right: on paper the legend goes left.
    svg = export_chart("top_actors", seed_tables, "svg", lang="ar", width=1000).decode("utf-8")
    legend_x = float(re.search(r'<g class="legend"[^>]*translate\(([\d.]+),', svg).group(1))
    legend_width = float(re.search(r'class="bg"[^>]*width="([\d.]+)"', svg).group(1))
    name_xs = [float(x) for x in re.findall(r'<g class="ytick"><text text-anchor="start" x="([\d.]+)"', svg)]
    assert name_xs, "no category labels on the right"
    assert legend_x + legend_width < min(name_xs) - 500  # far left, nowhere near the names
    english = export_chart("top_actors", seed_tables, "svg", lang="en", width=1000).decode("utf-8")
    assert float(re.search(r'<g class="legend"[^>]*translate\(([\d.]+),', english).group(1)) > 500


@pytest.mark.parametrize("view", ["news", "background"])
def test_the_timeline_exports_its_lanes_and_labels_in_logical_arabic(seed_tables, server, view):
    """What the Timeline page's Export gives: the view and lanes shown, Arabic in logical order."""
    svg = export_chart(
        "event_timeline", seed_tables, "svg", options={"view": view, "lanes": "actor"}, lang="ar", width=1200
    )
    nodes = svg_texts(svg)
    assert "روسيا" in nodes and "تركيا" in nodes  # lanes
    assert registry.get_chart("event_timeline").title_ar in nodes
    if view == "news":
        assert any(n.startswith("غارات وقصف ومعارك") for n in nodes), nodes  # a mark's label: its type
    else:
        assert b"stroke-dasharray" in svg  # منذ العام 2011: a dotted line, not a bar over eight years
