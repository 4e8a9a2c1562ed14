"""A chart kept as it was drawn, for a briefing whose corpus cannot be drawn again at build time.

The charts of a build too large to load (the dashboard's queried pages) are not drawn from tables in
memory: each is a figure DuckDB's answers made. Added to a briefing, such a chart keeps that figure,
its provenance (the build, the filters, the selection's articles and sentences, the day it was drawn),
the cover's lines of its selection in both languages (:func:`analysis.briefing.summary.cover_lines`),
a caption and its evidence sentences, so the pack is made from what is stored, without the build:

    snap = Snapshot.of(fig, provenance, cover={"ar": [...], "en": [...]}, caption="...", evidence=rows)
    PackItem("top-actors", filters=spec, corpus="صحف 2015", snapshot=snap)

The figure is stored as Plotly's JSON, the text in logical order (never reshaped): the pack's
exports shape it as they shape every chart.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from analysis.briefing.provenance import Provenance, plain
from analysis.charts.evidence import EVIDENCE_COLUMNS

#: The largest figure a snapshot keeps (its JSON): a chart, not a dump of a corpus.
MAX_FIGURE_CHARS = 20_000_000
_LANGS = ("ar", "en")


def _texts(value, name: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"the snapshot's {name} must be a list of texts, not {value!r:.80}")
    return list(value)


@dataclass(frozen=True)
class Snapshot:
    """A chart as drawn (see the module docstring)."""

    #: The figure as Plotly JSON (:func:`plotly.io.to_json`), without its provenance footer.
    figure: str = field(repr=False)
    provenance: Provenance
    #: The cover's lines of the chart's selection, by language (``"ar"``, ``"en"``).
    cover: dict = field(default_factory=dict, hash=False, compare=False)
    #: One sentence saying what the chart shows (Arabic, as the registry's captions).
    caption: str = ""
    #: The sentences behind the chart (:data:`~analysis.charts.evidence.EVIDENCE_COLUMNS`), as records.
    evidence: tuple = field(default=(), compare=False)

    @classmethod
    def of(
        cls,
        fig: go.Figure,
        provenance: Provenance,
        *,
        cover: dict | None = None,
        caption: str = "",
        evidence: pd.DataFrame | None = None,
    ) -> Snapshot:
        """The snapshot of ``fig`` as drawn now; ``ValueError`` when its figure is too large to keep."""
        figure = pio.to_json(fig, validate=False, engine="json")
        if len(figure) > MAX_FIGURE_CHARS:
            raise ValueError(f"the chart is too large to keep in a briefing ({len(figure):,} characters of figure)")
        rows: tuple = ()
        if evidence is not None and len(evidence):
            kept = evidence.reindex(columns=EVIDENCE_COLUMNS)
            rows = tuple(json.loads(kept.to_json(orient="records", date_format="iso", force_ascii=False)))
        return cls(figure, provenance, dict(cover or {}), caption, rows)

    def figure_object(self) -> go.Figure:
        return pio.from_json(self.figure, skip_invalid=True)

    @property
    def title(self) -> str:
        """The figure's title as plain text ("" for none), read from its JSON without drawing it."""
        title = json.loads(self.figure).get("layout", {}).get("title") or {}
        return plain(str(title.get("text") or "") if isinstance(title, dict) else str(title)).strip()

    def cover_lines(self, lang: str) -> list[str]:
        return list(self.cover.get("ar" if lang == "ar" else "en") or [])

    def evidence_table(self) -> pd.DataFrame:
        """The evidence rows as the pack lays them out (``published`` as a date)."""
        table = pd.DataFrame(list(self.evidence), columns=EVIDENCE_COLUMNS)
        table["published"] = pd.to_datetime(table["published"], errors="coerce").dt.tz_localize(None)
        return table

    def to_record(self) -> dict:
        p = self.provenance
        return {
            "figure": self.figure,
            "provenance": {
                "corpus": p.corpus, "filters": p.filters, "filters_ar": p.filters_ar,
                "n_articles": p.n_articles, "n_sentences": p.n_sentences, "exported": p.exported.isoformat(),
            },
            "cover": {lang: list(self.cover.get(lang) or []) for lang in _LANGS},
            "caption": self.caption,
            "evidence": list(self.evidence),
        }  # fmt: skip

    @classmethod
    def from_record(cls, record) -> Snapshot:
        """A snapshot from :meth:`to_record`'s values; ``ValueError`` naming what is wrong."""
        if not isinstance(record, dict):
            raise ValueError(f"a snapshot must be an object, not {type(record).__name__}")
        unknown = set(record) - {"figure", "provenance", "cover", "caption", "evidence"}
        if unknown:
            raise ValueError(f"unknown snapshot field(s): {', '.join(sorted(unknown))}")
        figure = record.get("figure")
        try:
            drawn = json.loads(figure) if isinstance(figure, str) else None
        except ValueError:
            drawn = None
        if not isinstance(drawn, dict) or not isinstance(drawn.get("data", []), list):
            raise ValueError("the snapshot's figure is not a Plotly figure's JSON")
        p = record.get("provenance")
        if not isinstance(p, dict):
            raise ValueError("the snapshot has no provenance")
        try:
            provenance = Provenance(
                corpus=str(p["corpus"]), filters=str(p["filters"]), filters_ar=str(p["filters_ar"]),
                n_articles=int(p["n_articles"]), n_sentences=int(p["n_sentences"]),
                exported=dt.date.fromisoformat(p["exported"]),
            )  # fmt: skip
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(f"the snapshot's provenance is not as written ({error})") from None
        cover = record.get("cover") or {}
        if not isinstance(cover, dict) or set(cover) - set(_LANGS):
            raise ValueError(f"the snapshot's cover must hold the lines of {' and '.join(_LANGS)}")
        cover = {lang: _texts(lines, f"{lang} cover") for lang, lines in cover.items()}
        caption = record.get("caption") or ""
        if not isinstance(caption, str):
            raise ValueError(f"the snapshot's caption must be a text, not {caption!r:.80}")
        evidence = record.get("evidence") or []
        if not isinstance(evidence, list) or not all(
            isinstance(row, dict) and set(row) <= set(EVIDENCE_COLUMNS) for row in evidence
        ):
            raise ValueError("the snapshot's evidence must be a list of sentences (doc_id, sentence_idx, text, ...)")
        return cls(str(figure), provenance, cover, caption, tuple(evidence))
