"""Who may do what (dashboard/access.py) and the audit log (analysis/store/audit.py).

The sign-in itself, through a real OpenID Connect provider, is tested in Chromium
(tests/browser/test_signin.py); here: the roles file, the role matrix, the read-only mode of a
dashboard served beyond this machine without sign-in, and the check every write makes on the server
at the moment it writes, whatever the page showed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit import config as st_config
from streamlit.testing.v1 import AppTest

from analysis.store.audit import AuditLog
from analysis.store.database import Store
from dashboard import access
from dashboard.access import Access, RolesError, may, read_policy

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "dashboard" / "app.py")
ARTICLE = "روسيا وتركيا تتفقان على دوريات مشتركة\n\nأعلنت وزارة الدفاع الروسية أن دوريات مشتركة ستبدأ.\n"


def policy(tmp_path: Path, text: str):
    path = tmp_path / "roles.yaml"
    path.write_text(text, encoding="utf-8")
    return read_policy(path)


# --- the roles file ---------------------------------------------------------------------------


def test_roles_come_from_the_file_by_address_then_domain_then_default(tmp_path):
    roles = policy(
        tmp_path,
        "admins: [Alice@Example.org]\neditors: ['@desk.example.org', carol@example.org]\n"
        "viewers: [boss@desk.example.org]\ndefault: viewer\n",
    )
    assert roles.role_of("alice@example.org") == "admin"  # addresses compare without case
    assert roles.role_of("dan@desk.example.org") == "editor"  # the whole domain
    assert roles.role_of("boss@desk.example.org") == "viewer"  # a listed address wins over its domain
    assert roles.role_of("eve@elsewhere.example") == "viewer"  # the default
    assert roles.role_of("") is None


def test_without_a_default_only_listed_users_are_admitted(tmp_path):
    roles = policy(tmp_path, "editors: [bob@example.org]\n")
    assert roles.role_of("bob@example.org") == "editor"
    assert roles.role_of("eve@example.org") is None
    assert read_policy(tmp_path / "missing.yaml").role_of("bob@example.org") is None  # no file: nobody


def test_the_highest_role_listed_wins(tmp_path):
    roles = policy(tmp_path, "admins: [a@example.org]\nviewers: [a@example.org]\n")
    assert roles.role_of("a@example.org") == "admin"


@pytest.mark.parametrize(
    "text, problem",
    [
        ("admins: alice@example.org\n", "admins must be a list"),
        ("owners: [a@example.org]\n", "unknown entries owners"),
        ("default: superuser\n", "default must be one of viewer, editor, admin or none"),
        ("admins: [a@example.org\n", "cannot be read"),
        ("- a@example.org\n", "must map admins"),
    ],
)
def test_a_broken_roles_file_names_the_file_and_the_problem(tmp_path, text, problem):
    with pytest.raises(RolesError) as error:
        policy(tmp_path, text)
    assert str(tmp_path / "roles.yaml") in str(error.value)
    assert problem in str(error.value)


def test_each_role_may_do_what_the_one_before_may():
    assert [may("viewer", a) for a in ("browse", "import", "set_date", "edit_gazetteer", "delete")] == [
        True, False, False, False, False,
    ]  # fmt: skip
    assert [may("editor", a) for a in ("import", "set_date", "edit_gazetteer", "rename", "delete")] == [
        True, True, True, False, False,
    ]  # fmt: skip
    assert all(may("admin", a) for a in (*access.ACTIONS, "browse"))
    assert not may(None, "browse")


# --- the audit log ------------------------------------------------------------------------------


def test_the_audit_log_keeps_done_and_refused_actions_newest_first(tmp_path):
    log = AuditLog(Store(tmp_path, seed=False))
    log.record(user="alice@example.org", role="admin", action="delete", target="إدلب", detail="articles deleted: 3")
    log.record(user="bob@example.org", role="viewer", action="delete", target="إدلب", outcome="refused")
    rows = log.listing()
    assert list(rows.columns) == ["at", "user", "role", "action", "target", "outcome", "detail"]
    assert set(rows["outcome"]) == {"done", "refused"}
    assert rows.iloc[0]["at"] >= rows.iloc[1]["at"]
    assert AuditLog(Store(tmp_path, seed=False)).listing()["target"].tolist() == ["إدلب", "إدلب"]  # it stays
    with pytest.raises(ValueError, match="not one of done, refused, failed"):
        log.record(user="x", role="admin", action="delete", outcome="maybe")


# --- the dashboard ------------------------------------------------------------------------------


@pytest.fixture
def two_corpora(monkeypatch, fresh_store):
    monkeypatch.setenv("ARABIC_NEWS_CORPUS", str(ROOT / "seeds"))
    store = Store(fresh_store)
    store.add_article("محلي", ARTICLE, date="2020-03-05", doc_id="a")
    return store


def corpora_page() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=90)
    at.switch_page("views/corpora.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def texts(at: AppTest) -> str:
    return "\n".join(str(e.value) for kind in ("caption", "warning", "error", "success") for e in getattr(at, kind))


def test_on_this_machine_without_sign_in_the_analyst_may_do_everything(two_corpora):
    at = corpora_page()
    assert at.session_state["_page_path"] == "corpora"
    assert at.text_input(key="co_delete_confirm") is not None
    assert len(at.file_uploader) == 1
    assert "Read-only" not in texts(at)


def test_served_beyond_this_machine_without_sign_in_it_is_read_only(two_corpora):
    st_config.set_option("server.address", "0.0.0.0")
    try:
        at = corpora_page()
        shown = texts(at)
        assert "Read-only: this dashboard is served beyond this machine without sign-in" in shown
        assert "This needs the editor role; yours is viewer." in shown
        assert "This needs the administrator role; yours is viewer." in shown
        assert "Nothing was changed" not in shown  # nothing was tried yet
        assert not len(at.file_uploader)
        assert not [t for t in at.text_input if t.key == "co_delete_confirm"]
    finally:
        st_config.set_option("server.address", "127.0.0.1")


def test_behind_dashboard_serve_on_another_address_it_is_read_only(two_corpora, monkeypatch):
    """``python -m dashboard.serve --address 0.0.0.0``: its processes listen on 127.0.0.1 behind its
    proxy, but analysts reach them from beyond this machine."""
    from dashboard.access import PUBLIC_ADDRESS_ENV

    monkeypatch.setenv(PUBLIC_ADDRESS_ENV, "0.0.0.0")
    at = corpora_page()
    assert "Read-only: this dashboard is served beyond this machine without sign-in" in texts(at)
    assert not len(at.file_uploader)


def test_a_write_checks_the_role_when_it_writes_not_only_when_the_form_was_drawn(two_corpora, monkeypatch):
    """A form drawn for an administrator, submitted after the role was taken away (the roles file
    edited meanwhile): refused, nothing deleted, and the refusal is in the audit log."""
    at = corpora_page()
    at.selectbox(key="co_manage").set_value("محلي")
    at.text_input(key="co_delete_confirm").set_value("محلي")
    monkeypatch.setattr(access, "current", lambda: Access("bob@example.org", "viewer", "signed_in"))
    at.button[[b.label for b in at.button].index("Delete the corpus")].click().run()
    assert "This needs the administrator role; yours is viewer. Nothing was changed." in texts(at)
    assert "محلي" in two_corpora.corpus_names()
    log = AuditLog(two_corpora).listing()
    assert log.iloc[0][["user", "role", "action", "target", "outcome"]].tolist() == [
        "bob@example.org", "viewer", "delete", "محلي", "refused",
    ]  # fmt: skip


def test_a_gazetteer_edit_is_refused_to_a_viewer_and_done_by_an_editor(two_corpora, monkeypatch):
    at = AppTest.from_file(APP, default_timeout=90)
    at.switch_page("views/gazetteer.py")
    at.run()
    at.selectbox(key="gz_edit_entity").set_value("russia")
    at.text_input(key="gz_alias").set_value("الاتحاد الروسي الجديد")
    monkeypatch.setattr(access, "current", lambda: Access("bob@example.org", "viewer", "signed_in"))
    at.button[[b.label for b in at.button].index("Add an alias")].click().run()
    assert "This needs the editor role; yours is viewer." in texts(at)
    assert "This needs the editor role" in texts(at)  # and the forms are gone on the next run
    assert not [t for t in at.text_input if t.key == "gz_alias"]

    monkeypatch.setattr(access, "current", lambda: Access("carol@example.org", "editor", "signed_in"))
    at.run()
    at.selectbox(key="gz_edit_entity").set_value("russia")
    at.text_input(key="gz_alias").set_value("الاتحاد الروسي الجديد")
    at.button[[b.label for b in at.button].index("Add an alias")].click().run()
    assert not at.exception, [e.value for e in at.exception]
    log = AuditLog(two_corpora).listing()
    assert log.iloc[0][["user", "action", "target", "outcome"]].tolist() == [
        "carol@example.org", "edit_gazetteer", "russia", "done",
    ]  # fmt: skip


def test_naming_themes_needs_an_editor(two_corpora, monkeypatch):
    monkeypatch.setattr(access, "current", lambda: Access("bob@example.org", "viewer", "signed_in"))
    at = AppTest.from_file(APP, default_timeout=90)
    at.query_params["corpus"] = "seed"
    at.switch_page("views/themes.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert "This needs the editor role; yours is viewer." in texts(at)
    assert not [b for b in at.button if b.key == "th_names_save"]
    monkeypatch.setattr(access, "current", lambda: Access("carol@example.org", "editor", "signed_in"))
    at.run()
    assert [b for b in at.button if b.key == "th_names_save"]
