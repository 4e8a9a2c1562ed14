"""Peak RSS of making the comentions table from summed counts: "before" all pairs at once (as corpus_wide
did), "after" one bucket of N (reduce_comentions: sum_pair_rows of the bucket's rows, then the table).
The pairs: those of the 1M build's comentions table (/work/big/b1M, read only); singles made up
(each entity's largest pair count, doubled: memory does not depend on their values).
    comem.py prepare N; comem.py before; comem.py after   (each a fresh process)"""

import pickle
import resource
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.aggregate import comentions as cm

mode = sys.argv[1]
if mode == "prepare":
    n_buckets = int(sys.argv[2])
    table = pd.read_parquet(
        "/work/big/b1M/comentions/part.00000.parquet", columns=["entity_a", "entity_b", "window", "count"]
    )
    ids = np.asarray(sorted(set(table["entity_a"]) | set(table["entity_b"])), dtype=object)
    index = pd.Index(ids)
    singles, pairs = {}, {}
    for window in cm.WINDOWS:
        t = table[table["window"] == window]
        a, b = index.get_indexer(t["entity_a"]), index.get_indexer(t["entity_b"])
        c = t["count"].to_numpy(np.int64)
        s = np.zeros(len(ids), dtype=np.int64)
        np.maximum.at(s, a, c)
        np.maximum.at(s, b, c)
        singles[window] = s * 2
        pairs[window] = (a.astype(np.int64), b.astype(np.int64), c)
    counts = cm.ComentionCounts(ids, dict.fromkeys(cm.WINDOWS, 10**7), singles, pairs)
    Path("/tmp/streamfix/counts.pkl").write_bytes(pickle.dumps(counts))
    Path("/tmp/streamfix/totals.pkl").write_bytes(pickle.dumps(cm.singles_only(counts)))
    rows = cm.pair_rows(counts)
    bucket = (pd.util.hash_array(rows["entity_a"].to_numpy(object)) % np.uint64(n_buckets)).astype(np.int64)
    rows[bucket == 0].to_parquet("/tmp/streamfix/bucket0.parquet")
    print("prepared", len(rows), "pair rows; bucket 0:", int((bucket == 0).sum()))
    sys.exit()
t0 = time.perf_counter()
if mode == "before":
    counts = pickle.loads(Path("/tmp/streamfix/counts.pkl").read_bytes())
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out = cm.comentions_from_counts(counts)
else:
    totals = pickle.loads(Path("/tmp/streamfix/totals.pkl").read_bytes())
    mine = pd.read_parquet("/tmp/streamfix/bucket0.parquet")
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    parts = np.array_split(np.arange(len(mine)), 200)  # as 200 partitions' rows
    out = cm.comentions_from_counts(cm.sum_pair_rows(totals, (mine.iloc[p] for p in parts)))
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(
    f"{mode}: {len(out):,} rows in {time.perf_counter() - t0:.1f} s; "
    f"peak RSS {peak:.0f} MB ({base:.0f} MB before the step)"
)
