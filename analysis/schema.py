"""The table contract: every table's columns, types and allowed values, in one place.

Everything that writes or reads a table takes its columns from here: the pipeline and its
stages, :meth:`CorpusTables.write` (CSV and Parquet), the Parquet snapshots of the store and the
path cache, the article store's tables, the contract test and the README's table of output
tables (``tests/test_docs.py`` checks it against :func:`markdown_table`).

Types, in memory (pandas) → Parquet (Arrow) → CSV:

* ``str``: text (Python strings in an ``object`` column, or pandas' Arrow-backed ``str``, as read;
  ``object`` holding ``None`` when nullable) → string → as is;
* ``int``: ``int64`` → int64 → digits;
* ``float``: ``float64`` (``float32`` for weights computed in single precision) → double/float → digits;
* ``bool``: ``bool`` → bool → ``True``/``False``;
* ``date``: ``datetime.date`` or ``None`` → date32 → ``YYYY-MM-DD``;
* ``str_list``: a ``tuple`` of ``str`` → list<string> → joined by ``;`` (tuples, not lists, in memory:
  immutable in tables the dashboard shares between sessions, and left alone by Python's cycle
  collector, which would otherwise walk 145,000 event lists at every full collection).

A missing value is a null (``None``/``NaN`` in memory, null in Parquet, an empty cell in CSV),
never an empty string: ``published`` of an undated article, ``date_start`` of an unresolved date,
``source`` of an article that names none. Only columns marked ``nullable`` may hold one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from analysis.formula_cells import write_safe_csv

#: Changes whenever a table's columns or types change: part of every cache key, so a table
#: written by an older contract is never read back as a newer one.
SCHEMA_VERSION = 6

TYPES = ("str", "int", "float", "bool", "date", "str_list")
#: Separator of a ``str_list`` cell in CSV (entity ids never contain it).
LIST_SEPARATOR = ";"


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    doc: str
    nullable: bool = False
    #: The allowed values of a code column (None: any value of the type).
    values: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Table:
    """One table of the contract: its name, what a row is, and its columns in order."""

    name: str
    row: str
    columns: tuple[Column, ...]

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(f"table {self.name!r} has no column {name!r}")

    def empty(self) -> pd.DataFrame:
        """A frame with no rows and this table's columns and types."""
        return conform(self, pd.DataFrame({name: [] for name in self.names}))


def _c(name: str, type_: str, doc: str, *, nullable: bool = False, values: Iterable[str] | None = None) -> Column:
    assert type_ in TYPES, type_
    return Column(name, type_, doc, nullable, tuple(values) if values is not None else None)


ENTITY_KINDS = ("actor", "region")
#: ``discovered``: not a gazetteer alias but a corpus-level reading (analysis/extract/discovered.py):
#: an entity an article introduces (``disc:`` ids) or an unqualified institution of the home state.
ALIAS_KINDS = ("name", "alias", "adjective", "metonym", "place", "discovered")
WINDOWS = ("sentence", "paragraph", "document")
PRECISIONS = ("day", "week", "part_of_month", "month", "part_of_year", "year")
#: ``point``: one time; ``range``: from one time to another (من مايو إلى يوليو 2009); ``since``: an
#: open period from its start to the publication date (منذ العام 2011).
EXTENTS = ("point", "range", "since")
#: What kind of time a date expression names, against the publication date (see
#: ``analysis/extract/dates/when.py`` and ``analysis/data/calendar.yaml``'s ``when`` entry).
WHENS = ("reported", "scheduled", "history", "target")
SEVERITIES = ("error", "warning")

_DOC_ID = _c("doc_id", "str", "the article's id (its file stem, or the id field of its record)")
_SENTENCE_IDX = _c("sentence_idx", "int", "the sentence's position in its article, from 0")
_START = _c("start", "int", "character offset into the article text: text[start:end] is the quoted surface")
_END = _c("end", "int", "end of the span (exclusive)")

#: The articles as read (``LoadedCorpus.documents``, an import batch, the store's articles).
ARTICLES = Table(
    "articles",
    "article read",
    (
        _DOC_ID,
        _c("title", "str", "title (from the metadata, else the first line)", nullable=True),
        _c("source", "str", "source or outlet", nullable=True),
        _c("published", "date", "publication date", nullable=True),
        _c("url", "str", "address of the article", nullable=True),
        _c("text", "str", "the article exactly as written (line ends as \\n)"),
    ),
)

