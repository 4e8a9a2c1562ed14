"""How a matched name counts: ambiguous names need evidence, capitals are places or governments.

The matcher (:mod:`analysis.extract.mentions`) finds every alias of the gazetteer in the text. Two
kinds of alias are then read in their context, with the words of ``analysis/data/context_words.yaml``:

* **Ambiguous names** (``Alias.ambiguous``: a place or group name that is also an ordinary word or a
  first name: ``الباب``, ``التل``, ``عمان``, ``القاعدة``) count only with evidence:

  - a trigger word right before them: ``مدينة الباب``, ``بلدة التل``, ``سلطنة عمان``, ``تنظيم …``;
  - or a related entity named, unambiguously, in the same text: one of its ancestors in the place
    hierarchy (``الباب`` counts in an article that names ``حلب``; its country, ``سوريا``, only when
    named nearby), one of its descendants (``عمان`` counts in an article that names ``مسقط``), or
    the actor it is affiliated to;
  - being part of a longer known name needs no rule: the matcher takes the longest alias.

* **Metonyms with a place** (``Alias.place``: ``دمشق`` stands for the Syrian government and is the
  city of Damascus) are the government only when it acts or speaks: right after one of the
  ``acts_before`` verbs (``أعلنت دمشق``), right before a verb (``دمشق تتهم``, ``أنقرة لن تسمح``), or
  after one of the ``actor_nouns`` (``موقف موسكو``, ``دعم طهران``) or ``agent_phrases`` (``من جانب أثينا``). After a locative word (``في``,
  ``قرب``, ``ريف``, ``سكان``, ``مطار``), with ``ب`` glued to it (``بدمشق``), or with no sign of acting,
  it is the place: the mention is recorded for the region with ``alias_kind == "place"``, so both
  readings stay traceable (same ``alias``, another entity and alias kind).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from analysis.data import data_path, read_yaml
from analysis.extract import name_lists
from analysis.extract.gazetteer import SEPARATOR_CLASS, Alias, Gazetteer, alias_key
from analysis.text.arabic import CONJUNCTIONS, DIACRITICS, PREPOSITIONS, PRONOUN_SUFFIXES
from analysis.text.normalize import normalize

CONTEXT_FILE = "context_words.yaml"

#: How far around a match (in normalised characters) the word before and after are looked for.
_WINDOW = 60
#: The characters of ``SEPARATOR_CLASS`` (whitespace, quotes, hyphen).
_SEPARATOR_CHARS = frozenset(c for c in map(chr, range(0x3001)) if re.fullmatch(SEPARATOR_CLASS, c))
_NEXT_WORD_RE = re.compile(rf"{SEPARATOR_CLASS}+(\w+)")
#: Particles before a verb, read as whole words only (لمتابعة is ل + متابعة, not لم + …).
_PARTICLES = frozenset({"لن", "لم", "قد", "سوف"})
#: A dual place noun and its singular: "منطقتي مكة المكرمة والمدينة المنورة" names the regions
#: "منطقة مكة المكرمة" and "منطقة المدينة المنورة", not the two cities.
#: So does a plural one: "محافظات البصرة وواسط" the governorates, "بمناطق مكة المكرمة … وجازان" the regions.
DUAL_PLACE_NOUNS = {
    "منطقتي": "منطقه", "محافظتي": "محافظه", "مدينتي": "مدينه", "ولايتي": "ولايه",
    "مناطق": "منطقه", "محافظات": "محافظه", "ولايات": "ولايه",
}  # fmt: skip
_PLACE_NOUN_KEYS = frozenset(DUAL_PLACE_NOUNS.values())
#: How near (in characters) a country must be named to confirm an ambiguous place inside it.
COUNTRY_WINDOW = 250
#: A dash or colon right before a capital: the dateline of a dispatch ("الرياض – واس", "عين اليوم – أنقرة").
#: A dash or a colon right before a name: a dateline ("عين اليوم – أنقرة"); or a slash, two places of a dateline or
#: of a road written with one ("عين اليوم – نيويورك/لندن", "طريق الدمام/الرياض": the third metonymy round).
_DATELINE_RE = re.compile(r"[–—:\-/]\s*\Z")


@dataclass(frozen=True)
class ContextWords:
    """The word lists of ``context_words.yaml``, normalised."""

    place_triggers: frozenset[str]
    #: triggers of a region only (``region_triggers``: أمن before a governorate)
    region_triggers: frozenset[str]
    actor_triggers: frozenset[str]
    #: actor triggers that do not confirm a state (``not_state_triggers``: تنظيم before مالي "financial")
    not_state_triggers: frozenset[str]
    name_tails: frozenset[str]
    acts_before: frozenset[str]
    acts_after_prefixes: tuple[str, ...]
    not_verbs: frozenset[str]
    #: verbs and participles whose subject is the city, never its government (``place_verbs``: تحترق، تتعرض،
    #: محاصرة); right after a capital that a clause opener introduces they make it the city (إن صنعاء محاصرة)
    place_verbs: frozenset[str]
    actor_nouns: frozenset[str]
    locatives: frozenset[str]
    pronoun_prepositions: frozenset[str]
    between: frozenset[str]
    #: words before بين after which the names are places (``between_places``: الطريق الرابط بين تعز وصنعاء)
    between_places: frozenset[str]
    clause_openers: frozenset[str]
    name_heads: frozenset[str]
    #: words right after a capital that make it part of a company's name (``metonymy.name_tails``: أبوظبي للإعلام)
    capital_name_tails: frozenset[str]
    place_name_heads: frozenset[str]
    #: place nouns between such a head and a place, all one name (``place_name_nouns``: جامعة ولاية نيويورك)
    place_name_nouns: frozenset[str]
    #: "team" bare before a town, in a sentence about sport: the club named after it (``club_name_heads``:
    #: أمام فريق العين، لفريق نجران)
    club_name_heads: frozenset[str]
    #: clubs' or a player's word before a list of clubs joined by و or commas, in a sentence about sport: a town
    #: named later in the list is the club, the gazetteer's ``نادي`` + the town if it has one, else no mention
    #: (``club_list_heads``: اندية الرائد والحزم ونجران، لاعب برشلونة وميلانو)
    club_list_heads: frozenset[str]
    #: such heads that name no sport alone (literary clubs, rescue teams): with them the sentence or the one before
    #: needs another ``club_context`` word (``club_list_bare_heads``); prepositions that end such a list
    #: (``club_list_breaks``: أقوى الفرق في أفريقيا والشرق الأوسط, a place)
    club_list_bare_heads: frozenset[str]
    club_list_breaks: frozenset[str]
    #: words before a person's name that make it the name of a place or a body (``person_name_heads``:
    #: مركز الملك سلمان للأعمال الخيرية، مطار الملك عبدالعزيز)
    person_name_heads: frozenset[str]
    localities: frozenset[str]
    #: place nouns after which a state's singular nisba is a place's name (``nisba_names_after``)
    nisba_names_after: frozenset[str]
    #: words that normalise to an alias but are written otherwise (اليمنى "the right" → اليمني)
    written_otherwise: frozenset[str]
    #: a place's name written with ه for its ة that is more often a noun + the pronoun ه (جده "his
    #: grandfather"), read as the place only with evidence (``pronoun_spellings``): see
    #: :func:`_a_pronoun_spelling_read_as_the_place`
    pronoun_spellings: frozenset[str]
    pronoun_spelling_evidence: frozenset[str]
    #: nouns after which a state's feminine nisba is a language (``language_nouns``: باللغة الإنجليزية)
    language_nouns: frozenset[str]
    #: stems of translating, and the prepositions after which a feminine nisba is then the language
    #: (``translation_stems``, ``translation_prepositions``: ترجمها عن التركية)
    translation_stems: tuple[str, ...]
    translation_prepositions: frozenset[str]
    #: stems of writing, speaking and glossing words right before which a state's feminine nisba with ب is the
    #: language (``language_speech_stems``: مسجلة باليونانية، الناطقة بالإسبانية، تعني بالإيطالية)
    language_speech_stems: tuple[str, ...]
    #: verbs of speaking, learning and mastering right after which a state's feminine nisba is the language
    #: (``language_verbs``: يتقن الإسبانية، يتحدثون الألمانية، يتعلم الإسبانية)
    language_verbs: frozenset[str]
    #: actor types whose ambiguous names a place of their state, named nearby, confirms (``state_bodies``)
    state_body_types: frozenset[str]
    #: alias key → the other entities that may be meant by it (see ``shared_names``)
    shared_names: Mapping[str, frozenset[str]]
    #: alias key of a state's capital → the town of another state that bears its name (``capital_twins``:
    #: طرابلس → Lebanon's Tripoli), read so by :func:`_capital_twins_read`
    capital_twins: Mapping[str, str]
    #: alias key of a body's short name → (the place that bears it, the region whose places confirm it)
    #: (``body_place_twins``: فيفا → Fayfa, in Jazan), read so by :func:`_body_place_twins_read`
    body_place_twins: Mapping[str, tuple[str, str]]
    #: alias key of a feminine nisba → the news agency it credits, quoted after one of ``agency_after``
    agency_nisbas: Mapping[str, str]
    agency_after: frozenset[str]
    #: … or unquoted, closing its sentence, after one of ``agency_unquoted_after`` (``وفقا للالمانية.``)
    agency_unquoted_after: frozenset[str]
    #: ((name, entity id, epithets), the partner entity ids) of ``coordinated_names``
    coordinated_names: tuple[tuple[tuple[str, str, tuple[str, ...]], frozenset[str]], ...]
    #: alias key → (the marks of a vocalised spelling as (letter index, mark) pairs, the entity it names)
    vocalised: Mapping[str, tuple[frozenset[tuple[int, str]], str]]
    #: nouns of an agreement named after the capital where it was made (``agreement_nouns``: اتفاق فيينا)
    agreement_nouns: frozenset[str] = frozenset()
    #: nouns "word, phrase, term" after which a state's nisba agreeing with them is the language of a word
    #: (``word_nouns``: كلمة ألمانية، الكلمة اليونانية، وكلمة عنف الفرنسية، لفظ فاشيو الإيطالي), by gender
    word_nouns_feminine: frozenset[str] = frozenset()
    word_nouns_masculine: frozenset[str] = frozenset()
    #: the nisbas, masculine, without the article, that name a language (``word_nouns``' ``languages``: فرنسي)
    word_languages: frozenset[str] = frozenset()
    #: a tour's nouns among the words before بين (``tour_nouns``: جولات خارجية بين موسكو وبيروت): the places toured,
    #: unless one of the ``agreement_nouns`` follows them (جولات مباحثات بين الرياض وطهران: the parties)
    tour_nouns: frozenset[str] = frozenset()
    #: how many words before على or عن a sanction noun may stand, in the same phrase (``sanction_reach``)
    sanction_reach: int = 0
    #: right before a seat, what makes it the building (``seat_prepositions``: في البيت الأبيض), unless one of
    #: ``seat_insiders`` (its people, its mood: مسؤول في البيت الأبيض) stands before them
    seat_prepositions: frozenset[str] = frozenset()
    #: a phrase of distance (``seat_nearness``: على مقربة، بالقرب، على بعد) among the ``seat_nearness_reach`` words
    #: before من right before a seat (على بعد أمتار قليلة من قصر الإليزيه): the building, a place to be near
    seat_nearness: tuple[tuple[str, ...], ...] = ()
    seat_nearness_reach: int = 0
    #: a word of a headquarters right after a seat (``headquarters_nouns``: البيت الأبيض مقر إقامة الرئيس): the building
    headquarters_nouns: frozenset[str] = frozenset()
    #: right before such a seat, what makes it the office reached (``headquarters_reached``: إلى قصر بعبدا (مقر)
    headquarters_reached: frozenset[str] = frozenset()
    #: right after a capital, with و, the towns or areas listed beside it (``towns_after``: بين بكين ومدن): the places
    towns_after: frozenset[str] = frozenset()
    #: right after a capital, the old city or a side of it (``old_city_after``: لدمشق القديمة، دمشق الغربية): the place
    old_city_after: frozenset[str] = frozenset()
    #: right after a capital, a number and one of these (``temperature_units``: تسجل الرياض 43 درجة): the city
    temperature_units: frozenset[str] = frozenset()
    #: right after a capital (a comma between, or up to ``city_gloss_reach`` of ``city_gloss_links``: هي، أصبحت), a
    #: noun that names it a city (``city_gloss_nouns``: لندن، كمدينة رئيسية; الرياض العاصمة أصبحت مدينة): the place
    city_gloss_nouns: frozenset[str] = frozenset()
    city_gloss_links: frozenset[str] = frozenset()
    city_gloss_reach: int = 0
    #: right before a capital, a word of likeness after a city noun (``city_likeness_before``: مدينة تشبه لندن)
    city_likeness_before: frozenset[str] = frozenset()
    #: two words right before a capital that make it the agent (``agent_phrases``: من جانب أثينا), as (the first
    #: word, the second) pairs
    agent_phrases: frozenset[tuple[str, str]] = frozenset()
    #: two words right before a capital that make it the city (``locative_phrases``: مديرية أمن القاهرة), as pairs
    locative_phrases: frozenset[tuple[str, str]] = frozenset()
    #: a noun and the capital right after it that name the local government, not the state's (``local_governments``:
    #: حكومة أبوظبي, the emirate's), as (the noun, the capital's key) pairs: the place
    local_governments: frozenset[tuple[str, str]] = frozenset()
    seat_insiders: frozenset[str] = frozenset()
    #: a declaration's noun, the capitals of declarations named after them, and the words after the
    #: capital that make the noun an announcement (``declaration_nouns``, ``declaration_capitals``,
    #: ``declaration_not_before``: إعلان القاهرة the city, إعلان واشنطن مقتله the government)
    declaration_nouns: frozenset[str] = frozenset()
    declaration_capitals: frozenset[str] = frozenset()
    declaration_not_before: frozenset[str] = frozenset()
    #: alias key → the words after it that make it a word of a fixed phrase (``phrase_words``: مسقط رأسه)
    phrase_words: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: alias key → the words before it that make it the second word of a fixed pair (``phrase_words_before``: عصر ومصر)
    phrase_words_before: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: alias key → the words right before it that make it a common noun (``noun_words_before``: أجر الرباط)
    noun_words_before: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: alias keys that are also a noun taking a complement in construct (``construct_nouns``: مشهد الحادث "the scene
    #: of the accident", not Mashhad)
    construct_nouns: frozenset[str] = frozenset()
    #: alias keys that are also a measure's noun, and the units that make a number after them a measure
    #: (``measure_names``, ``measure_units``: بقطر 80 سم "with a diameter of 80 cm", not Qatar)
    measure_names: frozenset[str] = frozenset()
    measure_units: frozenset[str] = frozenset()
    #: alias key of a home name → the body it names quoted alone where the text names that body (``quoted_short_names``)
    quoted_short_names: Mapping[str, str] = field(default_factory=dict)
    #: alias key of a home name → the airline it names unquoted where the text names that airline, right after one of
    #: ``airline_words_before`` (لضيوف السعودية) or as the subject after one of ``airline_subject_before`` in a sentence
    #: holding one of ``airline_sentence_words`` (``airline_short_names``: وتقوم السعودية … التذاكر)
    airline_short_names: Mapping[str, str] = field(default_factory=dict)
    airline_words_before: frozenset[str] = frozenset()
    airline_subject_before: frozenset[str] = frozenset()
    airline_sentence_words: tuple[str, ...] = ()
    #: alias key of a home name → the company it names as an item of a list of shares (``share_list_names``)
    share_list_names: Mapping[str, str] = field(default_factory=dict)
    #: normalised words that open a list of shares (``share_list_openers``: أسهم شركات)
    share_list_openers: tuple[str, ...] = ()
    #: a state's name → its capital named like it, read so right after ``capital_nouns`` (``capitals_named_like_their_state``)
    capitals_named_like_their_state: Mapping[str, str] = field(default_factory=dict)
    #: the definite noun "the capital" (``بالعاصمة``) before such a name
    capital_nouns: frozenset[str] = frozenset()
    #: the definite noun "the capital" right after such a name (``تونس العاصمة``)
    capital_nouns_after_name: frozenset[str] = frozenset()
    #: words written with a shadda no name carries, the letters and the shadda alone (``shadda_words``: تدمّر)
    shadda_words: frozenset[str] = frozenset()
    #: relative pronouns (``relative_pronouns``): a name right after one is a verb (التي سرت)
    relative_pronouns: frozenset[str] = frozenset()
    #: alias key of an ambiguous group named by a common noun → (the noun without its article, the words after the
    #: noun that make it no place's name) (``noun_names``: القاعدة "the base" after قاعدة العند)
    noun_names: Mapping[str, tuple[str, frozenset[str]]] = field(default_factory=dict)
    #: alias key of an ambiguous name → the entities whose plain mention anywhere in the text confirms it, a
    #: state by any of its names or nisbas too (``confirmed_by``: الأسد by Syria or its regime)
    confirmed_by: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: particles only a verb follows (``verb_particles``): a name right after one is a verb (لم يزد، قد تدمر)
    verb_particles: frozenset[str] = frozenset()
    #: a woman's titles (``feminine_titles``): a place's name right after one is hers (السيدة غرينوود)
    feminine_titles: frozenset[str] = frozenset()
    #: a ruler's or a scholar's title written between such a head and the person's name (``person_name_titles``:
    #: مركز الأمير محمد بن نايف، مطار الإمام الخميني)
    person_name_titles: frozenset[str] = frozenset()
    #: verbs whose object after the subject is a party (``party_object_verbs``: سلمت الولايات المتحدة القاهرة)
    party_object_verbs: frozenset[str] = frozenset()
    #: ... and after a subject of more words, the nearest definite, when the verb's second complement
    #: follows (``party_object_reach``, ``party_object_complements``, ``party_object_not_complements``:
    #: ودعا المسؤول الإيراني الرياض إلى وقف، واتهم الحزب الكردي انقرة بالتواطؤ)
    party_object_reach: int = 0
    party_object_complements: frozenset[str] = frozenset()
    party_object_not_complements: frozenset[str] = frozenset()
    #: plural pasts of those verbs right before a capital, the same complement after it (``party_object_plurals``:
    #: كثيرين حثوا أنقرة على عدم استخدام القوة)
    party_object_plurals: frozenset[str] = frozenset()
    #: prepositions and the nouns before them that make a capital after them its government
    #: (``sanction_prepositions``, ``sanction_nouns``: رفع العقوبات عن طهران، الضغط على موسكو)
    sanction_prepositions: frozenset[str] = frozenset()
    sanction_nouns: frozenset[str] = frozenset()
    #: words of going to a place, and how many words before a capital with ل glued to it they reach
    #: (``motion_words``, ``motion_reach``: زيارة الأمير محمد بن سلمان للقاهرة, the city)
    motion_words: frozenset[str] = frozenset()
    motion_reach: int = 0
    #: words of storming, invading or occupying a city, and how many words before a capital with ل glued to it
    #: they reach (``seizure_words``, ``seizure_reach``: اجتياح الميليشيات لصنعاء, the city)
    seizure_words: frozenset[str] = frozenset()
    seizure_reach: int = 0
    #: nouns of a city's own (its picture, its walls, a town adjacent to it), and how many words before a capital
    #: with ل glued to it they reach (``city_relation_words``, ``city_relation_reach``: لوحات دقيقة لوارسو, the city)
    city_relation_words: frozenset[str] = frozenset()
    city_relation_reach: int = 0
    #: nouns of a relation, how many words before a capital with ب glued to it they reach, and the nouns before them
    #: that make them a body's name (``relation_nouns``, ``relation_reach``, ``relation_bodies``: علاقات تل أبيب
    #: بأنقرة, the government; مجلس العلاقات الخارجية بواشنطن, the city)
    relation_nouns: frozenset[str] = frozenset()
    relation_reach: int = 0
    relation_bodies: frozenset[str] = frozenset()
    #: "each" before من and capitals joined by و (``each_words``: كل من، كلا من): the word before it speaks for them
    each_words: frozenset[str] = frozenset({"كل"})
    #: words right after a capital that make it its government (``allies_after``: دمشق وحلفاؤها)
    allies_after: frozenset[str] = frozenset()
    #: verbs of witnessing or hosting whose object pronoun is a capital after them (``witness_verbs``: التي
    #: شهدتها نواكشوط, the place)
    witness_verbs: frozenset[str] = frozenset()
    #: verbs of linking, and the nouns of a road or a line before them, how many words before (``link_verbs``,
    #: ``link_nouns``, ``link_reach``: الطريق الساحلية التي تربط بيروت, the place)
    link_verbs: frozenset[str] = frozenset()
    link_nouns: frozenset[str] = frozenset()
    link_reach: int = 0
    #: participles right after a capital and verbs of being before it that make it its government
    #: (``resolved_after``, ``being_verbs``: كانت تل أبيب مضطرة)
    resolved_after: frozenset[str] = frozenset()
    being_verbs: frozenset[str] = frozenset()
    #: after a capital opening its sentence, a verb of being within ``being_reach`` words and what follows it that
    #: make the capital its government (``wavering_after``: أنقرة كانت مترددة; a verb by its form: كانت تستخدم)
    being_reach: int = 0
    wavering_after: frozenset[str] = frozenset()
    #: nouns of a state's temper after أكثر or أشد there (``temper_nouns``: طهران … ستكون أكثر شراسة)
    temper_nouns: frozenset[str] = frozenset()
    #: words of degree before them (``temper_degrees``: أكثر، أشد) and conjunctions that close the aside after the
    #: capital as a relative pronoun does (``aside_closers``: دمشق التي تعشقها لكنها كانت)
    temper_degrees: frozenset[str] = frozenset()
    aside_closers: frozenset[str] = frozenset()
    #: a preposition before a capital, the words after it or before the preposition that lay an obligation on
    #: its government (``obligation_prepositions``, ``obligation_after``, ``obligation_before``: على موسكو أن)
    obligation_prepositions: frozenset[str] = frozenset()
    obligation_after: frozenset[str] = frozenset()
    obligation_before: frozenset[str] = frozenset()
    #: verbs of asking (before من) and of laying a condition (before على) among the ``request_reach`` words before
    #: the preposition right before a capital, that make it its government (طلبت من أنقرة، اشترط الدائنون على أثينا)
    request_verbs: frozenset[str] = frozenset()
    condition_verbs: frozenset[str] = frozenset()
    #: words of relying or counting on (before على), read as the condition_verbs (الاعتماد على طهران، يعول على الرياض)
    reliance_words: frozenset[str] = frozenset()
    #: nouns of orders, instructions or pressure (before من), read as the request_verbs: the capital they come from is
    #: its government (تعليمات محددة من موسكو، بأوامر من طهران، ضغوط عليه من طهران)
    order_nouns: frozenset[str] = frozenset()
    #: verbs of issuing and their indefinite participles (before من or عن), read as the order_nouns unless one of
    #: ``publication_nouns`` stands among the ``publication_reach`` words before the preposition (التصريحات التي صدرت
    #: عن واشنطن, the government; جريدة الحياة اللبنانية التي تصدر من بيروت, the city)
    issue_words: frozenset[str] = frozenset()
    publication_nouns: frozenset[str] = frozenset()
    publication_reach: int = 0
    #: verbs and participles of coming (before من or عن), read as the order_nouns when one of ``coming_nouns`` (an
    #: initiative, a solution, a danger) stands among the ``coming_reach`` words before the preposition (مبادرة هذا
    #: الأسبوع جاءت من موسكو، الحل يأتي من طهران, the governments; القادم من الرياض, a traveller, the city)
    coming_words: frozenset[str] = frozenset()
    coming_nouns: frozenset[str] = frozenset()
    coming_reach: int = 0
    request_reach: int = 0
    #: nouns of a continent or an ocean (``continent_nouns``): a state's nisba right after one names the
    #: continent, subcontinent or ocean, not the state (شبه القارة الهندية، المحيط الهندي)
    continent_nouns: frozenset[str] = frozenset()
    #: words before a first name, or in its place, after which a state's nisba is not a family name
    #: (``family_nisba_not_after``: أبو خالد السوري، دوري عبداللطيف جميل السعودي)
    family_nisba_not_after: frozenset[str] = frozenset()
    #: the words after which a nisba that names a man earlier in the text is still an adjective, not his family
    #: name alone (``family_nisba_again_not_after``: نظيره التركي "his Turkish counterpart")
    family_nisba_again_not_after: frozenset[str] = frozenset()
    #: the titles a man's family name alone follows, with the article but no office (``family_nisba_again_titles``:
    #: الدكتور التركي، العميد التركي; not الرئيس التركي)
    family_nisba_again_titles: frozenset[str] = frozenset()
    #: the titles of a scholar of religion known by his nisba alone (``scholar_titles``: الشيخ الألباني، الإمام
    #: الألباني): a state's nisba right after one, no given name after it, is his name
    scholar_titles: frozenset[str] = frozenset()
    #: the first halves of compound given names with الدين (``compound_name_heads``: مجد الدين)
    compound_name_heads: frozenset[str] = frozenset()
    #: given names that are also indefinite nouns a nationality qualifies (``indefinite_nisba_not_after``:
    #: جانٍ سعودي "a Saudi offender", مليار فرانك سويسري), and the words after a nisba that make it the
    #: nationality (``nisba_nationality_after``: سعودي الجنسية)
    indefinite_nisba_not_after: frozenset[str] = frozenset()
    nisba_nationality_after: frozenset[str] = frozenset()
    #: the particles of a Romance family name (``family_name_particles``: دي، دا، دو): a state's indefinite
    #: nisba right after one is the rest of the family name (دانيلي دي روسي, De Rossi)
    family_name_particles: frozenset[str] = frozenset()
    #: states' nisbas that are also given names (``given_name_nisbas``: تركي), and the words with ال as no article
    #: after which one stays the nisba (``given_name_nisba_not_after``: دون التزام تركي حقيقي)
    given_name_nisbas: frozenset[str] = frozenset()
    given_name_nisba_not_after: frozenset[str] = frozenset()
    #: the least share of its occurrences a corpus-learnt first name is written as a name for a
    #: person's family name after it to be another person's (``given_name_min_share``)
    given_name_min_share: float = 1.0
    #: given names that before a person's name are a word (``given_names_not_before``: خليفة بلاتر, his successor)
    given_names_not_before: frozenset[str] = frozenset()
    #: particles that open a foreign family name (``name_particles``: فان، دير، ديل): a person's one-word
    #: name right before one is another man's given name (كاميرون فان دير بيرغ، رونالدو ديل كارمن)
    name_particles: frozenset[str] = frozenset()
    #: a body's id → the ids whose naming makes a bare name that opens the body's full name the body
    #: (``name_openers``: الاتحاد الأوروبي is UEFA in an article that names FIFA)
    name_openers: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: a body's id → words of its field that, in the bare name's sentence, make it the body too
    #: (``name_opener_words``: رخصة التدريب A من الاتحاد الأوروبي is UEFA's)
    name_opener_words: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: a state's long names that are also its sports federation's short name (``federation_names``: الاتحاد
    #: الروسي), read as their last word, the nisba, in an article that names a sports federation in full:
    #: that name or ``الاتحاد الدولي`` before one of ``federation_sports`` (الاتحاد الروسي لكرة القدم)
    federation_names: frozenset[str] = frozenset()
    federation_sports: frozenset[str] = frozenset()
    #: nouns of a home state's regions (``region_list_nouns``: منطقة): a seat in a و-joined list with a
    #: region named bare (عسير، القصيم) and nothing else is the region; not after ``region_list_not_after``
    region_list_nouns: frozenset[str] = frozenset()
    region_list_not_after: frozenset[str] = frozenset()
    #: a governor's title (``region_governor_nouns``: أمير): a seat right after one is its region, the governor's
    #: (أمير الباحة is the emir of منطقة الباحة)
    region_governor_nouns: frozenset[str] = frozenset()
    #: a plural or dual region noun and the regions named bare after it (``bare_region_heads``): a seat joined by و
    #: after them is its region (مناطق الحدود الشمالية والمدينة المنورة, المنطقتين الشرقية والرياض)
    bare_region_nouns: frozenset[str] = frozenset()
    bare_region_names: frozenset[str] = frozenset()
    #: nouns of a state or a province (``state_nouns``: ولاية): a GeoNames town right after one is no mention
    #: unless its country is named in the text (a homonym elsewhere: لولاية فلوريدا is no Florida, Uruguay)
    state_nouns: frozenset[str] = frozenset()
    #: a US state named like a city it does not hold as its seat or like another state (``state_homonyms``:
    #: نيويورك، جورجيا): right after one of ``state_nouns``, the state, no entity, and no mention
    state_homonyms: frozenset[str] = frozenset()
    #: such a US state named like a sovereign state → towns of the US state (``state_homonym_towns``: جورجيا →
    #: أتلانتا): in a text that names one of them, or the state right after one of ``state_nouns``, the bare name is
    #: the US state too, no mention (``توفيت في جورجيا … بمنزلها في روزويل بولاية جورجيا``)
    state_homonym_towns: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: how many words before بين one of the ``between_places`` still makes the names after it places
    #: (``between_reach``: برحلتين أسبوعيا بين الجوف والقاهرة)
    between_reach: int = 1
    #: parts of a city and directions after them that make a capital with ل glued to it the city
    #: (``city_parts``, ``direction_adjectives``: المدخل الجنوبي لبيروت، الغوطة الشرقية لدمشق)
    city_parts: frozenset[str] = frozenset()
    direction_adjectives: frozenset[str] = frozenset()
    #: what makes a capital one of the cities, places or destinations it is compared with: one of ``one_of``
    #: right after it, then one of ``city_kinds`` (after من and a word, or one word): لندن أحد أفضل المواقع
    one_of: frozenset[str] = frozenset()
    city_kinds: frozenset[str] = frozenset()
    #: capitals whose bare name is also a club's, and the words of a sentence about football that make it the
    #: club (``club_capitals``, ``club_context``: ولم يحدد روما سبب …)
    club_capitals: frozenset[str] = frozenset()
    club_context: frozenset[str] = frozenset()
    #: capitals whose bare name is a club's only after one of ``club_opponent_words`` in such a sentence
    #: (``club_capitals_as_opponents``: يفتتح مبارياته بالدوري أمام الرياض), not after a verb (عيد الرياض)
    club_capitals_as_opponents: frozenset[str] = frozenset()
    #: words right before such a capital that name a match's other side, not a place (``club_opponent_words``:
    #: بركلات الترجيح أمام روما، قسى بايرن ميونخ على مضيفه روما)
    club_opponent_words: frozenset[str] = frozenset()
    #: marks between two clubs in a list of results, before or after such a capital (``club_match_marks``:
    #: العرض x الرياض 10-6، الرياض x الهلال 5-17)
    club_match_marks: frozenset[str] = frozenset()
    #: a player's move among the ``club_transfer_reach`` words before one of ``club_transfer_prepositions`` (or a
    #: ل glued to the capital) makes such a capital the club in a sentence about football, though إلى and من are
    #: locatives elsewhere (``club_transfer_words``: انتقل المهاجم المصري محمد صلاح إلى روما, قادما من روما)
    club_transfer_words: frozenset[str] = frozenset()
    club_transfer_prepositions: frozenset[str] = frozenset()
    club_transfer_reach: int = 0
    #: a capital inside the quoted title of a work (a film, a novel, a song) is neither the city nor the government:
    #: the quotation opened right after one of ``title_nouns``, or after one of ``title_namers`` with one of the
    #: ``title_nouns`` among the ``title_reach`` words before it (فيلم “بتوقيت القاهرة”، الفيلم الذي سيكون أول عمل
    #: سينمائي لها عنوانه «ستوكهولم حبي»)
    title_nouns: frozenset[str] = frozenset()
    title_namers: frozenset[str] = frozenset()
    title_reach: int = 0
    #: a work's epithet between its noun and its title (``title_epithets``: بأغنيته الشهيرة (بغداد))
    title_epithets: frozenset[str] = frozenset()
    #: a list of works (``title_list_nouns``, plurals: أغان، روايات): a title in parentheses or quotes opened
    #: within ``title_list_reach`` words after one, in the same sentence (10 أغان لفنانين؛ (أهل بغداد)، عدة روايات
    #: … مثل (بيروت 75 وكوابيس بيروت، وليلة المليار))
    title_list_nouns: frozenset[str] = frozenset()
    title_list_reach: int = 0
    #: words before a capital that are locatives elsewhere but put a government before its choices here
    #: (``facing_words``: لم يعد أمام طهران إلا، فتح الأبواب أمام طهران)
    facing_words: frozenset[str] = frozenset()
    #: a capital right after one of ``taking_verbs`` (a locative elsewhere: يتخذ موسكو مقرا) with one of
    #: ``taken_decisions`` right after it is the government that took it (اتخذت واشنطن اجراءات، تتخذ الرياض قرارا)
    taking_verbs: frozenset[str] = frozenset()
    taken_decisions: frozenset[str] = frozenset()
    #: a capital right after one of ``view_nouns`` with ب glued to it or after في is the government whose view it is
    #: (``view_nouns``: وبنظر أنقرة، وبرأي باريس، في عين واشنطن); not the bare noun (عين لندن, the London Eye)
    view_nouns: frozenset[str] = frozenset()
    #: capitals that are also a paper's name, the paper when alone in quotes, unless after one of
    #: ``quoted_paper_not_after`` (``quoted_papers``: مع "الرياض"، في «الرياض»; not العاصمة "الرياض")
    quoted_papers: frozenset[str] = frozenset()
    quoted_paper_not_after: frozenset[str] = frozenset()
    #: words of the press before such a capital alone in parentheses, which make it the paper
    #: (``paper_words_before_parentheses``: حصلت ( الرياض ) على نسخة، نشرته (الرياض); not من (الرياض))
    paper_words_before_parentheses: frozenset[str] = frozenset()
    #: verbs of publishing with their object pronoun before such a capital bare, which make it the paper
    #: (``paper_verbs_before_the_bare_name``: وفق ما نشرته الرياض بعدد الأحد، لم تنشرها الرياض)
    paper_verbs_before_the_bare_name: frozenset[str] = frozenset()
    #: words of a statement to the press before such a capital bare with ل glued, which make it the paper
    #: (``paper_statements_before_the_bare_la``: في تصريح للرياض، يتحدث للرياض نخبة من الفنانين)
    paper_statements_before_the_bare_la: frozenset[str] = frozenset()
    #: an embassy's noun before a capital (a locative: سفارة بيروت, the embassy in the city) and what names the host
    #: after it, which make the capital the state whose embassy it is (``embassy_nouns``, ``embassy_hosts``,
    #: ``embassy_reach``: بسفارة موسكو لدى مالي، وسفارة هافانا بواشنطن، سفارة هافانا من جديد في واشنطن)
    embassy_nouns: frozenset[str] = frozenset()
    embassy_hosts: frozenset[str] = frozenset()
    embassy_reach: int = 0
    #: the words of a sentence about the Olympic Games, in which a capital is the host or bidding city
    #: (``host_city_context``: بكين كانت الوحيدة التي قدمت عرضا قويا)
    host_city_context: frozenset[str] = frozenset()
    #: … and the words that name the Games themselves, which reach the sentence after theirs too
    #: (``host_city_context_before``: ونالت بكين 44 صوتا after the IOC's vote)
    host_city_context_before: frozenset[str] = frozenset()
    #: a Super Cup's host cities, as alias keys, and the words that name the cup: in a text that names it and a word
    #: of football (``club_context``) the city is the match's venue (``super_cup_venues``, ``super_cup_words``: إن
    #: الهلال والنصر يريدان لندن)
    super_cup_venues: frozenset[str] = frozenset()
    super_cup_words: frozenset[str] = frozenset()
    #: cities that are no state's capital but stand for a government (``government_cities``: بين بغداد وأربيل, the
    #: Kurdistan Region's), as alias keys: a capital listed with one of them may still be its government
    government_cities: frozenset[str] = frozenset()
    #: adjectives right after a capital that only a state's deeds take (``state_adjectives_after``: برنامج طهران
    #: النووي, Iran's programme)
    state_adjectives_after: frozenset[str] = frozenset()
    #: a noun of entering before a capital and a war after it (``entry_words``, ``entered_after``: دخول أنقرة
    #: الحرب, its government going to war, not the city entered)
    entry_words: frozenset[str] = frozenset()
    entered_after: frozenset[str] = frozenset()
    #: words right after a capital that make it the one accused or described (``described_after``: واصفة أنقرة
    #: بأنها «شريك أساسي»)
    described_after: frozenset[str] = frozenset()
    #: present verbs of three letters right after a capital, as written (``acts_after_short``: لندن ترى), too short
    #: for :func:`_looks_like_verb`'s four letters; with a proclitic they are not its verb (الرياض لترى: "so that you see")
    acts_after_short: frozenset[str] = frozenset()
    #: a negation right after a capital, then a verb of its will (``negations_after``, ``wills_after_negation``:
    #: بغداد لا تريد لنينوى الخير): its government's will; a city's verbs (بغداد لا تنام، روما لن تنظم) are not listed
    negations_after: frozenset[str] = frozenset()
    wills_after_negation: frozenset[str] = frozenset()
    #: a topic's opener right before a capital (``topic_openers``: أما بكين فرفضت): with ف and a verb after the
    #: capital, the capital is the verb's subject, as before the bare verb (:func:`_a_topic_then_its_verb`)
    topic_openers: frozenset[str] = frozenset()
    #: the ISO codes of the Arab states and their neighbours (``namesake_towns.near_states``): a GeoNames town
    #: of any other state is far off, and its country named nearby does not confirm it where its name stands
    #: as a person's or a body's (``namesake_towns.heads``: a title or a body's head right before it: اللاعب،
    #: الممثل، شركة، مؤسسة), or where the corpus writes it mostly so (``world/namesake_towns.txt``)
    near_states: frozenset[str] = frozenset()
    namesake_heads: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def common_words() -> dict[str, int]:
    """The 20,000 most common words of SaudiNewsNet (``analysis/data/world/common_words.txt``) and the
    number of articles each is in."""
    lines = data_path("world/common_words.txt").read_text(encoding="utf-8").splitlines()
    rows = (line.split("\t", 1) for line in lines if line and not line.startswith("#"))
    return {row[0]: int(row[1]) if len(row) > 1 else 0 for row in rows}


@lru_cache(maxsize=1)
def proclitic_words() -> frozenset[str]:
    """Words that start with a proclitic's letter and are one word, never a proclitic and a name
    (``analysis/data/world/proclitic_words.txt``: باندورا is Pandora, not ب + Andorra), normalised."""
    lines = data_path("world/proclitic_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(normalize(line.strip()) for line in lines if line.strip() and not line.startswith("#"))


def _word_pair(phrase: str) -> tuple[str, str]:
    """A two-word phrase of ``context_words.yaml`` (``agent_phrases``: من جانب), normalised."""
    first, second = phrase.split()
    return normalize(first), normalize(second)


@lru_cache(maxsize=1)
def context_words() -> ContextWords:
    """The lists of ``analysis/data/context_words.yaml``, read once."""
    raw = read_yaml(data_path(CONTEXT_FILE).read_text(encoding="utf-8"))
    metonymy = raw["metonymy"]

    def words(items: Iterable[str]) -> frozenset[str]:
        return frozenset(normalize(str(w)) for w in items)

    return ContextWords(
        place_triggers=words(raw["place_triggers"]),
        region_triggers=words(raw.get("region_triggers") or ()),
        actor_triggers=words(raw["actor_triggers"]),
        not_state_triggers=words(raw.get("not_state_triggers") or ()),
        name_tails=words(raw["name_tails"]),
        acts_before=words(metonymy["acts_before"]) | words(metonymy.get("urging_participles") or ()),
        acts_after_prefixes=tuple(sorted({normalize(str(w)) for w in metonymy["acts_after_prefixes"]})),
        not_verbs=words(metonymy["not_verbs"]) | words(metonymy.get("place_verbs") or ()),
        place_verbs=words(metonymy.get("place_verbs") or ()),
        actor_nouns=words(metonymy["actor_nouns"]),
        locatives=words(metonymy["locatives"]),
        pronoun_prepositions=words(metonymy["pronoun_prepositions"]),
        between=words(metonymy["between"]),
        between_places=words(metonymy.get("between_places") or ()),
        clause_openers=words(metonymy["clause_openers"]),
        agreement_nouns=words(metonymy.get("agreement_nouns") or ()) | words(metonymy.get("talks_nouns") or ()),
        tour_nouns=words(metonymy.get("tour_nouns") or ()),
        sanction_reach=int(metonymy.get("sanction_reach") or 0),
        seat_prepositions=words(metonymy.get("seat_prepositions") or ()),
        seat_nearness=tuple(tuple(normalize(str(p)).split()) for p in metonymy.get("seat_nearness") or ()),
        seat_nearness_reach=int(metonymy.get("seat_nearness_reach") or 0),
        towns_after=words(metonymy.get("towns_after") or ()),
        old_city_after=words(metonymy.get("old_city_after") or ()),
        temperature_units=words(metonymy.get("temperature_units") or ()),
        city_gloss_nouns=words(metonymy.get("city_gloss_nouns") or ()),
        city_gloss_links=words(metonymy.get("city_gloss_links") or ()),
        city_gloss_reach=int(metonymy.get("city_gloss_reach") or 0),
        city_likeness_before=words(metonymy.get("city_likeness_before") or ()),
        agent_phrases=frozenset(_word_pair(str(phrase)) for phrase in metonymy.get("agent_phrases") or ()),
        locative_phrases=frozenset(_word_pair(str(phrase)) for phrase in metonymy.get("locative_phrases") or ()),
        local_governments=frozenset(_word_pair(str(phrase)) for phrase in metonymy.get("local_governments") or ()),
        seat_insiders=words(metonymy.get("seat_insiders") or ()),
        headquarters_nouns=words(metonymy.get("headquarters_nouns") or ()),
        headquarters_reached=words(metonymy.get("headquarters_reached") or ()),
        declaration_nouns=words(metonymy.get("declaration_nouns") or ()),
        declaration_capitals=frozenset(alias_key(str(w)) for w in metonymy.get("declaration_capitals") or ()),
        declaration_not_before=words(metonymy.get("declaration_not_before") or ()),
        phrase_words={alias_key(str(name)): words(after) for name, after in (raw.get("phrase_words") or {}).items()},
        phrase_words_before={
            alias_key(str(name)): words(before) for name, before in (raw.get("phrase_words_before") or {}).items()
        },
        noun_words_before={
            alias_key(str(name)): words(before) for name, before in (raw.get("noun_words_before") or {}).items()
        },
        construct_nouns=frozenset(alias_key(str(w)) for w in raw.get("construct_nouns") or ()),
        measure_names=frozenset(alias_key(str(w)) for w in (raw.get("measures") or {}).get("names") or ()),
        measure_units=words((raw.get("measures") or {}).get("units") or ()),
        quoted_short_names={alias_key(str(k)): str(v) for k, v in (raw.get("quoted_short_names") or {}).items()},
        airline_short_names={
            alias_key(str(k)): str(v) for k, v in ((raw.get("airline_short_names") or {}).get("names") or {}).items()
        },
        airline_words_before=words((raw.get("airline_short_names") or {}).get("after") or ()),
        airline_subject_before=words((raw.get("airline_short_names") or {}).get("subject_after") or ()),
        airline_sentence_words=tuple(
            normalize(str(w)) for w in (raw.get("airline_short_names") or {}).get("sentence_words") or ()
        ),
        share_list_names={alias_key(str(k)): str(v) for k, v in (raw.get("share_list_names") or {}).items()},
        share_list_openers=tuple(normalize(str(w)) for w in raw.get("share_list_openers") or ()),
        capitals_named_like_their_state={
            alias_key(str(k)): str(v)
            for k, v in ((raw.get("capitals_named_like_their_state") or {}).get("capitals") or {}).items()
        },
        capital_nouns=words((raw.get("capitals_named_like_their_state") or {}).get("after") or ()),
        capital_nouns_after_name=words((raw.get("capitals_named_like_their_state") or {}).get("before") or ()),
        shadda_words=frozenset(_SHADDA_KEPT_RE.sub("", str(w)) for w in raw.get("shadda_words") or ()),
        name_heads=words(metonymy["name_heads"]),
        capital_name_tails=words(metonymy.get("name_tails") or ()),
        place_name_heads=words(raw["place_name_heads"]),
        place_name_nouns=words(raw.get("place_name_nouns") or ()),
        club_name_heads=words(raw.get("club_name_heads") or ()),
        club_list_heads=words(raw.get("club_list_heads") or ()),
        club_list_bare_heads=words(raw.get("club_list_bare_heads") or ()),
        club_list_breaks=words(raw.get("club_list_breaks") or ()),
        person_name_heads=words(raw.get("person_name_heads") or ()),
        localities=words(raw["localities"]),
        nisba_names_after=words(raw.get("nisba_names_after") or ()),
        written_otherwise=frozenset(_MARK_RE.sub("", str(w)) for w in raw.get("written_otherwise") or ()),
        pronoun_spellings=frozenset(
            _MARK_RE.sub("", str(w)) for w in (raw.get("pronoun_spellings") or {}).get("words") or ()
        ),
        pronoun_spelling_evidence=words((raw.get("pronoun_spellings") or {}).get("place_words_before") or ()),
        language_nouns=words(raw.get("language_nouns") or ()),
        word_nouns_feminine=words((raw.get("word_nouns") or {}).get("feminine") or ()),
        word_nouns_masculine=words((raw.get("word_nouns") or {}).get("masculine") or ()),
        word_languages=words((raw.get("word_nouns") or {}).get("languages") or ()),
        translation_stems=tuple(sorted(words(raw.get("translation_stems") or ()))),
        translation_prepositions=words(raw.get("translation_prepositions") or ()),  # إلى normalised: الي
        language_speech_stems=tuple(sorted(words(raw.get("language_speech_stems") or ()))),
        language_verbs=words(raw.get("language_verbs") or ()),
        state_body_types=frozenset(str(t) for t in raw.get("state_bodies") or ()),
        vocalised={
            alias_key(str(name)): (vowel_marks(str(name)), str(i)) for name, i in (raw.get("vocalised") or {}).items()
        },
        shared_names={
            alias_key(str(name)): frozenset(str(i) for i in ids)
            for name, ids in (raw.get("shared_names") or {}).items()
        },
        capital_twins={alias_key(str(name)): str(i) for name, i in (raw.get("capital_twins") or {}).items()},
        body_place_twins={
            alias_key(str(name)): (str(entry["place"]), str(entry["region"]))
            for name, entry in (raw.get("body_place_twins") or {}).items()
        },
        agency_nisbas={
            alias_key(str(k)): str(v) for k, v in ((raw.get("agency_credits") or {}).get("nisbas") or {}).items()
        },
        agency_after=words(((raw.get("agency_credits") or {}).get("after")) or ()),
        agency_unquoted_after=words(((raw.get("agency_credits") or {}).get("unquoted_after")) or ()),
        coordinated_names=tuple(
            (
                (str(name), str(entry["entity"]), tuple(str(e) for e in entry.get("epithets") or ())),
                frozenset(str(i) for i in entry["after"]),
            )
            for name, entry in (raw.get("coordinated_names") or {}).items()
        ),
        relative_pronouns=words(raw.get("relative_pronouns") or ()),
        confirmed_by={
            alias_key(str(name)): frozenset(str(i) for i in ids)
            for name, ids in (raw.get("confirmed_by") or {}).items()
        },
        noun_names={
            alias_key(str(name)): (normalize(str(rule["noun"])), words(rule.get("not_before") or ()))
            for name, rule in (raw.get("noun_names") or {}).items()
        },
        verb_particles=words(raw.get("verb_particles") or ()),
        feminine_titles=words(raw.get("feminine_titles") or ()),
        person_name_titles=words(raw.get("person_name_titles") or ()),
        party_object_verbs=words(metonymy.get("party_object_verbs") or ()),
        party_object_reach=int(metonymy.get("party_object_reach") or 0),
        party_object_complements=words(metonymy.get("party_object_complements") or ()),
        party_object_not_complements=words(metonymy.get("party_object_not_complements") or ()),
        party_object_plurals=words(metonymy.get("party_object_plurals") or ()),
        sanction_prepositions=words(metonymy.get("sanction_prepositions") or ()),
        sanction_nouns=words(metonymy.get("sanction_nouns") or ()),
        motion_words=words(metonymy.get("motion_words") or ()),
        motion_reach=int(metonymy.get("motion_reach") or 0),
        seizure_words=words(metonymy.get("seizure_words") or ()),
        seizure_reach=int(metonymy.get("seizure_reach") or 0),
        city_relation_words=words(metonymy.get("city_relation_words") or ()),
        city_relation_reach=int(metonymy.get("city_relation_reach") or 0),
        relation_nouns=words(metonymy.get("relation_nouns") or ()),
        relation_reach=int(metonymy.get("relation_reach") or 0),
        relation_bodies=words(metonymy.get("relation_bodies") or ()),
        each_words=words(metonymy.get("each_words") or ("كل",)),
        allies_after=words(metonymy.get("allies_after") or ()),
        witness_verbs=words(metonymy.get("witness_verbs") or ()),
        link_verbs=words(metonymy.get("link_verbs") or ()),
        link_nouns=words(metonymy.get("link_nouns") or ()),
        link_reach=int(metonymy.get("link_reach", 0)),
        resolved_after=words(metonymy.get("resolved_after") or ()),
        being_verbs=words(metonymy.get("being_verbs") or ()),
        being_reach=int(metonymy.get("being_reach") or 0),
        wavering_after=words(metonymy.get("wavering_after") or ()),
        temper_nouns=words(metonymy.get("temper_nouns") or ()),
        temper_degrees=words(metonymy.get("temper_degrees") or ()),
        aside_closers=words(metonymy.get("aside_closers") or ()),
        obligation_prepositions=words(metonymy.get("obligation_prepositions") or ()),
        obligation_after=words(metonymy.get("obligation_after") or ()),
        obligation_before=words(metonymy.get("obligation_before") or ()),
        request_verbs=words(metonymy.get("request_verbs") or ()),
        condition_verbs=words(metonymy.get("condition_verbs") or ()),
        reliance_words=words(metonymy.get("reliance_words") or ()),
        order_nouns=words(metonymy.get("order_nouns") or ()),
        issue_words=words(metonymy.get("issue_words") or ()),
        publication_nouns=words(metonymy.get("publication_nouns") or ()),
        publication_reach=int(metonymy.get("publication_reach") or 0),
        coming_words=words(metonymy.get("coming_words") or ()),
        coming_nouns=words(metonymy.get("coming_nouns") or ()),
        coming_reach=int(metonymy.get("coming_reach") or 0),
        request_reach=int(metonymy.get("request_reach") or 0),
        continent_nouns=words(raw.get("continent_nouns") or ()),
        family_nisba_not_after=words(raw.get("family_nisba_not_after") or ()),
        family_nisba_again_not_after=words(raw.get("family_nisba_again_not_after") or ()),
        family_nisba_again_titles=words(raw.get("family_nisba_again_titles") or ()),
        scholar_titles=words(raw.get("scholar_titles") or ()),
        compound_name_heads=words(raw.get("compound_name_heads") or ()),
        indefinite_nisba_not_after=words(raw.get("indefinite_nisba_not_after") or ()),
        nisba_nationality_after=words(raw.get("nisba_nationality_after") or ()),
        family_name_particles=words(raw.get("family_name_particles") or ()),
        given_name_nisbas=words(raw.get("given_name_nisbas") or ()),
        given_name_nisba_not_after=words(raw.get("given_name_nisba_not_after") or ()),
        given_name_min_share=float(raw.get("given_name_min_share", 1.0)),
        given_names_not_before=words(raw.get("given_names_not_before") or ()),
        name_particles=words(raw.get("name_particles") or ()),
        name_openers={
            str(body): frozenset(str(i) for i in cues or ()) for body, cues in (raw.get("name_openers") or {}).items()
        },
        name_opener_words={
            str(body): words(found or ()) for body, found in (raw.get("name_opener_words") or {}).items()
        },
        federation_names=frozenset(alias_key(str(w)) for w in raw.get("federation_names") or ()),
        federation_sports=frozenset(alias_key(str(w)) for w in raw.get("federation_sports") or ()),
        region_list_nouns=frozenset(alias_key(str(w)) for w in raw.get("region_list_nouns") or ()),
        region_list_not_after=words(raw.get("region_list_not_after") or ()),
        region_governor_nouns=words(raw.get("region_governor_nouns") or ()),
        bare_region_nouns=frozenset(alias_key(str(w)) for w in (raw.get("bare_region_heads") or {}).get("nouns") or ()),
        bare_region_names=frozenset(alias_key(str(w)) for w in (raw.get("bare_region_heads") or {}).get("names") or ()),
        state_nouns=words(raw.get("state_nouns") or ()),
        state_homonyms=frozenset(alias_key(str(w)) for w in raw.get("state_homonyms") or ()),
        state_homonym_towns={
            alias_key(str(name)): words(towns) for name, towns in (raw.get("state_homonym_towns") or {}).items()
        },
        between_reach=int(metonymy.get("between_reach", 1)),
        city_parts=words(metonymy.get("city_parts") or ()),
        direction_adjectives=words(metonymy.get("direction_adjectives") or ()),
        one_of=words(metonymy.get("one_of") or ()),
        city_kinds=words(metonymy.get("city_kinds") or ()),
        club_capitals=frozenset(alias_key(str(w)) for w in metonymy.get("club_capitals") or ()),
        club_context=words(metonymy.get("club_context") or ()),
        club_capitals_as_opponents=frozenset(
            alias_key(str(w)) for w in metonymy.get("club_capitals_as_opponents") or ()
        ),
        club_opponent_words=words(metonymy.get("club_opponent_words") or ()),
        club_match_marks=words(metonymy.get("club_match_marks") or ()),
        club_transfer_words=words(metonymy.get("club_transfer_words") or ()),
        club_transfer_prepositions=words(metonymy.get("club_transfer_prepositions") or ()),
        club_transfer_reach=int(metonymy.get("club_transfer_reach") or 0),
        title_nouns=words(metonymy.get("title_nouns") or ()),
        title_namers=words(metonymy.get("title_namers") or ()),
        title_reach=int(metonymy.get("title_reach") or 0),
        title_epithets=words(metonymy.get("title_epithets") or ()),
        title_list_nouns=words(metonymy.get("title_list_nouns") or ()),
        title_list_reach=int(metonymy.get("title_list_reach") or 0),
        facing_words=words(metonymy.get("facing_words") or ()),
        taking_verbs=words(metonymy.get("taking_verbs") or ()),
        taken_decisions=words(metonymy.get("taken_decisions") or ()),
        view_nouns=words(metonymy.get("view_nouns") or ()),
        quoted_papers=frozenset(alias_key(str(w)) for w in metonymy.get("quoted_papers") or ()),
        quoted_paper_not_after=words(metonymy.get("quoted_paper_not_after") or ()),
        paper_words_before_parentheses=words(metonymy.get("paper_words_before_parentheses") or ()),
        paper_verbs_before_the_bare_name=words(metonymy.get("paper_verbs_before_the_bare_name") or ()),
        paper_statements_before_the_bare_la=words(metonymy.get("paper_statements_before_the_bare_la") or ()),
        embassy_nouns=words(metonymy.get("embassy_nouns") or ()),
        embassy_hosts=words(metonymy.get("embassy_hosts") or ()),
        embassy_reach=int(metonymy.get("embassy_reach") or 0),
        host_city_context=words(metonymy.get("host_city_context") or ()),
        host_city_context_before=words(metonymy.get("host_city_context_before") or ()),
        super_cup_venues=frozenset(alias_key(str(w)) for w in metonymy.get("super_cup_venues") or ()),
        super_cup_words=words(metonymy.get("super_cup_words") or ()),
        government_cities=frozenset(alias_key(str(w)) for w in metonymy.get("government_cities") or ()),
        state_adjectives_after=words(metonymy.get("state_adjectives_after") or ()),
        entry_words=words(metonymy.get("entry_words") or ()),
        entered_after=words(metonymy.get("entered_after") or ()),
        described_after=words(metonymy.get("described_after") or ()),
        acts_after_short=words(metonymy.get("acts_after_short") or ()),
        negations_after=words(metonymy.get("negations_after") or ()),
        wills_after_negation=words(metonymy.get("wills_after_negation") or ()),
        topic_openers=words(metonymy.get("topic_openers") or ()),
        near_states=frozenset(str(c) for c in (raw.get("namesake_towns") or {}).get("near_states") or ()),
        namesake_heads=words((raw.get("namesake_towns") or {}).get("heads") or ()),
    )


_MARK_RE = re.compile(f"[{DIACRITICS}]")
_SHADDA_KEPT_RE = re.compile(f"(?!\u0651)[{DIACRITICS}]")  # every mark but the shadda


def vowel_marks(written: str) -> frozenset[tuple[int, str]]:
    """The diacritics of a word as (index of the letter they follow, mark): عُمان → {(0, 'ُ')}."""
    marks, letter = set(), -1
    for char in written:
        if _MARK_RE.fullmatch(char):
            marks.add((letter, char))
        elif char != "ـ":
            letter += 1
    return frozenset(marks)


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
    """Whether ``word`` or one of its :func:`_bare_forms` is in ``words`` (the forms tried in the same
    order without building them: called for most matches)."""
    if word is None:
        return False
    if word in words:
        return True
    if len(word) > 3 and word[0] in CONJUNCTIONS:
        word = word[1:]
        if word in words:
            return True
    return len(word) > 3 and word[0] in PREPOSITIONS and word[1:] in words


def _a_head_before_a_title(norm: str, start: int, words: ContextWords) -> bool:
    """Whether a title (``person_name_titles``) stands right before ``start`` and a ``person_name_heads`` word right
    before it: the person's name is a place's or a body's named after him (``مركز الأمير محمد بن نايف للمناصحة``,
    ``مطار الإمام الخميني``), as discovery drops a person after such a head and title (``discovery.yaml``'s
    ``named_after``). The title bare, one word: after a head with its article the name is the man's (``المجلس الأعلى
    للجامعة الأمير محمد بن نايف``)."""
    if not words.person_name_titles:
        return False
    j, i = _previous_word_span(norm, start)
    return j < i and norm[j:i] in words.person_name_titles and _in(previous_word(norm, j), words.person_name_heads)


def _a_declarations_capital(norm: str, alias_start: int, words: ContextWords) -> bool:
    """Whether the capital at ``alias_start`` names a declaration (``declaration_capitals``: إعلان القاهرة),
    with no announcement's object after it (``declaration_not_before``: إعلان القاهرة عن …)."""
    for name in words.declaration_capitals:
        end = alias_start + len(name)
        if norm.startswith(name, alias_start) and (end == len(norm) or not norm[end].isalnum()):
            return not _in(next_word(norm, end), words.declaration_not_before)
    return False


