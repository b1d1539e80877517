"""Line numbers a draft prints in its left margin, on blind19's Хабаровский (Word's line numbering)."""
from __future__ import annotations

import pymupdf
import pytest

from ingest.readers.pdf import read_page
from parsers.grid import read_page_content
from parsers.line_numbers import without_line_numbers
from samples import FIXTURES
from schemas.layout import PageLayout, Word

NUMBERED = next((FIXTURES / "variants" / "blind19").glob("blind19-khabarovsk-*.pdf"))


@pytest.fixture(scope="module")
def layouts() -> list[PageLayout]:
    with pymupdf.open(NUMBERED) as doc:
        return [read_page(doc, k) for k in range(doc.page_count)]


def test_the_margin_numbers_of_a_draft_leave_its_lines(layouts):
    """blind19's Хабаровский numbers every line of running text in the left margin, from 1 on each page: each
    number opened its line («1 Описание проблемы и правовые основания регулирования (раздел 1)», «3 28. Письмо
    Министерства …»), so no heading or list item was read and the document failed as not_a_strategy."""
    heading = "Описание проблемы и правовые основания регулирования (раздел 1)"
    assert f"1 {heading}" in [line.text for line in read_page_content(layouts[2]).lines]
    cleaned = without_line_numbers(layouts)
    assert heading in [line.text for line in read_page_content(cleaned[2]).lines]
    assert "28. Письмо Министерства цифрового развития, связи и массовых коммуникаций" in \
        [line.text for line in read_page_content(cleaned[4]).lines]
    removed = [w for before, after in zip(layouts, cleaned) for w in set(before.words) - set(after.words)]
    assert removed and all(w.text.isdigit() for w in removed)


def test_a_column_of_numbers_on_too_few_pages_or_skipping_is_no_line_numbering():
    """A borderless table's number column on its own page counts up by one left of all other text as line
    numbers do; on two pages it is no draft's line numbering, and numbers that skip («1, 3, 5») count no
    lines on any number of pages: the document keeps its figures."""
    def page(number: int) -> PageLayout:
        words = []
        for k in range(1, 8):
            y = 100 + 14 * k
            words += [Word(str(k), 60, y, 66, y + 10, 63, y + 5), Word("Показатель", 90, y, 150, y + 10, 120, y + 5)]
        return PageLayout(number, 595, 842, words)
    pages = [page(1), page(2)]
    assert without_line_numbers(pages) == pages
    skipping = [PageLayout(p.number, p.width, p.height, [w for w in p.words if w.text not in "246"])
                for p in (page(1), page(2), page(3))]
    assert without_line_numbers(skipping) == skipping
    odd = [PageLayout(p.number, p.width, p.height, [w._replace(text="²") if w.text == "4" else w for w in p.words])
           for p in (page(1), page(2), page(3))]
    assert without_line_numbers(odd) == odd, "a superscript figure is no line number (and no crash)"


def test_a_draft_with_numbered_lines_is_read_as_a_strategy():
    """The whole document: all eight sections, where the numbers had left none (not_a_strategy)."""
    from ingest.pipeline import parse_document
    parsed, pages = parse_document(NUMBERED, "doc")
    assert pages == 112 and not [p for p in parsed.problems if p.code == "section_missing"]
    assert [s.number for s in parsed.sections if "." not in s.number] == [str(n) for n in range(1, 9)]
