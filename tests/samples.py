"""Where the real sample files live; fixtures are real documents, not mocks."""
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = sorted(FIXTURES.glob("strategy-*.pdf"))


VARIANTS = sorted((FIXTURES / "variants").glob("variant-*.pdf"))
"""Layout variants rendered by tests/variants/make_variants.py from the samples' gold content."""

TUNING_VARIANTS = sorted((FIXTURES / "variants" / "tuning").glob("*.pdf"))
"""The samples reworded with the tuning half of tests/variants/rewordings.toml (issue #9)."""

HELDOUT_VARIANTS = sorted((FIXTURES / "variants" / "heldout").glob("*.pdf"))
"""The samples reworded with the held-out half: the check of wording no code was tuned on (issue #9)."""

BLIND_VARIANTS = sorted((FIXTURES / "variants" / "blind").glob("*.pdf"))
"""The samples reworded by a second writer who saw neither the template's phrases nor rewordings.toml
(tests/variants/blind_rewordings.toml). Scored once blind (see README, "Measured out of sample"); a
regression test since."""

BLIND2_VARIANTS = sorted((FIXTURES / "variants" / "blind2").glob("*.pdf"))
BLIND3_VARIANTS = sorted((FIXTURES / "variants" / "blind3").glob("*.pdf")) + \
    sorted((FIXTURES / "variants" / "blind3").glob("*.docx"))  # another generator's layouts, as PDF and DOCX
"""Four more documents, the samples and both rebuilt regions, worded by a third writer blind to the parser
and to every other wording file (tests/variants/blind2_rewordings.toml), with other numbering, column orders,
fonts and title pages. Scored once blind (README, "Measured out of sample"); a regression test since."""

LATER_BLIND_VARIANTS = [path for folder in ("blind3x", "blind4", "blind5", "blind6", "blind7", "blind8", "blind10", "blind11")
                        for suffix in ("*.pdf", "*.docx")
                        for path in sorted((FIXTURES / "variants" / folder).glob(suffix))]
"""blind3's generator with other sources, layouts and wordings (blind3x: each source in another's layout
with a third's wording; blind4: wordings written later; blind5: new layouts, captions and «Продолжение
таблицы», footnotes, tasks as rows, empty-cell marks, and new wordings, added by a writer blind to the
parser; blind6: those features recombined, with fresh wordings; blind7: year headers printed upwards, three-row
headers, columns outside the contract, whole-landscape pages, Word-numbered lists, numbered card labels; blind8: fresh
wordings above all, «§ N.» and «Раздел N —» headings, a later period, other column orders, hyphenation; blind10:
«Статья N.», «Пункт I.», «Раздел первый», headings in capitals without numbers, cells repeated on every
indicator row; blind11: «N-й раздел.», «Часть первая», «Глава первая», units inside indicator names, industries
numbered in roman, column numbers alone over a continued table). Each held out and scored once (README, "Unseen regions"); a regression test since."""

REGION_REBUILDS = sorted((FIXTURES / "variants" / "regions").glob("*.pdf"))
"""Тюменская область and Хабаровский край rebuilt from their seeds' text layers by tests/variants/seed_to_gold.py
(their wording, column sets and numbering; the generator's layout). Scored once blind; a regression test since."""

BROWSER_RENDERS = sorted((FIXTURES / "variants" / "browser").glob("*.pdf"))
"""The samples as HTML pages printed to PDF by Chromium (tests/variants/make_html_renders.py, issue #9)."""

HEADINGS_WITHOUT_NUMBERS = sorted((FIXTURES / "headings-without-numbers").glob("*.pdf"))
"""The samples with their section headings' "N. Раздел" redacted away (tests/variants/strip_heading_numbers.py),
as a region prints headings whose number was never printed; same content, so the samples' gold."""


STRUCTURED = sorted(FIXTURES.glob("docx/*.docx")) + sorted(FIXTURES.glob("html/*.html"))
"""The samples as DOCX and as saved HTML (tests/variants/make_variants.py --samples), and the HTML pages
another writer made for the browser prints (tests/variants/make_html_renders.py), whose gold is theirs."""


def gold_for(pdf: Path) -> Path:
    if FIXTURES / "variants" in pdf.parents or pdf.parent.name in ("docx", "html", "office"):
        beside = pdf.with_name(pdf.stem + ".gold.json")
        return beside if beside.exists() else FIXTURES / "variants" / "browser" / beside.name
    if pdf.parent.name == "headings-without-numbers":
        pdf = FIXTURES / pdf.name.replace("-unnumbered", "")
    return pdf.with_name(pdf.name.replace("strategy-", "gold-").replace(".pdf", ".json"))
