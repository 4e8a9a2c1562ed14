"""Word cloud on both shaping paths: Pillow with raqm (logical text) and Pillow's BASIC
layout standing in for a Pillow without raqm (arabic-reshaper + bidi.algorithm.get_display)."""

from __future__ import annotations

import numpy as np
import pytest
from briefing_checks import ocr_words
from PIL import Image, ImageDraw, ImageFont

from analysis.text.normalize import normalize
from analysis.viz import wordcloud as wc
from analysis.viz.fonts import font_path

WORDS = {"روسيا": 1.0, "تركيا": 0.8, "إدلب": 0.6}


@pytest.fixture(scope="module", autouse=True)
def need_raqm():
    if not wc.raqm_available():
        pytest.fail("Pillow has no raqm: run `apt-get install libraqm0 libfribidi0` (scripts/install-system-deps)")


def draw(text: str, layout) -> np.ndarray:
    font = ImageFont.truetype(font_path("Amiri"), 48, layout_engine=layout)
    image = Image.new("L", (900, 120), 255)
    ImageDraw.Draw(image).text((20, 10), text, font=font, fill=0)
    return np.asarray(image) < 128


def overlap(a: np.ndarray, b: np.ndarray) -> float:
    return (a & b).sum() / max((a | b).sum(), 1)


@pytest.mark.parametrize(
    "word, visual",
    [("روسيا", "ﺎﻴﺳﻭﺭ"), ("(قسد)", "(ﺪﺴﻗ)")],
)
def test_prepare_word_per_path(word, visual):
    assert wc.prepare_word(word, wc.RAQM) == word
    assert wc.prepare_word(word, wc.RESHAPE) == visual  # brackets mirrored back by get_display


def test_path_is_chosen_by_capability():
    assert wc.shaping_path() == wc.RAQM
    assert wc.shaping_path(force_basic=True) == wc.RESHAPE


@pytest.mark.parametrize("word", ["روسيا", "قوات سوريا الديمقراطية (قسد)"])
def test_both_paths_draw_the_same_glyphs(word):
    raqm = draw(wc.prepare_word(word, wc.RAQM), ImageFont.Layout.RAQM)
    basic = draw(wc.prepare_word(word, wc.RESHAPE), ImageFont.Layout.BASIC)
    broken = draw(word, ImageFont.Layout.BASIC)  # what a Pillow without raqm does with logical text
    # Amiri's lam-mim ligatures (raqm only) shift long phrases a little, hence 0.4, not ~1.
    assert overlap(raqm, basic) > 0.4
    assert overlap(raqm, broken) < overlap(raqm, basic) / 2


def ink(image) -> np.ndarray:
    return np.asarray(image.convert("L")) < 200


def test_word_cloud_same_on_both_paths():
    """The same cloud, drawn by raqm from logical text and by BASIC from reshaped text."""
    raqm = wc.word_cloud_image(WORDS, width=1200, height=600, max_font_size=120)
    basic = wc.word_cloud_image(WORDS, width=1200, height=600, max_font_size=120, force_basic=True)
    assert raqm.size == basic.size == (1200, 600)
    assert ink(raqm).sum() > 10_000 and ink(basic).sum() > 10_000
    # Same words, same sizes: their ink covers about the same area on both paths.
    assert abs(int(ink(raqm).sum()) - int(ink(basic).sum())) / ink(raqm).sum() < 0.15


def test_word_cloud_ocr_reads_a_word(tmp_path):
    """Tesseract reads the biggest word of the raqm-path cloud."""
    image = wc.word_cloud_image(WORDS, width=1200, height=600, max_font_size=120)
    path = tmp_path / "cloud.png"
    image.save(path)
    text = ocr_words(path, psm=6)
    assert normalize("روسيا") in text, text


def test_basic_path_restores_pillow_for_everyone_else():
    import wordcloud.wordcloud as module

    before = module.ImageFont
    wc.word_cloud_image(WORDS, width=400, height=200, force_basic=True)
    assert module.ImageFont is before


def test_word_cloud_png_and_empty_terms():
    assert wc.word_cloud_png(WORDS, width=400, height=200)[:8] == b"\x89PNG\r\n\x1a\n"
    assert wc.word_cloud_image({}, width=300, height=100).size == (300, 100)
