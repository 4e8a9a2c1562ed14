"""The limits that bound one import and one article's analysis (``analysis/data/limits.yaml``).

:func:`load_limits` reads the file and checks every entry; a bad entry raises :class:`LimitsError`
naming the file and the entry. The importer (:mod:`analysis.ingest`) enforces the ``import`` limits
while it reads, the pipeline the ``analysis`` limits per article.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass, fields, replace
from pathlib import Path

import yaml

from analysis.data import data_path, read_yaml

LIMITS_PATH = data_path("limits.yaml")


class LimitsError(ValueError):
    """``limits.yaml`` is missing an entry or holds a value that is not a positive whole number."""


@dataclass(frozen=True)
class ImportLimits:
    """Bytes are uncompressed bytes as read, never a ZIP header's stated size."""

    max_file_bytes: int = 20_000_000
    max_total_bytes: int = 150_000_000
    max_zip_members: int = 50_000


@dataclass(frozen=True)
class AnalysisLimits:
    max_article_chars: int = 200_000
    max_events_per_article: int = 1000
    max_mentions_per_article: int = 5000
    first_year: int = 1678
    last_year: int = 2261

    def in_range(self, day) -> bool:
        """Whether the date ``day`` (None counts as in range) lies within ``first_year``–``last_year``."""
        return day is None or self.first_year <= day.year <= self.last_year


@dataclass(frozen=True)
class BrowseLimits:
    """What the dashboard holds in memory: a linked build (``import --from-build``) of more articles is
    listed but not opened (its tables would be loaded whole)."""

    max_linked_articles: int = 250_000
    #: DuckDB's memory (MB; beyond it, it spills to disk) and threads for a build too large to load.
    query_memory_mb: int = 1024
    query_threads: int = 2


@dataclass(frozen=True)
class Limits:
    importing: ImportLimits
    analysis: AnalysisLimits
    browse: BrowseLimits = BrowseLimits()


def _section(path: Path, document: dict, name: str, cls):
    entries = document.get(name)
    if not isinstance(entries, dict):
        raise LimitsError(f"{path}: no {name!r} section")
    values = {}
    for f in fields(cls):
        value = entries.get(f.name)
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise LimitsError(f"{path}: {name}.{f.name} is {value!r}; expected a positive whole number")
        values[f.name] = value
    unknown = set(entries) - {f.name for f in fields(cls)}
    if unknown:
        raise LimitsError(f"{path}: unknown entries {', '.join(sorted(unknown))} in {name!r}")
    return cls(**values)


def read_limits(path: str | Path) -> Limits:
    """The limits in the YAML file ``path``; raises :class:`LimitsError` naming the file and the entry."""
    path = Path(path)
    try:
        document = read_yaml(path.read_text("utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise LimitsError(f"{path}: cannot be read ({exc})") from exc
    if not isinstance(document, dict):
        raise LimitsError(f"{path}: expected the sections 'import' and 'analysis'")
    return Limits(
        _section(path, document, "import", ImportLimits),
        _section(path, document, "analysis", AnalysisLimits),
        _section(path, document, "browse", BrowseLimits) if "browse" in document else BrowseLimits(),
    )


#: The environment variable that sets ``browse.max_linked_articles`` for one server: a machine with
#: less memory queries smaller builds where they lie (``0``: every linked build is queried).
MAX_LINKED_ENV = "ARABIC_NEWS_MAX_LINKED_ARTICLES"


@functools.cache
def load_limits() -> Limits:
    """The built-in limits (``analysis/data/limits.yaml``), read once, with ``$ARABIC_NEWS_MAX_LINKED_ARTICLES``
    (:data:`MAX_LINKED_ENV`) in place of ``browse.max_linked_articles`` when set."""
    limits = read_limits(LIMITS_PATH)
    raw = os.environ.get(MAX_LINKED_ENV, "").strip()
    if raw:
        if not raw.isdigit():
            raise LimitsError(f"${MAX_LINKED_ENV} is {raw!r}; expected a whole number of articles (0 or more)")
        limits = replace(limits, browse=replace(limits.browse, max_linked_articles=int(raw)))
    return limits


__all__ = [
    "LIMITS_PATH",
    "MAX_LINKED_ENV",
    "AnalysisLimits",
    "BrowseLimits",
    "ImportLimits",
    "Limits",
    "LimitsError",
    "load_limits",
    "read_limits",
]
