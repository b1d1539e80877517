#!/usr/bin/env python3
"""Build layout variants of a strategy from its gold JSON: DOCX -> PDF (LibreOffice) + variant gold.

    python tests/variants/make_variants.py [--only NAME ...] [--out tests/fixtures/variants]
    python tests/variants/make_variants.py --samples docx html   # the samples themselves as DOCX and HTML

Every variant is a named configuration (VARIANTS below) applied to one source gold JSON.
The document text is written from the gold; the variant's gold JSON is the source gold with
the same configuration applied to it (renamed headers, reordered columns, headings, title
page, TOC page numbers), never anything read back from a parser. TOC page numbers are found
in a first rendering (pymupdf text search) and written as literal text in the second.

Reworded variants (issue #9) take the section titles, column headers and card field names
from one half of tests/variants/rewordings.toml (`rewording = "tuning"` or `"heldout"`; `pick`
rotates through the half's wordings of each slot so that the variants of a half use all of
them), number the sections in another style ("Раздел 5.", "V.", "Глава 5."), reorder the
columns of sections 5-7 and extend section 7's years up to 2030, with values for the new years
written into the gold first and printed from it. They are written to the `tuning/` and
`heldout/` subfolders of --out. The `blind-*` variants take their wordings from another file,
tests/variants/blind_rewordings.toml (`rewordings_file`, half "blind"), written for an
out-of-sample test by someone who saw neither the parser nor the two halves; one of them adds
a column the template has not (`s6_extra`). They go to `blind/`. The `blind2-*` variants do the same
with a second, independently written file, tests/variants/blind2_rewordings.toml (half "blind2"), over
all four sources (the two samples and the two rebuilt regions); they go to `blind2/`.

Needs python-docx, pymupdf and LibreOffice (`soffice`) on PATH, with Debian's `hyphen-ru`
for Russian hyphenation (`make variants` installs them); the generated PDFs and gold
files are committed so the tests do not need LibreOffice.
"""
from __future__ import annotations

import argparse
import copy
import functools
import json
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parent / "fixtures"

# ---------------------------------------------------------------- variant configurations
BASE = {
    "font": "Liberation Serif",
    "body_size": 14,
    "table_size": 11,
    "hyphenate": False,
    "industry_as": "heading",      # heading: "N. Industry" paragraph above its own table; row: merged row in one long table
    "colnums": None,               # None | "1" (1 2 3) | "1." (1. 2. 3.)
    "landscape_tables": False,     # sections 5-7 in a landscape Word section
    "heading_style": "quoted",     # quoted: 5. Раздел «X».  | plain: 5. X  | raздел_plain: 5. Раздел X
    "nospace8": False,             # "8.Раздел ..." (no space after the number)
    "front": None,                 # dict(act=..., city=..., year=...) -> title page "УТВЕРЖДЕНА ..."
    "toc_pages": False,            # TOC with dot leaders and page numbers
    "s5_header": None, "s6_header": None, "s7_header": None,   # {key: label} overrides
    "s6_columns": None,            # new column order (keys)
    "s7_years_label": None,
    "word_numbering": False,       # list items and section headings numbered by Word (numPr), not typed
    # reworded variants (issue #9)
    "rewording": None,             # None | "tuning" | "heldout": the half of rewordings.toml to word the document with
    "pick": 0,                     # which of the half's wordings of each slot (rotated per slot)
    "numbering": "arabic",         # arabic: "5. " | razdel: "Раздел 5. " | roman: "V. " | glava: "Глава 5. " (reworded only)
    "title_quotes": False,         # reworded titles in «»
    "upper_headings": False,       # reworded headings (and their TOC lines) in capitals
    "s5_columns": None, "s7_columns": None,   # new column order (keys; s7 without the years)
    "years_to": None,              # extend section 7's years up to this year
    "folder": "",                  # subfolder of --out
    "fit_columns": False,          # widen columns whose header words or year values would not fit
    "rewordings_file": "rewordings.toml",   # the file (beside this script) the `rewording` half is read from
    "s6_extra": None,              # {"after": key, "label": str, "texts": [...]}: a column the template has not
                                   # (kept in the gold as key "extra", which the scorer does not read)
    # regions rebuilt from their text layer (tests/variants/seed_to_gold.py)
    "gold": None,                  # the source gold's path under tests/fixtures (default gold-<source>.json)
    "nospace": (),                 # heading numbers printed without a space after them ("2.Раздел", "8.1.Участники")
    "repeat": "header",            # header: header and column numbers repeated on every page | colnums: only the numbers
}

