"""`regstrat` command line: parses arguments, calls the library, prints.

Imports are made inside the commands: `--help` and `query` must answer at once,
and PyMuPDF (over a second to import) is loaded only by the commands that read PDFs.
Every message and every value from a document or a query is printed as plain
text, never as rich markup (a title may contain `[/]`).
"""
from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from enum import Enum

import typer

PIPED_WIDTH = 200


class QueryFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


class OcrMode(str, Enum):
    """ingest.readers.ocr.OCR_MODES, repeated here so that --help needs no import (a test checks they agree)."""

    auto = "auto"
    always = "always"
    never = "never"


class ExportFormat(str, Enum):
    """ingest.output.export.FORMATS, repeated here so that --help needs no import (a test checks they agree)."""

    parquet = "parquet"
    csv = "csv"
    xlsx = "xlsx"

USAGE, FAILURE, BUSY, INTERRUPTED = 2, 1, 3, 130
app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="Regional digital-transformation strategies (PDF, DOCX, HTML, DOC, RTF, ODT) into a curated DuckDB database.")


def default_db() -> Path:
    """Where the database is when neither --db nor REGSTRAT_DB says: the same file from any folder.

    In a checkout (cli.py beside pyproject.toml, as `make setup` installs it) the
    checkout's data/curated/strategies.duckdb, the file `make run` writes; in an
    installed copy the user's data folder (XDG_DATA_HOME, ~/.local/share).
    """
    here = Path(__file__).resolve().parent
    if (here / "pyproject.toml").is_file():
        return here / "data" / "curated" / "strategies.duckdb"
    data_home = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return data_home / "regstrat" / "strategies.duckdb"


def _db_option(help_text: str) -> Path:
    return typer.Option(default_db(), "--db", envvar="REGSTRAT_DB", metavar="FILE", show_default=True,
                        help=f"{help_text} (env REGSTRAT_DB)")


def _console(stderr: bool = True, file=None):
    from rich.console import Console
    width = None if (file or sys.stdout).isatty() or stderr else PIPED_WIDTH  # piped: rich would assume 80
    return Console(stderr=stderr and file is None, file=file, width=width, soft_wrap=stderr, emoji=False,
                   highlight=False, markup=False)


def _say(message: str, style: str = "") -> None:
    _console().print(message, style=style or None)


def _fail(message: str, code: int = FAILURE) -> typer.Exit:
    """Print one line saying what went wrong and what to do; the caller raises the returned Exit."""
    _say(message, "red")
    return typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version
        print(f"regstrat {version('regstrat')}")
        raise typer.Exit()


@app.callback()
def main(_: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                help="print the version and exit")) -> None:
    """Regional digital-transformation strategies (PDF, DOCX, HTML, DOC, RTF, ODT) into a curated DuckDB database."""


def _terminate_as_interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


@app.command("ingest")
def ingest_command(
    paths: list[Path] = typer.Argument(..., metavar="PATH...", help="Strategy files (PDF, DOCX, HTML; DOC, RTF, ODT with LibreOffice) and folders (searched recursively)"),
    db: Path = _db_option("DuckDB file to write"),
    workers: int = typer.Option(1, "--workers", min=1, metavar="N", help="files parsed at the same time"),
    lock_wait: float = typer.Option(30.0, "--lock-wait", metavar="SECONDS",
                                    help="seconds to wait for another ingest to release the database"),
    time_limit: float = typer.Option(300.0, "--time-limit", min=1, metavar="SECONDS",
                                     help="a document still parsing after this long fails with `timeout`"),
    retry_failed: bool = typer.Option(False, "--retry-failed",
                                      help="parse again files that failed for a reason that may pass "
                                           "(timeout, out_of_memory, worker_crashed, parser_error)"),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="a summary line for every file, not only "
                                 "those that are not ok"),
    ocr: OcrMode = typer.Option(OcrMode.auto, "--ocr", help="OCR pages without a usable text layer (auto), "
                                "every page of a PDF (always), or none (never); needs Tesseract"),
    ocr_lang: str = typer.Option("rus+eng", "--ocr-lang", metavar="LANGS", help="Tesseract languages"),
) -> None:
    """Ingest strategies; exit status 0 only when every file is `ok`."""
    missing = [p for p in paths if not os.path.lexists(p)]
    if missing:
        raise _fail(f"no such file or folder: {', '.join(map(str, missing))}", USAGE)
    _usable_db_path(db)
    from ingest.pipeline import DOCUMENT_SUFFIXES, discover
    files = discover(paths)
    if not files:
        raise _fail(f"no strategy files ({', '.join(DOCUMENT_SUFFIXES)}) in {', '.join(map(str, paths))}: "
                    "nothing to ingest", USAGE)
    signal.signal(signal.SIGTERM, _terminate_as_interrupt)  # the workers are stopped as on Ctrl-C
    results: list = []  # filled as documents are stored, for the interrupt message
    try:
        _run_ingest(paths, files, db, workers, lock_wait, time_limit, retry_failed, (ocr.value, ocr_lang), results)
    except KeyboardInterrupt:
        stored = sum(not r.skipped for r in results)
        raise _fail(f"interrupted: {stored} of {len(files)} files stored; run again to continue", INTERRUPTED)
    from ingest.output.summary import summary_lines, summary_table
    out = _console(stderr=False)
    for line in summary_lines(results):
        out.print(line)
    table = summary_table(results, verbose)
    if table.row_count:
        out.print(table)
    ok, passed_over = (sum(r.status == status for r in results) for status in ("ok", "skipped"))
    failed = len(results) - ok - passed_over
    _say(f"{len(results)} files, {ok} ok, {failed} not ok" + (f", {passed_over} passed over" if passed_over else "")
         + f" -> {db.absolute()}")
    raise typer.Exit(0 if failed == 0 else 1)


