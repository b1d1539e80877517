"""The curated database -> files analysts open: Parquet, Excel-ready CSV, one XLSX workbook.

Every base table and every analyst view is exported. A region filter is
applied to the tables (rows whose `doc_id` belongs to another region are
dropped; tables without `doc_id`, such as the catalogue, are reference data and
kept whole) and the views are then re-created over the filtered tables, so an
aggregate view such as `catalogue_adoption` counts only the selected regions
instead of leaking the others.

CSV flavour: written for Excel with Russian regional settings, the Excel our
analysts use. It opens such a file by double-click only when it is UTF-8 *with
a BOM* (without one Cyrillic turns into mojibake) and separated by `;` (the
list separator of that locale, because `,` is its decimal separator).
Fractional numbers are therefore written with a decimal comma (`12,5`): a
decimal point would make Excel read `1.5` as the date 1 May. Timestamps are
written to the second so Excel recognises them. Programs should read the
Parquet files, which keep exact types; the CSV is for eyes and Excel.
"""
from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import duckdb
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from ingest.output import store
from schemas import tables as t

FORMATS = ("parquet", "csv", "xlsx")
CSV_DELIMITER = ";"
WORKBOOK_NAME = "strategies.xlsx"
PIVOT_SHEET = "indicators_by_year"
PIVOT_COLUMNS = ("region", "doc_id", "indicator_id", "industry_no", "industry", "row_no", "project",
                 "name", "unit", "responsible_body", "page")
FIRST_COLUMNS = ("region", "region_code")
BOX_COLUMNS = ("x0", "y0", "x1", "y1")
EXCEL_CELL_LIMIT = 32767  # characters; Excel refuses longer cells (long section texts reach it)
EXCEL_ROW_LIMIT = 1_048_576
WIDTH_MIN, WIDTH_MAX = 6, 60  # column width in characters: wide enough to read, narrow enough to scan
WIDTH_SAMPLE_ROWS = 500  # widths are judged on the first rows; a late outlier must not cost a rescan


class UnknownRegion(ValueError):
    """A --region value that names no ingested document; the message lists the known ones."""


@dataclass(frozen=True)
class Exported:
    """One relation written: what the CLI reports back."""

    name: str
    rows: int
    path: Path


def export(db_path: Path, outdir: Path, fmt: str = "parquet", regions: Sequence[str] = ()) -> list[Exported]:
    """Write every table and view of the database (optionally only some regions) to `outdir`.

    For xlsx, `outdir` may name the workbook itself (`out.xlsx`).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    workbook = outdir if outdir.suffix.lower() == ".xlsx" else outdir / WORKBOOK_NAME
    (workbook.parent if fmt == "xlsx" else outdir).mkdir(parents=True, exist_ok=True)
    con = _filtered_copy(db_path, regions)
    try:
        if fmt == "xlsx":
            return _write_workbook(con, workbook)
        return [_copy_out(con, name, outdir, fmt) for name in relations(con)]
    finally:
        con.close()


def relations(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Tables in the contract's order, then tables added since, then the analyst views."""
    tables = [r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() "
        "AND schema_name = 'main' ORDER BY table_name").fetchall()]
    contract = [m.table for m in t.ALL_TABLES if m.table in tables]
    views = [r[0] for r in con.execute(
        "SELECT view_name FROM duckdb_views() WHERE database_name = current_database() "
        "AND schema_name = 'main' AND NOT internal ORDER BY view_name").fetchall()]
    return contract + [name for name in tables if name not in contract] + views


def _filtered_copy(db_path: Path, regions: Sequence[str]) -> duckdb.DuckDBPyConnection:
    """An in-memory copy of the database holding only the selected regions, views included.

    Working on a copy keeps the user's file strictly read-only and lets the
    views be evaluated over exactly the exported rows.
    """
    con = duckdb.connect()
    try:
        con.execute("ATTACH ? AS src (READ_ONLY)", [str(db_path)])
    except duckdb.IOException as exc:
        con.close()
        if "lock" in str(exc).lower():
            raise store.DatabaseBusy(f"{db_path} is in use by another process: {exc}") from exc
        raise
    try:
        doc_ids = _selected_doc_ids(con, regions) if regions else None
        for (name,) in con.execute("SELECT table_name FROM duckdb_tables() WHERE database_name = 'src' "
                                   "AND schema_name = 'main'").fetchall():
            columns = [r[0] for r in con.execute(f"DESCRIBE src.main.{name}").fetchall()]
            where = ""
            if doc_ids is not None and "doc_id" in columns:
                where = f" WHERE doc_id IN ({', '.join(map(_quote, doc_ids))})" if doc_ids else " WHERE false"
            con.execute(f"CREATE TABLE main.{name} AS SELECT * FROM src.main.{name}{where}")
        con.execute("DETACH src")
        store.create_views(con)
    except BaseException:
        con.close()
        raise
    return con


