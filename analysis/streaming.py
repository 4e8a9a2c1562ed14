"""The build of a corpus larger than one process's memory: read, analysed and written partition by partition.

``python -m analysis build CORPUS --out DIR`` streams when the corpus's files hold about
:data:`STREAM_FROM` articles or more (or with ``--stream``); :func:`analysis.pipeline.build` keeps the
whole corpus and every table in memory, which a million articles do not fit. Here no process holds the
corpus or a whole table:

1. **Read and extract.** This process (the driver) reads the corpus file by file (:mod:`analysis.ingest`:
   ids made unique and duplicate texts dropped across files as :func:`~analysis.ingest.corpus.load_corpus`
   does, keeping an id and a 16-byte digest per article), cuts it into partitions of
   :data:`~analysis.pipeline.PARTITION_SIZE` articles and sends each to a Dask task as soon as it is read
   (at most :data:`WINDOW_PER_THREAD` per worker thread in flight). The task extracts its articles
   (:func:`analysis.pipeline._extract`: sentences, mentions, dates, events; an article that fails is a
   problem row), writes its ``documents`` (with the texts), ``sentences`` and ``events`` parts to ``DIR``
   and returns only what the corpus-wide stages need: its token types' counts, the articles naming each
   state, its problems.
2. **Corpus-wide decisions** from those summaries and from a sample of :data:`SAMPLE_ARTICLES` articles
   (a reservoir drawn while reading, the same for the same corpus): the home state, in the driver
   (:func:`analysis.extract.discovered.home_from_counts`); the TF-IDF's terms, in a task
   (:func:`plan_partitions`, :func:`analysis.aggregate.term_reduction.plan_terms`: stems from the whole
   corpus's type counts; boilerplate and phrases from the sample). The driver leaves the sample and the
   type counts in ``DIR/_work`` and forgets them; the plan stays there too (a :class:`Handoff`, read once
   by each worker process that needs it).
3. **Per partition**: the discovered mentions read at home and the ``mentions`` part written; the
   co-mention window counts (:func:`analysis.aggregate.comentions.comention_counts`: each entity's
   windows summed here, the pairs kept in ``DIR/_work`` in buckets) and the articles' term counts (kept
   in ``DIR/_work`` until stage 5) with their document frequencies, summed here; every bigram of its
   articles with its spellings (kept in ``DIR/_work`` in buckets by code). Then one task per bucket
   (:func:`reduce_pairs`, :data:`PAIR_BUCKET_ARTICLES`) sums the bucket's bigrams over the partitions:
   those the corpus has ``min_bigram_count`` times are the bigram columns, as in the in-memory build
   (every sum over partitions here and in stage 4 goes through :class:`~analysis.aggregate.folds.Folds`,
   so a bucket's growing total is not summed again for every few partitions);
   one task (:func:`finish_terms`) puts them into the plan with the idf, and leaves it in ``DIR/_work``.
4. **Corpus-wide**: the ``comentions`` table, a part per bucket of pairs, each summed by a task
   (:func:`reduce_comentions`: no process holds every pair); the themes fitted on the sample's TF-IDF
   rows (:func:`corpus_wide`, :func:`analysis.aggregate.themes.corpus_themes`).
5. **Per partition**: ``doc_terms`` (TF-IDF rows with the corpus's idf) and ``doc_themes`` (the articles
   put on the themes, :func:`~analysis.aggregate.themes.project_themes`).

Then ``problems`` is written whole, and ``build.json`` last (``themes`` whole by stage 4). A corpus of at
most :data:`SAMPLE_ARTICLES` articles gets exactly the tables :func:`analysis.pipeline.build` makes (the
sample is the corpus; tested; a bigram's display form may differ where two spellings are equally
frequent). On a larger one, boilerplate, multi-word names and the themes are learned on the sample;
every other table is exact (on a SaudiNewsNet day with a sample of 700 of its 2,799 articles, an
article's key terms overlap the in-memory build's by a mean Jaccard of 0.981).

The tasks read and write ``DIR``: on a cluster, ``DIR`` must be a path every worker can reach (a shared
volume, an object store such as ``s3://``); the corpus is read by this process alone. The driver's memory
grows only with the corpus's distinct token types (Heaps' law: held while reading), its ids and digests
(about 150 MB per million articles), the document frequencies of the plan's word columns and its
entities' windows; it never holds the sample's texts after reading, the plan or a bigram. A worker's
grows with one partition, a bucket's pairs (:data:`PAIR_BUCKET_ARTICLES`), the sample, and the plan
(about a million bigram columns at a million articles). A build's linked corpus (``import --from-build``)
counts its Compare page's terms itself: a streamed build writes no ``DIR/terms``.
"""

from __future__ import annotations

