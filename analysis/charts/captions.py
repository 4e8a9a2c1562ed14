"""One Arabic sentence per chart: what it shows and its leading value, from the tables drawn.

Each ``caption_*`` takes ``(tables, options, entities)``: the (filtered) tables, the chart's
options and the gazetteer's entity table (for Arabic names).
"""

from __future__ import annotations

from analysis.aggregate.places import places_table
from analysis.aggregate.timeline import view_events
from analysis.charts import summaries
from analysis.charts.summaries import (
    arabic_day,
    arabic_names,
    corpus_terms,
    event_count_table,
    event_type_ar,
    n_articles,
    top_entity_ids,
)
from analysis.text.plurals import count_phrase
from analysis.viz import heatmap
from analysis.viz.bars import entity_counts


def caption_top(kind: str):
    def caption_(tables, options, entities):
        ids = top_entity_ids(tables, kind, options.get("top_n", 20), options.get("count", "mentions"))
        what = "الفاعلون" if kind == "actor" else "المناطق"
        if not ids:
            return f"{what} الأكثر ذكراً: لا توجد إشارات في {n_articles(tables)}."
        counts = entity_counts(tables.mentions, count=options.get("count", "mentions"), kind=kind)
        names = arabic_names(entities)
        return (
            f"{what} الأكثر ذكراً في {n_articles(tables)}؛ يتصدرها {names.get(ids[0], ids[0])} "
            f"({count_phrase(int(counts.iloc[0]), 'mention')})، يليه {names.get(ids[1], ids[1]) if len(ids) > 1 else '—'}."
        )

    return caption_


def heatmap_pairs(tables, options, entities):
    return summaries.heatmap_pairs(tables, options, entities)


def network_pairs(tables, options, entities):
    window = options.get("window", "sentence")
    pairs = summaries.kind_pairs(tables.comentions, entities, options.get("kind", "actor"))
    return pairs[pairs["window"] == window].sort_values(
        ["count", "entity_a", "entity_b"], ascending=[False, True, True]
    )


def caption_pairs(label: str, shown_pairs):
    """The caption of a chart of pairs; ``shown_pairs(tables, options, entities)`` are the pairs
    the chart draws, strongest first (so the strongest pair named is one the reader sees)."""

    def caption_(tables, options, entities):
        window = options.get("window", "sentence")
        pairs = shown_pairs(tables, options, entities)
        if pairs.empty:
            return f"{label}: لا توجد إشارات مشتركة في {n_articles(tables)}."
        top = pairs.iloc[0]
        names = arabic_names(entities)
        unit = {"sentence": "sentence", "paragraph": "paragraph", "document": "article"}[window]
        return (
            f"{label} في {n_articles(tables)}؛ أقوى زوج: {names.get(top.entity_a, top.entity_a)} و"
            f"{names.get(top.entity_b, top.entity_b)} ({count_phrase(int(top['count']), unit)})."
        )

    return caption_


def caption_actor_region(tables, options, entities):
    pairs = heatmap.actor_region_pairs(tables.mentions, **_shown(options))
    if pairs.empty:
        return f"الفاعلون والمناطق: لا توجد إشارات مشتركة في {n_articles(tables)}."
    (actor, region), n = pairs.index[0], int(pairs.iloc[0])
    names = arabic_names(entities)
    unit = "article" if options.get("count", "documents") == "documents" else "sentence"
    return (
        f"الفاعلون حسب المناطق في {n_articles(tables)}؛ أكثر تقاطع: {names.get(actor, actor)} في "
        f"{names.get(region, region)} ({count_phrase(n, unit)})."
    )


def _shown(options: dict) -> dict:
    """The options of the actors × regions chart that decide its cells."""
    keys = ("count", "top_actors", "top_regions")
    return {k: options[k] for k in keys if k in options}


def caption_timeline(tables, options, entities):
    events = tables.events
    dated = events[events["date_start"].notna()]
    if dated.empty:
        return f"الخط الزمني للأحداث: لا توجد أحداث مؤرخة في {n_articles(tables)}."
    view = options.get("view", "news")
    rows = view_events(events, tables.documents, view)
    what = "أحداث الأخبار (المُبلَّغ عنها والمرتقبة)" if view == "news" else "الخلفية (التاريخ وسنوات الخطط)"
    if rows.empty:
        return f"الخط الزمني للأحداث: لا توجد {what} في {n_articles(tables)}."
    kinds = rows["event_type"].fillna("other").value_counts()
    return (
        f"{what}: {count_phrase(len(rows), 'event')} من {n_articles(tables)}، بين {arabic_day(rows['first_day'].min())} و"
        f"{arabic_day(rows['last_day'].max())}؛ أكثر الأنواع: {event_type_ar(kinds.index[0])} ({count_phrase(int(kinds.iloc[0]), 'event')})."
    )


