"""Where the real sample files live; fixtures are real documents, not mocks."""
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = sorted(FIXTURES.glob("strategy-*.pdf"))


VARIANTS = sorted((FIXTURES / "variants").glob("variant-*.pdf"))
"""Layout variants rendered by tests/variants/make_variants.py from the samples' gold content."""


STRUCTURED = sorted(FIXTURES.glob("docx/strategy-*.docx")) + sorted(FIXTURES.glob("html/strategy-*.html"))
"""The samples as DOCX and as saved HTML, written by tests/variants/make_variants.py --samples from their gold."""


def gold_for(pdf: Path) -> Path:
    if pdf.parent.name in ("variants", "docx", "html", "office"):
        return pdf.with_name(pdf.stem + ".gold.json")
    return pdf.with_name(pdf.name.replace("strategy-", "gold-").replace(".pdf", ".json"))
