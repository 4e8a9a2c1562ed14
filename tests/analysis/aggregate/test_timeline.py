"""Which events the timeline shows (analysis.aggregate.timeline): the news of the publication
window by default, the background apart, newest published first; counts per period and spikes;
the sentences behind a click.

The corpus is ``tests/support/news_events.py``: two articles of 2015-07-21 and 2015-08-11 with
the date expressions the issue names (أمس، منذ عام 2011، عام 1918، عام 2030، هذا العام).
"""

from __future__ import annotations

import pandas as pd
import pytest
from news_events import EVENTS, VIEW, tables

from analysis.aggregate.timeline import (
    auto_period,
    event_counts,
    event_sentences,
    events_starting,
    publication_window,
    view_events,
    view_range,
)

T = pd.Timestamp


@pytest.fixture(scope="module")
def news():
    return tables()


def test_the_publication_window_is_the_first_to_the_last_dated_article(news):
    window = publication_window(news["documents"])  # d3 has no date: left out
    assert (window.first, window.last) == (T("2015-07-21"), T("2015-08-11"))
    assert (window.news_start, window.news_end) == (T("2015-07-07"), T("2015-09-11"))
    assert publication_window(news["documents"].assign(published=None)) is None


@pytest.mark.parametrize(
    ("event_id", "why"),
    [
        ("d1:1", "أمس in the first article: reported, inside the window"),
        ("d1:4", "الأسبوع الماضي seen from the first article starts a week before it: within the lead"),
        ("d2:3", "أمس in the last article"),
        ("d2:1", "الشهر المقبل from the last article: scheduled, starts within a month of it"),
        ("d1:2", "عام 2030: a plan's year, background"),
        ("d1:3", "منذ عام 2011: history, background"),
        ("d1:5", "عام 1918: history, background"),
        ("d1:6", "هذا العام: reported, but all of 2015 reaches far outside the window: neither"),
        ("d2:2", "العام المقبل: scheduled, a year away: neither"),
        ("d2:5", "يونيو الماضي: reported, weeks before the first article: neither"),
        ("d3:1", "الثلاثاء in an undated article: unresolved, neither"),
    ],
)
def test_each_event_is_in_the_view_the_issue_expects(news, event_id, why):
    in_news = set(view_events(news["events"], news["documents"], "news")["event_id"])
    in_background = set(view_events(news["events"], news["documents"], "background")["event_id"])
    expected = VIEW[event_id]
    assert (event_id in in_news, event_id in in_background) == (expected == "news", expected == "background"), why


def test_views_list_the_most_recently_published_first_then_the_latest_date(news):
    rows = view_events(news["events"], news["documents"], "news")
    assert list(rows["event_id"]) == ["d2:1", "d2:3", "d2:4", "d1:1", "d1:4"]
    assert list(rows["published"].dt.strftime("%m-%d")) == ["08-11"] * 3 + ["07-21"] * 2
    assert (rows["last_day"] >= rows["first_day"]).all()
    background = view_events(news["events"], news["documents"], "background")
    assert list(background["event_id"]) == ["d1:2", "d1:3", "d1:5"]  # one article: 2030, 2011, 1918


def test_no_publication_date_means_no_news(news):
    undated = news["documents"].assign(published=None)
    assert view_events(news["events"], undated, "news").empty
    assert view_range(view_events(news["events"], undated, "news"), undated, "news") is None
    with pytest.raises(ValueError, match="unknown view 'all'"):
        view_events(news["events"], news["documents"], "all")


def test_the_news_axis_is_the_window_and_the_background_reaches_the_news(news):
    docs = news["documents"]
    assert view_range(view_events(news["events"], docs, "news"), docs, "news") == (T("2015-07-07"), T("2015-09-11"))
    first, last = view_range(view_events(news["events"], docs, "background"), docs, "background")
    assert first < T("1918-01-01") and last > T("2030-12-31")


@pytest.mark.parametrize(
    ("first", "last", "period"),
    [
        ("2015-07-07", "2015-09-11", "day"),  # SaudiNewsNet: three weeks of articles
        ("2018-12-15", "2021-01-30", "month"),  # the seeds: two years
        ("2020-01-01", "2021-06-30", "week"),
        ("1865-01-01", "2064-12-31", "year"),  # a background from 1869 to 2060
    ],
)
def test_the_count_period_follows_the_span(first, last, period):
    assert auto_period(T(first), T(last)) == period


