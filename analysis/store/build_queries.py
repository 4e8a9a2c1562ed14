"""A build too large to load, queried where it lies: DuckDB over its partitioned Parquet tables.

A build directory of more articles than the dashboard loads (``browse.max_linked_articles`` in
``analysis/data/limits.yaml``: a million articles are ~35M sentences and ~15M mentions) is not read
into pandas. :class:`BuildQueries` answers each question a page asks of a selection with one SQL
query over the Parquet files (``read_parquet`` views, the texts left on disk), and returns only the
small table the page draws: counts per month, the most named entities, the co-mention counts of
the entities a chart shows, the newest events, the sentences behind a number.

A selection is a :class:`~analysis.aggregate.filters.FilterSpec`, read as
:func:`~analysis.aggregate.filters.apply_filters` reads it: sources, the publication-date range,
the articles naming any (or all) of the actors, those naming one of the regions, each selected
entity standing for the places under it (``below``: ``Gazetteer.descendants``); event types and the
actors and regions of an event's clause filter the events. The tests hold each answer equal to the
same question asked of the in-memory tables.

DuckDB runs with a memory limit (spilling to a temporary folder beyond it) and a thread count, so
the dashboard's server stays within its budget whatever the corpus. One connection per object; each
query runs on its own cursor, so the dashboard's sessions (threads) may ask at once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq

from analysis.aggregate.filters import FilterSpec
from analysis.aggregate.kwic import KwicIndex, candidate_pattern
from analysis.aggregate.timeline import REPORTED_LEAD, REPORTED_TAIL, SCHEDULED_HORIZON
from analysis.extract.discovered import PREFIX, discovered_name_rows, load_rare_rules, rare_by_articles
from analysis.store.build_compare import ArticlesOf, CompareQueries
from analysis.store.builds import MANIFEST, BuildInfo, check_build, stored_parts

#: The entities under a selected one (``Gazetteer.descendants``): a filter on Syria keeps Idlib's articles.
Below = Callable[[str], Iterable[str]]

#: The tables a page may ask about; ``texts`` is ``documents``' text column, read only for an article.
VIEWS = ("documents", "sentences", "mentions", "events", "comentions", "themes", "doc_themes", "doc_terms")

#: Candidate sentences read at a time per sentence asked for by :meth:`BuildQueries.search` (the
#: pattern also matches inside longer words, which the index then drops; another chunk is read when
#: too few are left).
SEARCH_CANDIDATES = 2
#: Candidates read beyond those, whatever the limit (a search of one sentence reads 22).
SEARCH_MARGIN = 20

#: The searches whose hits :meth:`BuildQueries.search` keeps (a filter change searches no text again).
SEARCH_KEPT = 8
#: Sentence parts (500 articles each) a search scans at a time, the newest articles' first.
SCAN_PARTS = 100
#: Sentences whose text a query keeps once read (:meth:`BuildQueries._with_sentences`; ~10 MB).
TEXTS_KEPT = 50_000
#: Selections whose publication window :meth:`BuildQueries.publication_window` keeps.
SPANS_KEPT = 64

#: The tables an index holds (:meth:`BuildQueries._index`), without the texts: what selections
#: filter and count. ``documents`` keeps the file of each article's part (``filename``).
INDEXED = ("documents", "sentences", "mentions", "events", "doc_themes")
#: The indexed tables whose rows carry their article's number (``doc_no``) besides its id: those a
#: selection is joined to (integers, not strings: a tenth of the time at a million articles).
NUMBERED = ("mentions", "events")

#: The index's version, in its file name: an index made by an older version (fewer tables) is made
#: again instead of being read (2: the themes' and key terms' tables; 3: each article's counts;
#: 4: the articles numbered, ``doc_no``, in every table a selection is joined to).
INDEX_VERSION = 4

#: The windows a co-mention is counted in, as the ``comentions`` table names them.
WINDOWS = ("sentence", "paragraph", "document")


class QueryError(ValueError):
    """A question the build cannot answer (an unknown window, an empty query); names what is wrong."""


@dataclass(frozen=True)
class BuildOverview:
    """What the filters of a queried build offer (:meth:`BuildQueries.overview`)."""

    articles: int
    #: entity_id, entity_kind, mentions, articles: every entity named, most mentioned first.
    entities: pd.DataFrame
    #: the discovered entities named in too few articles to offer (``rare`` of ``discovered.yaml``).
    rare: frozenset[str]
    #: the discovered entities' rows for the entities table (their name as the corpus writes it most).
    discovered: pd.DataFrame
    sources: tuple[str, ...]
    date_min: dt.date | None
    date_max: dt.date | None
    #: (articles, n), (sentences, n), (mentions, n), (events, n): the corpus's.
    totals: tuple[tuple[str, int], ...] = ()


#: One parameter holding a list of entity ids: a selection of Saudi Arabia stands for its hundreds of
#: places, and the rare discovered entities left out of a chart are thousands (a parameter each: 5 s).
_ANY = "(SELECT unnest(?::VARCHAR[]))"


def _placeholders(values: Sequence) -> str:
    return ", ".join("?" for _ in values)


@dataclass
class _Scan:
    """A search pattern's hits in the sentence parts scanned so far, and the parts left (newest first)."""

    hits: pd.DataFrame
    left: list[tuple[Path, dt.date | None]]


