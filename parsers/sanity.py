"""Is the parsed outline one strategy, in page order? Warnings for a stream that is not.

The section finder reads the last run of headings in increasing order as the
body (whatever came before is taken for the table of contents), so shuffled
pages or two strategies printed into one file still give an outline that
looks whole. The evidence is in the stream: top-level headings that start
again more than once (the table of contents accounts for one restart), and
title pages naming different regions. Either makes the document `partial`,
never `ok`: the rows read are then an unknown part of the printed ones.
"""
from __future__ import annotations

import re

from normalize.regions import region_from_title
from parsers.sections import MAX_HEADING_CHARS, Outline, title_meaning
from parsers.template import Template
from schemas.layout import Block, TextLine
from schemas.problems import Problem

TITLE_START = re.compile(r"^\s*Стратеги[яи]\s+в\s+области\s+цифровой\s+трансформации", re.IGNORECASE)
TITLE_LINES = 6  # a title page prints the strategy's name, region included, on at most this many lines
NUMBERED = re.compile(r"^\s*(?:Раздел\s+)?([1-8])(?!\.?\d)\s*\.?\s*(?:Раздел\b\.?)?\s*(\S.*)$", re.IGNORECASE)
HEADING_SCORE = 0.75  # the printed title is plainly the template's (a numbered list item scores below 0.3)


def check_pages(outline: Outline, stream: list[Block], template: Template) -> list[Problem]:
    """`several_documents` and `pages_out_of_order` warnings (none for a strategy in order)."""
    lines = [b for b in stream if isinstance(b, TextLine)]
    problems = _several_documents(lines)
    if not problems:
        problems = _out_of_order(outline, lines, template)
    return problems


def _several_documents(lines: list[TextLine]) -> list[Problem]:
    """A title page naming another region than the first one's."""
    first: tuple[str, int] | None = None
    for k, line in enumerate(lines):
        if not TITLE_START.match(line.text):
            continue
        title = " ".join(ln.text for ln in lines[k:k + TITLE_LINES] if ln.page == line.page)
        region = region_from_title(title)
        if region is None:
            continue
        if first is None:
            first = (region[0], line.page)
        elif region[0] != first[0]:
            return [Problem("several_documents", f"a second strategy starts here ({region[0]}; the file began with "
                            f"{first[0]}, page {first[1]}): only one is read; split the file", line.page)]
    return []


def _out_of_order(outline: Outline, lines: list[TextLine], template: Template) -> list[Problem]:
    """Top-level headings (a number and its template title) that start again after the table of contents."""
    previous, restarts, last = 0, [], None
    for line in lines:
        m = NUMBERED.match(line.text)
        if not m or len(line.text) > MAX_HEADING_CHARS:
            continue
        if title_meaning(template, m.group(2), m.group(1)) < HEADING_SCORE:
            continue
        number = int(m.group(1))
        if number <= previous and (line.text, line.page) != last:  # a running head over its own heading: once
            restarts.append(line.page)
        previous, last = number, (line.text, line.page)
    if len(restarts) > 1:
        return [Problem("pages_out_of_order", "the sections' headings start again on pages "
                        f"{', '.join(map(str, restarts))}: pages out of order, or a document printed twice; "
                        "only the last run of sections is read", restarts[-1])]
    backwards = [s for a, s in zip(outline.sections, outline.sections[1:]) if _key(s.number) <= _key(a.number)]
    if backwards:
        return [Problem("pages_out_of_order", f"section {backwards[0].number} follows a later one: pages out of "
                        "order", backwards[0].page_start)]
    return []


def _key(number: str) -> tuple[int, ...]:
    return tuple(int(part) for part in number.split(".") if part.isdigit())
