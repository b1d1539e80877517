"""Scans: OCR of pages without a usable text layer, rulings from the page image, nothing silent.

The scanned fixtures (tests/fixtures/scans/) are pages of the samples (and of a rebuilt region) rendered,
turned, noised and JPEG-compressed by tests/variants/make_scans.py; what OCR
reads from them is compared with what the born-digital page of the same
sample gives (itself scored 1.000 against the gold by test_golden), never
with numbers read off the OCR output. Only a few pages are OCR'd here (CI
budget); `make eval-ocr` runs whole documents.
"""
from __future__ import annotations

import io
import json
import re
from pathlib import Path

import numpy as np
import pymupdf
import pytest
from PIL import Image
from rapidfuzz.fuzz import ratio

from schemas.problems import Problem
from ingest.readers.image_rules import DARK, find_rules, skew_angle
from ingest.readers.pdf import read_page, read_pages
from schemas.layout import Cell, Grid, Line, PageContent, PageLayout, Table, Word
from ingest.readers.ocr import (CYRILLIC_TO_LATIN, cleaned, OcrOptions, empty_page_problems, flag_ocr_rows, read_scanned,
                        needs_image, render, repair_homoglyphs, restore_short_i, tesseract_words, text_layer_problem,
                        upright)
from ingest.readers.ocr import _line_openings_restored
from ingest.pipeline import parse_document
from parsers.grid import group_lines, read_page_content
from parsers.records import ParsedDocument
from parsers.sections import DOT_LEADER
from parsers.stream import build_stream
from samples import FIXTURES, SAMPLES, VARIANTS
from schemas import tables as t

SCANS = FIXTURES / "scans"
LNR = FIXTURES / "strategy-lnr.pdf"
SCAN300 = SCANS / "strategy-lnr.scan300.p50.pdf"  # section 7: indicators, merged project cells
SCAN150 = SCANS / "strategy-lnr.scan150.p16.pdf"  # section 5 at 150 dpi, stronger noise
OCR_LAYER = SCANS / "strategy-lnr.ocrlayer.p5.pdf"  # the strategy card with Tesseract's own invisible text
NARROW_CELLS = SCANS / "strategy-lnr.scan300.p24.pdf"  # projects: cells two lines tall, the header "СЦТ"
YEAR_CELLS = SCANS / "strategy-lnr.scan300.p48.pdf"  # section 7's header: one-line year cells "2022 | 2023 | 2024"
MIXED = SCANS / "variant-plain-headings.mixed.pdf"  # title and approval pages scanned, the rest text
TYUMEN = FIXTURES / "variants" / "regions" / "region-tyumen.pdf"
MISREAD_LIST_NUMBERS = SCANS / "list-numbers-misread.ocrlayer.pdf"
"""Stretches of the samples' section 4 cut from their 300-dpi scans and given Tesseract's own layer as
make_scans.py does: it reads the list numbers "2." as "2", "4." as "д.", "1." as "в"."""
HEADING_ON_BORDER = SCANS / "heading-letter-on-a-column-border.scan300.p34.pdf"
"""blind2's Khabarovsk, section 6 opening: the «р» of its 16 pt heading stands on a column border."""
BOLD_NARROW_HEADER = SCANS / "bold-narrow-header-text.scan300.p19.pdf"
"""blind2's LNR, section 6 opening: a header of bold narrow capitals, whose lines read as short rulings."""
LETTER_STEM_IN_ROW = SCANS / "letter-stem-spanning-a-one-line-row.scan300.p8.pdf"
"""blind28's Tyumen, section 3.2: a table of tasks whose one-line rows hold tall letters («ф»)."""
MISREAD_PAGE_NUMBER = SCANS / "region-tyumen.ocrlayer.p5-8.pdf"  # the card over 4 pages, "7" in the layer as "я"


def _soft(text: str) -> str:
    return re.sub(r"[^0-9a-zа-яё]", "", text.lower())


def _source_page(scan: Path) -> int:
    return int(re.search(r"\.p(\d+)\.pdf$", scan.name).group(1))


def _content(path: Path, options: OcrOptions = OcrOptions()) -> tuple[PageLayout, PageContent]:
    (layout,) = read_scanned(path, list(read_pages(path)), options)
    return layout, read_page_content(layout)


def _text_content(page: int) -> PageContent:
    with pymupdf.open(LNR) as doc:
        return read_page_content(read_page(doc, page - 1))


@pytest.mark.parametrize("pdf", SAMPLES + VARIANTS, ids=lambda p: p.stem)
def test_born_digital_pages_are_never_read_from_images(pdf):
    layouts = list(read_pages(pdf))
    assert read_scanned(pdf, layouts, OcrOptions(mode="auto")) is layouts


def test_latin_look_alikes_fail_the_text_layer_check():
    with pymupdf.open(LNR) as doc:
        words = read_page(doc, 1).words
    assert text_layer_problem(words) is None
    swapped = [w._replace(text=w.text.translate(str.maketrans("аеоАЕО", "aeoAEO"))) for w in words]
    assert "Latin" in text_layer_problem(swapped)


