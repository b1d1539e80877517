"""Readers of DOCX, HTML and (through LibreOffice) DOC/RTF/ODT: structure, dispatch, bad input.

The DOCX cases are built with python-docx plus the raw WordprocessingML a
Word user produces (tracked changes, list numbering, merged cells), each named
after the feature it checks; whole-document quality is in test_golden.py.
"""
from __future__ import annotations

import contextlib
import io
import json
import shutil
import subprocess
from pathlib import Path

import pymupdf
import pytest
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from ingest import readers
from ingest.pipeline import ingest, parse_document
from ingest.readers import docx as docx_reader
from ingest.readers import html as html_reader
from ingest.readers import office
from schemas.layout import Table, TextLine

import score_gold
from samples import FIXTURES, gold_for

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed: "
                                   "`make office` installs libreoffice-writer-nogui")
DOCX_SAMPLE = FIXTURES / "docx" / "strategy-lnr.docx"


def _texts(blocks) -> list[str]:
    return [b.text for b in blocks if isinstance(b, TextLine)]


def _grid(blocks, k: int = 0):
    return [b for b in blocks if isinstance(b, Table)][k].fragments[0]


def _numbered_list(doc, levels: list[str]) -> int:
    """A list of len(levels) levels with the given lvlText ("%1.", "%1.%2."), returning its numId."""
    numbering = doc.part.numbering_part.element
    abstract_id = 90
    lvls = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                   f'<w:lvlText w:val="{text}"/></w:lvl>' for i, text in enumerate(levels))
    numbering.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">{lvls}'
                                  "</w:abstractNum>"))
    return numbering.add_num(abstract_id).numId


def _number(paragraph, num_id: int, level: int = 0):
    numpr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = level
    numpr.get_or_add_numId().val = num_id
    return paragraph


def _read_docx(doc, tmp_path: Path, name: str = "case.docx"):
    path = tmp_path / name
    doc.save(path)
    return docx_reader.read(path).blocks


def test_word_list_numbers_are_printed_with_their_levels(tmp_path):
    doc = Document()
    num = _numbered_list(doc, ["%1.", "%1.%2."])
    for text, level in (("Основные положения", 0), ("Основания", 1), ("Технологии", 1), ("Карточка", 0),
                        ("Цели", 1)):
        _number(doc.add_paragraph(text), num, level)
    assert _texts(_read_docx(doc, tmp_path)) == [
        "1. Основные положения", "1.1. Основания", "1.2. Технологии", "2. Карточка", "2.1. Цели"]


def test_heading_styles_numbered_through_a_numbering_style(tmp_path):
    """Word's multilevel heading lists: Heading 1 carries the list, the list is defined by a numbering
    style (numStyleLink), and a style based on Heading 1 inherits it."""
    doc = Document()
    numbering = doc.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="91"><w:numStyleLink w:val="HeadingList"/></w:abstractNum>'))
    linked = _numbered_list(doc, ["%1.", "%1.%2."])
    numbering.find(qn("w:abstractNum")).addprevious(parse_xml(  # the style's own list carries the levels
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="92"><w:styleLink w:val="HeadingList"/>'
        '</w:abstractNum>'))
    via_link = numbering.add_num(91).numId
    styles = doc.styles.element
    styles.append(parse_xml(f'<w:style {nsdecls("w")} w:type="numbering" w:styleId="HeadingList"><w:pPr><w:numPr>'
                            f'<w:numId w:val="{linked}"/></w:numPr></w:pPr></w:style>'))
    heading = doc.styles["Heading 1"].element
    heading.get_or_add_pPr().append(parse_xml(f'<w:numPr {nsdecls("w")}><w:numId w:val="{via_link}"/></w:numPr>'))
    styles.append(parse_xml(f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="Razdel">'
                            '<w:name w:val="Razdel"/><w:basedOn w:val="Heading1"/></w:style>'))
    doc.add_paragraph("Основные положения", style="Heading 1")
    doc.add_paragraph("Карточка", style="Razdel")
    assert _texts(_read_docx(doc, tmp_path)) == ["1. Основные положения", "2. Карточка"]


def test_tracked_changes_read_as_accepted_and_comments_ignored(tmp_path):
    doc = Document()
    p = doc.add_paragraph()
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve">Срок </w:t></w:r>'))
    p._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="1" w:author="a"><w:r><w:delText>2023</w:delText></w:r>'
                          "</w:del>"))
    p._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="2" w:author="a"><w:r><w:t>2024</w:t></w:r></w:ins>'))
    doc.add_comment(p.runs[0], text="проверить год", author="reviewer")
    assert _texts(_read_docx(doc, tmp_path)) == ["Срок 2024"]


def test_headers_and_footers_are_not_read(tmp_path):
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Колонтитул"
    doc.sections[0].footer.paragraphs[0].text = "Страница 1"
    doc.add_paragraph("Текст")
    assert _texts(_read_docx(doc, tmp_path)) == ["Текст"]


