"""The names analysts give themes, and the themes they hide, applied to a corpus' tables.

A stored name (:class:`analysis.store.theme_names.ThemeNames`) keeps the top terms its theme had
when it was named. :func:`match_names` gives each current theme the name whose terms overlap its
own most (``analysis/data/theme_names.yaml``: at least a Jaccard of 0.3 over the top 10 terms),
so a name follows its theme when the themes are refitted and their numbers change:
``{الحوثي، صنعاء، التحالف، …}`` named «حرب اليمن» stays «حرب اليمن» as theme 7 after being theme 3.

:func:`named_tables` then puts the names in the themes table (a ``name`` column, null when the
analyst gave none: every chart, export and briefing labels a theme with it) and leaves the
hidden themes out of ``themes`` and ``doc_themes``.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache
from importlib import resources

import pandas as pd
import yaml

from analysis.schema import CorpusTables

#: A stored name: the theme it was given to, that theme's top terms then, the name (null: none)
#: and whether the theme is hidden.
STORED_COLUMNS = ["theme_id", "terms", "name", "hidden"]
#: :func:`match_names`: each current theme's name (null: none) and whether it is hidden.
NAME_COLUMNS = ["theme_id", "name", "hidden"]
#: Between the terms of :data:`STORED_COLUMNS`' ``terms`` (never inside a term).
TERM_SEPARATOR = "؛"


@lru_cache(maxsize=1)
def settings() -> dict:
    text = resources.files("analysis").joinpath("data/theme_names.yaml").read_text("utf-8")
    values = yaml.safe_load(text)
    for name in ("top_terms", "carry_over_min_jaccard"):
        if name not in values:
            raise ValueError(f"analysis/data/theme_names.yaml: {name!r} is missing")
    return values


def top_terms(themes: pd.DataFrame, theme_id: int) -> list[str]:
    """The theme's top terms (by rank), as many as the settings keep."""
    rows = themes[themes["theme_id"] == theme_id].sort_values("rank")
    return [str(t) for t in rows["term"].head(int(settings()["top_terms"]))]


def terms_key(terms: list[str]) -> str:
    return TERM_SEPARATOR.join(terms)


def match_names(themes: pd.DataFrame, stored: pd.DataFrame) -> pd.DataFrame:
    """Each current theme's name and hidden flag (:data:`NAME_COLUMNS`), from the ``stored`` names
    (:data:`STORED_COLUMNS`): a stored name goes to the theme whose top terms overlap its terms
    most (Jaccard, at least the settings' threshold), the best matches first, one name a theme."""
    ids = sorted(int(i) for i in themes["theme_id"].unique())
    out = pd.DataFrame({"theme_id": ids, "name": [None] * len(ids), "hidden": [False] * len(ids)})
    if stored is None or stored.empty or not ids:
        return out
    current = {i: set(top_terms(themes, i)) for i in ids}
    floor = float(settings()["carry_over_min_jaccard"])
    pairs = []
    for row in stored.itertuples():
        terms = {t for t in str(row.terms or "").split(TERM_SEPARATOR) if t}
        for theme_id, own in current.items():
            union = terms | own
            score = len(terms & own) / len(union) if union else 0.0
            if score >= floor:
                same = int(row.theme_id) == theme_id  # ties go to the theme of the same number
                pairs.append((score, same, theme_id, row))
    taken_themes, taken_rows = set(), set()
    by_id = out.set_index("theme_id")
    for _score, _same, theme_id, row in sorted(pairs, key=lambda p: (-p[0], not p[1], p[2])):
        if theme_id in taken_themes or row.Index in taken_rows:
            continue
        taken_themes.add(theme_id)
        taken_rows.add(row.Index)
        name = row.name if isinstance(row.name, str) and row.name.strip() else None
        by_id.loc[theme_id, "name"] = name.strip() if name else None
        by_id.loc[theme_id, "hidden"] = bool(row.hidden)
    return by_id.reset_index()[NAME_COLUMNS]


def named_tables(tables: CorpusTables, names: pd.DataFrame) -> CorpusTables:
    """``tables`` with the analyst's theme names (a ``name`` column of ``themes``) and without the
    hidden themes (left out of ``themes`` and ``doc_themes``); ``tables`` itself is untouched."""
    if names is None or names.empty or (names["name"].isna().all() and not names["hidden"].any()):
        return tables
    hidden = set(names.loc[names["hidden"].astype(bool), "theme_id"].astype(int))
    name_of = {int(i): n for i, n in zip(names["theme_id"], names["name"]) if isinstance(n, str) and n}
    themes = tables.themes[~tables.themes["theme_id"].isin(hidden)].reset_index(drop=True)
    themes = themes.assign(name=[name_of.get(int(i)) for i in themes["theme_id"]])
    doc_themes = tables.doc_themes[~tables.doc_themes["theme_id"].isin(hidden)].reset_index(drop=True)
    return dataclasses.replace(tables, themes=themes, doc_themes=doc_themes)


def theme_name(themes: pd.DataFrame, theme_id: int, *, n_terms: int = 3, separator: str = "، ") -> str:
    """A theme as text: the analyst's name, else its top ``n_terms`` terms."""
    rows = themes[themes["theme_id"] == theme_id]
    if "name" in rows and len(rows) and isinstance(rows["name"].iloc[0], str) and rows["name"].iloc[0]:
        return str(rows["name"].iloc[0])
    return separator.join(str(t) for t in rows.sort_values("rank")["term"].head(n_terms))
