"""The one error the briefing exports raise: what is missing and how to install it."""

from __future__ import annotations


class ExportError(RuntimeError):
    """An export could not be made. ``str(error)`` is one line an analyst can act on:

    ``Chromium not found: run `make setup` or `apt-get install chromium```.
    ``missing`` names the missing piece, ``install`` the command that fixes it (or ``""``).
    """

    def __init__(self, message: str, *, missing: str = "", install: str = ""):
        super().__init__(message)
        self.missing = missing
        self.install = install
