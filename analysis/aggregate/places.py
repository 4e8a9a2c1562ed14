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

from analysis.extract.gazetteer import COUNTRY_TYPES

PLACE_COLUMNS = ["entity_id", "name_ar", "name_en", "kind", "type", "lat", "lon", "country", "articles", "mentions"]


def _present(value) -> bool:
    return value is not None and not (isinstance(value, float) and pd.isna(value)) and str(value) != ""


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


def _countries(entities: pd.DataFrame) -> dict[str, str | None]:
    """entity_id → its country: the entity table's ``country`` column, else :func:`country_of`."""
    if "country" not in entities.columns:
        return country_of(entities)
    return {str(e): (str(c) if _present(c) else None) for e, c in zip(entities["entity_id"], entities["country"])}


def places_table(mentions: pd.DataFrame, entities: pd.DataFrame) -> pd.DataFrame:
    """One row per place named in ``mentions``: :data:`PLACE_COLUMNS`, most articles first.

    ``articles`` counts distinct ``doc_id``; ``mentions`` counts rows. Ties: more mentions,
    then the id. Entities without coordinates (most actors) are not places and are left out.
    """
    if mentions.empty or entities is None or entities.empty:
        return pd.DataFrame(columns=PLACE_COLUMNS)
    counts = (
        mentions.groupby("entity_id").agg(articles=("doc_id", "nunique"), mentions=("doc_id", "size")).reset_index()
    )
    return counted_places(counts, entities)


def counted_places(counts: pd.DataFrame, entities: pd.DataFrame) -> pd.DataFrame:
    """:func:`places_table` of counts already made (a query's over a build too large to load):
    ``counts`` has entity_id, articles, mentions; the entities without coordinates are left out."""
    if counts.empty or entities is None or entities.empty:
        return pd.DataFrame(columns=PLACE_COLUMNS)
    located = entities[entities["lat"].notna() & entities["lon"].notna()]
    counts = counts[["entity_id", "articles", "mentions"]].astype({"entity_id": str})
    places = located.astype({"entity_id": str}).merge(counts, on="entity_id", how="inner")
    if places.empty:
        return pd.DataFrame(columns=PLACE_COLUMNS)
    countries = _countries(entities)
    places = places.astype({"lat": float, "lon": float, "articles": int, "mentions": int})
    places["country"] = pd.Series([countries.get(e) for e in places["entity_id"]], index=places.index, dtype=object)
    places = places.sort_values(["articles", "mentions", "entity_id"], ascending=[False, False, True])
    return places[PLACE_COLUMNS].reset_index(drop=True)


COUNTRY_COLUMNS = ["country", "articles", "mentions", "places", "own_mentions"]


def entity_countries(entities: pd.DataFrame) -> pd.DataFrame:
    """entity_id, country: every entity of ``entities`` in a country (:func:`countries_table`'s
    roll-up, for a query to count by: :meth:`analysis.store.build_queries.BuildQueries.group_counts`)."""
    countries = _countries(entities)
    pairs = [(e, c) for e, c in countries.items() if c]
    return pd.DataFrame(pairs, columns=["entity_id", "country"])


def countries_table(mentions: pd.DataFrame, entities: pd.DataFrame) -> pd.DataFrame:
    """The per-country roll-up: one row per country named itself or through a place inside it.

    ``articles``: distinct articles naming the country or any place in it (``شمال سوريا`` and
    ``إدلب`` count for Syria); ``mentions``: all those mentions; ``places``: distinct entities
    counted (the country included); ``own_mentions``: the mentions of the country itself. Most
    articles first. Entities in no country (international bodies, seas) are left out.
    """
    if mentions.empty or entities is None or entities.empty:
        return pd.DataFrame(columns=COUNTRY_COLUMNS)
    countries = _countries(entities)
    rows = mentions.assign(country=[countries.get(str(e)) for e in mentions["entity_id"]])
    rows = rows[rows["country"].notna()]
    if rows.empty:
        return pd.DataFrame(columns=COUNTRY_COLUMNS)
    rows = rows.assign(own=rows["entity_id"].astype(str) == rows["country"])
    table = (
        rows.groupby("country")
        .agg(articles=("doc_id", "nunique"), mentions=("doc_id", "size"), places=("entity_id", "nunique"),
             own_mentions=("own", "sum"))
        .reset_index()
        .astype({"articles": int, "mentions": int, "places": int, "own_mentions": int})
    )  # fmt: skip
    table = table.sort_values(["articles", "mentions", "country"], ascending=[False, False, True])
    return table[COUNTRY_COLUMNS].reset_index(drop=True)
