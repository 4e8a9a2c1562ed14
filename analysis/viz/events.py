"""Charts of dated events: the timeline (labelled marks in lanes) and the count per period.

Both draw one view of the events (:mod:`analysis.aggregate.timeline`): ``news`` (what the
articles report and announce, in their publication window) or ``background`` (history and plan
years), never the two mixed. Both are clickable in the dashboard: every mark carries the ids of
its events in ``customdata``, every count bar the first and last day of its period.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from analysis.aggregate.timeline import (
    auto_period,
    event_counts,
    publication_window,
    spike_threshold,
    view_events,
    view_range,
)
from analysis.extract.events import load_event_types
from analysis.text.plurals import count_phrase
from analysis.viz.patch import append_annotation, patch_axes, patch_layout
from analysis.viz.style import (
    FONT_SIZE,
    base_layout,
    check_lang,
    clean_text,
    date_axis,
    empty_figure,
    entity_lookup,
    entity_type,
    escape_plotly,
    event_color,
    hover_lines,
    is_empty,
    label,
    rtl_label,
    ui,
    wrap_text,
)

LANES = ("event_type", "actor")
_DAY_MS = 86_400_000
#: Quoted media and agencies (رويترز، واس) say an event happened: no lane or label of theirs.
_NOT_A_LABEL = {"media", "agency"}
#: Words that end a clause's lead-in to a date (في، يوم، منذ …): dropped from a mark's label.
_DATE_LEAD_INS = {
    "في", "يوم", "منذ", "خلال", "عام", "العام", "مطلع", "بداية", "نهاية", "أواخر", "أوائل", "منتصف", "حتى",
    "من", "إلى", "على", "قبل", "بعد", "مساء", "صباح", "ليلة", "فجر", "ظهر", "و", "أن", "الذي", "التي",
}  # fmt: skip
#: Other dates in the same clause say nothing of the event: left out of a label.
_DATE_WORDS = {
    "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "أمس", "اليوم", "غدا",
    "غداً", "الماضي", "الماضية", "المقبل", "المقبلة", "القادم", "القادمة", "الجاري", "الحالي",
}  # fmt: skip
#: Which actor names a mark, among equally frequent ones: a person before an organisation
#: before a state (the more specific "who"), then the more prominent in the view.
_SPECIFIC = {"person": 0, "state": 2, "government": 2, "country": 2}
_CLAUSE_BREAK = re.compile(r"[،؛.:!?؟\n()«»\"]")
_WORD_EDGE = re.compile(r"^[^\w]+|[^\w]+$")
#: Pixels the plot area is assumed to span when labels are spread so they do not overlap.
_PLOT_PX = 650
#: At most so many marks on a timeline, the biggest. The events of a day in a lane are one mark, so
#: SaudiNewsNet's 33,763 news events (31k articles) are 2,021 marks, all drawn (~1 s, 3.7 MB of figure).
MAX_MARKS = 3000
_LABEL_CHAR_PX = 6.5
_LANE_PX = 64
LRE, RLE, PDF = "\u202a", "\u202b", "\u202c"
#: Where spans sit under their lane's line (in lanes), so days and open periods stay on it.
_SPAN_OFFSET = 0.26
#: A span's bar thickness (in lanes); its label starts at the bar's lower edge, below it (from its middle,
#: the label's first line ran over the bar: قوات سوريا الديمقراطية written across its own orange bar).
_SPAN_WIDTH = 0.13


# --- labels ----------------------------------------------------------------------------------


def type_name(event_type: str, event_labels: dict | None, lang: str, *, short: bool = False) -> str:
    """An event type's name (plain text): from ``event_labels`` (``{id: (en, ar)}`` or
    ``{id: text}``), else ``analysis/data/event_types.yaml``. ``'both'`` gives ``en · ar``;
    ``short`` one name, the English cut at its first ``/`` (``Strike / fighting`` → ``Strike``)."""
    labels = event_labels if event_labels is not None else _yaml_labels()
    entry = labels.get(event_type) or (event_type.replace("_", " "), "")
    if isinstance(entry, str):
        return clean_text(entry)
    en, ar = clean_text(entry[0]), clean_text(entry[1])
    if short:
        return (ar or en) if lang == "ar" else en.split(" / ")[0]
    if lang == "ar":
        return ar or en
    if lang == "en" or not ar:
        return en
    return f"{en} · {ar}"


def _yaml_labels() -> dict[str, tuple[str, str]]:
    return {t.id: (t.label_en, t.label_ar) for t in load_event_types().types}


def clause_words(sentence, date_text, *, n: int = 4, max_chars: int = 30) -> str:
    """A few words of the clause a date expression sits in, for a mark's label (plain text).

    The words just before the date (Arabic puts the verb and its subject first), without the
    particles that lead into a date; the words after it when the clause starts with the date.

    >>> clause_words("وقال مسؤول إن طائرات روسية نفذت الأربعاء ضربات على إدلب", "الأربعاء")
    'إن طائرات روسية نفذت'
    >>> clause_words("الأربعاء، نفذت طائرات روسية ضربات", "الأربعاء")
    'نفذت طائرات روسية ضربات'
    """
    sentence, date_text = clean_text(sentence), clean_text(date_text)
    at = sentence.find(date_text) if date_text else -1
    before, after = (sentence[:at], sentence[at + len(date_text) :]) if at >= 0 else ("", sentence)
    lead = _words(_CLAUSE_BREAK.split(before)[-1])
    while lead and lead[-1] in _DATE_LEAD_INS:
        lead.pop()
    words = lead[-n:]
    if len(words) < 2:
        words = [w for w in _words(_CLAUSE_BREAK.split(after.lstrip(" ،,"))[0]) if w not in _DATE_LEAD_INS][:n]
    text = " ".join(words)
    return text if len(text) <= max_chars else text[: max_chars - 1].rstrip() + "…"


def _words(text: str) -> list[str]:
    words = (_WORD_EDGE.sub("", w) for w in text.split())
    return [w for w in words if w.strip("ـ_") and w not in _DATE_WORDS]  # not a bare tatweel or dash


def _short_name(entity_id: str, lookup: dict, lang: str, max_chars: int = 22) -> str:
    entity = lookup.get(str(entity_id)) or {}
    en, ar = clean_text(entity.get("name_en")), clean_text(entity.get("name_ar"))
    name = ((ar or en) if lang == "ar" else (en or ar)) or clean_text(entity_id)
    return name if len(name) <= max_chars else name[: max_chars - 1].rstrip() + "…"


def _lane_label(lane: str, lanes: str, lookup: dict, event_labels, lang: str) -> str:
    if lanes == "event_type":
        return label(type_name(lane, event_labels, lang))
    entity = lookup.get(str(lane)) or {}
    en, ar = clean_text(entity.get("name_en")), clean_text(entity.get("name_ar"))
    if lang == "ar":
        return label(ar or en or lane)
    if lang == "en" or not ar:
        return label(en or lane)
    return f"{escape_plotly(en)} · {label(ar)}"


# --- marks -----------------------------------------------------------------------------------


def timeline_marks(
    rows: pd.DataFrame,
    entities: pd.DataFrame | None = None,
    *,
    lanes: str = "event_type",
    top_lanes: int | None = None,
    event_labels: dict | None = None,
    known_actors: Sequence[str] = (),
    x_range: tuple | None = None,
    max_marks: int | None = None,
    lang: str = "both",
) -> tuple[pd.DataFrame, list[str]]:
    """The marks of a timeline: events in the same lane drawn at the same place become one mark.

    ``rows``: the events of a view (:func:`analysis.aggregate.timeline.view_events`). A lane is
    an event type, or (``lanes='actor'``) an actor (an event sits in the lane of each of its
    actors; events naming none are left out); ``top_lanes`` keeps the busiest (default: every type,
    15 actors), the other lanes' events are left out. Returns
    ``(marks, lane_ids)``, the lanes busiest first (``other`` last); ``marks`` has ``lane``,
    ``shape`` (``point``: one day; ``span``: several days; ``since``: an open period from its
    anchor to the publication date), ``first_day``, ``last_day``, ``n`` (events), ``event_ids`` (newest
    published first), ``label`` (plain text: the actor most of its events name, or their type
    when the lanes are actors, else the place most of them name, else the first words of the clause;
    empty where it would overlap a bigger mark's label in its lane) and ``hover`` (safe Plotly text).

    ``known_actors``, the actors the selection is filtered on, are what every article of the view names:
    a mark is labelled by another actor, else by its place, and by a known actor only when it names
    nothing else (filtered on the Houthis, SaudiNewsNet's timeline labelled nearly every mark «Houthis»).
    ``x_range``: the (start, end) the axis spans, where the labels are spread; by default the marks' own.
    ``max_marks``: at most so many marks, the biggest (the others' events are left out).
    """
    check_lang(lang)
    if lanes not in LANES:
        raise ValueError(f"unknown lanes {lanes!r}: expected one of {', '.join(LANES)}")
    columns = ["lane", "event_type", "shape", "first_day", "last_day", "n", "event_ids", "label", "hover"]
    if rows.empty:
        return pd.DataFrame(columns=columns), []
    lookup = entity_lookup(entities)
    same_day = rows["first_day"].to_numpy() == rows["last_day"].to_numpy()  # NaT equals nothing: a span
    since = (rows["extent"] == "since").fillna(False).to_numpy(dtype=bool)
    rows = rows.assign(shape=np.where(since, "since", np.where(same_day, "point", "span")))
    rows = rows.assign(event_type=rows["event_type"].fillna("other").astype(str).replace("", "other"))
    if lanes == "event_type":
        rows = rows.assign(lane=rows["event_type"])
        counts = rows["lane"].value_counts()
        lane_ids = sorted(counts.index, key=lambda k: (k == "other", -counts[k], k))[:top_lanes]
        rows = rows[rows["lane"].isin(lane_ids)]
    else:
        rows = rows.assign(
            lane=[
                [a for a in actors if entity_type(a, lookup, default="actor") not in _NOT_A_LABEL]
                for actors in rows["actors"]
            ]
        )
        rows = rows.explode("lane").dropna(subset=["lane"])
        counts = rows["lane"].value_counts()
        lane_ids = sorted(counts.index, key=lambda k: (-counts[k], k))[: top_lanes or 15]
        rows = rows[rows["lane"].isin(lane_ids)]
    prominence = Counter(a for actors in rows.drop_duplicates("event_id")["actors"] for a in actors)
    known = frozenset(known_actors)

    marks = []
    keys = ["lane", "event_type", "shape", "first_day", "last_day"]
    groups = list(_groups(rows, keys))
    if max_marks and len(groups) > max_marks:  # the biggest marks; a tie goes to the most recently published
        order = sorted(range(len(groups)), key=lambda i: (-len(groups[i][1]), i))
        groups = [groups[i] for i in sorted(order[:max_marks])]
    for (lane, event_type_, shape, start, end), group in groups:
        marks.append(
            {
                "lane": lane,
                "event_type": event_type_,
                "shape": shape,
                "first_day": start,
                "last_day": end,
                "n": len(group),
                "event_ids": tuple(str(i) for i in group["event_id"]),
                "label": _mark_label(group, lane, lanes, lookup, prominence, event_labels, known, lang),
                "hover": _mark_hover(group, lookup, event_labels, lang),
            }
        )
    frame = pd.DataFrame(marks, columns=columns)
    frame = frame.sort_values(["lane", "first_day", "last_day", "shape"], kind="stable").reset_index(drop=True)
    return _spread_labels(frame, x_range), lane_ids


class _Group:
    """The events of one mark as lists of their values: a timeline of a large selection has
    hundreds of marks, and slicing a DataFrame for each (then reading it column by column) cost
    ~8 ms a mark."""

    def __init__(self, columns: dict[str, list], positions: list[int]):
        self._columns = columns
        self._positions = positions

    def __len__(self) -> int:
        return len(self._positions)

    def __getitem__(self, column: str) -> list:
        values = self._columns[column]
        return [values[i] for i in self._positions]

    def first(self, column: str):
        """The first event's value of ``column`` (None when the rows have no such column)."""
        values = self._columns.get(column)
        return None if values is None else values[self._positions[0]]


def _groups(rows: pd.DataFrame, keys: list[str]):
    """``rows.groupby(keys, sort=False)`` as (key, :class:`_Group`) pairs, in the same order: the
    groups by first appearance, each group's rows in their order; rows with a missing key in no
    group."""
    number = rows.groupby(keys, sort=False).ngroup().to_numpy()
    columns = {c: rows[c].tolist() for c in rows.columns}
    members: dict[int, list[int]] = {}
    for position, n in enumerate(number.tolist()):
        if n >= 0:
            members.setdefault(n, []).append(position)
    for n in sorted(members):
        group = _Group(columns, members[n])
        yield tuple(group.first(k) for k in keys), group


def _mark_label(group: _Group, lane, lanes, lookup, prominence, event_labels, known, lang) -> str:
    """A few words for a mark: who (lanes by type) or what (lanes by actor), × its size. Who is an actor
    the selection is not filtered on (``known``), else the place, else a known actor; a name (or a type)
    only when :data:`LABEL_SHARE` of the mark's events give it, else the mark says its size alone."""
    n = len(group)
    text = ""
    if lanes == "event_type":
        named = _shared(
            Counter(
                a
                for actors in group["actors"]
                for a in actors
                if entity_type(a, lookup, default="actor") not in _NOT_A_LABEL
            ),
            n,
        )
        others = Counter({a: k for a, k in named.items() if a not in known})
        if others:
            text = _short_name(_most_named(others, lookup, prominence), lookup, lang)
        elif named:
            text = _where(group, lookup, lang) or _short_name(_most_named(named, lookup, prominence), lookup, lang)
    else:
        types = _shared(Counter(t for t in _or_other(group["event_type"]) if t != "other"), n)
        others = _shared(
            Counter(
                a
                for actors in group["actors"]
                for a in actors
                if a != lane and entity_type(a, lookup, default="actor") not in _NOT_A_LABEL
            ),
            n,
        )
        if types:
            text = type_name(max(types, key=lambda t: (types[t], t)), event_labels, lang, short=True)
        elif others:  # no type: with whom
            text = _short_name(_most_named(others, lookup, prominence), lookup, lang)
    if not text:  # no one named: where, else (one event) the clause's first words
        text = _where(group, lookup, lang) or (
            clause_words(group.first("sentence"), group.first("date_text")) if n == 1 else ""
        )
    return f"{text} ×{n}" if n > 1 and text else (text or (f"×{n}" if n > 1 else ""))


#: The share of a mark's events that must name an actor (or a place, or give a type) for it to label the mark:
#: on SaudiNewsNet the 411 statements of 10 August, most of them the Saudi Press Agency's, were labelled
#: «Germany ×411» because 22 of them named Germany.
LABEL_SHARE = 0.25


def _shared(counts: Counter, n: int) -> Counter:
    """The names (or types) of ``counts`` that :data:`LABEL_SHARE` of a mark's ``n`` events give."""
    return Counter({key: k for key, k in counts.items() if k >= LABEL_SHARE * n})


def _most_named(named: Counter, lookup: dict, prominence: Counter) -> str:
    """The actor most of a mark's events name; of a tie, the more specific (:data:`_SPECIFIC`), then
    the more prominent in the view."""
    return min(named, key=lambda a: (-named[a], _SPECIFIC.get(entity_type(a, lookup), 1), -prominence[a], a))


def _where(group: _Group, lookup: dict, lang: str) -> str:
    """The place most of a mark's events name (their clauses' regions; the most specific of a tie: a town
    before its country), or "" when none does. A mark of events that name no actor was labelled with
    the clause's first words (on SaudiNewsNet «بشكل عاجل الاتحاد الاوروبي»، «انتشار مئات الجنود دول»)."""
    try:
        named = group["regions"]
    except KeyError:  # rows without their regions
        return ""
    places = _shared(Counter(r for regions in named if regions is not None for r in regions), len(group))
    if not places:
        return ""
    best = min(places, key=lambda r: (-places[r], _SPECIFIC.get(entity_type(r, lookup), 1), r))
    return _short_name(best, lookup, lang)


def _or_other(types: list) -> list:
    """Event types, a missing one ``other`` (as ``fillna("other")``)."""
    return ["other" if t is None or (isinstance(t, float) and math.isnan(t)) else t for t in types]


def _mark_hover(group: _Group, lookup, event_labels, lang) -> str:
    keys = {
        "date_text": ui("Date", "التاريخ", lang),
        "range": ui("Range", "المدة", lang),
        "since": ui("Since", "منذ", lang),
        "type": ui("Type", "النوع", lang),
        "actors": ui("Actors", "الفاعلون", lang),
        "published": ui("Published", "تاريخ النشر", lang),
    }
    since = group.first("extent") == "since"
    start, end = group.first("first_day").strftime("%Y-%m-%d"), group.first("last_day").strftime("%Y-%m-%d")
    span = (start, start) if start == end and not since else (start, end)
    types = list(dict.fromkeys(_or_other(group["event_type"])))
    actors = Counter(a for actors in group["actors"] for a in actors)
    names = "، ".join(_short_name(a, lookup, lang) for a, _ in actors.most_common(4))
    lines = []
    if len(group) > 1:
        lines.append(("", f"<b>{len(group)} {ui('events', 'أحداث', lang)}</b>"))
    lines += [
        (keys["date_text"], label(_first_few(dict.fromkeys(clean_text(d) for d in group["date_text"])))),
        (keys["since"] if since else keys["range"], _dates(*span, lang)),
        (keys["type"], label("، ".join(type_name(t, event_labels, lang, short=True) for t in types[:3]))),
        (keys["actors"], label(names)),
    ]
    published = [p for p in group["published"] if not pd.isna(p)]
    if published:
        first_pub, last_pub = min(published).strftime("%Y-%m-%d"), max(published).strftime("%Y-%m-%d")
        lines.append((keys["published"], _dates(first_pub, last_pub, lang)))
    for sentence in _first_sentences(group, 3 if len(group) > 1 else 1):
        wrapped = wrap_text(sentence, 60)
        if len(group) > 1 and len(wrapped) > 2:
            wrapped = wrapped[:2]
            wrapped[-1] += " …"
        lines.append(("", "<br>".join(rtl_label(escape_plotly(line)) for line in wrapped)))
    return hover_lines(lines)


def _first_sentences(group: _Group, n: int) -> list:
    """The sentences of the group's first ``n`` distinct (doc_id, sentence_idx), in order."""
    seen: set = set()
    out = []
    for key, sentence in zip(zip(group["doc_id"], group["sentence_idx"]), group["sentence"]):
        if key not in seen:
            seen.add(key)
            out.append(sentence)
            if len(out) == n:
                break
    return out


def _dates(first: str, last: str, lang: str) -> str:
    """A day or a range of days, ``2015-07-23 – 2015-07-25`` (a dash, no arrow: an arrow points
    one way in both directions of reading). In Arabic each date is kept left to right (LRE…PDF:
    digits that follow Arabic letters are Arabic numbers to the bidi algorithm, and
    ``2015-07-23`` would show as ``23-07-2015``) and the range runs right to left, the first
    date at the right."""
    if lang != "ar":
        return first if first == last else f"{first} – {last}"
    if first == last:
        return f"{LRE}{first}{PDF}"
    return f"{RLE}{LRE}{first}{PDF} – {LRE}{last}{PDF}{PDF}"


def _first_few(texts, n: int = 4) -> str:
    """``أمس، السبت، اليوم …``: the first ``n`` of many, so a hover box stays narrow."""
    texts = list(texts)
    return "، ".join(texts[:n]) + (" …" if len(texts) > n else "")


def _spread_labels(marks: pd.DataFrame, x_range: tuple | None = None) -> pd.DataFrame:
    """Keep the labels that do not overlap a bigger mark's label on the same side of the same
    lane (by the estimated width of each label on a plot :data:`_PLOT_PX` wide, spanning ``x_range`` or
    else the marks' first to last day: the news view's axis is the whole publication window, and the
    marks spread over the plot as if they filled it overlapped on screen).

    Within a lane and side, marks are placed biggest first (then latest first), each label kept
    when its span on the plot meets none kept before: the kept spans are disjoint, so a sorted
    list and its two neighbours answer that (a large selection has hundreds of marks a lane)."""
    if marks.empty:
        return marks
    first = marks["first_day"].to_numpy(dtype="datetime64[D]").astype(np.int64)  # days: history spans centuries
    last = marks["last_day"].to_numpy(dtype="datetime64[D]").astype(np.int64)
    below = (marks["shape"] == "span").to_numpy()  # span labels sit under their lane, the others above it
    centre = np.where(below, first + (last - first) // 2, first)  # _anchor's day (a span's middle, floored)
    lo, hi = first.min(), last.max()
    if x_range is not None:
        lo, hi = (np.datetime64(pd.Timestamp(day).date(), "D").astype(np.int64) for day in x_range)
    span_days = max(int(hi - lo), 1)
    x = (centre - lo) / span_days * _PLOT_PX
    labels = marks["label"].tolist()
    half = np.array([len(text) * _LABEL_CHAR_PX / 2 + 6 for text in labels])
    side = pd.factorize(marks["lane"])[0] * 2 + below
    order = np.lexsort((-first, -marks["n"].to_numpy(), side))  # by side, then biggest, then latest (stable)
    kept = [""] * len(marks)
    starts: list[float] = []
    ends: list[float] = []
    current = None
    for position in order.tolist():
        if side[position] != current:
            current, starts, ends = side[position], [], []
        text = labels[position]
        if not text:
            continue
        left, right = x[position] - half[position], x[position] + half[position]
        at = bisect.bisect_left(starts, left)
        if (at > 0 and ends[at - 1] > left) or (at < len(starts) and starts[at] < right):
            continue
        starts.insert(at, left)
        ends.insert(at, right)
        kept[position] = text
    return marks.assign(label=kept)


def _anchor(shape: str, first_day: pd.Timestamp, last_day: pd.Timestamp) -> pd.Timestamp:
    """Where a mark's label sits: a point's day, a span's middle, a since period's anchor."""
    if shape == "span":
        return first_day + (last_day - first_day) / 2
    return first_day


def _size(n: int, biggest: float = 28.0) -> float:
    """A mark's diameter in pixels: 9 for one event, growing with the square root of ``n``."""
    return min(9 + 4 * math.sqrt(n - 1), biggest)


# --- the timeline ----------------------------------------------------------------------------


def event_timeline(
    events: pd.DataFrame,
    documents: pd.DataFrame | None,
    entities: pd.DataFrame | None = None,
    *,
    view: str = "news",
    lanes: str = "event_type",
    event_labels: dict | None = None,
    top_lanes: int | None = None,
    max_marks: int = MAX_MARKS,
    known_actors: Sequence[str] = (),
    lang: str = "both",
    title: str = "Events",
) -> go.Figure:
    """The events of ``view`` on a date axis, one lane per event type or per actor, every mark
    labelled where there is room; the news view opens on the publication window.

    Every event of the view is drawn, in at most ``max_marks`` marks: where there would be more, the
    biggest (an annotation then says how many events they hold of how many). Days are diamonds, several
    days a bar from the first to the last day, an open period (``extent = since``, منذ 2011) a dotted line from its anchor (a
    triangle) to the publication date; a mark standing for several events is bigger and its label
    says ×n. ``documents`` gives the publication dates (the window, recency). ``customdata`` of
    every mark: the ids of its events. ``known_actors``: the actors the selection is filtered on, which
    label a mark only when it names no other actor and no place (:func:`timeline_marks`).
    """
    check_lang(lang)
    if is_empty(events):
        return empty_figure(title, lang)
    rows = view_events(events, documents, view)
    if rows.empty:
        return empty_figure(title, lang, message=_empty_view_message(view, lang))
    total = len(rows)
    x_range = view_range(rows, documents, view)
    marks, lane_ids = timeline_marks(
        rows,
        entities,
        lanes=lanes,
        top_lanes=top_lanes,
        event_labels=event_labels,
        known_actors=known_actors,
        x_range=x_range,
        max_marks=max_marks,
        lang=lang,
    )
    if marks.empty:
        return empty_figure(title, lang, message=_empty_view_message(view, lang))
    lookup = entity_lookup(entities)
    legend = lanes == "actor"  # lanes by type need no legend: the lanes are the types
    sizes = marks.groupby("event_type")["n"].sum()
    types = sorted(sizes.index, key=lambda t: (t == "other", -sizes[t], t))  # the legend's order
    fig = go.Figure()
    row_of = {lane: len(lane_ids) - 1 - i for i, lane in enumerate(lane_ids)}  # the busiest lane on top
    marks = marks.assign(y=marks["lane"].map(row_of))
    # marks a day apart overlap less: the biggest is at most ~2 days wide on the axis
    days = max(((x_range[1] - x_range[0]).days if x_range is not None else 365), 1)
    biggest = max(11.0, min(28.0, 1.8 * _PLOT_PX / days))
    for event_type_ in types:
        name = label(type_name(event_type_, event_labels, lang, short=True))
        chosen = marks[marks["event_type"] == event_type_]
        _draw_type(fig, chosen, event_type_, event_color(event_type_), name, legend, biggest)
    date_axis(fig, ui("Date of the event", "تاريخ الحدث", lang), lang)
    if x_range is not None:
        patch_axes(fig, "x", {"range": [x_range[0].strftime("%Y-%m-%d"), x_range[1].strftime("%Y-%m-%d")]})
    patch_axes(fig, "y", {
        "tickvals": [row_of[lane] for lane in lane_ids],
        "ticktext": [_lane_label(lane, lanes, lookup, event_labels, lang) for lane in lane_ids],
        # room above the top lane's labels for the window's name
        "range": [-0.75, len(lane_ids) - 0.05], "title": {}, "automargin": True, "showgrid": True,
        "gridcolor": "#eee", "zeroline": False, "fixedrange": True,
    })  # fmt: skip
    patch_layout(fig, {
        "barmode": "overlay", "height": max(340, _LANE_PX * len(lane_ids) + 210 + (60 if legend else 0)),
        "bargap": 0.5,
    })  # fmt: skip
    base_layout(fig, title, lang, legend=legend)
    _mark_window(fig, documents, view, lang)
    notes = []
    drawn = len({e for ids in marks["event_ids"] for e in ids})
    capped = max_marks and len(marks) >= max_marks and drawn < total
    if capped:
        notes.append(_capped_message(len(marks), drawn, total, lang))
    left_out = _no_lane_count(rows, marks)
    if left_out and not capped:
        notes.append(_no_actor_message(left_out, lang) if lanes == "actor" else _no_type_message(left_out, lang))
    if notes:
        append_annotation(fig, {
            "text": "<br>".join(label(n) for n in notes), "xref": "paper", "yref": "paper", "x": 1 if lang == "ar" else 0,
            "y": 1, "xanchor": "right" if lang == "ar" else "left", "yanchor": "bottom", "showarrow": False,
            "align": "right" if lang == "ar" else "left",
            "font": {"size": 11, "color": "#666"}, "yshift": 4,
        })  # fmt: skip
    return fig


def _no_lane_count(rows: pd.DataFrame, marks: pd.DataFrame) -> int:
    drawn = {e for ids in marks["event_ids"] for e in ids}
    return int((~rows["event_id"].astype(str).isin(drawn)).sum())


def _draw_type(
    fig: go.Figure, marks: pd.DataFrame, event_type_: str, color: str, name: str, legend: bool, biggest: float
) -> None:
    """The marks of one event type, in whichever lanes they sit: bars for spans, dotted lines
    from a triangle for open periods, diamonds for days; labels above them."""
    points, spans, since = (marks[marks["shape"] == s] for s in ("point", "span", "since"))
    text_font = dict(size=FONT_SIZE - 3, color="#333")
    common = dict(name=name, legendgroup=event_type_)
    shown = [legend]  # one legend entry per type, on its first trace

    def legend_once() -> bool:
        first, shown[0] = shown[0], False
        return first

    if len(spans):
        fig.add_trace(
            go.Bar(
                orientation="h", y=list(spans["y"] - _SPAN_OFFSET), base=[_day(s) for s in spans["first_day"]],
                x=[((e - s).days + 1) * _DAY_MS for s, e in zip(spans["first_day"], spans["last_day"])],
                customdata=[list(ids) for ids in spans["event_ids"]], showlegend=legend_once(), width=_SPAN_WIDTH,
                marker=dict(color=color, opacity=0.45, line=dict(width=0)),
                hovertext=list(spans["hover"]), hovertemplate="%{hovertext}<extra></extra>", **common,
            )
        )  # fmt: skip
        labelled = spans[spans["label"] != ""]
        if len(labelled):
            fig.add_trace(
                go.Scatter(
                    mode="text", y=list(labelled["y"] - _SPAN_OFFSET - _SPAN_WIDTH / 2), x=[_day(_anchor(*m)) for m in zip(labelled["shape"], labelled["first_day"], labelled["last_day"])],
                    text=[label(t) for t in labelled["label"]], textposition="bottom center", textfont=text_font,
                    hoverinfo="skip", showlegend=False, cliponaxis=False, **common,
                )
            )  # fmt: skip
    if len(since):
        xs: list = []
        ys: list = []
        for lane, s, e in zip(since["y"], since["first_day"], since["last_day"]):
            xs += [_day(s), _day(e), None]
            ys += [lane, lane, None]
        fig.add_trace(
            go.Scatter(
                mode="lines", y=ys, x=xs, hoverinfo="skip", line=dict(color=color, width=2, dash="dot"),
                opacity=0.7, showlegend=False, **common,
            )
        )  # fmt: skip
        fig.add_trace(
            go.Scatter(
                mode="markers+text", y=list(since["y"]), x=[_day(s) for s in since["first_day"]],
                customdata=[list(ids) for ids in since["event_ids"]], showlegend=legend_once(),
                marker=dict(color=color, size=[_size(n, biggest) + 2 for n in since["n"]], symbol="triangle-right",
                            line=dict(width=1, color="white")),
                text=[label(t) for t in since["label"]], textposition="top center", textfont=text_font,
                cliponaxis=False, hovertext=list(since["hover"]), hovertemplate="%{hovertext}<extra></extra>",
                **common,
            )
        )  # fmt: skip
    if len(points):
        fig.add_trace(
            go.Scatter(
                mode="markers+text", y=list(points["y"]), x=[_day(s) for s in points["first_day"]],
                customdata=[list(ids) for ids in points["event_ids"]], showlegend=legend_once(),
                marker=dict(color=color, size=[_size(n, biggest) for n in points["n"]], symbol="diamond",
                            line=dict(width=1, color="white")),
                text=[label(t) for t in points["label"]], textposition="top center", textfont=text_font,
                cliponaxis=False, hovertext=list(points["hover"]), hovertemplate="%{hovertext}<extra></extra>",
                **common,
            )
        )  # fmt: skip


def _day(value) -> str:
    return pd.Timestamp(value).strftime("%Y-%m-%d")


def _mark_window(fig: go.Figure, documents, view: str, lang: str, *, named: bool = True) -> None:
    """Shade the publication window (and name it, when ``named``)."""
    window = publication_window(documents)
    if window is None:
        return
    fig.add_vrect(
        x0=_day(window.first), x1=_day(window.last + pd.Timedelta(days=1)), fillcolor="#4c78a8",
        opacity=0.06 if view == "news" else 0.18, line_width=0, layer="below",
    )  # fmt: skip
    if view == "background":  # weeks on an axis of a century: a line shows where the news is
        middle = _day(window.first + (window.last - window.first) / 2)
        fig.add_vline(x=middle, line=dict(color="#4c78a8", width=1, dash="dot"), layer="below")
    if not named:
        return
    text = (
        ui("publication window", "فترة النشر", lang)
        if view == "news"
        else ui("the news (publication dates)", "الأخبار (فترة النشر)", lang)
    )
    append_annotation(fig, {
        "text": text, "x": _day(window.first + (window.last - window.first) / 2), "xref": "x", "y": 1,
        "yref": "paper", "yanchor": "top", "showarrow": False, "font": {"size": 10, "color": "#4c78a8"},
        "bgcolor": "rgba(255,255,255,0.85)",
    })  # fmt: skip


def _empty_view_message(view: str, lang: str) -> str:
    if view == "news":
        return ui(
            "No reported or scheduled events in the publication window",
            "لا أحداث مُبلَّغ عنها أو مرتقبة في فترة النشر",
            lang,
        )
    return ui("No history or plan years in this selection", "لا خلفية تاريخية ولا سنوات خطط في هذا الاختيار", lang)


def _capped_message(marks: int, drawn: int, total: int, lang: str) -> str:
    if lang == "ar":
        return (
            f"أكبر {marks:,} علامة تضم {drawn:,} من {count_phrase(total, 'event', 'ar')}"
            " — ضيّق عوامل التصفية لرؤية الباقي"
        )
    return f"The {marks:,} biggest marks hold {drawn:,} of {total:,} events — narrow the filters to see the rest"


def _no_type_message(n: int, lang: str) -> str:
    if lang == "ar":
        return f"لم يُعرض {count_phrase(n, 'event', 'ar')} من أنواع أخرى"
    return f"{count_phrase(n, 'event', 'en')} of other types not shown"


def _no_actor_message(n: int, lang: str) -> str:
    if lang == "ar":
        return f"لم يُعرض {count_phrase(n, 'event', 'ar')} بلا فاعل من الأكثر ذكراً"
    return f"{count_phrase(n, 'event', 'en')} naming none of these actors not shown"


# --- counts ----------------------------------------------------------------------------------


def event_counts_chart(
    events: pd.DataFrame,
    documents: pd.DataFrame | None,
    *,
    view: str = "news",
    period: str = "auto",
    event_labels: dict | None = None,
    lang: str = "both",
    title: str = "Events per period",
) -> go.Figure:
    """Bars: the events of ``view`` per day, week, month or year (``period='auto'``: by the span
    of the axis, :func:`analysis.aggregate.timeline.auto_period`), by the day they start, on the
    same dates as :func:`event_timeline`. Spikes (above mean + 2 sd of the periods of the
    publication window) are darker, annotated with their count and most frequent type; a dashed
    line marks the threshold. ``customdata`` of a bar: its first and last day (ISO dates).
    """
    check_lang(lang)
    if is_empty(events):
        return empty_figure(title, lang)
    rows = view_events(events, documents, view)
    x_range = view_range(rows, documents, view)
    if rows.empty or x_range is None:
        return empty_figure(title, lang, message=_empty_view_message(view, lang))
    period = auto_period(*x_range) if period == "auto" else period
    window = publication_window(documents)
    baseline = (window.first, window.last) if (window is not None and view == "news") else None
    counts = event_counts(rows, period=period, start=x_range[0], end=x_range[1], baseline=baseline)
    counts = counts[counts["period_start"] <= x_range[1]]
    n_title = ui("Events", "الأحداث", lang)
    period_name = {
        "day": ui("day", "اليوم", lang), "week": ui("week", "الأسبوع", lang),
        "month": ui("month", "الشهر", lang), "year": ui("year", "السنة", lang),
    }[period]  # fmt: skip

    def hover(row) -> str:
        first, last = row.period_start.strftime("%Y-%m-%d"), row.period_end.strftime("%Y-%m-%d")
        lines = [("", _dates(first, last, lang)), (n_title, str(row.events))]
        if isinstance(row.top_type, str):
            lines.append((ui("Most frequent", "الأكثر", lang), label(type_name(row.top_type, event_labels, lang))))
        if row.spike:
            lines.append(("", ui("<b>spike</b>", "<b>ذروة</b>", lang)))
        return hover_lines(lines)

    rows_ = list(counts.itertuples())
    fig = go.Figure(
        go.Bar(
            x=[_day(r.period_start) for r in rows_],
            y=[r.events for r in rows_],
            width=[((r.period_end - r.period_start).days + 1) * _DAY_MS * 0.9 for r in rows_],
            offset=0,
            customdata=[[_day(r.period_start), _day(r.period_end)] for r in rows_],
            marker=dict(color=["#b03a2e" if r.spike else "#8fa8c8" for r in rows_]),
            hovertext=[hover(r) for r in rows_],
            hovertemplate="%{hovertext}<extra></extra>",
            showlegend=False,
        )
    )
    threshold = spike_threshold(counts)
    if math.isfinite(threshold) and threshold > 0:
        fig.add_hline(y=threshold, line=dict(color="#b03a2e", width=1, dash="dash"))
        append_annotation(fig, {
            "text": ui("mean + 2 sd", "المتوسط + انحرافان معياريان", lang), "x": 1 if lang == "ar" else 0,
            "xref": "paper", "y": threshold, "yref": "y", "xanchor": "right" if lang == "ar" else "left",
            "yanchor": "bottom", "showarrow": False, "font": {"size": 10, "color": "#b03a2e"},
        })  # fmt: skip
    for r in rows_:
        if not r.spike:
            continue
        what = type_name(r.top_type, event_labels, lang, short=True) if isinstance(r.top_type, str) else ""
        append_annotation(fig, {
            "text": label(f"{r.events} · {what}" if what else str(r.events)),
            "x": _day(r.period_start + (r.period_end - r.period_start) / 2), "y": r.events, "xref": "x",
            "yref": "y", "showarrow": True, "arrowhead": 0, "ax": 0, "ay": -18,
            "font": {"size": 10, "color": "#b03a2e"},
        })  # fmt: skip
    date_axis(fig, ui("Date of the event", "تاريخ الحدث", lang), lang)
    patch_axes(fig, "x", {"range": [_day(x_range[0]), _day(x_range[1])]})
    patch_axes(fig, "y", {"title": {"text": f"{n_title} / {period_name}"}, "rangemode": "tozero"})
    patch_layout(fig, {"height": 300, "bargap": 0})
    base_layout(fig, title, lang)
    _mark_window(fig, documents, view, lang, named=False)  # named on the timeline above
    return fig
