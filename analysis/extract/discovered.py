"""Discovered entities: what an article introduces that the gazetteer lacks, as mentions.

:func:`discovered_mentions` turns discovery's strongest evidence (:mod:`analysis.extract.discover`,
triggers in ``analysis/data/discovery.yaml``, what is kept in ``analysis/data/discovered.yaml``)
into rows of the mentions table (:data:`analysis.schema.MENTIONS`), so that the people,
organisations and places a corpus is about count, filter and co-occur like gazetteer entities:

* a **person** after a title, two name words at least: ``السيناتور توم كوتون`` → ``توم كوتون``; then,
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
an article that names no other state more often; ``alias`` is the institution's name.

Cost: one trigger scan over the sentences (the one discovery makes) and, per article that
introduced something, one small regex for its later mentions.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from hashlib import sha1
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from analysis import schema
from analysis.data import data_path
from analysis.extract.discover import (
    Triggers,
    _Chunk,
    _chunks,
    _drop_mentioned,
    _exclude_known,
    _Lexicon,
    _occurrence_table,
    _scan,
    _trigger_regex,
    _word_counts,
    load_triggers,
    transliterate,
)
from analysis.extract.gazetteer import Gazetteer, alias_key
from analysis.extract.mentions import _common_words

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


class DiscoveredDataError(ValueError):
    """``discovered.yaml`` is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class Rules:
    """What ``analysis/data/discovered.yaml`` keeps of discovery's evidence."""

    person_min_words: int
    surname_min_letters: int
    organisation_types: frozenset[str]
    place_types: frozenset[str]
    home_min_share: float


def load_rules(path: str | Path | None = None) -> Rules:
    """Load and check ``analysis/data/discovered.yaml`` (or ``path``)."""
    path = Path(path) if path is not None else data_path("discovered.yaml")
    try:
        doc = yaml.safe_load(Path(path).read_text("utf-8"))
        persons, home = doc["persons"], doc["home_state"]
        rules = Rules(
            person_min_words=int(persons["min_words"]),
            surname_min_letters=int(persons["surname_min_letters"]),
            organisation_types=frozenset(str(t) for t in doc["organisations"]),
            place_types=frozenset(str(t) for t in doc["places"]),
            home_min_share=float(home["min_share"]),
        )
    except (yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
        raise DiscoveredDataError(f"{path}: expected persons, organisations, places, home_state: {exc!r}") from exc
    if rules.person_min_words < 1 or not 0 <= rules.home_min_share <= 1:
        raise DiscoveredDataError(f"{path}: persons.min_words must be ≥ 1 and home_state.min_share 0 to 1")
    return rules


def is_discovered(entity_id: str) -> bool:
    """Whether an entity id is a discovered entity's (``disc:…``) rather than the gazetteer's."""
    return str(entity_id).startswith(PREFIX)


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    lines = data_path("world/first_names.txt").read_text("utf-8").splitlines()
    return frozenset(line.split("\t")[0] for line in lines if line and not line.startswith("#"))


# --- the home state ------------------------------------------------------------------------------


def home_state(mentions: pd.DataFrame, gazetteer: Gazetteer, *, min_share: float | None = None) -> str | None:
    """The state named in the most articles (``saudi_arabia`` in SaudiNewsNet), or None when it is
    named in fewer than ``min_share`` of the articles naming a state (a corpus with no home)."""
    share = load_rules().home_min_share if min_share is None else min_share
    states = [e.id for e in gazetteer.entities.values() if e.kind == "actor" and e.is_country]
    found = mentions.loc[mentions["entity_id"].isin(states), ["doc_id", "entity_id"]].drop_duplicates()
    if found.empty:
        return None
    per_state = found["entity_id"].value_counts()
    best = str(per_state.index[0])
    return best if per_state.iloc[0] >= share * found["doc_id"].nunique() else None


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
) -> pd.DataFrame:
    """Mentions of discovered entities and of the home state's unqualified institutions
    (columns :data:`analysis.schema.MENTIONS`), none overlapping ``mentions``.

    ``sentences`` (doc_id, sentence_idx, start, text) and ``mentions`` are the corpus's tables made
    with ``gazetteer``; ``home`` the home state (default :func:`home_state`).

    >>> discovered_mentions(sentences_of("قال السيناتور توم كوتون إن ... وأضاف كوتون"), ...)  # doctest: +SKIP
    entity_id='disc:twm_kwtwn' surface='توم كوتون' alias_kind='name'; surface='كوتون' alias_kind='alias'
    """
    rules = rules or load_rules()
    triggers = triggers or load_triggers()
    if sentences.empty:
        return schema.MENTIONS.empty()
    sentences = sentences.reset_index(drop=True)
    home = home if home is not None else home_state(mentions, gazetteer, min_share=rules.home_min_share)
    texts = sentences["text"].astype(str).tolist()
    doc_codes, _ = pd.factorize(sentences["doc_id"])
    chunks = list(_chunks(texts))
    lex = _Lexicon(_word_counts(chunks), triggers, gazetteer)
    regex, forms = _trigger_regex(triggers)
    found = [(o, n) for n, chunk in enumerate(chunks) for o in _scan(chunk.norm, lex, triggers, regex, forms)]
    found = [(o, n) for o, n in found if o.found_by != "ngram"]
    if not found:
        return schema.MENTIONS.empty()
    occ = _occurrence_table(found, chunks, texts, doc_codes, keeps=_name_word(lex))
    occ = _drop_mentioned(occ, sentences, mentions)
    institutions = home_institutions(gazetteer, home) if home else {}
    away = _articles_away(mentions, gazetteer, home) if home else set()
    occ = _kept(occ, rules, lex, institutions, away, sentences)
    occ = _exclude_known(occ[occ["gazetteer_id"].isna()], gazetteer).pipe(
        lambda known: pd.concat([known, occ[occ["gazetteer_id"].notna()]], ignore_index=True)
    )
    if occ.empty:
        return schema.MENTIONS.empty()
    occ = _with_ids(occ)
    later = _later_mentions(occ, chunks, sentences, doc_codes, lex, rules)
    rows = pd.concat([_trigger_rows(occ), later], ignore_index=True)
    rows = _without_overlaps(rows, sentences, mentions)
    return _as_mentions(rows, sentences, gazetteer)


