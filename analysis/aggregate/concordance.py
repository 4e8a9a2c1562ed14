"""A concordance of search hits: the same line in several articles shown once, sorted, paged.

News agencies' copy is printed word for word by many papers: SaudiNewsNet repeats a wire sentence
such as "أعلن الديوان الملكي ..." in a dozen articles. :func:`concordance` merges the occurrences
whose line (left context, match and right context, in normalised form and with runs of spaces
collapsed) is the same into one row that counts them and lists its articles, then orders the rows
by date or by source. The search itself is :meth:`analysis.aggregate.kwic.KwicIndex.search`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.text.normalize import normalize

#: How a concordance can be ordered: by its earliest article's date (oldest first), by its latest
#: article's date (newest first), or by the source of its earliest article (then by date).
SORTS = ("date", "newest", "source")

LINE_COLUMNS = [
    "line",
    "left",
    "match",
    "right",
    "doc_id",
    "published",
    "source",
    "n_matches",
    "n_articles",
]
"""One row per distinct line: ``line`` (its number, from 1, in the chosen order), the context and
match as first seen, the earliest article holding it (``doc_id``, ``published``, ``source``), and
how many matches and articles share it (:meth:`Concordance.articles` lists them)."""

MATCH_COLUMNS = [
    "line",
    "doc_id",
    "title",
    "source",
    "published",
    "sentence_idx",
    "start",
    "end",
    "left",
    "match",
    "right",
    "same_line_articles",
]
"""Every match, for export: its ``line`` in the concordance, its article and offsets in the
article's original text, its context, and how many articles share its line."""


@dataclass(frozen=True)
class Concordance:
    """The lines of a search (:data:`LINE_COLUMNS`) and every match (:data:`MATCH_COLUMNS`)."""

    lines: pd.DataFrame
    matches: pd.DataFrame

    @property
    def n_matches(self) -> int:
        return len(self.matches)

    @property
    def n_articles(self) -> int:
        return int(self.matches["doc_id"].nunique())

    def n_pages(self, size: int) -> int:
        return max(1, -(-len(self.lines) // size))

    def articles(self, lines: pd.DataFrame) -> dict[int, list[str]]:
        """line number → the articles sharing it, earliest first, for the ``lines`` given (a page)."""
        shown = self.matches[self.matches["line"].isin(lines["line"])]
        return {int(n): list(dict.fromkeys(group["doc_id"])) for n, group in shown.groupby("line", sort=False)}

    def page(self, number: int, size: int) -> pd.DataFrame:
        """The lines of page ``number`` (from 1; clamped to the pages there are) of ``size`` lines."""
        number = min(max(number, 1), self.n_pages(size))
        return self.lines.iloc[(number - 1) * size : number * size]


def line_keys(left, match, right) -> list[str]:
    """What makes two lines the same: their text normalised, runs of spaces as one.

    >>> line_keys(["قال إن "], ["روسيا"], ["  تنفي."]) == line_keys(["قال ان "], ["روسيا"], [" تنفي."])
    True
    """
    # one normalisation of every line joined (a line has no line break once its spaces are one)
    lines = "\n".join(" ".join(f"{a}{b}{c}".split()) for a, b, c in zip(left, match, right))
    return normalize(lines).split("\n") if lines else []


def concordance(hits: pd.DataFrame, documents: pd.DataFrame, *, sort: str = "date") -> Concordance:
    """``hits`` (:data:`analysis.aggregate.kwic.KWIC_COLUMNS`, in corpus order) as a concordance
    sorted by ``sort`` (one of :data:`SORTS`); ``documents`` gives each article's title, source and
    publication date (``published``: a date or None; undated articles come last in either date
    order)."""
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r}; one of {', '.join(SORTS)}")
    meta = documents[["doc_id", "title", "source", "published"]]
    found = hits.merge(meta, on="doc_id", how="left", validate="many_to_one")
    found["_order"] = np.arange(len(found))
    found["_key"] = line_keys(found["left"], found["match"], found["right"])
    found["_date"] = pd.to_datetime(found["published"], errors="coerce")
    found = found.sort_values(["_date", "_order"], na_position="last", kind="stable")

    groups = found.groupby("_key", sort=False)
    lines = groups.agg(
        left=("left", "first"),
        match=("match", "first"),
        right=("right", "first"),
        doc_id=("doc_id", "first"),
        published=("published", "first"),
        source=("source", "first"),
        n_matches=("doc_id", "size"),
        n_articles=("doc_id", "nunique"),
        _first=("_date", "min"),
        _last=("_date", "max"),
        _order=("_order", "min"),
    )
    if sort == "date":
        lines = lines.sort_values(["_first", "_order"], na_position="last", kind="stable")
    elif sort == "newest":
        lines = lines.sort_values(["_last", "_order"], ascending=[False, True], na_position="last", kind="stable")
    else:
        lines = lines.assign(_no_source=lines["source"].isna() | (lines["source"] == ""))
        lines = lines.sort_values(["_no_source", "source", "_first", "_order"], na_position="last", kind="stable")
    lines["line"] = np.arange(1, len(lines) + 1)

    number = lines["line"]
    found["line"] = found["_key"].map(number)
    found["same_line_articles"] = found["_key"].map(lines["n_articles"])
    matches = found.sort_values(["line", "_date", "_order"], na_position="last", kind="stable")
    return Concordance(
        lines=lines.reset_index(drop=True)[LINE_COLUMNS],
        matches=matches.reset_index(drop=True)[MATCH_COLUMNS],
    )