def test_garbled_text_fails_the_dictionary_check():
    with pymupdf.open(LNR) as doc:
        words = read_page(doc, 1).words
    garbled = [w._replace(text=w.text[::-1]) for w in words]  # reversed words are not Russian words
    assert "dictionary" in text_layer_problem(garbled)


def test_a_font_without_a_unicode_map_sends_its_pages_to_ocr_even_with_rulings():
    """Two LNR pages whose font lost its ToUnicode map: the text layer is symbols ('#', '3((', '.+').
    The ruled table page was trusted as born digital and loaded garbage; both pages now go to OCR."""
    pdf = FIXTURES / "scans" / "font-without-unicode-map.pdf"
    layouts = list(read_pages(pdf))
    assert any(layout.rules for layout in layouts) and all(layout.words for layout in layouts)
    with pymupdf.open(pdf) as doc:
        plans = [needs_image(doc[layout.number - 1], layout, "auto") for layout in layouts]
    assert plans == [(True, False), (True, False)]
    assert "symbols" in text_layer_problem(layouts[0].words)


def test_homoglyphs_inside_a_word_are_repaired():
    latin_o = "Р" + "o" + "ссия"  # Latin o
    assert repair_homoglyphs(latin_o) == "Россия"
    assert repair_homoglyphs("Сepвиc".translate(CYRILLIC_TO_LATIN)) == "Сepвиc".translate(CYRILLIC_TO_LATIN)
    assert repair_homoglyphs("IT-решения") == "IT-решения"
    assert repair_homoglyphs("Cервис") == "Сервис"  # Latin C at the start
    assert repair_homoglyphs("PDF") == "PDF"


def test_ruling_glyphs_are_cut_off_ocr_words():
    assert cleaned("|Доля") == "Доля" and cleaned("ре-|") == "ре-" and cleaned("|") == ""


def test_a_lost_breve_is_restored_where_only_it_makes_a_word():
    assert restore_short_i("Хабаровскии") == "Хабаровский"
    assert restore_short_i("Хабаровскии,") == "Хабаровский,"
    assert restore_short_i("информации") == "информации"  # a word as it is
    assert restore_short_i("ИТ") == "ИТ"


@pytest.mark.parametrize("angle", [1.2, -2.5, 0.4])
def test_skew_is_measured(angle):
    with pymupdf.open(LNR) as doc:
        pix = doc[49].get_pixmap(dpi=150, colorspace=pymupdf.csGRAY)
    image = Image.frombytes("L", (pix.width, pix.height), pix.samples).rotate(angle, fillcolor=255)
    assert skew_angle(np.asarray(image) < DARK, 150) == pytest.approx(angle, abs=0.1)


def _shape(grid: Grid) -> list[tuple[int, int, int, int]]:
    return [(c.row0, c.row1, c.col0, c.col1) for c in grid.cells]


@pytest.fixture(scope="module")
def scan300():
    return _content(SCAN300)


def test_rulings_found_in_the_image_give_the_grid_of_the_drawn_rulings(scan300):
    layout, content = scan300
    text = _text_content(_source_page(SCAN300))
    assert layout.ocr and layout.rules
    assert [_shape(g) for g in content.grids] == [_shape(g) for g in text.grids]
    for got, want in zip(content.grids, text.grids):
        assert np.allclose(got.xs, want.xs, atol=3) and np.allclose(got.ys, want.ys, atol=3)


def test_the_borders_of_one_line_cells_are_rulings():
    """The borders between the year cells of section 7's header are 12.6 pt tall, shorter than a letter
    may be; they join two rulings, so they are rulings: the grid is the drawn one, a column a year."""
    with pymupdf.open(YEAR_CELLS) as doc:
        image, _ = upright(render(doc[0], 300), 300)
        layout = PageLayout(1, doc[0].rect.width, doc[0].rect.height, [], find_rules(image, 300))
    text = _text_content(_source_page(YEAR_CELLS))
    assert [_shape(g) for g in read_page_content(layout).grids] == [_shape(g) for g in text.grids]