class BuildQueries(CompareQueries):
    """The questions the dashboard asks of the build directory ``location``, answered by DuckDB.

    ``memory_limit`` and ``threads`` bound DuckDB (its temporary files go to ``spill``, a folder of
    the system's temporary directory by default); ``below`` widens each selected entity to the
    places under it; ``cache`` is a folder where :meth:`overview` keeps what it counted. Raises :class:`~analysis.store.builds.BuildError` for a directory that is not a
    build (:func:`~analysis.store.builds.check_build`).
    """

    def __init__(
        self,
        location: str | Path,
        *,
        below: Below | None = None,
        memory_limit: str = "1GB",
        threads: int = 2,
        spill: str | Path | None = None,
        cache: str | Path | None = None,
    ):
        self.info: BuildInfo = check_build(location, every_part=cache is None)  # linking checked every part
        self.below = below
        self.cache = Path(cache) if cache else None
        folder = Path(self.info.location)
        spill = Path(spill) if spill else Path(tempfile.gettempdir()) / "arabic-news-duckdb"
        spill.mkdir(parents=True, exist_ok=True)
        settings: dict[str, str | bool | int | float | list[str]] = {
            "memory_limit": memory_limit, "threads": int(threads), "temp_directory": str(spill),
        }  # fmt: skip
        index = self._index(settings) if self.cache is not None else None
        self._indexed = index is not None
        if index is not None:
            self._con = duckdb.connect(str(index), read_only=True, config=settings)
        else:
            self._con = duckdb.connect(config=settings)
            _create_views(self._con, folder, indexed=False)
        self._texts: OrderedDict[tuple[str, int], tuple[int, str]] = OrderedDict()  # read sentences, newest last
        self._lock = threading.Lock()
        self._spans: OrderedDict[FilterSpec, tuple[dt.date, dt.date] | None] = OrderedDict()  # per selection
        self._scan_lock = threading.Lock()  # one search scans the parts at a time
        # a million articles are 2,000 parts per table: their footers read once, not on every query
        self._con.execute("SET GLOBAL parquet_metadata_cache = true")

    def _index(self, settings: dict[str, str | bool | int | float | list[str]]) -> Path | None:
        """The build's tables the pages filter and count (:data:`INDEXED`, the texts left out) as a
        DuckDB database in the cache, made once per build (~30 s at a million articles, when it is
        linked): stored natively and the mentions ordered by entity, a filter by an actor reads a few
        blocks instead of scanning 2,000 Parquet files. None when the cache cannot be written."""
        path = self._cache_folder() / f"index.v{INDEX_VERSION}.duckdb"  # type: ignore[operator]
        if path.exists():
            return path
        for older in path.parent.glob("index*.duckdb"):  # an older version's: made again, with every table
            older.unlink(missing_ok=True)
        folder = Path(self.info.location)
        partial = path.with_name(f"index.{os.getpid()}.partial")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            partial.unlink(missing_ok=True)
            with duckdb.connect(str(partial), config=settings) as con:
                _create_views(con, folder, indexed=True)
            partial.replace(path)  # whole or absent: a server that finds it reads every table
        except (OSError, duckdb.Error):
            partial.unlink(missing_ok=True)
            return None
        return path

    def close(self) -> None:
        self._con.close()

    # --- running SQL ------------------------------------------------------------------------

    def sql(self, query: str, params: Sequence = (), *, frames: dict[str, pd.DataFrame] | None = None) -> pd.DataFrame:
        """The rows of ``query`` (``?`` parameters) as a DataFrame, on a cursor of its own (``frames``:
        DataFrames the query reads by name)."""
        cursor = self._con.cursor()
        try:  # through Arrow: dates come back as datetime.date (a table shows 2021-03-01, not a timestamp)
            for name, frame in (frames or {}).items():
                cursor.register(name, frame)
            return cursor.sql(query, params=list(params) or None).to_arrow_table().to_pandas()
        finally:
            cursor.close()

    def _value(self, query: str, params: Sequence = ()):
        cursor = self._con.cursor()
        try:
            row = cursor.execute(query, list(params)).fetchone()
        finally:
            cursor.close()
        return row[0] if row else None

    # --- the selection ----------------------------------------------------------------------

    def _members(self, roots: Iterable[str], kind: str | None = None) -> list[str]:
        """The selected entities and every place under them that the corpus names (of ``kind``,
        when given): Iran stands for 253 places, of which a corpus names a few dozen; an event lists
        its actors and its places apart."""
        found = dict.fromkeys(roots)
        for root in list(found):
            found.update(dict.fromkeys(self.below(root) if self.below is not None else ()))
        kinds = self._kinds()
        return [e for e in found if e in kinds and (kind is None or kinds[e] == kind)]

    def _kinds(self) -> dict[str, str]:
        """entity_id → actor or region, for every entity the corpus names (from :meth:`overview`)."""
        kinds = self.__dict__.get("_entity_kinds")
        if kinds is None:
            entities = self.overview().entities
            kinds = self.__dict__["_entity_kinds"] = dict(zip(entities["entity_id"], entities["entity_kind"]))
        return kinds

    def selection(self, spec: FilterSpec) -> tuple[str, list]:
        """SQL selecting the doc_id (and source, published; in an index, the article's number ``doc_no``,
        what the selection is joined on) of the articles the article filters of ``spec`` keep, and its parameters (a side of a comparison,
        :class:`~analysis.store.build_compare.ArticlesOf`: the articles of its selection, or every other one)."""
        key = self._key
        columns = "doc_id, doc_no, source, published" if self._indexed else "doc_id, source, published"
        if isinstance(spec, ArticlesOf):
            kept, kept_params = self.selection(spec.of)
            if not spec.rest:
                return kept, kept_params
            return (
                f"SELECT {columns} FROM documents WHERE {key} NOT IN (SELECT {key} FROM ({kept}))",
                kept_params,
            )
        conditions: list[str] = []
        params: list = []
        if spec.sources:  # "" stands for the articles that name no source
            conditions.append(f"coalesce(source, '') IN ({_placeholders(spec.sources)})")
            params += list(spec.sources)
        if spec.date_from:
            conditions.append("published >= ?")
            params.append(spec.date_from)
        if spec.date_to:
            conditions.append("published <= ?")
            params.append(spec.date_to)
        groups: list[list[str]] = []
        if spec.actors:
            roots = list(dict.fromkeys(spec.actors))
            groups += [self._members([r]) for r in roots] if spec.actor_mode == "all" else [self._members(roots)]
        if spec.regions:
            groups.append(self._members(spec.regions))
        for group in groups:
            conditions.append(f"{key} IN (SELECT {key} FROM doc_entities WHERE entity_id IN {_ANY})")
            params.append(group)
        where = " AND ".join(conditions) or "TRUE"
        return f"SELECT {columns} FROM documents WHERE {where}", params

    @property
    def _key(self) -> str:
        """The column a selection is joined on: the articles' numbers in an index (integers: a million
        of them joined in a tenth of the time strings take), their ids in the Parquet files."""
        return "doc_no" if self._indexed else "doc_id"

    def _selected(self, alias: str = "") -> str:
        """The condition keeping the rows of the selection ``sel`` in a table with :attr:`_key`
        (``documents``, ``mentions``, ``events``, ``doc_entities``, ``doc_theme_lists``, ``doc_counts``;
        ``doc_term_ids`` has only the number)."""
        return f"{alias}{self._key} IN (SELECT {self._key} FROM sel)"

    def _event_conditions(self, spec: FilterSpec, whens: Sequence[str] | None) -> tuple[str, list]:
        conditions: list[str] = []
        params: list = []
        if whens is not None:
            conditions.append(f'"when" IN ({_placeholders(whens)})' if whens else "FALSE")
            params += list(whens)
        if spec.event_types:
            conditions.append(f"event_type IN ({_placeholders(spec.event_types)})")
            params += list(spec.event_types)
        actor_groups: list[list[str]] = []
        if spec.actors:  # an event lists actors among its actors and places among its regions
            roots = list(dict.fromkeys(spec.actors))
            actor_groups = [[r] for r in roots] if spec.actor_mode == "all" else [roots]
        for group in actor_groups:  # the actor, or a place under it (Yemen keeps the strike in Taiz)
            either = [(f"list_has_any({column}, ?)", named) for column, kind in (("actors", "actor"), ("regions", "region"))
                      if (named := self._members(group, kind))]  # fmt: skip
            conditions.append("(" + " OR ".join(c for c, _ in either) + ")" if either else "FALSE")
            params += [named for _, named in either]
        if spec.regions:
            places = self._members(spec.regions, "region")
            conditions.append("list_has_any(regions, ?)" if places else "FALSE")
            params += [places] if places else []
        return " AND ".join(conditions) or "TRUE", params

    def publication_window(self, spec: FilterSpec) -> tuple[dt.date, dt.date] | None:
        """The first and last publication days of the selection's articles (None: none is dated)."""
        if not spec.filters_articles and self.cache is not None:  # the corpus's: in its overview
            overview = self.overview()
            return (overview.date_min, overview.date_max) if overview.date_min and overview.date_max else None
        with self._lock:
            if spec in self._spans:  # the timeline asks it for its chart and for its list
                return self._spans[spec]
        select, params = self.selection(spec)
        span = self.sql(f"WITH sel AS ({select}) SELECT min(published) AS lo, max(published) AS hi FROM sel", params)
        lo, hi = span["lo"].iloc[0], span["hi"].iloc[0]
        window = None if pd.isna(lo) or pd.isna(hi) else (pd.Timestamp(lo).date(), pd.Timestamp(hi).date())
        with self._lock:
            self._spans[spec] = window
            while len(self._spans) > SPANS_KEPT:
                self._spans.popitem(last=False)
        return window

    def _news_window(self, spec: FilterSpec) -> tuple[str, list]:
        """The condition keeping the events a news timeline draws in the selection's publication window
        (:func:`analysis.aggregate.timeline.view_events`: a reported event from a little before the first
        article to a little after the last, a scheduled one starting up to a month after it); FALSE when
        no article of the selection is dated."""
        window = self.publication_window(spec)
        if window is None:
            return "FALSE", []
        first, last = (pd.Timestamp(day) for day in window)
        bounds = [(first - REPORTED_LEAD).date(), (last + REPORTED_TAIL).date(), (last + SCHEDULED_HORIZON).date()]
        return (
            "date_start >= ?::DATE AND ((\"when\" = 'reported' "
            "AND greatest(coalesce(date_end, date_start), date_start) <= ?::DATE) "
            "OR (\"when\" = 'scheduled' AND date_start <= ?::DATE))",
            bounds,
        )

    # --- what the filters offer -------------------------------------------------------------

    def overview(self) -> BuildOverview:
        """Every entity named (with its counts), the rare discovered ones, the sources, the dates.

        A scan of every mention (~7 s at a million articles): kept in ``cache`` (the constructor's
        folder, when given) under the build's location and manifest, so a server's first page reads it
        back instead (a rebuilt folder has a new manifest, hence a new entry)."""
        kept = self.__dict__.get("_overview") or self._cached_overview()
        if kept is not None:
            self.__dict__["_overview"] = kept
            return kept
        articles = int(self._value("SELECT count(*) FROM documents"))
        entities = self.sql(
            "SELECT entity_id, any_value(entity_kind) AS entity_kind, sum(mentions)::BIGINT AS mentions, "
            "count(*) AS articles FROM doc_entities GROUP BY entity_id "
            "ORDER BY mentions DESC, entity_id"
        )
        names = self.sql(
            "SELECT entity_id, alias, any_value(entity_kind) AS entity_kind, count(*) AS n FROM mentions "
            f"WHERE starts_with(entity_id, '{PREFIX}') GROUP BY entity_id, alias ORDER BY entity_id, alias"
        )
        sources = self.sql("SELECT DISTINCT coalesce(source, '') AS source FROM documents ORDER BY 1")["source"]
        span = self.sql("SELECT min(published) AS lo, max(published) AS hi FROM documents").iloc[0]
        totals = self.sql(
            "SELECT (SELECT coalesce(sum(n_sentences), 0) FROM documents) AS sentences, "
            "(SELECT count(*) FROM mentions) AS mentions, (SELECT count(*) FROM events) AS events"
        ).iloc[0]
        facts = {
            "articles": articles, "sources": [str(x) for x in sources],
            "date_min": _iso(span["lo"]), "date_max": _iso(span["hi"]),
            "sentences": int(totals["sentences"]), "mentions": int(totals["mentions"]), "events": int(totals["events"]),
        }  # fmt: skip
        self._keep_overview(entities, names, facts)
        self.__dict__["_overview"] = made = _overview(entities, names, facts)
        return made

    def _cache_folder(self) -> Path | None:
        """This build's folder in the cache (its index and overview), keyed by its location and manifest."""
        if self.cache is None:
            return None
        manifest = Path(self.info.location) / MANIFEST
        stamp = manifest.stat()
        key = f"{self.info.location}|{stamp.st_mtime_ns}|{stamp.st_size}|{manifest.read_text('utf-8')}"
        return self.cache / "builds" / hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]

    def _cached_overview(self) -> BuildOverview | None:
        folder = self._cache_folder()
        if folder is None or not (folder / "facts.json").exists():
            return None
        try:
            facts = json.loads((folder / "facts.json").read_text("utf-8"))
            entities = pd.read_parquet(folder / "entities.parquet")
            names = pd.read_parquet(folder / "names.parquet")
            return _overview(entities, names, facts)
        except (OSError, ValueError, KeyError):
            return None  # unreadable, or kept by an older version: counted again (and written anew)

    def _keep_overview(self, entities: pd.DataFrame, names: pd.DataFrame, facts: dict) -> None:
        folder = self._cache_folder()
        if folder is None:
            return
        try:
            folder.mkdir(parents=True, exist_ok=True)
            entities.to_parquet(folder / "entities.parquet", index=False)
            names.to_parquet(folder / "names.parquet", index=False)
            (folder / "facts.json").write_text(json.dumps(facts), encoding="utf-8")  # last: the entry is whole
        except OSError:
            pass  # a cache that cannot be written is counted again next time

    # --- counts of a selection --------------------------------------------------------------

    def counts(self, spec: FilterSpec) -> dict[str, int]:
        """Articles, sentences, mentions and events of the selection (events also by the event filters)."""
        if spec.is_empty and self.cache is not None:  # the corpus's: counted once, kept with its overview
            return dict(self.overview().totals)
        select, params = self.selection(spec)
        where, event_params = self._event_conditions(spec, None)
        events = f"(SELECT count(*) FROM events WHERE {self._selected()} AND {where}) AS events"
        if self._indexed:  # each article's sentences and mentions in one row: no scan of every mention
            row = self.sql(
                f"WITH sel AS ({select}) SELECT count(*) AS articles, coalesce(sum(c.n_sentences), 0) AS sentences, "
                f"coalesce(sum(c.mentions), 0)::BIGINT AS mentions, {events} "
                "FROM sel LEFT JOIN doc_counts c USING (doc_no)",
                params + event_params,
            ).iloc[0]
            return {k: int(row[k]) for k in ("articles", "sentences", "mentions", "events")}
        row = self.sql(
            f"WITH sel AS ({select}) SELECT "
            "(SELECT count(*) FROM sel) AS articles, "
            "(SELECT coalesce(sum(n_sentences), 0) FROM documents WHERE doc_id IN (SELECT doc_id FROM sel)) AS sentences, "
            "(SELECT coalesce(sum(mentions), 0)::BIGINT FROM doc_entities WHERE doc_id IN (SELECT doc_id FROM sel)) "
            "AS mentions, "
            f"{events}",
            params + event_params,
        ).iloc[0]
        return {k: int(row[k]) for k in ("articles", "sentences", "mentions", "events")}

    def articles_by_month(self, spec: FilterSpec) -> pd.DataFrame:
        """month (first day), source, articles: the selection's dated articles per month and source."""
        select, params = self.selection(spec)
        return self.sql(
            f"WITH sel AS ({select}) SELECT date_trunc('month', published)::DATE AS month, "
            "coalesce(source, '') AS source, count(*) AS articles FROM sel WHERE published IS NOT NULL "
            "GROUP BY ALL ORDER BY month, source",
            params,
        )

    def articles(
        self, spec: FilterSpec, *, limit: int = 200, month: dt.date | str | None = None, source: str | None = None
    ) -> pd.DataFrame:
        """doc_id, title, source, published, n_sentences: the selection's articles, most recently
        published first (undated last); ``month`` (its first day) and ``source`` (``""``: none) keep
        one bar of :meth:`articles_by_month`."""
        select, params = self.selection(spec)
        conditions, more = ["TRUE"], []
        if month is not None:
            conditions.append("date_trunc('month', published)::DATE = ?::DATE")
            more.append(str(pd.Timestamp(month).date().replace(day=1)))
        if source is not None:
            conditions.append("coalesce(source, '') = ?")
            more.append(str(source))
        return self.sql(
            f"WITH sel AS ({select}) SELECT d.doc_id, d.title, d.source, d.published, d.n_sentences "
            f"FROM documents d WHERE {self._selected('d.')} AND {' AND '.join(conditions)} "
            "ORDER BY d.published DESC NULLS LAST, d.doc_id LIMIT ?",
            [*params, *more, int(limit)],
        )

    def leads(self, spec: FilterSpec, *, month: dt.date | str | None = None, limit: int = 5) -> pd.DataFrame:
        """doc_id, title, source, published, sentence_idx (0), text: the first sentence of each of the
        selection's ``limit`` most recently published articles (of ``month``, when given), what a bar of
        :meth:`articles_by_month` is made of, read from the parts holding them."""
        rows = self.articles(spec, limit=limit, month=month).drop(columns="n_sentences")
        rows = self._with_sentences(rows.assign(sentence_idx=0))
        return rows[rows["text"].notna()].drop(columns="start").reset_index(drop=True)

    def top_entities(
        self, spec: FilterSpec, *, kind: str | None = None, limit: int = 20, leave_out: Iterable[str] = ()
    ) -> pd.DataFrame:
        """entity_id, entity_kind, articles, mentions: the entities the selection's articles name
        most (by articles), of ``kind`` (actor, region; None: both), ``leave_out`` left out."""
        if not spec.filters_articles and self.cache is not None:  # the corpus's: from its overview
            entities = self.overview().entities
            skipped = set(leave_out)
            ranked = entities[~entities["entity_id"].isin(skipped)] if skipped else entities
            if kind:
                ranked = ranked[ranked["entity_kind"] == kind]
            ranked = ranked.sort_values(["articles", "mentions", "entity_id"], ascending=[False, False, True])
            return ranked[["entity_id", "entity_kind", "articles", "mentions"]].head(int(limit)).reset_index(drop=True)
        select, params = self.selection(spec)
        conditions: list[str] = [self._selected()]
        more: list = []
        if kind:
            conditions.append("entity_kind = ?")
            more.append(kind)
        left = list(leave_out)
        if left:  # one list, not a parameter each: the rare discovered entities of a corpus are thousands
            conditions.append(f"entity_id NOT IN {_ANY}")
            more.append(left)
        return self.sql(
            f"WITH sel AS ({select}) SELECT entity_id, any_value(entity_kind) AS entity_kind, "
            "count(*) AS articles, sum(mentions)::BIGINT AS mentions FROM doc_entities "
            f"WHERE {' AND '.join(conditions)} GROUP BY entity_id "
            "ORDER BY articles DESC, mentions DESC, entity_id LIMIT ?",
            params + more + [int(limit)],
        )

    def top_of_each_kind(self, spec: FilterSpec, *, limit: int = 20, leave_out: Iterable[str] = ()) -> pd.DataFrame:
        """:meth:`top_entities` of the actors and of the regions together (the actors first): the
        Overview's two charts from one pass over the selection's mentions instead of two."""
        if not spec.filters_articles and self.cache is not None:
            kinds = [self.top_entities(spec, kind=k, limit=limit, leave_out=leave_out) for k in ("actor", "region")]
            return pd.concat(kinds, ignore_index=True)
        select, params = self.selection(spec)
        conditions: list[str] = [self._selected()]
        more: list = []
        left = list(leave_out)
        if left:
            conditions.append(f"entity_id NOT IN {_ANY}")
            more.append(left)
        return self.sql(
            f"WITH sel AS ({select}), counted AS (SELECT entity_id, any_value(entity_kind) AS entity_kind, "
            "count(*) AS articles, sum(mentions)::BIGINT AS mentions FROM doc_entities "
            f"WHERE {' AND '.join(conditions)} GROUP BY entity_id) "
            "SELECT * FROM counted QUALIFY row_number() OVER (PARTITION BY entity_kind "
            "ORDER BY articles DESC, mentions DESC, entity_id) <= ? "
            "ORDER BY entity_kind = 'region', articles DESC, mentions DESC, entity_id",
            params + more + [int(limit)],
        )

    # --- themes and key terms ---------------------------------------------------------------

    def themes(self) -> pd.DataFrame:
        """The build's themes table (theme_id, rank, term, weight, coherence): each theme's top terms,
        a few dozen rows whatever the corpus (the themes are fitted on a sample)."""
        return self.sql("SELECT * FROM themes ORDER BY theme_id, rank")

    def theme_summary(self, spec: FilterSpec) -> pd.DataFrame:
        """theme_id, articles, share, weighted: per theme, the selection's articles it leads (their
        largest share; ties to the lower theme_id), its mean share over the selection's articles that
        have shares (an article's shares sum to 1, so the themes' shares sum to 1) and how many of those
        articles give it a share above zero; by articles, then share."""
        if not spec.filters_articles and self._indexed:  # the corpus's: counted once, in the index
            return self.sql(f"SELECT * FROM theme_summary_all ORDER BY {_THEME_SUMMARY_ORDER}")
        select, params = self.selection(spec)
        return self.sql(_theme_summary_sql(select, self._key), params)

    def theme_shares_by_month(self, spec: FilterSpec) -> pd.DataFrame:
        """month (first day), theme_id, share, articles: each theme's mean share of the selection's
        dated articles published that month (the shares of a month sum to 1), and how many articles
        the month has (those with shares), as :func:`~analysis.viz.timeline.theme_share_over_time` counts."""
        if not spec.filters_articles and self._indexed:
            return self.sql("SELECT * FROM theme_months_all ORDER BY month, theme_id")
        select, params = self.selection(spec)
        return self.sql(_theme_months_sql(select, self._key), params)

    def theme_articles(self, spec: FilterSpec, theme_id: int, *, limit: int = 50, terms: int = 0) -> pd.DataFrame:
        """The selection's articles giving theme ``theme_id`` the largest share, largest first (then
        newest): doc_id, title, source, published, share, lead (the theme is the article's largest),
        ``total`` (every row: how many of the selection's articles give it a share above zero) and,
        when ``terms``, ``key_terms``: the article's first ``terms`` key terms (:meth:`article_terms`)."""
        select, params = self.selection(spec)
        # every article selected: no join with the selection (a million rows at a million articles)
        selected = "doc_id IN (SELECT doc_id FROM sel)" if spec.filters_articles else "TRUE"
        # the first ``limit`` by share before anything is joined: a theme is given a share by most articles
        rows = self.sql(
            f"WITH sel AS ({select}), t AS (SELECT doc_id, weight FROM doc_themes WHERE theme_id = ? AND weight > 0 "
            f"AND {selected}), top AS (SELECT * FROM t ORDER BY weight DESC, doc_id LIMIT ?) "
            "SELECT top.doc_id, d.title, d.source, d.published, top.weight::DOUBLE AS share, "
            "coalesce(l.lead = ?, false) AS lead, (SELECT count(*) FROM t) AS total FROM top "
            "JOIN documents d ON d.doc_id = top.doc_id LEFT JOIN doc_theme_lists l ON l.doc_id = top.doc_id "
            "ORDER BY share DESC, d.published DESC NULLS LAST, top.doc_id",
            [*params, int(theme_id), int(limit), int(theme_id)],
        )
        if terms:
            found = self.article_terms(rows["doc_id"].tolist(), per_article=terms)
            by_doc = found.groupby("doc_id")["term"].agg(list).to_dict() if len(found) else {}
            rows["key_terms"] = [by_doc.get(d, []) for d in rows["doc_id"]]
        return rows

    def top_terms(self, spec: FilterSpec, *, limit: int = 30) -> pd.DataFrame:
        """term, weight, articles: the key terms (``doc_terms``: each article's top TF-IDF terms) of
        the selection by their summed weight, and in how many of its articles each is a key term."""
        if not spec.filters_articles and self._indexed:  # the corpus's: summed once, in the index
            return self.sql(
                "SELECT term, weight, articles FROM term_totals ORDER BY weight DESC, term LIMIT ?", [int(limit)]
            )
        select, params = self.selection(spec)
        if self._indexed:  # numbers, not texts: a scan of every article's terms reads integers
            return self.sql(
                f"WITH sel AS ({select}), x AS (SELECT term_id, sum(weight)::DOUBLE AS weight, count(*) AS articles "
                "FROM doc_term_ids WHERE doc_no IN (SELECT doc_no FROM sel) GROUP BY term_id) "
                "SELECT i.term, x.weight, x.articles FROM x JOIN term_ids i ON i.term_id = x.term_id "
                "ORDER BY x.weight DESC, i.term LIMIT ?",
                [*params, int(limit)],
            )
        return self.sql(
            f"WITH sel AS ({select}) SELECT term, sum(weight)::DOUBLE AS weight, count(*) AS articles FROM doc_terms "
            "WHERE doc_id IN (SELECT doc_id FROM sel) GROUP BY term ORDER BY weight DESC, term LIMIT ?",
            [*params, int(limit)],
        )

    def article_terms(self, doc_ids: Sequence[str], *, per_article: int = 15) -> pd.DataFrame:
        """doc_id, rank, term, weight: the key terms of the articles ``doc_ids`` (the first
        ``per_article`` of each, by rank)."""
        docs = sorted(set(doc_ids))
        if not docs:
            return pd.DataFrame({"doc_id": [], "rank": [], "term": [], "weight": []})
        if self._indexed:  # ordered by article number: a few blocks
            return self.sql(
                "SELECT n.doc_id, x.rank, i.term, x.weight FROM doc_term_ids x "
                "JOIN doc_numbers n ON n.doc_no = x.doc_no JOIN term_ids i ON i.term_id = x.term_id "
                f"WHERE x.doc_no IN (SELECT doc_no FROM doc_numbers WHERE doc_id IN {_ANY}) AND x.rank <= ? "
                "ORDER BY n.doc_id, x.rank",
                [docs, int(per_article)],
            )
        # only the parts holding these articles
        source = f"read_parquet([{self._parts_of(docs, 'doc_terms')}])"
        return self.sql(
            f"SELECT doc_id, rank, term, weight FROM {source} WHERE doc_id IN {_ANY} AND rank <= ? "
            "ORDER BY doc_id, rank",
            [docs, int(per_article)],
        )

    # --- places ---------------------------------------------------------------------------------

    def entity_counts(self, spec: FilterSpec, entity_ids: Sequence[str]) -> pd.DataFrame:
        """entity_id, articles, mentions: how many of the selection's articles name each of
        ``entity_ids`` (itself, not the places under it), and how often; those named, most articles first."""
        ids = list(dict.fromkeys(entity_ids))
        if not ids:
            return pd.DataFrame({"entity_id": [], "articles": [], "mentions": []})
        if not spec.filters_articles and self.cache is not None:  # the corpus's: from its overview
            entities = self.overview().entities
            counted = entities[entities["entity_id"].isin(set(ids))][["entity_id", "articles", "mentions"]]
            return counted.sort_values(
                ["articles", "mentions", "entity_id"], ascending=[False, False, True]
            ).reset_index(drop=True)
        select, params = self.selection(spec)
        return self.sql(
            f"WITH sel AS ({select}) SELECT entity_id, count(*) AS articles, sum(mentions)::BIGINT AS mentions "
            f"FROM doc_entities WHERE entity_id IN {_ANY} AND {self._selected()} GROUP BY entity_id "
            "ORDER BY articles DESC, mentions DESC, entity_id",
            [*params, ids],
        )

    def group_counts(self, spec: FilterSpec, groups: pd.DataFrame) -> pd.DataFrame:
        """group, articles, mentions, places, own_mentions: the selection's counts per group of
        entities (``groups``: entity_id, group; a country and the places in it): the articles naming
        any of them (once), their mentions, how many of them are named and the mentions of the
        entity that is the group itself; most articles first."""
        select, params = self.selection(spec)
        frame = groups[["entity_id", "group"]].astype(str)
        return self.sql(
            f'WITH sel AS ({select}) SELECT g."group", count(DISTINCT d.doc_id) AS articles, '
            "sum(d.mentions)::BIGINT AS mentions, count(DISTINCT d.entity_id) AS places, "
            'coalesce(sum(d.mentions) FILTER (WHERE d.entity_id = g."group"), 0)::BIGINT AS own_mentions '
            "FROM doc_entities d JOIN entity_groups g ON g.entity_id = d.entity_id "
            f'WHERE {self._selected("d.")} GROUP BY g."group" '
            'ORDER BY articles DESC, mentions DESC, g."group"',
            params,
            frames={"entity_groups": frame},
        )

    # --- co-mentions ------------------------------------------------------------------------

    def _windows(self, window: str, entities: Sequence[str]) -> tuple[str, list]:
        """SQL of the distinct (window key, entity_id) of the selection's mentions of ``entities``."""
        if window not in WINDOWS:
            raise QueryError(f"unknown window {window!r}: one of {', '.join(WINDOWS)}")
        where = f"{self._selected('m.')} AND m.entity_id IN {_ANY}"
        if window == "document":
            sql = f"SELECT DISTINCT m.doc_id AS w_doc, 0 AS w_unit, m.entity_id FROM mentions m WHERE {where}"
        elif window == "sentence":
            sql = (
                "SELECT DISTINCT m.doc_id AS w_doc, m.sentence_idx AS w_unit, m.entity_id FROM mentions m "
                f"WHERE {where} AND m.sentence_idx >= 0"
            )
        else:
            sql = (
                "SELECT DISTINCT m.doc_id AS w_doc, s.paragraph_idx AS w_unit, m.entity_id FROM mentions m "
                f"JOIN sentences s ON s.doc_id = m.doc_id AND s.sentence_idx = m.sentence_idx WHERE {where}"
            )
        return sql, [list(entities)]

    def comentions(self, spec: FilterSpec, entities: Sequence[str], *, window: str = "sentence") -> pd.DataFrame:
        """entity_a, entity_b (a < b), count: the windows of the selection naming both, for every
        pair of ``entities`` named together at least once (the counts of the ``comentions`` table)."""
        entities = list(dict.fromkeys(entities))
        if len(entities) < 2:
            return pd.DataFrame({"entity_a": [], "entity_b": [], "count": []})
        select, params = self.selection(spec)
        windows, more = self._windows(window, entities)
        return self.sql(
            f"WITH sel AS ({select}), w AS ({windows}) SELECT a.entity_id AS entity_a, b.entity_id AS entity_b, "
            "count(*) AS count FROM w a JOIN w b ON a.w_doc = b.w_doc AND a.w_unit = b.w_unit "
            "AND a.entity_id < b.entity_id GROUP BY ALL ORDER BY count DESC, entity_a, entity_b",
            params + more,
        )

    def pair_sentences(
        self, spec: FilterSpec, entity_a: str, entity_b: str, *, window: str = "sentence", limit: int = 50
    ) -> pd.DataFrame:
        """The sentences behind a co-mention count, newest article first: doc_id, title, source,
        published, sentence_idx, text, sentence_start (its offset in the article) and ``marks`` (each
        mention of the two in it: ``s``, ``e`` offsets in the article, ``id``). Sentence window: the
        sentences naming both; paragraph and document: the sentences naming either, in the paragraphs
        (articles) naming both. ``total`` (every row) holds how many windows name both."""
        select, params = self.selection(spec)
        windows, more = self._windows(window, [entity_a, entity_b])
        if window == "paragraph":  # the paragraph of each named sentence (no text read)
            unit, paragraphs = (
                "p.paragraph_idx",
                ("JOIN sentences p ON p.doc_id = n.doc_id AND p.sentence_idx = n.sentence_idx "),
            )
        else:
            unit, paragraphs = ("n.sentence_idx" if window == "sentence" else "0"), ""
        rows = self.sql(
            f"WITH sel AS ({select}), w AS ({windows}), "
            "both_ AS (SELECT w_doc, w_unit FROM w GROUP BY ALL HAVING count(*) = 2), "
            'named AS (SELECT doc_id, sentence_idx, list(struct_pack(s := start, e := "end", id := entity_id) '
            f"ORDER BY start) AS marks FROM mentions WHERE entity_id IN (?, ?) AND sentence_idx >= 0 "
            "AND doc_id IN (SELECT w_doc FROM both_) GROUP BY ALL) "
            "SELECT n.doc_id, d.title, d.source, d.published, n.sentence_idx, n.marks, "
            f"(SELECT count(*) FROM both_) AS total FROM named n {paragraphs}"
            f"JOIN both_ b ON b.w_doc = n.doc_id AND b.w_unit = {unit} "
            "JOIN documents d ON d.doc_id = n.doc_id "
            "ORDER BY d.published DESC NULLS LAST, n.doc_id, n.sentence_idx LIMIT ?",
            [*params, *more, entity_a, entity_b, int(limit)],
        )
        rows = self._with_sentences(rows)
        return rows.rename(columns={"start": "sentence_start"})[
            ["doc_id", "title", "source", "published", "sentence_idx", "text", "sentence_start", "marks", "total"]
        ]

    def entity_sentences(self, spec: FilterSpec, entity: str, *, limit: int = 50, below: bool = True) -> pd.DataFrame:
        """The selection's sentences naming ``entity`` (or, with ``below``, a place under it), newest article first:
        doc_id, title, source, published, sentence_idx, text, surface (the first mention's words as
        written), mark_start, mark_end (where they are in the sentence) and ``total`` (every row: how
        many sentences name it, ``limit`` or not)."""
        select, params = self.selection(spec)
        rows = self.sql(
            f"WITH sel AS ({select}), m AS (SELECT doc_id, sentence_idx, arg_min(surface, start) AS surface, "
            'min(start) AS m_start, arg_min("end", start) AS m_end FROM mentions '
            f"WHERE entity_id IN {_ANY} AND sentence_idx >= 0 "
            f"AND {self._selected()} GROUP BY ALL) "
            "SELECT m.doc_id, d.title, d.source, d.published, m.sentence_idx, m.surface, m.m_start, m.m_end, "
            "count(*) OVER () AS total FROM m JOIN documents d ON d.doc_id = m.doc_id "
            "ORDER BY d.published DESC NULLS LAST, m.doc_id, m.sentence_idx LIMIT ?",
            [*params, self._members([entity]) if below else [entity], int(limit)],
        )
        rows = self._with_sentences(rows)
        rows["mark_start"] = rows["m_start"] - rows["start"]
        rows["mark_end"] = rows["m_end"] - rows["start"]
        return rows[
            [
                "doc_id",
                "title",
                "source",
                "published",
                "sentence_idx",
                "text",
                "surface",
                "mark_start",
                "mark_end",
                "total",
            ]
        ]

    # --- the timeline -----------------------------------------------------------------------

    def events(
        self,
        spec: FilterSpec,
        *,
        whens: Sequence[str] | None = ("reported", "scheduled"),
        limit: int = 200,
        month: dt.date | str | None = None,
        event_type: str | None = None,
        news: bool = False,
    ) -> pd.DataFrame:
        """The selection's events, most recently published first (then in the article's order),
        with the sentence they come from (``sentence``, and ``mark_start``/``mark_end``: the date
        expression's place in it) and their article's title, source and publication date; ``whens``
        keeps those kinds of date (None: every one); ``month`` (its first day) and ``event_type``
        keep one bar of :meth:`events_by_month` (the month the date starts in); ``news``: only those in
        the selection's publication window, as a news timeline draws them."""
        select, params = self.selection(spec)
        where, more = self._event_conditions(spec, whens)
        if news:
            window, bounds = self._news_window(spec)
            where, more = f"{where} AND {window}", more + bounds
        if month is not None:
            where += " AND date_trunc('month', date_start)::DATE = ?::DATE"
            more.append(str(pd.Timestamp(month).date().replace(day=1)))
        if event_type is not None:
            where += " AND event_type = ?"
            more.append(str(event_type))
        # the first ``limit`` by their keys alone, then their rows: a join of every event's columns with the
        # articles could be built in memory whole (two million events at a million articles)
        # (in an index, every join on the articles' numbers; the events read again only in the parts of the
        # table holding those numbers)
        key, number = self._key, ", doc_no" if self._indexed else ""
        rows = self.sql(
            f"WITH sel AS ({select}), e AS (SELECT event_id, doc_id{number}, start FROM events "
            f"WHERE {self._selected()} AND {where}), "
            f"top AS (SELECT e.event_id, e.doc_id{number.replace('doc_no', 'e.doc_no')}, e.start, d.published FROM e "
            f"JOIN documents d ON d.{key} = e.{key} "
            "ORDER BY d.published DESC NULLS LAST, e.doc_id, e.start, e.event_id LIMIT ?) "
            f"SELECT ev.*{' EXCLUDE (doc_no)' if self._indexed else ''}, d.title, d.source, d.published "
            f"FROM top JOIN events ev ON ev.{key} = top.{key} AND ev.event_id = top.event_id "
            f"JOIN documents d ON d.{key} = top.{key} "
            "ORDER BY top.published DESC NULLS LAST, top.doc_id, top.start, top.event_id",
            [*params, *more, int(limit)],
        )
        sentences = self._with_sentences(rows[["doc_id", "sentence_idx"]].drop_duplicates())
        sentences = sentences.rename(columns={"text": "sentence", "start": "sentence_start"})
        rows = rows.merge(
            sentences[["doc_id", "sentence_idx", "sentence", "sentence_start"]],
            on=["doc_id", "sentence_idx"],
            how="left",
        )
        return rows.assign(
            mark_start=rows["start"] - rows["sentence_start"], mark_end=rows["end"] - rows["sentence_start"]
        ).drop(columns="sentence_start")

    def _with_sentences(self, rows: pd.DataFrame) -> pd.DataFrame:
        """``rows`` (doc_id, sentence_idx, …) with each sentence's ``text`` and ``start``, read only
        from the parts that hold their articles: the build writes an article's rows of every table in
        parts of the same number, so the rows a page shows cost a few small files, not a scan of
        every sentence of the corpus (9M at a million articles). The last :data:`TEXTS_KEPT` sentences
        read are kept: a search or an evidence list asked again under other filters (mostly the same
        newest sentences) reads only those it has not read before."""
        if rows.empty:
            return rows.assign(text=pd.Series(dtype=object), start=pd.Series(dtype="int64"))
        wanted = list(dict.fromkeys(zip(rows["doc_id"], rows["sentence_idx"].astype("int64"))))
        with self._lock:
            known = {key: self._texts[key] for key in wanted if key in self._texts}
        missing = [key for key in wanted if key not in known]
        if missing:
            read = self._read_sentences(missing)
            with self._lock:
                for key, value in read.items():
                    self._texts[key] = value
                    self._texts.move_to_end(key)
                while len(self._texts) > TEXTS_KEPT:
                    self._texts.popitem(last=False)
            known |= read
        found = pd.DataFrame(
            [(d, i, *known[(d, i)]) for d, i in wanted if (d, i) in known],
            columns=["doc_id", "sentence_idx", "start", "text"],
        )
        return rows.merge(found.astype({"sentence_idx": rows["sentence_idx"].dtype}), on=["doc_id", "sentence_idx"],
                          how="left")  # fmt: skip

    def _read_sentences(self, keys: list[tuple[str, int]]) -> dict[tuple[str, int], tuple[int, str]]:
        """(start, text) of the sentences ``keys`` (doc_id, sentence_idx), from the parts holding their articles."""
        docs = sorted({d for d, _ in keys})
        texts = self.sql(
            f"SELECT doc_id, sentence_idx, start, text FROM read_parquet([{self._parts_of(docs, 'sentences')}]) "
            f"WHERE doc_id IN {_ANY}",
            [docs],
        )
        wanted = set(keys)
        return {
            (d, int(i)): (int(a), t)
            for d, i, a, t in zip(texts["doc_id"], texts["sentence_idx"], texts["start"], texts["text"])
            if (d, int(i)) in wanted
        }

    def _parts_of(self, docs: Sequence[str], table: str) -> str:
        """The Parquet parts of ``table`` holding the rows of the articles ``docs`` (the parts of
        their ``documents`` rows, of the same number), as a list for ``read_parquet``; every part
        when one of them is missing."""
        parts = self.sql(f"SELECT DISTINCT filename FROM documents WHERE doc_id IN {_ANY}", [list(docs)])["filename"]
        folder = Path(self.info.location) / table
        files = [str(folder / Path(f).name) for f in parts]
        if not files or not all(Path(f).exists() for f in files):
            files = [str(p) for p in stored_parts(Path(self.info.location), table)]
        return ", ".join(f"'{_quoted(Path(f))}'" for f in files)

    def events_by_month(
        self, spec: FilterSpec, *, whens: Sequence[str] | None = ("reported", "scheduled"), news: bool = False
    ) -> pd.DataFrame:
        """month (first day of the month the date starts in), event_type, events: the selection's
        resolved events per month and type (``news``: those in its publication window, :meth:`events`)."""
        select, params = self.selection(spec)
        where, more = self._event_conditions(spec, whens)
        if news:
            window, bounds = self._news_window(spec)
            where, more = f"{where} AND {window}", more + bounds
        return self.sql(
            f"WITH sel AS ({select}) SELECT date_trunc('month', date_start)::DATE AS month, event_type, "
            f"count(*) AS events FROM events WHERE {self._selected()} "
            f"AND date_start IS NOT NULL AND {where} GROUP BY ALL ORDER BY month, event_type",
            params + more,
        )

    # --- words and articles -----------------------------------------------------------------

    def search(self, spec: FilterSpec, query: str, *, limit: int = 100, context: int = 70) -> pd.DataFrame:
        """The selection's sentences holding ``query`` as the keyword-in-context index finds it (every
        spelling of its letters, diacritics and tatweel ignored, whole words with their clitics),
        newest article first: doc_id, title, source, published, sentence_idx, text, and the first
        occurrence's ``left``, ``match``, ``right`` and its place in the sentence (``mark_start``, ``mark_end``).

        DuckDB scans the sentences for the candidate pattern (:func:`candidate_pattern`, RE2), the parts
        of the newest articles first and only as far as the answer needs (:meth:`_hits`: every part, ~6 s
        at a million articles, only for a rare word or a narrow selection); the hits are kept
        (:data:`SEARCH_KEPT` queries), so the same search under other filters intersects them with the
        selection and scans only the parts it still needs. The selection's newest candidates
        (:data:`SEARCH_CANDIDATES` × ``limit`` at a time, until ``limit`` are found) are then read by
        :class:`~analysis.aggregate.kwic.KwicIndex`, which drops the letters found inside a longer word."""
        pattern = candidate_pattern(query)
        if pattern is None:
            raise QueryError(f"nothing to search for in {query!r}")
        select, params = self.selection(spec)
        chunk, offset = SEARCH_CANDIDATES * int(limit) + SEARCH_MARGIN, 0
        found: list[pd.DataFrame] = []
        while sum(len(f) for f in found) < limit:  # the selection's newest candidates, a chunk at a time
            candidates = self.sql(
                f"WITH sel AS ({select}) SELECT h.doc_id, d.title, d.source, d.published, h.sentence_idx "
                "FROM hits h JOIN documents d ON d.doc_id = h.doc_id WHERE h.doc_id IN (SELECT doc_id FROM sel) "
                "ORDER BY d.published DESC NULLS LAST, h.doc_id, h.sentence_idx LIMIT ? OFFSET ?",
                [*params, chunk, offset],
                frames={"hits": self._hits(pattern, select, params, offset + chunk)},
            )
            found.append(_kwic_rows(self._with_sentences(candidates), query, context))
            offset += chunk
            if len(candidates) < chunk:
                break
        rows = pd.concat(found, ignore_index=True)
        columns = ["doc_id", "title", "source", "published", "sentence_idx", "text", "left", "match", "right"]
        return rows[[*columns, "mark_start", "mark_end"]].head(int(limit))

    def _hits(self, pattern: str, select: str, params: list, need: int) -> pd.DataFrame:
        """doc_id, sentence_idx of the sentences matching the RE2 ``pattern`` in the parts scanned so far,
        enough for the ``need`` newest of the selection (``select``): the sentence parts are scanned
        :data:`SCAN_PARTS` at a time, those of the newest articles first, until the selection's
        ``need``-th newest hit is newer than every article of the parts left (or none is left). Kept
        for the :data:`SEARCH_KEPT` latest patterns, with the parts not yet scanned."""
        with self._scan_lock:
            kept: dict[str, _Scan] = self.__dict__.setdefault("_kept_hits", {})
            scan = kept.get(pattern)
            if scan is None:
                while len(kept) >= SEARCH_KEPT:
                    kept.pop(next(iter(kept)))
                scan = kept[pattern] = _Scan(pd.DataFrame({"doc_id": [], "sentence_idx": []}), self._newest_parts())
            while scan.left:
                newest = scan.left[0][1]
                if len(scan.hits) >= need:
                    nth = self.sql(
                        f"WITH sel AS ({select}) SELECT d.published FROM hits h JOIN documents d ON d.doc_id = h.doc_id "
                        "WHERE h.doc_id IN (SELECT doc_id FROM sel) "
                        "ORDER BY d.published DESC NULLS LAST LIMIT 1 OFFSET ?",
                        [*params, int(need) - 1],
                        frames={"hits": scan.hits},
                    )["published"]
                    day = _day(nth.iloc[0]) if len(nth) else None
                    # the parts left hold only older (or undated) articles: the answer is complete
                    if day is not None and (newest is None or newest < day):
                        break
                batch, scan.left = scan.left[:SCAN_PARTS], scan.left[SCAN_PARTS:]
                files = ", ".join(f"'{_quoted(path)}'" for path, _ in batch)
                found = self.sql(
                    f"SELECT doc_id, sentence_idx FROM read_parquet([{files}]) WHERE regexp_matches(text, ?)",
                    [pattern],
                )
                scan.hits = pd.concat([scan.hits, found], ignore_index=True) if len(scan.hits) else found
            return scan.hits

    def _newest_parts(self) -> list[tuple[Path, dt.date | None]]:
        """Each part of the ``sentences`` table and the newest publication date of its articles (None:
        every one undated), newest first; a part of no known articles first (never skipped)."""
        parts = self.__dict__.get("_parts_by_date")
        if parts is None:
            newest = self.sql("SELECT filename, max(published) AS newest FROM documents GROUP BY filename")
            by_name = {Path(f).name: _day(d) for f, d in zip(newest["filename"], newest["newest"])}
            known = [(p, by_name.get(p.name, dt.date.max)) for p in stored_parts(Path(self.info.location), "sentences")]
            parts = sorted(known, key=lambda part: (part[1] is None, -(part[1] or dt.date.min).toordinal()))
            self.__dict__["_parts_by_date"] = parts
        return list(parts)

    def article(self, doc_id: str) -> dict | None:
        """One article: its documents row and its text (None: no such article)."""
        found = self.sql(
            f"SELECT d.*{' EXCLUDE (doc_no)' if self._indexed else ''}, t.text FROM documents d "
            "JOIN texts t ON t.doc_id = d.doc_id WHERE d.doc_id = ?",
            [doc_id],
        )
        return None if found.empty else found.iloc[0].to_dict()


