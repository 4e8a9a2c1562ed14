"""Which events a timeline shows, and how many fall in each day, week, month or year.

The events table holds every date expression; a reader of the news wants first what the
articles report. Two views, by ``when`` (see ``analysis/extract/dates/when.py``):

* ``news``: what the articles report (``when = reported``: the recent past) and announce
  (``scheduled``: the near future), whose days fall in the selection's *publication window*, the
  first to the last publication date of its articles. A little margin on each side: a
  reported event may start up to :data:`REPORTED_LEAD` before the first article ("last week"
  seen from it) and end up to :data:`REPORTED_TAIL` after the last ("this week"); a scheduled
  one may start up to :data:`SCHEDULED_HORIZON` after the last article ("next month").
  "This year" or "June" seen from a July article reach outside the window: they are left out.
* ``background``: the history the articles recall (``history``: since 2011, in 1918) and the
  years of plans and forecasts (``target``: رؤية 2030), wherever they fall.

Expressions of neither view (a reported month before the window, an article without a
publication date) stay in the events table; :func:`view_events` only chooses what is drawn.
Every function returns a new frame and leaves its input alone.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

VIEWS = ("news", "background")
WHENS_OF_VIEW = {"news": ("reported", "scheduled"), "background": ("history", "target")}
#: "الأسبوع الماضي" in the first article of the window starts up to 13 days before it.
REPORTED_LEAD = pd.Timedelta(days=14)
#: "هذا الأسبوع" in the last article may end a few days after it.
REPORTED_TAIL = pd.Timedelta(days=7)
#: "الشهر المقبل" in the last article starts within a month of it; "العام المقبل" does not.
SCHEDULED_HORIZON = pd.Timedelta(days=31)
PERIODS = ("day", "week", "month", "year")
_PERIOD_CODES = {"day": "D", "week": "W-SUN", "month": "M", "year": "Y"}  # W-SUN: weeks Monday to Sunday
#: A period is a spike when its count is above mean + SPIKE_SD standard deviations (and at least
#: MIN_SPIKE: on a sparse axis, one event in a week of zeros is no spike).
SPIKE_SD = 2.0
MIN_SPIKE = 3


@dataclass(frozen=True)
class Window:
    """The publication window of a selection: its first and last publication dates."""

    first: pd.Timestamp
    last: pd.Timestamp

    @property
    def news_start(self) -> pd.Timestamp:
        """The earliest day a news event may start."""
        return self.first - REPORTED_LEAD

    @property
    def news_end(self) -> pd.Timestamp:
        """The last day the news view shows (scheduled events start up to here)."""
        return self.last + SCHEDULED_HORIZON


def publication_window(documents: pd.DataFrame) -> Window | None:
    """First and last ``published`` of the articles (None when none carries a date)."""
    if documents is None or len(documents) == 0 or "published" not in documents:
        return None
    published = pd.to_datetime(documents["published"]).dropna()
    if published.empty:
        return None
    return Window(published.min().normalize(), published.max().normalize())


def _check_view(view: str) -> None:
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}: expected one of {', '.join(VIEWS)}")


def dated_events(events: pd.DataFrame, documents: pd.DataFrame | None) -> pd.DataFrame:
    """The resolved events with ``published`` (their article's date), ``first_day`` and
    ``last_day`` (Timestamps of ``date_start`` and ``date_end``: inclusive, never before the
    first), newest published first, then the latest date first (ties by ``event_id``)."""
    rows = events[events["date_start"].notna()].copy()
    rows["first_day"] = pd.to_datetime(rows["date_start"])
    end = pd.to_datetime(rows["date_end"]).fillna(rows["first_day"])
    rows["last_day"] = end.where(end >= rows["first_day"], rows["first_day"])
    if documents is not None and len(documents) and "published" in documents:
        # a Series, not a dict: mapping through an index does not make 30,000 Timestamps per run
        published = pd.Series(pd.to_datetime(documents["published"]).to_numpy(), index=documents["doc_id"].to_numpy())
        published = published[~published.index.duplicated()]
        rows["published"] = pd.to_datetime(rows["doc_id"].map(published))
    else:
        rows["published"] = pd.NaT
    return newest_first(rows)


def newest_first(rows: pd.DataFrame) -> pd.DataFrame:
    """``rows`` (with ``published`` and ``first_day``) by publication date, then date, newest first."""
    order = rows.sort_values(["event_id"], kind="stable")
    order = order.sort_values(["published", "first_day"], ascending=[False, False], kind="stable", na_position="last")
    return order.reset_index(drop=True)


def view_events(events: pd.DataFrame, documents: pd.DataFrame | None, view: str = "news") -> pd.DataFrame:
    """The events a timeline shows in ``view`` (see the module docstring), as :func:`dated_events`.

    In an article of 2015-07-21 alone: أمس (reported, 07-20) is news; منذ 2011 (history) and
    رؤية 2030 (target) are background; هذا العام (reported, all of 2015) is neither.
    """
    _check_view(view)
    rows = dated_events(events, documents)
    when = rows["when"].astype(object).where(rows["when"].notna(), None)
    rows = rows[when.isin(WHENS_OF_VIEW[view])]
    if view == "background":
        return rows.reset_index(drop=True)
    window = publication_window(documents)
    if window is None:
        return rows.iloc[0:0].reset_index(drop=True)
    reported = (rows["when"] == "reported") & (rows["last_day"] <= window.last + REPORTED_TAIL)
    scheduled = (rows["when"] == "scheduled") & (rows["first_day"] <= window.news_end)
    return rows[(rows["first_day"] >= window.news_start) & (reported | scheduled)].reset_index(drop=True)


def view_range(rows: pd.DataFrame, documents: pd.DataFrame | None, view: str = "news") -> tuple | None:
    """The dates a timeline of ``view`` spans, ``(start, end)`` Timestamps: the news window
    (:attr:`Window.news_start` to :attr:`Window.news_end`), or the first to the last day of the
    background events, a little padded. None when there is nothing to span."""
    _check_view(view)
    if view == "news":
        window = publication_window(documents)
        return None if window is None else (window.news_start, window.news_end)
    if rows.empty:
        return None
    first, last = rows["first_day"].min(), rows["last_day"].max()
    window = publication_window(documents)
    if window is not None:  # the background ends where the news is (the window is marked on it)
        first, last = min(first, window.first), max(last, window.last)
    pad = max(pd.Timedelta(days=30), (last - first) * 0.02)
    return (first - pad).normalize(), (last + pad).normalize()


def auto_period(start: pd.Timestamp, end: pd.Timestamp) -> str:
    """The count period for an axis from ``start`` to ``end``: days up to three months, weeks
    up to two years, months up to ten years, years beyond."""
    days = (end - start).days
    if days <= 92:
        return "day"
    if days <= 731:
        return "week"
    if days <= 3653:
        return "month"
    return "year"


def publication_period(published: pd.Series) -> str:
    """:func:`auto_period` of the span of the publication dates ``published`` (``"month"`` when none is
    dated): a corpus of three weeks is counted by day (by month it was two points), one of two years by week."""
    dated = pd.to_datetime(pd.Series(published), errors="coerce").dropna()
    if dated.empty:
        return "month"
    return auto_period(dated.min(), dated.max())


def period_bounds(dates: pd.Series, period: str) -> tuple[pd.Series, pd.Series]:
    """First and last day of the ``period`` of each date (weeks run Monday to Sunday)."""
    if period not in PERIODS:
        raise ValueError(f"unknown period {period!r}: expected one of {', '.join(PERIODS)}")
    spans = pd.to_datetime(dates).dt.to_period(_PERIOD_CODES[period])
    return spans.dt.start_time.dt.normalize(), spans.dt.end_time.dt.normalize()


def event_counts(
    rows: pd.DataFrame,
    *,
    period: str,
    start: pd.Timestamp | None = None,
    end: pd.Timestamp | None = None,
    baseline: tuple | None = None,
) -> pd.DataFrame:
    """Events per ``period`` by the day they start, every period from ``start`` to ``end`` (by
    default the events' own first and last) included, zeros too.

    Columns: ``period_start``, ``period_end`` (Timestamps, inclusive), ``events``, ``spike``
    (above ``threshold``, mean + :data:`SPIKE_SD` sd, and at least :data:`MIN_SPIKE`),
    ``top_type`` (the most frequent event type but ``other``, else ``other``; None when empty),
    ``threshold``. The mean and sd are those of the periods that overlap ``baseline`` (first,
    last), by default all of them: the days with articles, not the empty margins of a news axis.
    ``rows`` are events with ``first_day`` (:func:`view_events`).
    """
    columns = ["period_start", "period_end", "events", "spike", "top_type"]
    if period not in PERIODS:
        raise ValueError(f"unknown period {period!r}: expected one of {', '.join(PERIODS)}")
    if rows.empty and (start is None or end is None):
        return pd.DataFrame(columns=columns)
    lo = start if start is not None else rows["first_day"].min()
    hi = end if end is not None else rows["first_day"].max()
    inside = rows[(rows["first_day"] >= lo) & (rows["first_day"] <= hi)]
    axis = pd.period_range(pd.Timestamp(lo), pd.Timestamp(hi), freq=_PERIOD_CODES[period])
    keys = inside["first_day"].dt.to_period(_PERIOD_CODES[period])
    counts = keys.value_counts().reindex(axis, fill_value=0)
    types = inside.assign(_key=keys.array).groupby("_key")["event_type"].agg(_top_type) if len(inside) else {}
    values = counts.to_numpy(dtype=float)
    reference = values
    if baseline is not None:
        first, last = pd.Timestamp(baseline[0]), pd.Timestamp(baseline[1])
        overlaps = (axis.end_time >= first) & (axis.start_time <= last + pd.Timedelta(days=1))
        reference = values[np.asarray(overlaps)] if np.asarray(overlaps).any() else values
    mean, sd = (float(reference.mean()), float(reference.std())) if len(reference) else (0.0, 0.0)
    threshold = mean + SPIKE_SD * sd
    return pd.DataFrame(
        {
            "period_start": axis.start_time.normalize(),
            "period_end": axis.end_time.normalize(),
            "events": counts.to_numpy(dtype=int),
            "spike": (values > threshold) & (values >= MIN_SPIKE) & (sd > 0),
            "top_type": pd.Series([types.get(p) if len(inside) else None for p in axis], dtype=object).values,
        },
        columns=columns,
    ).assign(threshold=threshold)


def _top_type(types: pd.Series) -> str:
    counts = types.fillna("other").astype(str).value_counts()
    named = counts.drop("other", errors="ignore")
    return str((named if len(named) else counts).index[0])


def spike_threshold(counts: pd.DataFrame) -> float:
    """mean + :data:`SPIKE_SD` sd of an :func:`event_counts` table (``nan`` when empty)."""
    return float(counts["threshold"].iloc[0]) if len(counts) and "threshold" in counts else math.nan


def events_starting(rows: pd.DataFrame, first: pd.Timestamp, last: pd.Timestamp) -> pd.DataFrame:
    """The events of ``rows`` that start from ``first`` to ``last`` (inclusive): a count bar's."""
    first, last = pd.Timestamp(first).normalize(), pd.Timestamp(last).normalize()
    return rows[(rows["first_day"] >= first) & (rows["first_day"] <= last)]


def event_sentences(events: pd.DataFrame, sentences: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """The sentences of ``events``, once each, in the order of ``events``: what a reader checks.

    Columns: ``doc_id``, ``sentence_idx``, ``text``, ``sentence_start`` (offset of the sentence
    in its article), ``spans`` (the ``(start, end)`` article offsets of the events' date
    expressions in it), ``event_ids``, ``event_types``, ``whens``, ``title``, ``source``,
    ``published``. An event whose sentence is not in ``sentences`` keeps its own ``sentence``
    text (``sentence_start`` None: its date is then not highlighted).
    """
    columns = ["doc_id", "sentence_idx", "text", "sentence_start", "spans", "event_ids", "event_types", "whens",
               "title", "source", "published"]  # fmt: skip
    if events.empty:
        return pd.DataFrame(columns=columns)
    keys = list(zip(events["doc_id"], events["sentence_idx"]))
    grouped: dict[tuple, dict] = {}
    for key, row in zip(keys, events.itertuples(index=False)):
        entry = grouped.setdefault(
            key, {"spans": [], "event_ids": [], "event_types": [], "whens": [], "sentence": row.sentence}
        )
        entry["spans"].append((int(row.start), int(row.end)))
        entry["event_ids"].append(str(row.event_id))
        entry["event_types"].append(str(row.event_type))
        entry["whens"].append(None if pd.isna(row.when) else str(row.when))
    wanted = pd.DataFrame(list(grouped), columns=["doc_id", "sentence_idx"])
    found = wanted.merge(
        sentences[["doc_id", "sentence_idx", "start", "text"]], on=["doc_id", "sentence_idx"], how="left"
    )
    found = found.set_index(["doc_id", "sentence_idx"])
    docs = documents.set_index("doc_id")
    out = []
    for (doc_id, sentence_idx), entry in grouped.items():
        sentence = found.loc[(doc_id, sentence_idx)]
        known = not pd.isna(sentence["start"])
        out.append(
            {
                "doc_id": doc_id,
                "sentence_idx": int(sentence_idx),
                "text": sentence["text"] if known else entry["sentence"],
                "sentence_start": int(sentence["start"]) if known else None,
                "spans": tuple(entry["spans"]),
                "event_ids": tuple(entry["event_ids"]),
                "event_types": tuple(dict.fromkeys(entry["event_types"])),
                "whens": tuple(dict.fromkeys(w for w in entry["whens"] if w)),
                "title": _get(docs, doc_id, "title"),
                "source": _get(docs, doc_id, "source"),
                "published": _get(docs, doc_id, "published"),
            }
        )
    return pd.DataFrame(out, columns=columns)


def _get(frame: pd.DataFrame, key, column: str):
    if column not in frame.columns or key not in frame.index:
        return None
    value = frame.at[key, column]
    return None if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NaT else value
