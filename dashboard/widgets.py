"""Building blocks every page uses: a chart with its exports, a table, the empty state."""

from __future__ import annotations

import re

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from analysis.exports import csv_bytes
from dashboard.i18n import t
from dashboard.markup import RLM

_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_STRONG = re.compile("[A-Za-z0-9\u00c0-\u024f\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")


def plotly_config(name: str) -> dict:
    """Modebar: PNG export at twice the size under a meaningful file name, no Plotly logo."""
    return {"toImageButtonOptions": {"format": "png", "filename": name, "scale": 2}, "displaylogo": False}


def svg_bytes(fig: go.Figure) -> bytes:
    height = fig.layout.height or 560
    return fig.to_image(format="svg", width=1200, height=int(height))


def show_chart(
    fig: go.Figure,
    table: pd.DataFrame | None,
    name: str,
    *,
    key: str,
    on_select=None,
    selection_mode=None,
):
    """The chart, then its downloads: the underlying table (CSV) and the chart (SVG).

    Both downloads are produced only when clicked (``data`` is a callable), so drawing a
    page never waits for kaleido. Returns the selection state when ``on_select`` is given.
    """
    kwargs = {}
    if on_select is not None:
        kwargs = {"on_select": on_select, "selection_mode": selection_mode or ("points",)}
    event = st.plotly_chart(fig, key=key, config=plotly_config(name), **kwargs)
    with st.container(horizontal=True, key=f"{key}__exports", gap="small"):
        if table is not None:
            st.download_button(
                t("download_csv"), data=lambda: csv_bytes(table), file_name=f"{name}.csv", mime="text/csv",
                key=f"{key}__csv", on_click="ignore", icon=":material/download:",
            )  # fmt: skip
        st.download_button(
            t("download_svg"), data=lambda: svg_bytes(fig), file_name=f"{name}.svg", mime="image/svg+xml",
            key=f"{key}__svg", on_click="ignore", icon=":material/download:",
        )  # fmt: skip
    return event


def rtl_cells(table: pd.DataFrame) -> pd.DataFrame:
    """Text cells that hold Arabic but start with a Latin letter or digit get a leading RLM.

    ``st.dataframe`` draws on a canvas and takes a cell's direction from its first strong
    character, so ``M4 مغلق`` would otherwise be laid out left to right.
    """
    out = table.copy()
    for column in out.columns:
        if out[column].dtype != object:
            continue

        def fix(value):
            if isinstance(value, str) and _ARABIC.search(value):
                first = _STRONG.search(value)
                if first and not _ARABIC.match(first.group()):
                    return RLM + value
            return value

        out[column] = out[column].map(fix)
    return out


def show_table(table: pd.DataFrame, name: str, *, key: str, column_config=None, height="auto", **kwargs):
    """A sortable table (Arabic cells right to left) and its CSV download."""
    event = st.dataframe(
        rtl_cells(table), key=key, hide_index=True, column_config=column_config, height=height, **kwargs
    )
    st.download_button(
        t("download_csv"), data=lambda: csv_bytes(table), file_name=f"{name}.csv", mime="text/csv",
        key=f"{key}__csv", on_click="ignore", icon=":material/download:",
    )  # fmt: skip
    return event


def empty_state() -> None:
    """The friendly message of an empty selection (never an error)."""
    with st.container(key="empty_state"):
        st.info(f"**{t('empty_title')}**\n\n{t('empty_body')}", icon=":material/filter_alt_off:")


def nothing_here() -> None:
    st.caption(t("empty_block"))
