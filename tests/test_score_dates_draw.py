"""The date samples' draw (``dev/dates/score_dates.py --sample-nondates --pool rows``): events no judged file
holds, from any article, drawn uniformly and reproducibly with a seed."""

from __future__ import annotations

import importlib.util
import json

import pandas as pd
import pytest
from repo_paths import ROOT

_spec = importlib.util.spec_from_file_location("dev_score_dates_draw", ROOT / "dev" / "dates" / "score_dates.py")
score_dates = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score_dates)

TEXT = "قال الوزير أمس إن الاجتماع سيعقد غدا. وكان قد زار الرياض يوم الأحد الماضي."
SENTENCES = ["قال الوزير أمس إن الاجتماع سيعقد غدا.", "وكان قد زار الرياض يوم الأحد الماضي."]


def _event(doc: str, n: int, date_text: str, sentence: str, text: str = TEXT) -> dict:
    start = text.find(sentence) + sentence.find(date_text)
    return {"event_id": f"{doc}:{n}", "doc_id": doc, "date_text": date_text, "sentence": sentence,
            "start": start, "end": start + len(date_text)}  # fmt: skip


@pytest.fixture
def events():
    rows = []
    for d in range(10):
        doc = f"2015-07-21-{d}"
        rows += [
            _event(doc, 1, "أمس", SENTENCES[0]),
            _event(doc, 2, "غدا", SENTENCES[0]),
            _event(doc, 3, "يوم الأحد الماضي", SENTENCES[1]),
        ]
    return pd.DataFrame(rows)


@pytest.fixture
def judged(tmp_path, events):
    """Two judged files: one holds the first article's أمس and غدا, the other the second article's Sunday and
    a row whose sentence is no longer found in its article (its key alone holds the third article's أمس)."""
    first = tmp_path / "nondates_judged_1.jsonl"
    second = tmp_path / "nondates_judged_2.jsonl"
    rows = [
        {"doc_id": "2015-07-21-0", "date_text": t, "sentence": SENTENCES[0], "is_date": True} for t in ("أمس", "غدا")
    ]
    first.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    rows = [
        {"doc_id": "2015-07-21-1", "date_text": "يوم الأحد", "sentence": SENTENCES[1], "is_date": True},
        {"doc_id": "2015-07-21-2", "date_text": "أمس", "sentence": SENTENCES[0], "is_date": False},
        {"doc_id": "2015-07-21-5", "label": "report"},  # a genre file's row: no date row, ignored
    ]
    second.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    texts = dict.fromkeys(events["doc_id"], TEXT) | {"2015-07-21-2": "نص آخر"}
    return score_dates.judged_spans(texts, [first, second])


def test_no_judged_row_is_drawn_again(events, judged):
    """All the rows no judged file holds are drawn when all are asked for, and none of the judged: by its
    span (a judged expression the rules now read longer, the Sunday) or by its sentence and text."""
    picked, left = score_dates.draw_rows(events, judged, 26, seed=286)
    assert left == 26
    drawn = set(zip(picked["doc_id"], picked["date_text"]))
    for held in [("2015-07-21-0", "أمس"), ("2015-07-21-0", "غدا"), ("2015-07-21-1", "يوم الأحد الماضي"),
                 ("2015-07-21-2", "أمس")]:  # fmt: skip
        assert held not in drawn
    assert ("2015-07-21-1", "أمس") in drawn  # a partly judged article is drawn from again
    assert ("2015-07-21-0", "يوم الأحد الماضي") in drawn


def test_the_draw_is_reproducible_with_a_seed(events, judged):
    first, _ = score_dates.draw_rows(events, judged, 10, seed=286)
    again, _ = score_dates.draw_rows(events, judged, 10, seed=286)
    other, _ = score_dates.draw_rows(events, judged, 10, seed=288)
    assert first["event_id"].tolist() == again["event_id"].tolist()
    assert first["event_id"].tolist() != other["event_id"].tolist()
    assert first.index.is_monotonic_increasing  # in the order of the analysis's rows


def test_a_pool_too_small_is_a_clear_error(events, judged):
    with pytest.raises(SystemExit, match="only 26 events are in no judged file, fewer than the 27 asked"):
        score_dates.draw_rows(events, judged, 27, seed=286)
