"""Every page of a running dashboard process opened once, as a browser would: warm caches for the first analysts.

    .venv/bin/python -m dashboard.warm --port 8501 [--lang en ar]

A Streamlit process starts with empty caches: the first session to open a page on a 30,000-article
corpus reads its tables and builds its figures (seconds per page), and every session that opens the
same page meanwhile waits on that work. ``python -m dashboard.serve`` calls :func:`warm` on each of
its processes before it accepts a browser, so analysts find every page's default view ready.

It speaks the browser's own protocol: a WebSocket to ``/_stcore/stream``, one ``rerun_script``
request per page (the pages named by the app's ``navigation`` message, as the sidebar gets them),
each answered when the process sends ``script_finished``. The pages run their real scripts in a
session of their own, so what they cache is what an analyst's session would have cached; nothing is
written (opening a page changes nothing in the store).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

#: A page's run interrupted by a rerun it asked for (``st.rerun``): its next run follows.
_FINISHED_EARLY = ForwardMsg.FINISHED_EARLY_FOR_RERUN


@dataclass
class Warmed:
    """What a warm-up did: each page's seconds (its first run in the process) and the pages that failed."""

    seconds: dict[str, float] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)

    def summary(self) -> str:
        total = sum(self.seconds.values())
        text = f"{len(self.seconds)} pages in {total:.1f} s"
        slowest = sorted(self.seconds.items(), key=lambda item: -item[1])[:3]
        if slowest:
            text += " (slowest: " + ", ".join(f"{page} {s:.1f} s" for page, s in slowest) + ")"
        if self.failures:
            text += "; failed: " + ", ".join(f"{page}: {why}" for page, why in self.failures.items())
        return text


@dataclass
class PageRun:
    """One run of a page: the exception it showed (if any) and the texts of its markdown elements
    (captions included), for a caller that reads what the page said."""

    problem: str | None
    texts: list[str]


class Session:
    """One dashboard session over the browser's protocol (a WebSocket to ``/_stcore/stream``), as
    :func:`Session.open` connects it. It learns the app's pages (``url_pathname`` →
    ``page_script_hash``) from the ``navigation`` message of its first run."""

    def __init__(self, ws, query: str, timeout: float) -> None:
        self.ws, self.query, self.timeout = ws, query, timeout
        self.pages: dict[str, str] = {}

    @classmethod
    @contextlib.asynccontextmanager
    async def open(
        cls, port: int, *, host: str = "127.0.0.1", query: str = "", timeout: float = 900
    ) -> AsyncIterator[Session]:
        """A new session with the URL's ``query`` (e.g. ``lang=ar``); ``timeout``: the longest wait
        for one message, in seconds."""
        uri = f"ws://{host}:{port}/_stcore/stream"
        protocols = [websockets.Subprotocol("streamlit")]
        async with websockets.connect(uri, subprotocols=protocols, max_size=None, open_timeout=timeout) as ws:
            yield cls(ws, query, timeout)

    @property
    def default_page(self) -> str:
        """The page served at the root: the navigation's first."""
        return next(iter(self.pages), "")

    async def run(self, page: str = "") -> PageRun:
        """Runs ``page`` (a ``url_pathname``; ``""``: the default page, as a first visit) and waits
        until the process says the run has finished (a run that asked for a rerun is followed)."""
        request = BackMsg()
        request.rerun_script.query_string = self.query
        request.rerun_script.page_script_hash = self.pages.get(page, "") if page else ""
        await self.ws.send(request.SerializeToString())
        problem, texts = None, []
        while True:
            message = ForwardMsg()
            message.ParseFromString(await asyncio.wait_for(self.ws.recv(), self.timeout))
            kind = message.WhichOneof("type")
            element = message.delta.new_element if kind == "delta" else None
            if kind == "navigation":
                for app_page in message.navigation.app_pages:
                    self.pages.setdefault(app_page.url_pathname, app_page.page_script_hash)
            elif element is not None and element.WhichOneof("type") == "exception":
                problem = element.exception.message[:200] or "an exception"
            elif element is not None and element.WhichOneof("type") == "markdown":
                texts.append(element.markdown.body)
            elif kind == "page_not_found":
                problem = "page not found"
            elif kind == "script_finished" and message.script_finished != _FINISHED_EARLY:
                return PageRun(problem, texts)


async def warm(port: int, *, host: str = "127.0.0.1", query: str = "", timeout: float = 900) -> Warmed:
    """Opens every page of the dashboard process on ``port`` once, in one new session, with the
    URL's ``query`` (e.g. ``lang=ar``). ``timeout``: the longest wait for one message, in seconds."""
    warmed = Warmed()
    async with Session.open(port, host=host, query=query, timeout=timeout) as session:
        began = time.perf_counter()
        first = await session.run()
        default = session.default_page
        warmed.seconds[default] = time.perf_counter() - began
        if first.problem:
            warmed.failures[default] = first.problem
        for name in [p for p in session.pages if p != default]:
            began = time.perf_counter()
            done = await session.run(name)
            warmed.seconds[name] = time.perf_counter() - began
            if done.problem:
                warmed.failures[name] = done.problem
    return warmed


def _label(page: str, query: str) -> str:
    name = page or "overview"  # the page served at the root
    return f"{name} ({query})" if query else name


def language_queries(languages: list[str]) -> list[str]:
    """The URLs' query strings that warm the default interface (English) and ``languages``."""
    return ["", *(f"lang={lang}" for lang in languages if lang != "en")]


async def warm_all(ports: list[int], queries: list[str]) -> list[Warmed]:
    """Every process warmed at once (each on its own cores), each in every ``queries`` in turn."""

    async def one(port: int) -> Warmed:
        total = Warmed()
        for query in queries:
            done = await warm(port, query=query)
            total.seconds.update({_label(page, query): seconds for page, seconds in done.seconds.items()})
            total.failures.update({_label(page, query): why for page, why in done.failures.items()})
        return total

    return list(await asyncio.gather(*(one(port) for port in ports)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, nargs="+", default=[8501])
    parser.add_argument("--lang", nargs="*", default=["ar"], help="interface languages to warm besides English")
    args = parser.parse_args(argv)
    queries = language_queries(args.lang)
    try:
        results = asyncio.run(warm_all(args.port, queries))
    except (OSError, websockets.WebSocketException, TimeoutError) as error:
        print(f"cannot warm the dashboard on port(s) {args.port}: {error}", file=sys.stderr)
        return 1
    for port, warmed in zip(args.port, results):
        print(f"port {port}: {warmed.summary()}")
    return 1 if any(w.failures for w in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
