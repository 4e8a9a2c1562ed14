"""One figure of each family through kaleido (real Chromium): PNG and SVG are written, and the
SVG's text nodes hold logical-order Arabic, never presentation forms."""

from __future__ import annotations

import re

import kaleido
import pytest
from briefing_checks import require_tool
from viz_tables import PRESENTATION_FORMS, strip_bidi

from analysis.viz import bars, events, heatmap, network, themes

pytestmark = pytest.mark.slow  # renders through kaleido's Chromium


@pytest.fixture(scope="module")
def server():
    """One Chromium for every export; a missing Chromium fails with the install command."""
    require_tool("chromium", "chromium")
    kaleido.start_sync_server(silence_warnings=True)
    yield
    kaleido.stop_sync_server(silence_warnings=True)


# plotly's write_image always passes kaleido options, which kaleido ignores (and says so)
# once the shared server of the fixture runs: the export itself is unaffected.
@pytest.mark.filterwarnings("ignore:The kopts argument is ignored if using a server")
def test_every_family_renders_with_logical_arabic(tables, server, tmp_path):
    e = tables["entities"]
    figures = {
        "bars": bars.top_entities_bar(tables["mentions"], e, kind=None),
        "heatmap": heatmap.comention_heatmap(tables["comentions"], e, order="cluster"),
        "network": network.actor_network(tables["mentions"], tables["comentions"], e),
        "timeline": events.event_timeline(
            tables["events"], tables["documents"], e, lanes="actor", lang="ar", title="الأحداث"
        ),
        "event_counts": events.event_counts_chart(tables["events"], tables["documents"], lang="ar", title="الأعداد"),
        "themes": themes.theme_terms_grid(tables["themes"]),
    }
    for name, fig in figures.items():
        png, svg = tmp_path / f"test_{name}.png", tmp_path / f"test_{name}.svg"
        fig.write_image(png, width=1000, height=fig.layout.height or 500)
        fig.write_image(svg, width=1000, height=fig.layout.height or 500)
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 5000
        text = svg.read_text(encoding="utf-8")
        assert not PRESENTATION_FORMS.search(text), name
        nodes = [strip_bidi(t) for t in re.findall(r"<text[^>]*>(.*?)</text>", text, flags=re.S)]
        if name in ("bars", "heatmap"):
            assert "M4 highway · الطريق الدولي M4" in nodes, name
            assert "Syrian Democratic Forces · قوات سوريا الديمقراطية (قسد)" in nodes, name
        if name == "timeline":
            assert "منظومة أس-400" in nodes and "الأحداث" in nodes
            assert "روسيا" in nodes or any(n.startswith("روسيا ×") for n in nodes), nodes  # a mark's label
        if name == "event_counts":
            assert "الأعداد" in nodes
        if name == "themes":
            assert "(قسد)" in nodes
