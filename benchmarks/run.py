"""`make bench`: speed and memory as ratios measured in one run on the same files.

The machines are noisy, so nothing here is a pass/fail timing: every figure is
printed beside the floor (PyMuPDF words only) and the baseline a user would
write by hand (pdfplumber extract_tables) measured minutes apart on the same pages.
CPU seconds are compared too: on a machine shared with other work, wall time
also measures the neighbours.
"""
from __future__ import annotations

import argparse
import json
import resource
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import pdfplumber
import pymupdf

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "data" / "raw").glob("*.pdf"))
DOCX = ROOT / "tests" / "fixtures" / "docx"
"""The samples as DOCX (written from their gold): a DOCX has no pages, so its size is counted in the
pages of the same strategy's PDF ("pages-equivalent")."""


VARIANTS = ROOT / "tests" / "fixtures" / "variants"
VARIANT_SETS = ("tuning", "heldout", "blind", "browser")
"""Reworded strategies (issue #9) printed by LibreOffice and Chromium: with the samples, a folder of
distinct strategies (other wording, headings, table layouts, producers), not copies of one file."""


def strategies_folder() -> list[Path]:
    """The samples and the committed variant PDFs: every file a distinct strategy, none a duplicate."""
    return SAMPLES + sorted(p for name in VARIANT_SETS for p in (VARIANTS / name).glob("*.pdf"))


def doubled(sample: Path, folder: Path) -> Path:
    """The same strategy printed twice in one file: a document twice as long with the same structure."""
    target = folder / f"{sample.stem}-twice.pdf"
    with pymupdf.open(sample) as doc, pymupdf.open() as twice:
        twice.insert_pdf(doc)
        twice.insert_pdf(doc)
        twice.save(target)
    return target


def doubled_docx(sample: Path, folder: Path) -> Path:
    """The DOCX with its body printed twice: twice the pages-equivalent, the same structure."""
    import copy

    import docx
    document = docx.Document(str(sample))
    body = document.element.body
    children = [c for c in body if not c.tag.endswith("}sectPr")]
    anchor = children[-1]
    for child in children:
        anchor.addnext(copy.deepcopy(child))
        anchor = anchor.getnext()
    target = folder / f"{sample.stem}-twice.docx"
    document.save(target)
    return target


def page_count(files: list[Path]) -> int:
    total = 0
    for f in files:
        with pymupdf.open(f) as doc:
            total += doc.page_count
    return total


def floor_seconds(files: list[Path]) -> tuple[float, float]:
    """Wall and CPU seconds of PyMuPDF's word extraction alone, the least any reader of these files spends."""
    started, cpu = time.perf_counter(), time.process_time()
    for f in files:
        with pymupdf.open(f) as doc:
            for page in doc:
                page.get_text("words")
    return time.perf_counter() - started, time.process_time() - cpu


def baseline_seconds(files: list[Path]) -> float:
    started = time.perf_counter()
    for f in files:
        with pdfplumber.open(f) as pdf:
            for page in pdf.pages:
                page.extract_tables()
                page.close()
    return time.perf_counter() - started


