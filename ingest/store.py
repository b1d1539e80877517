"""Typed records -> the curated DuckDB file.

Each document is written in one transaction that first removes whatever the
database held for it, so a re-run replaces rather than duplicates, and a crash
leaves either the old or the new version of a document, never half of one.
"""
from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path

import duckdb

from schemas import tables as t

LOCK_WAIT_SECONDS = 30.0
ROWS_PER_INSERT = 400  # rows per multi-row INSERT: DuckDB's executemany is slow per row


class DatabaseBusy(Exception):
    """Another process holds the database file open for writing."""


def connect(path: Path, read_only: bool = False, wait: float = LOCK_WAIT_SECONDS) -> duckdb.DuckDBPyConnection:
    """Open the database, waiting a while for another ingest to release it."""
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            break
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower() or time.monotonic() >= deadline:
                if "lock" in str(exc).lower():
                    raise DatabaseBusy(f"{path} is in use by another process (waited {wait:.0f} s): {exc}") from exc
                raise
            time.sleep(0.5)
    if not read_only:
        ensure_schema(con)
    return con


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    for model in t.ALL_TABLES:
        con.execute(t.create_table_sql(model))
        _upgrade(con, model)
    views = files("schemas").joinpath("views.sql")
    if views.is_file():
        con.execute(views.read_text(encoding="utf-8"))


def _upgrade(con: duckdb.DuckDBPyConnection, model: type[t.Row]) -> None:
    """A table written by an older version gets the columns added since, and loses NOT NULL where a
    column became optional (`page`, for formats without pages), so the next ingest can write to it."""
    existing = dict(con.execute("SELECT column_name, is_nullable FROM information_schema.columns "
                                "WHERE table_name = ?", [model.table]).fetchall())
    for name, sql_type, nullable in t.column_types(model):
        if name not in existing:
            con.execute(f"ALTER TABLE {model.table} ADD COLUMN {name} {sql_type}")
        elif nullable and existing[name] == "NO":
            con.execute(f"ALTER TABLE {model.table} ALTER COLUMN {name} DROP NOT NULL")


def insert_rows(con: duckdb.DuckDBPyConnection, model: type[t.Row], rows: Sequence[t.Row]) -> None:
    if not rows:
        return
    names = t.columns(model)
    placeholder = "(" + ", ".join("?" for _ in names) + ")"
    for start in range(0, len(rows), ROWS_PER_INSERT):
        chunk = rows[start:start + ROWS_PER_INSERT]
        params = [getattr(row, name) for row in chunk for name in names]
        con.execute(f"INSERT INTO {model.table} ({', '.join(names)}) VALUES "
                    + ", ".join([placeholder] * len(chunk)), params)


def stored_status(con: duckdb.DuckDBPyConnection, doc_id: str, parser_version: str) -> str | None:
    """The status of this exact file content if this parser version already ingested it."""
    row = con.execute("SELECT status FROM documents WHERE doc_id = ? AND parser_version = ?",
                      [doc_id, parser_version]).fetchone()
    return row[0] if row else None


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """All statements inside commit together or not at all (a crash or error rolls them back)."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def replace_document(con: duckdb.DuckDBPyConnection, document: t.Document,
                     rows: Iterable[tuple[type[t.Row], Sequence[t.Row]]], errors: Sequence[t.IngestError]) -> None:
    """Write one document and everything read from it atomically.

    Rows of an older version of the same file (same path, other content) go too.
    """
    with transaction(con):
        stale = [r[0] for r in con.execute(
            "SELECT doc_id FROM documents WHERE doc_id = ? OR source_path = ?",
            [document.doc_id, document.source_path]).fetchall()]
        for doc_id in stale:
            for model in t.DOCUMENT_TABLES:
                con.execute(f"DELETE FROM {model.table} WHERE doc_id = ?", [doc_id])
        con.execute("DELETE FROM ingest_errors WHERE source_path = ?", [document.source_path])
        insert_rows(con, t.Document, [document])
        for model, model_rows in rows:
            insert_rows(con, model, model_rows)
        insert_rows(con, t.IngestError, errors)


def replace_catalogue(con: duckdb.DuckDBPyConnection, entries: Sequence[t.CatalogueEntry]) -> None:
    with transaction(con):
        con.execute("DELETE FROM catalogue")
        insert_rows(con, t.CatalogueEntry, entries)
