"""Fit and measure the article genre model (``analysis/data/genre.yaml``, :mod:`analysis.text.genre`).

    PYTHONPATH=. .venv/bin/python dev/dates/genre_model.py            # fit on 60 %, measure on the held-out 40 %
    PYTHONPATH=. .venv/bin/python dev/dates/genre_model.py --write    # ... and write the weights into genre.yaml
    PYTHONPATH=. .venv/bin/python dev/dates/genre_model.py --read 20  # print 20 articles of other sources per genre

Hand-judged articles of the other sources are drawn and re-scored by ``dev/dates/genre_judged.py``.

Labels come from SaudiNewsNet addresses of two newspapers only (the model itself never sees an address):
alwatan's ``/Articles/Detail.aspx`` (columns) and ``/Discussion/News_Detail.aspx`` (readers' essays) are
comment, its other ``News_Detail`` sections report except Culture, Dialogue and Citizen_Journalist (features,
interviews, poems and letters: mixed, left unlabelled); 3alyoum's ``/opinion/`` is comment, its ``/news/`` report.
The split is stratified by newspaper and label (seed 0); a second measure fits on one newspaper and tests on
the other.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.model_selection import train_test_split  # noqa: E402

from analysis.data import data_path  # noqa: E402
from analysis.ingest.corpus import load_corpus  # noqa: E402
from analysis.text.genre import FEATURES, features, genre_model  # noqa: E402
from analysis.text.normalize import normalize  # noqa: E402
from dev.entities.common import default_data  # noqa: E402

_ALWATAN_SECTION_RE = re.compile(r"alwatan\.com\.sa/(\w+)/News_Detail")
_UNLABELLED_SECTIONS = {"Culture", "Dialogue", "Citizen_Journalist"}


def label(url: str | None) -> str | None:
    """The genre an address tells, for the two newspapers whose addresses tell it; else None."""
    url = url or ""
    if "alwatan.com.sa" in url:
        if "/Articles/Detail.aspx" in url:
            return "comment"
        section = _ALWATAN_SECTION_RE.search(url)
        if section:
            name = section.group(1)
            return "comment" if name == "Discussion" else None if name in _UNLABELLED_SECTIONS else "report"
    if "3alyoum.com" in url:
        if "/opinion/" in url:
            return "comment"
        if "/news/" in url:
            return "report"
    return None


def _precision_recall(truth: np.ndarray, predicted: np.ndarray) -> str:
    tp = int((truth & predicted).sum())
    return (f"precision {tp}/{int(predicted.sum())} ({tp / max(predicted.sum(), 1):.1%}), "
            f"recall {tp}/{int(truth.sum())} ({tp / max(truth.sum(), 1):.1%})")  # fmt: skip


def _fit(frame: pd.DataFrame) -> LogisticRegression:
    return LogisticRegression(max_iter=5000).fit(frame[list(FEATURES)].to_numpy(), frame["label"] == "comment")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=default_data())
    parser.add_argument("--write", action="store_true", help="write the fitted weights into genre.yaml")
    parser.add_argument("--read", type=int, default=0, help="print this many articles of other newspapers per genre")
    args = parser.parse_args(argv)
    docs = load_corpus(args.data).documents
    docs = docs.assign(label=docs["url"].map(label))
    norms = [normalize(t) for t in docs["text"]]
    docs = pd.concat([docs, pd.DataFrame([features(n) for n in norms], columns=list(FEATURES))], axis=1)
    labelled = docs[docs["label"].notna()]
    print(labelled.groupby(["source", "label"]).size().to_string())
    train, test = train_test_split(labelled, test_size=0.4, random_state=0,
                                   stratify=labelled["source"] + labelled["label"])  # fmt: skip
    model = _fit(train)
    threshold, min_words = genre_model().threshold, genre_model().min_words

    def long_enough(frame: pd.DataFrame) -> np.ndarray:
        return (np.exp(frame["log_words"]).round() >= min_words).to_numpy()

    truth = (test["label"] == "comment").to_numpy()
    p = np.where(long_enough(test), model.predict_proba(test[list(FEATURES)].to_numpy())[:, 1], 0.0)
    print(f"\nfitted on {len(train)}, held out {len(test)} ({int(truth.sum())} comment):")
    for t in (0.5, 0.7, 0.8, threshold):
        print(f"  threshold {t}: comment {_precision_recall(truth, p >= t)}")
        for source in sorted(test["source"].unique()):
            mine = (test["source"] == source).to_numpy()
            print(f"    {source}: {_precision_recall(truth[mine], p[mine] >= t)}")
    for fit_on, test_on in (("alwatan", "3alyoum"), ("3alyoum", "alwatan")):
        one = _fit(labelled[labelled["source"] == fit_on])
        other = labelled[labelled["source"] == test_on]
        q = (one.predict_proba(other[list(FEATURES)].to_numpy())[:, 1] >= threshold) & long_enough(other)
        print(
            f"  fitted on {fit_on}, tested on {test_on}: {_precision_recall((other['label'] == 'comment').to_numpy(), q)}"
        )
    weights = {"intercept": float(model.intercept_[0]), **dict(zip(FEATURES, map(float, model.coef_[0]), strict=True))}
    print("\nweights:", {k: round(v, 3) for k, v in weights.items()})
    everything = (model.predict_proba(docs[list(FEATURES)].to_numpy())[:, 1] >= threshold) & long_enough(docs)
    print("comment share by newspaper:", docs.assign(c=everything).groupby("source")["c"].mean().round(3).to_dict())
    if args.write:
        path = data_path("genre.yaml")
        block = "weights:\n" + "".join(f"  {k}: {v:.4f}\n" for k, v in weights.items())
        text = re.sub(r"weights:\n(?:  \w+: [-\d.e]+\n)+", block, path.read_text("utf-8"))
        path.write_text(text, "utf-8")
        print(f"written to {path}")
    if args.read:
        rng = random.Random(1)
        others = docs[docs["label"].isna() & ~docs["source"].isin(["alwatan", "3alyoum"])].assign(
            c=everything[docs["label"].isna() & ~docs["source"].isin(["alwatan", "3alyoum"])]
        )
        for genre, flag in (("comment", True), ("report", False)):
            rows = others[others["c"] == flag]
            for i in sorted(rng.sample(range(len(rows)), args.read)):
                r = rows.iloc[i]
                print(f"\n[{genre}] {r['doc_id']} {r['source']} | {r['title']}\n  {r['text'][:300]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
