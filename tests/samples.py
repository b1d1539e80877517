"""Where the real sample files live; fixtures are real documents, not mocks."""
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = sorted(FIXTURES.glob("strategy-*.pdf"))


def gold_for(pdf: Path) -> Path:
    return pdf.with_name(pdf.name.replace("strategy-", "gold-").replace(".pdf", ".json"))
