"""Discovered entities: what an article introduces that the gazetteer lacks, as mentions.

:func:`discovered_mentions` turns discovery's strongest evidence (:mod:`analysis.extract.discover`,
triggers in ``analysis/data/discovery.yaml``, what is kept in ``analysis/data/discovered.yaml``)
into rows of the mentions table (:data:`analysis.schema.MENTIONS`), so that the people,
organisations and places a corpus is about count, filter and co-occur like gazetteer entities:

* a **person** after a title, two name words at least: ``السيناتور توم كوتون`` → ``توم كوتون``, or
  just before one when the name starts with a first name (``محمد الشدادي نائب رئيس مجلس النواب``); then,
  in the same article, the full name again and the family name alone (``كوتون``) when it is
  unambiguous there (no first name, no known alias, no other discovered person's);
* an **organisation** after its head, head included: ``جمعية البر الخيرية``, ``بلدية الخرج``; then the
  same name again in the article;
* a **place** after a place noun: ``قرية المهدية`` → ``المهدية``; then the same name again in the article.

Each is a corpus-local entity with the id :data:`PREFIX` + a transliteration of its name
(``disc:twm_kwtwn``), the same in every article that introduces the same normalised name; its
``alias`` is the name as most often written. Every row this module adds has ``alias_kind``
:data:`DISCOVERED`. :func:`discovered_entities` lists them from the mentions table alone; the
analyst adopts one into the gazetteer with the existing overlay (then the gazetteer finds it and
discovery no longer does).

**Home state**: the state most articles name (:func:`home_state`, e.g. Saudi Arabia in a Saudi
paper). An institution of that state written without its nisba (``وزارة الداخلية``) is the home
state's gazetteer institution (``وزارة الداخلية السعودية``, ``saudi_arabia_interior_ministry``), in
an article that names no other state more often; ``alias`` is the institution's name. So is such a
name with no trigger before it (``مجلس الوزراء``, ``الحرس الوطني``) in an article that names the home
state more than any other and at least twice (:func:`_article_state_institutions`); another state's
institutions are not read so (too often the home state's in a judged sample).

Each article is read on its own (word frequencies from ``analysis/data/world/word_usage.txt``, not
the corpus's), so the pipeline runs :func:`discovered_mentions` batch by batch in its extraction
workers and :func:`merged` once over the corpus (the home state). Cost: one scan of the trigger
regex over each article's normalised text, the one the gazetteer's mentions were found in (no
second normalisation), the words after a trigger read in one match, answers about a word memoised
for the life of the gazetteer (:func:`_reader`); and ``str.find`` of each introduced name in its own
article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import yaml

from analysis import schema
from analysis.data import data_path, read_yaml
from analysis.extract.discover import (
    _NAME_HALVES,
    _SON_OF,
    PERFECT_VERB_MIN,
    PRONOUN_STEM_COUNT,
    Triggers,
    _Chunk,
    _chunks,
    _drop_mentioned,
    _exclude_known,
    _function_words,
    _key,
    _Lexicon,
    _occurrence_table,
    _scan,
    _trigger_regex,
    load_triggers,
    sentence_rows,
    transliterate,
)
from analysis.extract.gazetteer import Gazetteer, alias_key
from analysis.extract.mentions import _rejected, matcher_for
from analysis.extract.name_lists import family_names as _family_names
from analysis.extract.name_lists import first_names as _first_names
from analysis.extract.name_lists import word_usage as _word_usage
from analysis.extract.readings import _country_of, common_words
from analysis.text.normalize import OffsetMap, normalize
from analysis.text.trie import WordStartRegex

#: The ``alias_kind`` of every row this module adds: a corpus-level reading, not a gazetteer alias
#: (the store does not cache these rows per article; discovery does not count them as known).
DISCOVERED = "discovered"
#: Every discovered entity's id starts with this (``disc:twm_kwtwn``): how a table, a chart or the
#: dashboard tells a discovered entity from a gazetteer one.
PREFIX = "disc:"
_COLUMNS = schema.MENTIONS.names
_WORD_SPACE = "[ ]+"
#: First letters of an imperfect verb (يفتتح، تفقد، نفذ) or a past one with hamza (أكد، أعلن).
_VERB_INITIALS = "يتناأ"
#: Last letters of a common noun in the accusative or feminine (مقالا، بيانا، زيارة).
_NOUN_FINALS = "اه"
_PROCLITIC_RUN = re.compile("[وف]?[بلك]?")
#: Endings of a plural noun (المحلفين، المواطنون، الجامعات), never of a family name.
_PLURAL_ENDINGS = ("ين", "ون", "ات")
#: A given name, one or more بن (بنت) and a father's name, maybe one more name, then a family name; no
#: word with the article (a title: ابن جلدتها المدرب غروس "his compatriot the coach Gross" is no lineage).
_LINEAGE_BEFORE = r"(?<!\w)(?!ال)\w+(?: (?:بن|بنت) (?!ال)\w+)+(?: (?!ال)\w+)? "


class DiscoveredDataError(ValueError):
    """``discovered.yaml`` is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class Rules:
    """What ``analysis/data/discovered.yaml`` keeps of discovery's evidence."""

    person_min_words: int
    first_name_after: frozenset[str]  # normalised titles
    surname_min_letters: int
    organisation_heads: frozenset[str]  # normalised
    place_types: frozenset[str]
    home_min_share: float
    rare_min_articles: int  # a discovered entity is rare (rare_discovered) in fewer articles than this
    rare_min_share: float  # that are also fewer than this share of the corpus' articles
    compound_tails: frozenset[str] = frozenset()  # normalised: the second word of a compound name (سراج الدين)
    compound_heads: frozenset[str] = frozenset()  # normalised: a common word that opens one before الله (ضيف الله)
    local_heads: tuple[str, ...] = ()  # a local body's head in construct with a known place (بلدية الخرج)
    local_councils: tuple[str, ...] = ()  # … or before a preposition and the place (المجلس البلدي بالجبيل)
    local_place_nouns: tuple[str, ...] = ()  # between the head and the place (أمانة منطقة جازان)
    heads_written_otherwise: frozenset[str] = frozenset()  # written heads that are another word (نادى)
    #: a word after a head with an imperfect prefix (ي، ت) is a verb when its form with the other prefix
    #: is as common (both at least this often in word_usage.txt): شركة ترغب (يرغب)، نادي يوقع (توقع)
    verb_pair_min: int = 0
    #: indefinite heads of a business named after its owner (شركة محمد النهدي العقارية، مجموعة الجريسي):
    #: a discovered person's name right after one is the business's, not a mention of him
    owned_heads: frozenset[str] = frozenset()  # normalised
    #: states with no institution of a nisba'd name (regions in the gazetteer) that an article can be about
    #: when the state whose bare institutions it names is chosen (Libya: its مجلس النواب is not Morocco's)
    states_without_institutions: tuple[str, ...] = ()
    #: heads of a festival's village named by its produce (قرية) and those names (التمور), normalised:
    #: «قرية التمور» is no place, though «مدينة التمور» is one
    produce_village_heads: frozenset[str] = frozenset()
    produce_village_names: frozenset[str] = frozenset()
    #: home state → the bare names (normalised) of ministries it did not have (وزارة الطاقة: Saudi Arabia, 2015):
    #: written bare, another state's (:func:`_foreign_portfolios`)
    portfolios_not_at_home: tuple[tuple[str, frozenset[str]], ...] = ()


