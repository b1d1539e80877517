"""`regstrat` command line: parses arguments, calls the library, prints."""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from ingest import store
from ingest.ocr import OCR_MODES, OcrOptions
from ingest.pipeline import FileResult, discover, ingest
from schemas import tables as t

DEFAULT_DB = Path("data/curated/strategies.duckdb")
PIPED_WIDTH = 200
QUERY_FORMATS = ("table", "csv", "json")
app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Regional digital-transformation strategies (PDF, DOCX, HTML, DOC, RTF, ODT) "
                       "into a curated DuckDB database.")
console = Console(stderr=True, soft_wrap=True)


def _stdout() -> Console:
    """A console for tables that stays readable when piped (rich would assume 80 columns)."""
    return Console(width=None if sys.stdout.isatty() else PIPED_WIDTH)

SUMMARY_TABLES = ((t.Project, "projects"), (t.TaskProjectLink, "links"), (t.Indicator, "indicators"),
                  (t.CardField, "card"), (t.ListItem, "lists"))


def _summary(results: list[FileResult]) -> Table:
    table = Table(title="ingest summary")
    for name in ("file", "region", "pages", *(label for _, label in SUMMARY_TABLES), "status", "s", "note"):
        table.add_column(name, overflow="fold")
    style = {"ok": "green", "partial": "yellow", "failed": "red"}
    for r in sorted(results, key=lambda r: r.path):
        first = r.problems[0] if r.problems else None
        note = r.skipped or (f"{first.code}: {first.message}" + (f" (page {first.page})" if first.page else "")
                             + (f" +{len(r.problems) - 1} more" if len(r.problems) > 1 else "") if first else "")
        counts = ["-" if r.skipped else str(r.count(model)) for model, _ in SUMMARY_TABLES]
        table.add_row(Path(r.path).name, r.region or "", str(r.pages or ""), *counts,
                      f"[{style[r.status]}]{r.status}[/]", f"{r.seconds:.1f}", note)
    return table


@app.command("ingest")
def ingest_command(
    paths: list[Path] = typer.Argument(..., help="Strategy files (PDF, DOCX, HTML; DOC, RTF, ODT with "
                                                       "LibreOffice) and folders (searched recursively)"),
    db: Path = typer.Option(DEFAULT_DB, "--db", help="DuckDB file to write"),
    workers: int = typer.Option(1, "--workers", min=1, help="parallel parser processes"),
    lock_wait: float = typer.Option(store.LOCK_WAIT_SECONDS, "--lock-wait",
                                    help="seconds to wait for another ingest to release the database"),
    ocr: str = typer.Option("auto", "--ocr", help="auto (pages without a usable text layer) | always | never"),
    ocr_lang: str = typer.Option("rus+eng", "--ocr-lang", help="Tesseract languages"),
) -> None:
    """Ingest strategies; exit status 0 only when every file is `ok`."""
    if ocr not in OCR_MODES:
        console.print(f"[red]--ocr must be one of {', '.join(OCR_MODES)}")
        raise typer.Exit(2)
    missing = [p for p in paths if not p.exists()]
    if missing:
        console.print(f"[red]no such file or folder: {', '.join(map(str, missing))}")
        raise typer.Exit(2)
    total = len(discover(paths))
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, transient=True) as progress:
        task = progress.add_task("files", total=total)
        page_tasks: dict[tuple[str, str], TaskID] = {}

        def pages(path: str, done: int, of: int, stage: str = "pages") -> None:
            if (path, stage) not in page_tasks:
                page_tasks[path, stage] = progress.add_task(f"  {Path(path).name}: {stage}", total=of)
            progress.update(page_tasks[path, stage], completed=done)

        def advance(result: FileResult) -> None:
            for key in [key for key in page_tasks if key[0] == result.path]:
                progress.remove_task(page_tasks.pop(key))
            progress.update(task, advance=1, description=f"files (last: {Path(result.path).name} {result.status})")

        try:
            results = ingest(paths, db, workers=workers, on_result=advance, on_page=pages, lock_wait=lock_wait,
                             ocr=OcrOptions(mode=ocr, lang=ocr_lang))
        except store.DatabaseBusy as exc:
            console.print(f"[red]{exc}")
            raise typer.Exit(3)
    _stdout().print(_summary(results))
    failed = sum(r.status != "ok" for r in results)
    console.print(f"{len(results)} files, {len(results) - failed} ok, {failed} not ok -> {db}")
    raise typer.Exit(0 if failed == 0 else 1)


def _check_format_and_database(fmt: str, formats: tuple[str, ...], db: Path) -> None:
    """Exit with status 2 and a message on an unknown --format or a database not yet created."""
    if fmt not in formats:
        console.print(f"[red]--format must be one of {', '.join(formats)}")
        raise typer.Exit(2)
    if not db.exists():
        console.print(f"[red]no database at {db}; run `regstrat ingest` first")
        raise typer.Exit(2)


@app.command("query")
def query_command(
    sql: str = typer.Argument(..., help="SQL to run (read-only)"),
    db: Path = typer.Option(DEFAULT_DB, "--db"),
    fmt: str = typer.Option("table", "--format", help="table | csv | json"),
) -> None:
    """Run SQL on a read-only connection: a query cannot change the database."""
    _check_format_and_database(fmt, QUERY_FORMATS, db)
    try:
        con = store.connect(db, read_only=True)
    except store.DatabaseBusy as exc:
        console.print(f"[red]{exc}")
        raise typer.Exit(3) from None
    try:
        cursor = con.execute(sql)
        names = [d[0] for d in cursor.description or []]
        rows = cursor.fetchall()
    except Exception as exc:  # duckdb errors: show the message, not a traceback
        console.print(f"[red]{exc}")
        raise typer.Exit(1)
    finally:
        con.close()
    out = _stdout()
    if fmt == "json":
        print(json.dumps([dict(zip(names, r)) for r in rows], ensure_ascii=False, default=str, indent=1))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(names)
        writer.writerows(rows)
    else:
        table = Table(*names)
        for r in rows:
            table.add_row(*("" if v is None else str(v) for v in r))
        out.print(table)


@app.command("export")
def export_command(
    outdir: Path = typer.Argument(..., help="folder to write the files to"),
    db: Path = typer.Option(DEFAULT_DB, "--db"),
    fmt: str = typer.Option("parquet", "--format", help="parquet | csv (Excel, ru-RU: UTF-8 BOM, ';') | xlsx"),
    region: list[str] = typer.Option([], "--region", help="only this region (name or code); repeatable"),
) -> None:
    """Export every table and analyst view for Excel or other tools."""
    from ingest.export import FORMATS, UnknownRegion, export
    _check_format_and_database(fmt, FORMATS, db)
    try:
        written = export(db, outdir, fmt, region)
    except (UnknownRegion, store.DatabaseBusy) as exc:
        console.print(f"[red]{exc}")
        raise typer.Exit(1)
    for item in written:
        print(f"{item.name}\t{item.rows}\t{item.path}")


@app.command("report")
def report_command(
    document: str = typer.Argument(..., help="doc_id, stored source path, or the file itself"),
    db: Path = typer.Option(DEFAULT_DB, "--db"),
    out: Path = typer.Option(None, "--out", help="HTML file to write (default: <file name>-report.html)"),
) -> None:
    """Write a self-contained HTML provenance report of one document."""
    from ingest.report import ReportError, write_report
    try:
        path = write_report(db, document, out)
    except ReportError as exc:
        console.print(f"[red]{exc}")
        raise typer.Exit(1)
    print(path)


if __name__ == "__main__":
    app()
