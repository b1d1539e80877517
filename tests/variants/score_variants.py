#!/usr/bin/env python3
"""Score folders of variant PDFs against their gold JSON: soft/strict F1 per document and per table.

    python tests/variants/score_variants.py tests/fixtures/variants/heldout [FOLDER ...] [--scorer score.py]

Every PDF of the folders is ingested with the project's pipeline (`ingest.pipeline.ingest`)
into a temporary database, then scored against the `.gold.json` beside it with
tests/score_gold.py (the project's copy of the shared scorer; --scorer names another copy, e.g.
../shared/tools/score.py), as tests/test_golden.py does. Prints one Markdown
table per folder: status and problem codes, overall soft and strict F1, and the soft F1 of
every table (list_items: the lowest of its kinds; sections: only from scorers that read them).
This is an evaluation (`make eval-variants`), not a test: it never fails on low numbers.
"""
from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import sys
import tempfile
from pathlib import Path

from ingest.pipeline import ingest

PROJECT_SCORER = Path(__file__).resolve().parents[1] / "score_gold.py"

TABLES = ["documents", "card_fields", "task_project_links", "projects", "indicators", "list_items", "sections"]


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("scorer", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_folder(folder: Path, tmp: Path, scorer, docx: bool = False) -> list[dict]:
    """One row per PDF of folder (and per DOCX with docx=True): name, status, problem codes, overall and
    per-table soft F1. A DOCX is scored against the gold of the same stem, as its own row."""
    pdfs = sorted(folder.glob("*.pdf")) + (sorted(folder.glob("*.docx")) if docx else [])
    db = tmp / f"{folder.name}.duckdb"
    results = {Path(r.path).name: r for r in ingest(pdfs, db)}
    rows = []
    for pdf in pdfs:
        result = results[pdf.name]
        out = tmp / f"{pdf.name}.score.json"
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            code = scorer.main([str(pdf.with_name(pdf.stem + ".gold.json")), str(db), "--file", pdf.name,
                                    "--json", str(out)])
        row = {"document": pdf.stem if pdf.suffix == ".pdf" else pdf.name, "status": result.status,
               "problems": sorted({p.code for p in result.problems})}
        if code == 0:
            score = json.loads(out.read_text(encoding="utf-8"))
            tables = score["tables"]
            lists = [v for k, v in tables.items() if k.startswith("list_items")]
            row.update(soft=score["soft"], strict=score["strict"],
                       tables={t: (min(lists) if t == "list_items" and lists else tables.get(t)) for t in TABLES})
        rows.append(row)
    return rows


def markdown(folder: Path, rows: list[dict]) -> str:
    head = ["document", "status", "soft", "strict"] + TABLES + ["problems"]
    lines = [f"### {folder}", "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    fmt = lambda v: "-" if v is None else f"{v:.3f}"
    for r in rows:
        tables = r.get("tables", {})
        cells = [r["document"], r["status"], fmt(r.get("soft")), fmt(r.get("strict"))] + \
            [fmt(tables.get(t)) for t in TABLES] + [", ".join(r["problems"]) or "-"]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--scorer", type=Path, default=PROJECT_SCORER, help="the score.py to use")
    ap.add_argument("--docx", action="store_true", help="also score the .docx files, one row each")
    a = ap.parse_args(argv)
    missing = [f for f in a.folders if not f.is_dir()] + ([] if a.scorer.is_file() else [a.scorer])
    if missing:
        print(f"score_variants: not found: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    scorer = load_scorer(a.scorer)
    with tempfile.TemporaryDirectory() as tmp:
        for folder in a.folders:
            print(markdown(folder, score_folder(folder, Path(tmp), scorer, docx=a.docx)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
