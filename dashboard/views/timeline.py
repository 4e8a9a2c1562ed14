"""Timeline: dated events on a date axis, the events table, and dates that could not be resolved."""

from __future__ import annotations

import streamlit as st

from analysis.viz.events import event_timeline
from dashboard import data
from dashboard.context import context
from dashboard.i18n import t
from dashboard.timeline_table import events_column_config, events_table
from dashboard.widgets import empty_state, nothing_here, show_chart, show_table

COLOR_BY = ("event_type", "actor")


MAX_TABLE_ROWS = 3000


def main() -> None:
    ctx = context()
    st.title(t("page_timeline"), anchor="timeline")
    if ctx.empty:
        empty_state()
        return
    view, lang = ctx.view, ctx.chart_lang
    color_by = (
        st.segmented_control(
            t("tl_color"), COLOR_BY, key="tl_color", default="event_type", format_func=lambda c: t(f"color_{c}")
        )
        or "event_type"
    )

    with st.container(key="timeline_chart"):
        fig = data.cached_figure(
            ("tl_chart", ctx.corpus, ctx.spec, lang, color_by),
            lambda: event_timeline(
                view.events, view.documents, ctx.entities, lanes=color_by, event_labels=data.event_type_labels(),
                lang=lang, title=t("tl_chart"),
            ),
        )  # fmt: skip
        show_chart(
            fig,
            view.events,
            f"timeline-events-by-{color_by.replace('_', '-')}",
            key="tl_chart",
            chart=("event_timeline", {"lanes": color_by}),
        )

    dated = view.events[view.events["date_start"].notna()]
    undated = view.events[view.events["date_start"].isna()]
    with st.container(key="timeline_table"):
        st.subheader(t("tl_table"), anchor="events-table")
        if dated.empty:
            nothing_here()
        else:
            dated = dated.sort_values(["date_start", "event_id"])
            if len(dated) > MAX_TABLE_ROWS:  # a browser table of 70,000 sentences helps nobody
                st.caption(t("tl_table_capped", shown=f"{MAX_TABLE_ROWS:,}", total=f"{len(dated):,}"))
            table = events_table(dated.tail(MAX_TABLE_ROWS), view.documents, ctx.params, ctx.lang)
            show_table(
                table, "timeline-events", key="tl_table", csv_table=dated,
                column_config=events_column_config(),
            )  # fmt: skip
    with st.container(key="timeline_unresolved"):
        st.subheader(t("tl_unresolved"), anchor="unresolved")
        if undated.empty:
            st.caption(t("tl_no_unresolved"))
        else:
            show_table(
                events_table(undated, view.documents, ctx.params, ctx.lang), "timeline-unresolved", key="tl_unresolved",
                column_config=events_column_config(),
            )  # fmt: skip


main()
