"""Briefing packs kept in the article store (:mod:`analysis.store.briefings`), as pack items.

    briefings = Briefings(Store())
    add_item(briefings, "إدلب آذار", PackItem("top_actors", {"top_n": 10}, spec, corpus="seed"))
    pack, ids, damaged = read_pack(briefings.get("إدلب آذار"))

An item that the store keeps but that is no valid :class:`~analysis.briefing.pack.PackItem` (an
unknown chart, a reversed date range) is returned among ``damaged`` with the reason; it stays in the
store until removed.
"""

from __future__ import annotations

from analysis.briefing.pack import BriefingPack, PackItem
from analysis.store.briefings import Briefing, Briefings, DamagedItem


def add_item(briefings: Briefings, name: str, item: PackItem) -> int:
    """Store ``item`` (its chart, options, filters, language, title and corpus) in the briefing ``name``."""
    return briefings.add(name, item.to_record())


def read_pack(briefing: Briefing, *, default_title: str = "") -> tuple[BriefingPack, list[int], list[DamagedItem]]:
    """The pack a stored briefing describes, the store's id of each of its items (in order), and the
    items that could not be read, each with why."""
    items: list[PackItem] = []
    ids: list[int] = []
    damaged = list(briefing.damaged)
    for stored in briefing.items:
        try:
            items.append(PackItem.from_record(stored.record))
        except ValueError as error:
            damaged.append(DamagedItem(stored.item_id, str(stored.record), str(error)))
            continue
        ids.append(stored.item_id)
    damaged.sort(key=lambda d: d.item_id)
    pack = BriefingPack(title=briefing.title or default_title, items=items, notes=briefing.notes)
    return pack, ids, damaged
