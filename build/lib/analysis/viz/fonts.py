"""The Arabic fonts the exports embed, found on disk, with an install hint when one is missing."""

from __future__ import annotations

import functools
import subprocess
from pathlib import Path

from analysis.viz.errors import ExportError

#: family → (candidate files, Debian package). Amiri covers Latin too, so PDF and word cloud use it.
FONTS = {
    "Amiri": (
        ["/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
         "/usr/share/fonts/truetype/fonts-hosny-amiri/Amiri-Regular.ttf"],
        "fonts-hosny-amiri",
    ),
    "Amiri Bold": (
        ["/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Bold.ttf",
         "/usr/share/fonts/truetype/fonts-hosny-amiri/Amiri-Bold.ttf"],
        "fonts-hosny-amiri",
    ),
    "Noto Sans Arabic": (["/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf"], "fonts-noto-core"),
    "Noto Sans Arabic Bold": (["/usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf"], "fonts-noto-core"),
    "Noto Naskh Arabic": (["/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf"], "fonts-noto-core"),
}  # fmt: skip

#: Families Chromium must find for the charts (analysis.viz.style.FONT_FAMILY).
CHART_FONT = "Noto Sans Arabic"


def _fc_match(family: str) -> str | None:
    try:
        out = subprocess.run(
            ["fc-match", "-f", "%{family}\t%{file}", family], capture_output=True, text=True, timeout=10
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    name, _, file = out.partition("\t")
    wanted = family.replace(" Bold", "")
    return file if file and wanted.lower() in name.lower() and Path(file).is_file() else None


@functools.cache
def font_path(family: str) -> str:
    """Path of the TTF for ``family`` (a key of :data:`FONTS`), or :class:`ExportError` naming the package."""
    candidates, package = FONTS[family]
    for candidate in candidates:
        if Path(candidate).is_file():
            return candidate
    found = _fc_match(family) if "Bold" not in family else None
    if found:
        return found
    raise ExportError(
        f"Arabic font '{family}' missing: run `apt-get install {package}` (or `make setup`)",
        missing=f"font {family}",
        install=f"apt-get install {package}",
    )


def check_chart_fonts() -> None:
    """Raise :class:`ExportError` when Chromium would draw the charts' Arabic in a fallback font."""
    font_path(CHART_FONT)
