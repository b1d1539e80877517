"""Editions of one region: numbered, the latest current, announced on ingest, and compared by `regstrat diff`.

The second edition is a real sample edited the way a revision edits it
(tests/editions/make_edition.py); expectations come from the list of edits.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from ingest.output.diff import DiffError, ProjectRow, diff_region, match_projects
from ingest.pipeline import ingest
from parsers.text import fold
from samples import FIXTURES

ROOT = Path(__file__).resolve().parents[1]
FIRST = FIXTURES / "strategy-stavropol.pdf"
SECOND = FIXTURES / "editions" / "strategy-stavropol-edition2.pdf"
EDITS = json.loads(SECOND.with_name(SECOND.stem + ".edits.json").read_text("utf-8"))


def _ingest_in_order(db: Path, *files: Path) -> list:
    """One ingest per file, so ingest time orders the editions (the samples print no approval date)."""
    return [ingest([f], db)[0] for f in files]


@pytest.fixture(scope="module")
def editions(tmp_path_factory) -> tuple[Path, list]:
    db = tmp_path_factory.mktemp("editions") / "strategies.duckdb"
    return db, _ingest_in_order(db, FIRST, SECOND)


def test_second_edition_is_announced_numbered_and_current(editions):
    db, (first, second) = editions
    assert not [p for p in first.problems if p.code == "new_edition"]
    notice = [p for p in second.problems if p.code == "new_edition"]
    assert len(notice) == 1 and notice[0].severity == "info" and str(FIRST) in notice[0].message
    assert second.status == "ok", "another edition is news, not a defect"
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT doc_id, edition, is_current FROM documents ORDER BY edition").fetchall() == [
            (first.doc_id, 1, False), (second.doc_id, 2, True)]
        assert con.execute("SELECT count(*) FROM ingest_errors WHERE code = 'new_edition' AND severity = 'info'"
                           ).fetchone()[0] == 1
        for table in ("projects", "indicators", "indicator_values", "sections", "catalogue_matches"):
            current = con.execute(f"SELECT DISTINCT doc_id FROM current_{table}").fetchall()
            assert current == [(second.doc_id,)], table
        assert con.execute("SELECT count(*) FROM current_documents").fetchone()[0] == 1


def test_diff_reports_exactly_the_edits(editions):
    db, _ = editions
    diff = diff_region(db, "ru-sta")
    assert (diff.old_edition, diff.new_edition) == (1, 2)
    assert diff.added == []
    assert [fold(p.name) for p in diff.removed] == [fold(n).removesuffix(" рекомендовано фоив") for n in
                                                    EDITS["removed"]]
    (renamed,) = diff.renamed
    dropped = EDITS["renamed"][0]["dropped"]
    assert renamed.new.name == " ".join(w for w in renamed.old.name.split() if w not in dropped)
    assert sorted((c.old, c.new) for c in diff.changed) == sorted((v["old"], v["new"]) for v in EDITS["values"])
    assert all(c.year and c.indicator for c in diff.changed)


def test_diff_the_other_way_shows_the_project_added(tmp_path: Path):
    db = tmp_path / "strategies.duckdb"
    _ingest_in_order(db, SECOND, FIRST)
    diff = diff_region(db, "Ставропольский край")
    assert [fold(p.name) for p in diff.added] == [fold(n).removesuffix(" рекомендовано фоив") for n in
                                                  EDITS["removed"]]
    assert diff.removed == [] and len(diff.renamed) == 1
    assert sorted((c.old, c.new) for c in diff.changed) == sorted((v["new"], v["old"]) for v in EDITS["values"])


def test_projects_pair_by_catalogue_then_fuzzy_name():
    old = [ProjectRow("o1", "Цифровой помощник ученика", "c1"), ProjectRow("o2", "Умный город", None),
           ProjectRow("o3", "Электронная очередь в поликлиниках", None)]
    new = [ProjectRow("n1", "Персональный ассистент школьника", "c1"), ProjectRow("n2", "Умный город", None),
           ProjectRow("n3", "Электронная очередь в поликлиниках края", None), ProjectRow("n4", "Беспилотники", None)]
    renamed, removed, added = match_projects(old, new)
    assert [(r.old.project_id, r.new.project_id, r.matched_by.split()[0]) for r in renamed] == [
        ("o1", "n1", "catalogue"), ("o3", "n3", "name")]
    assert removed == [] and [p.project_id for p in added] == ["n4"]


def test_diff_needs_two_editions_of_a_known_region(sample_db: Path):
    with pytest.raises(DiffError, match="one edition"):
        diff_region(sample_db, "RU-STA")
    with pytest.raises(DiffError, match="known regions"):
        diff_region(sample_db, "Атлантида")


def test_diff_command_prints_the_changes(editions):
    db, _ = editions
    out = subprocess.run([sys.executable, str(ROOT / "cli.py"), "diff", "RU-STA", "--db", str(db)],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert "edition 1 -> 2" in out.stdout and f"{EDITS['values'][0]['old']} -> {EDITS['values'][0]['new']}" in out.stdout
    bad = subprocess.run([sys.executable, str(ROOT / "cli.py"), "diff", "Атлантида", "--db", str(db)],
                         capture_output=True, text=True, cwd=ROOT)
    assert bad.returncode == 1 and "Traceback" not in bad.stderr and "known regions" in bad.stderr


def test_the_same_strategy_in_another_format_is_a_copy_of_its_edition_not_a_new_one(tmp_path: Path):
    """The PDF and the DOCX of one strategy, then the edited edition: two editions, the DOCX a copy of
    the first, current views counting each project once; the ingest says which file is which."""
    from ingest.output.summary import summary_lines
    db = tmp_path / "strategies.duckdb"
    word = FIXTURES / "docx" / "strategy-stavropol.docx"
    first, copy, second = _ingest_in_order(db, FIRST, word, SECOND)
    assert [p.code for p in copy.problems if p.severity == "info"] == ["same_edition"]
    assert str(FIRST) in copy.problems[-1].message
    assert [p.code for p in second.problems if p.severity == "info"] == ["new_edition"]
    assert str(word) not in second.problems[-1].message, "a copy is not another edition to announce"
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT doc_id, edition, is_current, copy_of FROM documents ORDER BY edition, copy_of "
                           "NULLS FIRST").fetchall() == [(first.doc_id, 1, False, None),
                                                         (copy.doc_id, 1, False, first.doc_id),
                                                         (second.doc_id, 2, True, None)]
        assert con.execute("SELECT code FROM ingest_errors WHERE doc_id = ? AND severity = 'info'",
                           [copy.doc_id]).fetchall() == [("same_edition",)]
        projects = con.execute("SELECT count(*) FROM projects WHERE doc_id = ?", [second.doc_id]).fetchone()[0]
        assert con.execute("SELECT count(*) FROM current_projects").fetchone()[0] == projects
    shown = "\n".join(line.plain for line in summary_lines([copy, second]))
    assert "same strategy as" in shown and "another edition of" in shown


def _document(doc_id: str, region: str, approved_on: str) -> "t.Document":
    import datetime as dt

    from schemas import tables as t
    return t.Document(doc_id=doc_id, source_path=f"{doc_id}.pdf", sha256=doc_id * 4, file_format="pdf", region=region,
                      title="Стратегия", approved_on=dt.date.fromisoformat(approved_on), parser_version="test",
                      ingested_at=dt.datetime(2026, 1, 1), status="ok", page_count=1)


def test_editions_are_renumbered_where_a_write_leaves_a_region_too(tmp_path: Path):
    """Renumbering covers only the regions a write touches (not the whole database, on every write), and
    that includes the region a document had before it was parsed again, not only the one it has now."""
    from ingest.output import store
    with store.connect(tmp_path / "s.duckdb") as con:
        store.replace_document(con, _document("a" * 16, "Область А", "2021-05-01"), [], [])
        store.replace_document(con, _document("b" * 16, "Область А", "2022-05-01"), [], [])
        store.replace_document(con, _document("c" * 16, "Край Б", "2020-01-01"), [], [])
        editions = "SELECT doc_id, region, edition, is_current FROM documents ORDER BY doc_id"
        assert [row[2:] for row in con.execute(editions).fetchall()] == [(1, False), (2, True), (1, True)]
        store.replace_document(con, _document("b" * 16, "Край Б", "2022-05-01"), [], [])  # read again, another region
        assert con.execute(editions).fetchall() == [
            ("a" * 16, "Область А", 1, True), ("b" * 16, "Край Б", 2, True), ("c" * 16, "Край Б", 1, False)]