#: Every article: the selection of no filter, for what the index counts once.
_EVERY_ARTICLE = "SELECT doc_id, source, published FROM documents"
_THEME_SUMMARY_ORDER = "articles DESC, share DESC, theme_id"


def _theme_summary_sql(select: str, key: str = "doc_id") -> str:
    """:meth:`BuildQueries.theme_summary` of the articles ``select`` selects (joined on ``key``): one
    row per article joined (``doc_theme_lists``), its shares unnested only once selected."""
    return (
        f"WITH sel AS ({select}), v AS (SELECT lead, theme_ids, weights FROM doc_theme_lists "
        f"WHERE {key} IN (SELECT {key} FROM sel)), "
        "n AS (SELECT count(*) AS n FROM v), "
        "led AS (SELECT lead AS theme_id, count(*) AS articles FROM v GROUP BY lead), "
        "t AS (SELECT unnest(theme_ids) AS theme_id, unnest(weights) AS weight FROM v) "
        "SELECT t.theme_id, coalesce(any_value(led.articles), 0)::BIGINT AS articles, "
        "(sum(t.weight) / any_value(n.n))::DOUBLE AS share, count(*) FILTER (WHERE t.weight > 0) AS weighted "
        "FROM t CROSS JOIN n LEFT JOIN led ON led.theme_id = t.theme_id GROUP BY t.theme_id "
        f"ORDER BY {_THEME_SUMMARY_ORDER}"
    )


