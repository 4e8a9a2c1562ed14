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

    def keyness(self, *, min_freq: float | None = None, p: float | None = None) -> pd.DataFrame:
        return keyness(self.table, total_a=self.total_a, total_b=self.total_b, min_freq=min_freq, p=p)


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


def term_frequencies(matrix: TermMatrix, ids_a: Collection, ids_b: Collection) -> Frequencies:
    """Each term's occurrences on each side (terms absent from both left out); a side's total
    is its words and names counted as terms (the unigram and name columns: a bigram is counted
    against the words it is made of)."""
    position = {doc_id: i for i, doc_id in enumerate(matrix.doc_ids)}
    rows_a = [position[d] for d in ids_a if d in position]
    rows_b = [position[d] for d in ids_b if d in position]
    counts = matrix.counts
    freq_a = np.asarray(counts[rows_a].sum(axis=0)).ravel() if rows_a else np.zeros(counts.shape[1])
    freq_b = np.asarray(counts[rows_b].sum(axis=0)).ravel() if rows_b else np.zeros(counts.shape[1])
    single = np.array([" " not in k for k in matrix.keys], dtype=bool)
    if matrix.n_phrases:
        single[len(single) - matrix.n_phrases :] = True
    present = (freq_a + freq_b) > 0
    table = pd.DataFrame(
        {
            "item": np.asarray(matrix.terms, dtype=object)[present],
            "freq_a": freq_a[present].astype(np.int64),
            "freq_b": freq_b[present].astype(np.int64),
        }
    )
    return Frequencies(table, float(freq_a[single].sum()), float(freq_b[single].sum()))


def entity_frequencies(mentions: pd.DataFrame, ids_a: Collection, ids_b: Collection, kind: str) -> Frequencies:
    """The articles of each side that name each entity of ``kind`` (``actor``/``region``), out
    of the side's articles."""
    of_kind = mentions[mentions["entity_kind"] == kind]
    counts = []
    for ids in (ids_a, ids_b):
        rows = of_kind.loc[is_in(of_kind["doc_id"], ids), ["doc_id", "entity_id"]].drop_duplicates()
        counts.append(rows.groupby("entity_id").size())
    table = pd.concat(counts, axis=1, keys=["freq_a", "freq_b"]).fillna(0).astype(np.int64)
    table = table.rename_axis("item").reset_index()
    return Frequencies(table, float(len(ids_a)), float(len(ids_b)))


def theme_frequencies(doc_themes: pd.DataFrame, ids_a: Collection, ids_b: Collection) -> Frequencies:
    """Each theme's weight summed over each side's articles (an article's weights sum to 1, so
    the theme's share of the side is ``freq / total``), out of the side's articles."""
    sums = []
    for ids in (ids_a, ids_b):
        rows = doc_themes[is_in(doc_themes["doc_id"], ids)]
        sums.append(rows.groupby("theme_id")["weight"].sum())
    table = pd.concat(sums, axis=1, keys=["freq_a", "freq_b"]).fillna(0.0).round(3)
    table = table.rename_axis("item").reset_index()
    return Frequencies(table, float(len(ids_a)), float(len(ids_b)))


def event_type_frequencies(events: pd.DataFrame, ids_a: Collection, ids_b: Collection) -> Frequencies:
    """The dated events of each type on each side, out of the side's dated events."""
    counts, totals = [], []
    for ids in (ids_a, ids_b):
        rows = events[is_in(events["doc_id"], ids)]
        counts.append(rows.groupby("event_type").size())
        totals.append(float(len(rows)))
    table = pd.concat(counts, axis=1, keys=["freq_a", "freq_b"]).fillna(0).astype(np.int64)
    table = table.rename_axis("item").reset_index()
    return Frequencies(table, totals[0], totals[1])


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
