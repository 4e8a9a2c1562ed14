"""The dashboard run headless with streamlit.testing.v1.AppTest: every page, every filter,
the empty selection, the Arabic interface, the reset button, and the URL round trip.

Expected numbers are worked out by hand from ``seeds/metadata.csv`` and ``seeds/*.txt`` (not by
the filter function under test), so a wrong filter fails here. The five seed articles:

    article  published   source    names Russia  Idlib  the SDF      NATO
                                   and Turkey           (قسد, قوات…)  (الناتو, حلف شمال الأطلسي)
    000      2020-12-30  -         yes           no     yes          yes
    001      2020-02-05  ترك برس   yes           yes    no           yes
    002      2018-12-29  -         yes           yes    no           no
    003      2019-03-14  -         yes           yes    no           yes
    004      2020-12-30  -         yes           no     yes          yes

(002 names Kurdish forces, القوات الكردية, a separate actor from the SDF.)
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from app_runs import start
from streamlit.testing.v1 import AppTest

from analysis.text.plurals import count_phrase

ROOT = Path(__file__).resolve().parents[2]
SEEDS = str(ROOT / "seeds")
HOSTILE = str(ROOT / "tests" / "fixtures" / "hostile_corpus")
PAGES = {
    "overview": ("Overview", "نظرة عامة"),
    "themes": ("Themes", "المواضيع"),
    "actors": ("Actors", "الفاعلون"),
    "map": ("Map", "الخريطة"),
    "timeline": ("Timeline", "الخط الزمني"),
    "compare": ("Compare", "مقارنة"),
    "articles": ("Articles", "المقالات"),
    "search": ("Search", "البحث"),
    "gazetteer": ("Gazetteer", "المعجم الجغرافي"),
    "briefing": ("Briefing", "الإحاطة"),
}
SELECTION_RE = re.compile(r"Selection: (\d+) of (\d+) articles? · (\d+) sentences? · (\d+) events?")


@pytest.fixture(autouse=True)
def seed_corpus(monkeypatch):
    monkeypatch.setenv("ARABIC_NEWS_CORPUS", SEEDS)


def html_text(at: AppTest) -> str:
    """The page's HTML blocks, less the app's own script that sets ``lang``/``dir`` on the
    document (the one block allowed a ``<script>``, and its text is fixed: no data enters it)."""
    from dashboard.markup import document_direction

    own = {document_direction("en"), document_direction("ar")}
    return "\n".join(str(h.value) for h in at.html if str(h.value) not in own)


def selection(at: AppTest) -> tuple[int, int, int, int]:
    """(articles, all articles, sentences, events) from the selection line."""
    match = SELECTION_RE.search(html_text(at))
    assert match, "no selection line"
    return tuple(int(g) for g in match.groups())


def titles(at: AppTest) -> list[str]:
    return [t.value for t in at.title]


# --- every page ---------------------------------------------------------------------------


@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_runs(page):
    at = start(page)
    assert titles(at) == [PAGES[page][0]]
    assert selection(at)[:2] == (5, 5)


@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_with_every_filter_set(page):
    at = start(page)
    at.multiselect(key="f_actors").set_value(["russia", "turkey"])
    at.radio(key="f_mode").set_value("all")
    at.multiselect(key="f_regions").set_value(["idlib"])
    at.date_input(key="f_dates").set_value((dt.date(2019, 1, 1), dt.date(2020, 6, 30)))
    at.multiselect(key="f_types").set_value(["strike", "talks"])
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    # Idlib: 001, 002, 003 (all three name Russia and Turkey); published in the range: 001, 003.
    # Event types narrow the events, not the articles.
    assert selection(at)[0] == 2
    assert titles(at) == [PAGES[page][0]]


# --- each filter changes the selection ------------------------------------------------------


def test_actor_filter_changes_the_counts():
    at = start()
    before = selection(at)
    at.multiselect(key="f_actors").set_value(["sdf"]).run()
    after = selection(at)
    assert before[0] == 5 and after[0] == 2  # the SDF: 000 and 004
    assert after[2] < before[2]  # fewer sentences too


def test_any_versus_all():
    at = start()
    at.multiselect(key="f_actors").set_value(["sdf", "nato"]).run()
    any_count = selection(at)[0]
    at.radio(key="f_mode").set_value("all").run()
    all_count = selection(at)[0]
    assert any_count == 4  # the SDF (000, 004) or NATO (000, 001, 003, 004)
    assert all_count == 2  # both: 000 and 004


def test_region_filter():
    at = start()
    at.multiselect(key="f_regions").set_value(["idlib"]).run()
    assert selection(at)[0] == 3  # 001, 002, 003


def test_date_filter():
    at = start()
    at.date_input(key="f_dates").set_value((dt.date(2020, 1, 1), dt.date(2020, 12, 30))).run()
    assert selection(at)[0] == 3  # 000, 001, 004 (2020-12-30 is the corpus' last day: no upper bound)
    assert at.query_params["from"] == "2020-01-01" and "to" not in at.query_params


def test_source_filter():
    at = start()
    at.multiselect(key="f_sources").set_value(["ترك برس"]).run()
    assert selection(at)[0] == 1  # 001, the only article with a source


def test_event_type_filter_keeps_articles_and_narrows_events():
    at = start("timeline")
    before = selection(at)
    assert len(set(at.dataframe[0].value["event_type"])) > 1
    at.multiselect(key="f_types").set_value(["strike"]).run()
    after = selection(at)
    events = at.dataframe[0].value
    assert after[0] == before[0] == 5  # types narrow the events, never the articles
    assert set(events["event_type"]) == {"Strike / fighting"}
    # The dated sentences reporting strikes or shelling: five in 003 (منذ سبتمبر الماضي, هذا
    # الأسبوع, السبت and two on الأربعاء; the third الأربعاء dates the saying in "وقال معارضون …
    # الأربعاء إن القوات … قصفت", a statement), one in 000 (العام 2019 … حينما … استهدفت), one in 001
    # (يوم الاثنين … قصف مدفعي). The timeline opens on the news: منذ سبتمبر الماضي and العام 2019
    # are background (history), listed once the view is switched.
    assert after[3] == 7 and len(events) == 5
    assert "نفذت طائرات روسية الأربعاء ضربات على إدلب" in " ".join(events["sentence"])
    at.segmented_control(key="tl_view").set_value("background").run()
    assert set(at.dataframe[0].value["date_text"]) == {"منذ سبتمبر الماضي", "العام 2019"}


# --- empty selection -----------------------------------------------------------------------


@pytest.mark.parametrize("page", list(PAGES))
def test_empty_selection_is_a_friendly_state(page):
    at = start(page)
    at.multiselect(key="f_sources").set_value(["ترك برس"])
    at.date_input(key="f_dates").set_value((dt.date(2020, 12, 1), dt.date(2020, 12, 30)))
    at.run()
    assert not at.exception and not at.error
    assert selection(at)[0] == 0
    # The gazetteer lists every entity (with zero mentions); the briefing pack holds charts
    # with the filters they were added with, not the selection of the moment.
    if page not in ("gazetteer", "briefing"):
        assert any("Nothing matches these filters" in i.value for i in at.info)


# --- language, reset, URL -------------------------------------------------------------------


@pytest.mark.parametrize("page", list(PAGES))
def test_arabic_interface(page):
    at = start(page)
    at.radio(key="lang").set_value("ar").run()
    assert not at.exception
    assert titles(at) == [PAGES[page][1]]
    assert "الاختيار:" in html_text(at)
    assert at.query_params["lang"] == "ar"
    assert at.multiselect(key="f_actors").label == "الفاعلون"


def test_the_filters_say_where_a_state_is_chosen():
    """States are actors (a state's actor filter keeps the articles on the places inside it): an analyst who
    looks for Yemen under Regions finds nothing there, so both filters' help says where it is."""
    at = start("overview")
    assert "Aden" in at.multiselect(key="f_actors").help and "Actors" in at.multiselect(key="f_regions").help
    at.radio(key="lang").set_value("ar").run()
    assert "عدن" in at.multiselect(key="f_actors").help and "الفاعلين" in at.multiselect(key="f_regions").help


def test_the_filters_name_the_states_held_as_places():
    """Syria is a place of the gazetteer (its government, the Syrian regime, is the actor), unlike
    Russia and Turkey: on the seeds it is under Regions, and both helps name it, in each language,
    with Libya and Ukraine, held the same way and named by the seeds."""
    at = start("overview")
    assert "Syria · سوريا" in at.multiselect(key="f_regions").options
    assert "Russia · روسيا" in at.multiselect(key="f_actors").options
    assert not any(o.startswith("Syria ·") for o in at.multiselect(key="f_actors").options)
    assert "except Syria, Libya, Ukraine:" in at.multiselect(key="f_actors").help, at.multiselect(key="f_actors").help
    assert "Syria" in at.multiselect(key="f_regions").help.split("Actors;")[1]
    at.radio(key="lang").set_value("ar").run()
    assert "عدا سوريا" in at.multiselect(key="f_actors").help, at.multiselect(key="f_actors").help
    assert "أما سوريا" in at.multiselect(key="f_regions").help


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_table_column_has_a_header_in_the_interface_language(lang):
    from dashboard.i18n import catalogue

    seen = 0
    for page in [*PAGES, "corpora"]:
        at = start(page)
        at.radio(key="lang").set_value(lang).run()
        for frame in at.dataframe:
            config = json.loads(frame.proto.columns or "{}")
            for column in frame.value.columns:
                header = config.get(column, {}).get("label")
                assert header, f"{page}: column {column!r} has no header label"
                assert header == catalogue()[f"col_{column}"][lang], (page, column)
                seen += 1
    assert seen > 20  # the articles, events, gazetteer and alias tables


def test_tables_run_right_to_left_in_the_arabic_interface():
    at = start("articles")
    english = list(at.dataframe[0].proto.column_order) or list(at.dataframe[0].value.columns)
    at.radio(key="lang").set_value("ar").run()
    arabic = list(at.dataframe[0].proto.column_order)
    assert english[0] == "title" and arabic == english[::-1]  # the title at the right-hand end
    at = start("timeline")
    at.radio(key="lang").set_value("ar").run()
    events = at.dataframe[0]
    # wider than the page too: the sentence at the right-hand end, where the grid opens in Arabic
    # (the browser test checks that it opens there)
    assert len(events.value.columns) > 9 and list(events.proto.column_order)[-1] == "sentence"


def test_a_label_defined_twice_is_refused_with_its_line(tmp_path):
    from dashboard.i18n import load_catalogue

    labels = tmp_path / "labels.yaml"
    labels.write_text("a: {en: one}\nb: {en: two}\na: {en: three}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"labels.yaml: line 3: 'a' is defined twice"):
        load_catalogue(labels)


def test_a_label_cut_by_an_unquoted_comma_is_refused(tmp_path):
    """`{en: per 10,000 A}` is YAML for the text "per 10" and a key "000 A": the Compare table's
    per-10,000 columns were headed "per 10" on both sides."""
    from dashboard.i18n import load_catalogue

    labels = tmp_path / "labels.yaml"
    labels.write_text("col: {en: per 10,000 A, ar: لكل 10,000 (أ)}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"labels.yaml: entry 'col' has '000 A': None.*quote a text"):
        load_catalogue(labels)
    labels.write_text('col: {en: "per 10,000 A", ar: "لكل 10,000 (أ)"}\n', encoding="utf-8")
    assert load_catalogue(labels)["col"] == {"en": "per 10,000 A", "ar": "لكل 10,000 (أ)"}


def test_every_date_precision_is_named_in_both_languages():
    from analysis.extract.dates import PRECISIONS
    from dashboard.i18n import catalogue

    for precision in PRECISIONS:
        entry = catalogue()[f"precision_{precision}"]
        assert entry["en"] and entry["ar"], precision


def test_the_gazetteer_names_kinds_types_and_alias_kinds_in_arabic():
    from analysis.extract.gazetteer import ALIAS_KINDS
    from dashboard.i18n import catalogue

    assert all(f"aliaskind_{k}" in catalogue() for k in ALIAS_KINDS)
    at = start("gazetteer")
    at.radio(key="lang").set_value("ar").run()
    entities, aliases = at.dataframe[0].value, at.dataframe[1].value
    assert set(entities["kind"]) == {"فاعل", "منطقة"}
    assert "دولة" in set(entities["type"]) and "state" not in set(entities["type"])
    assert set(aliases["alias_kind"]) <= {"اسم", "اسم بديل", "صفة", "كناية"}


def test_the_events_table_names_precisions_in_arabic():
    at = start("timeline", view="background")
    at.radio(key="lang").set_value("ar").run()
    precisions = set(at.dataframe[0].value["precision"])
    assert precisions <= {"يوم", "أسبوع", "جزء من شهر", "شهر", "جزء من سنة", "سنة"}
    assert {"شهر", "سنة"} <= precisions  # the background of the seeds: years and months
    assert set(at.dataframe[0].value["when"]) == {"تاريخ"}


def test_arabic_interface_turns_the_layout_right_to_left():
    at = start(lang="ar")
    assert titles(at) == ["نظرة عامة"]
    styles = [h.value for h in at.get("html") if ".stApp{direction:rtl;}" in str(h.value)]
    assert styles, "the RTL stylesheet is missing"


def test_reset_button_clears_every_filter():
    at = start()
    at.multiselect(key="f_actors").set_value(["sdf"])
    at.multiselect(key="f_types").set_value(["strike"])
    at.run()
    assert selection(at)[0] < 5 and "actors" in at.query_params
    at.button(key="reset_filters").click().run()
    assert selection(at)[:2] == (5, 5)
    assert at.multiselect(key="f_actors").value == [] and at.multiselect(key="f_types").value == []
    assert "actors" not in at.query_params and "types" not in at.query_params


def test_query_params_restore_the_filters():
    at = start(
        actors="russia,turkey", mode="all", regions="idlib", sources="ترك برس",
        types="strike,talks", **{"from": "2019-01-01", "to": "2020-06-30"},
    )  # fmt: skip
    assert at.multiselect(key="f_actors").value == ["russia", "turkey"]
    assert at.radio(key="f_mode").value == "all"
    assert at.multiselect(key="f_regions").value == ["idlib"]
    assert at.multiselect(key="f_sources").value == ["ترك برس"]
    assert at.multiselect(key="f_types").value == ["strike", "talks"]
    assert at.date_input(key="f_dates").value == (dt.date(2019, 1, 1), dt.date(2020, 6, 30))
    assert selection(at)[0] == 1  # 001: Idlib, ترك برس, 2020-02-05


def test_dates_outside_the_corpus_span_are_clamped():
    at = start(**{"from": "1990-01-01", "to": "2030-01-01"})
    assert at.date_input(key="f_dates").value == (dt.date(2018, 12, 29), dt.date(2020, 12, 30))
    assert selection(at)[:2] == (5, 5)  # the whole span is no filter: undated articles stay


def test_unknown_values_in_the_url_are_ignored():
    at = start(actors="russia,atlantis", types="nonsense", **{"from": "not-a-date"})
    assert at.multiselect(key="f_actors").value == ["russia"]
    assert at.multiselect(key="f_types").value == []
    assert at.query_params["actors"] == "russia"


def test_filters_are_written_to_the_url():
    at = start()
    at.multiselect(key="f_actors").set_value(["russia", "turkey"])
    at.radio(key="f_mode").set_value("all")
    at.run()
    assert at.query_params["actors"] == "russia,turkey"
    assert at.query_params["mode"] == "all"


def test_filters_survive_a_page_switch():
    at = start()
    at.multiselect(key="f_actors").set_value(["sdf"]).run()
    count = selection(at)[0]
    at.switch_page("views/timeline.py").run()
    assert at.multiselect(key="f_actors").value == ["sdf"]
    assert selection(at)[0] == count


# --- page behaviour -----------------------------------------------------------------------


def test_actor_pair_lists_the_evidence_with_both_names_highlighted():
    at = start("actors")
    at.selectbox(key="ev_a").set_value("russia")
    at.selectbox(key="ev_b").set_value("turkey")
    at.run()
    assert not at.exception
    evidence = [h for h in at.html if 'class="rtl-text evidence"' in str(h.value)]
    assert evidence
    body = str(evidence[0].value)
    # the two actors in two styles (pair_a, pair_b), each named in its mark's title
    assert '<mark class="hl hl-pair_a" title="Russia · روسيا">' in body and "articles?doc=" in body
    assert '<mark class="hl hl-pair_b" title="Turkey · تركيا">' in body
    assert any("Mentioned together in" in c.value for c in at.caption)


def test_term_search_shows_keyword_in_context():
    at = start("search")
    at.text_input(key="se_q").input("إدلب").run()
    lines = [h for h in at.html if 'class="concordance"' in str(h.value)]
    assert lines and '<mark class="hl hl-match">' in str(lines[0].value)
    assert 'dir="rtl"' in str(lines[0].value)


def test_article_link_opens_the_reader():
    at = start("articles", doc="003_864faea840389226")
    assert at.selectbox(key="ar_doc").value == "003_864faea840389226"
    reader = html_text(at)
    assert "استئناف الغارات على إدلب" in reader
    assert 'class="hl hl-actor"' in reader and 'class="hl hl-region"' in reader and 'class="hl hl-date"' in reader


def test_hostile_article_is_escaped_everywhere(monkeypatch):
    monkeypatch.setenv("ARABIC_NEWS_CORPUS", HOSTILE)
    for page in PAGES:
        at = start(page, doc="999_hostile") if page == "articles" else start(page)
        body = html_text(at)
        assert "<script" not in body and "<img" not in body and 'href="javascript' not in body
        if page == "articles":
            assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
            assert "&lt;img src=x onerror=alert(1)&gt;" in body
    at = start("search")
    at.text_input(key="se_q").input("اضغط").run()
    assert "<a href=&quot;javascript" not in html_text(
        at
    ) and "&lt;a href=&quot;javascript:alert(1)&quot;&gt;" in html_text(at)


def test_switching_language_keeps_the_filters():
    at = start("actors")
    at.multiselect(key="f_actors").set_value(["sdf"]).run()
    count = selection(at)[0]
    at.radio(key="lang").set_value("ar").run()
    assert at.multiselect(key="f_actors").value == ["sdf"]
    assert f"الاختيار: {count_phrase(count, 'article')} من 5" in html_text(at)