import pickle
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
from threadpoolctl import threadpool_limits

from analysis import engine, pipeline, schema
from analysis.aggregate import term_reduction as tr
from analysis.aggregate.comentions import (
    COMENTION_COLUMNS,
    ComentionCounts,
    comention_counts,
    comentions_from_counts,
    pair_rows,
    singles_only,
    sum_comention_counts,
    sum_pair_rows,
)
from analysis.aggregate.folds import Folds
from analysis.aggregate.terms import doc_terms_table
from analysis.aggregate.themes import ThemeModel, corpus_themes, project_themes, theme_columns
from analysis.aggregate.vocabulary import term_vocabulary
from analysis.extract.discovered import DISCOVERED, home_from_counts, merged, state_article_counts
from analysis.extract.gazetteer import Gazetteer, load_gazetteer
from analysis.ingest.corpus import CorpusError, corpus_units
from analysis.ingest.discovery import Unit
from analysis.ingest.readers import read_unit
from analysis.ingest.report import Collector
from analysis.partitioned import clear_table, read_part, write_part
from analysis.pipeline import Progress

#: From about this many articles (guessed from the corpus's files, :func:`analysis.engine.guess_articles`),
#: ``build --out`` streams. Below, the in-memory build is as fast and writes CSV too.
STREAM_FROM = 100_000
#: Articles the vocabulary's boilerplate and names and the themes are learned on.
SAMPLE_ARTICLES = 20_000
#: Articles of that sample the themes are fitted on when the sample is not the whole corpus (NMF fits on
#: 5,000 of them; their coherence is counted over their sentences): a worker fitting themes on all 20,000
#: peaked at 1.96 GB.
THEME_SAMPLE = 10_000
#: Partitions in flight per worker thread while the corpus is read (each holds its articles' texts).
WINDOW_PER_THREAD = 2
#: Articles per bucket of bigram codes and of co-mentioned pairs: the bigrams and the co-mentions of every
#: partition are summed one bucket at a time (:func:`reduce_pairs`, :func:`reduce_comentions`), each by
#: one task.
PAIR_BUCKET_ARTICLES = 100_000
#: The folder under ``DIR`` for what the stages pass on (the mentions before the home state, the term
#: counts), removed at the end.
WORK = "_work"
#: The files of ``DIR/_work`` the driver writes for the corpus-wide tasks: the reservoir sample (its
#: texts) and the corpus's token types with their counts.
SAMPLE_FILE = "sample.parquet"
TYPES_FILE = "types.parquet"


@dataclass
class StreamedBuild:
    """What a streamed build wrote: the corpus's name, counts, the seconds per stage and the problems."""

    name: str
    out: str
    articles: int
    partitions: int
    counts: dict[str, int]
    problems: pd.DataFrame
    timings: dict[str, float] = field(default_factory=dict)


# --- the tasks ------------------------------------------------------------------------------


_held: dict[str, tuple[str, Any]] = {}  # a handoff's kind → (its file, the object read from it), per process
_held_lock = threading.Lock()


@dataclass(frozen=True)
class Handoff:
    """An object a task left in ``DIR/_work`` for the tasks of later stages (the terms' plan), read once
    per process that needs it. The driver passes only this reference: a million articles' plan (a
    million bigram columns) never reaches the driver nor a task graph."""

    out: str
    kind: str
    file: str

    @classmethod
    def put(cls, out: str, kind: str, obj: Any) -> Handoff:
        """``obj`` pickled into ``DIR/_work`` under a name of its own, and kept as this process's copy."""
        handoff = cls(out, kind, f"{kind}-{uuid.uuid4().hex}.pickle")
        fs, path = _work_file(out, handoff.file, writing=True)
        with fs.open(path, "wb") as handle:
            pickle.dump(obj, handle, protocol=pickle.HIGHEST_PROTOCOL)
        with _held_lock:
            _held[kind] = (handoff.file, obj)
        return handoff

    def get(self) -> Any:
        """The object: this process's copy, else read (replacing the copy of an earlier one of its kind)."""
        with _held_lock:
            file, obj = _held.get(self.kind, (None, None))
            if file == self.file:
                return obj
            _held.pop(self.kind, None)  # the earlier one goes before the new one is read
            fs, path = _work_file(self.out, self.file)
            with fs.open(path, "rb") as handle:
                obj = pickle.load(handle)
            _held[self.kind] = (self.file, obj)
            return obj


def forget_handoffs(kind: str | None = None) -> None:
    """Drop this process's copy of the handoffs of ``kind`` (None: every kind), once no task needs it."""
    with _held_lock:
        if kind is None:
            _held.clear()
        else:
            _held.pop(kind, None)


