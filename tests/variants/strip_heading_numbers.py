#!/usr/bin/env python3
"""Make a strategy whose section headings are printed without their numbers, from a real one.

    python tests/variants/strip_heading_numbers.py SOURCE.pdf OUT.pdf

Some regions print «Основные положения» where the template has «1. Раздел «Основные положения»» (the
number came from a list style that was lost, or was never printed). This removes, by redaction of the
PDF itself, the leading "N." and "Раздел" words of every line that starts so (the table of contents
too), and nothing else: the fixture is the source document with those words gone.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf

NUMBERS = {f"{n}." for n in range(1, 9)}


def strip(source: Path, out: Path) -> int:
    """Redact the number and "Раздел" words of heading lines; returns how many lines lost them."""
    stripped = 0
    with pymupdf.open(source) as doc:
        for page in doc:
            words = page.get_text("words")
            for first, second in zip(words, words[1:]):
                same_line = first[5:7] == second[5:7] and first[7] == 0
                if same_line and first[4] in NUMBERS and second[4] == "Раздел":
                    for word in (first, second):
                        page.add_redact_annot(pymupdf.Rect(word[:4]))
                    stripped += 1
            page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_NONE)
        doc.save(out, garbage=3, deflate=True)
    return stripped


if __name__ == "__main__":
    print(strip(Path(sys.argv[1]), Path(sys.argv[2])), "heading lines stripped")