@pytest.mark.parametrize("scan, source", [
    # the «р» of a 16 pt heading stands on a column border: stem and border were one dark run 10 pt past
    # the table's top, so the heading became the table's first row and section 6 was lost
    (HEADING_ON_BORDER, "blind2/blind2-khabarovsk-glava-front-extra.pdf"),
    # lines of bold narrow capitals in the header read as short rulings inside their cells, which split
    # the header cells, so OCR read «Получатели выгод» as «Гу Щи выгод» and columns went unmatched
    (BOLD_NARROW_HEADER, "blind2/blind2-lnr-arabic-narrow-headings.pdf"),
    # the stem of «ф» spans a one-line row from ruling to ruling, a short border's shape (blind28's Tyumen scan,
    # section 3.2's table of tasks): a third column cut «информированности» and the table was no list (tasks 0)
    (LETTER_STEM_IN_ROW, "blind28/blind28-tyumen-glava-lesnogo-plana-headings-forest-plan-s3-tasks-table-term-over-"
                         "financing-cells.pdf"),
], ids=["heading-letter-on-a-column-border", "bold-narrow-header-text", "letter-stem-spanning-a-one-line-row"])
def test_letters_touching_or_crowding_rulings_are_no_rulings(scan, source):
    with pymupdf.open(scan) as doc:
        image, _ = upright(render(doc[0], 300), 300)
        layout = PageLayout(1, doc[0].rect.width, doc[0].rect.height, [], find_rules(image, 300))
    with pymupdf.open(FIXTURES / "variants" / source) as doc:
        text = read_page_content(read_page(doc, _source_page(scan) - 1))
    got = read_page_content(layout).grids
    assert [_shape(g) for g in got] == [_shape(g) for g in text.grids]
    drawn = [y for g in text.grids for y in g.ys]

    def on_a_drawn_row_border(y: float) -> bool:
        return min(abs(y - d) for d in drawn) <= 3

    # rulings are painted white before OCR: one that is not drawn wipes a strip of letters
    assert all(on_a_drawn_row_border(r.y0) and on_a_drawn_row_border(r.y1) for r in layout.rules
               if text.grids[0].y0 - 3 <= r.y0 <= text.grids[-1].y1 + 3)


def test_tesseract_is_given_the_ink_around_the_tables_not_the_white(monkeypatch):
    """Tesseract's time grows with the pixels it reads, ink or not (a page number alone on a page whose
    table was painted white took 2.1 s): the text around the tables goes to it cut to its inked
    stretches, and is read as on the text page."""
    import ingest.readers.ocr as ocr
    given = []
    read = ocr.tesseract_words

    def recording(grey, lang, dpi, psm=3):
        given.append((psm, grey.size))
        return read(grey, lang, dpi, psm)

    monkeypatch.setattr(ocr, "tesseract_words", recording)
    layout, content = _content(YEAR_CELLS)
    page_pixels = (layout.width * 300 / 72) * (layout.height * 300 / 72)
    assert 0 < sum(size for psm, size in given if psm == 3) < 0.1 * page_pixels
    text = _text_content(_source_page(YEAR_CELLS))
    heading = max(text.lines, key=lambda line: len(line.text))
    assert max(ratio(_soft(line.text), _soft(heading.text)) for line in content.lines) >= 95


def test_lines_of_text_are_not_taken_for_rulings():
    with pymupdf.open(MIXED) as doc:  # the scanned title and approval pages: text only
        for page in doc.pages(0, 2):
            image, _ = upright(render(page, 300), 300)
            assert not read_page_content(PageLayout(1, page.rect.width, page.rect.height, [],
                                                    find_rules(image, 300))).grids


def _cell_similarity(content: PageContent, text: PageContent) -> list[float]:
    assert len(content.grids) == len(text.grids)
    scores = []
    for got, want in zip(content.grids, text.grids):
        cells = {(c.row0, c.col0): c for c in got.cells}
        for cell in want.cells:
            if _soft(cell.text):
                scores.append(ratio(_soft(cells[cell.row0, cell.col0].text), _soft(cell.text)) / 100)
    return scores


def test_ocr_of_a_300_dpi_scan_reads_the_table_cells(scan300):
    layout, content = scan300
    scores = _cell_similarity(content, _text_content(_source_page(SCAN300)))
    assert all(w.conf is not None for w in layout.words)
    assert sum(scores) / len(scores) >= 0.95
    assert sum(score >= 0.9 for score in scores) / len(scores) >= 0.95


def test_narrow_cells_are_read_whole_and_cyrillic_words_in_cyrillic():
    """Whole-page OCR dropped second lines of narrow cells ("До 2030 / года") and read the header "СЦТ"
    as Latin "CUT" (English beside Russian); cells are now read one by one, Latin words again in Russian."""
    _, content = _content(NARROW_CELLS)
    scores = _cell_similarity(content, _text_content(_source_page(NARROW_CELLS)))
    assert min(scores) >= 0.9


def test_header_text_printed_bottom_to_top_is_read_turned_in_its_order():
    """blind7's LNR scan: year headers printed upwards in narrow columns read as noise upright, so section 7
    had no year column (indicators 0.694). Tall cells are read turned too, and the surer reading kept;
    the cells printed across are read as before."""
    _, content = _content(SCANS / "year-headers-printed-bottom-to-top.scan300.p46.pdf")
    texts = {" ".join(c.text.split()) for grid in content.grids for c in grid.cells}
    assert {"2022 год (прогноз)", "2023 год (прогноз)", "2024 год (прогноз)", "Базовое значение показателя"} <= texts
    assert "Ответственный исполнительный орган Республики" in texts


