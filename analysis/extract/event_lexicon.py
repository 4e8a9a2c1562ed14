"""The event lexicon: types, their keywords, senses and clause boundaries, as one regex.

Loads ``data/event_types.yaml`` (types, inflection, senses, datelines) and ``data/clauses.yaml``
(clause boundaries), validates them (an error names the file and the entry) and compiles every
word they name into one regex: each text is scanned once, and a match tells which *term* it is
(:class:`Term`: the keyword of a type, an ambiguous word with a sense rule, a cue of senses, a
clause boundary, a verb; one word can be several of these).

Words are matched normalised (:func:`analysis.text.normalize.normalize`) and inflected:
``هجوم`` matches ``هجوماً`` (normalised ``هجوما``), ``هجومين``, ``وهجومه``; ``غارة`` matches
``غاراتٍ`` and ``غارتين``; the verb ``أطلق/يطلق`` matches ``أطلقوا``, ``سيطلق``, ``تطلق``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date
from functools import cached_property, lru_cache
from importlib import resources

from analysis.data import read_yaml
from analysis.text.arabic import ARABIC_LETTERS, PROCLITICS_ARTICLE_OPTIONAL_LENIENT
from analysis.text.normalize import normalize
from analysis.text.trie import trie_regex

#: The event categories of PLOVER (openeventdata/PLOVER, which replaced CAMEO's 20 cue categories).
PLOVER_CATEGORIES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE", "DEMAND",
    "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "CRIME", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "FIGHT",
)  # fmt: skip

#: A sense's window that reaches the whole clause, or the whole sentence.
CLAUSE = -1
SENTENCE = -2

# The regex's groups, one per form class: nouns (n), nouns in ة (f), any ending (o), exact
# nouns (x); perfect verbs (v), imperfect stems (i), exact verbs (e), exact verbs of two words or more (E, tried
# first: "جاء ذلك" is a statement's verb, جاء alone a clause's); particles (p);
# punctuation (q). Verbs and particles take no article before them.
_NOUN_CLASSES = ("n", "f", "o", "x")
_VERB_CLASSES = ("v", "i", "e", "E")


class EventTypesError(ValueError):
    """The event lexicon or the clause file is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class EventType:
    id: str
    label_en: str
    label_ar: str
    keywords: tuple[str, ...]
    weak: bool = False  # reports events (قال، أعلن) rather than being one
    plover: str | None = None  # the closest PLOVER category (None: PLOVER has none, as for statements)
    verbs: tuple[str, ...] = ()
    yields_to: tuple[str, ...] = ()  # types that take the date when their keywords share its clause
    definition: str = ""
    # a range (from X to Y) longer than this many days is no event of the type (an appointment is made on a day: a span
    # of years beside it is the tenure); None: any range
    longest_range_days: int | None = None


@dataclass(frozen=True)
class Reading:
    """One sense of an ambiguous word: ``type_index`` (None: no event) when a cue is near."""

    type_index: int | None
    cues: frozenset[int]
    window: int = 4  # words either side of the word; CLAUSE, SENTENCE: anywhere in them
    also: frozenset[int] = frozenset()  # when given, one of these must be near too
    after: bool = False  # the cues count only after the word ("عبر ... عن أمله": what is expressed follows)


@dataclass(frozen=True)
class Sense:
    name: str
    readings: tuple[Reading, ...]
    otherwise: int | None  # the type with no cue near (None: no event)


@dataclass(frozen=True)
class Term:
    """What a matched word is; one word can be several things at once."""

    type_index: int | None = None  # a keyword of this type
    sense: int | None = None  # an ambiguous word, read by this sense rule
    cues: frozenset[int] = frozenset()  # the cues it is
    verb: bool = False  # opens a clause after و، ف or a comma
    boundary: str | None = None  # "clause", "said" (complementiser), "when" (temporal), "relative": opens a clause
    negator: bool = False  # the keywords just after it name no event


@dataclass(frozen=True)
class Dateline:
    type_index: int
    place_words: int
    words: frozenset[str]  # joiners and agencies' words, normalised
    agencies: tuple[str, ...]  # normalised


