"""How a matched name counts: ambiguous names need evidence, capitals are places or governments.

The matcher (:mod:`analysis.extract.mentions`) finds every alias of the gazetteer in the text. Two
kinds of alias are then read in their context, with the words of ``analysis/data/context_words.yaml``:

* **Ambiguous names** (``Alias.ambiguous``: a place or group name that is also an ordinary word or a
  first name: ``الباب``, ``التل``, ``عمان``, ``القاعدة``) count only with evidence:

  - a trigger word right before them: ``مدينة الباب``, ``بلدة التل``, ``سلطنة عمان``, ``تنظيم …``;
  - or a related entity named, unambiguously, elsewhere in the same text: one of its ancestors in the
    place hierarchy (``الباب`` counts in an article that names ``حلب`` or ``سوريا``), one of its
    descendants (``عمان`` counts in an article that names ``مسقط``), or the actor it is affiliated to;
  - being part of a longer known name needs no rule: the matcher takes the longest alias.

* **Metonyms with a place** (``Alias.place``: ``دمشق`` stands for the Syrian government and is the
  city of Damascus) are the government only when it acts or speaks: right after one of the
  ``acts_before`` verbs (``أعلنت دمشق``), right before a verb (``دمشق تتهم``, ``أنقرة لن تسمح``), or
  after one of the ``actor_nouns`` (``موقف موسكو``, ``دعم طهران``). After a locative word (``في``,
  ``قرب``, ``ريف``, ``سكان``, ``مطار``), with ``ب`` glued to it (``بدمشق``), or with no sign of acting,
  it is the place: the mention is recorded for the region with ``alias_kind == "place"``, so both
  readings stay traceable (same ``alias``, another entity and alias kind).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import yaml

from analysis.data import data_path
from analysis.extract.gazetteer import SEPARATOR_CLASS, Alias, Gazetteer
from analysis.text.arabic import CONJUNCTIONS, PREPOSITIONS
from analysis.text.normalize import normalize

CONTEXT_FILE = "context_words.yaml"

#: How far around a match (in normalised characters) the word before and after are looked for.
_WINDOW = 60
_PREVIOUS_WORD_RE = re.compile(rf"(\w+){SEPARATOR_CLASS}*\Z")
_NEXT_WORD_RE = re.compile(rf"{SEPARATOR_CLASS}+(\w+)")


@dataclass(frozen=True)
class ContextWords:
    """The word lists of ``context_words.yaml``, normalised."""

    place_triggers: frozenset[str]
    actor_triggers: frozenset[str]
    acts_before: frozenset[str]
    acts_after_prefixes: tuple[str, ...]
    not_verbs: frozenset[str]
    actor_nouns: frozenset[str]
    locatives: frozenset[str]
    pronoun_prepositions: frozenset[str]


@lru_cache(maxsize=1)
def context_words() -> ContextWords:
    """The lists of ``analysis/data/context_words.yaml``, read once."""
    raw = yaml.safe_load(data_path(CONTEXT_FILE).read_text(encoding="utf-8"))
    metonymy = raw["metonymy"]

    def words(items: Iterable[str]) -> frozenset[str]:
        return frozenset(normalize(str(w)) for w in items)

    return ContextWords(
        place_triggers=words(raw["place_triggers"]),
        actor_triggers=words(raw["actor_triggers"]),
        acts_before=words(metonymy["acts_before"]),
        acts_after_prefixes=tuple(sorted({normalize(str(w)) for w in metonymy["acts_after_prefixes"]})),
        not_verbs=words(metonymy["not_verbs"]),
        actor_nouns=words(metonymy["actor_nouns"]),
        locatives=words(metonymy["locatives"]),
        pronoun_prepositions=words(metonymy["pronoun_prepositions"]),
    )


def _bare_forms(word: str) -> tuple[str, ...]:
    """The word and the word without each possible run of proclitics: وبمدينة → بمدينة, مدينة."""
    forms = [word]
    rest = word
    if len(rest) > 3 and rest[0] in CONJUNCTIONS:
        rest = rest[1:]
        forms.append(rest)
    if len(rest) > 3 and rest[0] in PREPOSITIONS:
        forms.append(rest[1:])
    return tuple(forms)


def _in(word: str | None, words: frozenset[str]) -> bool:
    return word is not None and any(form in words for form in _bare_forms(word))


def previous_word(norm: str, start: int) -> str | None:
    """The word before position ``start`` of normalised text (separators skipped), if any."""
    m = _PREVIOUS_WORD_RE.search(norm, max(0, start - _WINDOW), start)
    return m.group(1) if m else None


def next_word(norm: str, end: int) -> str | None:
    m = _NEXT_WORD_RE.match(norm, end)
    return m.group(1) if m else None


def reads_as_actor(norm: str, match_start: int, alias_start: int, end: int, words: ContextWords) -> bool:
    """Whether a capital or seat at ``norm[alias_start:end]`` (proclitics from ``match_start``) is its
    government acting or speaking rather than the place."""
    clitics = norm[match_start:alias_start]
    if "ب" in clitics:  # بدمشق: in Damascus
        return False
    before = previous_word(norm, match_start)
    if _in(before, words.locatives):
        return False
    if _in(before, words.acts_before) or _in(before, words.actor_nouns):
        return True
    if before is not None and before in words.pronoun_prepositions:  # ما تقوم به دمشق
        verb = previous_word(norm, match_start - len(before) - 1)
        if _in(verb, words.acts_before) or _looks_like_verb(verb, words):
            return True
    return _looks_like_verb(next_word(norm, end), words)


def _looks_like_verb(word: str | None, words: ContextWords) -> bool:
    """A verb by its form: one of the ``acts_after_prefixes`` (لن، قد) or a word of four letters or more
    starting with one (تتهم، ستعمل), and not one of the ``not_verbs`` (تحت، تجاه)."""
    if word is None or _in(word, words.not_verbs):
        return False
    return any(
        form in words.acts_after_prefixes or (len(form) >= 4 and form.startswith(words.acts_after_prefixes))
        for form in _bare_forms(word)
    )


def has_trigger(norm: str, match_start: int, kind: str, words: ContextWords) -> bool:
    """Whether a trigger word for ``kind`` (place or actor) stands right before the match."""
    triggers = words.place_triggers if kind == "region" else words.actor_triggers
    return _in(previous_word(norm, match_start), triggers | words.place_triggers)


def related_ids(gazetteer: Gazetteer, entity_id: str) -> set[str]:
    """Entities whose plain mention in the same text is evidence for an ambiguous name of ``entity_id``:
    its ancestors and the actor it is affiliated to (descendants are checked from their side)."""
    entity = gazetteer.entities[entity_id]
    related = set(gazetteer.ancestors(entity_id))
    if entity.affiliation is not None:
        related.add(entity.affiliation)
        related.update(gazetteer.ancestors(entity.affiliation))
    return related


@dataclass(frozen=True, slots=True)
class Reading:
    """A match read in context: the entity it counts for and how the alias names it."""

    start: int  # normalised offsets of the alias (without proclitics)
    end: int
    key: str
    entity_id: str
    alias_kind: str


def read_matches(norm: str, matches: list[tuple[int, int, int, str]], gazetteer: Gazetteer) -> list[Reading]:
    """Read the ``(match_start, alias_start, end, key)`` matches of one text (see module docstring)."""
    by_key, entities = gazetteer.by_key, gazetteer.entities
    words = context_words()
    readings: list[Reading] = []
    pending: list[tuple[int, Alias, Reading]] = []  # ambiguous names waiting for evidence
    for match_start, start, end, key in matches:
        alias = by_key[key]
        entity_id, alias_kind = alias.entity_id, alias.alias_kind
        if alias.place is not None and not reads_as_actor(norm, match_start, start, end, words):
            entity_id, alias_kind = alias.place, "place"
        reading = Reading(start, end, key, entity_id, alias_kind)
        if alias.ambiguous and not has_trigger(norm, match_start, entities[entity_id].kind, words):
            pending.append((len(readings), alias, reading))
            readings.append(reading)
            continue
        readings.append(reading)
    if not pending:
        return readings
    return _confirm(readings, pending, gazetteer)


def _confirm(readings: list[Reading], pending: list[tuple[int, Alias, Reading]], gazetteer: Gazetteer) -> list[Reading]:
    """Keep the ambiguous readings that a related entity, named plainly in the same text, confirms."""
    waiting = {i for i, _, _ in pending}
    plain = {r.entity_id for i, r in enumerate(readings) if i not in waiting}
    # an entity named plainly supports its ancestors (their descendant is named) and itself
    supported = set(plain)
    for entity_id in plain:
        supported.update(gazetteer.ancestors(entity_id))
    confirmed = set()
    for i, _, reading in pending:
        if reading.entity_id in supported or related_ids(gazetteer, reading.entity_id) & plain:
            confirmed.add(i)
    return [r for i, r in enumerate(readings) if i not in waiting or i in confirmed]


__all__ = ["ContextWords", "Reading", "context_words", "read_matches", "reads_as_actor", "related_ids"]
