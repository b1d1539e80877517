"""A folder of broken and odd files: each ends failed or partial with a stable code, the rest still loads."""
from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pymupdf
import pytest

from ingest.readers.pdf import read_page
from ingest.pipeline import ingest
from parsers.grid import read_page_content
from parsers.tables import row_groups
from samples import FIXTURES
from schemas.tables import Project

LNR = FIXTURES / "strategy-lnr.pdf"
MINIMAL_ZERO_PAGE_PDF = (b"%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n"
                         b"2 0 obj <</Type/Pages/Kids[]/Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n")


def _without_pages(src: Path, target: Path, first: int, last: int) -> None:
    with pymupdf.open(src) as doc:
        doc.delete_pages(first - 1, last - 1)
        doc.save(target)


def _pages_of(src: Path, text: str) -> list[int]:
    with pymupdf.open(src) as doc:
        return [p.number + 1 for p in doc if text in p.get_text()]


def _section_pages(src: Path, heading: str, next_heading: str | None) -> tuple[int, int]:
    start = _pages_of(src, heading)[-1]  # the last hit: the first is the table of contents
    end = (_pages_of(src, next_heading)[-1] - 1) if next_heading else pymupdf.open(src).page_count
    return start, end


def _without_header_text(src: Path, target: Path, page_number: int) -> None:
    """Erase the words of the first table header on a page (its rulings stay): rows nobody can place."""
    with pymupdf.open(src) as doc:
        content = read_page_content(read_page(doc, page_number - 1))
        page = doc[page_number - 1]
        page.add_redact_annot(pymupdf.Rect(row_groups(content.grids[0])[0].bbox))
        page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_NONE, graphics=pymupdf.PDF_REDACT_LINE_ART_NONE)
        doc.save(target)


