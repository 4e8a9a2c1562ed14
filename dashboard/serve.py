"""Several dashboard processes behind one port, each browser kept on its own process.

    .venv/bin/python -m dashboard.serve --processes 2 [--port 8501] [--address 127.0.0.1] [-- streamlit options]

One Streamlit process runs every session's script under one interpreter lock: on a machine with
several cores, many analysts at once wait for each other. This starts ``--processes`` copies of
``streamlit run dashboard/app.py`` on free ports of 127.0.0.1 and a small proxy on ``--port``.

A session lives in one process (its WebSocket, its uploads, its downloads), so the proxy is sticky:
a browser's first request goes to the process with the fewest browsers and its response sets the
cookie ``an_process``; every later connection of that browser (the WebSocket, an upload, a
download, a reload) carries the cookie and reaches the same process. The proxy works on the bytes of
each connection: it reads the first request's head to choose the process, adds the cookie to the
first response's head, and otherwise copies both ways unchanged (the Host and Origin checks of each
Streamlit process apply as without the proxy). A request whose Host ``.streamlit/config.toml``'s
``server.allowedHosts`` does not name is refused (403) on every route, not only the WebSocket. Stopping this process (Ctrl-C, SIGTERM) stops them all.

Before it accepts a browser, every process opens each page once in English and Arabic
(:mod:`dashboard.warm`, ``--warm LANG…``, ``--no-warm``): the corpus' tables are read and every
page's default view is built in each process, not in the first analysts' sessions.

The processes share the article store and the analysis cache on disk as two processes always may
(the store's lock, see :mod:`analysis.store.database`); each holds its own tables in memory.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import time
import tomllib
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from websockets import WebSocketException

from dashboard.access import PUBLIC_ADDRESS_ENV
from dashboard.warm import language_queries, warm_all

APP = Path(__file__).resolve().parent / "app.py"
CONFIG = APP.parent.parent / ".streamlit" / "config.toml"
COOKIE = "an_process"
_COOKIE_VALUE = re.compile(rb"(?:^|;)\s*" + COOKIE.encode() + rb"=(\d+)")
_HEAD_END = b"\r\n\r\n"
#: Requests that are not a browser arriving (a health check): they do not count towards a process' browsers.
_UNCOUNTED = (b"GET /_stcore/health ", b"HEAD /_stcore/health ")
_MAX_HEAD = 64 * 1024  # a request head larger than this is refused (431)


@dataclass
class Backend:
    port: int
    browsers: int = 0  # browsers sent here by a cookie this proxy set
    process: subprocess.Popen | None = field(default=None, repr=False)


def allowed_hosts(config_file: Path = CONFIG) -> tuple[str, ...]:
    """``server.allowedHosts`` of the dashboard's ``.streamlit/config.toml`` (empty: any host)."""
    try:
        settings = tomllib.loads(config_file.read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise SystemExit(f"{config_file}: cannot read the allowed hosts: {error}") from None
    return tuple(str(h).lower() for h in settings.get("server", {}).get("allowedHosts", []))


def header_values(head: bytes, name: bytes) -> list[bytes]:
    """The values of the header ``name`` (lower case) in a request's head, stripped."""
    values = []
    for line in head.split(b"\r\n")[1:]:
        key, _, value = line.partition(b":")
        if key.strip().lower() == name:
            values.append(value.strip())
    return values


def host_allowed(head: bytes, allowed: tuple[str, ...]) -> bool:
    """Whether the request's Host (its port left out) is one ``allowed`` names, as Streamlit checks
    its WebSocket (``*`` any host, ``*.example.com`` its subdomains, none listed: any). The proxy
    checks every request, so a page of another name that resolves to this machine (DNS rebinding)
    reaches no route at all."""
    if not allowed or "*" in allowed:
        return True
    host = b" ".join(header_values(head, b"host")).decode("latin-1").lower()
    host = host[1 : host.index("]")] if host.startswith("[") and "]" in host else host.rsplit(":", 1)[0]
    return bool(host) and any(host == name or (name.startswith("*.") and host.endswith(name[1:])) for name in allowed)


def choose(backends: list[Backend], head: bytes) -> tuple[int, bool]:
    """The process for a connection whose first request has ``head``: the one its cookie names,
    else the one with the fewest browsers (and True: the response must set the cookie)."""
    for value in header_values(head, b"cookie"):
        found = _COOKIE_VALUE.search(value)
        if found and int(found[1]) < len(backends):
            return int(found[1]), False
    index = min(range(len(backends)), key=lambda i: backends[i].browsers)
    return index, True


def with_cookie(head: bytes, index: int) -> bytes:
    """A response head with the cookie that keeps the browser on process ``index``."""
    cookie = f"Set-Cookie: {COOKIE}={index}; Path=/; HttpOnly; SameSite=Lax\r\n".encode()
    first_line_end = head.index(b"\r\n") + 2
    return head[:first_line_end] + cookie + head[first_line_end:]


async def _read_head(reader: asyncio.StreamReader) -> bytes | None:
    try:
        return await reader.readuntil(_HEAD_END)
    except asyncio.IncompleteReadError:
        return None
    except asyncio.LimitOverrunError:
        return b""


async def _copy(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except (ConnectionError, asyncio.CancelledError):
        pass
    finally:
        with contextlib.suppress(Exception):
            writer.close()


async def _proxy(
    backends: list[Backend], allowed: tuple[str, ...], client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter
) -> None:
    head = await _read_head(client_r)
    if not head:
        if head == b"":
            client_w.write(b"HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Length: 0\r\n\r\n")
        client_w.close()
        return
    if not host_allowed(head, allowed):
        client_w.write(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        client_w.close()
        return
    index, new_browser = choose(backends, head)
    # counted at once: browsers that arrive together (a team opening the link) are spread, not all
    # sent to the process that had the fewest before any of them was answered
    counted = new_browser and not head.startswith(_UNCOUNTED)
    if counted:
        backends[index].browsers += 1
    try:
        backend_r, backend_w = await asyncio.open_connection("127.0.0.1", backends[index].port, limit=_MAX_HEAD)
    except OSError:
        if counted:
            backends[index].browsers -= 1
        client_w.write(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
        client_w.close()
        return
    backend_w.write(head)
    upstream = asyncio.ensure_future(_copy(client_r, backend_w))
    if new_browser:
        response = await _read_head(backend_r)
        if response:
            client_w.write(with_cookie(response, index))
        elif counted:
            backends[index].browsers -= 1
    await _copy(backend_r, client_w)
    upstream.cancel()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_backends(n: int, streamlit_args: list[str], public_address: str = "127.0.0.1") -> list[Backend]:
    """``n`` Streamlit processes of the dashboard on free ports of 127.0.0.1, answering their health
    check; each told the address analysts reach (its access rules depend on it: see
    :func:`dashboard.access.served_address`)."""
    env = {**os.environ, PUBLIC_ADDRESS_ENV: public_address}
    backends = []
    for _ in range(n):
        port = _free_port()
        command = [sys.executable, "-m", "streamlit", "run", str(APP), "--server.port", str(port),
                   "--server.address", "127.0.0.1", "--server.headless", "true", *streamlit_args]  # fmt: skip
        process = subprocess.Popen(command, cwd=APP.parent.parent, env=env, start_new_session=True)
        backends.append(Backend(port, process=process))
    deadline = time.monotonic() + 120
    for backend in backends:
        while True:
            if backend.process is not None and backend.process.poll() is not None:
                stop_backends(backends)
                raise SystemExit(
                    f"a dashboard process exited with code {backend.process.returncode} before it answered"
                )
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{backend.port}/_stcore/health", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    stop_backends(backends)
                    raise SystemExit(
                        f"the dashboard process on port {backend.port} did not answer within 120 s"
                    ) from None
                time.sleep(0.3)
    return backends


def stop_backends(backends: list[Backend]) -> None:
    for backend in backends:
        if backend.process is not None and backend.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(backend.process.pid, signal.SIGTERM)
    for backend in backends:
        if backend.process is not None:
            try:
                backend.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(backend.process.pid, signal.SIGKILL)


async def serve(backends: list[Backend], address: str, port: int, warm_languages: list[str] | None = None) -> None:
    """Proxies ``address:port`` to the processes, after warming each one's pages in the interface
    languages ``warm_languages`` (English always; ``None``: no warm-up)."""
    allowed = allowed_hosts()
    if warm_languages is not None:
        began = time.perf_counter()
        try:
            warmed = await warm_all([b.port for b in backends], language_queries(warm_languages))
        except (OSError, TimeoutError, WebSocketException) as error:  # a cold start is slower, not broken
            print(f"warm-up stopped ({error}): the first visits will fill the caches", flush=True)
        else:
            for backend, done in zip(backends, warmed):
                print(f"process on port {backend.port} warmed: {done.summary()}", flush=True)
            print(f"warm-up: {time.perf_counter() - began:.0f} s", flush=True)
    server = await asyncio.start_server(
        lambda r, w: _proxy(backends, allowed, r, w), address, port, limit=_MAX_HEAD, reuse_address=True
    )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    print(f"The dashboard, {len(backends)} processes: http://{address}:{port}", flush=True)
    async with server:
        await stop.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--port", type=int, default=8501)
    parser.add_argument("--address", default="127.0.0.1")
    parser.add_argument(
        "--warm", nargs="*", default=["ar"], metavar="LANG",
        help="interface languages whose pages are opened once in every process before serving, besides English",
    )  # fmt: skip
    parser.add_argument("--no-warm", action="store_true", help="serve at once, every cache cold")
    parser.add_argument("streamlit_args", nargs="*", help="after --: options for every streamlit run")
    args = parser.parse_args(argv)
    if args.processes < 1:
        parser.error("--processes must be at least 1")
    backends = start_backends(args.processes, args.streamlit_args, args.address)
    try:
        asyncio.run(serve(backends, args.address, args.port, None if args.no_warm else args.warm))
    finally:
        stop_backends(backends)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
