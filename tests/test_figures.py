"""The README's quality figures are what the judged files say (``dev/figures.py``), never a hand-kept chain.

A round that adds a judged file and forgets ``dev/figures.py --write`` fails here; so does a README edited
by hand. The counting itself is specified on small judged files written here.
"""

from __future__ import annotations

import importlib.util
import json
import sys

import pytest
from repo_paths import ROOT

_spec = importlib.util.spec_from_file_location("dev_figures", ROOT / "dev" / "figures.py")
figures = sys.modules["dev_figures"] = importlib.util.module_from_spec(_spec)  # registered: its dataclasses ask
_spec.loader.exec_module(figures)
_dates_spec = importlib.util.spec_from_file_location("dev_score_dates", ROOT / "dev" / "dates" / "score_dates.py")
score_dates = importlib.util.module_from_spec(_dates_spec)
_dates_spec.loader.exec_module(score_dates)


def test_the_readme_says_what_the_judged_files_say():
    now = json.loads(figures.NOW.read_text("utf-8"))
    expected = figures.block(figures.as_drawn(), now)
    assert figures.current(), "README.md has no figures block: run dev/figures.py --write"
    assert figures.current() == expected, "README.md's figures are stale: run dev/figures.py --write"


def test_the_held_out_figures_start_where_the_rounds_were_judged_before_their_rules():
    drawn = figures.as_drawn()
    assert drawn["mentions"].first == 8  # rounds 8 and on (round 13 drew no uniform sample)
    assert drawn["metonymy"].first == 8
    assert drawn["nondates"].first == drawn["types"].first == 24
    assert drawn["days"].first == drawn["when"].first == 38
    # one uniform sample of 100 per round: 67 samples for rounds 8–74 (8 twice, no 13)
    assert drawn["mentions"].total.n == 100 * len(figures.mention_rounds())


def test_a_wilson_interval_as_the_dev_readme_gives_it():
    lo, hi = figures.Share(6416, 6700).interval()
    assert (round(100 * lo, 1), round(100 * hi, 1)) == (95.3, 96.2)
    assert figures.Share(0, 0).interval() == (0.0, 0.0)
    assert figures.Share(3, 4).percent() == "75.0 % (3 of 4)"


def _jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def test_a_capital_read_as_drawn_is_right_when_the_reader_gives_its_reading(tmp_path):
    path = _jsonl(tmp_path / "metonymy_judged_9.jsonl", [
        {"surface": "دمشق", "alias_kind": "metonym", "verdict": "actor"},  # أعلنت دمشق: right
        {"surface": "دمشق", "alias_kind": "metonym", "verdict": "place"},  # سجن قرب دمشق: wrong
        {"surface": "الرياض", "alias_kind": "place", "verdict": "place"},  # حالة إصابة في الرياض: right
        {"surface": "الرياض", "alias_kind": "place", "verdict": "other"},  # نادي الرياض: neither, wrong
        {"surface": "لندن", "alias_kind": "place", "verdict": ""},  # not judged: not counted
    ])  # fmt: skip
    assert figures.metonymy_as_drawn(path) == figures.Share(2, 4)
    assert figures.metonymy_as_drawn(path, capitals_only=True) == figures.Share(2, 3)


def test_a_date_sample_as_drawn(tmp_path):
    path = _jsonl(tmp_path / "nondates_judged_40.jsonl", [
        {"date_text": "أمس", "is_date": True, "type": "attack", "type_ok": True, "resolution_ok": True, "when_ok": True},
        {"date_text": "اليوم", "is_date": True, "type": "other", "type_ok": True, "resolution_ok": False,
         "when_ok": True},  # untyped: out of the type precision
        {"date_text": "2030", "is_date": True, "type": "talks", "type_ok": False, "resolution_ok": True,
         "when_ok": False},
        {"date_text": "اليوم السابع", "is_date": False},  # a paper's name: a non-date
    ])  # fmt: skip
    assert figures.types_as_drawn(path) == figures.Share(1, 2)
    assert figures.nondates_as_drawn(path) == figures.Share(1, 4)
    assert figures.days_as_drawn(path) == figures.Share(2, 3)
    assert figures.when_as_drawn(path) == figures.Share(2, 3)


def test_a_day_read_otherwise_counts_with_its_new_reading_judged_again(tmp_path):
    drawn = {"doc_id": "d", "sentence": "قال الوزير أمس", "date_text": "أمس", "date_start": "2015-08-05",
             "date_end": "2015-08-05", "resolution_ok": True}  # fmt: skip
    path = _jsonl(tmp_path / "days_rejudged.jsonl", [
        {**drawn, "new_date_text": "أمس", "new_date_start": "2015-08-04", "new_date_end": "2015-08-04", "ok": True},
        {**drawn, "new_date_text": None, "new_date_start": None, "new_date_end": None, "ok": False},
    ])  # fmt: skip
    rejudged = score_dates.days_rejudged(path)
    assert score_dates.day_verdict(drawn, ("أمس", "2015-08-05", "2015-08-05"), rejudged) == "right"  # as drawn
    assert score_dates.day_verdict({**drawn, "resolution_ok": False}, ("أمس", "2015-08-05", "2015-08-05"),
                                   rejudged) == "wrong"  # fmt: skip
    assert score_dates.day_verdict(drawn, ("أمس", "2015-08-04", "2015-08-04"), rejudged) == "right again"
    assert score_dates.day_verdict(drawn, (None, None, None), rejudged) == "wrong again"  # no longer read
    # another new reading than the one judged again, or another judged row, is not judged yet
    assert score_dates.day_verdict(drawn, ("أمس", "2015-08-03", "2015-08-03"), rejudged) == "read otherwise"
    other = {**drawn, "sentence": "وصل الوفد أمس"}
    assert score_dates.day_verdict(other, ("أمس", "2015-08-04", "2015-08-04"), rejudged) == "read otherwise"


def test_the_days_judged_again_are_each_a_reading_other_than_the_drawn_one():
    rows = [json.loads(line) for line in (ROOT / "dev" / "dates" / "days_rejudged.jsonl").open(encoding="utf-8")]
    keys = {(r["doc_id"], r["sentence"], r["date_text"], r["date_start"], r["date_end"]) for r in rows}
    assert len(keys) == len(rows)
    for r in rows:
        assert isinstance(r["ok"], bool) and r["note"], r
        assert (r["new_date_start"], r["new_date_end"]) != (r["date_start"], r["date_end"]), r


def test_files_are_taken_by_number_and_a_second_draw_after_the_first(tmp_path):
    for name in ("x_round7.jsonl", "x_round8.jsonl", "x_round8_after.jsonl", "x_round10.jsonl", "x_round9.txt"):
        (tmp_path / name).write_text("", "utf-8")
    found = figures._numbered(tmp_path, r"x_round(\d+)(?:_after)?\.jsonl", 8)
    assert [(n, p.name) for n, p in found] == [(8, "x_round8.jsonl"), (8, "x_round8_after.jsonl"),
                                              (10, "x_round10.jsonl")]  # fmt: skip


def test_writing_replaces_only_the_block(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text(f"# Title\n\nbefore\n{figures.BEGIN}\nold\n{figures.END}\nafter\n", "utf-8")
    figures.write(f"{figures.BEGIN}\nnew\n{figures.END}", readme)
    assert readme.read_text("utf-8") == f"# Title\n\nbefore\n{figures.BEGIN}\nnew\n{figures.END}\nafter\n"
    readme.write_text("no block\n", "utf-8")
    with pytest.raises(SystemExit, match="no figures block"):
        figures.write("x", readme)
