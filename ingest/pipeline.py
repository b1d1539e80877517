"""The whole flow for a folder: file -> layout -> tables -> sections -> records -> normalised -> DuckDB.

Parsing runs in worker processes (it is CPU-bound and each file is
independent); only the main process writes to DuckDB, one transaction per
document, so a failure in one file never touches another's rows.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import multiprocessing
import signal
import threading
import time
import traceback
import uuid
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field, replace
from pathlib import Path

from ingest import readers, store
from ingest.readers import pdf
from ingest.enrich import enrich
from ingest.ocr import OcrOptions, empty_page_problems, flag_ocr_rows, read_scanned
from normalize.catalogue import CatalogueRecord, load_catalogue_records
from normalize.regions import region_from_title
from parsers.grid import read_page_content
from parsers.records import ParsedDocument, extract
from parsers.sections import split_sections
from parsers.stream import build_stream
from parsers.template import load_template
from parsers.text import Dehyphenator
from schemas import tables as t
from schemas.layout import Figure, Table, TextLine
from schemas.problems import IngestFailure, Problem

PARSER_VERSION = "0.2.0"  # 0.2.0: source_ref, and formats without pages
# strategies come as these; other files in a folder are ignored
DOCUMENT_SUFFIXES = (".pdf", ".docx", ".doc", ".odt", ".rtf", ".html", ".htm")
PROGRESS_POLL_SECONDS = 0.2
MIN_SECTIONS = 4  # of the template's 8: fewer is another kind of document (a state programme shares some)
DOCUMENT_TIME_LIMIT = 300.0  # seconds; a 100-page strategy takes about one


@dataclass
class FileResult:
    """What happened to one input file: the summary line a user sees, and the rows to store."""

    path: str
    doc_id: str
    sha256: str
    status: str
    pages: int | None = 0  # None for a format without pages (DOCX, HTML)
    region: str | None = None
    seconds: float = 0.0
    problems: list[Problem] = field(default_factory=list)
    document: t.Document | None = None
    rows: list[tuple[type[t.Row], list[t.Row]]] = field(default_factory=list)
    skipped: str | None = None  # why nothing was written (already loaded, duplicate content)

    def count(self, model: type[t.Row]) -> int:
        return sum(len(rows) for m, rows in self.rows if m is model)


def discover(paths: Iterable[Path]) -> list[Path]:
    """Files named on the command line, and every supported file below named folders, sorted."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES)
        else:
            found.append(path)
    seen, unique = set(), []
    for p in found:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def doc_id_for(sha256: str) -> str:
    return sha256[:16]


PageCallback = Callable[..., None]  # (file, pages done, pages in all[, stage: "pages" | "OCR"])


@dataclass(frozen=True)
class QueuedPages:
    """Page progress from a worker process, sent to the main process through a managed queue."""

    queue: object  # multiprocessing.managers queue proxy: picklable, unlike a callback

    def __call__(self, *args) -> None:
        self.queue.put(args)  # the callback's arguments as given, replayed in the main process


def parse_document(path: Path, doc_id: str, on_page: Callable[[int, int], None] | None = None,
                   ocr: OcrOptions = OcrOptions(),
                   on_ocr_page: Callable[[int, int], None] | None = None) -> tuple[ParsedDocument, int]:
    """Read one strategy file into typed records; raises IngestFailure when it cannot be read at all.

    The page count is None for formats without pages (DOCX, HTML), whose reader gives blocks directly.
    """
    template = load_template()
    reading = readers.read(path, on_page)
    layouts = []
    if reading.blocks is None:
        layouts = list(reading.pages)
        if readers.reader_for(path) is pdf:  # a scan is a PDF; an office file converted to one has its text
            with _alarm_paused():
                layouts = read_scanned(path, layouts, ocr, on_ocr_page)
        pages = [read_page_content(layout) for layout in layouts]
        if not any(page.lines or page.grids for page in pages):
            raise IngestFailure("no_text_layer", "no page has a text layer (a scan?); ingest with --ocr auto"
                                if ocr.mode == "never" else "no page has text, even by OCR", page=1)
        stream, page_count = build_stream(pages), len(pages)
    else:
        stream, page_count = reading.blocks, None
    first = 1 if page_count else None
    outline = split_sections(stream, template)
    if len(outline.top_level) < MIN_SECTIONS:
        raise IngestFailure("not_a_strategy", f"fewer than {MIN_SECTIONS} of the template's 8 sections were found: "
                            "not a digital-transformation strategy, or an unknown layout", page=first)
    words = [b.text for b in stream if isinstance(b, TextLine)]
    words += [line.text for b in stream if isinstance(b, Table) for grid in b.fragments for cell in grid.cells
              for line in cell.lines]
    parsed = extract(outline, template, doc_id, Dehyphenator.from_lines(words))
    parsed.problems = reading.problems + parsed.problems + [
        Problem("table_as_image", f"section {section.number} holds a picture ({block.ref}): if it is a table, "
                "its rows are not read", block.page)
        for section in outline.sections for block in section.blocks if isinstance(block, Figure)]
    if reading.blocks is None:
        flag_ocr_rows(parsed, pages, [layout.number for layout in layouts if layout.ocr])
        parsed.problems += empty_page_problems(layouts)
    return parsed, page_count