def test_ocr_of_a_noisy_150_dpi_scan_reads_the_table_cells():
    """Read as a user would (the default 300 dpi): the 150-dpi image is scaled up before Tesseract."""
    with pymupdf.open(SCAN150) as doc:
        assert render(doc[0], 300).shape[1] == pytest.approx(doc[0].rect.width * 300 / 72, abs=2)
    layout, content = _content(SCAN150)
    scores = _cell_similarity(content, _text_content(_source_page(SCAN150)))
    assert sum(scores) / len(scores) >= 0.9


def test_a_portal_ocr_layer_keeps_its_words_around_tables_and_gets_rulings_from_the_image():
    """The file's own words are kept outside the tables; the cells, where whole-page OCR drops words,
    are read from the image (their words carry Tesseract's confidence, the file's have none)."""
    with pymupdf.open(OCR_LAYER) as doc:
        own_words = sorted(w[4] for w in doc[0].get_text("words"))
        assert not doc[0].get_drawings()
    layout, content = _content(OCR_LAYER)
    text = _text_content(_source_page(OCR_LAYER))
    assert layout.ocr and [_shape(g) for g in content.grids] == [_shape(g) for g in text.grids]
    (grid,) = content.grids
    inside = [w for w in layout.words if grid.x0 <= w.xc <= grid.x1 and grid.y0 <= w.yc <= grid.y1]
    outside = [w for w in layout.words if w not in inside]
    assert inside and all(w.conf is not None for w in inside)
    assert outside and all(w.conf is None for w in outside)
    assert set(w.text for w in outside) <= set(filter(None, map(cleaned, own_words)))
    assert min(_cell_similarity(content, text)) >= 0.9


def test_a_mixed_pdf_yields_the_approving_act_of_its_scanned_title_page():
    gold = json.loads(MIXED.with_suffix(".gold.json").read_text("utf-8"))
    act = " ".join(gold["front"]["approved"])
    day, year = re.search(r"от (\d{1,2}) \w+ (\d{4})", act).groups()
    parsed, pages = parse_document(MIXED, "x")
    assert parsed.ocr_pages == [1, 2]
    assert parsed.approval_number == re.search(r"№ (\S+)", act).group(1)
    assert parsed.approved_on.startswith(year) and parsed.approved_on.endswith(f"-{int(day):02d}")
    assert not [p for p in parsed.problems if p.code == "empty_page"]


def test_ocr_never_leaves_a_scan_unread_and_says_so():
    layouts = read_scanned(MIXED, list(read_pages(MIXED)), OcrOptions(mode="never"))
    assert [p.page for p in empty_page_problems(layouts)] == [1, 2]


def test_a_blank_scanned_page_is_a_warning_with_its_number(tmp_path):
    blank = Image.new("L", (1240, 1754), 255)
    data = io.BytesIO()
    blank.save(data, "JPEG")
    pdf = tmp_path / "blank-scan.pdf"
    with pymupdf.open() as doc:
        page = doc.new_page(width=595, height=842)
        page.insert_image(page.rect, stream=data.getvalue())
        doc.save(pdf)
    layouts = read_scanned(pdf, list(read_pages(pdf)), OcrOptions(dpi=150))
    assert layouts[0].ocr
    assert empty_page_problems(layouts) == [Problem("empty_page", "no text on this page (OCR found none)", 1)]


def _word(text: str, x: float, y: float, conf: float | None) -> Word:
    return Word(text, x, y, x + 20, y + 10, x + 10, y + 5, conf)


def test_rows_from_ocr_pages_are_flagged_with_their_words_mean_confidence():
    words = (_word("a", 100, 100, 80.0), _word("b", 130, 100, 90.0), _word("c", 100, 300, 10.0))
    cell = Cell(0, 1, 0, 1, 90, 90, 200, 120, [Line("a b", 100, 100, 150, 110, words[:2])])
    page = PageContent(3, 595, 842, [Line("c", 100, 300, 120, 310, words[2:])], [Grid(3, [90, 200], [90, 120], [cell])])
    row = dict(doc_id="x", industry_no=1, industry="И", row_no=1, name="n", unit="%", project="p",
               indicator_id="i", project_id=None, responsible_body="r")
    on_ocr = t.Indicator(**row, page=3, x0=90, y0=90, x1=200, y1=120)
    on_text = t.Indicator(**row, page=4, x0=90, y0=90, x1=200, y1=120)
    parsed = ParsedDocument(indicators=[on_ocr, on_text])
    flag_ocr_rows(parsed, [page], [3])
    assert parsed.ocr_pages == [3]
    assert (parsed.indicators[0].ocr, parsed.indicators[0].ocr_confidence) == (True, 85.0)
    assert (parsed.indicators[1].ocr, parsed.indicators[1].ocr_confidence) == (False, None)


