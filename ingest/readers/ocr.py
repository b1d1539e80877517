"""Pages without a usable text layer -> the same page layout, read by Tesseract from the page image.

Which pages: in `auto` mode a page with no words, or whose words fail a quality
check (few dictionary words, or Latin letters standing in for Cyrillic), is
OCR'd; a page whose text is an invisible layer over one page-sized image (a
portal's own OCR) keeps its words, but its rulings, which such a file does not
have as vector drawings, are found in the image. A born-digital page passes
the check and is never rendered, so the text path's speed does not change.

How: the page is rendered in grey at OcrOptions.dpi, its skew (within +-3
degrees) measured and undone, then Tesseract's command line reads it (TSV:
words, boxes, confidences) and ingest.readers.image_rules finds the table rulings in
the same upright image, so words and rulings share one frame. Tesseract runs
as a process per page, several at once (OcrOptions.jobs): OCR is seconds per
page and the page images are independent. The command line was measured
against PyMuPDF's own Tesseract binding (Page.get_textpage_ocr) on the same
300-dpi scans: 2.0-3.1 s against 3.2-5.5 s a page, word accuracy 0.95-0.99
against 0.71-0.95, and only the command line reports word confidences
(README, "Scans").
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from bisect import bisect_right
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

import numpy as np
import pymupdf
from PIL import Image

from schemas.problems import IngestFailure, Problem
from ingest.readers.image_rules import DARK, erased, find_rules, skew_angle
from ingest.readers.pdf import open_pdf
from schemas.layout import PageContent, PageLayout, Rule, Word
from normalize.catalogue import load_catalogue_records
from normalize.morphology import is_known, part_of_speech
from parsers.grid import group_lines, read_page_content
from parsers.text import LIST_MARKER
from parsers.records import ParsedDocument
from parsers.sections import HEADING_WORDS, ROMAN
from parsers.template import load_template
from schemas import tables as t

OcrMode = Literal["auto", "always", "never"]
OCR_MODES = ("auto", "always", "never")
MIN_KNOWN_SHARE = 0.5
"""A text layer whose longer Cyrillic words are less than half dictionary words is OCR garbage
(a born-digital page scores 0.8-1.0; table pages with words cut by hyphens lowest)."""
MAX_MIXED_SHARE = 0.05
"""More than this share of words mixing Latin and Cyrillic letters: a text layer of look-alike letters."""
CHECKED_WORDS = 200  # words per page the quality check looks at (enough to decide, cheap on long pages)
MIN_CHECK_LENGTH = 4  # shorter words are often abbreviations
MIN_WORDS_TO_JUDGE = 8  # a page with fewer words (a title page, a page number) is judged by script only
MIN_WORDLIKE_SHARE = 0.3
"""Less than this share of a page's words with two letters or more: a text layer of symbols, as a font
without a Unicode map gives ("#", "3((", ".+"), not of words."""
MIN_CYRILLIC_SHARE = 0.1
"""Less than this share of a page's words with Cyrillic letters: not the Russian of a strategy, but a text
layer in the wrong script."""
PAGE_IMAGE_SHARE = 0.8  # an image covering this much of the page makes it a scan
UPSCALE_BELOW = 0.9  # a scan of less than this share of the render resolution is scaled up from its own
INVISIBLE = 3  # PDF text render mode: neither filled nor stroked (an OCR layer over an image)
TESSERACT_TIMEOUT = 120  # seconds for one page
CELL_INSET = 1.5  # points inside a cell's rulings where its image is cut out
CELL_GAP = 6.0  # points of white between cells stacked for a second reading
MAX_CANVAS = 30000  # pixels: the tallest image of stacked cells read at once (Tesseract's limit is 32767)
MIN_CELL_INK = 3.0  # square points of ink: less is a speck, not a character
INK_PAD = 1.5  # points of white kept around the ink of a crop read by Tesseract
BAND_GAP = 18.0
"""Points of white across the page that part two stretches of text read apart (more than a paragraph's
spacing: where a table was painted out)."""
POINTS = set(".,‚")
SQUARE_BULLET_MISREADS = set('"“„«=')  # what it reads a small square bullet «▪» as: a quote mark, an equals sign
AMONG_ITEMS_ONLY = POINTS | SQUARE_BULLET_MISREADS
"""Misreadings that also stand for themselves at a line's start (what is left of a heading's «I.», a quote
opening a line): a bullet only where other lines of the page open with bullets at the same x."""
BULLET_MISREADS = set("¢©®°■♦◦∙*·»_") | AMONG_ITEMS_ONLY  # what Tesseract reads a bullet "•" (or a dash, "_") as, alone at a line start
LIST_BULLETS = ("—", "–", "-", "•")
ONE_LETTER_WORDS = {"PREP", "CONJ", "PRCL", "NPRO", "INTJ"}  # parts of speech a one-letter word of running text has
MISREAD_BULLET_CHARS = 2
BULLET_ALIGN = 2.0  # points: bullets of one list stand at one x
ROMAN_LOOKALIKES = {"Г": "I", "Т": "I", "І": "I", "l": "I", "I": "I", "П": "II", "п": "II", "И": "II", "Ш": "III",
                    "ш": "III", "У": "V", "V": "V"}
"""Cyrillic letters (and Latin ones) Tesseract's Russian model reads roman digits as, and the digits."""
_LATIN_ROMAN = re.compile(r"[IVX]+")
TURNED_CELL = 2.5  # a cell's ink this many times taller than wide may be text printed upwards
REREAD_BELOW = 60.0  # a word read with less confidence (0-100) is read again on its own
MARKER_CONFIDENCE = 80.0
"""Least confidence (0-100) of a list number read again at a line's start to replace the file's own
word there (on the samples' OCR-layer PDFs the misread numbers read back at 94-97)."""
WORD_PAD = 0.5  # points of the page kept around a doubted word cut out for a second reading
LATIN_TO_CYRILLIC = str.maketrans("AaBCcEeHKMOoPpTXxyk", "АаВСсЕеНКМОоРрТХхук")
CYRILLIC_TO_LATIN = str.maketrans("АаВСсЕеНКМОоРрТХху", "AaBCcEeHKMOoPpTXxy")
RULING_GLYPHS = "|¦"
"""What Tesseract makes of a ruling left beside a word (a word of these alone is dropped)."""
DASHES = "—–-_"
MIN_DASH_CONFIDENCE = 50.0
"""A lone dash read with less confidence is noise in a wide justified gap, not a dash; opening a line it is
a list's bullet, which Tesseract reads as unsure as the word after it (blind4's Khabarovsk scan lost two
challenges so)."""
LEADER_HEIGHT = 1 / 3  # of its line's height: a "word" this low is a run of dots read as letters
LEADER_CONFIDENCE = 30.0  # ... when Tesseract is this unsure of it («иииининнии» at 0 for a contents line's dots)
LEADER = "...."
PUNCTUATION = ".,;:()«»\"'!?"
LATIN, CYRILLIC = "A-Za-z", "А-Яа-яЁё"  # the letters of the two scripts, for character classes
_LATIN = re.compile(f"[{LATIN}]")
_CYRILLIC = re.compile(f"[{CYRILLIC}]")
_CYRILLIC_WORD = re.compile(f"^[{CYRILLIC}]+$")
_CYRILLIC_RUN = re.compile(f"[{CYRILLIC}]+")
_LATIN_WORD = re.compile(r"^[A-Za-z]+(-[A-Za-z]*)?$")
_CYRILLIC_TEXT = re.compile(r"^[-(«\"]*[А-Яа-яЁё]+(-[А-Яа-яЁё]*)?[-.,;:)»\"]*$")


