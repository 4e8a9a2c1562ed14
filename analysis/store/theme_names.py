"""The names analysts give a corpus' themes, and the themes they hide, kept in the article store
(table ``theme_names``, created with the store's schema in :mod:`analysis.store.database`).

    names = ThemeNames(Store())
    names.save("seed", themes, pd.DataFrame({"theme_id": [1], "name": ["التقارب الروسي التركي"], "hidden": [False]}))
    names.stored("seed")          # theme_id, terms, name, hidden: what match_names reads

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
                "SELECT theme_id, terms, name, hidden FROM theme_names WHERE corpus = ? ORDER BY theme_id",
                [corpus],
            )
        return frame[STORED_COLUMNS] if len(frame) else pd.DataFrame(columns=STORED_COLUMNS)

    def stamps(self) -> dict[str, str]:
        """``{corpus: stamp}`` of every corpus with names: a digest that changes with any name,
        hidden flag or terms, for the dashboard to key its caches by (one query)."""
        with self.store._connect() as con:
            rows = con.execute(
                "SELECT corpus, count(*), coalesce(bit_xor(hash(theme_id, terms, name, hidden)), 0) "
                "FROM theme_names GROUP BY corpus"
            ).fetchall()
        return {corpus: f"{count}-{digest:016x}" for corpus, count, digest in rows}

    def save(self, corpus: str, themes: pd.DataFrame, names: pd.DataFrame) -> int:
        """Store ``names`` (``theme_id``, ``name``, ``hidden``) of the corpus' current ``themes``
        table: a theme with a name or hidden gets a row (with its top terms now), the others lose
        theirs. Returns the rows kept. A name longer than the store's limit is refused."""
        now = dt.datetime.now()
        rows = []
        for row in names.itertuples():
            name = row.name.strip() if isinstance(row.name, str) else ""
            if len(name) > MAX_NAME_CHARS:
                raise StoreError(f"A theme name has at most {MAX_NAME_CHARS} characters: {name[:40]}…")
            if name or bool(row.hidden):
                terms = terms_key(top_terms(themes, int(row.theme_id)))
                rows.append([corpus, int(row.theme_id), terms, name or None, bool(row.hidden), now])
        with self.store._transaction() as con:
            con.execute("DELETE FROM theme_names WHERE corpus = ?", [corpus])
            if rows:
                con.executemany("INSERT INTO theme_names VALUES (?, ?, ?, ?, ?, ?)", rows)
        return len(rows)
