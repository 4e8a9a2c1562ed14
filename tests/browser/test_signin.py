"""Sign-in and roles against a real OpenID Connect provider, in Chromium.

The provider is panva/oidc-provider (OpenID certified), run by Node.js from ``tests/oidc`` on a free
port of ``localhost``; its development login form takes any user name and signs in
``<name>@example.test``. The dashboard runs with an ``[auth]`` section in a secrets file of its own
(``--secrets.files``) and a roles file (``$ARABIC_NEWS_ROLES``) that makes ``admin@example.test``
an administrator and everyone else a viewer.

An analyst who opens the dashboard sees only the sign-in screen; signed in as a viewer, they browse
but the Corpora page offers no import, no rename and no deletion; signed in as the administrator,
they delete a corpus, and the audit log names them.
"""

from __future__ import annotations

import secrets
import shutil
import subprocess
from pathlib import Path

import pytest
from browser_checks import strip_bidi
from conftest import REPO, _free_port, new_tab, stop, streamlit_server, wait_until_up

pytestmark = pytest.mark.browser  # real Chromium against `streamlit run` and a real OIDC provider

OIDC = REPO / "tests" / "oidc"
CLIENT_ID, CLIENT_SECRET = "arabic-news-dashboard", secrets.token_urlsafe(24)


@pytest.fixture(scope="module")
def provider(tmp_path_factory) -> str:
    """The OpenID Connect provider's issuer URL (``http://localhost:PORT``), for an app on ``app_port``."""
    node = shutil.which("node")
    if node is None or not (OIDC / "node_modules" / "oidc-provider").is_dir():
        pytest.fail("Node.js or tests/oidc/node_modules is missing: run `make test`, which installs both")
    work = tmp_path_factory.mktemp("oidc")
    port, app_port = _free_port(), _free_port()
    stdout, stderr = work / "stdout.log", work / "stderr.log"
    redirect = f"http://127.0.0.1:{app_port}/oauth2callback"
    with stdout.open("wb") as out, stderr.open("wb") as err:
        proc = subprocess.Popen(
            [node, str(OIDC / "provider.mjs"), str(port), CLIENT_ID, CLIENT_SECRET, redirect],
            stdout=out, stderr=err, start_new_session=True,
        )  # fmt: skip
    issuer = f"http://localhost:{port}"
    try:
        wait_until_up(proc, f"{issuer}/.well-known/openid-configuration", stdout, stderr)
        yield issuer, app_port
    finally:
        stop(proc)


@pytest.fixture(scope="module")
def app(provider, tmp_path_factory) -> str:
    """The dashboard with sign-in configured; yields its base URL (``http://127.0.0.1:PORT``)."""
    issuer, app_port = provider
    work = tmp_path_factory.mktemp("signin")
    (work / "secrets.toml").write_text(
        "[auth]\n"
        f'redirect_uri = "http://127.0.0.1:{app_port}/oauth2callback"\n'
        f'cookie_secret = "{secrets.token_urlsafe(32)}"\n'
        f'client_id = "{CLIENT_ID}"\n'
        f'client_secret = "{CLIENT_SECRET}"\n'
        f'server_metadata_url = "{issuer}/.well-known/openid-configuration"\n'
        # Streamlit asks for prompt=select_account unless told otherwise; this provider offers login
        'client_kwargs = { prompt = "login" }\n',
        encoding="utf-8",
    )
    (work / "roles.yaml").write_text("admins: [admin@example.test]\ndefault: viewer\n", encoding="utf-8")
    env = {"ARABIC_NEWS_ROLES": str(work / "roles.yaml")}
    with streamlit_server(work, env, ("--secrets.files", str(work / "secrets.toml")), port=app_port) as base:
        yield base


def sign_in(browser, base: str, user: str):
    """A fresh browser session signed in as ``user`` through the provider's own pages."""
    tab, context = new_tab(browser, base)
    page = tab.page
    page.goto(base)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_selector('input[name="login"]')  # the provider's login form, on its own origin
    assert page.url.startswith("http://localhost:"), page.url
    page.fill('input[name="login"]', user)
    page.fill('input[name="password"]', "any")
    page.locator('button[type="submit"]').click()
    page.wait_for_url(lambda url: "/interaction/" in url or url.startswith(base))
    if "/interaction/" in page.url:  # the provider's consent page: "Continue"
        page.get_by_role("button", name="Continue").click()
    page.wait_for_url(f"{base}/**")
    page.wait_for_selector('[data-testid="stSidebar"]')
    tab.settle()
    return tab, context


def test_nothing_shows_before_sign_in(browser, app):
    tab, context = new_tab(browser, app)
    try:
        tab.open()
        assert tab.page.get_by_role("button", name="Sign in").is_visible()
        body = tab.page.inner_text('[data-testid="stMain"]')
        assert "Sign in to open the dashboard" in body
        assert not tab.page.locator('[data-testid="stSidebarNav"]').count()  # no page, no corpus, no count
    finally:
        context.close()


def test_a_viewer_browses_but_cannot_import_or_delete(browser, app, screenshots):
    tab, context = sign_in(browser, app, "viewer")
    try:
        sidebar = tab.page.inner_text('[data-testid="stSidebar"]')
        assert "viewer@example.test · viewer" in sidebar
        tab.open("corpora")
        tab.screenshot(screenshots / "signin-viewer-corpora.png")
        main = tab.page.inner_text('[data-testid="stMain"]')
        assert "This needs the administrator role; yours is viewer." in main
        assert "This needs the editor role; yours is viewer." in main
        assert not tab.page.locator('input[type="file"]').count()
        assert not tab.page.get_by_role("button", name="Delete the corpus").count()
        assert "Audit log" not in main
        assert not tab.exceptions()
    finally:
        context.close()


def test_the_administrator_deletes_and_the_audit_log_names_them(browser, app, screenshots):
    tab, context = sign_in(browser, app, "admin")
    try:
        assert "admin@example.test · administrator" in tab.page.inner_text('[data-testid="stSidebar"]')
        tab.open("corpora")
        page = tab.page
        # a corpus to delete, pasted in as an analyst would
        page.locator(".st-key-co_paste_text textarea").fill("أعلنت وزارة الدفاع الروسية اليوم بدء الدوريات.")
        page.locator(".st-key-co_paste_into input").fill("للحذف")
        tab.click('button:has-text("Add the article")')
        tab.settle()
        tab.choose(".st-key-co_manage input", "للحذف")
        page.locator(".st-key-co_delete_confirm input").fill("للحذف")
        tab.click('button:has-text("Delete the corpus")')
        assert "Deleted “للحذف”" in strip_bidi(page.inner_text('[data-testid="stMain"]'))
        tab.screenshot(screenshots / "signin-admin-audit.png")
        with page.expect_download(timeout=30_000) as info:
            page.locator(".st-key-co_audit__csv button").click()
        rows = Path(info.value.path()).read_text(encoding="utf-8-sig")
        deletion = [line for line in rows.splitlines() if ",delete," in line]
        assert deletion and "admin@example.test" in deletion[0] and "للحذف" in deletion[0], rows
        assert ",done," in deletion[0]
        assert not tab.exceptions()
    finally:
        context.close()