@dataclass(frozen=True)
class OcrOptions:
    """How pages without a usable text layer are read (`regstrat ingest --ocr --ocr-lang`)."""

    mode: OcrMode = "auto"
    lang: str = "rus+eng"
    dpi: int = 300
    jobs: int = 1  # Tesseract processes at once


def repair_homoglyphs(word: str) -> str:
    """A word mixing the alphabets is one alphabet misread: 'Рoссия' (Latin o) -> 'Россия'.

    The letters of the minority alphabet that look alike are turned into the
    majority's; a word in one alphabet is left as it is ('IT-решения' keeps its IT).
    """
    latin, cyrillic = len(_LATIN.findall(word)), len(_CYRILLIC.findall(word))
    if not latin or not cyrillic:
        return word
    parts = re.split(r"(-)", word)  # each part of a compound is one alphabet or another
    out = []
    for part in parts:
        lat, cyr = len(_LATIN.findall(part)), len(_CYRILLIC.findall(part))
        if lat and cyr:
            part = part.translate(LATIN_TO_CYRILLIC if cyr >= lat else CYRILLIC_TO_LATIN)
        out.append(part)
    return "".join(out)


def restore_short_i(word: str) -> str:
    """'Новыи' -> 'Новый': OCR loses the breve of й; restored where only that makes a word."""
    core = word.strip(PUNCTUATION)
    if "и" not in core.lower() or not core.isalpha() or is_known(core.lower()):
        return word
    for k, letter in enumerate(core):
        if letter in "иИ":
            candidate = core[:k] + ("й" if letter == "и" else "Й") + core[k + 1:]
            if is_known(candidate.lower()):
                return word.replace(core, candidate)
    return word


def cleaned(word: str) -> str:
    """An OCR'd word as it was printed, as far as it can be told: ruling glyphs off its ends,
    one alphabet, the breve of й back; '' when nothing of it is text."""
    return restore_short_i(repair_homoglyphs(word.strip().strip(RULING_GLYPHS)))


def _page_texts(words: list[Word]) -> tuple[list[str], list[str]]:
    """The page's first words as the checks judge them (no punctuation around), and those with letters."""
    texts = [w.text.strip(PUNCTUATION) for w in words[:CHECKED_WORDS]]
    return texts, [t for t in texts if _LATIN.search(t) or _CYRILLIC.search(t)]


# counted over a page's words joined one to a line: four scans in C instead of a Python call per word
_HAS_LETTER = re.compile(f"^(?=[^\\n]*[{LATIN}{CYRILLIC}])", re.M)
_HAS_TWO_LETTERS = re.compile(f"^(?=[^\\n]*?[{LATIN}{CYRILLIC}][^\\n]*?[{LATIN}{CYRILLIC}])", re.M)
_HAS_CYRILLIC = re.compile(f"^(?=[^\\n]*[{CYRILLIC}])", re.M)
_HAS_BOTH = re.compile(f"^(?=[^\\n]*[{LATIN}])(?=[^\\n]*[{CYRILLIC}])", re.M)


def script_problem(words: list[Word]) -> str | None:
    """Why a page's words are not Russian text by their characters alone, or None: symbols instead of
    words, no Cyrillic, or words mixing Latin and Cyrillic letters (look-alike glyphs).

    Cheap (no dictionary), so it also checks pages with rulings, which are otherwise trusted as born
    digital: a font without a Unicode map gives such a page a text layer of symbols.
    """
    checked = words[:CHECKED_WORDS]
    page = "\n".join([w.text for w in checked])  # a word never holds a line break: it is cut at whitespace
    letters = len(_HAS_LETTER.findall(page))
    if len(checked) >= MIN_WORDS_TO_JUDGE:
        wordlike = len(_HAS_TWO_LETTERS.findall(page))
        if wordlike < MIN_WORDLIKE_SHARE * len(checked):
            return f"only {wordlike} of {len(checked)} words have two letters: symbols (a font without a Unicode map?)"
        cyrillic = len(_HAS_CYRILLIC.findall(page))
        if cyrillic < MIN_CYRILLIC_SHARE * len(checked):
            return f"only {cyrillic} of {len(checked)} words have Cyrillic letters"
    mixed = len(_HAS_BOTH.findall(page))
    if letters and mixed / letters > MAX_MIXED_SHARE:
        return f"{mixed} of {letters} words mix Latin and Cyrillic letters"
    return None


