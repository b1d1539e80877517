"""DOC, RTF and ODT -> DOCX with LibreOffice headless, then read as a DOCX.

LibreOffice is the one well-kept converter of all three formats; it is
optional (`soffice` on PATH, Debian's libreoffice-writer-nogui). Each
conversion runs with a time limit and a fresh profile directory, so parallel
workers and a user's own running LibreOffice do not lock each other out.
"""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from ingest.readers import docx
from schemas.layout import Reading
from schemas.problems import IngestFailure

SUFFIXES = (".doc", ".rtf", ".odt")
CONVERT_SECONDS = 120
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Compound File Binary: Word 97-2003, and encrypted OOXML
ENCRYPTED = "EncryptedPackage".encode("utf-16-le")  # the stream a password-protected DOCX is stored in
INSTALL = "install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) or save it as DOCX or PDF"


def can_read(head: bytes, path: Path) -> bool:
    """An OLE container (a .doc, or a password-protected DOCX), an RTF, or an ODT (a zip whose
    mimetype entry, stored first, names an OpenDocument text)."""
    return (head.startswith(OLE) or head.startswith(b"{\\rtf")
            or head.startswith(b"PK\x03\x04") and b"mimetypeapplication/vnd.oasis.opendocument.text" in head[:100])


def read(path: Path, on_page: Callable[[int, int], None] | None = None) -> Reading:
    if _encrypted(path):
        raise IngestFailure("encrypted", "the document is password-protected: save an unprotected copy")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise IngestFailure("unsupported_format",
                            f"the file is a {name(path)}; reading it needs LibreOffice: {INSTALL}")
    with tempfile.TemporaryDirectory(prefix="regstrat-soffice-") as tmp:
        out = Path(tmp) / "out"
        source = Path(tmp) / ("document" + kind(path))  # a name LibreOffice reads by, whatever the file's is
        shutil.copyfile(path, source)
        try:
            done = subprocess.run([soffice, f"-env:UserInstallation={Path(tmp, 'profile').as_uri()}", "--headless",
                                   "--norestore", "--convert-to", "docx", "--outdir", str(out), str(source)],
                                  capture_output=True, timeout=CONVERT_SECONDS)
        except subprocess.TimeoutExpired as exc:
            raise IngestFailure("timeout", f"LibreOffice did not convert the file within {CONVERT_SECONDS} s") from exc
        converted = out / "document.docx"
        if done.returncode or not converted.is_file():
            message = (done.stderr or done.stdout).decode(errors="replace").strip()[:200]
            raise IngestFailure("damaged_document", f"LibreOffice could not convert the file: {message or 'no output'}")
        return docx.read(converted, on_page)


def _encrypted(path: Path) -> bool:
    """A password-protected DOCX is an OLE container holding an EncryptedPackage stream."""
    with path.open("rb") as fh:
        head = fh.read(8)
        return head == OLE and ENCRYPTED in fh.read()


def name(path: Path) -> str:
    """What the file is, in a user's words."""
    return {".doc": "Word 97-2003 document (.doc)", ".rtf": "RTF document", ".odt": "ODT document"}[kind(path)]


def kind(path: Path) -> str:
    """The suffix LibreOffice should see for the file's content."""
    with path.open("rb") as fh:
        head = fh.read(8)
    if head.startswith(b"{\\rtf"):
        return ".rtf"
    return ".doc" if head == OLE else ".odt"