def test_merged_cells_keep_their_spans_and_nested_tables_their_text(tmp_path):
    doc = Document()
    table = doc.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "Отрасль"  # gridSpan over three columns
    table.cell(1, 0).merge(table.cell(2, 0)).text = "Проект"  # vMerge down two rows
    table.cell(1, 1).text, table.cell(1, 2).text = "Показатель 1", "10"
    table.cell(2, 1).text, table.cell(2, 2).text = "Показатель 2", "20"
    inner = table.cell(2, 2).add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "2025", "30"
    grid = _grid(_read_docx(doc, tmp_path))
    spans = {c.text: (c.row0, c.row1, c.col0, c.col1) for c in grid.cells}
    assert spans["Отрасль"] == (0, 1, 0, 3)
    assert spans["Проект"] == (1, 3, 0, 1)
    assert [line.text for c in grid.cells if c.row0 == 2 and c.col0 == 2 for line in c.lines] == ["20", "2025", "30"]
    assert grid.page is None and grid.row_ref(1) == "table 1, row 2"


def test_a_picture_in_a_section_is_reported_with_the_section(tmp_path):
    doc = Document(str(DOCX_SAMPLE))
    heading = [p for p in doc.paragraphs if "Проекты развития отрасли" in p.text][-1]  # the first is in the TOC
    picture = io.BytesIO(pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 40, 20), False).tobytes("png"))
    image = doc.add_paragraph()
    image.add_run().add_picture(picture)
    heading._p.addnext(image._p)  # a table pasted as a picture under the heading of section 6
    path = tmp_path / "table-as-image.docx"
    doc.save(path)
    parsed, pages = parse_document(path, "x")
    assert pages is None
    assert [p.message.split(" holds")[0] for p in parsed.problems if p.code == "table_as_image"] == ["section 6"]


def test_html_tables_lists_and_page_chrome(tmp_path):
    page = tmp_path / "saved.html"
    page.write_text("""<!DOCTYPE html><html><head><style>p{}</style><script>var x = "1. Раздел";</script></head>
    <body><nav><a href="/">1. Меню</a></nav><h2>5. Раздел «Взаимосвязь»</h2>
    <ol start="3"><li><p>Третий</p></li><li>Четвёртый <b>пункт</b></li></ol>
    <p>Первая строка<br>вторая строка</p>
    <table><tr><th colspan="2">Проект</th><th>2024</th></tr>
    <tr><td rowspan="2">А</td><td>x</td><td>1</td></tr><tr><td>y</td><td>2</td></tr></table>
    <footer>© портал</footer></body></html>""", encoding="utf-8")
    blocks = html_reader.read(page).blocks
    assert _texts(blocks) == ["5. Раздел «Взаимосвязь»", "3. Третий", "4. Четвёртый пункт", "Первая строка",
                              "вторая строка"]
    spans = {c.text: (c.row0, c.row1, c.col0, c.col1) for c in _grid(blocks).cells}
    assert spans == {"Проект": (0, 1, 0, 2), "2024": (0, 1, 2, 3), "А": (1, 3, 0, 1), "x": (1, 2, 1, 2),
                     "1": (1, 2, 2, 3), "y": (2, 3, 1, 2), "2": (2, 3, 2, 3)}


def test_a_page_laid_out_in_a_table_is_read_as_running_text(tmp_path):
    """Older portals wrap the whole document in layout tables; a Windows-1251 page may declare no charset."""
    page = tmp_path / "portal-layout.html"
    page.write_bytes("""<html><body><table><tr><td>меню</td><td><h1>1. Раздел «Основные положения»</h1>
    <p>Текст.</p><table border="1"><tr><td>Поле</td><td>Значение</td></tr></table></td></tr></table>
    </body></html>""".encode("cp1251"))
    blocks = html_reader.read(page).blocks
    assert _texts(blocks) == ["меню", "1. Раздел «Основные положения»", "Текст."]
    assert [c.text for c in _grid(blocks).cells] == ["Поле", "Значение"]


def test_dispatch_is_by_content_a_docx_named_pdf_still_reads(tmp_path):
    renamed = tmp_path / "strategy.pdf"
    shutil.copy(DOCX_SAMPLE, renamed)
    assert readers.reader_for(renamed) is docx_reader
    parsed, pages = parse_document(renamed, "x")
    assert pages is None and len(parsed.projects) > 0
    assert "misnamed_file" in {p.code for p in parsed.problems}
    assert readers.file_format(renamed) == "docx"


def test_file_format_is_what_the_content_is_or_the_name_when_the_content_is_none_we_read(tmp_path):
    empty = tmp_path / "empty.rtf"
    empty.touch()
    assert readers.file_format(empty) == "rtf"
    assert readers.file_format(FIXTURES / "strategy-lnr.pdf") == "pdf"
    rtf_named_doc = tmp_path / "strategy.doc"
    rtf_named_doc.write_bytes(b"{\\rtf1\\ansi text}")
    assert readers.file_format(rtf_named_doc) == "rtf"


def test_rows_of_a_docx_are_located_by_table_and_row(tmp_path):
    parsed, _ = parse_document(DOCX_SAMPLE, "x")
    project = parsed.projects[0]
    assert project.page is None and project.x0 is None
    assert project.source_ref.startswith("table ") and ", row " in project.source_ref
    assert all(item.source_ref.startswith("paragraph ") for item in parsed.list_items)


