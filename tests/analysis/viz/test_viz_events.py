"""The event charts (analysis.viz.events) on the SaudiNewsNet-shaped corpus of
``tests/support/news_events.py``: the timeline opens on the news of the publication window, the
background is apart, marks are labelled and carry their events, open periods are dotted lines,
the counts mark their spikes; and the charts say so when there is nothing to draw."""

from __future__ import annotations

import pandas as pd
import pytest
from news_events import VIEW, tables
from viz_tables import PDF, PRESENTATION_FORMS, RLE, figure_json, strip_bidi

from analysis.viz.events import clause_words, event_counts_chart, event_timeline, timeline_marks


@pytest.fixture(scope="module")
def news():
    return tables()


def drawn_ids(fig) -> set[str]:
    return {e for trace in fig.to_dict()["data"] for ids in trace.get("customdata", []) for e in ids}


def labels(fig) -> list[str]:
    """The marks' labels as shown (bidi controls removed)."""
    return [strip_bidi(t) for tr in fig.to_dict()["data"] for t in tr.get("text", []) or [] if t]


#: The day the events of :func:`one_day_events` are published.
DAY = pd.Timestamp("2015-08-10")


def one_day_events(ids, actors, days=None, *, regions=None, sentence="نص", event_type="strike", date_text="أمس"):
    """The rows of a view (as :func:`analysis.aggregate.timeline.view_events` gives them) of one-day events
    ``ids``, each naming ``actors`` (and ``regions``), ``days`` after :data:`DAY` (its publication day)."""
    days = days or [0] * len(ids)
    first = [DAY + pd.Timedelta(days=d) for d in days]
    rows = {
        "event_id": ids, "doc_id": [f"d{i}" for i in range(len(ids))], "sentence_idx": 0, "date_text": date_text,
        "first_day": first, "last_day": first, "published": DAY, "extent": "point", "actors": actors,
        "event_type": event_type, "sentence": sentence,
    }  # fmt: skip
    if regions is not None:
        rows["regions"] = regions
    return pd.DataFrame(rows)


def test_the_timeline_opens_on_the_news_of_the_publication_window(news):
    fig = event_timeline(news["events"], news["documents"], news["entities"])
    assert drawn_ids(fig) == {e for e, view in VIEW.items() if view == "news"}
    assert fig.layout.xaxis.range == ("2015-07-07", "2015-09-11")  # not 1918, not 2030
    band = [s for s in fig.layout.shapes if s.type == "rect"]
    assert [(b.x0, b.x1) for b in band] == [("2015-07-21", "2015-08-12")]  # the window, shaded


def test_history_and_plan_years_are_a_view_of_their_own(news):
    fig = event_timeline(news["events"], news["documents"], news["entities"], view="background", lang="ar")
    assert drawn_ids(fig) == {"d1:2", "d1:3", "d1:5"}
    last, first = fig.layout.xaxis.range  # Arabic: time runs from the right, the range reversed
    assert first < "1918-01-01" and last > "2030-12-31"
    # منذ عام 2011: a dotted line from its anchor to the article's date, a triangle at the anchor
    lines = [tr for tr in fig.data if tr.type == "scatter" and tr.mode == "lines"]
    assert [(list(tr.x), tr.line.dash) for tr in lines] == [(["2011-01-01", "2015-07-21", None], "dot")]
    anchor = next(tr for tr in fig.data if tr.customdata is not None and ["d1:3"] in [list(c) for c in tr.customdata])
    assert anchor.marker.symbol == "triangle-right" and list(anchor.x) == ["2011-01-01"]
    assert not any(tr.type == "bar" and "d1:3" in str(tr.customdata) for tr in fig.data)  # no nine-year bar


def test_events_drawn_at_one_place_are_one_mark_labelled_with_its_size(news):
    fig = event_timeline(news["events"], news["documents"], news["entities"], lang="ar")
    strike = next(tr for tr in fig.data if tr.customdata is not None and any("d2:3" in c for c in tr.customdata))
    assert [list(c) for c in strike.customdata] == [["d2:3", "d2:4"]]  # one mark for the two strikes of 10 August
    assert list(strike.x) == ["2015-08-10"] and strike.marker.symbol == "diamond"
    single = next(tr for tr in fig.data if tr.customdata is not None and [list(c) for c in tr.customdata] == [["d1:1"]])
    assert strike.marker.size[0] > single.marker.size[0]  # bigger for more events
    assert strip_bidi(strike.text[0]) == "الحوثيون ×2"  # the actor both name (not the agency quoted)
    assert strike.text[0].startswith(RLE) and strike.text[0].endswith(PDF)