def load_rules(path: str | Path | None = None) -> Rules:
    """Load and check ``analysis/data/discovered.yaml`` (or ``path``)."""
    path = Path(path) if path is not None else data_path("discovered.yaml")
    try:
        doc = read_yaml(Path(path).read_text("utf-8"))
        persons, home, rare = doc["persons"], doc["home_state"], doc["rare"]
        rules = Rules(
            person_min_words=int(persons["min_words"]),
            first_name_after=frozenset(_key(str(t)) for t in persons.get("first_name_after") or ()),
            surname_min_letters=int(persons["surname_min_letters"]),
            organisation_heads=frozenset(_key(str(h)) for h in doc["organisations"]),
            place_types=frozenset(str(t) for t in doc["places"]),
            home_min_share=float(home["min_share"]),
            rare_min_articles=int(rare["min_articles"]),
            rare_min_share=float(rare["min_share"]),
            compound_tails=frozenset(_key(str(w)) for w in persons.get("compound_tails") or ()),
            compound_heads=frozenset(_key(str(w)) for w in persons.get("compound_heads") or ()),
            local_heads=tuple(str(h) for h in (doc.get("local_bodies") or {}).get("heads") or ()),
            local_councils=tuple(str(h) for h in (doc.get("local_bodies") or {}).get("councils") or ()),
            local_place_nouns=tuple(str(h) for h in (doc.get("local_bodies") or {}).get("place_nouns") or ()),
            heads_written_otherwise=frozenset(str(h) for h in doc.get("heads_written_otherwise") or ()),
            verb_pair_min=int(doc.get("verb_pair_min") or 0),
            owned_heads=frozenset(_key(str(h)) for h in doc.get("owned_heads") or ()),
            states_without_institutions=tuple(str(s) for s in home.get("states_without_institutions") or ()),
            portfolios_not_at_home=tuple(
                (str(state), frozenset(_key(str(n)) for n in names or ()))
                for state, names in (home.get("portfolios_not_at_home") or {}).items()
            ),
            produce_village_heads=frozenset(
                _key(str(h)) for h in (doc.get("produce_villages") or {}).get("heads") or ()
            ),
            produce_village_names=frozenset(
                _key(str(h)) for h in (doc.get("produce_villages") or {}).get("names") or ()
            ),
        )
    except (yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
        raise DiscoveredDataError(
            f"{path}: expected persons, organisations, places, home_state, rare: {exc!r}"
        ) from exc
    if rules.person_min_words < 1 or not 0 <= rules.home_min_share <= 1:
        raise DiscoveredDataError(f"{path}: persons.min_words must be ≥ 1 and home_state.min_share 0 to 1")
    if rules.rare_min_articles < 0 or not 0 <= rules.rare_min_share <= 1:
        raise DiscoveredDataError(f"{path}: rare.min_articles must be ≥ 0 and rare.min_share 0 to 1")
    return rules


@lru_cache(maxsize=1)
def _rules() -> Rules:
    return load_rules()


def is_discovered(entity_id: str) -> bool:
    """Whether an entity id is a discovered entity's (``disc:…``) rather than the gazetteer's."""
    return str(entity_id).startswith(PREFIX)


# --- the home state ------------------------------------------------------------------------------


def home_state(mentions: pd.DataFrame, gazetteer: Gazetteer, *, min_share: float | None = None) -> str | None:
    """The state named in the most articles (``saudi_arabia`` in SaudiNewsNet), or None when it is
    named in fewer than ``min_share`` of the articles naming a state (a corpus with no home)."""
    return home_from_counts(*state_article_counts(mentions, gazetteer), min_share=min_share)


def state_article_counts(mentions: pd.DataFrame, gazetteer: Gazetteer) -> tuple[pd.Series, int]:
    """The articles naming each state (most first), and the articles naming any: what :func:`home_state`
    decides on, additive over disjoint sets of articles (a build's partitions, :mod:`analysis.streaming`)."""
    states = [e.id for e in gazetteer.entities.values() if e.kind == "actor" and e.is_country]
    found = mentions.loc[mentions["entity_id"].isin(states), ["doc_id", "entity_id"]].drop_duplicates()
    return found["entity_id"].value_counts(), int(found["doc_id"].nunique())


def home_from_counts(per_state: pd.Series, n_articles: int, *, min_share: float | None = None) -> str | None:
    """:func:`home_state` from :func:`state_article_counts` (summed over partitions: ``per_state`` in any order)."""
    share = load_rules().home_min_share if min_share is None else min_share
    if not n_articles or per_state.empty:
        return None
    per_state = per_state.sort_values(ascending=False, kind="stable")
    best = str(per_state.index[0])
    return best if per_state.iloc[0] >= share * n_articles else None


def state_institutions(gazetteer: Gazetteer) -> dict[str, dict[str, str]]:
    """:func:`home_institutions` of every state at once (cached on the gazetteer): state id →
    {normalised name without its nisba: institution id}, e.g. ``'lebanon': {'مجلس النواب':
    'lebanon_parliament', 'البنك المركزي': 'lebanon_central_bank', …}``."""
    cached = gazetteer.cache.get("state_institutions")
    if cached is not None:
        return cached
    adjectives: dict[str, set[str]] = {}
    for key, alias in gazetteer.by_key.items():
        if " " not in key:
            adjectives.setdefault(alias.entity_id, set()).add(key)
    table: dict[str, dict[str, str]] = {}
    for entity in gazetteer.entities.values():
        state = entity.affiliation
        if state is None or entity.kind != "actor":
            continue
        words = alias_key(entity.name_ar).split(" ")
        if len(words) >= 3 and words[-1] in adjectives.get(state, ()):
            bare = " ".join(words[:-1])
            known = gazetteer.by_key.get(bare)
            # its own ambiguous alias (الدفاع المدني: counted near a Saudi place) is read so too
            if known is None or (known.ambiguous and known.entity_id == entity.id):
                table.setdefault(state, {}).setdefault(bare, entity.id)
    gazetteer.cache["state_institutions"] = table
    return table


def home_institutions(gazetteer: Gazetteer, home: str) -> dict[str, str]:
    """Normalised name without its nisba → the home state's institution: ``{'وزاره الداخليه':
    'saudi_arabia_interior_ministry', …}``; names the gazetteer already gives another entity left out."""
    adjectives = {k for k, a in gazetteer.by_key.items() if a.entity_id == home and " " not in k}
    table: dict[str, str] = {}
    for entity in gazetteer.entities.values():
        if entity.affiliation != home or entity.kind != "actor":
            continue
        words = alias_key(entity.name_ar).split(" ")
        if len(words) >= 3 and words[-1] in adjectives:
            bare = " ".join(words[:-1])
            if bare not in gazetteer.by_key:
                table.setdefault(bare, entity.id)
    # then its other names with the nisba (وزارة التجارة السعودية of وزارة التجارة والصناعة السعودية:
    # discovery cuts a name at و), where no other institution claims the same bare name
    claims: dict[str, set[str]] = {}
    for key, alias in gazetteer.by_key.items():
        entity = gazetteer.entities[alias.entity_id]
        words = key.split(" ")
        if entity.affiliation == home and entity.kind == "actor" and len(words) >= 3 and words[-1] in adjectives:
            bare = " ".join(words[:-1])
            if bare not in gazetteer.by_key and bare not in table:
                claims.setdefault(bare, set()).add(entity.id)
    table.update({bare: ids.pop() for bare, ids in claims.items() if len(ids) == 1})
    return table


# --- the build step ------------------------------------------------------------------------------


def discovered_mentions(
    sentences: pd.DataFrame,
    mentions: pd.DataFrame,
    gazetteer: Gazetteer,
    *,
    home: str | None = None,
    triggers: Triggers | None = None,
    rules: Rules | None = None,
    normalized: Mapping | None = None,
) -> pd.DataFrame:
    """Mentions of discovered entities and of the home state's unqualified institutions
    (columns :data:`analysis.schema.MENTIONS`), none overlapping ``mentions``.

    ``sentences`` (doc_id, sentence_idx, start, text) and ``mentions`` are the tables of some
    articles (a batch, or the corpus) made with ``gazetteer``. Every article is read on its own, so
    batches give the same rows as the whole corpus. With ``home`` (a state id), the unqualified
    institutions are read as that state's (:func:`at_home`); else they are discovered entities, and
    the rows of the institutions named bare in an article about their state
    (:func:`_article_state_institutions`) are kept for every state (:func:`merged` keeps the home state's).
    ``normalized`` (doc_id → ``normalize_with_offsets(text)``, as the extraction keeps them): the
    articles are read in their normalised texts rather than normalised again, sentence by sentence.

    >>> discovered_mentions(sentences_of("قال السيناتور توم كوتون إن ... وأضاف كوتون"), ...)  # doctest: +SKIP
    entity_id='disc:twm_kwtwn' surface='توم كوتون' alias='توم كوتون'; surface='كوتون' alias='توم كوتون'
    """
    reader = _reader(gazetteer, triggers, rules)
    rules, lex = reader.rules, reader.lex
    if sentences.empty:
        return schema.MENTIONS.empty()
    sentences = sentences.reset_index(drop=True)
    texts = sentences["text"].astype(str).tolist()
    doc_codes, _ = pd.factorize(sentences["doc_id"])
    chunks = _article_chunks(sentences, normalized) if normalized else None
    chunks = chunks if chunks is not None else list(_chunks(texts))
    own = _article_state_institutions(
        mentions, gazetteer, chunks, sentences, doc_codes, rules.states_without_institutions
    )
    own = pd.concat([own, _local_bodies(sentences, mentions, gazetteer, rules)], ignore_index=True)
    own = pd.concat([own, _gazetteer_family_names(mentions, gazetteer, chunks, sentences, doc_codes, reader),
                     _shared_state_names(mentions, gazetteer, chunks, sentences, doc_codes),
                     _coordinated_names(sentences, mentions, gazetteer)],
                    ignore_index=True)  # fmt: skip
    found = [(o, n) for n, chunk in enumerate(chunks)
             for o in _scan(chunk.norm, lex, reader.triggers, reader.regex, reader.forms)]  # fmt: skip
    first_names = _first_names()
    found = [(o, n) for o, n in found
             if not (o.trigger in rules.first_name_after and o.words[0][0] not in first_names)]  # fmt: skip
    occ = (
        _occurrence_table(found, chunks, texts, doc_codes, keeps=reader.name_word, known=lex.by_key) if found else None
    )
    if occ is not None:
        occ = _drop_mentioned(occ, sentences, mentions)
        occ = _exclude_known(_kept(occ, rules, lex), gazetteer)
        occ = occ[~_a_preposition_glued(occ, texts, doc_codes, first_names, lex.function)].reset_index(drop=True)
    if occ is not None and not occ.empty:
        occ = _with_ids(occ)
        later = _later_mentions(occ, chunks, sentences, doc_codes, lex, rules)
        introduced = _trigger_rows(occ, lex)
        # where a name is introduced, its trigger's row stands (it may stop before a trailing nisba)
        at = pd.MultiIndex.from_arrays([introduced["sentence_row"], introduced["ostart"]])
        later = later[~pd.MultiIndex.from_arrays([later["sentence_row"], later["ostart"]]).isin(at)]
        titled = occ[occ["found_by"] == "title"]
        persons = frozenset(zip(titled["doc"].tolist(), titled["entity_id"].tolist()))
        named = pd.concat([introduced, later], ignore_index=True)
        owned = _a_business_named_after(named, texts, doc_codes, persons, rules.owned_heads)
        named = named[~owned & ~_inside(named, named[owned])]
        named = named[~_a_produce_village(named, texts, rules)]
        rows = pd.concat([own, named], ignore_index=True)
    else:
        rows = own
    if rows.empty:
        return schema.MENTIONS.empty()
    rows = _without_overlaps(rows, sentences, mentions)
    table = _as_mentions(rows, sentences)
    return table if home is None else at_home(table, mentions, gazetteer, home)


@dataclass(frozen=True)
class _Reader:
    """What reading an article needs, made once per gazetteer (its word memos stay warm batch
    after batch): the rules, the triggers and their regex, the lexicon."""

    rules: Rules
    triggers: Triggers
    lex: _Lexicon
    regex: WordStartRegex
    forms: dict
    name_word: Callable[[str, str, str, str], bool]


def _reader(gazetteer: Gazetteer, triggers: Triggers | None, rules: Rules | None) -> _Reader:
    """The reader of ``discovered.yaml`` and ``discovery.yaml`` (cached on the gazetteer), or of
    the ``triggers`` and ``rules`` given."""
    if triggers is None and rules is None:
        cached = gazetteer.cache.get("discovered_reader")
        if cached is None:
            cached = gazetteer.cache["discovered_reader"] = _reader(gazetteer, load_triggers(), load_rules())
        return cached
    triggers, rules = triggers or load_triggers(), rules or load_rules()
    lex = _Lexicon(
        _static_counts(),
        triggers,
        gazetteer,
        _first_names(),
        rules.first_name_after,
        _family_names(),
        rules.compound_tails,
        rules.compound_heads,
    )
    regex, forms = _trigger_regex(triggers)
    return _Reader(rules, triggers, lex, regex, forms, _name_word(lex, rules.compound_tails, rules.compound_heads))


def _article_chunks(sentences: pd.DataFrame, normalized: Mapping, size: int = 2_000_000) -> list[_Chunk] | None:
    """The articles' normalised texts (``normalized``: doc_id → (norm, offsets)) joined by line
    ends in chunks of about ``size`` characters, each sentence of ``sentences`` (its rows grouped by
    article) placed in them: what :func:`analysis.extract.discover._chunks` makes by normalising the
    sentences again. None when an article's normalised text is missing.

    A word, a trigger or a name never runs from one sentence into the next in either: sentences
    end at a line end or at a terminator (. ! ? ؟ …), where a name stops too."""
    doc_ids = sentences["doc_id"].to_numpy()
    starts = sentences["start"].to_numpy(dtype=np.int64)
    bounds = np.flatnonzero(doc_ids[1:] != doc_ids[:-1]) + 1
    firsts = np.concatenate([[0], bounds]).tolist()
    stops = np.concatenate([bounds, [len(doc_ids)]]).tolist()
    chunks: list[_Chunk] = []
    group: list[tuple[int, int, str, Any]] = []
    length = 0
    for first, stop in zip(firsts, stops):
        pair = normalized.get(doc_ids[first])
        if pair is None:
            return None
        group.append((first, stop, *pair))
        length += len(pair[0]) + 1
        if length >= size:
            chunks.append(_joined(group, starts))
            group, length = [], 0
    if group:
        chunks.append(_joined(group, starts))
    return chunks


def _joined(group: list[tuple[int, int, str, Any]], starts: np.ndarray) -> _Chunk:
    """One chunk of articles: (first sentence row, stop row, norm, offsets) each."""
    norms, maps, sentence_starts = [], [], []
    norm_at = original_at = 0
    for first, stop, norm, offsets in group:
        maps.append((offsets, norm_at))
        sentence_starts.append(starts[first:stop] + original_at)
        norms.append(norm)
        norm_at += len(norm) + 1
        original_at += len(norm) + offsets.deleted_count + 1
    joined = OffsetMap.concatenated(maps)
    starts_original = np.concatenate(sentence_starts)
    return _Chunk(group[0][0], "\n".join(norms), joined, starts_original, joined.to_normalized_array(starts_original))


def at_home(found: pd.DataFrame, mentions: pd.DataFrame, gazetteer: Gazetteer, home: str | None) -> pd.DataFrame:
    """Discovered mentions with the home state's unqualified institutions read as its own: a
    discovered ``وزارة الداخلية`` becomes ``saudi_arabia_interior_ministry`` (``alias`` its name) in an
    article that names no other state more often than the home state, and is dropped in one that does
    (another state's ministry, maybe). ``mentions``: the gazetteer's, which say which states an
    article names."""
    if found.empty:
        return found
    found = _home_institutions_only(found, gazetteer, home)
    if home is None or found.empty:
        return found
    institutions = home_institutions(gazetteer, home)
    by_id = {discovered_id(bare): gid for bare, gid in institutions.items()}
    hits = found["entity_id"].isin(list(by_id)).to_numpy()
    if not hits.any():
        return _foreign_portfolios(found, mentions, gazetteer, home)
    away = _articles_away(mentions, gazetteer, home) - _articles_opening_at_home(mentions, gazetteer, home)
    away = found["doc_id"].isin(list(away)).to_numpy()
    found = found[~(hits & away)].copy()
    hits = found["entity_id"].isin(list(by_id)).to_numpy()
    gids = found.loc[hits, "entity_id"].map(by_id)
    found.loc[hits, "entity_id"] = gids
    found.loc[hits, "alias"] = gids.map(lambda g: gazetteer.entities[g].name_ar)
    return _foreign_portfolios(found.reset_index(drop=True), mentions, gazetteer, home)


def _foreign_portfolios(found: pd.DataFrame, mentions: pd.DataFrame, gazetteer: Gazetteer, home: str) -> pd.DataFrame:
    """A discovered ministry written bare whose portfolio the home state did not have
    (``portfolios_not_at_home`` of discovered.yaml: Saudi Arabia had no energy ministry in 2015) is another
    state's, keyed as its name with that state's nisba: the state whose nisba the article gives the same
    name (``وزارة الطاقة الإماراتية`` … ``مسؤول في وزارة الطاقة``: the discovered UAE ministry), else the one
    state its sentence names, where the sentence names nothing of the home state (``وأصدر الكونجرس الأمريكي
    قانونا عام 1976 يخول وزارة الطاقة``: the US department). Otherwise left as found."""
    bare_names = dict(_rules().portfolios_not_at_home).get(home)
    if not bare_names or found.empty or "sentence_idx" not in found.columns or "sentence_idx" not in mentions:
        return found
    keys = pd.Series(_per_alias(found["alias"], alias_key), index=found.index)
    discovered = found["entity_id"].astype(str).str.startswith(PREFIX)
    bare = (discovered & keys.isin(list(bare_names))).to_numpy()
    if not bare.any():
        return found
    nisbas = _state_nisbas(gazetteer)
    # the article's own nisba'd names of these portfolios: (doc, bare name) → {state: (id, alias)}
    given: dict[tuple, dict[str, tuple[str, str]]] = {}
    for doc, key, gid, alias in zip(found["doc_id"], keys, found["entity_id"].astype(str), found["alias"]):
        head, _, last = str(key).rpartition(" ")
        if head in bare_names and last in nisbas and gid.startswith(PREFIX):
            given.setdefault((doc, head), {}).setdefault(nisbas[last], (gid, alias))
    near = mentions[mentions["doc_id"].isin(list(set(found["doc_id"].to_numpy()[bare])))]
    ids = near["entity_id"].astype(str)
    side: dict[str, str | None] = {e: e if gazetteer.entities[e].is_country else home if _country_of(gazetteer, e) == home else None
            for e in set(ids) if e in gazetteer.entities}  # fmt: skip
    in_sentence: dict[tuple, set[str]] = {}
    for doc, sentence, eid in zip(near["doc_id"], near["sentence_idx"], ids):
        state = side.get(eid)
        if state is not None:
            in_sentence.setdefault((doc, sentence), set()).add(state)
    canonical: dict[str, str] = {}
    for nisba, state in sorted(nisbas.items()):
        canonical.setdefault(state, nisba)
    found = found.copy()
    for i in np.flatnonzero(bare):
        row = found.index[i]
        doc, key = found.at[row, "doc_id"], keys.iloc[i]
        named = given.get((doc, key), {})
        if len(named) == 1:
            gid, alias = next(iter(named.values()))
        else:
            here = in_sentence.get((doc, found.at[row, "sentence_idx"]), set())
            if len(here) != 1 or home in here or next(iter(here)) not in canonical:
                continue
            nisba = canonical[next(iter(here))]
            gid = discovered_id(f"{key} {nisba}")
            alias = f"{found.at[row, 'alias']} {nisba[:-1]}ة"
        found.at[row, "entity_id"] = gid
        found.at[row, "alias"] = alias
    return found


def _state_nisbas(gazetteer: Gazetteer) -> dict[str, str]:
    """A state's feminine nisba with the article (normalised) → the state: ``{'الاماراتيه': 'uae',
    'الامريكيه': 'usa', 'الاميركيه': 'usa', …}``, of the gazetteer's one-word names. Cached."""
    cached = gazetteer.cache.get("state_nisbas")
    if cached is not None:
        return cached
    table = {
        key: alias.entity_id
        for key, alias in gazetteer.by_key.items()
        if " " not in key and key.startswith("ال") and key.endswith("يه") and not alias.ambiguous
        and alias.entity_id in gazetteer.entities and gazetteer.entities[alias.entity_id].is_country
    }  # fmt: skip
    gazetteer.cache["state_nisbas"] = table
    return table


def home_bodies_of_international_names(gazetteer: Gazetteer, home: str) -> dict[str, str]:
    """A home body's name without its nisba that the gazetteer gives to an international body
    (no affiliation, not a place) → the home body: ``{'الهلال الاحمر': 'saudi_red_crescent'}`` (of
    ``الهلال الأحمر السعودي``; bare ``الهلال الأحمر`` is the movement's alias). Cached per home state."""
    cache_key = f"international_at_home:{home}"
    cached = gazetteer.cache.get(cache_key)
    if cached is not None:
        return cached
    adjectives = {k for k, a in gazetteer.by_key.items() if a.entity_id == home and " " not in k}
    claims: dict[str, set[str]] = {}
    for key, alias in gazetteer.by_key.items():
        entity = gazetteer.entities[alias.entity_id]
        words = key.split(" ")
        if entity.affiliation != home or entity.kind != "actor" or len(words) < 3 or words[-1] not in adjectives:
            continue
        bare = " ".join(words[:-1])
        known = gazetteer.by_key.get(bare)
        if known is None or known.entity_id == entity.id:
            continue
        other = gazetteer.entities[known.entity_id]
        if other.affiliation is None and other.kind == "actor" and not other.is_country and known.place is None:
            claims.setdefault(bare, set()).add(entity.id)
    table = {bare: ids.pop() for bare, ids in claims.items() if len(ids) == 1}
    gazetteer.cache[cache_key] = table
    return table


def national_at_home(mentions: pd.DataFrame, gazetteer: Gazetteer, home: str | None) -> pd.DataFrame:
    """Gazetteer mentions of an international body by a name that is also a home body's without its
    nisba (:func:`home_bodies_of_international_names`) read as the home body in an article at home
    (naming no other state more often than the home state, as :func:`at_home`): a Saudi paper's bare
    ``الهلال الأحمر`` is the Saudi Red Crescent Authority (``فرق الهلال الأحمر بجازان``), not the
    movement; in an article about another state it stays the movement's."""
    if home is None or mentions.empty:
        return mentions
    table = home_bodies_of_international_names(gazetteer, home)
    if not table:
        return mentions
    keys = pd.Series(_per_alias(mentions["alias"], lambda a: table.get(alias_key(a))), index=mentions.index,
                     dtype=object)  # fmt: skip
    hits = (keys.notna() & (mentions["alias_kind"] != DISCOVERED)).to_numpy()
    if not hits.any():
        return mentions
    away = mentions["doc_id"].isin(list(_articles_away(mentions, gazetteer, home, by_name=True))).to_numpy()
    hits = hits & ~away
    if not hits.any():
        return mentions
    mentions = mentions.copy()
    gids = keys[hits]
    mentions.loc[hits, "entity_id"] = gids.to_numpy()
    mentions.loc[hits, "entity_kind"] = [gazetteer.entities[g].kind for g in gids]
    mentions.loc[hits, "alias"] = [gazetteer.entities[g].name_ar for g in gids]
    return mentions


def _per_alias(aliases: pd.Series, read: Callable[[str], Any]) -> list:
    """``read(alias)`` for each row's alias (None for a missing one), read once per distinct alias: a
    corpus's mentions repeat a few thousand aliases (31k articles: ~400,000 rows)."""
    values = aliases.tolist()
    done = {a: read(a) for a in set(values) if isinstance(a, str)}
    return [done.get(a) if isinstance(a, str) else None for a in values]


def home_twins_of_foreign_towns(gazetteer: Gazetteer, home: str) -> dict[str, tuple[str, str]]:
    """A foreign GeoNames town's bare name that a home place bears with a place noun → (the town,
    the home place): ``{'الجوف': ('al_jawf', 'al_jawf_region')}`` (Libya's Al Jawf; the Saudi region
    is ``منطقة الجوف``). Cached per home state."""
    from analysis.extract.readings import _PLACE_NOUN_KEYS, _country_of

    cache_key = f"home_twins:{home}"
    cached = gazetteer.cache.get(cache_key)
    if cached is not None:
        return cached
    claims: dict[str, set[tuple[str, str]]] = {}
    for key, alias in gazetteer.by_key.items():
        noun, _, bare = key.partition(" ")
        if noun not in _PLACE_NOUN_KEYS or not bare or _country_of(gazetteer, alias.entity_id) != home:
            continue
        town = gazetteer.by_key.get(bare)
        if town is None or gazetteer.entities[town.entity_id].geonames is None:
            continue
        if _country_of(gazetteer, town.entity_id) in (home, None):
            continue
        claims.setdefault(bare, set()).add((town.entity_id, alias.entity_id))
    table = {bare: pairs.pop() for bare, pairs in claims.items() if len(pairs) == 1}
    gazetteer.cache[cache_key] = table
    return table


def home_twins_at_home(mentions: pd.DataFrame, gazetteer: Gazetteer, home: str | None) -> pd.DataFrame:
    """Gazetteer mentions of a foreign GeoNames town by a bare name that a home place bears with a
    place noun (:func:`home_twins_of_foreign_towns`) read as the home place in an article at home
    (naming no other state more often than the home state, as :func:`at_home`) that names nothing of
    the town's own country: a Saudi paper's ``بالجوف`` (``مكتب العمل بالجوف``، ``اسمنت الجوف``) is the
    Al Jawf Region, not Libya's Al Jawf. Near another country's places the readings have already
    moved or dropped it (``_without_foreign_homonyms``); in an article about Yemen it stays."""
    if home is None or mentions.empty:
        return mentions
    table = home_twins_of_foreign_towns(gazetteer, home)
    if not table:
        return mentions
    from analysis.extract.readings import _country_of

    pairs = _per_alias(mentions["alias"], lambda a: table.get(alias_key(a)))
    entity_ids = mentions["entity_id"].tolist()  # lists: iterating an Arrow-backed column is ~10× slower
    hits = [
        p is not None and p[0] == e and k != DISCOVERED
        for p, e, k in zip(pairs, entity_ids, mentions["alias_kind"].tolist())
    ]
    if not any(hits):
        return mentions
    away = _articles_away(mentions, gazetteer, home)
    country_of = {e: _country_of(gazetteer, e) if e in gazetteer.entities else None for e in set(entity_ids)}
    countries = [country_of[e] for e in entity_ids]
    doc_ids = mentions["doc_id"].tolist()
    named = {(d, c) for d, c, h in zip(doc_ids, countries, hits) if not h}
    hits = [h and d not in away and (d, c) not in named for h, d, c in zip(hits, doc_ids, countries)]
    if not any(hits):
        return mentions
    mentions = mentions.copy()
    mask = np.array(hits)
    gids = [p[1] for p, h in zip(pairs, hits) if h and p is not None]
    mentions.loc[mask, "entity_id"] = gids
    if "entity_kind" in mentions.columns:
        mentions.loc[mask, "entity_kind"] = [gazetteer.entities[g].kind for g in gids]
    mentions.loc[mask, "alias"] = [gazetteer.entities[g].name_ar for g in gids]
    return mentions


@lru_cache(maxsize=65536)
def discovered_id(key: str) -> str:
    """The id of the discovered entity named ``key`` (normalised): :data:`PREFIX` + the slug of its
    transliteration (``توم كوتون`` → ``disc:twm_kwtwn``). Names spelt alike in Latin letters are one
    entity; the id is the same in every batch and every corpus."""
    return PREFIX + (re.sub(r"[^a-z0-9]+", "_", transliterate(key).lower()).strip("_") or "x")


def discovered_entities(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per discovered entity of a mentions table: entity_id, name_ar (the ``alias`` most of its
    rows carry, as :func:`discovered_entity_rows`), kind, articles, mentions; most articles first."""
    found = mentions[mentions["entity_id"].astype(str).str.startswith(PREFIX)]
    if found.empty:
        return pd.DataFrame(columns=["entity_id", "name_ar", "kind", "articles", "mentions"])
    table = found.groupby("entity_id").agg(
        kind=("entity_kind", "first"), articles=("doc_id", "nunique"), mentions=("doc_id", "size"))  # fmt: skip
    names = discovered_entity_rows(found).set_index("entity_id")["name_ar"]
    table.insert(0, "name_ar", names.reindex(table.index))
    return table.sort_values(["articles", "mentions"], ascending=False).reset_index()


def discovered_entity_rows(mentions: pd.DataFrame) -> pd.DataFrame:
    """The discovered entities of a mentions table as rows of the gazetteer's ``entities_table()``
    (:data:`analysis.extract.gazetteer.ENTITY_COLUMNS`), so that charts and filters name them:
    ``name_ar`` the name as the corpus writes it most, ``name_en`` its transliteration (``توم كوتون``
    → ``Twm Kwtwn``), ``type`` ``discovered``; no parent, place or country."""
    from analysis.extract.gazetteer import ENTITY_COLUMNS

    found = mentions[mentions["entity_id"].astype(str).str.startswith(PREFIX)]
    if found.empty:
        return pd.DataFrame(columns=ENTITY_COLUMNS)
    names = found.groupby(["entity_id", "alias"], sort=False).size().rename("n").reset_index()
    kinds = found.drop_duplicates("entity_id").set_index("entity_id")["entity_kind"]
    names["entity_kind"] = names["entity_id"].map(kinds)
    return discovered_name_rows(names)


def discovered_name_rows(names: pd.DataFrame) -> pd.DataFrame:
    """:func:`discovered_entity_rows` from the counts of each discovered entity's names (entity_id,
    alias, entity_kind, n: how often the corpus writes it so), as a query over a large build gives them."""
    from analysis.extract.gazetteer import ENTITY_COLUMNS

    if names.empty:
        return pd.DataFrame(columns=ENTITY_COLUMNS)
    names = names.sort_values(["n", "alias"], ascending=[False, True], kind="stable").drop_duplicates("entity_id")
    rows = pd.DataFrame({"entity_id": names["entity_id"].to_numpy(), "name_ar": names["alias"].to_numpy()})
    rows["kind"] = names["entity_kind"].to_numpy()
    rows["type"] = DISCOVERED
    rows["name_en"] = [_capitalised(transliterate(alias_key(a))) or a for a in rows["name_ar"]]
    for column in ENTITY_COLUMNS:
        if column not in rows:
            rows[column] = None
    return rows[ENTITY_COLUMNS].sort_values("entity_id").reset_index(drop=True)


def rare_discovered(
    mentions: pd.DataFrame, n_articles: int, *, min_articles: int | None = None, min_share: float | None = None
) -> frozenset[str]:
    """The discovered entities of a corpus' ``mentions`` that are rare: named in fewer than
    ``min_articles`` of its ``n_articles`` articles, which are also fewer than ``min_share`` of them
    (defaults: ``rare`` in ``analysis/data/discovered.yaml``).

    In the 31k-article SaudiNewsNet corpus, ``disc:mjls_al_shywkh`` (مجلس الشيوخ, 83 articles) is
    not rare; a name discovered in two articles is. In the five seed articles, جامعة سابانجي (one
    article, a fifth of the corpus) is not. Gazetteer entities are never rare.
    """
    rules_least, rules_share = load_rare_rules()
    least = rules_least if min_articles is None else min_articles
    share = rules_share if min_share is None else min_share
    found = mentions.loc[mentions["entity_id"].astype(str).str.startswith(PREFIX), ["entity_id", "doc_id"]]
    if found.empty:
        return frozenset()
    return rare_by_articles(found.drop_duplicates().groupby("entity_id", sort=False).size(), n_articles, least, share)


def rare_by_articles(articles: pd.Series, n_articles: int, least: int, share: float) -> frozenset[str]:
    """:func:`rare_discovered`'s rule on ``articles`` (entity_id → the articles naming it, a count
    already made: a query over a build too large to load gives it): the discovered entities named in
    fewer than ``least`` articles, also fewer than ``share`` of the corpus's ``n_articles``."""
    if least <= 0:
        return frozenset()
    ids = pd.Series(articles.index.astype(str), index=articles.index)
    rare = articles[ids.str.startswith(PREFIX) & (articles < least) & (articles < share * max(int(n_articles), 1))]
    return frozenset(str(e) for e in rare.index)


