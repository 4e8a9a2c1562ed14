"""The dashboard on a build too large to load (queried where it lies through DuckDB): first page,
filter changes, clicks to evidence and the server's memory.

    .venv/bin/python bench/queried_bench.py --build /tmp/b1M [--limit N] [--changes 5]

The build folder (``python -m analysis build CORPUS --out DIR``) is linked into a fresh article store
under /tmp, then the app runs in this process (``streamlit.testing.v1.AppTest``, as
``bench/dashboard_bench.py`` does): what the server process does for an analyst, without a browser.
``--limit`` sets ``$ARABIC_NEWS_MAX_LINKED_ARTICLES`` (default: the built-in 250,000, so a build of
more articles is queried; pass a smaller one to measure the queried pages on a smaller build).

Printed: the first page (the Overview, from a fresh process: server time, the wall time of the run
and the seconds since the process started, imports included); per page (Overview, Themes, Actors,
Map, Timeline, Compare, Search), the server time of a rerun after changing the actor filter to one not seen
before (``--changes`` of them: the median and the largest); a click on a bar (an actor's sentences)
and on a co-mention cell (the pair's sentences), each a state set then a rerun, as Streamlit does
after the click's callback; Compare without filters (its two largest sources) for each kind of item, and
the selection of an actor against the rest of the build; and the process's resident memory (RSS) now
and at its peak.
Targets (issue 13, 1M articles): first page <= 5 s after start, filter change <= 2 s median per
page, server RSS <= 2 GB.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "dashboard" / "app.py")
PAGES = ["overview", "themes", "actors", "map", "timeline", "compare", "search"]


def server_ms(at) -> float:
    for caption in at.sidebar.caption:
        digits = re.findall(r"\d+", str(caption.value))
        if digits and "Server time" in caption.value:
            return float(digits[0])
    raise AssertionError("no server-time caption in the sidebar")


def opened(page: str, name: str, **params):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(APP, default_timeout=600)
    at.query_params["corpus"] = name
    for key, value in params.items():
        at.query_params[key] = value
    if page != "overview":
        at.switch_page(f"views/queried/{page}.py")
    at.run()
    if at.exception:
        raise SystemExit(f"{page}: {[e.value for e in at.exception]}")
    return at


def rss_mb() -> tuple[float, float]:
    now = psutil.Process().memory_info().rss / 2**20
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux
    return now, peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", type=Path, required=True)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--changes", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="queried-bench-") as folder:  # the store and the index, ~1 GB at 1M
        return measure(args, Path(folder))


def measure(args, work: Path) -> int:
    os.environ["ARABIC_NEWS_DATA"] = str(work / "data")
    os.environ["ARABIC_NEWS_CACHE"] = str(work / "cache")
    if args.limit is not None:
        os.environ["ARABIC_NEWS_MAX_LINKED_ARTICLES"] = str(args.limit)
    sys.path.insert(0, str(ROOT))
    from analysis.store.database import Store

    linking = time.perf_counter()
    info = Store(work / "data").link_build(args.build, "large")
    print(
        f"build {info.location}: {info.articles:,} articles, linked in {time.perf_counter() - linking:.1f} s "
        "(a build too large to load has its overview counted then, kept in the cache)"
    )
    started = time.perf_counter()  # the server's start: what the first page is timed from

    wall = time.perf_counter()
    at = opened("overview", "large")
    first_wall = time.perf_counter() - wall
    print(
        f"first page (Overview): server {server_ms(at):,.0f} ms, run {first_wall:.2f} s, "
        f"{time.perf_counter() - started:.2f} s since the server started (imports included)"
    )
    if not any("is queried where it lies" in c.value for c in at.caption):
        raise SystemExit("the build was loaded, not queried: pass --limit below its article count")

    from analysis.aggregate.filters import FilterSpec
    from dashboard import data

    ref = at.session_state["_corpus_ref"]
    actors = data.ask(ref, "top_entities", FilterSpec(), kind="actor", limit=40, leave_out=())["entity_id"].tolist()
    pages = {page: opened(page, "large", **({"q": "الحوثيين"} if page == "search" else {})) for page in PAGES}
    print("each page's first run: " + ", ".join(f"{page} {server_ms(app):,.0f} ms" for page, app in pages.items())
          + " (Search: its first query scans every sentence)")  # fmt: skip
    used = 0
    for page, app in pages.items():
        times = []
        for _ in range(args.changes):
            actor = actors[used % len(actors)]
            used += 1
            app.multiselect(key="f_actors").set_value([actor]).run()
            if app.exception:
                raise SystemExit(f"{page}: {[e.value for e in app.exception]}")
            times.append(server_ms(app))
        print(
            f"filter change, {page:9s}: median {statistics.median(times):,.0f} ms, "
            f"largest {max(times):,.0f} ms over {len(times)} actors not seen before"
        )

    overview = pages["overview"]
    overview.multiselect(key="f_actors").set_value([]).run()
    clicks = []
    for actor in actors[:3]:
        overview.session_state["qo_entity"] = actor
        overview.run()
        clicks.append(server_ms(overview))
    print(f"click on a bar (an actor's sentences): median {statistics.median(clicks):,.0f} ms")
    actors_page = pages["actors"]
    actors_page.multiselect(key="f_actors").set_value([]).run()
    top = actors[:6]
    clicks = []
    for a, b in [(top[0], top[1]), (top[2], top[3]), (top[4], top[5])]:
        actors_page.session_state["qa_cell"] = "|".join(sorted((a, b)))
        actors_page.run()
        clicks.append(server_ms(actors_page))
    print(f"click on a co-mention cell (the pair's sentences): median {statistics.median(clicks):,.0f} ms")
    compare = pages["compare"]
    compare.multiselect(key="f_actors").set_value([]).run()
    timed = []
    for what in ("terms", "actors", "places", "themes", "types"):
        compare.segmented_control(key="qc_what").set_value(what).run()
        timed.append(f"{what} {server_ms(compare):,.0f} ms")
    print("compare, two largest sources, each kind of item: " + ", ".join(timed))
    compare.multiselect(key="f_actors").set_value([actors[0]]).run()
    compare.segmented_control(key="qc_mode").set_value("selection").run()
    if compare.exception:
        raise SystemExit(f"compare: {[e.value for e in compare.exception]}")
    print(f"compare, {actors[0]} against the rest of the build (types): {server_ms(compare):,.0f} ms")
    now, peak = rss_mb()
    print(f"server process RSS: {now:,.0f} MB now, {peak:,.0f} MB at its peak")
    return 0


if __name__ == "__main__":
    sys.exit(main())
