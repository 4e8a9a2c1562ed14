"""Bytes → text (analysis.ingest.decoding): encodings, binary files, mojibake, and where UTF-8 breaks.

The text is the first sentence of seeds/002 (a report on Russian–Turkish talks); byte values of
Windows-1256 and UTF-8 are worked out from the code charts (ر is 0xD1 in Windows-1256 and
ISO-8859-6, D8 B1 in UTF-8; 0xD8 reads Ø in Windows-1252, 0xB1 ±, 0xD9 Ù, 0x88 ˆ, 0x8A Š).
"""

from __future__ import annotations

import io
import zipfile

import pytest

from analysis.ingest.decoding import (
    Decoded,
    DecodeProblem,
    arabic_share,
    binary_kind,
    decode_text,
    decode_utf8,
    describe_decode_error,
    looks_like_mojibake,
    repair_mojibake,
)

TALKS = "كشفت محادثات بين تركيا وروسيا جرت في موسكو، اليوم السبت."  # seeds/002
# seeds/002, with the letter ف (UTF-8 D9 81: 0x81 has no Windows-1252 character) in it twice
CEASEFIRE = "اتفاق على وقف إطلاق النار في إدلب"
REPAIRED = "looked like mojibake (UTF-8 read as Windows-1252); repaired"
FLAGGED = "looks like mojibake (UTF-8 read in another encoding); check the text"


def windows_1252(data: bytes) -> str:
    """What Windows shows for ``data`` read as Windows-1252 (an unmapped byte shows as its C1 control)."""
    return "".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in data)


# --- encodings ---------------------------------------------------------------------------------

ENCODINGS = [
    ("utf-8", TALKS.encode("utf-8"), "UTF-8"),
    ("utf-8 with BOM", b"\xef\xbb\xbf" + TALKS.encode("utf-8"), "UTF-8 (BOM)"),
    ("utf-16 LE with BOM", b"\xff\xfe" + TALKS.encode("utf-16-le"), "UTF-16"),
    ("utf-16 BE with BOM", b"\xfe\xff" + TALKS.encode("utf-16-be"), "UTF-16"),
    ("utf-16 LE, no BOM", TALKS.encode("utf-16-le"), "UTF-16 LE"),
    ("utf-16 BE, no BOM", TALKS.encode("utf-16-be"), "UTF-16 BE"),
    ("Windows-1256", TALKS.encode("cp1256"), "Windows-1256"),
    ("ISO-8859-6", TALKS.encode("iso8859_6"), "ISO-8859-6"),
]


@pytest.mark.parametrize("data, encoding", [case[1:] for case in ENCODINGS], ids=[case[0] for case in ENCODINGS])
def test_every_arabic_encoding_is_read_and_named(data, encoding):
    assert decode_text(data) == Decoded(TALKS, encoding, None)


def test_windows_1256_bytes_are_what_the_code_chart_says():
    # the fixture's premise, checked once: ر و س ي ا in Windows-1256
    assert "روسيا".encode("cp1256") == b"\xd1\xe6\xd3\xed\xc7"


def zip_of_an_article() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("2015-07-21/article.txt", TALKS * 20)
    return buffer.getvalue()


SQLITE = b"SQLite format 3\x00\x10\x00\x01\x01\x00@  \x00\x00\x00\x02" + b"\x00" * 80

BINARY_FILES = [
    ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "is a PNG image, not text"),
    ("jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "is a JPEG image, not text"),
    ("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>", "is a PDF document, not text"),
    ("zip", zip_of_an_article(), "is a ZIP archive (or Office document), not text"),
    ("sqlite", SQLITE, "is a binary file (it holds NUL bytes), not text"),
    ("nul in Arabic", "روسيا\x00وتركيا".encode(), "is a binary file (it holds NUL bytes), not text"),
]


@pytest.mark.parametrize("data, message", [case[1:] for case in BINARY_FILES], ids=[case[0] for case in BINARY_FILES])
def test_binary_files_are_refused_with_what_they_are(data, message):
    with pytest.raises(DecodeProblem) as caught:
        decode_text(data)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    "data, message",
    [
        # BOM, "abc", then ر in Windows-1256 (0xD1) before و (0xE6): 0xD1 at byte 6 starts no UTF-8 character
        (b"\xef\xbb\xbfabc\xd1\xe6", "starts with a UTF-8 (BOM) byte-order mark but byte 6 is invalid"),
        # BOM, "a", then a low surrogate (DC00) with no high one before it, at bytes 4–5
        (b"\xff\xfea\x00\x00\xdcb\x00", "starts with a UTF-16 byte-order mark but byte 4 is invalid"),
    ],
)
def test_a_byte_order_mark_that_lies_is_reported_with_the_byte(data, message):
    with pytest.raises(DecodeProblem) as caught:
        decode_text(data)
    assert str(caught.value) == message


