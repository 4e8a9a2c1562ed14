"""Briefings kept in the article store under a name, so a reload, or a colleague given the link
``/briefing?brief=<name>``, finds the same pack.

    briefings = Briefings(Store())
    briefings.create("إدلب آذار")                        # refuses a name already taken
    item_id = briefings.add("إدلب آذار", {"chart": "top_actors", "corpus": "seed", ...})
    briefing = briefings.get("إدلب آذار")               # Briefing: title, notes, items, damaged
    briefings.describe("إدلب آذار", title="…", notes="…")
    briefings.remove("إدلب آذار", item_id); briefings.delete("إدلب آذار", confirm="إدلب آذار")

An item is a JSON object (what :meth:`analysis.briefing.PackItem.to_record` writes: the chart, its
options, its filters and its corpus); this layer keeps it as written and knows nothing of charts.
An item that cannot be read back (a damaged row, written by hand or by an older version) is listed
in :attr:`Briefing.damaged` with the reason, and stays stored: nothing is dropped until the analyst
removes it. Tables ``briefings`` and ``briefing_items`` are created with the store's schema
(:mod:`analysis.store.database`); every change is one transaction, and a store held by another
process raises :class:`~analysis.store.database.StoreBusy` as every other action does.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

import pandas as pd

from analysis.store.database import MAX_NAME_CHARS, Store, StoreError, _run

BRIEFING_COLUMNS = ["name", "title", "items", "created", "updated"]


class BriefingError(StoreError):
    """A briefing action was refused (unknown name, name taken, an item that is no JSON object)."""


@dataclass
class StoredItem:
    item_id: int
    record: dict
    added: dt.datetime


@dataclass
class DamagedItem:
    """A stored item that is not a JSON object: its id, the text as stored, and why."""

    item_id: int
    raw: str
    error: str


@dataclass
class Briefing:
    name: str
    title: str = ""
    notes: str = ""
    items: list[StoredItem] = field(default_factory=list)
    damaged: list[DamagedItem] = field(default_factory=list)


def clean_name(name) -> str:
    """A briefing name with runs of white space collapsed; refuses an empty or overlong one."""
    cleaned = " ".join(str(name or "").split())
    if not cleaned:
        raise BriefingError("A briefing needs a name.")
    if len(cleaned) > MAX_NAME_CHARS:
        raise BriefingError(f"A briefing name has at most {MAX_NAME_CHARS} characters.")
    return cleaned


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class Briefings:
    """The briefings of one article store; see the module docstring."""

    def __init__(self, store: Store):
        self.store = store

    def listing(self) -> pd.DataFrame:
        """One row per briefing, the most recently changed first: :data:`BRIEFING_COLUMNS`."""
        with self.store._connect() as con:
            frame = con.execute(
                """SELECT b.name, b.title, count(i.item_id) AS items, b.created, b.updated
                   FROM briefings b LEFT JOIN briefing_items i USING (briefing_id)
                   GROUP BY b.briefing_id, b.name, b.title, b.created, b.updated
                   ORDER BY b.updated DESC, b.briefing_id DESC"""
            ).df()
        return frame.reindex(columns=BRIEFING_COLUMNS)

    def names(self) -> list[str]:
        return [str(n) for n in self.listing()["name"]]

    def exists(self, name: str) -> bool:
        with self.store._connect() as con:
            return self._find(con, name) is not None

    def create(self, name: str, *, title: str = "", notes: str = "") -> str:
        """A new, empty briefing; returns its (cleaned) name. A name already taken is refused."""
        name = clean_name(name)
        with self.store._transaction() as con:
            if self._find(con, name) is not None:
                raise BriefingError(f"A briefing named {name!r} already exists; open it, or choose another name.")
            briefing_id = con.execute("SELECT coalesce(max(briefing_id), 0) + 1 FROM briefings").fetchall()[0][0]
            now = _now()
            _run(con, "INSERT INTO briefings VALUES (?, ?, ?, ?, ?, ?)", [briefing_id, name, title, notes, now, now])
        return name

    def get(self, name: str) -> Briefing:
        """The briefing ``name`` with its items in the order they were added (damaged ones apart)."""
        with self.store._connect() as con:
            briefing_id = self._id(con, name)
            title, notes = con.execute(
                "SELECT title, notes FROM briefings WHERE briefing_id = ?", [briefing_id]
            ).fetchall()[0]
            rows = con.execute(
                "SELECT item_id, item, added FROM briefing_items WHERE briefing_id = ? ORDER BY item_id",
                [briefing_id],
            ).fetchall()
        briefing = Briefing(name, title, notes)
        for item_id, raw, added in rows:
            try:
                record = json.loads(raw)
            except ValueError as error:
                briefing.damaged.append(DamagedItem(int(item_id), raw, f"not JSON: {error}"))
                continue
            if isinstance(record, dict):
                briefing.items.append(StoredItem(int(item_id), record, added))
            else:
                briefing.damaged.append(
                    DamagedItem(int(item_id), raw, f"a JSON {type(record).__name__}, not an object")
                )
        return briefing

    def add(self, name: str, record: dict) -> int:
        """Append an item (a JSON object) to the briefing ``name``; returns its id."""
        if not isinstance(record, dict):
            raise BriefingError(f"A briefing item is an object (chart, options, filters, corpus), not {record!r}.")
        try:
            raw = json.dumps(record, ensure_ascii=False, sort_keys=True)
        except (TypeError, ValueError) as error:
            raise BriefingError(f"This item cannot be stored: {error}.") from None
        with self.store._transaction() as con:
            briefing_id = self._id(con, name)
            item_id = con.execute(
                "SELECT coalesce(max(item_id), 0) + 1 FROM briefing_items WHERE briefing_id = ?", [briefing_id]
            ).fetchall()[0][0]
            _run(con, "INSERT INTO briefing_items VALUES (?, ?, ?, ?)", [briefing_id, item_id, _now(), raw])
            self._touch(con, briefing_id)
        return int(item_id)

    def remove(self, name: str, item_id: int) -> None:
        """Remove one item (a damaged one too); an id the briefing does not have is refused."""
        with self.store._transaction() as con:
            briefing_id = self._id(con, name)
            found = con.execute(
                "SELECT count(*) FROM briefing_items WHERE briefing_id = ? AND item_id = ?", [briefing_id, item_id]
            ).fetchall()[0][0]
            if not found:
                raise BriefingError(f"The briefing {name!r} has no item {item_id}.")
            _run(con, "DELETE FROM briefing_items WHERE briefing_id = ? AND item_id = ?", [briefing_id, item_id])
            self._touch(con, briefing_id)

    def clear(self, name: str) -> int:
        """Remove every item; returns how many there were."""
        with self.store._transaction() as con:
            briefing_id = self._id(con, name)
            count = con.execute("SELECT count(*) FROM briefing_items WHERE briefing_id = ?", [briefing_id]).fetchall()[
                0
            ][0]
            _run(con, "DELETE FROM briefing_items WHERE briefing_id = ?", [briefing_id])
            self._touch(con, briefing_id)
        return int(count)

    def describe(self, name: str, *, title: str | None = None, notes: str | None = None) -> None:
        """Set the title and/or the notes the pack is built with."""
        with self.store._transaction() as con:
            briefing_id = self._id(con, name)
            if title is not None:
                _run(con, "UPDATE briefings SET title = ? WHERE briefing_id = ?", [title, briefing_id])
            if notes is not None:
                _run(con, "UPDATE briefings SET notes = ? WHERE briefing_id = ?", [notes, briefing_id])
            self._touch(con, briefing_id)

    def rename(self, old: str, new: str) -> str:
        new = clean_name(new)
        with self.store._transaction() as con:
            briefing_id = self._id(con, old)
            if new != old and self._find(con, new) is not None:
                raise BriefingError(f"A briefing named {new!r} already exists; choose another name.")
            _run(con, "UPDATE briefings SET name = ? WHERE briefing_id = ?", [new, briefing_id])
        return new

    def delete(self, name: str, *, confirm: str) -> int:
        """Delete a briefing and its items (``confirm`` repeats its name); returns the items deleted."""
        if confirm != name:
            raise BriefingError(f"To delete the briefing {name!r}, confirm by giving its name exactly.")
        with self.store._transaction() as con:
            briefing_id = self._id(con, name)
            count = con.execute("SELECT count(*) FROM briefing_items WHERE briefing_id = ?", [briefing_id]).fetchall()[
                0
            ][0]
            _run(con, "DELETE FROM briefing_items WHERE briefing_id = ?", [briefing_id])
            _run(con, "DELETE FROM briefings WHERE briefing_id = ?", [briefing_id])
        return int(count)

    # --- helpers -------------------------------------------------------------------------

    def _find(self, con, name: str) -> int | None:
        row = next(iter(con.execute("SELECT briefing_id FROM briefings WHERE name = ?", [name]).fetchall()), None)
        return None if row is None else int(row[0])

    def _id(self, con, name: str) -> int:
        briefing_id = self._find(con, name)
        if briefing_id is None:
            raise BriefingError(f"There is no briefing named {name!r}.")
        return briefing_id

    def _touch(self, con, briefing_id: int) -> None:
        _run(con, "UPDATE briefings SET updated = ? WHERE briefing_id = ?", [_now(), briefing_id])
