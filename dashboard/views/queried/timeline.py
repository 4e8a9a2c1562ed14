"""Timeline of a build too large to load: the selection's events per month and type (the news, or
the background of history and plan years), and the events most recently published, each with its
sentence first."""

from __future__ import annotations

import streamlit as st

from analysis.viz.bars import monthly_bars
from dashboard import data, url
from dashboard.context import queried_context, queried_provenance
from dashboard.i18n import t
from dashboard.queried_widgets import queried_notice
from dashboard.widgets import empty_state, show_chart, show_table

VIEWS = {"news": ("reported", "scheduled"), "background": ("history", "target")}
LISTED = 200
COLUMNS = ["sentence", "date_text", "date_start", "date_end", "precision", "when", "event_type", "actors",
           "regions", "title", "source", "published", "event_id"]  # fmt: skip


def main() -> None:
    ctx = queried_context()
    st.title(t("page_timeline"), anchor="timeline")
    queried_notice(ctx)
    if ctx.empty:
        empty_state()
        return
    url.page_choice("qt_view", "view", list(VIEWS), "news", label=t("tl_view"))
    view = (
        st.segmented_control(t("tl_view"), list(VIEWS), key="qt_view", format_func=lambda v: t(f"tl_view_{v}"))
        or "news"
    )
    whens = VIEWS[view]
    per_month = data.ask(ctx.corpus, "events_by_month", ctx.spec, whens=whens)
    names = {e: data.event_type_name(e, lang=ctx.lang) for e in per_month["event_type"].unique()}
    fig = monthly_bars(
        per_month, value="events", group="event_type", names=names, lang=ctx.chart_lang,
        title=t(f"tl_chart_{view}"), y_title=t("tl_chart"), x_title=t("q_month_start"),
    )  # fmt: skip
    with st.container(key="timeline_counts"):
        show_chart(fig, per_month, f"events-by-month-{view}", key="qt_counts", footer=queried_provenance(ctx))
    events = data.ask(ctx.corpus, "events", ctx.spec, whens=whens, limit=LISTED)
    with st.container(key="timeline_table"):
        st.subheader(t(f"tl_table_{view}"), anchor="events")
        if len(events) >= LISTED:
            st.caption(t("q_events_capped", n=LISTED))
        table = events[COLUMNS].assign(
            event_type=[data.event_type_name(e, lang=ctx.lang) for e in events["event_type"]],
            actors=[" · ".join(data.entity_name(a, lang=ctx.lang) for a in list(x)) for x in events["actors"]],
            regions=[" · ".join(data.entity_name(r, lang=ctx.lang) for r in list(x)) for x in events["regions"]],
        )
        show_table(table, f"events-{view}", key="qt_events", csv_table=events[COLUMNS])


main()
