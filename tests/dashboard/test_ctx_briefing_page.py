"""Briefings kept by name in the article store (issue 12): a colleague's session opens the same
pack from the link, each chart is built from the corpus it was added on even when another is
open, an item whose corpus is gone is named and left out, a name already taken is refused."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from app_runs import start

import analysis.briefing.pack as pack_module
from analysis.briefing import PackItem
from analysis.briefing.stored import add_item
from analysis.store.briefings import Briefings
from analysis.store.database import Store

ROOT = Path(__file__).resolve().parents[2]
NAME = "إحاطة إدلب"


@pytest.fixture(autouse=True)
def seed_corpus(monkeypatch):
    monkeypatch.setenv("ARABIC_NEWS_CORPUS", str(ROOT / "seeds"))


@pytest.fixture
def exported(monkeypatch):
    """The provenance footer of every chart the built PDF prints (no Chromium: exports are skipped
    and the PDF's sections recorded)."""
    footers = []
    monkeypatch.setattr(pack_module, "export_figure", lambda *a, **k: b"")
    monkeypatch.setattr(
        pack_module,
        "pack_pdf",
        lambda title, notes, sections, **k: footers.extend(s.provenance for s in sections) or b"%PDF",
    )
    monkeypatch.setattr(pack_module, "pack_pptx", lambda *a, **k: b"PK")
    return footers


def button(at, key: str):
    return next(b for b in at.button if b.key == key)


def text(at) -> str:
    return re.sub(r"\\(.)", r"\1", "\n".join(str(e.value) for e in [*at.markdown, *at.warning, *at.error]))


def test_a_chart_goes_into_a_named_briefing_that_a_colleagues_session_opens(fresh_store):
    at = start(actors="lavrov")
    button(at, "ov_actors__brief").click().run()
    name = at.session_state["brief"]
    assert name.startswith("Briefing ") and at.query_params["brief"] == name

    colleague = start("briefing", brief=name)  # a new session, as from the link
    assert colleague.session_state["brief"] == name
    assert colleague.selectbox(key="brief_pick").value == name
    listed = text(colleague)
    assert "Most mentioned actors" in listed and "Sergey Lavrov" in listed and "Corpus: \u2068seeds\u2069" in listed
    assert [e.value for e in colleague.warning] == []


def test_a_link_to_a_briefing_that_is_not_there_says_so(fresh_store):
    at = start(brief="لا وجود لها")
    assert "Briefing \u2068لا وجود لها\u2069: not found, left out" in text(at)
    assert "brief" not in at.query_params


def test_each_chart_is_built_from_its_own_corpus_when_another_is_open(fresh_store, exported):
    at = start()
    button(at, "ov_actors__brief").click().run()  # on the seeds folder, the corpus given by path
    at.selectbox(key="corpus").set_value("seed").run()  # the store's seed corpus
    at.multiselect(key="f_actors").set_value(["lavrov"]).run()
    button(at, "ov_actors__brief").click().run()
    at.switch_page("views/briefing.py").run()
    assert "Corpus: \u2068seeds\u2069" in text(at) and "Corpus: \u2068seed\u2069" in text(at)
    button(at, "brief_build").click().run(timeout=120)
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert [(f.corpus, f.n_articles) for f in exported] == [("seeds", 5), ("seed", 3)]  # Lavrov: 3 of 5


def test_an_item_whose_corpus_is_gone_is_named_and_left_out(fresh_store, exported):
    at = start()
    store = Briefings(Store())
    store.create(NAME)
    add_item(store, NAME, PackItem("top_actors", corpus="مدونة محذوفة"))
    add_item(store, NAME, PackItem("top_regions", corpus="seed"))
    at.switch_page("views/briefing.py").run()
    at.selectbox(key="brief_pick").set_value(NAME).run()
    assert "Corpus \u2068مدونة محذوفة\u2069 is not in this dashboard: this chart is left out" in text(at)
    button(at, "brief_build").click().run(timeout=120)
    assert [f.corpus for f in exported] == ["seed"]
    assert len(store.get(NAME).items) == 2  # nothing removed from the store


def test_a_name_already_taken_is_refused_and_the_open_briefing_stays(fresh_store):
    at = start("briefing")
    at.text_input(key="brief_new_name").set_value(NAME)
    button(at, "brief_create").click().run()
    assert at.session_state["brief"] == NAME
    at.text_input(key="brief_title_input").set_value("روسيا وتركيا").run()
    at.text_input(key="brief_new_name").set_value(NAME)
    button(at, "brief_create").click().run()
    assert f"A briefing named '{NAME}' already exists" in text(at)
    assert at.session_state["brief"] == NAME
    assert Briefings(Store()).get(NAME).title == "روسيا وتركيا"  # the title is kept in the store


def test_a_damaged_item_is_shown_with_its_reason_and_can_be_removed(fresh_store):
    at = start()
    store = Briefings(Store())
    store.create(NAME)
    bad = store.add(NAME, {"chart": "pie_of_everything"})
    at.switch_page("views/briefing.py").run()
    at.selectbox(key="brief_pick").set_value(NAME).run()
    assert f"Item {bad} of this briefing cannot be read (unknown chart 'pie_of_everything')" in text(at)
    button(at, f"brief_remove_damaged_{bad}").click().run()
    assert store.get(NAME).items == []


def submit(at, label: str) -> None:
    next(b for b in at.button if b.label == label).click().run()


@pytest.fixture
def one_chart_briefing(fresh_store):
    """The briefing ``NAME`` with one chart, in the store, and a session with it open (from its link)."""
    store = Briefings(Store())
    store.create(NAME)
    add_item(store, NAME, PackItem("top_actors", corpus="seed"))
    return store, start("briefing", brief=NAME)


def test_the_open_briefing_can_be_renamed_and_the_link_follows(one_chart_briefing):
    store, at = one_chart_briefing
    at.text_input(key="brief_rename_to").set_value("إحاطة الاثنين")
    submit(at, "Rename")
    assert "Renamed “\u2068إحاطة إدلب\u2069” to “\u2068إحاطة الاثنين\u2069”" in "\n".join(s.value for s in at.success)
    assert at.session_state["brief"] == "إحاطة الاثنين" and at.query_params["brief"] == "إحاطة الاثنين"
    assert store.names() == ["إحاطة الاثنين"] and len(store.get("إحاطة الاثنين").items) == 1  # its chart moved with it

    store.create("أخرى")
    at.text_input(key="brief_rename_to").set_value("أخرى")
    submit(at, "Rename")
    assert "A briefing named 'أخرى' already exists" in text(at)
    assert at.session_state["brief"] == "إحاطة الاثنين"


def test_deleting_a_briefing_needs_its_name_typed_again(one_chart_briefing):
    store, at = one_chart_briefing
    at.text_input(key="brief_delete_confirm").set_value("إحاطة")
    submit(at, "Delete the briefing")
    assert "Nothing deleted: type the name “\u2068إحاطة إدلب\u2069” exactly" in text(at)
    assert store.names() == [NAME]

    at.text_input(key="brief_delete_confirm").set_value(NAME)
    submit(at, "Delete the briefing")
    assert "Deleted the briefing “\u2068إحاطة إدلب\u2069” (charts: 1)." in "\n".join(s.value for s in at.success)
    assert store.names() == [] and at.session_state["brief"] is None and "brief" not in at.query_params