@dataclass(frozen=True)
class _Read:
    """What a partition's first task returns: small, whatever the partition's size."""

    k: int
    n_articles: int
    n_rows: dict[str, int]
    types: tr.TypeCounts
    state_articles: pd.Series
    state_total: int
    problems: pd.DataFrame


def extract_partition(k: int, articles: pd.DataFrame, out: str, gazetteer: Gazetteer) -> _Read:
    """Stage 1 of partition ``k``: extract ``articles`` (:data:`analysis.schema.ARTICLES`), write its
    ``documents``, ``sentences`` and ``events`` parts and its raw mentions; return the summaries."""
    documents, sentences, mentions, events, problems = pipeline.extract_batch(articles, gazetteer)
    docs_out = pipeline.documents_table(documents, sentences).assign(text=documents["text"].to_numpy())
    write_part(out, "documents", k, docs_out)
    write_part(out, "sentences", k, sentences)
    write_part(out, "events", k, events)
    _write_work(out, "mentions", k, mentions)
    base = mentions[mentions["alias_kind"] != DISCOVERED]
    per_state, n_state = state_article_counts(base, gazetteer)
    with threadpool_limits(limits=1):
        types = tr.count_types(documents["text"].tolist())
    return _Read(k, len(documents), {"sentences": len(sentences), "events": len(events)}, types, per_state,
                 n_state, problems)  # fmt: skip


@dataclass(frozen=True)
class _Counted:
    k: int
    n_mentions: int
    comentions: ComentionCounts
    df: np.ndarray


def count_partition(
    k: int, out: str, gazetteer: Gazetteer, home: str | None, planned: Handoff, n_buckets: int = 1
) -> _Counted:
    """Stage 3 of partition ``k``: its discovered mentions read at home (``mentions`` written), its
    co-mention window counts, and its term counts (kept in ``DIR/_work`` for stage 5) with their
    document frequencies; its bigrams (every one, a row per article and bigram, with their spellings)
    kept in ``DIR/_work`` in ``n_buckets`` buckets by code, for :func:`reduce_pairs` and stage 5; its
    co-mentioned pairs kept there in ``n_buckets`` buckets, for :func:`reduce_comentions`. Returns the
    co-mention counts without their pairs (:func:`~analysis.aggregate.comentions.singles_only`).
    ``planned``: the plan of stage 2 (:func:`plan_partitions`)."""
    plan: tr.TermPlan = planned.get()
    raw = _read_work(out, "mentions", k)
    mentions = merged(raw, raw.iloc[:0], gazetteer, home=home)
    write_part(out, "mentions", k, mentions)
    sentences = read_part(out, "sentences", k, ["doc_id", "sentence_idx", "paragraph_idx"])
    windows = comention_counts(mentions, sentences)
    rows = pair_rows(windows)
    bucket = _bucket_of(rows["entity_a"], n_buckets)
    for b in range(n_buckets):
        _write_work(out, f"comentions/{b:03d}", k, rows[bucket == b] if n_buckets > 1 else rows)
    documents = read_part(out, "documents", k, ["doc_id", "source", "text"])
    with threadpool_limits(limits=1):
        counts, pairs = tr.partition_counts_and_pairs(documents["text"].tolist(), documents["source"].tolist(), plan)
    _write_counts(out, k, counts)
    _write_pairs(out, k, pairs, n_buckets)
    return _Counted(k, len(mentions), singles_only(windows), tr.document_frequency(counts))


def theme_partition(
    k: int,
    out: str,
    finished: Handoff,
    model: ThemeModel | None,
    doc_themes: pd.DataFrame | None,
    n_buckets: int = 1,
    columns: np.ndarray | None = None,
) -> int:
    """Stage 5 of partition ``k``: ``doc_terms`` (its TF-IDF rows in the finished ``plan``'s columns, with
    the corpus's idf, from the counts and bigrams stage 3 kept), ``doc_themes`` (``doc_themes`` given: the corpus's,
    its rows of this partition; else the articles put on ``model``'s themes). ``finished``: the finished
    plan (:func:`finish_terms`); ``columns``: the plan's column of each of the model's terms
    (:func:`~analysis.aggregate.themes.theme_columns`, made once by :func:`corpus_wide`). Returns the
    rows of ``doc_terms`` written."""
    plan: tr.TermPlan = finished.get()
    doc_ids = read_part(out, "documents", k, ["doc_id"])["doc_id"].tolist()
    pairs = _read_pairs(out, k, n_buckets) if plan.bigrams else None
    matrix = tr.partition_matrix(doc_ids, (), None, plan, counts=_read_counts(out, k), pairs=pairs)
    terms = doc_terms_table(matrix)
    write_part(out, "doc_terms", k, terms)
    if doc_themes is not None:
        mine = doc_themes[doc_themes["doc_id"].isin(doc_ids)]
    elif model is not None:
        with threadpool_limits(limits=1):
            _, mine = project_themes(matrix, model, columns=columns)
    else:
        mine = pd.DataFrame(columns=schema.DOC_THEMES.names)
    write_part(out, "doc_themes", k, schema.conform(schema.DOC_THEMES, mine))
    return len(terms)