DOCUMENTS = Table(
    "documents",
    "article",
    (
        _DOC_ID,
        ARTICLES.column("title"),
        ARTICLES.column("source"),
        ARTICLES.column("published"),
        _c("n_chars", "int", "length of the text in characters"),
        _c("n_sentences", "int", "number of sentences"),
        ARTICLES.column("url"),
    ),
)

SENTENCES = Table(
    "sentences",
    "sentence",
    (
        _DOC_ID,
        _SENTENCE_IDX,
        _c("paragraph_idx", "int", "the paragraph's position in its article (a paragraph is a line)"),
        _START,
        _END,
        _c("text", "str", "the sentence as written"),
    ),
)

MENTIONS = Table(
    "mentions",
    "gazetteer match or discovered name",
    (
        _DOC_ID,
        _c("sentence_idx", "int", "the sentence holding the mention (-1 outside every sentence)"),
        _c("entity_id", "str", "the actor or region (the gazetteer's; disc:… for an entity discovered in the corpus)"),
        _c("entity_kind", "str", "actor or region", values=ENTITY_KINDS),
        _c("surface", "str", "the words as written, without proclitics (text[start:end])"),
        _START,
        _END,
        _c(
            "alias",
            "str",
            "the gazetteer alias that matched, as written in the gazetteer (a discovered entity: its name)",
        ),
        _c("alias_kind", "str", "how the alias names the entity", values=ALIAS_KINDS),
    ),
)

COMENTIONS = Table(
    "comentions",
    "pair and window",
    (
        _c("entity_a", "str", "the first entity of the pair (entity_a < entity_b)"),
        _c("entity_b", "str", "the second entity of the pair"),
        _c("window", "str", "the unit of text both are mentioned in", values=WINDOWS),
        _c("count", "int", "windows mentioning both"),
        _c("jaccard", "float", "count / (windows with a + windows with b - count)"),
        _c("npmi", "float", "normalised pointwise mutual information, -1..1"),
    ),
)

EVENTS = Table(
    "events",
    "date expression",
    (
        _c("event_id", "str", "<doc_id>:<n>, n counting the article's date expressions from 1"),
        _DOC_ID,
        _SENTENCE_IDX,
        _c("date_text", "str", "the date expression as written (text[start:end])"),
        _c("date_start", "date", "first day it refers to (null when unresolved)", nullable=True),
        _c("date_end", "date", "last day it refers to (null when unresolved)", nullable=True),
        _c("precision", "str", "how precise the expression is", values=PRECISIONS),
        _c("extent", "str", "point, range (from X to Y) or since (an open period up to publication)", values=EXTENTS),
        _c(
            "when",
            "str",
            "reported (recent past), scheduled (near future), history (background) or target "
            "(a plan's or forecast's time); null without a publication date",
            nullable=True,
            values=WHENS,
        ),
        _c("actors", "str_list", "actors mentioned in its clause (in its sentence when the clause names none)"),
        _c("regions", "str_list", "regions mentioned in its clause (in its sentence when the clause names none)"),
        _c("event_type", "str", "type read in the date's clause (analysis/data/event_types.yaml)"),
        _c("plover", "str", "the closest PLOVER event category of the type (null: PLOVER has none)", nullable=True),
        _c(
            "sentence",
            "str",
            "its sentence as written (in memory the sentences table's own string; Parquet and the "
            "store keep only doc_id and sentence_idx and join it back on reading)",
        ),
        _START,
        _END,
        _c("resolved", "bool", "false for a relative date in an article without a publication date"),
    ),
)

DOC_TERMS = Table(
    "doc_terms",
    "article and key term (top 15)",
    (
        _DOC_ID,
        _c("rank", "int", "1 for the article's strongest term"),
        _c("term", "str", "the term in its most frequent spelling (unigram or bigram)"),
        _c("weight", "float", "TF-IDF weight"),
    ),
)

