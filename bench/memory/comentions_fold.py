"""The driver's fold of co-mention counts at 1M: the running sum (every pair of the 1M build's comentions,
/tmp/streamfix/counts.pkl from comem.py prepare) plus one more partition's counts, as _Counts._fold does:
"before" with the pairs, "after" singles only (what the driver now holds)."""

import pickle
import resource
import sys
from pathlib import Path

from analysis.aggregate import comentions as cm

counts = pickle.loads(Path("/tmp/streamfix/counts.pkl").read_bytes())
part = cm.ComentionCounts(
    counts.ids[:50],
    counts.n_windows,
    {w: s[:50] for w, s in counts.singles.items()},
    {w: tuple(x[:0] for x in p) for w, p in counts.pairs.items()},
)
if sys.argv[1] == "after":
    counts = cm.singles_only(counts)
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
held = len(pickle.dumps(counts)) / 1e6
cm.sum_comention_counts([counts] + [part] * 16)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{sys.argv[1]}: the running sum {held:.1f} MB pickled; peak RSS {peak:.0f} MB ({base:.0f} MB loaded)")
