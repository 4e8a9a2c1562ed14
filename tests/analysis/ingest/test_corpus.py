"""load_corpus: what a corpus is, and how every kind of bad input is reported without stopping."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from repo_paths import SEEDS

from analysis.ingest.corpus import CorpusError, LoadedCorpus, load_corpus
from analysis.ingest.fields import TITLE_MAX_CHARS, derive_title, parse_date
from analysis.schema import ARTICLES, PROBLEMS, validate

SAUDINEWSNET = Path("/work/shared/data/saudinewsnet")

ARTICLE_A = (
    "موسكو وأنقرة تؤكدان استمرار تعاونهما العسكري\n\nأكد وزير الخارجية الروسي سيرغي لافروف أن التعاون العسكري سيتواصل."
)
ARTICLE_B = "استئناف الغارات على إدلب\n\nغارات روسية على محافظة إدلب هي الأولى من نوعها منذ سبتمبر الماضي."
ARTICLE_C = "ترك برس\n\nشنت قوات النظام السوري مدعومة بالمقاتلات الروسية حملة عسكرية في إدلب."


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def metadata_csv(*rows: str, header: str = "file,published,source,title,url") -> str:
    return "\n".join([header, *rows]) + "\n"


def problems_of(corpus: LoadedCorpus, severity: str | None = None) -> list[str]:
    rows = corpus.problems if severity is None else corpus.problems[corpus.problems.severity == severity]
    return rows.problem.tolist()


def only_problem(corpus: LoadedCorpus, severity: str) -> dict:
    rows = corpus.problems[corpus.problems.severity == severity]
    assert len(rows) == 1, corpus.problems.problem.tolist()
    return rows.iloc[0].to_dict()


def check_invariants(corpus: LoadedCorpus) -> None:
    """What every loaded corpus promises, however bad its input."""
    docs, problems = corpus.documents, corpus.problems
    assert list(docs.columns) == ARTICLES.names
    assert list(problems.columns) == PROBLEMS.names
    assert validate(ARTICLES, docs) == []  # types, nulls (never ""), published a date or None
    assert validate(PROBLEMS, problems) == []  # severity error | warning
    assert docs.doc_id.is_unique
    assert all(t.strip() and "\r" not in t for t in docs.text)
    assert all(isinstance(f, str) and f and f in msg for f, msg in zip(problems.file, problems.problem))
    collapsed = [" ".join(t.split()) for t in docs.text]
    assert len(set(collapsed)) == len(collapsed)


# --- the seed corpus ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds() -> LoadedCorpus:
    return load_corpus(SEEDS)


def test_seeds_load_five_articles_without_problems(seeds):
    # metadata.csv's extra date_basis column is a documented annotation, ignored silently.
    check_invariants(seeds)
    assert seeds.name == "seeds"
    assert len(seeds.documents) == 5
    assert seeds.problems.empty


def test_seed_dates_and_sources_come_from_metadata(seeds):
    docs = seeds.documents.set_index("doc_id")
    assert docs.loc["000_4404655001853660", "published"] == dt.date(2020, 12, 30)
    assert docs.loc["003_864faea840389226", "published"] == dt.date(2019, 3, 14)
    assert docs.loc["001_1a97961f7f7f0c07", "source"] == "ترك برس"
    assert docs.loc["000_4404655001853660", "source"] is None  # empty cell → None, not ""


def test_seed_text_is_the_file_exactly(seeds):
    for doc_id, text in zip(seeds.documents.doc_id, seeds.documents.text):
        assert text == (SEEDS / f"{doc_id}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("doc_id", "expected_title"),
    [
        # from metadata.csv
        ("000_4404655001853660", "التقارب الروسي التركي يترجم إلى تبادل أدوار بينهما في الشمال السوري"),
        ("004_2cd72250b67449e1", "موسكو وأنقرة تؤكدان استمرار تعاونهما العسكري"),
        # derived: the first line "ترك برس" only repeats the source, so the next line is used
        ("001_1a97961f7f7f0c07", "منذ نيسان/ أبريل الماضي، شنت قوات النظام السوري مدعومة بالمقاتلات الروسية"),
        # derived from a long first line, cut at a word boundary
        ("002_561760d52f1d5973", "كشفت محادثات بين تركيا وروسيا جرت في موسكو، اليوم السبت"),
    ],
)
def test_seed_titles_from_metadata_or_derived(seeds, doc_id, expected_title):
    title = seeds.documents.set_index("doc_id").loc[doc_id, "title"]
    assert title.startswith(expected_title)
    assert len(title) <= TITLE_MAX_CHARS + 1


# --- dates and titles --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        ("2020-12-30", dt.date(2020, 12, 30)),  # seeds/metadata.csv
        ("2015-07-21 02:51:32", dt.date(2015, 7, 21)),  # SaudiNewsNet date_extracted
        ("2015-07-21T02:51:32.5+03:00", dt.date(2015, 7, 21)),  # the date as written, no zone shift
        ("2015-07-21T23:10:00Z", dt.date(2015, 7, 21)),
        ("2019/3/14", dt.date(2019, 3, 14)),
        ("٢٠١٩-٠٣-١٤", dt.date(2019, 3, 14)),  # Arabic-Indic digits
        (" 2020-02-05 ", dt.date(2020, 2, 5)),
        ("21/07/2015", None),  # day/month order would be a guess
        ("2015-02-30", None),
        ("2015-07-21/08", None),
        ("الثلاثاء 21 يوليو 2015", None),
        ("", None),
    ],
)
def test_parse_date(text_in, expected):
    assert parse_date(text_in) == expected


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        ("  عنوان قصير  \nنص المقال", None, "عنوان قصير"),
        ("\n\n\nعنوان بعد أسطر فارغة\nنص", None, "عنوان بعد أسطر فارغة"),
        ("ترك برس \n\nمنذ نيسان الماضي", "ترك برس", "منذ نيسان الماضي"),
        ("ترك برس", "ترك برس", "ترك برس"),  # nothing else to use
        ("كلمة " * 40, None, ("كلمة " * 24).strip() + "…"),
        ("   \n ", None, None),
    ],
)
def test_derive_title(text, source, expected):
    assert derive_title(text, source=source) == expected


# --- a folder of .txt articles with metadata.csv -----------------------------------------------


@pytest.fixture
def folder(tmp_path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write(corpus, "a.txt", ARTICLE_A)
    write(corpus, "b.txt", ARTICLE_B)
    return corpus


def test_txt_without_metadata_loads_with_a_no_date_warning(folder):
    corpus = load_corpus(folder)
    check_invariants(corpus)
    assert corpus.documents.doc_id.tolist() == ["a", "b"]
    assert corpus.documents.published.tolist() == [None, None]
    assert corpus.documents.title.tolist() == [
        "موسكو وأنقرة تؤكدان استمرار تعاونهما العسكري",
        "استئناف الغارات على إدلب",
    ]
    assert problems_of(corpus, "warning") == ["a.txt: no publication date", "b.txt: no publication date"]
    assert corpus.problems.doc_id.tolist() == ["a", "b"]


def test_metadata_fills_title_source_date_and_url(folder):
    write(
        folder,
        "metadata.csv",
        metadata_csv("a.txt,2020-12-30,العرب,عنوان من البيانات,https://example.com/a", "b,2019-03-14,,,"),
    )
    corpus = load_corpus(folder)
    first, second = corpus.documents.to_dict("records")
    assert first == {
        "doc_id": "a",
        "title": "عنوان من البيانات",
        "source": "العرب",
        "published": dt.date(2020, 12, 30),
        "url": "https://example.com/a",
        "text": ARTICLE_A,
    }
    assert second["published"] == dt.date(2019, 3, 14)  # "b" names b.txt by its stem
    assert corpus.problems.empty


def test_undecodable_bytes_are_an_error_naming_file_and_offset(folder):
    write(folder, "latin.txt", "ترك".encode() + b" caf\xe9")
    corpus = load_corpus(folder)
    error = only_problem(corpus, "error")
    assert error["file"] == "latin.txt"
    assert "latin.txt" in error["problem"]
    assert "not valid UTF-8" in error["problem"] and "offset 10" in error["problem"]
    assert corpus.documents.doc_id.tolist() == ["a", "b"]


def test_utf16_file_is_reported_with_a_hint(folder):
    write(folder, "word.txt", "\ufeffنص".encode("utf-16-le"))
    corpus = load_corpus(folder)
    assert "UTF-16" in only_problem(corpus, "error")["problem"]


def test_byte_order_mark_dropped_and_crlf_becomes_newline(folder):
    write(folder, "windows.txt", b"\xef\xbb\xbf" + "سطر أول\r\nسطر ثان\rسطر ثالث".encode())
    corpus = load_corpus(folder)
    text = corpus.documents.set_index("doc_id").loc["windows", "text"]
    assert text == "سطر أول\nسطر ثان\nسطر ثالث"


def test_empty_article_is_an_error_and_skipped(folder):
    write(folder, "empty.txt", " \n\t\n")
    corpus = load_corpus(folder)
    error = only_problem(corpus, "error")
    assert error["problem"] == "empty.txt: empty article (no text); skipped"
    assert error["doc_id"] == "empty"
    assert corpus.documents.doc_id.tolist() == ["a", "b"]


def test_metadata_row_naming_a_missing_file_is_a_warning(folder):
    write(folder, "metadata.csv", metadata_csv("a.txt,2020-12-30,,,", "b.txt,2019-03-14,,,", "gone.txt,2020-01-01,,,"))
    corpus = load_corpus(folder)
    warning = only_problem(corpus, "warning")
    assert warning["file"] == "metadata.csv"
    assert warning["problem"] == (
        "metadata.csv, line 4: names 'gone.txt', but there is no such .txt article; row ignored"
    )
    assert len(corpus.documents) == 2


def test_unparseable_date_is_a_warning_and_the_article_kept(folder):
    write(folder, "metadata.csv", metadata_csv("a.txt,30/12/2020,,,", "b.txt,2019-03-14,,,"))
    corpus = load_corpus(folder)
    warning = only_problem(corpus, "warning")
    assert warning["file"] == "a.txt" and warning["doc_id"] == "a"
    assert "a.txt (metadata.csv, line 2)" in warning["problem"]
    assert "'30/12/2020' is not a year-first date" in warning["problem"]
    assert corpus.documents.published.tolist() == [None, dt.date(2019, 3, 14)]


def test_unknown_metadata_columns_are_named_but_date_basis_is_not(folder):
    write(
        folder,
        "metadata.csv",
        metadata_csv(
            "a.txt,2020-12-30,x,y,inferred",
            "b.txt,2019-03-14,x,y,inferred",
            header="file,published,Mood,Tone,date_basis",
        ),
    )
    corpus = load_corpus(folder)
    warning = only_problem(corpus, "warning")
    assert warning["problem"].startswith("metadata.csv: unknown columns mood, tone ignored")


def test_metadata_without_file_column_is_an_error(folder):
    write(folder, "metadata.csv", metadata_csv("a.txt,2020-12-30", header="name,published"))
    corpus = load_corpus(folder)
    assert "metadata.csv: has no 'file' column" in only_problem(corpus, "error")["problem"]
    assert len(corpus.documents) == 2


def test_duplicate_texts_keep_the_first_and_name_both(folder):
    # Same words, different line breaks and spacing: still the same article.
    write(folder, "c_copy.txt", ARTICLE_A.replace("\n\n", "\n").replace(" ", "  ") + "\n")
    corpus = load_corpus(folder)
    duplicates = corpus.problems[corpus.problems.problem.str.contains("same text")]
    assert len(duplicates) == 1
    message = duplicates.iloc[0].problem
    assert message.startswith("c_copy.txt: same text as 'a'") and "'c_copy' skipped" in message
    assert corpus.documents.doc_id.tolist() == ["a", "b"]


def test_not_a_corpus_file_in_folder_is_a_warning_but_readme_is_not(folder):
    write(folder, "README.md", "# notes")
    write(folder, "scan.docx", b"PK")
    corpus = load_corpus(folder)
    assert [p for p in problems_of(corpus) if "corpus file" in p] == ["scan.docx: not a corpus file (.docx); skipped"]


# --- paths that are not corpora ----------------------------------------------------------------


def test_missing_path_raises_corpus_error_naming_it(tmp_path):
    missing = tmp_path / "nowhere"
    with pytest.raises(CorpusError, match=r"nowhere.*does not exist"):
        load_corpus(missing)


def test_unsupported_file_type_raises_corpus_error(tmp_path):
    path = write(tmp_path, "articles.csv", "a,b\n")
    with pytest.raises(CorpusError, match=r"articles\.csv.*not a \.csv file"):
        load_corpus(path)


def test_folder_without_corpus_files_raises_corpus_error(tmp_path):
    write(tmp_path, "README.md", "# nothing here")
    write(tmp_path, "metadata.csv", metadata_csv("a.txt,2020-12-30,,,"))
    write(tmp_path, "scan.docx", b"PK")
    with pytest.raises(CorpusError, match="holds no corpus files"):
        load_corpus(tmp_path)


def test_a_single_txt_file_is_a_corpus_of_one(tmp_path):
    corpus = load_corpus(write(tmp_path, "lavrov.txt", ARTICLE_A))
    assert corpus.name == "lavrov"
    assert corpus.documents.doc_id.tolist() == ["lavrov"]


def test_corpus_error_is_a_value_error():
    assert issubclass(CorpusError, ValueError)


# --- JSON, JSON Lines and ZIP ------------------------------------------------------------------

RECORDS = [
    # as in SaudiNewsNet: a timestamp for a date, an author, and sometimes an empty title
    {
        "source": "aawsat",
        "url": "http://aawsat.com/1",
        "date_extracted": "2015-07-21 02:51:32",
        "title": "عنوان",
        "author": "لندن",
        "content": ARTICLE_A,
    },
    {
        "source": "okaz",
        "url": "http://okaz.com/2",
        "date_extracted": "2015-07-22 10:00:00",
        "title": "",
        "author": "",
        "content": ARTICLE_B,
    },
]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("day.json", json.dumps(RECORDS, ensure_ascii=False)),
        ("day.json", json.dumps({"articles": RECORDS}, ensure_ascii=False)),
        ("day.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS) + "\n"),
        ("day.json", "\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS)),  # JSON Lines named .json
    ],
)
def test_json_shapes_load_the_same_articles(tmp_path, name, content):
    corpus = load_corpus(write(tmp_path, name, content))
    check_invariants(corpus)
    assert corpus.name == "day"
    assert corpus.documents.to_dict("records") == [
        {
            "doc_id": "day-1",
            "title": "عنوان",
            "source": "aawsat",
            "published": dt.date(2015, 7, 21),
            "url": "http://aawsat.com/1",
            "text": ARTICLE_A,
        },
        {
            "doc_id": "day-2",
            "title": "استئناف الغارات على إدلب",  # derived: the record's title is empty
            "source": "okaz",
            "published": dt.date(2015, 7, 22),
            "url": "http://okaz.com/2",
            "text": ARTICLE_B,
        },
    ]
    assert all("JSON Lines" in p for p in problems_of(corpus))  # only the note about a .json holding lines


def test_json_field_names_are_mapped_flexibly(tmp_path):
    records = [{"ID": 17, "Headline": "خبر", "body": ARTICLE_A, "date": "2019-03-14", "link": "u", "publisher": "p"}]
    corpus = load_corpus(write(tmp_path, "x.json", json.dumps(records)))
    assert corpus.documents.drop(columns="text").to_dict("records") == [
        {"doc_id": "17", "title": "خبر", "source": "p", "published": dt.date(2019, 3, 14), "url": "u"}
    ]
    assert corpus.problems.empty


def test_unknown_json_fields_are_one_warning_per_file(tmp_path):
    records = [
        {"text": ARTICLE_A, "date": "2019-03-14", "mood": 1},
        {"text": ARTICLE_B, "date": "2019-03-14", "mood": 2, "tags": []},
    ]
    corpus = load_corpus(write(tmp_path, "x.json", json.dumps(records)))
    warning = only_problem(corpus, "warning")
    assert warning["problem"].startswith("x.json: unknown fields mood, tags ignored")
    assert len(corpus.documents) == 2


def test_bad_json_records_are_named_by_record_number(tmp_path):
    records = [
        {"content": ARTICLE_A, "date": "2015-07-21"},
        {"content": "", "date": "2015-07-21"},
        "not an article",
        {"content": ["a", "list"], "date": "2015-07-21"},
        {"content": ARTICLE_B, "date": "yesterday"},
        {"content": ARTICLE_C, "date": 20150721},
    ]
    corpus = load_corpus(write(tmp_path, "x.json", json.dumps(records)))
    assert problems_of(corpus) == [
        "x.json, record 2: empty article (no content); skipped",
        "x.json, record 3: is a string, not an article object; skipped",
        "x.json, record 4: the article text is an array, not text; skipped",
        "x.json, record 5: publication date 'yesterday' is not a year-first date like 2015-07-21; kept without a date",
        "x.json, record 6: publication date 20150721 is not a year-first date; kept without a date",
    ]
    assert corpus.documents.doc_id.tolist() == ["x-1", "x-5", "x-6"]


def test_duplicate_doc_ids_are_made_unique_with_a_warning(tmp_path):
    records = [
        {"id": "x", "text": ARTICLE_A, "date": "2019-03-14"},
        {"id": "x", "text": ARTICLE_B, "date": "2019-03-14"},
    ]
    corpus = load_corpus(write(tmp_path, "x.json", json.dumps(records)))
    assert corpus.documents.doc_id.tolist() == ["x", "x~2"]
    assert only_problem(corpus, "warning")["problem"] == (
        "x.json, record 2: doc_id 'x' is already used by an earlier article; renamed 'x~2'"
    )


def test_malformed_json_is_an_error_naming_line_and_column_and_the_rest_loads(folder):
    write(folder, "broken.json", '[\n  {"content": "نص", "date": "2015-07-21"}\n  {"content": "نص آخر"}\n]')
    corpus = load_corpus(folder)
    error = only_problem(corpus, "error")
    assert error["file"] == "broken.json"
    assert error["problem"].startswith("broken.json: malformed JSON at line 3, column 3 (Expecting ',' delimiter)")
    assert corpus.documents.doc_id.tolist() == ["a", "b"]


def test_malformed_json_lines_skip_only_the_bad_line(tmp_path):
    lines = [
        json.dumps({"text": ARTICLE_A, "date": "2015-07-21"}),
        "{oops",
        "",
        json.dumps({"text": ARTICLE_B, "date": "2015-07-22"}),
    ]
    corpus = load_corpus(write(tmp_path, "feed.jsonl", "\n".join(lines)))
    assert problems_of(corpus) == [
        "feed.jsonl, line 2: malformed JSON at column 2 (Expecting property name enclosed in double quotes); "
        "line skipped"
    ]
    assert corpus.documents.doc_id.tolist() == ["feed-1", "feed-4"]  # ids follow line numbers


def test_json_that_is_not_a_list_of_articles_is_an_error(tmp_path):
    corpus = load_corpus(write(tmp_path, "x.json", '{"count": 3}'))
    assert problems_of(corpus, "error") == [
        "x.json: expected a JSON array of articles or an object with an 'articles' array, found an object; "
        "no articles read"
    ]
    assert corpus.documents.empty and list(corpus.documents.columns) == ARTICLES.names


def test_zip_of_txt_articles_uses_the_metadata_inside_it(tmp_path):
    path = tmp_path / "bundle.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("bundle/a.txt", ARTICLE_A)
        archive.writestr("bundle/b.txt", ARTICLE_B)
        archive.writestr("bundle/metadata.csv", metadata_csv("a.txt,2020-12-30,العرب,,", "b.txt,2019-03-14,,,"))
        archive.writestr("__MACOSX/bundle/._a.txt", b"\x00\x05")
    corpus = load_corpus(path)
    check_invariants(corpus)
    assert corpus.name == "bundle"
    assert corpus.documents[["doc_id", "source", "published"]].values.tolist() == [
        ["a", "العرب", dt.date(2020, 12, 30)],
        ["b", None, dt.date(2019, 3, 14)],
    ]
    assert corpus.problems.empty


def test_folder_of_zips_and_json_is_one_corpus_and_names_members(tmp_path):
    with zipfile.ZipFile(tmp_path / "2015-07-21.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("2015-07-21.json", json.dumps(RECORDS, ensure_ascii=False))
    extra = {"text": ARTICLE_C, "date": "2015-07-23", "source": "ترك برس"}
    write(tmp_path, "extra.jsonl", json.dumps(extra, ensure_ascii=False))
    write(tmp_path, "corrupt.zip", b"PK\x03\x04 not really a zip")
    calls = []
    corpus = load_corpus(tmp_path, progress=lambda done, total: calls.append((done, total)))
    check_invariants(corpus)
    assert corpus.documents.doc_id.tolist() == ["2015-07-21-1", "2015-07-21-2", "extra-1"]
    assert corpus.documents.title.tolist()[2] == "شنت قوات النظام السوري مدعومة بالمقاتلات الروسية حملة عسكرية في إدلب."
    error = only_problem(corpus, "error")
    assert error["file"] == "corrupt.zip" and "not a readable ZIP archive" in error["problem"]
    assert calls == [(0, 2), (1, 2), (2, 2)]


def test_zip_member_problems_name_archive_and_member(tmp_path):
    path = tmp_path / "day.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("day.json", json.dumps([{"content": "", "date_extracted": "2015-07-21 02:51:32"}]))
    corpus = load_corpus(path)
    error = only_problem(corpus, "error")
    assert error["file"] == "day.zip/day.json"
    assert error["problem"] == "day.zip/day.json, record 1: empty article (no content); skipped"


# --- a real corpus nobody here wrote -----------------------------------------------------------


@pytest.mark.skipif(not SAUDINEWSNET.is_dir(), reason=f"SaudiNewsNet data not present at {SAUDINEWSNET}")
def test_a_saudinewsnet_day_loads_as_it_is():
    corpus = load_corpus(SAUDINEWSNET / "2015-07-21.zip")
    check_invariants(corpus)
    docs, problems = corpus.documents, corpus.problems
    empty = problems[problems.problem.str.contains("empty article")]
    duplicates = problems[problems.problem.str.contains("same text as")]
    assert len(empty) == 84 and set(empty.severity) == {"error"}
    assert len(duplicates) > 0 and set(duplicates.severity) == {"warning"}
    assert len(docs) + len(empty) + len(duplicates) == 2972
    assert len(problems) == len(empty) + len(duplicates)  # `author` is known, so no unknown-field warning
    assert set(docs.published) == {dt.date(2015, 7, 21)}
    assert docs.title.notna().all()
    assert docs.doc_id.iloc[0] == "2015-07-21-1" and docs.source.iloc[0] == "aawsat"


# --- whatever the bytes, documents or problems, never a crash ----------------------------------

_CORPUS_FILE_NAMES = st.sampled_from(["article.txt", "records.json", "records.jsonl", "metadata.csv", "day.zip"])


@pytest.mark.slow  # property test over many generated inputs
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(files=st.dictionaries(_CORPUS_FILE_NAMES, st.binary(max_size=300), min_size=1))
def test_arbitrary_bytes_yield_documents_or_problems(files):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, data in files.items():
            write(folder, name, data)
        write(folder, "good.txt", ARTICLE_A)
        corpus = load_corpus(folder)
        check_invariants(corpus)
        # good.txt is kept, unless another file held its very text and was read first
        assert "good" in corpus.documents.doc_id.tolist() or any(
            "duplicate 'good' skipped" in p for p in problems_of(corpus)
        )


_JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40)
_JSON_KEYS = st.sampled_from(["content", "text", "title", "date", "source", "url", "id", "articles"]) | st.text(
    max_size=5
)
_JSON_VALUES = st.recursive(
    _JSON_SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(_JSON_KEYS, children, max_size=5),
    max_leaves=20,
)


@pytest.mark.slow  # property test over many generated inputs
@settings(max_examples=150, deadline=None)
@given(value=_JSON_VALUES, suffix=st.sampled_from([".json", ".jsonl"]))
def test_arbitrary_json_yields_documents_or_problems(value, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        path = write(Path(tmp), f"records{suffix}", json.dumps(value))
        check_invariants(load_corpus(path))


def test_a_corpus_taken_piece_by_piece_drops_duplicates_and_renames_ids_across_pieces():
    """What the streamed build reads (analysis/streaming.py): the articles of each file taken as soon as it
    is read, an id or a text seen in an earlier piece still caught, and only an id and a digest kept."""
    from analysis.ingest.report import Collector

    collector = Collector()
    collector.add("a.jsonl", "a.jsonl, line 1", "x", None, None, None, None, "روسيا وتركيا")
    first = collector.take_documents()
    assert first["doc_id"].tolist() == ["x"] and collector.texts == []
    collector.add("b.jsonl", "b.jsonl, line 1", "y", None, None, None, None, "روسيا   وتركيا")  # white space only
    collector.add("b.jsonl", "b.jsonl, line 2", "x", None, None, None, None, "إدلب")
    second = collector.take_documents()
    assert second["doc_id"].tolist() == ["x~2"]
    messages = [p[3] for p in collector.problems]
    assert messages == [
        "b.jsonl, line 2: doc_id 'x' is already used by an earlier article; renamed 'x~2'",
        "b.jsonl, line 1: same text as 'x' (a.jsonl, line 1); duplicate 'y' skipped",
    ]


def test_arabic_presentation_forms_are_read_as_the_letters_they_shape(tmp_path):
    """198 SaudiNewsNet articles carry presentation forms (text copied from a PDF or an old page, shaped for a
    renderer that cannot shape): «قال مصدر مسؤول» in shapes (aawsat, 2015-07-21), the lam-alef ligature U+FEFB inside
    «الاستراتيجي». Their actors and dates went unread, and the reader showed presentation forms in the page; the
    corpus now holds the letters, title and text. The shapes are made here as such a renderer is given them."""
    import arabic_reshaper

    letters = "قال مصدر مسؤول أمس إن روسيا سيطرت على الموقع الاستراتيجي."
    shaped = arabic_reshaper.reshape(letters)
    assert "\ufefb" in shaped and "ق" not in shaped  # every letter a shape, لا a ligature
    article = {"id": "a1", "title": arabic_reshaper.reshape("روسيا والموقع"), "date": "2015-07-21", "content": shaped}
    write(tmp_path, "articles.json", json.dumps([article, {"id": "a2", "content": ARTICLE_A}], ensure_ascii=False))
    documents = load_corpus(tmp_path).documents.set_index("doc_id")
    assert documents.loc["a1", "text"] == letters
    assert documents.loc["a1", "title"] == "روسيا والموقع"
    assert documents.loc["a2", "text"] == ARTICLE_A  # text without them as it was
