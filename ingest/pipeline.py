"""The whole flow for a folder: file -> layout -> tables -> sections -> records -> normalised -> DuckDB.

Every file is parsed in its own child process (ingest/isolation.py: a time
and memory limit, and a crash costs that file only); only the main process
writes to DuckDB, one transaction per document, so a failure in one file
never touches another's rows.

A document is its content: its doc_id is the digest of its bytes. A path that
now holds other content is a new document, and the old one stays (under the
path where its content is found now, if it was moved).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import stat
import tempfile
import time
import traceback
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from pydantic import ValidationError

from ingest import isolation, readers
from ingest.output import store
from ingest.enrich import enrich
from ingest.readers.ocr import OcrOptions, empty_page_problems, flag_ocr_rows, read_scanned
from normalize.catalogue import CatalogueRecord, load_catalogue_records
from normalize.matching import catalogue_index
from normalize import morphology
from normalize.regions import region_from_title
from parsers.appendices import outline_with_appendices
from parsers.grid import read_page_content
from parsers.line_numbers import without_line_numbers
from parsers.records import ParsedDocument, extract
from parsers.sanity import check_pages
from parsers.stream import build_stream, continued_tables, unboxed
from parsers.template import load_template
from parsers.text import Dehyphenator
from schemas import tables as t
from schemas.layout import Figure, Table, TextLine
from schemas.problems import IngestFailure, Problem

PARSER_VERSION = "0.2.0"  # 0.2.0: source_ref, and formats without pages
# strategies come as these (every suffix a reader reads); other files in a folder are ignored
DOCUMENT_SUFFIXES = (".pdf", ".docx", ".docm", ".doc", ".odt", ".rtf", ".html", ".htm", ".xhtml")
MIN_SECTIONS = 4  # of the template's 8: fewer is another kind of document (a state programme shares some)
DOCUMENT_TIME_LIMIT = 300.0  # seconds; a 100-page strategy takes about one
OCR_PAGE_TIME = 30.0
"""Seconds a page read by OCR adds to its document's time limit, granted as the page is done:
Tesseract takes 3-10 s a page on a loaded 2-core machine, so a long scan is not stopped for its length,
while a hang still is."""
DOCUMENT_MEMORY_LIMIT = 2 << 30  # bytes of address space a document's parse may add; a 100-page one needs ~150 MB


@dataclass
class FileResult:
    """What happened to one input file: the summary line a user sees, and the rows to store."""

    path: str
    doc_id: str
    sha256: str
    status: str
    pages: int | None = 0  # None for formats without pages (DOCX, HTML)
    region: str | None = None
    seconds: float = 0.0
    problems: list[Problem] = field(default_factory=list)
    document: t.Document | None = None
    rows: list[tuple[type[t.Row], list[t.Row]]] = field(default_factory=list)
    skipped: str | None = None  # why nothing was written (already loaded, duplicate content, our own report)

    def count(self, model: type[t.Row]) -> int:
        return sum(len(rows) for m, rows in self.rows if m is model)


def discover(paths: Iterable[Path]) -> list[Path]:
    """Files named on the command line, and every document-named entry below named folders, sorted.

    Entries that are not regular files (a FIFO, a device, a socket) are kept,
    so that they are reported as `not_a_file` rather than silently skipped.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.suffix.lower() in DOCUMENT_SUFFIXES and not p.is_dir())
        else:
            found.append(path)
    seen, unique = set(), []
    for p in found:
        key = os.path.realpath(p)  # unlike Path.resolve, no exception at a symlink loop: that file fails alone
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


