"""Two selections of a corpus side by side: what each says more than the other.

A side is a set of article ids: the articles of one source (:func:`source_side`), of one month
(:func:`month_side`), a filtered selection and the rest of the corpus (:func:`rest_of`). From
two sides the functions here count, for every term, actor, place, theme and event type, how
often each side has it, and :func:`analysis.aggregate.keyness.keyness` says which differences
are key. The ``*_evidence`` functions return what is behind a number: the sentences of one
side that hold the term or name the entity, the articles of a theme, the sentences of an event
type.

What is counted, and out of what:

====================  ==========================================  ==============================
item                  frequency on a side                         out of (``total``)
====================  ==========================================  ==============================
term                  its occurrences (:class:`TermMatrix` counts)  the side's term occurrences
actor, place          articles naming it                          the side's articles
theme                 the sum of its weight over the articles     the side's articles
event type            dated events of the type                    the side's dated events
====================  ==========================================  ==============================
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import scipy.sparse as sp

from analysis.aggregate.keyness import keyness
from analysis.aggregate.kwic import KwicIndex, TextSearch
from analysis.aggregate.membership import is_in
from analysis.aggregate.terms import TermMatrix

#: What the two sides are: two sources, two months, or the filtered selection and the rest.
MODES = ("source", "period", "selection")


@dataclass(frozen=True)
class Frequencies:
    """Each item's frequency on the two sides (``item``, ``freq_a``, ``freq_b``) and each
    side's total, the input of :func:`analysis.aggregate.keyness.keyness`."""

    table: pd.DataFrame
    total_a: float
    total_b: float
    #: Each row's item's rank among the items sorted (None: sorted when the keyness is ordered).
    item_rank: np.ndarray | None = None

    def keyness(self, *, min_freq: float | None = None, p: float | None = None) -> pd.DataFrame:
        return keyness(
            self.table, total_a=self.total_a, total_b=self.total_b, min_freq=min_freq, p=p, item_rank=self.item_rank
        )


# --- the sides --------------------------------------------------------------------------------


def source_side(documents: pd.DataFrame, source: str) -> set:
    """The articles of ``source`` (``""``: the articles that name no source)."""
    return set(documents.loc[documents["source"].fillna("") == source, "doc_id"])


def month_of(published) -> str | None:
    """``2015-07`` for a date, None for an undated article."""
    return None if published is None or pd.isna(published) else f"{published:%Y-%m}"


def _months_of(published: pd.Series) -> pd.Series:
    """:func:`month_of` each date, written once per distinct day (30,000 articles, ~400 days)."""
    days = pd.Series(published, dtype=object)
    written = {day: month_of(day) for day in pd.unique(days.dropna())}
    return days.map(written)


def months(documents: pd.DataFrame) -> list[str]:
    """The months (``YYYY-MM``) the articles were published in, oldest first."""
    return sorted({m for m in _months_of(documents["published"]).dropna() if m})


def month_side(documents: pd.DataFrame, month: str) -> set:
    """The articles published in ``month`` (``YYYY-MM``)."""
    inside = (_months_of(documents["published"]) == month).to_numpy(dtype=bool)
    return set(documents.loc[inside, "doc_id"])


def rest_of(documents: pd.DataFrame, ids: Collection) -> set:
    """The articles of ``documents`` that are not in ``ids``."""
    return set(documents.loc[~is_in(documents["doc_id"], ids), "doc_id"])