def _theme_months_sql(select: str, key: str = "doc_id") -> str:
    """:meth:`BuildQueries.theme_shares_by_month` of the articles ``select`` selects (joined on ``key``)."""
    return (
        f"WITH sel AS ({select}), v AS (SELECT date_trunc('month', s.published)::DATE AS month, l.theme_ids, "
        f"l.weights FROM doc_theme_lists l JOIN sel s ON s.{key} = l.{key} WHERE s.published IS NOT NULL), "
        "n AS (SELECT month, count(*) AS articles FROM v GROUP BY month), "
        "t AS (SELECT month, unnest(theme_ids) AS theme_id, unnest(weights) AS weight FROM v) "
        "SELECT t.month, t.theme_id, (sum(t.weight) / any_value(n.articles))::DOUBLE AS share, "
        "any_value(n.articles) AS articles FROM t JOIN n ON n.month = t.month GROUP BY t.month, t.theme_id "
        "ORDER BY t.month, t.theme_id"
    )


def _kwic_rows(candidates: pd.DataFrame, query: str, context: int) -> pd.DataFrame:
    """The candidate sentences where :class:`KwicIndex` finds ``query`` (the letters inside a longer
    word dropped), with the first occurrence's ``left``, ``match`` and ``right``."""
    keys = [str(i) for i in range(len(candidates))]
    index = KwicIndex(
        dict(zip(keys, candidates["text"])), pd.DataFrame({"doc_id": keys, "sentence_idx": 0, "start": 0})
    )
    hits = index.search(query, context=context).drop_duplicates("doc_id")
    rows = candidates.iloc[[int(k) for k in hits["doc_id"]]].reset_index(drop=True)
    for column in ("left", "match", "right"):
        rows[column] = hits[column].to_numpy()
    rows["mark_start"], rows["mark_end"] = hits["start"].to_numpy(), hits["end"].to_numpy()  # in the sentence
    return rows


