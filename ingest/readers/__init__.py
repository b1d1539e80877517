"""Readers of the formats strategies are published in, picked by the file's content.

Each reader module has the same small interface:
- `can_read(head, path)`: whether the file, by its first bytes, is in the reader's format;
- `read(path, on_page)`: a `schemas.layout.Reading`, either paginated layouts
  (PDF) or stream blocks directly (DOCX, HTML: their structure is explicit);
- `render_page(doc, number, dpi)` where the format has pages (the report draws them).

Dispatch is by content, not by name: a DOCX saved as .pdf still reads, and
a file whose name and content disagree is read as what it is, with a warning.
"""
from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from types import ModuleType

from ingest.readers import pdf
from schemas.layout import Reading
from schemas.problems import IngestFailure, Problem

HEAD_BYTES = 2048
OUR_REPORT = '<meta name="generator" content="regstrat report">'
"""Marks the provenance reports regstrat writes, often into the folder of the strategies they describe,
so that ingesting that folder again passes them over instead of failing them as `not_a_strategy`."""
READERS = ("pdf", "docx", "office", "html")  # order matters: office takes the zip containers docx does not
"""Reader modules by name, imported when first asked: python-docx and lxml take about a quarter of the
import time of `regstrat ingest`, and a folder of PDFs never needs them."""
NAMES = {"pdf": "PDF", "docx": "DOCX", "html": "HTML page"}


def _reader(name: str) -> ModuleType:
    return import_module(f"{__name__}.{name}")


def reader_for(path: Path) -> ModuleType | None:
    """The reader module whose format the file's first bytes are, or None (then the name decides)."""
    with path.open("rb") as fh:
        head = fh.read(HEAD_BYTES)
    return next((r for r in map(_reader, READERS) if r.can_read(head, path)), None)


def is_our_report(path: Path) -> bool:
    """Whether the file is a provenance report `regstrat report` wrote (its head carries OUR_REPORT)."""
    with path.open("rb") as fh:
        return OUR_REPORT.encode() in fh.read(HEAD_BYTES)


def file_format(path: Path) -> str:
    """What the file is by its content ('pdf', 'docx', 'html', 'doc', 'rtf', 'odt'); by its suffix when the
    content is no format we read (a damaged or empty file), so a DOCX named .pdf is stored as a 'docx'."""
    suffix = path.suffix.lstrip(".").lower() or "unknown"
    try:
        reader = reader_for(path)
    except OSError:
        return suffix
    if reader is None:
        return suffix
    kind = _kind(reader)
    return reader.kind(path).lstrip(".") if kind == "office" else kind


def _kind(reader: ModuleType) -> str:
    """The reader's name in READERS."""
    return reader.__name__.rpartition(".")[2]


def read(path: Path, on_page: Callable[[int, int], None] | None = None) -> Reading:
    """The document as a Reading; raises IngestFailure with a code a user can act on."""
    if path.stat().st_size == 0:
        raise IngestFailure("empty_file", "the file is empty (0 bytes)")
    reader = reader_for(path)
    if reader is None:
        by_name = {".docx": "docx", ".htm": "html", ".html": "html"}.get(path.suffix.lower())
        if by_name == "docx":
            raise IngestFailure("corrupt_zip", "the .docx holds no Word document (damaged, or another kind "
                                "of file): open it in Word or LibreOffice and save it again")
        if path.suffix.lower() in _reader("office").SUFFIXES:
            raise IngestFailure("unsupported_format", f"the {path.suffix} file's content is not a document "
                                "LibreOffice reads (damaged?)")
        reader = _reader(by_name) if by_name else pdf  # the PDF reader names what is wrong with a file that is no PDF
    reading = reader.read(path, on_page)
    if path.suffix and path.suffix.lower() not in reader.SUFFIXES:
        kind = _kind(reader)
        what = reader.name(path) if kind == "office" else NAMES[kind]
        reading.problems.append(Problem("misnamed_file", f"the file is a {what} named {path.suffix}: "
                                        "read as what it is"))
    return reading
