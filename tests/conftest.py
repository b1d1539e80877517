"""Shared fixtures: the real sample strategies, parsed once per test session."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ingest.pipeline import ingest, parse_document  # noqa: E402
from samples import SAMPLES



@pytest.fixture(scope="session")
def sample_db(tmp_path_factory) -> Path:
    """Both samples ingested into one database, as `make run` does."""
    folder = tmp_path_factory.mktemp("raw")
    for pdf in SAMPLES:
        shutil.copy(pdf, folder / pdf.name)
    db = tmp_path_factory.mktemp("db") / "strategies.duckdb"
    results = ingest([folder], db)
    assert {r.status for r in results} == {"ok"}, [(r.path, r.problems) for r in results]
    return db


@pytest.fixture(scope="session")
def parsed_samples():
    """name -> ParsedDocument of each sample, straight from the parser (no database)."""
    return {pdf.stem.removeprefix("strategy-"): parse_document(pdf, pdf.stem)[0] for pdf in SAMPLES}
