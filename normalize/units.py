"""Units of measure as printed -> one spelling per unit.

Regions write the same unit as "%", "процент", "проц."; "тыс.чел." and
"тыс. человек"; "шт" and "штук". Comparing targets across regions needs one
form, so known spellings collapse to a canonical one; an unknown unit is kept
as printed (whitespace tidied) rather than dropped, so nothing is lost.
"""
from __future__ import annotations

import re

_SCALES = {"тыс": "тыс.", "млн": "млн", "млрд": "млрд"}
# Base unit spellings (lower case, dots and spaces removed) -> canonical form.
_BASES = {
    "%": "%", "процент": "%", "процентов": "%", "процента": "%", "проц": "%",
    "шт": "шт.", "штук": "шт.", "штука": "шт.", "штуки": "шт.",
    "ед": "ед.", "единиц": "ед.", "единица": "ед.", "единицы": "ед.",
    "услед": "усл. ед.", "условныхединиц": "усл. ед.",
    "чел": "чел.", "человек": "чел.", "человека": "чел.",
    "руб": "руб.", "рублей": "руб.", "рубль": "руб.", "рубля": "руб.",
    "балл": "балл", "баллов": "балл", "баллы": "балл", "балла": "балл",
    "раз": "раз",
    "да/нет": "да/нет", "данет": "да/нет",
}
# A multi-indicator cell numbers its lines ("1. тыс. чел."); the number is list
# markup, not part of the unit.
_LIST_NUMBER = re.compile(r"^\d{1,2}\.\s*")
_SCALED = re.compile(r"^(тыс|млн|млрд)\.?\s*(.+)$")


def _key(text: str) -> str:
    return re.sub(r"[\s.]+", "", text.lower().replace("ё", "е"))


def canonical_unit(raw: str) -> str | None:
    """The canonical spelling of a printed unit; None when no unit is printed."""
    text = _tidy(raw)
    if not re.search(r"[^\W\d_]|%", text):
        return None
    return _known(text) or text


def is_known_unit(raw: str) -> bool:
    """Whether a printed text is a unit this module knows (a spelling of _BASES, scaled or not)."""
    return _known(_tidy(raw)) is not None


def _tidy(raw: str) -> str:
    """A printed unit with its whitespace tidied and a multi-indicator cell's list number gone."""
    return _LIST_NUMBER.sub("", " ".join(raw.split()))


def _known(text: str) -> str | None:
    """The canonical spelling of a tidied unit this module knows (a spelling of _BASES, scaled or not), else None."""
    scaled = _SCALED.match(text.lower().replace("ё", "е"))
    if scaled and (base := _BASES.get(_key(scaled[2]))) is not None:
        return f"{_SCALES[scaled[1]]} {base}"
    return _BASES.get(_key(text))
