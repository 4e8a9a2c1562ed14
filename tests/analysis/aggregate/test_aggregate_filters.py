"""The analyst's selection (analysis.aggregate.filters): which articles, events and co-mentions it keeps.

Five hand-made articles, two sentences each, from the seed articles (seeds/000…004); every
expected set below is read off the table ``ARTICLES`` by hand.

The tables follow the contract of ``analysis/schema.py`` (``SCHEMA_VERSION`` 2), and a test checks
them against it: ``published`` is a ``datetime.date`` or None (undated), ``source`` a string or None,
an event's ``actors`` and ``regions`` are lists of entity ids.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import engine, pipeline, schema
from analysis.aggregate.comentions import comentions_table
from analysis.aggregate.filters import FilterSpec, apply_filters, selected_doc_ids
from analysis.briefing.provenance import describe_filters
from analysis.config import gazetteer
from analysis.schema import CorpusTables

D = dt.date
YEMEN_CORPUS = Path(__file__).resolve().parents[2] / "fixtures" / "yemen_corpus"
UNDATED = None
NO_SOURCE = None

RUSSIA, TURKEY, USA, LAVROV = "russia", "turkey", "usa", "lavrov"
IDLIB, NORTH_SYRIA = "idlib", "north_syria"
KIND = {RUSSIA: "actor", TURKEY: "actor", USA: "actor", LAVROV: "actor", IDLIB: "region", NORTH_SYRIA: "region"}

# doc_id → (published, source, [(sentence, [(surface, entity_id), …]), …])
ARTICLES = {
    "a": (  # seeds/000
        D(2020, 12, 30),
        NO_SOURCE,
        [
            (
                "التقارب الروسي التركي يترجم إلى تبادل أدوار بينهما في الشمال السوري",
                [("الروسي", RUSSIA), ("التركي", TURKEY), ("الشمال السوري", NORTH_SYRIA)],
            ),
            (
                "شكلت الضغوط الدولية على كل من روسيا وتركيا عاملا قويا لتعزيز التقارب",
                [("روسيا", RUSSIA), ("تركيا", TURKEY)],
            ),
        ],
    ),
    "b": (  # seeds/001
        D(2020, 2, 5),
        "ترك برس",
        [
            ("شنت قوات النظام مدعومة بالمقاتلات الروسية حملة عسكرية على إدلب", [("الروسية", RUSSIA), ("إدلب", IDLIB)]),
            ("وتقول أنقرة إنها لن تسحب نقاط المراقبة", [("أنقرة", TURKEY)]),
        ],
    ),
    "c": (  # seeds/002
        D(2018, 12, 29),
        NO_SOURCE,
        [
            ("كشفت محادثات بين تركيا وروسيا جرت في موسكو", [("تركيا", TURKEY), ("روسيا", RUSSIA)]),
            (
                "بعيد قرار الولايات المتحدة سحب جنودها من شمال سوريا",
                [("الولايات المتحدة", USA), ("شمال سوريا", NORTH_SYRIA)],
            ),
        ],
    ),
    "d": (  # seeds/003: no date
        UNDATED,
        "العرب",
        [
            ("استئناف الغارات على إدلب يفند التنسيق بين موسكو وأنقرة", [("إدلب", IDLIB)]),
            (
                "أعلن وزير الدفاع التركي أن تركيا وروسيا تدرسان إنشاء مركز تنسيق لمحافظة إدلب",
                [("تركيا", TURKEY), ("روسيا", RUSSIA), ("إدلب", IDLIB)],
            ),
        ],
    ),
    "e": (  # seeds/004
        D(2020, 12, 30),
        "ترك برس",
        [
            ("موسكو وأنقرة تؤكدان استمرار تعاونهما العسكري", [("موسكو", RUSSIA), ("أنقرة", TURKEY)]),
            (
                "وأكد وزير الخارجية الروسي سيرغي لافروف أن التعاون سيتواصل رغم عقوبات الولايات المتحدة على تركيا",
                [("الروسي", RUSSIA), ("لافروف", LAVROV), ("الولايات المتحدة", USA), ("تركيا", TURKEY)],
            ),
        ],
    ),
}

# (doc_id, sentence_idx, event_type, date_text, date): one event per date expression
EVENTS = [
    ("a", 1, "other", "اليوم", D(2020, 12, 30)),
    ("b", 0, "strike", "منذ نيسان", D(2019, 4, 1)),
    ("c", 1, "deployment", "الأسبوع الماضي", D(2018, 12, 19)),
    ("d", 1, "talks", "الخميس", D(2019, 3, 14)),
    ("e", 1, "statement", "الثلاثاء", D(2020, 12, 29)),
    ("e", 1, "sanctions", "هذا الشهر", D(2020, 12, 1)),
]
EVENT_TYPES = ["other", "strike", "deployment", "talks", "statement", "sanctions"]


def frame(name: str, rows: list[tuple]) -> pd.DataFrame:
    return schema.conform(name, pd.DataFrame(rows, columns=schema.table(name).names))


def make_tables() -> CorpusTables:
    documents, sentences, mentions, texts = [], [], [], {}
    for doc_id, (published, source, article) in ARTICLES.items():
        text = "\n\n".join(sentence for sentence, _ in article)
        texts[doc_id] = text
        documents.append((doc_id, article[0][0], source, published, len(text), len(article), ""))
        start = 0
        for idx, (sentence, found) in enumerate(article):
            sentences.append((doc_id, idx, idx, start, start + len(sentence), sentence))
            for surface, entity_id in found:
                at = text.index(surface, start)
                mentions.append(
                    (doc_id, idx, entity_id, KIND[entity_id], surface, at, at + len(surface), surface, "alias")
                )
            start += len(sentence) + 2
    mentions = frame("mentions", mentions)
    sentences = frame("sentences", sentences)
    events = []
    for doc_id, idx, event_type, date_text, date in EVENTS:
        named = mentions[(mentions["doc_id"] == doc_id) & (mentions["sentence_idx"] == idx)]
        sentence = ARTICLES[doc_id][2][idx][0]
        events.append(
            (
                f"{doc_id}:{sum(e[1] == doc_id for e in events) + 1}", doc_id, idx, date_text, date, date, "day",
                "point", "reported",
                sorted(set(named.loc[named["entity_kind"] == "actor", "entity_id"])),
                sorted(set(named.loc[named["entity_kind"] == "region", "entity_id"])),
                event_type, None, sentence, 0, len(date_text), True,
            )
        )  # fmt: skip
    return CorpusTables(
        name="hand",
        documents=frame("documents", documents),
        sentences=sentences,
        mentions=mentions,
        comentions=comentions_table(mentions, sentences),
        events=frame("events", events),
        doc_terms=frame("doc_terms", [(d, 1, "تعاون", 0.5) for d in ARTICLES]),
        themes=frame("themes", [(1, 1, "تعاون", 0.9, None)]),
        doc_themes=frame("doc_themes", [(d, 1, 1.0) for d in ARTICLES]),
        problems=frame("problems", []),
        texts=texts,
    )


@pytest.fixture(scope="module")
def tables() -> CorpusTables:
    return make_tables()


def test_the_hand_tables_keep_the_contract(tables):
    for name in CorpusTables.TABLES:
        assert schema.validate(name, getattr(tables, name), allowed={"event_type": EVENT_TYPES}) == [], name
    assert tables.documents.loc[3, ["doc_id", "published", "source"]].tolist() == ["d", None, "العرب"]
    assert tables.events.loc[5, "actors"] == ("lavrov", "russia", "turkey", "usa")


# (spec, articles kept, events kept as (doc_id, event_type))
SELECTIONS = [
    # lavrov is named in e only, in e's sentence 1 with both of its events
    (FilterSpec(actors=(LAVROV,)), "e", [("e", "statement"), ("e", "sanctions")]),
    # any: the usa (c, e) or lavrov (e); events whose own sentence names one of them
    (FilterSpec(actors=(USA, LAVROV)), "ce", [("c", "deployment"), ("e", "statement"), ("e", "sanctions")]),
    # all: an article naming both, anywhere in it (only e); an event naming both in its sentence
    (FilterSpec(actors=(USA, LAVROV), actor_mode="all"), "e", [("e", "statement"), ("e", "sanctions")]),
    # c names russia in sentence 0 and the usa in sentence 1: the article is kept, its event is not
    (FilterSpec(actors=(RUSSIA, USA), actor_mode="all"), "ce", [("e", "statement"), ("e", "sanctions")]),
    # regions: idlib in b and d; north syria in a and c (a's event sentence names no region)
    (FilterSpec(regions=(IDLIB,)), "bd", [("b", "strike"), ("d", "talks")]),
    (FilterSpec(regions=(IDLIB, NORTH_SYRIA)), "abcd", [("b", "strike"), ("c", "deployment"), ("d", "talks")]),
    # sources
    (FilterSpec(sources=("ترك برس",)), "be", [("b", "strike"), ("e", "statement"), ("e", "sanctions")]),
    (FilterSpec(sources=("ترك برس", "العرب")), "bde", [("b", "strike"), ("d", "talks"), ("e", "statement"), ("e", "sanctions")]),
    # "" stands for the articles that name no source (a and c)
    (FilterSpec(sources=("",)), "ac", [("a", "other"), ("c", "deployment")]),
    (FilterSpec(sources=("", "العرب")), "acd", [("a", "other"), ("c", "deployment"), ("d", "talks")]),
    # event types filter events only: every article stays
    (FilterSpec(event_types=("statement", "talks")), "abcde", [("d", "talks"), ("e", "statement")]),
    # dates are inclusive at both ends; the undated d drops out as soon as a bound is set
    (FilterSpec(date_from=D(2020, 1, 1)), "abe", [("a", "other"), ("b", "strike"), ("e", "statement"), ("e", "sanctions")]),
    (FilterSpec(date_to=D(2019, 12, 31)), "c", [("c", "deployment")]),
    (FilterSpec(date_from=D(2020, 12, 30), date_to=D(2020, 12, 30)), "ae", [("a", "other"), ("e", "statement"), ("e", "sanctions")]),
    (FilterSpec(date_from=D(2018, 12, 29), date_to=D(2020, 2, 5)), "bc", [("b", "strike"), ("c", "deployment")]),
    (FilterSpec(date_from=D(2018, 12, 30), date_to=D(2020, 2, 4)), "", []),
    (FilterSpec(date_from=D(1900, 1, 1)), "abce", [("a", "other"), ("b", "strike"), ("c", "deployment"), ("e", "statement"), ("e", "sanctions")]),
    # everything at once: Türk Press since 2020, naming turkey, statements only
    (FilterSpec(actors=(TURKEY,), sources=("ترك برس",), date_from=D(2020, 1, 1), event_types=("statement",)), "be", [("e", "statement")]),
    # an actor nobody names
    (FilterSpec(actors=("no_such_actor",)), "", []),
]  # fmt: skip


@pytest.mark.parametrize("spec, articles, events", SELECTIONS, ids=[describe_filters(s) for s, _, _ in SELECTIONS])
def test_what_a_selection_keeps(tables, spec, articles, events):
    assert selected_doc_ids(tables, spec) == set(articles)
    kept = apply_filters(tables, spec)
    assert kept.documents["doc_id"].tolist() == list(articles)
    for name in ("sentences", "mentions", "doc_terms", "doc_themes"):
        frame = getattr(kept, name)
        assert set(frame["doc_id"]) == set(articles), name
        assert frame.index.tolist() == list(range(len(frame))), name
    assert list(zip(kept.events["doc_id"], kept.events["event_type"])) == events
    assert kept.themes is tables.themes  # fitted on the whole corpus: not filtered


HIERARCHY = {NORTH_SYRIA: [IDLIB, "saraqib"], "syria": [NORTH_SYRIA, IDLIB, "saraqib"]}


def below(entity_id):
    return HIERARCHY.get(entity_id, [])


def test_a_region_filter_includes_the_places_below_it(tables):
    # Syria itself is named in no article; northern Syria and Idlib are
    assert selected_doc_ids(tables, FilterSpec(regions=("syria",))) == set()
    assert selected_doc_ids(tables, FilterSpec(regions=("syria",)), below) == set("abcd")
    assert selected_doc_ids(tables, FilterSpec(regions=(NORTH_SYRIA,)), below) == set("abcd")
    kept = apply_filters(tables, FilterSpec(regions=("syria",)), below)
    plain = apply_filters(tables, FilterSpec(regions=(NORTH_SYRIA, IDLIB)))
    assert kept.events.equals(plain.events)


def test_with_all_actors_a_place_below_counts_for_its_country(tables):
    spec = FilterSpec(actors=(RUSSIA, "syria"), actor_mode="all")
    assert selected_doc_ids(tables, spec, below) == selected_doc_ids(
        tables, FilterSpec(actors=(RUSSIA,))
    ) & selected_doc_ids(tables, FilterSpec(regions=(NORTH_SYRIA, IDLIB)))


def test_selected_doc_ids_without_article_filters_is_every_article(tables):
    assert selected_doc_ids(tables, FilterSpec(event_types=("statement",))) == set("abcde")
    assert selected_doc_ids(tables, FilterSpec()) == set("abcde")


def test_no_filter_returns_the_tables_themselves(tables):
    assert apply_filters(tables, FilterSpec()) is tables


def test_the_input_tables_are_left_untouched(tables):
    before = {name: getattr(tables, name).copy() for name in CorpusTables.TABLES}
    apply_filters(tables, FilterSpec(actors=(LAVROV,), event_types=("statement",)))
    for name, frame in before.items():
        pd.testing.assert_frame_equal(getattr(tables, name), frame)


# --- co-mentions ---------------------------------------------------------------------------------


def pairs(comentions: pd.DataFrame, window: str) -> dict[tuple[str, str], int]:
    rows = comentions[comentions["window"] == window]
    return dict(zip(zip(rows["entity_a"], rows["entity_b"]), rows["count"]))


def test_comentions_are_recounted_from_the_kept_articles(tables):
    kept = apply_filters(tables, FilterSpec(sources=("ترك برس",)))  # b and e
    assert schema.validate("comentions", kept.comentions) == []
    # sentences: b0 {russia, idlib}, b1 {turkey}, e0 {russia, turkey}, e1 {lavrov, russia, turkey, usa}
    assert pairs(kept.comentions, "sentence") == {
        ("idlib", "russia"): 1,
        ("lavrov", "russia"): 1,
        ("lavrov", "turkey"): 1,
        ("lavrov", "usa"): 1,
        ("russia", "turkey"): 2,
        ("russia", "usa"): 1,
        ("turkey", "usa"): 1,
    }
    # every sentence is its own paragraph here
    assert pairs(kept.comentions, "paragraph") == pairs(kept.comentions, "sentence")
    # articles: b {russia, idlib, turkey}, e {lavrov, russia, turkey, usa}
    assert pairs(kept.comentions, "document") == {
        ("idlib", "russia"): 1,
        ("idlib", "turkey"): 1,
        ("lavrov", "russia"): 1,
        ("lavrov", "turkey"): 1,
        ("lavrov", "usa"): 1,
        ("russia", "turkey"): 2,
        ("russia", "usa"): 1,
        ("turkey", "usa"): 1,
    }
    # russia and turkey: 2 sentences together, 3 with russia (b0 e0 e1), 3 with turkey (b1 e0 e1), of 4:
    # jaccard 2 / (3 + 3 − 2); npmi log(0.5 / 0.75²) / −log 0.5 = log2(8/9)
    row = kept.comentions[(kept.comentions["window"] == "sentence") & (kept.comentions["entity_a"] == "russia")]
    row = row[row["entity_b"] == "turkey"].iloc[0]
    assert row["jaccard"] == pytest.approx(0.5)
    assert row["npmi"] == pytest.approx(-0.169925, abs=1e-6)
    # in the whole corpus the pair shares 6 sentences (a0 a1 c0 d1 e0 e1)
    assert pairs(tables.comentions, "sentence")[("russia", "turkey")] == 6


def test_a_selections_comentions_are_counted_once_and_only_when_read(tables, monkeypatch):
    # the pages without a co-mention chart never pay for counting them (seconds on 31k articles)
    from analysis.aggregate import filters

    counted = []
    monkeypatch.setattr(filters, "comentions_table", lambda m, s: counted.append(len(m)) or comentions_table(m, s))
    kept = apply_filters(tables, FilterSpec(sources=("ترك برس",)))
    assert counted == []
    assert pairs(kept.comentions, "sentence")[("russia", "turkey")] == 2
    assert pairs(kept.comentions, "document")[("idlib", "turkey")] == 1
    assert counted == [len(kept.mentions)]


def test_comentions_are_kept_as_they_are_when_only_events_are_filtered(tables):
    kept = apply_filters(tables, FilterSpec(event_types=("talks",)))
    assert kept.comentions is tables.comentions
    assert kept.documents is tables.documents


# --- the spec itself -----------------------------------------------------------------------------


def test_a_reversed_date_range_is_refused():
    with pytest.raises(ValueError, match="the date range is reversed: 2020-12-30 is after 2020-01-01"):
        FilterSpec(date_from=D(2020, 12, 30), date_to=D(2020, 1, 1))
    FilterSpec(date_from=D(2020, 12, 30), date_to=D(2020, 12, 30))  # one day is a range


def test_an_unknown_actor_mode_is_refused():
    with pytest.raises(ValueError, match=r"actor_mode must be one of \('any', 'all'\), not 'every'"):
        FilterSpec(actors=(RUSSIA,), actor_mode="every")


@pytest.mark.parametrize(
    "spec, filters_articles, is_empty",
    [
        (FilterSpec(), False, True),
        (FilterSpec(event_types=("talks",)), False, False),
        (FilterSpec(actors=(RUSSIA,)), True, False),
        (FilterSpec(regions=(IDLIB,)), True, False),
        (FilterSpec(sources=("ترك برس",)), True, False),
        (FilterSpec(date_from=D(2020, 1, 1)), True, False),
        (FilterSpec(date_to=D(2020, 1, 1)), True, False),
        (FilterSpec(actor_mode="all"), False, True),  # a mode without actors selects nothing
    ],
)
def test_what_a_spec_filters(spec, filters_articles, is_empty):
    assert (spec.filters_articles, spec.is_empty) == (filters_articles, is_empty)


NAMES = {RUSSIA: "Russia · روسيا", TURKEY: "Turkey · تركيا", IDLIB: "Idlib · إدلب"}


@pytest.mark.parametrize(
    "spec, line",
    [
        (FilterSpec(), "no filters"),
        (FilterSpec(actors=(RUSSIA, TURKEY)), "actors: Russia · روسيا, Turkey · تركيا (any)"),
        (
            FilterSpec(actors=(RUSSIA, TURKEY), actor_mode="all", regions=(IDLIB,)),
            "actors: Russia · روسيا, Turkey · تركيا (all) · regions: Idlib · إدلب",
        ),
        (FilterSpec(date_from=D(2019, 1, 1)), "published: from 2019-01-01"),
        (FilterSpec(date_to=D(2020, 12, 31)), "published: until 2020-12-31"),
        (
            FilterSpec(date_from=D(2019, 1, 1), date_to=D(2020, 12, 31), sources=("ترك برس", "العرب")),
            "published: 2019-01-01 – 2020-12-31 · sources: ترك برس, العرب",
        ),
        (FilterSpec(event_types=("statement", "talks")), "event types: Statement, Talks / meeting"),
    ],
)
def test_the_filters_line_is_one_line_in_a_fixed_order(spec, line):
    assert describe_filters(spec, "en", name=NAMES.get) == line


def test_the_filters_line_shows_ids_without_names():
    assert describe_filters(FilterSpec(actors=(RUSSIA,), regions=(IDLIB,))) == "actors: russia (any) · regions: idlib"


# --- invariants over every selection -------------------------------------------------------------

_ACTORS = st.lists(st.sampled_from([RUSSIA, TURKEY, USA, LAVROV, "no_such_actor"]), max_size=3, unique=True)
_DATES = st.none() | st.dates(min_value=D(2018, 12, 1), max_value=D(2021, 1, 31))


@pytest.mark.slow  # property test over many generated inputs
@settings(max_examples=100, deadline=None)
@given(_ACTORS, _ACTORS)
def test_any_is_the_union_and_all_is_within_any(tables, first, second):

    def any_of(actors):
        return selected_doc_ids(tables, FilterSpec(actors=tuple(actors)))

    def all_of(actors):
        return selected_doc_ids(tables, FilterSpec(actors=tuple(actors), actor_mode="all"))

    if first and second:
        assert any_of(first + [a for a in second if a not in first]) == any_of(first) | any_of(second)
    if first:
        assert all_of(first) <= any_of(first)
        assert all_of(first) == set.intersection(*(any_of([a]) for a in first))


@pytest.mark.slow  # property test over many generated inputs
@settings(max_examples=100, deadline=None)
@given(_DATES, _DATES)
def test_a_date_range_is_the_intersection_of_its_bounds(tables, start, end):
    if start and end and start > end:
        start, end = end, start
    both = selected_doc_ids(tables, FilterSpec(date_from=start, date_to=end))
    only_from = selected_doc_ids(tables, FilterSpec(date_from=start))
    only_to = selected_doc_ids(tables, FilterSpec(date_to=end))
    assert both == only_from & only_to
    if start or end:
        assert "d" not in both  # undated


# --- rare discovered entities --------------------------------------------------------------------

REGIME = "disc:qwat_al_nzam"  # قوات النظام, discovered in article b alone


@pytest.fixture
def with_a_rare_name(monkeypatch) -> CorpusTables:
    """The hand tables with قوات النظام discovered in b's first sentence, and a rare floor under
    which one article of five is rare (discovered.yaml's floor makes it 2 of 31,000)."""
    import dataclasses

    from analysis.extract import discovered

    rules = dataclasses.replace(discovered.load_rules(), rare_min_articles=3, rare_min_share=1.0)
    monkeypatch.setattr(discovered, "_rules", lambda: rules)
    base = make_tables()
    at = base.texts["b"].index("قوات النظام")
    extra = frame("mentions", [("b", 0, REGIME, "actor", "قوات النظام", at, at + 11, "قوات النظام", "discovered")])
    mentions = pd.concat([base.mentions, extra], ignore_index=True)
    return dataclasses.replace(base, mentions=mentions, comentions=comentions_table(mentions, base.sentences))


@pytest.mark.parametrize("spec", [FilterSpec(), FilterSpec(sources=("ترك برس",)), FilterSpec(event_types=("talks",))])
def test_a_rare_discovered_entity_is_in_no_pair_but_keeps_its_mentions(with_a_rare_name, spec):
    assert pairs(with_a_rare_name.comentions, "sentence")[(REGIME, RUSSIA)] == 1  # the corpus' table has it
    kept = apply_filters(with_a_rare_name, spec)
    paired = set(kept.comentions["entity_a"]) | set(kept.comentions["entity_b"])
    assert REGIME not in paired and {RUSSIA, IDLIB} <= paired
    assert list(kept.mentions.loc[kept.mentions["entity_id"] == REGIME, "surface"]) == ["قوات النظام"]
    # the other pairs are counted as before: their counts do not depend on the name left out
    assert pairs(kept.comentions, "sentence") == pairs(apply_filters(make_tables(), spec).comentions, "sentence")


def test_a_table_put_in_place_of_another_is_filtered_by_its_own_rows():
    # Selections keep rows by each table's article positions, worked out once per table object
    # (prepare_selections, when the dashboard loads a corpus): a table replaced on the same tables
    # object (a refit, named themes) must not be filtered with the positions of the one it replaced.
    from analysis.aggregate.filters import prepare_selections

    tables = prepare_selections(make_tables())
    tables.mentions = tables.mentions.iloc[::-1].reset_index(drop=True)  # the same rows, "e" first
    tables.documents = tables.documents.iloc[::-1].reset_index(drop=True)
    kept = apply_filters(tables, FilterSpec(actors=(LAVROV,)))
    assert set(kept.documents["doc_id"]) == set(kept.mentions["doc_id"]) == {"e"}
    assert set(kept.sentences["doc_id"]) == {"e"} and len(kept.sentences) == 2


def test_a_state_under_actors_keeps_the_articles_and_events_of_the_places_under_it():
    """tests/fixtures/yemen_corpus: ``a`` names Yemen (اليمن، الحكومة اليمنية); ``b`` only Aden (a ship
    reached its port «صباح أمس»); ``c`` only Taiz (a shelling «مساء الثلاثاء»); ``d`` only Riyadh. Yemen
    is an actor; Aden and Taiz are places under it: their articles and their events are Yemen's."""
    tables = pipeline.build(YEMEN_CORPUS, scheduler=engine.SYNCHRONOUS)
    below = gazetteer().descendants
    assert selected_doc_ids(tables, FilterSpec(actors=("yemen",))) == {"a"}  # without the hierarchy
    kept = apply_filters(tables, FilterSpec(actors=("yemen",)), below)
    assert kept.documents["doc_id"].tolist() == ["a", "b", "c"]
    assert list(zip(kept.events["doc_id"], kept.events["regions"])) == [("b", ("aden",)), ("c", ("taiz",))]
    strikes = apply_filters(tables, FilterSpec(actors=("yemen",), event_types=("strike",)), below)
    assert strikes.events["doc_id"].tolist() == ["c"]
    # all of them: Yemen and the UN are both named in a alone, whose sentence holds no date
    both = apply_filters(tables, FilterSpec(actors=("yemen", "un"), actor_mode="all"), below)
    assert both.documents["doc_id"].tolist() == ["a"] and both.events.empty
    # a place keeps only what is on it, not its state's
    aden = apply_filters(tables, FilterSpec(regions=("aden",)), below)
    assert aden.documents["doc_id"].tolist() == ["b"] and aden.events["doc_id"].tolist() == ["b"]
