"""Indicator values as printed -> numbers.

Indicator tables print targets as "70", "1,5", "100%", "1 543", but also "-",
"да" or nothing. Only the first kind is a quantity; guessing a number for the
rest would put invented targets into cross-regional comparisons, so they are
NULL and the caller keeps the printed text beside the number.
"""
from __future__ import annotations

import re

from normalize.units import is_known_unit

_SPACES = re.compile(r"[\s\u00a0\u202f]+")
# Thousands are grouped with (narrow) spaces in Russian typography; a single
# comma or dot is the decimal separator; a trailing % is allowed.
_NUMBER = re.compile(
    r"(?P<sign>[-+\u2212]?)(?P<int>[0-9]{1,3}(?:[\s\u00a0\u202f][0-9]{3})+|[0-9]+)(?:[.,](?P<frac>[0-9]*))?%?"
)


def parse_value(raw: str) -> float | None:
    """The number a cell states, or None when the cell states no single number. A unit the cell prints after
    it («95,5 %», «12 шт.», where the table has no unit column) is no part of the number."""
    text = raw.strip() if isinstance(raw, str) else ""
    match = _NUMBER.fullmatch(text) or _NUMBER.fullmatch(number_before_unit(text) or "")
    if match is None:
        return None
    integer = _SPACES.sub("", match["int"])
    number = float(f"{integer}.{match['frac'] or '0'}")
    return -number if match["sign"] in ("-", "\u2212") else number


def number_before_unit(text: str) -> str | None:
    """The number of a cell printing a known unit after it («95,5 %» -> «95,5»), else None."""
    match = _NUMBER.match(text.strip())
    return match.group() if match and is_known_unit(text.strip()[match.end():]) else None


def unit_of_values(texts: list[str]) -> str | None:
    """The unit an indicator's value cells print after their numbers, the same in each («95,5 %», «100 %»),
    for a table without a unit column; None when they print none or differ."""
    printed = [text.strip() for text in texts if text.strip()]
    numbers = [number_before_unit(text) for text in printed]
    if not printed or None in numbers:
        return None
    units = {text[len(number):].strip() for text, number in zip(printed, numbers)}
    return units.pop() if len(units) == 1 else None
