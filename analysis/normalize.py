"""Arabic normalisation for matching and counting.

Each step is a small string-in, string-out function; :func:`normalize` chains them.
The original article text is never replaced: analysis matches on the normalised
copy and maps offsets back with :func:`normalize_with_offsets`.

Steps that map one character to one character (alef forms, alef maqsura, ta marbuta,
digits, punctuation, spaces) are done with ``str.translate``; steps that delete
characters (diacritics, tatweel, invisible controls) are done with one compiled regex.
"""

from __future__ import annotations

import re

import numpy as np

# --- character classes -------------------------------------------------------------

ALEF_VARIANTS = "أإآٱ"  # hamza above, hamza below, madda, wasla
#: Harakat, tanwin, shadda, sukun, dagger alef, Quranic marks.
DIACRITICS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
TATWEEL = "\u0640"
#: Zero-width and bidirectional controls that sneak into copied news text.
INVISIBLES = "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad"

_DIACRITICS_RE = re.compile(f"[{DIACRITICS}]")
_TATWEEL_RE = re.compile(TATWEEL)
_INVISIBLES_RE = re.compile(f"[{INVISIBLES}]")
_DELETABLE_RE = re.compile(f"[{DIACRITICS}{TATWEEL}{INVISIBLES}]")

_ALEF_TABLE = str.maketrans({c: "ا" for c in ALEF_VARIANTS})
_ALEF_MAQSURA_TABLE = str.maketrans({"ى": "ي", "ی": "ي", "ې": "ي"})
_TA_MARBUTA_TABLE = str.maketrans({"ة": "ه"})
_DIGITS_TABLE = str.maketrans(
    {**{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)}}
)
_SPACES_TABLE = str.maketrans({c: " " for c in "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000\t"})
_PUNCTUATION_TABLE = str.maketrans(
    {
        "،": ",",
        "؛": ";",
        "؟": "?",
        "٪": "%",
        "٫": ".",
        "٬": ",",
        "«": '"',
        "»": '"',
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "″": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "–": "-",
        "—": "-",
        "‐": "-",
        "‑": "-",
        "−": "-",
        "…": ".",
    }
)


# --- one function per normalisation ------------------------------------------------


def normalize_alef(text: str) -> str:
    """``أ إ آ ٱ`` → ``ا``: ``أنقرة`` → ``انقرة``."""
    return text.translate(_ALEF_TABLE)


def normalize_alef_maqsura(text: str) -> str:
    """Final ``ى`` (and Persian ``ی``) → ``ي``: ``إلى`` and ``إلي`` are one word."""
    return text.translate(_ALEF_MAQSURA_TABLE)


def normalize_ta_marbuta(text: str) -> str:
    """``ة`` → ``ه``, for matching only: ``التركية`` and ``التركيه`` are one word."""
    return text.translate(_TA_MARBUTA_TABLE)


def strip_diacritics(text: str) -> str:
    """Remove harakat, tanwin, shadda, sukun and dagger alef: ``قوّات`` → ``قوات``."""
    return _DIACRITICS_RE.sub("", text)


def strip_tatweel(text: str) -> str:
    """Remove the kashida used to stretch words: ``روســيا`` → ``روسيا``."""
    return _TATWEEL_RE.sub("", text)


def strip_invisibles(text: str) -> str:
    """Remove zero-width characters, bidi controls and soft hyphens."""
    return _INVISIBLES_RE.sub("", text)


def normalize_digits(text: str) -> str:
    """Eastern Arabic and Persian digits → ASCII: ``٢٠١٩`` → ``2019``."""
    return text.translate(_DIGITS_TABLE)


def normalize_spaces(text: str) -> str:
    """No-break, thin and other spaces (and tabs) → an ordinary space."""
    return text.translate(_SPACES_TABLE)


def normalize_punctuation(text: str) -> str:
    """Arabic and typographic punctuation → ASCII: ``«`` ``“`` → ``"``, ``،`` → ``,``, ``؟`` → ``?``."""
    return text.translate(_PUNCTUATION_TABLE)


# --- the pipeline -----------------------------------------------------------------

_ONE_TO_ONE_TABLE: dict[int, str] = {}
for _table in (
    _ALEF_TABLE,
    _ALEF_MAQSURA_TABLE,
    _TA_MARBUTA_TABLE,
    _DIGITS_TABLE,
    _SPACES_TABLE,
    _PUNCTUATION_TABLE,
):
    _ONE_TO_ONE_TABLE.update(_table)
_ONE_TO_ONE_NO_TA_MARBUTA = {k: v for k, v in _ONE_TO_ONE_TABLE.items() if k != ord("ة")}


def normalize(text: str, *, ta_marbuta: bool = True) -> str:
    """Every normalisation above, in one pass; idempotent.

    ``normalize("وقوّات «قسد» في آستانا ٢٠١٩")`` → ``'وقوات "قسد" في استانا 2019'``.
    With ``ta_marbuta=False`` the ``ة`` is kept (for display forms of terms).
    """
    table = _ONE_TO_ONE_TABLE if ta_marbuta else _ONE_TO_ONE_NO_TA_MARBUTA
    return _DELETABLE_RE.sub("", text.translate(table))


def normalize_with_offsets(text: str, *, ta_marbuta: bool = True) -> tuple[str, np.ndarray]:
    """Normalise ``text`` and return, for each normalised character, its index in ``text``.

    The returned array has one extra final element, ``len(text)``, so that a normalised
    span ``[s, e)`` maps back to the original span ``[offsets[s], offsets[e - 1] + 1)``
    (see :func:`original_span`).
    """
    table = _ONE_TO_ONE_TABLE if ta_marbuta else _ONE_TO_ONE_NO_TA_MARBUTA
    translated = text.translate(table)
    deleted = [m.start() for m in _DELETABLE_RE.finditer(translated)]
    if not deleted:
        return translated, np.arange(len(text) + 1, dtype=np.int64)
    keep = np.ones(len(text) + 1, dtype=bool)
    keep[deleted] = False
    return _DELETABLE_RE.sub("", translated), np.flatnonzero(keep).astype(np.int64)


def original_span(text: str, offsets: np.ndarray, start: int, end: int) -> tuple[int, int]:
    """Map a span ``[start, end)`` of the normalised text back to ``text``.

    Diacritics that follow the last letter belong to the word (``قوّاتٌ``) and are included.
    """
    orig_start, orig_end = int(offsets[start]), int(offsets[end - 1]) + 1
    while orig_end < len(text) and _DIACRITICS_RE.match(text, orig_end):
        orig_end += 1
    return orig_start, orig_end
