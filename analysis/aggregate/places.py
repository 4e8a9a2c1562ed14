"""The places the (selected) articles name, with where they are and how often they are named.

A *place* is any gazetteer entity with coordinates: every region, and the actors that carry
``lat``/``lon`` (states, once the world gazetteer gives them a point). Its *country* is the
topmost country on its ``parent`` chain, the place itself included: a region of type
``country``, or an actor with an ``iso`` code (or of type ``state`` when the gazetteer has no
``iso`` column). ``سراقب`` → Idlib → North-west Syria → Northern Syria → Syria: country ``syria``.

    places = places_table(tables.mentions, entities)
"""

from __future__ import annotations

import pandas as pd

PLACE_COLUMNS = ["entity_id", "name_ar", "name_en", "kind", "type", "lat", "lon", "country", "articles", "mentions"]


def _present(value) -> bool:
    return value is not None and not (isinstance(value, float) and pd.isna(value)) and str(value) != ""


def is_country(row: dict) -> bool:
    """A region of type country, or a state actor (an actor with an ``iso`` code, when the table has one)."""
    if row.get("kind") == "region":
        return row.get("type") == "country"
    if "iso" in row:
        return _present(row.get("iso"))
    return row.get("type") == "state"


def country_of(entities: pd.DataFrame) -> dict[str, str | None]:
    """entity_id → the id of the topmost country on its parent chain (itself included), or None."""
    rows = {str(r["entity_id"]): r for r in entities.to_dict("records")}
    out: dict[str, str | None] = {}
    for start in rows:
        found: str | None = None
        node: str | None = start
        seen: set[str] = set()
        while node in rows and node not in seen:  # the gazetteer refuses cycles; stay safe anyway
            seen.add(node)
            if is_country(rows[node]):
                found = node
            parent = rows[node].get("parent")
            node = str(parent) if _present(parent) else None
        out[start] = found
    return out


def places_table(mentions: pd.DataFrame, entities: pd.DataFrame) -> pd.DataFrame:
    """One row per place named in ``mentions``: :data:`PLACE_COLUMNS`, most articles first.

    ``articles`` counts distinct ``doc_id``; ``mentions`` counts rows. Ties: more mentions,
    then the id. Entities without coordinates (most actors) are not places and are left out.
    """
    if mentions.empty or entities is None or entities.empty:
        return pd.DataFrame(columns=PLACE_COLUMNS)
    located = entities[entities["lat"].notna() & entities["lon"].notna()]
    counts = (
        mentions.groupby("entity_id")
        .agg(articles=("doc_id", "nunique"), mentions=("doc_id", "size"))
        .reset_index()
        .astype({"entity_id": str})
    )
    places = located.astype({"entity_id": str}).merge(counts, on="entity_id", how="inner")
    if places.empty:
        return pd.DataFrame(columns=PLACE_COLUMNS)
    countries = country_of(entities)
    places = places.astype({"lat": float, "lon": float, "articles": int, "mentions": int})
    places["country"] = pd.Series([countries.get(e) for e in places["entity_id"]], index=places.index, dtype=object)
    places = places.sort_values(["articles", "mentions", "entity_id"], ascending=[False, False, True])
    return places[PLACE_COLUMNS].reset_index(drop=True)
