"""Key terms: clitic stripping, stop words, the TF-IDF term matrix of the seeds."""

from __future__ import annotations

import re

import pytest
from repo_paths import SEEDS

from analysis.aggregate.terms import (
    DOC_TERM_COLUMNS,
    TermMatrix,
    build_term_matrix,
    doc_terms_table,
    stem_support,
    stopwords,
    strip_proclitics,
)
from analysis.text.normalize import normalize, strip_diacritics, strip_tatweel
from analysis.text.spellings import house_spelling

# Word counts as a corpus like the seeds gives them (normalised): روسيا is far more frequent
# than its cliticised forms; اللجنة (000: "اللجنة الدستورية") and ليبيا (004) are attested.
FREQUENCY = {
    "روسيا": 40,
    "لروسيا": 2,
    "وروسيا": 6,
    "بروسيا": 1,
    "النظام": 12,
    "للنظام": 2,
    "والنظام": 1,
    "بالمقاتلات": 1,
    "مقاتلات": 3,
    "وزير": 14,
    "كبير": 3,
    "فلسطين": 2,
    "للجنه": 1,
    "اللجنه": 2,
    "لليبيا": 1,
    "ليبيا": 2,
    "وليبيا": 1,
    "السوريه": 9,
    "للسياسه": 1,
}
SUPPORT = stem_support(FREQUENCY)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # one key for Russia however it is glued: "بين روسيا وتركيا" (000), "لروسيا" (001)
        ("روسيا", ("روسيا", False)),
        ("لروسيا", ("روسيا", False)),
        ("وروسيا", ("روسيا", False)),  # "بين تركيا وروسيا" (001)
        ("بروسيا", ("روسيا", False)),
        # the article is always stripped, and remembered for the display form
        ("النظام", ("نظام", True)),  # "قوات النظام" (001, 002, 003)
        ("للنظام", ("نظام", True)),  # "موالية للنظام السوري" (004)
        ("والنظام", ("نظام", True)),
        ("بالمقاتلات", ("مقاتلات", True)),  # "مدعومة بالمقاتلات الروسية" (001)
        ("السوريه", ("سوريه", True)),
        ("للسياسه", ("سياسه", True)),  # "مركز إسطنبول للسياسة" (001)
        # letters that only look like clitics stay
        ("وزير", ("وزير", False)),  # "وزير الخارجية" everywhere
        ("كبير", ("كبير", False)),  # "بشكل كبير" (001, 002)
        ("فلسطين", ("فلسطين", False)),
        # ل + الـ before a word starting with lam: the corpus decides which lam is the stem's
        ("للجنه", ("لجنه", True)),  # ل + اللجنة ("اللجنة الدستورية", 000)
        ("لليبيا", ("ليبيا", False)),  # ل + ليبيا ("وصولاً إلى ليبيا", 004): no article
        ("وليبيا", ("ليبيا", False)),  # "في سوريا وليبيا" (001)
        ("ليبيا", ("ليبيا", False)),  # لليبيا attests يبيا only ambiguously
    ],
)
def test_strip_proclitics(word, expected):
    assert strip_proclitics(word, SUPPORT) == expected


def test_strip_proclitics_docstring_examples():
    assert strip_proclitics("لروسيا", {"روسيا": 9, "لروسيا": 2}) == ("روسيا", False)
    assert strip_proclitics("وزير", {"وزير": 9}) == ("وزير", False)
    assert strip_proclitics("للنظام", {"النظام": 3}) == ("نظام", True)


@pytest.mark.parametrize(
    ("frequency", "word", "expected"),
    [
        # a conjunction comes off when the rest is attested at least a quarter as often
        ({"وروسيا": 4, "روسيا": 1}, "وروسيا", "روسيا"),
        ({"وروسيا": 5, "روسيا": 1}, "وروسيا", "وروسيا"),
        # ... and the rest counts the forms behind an article: "الروسيه" attests "روسيه"
        ({"وروسيه": 4, "الروسيه": 1}, "وروسيه", "روسيه"),
        # two proclitics: و + ب + روسيا
        ({"وبروسيا": 1, "روسيا": 5}, "وبروسيا", "روسيا"),
        # nothing attests زير: وزير stays whole
        ({"وزير": 9}, "وزير", "وزير"),
        # a stem of two letters at least remains after the article
        ({"الي": 3}, "الي", "الي"),
    ],
)
def test_strip_proclitics_asks_the_corpus(frequency, word, expected):
    assert strip_proclitics(word, stem_support(frequency))[0] == expected


