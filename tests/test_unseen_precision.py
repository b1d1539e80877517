"""Precision on unseen wording (issue #9): finding sections by meaning must not find what is not there.

A document shaped like a strategy but of another kind (a regional state programme with a
passport, target indicators by year and resource tables) must still fail as `not_a_strategy`;
a strategy whose section 7 (or card) is really missing must be `partial` with
`section_missing`, with no other section's rows stored in its place (the indicator rows left on
the page of section 8's heading must not become projects; no other table becomes the card).
Checked on the samples and on the reworded variants.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import duckdb
import pymupdf
import pytest

import score_gold
from ingest.pipeline import ingest
from samples import HELDOUT_VARIANTS, SAMPLES, TUNING_VARIANTS, gold_for

CELL = 'style="border: 1px solid black; padding: 2px"'


def _table(rows: list[list[str]]) -> str:
    return ('<table style="border-collapse: collapse; font-size: 10px">'
            + "".join("<tr>" + "".join(f"<td {CELL}>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>")


STATE_PROGRAMME = "".join([
    "<h3>ГОСУДАРСТВЕННАЯ ПРОГРАММА «РАЗВИТИЕ ЗДРАВООХРАНЕНИЯ»</h3>",
    "<p><b>1. Паспорт государственной программы</b></p>",
    _table([["Наименование:", "Развитие здравоохранения"], ["Срок реализации:", "2024-2030 годы"],
            ["Ответственный исполнитель:", "Министерство здравоохранения"],
            ["Ресурсное обеспечение:", "Областной бюджет, федеральный бюджет"]]),
    "<p><b>2. Характеристика текущего состояния сферы здравоохранения</b></p>",
    "<p>Сеть медицинских организаций включает 64 учреждения; кадровый дефицит сохраняется.</p>" * 6,
    "<p><b>3. Приоритеты, цели и задачи государственной программы</b></p>",
    "<p>Цель: увеличение ожидаемой продолжительности жизни. Задачи: снижение смертности, "
    "развитие первичной медико-санитарной помощи.</p>" * 4,
    "<p><b>4. Целевые показатели государственной программы</b></p>",
    _table([["№ п/п", "Наименование показателя", "Ед. изм.", "2024", "2025", "2026"],
            ["1", "Ожидаемая продолжительность жизни", "лет", "72,1", "72,8", "73,4"],
            ["2", "Смертность от болезней системы кровообращения", "на 100 тыс.", "580", "560", "540"]]),
    "<p><b>5. Перечень основных мероприятий</b></p>",
    _table([["№ п/п", "Наименование мероприятия", "Ответственный исполнитель", "Срок"],
            ["1", "Строительство поликлиник", "Министерство здравоохранения", "2024-2026"],
            ["2", "Обновление парка машин скорой помощи", "Министерство здравоохранения", "2025-2030"]]),
    "<p><b>6. Ресурсное обеспечение государственной программы</b></p>",
    _table([["Источник", "2024", "2025", "2026"], ["Областной бюджет", "1 200,0", "1 250,0", "1 300,0"]]),
])


def state_programme_pdf(target: Path) -> Path:
    """A state programme laid out by PyMuPDF's HTML engine (ruled tables, several pages)."""
    story = pymupdf.Story(html=STATE_PROGRAMME)
    writer = pymupdf.DocumentWriter(str(target))
    more = True
    while more:
        device = writer.begin_page(pymupdf.paper_rect("a4"))
        more, _ = story.place(pymupdf.paper_rect("a4") + (72, 56, -42, -56))
        story.draw(device)
        writer.end_page()
    writer.close()
    return target


def test_a_state_programme_is_not_a_strategy(tmp_path):
    pdf = state_programme_pdf(tmp_path / "state-programme.pdf")
    (result,) = ingest([pdf], tmp_path / "db.duckdb")
    assert result.status == "failed"
    assert [p.code for p in result.problems] == ["not_a_strategy"], result.problems


