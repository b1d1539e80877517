"""Regions: the genitive in a strategy title -> nominative name and code.

Titles name the region in the genitive ("... Ставропольского края"), while
joins across documents and years need the nominative name and a code.
regions.csv lists all 89 subjects. Codes are ISO 3166-2:RU where ISO assigns
one (83 subjects, column iso=yes). ISO 3166-2:RU has no entries for the
Republic of Crimea, Sevastopol, the Donetsk and Luhansk People's Republics,
Zaporozhye and Kherson oblasts (ISO lists those territories under UA-), so
they carry the RU-prefixed codes in common Russian use (RU-CR, RU-SEV,
RU-DPR, RU-LPR, RU-ZAP, RU-KHE), marked iso=no so nobody mistakes them for
ISO codes.
"""
from __future__ import annotations

import csv
import re
from functools import cache
from importlib import resources
from typing import NamedTuple


class Region(NamedTuple):
    code: str
    nominative: str
    genitive: str
    iso: bool


def _key(text: str) -> str:
    text = (text or "").lower().replace("ё", "е").replace("\u00ad", "")
    text = re.sub(r"\s*[-‐‑–—]\s*", "-", text)  # "Осетия – Алания" vs "Осетия-Алания"
    text = re.sub(r"[«»\"“”„]", "", text)
    return re.sub(r"[\s\u00a0]+", " ", text).strip(" .;,")


@cache
def regions() -> tuple[Region, ...]:
    text = resources.files(__package__).joinpath("regions.csv").read_text("utf-8")
    return tuple(
        Region(r["code"], r["nominative"], r["genitive"], r["iso"] == "yes")
        for r in csv.DictReader(text.splitlines())
    )


def _variants(name: str) -> set[str]:
    """Keys a name is recognised by: the full name, for a double name (printed
    with " – " in regions.csv, "... округа – Югры") its first half alone, and
    for a city the name without "города"."""
    variants = {_key(name), _key(name.split(" – ")[0])}
    return variants | {v.removeprefix("города ") for v in variants}


@cache
def _genitive_patterns() -> tuple[tuple[re.Pattern[str], Region], ...]:
    patterns = []
    for region in regions():
        for variant in sorted(_variants(region.genitive), key=len, reverse=True):
            patterns.append((re.compile(rf"(?<![\w-]){re.escape(variant)}(?![\w-])"), region))
    return tuple(patterns)


@cache
def _by_name() -> dict[str, Region]:
    table = {}
    for region in regions():
        for name in (region.nominative, region.genitive):
            for variant in _variants(name):
                table[variant] = region
    return table


def region_from_title(title: str) -> tuple[str, str] | None:
    """(nominative name, code) of the region a strategy title names, or None.

    The region named last wins: it is the strategy's subject even when the
    title goes on ("... Тюменской области на 2022-2024 годы").
    """
    key = _key(title)
    best: tuple[int, int, Region] | None = None
    for pattern, region in _genitive_patterns():
        for match in pattern.finditer(key):
            candidate = (match.end(), match.end() - match.start(), region)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
    return (best[2].nominative, best[2].code) if best else None


def region_code(name: str) -> str | None:
    """Code of a region given by its nominative (or genitive) name, or None."""
    region = _by_name().get(_key(name))
    return region.code if region else None
