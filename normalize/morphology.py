"""The one Russian morphology of the project: pymorphy2's dictionaries as natasha ships them.

Loading them takes ~0.3 s, so they load on first use only, once per process.

Look-ups are memoised for the whole run, not for one document: ingest parses
every document in a forked child (ingest/isolation.py), which would forget what
it looked up when it exits, and a cold look-up (~60 µs in pymorphy2's Python
code; about 2.5x less since pymorphy2 finds dawg2's C DAWG, a dependency) for
each of a strategy's few thousand words was about a third of a child's time.
So a child hands its new look-ups back (`learned_since`) and the parent keeps them (`learn`) for the children it forks next: strategies share
most of their vocabulary, so a word costs one cold look-up per run. Other
look-ups that depend on words only (parsers.meaning's scores of a text) are
memoised the same way, with `memoised`.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import cache, wraps
from itertools import islice
from typing import TypeVar

T = TypeVar("T")
_MEMOS: list[dict] = []  # one per memoised look-up; insertion-ordered and never pruned (see `mark`)
MEMO_LIMIT = 1 << 17
"""Look-ups a memo keeps at most (a few MB): a run over hundreds of documents stops memoising new words,
as the per-process caches these replace stopped at 65,536."""


def memoised(compute: Callable[[str], T]) -> Callable[[str], T]:
    """`compute` memoised for the whole run: its look-ups travel with `mark`, `learned_since` and `learn`.

    Call it before a run forks its children (at import, or in the parent's warm-up), so that
    parent and children hold their memos in the same order."""
    memo: dict[str, T] = {}
    _MEMOS.append(memo)

    @wraps(compute)
    def look_up(word: str) -> T:
        try:
            return memo[word]
        except KeyError:
            found = compute(word)
            if len(memo) < MEMO_LIMIT:
                memo[word] = found
            return found

    return look_up


@cache
def morphology():
    """pymorphy2's analyser as natasha ships it (natasha makes it load on Python 3.11).

    Given its dictionary's path: left to find it, pymorphy2 imports pkg_resources and scans every
    installed package's entry points, which cost more than loading the dictionary (~0.1 s of CPU).
    """
    import pymorphy2_dicts_ru
    from natasha.morph.vocab import MorphForm, MorphVocab, PymorphyAnalyzer

    class Vocab(MorphVocab):
        def __init__(self) -> None:
            PymorphyAnalyzer.__init__(self, path=pymorphy2_dicts_ru.get_path(), result_type=MorphForm)

    return Vocab()


@memoised
def lemma(word: str) -> str:
    """The dictionary form of a word, lower case, ё as е; digits and Latin words as they are."""
    word = word.lower().replace("ё", "е")
    if not word.isalpha() or word.isascii():
        return word
    return morphology().parse(word)[0].normal_form.replace("ё", "е")


def is_dictionary_word(word: str) -> bool:
    """Whether the dictionary holds the word; unmemoised, for the many spellings tried once (meaning._misread),
    which would only swell the memo the workers share (`is_known` is it memoised)."""
    return morphology().word_is_known(word)


is_known = memoised(is_dictionary_word)


@memoised
def part_of_speech(word: str) -> str | None:
    """The part of speech of the word's likeliest reading (pymorphy2's tags: NOUN, ADJF, ADVB, ...);
    abbreviations such as "РОИВ" read as nouns. A plain str: pymorphy2's own type cannot be pickled,
    and the look-ups travel between processes."""
    pos = morphology().parse(word)[0].tag.POS
    return None if pos is None else str(pos)


Learned = tuple[list[tuple[str, object]], ...]


def mark() -> tuple[int, ...]:
    """How many look-ups are memoised now: `learned_since` gives those added after it (memos only grow,
    in insertion order)."""
    return tuple(len(memo) for memo in _MEMOS)


def learned_since(marked: tuple[int, ...]) -> Learned:
    """The look-ups memoised since `mark()` returned `marked`, to hand to another process's `learn`."""
    return tuple(list(islice(memo.items(), n, None)) for memo, n in zip(_MEMOS, marked))


def learn(learned: Learned) -> None:
    """Keep look-ups another process made (a child's `learned_since`)."""
    for memo, items in zip(_MEMOS, learned):
        memo.update(items[:max(0, MEMO_LIMIT - len(memo))])