VARIANTS = {
    # 1. LNR-like layout with Stavropol content: portrait, industries as merged full-width rows
    #    inside one long table per section, no column-number row.
    "variant-portrait-rows": dict(source="stavropol", industry_as="row", colnums=None, table_size=10,
                                  hyphenate=True),
    # 2. + 6. Khabarovsk-like: title page "УТВЕРЖДЕНА распоряжением ...", TOC with dot leaders and
    #    page numbers, landscape sections 5-7, industry headings above separate tables, a
    #    column-number row "1 2 3 ..." under the header.
    "variant-landscape-colnums": dict(
        source="lnr", industry_as="heading", colnums="1", landscape_tables=True, toc_pages=True, table_size=10,
        front=dict(act="распоряжением Правительства", date="от 21 сентября 2022 г. № 1255-рп",
                   city="г. Луганск", year="2022 год")),
    # 3. Column order and header synonyms (Tyumen/Khabarovsk wording): s6 with term after the
    #    description, financing before the description, "Используемые технологии"; s5 "Задачи
    #    отрасли"; s7 "Ответственный орган исполнительной власти"; column numbers printed "1." "2.".
    "variant-columns-synonyms": dict(
        source="lnr", industry_as="row", colnums="1.", table_size=10, hyphenate=True,
        s5_header={"no": "№ п/п", "task": "Задачи отрасли", "project": "Наименование проекта",
                   "beneficiary": "Бенефициары проекта", "benefits": "Выгоды для бенефициаров"},
        s6_columns=["no", "name", "goal", "financing", "description", "technologies", "term", "region_role"],
        s6_header={"no": "№ п/п", "name": "Наименование проекта", "goal": "Цель проекта",
                   "financing": "Финансирование проекта", "description": "Краткое описание проекта",
                   "technologies": "Используемые технологии", "term": "Срок реализации",
                   "region_role": "Роль региона в реализации проекта"},
        s7_header={"no": "№ п/п", "project": "Наименование проекта",
                   "roiv": "Ответственный орган исполнительной власти",
                   "name": "Наименование показателя", "unit": "Единица измерения"},
        s7_years_label="Значения показателя по годам"),
    # 4. A sans font (DejaVu Sans), 12 pt in tables, automatic hyphenation on.
    "variant-sans-hyphen": dict(source="stavropol", font="DejaVu Sans", body_size=12, table_size=12,
                                hyphenate=True, industry_as="heading", colnums="1"),
    # 5. + 6. Headings without quotes and without "Раздел", "8.Раздел" with no space; title page;
    #    TOC with page numbers; Times-like font with hyphenation on.
    "variant-plain-headings": dict(
        source="lnr", heading_style="plain", nospace8=True, hyphenate=True, industry_as="row",
        toc_pages=True, front=dict(act="постановлением Правительства",
                                   date="от 14 октября 2022 г. № 617", city="г. Луганск", year="2022")),

    # ---- issue #9: reworded titles, headers and card fields (one half of rewordings.toml each),
    #      numbering styles, column orders, years up to 2030. The tuning ones may be looked at
    #      while writing matching code; the held-out ones are the test.
    "tuning-stavropol-razdel-2030": dict(
        source="stavropol", folder="tuning", rewording="tuning", pick=0, fit_columns=True,
        numbering="razdel", title_quotes=True, landscape_tables=True, hyphenate=True, years_to=2030,
        colnums="1", table_size=10,
        s6_columns=["no", "name", "term", "goal", "description", "region_role", "financing"]),
    "tuning-lnr-roman-upper": dict(
        source="lnr", folder="tuning", rewording="tuning", pick=1, fit_columns=True,
        numbering="roman", upper_headings=True, industry_as="row", hyphenate=True, table_size=10, years_to=2026,
        s5_columns=["no", "project", "task", "beneficiary", "benefits"]),
    "heldout-stavropol-glava-2030": dict(
        source="stavropol", folder="heldout", rewording="heldout", pick=0, fit_columns=True,
        numbering="glava", title_quotes=True, landscape_tables=True, hyphenate=True, years_to=2030,
        colnums="1.", table_size=10, s7_columns=["no", "project", "name", "unit", "roiv"]),
    "heldout-stavropol-upper-rows": dict(
        source="stavropol", folder="heldout", rewording="heldout", pick=1, fit_columns=True,
        numbering="arabic", upper_headings=True, industry_as="row", hyphenate=True, table_size=10, years_to=2025,
        s5_columns=["no", "task", "project", "benefits", "beneficiary"],
        s6_columns=["no", "name", "description", "goal", "term", "financing", "region_role"]),
    "heldout-lnr-roman-2030": dict(
        source="lnr", folder="heldout", rewording="heldout", pick=2, fit_columns=True,
        numbering="roman", landscape_tables=True, hyphenate=True, years_to=2030, toc_pages=True, table_size=10,
        s6_columns=["no", "name", "goal", "description", "technologies", "term", "financing", "region_role"],
        front=dict(act="постановлением Правительства", date="от 30 августа 2022 г. № 544",
                   city="г. Луганск", year="2022 год")),
    "heldout-lnr-razdel-rows": dict(
        source="lnr", folder="heldout", rewording="heldout", pick=3, fit_columns=True,
        numbering="razdel", industry_as="row", font="Liberation Sans", body_size=12, table_size=9,
        hyphenate=True, years_to=2027, colnums="1", s7_columns=["no", "roiv", "project", "name", "unit"]),

    # ---- blind out-of-sample test: wordings from blind_rewordings.toml, written without sight of
    #      the parser or of the two halves above; one variant adds a column the template has not.
    "blind-stavropol-razdel-2030": dict(
        source="stavropol", folder="blind", rewordings_file="blind_rewordings.toml", rewording="blind", pick=0,
        fit_columns=True, numbering="razdel", title_quotes=True, landscape_tables=True, hyphenate=True,
        years_to=2030, colnums="1", table_size=10,
        s6_columns=["no", "name", "description", "goal", "financing", "term", "region_role"]),
    "blind-lnr-roman-upper-extra": dict(
        source="lnr", folder="blind", rewordings_file="blind_rewordings.toml", rewording="blind", pick=1,
        fit_columns=True, numbering="roman", upper_headings=True, industry_as="row", landscape_tables=True,
        hyphenate=True, table_size=10, years_to=2028, s5_columns=["no", "project", "task", "benefits", "beneficiary"],
        s6_extra=dict(after="region_role", label="Примечание",
                      texts=["—", "Переходящий проект", "", "Реализуется в рамках государственной программы",
                             "—", "Требует уточнения объёмов"])),
    "blind-stavropol-glava-rows": dict(
        source="stavropol", folder="blind", rewordings_file="blind_rewordings.toml", rewording="blind", pick=2,
        fit_columns=True, numbering="glava", industry_as="row", hyphenate=True, years_to=2027, colnums="1.",
        table_size=8, toc_pages=True, s7_columns=["no", "name", "unit", "project", "roiv"],
        front=dict(act="постановлением Правительства", date="от 12 октября 2022 г. № 583-п",
                   city="г. Ставрополь", year="2022 год")),
    "blind-lnr-arabic-caps-2030": dict(
        source="lnr", folder="blind", rewordings_file="blind_rewordings.toml", rewording="blind", pick=3,
        fit_columns=True, numbering="arabic", upper_headings=True, title_quotes=True, landscape_tables=True,
        toc_pages=True, years_to=2030, font="Liberation Sans", body_size=12, table_size=9, hyphenate=True,
        s6_columns=["no", "name", "goal", "term", "technologies", "description", "financing", "region_role"]),
    "blind-stavropol-razdel-extra-mid": dict(
        source="stavropol", folder="blind", rewordings_file="blind_rewordings.toml", rewording="blind", pick=4,
        fit_columns=True, numbering="razdel", industry_as="heading", landscape_tables=True, hyphenate=True,
        years_to=2026, colnums="1", table_size=10, s5_columns=["no", "task", "beneficiary", "project", "benefits"],
        s6_extra=dict(after="term", label="Примечание",
                      texts=["", "Проект переходящий с 2021 года", "—", "", "Софинансирование из федерального бюджета"])),

    # ---- second blind test (blind2): wordings from blind2_rewordings.toml, written without sight of the
    #      parser, the tests or the other wording files; one variant per source, the two rebuilt regions
    #      included, each mixing options unlike the blind-* ones.
    "blind2-tyumen-razdel-upper-portrait": dict(
        source="tyumen", gold="variants/regions/source/gold-tyumen.json", folder="blind2",
        rewordings_file="blind2_rewordings.toml", rewording="blind2", pick=0, fit_columns=True,
        numbering="razdel", upper_headings=True, industry_as="heading", font="DejaVu Serif", body_size=13,
        table_size=8, hyphenate=True, colnums="1.", years_to=2026, nospace=("8.1", "8.2"),
        s5_columns=["no", "project", "task", "beneficiary", "benefits"],
        s7_columns=["no", "name", "unit", "roiv", "project"]),
    "blind2-khabarovsk-glava-front-extra": dict(
        source="khabarovsk", gold="variants/regions/source/gold-khabarovsk.json", folder="blind2",
        rewordings_file="blind2_rewordings.toml", rewording="blind2", pick=1, fit_columns=True,
        numbering="glava", title_quotes=True, industry_as="row", landscape_tables=True, toc_pages=True,
        hyphenate=True, table_size=9, colnums="1", repeat="colnums", years_to=2030,
        s6_columns=["no", "name", "description", "technologies", "goal", "term", "financing", "region_role"],
        s6_extra=dict(after="term", label="Статус реализации",
                      texts=["Реализуется", "Планируется", "Реализуется", "Завершён в 2022 году", "—"]),
        front=dict(act="постановлением Правительства", date="от 26 августа 2022 г. № 412-пр",
                   city="г. Хабаровск", year="2022 год")),
    "blind2-lnr-arabic-narrow-headings": dict(
        source="lnr", folder="blind2", rewordings_file="blind2_rewordings.toml", rewording="blind2", pick=2,
        fit_columns=True, numbering="arabic", industry_as="heading", font="Liberation Sans Narrow", body_size=12,
        table_size=8, hyphenate=True, years_to=2025, toc_pages=True,
        s6_columns=["no", "name", "technologies", "description", "goal", "region_role", "term", "financing"],
        s7_columns=["no", "roiv", "project", "name", "unit"],
        front=dict(act="указом Главы", date="от 29 июля 2022 г. № УГ-315/22", city="г. Луганск", year="2022")),
    "blind2-stavropol-roman-rows-quoted": dict(
        source="stavropol", folder="blind2", rewordings_file="blind2_rewordings.toml", rewording="blind2", pick=3,
        fit_columns=True, numbering="roman", title_quotes=True, upper_headings=True, industry_as="row",
        landscape_tables=True, font="DejaVu Sans", body_size=12, table_size=9, hyphenate=True, colnums="1.",
        years_to=2027, s5_columns=["no", "task", "beneficiary", "benefits", "project"],
        s6_columns=["no", "name", "financing", "term", "goal", "description", "region_role"]),

    # ---- regions we have no PDF of, rebuilt from their text layers by tests/variants/seed_to_gold.py
    #      (/work/shared/seeds): their own headings, numbering, headers, columns and industries.
    "region-tyumen": dict(
        source="tyumen", gold="variants/regions/source/gold-tyumen.json", folder="regions", industry_as="row",
        landscape_tables=True, toc_pages=True, table_size=10, fit_columns=True, nospace=("2", "8.1", "8.2")),
    "region-khabarovsk": dict(
        source="khabarovsk", gold="variants/regions/source/gold-khabarovsk.json", folder="regions",
        industry_as="row", landscape_tables=True, toc_pages=True, table_size=10, fit_columns=True, colnums="1.",
        hyphenate=True,   # the seed shows layout hyphenation in its tables ("рекомендатель-" / "ные")
        repeat="colnums", front=dict(act="распоряжением Правительства", date="от 21 сентября 2022 г. № 1255-рп",
                                     city="г. Хабаровск", year="2022 год")),
}

