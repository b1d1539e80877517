"""Every SQL example of the README runs as written and answers something, on the samples plus a second edition."""
from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import duckdb
import pytest

from ingest.pipeline import ingest
from samples import FIXTURES

README = Path(__file__).resolve().parents[1] / "README.md"
TEXT = README.read_text("utf-8")
SQL_BLOCKS = [m.group(1).strip() for m in re.finditer(r"```sql\n(.*?)```", TEXT, re.S)]
QUERY_LINES = [shlex.split(m.group(0))[2] for m in re.finditer(r"^\S*regstrat query .*$", TEXT, re.M)]
EXAMPLES = SQL_BLOCKS + QUERY_LINES


@pytest.fixture(scope="module")
def db(sample_db: Path, tmp_path_factory) -> Path:
    """Both samples, and a second edition of one, so the edition examples have something to show."""
    path = tmp_path_factory.mktemp("readme") / "strategies.duckdb"
    shutil.copy(sample_db, path)
    ingest([FIXTURES / "editions" / "strategy-stavropol-edition2.pdf"], path)
    return path


def test_the_readme_has_examples():
    assert len(SQL_BLOCKS) >= 4 and len(QUERY_LINES) >= 2


@pytest.mark.parametrize("sql", EXAMPLES, ids=[" ".join(s.split())[:40] for s in EXAMPLES])
def test_example_runs_and_answers(db: Path, sql: str):
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(sql).fetchall()
    assert rows, sql


def test_pivot_puts_two_regions_on_one_row(db: Path):
    (pivot,) = [s for s in SQL_BLOCKS if s.startswith("PIVOT")]
    with duckdb.connect(str(db), read_only=True) as con:
        regions = {r[0] for r in con.execute("SELECT region FROM documents").fetchall()}
        cursor = con.execute(pivot)
        names = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
    at = [names.index(r) for r in regions if r in names]
    assert len(at) == 2
    assert any(all(row[k] is not None for k in at) for row in rows)
