"""Fixtures for the briefing tests: the seed tables, a running kaleido server, and the
Debian tools the checks need (missing ones fail with the install command, never skip)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from analysis.normalize import normalize


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


@pytest.fixture(scope="session")
def seed():
    from analysis.pipeline import build

    return build("seeds")


@pytest.fixture(scope="session")
def server():
    require_tool("chromium", "chromium")
    from analysis.briefing import ensure_server

    ensure_server()
    yield