# ---------------------------------------------------------------- gold transformation

S5_KEYS = ["no", "task", "project", "beneficiary", "benefits"]
S7_KEYS = ["no", "project", "roiv", "name", "unit"]
S7_PROJECT_KEYS = {"no", "project", "roiv"}   # printed once per project, merged over its indicators
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]


def card_slot(field: str) -> str:
    """A card field name without its trailing colon or question mark: 'Что делаем?' and 'Что делаем' are one slot."""
    return field.strip().rstrip(":?").strip()


def resolve_rewordings(cfg: dict) -> dict:
    """cfg with its half's wordings filled in: section titles, column headers, years label, card fields.

    Slot i takes wording (pick + i) of its half, so the variants of one half spread over all of them."""
    if not cfg["rewording"]:
        return cfg
    data = tomllib.loads((HERE / cfg["rewordings_file"]).read_text(encoding="utf-8"))
    slots: dict[tuple, list[str]] = {}
    for e in data["section_titles"]:
        if e["half"] == cfg["rewording"]:
            slots.setdefault(("title", e["section"]), []).append(e["text"])
    for e in data["column_headers"]:
        if e["half"] == cfg["rewording"]:
            slots.setdefault((e["table"], e["key"]), []).append(e["text"])
    for e in data["card_fields"]:
        if e["half"] == cfg["rewording"]:
            slots.setdefault(("card", card_slot(e["field"])), []).append(e["text"])
    word = {slot: texts[(cfg["pick"] + i) % len(texts)] for i, (slot, texts) in enumerate(slots.items())}
    out = dict(cfg)
    out["titles"] = {n: word[("title", n)] for n in range(1, 9)}
    out["card_fields"] = {slot[1]: w for slot, w in word.items() if slot[0] == "card"}
    out["s5_header"] = {k: word[("s5", k)] for k in S5_KEYS}
    out["s6_header"] = {k: w for (t, k), w in word.items() if t == "s6"}
    out["s7_header"] = {k: word[("s7", k)] for k in S7_KEYS}
    out["s7_years_label"] = word[("s7", "years")]
    return out


