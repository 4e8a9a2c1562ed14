"""The marks and the summary of evidence sentences: the pair's two entities, other places and
dates, each in its role; the places most named and the span of the dates."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from analysis.aggregate.comentions import comention_evidence, entity_sentences
from analysis.aggregate.evidence_marks import EvidenceSummary, Mark, both_first, evidence_marks, evidence_summary

# One article in the manner of 001 (ترك برس, 2020-02-05), offsets into the article:
#   0: "قصفت القوات التركية مواقع قسد في ريف إدلب يوم الاثنين"   turkey, sdf, idlib; date يوم الاثنين
#   1: "وقالت أنقرة إن قسد تنسحب من سراقب وإدلب"                 turkey, sdf, saraqib, idlib
#   2: "وصلت تعزيزات روسية إلى سراقب في آذار 2019"               russia, saraqib; date آذار 2019
S0 = "قصفت القوات التركية مواقع قسد في ريف إدلب يوم الاثنين"
S1 = "وقالت أنقرة إن قسد تنسحب من سراقب وإدلب"
S2 = "وصلت تعزيزات روسية إلى سراقب في آذار 2019"
TEXT = f"{S0}\n{S1}\n{S2}"
B1, B2 = len(S0) + 1, len(S0) + len(S1) + 2


def span(base: int, sentence: str, surface: str) -> tuple[int, int]:
    start = base + sentence.index(surface)
    return start, start + len(surface)


SENTENCES = pd.DataFrame(
    [("001", 0, 0, 0, len(S0), S0), ("001", 1, 1, B1, B1 + len(S1), S1), ("001", 2, 2, B2, B2 + len(S2), S2)],
    columns=["doc_id", "sentence_idx", "paragraph_idx", "start", "end", "text"],
)
MENTIONS = pd.DataFrame(
    [
        ("001", idx, entity, kind, surface, *span(base, sentence, surface))
        for idx, base, sentence, entity, kind, surface in [
            (0, 0, S0, "turkey", "actor", "التركية"),
            (0, 0, S0, "sdf", "actor", "قسد"),
            (0, 0, S0, "idlib", "region", "إدلب"),
            (1, B1, S1, "turkey", "actor", "أنقرة"),
            (1, B1, S1, "sdf", "actor", "قسد"),
            (1, B1, S1, "saraqib", "region", "سراقب"),
            (1, B1, S1, "idlib", "region", "إدلب"),
            (2, B2, S2, "russia", "actor", "روسية"),
            (2, B2, S2, "saraqib", "region", "سراقب"),
        ]
    ],
    columns=["doc_id", "sentence_idx", "entity_id", "entity_kind", "surface", "start", "end"],
)
EVENTS = pd.DataFrame(
    [
        ("001", 0, "يوم الاثنين", dt.date(2020, 2, 3), dt.date(2020, 2, 3), *span(0, S0, "يوم الاثنين")),
        ("001", 2, "آذار 2019", dt.date(2019, 3, 1), dt.date(2019, 3, 31), *span(B2, S2, "آذار 2019")),
    ],
    columns=["doc_id", "sentence_idx", "date_text", "date_start", "date_end", "start", "end"],
)


def surfaces(marks: list[Mark]) -> list[tuple[str, str]]:
    return [(TEXT[m.start : m.end], m.role) for m in marks]


def test_every_mention_is_a_slice_of_the_text():
    for row in MENTIONS.itertuples():
        assert TEXT[row.start : row.end] == row.surface
    for row in EVENTS.itertuples():
        assert TEXT[row.start : row.end] == row.date_text


def test_the_pair_places_and_dates_are_marked_each_in_its_role():
    rows = comention_evidence(MENTIONS, SENTENCES, "turkey", "sdf")
    marks = evidence_marks(rows, MENTIONS, EVENTS, ["turkey", "sdf"])
    assert surfaces(marks[("001", 0)]) == [
        ("التركية", "pair_a"), ("قسد", "pair_b"), ("إدلب", "place"), ("يوم الاثنين", "date"),
    ]  # fmt: skip
    assert surfaces(marks[("001", 1)]) == [
        ("أنقرة", "pair_a"), ("قسد", "pair_b"), ("سراقب", "place"), ("إدلب", "place"),
    ]  # fmt: skip
    assert ("001", 2) not in marks  # not evidence of the pair: no marks computed for it


def test_the_order_of_the_pair_decides_the_styles():
    rows = comention_evidence(MENTIONS, SENTENCES, "turkey", "sdf")
    marks = evidence_marks(rows, MENTIONS, EVENTS, ["sdf", "turkey"])
    assert surfaces(marks[("001", 0)])[:2] == [("التركية", "pair_b"), ("قسد", "pair_a")]


def test_an_actor_and_a_region_a_region_of_the_pair_is_no_other_place():
    rows = comention_evidence(MENTIONS, SENTENCES, "turkey", "idlib")
    marks = evidence_marks(rows, MENTIONS, EVENTS, ["turkey", "idlib"])
    assert ("إدلب", "pair_b") in surfaces(marks[("001", 1)]) and ("سراقب", "place") in surfaces(marks[("001", 1)])
    summary = evidence_summary(rows, MENTIONS, EVENTS, ["turkey", "idlib"])
    assert summary.places == (("saraqib", 1),)


def test_other_actors_are_not_marked():
    rows = entity_sentences(MENTIONS, SENTENCES, "saraqib")
    marks = evidence_marks(rows, MENTIONS, EVENTS, ["saraqib"])
    assert surfaces(marks[("001", 2)]) == [("سراقب", "pair_a"), ("آذار 2019", "date")]  # روسية: not the pair


def test_the_summary_counts_places_once_per_sentence_and_spans_the_dates():
    rows = comention_evidence(MENTIONS, SENTENCES, "turkey", "sdf", window="document")
    assert set(rows["sentence_idx"]) == {0, 1}  # sentence 2 names neither
    summary = evidence_summary(rows, MENTIONS, EVENTS, ["turkey", "sdf"])
    assert summary == EvidenceSummary(
        places=(("idlib", 2), ("saraqib", 1)), first=dt.date(2020, 2, 3), last=dt.date(2020, 2, 3), n_dates=1
    )
    everything = evidence_summary(SENTENCES, MENTIONS, EVENTS)
    assert everything.places == (("idlib", 2), ("saraqib", 2))  # ties by id
    assert (everything.first, everything.last, everything.n_dates) == (dt.date(2019, 3, 1), dt.date(2020, 2, 3), 2)
    assert evidence_summary(SENTENCES, MENTIONS, EVENTS, top=1).places == (("idlib", 2),)


@pytest.mark.parametrize("date_start", [None, pd.NaT])
def test_unresolved_dates_are_marked_but_not_summed_up(date_start):
    events = EVENTS.assign(date_start=[date_start, EVENTS["date_start"][1]], date_end=[None, EVENTS["date_end"][1]])
    rows = entity_sentences(MENTIONS, SENTENCES, "sdf")
    assert ("يوم الاثنين", "date") in surfaces(evidence_marks(rows, MENTIONS, events, ["sdf"])[("001", 0)])
    summary = evidence_summary(rows, MENTIONS, events, ["sdf"])
    assert (summary.first, summary.last, summary.n_dates) == (None, None, 0)


def test_no_sentences_no_marks_and_an_empty_summary():
    none = SENTENCES.iloc[0:0]
    assert evidence_marks(none, MENTIONS, EVENTS, ["turkey"]) == {}
    assert evidence_summary(none, MENTIONS, EVENTS, ["turkey"]) == EvidenceSummary((), None, None, 0)


def test_sentences_naming_both_come_first_in_a_wider_window():
    rows = comention_evidence(MENTIONS, SENTENCES, "saraqib", "sdf", window="document")
    assert list(rows["sentence_idx"]) == [0, 1, 2]  # reading order: 0 names sdf alone
    assert list(both_first(rows, MENTIONS, ("saraqib", "sdf"))["sentence_idx"]) == [1, 0, 2]
    single = entity_sentences(MENTIONS, SENTENCES, "sdf")
    assert both_first(single, MENTIONS, ["sdf"]).equals(single)  # one entity: nothing to reorder
