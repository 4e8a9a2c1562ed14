"""Briefing exports: any chart as PNG/SVG/PDF with a provenance footer, and a briefing pack
(PDF + PPTX) of charts, captions and Arabic evidence, right to left in every format.

- :func:`export_chart` / :func:`~analysis.briefing.static.export_figure`: one chart, one format;
- :func:`build_pack` with a :class:`BriefingPack` of :class:`PackItem`: the whole pack;
- :func:`~analysis.viz.wordcloud.word_cloud_png`: a word cloud of key terms;
- :class:`ExportError`: what is missing (Chromium, a font, a package) and how to install it.

Charts are named by the ids of :mod:`analysis.charts.registry`.
"""

from analysis.briefing.pack import BriefingPack, PackItem, PackResult, build_pack, export_chart
from analysis.briefing.provenance import Provenance
from analysis.briefing.static import ensure_server, export_figure, stop_server
from analysis.viz.errors import ExportError

__all__ = [
    "BriefingPack",
    "ExportError",
    "PackItem",
    "PackResult",
    "Provenance",
    "build_pack",
    "ensure_server",
    "export_chart",
    "export_figure",
    "stop_server",
]