def extended_values(values: list[str], unit: str, n_new: int) -> list[str]:
    """Targets for the added years: the last step continued (none when falling), capped at 100 for a share.

    Printed like the last value (decimal comma, same decimals); a value that is not a number is repeated."""
    def num(v):
        return float(v.replace(",", ".")) if re.fullmatch(r"\d+(,\d+)?", v or "") else None
    last = values[-1] if values else ""
    a, b = (num(values[-2]) if len(values) > 1 else None), num(last)
    if b is None:
        return [last] * n_new
    step = max(0.0, b - a) if a is not None else 0.0
    decimals = len(last.split(",")[1]) if "," in last else 0
    out = []
    for k in range(1, n_new + 1):
        v = b + step * k
        if "%" in unit:
            v = min(v, 100.0)
        out.append(f"{v:.{decimals}f}".replace(".", ","))
    return out


def strip_heading(h: str) -> str:
    """'Раздел «Проекты развития отрасли».' -> 'Проекты развития отрасли.'"""
    m = re.match(r"Раздел\s*«(.*)»(\.?)\s*$", h)
    return (m.group(1) + m.group(2)) if m else h


def section_heading(cfg, n: int, h: str) -> tuple[str, str]:
    """(printed number prefix, heading text as the gold stores it) for section n."""
    if cfg.get("titles"):
        h = f"«{cfg['titles'][n]}»" if cfg["title_quotes"] else cfg["titles"][n]
        prefix = {"arabic": f"{n}. ", "razdel": f"Раздел {n}. ", "roman": f"{ROMAN[n - 1]}. ",
                  "glava": f"Глава {n}. "}[cfg["numbering"]]
        return prefix, (h.upper() if cfg["upper_headings"] else h)
    if cfg["heading_style"] == "plain":
        h = strip_heading(h)
        if n == 8 and cfg["nospace8"]:
            h = "Раздел " + h
    elif cfg["heading_style"] == "razdel_plain":
        m = re.match(r"Раздел\s*«(.*)»(\.?)\s*$", h)
        h = f"Раздел {m.group(1)}{m.group(2)}" if m else h
    prefix = f"{n}." if (n == 8 and cfg["nospace8"]) or str(n) in cfg["nospace"] else f"{n}. "
    return prefix, h


def transform_gold(src: dict, cfg: dict) -> dict:
    g = copy.deepcopy(src)
    keys = {1: "s1", 2: "s2_card", 3: "s3", 4: "s4", 5: "s5", 6: "s6", 7: "s7", 8: "s8"}
    for n, k in keys.items():
        _, g[k]["heading"] = section_heading(cfg, n, src[k]["heading"])
    for e in g["toc"]:
        if re.fullmatch(r"\d\.", e["number"]):
            n = int(e["number"][0])
            e["title"] = g[keys[n]]["heading"]
            if cfg.get("titles"):
                e["number"] = section_heading(cfg, n, "")[0].strip()   # as printed: "Раздел 5.", "V.", "Глава 5."
            if n == 8 and cfg["nospace8"]:
                pass  # number stays "8." in the gold; printed without a space
    if cfg.get("card_fields"):
        for r in g["s2_card"]["rows"]:
            r["field"] = cfg["card_fields"].get(card_slot(r["field"]), r["field"])
    if cfg["years_to"]:
        s7 = g["s7"]
        new = [str(y) for y in range(int(s7["years"][-1]) + 1, cfg["years_to"] + 1)]
        s7["years"] = s7["years"] + new
        for grp in s7["groups"]:
            for r in grp["rows"]:
                for ind in r["indicators"]:
                    ind["values"] = ind["values"] + extended_values(ind["values"], ind["unit"], len(new))
    for k in ("s5", "s6", "s7"):
        g[k]["industry_as"] = cfg["industry_as"]
    if cfg["s5_columns"]:
        g["s5"]["columns"] = list(cfg["s5_columns"])
    if cfg["s5_header"] or cfg["s5_columns"]:
        lab = cfg["s5_header"] or dict(zip(S5_KEYS, src["s5"]["header"]))
        g["s5"]["header"] = [lab[c] for c in g["s5"].get("columns", S5_KEYS)]
    if cfg["s6_columns"]:
        g["s6"]["columns"] = list(cfg["s6_columns"])
    if cfg["s6_header"]:
        g["s6"]["header"] = [cfg["s6_header"][c] for c in g["s6"]["columns"]]
    elif cfg["s6_columns"]:
        lab = dict(zip(src["s6"]["columns"], src["s6"]["header"]))
        g["s6"]["header"] = [lab[c] for c in g["s6"]["columns"]]
    if cfg["s6_extra"]:
        x = cfg["s6_extra"]
        at = g["s6"]["columns"].index(x["after"]) + 1
        g["s6"]["columns"].insert(at, "extra")
        g["s6"]["header"].insert(at, x["label"])
        rows = [r for grp in g["s6"]["groups"] for r in grp["rows"]]
        for i, r in enumerate(rows):
            r["extra"] = x["texts"][i % len(x["texts"])]
    if cfg["s7_columns"]:
        g["s7"]["columns"] = list(cfg["s7_columns"])
    if cfg["s7_header"] or cfg["s7_columns"]:
        lab = cfg["s7_header"] or dict(zip(S7_KEYS, src["s7"]["header"]))
        g["s7"]["header"] = [lab[c] for c in g["s7"].get("columns", S7_KEYS)] + \
            [cfg["s7_years_label"] or src["s7"]["header"][-1]]
    for k in ("s5", "s6", "s7"):
        n = len(g[k]["header"]) - 1 + len(g["s7"]["years"]) if k == "s7" else len(g[k]["header"])
        g[k]["colnums"] = [f"{i}{'.' if cfg['colnums'] == '1.' else ''}" for i in range(1, n + 1)] if cfg["colnums"] else []
    if cfg["front"]:
        f = cfg["front"]
        g["front"] = {"approval_lines": ["УТВЕРЖДЕНА", f["act"], g["region_genitive"], f["date"]],
                      "title": g["title"], "place": f["city"], "year": f["year"]}
    shown = {k: v for k, v in cfg.items() if BASE.get(k, '∅') != v}
    g["notes"] = (src["notes"] if cfg["gold"] else []) + [f"Variant generated by tests/variants/make_variants.py from {cfg['gold'] or 'gold-' + cfg['source'] + '.json'} "
                  f"with config {json.dumps(shown, ensure_ascii=False)}; "
                  + ("content identical to the source gold, only layout/heading/header wording changed."
                     if not cfg["years_to"] else
                     f"content identical to the source gold but for section 7's years "
                     f"{', '.join(g['s7']['years'][len(src['s7']['years']):])}, added with targets continuing "
                     "each indicator's last step; layout/heading/header wording changed.")]
    return g


