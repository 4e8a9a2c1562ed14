"""Gazetteer: actors and regions with their aliases, types and mention counts (per alias)."""

from __future__ import annotations

import re

import pandas as pd
import streamlit as st

from analysis.gazetteer import alias_key
from dashboard import state
from dashboard.i18n import t
from dashboard.widgets import show_table

_PROCLITICS = re.compile("^(?:[وف]?(?:[بلك]?ال|لل|[بلك])?)")


def entity_table(entities: pd.DataFrame, aliases: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    counts = mentions.groupby("entity_id").agg(mentions=("entity_id", "size"), articles=("doc_id", "nunique"))
    n_aliases = aliases.groupby("entity_id").size().rename("aliases")
    table = entities[["entity_id", "kind", "type", "name_en", "name_ar", "parent"]].set_index("entity_id")
    table = table.join(counts).join(n_aliases).fillna({"mentions": 0, "articles": 0, "aliases": 0, "parent": ""})
    table[["mentions", "articles", "aliases"]] = table[["mentions", "articles", "aliases"]].astype(int)
    return table.reset_index().sort_values(["mentions", "entity_id"], ascending=[False, True], ignore_index=True)


def alias_counts(entity_id: str, aliases: pd.DataFrame, mentions: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(the entity's aliases with the mentions each accounts for, the surfaces as written with counts).

    A surface is attributed to the alias with the same matching form (:func:`alias_key`),
    first as written, then without proclitics (``لروسيا`` → ``روسيا``).
    """
    own = aliases[aliases["entity_id"] == entity_id].copy()
    keys = {alias_key(a): a for a in own["alias"]}
    rows = mentions[mentions["entity_id"] == entity_id]
    surfaces = rows.groupby(["surface", "alias_kind"]).size().reset_index(name="mentions")

    def alias_of(surface: str) -> str:
        key = alias_key(surface)
        if key in keys:
            return keys[key]
        stripped = _PROCLITICS.sub("", key, count=1)
        return keys.get(stripped) or keys.get("ال" + stripped, "")

    surfaces["alias"] = [alias_of(s) for s in surfaces["surface"]]
    per_alias = surfaces.groupby("alias")["mentions"].sum()
    own["mentions"] = [int(per_alias.get(a, 0)) for a in own["alias"]]
    surfaces = surfaces.sort_values(["mentions", "surface"], ascending=[False, True], ignore_index=True)
    return own.reset_index(drop=True), surfaces[["surface", "alias", "alias_kind", "mentions"]]


def pick_from_list() -> None:
    rows = st.session_state["gz_list"]["selection"]["rows"]
    ids = st.session_state.get("_gz_list_ids") or []
    if rows and rows[0] < len(ids):
        st.session_state["gz_entity"] = ids[rows[0]]


def main() -> None:
    ctx = state.context()
    st.title(t("page_gazetteer"), anchor="gazetteer")
    st.caption(t("gz_why"))
    kind = st.segmented_control(
        t("gz_kind"), ["all", "actor", "region"], key="gz_kind", default="all",
        format_func=lambda k: t("gz_all") if k == "all" else t(f"kind_{k}"),
    ) or "all"  # fmt: skip
    table = entity_table(ctx.entities, ctx.aliases, ctx.view.mentions)
    if kind != "all":
        table = table[table["kind"] == kind].reset_index(drop=True)
    st.subheader(t("gz_entities"), anchor="entities")
    st.session_state["_gz_list_ids"] = list(table["entity_id"])
    show_table(table, f"gazetteer-{kind}", key="gz_list", on_select=pick_from_list, selection_mode="single-row",
               height=360)  # fmt: skip

    st.subheader(t("gz_aliases"), anchor="aliases")
    ids = list(table["entity_id"])
    if st.session_state.get("gz_entity") not in ids:
        st.session_state.pop("gz_entity", None)
    entity_id = st.selectbox(t("gz_entity"), ids, key="gz_entity", format_func=state.entity_name)
    if entity_id:
        own, surfaces = alias_counts(entity_id, ctx.aliases, ctx.view.mentions)
        left, right = st.columns(2)
        with left, st.container(key="gazetteer_aliases"):
            show_table(own, f"gazetteer-{entity_id}-aliases", key="gz_aliases")
        with right, st.container(key="gazetteer_surfaces"):
            show_table(surfaces, f"gazetteer-{entity_id}-surfaces", key="gz_surfaces")


main()
