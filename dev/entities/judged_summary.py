"""Break the judged mentions down as judged: by stratum, by entity source, by cause of error.

    .venv/bin/python dev/entities/judged_summary.py [dev/entities/mentions_judged_world.jsonl]

`../score_entities.py --mentions FILE` rescores the judged spans with the analysis *now*; this reads
the verdicts as written (no analysis run) and splits them by what the scorer does not show:

* ``stratum``: ``mentions`` (uniform over all system mentions: the estimate of the corpus's mention
  precision) or ``entities`` (uniform over the entities found, then over their mentions). Lines
  without the field take it from their position (``--sample`` alternates, mentions first).
* entity source: GeoNames cities (an entity with a ``geonames`` id), the curated entities, or the
  discovered ones (alias_kind ``discovered``: names found in the corpus, the home state's institutions).
* ``cause`` of a wrong one; *lenient* counts ``city for its province`` as right.
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from analysis.config import gazetteer  # noqa: E402
from dev.entities.common import HERE, read_jsonl  # noqa: E402

LENIENT = {"city for its province"}


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if not n:
        return 0.0, 0.0
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return c - h, c + h


def line(label: str, rows: list[dict]) -> str:
    n = len(rows)
    k = sum(r["verdict"] == "correct" for r in rows)
    k2 = k + sum(r["verdict"] == "wrong" and r.get("cause") in LENIENT for r in rows)
    lo, hi = wilson(k, n)
    return (f"  {label:28} {k / n:6.1%} ({k}/{n})  95% CI {lo:.1%}–{hi:.1%}   lenient {k2 / n:6.1%} ({k2}/{n})"
            if n else f"  {label:28} n/a")  # fmt: skip


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "mentions_judged_world.jsonl"
    rows = [r for r in read_jsonl(path) if r.get("verdict") in ("correct", "wrong")]
    gaz = gazetteer()
    for i, r in enumerate(rows):
        r.setdefault("stratum", "mentions" if i % 2 == 0 else "entities")
        e = gaz.entities.get(r["entity_id"])
        r["source"] = ("discovered" if r.get("alias_kind") == "discovered"
                       else "geonames" if e is not None and e.geonames else "curated")  # fmt: skip
    print(f"{len(rows)} judged mentions ({path.name}); verdicts as judged; gazetteer now {gaz.version}")
    print(line("all", rows))
    for s in ("mentions", "entities"):
        sub = [r for r in rows if r["stratum"] == s]
        print(line(f"stratum {s}", sub))
        for src in ("curated", "geonames", "discovered"):
            print(line(f"  {src}", [r for r in sub if r["source"] == src]))
    wrong = [r for r in rows if r["verdict"] == "wrong"]
    print(f"\n{len(wrong)} wrong, by cause (stratum mentions / entities):")
    causes = Counter(r.get("cause") or "?" for r in wrong)
    for cause, n in causes.most_common():
        m = sum(r.get("cause") == cause and r["stratum"] == "mentions" for r in wrong)
        print(f"  {n:3} ({m:2} / {n - m:2}) {cause}")
    for cause in causes:
        print(f"\n  {cause}:")
        for r in wrong:
            if (r.get("cause") or "?") == cause:
                print(f"    [{r['stratum'][0]}] {r['surface']} → {r['entity_id']}"
                      f"{' (right: ' + r['correct_entity_id'] + ')' if r.get('correct_entity_id') else ''}: {r['note']}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
