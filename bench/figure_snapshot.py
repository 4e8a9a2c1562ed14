"""Every chart the dashboard draws, as the browser receives it: a snapshot to compare before and after
a change that must not change what is drawn (a speed-up).

    .venv/bin/python bench/figure_snapshot.py --write /tmp/before.json [--corpus seeds]
    .venv/bin/python bench/figure_snapshot.py --compare /tmp/before.json [--corpus seeds]

Runs the app as ``bench/dashboard_bench.py`` does (AppTest, the on-disk cache warm) in English and
in Arabic, on every page that draws charts, with no actor filter and with the selections the bench
uses, and keeps the specification (the figure's JSON) and the modebar configuration of every
``st.plotly_chart`` element. ``--compare`` prints each chart that differs from the snapshot, with
the first paths where its JSON differs, and exits 1 if any does.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ["overview", "themes", "actors", "map", "timeline", "articles"]  # the pages that draw charts


def snapshot(corpus: str, n_actors: int) -> dict[str, dict]:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    from dashboard_bench import APP
    from streamlit.testing.v1 import AppTest

    from analysis.store.cache import load_or_build

    os.environ["ARABIC_NEWS_CORPUS"] = corpus
    tables = load_or_build(corpus)
    mentions = tables.mentions
    actors = list(mentions.loc[mentions["entity_kind"] == "actor", "entity_id"].value_counts().index[:n_actors])
    selections = [[], *([a] for a in actors), actors[:2]]
    charts: dict[str, dict] = {}
    for lang in ("en", "ar"):
        at = AppTest.from_file(APP, default_timeout=600)
        at.query_params["lang"] = lang  # a fresh app per language, as a link opens it
        at.run()
        for page in PAGES:
            at.switch_page(f"views/{page}.py").run()
            for selection in selections:
                at.multiselect(key="f_actors").set_value(selection).run()
                assert not at.exception, [e.value for e in at.exception]
                for n, element in enumerate(at.get("plotly_chart")):
                    proto = element.proto
                    name = f"{lang}/{page}/{'+'.join(selection) or '(all)'}/{n}"
                    charts[name] = {"spec": json.loads(proto.spec), "config": json.loads(proto.config)}
            at.multiselect(key="f_actors").set_value([]).run()
    return charts


def differences(a, b, path: str = "", limit: int = 5) -> list[str]:
    """The first ``limit`` paths where the JSON values ``a`` and ``b`` differ."""
    if type(a) is not type(b):
        return [f"{path}: {a!r:.80} != {b!r:.80}"]
    if isinstance(a, dict):
        out = []
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                out.append(f"{path}.{key}: only {'after' if key not in a else 'before'}")
            else:
                out += differences(a[key], b[key], f"{path}.{key}", limit)
            if len(out) >= limit:
                break
        return out[:limit]
    if isinstance(a, list):
        if len(a) != len(b):
            return [f"{path}: length {len(a)} != {len(b)}"]
        out = []
        for i, (x, y) in enumerate(zip(a, b)):
            out += differences(x, y, f"{path}[{i}]", limit)
            if len(out) >= limit:
                break
        return out[:limit]
    return [] if a == b else [f"{path}: {a!r:.80} != {b!r:.80}"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT / "seeds"))
    parser.add_argument("--actors", type=int, default=3, help="actor selections besides none and two together")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", help="write the snapshot to this file")
    group.add_argument("--compare", help="compare with the snapshot in this file")
    args = parser.parse_args()
    charts = snapshot(args.corpus, args.actors)
    if args.write:
        Path(args.write).write_text(json.dumps(charts, ensure_ascii=False, sort_keys=True))
        print(f"{len(charts)} charts written to {args.write}")
        return 0
    before = json.loads(Path(args.compare).read_text())
    changed = 0
    for name in sorted(set(before) | set(charts)):
        if name not in charts or name not in before:
            print(f"{name}: only {'before' if name not in charts else 'after'}")
            changed += 1
            continue
        found = differences(before[name], json.loads(json.dumps(charts[name])))
        if found:
            changed += 1
            print(f"{name}:")
            for line in found:
                print(f"    {line}")
    print(f"{len(charts)} charts, {changed} differ from {args.compare}")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