def discovered_entities(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per discovered entity of a mentions table: entity_id, name_ar (its ``alias``),
    kind, articles, mentions; most articles first."""
    found = mentions[mentions["entity_id"].astype(str).str.startswith(PREFIX)]
    if found.empty:
        return pd.DataFrame(columns=["entity_id", "name_ar", "kind", "articles", "mentions"])
    table = found.groupby("entity_id").agg(
        name_ar=("alias", "first"), kind=("entity_kind", "first"), articles=("doc_id", "nunique"),
        mentions=("doc_id", "size"))  # fmt: skip
    return table.sort_values(["articles", "mentions"], ascending=False).reset_index()


def _articles_away(mentions: pd.DataFrame, gazetteer: Gazetteer, home: str) -> set:
    """Articles naming another state more often than the home state (an unqualified ministry
    there may be that state's)."""
    states = {e.id for e in gazetteer.entities.values() if e.is_country}
    named = mentions[mentions["entity_id"].isin(states)]
    counts = named.groupby(["doc_id", "entity_id"]).size().unstack(fill_value=0)
    if home not in counts.columns:
        away = set(counts.index)
    else:
        away = set(counts.index[counts[home].to_numpy() < counts.to_numpy().max(axis=1)])
    return away


def _kept(occ, rules: Rules, lex: _Lexicon, institutions: Mapping[str, str], away: set, sentences) -> pd.DataFrame:
    """The occurrences the build keeps, with ``kind``, ``gazetteer_id`` (a home institution) and
    ``name_words`` (the words of the name proper)."""
    connectors = lex.triggers.connectors
    common = _word_usage()
    doc_ids = sentences["doc_id"].to_numpy()[occ["sentence_row"].to_numpy()] if len(occ) else np.array([])
    keep, kinds, gids = [], [], []
    for words, found_by, type_, key, doc in zip(occ["words"], occ["found_by"], occ["type"], occ["key"], doc_ids):
        kind, gid, ok = "actor", None, False
        if found_by == "title":
            ok = sum(w not in connectors for w in words) >= rules.person_min_words
        elif found_by == "organisation":
            ok = type_ in rules.organisation_types and len(words) >= 2
            gid = institutions.get(key)
            if gid is not None and doc in away:
                ok = False  # another state's ministry, maybe: neither the home state's nor a new entity
        elif found_by == "place":
            kind, ok = "region", type_ in rules.place_types and not any(_a_word(w, common) for w in words)
        keep.append(ok)
        kinds.append(kind)
        gids.append(gid)
    occ = occ.assign(kind=kinds, gazetteer_id=gids)
    return occ[np.array(keep, dtype=bool)].reset_index(drop=True)


def _with_ids(occ: pd.DataFrame) -> pd.DataFrame:
    """``entity_id`` per key: ``disc:`` + the transliteration's slug (a short hash of the key when
    two keys spell the same slug); ``name`` the most frequent surface of the key."""
    keys = sorted(set(occ.loc[occ["gazetteer_id"].isna(), "key"]))
    slugs = {k: re.sub(r"[^a-z0-9]+", "_", transliterate(k).lower()).strip("_") or "x" for k in keys}
    clash = Counter(slugs.values())
    ids = {k: PREFIX + (s if clash[s] == 1 else f"{s}_{sha1(k.encode()).hexdigest()[:4]}") for k, s in slugs.items()}
    names = occ.groupby(["key", "surface"]).size().rename("n").reset_index()
    names = names.sort_values(["key", "n", "surface"], ascending=[True, False, True]).drop_duplicates("key")
    name_of = dict(zip(names["key"], names["surface"].str.strip()))
    entity_id = [g if isinstance(g, str) else ids[k] for g, k in zip(occ["gazetteer_id"], occ["key"])]
    return occ.assign(entity_id=entity_id, name=[name_of[k] for k in occ["key"]])


def _trigger_rows(occ: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({
        "sentence_row": occ["sentence_row"].to_numpy(dtype=np.int64), "ostart": occ["ostart"].to_numpy(dtype=np.int64),
        "oend": occ["oend"].to_numpy(dtype=np.int64), "entity_id": occ["entity_id"].to_numpy(),
        "kind": occ["kind"].to_numpy(), "name": occ["name"].to_numpy(), "alias_kind": "name",
        "gazetteer_id": occ["gazetteer_id"].to_numpy(),
    })  # fmt: skip


def _later_mentions(occ, chunks: list[_Chunk], sentences, doc_codes, lex: _Lexicon, rules: Rules) -> pd.DataFrame:
    """The names again in the articles that introduced them, and the persons' family names."""
    forms = _forms_per_article(occ, lex, rules)
    rows: list[tuple] = []
    doc_of_row = doc_codes
    for number, chunk in enumerate(chunks):
        last_row = chunks[number + 1].first_row if number + 1 < len(chunks) else len(sentences)
        codes = doc_of_row[chunk.first_row : last_row]
        for doc in np.unique(codes).tolist():
            wanted = forms.get(doc)
            if not wanted:
                continue
            local = np.flatnonzero(codes == doc)
            lo = int(chunk.starts_norm[local[0]])
            hi = int(chunk.starts_norm[local[-1] + 1]) if local[-1] + 1 < len(chunk.starts_norm) else len(chunk.norm)
            pattern = _forms_regex(tuple(sorted(wanted)))
            spans = [(m.start("n"), m.end("n"), m.group("n")) for m in pattern.finditer(chunk.norm, lo, hi)]
            if spans:
                rows.extend(_to_rows(chunk, spans, wanted))
    return pd.DataFrame(rows, columns=["sentence_row", "ostart", "oend", "entity_id", "kind", "name", "alias_kind",
                                       "gazetteer_id"])  # fmt: skip


def _forms_per_article(occ, lex: _Lexicon, rules: Rules) -> dict[int, dict[str, tuple]]:
    """Per article (its code): normalised form → (entity_id, kind, name, alias_kind, gazetteer_id)."""
    first_names, connectors = _first_names(), lex.triggers.connectors
    out: dict[int, dict[str, tuple]] = {}
    surnames: dict[int, dict[str, set]] = {}
    for doc, words, key, eid, kind, name, found_by, gid in zip(
        occ["doc"].tolist(), occ["words"], occ["key"], occ["entity_id"], occ["kind"], occ["name"],
        occ["found_by"], occ["gazetteer_id"]):  # fmt: skip
        table = out.setdefault(doc, {})
        entry = (eid, kind, name, "name", gid)
        for form in {" ".join(words), key}:
            table.setdefault(form, entry)
        last = words[-1]
        if found_by == "title" and _surname_ok(last, lex, rules, first_names, connectors):
            surnames.setdefault(doc, {}).setdefault(last, set()).add(entry)
    for doc, owners in surnames.items():
        table = out[doc]
        for surname, entries in owners.items():
            if len(entries) == 1 and surname not in table:
                eid, kind, name, _, gid = next(iter(entries))
                table[surname] = (eid, kind, name, "alias", gid)
    return out


@lru_cache(maxsize=1)
def _word_usage() -> dict[str, tuple[int, int]]:
    """``analysis/data/world/word_usage.txt``: word → (occurrences, occurrences after a place noun)."""
    rows = (line.split("\t") for line in data_path("world/word_usage.txt").read_text("utf-8").splitlines()
            if line and not line.startswith("#"))  # fmt: skip
    return {r[0]: (int(r[1]), int(r[2])) for r in rows if len(r) == 3}


def _a_word(word: str, usage: Mapping[str, tuple[int, int]]) -> bool:
    """A common word after a place noun, not a place's name: a feminine adjective agreeing with the
    noun (قرية نائية، مدينة صغيرة), or a word Arabic news uses often and hardly ever as a place
    (fewer than 1 in 50 of its occurrences after a place noun: كاملة، المجاورة)."""
    if word not in usage:
        return False
    seen, as_place = usage[word]
    return (not word.startswith("ال") and word.endswith("ه")) or (seen >= 100 and as_place * 50 < seen)


def _name_word(lex: _Lexicon):
    """Whether a word read after a name's first word, seen there too rarely for discovery's support
    rule, is part of the name all the same: a family name with the article that is no common noun
    (العاصمي), a first name (حمد), a word that is no common word of Arabic news (كوتون), or a common
    one that looks neither like a verb nor like a noun in the accusative or the feminine (كارتر); not
    a verb or a noun that happens to follow (زار، يفتتح، أكد، مقالا)."""
    common = _common_words()
    first_names = _first_names()

    def keeps(word: str) -> bool:
        if word.startswith("ال"):
            return not lex.common_noun(word)
        if word in first_names or word not in common:
            return True
        return len(word) > 3 and word[0] not in _VERB_INITIALS and word[-1] not in _NOUN_FINALS

    return keeps


def _surname_ok(word: str, lex: _Lexicon, rules: Rules, first_names: frozenset, connectors: frozenset) -> bool:
    """A family name that alone names its person in the article: long enough, no first name, no
    known alias, no function word, a name by the corpus's counts (كوتون، الشهري; not الجديد)."""
    if len(word) < rules.surname_min_letters or word in first_names or word in connectors:
        return False
    if lex.entity(word) is not None or lex.stops(word) or lex.not_name(word):
        return False
    return not lex.common_noun(word) if word.startswith("ال") else lex.name_like(word)


@lru_cache(maxsize=4096)
def _forms_regex(forms: tuple[str, ...]) -> re.Pattern:
    """The forms with proclitics before them (وكوتون، لبلدية), ``لل`` for ل + ال; group ``n`` the surface."""
    alternatives = []
    for form in sorted(forms, key=len, reverse=True):
        words = [re.escape(w).replace("عبد", "عبد ?") for w in form.split(" ")]
        alternatives.append(_WORD_SPACE.join(words))
        if form.startswith("ال"):
            alternatives.append(_WORD_SPACE.join(["ل" + words[0][2:], *words[1:]]))
    return re.compile(rf"(?<!\w)(?:[وف]?[بلك]?)(?P<n>{'|'.join(alternatives)})(?!\w)")


def _to_rows(chunk: _Chunk, spans: list[tuple[int, int, str]], wanted: Mapping[str, tuple]) -> list[tuple]:
    starts = np.array([s for s, _, _ in spans], dtype=np.int64)
    ends = np.array([e for _, e, _ in spans], dtype=np.int64)
    local = np.searchsorted(chunk.starts_norm, starts, side="right") - 1
    original = chunk.offsets.to_original_array(np.stack([starts, ends - 1]))
    rows = []
    for (s, e, text), loc, o_start, o_last in zip(spans, local.tolist(), original[0].tolist(), original[1].tolist()):
        key = " ".join(text.split()).replace("عبد ", "عبد")
        if text.startswith("ل") and not text.startswith("ال") and key not in wanted:
            key = "ا" + key
        entry = wanted.get(key) or wanted.get(" ".join(text.split()))
        if entry is None:
            continue
        base = int(chunk.starts_original[loc])
        rows.append((chunk.first_row + loc, o_start - base, o_last + 1 - base, *entry))
    return rows


def _without_overlaps(rows: pd.DataFrame, sentences: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """Rows overlapping a gazetteer mention or an earlier (longer) discovered row left out."""
    if rows.empty:
        return rows
    rows = rows.assign(length=rows["oend"] - rows["ostart"]).sort_values(
        ["sentence_row", "ostart", "length"], ascending=[True, True, False], kind="stable")  # fmt: skip
    rows = rows.drop_duplicates(["sentence_row", "ostart"])
    taken = _drop_mentioned(rows.rename(columns={}).assign(ocheck=rows["oend"]), sentences, mentions)
    keep, last_row, last_end = [], -1, -1
    for row, s, e in zip(taken["sentence_row"].tolist(), taken["ostart"].tolist(), taken["oend"].tolist()):
        ok = row != last_row or s >= last_end
        keep.append(ok)
        if ok:
            last_row, last_end = row, e
    return taken[np.array(keep, dtype=bool)].reset_index(drop=True)


def _as_mentions(rows: pd.DataFrame, sentences: pd.DataFrame, gazetteer: Gazetteer) -> pd.DataFrame:
    if rows.empty:
        return schema.MENTIONS.empty()
    srow = rows["sentence_row"].to_numpy(dtype=np.int64)
    base = sentences["start"].to_numpy(dtype=np.int64)[srow]
    texts = sentences["text"].to_numpy()[srow]
    gids = rows["gazetteer_id"].tolist()
    names = [gazetteer.entities[g].name_ar if isinstance(g, str) else n for g, n in zip(gids, rows["name"])]
    table = pd.DataFrame({
        "doc_id": sentences["doc_id"].to_numpy()[srow],
        "sentence_idx": sentences["sentence_idx"].to_numpy(dtype=np.int64)[srow],
        "entity_id": rows["entity_id"].to_numpy(),
        "entity_kind": rows["kind"].to_numpy(),
        "surface": [t[s:e] for t, s, e in zip(texts, rows["ostart"].tolist(), rows["oend"].tolist())],
        "start": base + rows["ostart"].to_numpy(dtype=np.int64),
        "end": base + rows["oend"].to_numpy(dtype=np.int64),
        "alias": names,
        "alias_kind": DISCOVERED,
    })  # fmt: skip
    return table[_COLUMNS].reset_index(drop=True)


def with_discovered(
    mentions: pd.DataFrame, sentences: pd.DataFrame, gazetteer: Gazetteer, *, home: str | None = None
) -> pd.DataFrame:
    """The mentions table with the discovered mentions added (any it held before replaced), each
    article's rows in text order."""
    mentions = mentions[mentions["alias_kind"] != DISCOVERED]
    found = discovered_mentions(sentences, mentions, gazetteer, home=home)
    if found.empty:
        return mentions
    order = pd.Series(np.arange(sentences["doc_id"].nunique()), index=pd.unique(sentences["doc_id"]))
    both = pd.concat([mentions, found], ignore_index=True)
    position = order.reindex(both["doc_id"]).fillna(len(order)).to_numpy()
    index = np.lexsort((both["start"].to_numpy(), position))
    return both.iloc[index].reset_index(drop=True)


__all__ = [
    "DISCOVERED",
    "PREFIX",
    "DiscoveredDataError",
    "Rules",
    "discovered_entities",
    "discovered_mentions",
    "home_institutions",
    "home_state",
    "is_discovered",
    "load_rules",
    "with_discovered",
]
