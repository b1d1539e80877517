"""Mutated real PDFs (bytes, objects, nested forms, page order) and failures injected between parse and
store: nothing raises, every document ends within its time limit, and the store accepts every result.

CI runs a few dozen cases per test; REGSTRAT_FUZZ_EXAMPLES=500 searches deeper.
"""
from __future__ import annotations

import copy
import os
import time
from functools import cache
from pathlib import Path

import pymupdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from adversarial import nested_forms, reordered
from ingest import pipeline
from ingest.output import store
from schemas.problems import IngestFailure
from ingest.pipeline import parse_document, process_file
from ingest.readers.ocr import OcrOptions
from normalize.catalogue import load_catalogue_records
from samples import FIXTURES

TIME_LIMIT = 20.0  # seconds per document; the sample slice parses in well under one


TEXT_ONLY = OcrOptions(mode="never")
"""The byte and object fuzzers read text layers only: a garbled text layer sends every page of the 18-page slice
to OCR in auto mode (seconds a page), which test_mutated_objects_read_by_ocr covers on a short slice."""


@cache
def sample_slice(last_page: int = 17) -> bytes:
    """The first pages of a real strategy, through its card and section 5 tables: small, but every kind of content."""
    with pymupdf.open(FIXTURES / "strategy-lnr.pdf") as doc, pymupdf.open() as part:
        part.insert_pdf(doc, from_page=0, to_page=last_page)
        return part.tobytes()


@cache
def catalogue():
    return load_catalogue_records()


def _page_count(path: Path) -> int:
    try:
        with pymupdf.open(path) as doc:
            return doc.page_count
    except Exception:  # a file PyMuPDF cannot open is never OCR'd
        return 0


def check(path: Path | None, ocr: OcrOptions = TEXT_ONLY) -> None:
    """The time limit grows by OCR_PAGE_TIME for every page OCR'd (a flipped byte can garble a page's text
    layer, which auto mode then reads from its image): the bound is the limit that document was given. A
    file that failed after OCR (no strategy in what was read) tells no pages: each of its pages may have been."""
    if path is None:
        return
    started = time.perf_counter()
    result = process_file(path, catalogue(), time_limit=TIME_LIMIT, ocr=ocr)
    assert result.status in ("ok", "partial", "failed")
    ocr_pages = _page_count(path) if result.status == "failed" else len(result.document.ocr_pages or [])
    assert time.perf_counter() - started < TIME_LIMIT + pipeline.OCR_PAGE_TIME * ocr_pages + 5
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
    check(mutated(tmp_path, data, sample_slice()))


@settings(FUZZ, max_examples=int(os.environ.get("REGSTRAT_FUZZ_EXAMPLES", "4")))
@given(st.data())
def test_mutated_objects_read_by_ocr(tmp_path, data):
    """The same mutations with OCR on (auto, as ingest runs): garbage text layers go to OCR, within the time limit."""
    check(mutated(tmp_path, data, sample_slice(last_page=2)), OcrOptions())


def mutated(tmp_path: Path, data, pdf: bytes) -> Path | None:
    """The PDF with a few objects replaced, saved; None when the library refuses to write the mutation."""
    doc = pymupdf.open("pdf", pdf)
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
        return None
    finally:
        doc.close()
    return path


@settings(max_examples=int(os.environ.get("REGSTRAT_FUZZ_EXAMPLES", "4")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(1, 8), st.integers(2, 12))
def test_nested_forms(tmp_path, depth, fanout):
    """Forms drawing forms: from trivial to hours of work inside the C library, always cut at the limit."""
    path = tmp_path / "nested.pdf"
    path.write_bytes(nested_forms(depth, fanout))
    started = time.perf_counter()
    result = process_file(path, catalogue(), time_limit=3)
    assert time.perf_counter() - started < 3 + 5
    assert result.status == "failed" and result.document is not None
    assert {p.code for p in result.problems} <= {"timeout", "not_a_strategy"}


@cache
def full_sample() -> tuple[bytes, tuple[int, ...]]:
    """The whole LNR strategy, and the 0-based pages where its body's sections 1-8 start."""
    path = FIXTURES / "strategy-lnr.pdf"
    parsed, _ = parse_document(path, "lnr")
    return path.read_bytes(), tuple(s.page_start - 1 for s in parsed.sections if "." not in s.number)


@settings(FUZZ, max_examples=int(os.environ.get("REGSTRAT_FUZZ_EXAMPLES", "6")))
@given(st.data())
def test_shuffled_pages(tmp_path, data):
    """Pages in another order: never `ok` when the sections' headings are out of order."""
    src, heading_pages = full_sample()
    with pymupdf.open("pdf", src) as doc:
        pages = doc.page_count
    first = data.draw(st.integers(0, pages - 2))
    last = data.draw(st.integers(first + 1, pages - 1))
    order = list(range(pages))
    order[first:last + 1] = data.draw(st.permutations(order[first:last + 1]))
    path = tmp_path / "shuffled.pdf"
    path.write_bytes(reordered(src, order))
    result = process_file(path, catalogue(), time_limit=TIME_LIMIT)
    positions = [order.index(p) for p in heading_pages]
    if positions != sorted(positions):
        assert result.status != "ok", (order, result.problems)
    assert all(p.code != "parser_error" for p in result.problems), result.problems


FAILURES = st.sampled_from([None, IngestFailure("damaged_pdf", "broken"), ValueError("bad value"), MemoryError(),
                            KeyError("missing"), ZeroDivisionError("division")])


@FUZZ
@given(failure=FAILURES, where=st.sampled_from(["parse_document", "enrich", "region_from_title"]),
       approved_on=st.one_of(st.none(), st.sampled_from(["2023-02-31", "2023-13-01", "0000-01-01", "garbage",
                                                           "2023-03-15"])),
       title=st.one_of(st.none(), st.text(max_size=80)),
       period=st.one_of(st.none(), st.tuples(st.integers(-10, 3000), st.integers(-10, 3000))))
def test_no_failure_between_parsed_and_stored_raises(tmp_path_factory, failure, where, approved_on, title, period):
    """Random failures and odd values driven through _process_file: it never raises, every result has a
    Document (or, without content, only its errors), and the store accepts every result."""
    parsed_sample, pages = sample_parse()
    parsed = copy.deepcopy(parsed_sample)
    parsed.approved_on, parsed.title, parsed.period = approved_on, title, period
    originals = {"parse_document": lambda path, doc_id, on_page=None: (parsed, pages),
                 "enrich": pipeline.enrich, "region_from_title": pipeline.region_from_title}

    def failing(*args, **kwargs):
        raise failure

    with pytest.MonkeyPatch.context() as patch:
        for name, function in originals.items():
            patch.setattr(pipeline, name, failing if (failure is not None and name == where) else function)
        result = pipeline._process_file(FIXTURES / "strategy-lnr.pdf", catalogue(), None, "ab" * 32)
    assert result.document is not None
    assert result.document.status == result.status
    assert (result.status == "failed") == any(p.severity == "error" for p in result.problems)
    if result.status == "failed":
        assert result.rows == []
    con = fuzz_database(tmp_path_factory.getbasetemp())
    pipeline.store_result(con, result, "run")
    assert con.execute("SELECT status FROM documents WHERE doc_id = ?", [result.doc_id]).fetchone() == (
        result.status,)


@cache
def fuzz_database(folder: Path):
    """One database for all examples (each result replaces the previous one: the same doc_id)."""
    return store.connect(folder / "fuzz.duckdb")


@cache
def sample_parse():
    path = FIXTURES / "strategy-lnr.pdf"
    return parse_document(path, "ab" * 8)
