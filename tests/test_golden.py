"""Whole-document regression: every sample and layout variant against its gold JSON.

The thresholds are the quality bar of the product (issue #2), not numbers read
off the current output: any table falling below them fails the build. The
variants (landscape tables, column-number rows, reordered and renamed columns,
other fonts, hyphenation, headings without quotes) stand in for the layouts of
regions we have no sample of.
"""
from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path

import pymupdf
import pytest

import score_gold
from ingest.pipeline import ingest, parse_document
from samples import (BLIND2_VARIANTS, BLIND3_VARIANTS, BLIND_VARIANTS, BROWSER_RENDERS, HEADINGS_WITHOUT_NUMBERS, HELDOUT_VARIANTS,
                     LATER_BLIND_VARIANTS, REGION_REBUILDS, SAMPLES, STRUCTURED, TUNING_VARIANTS, VARIANTS, gold_for)

DOCUMENTS = SAMPLES + VARIANTS + STRUCTURED + HEADINGS_WITHOUT_NUMBERS

WORKERS = 2  # CI's two cores: the whole-document sets are most of the suite's time
MIN_TABLE_SOFT_F1 = 0.98
MIN_TABLE_STRICT_F1 = 0.97
MIN_OVERALL_SOFT_F1 = 0.99
MIN_OVERALL_STRICT_F1 = 0.98
MIN_STRUCTURED_STRICT_F1 = 0.99  # DOCX and HTML hold the text itself: no hyphenation or page stitching to guess
MIN_PROSE_SOFT_F1 = 0.98  # gold paragraphs of 1.1-1.3, 3.1-3.2, 8.1-8.2 found in the stored section text


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    db = tmp_path_factory.mktemp("golden") / "golden.duckdb"
    results = ingest(DOCUMENTS, db, workers=WORKERS)
    assert all(r.status == "ok" for r in results), [(r.path, r.problems) for r in results if r.status != "ok"]
    out = {}
    for pdf in DOCUMENTS:
        result = tmp_path_factory.mktemp("score") / "score.json"
        with contextlib.redirect_stdout(io.StringIO()):
            code = score_gold.main([str(gold_for(pdf)), str(db), "--file", pdf.name, "--json", str(result)])
        assert code == 0
        out[pdf.name] = json.loads(result.read_text(encoding="utf-8"))
    return out


@pytest.mark.parametrize("sample", [p.name for p in DOCUMENTS])
def test_every_table_meets_the_quality_bar(scores, sample):
    low = {table: f1 for table, f1 in scores[sample]["tables"].items() if f1 < MIN_TABLE_SOFT_F1}
    assert not low, f"{sample}: tables below soft F1 {MIN_TABLE_SOFT_F1}: {low}"


@pytest.mark.parametrize("sample", [p.name for p in DOCUMENTS])
def test_overall_quality(scores, sample):
    assert scores[sample]["soft"] >= MIN_OVERALL_SOFT_F1
    assert scores[sample]["strict"] >= MIN_OVERALL_STRICT_F1


@pytest.mark.parametrize("sample", [p.name for p in STRUCTURED])
def test_structured_formats_read_exactly(scores, sample):
    assert scores[sample]["strict"] >= MIN_STRUCTURED_STRICT_F1


def strict_by_table(fields: dict) -> dict[str, float]:
    """Micro strict F1 per table, summed over its fields the way the scorer sums soft ones
    (the scorer's JSON gives strict per field only; its counts are recovered from P/R)."""
    counts: dict[str, list[float]] = {}
    for field, row in fields.items():
        c = counts.setdefault(field.rsplit(".", 1)[0], [0, 0, 0])
        c[0] += round(row["strict"]["r"] * row["gold"]) if row["gold"] else round(row["strict"]["p"] * row["pred"])
        c[1] += row["gold"]
        c[2] += row["pred"]
    out = {}
    for table, (tp, gold, pred) in counts.items():
        p, r = (tp / pred if pred else 0.0), (tp / gold if gold else 0.0)
        out[table] = 2 * p * r / (p + r) if p + r else 0.0
    return out


