"""Concurrent analysts on one dashboard server: server-side time per interaction under load.

    .venv/bin/python bench/load_bench.py [--corpus ../shared/data/saudinewsnet] [--sessions 1 10 20] [--steps 8]
        [--processes 2] [--client protocol|browser]

Starts ``streamlit run dashboard/app.py`` on the corpus (its analysis cached on disk beforehand, as
after a restart), or with ``--processes N`` ``python -m dashboard.serve``, and opens each page once
(:mod:`dashboard.warm`, as ``dashboard.serve`` does for each of its processes before it answers).
Then for each N it opens N sessions at once and has each do ``--steps`` interactions: a page change,
in the order Themes → Actors → Timeline → Articles → Compare → Overview → …, each a rerun of the app
in that session, all sessions in step (the worst case: every session asks for the same page at once).

A session is, by default (``--client protocol``), the browser's own protocol (a WebSocket to
``/_stcore/stream``, the page changes as ``rerun_script`` requests: :class:`dashboard.warm.Session`),
so the server's cores are left to the server: on a 2-core machine, 20 headless Chromium pages take
~30 s of CPU just to load the app's scripts, whether the server is busy or not. ``--client browser``
drives one headless Chromium instead (a context per session, clicks in the sidebar) and measures
from the click until the page has drawn.

For every interaction it reads the app's own "Server time" (the script's run, from app.py's first
line to the end of the page) and the wall time (the request or click until the run has finished or
the page has drawn), prints the median, p95 and max of both per N, and the errors (a run that
raised, a session that never finished). Target (issue 14): p95 server time <= 2 s at N = 10 and no
error at N = 20 on the 31k corpus.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "browser"))

from live_page import _IDLE_JS  # noqa: E402  (what "the page has drawn" means in the browser tests)

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]  # fmt: skip
PAGES = ["themes", "actors", "timeline", "articles", "compare", "overview"]
SERVER_TIME = re.compile(r"(?:Server time|زمن الخادم)\D*(\d+)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(corpus: str, work: Path, processes: int = 1) -> tuple[subprocess.Popen, str]:
    """``streamlit run`` on the corpus, or with ``processes`` > 1 ``python -m dashboard.serve``
    (that many Streamlit processes behind its sticky proxy)."""
    port = free_port()
    env = {**os.environ, "ARABIC_NEWS_CORPUS": corpus, "ARABIC_NEWS_DATA": str(work / "data"),
           "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}  # fmt: skip
    from analysis import config

    env["ARABIC_NEWS_CACHE"] = str(config.cache_dir())  # the analysis cached by main(), not a new one
    with open(work / "server.log", "wb") as log, open(work / "server.out", "wb") as out:
        command = (
            [sys.executable, "-m", "dashboard.serve", "--processes", str(processes), "--port", str(port)]
            if processes > 1
            else [sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard" / "app.py"), "--server.port",
                  str(port), "--server.headless", "true", "--server.address", "127.0.0.1"]
        )  # fmt: skip
        proc = subprocess.Popen(
            command,
            cwd=ROOT, env=env, stdout=out, stderr=log, start_new_session=True,
        )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 900  # dashboard.serve answers once its processes are warm
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2):
                break
        except OSError:
            time.sleep(0.5)
    else:
        raise SystemExit(f"the server did not start: see {work / 'server.log'}")
    if processes == 1:  # one `streamlit run`: warmed as dashboard.serve warms its processes
        from dashboard.warm import language_queries, warm_all

        asyncio.run(warm_all([port], language_queries(["ar"])))
    for line in (work / "server.out").read_text("utf-8", "replace").splitlines():
        if "warm" in line:
            print(f"  {line}")
    return proc, base


async def settle(page, timeout_ms: int = 300_000) -> None:
    await page.wait_for_function(_IDLE_JS, timeout=timeout_ms)
    await page.wait_for_timeout(200)
    await page.wait_for_function(_IDLE_JS, timeout=timeout_ms)


async def server_ms(page) -> float | None:
    text = await page.locator('[data-testid="stSidebar"]').inner_text(timeout=300_000)
    found = SERVER_TIME.search(text)
    return float(found.group(1)) if found else None


async def session(browser, base: str, steps: int, results: list, errors: list) -> None:
    context = await browser.new_context(viewport={"width": 1400, "height": 900})
    page = await context.new_page()
    try:
        await page.goto(base)
        await settle(page)
        for step in range(steps):
            target = PAGES[step % len(PAGES)]
            before = await server_ms(page)
            started = time.perf_counter()
            links = page.locator('[data-testid="stSidebarNav"] a')
            # the default page (Overview) is served at the root: its link is the first, not ".../overview"
            await (links.first if target == "overview" else links.and_(page.locator(f'a[href$="/{target}"]'))).click()
            await page.wait_for_function(
                "(before) => { const m = document.querySelector('[data-testid=\"stSidebar\"]')?.innerText"
                ".match(/(?:Server time|زمن الخادم)\\D*(\\d+)/); return m && Number(m[1]) !== before; }",
                arg=before,
                timeout=300_000,
            )  # a new run has written its time (a run with the very same ms is missed: rare, and then waits)
            await settle(page)
            wall = time.perf_counter() - started
            ms = await server_ms(page)
            if await page.locator('[data-testid="stException"]').count():
                errors.append(f"{target}: an exception on the page")
            results.append((target, ms, wall * 1000))
    except Exception as error:  # a session that never settles is an error of the run, not of the bench
        errors.append(f"{type(error).__name__}: {str(error)[:200]}")
    finally:
        await context.close()


async def protocol_session(port: int, steps: int, results: list, errors: list) -> None:
    """A session as the browser's protocol makes it (dashboard.warm.Session): the same page changes,
    without a browser drawing them; the wall time is from the request until the run has finished."""
    from dashboard.warm import Session

    try:
        async with Session.open(port) as session:
            await session.run()
            for step in range(steps):
                target = PAGES[step % len(PAGES)]
                started = time.perf_counter()
                done = await session.run("" if target == "overview" else target)
                wall = time.perf_counter() - started
                found = next((m for m in map(SERVER_TIME.search, done.texts) if m), None)
                if done.problem:
                    errors.append(f"{target}: {done.problem}")
                results.append((target, float(found.group(1)) if found else None, wall * 1000))
    except Exception as error:
        errors.append(f"{type(error).__name__}: {str(error)[:200]}")


async def selection_session(port: int, actors: list[str], results: list, errors: list) -> None:
    """A link with a selection no one has opened yet (``?actors=X``), one new session per actor:
    the Overview's first run for it, every cache of that selection cold."""
    from dashboard.warm import Session

    for actor in actors:
        try:
            async with Session.open(port, query=f"actors={actor}") as session:
                started = time.perf_counter()
                done = await session.run()
                wall = time.perf_counter() - started
        except Exception as error:
            errors.append(f"{type(error).__name__}: {str(error)[:200]}")
            continue
        found = next((m for m in map(SERVER_TIME.search, done.texts) if m), None)
        if done.problem:
            errors.append(f"actors={actor}: {done.problem}")
        results.append(("new selection", float(found.group(1)) if found else None, wall * 1000))


