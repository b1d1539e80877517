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

from ingest.output.database import LOCK_WAIT_SECONDS, DatabaseBusy, NotADatabase, open_database  # noqa: F401
from schemas import tables as t



Connection = duckdb.DuckDBPyConnection


class SchemaMismatch(Exception):
    """The database was made by another version of regstrat; the message says what to do."""


def connect(path: Path, read_only: bool = False, wait: float = LOCK_WAIT_SECONDS,
            on_wait: Callable[[str], None] | None = None) -> Connection:
    """Open the database (see ingest/output/database.py); a writable one gets the current schema or SchemaMismatch."""
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
        _upgrade(con, model)
    create_views(con)


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    """The analyst views (schemas/views.sql, in its order: views over views come after theirs) and current_*."""
    for model in t.DOCUMENT_TABLES:
        con.execute(t.current_view_sql(model))
    views = files("schemas").joinpath("views.sql")
    if views.is_file():
        con.execute(views.read_text(encoding="utf-8"))


def _upgrade(con: duckdb.DuckDBPyConnection, model: type[t.Row]) -> None:
    """A table written by an older version gets the columns added since, and loses NOT NULL where a
    column became optional (`page`, for formats without pages), so the next ingest can write to it."""
    existing = dict(con.execute("SELECT column_name, is_nullable FROM information_schema.columns "
                                "WHERE table_name = ?", [model.table]).fetchall())
    try:
        for name, sql_type, nullable in t.column_types(model):
            if name not in existing:
                con.execute(f"ALTER TABLE {model.table} ADD COLUMN {name} {sql_type}")
            elif nullable and existing[name] == "NO":
                con.execute(f"ALTER TABLE {model.table} ALTER COLUMN {name} DROP NOT NULL")
    except duckdb.Error as exc:
        raise SchemaMismatch(f"table {model.table} was made by another version of regstrat and cannot be brought "
                             f"up to date ({exc}): ingest into a new file (--db), or delete it") from exc


