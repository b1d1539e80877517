"""pymorphy2's analyser as natasha ships it (natasha makes it load on Python 3.11): one per process.

Loading takes ~0.1 s of CPU; de-hyphenation and catalogue matching share this
one instance, and ingest loads it before forking its workers so that no
document's child process loads it again.
"""
from __future__ import annotations

from functools import cache


@cache
def morph():
    from natasha import MorphVocab  # loads the dictionaries: only when words are looked up

    return MorphVocab()