async def run_selections(base: str, sessions: int, actors: list[str], per_session: int) -> tuple[list, list]:
    results: list = []
    errors: list = []
    port = int(base.rsplit(":", 1)[1])
    chunks = [actors[i * per_session : (i + 1) * per_session] for i in range(sessions)]
    await asyncio.gather(*(selection_session(port, chunk, results, errors) for chunk in chunks))
    return results, errors


def summary(label: str, results: list, errors: list, wall_name: str) -> str:
    server = [ms for _, ms, _ in results if ms is not None]
    wall = [w for _, _, w in results]
    if not server:
        return f"  {label}: no interaction finished · errors {len(errors)}"
    return (
        f"  {label}: server time median {statistics.median(server):6.0f} ms, p95 {p95(server):6.0f}, "
        f"max {max(server):6.0f} · {wall_name} median {statistics.median(wall):6.0f} ms, p95 {p95(wall):6.0f}"
        f" · errors {len(errors)}"
    )


async def run(base: str, sessions: int, steps: int, client: str = "browser") -> tuple[list, list]:
    results: list = []
    errors: list = []
    if client == "protocol":
        port = int(base.rsplit(":", 1)[1])
        await asyncio.gather(*(protocol_session(port, steps, results, errors) for _ in range(sessions)))
        return results, errors
    from playwright.async_api import async_playwright

    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        await asyncio.gather(*(session(browser, base, steps, results, errors) for _ in range(sessions)))
        await browser.close()
    return results, errors


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def server_rss(pid: int) -> str:
    """The server's resident memory now and at its peak (``VmRSS``, ``VmHWM``), in MB: each
    Streamlit process of ``dashboard.serve`` (the proxy's children) or the one ``streamlit run``."""
    children = Path(f"/proc/{pid}/task/{pid}/children")
    pids = [int(p) for p in children.read_text().split()] if children.exists() else []
    return " · ".join(_rss(p) for p in pids or [pid])


