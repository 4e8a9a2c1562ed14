"""Benchmark of the full analysis build on the real SaudiNewsNet corpus.

    .venv/bin/python bench/build_bench.py [--sizes 10000 31030] [--data ../shared/data/saudinewsnet]
                                          [--scheduler synchronous|local|tcp://HOST:8786] [--no-memory]

For each size, each in a fresh process: the full ``analysis.pipeline.build`` (load +
every stage), timed alone, on the scheduler ``--scheduler`` names (default: the build's own choice,
:mod:`analysis.engine`); its peak memory (this process and its workers, and each worker's peak), from a
second build sampled every 50 ms (reading /proc/*/smaps_rollup of a 1 GB process costs
CPU, so the sampled run is not the timed one); each stage's time; and the ratio of the
full build to a bare ``TfidfVectorizer().fit_transform`` of the same texts.
Targets (2-core machine): 10k < 15 s, 31k < 45 s and < 1.5 GB, ratio ≤ 3.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "saudinewsnet"


class PeakMemory:
    """Peak of the summed proportional set size (PSS) of this process and its workers.

    PSS counts pages shared after ``fork`` once, so the sum is the memory the build
    really holds; sampled every 50 ms from /proc in a background thread.
    """

    def __init__(self):
        self.peak_kb = 0
        self.process_peak_kb: dict[int, int] = {}  # each process's own peak
        self.at_peak_kb: dict[int, int] = {}  # each process's size when the sum peaked
        self.peak_at = 0.0  # seconds from the start
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    @staticmethod
    def _tree(pid: int) -> list[int]:
        pids, todo = [], [pid]
        while todo:
            current = todo.pop()
            pids.append(current)
            for task in Path(f"/proc/{current}/task").glob("*/children"):
                with contextlib.suppress(OSError):
                    todo.extend(int(c) for c in task.read_text().split())
        return pids

    @staticmethod
    def _pss_kb(pid: int) -> int:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    return int(line.split()[1])
        except OSError:
            pass
        return 0

    def _run(self):
        me, started = os.getpid(), time.perf_counter()
        while not self._stop.wait(0.05):
            sizes = {p: self._pss_kb(p) for p in self._tree(me)}
            if sum(sizes.values()) > self.peak_kb:
                self.peak_kb, self.at_peak_kb = sum(sizes.values()), sizes
                self.peak_at = time.perf_counter() - started
            for p, kb in sizes.items():
                self.process_peak_kb[p] = max(self.process_peak_kb.get(p, 0), kb)

    @property
    def peak_mb(self) -> float:
        return round(self.peak_kb / 1024, 1)

    def worker_peaks_mb(self) -> list[float]:
        """The peak of each process but this one (the build's workers), largest first, over 50 MB."""
        me = os.getpid()
        peaks = (round(kb / 1024, 1) for p, kb in self.process_peak_kb.items() if p != me)
        return sorted((mb for mb in peaks if mb > 50), reverse=True)


def _subset_corpus(data: Path, size: int, folder: Path) -> tuple[Path, int]:
    """The first ``size`` articles of the corpus as a JSON Lines file (or the folder itself)."""
    from analysis.ingest.corpus import load_corpus

    full = load_corpus(data)
    if size >= len(full.documents):
        return data, len(full.documents)
    path = folder / f"saudinewsnet-{size}.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        for row in full.documents.head(size).itertuples(index=False):
            record = {
                "id": row.doc_id,
                "title": row.title,
                "source": row.source,
                "published": row.published.isoformat() if row.published else None,
                "url": row.url,
                "content": row.text,
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path, size


def _build_kwargs(scheduler: str | None) -> dict:
    return {} if scheduler is None else {"scheduler": scheduler}


def run_build(corpus: Path, scheduler: str | None) -> dict:
    """The full build, alone in this process (what an analyst's `analysis build` does)."""
    from analysis import engine
    from analysis.pipeline import build

    started = time.perf_counter()
    tables = build(corpus, **_build_kwargs(scheduler))
    total = time.perf_counter() - started
    engine.close()  # the workers end here, so that their CPU time is counted below
    n = len(tables.documents)
    return {
        "articles": n,
        "seconds": round(total, 2),
        "cpu_seconds": round(_cpu_seconds(), 1),
        "cpu_own_seconds": round(time.process_time(), 1),
        "articles_per_second": round(n / total),
        "stages": tables.timings,
        "mentions": len(tables.mentions),
        "events": len(tables.events),
    }


def _cpu_seconds() -> float:
    """CPU time (user + system) of this process and of its ended children (the LocalCluster's workers):
    on a machine shared with other work, it varies far less than the wall time."""
    import resource

    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run_memory(corpus: Path, scheduler: str | None) -> dict:
    """Peak memory of the full build (a separate run: sampling slows the build down)."""
    from analysis.pipeline import build

    with PeakMemory() as memory:
        build(corpus, **_build_kwargs(scheduler))
    at_peak = {p: round(kb / 1024) for p, kb in memory.at_peak_kb.items() if kb > 50 * 1024}
    return {"peak_mb": memory.peak_mb, "own_mb": round(memory.process_peak_kb.get(os.getpid(), 0) / 1024, 1),
            "worker_peaks_mb": memory.worker_peaks_mb(), "peak_at_s": round(memory.peak_at, 1),
            "at_peak_mb": [at_peak.pop(os.getpid(), 0), *sorted(at_peak.values(), reverse=True)]}  # fmt: skip


def run_bare(corpus: Path, scheduler: str | None) -> dict:
    """A bare TfidfVectorizer on the same texts, the yardstick of the build."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    from analysis.ingest.corpus import load_corpus

    texts = load_corpus(corpus).documents["text"].tolist()
    started, cpu = time.perf_counter(), time.process_time()
    TfidfVectorizer().fit_transform(texts)
    return {"bare_tfidf_seconds": round(time.perf_counter() - started, 2),
            "bare_tfidf_cpu_seconds": round(time.process_time() - cpu, 2)}  # fmt: skip


def _child(mode: str, corpus: Path, scheduler: str | None) -> dict:
    where = [] if scheduler is None else ["--scheduler", scheduler]
    out = subprocess.run(
        [sys.executable, __file__, "--mode", mode, "--corpus", str(corpus), *where],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 31030])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument(
        "--scheduler",
        default=None,
        help="'synchronous', 'local' or a scheduler's address (default: the build's own choice)",
    )
    parser.add_argument("--no-memory", action="store_true", help="skip the sampled run (peak memory)")
    parser.add_argument("--mode", choices=["build", "memory", "bare"], help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    if args.mode:
        run = {"build": run_build, "memory": run_memory, "bare": run_bare}[args.mode]
        print(json.dumps(run(args.corpus, args.scheduler)))
        return 0
    if not args.data.exists():
        print(f"error: {args.data} not found (the SaudiNewsNet ZIPs; see ../shared/data/README.md)", file=sys.stderr)
        return 2
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} ({os.cpu_count()} cores)")
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            corpus, _ = _subset_corpus(args.data, size, Path(tmp))
            r = _child("build", corpus, args.scheduler)
            if not args.no_memory:
                r.update(_child("memory", corpus, args.scheduler))
            r.update(_child("bare", corpus, args.scheduler))
        ratio = r["seconds"] / r["bare_tfidf_seconds"]
        print(f"== {r['articles']} articles (asked {size}; empty and duplicate articles are dropped on load)")
        print(f"   full build      {r['seconds']:6.2f} s   {r['articles_per_second']} articles/s")
        print(f"   CPU time        {r['cpu_seconds']:6.1f} s (the build process and its workers, import included;"
              f" the build process {r['cpu_own_seconds']:.1f} s)")  # fmt: skip
        if "peak_mb" in r:
            print(f"   peak memory     {r['peak_mb']:6.0f} MB (summed PSS of the build process and its workers)")
            print(f"     the build process {r['own_mb']:.0f} MB; its workers' peaks (MB): {r['worker_peaks_mb']}")
            print(
                f"     at the peak ({r['peak_at_s']} s in): the build process, then its workers (MB): {r['at_peak_mb']}"
            )
        print(f"   bare TF-IDF     {r['bare_tfidf_seconds']:6.2f} s   ratio full/bare = {ratio:.2f}"
              f"   (CPU {r['bare_tfidf_cpu_seconds']:.2f} s)")  # fmt: skip
        for stage, seconds in r["stages"].items():
            print(f"     {stage:<26} {seconds:6.2f} s")
        print(f"   {r['mentions']} mentions, {r['events']} dated expressions")
        print(f"   load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