#: The last text :func:`previous_word` read and the words it found there by position: the rules of a match ask
#: for the same word again and again (about half of its calls). A new pair for a new text, never one changed in
#: place, so that threads reading different texts never share a dict.
_PREVIOUS_WORDS: tuple[str, dict[int, str | None]] = ("", {})


def previous_word(norm: str, start: int) -> str | None:
    """The word before position ``start`` of normalised text (separators skipped), if any: what
    ``(\\w+)[separators]*\\Z`` finds in the :data:`_WINDOW` characters before it, scanned backwards
    (called for most matches: a regex search tries every position of the window)."""
    global _PREVIOUS_WORDS
    text, words = _PREVIOUS_WORDS
    if text is not norm:
        words = {}
        _PREVIOUS_WORDS = (norm, words)
    try:
        return words[start]
    except KeyError:
        j, i = _previous_word_span(norm, start)
        word = words[start] = norm[j:i] if j < i else None
        return word


def _previous_word_span(norm: str, start: int) -> tuple[int, int]:
    """Where the word :func:`previous_word` finds begins and ends (equal when there is none)."""
    lo = max(0, start - _WINDOW)
    i = start
    while i > lo and norm[i - 1] in _SEPARATOR_CHARS:
        i -= 1
    j = i
    while j > lo and (norm[j - 1].isalnum() or norm[j - 1] == "_"):
        j -= 1
    return j, i


