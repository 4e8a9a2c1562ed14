"""What a chart of a build too large to load says, and the sentences behind it, for the briefing
that keeps it (:class:`analysis.briefing.snapshot.Snapshot`): one Arabic sentence naming the
chart's leading value, as the captions of :mod:`analysis.charts.captions` do, and its evidence (the
columns :data:`~analysis.charts.evidence.EVIDENCE_COLUMNS`), each asked of DuckDB for the selection.
Every chart of the queried pages has one: the articles per month, the entities, the pairs, the
events, the key terms, the themes (led, their terms, their shares per month), a comparison's key items
and the sources' attention to one of them.

    caption, evidence = entity_note(queries, spec, top, "actor", counts["articles"], entities)
"""

from __future__ import annotations

import pandas as pd

from analysis.aggregate.filters import FilterSpec
from analysis.aggregate.keyness import strongest_key_items
from analysis.aggregate.theme_names import theme_name
from analysis.briefing.summary import named_types, ranked_event_types
from analysis.charts.evidence import EVIDENCE_COLUMNS
from analysis.charts.summaries import arabic_day, arabic_names, event_type_ar
from analysis.store.build_queries import BuildQueries
from analysis.text.plurals import count_phrase

#: How many sentences a kept chart keeps behind it (the pack prints five).
EVIDENCE_KEPT = 5
_UNITS = {"sentence": "sentence", "paragraph": "paragraph", "document": "article"}


def _month(first_day) -> str:
    """A month written out (``مارس 2019``) from its first day."""
    return arabic_day(first_day).partition(" ")[2]


def _evidence(rows: pd.DataFrame, text: str, why) -> pd.DataFrame:
    if rows.empty:
        return pd.DataFrame(columns=EVIDENCE_COLUMNS)
    return rows.rename(columns={text: "text"}).assign(why=why).reindex(columns=EVIDENCE_COLUMNS).reset_index(drop=True)


def entity_note(
    queries: BuildQueries, spec: FilterSpec, top: pd.DataFrame, kind: str, articles: int, entities: pd.DataFrame
) -> tuple[str, pd.DataFrame]:
    """A chart of the entities ``top`` (entity_id, articles; most first) of ``kind``: the leading two,
    and the sentences naming the first (itself, as its count counts it)."""
    what = "الفاعلون" if kind == "actor" else "المناطق"
    among = count_phrase(int(articles), "article")
    if top.empty:
        return f"{what} الأكثر ذكراً: لا توجد إشارات في {among}.", _evidence(pd.DataFrame(), "text", "")
    top = top.sort_values("articles", ascending=False, kind="stable")  # ties as drawn
    names = arabic_names(entities)
    ids = [str(i) for i in top["entity_id"]]
    first = names.get(ids[0], ids[0])
    caption = (
        f"{what} الأكثر ذكراً في {among}؛ يتصدرها {first} ({count_phrase(int(top['articles'].iloc[0]), 'article')})، "
        f"يليه {names.get(ids[1], ids[1]) if len(ids) > 1 else '—'}."
    )
    rows = queries.entity_sentences(spec, ids[0], limit=EVIDENCE_KEPT, below=False)  # what the bar counts
    return caption, _evidence(rows, "text", first)


def pair_note(
    queries: BuildQueries, spec: FilterSpec, pairs: pd.DataFrame, window: str, articles: int, entities: pd.DataFrame
) -> tuple[str, pd.DataFrame]:
    """A co-mention matrix or network of ``pairs`` (entity_a, entity_b, count) in ``window``: its
    strongest pair, and the sentences behind that count."""
    among = count_phrase(int(articles), "article")
    label = "الإشارات المشتركة"
    if pairs.empty:
        return f"{label}: لا توجد إشارات مشتركة في {among}.", _evidence(pd.DataFrame(), "text", "")
    top = pairs.sort_values(["count", "entity_a", "entity_b"], ascending=[False, True, True]).iloc[0]
    names = arabic_names(entities)
    a, b = names.get(top["entity_a"], top["entity_a"]), names.get(top["entity_b"], top["entity_b"])
    caption = f"{label} في {among}؛ أقوى زوج: {a} و{b} ({count_phrase(int(top['count']), _UNITS[window])})."
    rows = queries.pair_sentences(spec, top["entity_a"], top["entity_b"], window=window, limit=EVIDENCE_KEPT)
    return caption, _evidence(rows, "text", f"{a} · {b}")


