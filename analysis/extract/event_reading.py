"""Reading a date's event type in its clause (the rules; the words are in ``data/``).

A sentence is scanned once with the lexicon's regex (:mod:`analysis.extract.event_lexicon`);
:class:`SentenceReading` then knows where its clauses begin and which keywords it holds, and
:meth:`SentenceReading.type_at` reads the type of each date in it:

1. the keywords of the date's clause decide: the clause's predicate when it opens the clause and
   no other keyword stands between it and the date ("استقبل ... أمس"), else the nearest keyword;
   a type then yields to the types in its ``yields_to`` found in the clause (people killed *in an
   air strike* are a strike);
2. but a report dates the date that follows it closely (a few words between, the names of actors
   and regions not counted) when the clause's event comes after the date ("أعلنت القيادة في بيان
   لها اليوم استشهاد الجندي": a statement), or when what was said (إن، أن) follows the date
   ("قالت هيلاري كلينتون التي تسعى للفوز بترشيح الحزب ... اليوم السبت إنها");
3. with no keyword in the clause, a *weak* type's (a statement: قال، أكد، أعلن, which report
   events rather than being them) near the date, not across a relative pronoun;
4. with none, the nearest event keyword *before* the date in the sentence, a few words away
   ("نحو 11 ألف اعتداء، وقعت جميعها منذ سنة 2004"), or the event of a "when" clause right after
   the date's (عندما، حين، حينما); else nothing (``other``).

Keyword matches are first filtered: a keyword just after a negator names no event ("دون وقوع
إصابات"), a keyword inside the name of an actor or region is none ("مركز الملك سلمان للإغاثة",
but the head of a name is: "اتفاق أستانا"), and an ambiguous word is read by its sense rule.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Hashable, Sequence
from itertools import accumulate, chain, islice, pairwise
from typing import Literal, overload

import numpy as np

from analysis.extract.dates.ranges import since_event
from analysis.extract.dates.resolve import first_names
from analysis.extract.event_lexicon import CLAUSE, SENTENCE, EventLexicon, Term, load_event_types
from analysis.text.normalize import normalize_with_offsets

#: A quotation of at least this many words is speech of its own: its keywords do not type a date
#: outside it ("وقال مصدر ... لرويترز يوم الاثنين “حتى لو كانت هناك مزاعم عن مخالفات شابت عملية التصويت”").
#: A shorter one is a term in quotation marks ("أعلن التحالف «هدنة إنسانية» تبدأ الأحد").
QUOTE_WORDS = 5
#: A quotation (normalised: « » “ ” are all "), to its closing mark or the sentence's end.
#: Punctuation right after a quotation: what follows is no longer the quoted sentence.
_QUOTE_CLOSED_RE = re.compile(r"\s*[,،.:;؛]")
#: The most words between the two dashes of an aside ("- الفائز يوم السبت الماضي بانتخابات رئاسة النادي -").
ASIDE_WORDS = 12
#: The most words between قبل and a date that its phrase holds (before_phrase).
BEFORE_WORDS = 6

#: A visit, a meeting or a call right after a "during" word (clauses.yaml's during_words), at most this many words
#: before the date, is the occasion of a saying at most as many words before it: the date dates the saying.
OCCASION_WORDS = 6
OCCASION_TYPES = frozenset({"talks", "phone_call"})
#: ... or farther, when only the sayer stands between (event_reading's long_sayer): a body's or an expert's long title.
SAYER_WORDS = 10
#: A ceremony (clauses.yaml's occasion_words) right after a during word is the occasion of a saying before it for a date
#: at most this many words after it, names not counted: "خلال حفل المعايدة الذي أقامته وزارة الحج أمس"; so is a visit,
#: a meeting or a call farther than OCCASION_WORDS: "لدى استقبال نائب الرئيس اليمني رئيس مجلس الوزراء ... له الليلة الماضية".
OCCASION_PHRASE_WORDS = 8
#: A date at most this many words after a speech delivered (clauses.yaml's speech_phrases: كلمة ألقاها) is the speech's.
SPEECH_WORDS = 8
#: What cuts a speech's phrase from a date after it: a full stop, a colon, a quotation mark.
_SPEECH_CUT_RE = re.compile(r'[.;؛:!?؟"]')

#: "This came" (event_types.yaml's جاء ذلك، ذلك جاء): its "this" is the sentence before, a saying or the meeting's own act.
_THIS_CAME_RE = re.compile(r"ذلك")
#: An imperfect verb with its future prefix ("سيقيمه"، "ستقام"): what it says is ahead.
_FUTURE_VERB_RE = re.compile(r"^[وف]?س[يتن]\w{3,}$")

#: How far (in words) a keyword of the clause reaches a date before it, and after it.
CLAUSE_WINDOW = 15
AFTER_WINDOW = 10
#: How near a reporting word must stand to the date it types: "وأكد وزير الخارجية الروسي سيرغي
#: لافروف الثلاثاء" (five words); and how many words (names of actors and regions not counted) may
#: stand between a report and the date for the date to be the report's rather than a later event's.
WEAK_KEYWORD_WINDOW = 8
REPORT_WORDS = 4
#: How many words may stand between a statement named as a source ("وفقاً للتقرير") and a date it types.
SOURCE_WORDS = 3
#: How many words before a year written with ل ("اتفاق أستانا لعام 2017") the noun phrase it belongs to spans.
PERIOD_NOUN_WORDS = 3
#: A noun of figures at most this many words before "during" and a period after it (event_reading.figures_during):
#: "وقال أن احصائيات الحركة الجوية الدولية في مطار الجوف خلال النصف الاول من العام الحالي" (sample 123).
FIGURES_DURING_WORDS = 7
#: How near before a date a keyword of another clause still types it, when the date's clause has none.
KEYWORD_WINDOW = 8
#: The words before a relative pronoun that are its antecedent ("التفجير الإرهابي الذي").
ANTECEDENT_WORDS = 2
#: ... and, for a relative clause that says its antecedent happened or was announced ("الاتفاق النووي بين إيران
#: والقوى العالمية الذي أعلن في 14 يوليو"), how far before the pronoun the antecedent may stand (names not counted),
#: and how near after the verb the date.
HAPPENED_ANTECEDENT_WORDS = 6
HAPPENED_DATE_WORDS = 3
#: A clause of at most this many words besides its date is a fronted date, part of the next clause.
FRONTED_WORDS = 3
#: How many words after a negator it negates ("لم يتم القبض"، "دون وقوع أي إصابات").
NEGATED_WORDS = 3
#: A keyword followed within this many words by a date of its own types that date, not a later one:
#: "المسؤولة عن اعتداءات مومباي الدموية في 2008، الأسبوع الماضي صلاة «الجنازة»" (the prayer is last week's).
OWN_DATE_WORDS = 4
#: How many words may stand between an anniversary (``clauses.yaml``'s ``anniversary_words``) and the event it recalls
#: ("ذكرى مرور عام على اختطافهم"، "في الذكرى الاولى لمقتل").
ANNIVERSARY_WORDS = 3
# A keyword at most this many words after a condolence word (clauses.yaml's condolence_words) names whom the
# condolences are for (event_reading.after_condolence).
CONDOLENCE_WORDS = 12
# A toll yields to a stronger type at most this many words from it in the date's clause, however far the date.
TOLL_WORDS = 4
#: Words that join two dates into one list ("في مايو ويونيو"): the keyword before the first is both's.
#: A saying whose content, at most this many words after its date, names an event of a type of ``event_types.yaml``'s
#: ``statement_contents`` (a condemnation) is that event, the more specific type (:meth:`SentenceReading.type_at`).
CONTENT_WORDS = 6
# An approval noun is decided when a decision word (clauses.yaml's decision_words: قرر) stands at most this many words
# before it ("قرر مجلس الوزراء في جلسته أمس الموافقة"); an approval verb's على at most this many words after it
DECISION_WORDS = 8
# What an approval approves is read through تعديل or انضمام (clauses.yaml's approval_through_words) at most this many words
# on: "الموافقة على تعديل المادة ( الرابعة والعشرين ) من نظام"
APPROVED_THROUGH_WORDS = 6
# The cabinet's approval after the Shura Council's reference: its على at most this many words after the reference ends
# ("، قرر مجلس الوزراء الموافقة على")
COUNCIL_APPROVAL_WORDS = 5
STATUTE_WORDS = 10  # "نظام الوزراء ونواب الوزراء وموظفي المرتبة الممتازة، الصادر": the statute word's reach
_FULL_STOP_RE = re.compile(r"[.;؛:!?؟]")
_REFERENCE_MARKS = frozenset(" ()/-–,")  # what may stand between the words of a decision's reference: "رقم (84 / 44)"
_DATE_JOINERS = frozenset({"و", "او", "ثم", "الى", "حتى"})
_DATE_APART_RE = re.compile(r"[,،.;؛]")
#: ... or by more than this many words ("تعقد اليوم ... قبل مشاركته غدا الجمعة"): two dates, not one.
APART_WORDS = 1

_WORD_RE = re.compile(r"\w+")
_ARABIC_WORD_RE = re.compile(r"[\u0621-\u064A]+")  # a word of Arabic letters only (no digit, no Latin)
_WORD_THEN_SPACE_RE = re.compile(r"\w\s+$")
_LAST_WORD_RE = re.compile(r"(\w+)\W*$")
_WORD_AT_RE = re.compile(r"\w+")
_NEXT_WORD_RE = re.compile(r"\s*(\w+)")
_NEGATED_LIST_RE = re.compile(r"\s+(?:\w+\s+){0,2}(?:او|ولا)\s+")  # "هجوم أو عمليات": the next of a negated list
_DEFINITE_RE = re.compile(r"(?:[وفبك]?ال|[وف]?لل)")  # a definite noun, with its clitics: "البيان"، "للبيان"، "والتقرير"
_BARE_YEAR_RE = re.compile(r"(?:(?:عام|العام|سنه|السنه)\s+)?\d{4}\s*(?:م|ه|هـ)?")  # "2001", "عام 1979", normalised
# the pronoun of a record level before its since-period: "أدنى مستوى لها منذ"
_RECORD_PRONOUNS = frozenset({"له", "لها", "لهم", "لهما", "لهن"})
_LAST_TWO_WORDS_RE = re.compile(r"(\w+)\s+(\w+)\s*$")  # two words before a keyword, nothing but spaces between
_COMMA_AFTER_RE = re.compile(r"[\s\"'»”)\]]*[,،]")  # a comma right after a date (closing marks between)
_NEXT_TWO_WORDS_RE = re.compile(r"\s*(\w+)(?:\s+(\w+))?")  # the two words after a position
_COMMA_IN_RE = re.compile(r"[,،]")  # a comma
_COMMA_BEFORE_RE = re.compile(r"[,،][\s\"'«“(\[]*$")  # a comma right before a date
_ATTRIBUTION_RE = re.compile(r"[,،]\s*(\w+\s+\w+)\s+$")  # "، على ما " right before a keyword
_SEPARATOR = "\x1f"
# What the regex engine calls a word character (str.isalnum or _), for every character of the BMP.
_IS_WORD = np.array([chr(c).isalnum() or c == 0x5F for c in range(0x10000)], dtype=bool)


def word_starts(text: str) -> list[int]:
    """Where the words (``\\w+`` runs) of ``text`` begin; vectorised: ``[m.start() for m in
    re.finditer(r"\\w+", text)]``."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    small = codes < 0x10000
    is_word = _IS_WORD[np.where(small, codes, 0)]
    if not small.all():
        for i in np.flatnonzero(~small).tolist():
            is_word[i] = text[i].isalnum()
    starts = is_word.copy()
    starts[1:] &= ~is_word[:-1]
    return np.flatnonzero(starts).tolist()


def _a_figures_word(word: str, figures_words: frozenset[str]) -> bool:
    """Whether ``word`` is one of ``figures_words`` (نتائج، بيانات، إحصائيات), maybe after و، ف، ب or ل, the article and
    before a pronoun (وبياناتها، لنتائجه)."""
    for stem in (word, word[1:] if word[:1] in "وفبل" else word):
        stem = stem[2:] if stem[:2] == "ال" else stem
        for ending in ("", "ها", "ه", "هم"):
            if stem.endswith(ending) and stem[: len(stem) - len(ending)] in figures_words:
                return True
    return False