# --- binary_kind --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, kind",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        (b"GIF89a\x01\x00", "a GIF image"),
        (b"%PDF-1.4\n", "a PDF document"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "a ZIP archive (or Office document)"),  # .zip, .docx, .xlsx
        (b"\x1f\x8b\x08\x00", "a gzip archive"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),  # .doc, .xls
        (b"\x7fELF\x02\x01\x01", "an executable"),
        (b"MZ\x90\x00\x03\x00", "a Windows executable"),
        (SQLITE, "a binary file (it holds NUL bytes)"),
        (b"\xff\xfe" + TALKS.encode("utf-16-le"), None),  # UTF-16 holds NUL bytes: the BOM says text
        (TALKS.encode("utf-16-le"), None),  # without BOM, its NUL bytes sit on one side only
        (TALKS.encode("utf-16-be"), None),
        (TALKS.encode("utf-8"), None),
        (TALKS.encode("utf-8") * 80 + b"\x00", None),  # a NUL after the first 4096 bytes is not looked at
        (b"", None),
    ],
)
def test_binary_kind(data, kind):
    assert binary_kind(data) == kind


# --- arabic_share -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, share",
    [
        ("روسيا", 1.0),
        ("روسيا Russia", 5 / 11),  # 5 Arabic letters among 11
        ("Russia and Turkey agreed on a ceasefire in Idlib.", 0.0),
        ("قوّاتٌ", 1.0),  # shadda and tanwin are not letters
        ("مدينة گرگان", 1.0),  # Persian letters are in the Arabic block
        ("2019/03/14", 0.0),  # no letters at all
        ("", 0.0),
    ],
)
def test_arabic_share(text, share):
    assert arabic_share(text) == pytest.approx(share)


def test_arabic_share_looks_at_the_sample_only():
    assert arabic_share("Russia روسيا", sample=6) == 0.0
    assert arabic_share("Russia روسيا", sample=12) == pytest.approx(5 / 11)


# --- mojibake -----------------------------------------------------------------------------------

MOJIBAKE = [
    # روسيا read as Windows-1252: D8 B1 | D9 88 | D8 B3 | D9 8A | D8 A7
    ("Ø±ÙˆØ³ÙŠØ§", "روسيا"),
    # the same bytes read as Latin-1: 0x88 and 0x8A are C1 controls there
    ("Ø±Ù\x88Ø³Ù\x8aØ§", "روسيا"),
    # وتركيا: ك is D9 83, and 0x83 is ƒ
    ("Ø±ÙˆØ³ÙŠØ§ ÙˆØªØ±ÙƒÙŠØ§", "روسيا وتركيا"),
    # في: 0x81 has no Windows-1252 character, so Windows shows the control U+0081
    ("Ù\x81ÙŠ", "في"),
    # a headline garbled twice (saved as UTF-8 after each wrong reading)
    (windows_1252(windows_1252(TALKS.encode()).encode()), TALKS),
    # one garbled phrase after a clean one
    ("قال لافروف: " + windows_1252("اتفاق على وقف إطلاق النار".encode()), "قال لافروف: اتفاق على وقف إطلاق النار"),
]


@pytest.mark.parametrize("garbled, text", MOJIBAKE)
def test_mojibake_is_seen_and_repaired(garbled, text):
    assert looks_like_mojibake(garbled)
    assert repair_mojibake(garbled) == text


