"""The chart registry: every id draws, captions in Arabic, evidence with the documented columns."""

from __future__ import annotations

import re

import plotly.graph_objects as go
import pytest

from analysis.aggregate.filters import FilterSpec, apply_filters
from analysis.charts import registry


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


@pytest.mark.parametrize("chart_id", registry.chart_ids())
def test_every_chart_survives_an_empty_selection(seed_tables, chart_id):
    empty = apply_filters(seed_tables, FilterSpec(actors=("no_such_actor",)))
    assert isinstance(registry.make_figure(chart_id, empty), go.Figure)
    assert registry.caption(chart_id, empty)
    assert len(registry.evidence(chart_id, empty)) == 0 or chart_id in ("theme_terms",)


def test_heatmap_evidence_is_the_strongest_pair(seed_tables):
    rows = registry.evidence("comention_heatmap", seed_tables, limit=3)
    assert rows["why"].iloc[0] == "روسيا + تركيا"
    assert all("روسيا" in t or "روس" in t for t in rows["text"].head(1))


def test_unknown_chart_and_option_are_named(seed_tables):
    with pytest.raises(ValueError, match="unknown chart 'pie'"):
        registry.make_figure("pie", seed_tables)
    with pytest.raises(ValueError, match="takes no option colour"):
        registry.make_figure("top_actors", seed_tables, {"colour": "red"})