def text_layer_problem(words: list[Word]) -> str | None:
    """Why a page's text layer cannot be used as it is, or None when it is fine.

    No words; characters that are not Russian text (script_problem); or few
    dictionary words among the longer Cyrillic ones (natasha's pymorphy2
    dictionary, the project's one morphology).
    """
    if not words:
        return "no text layer"
    if problem := script_problem(words):
        return problem
    _, letters = _page_texts(words)
    checked = [t for t in letters if len(t) >= MIN_CHECK_LENGTH and _CYRILLIC_WORD.match(t)]
    if len(checked) >= MIN_WORDS_TO_JUDGE:
        known = 0
        for t in checked:  # looked up until enough are known: a good page's other words need no look-up
            known += is_known(t.lower())
            if known >= MIN_KNOWN_SHARE * len(checked):
                return None
        return f"only {known} of {len(checked)} words are dictionary words"
    return None


def has_invisible_text(page: pymupdf.Page) -> bool:
    """Whether the page's words are an invisible layer (render mode 3), as OCR tools write it."""
    return any(span.get("type") == INVISIBLE for span in page.get_texttrace())


def render(page: pymupdf.Page, dpi: int) -> np.ndarray:
    """The page as displayed, in grey, at `dpi`.

    A page that is one scanned image of a lower resolution is rendered at the
    image's own and scaled up bicubically (Pillow), which Tesseract reads
    better than PyMuPDF's own scaling of the image: the table cells of four
    pages of the LNR 150-dpi scan read with mean similarity 0.994 against 0.979.
    """
    native = scan_resolution(page)
    if not native or native >= dpi * UPSCALE_BELOW:
        return _grey(page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False))
    zoom = native / 72.0
    small = _grey(page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), colorspace=pymupdf.csGRAY, alpha=False))
    size = (round(small.shape[1] * dpi / native), round(small.shape[0] * dpi / native))
    return np.asarray(Image.fromarray(small).resize(size, Image.Resampling.BICUBIC))


def _grey(pix: pymupdf.Pixmap) -> np.ndarray:
    return np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width).copy()


def scan_resolution(page: pymupdf.Page) -> float | None:
    """The resolution (dots per inch) of the image that covers the page (PAGE_IMAGE_SHARE of it: a scan),
    or None when no image does.

    A page whose resources name no image (most born-digital pages) has none: get_images reads only
    the resources, where get_image_info builds a whole second text page to place the images.
    """
    area = abs(page.rect)
    if not area or not page.get_images():
        return None
    for info in page.get_image_info():
        box = pymupdf.Rect(info["bbox"])
        if abs(box & page.rect) / area >= PAGE_IMAGE_SHARE and box.width:
            return info["width"] / (box.width / 72.0)
    return None


def upright(grey: np.ndarray, dpi: int) -> tuple[np.ndarray, float]:
    """The image turned back by its skew, and that skew (degrees, counter-clockwise)."""
    angle = skew_angle(grey < DARK, dpi)
    if abs(angle) < 0.05:
        return grey, 0.0
    turned = Image.fromarray(grey).rotate(-angle, resample=Image.Resampling.BILINEAR, fillcolor=255)
    return np.asarray(turned), angle


def tesseract_words(grey: np.ndarray, lang: str, dpi: int, psm: int = 3) -> list[Word]:
    """Tesseract's words of an image, boxes in points, each with its confidence (0-100).

    psm 3 is Tesseract's full page layout analysis; 6 reads the image as one block of lines.
    A word's box spans the height of its line, as a PDF word's box spans its font's: glyph-tight
    boxes go up and down with ascenders and descenders, and the grid reader, which joins words
    into lines by height, split one printed line into several.
    """
    height, width = grey.shape
    pgm = f"P5 {width} {height} 255\n".encode() + grey.tobytes()
    try:
        done = subprocess.run(["tesseract", "stdin", "stdout", "-l", lang, "--dpi", str(dpi), "--psm", str(psm),
                               "tsv"],
                              input=pgm, capture_output=True, timeout=TESSERACT_TIMEOUT,
                              env={**os.environ, "OMP_THREAD_LIMIT": "1"})
    except subprocess.TimeoutExpired as exc:
        raise IngestFailure("ocr_failed", f"Tesseract took longer than {TESSERACT_TIMEOUT} s") from exc
    if done.returncode != 0:
        raise IngestFailure("ocr_failed", f"Tesseract failed: {done.stderr.decode(errors='replace').strip()[-300:]}")
    scale = 72.0 / dpi
    words = []
    top, bottom, line_height = 0.0, 0.0, 0  # of the current line
    for line in done.stdout.decode("utf-8", errors="replace").splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) < 12:
            continue
        if cols[0] == "4":
            top, bottom, line_height = int(cols[7]) * scale, (int(cols[7]) + int(cols[9])) * scale, int(cols[9])
        text = cleaned(cols[11])
        if int(cols[9]) < LEADER_HEIGHT * line_height and float(cols[10]) < LEADER_CONFIDENCE and text.isalpha():
            text = LEADER  # a contents line's dot leader, read as «иииининнии»: dots, as a text layer prints them
        if cols[0] != "5" or not text or (not text.strip(DASHES) and float(cols[10]) < MIN_DASH_CONFIDENCE
                                          and cols[5] != "1"):  # a line's first word: a list's dash bullet
            continue
        left, x1 = int(cols[6]) * scale, (int(cols[6]) + int(cols[8])) * scale
        words.append(Word(text, left, top, x1, bottom, (left + x1) / 2, (top + bottom) / 2,
                          max(0.0, float(cols[10]))))
    return words


