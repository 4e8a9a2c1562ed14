"""Corpora analysed elsewhere: the partitioned Parquet outputs of ``python -m analysis build --out DIR``
(:mod:`analysis.partitioned`), checked and read where they are.

A build directory holds ``<table>/part.NNNNN.parquet`` for every table of
:data:`analysis.schema.OUTPUT_TABLES` (``documents`` with the texts) and ``build.json``
(:data:`MANIFEST`: the table contract it was written for, the corpus name, the count of articles),
written last. :func:`check_build` says what is wrong with a directory before anything is stored
(:class:`BuildError`, naming the directory and the problem); :func:`read_build` gives its tables,
the texts left in the Parquet files (:class:`~analysis.store.texts.ArticleTexts`), so a corpus of a
million articles is browsed without its texts in memory.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from analysis import __version__, schema
from analysis.limits import MAX_LINKED_ENV, load_limits
from analysis.schema import CorpusTables
from analysis.store.term_cache import read_build_terms
from analysis.store.texts import ArticleTexts

#: The build's manifest, written after every table.
MANIFEST = "build.json"


class BuildError(ValueError):
    """A build directory that cannot be used (missing, written for another table contract, a table
    or a column missing); the message names the directory and what is wrong."""


@dataclass(frozen=True)
class BuildInfo:
    """What :func:`check_build` read of a build directory."""

    location: str
    name: str
    articles: int
    schema: int
    version: str


def write_manifest(out_dir: str | Path, *, name: str, articles: int, fs=None) -> None:
    """``build.json`` in ``out_dir`` (any fsspec path): written after the tables, so a build
    interrupted while writing them has none and is refused by :func:`check_build`."""
    import fsspec

    if fs is None:
        fs, root = fsspec.core.url_to_fs(str(out_dir))
    else:
        root = str(out_dir)
    manifest = {"name": name, "articles": int(articles), "schema": schema.SCHEMA_VERSION, "version": __version__}
    with fs.open(f"{root.rstrip('/')}/{MANIFEST}", "w", encoding="utf-8") as handle:
        handle.write(json.dumps(manifest, ensure_ascii=False))


def remove_manifest(out_dir: str | Path) -> None:
    """Remove ``build.json`` from ``out_dir`` before its tables are written anew: a build
    interrupted then is not taken for the finished one before it."""
    import fsspec

    fs, root = fsspec.core.url_to_fs(str(out_dir))
    path = f"{root.rstrip('/')}/{MANIFEST}"
    if fs.exists(path):
        fs.rm(path)


def stored_parts(folder: Path, name: str) -> list[Path]:
    return sorted((folder / name).glob("part.*.parquet"))


def _stored_columns(name: str) -> list[str]:
    """The columns a build keeps of table ``name`` (``events`` may lack its ``sentence``)."""
    return [c for c in schema.table(name).names if c != schema.BY_REFERENCE.get(name)]


def check_build(location: str | Path, *, every_part: bool = True) -> BuildInfo:
    """What the build directory ``location`` holds, or :class:`BuildError` saying what is wrong:
    not a directory, no ``build.json`` (not a build, or one interrupted), another table contract,
    a table without its Parquet parts, a part lacking columns, ``documents`` without the texts.
    ``every_part=False`` reads the first part of each table only (a million articles are 18,000
    parts: 1–4 s), for a build checked whole when it was linked."""
    folder = Path(location).expanduser()
    where = str(folder)
    if not folder.is_dir():
        raise BuildError(f"{where}: no such directory (give the --out folder of `python -m analysis build`)")
    manifest_path = folder / MANIFEST
    if not manifest_path.is_file():
        raise BuildError(
            f"{where}: not a finished build: {MANIFEST} is missing (it is written last by "
            f"`python -m analysis build CORPUS --out {where}`; an interrupted build has none)"
        )
    try:
        manifest = json.loads(manifest_path.read_text("utf-8"))
        contract, name, articles = int(manifest["schema"]), str(manifest["name"]), int(manifest["articles"])
    except (ValueError, KeyError, TypeError) as error:
        raise BuildError(f"{where}: {MANIFEST} cannot be read ({type(error).__name__}: {error})") from error
    if contract != schema.SCHEMA_VERSION:
        raise BuildError(
            f"{where}: written for table contract {contract}, this version reads contract "
            f"{schema.SCHEMA_VERSION}: build the corpus again with this version"
        )
    for table in schema.OUTPUT_TABLES:
        parts = stored_parts(folder, table)
        if not parts:
            raise BuildError(f"{where}: the table {table!r} is missing (no {table}/part.*.parquet)")
        wanted = _stored_columns(table) + (["text"] if table == "documents" else [])
        for part in parts if every_part else parts[:1]:
            try:
                found = set(pq.read_schema(part).names)
            except (OSError, ValueError) as error:
                raise BuildError(f"{where}: {part.relative_to(folder)} is not readable Parquet ({error})") from error
            missing = [c for c in wanted if c not in found]
            if missing:
                raise BuildError(f"{where}: {part.relative_to(folder)} lacks the columns {missing}")
    return BuildInfo(str(folder.resolve()), name, articles, contract, str(manifest.get("version", "")))


def too_large_to_load(info: BuildInfo) -> bool:
    """Whether the build is queried where it lies (:class:`analysis.store.build_queries.BuildQueries`)
    rather than loaded: more articles than ``browse.max_linked_articles`` (``analysis/data/limits.yaml``)."""
    return info.articles > load_limits().browse.max_linked_articles


def read_build(location: str | Path, *, name: str | None = None) -> CorpusTables:
    """The tables of the build directory ``location`` (checked first: :class:`BuildError`), each
    conformed to the contract; the texts stay in ``documents/part.*.parquet``, read per request."""
    info = check_build(location)
    limit = load_limits().browse.max_linked_articles
    if too_large_to_load(info):
        raise BuildError(
            f"{info.location}: {info.articles:,} articles are more than the dashboard loads ({limit:,}, "
            f"analysis/data/limits.yaml browse.max_linked_articles or ${MAX_LINKED_ENV}): the dashboard queries "
            f"it where it lies (analysis.store.build_queries). Query its Parquet tables with DuckDB, "
            f'e.g. duckdb -c "SELECT entity_id, count(*) FROM '
            f"read_parquet('{info.location}/mentions/*.parquet') GROUP BY 1 ORDER BY 2 DESC LIMIT 20\""
        )
    folder = Path(info.location)
    frames: dict[str, pd.DataFrame] = {}
    for table in CorpusTables.TABLES:
        columns = _stored_columns(table)
        arrow = pq.ParquetDataset([str(p) for p in stored_parts(folder, table)]).read(columns=columns)
        if table in schema.BY_REFERENCE:
            frames[table] = schema.from_arrow_joined(table, arrow, frames["sentences"])
        else:
            frames[table] = schema.from_arrow(table, arrow)
    texts = ArticleTexts([str(p) for p in stored_parts(folder, "documents")])
    terms = read_build_terms(folder, frames["documents"]["doc_id"].tolist())  # the Compare page's counts
    return CorpusTables(name=name or info.name, texts=texts, term_matrix=terms, **frames)


def read_articles(location: str | Path) -> pd.DataFrame:
    """The articles of the build directory ``location`` (checked first: :class:`BuildError`) as the
    contract's articles table (doc_id, title, source, published, url, text), in the build's order:
    read from ``documents/part.*.parquet``, texts included (for an export)."""
    folder = Path(check_build(location).location)
    columns = schema.ARTICLES.names
    arrow = pq.ParquetDataset([str(p) for p in stored_parts(folder, "documents")]).read(columns=columns)
    return schema.conform(schema.ARTICLES, arrow.to_pandas())