def events_note(
    queries: BuildQueries, spec: FilterSpec, per_month: pd.DataFrame, whens, articles: int, *, news: bool = False
) -> tuple[str, pd.DataFrame]:
    """Events per month and type (``per_month``: month, event_type, events) of the dates ``whens`` (and,
    with ``news``, in the selection's publication window): how many, from when to when, the commonest
    type, and the most recently published events' sentences."""
    among = count_phrase(int(articles), "article")
    if per_month.empty:
        return f"الأحداث عبر الزمن: لا توجد أحداث مؤرخة في {among}.", _evidence(pd.DataFrame(), "sentence", "")
    ranked = ranked_event_types(per_month["event_type"], per_month["events"])
    commonest = (named_types(ranked) or tuple(ranked))[0]  # "other" is no type to name, unless it is all
    months = pd.to_datetime(per_month["month"])
    caption = (
        f"الأحداث عبر الزمن: {count_phrase(int(per_month['events'].sum()), 'event')} من {among}، "
        f"بين {_month(months.min())} و{_month(months.max())}؛ أكثر الأنواع: "
        f"{event_type_ar(commonest[0])} ({count_phrase(commonest[1], 'event')})."
    )
    rows = queries.events(spec, whens=whens, limit=EVIDENCE_KEPT, news=news)
    return caption, _evidence(rows, "sentence", rows["date_text"] if len(rows) else "")


def terms_note(queries: BuildQueries, spec: FilterSpec, terms: pd.DataFrame, articles: int) -> tuple[str, pd.DataFrame]:
    """The key terms of the selection (``terms``: term, weight, articles; strongest first): the first
    four, and the newest sentences holding the first in any spelling."""
    among = count_phrase(int(articles), "article")
    if terms.empty:
        return f"المصطلحات الرئيسية: لا توجد مصطلحات في {among}.", _evidence(pd.DataFrame(), "text", "")
    words = [str(term) for term in terms["term"]]
    caption = f"المصطلحات الرئيسية في {among}؛ أبرزها: {'، '.join(words[:4])}."
    return caption, _evidence(queries.search(spec, words[0], limit=EVIDENCE_KEPT), "text", words[0])


def themes_note(
    queries: BuildQueries, spec: FilterSpec, summary: pd.DataFrame, themes: pd.DataFrame, articles: int
) -> tuple[str, pd.DataFrame]:
    """The themes the selection's articles lead (``summary``: theme_id, articles, share; most first) as
    the analysts named them (``themes``): the one leading most articles, and the newest sentences holding
    the first of its terms they hold."""
    among = count_phrase(int(articles), "article")
    if summary.empty or themes.empty:
        return f"الموضوعات: لا توجد موضوعات في {among}.", _evidence(pd.DataFrame(), "text", "")
    first = summary.sort_values("articles", ascending=False, kind="stable").iloc[0]
    theme_id = int(first["theme_id"])
    name = theme_name(themes, theme_id)
    caption = (
        f"الموضوعات التي تتصدر مقالات الاختيار ({among})؛ أكثرها: «{name}» "
        f"({count_phrase(int(first['articles']), 'article')})."
    )
    return caption, _theme_evidence(queries, spec, themes, theme_id)


