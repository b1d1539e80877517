"""The one Russian morphology of the project: pymorphy2's dictionaries as natasha ships them.

Loading them takes ~0.3 s, so they load on first use only, once per process.
"""
from __future__ import annotations

from functools import cache, lru_cache


@cache
def morphology():
    """pymorphy2's analyser as natasha ships it (natasha makes it load on Python 3.11)."""
    from natasha import MorphVocab

    return MorphVocab()


@lru_cache(maxsize=1 << 16)
def lemma(word: str) -> str:
    """The dictionary form of a word, lower case, ё as е; digits and Latin words as they are."""
    word = word.lower().replace("ё", "е")
    if not word.isalpha() or word.isascii():
        return word
    return morphology().parse(word)[0].normal_form.replace("ё", "е")


@lru_cache(maxsize=1 << 16)
def is_known(word: str) -> bool:
    return morphology().word_is_known(word)


@lru_cache(maxsize=1 << 16)
def part_of_speech(word: str) -> str | None:
    """The part of speech of the word's likeliest reading (pymorphy2's tags: NOUN, ADJF, ADVB, ...);
    abbreviations such as "РОИВ" read as nouns."""
    return morphology().parse(word)[0].tag.POS
