"""Who is mentioned with whom: co-mention counts, Jaccard and NPMI in three windows.

A *window* is a unit of text: a sentence, a paragraph or a whole article. Two entities
co-occur in a window when both are mentioned in it, however often. For a pair (a, b):

- ``count``   windows mentioning both;
- ``jaccard`` count / (windows mentioning a + windows mentioning b − count);
- ``npmi``    normalised pointwise mutual information, log(p_ab / (p_a p_b)) / −log p_ab,
  with p = windows / all windows of that kind in the corpus (1 = always together,
  0 = independent, below 0 = less often together than chance).

The table stores each unordered pair once, ``entity_a < entity_b``; :func:`comention_matrix`
spreads it into the symmetric square matrix, and :func:`comention_evidence` lists the
sentences behind any cell.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.aggregate.folds import FAN_IN, Folds
from analysis.aggregate.membership import is_in

WINDOWS = ("sentence", "paragraph", "document")
COMENTION_COLUMNS = ["entity_a", "entity_b", "window", "count", "jaccard", "npmi"]
MEASURES = ("count", "jaccard", "npmi")


def window_units(mentions: pd.DataFrame, sentences: pd.DataFrame, window: str) -> pd.DataFrame:
    """Distinct (unit, entity_id) pairs: which entity is mentioned in which window unit.

    ``unit`` is ``doc_id`` for documents, ``doc_id|paragraph_idx`` or ``doc_id|sentence_idx``.
    """
    if window not in WINDOWS:
        raise ValueError(f"unknown window {window!r}: expected one of {', '.join(WINDOWS)}")
    if window == "paragraph":
        para = mentions[["doc_id", "sentence_idx"]].merge(
            sentences[["doc_id", "sentence_idx", "paragraph_idx"]], on=["doc_id", "sentence_idx"], how="left"
        )["paragraph_idx"]
        mentions = mentions.assign(paragraph_idx=para.to_numpy())
    units = _window_labels(mentions, window)
    return pd.DataFrame({"unit": units.to_numpy(), "entity_id": mentions["entity_id"].to_numpy()}).drop_duplicates()


def _n_windows(sentences: pd.DataFrame, window: str) -> int:
    if window == "sentence":
        return len(sentences)
    if window == "paragraph":
        return len(sentences[["doc_id", "paragraph_idx"]].drop_duplicates())
    return sentences["doc_id"].nunique()


def _unit_codes(mentions: pd.DataFrame, sentences: pd.DataFrame, window: str) -> np.ndarray:
    """An integer per window unit of each mention: its article, its sentence or its paragraph."""
    if window == "document":
        keys = [mentions["doc_id"]]
    elif window == "sentence":
        keys = [mentions["doc_id"], mentions["sentence_idx"]]
    else:
        paragraphs = mentions[["doc_id", "sentence_idx"]].merge(
            sentences[["doc_id", "sentence_idx", "paragraph_idx"]], on=["doc_id", "sentence_idx"], how="left"
        )["paragraph_idx"]
        keys = [mentions["doc_id"], pd.Series(paragraphs.to_numpy(), index=mentions.index)]
    frame = pd.DataFrame({f"k{i}": key.to_numpy() for i, key in enumerate(keys)})
    return frame.groupby(list(frame.columns), sort=False, dropna=False).ngroup().to_numpy()


def _pair_counts(units: np.ndarray, entities: np.ndarray, n_entities: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(windows per entity, then the pairs ``a < b`` found together with their window counts) from
    each mention's unit and entity code; pairs in the order of their codes."""
    distinct = pd.DataFrame({"unit": units, "entity": entities}).drop_duplicates()
    singles = np.bincount(distinct["entity"].to_numpy(), minlength=n_entities)
    both = distinct.merge(distinct, on="unit", suffixes=("_a", "_b"))
    a, b = both["entity_a"].to_numpy(), both["entity_b"].to_numpy()
    keep = a < b
    keys, counts = np.unique(a[keep].astype(np.int64) * n_entities + b[keep], return_counts=True)
    return singles, np.stack([keys // n_entities, keys % n_entities]), counts


def _rounded(values: np.ndarray, exact) -> list[float]:
    """``round(v, 6)`` of each value as Python rounds it, for ``values`` between −1 and 1.

    ``rint(v × 10⁶) / 10⁶`` is Python's result (the division of an exact whole number is correctly
    rounded, as Python's decimal rounding is) whenever ``v × 10⁶`` is not within 10⁻⁷ of a half
    (its float error is below 10⁻⁹, a numpy logarithm's last digit included); those few values
    are ``exact(i)``, computed as Python always did.
    """
    scaled = values * 1e6
    result = (np.rint(scaled) / 1e6).tolist()
    for i in np.flatnonzero(np.abs(np.abs(scaled - np.trunc(scaled)) - 0.5) < 1e-7).tolist():
        result[i] = exact(i)
    return result


@dataclass(frozen=True)
class ComentionCounts:
    """What :func:`comentions_table` is computed from, additive over disjoint sets of articles (no
    window spans two articles): the entities (``ids``, sorted), and per window the number of windows of
    that kind (sentences, paragraphs, articles), each entity's windows (``singles``, aligned with
    ``ids``) and the pairs found together (``pairs``: codes into ``ids``, ``a < b``, in code order, and
    their windows). A build too large for one process sums its partitions' counts
    (:func:`sum_comention_counts`) and makes the table once (:func:`comentions_from_counts`)."""

    ids: np.ndarray
    n_windows: dict[str, int]
    singles: dict[str, np.ndarray]
    pairs: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]]