def _heading_line(gold: dict, number: int) -> str:
    """The start of section `number`'s heading as printed (TOC numbering + title), enough to find its page."""
    top = [e for e in gold["toc"] if not re.fullmatch(r"\d+\.\d+\.?", e["number"])]   # not "4.1."
    entry = top[number - 1]
    return f"{entry['number']} {entry['title']}"[:24]


def without_section(src: Path, target: Path, number: int) -> Path:
    """src with the pages from section `number`'s heading to the page before the next section's heading
    removed (what shares the next heading's page stays, as when pages are cut by hand)."""
    gold = json.loads(gold_for(src).read_text(encoding="utf-8"))
    with pymupdf.open(src) as doc:
        texts = [" ".join(page.get_text().split()) for page in doc]
        first = max(i for i, t in enumerate(texts) if _heading_line(gold, number) in t)   # the last hit: not the TOC
        nxt = max(i for i, t in enumerate(texts) if _heading_line(gold, number + 1) in t)
        doc.delete_pages(first, nxt - 1)
        doc.save(target)
    return target


CUT = [pytest.param(p, id=p.stem) for p in SAMPLES + TUNING_VARIANTS + HELDOUT_VARIANTS]


@pytest.fixture(scope="module")
def cut_run(tmp_path_factory):
    """Every sample and reworded variant without its section 2, and without its section 7, in one database."""
    folder = tmp_path_factory.mktemp("cut")
    pdfs = [without_section(p, folder / f"without-s{n}-{p.name}", n)
            for p in SAMPLES + TUNING_VARIANTS + HELDOUT_VARIANTS for n in (2, 7)]
    db = tmp_path_factory.mktemp("db") / "cut.duckdb"
    return {Path(r.path).stem: r for r in ingest(pdfs, db)}, db


def _stored(cut_run, pdf: Path, number: int) -> tuple[dict, dict]:
    """(the gold tables of pdf, stored rows per table of its copy without section `number`)."""
    results, db = cut_run
    result = results[f"without-s{number}-{pdf.stem}"]
    assert result.status == "partial" and "section_missing" in {p.code for p in result.problems}, result.problems
    gold = score_gold.gold_tables(json.loads(gold_for(pdf).read_text(encoding="utf-8")))
    queries = {"card_fields": "SELECT field FROM card_fields", "projects": "SELECT name FROM projects",
               "task_project_links": "SELECT project FROM task_project_links",
               "indicators": "SELECT name FROM indicators"}
    with duckdb.connect(str(db), read_only=True) as con:
        stored = {table: [text for (text,) in con.execute(f"{sql} WHERE doc_id = ?", [result.doc_id]).fetchall()]
                  for table, sql in queries.items()}
    return gold, stored


def _not_in_gold(texts: list[str], gold_rows: list[dict], field: str) -> list[str]:
    known = {score_gold.soft(r[field]) for r in gold_rows}
    return [t for t in texts if score_gold.soft(t) not in known]


@pytest.mark.parametrize("pdf", CUT)
def test_a_strategy_without_section_7_stores_no_indicator_rows_elsewhere(cut_run, pdf):
    gold, stored = _stored(cut_run, pdf, 7)
    assert stored["indicators"] == []
    assert stored["projects"] and stored["task_project_links"], "sections 5 and 6 are still there and must be read"
    assert _not_in_gold(stored["projects"], gold["projects"], "name") == []
    assert _not_in_gold(stored["task_project_links"], gold["task_project_links"], "project") == []


@pytest.mark.parametrize("pdf", CUT)
def test_a_strategy_without_its_card_stores_no_card_rows(cut_run, pdf):
    gold, stored = _stored(cut_run, pdf, 2)
    assert stored["card_fields"] == []
    assert stored["projects"] and stored["indicators"], "sections 6 and 7 are still there and must be read"
    assert _not_in_gold(stored["indicators"], gold["indicators"], "name") == []
