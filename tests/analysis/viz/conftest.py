"""Fixtures: the hand-made tables of viz_tables.py (the seed tables are in ``tests/conftest.py``)."""

from __future__ import annotations

import pandas as pd
import pytest
from viz_tables import DOC_TERMS, DOC_THEMES, DOCUMENTS, ENTITIES, EVENTS, MENTIONS, SENTENCES, THEMES

from analysis.aggregate.comentions import comentions_table


@pytest.fixture
def tables() -> dict[str, pd.DataFrame]:
    return {
        "entities": ENTITIES.copy(),
        "documents": DOCUMENTS.copy(),
        "sentences": SENTENCES.copy(),
        "mentions": MENTIONS.copy(),
        "comentions": comentions_table(MENTIONS, SENTENCES),
        "events": EVENTS.copy(),
        "doc_terms": DOC_TERMS.copy(),
        "themes": THEMES.copy(),
        "doc_themes": DOC_THEMES.copy(),
    }