@dataclass(frozen=True)
class Planned:
    """What the driver needs of a plan that stays on disk: its columns' count and its bigram rule."""

    handoff: Handoff
    n_terms: int
    bigrams: bool
    min_bigram_count: int


def plan_partitions(out: str, vocabulary, n_docs: int) -> Planned:
    """Stage 2 (one task): the TF-IDF's plan from the corpus's type counts and the sample (both left in
    ``DIR/_work`` by the driver), kept there for the tasks of stage 3; no bigram column yet (those of the
    whole corpus are chosen by :func:`reduce_pairs` and put in by :func:`finish_terms`)."""
    sample = _read_work_file(out, SAMPLE_FILE)
    typed = _read_work_file(out, TYPES_FILE)
    types = tr.TypeCounts(typed["type"].tolist(), typed["count"].to_numpy(np.int64))
    del typed
    with threadpool_limits(limits=1):
        texts, sources = sample["text"].tolist(), sample["source"].tolist()
        plan = tr.plan_terms(types, texts, sources, vocabulary, n_docs=n_docs, sample_bigrams=False)
    return Planned(Handoff.put(out, "plan", plan), len(plan.terms), plan.bigrams, plan.min_bigram_count)


def reduce_pairs(out: str, bucket: int, n_parts: int, min_count: int) -> int:
    """Stage 3's reduction of one bucket of bigram codes (one task per bucket): the bigrams every
    partition counted in this bucket, summed; those the corpus has at least ``min_count`` times kept in
    ``DIR/_work/kept`` (codes (sorted), document frequencies, display forms) for :func:`finish_terms`.
    Returns how many."""
    codes, totals, df = tr.pair_totals(
        _read_pair_part(out, "pairs", bucket, k, ["code", "count"]).to_numpy().T for k in range(n_parts)
    )
    kept = totals >= min_count
    spelled = (_read_pair_part(out, "spelled", bucket, k) for k in range(n_parts))
    shown = tr.pair_spellings(codes[kept], spelled)
    _write_work(out, "kept", bucket, pd.DataFrame({"code": codes[kept], "df": df[kept], "shown": shown}))
    return int(kept.sum())


def finish_terms(out: str, planned: Handoff, n_buckets: int, df: np.ndarray, n_docs: int) -> Handoff:
    """The end of stage 3 (one task): the plan with the bigram columns :func:`reduce_pairs` kept (when it
    has bigrams), finished with the corpus's document frequencies ``df`` (its columns', summed over the
    partitions) and idf (:func:`~analysis.aggregate.term_reduction.finish_plan`), kept in ``DIR/_work``
    for stages 4 and 5. The driver never holds it: at a million articles its bigram columns alone are
    about a million strings."""
    plan: tr.TermPlan = planned.get()
    if plan.bigrams:
        kept = pd.concat([_read_work(out, "kept", b) for b in range(n_buckets)], ignore_index=True)
        kept = kept.sort_values("code", kind="stable")
        plan, df = tr.add_pairs(
            plan, kept["code"].to_numpy(np.int64), kept["shown"].tolist(), df, kept["df"].to_numpy(np.int64)
        )
        del kept
    return Handoff.put(out, "finished", tr.finish_plan(plan, np.asarray(df), n_docs))


def corpus_wide(
    out: str,
    finished: Handoff,
    vocabulary,
    n_themes: int | None,
    whole: bool,
) -> tuple[pd.DataFrame, pd.DataFrame | None, ThemeModel | None, np.ndarray | None]:
    """Stage 4 (one task): the themes fitted on the sample's TF-IDF rows (the finished plan; at most
    :data:`THEME_SAMPLE` of them unless the sample is the corpus), and the ``themes`` table written.
    Returns the themes, the sample's shares when the sample is the corpus (``whole``: they are every
    article's; else None), the model and the plan's column of each of its terms (for stage 5)."""
    plan: tr.TermPlan = finished.get()
    sample = _read_work_file(out, SAMPLE_FILE)
    if not whole and len(sample) > THEME_SAMPLE:  # a uniform subsample, in reading order
        picked = np.random.default_rng(0).choice(len(sample), THEME_SAMPLE, replace=False)
        sample = sample.iloc[np.sort(picked)]
    with threadpool_limits(limits=1):
        texts, sources = sample["text"].tolist(), sample["source"].tolist()
        matrix = tr.partition_matrix(sample["doc_id"].tolist(), texts, sources, plan)
        themes, shares, model = corpus_themes(matrix, texts, sources=sources, vocabulary=vocabulary, n_themes=n_themes)
    write_part(out, "themes", 0, schema.conform(schema.THEMES, themes))
    columns = theme_columns(model, plan.keys) if model is not None else None
    return themes, (shares if whole else None), model, columns