def _run_ingest(paths, files, db, workers, lock_wait, time_limit, retry_failed, ocr: tuple[str, str],
                results: list) -> None:
    """The ingest with a progress bar; `results` fills as documents are stored."""
    import duckdb
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from ingest.output import store
    from ingest.readers.ocr import OcrOptions
    from ingest.pipeline import ingest
    console = _console()
    with Progress(TextColumn("{task.description}", markup=False), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=console, transient=True) as progress:
        task = progress.add_task("files", total=len(files))
        page_tasks: dict = {}

        def pages(path: str, done: int, of: int, stage: str = "pages") -> None:
            if (path, stage) not in page_tasks:
                page_tasks[path, stage] = progress.add_task(f"  {Path(path).name}: {stage}", total=of)
            progress.update(page_tasks[path, stage], completed=done)

        def advance(result) -> None:
            results.append(result)
            for key in [key for key in page_tasks if key[0] == result.path]:
                progress.remove_task(page_tasks.pop(key))
            progress.update(task, advance=1, description=f"files (last: {Path(result.path).name} {result.status})")

        try:
            ingest(paths, db, workers=workers, on_result=advance, on_page=pages, lock_wait=lock_wait,
                   time_limit=time_limit, retry_failed=retry_failed, files=files, ocr=OcrOptions(*ocr),
                   on_wait=lambda message: console.print(message, style="yellow"))
        except store.DatabaseBusy as exc:
            raise _fail(str(exc), BUSY) from None
        except (store.NotADatabase, store.SchemaMismatch) as exc:
            raise _fail(str(exc), USAGE) from None
        except (duckdb.IOException, duckdb.TransactionException, OSError) as exc:  # a full disk, a folder that
            # cannot be written: DuckDB reports a failed write at the commit
            raise _fail(f"cannot write {db.absolute()}: {exc}. Free space or choose another --db; run again to "
                        f"continue ({sum(not r.skipped for r in results)} files were stored whole)") from None


def _usable_db_path(db: Path) -> None:
    """--db names the database file; a folder there, or a name DuckDB cannot take (bytes that are not UTF-8),
    is a usage error, not a traceback or a failed write after the run."""
    if db.is_dir():
        raise _fail(f"{db.absolute()} is a folder; --db takes the database file", USAGE)
    try:
        os.fsencode(db.absolute()).decode("utf-8")
    except UnicodeDecodeError:
        raise _fail(f"DuckDB takes only UTF-8 file names, and {db.absolute()} is not one: choose another --db",
                    USAGE) from None


def _open_read_only(db: Path):
    """A read-only, locked-down connection, or a one-line exit saying why not."""
    from ingest.output.database import DatabaseBusy, NotADatabase, open_database
    if not db.exists():
        raise _fail(f"no database at {db.absolute()}; run `regstrat ingest` first (or give --db / REGSTRAT_DB)",
                    USAGE)
    _usable_db_path(db)
    try:
        return open_database(db, read_only=True, on_wait=lambda message: _say(message, "yellow"))
    except NotADatabase as exc:
        raise _fail(str(exc), USAGE) from None
    except DatabaseBusy as exc:
        raise _fail(str(exc), BUSY) from None


@app.command("query")
def query_command(
    sql: str = typer.Argument(..., metavar="SQL", help="SQL to run (read-only); - reads it from standard input"),
    db: Path = _db_option("DuckDB file to read"),
    fmt: QueryFormat = typer.Option(QueryFormat.table, "--format", help="output format"),
    out: Path = typer.Option(None, "--out", "-o", metavar="FILE", help="write the result to this file"),
) -> None:
    """Run SQL on a read-only connection: a query cannot change the database or touch other files."""
    import duckdb
    if sql == "-":
        sql = sys.stdin.read()
    con = _open_read_only(db)
    try:
        cursor = con.execute(sql)
        if cursor is None:  # DuckDB's answer to SQL that is empty or only comments
            raise _fail('the SQL holds no statement: give a query, such as "SELECT * FROM documents"', USAGE)
        names = [d[0] for d in cursor.description or []]
        rows = cursor.fetchall()
    except duckdb.Error as exc:  # the user's SQL: show DuckDB's message, not a traceback
        raise _fail(str(exc)) from None
    finally:
        con.close()
    try:
        with (out.open("w", encoding="utf-8", newline="") if out else _stdout()) as fh:
            _write_rows(fh, names, rows, fmt.value)
    except OSError as exc:
        raise _fail(f"cannot write {out}: {exc.strerror or exc}; choose another --out") from None