def _rss(pid: int) -> str:
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return "unknown (the process is gone)"
    mb = {line.split(":")[0]: int(line.split()[1]) // 1024 for line in lines if line.startswith(("VmRSS", "VmHWM"))}
    return f"RSS {mb.get('VmRSS', 0)} MB (peak {mb.get('VmHWM', 0)} MB)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "data" / "saudinewsnet"))
    parser.add_argument("--sessions", type=int, nargs="+", default=[1, 10, 20])
    parser.add_argument("--steps", type=int, default=8)
    parser.add_argument("--processes", type=int, default=1, help="Streamlit processes behind dashboard.serve")
    parser.add_argument(
        "--client", choices=["protocol", "browser"], default="protocol",
        help="sessions over the browser's WebSocket protocol (the server's cores left to it), or in Chromium",
    )  # fmt: skip
    parser.add_argument(
        "--selections", type=int, default=0, metavar="K",
        help="then each session opens K links with a selection not seen before (?actors=X, protocol client)",
    )  # fmt: skip
    args = parser.parse_args()

    from analysis.store.cache import load_or_build

    started = time.perf_counter()
    tables = load_or_build(args.corpus)  # the server then reads this cache
    print(f"{args.corpus}: {len(tables.documents)} articles (analysis cached in {time.perf_counter() - started:.0f} s)")
    mentions = tables.mentions
    actors = list(mentions.loc[mentions["entity_kind"] == "actor", "entity_id"].value_counts().index)
    needed = [n * args.selections for n in args.sessions]  # each N its own actors: no cache shared between them
    starts = [sum(needed[:i]) for i in range(len(needed))]
    actor_lists = iter(actors[start : start + count] for start, count in zip(starts, needed))
    with tempfile.TemporaryDirectory() as folder:
        proc, base = start_server(args.corpus, Path(folder), args.processes)
        try:
            for n in args.sessions:
                began = time.perf_counter()
                results, errors = asyncio.run(run(base, n, args.steps, args.client))
                wall_name = "click to drawn" if args.client == "browser" else "request to finished"
                print(summary(f"{n:3d} sessions x {args.steps} page changes ({time.perf_counter() - began:.0f} s)",
                              results, errors, wall_name))  # fmt: skip
                by_page = {
                    page: [ms for target, ms, _ in results if target == page and ms is not None] for page in PAGES
                }
                print("      server time by page (median / max ms): " + ", ".join(
                    f"{page} {statistics.median(v):.0f}/{max(v):.0f}" for page, v in by_page.items() if v))  # fmt: skip
                for error in errors[:5]:
                    print(f"      {error.splitlines()[0]}")
                if args.selections:
                    began = time.perf_counter()
                    chosen, errors = asyncio.run(run_selections(base, n, next(actor_lists), args.selections))
                    label = f"{n:3d} sessions x {args.selections} new selections ({time.perf_counter() - began:.0f} s)"
                    print(summary(label, chosen, errors, "request to finished"))
                    for error in errors[:5]:
                        print(f"      {error.splitlines()[0]}")
                print(f"      streamlit server memory: {server_rss(proc.pid)}")
        finally:
            proc.terminate()  # dashboard.serve stops its processes
            proc.wait(timeout=30)


if __name__ == "__main__":
    main()