def reduce_comentions(out: str, bucket: int, n_parts: int, totals: ComentionCounts | None) -> int:
    """Stage 3's reduction of one bucket of co-mentioned pairs (one task per bucket): the pairs every
    partition kept in this bucket, summed with the corpus's ``totals`` (each entity's windows), and
    their rows of the ``comentions`` table written as its part ``bucket``. Returns the rows."""
    if totals is None:
        table = pd.DataFrame(columns=COMENTION_COLUMNS)
    else:
        parts = (_read_work(out, f"comentions/{bucket:03d}", k) for k in range(n_parts))
        table = comentions_from_counts(sum_pair_rows(totals, parts))
    write_part(out, "comentions", bucket, table)
    return len(table)


def _bucket_of(ids: pd.Series, n_buckets: int) -> np.ndarray:
    """A bucket per id, the same in every process (a hash of the text, not Python's salted one)."""
    if n_buckets == 1:
        return np.zeros(len(ids), dtype=np.int64)
    return (pd.util.hash_array(ids.to_numpy(dtype=object)) % np.uint64(n_buckets)).astype(np.int64)


def _work_path(out: str, name: str, k: int, suffix: str, *, writing: bool = False) -> tuple[Any, str]:
    return _work_file(out, f"{name}/part.{k:05d}.{suffix}", writing=writing)


def _work_file(out: str, file: str, *, writing: bool = False) -> tuple[Any, str]:
    """The filesystem and path of ``DIR/_work/file`` (its folder made when ``writing``)."""
    import fsspec

    fs, root = fsspec.core.url_to_fs(str(out))
    path = f"{root.rstrip('/')}/{WORK}/{file}"
    if writing:
        fs.makedirs(path.rsplit("/", 1)[0], exist_ok=True)
    return fs, path


def _write_work_file(out: str, file: str, frame: pd.DataFrame) -> None:
    fs, path = _work_file(out, file, writing=True)
    frame.to_parquet(path, index=False, filesystem=fs)


def _read_work_file(out: str, file: str) -> pd.DataFrame:
    fs, path = _work_file(out, file)
    return pd.read_parquet(path, filesystem=fs)


def _write_work(out: str, name: str, k: int, frame: pd.DataFrame) -> None:
    fs, path = _work_path(out, name, k, "parquet", writing=True)
    frame.to_parquet(path, index=False, filesystem=fs)


def _read_work(out: str, name: str, k: int) -> pd.DataFrame:
    fs, path = _work_path(out, name, k, "parquet")
    return pd.read_parquet(path, filesystem=fs)


def _write_counts(out: str, k: int, counts: sp.csr_matrix) -> None:
    fs, path = _work_path(out, "terms", k, "npz", writing=True)
    with fs.open(path, "wb") as handle:
        sp.save_npz(handle, counts.tocsr(), compressed=False)


def _read_counts(out: str, k: int) -> sp.csr_matrix:
    fs, path = _work_path(out, "terms", k, "npz")
    with fs.open(path, "rb") as handle:
        return sp.load_npz(handle).tocsr()


def _write_pairs(out: str, k: int, pairs: tr.PairCounts, n_buckets: int) -> None:
    """A partition's bigrams, in ``n_buckets`` buckets by code: ``pairs/BBB`` a row per article and
    bigram, ``spelled/BBB`` their spellings."""
    rows = pd.DataFrame({"doc": pairs.docs, "code": pairs.codes, "count": pairs.counts})
    for name, frame in (("pairs", rows), ("spelled", pairs.spelled)):
        bucket = frame["code"].to_numpy() % n_buckets
        for b in range(n_buckets):
            _write_work(out, f"{name}/{b:03d}", k, frame[bucket == b] if n_buckets > 1 else frame)


def _read_pair_part(out: str, name: str, bucket: int, k: int, columns: list[str] | None = None) -> pd.DataFrame:
    fs, path = _work_path(out, f"{name}/{bucket:03d}", k, "parquet")
    return pd.read_parquet(path, columns=columns, filesystem=fs)


def _read_pairs(out: str, k: int, n_buckets: int) -> tr.PairCounts:
    rows = pd.concat([_read_pair_part(out, "pairs", b, k) for b in range(n_buckets)], ignore_index=True)
    none = pd.DataFrame(columns=tr.SPELLED_COLUMNS)
    return tr.PairCounts(
        rows["doc"].to_numpy(np.int32), rows["code"].to_numpy(np.int64), rows["count"].to_numpy(np.int32), none
    )


