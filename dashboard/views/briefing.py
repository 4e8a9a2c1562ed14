"""Briefing: the charts an analyst picked on other pages, built into a PDF and a PowerPoint."""

from __future__ import annotations

import streamlit as st

from analysis.briefing import BriefingPack, ExportError, build_pack
from analysis.charts.registry import get_chart
from dashboard import data
from dashboard.context import context, describe_filters
from dashboard.i18n import t
from dashboard.markup import md_text


def _remove(index: int) -> None:
    items = st.session_state.get("briefing_items", [])
    if 0 <= index < len(items):
        items.pop(index)
    st.session_state.pop("briefing_result", None)


def _clear() -> None:
    st.session_state["briefing_items"] = []
    st.session_state.pop("briefing_result", None)


def main() -> None:
    ctx = context()
    st.title(t("page_briefing"), anchor="briefing")
    st.caption(t("brief_intro"))
    items = st.session_state.setdefault("briefing_items", [])

    title = st.text_input(t("brief_title"), value=t("brief_title_default"), key="brief_title_input")
    notes = st.text_area(t("brief_notes"), key="brief_notes_input", height=100)

    st.subheader(t("brief_items"), anchor="briefing-items")
    if not items:
        st.info(t("brief_empty"), icon=":material/playlist_add:")
        return
    with st.container(key="briefing_list"):
        for index, item in enumerate(items):
            row = st.columns([6, 1], vertical_alignment="center")
            chart = get_chart(item.chart)
            row[0].markdown(
                f"**{index + 1}. {chart.title(ctx.lang)}**  \n"
                f"{md_text(t('brief_filters', desc=describe_filters(item.filters)))}"
            )
            row[1].button(t("brief_remove"), key=f"brief_remove_{index}", on_click=_remove, args=(index,))
    st.button(t("brief_clear"), key="brief_clear", on_click=_clear, icon=":material/delete_sweep:")

    if st.button(t("brief_build"), key="brief_build", type="primary", icon=":material/picture_as_pdf:"):
        bar = st.progress(0.0, text=t("brief_progress", stage="", done=0, total=len(items)))

        def progress(stage: str, done: int, total: int) -> None:
            bar.progress(min(done / max(total, 1), 1.0), text=t("brief_progress", stage=stage, done=done, total=total))

        pack = BriefingPack(
            title=title or t("brief_title_default"), items=list(items), notes=notes, corpus=ctx.tables.name
        )
        try:
            result = build_pack(
                pack, ctx.tables, formats=("pdf", "pptx"), progress=progress, entities=ctx.entities,
                filtered=lambda spec: data.filtered_tables(ctx.corpus, spec),
            )  # fmt: skip
        except (ExportError, ValueError) as error:
            bar.empty()
            st.error(str(error), icon=":material/error:")
            return
        bar.empty()
        st.session_state["briefing_result"] = (result.pdf, result.pptx)

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


main()
