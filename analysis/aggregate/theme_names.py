"""The names analysts give themes, the themes they hide and those they merge, applied to a corpus' tables.

A stored name (:class:`analysis.store.theme_names.ThemeNames`) keeps the top terms its theme had
when it was named. :func:`match_names` gives each current theme the name whose terms overlap its
own most (``analysis/data/theme_names.yaml``: at least a Jaccard of 0.3 over the top 10 terms),
so a name follows its theme when the themes are refitted and their numbers change:
``{الحوثي، صنعاء، التحالف، …}`` named «حرب اليمن» stays «حرب اليمن» as theme 7 after being theme 3.

:func:`named_tables` then puts the names in the themes table (a ``name`` column, null when the
analyst gave none: every chart, export and briefing labels a theme with it), leaves the
hidden themes out of ``themes`` and ``doc_themes``, and folds each merged theme into the one it
was merged into: «حرب اليمن» and «تعز» merged are one theme, its terms the two themes' terms by
their summed weight, each article's weight the sum of its two weights. A merge is stored as the
theme merged into (``merged_into``), and follows both themes through a refit like a name.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache
from importlib import resources

import pandas as pd

from analysis.aggregate.terms import _normal_word
from analysis.data import read_yaml
from analysis.schema import CorpusTables

#: A stored name: the theme it was given to, that theme's top terms then, the name (null: none)
#: and whether the theme is hidden.
STORED_COLUMNS = ["theme_id", "terms", "name", "hidden", "merged_into"]
#: :func:`match_names`: each current theme's name (null: none), whether it is hidden, and the
#: theme it is merged into (null: none).
NAME_COLUMNS = ["theme_id", "name", "hidden", "merged_into"]
#: Between the terms of :data:`STORED_COLUMNS`' ``terms`` (never inside a term).
TERM_SEPARATOR = "؛"


@lru_cache(maxsize=1)
def settings() -> dict:
    text = resources.files("analysis").joinpath("data/theme_names.yaml").read_text("utf-8")
    values = read_yaml(text)
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
    out = pd.DataFrame(
        {"theme_id": ids, "name": [None] * len(ids), "hidden": [False] * len(ids), "merged_into": [None] * len(ids)},
        dtype=object,
    ).astype({"theme_id": int, "hidden": bool})
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
    current_of_stored: dict[int, int] = {}  # a stored row's theme number then → its theme now
    by_id = out.set_index("theme_id")
    for _score, _same, theme_id, row in sorted(pairs, key=lambda p: (-p[0], not p[1], p[2])):
        if theme_id in taken_themes or row.Index in taken_rows:
            continue
        taken_themes.add(theme_id)
        taken_rows.add(row.Index)
        name = row.name if isinstance(row.name, str) and row.name.strip() else None
        by_id.loc[theme_id, "name"] = name.strip() if name else None
        by_id.loc[theme_id, "hidden"] = bool(row.hidden)
        current_of_stored[int(row.theme_id)] = theme_id
    if "merged_into" in stored:
        for row in stored.itertuples():
            source = current_of_stored.get(int(row.theme_id))
            target = current_of_stored.get(int(row.merged_into)) if pd.notna(row.merged_into) else None
            if source is not None and target is not None and target != source:
                by_id.loc[source, "merged_into"] = target
    return by_id.reset_index()[NAME_COLUMNS]


def merge_targets(names: pd.DataFrame) -> dict[int, int]:
    """``{theme: the theme it ends in}`` for every merged theme, chains followed (3 → 2 → 1 gives
    3 → 1 and 2 → 1); a theme in a loop of merges stays itself."""
    if names is None or "merged_into" not in names:
        return {}
    into = {int(i): int(m) for i, m in zip(names["theme_id"], names["merged_into"]) if pd.notna(m) and int(m) != int(i)}
    targets = {}
    for theme in into:
        seen, at = {theme}, into[theme]
        while at in into and at not in seen:
            seen.add(at)
            at = into[at]
        if at not in seen:
            targets[theme] = at
    return targets


def merged_themes(themes: pd.DataFrame, targets: dict[int, int], *, top_n: int | None = None) -> pd.DataFrame:
    """The themes table with each merged theme folded into its target: the target's terms are the
    group's terms by their summed weight (as many as the table had per theme: ``top_n``)."""
    if not targets:
        return themes
    group = themes["theme_id"].map(lambda i: targets.get(int(i), int(i)))
    top_n = top_n or int(themes["rank"].max())
    touched = set(targets.values())
    kept = themes[~group.isin(touched)]
    folded = (
        themes[group.isin(touched)]
        .assign(theme_id=group[group.isin(touched)])
        .groupby(["theme_id", "term"], as_index=False, sort=False)["weight"]
        .sum()
        .sort_values(["theme_id", "weight", "term"], ascending=[True, False, True], kind="stable")
    )
    folded["rank"] = folded.groupby("theme_id").cumcount() + 1
    folded = folded[folded["rank"] <= top_n]
    columns = list(themes.columns)
    out = pd.concat([kept, folded.reindex(columns=columns)], ignore_index=True)
    return out.sort_values(["theme_id", "rank"], kind="stable").reset_index(drop=True).astype(themes.dtypes.to_dict())


