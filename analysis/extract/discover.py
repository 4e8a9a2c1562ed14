"""Discovery: the people, organisations and places a corpus talks about that the gazetteer lacks.

:func:`discover` reads the sentences and mentions of an analysed corpus and the gazetteer, and
returns one row per *candidate* (:data:`DISCOVERY_COLUMNS`). Candidates are found four ways; the
trigger words are data (``analysis/data/discovery.yaml``, :func:`load_triggers`):

* ``title``: the name after a title, past up to ``complement`` words that qualify the title
  (a portfolio, a nisba, a known entity): ``قال رئيس الوزراء العراقي حيدر العبادي`` → the person
  ``حيدر العبادي``, affiliated to ``iraq`` when the gazetteer knows ``العراقي`` (else the nisba
  as written). No candidate when the title is followed by a function word (``قال الوزير إن``) or
  nothing name-like (``الرئيس الروسي،``).
* ``organisation``: a head noun in construct with a name, the head included: ``حركة الشباب``.
* ``place``: the name after a place noun: ``في بلدة الزبداني`` → ``الزبداني`` (a town); for camps,
  airports, bases, crossings and ports the noun is part of the name (``مخيم اليرموك``).
* ``ngram``: two or three name-like words recurring in many articles, none of them a function
  word or a known alias (kind ``actor``, type ``name``): the fallback for names no trigger marks.

A word is *name-like* when the corpus itself says so: it is not a function word, and it rarely
takes the article (``أوباما`` never appears as ``الأوباما``; ``خارجية`` mostly as ``الخارجية``, so
``وزير خارجية روسيا`` does not make ``خارجية`` a name). A name runs until a function word,
punctuation, a known alias, another trigger, or three words (``بن``, ``آل``, ``أبو`` … not
counted). How far a name reaches is then decided by support: an occurrence is cut after the
longest prefix still seen in at least a fifth of the occurrences of the shorter prefix (so
``باراك أوباما`` stays whole while a verb that once followed it is cut off).

Spelling variants are one candidate: the key is the normalised name (alef, ya, ta marbuta,
diacritics), ``عبد الله`` and ``عبدالله`` are one, a place with and without ``ال`` is one, and a
shorter name that is the start (or, for one word, the end) of exactly one longer name of the same
kind joins it (``أوباما`` → ``باراك أوباما``). A candidate is dropped when its key (with or
without ``ال``) is an alias of the gazetteer; an occurrence is dropped when it overlaps a mention.

**Keyness** is a signed log-likelihood (Dunning's G²) of the candidate's article count in the
articles the gazetteer covers poorly (fewer than :data:`COVERED_FROM` mentions) against the
articles it covers: positive when the name is concentrated where the gazetteer is blind. The
ranking ``score`` is ``log2(1 + articles) + 0.1 · sign(G²) · log2(1 + |G²|)``: article count
first, keyness moving a name among names of similar frequency.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Set
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import islice, takewhile
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import yaml

from analysis.data import data_path, read_yaml
from analysis.extract.gazetteer import Gazetteer
from analysis.extract.name_lists import first_names
from analysis.extract.readings import common_words
from analysis.formula_cells import write_safe_csv
from analysis.text.arabic import DIACRITICS, PRONOUN_SUFFIXES
from analysis.text.normalize import normalize, normalize_with_offsets
from analysis.text.trie import WordStartRegex, trie_regex

#: The columns of :func:`discover`'s table, in order.
DISCOVERY_COLUMNS = [
    "name_ar",  # the most frequent form, as written in the articles
    "kind",  # actor | region
    "type",  # guessed: person, party, armed_group, organisation, government, alliance, city, town, ..., name
    "found_by",  # title | organisation | place | ngram
    "aliases",  # tuple of the forms seen, most frequent first (name_ar included)
    "affiliation",  # actor: a gazetteer actor id, else the nisba as written (الروسي), else None
    "parent",  # region: the gazetteer region most co-mentioned in its sentences, else None
    "articles",  # articles naming it
    "mentions",  # occurrences
    "keyness",  # signed G² against the articles the gazetteer covers (see the module docstring)
    "score",  # the ranking
    "name_en",  # a transliteration guess, to be corrected
    "entity_id",  # a suggested gazetteer id, from name_en
    "evidence",  # tuple of up to 5 (doc_id, sentence_idx, sentence text), from different articles
]

#: An article with at least this many gazetteer mentions is "covered" (the keyness background).
COVERED_FROM = 2
#: An occurrence keeps a longer prefix when it is seen in this share of the shorter prefix' occurrences.
EXTEND_SHARE = 0.2
#: A word is name-like when ``ال`` + word is seen at most this share as often as the word.
ARTICLE_SHARE = 0.25
#: An ``ال`` word is a common noun (never the first word of a place name) when the bare word is
#: seen this share as often: ``الحدود`` / ``حدود``.
COMMON_SHARE = 0.5
#: A word ending in ت is a perfect verb (the feminine "she"), not a name's word, when the imperfect of its
#: stem (ي + the stem, its alef dropped: ألزمت → يلزم، ارتفعت → يرتفع، سجلت → يسجل) is seen this often.
PERFECT_VERB_MIN = 20
EVIDENCE_PER_CANDIDATE = 5
#: A one-word person found after a title is a common word when fewer than this share of the word's occurrences in
#: the corpus are so found (:func:`_drop_lone_words`). On SaudiNewsNet the junk is under 3 % (أهمية 1.3 %, فإن
#: 0.2 %, يعاني 1.8 %, شكره 6 % is the exception) and the surnames above 10 % (صدام 15 %, تسيبراس 38 %).
LONE_WORD_SHARE = 0.05
#: A longer prefix seen this often is kept whatever its share (``محمد بن سلمان`` beside ``محمد بن نايف``).
MIN_SUPPORT = 3
#: A one-word name after a title that ends in the accusative's alif (tanwin: سابقاً، written سابقا) and whose stem
#: is seen at least :data:`ACCUSATIVE_STEM_COUNT` times with the article (السابق), or in the pronoun ه after a
#: stem of four letters or more seen :data:`PRONOUN_STEM_COUNT` times with it (التمارين), is a common word
#: so inflected: on SaudiNewsNet سابقا (57 articles)، عددا، قائلا، خصوصا، تمارينه، برنامجه were discovered as
#: persons. One-word names so ending have no such stem (مورا، سابيلا، واتارا: المور is no word); a stem ending
#: in ي is a nisba's (كوريا، ماريا: الكوري) and left alone, and so are three-letter stems before ه, since
#: normalising writes ة as ه (نورة، حسينة: النور، الحسين).
ACCUSATIVE_STEM_COUNT = 5
PRONOUN_STEM_COUNT = 20
#: The first word of a longer name after a title is such a word when its stem is seen this often with the
#: article: «خلفا لتشافي»، «تحضيرا لبداية الموسم» (الخلف 155, التحضير 129 times), while سلفا كير (السلف 55)
#: and هيلا ماريام ديسالين keep their names; not ه there, which a woman's name ends in once normalised (سلطانة
#: المشيقح: السلطان).
HEAD_STEM_COUNT = 100
#: A shorter name joins the longer name it starts when that one has this share of the longer names' occurrences.
DOMINANT_SHARE = 0.5
#: A name of given names and بن alone cut before a further word this often is many people's (:func:`_drop_cut_lineages`).
#: On SaudiNewsNet the common pairs are cut in a third or more of their occurrences (محمد بن عبدالله 39 %, عبدالله
#: بن محمد 38 %, خالد بن عبدالله 35 %, of 41, 34, 17), a prince named by his lineage in under a quarter (فهد بن خالد
#: 18 %, نواف بن سعد 23 %, خالد بن سلطان 23 %); الملك عبدالعزيز بن عبدالرحمن, cut before آل سعود, 33 %.
CUT_SHARE = 0.34
#: A neighbourhood found in this many articles that name a city or more is one place only when one city is named in
#: more than :data:`SHARED_NEIGHBOURHOOD_SHARE` of them (:func:`_drop_shared_neighbourhoods`).
SHARED_NEIGHBOURHOOD_MIN = 5
SHARED_NEIGHBOURHOOD_SHARE = 0.5
#: Words that may be inside a name but never end one.
_INNER_ONLY = frozenset({"بن", "بنت", "ابن", "ال", "عبد", "ابو", "ابي", "ام", "اب"})
_SON_OF = ("بن", "بنت", "ابن")
_FAMILY_OF = ("آل", "ال")  # آل as written and as normalised
#: A person's name before a title: at most this many words read back.
_BEFORE_WORDS = 5
#: What may stand between a name and the title after it: جيمي كارتر - الرئيس، محمد الشدادي، نائب
_BEFORE_TITLE_MARKS = frozenset({"-", "،", ","})
_ROW = 1 << 32
#: Entity types an affiliation may name (not a person, not a place).
_AFFILIATIONS = frozenset({"state", "government", "armed_group", "organisation", "alliance", "media", "ethnic_group"})
#: A co-mentioned entity is a guess only when it is in this share of the candidate's sentences.
COMENTION_SHARE = 0.25
#: An affiliation read next to the name (the entity or nisba after a title or a body's name) is a guess only
#: when this share of the candidate's occurrences gives it. On SaudiNewsNet the wrong guesses came from one or
#: two occurrences in hundreds (0.2-2 %: «وزارة الداخلية» Austrian, «وزارة الخارجية» Eritrean), the right ones
#: from more (Egypt's ministry of culture 16 %, Saudi TV 12 %, Google 9 %; Apple's 3 % is lost).
AFFILIATION_SHARE = 0.05
#: The n-gram fallback ranks as if it had a quarter of its articles: no trigger vouches for it.
NGRAM_PENALTY = 2.0
#: Occurrences kept per n-gram (one per article): its articles are counted in full.
NGRAM_SPANS = 40

_WORD = "[\u0621-\u063a\u0641-\u064a\u0671-\u06d3]+"
_WORD_RE = re.compile(_WORD)
_TOKEN_RE = re.compile(rf"[ ]*(?:(?P<w>{_WORD})(?!\w)|(?P<x>[^\s]))")
_QUOTES = {'"', "'"}
#: A run of words and quotes between spaces: as far as :data:`_TOKEN_RE` reads, token after token.
_RUN_RE = re.compile(rf"(?:[ ]*(?:{_WORD}(?!\w)|[\"']))*")
#: :func:`_tokens` looks this many characters ahead per word it wants.
_RUN_CHARS = 40
#: a quotation mark opening right after a head (spaces between), and how far its closing mark may be
_OPENING_QUOTE_RE = re.compile(r" *([\"'])")
_QUOTED_NAME_CHARS = 60
_PROCLITIC_RE = re.compile("^(?:[وف]?[بلك]?)")
#: A word opening with a preposition or a conjunction and the article: a new phrase, never a
#: name's next word (``للإغاثة``, ``بالمنطقة``, ``والقروية``).
#: A slash between a title and the name, as forms and official lists write them: ``الدكتور/عبدالله``.
_TITLE_SLASH_RE = re.compile("[ ]*/[ ]*(?=[^ /])")
_PREPOSITION_ARTICLE_RE = re.compile("^(?:[وف]?[بك]ال|[وف]?لل|[وف]ال)")


class DiscoveryDataError(ValueError):
    """``discovery.yaml`` is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class Triggers:
    """The trigger words of ``discovery.yaml``, normalised."""

    titles: Mapping[str, tuple[int, bool]]  # title key -> (complement: words that may qualify it, construct)
    organisations: Mapping[str, str]  # head key -> type
    places: Mapping[str, tuple[str, bool]]  # head key -> (type, head is part of the name)
    connectors: frozenset[str]
    not_names: frozenset[str]
    function_words: frozenset[str]
    #: words after a name that make it a facility's (مطار الملك عبدالعزيز الدولي): no person there
    facilities: frozenset[str] = frozenset()
    #: not_names that an organisation's name may hold (وزارة الصحة، هيئة السوق المالية)
    portfolios: frozenset[str] = frozenset()
    #: words before a title that make what follows a place named after a person (مطار الأمير …)
    named_after: frozenset[str] = frozenset()
    #: words that open a place's name after a place noun (منطقة رأس عيسى، منطقة جبل العليقة)
    toponym_heads: frozenset[str] = frozenset()
    #: plural place nouns whose quoted list names one place per item (بمناطق "المهدية" و"التومة")
    place_lists: frozenset[str] = frozenset()
    #: words that carry a title's complement on, and how many words further (وكيلة وزارة الخارجية
    #: الأمريكية لشؤون الأمن الدولي روز جوتمولر: لشؤون, two)
    complement_links: Mapping[str, int] = field(default_factory=dict)
    #: a construct title's first complement that takes a bare name of its own before the person's (رئيس
    #: مركز مسلية إبراهيم الشعبي: the centre Musliyah, then the man)
    named_complements: frozenset[str] = frozenset()
    #: organisation heads named by a portfolio: no ل + a bare word (the body's purpose: اتفاقية مع وزارة
    #: الزراعة لابتعاث 500), no bare word after a definite one (بوزارة الصحة سليمان بن أحمد الشريع)
    portfolio_heads: frozenset[str] = frozenset()
    #: heads whose name of one word more is a portfolio of whichever state, no candidate (وزارة الطاقة)
    bare_portfolio_heads: frozenset[str] = frozenset()
    #: joint ministries' two portfolios, "first وsecond" (المواصلات والاتصالات: one body, read on over the و;
    #: not وزارة الصحة والقطاعات الصحية, two)
    joint_portfolios: frozenset[str] = frozenset()
    #: federation heads whose name of a sport alone is whichever state's federation, no candidate (اتحاد الكرة)
    sport_heads: frozenset[str] = frozenset()
    sports: frozenset[str] = frozenset()
    #: company heads whose name of a trade alone is whichever company of that trade, no candidate (شركة الطيران
    #: "the airline", شركة التأمين "the insurer")
    trade_heads: frozenset[str] = frozenset()
    trades: frozenset[str] = frozenset()
    #: names of the bodies every town or region has its own of, named alike (جمعية البر، مجلس التنمية السياحية):
    #: no candidate, nor a longer name they open (جمعية البر الخيرية); normalised keys
    local_body_names: frozenset[str] = frozenset()
    #: produce after a place noun: a market, no town (مدينة التمور); place keys, without ال
    produce_names: frozenset[str] = frozenset()
    #: indefinite qualifiers right after an organisation's or a place's head: the head is then a common
    #: noun, no name follows (يتطلب أن تكون أغلبية الأعضاء في مجلس معيّن من المستقلين)
    indefinite_after_head: frozenset[str] = frozenset()
    #: place nouns that, after one of ``in_name_heads``, are part of an institution's name with the
    #: place after them (جامعة ولاية متشجن, Michigan State University): no place there
    in_name_place_nouns: frozenset[str] = frozenset()
    in_name_heads: frozenset[str] = frozenset()
    #: a person's profession before his name, which ends a body's name (جمعية الثقافة والفنون الشاعر علي)
    body_name_stops: frozenset[str] = frozenset()
    #: the word after و that closes a firm's name, "& Partners", "& Sons", "& Brothers" (شركة فوستر وشركائه،
    #: شركة سعد إبراهيم الهداب وأولاده): the name takes it and ends there
    firm_name_closers: frozenset[str] = frozenset()
    #: words that, as an organisation's only name word, describe it instead (نادي العاصمة "the capital's club")
    description_names: frozenset[str] = frozenset()
    #: common nouns that, as the first word after a place noun, name a zone, a part of the body or a
    #: facility instead of a place (منطقة النزاع "the conflict zone", منطقة الرسغ "the wrist")
    place_not_names: frozenset[str] = frozenset()
    #: adjectives that are part of a place's name after it (كارولينا الشمالية، آسيا الوسطى): no run-on, whatever
    #: their agreement with the place noun (:func:`_an_adjective_of_the_noun`)
    place_name_adjectives: frozenset[str] = frozenset()
    #: common nouns that, as the first word after an armed group's head, make the head a common noun (حركة
    #: المرور "the traffic", حركة الرياح "the wind's movement")
    group_not_names: frozenset[str] = frozenset()
    #: organisation heads that are also verbal nouns: a definite word after them is their object (تنظيم
    #: الفعاليات "organising the events"), only a bare name names a body (تنظيم خراسان)
    verbal_noun_heads: frozenset[str] = frozenset()
    #: titles that are family names as well: right after a father's name after بن the man's family name, no title
    #: (صالح بن عبدالله القاضي، إبراهيم بن محمد السلطان)
    family_titles: frozenset[str] = frozenset()
    #: an office's first word or a relative pronoun after which an ال word after a lineage is the family name
    #: (الدكتور ماهر بن سعد الجديد عضو اللجنة)
    family_name_before: frozenset[str] = frozenset()
    #: the Latin letters as spelt in Arabic: two or more after an organisation's head are its name, an acronym
    #: (بنك إتش إس بي سي); ``spelt_letters_inner`` are Arabic words too (أو، في) and may not open or close the run
    spelt_letters: frozenset[str] = frozenset()
    spelt_letters_inner: frozenset[str] = frozenset()

    @property
    def first_words(self) -> frozenset[str]:
        """The first word of every trigger: a name stops there (``محمد بن سلمان ولي العهد``)."""
        keys = [*self.titles, *self.organisations, *self.places]
        return frozenset(k.split(" ")[0] for k in keys)


