"""The analyst's selection: which articles, sentences and events the filters keep.

A :class:`FilterSpec` holds the global filters (actors, regions, publication dates,
sources, event types); :func:`apply_filters` turns a :class:`CorpusTables` into the same
tables restricted to the selection, so every chart can be drawn from either.

Semantics (shown to the analyst in the dashboard):

- *actors*: articles that mention any (or, with ``actor_mode="all"``, every) selected actor;
  events are kept when their own sentence names such an actor;
- *regions*: articles that mention any selected region; events likewise by sentence;
- with the gazetteer's hierarchy (``below``), a selected region or state also stands for every
  place under it: Syria keeps the articles that name only Idlib or northern Syria;
- *dates*: articles published in the range (inclusive); undated articles drop out as
  soon as a bound is set;
- *sources*: articles from those sources (``""``: the articles that name none);
- *event types*: events of those types (articles are not filtered by it).

Co-mentions are recomputed from the kept mentions whenever an article filter is set. The corpus'
rare discovered entities (:func:`~analysis.extract.discovered.rare_discovered`: a name discovered
in two of 31,000 articles) are left out of a selection's co-mentions, filtered or not: the heatmap,
the network and their exports rank and pair the entities an analyst can also pick; the mentions
table keeps them (evidence, the article reader, exports of mentions).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields

import numpy as np
import pandas as pd

from analysis.aggregate.comentions import comentions_table
from analysis.aggregate.membership import is_in
from analysis.extract.discovered import rare_discovered
from analysis.schema import CorpusTables

ACTOR_MODES = ("any", "all")


@dataclass(frozen=True)
class FilterSpec:
    actors: tuple[str, ...] = ()
    actor_mode: str = "any"
    regions: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    sources: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()

    def __post_init__(self):
        if self.actor_mode not in ACTOR_MODES:
            raise ValueError(f"actor_mode must be one of {ACTOR_MODES}, not {self.actor_mode!r}")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError(f"the date range is reversed: {self.date_from} is after {self.date_to}")

    @property
    def filters_articles(self) -> bool:
        return bool(self.actors or self.regions or self.date_from or self.date_to or self.sources)

    @property
    def is_empty(self) -> bool:
        return not (self.filters_articles or self.event_types)

    def to_record(self) -> dict:
        """The filters as JSON-ready values (dates ``YYYY-MM-DD``, lists): what a stored briefing keeps."""
        return {
            "actors": list(self.actors), "actor_mode": self.actor_mode, "regions": list(self.regions),
            "date_from": self.date_from.isoformat() if self.date_from else None,
            "date_to": self.date_to.isoformat() if self.date_to else None,
            "sources": list(self.sources), "event_types": list(self.event_types),
        }  # fmt: skip

    @classmethod
    def from_record(cls, record: dict) -> FilterSpec:
        """The filters of :meth:`to_record`; ``ValueError`` naming the field that is not as written."""
        if not isinstance(record, dict):
            raise ValueError(f"filters must be an object, not {type(record).__name__}")
        unknown = set(record) - {f.name for f in fields(cls)}
        if unknown:
            raise ValueError(f"unknown filter field(s): {', '.join(sorted(unknown))}")
        values: dict = {}
        for name in ("actors", "regions", "sources", "event_types"):
            items = record.get(name) or []
            if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
                raise ValueError(f"filter {name!r} must be a list of texts, not {items!r}")
            values[name] = tuple(items)
        for name in ("date_from", "date_to"):
            raw = record.get(name)
            try:
                values[name] = dt.date.fromisoformat(raw) if raw else None
            except (TypeError, ValueError):
                raise ValueError(f"filter {name!r} must be a YYYY-MM-DD date, not {raw!r}") from None
        return cls(actor_mode=record.get("actor_mode") or "any", **values)


#: The places below an entity in the gazetteer's hierarchy (``Gazetteer.descendants``).
Below = Callable[[str], Iterable[str]]


def _members(selected: tuple[str, ...], below: Below | None) -> dict[str, str]:
    """Every entity that stands for a selected one → that selected entity: itself and, with a
    hierarchy, every place below it (a filter on Syria keeps the articles that name only Idlib)."""
    members: dict[str, str] = {}
    for root in selected:
        members.setdefault(root, root)
        for child in below(root) if below is not None else ():
            members.setdefault(child, root)
    return members


def doc_positions(tables: CorpusTables, name: str) -> np.ndarray:
    """For each row of the table ``name`` of ``tables``, the position of its article in
    ``tables.documents`` (-1 for an article that table does not hold), worked out once per table
    object: a selection then keeps a table's rows by indexing a mask of articles, instead of
    looking every row's doc_id up in a set of ids (~60 ms for the six tables of a 31k corpus)."""
    frame = getattr(tables, name)
    known = tables.__dict__.setdefault("_doc_positions", {})
    entry = known.get(name)
    if entry is None or entry[0] is not frame or entry[1] is not tables.documents:
        index = pd.Index(tables.documents["doc_id"])
        positions = np.asarray(index.get_indexer(frame["doc_id"]), dtype=np.int64)
        entry = known[name] = (frame, tables.documents, positions)
    return entry[2]


