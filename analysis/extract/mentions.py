"""Find mentions of gazetteer entities in Arabic text, with offsets into the original text.

One regular expression per gazetteer (compiled once, cached on the gazetteer) runs over the
normalised text (:func:`analysis.text.normalize.normalize_with_offsets`). Its aliases are laid out
as a trie (:func:`analysis.text.trie.trie_regex`), so the longest alias wins and matching costs a
few character tests per word.

A match is a whole word: an optional run of proclitics, then an alias, then a word boundary.

* Proclitics: ``و`` or ``ف``, then ``ب``, ``ل`` or ``ك`` (وب، ول، فب، فل، وك...). Before an alias
  that starts with the article, ``ل`` + ``ال`` is written ``لل``: ``للنظام السوري``.
* The article ``ال`` is never added to an alias by the matcher: aliases list it (``الروس``).
* **Surface convention**: the surface is the word as written without its proclitics; the article
  belongs to the word and stays in the surface (``والروس`` → ``الروس``). In the contraction
  ``لل`` the article is the second ``ل``, so ``للنظام السوري`` → ``لنظام السوري``. Diacritics
  inside and right after the alias are part of the surface (``قوّات``). ``text[start:end]`` is
  always the surface.
* Metonyms (``موسكو``, ``الكرملين``) are mentions of the actor they stand for, with
  ``alias_kind == "metonym"``, when the actor acts or speaks; a metonym that is also a place
  (``دمشق``) is otherwise the place, with ``alias_kind == "place"``. Ambiguous names (a place name
  that is also a word) count only with evidence. Both are read in :mod:`analysis.extract.readings`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis import schema
from analysis.extract.gazetteer import SEPARATOR_CLASS, ContextRule, Gazetteer
from analysis.extract.readings import Reading, common_words, proclitic_words, read_matches
from analysis.text.arabic import CONJUNCTIONS, PREPOSITIONS, PROCLITICS
from analysis.text.normalize import normalize_with_offsets, original_span
from analysis.text.trie import WordStartRegex, trie_regex

MENTION_COLUMNS = schema.MENTIONS.names

_SEPARATOR = SEPARATOR_CLASS + "+"
_SEPARATORS_RE = re.compile(_SEPARATOR)
#: The proclitics, tried shortest first: a word that is itself a name is read as that name, not as a
#: proclitic and a shorter name (فرانس برس is AFP, not ف + رانس, Reims).
_LAZY_PROCLITICS = f"(?:[{CONJUNCTIONS}]??[{PREPOSITIONS}]??)"
#: How far back (in normalised characters) a not_preceded_by rule looks for the previous word.
_CONTEXT_WINDOW = 80
#: Quotation marks around a name, opening → closing (a not_quoted rule).
_QUOTES = {"«": "»", "“": "”", '"': '"'}


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # offsets into the original text; text[start:end] == surface
    end: int
    entity_id: str
    entity_kind: str  # actor | region
    surface: str
    alias: str  # the gazetteer alias that matched, as written in the gazetteer
    alias_kind: str  # name | alias | adjective | metonym | place


class Matcher:
    """The compiled alias regex of one gazetteer and its context rules."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        keys = list(gazetteer.by_key)
        article_rests = [k[2:] for k in keys if k.startswith("ال") and len(k) > 2]
        # One word-start test for both branches: it is the hot path.
        self.regex = WordStartRegex(
            rf"(?:{_LAZY_PROCLITICS}(?P<a>{_alias_trie(keys)})"
            rf"|[{CONJUNCTIONS}]?ل(?P<b>ل{_alias_trie(article_rests)}))(?!\w)"
        )
        #: names of places generated from GeoNames: transliterations, read inside other words too easily
        self.generated = frozenset(
            a.key for a in gazetteer.aliases if gazetteer.entities[a.entity_id].geonames is not None
        )
        self.rules: dict[str, list[tuple[re.Pattern | None, re.Pattern | None, bool, bool]]] = {}
        #: keys kept only in quotation marks: elsewhere their words are ordinary text, the first one too
        #: (أعلنت روسيا اليوم is Russia)
        self.only_quoted = frozenset(key for rule in gazetteer.rules if rule.only_quoted for key in rule.keys)
        for rule in gazetteer.rules:
            compiled = _compile_rule(rule)
            for key in rule.keys:
                self.rules.setdefault(key, []).append(compiled)

    def find(self, norm: str, pos: int = 0, endpos: int | None = None) -> list[tuple[int, int, int, str]]:
        """Matches ``(match_start, start, end, alias_key)`` of the aliases in normalised text ``norm``
        (between ``pos`` and ``endpos``); ``match_start`` is where the proclitics before the alias begin.
        A match its context rules reject leaves the names inside it to be found (السياسة الخارجية
        السعودية is no ministry, but it names Saudi Arabia)."""
        found = []
        by_key, rules = self.gazetteer.by_key, self.rules
        for m in self.regex.finditer(norm, pos, endpos):
            match_start = m.start("word")
            key = m.group("a")
            if key is not None:
                start, end = m.span("a")
            else:
                start, end = m.span("b")
                key = "ا" + m.group("b")
            if key not in by_key:  # separators or Latin case differ from the key
                key = _SEPARATORS_RE.sub(" ", key).lower()
            checks = rules.get(key)
            if checks and _rejected(checks, norm, match_start, m.end()):
                spaces = list(_SEPARATORS_RE.finditer(norm, start, end))
                if spaces and key in self.only_quoted:
                    found.extend(self.find(norm, match_start, spaces[-1].start()))
                    spaces = spaces[-1:]
                if spaces:
                    found.extend(self.find(norm, spaces[0].end(), end))
                continue
            if match_start < start and _inside_a_word(
                norm[match_start:start], norm[match_start:end], key, generated=key in self.generated
            ):
                continue
            found.append((match_start, start, end, key))
        return found