@dataclass(frozen=True)
class EventLexicon:
    """The event types in priority order (``other`` last), the senses, and one regex for all words."""

    types: tuple[EventType, ...]
    pattern: re.Pattern
    terms: tuple[Term, ...]
    lookup: dict  # (form class, matched key) -> term index
    senses: tuple[Sense, ...] = ()
    dateline: Dateline | None = None
    same_day: frozenset[str] = frozenset()  # words between two names of one day (الموافق), normalised
    reference_words: frozenset[str] = frozenset()  # "بعد اعتقال": an earlier event, normalised
    topic_words: frozenset[str] = frozenset()  # "بيانا بشأن تنفيذ حكم": what was said about, normalised
    reference_time_words: frozenset[str] = frozenset()  # "قبل أيام": a time after a reference word, normalised
    reference_process_words: frozenset[str] = frozenset()  # "بعد اشتباكات": how an outcome came about
    source_words: frozenset[str] = frozenset()  # "وفقاً للتقرير": a statement as a source, normalised
    call_words: frozenset[str] = frozenset()  # "دعوته لوقف إطلاق النار": what is called for, normalised
    call_prepositions: frozenset[str] = frozenset()  # "دعا إلى وقف": a preposition after a call word
    not_verbs: frozenset[str] = frozenset()  # "وامرأة": a noun written like a verb form, normalised
    content_prepositions: frozenset[str] = frozenset()  # "وأشار إلى استمرار": what a report reports follows
    since_words: frozenset[str] = frozenset()  # "منذ اندلاع الأزمة ... في عام 2011": a since-clause, normalised
    since_time_words: frozenset[str] = frozenset()  # "منذ مساء الخميس": a time after منذ, part of the date
    period_words: frozenset[str] = frozenset()  # "تقريرها السنوي لعام 2014": the period a noun covers
    subordinators: frozenset[str] = frozenset()  # "بعدما باعت ... في عام 2013 قالت": a fronted subordinate clause
    consequence_words: frozenset[str] = frozenset()  # "مما نتج عنه استشهاد": a toll, the outcome of an event before it
    apart_words: frozenset[str] = frozenset()  # "منذ مايو الماضي، رغم تحذير": another clause after the date's comma
    during_words: frozenset[str] = frozenset()  # "قال ... خلال زيارته أمس": the occasion of a saying, normalised
    not_own_date_words: frozenset[str] = frozenset()  # "أول زيارة منذ 2004": a date after them is no keyword's own
    figures_words: frozenset[str] = frozenset()  # "عن نتائج الربع الثاني": the period figures cover, normalised
    figures_prepositions: frozenset[str] = frozenset()  # "عن توزيعات عن الربع الثاني": between the figures and it
    figures_periods: frozenset[str] = frozenset()  # "الربع الثاني": the first word of such a period
    figures_during_words: frozenset[str] = frozenset()  # "إنجازات أوفيد خلال العام المنصرم": before such a period
    figures_during_periods: frozenset[str] = frozenset()  # "خلال شهر مايو": the first word of such a period
    object_words: frozenset[str] = frozenset()  # "لعرقلة الاتفاق": an act about an event, not the event
    object_prepositions: frozenset[str] = frozenset()  # "للتحقيق في الهجوم": between such an act and its event
    happening_verbs: frozenset[str] = frozenset()  # "الاتفاق ... الذي أعلن في 14 يوليو": its antecedent's date
    anniversary_words: frozenset[str] = frozenset()  # "اليوم ذكرى مرور عام على اختطافهم": the day, not the event
    season_words: frozenset[str] = frozenset()  # "في تشكيلته لربيع وصيف 2016": the period a noun covers
    season_fillers: frozenset[str] = frozenset()  # "لصيف هذا العام 1436ه": words between such a season and its year
    relative_time_prepositions: frozenset[str] = frozenset()  # "الذي تولى منصبه في مايو": the clause's own time
    edition_words: frozenset[str] = frozenset()  # "كأس العالم 2014": a recurring event's edition, not another's year
    record_words: frozenset[str] = frozenset()  # "أدنى مستوى لها منذ خمسة أعوام": a record's baseline, no event's time
    period_qualifiers: frozenset[str] = frozenset()  # "للعام المالي 1434/1435هـ": a period word's kind, normalised
    fiscal_qualifiers: frozenset[str] = frozenset()  # "خلال السنة المالية 2014م": a fiscal year, with ال, normalised
    condolence_words: frozenset[str] = frozenset()  # "لتقديم واجب العزاء لذوي الشهداء الذين استشهدوا": whom for
    on_behalf_words: frozenset[str] = frozenset()  # "المتحدث باسم الانتخابات": the body spoken for, no event
    bracket_date_words: frozenset[str] = frozenset()  # "(الموافق 14/10/2015م)": a bracket of a date alone, normalised
    before_words: frozenset[str] = frozenset()  # "قبل زفافها المقرر يوم الخميس": the date of the noun after them
    month_words: frozenset[str] = frozenset()  # "(10/شوال / 1436هـ)": the words of month names, normalised
    before_time_words: frozenset[str] = frozenset()  # "قبل مغرب اليوم": a time after قبل, no noun of its own
    issued_words: frozenset[str] = frozenset()  # "الصادرة في عام 2012": the date of the issue, its noun's alone
    issued_time_words: frozenset[str] = frozenset()  # "الصادرة مساء أمس": words between the participle and its date
    issued_kept_words: frozenset[str] = frozenset()  # "الحكم الصادر في إبريل": things issued that keep the reading
    occasion_words: frozenset[str] = frozenset()  # "قال ... خلال حفل المعايدة الذي أقامته الوزارة أمس": a ceremony
    occasion_ahead_words: frozenset[str] = frozenset()  # "حفل الافتتاح المقرر يوم الخميس": a ceremony ahead
    decision_words: frozenset[str] = frozenset()  # "قرر المجلس أمس الموافقة على اتفاقية": an approval decided
    approval_nouns: frozenset[str] = frozenset()  # "الموافقة على نظام": an approval, normalised
    approval_verbs: frozenset[str] = frozenset()  # "وافق المجلس أمس على نظام": an approval, normalised
    approval_prepositions: frozenset[str] = frozenset()  # "الموافقة على": what follows is approved, normalised
    approval_through_words: frozenset[str] = frozenset()  # "الموافقة على تعديل المادة ... من نظام": read through
    council_references: frozenset[str] = frozenset()  # "قرار مجلس الشورى رقم ... وتاريخ": the Shura's decision
    council_reference_words: frozenset[str] = frozenset()  # "رقم"، "ه": the words of its reference phrase
    council_date_words: frozenset[str] = frozenset()  # "وتاريخ": ... the word right before its date
    pledge_words: frozenset[str] = frozenset()  # "، وتعهد في بيان": a pledge, no list's next event, normalised
    saying_particles: frozenset[str] = frozenset()  # "، وقد كشف": a saying's verb after it opens a clause, normalised
    name_colon_words: frozenset[str] = frozenset()  # "في الجاني: قاسم": a colon before a name, no boundary, normalised
    recording_phrases: frozenset[str] = frozenset()  # "في تسجيل بث في التاسع من يوليو": a recording's date, normalised
    speech_phrases: frozenset[str] = frozenset()  # "في كلمته التي ألقاها ... أمس": a speech's date, normalised
    school_year_words: frozenset[str] = frozenset()  # "بداية العام الدراسي": the school year's time, other, normalised
    statute_words: frozenset[str] = frozenset()  # "نظام الهيئة الصادر بقرار ... وتاريخ": a statute issued, normalised
    statute_instruments: frozenset[str] = frozenset()  # "بقرار مجلس الوزراء رقم": what issued it, normalised
    statute_date_words: frozenset[str] = frozenset()  # "رقم م/ 59 في 4 / 11 / 1426هـ": the word right before its date
    quarter_words: frozenset[str] = frozenset()  # "الربع الأول": a quarter of a year, no saying's time, normalised
    attribution_words: frozenset[str] = frozenset()  # "، على ما أعلن": a source after a comma, normalised
    fronted_time_words: frozenset[str] = frozenset()  # "بأنه عند الساعة ... اليوم، تعرض": a fronted time adverbial
    fronted_main_verbs: frozenset[str] = frozenset()  # "... 1436 هـ تعرضت دورية": the verb ending one, normalised
    # the event a named day names (2001-09-11 -> bombing), by its day
    named_days: dict[date, int] = dataclass_field(default_factory=dict, kw_only=True)
    # the event a participle right before a date names (المحتلة -> strike: "الأراضي المحتلة عام 1967"), normalised
    participle_dates: dict[str, int] = dataclass_field(default_factory=dict, kw_only=True)
    # ... and right before a since-period (المعتقل منذ -> arrest), normalised, without ال
    since_participle_dates: dict[str, int] = dataclass_field(default_factory=dict, kw_only=True)
    # the types a saying's content makes it (a statement that condemns is a condemnation), by index
    statement_contents: frozenset[int] = dataclass_field(default_factory=frozenset, kw_only=True)
    # what a decided approval approves (نظام -> legislation, بروتوكول -> agreement), one or two words, normalised
    approved_objects: dict[str, int] = dataclass_field(default_factory=dict, kw_only=True)

    def labels(self, lang: str = "en") -> dict[str, str]:
        return {t.id: (t.label_ar if lang == "ar" else t.label_en) for t in self.types}

    def plover(self) -> dict[str, str | None]:
        """Event type id → its PLOVER category (None where PLOVER has none)."""
        return {t.id: t.plover for t in self.types}

    def term_of(self, match: re.Match) -> int | None:
        """The term a match of :attr:`pattern` is (None for punctuation)."""
        kind = str(match.lastgroup)
        if kind == "q":
            return None
        key = match.group(kind)
        if not key.isalpha():  # a phrase, matched across any white space (the batch separator \x1f too)
            key = " ".join(key.split())
        if kind == "i":
            key = "ي" + key
        return self.lookup[(kind, key)]

    @cached_property
    def bracket_own_words(self) -> frozenset[str]:
        """The words that are no word of a bracket's own (its date's): the date's words, months' and times' words."""
        return self.bracket_date_words | self.month_words | self.since_time_words

    @cached_property
    def before_times(self) -> frozenset[str]:
        """The words after قبل that make it a time, not a noun's (``before_phrase``)."""
        return self.since_time_words | self.reference_time_words | self.month_words | self.before_time_words