THEMES = Table(
    "themes",
    "theme and term (top 12)",
    (
        _c("theme_id", "int", "the theme, from 1"),
        _c("rank", "int", "1 for the theme's strongest term"),
        _c("term", "str", "the term in its most frequent spelling"),
        _c("weight", "float", "NMF weight of the term in the theme"),
        _c(
            "coherence",
            "float",
            "the theme's coherence: mean NPMI (-1..1) of the pairs of its top 10 terms over the corpus's sentences"
            " (the same on each row of the theme; empty for a theme of one term)",
            nullable=True,
        ),
    ),
)

DOC_THEMES = Table(
    "doc_themes",
    "article and theme",
    (
        _DOC_ID,
        _c("theme_id", "int", "the theme"),
        _c("weight", "float", "share of the theme in the article (an article's weights sum to 1)"),
    ),
)

PROBLEMS = Table(
    "problems",
    "problem found while loading",
    (
        _c("file", "str", "the file (a ZIP member as archive.zip/member.json)"),
        _c("doc_id", "str", "the article, when the problem is one article's", nullable=True),
        _c("severity", "str", "error: not read; warning: read, something missing or ignored", values=SEVERITIES),
        _c("problem", "str", "a sentence naming the file (and record) and what is wrong"),
    ),
)

#: The output tables of an analysed corpus, in the order they are written.
OUTPUT_TABLES: dict[str, Table] = {
    t.name: t for t in (DOCUMENTS, SENTENCES, MENTIONS, COMENTIONS, EVENTS, DOC_TERMS, THEMES, DOC_THEMES, PROBLEMS)
}


def table(name: str | Table) -> Table:
    if isinstance(name, Table):
        return name
    if name == ARTICLES.name:
        return ARTICLES
    try:
        return OUTPUT_TABLES[name]
    except KeyError:
        raise KeyError(f"no table {name!r} in the contract: {', '.join(OUTPUT_TABLES)}") from None


# --- values of each type -----------------------------------------------------------------------


def as_date(value: Any) -> dt.date | None:
    """A ``datetime.date`` from a date, datetime, Timestamp or ISO string; None for a null or ``""``."""
    if type(value) is dt.date:  # the common case first
        return value
    if value is None or value is pd.NaT or (isinstance(value, float) and np.isnan(value)):
        return None
    if isinstance(value, np.datetime64):
        return None if np.isnat(value) else pd.Timestamp(value).date()
    if isinstance(value, dt.datetime):  # pandas Timestamps too
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    return dt.date.fromisoformat(text[:10]) if text else None


def as_tuple(value: Any) -> tuple[str, ...]:
    """A tuple of strings from a tuple, list, array (what Parquet and DuckDB give back) or a
    ``;``-joined CSV cell."""
    if type(value) is tuple:
        return value
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ()
    if isinstance(value, str):
        return tuple(v for v in value.split(LIST_SEPARATOR) if v)
    if isinstance(value, np.ndarray):
        value = value.tolist()
    return tuple(str(v) for v in value)


def _as_bool(value: Any) -> bool:
    if isinstance(value, str):  # CSV cells
        if value.strip().lower() in ("true", "1"):
            return True
        if value.strip().lower() in ("false", "0", ""):
            return False
        raise ValueError(f"not a boolean: {value!r}")
    return bool(value)


