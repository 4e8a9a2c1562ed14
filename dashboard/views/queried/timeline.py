"""Timeline of a build too large to load: the selection's events per month and type (the news, or
the background of history and plan years; a click on a bar reads its events' sentences), and the
events most recently published, each with its sentence first."""

from __future__ import annotations

import streamlit as st

from analysis.viz.bars import monthly_bars
from dashboard import data, url
from dashboard.context import queried_context, queried_provenance
from dashboard.i18n import t
from dashboard.picks import picked_bar
from dashboard.queried_widgets import MAX_EVIDENCE, kept_events, queried_notice, sentences_html
from dashboard.widgets import empty_state, show_chart, show_table

VIEWS = {"news": ("reported", "scheduled"), "background": ("history", "target")}
LISTED = 200
COLUMNS = ["sentence", "date_text", "date_start", "date_end", "precision", "when", "event_type", "actors",
           "regions", "title", "source", "published", "event_id"]  # fmt: skip


def _pick_bar() -> None:
    """on_select of the monthly bars: the clicked bar's month and event type (its ``customdata``)."""
    bar = picked_bar(st.session_state.get("qt_counts"))
    if bar:
        st.session_state["qt_bar"] = bar


def _bar_evidence(ctx, whens: tuple[str, ...], news: bool, per_month) -> None:
    """The sentences of the events of the bar clicked (a month and a type), the date expression marked."""
    st.subheader(t("tl_evidence"), anchor="evidence")
    bar = st.session_state.get("qt_bar")
    counted = {(str(m)[:10], str(e)): int(n) for m, e, n in zip(per_month["month"], per_month["event_type"],
                                                             per_month["events"])}  # fmt: skip
    if not bar or tuple(bar) not in counted:  # none clicked, or a bar the filters no longer draw
        st.caption(t("q_bar_hint"))
        return
    month, event_type = bar
    rows = data.ask(ctx.corpus, "events", ctx.spec, whens=whens, limit=MAX_EVIDENCE, month=month, event_type=event_type,
                    news=news)  # fmt: skip
    n = counted[tuple(bar)]
    more = " · " + t("ac_more", n=MAX_EVIDENCE) if n > MAX_EVIDENCE else ""
    label = data.event_type_name(event_type, lang=ctx.lang)
    st.caption(t("q_bar_evidence", n=n, type=label, month=month[:7]) + more)
    with st.container(key="evidence_list"):
        st.html(sentences_html(rows.rename(columns={"sentence": "text"}), ctx.params))


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
    whens, news = VIEWS[view], view == "news"  # the news: in the selection's publication window
    per_month = data.ask(ctx.corpus, "events_by_month", ctx.spec, whens=whens, news=news)
    names = {e: data.event_type_name(e, lang=ctx.lang) for e in per_month["event_type"].unique()}
    fig = monthly_bars(
        per_month, value="events", group="event_type", names=names, lang=ctx.chart_lang,
        title=t(f"tl_chart_{view}"), y_title=t("tl_chart"), x_title=t("q_month_start"),
    )  # fmt: skip
    with st.container(key="timeline_counts"):
        show_chart(fig, per_month, f"events-by-month-{view}", key="qt_counts", footer=queried_provenance(ctx),
                   on_select=_pick_bar, selection_mode=("points",), kept=kept_events(ctx, per_month, whens, news))  # fmt: skip
        _bar_evidence(ctx, whens, news, per_month)
    events = data.ask(ctx.corpus, "events", ctx.spec, whens=whens, limit=LISTED, news=news)
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