def file_digest(path: Path) -> str:
    """SHA-256 of a regular file's bytes; IngestFailure `not_a_file` for anything else, never blocking on a FIFO."""
    if not stat.S_ISREG(os.stat(path).st_mode):  # a socket cannot even be opened
        raise IngestFailure("not_a_file", NOT_A_FILE)
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with open(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # replaced since the first look
            raise IngestFailure("not_a_file", NOT_A_FILE)
        return hashlib.file_digest(fh, "sha256").hexdigest()


CHANGED_WHILE_READ = ("the file changed or went away while it was read (still being downloaded or copied?): "
                      "run again when it is complete")
OUR_REPORT_SKIPPED = "a provenance report `regstrat report` wrote, not a strategy: passed over"
NOT_A_FILE = "not a regular file (a pipe, device or socket): give the PDF itself"


def display_path(path: Path) -> str:
    """The path as text a database and a terminal accept.

    A name that is not valid UTF-8 (an archive unpacked from Windows) shows its
    undecodable bytes as \\xNN instead of aborting the run with an encoding error.
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def doc_id_for(sha256: str) -> str:
    return sha256[:16]


PageCallback = Callable[..., None]  # (file, pages done, pages in all[, stage: "pages" | "OCR"])


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
        layouts = read_scanned(path, list(reading.pages), ocr, on_ocr_page)  # only a PDF reading has pages
        pages = [read_page_content(layout) for layout in without_line_numbers(layouts)]
        if not any(page.lines or page.grids for page in pages):
            raise IngestFailure("no_text_layer", "no page has a text layer (a scan?); ingest with --ocr auto"
                                if ocr.mode == "never" else "no page has text, even by OCR", page=1)
        stream, page_count = build_stream(pages), len(pages)
    else:
        stream, page_count = reading.blocks, None
    first = 1 if page_count else None
    stream = continued_tables(unboxed(stream))
    outline = outline_with_appendices(stream, template)
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
    parsed.problems += check_pages(outline, stream, template)
    if reading.blocks is None:
        flag_ocr_rows(parsed, pages, [layout.number for layout in layouts if layout.ocr])
        parsed.problems += empty_page_problems(layouts)
    return parsed, page_count


def process_file(path: Path, catalogue: list[CatalogueRecord], time_limit: float = DOCUMENT_TIME_LIMIT,
                 on_page: PageCallback | None = None, sha256: str | None = None,
                 memory_limit: int = DOCUMENT_MEMORY_LIMIT, ocr: OcrOptions = OcrOptions()) -> FileResult:
    """Everything for one file that needs no database, in a child process (see ingest/isolation.py); never raises.

    `sha256` is the file's digest when the caller already read it (ingest does, to skip known files).
    """
    try:
        sha = sha256 or file_digest(path)
    except (IngestFailure, OSError) as exc:
        return unreadable(path, exc)
    return next(_parse_all([(path, sha)], catalogue, 1, isolation.Limits(time_limit, memory_limit), on_page, ocr))


def _process_file(path: Path, catalogue: list[CatalogueRecord], on_page: PageCallback | None,
                  sha: str, ocr: OcrOptions = OcrOptions(),
                  more_time: Callable[[float], None] | None = None) -> FileResult:
    """Parse one file in this process; returns a result with a valid Document whatever goes wrong.

    `more_time(seconds)` asks for a longer time limit: OCR_PAGE_TIME for every page OCR'd.
    """
    started = time.perf_counter()
    result = FileResult(display_path(path), doc_id_for(sha), sha, "failed")
    fields: dict = {}
    ocr_done = 0

    def ocr_progress(done: int, total: int) -> None:
        nonlocal ocr_done
        if more_time and done > ocr_done:
            more_time((done - ocr_done) * OCR_PAGE_TIME)
        ocr_done = max(ocr_done, done)
        if on_page:
            on_page(result.path, done, total, "OCR")

    try:
        page_progress = (lambda done, total: on_page(result.path, done, total)) if on_page else None
        with _utf8_name(path) as readable:
            parsed, result.pages = parse_document(readable, result.doc_id, page_progress, ocr, ocr_progress)
        enriched = enrich(parsed, catalogue)
        result.problems = parsed.problems + enriched.problems
        parsed, region = enriched.parsed, enriched.region
        result.region = region[0] if region else None
        result.rows = enriched.rows()
        period = parsed.period or (None, None)
        fields = dict(region=result.region, region_code=region[1] if region else None, title=parsed.title,
                      approved_by=parsed.approved_by, approved_on=_approval_date(parsed.approved_on, result.problems),
                      approval_number=parsed.approval_number, period_start=period[0], period_end=period[1],
                      ocr_pages=parsed.ocr_pages)
    except IngestFailure as exc:
        result.problems.append(Problem(exc.code, exc.message, exc.page, "error"))
    except Exception as exc:  # a parser bug must cost one file, not the folder
        if _out_of_memory(exc) or isolation.near_memory_cap():
            result.problems.append(Problem("out_of_memory", f"the document needs more memory than the limit per "
                                           f"document ({type(exc).__name__}: {exc})", None, "error"))
        else:
            result.problems.append(Problem("parser_error", f"{type(exc).__name__}: {exc} ({_our_frame(exc)})",
                                           None, "error"))
    _finish(result, path, fields)
    result.seconds = time.perf_counter() - started
    return result


@contextmanager
def _utf8_name(path: Path) -> Iterator[Path]:
    """`path`, or a link to it under a UTF-8 name when its own is not (PyMuPDF takes only UTF-8 file names)."""
    if display_path(path) == str(path):
        yield path
        return
    with tempfile.TemporaryDirectory(prefix="regstrat-") as folder:
        link = Path(folder) / f"document{display_path(Path(path.suffix))}"
        link.symlink_to(path.absolute())
        yield link


def _out_of_memory(exc: Exception) -> bool:
    """Whether an exception is the memory cap biting: Python's MemoryError, or a library (PyMuPDF, the
    dynamic loader mapping a module) reporting an allocation that failed."""
    text = f"{type(exc).__name__} {exc}".lower()
    return isinstance(exc, MemoryError) or any(
        mark in text for mark in ("out of memory", "cannot allocate memory", "failed to map segment", "malloc"))


def _approval_date(iso: str | None, problems: list[Problem]) -> dt.date | None:
    """The approval date, or None with a warning when the title page prints an impossible one (31.02, month 13)."""
    if not iso:
        return None
    try:
        return dt.date.fromisoformat(iso)
    except ValueError:
        problems.append(Problem("bad_date", f"the approval date {iso} (year-month-day) is not a real date; "
                                "stored without it", 1))
        return None


def _finish(result: FileResult, path: Path, fields: dict) -> None:
    """Set the status from the problems and build the Document; a failed file keeps no rows.

    Built last and guarded, so no value the parser produced can leave a result
    without its Document (the store needs one for every file with content).
    """
    failed = any(p.severity == "error" for p in result.problems)
    result.status = "failed" if failed else "partial" if result.problems else "ok"
    file_record = {"doc_id": result.doc_id, "source_path": result.path, "sha256": result.sha256,
                   "file_format": readers.file_format(path), "parser_version": PARSER_VERSION,
                   "ingested_at": dt.datetime.now(dt.timezone.utc).replace(tzinfo=None), "page_count": result.pages}
    if not failed:
        try:
            result.document = t.Document(**file_record, **fields, status=result.status)
            return
        except ValidationError as exc:
            result.problems.append(Problem("parser_error", f"document fields do not validate: {exc}", None, "error"))
            result.status = "failed"
    result.rows = []
    result.region = None
    result.document = t.Document(**file_record, region=None, title=None, status="failed")


def failed_result(path: Path, sha: str, code: str, message: str, seconds: float = 0.0) -> FileResult:
    """A file with content that could not be parsed at all (its child timed out, ran out of memory or died)."""
    result = FileResult(display_path(path), doc_id_for(sha), sha, "failed", seconds=seconds,
                        problems=[Problem(code, message, None, "error")])
    _finish(result, path, {})
    return result


def unreadable(path: Path, exc: Exception) -> FileResult:
    """A file whose content cannot be read (gone, not a regular file): no document, only its error."""
    code, message = (exc.code, exc.message) if isinstance(exc, IngestFailure) else ("unreadable_file", str(exc))
    return FileResult(display_path(path), "", "", "failed", problems=[Problem(code, message, None, "error")])


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


OUTCOME_CODES = {"timeout": "timeout", "out_of_memory": "out_of_memory", "crashed": "worker_crashed"}
OUTCOME_MESSAGES = {"timeout": "parsing took longer than the limit per document",
                    "out_of_memory": "the document needs more memory than the limit per document",
                    "crashed": "the parser process died on this file"}


def _parse_all(files: list[tuple[Path, str]], catalogue: list[CatalogueRecord], workers: int,
               limits: isolation.Limits, on_page: PageCallback | None, ocr: OcrOptions) -> Iterator[FileResult]:
    """Results of (file, digest) pairs, each parsed in its own child process, in completion order.

    A single file uses the workers for its OCR pages instead.
    """
    _warm_up(catalogue)
    if len(files) <= 1:
        ocr = replace(ocr, jobs=max(workers, ocr.jobs))
    def job(path: Path, sha: str) -> isolation.Job:
        def run(send: isolation.Send) -> tuple[FileResult, morphology.Learned]:
            known = morphology.mark()
            result = _process_file(path, catalogue, throttled(send) if on_page else None,
                                   sha, ocr, lambda seconds: send(isolation.MoreTime(seconds)))
            if not _holds(path, sha):  # its rows would be stored under the doc_id of content that is gone
                result = unreadable(path, IngestFailure("unreadable_file", CHANGED_WHILE_READ))
            return result, morphology.learned_since(known)  # the next children start with these words known
        return run

    def learn(_key: tuple[Path, str], outcome: isolation.Outcome) -> None:
        if outcome.kind == "done":
            morphology.learn(outcome.value[1])

    progress = (lambda key, message: on_page(display_path(key[0]), *message)) if on_page else None
    with closing(isolation.run_all([((path, sha), job(path, sha)) for path, sha in files], workers, limits,
                                   progress, learn)) as outcomes:
        for (path, sha), outcome in outcomes:
            if outcome.kind == "done":
                yield outcome.value[0]
            else:
                message = f"{OUTCOME_MESSAGES[outcome.kind]}: {outcome.detail}"
                yield failed_result(path, sha, OUTCOME_CODES[outcome.kind], message, outcome.seconds)


PROGRESS_SECONDS = 0.1
"""Least time between two progress messages of one stage that a child sends. A message for every page
cost the main process (which also writes to DuckDB, and shares the cores with the children) a relay
through the pipe and the progress bar, about 0.2 ms a page; a bar redrawn ten times a second looks the same."""


def throttled(send: isolation.Send, seconds: float = PROGRESS_SECONDS,
              clock: Callable[[], float] = time.monotonic) -> PageCallback:
    """A page callback that sends `(done, total[, stage])` on, at most once every `seconds` for each stage.

    The first message of a stage (the bar appears) and its last page (done == total: the bar is full) are
    always sent, so a file never shows as stuck short of its end; each stage ("pages", "OCR") is timed on its
    own, so slow OCR pages are never hidden behind a page-reading message sent just before.
    """
    sent_at: dict[tuple, float] = {}

    def relay(_path: str, done: int, total: int, *stage: str) -> None:
        now = clock()
        if done >= total or stage not in sent_at or now - sent_at[stage] >= seconds:
            sent_at[stage] = now
            send((done, total, *stage))

    return relay


def _warm_up(catalogue: list[CatalogueRecord]) -> None:
    """Load here, once, what every document's child would otherwise load again (forked, they inherit it)."""
    load_template()
    morphology.morphology()
    region_from_title("")
    catalogue_index(tuple(catalogue))