def _turned(words: list[Word], angle: float, width: float, height: float) -> list[Word]:
    """Words of a skewed page moved into the upright frame: each box turned about the page centre."""
    if not angle:
        return words
    cos, sin = np.cos(np.radians(angle)), np.sin(np.radians(angle))
    cx, cy = width / 2, height / 2
    out = []
    for w in words:
        dx, dy = w.xc - cx, w.yc - cy
        xc, yc = cx + dx * cos - dy * sin, cy + dx * sin + dy * cos
        hw, hh = (w.x1 - w.x0) / 2, (w.y1 - w.y0) / 2
        out.append(w._replace(x0=xc - hw, y0=yc - hh, x1=xc + hw, y1=yc + hh, xc=xc, yc=yc))
    return out


def _read_image(layout: PageLayout, grey: np.ndarray, options: OcrOptions, keep_words: bool,
                can_ocr: bool = True) -> PageLayout:
    """One page from its image: words by Tesseract (or the file's own OCR layer) and rulings, upright.

    Without the tesseract command a file's own OCR layer is kept whole.
    """
    image, angle = upright(grey, options.dpi)
    rules: list[Rule] = find_rules(image, options.dpi)
    own = None
    if keep_words:
        own = [w._replace(text=text) for w in _turned(layout.words, angle, layout.width, layout.height)
               if (text := cleaned(w.text))]
    if own is not None and not can_ocr:
        words = own
    else:
        words = _read_words(erased(image, rules, options.dpi), options,
                            PageLayout(layout.number, layout.width, layout.height, [], rules), own)
    return PageLayout(layout.number, layout.width, layout.height, words, rules, ocr=True)


def _read_words(image: np.ndarray, options: OcrOptions, ruled: PageLayout, own: list[Word] | None) -> list[Word]:
    """The words of an upright page image whose rulings are `ruled.rules` (already painted out);
    `own`: the words of the file's own OCR layer, if it has one.

    Whole-page OCR reads a ruled table badly: Tesseract's page layout analysis
    drops the second line of narrow cells ("До 2030 / года" gives "До 2030"),
    short lone words ("0", "20", "%") and mixes neighbouring columns, and a
    portal's OCR layer, made the same way, has the same holes. The rulings
    tell where every cell is, so each inked table cell is cut out and all of
    them, stacked into one image with white space between them, are read in
    one Tesseract run as a block of lines. The text around the tables is the
    file's own layer where it has one (its misread list numbers read again:
    _reread_list_numbers), else the page with its tables painted
    white read with the full layout analysis, its inked stretches alone
    (_ink_bands). Doubtful words are then read again (_second_reading).
    """
    scale = options.dpi / 72.0
    inset = max(2, round(CELL_INSET * scale))
    outside = image.copy()
    cells: list[tuple[int, int, np.ndarray]] = []  # page x, y (pixels) of each crop, the crop
    grids = read_page_content(ruled).grids
    for grid in grids:
        for cell in grid.cells:
            x0, y0 = round(cell.x0 * scale) + inset, round(cell.y0 * scale) + inset
            x1, y1 = round(cell.x1 * scale) - inset, round(cell.y1 * scale) - inset
            if (inked := _ink_crop(image, x0, y0, x1, y1, scale)) is not None:
                cells.append(inked)
            outside[max(0, y0 - inset):y1 + inset, max(0, x0 - inset):x1 + inset] = 255
    if own is not None:
        words = _reread_list_numbers(image, options, [w for w in own if not any(
            g.x0 <= w.xc <= g.x1 and g.y0 <= w.yc <= g.y1 for g in grids)])
    else:
        words = [w for found in _read_stacked(_ink_bands(outside, scale), options.lang, options, psm=3).values()
                 for w in found]
    words += [w for found in _cells_read(cells, options).values() for w in found]
    return _line_openings_restored(_second_reading(image, options, words))


def _cells_read(cells: list[tuple[int, int, np.ndarray]], options: OcrOptions) -> dict[int, list[Word]]:
    """Each cell's words (by its index), the tall narrow ones read turned as well: a narrow column's header
    printed bottom to top («2022 год (прогноз)», blind7) reads as nothing or noise upright. The turned
    reading is kept where it is the surer one (more letters read with more confidence), its words set top
    down in reading order, as the PDF reader gives such text."""
    readings = _read_stacked(cells, options.lang, options)
    tall = [k for k, (_, _, crop) in enumerate(cells) if crop.shape[0] >= TURNED_CELL * crop.shape[1]]
    if tall:
        turned = [(cells[k][0], cells[k][1], np.ascontiguousarray(np.rot90(cells[k][2], -1))) for k in tall]
        for j, words in _read_stacked(turned, options.lang, options, transposed=True).items():
            if _sureness(words) > _sureness(readings.get(tall[j], [])):
                readings[tall[j]] = words
    return readings


def _sureness(words: list[Word]) -> float:
    """Letters and digits read, weighted by the confidence they were read with."""
    return sum(sum(ch.isalnum() for ch in w.text) * (w.conf or 0.0) for w in words)