# ---------------------------------------------------------------- docx helpers

@functools.cache
def font(family: str, bold: bool):
    """The font file LibreOffice will use for family (fontconfig's choice), loaded for measuring."""
    import pymupdf
    path = subprocess.run(["fc-match", "-f", "%{file}", f"{family}:{'bold' if bold else 'regular'}"],
                          check=True, capture_output=True, text=True).stdout
    return pymupdf.Font(fontfile=path)


def word_mm(text: str, family: str, size: float, bold: bool) -> float:
    """Printed width of text in mm."""
    return font(family, bold).text_length(text, fontsize=size) / 72 * 25.4

def set_cell_margins(tbl, mm=1.0):
    tblPr = tbl._tbl.tblPr
    mar = OxmlElement("w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:w"), str(int(mm * 56.7)))
        e.set(qn("w:type"), "dxa")
        mar.append(e)
    tblPr.append(mar)


def fixed_layout(tbl, widths_mm):
    tblPr = tbl._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    trPr.append(e)


def set_lang_and_font(doc, cfg):
    st = doc.styles["Normal"]
    st.font.name = cfg["font"]
    st.font.size = Pt(cfg["body_size"])
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), cfg["font"])
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "ru-RU")
    lang.set(qn("w:eastAsia"), "ru-RU")
    lang.set(qn("w:bidi"), "ar-SA")
    rpr.append(lang)
    pf = st.paragraph_format
    pf.space_after = Pt(0)
    pf.space_before = Pt(0)
    pf.line_spacing = 1.0
    settings = doc.settings.element
    if cfg["hyphenate"]:
        ah = OxmlElement("w:autoHyphenation")
        settings.insert(0, ah)
    else:
        ah = OxmlElement("w:autoHyphenation")
        ah.set(qn("w:val"), "false")
        settings.insert(0, ah)


def page_setup(section, landscape=False):
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    w, h = Mm(210), Mm(297)
    section.page_width, section.page_height = (h, w) if landscape else (w, h)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.header_distance = Mm(10)


def add_page_number_header(section):
    p = section.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run()
    for tag, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if tag:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), tag)
            run._r.append(e)
        elif text == " PAGE ":
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = text
            run._r.append(e)
        else:
            t = OxmlElement("w:t")
            t.text = text
            run._r.append(t)


