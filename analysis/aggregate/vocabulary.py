"""What may be a term: entity names kept whole, and the words and names that are never terms.

A :class:`TermVocabulary` is handed to :func:`analysis.aggregate.terms.build_term_matrix`:

- ``phrases``: multi-word names kept whole — every alias of two words or more of the
  gazetteer's entities (``وحدات حماية الشعب``, ``عين عيسى``, ``بشار الأسد``); the aliases of one
  entity are one term (``مركز الملك سلمان للإغاثة`` and its long form), shown as the alias the
  corpus uses most;
- ``excluded_phrases`` and ``excluded_words``: never terms — number, unit and percentage words
  (``المئة``, ``مليون``), outlets (``صحيفة الوئام``), every alias of the gazetteer's media
  entities (``وكالة فرانس برس``, ``CNN``) and the corpus's own source names;
- ``self_references``: per source, its name where elsewhere the word may mean something else
  (al-Weeam's ``الوئام``).

The lists are data (``data/term_exclusions.yaml``), checked on load.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from analysis.data import data_mapping
from analysis.extract.gazetteer import Gazetteer
from analysis.text.arabic import ARABIC_WORD

_WORD_RE = re.compile(f"{ARABIC_WORD}|[A-Za-z][A-Za-z0-9]*")
_LISTS = ("numbers", "units", "words", "outlets")
#: Entity types whose names are outlets, not topics.
MEDIA_TYPES = frozenset({"media"})


@dataclass(frozen=True)
class TermVocabulary:
    phrases: tuple[str, ...] = ()
    #: The entity each phrase names: the aliases of one entity are one term.
    phrase_entities: tuple[str, ...] = ()
    excluded_phrases: tuple[str, ...] = ()
    excluded_words: tuple[str, ...] = ()
    self_references: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


def words_of(text: str) -> list[str]:
    """The words of a name as the term tokeniser reads them: ``"(أ ف ب)"`` → ``["أ", "ف", "ب"]``."""
    return _WORD_RE.findall(text)


@lru_cache(maxsize=1)
def term_exclusions() -> dict:
    """``data/term_exclusions.yaml``: lists of strings, and ``self_references`` {source: [names]}."""
    path, raw = data_mapping("term_exclusions.yaml", "a mapping")
    result: dict = {}
    for name in _LISTS:
        values = raw.get(name) or []
        if not isinstance(values, list) or not all(isinstance(v, str) and words_of(v) for v in values):
            raise ValueError(f"{path.name}: {name} must be a list of words, got {values!r}")
        result[name] = tuple(values)
    refs = raw.get("self_references") or {}
    if not isinstance(refs, dict) or not all(
        isinstance(v, list) and all(isinstance(x, str) and words_of(x) for x in v) for v in refs.values()
    ):
        raise ValueError(f"{path.name}: self_references must map a source to a list of names")
    result["self_references"] = {str(k): tuple(v) for k, v in refs.items()}
    unknown = set(raw) - {*_LISTS, "self_references"}
    if unknown:
        raise ValueError(f"{path.name}: unknown lists {sorted(unknown)}")
    return result


def term_vocabulary(gazetteer: Gazetteer | None = None, sources: Iterable = ()) -> TermVocabulary:
    """The vocabulary for a corpus: the data file's lists, the gazetteer's names, the sources' names.

    Without a gazetteer there are no entity phrases and only the data file's outlets.
    """
    data = term_exclusions()
    excluded: list[str] = [*data["numbers"], *data["units"], *data["words"], *data["outlets"]]
    self_refs: dict[str, tuple[str, ...]] = {}
    for source, names in data["self_references"].items():
        self_refs[source] = tuple(n for n in names if len(words_of(n)) == 1)
        excluded.extend(n for n in names if len(words_of(n)) > 1)
    excluded.extend(s for s in sources if isinstance(s, str) and s.strip())
    phrases: dict[str, str] = {}
    if gazetteer is not None:
        media = {e.id for e in gazetteer.entities.values() if e.type in MEDIA_TYPES}
        for alias in gazetteer.aliases:
            if alias.entity_id in media:
                excluded.append(alias.alias)
            elif len(words_of(alias.alias)) > 1:
                phrases.setdefault(alias.alias, alias.entity_id)
    single = [w for w in excluded if len(words_of(w)) == 1]
    multi = [w for w in excluded if len(words_of(w)) > 1]
    return TermVocabulary(
        phrases=tuple(phrases),
        phrase_entities=tuple(phrases.values()),
        excluded_phrases=tuple(dict.fromkeys(multi)),
        excluded_words=tuple(dict.fromkeys(single)),
        self_references=self_refs,
    )
