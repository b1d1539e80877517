"""Printed industry titles -> a canonical industry with a stable code.

Strategies print "Государственное управление." in one region and
"5. Государственное управление" in another; cross-regional questions need them
to be one industry. The list lives in industries.toml so a new industry or
spelling is a data change.
"""
from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Iterable
from functools import cache
from importlib import resources

from rapidfuzz import fuzz, process

# A one-letter slip in a long title is a typo; titles of different industries
# differ by whole words, which keeps them well below this.
_TYPO_SCORE = 92


def industry_key(title: str) -> str:
    """The comparable form of a title: no leading number, case, "ё" or end punctuation."""
    text = re.sub(r"^\s*(?:\d+\.)*\d*\.?\s*", "", title or "")
    text = text.lower().replace("ё", "е").replace("\u00ad", "")
    text = re.sub(r"[\s\u00a0]+", " ", text)
    return text.strip(" .;:,")


@cache
def industries() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(code, canonical name, spellings) of every industry in the data file."""
    data = tomllib.loads(resources.files(__package__).joinpath("industries.toml").read_text("utf-8"))
    return tuple((i["code"], i["name"], tuple(i.get("spellings", ()))) for i in data["industry"])


@cache
def _by_key() -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    for code, name, spellings in industries():
        for spelling in (name, *spellings):
            table[industry_key(spelling)] = (code, name)
    return table


def canonical_industry(title: str) -> tuple[str, str] | None:
    """(code, canonical name) of a printed industry title; None if it is not a known industry."""
    key = industry_key(title)
    if not key:
        return None
    table = _by_key()
    if key in table:
        return table[key]
    best = process.extractOne(key, list(table), scorer=fuzz.ratio, score_cutoff=_TYPO_SCORE)
    return table[best[0]] if best else None


def industry_within(title: str) -> tuple[str, str] | None:
    """(code, canonical name) of a title no entry spells that begins, word for word, with the name or a spelling
    of exactly one industry, a qualifier after it («Социальная защита населения», «Экология региона») that
    names no other industry («Здравоохранение и социальная защита» is two). For
    coding an industry cell, which names an industry whatever it adds; never for telling a title from a task
    («Образование детей с ОВЗ …» begins with an industry's word too)."""
    key = industry_key(title)
    found = {industry for known, industry in _by_key().items() if key.startswith(known + " ")}
    if len(found) != 1:
        return None
    industry = found.pop()
    rest = f" {key} "
    others = [known for known, (code, _) in _by_key().items() if code != industry[0] and f" {known} " in rest]
    return None if others else industry


def spelling_repairs(titles: Iterable[str]) -> dict[str, str]:
    """Each title that is a typo of a title printed more often in the same document (one industry, within a
    letter or two: «Калоовое обеспечение» beside «Кадровое обеспечение») -> that spelling.

    For rows OCR read: a misread industry title would otherwise stand as a group of its own beside the same
    industry spelt right in the other tables. The document's own spelling is kept, not the list's canonical
    name, so a region's wording stays as printed.
    """
    counts = Counter(title for title in titles if title)
    repairs = {}
    for title, seen in counts.items():
        key, code = industry_key(title), canonical_industry(title)
        better = [other for other, n in counts.items() if n > seen and canonical_industry(other) == code
                  and fuzz.ratio(key, industry_key(other)) >= _TYPO_SCORE]
        if code and better:
            repairs[title] = max(better, key=counts.__getitem__)
    return repairs
