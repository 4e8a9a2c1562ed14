"""Arabic script for regular expressions: character classes and proclitic patterns, held once.

A *class* is the inside of a regex character class, so classes combine:
``f"[{ARABIC_LETTERS}{HARAKAT}]+"``. A *pattern* (the ``PROCLITICS`` family, :data:`ARABIC_WORD`) is
a complete regex fragment. The proclitic patterns match normalised text
(:func:`analysis.text.normalize.normalize`), where ``أ إ آ`` are ``ا`` and ``ة`` is ``ه``.
"""

from __future__ import annotations

# --- letters ---------------------------------------------------------------------------------

ARABIC_LETTERS = "\u0621-\u063a\u0641-\u064a"
"""The letters of Arabic, hamza ``ء`` to ghain ``غ`` and fa ``ف`` to ya ``ي``, with the hamza
carriers, ta marbuta and alef maqsura; not the tatweel between them: ``روسيا``, ``مؤتمر``."""

EXTENDED_ARABIC_LETTERS = "\u0671-\u06d3"
"""Alef wasla and the letters Persian, Urdu and Kurdish add to the script: ``ٱ``, ``پ``, ``گ``,
``ک``, ``ی`` (``پوتین``, Putin as Persian writes him)."""

ARABIC_SCRIPT_LETTERS = f"\u0621-\u064a{EXTENDED_ARABIC_LETTERS}\u06fa-\u06ff"
"""The letters counted to tell Arabic text from other text
(:func:`analysis.ingest.decoding.arabic_share`): :data:`ARABIC_LETTERS` and
:data:`EXTENDED_ARABIC_LETTERS`, plus the rare letters U+063B–U+063F and U+06FA–U+06FF and the
tatweel, which Python's ``[^\\W\\d_]`` counts as a letter too: every letter of ``روســيا`` is
Arabic. Wider than the word class on purpose: a share of letters must count what the letter
count counts."""

PRONOUN_SUFFIXES = ("ها", "هم", "هما", "هن", "كم", "نا")
"""The possessive pronoun endings of a noun that cannot be part of a name (``مسؤوليتها``, ``قواتهم``,
``نظيرها``): not ه, which is also a feminine noun's ة once normalised."""

# --- marks -----------------------------------------------------------------------------------

HARAKAT = "\u064b-\u065f"
"""Short vowels, tanwin, shadda and sukun (and the rarer marks up to U+065F): ``قوّاتٌ``."""

DAGGER_ALEF = "\u0670"
"""The superscript (dagger) alef: ``هٰذا``."""

TATWEEL = "\u0640"
"""The kashida that stretches a word across a line: ``روســيا``."""

DIACRITICS = f"\u0610-\u061a{HARAKAT}{DAGGER_ALEF}\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
"""Every mark normalisation deletes: :data:`HARAKAT`, :data:`DAGGER_ALEF`, the small honorific
signs above a name (U+0610–U+061A, ``محمدؐ``) and Quranic annotation marks: ``قوّاتٌ`` → ``قوات``."""

ALEF_VARIANTS = "أإآٱ"
"""Alef with hamza above, hamza below, madda, and alef wasla, all read as ``ا``: ``أنقرة``."""

# --- words -----------------------------------------------------------------------------------

ARABIC_WORD = f"[{ARABIC_LETTERS}{EXTENDED_ARABIC_LETTERS}{HARAKAT}{DAGGER_ALEF}{TATWEEL}]+"
"""A run of Arabic letters with harakat, dagger alef and tatweel inside it, read from original
text: ``وقوّاتٌ``, ``روســيا``. Digits, Latin letters and punctuation end it."""

# --- the whole Unicode blocks ----------------------------------------------------------------

ARABIC_SCRIPT = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff"
"""The Arabic, Arabic Supplement and Arabic Extended-A blocks: letters, marks, Arabic-Indic
digits and punctuation: ``قسد``, ``٢٠١٩``, ``،``, ``؟``."""

ARABIC_PRESENTATION_FORMS = "\ufb50-\ufdff\ufe70-\ufeff"
"""Presentation Forms-A and -B: one glyph per letter shape (U+FEAD U+FEED U+FEB3 U+FEF4 U+FE8E for
روسيا), which text copied from a PDF or reshaped for display holds instead of letters. The range
is the blocks', so it ends at U+FEFF, the byte-order mark."""

PRESENTATION_FORMS = "\ufb50-\ufdff\ufe70-\ufefc"
""":data:`ARABIC_PRESENTATION_FORMS` without the byte-order mark (an invisible, not a shape): the codes import
turns into the letters they shape, a contextual form (U+FED7, initial qaf) or a ligature (U+FEFB, lam-alef;
U+FDF2, the name of God), as a renderer that cannot shape is given them and text copied from a PDF or an old page
carries them (198 SaudiNewsNet articles)."""

# --- proclitics ------------------------------------------------------------------------------

CONJUNCTIONS = "وف"
"""The conjunctions glued to the next word, ``و`` and ``ف``: ``وروسيا``, ``فقال``."""

PREPOSITIONS = "بلك"
"""The prepositions glued to the next word, ``ب``, ``ل`` and ``ك``: ``بموسكو``, ``لروسيا``."""

PROCLITICS = f"(?:[{CONJUNCTIONS}]?[{PREPOSITIONS}]?)"
"""A conjunction, then a preposition, each optional, before a word without the article:
``ولروسيا`` = و + ل + ``روسيا``, ``فبموسكو`` = ف + ب + ``موسكو``."""

PROCLITICS_AND_ARTICLE = f"(?:[{CONJUNCTIONS}]?(?:[بك]?ال|لل))"
"""The article with the proclitics before it: ``ال``, ``بال``, ``كال``, ``وال``, ``فبال``, and
``لل`` (ل + ال loses its alef): ``العام``, ``بالعام``, ``للعام``, ``والعام``."""

PROCLITICS_ARTICLE_OPTIONAL = f"(?:[{CONJUNCTIONS}]?(?:[بك]?ال|لل|[{PREPOSITIONS}])?)"
""":data:`PROCLITICS_AND_ARTICLE` or a bare preposition, after an optional conjunction:
``عام``, ``لعام``, ``العام``, ``للعام``, ``بالعام``, ``وعام``."""

ARTICLE_AFTER_LAM = "(?:ال|(?<=ل)ل)"
"""The article of a word, written ``ل`` after the preposition ``ل`` (ل + القوات is ``للقوات``): a
pattern for where a word that opens with ``ال`` starts, after :data:`PROCLITICS`."""

PROCLITICS_ARTICLE_OPTIONAL_LENIENT = f"(?:[{CONJUNCTIONS}]?(?:[{PREPOSITIONS}]?ال|لل|[{PREPOSITIONS}])?)"
""":data:`PROCLITICS_ARTICLE_OPTIONAL`, and also ``لال``, which standard spelling writes ``لل``.
After alef normalisation ``لال`` is mostly ل + a word in ``أل``/``إل`` (``لألعاب`` → ``لالعاب``),
so the extra branch can only add a match for the word's tail (``عاب``). Keyword in context
(:mod:`analysis.aggregate.kwic`) and the event keywords (:mod:`analysis.extract.events`) match
with it, as they always have; the date grammar does not."""
