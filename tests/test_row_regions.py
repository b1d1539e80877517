"""Every row table carries its document's region, and links point at their projects rows."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from ingest.enrich import enrich
from parsers.records import FOIV_MARKER, ParsedDocument
from parsers.text import fold
from schemas import tables as t

ROW_TABLES = [m for m in t.DOCUMENT_TABLES if m is not t.Document]


def test_every_row_table_is_defined_with_region():
    for model in ROW_TABLES:
        assert list(model.model_fields)[:2] == ["region", "region_code"], model.table


SAMPLE_TABLES = [m for m in ROW_TABLES if m is not t.ExtraCell]  # the samples print no column the template lacks


@pytest.mark.parametrize("model", SAMPLE_TABLES, ids=[m.table for m in SAMPLE_TABLES])
def test_rows_carry_their_documents_region(sample_db: Path, model):
    with duckdb.connect(str(sample_db), read_only=True) as con:
        rows, regions, wrong = con.execute(
            f"SELECT count(*), count(DISTINCT x.region), count(*) FILTER (WHERE x.region IS DISTINCT FROM d.region "
            f"OR x.region_code IS DISTINCT FROM d.region_code OR x.region IS NULL) "
            f"FROM {model.table} AS x JOIN documents AS d USING (doc_id)").fetchone()
    assert rows > 0 and regions == 2 and wrong == 0


def test_links_resolve_their_project(sample_db: Path):
    with duckdb.connect(str(sample_db), read_only=True) as con:
        dangling = con.execute("SELECT count(*) FROM task_project_links AS l WHERE project_id IS NOT NULL AND NOT "
                               "EXISTS (SELECT 1 FROM projects AS p WHERE (p.doc_id, p.project_id) = "
                               "(l.doc_id, l.project_id))").fetchone()[0]
        resolved, exact = con.execute(
            "SELECT count(l.project_id), count(*) FILTER (WHERE EXISTS (SELECT 1 FROM projects AS p "
            "WHERE p.doc_id = l.doc_id AND p.name = l.project)) FROM task_project_links AS l").fetchone()
        pairs = con.execute("SELECT l.project, p.name_clean FROM task_project_links AS l "
                            "JOIN projects AS p USING (doc_id, project_id)").fetchall()
    assert dangling == 0
    assert all(fold(FOIV_MARKER.sub(" ", link)) == fold(name) for link, name in pairs)
    assert resolved > exact, "resolution finds links an exact text join misses"


def test_every_row_kind_gets_the_region_in_enrich():
    title = ("Стратегия в области цифровой трансформации отраслей экономики, социальной сферы и "
             "государственного управления Тюменской области")
    extra = t.ExtraCell(doc_id="d", section="6", row_ref="d:P001", header="Примечание", text="Пилот", page=3)
    card = t.CardField(doc_id="d", position=1, field="Наименование стратегии", value=title, page=2)
    enriched = enrich(ParsedDocument(title=title, extra=[extra], card=[card]), [])
    assert enriched.region == ("Тюменская область", "RU-TYU")
    rows = [row for _, model_rows in enriched.rows() for row in model_rows]
    assert len(rows) == 2 and all((r.region, r.region_code) == enriched.region for r in rows)
    unknown = enrich(ParsedDocument(title="Отчёт", extra=[extra]), [])
    assert unknown.region is None and [p.code for p in unknown.problems] == ["region_unknown"]
    assert unknown.rows()[-1][1][0].region is None
