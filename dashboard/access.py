"""Who may do what: sign-in with Streamlit's ``st.login`` (OpenID Connect) and three roles.

Each role may do what the one before it may:

* **viewer**: browse every page, export, make briefings;
* **editor**: also import files or a pasted article, set a missing date, edit the gazetteer, name,
  merge and hide themes, ask for more or fewer themes;
* **admin**: also rename and delete corpora, and read the audit log (Corpora page).

How a session gets its role (:func:`current`):

* **Sign-in configured** (an ``[auth]`` section in Streamlit's ``secrets.toml``): every visitor signs in
  with the OpenID Connect provider first; the role is the one the roles file gives the user's e-mail
  (``$ARABIC_NEWS_ROLES``, else ``roles.yaml`` in the data directory; see :class:`RolesPolicy`).
  A user the file does not admit is refused, and signs out.
* **No sign-in, served on this machine only** (``server.address`` a loopback address, as
  ``.streamlit/config.toml`` sets): the one analyst at the keyboard, admin.
* **No sign-in, served on another address**: read-only for everyone (viewer), said on every page.

The checks are on the server: every write action calls :func:`allow` in its own callback before it
touches the store, whatever buttons were shown, and :func:`allow` and :func:`record` write the audit
log (:class:`analysis.store.audit.AuditLog`): what was done, and what was refused.
"""

from __future__ import annotations

import functools
import getpass
import os
from dataclasses import dataclass
from pathlib import Path

import streamlit as st
import yaml

from analysis import config
from analysis.data import read_yaml
from analysis.store.audit import AuditLog
from dashboard import data
from dashboard.i18n import t

ROLES = ("viewer", "editor", "admin")
#: The least role of each action that writes (every other action is a viewer's).
ACTIONS = {
    "import": "editor",
    "set_date": "editor",
    "edit_gazetteer": "editor",
    "name_themes": "editor",
    "merge_themes": "editor",
    "refit_themes": "editor",
    "analyse_again": "editor",  # a corpus whose last analysis failed (it may fail again, for everyone)
    "rename": "admin",
    "delete": "admin",
    "read_audit": "admin",
}
LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
#: What the roles file may hold: a list of e-mail addresses (or ``@domain``) per role, and the default.
_ROLE_KEYS = {"admins": "admin", "editors": "editor", "viewers": "viewer"}


class RolesError(ValueError):
    """The roles file cannot be read; the message names the file and the problem."""


@dataclass(frozen=True)
class RolesPolicy:
    """The roles file, read::

        admins: [alice@example.org]
        editors: [bob@example.org, "@desk.example.org"]   # "@domain": everyone of that domain
        viewers: []
        default: viewer      # anyone else who signs in; "none" refuses them (the default)

    Addresses compare without case; a listed address wins over its domain, and the highest role
    listed wins."""

    members: tuple[tuple[str, str], ...] = ()  # (address or @domain, role)
    default: str | None = None

    def role_of(self, email: str | None) -> str | None:
        """The role of a signed-in ``email``, or None: not admitted."""
        if not email:
            return None
        email = email.strip().lower()
        domain = "@" + email.rpartition("@")[2] if "@" in email else None
        exact = [role for who, role in self.members if who == email]
        by_domain = [role for who, role in self.members if domain and who == domain]
        found = exact or by_domain
        return max(found, key=ROLES.index) if found else self.default


