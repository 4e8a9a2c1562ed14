"""Gazetteer: actors and regions with their aliases, types and mention counts (per alias); the
analyst's edits (a new alias, a new actor or region), stored by :mod:`analysis.store.overlay`.

An accepted edit changes the gazetteer version, which is part of every corpus cache key, so the
next run analyses the corpus again with it; a refused edit shows the overlay's message and
leaves the file as it was.
"""

from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st

from analysis.config import overlay_path
from analysis.extract.gazetteer import GazetteerError
from analysis.store.overlay import add_alias, add_entity
from analysis.viz.style import ENTITY_TYPE_NAMES
from dashboard import access, data, url
from dashboard.context import Context, context
from dashboard.i18n import code_label, current_lang, t
from dashboard.markup import esc, ltr, md_text, rtl_block
from dashboard.widgets import show_table


def entity_table(entities: pd.DataFrame, aliases: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    counts = mentions.groupby("entity_id").agg(mentions=("entity_id", "size"), articles=("doc_id", "nunique"))
    n_aliases = aliases.groupby("entity_id").size().rename("aliases")
    table = entities[["entity_id", "kind", "type", "name_en", "name_ar", "parent"]].set_index("entity_id")
    table = table.join(counts).join(n_aliases).fillna({"mentions": 0, "articles": 0, "aliases": 0, "parent": ""})
    table[["mentions", "articles", "aliases"]] = table[["mentions", "articles", "aliases"]].astype(int)
    return table.reset_index().sort_values(["mentions", "entity_id"], ascending=[False, True], ignore_index=True)


def alias_counts(entity_id: str, aliases: pd.DataFrame, mentions: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(the entity's aliases with the mentions each accounts for, the surfaces as written with counts).

    Each mention records the alias that matched it (``mentions.alias``), so ``لروسيا`` counts for
    the alias ``روسيا`` and ``انقره`` for ``أنقرة``.
    """
    own = aliases[aliases["entity_id"] == entity_id].copy()
    rows = mentions[mentions["entity_id"] == entity_id]
    surfaces = rows.groupby(["surface", "alias", "alias_kind"]).size().reset_index(name="mentions")
    per_alias = surfaces.groupby("alias")["mentions"].sum()
    own["mentions"] = [int(per_alias.get(a, 0)) for a in own["alias"]]
    surfaces = surfaces.sort_values(["mentions", "surface"], ascending=[False, True], ignore_index=True)
    return own.reset_index(drop=True), surfaces[["surface", "alias", "alias_kind", "mentions"]]


def entity_type_name(code: str) -> str:
    """An entity type (``alliance``) in the interface language (``تحالف``); a type the table
    does not name (one discovery guessed) as it is, its underscores spaces."""
    en, arabic = ENTITY_TYPE_NAMES.get(code, (str(code).replace("_", " "), ""))
    return arabic if current_lang() == "ar" and arabic else en


def _each_once(name, values) -> list:
    """``name(value)`` for each of ``values``, computed once per distinct value (a table of 9,600
    entities has a handful of kinds and types: naming each row again cost a second a run)."""
    names: dict[str, str] = {}
    out = []
    for value in values:
        if not isinstance(value, str):  # a missing value (NaN, None)
            out.append(name(value))
        elif value in names:
            out.append(names[value])
        else:
            out.append(names.setdefault(value, name(value)))
    return out


def for_reading(table: pd.DataFrame) -> pd.DataFrame:
    """Kinds, types and alias kinds named in the interface language (the CSV keeps the codes)."""
    shown = table.copy()
    if "kind" in shown:
        shown["kind"] = _each_once(partial(code_label, "kind"), shown["kind"])
    if "type" in shown:
        shown["type"] = _each_once(entity_type_name, shown["type"])
    if "alias_kind" in shown:
        shown["alias_kind"] = _each_once(partial(code_label, "aliaskind"), shown["alias_kind"])
    return shown


def pick_from_list() -> None:
    rows = st.session_state["gz_list"]["selection"]["rows"]
    ids = st.session_state.get("_gz_list_ids") or []
    if rows and rows[0] < len(ids):
        st.session_state["gz_entity"] = ids[rows[0]]


def _flash(kind: str, text: str) -> None:
    st.session_state["gz_flash"] = (kind, text)


def save_alias() -> None:
    """Form callback: the alias to the chosen entity; on success the entity opens with its aliases."""
    entity_id = st.session_state.get("gz_edit_entity")
    alias = st.session_state.get("gz_alias") or ""
    if not access.allow("edit_gazetteer", str(entity_id)):
        _flash("error", access.refusal("edit_gazetteer"))
        return
    try:
        add_alias(entity_id, alias, alias_kind=st.session_state.get("gz_alias_kind") or "alias",
                  data_dir=data.data_dir())  # fmt: skip
    except GazetteerError as error:
        _flash("error", t("gz_refused", error=error))
        return
    access.record("edit_gazetteer", str(entity_id), f"alias {alias.strip()}")
    data.forget_analyses()
    st.session_state["gz_alias"] = ""
    st.session_state["gz_kind"] = "all"
    st.session_state["gz_entity"] = entity_id
    _flash("success", t("gz_alias_added", alias=alias.strip(), entity=data.entity_name(entity_id)))


def _number(key: str) -> float | None:
    value = st.session_state.get(key)
    return None if value is None else float(value)


def save_entity() -> None:
    """Form callback: a new actor or region."""
    kind = st.session_state.get("gz_new_kind") or "actor"
    get = lambda key: (st.session_state.get(key) or "").strip()  # noqa: E731
    aliases = [line.strip() for line in get("gz_new_aliases").splitlines() if line.strip()]
    entity_id = get("gz_new_id")
    if not access.allow("edit_gazetteer", entity_id):
        _flash("error", access.refusal("edit_gazetteer"))
        return
    try:
        add_entity(
            entity_id, kind=kind, type=get("gz_new_type"), name_en=get("gz_new_name_en"),
            name_ar=get("gz_new_name_ar"), aliases=aliases, data_dir=data.data_dir(),
            affiliation=(get("gz_new_affiliation") or None) if kind == "actor" else None,
            parent=(get("gz_new_parent") or None) if kind == "region" else None,
            lat=_number("gz_new_lat") if kind == "region" else None,
            lon=_number("gz_new_lon") if kind == "region" else None,
        )  # fmt: skip
    except GazetteerError as error:
        _flash("error", t("gz_refused", error=error))
        return
    access.record("edit_gazetteer", entity_id, f"new {kind}")
    data.forget_analyses()
    for key in (
        "gz_new_id",
        "gz_new_name_en",
        "gz_new_name_ar",
        "gz_new_aliases",
        "gz_new_affiliation",
        "gz_new_parent",
    ):
        st.session_state[key] = ""
    st.session_state["gz_kind"] = "all"
    st.session_state["gz_entity"] = entity_id
    _flash("success", t("gz_entity_added", entity=data.entity_name(entity_id)))


#: The columns of the candidates table, in reading order.
DISCOVER_COLUMNS = ["name_ar", "kind", "type", "guess", "articles", "mentions", "keyness"]


def candidates_table(candidates: pd.DataFrame) -> pd.DataFrame:
    """The candidates as the page lists them: the guessed affiliation (actor) or parent (region) in one column."""
    guess = [(a if k == "actor" else p) or "" for a, p, k in
             zip(candidates["affiliation"], candidates["parent"], candidates["kind"])]  # fmt: skip
    return candidates.assign(guess=guess)[DISCOVER_COLUMNS].reset_index(drop=True)


def adopt(candidate: dict, entity_ids: set[str]) -> None:
    """Button callback: the add-entity form below, filled from ``candidate`` (a row of the discovery table)."""
    kind = candidate["kind"]
    aliases = [a for a in candidate["aliases"] if a.strip() != candidate["name_ar"]]
    st.session_state["gz_new_kind"] = kind
    st.session_state["gz_new_id"] = _free_id(candidate["entity_id"], entity_ids)
    st.session_state["gz_new_type"] = candidate["type"]
    st.session_state["gz_new_name_en"] = candidate["name_en"]
    st.session_state["gz_new_name_ar"] = candidate["name_ar"]
    st.session_state["gz_new_aliases"] = "\n".join(aliases)
    guess = candidate["affiliation"] if kind == "actor" else candidate["parent"]
    known = guess if guess in entity_ids else ""
    st.session_state["gz_new_affiliation" if kind == "actor" else "gz_new_parent"] = known
    _flash("info", t("gz_disc_prefilled", name=candidate["name_ar"]))


def _free_id(wanted: str, taken: set[str]) -> str:
    candidate, n = wanted, 2
    while candidate in taken:
        candidate, n = f"{wanted}_{n}", n + 1
    return candidate


def evidence_html(evidence, params: dict) -> str:
    """The candidate's sentences, escaped (article text is data), each linked to its article."""
    from dashboard.markup import article_href, link

    items = "".join(
        f"<li>{rtl_block(esc(text), element='span')} {link(article_href(doc_id, params), doc_id)}</li>"
        for doc_id, _, text in evidence
    )
    return f'<ul class="discover-evidence">{items}</ul>'


def discover_section(ctx: Context) -> None:
    """Names the corpus uses that the gazetteer does not know; one click fills the add-entity form."""
    st.subheader(t("gz_discover"), anchor="discover")
    st.caption(t("gz_discover_why"))
    candidates = data.discovery(ctx.corpus)
    if candidates.empty:
        st.info(t("gz_discover_none"), icon=":material/check_circle:")
        return
    shown = candidates_table(candidates)
    with st.container(key="gazetteer_discover"):
        show_table(for_reading(shown), "discover", key="gz_disc_list", csv_table=candidates.drop(columns="evidence"),
                   height=min(320, 40 + 35 * len(shown)))  # fmt: skip
    # Options are the candidates' own keys, not positions: after an adoption the list shifts.
    top = candidates.head(200)
    keys = [f"{kind}|{name}" for kind, name in zip(top["kind"], top["name_ar"])]
    labels = {key: f"{name} · {n}" for key, name, n in zip(keys, top["name_ar"], top["articles"])}
    if st.session_state.get("gz_disc_pick") not in labels:
        st.session_state.pop("gz_disc_pick", None)
    pick = st.selectbox(t("gz_disc_pick"), keys, key="gz_disc_pick", format_func=labels.get, placeholder=t("choose"))
    if pick is None:
        return
    row = top.iloc[keys.index(pick)].to_dict()
    with st.container(key="gazetteer_discover_evidence"):
        st.html(evidence_html(row["evidence"], ctx.params))
    if access.current().may("edit_gazetteer"):
        st.button(t("gz_disc_adopt", name=row["name_ar"]), key="gz_disc_adopt", icon=":material/add_task:",
                  on_click=adopt, args=(row, set(data.gazetteer_tables()[0]["entity_id"])))  # fmt: skip


def edit_section(ctx: Context) -> None:
    """Add an alias to an entity, or a new actor or region."""
    st.subheader(t("gz_edit"), anchor="edit")
    st.caption(md_text(t("gz_edit_why", file=ltr(overlay_path(data.data_dir())))))
    kind, text = st.session_state.pop("gz_flash", (None, None))
    if kind == "success":
        st.success(md_text(text), icon=":material/check_circle:")
    elif kind == "error":
        st.error(md_text(text), icon=":material/error:")
    elif kind == "info":
        st.info(md_text(text), icon=":material/edit_note:")
    if not access.current().may("edit_gazetteer"):
        st.caption(access.refusal("edit_gazetteer", tried=False))
        return
    entities = data.gazetteer_tables()[0].sort_values(["kind", "entity_id"])
    left, right = st.columns(2, gap="large")
    with left, st.form("gz_alias_form"):
        st.markdown(f"**{t('gz_add_alias')}**")
        st.selectbox(
            t("gz_entity"),
            list(entities["entity_id"]),
            key="gz_edit_entity",
            format_func=data.entity_labeller(ctx.lang),
            placeholder=t("choose"),
        )
        st.text_input(t("gz_alias"), key="gz_alias", max_chars=120)
        st.radio(t("gz_alias_kind"), ["alias", "adjective", "metonym"], key="gz_alias_kind", horizontal=True,
                 format_func=lambda k: t(f"alias_kind_{k}"))  # fmt: skip
        st.form_submit_button(t("gz_add_alias"), on_click=save_alias, icon=":material/add:")
    with right:
        st.markdown(f"**{t('gz_add_entity')}**")
        new_kind = st.segmented_control(
            t("gz_new_kind"), ["actor", "region"], key="gz_new_kind", default="actor",
            format_func=lambda k: t(f"kind_{k}"),
        ) or "actor"  # fmt: skip
        types = sorted(
            {str(x) for x in data.gazetteer_tables()[0].loc[data.gazetteer_tables()[0]["kind"] == new_kind, "type"]}
        )
        wanted = st.session_state.get("gz_new_type")
        if wanted and wanted not in types:  # a type guessed by discovery (camp, crossing, party…)
            types.append(wanted)
        with st.form("gz_entity_form"):
            st.text_input(t("gz_new_id"), key="gz_new_id", max_chars=60, placeholder="wagner")
            st.selectbox(
                t("gz_new_type"), types, key="gz_new_type", format_func=entity_type_name, placeholder=t("choose")
            )
            first, second = st.columns(2)
            first.text_input(t("gz_new_name_en"), key="gz_new_name_en")
            second.text_input(t("gz_new_name_ar"), key="gz_new_name_ar")
            st.text_area(t("gz_new_aliases"), key="gz_new_aliases", height=90)
            if new_kind == "actor":
                st.text_input(t("gz_new_affiliation"), key="gz_new_affiliation")
            else:
                st.text_input(t("gz_new_parent"), key="gz_new_parent")
                first, second = st.columns(2)
                first.number_input(t("gz_new_lat"), -90.0, 90.0, value=None, key="gz_new_lat", format="%.4f")
                second.number_input(t("gz_new_lon"), -180.0, 180.0, value=None, key="gz_new_lon", format="%.4f")
            st.form_submit_button(t("gz_add_entity"), on_click=save_entity, icon=":material/add:")


def main() -> None:
    ctx = context()
    st.title(t("page_gazetteer"), anchor="gazetteer")
    st.caption(t("gz_why"))
    url.page_choice("gz_kind", "gz_kind", ["all", "actor", "region"], "all", label=t("gz_kind"))
    kind = st.segmented_control(
        t("gz_kind"), ["all", "actor", "region"], key="gz_kind",
        format_func=lambda k: t("gz_all") if k == "all" else t(f"kind_{k}"),
    ) or "all"  # fmt: skip
    table = entity_table(data.gazetteer_tables()[0], ctx.aliases, ctx.view.mentions)
    if kind != "all":
        table = table[table["kind"] == kind].reset_index(drop=True)
    st.subheader(t("gz_entities"), anchor="entities")
    st.session_state["_gz_list_ids"] = list(table["entity_id"])
    with st.container(key="gazetteer_entities"):
        show_table(for_reading(table), f"gazetteer-{kind}", key="gz_list", csv_table=table, on_select=pick_from_list,
                   selection_mode="single-row", height=360)  # fmt: skip

    st.subheader(t("gz_aliases"), anchor="aliases")
    ids = list(table["entity_id"])
    if st.session_state.get("gz_entity") not in ids:
        st.session_state.pop("gz_entity", None)
    entity_id = st.selectbox(
        t("gz_entity"),
        ids,
        key="gz_entity",
        format_func=data.entity_labeller(ctx.lang),
        placeholder=t("choose"),
    )
    if entity_id:
        own, surfaces = alias_counts(entity_id, ctx.aliases, ctx.view.mentions)
        left, right = st.columns(2)
        with left, st.container(key="gazetteer_aliases"):
            show_table(for_reading(own), f"gazetteer-{entity_id}-aliases", key="gz_aliases", csv_table=own)
        with right, st.container(key="gazetteer_surfaces"):
            show_table(for_reading(surfaces), f"gazetteer-{entity_id}-surfaces", key="gz_surfaces", csv_table=surfaces)

    discover_section(ctx)
    edit_section(ctx)


main()