def load_rare_rules() -> tuple[int, float]:
    """``rare`` of ``analysis/data/discovered.yaml``: the fewest articles, and the least share of
    the corpus's articles, that name a discovered entity which is not rare (:func:`rare_discovered`)."""
    rules = _rules()
    return rules.rare_min_articles, rules.rare_min_share


def _capitalised(latin: str) -> str:
    """``jam'h sabanjy`` → ``Jam'h Sabanjy`` (``str.title`` would give ``Jam'H``)."""
    return " ".join(w[:1].upper() + w[1:] for w in latin.split())


def entities_with_discovered(entities: pd.DataFrame, *mentions: pd.DataFrame) -> pd.DataFrame:
    """A gazetteer ``entities_table()`` with the discovered entities of the given mentions tables
    added (:func:`discovered_entity_rows`): what charts, exports and briefings name entities from."""
    found = [rows for m in mentions if len(rows := discovered_entity_rows(m))]
    if not found:
        return entities
    extra = pd.concat(found, ignore_index=True).drop_duplicates("entity_id")
    return pd.concat([entities, extra], ignore_index=True)


def _home_institutions_only(found: pd.DataFrame, gazetteer: Gazetteer, home: str | None) -> pd.DataFrame:
    """Of the institutions :func:`_article_state_institutions` read, the home state's only (none
    without a home state): another state's unqualified ``وزارة الداخلية`` or ``البنك المركزي`` was
    right in 30 of 40 judged articles that do not name the home state, too few (a Saudi paper's
    ``وزارة الداخلية`` in an article on Yemenis in Riyadh is the Saudi one; judged samples in
    dev/entities/mentions_judged_recall.jsonl). The home state itself stays (bare ``المملكة``,
    :func:`_shared_state_names`), and so do the persons of ``coordinated_names`` (``الحوثي وصالح``:
    :func:`_coordinated_names`), whoever's."""
    gids = found["entity_id"].astype(str)
    known = ~gids.str.startswith(PREFIX)
    if not known.any():
        return found
    affiliation = gids[known].map(lambda g: gazetteer.entities[g].affiliation if g in gazetteer.entities else None)
    foreign = pd.Series(False, index=found.index)
    from analysis.extract.readings import context_words

    coordinated = {eid for (_, eid, _), _ in context_words().coordinated_names}
    unlike_home = _unlike_home(gazetteer, home) if home is not None else frozenset()
    kept = gids[known].isin(list(coordinated | {home} | unlike_home))
    foreign[known] = ((affiliation != home) & ~kept) if home is not None else True
    return found[~foreign.to_numpy()].reset_index(drop=True)


def _unlike_home(gazetteer: Gazetteer, home: str) -> frozenset[str]:
    """Other states' government bodies whose bare name no body of the home state bears (``مجلس
    النواب``, ``مجلس الأمة``, ``المجلس التشريعي``: Saudi Arabia has none): named bare in an article about
    their state (:func:`_article_state_institutions`) they cannot be the home state's, which made the
    bare ministries and central banks wrong in a quarter of the judged articles; kept with a home state
    too. Cached on the gazetteer per home state."""
    key = f"unlike_home:{home}"
    cached = gazetteer.cache.get(key)
    if cached is not None:
        return cached
    institutions = state_institutions(gazetteer)
    home_bare = set(home_institutions(gazetteer, home)) | set(institutions.get(home, {}))
    ids = frozenset(gid for state, table in institutions.items() if state != home
                    for bare, gid in table.items()
                    if bare not in home_bare and gazetteer.entities[gid].type == "government")  # fmt: skip
    gazetteer.cache[key] = ids
    return ids