@pytest.mark.parametrize("sample", [p.name for p in DOCUMENTS])
def test_every_table_meets_the_strict_bar(scores, sample):
    """Soft F1 forgives lost line breaks and punctuation inside cells; strict per table does not."""
    low = {t: round(f1, 4) for t, f1 in strict_by_table(scores[sample]["fields"]).items() if f1 < MIN_TABLE_STRICT_F1}
    assert not low, f"{sample}: tables below strict F1 {MIN_TABLE_STRICT_F1}: {low}"


@pytest.mark.parametrize("sample", [p.name for p in DOCUMENTS])
def test_section_prose_is_stored(scores, sample):
    prose = scores[sample]["fields"]["sections.paragraph"]
    assert prose["gold"] > 0
    assert prose["soft"]["f1"] >= MIN_PROSE_SOFT_F1, f"{sample}: section paragraphs {prose}"


def _has_title_page(pdf: Path) -> bool:
    return bool((json.loads(gold_for(pdf).read_text("utf-8"))["front"] or {}).get("approval_lines"))


@pytest.mark.parametrize("sample", [p.name for p in DOCUMENTS if _has_title_page(p)])
def test_approval_date_and_number_are_scored_right(scores, sample):
    fields = scores[sample]["fields"]
    for field in ("documents.approved_on", "documents.approval_number"):
        assert fields[field]["gold"] == 1 and fields[field]["strict"]["f1"] == 1.0, (field, fields[field])


@pytest.mark.parametrize("sample", [p.name for p in DOCUMENTS])
def test_every_gold_table_is_scored(scores, sample):
    """A table the parser silently dropped would score nothing rather than low: check none is missing."""
    tables = set(scores[sample]["tables"])
    assert {"task_project_links", "projects", "indicators", "card_fields", "documents", "sections"} <= tables


MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
          "ноября", "декабря")


# Issue #9: strategies of unseen regions. Reworded variants (both halves of
# tests/variants/rewordings.toml) must reach the issue's bar; browser prints the bar of
# the Word-made PDFs above.
MIN_REWORDED_SOFT_F1 = 0.98
MIN_REWORDED_TABLE_SOFT_F1 = 0.95


@pytest.fixture(scope="module")
def unseen_scores(tmp_path_factory):
    """file name -> (ingest status, score) of every reworded variant and browser print; failures are the tests' business."""
    pdfs = (TUNING_VARIANTS + HELDOUT_VARIANTS + BLIND_VARIANTS + BLIND2_VARIANTS + BLIND3_VARIANTS + BROWSER_RENDERS
            + REGION_REBUILDS + LATER_BLIND_VARIANTS)
    db = tmp_path_factory.mktemp("unseen") / "unseen.duckdb"
    status = {Path(r.path).name: (r.status, {p.code for p in r.problems if p.severity != "info"})
              for r in ingest(pdfs, db, workers=WORKERS)}
    out = {}
    for pdf in pdfs:
        result = tmp_path_factory.mktemp("score") / "score.json"
        with contextlib.redirect_stdout(io.StringIO()):
            code = score_gold.main([str(gold_for(pdf)), str(db), "--file", pdf.name, "--json", str(result)])
        out[pdf.name] = (status[pdf.name], json.loads(result.read_text(encoding="utf-8")) if code == 0 else None)
    return out


def test_the_unseen_region_sets_are_present():
    """An empty folder would make every test below vanish instead of fail."""
    assert len(TUNING_VARIANTS) >= 2 and len(HELDOUT_VARIANTS) >= 4 and len(BLIND_VARIANTS) >= 4 \
        and len(BLIND2_VARIANTS) >= 4 and len(BLIND3_VARIANTS) >= 8 and len(BROWSER_RENDERS) >= 2 \
        and len(LATER_BLIND_VARIANTS) >= 64 \
        and len(REGION_REBUILDS) >= 2