# --- building the regex ------------------------------------------------------------------------


@dataclass
class _Inflection:
    noun_endings: list[str]
    perfect_endings: list[str]
    imperfect_prefixes: list[str]
    imperfect_endings: list[str]
    pronouns: list[str]


def _alternatives(items: list[str]) -> str:
    # Longest first: fewer retries, and the same regex whatever the order in the file.
    return "|".join(re.escape(x) for x in sorted(set(items), key=lambda x: (-len(x), x)))


def _optional(items: list[str]) -> str:
    # an empty last branch rather than "?": the same order of trials and the same matches, but Python's engine
    # enters a repeat of a group at a cost (the lexicon's scan 6-10 % faster with the tries' written so too)
    return f"(?:{_alternatives(items)}|)" if items else ""


class _Forms:
    """Collects every word form by class, and which term each is."""

    def __init__(self) -> None:
        self.keys: dict[str, dict[str, int]] = {c: {} for c in (*_NOUN_CLASSES, *_VERB_CLASSES, "p")}
        self.terms: list[dict] = []
        self.term_of_text: dict[str, int] = {}
        # every word as declared: (where, as written, its normalised text, the texts it must be matched as itself in)
        self.declared: list[tuple[str, str, str, tuple[str, ...]]] = []

    def term(self, text: str) -> dict:
        """The term of a normalised word or phrase (its roles are merged however it was declared)."""
        if text not in self.term_of_text:
            self.term_of_text[text] = len(self.terms)
            self.terms.append(
                {"type_index": None, "sense": None, "cues": set(), "verb": False, "boundary": None, "negator": False}
            )
        return self.terms[self.term_of_text[text]]

    def add(self, kind: str, key: str, text: str) -> None:
        self.keys[kind].setdefault(key, self.term_of_text[text])

    def noun(self, written: str, where: str) -> str:
        """Declare a noun or phrase as written (``*``: any ending, ``=``: none); its normalised text."""
        open_ended, exact = written.endswith("*"), written.endswith("=")
        text = " ".join(normalize(written.rstrip("*=")).split())
        if not text:
            raise EventTypesError(f"{where}: empty word {written!r}")
        self.term(text)
        self.declared.append((where, written, text, (text,)))
        if open_ended or exact:
            self.add("o" if open_ended else "x", text, text)
            return text
        # A phrase that opens with the article is also keyed without it: the article is matched as a
        # proclitic first, and "المؤتمر الصحفي" would otherwise be read as the keyword "مؤتمر".
        bare = [text[2:]] if text.startswith("ال") and " " in text else []
        for base in [text, *bare]:
            *head, last = base.split(" ")
            for prefix in _tanwin_variants(head):
                if last.endswith("ه"):
                    self.add("f", " ".join([*prefix, last[:-1]]), text)
                    if head:
                        # ... and the phrase as written among the plain nouns, tried first: a word of it declared
                        # alone ("حرب", a cue) would otherwise be matched and the phrase never ("الحرب المستمرة")
                        self.add("n", " ".join([*prefix, last]), text)
                else:
                    self.add("n", " ".join([*prefix, last]), text)
                    if last.endswith("اء"):  # لقاء + ه is written لقائه: before an ending the hamza sits on ya
                        self.add("n", " ".join([*prefix, last[:-1] + "ئ"]), text)
        return text

    def verb(self, written: str, where: str) -> str:
        """Declare a verb, ``perfect``, ``perfect/imperfect`` or ``form=``; its normalised perfect."""
        if written.endswith("="):
            text = normalize(written[:-1]).strip()
            if not text:
                raise EventTypesError(f"{where}: empty verb {written!r}")
            self.term(text)
            self.declared.append((where, written, text, (text,)))
            self.add("E" if " " in text else "e", text, text)
            return text
        perfect, _, imperfect = (normalize(part).strip() for part in written.partition("/"))
        if not imperfect and perfect.startswith("ا"):  # أشار/يشير، اعتقل/يعتقل: no rule gives these
            raise EventTypesError(f"{where}: give the imperfect of {written!r} ('perfect/imperfect' or 'perfect/-')")
        imperfect = imperfect or "ي" + perfect
        if (
            not perfect
            or " " in perfect
            or not (imperfect == "-" or (imperfect.startswith("ي") and len(imperfect) > 2))
        ):
            raise EventTypesError(
                f"{where}: a verb is 'perfect', 'perfect/imperfect' (يفعل) or 'perfect/-', not {written!r}"
            )
        self.term(perfect)
        self.declared.append((where, written, perfect, (perfect,) if imperfect == "-" else (perfect, imperfect)))
        self.add("v", perfect, perfect)
        if imperfect != "-":
            self.add("i", imperfect, perfect)
        return perfect

    def particle(self, written: str, where: str) -> str:
        text = " ".join(normalize(written).split())
        if not text:
            raise EventTypesError(f"{where}: empty word {written!r}")
        self.term(text)
        self.declared.append((where, written, text, (text,)))
        self.add("p", text, text)
        return text


