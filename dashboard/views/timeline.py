"""Timeline: what the news reports (or, one switch away, its background) in lanes of labelled
marks, the count of events per period with its spikes, the sentences behind a clicked mark or
bar, and the events table, most recently published first."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.aggregate.timeline import VIEWS, event_sentences, events_starting, publication_window
from analysis.briefing.csv_export import csv_bytes
from analysis.viz.events import LANES
from dashboard import data, url
from dashboard.context import Context, context
from dashboard.i18n import t
from dashboard.markup import ltr
from dashboard.timeline_table import events_column_config, events_table
from dashboard.widgets import chart_figure, empty_state, event_evidence_html, nothing_here, show_chart, show_table

MAX_TABLE_ROWS = 3000
MAX_EVIDENCE = 60
#: The page's own choices in the URL: widget key → (parameter, values, default).
CHOICES = {"tl_view": ("view", VIEWS, "news"), "tl_lanes": ("lanes", LANES, "event_type")}


def pick_from_timeline() -> None:
    """on_select of the timeline: the events of the clicked marks (ids in their customdata)."""
    points = (st.session_state.get("tl_chart") or {}).get("selection", {}).get("points", [])
    ids = [str(i) for point in points for i in (point.get("customdata") or [])]
    if ids:
        st.session_state["tl_pick"] = {"kind": "mark", "ids": list(dict.fromkeys(ids)), "view": _view()}


def pick_from_counts() -> None:
    """on_select of the counts: the clicked bar's period (its first and last day)."""
    points = (st.session_state.get("tl_counts") or {}).get("selection", {}).get("points", [])
    for point in points:
        bounds = point.get("customdata") or []
        if len(bounds) == 2:
            st.session_state["tl_pick"] = {
                "kind": "period", "first": str(bounds[0]), "last": str(bounds[1]), "view": _view(),
            }  # fmt: skip
            return


def date(value, lang: str) -> str:
    """A date for a caption: ``2015-07-21``, kept left to right in an Arabic sentence."""
    text = f"{pd.Timestamp(value):%Y-%m-%d}"
    return ltr(text) if lang == "ar" else text


def _view() -> str:
    return st.session_state.get("tl_view") or "news"


def clear_pick() -> None:
    st.session_state.pop("tl_pick", None)


def picked_events(rows: pd.DataFrame) -> tuple[pd.DataFrame, str] | None:
    """The events of the view behind the last click, and the caption saying what they are."""
    pick = st.session_state.get("tl_pick")
    if not pick:
        return None
    if pick["kind"] == "mark":
        chosen = rows[rows["event_id"].astype(str).isin(set(pick["ids"]))]
        return chosen, "mark"
    chosen = events_starting(rows, pd.Timestamp(pick["first"]), pd.Timestamp(pick["last"]))
    return chosen, "period"


def evidence(ctx: Context, rows: pd.DataFrame) -> None:
    st.subheader(t("tl_evidence"), anchor="sentences")
    picked = picked_events(rows)
    if picked is None or picked[0].empty:
        clear_pick()  # a mark or a period the filters or the view no longer show
        st.caption(t("tl_pick"))
        return
    chosen, kind = picked
    sentences = event_sentences(chosen, ctx.view.sentences, ctx.view.documents)
    pick = st.session_state["tl_pick"]
    with st.container(horizontal=True, key="tl_evidence_head", vertical_alignment="center"):
        if kind == "mark":
            st.caption(t("tl_evidence_mark", n=len(sentences), events=len(chosen)))
        else:
            first, last = date(pick["first"], ctx.lang), date(pick["last"], ctx.lang)
            st.caption(t("tl_evidence_period", n=len(sentences), first=first, last=last))
        st.button(t("tl_clear"), key="tl_clear", on_click=clear_pick, icon=":material/close:")
    if len(sentences) > MAX_EVIDENCE:
        st.caption(t("ac_more", n=MAX_EVIDENCE))
    with st.container(key="tl_evidence_list"):
        st.html(event_evidence_html(sentences, ctx.view.documents, ctx.params, MAX_EVIDENCE))
    st.download_button(
        t("download_csv"), data=lambda: csv_bytes(chosen.drop(columns=["first_day", "last_day", "published"])),
        file_name="timeline-evidence.csv", mime="text/csv", key="tl_evidence_csv", on_click="ignore",
        icon=":material/download:",
    )  # fmt: skip


def controls() -> tuple[str, str]:
    """The view (news or background) and the lanes, both kept in the URL."""
    for key, (param, values, default) in CHOICES.items():
        url.page_choice(key, param, values, default, label=t(key))
    with st.container(key="timeline_controls", horizontal=True):
        view = st.segmented_control(
            t("tl_view"), VIEWS, key="tl_view", format_func=lambda v: t(f"tl_view_{v}")
        )  # fmt: skip
        lanes = st.segmented_control(t("tl_lanes"), LANES, key="tl_lanes", format_func=lambda c: t(f"lanes_{c}"))
    return view or "news", lanes or "event_type"


