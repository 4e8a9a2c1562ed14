"""Which process of ``python -m dashboard.serve`` a connection goes to (the browser test
``tests/browser/test_serve_processes.py`` runs the whole thing)."""

from __future__ import annotations

import pytest

from dashboard.serve import Backend, allowed_hosts, choose, host_allowed, with_cookie


def head(*lines: str) -> bytes:
    return ("GET /_stcore/stream HTTP/1.1\r\n" + "".join(f"{line}\r\n" for line in lines) + "\r\n").encode()


def test_a_browser_with_the_cookie_goes_back_to_its_process():
    backends = [Backend(1), Backend(2, browsers=5)]
    assert choose(backends, head("Host: localhost", "Cookie: theme=dark; an_process=1")) == (1, False)


def test_a_new_browser_goes_to_the_process_with_the_fewest_browsers_and_gets_the_cookie():
    backends = [Backend(1, browsers=3), Backend(2, browsers=1)]
    assert choose(backends, head("Host: localhost")) == (1, True)
    assert choose(backends, head("Cookie: other_an_process=0")) == (1, True)  # another cookie's name


def test_a_cookie_naming_no_process_is_a_new_browser():
    assert choose([Backend(1), Backend(2)], head("Cookie: an_process=7")) == (0, True)


def test_the_cookie_is_added_to_the_first_response_head():
    response = b"HTTP/1.1 200 OK\r\ncontent-type: text/html\r\n\r\n"
    assert with_cookie(response, 1) == (
        b"HTTP/1.1 200 OK\r\nSet-Cookie: an_process=1; Path=/; HttpOnly; SameSite=Lax\r\ncontent-type: text/html\r\n\r\n"
    )


def test_only_the_allowed_hosts_reach_a_process_whatever_their_port():
    allowed = ("localhost", "127.0.0.1", "::1", "*.example.org")
    assert host_allowed(head("Host: localhost:8501"), allowed)
    assert host_allowed(head("Host: [::1]:8501"), allowed)
    assert host_allowed(head("Host: news.example.org"), allowed)
    assert not host_allowed(head("Host: evil.example:8501"), allowed)  # DNS rebinding
    assert not host_allowed(head("Host: example.org.evil.example"), allowed)
    assert not host_allowed(head("Accept: */*"), allowed)  # no Host at all
    assert host_allowed(head("Host: evil.example"), ())  # none listed: any, as Streamlit


def test_the_allowed_hosts_are_the_dashboards_config(tmp_path):
    assert allowed_hosts() == ("localhost", "127.0.0.1", "::1")  # .streamlit/config.toml
    broken = tmp_path / "config.toml"
    broken.write_text("[server\n", "utf-8")
    with pytest.raises(SystemExit, match=r"config\.toml: cannot read the allowed hosts"):
        allowed_hosts(broken)


def test_browsers_arriving_together_are_spread_over_the_processes():
    """Ten analysts open the link at once: each is counted when its process is chosen, not when the
    (slow, busy) process answers, so they are spread 5 and 5, not all sent to the first process."""
    import asyncio
    import concurrent.futures

    from dashboard.serve import _proxy

    async def slow_backend(reader, writer):
        await reader.readuntil(b"\r\n\r\n")
        await asyncio.sleep(0.2)  # a busy process answers late
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")
        await writer.drain()
        writer.close()

    async def scenario():
        servers = [await asyncio.start_server(slow_backend, "127.0.0.1", 0) for _ in range(2)]
        backends = [Backend(s.sockets[0].getsockname()[1]) for s in servers]
        proxy = await asyncio.start_server(lambda r, w: _proxy(backends, (), r, w), "127.0.0.1", 0)
        port = proxy.sockets[0].getsockname()[1]

        async def request(path: str) -> bytes:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(f"GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n".encode())
            response = await reader.read()
            writer.close()
            return response

        browsers = (request("/") for _ in range(10))
        responses = await asyncio.gather(*browsers, request("/_stcore/health"), request("/_stcore/health"))
        for server in (*servers, proxy):
            server.close()
        return responses, backends

    # A thread of its own: an xdist worker that ran a Playwright test before has an event loop running here.
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        responses, backends = pool.submit(asyncio.run, scenario()).result()
    cookies = sorted(r.split(b"an_process=")[1][:1] for r in responses[:10])
    assert cookies == [b"0"] * 5 + [b"1"] * 5
    assert [b.browsers for b in backends] == [5, 5]  # a health check is not a browser