def _reread_list_numbers(image: np.ndarray, options: OcrOptions, own: list[Word]) -> list[Word]:
    """The file's own OCR words with the list numbers it misread at line starts read again.

    A portal's layer, read by whole-page layout analysis from a skewed scan, is
    most often wrong where a line opens with a list number: "1. В" read
    "Т.В", "2." read "2" or ">", "4." read "д.", and the list item is then
    lost in the paragraph before it. Every line of two words or more that
    opens with neither a list marker nor a dictionary word has its first two
    words cut out (a line's height more to the left, where a number may stand
    unread, and a third of it to the right) and read in one Tesseract run, in the
    document's own language; where that reading opens with a list marker the
    layer lacks, read with MARKER_CONFIDENCE, it replaces the first word.
    """
    scale = options.dpi / 72.0
    doubted, crops = [], []
    for line in group_lines(own):
        first, *rest = line.words
        if not rest or LIST_MARKER.match(line.text) or _is_dictionary_word(first.text):
            continue
        height = line.y1 - line.y0
        x0, y0 = max(0, round((first.x0 - height) * scale)), max(0, round(line.y0 * scale))
        crop = image[y0:round(line.y1 * scale), x0:round((rest[0].x1 + height / 3) * scale)]
        if crop.size:
            doubted.append((first, rest[0]))
            crops.append((x0, y0, crop))
    replaced: dict[int, list[Word]] = {}
    for k, new in _read_stacked(crops, options.lang.split("+")[0], options).items():
        first, second = doubted[k]
        opening = [w for w in new if w.xc < second.x0]
        if (opening and LIST_MARKER.match(" ".join(w.text for w in new))
                and min(w.conf for w in opening) >= MARKER_CONFIDENCE):
            replaced[id(first)] = opening
    return [new for w in own for new in replaced.get(id(w), [w])]


def _is_dictionary_word(text: str) -> bool:
    core = text.strip(PUNCTUATION)
    return len(core) >= MIN_CHECK_LENGTH and bool(_CYRILLIC_WORD.match(core)) and is_known(core.lower())


def _ink_crop(image: np.ndarray, x0: int, y0: int, x1: int, y1: int,
              scale: float) -> tuple[int, int, np.ndarray] | None:
    """The box's ink with INK_PAD of white around it, as (left, top, crop), or None when it holds only specks.

    Tesseract's time grows with the pixels it is given, ink or not: a table page's
    white, painted-out tables read whole took as long as its text (2.1 s for a page
    number alone), and a cell's white is read too when cells are stacked.
    """
    dark = image[y0:y1, x0:x1] < DARK
    if not _enough_ink(dark, scale):
        return None
    rows, cols = np.flatnonzero(dark.any(axis=1)), np.flatnonzero(dark.any(axis=0))
    pad = round(INK_PAD * scale)
    left, top = max(x0, x0 + cols[0] - pad), max(y0, y0 + rows[0] - pad)
    return left, top, image[top:min(y1, y0 + rows[-1] + 1 + pad), left:min(x1, x0 + cols[-1] + 1 + pad)]


def _ink_bands(image: np.ndarray, scale: float) -> list[tuple[int, int, np.ndarray]]:
    """The page's stretches of text, parted where BAND_GAP points of white run across it, as (0, top, band):
    read stacked, they are the page without its white rows. A band keeps the page's width, margins
    included: cut to its ink, a line of text at its left edge was read in Latin letters
    ("точников." as "TOUHHKOB.") where the whole page reads it right."""
    dark = image < DARK
    rows = np.flatnonzero(dark.any(axis=1))
    if not len(rows):
        return []
    breaks = np.flatnonzero(np.diff(rows) > BAND_GAP * scale)
    starts, ends = np.r_[rows[0], rows[breaks + 1]], np.r_[rows[breaks], rows[-1]] + 1
    pad = round(INK_PAD * scale)
    return [(0, top, image[top:bottom]) for top, bottom in
            ((max(0, start - pad), end + pad) for start, end in zip(starts.tolist(), ends.tolist()))
            if _enough_ink(dark[top:bottom], scale)]


def _enough_ink(dark: np.ndarray, scale: float) -> bool:
    """Whether a crop's dark pixels (`scale` pixels a point) make more than a speck (MIN_CELL_INK)."""
    return dark.sum() >= MIN_CELL_INK * scale * scale


def _second_reading(image: np.ndarray, options: OcrOptions, words: list[Word]) -> list[Word]:
    """The words with the doubtful ones read again on their own, in the document's own language.

    Two kinds are cut out, made black and white (on a word alone Tesseract's
    own thresholding is misled by scanner noise: a page number "27" read as
    "2/" at confidence 18 reads "27" at 97) and read once more, in one
    Tesseract run, with the first language of --ocr-lang alone (the
    document's; the others are for words quoted in it):
    - a word read with a confidence below REREAD_BELOW (a lone "1." in a cell
      read as "hs"): replaced when the new reading is more confident;
    - a word read in Latin letters on a page of mostly Cyrillic words: with
      English beside Russian, Tesseract reads some Cyrillic words as Latin
      look-alikes ("СЦТ" as "CUT", the line-end fragment "ным" as "HbIM"),
      and is sure of them. Replaced when the Cyrillic-only reading is Cyrillic
      letters throughout and is Russian (_is_russian: a dictionary word, alone
      or joined to its hyphenated other half, or a word of the template's and
      the catalogue's vocabulary), or is more confident than the Latin one. A
      Latin word really printed ("GovTech", "Big Data", "IT") reads in Cyrillic
      letters as digits, symbols or a non-word, so it stays.
    """
    own = options.lang.split("+")[0]
    latin = {id(w) for w in words if own != options.lang and _LATIN_WORD.match(w.text.strip(PUNCTUATION))}
    if len(latin) * 2 > len(words):
        latin = set()  # a page in a Latin-script language: nothing to repair
    scale = options.dpi / 72.0
    pad = round(WORD_PAD * scale)
    doubted, crops = [], []
    for k, word in enumerate(words):
        if id(word) in latin or (word.conf is not None and word.conf < REREAD_BELOW):
            x0, y0 = max(0, round(word.x0 * scale) - pad), max(0, round(word.y0 * scale) - pad)
            crop = image[y0:round(word.y1 * scale) + pad, x0:round(word.x1 * scale) + pad]
            if crop.size:
                doubted.append(k)
                crops.append((x0, y0, np.where(crop < DARK, 0, 255).astype(np.uint8)))
    readings = {doubted[k]: new for k, new in _read_stacked(crops, own, options).items()}
    cyrillic = {k: " ".join(w.text for w in new) for k, new in readings.items()
                if id(words[k]) in latin and all(_CYRILLIC_TEXT.match(w.text) for w in new)}

    def text(k: int) -> str:
        return cyrillic.get(k, words[k].text) if 0 <= k < len(words) else ""

    out = []
    for k, old in enumerate(words):
        new = readings.get(k)
        # a word of the file's own OCR layer has no confidence to compare
        surer = new is not None and old.conf is not None and min(w.conf for w in new) > old.conf
        if surer and (id(old) not in latin or k in cyrillic or old.conf < REREAD_BELOW):
            out += new
        elif k in cyrillic and _is_russian(cyrillic[k], text(k - 1), text(k + 1)):
            out += new
        else:
            out.append(old)
    return _once(out)