def caption_event_counts(tables, options, entities):
    view = options.get("view", "news")
    rows = view_events(tables.events, tables.documents, view) if len(tables.events) else tables.events
    if rows.empty:
        return f"عدد الأحداث عبر الزمن: لا توجد أحداث مؤرخة في {n_articles(tables)}."
    counts = event_count_table(tables, options)
    top = counts.sort_values(["events", "period_start"], ascending=[False, True]).iloc[0]
    spikes = int(counts["spike"].sum())
    return (
        f"عدد الأحداث عبر الزمن في {n_articles(tables)}؛ أعلاها {count_phrase(int(top['events']), 'event')} "
        f"في الفترة التي تبدأ {arabic_day(top['period_start'])}، و{count_phrase(spikes, 'peak')} فوق المتوسط بانحرافين معياريين."
    )


def caption_mentions_over_time(tables, options, entities):
    ids = options.get("entity_ids") or top_entity_ids(tables, options.get("kind", "actor"), options.get("top_n", 8))
    names = arabic_names(entities)
    if not ids:
        return f"الإشارات عبر الزمن: لا توجد إشارات في {n_articles(tables)}."
    return f"تطور الإشارات إلى {'، '.join(names.get(i, i) for i in ids[:4])} عبر الزمن في {n_articles(tables)}."


def caption_top_terms(tables, options, entities):
    terms = corpus_terms(tables, options.get("top_n", 15))
    if terms.empty:
        return f"المصطلحات الرئيسية: لا توجد مصطلحات في {n_articles(tables)}."
    return f"المصطلحات الرئيسية في {n_articles(tables)}؛ أبرزها: {'، '.join(terms.index[:4])}."


def caption_theme_terms(tables, options, entities):
    n = tables.themes["theme_id"].nunique() if not tables.themes.empty else 0
    if not n:
        return "الموضوعات: لا توجد موضوعات."
    first = tables.themes[tables.themes["theme_id"] == tables.themes["theme_id"].iloc[0]].sort_values("rank")
    return f"{count_phrase(n, 'theme')} مستخرجة من المدونة؛ الموضوع الأول: {'، '.join(first['term'].head(3))}."


def caption_theme_share(tables, options, entities):
    if tables.doc_themes.empty:
        return f"حصة الموضوعات عبر الزمن: لا توجد بيانات في {n_articles(tables)}."
    share = tables.doc_themes.groupby("theme_id")["weight"].sum().sort_values(ascending=False)
    top = tables.themes[tables.themes["theme_id"] == share.index[0]].sort_values("rank")["term"].head(3)
    return f"حصة الموضوعات عبر الزمن في {n_articles(tables)}؛ الأكبر: {'، '.join(top)} ({share.iloc[0] / share.sum():.0%})."


def caption_doc_themes(tables, options, entities):
    return f"أوزان الموضوعات في كل مقالة ({n_articles(tables)}؛ مجموع أوزان المقالة الواحدة 1)."


def caption_sources(tables, options, entities):
    by = options.get("by", "source")
    if by != "source":
        return f"عدد المقالات ({n_articles(tables)})."
    counts = tables.documents["source"].fillna("بلا مصدر").value_counts()
    if counts.empty:
        return "المقالات حسب المصدر: لا توجد مقالات."
    return (
        f"{n_articles(tables)} من {count_phrase(len(counts), 'source')}؛ أكثرها: {counts.index[0]} "
        f"({count_phrase(int(counts.iloc[0]), 'article')})."
    )


def caption_word_cloud(tables, options, entities):
    terms = corpus_terms(tables, options.get("top_n", 60))
    if terms.empty:
        return f"سحابة الكلمات: لا توجد مصطلحات في {n_articles(tables)}."
    return f"أبرز {count_phrase(len(terms), 'term')} في {n_articles(tables)} (الحجم حسب وزن المصطلح)؛ أكبرها: {'، '.join(terms.index[:3])}."


def caption_places(tables, options, entities):
    places = places_table(tables.mentions, entities)
    if places.empty:
        return f"الأماكن: لا توجد أماكن مذكورة في {n_articles(tables)}."
    names = arabic_names(entities)
    top = places.iloc[0]
    countries = places["country"].dropna().nunique()
    return (
        f"{count_phrase(len(places), 'place')} مذكورة في {n_articles(tables)}، في {count_phrase(countries, 'country')}، "
        f"مساحة كل دائرة بعدد المقالات؛ أكثرها: {names.get(top.entity_id, top.entity_id)} "
        f"({count_phrase(int(top.articles), 'article')})."
    )