def regstrat_run(files: list[Path], workers: int, db: Path) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MB, largest process) of `regstrat ingest` on a folder,
    run as users run it: a new process, start-up and imports included."""
    db.unlink(missing_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="bench-in-"))
    for f in files:
        (folder / f.name).symlink_to(f)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "cli.py"), "ingest", str(folder), "--db", str(db),
                    "--workers", str(workers)], cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    shutil.rmtree(folder)
    with duckdb.connect(str(db), read_only=True) as con:
        failed = con.execute("SELECT count(*) FROM documents WHERE status = 'failed'").fetchone()[0]
        stored = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    if failed or stored != len(files):
        raise SystemExit(f"benchmark: {failed} of {len(files)} files failed, {stored} stored")
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return elapsed, cpu, after.ru_maxrss / 1024  # ru_maxrss: the largest child so far, in kB


def parse_seconds(files: list[Path], repeats: int = 3) -> list[float]:
    """Best-of-`repeats` seconds to parse each file in this process, after a warm-up.

    In-process, so start-up (imports, dictionaries, the database) does not hide
    how the cost grows with the number of pages.
    """
    from ingest.pipeline import process_file
    from normalize.catalogue import load_catalogue_records

    catalogue = load_catalogue_records()
    process_file(files[0], catalogue)
    best = []
    for f in files:
        times = []
        for _ in range(repeats):
            started = time.perf_counter()
            process_file(f, catalogue)
            times.append(time.perf_counter() - started)
        best.append(min(times))
    return best


def ocr_figures(sample: Path, folder: Path, pages: int) -> dict[str, float]:
    """OCR speed on `pages` 300-dpi scans of a sample, beside Tesseract's own command line on the same images.

    regstrat's time per page covers everything a scanned page costs (render,
    deskew, Tesseract, rulings from the image, the second reading of empty
    table cells); the command line is timed on the upright page images regstrat
    hands it, one process per page, as a user would script it.
    """
    sys.path.insert(0, str(ROOT / "tests" / "variants"))
    import make_scans
    from ingest.readers.pdf import read_pages
    from ingest.readers.ocr import OcrOptions, read_scanned, render, upright

    with pymupdf.open(sample) as doc:
        scan = folder / f"{sample.stem}.scan300.pdf"
        make_scans.image_pdf(doc, list(range(min(pages, doc.page_count))), "scan300").save(scan)
    layouts = list(read_pages(scan))
    figures = {"ocr_pages": len(layouts)}
    for jobs in (1, 2):
        started = time.perf_counter()
        read_scanned(scan, layouts, OcrOptions(mode="always", jobs=jobs))
        figures[f"ocr_{jobs}j_s"] = time.perf_counter() - started
    options = OcrOptions()
    images = []
    with pymupdf.open(scan) as doc:
        for k, page in enumerate(doc):
            grey = upright(render(page, options.dpi), options.dpi)[0]
            image = folder / f"page{k}.pgm"
            image.write_bytes(f"P5 {grey.shape[1]} {grey.shape[0]} 255\n".encode() + grey.tobytes())
            images.append(image)
    started = time.perf_counter()
    for image in images:
        subprocess.run(["tesseract", str(image), "stdout", "-l", options.lang, "--dpi", str(options.dpi), "tsv"],
                       check=True, capture_output=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"})
    figures["tesseract_cli_s"] = time.perf_counter() - started
    return figures


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--json", type=Path, help="write the figures here too")
    ap.add_argument("--ocr-pages", type=int, default=6, help="scanned pages for the OCR figures (0: none)")
    ap.add_argument("--repeat", type=int, default=3,
                    help="runs of the floor and of the whole-process ingests; the fastest of each counts (timeit's "
                    "rule: noise only ever adds time)")
    args = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="regstrat-bench-"))
    try:
        folder = strategies_folder()
        folder_pages = page_count(folder)
        db = work / "bench.duckdb"
        fig: dict[str, float] = {}
        floors, ones, twos = [], [], []
        for _ in range(args.repeat):  # interleaved, so a busy spell on the machine hits every measure alike
            floors.append(floor_seconds(folder))
            ones.append(regstrat_run(folder, 1, db))
            twos.append(regstrat_run(folder, 2, db))
        fig["floor_s"], fig["floor_cpu_s"] = min(floors)
        fig["regstrat_1w_s"], fig["regstrat_1w_cpu_s"], fig["peak_mb_1w"] = min(ones)
        fig["regstrat_2w_s"], _, fig["peak_mb_2w"] = min(twos)
        fig["baseline_s"] = baseline_seconds(folder)
        fig["single_s"], fig["twice_s"] = parse_seconds([SAMPLES[0], doubled(SAMPLES[0], work)])
        fig["folder_pages"] = folder_pages
        docx_sample = DOCX / f"{SAMPLES[0].stem}.docx"
        fig["docx_single_s"], fig["docx_twice_s"] = parse_seconds([docx_sample, doubled_docx(docx_sample, work)])
        fig["sample_pages"] = page_count(SAMPLES[:1])
        if args.ocr_pages:
            fig.update(ocr_figures(SAMPLES[0], work, args.ocr_pages))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    rate = lambda pages, s: pages / s  # noqa: E731
    print(f"folder: {len(folder)} distinct strategies ({len(SAMPLES)} samples and the variants of "
          f"{', '.join(VARIANT_SETS)}), {folder_pages} pages; every figure below is on this folder")
    print(f"floor    PyMuPDF words only            {rate(folder_pages, fig['floor_s']):8.1f} pages/s")
    print(f"regstrat whole process, 1 worker      {rate(folder_pages, fig['regstrat_1w_s']):8.1f} pages/s "
          f"(peak {fig['peak_mb_1w']:.0f} MB)")
    print(f"regstrat whole process, 2 workers     {rate(folder_pages, fig['regstrat_2w_s']):8.1f} pages/s "
          f"(peak {fig['peak_mb_2w']:.0f} MB per process)")
    print(f"baseline pdfplumber extract_tables    {rate(folder_pages, fig['baseline_s']):8.1f} pages/s")
    pages = fig["sample_pages"]
    print(f"one document in process ({SAMPLES[0].stem}, {pages} pages; the DOCX counted in the PDF's pages):")
    print(f"  PDF   {rate(pages, fig['single_s']):8.1f} pages/s, twice as long {rate(2 * pages, fig['twice_s']):8.1f}")
    print(f"  DOCX  {rate(pages, fig['docx_single_s']):8.1f} pages-equivalent/s, twice as long "
          f"{rate(2 * pages, fig['docx_twice_s']):8.1f}")
    ratios = {
        "regstrat_time_over_floor": fig["regstrat_1w_s"] / fig["floor_s"],
        "regstrat_cpu_over_floor_cpu": fig["regstrat_1w_cpu_s"] / fig["floor_cpu_s"],
        "baseline_time_over_regstrat": fig["baseline_s"] / fig["regstrat_1w_s"],
        "speedup_2_workers": fig["regstrat_1w_s"] / fig["regstrat_2w_s"],
        "twice_as_long_doc_time_ratio": fig["twice_s"] / fig["single_s"],
        "docx_100_pages_equivalent_s": fig["docx_twice_s"] * 100 / (2 * fig["sample_pages"]),
    }
    targets = {"regstrat_time_over_floor": ("<=", 4.0), "regstrat_cpu_over_floor_cpu": ("<=", 4.0),
               "baseline_time_over_regstrat": (">=", 10.0), "speedup_2_workers": (">=", 1.7),
               "twice_as_long_doc_time_ratio": ("<=", 2.2), "docx_100_pages_equivalent_s": ("<=", 1.0)}
    for name, value in ratios.items():
        op, target = targets[name]
        met = value <= target if op == "<=" else value >= target
        print(f"{name:32s} {value:7.2f}  (target {op} {target}: {'met' if met else 'MISSED'})")
    peak_ok = max(fig["peak_mb_1w"], fig["peak_mb_2w"]) < 400
    print(f"{'peak_memory_mb':32s} {max(fig['peak_mb_1w'], fig['peak_mb_2w']):7.0f}  "
          f"(target < 400: {'met' if peak_ok else 'MISSED'})")
    if args.ocr_pages:
        per_page = fig["ocr_1j_s"] / fig["ocr_pages"]
        print(f"OCR, {fig['ocr_pages']:.0f} scanned pages (300 dpi): {1 / per_page:.3f} pages/s per core "
              f"({per_page:.1f} s a page), {fig['ocr_pages'] / fig['ocr_2j_s']:.3f} pages/s with 2 jobs; "
              f"Tesseract's command line alone {fig['ocr_pages'] / fig['tesseract_cli_s']:.3f} pages/s")
        ratios["ocr_time_over_tesseract_cli"] = fig["ocr_1j_s"] / fig["tesseract_cli_s"]
        value = ratios["ocr_time_over_tesseract_cli"]
        print(f"{'ocr_time_over_tesseract_cli':32s} {value:7.2f}  "
              f"(target <= 1.3: {'met' if value <= 1.3 else 'MISSED'})")
    if args.json:
        args.json.write_text(json.dumps({**fig, **ratios}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