@pytest.mark.parametrize(
    ("frequency", "expected"),
    [
        ({"روسيا": 3}, {"روسيا": 3}),
        # forms behind the article attest the bare stem
        ({"الروسيه": 2, "بالروسيه": 1, "روسيه": 1}, {"الروسيه": 2, "بالروسيه": 1, "روسيه": 4}),
        # للجنه attests both readings: ل+ال+جنه and ل+اللجنه
        ({"للجنه": 1}, {"للجنه": 1, "جنه": 1, "لجنه": 1}),
        ({"بالمقاتلات": 1}, {"بالمقاتلات": 1, "مقاتلات": 1}),
        # a conjunction without article is no reliable clitic: no support given
        ({"وروسيا": 2}, {"وروسيا": 2}),
    ],
)
def test_stem_support(frequency, expected):
    assert stem_support(frequency) == expected


@pytest.mark.parametrize(
    "word",
    [
        "قال",  # "وقال أحمد إيفين" (001)
        "أضاف",  # "وأضاف الوزير الروسي" (000)
        "أكد",  # "وأكد وزير الخارجية" (000): وأكد is caught after clitic stripping
        "أوضح",
        "اليوم",  # "يشهد شمال البلاد اليوم" (000)
        "حسبما",  # "حسبما ذكرت الرئاسة التركية" (001)
        "في",
        "من",
        "التي",
        "على",
    ],
)
def test_stopwords_contain_news_boilerplate(word):
    assert normalize(word) in stopwords()


def test_stopwords_are_normalised():
    words = stopwords()
    assert all(normalize(w) == w for w in words)
    assert "روسيا" not in words and "تركيا" not in words and "ادلب" not in words


@pytest.mark.parametrize("word", ["وأكد", "وقال", "وأضاف", "فقال", "ويقول", "ويشير", "وأردف", "ووفقا"])
def test_boilerplate_behind_a_conjunction_is_a_stop_word(word):
    # data/stopwords_news.txt: its words are "matched with their clitics (وقال, وأضاف)".
    # Seed 000 says "وأضاف" and "وأردف" but never "أضاف" or "أردف" alone.
    assert normalize(word) in stopwords()
    matrix = build_term_matrix(["a", "b"], [f"{word} وزير الخارجية", f"{word} الوزير"])
    assert matrix.keys[: matrix.n_unigrams] == ["وزير", "خارجيه"]


def test_a_stop_word_behind_a_conjunction_is_no_term():
    # 000: "فالأخيرة تضغط على قسد عسكريا" — الأخيرة is a stop word, so is فالأخيرة
    assert "الاخيره" in stopwords()
    matrix = build_term_matrix(["a", "b"], ["فالأخيرة تضغط على قسد", "في السنوات الأخيرة"])
    assert "اخيره" not in matrix.keys
    assert "الأخيرة" not in matrix.terms
    assert "قسد" in matrix.keys


@pytest.mark.parametrize(
    "texts",
    [
        # "المبعوث الأممي لليبيا" must not make ليبيا read as ل + يبيا
        ["الوضع في ليبيا صعب", "المبعوث الأممي لليبيا", "في النزاعين في سوريا وليبيا"],
        ["ليبيا", "ليبيا", "لليبيا"],
        ["ليبيا وليبيا", "لليبيا"],
    ],
)
def test_libya_is_one_term_whatever_its_lams(texts):
    matrix = build_term_matrix(list(range(len(texts))), texts)
    assert "يبيا" not in matrix.keys
    assert term_of(matrix, "ليبيا") == "ليبيا"


def test_lebanon_and_the_committee_keep_their_lam():
    matrix = build_term_matrix(
        ["a", "b", "c"], ["زار لبنان ولبنان", "دعم للبنان", "شكلت لجنة تحقيق، وقالت اللجنة إن للجنة رأيا"]
    )
    assert {"لبنان", "لجنه"} <= set(matrix.keys)
    assert not {"بنان", "جنه"} & set(matrix.keys)


def test_a_compound_name_is_one_term_joined_or_apart():
    """SaudiNewsNet writes عبدالعزيز 18,610 times and عبد العزيز 4,880, one outlet more than another: read apart,
    ``عبد`` was the Compare page's first key term of one source against another."""
    matrix = build_term_matrix(
        ["a", "b", "c"], ["استقبل الأمير سلمان بن عبد العزيز الوفد", "وصل عبدالعزيز", "قال عبد الله إن"]
    )
    assert "عبد" not in matrix.keys and "عزيز" not in matrix.keys
    assert term_of(matrix, "عبدالعزيز") == "عبدالعزيز"
    assert matrix.counts[:, matrix.keys.index("عبدالعزيز")].sum() == 2


