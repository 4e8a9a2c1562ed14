"""Corpus-wide tables from the per-article ones: TF-IDF key terms, NMF themes, co-mention
statistics; and the analyst's selection (filters) and keyword-in-context search over them."""
