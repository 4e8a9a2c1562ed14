"""What the two Compare pages share (a loaded corpus's, ``views/compare.py``, and a queried build's,
``views/queried/compare.py``): the sides' line, the item's line of figures, the table of tested items."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.i18n import t
from dashboard.markup import esc, isolate, md_text
from dashboard.picks import picked_key
from dashboard.widgets import show_table

#: Rows of the table of tested items on the page (key items first); its CSV has them all. Two
#: months of a 30k-article corpus test 150,000 terms, too many to send to the browser on each run.
MAX_TABLE_ROWS = 1000
#: Pixels of each side's evidence frame (it scrolls).
EVIDENCE_HEIGHT = 560
NONE = ""


def ltr(number: str) -> str:
    """A number kept left to right inside an Arabic line (LRI…PDI): ``-0.50``, not ``0.50-``."""
    return f"\u2066{number}\u2069"


def count(value) -> str:
    """A frequency: ``18,075`` (a count), ``3.75`` (a theme's summed weight)."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def side_label(mode: str, value: str) -> str:
    """A side's name: its source (``""``: the articles that name none) or its month."""
    if mode == "source":
        return value or t("no_source")
    return value


def pick_item(chart_key: str, item_key: str) -> None:
    """on_select of a key-items chart: the clicked bar's item becomes the one whose evidence shows."""
    item = picked_key(st.session_state.get(chart_key))
    if item:
        st.session_state[item_key] = str(item)


def sides_html(named: list[tuple[str, str, int]]) -> str:
    """``Side A: <name> (n articles) — Side B: …`` of (side, name, articles)."""
    return (
        "<div class='cmp-sides'>"
        + " &nbsp;—&nbsp; ".join(
            esc(t("cmp_side_line", side=t(f"cmp_side_{s}"), name=isolate(name), n=n)) for s, name, n in named
        )
        + "</div>"
    )


def item_line(row: pd.Series, name: str) -> str:
    """The chosen item's figures on both sides (frequencies, per 10,000, G², log ratio), as markdown."""
    return md_text(
        t(
            "cmp_item_line",
            name=isolate(name),
            side_a=t("cmp_side_a"),
            side_b=t("cmp_side_b"),
            fa=ltr(count(row["freq_a"])),
            fb=ltr(count(row["freq_b"])),
            pa=ltr(f"{row['per_10k_a']:g}"),
            pb=ltr(f"{row['per_10k_b']:g}"),
            g2=ltr(f"{row['g2']:.1f}"),
            lr=ltr(f"{row['log_ratio']:+.2f}"),
        )
    )


def labels(items: pd.Series, names: dict) -> pd.Series:
    """Each item's name, the item itself (as text) where it has none."""
    texts = items.astype(str)
    return texts.map(names).fillna(texts) if names else texts


def tested_table(table: pd.DataFrame, names: dict, what: str, *, key: str, csv_table: pd.DataFrame) -> None:
    """The table of every item tested (key items first, by G²; the first :data:`MAX_TABLE_ROWS`
    on the page, every one in the CSV of ``csv_table``, the table with its labels)."""
    st.subheader(t("cmp_table"), anchor="tested")
    st.caption(t("cmp_table_help"))
    if len(table) > MAX_TABLE_ROWS:
        st.caption(t("cmp_table_first", n=f"{MAX_TABLE_ROWS:,}", all=f"{len(table):,}"))
    top = table.sort_values(["key", "g2"], ascending=[False, False], kind="stable").head(MAX_TABLE_ROWS)
    shown = top.assign(
        label=[names.get(str(i), str(i)) for i in top["item"]],
        side=[t(f"cmp_side_{s}") for s in top["side"]],
        p=[f"{v:.2g}" for v in top["p"]],
    )[["label", "freq_a", "freq_b", "per_10k_a", "per_10k_b", "g2", "p", "log_ratio", "side", "key"]]
    show_table(shown, f"compare-{what}", key=key, csv_table=csv_table, height=400)