def test_a_mark_is_named_by_its_most_specific_actor(news):
    marks, lanes = timeline_marks(_view(news, "news"), news["entities"], lanes="event_type", lang="both")
    by_ids = dict(zip(marks["event_ids"], marks["label"]))
    assert by_ids[("d1:1",)] == "King Salman"  # a person before the state he leads
    assert lanes == ["strike", "casualties", "statement", "talks"]  # the busiest lane first, then by name


def test_actor_lanes_leave_out_quoted_agencies_and_colour_by_type(news):
    fig = event_timeline(news["events"], news["documents"], news["entities"], lanes="actor")
    lanes = {strip_bidi(t) for t in fig.layout.yaxis.ticktext}
    assert lanes == {"Saudi Arabia · السعودية", "Houthis · الحوثيون", "Yemen · اليمن", "King Salman · الملك سلمان"}
    assert fig.layout.showlegend  # the colours are the event types
    assert {tr.name for tr in fig.data if tr.showlegend} == {"Strike", "Statement", "Casualties", "Talks"}
    strike_labels = [strip_bidi(t) for tr in fig.data if tr.name == "Strike" for t in (tr.text or []) if t]
    assert strike_labels and all(t.startswith("Strike") for t in strike_labels)


def test_labels_that_would_overlap_give_way_to_the_bigger_mark():
    rows = one_day_events(["a", "b", "c", "far"], [("x",), ("x",), ("y",), ("z",)], [0, 0, 1, 60])
    marks, _ = timeline_marks(rows, lang="en")
    shown = dict(zip(marks["event_ids"], marks["label"]))
    assert shown[("a", "b")] == "x ×2" and shown[("c",)] == "" and shown[("far",)] == "z"


def test_labels_are_spread_over_the_axis_the_chart_spans_not_over_the_marks_own_days():
    """The news view's axis is the whole publication window: two marks ten days apart in a window of two
    years stand a few pixels apart, though spread over the plot as if they filled it their labels did not
    meet (on SaudiNewsNet «Yemen ×2», «Lahij» and «Popular Resistance» were written over each other)."""
    rows = one_day_events(["a", "b"], [("x",), ("y",)], [0, 10])
    marks, _ = timeline_marks(rows, lang="en")
    assert list(marks["label"]) == ["x", "y"]
    wide = (pd.Timestamp("2014-01-01"), pd.Timestamp("2016-01-01"))
    marks, _ = timeline_marks(rows, lang="en", x_range=wide)
    assert list(marks["label"]) == ["", "y"]  # the later one kept


def test_a_mark_no_one_is_named_in_is_named_by_its_place():
    """Events that name no actor were labelled with their clause's first words («بشكل عاجل الاتحاد الاوروبي»
    on SaudiNewsNet); where they name a place, the place says more: the town before its country."""
    entities = pd.DataFrame({"entity_id": ["aden", "yemen"], "name_en": ["Aden", "Yemen"], "name_ar": ["عدن", "اليمن"],
                             "type": ["city", "state"], "kind": ["region", "actor"]})  # fmt: skip
    rows = one_day_events(
        ["a", "b", "words"], [(), (), ()], [0, 0, 30], regions=[("yemen", "aden"), ("aden",), ()],
        sentence=["سقطت قذائف أمس على عدن", "قصف أمس في عدن", "وسقطت قذائف أمس على الأحياء السكنية"],
    )  # fmt: skip
    marks, _ = timeline_marks(rows, entities, lang="ar")
    shown = dict(zip(marks["event_ids"], marks["label"]))
    assert shown[("a", "b")] == "عدن ×2" and shown[("words",)] == "وسقطت قذائف"


def test_the_actors_of_the_filter_give_way_to_whom_else_and_where():
    """Filtered on the Houthis, SaudiNewsNet's timeline labelled nearly every mark «Houthis»: every article of
    the selection names them. A mark says whom else its events name, else where, and the Houthis only when
    they are all it names."""
    entities = pd.DataFrame({"entity_id": ["houthis", "saudi_arabia", "taiz"],
                             "name_en": ["Houthis", "Saudi Arabia", "Taiz"], "name_ar": ["الحوثيون", "السعودية", "تعز"],
                             "type": ["armed_group", "state", "city"], "kind": ["actor", "actor", "region"]})  # fmt: skip
    rows = one_day_events(
        ["with", "with2", "where", "alone"],
        [("houthis", "saudi_arabia"), ("houthis", "saudi_arabia"), ("houthis",), ("houthis",)], [0, 0, 20, 40],
        regions=[(), (), ("taiz",), ()],
        sentence=["قصف التحالف بقيادة السعودية أمس مواقع الحوثيين", "وقصفت السعودية أمس مواقع للحوثيين",
                  "قصف الحوثيون أمس أحياء تعز", "وقصف الحوثيون أمس مواقع عدة"],
    )  # fmt: skip
    plain, _ = timeline_marks(rows, entities, lang="en")
    assert set(plain["label"]) == {"Houthis ×2", "Houthis"}  # unfiltered: the most named
    marks, _ = timeline_marks(rows, entities, known_actors=("houthis",), lang="en")
    shown = dict(zip(marks["event_ids"], marks["label"]))
    assert shown == {("with", "with2"): "Saudi Arabia ×2", ("where",): "Taiz", ("alone",): "Houthis"}


