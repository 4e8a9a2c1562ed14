"""An error in a page: its traceback goes to the server's log under a short id, and the analyst
sees only the id (``showErrorDetails`` is off in ``.streamlit/config.toml``, so no traceback with
server paths reaches a visitor)."""

from __future__ import annotations

import logging
import uuid

LOGGER = logging.getLogger("dashboard.errors")


def log_error(error: BaseException) -> str:
    """Log ``error`` with its traceback under a new id (``"e-3f2a9c1b"``) and return the id."""
    error_id = f"e-{uuid.uuid4().hex[:8]}"
    LOGGER.error("page error %s: %s: %s", error_id, type(error).__name__, error, exc_info=error)
    return error_id
