"""Every document is parsed in its own child: a hang, a crash or a memory blow-up costs that file only,
failures that may pass are retried on request, and no process outlives the run (issue 13)."""
from __future__ import annotations

import ctypes
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from adversarial import nested_forms
from ingest import isolation, pipeline
from ingest.pipeline import ingest, process_file
from normalize.catalogue import load_catalogue_records
from samples import SAMPLES
from test_store import stamped_copy

ROOT = Path(__file__).resolve().parents[1]
LNR = next(p for p in SAMPLES if p.name == "strategy-lnr.pdf")
real_parse = pipeline.parse_document


def misbehaving_parse(path, doc_id, on_page=None, *more):
    """The real parser, except for files whose name says how their child process should die."""
    if path.stem == "segfault":
        ctypes.string_at(0)  # a real SIGSEGV, as a bug in a C library gives
    if path.stem == "killed-by-the-kernel":
        os.kill(os.getpid(), signal.SIGKILL)  # what the out-of-memory killer does
    return real_parse(path, doc_id, on_page, *more)


@pytest.fixture
def folder(tmp_path) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    for k, pdf in enumerate(SAMPLES):
        shutil.copy(pdf, raw / pdf.name)
    stamped_copy(LNR, raw / "segfault.pdf", "crash")
    stamped_copy(LNR, raw / "killed-by-the-kernel.pdf", "oom")
    return raw


@pytest.mark.parametrize("workers", [1, 2])
def test_a_dead_worker_fails_its_file_only(folder, tmp_path, monkeypatch, workers):
    monkeypatch.setattr(pipeline, "parse_document", misbehaving_parse)
    db = tmp_path / "s.duckdb"
    results = {Path(r.path).name: r for r in ingest([folder], db, workers=workers)}
    assert results["segfault.pdf"].status == "failed"
    assert [p.code for p in results["segfault.pdf"].problems] == ["worker_crashed"]
    assert "SIGSEGV" in results["segfault.pdf"].problems[0].message
    assert [p.code for p in results["killed-by-the-kernel.pdf"].problems] == ["out_of_memory"]
    assert all(results[pdf.name].status == "ok" for pdf in SAMPLES)
    with duckdb.connect(str(db), read_only=True) as con:
        stored = dict(con.execute("SELECT source_path, status FROM documents").fetchall())
        errors = {Path(p).name: c for p, c in con.execute("SELECT source_path, code FROM ingest_errors").fetchall()}
    assert sorted(stored.values()) == ["failed", "failed", "ok", "ok"]
    assert errors == {"segfault.pdf": "worker_crashed", "killed-by-the-kernel.pdf": "out_of_memory"}


def test_a_hang_in_the_pdf_library_is_cut_at_the_time_limit(tmp_path):
    bomb = tmp_path / "nested-forms.pdf"
    bomb.write_bytes(nested_forms(8))  # 10**8 drawings: hours inside PyMuPDF's C code
    started = time.monotonic()
    result = process_file(bomb, [], time_limit=2)
    assert time.monotonic() - started < 2 + 5
    assert result.status == "failed" and [p.code for p in result.problems] == ["timeout"]
    assert result.document is not None and result.document.status == "failed"


def test_a_job_that_shows_progress_may_lengthen_its_time_limit():
    """OCR asks for OCR_PAGE_TIME more per page it has read: a long scan is not cut for its length,
    while work that asks for nothing more is still stopped at the limit."""
    def pages(send, ask: bool):
        for _ in range(4):
            time.sleep(0.5)
            if ask:
                send(isolation.MoreTime(1.0))
        return "read"

    limits = isolation.Limits(1.2, 0)
    assert isolation.run_one(lambda send: pages(send, True), limits).kind == "done"
    cut = isolation.run_one(lambda send: pages(send, False), limits)
    assert cut.kind == "timeout" and "1 s limit" in cut.detail


def test_the_next_job_runs_while_the_caller_handles_a_finished_one(tmp_path):
    """With one worker, storing a document (in the caller) overlaps parsing the next (in its child), and
    the next child already has what `on_done` kept of the finished job (ingest's learned words)."""
    kept: list[str] = []
    started = tmp_path / "second-started"

    def second(_send):
        started.touch()
        return list(kept)

    jobs = [("first", lambda _send: "first's words"), ("second", second)]
    outcomes = isolation.run_all(jobs, 1, isolation.Limits(30, 0),
                                 on_done=lambda key, outcome: kept.append(outcome.value))
    key, outcome = next(outcomes)
    assert (key, outcome.value) == ("first", "first's words")
    deadline = time.monotonic() + 20
    while not started.exists() and time.monotonic() < deadline:  # the caller is "storing" the first
        time.sleep(0.05)
    assert started.exists(), "the second job waited for the caller to ask for its outcome"
    assert [(k, o.value) for k, o in outcomes] == [("second", ["first's words"])]


