#!/usr/bin/env python3
"""Scanned versions of a text PDF, the way legal portals publish them.

    python tests/variants/make_scans.py SOURCE.pdf OUT_DIR [--pages 1-3,40] [--kinds scan300,...]

Kinds (each written as OUT_DIR/<source stem>.<kind>.pdf):
  scan300   image-only: every page rendered at 300 dpi, turned by a small random angle
            (within +-1.5 degrees), grey noise added, saved as JPEG (quality 60);
  scan150   the same at 150 dpi with stronger noise and JPEG quality 35;
  ocrlayer  the 300-dpi scan with Tesseract's own invisible text layer
            (`tesseract page.jpg out -l rus pdf` per page, merged): words, no vector rulings;
  mixed     the text PDF with its first two pages replaced by 300-dpi scans (the signed
            title and approval pages of a hand-assembled strategy).

The source's gold JSON is the gold of every kind of the whole document (a page subset has no
gold of its own); for a source whose gold lists the title page as `front.approved`, the mixed
kind's gold copy also carries those lines as `front.approval_lines`, the key the shared scorer
reads. The random angles and noise come from a fixed seed per page, so a rerun gives the same
files. Needs pymupdf, Pillow, numpy and, for ocrlayer, the tesseract command.
"""
from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pymupdf
from PIL import Image

KINDS = {
    # dpi, max angle (degrees), noise sigma (grey levels), JPEG quality
    "scan300": (300, 1.5, 6.0, 60),
    "scan150": (150, 1.5, 14.0, 35),
}
MIXED_SCANNED_PAGES = 2


def scan_image(page: pymupdf.Page, dpi: int, max_angle: float, noise: float, quality: int, seed: int) -> bytes:
    """One page as a scanner gives it: grey, slightly turned, noisy, JPEG-compressed."""
    rng = np.random.default_rng(seed)
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
    img = Image.frombytes("L", (pix.width, pix.height), pix.samples)
    img = img.rotate(float(rng.uniform(-max_angle, max_angle)), resample=Image.Resampling.BICUBIC,
                     fillcolor=255)
    pixels = np.asarray(img, dtype=np.float32) + rng.normal(0.0, noise, (img.height, img.width))
    img = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=quality, dpi=(dpi, dpi))
    return out.getvalue()


def image_pdf(source: pymupdf.Document, pages: list[int], kind: str) -> pymupdf.Document:
    """Image-only PDF of the given 0-based pages, each the size of its source page."""
    dpi, angle, noise, quality = KINDS[kind]
    out = pymupdf.open()
    for index in pages:
        page = source[index]
        new = out.new_page(width=page.rect.width, height=page.rect.height)
        new.insert_image(new.rect, stream=scan_image(page, dpi, angle, noise, quality, seed=index))
    return out


def ocr_layer_pdf(scans: pymupdf.Document, lang: str = "rus") -> pymupdf.Document:
    """Tesseract's own PDF output (page image + invisible text) for every page, merged."""
    out = pymupdf.open()
    with tempfile.TemporaryDirectory() as tmp:
        for k, page in enumerate(scans):
            image = Path(tmp) / f"p{k}.jpg"
            image.write_bytes(scans.extract_image(page.get_images()[0][0])["image"])
            subprocess.run(["tesseract", str(image), str(Path(tmp) / f"p{k}"), "-l", lang, "pdf"],
                           check=True, capture_output=True)
            with pymupdf.open(Path(tmp) / f"p{k}.pdf") as one:
                one[0].set_mediabox(one[0].rect)  # tesseract sizes the page by the image's dpi
                out.insert_pdf(one)
    return out


def mixed_pdf(source: pymupdf.Document) -> pymupdf.Document:
    """The text PDF with its first pages replaced by their scans."""
    scans = image_pdf(source, list(range(MIXED_SCANNED_PAGES)), "scan300")
    out = pymupdf.open()
    out.insert_pdf(scans)
    out.insert_pdf(source, from_page=MIXED_SCANNED_PAGES)
    return out


def gold_path(pdf: Path) -> Path:
    beside = pdf.with_name(pdf.stem + ".gold.json")  # the variants' and the rebuilt regions' gold
    if pdf.parent.name == "variants" or beside.exists():
        return beside
    return pdf.with_name(pdf.name.replace("strategy-", "gold-").replace(".pdf", ".json"))


def write_gold(source: Path, out: Path) -> None:
    gold = json.loads(gold_path(source).read_text(encoding="utf-8"))
    if gold.get("front") and "approved" in gold["front"]:
        gold["front"]["approval_lines"] = gold["front"]["approved"]
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")


def parse_pages(spec: str | None, count: int) -> list[int]:
    """'1-3,40' -> [0, 1, 2, 39]; None -> every page."""
    if not spec:
        return list(range(count))
    pages: list[int] = []
    for part in spec.split(","):
        first, _, last = part.partition("-")
        pages += range(int(first) - 1, min(int(last or first), count))
    return pages


def make(source: Path, outdir: Path, kinds: list[str], pages: str | None = None) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    with pymupdf.open(source) as doc:
        chosen = parse_pages(pages, doc.page_count)
        suffix = "" if pages is None else ".p" + pages.replace(",", "_")
        scans300 = None
        for kind in kinds:
            if kind == "mixed":
                result = mixed_pdf(doc)
            elif kind == "ocrlayer":
                scans300 = scans300 or image_pdf(doc, chosen, "scan300")
                result = ocr_layer_pdf(scans300)
            else:
                result = image_pdf(doc, chosen, kind)
                if kind == "scan300":
                    scans300 = result
            path = outdir / f"{source.stem}.{kind}{'' if kind == 'mixed' else suffix}.pdf"
            result.save(path, garbage=3, deflate=True)
            if pages is None or kind == "mixed":
                write_gold(source, path.with_suffix(".gold.json"))
            written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("source", type=Path)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--pages", help="1-based pages, e.g. 1-3,40 (default: all)")
    ap.add_argument("--kinds", default="scan300,scan150,ocrlayer,mixed")
    args = ap.parse_args(argv)
    for path in make(args.source, args.outdir, args.kinds.split(","), args.pages):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