# --- the driver -----------------------------------------------------------------------------


class _Runner:
    """Tasks on the scheduler :func:`analysis.engine.choose` picks: this process (synchronous), a
    LocalCluster or a cluster. :meth:`map` runs a stage's tasks and yields their results as they end;
    a task that fails (its exception, a worker lost more often than Dask retries) runs again here."""

    def __init__(self, where: str):
        self.where = where
        self.client: Any = None
        if where != engine.SYNCHRONOUS:
            self.client = engine.client(where)
        self.threads = max(sum(self.client.nthreads().values()), 1) if self.client is not None else 1
        self.shared: dict[int, tuple[Any, Any]] = {}  # id(object) → (object, its future on every worker)

    def close(self) -> None:
        """This build is done with the scheduler: a LocalCluster ends (:func:`analysis.engine.release`)."""
        if self.client is not None:
            self.shared.clear()
            self.client = None
            engine.release(self.where)

    def share(self, *objects: Any) -> None:
        """Send ``objects`` (the gazetteer, the terms' plan, the themes) to every worker once: a task's
        argument that is one of them goes as the workers' copy, not inside the task (15 MB a plan)."""
        for obj in objects:
            if self.client is not None and obj is not None and id(obj) not in self.shared:
                self.shared[id(obj)] = (obj, self.client.scatter(obj, broadcast=True, hash=False))

    def unshare(self, *objects: Any) -> None:
        """The workers' copies of ``objects`` released (and this runner's hold on them)."""
        for obj in objects:
            held = self.shared.pop(id(obj), None)
            if held is not None and held[0] is obj:
                held[1].release()

    def forget(self, kind: str | None = None) -> None:
        """Every process (this one and each worker) drops its copy of the handoffs of ``kind``."""
        forget_handoffs(kind)
        if self.client is not None:
            self.client.run(forget_handoffs, kind)

    def call(self, fn: Callable, *args: Any) -> Any:
        """``fn(*args)`` as one task on a worker (the corpus-wide steps: their memory is a worker's, not
        this process's), or here with the synchronous scheduler."""
        return next(self.map(fn, iter([args]), window=1))

    def map(self, fn: Callable, calls: Iterator[tuple], *, window: int | None = None) -> Iterator[Any]:
        """``fn(*args)`` for each ``args`` of ``calls`` (read lazily: at most ``window`` in flight),
        results in the order they end."""
        if self.client is None:
            for args in calls:
                yield fn(*args)
            return
        from distributed import as_completed

        window = window or 2 * self.threads
        running = as_completed(loop=self.client.loop)
        args_of: dict = {}

        def submit() -> bool:
            args = next(calls, None)
            if args is None:
                return False
            sent = tuple(self.shared[id(a)][1] if id(a) in self.shared and self.shared[id(a)][0] is a else a
                         for a in args)  # fmt: skip
            future = self.client.submit(fn, *sent, pure=False)
            args_of[future.key] = args
            running.add(future)
            return True

        for _ in range(window):
            if not submit():
                break
        for future in running:
            args = args_of.pop(future.key)
            submit()
            try:
                result = future.result()
            except Exception:  # a task's own error or a lost worker: again, here
                result = fn(*args)
            future.release()
            yield result


def _reading(units: list[Unit], collector: Collector, progress: Progress | None) -> Iterator[pd.DataFrame]:
    """The corpus's articles, a file (or ZIP member) at a time, as ``load_corpus`` reads them."""
    for done, unit in enumerate(units, start=1):
        read_unit(unit, collector)
        taken = collector.take_documents()
        if len(taken):
            yield taken
        if progress:
            progress("load", done, len(units))


class _Reservoir:
    """A uniform sample of ``size`` articles of a stream (Algorithm R, seeded: the same corpus, the same
    sample), given back in reading order."""

    def __init__(self, size: int, seed: int = 0):
        self.size, self.rng, self.seen = size, np.random.default_rng(seed), 0
        self.slots: list[tuple[int, str, Any, str]] = []  # (position, doc_id, source, text)

    def offer(self, articles: pd.DataFrame) -> None:
        for doc_id, source, text in zip(articles["doc_id"], articles["source"], articles["text"]):
            if len(self.slots) < self.size:
                self.slots.append((self.seen, doc_id, source, text))
            else:
                j = int(self.rng.integers(0, self.seen + 1))
                if j < self.size:
                    self.slots[j] = (self.seen, doc_id, source, text)
            self.seen += 1

    def frame(self) -> pd.DataFrame:
        rows = sorted(self.slots, key=lambda row: row[0])
        return pd.DataFrame([row[1:] for row in rows], columns=["doc_id", "source", "text"])


