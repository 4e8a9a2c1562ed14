"""Per-article extraction: gazetteer mentions, date expressions and dated events, each with
offsets into the original article text."""
