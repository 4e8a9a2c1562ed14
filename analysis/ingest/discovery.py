"""Which files of a path (or an upload) are articles to read: folders, ZIP archives, uploads.

Each file to read is a :class:`Unit` (a file on disk, a ZIP member or uploaded bytes) with its
kind (``txt``, ``json``, ``jsonl``, ``csv``, ``html``) and, for ``.txt`` articles, the
``metadata.csv`` beside it. Only a path that is not a corpus at all raises :class:`CorpusError`;
everything else is reported through the :class:`~analysis.ingest.report.Collector`.
"""

from __future__ import annotations

import io
import itertools
import os
import zipfile
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, BinaryIO

from analysis.ingest.metadata import METADATA_FILE, Metadata, read_metadata
from analysis.ingest.report import ZIP_READ_ERRORS, Collector, ReadOptions, TooLarge, read_at_most

#: What an import reads: a path (file or folder), paths, or uploaded ``(file name, bytes)`` pairs.
Files = str | Path | Sequence[str | Path] | Sequence[tuple[str, bytes]]

_JSON_SUFFIXES = {".json"}


_JSONL_SUFFIXES = {".jsonl", ".ndjson"}


_TEXT_SUFFIXES = {".txt"}


# Files that commonly sit next to a corpus and are not articles: skipped without a warning.
_DOCUMENTATION_SUFFIXES = {".md", ".rst", ".pdf", ".html", ".htm"}


_DOCUMENTATION_STEMS = {"readme", "license", "licence", "copying", "notice", "changelog"}


class CorpusError(ValueError):
    """The path is not a corpus at all (missing, or of a kind :func:`load_corpus` cannot read)."""


@dataclass
class Unit:
    """One file to read: a file on disk or a ZIP member."""

    label: str  # the path reported in problems, relative to the corpus path
    kind: str  # "txt" | "json" | "jsonl"
    read: Callable[[], bytes]
    metadata: Metadata | None = None
    size: int | None = None  # when known before reading (a file on disk, a ZIP member's header)
    open: Callable[[], IO[bytes]] | None = None  # a stream of the bytes (a file on disk, a ZIP member)

    def read_at_most(self, limit: int | None) -> bytes:
        """The bytes, streamed when they can be; raises :class:`TooLarge` past ``limit`` bytes."""
        if self.open is None:
            data = self.read()
            if limit is not None and len(data) > limit:
                raise TooLarge(len(data), limit)
            return data
        with self.open() as stream:
            return read_at_most(stream, limit)


def file_unit(path: Path, label: str, kind: str, metadata: Metadata | None = None) -> Unit:
    """A file on disk: its size known before it is read, read as a stream."""
    try:
        size: int | None = path.stat().st_size
    except OSError:
        size = None
    return Unit(label, kind, path.read_bytes, metadata, size, lambda: path.open("rb"))


def bounded_reader(read: Callable[[], IO[bytes]], limit: int | None) -> Callable[[], bytes]:
    """A reader of at most ``limit`` bytes of the stream ``read()`` opens (:class:`TooLarge` past it)."""

    def reader() -> bytes:
        with read() as stream:
            return read_at_most(stream, limit)

    return reader


def kind_of(name: str, options: ReadOptions | None = None) -> str | None:
    suffix = PurePosixPath(name).suffix.lower()
    if options is not None and options.tables_and_pages:
        if suffix == ".csv" and PurePosixPath(name).name.lower() != METADATA_FILE:
            return "csv"
        if suffix in (".html", ".htm"):
            return "html"
    if suffix in _TEXT_SUFFIXES:
        return "txt"
    if suffix in _JSON_SUFFIXES:
        return "json"
    if suffix in _JSONL_SUFFIXES:
        return "jsonl"
    if suffix == ".zip":
        return "zip"
    return None


def is_documentation(name: str) -> bool:
    path = PurePosixPath(name)
    return path.suffix.lower() in _DOCUMENTATION_SUFFIXES or path.stem.lower() in _DOCUMENTATION_STEMS