def main() -> None:
    ctx = context()
    st.title(t("page_timeline"), anchor="timeline")
    if ctx.empty:
        empty_state()
        return
    view_tables = ctx.view
    view, lanes = controls()
    if (st.session_state.get("tl_pick") or {}).get("view", view) != view:
        clear_pick()  # a click on the other view's chart
    rows = data.timeline_rows(ctx.corpus, ctx.spec, view)
    window = publication_window(view_tables.documents)

    with st.container(key="timeline_chart"):
        if view == "news" and window is None:
            st.info(t("tl_no_window"), icon=":material/event_busy:")
        elif view == "news":
            st.caption(t("tl_news_caption", first=date(window.first, ctx.lang), last=date(window.last, ctx.lang)))
        else:
            st.caption(t("tl_background_caption"))
        # the filter's actors name every article: a mark is labelled by whom else, or where
        marks = ("event_timeline", {"view": view, "lanes": lanes, "known_actors": ctx.spec.actors,
                                    "title": t(f"tl_chart_{view}")})  # fmt: skip
        show_chart(
            chart_figure(*marks), rows.drop(columns=["first_day", "last_day", "published"]),
            f"timeline-{view}-by-{lanes.replace('_', '-')}", key="tl_chart", chart=marks,
            on_select=pick_from_timeline, selection_mode=("points",),
        )  # fmt: skip

    with st.container(key="timeline_counts"):
        per_period = ("event_counts", {"view": view, "title": t("tl_counts")})
        fig = chart_figure(*per_period)
        st.caption(t("tl_counts_help"))
        counts = data.timeline_counts(ctx.corpus, ctx.spec, view)
        if len(counts):
            counts = counts.assign(period_start=counts["period_start"].dt.date, period_end=counts["period_end"].dt.date)
        show_chart(
            fig, counts, f"timeline-{view}-counts", key="tl_counts", chart=per_period,
            on_select=pick_from_counts, selection_mode=("points",),
        )  # fmt: skip

    with st.container(key="timeline_evidence"):
        evidence(ctx, rows)

    events = view_tables.events
    dated = events[events["date_start"].notna()]
    undated = events[events["date_start"].isna()]
    with st.container(key="timeline_table"):
        st.subheader(t(f"tl_table_{view}"), anchor="events-table")
        if rows.empty:
            nothing_here()
        else:
            if len(rows) > MAX_TABLE_ROWS:  # a browser table of 70,000 sentences helps nobody
                st.caption(t("tl_table_capped", shown=f"{MAX_TABLE_ROWS:,}", total=f"{len(rows):,}"))
            shown = rows.head(MAX_TABLE_ROWS)
            # made once per selection, view and language (3,000 rows: names, titles, links, 42,000 cells)
            key = (
                "tl_events",
                ctx.corpus,
                ctx.spec,
                view,
                ctx.lang,
                tuple(sorted((k, str(v)) for k, v in ctx.params.items())),
            )
            table = data.cached_figure(key, lambda: events_table(shown, view_tables.documents, ctx.params, ctx.lang))
            show_table(
                table, f"timeline-{view}-events", key="tl_table", cells_key=key,
                csv_table=rows.drop(columns=["first_day", "last_day", "published"]),
                column_config=events_column_config(),
            )  # fmt: skip
        other_view = data.timeline_rows(ctx.corpus, ctx.spec, "background" if view == "news" else "news")
        elsewhere = len(dated) - len(rows) - len(other_view)
        if elsewhere > 0:
            st.caption(t("tl_elsewhere", n=f"{elsewhere:,}"))
        st.download_button(
            t("tl_all_csv"), data=lambda: csv_bytes(events), file_name="timeline-all-events.csv", mime="text/csv",
            key="tl_all_csv", on_click="ignore", icon=":material/download:",
        )  # fmt: skip
    with st.container(key="timeline_unresolved"):
        st.subheader(t("tl_unresolved"), anchor="unresolved")
        if undated.empty:
            st.caption(t("tl_no_unresolved"))
        else:
            published = dict(zip(view_tables.documents["doc_id"], pd.to_datetime(view_tables.documents["published"])))
            order = undated.assign(_p=undated["doc_id"].map(published)).sort_values(
                "_p", ascending=False, kind="stable", na_position="last"
            )
            show_table(
                events_table(order.drop(columns="_p"), view_tables.documents, ctx.params, ctx.lang),
                "timeline-unresolved", key="tl_unresolved", column_config=events_column_config(),
            )  # fmt: skip


main()
