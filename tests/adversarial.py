"""Generators of hostile inputs (issue 13): PDFs that make the PDF library work for ever, reordered pages,
saved pages that lie about their charset or never close their tags, DOCX packages with damaged XML."""
from __future__ import annotations

import io
import re
import zipfile

import pymupdf


def pdf_from_objects(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF file of numbered objects (object k is objects[k - 1]) with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<</Size %d/Root %d 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    return bytes(out)


def _stream(dictionary: bytes, data: bytes) -> bytes:
    return b"<<" + dictionary + b"/Length %d>>\nstream\n" % len(data) + data + b"\nendstream"


def nested_forms(depth: int, fanout: int = 10) -> bytes:
    """A one-page PDF of `depth` nested forms, each drawing the one below `fanout` times: fanout**depth draws.

    A few kilobytes; at depth 8 text extraction runs for many minutes inside the C library.
    """
    font = b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>"
    objects = [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[3 0 R]/Count 1>>", b"", b"", font]
    leaf = _stream(b"/Type/XObject/Subtype/Form/BBox[0 0 595 842]/Resources<</Font<</F1 5 0 R>>>>",
                   b"BT /F1 12 Tf 72 720 Td (level) Tj ET 0 0 m 500 500 l S")
    objects.append(leaf)  # object 6: form 0
    for level in range(1, depth + 1):
        below = len(objects)  # object number of the form one level down
        objects.append(_stream(b"/Type/XObject/Subtype/Form/BBox[0 0 595 842]/Resources<</XObject<</P %d 0 R>>>>"
                               % below, b"q /P Do Q\n" * fanout))
    top = len(objects)
    objects[2] = (b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</XObject<</T %d 0 R>>>>"
                  b"/Contents 4 0 R>>" % top)
    objects[3] = _stream(b"", b"/T Do")
    return pdf_from_objects(objects)


def reordered(src: bytes, order: list[int]) -> bytes:
    """The same PDF with its pages in `order` (0-based page indices)."""
    with pymupdf.open("pdf", src) as doc:
        doc.select(order)
        return doc.tobytes()


def with_charset(page: str, declared: str) -> str:
    """A saved page whose <meta> declares `declared`, whatever its bytes are later encoded in."""
    page = re.sub(r"(?i)<meta[^>]*charset[^>]*>", "", page)
    return re.sub(r"(?i)<head>", f'<head><meta http-equiv="Content-Type" content="text/html; charset={declared}">',
                  page, count=1)


def unclosed_divs(page: str, count: int) -> str:
    """The page with `count` <div>s opened after <body> and never closed (a builder's one per paragraph)."""
    return re.sub(r"(?i)<body[^>]*>", lambda m: m.group(0) + "<div>" * count, page, count=1)


def nested_divs(depth: int) -> str:
    return "<html><body>" + "<div>" * depth + "<p>1. Раздел</p>" + "</div>" * depth + "</body></html>"


def docx_with_part(docx: bytes, name: str, data: bytes) -> bytes:
    """The DOCX package with its part `name` (a zip member) replaced by `data`."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, data if info.filename == name else src.read(info.filename))
    return out.getvalue()


WORD_BODY = (b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s'
             b"</w:body></w:document>")


def billion_laughs(levels: int = 9) -> bytes:
    """A word/document.xml whose one paragraph is an entity expanding 10**levels times."""
    entities = b"".join(b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10) for i in range(1, levels + 1))
    return (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY lol0 "lol">' + entities + b"]>"
            + WORD_BODY % (b"<w:p><w:r><w:t>&lol%d;</w:t></w:r></w:p>" % levels))


def external_entity(target: str) -> bytes:
    """A word/document.xml whose one paragraph is an external entity: the file `target` if it were resolved."""
    return (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file://%s">]>' % target.encode()
            + WORD_BODY % b"<w:p><w:r><w:t>before &x; after</w:t></w:r></w:p>")
