"""From a click (or a key) to the evidence: what the on_select callbacks read from a Plotly
selection (:mod:`dashboard.picks`), and the pages drawing the sentences of what they picked.

AppTest cannot click a Plotly chart (the clicks are driven in
``tests/browser/test_evidence_clicks.py``): here the selection events are given in the shape
Streamlit stores them, and the pages are given the state the callbacks set (``ev_a``/``ev_b`` and
the chart last clicked, ``ac_ev_from``; ``ov_pick``) or the keyboard's cell pickers.
The Arabic evidence is read in the browser test (AppTest formats a chosen option outside the
run, in English, and cannot serialise a select box of the Arabic interface). Seeds by hand: Russia and Turkey are named together in sentences of all five articles; Idlib in
001, 002 and 003.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from app_runs import start

from dashboard.picks import picked_key, picked_node_or_edge, picked_pair, selected_points

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def seed_corpus(monkeypatch):
    monkeypatch.setenv("ARABIC_NEWS_CORPUS", str(ROOT / "seeds"))


def event(*customdata) -> dict:
    """A selection event as ``st.session_state[chart_key]`` holds it after a click."""
    return {
        "selection": {
            "points": [{"curve_number": 1, "point_number": 0, "point_index": 0, "x": "x", "y": "y", "customdata": c}
                       for c in customdata],
            "point_indices": [0], "box": [], "lasso": [],
        }
    }  # fmt: skip


@pytest.mark.parametrize(
    ("selection", "pair", "key", "node_or_edge"),
    [
        # a co-mention cell's target: [row, column, hover names]
        (
            event(["russia", "turkey", "Russia · روسيا", "Turkey · تركيا"]),
            ("russia", "turkey"),
            "Turkey · تركيا",
            ("russia", "turkey"),
        ),
        # an actors × regions cell: [actor, region, …]
        (event(["turkey", "idlib", "Turkey", "Idlib"]), ("turkey", "idlib"), "Idlib", ("turkey", "idlib")),
        # a network edge's midpoint: [u, v]
        (event(["russia", "sdf"]), ("russia", "sdf"), "sdf", ("russia", "sdf")),
        # a network node or a top-entities bar: the entity id
        (event("sdf"), None, "sdf", ("sdf", None)),
        # a theme's term bar: [theme_id, term]
        (event([3, "وقف إطلاق النار"]), ("3", "وقف إطلاق النار"), "وقف إطلاق النار", ("3", "وقف إطلاق النار")),
        # nothing selected (a double click clears the selection), or no event yet
        (event(), None, None, None),
        (None, None, None, None),
        ({"selection": {"points": None}}, None, None, None),
    ],
)
def test_what_a_click_picked(selection, pair, key, node_or_edge):
    assert picked_pair(selection) == pair
    assert picked_key(selection) == key
    if node_or_edge is not None or key is None:
        assert picked_node_or_edge(selection) == node_or_edge
    assert len(selected_points(selection)) == (0 if key is None else 1)


def evidence_blocks(at) -> list[str]:
    return [str(h.value) for h in at.html if 'class="rtl-text evidence"' in str(h.value)]


def test_the_keyboard_picks_a_cell_and_reads_its_pair():
    at = start("actors")
    picker = at.selectbox(key="ac_cell")
    assert picker.value is None and picker.options[0].startswith("Russia · روسيا — Turkey · تركيا (")
    picker.set_value("russia|turkey").run()
    assert not at.exception
    assert (at.session_state["ev_a"], at.session_state["ev_b"]) == ("russia", "turkey")
    body = evidence_blocks(at)[0]
    assert 'hl-pair_a" title="Russia · روسيا"' in body and 'hl-pair_b" title="Turkey · تركيا"' in body
    key = "\n".join(str(h.value) for h in at.html if "evidence-summary" in str(h.value))
    assert "Places:" in key and "Idlib" in key and "Dates:" in key


def test_a_clicked_cell_shows_in_the_picker_whichever_its_triangle():
    at = start("actors")
    at.session_state["ev_a"], at.session_state["ev_b"] = "turkey", "russia"  # the lower triangle's cell
    at.run()
    assert at.selectbox(key="ac_cell").value == "russia|turkey"
    assert at.selectbox(key="ac_region_cell").value is None


def test_an_actor_and_a_region_read_in_articles_under_their_matrix():
    at = start("actors")
    at.session_state["ev_a"], at.session_state["ev_b"], at.session_state["ac_ev_from"] = "turkey", "idlib", "regions"
    at.run()
    assert not at.exception
    assert at.selectbox(key="ac_region_cell").value == "turkey|idlib"
    assert any(c.value == "Mentioned together in 3 windows (window: article)" for c in at.caption), [
        c.value for c in at.caption
    ]
    body = "".join(evidence_blocks(at))
    assert 'hl-pair_b" title="Idlib · إدلب"' in body
    assert 'hl-place"' in body or "No other place named." in "".join(str(h.value) for h in at.html)


def test_a_network_node_reads_one_actor():
    at = start("actors")
    at.session_state["ev_a"], at.session_state["ev_b"], at.session_state["ac_ev_from"] = "sdf", "", "network"
    at.run()
    assert not at.exception
    blocks = evidence_blocks(at)
    assert blocks and all('hl-pair_a" title="Syrian Democratic Forces' in b for b in blocks)
    assert not any("hl-pair_b" in b for b in blocks)
    assert any(c.value.startswith("Mentioned in ") for c in at.caption)


def test_a_top_region_bar_reads_its_sentences_on_the_overview():
    at = start()
    picker = at.selectbox(key="ov_pick")
    assert picker.value is None and {"Idlib · إدلب", "Russia · روسيا"} <= set(picker.options)
    picker.set_value("idlib").run()
    assert not at.exception
    blocks = evidence_blocks(at)
    assert blocks and all('hl-pair_a" title="Idlib · إدلب"' in b for b in blocks)
    at.button(key="ov_pick_clear").click().run()
    assert at.selectbox(key="ov_pick").value is None and not evidence_blocks(at)


def test_a_source_bar_lists_its_articles():
    at = start()
    picker = at.selectbox(key="ov_source")
    assert picker.value is None and "ترك برس" in picker.options
    picker.set_value("ترك برس").run()
    assert not at.exception
    assert any(c.value == "Articles: 1" for c in at.caption)
    listing = next(str(h.value) for h in at.html if "source-articles" in str(h.value))
    assert listing.count("<li>") == 1 and "doc=001_1a97961f7f7f0c07" in listing and "2020-02-05" in listing
    at.selectbox(key="ov_source").set_value("(no source)").run()  # the bar of the four without one
    listing = next(str(h.value) for h in at.html if "source-articles" in str(h.value))
    assert listing.count("<li>") == 4 and "doc=001_1a97961f7f7f0c07" not in listing
