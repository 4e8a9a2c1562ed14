"""The region filter offers the places above the mentioned ones, with their path, and keeps the
articles that name any place below the chosen one."""

from __future__ import annotations

from app_runs import start


def region_box(at):
    return next(m for m in at.multiselect if m.key == "f_regions")


def test_each_place_shows_the_places_above_it():
    options = region_box(start()).options
    assert "Idlib › North-west Syria › Northern Syria › Syria" in options
    assert "Moscow › Russia" in options  # a capital read as the city, in its state
    arabic = region_box(start(lang="ar")).options
    assert "إدلب › شمال غرب سوريا › شمال سوريا › سوريا" in arabic


def selection_line(at) -> str:
    return "\n".join(str(h.value) for h in at.html if "selection-line" in str(h.value))


def test_choosing_a_region_keeps_the_articles_on_the_places_inside_it():
    # north-west Syria is named in 003 only; Idlib (001, 002, 003) lies inside it
    at = start()
    region_box(at).select("northwest_syria").run()
    assert not at.exception
    assert "Selection: 3 of 5 articles" in selection_line(at)  # without the places inside: 1