def test_a_word_in_two_house_spellings_is_one_term():
    """aawsat writes الأميركية and مائة, aleqtisadiya الأمريكية and مئة: one term each, in the more frequent spelling."""
    matrix = build_term_matrix(
        ["a", "b", "c"], ["قالت الخارجية الأميركية", "رفعت الخارجية الأمريكية", "أكدت الخارجية الأمريكية"]
    )
    assert term_of(matrix, "امريكيه") == "الأمريكية"
    assert matrix.counts[:, matrix.keys.index("امريكيه")].sum() == 3
    assert not [k for k in matrix.keys if "اميرك" in k]


# --- the term matrix of the five seeds -------------------------------------------------------


@pytest.fixture(scope="module")
def seed_texts() -> dict[str, str]:
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="module")
def seed_matrix(seed_texts) -> TermMatrix:
    return build_term_matrix(list(seed_texts), list(seed_texts.values()))


def term_of(matrix: TermMatrix, key: str) -> str:
    assert matrix.keys.count(key) == 1, f"{key!r} is not exactly one term"
    return matrix.terms[matrix.keys.index(key)]


def test_matrix_shape(seed_matrix):
    n_terms = len(seed_matrix.terms)
    assert seed_matrix.doc_ids == ["000", "001", "002", "003", "004"]
    assert len(seed_matrix.keys) == n_terms
    assert seed_matrix.counts.shape == seed_matrix.tfidf.shape == (5, n_terms)
    assert len(set(seed_matrix.keys)) == n_terms
    # unigrams first, then bigrams
    assert all(" " not in k for k in seed_matrix.keys[: seed_matrix.n_unigrams])
    assert all(k.count(" ") == 1 for k in seed_matrix.keys[seed_matrix.n_unigrams :])
    assert seed_matrix.n_unigrams > 500


def test_russia_is_one_term_however_it_is_glued(seed_matrix):
    # 000 writes "روسيا وتركيا", "لسوريا", 001 "تركيا وروسيا" and "لدعوة روسيا"
    assert [k for k in seed_matrix.keys if k == "روسيا"] == ["روسيا"]
    assert term_of(seed_matrix, "روسيا") == "روسيا"
    glued = re.compile("^(?:[وف]?[بلك]?|[وف]?[بك]?ال|[وف]?لل)روسيا")
    assert [k for k in seed_matrix.keys if glued.match(k) and not k.startswith("روسيا")] == []
    assert not any(k in seed_matrix.keys for k in ("لروسيا", "وروسيا", "بروسيا"))


def test_russia_counts_every_spelling(seed_matrix, seed_texts):
    column = seed_matrix.keys.index("روسيا")
    counts = seed_matrix.counts[:, column].toarray().ravel().tolist()
    expected = [
        len(re.findall(r"(?<![\u0621-\u064a])[وفبلك]{0,2}روسيا(?![\u0621-\u064a])", t)) for t in seed_texts.values()
    ]
    assert counts == expected
    assert counts == [6, 4, 5, 8, 2]


@pytest.mark.parametrize(
    ("key", "display"),
    [
        ("نظام", "النظام"),  # "قوات النظام", "للنظام", "نظام الرئيس"
        ("لجنه", "اللجنة"),  # "اللجنة الدستورية" (000)
        ("ادلب", "إدلب"),
        ("انقره", "أنقرة"),
        ("منبج", "منبج"),
        ("قسد", "قسد"),
        ("عقوبات", "العقوبات"),
        ("ليبيا", "ليبيا"),  # "وليبيا" (001), "ليبيا" (004)
        ("اطلاق نار", "إطلاق النار"),  # "وقف إطلاق النار" (000)
        ("وقف اطلاق", "وقف إطلاق"),
        ("ولايات متحده", "الولايات المتحدة"),
        ("سيرغي لافروف", "سيرغي لافروف"),
        ("تشاوش اوغلو", "تشاوش أوغلو"),
        ("هيئه تحرير", "هيئة تحرير"),
    ],
)
def test_terms_are_shown_in_a_real_spelling(seed_matrix, key, display):
    assert term_of(seed_matrix, key) == display


