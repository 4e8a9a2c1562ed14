"""The one entry point of the analysis: a corpus in, every output table out.

``build(path)`` loads a corpus (see :mod:`analysis.ingest.corpus`) and runs :func:`analyse`:

1. per article (Dask tasks, one per partition of articles; :mod:`analysis.engine` picks the
   scheduler: this process, a LocalCluster, or a cluster's scheduler): sentences and
   paragraphs, gazetteer mentions, date expressions;
2. over the corpus: the entities articles introduce that the gazetteer lacks, as mentions
   (:mod:`analysis.extract.discovered`: ``disc:`` ids, and the home state's unqualified
   institutions), TF-IDF key terms, NMF themes, co-mention statistics, dated events.

The result is a :class:`CorpusTables` of tidy DataFrames; :meth:`CorpusTables.write`
saves them as UTF-8 CSV (plus Parquet, which keeps the article texts and types).
"""

from __future__ import annotations

import dataclasses
import gc
import pickle
import time
from bisect import bisect_right
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from threadpoolctl import threadpool_limits

from analysis import engine, schema
from analysis.aggregate.comentions import comentions_table
from analysis.aggregate.terms import TermMatrix, build_term_matrix, doc_terms_table, tokenise
from analysis.aggregate.themes import ThemeModel, corpus_themes, on_passages
from analysis.aggregate.vocabulary import term_vocabulary
from analysis.extract.dates import find_dates
from analysis.extract.discovered import discovered_mentions, merged
from analysis.extract.events import events_table
from analysis.extract.gazetteer import Gazetteer, load_gazetteer
from analysis.extract.mentions import mentions_of_texts, mentions_table
from analysis.ingest.corpus import LoadedCorpus, load_corpus
from analysis.limits import load_limits
from analysis.schema import CorpusTables
from analysis.text.normalize import normalize_with_offsets
from analysis.text.segment import SENTENCE_COLUMNS, split_sentences

#: Columns of the date expressions found per article, before they become events.
DATE_MENTION_COLUMNS = [
    "doc_id",
    "sentence_idx",
    "date_text",
    "start",
    "end",
    "date_start",
    "date_end",
    "precision",
    "resolved",
    "extent",
    "when",
]

#: Articles per extraction task (:func:`partitions`).
PARTITION_SIZE = 500

Progress = Callable[[str, int, int], None]


# --- per-article extraction (Dask tasks) ------------------------------


