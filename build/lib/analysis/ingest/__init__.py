"""Reading what analysts bring: folders, ZIPs, JSON/JSONL, CSV and HTML files, in any common
encoding, into one documents table and a report of every problem (:func:`load_corpus` for a corpus
on disk, :func:`~analysis.ingest.importing.read_files` for an import into the article store)."""