def _selected_doc_ids(con: duckdb.DuckDBPyConnection, regions: Sequence[str]) -> list[str]:
    """Documents of the named regions; a name may be the region as stored or its code, any case."""
    docs = con.execute("SELECT doc_id, region, region_code FROM src.main.documents").fetchall()
    names = {doc_id: {(region or "").casefold(), (code or "").casefold()} - {""} for doc_id, region, code in docs}
    unknown = [r for r in regions if not any(r.strip().casefold() in n for n in names.values())]
    if unknown:
        known = sorted({region for _, region, _ in docs if region})
        raise UnknownRegion(f"no document of region {', '.join(unknown)}; known regions: {', '.join(known) or 'none'}")
    wanted = {r.strip().casefold() for r in regions}
    return sorted(doc_id for doc_id, n in names.items() if n & wanted)


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _ordered_select(con: duckdb.DuckDBPyConnection, name: str) -> str:
    """Rows sorted by the table's key, else by every column: the same database always exports the same files.

    Columns in reading order: the region first, the box (x0..y1, for the report) last.
    """
    model = next((m for m in t.ALL_TABLES if m.table == name), None)
    order = ", ".join(map(_ident, model.primary_key)) if model and model.primary_key else "ALL"
    names = [r[0] for r in con.execute(f"DESCRIBE {_ident(name)}").fetchall()]
    first = [c for c in FIRST_COLUMNS if c in names]
    last = [c for c in BOX_COLUMNS if c in names]
    ordered = first + [c for c in names if c not in first and c not in last] + last
    return f"SELECT {', '.join(map(_ident, ordered))} FROM {_ident(name)} ORDER BY {order}"


def _copy_out(con: duckdb.DuckDBPyConnection, name: str, outdir: Path, fmt: str) -> Exported:
    query = _ordered_select(con, name)
    rows = con.execute(f"SELECT count(*) FROM ({query})").fetchone()[0]
    path = outdir / f"{name}.{fmt}"
    if fmt == "parquet":
        con.execute(f"COPY ({query}) TO {_quote(str(path))} (FORMAT parquet, COMPRESSION zstd)")
        return Exported(name, rows, path)
    partial = path.with_name(path.name + ".partial")
    con.execute(f"COPY ({_excel_select(con, query)}) TO {_quote(str(partial))} "
                f"(FORMAT csv, HEADER, DELIMITER {_quote(CSV_DELIMITER)}, QUOTE '\"', ESCAPE '\"')")
    # DuckDB cannot write a BOM, so it is put in front of DuckDB's own output.
    with path.open("wb") as out, partial.open("rb") as body:
        out.write(b"\xef\xbb\xbf")
        shutil.copyfileobj(body, out)
    partial.unlink()
    return Exported(name, rows, path)


def _excel_select(con: duckdb.DuckDBPyConnection, query: str) -> str:
    """The query with fractional numbers in decimal-comma form and timestamps to the second."""
    relation = con.sql(query)
    parts = []
    for column, sql_type in zip(relation.columns, map(str, relation.types)):
        col = _ident(column)
        if sql_type in ("DOUBLE", "FLOAT", "REAL") or sql_type.startswith("DECIMAL"):
            parts.append(f"replace(CAST({col} AS VARCHAR), '.', ',') AS {col}")
        elif sql_type.startswith("TIMESTAMP"):
            parts.append(f"strftime({col}, '%Y-%m-%d %H:%M:%S') AS {col}")
        else:
            parts.append(col)
    return f"SELECT {', '.join(parts)} FROM ({query})"


def _write_workbook(con: duckdb.DuckDBPyConnection, path: Path) -> list[Exported]:
    """One sheet per relation, plus indicator values pivoted by year next to the long table."""
    workbook = Workbook(write_only=True)
    written: list[Exported] = []
    for name in relations(con):
        cursor = con.execute(_ordered_select(con, name))
        header = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
        _add_sheet(workbook, name, header, rows)
        written.append(Exported(name, len(rows), path))
        if name == t.IndicatorValue.table:
            header, rows = indicator_pivot(con)
            _add_sheet(workbook, PIVOT_SHEET, header, rows)
            written.append(Exported(PIVOT_SHEET, len(rows), path))
    partial = path.with_name(path.name + ".partial")
    workbook.save(partial)
    partial.replace(path)
    return written