def _rows(days: list[str], types: list[str] | None = None) -> pd.DataFrame:
    return pd.DataFrame({"first_day": pd.to_datetime(days), "event_type": types or ["strike"] * len(days)})


def test_counts_fill_empty_periods_and_mark_a_spike():
    days = [f"2015-07-{d:02d}" for d in range(1, 10)] + ["2015-07-10"] * 10
    counts = event_counts(_rows(days), period="day")
    assert list(counts["events"]) == [1] * 9 + [10]
    assert list(counts["spike"]) == [False] * 9 + [True]  # 10 > 1.9 + 2 × 2.7
    assert counts["threshold"].iloc[0] == pytest.approx(1.9 + 2 * 2.7, abs=0.01)
    weeks = event_counts(_rows(["2015-07-06", "2015-07-20"]), period="week")
    assert list(weeks["events"]) == [1, 0, 1]  # the empty week between is a zero, not a gap
    assert list(weeks["period_start"].dt.day_name()) == ["Monday"] * 3
    assert (weeks["period_end"] - weeks["period_start"]).dt.days.tolist() == [6, 6, 6]


def test_a_lone_event_in_a_sparse_axis_is_no_spike():
    counts = event_counts(_rows(["2015-07-10"]), period="day", start=T("2015-07-01"), end=T("2015-07-20"))
    assert counts["events"].sum() == 1 and not counts["spike"].any()  # above mean + 2 sd, but below 3


def test_the_spike_baseline_is_the_publication_window_not_the_empty_margins():
    per_day = [2, 8, 3, 9, 4, 8, 2, 9, 3, 8]  # 10-19 July: the days with articles
    days = [f"2015-07-{10 + i}" for i, n in enumerate(per_day) for _ in range(n)]
    span = {"period": "day", "start": T("2015-06-01"), "end": T("2015-08-31")}
    margins = event_counts(_rows(days), **span)
    window = event_counts(_rows(days), **span, baseline=(T("2015-07-10"), T("2015-07-19")))
    assert margins.loc[margins["events"] >= 8, "spike"].all()  # against two months of empty days
    assert not window["spike"].any()  # against the days with articles: 9 is an ordinary day


def test_the_type_of_a_period_is_its_most_frequent_named_type():
    counts = event_counts(_rows(["2015-07-01"] * 3, ["other", "other", "strike"]), period="day")
    assert counts["top_type"].tolist() == ["strike"]
    counts = event_counts(_rows(["2015-07-01"], ["other"]), period="day")
    assert counts["top_type"].tolist() == ["other"]


def test_a_count_bar_lists_the_events_that_start_in_it(news):
    rows = view_events(news["events"], news["documents"], "news")
    assert set(events_starting(rows, T("2015-08-10"), T("2015-08-10"))["event_id"]) == {"d2:3", "d2:4"}
    assert set(events_starting(rows, T("2015-07-13"), T("2015-07-19"))["event_id"]) == {"d1:4"}


def test_the_sentences_of_events_carry_their_date_spans_and_article(news):
    events = news["events"].set_index("event_id").loc[["d1:1", "d1:2", "d2:3"]].reset_index()
    rows = event_sentences(events, news["sentences"], news["documents"])
    assert len(rows) == 2  # d1:1 and d1:2 share their sentence
    first = rows.iloc[0]
    assert first["event_ids"] == ("d1:1", "d1:2") and first["whens"] == ("reported", "target")
    assert [first["text"][s - first["sentence_start"] : e - first["sentence_start"]] for s, e in first["spans"]] == [
        "أمس",
        "عام 2030",
    ]
    assert (first["title"], first["source"], str(first["published"])) == (
        "مجلس الوزراء يقر خطة 2030",
        "الرياض",
        "2015-07-21",
    )
    assert event_sentences(events.iloc[0:0], news["sentences"], news["documents"]).empty


def test_a_view_keeps_the_offsets_of_its_date_expressions(news):
    """``first_day``/``last_day`` are added beside ``start``/``end``, the offsets into the article."""
    rows = view_events(news["events"], news["documents"], "news")
    for row in event_sentences(rows, news["sentences"], news["documents"]).itertuples():
        found = {row.text[s - row.sentence_start : e - row.sentence_start] for s, e in row.spans}
        assert found <= {"أمس", "الأسبوع الماضي", "الشهر المقبل"}, found


def test_every_event_of_the_corpus_is_placed_by_hand():
    assert {row[0] for row in EVENTS} == set(VIEW)
