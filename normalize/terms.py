"""Project terms ("Срок реализации") -> the year a project ends.

Terms are free text: "до 2030 года", "2022-2024 гг.", "до 01.07.2023",
"до 2030 года, далее постоянно", "постоянно". Analysts ask "what ends by
2024", so the latest year stated is the end; a term that states no year
("постоянно") has no end year rather than a guessed one.
"""
from __future__ import annotations

import re

MIN_YEAR = 2000
MAX_YEAR = 2100
_YEAR = re.compile(r"(?<![0-9])([0-9]{4})(?![0-9])")


def term_end_year(text: str) -> int | None:
    """The latest plausible year the term mentions, or None."""
    years = [int(y) for y in _YEAR.findall(text or "")]
    years = [y for y in years if MIN_YEAR <= y <= MAX_YEAR]
    return max(years) if years else None
