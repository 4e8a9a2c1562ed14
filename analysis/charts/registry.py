"""Every chart by id: how to draw it, how to caption it, which sentences stand behind it.

The dashboard, the briefing pack and the ``brief`` command share these ids, so a chart an
analyst picks on a page is the chart that lands in the briefing::

    fig = make_figure("top_actors", tables, {"top_n": 10}, lang="ar")
    text = caption("top_actors", tables, {"top_n": 10})        # one Arabic line
    rows = evidence("top_actors", tables, {"top_n": 10}, limit=5)

``options`` are the keyword arguments of the chart function in :mod:`analysis.viz` (``top_n``,
``window``, ``measure``, ``period``…) plus ``title``; unknown options raise ``ValueError``.
Evidence tables have the columns :data:`EVIDENCE_COLUMNS`: one row per sentence, in the
article's own (logical-order) text, with ``why`` naming what the sentence shows.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from analysis import config
from analysis.aggregate.comentions import comention_evidence
from analysis.schema import CorpusTables
from analysis.text.normalize import normalize
from analysis.viz import bars, heatmap, network, themes, timeline
from analysis.viz.bars import entity_counts
from analysis.viz.style import check_lang, clean_text

EVIDENCE_COLUMNS = ["doc_id", "sentence_idx", "text", "title", "published", "why"]


def default_entities() -> pd.DataFrame:
    """The entity table (names in English and Arabic, types) of the gazetteer in force: the built-in
    files with the analyst's edits (:func:`analysis.config.gazetteer`), read again when they change."""
    overlay = config.overlay_path()
    stamp = (overlay.stat().st_mtime_ns, overlay.stat().st_size) if overlay.exists() else None
    return _entities(str(config.data_dir()), stamp)


@functools.lru_cache(maxsize=4)
def _entities(folder: str, stamp: tuple[int, int] | None) -> pd.DataFrame:
    del stamp  # part of the cache key only: an edit of the overlay changes it
    return config.gazetteer(folder).entities_table()


@dataclass(frozen=True)
class Chart:
    """One chart of the registry: titles, the drawing function, its caption and evidence."""

    id: str
    title_en: str
    title_ar: str
    page: str
    draw: Callable[..., go.Figure]
    caption: Callable[[CorpusTables, dict, pd.DataFrame], str]
    evidence: Callable[[CorpusTables, dict, pd.DataFrame, int], pd.DataFrame]
    word_cloud: bool = False

    def title(self, lang: str) -> str:
        return self.title_ar if lang == "ar" else self.title_en


# --- helpers -------------------------------------------------------------------------------


def _names(entities: pd.DataFrame) -> dict[str, str]:
    """entity_id → Arabic name (English, then the id, when it has none)."""
    if entities is None or entities.empty:
        return {}
    out = {}
    for row in entities.to_dict("records"):
        out[str(row["entity_id"])] = (
            clean_text(row.get("name_ar")) or clean_text(row.get("name_en")) or row["entity_id"]
        )
    return out


def _sentence_rows(tables: CorpusTables, keys: pd.DataFrame, why: list[str] | pd.Series) -> pd.DataFrame:
    """Evidence rows for (doc_id, sentence_idx) ``keys`` in that order, with article title and date."""
    if len(keys) == 0:
        return pd.DataFrame(columns=EVIDENCE_COLUMNS)
    keys = keys[["doc_id", "sentence_idx"]].reset_index(drop=True).assign(why=list(why))
    rows = keys.merge(tables.sentences[["doc_id", "sentence_idx", "text"]], on=["doc_id", "sentence_idx"], how="left")
    rows = rows.merge(tables.documents[["doc_id", "title", "published"]], on="doc_id", how="left")
    rows["text"] = rows["text"].map(clean_text)
    rows = rows[rows["text"] != ""].drop_duplicates(["doc_id", "sentence_idx"])
    return rows[EVIDENCE_COLUMNS].reset_index(drop=True)


def _top_entity_ids(tables: CorpusTables, kind: str | None, top_n: int, count: str = "mentions") -> list[str]:
    counts = entity_counts(tables.mentions, count=count, kind=kind)
    return [str(i) for i in counts.head(top_n).index]


