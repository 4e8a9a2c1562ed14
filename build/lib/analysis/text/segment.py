"""Paragraphs and sentences of an article, as offsets into its original text.

A paragraph is a non-blank line (news sites put one paragraph per line; a headline is
a paragraph of its own). A sentence ends at ``.`` ``!`` ``?`` ``؟`` or ``…`` followed by
white space (closing quotes and brackets stay with the sentence they close), or at the
end of its paragraph. ``3.5`` and ``إف-35.`` inside a sentence do not end it.
"""

from __future__ import annotations

import re

import pandas as pd

# One scan finds every break: a line break, or a terminator (possibly repeated) with any
# closing quotes/brackets and then a space. The pattern opens with a character class, so
# the regex engine jumps from candidate to candidate instead of trying every position:
# five times faster than alternatives that open with a look-behind. A terminator needs
# only "a space after" (never a digit), so ``3.5`` does not end a sentence.
_BREAK_RE = re.compile(r"[.!?؟…\n\r](?:(?<=[\n\r])[\n\r]*|(?<=[.!?؟…])[.!?؟…]*[\"'”’»)\]]*(?=\s))")
_ALNUM_RE = re.compile(r"[^\W_]")

SENTENCE_COLUMNS = ["doc_id", "sentence_idx", "paragraph_idx", "start", "end", "text"]


def split_sentences(text: str) -> list[tuple[int, int, int]]:
    """Sentences of ``text`` as ``(start, end, paragraph_idx)``, in reading order.

    Spans exclude surrounding white space; ``text[start:end]`` is the sentence. A
    fragment of bare punctuation (``-``, ``/``) is not a sentence of its own, but its line
    still counts as a paragraph.

    >>> split_sentences("قال لافروف. وأضاف أوغلو\\n\\nموسكو")
    [(0, 11, 0), (12, 23, 0), (25, 30, 1)]
    """
    spans: list[tuple[int, int, int]] = []
    paragraph_idx, cut, line_has_text, n = 0, 0, False, len(text)
    has_alnum = _ALNUM_RE.search
    for brk in _BREAK_RE.finditer(text + "\n"):
        start, end = brk.span()
        line_break = start == n or text[start] in "\n\r"
        piece = text[cut : start if line_break else end]
        trimmed = piece.strip()
        if trimmed:
            line_has_text = True
            if has_alnum(trimmed):
                first = cut + len(piece) - len(piece.lstrip())
                spans.append((first, first + len(trimmed), paragraph_idx))
        if line_break and line_has_text:
            paragraph_idx += 1
            line_has_text = False
        cut = min(end, n)
    return spans


def sentences_table(documents: pd.DataFrame) -> pd.DataFrame:
    """``documents`` (doc_id, text) → one row per sentence with :data:`SENTENCE_COLUMNS`."""
    rows = []
    for doc_id, text in zip(documents["doc_id"], documents["text"]):
        for idx, (start, end, paragraph_idx) in enumerate(split_sentences(text)):
            rows.append((doc_id, idx, paragraph_idx, start, end, text[start:end]))
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS)
