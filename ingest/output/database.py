"""Opening the database file: waiting out another writer, saying in words what is wrong, read-only locked down.

Kept apart from ingest/output/store.py (which needs the schema models) so that
`regstrat query` starts with DuckDB alone.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import duckdb

LOCK_WAIT_SECONDS = 30.0
RETRY_SECONDS = 0.5
READ_ONLY_CONFIG = {"enable_external_access": False, "lock_configuration": True}
"""A read-only connection cannot ATTACH another file (a hard link of the database, opened writable), COPY or
EXPORT to files, read files, install extensions, or switch these settings back."""


class DatabaseBusy(Exception):
    """Another process holds the database file open for writing."""


class NotADatabase(Exception):
    """The file exists but is not a DuckDB database; the message says what to do."""


def open_database(path: Path, read_only: bool = False, wait: float = LOCK_WAIT_SECONDS,
                  on_wait: Callable[[str], None] | None = None) -> duckdb.DuckDBPyConnection:
    """Connect, waiting up to `wait` seconds for another process to release the file.

    `on_wait(message)` is called once when the wait begins, so a user knows what the pause is.
    """
    path = path.absolute()
    deadline = time.monotonic() + wait
    told = False
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only, config=READ_ONLY_CONFIG if read_only else {})
        except duckdb.IOException as exc:
            text = str(exc)
            if "not a valid DuckDB database" in text:
                raise NotADatabase(f"{path} is not a DuckDB database: give the file `regstrat ingest` wrote "
                                   "(--db or REGSTRAT_DB)") from None
            if "lock" not in text.lower():
                raise
            if time.monotonic() >= deadline:
                raise DatabaseBusy(f"{path} is in use by another process (waited {wait:.0f} s); run again when "
                                   "it has finished, or raise --lock-wait") from None
            if on_wait and not told:
                on_wait(f"waiting up to {wait:.0f} s for {path}: another process is writing to it")
                told = True
            time.sleep(RETRY_SECONDS)