def load_triggers(path: str | Path | None = None) -> Triggers:
    """Load and validate ``analysis/data/discovery.yaml`` (or ``path``)."""
    path = Path(path) if path is not None else data_path("discovery.yaml")
    source = str(path)
    try:
        document = read_yaml(path.read_text("utf-8"))
    except yaml.YAMLError as exc:
        raise DiscoveryDataError(f"{source}: not valid YAML: {exc}") from exc
    if not isinstance(document, dict):
        raise DiscoveryDataError(f"{source}: expected a mapping")

    def entries(name: str, fields: set[str]) -> list[dict]:
        items = document.get(name)
        if not isinstance(items, list) or not items:
            raise DiscoveryDataError(f"{source}: {name!r} must be a non-empty list")
        for item in items:
            if not isinstance(item, dict) or set(item) - fields or not item.get("words", item.get("heads")):
                raise DiscoveryDataError(f"{source}, {name} entry {item!r}: expected the fields {sorted(fields)}")
        return items

    def words(item: dict, name: str) -> list[str]:
        found = item.get("words", item.get("heads"))
        if not isinstance(found, list) or not all(isinstance(w, str) and normalize(w).strip() for w in found):
            raise DiscoveryDataError(f"{source}, {name} entry {item!r}: every word must be non-empty text")
        return [_key(w) for w in found]

    titles = {}
    for item in entries("titles", {"words", "complement", "construct"}):
        complement = item.get("complement", 2)
        if not isinstance(complement, int) or not 0 <= complement <= 4:
            raise DiscoveryDataError(f"{source}, titles entry {item!r}: complement must be 0 to 4")
        construct = item.get("construct", False)
        if not isinstance(construct, bool) or (construct and complement == 0):
            raise DiscoveryDataError(f"{source}, titles entry {item!r}: construct is true or false, with a complement")
        titles.update(dict.fromkeys(words(item, "titles"), (complement, construct)))
    organisations, places, place_lists = {}, {}, set()
    for item in entries("organisations", {"heads", "type"}):
        organisations.update(dict.fromkeys(words(item, "organisations"), _type(item, source, "organisations")))
    for item in entries("places", {"heads", "type", "head", "list"}):
        places.update(dict.fromkeys(words(item, "places"), (_type(item, source, "places"), bool(item.get("head")))))
        if item.get("list"):
            place_lists.update(words(item, "places"))
    for name in ("connectors", "not_names"):
        if not isinstance(document.get(name), list):
            raise DiscoveryDataError(f"{source}: {name!r} must be a list of words")
    return Triggers(
        titles=titles,
        organisations=organisations,
        places=places,
        connectors=frozenset(_key(w) for w in document["connectors"]),
        not_names=frozenset(_key(w) for w in document["not_names"]),
        function_words=_function_words(),
        facilities=frozenset(_key(w) for w in _optional_words(document, "facilities", source)),
        portfolios=frozenset(_key(w) for w in _optional_words(document, "portfolios", source)),
        named_after=frozenset(_key(w) for w in _optional_words(document, "named_after", source)),
        toponym_heads=frozenset(_key(w) for w in _optional_words(document, "toponym_heads", source)),
        place_lists=frozenset(place_lists),
        complement_links=_complement_links(document, source),
        named_complements=frozenset(_key(w) for w in _optional_words(document, "named_complements", source)),
        portfolio_heads=frozenset(_key(w) for w in _optional_words(document, "portfolio_heads", source)),
        bare_portfolio_heads=frozenset(_key(w) for w in _optional_words(document, "bare_portfolio_heads", source)),
        joint_portfolios=frozenset(_key(w) for w in _optional_words(document, "joint_portfolios", source)),
        sport_heads=frozenset(_key(w) for w in _optional_words(document, "sport_heads", source)),
        sports=frozenset(_key(w) for w in _optional_words(document, "sports", source)),
        trade_heads=frozenset(_key(w) for w in _optional_words(document, "trade_heads", source)),
        trades=frozenset(_key(w) for w in _optional_words(document, "trades", source)),
        local_body_names=frozenset(
            _group_key(tuple(_key(w).split(" ")), "organisation")
            for w in _optional_words(document, "local_body_names", source)
        ),
        produce_names=frozenset(
            _group_key((_key(w),), "place") for w in _optional_words(document, "produce_names", source)
        ),
        indefinite_after_head=frozenset(_key(w) for w in _optional_words(document, "indefinite_after_head", source)),
        in_name_place_nouns=frozenset(_key(w) for w in _optional_words(document, "in_name_place_nouns", source)),
        in_name_heads=frozenset(_key(w) for w in _optional_words(document, "in_name_heads", source)),
        body_name_stops=frozenset(_key(w) for w in _optional_words(document, "body_name_stops", source)),
        firm_name_closers=frozenset(_key(w) for w in _optional_words(document, "firm_name_closers", source)),
        description_names=frozenset(_key(w) for w in _optional_words(document, "description_names", source)),
        place_not_names=frozenset(_key(w) for w in _optional_words(document, "place_not_names", source)),
        place_name_adjectives=frozenset(_key(w) for w in _optional_words(document, "place_name_adjectives", source)),
        group_not_names=frozenset(_key(w) for w in _optional_words(document, "group_not_names", source)),
        verbal_noun_heads=frozenset(_key(w) for w in _optional_words(document, "verbal_noun_heads", source)),
        family_titles=frozenset(_key(w) for w in _optional_words(document, "family_titles", source)),
        family_name_before=frozenset(_key(w) for w in _optional_words(document, "family_name_before", source)),
        spelt_letters=frozenset(_key(w) for w in _optional_words(document, "spelt_letters", source)),
        spelt_letters_inner=frozenset(_key(w) for w in _optional_words(document, "spelt_letters_inner", source)),
    )


def _complement_links(document: Mapping, source: str) -> dict[str, int]:
    value = document.get("complement_links") or {}
    if not isinstance(value, dict) or not all(
        isinstance(w, str) and normalize(w).strip() and isinstance(n, int) and 1 <= n <= 4 for w, n in value.items()
    ):
        raise DiscoveryDataError(f"{source}: 'complement_links' must map words to 1 to 4 (words further)")
    return {_key(w): n for w, n in value.items()}


def _optional_words(document: Mapping, name: str, source: str) -> list[str]:
    value = document.get(name) or []
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        raise DiscoveryDataError(f"{source}: {name!r} must be a list of words")
    return value


def _type(item: dict, source: str, name: str) -> str:
    value = item.get("type")
    if not isinstance(value, str) or not re.fullmatch(r"[a-z_]+", value):
        raise DiscoveryDataError(f"{source}, {name} entry {item!r}: 'type' must be a lower-case word")
    return value


def _key(text: str) -> str:
    return " ".join(normalize(text).split())