_MEASURE_RE = re.compile(
    rf"(?:{SEPARATOR_CLASS}+(?:يصل|يبلغ|الي|نحو|حوالي))*"  # بقطر يصل إلى 40 ملليمتر
    rf"((?:{SEPARATOR_CLASS}*\d+(?:[.,]\d+)?|{SEPARATOR_CLASS}+(?:او|و|الي|-))+)"  # 18 أو 20 أو22
    rf"({SEPARATOR_CLASS}+\w+)?"  # the unit
)


def _a_measure_after(norm: str, end: int, units: frozenset[str]) -> bool:
    """Whether a number and one of ``units`` follow position ``end`` of normalised text (with the verbs and
    words of a range between): ``بقطر 18 أو 20 أو22 بوصة``, ``بقطر يصل إلى 40 ملليمتر``, not ``بورصة قطر 0.9 في
    المئة``."""
    m = _MEASURE_RE.match(norm, end)
    if m is None or not re.search(r"\d", m.group(1)) or m.group(2) is None:
        return False
    unit = m.group(2).strip(" \t\n\"'-")
    return unit in units or (len(unit) > 1 and unit[0] == "و" and unit[1:] in units)


def next_word(norm: str, end: int) -> str | None:
    m = _NEXT_WORD_RE.match(norm, end)
    return m.group(1) if m else None


def _a_will_after(norm: str, end: int, words: ContextWords) -> bool:
    """Whether the word after the one that follows ``end`` (a negation) is a verb of will
    (``wills_after_negation``: بغداد لا تريد)."""
    m = _NEXT_WORD_RE.match(norm, end)
    return m is not None and next_word(norm, m.end(1)) in words.wills_after_negation


def _in_construct(norm: str, end: int, gazetteer: Gazetteer) -> bool:
    """Whether a word with the article follows position ``end`` with only blanks between, and is no state's nisba:
    the name before it is a noun in construct (``مشهد المفاوضات``, ``مشهد التوديع``), not a town, which such a word
    follows as its agreeing adjective (``في مشهد الإيرانية``)."""
    m = _NEXT_WORD_RE.match(norm, end)
    if m is None or norm[end : m.start(1)].strip() or not m.group(1).startswith("ال"):
        return False
    nisba = gazetteer.by_key.get(alias_key(m.group(1)))
    return nisba is None or nisba.alias_kind != "adjective"


def _a_topic_then_its_verb(norm: str, start: int, end: int, words: ContextWords) -> bool:
    """Whether one of the ``topic_openers`` stands right before position ``start`` and the word after ``end`` is ف
    glued to a verb (its form, or one of ``acts_after_short``), or ف glued to one of ``negations_after`` and a verb
    after it: ``اما بكين فرفضت وقف انشطتها``, ``أما واشنطن فلا تزال مترددة``, the topic the verb's subject. Not a verb
    of what a city is or undergoes (``place_verbs``); not with a word between (``أما لندن التي تعاني بصمت``)."""
    m = _NEXT_WORD_RE.match(norm, end)
    if m is None or len(m.group(1)) < 3 or m.group(1)[0] != "ف":
        return False
    if not _in(previous_word(norm, start), words.topic_openers):
        return False
    verb = m.group(1)[1:]
    if verb in words.negations_after:
        verb = next_word(norm, m.end(1)) or ""
    return (_looks_like_verb(verb, words, present=False) or verb in words.acts_after_short) and not _in(
        verb, words.place_verbs
    )


def _before_says(
    norm: str, match_start: int, alias_start: int, words: ContextWords, names: Mapping[str, Alias] | None = None
) -> bool | None:
    """What the proclitics and the word before a capital say: True (acts), False (a place) or None.
    ``names`` (alias keys) are never verbs: ``زار وفد تركي موسكو``."""
    clitics = norm[match_start:alias_start]
    if "ب" in clitics:  # بدمشق: in Damascus; علاقات تل أبيب بأنقرة: a party to a relation, its government
        return _after_a_relation(norm, match_start, words)
    if _DATELINE_RE.search(norm, max(0, match_start - 4), match_start):  # عين اليوم – أنقرة
        return False
    before = previous_word(norm, match_start)
    such_as = _SUCH_AS_RE.search(norm, max(0, match_start - 8), match_start)
    if such_as:  # بورصات مثل، السعودية ومصر ومسقط، مدن مثل بغداد: the word before مثل says it
        return _before_says(norm, such_as.start(1), such_as.start(1), words, names)
    if before == "من" and previous_word(norm, match_start - len(before) - 1) in words.each_words:
        # كل من أنقرة وموسكو "both Ankara and Moscow": the word before كل says what it says right before them
        # (في كل من القاهرة وبيروت: in both cities; بورصات كل من مسقط وبيروت: their markets; فإن كلا من طهران
        # وأنقرة أكدت: the governments)
        at = _previous_word_span(norm, _previous_word_span(norm, match_start)[0])[0]
        return _before_says(norm, at, at, words, names)
    if "و" in clitics and before is not None and len(before) > 3 and before[0] == "و":
        return None  # وتبليسيا وباريس: a name joined to another word by و, the word no verb of it
    if "و" in clitics and _in(previous_word(norm, match_start - len(before or "") - 1), words.between):
        # بين قياداتها وكابل: the second of two parties after بين, the first no name (a road: الطريق بين …)
        at = _previous_word_span(norm, match_start)[0]
        return not _between_places(norm, _previous_word_span(norm, at)[0], words)
    if before is not None and _an_agent_phrase(norm, match_start, before, words):
        # «تعاون جيد جدا» من جانب أثينا: on the part of its government; بطلب من أنقرة (من a locative otherwise)
        return True
    if before is not None and _asked_or_bound(norm, match_start, before, words):
        return True  # واشنطن طلبت من أنقرة، والمطلوب من أثينا إعطاء ضمانات، واشترط الدائنون على أثينا: its government
    if before is not None and _a_locative_phrase(norm, match_start, before, words):
        return False  # وكانت مديرية أمن القاهرة قد تلقت بلاغا: the city's security directorate
    if _in(before, words.facing_words):
        return True  # فليس أمام إسلام آباد خيارات أخرى، وأمام الرياض مساحة كبيرة لإصدار السندات: its options
    if before is not None and _a_view_of(norm, match_start, before, words):
        return True  # وبنظر أنقرة هذا يمنع، وبرأي باريس، في عين واشنطن: its government's view
    if _in(before, words.locatives):
        return False
    if _a_witness_with_its_pronoun(before, words):
        return False  # التظاهرة التي شهدتها نواكشوط، الفعاليات التي تستضيفها الدوحة: what the city saw or hosted
    if _a_link_between_places(norm, match_start, words):
        return False  # الطريق الساحلية التي تربط بيروت، خطوطا وجسورا تربط بين صنعاء ومأرب: the city linked
    if (
        before is not None
        and before.startswith("ال")
        and before.endswith(("يه", "ي"))
        and _in(previous_word(norm, _previous_word_span(norm, match_start)[0]), words.locatives)
    ):
        # an adjective between: "بالعاصمة البريطانية لندن", "في العاصمة السورية دمشق"; a quotation mark too:
        # "بالعاصمة القطرية «الدوحة»" (the word before the adjective found past it, not one character before)
        return False
    if _in(before, words.between) and before is not None:
        # الخط الرابط بين تعز وصنعاء: a road between places; العلاقات بين الرياض وطهران: governments
        return not _between_places(norm, _previous_word_span(norm, match_start)[0], words)
    if (
        before is not None
        and before in words.sanction_prepositions
        and _after_a_sanction(norm, match_start, before, words)
    ):
        return True  # رفع العقوبات عن طهران، العقوبات المفروضة على طهران
    if _in(before, words.agreement_nouns):  # اتفاق فيينا: the city where it was made (the parties: below)
        return False
    if _in(before, words.declaration_nouns) and _a_declarations_capital(norm, alias_start, words):
        return False  # إعلان القاهرة: the declaration made in the city (إعلان واشنطن مقتله: below, acts)
    if any(_in(before, group) for group in (words.acts_before, words.actor_nouns)):
        return True
    if before in words.clause_openers:
        return True
    if "ل" in clitics and _a_part_of_the_city(norm, match_start, words):
        return False  # المدخل الجنوبي لبيروت، الغوطة الشرقية لدمشق: a part of the city
    if "ل" in clitics and _after_a_motion(norm, match_start, words):
        return False  # زيارة الأمير محمد بن سلمان للقاهرة، العودة للرياض: to the city
    if "ل" in clitics and _after_a_seizure(norm, match_start, words):
        return False  # منذ اجتياح الميليشيات لصنعاء، الغزو الأميركي لبغداد: the city taken
    if "ل" in clitics and _after_a_city_relation(norm, match_start, words):
        return False  # لوحات دقيقة لوارسو، بلدة داريا المحاذية لدمشق: the city's own picture, neighbour, walls
    if "ل" in clitics:  # الضغوط غير الشرعية لواشنطن: Washington's pressure
        return True
    if before is not None and before in words.pronoun_prepositions:  # ما تقوم به دمشق
        verb = previous_word(norm, match_start - len(before) - 1)
        if _in(verb, words.acts_before) or _looks_like_verb(verb, words, present=True):
            return True
    if names is not None and before is not None and any(form in names for form in _bare_forms(before)):
        return None
    if _looks_like_verb(before, words, present=True):  # أيدت موسكو، يمكن أنقرة
        return True
    return None


def _an_agent_phrase(norm: str, match_start: int, before: str, words: ContextWords) -> bool:
    """Whether the two words before a capital are one of ``agent_phrases`` (من جانب), the first with or
    without a conjunction (ومن جانب)."""
    first = previous_word(norm, _previous_word_span(norm, match_start)[0])
    if first is None:
        return False
    forms = {first, first[1:]} if len(first) > 1 and first[0] in CONJUNCTIONS else {first}
    return any((form, before) in words.agent_phrases for form in forms)


def _asked_or_bound(norm: str, match_start: int, before: str, words: ContextWords) -> bool:
    """Whether the preposition right before a capital follows a verb that asks something of it (``request_verbs``
    before من) or a noun of its orders, pay, aid or issue (``order_nouns`` before من or عن), lays a condition on it
    or relies on it (``condition_verbs``, ``reliance_words`` before على), among the ``request_reach`` words before
    the preposition, in the same phrase: ``طلب البنتاغون من بكين``, ``والمطلوب من أثينا``, ``تعليمات محددة من
    موسكو``, ``رواتبهم من بغداد``, ``المعلومات الصادرة عن واشنطن``, ``واشترط الدائنون على أثينا``, ``يعول على
    الرياض``; not ``وأن هذا الطلب بدأ الآن يخرج من لندن`` (a noun, demand). A verb of issuing (``issue_words``
    before من or عن) too, no publication before it: ``التصريحات التي صدرت عن واشنطن``, ``صدر بيان من بغداد``; not
    ``جريدة الحياة اللبنانية التي تصدر من بيروت`` (a paper published in the city). A verb of coming (``coming_words``
    before من or عن) too, with an initiative, a solution or a danger (``coming_nouns``) before it: ``مبادرة هذا الأسبوع
    جاءت من موسكو``, ``الحل يأتي من طهران``; not ``القادم من الرياض`` (a traveller)."""
    if before == "من":
        wanted = words.request_verbs | words.order_nouns
    elif before == "عن":
        wanted = words.order_nouns  # المعلومات الصادرة عن واشنطن: issued by it (no verb asks عن)
    elif before == "علي":
        wanted = words.condition_verbs | words.reliance_words
    else:
        return False
    at = _previous_word_span(norm, match_start)[0]
    if _among_the_words_before(norm, at, wanted, words.request_reach):
        return True
    if before not in ("من", "عن"):
        return False
    if _among_the_words_before(norm, at, words.issue_words, words.request_reach):
        return not _among_the_words_before(norm, at, words.publication_nouns, words.publication_reach)
    return _among_the_words_before(norm, at, words.coming_words, words.request_reach) and _among_the_words_before(
        norm, at, words.coming_nouns, words.coming_reach
    )


def _a_local_government(norm: str, match: tuple[int, int, int, str], words: ContextWords) -> bool:
    """Whether the word right before a capital (no proclitic on the capital) and the capital are one of
    ``local_governments``: ``حكومة أبوظبي`` (the emirate's), the noun with or without a proclitic (لحكومة أبوظبي)."""
    match_start, alias_start, _, key = match
    before = previous_word(norm, match_start) if match_start == alias_start else None
    return before is not None and any((form, key) in words.local_governments for form in _bare_forms(before))


def _a_view_of(norm: str, match_start: int, before: str, words: ContextWords) -> bool:
    """Whether the word before a capital is one of ``view_nouns`` with ب glued to it (a conjunction before it or
    not: ``وبنظر أنقرة``, ``وبرأي باريس``) or right after في (``في عين واشنطن``, ``وفي نظر``); not the bare noun
    (``عين لندن``, the London Eye)."""
    word = before[1:] if len(before) > 3 and before[0] in CONJUNCTIONS else before
    if len(word) > 2 and word[0] == "ب" and word[1:] in words.view_nouns:
        return True
    if word not in words.view_nouns:
        return False
    opener = previous_word(norm, _previous_word_span(norm, match_start)[0])
    return opener is not None and opener in ("في", "وفي", "ففي")


def _a_locative_phrase(norm: str, match_start: int, before: str, words: ContextWords) -> bool:
    """Whether the two words before a capital are one of ``locative_phrases`` (مديرية أمن), the first with or
    without a conjunction or a preposition (لمديرية أمن، ومديرية أمن)."""
    if not words.locative_phrases:
        return False
    first = previous_word(norm, _previous_word_span(norm, match_start)[0])
    return first is not None and any((form, before) in words.locative_phrases for form in _bare_forms(first))


#: مثل "such as" right before a name, a comma after it or not (:func:`_before_says`).
_SUCH_AS_RE = re.compile(r"(?:\A|\s)(مثل)[\s،,]*\Z")


#: What ends a phrase for :func:`_after_a_motion`: a stop, a comma, a colon, a bracket, a quote, a dash.
_PHRASE_BREAK_RE = re.compile(r"[.،,:؛;!?؟()«»“”\"\-–—\n]")


def _after_a_motion(norm: str, match_start: int, words: ContextWords) -> bool:
    """Whether one of the ``motion_words`` stands among the ``motion_reach`` words before a capital (with
    ل glued to it), in the same phrase and clause: ``زيارة الأمير محمد بن سلمان للقاهرة``, ``تم نقلهم للرياض``,
    ``وصلت بعثة الفريق … الأستاذ نايف المهيلب للقاهرة``; not ``خلال زيارة إلى طهران -أهم حليف لدمشق`` (a dash
    between), nor ``الذي أعقب زيارة … التي سلمت سيادة العراق لطهران`` (a relative pronoun between, not the
    visit's own: ``الزيارة التي قام بها قاسم سليماني لموسكو`` is to the city)."""
    return _among_the_words_before(
        norm, match_start, words.motion_words, words.motion_reach, stop=words.relative_pronouns
    )


def _after_a_transfer(norm: str, match_start: int, alias_start: int, words: ContextWords) -> bool:
    """Whether a capital follows one of the ``club_transfer_prepositions`` (or a ل glued to it) with one of the
    ``club_transfer_words`` among the ``club_transfer_reach`` words before, in the same phrase: ``انضم صلاح إلى
    روما``, ``ينتقل من تشيلسي لروما``, ``قادما من روما``; not ``انتقال المهاجم البوسني، إدين دزيكو، إلى روما``
    (a comma between), nor ``وصل إلى روما`` (no move of a player)."""
    if "ل" in norm[match_start:alias_start]:
        at = match_start
    else:
        before = previous_word(norm, match_start)
        if before is None or before not in words.club_transfer_prepositions:
            return False
        at = _previous_word_span(norm, match_start)[0]
    return _among_the_words_before(norm, at, words.club_transfer_words, words.club_transfer_reach)


#: What may stand between a quotation mark (or a parenthesis) and a name inside the same quotation
#: (:func:`_in_a_works_title`).
_TITLE_OPENING_RE = re.compile(r"[\"“«(]([^\"“”«»().،:؛!?؟\n]{0,40})\Z")
_TITLE_CLOSING_RE = re.compile(r"[^\"“”«»().،:؛!?؟\n]{0,40}[\"”»)]")
#: A list of titles in one parenthesis may hold commas (:func:`_in_a_works_title`'s list of works).
_TITLE_LIST_CLOSING_RE = re.compile(r"[^\"“”«»().:؛!?؟\n]{0,60}[”»)]")
#: What ends the sentence a list of works is named in.
_WORKS_LIST_BREAK_RE = re.compile(r"[.!?؟\n]")


def _in_a_works_title(norm: str, match_start: int, end: int, words: ContextWords) -> bool:
    """Whether a name stands inside a quotation that opens right after one of the ``title_nouns`` (``فيلم “بتوقيت
    القاهرة”``, ``مسرحية «باي باي لندن»``), or after one of the ``title_namers`` with one of the ``title_nouns`` among
    the ``title_reach`` words before it (``الفيلم الذي سيكون أول عمل سينمائي لها عنوانه «ستوكهولم حبي»``): the
    title of a work. Not a headline (``تحت عنوان «الكويت تتحدى الطائفية»``: no work named), nor a festival named
    after its city (``مهرجانات «أعياد بيروت»``). A parenthesis as a quotation (``في رواية (يا دمشق وداعا)``); an
    epithet of ``title_epithets`` may stand between the noun and the title (``بأغنيته الشهيرة (بغداد)``); and a
    title in a list of works (:func:`_after_a_list_of_works`)."""
    if not words.title_nouns:
        return False
    opening = _TITLE_OPENING_RE.search(norm, max(0, match_start - 42), match_start)
    if opening is None:
        return False
    quote = opening.start()
    if norm[quote] in "(«“" and _TITLE_LIST_CLOSING_RE.match(norm, end) and _after_a_list_of_works(norm, quote, words):
        return True
    if not _TITLE_CLOSING_RE.match(norm, end):
        return False
    before = previous_word(norm, quote)
    if _in(before, words.title_epithets):
        before = previous_word(norm, _previous_word_span(norm, quote)[0])
    if _in(before, words.title_nouns):
        return True
    if not _in(before, words.title_namers):
        return False
    return _among_the_words_before(norm, _previous_word_span(norm, quote)[0], words.title_nouns, words.title_reach)


def _after_a_list_of_works(norm: str, quote: int, words: ContextWords) -> bool:
    """Whether one of the ``title_list_nouns`` (أغان، روايات) stands among the ``title_list_reach`` words before
    an opened parenthesis or quotation (not a straight ", which may close one as well), in the same sentence (a
    list's ؛ or : between): ``طرحت مؤخرا 10 أغان لفنانين؛ (أهل بغداد)``, ``عدة روايات أثبتت عمق تجربتها … مثل
    (بيروت 75``."""
    return _among_the_words_before(
        norm, quote, words.title_list_nouns, words.title_list_reach, breaks=_WORKS_LIST_BREAK_RE, strip='()«»“”"،؛:'
    )


def _after_a_seizure(norm: str, match_start: int, words: ContextWords) -> bool:
    """Whether one of the ``seizure_words`` stands among the ``seizure_reach`` words before a capital (with ل
    glued to it), in the same phrase: ``منذ اجتياح الميليشيات لصنعاء``, ``واقتحام القوات الأميركية لبغداد``; not
    ``يمثل الاحتلال الإيراني والوكيل الحصري لطهران`` (four words back)."""
    return _among_the_words_before(norm, match_start, words.seizure_words, words.seizure_reach)


def _after_a_city_relation(norm: str, match_start: int, words: ContextWords) -> bool:
    """Whether one of the ``city_relation_words`` stands among the ``city_relation_reach`` words before a capital
    (with ل glued to it), in the same phrase: ``رسم لوحات دقيقة لوارسو``, ``اقرع الأسوار اللامرئية لدمشق``, ``في
    بلدة داريا المحاذية لدمشق``, ``إعادة الهيبة والمجد للخلافة الإسلامية لبغداد``; not ``وحب واشنطن لطهران`` (a
    love, the government's), nor ``الميليشيات التابعة لطهران`` (belonging, not adjacency)."""
    return _among_the_words_before(norm, match_start, words.city_relation_words, words.city_relation_reach)


def _after_a_relation(norm: str, match_start: int, words: ContextWords) -> bool:
    """Whether one of the ``relation_nouns`` stands among the ``relation_reach`` words before a capital (with ب
    glued to it), in the same phrase, no body's noun (``relation_bodies``) right before it: ``جهود استعادة علاقات
    تل أبيب بأنقرة``, ``العلاقة التي تربط التنظيمات الإرهابية بطهران``; not ``في مجلس العلاقات الخارجية بواشنطن``
    (the council in the city)."""
    return _among_the_words_before(
        norm, match_start, words.relation_nouns, words.relation_reach, not_after=words.relation_bodies
    )


_LIST_BREAK_RE = re.compile(r"[.:؛;!?؟()«»“”\"\-–—\n]")


def _a_later_club_in_a_list(
    norm: str, match_start: int, alias_start: int, heads: frozenset[str], breaks: frozenset[str]
) -> bool:
    """Whether a match is a later item of a list that opens right after one of ``heads`` (clubs', teams', a player's
    word), its items one or two words each, joined by و or commas, six words at most before it, no other
    punctuation and none of ``breaks`` between: ``اندية الرائد والحزم ونجران``, ``لاعب برشلونة وميلانو السابق``;
    not a list's first item, nor a list of cities after another word (``الرياض وجدة والدمام``), nor after a head
    with its article and a nisba (``صدارة الأندية السعودية وقارة آسيا``: the Saudi clubs, then a place)."""
    if not heads:
        return False
    glued = match_start < alias_start and norm[match_start] == "و"
    if not glued and not norm[max(0, match_start - 8) : match_start].rstrip().endswith(("،", ",")):
        return False  # no list's later item: most places, at the cost of a slice (the hot path)
    window = norm[max(0, match_start - 200) : match_start]
    window = window[max((m.end() for m in _LIST_BREAK_RE.finditer(window)), default=0) :]
    tokens = window.replace("،", " ، ").replace(",", " ، ").split()
    if not glued and not (tokens and tokens[-1] == "،"):
        return False
    item, seen, nisba_after_article = 0, 0, False
    for token in reversed(tokens):
        if token == "،":
            if item == 0 and seen:
                return False
            item = 0
            continue
        if _in(token, heads):
            return item > 0 and not (nisba_after_article and "ال" in token[:4])
        if token in breaks:
            return False
        seen += 1
        item += 1
        nisba_after_article = token.startswith("ال") and token.endswith("يه")
        if item > 2 or seen > 6:
            return False
        if len(token) > 2 and token[0] == "و":
            item = 0
    return False


def _among_the_words_before(
    norm: str,
    match_start: int,
    wanted: frozenset[str],
    reach: int,
    stop: frozenset[str] = frozenset(),
    *,
    breaks: re.Pattern[str] = _PHRASE_BREAK_RE,
    strip: str = "",
    not_after: frozenset[str] = frozenset(),
) -> bool:
    """Whether one of ``wanted`` stands among the ``reach`` words before ``match_start``, none of ``breaks``
    (punctuation, by default) and none of ``stop`` between, unless the stop word follows the wanted one (``الزيارة
    التي قام بها قاسم سليماني لموسكو``: the relative clause is the visit's own); the nearest wanted word does not
    count right after one of ``not_after`` (``مجلس العلاقات الخارجية بواشنطن``: a body's name); ``strip``:
    characters taken off each word's ends before it is looked up."""
    if not reach:
        return False
    window = norm[max(0, match_start - 30 * reach) : match_start]
    cut = max((m.end() for m in breaks.finditer(window)), default=0)
    before = [w.strip(strip) for w in window[cut:].split()]  # strip(""): the word as it is
    first = max(0, len(before) - reach)
    for i in range(len(before) - 1, first - 1, -1):
        if _in(before[i], wanted):
            return not (i > 0 and _in(before[i - 1], not_after))
        if before[i] in stop:
            return i > first and _in(before[i - 1], wanted)
    return False


#: The object pronouns a verb of ``witness_verbs`` takes (شهدتها، تستضيفه), longest first.
_OBJECT_PRONOUNS = ("هما", "هم", "ها", "ه")


def _a_witness_with_its_pronoun(word: str | None, words: ContextWords) -> bool:
    """Whether ``word`` is one of the ``witness_verbs`` with an object pronoun: ``شهدتها``, ``وتستضيفه``."""
    if word is None:
        return False
    for form in _bare_forms(word):
        for pronoun in _OBJECT_PRONOUNS:
            if form.endswith(pronoun) and form[: -len(pronoun)] in words.witness_verbs:
                return True
    return False


def _between_places(norm: str, between_start: int, words: ContextWords) -> bool:
    """Whether one of the ``between_places`` stands among the ``between_reach`` words before بين (starting at
    ``between_start``), in the same phrase: ``الخط الرابط بين``, ``برحلتين أسبوعيا بين``, ``رحلة عادية بين``;
    not ``خارطة طريق للعلاقات وتوحيد الرؤى بين`` (four words before)."""
    window = norm[max(0, between_start - 25 * max(words.between_reach, 1)) : between_start]
    cut = max((m.end() for m in _PHRASE_BREAK_RE.finditer(window)), default=0)
    before = window[cut:].split()[-max(words.between_reach, 1) :]
    if any(_in(word, words.between_places) for word in before):
        return True
    # a tour between capitals (جولات خارجية بين موسكو وبيروت): the cities toured; not a round of talks (جولات
    # مباحثات بين الرياض وطهران: the parties)
    return any(
        _in(word, words.tour_nouns)
        and not any(_in(w, words.agreement_nouns) and not _in(w, words.tour_nouns) for w in before[i + 1 :])
        for i, word in enumerate(before)
    )


def _a_part_of_the_city(norm: str, match_start: int, words: ContextWords) -> bool:
    """Whether one of the ``city_parts`` and one or more ``direction_adjectives`` after it (joined by و) stand
    right before a capital: ``المدخل الجنوبي لبيروت``, ``في الريفين الشرقي والغربي لدمشق``."""
    at, to = _previous_word_span(norm, match_start)
    directions = 0
    while at < to and directions < 3 and _in(norm[at:to], words.direction_adjectives):
        directions += 1
        at, to = _previous_word_span(norm, at)
    return directions > 0 and at < to and _in(norm[at:to], words.city_parts)