# --- frequencies ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleCounts:
    """Every article's count of every item, made once per corpus: a side's frequencies are then
    the sum of its articles' rows (a sparse product), whichever two sides are compared.

    ``counts`` is articles × items (rows in the order of ``doc_ids``, columns of ``items``);
    ``side_totals`` each article's share of its side's total (a term's words, an article's dated
    events), None when a side's total is its number of articles. ``decimals`` rounds summed
    weights (a theme's); ``integer`` gives the frequencies as int64. ``explicit`` says that an item
    may be present with a count of 0 (a theme of weight 0 in an article): it is then listed.
    ``dtype``: that of the frequencies when not ``integer`` (a theme's weights' float32).
    """

    doc_ids: pd.Index
    items: pd.Series
    counts: sp.csr_matrix
    side_totals: np.ndarray | None = None
    integer: bool = True
    decimals: int | None = None
    explicit: sp.csr_matrix | None = None
    dtype: np.dtype | None = None
    #: Each item's rank among the items sorted (:func:`analysis.aggregate.keyness.keyness`'s ``item_rank``).
    item_rank: np.ndarray | None = None

    @property
    def sum_dtype(self) -> np.dtype:
        """The type a side's sums are made in: the counts' float32 when they are whole numbers
        whose sum stays exact in it (below 2**24: no float64 copy of 5 million counts per
        comparison), else float64."""
        whole32 = self.integer and self.counts.dtype == np.float32
        if whole32 and float(self.counts.data.sum(dtype=np.float64)) < 2**24:
            return np.dtype(np.float32)
        return np.dtype(np.float64)

    def _indicators(self, ids_a: Collection, ids_b: Collection) -> np.ndarray:
        """articles × 2: 1 where the article is on side A (column 0) or B (column 1)."""
        out = np.zeros((len(self.doc_ids), 2))
        for column, ids in enumerate((ids_a, ids_b)):
            rows = self.doc_ids.get_indexer(pd.Index(list(ids), dtype=self.doc_ids.dtype))
            out[rows[rows >= 0], column] = 1.0
        return out

    def frequencies(self, ids_a: Collection, ids_b: Collection) -> Frequencies:
        """Each item's frequency on the two sides (items absent from both left out)."""
        sides = self._indicators(ids_a, ids_b)
        both = np.asarray(self.counts.T @ sides.astype(self.sum_dtype)).astype(np.float64)
        if self.explicit is not None:
            present = np.asarray(self.explicit.T @ sides).sum(axis=1) > 0
        else:
            present = both.sum(axis=1) > 0
        columns = np.flatnonzero(present)
        freq_a, freq_b = both[columns, 0], both[columns, 1]
        if self.integer:
            freq_a, freq_b = freq_a.astype(np.int64), freq_b.astype(np.int64)
        elif self.dtype is not None:  # rounded in the weights' type, as a sum of them is
            freq_a, freq_b = freq_a.astype(self.dtype), freq_b.astype(self.dtype)
        if self.decimals is not None:
            freq_a, freq_b = np.round(freq_a, self.decimals), np.round(freq_b, self.decimals)
        table = pd.DataFrame(
            {"item": self.items.iloc[columns].reset_index(drop=True), "freq_a": freq_a, "freq_b": freq_b}
        )
        rank = None if self.item_rank is None else self.item_rank[columns]
        if self.side_totals is None:
            return Frequencies(table, float(len(ids_a)), float(len(ids_b)), rank)
        total_a, total_b = self.side_totals @ sides
        return Frequencies(table, float(total_a), float(total_b), rank)


def _incidence(doc_ids, items, values=None, *, binary: bool = False, sort_items: bool = True):
    """(article index, item labels, articles × items matrix) of parallel columns: ``values``
    summed per (article, item) (default 1 each; ``binary``: 1 however often). Null items left out."""
    item_codes, labels = pd.factorize(pd.Series(items), sort=sort_items)
    doc_codes, docs = pd.factorize(pd.Series(doc_ids))
    keep = (item_codes >= 0) & (doc_codes >= 0)
    data = np.ones(int(keep.sum())) if values is None else np.asarray(values, dtype=float)[keep]
    matrix = sp.csr_matrix((data, (doc_codes[keep], item_codes[keep])), shape=(len(docs), len(labels)), dtype=float)
    matrix.sum_duplicates()
    if binary:
        matrix.data[:] = 1.0
    return pd.Index(docs), pd.Series(labels), matrix


def term_counts(matrix: TermMatrix) -> ArticleCounts:
    """The articles' term occurrences (:class:`TermMatrix` counts). A side's total is its words and
    names counted as terms (the unigram and name columns: a bigram is counted against the words
    it is made of)."""
    single = np.fromiter((" " not in k for k in matrix.keys), dtype=bool, count=len(matrix.keys))
    if matrix.n_phrases:
        single[len(single) - matrix.n_phrases :] = True
    counts = matrix.counts.tocsr()
    # in the counts' own type (float32: no float64 copy of the matrix); whole numbers, exact
    words = np.asarray(counts @ single.astype(counts.dtype)).ravel().astype(np.float64)
    # each term's rank among the terms sorted (code point order, as pandas sorts them; a stable sort,
    # so equal terms keep their columns' order, as a stable sort of the keyness table keeps them)
    items = pd.Series(matrix.terms, dtype="str")
    order = pc.sort_indices(pa.chunked_array([pa.array(items.array)])).to_numpy()
    ranks = np.empty(len(order), dtype=np.int64)
    ranks[order] = np.arange(len(order))
    return ArticleCounts(
        doc_ids=pd.Index(matrix.doc_ids),
        items=items,
        counts=counts,
        side_totals=words,
        item_rank=ranks,
    )


