"""CPU time of drawing each chart of the dashboard's pages for a new selection, outside Streamlit.

    .venv/bin/python bench/chart_build_bench.py [--corpus seeds] [--lang ar] [--repeat 5]

What a page's filter change spends on its charts: per chart, the registry's drawing
(:func:`analysis.charts.registry.make_figure`), the provenance footer
(:func:`analysis.briefing.provenance.with_footer`) and the JSON that ``st.plotly_chart`` sends
(``to_dict`` then ``plotly.io.to_json``), for the bench's four actor selections
(``bench/dashboard_bench.py``), each drawn ``--repeat`` times. CPU time of the process (the
machine may be shared: it varies less with the load than the wall time); the median per chart
and per page, in milliseconds. The options are the pages' (``dashboard/views``).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: The charts each page draws, with the options it gives (titles aside), for a selection of themes.
PAGES = {
    "overview": [
        ("top_actors", {"top_n": 10}),
        ("top_regions", {"top_n": 10}),
        ("event_timeline", {"top_lanes": 5}),
        ("theme_terms", {"n_terms": 6, "cols": 2}),
        ("source_counts", {"by": "source"}),
    ],
    "themes": [
        ("theme_terms", {"n_terms": 8, "cols": 3}),
        ("doc_themes", {}),
        ("theme_share", {"period": "month"}),
    ],
    "actors": [
        ("comention_heatmap", {"window": "sentence", "measure": "count", "order": "frequency", "top_n": 25}),
        ("actor_network", {"window": "sentence", "measure": "count"}),
        ("mentions_over_time", {}),
        ("actor_region", {}),
    ],
    "timeline": [
        ("event_timeline", {"view": "news", "lanes": "event_type"}),
        ("event_counts", {"view": "news"}),
    ],
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT / "seeds"))
    parser.add_argument("--lang", default="both", choices=("both", "ar"))
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    import plotly.io as pio

    from analysis import config
    from analysis.aggregate.filters import FilterSpec, apply_filters
    from analysis.briefing.provenance import Provenance, with_footer
    from analysis.charts.registry import default_entities, make_figure
    from analysis.store.cache import load_or_build

    tables = load_or_build(args.corpus)
    entities = default_entities()
    below = config.gazetteer().descendants
    mentions = tables.mentions
    actors = mentions.loc[mentions["entity_kind"] == "actor", "entity_id"].value_counts().index[:4]
    views = [(FilterSpec(actors=(a,)), apply_filters(tables, FilterSpec(actors=(a,)), below=below)) for a in actors]
    footer_lang = "ar" if args.lang == "ar" else "en"

    def themed(chart_id: str, options: dict, view) -> dict:
        if chart_id == "theme_terms":
            return {**options, "theme_ids": sorted(int(i) for i in view.doc_themes["theme_id"].unique())}
        if chart_id == "mentions_over_time":
            return {**options, "entity_ids": None}
        return dict(options)

    for page, charts in PAGES.items():
        page_ms: list[float] = []
        per_chart: dict[str, list[float]] = {}
        for _ in range(args.repeat):
            total = 0.0
            for spec, view in views:
                for chart_id, options in charts:
                    began = time.process_time()
                    fig = make_figure(chart_id, view, themed(chart_id, options, view), args.lang, entities=entities)
                    provenance = Provenance.of(view, spec, corpus=tables.name, entities=entities)
                    fig = with_footer(fig, provenance, lang=footer_lang, width=1200, inplace=True)
                    pio.to_json(fig.to_dict(), validate=False)
                    ms = (time.process_time() - began) * 1000
                    per_chart.setdefault(chart_id, []).append(ms)
                    total += ms
            page_ms.append(total / len(views))
        print(f"{page:<9} median {statistics.median(page_ms):6.1f} ms of CPU per selection (charts only)")
        for chart_id, times in per_chart.items():
            print(f"    {chart_id:<20} median {statistics.median(times):6.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
