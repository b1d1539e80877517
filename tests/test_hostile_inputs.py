"""The second zoo (issue 13): files that crashed, hung or misled a whole run; each fails or warns alone."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import socket
from pathlib import Path

import duckdb
import pymupdf
import pytest

from adversarial import nested_forms
from ingest.pipeline import ingest
from samples import FIXTURES, SAMPLES, gold_for
from schemas.tables import Project
from test_store import stamped_copy

LNR = next(p for p in SAMPLES if p.name == "strategy-lnr.pdf")
STAVROPOL = next(p for p in SAMPLES if p.name == "strategy-stavropol.pdf")
TIME_LIMIT = 8.0
WINDOWS_NAME = "Стратегия-ЛНР.pdf".encode("cp1251")  # not UTF-8: an archive unpacked from Windows


def with_approval(src: Path, target: Path, date: str) -> None:
    """The strategy with an approving act printed above its title, dated `date`."""
    with pymupdf.open(src) as doc:
        doc[0].insert_text((72, 40), f"Утверждена распоряжением Правительства от {date} г. № 12-р",
                           fontname="china-s", fontsize=8)  # a built-in font with Cyrillic glyphs
        doc.save(target)


def concatenated(first: Path, second: Path, target: Path) -> None:
    with pymupdf.open(first) as a, pymupdf.open(second) as b, pymupdf.open() as out:
        out.insert_pdf(a)
        out.insert_pdf(b)
        out.save(target)


def build_zoo(folder: Path) -> dict[str, tuple[str, str]]:
    """file name -> (expected status, expected code)."""
    zoo = {}
    with_approval(LNR, folder / "approved-on-31-february.pdf", "31.02.2023")
    zoo["approved-on-31-february.pdf"] = ("partial", "bad_date")
    with_approval(LNR, folder / "approved-in-month-13.pdf", "15.13.2023")
    zoo["approved-in-month-13.pdf"] = ("partial", "bad_date")
    (folder / "nested-forms.pdf").write_bytes(nested_forms(8))
    zoo["nested-forms.pdf"] = ("failed", "timeout")
    os.mkfifo(folder / "named-pipe.pdf")
    zoo["named-pipe.pdf"] = ("failed", "not_a_file")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(folder / "socket.pdf"))
    sock.close()
    zoo["socket.pdf"] = ("failed", "not_a_file")
    (folder / "vanished.pdf").symlink_to(folder / "deleted-since.pdf")
    zoo["vanished.pdf"] = ("failed", "unreadable_file")
    stamped_copy(LNR, folder / "renamed-below.pdf", "windows archive")  # PyMuPDF writes UTF-8 names only
    os.rename(folder / "renamed-below.pdf", os.fsencode(folder) + b"/" + WINDOWS_NAME)
    zoo[os.fsdecode(WINDOWS_NAME)] = ("ok", "")
    concatenated(LNR, STAVROPOL, folder / "two-strategies-in-one-file.pdf")
    zoo["two-strategies-in-one-file.pdf"] = ("partial", "several_documents")
    concatenated(STAVROPOL, STAVROPOL, folder / "printed-twice.pdf")
    zoo["printed-twice.pdf"] = ("partial", "pages_out_of_order")
    shutil.copy(STAVROPOL, folder / "good-strategy.pdf")
    zoo["good-strategy.pdf"] = ("ok", "")
    return zoo


@pytest.fixture(scope="module")
def zoo_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    expected = build_zoo(folder)
    db = tmp_path_factory.mktemp("db") / "zoo.duckdb"
    results = ingest([folder, Path("/dev/zero")], db, workers=2, time_limit=TIME_LIMIT)
    return expected, results, db


def test_every_hostile_file_ends_with_its_code_and_the_run_goes_on(zoo_run):
    expected, results, _ = zoo_run
    named = {Path(r.path).name: r for r in results}
    windows = next(r for r in results if "\\x" in r.path)
    assert windows.path.endswith("/" + WINDOWS_NAME.decode("utf-8", "backslashreplace")), windows.path
    assert windows.status == "ok", windows.problems
    named[os.fsdecode(WINDOWS_NAME)] = named.pop(Path(windows.path).name)
    assert named.pop("zero").problems[0].code == "not_a_file", "a device named on the command line"
    assert set(named) == set(expected)
    for name, (status, code) in expected.items():
        r = named[name]
        assert r.status == status, (name, r.status, r.problems)
        if code:
            assert code in {p.code for p in r.problems}, (name, r.problems)
    assert named["nested-forms.pdf"].seconds < TIME_LIMIT + 5


def test_every_file_with_content_is_stored_and_every_failure_is_recorded(zoo_run):
    expected, results, db = zoo_run
    with duckdb.connect(str(db), read_only=True) as con:
        documents = dict(con.execute("SELECT doc_id, status FROM documents").fetchall())
        errors = {(Path(p).name, c) for p, c in con.execute("SELECT source_path, code FROM ingest_errors").fetchall()}
        good = next(r for r in results if r.path.endswith("good-strategy.pdf"))
        projects = con.execute("SELECT count(*) FROM projects WHERE doc_id = ?", [good.doc_id]).fetchone()[0]
    with_content = [r for r in results if r.doc_id]
    assert {r.doc_id: r.status for r in with_content} == documents
    assert {("named-pipe.pdf", "not_a_file"), ("socket.pdf", "not_a_file"), ("zero", "not_a_file"),
            ("vanished.pdf", "unreadable_file"), ("nested-forms.pdf", "timeout"),
            ("approved-on-31-february.pdf", "bad_date")} <= errors
    gold = json.loads(gold_for(STAVROPOL).read_text(encoding="utf-8"))
    assert projects == good.count(Project) == sum(len(g["rows"]) for g in gold["s6"]["groups"])


def test_a_file_deleted_after_it_was_found_fails_alone(tmp_path):
    gone = tmp_path / "deleted-mid-run.pdf"
    good = tmp_path / "good.pdf"
    shutil.copy(LNR, good)
    results = {Path(r.path).name: r for r in ingest([tmp_path], tmp_path / "s.duckdb", files=[gone, good])}
    assert results["deleted-mid-run.pdf"].problems[0].code == "unreadable_file"
    assert results["good.pdf"].status == "ok"


def test_report_draws_a_huge_page_within_the_pixel_limit(tmp_path):
    """Issue 13 case 12: a 20,000 pt MediaBox took 1.6 GB to draw at full resolution."""
    from ingest.readers.pdf import MAX_PIXELS, render_page
    from ingest.output.report import PAGE_DPI
    with pymupdf.open(LNR) as doc:
        doc[0].set_mediabox(pymupdf.Rect(0, 0, 20000, 20000))
        png = render_page(doc, 1, PAGE_DPI)
    with pymupdf.open("png", png) as image:
        width, height = image[0].rect.width, image[0].rect.height
    assert 0 < width * height <= MAX_PIXELS


def test_report_page_drawing_that_hangs_is_cut_and_said(tmp_path, monkeypatch):
    from ingest import isolation
    from ingest.output import report
    from schemas import tables as t
    bomb = tmp_path / "nested-forms.pdf"
    bomb.write_bytes(nested_forms(8))
    monkeypatch.setattr(report, "RENDER_LIMITS", isolation.Limits(seconds=2, memory=1 << 30))
    box = report.Box("projects", 1, 10, 10, 100, 100, "a project", "#000")
    views, note = report._page_views(bomb, {t.Project: [(1, box, True)]}, set())
    assert "timeout" in note and [v.number for v in views] == [1] and views[0].png == b""


def test_a_symlink_loop_in_the_folder_fails_alone(tmp_path):
    """Two links naming each other ended the whole run in a traceback (Path.resolve raised) before any file."""
    (tmp_path / "loop-a.pdf").symlink_to(tmp_path / "loop-b.pdf")
    (tmp_path / "loop-b.pdf").symlink_to(tmp_path / "loop-a.pdf")
    shutil.copy(FIXTURES / "html" / "strategy-lnr.html", tmp_path / "good.html")
    results = {Path(r.path).name: r for r in ingest([tmp_path], tmp_path / "s.duckdb")}
    assert {name: r.problems[0].code for name, r in results.items() if r.status == "failed"} == {
        "loop-a.pdf": "unreadable_file", "loop-b.pdf": "unreadable_file"}
    assert results["good.html"].status == "ok"


def test_a_file_still_being_written_when_parsed_is_not_stored_under_content_it_never_had(tmp_path, monkeypatch):
    """A copy or download in progress: digested half-written, parsed whole; its rows were stored `ok` under
    the doc_id of the half, and the next run stored the whole file again beside them."""
    from ingest import pipeline
    copying = tmp_path / "still-copying.html"
    whole = (FIXTURES / "html" / "strategy-lnr.html").read_bytes()
    copying.write_bytes(whole[: len(whole) // 2])
    parse = pipeline.parse_document

    def copy_finishes_then_parse(path, *args, **kwargs):
        copying.write_bytes(whole)
        return parse(path, *args, **kwargs)

    monkeypatch.setattr(pipeline, "parse_document", copy_finishes_then_parse)
    db = tmp_path / "s.duckdb"
    (result,) = ingest([copying], db)
    assert result.status == "failed" and [p.code for p in result.problems] == ["unreadable_file"]
    monkeypatch.undo()
    (again,) = ingest([copying], db)
    assert again.status == "ok"
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT sha256 FROM documents").fetchall() == [(hashlib.sha256(whole).hexdigest(),)]


def test_a_folder_is_searched_for_every_kind_of_file_a_reader_reads():
    """A .docm (Word with macros) or .xhtml page named on the command line was read, but passed over without a
    word inside a folder: discovery knew fewer suffixes than the readers."""
    from importlib import import_module
    from ingest.pipeline import DOCUMENT_SUFFIXES
    from ingest.readers import READERS
    readable = {suffix for name in READERS for suffix in import_module(f"ingest.readers.{name}").SUFFIXES}
    assert readable == set(DOCUMENT_SUFFIXES)
