"""Every table of a database ingested from all test fixtures, as sorted text: the check that a speed change
altered no output.

    .venv/bin/python -m benchmarks.dump_tables OUT.txt [--ocr never]

Ingests every PDF, DOCX and HTML file under tests/fixtures (one worker, so that edition numbers, which fall
back on ingest order, come out the same) into a new database, then writes every table's rows sorted, one
per line. Left out: what differs from run to run by design (documents.ingested_at, ingest_errors.run_id).
Compare two dumps with `cmp` or `diff`. `--ocr never` skips Tesseract (the scans then fail alike on both
sides), which takes minutes on the scans.
"""
from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

import duckdb

from ingest.pipeline import ingest
from ingest.readers.ocr import OcrOptions
from schemas import tables as t

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SUFFIXES = (".pdf", ".docx", ".html", ".htm")
VARYING = {"documents": ("ingested_at",), "ingest_errors": ("run_id",)}
"""Columns that differ between two runs of the same code."""


def fixture_files() -> list[Path]:
    """Every fixture document, relative to the checkout (so source paths agree between checkouts)."""
    return sorted(p.relative_to(ROOT) for p in FIXTURES.rglob("*") if p.suffix.lower() in SUFFIXES)


def dump(db: Path) -> list[str]:
    """Each table's name, then its rows sorted, each row's repr on one line."""
    lines: list[str] = []
    with duckdb.connect(str(db), read_only=True) as con:
        for model in t.ALL_TABLES:
            kept = [c for c in t.columns(model) if c not in VARYING.get(model.table, ())]
            rows = con.execute(f"SELECT {', '.join(kept)} FROM {model.table} ORDER BY ALL").fetchall()
            lines += [f"## {model.table} ({len(rows)} rows) {kept}"] + [repr(row) for row in rows]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--ocr", default="auto", choices=("auto", "always", "never"))
    args = parser.parse_args()
    os.chdir(ROOT)
    with tempfile.TemporaryDirectory(prefix="regstrat-dump-") as folder:
        db = Path(folder) / "dump.duckdb"
        ingest([], db, files=fixture_files(), ocr=OcrOptions(args.ocr))
        args.out.write_text("\n".join(dump(db)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
