"""The Corpora page and the corpus picker, run with AppTest against a store of each test's own (a
copy of one built once for the module, with its seed corpus, as the app's first run makes it):
importing a mixed batch through the file uploader, the report, pasting, renaming, deleting,
exporting, setting a date; gazetteer edits on the Gazetteer page (refused and accepted)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analysis.cli import _write_build
from analysis.store.database import Store

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "dashboard" / "app.py")
SEEDS = str(ROOT / "seeds")

GOOD_TITLE = "روسيا وتركيا تتفقان على دوريات مشتركة في إدلب"
GOOD = f"{GOOD_TITLE}\n\nأعلنت وزارة الدفاع الروسية أن دوريات مشتركة مع الجانب التركي ستبدأ على الطريق الدولي.\n"
CP_TITLE = "قصف مدفعي على ريف حلب الغربي"
CP1256 = f"{CP_TITLE}\n\nقالت مصادر محلية إن قصفًا مدفعيًا استهدف قرى في ريف حلب الغربي صباح اليوم.\n"
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    + bytes(64)
)
BATCH = [
    ("good.txt", GOOD.encode("utf-8"), "text/plain"),
    ("windows.txt", CP1256.encode("cp1256"), "text/plain"),
    ("picture.txt", PNG, "text/plain"),
    ("good-copy.txt", GOOD.encode("utf-8"), "text/plain"),
]


@pytest.fixture(scope="module")
def built_store(tmp_path_factory):
    """A store with its seed corpus, as the app's first run creates it: built once, copied per test."""
    folder = tmp_path_factory.mktemp("corpora_page") / "data"
    Store(folder)
    return folder


@pytest.fixture(autouse=True)
def seed_path_corpus(monkeypatch, fresh_store, built_store):
    monkeypatch.setenv("ARABIC_NEWS_CORPUS", SEEDS)
    shutil.copytree(built_store, fresh_store)
    return fresh_store


@pytest.fixture
def app_made_store(seed_path_corpus):
    """No store yet: the app's first run creates it, with its seed corpus."""
    shutil.rmtree(seed_path_corpus)
    return seed_path_corpus


def start(page: str | None = "corpora", **params) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=90)
    for key, value in params.items():
        at.query_params[key] = value
    if page:  # opened directly, as app_runs.start does
        at.switch_page(f"views/{page}.py")
    at.run()
    assert_clean(at)
    if page:
        assert at.session_state["_page_path"] == page, f"{page!r} did not open directly"
    return at