class SentenceReading:
    """The lexicon's matches in one sentence, read once: where its clauses begin and which
    keywords (negation, names and senses resolved) it holds.

    Positions are offsets in the normalised text the sentence was scanned in (``norm[lo:hi]``);
    ``words`` are the word starts of that text, so a position's word is
    ``bisect_right(words, position) - 1``. A keyword is ``(start, end, word, type index)``.
    """

    __slots__ = (
        "_apart", "_causes", "_condolence", "_condolence_at", "_fronted", "_named", "_objects", "_owners", "_sayings", "any_at", "clause_at", "closed_at", "hi",
        "keywords", "lexicon", "lo", "masks", "norm", "quoted", "said_at", "verb_at", "when_at", "words",
    )  # fmt: skip

    def __init__(self, lexicon: EventLexicon, norm: str, matches: list[re.Match], words: list[int], lo: int, hi: int,
                 masks: Sequence[tuple[int, int]] = ()):  # fmt: skip
        self.lexicon, self.lo, self.hi, self.words, self.masks, self.norm = lexicon, lo, hi, words, masks, norm
        self._condolence: bool | None = None  # whether a condolence word stands in the sentence, read when asked
        # Read once per keyword (and date after it), not once per date typed: a long sentence has many of both.
        self._named: tuple | None = None  # _named_words, read when asked
        self._condolence_at: list[int] | None = None  # _condolence_words, read when asked
        self._causes: frozenset[tuple[int, int, int, int]] | None = None  # causes()
        self._objects: dict[int, bool] = {}  # after_object, by the keyword's start
        self._owners: dict[int, list[tuple[int, int]]] = {}  # the dates after a keyword it owns, by its start
        self._apart: dict[tuple[int, int], bool] = {}  # _set_apart, by the two dates' end and start
        self._fronted: dict[tuple[int, int], int | None] = {}  # fronted_time, by the date's start and end
        self.clause_at: list[int] = []  # where clauses begin
        self.any_at: list[int] = []  # ... and relative clauses
        self.said_at: set[int] = set()  # where a complementiser opens what was said
        self.when_at: set[int] = set()  # where a temporal conjunction opens a clause of the same time
        self.verb_at: set[int] = set()  # where a verb of the lexicon stands
        self.closed_at: set[int] = set()  # clauses a keyword before them does not reach (mark_dates)
        # a saying's verb after a particle (وقد كشف): the verb's start, by the particle's (mark_dates, the comma below)
        self._sayings: dict[int, int] = {}
        found: list[tuple[int, int, int, Term]] = []  # (start, end, word, term)
        for m in matches:
            term_index = lexicon.term_of(m)
            start = m.start()
            if term_index is None:  # punctuation
                if lexicon.name_colon_words and norm[start] == ":":
                    # ... not a colon before a name ("تنفيذ حكم القتل في الجاني: قاسم ... أمس الخميس")
                    before = _LAST_WORD_RE.search(norm, max(lo, start - 20), start)
                    if before is not None and before.group(1) in lexicon.name_colon_words:
                        continue
                self.clause_at.append(start)
                self.any_at.append(start)
                continue
            term = lexicon.terms[term_index]
            particle = None
            if term.verb:
                self.verb_at.add(start)
                particle = _saying_particle(lexicon, norm, start, term)
                if particle is not None:
                    self._sayings[particle] = start
            if term.boundary:
                self.any_at.append(start)
                if term.boundary != "relative":
                    self.clause_at.append(start)
                # ... not لأن, a cause: "منذ اندلاعها في عام 2011، نظرا لأن التنظيم يمثل ثقلا" (sample 30: typed statement)
                if term.boundary == "said" and norm[start : start + 3] not in ("لان", "ولا"):
                    self.said_at.add(start)
                elif term.boundary == "when":
                    self.when_at.add(start)
            elif (
                (
                    # a verb after و, ف or a comma ("قتل جنديان أمس، ويزور الوزير"), or an event noun after a comma and و
                    term.verb and _opens_clause(norm, m) and not _a_name_or_noun(lexicon, norm, start)
                )
                # a saying's verb after a particle after a comma ("، وقد كشف قبل وفاته أنه"), as after و
                or (particle is not None and _comma_before(norm, particle))
                or (
                    not term.verb
                    and (term.type_index is not None or term.sense is not None)
                    and _listed(norm, m)
                    # ... not a pledge, a saying of the same sayer: "رحب رئيس الوزراء العراقي ... بموافقة مجلس النواب على
                    # حزمة الاصلاحات ... اليوم, وتعهد في بيان مقتضب" (the corpus: the welcome's today, typed statement)
                    and m.group(0)[1:] not in lexicon.pledge_words
                )
            ):
                self.clause_at.append(start)
                self.any_at.append(start)
            found.append((start, m.end(), bisect_right(words, start) - 1, term))
        self.keywords = self._keywords(found, masks)
        # (searched in place: a slice of the joined text per word would copy the sentence each time, on every sentence)
        if lexicon.approved_objects and any(
            norm.find(v, lo, hi) >= 0 for v in chain(lexicon.approval_verbs, lexicon.approval_nouns)
        ):
            approved = self._approved_keywords()
            if approved:
                self.keywords = sorted(self.keywords + approved)
        self.quoted = [
            (a, b) for a, b in _quotations(norm, lo, hi)
            if bisect_left(words, b) - bisect_left(words, a) >= QUOTE_WORDS
        ]  # fmt: skip

    def _keywords(self, found: list, masks) -> list[tuple[int, int, int, int]]:
        keywords = []
        negated_until = -1  # the last word a negator reaches
        negated_end = -1  # where the last negated keyword ends
        names = sorted(masks)
        name_starts = [a for a, _ in names]
        reach = list(accumulate((b for _, b in names), max))  # the farthest end of the names opened so far
        for start, end, word, term in found:
            if term.negator:
                negated_until = word + NEGATED_WORDS
                continue
            if term.type_index is None and term.sense is None:
                continue
            if word <= negated_until:
                negated_end = end
                continue
            # ... and a keyword joined by أو or ولا to a negated one, a list under the same negation: "لم تتعرض لأي هجوم
            # أو عمليات عسكرية من قبل الولايات المتحدة" (sample 97: typed strike)
            if negated_end >= 0 and _NEGATED_LIST_RE.fullmatch(self.norm, negated_end, start):
                negated_end = end
                continue
            opened = bisect_left(name_starts, start)  # the names that start before the keyword
            if opened and reach[opened - 1] >= end:  # inside a name, not its head
                continue
            type_index = term.type_index
            if type_index is None:
                type_index = self._sense(term.sense, start, word, found)
            if type_index is not None:
                keywords.append((start, end, word, type_index))
        return keywords

    def mark_dates(self, spans: Sequence[tuple[int, int]]) -> None:
        """Since-clauses, given the sentence's dates ``spans`` (``clauses.yaml``'s ``since_words``): منذ before an
        event noun ("منذ اندلاع الأزمة ... في عام 2011": the outbreak's date, not the strikes named before it). A
        keyword before such a clause does not type a date in it, even as the nearest keyword of a clause with none."""
        lexicon, norm = self.lexicon, self.norm
        for _, b in spans:
            # a saying's verb after a particle right after a date opens a clause ("عام 1960م وقد ذكر المؤلف أن")
            after = _WORD_RE.search(norm, b, self.hi)
            if after is not None and after.start() in self._sayings and not norm[b : after.start()].strip():
                verb = self._sayings[after.start()]
                if verb not in self.clause_at:
                    insort(self.clause_at, verb)
                    insort(self.any_at, verb)
        if not any(norm.find(word, self.lo, self.hi) >= 0 for word in lexicon.since_words):
            return  # no since word in the sentence (most sentences): no word of it to read
        for m in _WORD_RE.finditer(norm, self.lo, self.hi):
            word = m.group(0)
            if word not in lexicon.since_words and not (word[:1] in "وف" and word[1:] in lexicon.since_words):
                continue
            after = _WORD_RE.search(norm, m.end(), self.hi)
            if after is None or after.group(0) in lexicon.since_time_words or after.group(0).isdigit():
                continue  # "منذ مساء الخميس", "منذ 2011": part of a date
            if any(m.start() <= a <= after.start() or a < m.start() < b for a, b in spans):
                continue  # the date itself ("منذ عام 2011") or inside one
            if any(m.start() < a and since_event(norm, a) for a, _ in spans):
                # the date grammar reads the event's date as an open period from it (calendar.yaml's
                # since_event_nouns): "قتل ... منذ تفشي الوباء في نهاية عام 2013" dates the deaths since then
                continue
            if m.start() not in self.clause_at:
                insort(self.clause_at, m.start())
                insort(self.any_at, m.start())
                self.closed_at.add(m.start())

    def _sense(self, sense_index: int, start: int, word: int, found: list) -> int | None:
        """The type of an ambiguous word: its first reading with a cue near it in its clause."""
        sense = self.lexicon.senses[sense_index]
        lo, hi = self.clause(start, start + 1)

        def near(cues: frozenset[int], window: int, after: bool = False) -> bool:
            return any(
                term.cues & cues
                and cue_start != start
                and (not after or cue_start > start)
                and (
                    window == SENTENCE
                    or (lo <= cue_start < hi and (window == CLAUSE or abs(cue_word - word) <= window))
                )
                for cue_start, _, cue_word, term in found
            )

        for reading in sense.readings:
            if near(reading.cues, reading.window, reading.after) and (
                not reading.also or near(reading.also, reading.window, reading.after)
            ):
                return reading.type_index
        return sense.otherwise

    def after_reference(self, keyword: tuple[int, int, int, int], reach: int = 1) -> bool:
        """Whether the keyword follows a reference word (``بعد اعتقال``, ``جراء القصف``): an earlier
        event or a cause, not the event its clause dates (``clauses.yaml``'s ``reference_words``).
        With ``reach`` 2, also one word after it (``إثر تعرضها لهجمات``, ``بعد أن قتل``), but for a
        time (``قبل أيام بتفجير``) or ``من قبل`` ("by", "previously": ``قام من قبل بتوصيل مساعدات``)."""
        lexicon = self.lexicon
        if self._after(keyword, lexicon.reference_words):
            return not self._by(keyword[0])
        if reach < 2:
            return False
        two = _LAST_TWO_WORDS_RE.search(self.norm, max(self.lo, keyword[0] - 30), keyword[0])
        if two is None or two.group(2) in lexicon.reference_time_words:  # "وبعد ذلك شنت": a later event
            return False
        previous = two.group(1)
        words = lexicon.reference_words
        return (previous in words or (previous[:1] in "وف" and previous[1:] in words)) and not self._by(two.start(1))

    def reports_content(self, keyword: tuple[int, int, int, int]) -> bool:
        """Whether the keyword is a reporting verb whose next word opens what it reports (``clauses.yaml``'s
        ``content_prepositions``: ``وأشار إلى استمرار``): a date further on is that content's. Not a noun
        (``تقديم دي ميستورا تقريره إلى مجلس الأمن الأسبوع المقبل``: the addressee)."""
        word = _WORD_AT_RE.search(self.norm, keyword[1], min(self.hi, keyword[1] + 12))
        return (
            keyword[0] in self.verb_at
            and word is not None
            and not self.norm[keyword[1] : word.start()].strip()
            and word.group(0) in self.lexicon.content_prepositions
        )

    def _fronted_subordinate(self, lo: int) -> bool:
        """Whether the clause at ``lo`` opens the sentence with a subordinator (``clauses.yaml``'s
        ``subordinators``: بعدما، عندما), و or ف glued to it."""
        word = _WORD_AT_RE.match(self.norm, lo)
        if word is None or self.norm[self.lo : lo].strip(' "«(') or not self.lexicon.subordinators:
            return False
        text = word.group(0)
        return text in self.lexicon.subordinators or (text[:1] in "وف" and text[1:] in self.lexicon.subordinators)

    def _a_period(self, start: int) -> bool:
        """Whether the date at ``start`` is written with ل and a word of ``clauses.yaml``'s ``period_words``
        (لعام، للعام، لسنة) or ``figures_periods`` (للربع، للنصف): the period the noun before it covers."""
        at = self.words[bisect_right(self.words, start) - 1] if start > self.lo else start
        word = _WORD_AT_RE.match(self.norm, at)
        if word is None:
            return False
        if self._a_period_word(word.group(0), figures=True):
            return True
        # ... or with ل and the period's kind before it: "اطلع مجلس الوزراء على التقرير السنوي لهيئة الهلال الأحمر السعودي
        # للعام المالي 1434/1435هـ" (sample 69: the year the report covers, typed statement)
        i = bisect_right(self.words, start) - 1
        if i < 2 or self.words[i - 2] < self.lo:
            return False
        kind = _WORD_AT_RE.match(self.norm, self.words[i - 1])
        period = _WORD_AT_RE.match(self.norm, self.words[i - 2])
        return (
            kind is not None
            and period is not None
            and kind.group(0) in self.lexicon.period_qualifiers
            and not self.norm[kind.end() : self.words[i]].strip()
            and not self.norm[period.end() : self.words[i - 1]].strip()
            and (
                self._a_period_word(period.group(0), figures=False)
                # ... or a fiscal year with ال after a noun of figures: "نشاطاتها وإنجازاتها خلال السنة المالية 2014م"
                # (sample 65, dtypes13); not after any noun ("نشرت الهيئة تقريرها في العام المالي 2014")
                or (
                    kind.group(0) in self.lexicon.fiscal_qualifiers
                    and period.group(0)[:2] == "ال"
                    and period.group(0)[2:] in self.lexicon.period_words
                    and self._after_figures(self.words[i - 2])
                )
            )
        )

    def _after_figures(self, start: int) -> bool:
        """Whether a noun of figures (``clauses.yaml``'s ``figures_words``: نتائج، أرباح، إنجازات) stands right before
        ``start``, maybe with a preposition between (``figures_prepositions``: عن، خلال)."""
        lexicon = self.lexicon
        before = _WORD_RE.findall(self.norm, max(self.lo, start - 40), start)[-2:]
        if before and before[-1] in lexicon.figures_prepositions:
            before = before[:-1]
        if not before:
            return False
        return _a_figures_word(before[-1], lexicon.figures_words)

    def _a_period_word(self, text: str, figures: bool) -> bool:
        """Whether ``text`` is ل and a period word (``figures``: or the first word of a part of a year)."""
        rest = text[2:] if text[:2] == "لل" else text[1:] if text[:1] == "ل" else ""
        # ... or a part of a year with ل ("ارتفاع عدد محاضر الضبط للربع الثاني من عام 2015م", sample 60: typed statement)
        return bool(rest) and (rest in self.lexicon.period_words or (figures and rest in self.lexicon.figures_periods))

    def _a_season_period(self, start: int) -> bool:
        """Whether the date at ``start`` is a season written with ل (``clauses.yaml``'s ``season_words``: لصيف، لربيع
        وصيف), or a year after such a season with only ``season_fillers`` between (``لصيف هذا العام 1436ه``): the
        period the noun before it covers, as a year with ل ("في تشكيلته لربيع وصيف 2016", sample 39: typed
        statement)."""
        seasons = self.lexicon.season_words
        if not seasons:
            return False
        at = self.words[bisect_right(self.words, start) - 1] if start > self.lo else start
        first = _WORD_AT_RE.match(self.norm, at)
        before = [
            m.group() for m in list(_WORD_RE.finditer(self.norm, max(self.lo, at - 40), at))[-4:]
            if not _DATE_APART_RE.search(self.norm, m.end(), at)
        ]  # fmt: skip
        for n, word in enumerate([first.group(0), *reversed(before)] if first else reversed(before)):
            rest = word[2:] if word[:2] == "لل" else word[1:] if word[:1] == "ل" else ""
            if rest in seasons:
                return True
            # (the date's own first word, a year or وصيف, is passed over)
            if n and not (
                word in self.lexicon.season_fillers or word in seasons or (word[:1] == "و" and word[1:] in seasons)
            ):
                return False
        return False

    def _an_edition_year(self, start: int) -> bool:
        """Whether the date at ``start`` is a bare year right after the name of a recurring event (``clauses.yaml``'s
        ``edition_words`` among the :data:`PERIOD_NOUN_WORDS` words before it, no punctuation between: ``كأس العالم
        2014``، ``دورة الالعاب الاولمبية الشتوية 2022``): that event's edition, typed only by its own name's phrase."""
        words = self.lexicon.edition_words
        first = _WORD_AT_RE.match(self.norm, start)
        if not words or first is None or not (first.group(0).isdigit() and len(first.group(0)) == 4):
            return False
        before = [
            m.group() for m in list(_WORD_RE.finditer(self.norm, max(self.lo, start - 50), start))[-PERIOD_NOUN_WORDS:]
            if not _DATE_APART_RE.search(self.norm, m.end(), start)
        ]  # fmt: skip
        stems = [w[1:] if w[:1] in "وفبل" else w for w in before] + before
        stems += [w[2:] for w in stems if w[:2] == "ال"]
        return bool(set(stems) & words)

    def _a_record_since(self, start: int) -> bool:
        """Whether the date at ``start`` is a since-period right after a record level (``clauses.yaml``'s
        ``record_words``: أعلى مستوى، أدنى مستوى, maybe with له، لها between): the baseline the record is measured
        from, no event's time ("الذهب الذي تشهد أسعاره انخفاضات متواصلة مسجلة أدنى مستوى لها منذ خمسة أعوام", sample
        67: typed statement by the warning around it)."""
        records = self.lexicon.record_words
        first = _WORD_AT_RE.match(self.norm, start)
        if not records or first is None or first.group(0) not in self.lexicon.since_words:
            return False
        tail = self.norm[max(self.lo, start - 40) : start]
        before = _WORD_RE.findall(tail[max(tail.rfind(c) for c in ",،.;؛") + 1 :])[-4:]
        if before and before[-1] in _RECORD_PRONOUNS:
            before = before[:-1]
        return any(" ".join(before[-n:]) in records for n in (1, 2, 3) if len(before) >= n)

    def _a_participle_date(self, start: int) -> int | None:
        """The type of the event a participle right before the year at ``start`` names (``event_types.yaml``'s
        ``participle_dates``: المحتلة → strike), nothing between: "الأراضي العربية المحتلة عام
        1967م" (samples 44 and 67: typed withdrawal by the peace initiative's انسحاب) dates the occupation, not the
        clause's other event. Only a year (عام، سنة or its digits), not a day: "بالضفة الغربية المحتلة اليوم" is the
        day of what happened there; not after منذ ("في الضفة الغربية المحتلة منذ العام 2004": the period of the
        clause's attacks) nor في ("الفلسطينيين الذين رفضوا مغادرة أراضيهم في الأراضي المحتلة في عام 1948", sample 62:
        other, the refusal's year). A since-period right after a participle of detention or captivity
        (``since_participle_dates``: المعتقل منذ → arrest) dates that detention: "مازن درويش (41 عاما) المعتقل منذ
        شباط/فبراير 2012" (sample 71: typed withdrawal by the release before it)."""
        first = _WORD_AT_RE.match(self.norm, start)
        if first is None:
            return None
        word = first.group(0)
        since = word in self.lexicon.since_words
        participles = self.lexicon.since_participle_dates if since else self.lexicon.participle_dates
        word = word[2:] if word[:2] == "ال" else word
        if not participles or not (since or word in self.lexicon.period_words or (word.isdigit() and len(word) == 4)):
            return None
        tail = self.norm[max(self.lo, start - 30) : start]
        before = _WORD_RE.findall(tail[max(tail.rfind(c) for c in ",،.;؛") + 1 :])[-1:]
        if not before:
            return None
        if since:  # "والموقوف منذ عامين"، "ومعتقل منذ العام 2006": without و and ال
            return participles.get(re.sub(r"^و?(?:ال)?", "", before[-1]))
        return participles.get(before[-1])

    def _a_times_year(self, start: int) -> bool:
        """Whether a word of time or of a cycle (``clauses.yaml``'s ``period_words`` and ``since_time_words``: شهر،
        الدورة) stands among the :data:`PERIOD_NOUN_WORDS` words before the date at ``start``."""
        lexicon = self.lexicon
        before = _WORD_RE.findall(self.norm, max(self.lo, start - 60), start)[-PERIOD_NOUN_WORDS:]
        stems = {w[2:] if w[:2] == "ال" else w for w in before}
        return bool(stems & (lexicon.period_words | lexicon.since_time_words))

    def _figures_during(self, start: int) -> bool:
        """Whether the date at ``start`` is a year, a month or a part of a year (``clauses.yaml``'s
        ``figures_during_periods``: العام، شهر، الربع) right after "during" (``figures_during_words``: خلال), or begins
        with that word, and a noun of figures (``figures_words``: بيانات، إحصائيات، نتائج) stands among the
        :data:`FIGURES_DURING_WORDS` words before it in its phrase (no punctuation between): the period the figures
        cover ("وأظهرت بيانات ... خلال الشهر الحالي", sample 57), not the time of the statement that gives them."""
        lexicon = self.lexicon
        if not lexicon.figures_during_words or not lexicon.figures_words:
            return False
        first = _WORD_AT_RE.match(self.norm, start)
        if first is None:
            return False
        during = start
        if first.group(0) in lexicon.figures_during_words:
            end = first.end()
            first = _WORD_AT_RE.search(self.norm, end, min(self.hi, end + 4))
            if first is None or self.norm[end : first.start()].strip():
                return False
        else:
            before = _LAST_WORD_RE.search(self.norm, max(self.lo, start - 10), start)
            if before is None or before.group(1) not in lexicon.figures_during_words:
                return False
            during = before.start(1)
        if first.group(0) not in lexicon.figures_during_periods:
            return False
        tail = self.norm[max(self.lo, during - 120) : during]
        cut = max(tail.rfind(c) for c in ',،.;؛:«»"()')
        words = _WORD_RE.findall(tail[cut + 1 :])[-FIGURES_DURING_WORDS:]
        return any(_a_figures_word(word, lexicon.figures_words) for word in words)

    def _figures_period(self, start: int) -> bool:
        """Whether the date at ``start`` is a part of a year (``clauses.yaml``'s ``figures_periods``: الربع، النصف)
        right after a noun of figures (``figures_words``: نتائج، أرباح، توزيعات), maybe with a preposition between
        (``figures_prepositions``: عن، خلال): the period the figures cover, not the time they were announced ("بعد
        إعلان البنك عن نتائج الربع الثاني من العام", sample 53)."""
        lexicon = self.lexicon
        first = _WORD_AT_RE.match(self.norm, start)
        if not lexicon.figures_words or first is None:
            return False
        text = first.group(0)
        text = text[2:] if text[:2] == "لل" else text[1:] if text[:1] == "ل" and text[1:3] == "ال" else text
        if text not in lexicon.figures_periods:
            return False  # "مسح نشرت نتائجه اليوم الجمعة": the day they were published
        return self._after_figures(start)

    def _a_quarter(self, start: int) -> bool:
        """Whether the date at ``start`` is a quarter of a year (``clauses.yaml``'s ``quarter_words``: الربع, after و, ب
        or ل): the period figures or plans cover, never a saying's time, whatever noun stands before it ("عقب إعلان
        الشركة عن قوائمها المعدلة للعامين 2013 و2014 والربع الأول 2015", sample 105: typed statement)."""
        first = _WORD_AT_RE.match(self.norm, start)
        if not self.lexicon.quarter_words or first is None:
            return False
        text = first.group(0)
        text = text[1:] if text[:1] == "و" and text[1:].startswith(("ال", "لل", "بال")) else text
        text = text[2:] if text[:2] == "لل" else text[1:] if text[:1] in "لب" and text[1:3] == "ال" else text
        return text in self.lexicon.quarter_words

    def attributes(self, keyword: tuple[int, int, int, int]) -> bool:
        """Whether ``keyword`` follows an attribution after a comma (``clauses.yaml``'s ``attribution_words``: "، على ما
        أعلن مصدر عسكري"): the source of what the clause before it tells, no event of a date before it ("قتل تسعة جنود
        ... أمس، على ما أعلن مصدر عسكري", sample 214: typed statement)."""
        if not self.lexicon.attribution_words:
            return False
        before = self.norm[max(self.lo, keyword[0] - 24) : keyword[0]]
        match = _ATTRIBUTION_RE.search(before)
        return match is not None and " ".join(match.group(1).split()) in self.lexicon.attribution_words

    def apart_after(self, start: int, end: int, hi: int) -> int | None:
        """Where a comma right after the date at ``[start, end)`` stands, when the date closes its phrase there and
        the next word opens another clause or a concession (``clauses.yaml``'s ``apart_words``: ``منذ مايو الماضي،
        رغم تحذير``); None otherwise, or when a comma also stands right before the date (``وأعلنت الوزارة، أمس،
        القبض على``: set off, inside its clause)."""
        words = self.lexicon.apart_words
        after = _COMMA_AFTER_RE.match(self.norm, end, hi) if words else None
        if after is None or _COMMA_BEFORE_RE.search(self.norm, max(self.lo, start - 4), start):
            return None
        two = _NEXT_TWO_WORDS_RE.match(self.norm, after.end(), hi)
        if two is None:
            return None
        first = two.group(1)
        pair = f"{first} {two.group(2)}" if two.group(2) else ""
        # ... or three: "أمس، وذلك بعد صلاة عصر اليوم" (the funeral prayer after the attack the date dates)
        third = _WORD_RE.search(self.norm, two.end(), hi) if pair else None
        triple = f"{pair} {third.group(0)}" if third else ""
        if any(w in words or (w[:1] in "وف" and w[1:] in words) for w in (first, pair, triple) if w):
            return after.end() - 1
        return None

    def reference_after(self, start: int, end: int, lo: int, hi: int) -> int | None:
        """Where a comma right after the date at ``[start, end)`` stands, when a reference word opens the next phrase
        (``clauses.yaml``'s ``reference_words``, maybe with و or ف; the second word after في or على: ``في أعقاب``، ``على
        إثر``): what follows names an earlier event or a cause, a phrase of its own ("وأغلقت البورصة اليونانية بنهاية جلسة
        26 يونيو، بعد إعلان ... عن تنظيم استفتاء", sample 62: typed election); None otherwise, when a comma also stands
        right before the date, or when the date is fronted before its clause (at most :data:`FRONTED_WORDS` words of
        its clause ``[lo, hi)`` before it: "وفي الرابع من يوليو، وبعد ثمانية أيام من الهجوم ...، أعلن الرئيس")."""
        words = self.lexicon.reference_words
        after = _COMMA_AFTER_RE.match(self.norm, end, hi) if words else None
        if after is None or _COMMA_BEFORE_RE.search(self.norm, max(self.lo, start - 4), start):
            return None
        if bisect_left(self.words, start) - bisect_left(self.words, lo) <= FRONTED_WORDS:
            return None
        next_words = [m.group(0) for m in islice(_WORD_RE.finditer(self.norm, after.end(), hi), 3)]
        if next_words[:1] and next_words[0] in ("في", "على", "وفي", "وعلى"):
            next_words = next_words[1:]
        if not next_words:
            return None
        head, then = next_words[0], next_words[1] if len(next_words) > 1 else ""
        if not (head in words or (head[:1] in "وف" and head[1:] in words)):
            return None
        # ... not with a time after it (as reference_phrase): "عام 2001م، وقبل ذلك الجنود الذين قتلوا" (the corpus)
        if then in self.lexicon.before_times or then.isdigit():
            return None
        return after.end() - 1

    def joined_after(self, start: int, end: int, lo: int, hi: int) -> int | None:
        """Where a comma right after the date at ``[start, end)`` stands, when the next word joins another clause with
        و: a during word (``وخلال``، ``ولدى``، ``وأثناء``، ``وفي``) or a keyword itself (``وبحث``،
        ``والتقى``): a meeting named there is that clause's event, not the date's ("التي تشهد مواجهات مع الميليشيات
        الحوثية منذ أربعة أشهر، وخلال زيارته أكد", sample 142: typed talks); None otherwise, when a comma also stands
        right before the date, or when the date is fronted before its clause (at most :data:`FRONTED_WORDS` words of its
        clause ``[lo, hi)`` before it)."""
        after = _COMMA_AFTER_RE.match(self.norm, end, hi)
        if after is None or _COMMA_BEFORE_RE.search(self.norm, max(self.lo, start - 4), start):
            return None
        if bisect_left(self.words, start) - bisect_left(self.words, lo) <= FRONTED_WORDS:
            return None
        word = _WORD_RE.search(self.norm, after.end(), hi)
        if word is None or word.group(0)[:1] != "و":
            return None
        if word.group(0)[1:] in self.lexicon.during_words or any(k[0] == word.start() for k in self.keywords):
            return after.end() - 1
        return None

    def _by(self, at: int) -> bool:
        """Whether the word at ``at`` follows من ("من قبل": by, or previously)."""
        word = _LAST_WORD_RE.search(self.norm, max(self.lo, at - 6), at)
        return word is not None and word.group(1) == "من"

    def a_process(self, keyword: tuple[int, int, int, int]) -> bool:
        """Whether the keyword is fighting, the way a dated outcome came about (``clauses.yaml``'s
        ``reference_process_words``: ``حققت المقاومة أمس تقدمًا بعد اشتباكات``)."""
        text = self.norm[keyword[0] : keyword[1]]
        return any(w in text for w in self.lexicon.reference_process_words)

    def after_topic(self, keyword: tuple[int, int, int, int]) -> bool:
        """Whether the keyword follows a topic word (``بيانا بشأن تنفيذ``): what was said or met
        about (``clauses.yaml``'s ``topic_words``); or a call word, maybe with إلى/على after it
        (``دعوته لوقف إطلاق النار``, ``دعا إلى وقف``): what was called for (``call_words``)."""
        lexicon = self.lexicon
        if self._after(keyword, lexicon.topic_words) or self._after(keyword, lexicon.call_words):
            return True
        two = _LAST_TWO_WORDS_RE.search(self.norm, max(self.lo, keyword[0] - 30), keyword[0])
        if two is None or two.group(2) not in lexicon.call_prepositions:
            return False
        previous = two.group(1)
        return previous in lexicon.call_words or (previous[:1] in "وف" and previous[1:] in lexicon.call_words)

    def _an_object_word(self, word: str) -> bool:
        """Whether ``word`` is an act about an event (``clauses.yaml``'s ``object_words``), with و/ف, ل/ب, the
        article and a pronoun allowed on it (``لمناقشة``، ``للتحقيق``، ``رفضه``)."""
        words = self.lexicon.object_words
        stems = [word, word[1:] if word[:1] in "وف" else word]
        stems += [w[2:] for w in stems if w[:2] == "لل"] + [w[1:] for w in stems if w[:1] in "لب"]
        stems += [w[2:] for w in stems if w[:2] == "ال"]
        stems += [w[: -len(p)] for w in stems for p in ("ه", "ها", "هم") if w.endswith(p) and len(w) > len(p) + 2]
        return any(w in words for w in stems)

    def _after_anniversary(self, keyword: tuple[int, int, int, int]) -> bool:
        """Whether an anniversary word (``clauses.yaml``'s ``anniversary_words``) stands at most
        :data:`ANNIVERSARY_WORDS` words before the keyword with no punctuation between: the event recalled, not
        the commemoration's ("يحيي أهالي العسكريين ... اليوم ذكرى مرور عام على اختطافهم", sample 59)."""
        words = self.lexicon.anniversary_words
        if not words:
            return False
        for w in range(keyword[2] - 1, max(-1, keyword[2] - 2 - ANNIVERSARY_WORDS), -1):
            at = self.words[w]
            if at < self.lo:
                return False
            word = _WORD_AT_RE.match(self.norm, at)
            if word is None or _DATE_APART_RE.search(self.norm, word.end(), keyword[0]):
                return False
            stems = [word.group(), word.group()[1:] if word.group()[:1] in "وف" else word.group()]
            stems += [w[2:] for w in stems if w[:2] == "لل"] + [w[1:] for w in stems if w[:1] in "لب"]
            stems += [w[2:] for w in stems if w[:2] == "ال"]
            if any(stem in words for stem in stems):
                return True
        return False

    def _antecedent_of(self, keyword: tuple[int, int, int, int], pronoun: int) -> bool:
        """Whether ``keyword`` is the antecedent of the relative pronoun at ``pronoun``: the word right before it
        ("خلال المؤتمر الصحافي الذي")، or a noun followed up to it only by at most :data:`ANTECEDENT_WORDS` definite
        adjectives ("للبيان العسكري الأمريكي الذي"), itself definite as the antecedent of الذي is (not a sayer's verb:
        "وقال الرئيس التنفيذي الذي", "كما دعت الجامعة العربية، التي")."""
        words = self.words
        if bisect_left(words, pronoun) == bisect_left(words, keyword[1]):
            return True
        between = self.norm[keyword[1] : pronoun].split()
        return (
            keyword[0] not in self.verb_at
            and _DEFINITE_RE.match(self.norm, keyword[0]) is not None
            and 0 < len(between) <= ANTECEDENT_WORDS
            and all(w.startswith("ال") for w in between)
        )

    def _event_antecedent(self, start: int, inner_lo: int, lo: int) -> bool:
        """Whether the relative clause at ``inner_lo`` (inside the clause from ``lo``) that holds the date at ``start``
        describes an event named by its antecedent, a keyword of a strong type other than a meeting's (not a saying's
        occasion): "للتعامل مع الحريق الذي شب في بيت أسرته أمس، مبينا أن" (sample 126: the fire's day, typed statement
        by the praise before it). Not a relative clause set off by a comma when another comma stands before the date,
        which has ended it: "خلال مؤتمر صحفي عُقد بمناسبة قرب انطلاق المرحلة الأولى من الانتخابات البلدية، التي تشمل
        "قيد الناخبين وتسجيل المرشحين"، في وزارة الشؤون البلدية والقروية بالرياض أمس- أن" (the press conference's day)."""
        if inner_lo <= lo or inner_lo in self.clause_at:
            return False
        if self.norm[max(lo, inner_lo - 3) : inner_lo].rstrip().endswith((",", "،")) and any(
            c in self.norm[inner_lo:start] for c in ",،"
        ):
            return False
        types = self.lexicon.types
        return any(
            lo <= k[0]
            and k[1] <= inner_lo
            and not types[k[3]].weak
            and types[k[3]].id not in OCCASION_TYPES
            and k[0] not in self.verb_at
            and self._antecedent_of(k, inner_lo)
            for k in self.keywords
        )

    def happened_antecedent(self, start: int, lo: int, inner_lo: int) -> tuple[int, int, int, int] | None:
        """The antecedent keyword of the relative clause at ``inner_lo`` that holds the date at ``start``, when the
        clause opens with a verb of happening or of announcing (``clauses.yaml``'s ``happening_verbs``: الذي وقع، التي
        أعلن عنها) and the date follows that verb closely: the date is the antecedent event's ("أعلن تنظيم داعش
        مسؤوليته عن التفجير الإرهابي الذي استهدف مسجد ... والذي وقع ظهر اليوم الخميس", sample 48). The antecedent is
        the last keyword at most :data:`HAPPENED_ANTECEDENT_WORDS` words before the pronoun (names not counted), before
        the first of two relative clauses joined by و."""
        verbs, words = self.lexicon.happening_verbs, self.words
        if not verbs or inner_lo <= lo or inner_lo in self.clause_at:
            return None
        pronoun = _WORD_AT_RE.match(self.norm, inner_lo)
        after = _NEXT_TWO_WORDS_RE.match(self.norm, pronoun.end()) if pronoun else None
        if after is None:
            return None
        verb = after.group(1)
        stems = {verb, verb[:-1] if verb.endswith("ت") else verb, verb[:-2] if verb.endswith("وا") else verb}
        if after.group(2):
            stems.add(f"{verb} {after.group(2)}")
        if (
            not stems & verbs
            or bisect_left(words, start) - bisect_left(words, after.start(1)) > HAPPENED_DATE_WORDS + 1
        ):
            return None
        at = inner_lo
        if self.norm[at] in "وف" and _COMMA_BEFORE_RE.search(self.norm, max(lo, at - 4), at):
            # "... الذي استهدف مسجدا ...، والذي وقع": the first relative clause's antecedent (not "الاتفاقية الشاملة بين
            # السداسية وإيران والتي أعلن عنها": no comma, its own)
            earlier = [a for a in self.any_at if lo <= a < at and a not in self.clause_at]
            at = earlier[-1] if earlier else at
        before = [k for k in self.keywords if lo <= k[0] and k[1] <= at]
        if not before:
            return None
        last = before[-1]
        # ... a noun (not a sayer's verb: "أكد خلال الاتصال الذي جرى"، "ما وصفته ... الاقتحامات التي وقعت"), with no other
        # relative clause between ("اتفاقات جنيف التي انهت حرب الهند الصينية التي اندلعت": the war's)
        if last[0] in self.verb_at or any(last[1] <= a < at for a in self.any_at):
            return None
        # ... nor across a comma with words after it, another noun phrase the pronoun follows: "مقتل خمسة عسكريين
        # ماليين، وهي الحصيلة ذاتها التي اعلن عنها الجمعة" (sample 77: the toll announced, typed casualties)
        if _DATE_APART_RE.search(self.norm[last[1] : at].rstrip().rstrip(",،").rstrip()):
            return None
        return last if self.said_by(last, at) <= HAPPENED_ANTECEDENT_WORDS else None

    def causes(self) -> frozenset[tuple[int, int, int, int]]:
        """The sentence's strong keywords that name a cause or an earlier event (after بعد، إثر، بسبب…: see
        :meth:`after_reference`), not a process; read once per sentence."""
        if self._causes is None:
            types = self.lexicon.types
            self._causes = frozenset(
                k for k in self.keywords
                if not types[k[3]].weak and self.after_reference(k, 2) and not self.a_process(k)
            )  # fmt: skip
        return self._causes

    def after_object(self, keyword: tuple[int, int, int, int]) -> bool:
        """Whether the keyword follows an act about it (``clauses.yaml``'s ``object_words``: ``لعرقلة الاتفاق``،
        ``لمناقشة الاتفاق``، ``موقع التفجير``), maybe with a preposition between (``object_prepositions``: ``للتحقيق في
        الهجوم``): what the act is about, blocks or answers, not an event of its own."""
        known = self._objects.get(keyword[0])
        if known is None:
            known = self._objects[keyword[0]] = self._after_object(keyword)
        return known

    def _after_object(self, keyword: tuple[int, int, int, int]) -> bool:
        if not self.lexicon.object_words or keyword[3] == len(self.lexicon.types) - 1:
            return False  # a keyword of other (قرارات، أرباح) still stops a date from taking a type
        if self.norm[keyword[0]] == "و":
            return False  # joined to the act, not its object: "لقراءة ومناقشة والتصويت على قرارات الحكومة"
        if self._after_anniversary(keyword):
            return True
        two = _LAST_TWO_WORDS_RE.search(self.norm, max(self.lo, keyword[0] - 40), keyword[0])
        if two is None:
            word = _LAST_WORD_RE.search(self.norm, max(self.lo, keyword[0] - 20), keyword[0])
            return (
                word is not None
                and not self.norm[word.end(1) : keyword[0]].strip()
                and self._an_object_word(word.group(1))
                and not self.decided_approval(word.start(1))
            )
        # (an approval decided is the approval itself: "قرر مجلس الوزراء أمس الموافقة على اتفاقية مع ألبانيا")
        if self._an_object_word(two.group(2)):
            return not self.decided_approval(two.start(2))
        return (
            two.group(2) in self.lexicon.object_prepositions
            and self._an_object_word(two.group(1))
            and not self.decided_approval(two.start(1))
        )

    def _word(self, w: int) -> str | None:
        """The word of index ``w`` when it stands in the sentence, else None."""
        if not 0 <= w < len(self.words) or not self.lo <= self.words[w] < self.hi:
            return None
        found = _WORD_AT_RE.match(self.norm, self.words[w])
        return found.group() if found else None

    def _joined(self, w: int) -> bool:
        """Whether the word of index ``w`` follows the one before it with no punctuation between."""
        return not _DATE_APART_RE.search(self.norm, self.words[w - 1], self.words[w])

    def _an_approval_noun(self, word: str) -> bool:
        """Whether ``word`` is an approval noun (``clauses.yaml``'s ``approval_nouns``) with ال or و only: not
        ``للموافقة``, an approval awaited or asked for."""
        stem = word[1:] if word[:1] in "وف" else word
        stem = stem[2:] if stem[:2] == "ال" else stem
        return stem in self.lexicon.approval_nouns

    def _an_approval_word(self, word: str) -> bool:
        """Whether ``word`` is an approval verb (``clauses.yaml``'s ``approval_verbs``, maybe with و or ف) or noun."""
        verbs = self.lexicon.approval_verbs
        return word in verbs or (word[:1] in "وف" and word[1:] in verbs) or self._an_approval_noun(word)

    def decided_approval(self, at: int) -> bool:
        """Whether the word at ``at`` is an approval noun decided (``clauses.yaml``'s ``decision_words`` at most
        :data:`DECISION_WORDS` words before it, no punctuation between): the approval itself, no act about what it
        approves ("قرر مجلس الوزراء أمس الموافقة على اتفاقية مع ألبانيا": the agreement ratified; not "أمام الكونجرس
        حتى 17 سبتمبر للموافقة على الاتفاق", an approval awaited)."""
        lexicon = self.lexicon
        if not lexicon.decision_words:
            return False
        w0 = bisect_left(self.words, at)
        word = self._word(w0)
        if word is None or not self._an_approval_noun(word):
            return False
        for w in range(w0 - 1, max(-1, w0 - 1 - DECISION_WORDS), -1):
            word = self._word(w)
            if word is None or not self._joined(w + 1):
                return False
            if word in lexicon.decision_words or (word[:1] in "وف" and word[1:] in lexicon.decision_words):
                return True
        return False

    def approved_type(self, w: int) -> int | None:
        """The type of what an approval approves, its words from the word of index ``w`` (right after its على):
        ``event_types.yaml``'s ``approved_objects`` (one word or two), maybe read through
        ``clauses.yaml``'s ``approval_through_words`` (at most :data:`APPROVED_THROUGH_WORDS` words, no punctuation):
        "الموافقة على نظام المناطق المحمية" legislation, "الموافقة على انضمام المملكة إلى بروتوكول" agreement; None
        for anything else approved ("الموافقة على قرارات مؤتمر")."""
        objects, through = self.lexicon.approved_objects, self.lexicon.approval_through_words
        for k in range(w, w + 1 + APPROVED_THROUGH_WORDS):
            word = self._word(k)
            if word is None or (k > w and not self._joined(k)):
                return None
            following = self._word(k + 1)
            if following is not None and self._joined(k + 1) and f"{word} {following}" in objects:
                return objects[f"{word} {following}"]
            if word in objects:
                return objects[word]
            stem = word[2:] if word[:2] == "ال" else word
            if k == w and stem not in through:
                return None
        return None

    def _approval_object(self, w: int) -> int | None:
        """The index of the first word of what the approval whose word has index ``w`` approves (right after its على),
        when it is decided: an approval noun decided (:meth:`decided_approval`) with its على right after it (or after
        one adjective with ال: "الموافقة السامية على"), or an approval verb (``clauses.yaml``'s ``approval_verbs``) with
        its على at most :data:`DECISION_WORDS` words after it, no punctuation between ("وافق مجلس الوزراء أمس على
        نظام"). None otherwise."""
        lexicon = self.lexicon
        word = self._word(w)
        if word is None:
            return None
        if word in lexicon.approval_verbs or (word[:1] in "وف" and word[1:] in lexicon.approval_verbs):
            reach = DECISION_WORDS
        elif self._an_approval_noun(word) and self.decided_approval(self.words[w]):
            reach = 2
        else:
            return None
        for k in range(w + 1, w + 1 + reach):
            after = self._word(k)
            if after is None or not self._joined(k):
                return None
            if after in lexicon.approval_prepositions:
                return k + 1 if self._word(k + 1) is not None and self._joined(k + 1) else None
            if reach == 2 and not after.startswith("ال"):
                return None
        return None

    def _approved_keywords(self) -> list[tuple[int, int, int, int]]:
        """A keyword for what each decided approval of the sentence approves when it is a law or an agreement
        (:meth:`approved_type`) and no keyword stands there already: "قرر مجلس الوزراء أمس الموافقة على نظام المناطق
        المحمية" (legislation at نظام), "الموافقة على انضمام المملكة إلى بروتوكول" (agreement at انضمام)."""
        starts = {k[0] for k in self.keywords}
        found = []
        for w in range(bisect_left(self.words, self.lo), bisect_left(self.words, self.hi)):
            at = self._approval_object(w)
            if at is None or self.words[at] in starts:
                continue
            type_index = self.approved_type(at)
            head = _WORD_AT_RE.match(self.norm, self.words[at])
            if type_index is not None and head is not None:
                found.append((head.start(), head.end(), at, type_index))
                starts.add(head.start())
        return found

    def _type_index(self, type_id: str) -> int | None:
        """The index of the type ``type_id`` in the lexicon's types (None if the lexicon has none so named)."""
        return next((i for i, t in enumerate(self.lexicon.types) if t.id == type_id), None)

    def recording_date(self, start: int) -> int | None:
        """The statement type when the date at ``start`` comes right after a recording (``clauses.yaml``'s
        ``recording_phrases``: شريط فيديو، تسجيل بث; في may stand between, nothing else): the date dates the recording's
        release, not what it shows, threatens or calls for ("ودعا قاسم الريمي ... إلى شن هجمات على الولايات المتحدة في
        تسجيل بث في التاسع من يوليو تموز", sample 184: typed strike). None otherwise."""
        phrases = self.lexicon.recording_phrases
        # ... not a since-period, the time of what was filmed: "وصوروا في نحو 400 شريط فيديو منذ عام 2007" (the corpus)
        if not phrases or self.norm.startswith(("منذ", "مذ"), start):
            return None
        tail = self.norm[max(self.lo, start - 40) : start].rstrip()
        if tail.endswith(" في"):
            tail = tail[:-3].rstrip()
        for phrase in phrases:
            if tail.endswith(phrase) and (len(tail) == len(phrase) or not tail[-len(phrase) - 1].isalnum()):
                return self._type_index("statement")
        return None

    def speech_date(self, start: int) -> int | None:
        """The statement type when the date at ``start`` comes at most :data:`SPEECH_WORDS` words after a speech
        delivered (``clauses.yaml``'s ``speech_phrases``: كلمة ألقاها، كلمته التي ألقاها، خطاب ألقاه), with no full stop,
        colon, quotation mark, relative clause, complementiser or verb between (commas may stand around the date): the
        date dates the speech, whatever occasion its phrase names ("وقال اللواء الحمزي في كلمته التي ألقاها خلال ترؤسه
        أمس الاجتماع السنوي", sample 342: typed talks; GUIDELINES.md's saying at a meeting or a ceremony). Not a
        since-period. None otherwise."""
        phrases = self.lexicon.speech_phrases
        if not phrases or self.norm.startswith(("منذ", "مذ"), start):
            return None
        tail_at = max(self.lo, start - 200)
        tail = self.norm[tail_at:start]
        found = max((tail.rfind(phrase) + len(phrase) for phrase in phrases if phrase in tail), default=-1)
        if found < 0 or (found < len(tail) and tail[found].isalnum()):
            return None
        between = tail[found:]
        at = tail_at + found
        relatives = set(self.any_at) - set(self.clause_at)
        if (
            _SPEECH_CUT_RE.search(between)
            or len(_WORD_RE.findall(between)) > SPEECH_WORDS
            or any(at <= x < start for x in relatives)
            or any(at <= x < start for x in self.said_at)
            or any(at <= x < start for x in self.verb_at)
        ):
            return None
        return self._type_index("statement")

    def school_year_date(self, start: int, end: int) -> int | None:
        """The other type when the date at ``[start, end)`` comes right before a school year's adjective
        (``clauses.yaml``'s ``school_year_words``: الدراسي, nothing between): "بداية العام الدراسي" is the school year's
        own time, not the meeting that prepared it or the saying that names it ("تم خلال الاجتماع الوقوف على كافة
        الاستعدادات لبداية العام الدراسي الجديد", sample 157: typed talks). Not right after a ceremony word
        (``occasion_words``: حفل), the ceremony's name: "في حفل بداية العام الدراسي في أبريل الماضي يقول". None
        otherwise."""
        words = self.lexicon.school_year_words
        after = _NEXT_WORD_RE.match(self.norm, end)  # the next word, only spaces between
        if not words or after is None or after.group(1) not in words:
            return None
        before = _WORD_RE.findall(self.norm, max(self.lo, start - 30), start)[-1:]
        if before and before[-1] in self.lexicon.occasion_words:
            return None
        return self._type_index("other")

    def statute_issue(self, start: int) -> int | None:
        """The legislation type when the date at ``start`` is a statute's issue in its reference: right after the date
        word of "الصادر ب<instrument> رقم ... وتاريخ" (``clauses.yaml``'s ``issued_words``, ``statute_instruments``,
        ``council_reference_words``, ``statute_date_words``), a statute word (``statute_words``) at most
        :data:`STATUTE_WORDS` words before the participle, no full stop between: "من تنظيم الهيئة الصادر بقرار مجلس
        الوزراء رقم (165) وتاريخ 28/5/1432هـ" (sample 187: typed other; GUIDELINES.md's "نظام ... الصادر بالمرسوم
        الملكي رقم م/6 وتاريخ"). None otherwise."""
        lexicon, norm = self.lexicon, self.norm
        if not lexicon.statute_words or not lexicon.statute_instruments or not lexicon.issued_words:
            return None
        tokens = list(_WORD_RE.finditer(norm, max(self.lo, start - 400), start))
        if not tokens or tokens[-1].group() not in lexicon.statute_date_words:
            return None
        reference_words = lexicon.council_reference_words
        if set(norm[tokens[-1].end() : start]) - _REFERENCE_MARKS:
            return None
        k = len(tokens) - 2
        while k >= 0:
            token = tokens[k].group()
            if not (token.isdigit() or token in reference_words or len(token) == 1):
                break
            if set(norm[tokens[k].end() : tokens[k + 1].start()]) - _REFERENCE_MARKS:
                return None
            k -= 1
        if k < 0 or k == len(tokens) - 2:
            return None
        before = norm[self.lo : tokens[k + 1].start()].rstrip(" (")
        instrument = next(
            (i for i in lexicon.statute_instruments
             if before.endswith(i) and (len(before) == len(i) or not before[-len(i) - 1].isalnum())),
            None,
        )  # fmt: skip
        if instrument is None:
            return None
        participle_end = self.lo + len(before[: -len(instrument)].rstrip(" ,"))
        words = list(_WORD_RE.finditer(norm, max(self.lo, participle_end - 300), participle_end))
        if not words or words[-1].end() != participle_end or words[-1].group() not in lexicon.issued_words:
            return None
        for w in range(len(words) - 2, max(-1, len(words) - 2 - STATUTE_WORDS), -1):
            if _FULL_STOP_RE.search(norm, words[w].end(), words[w + 1].start()):
                return None
            if words[w].group() in lexicon.statute_words:
                return self._type_index("legislation")
        return None

    def council_approval(self, start: int, end: int) -> int | None:
        """The type of what the cabinet approves after the Shura Council's decision whose reference holds the date at
        ``[start, end)`` (``clauses.yaml``'s ``council_references`` and ``council_reference_words``: "بعد النظر في قرار
        مجلس الشورى رقم (84 / 44) وتاريخ 15 / 8 / 1436هـ، قرر مجلس الوزراء الموافقة على اتفاقية"): the Shura's
        decision is a step of that law's making or that agreement's ratification (GUIDELINES.md, settled 2026-12-06,
        third session). The reference holds nothing but its words, numbers, brackets and dates, the date right after
        its date word (وتاريخ); the approval's على comes at most :data:`COUNCIL_APPROVAL_WORDS` words after the
        reference ends, right after an approval noun or, with an approval before the reference ("وافق المجلس بعد
        نظره في قرارات مجلس الشورى ...، على نظام"), first. None when the date is in no such reference or the cabinet
        approves something else (:meth:`approved_type`)."""
        lexicon, norm = self.lexicon, self.norm
        if not lexicon.council_references or not lexicon.approved_objects:
            return None
        found = [(norm.rfind(ref, self.lo, start), ref) for ref in lexicon.council_references]
        at, ref = max(found)
        if at < 0:
            return None
        reference_words = lexicon.council_reference_words | lexicon.council_date_words

        def a_reference_token(token: str) -> bool:  # "رقم"، "44"، "وتاريخ"، "1436ه"
            return (
                token.isdigit() or token in reference_words or (token[:-1].isdigit() and token[-1] in reference_words)
            )

        tokens = _WORD_RE.findall(norm[at + len(ref) : start])
        if not tokens or tokens[-1] not in lexicon.council_date_words:
            return None
        if (
            not all(a_reference_token(t) for t in tokens)
            or set(_WORD_RE.sub("", norm[at + len(ref) : start])) - _REFERENCE_MARKS
        ):
            return None
        # ... to where the reference ends, its next decisions' numbers and dates passed
        w = bisect_left(self.words, end)
        while (word := self._word(w)) is not None and a_reference_token(word):
            w += 1
        if word is None or set(_WORD_RE.sub("", norm[end : self.words[w]])) - _REFERENCE_MARKS:
            return None
        for k in range(w, w + COUNCIL_APPROVAL_WORDS):
            word = self._word(k)
            if word is None or (k > w and not self._joined(k)):
                return None
            if word not in lexicon.approval_prepositions:
                continue
            before = self._word(k - 1)
            approved_before = any(
                self._an_approval_word(self._word(v) or "")
                for v in range(bisect_left(self.words, self.lo), bisect_left(self.words, at))
            )
            if (k > w and before is not None and self._an_approval_noun(before)) or (k == w and approved_before):
                return self.approved_type(k + 1) if self._joined(k + 1) else None
            return None
        return None

    def object_relative(self, keyword: tuple[int, int, int, int], end: int) -> bool:
        """Whether the keyword stands in a relative clause opened after the date ending at ``end`` whose antecedent is
        an event named as what an act is about (:meth:`after_object`; the last keyword at most
        :data:`HAPPENED_ANTECEDENT_WORDS` words before the pronoun, names not counted, a noun): what that clause tells
        of the object is the object's, not an event of the date: "بدأت لجنة العلاقات الخارجية ...، الخميس، جلسة استماع
        لمناقشة الاتفاق النووي الذي وقعته إيران" (sample 55: typed agreement), "وقف الأمير ...، ظهر اليوم (الخميس)، على
        موقع التفجير الذي استهدف مسجد" (sample 77: typed bombing)."""
        at = bisect_right(self.any_at, keyword[0]) - 1
        if at < 0 or self.any_at[at] < end or self.any_at[at] in self.clause_at:
            return False
        pronoun = self.any_at[at]
        before = [k for k in self.keywords if end <= k[0] and k[1] <= pronoun]
        if not before:
            return False
        antecedent = before[-1]
        if (
            antecedent[0] in self.verb_at
            or any(antecedent[1] <= a < pronoun for a in self.any_at)
            or self.said_by(antecedent, pronoun) > HAPPENED_ANTECEDENT_WORDS
        ):
            return False
        return self.after_object(antecedent)

    def after_condolence(self, keyword: tuple[int, int, int, int], end: int) -> bool:
        """Whether a condolence word (``clauses.yaml``'s ``condolence_words``; ال، ل، ب، و، ف and a pronoun allowed on
        it) stands between the date ending at ``end`` and the keyword, at most :data:`CONDOLENCE_WORDS` words before
        it: the dead the condolences are for, not an event of the date ("وصل ... إلى منطقة عسير مساء اليوم لتقديم واجب
        العزاء والمواساة لذوي شهداء الواجب الذين استشهدوا في حادث التفجير", sample 67: the visit)."""
        words = self.lexicon.condolence_words
        if self._condolence is None:
            text = self.norm[self.lo : self.hi]
            self._condolence = any(w in text for w in words)
        if not self._condolence:
            return False
        if self._condolence_at is None:
            self._condolence_at = self._condolence_words()
        first = max(bisect_left(self.words, end), keyword[2] - CONDOLENCE_WORDS)
        at = bisect_left(self._condolence_at, first)
        return at < len(self._condolence_at) and self._condolence_at[at] < keyword[2]

    def _condolence_words(self) -> list[int]:
        """The sentence's condolence words (:meth:`after_condolence`), as word indices in order."""
        words, found = self.lexicon.condolence_words, []
        for w in range(bisect_left(self.words, self.lo), bisect_left(self.words, self.hi)):
            word = _WORD_AT_RE.match(self.norm, self.words[w])
            if word is None:
                continue
            stems = [word.group(), word.group()[1:] if word.group()[:1] in "وف" else word.group()]
            stems += [x[2:] for x in stems if x[:2] == "لل"] + [x[1:] for x in stems if x[:1] in "لب"]
            stems += [x[2:] for x in stems if x[:2] == "ال"]
            stems += [x[: -len(p)] for x in stems for p in ("ه", "ها", "هم") if x.endswith(p) and len(x) > len(p) + 2]
            if any(x in words for x in stems):
                found.append(w)
        return found

    def a_consequence(self, keyword: tuple[int, int, int, int]) -> bool:
        """Whether the keyword follows a consequence phrase (``clauses.yaml``'s ``consequence_words``: مما أدى
        إلى، نتج عنه، أسفر عن): a toll, the outcome of an event named before it."""
        phrases = self.lexicon.consequence_words
        gap = self.norm[max(self.lo, keyword[0] - 40) : keyword[0]]
        if not phrases or not _WORD_THEN_SPACE_RE.search(gap):
            return False  # punctuation right before the keyword: no phrase leads to it
        before = _WORD_RE.findall(gap)
        for n in (1, 2, 3):
            if len(before) < n:
                break
            tail = " ".join(before[-n:])
            if tail in phrases or (tail[:1] in "وف" and tail[1:] in phrases):
                return True
        return False

    def ceremony_saying(self, start: int, lo: int, others: Sequence[tuple[int, int]]) -> int | None:
        """The type of the saying whose occasion is a ceremony, a launch, an opening or a forum (``clauses.yaml``'s
        ``occasion_words``) right after a during word, in the date's clause at most
        :data:`OCCASION_PHRASE_WORDS` words before the date at ``start`` (names not counted, no other date between),
        the saying's verb at most :data:`OCCASION_WORDS` words before the during word with no complementiser between
        ("وقال إن الرئيس سيشارك في افتتاح القناة الخميس" is what was said); None when there is none."""
        occasions, during = self.lexicon.occasion_words, self.lexicon.during_words
        if not occasions:
            return None
        words, norm, types = self.words, self.norm, self.lexicon.types
        first_word = bisect_right(words, start) - 1
        for w in range(first_word - 1, max(bisect_left(words, lo), first_word - 1 - 2 * OCCASION_PHRASE_WORDS), -1):
            text = _WORD_RE.match(norm, words[w])
            if text is None:
                continue
            word = text.group(0)
            if word not in occasions or w == 0:
                continue
            previous = _WORD_RE.match(norm, words[w - 1])
            previous_word = previous.group(0) if previous is not None else ""
            if not (previous_word in during or (previous_word[:1] in "وف" and previous_word[1:] in during)):
                continue
            opened = words[w - 1]
            occasion = (words[w], text.end(), w, -1)
            if (
                self.said_by(occasion, start) > OCCASION_PHRASE_WORDS
                or any(words[w] <= a < start for a, _ in others)
                # ... not a date inside what is said: "في كلمة الافتتاح “يحين مهرجان جرش ... في هذا العام"
                or any(words[w] < a <= start < b for a, b in self.quoted)
                # ... nor a ceremony ahead, whose date is its own: "تسمية المليحان شخصية مكرمة في افتتاح ملتقى القصة
                # الذي سيقيمه النادي في شهر أبريل من العام القادم" (the corpus)
                or any(
                    m.group(0) in self.lexicon.occasion_ahead_words or _FUTURE_VERB_RE.match(m.group(0))
                    for m in _WORD_RE.finditer(norm, text.end(), start)
                )
            ):
                return None
            # the saying's verb, the last keyword before the during word: not "أكدت الرئاسة السودانية في بيان، مشاركة
            # الرئيس ... في حفل افتتاح قناة السويس" (the statement names the ceremony)
            before = [k for k in self.keywords if lo <= k[0] and k[1] <= opened]
            saying = before[-1] if before else None
            if (
                saying is None
                or not types[saying[3]].weak
                or saying[0] not in self.verb_at
                or self.a_call(saying)
                or self.said_by(saying, opened) > OCCASION_WORDS
                or any(saying[1] <= a < opened for a in self.said_at)
            ):
                return None
            return saying[3]
        return None

    def this_came(self, keyword: tuple[int, int, int, int]) -> bool:
        """Whether the keyword is "this came" (جاء ذلك، ذلك جاء), a saying's occasion named after the saying."""
        return bool(_THIS_CAME_RE.search(self.norm, keyword[0], keyword[1]))

    def a_call(self, keyword: tuple[int, int, int, int]) -> bool:
        """Whether the keyword is a call word (``clauses.yaml``'s ``call_words``: دعا، ناشدت، دعوته)."""
        word = self.norm[keyword[0] : keyword[1]]
        word = word[1:] if word[:1] in "وف" and word not in self.lexicon.call_words else word
        return word in self.lexicon.call_words or (word[:1] == "س" and word[1:] in self.lexicon.call_words)

    def _call_object_between(self, keyword: tuple[int, int, int, int], end: int) -> bool:
        """Whether a call's preposition (``clauses.yaml``'s ``call_prepositions``: إلى، على) stands between the call
        word and ``end``: what is called for comes before it ("دعا إلى المشاركة خلال زيارة")."""
        between = _WORD_RE.findall(self.norm, keyword[1], end)
        return any(w in self.lexicon.call_prepositions for w in between)

    def _after(self, keyword: tuple[int, int, int, int], words: frozenset[str]) -> bool:
        word = _LAST_WORD_RE.search(self.norm, max(self.lo, keyword[0] - 12), keyword[0])
        if word is None:
            return False
        previous = word.group(1)
        return previous in words or (previous[:1] in "وف" and previous[1:] in words)

    def long_sayer(self, saying: tuple[int, int, int, int], occasion: tuple[int, int, int, int]) -> bool:
        """Whether only the sayer stands between a saying's verb and the during word of its occasion, however long its
        title (at most :data:`SAYER_WORDS` words, names not counted): no clause opened, no aside between dashes, no
        complementiser, no verb and no other keyword between. "أكدت اللجنة الوطنية للتعليم العالمي والدولي بمجلس الغرف السعودية خلال اجتماعها
        الذي استضافته غرفة جدة أمس" (samples 161, 169, 208: typed talks), "وقال ادريان لودفيج كبير الخبراء الأمنيين
        لنظام اندرويد في المؤتمر الأمني السنوي (بلاك هات) في لاس فيجاس هذا الأسبوع" (samples 71, 145, 154, 216)."""
        a, b = saying[1], occasion[0]
        return (
            self.said_by(saying, b) <= SAYER_WORDS
            and not any(a < x < b for x in self.clause_at)
            # (an aside may say anything: "وشدد الباحث التاريخي محمد المصلي - صاحب متحف شخصي - خلال لقاء بعنوان ”تراثية
            # القطيف“ أقيم مساء أمس الاول", sample 218's row, judged talks, is left as it was)
            and _SPACED_DASH_RE.search(self.norm, a, b) is None
            and not any(a <= x < b for x in self.said_at)
            and not any(a <= x < b for x in self.verb_at)
            and not any(k is not saying and a <= k[0] < b for k in self.keywords)
        )

    def said_by(self, keyword: tuple[int, int, int, int], start: int) -> int:
        """How many words stand between a reporting keyword and the date at ``start`` after it, not
        counting the names of actors and regions: in "أعلن وزير الداخلية العراقي محمد سالم الغبان أمس"
        the minister's name is part of the sayer."""
        words = self.words
        between = bisect_left(words, start) - bisect_left(words, keyword[1])
        if self._named is None:
            self._named = self._named_words()
        if self._named:  # names in sentence order, none inside another: those between are a run of them
            starts, ends, counted = self._named
            first, last = bisect_left(starts, keyword[1]), bisect_right(ends, start)
            return between - (counted[last] - counted[first] if last > first else 0)
        for a, b in self.masks:
            if keyword[1] <= a and b <= start:
                between -= bisect_left(words, b) - bisect_left(words, a)
        return between

    def _named_words(self) -> tuple[list[int], list[int], list[int]] | tuple[()]:
        """The names' starts and ends in order, and the words of the names before each (a running sum), for
        :meth:`said_by`; empty when there is no name or one name lies inside another (then each is read)."""
        masks = sorted(self.masks)
        if not masks or any(b2 < b1 for (_, b1), (_, b2) in pairwise(masks)):
            return ()
        counted = [0]
        for a, b in masks:
            counted.append(counted[-1] + bisect_left(self.words, b) - bisect_left(self.words, a))
        return [a for a, _ in masks], [b for _, b in masks], counted

    def clause(self, start: int, end: int, boundaries: list[int] | None = None) -> tuple[int, int]:
        """The clause around ``[start, end)``: from the last boundary at or before ``start`` to the
        first at or after ``end`` (boundaries inside the span do not cut it)."""
        at = self.clause_at if boundaries is None else boundaries
        i = bisect_right(at, start)
        j = bisect_left(at, end)
        return (at[i - 1] if i else self.lo), (at[j] if j < len(at) else self.hi)

    def relative_clause(self, start: int, end: int, clause: tuple[int, int]) -> tuple[int, int]:
        """The relative clause (``clauses.yaml``'s ``relatives``) inside ``clause`` that holds the date at ``[start,
        end)``, up to the clause's end; ``clause`` itself when the date stands in none."""
        lo, hi = clause
        opened = [a for a in self.any_at if lo < a <= start and a not in self.clause_at]
        if not opened:
            return clause
        return opened[-1], hi

    def date_clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause of the date at ``[start, end)``. A date fronted before its clause is part of it:
        in "وفي 25 فبراير 1994، نفذ السفاح مجزرة" the comma and the verb open no clause of their own; so is a fronted
        time adverbial holding it (:meth:`fronted_time`)."""
        lo, hi = self.clause(start, end)
        words = self.words
        alone = bisect_left(words, start) - bisect_left(words, lo) + bisect_left(words, hi) - bisect_left(words, end)
        if alone <= FRONTED_WORDS and hi < self.hi:
            hi = self.clause(hi + 1, hi + 1)[1]
        else:
            # ... and the main clause after a fronted time adverbial's comma, when a verb after it opens a clause
            comma = self.fronted_time(start, end)
            main = _WORD_RE.search(self.norm, comma, self.hi) if comma is not None else None
            if main is not None and main.start() >= hi:
                hi = self.clause(main.end(), main.end())[1]
        return lo, hi

    def fronted_time(self, start: int, end: int) -> int | None:
        """Where the comma closing a fronted time adverbial that holds the date at ``[start, end)`` stands: its clause
        opens (at the sentence's or a clause's start, or right after a complementiser) with a word of ``clauses.yaml``'s
        ``fronted_time_words`` (و glued to it), and the first comma of the clause comes right after the date, with
        words after it in the clause or the next, the main clause: "صرح المتحدث الأمني ... بأنه عند الساعة العاشرة وعشرين
        دقيقة من صباح اليوم الجمعة الموافق 15 / 10 / 1436 هـ ، تعرض مركز المسيال ... لقذائف" (2015-07-31-1654: the
        date is the shelling's); or, with no comma, where a past verb of ``fronted_main_verbs`` right after the date,
        opening the main clause, ends ("... 15 / 10 / 1436 هـ تعرضت دورية مساندة ... لمقذوف عسكري", 2015-07-31-1794);
        None otherwise. Read once per date (:meth:`date_clause` and the typing both ask)."""
        if (start, end) not in self._fronted:
            self._fronted[(start, end)] = self._fronted_time(start, end)
        return self._fronted[(start, end)]

    def _fronted_time(self, start: int, end: int) -> int | None:
        phrases = self.lexicon.fronted_time_words
        if not phrases:
            return None
        lo, hi = self.clause(start, end)
        if _COMMA_IN_RE.search(self.norm, lo, start):
            return None
        opening = [m.group(0) for m in islice(_WORD_RE.finditer(self.norm, lo, start), 4)]
        if opening and lo in self.said_at:
            opening = opening[1:]  # بأنه, أنه
        if opening and opening[0][:1] == "و" and opening[0][1:] in ("في", "عند"):
            opening[0] = opening[0][1:]
        if not any(" ".join(opening[:n]) in phrases for n in (2, 3)):
            return None
        # ... or a past verb of ``fronted_main_verbs`` right after the date, where no comma closes the adverbial: "الموافق
        # 15 / 10 / 1436 هـ تعرضت دورية مساندة ... لمقذوف عسكري" (2015-07-31-1794): the verb opens the main clause and
        # stands in the comma's place (its end taken for the comma: what follows it is as near as what follows a comma)
        for word in _WORD_RE.finditer(self.norm, end, self.hi):
            text = word.group()
            if not (text.rstrip("هم").isdigit() or len(text) == 1 or text in self.lexicon.same_day):
                if text in self.lexicon.fronted_main_verbs and not _COMMA_IN_RE.search(self.norm, end, word.start()):
                    return word.end()
                break
        comma = _COMMA_IN_RE.search(self.norm, end, hi)
        if comma is None or _WORD_RE.search(self.norm, comma.end(), self.hi) is None:
            return None
        # ... the comma right after the date, or after the same day's other name: "اليوم الجمعة الموافق 15 / 10 / 1436 هـ ،"
        # (not a comma further on, after the main clause's first words: "عند الساعة 19.45 بالتوقيت المحلي من أول من أمس
        # قام رجل «بإلقاء قنبلة» باتجاه الحانة في حي بونريه، وأضاف", 2015-07-27-154)
        between = _WORD_RE.findall(self.norm, end, comma.start())
        if any(not (w.rstrip("هم").isdigit() or len(w) == 1 or w in self.lexicon.same_day) for w in between):
            return None
        return comma.start()

    def owned(self, keyword: tuple[int, int, int, int], start: int, others: Sequence[tuple[int, int]]) -> bool:
        """Whether another date of the sentence stands between ``keyword`` and the date at ``start``,
        close after the keyword in the same clause (its own date: "اعتداءات مومباي الدموية في 2008،
        الأسبوع الماضي"), and set apart from the later one by a comma or words, not joined to it
        by و, أو, ثم, إلى (one list or range: "هجمات في مايو ويونيو", "بدأ من نوفمبر 2013 وانتهى في
        نهاية ديسمبر 2013") nor written beside it (one day: "يوم الإثنين (3 أغسطس)", "1374هـ / 1954م").
        Not for a keyword of ``other``, which stops a date from taking a type. ``others`` in the order of their starts.
        """
        words, other = self.words, len(self.lexicon.types) - 1
        if keyword[3] == other:
            return False
        # the dates starting after the keyword, at most OWN_DATE_WORDS words after it
        last = bisect_left(words, keyword[1]) + OWN_DATE_WORDS
        reach = words[last] if last < len(words) else len(self.norm)
        for a, b in others[bisect_left(others, (keyword[1], -1)) :]:
            if a > reach:
                break
            if b > start:
                continue
            if bisect_left(self.any_at, keyword[1]) != bisect_left(self.any_at, a):
                continue  # "الانتخابات التي بدأت مساء يوم الأحد": a relative clause's date
            apart = self._apart.get((b, start))
            if apart is None:
                apart = self._apart[b, start] = self._set_apart(b, start)
            if apart:
                return True
        return False

    def bracket(self, start: int, end: int, others: Sequence[tuple[int, int]] = ()) -> tuple[int, int] | None:
        """The round brackets round the date at ``[start, end)`` (from the opening mark to past the closing one), when
        they hold a word of their own: an Arabic word in no date of the sentence (``others``), not among ``clauses.yaml``'s
        ``bracket_date_words``, ``month_words`` or ``since_time_words`` (``(في طهران، عام 1979)``, not ``(الموافق
        14/10/2015م)``, ``(10/شوال / 1436هـ)``); None otherwise, or when the brackets are not closed in the sentence or
        hold brackets of their own after the date."""
        a = self.norm.rfind("(", self.lo, start)
        if a < 0 or self.norm.find(")", a, start) >= 0:
            return None
        b = self.norm.find(")", end, self.hi)
        if b < 0 or self.norm.find("(", end, b) >= 0:
            return None
        lexicon = self.lexicon
        dates = [(start, end), *((x, y) for x, y in others if a < y and x < b)]
        for word in _WORD_RE.finditer(self.norm, a, b):
            text = word.group()
            stems = {text, text[1:] if text[:1] == "و" else text}
            stems |= {w[2:] for w in stems if w[:2] == "ال"}
            if (
                _ARABIC_WORD_RE.fullmatch(text)
                and not any(x <= word.start() < y for x, y in dates)
                and not stems & lexicon.bracket_own_words
            ):
                return a, b + 1
        return None

    def before_phrase(self, start: int, first_word: int) -> int | None:
        """Where the phrase of قبل (``clauses.yaml``'s ``before_words``, maybe with و) that holds the date at ``start``
        begins: قبل at most :data:`BEFORE_WORDS` words before the date, not after من (``من قبل``, by), no punctuation
        and no keyword between, and the word after it no time (``since_time_words``, ``reference_time_words``,
        ``month_words``, ``before_time_words``, a number): "قبل العودة إلى المملكة في السابع من أغسطس المقبل" (not
        "قبل نهاية العام", "قبل أيام من", "قبل مغرب اليوم"). None when there is none."""
        lexicon = self.lexicon
        found = self._head_before(start, first_word, lexicon.before_words)
        if found is None:
            return None
        word, after, by = found
        if (
            (by is not None and by.group(1) in ("من", "ومن"))  # "من قبل": by, no time
            or after is None
            or after.group() in lexicon.before_times
            or after.group().isdigit()
            or any(word.end() <= k[0] < start for k in self.keywords)
        ):
            return None
        return word.end()

    def _head_before(
        self, start: int, first_word: int, heads: frozenset[str]
    ) -> tuple[re.Match[str], re.Match[str] | None, re.Match[str] | None] | None:
        """The first word of ``heads`` (maybe with و) at most :data:`BEFORE_WORDS` words before the date at ``start``
        (``first_word`` its first word's index), with the word right after it and the last word before it (12
        characters back at most): :meth:`before_phrase`'s قبل, :meth:`reference_phrase`'s بعد; None when the clause's
        start or a mark that sets the date apart comes first."""
        words = self.words
        if not heads:
            return None
        for w in range(first_word - 2, max(-1, first_word - 2 - BEFORE_WORDS), -1):
            at = words[w]
            if at < self.lo:
                return None
            word = _WORD_AT_RE.match(self.norm, at)
            if word is None or _DATE_APART_RE.search(self.norm, word.end(), start):
                return None
            text = word.group()
            if text in heads or (text[:1] == "و" and text[1:] in heads):
                by = _LAST_WORD_RE.search(self.norm, max(self.lo, at - 12), at)
                return word, _WORD_AT_RE.match(self.norm, words[w + 1]), by
        return None

    def reference_phrase(self, start: int, end: int, first_word: int) -> int | None:
        """Where the phrase of a reference word (``clauses.yaml``'s ``reference_words``: بعد، عقب، إثر، بسبب) that holds
        the bare year at ``[start, end)`` begins: the word at most :data:`BEFORE_WORDS` words before the year, a noun
        after it (no time: :meth:`before_phrase`'s), no punctuation between: a past event named as a cause or a turning
        point, dated by its year: "تصاعدت الكراهية بينهما لتصل إلى اشتباكات عنيفة ... بعد سقوط نظام طالبان في 2001"
        (sample 92: typed strike), "اللتين قطعتا العلاقات الدبلوماسية بينهما بعد الثورة الإسلامية في 1979" (sample 96:
        typed arrest). Only a bare year: a day after such a phrase is often the dated event told again ("لقي شاب مصرعه
        ... بعد اصطدام مركبتهما البارحة الأولى", dtypes7's try). None when there is none."""
        lexicon = self.lexicon
        if not _BARE_YEAR_RE.fullmatch(self.norm[start:end]):
            return None
        found = self._head_before(start, first_word, lexicon.reference_words)
        if found is None:
            return None
        word, after, by = found
        if (
            # "من بعد", "فيما بعد"
            (
                by is not None
                and not self.norm[by.end(1) : word.start()].strip()
                and by.group(1) in ("من", "ومن", "فيما")
            )
            or after is None
            or after.group() in lexicon.before_times
            or after.group().isdigit()
        ):
            return None
        return word.end()

    def issued_phrase(self, start: int, end: int, first_word: int) -> tuple[int, int, int] | None:
        """The words that type a date right after a participle of issuing (``clauses.yaml``'s ``issued_words``, maybe
        with ``issued_time_words`` between): from the word right before the participle (the thing issued) to the
        next clause after the date (a punctuation mark, a relative pronoun), the participle left out, as ``(thing,
        participle, to)``; None when the date follows no such participle, or the thing issued is an event's word
        ("البيان الصادر أمس": the statement) or a verdict (``issued_kept_words``). "معاهدة عدم الانتشار النووي الصادر عام
        1995" (sample 42: the resolution's year, not the treaty), "صحيفة «ميل أون صنداي» البريطانية الصادرة أمس، عن
        كيفية تحطم طائرة" (sample 84: the paper's issue, not the crash)."""
        lexicon, words = self.lexicon, self.words
        if not lexicon.issued_words:
            return None
        for w in range(first_word - 1, max(-1, first_word - 3), -1):
            if words[w] < self.lo:
                return None
            word = _WORD_AT_RE.match(self.norm, words[w])
            if word is None or _DATE_APART_RE.search(self.norm, word.end(), start):
                return None
            if word.group() in lexicon.issued_words:
                break
            if word.group() not in lexicon.issued_time_words:
                return None
        else:
            return None
        thing = words[w - 1] if w > 0 and words[w - 1] >= self.lo else words[w]
        if _DATE_APART_RE.search(self.norm, thing, words[w]):
            thing = words[w]
        # ... the thing issued no event's word itself ("البيان الصادر أمس" stays the statement, as before)
        if any(thing <= k[0] < words[w] for k in self.keywords):
            return None
        # ... nor a verdict (``issued_kept_words``), the trial's: "التصديق على الحكم الصادر في إبريل نيسان"
        named = _WORD_AT_RE.match(self.norm, thing)
        if named is not None and named.group() in lexicon.issued_kept_words:
            return None
        stops = [a for a in self.any_at if a >= end]
        mark = _DATE_APART_RE.search(self.norm, end, self.hi)
        if mark is not None:
            stops.append(mark.start())
        return thing, words[w], min(stops, default=self.hi)

    def _set_apart(self, b: int, start: int) -> bool:
        """Whether the date ending at ``b`` is set apart from the later one at ``start`` (:meth:`owned`)."""
        gap = self.norm[b:start]
        between = 0
        for w in chain(
            (m.group(0) for m in _WORD_RE.finditer(gap)), [w.group(0) for w in [_WORD_RE.match(self.norm, start)] if w]
        ):
            if w in _DATE_JOINERS or (w[:1] == "و" and len(w) > 1):
                return False  # joined
            between += 1
        return bool(_DATE_APART_RE.search(gap) or between > APART_WORDS)

    def owned_after(
        self, keyword: tuple[int, int, int, int], start: int, end: int, others: Sequence[tuple[int, int]]
    ) -> bool:
        """Whether ``keyword``, after the date ending at ``end``, is followed closely by another date of the
        sentence in the same clause, its own: "تأمل في الا يزيد عدد المعارضين خلال تصويت يوم غد" (sample 32: the
        vote is tomorrow's, not that of "منذ ستة اشهر" before it), "بعد اقفال باب الترشيح للانتخابات المقررة الشهر
        المقبل". The names of actors and regions between are not counted ("في تصويت أجرته اللجنة الاولمبية الدولية
        في كوالالمبور اليوم الجمعة"). The mirror of :meth:`owned`; not for a keyword of ``other``."""
        if keyword[3] == len(self.lexicon.types) - 1:
            return False
        if bisect_right(self.any_at, keyword[0]) != bisect_right(self.any_at, end - 1):
            return False  # a relative clause's keyword, its date too: "توفي فجر اليوم متأثرا بالحروق التي أصيب بها قبل أسبوع"
        own = self._owners.get(keyword[0])
        if own is None:  # the dates after the keyword are the same whichever date before it is typed
            own = self._owners[keyword[0]] = [
                (a, b) for a, b in others if a >= keyword[1] and self._owns_after(keyword, a, b)
            ]
        this = self.norm[start:end]
        # ... nor the same time named again ("خلال ترؤسه أمس اجتماع المجلس أمس")
        return any(a >= end and self.norm[a:b] != this for a, b in own)

    def _owns_after(self, keyword: tuple[int, int, int, int], a: int, b: int) -> bool:
        """Whether the date at ``[a, b)`` after ``keyword`` is its own (:meth:`owned_after`'s reading of one date,
        whichever date is being typed)."""
        if self.said_by(keyword, a) > OWN_DATE_WORDS:
            return False
        if bisect_left(self.any_at, keyword[1]) != bisect_left(self.any_at, a):
            return False  # another clause's date
        if _DATE_APART_RE.search(self.norm, keyword[1], a):
            return False
        before = _LAST_WORD_RE.search(self.norm, max(self.lo, a - 12), a)
        # ... not a since, an end or a list's next day: "أول زيارة ... إلى إيران منذ 2004", "زيارة إلى اليمن تستمر
        # حتى العاشر من شهر أغسطس", "للقاء المواطنين في بلدية قباء ويوم الاثنين"
        first, not_own = self.norm[a:b].split()[:1], self.lexicon.not_own_date_words
        if (
            self.norm[a : a + 1] == "و"
            or (before is not None and before.group(1) in not_own)
            or (first and first[0] in not_own)
        ):
            return False
        return not self._figures_period(a)  # ... nor the period of the figures it names ("نتائج الربع الثاني")

    def type_at(
        self, start: int, end: int, clause: tuple[int, int] | None = None, others: Sequence[tuple[int, int]] = ()
    ) -> int | None:
        """The type index of the date at ``[start, end)`` (see the module docstring); None when
        nothing types it. ``clause``: its :meth:`date_clause`, when known; ``others``: the sentence's
        other dates in the order of their starts (a keyword with a date of its own between it and this one is that
        date's).

        A saying whose content names a condemnation right after its date (``event_types.yaml``'s
        ``statement_contents``, within :data:`CONTENT_WORDS` words, no other date between) is that condemnation, the
        more specific type: "وفي بيان رسمي صادر عن الخارجية المصرية مساء أول من أمس، أدانت مصر كل العمليات الإرهابية"
        (sample 25), "أنها تلقت باستنكار شديد أنباء التفجير" (sample 36), both typed statement."""
        # A date right after a recording dates its release: "في تسجيل بث في التاسع من يوليو تموز" (sample 184)
        recording = self.recording_date(start)
        if recording is not None:
            return recording
        # A date shortly after a speech delivered dates the speech: "في كلمته التي ألقاها خلال ترؤسه أمس الاجتماع"
        speech = self.speech_date(start)
        if speech is not None:
            return speech
        # A date right before a school year's adjective is its time: "بداية العام الدراسي" (the pooled type round t2)
        school = self.school_year_date(start, end)
        if school is not None:
            return school
        # A statute's issue in its reference: "من تنظيم الهيئة الصادر بقرار مجلس الوزراء رقم (165) وتاريخ" (sample 187)
        statute = self.statute_issue(start)
        if statute is not None:
            return statute
        # The Shura Council's decision referenced by the cabinet's approval of a law or an agreement is a step of it
        council = self.council_approval(start, end)
        if council is not None:
            return council
        chosen = self._type_at(start, end, clause, others)
        if chosen is None or self.lexicon.types[chosen].id == "other":
            # A date no keyword types (or one reading other: "خلال رعايته لختام بطولة"), in the phrase of a ceremony, a
            # launch, an opening or a forum that is a saying's occasion, is the saying's (GUIDELINES.md, settled
            # 2026-12-06, second session): "وقال وزير الحج ... خلال حفل المعايدة الذي أقامته وزارة الحج أمس" (the
            # corpus: typed other)
            saying = self.ceremony_saying(start, (clause or self.date_clause(start, end))[0], others)
            chosen = chosen if saying is None else saying
        contents = self.lexicon.statement_contents
        if chosen is None or not contents or not self.lexicon.types[chosen].weak:
            return chosen
        last_word = bisect_right(self.words, max(start, end - 1)) - 1
        content = [
            k for k in self.keywords
            if k[0] >= end and k[3] in contents and k[2] - last_word <= CONTENT_WORDS
            and not any(end <= a < k[0] for a, _ in others)
            # ... not a cause: "وكانت تركيا قد أعلنت الشهر الماضي، بعد انتقادات كثيرة طالتها" (the corpus check)
            and not self.after_reference(k, 2)
        ]  # fmt: skip
        return min(content, key=lambda k: k[2])[3] if content else chosen

    def _type_at(
        self, start: int, end: int, clause: tuple[int, int] | None = None, others: Sequence[tuple[int, int]] = ()
    ) -> int | None:
        participle = self._a_participle_date(start)
        if participle is not None:
            return participle
        if not self.keywords or self._a_record_since(start):
            return None
        types, words = self.lexicon.types, self.words
        first_word = bisect_right(words, start) - 1
        last_word = bisect_right(words, max(start, end - 1)) - 1
        lo, hi = clause or self.date_clause(start, end)
        # The innermost clause, relative clauses included: what a reporting word reaches.
        inner_lo, inner_hi = self.clause(start, end, self.any_at)
        if inner_hi == self.clause(start, end)[1]:
            inner_hi = hi

        # A date in a fronted time adverbial is as near its main clause as the adverbial's comma (fronted_time): "بأنه
        # عند الساعة العاشرة ... من صباح اليوم الجمعة الموافق 15 / 10 / 1436 هـ ، تعرض مركز المسيال ... لقذائف"
        fronted = self.fronted_time(start, end)
        phrase_end = last_word if fronted is None else max(last_word, bisect_left(words, fronted) - 1)

        def distance(word: int) -> int:
            return first_word - word if word < first_word else max(0, word - phrase_end)

        def nearest(keywords: list) -> int:
            return min(keywords, key=lambda k: (distance(k[2]), k[3]))[3]

        # A keyword of a quotation that does not hold the date is the speaker's, not the date's.
        # One that ends before the date speaks for it only when the sentence goes on without a break:
        # "للتصويت عليها خلال مؤتمرها السنوي في تورونتو» في كندا الأسبوع المقبل" (the conference is next week).
        quotes = [
            (a, b) for a, b in self.quoted
            if start < a or (b <= start and _QUOTE_CLOSED_RE.match(self.norm, b) is not None)
        ]  # fmt: skip
        quotes.sort()
        quote_starts = [a for a, _ in quotes]
        quote_reach = list(accumulate((b for _, b in quotes), max))  # the farthest end of the quotations opened so far

        def quoted(at: int) -> bool:
            opened = bisect_right(quote_starts, at)
            return bool(opened) and quote_reach[opened - 1] > at

        joined = self.joined_after(start, end, lo, hi)
        outside = [
            k for k in self.keywords
            if (k[1] <= start or k[0] >= end) and not quoted(k[0])
            and not (others and k[1] <= start and self.owned(k, start, others))
            and not (others and k[0] >= end and self.owned_after(k, start, end, others))
            # what an act after the date is about is no event of it: "مارست اسرائيل ضغوطا على المشرعين أمس، لعرقلة
            # الاتفاق" (sample 39: typed agreement); the date is the act's
            and not (k[0] >= end and self.after_object(k))
            # ... nor what a relative clause of that object tells of it: "لمناقشة الاتفاق النووي الذي وقعته إيران"
            and not (k[0] >= end and self.object_relative(k, end))
            # ... nor the body a spokesman speaks for: "المتحدث الرسمي باسم انتخابات أعضاء المجالس البلدية"
            and not self._after(k, self.lexicon.on_behalf_words)
            # ... nor the dead condolences are offered for
            and not (k[0] >= end and self.after_condolence(k, end))
            # ... nor a meeting in another clause joined after the date's comma: "تشهد مواجهات ... منذ أربعة أشهر، وخلال زيارته"
            and not (k[0] >= end and types[k[3]].id == "talks" and joined is not None and k[0] > joined)
        ]  # fmt: skip
        # A date inside a quotation is the quoted speaker's time: only the quotation's words type it, not
        # the saying around it ("وأضاف “هذا العام يمكن متابعة رد فعل ليفربول", sample 31, is no statement
        # of this year; "فيقول «إنّني أنبه الحكومة منذ ستة اشهر»" is not the attack named before).
        # The word right before the quotation is its subject and still speaks (not a sayer): "وقال نتنياهو إن الاتفاق
        # «سيسمح لإيران بتكوين ترسانة نووية لدى انقضاء مفعوله بعد 10 سنوات»".
        inside = [(a, b) for a, b in self.quoted if a < start and end <= b]
        if inside:
            q_a, q_b = inside[0]
            outside = [
                k for k in outside
                if q_a <= k[0] < q_b
                or (not types[k[3]].weak and k[1] <= q_a and bisect_left(words, q_a) == bisect_left(words, k[1]))
            ]  # fmt: skip
        # A date inside an aside set off by spaced dashes is the aside's: only the aside's words type it, as a
        # quotation's do: "وقال بارتوميو - الفائز يوم السبت الماضي بانتخابات رئاسة النادي - للصحفيين" (sample 51: the
        # election, typed statement by the saying around it).
        aside = [(a, b) for a, b in _asides(self.norm, words, lo, hi) if a < start and end <= b]
        # Only an aside with a keyword of its own: not "أعلنت وزارة الخدمة المدنية - مساء أمس الأحد - عن (13970) وظيفة",
        # nor "وقال الشيخ علي جمعة - باكيا - في خطبة الجمعة أمس من مسجد السيدة زينب - إن" (the corpus: the sayings).
        if aside and not inside:
            a_a, a_b = aside[0]
            if any(a_a <= k[0] < a_b for k in outside):
                outside = [k for k in outside if a_a <= k[0] < a_b]
        # A date inside round brackets beside a word of its own is the bracket's, as an aside's: only the bracket's
        # words type it, none when it has none: "عائلات أسرى السفارة الأميركية (في طهران، عام 1979) يعارضون الاتفاق"
        # (sample 28: typed agreement). Not a bracket of the date alone: "يوم غد الخميس (السادس من أغسطس)".
        bracket = self.bracket(start, end, others)
        if bracket is not None:
            outside = [k for k in outside if bracket[0] <= k[0] < bracket[1]]
        # A date a few words after قبل and its noun is that noun's time: what is named before قبل does not type it:
        # "لقيت حتفها قبل زفافها المقرر يوم الخميس" (sample 75: typed casualties).
        earlier = self.before_phrase(start, first_word)
        if earlier is not None:
            outside = [k for k in outside if k[0] >= earlier]
        # ... and a bare year a few words after بعد، عقب، إثر and its noun, that noun's: "بعد سقوط نظام طالبان في 2001"
        # (sample 92: typed strike by the clashes before it)
        cause = self.reference_phrase(start, end, first_word)
        if cause is not None:
            outside = [k for k in outside if k[0] >= cause]
        # A date right after a participle of issuing is the issue's: of the events named, only the thing issued (the
        # word before the participle) and the words after the date up to the next clause type it, and the sayings
        # around (a paper's issue dates what was said to it): "القرار الصادر عن مؤتمر مراجعة معاهدة عدم الانتشار
        # النووي الصادر عام 1995" (sample 42: typed agreement), "بقرار مجلس الأمن الدولي، الصادر أول من أمس، والقاضي
        # بتحديد المسؤولين عن الهجمات" (the corpus: typed strike).
        issued = self.issued_phrase(start, end, first_word)
        if issued is not None:
            outside = [
                k for k in outside if issued[0] <= k[0] < issued[1] or end <= k[0] < issued[2] or types[k[3]].weak
            ]  # fmt: skip
        # A relative clause set off by a comma ends at the next comma: "ولم يكن بلاتر، الذي وصل إلى اللجنة الأولمبية
        # الدولية عام 1999، حاضراً في اجتماع كوالالمبور" (sample 44: the meeting is the main clause's).
        if (
            lo < inner_lo
            and inner_lo not in self.clause_at
            and self.norm[max(lo, inner_lo - 3) : inner_lo].rstrip().endswith((",", "،"))
        ):
            comma = min((c for c in (self.norm.find(",", end, hi), self.norm.find("،", end, hi)) if c >= 0), default=-1)
            resumed = _WORD_RE.search(self.norm, comma, hi) if comma >= 0 else None
            # ... but for a purpose, still the relative clause's: "الذي قدم يوم الجمعة، لمشاهدة ودية الفريق وزيارة المعسكر"
            if resumed is not None and resumed.group(0)[:1] != "ل":
                outside = [k for k in outside if k[0] < comma]
        # A subordinate clause opening the sentence ends at the main clause's verb after its date: "بعدما باعت
        # «نوكيا» ... في عام 2013 قالت الشركة بأنها" (sample 44: the sale, not a statement).
        if self._fronted_subordinate(lo):
            verb = min((v for v in self.verb_at if end <= v < hi), default=None)
            # ... not a relative clause's verb: "في 9 أغسطس 1945 التي قتلت 70 ألف شخص كان ياماجوتشي"
            relative = [a for a in self.any_at if end <= a < (verb or end) and a not in self.clause_at]
            if verb is not None and not relative:
                outside = [k for k in outside if k[0] < verb]
        head = bisect_left(words, lo) + 1  # a keyword in the clause's first two words is its predicate
        in_clause = [
            k for k in outside
            if lo <= k[0] < hi and not types[k[3]].weak
            and (distance(k[2]) <= (CLAUSE_WINDOW if k[2] < first_word else AFTER_WINDOW) or k[2] <= head < first_word)
        ]  # fmt: skip
        # Inside a relative clause, of the words before it only its antecedent speaks for the date:
        # "التفجير الإرهابي الذي استهدف مسجداً الخميس" (not "بصاروخ أطلقته قوة إيساف التي أنهت في ديسمبر مهمتها").
        antecedent = bisect_right(words, inner_lo) - 1 - ANTECEDENT_WORDS if inner_lo > lo else -1
        strong = [k for k in in_clause if k[0] >= inner_lo or k[2] >= antecedent]
        happened = self.happened_antecedent(start, lo, inner_lo)
        if happened is not None and (bracket is None or bracket[0] <= happened[0] < bracket[1]):
            return happened[3]
        # A cause or an earlier event (after بعد، إثر، بسبب…) does not date a date before it: "أعمال شغب
        # في العام الماضي بعد مقتل مايكل براون" (but "بعد مقتل مايكل براون أمس", "بعد خطف سبعة سياح ...
        # في 23 مارس 2011": the date is the killing's, the kidnapping's).
        causes = {k for k in outside if k[2] > last_word and k in self.causes()}
        strong = [k for k in strong if k not in causes]
        # A year written with ل is the period of the noun right before it: only that noun's phrase types it ("اتفاق أستانا
        # لعام 2017"), not an event farther off in its clause: "حافظت على تعثر وانسحاب 470 طالب وطالبه أي ما نسبته 12
        # بالمائة للعام 1435-1436ه" (sample 31: the year of a rate, typed withdrawal). (A keyword of another clause
        # still types it as the nearest before: "يعود أول لقاء بين لودريان وهولاند لعام 1979" is "back to 1979".)
        # ... unless a time or a cycle stands in that phrase, whose year it names: "خلال شهر رمضان المبارك لعام 1436ه"، "وتشهد
        # الدورة الثالثة للعام الحالي مشاركة المرأة السعودية كناخبة" (seen on the corpus check)
        noun_period = (
            (self._a_period(start) and not self._a_times_year(start))
            or self._a_season_period(start)
            or self._an_edition_year(start)
        )
        if noun_period:
            strong = [k for k in strong if first_word - PERIOD_NOUN_WORDS <= k[2] < first_word]
        # A date that closes its phrase with a comma is not typed by what follows the comma, another clause or a
        # concession: "وهذه هي الواقعة الخامسة من نوعها منذ مايو الماضي، رغم تحذير السائحين" (sample 47),
        # "هدنة انسانية ... ابتداء من منتصف ليل الاحد الاثنين، تتوقف خلالها الغارات" (sample 48). Not a date
        # set off by commas on both sides, between a verb and what it governs ("وأعلنت الوزارة، أمس، القبض على").
        apart = self.apart_after(start, end, hi)
        cause = None
        if apart is not None:
            strong = [k for k in strong if k[0] < apart]
        else:
            # ... nor by an earlier event or a cause after its comma (the round of sample 139): "جلسة 26 يونيو، بعد إعلان
            # ... عن تنظيم استفتاء" (sample 62: typed election). Fighting there still types it, how a dated outcome came
            # about (as reference_process_words): "عدن التي استعيدت في منتصف يوليو، بعد معارك عنيفة", "كتائب الثوار التي
            # اقتحمت معسكر الصدرين أمس، بعد غارات عنيفة" (the corpus check).
            cause = self.reference_after(start, end, lo, hi)
            if cause is not None:
                strong = [k for k in strong if k[0] < cause or types[k[3]].id == "strike"]
        weak = [
            k for k in outside
            if types[k[3]].weak and distance(k[2]) <= WEAK_KEYWORD_WINDOW
            # ... and a relative clause's antecedent right before it: "خلال المؤتمر الصحافي الذي عقده أمس"
            # (not a sayer's verb: "وقال نابوت الذي تسلم رئاسة الاتحاد في آب 2014"), or before its definite
            # adjectives: "وفقا للبيان العسكري الأمريكي الذي أذيع اليوم الاثنين" (sample 68: typed strike by the strikes
            # it reports)
            and (inner_lo <= k[0] < inner_hi or (lo <= k[0] < inner_lo and self._antecedent_of(k, inner_lo)))
        ]  # fmt: skip
        # A statement named as a source reports what follows: "ووفقاً للتقرير فقد قام المعهد خلال عام 2014م" (not the
        # source's own relative clause: "وفقا للبيان العسكري الأمريكي الذي أذيع اليوم الاثنين");
        # so does a report word right before what it reports: "وأشار إلى استمرار "سمة" خلال عام 2014".
        weak = [
            k for k in weak
            if not (
                self._after(k, self.lexicon.source_words)
                and self.said_by(k, start) > SOURCE_WORDS
                and not (lo <= k[0] < inner_lo and self._antecedent_of(k, inner_lo))
            )
            and not (k[1] <= start and self.reports_content(k))
            # ... nor a report after the date named as its cause or an earlier event: "الذي بلغه الأسبوع الماضي بعد
            # تقارير نقلت عن رئيس الوزراء" (sample 45), "لينهي شهر يوليو بأداء متواضع، بعد بيانات أظهرت" (sample 46)
            and not (k[0] >= end and self.after_reference(k))
            and not (cause is not None and k[0] > cause)
            # ... nor an attribution after a comma, who told what the date's clause tells: "قتل تسعة جنود ... أمس، على ما
            # أعلن مصدر عسكري" (sample 214: typed statement)
            and not (k[0] >= end and self.attributes(k))
            # ... nor a report in the main clause after a fronted time adverbial: a report of the incident, not a statement
            # ("أنه عند الساعة السادسة من صباح اليوم الجمعة، أبلغ وافد عربي ... عن تعرض ابنه ... لعدة طعنات", 2015-07-31-2204,
            # samples 276, 278 and 280: other or casualties judged)
            and not (fronted is not None and k[0] > fronted)
        ]  # fmt: skip

        # A call dates a date a few words after it ("دعا هولاند أمس، إلى تشكيل حكومة"), not the time of what
        # it calls for further on ("ودعت الوزارة المعلنة أسماؤهم المراجعة اعتباراً من يوم الأحد القادم").
        def far_call(k: tuple[int, int, int, int]) -> bool:
            # ... or right after it, its verb before the date: "جدد مبعوث الأمم المتحدة ... أمس، دعوته لوقف إطلاق النار"
            if not self.a_call(k):
                return False
            # ... not a call joined after it by و or ف, a clause of its own: "وأنشأت الأمم المتحدة صندوق مناخ ... عام 2010
            # وتعهدت الدول المتقدمة بجمع" (the corpus: the fund's year)
            if k[0] > start:
                return distance(k[2]) > 1 or self.norm[k[0]] in "وف"
            return self.said_by(k, start) > REPORT_WORDS

        weak = [k for k in weak if not far_call(k)]
        if apart is not None:
            weak = [k for k in weak if k[0] < apart]
        # "في تقريرها السنوي لعام 2014": the year the report covers, not its time; "أعلنت واحدة عن توزيعات عن الربع
        # الثاني" (sample 48): the quarter the dividends are for
        # ... nor the period figures cover after "during": "احصائيات الحركة الجوية ... خلال النصف الاول من العام الحالي"
        # (sample 123), not a saying over it ("دعا خلال العام الجاري": no noun of figures before; sample 143's try)
        if (
            self._a_period(start)
            or self._figures_period(start)
            or self._a_quarter(start)
            or self._a_season_period(start)
            or self._figures_during(start)
        ):
            weak = []
        if self._an_edition_year(start):
            weak = [k for k in weak if first_word - PERIOD_NOUN_WORDS <= k[2] < first_word]
        if hi in self.said_at and bisect_left(words, hi) - bisect_left(words, end) <= 1:
            # A date just before what was said dates the saying, however long the sayer's name and
            # description: "قالت هيلاري كلينتون التي تسعى للفوز بترشيح الحزب في انتخابات الرئاسة اليوم السبت إنها".
            sayer = [
                k for k in self.keywords
                if lo <= k[0] < start and not inside and types[k[3]].weak and not far_call(k)
                and (k[2] <= head or self.said_by(k, start) <= REPORT_WORDS)
            ]  # fmt: skip
            # ... not a date a relative clause of the sayer sets with a preposition, the time of that clause's own
            # event: "وقال الرئيس التنفيذي الذي تولى منصبه في مايو ايار الماضي إن الشركة" (sample 28)
            # ... nor one in a relative clause of an event its antecedent names: "الحريق الذي شب في بيت أسرته أمس، مبينا أن"
            preposition = _LAST_WORD_RE.search(self.norm, max(self.lo, start - 12), start)
            own_time = (
                inner_lo > lo
                and preposition is not None
                and not self.norm[preposition.end(1) : start].strip()
                and preposition.group(1) in self.lexicon.relative_time_prepositions
            ) or self._event_antecedent(start, inner_lo, lo)
            if (
                sayer
                and bracket is None
                and not own_time
                and not self._a_period(start)
                and not self._figures_period(start)
                and not self._a_quarter(start)
                and not self._a_season_period(start)
            ):
                return sayer[0][3]
        # What a statement or a meeting was about does not date it: "أصدرت وزارة الداخلية أمس بيانًا
        # بشأن تنفيذ حكم القتل" is the statement.
        topics = [k for k in strong if self.after_topic(k)]
        # ... nor any keyword further on in what it was about: "بيانا بشأن تنفيذ حكم القتل قصاصًا في أحد الجناة ...
        # أقدم على قتل آخر" (sample 48: the execution and the killing it punished are the statement's topic)
        if topics and weak and any(k[0] < topics[0][0] for k in weak):
            topics = [k for k in strong if k[0] >= topics[0][0]]
        if topics and (len(topics) < len(strong) or weak):
            strong = [k for k in strong if k not in topics]
        if strong and first_word <= head:
            # A date that opens its clause, with the saying's verb right after it, dates the saying: "وفي 25 يونيو
            # أعلن التحالف عن استشهاد جندي إماراتي" (sample 49: casualties), as "أعلن التحالف في 25 يونيو"; not a call,
            # which names what it calls for ("في عام 1345هــ، دعا المؤسس ... إلى عقد مؤتمر مكة المكرمة الأول", sample 11)
            saying = [
                k for k in weak
                if k[2] == last_word + 1 and k[0] in self.verb_at and k[0] < (apart or hi) and not self.a_call(k)
            ]  # fmt: skip
            if saying:
                return saying[0][3]
        if strong:
            # A saying during a visit, a meeting or a call dates the saying, the visit being its occasion: "قال ساركوزي
            # خلال زيارة إلى متحف «باردو»، أمس" (sample 49), "وأكد سموه خلال اتصالاته أمس بأسر الشهداء" (sample 51); the
            # sayer's words between the verb and the visit, names left out, at most OCCASION_WORDS
            occasion = min(strong, key=lambda k: (distance(k[2]), k[3]))
            close_by = distance(occasion[2]) <= OCCASION_WORDS
            # ... or farther, its object's or its place's words between it and the date, names not counted, at most
            # OCCASION_PHRASE_WORDS as a ceremony's (no other date between), with a saying's own verb before it:
            # "وأعرب الزياني، لدى استقبال نائب الرئيس اليمني رئيس مجلس الوزراء خالد محفوظ بحاح، له الليلة الماضية في
            # الرياض، عن ارتياحه" (sample 174: typed talks). Not "this came" (جاء ذلك), whose "this" may be the meeting's
            # own review or decision in the sentence before: "استعرض خادم الحرمين ... مع وزير الدفاع الأمريكي ...
            # العلاقات ... جاء ذلك لدى استقبال الملك المفدى في قصر السلام بجدة أمس لوزير الدفاع", "قرر الاتحاد ... جاء ذلك
            # خلال الاجتماع التاسع لمجلس إدارة الاتحاد ... المنعقد أمس" (the corpus: talks, the meeting's)
            farther = (
                not close_by
                and self.said_by(occasion, start) <= OCCASION_PHRASE_WORDS
                and not any(occasion[1] <= a < start for a, _ in others)
            )
            if (
                occasion[2] < first_word
                and (close_by or farther)
                and types[occasion[3]].id in OCCASION_TYPES
                and self._after(occasion, self.lexicon.during_words)
            ):
                # (the sayer's words counted without names, however far the date: "أوضح ذلك رئيس الوزراء المصري إبراهيم
                # محلب لدى زيارته أمس دار القضاء العالي", sample 49: typed talks)
                # ... a call too, when what it calls for comes after the occasion: "ودعا الرئيس اليمني خلال لقائه اليوم
                # مبعوث الأمين العام ... الى زيارة محافظة عدن" (sample 29: typed talks; dtypes13)
                saying = [
                    k for k in outside
                    if types[k[3]].weak and lo <= k[0] and k[2] < occasion[2]
                    and (
                        (k[0] in self.verb_at and not self.a_call(k))
                        or (self.a_call(k) and not self._call_object_between(k, occasion[0]))
                    )
                    and (
                        self.said_by(k, occasion[0]) <= OCCASION_WORDS
                        or (k[0] in self.verb_at and not self.a_call(k) and self.long_sayer(k, occasion))
                    )
                ]  # fmt: skip
                if saying and not (farther and self.this_came(saying[-1])):
                    return saying[-1][3]
            reporting = [k for k in weak if k[2] < first_word and self.said_by(k, start) <= REPORT_WORDS]
            if reporting and all(k[2] > last_word for k in strong):
                return nearest(reporting)
            # "أفرج عنه في يناير الماضي بعد اعتقال": the release, not the arrest; but an earlier event named before the
            # date is the date's: "واتهم الفتى ... بعد الحرب الاسرائيلية على قطاع غزة الصيف الماضي" (sample 42: typed
            # condemnation), "وجاءت المصادقة على القانون بعد هجوم وقع الشهر الماضي على منتجع" (the corpus)
            if len(strong) > 1:
                strong = [k for k in strong if not (self.after_reference(k) and k[2] > last_word)] or strong
            before = [k for k in strong if k[2] < first_word]
            if len(before) == 1 and before[0][2] <= head:
                predicate = before[0][3]
                strong = [before[0]] + [k for k in strong if types[k[3]].id in types[predicate].yields_to]
            chosen_keyword = min(strong, key=lambda k: (distance(k[2]), k[3]))
            chosen = chosen_keyword[3]
            # People killed in an air strike are a strike: a type yields to those in its clause, or
            # near it ("قتل أمس ضابط تركي وأصيب جنديان آخران في هجوم لداعش"), or near the toll itself, however far
            # the date ("إن قتلى وجرحى سقطوا في اقتتال نشب داخل معسكرات الحرس الجمهوري ... أمس وأول من أمس", sample 52)
            stronger = [
                k for k in outside
                if types[k[3]].id in types[chosen].yields_to
                and (
                    (lo <= k[0] < hi and k in in_clause)
                    or distance(k[2]) <= KEYWORD_WINDOW
                    or (lo <= k[0] < hi and abs(k[2] - chosen_keyword[2]) <= TOLL_WORDS)
                )
            ]  # fmt: skip
            outcome = [k for k in strong if k[3] == chosen and self.a_consequence(k)]
            if not stronger and types[chosen].yields_to and outcome:
                # ... and a toll named as an outcome (مما نتج عنه، الذي أدى إلى; the first of a list: "استشهاد 15
                # وإصابة 33") yields to the event before it in the date's clause, however far: "العمل الإرهابي الآثم
                # الذي استهدف مسجداً ... صلاة ظهر أمس الخميس، مما نتج عنه استشهاد" (sample 45)
                stronger = [
                    k for k in outside
                    if types[k[3]].id in types[chosen].yields_to and lo <= k[0] < min(o[0] for o in outcome)
                ]  # fmt: skip
            return nearest(stronger) if stronger else chosen
        if weak:
            return nearest(weak)
        # ... not across a since-clause (mark_dates): "هجماتها منذ تسلم الرئيس ... مهماته
        # أواخر مايو" dates the taking of office.
        near = [
            k for k in outside
            if not types[k[3]].weak and k[2] < first_word and distance(k[2]) <= KEYWORD_WINDOW and k not in causes
            and not (lo in self.closed_at and k[0] < lo)
        ]  # fmt: skip
        if not near and hi in self.when_at:  # the event of the "when" clause after it
            after = self.clause(hi + 1, hi + 1)[1]
            near = [k for k in outside if hi <= k[0] < after and not types[k[3]].weak and k not in causes]
        return nearest(near) if near else None


def _quotations(norm: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The quotations of the sentence ``norm[lo:hi]``, each from an opening mark (a word right after
    it, none right before) to the next mark or the sentence's end (a quotation the sentence splitter
    cut). A first mark with a word before it closes a quotation opened in the sentence before
    ("نأمل باجرائه يوم الجمعة" في اشارة الي التصويت): it opens none."""
    marks = _marks(norm, lo, hi)
    spans, k = [], 0
    while k < len(marks):
        at = marks[k]
        if at + 1 < hi and norm[at + 1].isalnum() and (at == lo or not norm[at - 1].isalnum()):
            spans.append((at, marks[k + 1] + 1 if k + 1 < len(marks) else hi))
            k += 2
        else:
            k += 1
    return spans


#: A dash with a space on each side (an aside's), and the mark of a number beside it (a range or a score).
_SPACED_DASH_RE = re.compile(r"(?<=\s)[-–—](?=\s)")
_DIGIT_BESIDE_RE = re.compile(r"\d\s*$")


def _asides(norm: str, words: list[int], lo: int, hi: int) -> list[tuple[int, int]]:
    """The asides of the sentence ``norm[lo:hi]``: words between two spaced dashes, at most
    :data:`ASIDE_WORDS` of them, with no number beside either dash (``من 2012 - 2014``, a score ``2 - 1``)."""
    dashes = [m.start() for m in _SPACED_DASH_RE.finditer(norm, lo, hi)]
    spans = []
    for a, b in pairwise(dashes):
        if any(
            _DIGIT_BESIDE_RE.search(norm, max(lo, d - 3), d) or norm[d + 1 : d + 3].strip()[:1].isdigit()
            for d in (a, b)
        ):
            continue
        if 0 < bisect_left(words, b) - bisect_left(words, a) <= ASIDE_WORDS:
            spans.append((a, b + 1))
    return spans


def _marks(norm: str, lo: int, hi: int) -> list[int]:
    """Where ``"`` stands in ``norm[lo:hi]``: found by ``str.find`` (a sentence has few), not by testing
    every character in Python."""
    marks = []
    at = norm.find('"', lo, hi)
    while at != -1:
        marks.append(at)
        at = norm.find('"', at + 1, hi)
    return marks


def _a_name_or_noun(lexicon: EventLexicon, norm: str, at: int) -> bool:
    """Whether the word at ``at`` is a first name (``analysis/data/world/first_names.txt``: "استقبل صاحب
    السمو الملكي الأمير فيصل بن بندر ... أمس سفير" — فيصل is no ف + يصل opening a clause) or a noun
    written like a verb form (``clauses.yaml``'s ``not_verbs``: وامرأة)."""
    match = _WORD_AT_RE.match(norm, at)
    if match is None:
        return False
    word = match.group(0)
    bare = word[1:] if word[:1] in "وف" else word
    return word in first_names() or bare in lexicon.not_verbs


def _opens_clause(norm: str, match: re.Match) -> bool:
    """A verb opens a clause after و or ف (``ويزور``) or a comma; a word that is also a noun does
    not when an article or a preposition shows it is one (``والقتل``، ``، بقصف``)."""
    kind = str(match.lastgroup)
    prefix = norm[match.start() : match.start(kind)]
    if kind in ("n", "f", "o", "x") and ("ال" in prefix or any(c in prefix for c in "بلك")):
        return False
    if prefix[:1] in ("و", "ف"):
        return True
    return _comma_before(norm, match.start())


def _comma_before(norm: str, at: int) -> bool:
    """Whether a comma ends the text before ``at`` (spaces aside): a clause opens at ``at``."""
    return norm[max(0, at - 3) : at].rstrip().endswith(",")


def _saying_particle(lexicon: EventLexicon, norm: str, start: int, term: Term) -> int | None:
    """Where the particle right before a weak type's verb (a saying: قال، كشف) starts, when it is one of
    ``clauses.yaml``'s ``saying_particles`` (وقد): "، وقد كشف قبل وفاته" (the verb then opens a clause after a comma
    or a date, as one right after و does); None otherwise."""
    if term.type_index is None or not lexicon.types[term.type_index].weak or not lexicon.saying_particles:
        return None
    before = _WORD_RE.findall(norm, max(0, start - 8), start)
    if not before or before[-1] not in lexicon.saying_particles or norm[start - 1 : start] != " ":
        return None
    at = norm.rfind(before[-1], 0, start)
    return at if at >= 0 and not norm[at + len(before[-1]) : start].strip() else None


def _listed(norm: str, match: re.Match) -> bool:
    """Whether an event noun opens the next item of a list of events, after a comma and و: in "وتطبيق
    مرحلتها الثانية في نوفمبر 2019م، وتوقيع الهيئة ... مذكرات تفاهم" (sample 41) the memoranda are signed
    in a clause of their own, not in November 2019."""
    prefix = norm[match.start() : match.start(str(match.lastgroup))]
    return prefix[:1] == "و" and _comma_before(norm, match.start())


def _is_dateline(lexicon: EventLexicon, norm: str, lo: int, hi: int, dates: list[tuple[int, int]]) -> bool:
    """Whether ``norm[lo:hi]`` is a dateline: a place of a few words, the dates ``dates``, joining
    words and an agency's name (``الرياض 25 شوال 1436 ه الموافق 10 اغسطس 2015 م واس``)."""
    dateline = lexicon.dateline
    if dateline is None or hi - lo > 160 or not dates:
        return False
    dates = sorted(dates)
    if len(_WORD_RE.findall(norm, lo, dates[0][0])) > dateline.place_words:
        return False
    rest, at = [], dates[0][1]
    for a, b in dates[1:]:
        rest.append(norm[at:a])
        at = max(at, b)
    rest.append(norm[at:hi])
    tail = " ".join(_WORD_RE.findall(" ".join(rest)))
    return bool(tail) and set(tail.split()) <= dateline.words and tail.endswith(dateline.agencies)


def _same_day(lexicon: EventLexicon, norm: str, earlier_end: int, start: int) -> bool:
    """Whether only a word such as الموافق stands between two dates: two names of one day (numbers
    the date grammar left out of the second do not count: "الموافق 21 - 10 - 1436هـ")."""
    between = " ".join(w for w in _WORD_RE.findall(norm, earlier_end, start) if not w.isdigit())
    return between in lexicon.same_day


@overload
def read_events(
    sentences: list[str],
    spans: list[tuple[int, int]],
    masks: list[list[tuple[int, int]]] | None = None,
    lexicon: EventLexicon | None = None,
    relative: Literal[False] = False,
    owners: Sequence[Hashable] | None = None,
) -> tuple[list[str], list[tuple[int, int]]]: ...


@overload
def read_events(
    sentences: list[str],
    spans: list[tuple[int, int]],
    masks: list[list[tuple[int, int]]] | None,
    lexicon: EventLexicon | None,
    relative: Literal[True],
    owners: Sequence[Hashable] | None = None,
) -> tuple[list[str], list[tuple[int, int]], list[tuple[int, int]]]: ...


@overload
def read_events(
    sentences: list[str],
    spans: list[tuple[int, int]],
    masks: list[list[tuple[int, int]]] | None = None,
    lexicon: EventLexicon | None = None,
    *,
    relative: Literal[True],
    owners: Sequence[Hashable] | None = None,
) -> tuple[list[str], list[tuple[int, int]], list[tuple[int, int]]]: ...


def read_events(
    sentences: list[str],
    spans: list[tuple[int, int]],
    masks: list[list[tuple[int, int]]] | None = None,
    lexicon: EventLexicon | None = None,
    relative: bool = False,
    owners: Sequence[Hashable] | None = None,
) -> tuple[list[str], list[tuple[int, int]]] | tuple[list[str], list[tuple[int, int]], list[tuple[int, int]]]:
    """The event type and the clause of each date expression ``sentences[k][a:b]`` (``spans[k] = (a, b)``).

    ``masks[k]``: spans of ``sentences[k]`` that name an actor or a region (keywords inside them,
    but for a name's first word, are no events). Returns the type ids and each date's clause as
    ``(start, end)`` offsets into its sentence. The distinct sentences are normalised and scanned
    together, in one regex pass. With ``relative``, also each date's relative clause (الذي، التي …) when it
    stands in one inside its clause, else its clause: "إلى أسرة الشهيد ... الذي استشهد يوم أمس بمنطقة جازان".

    ``owners[k]``: which sentence the expression is in (the events table's (doc_id, sentence_idx)). The dates of one
    sentence are read together (an earlier date of the same day lends its type to the next); the same text in two
    articles (an agency's sentence reprinted) is two sentences, each read with its own dates and masks alone, so an
    article's types never depend on which other articles are read with it. Without ``owners``, equal texts are one
    sentence.

    >>> read_events(["قتل جنديان أمس، ويزور الوزير المنطقة الأحد"] * 2, [(12, 15), (37, 42)])
    (['casualties', 'talks'], [(0, 16), (16, 42)])
    """
    lexicon = lexicon or load_event_types()
    if not sentences:
        return [], []
    position_of: dict[str, int] = {}
    which = [position_of.setdefault(sentence, len(position_of)) for sentence in sentences]
    # The separator inside a sentence becomes a space: same length, also not a word character.
    texts = [text.replace(_SEPARATOR, " ") for text in position_of]
    norm, offsets = normalize_with_offsets(_SEPARATOR.join(texts))
    # Where each distinct sentence starts, in the joined original and in the normalised text.
    bases = np.cumsum([0] + [len(t) + 1 for t in texts[:-1]]).astype(np.int64)
    bounds = [0] + [m.start() + 1 for m in re.finditer(_SEPARATOR, norm)] + [len(norm) + 1]
    starts = offsets.to_normalized_array(bases[which] + np.array([a for a, _ in spans], dtype=np.int64)).tolist()
    ends = offsets.to_normalized_array(bases[which] + np.array([b for _, b in spans], dtype=np.int64)).tolist()
    # Each sentence read: a distinct text, or a distinct (text, owner) with owners.
    unit_of: dict[tuple[int, Hashable], int] = {}
    units = [unit_of.setdefault((u, None if owners is None else owners[k]), len(unit_of)) for k, u in enumerate(which)]
    text_of = [u for u, _ in unit_of]
    unit_masks = _normalized_masks(masks, which, units, bases, offsets)
    matches = list(lexicon.pattern.finditer(norm))
    match_at = [m.start() for m in matches]
    words = word_starts(norm)
    dates_of: dict[int, list[int]] = {}  # each sentence's events, in reading order
    for k, n in enumerate(units):
        dates_of.setdefault(n, []).append(k)
    type_of: list[int | None] = [None] * len(which)
    clauses: list[tuple[int, int]] = [(0, 0)] * len(which)
    relatives: list[tuple[int, int]] = [(0, 0)] * len(which)
    for n, events in dates_of.items():
        u = text_of[n]
        lo, hi = bounds[u], bounds[u + 1] - 1
        mine = matches[bisect_left(match_at, lo) : bisect_left(match_at, hi)]
        sentence = SentenceReading(lexicon, norm, mine, words, lo, hi, unit_masks.get(n, []))
        sentence.mark_dates([(starts[k], ends[k]) for k in events])
        dateline = _is_dateline(lexicon, norm, lo, hi, [(starts[k], ends[k]) for k in events])
        earlier = None
        in_order = sorted(events, key=lambda k: starts[k])
        for k in in_order:
            clauses[k] = sentence.date_clause(starts[k], ends[k])
            if relative:
                relatives[k] = sentence.relative_clause(starts[k], ends[k], clauses[k])
            if dateline and lexicon.dateline is not None:
                type_of[k] = lexicon.dateline.type_index
            elif earlier is not None and _same_day(lexicon, norm, ends[earlier], starts[k]):
                type_of[k] = type_of[earlier]
            else:
                others = [(starts[j], ends[j]) for j in in_order if j != k]  # in the order of their starts
                type_of[k] = sentence.type_at(starts[k], ends[k], clauses[k], others)
            earlier = k
    other = len(lexicon.types) - 1
    types = [lexicon.types[other if t is None else t].id for t in type_of]
    # The clauses in the sentences' own offsets (a boundary belongs to the clause it opens).
    o_lo = offsets.to_original_array(np.array([a for a, _ in clauses], dtype=np.int64)) - bases[which]
    o_hi = offsets.to_original_array(np.array([b for _, b in clauses], dtype=np.int64)) - bases[which]
    lengths = np.array([len(texts[u]) for u in which], dtype=np.int64)
    in_sentences = list(zip(o_lo.tolist(), np.minimum(o_hi, lengths).tolist()))
    if not relative:
        return types, in_sentences
    r_lo = offsets.to_original_array(np.array([a for a, _ in relatives], dtype=np.int64)) - bases[which]
    r_hi = offsets.to_original_array(np.array([b for _, b in relatives], dtype=np.int64)) - bases[which]
    return types, in_sentences, list(zip(r_lo.tolist(), np.minimum(r_hi, lengths).tolist()))


def sentence_types(sentences: list[str], lexicon: EventLexicon | None = None) -> list[str]:
    """The type of each sentence as a whole: the first type of the lexicon among its keywords
    (senses read, negated ones left out); the sentences are normalised and scanned together."""
    lexicon = lexicon or load_event_types()
    if not sentences:
        return []
    norm = normalize_with_offsets(_SEPARATOR.join(s.replace(_SEPARATOR, " ") for s in sentences))[0]
    bounds = [0] + [m.start() + 1 for m in re.finditer(_SEPARATOR, norm)] + [len(norm) + 1]
    matches = list(lexicon.pattern.finditer(norm))
    match_at = [m.start() for m in matches]
    words = word_starts(norm)
    other = lexicon.types[-1].id
    result = []
    for u in range(len(sentences)):
        lo, hi = bounds[u], bounds[u + 1] - 1
        mine = matches[bisect_left(match_at, lo) : bisect_left(match_at, hi)]
        keywords = SentenceReading(lexicon, norm, mine, words, lo, hi).keywords
        result.append(lexicon.types[min(k[3] for k in keywords)].id if keywords else other)
    return result


def _normalized_masks(
    masks, which: list[int], units: list[int], bases: np.ndarray, offsets
) -> dict[int, list[tuple[int, int]]]:
    """Each sentence's masks (``units[k]``: the sentence of expression ``k``, ``which[k]``: its distinct text), in
    the joined normalised text."""
    if not masks:
        return {}
    owner, flat, seen = [], [], set()
    starts = bases.tolist()  # Python ints: numpy scalars would cost an object per addition
    for k, (u, n) in enumerate(zip(which, units)):
        if n in seen or not masks[k]:
            continue
        seen.add(n)
        base = starts[u]
        for a, b in masks[k]:
            owner.append(n)
            flat.append((base + a, base + b))
    if not flat:
        return {}
    ends = offsets.to_normalized_array(np.array(flat, dtype=np.int64).ravel()).reshape(-1, 2).tolist()
    result: dict[int, list[tuple[int, int]]] = {}
    for u, (a, b) in zip(owner, ends):
        result.setdefault(u, []).append((a, b))
    return result