def test_cli_rejects_an_unknown_ocr_mode_and_passes_the_options_down(tmp_path):
    from typer.testing import CliRunner

    from cli import app

    runner = CliRunner()
    bad = runner.invoke(app, ["ingest", str(MIXED), "--db", str(tmp_path / "x.duckdb"), "--ocr", "maybe"])
    assert bad.exit_code == 2 and "'maybe' is not one of" in bad.output
    never = runner.invoke(app, ["ingest", str(MIXED), "--db", str(tmp_path / "n.duckdb"), "--ocr", "never"])
    assert never.exit_code == 1 and "partial" in never.output and "empty_page" in never.output


def test_a_page_number_the_ocr_layer_misread_does_not_part_a_table_cut_by_the_page_break(monkeypatch):
    """A portal's layer read page 7's number as "я" (MISREAD_PAGE_NUMBER): it stands where the other pages
    print their numbers, so it is furniture, and the card cut by the page breaks stays one table, as in the
    text PDF. Tesseract is hidden, so the file's own words are kept whole and no page is OCR'd here."""
    with pymupdf.open(MISREAD_PAGE_NUMBER) as doc:
        tops = [min(doc[k].get_text("words"), key=lambda w: w[1])[4] for k in range(doc.page_count)]
    assert [t for t in tops if not t.isdigit()] == ["я"]
    monkeypatch.setattr("ingest.readers.ocr.shutil.which", lambda _: None)
    scanned = read_scanned(MISREAD_PAGE_NUMBER, list(read_pages(MISREAD_PAGE_NUMBER)), OcrOptions())
    with pymupdf.open(TYUMEN) as doc:
        text = [read_page(doc, k) for k in range(4, 8)]

    def tables(layouts: list[PageLayout]) -> list[list[int]]:
        stream = build_stream([read_page_content(layout) for layout in layouts])
        return [[f.page - layouts[0].number for f in b.fragments] for b in stream if isinstance(b, Table)]

    assert all(layout.ocr for layout in scanned)
    assert tables(scanned) == tables(text) == [[0, 1, 2, 3]]


def test_list_numbers_the_ocr_layer_misread_are_read_again():
    """The number before each list item is what the born-digital samples print there, though the file's own
    layer misread three of the four; the rest of the layer's words are kept."""
    items = ["Отклонение сроков", "Не исполнение", "Нехватка компетенций", "Финансовое обеспечение территориальных"]

    def openings(lines: list[str]) -> dict[str, set[str]]:
        return {item: {text[:text.index(item)].strip() for text in lines if item in text} for item in items}

    printed = openings([ln.text for sample in SAMPLES for page in map(read_page_content, read_pages(sample))
                        for ln in page.lines])
    with pymupdf.open(MISREAD_LIST_NUMBERS) as doc:
        own = [w[4] for page in doc for w in page.get_text("words")]
    layouts = read_scanned(MISREAD_LIST_NUMBERS, list(read_pages(MISREAD_LIST_NUMBERS)), OcrOptions())
    read = openings([ln.text for layout in layouts for ln in read_page_content(layout).lines])
    assert read == printed and all(len(numbers) == 1 for numbers in printed.values())
    assert sum(w.text in own for layout in layouts for w in layout.words) >= len(own) - len(items)


def test_a_dash_bullet_read_unsure_at_a_line_start_is_kept():
    """blind4's Khabarovsk scan: Tesseract read two challenges' opening "—" with confidence 29, and lone
    dashes that unsure were dropped as noise of justified gaps, so each item ran on from the one before."""
    band = np.asarray(Image.open(SCANS / "dash-bullets-read-unsure.png").convert("L"))
    lines = {}
    for w in tesseract_words(band, "rus+eng", 300):
        lines.setdefault(round(w.yc), []).append(w)
    openings = [min(ws, key=lambda w: w.x0).text for ws in lines.values() if min(w.x0 for w in ws) > 90]
    assert openings == ["—", "—"]


def test_a_contents_lines_dot_leader_read_as_letters_is_dots_again():
    """blind27's Khabarovsk scan: Tesseract read the dots of contents lines as «еее aosdvesbnnessanersatasiadasares»
    or «ииинииннинни», at confidence 0 and a fifth of the line's height, so those lines showed no leader and
    were taken for the sections' headings (sections 0.25, the document 0.60). A "word" under a third of its
    line's height read that unsure is a leader's dots."""
    band = np.asarray(Image.open(SCANS / "contents-dot-leaders-read-as-letters.png").convert("L"))
    lines = group_lines(tesseract_words(band, "rus+eng", 300))
    health = next(line.text for line in lines if "Здравоохранение" in line.text)
    assert DOT_LEADER.search(health) and health.split()[-1] == "11"


def _line(texts: list[str], y: float) -> list[Word]:
    words, x = [], 107.0
    for text in texts:
        words.append(Word(text, x, y, x + 6 * len(text), y + 12, x + 3 * len(text), y + 6, 90.0))
        x += 6 * len(text) + 4
    return words