def _meets(unseen_scores, sample, min_table, min_soft, min_strict=0.0, may_warn: frozenset[str] = frozenset()):
    (status, codes), score = unseen_scores[sample]
    assert (status == "ok" or codes <= may_warn) and score is not None, f"{sample}: {status} {codes}"
    low = {table: f1 for table, f1 in score["tables"].items() if f1 < min_table}
    assert not low, f"{sample}: tables below soft F1 {min_table}: {low}"
    assert score["soft"] >= min_soft and score["strict"] >= min_strict, (score["soft"], score["strict"])
    assert {"task_project_links", "projects", "indicators", "card_fields", "documents"} <= set(score["tables"])


@pytest.mark.parametrize("sample", [p.name for p in TUNING_VARIANTS + HELDOUT_VARIANTS + BLIND_VARIANTS])
def test_reworded_strategy_meets_the_issue_9_bar(unseen_scores, sample):
    """A column the template has not (an added «Примечание») in a projects table that lacks one the template
    has is told (`column_unmatched`): it might be that column, worded otherwise; its cells are kept."""
    _meets(unseen_scores, sample, MIN_REWORDED_TABLE_SOFT_F1, MIN_REWORDED_SOFT_F1,
           may_warn=frozenset({"column_unmatched"}))


@pytest.mark.parametrize("sample", [p.name for p in BLIND2_VARIANTS])
def test_second_blind_wording_meets_the_issue_9_bar(unseen_scores, sample):
    """Rebuilt regions among them may name a recommended project the catalogue does not know."""
    _meets(unseen_scores, sample, MIN_REWORDED_TABLE_SOFT_F1, MIN_REWORDED_SOFT_F1,
           may_warn=frozenset({"catalogue_unmatched"}))


@pytest.mark.parametrize("sample", [p.name for p in BLIND3_VARIANTS])
def test_third_blind_layouts_meet_the_issue_9_bar(unseen_scores, sample):
    """Industries in a merged first column, numbered industry rows, «1.1» row numbers, tasks merged over
    page breaks, two-level headers, header rows for the card: tuned on since its one blind scoring."""
    _meets(unseen_scores, sample, MIN_REWORDED_TABLE_SOFT_F1, MIN_REWORDED_SOFT_F1,
           may_warn=frozenset({"catalogue_unmatched"}))


@pytest.mark.parametrize("sample", [p.name for p in LATER_BLIND_VARIANTS])
def test_later_blind_layouts_meet_the_issue_9_bar(unseen_scores, sample):
    """A header no phrase knows, read as the one missing column its cells fit, is told (column_guessed); columns
    outside the contract («Код проекта», «Ответственный исполнитель проекта») in a projects table without
    technologies are told too (column_unmatched): either might be that column, worded otherwise. A section 4
    lead-in no wording knows gives its list the kind its place leaves, told too (list_kind_guessed)."""
    _meets(unseen_scores, sample, MIN_REWORDED_TABLE_SOFT_F1, MIN_REWORDED_SOFT_F1,
           may_warn=frozenset({"catalogue_unmatched", "column_guessed", "column_unmatched", "list_kind_guessed"}))


@pytest.mark.parametrize("sample", [p.name for p in REGION_REBUILDS])
def test_region_rebuilt_from_its_seed_meets_the_issue_9_bar(unseen_scores, sample):
    """A rebuilt cell may read as a recommended project the catalogue does not know: a warning, nothing lost."""
    _meets(unseen_scores, sample, MIN_REWORDED_TABLE_SOFT_F1, MIN_REWORDED_SOFT_F1,
           may_warn=frozenset({"catalogue_unmatched"}))


@pytest.mark.parametrize("sample", [p.name for p in BROWSER_RENDERS])
def test_browser_print_meets_the_quality_bar(unseen_scores, sample):
    _meets(unseen_scores, sample, MIN_TABLE_SOFT_F1, MIN_OVERALL_SOFT_F1, MIN_OVERALL_STRICT_F1)