def _one_of_the_cities(norm: str, end: int, words: ContextWords) -> bool:
    """Whether the words right after a capital (ending at ``end``) say it is one of the cities, places or
    destinations it is ranked with: one of ``one_of``, then one of ``city_kinds`` as the next word, or as the
    word after من and one word, or after one word (``لندن أحد أفضل المواقع``, ``فيينا واحدة من المدن``,
    ``باريس من أجمل المدن``); not ``بكين أحد أهم الشركاء`` (its government, a partner)."""
    after: list[str] = []
    at = end
    while len(after) < 4:
        m = _NEXT_WORD_RE.match(norm, at)
        if m is None:
            break
        after.append(m.group(1))
        at = m.end()
    if not after or not _in(after[0], words.one_of):
        return False
    rest = after[1:]
    if rest and rest[0] == "من" and after[0] != "من":
        rest = rest[1:]
    return any(_in(word, words.city_kinds) for word in rest[:2])


#: A word after a capital with a comma or separators only between: ``لندن، كمدينة``.
_GLOSS_WORD_RE = re.compile(rf"{SEPARATOR_CLASS}*[،,]?{SEPARATOR_CLASS}*(\w+)")


def _named_a_city(norm: str, match_start: int, end: int, words: ContextWords) -> bool:
    """Whether the words around a capital (from ``match_start`` to ``end``) name it a city: one of
    ``city_gloss_nouns`` right after it (a comma between), or after up to ``city_gloss_reach`` of
    ``city_gloss_links`` (``أن لندن، كمدينة رئيسية في العالم``, ``أن الرياض العاصمة أصبحت مدينة جاذبة``, ``وتعتبر لندن
    المدينة الاولى في العالم``); or one of ``city_likeness_before`` right before it after a city noun (``لم يكن
    هناك مدينة تشبه لندن``)."""
    at = end
    for _ in range(words.city_gloss_reach + 1):
        m = _GLOSS_WORD_RE.match(norm, at)
        if m is None:
            break
        if m.group(1) in words.city_gloss_nouns:
            return True
        if m.group(1) not in words.city_gloss_links or "،" in m.group(0) or "," in m.group(0):
            break
        at = m.end()
    before = previous_word(norm, match_start)
    if before is None or before not in words.city_likeness_before:
        return False
    return previous_word(norm, _previous_word_span(norm, match_start)[0]) in words.city_gloss_nouns


#: What ends a sentence for :func:`_a_link_between_places`: a stop, a semicolon, a colon, a line's end.
_SENTENCE_BREAK_RE = re.compile(r"[.!?؟؛;:\n]")


def _a_link_between_places(norm: str, match_start: int, words: ContextWords) -> bool:
    """Whether one of the ``link_verbs`` stands right before a capital (or before بين before it), with one of
    the ``between_places`` or ``link_nouns`` among the ``link_reach`` words before the verb, in the same
    sentence: ``الطريق الساحلية التي تربط بيروت``, ``قطارين يربطان طهران``; not ``العلاقات التي تربط واشنطن``."""
    if not words.link_reach:
        return False
    at, to = _previous_word_span(norm, match_start)
    if at < to and _in(norm[at:to], words.between):
        at, to = _previous_word_span(norm, at)
    if at == to or not _in(norm[at:to], words.link_verbs):
        return False
    window = norm[max(0, at - 20 * words.link_reach) : at]
    cut = max((m.end() for m in _SENTENCE_BREAK_RE.finditer(window)), default=0)
    return any(
        _in(word.strip("،,"), words.link_nouns) or _in(word.strip("،,"), words.between_places)
        for word in window[cut:].split()[-words.link_reach :]
    )


def _after_a_sanction(norm: str, match_start: int, preposition: str, words: ContextWords) -> bool:
    """Whether one of the ``sanction_nouns`` stands before ``preposition`` (right before the name at
    ``match_start``), or before one or two adjectives with the article before it: ``العقوبات الدولية عن
    طهران``, ``العقوبات الاقتصادية المفروضة على طهران``; or one without it after a noun without it: ``حظر تجاري
    على موسكو``."""
    at = match_start - len(preposition) - 1
    noun, noun_at = previous_word(norm, at), at
    for _ in range(2):  # an adjective between, or two
        if noun is None or _in(noun, words.sanction_nouns):
            break
        noun_at = _previous_word_span(norm, noun_at)[0]
        definite, noun = noun.startswith("ال"), previous_word(norm, noun_at)
        if not definite:  # حظر تجاري: an indefinite adjective after an indefinite noun, no more
            if noun is not None and noun.startswith("ال"):
                noun = None
            break
    if _in(noun, words.sanction_nouns):
        return True
    # a relative clause of three words at most between: العقوبات التي فرضها الغرب على موسكو
    window = norm[max(0, at - 80) : at]
    phrase = window[max((m.end() for m in _PHRASE_BREAK_RE.finditer(window)), default=0) :].split()
    if any(
        phrase[i] in _RELATIVES and i > 0 and _in(phrase[i - 1], words.sanction_nouns)
        for i in range(max(0, len(phrase) - 4), len(phrase) - 1)
    ):
        return True
    # or longer: adjectives joined by و, an adverb, غير, a relative clause after an adjective, up to
    # ``sanction_reach`` words in the same phrase: العقوبات الاقتصادية والمالية والنفطية على طهران، رفع العقوبات
    # الدولية تدريجيا عن طهران، العقوبات الدولية التي كانت مفروضة على طهران
    return words.sanction_reach > 0 and any(_in(word, words.sanction_nouns) for word in phrase[-words.sanction_reach :])


#: The relative pronouns after a sanction noun (:func:`_after_a_sanction`), normalised.
_RELATIVES = frozenset({"التي", "الذي", "اللتي", "اللذي"})


#: A noun of the shape تفعيل (ت, two letters, ي, a letter other than the pronoun ه: تاريخ، تطوير، تقديم),
#: never a present verb of five letters (تطالب، تواصل، تعتبر have no ي there; تبنيه is تبني + ه):
#: "في تاريخ لندن العريق" is the city's history, "منارات الرياض لتقديم الدعم" no verb after Riyadh. Its plural
#: too (تفجيرات، تعليمات): "وأسفرت تفجيرات كابل الثلاثة" (the third metonymy sample) are the city's bombings.
#: And with the accusative's alif, an adverb (تحديدا، تمهيدا، تنديدا): "إنجلترا ولندن تحديدا", "في لقاءات موسكو
#: تمهيدا لاعتماده" (the nineteenth metonymy file's class) name the city, no verb after it.
_VERBAL_NOUN_RE = re.compile(r"ت\w\wي[^\Wه](?:ات|ا)?")


@lru_cache(maxsize=8)
def _verb_prefixes(acts_after_prefixes: tuple[str, ...], present: bool) -> tuple[str, ...]:
    """The prefixes of a verb form for :func:`_looks_like_verb`, made once per word list (it is called
    for most metonyms)."""
    return tuple(p for p in acts_after_prefixes if p not in _PARTICLES) + (("ي",) if present else ())


def _looks_like_verb(word: str | None, words: ContextWords, *, present: bool) -> bool:
    """A verb by its form, unless one of the ``not_verbs`` (تحت، وقت) or ``locatives`` (يزور):

    * one of the ``acts_after_prefixes`` (لن، قد) or a word of four letters or more starting with
      one (تتهم، ستعمل); with ``present``, a word starting with ي counts too (يمكن أنقرة);
    * a past verb of a feminine subject: a word ending in ت but not in ات (أيدت، فشلت), or in ته /
      تها / تهم with its object (انتقدته);

    never a noun of the shape تفعيل (:data:`_VERBAL_NOUN_RE`: تاريخ، تطوير)."""
    if word is None or _in(word, words.not_verbs) or _in(word, words.locatives):
        return False
    prefixes = _verb_prefixes(words.acts_after_prefixes, present)
    forms = _bare_forms(word)
    if any(_VERBAL_NOUN_RE.fullmatch(form) for form in forms):
        return False  # بتوقيت لندن "London time": ب and a noun of the shape تفعيل, no verb ending in ت
    for form in forms:
        if form.startswith("ال"):
            return False
        if form in words.acts_after_prefixes or (len(form) >= 4 and form.startswith(prefixes)):
            return True
        if len(form) >= 3 and form.endswith("ت") and not form.endswith("ات"):
            return True
        if len(form) >= 5 and form.endswith(("ته", "تها", "تهم")) and not form.endswith(("اته", "اتها", "اتهم")):
            return True  # انتقدته: a past verb with its object
    return False


def _acts_after_its_relative(norm: str, end: int, words: ContextWords) -> bool:
    """Whether a relative pronoun follows position ``end`` and one of the ``acts_before`` verbs right after it, as
    written: the capital is the subject of a verb of saying, deciding or accusing (``فأنقرة التي تعتبر``, ``وموسكو
    التي تنفي``), its government, as it is before the verb with no relative (``أنقرة تعتبر``). Only blanks between the
    capital and the relative: not a festival's quoted name (``«أعياد بيروت» التي قدمت``)."""
    m = _NEXT_WORD_RE.match(norm, end)
    return (
        m is not None
        and not norm[end : m.start(1)].strip()
        and m.group(1) in words.relative_pronouns
        and next_word(norm, m.end()) in words.acts_before
    )


def has_trigger(norm: str, match_start: int, kind: str, words: ContextWords, *, state: bool = False) -> bool:
    """Whether a trigger word stands right before the match: a place trigger for a region, a place
    or an actor trigger for an actor (``سلطنة عمان``, ``جماعة الحوثي``); for a ``state``, not one of
    ``not_state_triggers`` (``وتنظيم مالي جديد``: a financial regulation)."""
    before = previous_word(norm, match_start)
    return (
        _in(before, words.place_triggers)
        or (kind == "region" and _in(before, words.region_triggers))
        or (
            kind != "region"
            and _in(before, words.actor_triggers)
            and not (state and _in(before, words.not_state_triggers))
        )
    )


def _a_capital_after_its_nisba(norm: str, match_start: int, gazetteer: Gazetteer, words: ContextWords) -> bool:
    """Whether a place trigger and one nisba with the article stand right before a capital's city, as the
    metonymy's locatives are read (بالعاصمة البريطانية لندن): ``بالعاصمة البيروفية ليما`` (the third metonymy
    round). For a capital's city only: ``العاصمة الأردنية عمان`` would name Oman, the state that wins عمان; and a
    state's nisba only (not ``أهالي القرية باللوم``)."""
    before = previous_word(norm, match_start)
    if before is None or not before.startswith("ال"):
        return False
    nisba = gazetteer.by_key.get(alias_key(before))
    if nisba is None or nisba.alias_kind != "adjective":
        return False
    return _in(previous_word(norm, match_start - len(before) - 1), words.place_triggers)


def _after_the_capital_noun(
    norm: str, match_start: int, state_ids: Iterable[str], gazetteer: Gazetteer, words: ContextWords
) -> bool:
    """Whether "the capital" (``capital_nouns``) stands right before a state's name, the nisba of one of
    ``state_ids`` (the state named, the capital's own) and a quotation mark allowed between: ``بالعاصمة التونسية
    «تونس»``، ``بالعاصمة تونس``، ``العاصمة الأردنية عمان`` name the city, and so does "the city of" (``في مدينة
    تونس``, ``مدينة`` among ``capital_nouns``), while ``عاصمة تونس`` (no article: "Tunisia's
    capital") and ``العاصمة المغربية الرباط بمواجهة تونس`` name the state."""
    before = previous_word(norm, match_start)
    if before is not None and before.startswith("ال"):
        nisba = gazetteer.by_key.get(alias_key(before))
        if nisba is not None and nisba.alias_kind == "adjective" and nisba.entity_id in state_ids:
            before = previous_word(norm, _previous_word_span(norm, match_start)[0])
    return _in(before, words.capital_nouns)


def _before_the_capital_noun(norm: str, end: int, gazetteer: Gazetteer, words: ContextWords) -> bool:
    """Whether "the capital" (``capital_nouns_after_name``) stands right after a state's name, a proclitic allowed on
    the name: ``بتونس العاصمة``، ``في الجزائر العاصمة``، ``بالكويت العاصمة`` name the city; not where a nisba follows
    the noun, which then opens the next phrase (``أمير الكويت العاصمة البريطانية``: another state's capital)."""
    after = _NEXT_WORD_RE.match(norm, end)
    if after is None or after.group(1) not in words.capital_nouns_after_name:
        return False
    then = next_word(norm, after.end())
    nisba = gazetteer.by_key.get(alias_key(then)) if then else None
    return nisba is None or nisba.alias_kind != "adjective"


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


def read_matches(
    norm: str,
    matches: list[tuple[int, int, int, str]],
    gazetteer: Gazetteer,
    written: Callable[[int, int], str] | None = None,
) -> list[Reading]:
    """Read the ``(match_start, alias_start, end, key)`` matches of one text (see module docstring).
    ``written(start, end)`` gives a match's surface as written (with its vowel marks), if known."""
    return _body_place_twins_read(
        _capital_twins_read(
            _federations_read(
                _opened_names_read(_read_matches(norm, matches, gazetteer, written), gazetteer, norm), gazetteer, norm
            ),
            gazetteer,
        ),
        gazetteer,
    )


def _read_matches(
    norm: str,
    matches: list[tuple[int, int, int, str]],
    gazetteer: Gazetteer,
    written: Callable[[int, int], str] | None,
) -> list[Reading]:
    by_key, entities = gazetteer.by_key, gazetteer.entities
    words = context_words()
    acts = _metonym_readings(norm, matches, gazetteer, words)
    readings: list[Reading] = []
    pending: list[int] = []  # the ambiguous readings waiting for evidence
    witnesses: list[Reading] = []  # a paper named after its city (قال ل"الرياض"): evidence, no mention
    told: set[int] = set()
    triggered: list[int] = []  # the GeoNames towns after a locality noun (حي، قرية)
    dual = None  # the singular of a dual place noun read before the previous match: منطقتي → منطقة
    dual_keys = _dual_keys(gazetteer)
    family_keys = _family_name_keys(norm, matches, gazetteer, words)
    glued_names = _glued_family_names(norm, matches)
    family_nisbas: dict[str, int] = {}  # a state's nisba → where the text first writes it as a man's family name
    listed = _regions_listed(norm, matches, gazetteer, words)
    named_ids = {by_key[m[3]].entity_id for m in matches}  # the states named in the text (or their capitals)
    # the written surface, read once per match for the checks that ask for it
    check_written = bool(words.written_otherwise or words.pronoun_spellings or words.shadda_words)
    for k, (match_start, start, end, key) in enumerate(matches):
        alias = by_key[key]
        entity_id, alias_kind = alias.entity_id, alias.alias_kind
        if acts[k] is None:
            if alias.place is not None and (
                _quoted_after_la(norm, match_start, end) or _a_quoted_paper(norm, matches[k], words)
            ):
                witnesses.append(Reading(start, end, key, alias.place, "place"))
            continue  # جامعة واشنطن: part of another name
        capital = words.capitals_named_like_their_state.get(key)
        home = entities[capital].parent or entity_id if capital in entities else entity_id  # Amman's: Jordan
        if (
            capital is not None
            and capital in entities
            and (
                (
                    match_start == start
                    and _after_the_capital_noun(norm, match_start, {entity_id, home}, gazetteer, words)
                )
                or _before_the_capital_noun(norm, end, gazetteer, words)
            )
        ):
            readings.append(Reading(start, end, key, capital, "name"))  # بالعاصمة التونسية «تونس»: the city Tunis
            # … which still says Tunisia; العاصمة الأردنية عمان says Jordan, not Oman, the state named عمان
            witnesses.append(Reading(start, end, key, home, alias_kind if home == entity_id else "name"))
            continue
        if key in family_keys and _the_family_name_again(norm, match_start, start, entities[entity_id].kind, words):
            continue  # خليل عبدالله الخليل … وأشار الخليل: the man named in full before, not Hebron
        if glued_names and match_start < start and _glued_word(norm, match_start, end) in glued_names:
            continue  # سالم سعيد كبيش … وأوضح كبيش: the man named after his given name, not ك + Baish
        if match_start == start and _in(previous_word(norm, match_start), words.relative_pronouns):
            continue  # التي سرت في جسد الوطن، التي تدمر الأوطان: the relative clause's verb
        if match_start == start and previous_word(norm, match_start) in words.verb_particles:
            continue  # لم يزد العدد، قد تدمر الاقتصاد: the verb a particle announces
        if (
            match_start == start
            and alias_kind != "adjective"
            and (entities[entity_id].kind == "region" or alias.place is not None)  # a capital: الملكة صوفيا
            and _in(previous_word(norm, match_start), words.feminine_titles)
        ):
            continue  # السيدة غرينوود، الفنانة أغادير: the woman's name, not the place
        surface = written(start, end) if written is not None and check_written else None
        if words.written_otherwise and surface is not None and _MARK_RE.sub("", surface) in words.written_otherwise:
            continue  # الزاوية اليمنى "the right corner": written with alef maksura, not اليمني (Yemeni)
        if (
            words.pronoun_spellings
            and surface is not None
            and _MARK_RE.sub("", surface) in words.pronoun_spellings
            and not _a_pronoun_spelling_read_as_the_place(norm, matches, k, words)
        ):
            continue  # أكد له أن جده ما زال على قيد الحياة "his grandfather", not Jeddah
        if surface is not None and _accusative_after_a_preposition(norm, match_start, start, surface):
            continue  # بمشاركة 15 كفيفاً "a blind man": an accusative, never ك + FIFA
        if words.shadda_words and surface is not None and _SHADDA_KEPT_RE.sub("", surface) in words.shadda_words:
            continue  # وتدمّر مدينة نينوى "and destroys": the verb with its shadda, not Palmyra
        if alias.alias_kind == "adjective" and _a_place_named_by_a_nisba(norm, match_start, start, key, words):
            continue  # ناحية الصينية، حي السويدي: a place's name, not China or Sweden
        if alias.alias_kind == "adjective" and _a_family_nisba(norm, match_start, start, end, key, words):
            continue  # المدرب خليل المصري، مجد الدين المصرى: a person's family name, not Egypt
        if (
            alias.alias_kind == "adjective"
            and _the_family_nisba_again(norm, match_start, start, end, words)
            and _first_family_nisba(norm, key, words, family_nisbas) < match_start
        ):
            continue  # عبدالله بن عبدالمحسن التركي … وأوضح التركي: the man named before, not Turkey
        if alias.alias_kind == "adjective" and _a_scholars_nisba(norm, match_start, start, end, key, words):
            continue  # وصححه الشيخ الألباني رحمه الله: the hadith scholar al-Albani, not Albania
        if alias.alias_kind == "adjective" and _an_indefinite_family_nisba(
            norm, match_start, start, end, key, words, by_key
        ):
            continue  # إسماعيل مغربي، ودوغلاس كَندي: a person's family name, not Morocco or Canada
        if alias.alias_kind == "adjective" and _a_given_name_nisba(norm, match_start, start, end, key, words):
            continue  # وقدم الهكر تركي عمر السفياني، الدكتور علي بن هندي الغامدي: the man's given name, not the state
        if alias.alias_kind == "adjective" and _a_language(norm, match_start, start, key, words):
            continue  # باللغة الإنجليزية: the language, not the UK
        if alias.alias_kind == "adjective" and _a_words_language(norm, match_start, start, end, key, words):
            continue  # وهي كلمة ألمانية تعني، لفظ فاشيو الإيطالي: the word's language, not the state
        if (
            alias.alias_kind == "adjective"
            and match_start == start
            and entities[alias.entity_id].is_country
            and _in(previous_word(norm, match_start), words.continent_nouns)
        ):
            continue  # شبه القارة الهندية، المحيط الهندي: the Indian subcontinent or Ocean, not India
        if entities[alias.entity_id].type == "person" and (
            _in(previous_word(norm, match_start), words.person_name_heads)
            or _a_head_before_a_title(norm, match_start, words)
        ):
            continue  # مركز الملك سلمان للأعمال الخيرية، مستشفى الملك فهد: a body or a place named after him
        if (
            entities[alias.entity_id].type == "person"
            and " " not in key
            and _another_persons_given_names(norm, match_start, start, alias.entity_id, gazetteer, words)
        ):
            continue  # ميشيل أوباما، تيريزا هاينز كيري: his wife, not Barack Obama nor John Kerry
        if (
            entities[alias.entity_id].type == "person"
            and " " not in key
            and _given_name_before_a_particle(norm, end, alias.entity_id, gazetteer, words)
        ):
            continue  # كاميرون فان دير بيرغ، رونالدو ديل كارمن: another man's given name, not Cameron nor Ronaldo
        if (
            entities[alias.entity_id].type == "person"
            and " بن " in key
            and _another_mans_family_name_after(norm, end, alias.entity_id, gazetteer)
        ):
            continue  # وأوضح عبدالله بن عبدالعزيز النشوان أمين عام غرفة الأحساء: another man, not King Abdullah
        agency = _credited_agency(norm, match_start, start, end, key, words)
        if agency is not None and agency in entities:
            readings.append(Reading(start, end, key, agency, "alias"))  # وبحسب "الألمانية": DPA
            continue
        short = words.quoted_short_names.get(key)
        if short is not None and short in named_ids and short in entities and _quoted(norm, match_start, start, end):
            readings.append(Reading(start, end, key, short, "alias"))  # حازت بموجبها "السعودية": the airline Saudia
            witnesses.append(Reading(start, end, key, entity_id, alias_kind))  # … whose name still names its state
            continue
        airline = words.airline_short_names.get(key)
        if (
            airline is not None
            and airline in named_ids
            and airline in entities
            and _an_airlines_short_name(norm, match_start, start, end, words)
        ):
            readings.append(Reading(start, end, key, airline, "alias"))  # لضيوف السعودية: the airline Saudia
            witnesses.append(Reading(start, end, key, entity_id, alias_kind))  # … whose name still names its state
            continue
        company = words.share_list_names.get(key)
        if company is not None and company in entities and _a_share_list_item(norm, match_start, start, end, words):
            readings.append(Reading(start, end, key, company, "alias"))  # أسهم شركات الإنماء طوكيو ,والمملكة ,والمتقدمة
            continue
        if alias.alias_kind == "adjective" and _a_quoted_name(norm, match_start, start, end, key):
            continue  # وفق خوفه من "تركي": Turki, a first name, not Turkey
        if key in words.phrase_words and next_word(norm, end) in words.phrase_words[key]:
            continue  # مسقط رأسه "his birthplace": a word of a fixed phrase, not Muscat
        if (
            key in words.phrase_words_before
            and match_start < start
            and norm[match_start:start] == "و"
            and previous_word(norm, match_start) in words.phrase_words_before[key]
        ):
            continue  # في كل عصر ومصر "in every age and land": the second word of a fixed pair, not Egypt
        if (
            key in words.noun_words_before
            and match_start == start
            and previous_word(norm, match_start) in words.noun_words_before[key]
        ):
            continue  # فلهم أجر الرباط "the reward of ribat": the common noun, not Rabat
        if (
            key in words.construct_nouns
            and match_start == start
            and not has_trigger(norm, match_start, "region", words)
            and _in_construct(norm, end, gazetteer)
        ):
            continue  # مشهد التوديع "the scene of the farewell": the noun in construct, not Mashhad
        if key in words.measure_names and _a_measure_after(norm, end, words.measure_units):
            continue  # بقطر 80 سم "with a diameter of 80 cm": a measure, not Qatar
        place = entities[alias.entity_id].kind == "region" or alias.place is not None
        if place and _in(next_word(norm, end), words.name_tails):
            continue  # تورونتو ستار، مانشستر سيتي: a paper or a club
        if (place or entities[alias.entity_id].is_country) and alias.alias_kind != "adjective":
            # a state's name shaped like its nisba reads as the nisba after a head (الشركة السعودية للنقل)
            nisba_shaped = entities[alias.entity_id].is_country and key.endswith("يه")
            if not nisba_shaped and _after_a_name_head(norm, match_start, words):
                continue  # بحر الصين الجنوبي، قناة بنما، بنك الكويت: part of another name
            if _before_a_club_nisba(norm, end, gazetteer) and not has_trigger(norm, match_start, "region", words):
                continue  # أمريكا المكسيكي، روما الإيطالي، الكويت الكويتي: a club
        if (
            place
            and not entities[alias.entity_id].is_country
            and _in(previous_word(norm, match_start), words.club_name_heads)
            and _in_the_sentence(norm, match_start, end, words.club_context)
        ):
            continue  # أمام فريق العين، لفريق نجران: the club named after the town, in a sentence about sport
        if (
            place
            and not entities[alias.entity_id].is_country
            and alias.alias_kind != "adjective"
            and _a_later_club_in_a_list(norm, match_start, start, words.club_list_heads, words.club_list_breaks)
            and _in_the_sentence(
                norm, match_start, end, words.club_context - words.club_list_bare_heads, before_too=True
            )
        ):
            club = by_key.get(f"نادي {key}")
            if club is not None and club.entity_id in entities and club.entity_id not in (alias.entity_id, alias.place):
                readings.append(Reading(start, end, key, club.entity_id, "alias"))  # the club the gazetteer has
            continue  # اندية الرائد والحزم ونجران، لاعب برشلونة وميلانو السابق: a club of a list of clubs
        if (
            key in words.state_homonyms
            and alias.alias_kind != "adjective"
            and match_start == start
            and _in(previous_word(norm, match_start), words.state_nouns)
        ):
            continue  # لولاية نيويورك، بولاية جورجيا الأمريكية: the US state, not New York City nor Georgia
        if (
            key in words.state_homonym_towns
            and alias.alias_kind != "adjective"
            and _names_the_us_state(norm, matches, key, words)
        ):
            continue  # مكتب تحقيقات جورجيا … شمال أتلانتا: the US state, named by its town, not Georgia
        if (
            entities[alias.entity_id].geonames is not None
            and alias.alias_kind != "adjective"
            and match_start == start
            and _in(previous_word(norm, match_start), words.state_nouns)
            and _country_of(gazetteer, alias.entity_id) not in named_ids
        ):
            continue  # لولاية فلوريدا (Florida, Uruguay)، ولاية يوبي (Ube, Japan): a state named like a town elsewhere
        if entities[alias.entity_id].geonames is not None and alias.alias_kind != "adjective":
            stated = _state_after(norm, matches, k, gazetteer)
            if stated is not None and stated != _country_of(gazetteer, alias.entity_id):
                twin = _twin_in(gazetteer, key, {stated})
                if twin is None:
                    continue  # مدينة هورست الهولندية: Horst in the Netherlands, not Hurst (Texas)
                entity_id = twin
        if place and key.endswith("ا") and written is not None and _TANWEEN_RE.search(written(start, end)):
            continue  # دوماً، دومًا "always" (Douma): a place's name takes no tanween
        if key in dual_keys:  # منطقتي مكة المكرمة والمدينة المنورة: two regions, not two cities
            coordinated = k > 0 and _coordinated(norm, matches[k - 1][2], match_start, start)
            before = previous_word(norm, _before_a_bracket(norm, match_start)) or ""
            named = next((DUAL_PLACE_NOUNS[f] for f in _bare_forms(before) if f in DUAL_PLACE_NOUNS), None)
            dual = named or (dual if coordinated else None) or listed.get(k)
            if (
                dual is None
                and match_start == start
                and any(f in words.region_governor_nouns for f in _bare_forms(before))
                and f"منطقه {key}" in by_key
                and _is_province(gazetteer, by_key[f"منطقه {key}"].entity_id)
            ):
                dual = "منطقه"  # أمير الباحة، وقال أمير جازان: the region's governor, not the city's
            if (
                dual is None
                and f"منطقه {key}" in by_key
                and _after_bare_regions(norm, match_start, start, words.bare_region_nouns, words.bare_region_names)
            ):
                dual = "منطقه"  # مناطق الحدود الشمالية والمدينة المنورة ونجران: the regions, as the first is
            if dual is not None and f"{dual} {key}" in by_key:
                alias = by_key[f"{dual} {key}"]
                entity_id, alias_kind = alias.entity_id, alias.alias_kind
        else:
            dual = None
        if dual is None and key.split(" ", 1)[0] in _PLACE_NOUN_KEYS:
            dual = key.split(" ", 1)[0]  # بمنطقة مكة المكرمة وجازان وعسير: the list goes on naming regions
        if alias.place is not None and not acts[k]:
            entity_id, alias_kind = alias.place, "place"
        reading = Reading(start, end, key, entity_id, alias_kind)
        if alias.ambiguous and key in words.vocalised and written is not None:
            marks, settled = words.vocalised[key]
            if marks <= vowel_marks(written(start, end)):  # عُمان: Oman, whatever else the text says
                readings.append(Reading(start, end, key, settled, alias_kind))
                continue
        if (
            place
            and not entities[alias.entity_id].is_country
            and next_word(norm, end) in _SON_OF
            and not has_trigger(norm, match_start, "region", words)
            and not _in(key.split(" ", 1)[0], words.place_triggers)
        ):
            continue  # الخليل بن أحمد، الزبير بن العوام: a given name before بن (not محافظة الداير بن مالك)
        if place and _a_persons_family_name(
            norm, match_start, start, entities[alias.entity_id], words.family_nisba_again_titles
        ):
            continue  # روز بيرن، برايس دالاس هوارد، سكوت ووكر: a first name before it makes it a family name
        if alias.ambiguous and place and _a_persons_first_name(norm, key, end):
            continue  # سالم راشد الصوري، جاسم محمد: a first name before a father's name is a person
        if (
            alias.ambiguous
            and key in words.noun_names
            and not _enclosed(norm, match_start, start, end)
            and not _in(previous_word(norm, match_start), words.actor_triggers)
            and _the_noun_names_a_place(norm, *words.noun_names[key])
        ):
            continue  # غارات كثيفة على القاعدة in a text on قاعدة العند: the base again, not al-Qaeda
        if (
            alias.ambiguous
            and not has_trigger(
                norm, match_start, entities[entity_id].kind, words, state=entities[entity_id].is_country
            )
            and not (entity_id in _seats(gazetteer) and _a_capital_after_its_nisba(norm, match_start, gazetteer, words))
        ):
            pending.append(len(readings))
        elif _after_a_definite_word(norm, matches, k, entities[entity_id], gazetteer, words):
            pending.append(len(readings))  # الذئب الرمادي، النسيج الموصل: an adjective unless its country is named
        elif entities[entity_id].geonames is not None and (
            _in(previous_word(norm, match_start), words.localities) or key.startswith("ال")
        ):
            triggered.append(len(readings))
        readings.append(reading)
    if witnesses and (triggered or pending):
        # the paper Al Riyadh says the article is Saudi as the city would (المملكة is Saudi Arabia, الطائف the
        # Saudi city): read with the others, then left out
        told = {id(w) for w in witnesses}
        readings = readings + witnesses
    if triggered:
        readings, pending = _without_foreign_homonyms(readings, pending, triggered, gazetteer)
    if pending:
        readings = _confirm(readings, pending, gazetteer, norm)
    return [r for r in readings if id(r) not in told] if witnesses else readings


