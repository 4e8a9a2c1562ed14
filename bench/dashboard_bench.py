"""Server time of the dashboard: first page of a cached corpus, and filter changes.

    .venv/bin/python bench/dashboard_bench.py [--corpus seeds] [--corpus ../shared/data/saudinewsnet]

For each corpus (analysed once beforehand, so the on-disk cache is warm, as after a
restart): the first run of the app in a fresh process (cache on disk, nothing in memory:
what an analyst waits for when opening the dashboard), then, per page, the server time of
a rerun after changing the actor filter to a selection not seen before, and the Search page's
first query (which builds the index), further queries, a page change and a filter change. Server time is
the app's own measure of its script run (the "Server time" line in the sidebar, from the
first line of ``app.py`` to the end of the page), which is what Streamlit spends on each
interaction; the wall time of ``AppTest.run`` (which adds AppTest's polling) is shown beside it.
Targets: filter change < 300 ms on the seeds, < 1.5 s on the 31k corpus; first page < 3 s.

Click to evidence: the server time of the rerun after a click on a count, for four clicks not
seen before of each kind (a co-mention cell, an actors × regions cell, a network node on the
Actors page; a top-regions bar on the Overview). AppTest cannot click a chart, so the state a
click's on_select callback sets (``ev_a``/``ev_b`` and the chart clicked, ``ac_ev_from``;
``ov_pick``) is set, then the app reruns, as Streamlit does after the callback.
Targets: <= 500 ms on the seeds, <= 1.5 s on the 31k corpus.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "dashboard" / "app.py")
PAGES = ["overview", "themes", "actors", "timeline", "articles", "gazetteer"]


def _server_ms(at) -> float:
    """The app's "Server time: N ms" caption (sidebar), in English or Arabic."""
    for caption in at.sidebar.caption:
        digits = re.findall(r"\d+", str(caption.value))
        if digits and ("Server time" in caption.value or "زمن الخادم" in caption.value):
            return float(digits[0])
    raise AssertionError("no server-time caption in the sidebar")


def measure(corpus: str) -> dict:
    sys.path.insert(0, str(ROOT))
    from streamlit.testing.v1 import AppTest

    from analysis.store.cache import load_or_build

    os.environ["ARABIC_NEWS_CORPUS"] = corpus
    started = time.perf_counter()
    tables = load_or_build(corpus)  # reads the on-disk cache (built by the parent)
    # what the steps choose, taken now: this process' own copy of the tables is then let go, so the
    # memory measured at the end is the app's (AppTest runs it in this process)
    top_actors = tables.mentions.loc[tables.mentions["entity_kind"] == "actor", "entity_id"].value_counts().index[:8]
    clicks, articles = _clicks(tables), len(tables.documents)
    del tables
    gc.collect()
    at = AppTest.from_file(APP, default_timeout=600)
    at.run()
    first = time.perf_counter() - started
    assert not at.exception, [e.value for e in at.exception]
    first_server = _server_ms(at)

    per_page = {}
    for page in PAGES:
        at.switch_page(f"views/{page}.py").run()
        times, server = [], []
        for actor in top_actors[:4]:
            at.multiselect(key="f_actors").set_value([actor])
            began = time.perf_counter()
            at.run()
            times.append(time.perf_counter() - began)
            assert not at.exception, [e.value for e in at.exception]
            server.append(_server_ms(at))
        at.multiselect(key="f_actors").set_value([])
        at.run()
        per_page[page] = {
            "median_ms": round(statistics.median(server)),
            "max_ms": round(max(server)),
            "wall_median_ms": round(statistics.median(times) * 1000),
        }
    return {
        "articles": articles,
        "first_page_s": round(first, 2),
        "first_page_server_s": round(first_server / 1000, 2),
        "filter_change": per_page,
        # the clicks first: the Search steps end with an actor filter, which would leave some of
        # the clicked pairs out of the selection
        "click_to_evidence": click_to_evidence(at, clicks),
        "search": measure_search(at, top_actors[4:8]),
        "rss_mb": _rss_mb(),
    }


def _rss_mb() -> dict[str, int]:
    """The process's resident memory now and at its peak (MB): AppTest runs the app in this process,
    so this is the server's memory after every page, the clicks and the searches."""
    status = Path("/proc/self/status").read_text().splitlines()
    fields = {
        line.split(":")[0]: int(line.split()[1]) // 1024 for line in status if line.startswith(("VmRSS", "VmHWM"))
    }
    return {"now": fields.get("VmRSS", 0), "peak": fields.get("VmHWM", 0)}


#: The Search page's steps, each a rerun: (label, query, page, actor filter or None to keep it).
SEARCH_QUERIES = ("روسيا", "وقف إطلاق النار", "السعودية")


