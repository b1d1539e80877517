"""Lines -> clean text: joined lines, line-end hyphenation undone only where it is not a real hyphen."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from normalize.morphology import is_known, part_of_speech

ROMAN_NUMERALS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
"""Roman numbers as sections (I-VIII) and industries (a dozen at most) are numbered."""

HYPHENS = "-\u2010\u00ad"
_HYPHEN_ENDS = tuple(HYPHENS)
BULLETS = "-–—•·▪●◦➢\uf0b7\uf0a7\uf0d8\uf076\uf0fc"  # with the private-use glyphs of Word's Symbol/Wingdings bullets
_NUMBER_OR_BULLET = r"\d{1,3}[.)](?!\d)|[" + BULLETS + r"]\s"
LETTER_MARKER = r"(?:[а-яёa-z]{1,2}\)(?=\s)|[а-яёa-z]\.(?=\s+[А-ЯЁA-Z«]))"
# "а) ", "б) ": items lettered instead of numbered; Word letters the 30th item "аа)", then "аб)" … (a two-letter
# word before a bracket opens no line of prose); "а. Технологии": one letter and a point before a capital (a
# two-letter cut, «др. », «см. », may open a line of prose)
LIST_MARKER = re.compile(r"^\s*(?:" + _NUMBER_OR_BULLET + ")")
# A list item in running text is lettered too; in a narrow cell a line "е) субъектам" ends a word cut
# at the cell's edge ("(софинансировани" / "е) субъектам") more often than it letters an item.
ITEM_MARKER = re.compile(r"^\s*(?:" + _NUMBER_OR_BULLET + "|" + LETTER_MARKER + ")")
_GLUED_FOOTNOTE_MARK = re.compile(r"(?<=[а-яё]{3})\d{1,2}(?=[.,;:)»]*(?:\s|$))")
"""A footnote's raised number printed against a word's end («помощи¹» is read «помощи1»): no Russian word in
lower case ends in a figure (a unit's «м2» is one letter; «ФЗ-152», «5G» are not lower-case words)."""
_WORD = re.compile(r"[A-Za-zА-Яа-яЁё]+(?:-[A-Za-zА-Яа-яЁё]+)*")
_HEAD = re.compile(r"^([A-Za-zА-Яа-яЁё0-9]*)")
_LAST_WORD = re.compile(r"[A-Za-zА-Яа-яЁё0-9]*$")
# "01.07.2" / "023": a date whose year a narrow cell cut; the digits on the next line finish it
_CUT_DATE = re.compile(r"(?<![\d.])\d{1,2}\.\d{2}\.\d{1,3}$")
_LATIN = re.compile(r"[A-Za-z]")
_FOLD_HYPHEN = re.compile(r"(\w)[" + HYPHENS + r"]\s+(\w)")
_FOLD_WORD = re.compile(r"[0-9a-zа-я№]+")
_LIST_NUMBERS = re.compile(r"^(?:\s*(?:\d{1,3}[.)](?!\d)|" + LETTER_MARKER + r")\s*)+")


def _without_inner_soft_hyphens(line: str) -> str:
    """Soft hyphens (U+00AD) are invisible inside a line; only one ending the line marks a cut word.
    (Most lines have none, and are returned as they are, not copied.)"""
    return line[:-1].replace("\u00ad", "") + line[-1:] if "\u00ad" in line else line


def _last_word(text: str) -> str:
    """The letters and digits the text ends with ('(рекомендова' -> 'рекомендова')."""
    return _LAST_WORD.search(text[text.rfind(" ") + 1:]).group()




STEM_ENDING = 3  # letters an inflection may change at the end of a word
MIN_STEM = 5
LONG_COMPOUND_HEAD = 7
SINGLE_LETTER_WORDS = set("вскиаоуяВСКИАОУЯ")


def _compound_head(left: str, right: str) -> bool:
    """Whether "left-" heads a hyphenated compound adjective with "right".

    A combining form in -ико ("медико-", "технико-") always does; an adverb or
    short adjective in -о/-е ("жилищно-", "организационно-") does when the
    joined form is no word or the head is long: short ones ("много", "высоко")
    head solid compounds as often ("многофункциональный").
    """
    word = left.lower()  # the head's spelling first: it rules most pairs out before any look-up
    if word.endswith("ико"):
        return _is_adjective(right)
    if not word.endswith(("о", "е")) or not is_known(word) or not _is_adjective(right):
        return False
    return (part_of_speech(word) in ("ADVB", "ADJS")
            and (len(word) >= LONG_COMPOUND_HEAD or not is_known(left + right)))


def _is_adjective(word: str) -> bool:
    return part_of_speech(word) in ("ADJF", "PRTF")


def _is_abbreviation(part: str) -> bool:
    # a word of letters only (most) holds no digit: the per-character look is for the others
    return (not part.isalpha() and any(ch.isdigit() for ch in part)) or (len(part) > 1 and part.isupper()) \
        or bool(_LATIN.search(part))


@dataclass
class Dehyphenator:
    """Decides whether "X-" at a line end and "Y" on the next line are "XY" or "X-Y".

    The document's own vocabulary decides first (a word printed whole, or with
    its hyphen, in mid-line elsewhere); morphology decides the rest: two known
    words joined by a hyphen stay a compound ("онлайн-курсы", "жилищно-коммунальных"),
    a word cut in two is joined ("Став-ропольского").
    """

    whole: list[str] = field(default_factory=list)  # sorted, for prefix (stem) look-ups
    hyphenated: list[str] = field(default_factory=list)
    _joined: dict[tuple[tuple[str, ...], bool], str] = field(default_factory=dict, repr=False, compare=False)
    """join's answers: a cell's lines are joined again wherever its text is asked for (a record's columns, its
    extras, the checks of its columns)."""

    @classmethod
    def from_lines(cls, lines: Iterable[str]) -> "Dehyphenator":
        whole, hyphenated = set(), set()
        for line in lines:
            tokens = _WORD.findall(line)
            # the first may be the tail of a cut word; a cut word's head (the line ends in a hyphen) is no evidence
            tokens = tokens[1:-1] if line.rstrip().endswith(_HYPHEN_ENDS) else tokens[1:]
            for token in tokens:
                token = token.lower()
                if "-" in token:  # "ЭРА-ГЛОНАСС": the compound, and each part as a word printed whole
                    hyphenated.add(token)
                    whole.update(token.split("-"))
                else:
                    whole.add(token)
        return cls(sorted(whole), sorted(hyphenated))

    def _printed(self, word: str, vocabulary: list[str], keep: int = 0) -> bool:
        """Whether the document prints this word, in this or another inflection (same stem).

        The stem is the word less its last STEM_ENDING letters, but never shorter
        than MIN_STEM letters nor than `keep` (so a compound's stem reaches past its hyphen).
        """
        word = word.lower()
        stem = word[:max(len(word) - STEM_ENDING, min(len(word), max(MIN_STEM, keep)))]
        i = bisect_left(vocabulary, stem)
        return i < len(vocabulary) and vocabulary[i].startswith(stem)

    def keeps_hyphen(self, left: str, right: str) -> bool:
        if not left or not right:
            return True
        if self._printed(f"{left}-{right}", self.hyphenated, keep=len(left) + 2):
            return True
        if self._printed(left + right, self.whole):
            return False
        if _is_abbreviation(left) or _is_abbreviation(right) or right[0].isupper():
            return True
        if _compound_head(left, right):
            return True
        if is_known(left) and is_known(right):  # a compound unless only the joined form is a word
            return not is_known(left + right) or is_known(f"{left}-{right}")
        return False

    def broken_word(self, left: str, right: str) -> bool:
        """Whether a line ended inside a word with no hyphen ("сопровожд" / "ение"), as narrow cells do."""
        if not left.isalpha() or not right.isalpha() or not right[0].islower() or _is_abbreviation(left):
            return False
        if len(right) == 1 and right in SINGLE_LETTER_WORDS:  # "с", "в", "а" are words of their own
            # ... unless only the joined form is a word, or the document prints only the joined form
            # ("рекомендован" / "о ФОИВ" in a narrow cell, "(рекомендовано ФОИВ)" in a wide one)
            return is_known(left + right) and (not is_known(left) or (
                self._printed_alone(left + right) and not self._printed_alone(left)))
        # the printed form must reach past `left`: a stem inside it ("средст" of "средств" + "фе")
        # says only that `left` is a word
        if not (is_known(left + right) or self._printed(left + right, self.whole, keep=len(left) + 1)):
            return False
        lone_letter = len(right) == 1 and right not in SINGLE_LETTER_WORDS
        if lone_letter or not is_known(left) or not is_known(right):
            return True
        # Both halves are words ("транспорт" / "ом"): a short tail (an inflection's length) the
        # document never prints on its own is an ending; one it does print ("и", "а") may be the
        # next word, and stays apart, as do longer ones ("между" / "государственными").
        return (len(right) <= STEM_ENDING and bool(self.whole) and is_known(left + right)
                and not self._printed_alone(right))

    def _printed_alone(self, word: str) -> bool:
        i = bisect_left(self.whole, word.lower())
        return i < len(self.whole) and self.whole[i] == word.lower()

    def join(self, lines: Iterable[str], newline_before_lists: bool = True) -> str:
        """Lines of one paragraph or cell -> one string; "\n" kept before list items."""
        key = (tuple(lines), newline_before_lists)
        if key in self._joined:
            return self._joined[key]
        rows = [_GLUED_FOOTNOTE_MARK.sub("", _without_inner_soft_hyphens(" ".join(raw.split()))) for raw in key[0]]
        rows = [r for r in rows if r]
        out = ""
        for k, line in enumerate(rows):
            if not out:
                out = line
                continue
            head = _HEAD.match(line).group(1)
            left = _last_word(out[:-1]) if out[-1] in HYPHENS else ""
            if left:
                # a one-word line cut again ("вне-" / "бюджет-" / "ных"): decide on the whole word
                if line == head + "-" and k + 1 < len(rows):
                    head += _HEAD.match(rows[k + 1]).group(1)
                out = out[:-1] + ("-" if self.keeps_hyphen(left, head) else "") + line
            elif newline_before_lists and LIST_MARKER.match(line):
                out += "\n" + line
            elif out.endswith("/") or line[0] in ",.;:)»" or head[:1].islower() and \
                    self.broken_word(_last_word(out), head) or \
                    line[0].isdigit() and _CUT_DATE.search(out):  # the search scans all of `out`, so it comes last
                out += line
            else:
                out += " " + line
        self._joined[key] = out
        return out


FOLD_CACHE = 1 << 12
"""Folded texts kept: a table's header cells are folded again for each of its rows (nine calls in ten repeat)."""


@lru_cache(maxsize=FOLD_CACHE)
def fold(text: str) -> str:
    """The form phrases are compared in: lower case, ё->е, line-end hyphens and punctuation gone."""
    text = _FOLD_HYPHEN.sub(r"\1\2", text.lower().replace("ё", "е").replace("\u00ad", ""))
    return " ".join(_FOLD_WORD.findall(text))


def strip_list_number(text: str) -> str:
    """'1. 1. Технологии', 'а) Технологии' -> 'Технологии': list items are stored without their numbers."""
    return _LIST_NUMBERS.sub("", text).strip()
