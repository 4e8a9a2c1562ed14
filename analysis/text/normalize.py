"""Arabic normalisation for matching and counting.

Each step is a small string-in, string-out function; :func:`normalize` chains them.
The original article text is never replaced: analysis matches on the normalised
copy and maps offsets back with :func:`normalize_with_offsets`.

Steps that map one character to one character (alef forms, alef maqsura, ta marbuta,
digits, punctuation, spaces) are done with ``str.translate``; steps that delete
characters (diacritics, tatweel, invisible controls) are done with one compiled regex.

One tatweel is no stretch: a run of them between two numbers (spaces around it or not) is the
dash of a range, ``2002 ـ 2003``, ``1435ـ1436هـ``, ``5 ــ 7 ذي الحجة``: its first tatweel becomes
``-`` (one character for one) and the rest are deleted, so the range reads as ``2002 - 2003`` does.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

import numpy as np

from analysis.text.arabic import ALEF_VARIANTS, DIACRITICS, TATWEEL

# --- character classes (the Arabic ones live in analysis.text.arabic) ------------------------

#: Zero-width and bidirectional controls that sneak into copied news text.
INVISIBLES = "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad"

_DIACRITICS_RE = re.compile(f"[{DIACRITICS}]")
_TATWEEL_RE = re.compile(TATWEEL)
_INVISIBLES_RE = re.compile(f"[{INVISIBLES}]")
_DELETABLE_RE = re.compile(f"[{DIACRITICS}{TATWEEL}{INVISIBLES}]")
#: A tatweel between two numbers, spaces around it or not: the dash of a range ("2002 ـ 2003", "1435ـ1436").
_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
_DASH_TATWEEL_RE = re.compile(f"(?<=[{_DIGITS}])[ \xa0]*({TATWEEL})(?={TATWEEL}*[ \xa0]*[{_DIGITS}])")

_ALEF_TABLE = str.maketrans(dict.fromkeys(ALEF_VARIANTS, "ا"))
_ALEF_MAQSURA_TABLE = str.maketrans({"ى": "ي", "ی": "ي", "ې": "ي"})
_TA_MARBUTA_TABLE = str.maketrans({"ة": "ه"})
_DIGITS_TABLE = str.maketrans(
    {**{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)}}
)
_SPACES_TABLE = str.maketrans(dict.fromkeys("\xa0\u2007\u202f\u2009\u200a\u2002\u2003\u3000\t", " "))
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


def dash_tatweels(text: str) -> str:
    """The first tatweel of a run between two numbers → ``-``, the dash it stands for: ``2002 ـ 2003`` →
    ``2002 - 2003`` (the others are left, for :func:`strip_tatweel`)."""
    if TATWEEL not in text:
        return text
    return _DASH_TATWEEL_RE.sub(lambda m: m.group(0)[: m.start(1) - m.start(0)] + "-", text)


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
    if len(text) > 64:  # the vectorised path is several times faster on longer texts
        return normalize_with_offsets(text, ta_marbuta=ta_marbuta)[0]
    table = _ONE_TO_ONE_TABLE if ta_marbuta else _ONE_TO_ONE_NO_TA_MARBUTA
    return _DELETABLE_RE.sub("", dash_tatweels(text).translate(table))


class OffsetMap:
    """Maps indices of a normalised text back to the original text.

    Only the deletions are stored (normalisation never inserts and otherwise maps one
    character to one), so the map costs nothing for the many articles with no diacritics.
    """

    __slots__ = ("_deleted_at", "_deleted_list")

    def __init__(self, deleted_at: np.ndarray):
        # deleted_at[k]: the normalised index just before which the k-th deletion happened.
        self._deleted_at = deleted_at
        # the same as a list, made on first use by to_original or deleted_within
        self._deleted_list: list[int] | None = None

    @property
    def is_identity(self) -> bool:
        """Whether nothing was deleted: every index is the same in both texts."""
        return not len(self._deleted_at)

    @property
    def deleted_count(self) -> int:
        """How many characters normalisation deleted: the original text is this much longer."""
        return len(self._deleted_at)

    @classmethod
    def concatenated(cls, parts: Iterable[tuple[OffsetMap, int]]) -> OffsetMap:
        """The map of normalised texts joined end to end, from each text's map and the index its
        normalised text starts at in the joined one."""
        deletions = [offsets._deleted_at + at for offsets, at in parts if len(offsets._deleted_at)]
        return cls(np.concatenate(deletions) if deletions else np.zeros(0, dtype=np.int64))

    def deleted_within(self, start: int, end: int) -> bool:
        """Whether a character was deleted after the normalised index ``start`` and up to ``end`` (a mark on the
        letters of ``[start, end)`` or right after them: راتبًا, whose tanwin normalising deleted). Called for most
        words discovery reads: ``bisect`` on the list, as :meth:`to_original`."""
        if not len(self._deleted_at):
            return False
        deleted = self._deleted_as_list()
        return bisect_right(deleted, end) != bisect_right(deleted, start)

    def to_original(self, index: int) -> int:
        """One index back to the original text. Called once or twice per mention: ``bisect`` on a list
        is the same count as ``np.searchsorted(side="right")`` at a tenth of its cost for one index."""
        return index + bisect_right(self._deleted_as_list(), index)

    def _deleted_as_list(self) -> list[int]:
        deleted = self._deleted_list
        if deleted is None:
            deleted = self._deleted_list = self._deleted_at.tolist()
        return deleted

    def to_original_array(self, indices: np.ndarray) -> np.ndarray:
        return indices + np.searchsorted(self._deleted_at, indices, side="right")

    def to_normalized_array(self, indices: np.ndarray) -> np.ndarray:
        """Original indices → normalised ones (a deleted character maps to the next kept one)."""
        deleted = self._deleted_at + np.arange(len(self._deleted_at))  # their original positions
        return indices - np.searchsorted(deleted, indices)


def _build_tables() -> tuple[np.ndarray, np.ndarray]:
    lut = np.arange(0x10000, dtype=np.uint32)
    for code, replacement in _ONE_TO_ONE_TABLE.items():
        lut[code] = ord(replacement)
    deletable = np.zeros(0x10000, dtype=bool)
    all_bmp = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x10000)))
    for m in _DELETABLE_RE.finditer(all_bmp):
        code = ord(m.group())
        deletable[code] = True
    return lut, deletable


_LUT, _DELETABLE = _build_tables()
_LUT_KEEP_TA_MARBUTA = _LUT.copy()
_LUT_KEEP_TA_MARBUTA[ord("ة")] = ord("ة")


def normalize_with_offsets(text: str, *, ta_marbuta: bool = True) -> tuple[str, OffsetMap]:
    """Normalise ``text`` like :func:`normalize` and return the map back to ``text``.

    Vectorised with numpy (one table look-up per character), so a corpus of 50 million
    characters is normalised in about a second.
    """
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    lut = _LUT if ta_marbuta else _LUT_KEEP_TA_MARBUTA
    in_bmp = codes < 0x10000
    if in_bmp.all():
        mapped = lut[codes]
        deleted = _DELETABLE[codes]
    else:
        clipped = np.where(in_bmp, codes, 0)
        mapped = np.where(in_bmp, lut[clipped], codes)
        deleted = _DELETABLE[clipped] & in_bmp
    if TATWEEL in text:  # the dash of a range: "2002 ـ 2003" (one character for one, so the offsets hold)
        for m in _DASH_TATWEEL_RE.finditer(text):  # mapped and deleted are new arrays (fancy indexing)
            mapped[m.start(1)], deleted[m.start(1)] = ord("-"), False
    positions = np.flatnonzero(deleted)
    if len(positions):
        mapped = mapped[~deleted]
    normalized = mapped.tobytes().decode("utf-32-le", "surrogatepass")
    return normalized, OffsetMap(positions - np.arange(len(positions)))


def normalize_joined_with_offsets(texts, separator: str) -> tuple[str, OffsetMap]:
    """``normalize_with_offsets(separator.join(texts))``, normalising one text at a time: the
    numpy path is an order of magnitude slower on one string of 50 million characters than on
    30,000 articles of its length (8 s against 0.7 s for SaudiNewsNet). ``separator`` must be
    left as it is by normalisation (``"\\x00"`` is)."""
    if normalize(separator) != separator:
        raise ValueError(f"normalisation changes the separator {separator!r}")
    parts: list[str] = []
    maps: list[tuple[OffsetMap, int]] = []
    at = 0
    for text in texts:
        normalized, offsets = normalize_with_offsets(text)
        maps.append((offsets, at))
        parts.append(normalized)
        at += len(normalized) + len(separator)
    return separator.join(parts), OffsetMap.concatenated(maps)


def original_span(text: str, offsets: OffsetMap, start: int, end: int) -> tuple[int, int]:
    """Map a span ``[start, end)`` of the normalised text back to ``text``.

    Diacritics that follow the last letter belong to the word (``قوّاتٌ``) and are included.
    """
    orig_start, orig_end = offsets.to_original(start), offsets.to_original(end - 1) + 1
    while orig_end < len(text) and _DIACRITICS_RE.match(text, orig_end):
        orig_end += 1
    return orig_start, orig_end
