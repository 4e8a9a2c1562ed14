"""The chart registry: every id draws, captions in Arabic, evidence with the documented columns."""

from __future__ import annotations

import re

import plotly.graph_objects as go
import pytest

from analysis.aggregate.filters import FilterSpec, apply_filters
from analysis.charts import registry
from analysis.charts.summaries import arabic_names

BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f]")


def strip_bidi(text: str) -> str:
    return BIDI_CONTROLS.sub("", text)


@pytest.mark.parametrize("chart_id", registry.chart_ids())
def test_every_chart_draws_captions_and_has_evidence(seed_tables, chart_id):
    fig = registry.make_figure(chart_id, seed_tables, lang="ar")
    assert isinstance(fig, go.Figure)
    text = registry.caption(chart_id, seed_tables)
    assert re.match(r"[\u0600-\u06ff0-9]", text) and "\n" not in text
    rows = registry.evidence(chart_id, seed_tables, limit=3)
    assert list(rows.columns) == registry.EVIDENCE_COLUMNS
    assert 1 <= len(rows) <= 3
    assert rows["text"].str.len().min() > 0


# An actor no article names: every article drops out (``apply_filters`` keeps the themes table,
# fitted once on the whole corpus, and empties every per-article table).
EMPTY_CAPTIONS = {
    "top_actors": "الفاعلون الأكثر ذكراً: لا توجد إشارات في 0 مقالة.",
    "top_regions": "المناطق الأكثر ذكراً: لا توجد إشارات في 0 مقالة.",
    "comention_heatmap": "الإشارات المشتركة: لا توجد إشارات مشتركة في 0 مقالة.",
    "actor_network": "شبكة الفاعلين: لا توجد إشارات مشتركة في 0 مقالة.",
    "actor_region": "الفاعلون والمناطق: لا توجد إشارات مشتركة في 0 مقالة.",
    "event_timeline": "الخط الزمني للأحداث: لا توجد أحداث مؤرخة في 0 مقالة.",
    "event_counts": "عدد الأحداث عبر الزمن: لا توجد أحداث مؤرخة في 0 مقالة.",
    "mentions_over_time": "الإشارات عبر الزمن: لا توجد إشارات في 0 مقالة.",
    "top_terms": "المصطلحات الرئيسية: لا توجد مصطلحات في 0 مقالة.",
    "theme_share": "حصة الموضوعات عبر الزمن: لا توجد بيانات في 0 مقالة.",
    "doc_themes": "أوزان الموضوعات في كل مقالة (0 مقالة؛ مجموع أوزان المقالة الواحدة 1).",
    "source_counts": "المقالات حسب المصدر: لا توجد مقالات.",
    "word_cloud": "سحابة الكلمات: لا توجد مصطلحات في 0 مقالة.",
    "place_map": "الأماكن: لا توجد أماكن مذكورة في 0 مقالة.",
}
NO_DATA_AR = "لا توجد بيانات لهذا الاختيار"


@pytest.fixture(scope="module")
def empty_selection(seed_tables):
    empty = apply_filters(seed_tables, FilterSpec(actors=("no_such_actor",)))
    assert empty.documents.empty and empty.sentences.empty and not empty.themes.empty
    return empty


def test_the_empty_selection_table_names_every_chart():
    assert set(EMPTY_CAPTIONS) | {"theme_terms"} == set(registry.chart_ids())


@pytest.mark.parametrize("chart_id", sorted(EMPTY_CAPTIONS))
def test_every_chart_says_so_on_an_empty_selection(empty_selection, chart_id):
    d = registry.make_figure(chart_id, empty_selection, lang="ar").to_dict()
    assert d["data"] == []
    notes = [strip_bidi(a["text"]) for a in d["layout"].get("annotations", [])]
    assert notes == [NO_DATA_AR]
    assert registry.caption(chart_id, empty_selection) == EMPTY_CAPTIONS[chart_id]
    assert registry.evidence(chart_id, empty_selection).empty


def test_theme_terms_show_the_corpus_themes_on_an_empty_selection(seed_tables, empty_selection):
    # Themes are fitted once on the whole corpus and not refitted per selection: the grid and its
    # caption stay those of the corpus. Its evidence is searched in the selected sentences: none.
    assert registry.make_figure("theme_terms", empty_selection).to_dict() == (
        registry.make_figure("theme_terms", seed_tables).to_dict()
    )
    assert registry.caption("theme_terms", empty_selection) == registry.caption("theme_terms", seed_tables)
    assert registry.evidence("theme_terms", empty_selection).empty


def test_heatmap_evidence_is_the_strongest_pair(seed_tables):
    rows = registry.evidence("comention_heatmap", seed_tables, limit=3)
    assert rows["why"].iloc[0] == "روسيا + تركيا"
    # The first sentence naming both, in corpus order, is the headline of seeds/000_*.txt, which
    # names them by their adjectives (الروسي، التركي), not by the country names.
    first = rows.iloc[0]
    assert (first["doc_id"], first["sentence_idx"]) == ("000_4404655001853660", 0)
    assert first["text"] == "التقارب الروسي التركي يترجم إلى تبادل أدوار بينهما في الشمال السوري"


def test_unknown_chart_and_option_are_named(seed_tables):
    with pytest.raises(ValueError, match="unknown chart 'pie'"):
        registry.make_figure("pie", seed_tables)
    with pytest.raises(ValueError, match="takes no option colour"):
        registry.make_figure("top_actors", seed_tables, {"colour": "red"})


def test_the_actor_region_caption_and_evidence_speak_of_cells_the_chart_shows(seed_tables):
    """The strongest actor × region pair of the whole corpus may be outside the chart's top rows
    and columns (a briefing named a pair its chart did not show): the caption names the largest
    cell drawn, and the evidence's first sentences are that cell's."""
    options = {"top_actors": 2, "top_regions": 2}
    data = registry.make_figure("actor_region", seed_tables, options=options).to_dict()["data"][0]
    cells = {(a, r): v for a, row in zip(data["y"], data["z"]) for r, v in zip(data["x"], row) if v}
    top = max(cells.values())
    names = arabic_names(registry.entities_of(seed_tables))
    caption = strip_bidi(registry.caption("actor_region", seed_tables, options=options))
    named = [(a, r) for (a, r), v in cells.items() if v == top and f"أكثر تقاطع: {names[a]} في {names[r]}" in caption]
    assert len(named) == 1, caption
    rows = registry.evidence("actor_region", seed_tables, options=options, limit=6)
    actor, region = named[0]
    assert strip_bidi(rows["why"].iloc[0]) == f"{names[actor]} + {names[region]}"