def test_a_bullet_read_as_a_symbol_opens_its_line_as_a_bullet():
    """blind4's Khabarovsk scan read "•" as "¢" (confidence 45), so the technology list was lost."""
    words = _line(["¢", "Большие", "данные."], 473) + _line(["Цена", "¢", "5"], 500) + _line(["©"], 530)
    assert [x.text for x in _line_openings_restored(words)] == ["•", "Большие", "данные.", "Цена", "¢", "5", "©"]
    # blind4's Stavropol scan read every "•" of a page's risks as "." (confidence 46-89): a point opens no
    # line of text; before a word in lower case it may end a line cut there, and stays
    words = (_line([".", "Нежелание", "использовать"], 59) + _line([".", "и", "далее"], 90) + _line(["‚", "Не"], 120)
             + _line([".", "«ПАСПОРТ", "СТРАТЕГИИ»"], 150)  # blind2: what OCR left of a heading's «II.»
             + _line([".", "ВВЕДЕНИЕ"], 180))  # blind3x: «I. ВВЕДЕНИЕ», list items are not set in capitals
    assert [x.text for x in _line_openings_restored(words)] == ["•", "Нежелание", "использовать", ".", "и", "далее",
                                                                "•", "Не", ".", "«ПАСПОРТ", "СТРАТЕГИИ»", ".",
                                                                "ВВЕДЕНИЕ"]
    # blind3x: a dash read "_" (confidence 77), a bullet read "»"
    words = _line(["_", "В", "регионе"], 100) + _line(["»", "Облачные", "технологии."], 130)
    assert [x.text for x in _line_openings_restored(words)] == ["•", "В", "регионе", "•", "Облачные", "технологии."]


def test_a_bullet_read_as_an_asterisk_before_an_item_in_lower_case_among_other_items():
    """blind32's Stavropol 300-dpi scan read the «•» of «• облачные технологии … будут использоваться …;» as «*»:
    items in lower case were no items, and the second list of technologies was lost (technologies 0.62). Among
    lines opening alike at one x, a bullet's misreading before a word in lower case is the bullet; a lone «*» before
    one is a note's, and a point stays a point."""
    words = (_line(["*", "облачные", "технологии"], 100) + _line(["•", "«цифровой", "двойник»"], 130)
             + _line(["*", "промышленный", "интернет"], 160))
    assert [w.text for w in _line_openings_restored(words)][::3] == ["•", "•", "•"]
    lone = _line(["*", "только", "для", "собственников"], 100)
    assert [w.text for w in _line_openings_restored(lone)][0] == "*"
    points = _line([".", "и", "далее"], 100) + _line([".", "в", "том"], 130)
    assert [w.text for w in _line_openings_restored(points)][::3] == [".", "."]


def test_a_square_bullet_read_as_a_quote_mark_opens_its_line_among_other_items():
    """blind17's Khabarovsk 300-dpi scan read its «▪» bullets as «"», «=» and ««» (pages 3-16), so its legal
    bases, technologies, problems and risks ran on as one paragraph each (four lists 0). Among lines that open
    alike at one x they are bullets; one quote mark opening a line alone is a quote."""
    words = (_line(['"', "Указ", "Президента"], 100) + _line(["=", "Федеральный", "закон"], 130)
             + _line(["«", "Градостроительный", "кодекс"], 160))
    assert [w.text for w in _line_openings_restored(words)][::3] == ["•", "•", "•"]
    lone = _line(["«", "Цифровая", "экономика»"], 100) + [
        w._replace(x0=w.x0 + 40, x1=w.x1 + 40) for w in _line(["=", "Итого"], 130)]
    assert [w.text for w in _line_openings_restored(lone)] == ["«", "Цифровая", "экономика»", "=", "Итого"]


def test_an_unsure_token_where_the_other_items_have_their_dash_is_that_dash():
    """blind4's LNR scan read one problem's "—" as "oe" at confidence 25, so the problem ran on from the one
    before. A sure word, a known short word ("В") or a token elsewhere stays."""
    def unsure(words: list[Word], conf: float = 25.0) -> list[Word]:
        return [words[0]._replace(conf=conf), *words[1:]]
    words = (_line(["—", "Отсутствие", "сетей"], 100) + unsure(_line(["oe", "Отсутствие", "сервисов"], 130))
             + unsure(_line(["В", "рамках"], 160)) + unsure(_line(["oe", "Нагрузка"], 190), 90.0)
             + [w._replace(conf=None) for w in _line(["оо", "Недостаточно"], 220)])  # a portal's layer
    texts = [w.text for w in _line_openings_restored(words)]
    assert [texts[k] for k in (0, 3, 6, 8, 10)] == ["—", "—", "В", "oe", "—"]


