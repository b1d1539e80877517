"""Failures and warnings a user sees, each with a stable code."""
from __future__ import annotations

from dataclasses import dataclass


class IngestFailure(Exception):
    """The file cannot be ingested at all; `code` is stable, `message` says why in plain words."""

    def __init__(self, code: str, message: str, page: int | None = None):
        super().__init__(message)
        self.code = code
        self.message = message
        self.page = page


@dataclass(frozen=True, slots=True)
class Problem:
    """Something the parser could not read completely; the document is kept as `partial`."""

    code: str
    message: str
    page: int | None = None
    severity: str = "warning"