def units_for_file(path: Path, collector: Collector, stack: ExitStack) -> list[Unit]:
    """The units of one file given by path: itself, or a ZIP's members. A CSV or HTML file is one
    where the reader takes them (an import: ``collector.options.tables_and_pages``)."""
    kind = kind_of(path.name, collector.options)
    if kind == "zip":
        return units_in_zip(path, path.name, collector, stack)
    if kind is None:
        raise CorpusError(
            f"Cannot read {str(path)!r} as a corpus: expected a folder, or a .txt, .json, .jsonl "
            f"or .zip file, not a {path.suffix or 'suffix-less'} file."
        )
    return [file_unit(path, path.name, kind)]


def units_in_folder(folder: Path, collector: Collector, stack: ExitStack) -> list[Unit]:
    """The corpus files directly inside ``folder`` (not its subfolders), in name order."""
    try:
        entries = sorted((e for e in os.scandir(folder) if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as exc:
        raise CorpusError(f"Cannot list corpus folder {str(folder)!r}: {exc.strerror or exc}.") from exc
    files = [Path(e.path) for e in entries if e.is_file()]
    if not any(kind_of(file.name, collector.options) for file in files):
        raise CorpusError(
            f"Folder {str(folder)!r} holds no corpus files (.txt articles, or .json, .jsonl or .zip files)."
        )
    metadata_file = next((f for f in files if f.name.lower() == METADATA_FILE), None)
    metadata = None
    if metadata_file is not None:
        metadata = read_metadata(
            metadata_file.name,
            bounded_reader(lambda: metadata_file.open("rb"), collector.options.max_bytes),
            collector,
        )
    units: list[Unit] = []
    for file in files:
        if file is metadata_file:
            continue
        kind = kind_of(file.name, collector.options)
        if kind == "zip":
            units.extend(units_in_zip(file, file.name, collector, stack))
        elif kind is not None:
            units.append(file_unit(file, file.name, kind, metadata if kind == "txt" else None))
        elif not is_documentation(file.name):
            collector.warning(file.name, file.name, f"not a corpus file ({file.suffix or 'no suffix'}); skipped")
    if metadata is not None:
        report_unmatched_metadata(metadata, units, collector)
    return units


def units_in_zip(path: Path | BinaryIO, label: str, collector: Collector, stack: ExitStack) -> list[Unit]:
    """The corpus files inside a ZIP; a ``metadata.csv`` covers the ``.txt`` files beside it."""
    try:
        archive = stack.enter_context(zipfile.ZipFile(path))
        members = [m for m in archive.infolist() if not m.is_dir()]
    except ZIP_READ_ERRORS as exc:
        collector.error(label, label, f"not a readable ZIP archive ({exc}); nothing read from it")
        return []
    refusal = crafted_zip(archive, collector.options)
    if refusal is not None:
        collector.error(label, label, f"{refusal}; nothing read from it")
        return []

    def reader(member: zipfile.ZipInfo) -> Callable[[], bytes]:
        return bounded_reader(lambda: archive.open(member), collector.options.max_bytes)

    def opener(member: zipfile.ZipInfo) -> Callable[[], IO[bytes]]:
        return lambda: archive.open(member)

    folders: dict[PurePosixPath, list[zipfile.ZipInfo]] = {}
    for member in sorted(members, key=lambda m: m.filename):
        member_path = PurePosixPath(member.filename)
        if member_path.name.startswith(".") or "__MACOSX" in member_path.parts:
            continue
        folders.setdefault(member_path.parent, []).append(member)
    units: list[Unit] = []
    for folder_members in folders.values():
        metadata_member = next(
            (m for m in folder_members if PurePosixPath(m.filename).name.lower() == METADATA_FILE), None
        )
        metadata = None
        if metadata_member is not None:
            metadata = read_metadata(f"{label}/{metadata_member.filename}", reader(metadata_member), collector)
        folder_units = []
        for member in folder_members:
            if member is metadata_member:
                continue
            member_label = f"{label}/{member.filename}"
            kind = kind_of(member.filename, collector.options)
            if kind == "zip":
                collector.warning(member_label, member_label, "ZIP archives inside a ZIP are not read; skipped")
            elif kind is not None:
                folder_units.append(
                    Unit(
                        member_label,
                        kind,
                        reader(member),
                        metadata if kind == "txt" else None,
                        member.file_size,
                        opener(member),
                    )
                )
            elif not is_documentation(member.filename):
                suffix = PurePosixPath(member.filename).suffix or "no suffix"
                collector.warning(member_label, member_label, f"not a corpus file ({suffix}); skipped")
        if metadata is not None:
            report_unmatched_metadata(metadata, folder_units, collector)
        units.extend(folder_units)
    return units


#: Bytes of a ZIP local file header before the member's name (the smallest a member can take).
_LOCAL_HEADER = 30


def crafted_zip(archive: zipfile.ZipFile, options: ReadOptions) -> str | None:
    """Why ``archive`` is refused before any member is read, or None: more members than
    ``max_zip_members``, two entries of one name, or entries whose data overlap (a central directory
    pointing many entries at one member inflates it many times)."""
    entries = archive.infolist()
    limits = options.limits
    if limits is not None and len(entries) > limits.max_zip_members:
        return f"holds {len(entries):,} members, over the limit of {limits.max_zip_members:,}"
    seen: set[str] = set()
    for entry in entries:
        if entry.filename in seen:
            return f"holds {entry.filename!r} more than once (a crafted archive)"
        seen.add(entry.filename)
    by_offset = sorted(entries, key=lambda e: e.header_offset)
    for first, second in itertools.pairwise(by_offset):
        if first.header_offset + _LOCAL_HEADER + first.compress_size > second.header_offset:
            return f"has members whose data overlap ({first.filename!r} and {second.filename!r}; a crafted archive)"
    return None


def report_unmatched_metadata(metadata: Metadata, units: list[Unit], collector: Collector) -> None:
    names = {PurePosixPath(u.label).name for u in units if u.kind == "txt"}
    stems = {PurePosixPath(name).stem for name in names}
    for key, row in metadata.rows.items():
        if key not in names and key not in stems:
            collector.warning(
                metadata.label,
                f"{metadata.label}, line {row.line}",
                f"names {row.name!r}, but there is no such .txt article; row ignored",
            )


def units_for_paths(files: Files, collector: Collector, stack: ExitStack) -> list[Unit]:
    """Units for paths (files or folders) and uploads (``(name, bytes)`` pairs), in that order.

    A path of an unknown kind is read like an upload (sniffed, so a binary file is reported as
    such); raises :class:`CorpusError` for a path that does not exist.
    """
    if isinstance(files, (str, Path)):
        files = [files]
    units: list[Unit] = []
    uploads: list[tuple[str, bytes]] = []
    for item in files:
        if isinstance(item, tuple):
            uploads.append((str(item[0]), bytes(item[1])))
            continue
        path = Path(item)
        if not path.exists():
            raise CorpusError(f"{str(path)!r} does not exist.")
        if path.is_dir():
            units.extend(units_in_folder(path, collector, stack))
        elif kind_of(path.name, collector.options) is None:
            units.append(file_unit(path, path.name, "txt"))  # sniffed like an upload
        else:
            units.extend(units_for_file(path, collector, stack))
    units.extend(upload_units(uploads, collector, stack))
    return units


def _returning(data: bytes) -> Callable[[], bytes]:
    return lambda: data


def upload_units(uploads: list[tuple[str, bytes]], collector: Collector, stack: ExitStack) -> list[Unit]:
    """Units for uploaded files; a ``metadata.csv`` among them covers the ``.txt`` files."""
    metadata = None
    meta_upload = next(((n, d) for n, d in uploads if PurePosixPath(n).name.lower() == METADATA_FILE), None)
    if meta_upload is not None:
        meta_name, meta_bytes = meta_upload
        metadata = read_metadata(meta_name, lambda: meta_bytes, collector)
    units: list[Unit] = []
    for name, data in uploads:
        if meta_upload is not None and name == meta_upload[0]:
            continue
        kind = kind_of(name, collector.options)
        if kind == "zip":
            units.extend(units_in_zip(io.BytesIO(data), name, collector, stack))
            continue
        # Anything else is sniffed as text: a binary file is reported as such, not by suffix.
        kind = kind or "txt"
        units.append(Unit(name, kind, _returning(data), metadata if kind == "txt" else None, len(data)))
    if metadata is not None:
        report_unmatched_metadata(metadata, units, collector)
    return units
