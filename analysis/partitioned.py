"""The build's tables as partitioned Parquet: ``DIR/<table>/part.NNNNN.parquet``.

Every table of :data:`analysis.schema.OUTPUT_TABLES` is a folder of Parquet files with the columns of
the CSV contract (:mod:`analysis.schema`; dates and lists typed, ``events`` with its ``sentence``).
The per-article tables (:data:`BY_ARTICLE`) have one file per partition of articles, as the build
extracted them (:func:`analysis.pipeline.partitions`): part ``k`` holds the rows of the articles of
partition ``k``. The corpus-wide tables (co-mentions, themes, problems) are one file. DuckDB, pyarrow
and Dask read a folder as one table (``read_parquet('DIR/sentences/*.parquet')``).

``DIR`` may be any ``fsspec`` path (``s3://bucket/run``, ``/data/run``).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from analysis import schema

#: Tables split by article; the others are written whole.
BY_ARTICLE = ("documents", "sentences", "mentions", "events", "doc_terms", "doc_themes")


def part_name(k: int) -> str:
    return f"part.{k:05d}.parquet"


def write_partitioned(
    frames: Mapping[str, pd.DataFrame],
    out_dir: str | Path,
    partition_of: Mapping[str, int],
    texts: Mapping[str, str] | None = None,
) -> list[str]:
    """Write each of ``frames`` (table name → table) under ``out_dir``; ``partition_of``: doc_id →
    its partition; ``texts`` (doc_id → article text), when given, go into ``documents`` as a ``text``
    column, as the store's snapshots keep them (the CSV contract has no texts). Returns the files
    written (a table with no row is one empty file, so its columns are known)."""
    written = []
    n_parts = max(partition_of.values(), default=-1) + 1
    for name, frame in frames.items():
        clear_table(out_dir, name)
        if name == "documents" and texts is not None:
            frame = frame.assign(text=frame["doc_id"].map(texts))
        if name in BY_ARTICLE and n_parts > 1 and len(frame):
            parts = pd.Series(frame["doc_id"]).map(partition_of).to_numpy(dtype=np.int64)
            order = np.argsort(parts, kind="stable")
            bounds = np.searchsorted(parts[order], np.arange(n_parts + 1))
            pieces = [(k, order[bounds[k] : bounds[k + 1]]) for k in range(n_parts) if bounds[k + 1] > bounds[k]]
        else:
            pieces = [(0, np.arange(len(frame)))]
        for k, rows in pieces:
            written.append(write_part(out_dir, name, k, frame.iloc[rows]))
    return written


def clear_table(out_dir: str | Path, name: str) -> None:
    """Remove the parts an earlier build wrote of table ``name`` in ``out_dir`` (they would be read as
    this build's), and make its folder."""
    import fsspec

    fs, root = fsspec.core.url_to_fs(str(out_dir))
    folder = f"{root.rstrip('/')}/{name}"
    if fs.exists(folder):
        fs.rm(folder, recursive=True)
    fs.makedirs(folder, exist_ok=True)


def write_part(out_dir: str | Path, name: str, k: int, frame: pd.DataFrame) -> str:
    """Part ``k`` of table ``name`` (its contract's columns, and ``text`` for ``documents`` when the frame
    has it), written under ``out_dir``; returns its path. A build's tasks write their own parts with it
    (:mod:`analysis.streaming`): nothing but the path goes back to the driver."""
    import fsspec

    fs, root = fsspec.core.url_to_fs(str(out_dir))
    columns = schema.table(name).names + (["text"] if name == "documents" and "text" in frame else [])
    path = f"{root.rstrip('/')}/{name}/{part_name(k)}"
    fs.makedirs(f"{root.rstrip('/')}/{name}", exist_ok=True)
    table = pa.Table.from_pandas(frame[columns], preserve_index=False)
    for i, field in enumerate(table.schema):  # a column null in every row of the part: its contract's type
        if pa.types.is_null(field.type):
            table = table.set_column(i, field.name, table.column(i).cast(_ARROW_TYPES[_column_type(name, field.name)]))
    with fs.open(path, "wb") as handle:
        pq.write_table(table, handle, **schema.parquet_options(name))
    return path


#: The Arrow type of each contract type (:data:`analysis.schema.TYPES`): a part whose rows all leave a
#: column empty (500 articles without a source or a URL) must not write it as Arrow's null type, which a
#: reader of every part (DuckDB's ``read_parquet`` of a build) cannot join to the others' strings.
_ARROW_TYPES = {
    "str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(), "date": pa.date32(),
    "str_list": pa.list_(pa.string()),
}  # fmt: skip


def _column_type(name: str, column: str) -> str:
    if column == "text":
        return "str"
    return next(c.type for c in schema.table(name).columns if c.name == column)


def read_part(out_dir: str | Path, name: str, k: int, columns: list[str] | None = None) -> pd.DataFrame:
    """Part ``k`` of table ``name`` as written (``columns``: only those)."""
    import fsspec

    fs, root = fsspec.core.url_to_fs(str(out_dir))
    return pd.read_parquet(f"{root.rstrip('/')}/{name}/{part_name(k)}", columns=columns, filesystem=fs)


def read_table(folder: str | Path, name: str) -> pd.DataFrame:
    """Table ``name`` of a build's output folder (partitioned, or a single ``<name>.parquet``), through
    the contract (:func:`analysis.schema.conform`)."""
    import fsspec

    fs, root = fsspec.core.url_to_fs(str(folder))
    base = f"{root.rstrip('/')}/{name}"
    if fs.isdir(base):
        files = sorted(fs.glob(f"{base}/part.*.parquet"))
        frame = pd.concat([pd.read_parquet(f, filesystem=fs) for f in files], ignore_index=True)
    else:
        frame = pd.read_parquet(f"{base}.parquet", filesystem=fs)
    return schema.conform(name, frame) if set(schema.table(name).names) <= set(frame.columns) else frame
