"""Briefing: the charts an analyst picked on other pages, kept in the article store under a
briefing name (``/briefing?brief=<name>`` opens it), built into a PDF and a PowerPoint, each chart
from the corpus and with the filters it was added with; a chart of a build too large to load as it
was drawn when added (:class:`~analysis.briefing.snapshot.Snapshot`)."""

from __future__ import annotations

import dataclasses

import streamlit as st

from analysis.briefing import BriefingPack, ExportError, build_pack
from analysis.briefing.pack import PackItem
from analysis.briefing.stored import read_pack
from analysis.charts.registry import get_chart
from analysis.charts.summaries import arabic_day
from analysis.store.database import StoreError
from dashboard import briefing_state, data
from dashboard.context import any_context, describe_filters
from dashboard.corpus_picker import corpora
from dashboard.i18n import t
from dashboard.markup import isolate, md_text


def _store_action(action, *args) -> None:
    """Run a change of the stored briefing; a refusal (name taken, store busy) is shown, nothing lost."""
    try:
        action(*args)
    except StoreError as error:
        st.session_state["brief_error"] = str(error)
    st.session_state.pop("briefing_result", None)


def _pick() -> None:
    briefing_state.open_briefing(st.session_state.get("brief_pick"))


def _create() -> None:
    def create(name: str) -> None:
        briefing_state.open_briefing(briefing_state.briefings().create(name))
        st.session_state["brief_new_name"] = ""

    _store_action(create, st.session_state.get("brief_new_name", ""))


def _save_text(name: str) -> None:
    _store_action(
        lambda: briefing_state.briefings().describe(
            name,
            title=st.session_state.get("brief_title_input", ""),
            notes=st.session_state.get("brief_notes_input", ""),
        )
    )


def _remove(name: str, item_id: int) -> None:
    _store_action(briefing_state.briefings().remove, name, item_id)


def _clear(name: str) -> None:
    _store_action(briefing_state.briefings().clear, name)


def _rename(name: str) -> None:
    def rename(new: str) -> None:
        new = briefing_state.briefings().rename(name, new)
        briefing_state.open_briefing(new)
        st.session_state["brief_rename_to"] = ""
        st.session_state["brief_notice"] = t("brief_renamed", old=isolate(name), new=isolate(new))

    _store_action(rename, st.session_state.get("brief_rename_to", ""))


def _delete(name: str) -> None:
    def delete(confirm: str) -> None:
        count = briefing_state.briefings().delete(name, confirm=confirm)
        briefing_state.open_briefing(None)
        st.session_state["brief_notice"] = t("brief_deleted", name=isolate(name), n=count)

    st.session_state["brief_delete_confirm"], confirm = "", st.session_state.get("brief_delete_confirm", "")
    if " ".join(confirm.split()) != name:
        st.session_state["brief_error"] = t("brief_delete_mismatch", name=isolate(name))
        return
    _store_action(delete, name)


def manage(name: str) -> None:
    """Rename the open briefing, or delete it (its name typed again to confirm)."""
    with st.expander(t("brief_manage"), icon=":material/settings:"):
        rename, delete = st.columns(2, gap="large")
        with rename, st.form("brief_rename_form", border=False):
            st.text_input(t("brief_rename_to"), key="brief_rename_to", max_chars=100)
            st.form_submit_button(t("brief_rename"), on_click=_rename, args=(name,), icon=":material/edit:")
        with delete, st.form("brief_delete_form", border=False):
            st.text_input(t("brief_delete_confirm"), key="brief_delete_confirm", placeholder=name, max_chars=100)
            st.form_submit_button(t("brief_delete"), on_click=_delete, args=(name,), icon=":material/delete:",
                                  type="primary")  # fmt: skip


def chooser(names: list[str], current: str | None) -> None:
    """Which briefing is open, and a new one."""
    st.session_state["brief_pick"] = current
    with st.container(horizontal=True, key="brief_chooser", vertical_alignment="bottom"):
        st.selectbox(
            t("brief_open"), names, key="brief_pick", on_change=_pick, help=t("brief_open_help"),
            placeholder=t("choose"), format_func=lambda n: n,
        )  # fmt: skip
        st.text_input(t("brief_new_name"), key="brief_new_name", max_chars=100)
        st.button(t("brief_create"), key="brief_create", on_click=_create, icon=":material/add:")
    error = st.session_state.pop("brief_error", None)
    if error:
        st.error(md_text(t("brief_store_error", error=error)), icon=":material/error:")
    notice = st.session_state.pop("brief_notice", None)
    if notice:
        st.success(md_text(notice), icon=":material/check_circle:")


def _item_title(item: PackItem, lang: str) -> str:
    if item.snapshot is None:
        return get_chart(item.chart).title(lang)
    return item.title or item.snapshot.title or item.chart


