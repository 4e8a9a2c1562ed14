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
import sys
import time
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


async def _run_page(ws, page_hash: str, query: str, pages: dict[str, str], timeout: float) -> str | None:
    """Runs one page in the session; returns the exception a page showed, if any. Learns the app's
    pages (``url_pathname`` → ``page_script_hash``) from its ``navigation`` message."""
    request = BackMsg()
    request.rerun_script.query_string = query
    request.rerun_script.page_script_hash = page_hash
    await ws.send(request.SerializeToString())
    problem = None
    while True:
        message = ForwardMsg()
        message.ParseFromString(await asyncio.wait_for(ws.recv(), timeout))
        kind = message.WhichOneof("type")
        if kind == "navigation":
            for app_page in message.navigation.app_pages:
                pages.setdefault(app_page.url_pathname, app_page.page_script_hash)
        elif kind == "delta" and message.delta.new_element.WhichOneof("type") == "exception":
            problem = message.delta.new_element.exception.message[:200] or "an exception"
        elif kind == "page_not_found":
            problem = "page not found"
        elif kind == "script_finished" and message.script_finished != _FINISHED_EARLY:
            return problem


async def warm(port: int, *, host: str = "127.0.0.1", query: str = "", timeout: float = 900) -> Warmed:
    """Opens every page of the dashboard process on ``port`` once, in one new session, with the
    URL's ``query`` (e.g. ``lang=ar``). ``timeout``: the longest wait for one message, in seconds."""
    warmed = Warmed()
    pages: dict[str, str] = {}
    uri = f"ws://{host}:{port}/_stcore/stream"
    async with websockets.connect(uri, subprotocols=[websockets.Subprotocol("streamlit")], max_size=None) as ws:
        began = time.perf_counter()
        default_problem = await _run_page(ws, "", query, pages, timeout)
        default = next(iter(pages), "")  # the first page of the navigation is the one served at the root
        warmed.seconds[default] = time.perf_counter() - began
        if default_problem:
            warmed.failures[default] = default_problem
        for name, page_hash in list(pages.items()):
            if name == default:
                continue
            began = time.perf_counter()
            problem = await _run_page(ws, page_hash, query, pages, timeout)
            warmed.seconds[name] = time.perf_counter() - began
            if problem:
                warmed.failures[name] = problem
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
