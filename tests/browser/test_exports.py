"""Downloads as the analyst gets them: the modebar PNG (with the provenance footer) and the CSV
(UTF-8 with a byte-order mark, so Excel shows the Arabic)."""

from __future__ import annotations

import struct
import subprocess
from pathlib import Path

import pytest
from briefing_checks import ocr_words, require_tool
from browser_checks import presentation_forms

from dashboard import widgets

pytestmark = pytest.mark.browser  # real Chromium against `streamlit run`

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def modebar_png(tab, key: str) -> tuple[bytes, dict]:
    """Click the camera of the chart ``key``'s modebar (Plotly draws the PNG in the browser)."""
    page = tab.page
    chart = page.locator(f".st-key-{key} .js-plotly-plot")
    chart.hover()
    button = chart.locator('.modebar-btn[data-title="Download plot as a png" i]')
    button.wait_for(state="visible")
    with page.expect_download(timeout=30_000) as info:
        button.click()
    download = info.value
    assert download.suggested_filename == "overview-top-actors.png"
    layout = chart.evaluate("gd => ({height: gd._fullLayout.height, footers: gd._fullLayout.annotations"
                            ".filter(a => a.name === 'provenance').map(a => a.text)})")  # fmt: skip
    return Path(download.path()).read_bytes(), layout


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_modebar_png_carries_the_provenance_footer(tab, screenshots, lang):
    """Plotly's camera button draws the PNG client-side from the figure: the provenance footer is
    part of the figure, and the PNG is laid out as wide as the footer was wrapped for (the Overview's
    top actors sit in half the page: widgets.HALF_WIDTH), at twice the size."""
    tab.open("", **({"lang": lang} if lang == "ar" else {}))
    data, layout = modebar_png(tab, "ov_actors")
    assert data[:8] == PNG_MAGIC, f"not a PNG: {data[:16]!r}"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (2 * widgets.HALF_WIDTH, 2 * layout["height"])
    assert len(layout["footers"]) == 1
    path = screenshots / f"modebar-top-actors-{lang}.png"
    path.write_bytes(data)

    from PIL import Image

    strip = screenshots / f"modebar-top-actors-{lang}-footer.png"
    with Image.open(path) as image:
        # the lower part: in half the page the legend goes below the plot, under the footer
        image.crop((0, int(image.height * 0.6), image.width, image.height)).save(strip)
    if lang == "ar":
        text = ocr_words(strip)
        assert "المدونه" in text and "المرشحات" in text, text
    else:
        require_tool("tesseract", "tesseract-ocr")
        text = subprocess.run(["tesseract", str(strip), "-", "-l", "eng"], capture_output=True, text=True).stdout
        assert "Corpus:" in text and "Filters: no filters" in text, text
    assert tab.real_console_errors() == []


def test_csv_download_is_utf8_with_bom(tab):
    tab.open("")
    page = tab.page
    with page.expect_download(timeout=30_000) as info:
        page.locator(".st-key-ov_actors__csv button").click()
    download = info.value
    assert download.suggested_filename == "overview-top-actors.csv"
    data = Path(download.path()).read_bytes()
    assert data[:3] == b"\xef\xbb\xbf", f"no byte-order mark: {data[:8]!r}"
    text = data[3:].decode("utf-8")
    header, *rows = text.splitlines()
    assert header.split(",")[:2] == ["entity_id", "name_en"], header
    assert any(row.startswith("russia,Russia,روسيا,") for row in rows), rows[:5]
    assert presentation_forms(text) == []
    assert tab.real_console_errors() == []


def test_print_export_downloads_the_chart_shown_with_its_provenance(tab):
    """Export → PNG at a chosen scale, rendered server-side (kaleido) with the footer."""
    tab.open("", actors="lavrov")
    page = tab.page
    page.locator(".st-key-ov_actors__exports").get_by_text("Export", exact=True).click()  # opens in the browser only
    prepare = page.get_by_text("Prepare the file").first
    prepare.wait_for(state="visible")
    tab.rerun(prepare.click, timeout=120_000)
    with page.expect_download(timeout=60_000) as info:
        page.get_by_text("Download PNG").first.click()
    download = info.value
    assert download.suggested_filename == "overview-top-actors.png"
    data = Path(download.path()).read_bytes()
    assert data[:8] == PNG_MAGIC, f"not a PNG: {data[:16]!r}"
    width, _ = struct.unpack(">II", data[16:24])
    assert width == 1600 * 2  # the default width, at scale 2
    assert tab.real_console_errors() == []


def test_chart_added_to_the_briefing_builds_a_pdf(tab):
    tab.open("", actors="lavrov")
    page = tab.page
    tab.click(".st-key-ov_actors__brief button")
    tab.rerun(lambda: page.locator("[data-testid=stSidebarNav] a", has_text="Briefing").click())
    assert "Most mentioned actors" in page.locator(".st-key-briefing_list").inner_text()
    tab.rerun(lambda: page.locator(".st-key-brief_build button").click(), timeout=120_000)
    with page.expect_download(timeout=60_000) as info:
        page.locator(".st-key-brief_pdf button").click()
    data = Path(info.value.path()).read_bytes()
    assert data.startswith(b"%PDF")
    assert tab.real_console_errors() == []
