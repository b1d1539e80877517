"""The command line: answers at once, one line for every user error (exit 2 usage, 1 failure), never a
traceback, text from documents and queries printed as text, and `query` strictly read-only (issues 12, 13)."""
from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from samples import FIXTURES, SAMPLES

ROOT = Path(__file__).resolve().parents[1]
LNR = next(p for p in SAMPLES if p.name == "strategy-lnr.pdf")


def regstrat(*args: str, cwd: Path = ROOT, env: dict | None = None, stdin: str | None = None,
             preexec_fn=None) -> subprocess.CompletedProcess:
    out = subprocess.run([sys.executable, str(ROOT / "cli.py"), *args], cwd=cwd, capture_output=True, text=True,
                         input=stdin, env={**os.environ, **(env or {})}, timeout=300, preexec_fn=preexec_fn)
    assert "Traceback" not in out.stderr + out.stdout, out.stderr
    return out


def one_line_error(out: subprocess.CompletedProcess, code: int, *words: str) -> None:
    assert out.returncode == code, (out.returncode, out.stderr)
    lines = [line for line in out.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, out.stderr
    assert all(word in lines[0] for word in words), lines[0]


@pytest.fixture(scope="module")
def db(sample_db: Path, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "strategies.duckdb"
    shutil.copy(sample_db, path)
    return path


def test_importing_the_cli_loads_neither_the_pdf_library_nor_the_morphology():
    code = "import sys, cli; print([m for m in ('pymupdf', 'natasha', 'duckdb', 'pydantic') if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert json.loads(out.stdout.replace("'", '"')) == []


def test_query_on_a_file_that_is_not_duckdb(tmp_path):
    (tmp_path / "notes.duckdb").write_text("not a database")
    one_line_error(regstrat("query", "SELECT 1", "--db", str(tmp_path / "notes.duckdb")), 2,
                   str(tmp_path / "notes.duckdb"), "not a DuckDB database")


def test_query_without_a_database_names_the_absolute_path(tmp_path):
    one_line_error(regstrat("query", "SELECT 1", "--db", "missing.duckdb", cwd=tmp_path), 2,
                   str(tmp_path / "missing.duckdb"), "regstrat ingest")


def test_regstrat_db_sets_the_database_from_any_folder(db, tmp_path):
    out = regstrat("query", "SELECT count(*) AS n FROM documents", "--format", "json", cwd=tmp_path,
                   env={"REGSTRAT_DB": str(db)})
    assert out.returncode == 0 and json.loads(out.stdout) == [{"n": len(SAMPLES)}]


def test_query_reads_sql_from_stdin_and_writes_a_file(db, tmp_path):
    target = tmp_path / "result.csv"
    out = regstrat("query", "-", "--db", str(db), "--format", "csv", "-o", str(target),
                   stdin="SELECT region FROM documents ORDER BY region")
    assert out.returncode == 0 and out.stdout == ""
    assert target.read_text(encoding="utf-8").splitlines()[0] == "region"
    assert len(target.read_text(encoding="utf-8").splitlines()) == 1 + len(SAMPLES)


def test_query_prints_markup_and_emoji_codes_as_text(db):
    text = "[/] [bold]x[/bold] :x: [link=http://example.org]y[/link]"
    out = regstrat("query", f"SELECT '{text}' AS t", "--db", str(db))
    assert out.returncode == 0 and text in out.stdout


@pytest.mark.parametrize("sql", [
    "ATTACH '{link}' AS w (READ_ONLY false); DELETE FROM w.projects",
    "COPY projects TO '{tmp}/leak.csv'",
    "EXPORT DATABASE '{tmp}/leak'",
    "SET enable_external_access = true",
    "DELETE FROM projects",
])
def test_query_cannot_write_anything(db, tmp_path, sql):
    link = tmp_path / "hardlink.duckdb"
    os.link(db, link)
    before = duckdb.connect(str(db), read_only=True).execute("SELECT count(*) FROM projects").fetchone()
    out = regstrat("query", sql.format(link=link, tmp=tmp_path), "--db", str(db))
    assert out.returncode == 1
    assert not (tmp_path / "leak.csv").exists() and not (tmp_path / "leak").exists()
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM projects").fetchone() == before


def test_format_is_a_closed_choice(db):
    out = regstrat("query", "SELECT 1", "--db", str(db), "--format", "xml")
    assert out.returncode == 2 and "table" in out.stderr and "csv" in out.stderr


def test_version_and_help_for_every_option():
    version = regstrat("--version")
    assert version.returncode == 0 and version.stdout.startswith("regstrat ")
    for command in ("ingest", "query", "export", "report"):
        text = regstrat(command, "--help").stdout
        assert "<bool>" not in text
        options = [line.split()[0] for line in text.splitlines() if line.strip().startswith("-")]
        assert options
        for line in text.splitlines():
            if line.strip().startswith("--") and not line.strip().startswith("--help"):
                assert len(line.split()) > 2, f"{command}: no help for {line.strip()}"


def test_export_cli_formats_agree_with_the_library():
    from cli import ExportFormat
    from ingest.output.export import FORMATS
    assert tuple(f.value for f in ExportFormat) == FORMATS


def test_ocr_cli_modes_agree_with_the_library():
    from cli import OcrMode
    from ingest.readers.ocr import OCR_MODES
    assert tuple(m.value for m in OcrMode) == OCR_MODES


@pytest.mark.parametrize("sql", ["", "-- only a comment\n"])
def test_query_without_a_statement_is_a_usage_error(db, sql):
    """DuckDB answers empty SQL with no cursor at all: this was an AttributeError traceback."""
    one_line_error(regstrat("query", "-", "--db", str(db), stdin=sql), 2, "no statement")


def test_ingest_into_a_folder_named_as_the_database_is_a_usage_error(tmp_path):
    """It was a failed write after the folder's files were discovered, with advice to free disk space."""
    one_line_error(regstrat("ingest", str(LNR), "--db", str(tmp_path)), 2, str(tmp_path), "is a folder")


def test_export_to_a_file_path_or_an_unwritable_place(db, tmp_path):
    (tmp_path / "a-file").write_text("")
    one_line_error(regstrat("export", str(tmp_path / "a-file"), "--db", str(db)), 2, "is a file")
    one_line_error(regstrat("export", "/proc/self/out", "--db", str(db)), 1, "cannot write", "/proc/self/out")


def test_export_to_an_xlsx_name_writes_that_workbook(db, tmp_path):
    out = regstrat("export", str(tmp_path / "out.xlsx"), "--db", str(db))
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "out.xlsx").stat().st_size > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]