def merged_doc_themes(doc_themes: pd.DataFrame, targets: dict[int, int]) -> pd.DataFrame:
    """Each article's theme weights with a merged theme's weight added to its target's."""
    if not targets:
        return doc_themes
    moved = doc_themes.assign(theme_id=doc_themes["theme_id"].map(lambda i: targets.get(int(i), int(i))))
    summed = moved.groupby(["doc_id", "theme_id"], as_index=False, sort=False)["weight"].sum()
    return summed[list(doc_themes.columns)].astype(doc_themes.dtypes.to_dict())


def named_tables(tables: CorpusTables, names: pd.DataFrame) -> CorpusTables:
    """``tables`` with the analyst's theme names (a ``name`` column of ``themes``), the merged themes
    folded into the theme they were merged into (:func:`merged_themes`, :func:`merged_doc_themes`)
    and without the hidden themes (left out of ``themes`` and ``doc_themes``; a merged theme is
    hidden with its target); ``tables`` itself is untouched."""
    targets = merge_targets(names)
    if names is None or names.empty or (names["name"].isna().all() and not names["hidden"].any() and not targets):
        return tables
    hidden = set(names.loc[names["hidden"].astype(bool), "theme_id"].astype(int))
    name_of = {int(i): n for i, n in zip(names["theme_id"], names["name"]) if isinstance(n, str) and n}
    themes = merged_themes(tables.themes, targets)
    themes = themes[~themes["theme_id"].isin(hidden)].reset_index(drop=True)
    themes = themes.assign(name=[name_of.get(int(i)) for i in themes["theme_id"]])
    doc_themes = merged_doc_themes(tables.doc_themes, targets)
    doc_themes = doc_themes[~doc_themes["theme_id"].isin(hidden)].reset_index(drop=True)
    return dataclasses.replace(tables, themes=themes, doc_themes=doc_themes)


def theme_name(themes: pd.DataFrame, theme_id: int, *, n_terms: int = 3, separator: str = "، ") -> str:
    """A theme as text: the analyst's name, else its label (:func:`label_terms` of its terms by rank)."""
    rows = themes[themes["theme_id"] == theme_id]
    if "name" in rows and len(rows) and isinstance(rows["name"].iloc[0], str) and rows["name"].iloc[0]:
        return str(rows["name"].iloc[0])
    return separator.join(label_terms([str(t) for t in rows.sort_values("rank")["term"]], n_terms))


def label_terms(terms: list[str], n: int = 3) -> list[str]:
    """A theme's automatic label: its most distinctive phrases. ``terms`` are the theme's terms by rank
    (most distinctive first: :func:`analysis.aggregate.themes.term_scores`); each in turn gives way to
    the first of the theme's terms that holds all its words and more (``تنسيق`` → ``مركز تنسيق``,
    ``منظومة`` → ``منظومة الدفاع``), a term whose words a label term already holds is skipped, and the
    first ``n`` are the label: ``إدلب | تنسيق | الغارات | مركز تنسيق | … | محافظة إدلب`` is labelled
    ``محافظة إدلب، مركز تنسيق، الغارات`` where its first three terms said ``إدلب، تنسيق، الغارات``."""
    words = [frozenset(_normal_word(w) for w in term.split()) for term in terms]
    chosen: list[str] = []
    covered: set[str] = set()
    for i, own in enumerate(words):
        if not own or own <= covered:
            continue
        holder = next((j for j, other in enumerate(words) if own < other), i)
        if words[holder] <= covered:
            continue
        chosen.append(terms[holder])
        covered |= words[holder]
        if len(chosen) == n:
            break
    return chosen