def _overview(entities: pd.DataFrame, names: pd.DataFrame, facts: dict) -> BuildOverview:
    articles = int(facts["articles"])
    rare = rare_by_articles(entities.set_index("entity_id")["articles"], articles, *load_rare_rules())
    return BuildOverview(
        articles=articles,
        entities=entities,
        rare=rare,
        discovered=discovered_name_rows(names),
        sources=tuple(facts["sources"]),
        date_min=dt.date.fromisoformat(facts["date_min"]) if facts["date_min"] else None,
        date_max=dt.date.fromisoformat(facts["date_max"]) if facts["date_max"] else None,
        totals=tuple((k, int(facts[k])) for k in ("articles", "sentences", "mentions", "events")),
    )


def _iso(value) -> str | None:
    day = _day(value)
    return day.isoformat() if day else None


def _create_views(con, folder: Path, *, indexed: bool) -> None:
    """The build's tables in ``con``: :data:`INDEXED` as tables (``indexed``: stored in the index,
    the mentions ordered by entity, the articles numbered, ``doc_no``, in every table a selection is
    joined to) or views of the Parquet parts, the others as views; ``texts`` (each article's text) and
    ``sentence_texts`` (the sentences with their text) always read from the Parquet parts."""
    for table in VIEWS:
        if indexed and table == "documents":  # numbered in doc_id order: a selection joins integers
            con.execute(
                "CREATE TABLE documents AS SELECT *, (row_number() OVER (ORDER BY doc_id))::INTEGER AS doc_no "
                f"FROM ({_parquet_table(folder, table)}) ORDER BY doc_id"
            )
        elif indexed and table in NUMBERED:  # each row with its article's number (documents come first)
            order = {"mentions": " ORDER BY t.entity_id, n.doc_no", "events": ""}[table]
            con.execute(
                f"CREATE TABLE {table} AS SELECT t.*, n.doc_no FROM ({_parquet_table(folder, table)}) t "
                f"LEFT JOIN (SELECT doc_id, doc_no FROM documents) n USING (doc_id){order}"
            )
        elif indexed and table in INDEXED:
            order = {"doc_themes": " ORDER BY theme_id, doc_id"}.get(table, "")
            con.execute(f"CREATE TABLE {table} AS {_parquet_table(folder, table)}{order}")
        else:
            con.execute(f"CREATE VIEW {table} AS {_parquet_table(folder, table)}")
    # one row per article and entity it names: selections and rankings count articles without DISTINCT
    doc_entities = (
        "SELECT doc_id, entity_id, any_value(entity_kind) AS entity_kind, count(*) AS mentions FROM mentions "
        "GROUP BY doc_id, entity_id"
    )
    # one row per article: its leading theme (its largest share; ties to the lower theme_id) and its
    # shares as lists, so that a selection joins a row per article, not one per article and theme
    theme_lists = (
        "SELECT doc_id, arg_min(theme_id, (-weight, theme_id)) AS lead, list(theme_id ORDER BY theme_id) AS theme_ids, "
        "list(weight ORDER BY theme_id) AS weights FROM doc_themes GROUP BY doc_id"
    )
    # the corpus's key terms summed (the Themes page without filters: no sum over every article's terms)
    term_totals = "SELECT term, sum(weight)::DOUBLE AS weight, count(*) AS articles FROM doc_terms GROUP BY term"
    if not indexed:
        con.execute(f"CREATE VIEW doc_entities AS {doc_entities}")
        con.execute(f"CREATE VIEW doc_theme_lists AS {theme_lists}")
        con.execute(f"CREATE VIEW term_totals AS {term_totals}")
    else:
        con.execute("CREATE TABLE doc_numbers AS SELECT doc_id, doc_no FROM documents ORDER BY doc_id")
        con.execute(
            f"CREATE TABLE doc_entities AS SELECT e.*, n.doc_no FROM ({doc_entities}) e "
            "JOIN doc_numbers n USING (doc_id) ORDER BY e.entity_id, n.doc_no"
        )
        con.execute(
            f"CREATE TABLE doc_theme_lists AS SELECT l.*, n.doc_no FROM ({theme_lists}) l "
            "JOIN doc_numbers n USING (doc_id) ORDER BY n.doc_no"
        )
        # the key terms as numbers (articles and terms numbered): a selection's sum reads integers, not texts
        con.execute(
            "CREATE TABLE term_ids AS SELECT term, (row_number() OVER (ORDER BY term))::INTEGER AS term_id "
            "FROM (SELECT DISTINCT term FROM doc_terms)"
        )
        con.execute(
            "CREATE TABLE doc_term_ids AS SELECT n.doc_no, t.rank, i.term_id, t.weight FROM doc_terms t "
            "JOIN doc_numbers n ON n.doc_id = t.doc_id JOIN term_ids i ON i.term = t.term ORDER BY n.doc_no, t.rank"
        )
        con.execute(f"CREATE TABLE term_totals AS {term_totals} ORDER BY weight DESC, term")
        # each article's sentences and mentions: a selection's counts join a row per article, not its mentions
        con.execute(
            "CREATE TABLE doc_counts AS SELECT d.doc_id, d.doc_no, d.n_sentences, "
            "coalesce(m.mentions, 0)::BIGINT AS mentions FROM documents d LEFT JOIN "
            "(SELECT doc_no, sum(mentions) AS mentions FROM doc_entities GROUP BY doc_no) m USING (doc_no) "
            "ORDER BY d.doc_no"
        )
        # the Themes page without filters (a scan of every article's shares at a million articles)
        con.execute(f"CREATE TABLE theme_summary_all AS {_theme_summary_sql(_EVERY_ARTICLE)}")
        con.execute(f"CREATE TABLE theme_months_all AS {_theme_months_sql(_EVERY_ARTICLE)}")
    con.execute(f"CREATE VIEW texts AS SELECT doc_id, text FROM read_parquet([{_files(folder, 'documents')}])")
    con.execute(f"CREATE VIEW sentence_texts AS {_parquet_table(folder, 'sentences', texts=True)}")


def _files(folder: Path, table: str) -> str:
    return ", ".join(f"'{_quoted(p)}'" for p in stored_parts(folder, table))


def _parquet_table(folder: Path, table: str, *, texts: bool = False) -> str:
    """SELECT of the build's table ``table`` from its Parquet parts, without the texts (``documents``'
    ``text``, ``sentences``' ``text`` unless ``texts``; ``events``' ``sentence``, joined from the sentences);
    ``documents`` with the ``filename`` of each article's part."""
    stored = pq.read_schema(stored_parts(folder, table)[0]).names
    left_out = {"documents": ["text"], "events": ["sentence"], "sentences": [] if texts else ["text"]}.get(table, [])
    left_out = [c for c in left_out if c in stored]
    columns = f"* EXCLUDE ({', '.join(left_out)})" if left_out else "*"
    extra = ", filename = true" if table == "documents" else ""
    return f"SELECT {columns} FROM read_parquet([{_files(folder, table)}]{extra})"


def _quoted(path: Path) -> str:
    return str(path).replace("'", "''")


def _day(value) -> dt.date | None:
    if value is None or pd.isna(value):
        return None
    return pd.Timestamp(value).date()
