"""Keyword in context: every occurrence of a word or phrase, with the whole words around it.

The query and the articles are compared in normalised form (alef, ya, ta marbuta,
diacritics) and a match may carry proclitics, so ``روسيا`` finds ``لروسيا`` and
``وروسيا`` too (and ``القوات`` finds ``للقوات``); offsets point into the original article text.

The index holds the whole corpus as one normalised string (articles joined by a character that
is neither a letter nor a space), so a search is one scan of it: a literal search for the
query's core (the fast path of Python's ``re``), then the proclitics and word boundaries checked
at the start of each word found (SaudiNewsNet, 31,000 articles, 53 million characters: a tenth of a
second for ``روسيا``, against five seconds when every article was scanned with the full pattern).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

import numpy as np
import pandas as pd

from analysis.text.arabic import ARTICLE_AFTER_LAM, DIACRITICS, PROCLITICS_ARTICLE_OPTIONAL_LENIENT
from analysis.text.compounds import compound_parts
from analysis.text.normalize import normalize, normalize_joined_with_offsets
from analysis.text.spellings import one_spelling, spelling_parts

KWIC_COLUMNS = ["doc_id", "sentence_idx", "start", "end", "left", "match", "right"]
"""One row per occurrence: the article, the sentence holding the match's start, the match's span
in the original article text, and the whole words before (``left``) and after it (``right``) on
its line."""

#: Between two articles in the joined text: not a letter (a match cannot run on into the next
#: article) and not a space (a phrase cannot span two).
_SEPARATOR = "\x00"
#: The longest run of proclitics and article before a word's core (و + ب + ال, ل + ل ...).
_LONGEST_PREFIX = 8
_WORD_RUN_END = re.compile(r"\w*\Z")
_DIACRITIC = re.compile(f"[{DIACRITICS}]")


def _query_words(query: str) -> list[str]:
    # quotes around the whole query ask for the phrase, as in a web search: the words are searched
    return one_spelling(normalize(query)).strip().strip("\"'").split()


def _query_patterns(query: str) -> tuple[re.Pattern, re.Pattern] | None:
    """(the literal core to scan for, the full pattern checked at a word start), or None for a
    query without letters. The core of ``القوات`` is ``قوات``: after ``ل`` its article is written
    ``ل`` (``للقوات``), so the full pattern decides."""
    words = _query_words(query)
    if not words:
        return None
    escaped = [_either_spelling(w) for w in words]
    core = list(escaped)
    if len(words[0]) > 2 and words[0].startswith("ال"):
        escaped[0] = ARTICLE_AFTER_LAM + _either_spelling(words[0][2:])  # للقوات = ل + القوات
        core[0] = _either_spelling(words[0][2:])
    body = r"\s+".join(escaped)
    full = re.compile(f"(?<!\\w){PROCLITICS_ARTICLE_OPTIONAL_LENIENT}({body})(?!\\w)")
    return re.compile(r"\s+".join(core)), full


def _either_spelling(word: str, letters=re.escape, space: str = r"\s*") -> str:
    """``word`` (a query's word) as a pattern of its spellings, its text written by ``letters``: a compound
    name joined or apart (``عبدالعزيز`` finds «عبد العزيز», ``space`` between the halves) and every house
    spelling (``امريكا`` finds «أميركا»: :mod:`analysis.text.spellings`)."""

    def spellings(text: str) -> str:
        return "".join(
            letters(forms[0]) if len(forms) == 1 else "(?:" + "|".join(letters(f) for f in forms) + ")"
            for forms in spelling_parts(text)
        )

    parts = compound_parts(word)
    if parts is None:
        return spellings(word)
    return spellings(parts[0]) + space + spellings(parts[1])


def _left_context(text: str, start: int, width: int) -> str:
    """The whole words before ``start`` on its line, at most ``width`` characters."""
    line_start = text.rfind("\n", 0, start) + 1
    lo = max(line_start, start - width)
    if lo > line_start and not text[lo - 1].isspace() and not text[lo].isspace():
        # the window begins inside a word: it begins after that word instead
        space = next((i for i in range(lo, start) if text[i].isspace()), start)
        lo = space + 1 if space < start else start
    return text[lo:start].lstrip()


def _right_context(text: str, end: int, width: int) -> str:
    """The whole words after ``end`` on its line, at most ``width`` characters."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    hi = min(line_end, end + width)
    if hi < line_end and not text[hi - 1].isspace() and not text[hi].isspace():
        space = next((i for i in range(hi - 1, end - 1, -1) if text[i].isspace()), end)
        hi = space
    return text[end:hi].rstrip()


class KwicIndex:
    """The normalised texts of a corpus, built once and searched many times."""

    def __init__(self, texts: Mapping[str, str], sentences: pd.DataFrame):
        self.texts = texts
        self.doc_ids = list(texts)
        lengths = np.fromiter((len(texts[d]) for d in self.doc_ids), dtype=np.int64, count=len(self.doc_ids))
        #: Where each article starts in the joined original text.
        self._starts = np.concatenate([[0], np.cumsum(lengths + len(_SEPARATOR))])[:-1]
        self._normalized, self._offsets = normalize_joined_with_offsets((texts[d] for d in self.doc_ids), _SEPARATOR)
        position = pd.Series(np.arange(len(self.doc_ids)), index=pd.Index(self.doc_ids))
        doc_pos = sentences["doc_id"].map(position)
        known = doc_pos.notna().to_numpy()
        doc_pos = doc_pos[known].to_numpy(dtype=np.int64)
        global_start = self._starts[doc_pos] + sentences["start"].to_numpy(dtype=np.int64)[known]
        order = np.argsort(global_start, kind="stable")
        self._sentence_starts = global_start[order]
        self._sentence_docs = doc_pos[order]
        self._sentence_idx = sentences["sentence_idx"].to_numpy(dtype=np.int64)[known][order]

    def search(self, query: str, *, doc_ids=None, limit: int | None = None, context: int = 70) -> pd.DataFrame:
        """Every occurrence of ``query`` (one or more words) in corpus order (the first ``limit``
        when given), in the articles ``doc_ids`` (default all); columns :data:`KWIC_COLUMNS`.

        ``left`` and ``right`` are whole words (a word cut by the ``context`` window is left out)
        on the match's line: ``search("موسكو")`` in "زار وفد تركي موسكو السبت" gives
        ``("زار وفد تركي ", "موسكو", " السبت")`` (the spaces next to the match kept).
        """
        patterns = _query_patterns(query)
        if patterns is None:
            return pd.DataFrame(columns=KWIC_COLUMNS)
        core, full = patterns
        normalized = self._normalized
        spans: list[tuple[int, int]] = []
        covered = -1
        for found in core.finditer(normalized):
            lo = max(0, found.start() - _LONGEST_PREFIX)
            run = _WORD_RUN_END.search(normalized, lo, found.start())  # always found (it may be empty)
            word_start = run.start() if run else found.start()
            if word_start < covered:
                continue
            match = full.match(normalized, word_start)
            if match is None:
                continue
            spans.append((match.start(), match.end()))
            covered = match.end()
        if not spans:
            return pd.DataFrame(columns=KWIC_COLUMNS)
        norm = np.array(spans, dtype=np.int64)
        starts = self._offsets.to_original_array(norm[:, 0])
        ends = self._offsets.to_original_array(norm[:, 1] - 1) + 1
        docs = np.searchsorted(self._starts, starts, side="right") - 1
        keep = np.ones(len(docs), dtype=bool)
        if doc_ids is not None:
            wanted = set(doc_ids)
            keep = np.fromiter((self.doc_ids[d] in wanted for d in docs), dtype=bool, count=len(docs))
        chosen = np.flatnonzero(keep)[:limit] if limit is not None else np.flatnonzero(keep)
        sentence_at = np.searchsorted(self._sentence_starts, starts[chosen], side="right") - 1
        rows = []
        for i, at in zip(chosen, sentence_at):
            doc = int(docs[i])
            doc_id = self.doc_ids[doc]
            text = self.texts[doc_id]
            start, end = int(starts[i] - self._starts[doc]), int(ends[i] - self._starts[doc])
            while end < len(text) and _DIACRITIC.match(text, end):  # قوّاتٌ: the tanwin is the word's
                end += 1
            same_doc = at >= 0 and self._sentence_docs[at] == doc
            sentence_idx = int(self._sentence_idx[at]) if same_doc else 0
            left, right = _left_context(text, start, context), _right_context(text, end, context)
            rows.append((doc_id, sentence_idx, start, end, left, text[start:end], right))
        return pd.DataFrame(rows, columns=KWIC_COLUMNS)


# --- searching texts that are not in memory ------------------------------------------------------

#: Articles made into one in-memory index at a time when searching texts read per query.
SEARCH_CHUNK = 2000
#: Up to this many articles to search in (the reader's one article), their texts are read by id
#: rather than every text scanned for the query.
FEW_ARTICLES = 20


@functools.cache
def _original_forms() -> tuple[dict[str, str], str]:
    """(normalised character → every character normalising to it, as an RE2 class body; the
    characters normalisation deletes, as an RE2 class body), over the Basic Multilingual Plane."""
    forms: dict[str, list[str]] = {}
    deleted = []
    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        normal = normalize(char)
        if normal == "":
            deleted.append(char)
        elif normal != char:
            forms.setdefault(normal, []).append(char)
    as_class = {normal: "".join(_re2_char(c) for c in [normal, *chars]) for normal, chars in forms.items()}
    return as_class, "".join(_re2_char(c) for c in deleted)


def _re2_char(char: str) -> str:
    return f"\\x{{{ord(char):x}}}"


def candidate_pattern(query: str) -> str | None:
    """An RE2 pattern (DuckDB's ``regexp_matches``) that matches the original text of every article
    in which :meth:`KwicIndex.search` finds ``query``, and a few more: its core (``قوات`` for
    ``القوات``) with each letter in any of the forms normalisation folds into it (``[اأإآٱ]``), any
    diacritics, tatweel or invisible controls after it, and anything but letters and digits between
    its words. None for a query without letters."""
    words = _query_words(query)
    if not words:
        return None
    if len(words[0]) > 2 and words[0].startswith("ال"):
        words[0] = words[0][2:]
    forms, deleted = _original_forms()
    between = f"(?:[^\\pL\\pN]|[{deleted}])+"

    def letters(text: str) -> str:
        return "".join(f"[{forms.get(c, _re2_char(c))}][{deleted}]*" for c in text)

    return between.join(_either_spelling(word, letters, "(?:[^\\pL\\pN])*") for word in words)


class TextSearch:
    """:meth:`KwicIndex.search` over texts that are not held in memory: ``texts`` gives the texts
    of the articles matching an RE2 pattern (``texts.matching(pattern, doc_ids=..., chunk=...)``, a
    scan inside DuckDB: :class:`analysis.store.texts.ArticleTexts`); only the matching articles are
    read and indexed, :data:`SEARCH_CHUNK` at a time. The same rows as
    ``KwicIndex(texts, sentences).search(...)``, in the same order (the texts' order)."""

    def __init__(self, texts, sentences: pd.DataFrame):
        self.texts = texts
        self.sentences = sentences  # the caller's table: only doc_id, sentence_idx and start are read
        self._order: dict[str, int] | None = None

    def _positions(self) -> dict[str, int]:
        """doc_id → its place in the texts' order (the order of the hits)."""
        if self._order is None:
            self._order = {doc_id: i for i, doc_id in enumerate(self.texts)}
        return self._order

    def search(self, query: str, *, doc_ids=None, limit: int | None = None, context: int = 70) -> pd.DataFrame:
        pattern = candidate_pattern(query)
        if pattern is None:
            return pd.DataFrame(columns=KWIC_COLUMNS)
        found: list[pd.DataFrame] = []
        n_found = 0
        if doc_ids is not None and len(doc_ids) <= FEW_ARTICLES:  # the reader's article: read, not scanned for
            order = self._positions()
            chunks = [self.texts.many(sorted((d for d in set(doc_ids) if d in order), key=order.__getitem__))]
        else:
            chunks = self.texts.matching(pattern, doc_ids=doc_ids, chunk=SEARCH_CHUNK)
        for texts in chunks:
            rows = self.sentences["doc_id"].isin(list(texts))
            sentences = self.sentences.loc[rows, ["doc_id", "sentence_idx", "start"]]
            left = None if limit is None else limit - n_found
            found.append(KwicIndex(texts, sentences).search(query, limit=left, context=context))
            n_found += len(found[-1])
            if limit is not None and n_found >= limit:
                break
        found = [f for f in found if len(f)]
        if not found:
            return pd.DataFrame(columns=KWIC_COLUMNS)
        return pd.concat(found, ignore_index=True)


def text_search(texts, sentences: pd.DataFrame) -> KwicIndex | TextSearch:
    """What searches ``texts``: a :class:`TextSearch` when they are read per query (they offer
    ``matching``), else a :class:`KwicIndex` built over them in memory."""
    if hasattr(texts, "matching"):
        return TextSearch(texts, sentences)
    return KwicIndex(texts, sentences)
