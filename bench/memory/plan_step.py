"""Peak RSS of the streamed build's plan step (streaming.plan_partitions) on the type counts of the first
N shards of /work/big/snn-1M and a 20,000-article sample (every 4th article of the first 8 shards)."""

import json
import pickle
import resource
import sys
import time
from pathlib import Path

import pandas as pd

from analysis import config
from analysis.aggregate import term_reduction as tr
from analysis.aggregate.vocabulary import term_vocabulary

mode = sys.argv[2]  # "sample" (bigrams learned on the sample, as before) or "exact"
types = pickle.loads(Path(sys.argv[1]).read_bytes())
rows = []
for path in sorted(Path("/work/big/snn-1M").glob("part-*.jsonl"))[:8]:
    for i, line in enumerate(path.open(encoding="utf-8")):
        if i % 4 == 0:
            r = json.loads(line)
            rows.append((r["id"], r["source"], r["content"]))
sample = pd.DataFrame(rows[:20000], columns=["doc_id", "source", "text"])
vocabulary = term_vocabulary(config.gazetteer(), sorted(set(sample["source"])))
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
t = time.perf_counter()
plan = tr.plan_terms(
    types,
    sample["text"].tolist(),
    sample["source"].tolist(),
    vocabulary,
    n_docs=1_000_000,
    sample_bigrams=(mode == "sample"),
)
print(
    f"{mode}: {len(types.types)} types, sample {len(sample)}: plan {time.perf_counter() - t:.1f} s, "
    f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB (before the plan {base:.0f} MB), "
    f"plan pickled {len(pickle.dumps(plan)) / 1e6:.1f} MB, {len(plan.pairs)} sample bigrams"
)
