"""Typed records -> the curated DuckDB file.

Each document is written in one transaction that first removes whatever the
database held for it, so a re-run replaces rather than duplicates, and a crash
leaves either the old or the new version of a document, never half of one.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import duckdb

from ingest.database import LOCK_WAIT_SECONDS, DatabaseBusy, NotADatabase, open_database  # noqa: F401
from schemas import tables as t

ROWS_PER_INSERT = 400  # rows per multi-row INSERT: DuckDB's executemany is slow per row


Connection = duckdb.DuckDBPyConnection


class SchemaMismatch(Exception):
    """The database was made by another version of regstrat; the message says what to do."""


def connect(path: Path, read_only: bool = False, wait: float = LOCK_WAIT_SECONDS,
            on_wait: Callable[[str], None] | None = None) -> Connection:
    """Open the database (see ingest/database.py); a writable one gets the current schema or SchemaMismatch."""
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    con = open_database(path, read_only, wait, on_wait)
    if not read_only:
        try:
            ensure_schema(con)
        except BaseException:
            con.close()
            raise
    return con


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    for model in t.ALL_TABLES:
        con.execute(t.create_table_sql(model))
    check_schema(con)
    views = files("schemas").joinpath("views.sql")
    if views.is_file():
        con.execute(views.read_text(encoding="utf-8"))


def check_schema(con: Connection) -> None:
    """Every table has the columns of its model: a file of an older schema is named, not written into."""
    for model in t.ALL_TABLES:
        present = {r[0] for r in con.execute(
            "SELECT column_name FROM duckdb_columns() WHERE database_name = current_database() "
            "AND schema_name = 'main' AND table_name = ?", [model.table]).fetchall()}
        missing = [c for c in t.columns(model) if c not in present]
        if missing:
            path = con.execute("SELECT path FROM duckdb_databases() WHERE database_name = current_database()"
                               ).fetchone()[0]
            raise SchemaMismatch(f"{path} was made by another version of regstrat (table {model.table} "
                                 f"lacks {', '.join(missing)}): ingest into a new file (--db), or delete it")


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


@dataclass(frozen=True)
class StoredDocument:
    """What the database holds for one content: its status, path, and the problems of its last parse."""

    status: str
    source_path: str
    problems: list[tuple[str, str, str, int | None]]  # (severity, code, message, page)


def stored_document(con: Connection, doc_id: str, parser_version: str) -> StoredDocument | None:
    """The stored document of this exact file content, if this parser version ingested it."""
    row = con.execute("SELECT status, source_path FROM documents WHERE doc_id = ? AND parser_version = ?",
                      [doc_id, parser_version]).fetchone()
    if row is None:
        return None
    problems = con.execute("SELECT severity, code, message, page FROM ingest_errors WHERE doc_id = ? "
                           "ORDER BY severity, page NULLS FIRST, code", [doc_id]).fetchall()
    return StoredDocument(row[0], row[1], problems)


def move_document(con: Connection, doc_id: str, source_path: str) -> None:
    """Record that a stored content now lives at another path (the file was renamed)."""
    with transaction(con):
        con.execute("UPDATE documents SET source_path = ? WHERE doc_id = ?", [source_path, doc_id])
        con.execute("UPDATE ingest_errors SET source_path = ? WHERE doc_id = ?", [source_path, doc_id])


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

    A document is its content: what is replaced is an earlier parse of the same
    content (doc_id), never another document that once had the same path.
    """
    with transaction(con):
        for model in t.DOCUMENT_TABLES:
            con.execute(f"DELETE FROM {model.table} WHERE doc_id = ?", [document.doc_id])
        con.execute("DELETE FROM ingest_errors WHERE doc_id = ? OR (doc_id IS NULL AND source_path = ?)",
                    [document.doc_id, document.source_path])
        insert_rows(con, t.Document, [document])
        for model, model_rows in rows:
            insert_rows(con, model, model_rows)
        insert_rows(con, t.IngestError, errors)


def replace_file_errors(con: Connection, source_path: str, errors: Sequence[t.IngestError]) -> None:
    """The errors of a file whose content could not be read (no document): they replace its earlier ones."""
    with transaction(con):
        con.execute("DELETE FROM ingest_errors WHERE doc_id IS NULL AND source_path = ?", [source_path])
        insert_rows(con, t.IngestError, errors)


def replace_catalogue(con: duckdb.DuckDBPyConnection, entries: Sequence[t.CatalogueEntry]) -> None:
    with transaction(con):
        con.execute("DELETE FROM catalogue")
        insert_rows(con, t.CatalogueEntry, entries)
