"""A followed link: what it asks for, and every value the view cannot honour, named (issue 12:
"a link with an unknown actor or an out-of-range date is corrected without a word")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from dashboard.links import Dropped, choice, date_span, list_values, read_corpus, read_filters

FIRST, LAST = dt.date(2018, 12, 29), dt.date(2020, 12, 30)


@dataclass
class Options:  # the fields of dashboard.data.Options that a link reads
    actors: tuple = ("russia", "turkey", "lavrov")
    regions: tuple = ("idlib", "syria")
    sources: tuple = ("ترك برس", "Reuters, Beirut")
    types: tuple = ("strike", "talks")
    date_min: dt.date | None = FIRST
    date_max: dt.date | None = LAST
    more_actors: tuple = ()  # the corpus' rare discovered entities, which the lists do not offer
    more_regions: tuple = ()


@pytest.mark.parametrize(
    ("raw", "picked", "unknown"),
    [
        (["russia,turkey"], ["russia", "turkey"], []),
        (["russia", "turkey"], ["russia", "turkey"], []),  # repeated parameters, as Streamlit's binding writes
        (["russia,putin_2,turkey"], ["russia", "turkey"], ["putin_2"]),
        (["russia,russia"], ["russia"], []),
        (["بوتين"], [], ["بوتين"]),  # an Arabic name is no actor id
    ],
)
def test_a_list_keeps_what_the_corpus_has_and_names_the_rest(raw, picked, unknown):
    values, dropped = list_values(raw, Options.actors, "actors")
    assert values == picked
    assert dropped == [Dropped("actors", u, "unknown") for u in unknown]


def test_a_source_with_a_comma_is_one_source():
    assert list_values(["Reuters, Beirut"], Options.sources, "sources") == (["Reuters, Beirut"], [])


@pytest.mark.parametrize(
    ("raw_from", "raw_to", "span", "dropped"),
    [
        ("2019-01-01", "2020-06-30", (dt.date(2019, 1, 1), dt.date(2020, 6, 30)), []),
        # beyond the span on its own side: the whole span, as the link meant (the README's to=2020-12-31)
        ("2000-01-01", "2020-12-31", (FIRST, LAST), []),
        ("2019-13-01", None, (FIRST, LAST), [Dropped("from", "2019-13-01", "malformed")]),
        ("أمس", "2020-06-30", (FIRST, dt.date(2020, 6, 30)), [Dropped("from", "أمس", "malformed")]),
        ("2030-01-01", None, (LAST, LAST), [Dropped("from", "2030-01-01", "after_end", "2020-12-30")]),
        (None, "1990-05-01", (FIRST, FIRST), [Dropped("to", "1990-05-01", "before_start", "2018-12-29")]),
        (
            "2020-06-30", "2019-01-01", (dt.date(2019, 1, 1), dt.date(2020, 6, 30)),
            [Dropped("from", "2020-06-30", "swapped", "2019-01-01")],
        ),
    ],
)  # fmt: skip
def test_dates_outside_the_corpus_or_malformed_are_reported(raw_from, raw_to, span, dropped):
    assert date_span(raw_from, raw_to, FIRST, LAST) == (span, dropped)


def test_a_page_choice_outside_its_values_is_reported():
    assert choice("background", ("news", "background"), "view") == ("background", None)
    assert choice("gantt", ("news", "background"), "view") == (None, Dropped("view", "gantt", "unknown"))
    assert choice(None, ("news", "background"), "view") == (None, None)
    assert choice("وقف إطلاق النار", None, "kwic") == ("وقف إطلاق النار", None)  # a query: any text


def test_an_unknown_corpus_opens_the_default_and_says_so():
    assert read_corpus("محلي", ["seed", "محلي"], "seed") == ("محلي", None)
    assert read_corpus("deleted", ["seed"], "seed") == ("seed", Dropped("corpus", "deleted", "unknown", "seed"))
    assert read_corpus(None, ["seed"], "seed") == ("seed", None)


def test_a_whole_link_gives_the_sidebar_and_everything_it_dropped():
    params = {
        "actors": ["russia,atlantis_army"], "regions": ["idlib,atlantis"], "mode": ["every"], "lang": ["fr"],
        "from": ["2019-02-30"], "to": ["2020-06-30"], "types": ["strike"],
    }  # fmt: skip
    link = read_filters(params, Options())
    assert link.values == {
        "f_actors": ["russia"], "f_regions": ["idlib"], "f_sources": [], "f_types": ["strike"],
        "f_mode": "any", "lang": "en", "f_dates": (FIRST, dt.date(2020, 6, 30)),
    }  # fmt: skip
    assert link.dropped == [
        Dropped("actors", "atlantis_army", "unknown"),
        Dropped("regions", "atlantis", "unknown"),
        Dropped("mode", "every", "unknown"),
        Dropped("lang", "fr", "unknown"),
        Dropped("from", "2019-02-30", "malformed"),  # no 30 February
    ]


def test_dates_on_a_corpus_without_dates_are_reported():
    link = read_filters({"from": ["2019-01-01"]}, Options(date_min=None, date_max=None))
    assert "f_dates" not in link.values
    assert link.dropped == [Dropped("from", "2019-01-01", "unknown")]


def test_a_link_may_name_a_rare_discovered_entity_the_lists_do_not_offer():
    # جامعة سابانجي, discovered in two articles of 31,000: not in the actor filter's list, still in the corpus
    options = Options(more_actors=("disc:jam_h_sabanjy",))
    link = read_filters({"actors": ["russia,disc:jam_h_sabanjy,disc:atlantis"]}, options)
    assert link.values["f_actors"] == ["russia", "disc:jam_h_sabanjy"]
    assert link.dropped == [Dropped("actors", "disc:atlantis", "unknown")]