def comention_counts(mentions: pd.DataFrame, sentences: pd.DataFrame) -> ComentionCounts:
    """The window counts of ``mentions`` in ``sentences`` (see :class:`ComentionCounts`).

    Counted on integer codes (distinct unit × entity rows joined with themselves): the selection
    of one actor in a 31k-article corpus has 100,000 mentions, and counting their pairs in Python
    took seconds on every new selection of the Actors page."""
    # codes in the order of the ids, so code order is the order of the ids (pairs a < b, sorted)
    codes, names = pd.factorize(mentions["entity_id"].astype(str).to_numpy(), sort=True)
    ids = np.asarray([str(n) for n in names], dtype=object)
    n_windows, singles, pairs = {}, {}, {}
    for window in WINDOWS:
        n_windows[window] = _n_windows(sentences, window)
        units = _unit_codes(mentions, sentences, window) if len(mentions) else np.empty(0, dtype=np.int64)
        singles[window], pair_codes, pair_counts = _pair_counts(units, codes, len(ids))
        pairs[window] = (pair_codes[0], pair_codes[1], pair_counts)
    return ComentionCounts(ids, n_windows, singles, pairs)


def sum_comention_counts(parts: list[ComentionCounts]) -> ComentionCounts:
    """The counts of every part's articles together (the parts' articles are disjoint)."""
    if len(parts) == 1:
        return parts[0]
    ids = np.asarray(sorted(set().union(*(p.ids.tolist() for p in parts))), dtype=object)
    n = len(ids)
    position = [np.searchsorted(ids, p.ids) if len(p.ids) else np.empty(0, dtype=np.int64) for p in parts]
    n_windows, singles, pairs = {}, {}, {}
    for window in WINDOWS:
        n_windows[window] = sum(p.n_windows[window] for p in parts)
        singles[window] = sum((np.bincount(at, weights=p.singles[window], minlength=n).astype(np.int64)
                               for p, at in zip(parts, position)), np.zeros(n, dtype=np.int64))  # fmt: skip
        codes = [at[p.pairs[window][0]].astype(np.int64) * n + at[p.pairs[window][1]] for p, at in zip(parts, position)]
        keys, inverse = np.unique(np.concatenate(codes), return_inverse=True)
        counts = np.bincount(inverse, weights=np.concatenate([p.pairs[window][2] for p in parts])).astype(np.int64)
        pairs[window] = (keys // n, keys % n, counts)
    return ComentionCounts(ids, n_windows, singles, pairs)


PAIR_ROW_COLUMNS = ["window", "entity_a", "entity_b", "count"]


def pair_rows(counts: ComentionCounts) -> pd.DataFrame:
    """The pairs of ``counts`` as rows (:data:`PAIR_ROW_COLUMNS`: the window as its place in
    :data:`WINDOWS`, the two ids, the windows together), to be summed with other parts' by
    :func:`sum_pair_rows` whatever their ids; ``counts`` without the pairs is :func:`singles_only`."""
    frames = []
    for w, window in enumerate(WINDOWS):
        a, b, together = counts.pairs[window]
        frames.append(
            pd.DataFrame(
                {
                    "window": np.full(len(a), w, dtype=np.int8),
                    "entity_a": counts.ids[a],
                    "entity_b": counts.ids[b],
                    "count": np.asarray(together, dtype=np.int64),
                }
            )
        )
    return pd.concat(frames, ignore_index=True).astype({"entity_a": object, "entity_b": object})


def singles_only(counts: ComentionCounts) -> ComentionCounts:
    """``counts`` without its pairs (the ids, windows and each entity's windows): small, whatever the
    corpus; summed with :func:`sum_comention_counts`, the totals :func:`sum_pair_rows` needs."""
    none = np.empty(0, dtype=np.int64)
    return ComentionCounts(counts.ids, counts.n_windows, counts.singles, dict.fromkeys(WINDOWS, (none, none, none)))


def sum_pair_rows(totals: ComentionCounts, parts: Iterable[pd.DataFrame], fan_in: int = FAN_IN) -> ComentionCounts:
    """``totals`` (:func:`singles_only` of every part, summed) with the pairs of :func:`pair_rows`
    ``parts`` summed: the counts :func:`sum_comention_counts` gives, when ``parts`` hold every pair;
    when they hold some (a bucket of them), the same counts of those pairs, from which
    :func:`comentions_from_counts` gives their rows of the table. Summed through
    :class:`~analysis.aggregate.folds.Folds` (``fan_in`` parts at a time, then sums of as many parts in pairs)."""
    ids = pd.Index(totals.ids)
    n = np.int64(len(ids))

    def coded(rows: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
        a, b = ids.get_indexer(rows["entity_a"]), ids.get_indexer(rows["entity_b"])
        if len(a) and (min(a.min(), b.min()) < 0):
            raise ValueError("sum_pair_rows: an entity the totals lack")
        window = rows["window"].to_numpy(np.int64)
        return (window * n + a) * n + b, rows["count"].to_numpy(np.int64)

    folds: Folds[tuple[np.ndarray, np.ndarray]] = Folds(_sum_coded, fan_in)
    for rows in parts:
        folds.add(coded(rows))
    codes, counts = folds.total() or (np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64))
    window_of, pair = np.divmod(codes, n * n) if n else (codes, codes)
    pairs = {}
    for w, name in enumerate(WINDOWS):
        mine = window_of == w
        pairs[name] = (pair[mine] // n, pair[mine] % n, counts[mine]) if n else (codes, codes, counts)
    return ComentionCounts(totals.ids, totals.n_windows, totals.singles, pairs)


def _sum_coded(parts: list[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    """(codes, counts) summed by code: the distinct codes, sorted."""
    keys, inverse = np.unique(np.concatenate([c for c, _ in parts]), return_inverse=True)
    counts = np.bincount(inverse, weights=np.concatenate([k for _, k in parts]), minlength=len(keys))
    return keys, counts.astype(np.int64)


def comentions_table(mentions: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """All co-mentioned pairs in all three windows, with :data:`COMENTION_COLUMNS`."""
    if len(mentions) == 0:
        return pd.DataFrame([], columns=COMENTION_COLUMNS).astype({"count": int})
    return comentions_from_counts(comention_counts(mentions, sentences))


def comentions_from_counts(counts: ComentionCounts) -> pd.DataFrame:
    """The co-mentions table (:data:`COMENTION_COLUMNS`) of ``counts``: window by window, pairs in the
    order of their ids."""
    columns: dict[str, list] = {name: [] for name in COMENTION_COLUMNS}
    ids = counts.ids
    log = math.log
    for window in WINDOWS:
        n_windows = max(counts.n_windows[window], 1)
        a, b, pair_counts = counts.pairs[window]
        singles = counts.singles[window]
        columns["entity_a"] += ids[a].tolist()
        columns["entity_b"] += ids[b].tolist()
        columns["window"] += [window] * len(pair_counts)
        columns["count"] += pair_counts.tolist()
        # Whole numbers below 2**53 are exact as floats, and each of + − × ÷ is correctly rounded in
        # numpy as in Python: the formulas' floats, in their order, are the same as one pair at a
        # time. Rounding and logarithms are numpy's, checked against Python's (see _rounded).
        n_ab = pair_counts.astype(np.float64)
        n_a, n_b = singles[a].astype(np.float64), singles[b].astype(np.float64)
        jaccard = n_ab / (n_a + n_b - n_ab)
        columns["jaccard"] += _rounded(jaccard, lambda i, v=jaccard: round(float(v[i]), 6))
        p_ab = n_ab / n_windows
        ratio = p_ab / (n_a / n_windows * (n_b / n_windows))
        together = p_ab >= 1.0
        with np.errstate(divide="ignore", invalid="ignore"):
            npmi = np.where(together, 1.0, np.log(ratio) / -np.log(p_ab))

        def npmi_exact(i: int, p_ab=p_ab, ratio=ratio) -> float:  # as Python computes it, pair by pair
            p, r = float(p_ab[i]), float(ratio[i])
            return round(1.0 if p >= 1.0 else log(r) / -log(p), 6)

        columns["npmi"] += _rounded(npmi, npmi_exact)
    return pd.DataFrame(columns, columns=COMENTION_COLUMNS).astype({"count": int})


def comention_matrix(
    comentions: pd.DataFrame, *, window: str = "sentence", measure: str = "count", entities: list[str] | None = None
) -> pd.DataFrame:
    """The symmetric entity × entity matrix of ``measure`` for one ``window``.

    Rows and columns are ``entities`` (default: every entity in a pair), in that order;
    pairs never co-mentioned are 0. The diagonal is 0 (an entity with itself is no co-mention).
    """
    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r}: expected one of {', '.join(MEASURES)}")
    rows = comentions[comentions["window"] == window]
    if entities is None:
        entities = sorted(set(rows["entity_a"]) | set(rows["entity_b"]))
    matrix = pd.DataFrame(0.0, index=pd.Index(entities, name="entity"), columns=list(entities))
    wanted = set(entities)
    rows = rows[rows["entity_a"].isin(wanted) & rows["entity_b"].isin(wanted)]
    for a, b, value in zip(rows["entity_a"], rows["entity_b"], rows[measure]):
        matrix.at[a, b] = value
        matrix.at[b, a] = value
    return matrix


def _of_articles(sentences: pd.DataFrame, keys: pd.DataFrame) -> pd.DataFrame:
    """The sentences of the articles ``keys`` names: a cheap first cut before a merge (a click on a
    31k-article corpus joins a few hundred articles' sentences, not all 600,000)."""
    return sentences[is_in(sentences["doc_id"], set(keys["doc_id"]))]


def entity_sentences(mentions: pd.DataFrame, sentences: pd.DataFrame, entity_id: str) -> pd.DataFrame:
    """The ``sentences`` rows that name ``entity_id``, in reading order (one row per sentence)."""
    keys = mentions.loc[mentions["entity_id"] == entity_id, ["doc_id", "sentence_idx"]].drop_duplicates()
    rows = keys.merge(_of_articles(sentences, keys), on=["doc_id", "sentence_idx"])
    return rows.sort_values(["doc_id", "sentence_idx"]).reset_index(drop=True)


def comention_evidence(
    mentions: pd.DataFrame, sentences: pd.DataFrame, entity_a: str, entity_b: str, *, window: str = "sentence"
) -> pd.DataFrame:
    """The sentences behind one cell: the windows that mention both entities.

    Returns the ``sentences`` rows (doc_id, sentence_idx, paragraph_idx, start, end, text)
    that mention ``entity_a`` or ``entity_b`` inside a window mentioning both, plus a
    ``unit`` column naming the window; ``unit.nunique()`` equals the cell's count.
    """
    if window not in WINDOWS:
        raise ValueError(f"unknown window {window!r}: expected one of {', '.join(WINDOWS)}")
    # only the pair's mentions matter: a click on a cell of a 31k-article corpus reads a few
    # thousand mentions, not the million of the whole table
    pair = mentions[is_in(mentions["entity_id"], (entity_a, entity_b))]
    keys = pair[["doc_id", "sentence_idx"]].drop_duplicates()
    hits = keys.merge(_of_articles(sentences, keys), on=["doc_id", "sentence_idx"])
    hits["unit"] = _window_labels(hits, window)
    of_a = (pair["entity_id"] == entity_a).to_numpy()
    of_b = (pair["entity_id"] == entity_b).to_numpy()
    if window == "paragraph":
        # a mention's paragraph is its sentence's, and ``hits`` holds every sentence the pair's
        # mentions are in (a mention outside every sentence is in no paragraph)
        sentence_of_hit = _window_labels(hits, "sentence")
        sentence_of_mention = _window_labels(pair, "sentence")
        has_a = set(hits["unit"].to_numpy()[is_in(sentence_of_hit, set(sentence_of_mention[of_a]))])
        has_b = set(hits["unit"].to_numpy()[is_in(sentence_of_hit, set(sentence_of_mention[of_b]))])
    else:
        labels = _window_labels(pair, window).to_numpy()
        has_a, has_b = set(labels[of_a]), set(labels[of_b])
    hits = hits[is_in(hits["unit"], has_a & has_b)]
    return hits.sort_values(["doc_id", "sentence_idx"]).reset_index(drop=True)


def _window_labels(rows: pd.DataFrame, window: str) -> pd.Series:
    """Each row's window unit as :func:`window_units` names it (``paragraph_idx`` read from ``rows``)."""
    if window == "document":
        return rows["doc_id"].astype(str)
    inner = rows["paragraph_idx"] if window == "paragraph" else rows["sentence_idx"]
    return rows["doc_id"].astype(str) + "|" + inner.astype(str)