def _state_of(gazetteer: Gazetteer, entity_id: str) -> str | None:
    """The state a reading names or lies in: the entity itself, its country, or its affiliation's (فجر ليبيا)."""
    country = _country_of(gazetteer, entity_id)
    affiliation = gazetteer.entities[entity_id].affiliation
    if country is None and affiliation is not None and affiliation in gazetteer.entities:
        country = _country_of(gazetteer, affiliation)
    return country


def _read_as(readings: list[Reading], moved: dict[int, str]) -> list[Reading]:
    """``readings`` with those at the indices of ``moved`` read by name as the entity it gives them."""
    if not moved:
        return readings
    return [Reading(r.start, r.end, r.key, moved[i], "name") if i in moved else r for i, r in enumerate(readings)]


def _capital_twins_read(readings: list[Reading], gazetteer: Gazetteer) -> list[Reading]:
    """Read a state's capital named like a town of another state (``capital_twins``: bare طرابلس, Libya's
    capital and Lebanon's northern city) as that town, the capital's own reading or its government's, where
    the rest of the text names the town's state (its name, its nisba, a place or a body of it: لبنان،
    اللبنانية، صيدا، بيروت) and nothing of the capital's (ليبيا، الليبي، بنغازي): ``ولعل أهل طرابلس وصيدا``,
    ``مفتي طرابلس`` in articles on Lebanon."""
    twins = context_words().capital_twins
    keyed = [i for i, r in enumerate(readings) if r.key in twins]
    if not keyed:
        return readings
    others = {_state_of(gazetteer, r.entity_id) for r in readings if r.key not in twins}
    moved: dict[int, str] = {}
    for i in keyed:
        twin = twins[readings[i].key]
        if twin not in gazetteer.entities or readings[i].entity_id == twin:
            continue
        own = _state_of(gazetteer, readings[i].entity_id)
        if own is None or own in others or _country_of(gazetteer, twin) not in others:
            continue
        moved[i] = twin
    return _read_as(readings, moved)


def _body_place_twins_read(readings: list[Reading], gazetteer: Gazetteer) -> list[Reading]:
    """Read a body's short name that is also a place's (``body_place_twins``: bare فيفا, FIFA and the Jazan
    governorate Fayfa spelt without its hamza), read as the body, as that place where the rest of the text names a place
    of the place's region (the region itself or a place under it: جازان، هروب، الداير) and the body by no other name
    (الاتحاد الدولي لكرة القدم، الفيفا): ``وهروب وفيفا والحرث`` among Jazan's governorates."""
    twins = context_words().body_place_twins
    keyed = [i for i, r in enumerate(readings) if r.key in twins]
    if not keyed:
        return readings
    others = [r for r in readings if r.key not in twins]
    moved: dict[int, str] = {}
    for i in keyed:
        place, region = twins[readings[i].key]
        body = readings[i].entity_id
        if (
            place not in gazetteer.entities
            or gazetteer.entities[body].is_place
            or any(r.entity_id == body for r in others)
        ):
            continue
        if any(r.entity_id == region or region in gazetteer.ancestors(r.entity_id) for r in others):
            moved[i] = place
    return _read_as(readings, moved)


def _opened_names_read(readings: list[Reading], gazetteer: Gazetteer, norm: str = "") -> list[Reading]:
    """Read a bare name that opens a body's full name as that body in a text that names one of its
    cues (:func:`_opened_names`): ``بلاتيني رئيس الاتحاد الأوروبي``, ``سجله في الاتحاد الأوروبي`` in
    an article on FIFA's election are UEFA (الاتحاد الأوروبي لكرة القدم), not the European Union; so
    is one with a word of the body's field in its sentence (``name_opener_words``: ``رخصة التدريب A من
    الاتحاد الأوروبي``, ``اعتراض لدى الاتحاد الأوروبي بعد المباراة``)."""
    opened = _opened_names(gazetteer)
    if not opened or not any(r.key in opened for r in readings):
        return readings
    named = {r.entity_id for r in readings}
    words = context_words()
    out = []
    for r in readings:
        body = opened.get(r.key)
        if (
            body is not None
            and r.entity_id == body[0]
            and (
                body[2] & named
                or _in_the_sentence(norm, r.start, r.end, words.name_opener_words.get(body[1], frozenset()))
            )
        ):
            r = Reading(r.start, r.end, r.key, body[1], "alias")
        out.append(r)
    return out


def _federations_read(readings: list[Reading], gazetteer: Gazetteer, norm: str) -> list[Reading]:
    """Read a state's long name that is also its sports federation's (``federation_names``: الاتحاد الروسي)
    as its nisba, the adjective of the state (``الاتحاد [الروسي]``, as ``الهيئة [المصرية] العامة للكتاب``), in
    an article that names a sports federation in full (:func:`_federation_named`): ``قال الاتحاد الروسي لكرة
    القدم``, and ``سيطلب الفيفا تفاصيل من الاتحاد الروسي`` after ``الاتحاد الدولي لكرة القدم (الفيفا)``."""
    names = context_words().federation_names
    if not names or not any(r.key in names for r in readings) or not _federation_named(norm):
        return readings
    out = []
    for r in readings:
        if r.key in names:
            nisba = r.key.rsplit(" ", 1)[-1]
            alias = gazetteer.by_key.get(nisba)
            if alias is None or alias.entity_id != r.entity_id:
                continue  # no nisba of its own: no mention
            r = Reading(r.end - len(nisba), r.end, nisba, r.entity_id, alias.alias_kind)
        out.append(r)
    return out


def _federation_named(norm: str) -> bool:
    """Whether ``norm`` names a sports federation in full: one of ``federation_names`` or ``الاتحاد الدولي``
    (للاتحاد too) right before a word of ``federation_sports`` (with a proclitic: لكرة، لألعاب)."""
    return _federation_pattern().search(norm) is not None


@lru_cache(maxsize=1)
def _federation_pattern() -> re.Pattern:
    """The pattern of :func:`_federation_named`, built once from ``context_words``."""
    words = context_words()
    # without the article's alif, so that للاتحاد (ل + الاتحاد) is found too
    names = sorted({*words.federation_names, "الاتحاد الدولي"})
    heads = "|".join(" +".join(re.escape(p) for p in n.removeprefix("ا").split(" ")) for n in names)
    sports = "|".join(re.escape(w) for w in sorted(words.federation_sports))
    return re.compile(rf"(?:{heads}) +[وف]?[بلك]?(?:{sports})(?!\w)")


def _opened_names(gazetteer: Gazetteer) -> Mapping[str, tuple[str, str, frozenset[str]]]:
    """Name key → (the entity it names, the body whose full name it opens, the cues), cached: for each
    body of ``name_openers``, the longest words that open one of its names and are another entity's
    name (الاتحاد الأوروبي of الاتحاد الأوروبي لكرة القدم, the EU's); the cues are the body, the
    listed entities (FIFA) and the entities affiliated to any of them (بلاتيني، بلاتر)."""
    opened = gazetteer.cache.get("opened_names")
    if opened is not None:
        return opened
    opened = {}
    for body, listed in context_words().name_openers.items():
        if body not in gazetteer.entities:
            continue
        cues = {body, *(c for c in listed if c in gazetteer.entities)}
        cues |= {e.id for e in gazetteer.entities.values() if e.affiliation in cues}
        for alias in gazetteer.aliases:
            if alias.entity_id != body:
                continue
            parts = alias.key.split(" ")
            for n in range(len(parts) - 1, 0, -1):
                other = gazetteer.by_key.get(" ".join(parts[:n]))
                if other is not None and other.entity_id != body:
                    opened[other.key] = (other.entity_id, body, frozenset(cues))
                    break
    gazetteer.cache["opened_names"] = opened
    return opened


def _credited_agency(norm: str, match_start: int, start: int, end: int, key: str, words: ContextWords) -> str | None:
    """The news agency a quoted feminine nisba credits (``agency_credits``): ``وبحسب "الألمانية"`` is DPA;
    so is one opening a line or a sentence, a photo's credit (``"الفرنسية" مشاة أمام بورصة طوكيو``: AFP); and one
    unquoted that closes its sentence right after one of ``agency_unquoted_after`` (``وفقا للالمانية.``, a credit line)."""
    agency = words.agency_nisbas.get(key)
    if agency is None:
        return None
    if not _quoted(norm, match_start, start, end):
        closes = norm[end:].lstrip(" ")[:1] in ("", ".", "\n")
        return agency if closes and _in(previous_word(norm, match_start), words.agency_unquoted_after) else None
    line = norm.rfind("\n", 0, start - 1) + 1
    if not norm[line : start - 1].strip(" .") or norm[: start - 1].rstrip(" ").endswith("."):
        return agency  # "الفرنسية" opening a line or a sentence: a photo's credit (AFP)
    before = previous_word(norm, start - 1)
    return agency if before is not None and _in(before, words.agency_after) else None


def _quoted(norm: str, match_start: int, start: int, end: int) -> bool:
    """Whether a match stands alone between quotation marks, with no proclitic inside them."""
    return match_start == start and start > 0 and end < len(norm) and norm[start - 1] == norm[end] == '"'


#: Where a sentence ends, for :func:`_an_airlines_short_name`.
_SENTENCE_END_RE = re.compile(r"[.!?؟\n]")
#: How far back :func:`_an_airlines_short_name` looks for its sentence's start.
_SENTENCE_REACH = 1000


def _an_airlines_short_name(norm: str, match_start: int, start: int, end: int, words: ContextWords) -> bool:
    """Whether a home name with no proclitic of its own stands right after one of ``words.airline_words_before``
    (``لضيوف السعودية``, ``بمكتب السعودية``: the airline's guests, its office), or right after one of
    ``words.airline_subject_before`` (``وتقوم السعودية``, ``أن السعودية``) in a sentence holding one of
    ``words.airline_sentence_words`` (a stem of flying, tickets or passengers, or the airline's name): the airline the
    text names, not the state (:func:`_read_matches` asks that the airline be named)."""
    if match_start != start:
        return False
    before = previous_word(norm, match_start)
    if _in(before, words.airline_words_before):
        return True
    if not _in(before, words.airline_subject_before):
        return False
    lo = max(0, match_start - _SENTENCE_REACH)
    opened = max((m.end() for m in _SENTENCE_END_RE.finditer(norm, lo, match_start)), default=lo)
    closed = _SENTENCE_END_RE.search(norm, end)
    sentence = norm[opened : closed.start() if closed else len(norm)]
    return any(word in sentence for word in words.airline_sentence_words)


#: A list separator before an item (a comma, the item's و proclitic apart) and after it (:func:`_a_share_list_item`).
_LIST_BEFORE_RE = re.compile(r"[,،] *\Z")
_LIST_AFTER_RE = re.compile(r" *[,،]")
#: How far back a list of shares may open before its item (:func:`_a_share_list_item`).
_SHARE_LIST_REACH = 200


def _a_share_list_item(norm: str, match_start: int, start: int, end: int, words: ContextWords) -> bool:
    """Whether a match is an item between commas of a list of company shares, the list opened by one of
    ``words.share_list_openers`` in the same sentence not far before it: ``فيما جاءت أسهم شركات الإنماء طوكيو
    ,والمملكة ,والمتقدمة`` (Kingdom Holding by its short name), ``أسهم شركات سايكو ,والمملكة ,وسلامة``."""
    if not words.share_list_openers:
        return False
    if not (_LIST_BEFORE_RE.search(norm, max(0, match_start - 3), match_start) and _LIST_AFTER_RE.match(norm, end)):
        return False
    window = norm[max(0, match_start - _SHARE_LIST_REACH) : match_start]
    opened = max(window.rfind(opener) for opener in words.share_list_openers)
    return opened >= 0 and not re.search(r"[.!?؟\n]", window[opened:])


def _enclosed(norm: str, match_start: int, start: int, end: int) -> bool:
    """Whether a match stands alone between quotation marks or in parentheses, as a group's name is set off
    (``«القاعدة»``, ``فارق الأجيال بين (القاعدة) و(داعش)``), with no proclitic inside them."""
    return (
        match_start == start
        and start > 0
        and end < len(norm)
        and (norm[start - 1], norm[end]) in {('"', '"'), ("(", ")")}
    )


def _the_noun_names_a_place(norm: str, noun: str, not_before: frozenset[str]) -> bool:
    """Whether the text writes ``noun`` without its article (a proclitic allowed) before a word that names what
    it is, the way a base is named: ``قاعدة العند``, ``بقاعدة إنجرليك``; not before a word starting with ل
    (``قاعدة للتطرف`` "a base for extremism") nor one of ``not_before`` (``قاعدة الجهاد``, al-Qaeda's own name;
    ``قاعدة بيانات`` "a database")."""
    for found in re.finditer(rf"(?<!\w)[وفبل]?{re.escape(noun)}{SEPARATOR_CLASS}+(\w+)", norm):
        after = found.group(1)
        if not after.startswith("ل") and after not in not_before:
            return True
    return False


def _a_quoted_name(norm: str, match_start: int, start: int, end: int, key: str) -> bool:
    """Whether a nisba that is also a first name stands alone between quotation marks, as a person's
    name does: ``وفق خوفه من "تركي"`` is Turki (al-Sudairi), ``بعقد قران ابنه "تركي"`` the son Turki,
    not Turkey; unquoted (``مواطن تركي``), or quoted with a proclitic inside, the nisba."""
    if not _quoted(norm, match_start, start, end):
        return False

    return key in name_lists.first_names()


def _after_a_definite_word(
    norm: str, matches: list[tuple[int, int, int, str]], k: int, entity, gazetteer: Gazetteer, words: ContextWords
) -> bool:
    """Whether a GeoNames place with the article, no proclitic, follows a word with the article with
    one space between, the way an adjective follows its noun (``الذئب الرمادي`` the grey wolf, ``النسيج
    الموصل`` the conductive fabric, ``السماء الهلالية الزرقاء``): such a place then waits for evidence
    (its country named nearby, a place above or below it), as an ambiguous name does. Not a capital
    (``العاصمة الرياض``), nor after a place noun (``المحافظة``), nor after another name read there
    (``طريق الرياض الدمام``)."""
    match_start, start, _, key = matches[k]
    if entity.geonames is None or match_start != start or not key.startswith("ال") or entity.id in _seats(gazetteer):
        return False
    if match_start < 2 or norm[match_start - 1] != " " or not norm[match_start - 2].isalnum():
        return False  # one space, no dash or comma between: البصرة - القرنة, الرياض، الطائف
    before = previous_word(norm, match_start)
    if before is None or len(before) < 4 or not any(f.startswith(("ال", "لل")) for f in _bare_forms(before)):
        return False  # الذئب الرمادي, باللون الرمادي
    if k > 0 and matches[k - 1][2] == match_start - 1:
        return False  # الخبر الدمام, طريق الرياض الدمام: a list of names
    return not _in(before, words.place_triggers) and not _in(before[2:], words.place_triggers)


def _a_place_named_by_a_nisba(norm: str, match_start: int, start: int, key: str, words: ContextWords) -> bool:
    """Whether a state's nisba is a place's name here: singular, with the article, no proclitic, right
    after one of the ``nisba_names_after`` nouns written without the article (``ناحية الصينية``)."""
    if match_start != start or not key.startswith("ال") or not key.endswith(("ي", "يه")):
        return False
    before = previous_word(norm, match_start)
    return before is not None and not before.startswith("ال") and _in(before, words.nisba_names_after)


def _a_family_nisba(norm: str, match_start: int, start: int, end: int, key: str, words: ContextWords) -> bool:
    """Whether a state's singular nisba is a person's family name here: with the article, no proclitic,
    right after an Arab first name (``خليل المصري``; with و glued to it, ``وعبدالله السويدي``, ``وسلطان المصري``
    ending a list of names), a compound one (``مجد الدين المصرى``) or a father's name after بن (``سعد بن رحيل
    السويدي``), not after
    a kunya, a league or a club (``family_nisba_not_after``: ``أبو خالد السوري``, ``دوري عبداللطيف جميل
    السعودي``), and no first name after it (``عدم سفر الأردني طارق خطاب``: the nationality before a name)."""
    if match_start != start or match_start == 0 or norm[match_start - 1] != " ":
        return False
    if not key.startswith("ال") or not key.endswith("ي"):
        return False
    from analysis.extract.discovered import _rules  # the discovered's rules (discovered.yaml)

    first_names = name_lists.first_names()
    written = previous_word(norm, match_start)
    if written is None:
        return False
    before = written
    if written[:1] == "و" and written not in first_names and written[1:] in first_names:
        before = written[1:]  # وعبدالله السويدي: a given name with و glued to it, the last name of a list
    if before in name_lists.foreign_first_names() or _in(before, words.family_nisba_not_after):
        return False
    at = match_start - len(written) - 1  # the space before the first name
    earlier = previous_word(norm, at) if at > 0 else None
    if (
        before in _rules().compound_tails
        and earlier is not None
        and (earlier in first_names or earlier in words.compound_name_heads)
    ):
        at = norm.rfind(earlier, 0, at) - 1  # مجد الدين
    elif earlier == "عبد" and norm[at - 4 : at] == "عبد " and previous_word(norm, at - 4) in _SON_OF:
        at -= 5  # بن عبد المحسن: a father's name written apart, as بن عبدالمحسن is
    elif before not in first_names and not (earlier in _SON_OF and not before.startswith("ال")):
        return False  # after بن a father's name, listed or not (سعد بن رحيل السويدي); not بنت العاهل الأردني
    for _ in range(3):  # أبو خالد السوري، دوري جميل السعودي، دوري عبد اللطيف جميل السعودي
        earlier = previous_word(norm, at) if at > 0 else None
        if earlier is None:
            break
        if _in(earlier, words.family_nisba_not_after):
            return False
        at = norm.rfind(earlier, 0, at) - 1
    following = next_word(norm, end)
    return following is None or (following not in first_names and following not in name_lists.foreign_first_names())


def _the_family_nisba_again(norm: str, match_start: int, start: int, end: int, words: ContextWords) -> bool:
    """Whether a state's nisba with the article, written earlier in the text as a man's family name
    (:func:`_a_family_nisba`: ``عبدالله بن عبدالمحسن التركي``), names him alone here (``وأوضح التركي``،
    ``وقال المصري إن``): no proclitic on it (``والتركي`` ends a list of nationalities), and not the
    adjective of the word before it: that word has no article, after a proclitic too (``الرئيس التركي``،
    ``بالسائق الفرنسي``), and no pronoun ending (``نظيرها المصري``; ``family_nisba_again_not_after``:
    ``نظيره التركي``, where ه is also a feminine noun's ة), unless it is a title of rank or degree
    (``family_nisba_again_titles``: ``وأشار الدكتور التركي``، ``ولفت العميد التركي``); no first name follows
    (``وقال الجزائري جمال بلماضي``: the nationality before a name)."""
    if match_start != start or match_start == 0:
        return False

    before = previous_word(norm, match_start)
    if before is None and _DOCTOR_RE.search(norm, max(0, match_start - 4), match_start):
        before = "د"  # وأستنكر د. التركي: the abbreviation's dot is no separator of previous_word
    if before is None or _in(before, words.family_nisba_again_not_after):
        return False
    if not _in(before, words.family_nisba_again_titles) and (
        _DEFINITE_RE.match(before) or before.endswith(PRONOUN_SUFFIXES)
    ):
        return False
    following = next_word(norm, end)
    return following is None or (
        following not in name_lists.first_names() and following not in name_lists.foreign_first_names()
    )


def _a_scholars_nisba(norm: str, match_start: int, start: int, end: int, key: str, words: ContextWords) -> bool:
    """Whether a state's singular nisba names a scholar of religion here: with the article, no proclitic,
    right after one of the ``scholar_titles`` (``وصححه الشيخ الألباني رحمه الله``، ``كتاب الإمام الألباني``),
    and neither a given name nor a title after it (``الشيخ الكويتي أحمد الفهد``، ``الشيخ البحريني سلمان بن
    إبراهيم``: the nationality before a name)."""
    if match_start != start or not key.startswith("ال") or not key.endswith("ي"):
        return False
    if not _in(previous_word(norm, match_start), words.scholar_titles):
        return False
    following = next_word(norm, end)
    return following is None or not (
        following in name_lists.first_names()
        or following in name_lists.foreign_first_names()
        or _in(following, words.scholar_titles)
        or _in(following, words.family_nisba_again_titles)
    )


def _first_family_nisba(norm: str, key: str, words: ContextWords, memo: dict[str, int]) -> int:
    """Where ``norm`` first writes the nisba ``key`` as a man's family name (:func:`_a_family_nisba`, read on
    the text itself: a full name's nisba is often no match of its own, as after ``بن`` and a father's name,
    or a gazetteer person's alias holds it, ``منصور التركي``); ``len(norm)`` when nowhere."""
    if key not in memo:
        memo[key] = len(norm)
        # what finditer of (?<!\w)key(?!\w) finds, by str.find: a pattern that opens with a look-behind is tried at
        # every position of the text, a name per match of the article
        at, size = norm.find(key), len(key)
        while at >= 0:
            end = at + size
            if (at == 0 or not _word_char(norm[at - 1])) and (end == len(norm) or not _word_char(norm[end])):
                if _a_family_nisba(norm, at, at, end, key, words):
                    memo[key] = end
                    break
                at = norm.find(key, end)
            else:
                at = norm.find(key, at + 1)
    return memo[key]


def _word_char(char: str) -> bool:
    """Whether ``char`` is what ``\\w`` matches."""
    return char.isalnum() or char == "_"


#: The abbreviation د. (Dr.) right before a match.
_DOCTOR_RE = re.compile(r"(?<!\w)د\. ?\Z")
#: A word with the article, maybe after a proclitic (الرئيس، بالسائق، للروائي، والوفد).
_DEFINITE_RE = re.compile(r"(?:[وف]?[بك]?ال|[وف]?لل)")


def _an_indefinite_family_nisba(
    norm: str, match_start: int, start: int, end: int, key: str, words: ContextWords, by_key: Mapping[str, Alias]
) -> bool:
    """Whether a state's masculine singular nisba without the article is a person's family name here:
    right after a given name, one space between (``إسماعيل مغربي``, ``ياسر كندي``, ``ودوغلاس كَندي``,
    ``مايكل كيني``). A definite name takes no indefinite adjective, so there the nisba names him;
    not after a given name that is also an indefinite noun (``indefinite_nisba_not_after``: ``جانٍ
    سعودي``), nor before ``nisba_nationality_after`` (``سعودي الجنسية``) or a given name (``ظهير أيمن
    سعودي حسن معاذ``: the nationality before a name), nor after a given name that is a nisba too (``تحالف
    رباعي تركي سعودي سوري``: a list of nisbas); a feminine nisba (``أسرة سعودية``) is no family name.
    Right after a Romance family name's particle (``family_name_particles``) too, the word before it
    whatever it is (``دانيلي دي روسي``, De Rossi: an Arabic adjective never follows دي)."""
    if match_start != start or match_start < 2 or norm[match_start - 1] != " ":
        return False
    if key.startswith("ال") or not key.endswith("ي"):
        return False

    first_names, foreign = name_lists.first_names(), name_lists.foreign_first_names()
    before = previous_word(norm, match_start)
    if before is None or norm[match_start - 1 - len(before) : match_start - 1] != before:
        return False
    if before in words.family_name_particles:
        at = match_start - 1 - len(before)  # دانيلي دي روسي: a word, one space, the particle
        if at < 2 or norm[at - 1] != " " or previous_word(norm, at) is None:
            return False
        following = next_word(norm, end)
        return following is None or not _in(following, words.nisba_nationality_after)
    if before not in first_names and before not in foreign and before[:1] in ("و", "ل"):
        before = before[1:]  # ودوغلاس، لروبرت
    if before not in first_names and before not in foreign:
        return False
    if _in(before, words.indefinite_nisba_not_after):
        return False
    if (alias := by_key.get(before)) is not None and alias.alias_kind == "adjective":
        return False  # تركي سعودي سوري أردني: Turki is a given name, here a nisba of the list
    following = next_word(norm, end)
    return following is None or not (
        following in first_names or following in foreign or _in(following, words.nisba_nationality_after)
    )


#: A word with the article and a stem after it (الهكر، بالحدود، للمالك; not وال "a governor", الذي).
_ARTICLE_WORD_RE = re.compile(r"(?:[وف]?[بك]?ال|[وف]?لل)\w{3,}")


#: Words between a person's first name and the father's (سالم بن راشد).
_SON_OF = frozenset({"بن", "ابن", "بنت"})
#: A father's name's or a family's word right before a name (normalised: آل is ال, a word alone).
_NAME_LINKS = _SON_OF | {"ال"}
#: A given name and a word with the article after it, one space apart: the rest of a man's name.
_NAME_TAIL_RE = re.compile(r" (\w+) (ال\w{2,})")


#: The word right after a match, one space between, of three letters at least.
_FAMILY_WORD_RE = re.compile(r" (\w{3,})(?!\w)")


def _a_rare_name_word(word: str) -> bool:
    """Whether ``word`` (normalised) may be a family name without the article: none of SaudiNewsNet's 20,000
    most common words (``world/common_words.txt``), nor ب، ل، ك، ف + one of them (``بنيران``), nor a word with
    the article or و (``وعنصر``, the next of a list), nor a verb in the imperfect (``خيط تركي يحرّك``)."""
    common = common_words()
    if word.startswith(("ال", "و", "ي", "ت")) or word in common:
        return False
    return not (word[0] in "بلكف" and word[1:] in common)


def _an_indefinite_nisba(word: str | None) -> bool:
    """Whether ``word`` (normalised) reads as an indefinite nisba adjective (ي, no article): the one before a nisba
    spelt like a given name makes it an adjective of the same noun (``توافق روسي تركي ضمني``, the seeds: Turkey)."""
    return word is not None and len(word) > 3 and word.endswith("ي") and not word.startswith("ال")