class _Summary:
    """Stage 1's results folded as they come, in partition order (a partition's types come before the
    next one's, as one process reading the corpus would meet them), never all held at once."""

    def __init__(self) -> None:
        self.pending: dict[int, _Read] = {}
        self.next_k = 0
        self.types = tr.TypeCounts([], np.zeros(0, dtype=np.int64))
        self.folds: Folds[tr.TypeCounts] = Folds(tr.sum_type_counts)
        self.per_state = pd.Series(dtype=np.int64)
        self.state_total = 0
        self.problems: list[pd.DataFrame] = []
        self.n_rows = {"sentences": 0, "events": 0}
        self.n_docs = 0

    def add(self, read: _Read) -> None:
        self.n_docs += read.n_articles
        self.pending[read.k] = read
        while self.next_k in self.pending:
            done = self.pending.pop(self.next_k)
            self.next_k += 1
            self.folds.add(done.types)
            self.per_state = self.per_state.add(done.state_articles, fill_value=0).astype(np.int64)
            self.state_total += done.state_total
            if len(done.problems):
                self.problems.append(done.problems)
            for table in self.n_rows:
                self.n_rows[table] += done.n_rows[table]

    def finish(self) -> tuple[int, int]:
        """(partitions, articles); every partition's results folded."""
        assert not self.pending, "a partition's results are missing"
        self.types = self.folds.total() or self.types
        del self.folds
        return self.next_k, self.n_docs


class _Counts:
    """Stage 3's results folded as they come: the document frequencies, each entity's co-mention windows
    (the pairs stay in ``DIR/_work`` for :func:`reduce_comentions`)."""

    FOLD = 16

    def __init__(self, n_terms: int) -> None:
        self.df = np.zeros(n_terms, dtype=np.int64)
        self.windows: ComentionCounts | None = None
        self.held: list[ComentionCounts] = []
        self.n_mentions = 0

    def add(self, counted: _Counted) -> None:
        self.df += counted.df
        self.n_mentions += counted.n_mentions
        self.held.append(counted.comentions)
        if len(self.held) >= self.FOLD:
            self._fold()

    def _fold(self) -> None:
        if self.held:
            self.windows = sum_comention_counts([w for w in (self.windows, *self.held) if w is not None])
            self.held = []

    def finish(self) -> tuple[np.ndarray, ComentionCounts | None, int]:
        self._fold()
        return self.df, self.windows, self.n_mentions


def _partitions(batches: Iterator[pd.DataFrame], size: int) -> Iterator[pd.DataFrame]:
    """The articles of ``batches`` regrouped into partitions of ``size`` (the last one shorter)."""
    held: list[pd.DataFrame] = []
    n = 0
    for batch in batches:
        held.append(batch)
        n += len(batch)
        while n >= size:
            joined = pd.concat(held, ignore_index=True)
            yield joined.iloc[:size].reset_index(drop=True)
            rest = joined.iloc[size:]
            held, n = ([rest] if len(rest) else []), len(rest)
    if n:
        yield pd.concat(held, ignore_index=True)


