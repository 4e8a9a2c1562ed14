"""Server time of the Compare page on a real corpus: first visit, changed selections, revisit.

    .venv/bin/python bench/compare_page_bench.py [--corpus ../shared/data/saudinewsnet] [--no-term-cache]

Runs the app as ``bench/dashboard_bench.py`` does (AppTest in this process, the corpus' analysis
read from the on-disk cache, nothing in memory: a restarted server), opens the Overview, then:

* **first visit**: the Compare page with its default selections (the two largest sources, terms),
  then the first key term chosen (its sentences on both sides, searched in the texts, and the
  attention each source gives it), and chosen no more;
* **changed selection**: two other sources (the 3rd and 4th largest), then two periods (the last
  two months), then actors, places, themes and event types of those two months;
* **revisit**: back to the Overview, then the Compare page with its default selections again.

Prints each run's server time (the app's "Server time" caption) and the CPU time of the script's
thread (less dependent on the machine's load). ``--no-term-cache`` removes the corpus' entry of the
on-disk term counts first (what the first visit after a new analysis costs). Target: <= 2 s of
server time for a comparison of two selections of the 31k corpus. Say whether the machine was
loaded (the load average is printed before and after).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT / "seeds"))
    parser.add_argument("--no-term-cache", action="store_true", help="count the terms again (no on-disk entry)")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    from dashboard_bench import APP, _server_ms
    from streamlit.testing.v1 import AppTest
    from streamlit.testing.v1.local_script_runner import LocalScriptRunner

    from analysis.aggregate import compare
    from analysis.store.cache import load_or_build

    _quiet()

    print(f"load average before: {os.getloadavg()[0]:.1f}")
    os.environ["ARABIC_NEWS_CORPUS"] = args.corpus
    tables = load_or_build(args.corpus)
    docs = tables.documents
    sources = list(docs["source"].fillna("").value_counts().index)
    months = compare.months(docs)
    del tables, docs
    if args.no_term_cache:
        _forget_term_counts(args.corpus)

    thread_cpu: list[float] = []
    original = LocalScriptRunner._run_script_thread

    def timed(self):
        began = time.thread_time()
        try:
            return original(self)
        finally:
            thread_cpu.append((time.thread_time() - began) * 1000)

    LocalScriptRunner._run_script_thread = timed  # type: ignore[method-assign]
    at = AppTest.from_file(APP, default_timeout=900)
    at.run()
    _quiet()
    print(f"first run of the app (Overview): {_server_ms(at):,.0f} ms server time")

    def report(label: str) -> None:
        assert not at.exception, [e.value for e in at.exception]
        print(f"{label:58} {_server_ms(at):7,.0f} ms server time, {thread_cpu[-1]:7,.0f} ms CPU (script's thread)")

    at.switch_page("views/compare.py").run()
    report(f"first visit: {sources[0]} vs {sources[1]}, terms")
    options = at.selectbox(key="cmp_item").options
    if len(options) > 1:
        at.selectbox(key="cmp_item").set_value(options[1]).run()
        report("  a key term's sentences on both sides and its attention")
        at.selectbox(key="cmp_item").set_value("").run()
    if len(sources) >= 4:
        at.selectbox(key="cmp_a").set_value(sources[2])
        at.selectbox(key="cmp_b").set_value(sources[3])
        at.run()
        report(f"changed selection: {sources[2]} vs {sources[3]}, terms")
    if len(months) >= 2:
        at.segmented_control(key="cmp_mode").set_value("period").run()
        at.selectbox(key="cmp_a").set_value(months[-1])
        at.selectbox(key="cmp_b").set_value(months[-2])
        at.run()
        report(f"changed selection: {months[-1]} vs {months[-2]}, terms")
        for what in ("actors", "places", "themes", "types"):
            at.segmented_control(key="cmp_what").set_value(what).run()
            report(f"  the same months, {what}")
        at.segmented_control(key="cmp_what").set_value("terms")
        at.segmented_control(key="cmp_mode").set_value("source").run()
        at.selectbox(key="cmp_a").set_value(sources[0])
        at.selectbox(key="cmp_b").set_value(sources[1])
    at.switch_page("views/overview.py").run()
    at.switch_page("views/compare.py").run()
    report(f"revisit: {sources[0]} vs {sources[1]}, terms")
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    return 0


def _quiet() -> None:
    """AppTest's "missing ScriptRunContext" warnings (one a widget set) left out of the figures."""
    import logging

    for name in list(logging.root.manager.loggerDict):
        if name.startswith("streamlit"):
            logging.getLogger(name).setLevel(logging.ERROR)


def _forget_term_counts(corpus: str) -> None:
    """Remove the on-disk term counts of every corpus (the next first visit counts them)."""
    import shutil

    from analysis import config

    for entry in config.cache_dir().glob("terms-*"):
        shutil.rmtree(entry, ignore_errors=True)
        print(f"removed {entry.name} ({corpus})")


if __name__ == "__main__":
    raise SystemExit(main())