def read_policy(path: Path) -> RolesPolicy:
    """The roles file at ``path`` (a missing file admits nobody); raises :class:`RolesError`."""
    if not path.exists():
        return RolesPolicy()
    try:
        raw = read_yaml(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise RolesError(f"{path}: the roles file cannot be read: {error}") from error
    if not isinstance(raw, dict):
        raise RolesError(f"{path}: the roles file must map admins, editors, viewers and default")
    unknown = set(raw) - {*_ROLE_KEYS, "default"}
    if unknown:
        raise RolesError(f"{path}: unknown entries {', '.join(sorted(map(str, unknown)))} (use admins, editors, "
                         f"viewers, default)")  # fmt: skip
    members = []
    for key, role in _ROLE_KEYS.items():
        listed = raw.get(key) or []
        if not isinstance(listed, list) or not all(isinstance(w, str) and w.strip() for w in listed):
            raise RolesError(f"{path}: {key} must be a list of e-mail addresses (or @domain)")
        members += [(w.strip().lower(), role) for w in listed]
    default = raw.get("default", "none")
    if default not in (*ROLES, "none"):
        raise RolesError(f"{path}: default must be one of {', '.join(ROLES)} or none, not {default!r}")
    return RolesPolicy(tuple(members), None if default == "none" else default)


def may(role: str | None, action: str) -> bool:
    """Whether ``role`` may do ``action`` (an action not in :data:`ACTIONS` is a viewer's)."""
    if role not in ROLES:
        return False
    return ROLES.index(role) >= ROLES.index(ACTIONS.get(action, "viewer"))


@dataclass(frozen=True)
class Access:
    """This session's user and role. ``mode``: ``signed_in``, ``signed_out`` (sign-in configured, not
    yet signed in), ``local`` (no sign-in, this machine only) or ``read_only`` (no sign-in, served
    beyond this machine). ``role`` None: nothing allowed (signed out, or not admitted)."""

    user: str
    role: str | None
    mode: str
    problem: str = ""  # the roles file's, when it cannot be read (then nobody may write)

    def may(self, action: str) -> bool:
        return may(self.role, action)


def signin_configured() -> bool:
    """Whether Streamlit's secrets hold an ``[auth]`` section (then everyone signs in)."""
    try:
        return bool(st.secrets.load_if_toml_exists()) and "auth" in st.secrets
    except (FileNotFoundError, OSError, ValueError):  # a secrets file that does not parse
        return False


@functools.lru_cache(maxsize=4)
def _policy(path: str, stamp: tuple) -> RolesPolicy:
    del stamp  # the cache key: a changed file is read again
    return read_policy(Path(path))


#: Set by ``python -m dashboard.serve`` for its processes: the address the analysts reach (the
#: processes themselves listen on 127.0.0.1 behind its proxy).
PUBLIC_ADDRESS_ENV = "ARABIC_NEWS_PUBLIC_ADDRESS"


def served_address() -> str:
    """The address the dashboard is served on: the proxy's when behind ``dashboard.serve``."""
    return os.environ.get(PUBLIC_ADDRESS_ENV) or str(st.get_option("server.address") or "")


def current() -> Access:
    """The access of this session (see the module docstring)."""
    if signin_configured():
        if not st.user.is_logged_in:
            return Access("", None, "signed_out")
        email = str(st.user.get("email") or "")
        path = config.roles_path()
        try:
            role = _policy(str(path), data.file_stamp(path)).role_of(email)
        except RolesError as error:  # fail closed: a broken roles file lets nobody write
            return Access(email, "viewer", "signed_in", problem=str(error))
        return Access(email, role, "signed_in")
    if served_address() in LOOPBACK:
        return Access(f"{getpass.getuser()} (local)", "admin", "local")
    return Access("", "viewer", "read_only")


def gate() -> Access:
    """Stop the run with a sign-in screen until the visitor is signed in and admitted."""
    access = current()
    if access.role is None:
        st.set_page_config(page_title=t("app_title"), layout="centered")
    if access.mode == "signed_out":
        st.title(t("app_title"), anchor=False)
        st.info(t("ac_sign_in_needed"), icon=":material/lock:")
        st.button(t("ac_sign_in"), key="ac_sign_in", on_click=st.login, type="primary", icon=":material/login:")
        st.stop()
    if access.role is None:
        st.title(t("app_title"), anchor=False)
        st.error(t("ac_not_admitted", user=access.user), icon=":material/block:")
        st.button(t("ac_sign_out"), key="ac_sign_out_refused", on_click=st.logout, icon=":material/logout:")
        st.stop()
    return access


def sidebar(access: Access) -> None:
    """Who is signed in, with which role (and a sign-out), or that the dashboard is read-only."""
    role = t(f"ac_role_{access.role or 'none'}")
    if access.mode == "signed_in":
        st.caption(t("ac_signed_in", user=access.user, role=role))
        st.button(t("ac_sign_out"), key="ac_sign_out", on_click=st.logout, icon=":material/logout:")
    elif access.mode == "read_only":
        st.warning(t("ac_read_only"), icon=":material/visibility:")
    if access.problem:
        st.warning(t("ac_roles_broken", error=access.problem), icon=":material/warning:")


def audit_log() -> AuditLog:
    return AuditLog(data.store())


def allow(action: str, target: str = "") -> bool:
    """Whether this session may do ``action`` now; a refusal is written to the audit log."""
    access = current()
    if access.may(action):
        return True
    audit_log().record(user=access.user or "(anonymous)", role=access.role or "none", action=action,
                       target=target, outcome="refused")  # fmt: skip
    return False


def record(action: str, target: str = "", detail: str = "", outcome: str = "done") -> None:
    """Write an action this session did (or tried: ``outcome="failed"``) to the audit log."""
    access = current()
    audit_log().record(user=access.user or "(anonymous)", role=access.role or "none", action=action,
                       target=target, outcome=outcome, detail=detail)  # fmt: skip


def refusal(action: str, *, tried: bool = True) -> str:
    """The sentence shown for ``action`` the session may not do: the role it needs and the session's,
    and, when it was ``tried`` (a refused write), that nothing was changed."""
    role, mine = t(f"ac_role_{ACTIONS.get(action, 'viewer')}"), t(f"ac_role_{current().role or 'none'}")
    return t("ac_refused" if tried else "ac_needs", role=role, mine=mine)