def test_every_display_is_spelled_as_in_the_corpus(seed_matrix, seed_texts):
    # A display word is a corpus word less its proclitics, with the article put back if it
    # had one: never a normalised stem (ه for ة, ا for أ) the articles do not spell.
    words = set(
        re.findall(
            r"[\u0621-\u064a\u0671-\u06d3A-Za-z0-9]+", strip_tatweel(strip_diacritics("\n".join(seed_texts.values())))
        )
    )

    def spelled(w: str) -> bool:
        return any(c.endswith(w) for c in words) or (w.startswith("ال") and any(c.endswith(w[2:]) for c in words))

    unspelled = [t for t in seed_matrix.terms if not all(spelled(w) for w in t.split())]
    assert unspelled == []
    for key, term in zip(seed_matrix.keys, seed_matrix.terms):
        assert len(term.split()) == len(key.split())
        for k, w in zip(key.split(), term.split()):
            assert house_spelling(normalize(w)) in (k, "ال" + k), (key, term)  # أميركا's key is امريكا


def test_stop_words_never_become_terms(seed_matrix):
    stop = stopwords()
    assert [k for k in seed_matrix.keys if any(part in stop for part in k.split())] == []
    assert [t for t in seed_matrix.terms if any(normalize(w) in stop for w in t.split())] == []
    for boilerplate in ("قال", "اضاف", "اكد", "اليوم", "وقال", "واكد", "واضاف"):
        assert boilerplate not in seed_matrix.keys


def test_bigrams_do_not_cross_punctuation(seed_matrix):
    # the comma ends the run: "تركيا" and what follows are no pair
    pairs = build_term_matrix(["a", "b"], ["الجيش التركي، منظومة التركي"] * 2).keys
    assert "جيش تركي" in pairs
    assert "منظومه تركي" in pairs
    assert "تركي منظومه" not in pairs


def test_a_word_written_with_a_proclitic_ends_no_bigram():
    """A preposition or a conjunction on the second word starts a phrase of its own: SaudiNewsNet's
    «التفجير الغاشم بمسجد قوة الطوارئ» gave the key term «الغاشم مسجد», «من كل شر ومكروه» «شر مكروه»,
    «بين روسيا وتركيا» «روسيا تركيا». A first word's proclitic is no boundary (لوزارة العدل), and ل is
    none either: it joins a noun to its complement as a genitive would (منظومة للدفاع, a defence system)."""
    texts = ["التفجير الغاشم بمسجد قوة الطوارئ", "حفظ الله بلادنا من كل شر ومكروه", "بين روسيا وتركيا"] * 2
    texts.append("المسجد مكروه تركيا")  # the words alone too, so that their proclitics are read as such
    pairs = set(build_term_matrix(list("abcdefg"), texts).keys)
    assert {"غاشم مسجد", "شر مكروه", "روسيا تركيا"} & pairs == set()
    assert "تفجير غاشم" in pairs  # the phrase itself stays
    pairs = set(build_term_matrix(["a", "b"], ["تقدم لوزارة العدل بطلب، ورفضت الطلب وزارة العدل"] * 2).keys)
    assert "وزاره عدل" in pairs
    assert "عدل طلب" not in pairs
    assert "منظومه دفاع" in build_term_matrix(["a", "b"], ["منظومة للدفاع الجوي"] * 2).keys


def test_bigrams_need_two_occurrences():
    matrix = build_term_matrix(["a"], ["وقف إطلاق النار في قرة باغ"])
    assert [k for k in matrix.keys if " " in k] == []
    matrix = build_term_matrix(["a"], ["وقف إطلاق النار في قرة باغ. مراقبة وقف إطلاق النار"])
    assert {"وقف اطلاق", "اطلاق نار"} <= set(matrix.keys)
    assert "قره باغ" not in matrix.keys
    assert build_term_matrix(["a"], ["وقف إطلاق النار"], min_bigram_count=1).n_unigrams == 3
    assert "اطلاق نار" in build_term_matrix(["a"], ["وقف إطلاق النار"], min_bigram_count=1).keys
    assert "اطلاق نار" not in build_term_matrix(["a"], ["وقف إطلاق النار"] * 2, bigrams=False).keys


def test_tfidf_rows_are_unit_length(seed_matrix):
    norms = (seed_matrix.tfidf.multiply(seed_matrix.tfidf)).sum(axis=1).A.ravel()
    assert norms == pytest.approx([1.0] * 5)


def test_empty_corpus_and_documents():
    empty = build_term_matrix([], [])
    assert empty.terms == [] and empty.tfidf.shape == (0, 0)
    only_stop = build_term_matrix(["a", "b"], ["قال في من", "وقف إطلاق النار"])
    assert only_stop.counts.shape[0] == 2
    assert only_stop.counts[0].sum() == 0