@contextlib.contextmanager
def _alarm_paused() -> Iterator[None]:
    """Stop the document's time limit while pages are OCR'd: that takes seconds a page, and
    Tesseract has its own limit per page, so a long scan is not cut as a hung parser."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    remaining, _ = signal.setitimer(signal.ITIMER_REAL, 0)
    try:
        yield
    finally:
        if remaining:
            signal.setitimer(signal.ITIMER_REAL, remaining)


class _TimeLimit:
    """Raise IngestFailure('timeout') in the current thread after `seconds` (SIGALRM; main thread only).

    Guards against a pathological file that would make the parser loop for
    ever; a hang inside the PDF library's C code is only cut when it returns.
    """

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.armed = seconds > 0 and threading.current_thread() is threading.main_thread()

    def _expire(self, signum, frame):
        raise IngestFailure("timeout", f"parsing took longer than the {self.seconds:.0f} s limit per document")

    def __enter__(self):
        if self.armed:
            self.previous = signal.signal(signal.SIGALRM, self._expire)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
        return self

    def __exit__(self, *exc):
        if self.armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)
        return False


def process_file(path: Path, catalogue: list[CatalogueRecord], time_limit: float = DOCUMENT_TIME_LIMIT,
                 on_page: PageCallback | None = None, sha256: str | None = None,
                 ocr: OcrOptions = OcrOptions()) -> FileResult:
    """Everything for one file that needs no database; never raises.

    `sha256` is the file's digest when the caller already read it (ingest does, to skip known files).
    """
    with _TimeLimit(time_limit):
        return _process_file(path, catalogue, on_page, sha256, ocr)


def _process_file(path: Path, catalogue: list[CatalogueRecord], on_page: PageCallback | None,
                  sha: str | None, ocr: OcrOptions) -> FileResult:
    started = time.perf_counter()
    try:
        sha = sha or file_digest(path)
    except OSError as exc:
        return FileResult(str(path), "", "", "failed", problems=[Problem("unreadable_file", str(exc), None, "error")])
    doc_id = doc_id_for(sha)
    file_record = {"doc_id": doc_id, "source_path": str(path), "sha256": sha,
                   "file_format": path.suffix.lstrip(".").lower() or "pdf", "parser_version": PARSER_VERSION,
                   "ingested_at": dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)}
    result = FileResult(str(path), doc_id, sha, "failed")
    try:
        page_progress = (lambda done, total: on_page(str(path), done, total)) if on_page else None
        ocr_progress = (lambda done, total: on_page(str(path), done, total, "OCR")) if on_page else None
        parsed, result.pages = parse_document(path, doc_id, page_progress, ocr, ocr_progress)
        enriched = enrich(parsed, catalogue)
        result.problems = parsed.problems + enriched.problems
        parsed = enriched.parsed
        region = region_from_title(parsed.title) if parsed.title else None
        if region is None:
            result.problems.append(Problem("region_unknown", f"region not recognised in title {parsed.title!r}", 1))
        result.region = region[0] if region else None
        result.status = "partial" if result.problems else "ok"
        result.rows = [
            (t.Section, parsed.sections), (t.CardField, parsed.card), (t.ListItem, parsed.list_items),
            (t.TaskProjectLink, parsed.links), (t.Project, parsed.projects), (t.Indicator, parsed.indicators),
            (t.IndicatorValue, parsed.values), (t.CatalogueMatch, enriched.matches), (t.ExtraCell, parsed.extra)]
        approved_on = dt.date.fromisoformat(parsed.approved_on) if parsed.approved_on else None
        period = parsed.period or (None, None)
        result.document = t.Document(
            **file_record, page_count=result.pages, region=result.region,
            region_code=region[1] if region else None, title=parsed.title, approved_by=parsed.approved_by,
            approved_on=approved_on, approval_number=parsed.approval_number,
            period_start=period[0], period_end=period[1], status=result.status, ocr_pages=parsed.ocr_pages)
    except IngestFailure as exc:
        result.problems.append(Problem(exc.code, exc.message, exc.page, "error"))
    except Exception as exc:  # a parser bug must cost one file, not the folder
        result.problems.append(Problem("parser_error", f"{type(exc).__name__}: {exc} ({_our_frame(exc)})",
                                       None, "error"))
    if result.status == "failed":
        result.rows = []
        result.document = t.Document(**file_record, page_count=result.pages, region=None, title=None,
                                     status="failed")
    result.seconds = time.perf_counter() - started
    return result


def _our_frame(exc: BaseException) -> str:
    """file:line of the deepest frame in this project's code, for a bug report a maintainer can act on."""
    root = Path(__file__).resolve().parents[1]
    frames = [f for f in traceback.extract_tb(exc.__traceback__)
              if Path(f.filename).resolve().is_relative_to(root) and "site-packages" not in f.filename]
    where = (frames or traceback.extract_tb(exc.__traceback__))[-1]
    return f"{Path(where.filename).name}:{where.lineno}"