def _a_given_name_nisba(norm: str, match_start: int, start: int, end: int, key: str, words: ContextWords) -> bool:
    """Whether a state's nisba that is also a given name (``given_name_nisbas``: تركي) is the given name here:
    no article and no proclitic on it, right after a word with the article (``وقدم الهكر تركي عمر``،
    ``بالحدود الشمالية تركي رضيمان``), where the state's adjective would agree and be التركي; not after a word
    whose ال is no article (``given_name_nisba_not_after``: ``دون التزام تركي حقيقي``). After an indefinite noun
    it is the nisba (``مسؤول تركي``), with a proclitic too (``مكان التفجير لتركي``: "of a Turk").

    Inside a chain of names it is a name whatever stands before it: right after بن، ابن، بنت or آل, one
    space between (``الدكتور علي بن هندي الغامدي``, ``خالد بن محمد آل تركي عسيري``), or right before a given
    name and a word with the article, proclitic or not (``الأستاذ/ تركي عبدالله السديري``, ``نال الجواد
    لتركي مهدي العامري``). A nationality before a name stays the state's (``من أصل تركي عمر فاروق``: no
    family name after the given name). Right before a rare word (:func:`_a_rare_name_word`), bare or after و, it is
    a name whatever stands before it, that word his family name (``قال تركي رباح``, ``ومساعد القريشي، وتركي
    بوسهيل``, ``يقول جورجي ميرسكي``); not before a common word (``قتل جندي تركي بنيران``) or a verb in the
    imperfect (``خيط تركي يحرّك``)."""
    if key not in words.given_name_nisbas:
        return False
    tail = _NAME_TAIL_RE.match(norm, end)
    if tail is not None and tail.group(1) in name_lists.first_names():
        return True  # تركي عبدالله السديري: the nisba opens a man's full name
    following = _FAMILY_WORD_RE.match(norm, end)
    if (
        following is not None
        and norm[match_start:start] in ("", "و")
        and _a_rare_name_word(following.group(1))
        and not (match_start == start and _an_indefinite_nisba(previous_word(norm, match_start)))
    ):
        return True  # وقال تركي شبانة، وتركي بوسهيل: a rare word right after the given name, his family name
    if match_start != start:
        return False
    before = previous_word(norm, match_start)
    if before is None:
        return False
    if before in _NAME_LINKS and norm[match_start - 1 - len(before) : match_start] == f"{before} ":
        return True  # علي بن هندي الغامدي: his father's name
    return _ARTICLE_WORD_RE.fullmatch(before) is not None and not _in(before, words.given_name_nisba_not_after)


#: A word of a list of nisbas: the article, the nisba's ending (ة normalised to ه), و, ، and quotes around.
_LIST_WORD_RE = re.compile(r"(\w+)[\s\"'«»“”،,]*\Z")
#: How many nisbas a list of languages may hold before the one read.
_LANGUAGE_LIST = 6
#: A word, then the copula هي/هما (with و) and a colon or an opening bracket, right before a position: a
#: ``language_nouns`` word there opens a list of languages (``بأربع لغات هي الإنجليزية``, ``لغات هي: العربية``).
_COPULA_RE = re.compile(r"(\w+)[\s\"'«»“”،,]+و?(?:هي|هما)[\s\"'«»“”:(]*\Z")


#: A dash between a name and what is next to it: ``مكة – جده``, a dateline's ``جده - عبدالرحمن العمري``.
_DASH_GAP_RE = re.compile(r"[ \t]*[-–—][ \t]*")
#: A dash or a slash between two places joined (``طريق مكة المكرمة - جده``, ``ازدواج طريق نجران/ شروره``).
_JOIN_GAP_RE = re.compile(r"[ \t]*[-–—/][ \t]*")


def _a_pronoun_spelling_read_as_the_place(
    norm: str, matches: list[tuple[int, int, int, str]], k: int, words: ContextWords
) -> bool:
    """Whether a name written with ه for its ة that is more often a noun + ه (``pronoun_spellings``: جده
    "his grandfather") has the evidence of the place: ب glued to it (``مطار الملك عبدالعزيز الدولي بجده``), one
    of the ``place_words_before`` right before it (``مدينة جده``, ``في جده``, ``طريق جده``), another place
    listed with it or joined to it by a dash or a slash (``الرياض و جده``, ``رطوبة جده والدمام``, ``طريق مكة
    المكرمة - جده السريع``, ``ازدواج طريق نجران/ شروره``), or a dateline (``جده - عبدالرحمن العمري`` at a line's start). Not ``زوجة جده``, ``أن جده
    ما زال``, ``وقصة جده - كونتا كونتي`` (a dash after it in a sentence), ``خليفة لجده``."""
    match_start, start, end, _ = matches[k]
    if "ب" in norm[match_start:start]:
        return True
    if match_start == start and _in(previous_word(norm, match_start), words.pronoun_spelling_evidence):
        return True
    if k > 0:
        previous_end = matches[k - 1][2]
        if _listed_next(norm, previous_end, matches[k]) or _JOIN_GAP_RE.fullmatch(norm[previous_end:match_start]):
            return True
    if k + 1 < len(matches):
        following = matches[k + 1]
        if _listed_next(norm, end, following) or _JOIN_GAP_RE.fullmatch(norm[end : following[0]]):
            return True
    line_start = norm.rfind("\n", 0, match_start) + 1
    return not norm[line_start:match_start].strip() and _DASH_GAP_RE.match(norm, end) is not None


def _a_language(norm: str, match_start: int, start: int, key: str, words: ContextWords) -> bool:
    """Whether a state's feminine nisba names a language here: right after one of the
    ``language_nouns`` (``باللغة الإنجليزية``), or after other feminine nisbas, joined by و, a comma or
    quotes, that one of them or a translation opens (``لغات "العربية، الإنجليزية، التركية، الإندونيسية``,
    ``ترجمت بعض مؤلّفاته إلى الفرنسية والإنجليزية``); right after one of the ``language_verbs``, a space between,
    or in a list the first of whose nisbas is (``يتقن الإسبانية والإنجليزية``, ``أجانب يتحدثون الألمانية``); or with ب on it
    right after a word of writing, speaking or glossing (``language_speech_stems``: ``نصوصاً كاملة مسجلة
    باليونانية``, ``المحطة الناطقة بالإسبانية``, ``والتي تعني بالإيطالية``)."""
    if not words.language_nouns or not key.endswith("يه"):
        return False
    if _translated_from_or_into(norm, match_start, words):
        return True
    if _after_a_word_of_speech(norm, match_start, start, words):
        return True
    pos = match_start
    for _ in range(_LANGUAGE_LIST + 1):
        m = _COPULA_RE.search(norm, max(0, pos - _WINDOW), pos)
        if m is not None and _in(m.group(1), words.language_nouns):
            return True  # بأربع لغات هي الإنجليزية, … الفرنسية: the copula between the noun and the list
        m = _LIST_WORD_RE.search(norm, max(0, pos - _WINDOW), pos)
        if m is None:
            return False
        word = m.group(1)
        if _in(word, words.language_nouns):
            return True
        if _in(word, words.language_verbs) and norm[m.end(1) : pos].isspace():
            return True  # يتقن الإسبانية والإنجليزية, أجانب يتحدثون الألمانية: the verb's object
        bare = word[1:] if word.startswith("و") and word[1:].startswith("ال") else word
        if not (bare.startswith("ال") and bare.endswith("يه")):
            return False
        joined = norm[pos] == "و" or any(c in norm[m.end(1) : pos] for c in "،,")
        if joined and _translated_from_or_into(norm, m.start(), words):
            return True  # ترجمت إلى الفرنسية والإنجليزية: a list a translation opens (not مترجمي من الجنسية اللبنانية)
        pos = m.start()
    return False


#: Words that may stand between a word noun and a nisba without the nisba describing the word (عبارة عن التركية).
_NOT_A_WORD_QUOTED = frozenset({"عن", "من", "في", "الى", "إلى", "على", "له", "لها", "هي", "هو"})


def _a_words_language(norm: str, match_start: int, start: int, end: int, key: str, words: ContextWords) -> bool:
    """Whether a state's nisba, no proclitic on it, describes a word as of a language: right after one of the
    ``word_nouns`` of its gender and its definiteness (``كلمة ألمانية``, ``الكلمة اليونانية``, ``العبارة الفارسية``),
    or with its article one word after such a noun without it, the word quoted between them (``وكلمة عنف الفرنسية``,
    ``لفظ فاشيو الإيطالي``). Not ``كلمات تركي الشيخ`` (the lyricist Turki: a masculine nisba after a feminine
    plural), not ``كلمة الرئيس الروسي`` (a word with its article between: the president's speech); only a nisba that
    names a language (``languages``: not ``كلمات سعودية``, ``عبارات لبنانية``, ``المصطلح المصري``: a dialect's)."""
    if match_start != start or not (words.word_nouns_feminine or words.word_nouns_masculine):
        return False
    nisba = norm[start:end]
    nisba = nisba[:-1] if nisba.endswith("يه") else nisba
    definite = nisba not in words.word_languages  # ألمانية: its ال the stem's, not the article
    if definite and not (nisba.startswith("ال") and nisba[2:] in words.word_languages):
        return False
    nouns = words.word_nouns_feminine if key.endswith("يه") else words.word_nouns_masculine
    j, i = _previous_word_span(norm, start)
    if j == i:
        return False
    before = norm[j:i]
    bare = before[1:] if len(before) > 3 and before[0] in CONJUNCTIONS else before
    if bare[:1] in PREPOSITIONS and bare[1:3] == "ال":
        bare = bare[1:]  # بالكلمة
    if bare.startswith("ال"):
        return definite and bare[2:] in nouns
    if not definite:
        return _in(before, nouns)
    if _in(before, nouns) or before in _NOT_A_WORD_QUOTED or norm[i:start].strip(" "):
        return False  # a mark between the quoted word and the nisba: not one phrase
    noun = previous_word(norm, j)
    return noun is not None and not noun.startswith("ال") and _in(noun, nouns)


#: The proclitic "in, with" on a feminine nisba that may name a language (بالإسبانية، وبالفرنسية).
_WITH = frozenset({"ب", "وب"})


def _after_a_word_of_speech(norm: str, match_start: int, start: int, words: ContextWords) -> bool:
    """Whether the nisba at ``start`` has ب glued to it (``_WITH``, from ``match_start``) and the word before holds one of
    the ``language_speech_stems`` (``الناطقة``، ``مسجلة``، ``يتحدث``، ``الصادرة``): the language written or
    spoken."""
    if norm[match_start:start] not in _WITH or not words.language_speech_stems:
        return False
    before = previous_word(norm, match_start)
    return before is not None and any(stem in before for stem in words.language_speech_stems)


#: How many words before عن, من, إلى a word of translating may stand (ترجمة وطبع كتب كثيرة عن الفرنسية).
_TRANSLATION_WORDS = 5


def _translated_from_or_into(norm: str, match_start: int, words: ContextWords) -> bool:
    """Whether one of the ``translation_prepositions`` stands right before the nisba (no proclitic on
    it) and a word with one of the ``translation_stems`` a few words before that: ``ترجمها عن التركية``."""
    before = norm[max(0, match_start - 2 * _WINDOW) : match_start].split()
    if not words.translation_stems or not before or before[-1] not in words.translation_prepositions:
        return False
    return any(stem in w for w in before[-1 - _TRANSLATION_WORDS : -1] for stem in words.translation_stems)


#: The first word of a compound Arab given name (عبدالله، عبدالمجيد): "servant of".
_SERVANT = "عبد"


def _a_persons_first_name(norm: str, key: str, end: int) -> bool:
    """Whether an ambiguous place name that is a first name (``analysis/data/world/first_names.txt``)
    is a person's here: a first name or ``بن`` follows it (``سالم راشد الصوري``); the evidence for the
    place (its country named nearby) does not count then."""

    first_names = name_lists.first_names()
    if key not in first_names:
        return False
    following = next_word(norm, end)
    return following is not None and (following in _SON_OF or following in first_names)


def _family_name_keys(
    norm: str, matches: list[tuple[int, int, int, str]], gazetteer: Gazetteer, words: ContextWords
) -> frozenset[str]:
    """The place names a text writes as a person's family name somewhere, so that its bare mentions of
    the name are read as the man's (:func:`_the_family_name_again`): a GeoNames place read as a family
    name (:func:`_a_persons_family_name`) right after two given names (:func:`_given_names`: ``عضو
    الشورى السابق خليل عبدالله الخليل``) or a foreign first name (``والتر بالمر``), one space apart.
    Not after a compound name alone (``سمات الملك سلمان بن عبدالعزيز جدة``, a footer's tags) nor after
    words written now and then as first names (``وغادرت أسرة توفيق عدن``, "Tawfiq's family left Aden")."""

    keys = set()
    given = _given_names(words.given_name_min_share)
    for match_start, start, _, key in matches:
        alias = gazetteer.by_key[key]
        entity = gazetteer.entities[alias.entity_id]
        if key in keys or not (entity.kind == "region" or alias.place is not None):
            continue
        if not _a_persons_family_name(norm, match_start, start, entity):
            continue
        names = _words_before(norm, match_start, 2)
        if (names and names[0] in name_lists.foreign_first_names()) or (
            len(names) == 2 and all(w in given for w in names)
        ):
            keys.add(key)
    return frozenset(keys)


#: The tanwin of the accusative (fathatan, on the final alef or before it: ـاً، ـًا) or of the nominative
#: (dammatan) ending a word, other marks after it or not.
_NOT_GENITIVE_TANWIN_END_RE = re.compile(f"(?:[\u064b\u064c]|\u064bا)[{DIACRITICS}]*\\Z")


def _accusative_after_a_preposition(norm: str, match_start: int, start: int, surface: str) -> bool:
    """Whether a name read after a preposition (ب، ل، ك, a conjunction before it or not) is written with the
    tanwin of the accusative or the nominative (``كفيفاً``, ``لساناً``): a preposition governs the genitive
    (``بمصرَ``, ``لبلدٍ``), so the word is one indefinite noun, never the preposition and a name (ك + فيفا, FIFA)."""
    proclitics = norm[match_start:start]
    if not any(letter in PREPOSITIONS for letter in proclitics):
        return False
    return _NOT_GENITIVE_TANWIN_END_RE.search(surface) is not None


def _glued_word(norm: str, match_start: int, end: int) -> str:
    """The word of a match read after proclitics, from its first proclitic but a conjunction (و، ف) to the
    name's end: ``كبيش`` of ``وكبيش``."""
    if norm[match_start : match_start + 1] in CONJUNCTIONS and end - match_start > 1:
        match_start += 1
    return norm[match_start:end]


def _glued_family_names(norm: str, matches: list[tuple[int, int, int, str]]) -> frozenset[str]:
    """The words a text writes as a man's family name that the matcher reads as ك + a one-word name without the
    article (``كبيش``: ك + Baish; ``كاسيا``: ك + Asia), so that every mention of the word in the text, with و or
    ف on it too, is read as the man's (``وأوضح كبيش``, ``وأضاف كبيش``): a word whose only proclitic is ك, right
    after a given name
    (:func:`analysis.extract.name_lists.first_names`, the foreign ones; و glued to it too, the next name of a
    list), one space apart (``النائب العام سالم سعيد كبيش``, ``وسعيد كبيش ( نادي الخليج )``, ``الحارس الجديد
    فرانشيسكو كاسيا``). ك means "as, like" before a name (``كالرياض``, ``كمصر``, ``نحن كسعوديين``), never
    right after a given name. Not ب or ل, which a given name often ends before a place or a body (``مستشفى
    الملك فهد بجدة``, ``زيارة محمد بن سلمان لمصر``)."""
    names: set[str] = set()
    first, foreign = name_lists.first_names(), name_lists.foreign_first_names()
    for match_start, start, end, key in matches:
        if start - match_start != 1 or norm[match_start] != "ك" or " " in key or key.startswith("ال"):
            continue  # كبيش: ك alone before the name; not كالرياض, nor a name of two words
        if match_start == 0 or norm[match_start - 1] != " ":
            continue
        before = previous_word(norm, match_start)
        if before is None or norm[match_start - 1 - len(before) : match_start - 1] != before:
            continue  # one space apart
        bare = before[1:] if before[:1] in CONJUNCTIONS and before not in first else before
        if bare in first or bare in foreign:
            names.add(norm[match_start:end])
    return frozenset(names)


def _words_before(norm: str, at: int, n: int) -> list[str]:
    """Up to ``n`` words before ``at``, nearest first, each one space from the next (none past a mark,
    a line break or a run of spaces)."""
    found: list[str] = []
    while len(found) < n and at > 1 and norm[at - 1] == " " and norm[at - 2] != " ":
        word = previous_word(norm, at)
        if word is None or norm[at - 1 - len(word) : at - 1] != word:
            break
        found.append(word)
        at -= len(word) + 1
    return found


def _the_family_name_again(norm: str, match_start: int, start: int, kind: str, words: ContextWords) -> bool:
    """Whether a place's name that the text writes elsewhere as a person's family name is his here:
    with no proclitic on it (``وأشار الخليل``, ``بمحاسبة الخليل``), no place trigger right before it
    (``مدينة الخليل``) and no locative (``في الخليل``, ``قرب الخليل``); the full name itself is read by
    :func:`_a_persons_family_name`."""
    if match_start != start:
        return False  # بالخليل، والخليل: a preposition or a list, the place as often
    before = previous_word(norm, match_start)
    return not has_trigger(norm, match_start, kind, words) and not _in(before, words.locatives)


def _a_persons_family_name(
    norm: str, match_start: int, start: int, entity, titles: frozenset[str] = frozenset()
) -> bool:
    """Whether a GeoNames place is a person's family name here, with no proclitic on it and only
    spaces before it: right after a foreign first name (``analysis/data/world/foreign_first_names.txt``:
    ``روز بيرن`` is Rose Byrne, not Bern; ``سكوت ووكر``), also with و on it (``ميليسا مكارثي وروز بيرن``,
    the next name of a list), or a compound one written as one word (:func:`_a_servant_name`:
    ``عبدالمجيد حجه``), or after two Arab first names (``خليل عبدالله الخليل``). One Arab first name
    is not enough: many are words too (``عيد الباحة`` the Eid festival of Al Bahah, ``سهل درعا`` the
    Daraa plain); nor is a dash between (``صقر خالد – جدة``, a byline); unless a title of rank or
    degree stands before it (``titles``, the ``family_nisba_again_titles``: ``الدكتور خليل الخليل``،
    ``د. خليل الخليل``), which names a man: no festival nor plain has one."""
    if entity.geonames is None or match_start != start or match_start == 0 or norm[match_start - 1] != " ":
        return False

    i = match_start
    while i > 0 and norm[i - 1] == " ":
        i -= 1
    before = previous_word(norm, match_start)
    if (
        before is not None
        and before.startswith("و")
        and _a_servant_name(before[1:])
        and before[1:] in name_lists.first_names()
    ):
        return True  # المدافعون البرتغالي مكادو وعبدالله كانو: a list of players
    if before is not None and before.startswith("و") and before[1:] in name_lists.foreign_first_names():
        return True  # ميليسا مكارثي وروز بيرن: a list of actors (the thirty-third round)
    if before is None or before not in name_lists.first_names():
        return False
    if before in name_lists.foreign_first_names() or _a_servant_name(before):
        return True
    j = i - len(before)
    if j <= 0 or norm[j - 1] != " ":
        return False
    earlier = previous_word(norm, j)
    if earlier is None and titles and _DOCTOR_RE.search(norm, max(0, j - 4), j):
        earlier = "د"  # د. خليل الخليل: the abbreviation's dot is no separator of previous_word
    return earlier is not None and (earlier in name_lists.first_names() or _in(earlier, titles))


def _another_persons_given_names(
    norm: str, match_start: int, start: int, entity_id: str, gazetteer: Gazetteer, words: ContextWords
) -> bool:
    """Whether a gazetteer person's one-word name (his family name: ``أوباما``، ``الجبير``) is here
    another person's of the family, with no proclitic on it and only spaces before it: right after a
    given name (:func:`_given_names`) when none of the three words before that is a word of his own
    names (``ميشيل أوباما`` Michelle Obama, ``المهندس فهد الجبير``; not ``عادل بن أحمد الجبير``, his
    father's name); the given name may have و glued to it (``ويوسف أوباما`` the Zamalek forward, ``وميشال
    أوباما``; not ``وباراك أوباما``); or after a word of no person's names two words after a foreign first name
    that is none of his (``تيريزا هاينز كيري``, Teresa Heinz Kerry; not ``جون كيري أوباما``)."""
    if match_start != start or match_start == 0 or norm[match_start - 1] != " ":
        return False
    own = _own_name_words(gazetteer, entity_id)
    chain: list[str] = []
    at = match_start
    while len(chain) < 4:
        word = previous_word(norm, at)
        if word is None:
            break
        i = at
        while i > 0 and norm[i - 1] == " ":
            i -= 1
        if i == at or i - len(word) < 0 or norm[i - len(word) : i] != word:
            break  # a mark or a comma between: the name ends there
        chain.append(word)
        at = i - len(word)
        if at == 0 or norm[at - 1] != " ":
            break
    if not chain:
        return False
    given = _given_names(words.given_name_min_share)
    if chain[0].startswith("و") and chain[0] not in given and chain[0][1:] in given:
        chain[0] = chain[0][1:]  # ويوسف أوباما، وميشال أوباما: a given name with و glued to it
    if _in(chain[0], own) or _spelt_like_one_of(chain[0], own):
        return False  # جون بايدن, رافاييل بينيتيز: his own given name, spelt otherwise
    if chain[0] in given and chain[0] not in words.given_names_not_before:
        return not any(_in(w, own) for w in chain[1:])  # وعادل بن أحمد الجبير: his father's name

    return (
        len(chain) > 1
        and chain[0] not in _own_name_words(gazetteer, None)
        and chain[1] not in own
        and chain[1] in name_lists.foreign_first_names()
    )


_PARTICLE_THEN_NAME_RE = re.compile(r" +(\w+) +(\w+)")


def _given_name_before_a_particle(
    norm: str, end: int, entity_id: str, gazetteer: Gazetteer, words: ContextWords
) -> bool:
    """Whether a gazetteer person's one-word name is here another man's given name: right before a particle
    that opens a foreign family name (``name_particles``), only spaces between, the particle followed by
    another particle or by a word that is no common word and none of his own names (``كاميرون فان دير
    بيرغ`` the swimmer, not David Cameron; ``بيت دكتور ورونالدو ديل كارمن`` the director, not Cristiano
    Ronaldo). Not ``فان`` written for فإن "then" before a common word (``روما فان من المتوقع``)."""
    m = _PARTICLE_THEN_NAME_RE.match(norm, end)
    if m is None or m.group(1) not in words.name_particles:
        return False
    own = _own_name_words(gazetteer, entity_id)
    particle, name = m.group(1), m.group(2)
    if particle in own or name in own:
        return False
    return name in words.name_particles or name not in common_words()


_SPACES_THEN_WORD_RE = re.compile(r" +(\w+)")


def _another_mans_family_name_after(norm: str, end: int, entity_id: str, gazetteer: Gazetteer) -> bool:
    """Whether a gazetteer person's name in the بن form (``عبدالله بن عبدالعزيز``، ``متعب بن عبدالله``) is here
    another man's given and father's names: right before a family name with the article that SaudiNewsNet
    writes after many first names (:func:`analysis.extract.name_lists.family_names`), only spaces between,
    that is none of his own names (``عبدالله بن عبدالعزيز النشوان`` the Ahsa chamber's secretary general,
    ``متعب بن عبدالله العتيبي`` a retired general; not ``عادل بن أحمد الجبير``, his own). A royal's house is
    written ``آل سعود``, no such word, and a word of an office or a body after a royal's name (``الرئيس
    العام``، ``الخيرية``) is no family name."""
    m = _SPACES_THEN_WORD_RE.match(norm, end)
    if m is None:
        return False
    word = m.group(1)
    return word in name_lists.family_names() and word not in _own_name_words(gazetteer, entity_id)


def _spelt_like_one_of(word: str, names: frozenset[str]) -> bool:
    """Whether a given name opens like one of a person's names, a foreign name spelt another way
    (``رافاييل`` / ``رافائيل``, ``نيكولاس`` / ``نيكولا``, ``جون`` / ``جو``): the first three letters the same
    (two of a two-letter name but بن)."""
    return any((len(n) > 2 and word[:3] == n[:3]) or (len(n) == 2 and n != "بن" and word.startswith(n)) for n in names)


@lru_cache(maxsize=4)
def _given_names(min_share: float) -> frozenset[str]:
    """Words that are given names before a family name: the reviewed lists (foreign, Arabic) and the
    corpus-learnt first names (``first_names.txt``) that the corpus writes as a name at least
    ``min_share`` of the times it writes them (``given_name_min_share``: فهد، أحمد، يوسف; not
    باسم "in the name of", نجل "son", عائلة "family", أسرة, written as first names now and then)."""

    usage = name_lists.word_usage()
    lines = data_path("world/first_names.txt").read_text("utf-8").splitlines()
    rows = (line.split("\t") for line in lines if line and not line.startswith("#"))
    learnt = frozenset(
        r[0]
        for r in rows
        if len(r) == 2
        and int(r[1]) >= name_lists.FIRST_NAME_MIN_COUNT
        and r[0][0] not in "ول"
        and int(r[1]) >= min_share * usage.get(r[0], (0, 0))[0]
    )
    return learnt | name_lists.foreign_first_names() | name_lists.listed_names("world/arabic_first_names.txt")


def _own_name_words(gazetteer: Gazetteer, entity_id: str | None) -> frozenset[str]:
    """Every word of a person's names in the gazetteer (``باراك``، ``اوباما``، ``الرئيس`` …); of every
    person's with ``None``. Cached."""
    table = gazetteer.cache.get("own_name_words")
    if table is None:
        table = {}
        for a in gazetteer.aliases:
            if gazetteer.entities[a.entity_id].type == "person":
                table.setdefault(a.entity_id, set()).update(a.key.split(" "))
        every = set().union(*table.values()) if table else set()
        table = {k: frozenset(v) for k, v in table.items()}
        table[None] = frozenset(every)
        gazetteer.cache["own_name_words"] = table
    return table.get(entity_id, frozenset())


def _a_servant_name(word: str) -> bool:
    """Whether a first name is a compound with عبد written as one word (عبدالمجيد، عبدالله): no ordinary
    word nor place is so written, so one such name before a place makes it a family name
    (``عبدالمجيد حجه`` is Hijjeh, not Hajjah; ``عبدالله كانو`` a player, not Kano)."""
    return word.startswith(_SERVANT) and len(word) > len(_SERVANT) + 2


def _country_of(gazetteer: Gazetteer, entity_id: str) -> str | None:
    for node in (entity_id, *gazetteer.ancestors(entity_id)):
        if gazetteer.entities[node].is_country:
            return node
    return None


def _without_foreign_homonyms(
    readings: list[Reading], pending: list[int], triggered: list[int], gazetteer: Gazetteer
) -> tuple[list[Reading], list[int]]:
    """Drop a GeoNames town named after a locality noun (``حي المرقب``، ``قرية دوما``: a district, a
    village, which every country has by the same names) when the text names nothing of its country,
    but names a place of another country nearby (:data:`COUNTRY_WINDOW`): ``حي المرقب وسط
    العاصمة الرياض`` is a district of Riyadh, not Al-Murqub in Libya; ``قرية دوما في مدينة نابلس`` a
    village of the West Bank, not Douma in Syria. Readings still waiting for evidence are no evidence,
    nor are the town's own other mentions when a place of a country named nearby bears its name
    with a place noun (:func:`_twin_in`): ``مطار الجوف`` three times in an article on Saudi airports,
    with Tabuk and Cairo, is Saudi Arabia's Al Jawf Region, not Libya's Al Jawf. A territory's capital
    (:func:`_state_seats` leaves them out: العيون, Laayoune) looks for that other country's places in the whole
    text, not only nearby: ``بلدية العيون`` in an article on Medina's municipal elections that names Medina
    four sentences before is not Western Sahara's."""
    waiting = set(pending)
    countries = {i: _country_of(gazetteer, r.entity_id) for i, r in enumerate(readings) if i not in waiting}
    dropped = set()
    moved: dict[int, str] = {}
    seats = _state_seats(gazetteer)
    territory_seats = _seats(gazetteer) - seats
    for i in triggered:
        if readings[i].entity_id in seats:
            continue  # مطار القاهرة, بالرياض: a state's capital is known by that name abroad too
        window = None if readings[i].entity_id in territory_seats else COUNTRY_WINDOW
        own = countries.get(i)
        this = readings[i].entity_id
        if own is None or any(c == own for j, c in countries.items() if j != i and readings[j].entity_id != this):
            continue
        start = readings[i].start
        near = {
            c
            for j, c in countries.items()
            if j != i
            and c is not None
            and c != own
            and gazetteer.entities[readings[j].entity_id].kind == "region"
            and (window is None or abs(readings[j].start - start) <= window)
        }
        if not near:
            continue
        twin = _twin_in(gazetteer, readings[i].key, near)
        if (
            twin is None
            and any(c == own for j, c in countries.items() if j != i)
            and not _named_by_its_places(readings, countries, near, gazetteer)
        ):
            continue  # named again, and no place of the countries nearby bears its name: الطائف، الدمام
        dropped.add(i)
        if twin is not None:
            moved[i] = twin
    if not dropped:
        return readings, pending
    new_index: dict[int, int] = {}
    kept: list[Reading] = []
    for i, r in enumerate(readings):
        if i in moved:
            new_index[i] = len(kept)
            kept.append(Reading(r.start, r.end, r.key, moved[i], r.alias_kind))
        elif i not in dropped:
            new_index[i] = len(kept)
            kept.append(r)
    return kept, [new_index[i] for i in pending]


