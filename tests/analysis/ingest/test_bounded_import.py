"""An import is bounded by design (issue 14): small hostile ZIPs cannot take the memory.

Every limit is a setting of ``analysis/data/limits.yaml``; every refusal is a report row naming the
file and the problem; what was read before a limit was reached is kept.
"""

from __future__ import annotations

import tracemalloc

import pytest
from hostile_zips import SENTENCE, arabic_bytes, lying_zip, many_members_zip, overlapping_zip

from analysis.ingest.importing import read_files
from analysis.limits import ImportLimits, LimitsError, load_limits, read_limits

MB = 1_000_000


def errors(batch) -> list[str]:
    return batch.report.loc[batch.report["status"] == "error", "problem"].tolist()


def peak_while(read) -> tuple[object, int]:
    """What ``read()`` gives and the peak of the memory Python allocated meanwhile, in bytes."""
    tracemalloc.start()
    try:
        result = read()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_the_limits_are_settings_of_the_data_file():
    limits = load_limits()
    assert limits.importing.max_file_bytes == 20 * MB
    assert limits.importing.max_total_bytes >= 108 * MB  # the whole SaudiNewsNet corpus fits
    assert limits.analysis.max_article_chars >= 33_687  # the longest SaudiNewsNet article


def test_a_bad_limit_names_the_file_and_the_entry(tmp_path):
    path = tmp_path / "limits.yaml"
    path.write_text(
        "import: {max_file_bytes: 20MB, max_total_bytes: 1, max_zip_members: 1}\n"
        "analysis: {max_article_chars: 1, max_events_per_article: 1, max_mentions_per_article: 1}\n",
        "utf-8",
    )
    with pytest.raises(LimitsError, match=r"limits\.yaml: import\.max_file_bytes is '20MB'"):
        read_limits(path)


def test_a_central_directory_pointing_250_entries_at_one_member_is_refused_unread():
    # 92 kB that a naive reader inflates to 250 × 20 MB.
    bomb = overlapping_zip(20 * MB, 250)
    batch, peak = peak_while(lambda: read_files([("bomb.zip", bomb)]))
    assert errors(batch) == ["bomb.zip: holds 'article.txt' more than once (a crafted archive); nothing read from it"]
    assert batch.documents.empty
    assert peak < 5 * MB


def test_entries_of_different_names_sharing_one_member_are_refused_as_overlapping():
    bomb = overlapping_zip(1 * MB, 3, names=["a.txt", "b.txt", "c.txt"])
    batch = read_files([("bomb.zip", bomb)])
    assert len(errors(batch)) == 1
    assert "bomb.zip: has members whose data overlap ('a.txt' and 'b.txt'" in errors(batch)[0]


def test_too_many_members_refuse_the_archive():
    archive = many_members_zip(5, 1000)
    limits = ImportLimits(max_file_bytes=MB, max_total_bytes=10 * MB, max_zip_members=4)
    batch = read_files([("many.zip", archive)], limits=limits)
    assert errors(batch) == ["many.zip: holds 5 members, over the limit of 4; nothing read from it"]


def test_members_each_under_the_file_limit_stop_at_the_total_limit_and_the_first_are_kept():
    # Ten 2 MB members (each under the 3 MB file limit): the import's total of 5 MB holds two.
    archive = many_members_zip(10, 2 * MB)
    limits = ImportLimits(max_file_bytes=3 * MB, max_total_bytes=5 * MB, max_zip_members=100)
    batch, peak = peak_while(lambda: read_files([("big.zip", archive)], limits=limits, max_bytes=3 * MB))
    assert len(batch.documents) == 2
    refused = errors(batch)
    assert len(refused) == 8
    assert refused[0].startswith("big.zip/article-03.txt: the import has read 5.0 MB, its limit for all files together")
    assert peak < 40 * MB  # two 2 MB articles as text and their copies, not ten


def test_a_header_that_understates_the_size_is_not_believed():
    # The headers say 1 kB; the member inflates to 200 MB. It is read a chunk at a time, never whole.
    bomb = lying_zip(200 * MB, 1000)
    batch, peak = peak_while(lambda: read_files([("liar.zip", bomb)]))
    assert batch.documents.empty
    assert errors(batch)[0].startswith("liar.zip/article.txt: cannot be read (Bad CRC-32")
    assert peak < 10 * MB


def test_a_member_larger_than_its_header_says_stops_at_the_file_limit():
    # The headers say 1 kB (under the 1 MB limit); the member gives 3 MB: stopped after 1 MB.
    bomb = lying_zip(3 * MB, 1000)
    limits = ImportLimits(max_file_bytes=MB, max_total_bytes=10 * MB, max_zip_members=100)
    batch, peak = peak_while(lambda: read_files([("liar.zip", bomb)], limits=limits, max_bytes=1000 * 1000))
    assert batch.documents.empty
    assert len(errors(batch)) == 1
    assert peak < 10 * MB


def test_a_file_on_disk_is_measured_before_it_is_read(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    big.write_bytes(arabic_bytes(3 * MB))
    (tmp_path / "small.txt").write_text(SENTENCE, "utf-8")
    read_whole = []
    monkeypatch.setattr(type(big), "read_bytes", lambda self: read_whole.append(self.name) or b"")
    batch = read_files(tmp_path, max_bytes=MB)
    assert read_whole == []
    assert errors(batch) == ["big.txt: file is 3.0 MB, over the 1.0 MB limit; skipped"]
    assert batch.documents["doc_id"].tolist() == ["small"]