def _articles_away(mentions: pd.DataFrame, gazetteer: Gazetteer, home: str, *, by_name: bool = False) -> set:
    """Articles naming another state more often than the home state (an unqualified ministry
    there may be that state's). ``by_name``: a state's nisba does not count, only its name (for
    :func:`national_at_home`: a worker's nationality, ``عامل، من جنسية باكستانية``, does not take a
    Saudi paper's ``سيارة الهلال الأحمر`` at Afif abroad)."""
    states = {e.id for e in gazetteer.entities.values() if e.is_country}
    named = mentions[mentions["entity_id"].isin(states)]
    if by_name and "alias_kind" in named.columns:
        named = named[named["alias_kind"] != "adjective"]
    short = _state_short_names(mentions, gazetteer)
    if not short.empty:  # «السعودية» read as the airline Saudia still names its state
        named = pd.concat([named, short])
    counts = named.groupby(["doc_id", "entity_id"]).size().unstack(fill_value=0)
    if home not in counts.columns:
        away = set(counts.index)
    else:
        away = set(counts.index[counts[home].to_numpy() < counts.to_numpy().max(axis=1)])
    return away


#: How far into its text an article's first mention may start and still be its opening (a dateline):
#: ``فهد المنجومي- سبق- مكة المكرمة:``, ``عين اليوم – جيزان``, ``الرياض 25 شوال 1436 هـ``.
_OPENING_REACH = 60


def _articles_opening_at_home(mentions: pd.DataFrame, gazetteer: Gazetteer, home: str) -> set:
    """Articles whose first mention, within :data:`_OPENING_REACH` characters of the text's start, is a
    place of the home state (not the state itself): a dateline or a lead at home, ``عين اليوم – الرياض
    أكدت وزارة العمل``, ``عبدالله البرقاوي- سبق- الرياض: كرّمت وزارة الشؤون الاجتماعية``. A home paper's
    own story, its bare ministries the home state's however often it names Bangladesh or Japan
    (:func:`at_home`; 30 rows of SaudiNewsNet, each the Saudi body)."""
    if mentions.empty or "start" not in mentions.columns:
        return set()
    first = mentions.sort_values(["doc_id", "start"], kind="stable").drop_duplicates("doc_id")
    first = first[first["start"].to_numpy() < _OPENING_REACH]
    return {
        doc
        for doc, eid in zip(first["doc_id"], first["entity_id"].astype(str))
        if eid != home and eid in gazetteer.entities and gazetteer.entities[eid].kind == "region"
        and gazetteer.country_of(eid) == home
    }  # fmt: skip


def _state_short_names(mentions: pd.DataFrame, gazetteer: Gazetteer) -> pd.DataFrame:
    """The rows of a body read from a state's name quoted alone (``quoted_short_names`` of
    context_words.yaml: ``"السعودية"`` as the airline Saudia), as rows of that state: the text names the
    state there too, and an article on the airline stays an article at home. So are the rows of a capital
    read from its state's name (``capitals_named_like_their_state``: ``بالكاف وتونس العاصمة``, the city Tunis):
    an article naming Tunisia by them alone stays an article about Tunisia, its bare وزارة الداخلية Tunisia's. Not a
    capital named like another state: Amman's rows (``العاصمة الأردنية عمان``) name no state, not Oman, whose name
    it shares, nor Jordan, which the text names by its own name. So are the rows of a news agency read from its
    state's nisba (``agency_credits``: ``وفقا للالمانية``, DPA): a wire story from abroad, its bare وزارة الداخلية not
    the home state's."""
    from analysis.extract.readings import context_words  # the readings' words

    words = context_words()
    by_key, entities = gazetteer.by_key, gazetteer.entities
    pairs = {
        (body, by_key[key].entity_id): key
        for key, body in (
            *words.quoted_short_names.items(),
            *words.capitals_named_like_their_state.items(),
            *words.agency_nisbas.items(),
        )
        if key in by_key and (body not in entities or entities[body].parent in (None, by_key[key].entity_id))
    }
    if not pairs or "alias" not in mentions.columns:
        return mentions.iloc[:0]
    rows = []
    for (body, state), key in pairs.items():
        of_body = mentions[mentions["entity_id"] == body]  # the body's rows first: an alias key per row is slow
        hit = of_body[of_body["alias"].map(alias_key) == key]
        rows.append(hit.assign(entity_id=state))
    return pd.concat(rows) if rows else mentions.iloc[:0]


_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")


def _kept(occ: pd.DataFrame, rules: Rules, lex: _Lexicon) -> pd.DataFrame:
    """The occurrences the build keeps, with their ``kind``. Not kept: an organisation after a head
    ``discovered.yaml`` does not list (تنظيم الاحتفال), named by one common noun (حركة الاتصالات), by an indefinite phrase (هيئة لحماية المستهلك) or starting with a
    first name (a person after a head: رئيس مجلس الوزراء خالد محفوظ); a place named by a common word
    (قرية نائية، منطقة طاردة) or by one word Arabic news uses often and rarely as a place (مثلث)."""
    usage, first_names, connectors = _word_usage(), _first_names(), lex.triggers.connectors
    gazetteer_keys = lex.by_key
    keep, kinds = [], []
    surfaces = occ["surface"].tolist()
    cut = occ["cut"].tolist() if "cut" in occ.columns else [False] * len(occ)
    for i, (words, found_by, type_) in enumerate(
        zip(occ["words"].tolist(), occ["found_by"].tolist(), occ["type"].tolist())
    ):
        kind, ok = "actor", False
        if _a_preposition_before_a_verb_or_noun(words[0], usage, first_names):
            pass  # الداعية لازدراء الأديان "calling for contempt of religions", منطقة ليجتمع فيه: ل "for", "to"
        elif found_by == "organisation" and _head_written_otherwise(surfaces[i], rules):
            pass  # فيما نادى آخرون بضرورة: the verb "called for", not a club (نادي)
        elif found_by == "organisation" and len(words) > 1 and _a_verb(words, 1, surfaces[i], usage, rules):
            pass  # مجلس يُفترض، شركة ترغب في الاستحواذ: a head and a verb, not a body's name
        elif found_by == "place" and _a_verb(words, 0, surfaces[i], usage, rules):
            pass  # قرية تسمى فوج الميلبية: a place noun and a verb, not a place's name
        elif found_by == "title":
            ok = sum(w not in connectors for w in words) >= rules.person_min_words and not _not_a_first_name(
                words[0], usage, first_names
            )
        elif found_by == "organisation":
            name = [w for w in words[1:] if w not in lex.triggers.organisations]
            founder = _a_founders_name(words[0], name, surfaces[i], rules.owned_heads, first_names, connectors, cut[i])
            ok = words[0] in rules.organisation_heads and (founder or (  # شركة عبدالله محمد السعيدان وأولاده
                  bool(name) and not any(w in first_names for w in name)
                  and not (len(name) == 1 and name[0].startswith("ال") and lex.common_noun(name[0]))
                  and not (len(name) == 1 and name[0] in lex.triggers.description_names)
                  and not (name[0][0] == "ل" and name[0][1:] in usage)
                  and not (not name[0].startswith("ال") and name[0].endswith("ه") and name[0] in usage)))  # fmt: skip
        elif found_by == "place":
            kind, ok = "region", type_ in rules.place_types and not any(_a_word(w, usage) for w in words)
            if ok and len(words) == 1 and not words[0].startswith("ال"):
                seen, as_place = usage.get(words[0], (0, 0))
                # one common word rarely a place, or a feminine adjective (منطقة طاردة للسكان)
                ok = as_place * 5 >= seen and not (words[0].endswith("ه") and words[0] not in gazetteer_keys)
        keep.append(ok)
        kinds.append(kind)
    occ = occ.assign(kind=kinds)
    return occ[np.array(keep, dtype=bool)].reset_index(drop=True)


def _a_founders_name(
    head: str,
    name: list[str],
    surface: str,
    owned_heads: frozenset[str],
    first_names: frozenset[str],
    connectors: frozenset[str],
    cut: bool = False,
) -> bool:
    """``name`` (normalised words after the organisation ``head``, its ``surface`` as written) is a founder's
    name a business is named after: the head is one of ``owned_heads`` (``discovered.yaml``: شركة، مجموعة،
    مؤسسة …, without the article: "X's company"), written with its ة (not مؤسسه "his founder": «وعلى رأسه مؤسسه
    حسن البنا»), and the name opens with a given name and holds at least two name words, the last no given name
    but in a name of three (a man, his father and his grandfather) after بن, not ``cut`` short of the words read
    after it («شركة سعد إبراهيم الهداب وأولاده القابضة»، «شركة عامر الرميح واخوانه»، «مؤسسة محمد بن سلمان بن
    عبدالعزيز الخيرية»). A name ending on a given name is else a man's name cut before his family name (``شركة
    محمود صالح`` of «شركة محمود صالح أبار», ``شركة محمد بن إبراهيم`` of «وشركة محمد بن إبراهيم القاضي القابضة»).
    A first name after another head is a man named after a body's head (رئيس مجلس الوزراء خالد محفوظ), and stays
    no body's name."""
    words = [w for w in name if w not in connectors]
    written = surface.split()[0] if surface.split() else ""
    return (
        head in owned_heads
        and not written.endswith("ه")
        and bool(name)
        and name[0] in first_names
        and len(words) >= 2
        and (name[-1] not in first_names or (len(words) >= 3 and name[-2] in connectors and not cut))
    )


#: what may stand between a business's head and its owner's name: spaces, an opening quote or parenthesis
_OPENERS = " \t\u00a0«\"“'(["


def _a_preposition_glued(
    occ: pd.DataFrame,
    texts: list[str],
    doc_codes: np.ndarray,
    first_names: frozenset[str],
    function_words: frozenset[str],
) -> np.ndarray:
    """Which ``occ`` rows name nothing but the preposition ب "at, in" glued to a word the same article writes alone
    elsewhere: «نائب رئيس التخطيط بكيا موتورز أميركا» (Kia Motors America; «علامة كيا» in the article), «الأمين
    العام للجنة التنمية السياحية ببللسمر سعد آل سحيم» (in Billasmar; «في بللسمر»), «منطقة بإبعاد». Only a first
    word of four letters or more that is no given name (بدر، بندر، باسم stay), its rest no function word (the Nigerian
    town «بلدة باما» in an article with «أما» stays)."""
    out = np.zeros(len(occ), dtype=bool)
    if occ.empty:
        return out
    articles: dict[int, str] = {}
    for i, (words, row) in enumerate(zip(occ["words"].tolist(), occ["sentence_row"].tolist())):
        first = words[0] if words else ""
        if not first.startswith("ب") or len(first) < 4 or first in first_names or first[1:] in function_words:
            continue
        code = int(doc_codes[row])
        if code not in articles:
            rows = np.flatnonzero(doc_codes == code)
            articles[code] = _key(" \n ".join(texts[r] for r in rows.tolist()))
        out[i] = re.search(rf"(?<!\w){re.escape(first[1:])}(?!\w)", articles[code]) is not None
    return out


def _a_produce_village(named: pd.DataFrame, texts: list[str], rules: Rules) -> np.ndarray:
    """Which ``named`` rows are a produce name right after a village's head (``produce_villages``): «قرية التمور»,
    «كقرية التمور», «قرية "التمور"», the dates festival's village, no place (``مدينة التمور`` stays)."""
    heads, names = rules.produce_village_heads, rules.produce_village_names
    if not heads or not names or named.empty:
        return np.zeros(len(named), dtype=bool)
    out = []
    for row, start, end in zip(named["sentence_row"].tolist(), named["ostart"].tolist(), named["oend"].tolist()):
        text = texts[row]
        hit = _key(text[start:end]) in names
        if hit:
            before = text[:start].rstrip(_OPENERS).split()
            word = _key(before[-1].lstrip(_OPENERS)) if before else ""  # «(قرية التمور،»
            hit = word in heads or (word[:1] in "وفبلك" and word[1:] in heads)
        out.append(hit)
    return np.array(out, dtype=bool)


def _a_business_named_after(
    rows: pd.DataFrame,
    texts: list[str],
    doc_codes: np.ndarray,
    persons: frozenset[tuple[int, str]],
    heads: frozenset[str],
) -> np.ndarray:
    """Which ``rows`` (sentence_row, ostart, entity_id) are a discovered person's name (``persons``: (article
    code, entity_id) of the names found after a title, in the same article) right after an
    indefinite head of ``heads`` (``discovered.yaml`` ``owned_heads``; after و ف ب ل ك, an opening quote
    between): the name of a business named after its owner (وشركة محمد بن إبراهيم القاضي القابضة، نجحت
    شركة محمد النهدي العقارية، رئيس مجموعة الجريسي، شركات العثيم، مؤسسة عبدالعزيز سعود البابطين الثقافية),
    not a mention of the man. Not after the head with the article (المتحدث الرسمي للشركة خالد عويضة: the
    company's spokesman, named), nor after another word (مكتب شومر: the senator's office, his)."""
    out = np.zeros(len(rows), dtype=bool)
    if not heads or not persons or rows.empty:
        return out
    for i, (row, start, eid) in enumerate(
        zip(rows["sentence_row"].tolist(), rows["ostart"].tolist(), rows["entity_id"].tolist())
    ):
        if (int(doc_codes[row]), eid) not in persons:
            continue
        before = texts[row][:start].rstrip(_OPENERS).split()
        word = normalize(before[-1]) if before else ""
        word = word if word in heads else _PROCLITIC_RUN.sub("", word, count=1)
        out[i] = word in heads
    return out


def _inside(rows: pd.DataFrame, spans: pd.DataFrame) -> np.ndarray:
    """Which ``rows`` start inside one of ``spans`` (same sentence_row, ostart to oend): a shorter form of a
    name dropped with it (the family name of «مدير مجموعة سيتي سكيب», «شركة (ميجي ياسودا)»)."""
    out = np.zeros(len(rows), dtype=bool)
    if spans.empty or rows.empty:
        return out
    by_row: dict[int, list[tuple[int, int]]] = {}
    for row, a, b in zip(spans["sentence_row"].tolist(), spans["ostart"].tolist(), spans["oend"].tolist()):
        by_row.setdefault(row, []).append((a, b))
    for i, (row, start) in enumerate(zip(rows["sentence_row"].tolist(), rows["ostart"].tolist())):
        out[i] = any(a <= start < b for a, b in by_row.get(row, ()))
    return out


def _a_verbal_noun(word: str) -> bool:
    """``word`` (normalised) has the shape of a derived verbal noun: إفعال (``افشال``), افتعال or انفعال (``ازدراء``,
    ``انتخاب``), استفعال (``استقبال``), تفعيل (``تطوير``)."""
    n = len(word)
    return (
        (n == 5 and word[0] == "ا" and word[3] == "ا")
        or (n == 6 and word[0] == "ا" and word[4] == "ا")
        or (n == 7 and word.startswith("است") and word[5] == "ا")
        or (n == 5 and word[0] == "ت" and word[3] == "ي")
    )


#: The possessive pronouns a verbal noun after a name ends in (normalised), the longest first.
_VERBAL_NOUN_PRONOUNS = ("هما", "هم", "ها", "ه")


