"""Keyness: which items one side of a comparison uses more than the other, and by how much.

Each item (a term, an actor, a theme…) has a frequency on side A (``freq_a`` out of ``total_a``)
and on side B. Two numbers describe the difference, as corpus linguistics reports it:

* **log-likelihood G²** (Dunning 1993; Rayson & Garside 2000) of the 2 × 2 table
  ``[[freq_a, total_a - freq_a], [freq_b, total_b - freq_b]]``: how sure we can be that the
  difference is not chance. G² follows χ² with one degree of freedom, so ``G² ≥ 10.83`` is
  ``p < 0.001``; :func:`critical_g2` gives the value for any p.
* **log ratio** (Hardie 2014): ``log2`` of the ratio of the two relative frequencies, the effect
  size (1 = twice as frequent on side A, -1 = twice as frequent on side B). A frequency of 0 is
  taken as 0.5, so an item only one side has still gets a finite ratio.

Frequencies may be counts of words (``total``: the side's words), of articles (an actor's
articles out of the side's articles) or sums of weights (a theme's share of the side's articles).
An item is *key* for the side where its relative frequency is higher when it is frequent enough
(``freq_a + freq_b ≥ min_freq``) and its G² reaches the threshold of ``p``.

>>> table = keyness(pd.DataFrame({"item": ["قسد", "سوريا"], "freq_a": [40, 50], "freq_b": [0, 52]}),
...                 total_a=10_000, total_b=10_000)
>>> table.set_index("item").loc[["قسد", "سوريا"], ["side", "key"]].values.tolist()
[['a', True], ['b', False]]
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import numpy as np
import pandas as pd
from scipy.special import erfc, erfcinv  # χ² of one degree of freedom: scipy.stats takes 0.5 s to import

from analysis.data import read_yaml

KEYNESS_COLUMNS = ["item", "freq_a", "freq_b", "per_10k_a", "per_10k_b", "g2", "p", "log_ratio", "side", "key"]
"""One row per item: its frequency on each side, the same per 10,000 (words, articles…) of the
side, G², the p-value of G², the log ratio (positive: side A uses it more), the side that uses it
more (``a``/``b``; ``a`` on a tie) and whether it is key (frequent and significant enough). Rows
are ordered by side (A first), then key items first, then by G² (largest first)."""

#: A frequency of 0 in the log ratio (Hardie 2014): half an occurrence.
ZERO_FREQUENCY = 0.5


@lru_cache(maxsize=1)
def defaults() -> dict:
    """The default thresholds of a comparison (``analysis/data/compare.yaml``)."""
    text = resources.files("analysis").joinpath("data/compare.yaml").read_text("utf-8")
    values = read_yaml(text)
    for name in ("min_freq", "p", "p_choices", "top_n"):
        if name not in values:
            raise ValueError(f"analysis/data/compare.yaml: {name!r} is missing")
    if not 0 < float(values["p"]) < 1 or any(not 0 < float(p) < 1 for p in values["p_choices"]):
        raise ValueError("analysis/data/compare.yaml: p and p_choices must lie between 0 and 1")
    return values


def critical_g2(p: float) -> float:
    """The G² a difference needs to be significant at ``p`` (χ², one degree of freedom):
    ``critical_g2(0.05)`` ≈ 3.84, ``critical_g2(0.001)`` ≈ 10.83 (χ²₁'s inverse survival function,
    ``2 · erfcinv(p)²``)."""
    return float(2 * erfcinv(p) ** 2)


def chi2_1_sf(statistic: np.ndarray) -> np.ndarray:
    """The p-value of ``statistic`` under χ² of one degree of freedom (``erfc(√(x / 2))``)."""
    return erfc(np.sqrt(np.asarray(statistic, dtype=float) / 2))


def _xlogx_over(observed: np.ndarray, expected: np.ndarray) -> np.ndarray:
    """``O · ln(O / E)``, 0 where ``O`` is 0."""
    with np.errstate(divide="ignore", invalid="ignore"):
        out = observed * np.log(observed / expected)
    return np.where(observed > 0, out, 0.0)


def g2(freq_a, freq_b, total_a: float, total_b: float) -> np.ndarray:
    """Log-likelihood G² of each item's 2 × 2 table (item / not the item × side A / side B)."""
    a = np.asarray(freq_a, dtype=float)
    b = np.asarray(freq_b, dtype=float)
    rest_a, rest_b = np.maximum(total_a - a, 0.0), np.maximum(total_b - b, 0.0)
    n = float(total_a + total_b)
    if n <= 0:
        return np.zeros_like(a)
    item, rest = a + b, rest_a + rest_b
    cells = (
        (a, item * total_a / n),
        (b, item * total_b / n),
        (rest_a, rest * total_a / n),
        (rest_b, rest * total_b / n),
    )
    value = 2.0 * sum(_xlogx_over(o, e) for o, e in cells)
    return np.maximum(value, 0.0)  # rounding can leave -1e-12 on identical rates