def test_report_out_a_folder_writes_into_it(db, tmp_path):
    out = regstrat("report", str(LNR), "--db", str(db), "--out", str(tmp_path))
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "strategy-lnr-report.html").is_file()


def test_empty_folder_or_no_matching_files_is_a_usage_error_and_creates_no_database(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "notes.txt").write_text("no strategy here")
    for folder in ("empty", "texts"):
        one_line_error(regstrat("ingest", str(tmp_path / folder), "--db", str(tmp_path / "s.duckdb")), 2,
                       "nothing to ingest")
    assert not (tmp_path / "s.duckdb").exists()


def test_a_database_of_an_older_schema_is_brought_up_to_date(tmp_path):
    """Columns added since the file was made are added to it; nothing already in it is lost."""
    old = tmp_path / "old.duckdb"
    with duckdb.connect(str(old)) as con:
        con.execute("CREATE TABLE documents (doc_id VARCHAR, source_path VARCHAR)")
        con.execute("INSERT INTO documents VALUES ('older', 'older.pdf')")
    out = regstrat("ingest", str(LNR), "--db", str(old))
    assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr
    with duckdb.connect(str(old), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM documents WHERE region IS NOT NULL").fetchone()[0] == 1
        assert con.execute("SELECT source_path FROM documents WHERE doc_id = 'older'").fetchone()[0] == "older.pdf"


def test_a_full_disk_ends_with_a_message(tmp_path):
    def small_files():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit fail, as on a full disk
        resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))

    out = regstrat("ingest", str(LNR), "--db", str(tmp_path / "s.duckdb"), preexec_fn=small_files)
    one_line_error(out, 1, "cannot write", str(tmp_path / "s.duckdb"), "Free space")


