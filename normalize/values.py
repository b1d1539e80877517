"""Indicator values as printed -> numbers.

Indicator tables print targets as "70", "1,5", "100%", "1 543", but also "-",
"да" or nothing. Only the first kind is a quantity; guessing a number for the
rest would put invented targets into cross-regional comparisons, so they are
NULL and the caller keeps the printed text beside the number.
"""
from __future__ import annotations

import re

_SPACES = re.compile(r"[\s\u00a0\u202f]+")
# Thousands are grouped with (narrow) spaces in Russian typography; a single
# comma or dot is the decimal separator; a trailing % is allowed.
_NUMBER = re.compile(
    r"(?P<sign>[-+\u2212]?)(?P<int>[0-9]{1,3}(?:[\s\u00a0\u202f][0-9]{3})+|[0-9]+)(?:[.,](?P<frac>[0-9]*))?%?"
)


def parse_value(raw: str) -> float | None:
    """The number a cell states, or None when the cell states no single number."""
    text = raw.strip() if isinstance(raw, str) else ""
    match = _NUMBER.fullmatch(text)
    if match is None:
        return None
    integer = _SPACES.sub("", match["int"])
    number = float(f"{integer}.{match['frac'] or '0'}")
    return -number if match["sign"] in ("-", "\u2212") else number