def indicator_pivot(con: duckdb.DuckDBPyConnection) -> tuple[list[object], list[tuple]]:
    """One row per indicator, one column per year.

    A cell holds the parsed number when there is one and otherwise the text as
    printed, so a value the parser could not read stands out as text instead
    of vanishing.
    """
    years = [r[0] for r in con.execute("SELECT DISTINCT year FROM indicator_values ORDER BY year").fetchall()]
    cells: dict[tuple[str, str], dict[int, object]] = {}
    for doc_id, indicator_id, year, value_raw, value in con.execute(
            "SELECT doc_id, indicator_id, year, value_raw, value FROM indicator_values").fetchall():
        cells.setdefault((doc_id, indicator_id), {})[year] = value if value is not None else (value_raw or None)
    indicators = con.execute(
        f"SELECT {', '.join('d.region' if c == 'region' else 'i.' + c for c in PIVOT_COLUMNS)} "
        "FROM indicators AS i LEFT JOIN documents AS d USING (doc_id) "
        "ORDER BY d.region, i.doc_id, i.industry_no, i.row_no, i.indicator_id").fetchall()
    doc_at, indicator_at = PIVOT_COLUMNS.index("doc_id"), PIVOT_COLUMNS.index("indicator_id")
    rows = [(*row, *(cells.get((row[doc_at], row[indicator_at]), {}).get(y) for y in years))
            for row in indicators]
    return [*PIVOT_COLUMNS, *years], rows


def _add_sheet(workbook: Workbook, name: str, header: list[object], rows: list[tuple]) -> None:
    if len(rows) + 1 > EXCEL_ROW_LIMIT:
        raise ValueError(f"{name} has {len(rows)} rows, more than an Excel sheet holds; export it as Parquet")
    sheet = workbook.create_sheet(_sheet_name(workbook, name))
    sheet.freeze_panes = "A2"
    values = [[_excel_value(v) for v in row] for row in rows]
    for index, title in enumerate(header, start=1):
        longest = max([_display_width(title)] + [_display_width(row[index - 1]) for row in values[:WIDTH_SAMPLE_ROWS]])
        sheet.column_dimensions[get_column_letter(index)].width = min(max(longest + 2, WIDTH_MIN), WIDTH_MAX)
    if header:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{len(rows) + 1}"
    bold = Font(bold=True)
    sheet.append([_bold_cell(sheet, title, bold) for title in header])
    for row in values:
        sheet.append([_text_cell(sheet, v) if isinstance(v, str) and v.startswith("=") else v for v in row])


def _text_cell(sheet, value: str) -> WriteOnlyCell:
    """A cell of text that starts with "=": openpyxl would store it as a formula, which Excel evaluates on
    opening, so a document's table cell ("=HYPERLINK(...)") could act in the analyst's workbook."""
    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"
    return cell


def _bold_cell(sheet, value: object, font: Font) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    cell.font = font
    return cell


def _sheet_name(workbook: Workbook, name: str) -> str:
    """Excel caps sheet names at 31 characters; a clash after cutting gets a number."""
    taken = set(workbook.sheetnames)
    candidate, n = name[:31], 1
    while candidate in taken:
        n += 1
        candidate = f"{name[:31 - len(str(n)) - 1]}~{n}"
    return candidate


def _excel_value(value: object) -> object:
    """A value openpyxl can store and Excel can open: lists joined, control characters dropped, long text cut."""
    if isinstance(value, (list, tuple)):
        value = "; ".join("" if v is None else str(v) for v in value)
    elif isinstance(value, dict):
        value = str(value)
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        if len(value) > EXCEL_CELL_LIMIT:
            note = f" […cut at Excel's cell limit; {len(value)} characters in full in the Parquet/CSV export]"
            value = value[:EXCEL_CELL_LIMIT - len(note)] + note
    return value


def _display_width(value: object) -> int:
    if value is None:
        return 0
    if isinstance(value, (dt.date, dt.datetime)):
        return 19 if isinstance(value, dt.datetime) else 10
    return max(len(line) for line in str(value).split("\n"))