def _theme_evidence(queries: BuildQueries, spec: FilterSpec, themes: pd.DataFrame, theme_id: int) -> pd.DataFrame:
    """The newest sentences of the selection holding the first of the theme's first three terms that
    they hold (``why``: that term)."""
    terms = themes[themes["theme_id"] == theme_id].sort_values("rank")["term"].astype(str)
    for term in terms.head(3):
        rows = queries.search(spec, term, limit=EVIDENCE_KEPT)
        if len(rows):
            return _evidence(rows, "text", term)
    return _evidence(pd.DataFrame(), "text", "")


def articles_note(queries: BuildQueries, spec: FilterSpec, per_month: pd.DataFrame) -> tuple[str, pd.DataFrame]:
    """The selection's articles per month (``per_month``: month, source, articles): how many, from
    when to when, the busiest month and the largest source, and the first sentences of the busiest
    month's newest articles (``why``: the month)."""
    if per_month.empty:
        return "المقالات عبر الزمن: لا توجد مقالات مؤرخة.", _evidence(pd.DataFrame(), "text", "")
    months = per_month.groupby("month", sort=True)["articles"].sum()
    busiest = months.sort_values(ascending=False, kind="stable").index[0]  # ties: the earliest
    sources = per_month.groupby("source", sort=True)["articles"].sum().sort_values(ascending=False, kind="stable")
    source = str(sources.index[0]) or "بلا مصدر"
    first, last = _month(months.index.min()), _month(months.index.max())
    span = f"في {first}" if first == last else f"بين {first} و{last}"
    caption = (
        f"المقالات عبر الزمن: {count_phrase(int(months.sum()), 'article')} مؤرخة، {span}؛ أكثر الأشهر: "
        f"{_month(busiest)} ({count_phrase(int(months[busiest]), 'article')})، "
        f"وأكثر المصادر: {source} ({count_phrase(int(sources.iloc[0]), 'article')})."
    )
    leads = queries.leads(spec, month=busiest, limit=EVIDENCE_KEPT)
    return caption, _evidence(leads, "text", _month(busiest))


def theme_terms_note(
    queries: BuildQueries, spec: FilterSpec, themes: pd.DataFrame, theme_ids
) -> tuple[str, pd.DataFrame]:
    """The themes' top terms as drawn (``theme_ids``: the themes shown, first first): how many, the
    first theme's name (the analysts', or its leading phrases; the chart shows its terms), and the
    selection's newest sentences holding one of its first terms."""
    shown = [int(i) for i in theme_ids if int(i) in set(themes["theme_id"].astype(int))]
    if not shown:
        return "الموضوعات: لا توجد موضوعات.", _evidence(pd.DataFrame(), "text", "")
    first = shown[0]
    caption = f"{count_phrase(len(shown), 'theme')} مستخرجة من المدونة؛ الموضوع الأول: «{theme_name(themes, first)}»."
    return caption, _theme_evidence(queries, spec, themes, first)


def theme_share_note(
    queries: BuildQueries, spec: FilterSpec, shares: pd.DataFrame, themes: pd.DataFrame, articles: int
) -> tuple[str, pd.DataFrame]:
    """The themes' shares per month (``shares``: month, theme_id, share, articles): the theme with the
    largest share of the months' articles taken together, and sentences holding one of its terms."""
    among = count_phrase(int(articles), "article")
    if shares.empty or themes.empty:
        return f"حصة الموضوعات عبر الزمن: لا توجد بيانات في {among}.", _evidence(pd.DataFrame(), "text", "")
    weighted = (shares["share"] * shares["articles"]).groupby(shares["theme_id"]).sum()
    month_articles = shares.drop_duplicates("month")["articles"].sum()
    weighted = weighted.sort_values(ascending=False, kind="stable")  # ties: the lower theme_id (sorted by it)
    leading = int(weighted.index[0])
    share = float(weighted.iloc[0]) / month_articles if month_articles else 0.0
    caption = (
        f"حصة الموضوعات عبر الزمن في {among}؛ الأكبر: «{theme_name(themes, leading)}» "
        f"({share:.0%} من المقالات المؤرخة)."
    )
    return caption, _theme_evidence(queries, spec, themes, leading)