def entity_counts(mentions: pd.DataFrame, kind: str) -> ArticleCounts:
    """Whether each article names each entity of ``kind`` (``actor``/``region``); a side's total
    is its articles."""
    of_kind = mentions[mentions["entity_kind"] == kind]
    docs, items, matrix = _incidence(of_kind["doc_id"], of_kind["entity_id"], binary=True)
    return ArticleCounts(docs, items, matrix)


def theme_weights(doc_themes: pd.DataFrame) -> ArticleCounts:
    """Each theme's weight in each article; a side's total is its articles."""
    docs, items, matrix = _incidence(doc_themes["doc_id"], doc_themes["theme_id"], doc_themes["weight"])
    _, _, listed = _incidence(doc_themes["doc_id"], doc_themes["theme_id"], binary=True)
    weight = np.dtype(doc_themes["weight"].dtype)
    return ArticleCounts(docs, items, matrix, integer=False, decimals=3, explicit=listed, dtype=weight)


def event_type_counts(events: pd.DataFrame) -> ArticleCounts:
    """The dated events of each type in each article; a side's total is its dated events."""
    docs, items, matrix = _incidence(events["doc_id"], events["event_type"])
    doc_codes, _ = pd.factorize(pd.Series(events["doc_id"]))
    per_article = np.bincount(doc_codes[doc_codes >= 0], minlength=len(docs)).astype(float)
    return ArticleCounts(docs, items, matrix, side_totals=per_article)


def term_frequencies(matrix: TermMatrix, ids_a: Collection, ids_b: Collection) -> Frequencies:
    """Each term's occurrences on each side (terms absent from both left out), out of the side's
    words (:func:`term_counts`; to compare many pairs, make those once)."""
    return term_counts(matrix).frequencies(ids_a, ids_b)


def entity_frequencies(mentions: pd.DataFrame, ids_a: Collection, ids_b: Collection, kind: str) -> Frequencies:
    """The articles of each side that name each entity of ``kind`` (``actor``/``region``), out
    of the side's articles (:func:`entity_counts`)."""
    return entity_counts(mentions, kind).frequencies(ids_a, ids_b)


def theme_frequencies(doc_themes: pd.DataFrame, ids_a: Collection, ids_b: Collection) -> Frequencies:
    """Each theme's weight summed over each side's articles (an article's weights sum to 1, so
    the theme's share of the side is ``freq / total``), out of the side's articles (:func:`theme_weights`)."""
    return theme_weights(doc_themes).frequencies(ids_a, ids_b)


def event_type_frequencies(events: pd.DataFrame, ids_a: Collection, ids_b: Collection) -> Frequencies:
    """The dated events of each type on each side, out of the side's dated events (:func:`event_type_counts`)."""
    return event_type_counts(events).frequencies(ids_a, ids_b)


# --- evidence ---------------------------------------------------------------------------------

#: Columns of :func:`term_evidence`: the sentence (as the sentences table has it) and the
#: term's span in the article (``match_start``, ``match_end``: ``text[match_start - start:…]``).
TERM_EVIDENCE_COLUMNS = ["doc_id", "sentence_idx", "start", "end", "text", "match_start", "match_end"]


def term_evidence(index: KwicIndex | TextSearch, sentences: pd.DataFrame, term: str, ids: Collection) -> pd.DataFrame:
    """The sentences of the articles ``ids`` that hold ``term`` (as the Search page finds it:
    normalised, with or without proclitics: ``روسيا`` finds ``لروسيا``), one row per occurrence
    in reading order (:data:`TERM_EVIDENCE_COLUMNS`).

    The count of rows may differ a little from the term's frequency: the term is counted on its
    stem (``المقاتلات`` and ``مقاتلات`` are one term) and searched as written."""
    hits = index.search(term, doc_ids=ids)
    if hits.empty:
        return pd.DataFrame(columns=TERM_EVIDENCE_COLUMNS)
    hits = hits.rename(columns={"start": "match_start", "end": "match_end"})
    rows = hits[["doc_id", "sentence_idx", "match_start", "match_end"]].merge(
        sentences[["doc_id", "sentence_idx", "start", "end", "text"]], on=["doc_id", "sentence_idx"]
    )
    inside = (rows["match_start"] >= rows["start"]) & (rows["match_end"] <= rows["end"])
    return rows.loc[inside, TERM_EVIDENCE_COLUMNS].reset_index(drop=True)