def _extract(
    batch: pd.DataFrame, gazetteer: Gazetteer
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Sentences, mentions, dated events and problems of a batch of documents.

    Each article is held to ``analysis/data/limits.yaml`` (characters, events, mentions; a problem
    row says where it was cut); an article whose analysis fails is quarantined: a problem row, and
    no row in any other table, so one article cannot keep a corpus from opening.
    """
    limits = load_limits().analysis
    sentence_rows: list[tuple] = []
    date_rows: list[tuple] = []
    normalized: dict = {}
    problems: list[tuple] = []
    kept: list[tuple[str, str]] = []
    sentences_of: dict = {}  # doc_id → its sentences' starts, ends and indices, for the mentions
    for doc_id, text, published in zip(batch["doc_id"].tolist(), batch["text"].tolist(), batch["published"]):
        text = text[: limits.max_article_chars]  # reported by _limits_problems, for cached articles too
        pub = None if published is None or pd.isna(published) else published
        try:
            sentence_rows_of, dates_of = _extract_article(doc_id, text, pub, normalized, limits, problems)
        except Exception as exc:  # quarantined: reported, never raised
            normalized.pop(doc_id, None)
            problems.append(_quarantined(doc_id, exc))
            continue
        sentence_rows += sentence_rows_of
        # rows are in reading order: the index the mentions find their sentence in
        sentences_of[doc_id] = ([r[3] for r in sentence_rows_of], [r[4] for r in sentence_rows_of],
                                [r[1] for r in sentence_rows_of])  # fmt: skip
        date_rows += dates_of
        kept.append((doc_id, text))
    sentences = pd.DataFrame(sentence_rows, columns=SENTENCE_COLUMNS)
    dates = pd.DataFrame(date_rows, columns=DATE_MENTION_COLUMNS)
    try:
        mentions = mentions_of_texts([d for d, _ in kept], [t for _, t in kept], sentences_of.get, gazetteer,
                                     normalized=normalized)  # fmt: skip
        events = events_table(dates, sentences, mentions)
    except Exception:  # find the article that fails, one at a time (the texts as a table only then)
        texts = pd.DataFrame(kept, columns=["doc_id", "text"])
        mentions, events = _per_article(texts, sentences, dates, gazetteer, normalized, problems)
    mentions = _capped(mentions, limits.max_mentions_per_article, "gazetteer mentions", problems)
    # The entities the articles introduce (analysis.extract.discovered), read at home later.
    found = _discovered(sentences, mentions, gazetteer, problems, normalized)
    mentions = pd.concat([mentions, found], ignore_index=True)
    problem_frame = pd.DataFrame(problems, columns=schema.PROBLEMS.names)
    return sentences, mentions, events, problem_frame


def _extract_article(doc_id, text: str, published, normalized: dict, limits, problems: list) -> tuple[list, list]:
    """The sentence rows and date rows of one article (its normalisation kept in ``normalized``)."""
    # One normalisation per article serves the dates here and the gazetteer later.
    normalized[doc_id] = normalize_with_offsets(text)
    spans = split_sentences(text)
    starts = [s for s, _, _ in spans]  # in reading order: bisect finds a date's sentence (one np call cost ten)
    sentence_rows = [(doc_id, idx, paragraph_idx, start, end, text[start:end])
                     for idx, (start, end, paragraph_idx) in enumerate(spans)]  # fmt: skip
    found = find_dates(text, published, normalized=normalized[doc_id])
    outside = [d for d in found if not (limits.in_range(d.date_start) and limits.in_range(d.date_end))]
    if outside:
        first = outside[0]
        problems.append(_problem(doc_id, "warning", f"{len(outside)} date expression(s) such as {first.date_text!r} "
                                 f"({first.date_start} – {first.date_end}) fall outside the years {limits.first_year}–"
                                 f"{limits.last_year}; left out of the timeline"))  # fmt: skip
        found = [d for d in found if d not in outside]
    if len(found) > limits.max_events_per_article:
        problems.append(_problem(doc_id, "warning", f"holds {len(found):,} date expressions, over the limit of "
                                 f"{limits.max_events_per_article:,}; only the first are kept as events"))  # fmt: skip
        found = found[: limits.max_events_per_article]
    date_rows = []
    for d in found:
        sentence_idx = max(bisect_right(starts, d.start) - 1, 0)
        date_rows.append((doc_id, sentence_idx, d.date_text, d.start, d.end, d.date_start, d.date_end,
                          d.precision, d.resolved, d.extent, d.when))  # fmt: skip
    return sentence_rows, date_rows


def _per_article(texts, sentences, dates, gazetteer, normalized, problems) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Mentions and events article by article; an article that fails is quarantined (all its rows dropped)."""
    mention_parts, event_parts, failed = [], [], set()
    for doc_id, text in zip(texts["doc_id"], texts["text"]):
        mine = sentences[sentences["doc_id"] == doc_id]
        try:
            mentions = mentions_table(pd.DataFrame({"doc_id": [doc_id], "text": [text]}), mine, gazetteer,
                                      normalized={doc_id: normalized[doc_id]})  # fmt: skip
            events = events_table(dates[dates["doc_id"] == doc_id], mine, mentions)
        except Exception as exc:
            problems.append(_quarantined(doc_id, exc))
            failed.add(doc_id)
            continue
        mention_parts.append(mentions)
        event_parts.append(events)
    if failed:  # a quarantined article has no row in any table
        sentences.drop(sentences.index[sentences["doc_id"].isin(failed)], inplace=True)
    empty_mentions = mentions_table(texts.iloc[:0], sentences.iloc[:0], gazetteer, normalized={})
    mentions = pd.concat(mention_parts, ignore_index=True) if mention_parts else empty_mentions
    events = (
        pd.concat(event_parts, ignore_index=True)
        if event_parts
        else events_table(dates.iloc[:0], sentences.iloc[:0], empty_mentions)
    )
    return mentions, events


def _discovered(
    sentences: pd.DataFrame, mentions: pd.DataFrame, gazetteer: Gazetteer, problems: list, normalized: dict
) -> pd.DataFrame:
    """The discovered mentions of a batch, read in the articles' normalised texts (``normalized``);
    if that fails, article by article, an article that fails losing only its discovered entities (a
    problem row says so)."""
    try:
        return discovered_mentions(sentences, mentions, gazetteer, normalized=normalized)
    except Exception:
        parts = []
        for doc_id in sentences["doc_id"].unique():
            try:
                parts.append(discovered_mentions(sentences[sentences["doc_id"] == doc_id],
                                                 mentions[mentions["doc_id"] == doc_id], gazetteer))  # fmt: skip
            except Exception as exc:
                problems.append(_problem(doc_id, "warning", f"discovery failed ({type(exc).__name__}); "
                                         "its gazetteer entities are kept"))  # fmt: skip
        return pd.concat(parts, ignore_index=True) if parts else mentions.iloc[:0]


def _capped(frame: pd.DataFrame, limit: int, what: str, problems: list) -> pd.DataFrame:
    """The first ``limit`` rows of each article of ``frame``, a problem row for each article cut."""
    if len(frame) == 0:
        return frame
    rank = frame.groupby("doc_id", sort=False).cumcount()
    over = rank >= limit
    if not over.any():
        return frame
    counts = frame.loc[over, "doc_id"].value_counts(sort=False)
    for doc_id, extra in counts.items():
        problems.append(_problem(doc_id, "warning", f"holds {limit + extra:,} {what}, over the limit of {limit:,}; "
                                 "only the first are kept"))  # fmt: skip
    return frame[~over].reset_index(drop=True)


def _too_long(documents: pd.DataFrame) -> pd.DataFrame:
    """A problem row for each article over ``max_article_chars`` (only its start is analysed)."""
    limit = load_limits().analysis.max_article_chars
    lengths = documents["text"].str.len()
    rows = [
        _problem(
            doc_id,
            "warning",
            f"is {n:,} characters long, over the limit of {limit:,}; only its first "
            f"{limit:,} are analysed (the text is kept whole)",
        )
        for doc_id, n in zip(documents["doc_id"][lengths > limit], lengths[lengths > limit])
    ]
    return pd.DataFrame(rows, columns=schema.PROBLEMS.names)


def _dates_in_range(documents: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``documents`` with publication dates outside the years of ``limits.yaml`` left out (null), and
    a problem row for each: ``0001-01-01`` would make أمس a day before the calendar, and every chart
    that holds dates as timestamps fail."""
    limits = load_limits().analysis
    outside = [not (d is None or pd.isna(d) or limits.in_range(d)) for d in documents["published"]]
    rows = [
        _problem(
            doc_id,
            "warning",
            f"has the publication date {day}, outside the years {limits.first_year}–"
            f"{limits.last_year}; analysed as undated (set its date on the Corpora page)",
        )
        for doc_id, day, out in zip(documents["doc_id"], documents["published"], outside)
        if out
    ]
    if rows:
        documents = documents.assign(published=[None if out else d for d, out in zip(documents["published"], outside)])
    return documents, pd.DataFrame(rows, columns=schema.PROBLEMS.names)


def _problem(doc_id: str, severity: str, message: str) -> tuple[str, str, str, str]:
    """A problem row of the analysis (its ``file`` is the article, which the analysis knows by id)."""
    return (f"article {doc_id}", doc_id, severity, f"article {doc_id!r} {message}")


def _quarantined(doc_id: str, exc: BaseException) -> tuple[str, str, str, str]:
    return _problem(doc_id, "error", f"could not be analysed ({type(exc).__name__}: {str(exc)[:200]}); "
                    "quarantined: it is kept in the corpus but left out of every table")  # fmt: skip


def partitions(documents: pd.DataFrame) -> list[pd.DataFrame]:
    """The documents in partitions of :data:`PARTITION_SIZE` articles: the tasks of the extraction.

    The partitions depend on the corpus alone, never on the scheduler, and every article is read on its
    own: any scheduler gives the same tables."""
    n = len(documents)
    return [documents.iloc[i : i + PARTITION_SIZE] for i in range(0, n, PARTITION_SIZE)]


def _extract_each(partition: pd.DataFrame, gazetteer: Gazetteer) -> tuple[pd.DataFrame, ...]:
    """:func:`_extract` of a partition that failed as a whole, one article at a time in this process."""
    parts = []
    for i in range(len(partition)):
        article = partition.iloc[i : i + 1]
        try:
            parts.append(_extract(article, gazetteer))
        except Exception as exc:
            parts.append(_failed(article, exc, gazetteer))
    return _concat_parts(parts)


def _failed(article: pd.DataFrame, exc: BaseException, gazetteer: Gazetteer) -> tuple[pd.DataFrame, ...]:
    """The tables of an article whose task failed: no row but its problem."""
    doc_id = article["doc_id"].iloc[0]
    problems = pd.DataFrame([_quarantined(doc_id, exc)], columns=schema.PROBLEMS.names)
    empty = _extract(article.iloc[:0], gazetteer)
    return (*empty[:3], problems)


def _concat_parts(parts: list[tuple[pd.DataFrame, ...]]) -> tuple[pd.DataFrame, ...]:
    return tuple(pd.concat([p[i] for p in parts], ignore_index=True) for i in range(4))


#: An article that goes through every step of :func:`_extract` (sentences, a date, gazetteer entities, a
#: title for discovery): extracted once by each worker of a cluster started early (:func:`build`), so that
#: its matchers are compiled and its rules loaded while the corpus is still being read.
_WARM_ARTICLE = pd.DataFrame(
    {
        "doc_id": ["warm-up"],
        "text": [
            "أعلن الرئيس الروسي فلاديمير بوتين يوم الاثنين 20 يوليو 2015 في موسكو أن وزير الخارجية "
            "السعودي سيزور دمشق.\nوقال المتحدث باسم الأمم المتحدة إن الوضع في إدلب خطير."
        ],
        "published": [pd.Timestamp("2015-07-21").date()],
    }
)


def _warm(gazetteer: Gazetteer) -> int:
    """Extract :data:`_WARM_ARTICLE` and throw it away: the worker's matchers compiled and cached on its
    copy of ``gazetteer`` (the one the build's tasks receive), its rules and patterns loaded.

    What is then alive (the gazetteer, its matchers, the rules: ~140k objects the garbage collector tracks) lives
    as long as the worker, so it is moved out of the collector's sight (``gc.freeze``): otherwise each full
    collection during the extraction walks it all again for nothing, ~4 % of the extraction's CPU
    (bench/HISTORY.md, sixteenth session). Objects freed by their reference counts are freed as before."""
    count = len(_extract(_WARM_ARTICLE, gazetteer)[0])
    gc.collect()  # the warm-up's own garbage is not frozen with the rest
    gc.freeze()
    return count


@dataclass
class _Started:
    """A cluster's client, the gazetteer already on its workers, and the tasks warming them."""

    client: Any
    gazetteer_future: Any
    warming: list


def _send_and_warm(client: Any, gazetteer: Gazetteer) -> _Started:
    """``gazetteer`` broadcast to every worker of ``client``, and one :func:`_warm` task on each."""
    future = client.scatter(gazetteer, broadcast=True, hash=False)
    warming = [
        client.submit(_warm, future, workers=[worker], allow_other_workers=False, pure=False)
        for worker in client.scheduler_info()["workers"]
    ]
    return _Started(client, future, warming)


class _Handover:
    """One object for the one task that takes it (:meth:`take`). A worker keeps a task's inputs until the
    task ends; handed over in this box, the articles go when the task lets go of them, and the worker's
    store keeps the empty box."""

    def __init__(self, value: Any):
        self._held = [value]

    def take(self) -> Any:
        if not self._held:
            raise RuntimeError("the articles of the corpus-wide task were taken already")
        return self._held.pop()


def _terms_and_themes(
    documents: pd.DataFrame | _Handover,
    gazetteer: Gazetteer,
    n_themes: int | None,
    theme_model: ThemeModel | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, dict[str, float], TermMatrix, ThemeModel | None]:
    """The corpus-wide stage (one task): ``doc_terms``, ``themes``, ``doc_themes``, the seconds each took,
    the term matrix they were made from (every article's counts: the Compare page's, kept by the store)
    and the themes' model (``theme_model`` itself when given: the articles are put on its themes).

    ``documents``: doc_id, text and (optionally) source of every article; in a :class:`_Handover`, the
    texts go once tokenised, unless the themes read them (:func:`on_passages`: small corpora). At 31k
    articles they are ~220 MB of the task's worker's peak, which is the build's."""
    started = time.perf_counter()
    if isinstance(documents, _Handover):
        documents = documents.take()
    sources = documents["source"].tolist() if "source" in documents else None
    doc_ids = documents["doc_id"].tolist()
    texts = documents["text"].tolist()
    del documents
    # One BLAS thread wherever the task runs: a worker's processes have one each (Dask's default), and
    # NMF's sums in another order differ in the sixth decimal, so the themes would depend on the scheduler.
    with threadpool_limits(limits=1):
        vocabulary = term_vocabulary(gazetteer, sources or ())
        tokens = tokenise(texts)
        kept_texts = texts if on_passages(len(doc_ids), theme_model) else None
        del texts
        if kept_texts is None:
            _give_back_memory()
        matrix = build_term_matrix(doc_ids, tokens, sources=sources, vocabulary=vocabulary, keep_tokens=True)
        del tokens
        doc_terms = doc_terms_table(matrix)
        tfidf_done = time.perf_counter()
        themes, doc_themes, theme_model = corpus_themes(
            matrix, kept_texts, sources=sources, vocabulary=vocabulary, n_themes=n_themes, model=theme_model
        )
        matrix = dataclasses.replace(matrix, tokens=None)  # the tokens stay here: the counts travel
    timings = {"tfidf+doc_terms": round(tfidf_done - started, 3), "themes": round(time.perf_counter() - tfidf_done, 3)}
    return doc_terms, themes, doc_themes, timings, matrix, theme_model


def _packed_terms_and_themes(*args: Any) -> bytes:
    """:func:`_terms_and_themes` on a worker, its result pickled before the task ends: the worker then
    holds the bytes (~140 MB at 31k articles) rather than the tables and matrices as objects (~300 MB)
    beside their serialised copy while they travel (:func:`_unpacked` on arrival)."""
    packed = pickle.dumps(_terms_and_themes(*args), protocol=pickle.HIGHEST_PROTOCOL)
    _give_back_memory()  # the objects are gone: their heap goes back before the bytes travel
    return packed


def _unpacked(packed: bytes) -> tuple:
    return pickle.loads(packed)  # bytes this build's own task made


class _Extraction:
    """The build's tasks on the scheduler :func:`analysis.engine.choose` picks.

    :meth:`start` submits the corpus-wide TF-IDF and themes (one task, first in line) and the
    per-article extraction (one task per partition of :func:`partitions`; a window of them in flight at
    once, so a worker that finishes the TF-IDF takes the next partition as it would from a queue).
    :meth:`result` collects them in partition order. A partition whose task fails (an exception, a
    worker killed more often than Dask retries) is extracted again article by article, and an article
    that still fails is a row of ``problems`` naming it; the rest is built. With the synchronous
    scheduler, every task runs in the calling process when :meth:`result` is called.
    """

    def __init__(
        self,
        documents: pd.DataFrame,
        todo: pd.DataFrame,
        gazetteer: Gazetteer,
        progress: Progress | None,
        *,
        n_themes: int | None = None,
        theme_model: ThemeModel | None = None,
        scheduler: str | None = None,
        started: Future[_Started] | None = None,
    ):
        self.documents, self.todo, self.gazetteer, self.progress = documents, todo, gazetteer, progress
        self.n_themes, self.theme_model = n_themes, theme_model
        self.where = engine.choose(scheduler, len(todo))
        self.parts = partitions(todo)
        self.client: Any = None
        self.started = started
        self.adopted = False  # whether the hold on the cluster ``started`` took is this extraction's
        self.taken: Any = None  # the corpus-wide task's result, once brought here
        self.articles_key: Any = None  # the key of the texts sent to the corpus-wide task's worker

    def start(self) -> _Extraction:
        if self.where == engine.SYNCHRONOUS:
            return self
        from distributed import as_completed

        if self.started is not None and self.where == engine.LOCAL:
            ready = self.started.result()  # started while the corpus was read (build): its hold is now ours
            self.adopted = True
        else:
            client = engine.client(self.where)
            ready = _Started(client, client.scatter(self.gazetteer, broadcast=True, hash=False), [])
        self.client = client = ready.client
        self.gazetteer_future = ready.gazetteer_future
        self.warming = ready.warming  # held until the build ends: a released future's task is cancelled
        self._submit_corpus_wide()
        self.window = 2 * max(sum(client.nthreads().values()), 1)
        self.pending = iter(range(len(self.parts)))
        self.index_of: dict = {}
        self.running = as_completed([self.corpus_wide], loop=client.loop)  # taken here as soon as it ends
        for _ in range(self.window):
            self._submit_next()
        return self

    def _submit_next(self) -> None:
        index = next(self.pending, None)
        if index is not None:
            future = self.client.submit(_extract, self.parts[index], self.gazetteer_future, pure=False)
            self.index_of[future.key] = index
            self.running.add(future)

    def _submit_corpus_wide(self) -> None:
        """The corpus-wide task, its articles sent straight from this process to the worker that runs it
        (scattered: inside the task, the scheduler would keep a copy of every text until the task ends)."""
        columns = [c for c in ("doc_id", "text", "source") if c in self.documents]
        worker = next(iter(self.client.nthreads()))  # asked now: the client's own list may name a dead worker
        articles = self.client.scatter(_Handover(self.documents[columns]), workers=[worker], direct=True, hash=False)
        self.corpus_wide = self.client.submit(_packed_terms_and_themes, articles, self.gazetteer_future, self.n_themes,
                                              self.theme_model, workers=[worker], allow_other_workers=True,
                                              priority=10, pure=False)  # fmt: skip
        # Held by the task alone from now: it takes the texts out of their box and lets go of them once tokenised
        # (~220 MB at 31k articles), not when this process lets go. If that worker dies, they are sent again.
        articles.release()
        self.articles_key = articles.key

    def corpus_wide_tables(
        self,
    ) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, dict[str, float], TermMatrix, ThemeModel | None]:
        if self.client is None:
            return _terms_and_themes(self.documents, self.gazetteer, self.n_themes, self.theme_model)
        from concurrent.futures import CancelledError

        from distributed import KilledWorker

        if self.taken is not None:
            return self.taken
        try:
            return _unpacked(self.corpus_wide.result())
        except (CancelledError, KilledWorker):  # its worker died, and the scattered articles with it: again
            try:
                self._submit_corpus_wide()
                return _unpacked(self.corpus_wide.result())
            except (CancelledError, KilledWorker, OSError):  # again: here, as the synchronous scheduler would
                return _terms_and_themes(self.documents, self.gazetteer, self.n_themes, self.theme_model)
        finally:
            self._let_go_of_corpus_wide()

    def _take_corpus_wide(self) -> None:
        """The corpus-wide task's tables, brought here as soon as the task ends (while the other worker
        still extracts), unless it failed (:meth:`corpus_wide_tables` runs it again): its worker drops
        the texts, then the result's bytes once they are here, and hands its free heap back, instead of
        holding them (~400 MB at 31k articles) until the last partition is extracted."""
        if self.corpus_wide.status != "finished":
            return
        self._texts_dropped()
        packed = self.corpus_wide.result()
        self._let_go_of_corpus_wide()  # the worker's bytes go before they are unpacked here
        self.taken = _unpacked(packed)

    def _texts_dropped(self, wait: float = 2.0) -> None:
        """Wait (``wait`` s at most) until the task's worker has dropped the texts it was sent, and have it
        hand their heap back: then the result travels from a worker that holds it and little else."""
        deadline = time.monotonic() + wait
        while self.client.who_has([self.articles_key]).get(self.articles_key) and time.monotonic() < deadline:
            time.sleep(0.02)
        self._trim_workers()

    def _let_go_of_corpus_wide(self) -> None:
        self.corpus_wide.release()  # the worker's copy of the tables, the matrix and the model: now here
        self._trim_workers()

    def _trim_workers(self) -> bool:
        """Ask every worker to collect its garbage and hand its free heap back (:func:`_give_back_memory`),
        around the corpus-wide task's result's journey: its worker held ~655 MB against the other's ~230
        (31k articles) until the last partition was extracted, and 310–330 MB with this. Whether it was asked."""
        try:
            self.client.run(_give_back_memory)
        except Exception:  # a worker gone: nothing to hand back there, and the build goes on
            return False
        return True

    def result(self) -> tuple[pd.DataFrame, ...]:
        """Every partition's tables, concatenated in partition order."""
        return _concat_parts(self.gathered())

    def gathered(self) -> list[tuple[pd.DataFrame, ...]]:
        """Every partition's tables, in partition order, as the tasks return them (not yet concatenated:
        :func:`analyse` lets the workers go first, so that they do not hold memory while this process
        joins the rows)."""
        n, done = len(self.todo), 0
        results: dict[int, tuple[pd.DataFrame, ...]] = {}
        if self.client is None:
            for index, part in enumerate(self.parts):
                try:
                    results[index] = _extract(part, self.gazetteer)
                except Exception:
                    results[index] = _extract_each(part, self.gazetteer)
                done += len(part)
                if self.progress:
                    self.progress("extract", done, n)
        else:
            for future in self.running:
                if future.key == self.corpus_wide.key:
                    self._take_corpus_wide()
                    continue
                index = self.index_of.pop(future.key)
                self._submit_next()
                if future.status == "finished":
                    results[index] = future.result()
                else:  # failed: again article by article, each a task of its own
                    results[index] = self._one_by_one(self.parts[index])
                future.release()
                done += len(self.parts[index])
                if self.progress:
                    self.progress("extract", done, n)
        if not results:
            return [_extract(self.todo, self.gazetteer)]
        return [results.pop(i) for i in range(len(self.parts))]

    def _one_by_one(self, partition: pd.DataFrame) -> tuple[pd.DataFrame, ...]:
        articles = [partition.iloc[i : i + 1] for i in range(len(partition))]
        futures = [self.client.submit(_extract, a, self.gazetteer_future, pure=False) for a in articles]
        parts = []
        for article, future in zip(articles, futures):
            try:
                parts.append(future.result())
            except Exception as exc:  # the task's own exception, or KilledWorker
                parts.append(_failed(article, exc, self.gazetteer))
            future.release()
        return _concat_parts(parts)

    def close(self) -> None:
        """No work left behind on the cluster, and the hold on it given back: a LocalCluster's workers end
        here (:func:`analysis.engine.release`), unless another build still holds it."""
        if self.client is not None and hasattr(self, "running"):
            for future in [*self.running.futures, self.corpus_wide]:
                if future is not None:
                    future.cancel()  # nothing once finished; after an error, no work left behind on the cluster
        if self.client is not None:
            self.corpus_wide = self.gazetteer_future = None
            self.warming = []
            self.client = None
            engine.release(self.where)
        if self.started is not None and not self.adopted:  # the build's cluster, not used: its hold goes
            _release_when_started(self.started)
        self.started = None


def _release_when_started(started: Future[Any]) -> None:
    """Give back the hold on the LocalCluster that ``started`` (:func:`build`'s early start) takes,
    once it is taken (at once if it is)."""
    started.add_done_callback(lambda done: done.exception() is None and engine.release(engine.LOCAL))


def _give_back_memory() -> int:
    """In a worker whose task is done: collect its garbage and hand the free heap back to the system
    (glibc's ``malloc_trim``), so that a finished TF-IDF's worker does not hold its peak while this
    process assembles the tables."""
    import ctypes

    gc.collect()
    try:
        return int(ctypes.CDLL("libc.so.6").malloc_trim(0))
    except OSError:  # not glibc
        return 0


def documents_table(documents: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """The ``documents`` output table of ``documents`` (:data:`analysis.schema.ARTICLES`): their lengths
    and their numbers of ``sentences``."""
    n_sentences = sentences.groupby("doc_id").size()
    return schema.conform(
        schema.DOCUMENTS,
        documents.assign(
            n_chars=documents["text"].str.len(),
            n_sentences=documents["doc_id"].map(n_sentences).fillna(0).astype("int64"),
        ),
    )


def extract_batch(articles: pd.DataFrame, gazetteer: Gazetteer) -> tuple[pd.DataFrame, ...]:
    """``(documents, sentences, mentions, events, problems)`` of ``articles`` (:data:`analysis.schema.ARTICLES`)
    in this process, as :func:`analyse` makes them before its corpus-wide stages: publication dates outside
    ``limits.yaml``'s years made null, over-long articles reported, an article that fails quarantined (a
    problem row). ``mentions`` holds the discovered ones not yet read at home
    (:func:`analysis.extract.discovered.merged`). A streamed build's task (:mod:`analysis.streaming`)."""
    documents, undated = _dates_in_range(articles.reset_index(drop=True))
    try:
        sentences, mentions, events, found = _extract(documents, gazetteer)
    except Exception:  # one article at a time, an article that fails a problem row
        sentences, mentions, events, found = _extract_each(documents, gazetteer)
    events = schema.conform_columns(schema.EVENTS, events, ("when", "plover"))
    problems = [p for p in (_too_long(documents), undated, found) if len(p)]
    problems = pd.concat(problems, ignore_index=True) if problems else found
    return documents, sentences, mentions, events, problems


def extract_articles(
    documents: pd.DataFrame, gazetteer: Gazetteer, *, scheduler: str | None = None
) -> tuple[pd.DataFrame, ...]:
    """The per-article stage alone: ``(sentences, mentions, events, problems)`` of ``documents``
    (doc_id, text, published), as :func:`analyse` makes them, before the corpus-wide stages."""
    extraction = _Extraction(documents, documents, gazetteer, None, scheduler=scheduler)
    try:
        return extraction.start().result()
    finally:
        extraction.close()


@dataclass
class Extracted:
    """Per-article tables computed earlier for some documents (e.g. the store's cache).

    ``doc_ids`` are the documents covered; ``sentences``, ``mentions`` and ``events`` hold
    their rows (columns as in :class:`CorpusTables`), each document's rows in their order.
    :func:`analyse` runs the per-article stage only on the other documents.
    """

    doc_ids: set
    sentences: pd.DataFrame
    mentions: pd.DataFrame
    events: pd.DataFrame


def _merge_extracted(
    documents: pd.DataFrame, cached: Extracted, fresh: tuple[pd.DataFrame, ...] | None
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Cached and fresh rows in document order, as a single extraction would give them."""
    position = pd.Series(np.arange(len(documents)), index=documents["doc_id"].to_numpy())
    merged = []
    for i, old in enumerate((cached.sentences, cached.mentions, cached.events)):
        parts = [old] if fresh is None else [old, fresh[i]]
        frame = pd.concat([p for p in parts if len(p)] or parts[:1], ignore_index=True)
        order = np.argsort(position.reindex(frame["doc_id"]).to_numpy(), kind="stable")
        merged.append(frame.iloc[order].reset_index(drop=True))
    return tuple(merged)


# --- the pipeline --------------------------------------------------------------------


def analyse(
    corpus: LoadedCorpus,
    *,
    gazetteer: Gazetteer | None = None,
    n_themes: int | None = None,
    progress: Progress | None = None,
    extracted: Extracted | None = None,
    scheduler: str | None = None,
    started: Future[_Started] | None = None,
    theme_model: ThemeModel | None = None,
) -> CorpusTables:
    """Analyse a loaded corpus; see the module docstring for the stages.

    With ``extracted``, the per-article stage runs only on the documents it does not cover;
    the corpus-wide stages always run on every document. ``gazetteer`` defaults to the built-in
    files alone; the entry points (CLI, store, dashboard) pass :func:`analysis.config.gazetteer`,
    which adds the analyst's edits. ``scheduler``: where the tasks run (:mod:`analysis.engine`:
    ``"synchronous"``, ``"local"``, a scheduler's address; default by corpus size or
    ``$DASK_SCHEDULER_ADDRESS``). ``theme_model``: the corpus's themes as they were (a store corpus's,
    :meth:`analysis.store.database.Store.tables`): the articles are put on them, not fitted anew; the
    tables' ``theme_model`` is the model of their themes either way. ``started``: a LocalCluster that
    :func:`build` started while reading, with its hold on it (:func:`analysis.engine.client`), which this
    call gives back. A LocalCluster ends once the tasks are gathered (:func:`analysis.engine.release`),
    before this process joins their rows, unless another build holds it.
    """
    timings: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[stage] = round(now - clock, 3)
        clock = now

    gazetteer = gazetteer or load_gazetteer()
    documents, undated = _dates_in_range(corpus.documents.reset_index(drop=True))
    undated = pd.concat([_too_long(documents), undated], ignore_index=True)
    todo = documents if extracted is None else documents[~documents["doc_id"].isin(extracted.doc_ids)]
    extraction = _Extraction(documents, todo, gazetteer, progress, n_themes=n_themes, theme_model=theme_model,
                             scheduler=scheduler, started=started)  # fmt: skip
    try:
        extraction.start()
        lap(f"start ({extraction.where})")
        gathered = extraction.gathered() if len(todo) or extracted is None else None
        lap("sentences+mentions+events")
        doc_terms, themes, doc_themes, corpus_wide, term_matrix, theme_model = extraction.corpus_wide_tables()
        lap("tfidf+themes (rest)")
    finally:
        extraction.close()  # before the rows are joined: a LocalCluster's idle workers end (31k: ~750 MB)
    lap("workers let go")
    fresh_and_found = _concat_parts(gathered) if gathered is not None else None
    del gathered
    lap("partitions joined")
    timings.update({f"  {stage}": seconds for stage, seconds in corpus_wide.items()})
    fresh = fresh_and_found[:3] if fresh_and_found is not None else None
    found = fresh_and_found[3] if fresh_and_found is not None else pd.DataFrame(columns=schema.PROBLEMS.names)
    if extracted is None:
        assert fresh is not None  # without cached rows, every document was extracted
        sentences, mentions, events = fresh
    else:
        sentences, mentions, events = _merge_extracted(documents, extracted, fresh)
    # Nullable text stays None, not the NaN that concatenating string columns makes of it.
    events = schema.conform_columns(schema.EVENTS, events, ("when", "plover"))
    if extracted is not None and extracted.doc_ids:  # the cache keeps no discovered rows: find them again
        cached = sentences["doc_id"].isin(extracted.doc_ids)
        again = discovered_mentions(sentences[cached], mentions[mentions["doc_id"].isin(extracted.doc_ids)], gazetteer)
        mentions = pd.concat([mentions, again], ignore_index=True)
    mentions = merged(mentions, mentions.iloc[:0], gazetteer)
    lap("discovered (home state, cache)")
    comentions = comentions_table(mentions, sentences)
    lap("comentions")

    docs_out = documents_table(documents, sentences)
    tables = CorpusTables(
        name=corpus.name,
        documents=docs_out,
        sentences=sentences,
        mentions=mentions,
        comentions=comentions,
        events=events,
        doc_terms=doc_terms,
        themes=themes,
        doc_themes=doc_themes,
        problems=schema.conform(
            schema.PROBLEMS,
            pd.concat([p for p in (corpus.problems, undated, found) if len(p)] or [found], ignore_index=True),
        ),
        texts=dict(zip(documents["doc_id"], documents["text"])),
        timings=timings,
        term_matrix=term_matrix,
        theme_model=theme_model,
    )
    lap("assemble")
    return tables


def build(
    path: str | Path,
    *,
    gazetteer: Gazetteer | None = None,
    n_themes: int | None = None,
    progress: Progress | None = None,
    scheduler: str | None = None,
) -> CorpusTables:
    """Load the corpus at ``path`` (folder, JSON/JSONL, ZIP) and analyse it (``scheduler``: see :func:`analyse`).

    When the corpus's files are large enough for a LocalCluster (:func:`analysis.engine.guess_articles`),
    the cluster is started, the gazetteer sent to its workers and their matchers warmed in a thread while
    this process reads the corpus; the choice of scheduler itself still waits for the articles read."""
    started = time.perf_counter()
    early: ThreadPoolExecutor | None = None
    cluster: Future[Any] | None = None
    if engine.choose(scheduler, engine.guess_articles(path)) == engine.LOCAL:
        early = ThreadPoolExecutor(max_workers=1, thread_name_prefix="build-cluster")
        cluster = early.submit(engine.client, engine.LOCAL)  # its worker processes start meanwhile
    handed = False  # whether analyse took over the hold on the early cluster (and gives it back)
    try:
        gazetteer = gazetteer or load_gazetteer()
        ready = early.submit(lambda: _send_and_warm(cluster.result(), gazetteer)) if early and cluster else None
        load_progress = (lambda done, total: progress("load", done, total)) if progress else None
        corpus = load_corpus(path, progress=load_progress)
        load_time = round(time.perf_counter() - started, 3)
        handed = True
        tables = analyse(corpus, gazetteer=gazetteer, n_themes=n_themes, progress=progress, scheduler=scheduler,
                         started=ready)  # fmt: skip
    finally:
        if early is not None:
            early.shutdown(wait=False)
        if cluster is not None and not handed:  # the corpus could not be read: the cluster ends
            _release_when_started(cluster)
    tables.timings = {"load (cluster starting)" if early else "load": load_time, **tables.timings}
    return tables
