"""How coherent a theme is: the NPMI of the pairs of its top terms over the corpus's own sentences.

A theme whose top terms share sentences is one story or one subject (``العقوبات | منظومة الدفاع |
الولايات المتحدة``); one whose terms rarely meet mixes stories, or is a register rather than a subject
(opinion columns: ``الناس | الإنسان | الحياة``). Each pair of a theme's top ``top_terms`` terms scores
its normalised pointwise mutual information over sentences,

    NPMI(a, b) = log(p(a, b) / (p(a) p(b))) / −log p(a, b)

from −1 (never in one sentence) through 0 (independent) to 1 (always together), and the theme scores
the mean over its pairs. A sentence ends at ``. ! ? ؟``, a line break or the end of its article. A term
is matched as the sequence of its words' light stems (:func:`analysis.aggregate.terms._stem_types`), so
``لوحدات حماية الشعب`` counts for ``وحدات حماية الشعب``.

Every sentence of the corpus counts: the build reads them from the tokens its term matrix already
made (about 1.5 s of CPU on 31k articles; a random sample of 3,000 articles was as cheap but moved a
theme's score by up to 0.4). ``dev/score_themes.py`` scores with the same :class:`SentenceIndex`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import pandas as pd
import scipy.sparse as sp

from analysis.aggregate.terms import Tokens, _normal_word, _stem_types, _token_codes
from analysis.aggregate.vocabulary import words_of

#: One row per theme: ``theme_id`` and its ``coherence`` (mean NPMI of its top terms' pairs).
COHERENCE_COLUMNS = ["theme_id", "coherence"]
SENTENCE_END = (".", "!", "?", "؟", "\n", "\x1e")
#: A token type holding one of :data:`SENTENCE_END` (a regex's search: a quarter of the cost of testing each
#: character in turn, over the 300k types of a large corpus).
_ENDS_SENTENCE = re.compile("[" + re.escape("".join(SENTENCE_END)) + "]")


class SentenceIndex:
    """Which sentences hold each term (a sequence of light stems), over the sentences of ``texts``."""

    def __init__(self, texts: Sequence[str], *, tokens: Tokens | None = None):
        if tokens is None:
            codes, types, _ = _token_codes(texts)
            stemmed = _stem_types(types, np.bincount(codes, minlength=len(types)))
        else:  # the corpus as the term matrix read it (build_term_matrix(..., keep_tokens=True))
            codes, types, stemmed = tokens.codes, tokens.types, tokens.stemmed
        self.stemmed = stemmed
        search = _ENDS_SENTENCE.search
        ends = np.fromiter((search(t) is not None for t in types), dtype=bool, count=len(types))
        is_end = ends[codes]
        # of a run of ends (a full stop, then the end of the article) only the last ends a sentence:
        # no empty sentence is counted
        is_end &= np.r_[~is_end[1:], True]
        self.sentence = np.cumsum(is_end, dtype=np.int32) - is_end
        self.n_sentences = int(self.sentence[-1]) + 1 if len(self.sentence) else 0
        self.match = self.stemmed.match_of_type[codes]
        # the tokens of each stem, in text order: a CSR matrix's row per stem is a counting sort (0.2 s
        # for 10M tokens, where a stable argsort took 0.6 s)
        n = len(self.match)
        self.n_stems = int(self.match.max()) + 1 if n else 0
        by_stem = sp.csr_matrix(
            (np.ones(n, dtype=np.int8), (self.match, np.arange(n, dtype=np.int32))), shape=(self.n_stems, max(n, 1))
        )
        self.order, self.starts = by_stem.indices, by_stem.indptr
        self.cache: dict[str, np.ndarray] = {}

    def _positions(self, match_id: int) -> np.ndarray:
        """The tokens of a stem, in text order."""
        if not 0 <= match_id < self.n_stems:
            return self.order[:0]
        return self.order[self.starts[match_id] : self.starts[match_id + 1]]

    def sentences(self, term: str) -> np.ndarray:
        """The sentences (ids, sorted) that hold ``term``'s words in a row."""
        if term in self.cache:
            return self.cache[term]
        ids = []
        for word in words_of(term):
            j = self.stemmed.word_index.get(_normal_word(word))
            ids.append(-1 if j is None else int(self.stemmed.match_of_word[j]))
        if not ids or min(ids) < 0:
            result = np.empty(0, dtype=np.int64)
        else:
            starts = self._positions(ids[0])
            for k, other in enumerate(ids[1:], start=1):
                starts = starts[starts + k < len(self.match)]
                starts = starts[self.match[starts + k] == other]
            sentences = self.sentence[starts]  # rising: one per sentence
            result = sentences[np.r_[True, sentences[1:] != sentences[:-1]]] if len(sentences) else sentences
        self.cache[term] = result
        return result

    def npmi(self, terms: Sequence[str]) -> float:
        """The mean NPMI of the pairs of ``terms`` (a pair never in one sentence: −1); NaN under two terms."""
        sets = [self.sentences(t) for t in terms]
        n = self.n_sentences
        scores = []
        for i in range(len(sets)):
            for j in range(i + 1, len(sets)):
                a, b = sets[i], sets[j]
                both = _shared(a, b)
                if both == 0 or not len(a) or not len(b):
                    scores.append(-1.0)
                    continue
                p_ab, p_a, p_b = both / n, len(a) / n, len(b) / n
                scores.append(1.0 if p_ab >= 1 else float(np.log(p_ab / (p_a * p_b)) / -np.log(p_ab)))
        return float(np.mean(scores)) if scores else float("nan")


def _shared(a: np.ndarray, b: np.ndarray) -> int:
    """How many ids two rising arrays of unique ids share."""
    if len(a) > len(b):
        a, b = b, a
    if not len(a):
        return 0
    at = np.minimum(np.searchsorted(b, a), len(b) - 1)
    return int(np.count_nonzero(b[at] == a))


def theme_coherence(themes: pd.DataFrame, sentences: SentenceIndex, *, top_terms: int = 10) -> pd.DataFrame:
    """Each theme's coherence (:data:`COHERENCE_COLUMNS`): the mean NPMI of the pairs of its first
    ``top_terms`` terms (``themes``: theme_id, rank, term) over the corpus's ``sentences``."""
    if themes.empty:
        return pd.DataFrame(columns=COHERENCE_COLUMNS)
    rows = []
    for theme_id, terms in themes.sort_values(["theme_id", "rank"]).groupby("theme_id", sort=True)["term"]:
        score = sentences.npmi(terms.tolist()[:top_terms])
        rows.append((int(theme_id), round(score, 4) if np.isfinite(score) else np.nan))
    return pd.DataFrame(rows, columns=COHERENCE_COLUMNS)