# --- each document's top terms ---------------------------------------------------------------


@pytest.fixture(scope="module")
def doc_terms(seed_matrix):
    return doc_terms_table(seed_matrix, top_n=10)


def test_doc_terms_ranks_and_weights(doc_terms):
    assert list(doc_terms.columns) == DOC_TERM_COLUMNS
    assert sorted(doc_terms.doc_id.unique()) == ["000", "001", "002", "003", "004"]
    for _, rows in doc_terms.groupby("doc_id"):
        assert rows["rank"].tolist() == list(range(1, 11))
        weights = rows["weight"].tolist()
        assert weights == sorted(weights, reverse=True)
        assert all(0 < w <= 1 for w in weights)


@pytest.mark.parametrize(
    ("doc_id", "expected_terms"),
    [
        ("000", {"التقارب", "قسد"}),  # "التقارب الروسي التركي", "قسد تسعى إلى اتفاق"
        ("001", {"أردوغان", "إدلب"}),  # "الرئيس التركي رجب طيب أردوغان", "محافظة إدلب"
        ("002", {"منبج"}),  # "دخل بعض المواقع قرب مدينة منبج"
        ("003", {"إدلب", "الغارات"}),  # "استئناف الغارات على إدلب"
        ("004", {"قسد", "العقوبات", "عيسى"}),  # "عين عيسى", "قرار العقوبات"
    ],
)
def test_known_top_terms(doc_terms, doc_id, expected_terms):
    top = set(doc_terms.loc[doc_terms.doc_id == doc_id, "term"])
    assert expected_terms <= top


def test_seed_003_is_about_idlib_first(doc_terms):
    rows = doc_terms[doc_terms.doc_id == "003"]
    assert rows.iloc[0]["term"] == "إدلب"


def test_top_n_caps_and_empty_documents_are_skipped():
    matrix = build_term_matrix(["a", "b"], ["روسيا تركيا إدلب منبج", "قال في"])
    table = doc_terms_table(matrix, top_n=2)
    assert table.doc_id.tolist() == ["a", "a"]
    assert table["rank"].tolist() == [1, 2]


def test_tokenising_chunk_by_chunk_gives_the_same_ids_as_one_chunk():
    from analysis.aggregate.terms import _token_codes

    texts = [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))] * 3
    whole = _token_codes(texts, chunk_size=len(texts))
    chunked = _token_codes(texts, chunk_size=2)  # 8 chunks
    assert whole[1] == chunked[1]  # the types, in order of first occurrence
    assert whole[0].tolist() == chunked[0].tolist()
    assert whole[2].tolist() == chunked[2].tolist()
    assert chunked[2].max() == len(texts) - 1


def test_the_matrix_of_tokens_is_the_matrix_of_their_texts(seed_texts):
    """A caller that lets go of the texts once tokenised (the build's corpus-wide task) gets the same terms."""
    from analysis.aggregate.terms import tokenise

    ids, texts = list(seed_texts), list(seed_texts.values())
    sources = ["a", "b", "a", "b", "a"]
    of_texts = build_term_matrix(ids, texts, sources=sources)
    of_tokens = build_term_matrix(ids, tokenise(texts), sources=sources)
    assert of_tokens.doc_ids == of_texts.doc_ids
    assert of_tokens.terms == of_texts.terms and of_tokens.keys == of_texts.keys
    assert (of_tokens.counts != of_texts.counts).nnz == 0
    assert (of_tokens.tfidf != of_texts.tfidf).nnz == 0


def test_a_name_that_starts_like_a_proclitic_stays_whole():
    """SaudiNewsNet writes يصل ("arrives") 1,100 times: فيصل (2,100) was read as ف + يصل, and the prince's key
    term merged with the verb; كيري with يري, بعقوبة with عقوبة. The names of data/whole_words.txt lose no
    proclitic; their own proclitics still go (لفيصل، وكيري)."""
    texts = ["وصل الأمير فيصل", "يصل الوفد غدا", "يصل القطار", "رحب لفيصل", "قال كيري", "وكيري يرى", "يري الناس"]
    keys = set(build_term_matrix(list("abcdefg"), texts).keys)
    assert {"فيصل", "يصل", "كيري", "يري"} <= keys
    assert strip_proclitics("بالمر", {"مر": 390}) == ("بالمر", False)  # Palmer, not ب + المر
    assert strip_proclitics("بالمسجد", {"مسجد": 9}) == ("مسجد", True)