class Writer:
    def __init__(self, gold: dict, cfg: dict, toc_pages: dict | None):
        self.g, self.cfg, self.toc_pages = gold, cfg, toc_pages or {}
        self.doc = Document()
        set_lang_and_font(self.doc, cfg)
        sec = self.doc.sections[0]
        page_setup(sec)
        add_page_number_header(sec)
        if cfg["front"]:
            sec.different_first_page_header_footer = True

    # -- Word's automatic numbering: the number is printed by Word, not stored in the text
    def new_list(self):
        """A fresh list (numId) starting at 1: a copy of the "List Number" style's abstract list, so no
        reader or converter can take it for the continuation of another list."""
        numbering = self.doc.part.numbering_part.element
        style_num = self.doc.styles["List Number"].element.pPr.numPr.numId.val
        source = numbering.num_having_numId(style_num).abstractNumId.val
        abstracts = numbering.findall(qn("w:abstractNum"))
        template = next(a for a in abstracts if a.get(qn("w:abstractNumId")) == str(source))
        copy_ = copy.deepcopy(template)
        new_id = max(int(a.get(qn("w:abstractNumId"))) for a in abstracts) + 1
        copy_.set(qn("w:abstractNumId"), str(new_id))
        for nsid in copy_.findall(qn("w:nsid")):  # Word tells lists apart by nsid too
            nsid.set(qn("w:val"), f"{0x10000000 + new_id:08X}")
        abstracts[-1].addnext(copy_)
        num = numbering.add_num(new_id)
        num.add_lvlOverride(ilvl=0).add_startOverride(1)
        return num.numId

    def numbered(self, p, num_id):
        numpr = p._p.get_or_add_pPr().get_or_add_numPr()
        numpr.get_or_add_ilvl().val = 0
        numpr.get_or_add_numId().val = num_id
        return p

    def items(self, items):
        if self.cfg["word_numbering"]:
            num_id = self.new_list()
            for it in items:
                self.numbered(self.para(it), num_id)
        else:
            for k, it in enumerate(items, 1):
                self.para(f"{k}. {it}")

    # -- text
    def para(self, text, bold=False, align=None, indent_first=True, size=None, keep_next=False, space_before=0):
        p = self.doc.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold = bold
            if size:
                r.font.size = Pt(size)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if align is None else align
        if indent_first and align is None:
            p.paragraph_format.first_line_indent = Mm(12.5)
        if keep_next:
            p.paragraph_format.keep_with_next = True
        if space_before:
            p.paragraph_format.space_before = Pt(space_before)
        return p

    def heading(self, text, level=1):
        return self.para(text, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER if level == 1 else WD_ALIGN_PARAGRAPH.LEFT,
                         keep_next=True, space_before=6)

    def block(self, b):
        sep = "" if b["number"] in self.cfg["nospace"] else " "
        self.heading(f"{b['number']}.{sep}{b['title']}", level=2)
        for o in b["order"]:
            i = int(o[1:])
            if o[0] == "p":
                self.para(b["paragraphs"][i])
            else:
                lst = b["lists"][i]
                if lst.get("intro"):
                    self.para(lst["intro"])
                self.items(lst["items"])

    def section_heading(self, n):
        key = {1: "s1", 2: "s2_card", 3: "s3", 4: "s4", 5: "s5", 6: "s6", 7: "s7", 8: "s8"}[n]
        prefix, h = section_heading(self.cfg, n, self.srcg[key]["heading"])
        if self.cfg["word_numbering"]:  # one list over the eight headings: Word prints 1. ... 8.
            if n == 1:
                self.heading_list = self.new_list()
            return self.numbered(self.heading(h), self.heading_list)
        return self.heading(prefix + h)

    # -- tables
    def cell_text(self, cell, text, bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None):
        lines = (text or "").split("\n")
        p = cell.paragraphs[0]
        for k, line in enumerate(lines):
            if k:
                p = cell.add_paragraph()
            p.alignment = align
            if line:
                r = p.add_run(line)
                r.bold = bold
                r.font.size = Pt(size or self.cfg["table_size"])

    def new_table(self, ncols, widths):
        t = self.doc.add_table(rows=0, cols=ncols)
        t.style = self.doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        fixed_layout(t, widths)
        set_cell_margins(t, 1.0)
        return t

    def add_row(self, t, texts, widths, bold=False, align=None, size=None):
        row = t.add_row()
        for c, (txt, w) in enumerate(zip(texts, widths)):
            cell = row.cells[c]
            cell.width = Mm(w)
            a = align if align is not None else (WD_ALIGN_PARAGRAPH.CENTER if c == 0 else WD_ALIGN_PARAGRAPH.JUSTIFY)
            self.cell_text(cell, txt, bold=bold, align=a, size=size)
        return row

    def header_rows(self, t, labels, widths, years=None):
        C = WD_ALIGN_PARAGRAPH.CENTER
        hs = self.header_size(len(widths))
        again = self.cfg["repeat"] == "header"   # else only the column numbers come again on every page
        if years is None:
            r = self.add_row(t, labels, widths, bold=True, align=C, size=hs)
            if again:
                repeat_header(r)
        else:
            n0 = len(labels) - 1
            r1 = self.add_row(t, labels[:n0] + [labels[-1]] + [""] * (len(years) - 1), widths, bold=True, align=C, size=hs)
            r2 = self.add_row(t, [""] * n0 + years, widths, bold=True, align=C, size=hs)
            if again:
                repeat_header(r1)
                repeat_header(r2)
            a = r1.cells[n0]
            a.merge(r1.cells[n0 + len(years) - 1])
            for c in range(n0):
                r1.cells[c].merge(r2.cells[c])
        if self.cfg["colnums"]:
            n = len(widths)
            r = self.add_row(t, [f"{i}{'.' if self.cfg['colnums'] == '1.' else ''}" for i in range(1, n + 1)],
                             widths, align=C)
            repeat_header(r)

    def industry_row(self, t, text, widths):
        r = self.add_row(t, [text] + [""] * (len(widths) - 1), widths, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT)
        r.cells[0].merge(r.cells[len(widths) - 1])
        # merge keeps the (empty) paragraphs of the merged cells: drop them
        c = r.cells[0]
        for p in c.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        r.cells[0].paragraphs[0].paragraph_format.keep_with_next = True

    def text_width(self, landscape):
        return (297 if landscape else 210) - 45

    def grouped_table(self, sec_key, labels, widths, emit_rows, years=None):
        s = self.g[sec_key]
        t = None
        for gi, grp in enumerate(s["groups"]):
            title = f"{grp['number']}. {grp['industry']}"
            if self.cfg["industry_as"] == "row":
                if t is None:
                    t = self.new_table(len(widths), widths)
                    self.header_rows(t, labels, widths, years)
                self.industry_row(t, title, widths)
            else:
                if gi:
                    self.para("", indent_first=False)
                self.para(title, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, keep_next=True)
                t = self.new_table(len(widths), widths)
                self.header_rows(t, labels, widths, years)
            emit_rows(t, grp)

    def header_size(self, ncols):
        # header a point smaller (two points for 8+ columns on a portrait page), as the samples do
        return self.cfg["table_size"] - 1 - (1 if ncols >= 8 and not self.landscape else 0)

    def scale(self, rel, landscape, labels=(), cells=()):
        """Column widths (mm) in proportion to rel, then widened where a header word (bold) or a cell
        value (cells: per column, texts kept on one line) would not fit, taken from the columns with room.

        Reworded headers ("Номер п/п" over the number column) and values of added years would
        otherwise be broken inside a word, which no published document shows."""
        tw = self.text_width(landscape)
        s = sum(rel)
        widths = [tw * r / s for r in rel]
        if not self.cfg["fit_columns"]:
            return widths
        hs = self.header_size(len(rel))
        need = [0.0] * len(rel)
        for i, label in enumerate(labels):
            need[i] = max([word_mm(w, self.cfg["font"], hs, True) for w in label.split()] + [0.0])
        for i, texts in enumerate(cells):
            need[i] = max([need[i]] + [word_mm(t, self.cfg["font"], self.cfg["table_size"], False) for t in texts])
        need = [n + 2.6 if n else 0.0 for n in need]   # cell margins 1 mm a side, and a little slack
        short = sum(max(0.0, n - w) for n, w in zip(need, widths))
        room = sum(max(0.0, w - n) for n, w in zip(need, widths))
        if short and room > short:
            widths = [n if n >= w else w - (w - n) * short / room for n, w in zip(need, widths)]
        return widths

    # -- document
    def build(self, srcg):
        self.srcg = srcg
        g, cfg = self.g, self.cfg
        if cfg["front"]:
            f = cfg["front"]
            for line in ("УТВЕРЖДЕНА", f["act"], g["region_genitive"], f["date"]):
                p = self.para(line, align=WD_ALIGN_PARAGRAPH.LEFT)
                p.paragraph_format.left_indent = Mm(95)
            for _ in range(8):
                self.para("", indent_first=False)
            self.para(g["title"], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=16)
            for _ in range(14):
                self.para("", indent_first=False)
            self.para(f["city"], align=WD_ALIGN_PARAGRAPH.CENTER)
            self.para(f["year"], align=WD_ALIGN_PARAGRAPH.CENTER)
            self.para("", indent_first=False).runs or None
            self.doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        else:
            self.para(g["title"], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
            self.para("", indent_first=False)
        # TOC
        self.para(g.get("toc_heading") or g.get("toc_title") or "ОГЛАВЛЕНИЕ", bold=True,
                  align=WD_ALIGN_PARAGRAPH.CENTER, space_before=6)
        tw = self.text_width(False)
        for e in g["toc"]:
            sub = e["number"].count(".") > 1
            if (re.fullmatch(r"\d\.", e["number"]) and cfg["nospace8"] and e["number"] == "8.") or \
                    e["number"].rstrip(".") in cfg["nospace"]:
                txt = f"{e['number']}{e['title']}"
            else:
                txt = f"{e['number']} {e['title']}"
            p = self.doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT
            if sub:
                p.paragraph_format.left_indent = Mm(5)
            if cfg["toc_pages"]:
                p.paragraph_format.tab_stops.add_tab_stop(Mm(tw), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
                p.add_run(f"{txt}\t{self.toc_pages.get(e['number'], '0')}")
            else:
                p.add_run(txt)
        self.doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

        # 1
        self.section_heading(1)
        for k in ("basis", "technologies", "features"):
            self.block(g["s1"][k])
        # 2 card
        self.doc.add_page_break()
        self.section_heading(2)
        widths = self.scale([1, 3], False)
        t = self.new_table(2, widths)
        for r in g["s2_card"]["rows"]:
            self.add_row(t, [r["field"], r["value"]], widths, align=WD_ALIGN_PARAGRAPH.LEFT)
        # 3
        self.doc.add_page_break()
        self.section_heading(3)
        for k in ("goal", "tasks"):
            self.block(g["s3"][k])
        # 4
        self.doc.add_page_break()
        self.section_heading(4)
        for ind in g["s4"]["industries"]:
            self.heading(f"{ind['number']}. {ind['title']}", level=2)
            for b in ind["blocks"]:
                if b.get("lead"):
                    self.para(b["lead"])
                self.items(b.get("items", []))
                for ptxt in b.get("paragraphs", []):
                    self.para(ptxt)
        # 5-7
        land = cfg["landscape_tables"]
        self.landscape = land
        if land:
            sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
            page_setup(sec, landscape=True)
        else:
            self.doc.add_page_break()
        self.section_heading(5)
        s5 = g["s5"]
        cols5 = s5.get("columns", S5_KEYS)
        rel5 = {"no": 7, "task": 30, "project": 20, "beneficiary": 18, "benefits": 30}
        widths = self.scale([rel5[c] for c in cols5], land, s5["header"])

        def rows5(t, grp):
            for r in grp["rows"]:
                self.add_row(t, [r[k] for k in cols5], widths)
        self.grouped_table("s5", s5["header"], widths, rows5)

        self.doc.add_page_break()
        self.section_heading(6)
        s6 = g["s6"]
        cols = s6["columns"]
        rel = {"no": 6, "name": 18, "goal": 17, "term": 13, "description": 27, "financing": 16,
               "region_role": 16, "technologies": 18, "extra": 12}
        widths6 = self.scale([rel[c] for c in cols], land, s6["header"])

        def rows6(t, grp):
            for r in grp["rows"]:
                self.add_row(t, [r.get(c, "") for c in cols], widths6)
        self.grouped_table("s6", s6["header"], widths6, rows6)

        self.doc.add_page_break()
        self.section_heading(7)
        s7 = g["s7"]
        years = s7["years"]
        cols7 = s7.get("columns", S7_KEYS)
        merged = [c for c, key in enumerate(cols7) if key in S7_PROJECT_KEYS]
        centred = [c for c, key in enumerate(cols7) if key == "unit"] + list(range(len(cols7), len(cols7) + len(years)))
        rel7 = {"no": 7, "project": 22, "roiv": 22, "name": 34, "unit": 14}
        values = [[ind["values"][y] for grp in s7["groups"] for r in grp["rows"] for ind in r["indicators"]]
                  for y in range(len(years))]
        widths7 = self.scale([rel7[c] for c in cols7] + [10] * len(years), land, s7["header"][:-1] + years,
                             [[]] * len(cols7) + values)

        def rows7(t, grp):
            for r in grp["rows"]:
                first = None
                inds = r["indicators"] or [{"name": "", "unit": "", "values": [""] * len(years)}]
                for k, ind in enumerate(inds):
                    vals = list(ind.get("values", [])) + [""] * len(years)
                    cells = {"name": ind["name"], "unit": ind["unit"]} | \
                        {key: (r[key] if k == 0 else "") for key in S7_PROJECT_KEYS}
                    texts = [cells[key] for key in cols7] + vals[:len(years)]
                    row = self.add_row(t, texts, widths7)
                    for c in centred:
                        row.cells[c].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                    if k == 0:
                        first = row
                    else:
                        for c in merged:
                            first.cells[c].merge(row.cells[c])
                if first is not None and len(inds) > 1:
                    for c in merged:  # merge appends the continuation cells' empty paragraphs
                        cell = first.cells[c]
                        for p in cell.paragraphs[1:]:
                            if not p.text:
                                p._p.getparent().remove(p._p)
        self.grouped_table("s7", s7["header"], widths7, rows7, years=years)

        # 8
        if land:
            sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
            page_setup(sec, landscape=False)
        else:
            self.doc.add_page_break()
        self.section_heading(8)
        for k in ("participants", "financing"):
            self.block(g["s8"][k])
        return self.doc


def convert(docx: Path, outdir: Path, fmt: str) -> Path:
    """The DOCX saved by LibreOffice as `fmt` (pdf, odt, doc, rtf) into outdir."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice not found: apt-get install libreoffice-writer-nogui")
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run([soffice, f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", fmt,
                        "--outdir", str(outdir), str(docx)], check=True, capture_output=True, timeout=600)
    return outdir / f"{docx.stem}.{fmt}"


def to_pdf(docx: Path, outdir: Path) -> Path:
    return convert(docx, outdir, "pdf")


def find_toc_pages(pdf: Path, gold: dict, cfg: dict) -> dict:
    """Page number (as printed in the header, i.e. the physical page) of every TOC entry."""
    import pymupdf
    doc = pymupdf.open(pdf)
    norm = lambda s: re.sub(r"\s+", " ", s).strip()
    texts = [norm(p.get_text()) for p in doc]
    out, start = {}, 2 if cfg["front"] else 1   # skip title page / TOC page
    for e in gold["toc"]:
        n = e["number"].rstrip(".")
        title = e["title"]
        sep = "" if (cfg["nospace8"] and e["number"] == "8.") or n in cfg["nospace"] else " "
        needle = norm(f"{n}.{sep}{title}")[:40]
        for i in range(start, len(texts)):
            if needle in texts[i]:
                out[e["number"]] = str(i + 1)
                start = i
                break
    return out


def split_words(pdf: Path, gold: dict) -> list[str]:
    """Words the renderer broke inside a word without a hyphen (a column narrower than one word).

    No Word/LibreOffice user would publish that, so a variant showing any is re-laid out."""
    import pymupdf
    tok = lambda s: re.sub(r"^[^\wА-Яа-яЁё]+|[^\wА-Яа-яЁё]+$", "", s)
    known = set()

    def walk(o):
        if isinstance(o, str):
            known.update(tok(w) for w in o.split())
        elif isinstance(o, dict):
            for v in o.values():
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)
    walk(gold)
    import bisect
    ks = sorted(k for k in known if k)
    bad = []
    for page in pymupdf.open(pdf):
        for w in page.get_text("words", sort=False):
            t = tok(w[4])
            if len(t) >= 5 and t not in known and not w[4].endswith("-") and not t.isdigit():
                i = bisect.bisect_left(ks, t)
                if i < len(ks) and ks[i].startswith(t):  # the head of a word broken without a hyphen
                    bad.append(f"p{page.number + 1}:{w[4]}")
    return bad


def build(name: str, outdir: Path, keep_docx: bool = False):
    spec = dict(BASE)
    spec.update(VARIANTS[name])
    spec = resolve_rewordings(spec)
    outdir = outdir / spec["folder"]
    outdir.mkdir(parents=True, exist_ok=True)
    src = json.load(open(FIXTURES / (spec["gold"] or f"gold-{spec['source']}.json"), encoding="utf-8"))
    gold = transform_gold(src, spec)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        pages = None
        for _ in range(2 if spec["toc_pages"] else 1):
            doc = Writer(gold, spec, pages).build(src)
            dx = tmp / f"{name}.docx"
            doc.save(dx)
            pdf = to_pdf(dx, tmp)
            if spec["toc_pages"]:
                pages = find_toc_pages(pdf, gold, spec)
        if spec["toc_pages"]:
            for e in gold["toc"]:
                e["page"] = pages.get(e["number"], "")
        else:
            for e in gold["toc"]:
                e["page"] = ""
        bad = split_words(pdf, gold)
        if bad:
            print(f"{name}: WARNING {len(bad)} words split without a hyphen: {bad[:8]}", file=sys.stderr)
        shutil.copy(pdf, outdir / f"{name}.pdf")
        if keep_docx:
            shutil.copy(dx, outdir / f"{name}.docx")
    json.dump(gold, open(outdir / f"{name}.gold.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(f"{name}: {(outdir / f'{name}.pdf').stat().st_size // 1024} KB")


SAMPLE_CHROME = """<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>{title}</title>
<style>body {{ font-family: serif; }} nav a {{ margin-right: 1em; }}</style>
<script>window.dataLayer = []; function track() {{ return "Раздел 5. Проекты"; }}</script>
</head><body>
<nav><a href="/">Главная</a> <a href="/docs">Документы</a> <a href="/search">1. Поиск</a></nav>
<div class="document">
{body}
</div>
<footer>© Портал правовой информации. Все права защищены.</footer>
<script>track();</script>
</body></html>
"""
"""A legal portal's page around the document: navigation, a footer and scripts the reader must skip."""


def to_html(docx: Path, outdir: Path, title: str) -> Path:
    """The DOCX saved as HTML by LibreOffice (lists as <ol>, merged cells as rowspan/colspan), its body
    wrapped in a portal page."""
    import lxml.html
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice not found: apt-get install libreoffice-writer-nogui")
    with tempfile.TemporaryDirectory() as prof, tempfile.TemporaryDirectory() as out:
        subprocess.run([soffice, f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to",
                        "html:HTML (StarWriter):UTF8", "--outdir", out, str(docx)], check=True, capture_output=True,
                       timeout=600)
        body = lxml.html.parse(str(Path(out) / (docx.stem + ".html"))).getroot().find("body")
    inner = "".join(lxml.html.tostring(child, encoding="unicode") for child in body)
    target = outdir / (docx.stem + ".html")
    target.write_text(SAMPLE_CHROME.format(title=title, body=inner), encoding="utf-8")
    return target


def build_sample(source: str, fmt: str, outdir: Path):
    """A sample itself (its gold content, the sample's industry layout) as DOCX, saved HTML, ODT or DOC.

    Word numbers the lists and the section headings (numPr), so the reader must print them; not in
    the DOC, since LibreOffice's DOC export loses where a Word-numbered list restarts."""
    src = json.load(open(FIXTURES / f"gold-{source}.json", encoding="utf-8"))
    spec = dict(BASE, source=source, industry_as=src["s5"]["industry_as"], word_numbering=fmt != "doc")
    gold = transform_gold(src, spec)
    for e in gold["toc"]:
        e["page"] = ""
    outdir.mkdir(parents=True, exist_ok=True)
    docx = outdir / f"strategy-{source}.docx"
    with tempfile.TemporaryDirectory() as tmp:
        built = Path(tmp) / docx.name
        Writer(gold, spec, None).build(src).save(built)
        if fmt == "docx":
            shutil.copy(built, docx)
        elif fmt == "html":
            to_html(built, outdir, gold["title"])
        else:
            convert(built, outdir, fmt)
    json.dump(gold, open(outdir / f"strategy-{source}.gold.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(f"{source} -> {outdir}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", nargs="*", default=list(VARIANTS))
    ap.add_argument("--out", type=Path, default=FIXTURES / "variants")
    ap.add_argument("--keep-docx", action="store_true")
    ap.add_argument("--samples", nargs="*", choices=("docx", "html", "odt", "doc"),
                    help="build the samples as these formats into tests/fixtures/<format>/ (odt and doc: "
                         "the LNR sample only, into tests/fixtures/office/) instead of variants")
    a = ap.parse_args()
    if a.samples:
        for fmt in a.samples:
            for source in ("stavropol", "lnr") if fmt in ("docx", "html") else ("lnr",):
                build_sample(source, fmt, FIXTURES / (fmt if fmt in ("docx", "html") else "office"))
        return
    a.out.mkdir(parents=True, exist_ok=True)
    for name in a.only:
        build(name, a.out, a.keep_docx)


if __name__ == "__main__":
    main()
