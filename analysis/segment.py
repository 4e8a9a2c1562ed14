"""Paragraphs and sentences of an article, as offsets into its original text.

A paragraph is a non-blank line (news sites put one paragraph per line; a headline is
a paragraph of its own). A sentence ends at ``.`` ``!`` ``?`` ``؟`` or ``…`` followed by
white space (closing quotes and brackets stay with the sentence they close), or at the
end of its paragraph. ``3.5`` and ``إف-35.`` inside a sentence do not end it.
"""

from __future__ import annotations

import re

import pandas as pd

_PARAGRAPH_RE = re.compile(r"[^\n\r]+")
# A terminator (possibly repeated), then any closing quotes/brackets, then a space.
_SENTENCE_END_RE = re.compile(r"(?<!\d)[.!?؟…]+(?!\d)[\"'”’»)\]]*(?=\s)|(?<=\d)[.!?؟…]+[\"'”’»)\]]*(?=\s)")

SENTENCE_COLUMNS = ["doc_id", "sentence_idx", "paragraph_idx", "start", "end", "text"]


def split_sentences(text: str) -> list[tuple[int, int, int]]:
    """Sentences of ``text`` as ``(start, end, paragraph_idx)``, in reading order.

    Spans exclude surrounding white space; ``text[start:end]`` is the sentence.

    >>> split_sentences("قال لافروف. وأضاف أوغلو\\n\\nموسكو")
    [(0, 11, 0), (12, 23, 0), (25, 30, 1)]
    """
    spans: list[tuple[int, int, int]] = []
    paragraph_idx = 0
    for para in _PARAGRAPH_RE.finditer(text):
        p_start, p_end = para.span()
        chunk = para.group()
        if not chunk.strip():
            continue
        cut = 0
        for end in _SENTENCE_END_RE.finditer(chunk):
            _append_trimmed(spans, text, p_start + cut, p_start + end.end(), paragraph_idx)
            cut = end.end()
        _append_trimmed(spans, text, p_start + cut, p_end, paragraph_idx)
        paragraph_idx += 1
    return spans


def _append_trimmed(spans: list, text: str, start: int, end: int, paragraph_idx: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    # A fragment of bare punctuation ("-", "/") is not a sentence of its own.
    if any(ch.isalnum() for ch in text[start:end]):
        spans.append((start, end, paragraph_idx))


def sentences_table(documents: pd.DataFrame) -> pd.DataFrame:
    """``documents`` (doc_id, text) → one row per sentence with :data:`SENTENCE_COLUMNS`."""
    rows = []
    for doc_id, text in zip(documents["doc_id"], documents["text"]):
        for idx, (start, end, paragraph_idx) in enumerate(split_sentences(text)):
            rows.append((doc_id, idx, paragraph_idx, start, end, text[start:end]))
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS)
