"""The names analysts give a corpus' themes, the themes they hide and merge, kept in the article store
(table ``theme_names``, created with the store's schema in :mod:`analysis.store.database`).

    names = ThemeNames(Store())
    names.save("seed", themes, pd.DataFrame({"theme_id": [1], "name": ["التقارب الروسي التركي"], "hidden": [False]}))
    names.stored("seed")          # theme_id, terms, name, hidden, merged_into: what match_names reads

A corpus is named by its store name, or ``path:<folder>`` for a corpus read from files
(:func:`corpus_key`). Each row keeps the top terms the theme had when it was named, so the name
follows the theme after a refit (:func:`analysis.aggregate.theme_names.match_names`).
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from analysis.aggregate.theme_names import STORED_COLUMNS, terms_key, top_terms
from analysis.store.database import MAX_NAME_CHARS, Store, StoreError, _frame


def corpus_key(kind: str, name: str, location: str) -> str:
    """How the table names a corpus: its store name, or ``path:<folder>``."""
    return f"path:{location}" if kind == "path" else name


class ThemeNames:
    def __init__(self, store: Store):
        self.store = store

    def stored(self, corpus: str) -> pd.DataFrame:
        """The corpus' stored names (:data:`analysis.aggregate.theme_names.STORED_COLUMNS`)."""
        with self.store._connect() as con:
            frame = _frame(
                con,
                "SELECT theme_id, terms, name, hidden, merged_into FROM theme_names WHERE corpus = ? ORDER BY theme_id",
                [corpus],
            )
        return frame[STORED_COLUMNS] if len(frame) else pd.DataFrame(columns=STORED_COLUMNS)

    def stamps(self) -> dict[str, str]:
        """``{corpus: stamp}`` of every corpus with names or an asked number of themes: a digest that
        changes with any name, hidden flag, merge, terms or count, for the dashboard to key its caches
        by (one query)."""
        with self.store._connect() as con:
            rows = con.execute(
                "SELECT coalesce(n.corpus, c.corpus), coalesce(n.rows, 0), coalesce(n.digest, 0), c.n_themes "
                "FROM (SELECT corpus, count(*) AS rows, "
                "      coalesce(bit_xor(hash(theme_id, terms, name, hidden, merged_into)), 0) AS digest "
                "      FROM theme_names GROUP BY corpus) n "
                "FULL OUTER JOIN theme_counts c ON n.corpus = c.corpus"
            ).fetchall()
        return {
            corpus: f"{count}-{digest:016x}" + (f"-k{n_themes}" if n_themes else "")
            for corpus, count, digest, n_themes in rows
        }

    def count(self, corpus: str) -> int | None:
        """The number of themes an analyst asked for the corpus, or None: the build's choice."""
        with self.store._connect() as con:
            rows = con.execute("SELECT n_themes FROM theme_counts WHERE corpus = ?", [corpus]).fetchall()
        return int(rows[0][0]) if rows else None

    def set_count(self, corpus: str, n_themes: int | None) -> None:
        """Ask for ``n_themes`` themes for the corpus (None: back to the build's choice)."""
        if n_themes is not None and not 1 <= int(n_themes) <= 200:
            raise StoreError(f"A corpus has from 1 to 200 themes, not {n_themes}.")
        with self.store._transaction() as con:
            con.execute("DELETE FROM theme_counts WHERE corpus = ?", [corpus])
            if n_themes is not None:
                con.execute("INSERT INTO theme_counts VALUES (?, ?, ?)", [corpus, int(n_themes), dt.datetime.now()])

    def save(self, corpus: str, themes: pd.DataFrame, names: pd.DataFrame) -> int:
        """Store ``names`` (``theme_id``, ``name``, ``hidden`` and optionally ``merged_into``) of the
        corpus' current ``themes`` table: a theme with a name, hidden, merged or merged into gets a
        row (with its top terms now), the others lose theirs. Returns the rows kept. A name longer
        than the store's limit, or a merge into a theme the table lacks or into itself, is refused."""
        now = dt.datetime.now()
        ids = {int(i) for i in themes["theme_id"]}
        merged_into = (
            {int(i): int(m) for i, m in zip(names["theme_id"], names["merged_into"]) if pd.notna(m)}
            if "merged_into" in names
            else {}
        )
        for theme, target in merged_into.items():
            if target == theme or target not in ids:
                raise StoreError(f"Theme {theme} cannot be merged into theme {target}.")
        targets = set(merged_into.values())
        rows = []
        for row in names.itertuples():
            name = row.name.strip() if isinstance(row.name, str) else ""
            if len(name) > MAX_NAME_CHARS:
                raise StoreError(f"A theme name has at most {MAX_NAME_CHARS} characters: {name[:40]}…")
            theme = int(row.theme_id)
            if name or bool(row.hidden) or theme in merged_into or theme in targets:
                terms = terms_key(top_terms(themes, theme))
                rows.append([corpus, theme, terms, name or None, bool(row.hidden), now, merged_into.get(theme)])
        with self.store._transaction() as con:
            con.execute("DELETE FROM theme_names WHERE corpus = ?", [corpus])
            if rows:
                con.executemany(
                    "INSERT INTO theme_names (corpus, theme_id, terms, name, hidden, updated, merged_into) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    rows,
                )
        return len(rows)
