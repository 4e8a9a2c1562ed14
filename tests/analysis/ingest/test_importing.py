"""Reading an analyst's files: every bad input is a report row, and the good articles still load."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.ingest.importing import REPORT_COLUMNS, MappingError, article_from_text, parse_mapping, read_files

# From the seed corpus (seeds/000_4404655001853660.txt) and a Turkish-deployment report.
RUSSIA = (
    "أعلنت وزارة الخارجية الروسية اليوم أن الرئيس فلاديمير بوتين بحث مع نظيره التركي رجب طيب أردوغان الوضع في إدلب."
)
TURKEY = "قال مسؤولون أتراك إن أنقرة سترسل تعزيزات عسكرية إلى شمال سوريا خلال الأيام المقبلة."
IDLIB = "قصفت طائرات حربية مواقع في ريف إدلب الجنوبي صباح الثلاثاء وفق المرصد السوري لحقوق الإنسان."


def row(batch, file, status=None):
    rows = batch.report[batch.report["file"] == file]
    if status is not None:
        rows = rows[rows["status"] == status]
    if status == "warning":  # a .txt file has no date: that warning is tested on its own
        rows = rows[~rows["problem"].str.endswith("no publication date")]
    assert len(rows) == 1, batch.report.to_string()
    return rows.iloc[0]


def texts(batch):
    return batch.documents["text"].tolist()


@pytest.mark.parametrize(
    ("name", "data", "encoding"),
    [
        ("utf8.txt", RUSSIA.encode("utf-8"), "UTF-8"),
        ("bom.txt", b"\xef\xbb\xbf" + RUSSIA.encode("utf-8"), "UTF-8 (BOM)"),
        ("utf16.txt", RUSSIA.encode("utf-16"), "UTF-16"),
        ("utf16le.txt", RUSSIA.encode("utf-16-le"), "UTF-16 LE"),
        ("windows.txt", RUSSIA.encode("cp1256"), "Windows-1256"),
        ("iso.txt", RUSSIA.encode("iso8859_6"), "ISO-8859-6"),
    ],
)
def test_encodings_are_detected_converted_and_shown(name, data, encoding):
    batch = read_files([(name, data), ("other.txt", TURKEY.encode())])
    assert texts(batch) == [RUSSIA, TURKEY]
    assert row(batch, name, "imported")["encoding"] == encoding


def test_mojibake_is_repaired_and_flagged():
    # UTF-8 Arabic once opened as Windows-1252 and saved again as UTF-8.
    garbled = "".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in RUSSIA.encode()).encode()
    batch = read_files([("garbled.txt", garbled), ("other.txt", TURKEY.encode())])
    assert texts(batch) == [RUSSIA, TURKEY]
    assert "looked like mojibake" in row(batch, "garbled.txt", "warning")["problem"]


def test_unrepairable_mojibake_is_flagged_and_refused():
    garbled = RUSSIA.encode().decode("cp1252", "replace").encode()
    batch = read_files([("garbled.txt", garbled), ("other.txt", TURKEY.encode())])
    assert texts(batch) == [TURKEY]
    assert "looks like mojibake" in row(batch, "garbled.txt", "warning")["problem"]
    assert "not Arabic text" in row(batch, "garbled.txt", "error")["problem"]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "photo.png: is a PNG image, not text; skipped"),
        ("nul.txt", b"abc\x00\x01\x02\x03" * 20, "nul.txt: is a binary file (it holds NUL bytes), not text; skipped"),
        ("empty.txt", b"", "empty.txt: empty article (no text); skipped"),
        ("blank.txt", b"  \n\n ", "blank.txt: empty article (no text); skipped"),
        (
            "english.txt",
            b"Russia and Turkey agreed on a ceasefire in Idlib.",
            "english.txt: not Arabic text (only 0% of its letters are Arabic); skipped",
        ),
    ],
)
def test_bad_files_are_reported_and_the_rest_imported(name, data, message):
    batch = read_files([("good.txt", RUSSIA.encode()), (name, data), ("also.txt", TURKEY.encode())])
    assert texts(batch) == [RUSSIA, TURKEY]
    assert row(batch, name, "error")["problem"] == message
    assert list(batch.report.columns) == REPORT_COLUMNS


def test_files_over_the_size_limit_are_refused():
    big = (RUSSIA + "\n") * 50
    batch = read_files([("big.txt", big.encode()), ("small.txt", TURKEY.encode())], max_bytes=2000)
    assert texts(batch) == [TURKEY]
    assert row(batch, "big.txt", "error")["problem"].startswith("big.txt: file is 10.1 kB, over the 2.0 kB limit")


def test_zip_member_over_the_limit_is_refused_before_reading():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("day/big.txt", ("ا" * 5000).encode())
        archive.writestr("day/ok.txt", TURKEY.encode())
    batch = read_files([("day.zip", buffer.getvalue())], max_bytes=2000)
    assert texts(batch) == [TURKEY]
    assert "over the 2.0 kB limit" in row(batch, "day.zip/day/big.txt", "error")["problem"]


def test_duplicates_in_a_batch_are_imported_once_and_reported():
    batch = read_files([("a.txt", RUSSIA.encode()), ("b.txt", ("  " + RUSSIA.replace(" ", "  ")).encode())])
    assert texts(batch) == [RUSSIA]
    duplicate = row(batch, "b.txt", "duplicate")
    assert duplicate["problem"] == "b.txt: same text as 'a' (a.txt); duplicate 'b' skipped"
    assert batch.counts() == {"imported": 1, "duplicate": 1, "error": 0, "warning": 1}


def test_missing_and_bad_dates_keep_the_article_with_a_warning():
    records = [
        {"id": "no-date", "text": RUSSIA},
        {"id": "bad-date", "text": TURKEY, "date": "21/07/2015"},
        {"id": "good", "text": IDLIB, "date": "2015-07-21"},
    ]
    import json

    batch = read_files([("day.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode())])
    assert batch.documents["published"].tolist() == [None, None, dt.date(2015, 7, 21)]
    warnings = batch.report[batch.report["status"] == "warning"]["problem"].tolist()
    assert warnings == [
        "day.jsonl, line 1: no publication date",
        "day.jsonl, line 2: publication date '21/07/2015' is not a year-first date like 2015-07-21; kept without a date",
    ]


def test_csv_with_a_column_mapping():
    data = (
        "headline,body,pub_date,paper,link\n"
        f'روسيا وتركيا,"{RUSSIA}",2020-12-30,العرب,http://a\n'
        f',"{TURKEY}",2019-03-14,,\n'
    ).encode("cp1256")
    batch = read_files([("news.csv", data)], mapping="text=body,title=headline,date=pub_date,source=paper,url=link")
    docs = batch.documents
    assert texts(batch) == [RUSSIA, TURKEY]
    assert docs["title"].tolist() == ["روسيا وتركيا", TURKEY]  # an empty title is derived
    assert docs["source"].tolist() == ["العرب", None]
    assert docs["published"].tolist() == [dt.date(2020, 12, 30), dt.date(2019, 3, 14)]
    assert set(batch.report.loc[batch.report["status"] == "imported", "encoding"]) == {"Windows-1256"}


def test_csv_missing_a_mapped_column_is_refused_and_other_files_load():
    data = f'headline,content\nعنوان,"{RUSSIA}"\n'.encode()
    batch = read_files([("news.csv", data), ("ok.txt", TURKEY.encode())], mapping="text=body")
    assert texts(batch) == [TURKEY]
    assert row(batch, "news.csv", "error")["problem"] == (
        "news.csv: has no column 'body' (mapped to text); its columns are headline, content; no articles read"
    )


def test_a_bad_mapping_is_refused_with_the_known_columns():
    with pytest.raises(MappingError, match=r"unknown column 'body'.*known: text, title"):
        parse_mapping("body=text")


def test_html_page_main_text_is_extracted():
    page = f"""<html><head><title>روسيا وتركيا | العرب</title>
    <meta property="article:published_time" content="2020-12-30"></head>
    <body><nav><a href="/">الرئيسية</a> <a href="/x">اتصل بنا</a></nav>
    <article><h1>روسيا وتركيا</h1><p>{RUSSIA}</p><p>{TURKEY}</p><p>{IDLIB}</p></article>
    <footer>جميع الحقوق محفوظة</footer></body></html>"""
    batch = read_files([("page.html", page.encode())])
    text = texts(batch)[0]
    assert RUSSIA in text and IDLIB in text and "اتصل بنا" not in text
    assert batch.documents["published"].tolist() == [dt.date(2020, 12, 30)]


def test_saudinewsnet_style_zip_loads(tmp_path):
    import json

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        records = [{"title": "خبر", "content": RUSSIA, "date_extracted": "2015-07-21 02:51:32", "source": "okaz"}]
        archive.writestr("2015-07-21.json", json.dumps(records, ensure_ascii=False))
    batch = read_files([("2015-07-21.zip", buffer.getvalue())])
    assert texts(batch) == [RUSSIA]
    assert batch.documents["published"].tolist() == [dt.date(2015, 7, 21)]


def test_pasted_article_with_metadata():
    batch = article_from_text(RUSSIA, title="  روسيا  وتركيا ", date="2020-12-30", source="العرب", url="http://a")
    doc = batch.documents.iloc[0]
    assert (doc["title"], doc["published"], doc["source"]) == ("روسيا وتركيا", dt.date(2020, 12, 30), "العرب")
    assert batch.counts()["imported"] == 1


@pytest.mark.parametrize(
    ("text", "date", "status", "message"),
    [
        ("", None, "error", "pasted article: empty article (no text); nothing imported"),
        (
            "Hello there",
            "2020-01-01",
            "error",
            "pasted article: not Arabic text (only 0% of its letters are Arabic); skipped",
        ),
        (RUSSIA, "", "warning", "pasted article: no publication date (it can be set after the import)"),
    ],
)
def test_pasted_article_problems(text, date, status, message):
    batch = article_from_text(text, date=date)
    assert batch.report.loc[batch.report["status"] == status, "problem"].tolist() == [message]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(["a.txt", "a.json", "a.jsonl", "a.csv", "a.html", "a.zip", "a.bin", "metadata.csv"]),
    data=st.one_of(
        st.binary(max_size=600),
        st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.text(alphabet='ابتثجحخدذرزسشصضطظعغفقكلمنهوي ،.\n{}[]",:', max_size=200).map(str.encode),
    ),
)
def test_any_bytes_yield_articles_or_a_clear_report(name, data):
    batch = read_files([(name, data), ("good.txt", RUSSIA.encode())], mapping=None)
    assert RUSSIA in texts(batch)
    assert set(batch.report["status"]) <= {"imported", "duplicate", "error", "warning"}
    for problem in batch.report.loc[batch.report["status"] == "error", "problem"]:
        assert problem.startswith(name) and "could not be read (" not in problem, problem
