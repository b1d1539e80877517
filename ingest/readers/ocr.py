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
from pathlib import Path
from typing import Literal

import numpy as np
import pymupdf
from PIL import Image

from schemas.problems import IngestFailure, Problem
from ingest.readers.image_rules import DARK, erased, find_rules, skew_angle
from ingest.readers.pdf import open_pdf
from schemas.layout import PageContent, PageLayout, Rule, Word
from normalize.morphology import is_known
from parsers.grid import read_page_content
from parsers.records import ParsedDocument
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
PAGE_IMAGE_SHARE = 0.8  # an image covering this much of the page makes it a scan
INVISIBLE = 3  # PDF text render mode: neither filled nor stroked (an OCR layer over an image)
TESSERACT_TIMEOUT = 120  # seconds for one page
CELL_INSET = 1.5  # points inside a cell's rulings where its image is cut out
CELL_GAP = 6.0  # points of white between cells stacked for a second reading
MIN_CELL_INK = 3.0  # square points of ink: less is a speck, not a character
REREAD_BELOW = 60.0  # a word read with less confidence (0-100) is read again on its own
WORD_PAD = 0.5  # points of the page kept around a doubted word cut out for a second reading
LATIN_TO_CYRILLIC = str.maketrans("AaBCcEeHKMOoPpTXxyk", "АаВСсЕеНКМОоРрТХхук")
CYRILLIC_TO_LATIN = str.maketrans("АаВСсЕеНКМОоРрТХху", "AaBCcEeHKMOoPpTXxy")
RULING_GLYPHS = "|¦"
"""What Tesseract makes of a ruling left beside a word (a word of these alone is dropped)."""
DASHES = "—–-_"
MIN_DASH_CONFIDENCE = 50.0
"""A lone dash read with less confidence is noise in a wide justified gap, not a dash."""
PUNCTUATION = ".,;:()«»\"'!?"
_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_CYRILLIC_WORD = re.compile(r"^[А-Яа-яЁё]+$")


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


def text_layer_problem(words: list[Word]) -> str | None:
    """Why a page's text layer cannot be used as it is, or None when it is fine.

    No words; words mixing Latin and Cyrillic letters (look-alike glyphs); or
    few dictionary words among the longer Cyrillic ones (natasha's pymorphy2
    dictionary, the project's one morphology).
    """
    if not words:
        return "no text layer"
    texts = [w.text.strip(PUNCTUATION) for w in words[:CHECKED_WORDS]]
    letters = [t for t in texts if _LATIN.search(t) or _CYRILLIC.search(t)]
    mixed = sum(1 for t in letters if _LATIN.search(t) and _CYRILLIC.search(t))
    if letters and mixed / len(letters) > MAX_MIXED_SHARE:
        return f"{mixed} of {len(letters)} words mix Latin and Cyrillic letters"
    checked = [t for t in letters if len(t) >= MIN_CHECK_LENGTH and _CYRILLIC_WORD.match(t)]
    if len(checked) >= MIN_WORDS_TO_JUDGE:
        known = sum(1 for t in checked if is_known(t.lower()))
        if known / len(checked) < MIN_KNOWN_SHARE:
            return f"only {known} of {len(checked)} words are dictionary words"
    return None


def page_image_share(page: pymupdf.Page) -> float:
    """The share of the page covered by its largest image (a scan is one page-sized image).

    A page whose resources name no image (most born-digital pages) has none: get_images reads only
    the resources, where get_image_info builds a whole second text page to place the images.
    """
    area = abs(page.rect)
    if not area or not page.get_images():
        return 0.0
    return max((abs(pymupdf.Rect(info["bbox"]) & page.rect) / area for info in page.get_image_info()), default=0.0)


def has_invisible_text(page: pymupdf.Page) -> bool:
    """Whether the page's words are an invisible layer (render mode 3), as OCR tools write it."""
    return any(span.get("type") == INVISIBLE for span in page.get_texttrace())