def store_result(con: store.Connection, result: FileResult, run_id: str) -> None:
    """Write one result: a document with its rows and errors, or only the errors of a file without content."""
    if result.skipped:
        return
    if result.document is None:
        store.replace_file_errors(con, result.path, error_rows(result, run_id))
    else:
        store.replace_document(con, result.document, result.rows, error_rows(result, run_id))


def ingest(paths: Iterable[Path], db_path: Path, workers: int = 1,
           on_result: Callable[[FileResult], None] | None = None, on_page: PageCallback | None = None,
           lock_wait: float = store.LOCK_WAIT_SECONDS, time_limit: float = DOCUMENT_TIME_LIMIT,
           memory_limit: int = DOCUMENT_MEMORY_LIMIT, retry_failed: bool = False,
           files: list[Path] | None = None, on_wait: Callable[[str], None] | None = None,
           ocr: OcrOptions = OcrOptions()) -> list[FileResult]:
    """Ingest files and folders into the database; returns one result per file, in completion order.

    `files`: the list `discover(paths)` returns, when the caller already has it.
    `retry_failed`: parse again files whose stored failure may pass (RETRYABLE codes).
    `on_wait(message)`: told when the database is busy and the run waits for it.
    `ocr`: how pages without a usable text layer are read.
    """
    run_id = uuid.uuid4().hex[:12]
    files_ = discover(paths) if files is None else files
    con = store.connect(db_path, wait=lock_wait, on_wait=on_wait)
    results: list[FileResult] = []

    def done(result: FileResult) -> None:
        store_result(con, result, run_id)
        results.append(result)
        if on_result:
            on_result(result)

    try:
        catalogue = load_catalogue_records()
        store.replace_catalogue(con, [record.entry for record in catalogue])
        todo: list[tuple[Path, str]] = []
        seen_content: dict[str, str] = {}
        for path in files_:
            try:
                sha = file_digest(path)
            except (IngestFailure, OSError) as exc:
                done(unreadable(path, exc))
                continue
            doc_id = doc_id_for(sha)
            shown = display_path(path)
            stored = store.stored_document(con, doc_id, PARSER_VERSION)
            if readers.is_our_report(path):
                done(FileResult(shown, doc_id, sha, "skipped", skipped=OUR_REPORT_SKIPPED))
            elif doc_id in seen_content:
                done(_skipped(path, sha, stored, f"same content as {seen_content[doc_id]}"))
            elif stored and not (retry_failed and _retryable(stored)):
                moved = stored.source_path != shown and not _holds(Path(stored.source_path), sha)
                if moved:
                    store.move_document(con, doc_id, shown)
                done(_skipped(path, sha, stored, "already loaded, unchanged"
                              + (f" (was at {stored.source_path})" if moved else "")))
            else:
                todo.append((path, sha))
            seen_content.setdefault(doc_id, shown)
        if workers > 1:  # the largest first, so that the last file to finish, alone on its core, is a small one
            todo.sort(key=lambda item: _size(item[0]), reverse=True)
        for result in _parse_all(todo, catalogue, workers, isolation.Limits(time_limit, memory_limit), on_page,
                                 ocr):
            if result.document is not None and (others := store.other_editions(con, result.document)):
                result.problems.append(Problem(
                    "new_edition", f"another edition of {result.region}: the database already holds "
                    f"{len(others)} ({', '.join(path for _, path in others)}); documents.edition numbers them, "
                    "the current_* views keep the latest", None, "info"))
            done(result)
            if result.document is not None and (original := store.copy_of(con, result.doc_id)):
                _note_copy(con, result, original, run_id)
    finally:
        con.close()
    return results


