"""What the sentences behind a count say besides the pair: the marks to draw and the summary.

The evidence of a cell (:func:`analysis.aggregate.comentions.comention_evidence`) or of one
entity (:func:`analysis.aggregate.comentions.entity_sentences`) is a table of sentences. To
read it an analyst wants each entity of the pair marked in a style of its own, and the places
and the dates those sentences speak of marked and summed up: "places: إدلب (5), سراقب (2) ·
dates: 2019-03 … 2020-02". :func:`evidence_marks` gives every span to mark, by role;
:func:`evidence_summary` the places and dates of all the sentences (not only those shown).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

import pandas as pd

from analysis.aggregate.membership import is_in

#: The roles of a mark: the first and the second entity of the pair, another place, a date.
ROLES = ("pair_a", "pair_b", "place", "date")


@dataclass(frozen=True)
class Mark:
    start: int  # character offsets into the article, as in the mentions and events tables
    end: int
    role: str  # one of ROLES
    key: str  # the entity id (pair_a, pair_b, place) or the date expression as written (date)


@dataclass(frozen=True)
class EvidenceSummary:
    """The places and dates of some evidence sentences.

    ``places``: ``(region id, sentences naming it)``, most named first (ties by id), the pair's
    own entities left out; ``first``/``last``: the earliest first day and the latest last day of
    the resolved date expressions in the sentences (``None`` when there is none);
    ``n_dates``: how many resolved date expressions the sentences hold.
    """

    places: tuple[tuple[str, int], ...]
    first: dt.date | None
    last: dt.date | None
    n_dates: int


def _keys(rows: pd.DataFrame) -> pd.DataFrame:
    return rows[["doc_id", "sentence_idx"]].drop_duplicates()


def _in_sentences(table: pd.DataFrame, rows: pd.DataFrame) -> pd.DataFrame:
    if table.empty or rows.empty:
        return table.iloc[0:0]
    table = table[is_in(table["doc_id"], set(rows["doc_id"]))]  # cheap first cut on a large table
    return table.merge(_keys(rows), on=["doc_id", "sentence_idx"])


def both_first(rows: pd.DataFrame, mentions: pd.DataFrame, pair: list[str] | tuple[str, ...]) -> pd.DataFrame:
    """``rows`` with the sentences that name every entity of ``pair`` first, each group in its
    order. In a paragraph or article window the evidence of a pair holds sentences naming one of
    the two; the analyst reads those naming both first («أنقرة تضغط على قسد» before «قسد تنسحب»).
    """
    if rows.empty or len(set(pair)) < 2:
        return rows
    found = _in_sentences(mentions[mentions["entity_id"].isin(list(pair))], rows)
    named = found.groupby(["doc_id", "sentence_idx"])["entity_id"].nunique()
    complete = set(named.index[named >= len(set(pair))])
    flags = [(d, int(i)) in complete for d, i in zip(rows["doc_id"], rows["sentence_idx"])]
    order = sorted(range(len(rows)), key=lambda k: not flags[k])  # stable: reading order kept
    return rows.iloc[order].reset_index(drop=True)


def evidence_marks(
    rows: pd.DataFrame, mentions: pd.DataFrame, events: pd.DataFrame, pair: list[str] | tuple[str, ...]
) -> dict[tuple[str, int], list[Mark]]:
    """``(doc_id, sentence_idx)`` → the marks of that evidence sentence, in text order.

    ``rows``: evidence sentences (``doc_id``, ``sentence_idx``); ``pair``: one or two entity ids
    (the first is ``pair_a``, the second ``pair_b``). Regions other than the pair are ``place``;
    every date expression of the events table (resolved or not) is ``date``. Other actors are
    not marked: the pair stands out. In «قصفت القوات التركية مواقع قسد في ريف إدلب يوم الاثنين»
    with the pair (turkey, sdf): التركية pair_a, قسد pair_b, إدلب place, يوم الاثنين date.
    """
    roles = dict(zip(pair, ("pair_a", "pair_b")))
    marks: dict[tuple[str, int], list[Mark]] = {}
    found = _in_sentences(mentions, rows)
    for doc, idx, start, end, entity, kind in zip(
        found["doc_id"], found["sentence_idx"], found["start"], found["end"], found["entity_id"], found["entity_kind"]
    ):
        role = roles.get(entity) or ("place" if kind == "region" else None)
        if role:
            marks.setdefault((doc, int(idx)), []).append(Mark(int(start), int(end), role, str(entity)))
    dated = _in_sentences(events, rows)
    for doc, idx, start, end, text in zip(
        dated["doc_id"], dated["sentence_idx"], dated["start"], dated["end"], dated["date_text"]
    ):
        marks.setdefault((doc, int(idx)), []).append(Mark(int(start), int(end), "date", str(text)))
    for key in marks:
        marks[key].sort(key=lambda m: (m.start, -m.end))
    return marks


def evidence_summary(
    rows: pd.DataFrame,
    mentions: pd.DataFrame,
    events: pd.DataFrame,
    pair: list[str] | tuple[str, ...] = (),
    *,
    top: int = 5,
) -> EvidenceSummary:
    """The ``top`` places and the span of dates of the evidence sentences ``rows`` (see
    :class:`EvidenceSummary`). A place counts once per sentence however often it is named."""
    found = _in_sentences(mentions, rows)
    places = found[(found["entity_kind"] == "region") & ~found["entity_id"].isin(list(pair))]
    per_place = Counter(str(e) for e in places.drop_duplicates(["doc_id", "sentence_idx", "entity_id"])["entity_id"])
    ranked = tuple(sorted(per_place.items(), key=lambda item: (-item[1], item[0]))[:top])
    dated = _in_sentences(events, rows)
    dated = dated[dated["date_start"].notna()] if not dated.empty else dated
    if dated.empty:
        return EvidenceSummary(ranked, None, None, 0)
    starts = [_day(d) for d in dated["date_start"]]
    ends = [_day(e) if e is not None and not pd.isna(e) else s for s, e in zip(starts, dated["date_end"])]
    return EvidenceSummary(ranked, min(starts), max(ends), len(dated))


def _day(value) -> dt.date:
    return value if isinstance(value, dt.date) and not isinstance(value, dt.datetime) else pd.Timestamp(value).date()