def _tanwin_variants(words: list[str]) -> list[list[str]]:
    """The words before a phrase's last, each also with a tanwin alif if it can take one
    (``اتصال هاتفي`` → ``اتصالا هاتفيا`` too)."""
    variants: list[list[str]] = [[]]
    for word in words:
        forms = [word]
        if not word.startswith("ال") and not word.endswith(("ه", "ا")):
            forms.append(word + "ا")
        variants = [[*v, f] for v in variants for f in forms]
    return variants


#: :data:`PROCLITICS_ARTICLE_OPTIONAL_LENIENT` with its optional group written as an alternation with an empty last
#: branch (see :func:`_optional`): tried at every word start
_LENIENT = PROCLITICS_ARTICLE_OPTIONAL_LENIENT.replace("|[بلك])?)", "|[بلك]|))")


def _pattern(forms: _Forms, inflection: _Inflection, punctuation: list[str]) -> re.Pattern:
    pronoun = _optional(inflection.pronouns)
    # Right after a perfect verb's stem, ه is left out: with ة normalised to ه, و + زار + ه is
    # وزارة (after an ending it is the pronoun: نقلته، قتلوه).
    perfect_ending = (
        f"(?:(?:{_alternatives(inflection.perfect_endings)}){pronoun}"
        f"|{_alternatives([p for p in inflection.pronouns if p != 'ه'])}|)"
    )

    def trie(kind: str) -> str:
        return trie_regex(forms.keys[kind])

    nouns = (
        f"(?P<n>{trie('n')}){_optional(inflection.noun_endings)}{pronoun}"
        f"|(?P<f>{trie('f')})(?:ه|ت(?:(?:ان|ين){pronoun}|{_alternatives(inflection.pronouns)})|ات{pronoun})"
        f"|(?P<o>{trie('o')})\\w*"
        f"|(?P<x>{trie('x')})"
    )
    verbs = (
        f"(?P<E>{trie('E')})"
        f"|(?P<v>{trie('v')}){perfect_ending}"
        f"|(?:{_alternatives(inflection.imperfect_prefixes)})(?P<i>{trie_regex(k[1:] for k in forms.keys['i'])})"
        f"{_optional(inflection.imperfect_endings)}{pronoun}"
        f"|(?P<e>{trie('e')})"
    )
    marks = "".join(re.escape(p) for p in punctuation)
    # The lookahead first lets the regex engine skip the positions no word or mark starts at
    # (a third of the time on SaudiNewsNet's sentences).
    return re.compile(
        f"(?=[{ARABIC_LETTERS}{marks}])"
        f"(?:(?<!\\w)(?:{_LENIENT}(?:{nouns})"
        f"|[وف]?ل?(?:{verbs})"
        f"|[وف]?[بل]?(?P<p>{trie('p')}){pronoun})(?!\\w)"
        f"|(?P<q>(?<!\\d)[{marks}]|[{marks}](?!\\d)))"  # not between digits: الساعة (11:59)
    )