def test_memory_is_capped_per_document(tmp_path, monkeypatch):
    """A parse that needs far more than its cap fails `out_of_memory`; a real strategy fits the default cap.

    The cap counts from the address space the child inherits (free heap of the
    parent included), so the hungry parse asks for a gigabyte against a 64 MB cap.
    """
    def hungry_parse(path, doc_id, on_page=None, *more):
        return [bytearray(1 << 20) for _ in range(1024)]

    assert process_file(LNR, load_catalogue_records()).status == "ok"
    monkeypatch.setattr(pipeline, "parse_document", hungry_parse)
    result = process_file(LNR, load_catalogue_records(), memory_limit=64 << 20)
    assert result.status == "failed"
    assert [p.code for p in result.problems] == ["out_of_memory"]


def test_retry_failed_parses_again_only_failures_that_may_pass(folder, tmp_path, monkeypatch):
    (folder / "not-a-pdf.pdf").write_bytes(b"plain text, not a PDF")
    db = tmp_path / "s.duckdb"
    with monkeypatch.context() as patch:
        patch.setattr(pipeline, "parse_document", misbehaving_parse)
        ingest([folder], db)
    again = {Path(r.path).name: r for r in ingest([folder], db)}
    assert all(r.skipped for r in again.values())
    assert again["segfault.pdf"].status == "failed"
    assert again["segfault.pdf"].problems[0].code == "worker_crashed", "a skipped failed file keeps its reason"
    assert again["not-a-pdf.pdf"].problems[0].code == "not_a_pdf"
    retried = {Path(r.path).name: r for r in ingest([folder], db, retry_failed=True)}
    assert not retried["segfault.pdf"].skipped and retried["segfault.pdf"].status == "ok"
    assert not retried["killed-by-the-kernel.pdf"].skipped and retried["killed-by-the-kernel.pdf"].status == "ok"
    assert retried["not-a-pdf.pdf"].skipped, "a file that is not a PDF will not become one"
    assert all(retried[pdf.name].skipped for pdf in SAMPLES)


def session_processes(sid: int) -> list[str]:
    """The live processes of a session, "pid args" each.

    A killed worker whose parent is gone stays a zombie until the machine's init reaps it, which a
    loaded machine does late; a zombie runs nothing, so it is not counted.
    """
    out = subprocess.run(["ps", "-s", str(sid), "-o", "pid=,stat=,args="], capture_output=True, text=True).stdout
    live = []
    for line in out.splitlines():
        pid, stat, args = (line.split(None, 2) + [""])[:3]
        if pid and not stat.startswith("Z"):
            live.append(f"{pid} {args}")
    return live


def alive(pid: str) -> bool:
    """The process exists and is not a zombie (see session_processes)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGINT, signal.SIGKILL])
def test_no_process_outlives_the_run(tmp_path, how):
    raw = tmp_path / "raw"
    raw.mkdir()
    for k in range(2):
        (raw / f"nested-forms-{k}.pdf").write_bytes(nested_forms(8, fanout=10 + k))
    main = subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "ingest", str(raw), "--db",
                             str(tmp_path / "s.duckdb"), "--workers", "2"], cwd=ROOT, start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while len(session_processes(main.pid)) < 3 and time.monotonic() < deadline:  # main + two workers
            time.sleep(0.2)
        assert len(session_processes(main.pid)) == 3
        workers = [line.split()[0] for line in session_processes(main.pid) if int(line.split()[0]) != main.pid]
        os.kill(main.pid, how)
        deadline = time.monotonic() + 2  # the workers are stopped within 2 s
        while any(map(alive, workers)) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(map(alive, workers))
        _, stderr = main.communicate(timeout=10)  # then the main process prints its line and ends
        assert session_processes(main.pid) == []
    finally:
        os.killpg(main.pid, signal.SIGKILL) if session_processes(main.pid) else None
        main.wait()
    if how != signal.SIGKILL:
        assert "interrupted: 0 of 2 files stored; run again to continue" in stderr
        assert "Traceback" not in stderr
        assert main.returncode == 130


def test_several_workers_start_with_the_largest_files(tmp_path, monkeypatch):
    """With two workers the run ends when its last file does: a large file left for the end would run alone."""
    folder = tmp_path / "raw"
    folder.mkdir()
    for pdf in [*SAMPLES, ROOT / "tests" / "fixtures" / "browser-print-rowspan-borders-in-pieces.pdf"]:
        shutil.copy(pdf, folder / pdf.name)
    started: list[Path] = []
    monkeypatch.setattr(pipeline, "_parse_all", lambda files, *_: started.extend(p for p, _ in files) or iter(()))
    ingest([folder], tmp_path / "s.duckdb", workers=2)
    by_size = sorted(folder.iterdir(), key=lambda p: p.stat().st_size, reverse=True)
    assert [p.name for p in started] == [p.name for p in by_size] != sorted(p.name for p in by_size)