def main() -> None:
    ctx = any_context()
    available = corpora()
    st.title(t("page_briefing"), anchor="briefing")
    st.caption(t("brief_intro"))
    store = briefing_state.briefings()
    try:
        names = store.names()
        current = briefing_state.open_name()
        briefing = store.get(current) if current in names else None
    except StoreError as error:
        st.error(md_text(error), icon=":material/hourglass_top:")
        return
    if briefing is None and current is not None:
        briefing_state.open_briefing(None)
        current = None
    chooser(names, current)
    if briefing is None:
        st.info(t("brief_none_open"), icon=":material/playlist_add:")
        return

    manage(current)
    pack, ids, damaged = read_pack(briefing, default_title=t("brief_title_default"))
    if st.session_state.get("_brief_shown") != current or st.session_state.get("_page_arrived"):
        st.session_state["brief_title_input"] = briefing.title or t("brief_title_default")
        st.session_state["brief_notes_input"] = briefing.notes
        st.session_state["_brief_shown"] = current
    title = st.text_input(t("brief_title"), key="brief_title_input", on_change=_save_text, args=(current,))
    notes = st.text_area(t("brief_notes"), key="brief_notes_input", height=100, on_change=_save_text, args=(current,))

    st.subheader(t("brief_items"), anchor="briefing-items")
    for item in damaged:
        with st.container(horizontal=True, key=f"brief_damaged_{item.item_id}", vertical_alignment="center"):
            st.error(md_text(t("brief_damaged", id=item.item_id, error=item.error)), icon=":material/broken_image:")
            st.button(t("brief_remove"), key=f"brief_remove_damaged_{item.item_id}", on_click=_remove,
                      args=(current, item.item_id))  # fmt: skip
    if not pack.items:
        st.info(t("brief_empty"), icon=":material/playlist_add:")
        return
    buildable = []
    with st.container(key="briefing_list"):
        for index, (item_id, item) in enumerate(zip(ids, pack.items)):
            item = item if item.corpus else dataclasses.replace(item, corpus=ctx.corpus.name)
            ref = briefing_state.corpus_ref(item.corpus, available, ctx.corpus)
            corpus = isolate(item.corpus)
            row = st.columns([6, 1], vertical_alignment="center")
            drawn = item.snapshot.provenance.exported if item.snapshot is not None else None
            kept = t("brief_item_kept", day=arabic_day(drawn) if ctx.lang == "ar" else drawn) if drawn else ""
            row[0].markdown(
                f"**{index + 1}. {md_text(_item_title(item, ctx.lang))}**  \n"
                f"{md_text(t('brief_filters', desc=describe_filters(item.filters)))}  \n"
                f"{md_text(t('brief_item_corpus', name=corpus))}" + (f"  \n{md_text(kept)}" if kept else "")
            )
            if item.snapshot is not None:  # drawn when added: made from what it keeps
                buildable.append((item, ref))
            elif ref is None:
                row[0].warning(md_text(t("brief_corpus_missing", name=corpus)), icon=":material/warning:")
            elif data.is_queried(ref):
                row[0].warning(md_text(t("brief_corpus_queried", name=corpus)), icon=":material/warning:")
            else:
                buildable.append((item, ref))
            row[1].button(t("brief_remove"), key=f"brief_remove_{index}", on_click=_remove, args=(current, item_id))
    st.button(t("brief_clear"), key="brief_clear", on_click=_clear, args=(current,), icon=":material/delete_sweep:")

    if buildable and st.button(t("brief_build"), key="brief_build", type="primary", icon=":material/picture_as_pdf:"):
        build(buildable, title, notes)

    result = st.session_state.get("briefing_result")
    if result:
        st.success(t("brief_done"), icon=":material/check_circle:")
        pdf, pptx = result
        with st.container(horizontal=True, key="briefing_downloads"):
            st.download_button(t("brief_pdf"), pdf, file_name="briefing.pdf", mime="application/pdf",
                               key="brief_pdf", on_click="ignore", icon=":material/download:")  # fmt: skip
            st.download_button(
                t("brief_pptx"), pptx, file_name="briefing.pptx", key="brief_pptx", on_click="ignore",
                mime="application/vnd.openxmlformats-officedocument.presentationml.presentation",
                icon=":material/download:",
            )  # fmt: skip


def build(buildable: list, title: str, notes: str) -> None:
    """Build the pack, each chart from its own corpus (the first chart's corpus is the pack's)."""
    items = [item for item, _ in buildable]
    refs = {item.corpus: ref for item, ref in buildable if item.snapshot is None}
    # the pack's corpus: the first drawn chart's (None: every chart was kept as drawn, no tables needed)
    home = next((item.corpus for item in items if item.snapshot is None), None)
    bar = st.progress(0.0, text=t("brief_progress", stage="", done=0, total=len(items)))

    def progress(stage: str, done: int, total: int) -> None:
        bar.progress(min(done / max(total, 1), 1.0), text=t("brief_progress", stage=stage, done=done, total=total))

    pack = BriefingPack(
        title=title or t("brief_title_default"), items=items, notes=notes, corpus=home or items[0].corpus
    )
    try:
        result = build_pack(
            pack, data.corpus_tables(refs[home]) if home else None, formats=("pdf", "pptx"), progress=progress,
            entities=any_context().entities,
            filtered=(lambda spec: data.filtered_tables(refs[home], spec)) if home else None,
            views=lambda name, spec: data.filtered_tables(refs[name], spec),
        )  # fmt: skip
    except (ExportError, ValueError) as error:
        bar.empty()
        st.error(md_text(error), icon=":material/error:")
        return
    bar.empty()
    st.session_state["briefing_result"] = (result.pdf, result.pptx)


main()