#: The tables a selection keeps rows of by article (:func:`apply_filters`).
_BY_ARTICLE = ("sentences", "mentions", "events", "doc_terms", "doc_themes")


def prepare_selections(tables: CorpusTables) -> CorpusTables:
    """``tables`` with what every selection of it reads worked out now (each table's article
    positions, the publication days, the rare entities): ~0.1 s on a 31k corpus, paid once when the
    corpus is loaded rather than by the first analyst who filters it. Returns ``tables``."""
    for name in _BY_ARTICLE:
        doc_positions(tables, name)
    _published_days(tables)
    rare_entities(tables)
    return tables


def _published_days(tables: CorpusTables) -> np.ndarray:
    """Each article's publication day as ``datetime64[D]`` (NaT: undated), once per documents table."""
    docs = tables.documents
    entry = tables.__dict__.get("_published_days")
    if entry is None or entry[0] is not docs:
        days = pd.to_datetime(docs["published"], errors="coerce").to_numpy(dtype="datetime64[D]")
        entry = tables.__dict__["_published_days"] = (docs, days)
    return entry[1]


def selected_mask(tables: CorpusTables, spec: FilterSpec, below: Below | None = None) -> np.ndarray:
    """Which articles of ``tables.documents`` (a boolean per row) the article filters keep;
    ``below`` widens each selected actor and region to the places under it."""
    docs = tables.documents
    keep = np.ones(len(docs), dtype=bool)
    if spec.sources:  # "" stands for the articles that name no source
        keep &= docs["source"].fillna("").isin(spec.sources).to_numpy(dtype=bool)
    if spec.date_from or spec.date_to:
        published = _published_days(tables)  # an undated article (NaT) drops out of any range
        if spec.date_from:
            keep &= published >= np.datetime64(spec.date_from, "D")
        if spec.date_to:
            keep &= published <= np.datetime64(spec.date_to, "D")
    if spec.actors:
        # an article names a selected actor when it names it or a place under it; "all": each of them
        named = [_naming(tables, _members((root,), below)) for root in dict.fromkeys(spec.actors)]
        if spec.actor_mode == "all":
            for mask in named:
                keep &= mask
        else:
            keep &= np.logical_or.reduce(named)
    if spec.regions:
        keep &= _naming(tables, _members(spec.regions, below))
    return keep


def _naming(tables: CorpusTables, entities: Iterable[str]) -> np.ndarray:
    """Which articles of ``tables.documents`` name one of ``entities`` (a boolean per row)."""
    at = doc_positions(tables, "mentions")[is_in(tables.mentions["entity_id"], list(entities))]
    named = np.zeros(len(tables.documents), dtype=bool)
    named[at[at >= 0]] = True
    return named


def selected_doc_ids(tables: CorpusTables, spec: FilterSpec, below: Below | None = None) -> set:
    """Ids of the articles the article filters keep (:func:`selected_mask`)."""
    return set(tables.documents["doc_id"][selected_mask(tables, spec, below)])


def _events_kept(events: pd.DataFrame, spec: FilterSpec, below: Below | None) -> pd.Series:
    keep = pd.Series(True, index=events.index)
    if spec.event_types:
        keep &= events["event_type"].isin(spec.event_types)
    if spec.actors:
        # an event names a selected actor when its actors name it or its places name a place under it,
        # as for articles: Yemen keeps the strike in Taiz (actors: none; regions: taiz)
        named = [frozenset(actors).union(regions) for actors, regions in zip(events["actors"], events["regions"])]
        if spec.actor_mode == "all":
            groups = [frozenset(_members((root,), below)) for root in dict.fromkeys(spec.actors)]
            keep &= pd.Series([all(not g.isdisjoint(n) for g in groups) for n in named], index=events.index, dtype=bool)
        else:
            members = frozenset(_members(spec.actors, below))
            keep &= pd.Series([not members.isdisjoint(n) for n in named], index=events.index, dtype=bool)
    if spec.regions:
        places = _members(spec.regions, below).keys()
        keep &= events["regions"].map(lambda regions: not places.isdisjoint(regions))
    return keep


