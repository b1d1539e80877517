"""Re-runs, replaced files, duplicates, crashes and concurrent use never lose or duplicate rows."""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pymupdf
import pytest

from ingest import pipeline
from ingest.output import store
from ingest.pipeline import ingest
from samples import SAMPLES, gold_for
from schemas import tables as t

ROOT = Path(__file__).resolve().parents[1]
CURATED = ("documents", "sections", "card_fields", "list_items", "task_project_links", "projects", "indicators",
           "indicator_values", "catalogue", "catalogue_matches", "ingest_errors")


def snapshot(db: Path) -> dict[str, list[dict]]:
    """Every row of every curated table, sorted: two equal snapshots are equal databases."""
    out = {}
    with duckdb.connect(str(db), read_only=True) as con:
        for table in CURATED:
            cursor = con.execute(f"SELECT * FROM {table}")
            names = [d[0] for d in cursor.description]
            out[table] = sorted((dict(zip(names, row)) for row in cursor.fetchall()), key=repr)
    return out


def stamped_copy(src: Path, target: Path, stamp: str) -> Path:
    """The same strategy with other bytes (a metadata field), i.e. a new version of the file."""
    with pymupdf.open(src) as doc:
        doc.set_metadata({**doc.metadata, "subject": stamp})
        doc.save(target)
    return target


@pytest.fixture
def folder(tmp_path) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    for pdf in SAMPLES:
        shutil.copy(pdf, raw / pdf.name)
    return raw


def test_ingesting_the_same_folder_twice_leaves_the_database_identical(folder, tmp_path):
    db = tmp_path / "s.duckdb"
    ingest([folder], db)
    first = snapshot(db)
    again = ingest([folder], db)
    assert all(r.skipped for r in again)
    assert snapshot(db) == first
    assert len(first["documents"]) == len(SAMPLES)


def test_same_content_under_two_names_is_one_document(folder, tmp_path):
    shutil.copy(folder / SAMPLES[0].name, folder / "copy-of-the-same.pdf")
    db = tmp_path / "s.duckdb"
    results = ingest([folder], db)
    assert sum(bool(r.skipped) for r in results) == 1
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == len(SAMPLES)


def test_query_connection_cannot_write(folder, tmp_path):
    db = tmp_path / "s.duckdb"
    ingest([folder], db)
    con = store.connect(db, read_only=True)
    with pytest.raises(duckdb.Error):
        con.execute("DELETE FROM projects")
    con.close()
    out = subprocess.run([sys.executable, str(ROOT / "cli.py"), "query", "DROP TABLE projects", "--db", str(db)],
                         capture_output=True, text=True)
    assert out.returncode != 0
    assert snapshot(db)["projects"]