#: What a comparison's key items are, for its caption (after من).
_ITEMS = {
    "terms": "المصطلحات",
    "actors": "الفاعلين",
    "places": "الأماكن",
    "themes": "الموضوعات",
    "types": "أنواع الأحداث",
}


def key_items_note(
    queries: BuildQueries,
    table: pd.DataFrame,
    side: str,
    what: str,
    side_spec: FilterSpec,
    names: tuple[str, str],
    labels: dict,
    themes: pd.DataFrame | None = None,
) -> tuple[str, pd.DataFrame]:
    """One side's key items of a comparison (``table``: a keyness table; ``side``: a or b; ``what``:
    terms, actors, places, themes or types; ``names``: the two sides' names; ``labels``: item → name
    shown), strongest first as the bar chart ranks them, and the sentences of that side (``side_spec``)
    behind the first: its term, its actor or place, its theme's terms, its events."""
    this, other = names if side == "a" else names[::-1]
    rows = strongest_key_items(table, side)
    if len(rows) == 0:
        return f"لا شيء يميّز «{this}» عن «{other}» من {_ITEMS[what]}.", _evidence(pd.DataFrame(), "text", "")
    items = [str(i) for i in rows["item"]]
    shown = [str(labels.get(i, i)) for i in items]
    caption = f"ما يميّز «{this}» عن «{other}» من {_ITEMS[what]}: {'، '.join(shown[:4])}."
    return caption, _item_evidence(queries, what, items[0], shown[0], side_spec, themes)


def _item_evidence(
    queries: BuildQueries, what: str, item: str, why: str, spec: FilterSpec, themes: pd.DataFrame | None
) -> pd.DataFrame:
    """The sentences of ``spec``'s articles behind a compared ``item``: its term's, its actor's or
    place's, its theme's terms', its event type's events'."""
    if what == "terms":
        return _evidence(queries.search(spec, item, limit=EVIDENCE_KEPT), "text", why)
    if what in ("actors", "places"):
        return _evidence(queries.entity_sentences(spec, item, limit=EVIDENCE_KEPT, below=False), "text", why)
    if what == "themes":
        return _theme_evidence(queries, spec, themes if themes is not None else queries.themes(), int(item))
    return _evidence(queries.events(spec, whens=None, limit=EVIDENCE_KEPT, event_type=item), "sentence", why)


def attention_note(
    queries: BuildQueries,
    table: pd.DataFrame,
    what: str,
    item: str,
    name: str,
    spec: FilterSpec,
    source_names: dict,
    themes: pd.DataFrame | None = None,
) -> tuple[str, pd.DataFrame]:
    """The attention of sources to ``item`` over time (``table``: source, period, articles, attention,
    share; ``name``: the item's name shown): the source and period of the largest share (of at least
    two articles, when any period has two) and the newest sentences behind the item in ``spec``."""
    if table.empty or not table["articles"].sum():
        return f"اهتمام المصادر بـ«{name}» عبر الزمن: لا توجد مقالات مؤرخة.", _evidence(pd.DataFrame(), "text", "")
    rows = table[table["articles"] >= 2] if (table["articles"] >= 2).any() else table
    rows = rows.assign(ratio=rows["attention"] / rows["articles"])
    top = rows.sort_values(["ratio", "articles", "period"], ascending=[False, False, True], kind="stable").iloc[0]
    source = str(source_names.get(top["source"], top["source"]) or "بلا مصدر")
    caption = (
        f"اهتمام المصادر بـ«{name}» عبر الزمن؛ أعلاه: {source} في الفترة التي تبدأ {arabic_day(top['period'])} "
        f"({top['ratio']:.0%} من {count_phrase(int(top['articles']), 'article')})."
    )
    return caption, _item_evidence(queries, what, item, name, spec, themes)