def matcher_for(gazetteer: Gazetteer) -> Matcher:
    """The gazetteer's matcher, compiled on first use and cached on the gazetteer."""
    matcher = gazetteer.cache.get("matcher")
    if matcher is None:
        matcher = gazetteer.cache["matcher"] = Matcher(gazetteer)
    return matcher


def find_mentions(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Every mention of a gazetteer entity in ``text``, in reading order.

    >>> [m.entity_id for m in find_mentions("للنظام السوري ولافروف", gazetteer)]  # doctest: +SKIP
    ['syria_regime', 'lavrov']
    """
    by_key, entities = gazetteer.by_key, gazetteer.entities
    mentions = []
    for start, end, reading in _original_spans(text, matcher_for(gazetteer)):
        entity_id = reading.entity_id
        alias = by_key[reading.key].alias
        kind = entities[entity_id].kind
        mentions.append(Mention(start, end, entity_id, kind, text[start:end], alias, reading.alias_kind))
    return mentions


def mentions_table(
    documents: pd.DataFrame, sentences: pd.DataFrame, gazetteer: Gazetteer, *, normalized: dict | None = None
) -> pd.DataFrame:
    """One row per mention: the table :data:`analysis.schema.MENTIONS`.

    ``documents`` has doc_id and text; ``sentences`` (see ``analysis.text.segment.sentences_table``)
    has doc_id, sentence_idx, start, end. Offsets are into the document text; a mention belongs
    to the sentence containing its start (mentions outside every sentence get sentence_idx -1).
    ``normalized`` maps doc_id → ``normalize_with_offsets(text)`` when the caller has them.
    """
    sentence_index = _sentence_index(sentences)
    return mentions_of_texts(
        documents["doc_id"].tolist(), documents["text"].tolist(), sentence_index.get, gazetteer, normalized=normalized
    )


def mentions_of_texts(
    doc_ids: list, texts: list[str], sentences_of, gazetteer: Gazetteer, *, normalized: dict | None = None
) -> pd.DataFrame:
    """:func:`mentions_table` of documents given as lists, with ``sentences_of(doc_id)`` the
    document's sentences as three lists ordered by start: starts, ends, sentence_idx (or None)."""
    normalized = normalized or {}
    matcher = matcher_for(gazetteer)
    by_key, entities = gazetteer.by_key, gazetteer.entities
    columns: dict[str, list] = {name: [] for name in MENTION_COLUMNS}
    for doc_id, text in zip(doc_ids, texts):
        spans = _original_spans(text, matcher, normalized.get(doc_id))
        if not spans:
            continue
        columns["sentence_idx"].extend(_sentence_of(sentences_of(doc_id), [s for s, _, _ in spans]))
        for start, end, reading in spans:
            columns["doc_id"].append(doc_id)
            columns["entity_id"].append(reading.entity_id)
            columns["entity_kind"].append(entities[reading.entity_id].kind)
            columns["surface"].append(text[start:end])
            columns["start"].append(start)
            columns["end"].append(end)
            columns["alias"].append(by_key[reading.key].alias)
            columns["alias_kind"].append(reading.alias_kind)
    # the integer columns as int64 arrays at once: an astype after would copy every column (a sixth of the table's cost)
    data: dict[str, list | np.ndarray] = dict(columns)
    for name in ("sentence_idx", "start", "end"):
        data[name] = np.array(columns[name], dtype=np.int64)
    return pd.DataFrame(data, columns=MENTION_COLUMNS)


# --- internals -------------------------------------------------------------------------


def _original_spans(text: str, matcher: Matcher, normalized=None) -> list[tuple[int, int, Reading]]:
    norm, offsets = normalized or normalize_with_offsets(text)
    found = matcher.find(norm)
    if not found:
        return []

    def written(start: int, end: int) -> str:
        o_start, o_end = original_span(text, offsets, start, end)
        return text[o_start:o_end]

    readings = read_matches(norm, found, matcher.gazetteer, written)
    if not readings:
        return []
    if offsets.is_identity:  # nothing was deleted: the offsets are the original ones
        return [(reading.start, reading.end, reading) for reading in readings]
    normalised = np.array([(r.start, r.end - 1, r.end) for r in readings], dtype=np.int64)
    original = offsets.to_original_array(normalised)
    starts, last, following = original[:, 0], original[:, 1] + 1, original[:, 2]
    spans = []
    for reading, o_start, o_end, o_next in zip(readings, starts.tolist(), last.tolist(), following.tolist()):
        if o_next != o_end:  # deleted characters follow: let original_span take trailing diacritics
            o_start, o_end = original_span(text, offsets, reading.start, reading.end)
        spans.append((o_start, o_end, reading))
    return spans


def _sentence_index(sentences: pd.DataFrame) -> dict:
    ordered = sentences.sort_values(["doc_id", "start"], kind="stable")
    starts = ordered["start"].to_numpy(dtype=np.int64)
    ends = ordered["end"].to_numpy(dtype=np.int64)
    idx = ordered["sentence_idx"].to_numpy(dtype=np.int64)
    return {
        doc: (starts[pos].tolist(), ends[pos].tolist(), idx[pos].tolist())
        for doc, pos in ordered.groupby("doc_id", sort=False).indices.items()
    }


def _sentence_of(index: tuple | None, starts: list[int]) -> list[int]:
    """The sentence_idx of the sentence holding each start (-1 outside every sentence)."""
    if index is None:
        return [-1] * len(starts)
    s_starts, s_ends, s_idx = index
    found = []
    for start in starts:
        pos = bisect_right(s_starts, start) - 1
        found.append(s_idx[pos] if pos >= 0 and start < s_ends[pos] else -1)
    return found


#: A token that is a common word this many times as common as a curated name it ends with is that word.
_FAR_MORE = 3


def _inside_a_word(clitics: str, token: str, key: str, *, generated: bool = True) -> bool:
    """Whether a name read after proclitics is really part of another word.

    * ك is almost never glued to a GeoNames name (``generated``): كبيرا is "big", not ك + بيرا (Beira).
    * A token that is a common word, more common than the name alone, is that word, whatever the
      name: بلاتر is Blatter, not ب + لاتر; بنوك "banks", not ب + نوك (Nuuk, a capital's alias). A
      name with a proclitic is rarer than the name alone: وتعز، بعدن، ولحج are common because تعز،
      عدن، لحج are.
    * ل before a name that starts with ل is also ل + the article (the contraction لل): للحج is "for
      the Hajj" (ل + الحج), not ل + لحج (Lahij), where the word with the article is the more common.
    * A word of ``world/proclitic_words.txt``, alone or after و or ف, is that word: باندورا is Pandora,
      not ب + اندورا (Andorra); لساناً "a tongue", not ل + سانا (SANA)."""
    if generated and "ك" in clitics:
        return True
    if any(token[i:] in proclitic_words() for i in range(min(2, len(clitics)))):
        return True
    common = common_words()
    name = common.get(key, 0) if " " not in key else None
    if name is None:
        return False
    # a state or a curated name is often written after و in a list (وتشاد والنيجر: والنيجر is as
    # common as النيجر): only a word far more common than it counts against it
    floor = name if generated else _FAR_MORE * name
    if any(token[i:] in common and common[token[i:]] > floor for i in range(len(clitics))):
        return True  # وبنوك: و + بنوك
    if clitics.endswith("ل") and key.startswith("ل") and not key.startswith("ال"):
        return common.get("ا" + key, 0) > name  # للحج: ل + الحج
    return False


def _alias_trie(keys: list[str]) -> str:
    """A regex matching exactly ``keys``, longer keys first; a space in a key matches any run of
    separators, a Latin letter either case (keys are lower case)."""
    return trie_regex(keys, space=_SEPARATOR, latin_either_case=True)


def _word_alternation(words: tuple[str, ...]) -> str:
    """A regex of ``words``; a word with the article also as ل + ال written لل (للسياسة)."""
    parts = []
    contracted = tuple("ل" + word[1:] for word in words if word.startswith("ال") and len(word) > 3)
    for word in (*words, *contracted):
        if word.endswith("*"):
            parts.append(re.escape(word[:-1]) + r"\w*")
        else:
            parts.append(_SEPARATOR.join(re.escape(part) for part in word.split(" ")))
    return "(?:" + "|".join(parts) + ")"


def _compile_rule(rule: ContextRule) -> tuple[re.Pattern | None, re.Pattern | None, bool, bool]:
    before = after = None
    if rule.not_preceded_by:
        before = re.compile(rf"(?<!\w){PROCLITICS}{_word_alternation(rule.not_preceded_by)}{_SEPARATOR}\Z")
    if rule.not_followed_by:
        after = re.compile(rf"{_SEPARATOR}{PROCLITICS}{_word_alternation(rule.not_followed_by)}(?!\w)")
    return before, after, rule.not_quoted, rule.only_quoted


def _rejected(checks: list, norm: str, start: int, end: int) -> bool:
    for before, after, not_quoted, only_quoted in checks:
        quoted = start > 0 and end < len(norm) and _QUOTES.get(norm[start - 1]) == norm[end]
        if (not_quoted and quoted) or (only_quoted and not quoted):
            return True
        if before is not None and before.search(norm, max(0, start - _CONTEXT_WINDOW), start):
            return True
        if after is not None and after.match(norm, end):
            return True
    return False


__all__ = [
    "MENTION_COLUMNS",
    "Matcher",
    "Mention",
    "find_mentions",
    "matcher_for",
    "mentions_of_texts",
    "mentions_table",
]
