import datetime as dt
from pathlib import Path

import duckdb

from schemas import tables

VIEWS = Path(__file__).resolve().parents[1] / "schemas" / "views.sql"


def insert(con, row):
    cols = tables.columns(type(row))
    con.execute(f"INSERT INTO {row.table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                [getattr(row, c) for c in cols])


def document(doc_id, region, code):
    return tables.Document(doc_id=doc_id, source_path=f"{doc_id}.pdf", sha256=doc_id, file_format="pdf",
                           page_count=1, region=region, region_code=code, title=None, parser_version="t",
                           ingested_at=dt.datetime(2025, 1, 1), status="ok")


STA = {"region": "Ставропольский край", "region_code": "RU-STA"}
TYU = {"region": "Тюменская область", "region_code": "RU-TYU"}


def test_views_over_the_curated_tables():
    con = duckdb.connect()
    for model in tables.ALL_TABLES:
        con.execute(tables.create_table_sql(model))
    con.execute(VIEWS.read_text("utf-8"))
    for row in [
        document("a", "Ставропольский край", "RU-STA"), document("b", "Тюменская область", "RU-TYU"),
        tables.CatalogueEntry(catalogue_id="e1", kind="foiv_project", industry="Здравоохранение", name="ЕГИСЗ", source="s"),
        tables.CatalogueEntry(catalogue_id="e2", kind="tor", industry=None, name="ТОР", source="s"),
        tables.CatalogueMatch(doc_id="a", project_id="p", catalogue_id="e1", score=99, method="m", status="auto",
                              **STA),
        tables.CatalogueMatch(doc_id="b", project_id="q", catalogue_id="e1", score=99, method="m", status="auto",
                              **TYU),
        tables.CatalogueMatch(doc_id="b", project_id="r", catalogue_id="e2", score=70, method="m", status="review",
                              **TYU),
    ]:
        insert(con, row)
    for doc, pid, value, region in (("a", "p", "70", STA), ("b", "q", "1,5", TYU)):
        insert(con, tables.Indicator(doc_id=doc, indicator_id="i", industry_no=2, industry="Здравоохранение",
                                     row_no=1, project="x", project_id=pid, responsible_body="m", name="Доля",
                                     unit="%", unit_canonical="%", page=1, **region))
        insert(con, tables.IndicatorValue(doc_id=doc, indicator_id="i", year=2024, value_raw=value,
                                          value=float(value.replace(",", "."))))
    adoption = con.execute("SELECT catalogue_id, region_count, regions, matches_in_review "
                           "FROM catalogue_adoption ORDER BY catalogue_id").fetchall()
    assert adoption == [("e1", 2, ["Ставропольский край", "Тюменская область"], 0), ("e2", 0, [], 1)]
    targets = con.execute("SELECT region_code, catalogue_id, year, value FROM indicator_targets "
                          "ORDER BY region_code").fetchall()
    assert targets == [("RU-STA", "e1", 2024, 70.0), ("RU-TYU", "e1", 2024, 1.5)]