def insert_rows(con: duckdb.DuckDBPyConnection, model: type[t.Row], rows: Sequence[t.Row]) -> None:
    """Insert rows column-wise: one list parameter per column, unnested together by DuckDB.

    Binding a whole column as one list is converted in DuckDB's C++ code; a
    statement per row (executemany) or a multi-row VALUES list makes DuckDB
    bind every value separately and costs 7-25x more (measured on a sample:
    820 ms executemany, 240 ms VALUES, 20 ms unnest for one document).
    """
    if not rows:
        return
    typed = t.column_types(model)
    select = ", ".join(f"CAST(unnest(${k}) AS {sql_type})" for k, (_, sql_type, _) in enumerate(typed, start=1))
    con.execute(f"INSERT INTO {model.table} ({', '.join(name for name, _, _ in typed)}) SELECT {select}",
                [[getattr(row, name) for row in rows] for name, _, _ in typed])


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
    content (doc_id), never another document that once had the same path. A content
    never stored before has no rows to remove (a document's rows are written and
    removed with its documents row, in one transaction), so its write skips the
    deletes: a statement each per table, and each a scan of a table that grows with the database.
    """
    with transaction(con):
        before = con.execute(f"SELECT {_EDITION_GROUP} FROM documents WHERE doc_id = ?", [document.doc_id]).fetchall()
        for model in t.DOCUMENT_TABLES if before else ():
            con.execute(f"DELETE FROM {model.table} WHERE doc_id = ?", [document.doc_id])
        con.execute("DELETE FROM ingest_errors WHERE doc_id = ? OR (doc_id IS NULL AND source_path = ?)",
                    [document.doc_id, document.source_path])
        insert_rows(con, t.Document, [document])
        for model, model_rows in rows:
            insert_rows(con, model, model_rows)
        insert_rows(con, t.IngestError, errors)
        number_editions(con, [document.region or document.doc_id] + [group for group, in before])


_EDITION_GROUP = "coalesce(region, doc_id)"
"""What editions are numbered within: the region, or the document alone when its region is unknown."""


def number_editions(con: duckdb.DuckDBPyConnection, groups: Sequence[str]) -> None:
    """documents.edition: 1, 2, ... per region in order of approval (a document without an approval
    date counts as approved the day it was ingested); is_current marks the latest edition of each region.

    The same strategy stored twice (a PDF and its DOCX, a re-saved copy) is one edition: a document
    whose projects and indicator values are those of one stored earlier for its region is `copy_of`
    that one, shares its edition and is never current, so the current_* views count it once.
    Renumbered after every write, since an older edition may be ingested after a newer one, but only
    in the `groups` (_EDITION_GROUP values) the write touched: no other region's numbers depend on it,
    and a write must not cost time in proportion to the whole database.
    A document of unknown region is its own edition 1 (so the current_* views keep it); a failed
    document is no edition (NULL).
    """
    in_scope = f"{_EDITION_GROUP} IN (SELECT unnest($groups))"
    scope = {"groups": list(groups)}
    con.execute(f"""
        UPDATE documents SET copy_of = c.original
        FROM (WITH docs AS (SELECT doc_id, region, ingested_at FROM documents
                            WHERE {in_scope} AND status <> 'failed' AND region IS NOT NULL),
                   names AS (SELECT doc_id, string_agg(k, '|' ORDER BY k) AS names
                             FROM (SELECT doc_id, lower(regexp_replace(name, '[^[:alnum:]]+', '', 'g')) AS k
                                   FROM projects SEMI JOIN docs USING (doc_id)) GROUP BY doc_id),
                   vals AS (SELECT doc_id, string_agg(v, '|' ORDER BY v) AS vals
                            FROM (SELECT doc_id, year || ':' || coalesce(CAST(value AS VARCHAR), value_raw) AS v
                                  FROM indicator_values SEMI JOIN docs USING (doc_id)) GROUP BY doc_id),
                   prints AS (SELECT d.doc_id, d.region, d.ingested_at, n.names || '#' || coalesce(v.vals, '') AS print
                              FROM docs d JOIN names n USING (doc_id) LEFT JOIN vals v USING (doc_id))
              SELECT doc_id, first_value(doc_id) OVER (PARTITION BY region, print ORDER BY ingested_at, doc_id)
                         AS original
              FROM prints) AS c
        WHERE documents.doc_id = c.doc_id""", scope)
    con.execute(f"UPDATE documents SET copy_of = NULL WHERE {in_scope} "
                "AND (copy_of = doc_id OR status = 'failed' OR region IS NULL)", scope)
    con.execute(f"""
        UPDATE documents SET edition = e.edition, is_current = e.edition = e.editions
        FROM (SELECT doc_id,
                     row_number() OVER (PARTITION BY {_EDITION_GROUP}
                                        ORDER BY coalesce(approved_on, CAST(ingested_at AS DATE)), ingested_at, doc_id)
                         AS edition,
                     count(*) OVER (PARTITION BY {_EDITION_GROUP}) AS editions
              FROM documents WHERE {in_scope} AND status <> 'failed' AND copy_of IS NULL) AS e
        WHERE documents.doc_id = e.doc_id""", scope)
    con.execute(f"""
        UPDATE documents SET edition = o.edition, is_current = false
        FROM documents AS o
        WHERE documents.copy_of = o.doc_id AND documents.doc_id IN (SELECT doc_id FROM documents WHERE {in_scope})""",
                scope)


def copy_of(con: duckdb.DuckDBPyConnection, doc_id: str) -> str | None:
    """The source path of the stored document this one is a copy of (see number_editions), or None."""
    row = con.execute("SELECT o.source_path FROM documents d JOIN documents o ON d.copy_of = o.doc_id "
                      "WHERE d.doc_id = ?", [doc_id]).fetchone()
    return row[0] if row else None


def add_errors(con: duckdb.DuckDBPyConnection, errors: Sequence[t.IngestError], replacing: str | None = None) -> None:
    """Problems found once a document was stored (it turned out to be a copy); `replacing`: a code they supersede."""
    with transaction(con):
        if replacing:
            con.execute("DELETE FROM ingest_errors WHERE doc_id = ? AND code = ?", [errors[0].doc_id, replacing])
        insert_rows(con, t.IngestError, errors)


def other_editions(con: duckdb.DuckDBPyConnection, document: t.Document) -> list[tuple[str, str]]:
    """(doc_id, source path) of the documents already stored for this document's region, other than
    the document itself (a new content at an old path is another edition: the old one stays)."""
    if document.region is None or document.status == "failed":
        return []
    return con.execute("SELECT doc_id, source_path FROM documents WHERE region = ? AND status <> 'failed' "
                       "AND copy_of IS NULL AND doc_id <> ? ORDER BY edition",
                       [document.region, document.doc_id]).fetchall()


def replace_file_errors(con: Connection, source_path: str, errors: Sequence[t.IngestError]) -> None:
    """The errors of a file whose content could not be read (no document): they replace its earlier ones."""
    with transaction(con):
        con.execute("DELETE FROM ingest_errors WHERE doc_id IS NULL AND source_path = ?", [source_path])
        insert_rows(con, t.IngestError, errors)


def replace_catalogue(con: duckdb.DuckDBPyConnection, entries: Sequence[t.CatalogueEntry]) -> None:
    with transaction(con):
        con.execute("DELETE FROM catalogue")
        insert_rows(con, t.CatalogueEntry, entries)
