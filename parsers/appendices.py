"""A document's appendices -> the sections that refer to them.

Regions often print a section's table as an appendix after the last section: the body keeps the
heading and one line («Сведения по настоящему разделу приводятся … в приложении 1 к …»), and
«Приложение 1 / к … схеме …» opens the table's pages after section 8. Read in order, the appendix's
title would be taken for a heading and its table for the last section's. So the stream is cut
before its first appendix that a line above it refers to, the sections are found in the body,
and each appendix's blocks go to the section that refers to it.
"""
from __future__ import annotations

import re

from parsers.sections import Outline, Section, split_sections
from parsers.template import Template
from schemas.layout import Block, TextLine

APPENDIX_HEAD = re.compile(r"^\s*Приложение\s*(?:№\s*)?(\d{1,2})\.?(?:\s+к\s.*)?$")
"""An appendix's first line: «Приложение 1», «Приложение № 2 к Территориальной схеме …»."""
APPENDIX_REFERENCE = re.compile(r"приложени(?:е|и|я|ю|ем)\s*(?:№\s*)?(\d{1,2})\b", re.IGNORECASE)
"""A line referring to an appendix: «… приводятся в табличной форме в приложении 1 к …»."""


def split_appendices(stream: list[Block]) -> tuple[list[Block], dict[int, list[Block]]]:
    """The body (the stream up to its first appendix a line above refers to) and each appendix's blocks by
    number, from its first line to the next appendix's. An appendix no line above refers to (a decree's
    «Приложение № 1 к постановлению» over the whole strategy, on its title page) opens none."""
    referred: set[int] = set()
    heads: list[tuple[int, int]] = []  # (position, number) of each appendix's first line
    for position, block in enumerate(stream):
        if not isinstance(block, TextLine):
            continue
        head = APPENDIX_HEAD.match(block.text)
        if head and int(head.group(1)) in referred:
            heads.append((position, int(head.group(1))))
        elif not heads:
            referred.update(int(number) for number in APPENDIX_REFERENCE.findall(block.text))
    if not heads:
        return stream, {}
    ends = [position for position, _ in heads[1:]] + [len(stream)]
    return stream[:heads[0][0]], {number: stream[start:end] for (start, number), end in zip(heads, ends)}


def referring_section(sections: list[Section], number: int, tabled: set[str]) -> Section | None:
    """Of the sections whose lines refer to appendix `number`, a section of the template's tables (`tabled`)
    that holds no table of its own before any other (a section 8 paragraph may name the appendix too), then the
    one that says least besides (the stub a section left in the body: its heading and the reference), the first
    of equals; None when none refers."""
    referring = [s for s in sections if any(int(n) == number for line in s.lines
                                            for n in APPENDIX_REFERENCE.findall(line.text))]
    return min(referring, key=lambda s: (not (s.number in tabled and not s.tables), len(s.blocks)), default=None)


def outline_with_appendices(stream: list[Block], template: Template) -> Outline:
    """The document's sections, each appendix a section refers to among its blocks (split_appendices,
    referring_section; one no section refers to stays with the last section). Where the body alone shows fewer
    top-level sections than the whole stream (the strategy itself printed as «Приложение № 1» to a decree that
    refers to it), the stream is not cut."""
    body, appendices = split_appendices(stream)
    outline = split_sections(body, template)
    if not appendices:
        return outline
    whole = split_sections(stream, template)
    if len(outline.top_level) < len(whole.top_level):
        return whole
    tabled = set(template.tables)
    for number, blocks in appendices.items():
        section = referring_section(outline.sections, number, tabled) or (outline.sections[-1]
                                                                           if outline.sections else None)
        if section is not None:
            section.blocks.extend(blocks)
    return outline