@pytest.mark.parametrize(
    ("sentence", "date_text", "words"),
    [
        # the verb and subject before the date, the particles leading into it dropped
        ("وقال مسؤول إن طائرات روسية نفذت يوم الأربعاء ضربات على إدلب", "الأربعاء", "إن طائرات روسية نفذت"),
        # a clause that opens with its date: the words after it
        ("الأربعاء، نفذت طائرات روسية ضربات على إدلب", "الأربعاء", "نفذت طائرات روسية ضربات"),
        # a clause boundary (،) before the date: only its own clause
        ("ووصل الوفد إلى الرياض، ثم عقد اجتماعا أمس", "أمس", "ثم عقد اجتماعا"),
        # another date word in the clause is no label
        ("أعلنت الوزارة الخميس أمس أن", "أمس", "أعلنت الوزارة"),
        # nor a bare tatweel used as a dash
        ("الرياض ـ أعلنت الوزارة أمس", "أمس", "الرياض أعلنت الوزارة"),
    ],
)
def test_clause_words_name_what_happened(sentence, date_text, words):
    assert clause_words(sentence, date_text) == words


def test_the_counts_mark_their_spikes_and_carry_their_days():
    documents = pd.DataFrame(
        {"doc_id": ["d"], "title": ["t"], "source": ["s"], "published": [pd.Timestamp("2015-07-20").date()],
         "n_chars": [1], "n_sentences": [1], "url": [None]}
    )  # fmt: skip
    per_day = {f"2015-07-{d:02d}": 1 for d in range(6, 21)} | {"2015-07-15": 9}
    rows = [(f"e{i}", day) for i, (day, n) in enumerate(per_day.items()) for _ in range(n)]
    events = pd.DataFrame(
        {
            "event_id": [f"{e}:{k}" for k, (e, _) in enumerate(rows)],
            "doc_id": "d", "sentence_idx": 0, "date_text": "أمس",
            "date_start": [pd.Timestamp(d).date() for _, d in rows], "date_end": [pd.Timestamp(d).date() for _, d in rows],
            "precision": "day", "extent": "point", "when": "reported", "actors": [()] * len(rows),
            "regions": [()] * len(rows), "event_type": "bombing", "plover": None, "sentence": "انفجار",
            "start": 0, "end": 3, "resolved": True,
        }
    )  # fmt: skip
    fig = event_counts_chart(events, documents, lang="ar")
    bars = fig.data[0]
    spike = [list(c) for c in bars.customdata].index(["2015-07-15", "2015-07-15"])  # a bar's first and last day
    assert bars.y[spike] == 9 and bars.marker.color[spike] != bars.marker.color[0]
    notes = [strip_bidi(a.text) for a in fig.layout.annotations]
    assert "9 · تفجير أو اعتداء" in notes  # the spike's count and type
    assert any(s.type == "line" and s.y0 == s.y1 for s in fig.layout.shapes)  # mean + 2 sd
    timeline = event_timeline(events, documents, lang="ar")
    assert fig.layout.xaxis.range == timeline.layout.xaxis.range  # the two charts share their dates
    english = event_counts_chart(events, documents)
    assert tuple(english.layout.xaxis.range) == tuple(reversed(fig.layout.xaxis.range))  # Arabic: from the right


def test_empty_views_say_so(news):
    undated = news["documents"].assign(published=None)
    for fig in (event_timeline(news["events"], undated), event_counts_chart(news["events"], undated)):
        assert fig.to_dict()["data"] == []
        assert "No reported or scheduled events" in fig.layout.annotations[0].text
    no_history = news["events"][news["events"]["when"] != "history"]
    no_history = no_history[no_history["when"] != "target"]
    fig = event_timeline(no_history, news["documents"], view="background", lang="ar")
    assert strip_bidi(fig.layout.annotations[0].text) == "لا خلفية تاريخية ولا سنوات خطط في هذا الاختيار"


