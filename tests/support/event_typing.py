"""The event type the reader gives a date expression, for the event-type tests: of one sentence
(:func:`type_of`, the type reader alone) or of every date of an article (:func:`event_types`, the whole pipeline:
the dates' extent and days too)."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from analysis import schema
from analysis.extract.events import classify_event_at
from analysis.ingest.corpus import LoadedCorpus
from analysis.pipeline import analyse


def type_of(sentence: str, date_text: str) -> str:
    """The type of the first ``date_text`` in ``sentence``."""
    start = sentence.index(date_text)
    return classify_event_at(sentence, start, start + len(date_text))


def event_types(text: str, published: dt.date) -> dict[str, str]:
    """The event type of each date expression of an article made of ``text``, published on ``published``."""
    documents = pd.DataFrame(
        [{"doc_id": "d", "title": None, "source": None, "published": published, "url": None, "text": text}]
    )
    events = analyse(LoadedCorpus(name="t", documents=documents, problems=schema.PROBLEMS.empty())).events
    return dict(zip(events["date_text"], events["event_type"]))
