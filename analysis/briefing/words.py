"""The fixed words of a briefing pack in English and Arabic (``analysis/data/briefing.yaml``)."""

from __future__ import annotations

import functools
from pathlib import Path

from analysis.data import read_yaml

WORDS_FILE = Path(__file__).resolve().parents[1] / "data" / "briefing.yaml"


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, dict[str, str]]:
    data = read_yaml(WORDS_FILE.read_text(encoding="utf-8")) or {}
    words = data.get("words") or {}
    for key, forms in words.items():
        if not isinstance(forms, dict) or not forms.get("en") or not forms.get("ar"):
            raise ValueError(f"{WORDS_FILE}: words.{key} needs both `en` and `ar`")
    return words


def word(key: str, lang: str, **values) -> str:
    """The pack's word ``key`` in ``lang`` (``'ar'``, else English), placeholders filled."""
    text = _words()[key]["ar" if lang == "ar" else "en"]
    return text.format(**values) if values else text
