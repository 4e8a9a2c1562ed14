"""How the mention finder reads one name of a sentence, for the reading tests of tests/analysis/extract (capitals as
governments, place words, names of things and persons ...): each mention's entity and how its alias counted."""

from __future__ import annotations

from analysis.extract.gazetteer import Gazetteer
from analysis.extract.mentions import find_mentions


def readings(text: str, gazetteer: Gazetteer, alias: str) -> list[tuple[str, str]]:
    """``(entity_id, alias_kind)`` of each mention of ``text`` matched by ``alias``, the name as the data writes it:
    ``readings("وأعلنت دمشق رفضها للاتفاق", g, "دمشق") == [("syria_regime", "metonym")]``."""
    return [(m.entity_id, m.alias_kind) for m in find_mentions(text, gazetteer) if m.alias == alias]


def read_surface(text: str, gazetteer: Gazetteer, surface: str) -> list[tuple[str, str]]:
    """``(entity_id, alias_kind)`` of each mention of ``text`` whose ``surface``, as the text writes it, is
    ``surface`` (with its proclitics and marks: ``"تدمُر"``, ``"لقاهرة"``)."""
    return [(m.entity_id, m.alias_kind) for m in find_mentions(text, gazetteer) if m.surface == surface]
