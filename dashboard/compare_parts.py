"""What the two Compare pages share (a loaded corpus's, ``views/compare.py``, and a queried build's,
``views/queried/compare.py``): the sides' line, the item's line of figures, the table of tested items."""

from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st

from analysis.aggregate.compare import MODES, Frequencies
from analysis.aggregate.keyness import critical_g2
from dashboard import data, url
from dashboard.i18n import t
from dashboard.markup import esc, isolate, md_text
from dashboard.picks import picked_key
from dashboard.widgets import short_name, show_table

#: Rows of the table of tested items on the page (key items first); its CSV has them all. Two
#: months of a 30k-article corpus test 150,000 terms, too many to send to the browser on each run.
MAX_TABLE_ROWS = 1000
#: Pixels of each side's evidence frame (it scrolls).
EVIDENCE_HEIGHT = 560
NONE = ""
#: Sources drawn in the attention chart when the sides are not two sources: the selection's largest.
ATTENTION_SOURCES = 8


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
            pa=ltr(_per_10k(row["per_10k_a"])),
            pb=ltr(_per_10k(row["per_10k_b"])),
            g2=ltr(f"{row['g2']:.1f}"),
            lr=ltr(f"{row['log_ratio']:+.2f}"),
        )
    )


def _per_10k(value: float) -> str:
    """A rate per 10,000 as the label writes 10,000: thousands grouped (every article: 10,000, not 10000)."""
    return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:g}"


def bar_labels(what: str, names: dict) -> dict:
    """A bar's name in the interface language alone (two scripts side by side leave the bars no room);
    a discovered entity (``disc:…``) is not the gazetteer's: its own label."""
    if what not in ("actors", "places"):
        return names
    known = data.entity_names()
    return {i: short_name(i) if i in known else names[i] for i in names}


def keyness_captions(freqs: Frequencies, p: float, min_freq: int, counted_key: str) -> None:
    """What the test asks (G² for ``p``, the least frequency) and what is counted, out of what."""
    st.caption(t("cmp_help", g2=f"{critical_g2(p):.2f}", p=f"{p:g}", min=min_freq))
    st.caption(t(counted_key, a=f"{freqs.total_a:,.0f}", b=f"{freqs.total_b:,.0f}"))


def labels(items: pd.Series, names: dict) -> pd.Series:
    """Each item's name, the item itself (as text) where it has none."""
    texts = items.astype(str)
    return texts.map(names).fillna(texts) if names else texts


def tested_table(table: pd.DataFrame, names: dict, what: str, *, key: str, table_key: tuple,
                 side_names: tuple[str, str], lang: str) -> None:  # fmt: skip
    """The table of every item tested (key items first, by G²; the first :data:`MAX_TABLE_ROWS`
    on the page, every one in its CSV with the items' labels and the sides' names)."""
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
    name_a, name_b = side_names
    csv_table = data.cached_figure(
        (*table_key, "csv", lang, name_a, name_b),
        lambda: table.assign(label=labels(table["item"], names), side_a=name_a, side_b=name_b),
    )
    show_table(shown, f"compare-{what}", key=key, csv_table=csv_table, height=400)


def item_picker(prefix: str, table: pd.DataFrame, table_key: tuple, names: dict) -> str:
    """The item whose evidence shows (a bar's click sets it): the key items listed, or every item
    tested when none is key; any tested item may come from the link (``cmp_item``)."""
    items = [str(i) for i in table.loc[table["key"], "item"]] or [str(i) for i in table["item"]]
    tested = data.cached_figure((*table_key, "items"), lambda: frozenset([NONE, *table["item"].astype(str).tolist()]))
    key = f"{prefix}_item"
    url.page_choice(key, "cmp_item", tested, NONE, label=t("cmp_item"))
    chosen = st.session_state.get(key) or NONE
    if chosen not in tested:  # an item of other sides: none
        chosen = st.session_state[key] = NONE
    options = [NONE, *items] if chosen in (NONE, *items) else [NONE, chosen, *items]
    return st.selectbox(
        t("cmp_item"), options, key=key, placeholder=t("choose"),
        format_func=lambda i: names.get(i, i) if i else t("ac_none"),
    )  # fmt: skip


# --- the controls (each page's keys start with its ``prefix``; the link's parameters are the same) ----


def mode_control(prefix: str, default: str) -> str:
    """What the two sides are (:data:`~analysis.aggregate.compare.MODES`), kept in the link as ``cmp``."""
    url.page_choice(f"{prefix}_mode", "cmp", MODES, default, label=t("cmp_mode"))
    return (
        st.segmented_control(t("cmp_mode"), MODES, key=f"{prefix}_mode", format_func=lambda m: t(f"cmp_mode_{m}"))
        or default
    )


def side_pickers(prefix: str, mode: str, choices: list[str]) -> tuple[str, str]:
    """The two sources (or months) compared, side by side, kept in the link as ``cmp_a`` and ``cmp_b``."""
    url.page_choice(f"{prefix}_a", "cmp_a", choices, choices[0], label=t("cmp_side_a"))
    url.page_choice(f"{prefix}_b", "cmp_b", choices, choices[1], label=t("cmp_side_b"))
    left, right = st.columns(2)
    label = partial(side_label, mode)
    with left:
        a = st.selectbox(t("cmp_side_a"), choices, key=f"{prefix}_a", format_func=label, placeholder=t("choose"))
    with right:
        b = st.selectbox(t("cmp_side_b"), choices, key=f"{prefix}_b", format_func=label, placeholder=t("choose"))
    return a, b


def keyness_controls(prefix: str, whats: tuple[str, ...], settings: dict) -> tuple[str, float, int]:
    """What is compared, the p of the test and the least frequency tested (``analysis/data/compare.yaml``'s
    defaults), kept in the link as ``cmp_what``, ``cmp_p`` and ``cmp_min``."""
    url.page_choice(f"{prefix}_what", "cmp_what", whats, "terms", label=t("cmp_what"))
    p_choices = [float(p) for p in settings["p_choices"]]
    url.page_choice(f"{prefix}_p", "cmp_p", p_choices, float(settings["p"]), label=t("cmp_p"), parse=float)
    url.page_choice(f"{prefix}_min", "cmp_min", None, int(settings["min_freq"]), label=t("cmp_min"), parse=int)
    with st.container(key=f"{prefix}_controls", horizontal=True, vertical_alignment="bottom"):
        what = (
            st.segmented_control(t("cmp_what"), whats, key=f"{prefix}_what", format_func=lambda w: t(f"cmp_what_{w}"))
            or "terms"
        )
        p = st.selectbox(
            t("cmp_p"), p_choices, key=f"{prefix}_p", format_func=lambda v: f"{v:g}", placeholder=t("choose"),
            width=180,
        )  # fmt: skip
        if not isinstance(st.session_state.get(f"{prefix}_min"), int) or st.session_state[f"{prefix}_min"] < 1:
            st.session_state[f"{prefix}_min"] = int(settings["min_freq"])
        min_freq = st.number_input(
            t("cmp_min"), min_value=1, max_value=10_000, step=1, key=f"{prefix}_min", width=220
        )  # fmt: skip
    return what, float(p), int(min_freq)