#: :func:`_key` of a trigger as matched: the same few hundred strings, over and over.
_matched_key = lru_cache(maxsize=4096)(_key)


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """The ``arabic-stopwords`` list and ``stopwords_news.txt`` (reporting verbs, time words), normalised."""
    from arabicstopwords.arabicstopwords import stopwords_list

    words = set(stopwords_list())
    text = resources.files("analysis").joinpath("data/stopwords_news.txt").read_text("utf-8")
    words.update(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return frozenset(normalize(w) for w in words)


# --- the corpus' words ---------------------------------------------------------------------------


class _Lexicon:
    """What the corpus and the gazetteer say about a normalised word."""

    def __init__(
        self,
        counts: Mapping[str, int],
        triggers: Triggers,
        gazetteer: Gazetteer,
        first_names: frozenset[str] = frozenset(),
        ambiguous_titles: frozenset[str] = frozenset(),
        family_names: frozenset[str] = frozenset(),
        compound_tails: frozenset[str] = frozenset(),
        compound_heads: frozenset[str] = frozenset(),
    ):
        self.counts = counts
        #: the second word of a compound given name (نور الدين، العبد الله; analysis/data/discovered.yaml):
        #: one given name, so one of a name's words, not two
        self.compound_tails = compound_tails
        #: a common word that opens a compound name before its second half (ضيف الله، الجار الله;
        #: analysis/data/discovered.yaml): a name word there, not the name's end
        self.compound_heads = compound_heads
        #: family names with the article (the build's: analysis/data/world/family_names.txt): one
        #: written without it is a name word even when the form with the article is the common one
        #: (طارق رفاعي of الرفاعي)
        self.family_names = family_names
        #: first names (the build's: analysis/data/world/first_names.txt): a name word even when
        #: also a common word (مالك، مساعد), and after بن whatever it looks like (علي)
        self.first_names = first_names
        #: titles that are as often common nouns (الفريق: the team): no name read before them
        self.ambiguous_titles = ambiguous_titles
        self.triggers = triggers
        self.by_key = gazetteer.by_key
        self.entities = gazetteer.entities
        self.function = triggers.function_words - triggers.connectors
        self.first_words = triggers.first_words
        self.place_heads = frozenset(triggers.places)
        # Words repeat: every answer is worked out once per word.
        for name in ("stops", "not_name", "entity", "name_like", "nationality"):
            setattr(self, name, _memo(getattr(self, name)))

    def stops(self, word: str) -> bool:
        """A function word (alone or after و/ف), or a trigger after any proclitics (``ووزير``,
        ``بمنطقة``)."""
        if word in self.function or word in self.first_words:
            return True
        if word[0] in "وف" and word[1:] in self.function:
            return True
        return any(form in self.first_words for form in _bare_forms(word)[1:])

    def not_name(self, word: str) -> bool:
        """A word of ``not_names``, with or without proclitics (``بالمنطقة``)."""
        return any(form in self.triggers.not_names for form in _bare_forms(word))

    def entity(self, word: str) -> str | None:
        """The gazetteer entity ``word`` names, with or without its proclitics (``للعراق``); not a
        name the gazetteer marks ambiguous (a place also spelt like a common word or a surname)."""
        for form in _bare_forms(word):
            alias = self.by_key.get(form)
            if alias is not None and not getattr(alias, "ambiguous", False):
                return alias.entity_id
        return None

    def nationality(self, word: str) -> str | None:
        """The state or country whose nisba ``word`` (normalised, definite) is: the gazetteer's adjective itself,
        ambiguous or not (السوري), or its indefinite form when the definite one is no alias because it is also a
        common word (الروماني "Roman" → روماني, Romania); None for an adjective that names no country (الدولي
        "international", الوطني, البلدية)."""
        for form in (word, word[2:] if word.startswith("ال") else None):
            alias = self.by_key.get(form) if form else None
            if alias is not None and alias.alias_kind == "adjective" and self.entities[alias.entity_id].is_country:
                return alias.entity_id
        return None

    def is_adjective(self, word: str) -> bool:
        """A nisba the gazetteer lists as an entity's adjective (``السعودية``)."""
        alias = self.by_key.get(word)
        return alias is not None and alias.alias_kind == "adjective"

    def given_nisba(self, word: str) -> bool:
        """A first name spelt like a state's nisba without the article (``تركي``, Turki): a man's given name
        after a definite title or بن (``الأمير تركي بن محمد``, ``فيصل بن تركي``), since the nisba would
        take the title's article (``الأمير التركي``); alone it is still the nisba (``مسؤول تركي``)."""
        return word in self.first_names and not word.startswith("ال") and self.is_adjective(word)

    def name_like(self, word: str) -> bool:
        """Rarely written with the article: ``أوباما`` yes, ``خارجية`` no."""
        if len(word) < 2 or word in self.triggers.not_names or _PREPOSITION_ARTICLE_RE.match(word):
            return False
        if len(word) >= 5 and word.endswith(PRONOUN_SUFFIXES):
            return False  # مسؤوليتها، قواتهم: a noun with a possessive pronoun
        if _a_particle_and_pronoun_noun(word, self.counts):
            return False  # بتعويضه، بإعلانه، وضيوفه: ب or و + a common noun + a pronoun
        return self.counts.get("ال" + word, 0) <= ARTICLE_SHARE * self.counts.get(word, 0)

    def common_noun(self, word: str) -> bool:
        """An ``ال`` word whose bare form is common: ``الحدود`` (``حدود``); not ``الرياض``."""
        bare = word[2:]
        return len(bare) >= 3 and self.counts.get(bare, 0) > COMMON_SHARE * self.counts.get(word, 0)


def _an_inflected_common_word(word: str, counts: Mapping[str, int], *, head: bool = False) -> bool:
    """``word`` (normalised) is a common word in the accusative or with the pronoun ه: not a one-word name
    (:data:`ACCUSATIVE_STEM_COUNT`), nor, with ``head``, the first word of a longer one (:data:`HEAD_STEM_COUNT`)."""
    bare = word.replace("\u064b", "")  # the tanwin's mark, where normalising kept it
    if len(bare) < 4 or bare[-1] not in "اه" or bare[-2] == "ي":
        return False
    stem = bare[:-1]
    if bare[-1] == "ه" and (len(stem) < 4 or head):  # a woman's name heads a longer one: سلطانة المشيقح
        return False
    least = HEAD_STEM_COUNT if head else ACCUSATIVE_STEM_COUNT if bare[-1] == "ا" else PRONOUN_STEM_COUNT
    return counts.get("ال" + stem, 0) >= least


#: The pronouns a noun after ب or و ends in, the longest first (ه last: it is also a feminine noun's ة normalised).
_PARTICLE_PRONOUNS = ("هما", "هم", "هن", "ها", "ه")


def _a_particle_and_pronoun_noun(word: str, counts: Mapping[str, int]) -> bool:
    """``word`` (normalised) is ب or و + a common noun + a pronoun: ``بتعويضه`` "by compensating him",
    ``بإعلانه``, ``بثنائيته``, ``وضيوفه`` "and his guests", never a name's word (a name run on into it:
    «فستقوم شركة التأمين بتعويضه»، «للرئيس السيسي وضيوفه الكرام»). The noun (the word without the particle
    and the pronoun, three letters or more; a final ت also read as the feminine ة: بإجازته → الإجازة) is seen
    :data:`PRONOUN_STEM_COUNT` times with the article. A Hadhrami or foreign family name so spelt has no such
    noun (بامعوضه، باناجه، بافقيه، بوصوفه، بسيرسكه: الامعوض، الاناج … are no words)."""
    if len(word) < 5 or word[0] not in "بو":
        return False
    suffix = next((p for p in _PARTICLE_PRONOUNS if word.endswith(p)), None)
    if suffix is None:
        return False
    stem = word[1 : -len(suffix)]
    if len(stem) < 3:
        return False
    forms = (stem, stem[:-1] + "ه") if stem.endswith("ت") else (stem,)
    return any(counts.get("ال" + form, 0) >= PRONOUN_STEM_COUNT for form in forms)


def _drop_inflected_heads(occ: pd.DataFrame, counts: Mapping[str, int]) -> pd.DataFrame:
    """Without the persons (found after a title) whose name, once merged, is a common word so inflected or
    starts with one (:data:`HEAD_STEM_COUNT`)."""
    titled = occ["found_by"] == "title"
    keys = occ.loc[titled, "key"].unique()
    dropped = {
        k for k in keys if _an_inflected_common_word(k.split(" ")[0], counts, head=" " in k) or
        (" " not in k and _an_inflected_common_word(k, counts))
    }  # fmt: skip
    return occ[~(titled & occ["key"].isin(dropped))].reset_index(drop=True)


def _drop_lone_words(occ: pd.DataFrame, counts: Mapping[str, int], first_names: frozenset[str]) -> pd.DataFrame:
    """Without the persons (found after a title, before their variants merge) that are a first name alone, or a
    common word alone or at the head of a name.

    A first name alone (يحيى، طلال، باسم) is many people, each of whose family names was too rare to keep:
    «النائب طلال أرسلان»، «الدكتور طلال التويجري»، «المدافع طلال العبسي» were one "طلال", and merged into the
    most frequent longer name the candidate hid «طلال الفهد» (27 articles) behind "طلال".
    A common word after a title (أهمية، لمدة، يعاني، طوال الموسم: «وأكد الدكتور العبدالجبار أهمية إحضار …») is
    seen far more often elsewhere: under :data:`LONE_WORD_SHARE` of the word's occurrences in the corpus
    start a name found after a title, where a surname is seen mostly so (تسيبراس 38 %, بولوني 52 %). A first
    name heads many names and is seen everywhere, so that share says nothing of it; nor of a word at the head
    of a longer name unless it is a noun, one seen with the article (اختيار المرشحين، مكافحة الإرهاب)."""
    titled = occ["found_by"] == "title"
    keys = occ.loc[titled, "key"]
    heads = keys.str.split(" ", n=1).str[0]
    per_head = heads.value_counts()
    common = {h for h, n in per_head.items() if h not in first_names and n < LONE_WORD_SHARE * counts.get(h, 0)}
    # at the head of a longer name, only a noun (seen with the article): a given name missing from the lists
    # heads a real name there (رمضان قاديروف، حيدر أبو بكر العطاس، روي هودجسون)
    nouns = {h for h in common if counts.get("ال" + h, 0) > ARTICLE_SHARE * counts.get(h, 0)}
    lone = ~keys.str.contains(" ", regex=False)
    given = keys.isin(first_names) | keys.str.startswith("عبدال")  # عبدالقادر، عبدالرزاق: a given name, any of them
    # a verb alone, or at the head of a common word (سيواصل تمارينه، يعقد اجتماعا، ستتولى اختيار المرشحين); not a
    # given name (يحيى القحطاني: تحيي، نحيي are verbs), nor a head before a name (سيزار ازبيليكويتا، يوري موسيفيني)
    verbs = {h for h in heads.unique() if h not in first_names and _a_lone_verb(h, counts)}
    seconds = keys.map(lambda k: k.split(" ")[1] if " " in k else "")
    object_ = seconds.map(lambda w: _a_common_word(w, counts)).astype(bool)
    dropped = (lone & (heads.isin(common) | given | heads.isin(verbs))) | (
        ~lone & (heads.isin(nouns) | (heads.isin(verbs) & object_))
    )
    return occ.drop(index=keys.index[dropped.to_numpy()]).reset_index(drop=True)


def _a_lone_verb(word: str, counts: Mapping[str, int]) -> bool:
    """``word`` (normalised), a one-word name after a title, is a verb: «يزور الأمير …»، «وسيواصل المدرب …»،
    «غادرت الوزيرة …». An imperfect of the third person (ي، ت) whose other persons (ت or ي, and ن) are seen
    :data:`PERFECT_VERB_MIN` times between them, each seen (يزور: تزور، نزور; يسلم، يوجه، يستقبل، تضطلع); the
    same after the future's س (سيواصل: يواصل); a perfect with the feminine ت (:func:`_a_perfect_verb`: غادرت).
    A name so opening has no such persons (تسيبراس، توماس: يسيبراس، يوماس; يوهاندري; سيلفا: يلفا; يونس: تونس
    but no نونس)."""
    if len(word) < 4:
        return False
    if (
        word[0] == "س"
        and word[1] in "يتن"
        and (counts.get(word[1:], 0) >= PERFECT_VERB_MIN or _a_lone_verb(word[1:], counts))
    ):
        return True
    if word[0] in "يت":
        rest = word[1:]
        others = ("ت" if word[0] == "ي" else "ي") + rest, "ن" + rest
        if all(counts.get(o, 0) for o in others) and sum(counts.get(o, 0) for o in others) >= PERFECT_VERB_MIN:
            return True
    return _a_perfect_verb(word, counts)


def _a_common_word(word: str, counts: Mapping[str, int]) -> bool:
    """``word`` (normalised), after a verb read as a name's head, is its object or complement, no name word: written
    with the article (الإقالة) or mostly seen so (اختيار), an accusative or with a pronoun (هدفا، قراره), or a
    preposition and a common word (بتجربة، لمعسكر). A name is none of these (ازبيليكويتا، موسيفيني)."""
    if not word:
        return False
    if word.startswith("ال") or counts.get("ال" + word, 0) > ARTICLE_SHARE * counts.get(word, 0):
        return True
    if _an_inflected_common_word(word, counts):
        return True
    return word[0] in "بل" and counts.get(word[1:], 0) >= PERFECT_VERB_MIN


def _drop_bare_portfolios(
    occ: pd.DataFrame,
    heads: frozenset[str],
    sport_heads: frozenset[str] = frozenset(),
    sports: frozenset[str] = frozenset(),
    trade_heads: frozenset[str] = frozenset(),
    trades: frozenset[str] = frozenset(),
) -> pd.DataFrame:
    """Without the bodies named by a head of ``bare_portfolio_heads`` and one word (وزارة الطاقة، وزارة التربية),
    by a federation head and a sport (اتحاد الكرة، اتحاد السلة), or by a company head and a trade (شركة الطيران
    "the airline", شركة التأمين "the insurer"): whichever state's ministry or federation, whichever company of the
    trade, not one actor; with a nisba or a second word it stays (وزارة الطاقة الإماراتية، وزارة الشؤون الإسلامية،
    شركة النقل الجماعي)."""
    if not (heads or sport_heads or trade_heads) or occ.empty:
        return occ
    words = occ["key"].str.split(" ")
    two = (occ["found_by"] == "organisation") & (words.str.len() == 2)
    bare = two & (
        words.str[0].isin(heads)
        | (words.str[0].isin(sport_heads) & words.str[1].isin(sports))
        | (words.str[0].isin(trade_heads) & words.str[1].isin(trades))
    )
    return occ[~bare].reset_index(drop=True)


def _drop_shared_neighbourhoods(
    occ: pd.DataFrame, mentions: pd.DataFrame, doc_ids, gazetteer: Gazetteer
) -> pd.DataFrame:
    """Without the neighbourhoods (found after حي) whose articles name different cities, none in more than
    :data:`SHARED_NEIGHBOURHOOD_SHARE` of them (of :data:`SHARED_NEIGHBOURHOOD_MIN` or more): a name many cities'
    districts share, no one place. On SaudiNewsNet «حي الروضة» is Jeddah's, Riyadh's, Dammam's (the most named
    city, Jeddah, in 42 % of its articles that name one), «حي العزيزية» Mecca's, Medina's, Riyadh's, Hail's (50 %),
    «حي الخالدية» Aleppo's, Riyadh's, Bisha's (25 %), «حي الحمراء» and «حي النسيم» Jeddah's, Mecca's, Dammam's,
    Riyadh's (40 %, 42 %); «حي الملز» and «حي البجيري» are Riyadh's (93 %, 100 %), «حي العنود» Dammam's (92 %)."""
    if occ.empty or mentions.empty:
        return occ
    hoods = (occ["found_by"] == "place") & (occ["type"] == "neighbourhood")
    if not hoods.any():
        return occ
    cities = [e.id for e in gazetteer.entities.values() if e.kind == "region" and e.type == "city"]
    named = mentions.loc[mentions["entity_id"].isin(cities), ["doc_id", "entity_id"]].drop_duplicates()
    pairs = pd.DataFrame({"key": occ.loc[hoods, "key"].to_numpy(),
                          "doc_id": np.asarray(doc_ids)[occ.loc[hoods, "doc"].to_numpy()]}).drop_duplicates()  # fmt: skip
    joined = pairs.merge(named, on="doc_id")
    if joined.empty:
        return occ
    with_city = joined.groupby("key")["doc_id"].nunique()
    top_city = joined.groupby(["key", "entity_id"]).size().groupby(level=0).max()
    shared = with_city[(with_city >= SHARED_NEIGHBOURHOOD_MIN) & (top_city <= SHARED_NEIGHBOURHOOD_SHARE * with_city)]
    return occ[~(hoods & occ["key"].isin(set(shared.index)))].reset_index(drop=True)


def _drop_local_bodies(occ: pd.DataFrame, names: frozenset[str]) -> pd.DataFrame:
    """Without the bodies named as every town's or region's body of their kind is (``local_body_names``: جمعية البر
    بالأحساء، بجدة، بتمير; مجلس التنمية السياحية بعسير، بالباحة), nor a longer name one of them opens (جمعية البر
    الخيرية): many bodies, not one actor. Word by word: جمعية البركة الخيرية is another name."""
    if not names or occ.empty:
        return occ
    organisations = occ["found_by"] == "organisation"
    keys = occ.loc[organisations, "key"].unique()
    dropped = {k for k in keys if k in names or any(k.startswith(n + " ") for n in names)}
    return occ[~(organisations & occ["key"].isin(dropped))].reset_index(drop=True)


def _drop_produce_places(occ: pd.DataFrame, names: frozenset[str]) -> pd.DataFrame:
    """Without the places named by produce (``produce_names``): «ساحات مدينة التمور ببريدة» is Buraydah's dates
    market, «قرية التمور» the dates festival's village, no town."""
    if not names or occ.empty:
        return occ
    first = occ["key"].str.split(" ", n=1).str[0]  # and what follows it read on: «قرية التمور إقبالا كبيرا»
    return occ[~((occ["found_by"] == "place") & first.isin(names))].reset_index(drop=True)


def _drop_cut_lineages(occ: pd.DataFrame, first_names: frozenset[str]) -> pd.DataFrame:
    """Without the persons named by given names and بن alone (محمد بن عبدالله) that were cut before a further word in
    :data:`CUT_SHARE` of their occurrences: a first name and a father's name shared by many people, each of whose
    family names was too rare to keep («أمير الفوج محمد بن عبدالله الفغم»، «الدكتور محمد بن عبدالله باجودة»).
    A prince's name is his lineage, seen whole (فهد بن خالد، «الأمير فهد بن خالد رئيس مجلس إدارة النادي»)."""
    titled = occ[occ["found_by"] == "title"]
    lineage = titled["words"].map(lambda w: "بن" in w and all(x == "بن" or x in first_names for x in w))
    cut = titled.loc[lineage].groupby("key")["cut"].mean()
    dropped = set(cut.index[cut >= CUT_SHARE])
    return occ[~((occ["found_by"] == "title") & occ["key"].isin(dropped))].reset_index(drop=True)


def _memo(function):
    cache: dict = {}

    def cached(word: str):
        try:
            return cache[word]
        except KeyError:
            value = cache[word] = function(word)
            return value

    return cached


def _bare_forms(word: str) -> list[str]:
    forms = [word]
    if word.startswith("لل"):
        forms.append("ا" + word[1:])
    if word[:1] in "وف":
        forms.append(word[1:])
        if word[1:3] == "لل":
            forms.append("ا" + word[2:])
    stripped = _PROCLITIC_RE.sub("", word)
    if stripped and stripped != word:
        forms.append(stripped)
    return forms


def _is_nisba(word: str) -> bool:
    return word.startswith("ال") and word.endswith(("ي", "يه")) and len(word) > 4


# --- the scan ----------------------------------------------------------------------------------


@dataclass
class _Occurrence:
    found_by: str
    type: str
    words: list[tuple[str, int, int]]  # (normalised word, start, end) in the normalised corpus text
    first_name_word: int  # index of the first word that is part of the name proper (0 or 1 for heads)
    affiliation: str | None  # an entity id
    context: str | None  # the qualifying nisba, normalised
    own_words: int | None = None  # the words before a trailing known nisba (which a mention may cover)
    trigger: str | None = None  # the trigger's key (الفريق, جمعيه, قريه)
    quoted: bool = False  # the name is the words between quotation marks, or an acronym's letters: kept whole
    closing_family: bool = False  # its last word is a family name after بن and a father's name (kept whole)


def _tokens(norm: str, pos: int, limit: int) -> list[tuple[str, int, int]]:
    """The next ``limit`` words after ``pos``, stopping at punctuation, a digit or a line end;
    quotes are passed over (``تنظيم "داعش"``).

    One match finds how far the words run (:data:`_RUN_RE`, within ``limit`` × 40 characters),
    one more finds the words: what reading them one :data:`_TOKEN_RE` match at a time finds
    (:func:`_tokens_one_by_one`, still used when the run reaches that bound, where a word may be cut).
    """
    bound = pos + _RUN_CHARS * limit
    run = _RUN_RE.match(norm, pos, bound)  # matches, if only the empty run
    end = pos if run is None else run.end()
    if end >= bound and bound < len(norm):
        return _tokens_one_by_one(norm, pos, limit)
    return [(m.group(), m.start(), m.end()) for m in islice(_WORD_RE.finditer(norm, pos, end), limit)]


def _tokens_one_by_one(norm: str, pos: int, limit: int) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    while len(out) < limit:
        m = _TOKEN_RE.match(norm, pos)
        if m is None:
            break
        if m.group("w") is None:
            if m.group("x") in _QUOTES:
                pos = m.end()
                continue
            break
        out.append((m.group("w"), m.start("w"), m.end("w")))
        pos = m.end()
    return out


def _read_name(tokens: list, start: int, lex: _Lexicon, *, max_words: int = 3) -> list:
    """The name-like words from ``tokens[start]``: the first without the article, the others
    with or without it; connectors (بن، آل) do not count and do not end a name."""
    connectors = lex.triggers.connectors
    name: list = []
    n_words = 0
    first_names = lex.first_names
    for at, (word, s, e) in enumerate(tokens[start:], start + 1):
        if word in connectors:
            if not name and word in _SON_OF:
                return []
            name.append((word, s, e))
            continue
        entity = None if lex.given_nisba(word) else lex.entity(word)  # الأمير تركي بن محمد: Turki, no Turkey
        if name and entity is not None and lex.entities[entity].type == "person":
            return []  # the known person's other names: الدكتور عبد اللطيف بن راشد الزياني
        if first_names and name and name[-1][0] in _SON_OF and entity is None:
            pass  # after بن a father's name, even one spelt like a preposition: حمد بن علي العطية
        elif name and name[-1][0] in _FAMILY_OF and entity is None and word.startswith("ال") and lex.stops(word):
            pass  # after آل the family's name, even one spelt like a title: عبدالله بن عبداللطيف آل الشيخ
        elif name and _first_half(word, tokens, at, lex):
            pass  # الدكتور حافظ مبروك ضيف الله: a common word opening a compound name before الله
        elif _a_family_nisba(word, name, tokens, at, lex):
            name.append((word, s, e))  # الدكتور عبدالله بن عبدالمحسن التركي: a state's nisba after a given
            break  # name is his family name, and the name's end (not المدرب خليل المصري المران "the training")
        elif _a_closing_family_name(word, name, tokens, at, lex, entity):
            name.append((word, s, e))  # الفريق ركن عبدالله بن سلطان السلطان، …: the family name, no title
            break
        elif lex.stops(word) or entity is not None or lex.not_name(word) or _PREPOSITION_ARTICLE_RE.match(word):
            break
        elif (not word.startswith(("ال", "و")) and at < len(tokens) and tokens[at][0] in lex.first_words
              and _after_family_name(name, lex)):  # fmt: skip
            break  # عبدالاله بن محمد الشريف مساعد مدير عام …: after the family name, the next title's first word
        elif word in first_names:
            pass  # a first name that is also a common word: الشيخ مالك الشعار، الدكتور مساعد العساف
        elif not name:
            if word.startswith("ال") or not lex.name_like(word):
                return []
            if _a_masculine_perfect_verb(word, lex.counts) and _a_verbs_complement(tokens, at, lex):
                return []  # المدرب الأوروغوياني الفارو قرر الاستغناء عنه: "decided", a verb, no name
            bare = word[1:]
            if word[0] in "لبو" and lex.counts.get(bare, 0) + lex.counts.get("ال" + bare, 0) > lex.counts.get(word, 0):
                return []  # لكرة: ل + a common word, not a name
        elif word[0] == "و" or (
            not word.startswith("ال") and not lex.name_like(word) and "ال" + word not in lex.family_names
        ):
            break
        elif word.startswith("ال") and word.endswith("يه") and word[2:] not in first_names:
            break  # a feminine nisba ends a man's name: جامعة الإمام محمد بن سعود الإسلامية (not العطية: عطية)
        name.append((word, s, e))
        if not _second_half(name, lex):
            n_words += 1  # عبدالعزيز بن نور الدين عطرجي: نور الدين is one given name, the family name still read
        if n_words == max_words and _first_half(word, tokens, at, lex):
            continue  # حافظ مبروك ضيف: its second half (الله) still to read, then the limit
        if n_words == max_words:
            if _family_name_after_three(tokens, start + len(name), name, lex):
                name.append(tokens[start + len(name)])  # عبدالعزيز محمد إبراهيم السبيعي
            elif _family_after_al(tokens, start + len(name), lex):
                name.extend(tokens[start + len(name) : start + len(name) + 2])  # حمدان بن محمد بن راشد آل مكتوم
            break
    while name and name[-1][0] in connectors:
        name.pop()
    return name


#: A kunya's first word (normalised): a nisba after أبو خالد says where he is from (أبو خالد السوري).
_KUNYA = frozenset({"ابو", "ابي", "ابا"})


def _a_family_nisba(word: str, name: list, tokens: list, at: int, lex: _Lexicon) -> bool:
    """Whether a state's masculine nisba with the article (``التركي``, ``المصري``) goes on a name as its
    family name: right after a given name (``عبدالله بن عبدالمحسن التركي``, ``محمد المصري``) or a father's
    name after بن that the lists lack (``سعد بن رحيل السويدي``), not after a
    kunya (``أبو خالد السوري``) and not before another given name (the nationality before a name), as
    :func:`analysis.extract.readings._a_family_nisba` reads the nisba itself."""
    if not name or not word.startswith("ال") or not word.endswith("ي") or not lex.is_adjective(word):
        return False
    if any(w in _KUNYA for w, *_ in name):
        return False
    if name[-1][0] not in lex.first_names and not _a_fathers_name(name) and not _a_fathers_name_apart(name):
        return False
    return not (at < len(tokens) and tokens[at][0] in lex.first_names)


def _a_fathers_name_apart(name: list) -> bool:
    """Whether the last words read are بن (بنت) and a father's name of عبد written apart (``بن عبد المحسن``):
    a father's name, as ``بن عبدالمحسن`` is (:func:`_a_fathers_name`)."""
    return len(name) >= 3 and name[-3][0] in _SON_OF and name[-2][0] in _NAME_HALVES


#: words of time that may close a sentence after a man's name (استقبل الأمير فيصل بن بندر اليوم.): no family name
_TIME_WORDS = frozenset(
    {"اليوم", "الليله", "الان", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت"}
)


#: royal titles (normalised): the name after them is whole as «X بن Y», the word after it the verb's object
_ROYAL_TITLES = frozenset({"الملك", "الملكه", "الامير", "الاميره"})


def _a_closing_family_name(word: str, name: list, tokens: list, at: int, lex: _Lexicon, entity: str | None) -> bool:
    """Whether an ``ال`` word that would end a name, a title or a function word (``السلطان``, ``القاضي``),
    is its family name: right after a father's name after بن, punctuation or the sentence's end after it
    (``عبدالرحمن بن محمد السلطان.``, :func:`_a_family_at_the_end`). Not a gazetteer name (``عبدالله بن
    محمد السويد``: Sweden's mention would still cover it) nor a state's nisba (:func:`_a_family_nisba`)."""
    if entity is None and _a_family_title(word, name, lex):
        return True  # أمين منطقة عسير صالح بن عبدالله القاضي الذي يحرص: a title that is a family name, whatever follows
    if entity is not None or word in lex.function:
        return False  # وصل الملك عبدالعزيز بن عبدالرحمن إلى (عين نجم): a preposition (الي) ends the name
    if not (_a_family_at_the_end(word, name, tokens, at, lex) or _a_family_before_a_title(word, name, tokens, at, lex)):
        return False
    return lex.stops(word) or lex.not_name(word)


def _a_family_title(word: str, name: list, lex: _Lexicon) -> bool:
    """Whether ``word`` is a title that is a family name as well (``lex.triggers.family_titles``: القاضي، السلطان)
    right after a father's name after بن: the man's family name (``صالح بن عبدالله القاضي``)."""
    return word in lex.triggers.family_titles and _a_fathers_name(name)


def _a_family_at_the_end(word: str, name: list, tokens: list, at: int, lex: _Lexicon) -> bool:
    """Whether ``word`` (``tokens[at - 1]``) is an ``ال`` word right after a father's name after بن with
    punctuation or the sentence's end after it (``at`` past the last token), no state's nisba and no
    word of time (``فيصل بن بندر اليوم.``): the place of a family name, whatever the word means."""
    if at < len(tokens) or not word.startswith("ال") or not _a_fathers_name(name) or lex.is_adjective(word):
        return False
    return word not in _TIME_WORDS


def _a_family_before_a_title(word: str, name: list, tokens: list, at: int, lex: _Lexicon) -> bool:
    """Whether ``word`` (``tokens[at - 1]``) is an ``ال`` word right after a father's name after بن with a title's
    first word or one of ``family_name_before`` right after it (``الدكتور ماهر بن سعد الجديد عضو اللجنة``): the
    family name, his title or the clause on him after it; not a title itself (``المستشار في ديوان``), a state's
    nisba or a word of time."""
    if at >= len(tokens) or not word.startswith("ال") or not _a_fathers_name(name) or lex.is_adjective(word):
        return False
    if word in _TIME_WORDS or word in lex.first_words:
        return False
    following = tokens[at][0]
    return following in lex.first_words or following in lex.triggers.family_name_before


def _a_fathers_name(name: list) -> bool:
    """Whether the last word read is a father's name after بن or بنت, with no article: a given name the lists
    may lack (``سعد بن رحيل السويدي``), not a title (``بنت العاهل الأردني``)."""
    return len(name) >= 2 and name[-2][0] in _SON_OF and not name[-1][0].startswith("ال")


#: A compound given name's first half whose second half is any name word (عبد العزيز، عبد الله) and never
#: stands alone as the person's family name (وغضب اللّه عليه is God).
_NAME_HALVES = frozenset({"عبد"})


def _second_half(name: list, lex: _Lexicon) -> bool:
    """Whether the last word read is the second half of a compound given name, the word before it a
    name word (no connector): ``نور الدين``, ``العبد الله`` (``lex.compound_tails``), ``عبد العزيز``."""
    if len(name) < 2 or name[-2][0] in lex.triggers.connectors:
        return False
    word, before = name[-1][0], name[-2][0]
    return (word in lex.compound_tails and before not in lex.compound_tails) or before in _NAME_HALVES


def _first_half(word: str, tokens: list, at: int, lex: _Lexicon) -> bool:
    """Whether ``word`` opens a compound name whose second half is the next token: a listed common word
    (``lex.compound_heads``: ضيف، الجار) right before الله (``lex.compound_tails``): حافظ مبروك ضيف الله."""
    return word in lex.compound_heads and at < len(tokens) and tokens[at][0] in lex.compound_tails


def _after_family_name(name: list, lex: _Lexicon) -> bool:
    """Whether a name read so far has its family name: a listed one (``lex.family_names``) after its first
    word; not the ``ال`` of ``عبد العزيز آل حسن`` or of ``غرم الله سدران``. A word without the article
    after it, right before a trigger, opens a compound title (``مساعد مدير``), not the name: ``عبدالاله بن
    محمد الشريف مساعد مدير عام مكافحة المخدرات``, ``بكر الشهري مساعد مدير المنطقة الجنوبية``."""
    return any(w in lex.family_names for w, _, _ in name[1:])


def _family_after_al(tokens: list, at: int, lex: _Lexicon) -> bool:
    """Whether ``tokens[at]`` is ``آل`` and the word after it the family's name, past a name's three words
    (``حمدان بن محمد بن راشد آل مكتوم``: the family, not cut off as آل after the limit was): a word that is
    no function word, no known entity and no word of ``not_names``; or an ``ال`` word (آل الشيخ)."""
    if at + 1 >= len(tokens) or tokens[at][0] not in _FAMILY_OF:
        return False
    word = tokens[at + 1][0]
    if lex.entity(word) is not None or lex.not_name(word):
        return False
    return word.startswith("ال") or not lex.stops(word)


def _family_name_after_three(tokens: list, at: int, name: list, lex: _Lexicon) -> bool:
    """Whether ``tokens[at]`` is the family name of a name of three given names (the person's, the
    father's, the grandfather's), as Saudi official texts write them: ``عبدالعزيز محمد إبراهيم
    السبيعي``; the name words so far are all first names, the next word an ``ال`` word that is no
    function word, no known entity, no adjective of ``not_names`` and no plural. After a lineage of
    three given names joined by بن (:func:`_a_lineage_of_three`) the given names may be any the lists
    lack (``وليد بن محمد بن صالح الصمعاني``, ``شويش بن سعود بن ضويحي الضويحي``), the family name then a
    listed one (``lex.family_names``), one made of a first name, or a word outside Arabic news's 20,000
    commonest (``lex.counts``): not ``فهد بن عبدالعزيز بن معمر الاجتماع`` "the meeting", nor ``السمو`` after
    a father's name glued to the next title (``فيصل بن سعد بن عبدالعزيزوصاحب السمو الملكي``)."""
    connectors = lex.triggers.connectors
    if at >= len(tokens):
        return False
    given = all(w in lex.first_names or w in connectors for w, _, _ in name)
    if not given and not _a_lineage_of_three(name):
        return False
    word = tokens[at][0]
    if not (word.startswith("ال") and len(word) > 3 and not lex.stops(word) and lex.entity(word) is None
            and not lex.not_name(word) and not word.endswith(("يه", "ين", "ون", "ات"))):  # fmt: skip
        return False
    return given or word in lex.family_names or word[2:] in lex.first_names or word not in lex.counts


def _a_lineage_of_three(name: list) -> bool:
    """Whether the words read are a lineage, a given name, بن (بنت) and the father's, بن and the grandfather's
    (``عبده بن علي بن إبراهيم``; a compound given name counts as one: ``عبد الله بن محمد بن أحمد``): the shape
    of a man's name before his family name, whatever its given names."""
    sons = [i for i, (w, _, _) in enumerate(name) if w in _SON_OF]
    return len(sons) == 2 and 0 < sons[0] < sons[1] - 1 < len(name) - 2


def _after_title(norm: str, end: int, key: str, triggers: Triggers, lex: _Lexicon) -> _Occurrence | None:
    """``رئيس الوزراء العراقي حيدر العبادي``: skip what qualifies the title, then read the name.

    A title in construct (``رئيس``, ``محافظ``, ``زعيم``) always takes a complement first, with or
    without the article (``محافظ جدة``, ``زعيم تنظيم داعش أبو بكر البغدادي``); a definite title
    (``الرئيس``, ``الأمير``) may be followed by the name at once.
    """
    complement, construct = triggers.titles[key]
    slash = _TITLE_SLASH_RE.match(norm, end)
    if slash is not None:  # الاستاذ /عبدالعزيز محمد إبراهيم السبيعي، الدكتور/عبدالله: the name at once
        complement, construct, end = 0, False, slash.end()
    tokens = _tokens(norm, end, complement + 10)
    i, affiliation, context, linked = 0, None, None, 0
    while i < len(tokens) and (i < complement or tokens[i][0] in triggers.complement_links):
        word = tokens[i][0]
        if construct and i > 0 and word in lex.place_heads and i + 1 < len(tokens) and lex.entity(tokens[i + 1][0]):
            complement += 1  # الناطق الإعلامي لأمانة منطقة جازان طارق رفاعي: a place noun and its place
            i += 1
            continue
        if i > 0 and word in triggers.complement_links:
            linked = complement = i + 1 + triggers.complement_links[word]  # … لشؤون الأمن الدولي روز جوتمولر
            i += 1
            continue
        if i < linked and word not in lex.first_names and word not in lex.function and word not in lex.first_words:
            i += 1  # لدى مملكة البحرين بالإنابة مرتضى صنوبري: what the link carries, up to a first name
            continue
        if (
            construct
            and i == 1
            and tokens[0][0] in triggers.named_complements
            and not word.startswith("ال")
            and len(tokens) > 2
            and tokens[2][0] in lex.first_names
        ):
            i += 1  # رئيس مركز مسلية إبراهيم الشعبي: the centre's own bare name, then a given name, the man's
            continue
        before = tokens[i - 1][0] if i > 0 else key.split()[-1]
        if before.startswith("ال") and lex.given_nisba(word):
            break  # الأمير تركي، الأستاذ تركي: no nisba without the article after a definite word, the given name
        adjective = word.startswith("ال") and word in lex.triggers.not_names  # وزير الصحة العامة وائل أبو فاعور
        if (word in lex.function and not adjective) or (i > 0 and word in lex.first_words):
            return None
        entity = lex.entity(word)
        if construct and i == 0 and word in lex.place_heads:
            return None  # أمير منطقة عسير: the complement is a place, and the name after it too
        qualifies = entity is not None or word.startswith("ال") or _PREPOSITION_ARTICLE_RE.match(word)
        if qualifies or (construct and i == 0):
            if entity is not None and affiliation is None and lex.entities[entity].type in _AFFILIATIONS:
                affiliation = entity
            if context is None and _is_nisba(word) and not lex.not_name(word):
                # المدرب الروماني بولوني: a nationality after the title; اللاعب الدولي نايف هزازي: no affiliation
                nation = lex.nationality(word)
                if nation is not None and affiliation is None and lex.entities[nation].type in _AFFILIATIONS:
                    affiliation = nation
                elif nation is not None:
                    context = word
            i += 1
            continue
        break
    if construct and i == 0:
        return None
    name = _read_name(tokens, i, lex)
    if not name:
        return None
    following = next((t[0] for t in tokens if t[1] >= name[-1][2]), None)
    if name[-1][0] in triggers.facilities or (following is not None and following in triggers.facilities):
        return None  # الملك عبدالعزيز الدولي: an airport or a stadium, named after a person
    if any(word.endswith(("اته", "اتها", "اتهم")) for word, *_ in name):
        return None  # تدريباته: a noun with its pronoun, not a name
    if len(name) == 1 and _an_inflected_common_word(name[0][0], lex.counts):
        return None  # المدرب ... سابقا، عددا: an accusative; اللاعب ... تمارينه: a noun and "his"
    # عبدالله بن محمد الطالب.: the word closing the name after a father's name is the family name, kept; not
    # after a royal title, whose name is whole without one (حقق الأمير خالد بن سعد الدوري،: "won the league")
    closing = (key not in _ROYAL_TITLES and len(name) >= 3
               and (_a_family_at_the_end(name[-1][0], name[:-1], tokens, i + len(name), lex)
                    or _a_family_before_a_title(name[-1][0], name[:-1], tokens, i + len(name), lex)
                    or _a_family_title(name[-1][0], name[:-1], lex)))  # fmt: skip
    return _Occurrence("title", "person", name, 0, affiliation, context, closing_family=closing)


def _previous_word(norm: str, start: int, lex: _Lexicon) -> str:
    """The word before the one at ``start`` (past its proclitics), without its own proclitics:
    ``بملعب`` → ``ملعب``; empty after punctuation."""
    end = start
    while end > 0 and norm[end - 1].isalnum():
        end -= 1  # the trigger's proclitics
    while end > 0 and norm[end - 1] == " ":
        end -= 1
    begin = end
    while begin > 0 and norm[begin - 1].isalnum():
        begin -= 1
    word = norm[begin:end]
    return _PROCLITIC_RE.sub("", word) if word and word not in lex.triggers.named_after else word


def _skip_spaces_back(norm: str, pos: int) -> int:
    while pos > 0 and norm[pos - 1] == " ":
        pos -= 1
    return pos


def _is_letter(char: str) -> bool:
    """A letter of :data:`_WORD` (Arabic; not a digit, not a Latin letter)."""
    return "\u0621" <= char <= "\u063a" or "\u0641" <= char <= "\u064a" or "\u0671" <= char <= "\u06d3"


def _before_title(norm: str, start: int, lex: _Lexicon) -> _Occurrence | None:
    """A person named just before a title: ``جيمي كارتر - الرئيس الأمريكي السابق``, ``محمد الشدادي
    نائب رئيس مجلس النواب``. Read backwards from the title (past one dash or comma) while the words
    may be a name's; the name starts at the first of them that is a first name (``lex.first_names``)
    and has two name words at least (``محمد الشدادي``; not ``قال محمد``), all of them name-like. A given name spelt
    like a state's nisba (``lex.given_nisba``) does not stop the read before a name word (``وقال تركي شبانة رئيس``)."""
    words: list = []
    stopped_at = ""  # the word the backward read stopped at
    named_after = False  # whether it is a title after a head named after a person (discovery.yaml's named_after)
    pos = _skip_spaces_back(norm, start)
    if pos > 0 and norm[pos - 1] in _BEFORE_TITLE_MARKS:
        pos = _skip_spaces_back(norm, pos - 1)
    while len(words) < _BEFORE_WORDS and pos > 0 and _is_letter(norm[pos - 1]):
        begin = pos - 1
        while begin > 0 and _is_letter(norm[begin - 1]):
            begin -= 1
        word = norm[begin:pos]
        if words and lex.given_nisba(word) and not lex.stops(word):
            pass  # وقال تركي شبانة رئيس شبكة قنوات روتانا: Turki, a given name before a name word, no Turkey
        elif lex.stops(word) or lex.entity(word) is not None or lex.not_name(word):
            stopped_at = word
            named_after = _previous_word(norm, begin, lex) in lex.triggers.named_after and any(
                form in lex.triggers.titles for form in _bare_forms(word)
            )  # بمدينة الملك سعود الطبية الدكتور موسى: the words after the head's title are the body's name
            break
        if _PREPOSITION_ARTICLE_RE.match(word):
            break
        words.append((word, begin, pos))
        pos = _skip_spaces_back(norm, begin)
        if pos == begin:
            break  # a word glued to what precedes it (a digit, a Latin letter)
    words.reverse()
    if named_after and not any(w in _SON_OF for w, _, _ in words):
        return None  # مدينة الملك سعود الطبية: no man's whole name (جامعة الأمير سطام بن عبدالعزيز الدكتور stays)
    if words and stopped_at and any(f"{form} {words[0][0]}" in lex.triggers.titles for form in _bare_forms(stopped_at)):
        words = words[1:]  # المتحدث باسم التحالف المستشار: باسم "in the name of" ends the title, no given name
    connectors = lex.triggers.connectors
    first = next((i for i, (w, _, _) in enumerate(words) if w in lex.first_names), None)
    if first is None or (first > 0 and words[first - 1][0] in _SON_OF):
        return None  # ونايف بن سلطان بن عبدالعزيز المستشار: the father's name, not the person's
    name = words[first:]
    last = name[-1][0]
    if last in lex.triggers.facilities:
        return None  # مدير عام مطار الملك فهد الدولي المهندس يوسف: the airport, named after a king
    if len(name) > 2 and not last.startswith(("ال", "و")) and _after_family_name(name[:-1], lex):
        name = name[:-1]  # عبدالاله بن محمد الشريف مساعد مدير عام: مساعد opens the title, the name ends at الشريف
    for word, _, _ in name[1:]:
        if word in connectors or word in lex.first_names:
            continue
        if word.startswith("ال") and not lex.common_noun(word):
            continue
        if word[0] == "و" or word.startswith("ال") or not lex.name_like(word):
            return None
    if name[-1][0] in connectors or sum(w not in connectors for w, _, _ in name) < 2:
        return None
    return _Occurrence("title", "person", name, 0, None, None)


def _after_a_lineage(norm: str, start: int) -> bool:
    """Whether the word at ``start`` follows a father's name after بن, a space between and no mark: ``صالح بن
    عبدالله القاضي`` (the father's name without the article, as :func:`_a_fathers_name` reads it)."""
    m = _LINEAGE_END_RE.search(norm, max(0, start - 60), start)
    return m is not None and m.group(1) in _SON_OF and not m.group(2).startswith("ال")


#: the last two words before a point, spaces only after and between them (:func:`_after_a_lineage`)
_LINEAGE_END_RE = re.compile(r"(?<!\w)(\w+) +(\w+) +$")


def _a_common_noun_head(head: str, type_: str, first: str, triggers: Triggers) -> bool:
    """Whether a group's head is a common noun by the word after it: a movement of things (حركة المرور،
    حركة الرياح: ``group_not_names``) or a verbal noun and its definite object (تنظيم الفعاليات:
    ``verbal_noun_heads``)."""
    if head in triggers.verbal_noun_heads and first.startswith("ال"):
        return True
    return type_ == "armed_group" and first in triggers.group_not_names


def _quote_closing(norm: str, end: int) -> int | None:
    """Where the quotation that opens right after ``end`` (spaces between) closes, within a few words:
    ``مصرف «دويتشه بنك»``; None when none opens there."""
    m = _OPENING_QUOTE_RE.match(norm, end)
    if m is None:
        return None
    close = norm.find(m.group(1), m.end(), m.end() + _QUOTED_NAME_CHARS)
    return close if close > m.end() else None


#: How many words a body's name spelt letter by letter may hold, its letters and the words after them
_SPELT_WORDS = 8


def _spelt_letters(norm: str, tokens: list, triggers: Triggers) -> list:
    """The acronym spelt letter by letter that ``tokens`` open with: two or more Latin letters as Arabic spells
    them (``بنك إتش إس بي سي``), neither the first nor the last an Arabic word as well (``أو``, ``في``) unless a
    quotation mark closes right after it (``شركة «أر دبليو إي»``); [] when there is none."""
    run = list(takewhile(lambda token: token[0] in triggers.spelt_letters, tokens))
    while run and run[-1][0] in triggers.spelt_letters_inner and norm[run[-1][2] : run[-1][2] + 1] not in _QUOTES:
        run.pop()
    return run if len(run) >= 2 and run[0][0] not in triggers.spelt_letters_inner else []


def _after_letters(
    norm: str, tokens: list, letters: list, head: str, start: int, end: int, type_: str, lex: _Lexicon
) -> _Occurrence | None:
    """A body named by an acronym spelt letter by letter, and the foreign words of its name after it (``شركة جي إس
    إنرجي كورب``, ``بنك بي إن بي باريبا``), up to a state's name or nisba with the article (``شركة «كي بي إم جي
    السعودية»``: KPMG) or a quotation mark (``شركة بي بي “بريتش بيتروليوم”``: the letters' gloss); none when a place
    the gazetteer knows follows the letters bare (``نادي اف سي موسكو``, FC Moscow: a name the letters would cut)."""
    name = list(letters)
    for word, s, e in tokens[len(letters) :]:
        if norm[name[-1][2] : s].strip():
            break
        entity = lex.entity(word)
        if entity is not None and not lex.is_adjective(word) and not word.startswith("ال"):
            return (
                None
                if len(name) == len(letters)
                else _Occurrence("organisation", type_, [(head, start, end), *name], 1, None, None, quoted=True)
            )
        if entity is not None or lex.stops(word) or word.startswith("ال") or word[0] == "و" or not lex.name_like(word):
            break
        if word[0] in "لب" and lex.counts.get(word[1:], 0) > lex.counts.get(word, 0):
            break  # شركة يو تي سي لأنظمة الأبنية: ل + a word, the body's purpose (not بنك بي إن بي باريبا)
        name.append((word, s, e))
    return _Occurrence("organisation", type_, [(head, start, end), *name], 1, None, None, quoted=True)


def _after_organisation(norm: str, start: int, end: int, head: str, type_: str, lex: _Lexicon) -> _Occurrence | None:
    tokens = _tokens(norm, end, 4)
    name: list = []
    affiliation = None
    own: int | None = None
    letters = _spelt_letters(norm, tokens, lex.triggers)  # مصرف "يو بي إس": UBS, spelt letter by letter
    if letters:  # a name of letters runs longer: شركة «إف سي إيه يو إس إل إل سي» (FCA US LLC)
        tokens = _tokens(norm, end, _SPELT_WORDS)
        letters = _spelt_letters(norm, tokens, lex.triggers)
    closing = _quote_closing(norm, end)
    if closing is not None:  # a quoted name runs to its closing mark: مصرف «دويتشه بنك»، مؤسسة «مورغان ستانلي»
        quoted = [t for t in tokens if t[2] <= closing]
        whole = bool(quoted) and not norm[quoted[-1][2] : closing].strip()  # no word cut off before the mark
        spelt = lex.triggers.spelt_letters if letters else frozenset()  # «إي تي آند تي»: AT&T, its letters no words
        if (whole and not any(w in lex.function and w not in spelt for w, _, _ in quoted)
                and (lex.entity(quoted[0][0]) is None if not letters
                     else not any(lex.entity(w) for w, _, _ in quoted[len(letters):]))  # «كي بي إم جي السعودية»
                and not all(w in lex.triggers.connectors for w, _, _ in quoted)):  # fmt: skip
            return _Occurrence("organisation", type_, [(head, start, end), *quoted], 1, None, None, quoted=True)
    if letters:
        return _after_letters(norm, tokens, letters, head, start, end, type_, lex)
    if _indefinite_after(head, tokens, lex) or _an_indefinite_description(head, tokens, lex):
        return None  # مجلس معيّن: "a certain board"; شركة محاماة كبيرة "a big law firm": common nouns
    if tokens and _a_common_noun_head(head, type_, tokens[0][0], lex.triggers):
        return None  # حركة المرور "the traffic", تنظيم الفعاليات "organising the events"
    if tokens and tokens[0][0] in lex.first_names:
        tokens = _tokens(norm, end, 4 + _FOUNDERS_CONNECTORS)  # a founder's name: its بن، آل، عبد past three words
    for i, (word, s, e) in enumerate(tokens):
        if name and word in lex.triggers.firm_name_closers:
            name.append((word, s, e))  # شركة فوستر وشركائه: "& Partners", the و the name's own, its last word
            break
        entity = lex.entity(word)
        if entity is not None:
            if not name:
                return None  # حركة حماس: the gazetteer knows it
            if lex.entities[entity].type in _AFFILIATIONS or lex.entities[entity].kind == "region":
                affiliation = entity if lex.entities[entity].kind == "actor" else affiliation
            if lex.is_adjective(word) and len(name) < 3:
                own = len(name) + 1 if own is None else own  # the head and the words before the nisba
                name.append((word, s, e))  # وكالة الأنباء السعودية: the nisba belongs to the name
                continue
            break
        if lex.stops(word) or (
            lex.not_name(word) and word not in lex.triggers.portfolios and not _a_joint_second(head, name, word, lex)
        ):
            break
        if name and any(form in lex.triggers.body_name_stops for form in _bare_forms(word)):
            break  # جمعية الثقافة والفنون الشاعر علي بن خميس: the poet opens the next name
        if _a_perfect_verb(word, lex.counts):
            if not name:
                return None  # شركة سجلت أرباحا: a head and a verb, no name
            break  # أن وزارة الصحة ألزمت جميع المستشفيات: the verb the body is the subject of
        if i == 0 and ((word[0] == "و" and word not in lex.by_key) or _PREPOSITION_ARTICLE_RE.match(word)):
            return None  # وجامعة: و + a word; not a name the gazetteer holds whole (جامعة ويتشيتا)
        if i > 0 and word[0] == "و" and not word.startswith("وال") and not _a_foreign_words_waw(word, name, lex):
            break
        if _the_conjunction_after_a_bare_name(word, name):
            break  # شركة زين والزيادة في المصاريف: "Zain and the increase", not a body's name
        if head in lex.triggers.portfolio_heads and _past_the_portfolio(word, name):
            break  # وزارة الزراعة لابتعاث 500، بوزارة الصحة سليمان بن أحمد: not the ministry's name
        if _an_adjective_of_the_noun_before(word, head, name, lex.counts):
            break  # موقع وزارة الداخلية الإلكتروني: the website's adjective, not the ministry's name
        if not (word.startswith(("ال", "وال")) or lex.name_like(word)):
            break
        if len(name) >= 3 and not (word.startswith("ال") or word in lex.triggers.connectors
                                   or name[-1][0] in lex.triggers.connectors):  # fmt: skip
            break  # مؤسسة محمد بن لادن بتكملة: past three words a founder's name takes only a family name
        name.append((word, s, e))
        if _name_words(name, lex) == 3:
            if i + 1 < len(tokens) and tokens[i + 1][0] in lex.triggers.firm_name_closers:
                name.append(tokens[i + 1])  # شركة سعد إبراهيم الهداب وأولاده: a founder's three names and "& Sons"
            break
    else:
        name += _over_a_dash(norm, tokens, name, lex)
    if not name or all(word in lex.triggers.connectors for word, _, _ in name):
        return None  # شركة أم أم أل ميديست: a connector alone (أم، أبو، بن) names nothing
    if name[0][0] in lex.triggers.description_names:
        return None  # بلدية المحافظة "the governorate's municipality" (علي ... its mayor's name after it), نادي العاصمة
    return _Occurrence("organisation", type_, [(head, start, end), *name], 1, affiliation, None, own)


#: How many connectors (بن، آل، عبد) a founder's name after a body's head may hold past its three words.
_FOUNDERS_CONNECTORS = 2


def _name_words(name: list, lex: _Lexicon) -> int:
    """How many words of a body's ``name`` count towards its limit of three: every one, save in a name opening with
    a given name (a founder's: «مؤسسة عبدالرحمن بن صالح الراجحي»، «مؤسسة زايد بن سلطان آل نهيان»، «شركة عبد
    الرحمن سعد الراشد»), where up to :data:`_FOUNDERS_CONNECTORS` connectors (بن، آل، عبد) do not count: a man's
    name of three names and its بن or آل is one name, and the family name after them is the firm's."""
    if name[0][0] not in lex.first_names:
        return len(name)
    connectors = sum(word in lex.triggers.connectors for word, _, _ in name)
    return len(name) - min(connectors, _FOUNDERS_CONNECTORS)


def _the_conjunction_after_a_bare_name(word: str, name: list) -> bool:
    """``word`` (normalised), read after a body's name whose every word is bare (no article, no preposition
    glued to it: a proper name, ``زين``, ``لازارد``, ``روتشستر``), is و + a common word of Arabic news with
    the article (``world/common_words.txt``: ``والزيادة``, ``والأصول``, ``والمتخصص``): the conjunction opening
    the next phrase, not the name's word. A body's name of a construct takes و + a definite word only after a
    definite one (``جمعية الثقافة والفنون``, ``بنك التصدير والاستيراد``); a bare name is definite by itself
    and joins nothing after it (``شركة زين والزيادة في المصاريف``, ``بنك لازارد والأصول المتباينة``)."""
    if not name or not word.startswith("وال") or word[1:] not in common_words():
        return False
    return all(not w.startswith(("ال", "لل")) and not _PREPOSITION_ARTICLE_RE.match(w) for w, _, _ in name)


def _a_foreign_words_waw(word: str, name: list, lex: _Lexicon) -> bool:
    """``word`` (normalised), read after a body's name word, is a foreign name's next word whose first letter is
    the English w, not the conjunction و: ``جامعة نورث ويسترن`` (Northwestern), ``بنك ناشيونال ويستمنستر``, ``شركة
    أكيو ويذر``, ``نادي شيفيلد وينزداي``. Three signs, all needed: the word opens with وي or وو (w before a vowel:
    West, World, Wednesday; after the conjunction a word opening with ي or و is a verb, ``ويعمل``, or a first name,
    ``ويوسف``); the word before it is a foreign name's (no article, no common word of Arabic news: ``نورث``,
    ``ناشيونال``); the word less its و is no word (neither common, nor a first name, nor a name the gazetteer holds:
    ``يسترن``). ``جامعة هارفرد ومعرف``, ``جامعة كيمبردج وامبريال``, ``شركة زين وموبايلي`` stay و + a word."""
    if not name or len(word) < 4 or not word.startswith(("وي", "وو")):
        return False
    previous, bare = name[-1][0], word[1:]
    common = common_words()
    if previous.startswith(("ال", "و")) or previous in common or previous in lex.triggers.connectors:
        return False
    return bare not in common and bare not in lex.first_names and lex.entity(bare) is None


def _a_joint_second(head: str, name: list, word: str, lex: _Lexicon) -> bool:
    """``word`` is a ministry's second portfolio after و, a portfolio word itself (``وزارة التربية والتعليم``,
    ``وزارة الاقتصاد والمالية``: ``joint_portfolios``): one body, read on over the و (the hundred-and-twenty-seventh
    round; the portfolio word with its و read as no name's word cut it at the و). Only after a ministry's head
    (``إدارة التربية والتعليم`` stays as it was)."""
    return (
        bool(name) and head in lex.triggers.portfolio_heads and f"{name[-1][0]} {word}" in lex.triggers.joint_portfolios
    )


#: A dash between two words of a body's name (the eighty-eighth round): ``شركة فيات – كرايسلر``, ``«مرسيدس - بينز»``.
_NAME_DASH_RE = re.compile(rf"[ ]*[-\u2013][ ]*({_WORD})(?!\w)")  # a hyphen or an en dash


def _over_a_dash(norm: str, tokens: list, name: list, lex: _Lexicon) -> list:
    """The word after a dash that joins two foreign names into one body's name (``شركة فيات – كرايسلر``, ``شركة رولز-رويس``,
    ``نادي "سب-أكوا"``), when the name before it is one or two bare words that end
    the words read (the dash cut them) and the word after it is a name's word too: none with the article, no function
    word, no verb, no entity, no common word (``شركة سامسونج - إلى جانب``, ``بوما - العالمية``). A dash that opens an
    aside is followed by such a word."""
    if not name or len(name) > 2 or len(tokens) >= 4 or name[-1] != tokens[-1]:
        return []
    if any(w.startswith("ال") or not lex.name_like(w) for w, _, _ in name):
        return []
    m = _NAME_DASH_RE.match(norm, name[-1][2])
    if m is None:
        return []
    word = m.group(1)
    if (
        word.startswith(("ال", "و"))
        or lex.stops(word)
        or lex.not_name(word)
        or lex.entity(word) is not None
        or not lex.name_like(word)
        or _a_common_word(word, lex.counts)
        or _a_lone_verb(word, lex.counts)
    ):
        return []
    return [(word, m.start(1), m.end(1))]


def _a_perfect_verb(word: str, counts: Mapping[str, int]) -> bool:
    """``word`` (normalised) is a perfect verb with the feminine ت after a body's head or name (``وزارة
    الصحة ألزمت``، ``شركة سجلت``، ``مؤسسة مسك الخيرية أحدثت``): it ends in ت (not the plural ات), ي + its
    stem (the stem's first alef dropped: the form of أفعل، افتعل) is a common word, and so is the stem itself
    unless it starts with that alef (:data:`PERFECT_VERB_MIN`).
    A name's ت has no such imperfect (``مايكروسوفت``، ``ماركت``، ``الكبريت``، ``الكويت``), and a noun with
    the article is no verb written with أل (``البيت``: بيت is a word, يلبي no matter)."""
    if len(word) < 4 or not word.endswith("ت") or word.endswith("ات"):
        return False
    if word.startswith("ال") and counts.get(word[2:], 0) >= PERFECT_VERB_MIN:
        return False
    stem = word[:-1]
    root = stem[1:] if stem[0] == "ا" else stem
    if len(root) < 3 or (stem[0] != "ا" and counts.get(stem, 0) < PERFECT_VERB_MIN):
        return False  # شركة ديبوزيتي تراست: يتراس is common, but not تراس; an أفعل's own form is rarer (ألزم)
    return counts.get("ي" + root, 0) >= PERFECT_VERB_MIN


def _a_masculine_perfect_verb(word: str, counts: Mapping[str, int]) -> bool:
    """``word`` (normalised; no first name: :func:`_read_name` lets those through first) is a perfect
    verb of three or four letters where a name should open (``قرر``، ``أعلن``، ``استقبل``): itself a
    common word, and ي + it (its first alef dropped: أعلن → يعلن) too (:data:`PERFECT_VERB_MIN`). A
    foreign given name has no such imperfect (``تشيكو``، ``مارك``)."""
    if not 3 <= len(word) <= 6 or word.startswith("ال") or counts.get(word, 0) < PERFECT_VERB_MIN:
        return False
    root = word[1:] if word[0] in "اأ" else word
    return len(root) >= 3 and counts.get("ي" + root, 0) >= PERFECT_VERB_MIN


def _a_verbs_complement(tokens: list, at: int, lex: _Lexicon) -> bool:
    """Whether ``tokens[at]``, after a word that may be a verb (:func:`_a_masculine_perfect_verb`), is a
    common word (:data:`PERFECT_VERB_MIN`), or an indefinite accusative, a word with a pronoun or a
    plural (ending in ا، ه، ات), and no family name nor first name: the verb's object or subject
    (``قرر الاستغناء``، ``قضى نحبه``، ``تلقى طعنات``), not the family name of a given name spelt like a verb (``روي هودجسون``، ``ميل غيبسون``، ``عايد العنزي``)."""
    if at >= len(tokens):
        return False
    word = tokens[at][0]
    if word in lex.family_names or word in lex.first_names:
        return False
    if not word.startswith("ال") and word.endswith(("ا", "ه", "ات")):
        return True  # تضمن تقييما، قضى نحبه، تلقى طعنات: an accusative, a pronoun, a plural
    return lex.counts.get(word, 0) >= PERFECT_VERB_MIN


def _an_indefinite_description(head: str, tokens: list, lex: _Lexicon) -> bool:
    """A bare word after a body's head, then an indefinite adjective agreeing with the head
    (:func:`_indefinite_after`): ``بواسطة شركة محاماة كبيرة`` "by a big law firm" describes a body,
    names none (the two-hundred-and-nineteenth round). Not when the adjective opens a construct, as
    ``شركة هاليبرتون عملاق الخدمات النفطية`` "Halliburton, the oil services giant" does, nor after a
    word with the article (``أصبحت شركة الاتصالات كبيرة``: the adjective is said of a named body)."""
    if len(tokens) < 2 or tokens[0][0].startswith(("ال", "وال")):
        return False
    if len(tokens) > 2 and tokens[2][0].startswith("ال"):
        return False
    return _indefinite_after(head, tokens[1:], lex)


def _indefinite_after(head: str, tokens: list, lex: _Lexicon) -> bool:
    """The head's first word after it is an indefinite qualifier agreeing with it in gender (both with or
    both without ta marbuta, ه once normalised): ``مجلس معيّن``، ``منطقة معينة``; not ``منطقة معين``
    (a feminine noun before a masculine word: a name, the place Ma'in)."""
    if not tokens or tokens[0][0] not in lex.triggers.indefinite_after_head:
        return False
    return head.split(" ")[-1].endswith("ه") == tokens[0][0].endswith("ه")


def _an_adjective_of_the_noun_before(word: str, head: str, name: list, counts: Mapping[str, int]) -> bool:
    """``word`` (normalised) is a masculine nisba with the article after a feminine head and its feminine definite
    words only, which it agrees with none of: the adjective of the noun before the body, not the body's name's
    (``موقع وزارة الداخلية الإلكتروني`` "the interior ministry's website", the two-hundred-and-twenty-first round;
    ``لبيان وزارة المالية الصحفي`` "the finance ministry's press statement"). Masculine: it ends in ي and its
    feminine (+ ه) is a common word (:data:`PERFECT_VERB_MIN`), which a final ى normalised to ي has not
    (``الكبرى``). A masculine word in the name may take it (``هيئة الهلال الأحمر``, ``وزارة التعليم العالي``), and so
    may a masculine head (``مجلس التنمية السياحي``); a state's nisba is read before (``وكيل وزارة الخارجية الإيراني``)."""
    if not name or not head.split(" ")[-1].endswith("ه"):
        return False
    if not all(w.startswith("ال") and w.endswith("ه") for w, _, _ in name):
        return False
    return _is_nisba(word) and not word.endswith("يه") and counts.get(word + "ه", 0) >= PERFECT_VERB_MIN


def _past_the_portfolio(word: str, name: list) -> bool:
    """A word that cannot go on a ministry's name: ل + a bare noun (``لابتعاث``), or a bare word after a
    word with the article (``الصحة سليمان``); not ``للشؤون``, not the construct's first word (``وزارة شؤون``)."""
    if word.startswith(("ال", "وال", "لل")):
        return False
    return word[0] == "ل" or bool(name and name[-1][0].startswith(("ال", "وال")))


def _after_place(norm: str, start: int, end: int, head: str, type_: str, in_name: bool, lex: _Lexicon):
    tokens = _tokens(norm, end, 2)
    if _indefinite_after(head, tokens, lex):
        return None  # منطقة معينة: "a certain area", a common noun; not منطقة معين (a name: no agreement)
    name: list = []
    opened = bool(tokens) and tokens[0][0] in lex.triggers.toponym_heads
    for word, s, e in tokens[1:] if opened else tokens:
        if lex.stops(word) or lex.not_name(word) or lex.entity(word) is not None:
            break
        if _PREPOSITION_ARTICLE_RE.match(word):
            break
        if word.startswith("ال"):
            if not name and (lex.common_noun(word) or word in lex.triggers.place_not_names):
                return None
            if name and not opened and not in_name and _an_adjective_of_the_noun(word, head, name, lex):
                break  # بلدة بريتال البقاعية، إقليم بادخشان النائي: the noun's adjective, not the name's
        elif word[0] == "و" or not (lex.name_like(word) or (opened and word in lex.first_names)):
            break  # (a first name after a toponym's head: رأس عيسى)
        name.append((word, s, e))
    if not name:
        return None
    if opened:  # منطقة رأس عيسى: the toponym's head is part of its name, and one word follows it
        name = [tokens[0], name[0]]
    if in_name:
        return _Occurrence("place", type_, [(head, start, end), *name], 1, None, None)
    return _Occurrence("place", type_, name, 0, None, None)


#: An item of a quoted list: a separator (none before the first), a quoted name of one or two words.
_QUOTED_ITEM_RE = re.compile(rf'[ ]*(?:[،,][ ]*)?(?:و[ ]*)?"({_WORD}(?: {_WORD})?)"')


def _an_adjective_of_the_noun(word: str, head: str, name: list, lex: _Lexicon) -> bool:
    """``word`` (normalised, with the article), after a place's first word, is a nisba agreeing with the place
    noun before the name (feminine ``يه`` after a feminine noun, masculine ``ي`` after a masculine one), so
    the noun's adjective: ``بلدة بريتال البقاعية`` "the Bekaa town of Britel", ``إقليم بادخشان النائي`` "the
    remote province of Badakhshan", ``قرية غولوفينكا الحدودية``. Not an adjective that goes with the name
    (``place_name_adjectives``: a compass point, ``ولاية كارولينا الشمالية``; a venue's kind, ``مدينة سبورتي
    الرياضية``), nor a name word of the other gender (``ولاية عين الدفلى``, once normalised ``الدفلي``); not
    after a first word with the article (``ولاية الهيئتين الرئاسية`` "the two bodies' term": a common noun) or
    a given name, nor a feminine one after a feminine first word, which it may agree with (``قرية حليمة
    السعدية``, a village named after the Prophet's wet nurse, the nisba hers)."""
    first = name[0][0]
    if first.startswith("ال") or first in lex.first_names or (first.endswith("ه") and word.endswith("يه")):
        return False
    if not _is_nisba(word) or word in lex.triggers.place_name_adjectives:
        return False
    return head.split(" ")[-1].endswith("ه") == word.endswith("يه")


def _quoted_list(norm: str, end: int, head: str, type_: str, lex: _Lexicon) -> list:
    """The places of a quoted list after a plural place noun, one per item: ``بمناطق "المهدية"
    و"التومة" و"الزوارعة"`` (an army statement, SaudiNewsNet 2015-07-22-929). An item the gazetteer
    knows, a common noun or a word that is no name is skipped (the list goes on). Without quotes a
    plural noun reads nothing: ``مناطق الغابات`` are forest areas, ``مناطق مدائن عدن`` Aden's towns."""
    rows = []
    pos = end
    while (m := _QUOTED_ITEM_RE.match(norm, pos)) is not None:
        pos = m.end()
        words = [(w.group(), m.start(1) + w.start(), m.start(1) + w.end()) for w in _WORD_RE.finditer(m.group(1))]
        if all(_a_listed_name_word(word, k == 0, lex) for k, (word, _, _) in enumerate(words)):
            rows.append(_Occurrence("place", type_, words, 0, None, None, trigger=head))
    return rows


def _a_listed_name_word(word: str, opens: bool, lex: _Lexicon) -> bool:
    """Whether a word of a quoted list's item may be a place's name (as :func:`_after_place` reads one)."""
    if lex.stops(word) or lex.not_name(word) or lex.entity(word) is not None:
        return False
    if word.startswith("ال"):
        return not (opens and lex.common_noun(word))
    return lex.name_like(word)


def _trigger_regex(triggers: Triggers) -> tuple[WordStartRegex, dict[str, tuple[str, str]]]:
    r"""One regex for every trigger with its proclitics, group ``t`` the trigger (what
    ``(?<!\w)[وف]?[بلك]?(?P<t>…)(?!\w)`` finds; ``لل`` for ل + ``ال``), and the table from a matched form to
    (category, trigger key)."""
    forms: dict[str, tuple[str, str]] = {}
    for category, keys in (("title", triggers.titles), ("organisation", triggers.organisations),
                           ("place", triggers.places)):  # fmt: skip
        for key in keys:
            forms.setdefault(key, (category, key))
            if key.startswith("ال"):
                forms.setdefault("ل" + key[1:], (category, key))
    return WordStartRegex(rf"[وف]?[بلك]?(?P<t>{trie_regex(forms, space=' +')})(?!\w)"), forms


# --- the n-gram fallback -----------------------------------------------------------------------


class _Ngrams:
    """Runs of two or three name-like words (no article on the first, no nisba, no known alias),
    counted by article over the chunks; the frequent ones become occurrences."""

    def __init__(self, lex: _Lexicon, doc_codes: np.ndarray):
        self.lex, self.doc_codes = lex, doc_codes
        self.articles: Counter = Counter()
        self.seen: set = set()
        self.spans: dict[tuple, list] = {}
        self._ok: dict[tuple[str, bool], bool] = {}

    def ok(self, word: str, first: bool) -> bool:
        value = self._ok.get((word, first))
        if value is None:
            lex = self.lex
            unusable = len(word) < 3 or lex.stops(word) or word in lex.triggers.connectors or lex.not_name(word)
            if unusable or lex.entity(word) is not None or _PREPOSITION_ARTICLE_RE.match(word):
                value = False
            elif word.startswith("ال"):
                value = not first and not lex.common_noun(word) and not _is_nisba(word)
            else:
                value = word[0] != "و" and lex.name_like(word)
            self._ok[(word, first)] = value
        return value

    def add(self, chunk: _Chunk, number: int) -> None:
        run: list = []
        for m in _TOKEN_RE.finditer(chunk.norm):
            word = m.group("w")
            if word is not None and self.ok(word, not run):
                run.append((word, m.start("w"), m.end("w")))
                continue
            if len(run) >= 2:
                self._flush(run, chunk, number)
            run = []
            if word is not None and self.ok(word, True):
                run.append((word, m.start("w"), m.end("w")))
        if len(run) >= 2:
            self._flush(run, chunk, number)

    def _flush(self, run: list, chunk: _Chunk, number: int) -> None:
        row = chunk.first_row + int(np.searchsorted(chunk.starts_norm, run[0][1], side="right")) - 1
        doc = self.doc_codes[row]
        for n in (2, 3):
            for i in range(len(run) - n + 1):
                words = run[i : i + n]
                gram = tuple(w for w, _, _ in words)
                if (gram, doc) not in self.seen:
                    self.seen.add((gram, doc))
                    self.articles[gram] += 1
                    spans = self.spans.setdefault(gram, [])
                    if len(spans) < NGRAM_SPANS:
                        spans.append((number, words))

    def occurrences(self, min_articles: int) -> list[tuple[_Occurrence, int]]:
        wanted = max(min_articles, 2)
        return [
            (_Occurrence("ngram", "name", words, len(words) - 1, None, None), number)
            for gram, count in self.articles.items()
            if count >= wanted
            for number, words in self.spans[gram]
        ]


# --- the table ---------------------------------------------------------------------------------


def discover(
    sentences: pd.DataFrame,
    mentions: pd.DataFrame,
    gazetteer: Gazetteer,
    *,
    top: int | None = None,
    min_articles: int = 2,
    ngrams: bool = False,
    triggers: Triggers | None = None,
) -> pd.DataFrame:
    """Candidate actors and places the gazetteer lacks, best first (:data:`DISCOVERY_COLUMNS`).

    ``sentences`` is the sentences table (doc_id, sentence_idx, start, text), ``mentions`` the
    mentions table of the same corpus found with ``gazetteer``. Candidates seen in fewer than
    ``min_articles`` articles are left out; ``top`` keeps the first ``top``.

    >>> discover(sentences_of("قال رئيس الوزراء العراقي حيدر العبادي"), no_mentions, gazetteer)  # doctest: +SKIP
    name_ar='حيدر العبادي' kind='actor' type='person' affiliation='iraq' ...
    """
    triggers = triggers or load_triggers()
    if sentences.empty:
        return _empty()
    # What the build discovered (analysis/extract/discovered.py) is still a candidate here, unless the build
    # read it as a gazetteer entity: وزارة الداخلية in a Saudi paper is the home state's ministry, no candidate.
    # A name the build read as a gazetteer entity somewhere is no candidate anywhere: وزارة الداخلية left
    # unread is another state's ministry of the same name (Ukraine's, Iraq's), a portfolio, not one new actor.
    read_as_known: set[str] = set()
    if "alias_kind" in mentions:
        read = mentions["alias_kind"].eq("discovered") & mentions["entity_id"].isin(gazetteer.entities.keys())
        # Of two words or more: a surname alone read as a known person (الحصين) may be a place's name too.
        keys = (_surface_key(s) for s in mentions.loc[read, "surface"].astype(str).unique())
        read_as_known = {k for k in keys if " " in k}
        mentions = mentions[~(mentions["alias_kind"].eq("discovered") & ~read)]
    sentences = sentences.reset_index(drop=True)
    texts = sentences["text"].astype(str).tolist()
    doc_codes, doc_ids = pd.factorize(sentences["doc_id"])
    chunks = list(_chunks(texts))
    lex = _Lexicon(_word_counts(chunks), triggers, gazetteer)
    regex, forms = _trigger_regex(triggers)

    found: list[tuple[_Occurrence, int]] = []  # (occurrence, its chunk)
    grams = _Ngrams(lex, doc_codes)
    for number, chunk in enumerate(chunks):
        found.extend((o, number) for o in _scan(chunk.norm, lex, triggers, regex, forms))
        if ngrams:
            grams.add(chunk, number)
    if ngrams:
        found.extend(grams.occurrences(min_articles))
    if not found:
        return _empty()

    occ = _occurrence_table(found, chunks, texts, doc_codes)
    occ = _drop_mentioned(occ, sentences, mentions)
    occ = _exclude_known(occ, gazetteer, read_as_known)
    occ = _drop_bare_portfolios(
        occ, triggers.bare_portfolio_heads, triggers.sport_heads, triggers.sports, triggers.trade_heads, triggers.trades
    )
    occ = _drop_local_bodies(occ, triggers.local_body_names)
    occ = _drop_produce_places(occ, triggers.produce_names)
    occ = _drop_lone_words(occ, lex.counts, first_names())
    occ = _drop_cut_lineages(occ, first_names())
    occ = _merge_variants(occ)
    occ = _drop_inflected_heads(occ, lex.counts)
    occ = _drop_shared_neighbourhoods(occ, mentions, doc_ids, gazetteer)
    table = _aggregate(occ, sentences, mentions, doc_ids, gazetteer, min_articles)
    if top is not None:
        table = table.head(top).reset_index(drop=True)
    return table


@dataclass
class _Chunk:
    """A run of sentences joined by line ends, normalised once."""

    first_row: int  # the sentence row of the first sentence
    norm: str
    offsets: Any  # OffsetMap back to the joined original
    starts_original: np.ndarray  # where each sentence starts in the joined original
    starts_norm: np.ndarray  # ... and in norm


def _chunks(texts: list[str], size: int = 2_000_000):
    """The sentences in chunks of about ``size`` characters: normalising a few megabytes at a time
    keeps the numpy arrays of :func:`normalize_with_offsets` small."""
    first = 0
    while first < len(texts):
        last, total = first, 0
        while last < len(texts) and (total < size or last == first):
            total += len(texts[last]) + 1
            last += 1
        part = texts[first:last]
        joined = "\n".join(part)
        norm, offsets = normalize_with_offsets(joined)
        lengths = np.fromiter((len(t) + 1 for t in part), dtype=np.int64, count=len(part))
        starts_original = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        yield _Chunk(first, norm, offsets, starts_original, offsets.to_normalized_array(starts_original))
        first = last


def _word_counts(chunks: list[_Chunk]) -> dict[str, int]:
    """How often each normalised word occurs (pandas counts strings several times faster than Counter)."""
    parts = [pd.Series(_WORD_RE.findall(chunk.norm), dtype=object).value_counts() for chunk in chunks]
    counts = pd.concat(parts).groupby(level=0).sum() if len(parts) > 1 else parts[0]
    return dict(zip(counts.index.tolist(), counts.to_numpy().tolist()))


def _scan(norm: str, lex: _Lexicon, triggers: Triggers, regex: WordStartRegex, forms: dict) -> list[_Occurrence]:
    rows = []
    for m in regex.finditer(norm):
        category, key = forms[_matched_key(m.group("t"))]
        start, end = m.span("t")
        if category == "title":
            if _previous_word(norm, start, lex) in triggers.named_after:
                continue  # مطار الأمير محمد بن عبدالعزيز، ملعب الأمير عبدالله الفيصل: a place named after a person
            family = key in triggers.family_titles and norm[start:end] == key and _after_a_lineage(norm, start)
            # صالح بن عبدالله القاضي: right after a father's name the title is the man's family name, no title
            found = None if family else _after_title(norm, end, key, triggers, lex)
            if lex.first_names and key not in lex.ambiguous_titles and (start == 0 or not norm[start - 1].isalnum()):
                before = _before_title(norm, start, lex)
                if before is not None:
                    if family and _a_fathers_name(before.words):
                        before.words = [*before.words, (key, start, end)]
                        before.closing_family = True
                    before.trigger = key
                    rows.append(before)
        elif category == "organisation":
            found = _after_organisation(norm, start, end, key, triggers.organisations[key], lex)
        else:
            type_, in_name = triggers.places[key]
            if key in triggers.in_name_place_nouns and _previous_word(norm, start, lex) in triggers.in_name_heads:
                continue  # جامعة ولاية متشجن: Michigan State University, not the state
            if key in triggers.place_lists:  # a plural noun: only a quoted list (مناطق الغابات: "forest areas")
                rows.extend(_quoted_list(norm, end, key, type_, lex))
                continue
            found = _after_place(norm, start, end, key, type_, in_name, lex)
        if found is not None:
            found.trigger = key
            rows.append(found)
    return rows


def _occurrence_table(
    found,
    chunks,
    texts,
    doc_codes,
    keeps: Callable[[str, str, str, str], bool] | None = None,
    known: Set[str] | Mapping[str, Any] = frozenset(),
) -> pd.DataFrame:
    """One row per occurrence, its name cut by support (see the module docstring); positions as
    the sentence row and offsets into the sentence text. With ``keeps``, a word stays in the name
    when ``keeps(word, the word before it, the word after it, the word two before it)`` (that last one بن before a
    father's name, :func:`analysis.extract.discovered._a_plural_in_construct_run_on`), whatever the support: the build
    reads each article on its own (:mod:`analysis.extract.discovered`). ``known``: the gazetteer's keys, words that are
    mentions of their own (a state's nisba), never a body's agreeing adjective (:func:`_an_agreeing_plural`)."""
    prefixes: Counter = Counter()
    for row, _ in found:
        words = tuple(w for w, _, _ in row.words)
        for k in range(row.first_name_word + 1, len(words) + 1):
            prefixes[(row.found_by, words[:k])] += 1
    records = []
    given = first_names()
    for row, number in found:
        words = tuple(w for w, _, _ in row.words)
        if not row.quoted and _an_indefinite_first_word(chunks[number], texts, row, given):
            continue  # وأضاف الرئيس مخاطبًا رجال الأمن "addressing the security men": no name
        k = row.first_name_word + 1
        agreed = False  # a body's plural noun read with its adjective (_an_agreeing_plural)
        while k < len(words):
            if row.quoted:
                k = len(words)  # between quotation marks: the whole name
                break
            if _written_with_tanwin(chunks[number], texts, row.words[k]):
                break  # سيتقاضى رودريجز راتبًا أسبوعيًا "a weekly salary": the name ends before the indefinite word
            if _a_proclitic_before_a_hamza(chunks[number], texts, row.words[k]):
                break  # الرائد بدر السحيباني فإن المتهمين، بترو بوروشنكو بإحقاق السلام: the next phrase
            if row.closing_family and k == len(words) - 1:
                k += 1  # بدر بن محمد الطالب: the family name after بن and a father's name, a word or not
                continue
            longer, shorter = prefixes[(row.found_by, words[: k + 1])], prefixes[(row.found_by, words[:k])]
            if (keeps is not None and row.found_by == "organisation" and words[k] not in known
                    and _an_agreeing_plural(words[k], words[k - 1])):  # fmt: skip
                k += 1  # جمعية الأطفال المعوقين، مجلس المديرين التنفيذيين: the plural noun's own adjective
                agreed = True  # (not جمعية النحالين البريطانيين: a state's nisba, the state's own mention)
                continue
            if agreed:
                break  # وعضو جمعية الأطفال المعوقين بندر بن عثمان: the adjective closes the name, the next phrase
            if keeps is not None:
                if row.found_by == "title" and _an_opening_quote_between(chunks[number].norm, row.words[k - 1],
                                                                         row.words[k]):  # fmt: skip
                    break  # رئيس نادي الوحدة هشام مرسي «هشتاق»: the quoted word after a man's name, the next phrase
                if (_a_closing_quote_between(chunks[number].norm, row.words[k - 1], row.words[k])
                        and (row.found_by != "title" or k - 1 > row.first_name_word)):  # fmt: skip
                    break  # المهاجم “نايف هزازي” بكدمة: the quoted name ends at its closing mark
                following = words[k + 1] if k + 1 < len(words) else ""
                if not keeps(words[k], words[k - 1], following, words[k - 2] if k >= 2 else ""):
                    break
            elif not (longer >= MIN_SUPPORT or (longer >= 2 and longer >= EXTEND_SHARE * shorter)):
                break
            k += 1
        while k > row.first_name_word + 1 and words[k - 1] in _INNER_ONLY and not row.quoted:
            k -= 1
        own = k if row.own_words is None else min(k, row.own_words)
        records.append((row.found_by, row.type, words[:k], number, row.words[0][1], row.words[k - 1][2],
                        row.words[own - 1][2], row.affiliation, row.context, k < len(words)))  # fmt: skip
    columns = ["found_by", "type", "words", "chunk", "nstart", "nend", "ncheck", "affiliation", "context", "cut"]
    occ = pd.DataFrame(records, columns=columns)
    sentence_row = np.empty(len(occ), dtype=np.int64)
    ostart = np.empty(len(occ), dtype=np.int64)
    oend = np.empty(len(occ), dtype=np.int64)
    ocheck = np.empty(len(occ), dtype=np.int64)
    for number, index in occ.groupby("chunk").indices.items():
        chunk = chunks[number]
        local = np.searchsorted(chunk.starts_norm, occ["nstart"].to_numpy()[index], side="right") - 1
        span = chunk.offsets.to_original_array(
            np.stack([occ["nstart"].to_numpy()[index], occ["nend"].to_numpy()[index] - 1])
        )
        sentence_row[index] = chunk.first_row + local
        ostart[index] = span[0] - chunk.starts_original[local]
        oend[index] = span[1] + 1 - chunk.starts_original[local]
        check = chunk.offsets.to_original_array(occ["ncheck"].to_numpy()[index] - 1)
        ocheck[index] = check + 1 - chunk.starts_original[local]
    occ["sentence_row"], occ["ostart"], occ["oend"], occ["ocheck"] = sentence_row, ostart, oend, ocheck
    occ["doc"] = doc_codes[sentence_row]
    occ["surface"] = [texts[r][s:e] for r, s, e in zip(sentence_row.tolist(), ostart.tolist(), oend.tolist())]
    occ["key"] = [_group_key(w, f) for w, f in zip(occ["words"].tolist(), occ["found_by"].tolist())]
    return occ.drop(columns=["chunk", "nstart", "nend", "ncheck"])


#: The tanwin of the accusative (ً), deleted by normalising: an indefinite noun or adjective (راتبًا "a salary",
#: عميدًا "a dean", مخاطبًا "addressing"), no word of a name.
_TANWIN = "\u064b"
_MARK_RE = re.compile(f"[{DIACRITICS}]")


def _an_agreeing_plural(word: str, previous: str) -> bool:
    """``word`` (normalised), read after ``previous`` in a body's name, is the plural adjective of the definite plural
    of people before it: a nisba's or a participle's sound plural with the article (``السعوديين``، ``المعوقين``; not
    ``الماضيين``, whose م is the root's) after a sound plural (``المهندسين``، ``الصحفيين``) or a broken one of the
    shapes أفعال, أفعلاء and فعلاء (``الاطفال``، ``الاطباء``، ``العلماء``); not a verb's object after a singular noun or
    a name (``وزارة الداخلية المواطنين``، ``نادي الهلال اللاعبين``), nor a relative pronoun (``الذين``). The caller
    leaves out a word the gazetteer holds (``البريطانيين``، ``السعوديين``: a state's nisba is read as the state, and a
    body's name over it would overlap that mention and be dropped, cut name and all)."""
    if not (word.startswith("ال") and word.endswith(("ين", "ون")) and previous.startswith("ال")):
        return False
    if not (word.endswith(("يين", "يون")) or (word[2] == "م" and word[3] != "ا")) or word.startswith("الذ"):
        return False
    bare = previous[2:]
    return len(bare) >= 5 and (
        bare.endswith(("ين", "ون", "اء"))  # a sound plural; فعلاء، أفعلاء: علماء، اطباء، ادباء
        or (len(bare) == 5 and bare[0] == "ا" and bare[3] == "ا")  # أفعال: اطفال، ايتام
    )


def _written_with_tanwin(chunk: _Chunk, texts: list[str], word: tuple[str, int, int]) -> bool:
    """Whether ``word`` (normalised, start, end in ``chunk.norm``) is written with the accusative's tanwin
    (the hundred-and-forty-second round): read in the sentence's original text, as normalising deletes the mark, on the
    letters and the marks after the last (راتبًا, قراراً). Most words have no mark deleted: no look-up then."""
    _, start, end = word
    if not chunk.offsets.deleted_within(start, end):
        return False
    local = int(np.searchsorted(chunk.starts_norm, start, side="right")) - 1
    text, base = texts[chunk.first_row + local], int(chunk.starts_original[local])
    ostart, oend = chunk.offsets.to_original(start) - base, chunk.offsets.to_original(end - 1) + 1 - base
    while oend < len(text) and _MARK_RE.match(text, oend):
        oend += 1
    return _TANWIN in text[ostart:oend]


#: The hamza-alefs a word may open with after a proclitic, in the original text (normalising writes them ا).
_HAMZA_ALEFS = "أإآ"
#: The one-letter proclitics no word of a name is written with before a hamza-alef: the conjunction ف and the
#: prepositions ب and ك (not ل: «جمعية تمكين لأيتام الشرقية» is a charity's name).
_HAMZA_PROCLITICS = "فبك"


def _a_proclitic_before_a_hamza(chunk: _Chunk, texts: list[str], word: tuple[str, int, int]) -> bool:
    """Whether ``word`` (normalised, start, end in ``chunk.norm``) is written in the sentence's original text as a
    proclitic of :data:`_HAMZA_PROCLITICS` glued to a word opening with a hamza-alef: the
    conjunction ف before a particle or a verb (``فإن`` "then, indeed", ``فأحرقت`` "and it burned", the
    hundred-and-ninety-ninth round), the preposition ب or ك before a noun (``بإحقاق`` "by bringing about", ``بأبها``
    "in Abha", ``كأمين`` "as secretary"), opening the sentence's next phrase, never a word of a name: a name's ف- or
    ب-word is written with a bare alef (فان "van" in لويس فان جال, فاضل، فايز, the Hadhrami با of باعجاجة، باسلامة),
    and normalising makes both ``فا``/``با``, so the original letters decide. Not ب or ك before two letters (كأس
    "cup", بأس): a word of its own."""
    norm, start, _ = word
    if norm[0] not in _HAMZA_PROCLITICS or norm[1:2] != "ا" or (norm[0] != "ف" and len(norm) < 4):
        return False
    local = int(np.searchsorted(chunk.starts_norm, start, side="right")) - 1
    text, base = texts[chunk.first_row + local], int(chunk.starts_original[local])
    at = chunk.offsets.to_original(start + 1) - base  # the letter after the proclitic
    while at < len(text) and _MARK_RE.match(text, at):
        at += 1  # فَإِنَّ: a mark after ف
    return at < len(text) and text[at] in _HAMZA_ALEFS


def _an_indefinite_first_word(chunk: _Chunk, texts: list[str], row: _Occurrence, given: Set[str]) -> bool:
    """Whether the name's first word is written with the tanwin and is no first name in the accusative
    (``مخاطبًا رجال`` after الرئيس, ``مرشداً تربوياً`` after اللاعب; not ``الوزير سعودًا الفيصل``)."""
    if row.first_name_word >= len(row.words):
        return False
    word = row.words[row.first_name_word]
    return _written_with_tanwin(chunk, texts, word) and word[0].removesuffix("ا") not in given


def _an_opening_quote_between(norm: str, before: tuple[str, int, int], word: tuple[str, int, int]) -> bool:
    """Whether a quotation mark opens right before ``word``, after the name word ``before`` and a
    space (the hundred-and-eighteenth round): in a person's name read after a title it ends the name
    («أطلق رئيس نادي الوحدة هشام مرسي «هشتاق»» a hashtag, «سيرجيو راموس "ملتزم"» what he said). Not in
    a body's: a description's quoted name follows it («شركة النفط الوطنية «بتروبراس»»); nor before one
    word with the article quoted alone, an epithet (كيسنجر "الثعلب"، الأمير عبدالله الفيصل "المحروم")."""
    gap = norm[before[2] : word[1]]
    if word[0].startswith("ال") and norm[word[2] : word[2] + 1] in _QUOTES:
        return False
    return gap[:1] == " " and gap.rstrip(" ")[-1:] in _QUOTES


def _a_closing_quote_between(norm: str, before: tuple[str, int, int], word: tuple[str, int, int]) -> bool:
    """Whether a quotation mark closes right after the name word ``before`` (written against it, a space
    after it) and before ``word`` (the two-hundred-and-second round): a name read between quotation marks
    ends at the closing one, the next word is the next phrase («اصابة المهاجم “نايف هزازي” بكدمة»). A
    quote with no space on either side (``هزازي"بكدمة``) may open or close, and is passed over as before. Not
    after a title's one quoted word (``مدير برنامج «فطن» العريني``, ``زعيم حركة «كاخ» مائير كهانا``): that word is
    the complement's name (a programme, a movement), the man's name follows it; the caller reads on there."""
    gap = norm[before[2] : word[1]]
    return gap[:1] in _QUOTES and gap[1:2] == " "


def _group_key(words: tuple[str, ...], found_by: str) -> str:
    key = " ".join(words).replace("عبد ", "عبد")
    if found_by == "place" and key.startswith("ال"):
        key = key[2:]
    return key


def sentence_rows(sentences: pd.DataFrame, spans: pd.DataFrame) -> np.ndarray:
    """The row of ``sentences`` each row of ``spans`` (``doc_id``, ``sentence_idx``) is in, as floats:
    NaN where the table has no such sentence."""
    row_of = pd.Series(np.arange(len(sentences)), index=pd.MultiIndex.from_arrays(
        [sentences["doc_id"], sentences["sentence_idx"]]))  # fmt: skip
    return row_of.reindex(pd.MultiIndex.from_arrays([spans["doc_id"], spans["sentence_idx"]])).to_numpy()


def _drop_mentioned(occ: pd.DataFrame, sentences: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """Occurrences overlapping a gazetteer mention (``حزب العمال الكردستاني`` when it is an alias)."""
    if mentions.empty or occ.empty:
        return occ
    inside = mentions[mentions["sentence_idx"] >= 0]
    rows = sentence_rows(sentences, inside)
    known = ~np.isnan(rows)
    rows = rows[known].astype(np.int64)
    # One coordinate for every sentence: row * 2**32 + offset into the sentence.
    base = rows * _ROW - sentences["start"].to_numpy(dtype=np.int64)[rows]
    m_start = inside["start"].to_numpy(dtype=np.int64)[known] + base
    m_end = inside["end"].to_numpy(dtype=np.int64)[known] + base
    order = np.argsort(m_start, kind="stable")
    m_start, m_end = m_start[order], np.maximum.accumulate(m_end[order])
    o_base = occ["sentence_row"].to_numpy(dtype=np.int64) * _ROW
    # A trailing nisba the gazetteer knows (وكالة الأنباء السعودية) may be a mention of its own.
    o_start, o_end = o_base + occ["ostart"].to_numpy(), o_base + occ["ocheck"].to_numpy()
    j = np.searchsorted(m_start, o_end, side="left") - 1
    overlaps = (j >= 0) & (m_end[np.maximum(j, 0)] > o_start)
    return occ[~overlaps].reset_index(drop=True)


def _surface_key(surface: str) -> str:
    """A mention's surface as an occurrence key (normalised words, عبد joined)."""
    return " ".join(_WORD_RE.findall(normalize(surface))).replace("عبد ", "عبد")


def _exclude_known(occ: pd.DataFrame, gazetteer: Gazetteer, read_as_known: Set[str] = frozenset()) -> pd.DataFrame:
    """Occurrences whose key is an alias of the gazetteer, or a name the build read as a gazetteer entity."""
    known = gazetteer.by_key
    keys = occ["key"].unique()

    def is_known(key: str) -> bool:
        forms = {key, "ال" + key, key[2:] if key.startswith("ال") else key, key.replace("عبد", "عبد ")}
        return any(f in known or f in read_as_known for f in forms)

    dropped = {k for k in keys if is_known(k)}
    return occ[~occ["key"].isin(dropped)].reset_index(drop=True)


def _merge_variants(occ: pd.DataFrame) -> pd.DataFrame:
    """Join a shorter name to the longer names it starts (or, one word, ends) when those longer
    names are one chain (``سلمان`` → ``سلمان بن عبدالعزيز`` → ``سلمان بن عبدالعزيز آل سعود``: all
    join the longest) or one of them has :data:`DOMINANT_SHARE` of their occurrences. A one-word title name that starts several different names (``محمد``) is
    ambiguous and dropped."""
    merged = occ["key"].copy()
    ambiguous: set[str] = set()
    for found_by, group in occ.groupby("found_by"):
        sizes = group["key"].value_counts()
        keys = list(sizes.index)
        by_prefix: dict[str, set[str]] = {}
        by_last: dict[str, set[str]] = {}
        for key in keys:
            words = key.split(" ")
            for k in range(1, len(words)):
                by_prefix.setdefault(" ".join(words[:k]), set()).add(key)
            if len(words) > 1 and found_by == "title":
                by_last.setdefault(words[-1], set()).add(key)
        mapping = {}
        for key in keys:
            longer = by_prefix.get(key) or by_last.get(key) or set()
            if not longer:
                continue
            longest = max(longer, key=lambda k: (len(k.split(" ")), k))
            dominant = max(longer, key=lambda k: (sizes[k], k))
            if all(longest.startswith(k + " ") or longest == k for k in longer):
                mapping[key] = longest
            elif sizes[dominant] >= DOMINANT_SHARE * sum(sizes[k] for k in longer):
                mapping[key] = dominant
            elif found_by == "title" and " " not in key:
                ambiguous.add(f"{found_by}|{key}")
        mask = (occ["found_by"] == found_by).to_numpy()
        merged[mask] = occ.loc[mask, "key"].map(lambda k, table=mapping: table.get(k, k))
    occ = occ.assign(key=merged)
    return occ[~(occ["found_by"] + "|" + occ["key"]).isin(ambiguous)].reset_index(drop=True)


def _aggregate(occ, sentences, mentions, doc_ids, gazetteer: Gazetteer, min_articles: int) -> pd.DataFrame:
    if occ.empty:
        return _empty()
    occ = occ.assign(cid=occ["found_by"] + "|" + occ["key"])
    grouped = occ.groupby("cid", sort=False)
    stats = grouped.agg(articles=("doc", "nunique"), mentions=("doc", "size"))
    stats = stats[stats["articles"] >= min_articles]
    if stats.empty:
        return _empty()
    occ = occ[occ["cid"].isin(stats.index)]
    grouped = occ.groupby("cid", sort=False)

    surfaces = occ.groupby(["cid", "surface"]).size().rename("n").reset_index()
    surfaces = surfaces.sort_values(["cid", "n", "surface"], ascending=[True, False, True])
    aliases = surfaces.groupby("cid", sort=False)["surface"].agg(tuple)
    types = (
        occ.groupby(["cid", "type"]).size().rename("n").reset_index().sort_values(["cid", "n"], ascending=[True, False])
    )
    type_of = types.drop_duplicates("cid").set_index("cid")["type"]
    found_by = grouped["found_by"].first()

    # Affiliation: the entity after the title, else the nisba, else the actor most co-mentioned.
    occurrences = occ.groupby("cid").size()
    affil = _mode(occ.dropna(subset=["affiliation"]), "affiliation", occurrences)
    nisba = _mode(occ.dropna(subset=["context"]), "context", occurrences)
    comentioned = _comentioned(occ, sentences, mentions, gazetteer)

    table = stats.copy()
    table["found_by"] = found_by
    table["kind"] = np.where(table["found_by"] == "place", "region", "actor")
    table["type"] = type_of
    table["aliases"] = aliases
    table["name_ar"] = [a[0].strip() for a in table["aliases"]]
    actor_guess = comentioned.get("actor", {})
    region_guess = comentioned.get("region", {})
    table["affiliation"] = [
        None if kind == "region" else affil.get(cid) or nisba.get(cid) or actor_guess.get(cid)
        for cid, kind in zip(table.index, table["kind"])
    ]
    table["parent"] = [
        region_guess.get(cid) if kind == "region" else None for cid, kind in zip(table.index, table["kind"])
    ]
    table["keyness"] = _keyness(occ, table, mentions, doc_ids)
    sign = np.sign(table["keyness"].to_numpy())
    table["score"] = np.log2(1 + table["articles"].to_numpy()) + 0.1 * sign * np.log2(1 + np.abs(table["keyness"]))
    table.loc[table["found_by"] == "ngram", "score"] -= NGRAM_PENALTY
    table["name_en"] = [transliterate(n) for n in table["name_ar"]]
    table["entity_id"] = [_slug(n) for n in table["name_en"]]
    table["evidence"] = _evidence(occ, sentences, doc_ids).reindex(table.index)
    table = table.sort_values(["score", "articles", "name_ar"], ascending=[False, False, True], kind="stable")
    table = table.reset_index(drop=True)
    table["keyness"] = table["keyness"].round(2)
    table["score"] = table["score"].round(3)
    return table[DISCOVERY_COLUMNS]


def _mode(frame: pd.DataFrame, column: str, occurrences: pd.Series) -> dict:
    """Per candidate, the value of ``column`` its occurrences give most often, when that value is in
    :data:`AFFILIATION_SHARE` of the candidate's ``occurrences`` (cid → count): on SaudiNewsNet the bare
    «وزارة الداخلية» (970 mentions, the Saudi ministry nearly everywhere) was guessed Austrian on the two
    occurrences followed by النمساوية, and «وزارة الخارجية» Eritrean."""
    if frame.empty:
        return {}
    counts = frame.groupby(["cid", column]).size().rename("n").reset_index()
    counts = counts.sort_values(["cid", "n", column], ascending=[True, False, True]).drop_duplicates("cid")
    counts = counts[counts["n"] >= AFFILIATION_SHARE * occurrences.reindex(counts["cid"]).to_numpy()]
    return dict(zip(*counts[["cid", column]].T.to_numpy()))


def _comentioned(occ, sentences, mentions, gazetteer: Gazetteer) -> dict[str, dict]:
    """Per candidate, the gazetteer actor (a state, government or country) and region most often
    mentioned in the candidate's sentences."""
    if mentions.empty:
        return {}
    keys = sentences[["doc_id", "sentence_idx"]].iloc[occ["sentence_row"].to_numpy()]
    pairs = pd.DataFrame({"cid": occ["cid"].to_numpy(), "doc_id": keys["doc_id"].to_numpy(),
                          "sentence_idx": keys["sentence_idx"].to_numpy()}).drop_duplicates()  # fmt: skip
    entities = gazetteer.entities
    wanted = {e.id: e.kind for e in entities.values() if e.kind == "region" or e.type in _AFFILIATIONS}
    found = mentions.loc[mentions["entity_id"].isin(list(wanted)), ["doc_id", "sentence_idx", "entity_id"]]
    joined = pairs.merge(found.drop_duplicates(), on=["doc_id", "sentence_idx"])
    if joined.empty:
        return {}
    joined["ekind"] = joined["entity_id"].map(wanted)
    counts = joined.groupby(["ekind", "cid", "entity_id"]).size().rename("n").reset_index()
    counts = counts.sort_values(["ekind", "cid", "n", "entity_id"], ascending=[True, True, False, True])
    n_sentences = pairs.groupby("cid").size()
    best = counts.drop_duplicates(["ekind", "cid"])
    best = best[best["n"] >= COMENTION_SHARE * n_sentences.reindex(best["cid"]).to_numpy()]
    return {kind: dict(zip(part["cid"], part["entity_id"])) for kind, part in best.groupby("ekind")}


def _keyness(occ, table, mentions, doc_ids) -> pd.Series:
    per_doc = mentions.groupby("doc_id").size().reindex(doc_ids, fill_value=0).to_numpy()
    covered = per_doc >= COVERED_FROM
    n_weak, n_covered = int((~covered).sum()), int(covered.sum())
    if n_weak == 0 or n_covered == 0:
        return pd.Series(0.0, index=table.index)
    docs = occ[["cid", "doc"]].drop_duplicates()
    docs = docs.assign(covered=covered[docs["doc"].to_numpy()])
    in_covered = docs.groupby("cid")["covered"].sum().reindex(table.index, fill_value=0).to_numpy(dtype=float)
    in_weak = table["articles"].to_numpy(dtype=float) - in_covered
    return pd.Series(_signed_g2(in_weak, n_weak, in_covered, n_covered), index=table.index)


def _signed_g2(a: np.ndarray, n1: int, b: np.ndarray, n2: int) -> np.ndarray:
    """Dunning's log-likelihood of a/n1 against b/n2, positive when a/n1 is the larger rate."""
    observed = np.stack([a, n1 - a, b, n2 - b])
    total = n1 + n2
    col = np.stack([a + b, total - a - b])
    expected = np.stack([n1 * col[0] / total, n1 * col[1] / total, n2 * col[0] / total, n2 * col[1] / total])
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(observed > 0, observed * np.log(observed / expected), 0.0)
    g2 = 2 * terms.sum(axis=0)
    return np.where(a / n1 >= b / n2, g2, -g2)


def _evidence(occ, sentences, doc_ids) -> pd.Series:
    first = occ.drop_duplicates(["cid", "doc"]).groupby("cid", sort=False).head(EVIDENCE_PER_CANDIDATE)
    rows = first["sentence_row"].to_numpy()
    triples = zip(sentences["doc_id"].to_numpy()[rows], sentences["sentence_idx"].to_numpy()[rows],
                  sentences["text"].to_numpy()[rows])  # fmt: skip
    items = pd.Series([(str(d), int(i), str(t)) for d, i, t in triples], index=first["cid"].to_numpy())
    return items.groupby(level=0, sort=False).agg(tuple)


def _empty() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in DISCOVERY_COLUMNS})


# --- names for the analyst to correct ----------------------------------------------------------

_LATIN = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ء": "'", "ؤ": "'", "ئ": "'", "ب": "b", "ت": "t", "ث": "th",
    "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s",
    "ض": "d", "ط": "t", "ظ": "z", "ع": "'", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m",
    "ن": "n", "ه": "h", "ة": "a", "و": "w", "ي": "y", "ى": "a", "پ": "p", "گ": "g", "چ": "ch", "ڤ": "v",
}  # fmt: skip
_VOWEL_AFTER = {"و": "u", "ي": "i"}


