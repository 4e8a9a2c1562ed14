"""Word cloud of key terms (wordcloud + Pillow), with Arabic shaped on whichever path exists.

Pillow shapes Arabic only when it was built with raqm (``PIL.features.check("raqm")``):

- *raqm*: words go in logical order and raqm joins and orders them;
- *no raqm* (or ``force_basic=True``, which makes Pillow use ``ImageFont.Layout.BASIC`` and
  stands in for such a Pillow in tests): each word is reshaped to presentation forms
  (arabic-reshaper) and reordered for display (``bidi.algorithm.get_display``, which also
  mirrors brackets: ``(قسد)`` stays ``(قسد)`` on screen).

Giving reshaped text to raqm, or logical text to BASIC, draws broken Arabic: the path is
chosen by capability, never by default (see /work/shared/RTL.md).
"""

from __future__ import annotations

import io
import threading
from collections.abc import Mapping

import pandas as pd
import plotly.graph_objects as go
from PIL import Image, ImageFont, features

from analysis.viz.errors import ExportError
from analysis.viz.fonts import font_path as find_font
from analysis.viz.style import SERIES_COLORS, base_layout, clean_text, empty_figure

RAQM, RESHAPE = "raqm", "reshape"
_patch_lock = threading.Lock()


def raqm_available() -> bool:
    return bool(features.check("raqm"))


def shaping_path(*, force_basic: bool = False) -> str:
    """``"raqm"`` when Pillow can shape Arabic itself, else ``"reshape"``."""
    return RAQM if raqm_available() and not force_basic else RESHAPE


def prepare_word(word: str, path: str) -> str:
    """The string to hand Pillow on ``path``: logical text for raqm, reshaped visual text otherwise.

    ``prepare_word("روسيا", "raqm")`` → ``"روسيا"``; on ``"reshape"`` → ``"\ufe8e\ufef4\ufeb3\ufeed\ufead"``
    (joined presentation forms in visual, right-to-left order; see the word-cloud tests).
    """
    word = clean_text(word)
    if path == RAQM:
        return word
    import arabic_reshaper
    from bidi.algorithm import get_display  # mirrors brackets; `from bidi import get_display` does not

    return get_display(arabic_reshaper.reshape(word))


class _BasicImageFont:
    """``PIL.ImageFont`` as wordcloud sees it, with every font loaded in the BASIC layout."""

    def __getattr__(self, name):
        return getattr(ImageFont, name)

    @staticmethod
    def truetype(font=None, size=10, *args, **kwargs):
        kwargs["layout_engine"] = ImageFont.Layout.BASIC
        return ImageFont.truetype(font, size, *args, **kwargs)


def _frequencies(terms) -> dict[str, float]:
    if isinstance(terms, pd.Series):
        terms = terms.to_dict()
    out: dict[str, float] = {}
    for word, weight in dict(terms).items():
        word = clean_text(word)
        if word and weight and float(weight) > 0:
            out[word] = out.get(word, 0.0) + float(weight)
    return out


def word_cloud_image(
    terms: Mapping[str, float] | pd.Series,
    *,
    width: int = 1200,
    height: int = 600,
    font_path: str | None = None,
    force_basic: bool = False,
    max_words: int = 60,
    max_font_size: int | None = None,
    background: str = "white",
    seed: int = 7,
    layout_scale: int = 2,
) -> Image.Image:
    """A word cloud of ``terms`` (word → weight) as a Pillow image; words drawn with Arabic shaped.

    The words are placed on a canvas ``layout_scale`` times smaller and drawn at full size
    (wordcloud's ``scale``): the same picture, several times faster to lay out.
    """
    try:
        import wordcloud.wordcloud as wordcloud_module
        from wordcloud import WordCloud
    except ImportError:
        raise ExportError(
            "wordcloud missing: run `make setup` or `pip install wordcloud==1.9.6`",
            missing="wordcloud",
            install="pip install wordcloud==1.9.6",
        ) from None
    freqs = _frequencies(terms)
    if not freqs:
        return Image.new("RGB", (width, height), background)
    path = shaping_path(force_basic=force_basic)
    shown: dict[str, float] = {}
    for word, weight in freqs.items():
        key = prepare_word(word, path)
        shown[key] = shown.get(key, 0.0) + weight
    palette = SERIES_COLORS[:6]
    order = {w: i for i, w in enumerate(sorted(shown, key=shown.__getitem__, reverse=True))}

    def color(word, **_):
        return palette[order.get(word, 0) % len(palette)]

    cloud = WordCloud(
        font_path=font_path or find_font("Amiri Bold"),
        width=max(1, width // layout_scale),
        height=max(1, height // layout_scale),
        scale=layout_scale,
        background_color=background,
        max_words=max_words,
        max_font_size=max_font_size,
        prefer_horizontal=1.0,  # rotated Arabic is hard to read
        random_state=seed,
        color_func=color,
        margin=max(2, 6 // layout_scale),
        relative_scaling=0.6,
    )
    if path == RESHAPE and raqm_available():
        # Pillow has raqm but we were told to pretend it has not: wordcloud calls
        # ImageFont.truetype itself, so hand its module a BASIC-layout ImageFont for this call.
        with _patch_lock:
            saved = wordcloud_module.ImageFont
            wordcloud_module.ImageFont = _BasicImageFont()
            try:
                cloud.generate_from_frequencies(shown)
                return cloud.to_image()
            finally:
                wordcloud_module.ImageFont = saved
    cloud.generate_from_frequencies(shown)
    return cloud.to_image()


def word_cloud_png(terms, **options) -> bytes:
    """:func:`word_cloud_image` as PNG bytes (for a download button)."""
    buffer = io.BytesIO()
    word_cloud_image(terms, **options).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def word_cloud_figure(
    terms, *, title: str = "Key terms", lang: str = "both", width: int = 1200, height: int = 600, **options
) -> go.Figure:
    """The word cloud as a Plotly figure (image + house title), so it exports and packs like any chart."""
    if not _frequencies(terms):  # say so, like every other chart, rather than show a blank image
        return empty_figure(title, lang)
    image = word_cloud_image(terms, width=width, height=height, **options)
    fig = go.Figure()
    fig.add_layout_image(
        source=image, xref="paper", yref="paper", x=0, y=1, sizex=1, sizey=1,
        xanchor="left", yanchor="top", sizing="contain", layer="below",
    )  # fmt: skip
    fig.update_xaxes(visible=False, range=[0, 1])
    fig.update_yaxes(visible=False, range=[0, 1])
    base_layout(fig, title, lang)
    fig.update_layout(height=int(height * 1000 / width) + 120, margin=dict(l=20, r=20, t=70, b=30))
    return fig