def assert_clean(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


def table_with(at: AppTest, column: str, *also: str, after: int = 0):
    """The first table (``st.dataframe``; AppTest does not keep their keys) with ``column``."""
    tables = [d.value for d in at.dataframe if {column, *also} <= set(d.value.columns)]
    assert len(tables) > after, f"no table with a {column!r} column"
    return tables[after]


def html_text(at: AppTest) -> str:
    return "\n".join(str(h.value) for h in at.html)


def report_rows(at: AppTest) -> list[tuple[str, str, str]]:
    """(status, file, encoding) of each row of the import report table."""
    rows = re.findall(
        r'<tr data-status="(\w+)"><td class="file"><bdi>(.*?)</bdi></td>.*?<td class="encoding"><bdi>(.*?)</bdi>',
        html_text(at),
    )
    return rows


def unescape_md(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def messages(at: AppTest, kind: str) -> list[str]:
    return [unescape_md(str(m.value)) for m in getattr(at, kind)]


def import_batch(at: AppTest, name: str, files=BATCH) -> AppTest:
    at.file_uploader[0].set_value(files)
    at.radio(key="co_target").set_value("new")
    at.text_input(key="co_new_name").set_value(name)
    at.button(key="co_run_import").click().run()
    assert_clean(at)
    return at


# --- the picker -------------------------------------------------------------------------------


def test_picker_offers_the_path_corpus_first_and_the_store_corpora(app_made_store):
    at = start(page=None)
    picker = at.selectbox(key="corpus")
    # each name isolated (FSI…PDI): seeds_2019 (مجلد) keeps its order in the Arabic interface
    assert picker.options == ["\u2068seeds\u2069 (folder)", "\u2068seed\u2069 · 5 articles"]
    assert picker.value == ""  # the path corpus, the default
    assert "corpus" not in at.query_params

    picker.set_value("seed").run()
    assert_clean(at)
    assert at.query_params["corpus"] == "seed"
    assert "Corpus: \u2068seed\u2069" in at.sidebar.caption[-1].help


def test_url_opens_a_store_corpus_and_an_unknown_one_falls_back():
    at = start(page=None, corpus="seed")
    assert at.selectbox(key="corpus").value == "seed"
    at = start(page=None, corpus="nothing like it")
    assert at.selectbox(key="corpus").value == ""


def test_without_a_path_the_store_seed_corpus_is_the_default(monkeypatch):
    monkeypatch.delenv("ARABIC_NEWS_CORPUS")
    at = start(page="articles")
    assert at.selectbox(key="corpus").options == ["\u2068seed\u2069 · 5 articles"]
    assert at.selectbox(key="corpus").value == "seed"
    assert "corpus" not in at.query_params


# --- the page -----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_page_runs(lang):
    at = start()
    if lang == "ar":  # switched after the page is open: AppTest formats widget values in English
        at.radio(key="lang").set_value("ar").run()
        assert_clean(at)
    assert at.title[0].value == ("Corpora" if lang == "en" else "المدوّنات")
    uploader = at.file_uploader[0]
    assert uploader.accept_multiple_files
    assert {"txt", "zip", "csv", "json", "jsonl", "html"} <= {t.strip(".") for t in uploader.allowed_type}
    listing = table_with(at, "is_seed")
    assert list(listing["name"]) == ["seed"]


def test_import_a_mixed_batch_reports_every_file_and_the_articles_appear(seed_path_corpus):
    at = import_batch(start(), "محلي")
    metrics = {m.label: m.value for m in at.metric}
    assert metrics == {"imported": "2", "duplicate": "1", "error": "1", "warning": "2"}  # 2 without a date
    rows = report_rows(at)
    assert ("error", "picture.txt", "") in rows
    assert ("duplicate", "good-copy.txt", "utf_8") in [(s, f, e.lower().replace("-", "_")) for s, f, e in rows]
    encodings = {f: e for s, f, e in rows if s == "imported"}
    assert encodings["windows.txt"].lower().replace("-", "").replace("_", "") in {"cp1256", "windows1256"}
    # the new corpus is in the store and in the picker; the uploader is empty again
    assert Store(seed_path_corpus).corpus_names() == ["seed", "محلي"]
    assert "محلي" in at.selectbox(key="corpus").options[-1]
    assert not at.file_uploader[0].value

    at.button(key="co_open").click().run()
    assert_clean(at)
    assert at.selectbox(key="corpus").value == "محلي"
    assert at.query_params["corpus"] == "محلي"
    at.switch_page("views/articles.py").run()
    assert_clean(at)
    titles = set(table_with(at, "n_sentences")["title"])
    assert {GOOD_TITLE, CP_TITLE} <= {t.lstrip("\u200f") for t in titles}


def test_importing_more_into_an_existing_corpus_counts_duplicates_against_it():
    at = import_batch(start(), "محلي", BATCH[:1])
    at.radio(key="co_target").set_value("existing").run()
    at.selectbox(key="co_existing").set_value("محلي")
    at.file_uploader[0].set_value(BATCH[:2])
    at.button(key="co_run_import").click().run()
    assert_clean(at)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["imported"] == "1" and metrics["duplicate"] == "1"


def test_a_new_corpus_name_already_taken_is_refused():
    at = import_batch(start(), "seed")
    assert any("already exists" in m for m in messages(at, "error"))
    assert not at.metric


def test_nothing_imported_leaves_no_empty_corpus(seed_path_corpus):
    at = import_batch(start(), "فارغ", BATCH[2:3])
    assert {m.label: m.value for m in at.metric}["error"] == "1"
    assert Store(seed_path_corpus).corpus_names() == ["seed"]


def test_file_names_and_problems_are_escaped_in_the_report():
    hostile = '<img src=x onerror="alert(1)">.txt'
    at = import_batch(start(), "x", [(hostile, b"\x00\x01\x02" * 50, "text/plain"), BATCH[0]])
    page = html_text(at)
    assert "<img src=x" not in page
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;.txt" in page


def test_a_mapping_to_a_column_the_file_lacks_is_an_error_row_of_the_report(seed_path_corpus):
    at = start()
    at.file_uploader[0].set_value([("a.csv", "body\nنص عربي قصير للتجربة هنا\n".encode(), "text/csv")])
    at.text_input(key="co_new_name").set_value("csv")
    at.text_input(key="co_map_text").set_value("body=x,")  # the text column is called "body=x,"
    at.button(key="co_run_import").click().run()
    assert_clean(at)
    assert not messages(at, "error")  # not refused as a whole: the file's row says what is wrong
    assert {m.label: m.value for m in at.metric} == {"imported": "0", "duplicate": "0", "error": "1", "warning": "0"}
    assert [(status, file) for status, file, _ in report_rows(at)] == [("error", "a.csv")]
    assert "has no column &#x27;body=x,&#x27; (mapped to text); its columns are body" in html_text(at)
    assert Store(seed_path_corpus).corpus_names() == ["seed"]  # nothing imported: no corpus "csv"


def test_paste_an_article_with_its_metadata(seed_path_corpus):
    at = start()
    at.text_area(key="co_paste_text").set_value(GOOD)
    at.text_input(key="co_paste_title").set_value("مقال ملصق")
    at.text_input(key="co_paste_date").set_value("2020-03-05")
    at.text_input(key="co_paste_source").set_value("عنب بلدي")
    at.text_input(key="co_paste_into").set_value("ملصقات")
    at.button[[b.label for b in at.button].index("Add the article")].click().run()
    assert_clean(at)
    assert {m.label: m.value for m in at.metric}["imported"] == "1"
    articles = Store(seed_path_corpus).articles("ملصقات")
    assert list(articles["title"]) == ["مقال ملصق"] and str(articles["published"][0]) == "2020-03-05"
    assert list(articles["source"]) == ["عنب بلدي"]


def test_paste_without_text_is_reported():
    at = start()
    at.text_input(key="co_paste_into").set_value("ملصقات")
    at.button[[b.label for b in at.button].index("Add the article")].click().run()
    assert_clean(at)
    assert {m.label: m.value for m in at.metric}["error"] == "1"


# --- manage -------------------------------------------------------------------------------


def _submit(at: AppTest, label: str) -> AppTest:
    at.button[[b.label for b in at.button].index(label)].click().run()
    assert_clean(at)
    return at


@pytest.fixture(scope="module")
def built_local(built_store, tmp_path_factory):
    """The seed store plus a corpus "محلي" of two articles, one undated: built once, copied per test."""
    folder = tmp_path_factory.mktemp("corpora_page_local") / "data"
    shutil.copytree(built_store, folder)
    store = Store(folder)
    undated = "مقال بلا تاريخ\n\nقالت مصادر إن الجانب التركي أرسل تعزيزات إلى إدلب.\n"
    store.add_article("محلي", GOOD, title=GOOD_TITLE, date="2020-03-05", doc_id="a")
    store.import_files("محلي", [("b.txt", undated.encode())])
    return folder


@pytest.fixture
def local(seed_path_corpus, built_local):
    shutil.rmtree(seed_path_corpus)
    shutil.copytree(built_local, seed_path_corpus)
    return Store(seed_path_corpus)


def test_rename_keeps_the_shown_corpus(local):
    at = start(corpus="محلي")
    at.selectbox(key="co_manage").set_value("محلي")
    at.text_input(key="co_rename_to").set_value("محلي ٢")
    _submit(at, "Rename")
    assert any("Renamed" in m for m in messages(at, "success"))
    assert local.corpus_names() == ["seed", "محلي ٢"]
    assert at.selectbox(key="corpus").value == "محلي ٢"
    assert at.query_params["corpus"] == "محلي ٢"


def test_rename_to_a_taken_name_is_refused(local):
    at = start()
    at.selectbox(key="co_manage").set_value("محلي")
    at.text_input(key="co_rename_to").set_value("seed")
    _submit(at, "Rename")
    assert any("already exists" in m for m in messages(at, "error"))
    assert local.corpus_names() == ["seed", "محلي"]


def test_delete_needs_the_name_typed_and_never_deletes_the_seed(local):
    at = start(corpus="محلي")
    at.selectbox(key="co_manage").set_value("محلي")
    at.text_input(key="co_delete_confirm").set_value("محل")
    _submit(at, "Delete the corpus")
    assert any("confirm by giving its name" in m for m in messages(at, "error"))
    assert "محلي" in local.corpus_names()

    at.text_input(key="co_delete_confirm").set_value("محلي")
    _submit(at, "Delete the corpus")
    assert any("Deleted" in m for m in messages(at, "success"))
    assert local.corpus_names() == ["seed"]
    assert at.selectbox(key="corpus").value == ""  # the shown corpus is gone: back to the default
    assert "corpus" not in at.query_params

    at.selectbox(key="co_manage").set_value("seed")
    at.text_input(key="co_delete_confirm").set_value("seed")
    _submit(at, "Delete the corpus")
    assert any("cannot be deleted" in m for m in messages(at, "error"))


def test_export_button_and_set_date_of_an_undated_article(local):
    at = start()
    at.selectbox(key="co_manage").set_value("محلي").run()
    assert [b for b in at.get("download_button") if b.proto.label == "Export as JSON Lines"]
    undated = at.selectbox(key="co_date_doc")
    assert len(undated.options) == 1 and "مقال بلا تاريخ" in undated.options[0]
    at.text_input(key="co_date_value").set_value("2015-07-21")
    _submit(at, "Set the date")
    assert any("2015-07-21" in m for m in messages(at, "success"))
    assert local.articles("محلي")["published"].notna().all()
    assert any("Every article of this corpus has a date" in c.value for c in at.caption)

    at.selectbox(key="corpus").set_value("محلي").run()
    assert_clean(at)
    assert at.date_input(key="f_dates").value[0].isoformat() == "2015-07-21"


def test_a_bad_date_is_refused(local):
    at = start()
    at.selectbox(key="co_manage").set_value("محلي").run()
    at.text_input(key="co_date_value").set_value("21/07/2015")
    _submit(at, "Set the date")
    assert any("year-first" in m for m in messages(at, "error"))


def test_a_linked_build_is_renamed_and_exported_but_not_edited_here(local, tmp_path):
    """A corpus analysed elsewhere (``import --from-build``) keeps its articles in its build folder:
    the page renames its link and exports it, and says why its dates and articles are not edited here."""
    _write_build(local.tables("محلي"), str(tmp_path / "build"), csv=False, parquet=True)
    local.link_build(tmp_path / "build", "بناء إدلب")
    at = start()
    at.selectbox(key="co_manage").set_value("بناء إدلب").run()
    assert_clean(at)
    assert [b for b in at.get("download_button") if b.proto.label == "Export as JSON Lines"]
    assert not [s for s in at.selectbox if s.key == "co_date_doc"]  # one article undated, no date form
    said = [unescape_md(c.value) for c in at.caption if "a build analysed elsewhere" in c.value]
    assert said and str((tmp_path / "build").resolve()) in said[0] and "run the build again" in said[0]

    at.text_area(key="co_paste_text").set_value(GOOD)
    at.text_input(key="co_paste_into").set_value("بناء إدلب")
    _submit(at, "Add the article")
    assert any("is a build analysed elsewhere" in m and "cannot be edited here" in m for m in messages(at, "error"))

    at.text_input(key="co_rename_to").set_value("بناء ٢")
    _submit(at, "Rename")
    assert any("Renamed" in m for m in messages(at, "success"))
    assert local.build_location("بناء ٢") == str((tmp_path / "build").resolve())
    assert "بناء إدلب" not in local.corpus_names()


# --- gazetteer edits ----------------------------------------------------------------------


def aliases_of(at: AppTest) -> dict[str, int]:
    table = table_with(at, "alias", "entity_id")
    return {a.lstrip("\u200f"): int(n) for a, n in zip(table["alias"], table["mentions"])}


def test_gazetteer_alias_refused_then_added_and_counted(seed_path_corpus):
    at = start("gazetteer")
    at.selectbox(key="gz_edit_entity").set_value("russia")
    at.text_input(key="gz_alias").set_value("تركيا")
    _submit(at, "Add an alias")
    refused = messages(at, "error")
    assert refused and "Not saved" in refused[0] and "already claimed" in refused[0]
    assert not (Path(seed_path_corpus) / "gazetteer_overlay.yaml").exists()

    at.selectbox(key="gz_edit_entity").set_value("russia")
    at.text_input(key="gz_alias").set_value("الجانب الروسي")
    _submit(at, "Add an alias")
    assert any("Added" in m for m in messages(at, "success"))
    assert at.selectbox(key="gz_entity").value == "russia"
    assert aliases_of(at)["الجانب الروسي"] == 3  # the seeds say it twice, and once as للجانب الروسي

    # every corpus is analysed with the edit, the store's as well as the path corpus
    at.selectbox(key="corpus").set_value("seed").run()
    at.selectbox(key="gz_entity").set_value("russia").run()
    assert_clean(at)
    assert aliases_of(at)["الجانب الروسي"] == 3


def test_gazetteer_new_actor_and_a_refused_one():
    at = start("gazetteer")
    at.text_input(key="gz_new_id").set_value("russia")
    at.text_input(key="gz_new_name_en").set_value("Russia again")
    at.text_input(key="gz_new_name_ar").set_value("روسيا مرة أخرى")
    _submit(at, "Add an actor or a region")
    assert any("duplicate id" in m for m in messages(at, "error"))

    at.text_input(key="gz_new_id").set_value("turkish_side")
    at.selectbox(key="gz_new_type").set_value("government")
    at.text_input(key="gz_new_name_en").set_value("The Turkish side")
    at.text_input(key="gz_new_name_ar").set_value("الجانب التركي")
    _submit(at, "Add an actor or a region")
    assert any("Added" in m for m in messages(at, "success")), messages(at, "error")
    assert at.selectbox(key="gz_entity").value == "turkish_side"
    assert aliases_of(at)["الجانب التركي"] == 1
    assert "turkish_side" in at.multiselect(key="f_actors").options or any(
        "The Turkish side" in o for o in at.multiselect(key="f_actors").options
    )
