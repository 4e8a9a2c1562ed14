"""Ten chart exports in one briefing pack on the seed corpus: the first (with Chromium's
start-up) and each of the rest (target: under 1 s each after the first).

    .venv/bin/python bench/briefing_bench.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis.briefing import BriefingPack, PackItem, build_pack
from analysis.pipeline import build

CHARTS = ["top_actors", "top_regions", "comention_heatmap", "actor_network", "actor_region",
          "event_timeline", "mentions_over_time", "theme_terms", "theme_share", "doc_themes"]  # fmt: skip


def main() -> None:
    tables = build(Path(__file__).resolve().parent.parent / "seeds")
    pack = BriefingPack("روسيا وتركيا في شمال سوريا", [PackItem(c, lang="ar") for c in CHARTS], notes="ملاحظات")
    began = time.perf_counter()
    result = build_pack(pack, tables, formats=("pdf", "pptx"))
    total = time.perf_counter() - began
    first, rest = result.export_seconds[0], result.export_seconds[1:]
    print(f"chart renders per chart (page PNG 620 px × 4, slide PNG 1000 px × 2.5; a band each for large "
          f"matrices), {len(result.export_seconds)} charts in one pack:")  # fmt: skip
    print(f"  first:  {first:.2f} s (starts Chromium)")
    for chart, seconds in zip(CHARTS[1:], rest):
        print(f"  {chart:20} {seconds:.2f} s")
    print(f"  rest: mean {sum(rest) / len(rest):.2f} s, max {max(rest):.2f} s (target < 1 s each)")
    print(f"whole pack (draw, caption, evidence, export, PDF {len(result.pdf) // 1024} KB, "
          f"PPTX {len(result.pptx) // 1024} KB): {total:.1f} s")  # fmt: skip


if __name__ == "__main__":
    main()