def _a_verbal_noun_run_on(word: str, previous: str, counts: Mapping[str, int]) -> bool:
    """``word`` (normalised, no article, no first name), read after a name's first word, is a derived verbal noun
    that opens the sentence's next phrase, the object of the verb before the name: with a possessive pronoun
    (``تركيزه``, ``إشرافه``, ``اعتذاره``: «واصل … المدرب السويسري كريستيان جروس تركيزه في التدريبات») whose noun is
    seen :data:`PRONOUN_STEM_COUNT` times with the article in Arabic news (التركيز، الإشراف، الاعتذار), or bare
    right after a family name with the article (``اعتزاز``: «وأكد الدكتور محمد البديع اعتزاز مستشفى …»، «جمال عبد
    الناصر تأميم القناة»), not in the shape إفعال, which is also the plural أفعال a company's name holds («شركة الرهن
    العقاري أملاك للتمويل», Amlak). A foreign name of these shapes stands after a first name (كارلوس تيفيز، كمال
    أوزان، ميشال أولاس، طلال أرسلان) and ends in no such pronoun (غلام آغازاده: الاغازاد is no word), so it stays.
    The verbal noun with its pronoun may carry the preposition ل, or ب before تفعيل (``لإتمامه``، ``لإقناعه``،
    ``لاعتذاره``، ``بتكليفه``: «لعقد اجتماع مجلس الدفاع لإتمامه خلال الأسبوع الأخير»، «مع وكيل أعمال موراليز
    لإقناعه»), its noun seen so often bare or with the article: the same next phrase. ب before تفعيل without a
    pronoun is that phrase whatever the noun's count (``بتقطيع``، ``بتأميم``: «قام الشيخ عبدالعزيز العفالق بتقطيع
    التورتة»، «قرار الرئيس الراحل جمال عبد الناصر بتأميم قناة السويس»): no name's word opens with بت in that shape.
    Not ب before an alef: the Hadhrami family names با (``باسلامة``، ``باعجاجة``، ``باحمدان``) and foreign names
    (باستيان، باسترناك) stand so."""
    for pronoun in _VERBAL_NOUN_PRONOUNS:
        stem = word[: -len(pronoun)]
        if word.endswith(pronoun) and _a_verbal_noun(stem):
            return counts.get("ال" + stem, 0) >= PRONOUN_STEM_COUNT
    if word[:1] == "ل" or (word[:1] == "ب" and word[1:2] == "ت"):
        for pronoun in _VERBAL_NOUN_PRONOUNS:
            stem = word[1 : -len(pronoun)]
            if word.endswith(pronoun) and _a_verbal_noun(stem):
                return max(counts.get(stem, 0), counts.get("ال" + stem, 0)) >= PRONOUN_STEM_COUNT
    if word[:1] == "ب" and word[1:2] == "ت" and _a_verbal_noun(word[1:]):
        return True  # بتقطيع، بتأميم: ب before the shape تفعيل, which no name's word has, its noun common or rare
    return previous.startswith("ال") and _a_verbal_noun(word) and not (len(word) == 5 and word[0] == "ا")


#: The possessive pronouns after a feminine noun, its ة written ت before them (normalised), the longest first.
_FEMININE_NOUN_PRONOUNS = ("تهما", "تهم", "تها", "ته")
#: The proclitics a noun after a name may carry (ل "for", ب "with", ف و "and", ك "as").
_NOUN_PROCLITICS = "لبفوك"


def _a_feminine_noun_run_on(word: str, counts: Mapping[str, int]) -> bool:
    """``word`` (normalised, no article, no first name), read after a name's first word, is a feminine noun with a
    possessive pronoun, its ة written ت before it (``صدارته`` "its lead", ``طائرته``, ``معارضته``, ``قناعته``, after
    one proclitic ``لمناقشته``, ``لخلافته``), whose noun is seen :data:`PRONOUN_STEM_COUNT` times with the article in
    Arabic news (الصدارة، الطائرة، المعارضة، القناعة، المناقشة): the next phrase of the sentence, never a name's word
    («واصل نادي النخيل صدارته للمجموعة»، «استقل وزير البترول السعودي هشام ناظر طائرته»). A name so ending has no
    such noun (مارك روته: الروة is no word; شحاته)."""
    for pronoun in _FEMININE_NOUN_PRONOUNS:
        if word.endswith(pronoun):
            stem = word[: -len(pronoun)]
            nouns = (stem, stem[1:]) if stem[:1] and stem[0] in _NOUN_PROCLITICS else (stem,)
            return any(len(noun) >= 2 and counts.get(f"ال{noun}ه", 0) >= PRONOUN_STEM_COUNT for noun in nouns)
    return False


def _a_plural_in_construct_run_on(word: str, previous: str, counts: Mapping[str, int], before: str = "") -> bool:
    """``word`` (normalised, no article, no first name), read right after a family name with the article or after a
    father's name after بن (``before`` the word before ``previous``), is a sound masculine plural in construct, its ن
    dropped before the noun it governs (``مديري`` "the directors of", ``مسؤولي``، ``لاعبي``، ``موظفي``: «ألزم وزير
    الإسكان ماجد الحقيل مديري فروع وزارة الإسكان»، «ودعا الأستاذ منصور الدريويش مسؤولي المدارس»، «حث رئيس نادي النصر
    الأمير فيصل بن تركي لاعبي النصر»), whose plural with the article (المديرين، المسؤولين، اللاعبين) is seen
    :data:`PRONOUN_STEM_COUNT` times in Arabic news: the object or the next phrase, never a name's word. A family
    name ending in ي without the article (هزازي، عسيري، كريري; after بن: ``بن يحيى حكمي``) has no such plural
    (الهزازين، الحكمين are no words). Not after a bare given name that follows no بن: a foreign family name stands
    there (طارق معروفي، محمد حسين مقيمي: المعروفين، المقيمين are words)."""
    if len(word) < 5 or word[-1] != "ي":
        return False
    if not previous.startswith("ال") and before not in _SON_OF:
        return False
    return counts.get("ال" + word[:-1] + "ين", 0) >= PRONOUN_STEM_COUNT


def _a_preposition_before_a_verb_or_noun(
    word: str, usage: Mapping[str, tuple[int, int]], first_names: frozenset[str]
) -> bool:
    """A name's first word (normalised) that is the preposition ل glued to a derived verbal noun (``لازدراء``، ``لإفشال``:
    the participle الداعية "calling for" read as the preacher's title, ``الداعية لازدراء الأديان``) or to an imperfect
    verb that is a common word (``ليجتمع``، ``ليحدد``: "so that it gathers", after منطقة): no name starts so. Not a
    first name (``لبنى``، ``لطفي``) nor a foreign name that opens with لا (``لازلو``، ``لافاييت``، ``لامار``), nor ل
    before any other common word (``لاين جيانج``، ``لوجار``: places named so)."""
    if len(word) < 5 or word[0] != "ل" or word in first_names:
        return False
    rest = word[1:]
    return _a_verbal_noun(rest) or (rest[0] in _IMPERFECT and rest in usage)


#: The future's prefix and the imperfect prefixes after it in news (سيطلع، ستعقد، سنعمل): a word so made whose
#: imperfect (يطلع) is a common word is a verb, not a name's next word.
_FUTURE = "س"
_FUTURE_PERSONS = "يتن"
#: An imperfect verb's prefix and, written, the damma of a passive after it (يُفترض، تُنشأ، تُعنى).
_IMPERFECT = "يت"
_DAMMA = "\u064f"


def _a_verb(words: tuple, at: int, surface: str, usage: Mapping[str, tuple[int, int]], rules: Rules) -> bool:
    """``words[at]`` (normalised; ``surface`` the occurrence as written) is an imperfect verb: written
    with a damma right after its prefix (a passive: ``مجلس يُفترض``، ``مؤسسة تُنشأ``، ``جمعية تُعنى``), or a
    word whose form with the other prefix (ي ↔ ت) is about as common a word (``ترفض``/``يرفض``،
    ``يحضر``/``تحضر``: both at least ``verb_pair_min`` times in word_usage.txt). Names written with
    such a letter have no such pair (``شركة توشيبا``، ``شركة تويوتا``، ``جامعة تكساس``، ``جمعية تحفيظ``)."""
    word = words[at]
    if len(word) < 3 or word[0] not in _IMPERFECT:
        return False
    written = surface.split()
    if len(written) == len(words):
        bare = written[at].lstrip("\u0640")
        if len(bare) > 1 and bare[0] in _IMPERFECT and bare[1] == _DAMMA:
            return True
    if rules.verb_pair_min <= 0:
        return False
    other = ("ت" if word[0] == "ي" else "ي") + word[1:]
    least = rules.verb_pair_min
    return usage.get(word, (0, 0))[0] >= least and usage.get(other, (0, 0))[0] >= least


def _head_written_otherwise(surface: str, rules: Rules) -> bool:
    """The head of an organisation's name, as written (its vowel marks dropped, after و ف ب ل ك), is a
    word ``discovered.yaml`` lists as another word: ``نادى آخرون`` "others called for"."""
    if not rules.heads_written_otherwise or not surface.split():
        return False
    head = _MARKS.sub("", surface.split()[0])
    return any(head[i:] in rules.heads_written_otherwise for i in range(3) if i == 0 or head[i - 1] in "وفبلك")


def _with_ids(occ: pd.DataFrame) -> pd.DataFrame:
    """``entity_id`` per key (:func:`discovered_id`); ``name`` the most frequent surface of the key in its
    article (ties: the first in code-point order). Chosen per article, not over the batch, so an article's
    rows do not depend on the articles read with it (``وزارة الداخلية الأفغانية`` in an article that writes
    it so, though another of the batch writes ``الافغانية`` more often); the corpus's display name is the
    alias most rows carry (:func:`discovered_name_rows`)."""
    keys = occ["key"].tolist()
    ids = {k: discovered_id(k) for k in set(keys)}
    names = occ.assign(surface=[_unquoted(s) for s in occ["surface"].tolist()])
    names = names.groupby(["doc", "key", "surface"]).size().rename("n").reset_index()
    names = names.sort_values(["doc", "key", "n", "surface"], ascending=[True, True, False, True])
    names = names.drop_duplicates(["doc", "key"])
    name_of = dict(zip(zip(names["doc"].tolist(), names["key"].tolist()), names["surface"]))
    return occ.assign(entity_id=[ids[k] for k in keys],
                      name=[name_of[d, k] for d, k in zip(occ["doc"].tolist(), keys)])  # fmt: skip


def _trigger_rows(occ: pd.DataFrame, lex: _Lexicon) -> pd.DataFrame:
    """One row per occurrence. An organisation named before a trailing nisba the gazetteer reads as
    its state (``وزارة المالية اليونانية``) has its row over the words before the nisba, named by the
    whole (the table holds no overlapping rows: the mention of Greece stays, as a local body's row is
    its head beside its town's) when those words are a name (:func:`_named_before_nisba`); else the row
    spans the nisba too and gives way to the state's mention."""
    ends = occ["oend"].to_numpy(dtype=np.int64).copy()
    check = occ["ocheck"].to_numpy(dtype=np.int64)
    short = np.flatnonzero(check < ends)
    if len(short):
        words = occ["words"].tolist()
        named = np.array([_named_before_nisba(words[i], lex) for i in short.tolist()], dtype=bool)
        ends[short[named]] = check[short[named]]
    return pd.DataFrame({
        "sentence_row": occ["sentence_row"].to_numpy(dtype=np.int64), "ostart": occ["ostart"].to_numpy(dtype=np.int64),
        "oend": ends, "entity_id": occ["entity_id"].to_numpy(),
        "kind": occ["kind"].to_numpy(), "name": occ["name"].to_numpy(),
    })  # fmt: skip


def _named_before_nisba(words: tuple[str, ...], lex: _Lexicon) -> bool:
    """Whether an organisation's words before its last word, a state's nisba, are a name: a ministry's
    (وزارة الخارجية الإيطالية، وزارة التجارة الأمريكية), or words none of which is a common word with the
    article (شركة سيمنس الألمانية، نادي الغرافة القطري); not a description (شركة الطيران التونسية، وكالة
    الصحافة الفرنسية, which is AFP), nor a name run on after the nisba (وكالة الأمن الوطني الأميركية تتجسس)."""
    if len(words) < 3 or not lex.is_adjective(words[-1]):
        return False
    name = words[1:-1]
    if any(lex.is_adjective(w) for w in name):
        return False
    if words[0] == _MINISTRY:
        return True  # a ministry is named by what it does: وزارة الخارجية الإيطالية، وزارة التجارة الأمريكية
    common = common_words()
    return all(not w.startswith("ال") or w not in common for w in name)


#: the head of a ministry, normalised
_MINISTRY = "وزاره"


def _later_mentions(occ, chunks: list[_Chunk], sentences, doc_codes, lex: _Lexicon, rules: Rules) -> pd.DataFrame:
    """The names again in the articles that introduced them, and the persons' family names: each
    form looked up with ``str.find`` in the article's normalised text, kept when it is a whole word
    after optional proclitics (وكوتون، لبلدية، للزوارعة)."""
    return _found_in_articles(_forms_per_article(occ, lex, rules), chunks, sentences, doc_codes)


def _found_in_articles(
    forms: dict[int, dict[str, tuple]], chunks: list[_Chunk], sentences, doc_codes, *,
    qualifiers: frozenset[str] = frozenset(), rules: Mapping[str, list] | None = None,
) -> pd.DataFrame:  # fmt: skip
    """Rows for every form of ``forms`` (article code → form → (entity_id, kind, name, is a family
    name alone)) found as a word in its article (:func:`_find_word`), not where one of ``qualifiers``
    follows (``مجلس الوزراء المصري`` is no bare ``مجلس الوزراء``), nor where the compiled context rules
    ``rules`` give for its entity id reject it (``نظام السوق المالية`` is a law, not the exchange)."""
    rows: list[tuple] = []
    for number, chunk in enumerate(chunks):
        last_row = chunks[number + 1].first_row if number + 1 < len(chunks) else len(sentences)
        codes = doc_codes[chunk.first_row : last_row]
        bounds = np.flatnonzero(np.diff(codes)) + 1
        starts = np.concatenate([[0], bounds])
        ends = np.concatenate([bounds, [len(codes)]])
        for first, stop in zip(starts.tolist(), ends.tolist()):
            wanted = forms.get(int(codes[first]))
            if not wanted:
                continue
            lo = int(chunk.starts_norm[first])
            hi = int(chunk.starts_norm[stop]) if stop < len(chunk.starts_norm) else len(chunk.norm)
            spans = [(a, b, entry[:3]) for form, entry in wanted.items()
                     for a, b in _find_word(chunk.norm, form, lo, hi, entry[3], entry[2])
                     if not (qualifiers and _next_word(chunk.norm, b) in qualifiers)
                     and not (rules and entry[0] in rules and _rejected(rules[entry[0]], chunk.norm, a, b))]  # fmt: skip
            if spans:
                rows.extend(_to_rows(chunk, spans))
    return pd.DataFrame(rows, columns=["sentence_row", "ostart", "oend", "entity_id", "kind", "name"])


