"""The places the (selected) articles name, with where they are and how often they are named.

A *place* is any gazetteer entity with coordinates: every region, and the actors that carry
``lat``/``lon`` (states and territories of the world gazetteer). Its *country* is the entity
table's ``country`` column (:meth:`analysis.extract.gazetteer.Gazetteer.country_of`: the place
itself when it is a country, else the first country up its ``parent`` chain); a table without
that column gets the same from :func:`country_of`. ``سراقب`` → Idlib → North-west Syria →
Northern Syria → Syria: country ``syria``.

    places = places_table(tables.mentions, entities)
"""

from __future__ import annotations

import pandas as pd

PLACE_COLUMNS = ["entity_id", "name_ar", "name_en", "kind", "type", "lat", "lon", "country", "articles", "mentions"]


def _present(value) -> bool:
    return value is not None and not (isinstance(value, float) and pd.isna(value)) and str(value) != ""


#: What a country is (as :data:`analysis.extract.gazetteer.COUNTRY_TYPES`): kind → types.
COUNTRY_TYPES = {"actor": ("state", "territory"), "region": ("country",)}


def is_country(row: dict) -> bool:
    """A region of type country, or a state (or territory) actor."""
    return row.get("type") in COUNTRY_TYPES.get(str(row.get("kind")), ())


def country_of(entities: pd.DataFrame) -> dict[str, str | None]:
    """entity_id → the entity itself when it is a country, else the first country up its parent
    chain, or None (for entity tables without a ``country`` column)."""
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
                break
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
    if "country" in entities.columns:
        given = entities["country"]
        countries = {str(e): (str(c) if _present(c) else None) for e, c in zip(entities["entity_id"], given)}
    else:
        countries = country_of(entities)
    places = places.astype({"lat": float, "lon": float, "articles": int, "mentions": int})
    places["country"] = pd.Series([countries.get(e) for e in places["entity_id"]], index=places.index, dtype=object)
    places = places.sort_values(["articles", "mentions", "entity_id"], ascending=[False, False, True])
    return places[PLACE_COLUMNS].reset_index(drop=True)