def build_zoo(folder: Path) -> dict[str, tuple[str, str]]:
    """file name -> (expected status, expected error code)."""
    zoo: dict[str, tuple[str, str]] = {}
    (folder / "empty.pdf").write_bytes(b"")
    zoo["empty.pdf"] = ("failed", "empty_file")
    (folder / "random-bytes.pdf").write_bytes(bytes(range(256)) * 40)
    zoo["random-bytes.pdf"] = ("failed", "not_a_pdf")
    (folder / "zero-pages.pdf").write_bytes(MINIMAL_ZERO_PAGE_PDF)
    zoo["zero-pages.pdf"] = ("failed", "no_pages")
    data = LNR.read_bytes()
    (folder / "truncated-download.pdf").write_bytes(data[: len(data) // 3])
    zoo["truncated-download.pdf"] = ("failed", "truncated_pdf")
    with pymupdf.open(LNR) as doc:
        doc.save(folder / "encrypted-user-password.pdf", encryption=pymupdf.PDF_ENCRYPT_AES_256,
                 user_pw="secret", owner_pw="owner")
        doc.save(folder / "encrypted-owner-only.pdf", encryption=pymupdf.PDF_ENCRYPT_AES_256,
                 user_pw="", owner_pw="owner")
    zoo["encrypted-user-password.pdf"] = ("failed", "encrypted")
    zoo["encrypted-owner-only.pdf"] = ("ok", "")  # opens without a password: a normal strategy
    with pymupdf.open(LNR) as doc, pymupdf.open() as scan:
        for page in list(doc)[:6]:
            pix = page.get_pixmap(dpi=30)
            out = scan.new_page(width=page.rect.width, height=page.rect.height)
            out.insert_image(out.rect, pixmap=pix)
        scan.save(folder / "scan-without-text.pdf")
    # OCR'd (--ocr auto), but 30 dpi is unreadable (at 50 dpi Tesseract reads the headings, less their numbers,
    # and the six pages are a `partial` strategy)
    zoo["scan-without-text.pdf"] = ("failed", "not_a_strategy")
    with pymupdf.open() as slides:
        for title in ("Цифровая трансформация региона", "Итоги 2023 года", "Спасибо за внимание"):
            slides.new_page(width=842, height=595).insert_text((72, 100), title, fontname="helv", fontsize=28)
        slides.save(folder / "presentation-not-a-strategy.pdf")
    zoo["presentation-not-a-strategy.pdf"] = ("failed", "not_a_strategy")
    first, last = _section_pages(LNR, "8. Раздел «Ресурсное обеспечение", None)
    _without_pages(LNR, folder / "strategy-without-section-8.pdf", first, last)
    zoo["strategy-without-section-8.pdf"] = ("partial", "section_missing")
    first, last = _section_pages(LNR, "7. Раздел «Показатели", "8. Раздел «Ресурсное обеспечение")
    _without_pages(LNR, folder / "strategy-without-indicator-table.pdf", first, last)
    zoo["strategy-without-indicator-table.pdf"] = ("partial", "section_missing")
    first, _ = _section_pages(LNR, "5. Раздел «Взаимосвязь", "6. Раздел «Проекты")
    _without_header_text(LNR, folder / "strategy-with-unreadable-table-header.pdf", first)
    zoo["strategy-with-unreadable-table-header.pdf"] = ("partial", "table_without_header")
    with pymupdf.open() as long_blank:
        for _ in range(3000):
            long_blank.new_page()
        long_blank.save(folder / "three-thousand-blank-pages.pdf")
    zoo["three-thousand-blank-pages.pdf"] = ("failed", "no_text_layer")
    word = (FIXTURES / "docx" / "strategy-lnr.docx").read_bytes()
    (folder / "corrupt-zip.docx").write_bytes(word[: len(word) // 2])  # a download cut short
    zoo["corrupt-zip.docx"] = ("failed", "corrupt_zip")
    (folder / "notes.txt").write_text("not a document anyone asked to ingest")  # ignored: not in the summary
    shutil.copy(FIXTURES / "strategy-stavropol.pdf", folder / "good-strategy.pdf")
    zoo["good-strategy.pdf"] = ("ok", "")
    return zoo


@pytest.fixture(scope="module")
def zoo_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("zoo")
    expected = build_zoo(folder)
    db = tmp_path_factory.mktemp("db") / "zoo.duckdb"
    results = {Path(r.path).name: r for r in ingest([folder], db)}
    return expected, results, db


def test_every_file_ends_with_the_expected_status_and_code(zoo_run):
    expected, results, _ = zoo_run
    assert set(results) == set(expected)
    for name, (status, code) in expected.items():
        r = results[name]
        assert r.status == status, (name, r.status, r.problems)
        if code:
            assert code in {p.code for p in r.problems}, (name, r.problems)


def test_errors_are_stored_with_file_and_page(zoo_run):
    expected, _, db = zoo_run
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT source_path, code, page, message FROM ingest_errors").fetchall()
    by_file = {Path(path).name for path, *_ in rows}
    assert {n for n, (status, _) in expected.items() if status != "ok"} <= by_file
    assert all(message for *_, message in rows)
    scan = [page for path, code, page, _ in rows if path.endswith("scan-without-text.pdf")]
    assert scan == [1]
    unplaced = {page for path, code, page, _ in rows
                if path.endswith("unreadable-table-header.pdf") and code == "table_without_header"}
    assert unplaced == {_section_pages(LNR, "5. Раздел «Взаимосвязь", "6. Раздел «Проекты")[0]}


def test_the_good_strategy_in_a_bad_folder_still_loads_in_full(zoo_run):
    expected, results, db = zoo_run
    good = results["good-strategy.pdf"]
    with duckdb.connect(str(db), read_only=True) as con:
        projects = con.execute("SELECT count(*) FROM projects WHERE doc_id = ?", [good.doc_id]).fetchone()[0]
        statuses = dict(con.execute("SELECT source_path, status FROM documents").fetchall())
    assert projects == good.count(Project)
    assert projects > 40
    assert sum(s == "failed" for s in statuses.values()) == sum(st == "failed" for st, _ in expected.values())


def test_partial_strategy_keeps_what_it_could_read(zoo_run):
    _, results, _ = zoo_run
    r = results["strategy-without-indicator-table.pdf"]
    counts = {model.table: len(rows) for model, rows in r.rows}
    assert counts["projects"] > 20 and counts["indicators"] == 0