def _shared_state_names(mentions, gazetteer: Gazetteer, chunks: list[_Chunk], sentences, doc_codes) -> pd.DataFrame:
    """A state's name that other states share (``shared_names`` in ``context_words.yaml``: bare
    ``المملكة``), left unconfirmed by the gazetteer's readings, in an article that names none of those
    others: a row of that state, which :func:`at_home` keeps for the home state only. A Saudi paper
    writes ``منعه من السفر خارج المملكة`` or ``أثبتت المملكة والدول الخليجية`` without ever writing
    السعودية; in a corpus of another home (or none) the name still needs its state named."""
    from analysis.extract.readings import context_words, outnamed_by_a_rival

    shared = context_words().shared_names
    by_key, entities = gazetteer.by_key, gazetteer.entities
    names = {key: by_key[key].entity_id for key in shared
             if key in by_key and entities[by_key[key].entity_id].is_country}  # fmt: skip
    if not names or sentences.empty:
        return pd.DataFrame(columns=["sentence_row", "ostart", "oend", "entity_id", "kind", "name"])
    # doc_id → how often its mentions name each entity by its name, not by a nisba: a rival named only by its nisba
    # (السفير البريطاني) or less often than the state does not make a Saudi paper's المملكة another kingdom's
    # (readings.outnamed_by_a_rival, the same rule)
    named: dict[str, Counter] = {}
    kinds = mentions["alias_kind"].tolist() if "alias_kind" in mentions else [None] * len(mentions)
    for doc, entity_id, kind in zip(mentions["doc_id"].tolist(), mentions["entity_id"].tolist(), kinds):
        if kind != "adjective":
            named.setdefault(doc, Counter())[entity_id] += 1
    forms: dict[int, dict[str, tuple]] = {}
    for doc, code in _code_of_doc(sentences, doc_codes).items():
        counts = named.get(doc, Counter())
        wanted = {key: (state, entities[state].kind, entities[state].name_ar, False)
                  for key, state in names.items() if not outnamed_by_a_rival(counts, shared[key], state)}  # fmt: skip
        if wanted:
            forms[code] = wanted
    return _found_in_articles(forms, chunks, sentences, doc_codes, qualifiers=_adjective_keys(gazetteer))


def _adjective_keys(gazetteer: Gazetteer) -> frozenset[str]:
    """The keys of the gazetteer's adjectives (a nisba after a name makes it another state's), sought once per
    gazetteer among its 18,000 keys instead of twice for every partition."""
    cached = gazetteer.cache.get("adjective_keys")
    if cached is None:
        by_key = gazetteer.by_key
        cached = gazetteer.cache["adjective_keys"] = frozenset(
            k for k, a in by_key.items() if a.alias_kind == "adjective"
        )
    return cached


def _code_of_doc(sentences: pd.DataFrame, doc_codes: np.ndarray) -> dict:
    """``dict(zip(sentences["doc_id"], doc_codes))`` (``doc_codes``: a code per row, the same for an
    article's rows), read from the first row of each run of a code rather than from every row (a
    batch's doc_id column converted row by row cost more than the rest of the function)."""
    if len(doc_codes) == 0:
        return {}
    firsts = np.flatnonzero(np.concatenate([[True], doc_codes[1:] != doc_codes[:-1]]))
    return dict(zip(sentences["doc_id"].iloc[firsts].to_numpy(), doc_codes[firsts].tolist()))


def _coordinated_names(sentences: pd.DataFrame, mentions: pd.DataFrame, gazetteer: Gazetteer) -> pd.DataFrame:
    """A person's short name joined by و right after the entity it goes with (``coordinated_names`` in
    ``context_words.yaml``): ``ميليشيات الحوثي وصالح`` names Ali Abdullah Saleh (456 times in
    SaudiNewsNet, never another صالح), where bare صالح is a first name and a word (لصالح)."""
    from analysis.extract.readings import context_words

    columns = ["sentence_row", "ostart", "oend", "entity_id", "kind", "name"]
    coordinated = context_words().coordinated_names
    partners = {p for _, after in coordinated for p in after}
    found = mentions[(mentions["sentence_idx"] >= 0) & mentions["entity_id"].isin(list(partners))]
    if found.empty:
        return pd.DataFrame(columns=columns)
    rows = []
    for srow, text, base, end, partner in _in_sentences(sentences, found, "end", "entity_id"):
        for regex, after, entity_id in coordinated_regexes(coordinated):
            if partner not in after:
                continue
            m = regex.match(text, end - base)
            if m is not None:
                rows.append((srow, m.start("n"), m.end("n"), entity_id, gazetteer.entities[entity_id].kind,
                             gazetteer.entities[entity_id].name_ar))  # fmt: skip
    return pd.DataFrame(rows, columns=columns)


def _in_sentences(sentences: pd.DataFrame, spans: pd.DataFrame, *columns: str):
    """For each row of ``spans`` whose sentence ``sentences`` holds: its sentence's row, text and start
    offset, then the row's ``columns``."""
    rows = sentence_rows(sentences, spans)
    held = rows[~np.isnan(rows)].astype(np.int64)
    # Only the texts of the sentences held (a batch's whole text column costs more to convert than reading).
    texts = dict(zip(held.tolist(), sentences["text"].iloc[held].to_numpy()))
    starts = sentences["start"].to_numpy(dtype=np.int64)
    values = [spans[c].tolist() for c in columns]
    for srow, *rest in zip(rows.tolist(), *values):
        if srow != srow:  # NaN: no such sentence
            continue
        srow = int(srow)
        yield (srow, str(texts[srow]), int(starts[srow]), *rest)


def coordinated_regexes(coordinated) -> list:
    """(regex, partner ids, entity id) per ``coordinated_names`` entry: spaces, و, an epithet or
    none, the name as a whole word (written with any alef or ta marbuta)."""
    return [(re.compile(rf"\s+و\s*(?:(?:{'|'.join(map(_spelt, epithets))})\s+)?(?P<n>{_spelt(name)})(?!\w)"), after, eid)
            for (name, eid, epithets), after in coordinated]  # fmt: skip


def _gazetteer_family_names(mentions, gazetteer: Gazetteer, chunks: list[_Chunk], sentences, doc_codes,
                            reader: _Reader) -> pd.DataFrame:  # fmt: skip
    """A gazetteer person named in full in an article, then by the family name alone (``ماجد
    القصبي`` … ``ووجه القصبي``), as a discovered person is (:func:`_forms_per_article`): the family name
    must pass the same test (:func:`_surname_ok`: long enough, no first name, no word), and no other
    person of the article may share it."""
    persons = {e for e, ent in gazetteer.entities.items() if ent.type == "person"}
    named = mentions.loc[mentions["entity_id"].isin(persons), ["doc_id", "entity_id"]].drop_duplicates()
    empty = pd.DataFrame(columns=["sentence_row", "ostart", "oend", "entity_id", "kind", "name"])
    if named.empty:
        return empty
    codes = _code_of_doc(sentences, doc_codes)
    first_names, connectors = _first_names(), reader.lex.triggers.connectors
    forms: dict[int, dict[str, tuple]] = {}
    owners: dict[tuple[int, str], set[str]] = {}
    for doc, eid in zip(named["doc_id"].tolist(), named["entity_id"].tolist()):
        words = normalize(gazetteer.entities[eid].name_ar).split()
        if doc not in codes or len(words) < 2:
            continue
        last = words[-1]
        if words[-2] not in _NAME_HALVES and _surname_ok(last, reader.lex, reader.rules, first_names, connectors):
            owners.setdefault((codes[doc], last), set()).add(eid)
    for (code, last), eids in owners.items():
        if len(eids) == 1:
            eid = next(iter(eids))
            forms.setdefault(code, {})[last] = (eid, "actor", gazetteer.entities[eid].name_ar, True)
    return _found_in_articles(forms, chunks, sentences, doc_codes) if forms else empty


def _article_state_institutions(mentions, gazetteer: Gazetteer, chunks: list[_Chunk], sentences,
                                doc_codes, plain_states: tuple[str, ...] = ()) -> pd.DataFrame:  # fmt: skip
    """An institution named without its nisba in an article about another state is that state's:
    ``مجلس النواب`` in an article that names Lebanon more than any other state is
    ``lebanon_parliament``, ``البنك المركزي`` in one about China ``china_central_bank``. The article's
    state is the one its gazetteer mentions name most often, at least twice and strictly more than any
    other; the institutions are the gazetteer's (:func:`state_institutions`), found as words after
    optional proclitics. Read article by article, without the corpus: in an article about the home
    state, its own institutions are found so too (as :func:`at_home` reads its discovered ministries).
    ``plain_states`` (``Rules.states_without_institutions``): states with no institution of a nisba'd name
    that are counted all the same; an article about one reads no other state's (Libya's bare مجلس النواب is
    not Morocco's)."""
    institutions = state_institutions(gazetteer)
    states = [e for e in institutions if e in gazetteer.entities and gazetteer.entities[e].is_country]
    states += [e for e in plain_states if e not in institutions]
    named = mentions.loc[mentions["entity_id"].isin(states), ["doc_id", "entity_id"]]
    short = _state_short_names(mentions, gazetteer)  # «السعودية» read as the airline still names its state
    if not short.empty:
        named = pd.concat([named, short[["doc_id", "entity_id"]]])
    if named.empty:
        return pd.DataFrame(columns=["sentence_row", "ostart", "oend", "entity_id", "kind", "name"])
    counts = named.groupby(["doc_id", "entity_id"]).size().rename("n").reset_index()
    counts = counts.sort_values(["doc_id", "n"], ascending=[True, False], kind="stable")
    top = counts.drop_duplicates("doc_id")
    second = counts[counts.duplicated("doc_id")].drop_duplicates("doc_id").set_index("doc_id")["n"]
    top = top[(top["n"] >= 2) & (top["n"] > top["doc_id"].map(second).fillna(0))]
    codes = _code_of_doc(sentences, doc_codes)
    forms = {}
    for doc, state in zip(top["doc_id"], top["entity_id"]):
        if doc in codes and state in institutions:
            forms[codes[doc]] = {bare: (gid, "actor", gazetteer.entities[gid].name_ar, False)
                                 for bare, gid in institutions[state].items()}  # fmt: skip
    adjectives, rules = _institution_checks(gazetteer, institutions)
    return _found_in_articles(forms, chunks, sentences, doc_codes, qualifiers=adjectives, rules=rules)


def _institution_checks(gazetteer: Gazetteer, institutions) -> tuple[frozenset[str], dict[str, list]]:
    """The gazetteer's adjectives (an institution's name followed by one is another state's) and the compiled
    context rules of the institutions' full names, made once per gazetteer instead of for every partition."""
    cached = gazetteer.cache.get("institution_checks")
    if cached is not None:
        return cached
    adjectives = _adjective_keys(gazetteer)
    # the context rules of an institution's full name hold for its name without the nisba: the Capital Market
    # Law «نظام السوق المالية» is no Tadawul, as «نظام السوق المالية السعودية» is none (organisations.yaml)
    compiled = matcher_for(gazetteer).rules
    entities = gazetteer.entities
    rules = {gid: compiled[key] for gid in {g for bare in institutions.values() for g in bare.values()}
             if (key := alias_key(entities[gid].name_ar)) in compiled}  # fmt: skip
    cached = gazetteer.cache["institution_checks"] = (adjectives, rules)
    return cached


#: Letters that normalisation folds together, as a regex class per letter of a written head.
_FOLDED = {
    "ا": "[اأإآ]",
    "أ": "[اأإآ]",
    "إ": "[اأإآ]",
    "آ": "[اأإآ]",
    "ة": "[ةه]",
    "ه": "[ةه]",
    "ي": "[يى]",
    "ى": "[يى]",
}


def _spelt(word: str) -> str:
    """A regex for ``word`` however its alef, ta marbuta and final ya are written (امانة، أمانه)."""
    return r"\s+".join("".join(_FOLDED.get(c, re.escape(c)) for c in part) for part in word.split())


@lru_cache(maxsize=8)
def _local_body_regex(heads: tuple[str, ...], councils: tuple[str, ...], nouns: tuple[str, ...]) -> re.Pattern | None:
    """What ends right before a place's name when a local body of it is named: a head in construct
    (``لبلدية``, ``بتعليم``), or a council and a preposition (``المجلس البلدي ب``, ``… في``), then a
    place noun or not (``محافظة``)."""
    if not heads and not councils:
        return None
    alternatives = []
    if heads:
        alternatives.append(rf"[وف]?[بلك]?(?P<head>{'|'.join(map(_spelt, heads))})\s+")
    if councils:
        alternatives.append(rf"[وف]?[بلك]?(?P<council>{'|'.join(map(_spelt, councils))})\s+(?:[بل]|في\s+)")
    noun = rf"(?P<noun>{'|'.join(map(_spelt, nouns))})\s+" if nouns else "(?P<noun>(?!))"
    return re.compile(rf"(?:^|(?<=[\s\"'«(]))(?:{'|'.join(alternatives)})(?:{noun})?\Z")


def _local_bodies(sentences: pd.DataFrame, mentions: pd.DataFrame, gazetteer: Gazetteer, rules: Rules) -> pd.DataFrame:
    """The local bodies of known places: a municipality, an education or health department, a police
    or traffic directorate, a municipal council (``discovered.yaml`` ``local_bodies``) named by its
    head right before a place the gazetteer found (``بلدية الخرج``، ``لبلدية محافظة ابو عريش``،
    ``لأمانة منطقة جازان``، ``تعليم جدة``، ``المجلس البلدي بمحافظة دومة الجندل``). The place's mention
    stays (the town is named); the body is a discovered organisation whose mention is the head (and
    the place noun the place's alias does not hold), named as written up to the place's end."""
    columns = ["sentence_row", "ostart", "oend", "entity_id", "kind", "name"]
    regex = _local_body_regex(rules.local_heads, rules.local_councils, rules.local_place_nouns)
    entities = gazetteer.entities
    if regex is None or mentions.empty:
        return pd.DataFrame(columns=columns)
    places = mentions[(mentions["sentence_idx"] >= 0) & (mentions["alias_kind"] != "adjective")]
    places = places[[entities[e].kind == "region" if e in entities else False for e in places["entity_id"]]]
    if places.empty:
        return pd.DataFrame(columns=columns)
    rows = []
    for srow, text, base, start, end in _in_sentences(sentences, places, "start", "end"):
        a, b = start - base, end - base
        match = regex.search(text, max(0, a - 60), a)
        if match is None:
            continue
        group = "head" if match.group("head") is not None else "council"
        h0 = match.start(group)
        h1 = match.end("noun") if match.group("noun") is not None else match.end(group)
        name = " ".join(text[h0:b].split())
        rows.append((srow, h0, h1, discovered_id(_key(name)), "actor", name))
    return pd.DataFrame(rows, columns=columns)


