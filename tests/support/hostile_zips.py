"""ZIP archives built to take all the memory of a naive reader (issue 14), for tests and bench/.

* :func:`overlapping_zip`: one deflated member, and a central directory that points ``copies``
  entries of the same name at it (a 71 KB file that inflates to 250 × 20 MB);
* :func:`many_members_zip`: ``count`` members, each under the per-file limit, large together;
* :func:`lying_zip`: one member whose headers say it holds ``stated`` bytes while it inflates to
  far more.
"""

from __future__ import annotations

import io
import struct
import zipfile

# From the seed corpus (seeds/000_4404655001853660.txt).
SENTENCE = (
    "أعلنت وزارة الخارجية الروسية اليوم أن الرئيس فلاديمير بوتين بحث مع نظيره التركي رجب طيب أردوغان الوضع في إدلب.\n"
)


def arabic_bytes(size: int) -> bytes:
    """``size`` bytes (about) of UTF-8 Arabic text: the seed sentence again and again."""
    line = SENTENCE.encode("utf-8")
    return line * max(1, size // len(line))


def _deflated(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _parts(data: bytes) -> tuple[bytes, bytes, int]:
    """(local headers and data, central directory, number of entries) of a ZIP without a comment."""
    eocd = data.rindex(b"PK\x05\x06")
    entries, size, offset = struct.unpack("<HII", data[eocd + 10 : eocd + 20])
    return data[:offset], data[offset : offset + size], entries


def _end(entries: int, central: bytes, offset: int) -> bytes:
    return struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, entries, entries, len(central), offset, 0)


def overlapping_zip(member_bytes: int, copies: int, *, names: list[str] | None = None) -> bytes:
    """A ZIP of ONE deflated member of ``member_bytes`` bytes and ``copies`` central directory
    entries pointing at it, all named ``article.txt`` (or ``names[i]``)."""
    local, central, _ = _parts(_deflated({"article.txt": arabic_bytes(member_bytes)}))
    entries = []
    for i in range(copies):
        if names is None:
            entries.append(central)
        else:
            name = names[i].encode()
            fixed = bytearray(central[:46])
            struct.pack_into("<H", fixed, 28, len(name))
            entries.append(bytes(fixed) + name + central[46 + len(b"article.txt") :])
    directory = b"".join(entries)
    return local + directory + _end(copies, directory, len(local))


def many_members_zip(count: int, member_bytes: int) -> bytes:
    """``count`` deflated members ``article-01.txt``… of ``member_bytes`` bytes each (distinct texts)."""
    return _deflated(
        {f"article-{i:02}.txt": f"{i} ".encode() + arabic_bytes(member_bytes) for i in range(1, count + 1)}
    )


def lying_zip(member_bytes: int, stated: int) -> bytes:
    """One member ``article.txt`` of ``member_bytes`` bytes whose headers (local and central)
    say it holds ``stated`` bytes."""
    local, central, entries = _parts(_deflated({"article.txt": arabic_bytes(member_bytes)}))
    local, central = bytearray(local), bytearray(central)
    struct.pack_into("<I", local, 22, stated)  # local header: uncompressed size
    struct.pack_into("<I", central, 24, stated)  # central directory entry: uncompressed size
    return bytes(local) + bytes(central) + _end(entries, bytes(central), len(local))