def _entity_evidence(tables: CorpusTables, ids: list[str], names: dict, limit: int) -> pd.DataFrame:
    """Sentences naming the most of ``ids`` (ties: the first in corpus order)."""
    if not ids:
        return pd.DataFrame(columns=EVIDENCE_COLUMNS)
    rank = {e: i for i, e in enumerate(ids)}
    hits = tables.mentions[tables.mentions["entity_id"].isin(ids)]
    if hits.empty:
        return pd.DataFrame(columns=EVIDENCE_COLUMNS)
    grouped = hits.groupby(["doc_id", "sentence_idx"])["entity_id"].agg(lambda s: sorted(set(s), key=rank.get))
    frame = grouped.reset_index(name="ids")
    frame["n"] = frame["ids"].map(len)
    frame["best"] = frame["ids"].map(lambda s: rank[s[0]])
    frame = frame.sort_values(["n", "best", "doc_id", "sentence_idx"], ascending=[False, True, True, True]).head(limit)
    why = frame["ids"].map(lambda s: "، ".join(names.get(e, e) for e in s))
    return _sentence_rows(tables, frame, why)


def _pair_evidence(
    tables: CorpusTables, options: dict, names: dict, limit: int, kind: str | None = None
) -> pd.DataFrame:
    """Sentences behind the strongest co-mention pairs (by count in the chart's window)."""
    window = options.get("window", "sentence")
    pairs = tables.comentions[tables.comentions["window"] == window]
    if kind is not None and not pairs.empty:
        kinds = tables.mentions.drop_duplicates("entity_id").set_index("entity_id")["entity_kind"]
        pairs = pairs[(pairs["entity_a"].map(kinds) == kind) & (pairs["entity_b"].map(kinds) == kind)]
    pairs = pairs.sort_values(["count", "entity_a", "entity_b"], ascending=[False, True, True])
    parts, seen = [], set()
    for a, b in zip(pairs["entity_a"], pairs["entity_b"]):
        found = comention_evidence(tables.mentions, tables.sentences, a, b, window=window)
        found = found[[(d, s) not in seen for d, s in zip(found["doc_id"], found["sentence_idx"])]]
        if found.empty:
            continue
        found = found.head(max(1, limit // 3))
        seen.update(zip(found["doc_id"], found["sentence_idx"]))
        parts.append(_sentence_rows(tables, found, [f"{names.get(a, a)} + {names.get(b, b)}"] * len(found)))
        if len(seen) >= limit:
            break
    if not parts:
        return pd.DataFrame(columns=EVIDENCE_COLUMNS)
    return pd.concat(parts, ignore_index=True).head(limit)


def _terms_evidence(tables: CorpusTables, terms: list[str], limit: int) -> pd.DataFrame:
    """KWIC-like: sentences containing the most of ``terms`` (compared in normalised form)."""
    terms = [t for t in dict.fromkeys(clean_text(t) for t in terms) if t]
    if not terms or tables.sentences.empty:
        return pd.DataFrame(columns=EVIDENCE_COLUMNS)
    normalized_terms = [(t, f" {normalize(t)} ") for t in terms]
    sentences = tables.sentences
    found = []
    for doc_id, idx, text in zip(sentences["doc_id"], sentences["sentence_idx"], sentences["text"]):
        padded = f" {normalize(str(text))} "
        hits = [t for t, n in normalized_terms if n in padded]
        if hits:
            found.append((doc_id, idx, hits))
    found.sort(key=lambda r: (-len(r[2]), terms.index(r[2][0])))
    frame = pd.DataFrame(found[:limit], columns=["doc_id", "sentence_idx", "hits"])
    return _sentence_rows(tables, frame, frame["hits"].map("، ".join) if len(frame) else [])


def _corpus_terms(tables: CorpusTables, top_n: int) -> pd.Series:
    """Term → summed TF-IDF weight over the selected articles, largest first."""
    terms = tables.doc_terms
    if terms.empty:
        return pd.Series(dtype=float)
    return terms.groupby("term")["weight"].sum().sort_values(ascending=False).head(top_n)


def _theme_term_list(tables: CorpusTables, n: int) -> list[str]:
    themes_table = tables.themes.sort_values(["rank", "theme_id"])
    return list(dict.fromkeys(themes_table["term"]))[:n]


def _n(tables: CorpusTables) -> str:
    return f"{len(tables.documents)} مقالة"


# --- the charts ----------------------------------------------------------------------------


def _draw_top(kind: str):
    def draw(tables, options, lang, entities):
        return bars.top_entities_bar(tables.mentions, entities, kind=kind, lang=lang, **options)

    return draw


def _caption_top(kind: str):
    def caption_(tables, options, entities):
        ids = _top_entity_ids(tables, kind, options.get("top_n", 20), options.get("count", "mentions"))
        what = "الفاعلون" if kind == "actor" else "المناطق"
        if not ids:
            return f"{what} الأكثر ذكراً: لا توجد إشارات في {_n(tables)}."
        counts = entity_counts(tables.mentions, count=options.get("count", "mentions"), kind=kind)
        names = _names(entities)
        return (
            f"{what} الأكثر ذكراً في {_n(tables)}؛ يتصدرها {names.get(ids[0], ids[0])} "
            f"({int(counts.iloc[0])} إشارة)، يليه {names.get(ids[1], ids[1]) if len(ids) > 1 else '—'}."
        )

    return caption_


def _evidence_top(kind: str):
    def evidence_(tables, options, entities, limit):
        ids = _top_entity_ids(tables, kind, min(options.get("top_n", 20), 5), options.get("count", "mentions"))
        return _entity_evidence(tables, ids, _names(entities), limit)

    return evidence_


def _draw_heatmap(tables, options, lang, entities):
    return heatmap.comention_heatmap(tables.comentions, entities, lang=lang, **options)


def _caption_pairs(label: str):
    def caption_(tables, options, entities):
        window = options.get("window", "sentence")
        pairs = tables.comentions[tables.comentions["window"] == window].sort_values("count", ascending=False)
        if pairs.empty:
            return f"{label}: لا توجد إشارات مشتركة في {_n(tables)}."
        top = pairs.iloc[0]
        names = _names(entities)
        unit = {"sentence": "جملة", "paragraph": "فقرة", "document": "مقالة"}.get(window, window)
        return (
            f"{label} في {_n(tables)}؛ أقوى زوج: {names.get(top.entity_a, top.entity_a)} و"
            f"{names.get(top.entity_b, top.entity_b)} ({int(top['count'])} {unit})."
        )

    return caption_


def _evidence_pairs(tables, options, entities, limit):
    return _pair_evidence(tables, options, _names(entities), limit)


def _draw_network(tables, options, lang, entities):
    return network.actor_network(tables.mentions, tables.comentions, entities, lang=lang, **options)


def _evidence_network(tables, options, entities, limit):
    return _pair_evidence(tables, options, _names(entities), limit, kind=options.get("kind", "actor"))


def _draw_actor_region(tables, options, lang, entities):
    return heatmap.actor_region_heatmap(tables.mentions, entities, lang=lang, **options)


def _caption_actor_region(tables, options, entities):
    table = heatmap.actor_region_table(tables.mentions, count=options.get("count", "documents"))
    if table.empty:
        return f"الفاعلون والمناطق: لا توجد إشارات مشتركة في {_n(tables)}."
    stacked = table.stack()
    actor, region = stacked.idxmax()
    names = _names(entities)
    return (
        f"الفاعلون حسب المناطق في {_n(tables)}؛ أكثر تقاطع: {names.get(actor, actor)} في "
        f"{names.get(region, region)} ({int(stacked.max())} مقالة)."
    )


def _evidence_actor_region(tables, options, entities, limit):
    table = heatmap.actor_region_table(tables.mentions, count=options.get("count", "documents"))
    if table.empty:
        return pd.DataFrame(columns=EVIDENCE_COLUMNS)
    stacked = table.stack().sort_values(ascending=False)
    names = _names(entities)
    parts, seen = [], set()
    for (actor, region), _ in stacked.head(5).items():
        sentences = tables.mentions.groupby(["doc_id", "sentence_idx"])["entity_id"].agg(set)
        both = sentences[sentences.map(lambda s, a=actor, r=region: a in s and r in s)]
        keys = [k for k in both.index if k not in seen][: max(1, limit // 3)]
        seen.update(keys)
        if keys:
            frame = pd.DataFrame(keys, columns=["doc_id", "sentence_idx"])
            parts.append(
                _sentence_rows(tables, frame, [f"{names.get(actor, actor)} + {names.get(region, region)}"] * len(keys))
            )
        if len(seen) >= limit:
            break
    return pd.concat(parts, ignore_index=True).head(limit) if parts else pd.DataFrame(columns=EVIDENCE_COLUMNS)


def _draw_timeline(tables, options, lang, entities):
    return timeline.event_timeline(tables.events, entities, lang=lang, **options)


def _caption_timeline(tables, options, entities):
    events = tables.events
    dated = events[events["date_start"].notna()]
    if dated.empty:
        return f"الخط الزمني للأحداث: لا توجد أحداث مؤرخة في {_n(tables)}."
    kinds = dated["event_type"].value_counts()
    return (
        f"{len(dated)} حدثاً مؤرخاً من {_n(tables)}، بين {dated['date_start'].min()} و{dated['date_end'].max()}؛ "
        f"أكثر الأنواع: {kinds.index[0]} ({int(kinds.iloc[0])})."
    )


def _evidence_timeline(tables, options, entities, limit):
    events = tables.events
    if events.empty:
        return pd.DataFrame(columns=EVIDENCE_COLUMNS)
    events = events.assign(n_actors=events["actors"].map(len))
    events = (
        events[events["date_start"].notna()]
        .sort_values(["n_actors", "date_start"], ascending=[False, False])
        .drop_duplicates(["doc_id", "sentence_idx"])
        .head(limit)
    )
    why = [f"{d} · {t}" for d, t in zip(events["date_start"], events["event_type"])]
    return _sentence_rows(tables, events, why)


def _draw_mentions_over_time(tables, options, lang, entities):
    return timeline.mentions_over_time(tables.mentions, tables.documents, entities, lang=lang, **options)


def _caption_mentions_over_time(tables, options, entities):
    ids = options.get("entity_ids") or _top_entity_ids(tables, options.get("kind", "actor"), options.get("top_n", 8))
    names = _names(entities)
    if not ids:
        return f"الإشارات عبر الزمن: لا توجد إشارات في {_n(tables)}."
    return f"تطور الإشارات إلى {'، '.join(names.get(i, i) for i in ids[:4])} عبر الزمن في {_n(tables)}."


def _evidence_mentions_over_time(tables, options, entities, limit):
    ids = options.get("entity_ids") or _top_entity_ids(
        tables, options.get("kind", "actor"), min(options.get("top_n", 8), 4)
    )
    return _entity_evidence(tables, list(ids), _names(entities), limit)


def _draw_top_terms(tables, options, lang, entities):
    return bars.top_terms_bar(tables.doc_terms, lang=lang, **options)


def _caption_top_terms(tables, options, entities):
    terms = _corpus_terms(tables, options.get("top_n", 15))
    if terms.empty:
        return f"المصطلحات الرئيسية: لا توجد مصطلحات في {_n(tables)}."
    return f"المصطلحات الرئيسية في {_n(tables)}؛ أبرزها: {'، '.join(terms.index[:4])}."


def _evidence_top_terms(tables, options, entities, limit):
    return _terms_evidence(tables, list(_corpus_terms(tables, 6).index), limit)


def _draw_theme_terms(tables, options, lang, entities):
    return themes.theme_terms_grid(tables.themes, lang=lang, **options)


def _caption_theme_terms(tables, options, entities):
    n = tables.themes["theme_id"].nunique() if not tables.themes.empty else 0
    if not n:
        return "الموضوعات: لا توجد موضوعات."
    first = tables.themes[tables.themes["theme_id"] == tables.themes["theme_id"].iloc[0]].sort_values("rank")
    return f"{n} موضوعات مستخرجة من المدونة؛ الموضوع الأول: {'، '.join(first['term'].head(3))}."


def _evidence_theme_terms(tables, options, entities, limit):
    return _terms_evidence(tables, _theme_term_list(tables, 6), limit)


def _draw_theme_share(tables, options, lang, entities):
    return timeline.theme_share_over_time(tables.doc_themes, tables.documents, tables.themes, lang=lang, **options)


def _caption_theme_share(tables, options, entities):
    if tables.doc_themes.empty:
        return f"حصة الموضوعات عبر الزمن: لا توجد بيانات في {_n(tables)}."
    share = tables.doc_themes.groupby("theme_id")["weight"].sum().sort_values(ascending=False)
    top = tables.themes[tables.themes["theme_id"] == share.index[0]].sort_values("rank")["term"].head(3)
    return f"حصة الموضوعات عبر الزمن في {_n(tables)}؛ الأكبر: {'، '.join(top)} ({share.iloc[0] / share.sum():.0%})."


def _draw_doc_themes(tables, options, lang, entities):
    return themes.doc_theme_heatmap(tables.doc_themes, tables.documents, tables.themes, lang=lang, **options)


def _caption_doc_themes(tables, options, entities):
    return f"أوزان الموضوعات في كل مقالة ({_n(tables)}؛ مجموع أوزان المقالة الواحدة 1)."


def _draw_sources(tables, options, lang, entities):
    return bars.document_counts_bar(tables.documents, lang=lang, **options)


def _caption_sources(tables, options, entities):
    by = options.get("by", "source")
    if by != "source":
        return f"عدد المقالات ({_n(tables)})."
    counts = tables.documents["source"].fillna("بلا مصدر").value_counts()
    if counts.empty:
        return "المقالات حسب المصدر: لا توجد مقالات."
    return f"{_n(tables)} من {len(counts)} مصدر؛ أكثرها: {counts.index[0]} ({int(counts.iloc[0])})."


def _evidence_sources(tables, options, entities, limit):
    docs = tables.documents.sort_values("published", ascending=False).head(limit)
    keys = pd.DataFrame({"doc_id": docs["doc_id"], "sentence_idx": 0})
    return _sentence_rows(tables, keys, ["افتتاحية المقالة"] * len(keys))


def _draw_word_cloud(tables, options, lang, entities):
    from analysis.viz.wordcloud import word_cloud_figure

    title = options.pop("title", None) or CHARTS["word_cloud"].title(lang)
    return word_cloud_figure(_corpus_terms(tables, options.pop("top_n", 60)), title=title, lang=lang, **options)


def _caption_word_cloud(tables, options, entities):
    terms = _corpus_terms(tables, options.get("top_n", 60))
    if terms.empty:
        return f"سحابة الكلمات: لا توجد مصطلحات في {_n(tables)}."
    return f"أبرز {len(terms)} مصطلحاً في {_n(tables)} (الحجم حسب وزن TF-IDF)؛ أكبرها: {'، '.join(terms.index[:3])}."


CHARTS: dict[str, Chart] = {
    c.id: c
    for c in (
        Chart("top_actors", "Most mentioned actors", "الفاعلون الأكثر ذكراً", "overview",
              _draw_top("actor"), _caption_top("actor"), _evidence_top("actor")),
        Chart("top_regions", "Most mentioned regions", "المناطق الأكثر ذكراً", "overview",
              _draw_top("region"), _caption_top("region"), _evidence_top("region")),
        Chart("comention_heatmap", "Co-mentions", "الإشارات المشتركة", "actors",
              _draw_heatmap, _caption_pairs("الإشارات المشتركة"), _evidence_pairs),
        Chart("actor_network", "Actor network", "شبكة الفاعلين", "actors",
              _draw_network, _caption_pairs("شبكة الفاعلين"), _evidence_network),
        Chart("actor_region", "Actors × regions", "الفاعلون × المناطق", "actors",
              _draw_actor_region, _caption_actor_region, _evidence_actor_region),
        Chart("event_timeline", "Events", "الخط الزمني للأحداث", "timeline",
              _draw_timeline, _caption_timeline, _evidence_timeline),
        Chart("mentions_over_time", "Mentions over time", "الإشارات عبر الزمن", "actors",
              _draw_mentions_over_time, _caption_mentions_over_time, _evidence_mentions_over_time),
        Chart("top_terms", "Key terms", "المصطلحات الرئيسية", "themes",
              _draw_top_terms, _caption_top_terms, _evidence_top_terms),
        Chart("theme_terms", "Themes: top terms", "الموضوعات: أبرز المصطلحات", "themes",
              _draw_theme_terms, _caption_theme_terms, _evidence_theme_terms),
        Chart("theme_share", "Themes over time", "الموضوعات عبر الزمن", "themes",
              _draw_theme_share, _caption_theme_share, _evidence_theme_terms),
        Chart("doc_themes", "Articles × themes", "المقالات × الموضوعات", "themes",
              _draw_doc_themes, _caption_doc_themes, _evidence_theme_terms),
        Chart("source_counts", "Articles by source", "المقالات حسب المصدر", "overview",
              _draw_sources, _caption_sources, _evidence_sources),
        Chart("word_cloud", "Key terms (word cloud)", "سحابة المصطلحات", "themes",
              _draw_word_cloud, _caption_word_cloud, _evidence_top_terms, word_cloud=True),
    )
}  # fmt: skip


def chart_ids() -> list[str]:
    return list(CHARTS)


def get_chart(chart_id: str) -> Chart:
    try:
        return CHARTS[chart_id]
    except KeyError:
        raise ValueError(f"unknown chart {chart_id!r}: expected one of {', '.join(CHARTS)}") from None


def _check_options(chart: Chart, options: dict | None) -> dict:
    """A copy of ``options``; names the chart function does not take raise ``ValueError``."""
    options = dict(options or {})
    if chart.word_cloud:
        return options
    target = {
        "top_actors": bars.top_entities_bar, "top_regions": bars.top_entities_bar,
        "comention_heatmap": heatmap.comention_heatmap, "actor_network": network.actor_network,
        "actor_region": heatmap.actor_region_heatmap, "event_timeline": timeline.event_timeline,
        "mentions_over_time": timeline.mentions_over_time, "top_terms": bars.top_terms_bar,
        "theme_terms": themes.theme_terms_grid, "theme_share": timeline.theme_share_over_time,
        "doc_themes": themes.doc_theme_heatmap, "source_counts": bars.document_counts_bar,
    }[chart.id]  # fmt: skip
    allowed = {n for n, p in inspect.signature(target).parameters.items() if p.kind is p.KEYWORD_ONLY} - {"lang"}
    if chart.id in ("top_actors", "top_regions"):
        allowed.discard("kind")  # fixed by the chart id
    unknown = sorted(set(options) - allowed)
    if unknown:
        raise ValueError(
            f"chart {chart.id!r} takes no option {', '.join(unknown)} (options: {', '.join(sorted(allowed))})"
        )
    return options


def make_figure(
    chart_id: str,
    tables: CorpusTables,
    options: dict | None = None,
    lang: str = "both",
    *,
    entities: pd.DataFrame | None = None,
) -> go.Figure:
    """The chart ``chart_id`` drawn from ``tables`` (usually already filtered)."""
    check_lang(lang)
    chart = get_chart(chart_id)
    options = _check_options(chart, options)
    options.setdefault("title", chart.title(lang))
    entities = default_entities() if entities is None else entities
    return chart.draw(tables, options, lang, entities)


def caption(
    chart_id: str, tables: CorpusTables, options: dict | None = None, *, entities: pd.DataFrame | None = None
) -> str:
    """One Arabic sentence saying what the chart shows and its leading value."""
    chart = get_chart(chart_id)
    entities = default_entities() if entities is None else entities
    return chart.caption(tables, dict(options or {}), entities)


def evidence(
    chart_id: str,
    tables: CorpusTables,
    options: dict | None = None,
    *,
    limit: int = 5,
    entities: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The top ``limit`` sentences behind the chart (columns :data:`EVIDENCE_COLUMNS`)."""
    chart = get_chart(chart_id)
    entities = default_entities() if entities is None else entities
    table = chart.evidence(tables, dict(options or {}), entities, limit)
    return table.reindex(columns=EVIDENCE_COLUMNS).head(limit).reset_index(drop=True)