def test_a_letter_where_restored_bullets_stand_is_a_bullet_too():
    """blind4's Stavropol OCR-layer PDF: a page's bullets read ".", "®" and "ы" (a letter's name, so a known
    word); the first two are restored, and "ы" at their x is a bullet as well, where a one-letter word that can
    open a line («в Москве» going on) stays."""
    layer = lambda words: [w._replace(conf=None) for w in words]  # noqa: E731 (a portal's layer: no confidence)
    words = layer(_line([".", "Несоответствие", "кадров"], 100) + _line(["ы", "Недостаточно", "высокий"], 130)
                  + _line(["®", "Незаинтересованность"], 160) + _line(["в", "Москве"], 190))
    assert [w.text for w in _line_openings_restored(words)] == [
        "•", "Несоответствие", "кадров", "•", "Недостаточно", "высокий", "•", "Незаинтересованность", "в", "Москве"]


@pytest.mark.parametrize("printed, read, restored", [
    ("III. Стратегическая цель", "ГП. Стратегическая цель", "III. Стратегическая цель"),
    ("IV. Анализ текущей ситуации", "ГУ. Анализ текущей ситуации", "IV. Анализ текущей ситуации"),
    ("VI. Характеристика проектов", "УТ. Характеристика проектов", "VI. Характеристика проектов"),
    ("VIII. Условия и ресурсы", "УШ. Условия и ресурсы", "VIII. Условия и ресурсы"),
    ("VIII. Условия и ресурсы", "Уш. Условия и ресурсы", "VIII. Условия и ресурсы"),  # a portal's layer
    ("III. Стратегическая цель", "ТИ. Стратегическая цель", "III. Стратегическая цель"),
    ("Раздел III. ЦЕЛЕВЫЕ УСТАНОВКИ", "Раздел Ш ЦЕЛЕВЫЕ УСТАНОВКИ", "Раздел III ЦЕЛЕВЫЕ УСТАНОВКИ"),
    ("II. «ПАСПОРТ»", "П. «ПАСПОРТ»", "II. «ПАСПОРТ»"),
    ("Раздел II", "Раздел П", "Раздел II"),  # blind27's Khabarovsk scan: the title on the next line
    ("Раздел VIII", "Раздел УШ", "Раздел VIII"),
    # not a section number: a list number, a roman number read right, an abbreviation before lower case,
    # letters that spell no number up to VIII
    ("11. Обеспечение", "11. Обеспечение", "11. Обеспечение"),
    ("V. Проекты", "V. Проекты", "V. Проекты"),
    ("Т. е. так", "Т. е. так", "Т. е. так"),
    ("ПП. Итоги", "ПП. Итоги", "ПП. Итоги"),
    ("Ш Итоги", "Ш Итоги", "Ш Итоги"),
    ("П", "П", "П"),  # alone on its line, after no «Раздел»
])
def test_a_roman_section_number_read_in_cyrillic_look_alikes_is_roman_again(printed, read, restored):
    """blind4's Stavropol 300-dpi scan: the Russian model read the headings' roman numbers in Cyrillic
    letters ("III." as "ГП.", "VIII." as "УШ."), and sections 2, 5 and 8 were lost."""
    words = _line(read.split(), 100)
    assert " ".join(w.text for w in _line_openings_restored(words)) == restored


def _links(numbers: list[tuple[int, int | None, bool]]) -> list[t.TaskProjectLink]:
    return [t.TaskProjectLink(doc_id="d", industry_no=industry, industry=None, row_no=number, page=1, ocr=ocr,
                              task="Задача", project=f"Проект {k}", beneficiary="", benefits="")
            for k, (industry, number, ocr) in enumerate(numbers)]


def test_misread_row_numbers_of_ocr_rows_are_repaired_from_their_sequence():
    """blind4's Stavropol scan read «1.1» as «0.1», «3.3» as «33», «7.1» as nothing: the scorer, like an
    analyst, tells an industry's rows apart by number, and every row of that industry paired off wrong."""
    from ingest.readers.ocr import _row_numbers_repaired
    hierarchical = _links([(1, 0, True), (1, 1, True), (1, 1, True), (3, 3, True), (3, 33, True), (3, 3, True),
                           (7, None, True)])
    # a lone row of industry 7 has no sequence to go by
    assert [r.row_no for r in _row_numbers_repaired(hierarchical)] == [1, 1, 1, 3, 3, 3, None]
    running = _links([(1, 1, True), (1, 7, True), (1, 3, True), (1, 4, False), (1, 9, False), (1, 6, False)])
    # a row read from a text layer keeps what it prints
    assert [r.row_no for r in _row_numbers_repaired(running)] == [1, 2, 3, 4, 9, 6]