def measure_search(at, actors) -> dict:
    """Server time of the Search page: the first query (which builds the corpus' index), other
    queries, the next page of lines (cached), and a filter change with a query in the box."""
    at.switch_page("views/search.py").run()
    steps = {}
    for n, query in enumerate(SEARCH_QUERIES):
        at.text_input(key="se_q").input(query).run()
        assert not at.exception, [e.value for e in at.exception]
        steps["first query (builds the index)" if n == 0 else f"query {query}"] = _server_ms(at)
    pager = [w for w in at.number_input if w.key == "se_page"]
    if pager and pager[0].proto.max > 1:  # the element has no max_value; its proto holds the bound
        pager[0].set_value(2).run()
        steps["next page"] = _server_ms(at)
    for actor in list(actors)[:2]:
        at.multiselect(key="f_actors").set_value([actor]).run()
        assert not at.exception, [e.value for e in at.exception]
        steps[f"filter change ({actor})"] = _server_ms(at)
    return {label: round(ms) for label, ms in steps.items()}


def _clicks(tables) -> dict[str, list[dict]]:
    """Four clicks of each kind, as session-state changes: the strongest pairs, cells, nodes, bars."""
    from analysis.viz.heatmap import actor_region_table

    kinds = tables.mentions.drop_duplicates("entity_id").set_index("entity_id")["entity_kind"]
    actors = set(kinds.index[kinds == "actor"])
    pairs = tables.comentions[
        (tables.comentions["window"] == "sentence")
        & tables.comentions["entity_a"].isin(actors)
        & tables.comentions["entity_b"].isin(actors)
    ].nlargest(4, "count")
    matrix = actor_region_table(tables.mentions).stack()
    cells = matrix[matrix > 0].sort_values(ascending=False).index[:4]
    top_actors = tables.mentions.loc[tables.mentions["entity_kind"] == "actor", "entity_id"].value_counts().index
    top_regions = tables.mentions.loc[tables.mentions["entity_kind"] == "region", "entity_id"].value_counts().index
    return {
        "heatmap cell": [
            {"ev_a": a, "ev_b": b, "ac_ev_from": "heatmap"} for a, b in zip(pairs["entity_a"], pairs["entity_b"])
        ],
        "actors x regions cell": [{"ev_a": a, "ev_b": r, "ac_ev_from": "regions"} for a, r in cells],
        "network node": [{"ev_a": a, "ev_b": "", "ac_ev_from": "network"} for a in top_actors[:4]],
        "overview bar": [{"ov_pick": r} for r in top_regions[:4]],
    }


def click_to_evidence(at, clicks_by_kind: dict[str, list[dict]]) -> dict:
    """Server time of the rerun after each click (see the module's docstring), per kind of click
    (``clicks_by_kind``: :func:`_clicks`)."""
    out = {}
    for kind, clicks in clicks_by_kind.items():
        at.switch_page("views/overview.py" if kind == "overview bar" else "views/actors.py").run()
        server, times = [], []
        for state in clicks:
            for key, value in state.items():
                at.session_state[key] = value
            began = time.perf_counter()
            at.run()
            times.append(time.perf_counter() - began)
            assert not at.exception, [e.value for e in at.exception]
            server.append(_server_ms(at))
        out[kind] = {
            "median_ms": round(statistics.median(server)),
            "max_ms": round(max(server)),
            "wall_median_ms": round(statistics.median(times) * 1000),
        }
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="append", help="corpus path (repeatable); default: seeds")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one)))
        return 0
    for corpus in args.corpus or [str(ROOT / "seeds")]:
        if not Path(corpus).exists():
            print(f"error: {corpus} not found", file=sys.stderr)
            return 2
        sys.path.insert(0, str(ROOT))
        from analysis.store.cache import load_or_build

        load_or_build(corpus)  # warm the on-disk cache once
        out = subprocess.run([sys.executable, __file__, "--one", corpus], check=True, capture_output=True, text=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"== {corpus}: {r['articles']} articles")
        print(
            f"   first page of the cached corpus: {r['first_page_server_s']:.2f} s server time "
            f"({r['first_page_s']:.2f} s in a fresh process, Python imports included)"
        )
        print("   filter change (new actor selection), server time per page:")
        for page, figures in r["filter_change"].items():
            print(
                f"     {page:<10} median {figures['median_ms']:5d} ms   max {figures['max_ms']:5d} ms"
                f"   (AppTest wall time, median {figures['wall_median_ms']} ms)"
            )
        print("   search page, server time:")
        for step, ms in r["search"].items():
            print(f"     {step:<40} {ms:5d} ms")
        print("   click to evidence, server time per kind of click:")
        for kind, figures in r["click_to_evidence"].items():
            print(
                f"     {kind:<22} median {figures['median_ms']:5d} ms   max {figures['max_ms']:5d} ms"
                f"   (AppTest wall time, median {figures['wall_median_ms']} ms)"
            )
        print(f"   server memory (RSS) after all of the above: {r['rss_mb']['now']} MB (peak {r['rss_mb']['peak']} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