class _stdout:
    """sys.stdout as a context manager that is not closed."""

    def __enter__(self):
        return sys.stdout

    def __exit__(self, *exc):
        return False


def _write_rows(fh, names: list[str], rows: list[tuple], fmt: str) -> None:
    if fmt == "json":
        import json
        fh.write(json.dumps([dict(zip(names, r)) for r in rows], ensure_ascii=False, default=str, indent=1) + "\n")
    elif fmt == "csv":
        import csv
        writer = csv.writer(fh)
        writer.writerow(names)
        writer.writerows(rows)
    else:
        from rich.table import Table
        from rich.text import Text
        table = Table(*names)
        for r in rows:
            table.add_row(*(Text("" if v is None else str(v)) for v in r))
        _console(stderr=False, file=fh if fh is not sys.stdout else None).print(table)


@app.command("export")
def export_command(
    target: Path = typer.Argument(..., metavar="FOLDER|FILE.xlsx",
                                  help="folder to write the files to, or the .xlsx workbook to write"),
    db: Path = _db_option("DuckDB file to read"),
    fmt: ExportFormat = typer.Option(None, "--format",
                            help="parquet (default; for programs) | csv (Excel, ru-RU: UTF-8 BOM, ';') | xlsx "
                                 "(default for a .xlsx target)"),
    region: list[str] = typer.Option([], "--region", metavar="REGION",
                                     help="only this region (name or code); repeatable"),
) -> None:
    """Export every table and analyst view for Excel or other tools."""
    workbook = target.suffix.lower() == ".xlsx"
    fmt = fmt.value if fmt else ("xlsx" if workbook else "parquet")
    if workbook and fmt != "xlsx":
        raise _fail(f"{target} names a workbook but --format is {fmt}: give a folder for {fmt} files", USAGE)
    if target.is_file() and not workbook:
        raise _fail(f"{target.absolute()} is a file; give a folder to write the {fmt} files to", USAGE)
    if target.is_dir() and workbook:
        raise _fail(f"{target.absolute()} is a folder; give a file name for the workbook", USAGE)
    _open_read_only(db).close()
    from ingest.output.database import DatabaseBusy
    from ingest.output.export import UnknownRegion, export
    try:
        written = export(db, target, fmt, region)
    except UnknownRegion as exc:
        raise _fail(str(exc), USAGE) from None
    except DatabaseBusy as exc:
        raise _fail(str(exc), BUSY) from None
    except OSError as exc:
        raise _fail(f"cannot write to {target.absolute()}: {exc.strerror or exc}; choose another place") from None
    for item in written:
        print(f"{item.name}\t{item.rows}\t{item.path}")


@app.command("report")
def report_command(
    document: str = typer.Argument(..., metavar="DOCUMENT",
                                   help="doc_id, stored source path, or the file itself"),
    db: Path = _db_option("DuckDB file to read"),
    out: Path = typer.Option(None, "--out", "-o", metavar="FILE|FOLDER",
                             help="HTML file to write, or a folder for <file name>-report.html (default: here)"),
) -> None:
    """Write a self-contained HTML provenance report of one document."""
    _open_read_only(db).close()
    from ingest.output.report import ReportError, write_report
    try:
        path = write_report(db, document, out)
    except ReportError as exc:
        raise _fail(str(exc)) from None
    except OSError as exc:
        raise _fail(f"cannot write {out or 'the report'}: {exc.strerror or exc}; choose another --out") from None
    print(path)


@app.command("diff")
def diff_command(
    region: str = typer.Argument(..., metavar="REGION", help="region name or ISO code, e.g. RU-STA"),
    db: Path = _db_option("DuckDB file to read"),
    old: int = typer.Option(None, "--old", help="edition to compare from (default: the one before --new)"),
    new: int = typer.Option(None, "--new", help="edition to compare to (default: the current one)"),
) -> None:
    """Projects added, removed, renamed and indicator targets changed between two editions of a region."""
    _open_read_only(db).close()
    from ingest.output.diff import DiffError, diff_region
    try:
        result = diff_region(db, region, old, new)
    except DiffError as exc:
        raise _fail(str(exc)) from None
    print("\n".join(result.lines()))


if __name__ == "__main__":
    app()