def entity_evidence(mentions: pd.DataFrame, sentences: pd.DataFrame, entity_id: str, ids: Collection) -> pd.DataFrame:
    """The sentences of the articles ``ids`` that name ``entity_id`` (sentences table rows, in
    reading order)."""
    named = mentions[(mentions["entity_id"] == entity_id) & (mentions["sentence_idx"] >= 0)]
    keys = named.loc[is_in(named["doc_id"], ids), ["doc_id", "sentence_idx"]].drop_duplicates()
    rows = keys.merge(sentences, on=["doc_id", "sentence_idx"])
    return rows.sort_values(["doc_id", "sentence_idx"]).reset_index(drop=True)


def theme_evidence(doc_themes: pd.DataFrame, sentences: pd.DataFrame, theme_id: int, ids: Collection) -> pd.DataFrame:
    """The articles of ``ids`` where the theme weighs most, heaviest first: the first sentence of
    each (sentences table rows) with the theme's ``weight`` in the article."""
    rows = doc_themes[(doc_themes["theme_id"] == theme_id) & is_in(doc_themes["doc_id"], ids)]
    rows = rows.sort_values(["weight", "doc_id"], ascending=[False, True])[["doc_id", "weight"]]
    first = sentences[sentences["sentence_idx"] == 0]  # sentences count from 0 in every article
    first = first[is_in(first["doc_id"], set(rows["doc_id"]))]
    return rows.merge(first, on="doc_id").reset_index(drop=True)


def event_type_evidence(events: pd.DataFrame, event_type: str, ids: Collection) -> pd.DataFrame:
    """The events of ``event_type`` in the articles ``ids`` (events table rows, in reading order)."""
    rows = events[(events["event_type"] == event_type) & is_in(events["doc_id"], ids)]
    return rows.sort_values(["doc_id", "sentence_idx", "start"]).reset_index(drop=True)


# --- attention by source over time --------------------------------------------------------------

#: Columns of :func:`attention_by_source`.
ATTENTION_COLUMNS = ["source", "period", "articles", "attention", "share"]


def attention_period(documents: pd.DataFrame) -> str:
    """The period that shows a span of publication dates: ``day`` up to 45 days, ``week`` up to
    400, else ``month``."""
    dates = documents["published"].dropna()
    if dates.empty:
        return "month"
    span = (max(dates) - min(dates)).days
    return "day" if span <= 45 else "week" if span <= 400 else "month"


_PERIOD_CODES = {"day": "D", "week": "W-SUN", "month": "M"}


def attention_by_source(documents: pd.DataFrame, weights: pd.Series, *, period: str, sources=None) -> pd.DataFrame:
    """How much of each source's output goes to one item, period by period (:data:`ATTENTION_COLUMNS`):
    ``articles`` the source's dated articles of the period, ``attention`` the sum of the item's
    ``weights`` over them (``weights``: doc_id → 1 for an article naming an actor, a theme's weight
    in the article), ``share`` = attention / articles. A share, not a count, so an outlet that
    publishes three times as much does not seem three times as interested. ``sources``: the
    sources to keep (``""``: no source); default all. Undated articles are left out."""
    docs = documents.loc[documents["published"].notna(), ["doc_id", "source", "published"]].copy()
    docs["source"] = docs["source"].fillna("")
    if sources is not None:
        docs = docs[docs["source"].isin(list(sources))]
    if docs.empty:
        return pd.DataFrame(columns=ATTENTION_COLUMNS)
    starts = pd.to_datetime(docs["published"]).dt.to_period(_PERIOD_CODES[period]).dt.start_time
    docs["period"] = starts.dt.date
    docs["attention"] = docs["doc_id"].map(weights).fillna(0.0).astype(float)
    table = docs.groupby(["source", "period"]).agg(articles=("doc_id", "size"), attention=("attention", "sum"))
    table = table.reset_index()
    table["share"] = (table["attention"] / table["articles"]).round(4)
    table["attention"] = table["attention"].round(3)
    return table[ATTENTION_COLUMNS]
