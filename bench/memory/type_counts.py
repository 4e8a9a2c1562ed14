"""The summed type counts of the first N shards of /work/big/snn-1M (read only), as the streamed build sums
them (500-article partitions), printed shard by shard and kept in /tmp/streamfix/types_N.pkl for
plan_step.py. Run from the repository: ``mkdir -p /tmp/streamfix; PYTHONPATH=. nice -n 19
.venv/bin/python bench/memory/type_counts.py 8``."""

import json
import pickle
import resource
import sys
from pathlib import Path

from analysis.aggregate import term_reduction as tr

shards = sorted(Path("/work/big/snn-1M").glob("part-*.jsonl"))[: int(sys.argv[1])]
total = tr.TypeCounts([], __import__("numpy").zeros(0, dtype="int64"))
n = 0
for path in shards:
    texts = [json.loads(line)["content"] for line in path.open(encoding="utf-8")]
    n += len(texts)
    total = tr.sum_type_counts([total, *(tr.count_types(texts[i : i + 500]) for i in range(0, len(texts), 500))])
    print(path.name, n, "articles", len(total.types), "types", flush=True)
Path(f"/tmp/streamfix/types_{sys.argv[1]}.pkl").write_bytes(pickle.dumps(total))
print("peak MB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