def _merge_shadowed(forms: _Forms, inflection: _Inflection, not_keywords: frozenset[str] = frozenset()) -> None:
    """A word declared in an inflected form (the cue ``غارات``) is matched as itself, so the word
    it is a form of (the keyword ``غارة``) lends it its roles; not a word declared no keyword (``not_keywords``: the
    student ``طالبا`` is no dual of the verb ``طالب``)."""
    endings = {"n": inflection.noun_endings, "f": ["ه", "ات", "تين", "تان"], "v": inflection.perfect_endings}
    for kind, keys in forms.keys.items():
        for key, owner in keys.items():
            for ending in endings.get(kind, ()):
                shadow = forms.term_of_text.get(key + ending)
                if shadow is None or shadow == owner or key + ending in not_keywords:
                    continue
                source, target = forms.terms[owner], forms.terms[shadow]
                target["cues"] |= source["cues"]
                target["verb"] = target["verb"] or source["verb"]
                for field in ("type_index", "sense", "boundary"):
                    # a word with a sense of its own is read by it: "بيانات" is data or statements,
                    # not the statement "بيان" takes the plural of
                    if target[field] is None and not (field == "type_index" and target["sense"] is not None):
                        target[field] = source[field]


def _read_as(text: str, pattern: re.Pattern, lookup: dict) -> int | None:
    """The term the matcher reads ``text`` (normalised) as when it stands alone, matched whole (None: none)."""
    for m in pattern.finditer(text):
        if m.group(0) == text and m.lastgroup not in (None, "q"):
            kind = str(m.lastgroup)
            key = " ".join(m.group(kind).split())
            return lookup.get((kind, "ي" + key if kind == "i" else key))
    return None


# --- loading -----------------------------------------------------------------------------------


def _read_yaml(path: str | None, name: str) -> tuple[dict, str]:
    source = path or f"analysis/data/{name}"
    if path is None:
        text = resources.files("analysis").joinpath(f"data/{name}").read_text("utf-8")
    else:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    data = read_yaml(text)
    if not isinstance(data, dict):
        raise EventTypesError(f"{source}: expected a mapping")
    return data, source


def _words(entry: dict, field: str, where: str) -> list[str]:
    values = entry.get(field) or []
    if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
        raise EventTypesError(f"{where}: '{field}' must be a list of words (empty or non-text word found)")
    return values


def _inflection(data: dict, source: str) -> _Inflection:
    spec = data.get("inflection") or {}
    fields = ("noun_endings", "perfect_endings", "imperfect_prefixes", "imperfect_endings", "pronouns")
    values = {f: [normalize(w) for w in _words(spec, f, f"{source}: inflection")] for f in fields}
    return _Inflection(**values)


def _declare_keywords(entry: dict, index: int, where: str, forms: _Forms, types: list[EventType]) -> None:
    """Make the entry's ``keywords`` and ``verbs`` keywords of the type ``index``."""
    verbs = [forms.verb(v, where) for v in _words(entry, "verbs", where)]
    for text in [forms.noun(k, where) for k in _words(entry, "keywords", where)] + verbs:
        term = forms.term(text)
        if term["type_index"] not in (None, index):
            raise EventTypesError(f"{where}: '{text}' is already a keyword of '{types[term['type_index']].id}'")
        term["type_index"] = index
    for text in verbs:
        forms.term(text)["verb"] = True


def _types(data: dict, source: str, forms: _Forms) -> list[EventType]:
    if not isinstance(data.get("types"), list) or not isinstance(data.get("other"), dict):
        raise EventTypesError(f"{source}: expected a mapping with a 'types' list and an 'other' entry")
    entries = [*data["types"], data["other"]]
    types: list[EventType] = []
    for i, entry in enumerate(entries):
        last = i == len(entries) - 1
        where = f"{source}: " + ("other" if last else f"event type #{i + 1}")
        if not isinstance(entry, dict):
            raise EventTypesError(f"{where}: expected a mapping")
        for field in ("id", "label_en", "label_ar"):
            if not entry.get(field):
                raise EventTypesError(f"{where} ({entry.get('id', '?')}): missing '{field}'")
        where = f"{where} ({entry['id']})"
        if not last and not entry.get("keywords") and not entry.get("verbs"):
            raise EventTypesError(f"{where}: missing 'keywords'")
        if entry["id"] in {t.id for t in types}:
            raise EventTypesError(f"{where}: duplicate id '{entry['id']}'")
        weak = entry.get("weak", False)
        if not isinstance(weak, bool):
            raise EventTypesError(f"{where}: 'weak' must be true or false")
        longest = entry.get("longest_range_days")
        if longest is not None and (not isinstance(longest, int) or isinstance(longest, bool) or longest < 1):
            raise EventTypesError(f"{where}: 'longest_range_days' must be a positive whole number of days")
        plover = entry.get("plover")
        if plover is not None and plover not in PLOVER_CATEGORIES:
            raise EventTypesError(f"{where}: 'plover' must be one of {', '.join(PLOVER_CATEGORIES)}")
        types.append(
            EventType(entry["id"], entry["label_en"], entry["label_ar"], tuple(_words(entry, "keywords", where)),
                      weak, plover, tuple(_words(entry, "verbs", where)), tuple(_words(entry, "yields_to", where)),
                      entry.get("definition", ""), longest)
        )  # fmt: skip
        _declare_keywords(entry, i, where, forms, types)
    ids = {t.id for t in types}
    for i, t in enumerate(types):
        unknown = [y for y in t.yields_to if y not in ids]
        if unknown:
            raise EventTypesError(f"{source}: event type #{i + 1} ({t.id}): 'yields_to' names no type: {unknown}")
    return types