CLEAN = [
    TALKS,
    "قوّاتٌ روسيّة في إدلب",
    # Presentation-form ligatures that real Saudi articles hold, as escapes: the salawat sign, lam-alef
    "قال النبي \ufdfa في الحديث",
    "\ufefb إله إلا الله",
    "درجة الحرارة 45°C ± 2 والرطوبة ٪60",  # ± is also the mojibake of the second byte of ر
    "قطر الأنبوب Ø 5 مم",  # Ø is also the mojibake of the first byte of ا ب ت …
    "Øresund Bridge, São Paulo, naïve café, PIÙ FORTE, Türkiye",
    "قال ماكرون في باريس: «C’est très important» 😀",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_text_is_not_mojibake_and_is_left_alone(text):
    assert not looks_like_mojibake(text)
    assert repair_mojibake(text) is None
    assert decode_text(text.encode()) == Decoded(text, "UTF-8", None)


@pytest.mark.parametrize(
    "garbled",
    [
        # Windows-1252 with its unmapped bytes dropped: each ف lost its second byte
        CEASEFIRE.encode().decode("cp1252", "ignore"),
        # ... or replaced by U+FFFD
        CEASEFIRE.encode().decode("cp1252", "replace"),
    ],
    ids=["bytes dropped", "bytes replaced"],
)
def test_mojibake_that_lost_bytes_is_flagged_not_half_repaired(garbled):
    assert looks_like_mojibake(garbled)
    assert repair_mojibake(garbled) is None
    assert decode_text(garbled.encode()) == Decoded(garbled, "UTF-8", FLAGGED)


def test_decode_text_repairs_mojibake_and_says_so():
    assert decode_text("Ø±ÙˆØ³ÙŠØ§ ÙˆØªØ±ÙƒÙŠØ§".encode()) == Decoded("روسيا وتركيا", "UTF-8", REPAIRED)


def test_a_garbled_line_among_clean_ones_is_repaired():
    garbled = "روسيا وتركيا\n" + windows_1252(CEASEFIRE.encode())
    assert decode_text(garbled.encode()) == Decoded("روسيا وتركيا\n" + CEASEFIRE, "UTF-8", REPAIRED)


# --- where UTF-8 breaks ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, message",
    [
        # "2019 " is 5 bytes; then ر in Windows-1256 (0xD1), followed by و (0xE6), not a continuation byte
        ("2019 روسيا".encode("cp1256"), "not valid UTF-8 (byte 0xd1 at offset 5); re-save it as UTF-8"),
        # the same after a UTF-8 byte-order mark: the offset counts the mark's 3 bytes
        (
            b"\xef\xbb\xbf" + "2019 روسيا".encode("cp1256"),
            "not valid UTF-8 (byte 0xd1 at offset 8); re-save it as UTF-8",
        ),
        # ISO-8859-6 puts ر at 0xD1 too
        ("روسيا".encode("iso8859_6"), "not valid UTF-8 (byte 0xd1 at offset 0); re-save it as UTF-8"),
        # valid UTF-8 up to a cut in the middle of س (D8 B3): the lone D8 is at byte 4
        ("رو".encode() + b"\xd8", "not valid UTF-8 (byte 0xd8 at offset 4); re-save it as UTF-8"),
        (
            b"\xff\xfe" + "روسيا".encode("utf-16-le"),
            "not valid UTF-8 (byte 0xff at offset 0); it starts with a UTF-16 byte-order mark, re-save it as UTF-8",
        ),
    ],
)
def test_decode_utf8_names_the_first_bad_byte(data, message):
    with pytest.raises(DecodeProblem) as caught:
        decode_utf8(data)
    assert str(caught.value) == message


@pytest.mark.parametrize("data", [TALKS.encode(), b"\xef\xbb\xbf" + TALKS.encode()])
def test_decode_utf8_drops_a_byte_order_mark(data):
    assert decode_utf8(data) == TALKS


def test_describe_decode_error_adds_where_the_piece_started():
    # a JSON Lines file: line 2 starts at byte 11 and its 3rd byte is Windows-1256 ر
    data = b'{"a": "b"}\n"x' + "روسيا".encode("cp1256") + b'"\n'
    line = data[11:].split(b"\n")[0]
    with pytest.raises(UnicodeDecodeError) as caught:
        line.decode("utf-8")
    assert describe_decode_error(data, caught.value, 11) == (
        "not valid UTF-8 (byte 0xd1 at offset 13); re-save it as UTF-8"
    )


def test_describe_decode_error_counts_a_byte_order_mark_dropped_by_utf8_sig():
    # the first line of a JSON Lines file is read as utf-8-sig, which reports positions after the mark
    data = b'\xef\xbb\xbf{"a": "' + "روسيا".encode("cp1256") + b'"}\n'
    with pytest.raises(UnicodeDecodeError) as caught:
        data.split(b"\n")[0].decode("utf-8-sig")
    assert (
        describe_decode_error(data, caught.value, 0) == "not valid UTF-8 (byte 0xd1 at offset 10); re-save it as UTF-8"
    )
