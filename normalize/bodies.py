"""Responsible bodies (РОИВ) of one document -> one spelling per body.

Within one strategy the same ministry is printed with a lower-case
"республики", a dropped letter ("комунального") or doubled spaces. Those are
slips, not different bodies; different ministries of a region differ by whole
words ("образования" vs "образования и науки"). So names are grouped when
their normalised forms are equal or a few letters apart, and each group takes
its most frequent printed spelling.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from rapidfuzz.distance import Levenshtein

# One slip per ~40 letters: a 60-letter ministry name tolerates one typo, the
# usual 70-100-letter name two; a dropped word ("и науки") is longer than that.
_LETTERS_PER_SLIP = 40


def _key(name: str) -> str:
    text = name.lower().replace("ё", "е").replace("\u00ad", "")
    text = re.sub(r"[«»\"'“”„]", "", text)
    text = re.sub(r"\s*[-‐‑–—]\s*", "-", text)
    return re.sub(r"[\s\u00a0]+", " ", text).strip(" .;,")


def _same_body(a: str, b: str) -> bool:
    allowed = max(1, min(len(a), len(b)) // _LETTERS_PER_SLIP)
    return Levenshtein.distance(a, b, score_cutoff=allowed) <= allowed


def canonical_bodies(names: Iterable[str]) -> dict[str, str]:
    """Map every printed name of one document to the canonical spelling of its body."""
    counts = Counter(n for n in names if n and n.strip())
    first_seen = {name: i for i, name in enumerate(counts)}  # breaks ties deterministically
    groups: list[list[str]] = []
    group_keys: list[str] = []
    for name in sorted(counts, key=lambda n: (-counts[n], first_seen[n])):
        key = _key(name)
        for keys, group in zip(group_keys, groups):
            if _same_body(key, keys):
                group.append(name)
                break
        else:
            groups.append([name])
            group_keys.append(key)
    return {name: group[0] for group in groups for name in group}