def render(page: pymupdf.Page, dpi: int) -> np.ndarray:
    """The page as displayed, in grey, at `dpi`."""
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
    return np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width).copy()


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
    for line in done.stdout.decode("utf-8", errors="replace").splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) < 12:
            continue
        text = cleaned(cols[11])
        if cols[0] != "5" or not text or (not text.strip(DASHES) and float(cols[10]) < MIN_DASH_CONFIDENCE):
            continue
        left, top, w, h = (int(c) * scale for c in cols[6:10])
        x1, y1 = left + w, top + h
        words.append(Word(text, left, top, x1, y1, (left + x1) / 2, (top + y1) / 2,
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


def _read_image(layout: PageLayout, grey: np.ndarray, options: OcrOptions, keep_words: bool) -> PageLayout:
    """One page from its image: words by Tesseract (or the file's own OCR layer) and rulings, upright."""
    image, angle = upright(grey, options.dpi)
    rules: list[Rule] = find_rules(image, options.dpi)
    if keep_words:
        words = [w._replace(text=text) for w in _turned(layout.words, angle, layout.width, layout.height)
                 if (text := cleaned(w.text))]
    else:
        image = erased(image, rules, options.dpi)
        words = tesseract_words(image, options.lang, options.dpi)
        words = _read_again(image, options, PageLayout(layout.number, layout.width, layout.height, words, rules))
    return PageLayout(layout.number, layout.width, layout.height, words, rules, ocr=True)


def _read_again(image: np.ndarray, options: OcrOptions, layout: PageLayout) -> list[Word]:
    """The page's words after a second reading of what the first one missed or doubted.

    Tesseract's page segmentation drops short lone words in table cells ("0",
    "20", "%") and misreads some short words it sees in a crowd (a page number
    "27" as "2/"). Table cells left empty although they hold ink, and words
    read with a confidence below REREAD_BELOW, are cut out, stacked into one
    image with white space between them and read in one more Tesseract run as
    a block of lines. A cell's words are added where the cell is; a doubted
    word is replaced only when the second reading is more confident.
    """
    scale = options.dpi / 72.0
    inset, pad, gap = max(2, round(CELL_INSET * scale)), round(WORD_PAD * scale), round(CELL_GAP * scale)
    crops: list[tuple[int, int, np.ndarray, Word | None]] = []  # page x, y (pixels), the crop, the word doubted
    for grid in read_page_content(layout).grids:
        for cell in grid.cells:
            if cell.lines:
                continue
            x0, y0 = round(cell.x0 * scale) + inset, round(cell.y0 * scale) + inset
            x1, y1 = round(cell.x1 * scale) - inset, round(cell.y1 * scale) - inset
            crop = image[y0:y1, x0:x1]
            if crop.size and (crop < DARK).sum() >= MIN_CELL_INK * scale * scale:
                crops.append((x0, y0, crop, None))
    for word in layout.words:
        if word.conf is not None and word.conf < REREAD_BELOW:
            x0, y0 = max(0, round(word.x0 * scale) - pad), max(0, round(word.y0 * scale) - pad)
            crop = image[y0:round(word.y1 * scale) + pad, x0:round(word.x1 * scale) + pad]
            if crop.size:
                crops.append((x0, y0, crop, word))
    if not crops:
        return layout.words
    canvas = np.full((sum(c.shape[0] + gap for _, _, c, _ in crops) + gap, max(c.shape[1] for _, _, c, _ in crops)
                      + 2 * gap), 255, np.uint8)
    starts, y = [], gap
    for _, _, crop, _ in crops:
        canvas[y:y + crop.shape[0], gap:gap + crop.shape[1]] = crop
        starts.append(y)
        y += crop.shape[0] + gap
    found: dict[int, list[Word]] = {}
    for word in tesseract_words(canvas, options.lang, options.dpi, psm=6):
        k = max(0, bisect_right(starts, word.yc * scale) - 1)
        dx, dy = (crops[k][0] - gap) / scale, (crops[k][1] - starts[k]) / scale
        found.setdefault(k, []).append(word._replace(x0=word.x0 + dx, x1=word.x1 + dx, xc=word.xc + dx,
                                                     y0=word.y0 + dy, y1=word.y1 + dy, yc=word.yc + dy))
    replaced: dict[int, list[Word]] = {}  # id of a doubted word -> its second reading
    added: list[Word] = []
    for k, new in found.items():
        doubted = crops[k][3]
        if doubted is None:
            added += new
        elif min(w.conf for w in new) > doubted.conf:
            replaced[id(doubted)] = new
    return [w for old in layout.words for w in replaced.get(id(old), [old])] + added


def needs_image(page: pymupdf.Page, layout: PageLayout, mode: OcrMode) -> tuple[bool, bool] | None:
    """None when the text layer is used as read; else (read from the image, keep the file's words)."""
    if mode == "never":
        return None
    if mode == "always":
        return True, False
    if layout.words and layout.rules:
        return None  # rulings are drawn, so the page is born digital
    if not layout.words and not page.get_images():
        return None  # a blank page: nothing to read
    if text_layer_problem(layout.words) is not None:
        return True, False
    if page_image_share(page) >= PAGE_IMAGE_SHARE and has_invisible_text(page):
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
        if not all(keep for _, (_, keep) in todo) and shutil.which("tesseract") is None:
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
                pending.append((k, pool.submit(_read_image, layouts[k], grey, options, keep)))
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

    parsed.links = flagged(parsed.links, True)
    parsed.projects = flagged(parsed.projects, True)
    parsed.indicators = flagged(parsed.indicators, True)
    parsed.card = flagged(parsed.card, False)
    parsed.list_items = flagged(parsed.list_items, False)


def empty_page_problems(layouts: list[PageLayout]) -> list[Problem]:
    """A page that yields no text at all is said, with its number: nothing is dropped silently."""
    return [Problem("empty_page", "no text on this page" + (" (OCR found none)" if layout.ocr else
                                                            " (an image? run with --ocr auto)"), layout.number)
            for layout in layouts if not layout.words]