def _find_word(norm: str, form: str, lo: int, hi: int, surname: bool = False, owner: str = "") -> list[tuple[int, int]]:
    """Where ``form`` stands as a word in ``norm[lo:hi]``, after nothing or proclitics (و ف, then ب ل
    ك), with ``لل`` for ل + ال; the span starts where the name does (the second ل of ``لل``). A name
    after بن is another person's father (ونايف بن سلطان بن عبدالعزيز), and so is a ``surname`` after a
    first name (عثمان بن ناصر المحرج) or after بن and a father's name that is none of its ``owner``'s
    words (the commander محمد بن عوضة الزهراني is not the mayor عمر بن أحمد الزهراني), or after a word of
    another man's lineage with the same family name in the article (:func:`_other_lineages`: the martyr
    عوض بن سراج المالكي, then «عوض المالكي» and عوض سراج المالكي, is not the sheikh رشيد بن مساعد المالكي)."""
    found = []
    others = _other_lineages(norm[lo:hi], form, owner) if surname and owner else frozenset()
    targets = [form, "ل" + form[2:]] if form.startswith("ال") else [form]  # للزوارعه: ل + لزوارعه
    for target in targets:
        at = norm.find(target, lo, hi)
        while at >= 0:
            end = at + len(target)
            whole = (end >= len(norm) or not norm[end].isalnum()) and _after_proclitics(norm, at, target != form)
            before = _previous_word(norm, at) if whole else ""
            another = surname and (
                _another_persons(before)
                or (form.startswith("ال") and _an_adjective_after(before))
                or _another_father(norm, at, before, owner)
                or _another_given_name(norm, at, before, owner)
                or (
                    bool(others)
                    and (before in others or (len(before) > 3 and before[0] in "وف" and before[1:] in others))
                )
            )
            if whole and before not in _SON_OF and not another:
                found.append((at, end))
            at = norm.find(target, end, hi)
    return found


def _other_lineages(text: str, form: str, owner: str) -> frozenset[str]:
    """The words of the lineages in ``text`` (:data:`_LINEAGE_BEFORE`) that end in the family name
    ``form`` and open with a given name that is none of its ``owner``'s words (``عوض بن سراج المالكي``
    beside the owner ``رشيد بن مساعد المالكي``: عوض، سراج; not ``محمد بن عايش الداموكي`` beside ``محمد
    الداموكي``, his own lineage), less the owner's words: another man of the family, named so again by
    any of them."""
    if form not in text or (" بن " not in text and " بنت " not in text):  # no lineage (most articles): no scan
        return frozenset()
    if not _closes_a_lineage(text, form):  # no pattern compiled for the name (most names met: 1 % of the extraction)
        return frozenset()
    own = _owner_words(owner)
    found: set[str] = set()
    for m in _lineages(text, _lineage_of(form)):
        words = [w for w in m.group(0).split()[:-1] if w not in _SON_OF]
        if words and words[0] not in own:
            found.update(w for w in words if w not in own)
    return frozenset(found)


def _closes_a_lineage(text: str, form: str) -> bool:
    """Whether ``form`` stands as a whole word somewhere in ``text`` right after "بن X" or "بن X Y" (بنت so too), each
    word after a single space: what a match of :func:`_lineage_of`'s pattern must end with (whether it is one, the
    pattern says; this only spares compiling it where it cannot match)."""
    tail = " " + form
    at = text.find(tail)
    while at >= 0:
        end = at + len(tail)
        if end == len(text) or not (text[end].isalnum() or text[end] == "_"):
            words = text[:at].rsplit(" ", 3)
            if (len(words) >= 3 and words[-2] in _SON_OR_DAUGHTER_OF) or (
                len(words) >= 4 and words[-3] in _SON_OR_DAUGHTER_OF
            ):
                return True
        at = text.find(tail, at + 1)
    return False


_SON_OR_DAUGHTER_OF = ("بن", "بنت")  # the words between the names of a lineage in _LINEAGE_BEFORE


def _lineages(text: str, pattern: re.Pattern) -> Iterator[re.Match]:
    """What ``pattern.finditer(text)`` finds for a :func:`_lineage_of` pattern, tried only at the words that stand
    right before " بن " or " بنت " (where such a lineage must open: its look-behind made the regex engine try it at
    every character of the article, 1-2 % of the extraction), in order, none inside the last match."""
    starts = set()
    for son_of in (" بن ", " بنت "):
        at = text.find(son_of)
        while at >= 0:
            start = at
            while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):  # a \w character
                start -= 1
            if start < at:
                starts.add(start)
            at = text.find(son_of, at + 1)
    last_end = 0
    for start in sorted(starts):
        if start < last_end:
            continue
        m = pattern.match(text, start)
        if m is not None:
            last_end = m.end()
            yield m


@lru_cache(maxsize=4096)
def _lineage_of(form: str) -> re.Pattern:
    """A lineage (:data:`_LINEAGE_BEFORE`) that ends in the family name ``form``, compiled once per name (a new
    pattern per call overflowed ``re``'s cache: 6 % of the extraction's time went to compiling)."""
    return re.compile(_LINEAGE_BEFORE + re.escape(form) + r"(?!\w)")


def _another_father(norm: str, at: int, before: str, owner: str) -> bool:
    """Whether the family name at ``at`` follows بن (ابن، بنت) and a father's name ``before`` that is
    none of the words of its owner's name (``owner``), in a lineage whose given name is not his: another
    man's (the commander محمد بن عوضة الزهراني is not the mayor عمر بن أحمد الزهراني; but أحمد بن سعيد بن
    عواض الزايدي is أحمد الزايدي, his lineage written out)."""
    own = _owner_words(owner) if owner else frozenset()
    if not own or not before or before in own:
        return False
    end = at
    while end > 0 and norm[end - 1].isalnum():  # the proclitics of the family name
        end -= 1
    while end > 0 and norm[end - 1] == " ":
        end -= 1
    start = end - len(before)
    son_of = _previous_word(norm, start)
    if son_of not in _SON_OF:
        return False
    given = ""
    while son_of in _SON_OF:  # back along بن … بن to the given name
        start = norm.rfind(son_of, 0, start)
        given = _previous_word(norm, start)
        start = norm.rfind(given, 0, start) if given else 0
        son_of = _previous_word(norm, start) if given else ""
    bare = given[1:] if len(given) > 3 and given[0] in "وف" else given
    return bool(given) and given not in own and bare not in own


def _another_given_name(norm: str, at: int, before: str, owner: str) -> bool:
    """Whether the family name at ``at`` follows a given name (:func:`_first_names`, with و or ف on it) and a
    father's name ``before`` (no first name: that is :func:`_another_persons`' case), one space each, and no
    word of its owner's name (``owner``) stands among the four words before it: another man of the family
    (the citizen ``حمد شافي السبيعي`` is not the rider ``بداح بن علي المجمعي السبيعي``; but ``صالح بن عبدالله
    ردعان الشهري`` is صالح الشهري, his lineage written out). The father's name is no function word (``وطلب
    عيد من المهنا``, ``منصور هما الملا``) and no word with the article (``أوليفر للحارس كورتوا``)."""
    own = _owner_words(owner) if owner else frozenset()
    if not own or not before or not before.isalnum() or _DEFINITE_WORD.match(before):
        return False
    if before in _function_words():  # read once (cached)
        return False
    end = at
    while end > 0 and norm[end - 1].isalnum():  # the proclitics of the family name
        end -= 1
    start = end - 1 - len(before)
    if start < 2 or norm[end - 1] != " " or norm[start : end - 1] != before or norm[start - 1] != " ":
        return False
    given = _previous_word(norm, start)
    if not given or norm[start - 1 - len(given) : start - 1] != given:
        return False
    bare = given[1:] if len(given) > 3 and given[0] in "وف" else given
    if bare not in _first_names():
        return False
    window = norm[max(0, end - 80) : end].split()[-4:]  # his own lineage: محسن فاضل إياد عاشور الفضلي
    return not any(w in own or (len(w) > 3 and w[0] in "وف" and w[1:] in own) for w in window)


#: A word with the article, maybe after a proclitic (الحارس، للحارس، بالحارس، والحارس).
_DEFINITE_WORD = re.compile(r"(?:[وف]?[بك]?ال|[وف]?لل)")


@lru_cache(maxsize=4096)
def _owner_words(owner: str) -> frozenset[str]:
    return frozenset(normalize(owner).split())


def _next_word(norm: str, at: int) -> str:
    """The word after the spaces at ``at`` (empty at punctuation or the end)."""
    start = at
    while start < len(norm) and norm[start] == " ":
        start += 1
    end = start
    while end < len(norm) and norm[end].isalnum():
        end += 1
    return norm[start:end]


def _previous_word(norm: str, at: int) -> str:
    end = at
    while end > 0 and norm[end - 1].isalnum():  # the proclitics of this word
        end -= 1
    while end > 0 and norm[end - 1] == " ":
        end -= 1
    start = end
    while start > 0 and norm[start - 1].isalnum():
        start -= 1
    return norm[start:end]


@lru_cache(maxsize=1)
def _an_adjective_after(before: str) -> bool:
    """Whether a family name with the article, alone, reads as an adjective of the definite noun before
    it (عيد الفطر المبارك، الشهر الكريم): that noun is no title (الدكتور المبارك، اللواء العاصمي)."""
    return before.startswith("ال") and before not in _definite_titles()


@lru_cache(maxsize=1)
def _definite_titles() -> frozenset[str]:
    """The last word of every definite title of discovery.yaml (الدكتور، الرسمي، العام، الأمير)."""
    return frozenset(key.split(" ")[-1] for key in load_triggers().titles if key.startswith("ال"))


def _before_another_person() -> frozenset[str]:
    """Words before a family name that make it another person's: a first name, بن."""
    return _first_names() | {"بن", "ابن", "بنت"}


def _another_persons(before: str) -> bool:
    """Whether the word before a family name makes it another person's (:func:`_before_another_person`),
    with و or ف before it too: a list of names (بكر الشهري، وسالم شامر، وعلي الشهري، ومحمد الشهري)."""
    others = _before_another_person()
    return before in others or (len(before) > 3 and before[0] in "وف" and before[1:] in others)


def _after_proclitics(norm: str, at: int, contracted: bool) -> bool:
    """Whether the word before ``at`` is empty or only proclitics (ل required for ``لل``)."""
    start = at
    while start > 0 and norm[start - 1].isalnum():
        start -= 1
    prefix = norm[start:at]
    if contracted:
        return prefix in ("ل", "ول", "فل")
    return _PROCLITIC_RUN.fullmatch(prefix) is not None


def _forms_per_article(occ, lex: _Lexicon, rules: Rules) -> dict[int, dict[str, tuple]]:
    """Per article (its code): normalised form → (entity_id, kind, name, is a family name alone)."""
    first_names, connectors, usage = _first_names(), lex.triggers.connectors, _word_usage()
    out: dict[int, dict[str, tuple]] = {}
    surnames: dict[int, dict[str, set]] = {}
    # .tolist(): a string column iterated value by value converts each value on its own
    for doc, words, key, eid, kind, name, found_by in zip(
        occ["doc"].tolist(), occ["words"].tolist(), occ["key"].tolist(), occ["entity_id"].tolist(),
        occ["kind"].tolist(), occ["name"].tolist(), occ["found_by"].tolist()):  # fmt: skip
        table = out.setdefault(doc, {})
        entry = (eid, kind, name, False)
        if kind == "region" and len(words) == 1 and words[0] in usage:
            continue  # مدينة التمور: a place by its trigger; a common word alone later (التمور) is the word
        for form in {" ".join(words), key}:
            table.setdefault(form, entry)
        last = words[-1]
        if (found_by == "title" and (len(words) < 2 or words[-2] not in _NAME_HALVES)
                and _surname_ok(last, lex, rules, first_names, connectors)):  # fmt: skip
            surnames.setdefault(doc, {}).setdefault(last, set()).add(entry)
    for doc, owners in surnames.items():
        table = out[doc]
        for surname, entries in owners.items():
            if len({_given_name(entry[2], rules) for entry in entries}) == 1 and surname not in table:
                # one person, or one named in full and by his first and family names (غازي بن غرم
                # الله الغامدي، غازي الغامدي): the family name alone is the fullest name's
                entry = max(entries, key=lambda e: (len(e[2].split()), e[2]))
                table[surname] = (*entry[:3], True)
    return out


def _given_name(name: str, rules: Rules) -> tuple[str, ...]:
    """A person's given name, the first of a name's words or two of a compound (عبد الله، نور الدين)."""
    words = name.split()
    if len(words) > 2 and (words[0] in _NAME_HALVES or words[1] in rules.compound_tails):
        return tuple(words[:2])
    return tuple(words[:1])


def _static_counts() -> dict[str, int]:
    """How often Arabic news writes each of its 20,000 most common words (SaudiNewsNet,
    ``analysis/data/world/word_usage.txt``): discovery's test of a name (a word rarely written with
    the article) without counting the corpus's words again, so that any batch of articles is read
    alike (a word outside the list is rare, and so is its form with the article)."""
    return _occurrences()


@lru_cache(maxsize=1)
def _occurrences() -> dict[str, int]:
    return {word: seen for word, (seen, _) in _word_usage().items()}


def _a_word(word: str, usage: Mapping[str, tuple[int, int]]) -> bool:
    """A common word after a place noun, not a place's name: a feminine adjective agreeing with the
    noun (قرية نائية، مدينة صغيرة), or a word Arabic news uses often and hardly ever as a place
    (fewer than 1 in 50 of its occurrences after a place noun: كاملة، المجاورة)."""
    if word not in usage:
        return False
    seen, as_place = usage[word]
    return (not word.startswith("ال") and word.endswith("ه")) or (seen >= 100 and as_place * 50 < seen)


def _not_a_first_name(word: str, usage: Mapping, first_names: frozenset[str]) -> bool:
    """A common word that looks like no first name: a noun in the accusative or the feminine or with
    a pronoun (أصدر الرئيس قرارا، الملك رحمه الله، مدير وحدة مكافحة الإيبولا), or a short verb
    (وزير الشؤون البلدية أصدر قرارا). Foreign first names stay (جون، توم، تيدي)."""
    if word in first_names or word not in usage:
        return False
    return word.endswith(("ا", "ه", "ت")) or (word[0] in "يناأ" and len(word) <= 4)