def log_ratio(freq_a, freq_b, total_a: float, total_b: float) -> np.ndarray:
    """``log2((freq_a / total_a) / (freq_b / total_b))``, a zero frequency taken as 0.5."""
    a = np.maximum(np.asarray(freq_a, dtype=float), ZERO_FREQUENCY)
    b = np.maximum(np.asarray(freq_b, dtype=float), ZERO_FREQUENCY)
    if total_a <= 0 or total_b <= 0:
        return np.zeros_like(a)
    return np.log2((a / total_a) / (b / total_b))


def keyness(
    freqs: pd.DataFrame,
    *,
    total_a: float,
    total_b: float,
    min_freq: float | None = None,
    p: float | None = None,
    item_rank: np.ndarray | None = None,
) -> pd.DataFrame:
    """The keyness table (:data:`KEYNESS_COLUMNS`) of ``freqs`` (columns ``item``, ``freq_a``,
    ``freq_b``; other columns are kept after these) on sides of ``total_a`` and ``total_b``.

    Items rarer than ``min_freq`` on both sides together are left out; ``key`` marks those whose
    G² reaches :func:`critical_g2` of ``p`` (defaults: ``analysis/data/compare.yaml``).
    ``item_rank`` (one integer per row of ``freqs``, in the order of the items sorted): what orders
    items of equal G², known beforehand (a corpus' terms are ranked once, not sorted as text on
    every comparison: 220,000 of them).
    """
    settings = defaults()
    min_freq = settings["min_freq"] if min_freq is None else min_freq
    p = settings["p"] if p is None else p
    extra = [c for c in freqs.columns if c not in ("item", "freq_a", "freq_b")]
    frequent = ((freqs["freq_a"] + freqs["freq_b"]) >= min_freq).to_numpy(dtype=bool)
    frame = freqs[frequent].reset_index(drop=True)
    if frame.empty:
        return pd.DataFrame({c: [] for c in [*KEYNESS_COLUMNS, *extra]})
    a, b = frame["freq_a"].to_numpy(float), frame["freq_b"].to_numpy(float)
    statistic = g2(a, b, total_a, total_b)
    rate_a = a / total_a if total_a > 0 else np.zeros_like(a)
    rate_b = b / total_b if total_b > 0 else np.zeros_like(b)
    side = np.where(rate_a >= rate_b, "a", "b")
    out = pd.DataFrame(
        {
            "item": frame["item"],
            "freq_a": frame["freq_a"],
            "freq_b": frame["freq_b"],
            "per_10k_a": np.round(rate_a * 10_000, 2),
            "per_10k_b": np.round(rate_b * 10_000, 2),
            "g2": np.round(statistic, 2),
            "p": chi2_1_sf(statistic),
            "log_ratio": np.round(log_ratio(a, b, total_a, total_b), 2),
            "side": side,
            "key": statistic >= critical_g2(p),
        }
    )
    for column in extra:
        out[column] = frame[column].to_numpy()
    if item_rank is not None:  # the order of sorting by the items themselves; both sorts are stable
        order = np.lexsort(
            (np.asarray(item_rank)[frequent], -out["g2"].to_numpy(), ~out["key"].to_numpy(), side == "b")
        )
        return out.iloc[order].reset_index(drop=True)
    out = out.sort_values(["side", "key", "g2", "item"], ascending=[True, False, False, True], kind="stable")
    return out.reset_index(drop=True)


def key_items(table: pd.DataFrame, side: str, *, top_n: int | None = None) -> pd.DataFrame:
    """The key items of ``side`` (``a``/``b``) of a :func:`keyness` table, strongest first."""
    rows = table[(table["side"] == side) & table["key"]]
    return rows.head(top_n) if top_n is not None else rows


def strongest_key_items(table: pd.DataFrame, side: str) -> pd.DataFrame:
    """:func:`key_items` of ``side`` ranked as a side's bar chart draws them: by the size of the log ratio
    (``strength``), then G², then the item."""
    rows = key_items(table, side) if len(table) else table
    rows = rows.assign(strength=rows["log_ratio"].abs()) if len(rows) else rows.assign(strength=[])
    return rows.sort_values(["strength", "g2", "item"], ascending=[False, False, True], kind="stable")