def _named_by_its_places(
    readings: list[Reading], countries: dict[int, str | None], near: set[str], gazetteer: Gazetteer
) -> bool:
    """Whether one of the ``near`` countries is named in the text by places of two or more entities of
    its own: a town named again is then that country's town of the same name, which the gazetteer
    lacks (``طريق الرياض / الحائر / الحوطة`` twice in an article on Riyadh's and Al Kharj's roads is
    Al-Hawtah of Riyadh, not Lahij's Al Hawtah in Yemen), not a sign of its own country; one place
    (``مطار القاهرة`` in an article on Taif) is not enough."""
    for country in near:
        places = {
            readings[j].entity_id
            for j, c in countries.items()
            if c == country and gazetteer.entities[readings[j].entity_id].kind == "region"
        }
        if len(places) >= 2:
            return True
    return False


def _state_nisbas(gazetteer: Gazetteer) -> Mapping[str, str]:
    """The definite feminine singular nationality adjectives of the states (الهولندية → netherlands), cached."""
    nisbas = gazetteer.cache.get("state_nisbas")
    if nisbas is None:
        nisbas = gazetteer.cache["state_nisbas"] = {
            a.key: a.entity_id
            for a in gazetteer.aliases
            if a.alias_kind == "adjective"
            and a.key.startswith("ال")
            and a.key.endswith("يه")
            and gazetteer.entities[a.entity_id].is_country
        }
    return nisbas


def _state_after(norm: str, matches: list[tuple[int, int, int, str]], k: int, gazetteer: Gazetteer) -> str | None:
    """The state whose feminine nisba follows match ``k`` right after it, spaces only between and no
    proclitic on it: a town agrees with its state's nisba (``مدينة هورست الهولندية``, ``برمنغهام
    البريطانية``, ``سان خوسيه الأمريكية``); a masculine one describes something else (``حي سوهو الصيني``,
    a club: ``برشلونة الإسباني``)."""
    if k + 1 >= len(matches):
        return None
    end = matches[k][2]
    match_start, start, _, key = matches[k + 1]
    if match_start != start or match_start <= end or norm[end:match_start].strip(" "):
        return None
    return _state_nisbas(gazetteer).get(key)


def _state_seats(gazetteer: Gazetteer) -> frozenset[str]:
    """:func:`_seats` of states, not of territories (cached): a territory's capital is not known abroad
    by its name as a state's is, and shares it with towns elsewhere (العيون, Laayoune of Western Sahara,
    is Al-Uyun of Al-Ahsa in a Saudi paper: بمدينة العيون بالأحساء)."""
    seats = gazetteer.cache.get("state_seats")
    if seats is None:
        seats = gazetteer.cache["state_seats"] = frozenset(
            seat
            for seat in _seats(gazetteer)
            if (country := _country_of(gazetteer, seat)) is None or gazetteer.entities[country].type != "territory"
        )
    return seats


def _seats(gazetteer: Gazetteer) -> frozenset[str]:
    """The places that a capital's or a seat's name stands for (القاهرة، الرياض), cached."""
    seats = gazetteer.cache.get("seats")
    if seats is None:
        seats = gazetteer.cache["seats"] = frozenset(a.place for a in gazetteer.aliases if a.place is not None)
    return seats


def _twin_in(gazetteer: Gazetteer, key: str, countries: set[str]) -> str | None:
    """The place of one of ``countries`` that a place noun and the same name name (``منطقة الجوف``
    in Saudi Arabia, ``محافظة الجوف`` in Yemen, ``محافظة القنيطرة`` in Syria): what a bare homonym
    means when only places of that country are named nearby. Of two such places, a town rather than
    an area, which is named with its noun (``أهالي العيون`` is Al-Uyun of Al-Ahsa, the town named
    ``مدينة العيون``, not Medina's sub-municipality ``بلدية العيون``)."""
    found = set()
    for noun in sorted(_PLACE_NOUN_KEYS):
        alias = gazetteer.by_key.get(f"{noun} {key}")
        if alias is not None and _country_of(gazetteer, alias.entity_id) in countries:
            found.add(alias.entity_id)
    if len(found) > 1:
        found = {e for e in found if gazetteer.entities[e].type != "area"} or found
    return found.pop() if len(found) == 1 else None


def _after_a_name_head(norm: str, match_start: int, words: ContextWords) -> bool:
    """Whether the word before a place (or a state) makes it part of the name of something else:
    one of the ``place_name_heads`` (بحر الصين، قناة بنما، بنك الكويت), or one of them and one of the
    ``place_name_nouns`` (جامعة ولاية نيويورك, the State University of New York; جامعة مدينة برمنجهام).
    An agreement named after a city is the city (اتفاق سوتشي), a road the town it leads to (طريق بيشة)."""
    before = previous_word(norm, match_start)
    if _in(before, words.place_name_heads):
        return True
    if before is None or not _in(before, words.place_name_nouns):
        return False
    at = match_start
    while at > 0 and norm[at - 1] in _SEPARATOR_CHARS:
        at -= 1
    return _in(previous_word(norm, at - len(before)), words.place_name_heads)


#: Tanween (ً ٌ ٍ): an indefinite word, never a place's name.
_TANWEEN_RE = re.compile("[\u064b-\u064d]")
#: A masculine nisba right after a name: the next word, separated by spaces only.
_NEXT_ADJECTIVE_RE = re.compile(r" +(\w+)")


def _club_nisbas(gazetteer: Gazetteer) -> frozenset[str]:
    """The definite masculine singular nationality adjectives of the gazetteer (الإيطالي، المكسيكي), cached."""
    keys = gazetteer.cache.get("club_nisbas")
    if keys is None:
        keys = gazetteer.cache["club_nisbas"] = frozenset(
            a.key
            for a in gazetteer.aliases
            if a.alias_kind == "adjective" and a.key.startswith("ال") and a.key.endswith("ي")
        )
    return keys


def _before_a_club_nisba(norm: str, end: int, gazetteer: Gazetteer) -> bool:
    """Whether a state's or a city's name is followed by a masculine nationality adjective: a club
    (روما الإيطالي، أمريكا المكسيكي), where a city (feminine) would take الإيطالية."""
    m = _NEXT_ADJECTIVE_RE.match(norm, end)
    return m is not None and m.group(1) in _club_nisbas(gazetteer)


def _regions_listed(
    norm: str, matches: list[tuple[int, int, int, str]], gazetteer: Gazetteer, words: ContextWords
) -> dict[int, str]:
    """Match index → the region noun (``منطقه``) of a seat in a list of regions: matches one after the
    other (:func:`_listed_next`), each a name whose region (``منطقه X``) is the name's own entity (عسير، القصيم)
    or another (a seat: مكة، نجران), at least one of the first kind; a list with any other name (جدة،
    دبي) or after a city's or a road's noun (``region_list_not_after``) stays as it is."""
    if not words.region_list_nouns:
        return {}
    by_key = gazetteer.by_key
    out: dict[int, str] = {}
    k = 0
    while k < len(matches):
        j = k + 1
        while j < len(matches) and _listed_next(norm, matches[j - 1][2], matches[j]):
            j += 1
        if j - k > 1 and not any(_in(f, words.region_list_not_after) for f in _bare_forms(
                previous_word(norm, matches[k][0]) or "")):  # fmt: skip
            nouns: dict[int, str] = {}
            bare = 0
            for i in range(k, j):
                key = matches[i][3]
                if (
                    i == k
                    and key.split(" ", 1)[0] in words.region_list_nouns
                    and _is_province(gazetteer, by_key[key].entity_id)
                ):
                    # a region named with its noun heads the list: منطقة الرياض و المدينة المنورة ومكة المكرمة; not
                    # further on: الخط السريع الواصل بين الرياض والمدينة المنورة ومنطقة حائل (the cities)
                    bare += 1
                    continue
                noun = next((n for n in sorted(words.region_list_nouns) if f"{n} {key}" in by_key), None)
                if noun is None:
                    break
                if by_key[f"{noun} {key}"].entity_id == by_key[key].entity_id:
                    bare += 1
                else:
                    nouns[i] = noun
            else:
                if bare:
                    out.update(nouns)
        k = j
    return out


def _is_province(gazetteer: Gazetteer, entity_id: str) -> bool:
    entity = gazetteer.entities.get(entity_id)
    return entity is not None and entity.type == "province"


def _listed_next(norm: str, previous_end: int, match: tuple[int, int, int, str]) -> bool:
    """Whether a match goes on the list of the one ending at ``previous_end``: joined by و
    (:func:`_coordinated`), by a comma (``مكة المكرمة، جازان``), or by a space before a name whose own first
    letter is و (``المدينة المنورة وجدة``, read as Oujda: the list then holds a name that is no seat), or by
    a و standing apart between spaces (``على مناطق عسير و الباحة و جازان``, the fifty-third uniform sample).
    Not by a space alone: a road's name (``طريق الرياض القصيم السريع``)."""
    gap = norm[previous_end : match[0]]
    if _coordinated(norm, previous_end, match[0], match[1]):
        return True
    if len(gap) > 3:
        return False
    if gap.strip(" ") in ("،", ",") or gap == " و ":
        return True
    return not gap.strip(" ") and match[0] < len(norm) and norm[match[0]] == "و"


def _dual_keys(gazetteer: Gazetteer) -> frozenset[str]:
    """The names that follow a place noun in some alias (مكه المكرمه in منطقه مكه المكرمه), cached."""
    keys = gazetteer.cache.get("dual_keys")
    if keys is None:
        nouns = tuple(f"{noun} " for noun in DUAL_PLACE_NOUNS.values())
        keys = gazetteer.cache["dual_keys"] = frozenset(
            k.split(" ", 1)[1] for k in gazetteer.by_key if k.startswith(nouns)
        )
    return keys


#: The types of a town or a city: a capital listed with one that is not a capital is a city too.
_SETTLEMENT_TYPES = frozenset({"city", "town", "village"})


def _metonym_readings(
    norm: str, matches: list[tuple[int, int, int, str]], gazetteer: Gazetteer, words: ContextWords
) -> list[bool | None]:
    """For each match, whether a metonym with a place reads as its actor (None: as neither, inside
    another name: ``جامعة واشنطن``).

    Names joined by و are read together: the words before the first and after the last decide
    (``بين موسكو وأنقرة``, ``موسكو وأنقرة تؤكدان``, ``في أنقرة وموسكو``); failing those, a plain
    actor among them makes them actors (``للنظام السوري وموسكو``), unless a town or a city that is no
    capital is listed too (``قبرص واسطنبول ولندن وفرانكفورت وباريس وفيينا``: flight destinations). A
    seat that is not the place's own name (``الكرملين``, ``البيت الأبيض``) is always the government (``مستشار في الكرملين``);
    a capital (``دمشق``, or one of its city's own aliases: ``سيول``) is the place unless its context says it acts."""
    by_key, entities = gazetteer.by_key, gazetteer.entities
    acts: list[bool | None] = [False] * len(matches)
    if not any(by_key[key].place is not None for *_, key in matches):
        return acts
    groups: list[list[int]] = []
    for k, (match_start, alias_start, _, _) in enumerate(matches):
        joined = k > 0 and _coordinated(norm, matches[k - 1][2], match_start, alias_start)
        if joined:
            groups[-1].append(k)
        else:
            groups.append([k])
    for group in groups:
        metonyms = [k for k in group if by_key[matches[k][3]].place is not None]
        if not metonyms:
            continue
        first, last = matches[group[0]], matches[group[-1]]
        says = _before_says(norm, first[0], first[1], words, by_key)
        if _a_local_government(norm, first, words):
            says = False  # حكومة أبوظبي الإلكترونية: the emirate's government, not the state's
        if says is False and _an_embassy_with_its_host(norm, matches, group, words):
            says = True  # بسفارة موسكو لدى مالي، وسفارة هافانا بواشنطن: the embassy of its state, posted elsewhere
        if says and _after_each_of(norm, first[0], words) and _a_settlement_among(group, metonyms, matches, gazetteer):
            says = None  # تقدمت كل من باريس وبودابست وهامبورج بطلبات لاستضافة الدورة: cities, Hamburg no capital
        if says is None and group[0] > 0 and _object_after_its_subject(norm, matches[group[0] - 1], first, words):
            says = True  # سلمت الولايات المتحدة القاهرة زورقي دورية: the government given to
        after = next_word(norm, last[2])
        if (
            says is False
            and len(group) == 1
            and _in(previous_word(norm, first[0]), words.taking_verbs)
            and _in(after, words.taken_decisions)
        ):
            says = True  # اتخذت واشنطن اجراءات، لم تتخذ الرياض قرارا: the government's step; not يتخذ موسكو مقرا
        after_a_name = group[0] > 0 and not norm[matches[group[0] - 1][2] : first[0]].strip(" ")
        if says is None and _object_after_a_subject_phrase(norm, first, after, words, after_a_name):
            says = True  # ودعا المسؤول الإيراني الرياض إلى وقف: the government called on, after its caller
        if says is False and len(group) > 1 and _in(previous_word(norm, first[0]), words.agreement_nouns):
            says = True  # اتفاق واشنطن وأنقرة على خطة: its parties
        if (
            says is None
            and after is not None
            and after[0] not in "وف"
            and _looks_like_verb(after, words, present=False)
        ):
            says = True  # دمشق تتهم; not صنعاء وتمددهم (the tenth uniform sample: a new phrase after و)
        if says is None and after is not None and after in words.acts_after_short:
            says = True  # ولندن ترى أن المشروع سابق لأوانه، بيد أن باريس تعي: a three-letter verb, as written
        if (
            says is None
            and after is not None
            and after in words.negations_after
            and _a_will_after(norm, last[2], words)
        ):
            says = True  # «بغداد لا تريد لنينوى الخير، واشنطن لا تريد أن يسحب: its government's will, negated
        if says is None and after is not None and _a_topic_then_its_verb(norm, first[0], last[2], words):
            says = True  # اما بكين فرفضت وقف انشطتها، أما واشنطن فلا تزال مترددة: the topic is the verb's subject
        if (
            says is None
            and after is not None
            and after in words.relative_pronouns
            and _acts_after_its_relative(norm, last[2], words)
            and not _in_the_sentence(norm, first[0], last[2], words.club_context, before_too=True)
        ):
            says = True  # فأنقرة التي تعتبر المطامح القومية الكردية خطرا، وموسكو التي تنفي وجود: the relative's verb its deed
        if says is None and after is not None and after in words.described_after:
            says = True  # واصفة أنقرة بأنها «شريك أساسي»، ويتهم حلفاء تركيا منذ أشهر أنقرة بأنها: accused or described
        if says is None and after is not None and after in words.state_adjectives_after:
            says = True  # برنامج طهران النووي، أنشطة طهران النووية: a state's programme (اتفاق فيينا النووي: above, the city)
        if (
            not says
            and after is not None
            and after in words.entered_after
            and _in(previous_word(norm, first[0]), words.entry_words)
        ):
            says = True  # دخول أنقرة الحرب في سوريا: its government entering the war (دخول القوات دمشق: the city)
        if says and _in(after, words.place_verbs) and previous_word(norm, first[0]) in words.clause_openers:
            says = False  # إن صنعاء محاصرة، أن بغداد تتعرض إلى تشويه: what the city is or undergoes
        if after is not None and _in(after, words.allies_after):
            says = True  # كانت دمشق وحلفاؤها، أمام واشنطن وحلفائها: a city has no allies
        if after is not None and after[0] == "و" and _in(after, words.towns_after):
            says = False  # بين بكين ومدن جبلية أخرى: a government has no towns beside it
        if after is not None and _in(after, words.old_city_after):
            says = False  # عشقه لدمشق القديمة، حواري القاهرة العتيقة، دمشق الغربية: the old city, a side of it
        if after is not None and _a_measure_after(norm, last[2], words.temperature_units):
            says = False  # فيما تسجل الرياض 43 درجة مئوية والدمام 47: a weather report's city
        if _named_a_city(norm, first[0], last[2], words):
            says = False  # أن لندن، كمدينة رئيسية، مدينة تشبه لندن: a capital named or compared as a city
        if says is None and _in(after, words.resolved_after) and _being_or_opening(norm, first[0], words):
            says = True  # كانت تل أبيب مضطرة، وظلت طهران حريصة: its government bound or keen
        if says is None and len(group) == 1 and _opens_a_sentence_being(norm, first[0], first[1], last[2], words):
            says = True  # أنقرة كانت مترددة، أنقرة وحتى أيام من الآن كانت تستخدم (داعش): its government
        if says is None and _obliged(norm, first[0], after, words):
            says = True  # تحتم على الرياض والقاهرة أن يتجها، على موسكو القيام: its government must
        if says is None and len(group) > 1 and _beside_its_own_state(group, metonyms, matches, by_key):
            says = False  # وتشجيع مسلمي لندن وبريطانيا، المكان إنجلترا ولندن تحديدا: the city beside its own state
        if says is None and len(group) > 1:
            listed = [k for k in _listed_before(norm, matches, group[0]) if by_key[matches[k][3]].place is None]
            plain = [entities[by_key[matches[k][3]].entity_id] for k in group if k not in metonyms]
            plain += [entities[by_key[matches[k][3]].entity_id] for k in listed]
            if not any(e.type in _SETTLEMENT_TYPES for e in plain):  # وباريس وفيينا وزيوريخ: a list of cities
                says = True if any(e.kind == "actor" for e in plain) else None
        if (
            says
            and len(group) > 1
            and _a_settlement_among(group, metonyms, matches, gazetteer, words.government_cities)
        ):
            says = False  # بين الرياض وجدة والشرقية، لتشمل بغداد والبصرة والنجف: a government has no towns beside it
        if _being_then_its_noun(norm, last[0], last[1], last[2], words):
            says = True  # "طهران كان دورها سلبيا، في اليمن، وطهران كان دورها: the state's role, whatever came before
        for k in metonyms:
            alias = by_key[matches[k][3]]
            seat = not alias.literal and alias.key not in (_name_key(gazetteer, alias.place) or "")  # دمشق, سيول
            acts[k] = True if seat else bool(says)
            if seat and _a_seat_as_building(norm, matches[k], words):
                acts[k] = False  # استقباله … في قصر قرطاج: the building; not مسؤول في البيت الأبيض
            if seat and _a_seat_named_its_headquarters(norm, matches[k], words):
                acts[k] = False  # البيت الأبيض مقر إقامة رئيس الولايات المتحدة: the building
            if not seat and acts[k] and _one_of_the_cities(norm, matches[k][2], words):
                acts[k] = False  # لا شك أن لندن أحد أفضل المواقع في العالم: the city, ranked with places
            if not seat and " " in alias.key and _in(alias.key.split(" ", 1)[0], words.locatives):
                acts[k] = False  # ويربط مدينة الكويت: the city's own name with مدينة is the city
            if not seat and acts[k] and _before_its_own_nisba(norm, matches, k, gazetteer):
                acts[k] = False  # سان فرانسيسكو الأمريكية وطوكيو اليابانية: the city its state's nisba describes
            if not seat and (
                _in(previous_word(norm, matches[k][0]), words.name_heads)
                or _in(next_word(norm, matches[k][2]), words.capital_name_tails)
            ):
                acts[k] = None  # جامعة واشنطن، سبارتاك موسكو، أبوظبي للإعلام: neither the city nor the government
            if (
                not seat
                and alias.key in words.club_capitals
                and _in_the_sentence(norm, matches[k][0], matches[k][2], words.club_context, before_too=True)
                and (
                    _before_says(norm, matches[k][0], matches[k][1], words, by_key) is not False
                    or _in(previous_word(norm, matches[k][0]), words.club_opponent_words)
                    or _after_a_transfer(norm, matches[k][0], matches[k][1], words)
                )
            ):
                acts[k] = None  # ولم يحدد روما سبب …، انتقل محمد صلاح إلى روما: the club in a sentence about football
            if (
                not seat
                and alias.key in words.club_capitals_as_opponents
                and (
                    _in(previous_word(norm, matches[k][0]), words.club_opponent_words)
                    or _in(previous_word(norm, matches[k][0]), words.club_match_marks)
                    or _in(next_word(norm, matches[k][2]), words.club_match_marks)
                )
                and _in_the_sentence(norm, matches[k][0], matches[k][2], words.club_context, before_too=True)
            ):
                acts[k] = None  # يفتتح مبارياته بالدوري أمام الرياض، العرض x الرياض: Al-Riyadh Club, a side
            if not seat and _in_a_works_title(norm, matches[k][0], matches[k][2], words):
                acts[k] = None  # فيلم “بتوقيت القاهرة”، رواية "يا دمشق وداعا": a work's title, neither
            if (
                not seat
                and acts[k]
                and (
                    _in_the_sentence(norm, matches[k][0], matches[k][2], words.host_city_context)
                    or _in_the_sentence(
                        norm, matches[k][0], matches[k][2], words.host_city_context_before, before_too=True
                    )
                )
            ):
                acts[k] = False  # لكن بكين كانت الوحيدة التي قدمت عرضا قويا، ونالت بكين 44 صوتا: an Olympic host city
            if not seat and acts[k] and alias.key in words.super_cup_venues and _on_a_super_cup(norm, words):
                acts[k] = False  # إن الهلال والنصر يريدان لندن: the Super Cup's venue, in a text on the match
            if not seat and (
                _quoted_after_la(norm, matches[k][0], matches[k][2]) or _a_quoted_paper(norm, matches[k], words)
            ):
                acts[k] = None  # قال ل"الرياض"، مع "الرياض": the paper Al Riyadh, neither the city nor the government
    return acts


def _an_embassy_with_its_host(
    norm: str, matches: list[tuple[int, int, int, str]], group: list[int], words: ContextWords
) -> bool:
    """Whether a capital (or capitals joined by و) right after one of ``embassy_nouns`` has its host named after it:
    one of ``embassy_hosts`` right after (``بسفارة موسكو لدى مالي``), or the next name within ``embassy_reach``
    words, nothing but words between, with ب glued to it or في right before it (``وسفارة هافانا بواشنطن``، ``سفارة
    هافانا من جديد في واشنطن``): the embassy of the capital's state, its government. Alone it is the embassy in the
    city (``خلال فترة العمل في سفارة بيروت، بسبب أزمة قلبية``)."""
    first, last = matches[group[0]], matches[group[-1]]
    if not _in(previous_word(norm, first[0]), words.embassy_nouns):
        return False
    if _in(next_word(norm, last[2]), words.embassy_hosts):
        return True
    if group[-1] + 1 >= len(matches):
        return False
    host_start, host_alias_start = matches[group[-1] + 1][:2]
    between = norm[last[2] : host_start].split()
    if len(between) > words.embassy_reach or not all(w.isalpha() for w in between):
        return False
    return "ب" in norm[host_start:host_alias_start] or (bool(between) and between[-1] == "في")


#: A run of what ends a sentence (".\n\n" is one break), for :func:`_in_the_sentence`.
_SENTENCE_BREAKS_RE = re.compile(r"[.!?؟؛;:\n][.!?؟؛;:\n\s]*")


def _a_seat_as_building(norm: str, match: tuple[int, int, int, str], words: ContextWords) -> bool:
    """Whether a seat (``البيت الأبيض``) stands right after one of the ``seat_prepositions`` or with ب glued to it
    (``بالبيت الأبيض``), and no word of ``seat_insiders`` (its people, its mood) among the two words before the
    preposition: the building, where a meeting or a speech takes place (``والتقى أوباما … في البيت الأبيض``), not
    the government that its people speak for (``مسؤول في البيت الأبيض``, ``الدائرة الداخلية في الكرملين``)."""
    match_start, alias_start = match[0], match[1]
    if norm[match_start:alias_start] == "ب":
        at = match_start
    else:
        at, to = _previous_word_span(norm, match_start)
        if at < to and norm[at:to] == "من" and _a_distance_before(norm, at, words):
            return True  # على مقربة من البيت الأبيض: the building one is near
        if at == to or norm[at:to] not in words.seat_prepositions:
            return False
    for _ in range(2):  # the word before the preposition, or the one before it (الدائرة الداخلية في الكرملين)
        at, to = _previous_word_span(norm, at)
        if at == to:
            return True
        if _in(norm[at:to], words.seat_insiders):
            return False
    return True


def _a_distance_before(norm: str, at: int, words: ContextWords) -> bool:
    """Whether one of the ``seat_nearness`` phrases (على مقربة، بالقرب، على بعد) stands among the
    ``seat_nearness_reach`` words before position ``at`` (a من right before a seat): ``على بعد أمتار قليلة من``."""
    before: list[str] = []
    for _ in range(words.seat_nearness_reach):
        at, to = _previous_word_span(norm, at)
        if at == to:
            break
        before.insert(0, norm[at:to])
    return any(
        tuple(before[i : i + len(phrase)]) == phrase for phrase in words.seat_nearness for i in range(len(before))
    )


#: what may stand between a seat and the word of a headquarters after it (``قصر بعبدا (مقر``), and that word
_HEADQUARTERS_AFTER_RE = re.compile(r"[\s\"'«(]*(\w+)")


def _a_seat_named_its_headquarters(norm: str, match: tuple[int, int, int, str], words: ContextWords) -> bool:
    """Whether a word of a headquarters (``headquarters_nouns``: مقر) stands right after a seat, in parentheses or
    not, naming it twice (``البيت الأبيض مقر إقامة رئيس الولايات المتحدة``): the building, not the government;
    unless the seat is reached, after one of ``headquarters_reached`` or with ل glued (``وصول أي من المرشحين إلى
    قصر بعبدا (مقر رئيس الجمهورية)``: the office reached, the state's by the settled convention)."""
    after = _HEADQUARTERS_AFTER_RE.match(norm, match[2])
    if after is None or not _in(after.group(1), words.headquarters_nouns):
        return False
    reached = norm[match[0] : match[1]] == "ل" or _in(previous_word(norm, match[0]), words.headquarters_reached)
    return not reached  # وصول أي من المرشحين إلى قصر بعبدا (مقر: the office reached, the settled convention


def _in_the_sentence(norm: str, start: int, end: int, wanted: frozenset[str], *, before_too: bool = False) -> bool:
    """Whether one of the ``wanted`` words stands in the sentence of a name (from ``start`` to ``end``), or with
    ``before_too`` in the sentence before it: a stop, a question or exclamation mark, a colon, a semicolon or a
    line's end closes one (a run of them is one break), 300 characters at most each side."""
    if not wanted:
        return False
    before = norm[max(0, start - 300) : start]
    after = norm[end : end + 300]
    opened = max((m.end() for m in _SENTENCE_BREAKS_RE.finditer(before)), default=0)
    if before_too and opened:
        earlier = before[:opened].rstrip(" .!?؟؛;:\n")
        opened = max((m.end() for m in _SENTENCE_BREAKS_RE.finditer(earlier)), default=0)
    closed = _SENTENCE_BREAK_RE.search(after)
    sentence = before[opened:] + " " + after[: closed.start() if closed else len(after)]
    return any(_in(word, wanted) for word in re.findall(r"\w+", sentence))


def _names_the_us_state(norm: str, matches: list[tuple[int, int, int, str]], key: str, words: ContextWords) -> bool:
    """Whether a text names the US state ``key`` (one of ``state_homonym_towns``) as such: the name right after one of
    ``state_nouns`` (``بولاية جورجيا``, with no proclitic on the name), or one of the state's towns anywhere
    (``أتلانتا``)."""
    if any(m[3] == key and m[0] == m[1] and _in(previous_word(norm, m[0]), words.state_nouns) for m in matches):
        return True
    towns = words.state_homonym_towns[key]
    return any(_in(w, towns) for w in set(re.findall(r"\w+", norm)))


def _on_a_super_cup(norm: str, words: ContextWords) -> bool:
    """Whether a text names a Super Cup (one of ``super_cup_words``) and holds a word of football (one of
    ``club_context``): the Saudi Super Cup in London, not ``السيارات السوبر`` in a tourist guide."""
    if not words.super_cup_words:
        return False
    found = set(re.findall(r"\w+", norm))
    return any(_in(w, words.super_cup_words) for w in found) and any(_in(w, words.club_context) for w in found)


def _being_or_opening(norm: str, match_start: int, words: ContextWords) -> bool:
    """Whether one of the ``being_verbs`` stands right before a name (``كانت تل أبيب``) or the name opens its
    phrase (after a stop, a comma or a colon, or the text's start)."""
    at, to = _previous_word_span(norm, match_start)
    if at < to and _in(norm[at:to], words.being_verbs):
        return True
    opening = norm[max(0, match_start - 3) : match_start].strip(" ")
    return not opening or bool(_PHRASE_BREAK_RE.search(opening[-1:]))