def test_password_protected_docx_fails_with_its_own_code(tmp_path):
    pytest.importorskip("msoffcrypto", reason="msoffcrypto-tool (a dev dependency) encrypts the case")
    from msoffcrypto.format.ooxml import OOXMLFile
    locked = tmp_path / "password-protected.docx"
    with DOCX_SAMPLE.open("rb") as src, locked.open("wb") as out:
        OOXMLFile(src).encrypt("secret", out)
    (result,) = ingest([locked], tmp_path / "db.duckdb")
    assert result.status == "failed" and [p.code for p in result.problems] == ["encrypted"]


def test_without_libreoffice_office_files_say_what_to_install(tmp_path, monkeypatch):
    rtf = tmp_path / "strategy.rtf"
    rtf.write_bytes(b"{\\rtf1\\ansi Strategy}")
    monkeypatch.setattr(office.shutil, "which", lambda name: None)
    with pytest.raises(Exception) as failure:
        parse_document(rtf, "x")
    assert failure.value.code == "unsupported_format" and "libreoffice-writer-nogui" in failure.value.message


OFFICE = FIXTURES / "office"


@needs_soffice
def test_odt_rtf_and_a_doc_named_docx_read_through_libreoffice(tmp_path):
    """The LNR sample as ODT and DOC (tests/fixtures/office/), and as RTF saved from the ODT here."""
    rtf_dir = tmp_path / "rtf"
    subprocess.run([SOFFICE, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "rtf", "--outdir", str(rtf_dir), str(OFFICE / "strategy-lnr.odt")],
                   check=True, capture_output=True, timeout=300)
    doc_named_docx = tmp_path / "strategy-lnr-doc.docx"  # a .doc renamed by hand
    shutil.copy(OFFICE / "strategy-lnr.doc", doc_named_docx)
    db = tmp_path / "office.duckdb"
    results = {Path(r.path).name: r for r in ingest([OFFICE / "strategy-lnr.odt", rtf_dir / "strategy-lnr.rtf",
                                                      doc_named_docx], db)}
    # the same strategy three times is three editions of its region: `new_edition` is news, not a defect
    assert [p.code for p in results.pop(doc_named_docx.name).problems if p.severity != "info"] == ["misnamed_file"]
    assert all(r.status == "ok" for r in results.values()), {n: r.problems for n, r in results.items()}
    for name in ("strategy-lnr.odt", "strategy-lnr.rtf", doc_named_docx.name):
        score = tmp_path / f"{name}.json"
        with contextlib.redirect_stdout(io.StringIO()):
            score_gold.main([str(gold_for(OFFICE / "strategy-lnr.odt")), str(db), "--file", name,
                             "--json", str(score)])
        assert json.loads(score.read_text("utf-8"))["strict"] >= 0.99, name


def test_a_docx_column_the_template_does_not_know_keeps_its_cells_with_their_locator(tmp_path):
    """A DOCX has no pages: a region's own column in it was a validation error (an extra cell needed a page),
    which failed the whole file. Its cells are now kept, located by table and row."""
    doc = Document(FIXTURES / "docx" / "strategy-lnr.docx")
    projects = next(t for t in doc.tables if any("Цель проекта" in cell.text for cell in t.rows[0].cells))
    projects.add_column(projects.columns[0].width)
    projects.rows[0].cells[-1].text = "Примечание"
    for k, row in enumerate(projects.rows[1:], start=1):
        row.cells[-1].text = f"Отметка {k}"
    doc.save(tmp_path / "strategy-with-notes.docx")
    parsed, _ = parse_document(tmp_path / "strategy-with-notes.docx", "x")
    notes = [cell for cell in parsed.extra if cell.header == "Примечание"]
    assert notes and all(cell.page is None and cell.source_ref.startswith("table ") for cell in notes)
    assert {cell.row_ref for cell in notes} <= {p.project_id for p in parsed.projects}


def test_a_line_break_in_a_paragraph_ends_a_printed_line_that_goes_on_with_it(tmp_path):
    """blind21's Тюменская types each heading as one paragraph with a line break: «ИСТОРИКО-КУЛЬТУРНЫЕ ПРЕДПОСЫЛКИ
    ПРОГРАММЫ» over «Часть 1». Read as one line, its number stood at the end, no heading was found and the DOCX
    failed (not_a_strategy). Each printed line is a line; the lines after the first go on in the paragraph."""
    doc = Document()
    doc.add_paragraph("ИСТОРИКО-КУЛЬТУРНЫЕ ПРЕДПОСЫЛКИ ПРОГРАММЫ").add_run().add_break()
    doc.paragraphs[-1].add_run("Часть 1")
    doc.add_paragraph("Текст")
    lines = [b for b in _read_docx(doc, tmp_path) if isinstance(b, TextLine)]
    assert [(line.text, line.indented) for line in lines] == [
        ("ИСТОРИКО-КУЛЬТУРНЫЕ ПРЕДПОСЫЛКИ ПРОГРАММЫ", True), ("Часть 1", False), ("Текст", True)]