def test_an_industry_ocr_misread_takes_the_documents_spelling_and_a_printed_one_stays():
    """blind3x's Хабаровский scan: «Калоовое обеспечение» in section 7's rows only stood as an industry of its
    own. OCR'd rows take the spelling the document prints more often; a text layer's typo is what it printed."""
    from ingest.enrich import enrich
    row = dict(doc_id="x", industry_no=1, row_no=1, name="n", unit="%", project="p", project_id=None,
               responsible_body="r", page=3)
    right, misread = "Кадровое обеспечение цифровой экономики", "Калоовое обеспечение цифровой экономики"
    indicators = [t.Indicator(**row, industry=right, indicator_id=f"a{k}") for k in range(3)] + [
        t.Indicator(**row, industry=misread, indicator_id="o", ocr=True),
        t.Indicator(**row, industry=misread, indicator_id="t", ocr=False)]
    enriched = enrich(ParsedDocument(title="Стратегия Хабаровского края", indicators=indicators), [])
    assert [i.industry for i in enriched.parsed.indicators[3:]] == [right, misread]
    codes = {i.industry_code for i in enriched.parsed.indicators}
    assert len(codes) == 1 and None not in codes, "one industry, the typo within reach of its name"


def test_a_lone_point_before_a_heading_is_no_bullet_without_sibling_items():
    """blind5's Stavropol scan: «I. Общие сведения о документе» read ". Общие …" and was made a bullet item, so
    the section was lost; a point is a bullet only where other lines of the page open with bullets at its x."""
    lone = _line([".", "Общие", "сведения", "о", "документе"], 100) + [
        w._replace(x0=w.x0 + 40, x1=w.x1 + 40) for w in _line([".", "Текст", "дальше"], 130)]
    assert [w.text for w in _line_openings_restored(lone)][0] == "."
    listed = _line([".", "Нежелание"], 100) + _line([".", "Недостижение"], 130)
    assert [w.text for w in _line_openings_restored(listed)] == ["•", "Нежелание", "•", "Недостижение"]


LINE_NUMBERS = SCANS / "line-numbers-read-in-pieces.scan300.p5.pdf"
"""blind19's Хабаровский, a draft whose every line is numbered in the margin (Word's line numbering), page 5."""


def test_a_column_of_margin_figures_is_read_once():
    """Tesseract made tall «words» of the margin's column of line numbers («швохозочьврЬььъ-ь» over lines 1-12),
    several overlapping; each, doubted and read again, gave the same figures at the same places, so a number
    stood up to four times over in the words. Each word is now read once."""
    (layout,) = read_scanned(LINE_NUMBERS, list(read_pages(LINE_NUMBERS)), OcrOptions(mode="always"))
    boxes = [(w.text, round(w.x0), round(w.y0), round(w.x1), round(w.y1)) for w in layout.words]
    assert len(boxes) == len(set(boxes))
    assert [w.text for w in layout.words if w.x0 < 80 and 190 < w.y0 < 200] == ["9"], "line 9's number, once"


def test_a_speck_read_as_a_letter_between_list_items_keeps_the_list_whole():
    """blind28's Stavropol scan: Tesseract read a speck between two items of section 4.2 as «Z». The line opened a
    list of its own, the industry showed four lead-ins for three kinds, and its problems and challenges were not
    stored (list_unclassified; challenges 0.41). The blind28 DOCX with that «Z» paragraph reads as without it."""
    from collections import Counter

    from ingest.pipeline import parse_document
    with_speck = parse_document(FIXTURES / "docx" / "ocr-artefacts" / "ocr-speck-between-list-items.docx", "doc")[0]
    source = next((FIXTURES / "variants" / "blind28").glob("blind28-stavropol-*.docx"))
    without = parse_document(source, "doc")[0]
    assert Counter((i.section, i.kind) for i in with_speck.list_items) == \
        Counter((i.section, i.kind) for i in without.list_items)
    assert not [p for p in with_speck.problems if p.code == "list_unclassified"]


def test_a_scanned_header_whose_lines_are_spaced_unevenly_is_no_body_printed_in_one_row():
    """blind28's LNR scan, section 6's first page: OCR set the header cells' lines unevenly apart, and their second
    lines started together as rows of a body printed without rules do. The header was taken for such a body, so
    every later page's header was cut into rows too («Отрасль, в» / «которой оказывается поддержка» joined the
    industries; projects 0.61). A ruled first row over more ruled rows is the header."""
    from parsers.textgrid import _unruled_body
    _, content = _content(SCANS / "header-lines-spaced-unevenly.scan300.p27.pdf")
    (grid,) = content.grids
    assert len(grid.ys) > 3 and _unruled_body(grid) is None


def test_an_unmarked_line_between_two_items_of_a_list_section_is_an_item_whose_marker_was_lost():
    """blind32 Tyumen's 300-dpi scan: OCR read «• Большие данные», «Искусственный интеллект», «• Беспроводная связь»,
    the middle bullet lost, and the middle technology was dropped (technologies 0.40). The fixture is the variant's
    DOCX with that one bullet removed, as OCR read it. In a list section, a paragraph between two items that announces
    nothing (no colon) is an item."""
    doc = parse_document(FIXTURES / "docx" / "ocr-artefacts" / "ocr-lost-bullet-between-technologies.docx", "doc")[0]
    assert [item.text for item in doc.list_items if item.kind == "technology"] == [
        "Большие данные", "Искусственный интеллект", "Беспроводная связь"]
