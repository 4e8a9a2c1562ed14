"""Where a page's filter change spends its time: cProfile of the script runs of one page.

    .venv/bin/python bench/profile_page.py actors [--corpus seeds] [--n 4] [--top 40] [--sort cumulative]
    .venv/bin/python bench/profile_page.py actors --clicks [--corpus …]   # the clicks to evidence instead
    .venv/bin/python bench/profile_page.py timeline --revisit [--corpus …]  # coming back to the page
    .venv/bin/python bench/profile_page.py compare --new-session [--corpus …]  # another analyst's first visit

CPU time is printed beside the server time: the machine may be shared, and CPU time varies
less with its load; the CPU time of the script's thread (the run itself) least, as the process'
also counts AppTest's polling, which grows with the wait. Runs the app as ``bench/dashboard_bench.py`` does (AppTest, the on-disk cache warm), opens the
page, then profiles the reruns after ``--n`` actor selections not seen before (the bench's
filter change) and prints the functions by cumulative time, with the server time of each run.
``--clicks`` profiles the reruns after the bench's clicks to evidence on the page instead
(``bench/dashboard_bench.py``'s, ``--n`` of each kind; the Actors page's three kinds, the Overview's bars).
AppTest runs the script in a thread of its own, so the profiler is switched on in that thread.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page")
    parser.add_argument("--corpus", default=str(ROOT / "seeds"))
    parser.add_argument("--n", type=int, default=4)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--sort", default="cumulative")
    parser.add_argument("--first", action="store_true", help="profile the first run of the app instead")
    parser.add_argument("--clicks", action="store_true", help="profile the clicks to evidence instead")
    parser.add_argument(
        "--revisit", action="store_true", help="profile coming back to the page (its figures cached) instead"
    )
    parser.add_argument(
        "--new-session",
        action="store_true",
        help="profile a new session's first visit to the page, after another session has visited it",
    )
    parser.add_argument("--no-profile", action="store_true", help="only the times (server and CPU) of each run")
    parser.add_argument("--callers", default="", help="also print who calls the functions matching this (pstats)")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    from dashboard_bench import APP, _clicks, _server_ms
    from streamlit.testing.v1 import AppTest
    from streamlit.testing.v1.local_script_runner import LocalScriptRunner

    from analysis.store.cache import load_or_build

    profile = cProfile.Profile()
    active = {"on": args.first}
    original = LocalScriptRunner._run_script_thread

    thread_cpu: list[float] = []

    def profiled(self):
        began = time.thread_time()
        try:
            if not active["on"] or args.no_profile:
                return original(self)
            profile.enable()
            try:
                return original(self)
            finally:
                profile.disable()
        finally:
            thread_cpu.append((time.thread_time() - began) * 1000)

    LocalScriptRunner._run_script_thread = profiled  # type: ignore[method-assign]

    os.environ["ARABIC_NEWS_CORPUS"] = args.corpus
    tables = load_or_build(args.corpus)
    at = AppTest.from_file(APP, default_timeout=600)
    at.run()
    print(f"first run: {_server_ms(at):.0f} ms server time")
    if args.new_session:
        page = f"views/{args.page}.py"
        at.switch_page(page).run()  # the shared caches are warm after this session's visit
        for _ in range(args.n):
            other = AppTest.from_file(APP, default_timeout=600)
            other.run()
            active["on"] = True
            cpu = time.process_time()
            other.switch_page(page).run()
            cpu = (time.process_time() - cpu) * 1000
            active["on"] = False
            assert not other.exception, [e.value for e in other.exception]
            print(
                f"{args.page} in a new session: {_server_ms(other):.0f} ms server time, {cpu:.0f} ms CPU"
                f" (the process), {thread_cpu[-1]:.0f} ms CPU (the script's thread)"
            )
    elif args.revisit:
        page = f"views/{args.page}.py"
        other = "views/overview.py" if args.page != "overview" else "views/themes.py"
        at.switch_page(page).run()  # the first visit builds the page's figures
        for _ in range(args.n):
            at.switch_page(other).run()
            active["on"] = True
            cpu = time.process_time()
            at.switch_page(page).run()
            cpu = (time.process_time() - cpu) * 1000
            active["on"] = False
            assert not at.exception, [e.value for e in at.exception]
            print(
                f"{args.page} again: {_server_ms(at):.0f} ms server time, {cpu:.0f} ms CPU (the process),"
                f" {thread_cpu[-1]:.0f} ms CPU (the script's thread)"
            )
    elif args.clicks:
        if args.page != "overview":
            at.switch_page(f"views/{args.page}.py").run()
        active["on"] = True
        for kind, clicks in _clicks(tables).items():
            if (kind == "overview bar") != (args.page == "overview"):
                continue
            for state in clicks[: args.n]:
                for key, value in state.items():
                    at.session_state[key] = value
                cpu = time.process_time()
                at.run()
                cpu = (time.process_time() - cpu) * 1000
                assert not at.exception, [e.value for e in at.exception]
                print(
                    f"{kind} {'/'.join(str(v) for v in state.values())}: {_server_ms(at):.0f} ms server time,"
                    f" {cpu:.0f} ms CPU (the process), {thread_cpu[-1]:.0f} ms CPU (the script's thread)"
                )
    elif not args.first:
        if args.page != "overview":
            at.switch_page(f"views/{args.page}.py").run()
        mentions = tables.mentions
        actors = mentions.loc[mentions["entity_kind"] == "actor", "entity_id"].value_counts().index[: args.n]
        active["on"] = True
        for actor in actors:
            at.multiselect(key="f_actors").set_value([actor])
            cpu = time.process_time()
            at.run()
            cpu = (time.process_time() - cpu) * 1000
            assert not at.exception, [e.value for e in at.exception]
            print(
                f"{args.page} with {actor}: {_server_ms(at):.0f} ms server time, {cpu:.0f} ms CPU (the process),"
                f" {thread_cpu[-1]:.0f} ms CPU (the script's thread)"
            )
    if args.no_profile:
        return 0
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out).sort_stats(args.sort)
    stats.print_stats(args.top)
    if args.callers:
        stats.print_callers(args.callers)
    print(out.getvalue())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