def _once(words: list[Word]) -> list[Word]:
    """The words with each read once: Tesseract may make one tall doubted "word" of a column of margin figures
    («швохозочьврЬььъ-ь» over a draft's line numbers 1-12), several overlapping, and each read again gives the
    same figures at the same places (blind19 Khabarovsk's scan: a line number four times over)."""
    seen: set[tuple] = set()
    out = []
    for w in words:
        key = (w.text, round(w.x0), round(w.y0), round(w.x1), round(w.y1))
        if key not in seen:
            seen.add(key)
            out.append(w)
    return out


def _line_openings_restored(words: list[Word]) -> list[Word]:
    """Line openings Tesseract misreads in a way that loses a list item or a section heading, restored.

    - A lone symbol it makes of a bullet ("•" read as "¢", "©", "°", or as ".", "*" at confidence 75-89)
      before a capitalised word is the bullet, or before one in lower case among other lines opening so at its x
      (blind32's Stavropol scan, «* облачные технологии …;»): else the item is read as the paragraph before it going on
      (blind4's Khabarovsk scan lost its technology list so, its Stavropol scan most of its risks). A point,
      a quote mark or «=» (a small square «▪», blind17's Khabarovsk scan) is one only among other such lines.
    - An unsure token of a letter or two where other lines of the page open with a bullet, at the same
      x, is that bullet ("—" read "oe" at confidence 25, blind4's LNR scan, which lost a problem so).
    - A heading's roman number read in Cyrillic look-alikes by the Russian model ("III." as "ГП.", "Ш." or
      "ТИ.", "IV." as "ГУ.", "VI." as "УТ.", "VIII." as "УШ." or "Уш."), before a capitalised word or after «Раздел»
      (ending its line, the title on the next: «Раздел П», blind27's Khabarovsk scan): blind4's Stavropol scan
      lost sections 2, 5 and 8 so. Only a token whose letters all stand for
      roman digits and spell a section's number (I-VIII) is turned.
    """
    lines = group_lines(words)
    restored: dict[int, str] = {}
    marks = [line.words[0].x0 for line in lines if len(line.words) > 1
             and (line.words[0].text in LIST_BULLETS or line.words[0].text.strip() in BULLET_MISREADS)]
    for line in lines:
        tokens = line.words
        mark = tokens[0].text.strip() if len(tokens) > 1 else ""
        if mark in BULLET_MISREADS and (
                _opens_item(mark, tokens[1].text) and (mark not in AMONG_ITEMS_ONLY or _has_sibling(tokens[0].x0, marks))
                # an item in lower case («* облачные технологии … ;») only among other items: a lone «*» is a note's
                or mark not in AMONG_ITEMS_ONLY and tokens[1].text[:1].islower() and _has_sibling(tokens[0].x0, marks)):
            restored[id(tokens[0])] = "•"
    # the bullets printed and those just restored: an item of a list whose bullets were all misread has siblings
    bullets = [(line.words[0].x0, restored.get(id(line.words[0]), line.words[0].text)) for line in lines
               if len(line.words) > 1 and restored.get(id(line.words[0]), line.words[0].text) in LIST_BULLETS]
    for line in lines:
        tokens = line.words
        if len(tokens) > 1 and id(tokens[0]) not in restored and (sibling := _sibling_bullet(tokens[0], bullets)):
            restored[id(tokens[0])] = sibling
        # after «Раздел» the number may end its line (the title under it), else a capitalised word follows it
        start = 1 if tokens and tokens[0].text.strip(".").lower() in HEADING_WORDS else 0
        titled = start == 1 or len(tokens) > 1 and (tokens[1].text[:1].isupper() or tokens[1].text[:1] in "«\"")
        if len(tokens) > start and titled and (roman := _roman_lookalike(tokens[start].text, bool(start))):
            restored[id(tokens[start])] = roman
    return [w._replace(text=restored[id(w)]) if id(w) in restored else w for w in words]


def _has_sibling(x: float, marks: list[float]) -> bool:
    """Whether another line of the page opens with a bullet (or a bullet's misreading) at this x: a point is a
    bullet only among other items; alone, it is what is left of a heading's number («I.» read ".")."""
    return sum(abs(other - x) <= BULLET_ALIGN for other in marks) > 1


def _opens_item(mark: str, text: str) -> bool:
    """Whether a misread bullet `mark` opens an item whose first word is `text`: a capital after it, or a
    quote after a symbol. A point before a quote or a word in capitals is what is left of a heading's number
    («II.» read ".", «I. ВВЕДЕНИЕ» read ". ВВЕДЕНИЕ"): list items are not set in capitals."""
    if mark.strip() in POINTS and (text[:1] in "«\"" or len(text) > 1 and text.isupper()):
        return False
    return text[:1].isupper() or text[:1] in "«\""