def _approval_in_gold(front: dict) -> tuple[str, str]:
    """(ISO date, number) from the gold title page lines, e.g. 'от 21 сентября 2022 г. № 1255-рп'."""
    line = " ".join(front["approval_lines"])
    day, month, year = re.search(r"от (\d{1,2}) (\w+) (\d{4})", line).groups()
    return f"{year}-{MONTHS.index(month) + 1:02d}-{int(day):02d}", re.search(r"№ (\S+)", line).group(1)


@pytest.mark.parametrize("pdf", [p for p in DOCUMENTS if _has_title_page(p)], ids=lambda p: p.stem)
def test_approving_act_from_the_title_page(pdf):
    front = json.loads(gold_for(pdf).read_text("utf-8"))["front"]
    date, number = _approval_in_gold(front)
    parsed, _ = parse_document(pdf, "x")
    assert parsed.approval_number == number
    assert parsed.approved_on == date
    assert parsed.approved_by.split()[0] in ("распоряжение", "постановление", "указ", "приказ")
    assert front["approval_lines"][2] in parsed.approved_by


def rotated_landscape(src: Path, target: Path) -> Path:
    """The same document with its landscape pages stored portrait and turned by /Rotate, as some producers do."""
    with pymupdf.open(src) as doc, pymupdf.open() as out:
        for index, page in enumerate(doc):
            if page.rect.width > page.rect.height:
                turned = out.new_page(width=page.rect.height, height=page.rect.width)
                turned.show_pdf_page(turned.rect, doc, index, rotate=90)
                turned.set_rotation(90)
            else:
                out.insert_pdf(doc, from_page=index, to_page=index)
        out.save(target)
    return target


def test_pages_turned_by_rotate_read_like_landscape_pages(tmp_path):
    (landscape,) = [p for p in VARIANTS if "landscape" in p.name]
    turned = rotated_landscape(landscape, tmp_path / landscape.name)
    with pymupdf.open(turned) as doc:
        assert any(page.rotation for page in doc)
    db = tmp_path / "turned.duckdb"
    ingest([turned], db)
    result = tmp_path / "score.json"
    with contextlib.redirect_stdout(io.StringIO()):
        score_gold.main([str(gold_for(landscape)), str(db), "--json", str(result)])
    tables = json.loads(result.read_text(encoding="utf-8"))["tables"]
    assert min(tables.values()) >= MIN_TABLE_SOFT_F1, tables


MIN_BORDERLESS_TABLE_SOFT_F1 = 0.95  # columns inferred from word gaps: a lower bar than for ruled tables


def without_rulings(src: Path, target: Path) -> Path:
    """The same document with every vector line removed and its text kept: tables drawn without borders."""
    with pymupdf.open(src) as doc:
        for page in doc:
            page.add_redact_annot(page.rect)
            page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_NONE, text=pymupdf.PDF_REDACT_TEXT_NONE,
                                  graphics=pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_TOUCHED)
        doc.save(target)
    return target


@pytest.mark.parametrize("pdf", SAMPLES, ids=lambda p: p.stem)
def test_tables_drawn_without_rulings(tmp_path, pdf):
    borderless = without_rulings(pdf, tmp_path / pdf.name)
    with pymupdf.open(borderless) as doc:
        assert not any(page.get_cdrawings() for page in doc)
    db = tmp_path / "borderless.duckdb"
    (result,) = ingest([borderless], db)
    assert result.status == "partial"
    assert {p.code for p in result.problems} == {"table_without_rulings"}, result.problems
    score = tmp_path / "score.json"
    with contextlib.redirect_stdout(io.StringIO()):
        score_gold.main([str(gold_for(pdf)), str(db), "--json", str(score)])
    tables = json.loads(score.read_text(encoding="utf-8"))["tables"]
    assert min(tables.values()) >= MIN_BORDERLESS_TABLE_SOFT_F1, tables