def _note_copy(con: store.Connection, result: FileResult, original: str, run_id: str) -> None:
    """A stored document that is the same strategy as one already held: say so instead of `new_edition`."""
    copy = Problem("same_edition", f"the same strategy as {original} (the same projects and indicator values): "
                   "stored as a copy of its edition (documents.copy_of), not counted in the current_* views",
                   None, "info")
    result.problems = [p for p in result.problems if p.code != "new_edition"] + [copy]
    store.add_errors(con, error_rows(replace(result, problems=[copy]), run_id), replacing="new_edition")


RETRYABLE = frozenset({"timeout", "out_of_memory", "worker_crashed", "parser_error"})
"""Failure codes that may pass on another run (a busier machine, a fixed bug); the others are the file's own."""


def _retryable(stored: store.StoredDocument) -> bool:
    return stored.status == "failed" and any(p[1] in RETRYABLE for p in stored.problems)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:  # gone since it was read: its child reports that
        return 0


def _holds(path: Path, sha: str) -> bool:
    """Whether `path` is still a regular file with this content (a stored path may since hold another edition)."""
    try:
        return file_digest(path) == sha
    except (IngestFailure, OSError):
        return False


def _skipped(path: Path, sha: str, stored: store.StoredDocument | None, why: str) -> FileResult:
    """A file not parsed again; it keeps the status and the problems of its stored document."""
    problems = [Problem(code, message, page, severity) for severity, code, message, page in
                (stored.problems if stored else [])]
    return FileResult(display_path(path), doc_id_for(sha), sha, stored.status if stored else "ok",
                      problems=problems, skipped=why)
