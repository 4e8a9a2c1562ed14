"""What is kept on disk: the article store (DuckDB), the analyst's gazetteer edits (the overlay),
Parquet snapshots of analysed corpora and the cache of corpora read from a path."""
