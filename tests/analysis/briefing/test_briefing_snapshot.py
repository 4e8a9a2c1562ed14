"""A chart of a build too large to load is kept in a briefing as it was drawn (figure, provenance,
cover, caption, evidence): the pack is made from what the briefing keeps, without the build, and
Arabic comes out right to left, joined and in logical order as in every other pack."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from repo_paths import SEEDS
from test_briefing_pack import pdf_text, squeeze

from analysis.aggregate.filters import FilterSpec
from analysis.briefing import BriefingPack, PackItem, build_pack
from analysis.briefing.provenance import Provenance, describe_filters
from analysis.briefing.queried_cover import cover_facts
from analysis.briefing.snapshot import Snapshot
from analysis.briefing.stored import add_item, read_pack
from analysis.briefing.summary import cover_lines
from analysis.cli import main
from analysis.config import gazetteer
from analysis.store.briefings import Briefings
from analysis.store.build_queries import BuildQueries
from analysis.store.database import Store
from analysis.viz.bars import counted_entities_bar

pytestmark = pytest.mark.slow  # renders through kaleido's Chromium

SPEC = FilterSpec(regions=("idlib",))
TITLE = "الفاعلون الأكثر ذكرًا في إدلب"
CAPTION = "روسيا أكثر الفاعلين ذكرًا في مقالات إدلب."
PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
ARABIC_WORD = re.compile("[\u0621-\u064a]{3,}")


def bare(text: str) -> str:
    return re.sub("[\u064b-\u0652]", "", text)


@pytest.fixture(scope="module")
def kept(tmp_path_factory):
    """The top actors of a seed build's Idlib articles, drawn from DuckDB's answers as the queried
    Overview draws them, kept as a snapshot; then the build is deleted."""
    out = tmp_path_factory.mktemp("build") / "seeds-run"
    assert main(["build", str(SEEDS), "--out", str(out), "--quiet"]) == 0
    entities = gazetteer().entities_table()
    queries = BuildQueries(out, below=gazetteer().descendants)
    top = queries.top_entities(SPEC, kind="actor", limit=8)
    fig = counted_entities_bar(top, entities, count="documents", lang="ar", title=TITLE)
    counts = queries.counts(SPEC)
    provenance = Provenance(
        corpus="بناء كبير", filters=describe_filters(SPEC, "en", entities), filters_ar=describe_filters(SPEC, "ar", entities),
        n_articles=counts["articles"], n_sentences=counts["sentences"],
    )  # fmt: skip
    facts = cover_facts(queries, SPEC, corpus="بناء كبير")
    cover = {lang: cover_lines(facts, SPEC, lang=lang, entities=entities) for lang in ("ar", "en")}
    evidence = queries.entity_sentences(SPEC, top["entity_id"].iloc[0], limit=3)
    evidence = evidence.assign(why="روسيا")
    snapshot = Snapshot.of(fig, provenance, cover=cover, caption=CAPTION, evidence=evidence)
    queries.close()
    shutil.rmtree(out)
    return snapshot, evidence


def test_a_kept_chart_reads_back_from_its_record_as_it_was_stored(kept):
    snapshot, _ = kept
    item = PackItem("top-actors", filters=SPEC, lang="ar", corpus="بناء كبير", snapshot=snapshot)
    again = PackItem.from_record(json.loads(json.dumps(item.to_record(), ensure_ascii=False)))
    assert again.snapshot == snapshot and again.filters == SPEC and again.corpus == "بناء كبير"
    assert again.snapshot.cover == snapshot.cover and again.snapshot.evidence == snapshot.evidence
    assert again.snapshot.figure_object().layout.title.text == snapshot.figure_object().layout.title.text


def test_a_briefing_of_kept_charts_is_made_without_the_build(kept, server, tmp_path):
    snapshot, evidence = kept
    store = Store(tmp_path / "data")
    briefings = Briefings(store)
    briefings.create("إدلب")
    add_item(briefings, "إدلب", PackItem("top-actors", filters=SPEC, lang="ar", corpus="بناء كبير", snapshot=snapshot))
    pack, _, damaged = read_pack(briefings.get("إدلب"), default_title="إحاطة إدلب")
    assert not damaged
    result = build_pack(pack, None, formats=("pdf", "svg"))
    text = pdf_text(result.pdf, tmp_path)
    assert not PRESENTATION_FORMS.search(text), "presentation forms in the PDF text layer"
    flat = squeeze(text)
    for line in snapshot.cover["ar"]:  # the cover: what the selection held when the chart was drawn
        # word by word, without diacritics: digits and marks may move in a line's text layer
        assert all(word in bare(flat) for word in ARABIC_WORD.findall(bare(line))), line
    assert squeeze(TITLE) in flat and squeeze(CAPTION) in flat
    assert squeeze(evidence["text"].iloc[0])[:50] in flat
    assert squeeze(f"المدونة: بناء كبير · المرشحات: {snapshot.provenance.filters_ar}") in flat
    svg = result.files["01_top-actors.svg"].decode("utf-8")
    assert not PRESENTATION_FORMS.search(svg), "presentation forms in the SVG export"
    assert "روسيا" in svg and "بناء كبير" in svg


def test_a_pack_of_a_kept_chart_and_a_drawn_one_gives_each_selection_its_own_cover(kept, seed_tables, server, tmp_path):
    snapshot, _ = kept
    items = [
        PackItem("top_actors", {"top_n": 5}, lang="ar"),
        PackItem("top-actors", filters=SPEC, lang="ar", corpus="بناء كبير", snapshot=snapshot),
    ]
    result = build_pack(BriefingPack("روسيا وتركيا", items), seed_tables, formats=("pdf",))
    flat = squeeze(pdf_text(result.pdf, tmp_path))
    assert "seeds" in flat and squeeze("الرسم: 1") in flat and squeeze("الرسم: 2") in flat  # each under its number
    assert all(word in bare(flat) for word in ARABIC_WORD.findall(bare(snapshot.cover["ar"][2])))
    assert [s.provenance.corpus for s in result.sections] == ["seeds", "بناء كبير"]


@pytest.mark.parametrize(
    ("change", "error"),
    [
        (lambda r: r["snapshot"].update(figure="<svg>"), "not a Plotly figure's JSON"),
        (lambda r: r["snapshot"].pop("provenance"), "has no provenance"),
        (lambda r: r["snapshot"]["provenance"].update(exported="yesterday"), "provenance is not as written"),
        (lambda r: r["snapshot"].update(cover={"fr": []}), "cover must hold"),
        (lambda r: r["snapshot"].update(evidence=[{"text": "x", "script": 1}]), "evidence must be"),
        (lambda r: r.update(chart="../../etc/passwd"), "short file name"),
    ],
)
def test_a_damaged_kept_chart_is_refused_saying_what_is_wrong(kept, change, error):
    record = PackItem("top-actors", corpus="c", snapshot=kept[0]).to_record()
    change(record)
    with pytest.raises(ValueError, match=error):
        PackItem.from_record(record)


def test_a_pack_with_charts_to_draw_and_no_tables_is_refused():
    with pytest.raises(ValueError, match="no tables"):
        build_pack(BriefingPack("t", [PackItem("top_actors")]), None)
