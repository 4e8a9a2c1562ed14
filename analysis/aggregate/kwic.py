"""Keyword in context: every occurrence of a word or phrase, with the text around it.

The query and the articles are compared in normalised form (alef, ya, ta marbuta,
diacritics) and a match may carry proclitics, so ``روسيا`` finds ``لروسيا`` and
``وروسيا`` too (and ``القوات`` finds ``للقوات``); offsets point into the original article text.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from analysis.text.arabic import ARTICLE_AFTER_LAM, PROCLITICS_ARTICLE_OPTIONAL_LENIENT
from analysis.text.normalize import OffsetMap, normalize, normalize_with_offsets, original_span

KWIC_COLUMNS = ["doc_id", "sentence_idx", "start", "end", "left", "match", "right"]


class KwicIndex:
    """The normalised texts of a corpus, built once and searched many times."""

    def __init__(self, texts: dict, sentences: pd.DataFrame):
        self.texts = texts
        self._normalized: dict = {}
        for doc_id, text in texts.items():
            self._normalized[doc_id] = normalize_with_offsets(text)
        self._sentence_starts = {
            doc_id: group["start"].to_numpy() for doc_id, group in sentences.groupby("doc_id", sort=False)
        }

    def search(self, query: str, *, doc_ids=None, limit: int = 500, context: int = 70) -> pd.DataFrame:
        """Occurrences of ``query`` (one or more words), at most ``limit``, in corpus order."""
        words = normalize(query).split()
        if not words:
            return pd.DataFrame(columns=KWIC_COLUMNS)
        escaped = [re.escape(w) for w in words]
        if len(words[0]) > 2 and words[0].startswith("ال"):
            escaped[0] = ARTICLE_AFTER_LAM + re.escape(words[0][2:])  # للقوات = ل + القوات
        body = r"\s+".join(escaped)
        pattern = re.compile(f"(?<!\\w){PROCLITICS_ARTICLE_OPTIONAL_LENIENT}({body})(?!\\w)")
        rows = []
        for doc_id, (normalized, offsets) in self._normalized.items():
            if doc_ids is not None and doc_id not in doc_ids:
                continue
            for m in pattern.finditer(normalized):
                rows.append(self._row(doc_id, offsets, m, context))
                if len(rows) >= limit:
                    return pd.DataFrame(rows, columns=KWIC_COLUMNS)
        return pd.DataFrame(rows, columns=KWIC_COLUMNS)

    def _row(self, doc_id, offsets: OffsetMap, match: re.Match, context: int) -> tuple:
        text = self.texts[doc_id]
        start, end = original_span(text, offsets, match.start(), match.end())
        starts = self._sentence_starts.get(doc_id, np.array([0]))
        sentence_idx = max(int(np.searchsorted(starts, start, side="right")) - 1, 0)
        left = text[max(0, start - context) : start].split("\n")[-1]
        right = text[end : end + context].split("\n")[0]
        return (doc_id, sentence_idx, start, end, left, text[start:end], right)
