"""Mutated real PDFs (bytes and objects): the parser never raises and always ends within its time limit.

CI runs a few dozen cases per test; REGSTRAT_FUZZ_EXAMPLES=500 searches deeper.
"""
from __future__ import annotations

import os
import time
from functools import cache
from pathlib import Path

import pymupdf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.pipeline import process_file
from normalize.catalogue import load_catalogue_records
from samples import FIXTURES

TIME_LIMIT = 20.0  # seconds per document; the sample slice parses in well under one


@cache
def sample_slice() -> bytes:
    """The first pages of a real strategy, through its card and section 5 tables: small, but every kind of content."""
    with pymupdf.open(FIXTURES / "strategy-lnr.pdf") as doc, pymupdf.open() as part:
        part.insert_pdf(doc, from_page=0, to_page=17)
        return part.tobytes()


@cache
def catalogue():
    return load_catalogue_records()


def check(path: Path) -> None:
    started = time.perf_counter()
    result = process_file(path, catalogue(), time_limit=TIME_LIMIT)
    assert result.status in ("ok", "partial", "failed")
    assert time.perf_counter() - started < TIME_LIMIT + 5
    if result.status == "failed":
        assert result.problems and all(p.code and p.message for p in result.problems)
        assert result.rows == []
    assert all(p.code != "parser_error" for p in result.problems), result.problems


FUZZ = settings(max_examples=int(os.environ.get("REGSTRAT_FUZZ_EXAMPLES", "25")), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), min_size=1, max_size=40))
def test_flipped_bytes(tmp_path, flips):
    data = bytearray(sample_slice())
    for where, value in flips:
        data[int(where * (len(data) - 1))] = value
    path = tmp_path / "flipped.pdf"
    path.write_bytes(bytes(data))
    check(path)


@FUZZ
@given(st.floats(0.01, 0.99), st.binary(max_size=200))
def test_cut_and_garbage_tail(tmp_path, keep, tail):
    data = sample_slice()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: int(len(data) * keep)] + tail)
    check(path)


@FUZZ
@given(st.data())
def test_mutated_objects(tmp_path, data):
    """Objects replaced by other objects, content streams by garbage: what a broken producer writes."""
    doc = pymupdf.open("pdf", sample_slice())
    xrefs = list(range(1, doc.xref_length()))
    for xref in data.draw(st.lists(st.sampled_from(xrefs), min_size=1, max_size=6, unique=True)):
        if doc.xref_is_stream(xref) and data.draw(st.booleans()):
            doc.update_stream(xref, data.draw(st.binary(max_size=300)))
        else:
            doc.update_object(xref, data.draw(st.sampled_from(
                ["<<>>", "null", "[1 2 3]", "<</Type/Pages/Count 99999/Kids[]>>", "(text)", "<</Length -5>>"])))
    path = tmp_path / "mutated.pdf"
    try:
        doc.save(path)
    except Exception:  # the library refuses to write some mutations: nothing to parse then
        return
    finally:
        doc.close()
    check(path)