def _sibling_bullet(first: Word, bullets: list[tuple[float, str]]) -> str | None:
    """The bullet other lines open with at this word's x, when the word is an unsure token of a letter or
    two that is no word (a portal's layer, which gives no confidence, is never sure): a misreading of that
    bullet."""
    text = first.text
    if ((first.conf is not None and first.conf >= REREAD_BELOW) or len(text) > MISREAD_BULLET_CHARS
            or any(ch.isdigit() for ch in text) or _opens_a_line(text.strip(PUNCTUATION).lower())):
        return None
    return next((bullet for x, bullet in bullets if abs(x - first.x0) <= BULLET_ALIGN), None)


def _opens_a_line(word: str) -> bool:
    """Whether a word can stand at a line's start in running text: a known word, but of one letter only a
    preposition, conjunction, particle or pronoun («в», «и», «я»), not a letter's name («ы», «ш»)."""
    return is_known(word) and (len(word) > 1 or part_of_speech(word) in ONE_LETTER_WORDS)


def _roman_lookalike(token: str, after_word: bool) -> str | None:
    """'ГП.' -> 'III.', 'Ш.' -> 'III.': a section number (I-VIII) printed in roman digits and read in
    letters that look like them; None for any other token (a roman number read right stays as it is).
    Without «Раздел» before it the number must end in a point, as a heading's does."""
    core, point = (token[:-1], ".") if token.endswith(".") else (token, "")
    if not core or not (point or after_word) or _LATIN_ROMAN.fullmatch(core):
        return None
    if any(ch not in ROMAN_LOOKALIKES for ch in core):
        return None
    roman = "".join(ROMAN_LOOKALIKES[ch] for ch in core)
    return roman + point if roman in ROMAN else None


def _is_russian(word: str, before: str, after: str) -> bool:
    """Whether a word (between `before` and `after` in reading order) is Russian: a dictionary word,
    a word of the template's or the catalogue's vocabulary ("СЦТ", "ФОИВ"), or one half of a word
    hyphenated at a line end that makes a dictionary word with its other half."""
    core = word.strip(PUNCTUATION).lower()
    if core.strip(DASHES) and (is_known(core.strip(DASHES)) or core.strip(DASHES) in vocabulary()):
        return True
    if core.endswith("-") and after:
        return is_known(core[:-1] + after.strip(PUNCTUATION).lower())
    previous = before.strip(PUNCTUATION).lower()
    return previous.endswith("-") and is_known(previous[:-1] + core)


@cache
def vocabulary() -> frozenset[str]:
    """The words of the template's phrases and the catalogue's names, lower-case: the abbreviations
    of the field ("сцт", "роив", "фоив") that no dictionary has."""
    texts = list(load_template().phrases()) + [name for record in load_catalogue_records() for name in record.names]
    return frozenset(w.lower() for text in texts for w in _CYRILLIC_RUN.findall(text))


def _read_stacked(crops: list[tuple[int, int, np.ndarray]], lang: str, options: OcrOptions,
                  psm: int = 6, transposed: bool = False) -> dict[int, list[Word]]:
    """Words of each crop (by its index), boxes in page points: the crops (not empty), given with their
    top left corner on the page in pixels, are stacked with white between them and read in one Tesseract
    run (page segmentation mode `psm`) per MAX_CANVAS pixels of height (Tesseract refuses taller images).

    `transposed`: each crop is a page box turned a quarter clockwise; a word's place across the turned crop
    is its place down the box, so the words of a line printed upwards come out top down in reading order."""
    scale = options.dpi / 72.0
    gap = round(CELL_GAP * scale)
    found: dict[int, list[Word]] = {}
    first = 0
    while first < len(crops):
        last, height = first, gap
        while last < len(crops) and (last == first or height + crops[last][2].shape[0] + gap <= MAX_CANVAS):
            height += crops[last][2].shape[0] + gap
            last += 1
        batch = crops[first:last]
        canvas = np.full((height, max(c.shape[1] for _, _, c in batch) + 2 * gap), 255, np.uint8)
        starts, y = [], gap
        for _, _, crop in batch:
            canvas[y:y + crop.shape[0], gap:gap + crop.shape[1]] = crop
            starts.append(y)
            y += crop.shape[0] + gap
        for word in tesseract_words(canvas, lang, options.dpi, psm=psm):
            k = max(0, bisect_right(starts, word.yc * scale) - 1)
            if transposed:  # across the turned crop is down the box, down it is across
                left, top = batch[k][0] / scale, batch[k][1] / scale
                x0, x1 = word.x0 - gap / scale, word.x1 - gap / scale
                y0, y1 = word.y0 - starts[k] / scale, word.y1 - starts[k] / scale
                placed = word._replace(x0=left + y0, x1=left + y1, xc=left + (y0 + y1) / 2,
                                       y0=top + x0, y1=top + x1, yc=top + (x0 + x1) / 2)
            else:
                dx, dy = (batch[k][0] - gap) / scale, (batch[k][1] - starts[k]) / scale
                placed = word._replace(x0=word.x0 + dx, x1=word.x1 + dx, xc=word.xc + dx,
                                       y0=word.y0 + dy, y1=word.y1 + dy, yc=word.yc + dy)
            found.setdefault(first + k, []).append(placed)
        first = last
    return found


def needs_image(page: pymupdf.Page, layout: PageLayout, mode: OcrMode) -> tuple[bool, bool] | None:
    """None when the text layer is used as read; else (read from the image, keep the file's words)."""
    if mode == "never":
        return None
    if mode == "always":
        return True, False
    if layout.words and layout.rules:  # rulings are drawn, so the page is born digital, but its font may
        return (True, False) if script_problem(layout.words) else None  # have no Unicode map
    if not layout.words and not page.get_images():
        return None  # a blank page: nothing to read
    if text_layer_problem(layout.words) is not None:
        return True, False
    if scan_resolution(page) is not None and has_invisible_text(page):
        return True, True
    return None