def _type_index(value, types: list[EventType], where: str) -> int | None:
    if value is None:
        return None
    for i, t in enumerate(types):
        if t.id == value:
            return i
    raise EventTypesError(f"{where}: no event type '{value}'")


def _window(value, where: str) -> int:
    if value in ("clause", "sentence"):
        return CLAUSE if value == "clause" else SENTENCE
    if not isinstance(value, int) or (value < 1 and value not in (CLAUSE, SENTENCE)):
        raise EventTypesError(f"{where}: 'window' must be a number of words, 'clause' or 'sentence'")
    return value


def _senses(data: dict, source: str, forms: _Forms, types: list[EventType]) -> list[Sense]:
    cue_sets = data.get("cue_sets") or {}
    cue_ids: dict[str, int] = {}

    def cues(words: list[str], where: str) -> frozenset[int]:
        found: set[int] = set()
        for word in words:
            if word.startswith("@"):
                if word[1:] not in cue_sets:
                    raise EventTypesError(f"{where}: no cue set '{word[1:]}'")
                found |= cues(_words(cue_sets, word[1:], f"{source}: cue_sets"), where)
                continue
            # a verb as a cue, "perfect/imperfect" (قتل/يقتل): its verb forms only, not the noun's (القتل)
            text = forms.verb(word, where) if "/" in word else forms.noun(word, where)
            cue = cue_ids.setdefault(text, len(cue_ids))
            forms.term(text)["cues"].add(cue)
            found.add(cue)
        return frozenset(found)

    senses: list[Sense] = []
    for i, entry in enumerate(data.get("senses") or []):
        where = f"{source}: sense #{i + 1} ({entry.get('name', '?') if isinstance(entry, dict) else '?'})"
        if not isinstance(entry, dict) or not isinstance(entry.get("readings"), list):
            raise EventTypesError(f"{where}: expected a mapping with a 'readings' list")
        window = _window(entry.get("window", 4), where)
        readings = []
        for reading in entry["readings"]:
            if not isinstance(reading, dict) or "type" not in reading:
                raise EventTypesError(f"{where}: a reading is a mapping with 'type' and 'cues'")
            readings.append(
                Reading(
                    _type_index(reading["type"], types, where),
                    cues(_words(reading, "cues", where), where),
                    _window(reading.get("window", window), where),
                    cues(_words(reading, "also", where), where),
                    bool(reading.get("after", False)),
                )
            )
        otherwise = _type_index(entry.get("otherwise"), types, where)
        words = [forms.noun(k, where) for k in _words(entry, "keywords", where)]
        verbs = [forms.verb(v, where) for v in _words(entry, "verbs", where)]
        if not words and not verbs:
            raise EventTypesError(f"{where}: missing 'keywords' or 'verbs'")
        for text in words + verbs:
            term = forms.term(text)
            if term["type_index"] is not None or term["sense"] not in (None, len(senses)):
                raise EventTypesError(f"{where}: '{text}' is already a keyword or has a sense")
            term["sense"] = len(senses)
        for text in verbs:
            forms.term(text)["verb"] = True
        senses.append(Sense(entry.get("name", f"#{i + 1}"), tuple(readings), otherwise))
    return senses


def _clauses(path: str | None, forms: _Forms) -> tuple[list[str], frozenset[str], tuple[frozenset[str], ...]]:
    """Declares the clause file's words; returns its punctuation, same-day words, and its reference,
    topic, reference-time, reference-process, source and call words, the call prepositions, the nouns
    that look like verbs, the prepositions that open what a report reports, the words of since-clauses
    and of covered periods, and the acts about an event."""
    data, source = _read_yaml(path, "clauses.yaml")
    for field, kind in (
        ("boundaries", "clause"),
        ("complementizers", "said"),
        ("temporal", "when"),
        ("relatives", "relative"),
    ):
        for word in _words(data, field, f"{source}: {field}"):
            forms.term(forms.particle(word, f"{source}: {field}"))["boundary"] = kind
    for word in _words(data, "negators", f"{source}: negators"):
        forms.term(forms.particle(word, f"{source}: negators"))["negator"] = True
    for verb in _words(data, "verbs", f"{source}: verbs"):
        forms.term(forms.verb(verb, f"{source}: verbs"))["verb"] = True
    punctuation = [normalize(p) for p in _words(data, "punctuation", f"{source}: punctuation")]
    if not punctuation or any(len(p) != 1 or p.isalnum() for p in punctuation):
        raise EventTypesError(f"{source}: punctuation: expected single punctuation marks, got {punctuation}")
    same_day = frozenset(" ".join(normalize(w).split()) for w in _words(data, "same_day", f"{source}: same_day"))
    lists = tuple(
        frozenset(" ".join(normalize(w).split()) for w in _words(data, field, f"{source}: {field}"))
        if data.get(field)
        else frozenset()
        for field in (
            "reference_words",
            "topic_words",
            "reference_time_words",
            "reference_process_words",
            "source_words",
            "call_words",
            "call_prepositions",
            "not_verbs",
            "content_prepositions",
            "since_words",
            "since_time_words",
            "period_words",
            "subordinators",
            "consequence_words",
            "apart_words",
            "during_words",
            "not_own_date_words",
            "figures_words",
            "figures_prepositions",
            "figures_periods",
            "figures_during_words",
            "figures_during_periods",
            "object_words",
            "object_prepositions",
            "happening_verbs",
            "anniversary_words",
            "season_words",
            "season_fillers",
            "relative_time_prepositions",
            "edition_words",
            "record_words",
            "period_qualifiers",
            "fiscal_qualifiers",
            "condolence_words",
            "on_behalf_words",
            "bracket_date_words",
            "before_words",
            "month_words",
            "before_time_words",
            "issued_words",
            "issued_time_words",
            "issued_kept_words",
            "occasion_words",
            "occasion_ahead_words",
            "decision_words",
            "approval_nouns",
            "approval_verbs",
            "approval_prepositions",
            "approval_through_words",
            "council_references",
            "council_reference_words",
            "council_date_words",
            "pledge_words",
            "saying_particles",
            "name_colon_words",
            "recording_phrases",
            "speech_phrases",
            "school_year_words",
            "statute_words",
            "statute_instruments",
            "statute_date_words",
            "quarter_words",
            "attribution_words",
            "fronted_time_words",
            "fronted_main_verbs",
        )
    )
    return punctuation, same_day, lists