def test_a_second_ingest_on_a_database_in_use_stops_with_a_clear_message(folder, tmp_path):
    db = tmp_path / "s.duckdb"
    holder = subprocess.Popen([sys.executable, "-c",
                               "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('held', flush=True); "
                               "time.sleep(60)", str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        out = subprocess.run([sys.executable, str(ROOT / "cli.py"), "ingest", str(folder), "--db", str(db),
                              "--lock-wait", "1"], capture_output=True, text=True, timeout=120)
    finally:
        holder.kill()
        holder.wait()
    assert out.returncode == 3
    assert "in use by another process" in out.stderr


KILLABLE_INGEST = """
import sys
from pathlib import Path
from ingest.pipeline import ingest
ingest([Path(sys.argv[1])], Path(sys.argv[2]), on_result=lambda r: print('committed', r.path, flush=True))
"""


def test_killed_ingest_leaves_finished_documents_whole_and_the_next_run_completes(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for k in range(6):
        stamped_copy(SAMPLES[k % len(SAMPLES)], raw / f"edition-{k}.pdf", f"edition {k}")
    db = tmp_path / "s.duckdb"
    proc = subprocess.Popen([sys.executable, "-c", KILLABLE_INGEST, str(raw), str(db)], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)
    committed = proc.stdout.readline()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert committed.startswith("committed")
    with duckdb.connect(str(db), read_only=True) as con:  # it opens
        survivors = con.execute("SELECT doc_id, source_path FROM documents").fetchall()
        counts = {d: con.execute("SELECT count(*) FROM projects WHERE doc_id = ?", [d]).fetchone()[0]
                  for d, _ in survivors}
    assert 1 <= len(survivors) < 6
    for doc_id, path in survivors:
        edition = int(Path(path).stem.split("-")[1])
        gold = json.loads(gold_for(SAMPLES[edition % len(SAMPLES)]).read_text(encoding="utf-8"))
        assert counts[doc_id] == sum(len(g["rows"]) for g in gold["s6"]["groups"]), "a half-written document"
    ingest([raw], db)
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM documents WHERE status = 'ok'").fetchone()[0] == 6
        assert con.execute("SELECT count(DISTINCT doc_id) FROM projects").fetchone()[0] == 6


def test_cli_exit_status_reflects_the_folder(folder, tmp_path):
    db = tmp_path / "s.duckdb"
    ok = subprocess.run([sys.executable, str(ROOT / "cli.py"), "ingest", str(folder), "--db", str(db)],
                        capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7 not really")
    bad = subprocess.run([sys.executable, str(ROOT / "cli.py"), "ingest", str(folder), "--db", str(db)],
                         capture_output=True, text=True)
    assert bad.returncode == 1
    assert "broken.pdf" in bad.stdout and "not_a_pdf" in bad.stdout


@pytest.mark.parametrize("workers", [1, 2])
def test_page_progress_reaches_the_last_page_of_every_file(folder, tmp_path, workers):
    """Progress is throttled in the children (pipeline.throttled), but every file's bar starts, only rises,
    and ends full."""
    seen: dict[str, list[tuple[int, int]]] = {}
    ingest([folder], tmp_path / "s.duckdb", workers=workers,
           on_page=lambda path, done, total: seen.setdefault(Path(path).name, []).append((done, total)))
    for pdf in SAMPLES:
        with pymupdf.open(pdf) as doc:
            pages = doc.page_count
        done = [d for d, total in seen[pdf.name] if total == pages]
        assert len(done) == len(seen[pdf.name]) and done == sorted(set(done))
        assert done[0] == 1 and done[-1] == pages


def test_throttled_progress_sends_firsts_lasts_and_one_message_per_interval_for_each_stage():
    """Pages read every 10 ms, then OCR'd: at most one message per 100 ms and stage, never the last one lost,
    and the first OCR message goes at once even though a page message was sent just before it."""
    now = [0.0]
    sent: list[tuple] = []
    relay = pipeline.throttled(sent.append, 0.1, clock=lambda: now[0])
    for page in range(1, 26):  # 25 pages, 10 ms apart: sent at 0, 100, 200 ms and the last
        now[0] = (page - 1) * 0.01
        relay("a.pdf", page, 25)
    for page in range(1, 4):  # OCR: pages 2 s apart, each sent
        now[0] += 2.0
        relay("a.pdf", page, 3, "OCR")
    assert sent == [(1, 25), (11, 25), (21, 25), (25, 25), (1, 3, "OCR"), (2, 3, "OCR"), (3, 3, "OCR")]
    relay("b.pdf", 1, 1)  # a DOCX reports its one "page" done
    assert sent[-1] == (1, 1)


def test_a_database_of_an_older_schema_takes_the_new_columns(tmp_path):
    """A database written before `source_ref` existed and while `page` was required still takes new rows."""
    from samples import STRUCTURED
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    for model in (t.Project, t.Indicator, t.TaskProjectLink, t.CardField, t.ListItem):
        old = re.sub(r",\n  source_ref VARCHAR(?=\n)|\n  source_ref VARCHAR,", "", t.create_table_sql(model))
        old = re.sub(r"\bpage BIGINT\b(?! NOT)", "page BIGINT NOT NULL", old)
        assert "source_ref" not in old and "page BIGINT NOT NULL" in old, old
        con.execute(old)
    con.close()
    (result,) = ingest([STRUCTURED[0]], db)
    assert result.status == "ok", result.problems
    con = store.connect(db, read_only=True)
    assert con.execute("SELECT count(*) FROM projects WHERE page IS NULL AND source_ref LIKE 'table %'").fetchone()[0]
    con.close()
