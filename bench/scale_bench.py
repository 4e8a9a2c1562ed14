"""How the build scales: SaudiNewsNet (31k) and corpora made from it at 100k, 300k and 1M articles.

    .venv/bin/python bench/scale_bench.py [--sizes 31k 100k 300k 1M] [--scheduler local]
        [--mode stream|memory] [--corpora /tmp/scale-corpora] [--data ../shared/data/saudinewsnet]
        [--results FILE.jsonl]

For each size, in a fresh process (the driver): the whole build as ``python -m analysis build CORPUS
--out DIR --stream`` does it (``--mode stream``, the default: :mod:`analysis.streaming`, read, extracted
and written partition by partition; the CLI's default from 100,000 articles) or as ``--no-stream
--no-csv`` (``--mode memory``: every table in the driver, then written), the partitioned Parquet written
under /tmp and removed after, on a LocalCluster by default (``--scheduler`` as for the build). ``31k`` is the
SaudiNewsNet corpus itself; a larger size is the corpus of ``bench/make_large_corpus.py`` at that size,
made under ``--corpora`` on first use and reused after.

Printed per size: articles/s, wall time, the peak resident memory (RSS, sampled every 0.2 s with
psutil) of the driver and of each worker process (every descendant of the driver over 100 MB: the
LocalCluster's workers), and the linearity ratio ``(time(N) / time(first size)) / (N / first size)``
(1.0: cost grows as the corpus; the target is ≤ 1.3 at 1M against 31k, and ≤ 2 GB per worker at
every size). Each size's figures are also appended as a JSON line to ``--results``. With
``--scheduler tcp://HOST:8786`` the workers are not this machine's processes: their memory is on the
cluster's Dask dashboard, and only the driver's is printed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil
from make_large_corpus import DEFAULT_DATA  # bench/, the script's own folder, is first on the path

from analysis.partitioned import write_partitioned

ROOT = Path(__file__).resolve().parent.parent

#: Descendants of the driver at least this big are counted as workers (a nanny or Dask's resource
#: tracker stays well below).
WORKER_FLOOR_MB = 100


def parse_size(text: str) -> int | None:
    """``"31k"`` → None (the source corpus itself), ``"100k"`` → 100000, ``"1M"`` → 1000000, ``"2500"`` → 2500."""
    if text.lower() == "31k":
        return None
    scale = {"k": 1_000, "m": 1_000_000}.get(text[-1].lower(), 1)
    return int(float(text[:-1] if scale > 1 else text) * scale)


class TreeMemory:
    """Peak RSS of a process and of each of its descendants, sampled every ``interval`` seconds."""

    def __init__(self, pid: int, interval: float = 0.2):
        self.root = psutil.Process(pid)
        self.interval = interval
        self.driver_peak = 0
        self.peaks: dict[int, int] = {}  # descendant pid → its peak RSS
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                self.driver_peak = max(self.driver_peak, self.root.memory_info().rss)
                children = self.root.children(recursive=True)
            except psutil.Error:
                continue
            for child in children:
                with contextlib.suppress(psutil.Error):
                    self.peaks[child.pid] = max(self.peaks.get(child.pid, 0), child.memory_info().rss)

    def worker_peaks_mb(self) -> list[float]:
        mb = (round(b / 2**20) for b in self.peaks.values())
        return sorted((m for m in mb if m >= WORKER_FLOOR_MB), reverse=True)


def corpus_for(size: int | None, corpora: Path, data: Path) -> Path:
    """The corpus of ``size`` articles (None: the source corpus), made on first use."""
    if size is None:
        return data
    folder = corpora / f"snn-{size}"
    if not (folder / "part-00000.jsonl").exists():
        if folder.exists():
            shutil.rmtree(folder)
        print(f"making {folder} ({size:,} articles) …", flush=True)
        subprocess.run(
            [sys.executable, str(ROOT / "bench" / "make_large_corpus.py"), "--size", str(size), "--out", str(folder),
             "--data", str(data)],
            check=True,
        )  # fmt: skip
    return folder


def run_build(corpus: Path, out: Path, scheduler: str, mode: str = "stream") -> dict:
    """The child's part: the build and its Parquet outputs, timed: ``stream`` as `analysis build --stream`
    does it (:mod:`analysis.streaming`, the default of the CLI from 100,000 articles), ``memory`` as
    `analysis build --no-csv --no-stream` (every table in this process, then written)."""
    from analysis import config
    from analysis.pipeline import PARTITION_SIZE, build

    if mode == "stream":
        from analysis.streaming import stream_build

        started = time.perf_counter()
        streamed = stream_build(corpus, out, gazetteer=config.gazetteer(), scheduler=scheduler)
        return {
            "articles": streamed.articles,
            "build_s": round(time.perf_counter() - started, 1),
            "write_s": 0.0,  # the tasks write as they go
            "stages": streamed.timings,
            "problems": len(streamed.problems),
            "mode": mode,
        }
    started = time.perf_counter()
    tables = build(corpus, gazetteer=config.gazetteer(), scheduler=scheduler)
    built = time.perf_counter()
    partition_of = {doc_id: i // PARTITION_SIZE for i, doc_id in enumerate(tables.documents["doc_id"])}
    write_partitioned(tables.frames(), out, partition_of, texts=tables.texts)
    return {
        "articles": len(tables.documents),
        "build_s": round(built - started, 1),
        "write_s": round(time.perf_counter() - built, 1),
        "stages": tables.timings,
        "problems": len(tables.problems),
        "mode": mode,
    }


def measure(corpus: Path, scheduler: str, mode: str, keep: Path | None = None) -> dict:
    """One build in a fresh driver process, its wall time and the peak memory of the driver and workers;
    the build written into ``keep`` (then kept: for bench/queried_bench.py) or a temporary folder."""
    with tempfile.TemporaryDirectory(prefix="scale-bench-") as tmp:
        out = keep or Path(tmp) / "out"
        argv = [sys.executable, __file__, "--child", str(corpus), "--out", str(out),
                "--scheduler", scheduler, "--mode", mode]  # fmt: skip
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
        started = time.perf_counter()
        child = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True, env=env)
        with TreeMemory(child.pid) as memory:
            stdout, _ = child.communicate()
        wall = time.perf_counter() - started
    if child.returncode:
        raise SystemExit(f"the build of {corpus} failed (exit {child.returncode})")
    result = json.loads(stdout.strip().splitlines()[-1])
    result.update(
        wall_s=round(wall, 1),
        articles_per_s=round(result["articles"] / wall),
        driver_peak_mb=round(memory.driver_peak / 2**20),
        worker_peaks_mb=memory.worker_peaks_mb(),
    )
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", default=["31k", "100k", "300k", "1M"])
    parser.add_argument("--scheduler", default="local", help="'local' (default), 'synchronous' or an address")
    parser.add_argument("--corpora", type=Path, default=Path(tempfile.gettempdir()) / "scale-corpora")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--results", type=Path, default=None, help="append each size's figures here (JSON lines)")
    parser.add_argument(
        "--mode",
        choices=("stream", "memory"),
        default="stream",
        help="the streamed build (default, as the CLI builds 100k and more) or the in-memory one",
    )
    parser.add_argument(
        "--keep",
        type=Path,
        default=None,
        help="keep the build of the (one) size in this folder, e.g. for queried_bench",
    )
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_build(args.child, args.out, args.scheduler, args.mode)))
        return 0
    if args.keep and len(args.sizes) > 1:
        print("error: --keep keeps one build: give one size", file=sys.stderr)
        return 2
    if not args.data.exists():
        print(f"error: {args.data} not found (the SaudiNewsNet ZIPs)", file=sys.stderr)
        return 2
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"load average before: {load} ({os.cpu_count()} cores); scheduler {args.scheduler}; {args.mode} build",
          flush=True)  # fmt: skip
    first: dict | None = None
    for text in args.sizes:
        corpus = corpus_for(parse_size(text), args.corpora, args.data)
        r = measure(corpus, args.scheduler, args.mode, args.keep)
        first = first or r
        r["linearity"] = round((r["wall_s"] / first["wall_s"]) / (r["articles"] / first["articles"]), 2)
        r.update(
            size=text,
            scheduler=args.scheduler,
            load_before=load,
            when=time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        )
        workers = ", ".join(f"{mb:,}" for mb in r["worker_peaks_mb"]) or "none"
        print(
            f"== {text}: {r['articles']:,} articles in {r['wall_s']} s ({r['articles_per_s']:,} articles/s; build "
            f"{r['build_s']} s, write {r['write_s']} s) · driver peak {r['driver_peak_mb']:,} MB · worker peaks "
            f"{workers} MB · linearity {r['linearity']} (time ratio / size ratio against {first['size']})",
            flush=True,
        )
        print("   stages: " + ", ".join(f"{k.strip()} {v}" for k, v in r["stages"].items()), flush=True)
        if args.results:
            with open(args.results, "a", encoding="utf-8") as out:
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