def _dateline(data: dict, source: str, types: list[EventType]) -> Dateline | None:
    spec = data.get("datelines")
    if not spec:
        return None
    where = f"{source}: datelines"
    type_index = _type_index(spec.get("type"), types, where)
    if type_index is None:
        raise EventTypesError(f"{where}: missing 'type'")
    agencies = tuple(normalize(a) for a in _words(spec, "agencies", where))
    words = {w for a in agencies for w in a.split()} | {normalize(j) for j in _words(spec, "joiners", where)}
    return Dateline(type_index, int(spec.get("place_words", 3)), frozenset(words), agencies)


def _lists_by_type(
    data: dict, name: str, source: str, types: list[EventType], items: str
) -> Iterator[tuple[str, int, object]]:
    """``(type_id, type_index, item)`` for every item of the section ``name``, a mapping of a type to a list of
    ``items``; a section of another shape is an :class:`EventTypesError` naming it."""
    spec = data.get(name) or {}
    where = f"{source}: {name}"
    if not isinstance(spec, dict):
        raise EventTypesError(f"{where}: must map a type to a list of {items}")
    for type_id, listed in spec.items():
        type_index = _type_index(type_id, types, where)
        if type_index is None or not isinstance(listed, list):
            raise EventTypesError(f"{where}: {type_id!r} must be a type with a list of {items}")
        for item in listed:
            yield type_id, type_index, item


def _named_days(data: dict, source: str, types: list[EventType]) -> dict[date, int]:
    named: dict[date, int] = {}
    for type_id, type_index, day in _lists_by_type(data, "named_days", source, types, "ISO days"):
        try:
            named[date.fromisoformat(str(day))] = type_index
        except ValueError as err:
            raise EventTypesError(f"{source}: named_days.{type_id}: {day!r} is no ISO day") from err
    return named


def _participle_dates(
    data: dict, source: str, types: list[EventType], name: str = "participle_dates"
) -> dict[str, int]:
    listed = _lists_by_type(data, name, source, types, "words")
    return {normalize(str(word)): type_index for _, type_index, word in listed}


def _statement_contents(data: dict, source: str, types: list[EventType]) -> frozenset[int]:
    where = f"{source}: statement_contents"
    indices = set()
    for type_id in _words(data, "statement_contents", where):
        index = _type_index(type_id, types, where)
        if index is None:
            raise EventTypesError(f"{where}: {type_id!r} is no type")
        indices.add(index)
    return frozenset(indices)


@lru_cache(maxsize=4)
def load_event_types(path: str | None = None, clauses_path: str | None = None) -> EventLexicon:
    """The event lexicon: types in priority order (the catch-all ``other`` last), senses, clause
    boundaries, and the regex of all their words."""
    return _build(path, clauses_path)[0]


def _build(path: str | None, clauses_path: str | None) -> tuple[EventLexicon, _Forms]:
    data, source = _read_yaml(path, "event_types.yaml")
    forms = _Forms()
    types = _types(data, source, forms)
    senses = _senses(data, source, forms, types)
    punctuation, same_day, lists = _clauses(clauses_path, forms)
    not_keywords = frozenset(
        forms.noun(word, f"{source}: not_keywords") for word in _words(data, "not_keywords", f"{source}: not_keywords")
    )
    lookup = {(kind, key): term for kind, keys in forms.keys.items() for key, term in keys.items()}
    inflection = _inflection(data, source)
    pattern = _pattern(forms, inflection, punctuation)
    _merge_shadowed(forms, inflection, not_keywords)
    terms = tuple(
        Term(t["type_index"], t["sense"], frozenset(t["cues"]), t["verb"], t["boundary"], t["negator"])
        for t in forms.terms
    )
    lexicon = EventLexicon(
        tuple(types), pattern, terms, lookup, tuple(senses), _dateline(data, source, types), same_day, *lists,
        named_days=_named_days(data, source, types), participle_dates=_participle_dates(data, source, types),
        since_participle_dates=_participle_dates(data, source, types, "since_participle_dates"),
        statement_contents=_statement_contents(data, source, types),
        approved_objects=_participle_dates(data, source, types, "approved_objects"),
    )  # fmt: skip
    return lexicon, forms


