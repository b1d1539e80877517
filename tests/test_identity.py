"""A document is its content: renames, swapped names, copies and new editions at an old path never lose rows."""
from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from ingest.pipeline import PARSER_VERSION, ingest
from samples import SAMPLES
from test_store import snapshot, stamped_copy

A = next(p for p in SAMPLES if p.name == "strategy-lnr.pdf")  # the shorter sample: these tests ingest often


def documents(db: Path) -> dict[str, str]:
    """doc_id -> file name of every stored document."""
    with duckdb.connect(str(db), read_only=True) as con:
        return {d: Path(p).name for d, p in con.execute("SELECT doc_id, source_path FROM documents").fetchall()}


def rows_by_doc(db: Path) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return dict(con.execute("SELECT doc_id, count(*) FROM projects GROUP BY 1").fetchall())


@pytest.fixture
def loaded(tmp_path) -> tuple[Path, Path, dict[str, str]]:
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(A, raw / "strategy.pdf")
    stamped_copy(A, raw / "other.pdf", "another document")
    db = tmp_path / "s.duckdb"
    ingest([raw], db)
    return raw, db, documents(db)


def test_renamed_file_with_a_new_edition_at_its_old_name_keeps_both(loaded, tmp_path):
    """The case of issue 13: strategy.pdf renamed strategy-old.pdf, a new edition saved as strategy.pdf."""
    raw, db, before = loaded
    old_id = next(d for d, name in before.items() if name == "strategy.pdf")
    old_rows = rows_by_doc(db)[old_id]
    (raw / "strategy.pdf").rename(raw / "strategy-old.pdf")
    stamped_copy(A, raw / "strategy.pdf", "second edition")
    results = {Path(r.path).name: r for r in ingest([raw], db)}
    assert results["strategy-old.pdf"].skipped and not results["strategy.pdf"].skipped
    after = documents(db)
    assert after[old_id] == "strategy-old.pdf"
    assert len(after) == 3
    assert rows_by_doc(db)[old_id] == old_rows
    again = ingest([raw], db)  # and the next run changes nothing
    assert all(r.skipped for r in again)
    assert documents(db) == after


def test_swapping_two_names_moves_both_documents(loaded):
    raw, db, before = loaded
    counts = rows_by_doc(db)
    (raw / "strategy.pdf").rename(raw / "tmp.pdf")
    (raw / "other.pdf").rename(raw / "strategy.pdf")
    (raw / "tmp.pdf").rename(raw / "other.pdf")
    results = ingest([raw], db)
    assert all(r.skipped for r in results)
    after = documents(db)
    assert set(after) == set(before)
    assert {d: after[d] for d in before} == {d: ("other.pdf" if n == "strategy.pdf" else "strategy.pdf")
                                             for d, n in before.items()}
    assert rows_by_doc(db) == counts


def test_same_content_under_a_new_name_beside_the_old_one_is_one_document(loaded):
    raw, db, before = loaded
    first = snapshot(db)
    shutil.copy(raw / "strategy.pdf", raw / "zz-copy.pdf")
    results = {Path(r.path).name: r for r in ingest([raw], db)}
    assert "same content as" in results["zz-copy.pdf"].skipped
    assert documents(db) == before, "the original still holds the content: it keeps its path"
    assert snapshot(db)["projects"] == first["projects"]


def test_copy_named_alone_while_the_original_still_exists_keeps_the_original_path(loaded, tmp_path):
    raw, db, before = loaded
    shutil.copy(raw / "strategy.pdf", tmp_path / "elsewhere.pdf")
    [result] = ingest([tmp_path / "elsewhere.pdf"], db)
    assert result.skipped == "already loaded, unchanged"
    assert documents(db) == before


def test_new_edition_saved_over_the_old_file_is_a_new_document_and_the_old_stays(loaded, tmp_path):
    raw, db, before = loaded
    counts = rows_by_doc(db)
    stamped_copy(A, tmp_path / "new.pdf", "revised edition")
    shutil.move(tmp_path / "new.pdf", raw / "strategy.pdf")
    ingest([raw], db)
    after = documents(db)
    assert set(before) < set(after) and len(after) == 3
    assert {d: rows_by_doc(db)[d] for d in before} == counts


def test_a_new_parser_version_parses_everything_again(loaded, monkeypatch):
    raw, db, before = loaded
    counts = rows_by_doc(db)
    monkeypatch.setattr("ingest.pipeline.PARSER_VERSION", PARSER_VERSION + "+next")
    results = ingest([raw], db)
    assert not any(r.skipped for r in results)
    assert rows_by_doc(db) == counts  # the new parse replaced the old rows, none twice
    with duckdb.connect(str(db), read_only=True) as con:
        assert {v for (v,) in con.execute("SELECT parser_version FROM documents").fetchall()} == {
            PARSER_VERSION + "+next"}
    assert set(documents(db)) == set(before)