def _text_or_none(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NA:
        return None
    text = str(value)
    return text or None


def _column_values(column: Column, series: pd.Series) -> pd.Series:
    if column.type == "str":
        if column.nullable:  # None, not NaN: `value or default` and `if value` keep their meaning
            if pd.api.types.is_string_dtype(series) and series.dtype != object:  # Arrow strings: vectorised
                present = series.notna() & (series != "")
                return series.astype(object).where(present, None)
            return pd.Series([_text_or_none(v) for v in series], index=series.index, dtype=object)
        if series.dtype == object or pd.api.types.is_string_dtype(series):
            return series  # Python or Arrow strings as they are: converting 100 MB of articles costs memory
        return series.astype("str")
    if column.type == "int":
        return series.astype("int64")
    if column.type == "float":  # float32 (the themes' weights) stays float32
        return series if series.dtype in (np.float32, np.float64) else series.astype("float64")
    if column.type == "bool":
        if series.dtype == bool:
            return series
        return pd.Series([_as_bool(v) for v in series], index=series.index, dtype=bool)
    if column.type == "date":
        return pd.Series([as_date(v) for v in series], index=series.index, dtype=object)
    return pd.Series([as_tuple(v) for v in series], index=series.index, dtype=object)


def conform(name: str | Table, frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with exactly the table's columns, in order, each of its contract type.

    Extra columns are dropped; a missing column raises ``KeyError``. ISO date strings and ``""``
    become dates and nulls, ``;``-joined strings and arrays become tuples: reading a table written
    by :meth:`CorpusTables.write` (CSV or Parquet) gives back what was written.
    """
    spec = table(name)
    missing = [c for c in spec.names if c not in frame.columns]
    if missing:
        raise KeyError(f"table {spec.name!r} lacks the columns {missing}")
    return pd.DataFrame({c.name: _column_values(c, frame[c.name]) for c in spec.columns}, index=frame.index)


def conform_columns(name: str | Table, frame: pd.DataFrame, columns: Iterable[str]) -> pd.DataFrame:
    """``frame`` with just ``columns`` made their contract type (a cheap :func:`conform` of a few
    columns, e.g. nullable text that ``pd.concat`` turned into NaN)."""
    spec = table(name)
    return frame.assign(**{c: _column_values(spec.column(c), frame[c]) for c in columns})


def from_arrow(name: str | Table, arrow: pa.Table) -> pd.DataFrame:
    """An Arrow table (read from Parquet or DuckDB) as the contract's frame: list columns become
    tuples straight from Arrow (``to_pylist``: 0.05 s for 145,000 of them, where turning pandas'
    numpy arrays into tuples takes ten times that), dates ``datetime.date``, then
    :func:`conform`. Columns the table lacks raise ``KeyError``, as in :func:`conform`."""
    spec = table(name)
    lists = [c.name for c in spec.columns if c.type == "str_list" and c.name in arrow.column_names]
    frame = _one_chunk(arrow.drop_columns(lists)).to_pandas(date_as_object=True)
    with _collector_paused():
        for column in lists:
            values = [tuple(v) if v is not None else () for v in arrow.column(column).to_pylist()]
            frame[column] = pd.Series(values, index=frame.index, dtype=object)
    return conform(spec, frame)


def _one_chunk(arrow: pa.Table) -> pa.Table:
    """Each column in one piece. A Parquet file read in row groups gives columns in several
    chunks, which pandas keeps; taking rows from a chunked string column first joins its chunks,
    so filtering the sentences of a 31k-article corpus copied all their text on every filter
    change (0.4–0.8 s); joined once here, it takes 5 ms. A column too big for one chunk stays as
    it is."""
    try:
        return arrow.combine_chunks()
    except (pa.ArrowInvalid, pa.ArrowCapacityError):
        return arrow


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while many containers are made at once: each 700 new ones start
    a collection that walks young objects, and every tenth of those the older ones, so in a
    dashboard holding a 30k-article corpus making an events table's 145,000 lists took 1.2 s
    instead of 0.05 s. They hold no cycles; the collector runs again as soon as they are made."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def csv_frame(name: str | Table, frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` as its CSV cells: dates in ISO form, lists joined by ``;``, nulls empty."""
    spec = table(name)
    out = frame.copy()
    for column in spec.columns:
        if column.name not in out.columns:
            continue
        if column.type == "date":
            out[column.name] = [d.isoformat() if (d := as_date(v)) else "" for v in out[column.name]]
        elif column.type == "str_list":
            out[column.name] = [LIST_SEPARATOR.join(as_tuple(v)) for v in out[column.name]]
    return out


def validate(
    name: str | Table, frame: pd.DataFrame, *, allowed: Mapping[str, Iterable[str]] | None = None
) -> list[str]:
    """What in ``frame`` breaks the contract (one sentence each); empty when nothing does.

    ``allowed`` adds value sets the contract cannot know (``event_type``: the lexicon's ids).
    """
    spec = table(name)
    found: list[str] = []
    if list(frame.columns[: len(spec.names)]) != spec.names:
        return [f"{spec.name}: columns {list(frame.columns)} do not start with {spec.names}"]
    extra_values = {k: set(v) for k, v in (allowed or {}).items()}
    for column in spec.columns:
        series = frame[column.name]
        where = f"{spec.name}.{column.name}"
        nulls = series.isna() if column.type != "str_list" else series.map(lambda v: v is None)
        if nulls.any() and not column.nullable:
            found.append(f"{where}: {int(nulls.sum())} nulls in a column that has none")
        present = series[~nulls]
        if column.type == "str":
            if not all(isinstance(v, str) for v in present):
                found.append(f"{where}: not text")
            elif (present == "").any():
                found.append(f"{where}: empty strings (a missing value is a null)")
        elif column.type == "int" and series.dtype != np.int64:
            found.append(f"{where}: dtype {series.dtype}, expected int64")
        elif column.type == "float" and series.dtype not in (np.float32, np.float64):
            found.append(f"{where}: dtype {series.dtype}, expected float64 or float32")
        elif column.type == "bool" and series.dtype != np.bool_:
            found.append(f"{where}: dtype {series.dtype}, expected bool")
        elif column.type == "date" and not all(type(v) is dt.date for v in present):
            found.append(f"{where}: values that are not datetime.date")
        elif column.type == "str_list" and not all(
            isinstance(v, tuple) and all(isinstance(x, str) and x for x in v) for v in present
        ):
            found.append(f"{where}: values that are not tuples of non-empty strings")
        values = set(column.values or ()) | extra_values.get(column.name, set())
        if values and column.type == "str":
            unknown = sorted(set(present) - values)
            if unknown:
                found.append(f"{where}: unknown values {unknown[:5]} (allowed: {sorted(values)})")
    return found


# --- the tables of one analysed corpus ---------------------------------------------------------

#: Columns that repeat another table's text. A long sentence holding many date expressions would
#: otherwise be copied into every event row when stored (memory = events × sentence length): in
#: memory the column holds references to the sentences table's strings; Parquet and the store
#: drop it and :func:`join_sentences` puts it back on reading. CSV exports write it out.
BY_REFERENCE: dict[str, str] = {"events": "sentence"}


def join_sentences(frame: pd.DataFrame, sentences: pd.DataFrame, column: str = "sentence") -> pd.DataFrame:
    """``frame`` (with ``doc_id`` and ``sentence_idx``) with ``column`` holding its sentence's text,
    null where the sentence is unknown. Each sentence is one Python string however many rows hold
    it, and only the sentences some row holds are made strings (not the whole corpus')."""
    index = pd.MultiIndex.from_arrays([sentences["doc_id"], sentences["sentence_idx"]])
    rows = np.arange(len(sentences))
    if not index.is_unique:
        keep = ~index.duplicated()
        index, rows = index[keep], rows[keep]
    wanted = pd.MultiIndex.from_arrays([frame["doc_id"], frame["sentence_idx"]])
    positions = index.get_indexer(wanted)
    values: np.ndarray = np.full(len(frame), None, dtype=object)
    found = positions >= 0
    needed, which = np.unique(rows[positions[found]], return_inverse=True)
    values[found] = sentences["text"].iloc[needed].to_numpy(dtype=object)[which]
    # dtype object: pandas would otherwise make Arrow strings of them, one copy per row.
    return frame.assign(**{column: pd.Series(values, index=frame.index, dtype=object)})


def from_arrow_joined(name: str | Table, arrow: pa.Table, sentences: pd.DataFrame) -> pd.DataFrame:
    """:func:`from_arrow` of a table stored without its :data:`BY_REFERENCE` column, the column
    joined back from ``sentences`` (:func:`join_sentences`)."""
    spec = table(name)
    column = BY_REFERENCE[spec.name]
    stored = Table(spec.name, spec.row, tuple(c for c in spec.columns if c.name != column))
    return join_sentences(from_arrow(stored, arrow), sentences, column)[spec.names]


#: Rows per Parquet row group of ``documents`` (which holds the texts): an article is read through
#: DuckDB by its doc_id (:class:`analysis.store.texts.ArticleTexts`), which reads only the row
#: groups whose doc_id range holds it (22 ms for one of 30,000 articles in groups of 1,000, against
#: 200 ms in one group), and a search decodes the groups on every core.
TEXT_ROW_GROUP = 1000


def parquet_options(name: str) -> dict[str, Any]:
    """Keyword arguments of ``DataFrame.to_parquet`` for table ``name``."""
    return {"row_group_size": TEXT_ROW_GROUP} if name == "documents" else {}


@dataclass
class CorpusTables:
    """Every output table of one analysed corpus (columns: :data:`OUTPUT_TABLES`), the article
    texts by ``doc_id`` (not a table: Parquet keeps them beside ``documents``) and the time each
    stage took."""

    name: str
    documents: pd.DataFrame
    sentences: pd.DataFrame
    mentions: pd.DataFrame
    comentions: pd.DataFrame
    events: pd.DataFrame
    doc_terms: pd.DataFrame
    themes: pd.DataFrame
    doc_themes: pd.DataFrame
    problems: pd.DataFrame
    texts: Mapping[str, str] = field(default_factory=dict, repr=False)
    timings: dict[str, float] = field(default_factory=dict, repr=False)
    #: Every article's term counts (an :class:`analysis.aggregate.terms.TermMatrix`) as the build's
    #: TF-IDF counted them, held until the store keeps them for the Compare page
    #: (:func:`analysis.store.term_cache.keep_terms`); not a table, never written with the tables.
    term_matrix: Any = field(default=None, repr=False)
    #: The model of the themes (an :class:`analysis.aggregate.themes.ThemeModel`), kept by the store so
    #: that a corpus's themes stay the same when articles are added; not a table, never written.
    theme_model: Any = field(default=None, repr=False)

    TABLES = tuple(OUTPUT_TABLES)

    def frames(self) -> dict[str, pd.DataFrame]:
        return {name: getattr(self, name) for name in self.TABLES}

    def write(self, out_dir: str | Path, *, csv: bool = True, parquet: bool = True) -> list[Path]:
        """Write ``<table>.csv`` (UTF-8, header row, CRLF rows; dates ISO, lists joined by ``;``; a text
        cell a spreadsheet would evaluate, ``=HYPERLINK(…)``, prefixed ``'``: :mod:`analysis.formula_cells`) and
        ``<table>.parquet`` (dates and lists typed; ``documents.parquet`` also holds the texts,
        ``events.parquet`` has no ``sentence``: see :data:`BY_REFERENCE`) for every table. Returns the paths written."""
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for name, frame in self.frames().items():
            if csv:
                path = out / f"{name}.csv"
                write_safe_csv(csv_frame(name, frame), path)
                written.append(path)
            if parquet:
                path = out / f"{name}.parquet"
                to_save = frame.assign(text=frame["doc_id"].map(self.texts)) if name == "documents" else frame
                if name in BY_REFERENCE:
                    to_save = to_save.drop(columns=BY_REFERENCE[name])
                to_save.to_parquet(path, index=False, **parquet_options(name))
                written.append(path)
        return written


def markdown_table(tables: Sequence[Table] | None = None) -> str:
    """The README's table of output tables: one line per table, its columns and what a row is.

    A column is written ``name?`` when it may be empty (null), ``name (date)`` for a
    ``YYYY-MM-DD`` date, ``name (list)`` for ids joined by ``;`` and ``name (a\\|b)`` for a code.
    """
    lines = ["| table | columns | one row per |", "|---|---|---|"]
    for spec in tables or OUTPUT_TABLES.values():
        cells = []
        for c in spec.columns:
            cell = c.name + ("?" if c.nullable else "")
            if c.values and len(c.values) <= 4:
                cell += " (" + "\\|".join(c.values) + ")"
            elif c.type == "date":
                cell += " (date)"
            elif c.type == "str_list":
                cell += " (list)"
            cells.append(cell)
        lines.append(f"| `{spec.name}.csv` | {', '.join(cells)} | {spec.row} |")
    return "\n".join(lines)


def duckdb_columns(spec: Table, names: Sequence[str], *, not_null: bool = False) -> str:
    """``"sentence_idx" BIGINT, "date_start" DATE, "actors" VARCHAR[]`` for ``names`` of ``spec``;
    with ``not_null``, the columns that are never null are declared ``NOT NULL``."""
    sql = {
        "str": "VARCHAR",
        "int": "BIGINT",
        "float": "DOUBLE",
        "bool": "BOOLEAN",
        "date": "DATE",
        "str_list": "VARCHAR[]",
    }
    columns = (spec.column(n) for n in names)
    return ", ".join(
        f'"{c.name}" {sql[c.type]}' + (" NOT NULL" if not_null and not c.nullable else "") for c in columns
    )
