"""Lines -> clean text: joined lines, line-end hyphenation undone only where it is not a real hyphen."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

HYPHENS = "-\u2010\u00ad"
LIST_MARKER = re.compile(r"^\s*(?:\d{1,3}[.)](?!\d)|[-–—•·▪]\s)")
_WORD = re.compile(r"[A-Za-zА-Яа-яЁё]+(?:-[A-Za-zА-Яа-яЁё]+)*")
_TAIL = re.compile(r"([A-Za-zА-Яа-яЁё0-9]*)[" + HYPHENS + r"]$")
_HEAD = re.compile(r"^([A-Za-zА-Яа-яЁё0-9]*)")


@cache
def _morph():
    """pymorphy2's analyser as natasha ships it (natasha makes it load on Python 3.11)."""
    from natasha import MorphVocab

    return MorphVocab()


def _is_abbreviation(part: str) -> bool:
    return any(ch.isdigit() for ch in part) or (len(part) > 1 and part.isupper()) or bool(
        re.search(r"[A-Za-z]", part))


@dataclass
class Dehyphenator:
    """Decides whether "X-" at a line end and "Y" on the next line are "XY" or "X-Y".

    The document's own vocabulary decides first (a word printed whole, or with
    its hyphen, in mid-line elsewhere); morphology decides the rest: two known
    words joined by a hyphen stay a compound ("онлайн-курсы", "жилищно-коммунальных"),
    a word cut in two is joined ("Став-ропольского").
    """

    whole: set[str] = field(default_factory=set)
    hyphenated: set[str] = field(default_factory=set)

    @classmethod
    def from_lines(cls, lines: Iterable[str]) -> "Dehyphenator":
        whole, hyphenated = set(), set()
        for line in lines:
            tokens = _WORD.findall(line)
            if line.rstrip().endswith(tuple(HYPHENS)) and tokens:
                tokens = tokens[:-1]  # the cut word's head is no evidence
            for token in tokens[1:]:  # the first may be the tail of a cut word
                (hyphenated if "-" in token else whole).add(token.lower())
        return cls(whole, hyphenated)

    def keeps_hyphen(self, left: str, right: str) -> bool:
        if not left or not right or _is_abbreviation(left) or _is_abbreviation(right) or right[0].isupper():
            return True
        joined, compound = (left + right).lower(), f"{left}-{right}".lower()
        if compound in self.hyphenated:
            return True
        if joined in self.whole:
            return False
        morph = _morph()
        if morph.word_is_known(left) and morph.word_is_known(right):
            return not morph.word_is_known(joined) or left.lower().endswith(("о", "е"))
        return False

    def join(self, lines: Iterable[str], newline_before_lists: bool = True) -> str:
        """Lines of one paragraph or cell -> one string; "\n" kept before list items."""
        out = ""
        for raw in lines:
            line = " ".join(raw.split())
            if not line:
                continue
            if not out:
                out = line
                continue
            tail = _TAIL.search(out)
            if tail and tail.group(1) and not out.endswith((" -", " –")):
                head = _HEAD.match(line).group(1)
                if self.keeps_hyphen(tail.group(1), head):
                    out = out[:-1] + "-" + line
                else:
                    out = out[:-1] + line
            elif newline_before_lists and LIST_MARKER.match(line):
                out += "\n" + line
            else:
                out += " " + line
        return out


def strip_list_number(text: str) -> str:
    """'1. 1. Технологии' -> 'Технологии': list items are stored without their numbers."""
    return re.sub(r"^(?:\s*\d{1,3}[.)](?!\d)\s*)+", "", text).strip()
