"""The one Russian morphological analyser of the project: pymorphy2's dictionaries as natasha ships them
(natasha makes them load on Python 3.11). De-hyphenation asks it whether a word exists; matching, for lemmas."""
from __future__ import annotations

from functools import cache


@cache
def analyser():
    from natasha import MorphVocab  # loads dictionaries (~0.3 s): only when first needed

    return MorphVocab()