def read_scanned(path: Path, layouts: list[PageLayout], options: OcrOptions,
                 on_page: Callable[[int, int], None] | None = None) -> list[PageLayout]:
    """The layouts of a file's text layer, with every page that needs it read from its image instead.

    This is the one place where a page's layout is chosen (text layer or image).
    Pages run `options.jobs` at a time; `on_page(done, of)` reports the pages
    read from images, for a progress bar.
    """
    if options.mode == "never":
        return layouts
    doc = open_pdf(path)
    try:
        todo = [(k, plan) for k, layout in enumerate(layouts)
                if (plan := needs_image(doc[layout.number - 1], layout, options.mode)) is not None]
        if not todo:
            return layouts
        can_ocr = shutil.which("tesseract") is not None
        if not all(keep for _, (_, keep) in todo) and not can_ocr:
            raise IngestFailure("ocr_unavailable", "pages need OCR but the tesseract command is not installed "
                                "(Debian: apt-get install tesseract-ocr tesseract-ocr-rus)",
                                page=layouts[todo[0][0]].number)
        out = list(layouts)
        jobs = max(1, options.jobs)
        with ThreadPoolExecutor(max_workers=jobs) as pool:
            pending: deque = deque()
            for done, (k, (_, keep)) in enumerate(todo, 1):
                # rendering stays in this thread (PyMuPDF is not thread-safe); at most `jobs` images wait
                grey = render(doc[layouts[k].number - 1], options.dpi)
                pending.append((k, pool.submit(_read_image, layouts[k], grey, options, keep, can_ocr)))
                if len(pending) > jobs:
                    _collect(out, *pending.popleft())
                if on_page:
                    on_page(max(0, done - len(pending)), len(todo))
            while pending:
                _collect(out, *pending.popleft())
                if on_page:
                    on_page(len(todo) - len(pending), len(todo))
        return out
    finally:
        doc.close()


def _collect(out: list[PageLayout], k: int, future) -> None:
    try:
        out[k] = future.result()
    except IngestFailure as exc:
        raise IngestFailure(exc.code, exc.message, page=out[k].number) from exc


def flag_ocr_rows(parsed: ParsedDocument, pages: list[PageContent], ocr_pages: list[int]) -> None:
    """Mark every row read from an OCR'd page; a table row also gets the mean confidence of its box's words.

    The confidence is over the words whose centre lies in the row's box on its
    first page (a row continued on the next page is judged by its start); it is
    None where the words came from the file's own OCR layer, which has none.
    """
    parsed.ocr_pages = list(ocr_pages)
    if not ocr_pages:
        return
    on = set(ocr_pages)
    words: dict[int, list[Word]] = {}
    for page in pages:
        if page.page in on:
            lines = page.lines + [line for grid in page.grids for cell in grid.cells for line in cell.lines]
            words[page.page] = [w for line in lines for w in line.words if w.conf is not None]

    def confidence(row: t.TableRow) -> float | None:
        if row.x0 is None:
            return None
        inside = [w.conf for w in words.get(row.page, ()) if row.x0 <= w.xc <= row.x1 and row.y0 <= w.yc <= row.y1]
        return round(sum(inside) / len(inside), 1) if inside else None

    def flagged(rows: list, with_confidence: bool) -> list:
        return [r.model_copy(update={"ocr": True, **({"ocr_confidence": confidence(r)} if with_confidence else {})})
                if r.page in on else r for r in rows]

    parsed.links = _row_numbers_repaired(flagged(parsed.links, True))
    parsed.projects = _row_numbers_repaired(flagged(parsed.projects, True))
    parsed.indicators = _row_numbers_repaired(flagged(parsed.indicators, True))
    parsed.card = flagged(parsed.card, False)
    parsed.list_items = flagged(parsed.list_items, False)


def _row_numbers_repaired(rows: list) -> list:
    """OCR'd rows whose printed number the sequence of their industry's rows contradicts, given the number
    the sequence has there: blind4's Stavropol scan read «1.1» as «0.1», «3.3» as «33» and «7.1» as
    nothing, and a row number is how rows of one industry are told apart and lined up.

    Where most rows of an industry carry the industry's own number (hierarchical «3.1», «3.2»: the first
    integer), an OCR'd row carrying another takes it; in a running sequence, an OCR'd row between two
    rows two apart takes the number between them. Rows read from a text layer are never changed.
    """
    out = list(rows)
    start = 0
    while start < len(out):
        end = start
        while end < len(out) and out[end].industry_no == out[start].industry_no:
            end += 1
        numbers = [r.row_no for r in out[start:end]]
        industry = out[start].industry_no
        hierarchical = industry is not None and numbers.count(industry) * 2 > len(numbers)
        for k in range(start, end):
            row, n = out[k], k - start
            if hierarchical:
                expected = industry
            elif 0 < n < len(numbers) - 1 and None not in (numbers[n - 1], numbers[n + 1]) \
                    and numbers[n + 1] - numbers[n - 1] == 2:
                expected = numbers[n - 1] + 1
            else:
                continue
            if row.ocr and row.row_no != expected:
                out[k] = row.model_copy(update={"row_no": expected})
        start = end
    return out


def empty_page_problems(layouts: list[PageLayout]) -> list[Problem]:
    """A page that yields no text at all is said, with its number: nothing is dropped silently."""
    return [Problem("empty_page", "no text on this page" + (" (OCR found none)" if layout.ocr else
                                                            " (an image? run with --ocr auto)"), layout.number)
            for layout in layouts if not layout.words]