def _name_word(
    lex: _Lexicon, compound_tails: frozenset[str] = frozenset(), compound_heads: frozenset[str] = frozenset()
):
    """Whether a word read after a name's first word, seen there too rarely for discovery's support
    rule, is part of the name all the same: a family name with the article that is no common noun
    (العاصمي), a first name (حمد), a word that is no common word of Arabic news (كوتون), or a common
    one that looks neither like a verb nor like a noun in the accusative or the feminine (كارتر); not
    a verb or a noun that happens to follow (زار، يفتتح، أكد، مقالا)."""
    common = common_words()
    first_names = _first_names()

    connectors = lex.triggers.connectors
    closers = lex.triggers.firm_name_closers
    joint = lex.triggers.joint_portfolios
    joint_seconds = frozenset(pair.split(" ")[1] for pair in joint)

    def keeps(word: str, previous: str = "", following: str = "", before: str = "") -> bool:
        if previous in connectors:  # حمد بن علي العطية (علي, not على), لويس فان جال, أنخيل دي ماريا
            return True
        if word in closers:
            return True  # شركة إبراهيم الجفالي وإخوانه: "& Brothers", read by discovery after a body's name only
        if word in compound_heads and following in compound_tails:
            return True  # حافظ مبروك ضيف الله، إبراهيم بن محمد الجار الله: a compound name's common first half
        if word in compound_tails and previous and previous not in compound_tails:
            return True  # إسماعيل سراج الدين، نور الدين، نصر الله: the second word of a compound name
        if previous in joint_seconds:  # after a joint ministry's second portfolio: a third, or its state's nisba
            if word.startswith("و"):
                return f"{previous[1:]} {word}" in joint  # وزارة الاقتصاد والتجارة والصناعة; not … والتقدم
            return word.startswith("ال") and lex.is_adjective(word)  # وزارة الشباب والرياضة العراقية
        if f"{previous.removeprefix('و')} {word}" in joint:
            return True  # وزارة المواصلات والاتصالات: a joint ministry's second portfolio, one body
        if word.startswith("ال"):
            return _family_name(word, lex, first_names)
        if word in first_names or word in connectors:  # محمد بن رافع الشهري
            return True
        if _a_verbal_noun_run_on(word, previous, lex.counts):
            return False  # وأكد الدكتور محمد البديع اعتزاز …، واصل المدرب كريستيان جروس تركيزه: the verb's object
        if _a_feminine_noun_run_on(word, lex.counts):
            return False  # واصل نادي النخيل صدارته، استقل هشام ناظر طائرته: the next phrase
        if _a_plural_in_construct_run_on(word, previous, lex.counts, before):
            return False  # ماجد الحقيل مديري فروع الوزارة، فيصل بن تركي لاعبي النصر: "the directors of", an object
        if word[0] in "يت" and (len(word) == 4 or word.endswith(("ون", "ين", "ان"))):
            return False  # an imperfect verb, rare or not: بنك الجزيرة يعتز، مؤسسة يعملون (not يونكر)
        if len(word) >= 5 and word[0] == _FUTURE and word[1] in _FUTURE_PERSONS and word[1:] in common:
            return False  # a verb in the future, its imperfect a common word: الوزير شكري سيطلع (يطلع)
        if (
            (word[0] in "فلب" or (word[0] == "ك" and len(word) > 4))
            and word[1:] in common
            and not _no_preposition(word)
        ):
            return False  # a new phrase: فتميز، لإعلان، كمحترف (not كوست: a short ك + word is a name's too)
        if _a_preposition_before_a_definite_noun(word, common):
            return False  # وثانوية الإمام فيصل بن تركي بروضة سدير: ب + a noun the news writes with its article
        if word not in first_names and _a_rare_perfect_verb(word, lex.counts, first_names):
            return False  # شركة الكهرباء تجاهلت بلاغات، قرية يرزا هدمت: the verb the name is the subject of
        if word not in common:
            return True
        return (len(word) > 3 and word[0] not in _VERB_INITIALS and word[-1] not in _NOUN_FINALS
                and not word.endswith("ت"))  # fmt: skip

    return keeps


#: Particles of the verb that no preposition stands before (لو "if", لم and لن, the negations): ب or ل before one is
#: no proclitic but a foreign name's own letter (جيت بلو "JetBlue").
_VERB_PARTICLES = frozenset({"لو", "لم", "لن"})


def _a_preposition_before_a_definite_noun(word: str, common: Mapping[str, int]) -> bool:
    """``word`` (normalised, no first name), read after a name's first word, is the preposition ب glued to a noun
    that Arabic news writes with its article among its most common words (:func:`common_words`) though not bare
    (``بروضة``: الروضة, ``برصاص``: الرصاص; the bare noun common is the rule before it): the sentence's next phrase,
    a place or a manner after the name («وثانوية الإمام فيصل بن تركي بروضة سدير», «أصيب متظاهران معارضان للرئيس
    البوروندي بيار نكورونزيزا برصاص الشرطة»), never a name's word. A word of four letters only when the news writes
    it often so (``بصدد`` "about to"): one it does not is as likely a short foreign name (``بلوم`` Blome: اللوم;
    ``بينا`` Peña). ب before an alef only before a derived verbal noun (``بانضباط``، not the plural أفعال): the
    Hadhrami family names are written so (``بافقيه``: الأفقية). Not ل, which a body's name holds (``جمعية تمكين
    لأيتام الشرقية``)."""
    if len(word) < 4 or word[0] != "ب" or "ال" + word[1:] not in common:
        return False
    if len(word) == 4:
        return word in common
    rest = word[1:]
    return rest[0] != "ا" or (_a_verbal_noun(rest) and len(rest) > 5)


def _no_preposition(word: str) -> bool:
    """``word`` (normalised) is ب or ل before a particle of the verb (:data:`_VERB_PARTICLES`): not a preposition and
    a word, which Arabic never writes so (``بلو`` is no ب + لو "if"), while ف، the conjunction, may stand before one
    (``فلو``، ``فلم``)."""
    return word[0] in "بل" and word[1:] in _VERB_PARTICLES


def _a_rare_perfect_verb(word: str, counts: Mapping[str, int], first_names: frozenset[str]) -> bool:
    """``word`` (normalised, no article), read after a name's first word, is a perfect verb with the feminine ت
    whose imperfect Arabic news writes too rarely for discovery's test (``تجاهلت``: يتجاهل، ``هدمت``: يهدم):
    ت after a stem that is a common word (:data:`PERFECT_VERB_MIN`), of three letters or more without its
    first alef, with no و or ي (a foreign name's long vowels: ``دوليت``، ``جاريت``، ``مونت``، ``خيرت``), its
    alefs where a verb's stand (first or second, or third in تفاعل and أفعل: ``تجاهل``، ``أجاب``; not ``تراست``),
    no given name."""
    if len(word) < 4 or not word.endswith("ت") or word.endswith("ات") or word.startswith("ال"):
        return False
    stem = word[:-1]
    if "و" in stem or "ي" in stem or stem in first_names:
        return False
    if any(c == "ا" and i > 1 and not (i == 2 and (stem[0] == "ا" or (stem[0] == "ت" and len(stem) == 5)))
           for i, c in enumerate(stem)):  # fmt: skip
        return False
    root = stem[1:] if stem[0] == "ا" else stem
    return len(root) >= 3 and counts.get(stem, 0) >= PERFECT_VERB_MIN


def _surname_ok(word: str, lex: _Lexicon, rules: Rules, first_names: frozenset, connectors: frozenset) -> bool:
    """A family name that alone names its person in the article: long enough, no first name, no
    known alias, no function word, a name by the corpus's counts (كوتون، الشهري; not الجديد); not the
    second word of a compound name, a common noun alone (الله in صلى الله عليه وسلم، رحمه الله: not the
    discovered ``سعد العبد الله`` nor ``سعود غفر الله``)."""
    if len(word) < rules.surname_min_letters or word in first_names or word in connectors:
        return False
    if word in rules.compound_tails:
        return False
    if lex.stops(word) or lex.not_name(word):
        return False
    if lex.entity(word) is not None:
        # a state's nisba as his family name (عبدالله بن عبدالمحسن التركي … وأوضح التركي): where the gazetteer
        # reads it as the state no row is taken (the state's mention stands); where readings leaves it out
        # (:func:`analysis.extract.readings._the_family_nisba_again`), it is his
        return word.startswith("ال") and word.endswith("ي") and lex.is_adjective(word)
    if word.startswith("ال"):
        return _family_name(word, lex, first_names)
    return lex.name_like(word)


def _family_name(word: str, lex: _Lexicon, first_names: frozenset[str]) -> bool:
    """Whether a word with the article may be a family name: one made of a first name (اليحيى،
    الحمد), one the corpus writes after many first names (``_family_names``: العساف، الجبرين, though
    عساف is a word and الجبرين a plural's form), or one whose bare form is no common noun and that is
    no plural (not هيئة المحلفين)."""
    if word[2:] in first_names or word in _family_names():
        return True
    return not lex.common_noun(word) and not word.endswith(_PLURAL_ENDINGS)


def _to_rows(chunk: _Chunk, spans: list[tuple[int, int, tuple]]) -> list[tuple]:
    starts = np.array([a for a, _, _ in spans], dtype=np.int64)
    ends = np.array([b for _, b, _ in spans], dtype=np.int64)
    local = np.searchsorted(chunk.starts_norm, starts, side="right") - 1
    original = chunk.offsets.to_original_array(np.stack([starts, ends - 1]))
    base = chunk.starts_original[local]
    return [
        (chunk.first_row + loc, o_start - b, o_last + 1 - b, *entry)
        for (_, _, entry), loc, o_start, o_last, b in zip(
            spans, local.tolist(), original[0].tolist(), original[1].tolist(), base.tolist())
    ]  # fmt: skip


def _without_overlaps(rows: pd.DataFrame, sentences: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """Rows overlapping a gazetteer mention or an earlier (longer) discovered row left out."""
    if rows.empty:
        return rows
    rows = rows.assign(length=rows["oend"] - rows["ostart"]).sort_values(
        ["sentence_row", "ostart", "length"], ascending=[True, True, False], kind="stable")  # fmt: skip
    rows = rows.drop_duplicates(["sentence_row", "ostart"])
    taken = _drop_mentioned(rows.assign(ocheck=rows["oend"]), sentences, mentions)
    keep, last_row, last_end = [], -1, -1
    for row, s, e in zip(taken["sentence_row"].tolist(), taken["ostart"].tolist(), taken["oend"].tolist()):
        ok = row != last_row or s >= last_end
        keep.append(ok)
        if ok:
            last_row, last_end = row, e
    return taken[np.array(keep, dtype=bool)].reset_index(drop=True)


#: Quotation marks a name is written between, or half between (``شركة «مايكروسوفت»``, a span that stops before the
#: closing mark: ``شركة «مايكروسوفت``): no part of the name it is called by.
_QUOTE_MARKS_RE = re.compile(r"\s*[«»\"“”„]+\s*")


def _unquoted(name: str) -> str:
    """A discovered name without its quotation marks, words kept apart (``بنك»البلاد`` → ``بنك البلاد``)."""
    return _QUOTE_MARKS_RE.sub(" ", name).strip()


def _as_mentions(rows: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    if rows.empty:
        return schema.MENTIONS.empty()
    srow = rows["sentence_row"].to_numpy(dtype=np.int64)
    base = sentences["start"].to_numpy(dtype=np.int64)[srow]
    texts = sentences["text"].to_numpy()[srow]
    table = pd.DataFrame({
        "doc_id": sentences["doc_id"].to_numpy()[srow],
        "sentence_idx": sentences["sentence_idx"].to_numpy(dtype=np.int64)[srow],
        "entity_id": rows["entity_id"].to_numpy(),
        "entity_kind": rows["kind"].to_numpy(),
        "surface": [t[s:e] for t, s, e in zip(texts, rows["ostart"].tolist(), rows["oend"].tolist())],
        "start": base + rows["ostart"].to_numpy(dtype=np.int64),
        "end": base + rows["oend"].to_numpy(dtype=np.int64),
        "alias": [_unquoted(str(n)) for n in rows["name"].tolist()],
        "alias_kind": DISCOVERED,
    })  # fmt: skip
    return table[_COLUMNS].reset_index(drop=True)


def with_discovered(
    mentions: pd.DataFrame, sentences: pd.DataFrame, gazetteer: Gazetteer, *, home: str | None = None
) -> pd.DataFrame:
    """The mentions table with the discovered mentions added (any it held before replaced) and read
    at home (:func:`at_home`; ``home`` defaults to :func:`home_state`), each article's rows in text order."""
    mentions = mentions[mentions["alias_kind"] != DISCOVERED]
    return merged(mentions, discovered_mentions(sentences, mentions, gazetteer), gazetteer, home=home)


def merged(
    mentions: pd.DataFrame, found: pd.DataFrame, gazetteer: Gazetteer, *, home: str | None = None
) -> pd.DataFrame:
    """Gazetteer ``mentions`` and discovered ones (``found``, and any ``mentions`` holds: found batch by
    batch, see :mod:`analysis.pipeline`) as one table: the discovered read at home (``home`` defaults
    to :func:`home_state`), each article's rows in text order, articles in their order of appearance."""
    base = mentions[mentions["alias_kind"] != DISCOVERED]
    found = pd.concat([found, mentions[mentions["alias_kind"] == DISCOVERED]], ignore_index=True)
    found = found.drop_duplicates(["doc_id", "start"])
    home = home if home is not None else home_state(base, gazetteer)
    base = national_at_home(base, gazetteer, home)
    base = home_twins_at_home(base, gazetteer, home)
    found = at_home(found, base, gazetteer, home)
    if found.empty:
        return base.reset_index(drop=True)
    both = pd.concat([base, found], ignore_index=True)
    order = pd.unique(both["doc_id"])
    position = pd.Series(np.arange(len(order)), index=order).reindex(both["doc_id"]).to_numpy()
    index = np.lexsort((both["start"].to_numpy(), position))
    return both.iloc[index].reset_index(drop=True)


__all__ = [
    "DISCOVERED",
    "PREFIX",
    "DiscoveredDataError",
    "Rules",
    "at_home",
    "discovered_entities",
    "discovered_entity_rows",
    "discovered_id",
    "discovered_mentions",
    "entities_with_discovered",
    "home_from_counts",
    "home_institutions",
    "home_state",
    "home_twins_at_home",
    "home_twins_of_foreign_towns",
    "is_discovered",
    "load_rules",
    "merged",
    "national_at_home",
    "rare_discovered",
    "state_article_counts",
    "with_discovered",
]
