"""Only the dashboard's own pages reach it: DNS rebinding and foreign origins are refused.

Issue 14: the WebSocket accepted ``Host: evil.example``. A page of evil.example whose DNS name is
then pointed at 127.0.0.1 ("DNS rebinding") connects with Host *and* Origin ``evil.example``: for
the browser that is the page's own origin, so Streamlit's CORS check lets it through, and the
page drives the analyst's dashboard (deletes corpora, edits the gazetteer). ``.streamlit/config.toml``
lists the host names the dashboard answers to (``server.allowedHosts``).

A real ``streamlit run`` with the repository's configuration; the client is the ``websockets``
library, not a browser, so the test can send the headers an attacker's page would make a browser
send (the socket is opened to 127.0.0.1, whatever name the request carries).
"""

from __future__ import annotations

import socket

import pytest
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit_server import streamlit_server
from websockets.exceptions import InvalidStatus
from websockets.sync.client import connect

pytestmark = pytest.mark.slow  # starts a streamlit server

STREAM = "/_stcore/stream"


@pytest.fixture(scope="module")
def port(tmp_path_factory):
    with streamlit_server(tmp_path_factory.mktemp("origins")) as port:
        yield port


def open_stream(port: int, host: str, origin: str | None):
    """The dashboard's WebSocket, asked for as ``host`` (the Host header) from a page of ``origin``."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    return connect(
        f"ws://{host}{STREAM}", sock=sock, origin=origin, subprotocols=["streamlit"], open_timeout=10, close_timeout=2
    )


def refused_status(port: int, host: str, origin: str | None) -> int:
    with pytest.raises(InvalidStatus) as refused:
        open_stream(port, host, origin).close()
    return refused.value.response.status_code


@pytest.mark.parametrize(
    ("host", "origin"),
    [
        ("127.0.0.1:{port}", "http://127.0.0.1:{port}"),  # make dashboard, opened as the README says
        ("localhost:{port}", "http://localhost:{port}"),
        ("[::1]:{port}", "http://[::1]:{port}"),
    ],
)
def test_the_dashboards_own_page_connects(port, host, origin):
    with open_stream(port, host.format(port=port), origin.format(port=port)) as ws:
        assert ws.subprotocol == "streamlit"


@pytest.mark.parametrize(
    ("host", "origin"),
    [
        # DNS rebinding: the attacker's page, its name now resolving to 127.0.0.1
        ("evil.example:{port}", "http://evil.example:{port}"),
        ("evil.example", "http://evil.example"),
        ("rebind.127.0.0.1.nip.io:{port}", "http://rebind.127.0.0.1.nip.io:{port}"),
        # a program that sends no Origin cannot choose the Host either
        ("evil.example:{port}", None),
        # a page of another site opening ws://127.0.0.1 directly (cross-site WebSocket hijacking)
        ("127.0.0.1:{port}", "http://evil.example"),
        ("localhost:{port}", "https://evil.example"),
    ],
)
def test_a_foreign_host_or_origin_is_refused(port, host, origin):
    assert refused_status(port, host.format(port=port), origin and origin.format(port=port)) == 403


def test_the_grids_own_csv_download_is_off(port):
    """The session's configuration as the server sends it to the page: the grid's toolbar shows no
    "Download as CSV" (it writes ``=HYPERLINK(...)`` cells raw); our own download is under every table."""
    with open_stream(port, f"127.0.0.1:{port}", f"http://127.0.0.1:{port}") as ws:
        rerun = BackMsg()
        rerun.rerun_script.query_string = ""
        ws.send(rerun.SerializeToString())
        for _ in range(50):
            message = ForwardMsg()
            message.ParseFromString(ws.recv(timeout=60))
            if message.WhichOneof("type") == "new_session":
                break
        else:
            pytest.fail("no new_session message")
    assert message.new_session.config.disable_data_export