@dataclass(frozen=True)
class UnmatchedWord:
    """A word of the lexicon that no text can match in the role it was declared for (:func:`unmatched_words`)."""

    where: str  # the file and the entry it is declared in
    written: str  # as written there
    matched_as: tuple[str, ...]  # the words of the lexicon the matcher reads it as instead (normalised)


def unmatched_words(path: str | None = None, clauses_path: str | None = None) -> list[UnmatchedWord]:
    """The words of the lexicon (keywords, verbs, senses' words and cues, clause words, ``not_keywords``) that no text
    can match in their role: written as themselves (normalised, as the matcher normalises every text), they are read
    as another word that does not carry the role. An article or a proclitic written into a word the lexicon also
    lists bare (``القوات`` beside ``قوات``: the matcher takes ``ال`` off and reads ``قوات``), a feminine in ة whose
    masculine is listed (``عسكرية``: ``عسكري`` + the pronoun ه), a word that reads as a proclitic and another word
    (``ولاية``: و + ل + ``آية``). A word read as another that carries its role (a cue set's ``الراتب`` beside ``راتب``)
    is no loss and not listed."""
    lexicon, forms = _build(path, clauses_path)
    terms = lexicon.terms
    cue_sets = [r.cues for s in lexicon.senses for r in s.readings] + [
        r.also for s in lexicon.senses for r in s.readings
    ]

    def carries(own: Term, other: Term) -> bool:
        """Whether ``other`` plays every role ``own`` was declared for (a word with none: no keyword either)."""
        if not (own.type_index is not None or own.sense is not None or own.cues or own.verb or own.boundary
                or own.negator):  # fmt: skip
            return other.type_index is None and other.sense is None
        return (
            own.type_index in (None, other.type_index)
            and own.sense in (None, other.sense)
            and all(other.cues & cues for cues in cue_sets if own.cues & cues)
            and (other.verb or not own.verb)
            and own.boundary in (None, other.boundary)
            and (other.negator or not own.negator)
        )

    text_of = {term: text for text, term in forms.term_of_text.items()}
    found: list[UnmatchedWord] = []
    seen: set[tuple[str, str]] = set()
    for where, written, text, probes in forms.declared:
        if (where, written) in seen:
            continue
        seen.add((where, written))
        own = forms.term_of_text[text]
        readings = [list(lexicon.pattern.finditer(probe)) for probe in probes]
        if any(lexicon.term_of(m) == own for matches in readings for m in matches):
            continue
        whole = [m for matches, probe in zip(readings, probes) for m in matches if m.group(0) == probe]
        if whole and all(carries(terms[own], terms[t]) for t in (lexicon.term_of(m) for m in whole) if t is not None):
            continue
        matched_as = tuple(_shown(lexicon.term_of(m), m.group(0), text_of) for matches in readings for m in matches)
        found.append(UnmatchedWord(where, written, matched_as))
    return found


def _shown(term: int | None, matched: str, text_of: dict[int, str]) -> str:
    """A match as :func:`unmatched_words` names it: the text of its term, or as matched (punctuation has none)."""
    return matched if term is None else text_of.get(term, matched)


@dataclass(frozen=True)
class HiddenWord:
    """A word a phrase of the lexicon hides (:func:`hidden_words`)."""

    phrase: str  # the phrase, normalised
    word: str  # the word in it as the matcher reads it alone (the text of its term), normalised
    roles: str  # what the word is that the phrase is not: "keyword of TYPE", "cue of SENSE, SENSE ..."


def hidden_words(path: str | None = None, clauses_path: str | None = None) -> list[HiddenWord]:
    """The words of the lexicon a phrase of it hides. The matcher reads one term at a place, the longest: a phrase of
    the senses or types (a keyword, a sense's word or a cue) is matched whole, and the words in it are not seen by the
    senses that list them alone (``قوات الأمن`` hides the cue ``الأمن``, ``صلاة الجنازة`` the keyword ``جنازة``). Often that
    is meant (``لم يسفر عن إصابات`` is no casualty, ``مطار الملك`` no king), sometimes not (``dev/dates/README.md``: nine
    dates of the held and wanted senses lost their arrest when the seizers were written as phrases); the list shows a
    helper adding a phrase which words it takes from the other senses. A new form of a listed word (``متمردين`` beside
    ``المتمردين``) is :func:`unmatched_words`'s."""
    lexicon, forms = _build(path, clauses_path)
    terms = lexicon.terms
    text_of = {term: text for text, term in forms.term_of_text.items()}
    cue_sets = [(s.name, cues) for s in lexicon.senses for r in s.readings for cues in (r.cues, r.also) if cues]
    found: list[HiddenWord] = []
    for text, own in forms.term_of_text.items():
        phrase = terms[own]
        if " " not in text or not (phrase.cues or phrase.type_index is not None or phrase.sense is not None):
            continue
        for word in dict.fromkeys(text.split(" ")):
            inside = _read_as(word, lexicon.pattern, lexicon.lookup)
            if inside is None or inside == own:
                continue
            term = terms[inside]
            roles = []
            if term.type_index is not None and term.type_index != phrase.type_index:
                roles.append(f"keyword of {lexicon.types[term.type_index].id}")
            if term.sense is not None and term.sense != phrase.sense:
                roles.append(f"word of {lexicon.senses[term.sense].name}")
            # a reading that lists the word but not the phrase
            senses = {name for name, cues in cue_sets if cues & term.cues and not cues & phrase.cues}
            if senses:
                roles.append("cue of " + "; ".join(sorted(senses)))
            if roles:
                found.append(HiddenWord(text, text_of[inside], ", ".join(roles)))
    return found