def stream_build(
    path: str | Path,
    out: str | Path,
    *,
    gazetteer: Gazetteer | None = None,
    n_themes: int | None = None,
    progress: Progress | None = None,
    scheduler: str | None = None,
    sample_articles: int = SAMPLE_ARTICLES,
    partition_size: int | None = None,
) -> StreamedBuild:
    """Build the corpus at ``path`` into ``out`` partition by partition (see the module docstring);
    ``scheduler`` as for :func:`analysis.pipeline.analyse` (the default by the corpus's guessed size);
    ``partition_size``: articles per partition (default :data:`analysis.pipeline.PARTITION_SIZE`).
    Raises :class:`~analysis.ingest.corpus.CorpusError` when ``path`` is no corpus."""
    from analysis.store.builds import remove_manifest, write_manifest

    started = time.perf_counter()
    timings: dict[str, float] = {}

    def lap(stage: str) -> None:
        nonlocal started
        now = time.perf_counter()
        timings[stage] = round(now - started, 3)
        timings[f"{stage} peak MB"] = _peak_mb()  # this process's peak so far: where the driver's memory goes
        started = now

    root = Path(path)
    if not root.exists():  # before the output folder is touched (corpus_units says it again below)
        raise CorpusError(f"Corpus path {str(path)!r} does not exist.")
    out = str(out)
    gazetteer = gazetteer or load_gazetteer()
    remove_manifest(out)  # until every table is written, the folder is no finished build
    for table in schema.OUTPUT_TABLES:
        clear_table(out, table)
    _remove_work(out)  # an interrupted build's
    _remove_work(out, "terms")  # an in-memory build's term counts, of other articles
    runner = _Runner(engine.choose(scheduler, engine.guess_articles(root)))
    try:
        runner.share(gazetteer)
        lap(f"start ({runner.where})")

        # 1. read and extract
        size = partition_size or pipeline.PARTITION_SIZE
        collector = Collector()
        reservoir = _Reservoir(sample_articles)
        sources: set = set()
        summary = _Summary()
        with ExitStack() as stack:
            name, units = corpus_units(root, collector, stack)

            def calls() -> Iterator[tuple]:
                for k, part in enumerate(_partitions(_reading(units, collector, progress), size)):
                    reservoir.offer(part)
                    sources.update(s for s in part["source"] if isinstance(s, str))
                    yield (k, part, out, gazetteer)

            window = WINDOW_PER_THREAD * runner.threads
            for read in runner.map(extract_partition, calls(), window=window):
                summary.add(read)
                if progress:
                    progress("extract", summary.n_docs, reservoir.seen)
        n_parts, n_docs = summary.finish()
        lap("read+extract")

        # 2. the home state and the terms (the sample and the type counts go to DIR/_work, the plan stays there)
        home = home_from_counts(summary.per_state, summary.state_total)
        _write_work_file(out, SAMPLE_FILE, reservoir.frame())
        n_sample = len(reservoir.slots)
        reservoir.slots = []  # the sample's texts
        _write_work_file(out, TYPES_FILE, pd.DataFrame({"type": summary.types.types, "count": summary.types.counts}))
        problems = [collector.problems_frame(), *summary.problems]
        n_rows = summary.n_rows
        del summary  # the type counts go
        vocabulary = term_vocabulary(gazetteer, sorted(sources))
        runner.share(vocabulary)
        planned: Planned = runner.call(plan_partitions, out, vocabulary, n_docs)
        lap("plan")

        # 3. mentions at home, co-mentions, term counts; the bigrams and co-mentions summed a bucket at a time
        counts = _Counts(planned.n_terms)
        n_buckets = max(1, -(-n_docs // PAIR_BUCKET_ARTICLES))
        counting = ((k, out, gazetteer, home, planned.handoff, n_buckets) for k in range(n_parts))
        for counted in runner.map(count_partition, counting):
            counts.add(counted)
        df, windows, n_mentions = counts.finish()
        del counts
        if planned.bigrams:
            reducing = ((out, b, n_parts, planned.min_bigram_count) for b in range(n_buckets))
            for _ in runner.map(reduce_pairs, reducing):  # each bucket's kept bigrams go to DIR/_work/kept
                pass
        finished: Handoff = runner.call(finish_terms, out, planned.handoff, n_buckets, df, n_docs)
        runner.forget("plan")  # the unfinished plan: no task needs it now
        del df
        lap("mentions+counts")

        # 4. themes, co-mentions
        runner.share(windows)  # each entity's windows: sent to the workers once, not in every bucket's task
        n_comentions = sum(runner.map(reduce_comentions, ((out, b, n_parts, windows) for b in range(n_buckets))))
        runner.unshare(windows)
        del windows
        themes, sample_themes, model, columns = runner.call(
            corpus_wide, out, finished, vocabulary, n_themes, n_sample == n_docs
        )
        lap("themes+comentions")

        # 5. doc_terms, doc_themes
        runner.share(model, sample_themes, columns)
        theming = ((k, out, finished, model, sample_themes, n_buckets, columns) for k in range(n_parts))
        n_terms = sum(runner.map(theme_partition, theming))
        runner.forget()
        lap("doc_terms+doc_themes")

        problems_table = schema.conform(schema.PROBLEMS, pd.concat(problems, ignore_index=True))
        write_part(out, "problems", 0, problems_table)
        _remove_work(out)
        write_manifest(out, name=name, articles=n_docs)
        lap("write")
        rows = {**n_rows, "mentions": n_mentions, "comentions": n_comentions, "doc_terms": n_terms,
                  "themes": int(themes["theme_id"].nunique()) if len(themes) else 0}  # fmt: skip
        return StreamedBuild(name, out, n_docs, n_parts, rows, problems_table, timings)
    finally:
        runner.close()  # a LocalCluster ends with its build (analysis.engine.release)


def _peak_mb() -> float:
    import resource

    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # KB on Linux


def _remove_work(out: str, folder_name: str = WORK) -> None:
    import fsspec

    fs, root = fsspec.core.url_to_fs(str(out))
    folder = f"{root.rstrip('/')}/{folder_name}"
    if fs.exists(folder):
        fs.rm(folder, recursive=True)