def test_no_presentation_forms_and_every_label_right_to_left(news):
    for view in ("news", "background"):
        for lanes in ("event_type", "actor"):
            fig = event_timeline(news["events"], news["documents"], news["entities"], view=view, lanes=lanes, lang="ar")
            assert not PRESENTATION_FORMS.search(figure_json(fig))
            arabic = [t for t in labels(fig) if any("\u0600" <= ch <= "\u06ff" for ch in t)]
            assert arabic, (view, lanes)
            raw = [t for tr in fig.to_dict()["data"] for t in tr.get("text", []) or [] if t]
            assert all(t.startswith(RLE) for t in raw if any("\u0600" <= ch <= "\u06ff" for ch in t))


def _view(news, view):
    from analysis.aggregate.timeline import view_events

    return view_events(news["events"], news["documents"], view)


def test_dates_stay_left_to_right_in_arabic_hovers(news):
    """After an Arabic key the bidi algorithm reads 2015-08-10 as three Arabic numbers and shows
    10-08-2015: dates are embedded left to right (LRE…PDF) in the Arabic charts."""
    fig = event_timeline(news["events"], news["documents"], news["entities"], lang="ar")
    hovers = [h for tr in fig.data if tr.hovertext is not None for h in tr.hovertext]
    assert any("\u202a2015-08-10\u202c" in h for h in hovers)
    # الأسبوع الماضي: each date left to right, the range right to left (the first date at the right)
    assert any("\u202b\u202a2015-07-13\u202c – \u202a2015-07-19\u202c\u202c" in h for h in hovers)
    english = event_timeline(news["events"], news["documents"], news["entities"])
    assert not any("\u202a" in h for tr in english.data if tr.hovertext is not None for h in tr.hovertext)
    counts = event_counts_chart(news["events"], news["documents"], lang="ar")
    assert "\u202a2015-08-10\u202c" in " ".join(counts.data[0].hovertext)


def test_a_small_timeline_keeps_the_busiest_lanes_and_says_so(news):
    fig = event_timeline(news["events"], news["documents"], news["entities"], top_lanes=2)  # the Overview's
    assert [strip_bidi(t).split(" · ")[0] for t in fig.layout.yaxis.ticktext] == [
        "Strike / fighting", "Casualties",
    ]  # fmt: skip
    assert drawn_ids(fig) == {"d2:3", "d2:4", "d1:4"}
    assert any("2 events of other types not shown" in a.text for a in fig.layout.annotations)


def test_the_timelines_notes_count_in_arabic_as_arabic_counts():
    """The 31k timeline read "15 حدث ... غير معروض" (a bare number and the wrong form of the noun)."""
    from analysis.viz.events import _capped_message, _no_actor_message, _no_type_message

    assert _capped_message(3000, 30112, 34335, "ar").startswith("أكبر 3,000 علامة تضم 30,112 من 34,335 حدثًا")
    assert _no_type_message(15, "ar") == "لم يُعرض 15 حدثًا من أنواع أخرى"
    assert _no_type_message(2, "ar") == "لم يُعرض حدثان من أنواع أخرى"
    assert _no_actor_message(1, "en") == "1 event naming none of these actors not shown"


def test_a_name_few_of_a_marks_events_give_does_not_label_it():
    """On SaudiNewsNet the 411 statements of 10 August, most of them the Saudi Press Agency's (an agency names
    no mark), were labelled «Germany ×411»: 22 of them named Germany. A name labels a mark when a quarter of its
    events give it; else the mark says its size alone."""
    entities = pd.DataFrame({"entity_id": ["spa", "germany", "kuwait"], "name_en": ["SPA", "Germany", "Kuwait"],
                             "name_ar": ["واس", "ألمانيا", "الكويت"], "type": ["agency", "state", "state"],
                             "kind": ["actor", "actor", "actor"]})  # fmt: skip
    n = 8

    def rows(actors: list[tuple]) -> pd.DataFrame:
        ids = [f"e{i}" for i in range(n)]
        return one_day_events(ids, actors, regions=[()] * n, sentence="صرح مصدر مسؤول اليوم", event_type="statement",
                              date_text="اليوم")  # fmt: skip

    one_in_eight = [("spa", "germany")] + [("spa",)] * (n - 1)
    marks, _ = timeline_marks(rows(one_in_eight), entities, lang="en")
    assert list(marks["label"]) == ["×8"]
    two_in_eight = [("spa", "germany"), ("spa", "germany")] + [("spa",)] * (n - 2)
    marks, _ = timeline_marks(rows(two_in_eight), entities, lang="en")
    assert list(marks["label"]) == ["Germany ×8"]
