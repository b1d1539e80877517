"""The curated tables, defined once.

Each pydantic model is one DuckDB table of the public contract
(docs in README, "Curated tables"). The DDL, the insert statements and the
validation of every row written all derive from these classes, so a column
cannot exist in the database without existing here.
"""
from __future__ import annotations

import datetime as dt
import types
import typing
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

Status = Literal["ok", "partial", "failed"]
Severity = Literal["error", "warning", "info"]
ListKind = Literal["basis", "technology", "task", "problem", "challenge", "risk", "financing_source"]
CatalogueKind = Literal["foiv_project", "tor", "platform"]
MatchStatus = Literal["auto", "review", "none"]


class Row(BaseModel):
    """A row of a curated table; subclasses name their table and key."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    table: ClassVar[str]
    primary_key: ClassVar[tuple[str, ...]] = ()


class RegionRow(Row):
    """A row of one document that carries the document's region, so no question needs `JOIN documents`.

    Filled once the region is read from the title (ingest.enrich); NULL when it is not recognised.
    """

    region: str | None = None
    region_code: str | None = None


class TableRow(RegionRow):
    """A row read from a table of sections 5-7: its document, industry, printed number and provenance.

    `page` is where the row starts; the box (PDF points, origin top-left) is
    the row's cells on that page, so a reviewer can outline it on the page image.
    Formats without pages (DOCX, HTML) have neither: `source_ref` locates the
    row there ("table 12, row 5"), and says "page N" for a PDF.
    """

    doc_id: str
    industry_no: int | None
    industry: str | None
    industry_code: str | None = None
    row_no: int | None
    page: int | None = Field(ge=1)
    source_ref: str | None = None
    x0: float | None = None
    y0: float | None = None
    x1: float | None = None
    y1: float | None = None
    ocr: bool = False  # read from a page image (OCR), not a text layer
    ocr_confidence: float | None = None  # the OCR engine's mean word confidence (0-100) over the row's box


class Document(Row):
    table: ClassVar[str] = "documents"
    primary_key: ClassVar[tuple[str, ...]] = ("doc_id",)
    doc_id: str
    source_path: str
    sha256: str
    file_format: str
    page_count: int | None  # None for formats without pages (DOCX, HTML)
    region: str | None
    region_code: str | None = None
    title: str | None
    approved_by: str | None = None
    approved_on: dt.date | None = None
    approval_number: str | None = None
    period_start: int | None = None
    period_end: int | None = None
    parser_version: str
    ingested_at: dt.datetime
    status: Status
    edition: int | None = None
    is_current: bool | None = None
    copy_of: str | None = None  # doc_id of the first-stored document with the same projects and indicator values
    ocr_pages: list[int] = Field(default_factory=list)  # pages whose text came from OCR


class Section(RegionRow):
    table: ClassVar[str] = "sections"
    primary_key: ClassVar[tuple[str, ...]] = ("doc_id", "number")
    doc_id: str
    number: str
    title: str
    page_start: int | None
    page_end: int | None
    text: str
    source_ref: str | None = None


class CardField(RegionRow):
    table: ClassVar[str] = "card_fields"
    primary_key: ClassVar[tuple[str, ...]] = ("doc_id", "position")
    doc_id: str
    position: int
    field: str
    key: str | None = None  # the template's stable name of the field (name, period, who, ...), NULL when unknown
    value: str
    page: int | None
    source_ref: str | None = None
    ocr: bool = False  # on a page read by OCR


class ListItem(RegionRow):
    table: ClassVar[str] = "list_items"
    doc_id: str
    section: str
    industry: str | None
    kind: ListKind
    position: int
    text: str
    page: int | None
    source_ref: str | None = None
    ocr: bool = False  # on a page read by OCR


class TaskProjectLink(TableRow):
    table: ClassVar[str] = "task_project_links"
    task: str
    project: str
    project_id: str | None = None
    beneficiary: str
    benefits: str


class Project(TableRow):
    table: ClassVar[str] = "projects"
    primary_key: ClassVar[tuple[str, ...]] = ("doc_id", "project_id")
    project_id: str
    name: str
    name_clean: str
    federal_recommended: bool
    goal: str
    term: str
    term_end_year: int | None
    description: str
    financing: str
    technologies: str | None
    region_role: str


class Indicator(TableRow):
    table: ClassVar[str] = "indicators"
    primary_key: ClassVar[tuple[str, ...]] = ("doc_id", "indicator_id")
    indicator_id: str
    project: str
    project_id: str | None
    responsible_body: str
    responsible_body_canonical: str | None = None
    name: str
    unit: str
    unit_canonical: str | None = None
    name_lemmas: str | None = None


class IndicatorValue(RegionRow):
    table: ClassVar[str] = "indicator_values"
    primary_key: ClassVar[tuple[str, ...]] = ("doc_id", "indicator_id", "year")
    doc_id: str
    indicator_id: str
    year: int
    value_raw: str
    value: float | None


class ExtraCell(RegionRow):
    """A cell of a table column the template does not know (a region's own "Примечание", "Код"),
    kept with its printed header so no column a region adds is lost."""

    table: ClassVar[str] = "extra_cells"
    doc_id: str
    section: str  # "2", "5", "6" or "7": the table it stands in
    row_ref: str  # the row it belongs to: a project_id, an indicator_id, "link N" for section 5, "field N" for the card
    header: str  # the column's header as printed
    text: str
    page: int | None = Field(ge=1)  # None in formats without pages (DOCX, HTML): source_ref locates it
    source_ref: str | None = None


class CatalogueEntry(Row):
    table: ClassVar[str] = "catalogue"
    primary_key: ClassVar[tuple[str, ...]] = ("catalogue_id",)
    catalogue_id: str
    kind: CatalogueKind
    industry: str | None
    name: str
    source: str


class CatalogueMatch(RegionRow):
    table: ClassVar[str] = "catalogue_matches"
    primary_key: ClassVar[tuple[str, ...]] = ("doc_id", "project_id")
    doc_id: str
    project_id: str
    catalogue_id: str | None
    score: float = Field(ge=0, le=100)
    method: str
    status: MatchStatus


class IngestError(Row):
    table: ClassVar[str] = "ingest_errors"
    run_id: str
    source_path: str
    doc_id: str | None
    severity: Severity
    code: str
    message: str
    page: int | None


DOCUMENT_TABLES: tuple[type[Row], ...] = (
    Document, Section, CardField, ListItem, TaskProjectLink, Project, Indicator, IndicatorValue,
    CatalogueMatch, ExtraCell,
)
"""Tables whose rows belong to one document (keyed by doc_id): replaced together."""

ALL_TABLES: tuple[type[Row], ...] = DOCUMENT_TABLES + (CatalogueEntry, IngestError)

_SQL_TYPES: dict[type, str] = {
    str: "VARCHAR", int: "BIGINT", float: "DOUBLE", bool: "BOOLEAN",
    dt.date: "DATE", dt.datetime: "TIMESTAMP",
}


def _sql_type(annotation: object) -> tuple[str, bool]:
    """DuckDB type of a field annotation, and whether it admits NULL."""
    nullable = False
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        nullable = len(args) < len(typing.get_args(annotation))
        (annotation,) = args
    if typing.get_origin(annotation) is Literal:
        return "VARCHAR", nullable
    if typing.get_origin(annotation) is list:
        return _SQL_TYPES[typing.get_args(annotation)[0]] + "[]", nullable
    return _SQL_TYPES[annotation], nullable


def columns(model: type[Row]) -> list[str]:
    return list(model.model_fields)


def column_types(model: type[Row]) -> list[tuple[str, str, bool]]:
    """(column, DuckDB type, whether it admits NULL) of every field, in order."""
    return [(name, *_sql_type(info.annotation)) for name, info in model.model_fields.items()]


def create_table_sql(model: type[Row]) -> str:
    parts = []
    for name, sql_type, nullable in column_types(model):
        parts.append(f"{name} {sql_type}{'' if nullable else ' NOT NULL'}")
    if model.primary_key:
        parts.append(f"PRIMARY KEY ({', '.join(model.primary_key)})")
    return f"CREATE TABLE IF NOT EXISTS {model.table} (\n  " + ",\n  ".join(parts) + "\n)"


def current_view_sql(model: type[Row]) -> str:
    """`current_<table>`: the rows of each region's current edition only (documents.is_current).

    Counting over the tables counts every stored edition; over these views, each region once.
    """
    if model is Document:
        return "CREATE OR REPLACE VIEW current_documents AS SELECT * FROM documents WHERE is_current"
    return (f"CREATE OR REPLACE VIEW current_{model.table} AS SELECT * FROM {model.table} "
            "WHERE doc_id IN (SELECT doc_id FROM documents WHERE is_current)")