def transliterate(name: str) -> str:
    """A rough Latin spelling, for the analyst to correct: ``حيدر العبادي`` → ``Hydr al-Abady``."""
    words = []
    for word in normalize(name, ta_marbuta=False).split():
        prefix = ""
        if word.startswith("ال") and len(word) > 3:
            prefix, word = "al-", word[2:]
        latin = []
        for i, ch in enumerate(word):
            if i > 0 and ch in _VOWEL_AFTER and i == len(word) - 1:
                latin.append("y" if ch == "ي" else "u")
            else:
                latin.append(_LATIN.get(ch, ""))
        text = "".join(latin).strip("'") or word
        words.append(prefix + text[:1].upper() + text[1:])
    return " ".join(words)


def _slug(name_en: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "_", name_en.lower()).strip("_")
    return slug if slug[:1].isalpha() else f"x_{slug}" if slug else "candidate"


def write_csv(table: pd.DataFrame, path: str | Path) -> None:
    """The table as UTF-8 CSV: aliases joined by ``;``, evidence as ``doc_id#sentence_idx`` joined by ``;``;
    a name a spreadsheet would evaluate (``=HYPERLINK(…)``) prefixed ``'`` (:mod:`analysis.formula_cells`)."""
    out = table.copy()
    out["aliases"] = [";".join(a) for a in out["aliases"]]
    out["evidence"] = [";".join(f"{d}#{i}" for d, i, _ in ev) for ev in out["evidence"]]
    write_safe_csv(out, path)


__all__ = [
    "DISCOVERY_COLUMNS",
    "DiscoveryDataError",
    "Triggers",
    "discover",
    "load_triggers",
    "transliterate",
    "write_csv",
]
