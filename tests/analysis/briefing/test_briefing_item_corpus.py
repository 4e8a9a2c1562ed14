"""A briefing item is built from the corpus it was added on (issue 12: "a chart added on one corpus
was built from another with no warning"). The exports are replaced by recorders: what is checked is
which tables each chart is drawn from and what its footer says."""

from __future__ import annotations

import dataclasses

import pytest

import analysis.briefing.pack as pack_module
from analysis.aggregate.filters import FilterSpec, apply_filters
from analysis.briefing.pack import BriefingPack, PackItem, build_pack


@pytest.fixture
def exported(monkeypatch):
    """The provenance footer of every chart the PDF prints, in order, and the cover's summary lines
    (no Chromium: the exports are skipped)."""
    footers, covers = [], []

    def pdf(title, notes, sections, *, summary, **k):
        footers.extend(section.provenance for section in sections)
        covers.extend(summary)
        return b"%PDF"

    monkeypatch.setattr(pack_module, "export_figure", lambda *a, **k: b"png")
    monkeypatch.setattr(pack_module, "pack_pdf", pdf)
    monkeypatch.setattr(pack_module, "pack_pptx", lambda *a, **k: b"pptx")
    return footers, covers


def test_each_item_is_drawn_from_its_own_corpus(seed_tables, exported):
    """Open on ``seed``, the analyst had added a chart on ``idlib only`` (a corpus of the Idlib
    articles): that chart is drawn from those, its footer names that corpus."""
    footers, covers = exported
    idlib_only = dataclasses.replace(apply_filters(seed_tables, FilterSpec(regions=("idlib",))), name="idlib only")
    asked = []

    def views(corpus, spec):
        asked.append((corpus, spec))
        return apply_filters(idlib_only, spec)

    pack = BriefingPack("x", [PackItem("top_actors", corpus="idlib only"), PackItem("top_actors", corpus="seed")],
                        corpus="seed")  # fmt: skip
    build_pack(pack, seed_tables, views=views)
    assert asked == [("idlib only", FilterSpec())]
    assert [(f.corpus, f.n_articles) for f in footers] == [
        ("idlib only", len(idlib_only.documents)),
        ("seed", len(seed_tables.documents)),
    ]
    assert len(idlib_only.documents) < len(seed_tables.documents)
    # the cover summarises each corpus under the number of its chart, with that corpus' own figures
    assert covers[0] == "Chart 1:"
    assert covers[1].startswith(f"Corpus: idlib only · {len(idlib_only.documents)} articles")
    assert covers[2] == "Filters: no filters."
    second = covers.index("Chart 2:")
    assert covers[second + 1].startswith(f"Corpus: seed · {len(seed_tables.documents)} articles")


def test_the_cover_of_a_pack_with_two_selections_summarises_each_in_arabic(seed_tables, exported):
    """Two charts on Idlib and one on the whole corpus: the cover says which charts each summary is
    of (الرسمان 1، 3 → «الرسوم 1، 3:») and counts each selection's own articles."""
    _, covers = exported
    idlib = FilterSpec(regions=("idlib",))
    pack = BriefingPack("إدلب", [PackItem("top_actors", filters=idlib, lang="ar"), PackItem("top_regions", lang="ar"),
                                 PackItem("event_timeline", filters=idlib, lang="ar")])  # fmt: skip
    build_pack(pack, seed_tables)
    n_idlib = len(apply_filters(seed_tables, idlib).documents)
    assert covers[0] == "الرسوم 1، 3:"
    assert f"فيها {n_idlib} مقالات" in covers[1] and covers[2] == "المرشحات: المناطق: إدلب."
    assert "الرسم 2:" in covers
    whole = covers[covers.index("الرسم 2:") + 1]
    assert f"فيها {len(seed_tables.documents)} مقالات" in whole


def test_an_item_of_another_corpus_with_no_way_to_build_it_is_refused_before_any_work(seed_tables, exported):
    footers, _ = exported
    pack = BriefingPack("x", [PackItem("top_actors", corpus="seed"), PackItem("event_timeline", corpus="SaudiNewsNet")],
                         corpus="seed")  # fmt: skip
    with pytest.raises(ValueError, match=r"chart\(s\) 2 were added on another corpus \(SaudiNewsNet\)"):
        build_pack(pack, seed_tables)
    assert footers == []


def test_items_without_a_corpus_are_the_packs(seed_tables, exported):
    footers, covers = exported
    build_pack(BriefingPack("x", [PackItem("top_actors")]), seed_tables)
    assert footers[0].corpus == seed_tables.name
    assert covers[0].startswith(f"Corpus: {seed_tables.name} · {len(seed_tables.documents)} articles")
    assert not any(line.startswith("Chart") for line in covers)  # one selection: no chart numbers