def test_a_busy_database_says_what_it_waits_for(tmp_path):
    db = tmp_path / "s.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('held', flush=True); time.sleep(60)", str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        out = regstrat("ingest", str(LNR), "--db", str(db), "--lock-wait", "1")
    finally:
        holder.kill()
        holder.wait()
    assert out.returncode == 3
    assert f"waiting up to 1 s for {db}" in out.stderr
    assert "in use by another process" in out.stderr


def test_summary_shows_totals_then_only_files_that_are_not_ok(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(LNR, raw / "good.pdf")
    for k in range(6):
        (raw / f"broken-{k}.pdf").write_bytes(f"%PDF-1.7 not really {k}".encode())
    out = regstrat("ingest", str(raw), "--db", str(tmp_path / "s.duckdb"))
    assert out.returncode == 1
    lines = out.stdout.splitlines()
    assert lines[0] == "7 files: 1 ok, 6 failed"
    assert lines[1].split() == ["failed:", "not_a_pdf", "6"]
    assert "broken-0.pdf" in out.stdout and "good.pdf" not in out.stdout
    assert max(map(len, lines)) <= 200
    verbose = regstrat("ingest", str(raw), "--db", str(tmp_path / "s.duckdb"), "--verbose")
    assert "good.pdf" in verbose.stdout and "already loaded, unchanged" in verbose.stdout
    assert "not_a_pdf" in verbose.stdout, "a skipped failed file keeps its reason"


def test_a_title_with_markup_is_printed_as_text(tmp_path):
    """Issue 13 case 9: a file name (and any text from a document) with rich markup in it."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "[bold]strategy[red].pdf").write_bytes(b"%PDF-1.7 broken")
    out = regstrat("ingest", str(raw), "--db", str(tmp_path / "s.duckdb"))
    assert out.returncode == 1 and "[bold]strategy[red].pdf" in out.stdout


WINDOWS_NAME = "Стратегия-ЛНР.html".encode("cp1251")  # not UTF-8: unpacked from a Windows archive, or typed in a
# terminal of another encoding


@pytest.fixture(scope="module")
def lnr_twice(tmp_path_factory) -> tuple[Path, Path]:
    """The LNR strategy as a saved page under a name that is not UTF-8, and a re-saved copy of it (one edition)."""
    from ingest.pipeline import ingest
    folder = tmp_path_factory.mktemp("names")
    page = (FIXTURES / "html" / "strategy-lnr.html").read_bytes()
    odd = Path(os.fsdecode(os.fsencode(folder) + b"/" + WINDOWS_NAME))
    odd.write_bytes(page)
    (folder / "resaved.html").write_bytes(page + b"\n<!-- saved again -->\n")
    db = folder / "s.duckdb"
    assert {r.status for r in ingest([folder], db)} == {"ok"}
    return db, odd


def test_report_of_a_file_whose_name_is_not_utf8(lnr_twice, tmp_path):
    """DuckDB refused the name as a query argument: an InvalidInputException traceback."""
    db, odd = lnr_twice
    out = regstrat("report", str(odd), "--db", str(db), "--out", str(tmp_path))
    assert out.returncode == 0, out.stderr
    assert [p.name for p in tmp_path.iterdir()] == [Path(odd.name).stem.encode("utf-8", "surrogateescape").decode(
        "utf-8", "backslashreplace") + "-report.html"]


def test_diff_of_a_region_typed_in_another_encoding_or_with_one_edition_and_its_copy(lnr_twice):
    db, _ = lnr_twice
    one_line_error(regstrat("diff", os.fsdecode("Луганская".encode("cp1251")), "--db", str(db)), 1,
                   "no edition of region", "Луганская Народная Республика")
    one_line_error(regstrat("diff", "RU-LPR", "--db", str(db)), 1, "one edition only")  # was "no edition 0"


def test_a_database_name_that_is_not_utf8_is_a_usage_error(lnr_twice, tmp_path):
    """DuckDB cannot open it: a RuntimeError (std::bad_cast) traceback."""
    db, odd = lnr_twice
    named = Path(os.fsdecode(os.fsencode(tmp_path) + b"/" + WINDOWS_NAME + b".duckdb"))
    one_line_error(regstrat("ingest", str(odd), "--db", str(named)), 2, "UTF-8", "--db")
    shutil.copy(db, named)
    one_line_error(regstrat("query", "SELECT 1", "--db", str(named)), 2, "UTF-8", "--db")