def rare_entities(tables: CorpusTables) -> frozenset[str]:
    """The rare discovered entities of a corpus (:func:`~analysis.extract.discovered.rare_discovered`),
    worked out once per tables object; a selection's are its corpus' (see :func:`apply_filters`)."""
    found = tables.__dict__.get("_rare_entities")
    if found is None:
        found = tables.__dict__["_rare_entities"] = rare_discovered(tables.mentions, len(tables.documents))
    return found


def without_entities(comentions: pd.DataFrame, left_out: frozenset[str]) -> pd.DataFrame:
    """The co-mention rows whose two entities are not in ``left_out``: the rows
    :func:`~analysis.aggregate.comentions.comentions_table` counts once their mentions are gone
    (a pair's counts, Jaccard and NPMI depend on its two entities and the windows alone)."""
    if not left_out or comentions.empty:
        return comentions
    keep = ~(is_in(comentions["entity_a"], left_out) | is_in(comentions["entity_b"], left_out))
    return comentions[keep].reset_index(drop=True)


class SelectionTables(CorpusTables):
    """The tables of a selection (:func:`apply_filters`), whose co-mentions are counted from its
    mentions when first read, the corpus' rare discovered entities left out.

    Counting them is most of the cost of filtering a large corpus (2–5 s of a 31k-article one
    on a filter by one actor), and only the co-mention charts read them: the other pages of a
    selection never pay for it. Read, they are kept (the object is the selection's, as every
    table in it). A value given to ``comentions`` (``None``: count them) has the rare entities'
    rows taken out when first read.
    """

    @property
    def comentions(self) -> pd.DataFrame:
        value = self.__dict__.get("_comentions_ready")
        if value is None:
            with self.__dict__.setdefault("_comentions_lock", threading.Lock()):
                value = self.__dict__.get("_comentions_ready")
                if value is None:
                    value = self.__dict__["_comentions_ready"] = self._counted()
        return value

    @comentions.setter
    def comentions(self, value: pd.DataFrame | None) -> None:
        self.__dict__["_comentions"] = value
        self.__dict__.pop("_comentions_ready", None)

    def _counted(self) -> pd.DataFrame:
        left_out = self.__dict__.get("_rare_entities") or frozenset()
        given = self.__dict__.get("_comentions")
        if given is not None:
            return without_entities(given, left_out)
        mentions = self.mentions
        if left_out:
            mentions = mentions[~is_in(mentions["entity_id"], left_out)]
        return comentions_table(mentions, self.sentences)


def apply_filters(tables: CorpusTables, spec: FilterSpec, below: Below | None = None) -> CorpusTables:
    """``tables`` restricted to the selection (a new object; ``tables`` is untouched).

    ``below`` (``Gazetteer.descendants``) makes a selected region or state stand for every place
    under it too: a filter on Syria keeps the articles and events that name only Idlib. When an
    article filter is set, the co-mentions are those of the kept mentions, counted when first
    read (:class:`SelectionTables`). The corpus' rare discovered entities (:func:`rare_entities`)
    are left out of the co-mentions, with no filter too (``tables`` itself is returned only when
    nothing is filtered and nothing is rare).
    """
    rare = rare_entities(tables)
    if spec.is_empty and not rare:
        return tables
    if spec.is_empty:
        documents, sentences, mentions = tables.documents, tables.sentences, tables.mentions
        doc_terms, doc_themes, events = tables.doc_terms, tables.doc_themes, tables.events
        comentions = tables.comentions
    elif spec.filters_articles:
        chosen = np.append(selected_mask(tables, spec, below), False)  # position -1: an article not held

        def only(name: str) -> pd.DataFrame:
            return getattr(tables, name)[chosen[doc_positions(tables, name)]].reset_index(drop=True)

        documents = tables.documents[chosen[:-1]].reset_index(drop=True)
        sentences, mentions, events, doc_terms, doc_themes = (only(name) for name in _BY_ARTICLE)
        comentions = None  # counted from these mentions when read
    else:
        documents, sentences, mentions = tables.documents, tables.sentences, tables.mentions
        doc_terms, doc_themes, events = tables.doc_terms, tables.doc_themes, tables.events
        comentions = tables.comentions
    if not spec.is_empty:
        events = events[_events_kept(events, spec, below)].reset_index(drop=True)
    kept = {f.name: getattr(tables, f.name) for f in dataclasses.fields(tables) if f.init and f.name != "comentions"}
    selection = SelectionTables(
        **(kept | {"documents": documents, "sentences": sentences, "mentions": mentions, "events": events,
                   "doc_terms": doc_terms, "doc_themes": doc_themes}),
        comentions=comentions,
    )  # fmt: skip
    selection.__dict__["_rare_entities"] = rare  # the corpus': filtering again leaves the same out
    return selection
