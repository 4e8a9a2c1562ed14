"""Checks shared by the briefing tests: a required command-line tool, OCR of a rendered image.

A module of its own (not conftest.py): several folders have a conftest, and importing
"conftest" by name would pick whichever was loaded first.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from analysis.text.normalize import normalize


def require_tool(command: str, package: str) -> str:
    path = shutil.which(command)
    if not path:
        pytest.fail(f"{command} missing: run `apt-get install {package}` (scripts/install-system-deps installs it)")
    return path


def ocr_words(image_path, *, psm: int = 3) -> str:
    """Arabic OCR of an image (Debian tesseract-ocr + tesseract-ocr-ara), normalised."""
    require_tool("tesseract", "tesseract-ocr tesseract-ocr-ara")
    langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout.split()
    if "ara" not in langs:
        pytest.fail("tesseract has no Arabic: run `apt-get install tesseract-ocr-ara`")
    out = subprocess.run(
        ["tesseract", str(image_path), "-", "-l", "ara", "--psm", str(psm)], capture_output=True, text=True, check=True
    ).stdout
    return normalize(out)