def error_rows(result: FileResult, run_id: str) -> list[t.IngestError]:
    return [t.IngestError(run_id=run_id, source_path=result.path, doc_id=result.doc_id or None,
                          severity=p.severity, code=p.code, message=p.message, page=p.page)
            for p in result.problems]


def _parse_all(files: list[tuple[Path, str | None]], catalogue: list[CatalogueRecord], workers: int,
               time_limit: float, on_page: PageCallback | None, ocr: OcrOptions) -> Iterator[FileResult]:
    """Results of (file, digest if known) pairs, in completion order.

    Files run in `workers` processes; a single file uses the workers for its OCR pages instead.
    """
    if workers <= 1 or len(files) <= 1:
        ocr = replace(ocr, jobs=workers)
        for path, sha in files:
            yield process_file(path, catalogue, time_limit, on_page, sha, ocr)
        return
    with multiprocessing.Manager() as manager, ProcessPoolExecutor(max_workers=workers) as pool:
        queue = manager.Queue()
        pending = {pool.submit(process_file, path, catalogue, time_limit, QueuedPages(queue) if on_page else None,
                               sha, ocr) for path, sha in files}
        while pending:
            done, pending = wait(pending, timeout=PROGRESS_POLL_SECONDS, return_when=FIRST_COMPLETED)
            while on_page and not queue.empty():
                on_page(*queue.get())
            for future in done:
                yield future.result()


def ingest(paths: Iterable[Path], db_path: Path, workers: int = 1,
           on_result: Callable[[FileResult], None] | None = None, on_page: PageCallback | None = None,
           lock_wait: float = store.LOCK_WAIT_SECONDS, time_limit: float = DOCUMENT_TIME_LIMIT,
           ocr: OcrOptions = OcrOptions()) -> list[FileResult]:
    """Ingest files and folders into the database; returns one result per file, in completion order."""
    run_id = uuid.uuid4().hex[:12]
    files_ = discover(paths)
    con = store.connect(db_path, wait=lock_wait)
    results: list[FileResult] = []
    try:
        catalogue = load_catalogue_records()
        store.replace_catalogue(con, [record.entry for record in catalogue])
        todo: list[tuple[Path, str | None]] = []
        seen_content: dict[str, str] = {}
        for path in files_:
            try:
                sha = file_digest(path)
            except OSError:
                todo.append((path, None))  # process_file reports it
                continue
            doc_id = doc_id_for(sha)
            stored = store.stored_status(con, doc_id, PARSER_VERSION)
            if doc_id in seen_content:
                results.append(_skipped(path, doc_id, sha, stored or "ok", f"same content as {seen_content[doc_id]}"))
            elif stored:
                results.append(_skipped(path, doc_id, sha, stored, "already loaded, unchanged"))
            else:
                todo.append((path, sha))
            seen_content.setdefault(doc_id, str(path))
        for result in results:
            if on_result:
                on_result(result)
        for result in _parse_all(todo, catalogue, workers, time_limit, on_page, ocr):
            store.replace_document(con, result.document, result.rows, error_rows(result, run_id))
            results.append(result)
            if on_result:
                on_result(result)
    finally:
        con.close()
    return results


def _skipped(path: Path, doc_id: str, sha: str, status: str, why: str) -> FileResult:
    return FileResult(str(path), doc_id, sha, status, skipped=why)