#: What opens a sentence before a capital: a stop, a question or exclamation mark, a colon, a line's end or an
#: opening quote (:func:`_opens_a_sentence_being`).
_SENTENCE_OPENING_RE = re.compile(r"(?:\A|[.!?؟:\n«\"“])\s*\Z")


def _opens_a_sentence_being(norm: str, match_start: int, alias_start: int, end: int, words: ContextWords) -> bool:
    """Whether a capital with no proclitic but و opens its sentence (:data:`_SENTENCE_OPENING_RE`) and one of
    ``being_verbs`` follows it in the same sentence, right after it or past an aside of at most ``being_reach``
    words with no verb, relative pronoun or conjunction among them (``أنقرة وحتى أيام من الآن كانت``, ``طهران،
    في المرحلة القادمة، ستكون``), with a verb by its form (قد skipped: ``كانت تستخدم``, ``لا زالت تصنف``) or one of
    ``resolved_after`` or ``wavering_after`` right after the verb of being (``أنقرة كانت مترددة``), or أكثر or أشد
    and one of ``temper_nouns`` (``طهران، في المرحلة القادمة، ستكون أكثر شراسة``): what a state
    did or felt, its government. Not a verb of the city (``place_verbs``: ``لندن كانت تحتفل``), nor anything
    else after the verb of being (``بغداد صارت مثل شجرة منفردة``)."""
    if not words.being_reach or norm[match_start:alias_start] not in ("", "و"):
        return False
    if not _SENTENCE_OPENING_RE.search(norm, max(0, match_start - 8), match_start):
        return False
    rest = norm[end : end + 200]
    closed = _SENTENCE_BREAK_RE.search(rest)
    found = re.findall(r"\w+", rest[: closed.start() if closed else len(rest)])
    for i, word in enumerate(found[: words.being_reach + 1]):
        if _in(word, words.being_verbs):
            following = [w for w in found[i + 1 : i + 4] if w != "قد"]
            if not following:
                return False
            then = following[0]
            if _in(then, words.temper_degrees) and len(following) > 1:  # ستكون أكثر شراسة: a state's temper
                return _in(following[1], words.temper_nouns)
            return _looks_like_verb(then, words, present=False) or _in(
                then, words.resolved_after | words.wavering_after
            )
        if (
            word in words.relative_pronouns
            or word in words.aside_closers
            or _looks_like_verb(word, words, present=True)
        ):
            return False
    return False


#: A verb of being and a noun with the feminine pronoun right after a capital (:func:`_being_then_its_noun`).
_BEING_THEN_NOUN_RE = re.compile(r"[ \t]+(\w+)[ \t]+(\w+)ها(?!\w)")


def _being_then_its_noun(norm: str, match_start: int, alias_start: int, end: int, words: ContextWords) -> bool:
    """Whether a capital with no proclitic but و has one of ``being_verbs`` right after it and then one of the
    ``actor_nouns`` with the feminine pronoun (``وطهران كان دورها سلبيا``): the state's role, stance or policy, its
    government (the sixty-fifth metonymy round, file 71; not a street or a house of the city: no such noun)."""
    if norm[match_start:alias_start] not in ("", "و"):
        return False
    m = _BEING_THEN_NOUN_RE.match(norm, end)
    return m is not None and _in(m.group(1), words.being_verbs) and m.group(2) in words.actor_nouns


def _before_its_own_nisba(norm: str, matches: list[tuple[int, int, int, str]], k: int, gazetteer: Gazetteer) -> bool:
    """Whether the feminine nisba right after capital ``k`` is its own state's (``طوكيو اليابانية``, ``مدينة روما
    الإيطالية``): the nisba describes the city, as it does a town (:func:`_state_after`)."""
    place = gazetteer.by_key[matches[k][3]].place
    return (
        place is not None
        and (state := _state_after(norm, matches, k, gazetteer)) is not None
        and (state == _country_of(gazetteer, place))
    )


def _after_each_of(norm: str, match_start: int, words: ContextWords) -> bool:
    """Whether ``كل من`` ("each of"; ``each_words``: كلا من too) stands right before a name: ``تقدمت كل من باريس
    وبودابست``."""
    before = previous_word(norm, match_start)
    return before == "من" and previous_word(norm, match_start - len(before) - 1) in words.each_words


def _a_settlement_among(
    group: list[int],
    metonyms: list[int],
    matches: list[tuple[int, int, int, str]],
    gazetteer: Gazetteer,
    government_cities: frozenset[str] = frozenset(),
) -> bool:
    """Whether a name of the group that is no capital's metonym is a town or a city (``وهامبورج``), and neither a
    capital named by another spelling (``سول``، ``هانوي``: a government too) nor one of ``government_cities`` (alias
    keys: ``وأربيل``, the Kurdistan Region's government)."""
    by_key, entities, seats = gazetteer.by_key, gazetteer.entities, _seats(gazetteer)
    return any(
        entities[entity_id].type in _SETTLEMENT_TYPES
        and entity_id not in seats
        and matches[k][3] not in government_cities
        for k in group
        if k not in metonyms and (entity_id := by_key[matches[k][3]].entity_id)
    )


def _beside_its_own_state(
    group: list[int], metonyms: list[int], matches: list[tuple[int, int, int, str]], by_key: Mapping[str, Alias]
) -> bool:
    """Whether a capital of the group (a metonym with a place) is joined by و to a plain name of the very state it
    would stand for (``مسلمي لندن وبريطانيا``, ``إنجلترا ولندن تحديدا``): a government is not listed beside its own
    state, so the capital is the city (``بين لندن وطهران``: another state, the governments)."""
    states = {by_key[matches[k][3]].entity_id for k in group if k not in metonyms}
    return any(by_key[matches[k][3]].entity_id in states for k in metonyms)


#: A quote opening right after ل (لـ without its tatweel), alone as a word (:func:`_quoted_after_la`).
_LA_QUOTE_RE = re.compile(r"(?:\A|[\s(])ل ?[\"'“”«»]\Z")
_QUOTE_AFTER_RE = re.compile(r"[\"'“”«»]")


def _quoted_after_la(norm: str, match_start: int, end: int) -> bool:
    """Whether a capital stands alone in quotes right after the preposition ل: ``وقال لـ"الرياض"``,
    ``أوضح لـ«الرياض»``, a paper (Al Riyadh) that a man spoke to; not ``مثل "لندن"`` (the ل of مثل),
    not ``العاصمة "الرياض"``."""
    return bool(_LA_QUOTE_RE.search(norm, max(0, match_start - 4), match_start)) and bool(
        _QUOTE_AFTER_RE.match(norm, end)
    )


#: A quotation mark, with the spaces beside it (:func:`_a_quoted_paper`).
_QUOTE_BEFORE_RE = re.compile(r"[\"'“”«»] ?\Z")
_QUOTE_THEN_RE = re.compile(r" ?[\"'“”«»]")
#: A parenthesis around a capital, with the spaces beside it (:func:`_a_quoted_paper`).
_PAREN_BEFORE_RE = re.compile(r"\( ?\Z")
_PAREN_THEN_RE = re.compile(r" ?\)")


def _a_quoted_paper(norm: str, match: tuple[int, int, int, str], words: ContextWords) -> bool:
    """Whether a capital that is also a paper's name (``quoted_papers``) stands alone in quotes, no proclitic but ل
    inside them, and not after one of ``quoted_paper_not_after``: ``في اتصال هاتفي مع "الرياض"``, ``نشر الخبر في
    «الرياض»``, ``في تصريح "للرياض"`` are the paper Al Riyadh; ``زوار العاصمة "الرياض"`` the city. Alone in
    parentheses only after one of ``paper_words_before_parentheses``: ``حصلت ( الرياض ) على نسخة``, ``نشرته
    (الرياض)`` the paper; ``عبدالله مساوي من (الرياض)`` (a referee's city), ``فرض (الرياض) لاعبا`` not. Bare only
    right after one of ``paper_verbs_before_the_bare_name``, a space between: ``وفق ما نشرته الرياض بعدد الأحد``; or
    with ل glued right after one of ``paper_statements_before_the_bare_la``: ``في تصريح للرياض``."""
    match_start, start, end, key = match
    if key not in words.quoted_papers:
        return False
    if match_start != start and norm[match_start:start] != "ل":
        return False  # inside the quotes only the preposition ل may come before it: مدير تعليم صبيا "للرياض"
    paren = _PAREN_BEFORE_RE.search(norm, max(0, match_start - 2), match_start)
    if paren and _PAREN_THEN_RE.match(norm, end):
        before = previous_word(norm, paren.start())
        return match_start == start and _in(before, words.paper_words_before_parentheses)
    if not (_QUOTE_BEFORE_RE.search(norm, max(0, match_start - 2), match_start) and _QUOTE_THEN_RE.match(norm, end)):
        at, to = _previous_word_span(norm, match_start)
        if at == to or norm[to:match_start] != " ":
            return False
        if match_start != start:  # ل glued: يتحدث للرياض نخبة من الفنانين
            return _in(norm[at:to], words.paper_statements_before_the_bare_la)
        return _in(norm[at:to], words.paper_verbs_before_the_bare_name)
    return not _in(previous_word(norm, match_start), words.quoted_paper_not_after)


def _obliged(norm: str, match_start: int, after: str | None, words: ContextWords) -> bool:
    """Whether one of the ``obligation_prepositions`` (على) right before a capital lays an obligation on it:
    one of the ``obligation_after`` (أن) right after it (or after the last of capitals joined by و), one of
    the ``obligation_before`` (يتعين، كان، فإن) right before the preposition (or before the verb's pronoun before it:
    ``يتعين فيه على أثينا``), or the preposition opening its
    phrase: ``تحتم على الرياض والقاهرة أن يتجها``, ``يتعين على طهران أن تلعب``, ``، على موسكو القيام``."""
    at, to = _previous_word_span(norm, match_start)
    preposition = norm[at:to]
    if at == to or preposition not in words.obligation_prepositions:
        return False
    if after is not None and after in words.obligation_after:
        return True
    verb = previous_word(norm, at)
    if _in(verb, words.obligation_before):
        return True
    if verb in words.pronoun_prepositions and _in(
        previous_word(norm, _previous_word_span(norm, at)[0]), words.obligation_before
    ):
        return True  # الذي يتعين فيه على أثينا إعادة شراء سندات: the verb's pronoun between
    opening = norm[max(0, at - 3) : at]
    return at == 0 or bool(_PHRASE_BREAK_RE.search(opening.strip(" ")[-1:] or "."))


def _listed_before(norm: str, matches: list[tuple[int, int, int, str]], first: int) -> list[int]:
    """The matches before the ``first`` of a group that a list joins to it by commas alone (``لوس
    أنجلوس، نيويورك، … سنغافورة، وكوالالمبور``): one list of names, its items apart."""
    listed: list[int] = []
    k = first
    while k > 0:
        gap = norm[matches[k - 1][2] : matches[k][0]]
        if len(gap) > 3 or not gap.strip(" ") or gap.strip(" ") not in ("،", ","):
            break
        listed.append(k - 1)
        k -= 1
    return listed


#: A dash or a colon right after a capital: a dateline ("لندن - «الشرق الأوسط»:").
_DATELINE_AFTER_RE = re.compile(r"\s*[–—:\-]")


def _object_after_its_subject(
    norm: str, subject: tuple[int, int, int, str], capital: tuple[int, int, int, str], words: ContextWords
) -> bool:
    """Whether a capital, spaces only after the name before it and no proclitic on it, is the object of
    one of the ``party_object_verbs`` right before that name, its subject (VSO): ``سلمت الولايات
    المتحدة القاهرة``, ``ودعت باريس طهران``; not when a dash or a colon follows it (a dateline)."""
    if capital[0] != capital[1] or capital[0] <= subject[2] or norm[subject[2] : capital[0]].strip(" "):
        return False
    if _DATELINE_AFTER_RE.match(norm, capital[2]):
        return False
    return _in(previous_word(norm, subject[0]), words.party_object_verbs)


def _object_after_a_subject_phrase(
    norm: str, capital: tuple[int, int, int, str], after: str | None, words: ContextWords, after_a_name: bool = False
) -> bool:
    """Whether a capital, no proclitic on it, is the object of one of the ``party_object_verbs`` a few words
    before it (``party_object_reach``), their subject between: the word right before the capital definite
    (``المسؤول الإيراني``, ``الحزب الكردي``: no noun whose genitive it would be, as ``أمانة الرياض``) or the last
    word of a name found there (``after_a_name``: ``هجوم سوروتش``, a name has no genitive), and
    the verb's second complement right after the capital or its list (``party_object_complements``, إلى and
    على, or a word with ب: ``ودعا المسؤول الإيراني الرياض إلى وقف``, ``واتهم الحزب الكردي انقرة
    بالتواطؤ``, ``واجبر هجوم سوروتش انقرة على تبديل موقفها``). Not after a preposition, a relative pronoun or the
    capital noun (``الإدارة في واشنطن``, ``العاصمة الرياض``), nor over punctuation. Right after a plural past of such
    a verb (``party_object_plurals``) with the same complement, whatever stands before it: ``كثيرين حثوا أنقرة على``."""
    if capital[0] != capital[1] or after is None or not words.party_object_reach:
        return False
    if after not in words.party_object_complements and not (
        after.startswith("ب") and len(after) > 3 and after not in words.party_object_not_complements
    ):
        return False
    before = _words_before(norm, capital[0], words.party_object_reach + 1)
    if before and _in(before[0], words.party_object_plurals):
        return True  # كثيرين حثوا أنقرة على: a verb in وا has no subject after it
    if len(before) < 2 or not (after_a_name or before[0].startswith("ال")):
        return False
    for k, word in enumerate(before):
        if k and _in(word, words.party_object_verbs):
            return True
        if word in words.relative_pronouns or _in(word, words.locatives) or _in(word, words.capital_nouns):
            return False
    return False


@lru_cache(maxsize=4)
def _bare_regions_re(nouns: frozenset[str], names: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    heads = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    return re.compile(rf"(?:^|\s)[وبلف]?(?:{heads})\s+(?:و?(?:{alternatives})\s*[,،]?\s*)+\Z")


def _after_bare_regions(norm: str, match_start: int, start: int, nouns: frozenset[str], names: frozenset[str]) -> bool:
    """Whether a match (from ``match_start``, its name from ``start``) joined by و, glued to it or standing apart,
    follows a plural or dual region noun and the regions named bare after it (``bare_region_heads``): ``على مناطق الحدود
    الشمالية والمدينة المنورة``, ``من المنطقتين الشرقية و الرياض``, ``محاكم مناطق الحدود الشمالية، وتبوك``; not
    ``المناطق الشمالية وتبوك`` (المناطق with its article: the northern areas, an adjective)."""
    if not nouns or not names:
        return False
    if match_start < start and norm[match_start] == "و":
        before = match_start
    else:
        apart = re.search(r"\sو\s*\Z", norm[max(0, match_start - 5) : match_start])
        if apart is None:
            return False
        before = max(0, match_start - 5) + apart.start() + 1
    return _bare_regions_re(nouns, names).search(norm, max(0, before - 100), before) is not None


def _before_a_bracket(norm: str, start: int) -> int:
    """``start``, or where an opening bracket right before it (spaces around) begins: a list in
    brackets after a place noun, ``مناطق (مكة المكرمة، وجازان، وعسير، والباحة)``."""
    i = start
    while i > 0 and norm[i - 1] == " ":
        i -= 1
    return i - 1 if i > 0 and norm[i - 1] == "(" else start


def _coordinated(norm: str, previous_end: int, match_start: int, alias_start: int | None = None) -> bool:
    """Whether a match starting at ``match_start`` is joined by و (after a comma or not) to the one
    ending at ``previous_end``: ``مكة المكرمة، وجازان``. With ``alias_start`` (where the name proper
    starts, after its proclitics), a و that is the name's own first letter joins nothing: ``جون كيري
    واشنطن`` (the ninth uniform sample: Kerry left Washington)."""
    gap = norm[previous_end:match_start]
    if alias_start is not None and alias_start <= match_start:
        return False
    return match_start < len(norm) and norm[match_start] == "و" and len(gap) <= 3 and not gap.strip(" \"'-،,")


def _name_key(gazetteer: Gazetteer, entity_id: str | None) -> str | None:
    entity = gazetteer.entities.get(entity_id) if entity_id else None
    return alias_key(entity.name_ar) if entity is not None else None


def _a_rivals_text(
    reading: Reading, rivals: frozenset[str], plain_ids: set[str], times_named: Mapping[str, int], gazetteer: Gazetteer
) -> bool:
    """Whether a text is one of the other entities that share ``reading``'s name (``shared_names``). A state's shared
    name (bare المملكة, Saudi Arabia) is another state's where one of them is named by its name at least as often as
    the state itself (an article on Jordan: الأردن twice, السعودية once or never), not where a rival is named only by
    its nisba (السفير البريطاني، the Saudi Super Cup "outside the kingdom" at a British ground) nor less often than
    the state (the Saudi scouts at the jamboree in Japan, المملكة المتحدة among the delegations). Any other shared
    name (a chamber several states have: مجلس الشورى) is another's where one of them is named at all."""
    entity = gazetteer.entities.get(reading.entity_id)
    if entity is None or not entity.is_country:
        return bool(rivals & plain_ids)
    return outnamed_by_a_rival(times_named, rivals, reading.entity_id)


def outnamed_by_a_rival(times_named: Mapping[str, int], rivals: Iterable[str], entity_id: str) -> bool:
    """Whether one of ``rivals`` is named by its name (``times_named``: entity → how often) at least once and at least
    as often as ``entity_id``."""
    most = max((times_named.get(e, 0) for e in rivals), default=0)
    return most > 0 and most >= times_named.get(entity_id, 0)


def _confirm(readings: list[Reading], pending: list[int], gazetteer: Gazetteer, norm: str = "") -> list[Reading]:
    """Keep the ambiguous readings that a related entity, named plainly in the same text, confirms.

    A place above it or below it, or the actor it belongs to, confirms it anywhere in the text; its
    *country* only by its name (not a nationality word) and nearby (:data:`COUNTRY_WINDOW`
    characters): a Saudi paper names Saudi Arabia in almost every article, which says nothing about a
    الخبر ("the news") three paragraphs away."""
    waiting = set(pending)
    words = context_words()
    shared = words.shared_names
    plain = [r for i, r in enumerate(readings) if i not in waiting]
    plain_ids = {r.entity_id for r in plain}
    # a country confirms by its name, not by a nationality word (القنصل السعودي is everywhere)
    named = [r for r in plain if r.alias_kind != "adjective"]
    times_named = Counter(r.entity_id for r in named)
    below = set()  # entities with a plain mention of a place inside them (مسقط confirms عمان)
    for entity_id in plain_ids:
        below.update(gazetteer.ancestors(entity_id))
    confirmed = set()
    for i in pending:
        reading = readings[i]
        rivals = shared.get(reading.key)
        if rivals and _a_rivals_text(reading, rivals, plain_ids, times_named, gazetteer):
            continue  # المملكة in an article on Jordan: not necessarily Saudi Arabia
        if reading.entity_id in plain_ids or reading.entity_id in below:
            confirmed.add(i)
            continue
        if words.confirmed_by.get(reading.key, frozenset()) & plain_ids:
            confirmed.add(i)  # الأسد in a text that names Syria or its regime: Bashar al-Assad
            continue
        related = related_ids(gazetteer, reading.entity_id)
        countries = {e for e in related if gazetteer.entities[e].is_country}
        if (
            (related - countries) & plain_ids
            or (
                not _mostly_a_word(gazetteer, reading)
                and not a_namesake_town(norm, reading, gazetteer, words)
                and any(r.entity_id in countries and abs(r.start - reading.start) <= COUNTRY_WINDOW for r in named)
            )
            or _a_place_of_its_state_nearby(reading, plain, gazetteer, words.state_body_types)
            or _listed_with_a_place_of_its_state(reading, plain, gazetteer, norm)
            or (
                reading.entity_id in _seats(gazetteer)
                and any(r.entity_id in countries and _same_sentence(norm, r.start, reading.start) for r in plain)
            )
        ):
            confirmed.add(i)
    return [r for i, r in enumerate(readings) if i not in waiting or i in confirmed]


#: What may stand between two names of a list: a space, a comma, و (``تعز وحجة``, ``الحديدة، حجة``).
_LIST_JOINT_RE = re.compile(r"\s*[،,]?\s*و?\s*")


def _listed_with_a_place_of_its_state(reading: Reading, plain: list[Reading], gazetteer: Gazetteer, norm: str) -> bool:
    """Whether an ambiguous town stands in a list next to a place of its own state read plainly, the
    names joined by و or a comma (``في تعز وحجة وصعدة``, ``في صعدة وحجة ومأرب``: Yemen's Hajjah). The
    neighbour is a place below a state (not the state itself), and nothing but a comma, و and spaces
    lies between the two."""
    if not norm:
        return False
    country = _country_of(gazetteer, reading.entity_id)
    if country is None:
        return False
    for r in plain:
        entity = gazetteer.entities[r.entity_id]
        if entity.kind != "region" or entity.is_country or _country_of(gazetteer, r.entity_id) != country:
            continue
        lo, hi = (r.end, reading.start) if r.end <= reading.start else (reading.end, r.start)
        if 0 <= hi - lo <= 4 and _LIST_JOINT_RE.fullmatch(norm, lo, hi):
            return True
    return False


def _mostly_a_word(gazetteer: Gazetteer, reading: Reading) -> bool:
    """Whether an ambiguous GeoNames name is mostly an ordinary word or a first name, which its country
    named nearby does not confirm (``country_no_evidence_for_words`` in ``context_words.yaml``), unless
    it is a capital's:
    ``أطلقت الشركة الخدمات الجديدة`` in an article on Morocco is "the new services", not El Jadida;
    ``فلاديمير كوجين`` beside Russia a person, not Vladimir."""
    if gazetteer.entities[reading.entity_id].geonames is None or reading.entity_id in _seats(gazetteer):
        return False  # a capital is confirmed by its country: كوريا الجنوبية في سيول

    seen, as_place = name_lists.word_usage().get(reading.key, (0, 0))
    least, share = _word_thresholds()
    return (seen >= least and as_place < share * seen) or reading.key in name_lists.first_names()


def _same_sentence(norm: str, a: int, b: int) -> bool:
    """Whether two positions of normalised text are in one sentence (no full stop, question or exclamation
    mark, semicolon or line break between): a capital's country named there by its nisba confirms the
    capital (``وفي سول، قالت شركة جي إس إنرجي كورب الكورية الجنوبية``: Seoul), as its name does nearby."""
    lo, hi = min(a, b), max(a, b)
    return bool(norm) and _SENTENCE_BREAK_RE.search(norm, lo, hi) is None


def a_namesake_town(norm: str, reading: Reading, gazetteer: Gazetteer, words: ContextWords) -> bool:
    """Whether a GeoNames town far off (its state none of ``near_states``) is named here by a person's or a
    body's name, so that its country named nearby does not confirm it: the corpus writes the name mostly so
    (``world/namesake_towns.txt``, made by ``dev/build_namesake_towns.py``: ``موبيل`` of Exxon Mobil, ``غالوب``
    of the Gallup poll, ``سترلينغ`` of Raheem Sterling), or here it stands as one (:func:`a_namesake_context`:
    ``برادلي كوبر``, ``قال أورلاندو أوشوا``, ``العقيد لودي دي فوس``). A place noun before it, a place of it
    or above it named in the text still confirm it (``مدينة تايلر``)."""
    entity = gazetteer.entities[reading.entity_id]
    if entity.geonames is None or reading.entity_id in _seats(gazetteer):
        return False
    country = _country_of(gazetteer, reading.entity_id)
    if country is None or gazetteer.entities[country].iso in words.near_states:
        return False
    return reading.key in namesake_names() or a_namesake_context(norm, reading.start, reading.end, gazetteer, words)


_NEXT_SPACED_RE = re.compile(r" (\w+)")


def a_namesake_context(norm: str, start: int, end: int, gazetteer: Gazetteer, words: ContextWords) -> bool:
    """Whether a name at ``start:end`` of normalised text stands as a person's or a body's: one space before
    it (no proclitic on it) and a given name (``سترلينغ`` in ``رحيم سترلينغ``), a title or a body's head
    (``namesake_heads``: ``العقيد لودي``، ``مؤسسة غالوب``) or a foreign name's word (:func:`_a_foreign_word`:
    ``إكسون موبيل``، ``تري باركر``) right before it; or a foreign name's word one space after it (``برادلي كوبر``،
    ``أورلاندو أوشوا``، ``تايلر ادامز``)."""
    before = _words_before(norm, start, 1) if start > 0 and norm[start - 1] == " " else []
    if before and (
        before[0] in _given_names(words.given_name_min_share)
        or before[0] in words.namesake_heads
        or _a_foreign_word(before[0], gazetteer)
    ):
        return True
    after = _NEXT_SPACED_RE.match(norm, end)
    return after is not None and _a_foreign_word(after.group(1), gazetteer, after=True)


_ARABIC_WORD_RE = re.compile("[\u0621-\u064a]{3,}")
#: endings of Arabic words that foreign names seldom have: ta marbuta or the pronoun ه (محميه), a feminine
#: dual in construct (جامعتي، بطولتي), the pronoun نا (أفادنا)
_ARABIC_ENDINGS = ("ه", "تي", "نا")
#: ... and, after the name, an imperfect verb in the plural (يزرعون), a plural's hamza (أوفياء), a pronoun
_ARABIC_ENDINGS_AFTER = ("ون", "اء", "ها", "هما", "هم", *_ARABIC_ENDINGS)


def _a_foreign_word(word: str, gazetteer: Gazetteer, *, after: bool = False) -> bool:
    """Whether a word is likely a foreign name's (``كوبر``، ``أوشوا``، ``إكسون``): Arabic letters, none of
    the 20,000 common words, no article, no Arabic ending (:data:`_ARABIC_ENDINGS`), and no clear name of
    the gazetteer nor a common word once a proclitic is taken off (``واكسون`` is; ``بكلمات`` is not; an
    ambiguous one may be: ``كوبر``, Koper's, is Bradley Cooper's family name in ``برادلي كوبر``). After
    the name (``after``), no word with و، ف or ل: ``في جيبي مليلية وسبتة``، ``في كابل وقندهار ولوغار``، ``إلى
    تولوز لإخضاعه`` list or govern, they name nobody (ب and ك open family names: بيرغ، كوبر); nor an imperfect
    verb (``من ستراسبورغ يزرعون``)."""
    if not _ARABIC_WORD_RE.fullmatch(word) or word.startswith("ال"):
        return False
    if word.endswith(_ARABIC_ENDINGS_AFTER if after else _ARABIC_ENDINGS):
        return False
    if after and word[0] in "وفل":
        return False
    common = common_words()
    forms = [word]
    if word[0] in "وفبلك":
        forms.append(word[1:])
        if len(word) > 2 and word[1] in "بلك":
            forms.append(word[2:])
    return not any(f in common or (f in gazetteer.by_key and not gazetteer.by_key[f].ambiguous) for f in forms)


@lru_cache(maxsize=1)
def namesake_names() -> frozenset[str]:
    """The names of far-off GeoNames towns that SaudiNewsNet writes mostly as a person's or a body's
    (``world/namesake_towns.txt``, first column)."""
    path = data_path("world/namesake_towns.txt")
    if not path.exists():
        return frozenset()
    lines = path.read_text("utf-8").splitlines()
    return frozenset(line.split("\t", 1)[0] for line in lines if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def _word_thresholds() -> tuple[int, float]:
    raw = read_yaml(data_path(CONTEXT_FILE).read_text(encoding="utf-8"))["country_no_evidence_for_words"]
    return int(raw["min_occurrences"]), float(raw["place_share"])


def _a_place_of_its_state_nearby(
    reading: Reading, plain: list[Reading], gazetteer: Gazetteer, types: frozenset[str]
) -> bool:
    """Whether a state's body (an actor of one of ``types``, affiliated to a state) is confirmed by a
    place inside that state named plainly nearby (:data:`COUNTRY_WINDOW`): ``مسجد قوات الطوارئ
    بمنطقة عسير`` is Saudi Arabia's Special Emergency Forces. The state's own name confirms it already;
    its nationality word does not (a Saudi paper writes السعودي everywhere), nor does a place far off."""
    entity = gazetteer.entities[reading.entity_id]
    state = entity.affiliation
    if entity.type not in types or state is None or not gazetteer.entities[state].is_country:
        return False
    return any(
        abs(r.start - reading.start) <= COUNTRY_WINDOW
        and gazetteer.entities[r.entity_id].kind == "region"
        and r.entity_id != state
        and _country_of(gazetteer, r.entity_id) == state
        for r in plain
    )


__all__ = ["ContextWords", "Reading", "context_words", "read_matches", "related_ids"]
