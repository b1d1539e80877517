"""A provenance report: one self-contained HTML file showing what was read from one document.

A reviewer has to trust the numbers before analysts do, and the fastest
check is visual: each page that yielded table rows is shown as an image with
the ruling-derived table grid drawn lightly, every stored row outlined
strongly and labelled with the row's id and, beside it, what was parsed from
it (an indicator's unit and values by year, a project's end year and
catalogue match, the project a link points to). Grid cells holding text that
no stored row covers are shaded in two colours: blue-grey when the text is
part of a row that started on an earlier page (a page-break continuation the
parser joined), amber otherwise (headers, or a miss), so what was missed
stands out next to what was read. Rows without a box and pages that could not
be shown are listed, never silently dropped.

The HTML has no scripts and no external resources: page images are PNG data
URIs and the boxes are inline SVG in PDF points (the SVG viewBox is the page
and, right of it, a margin where each row's parsed values are written level with the row;
size), so the file can be mailed or archived and still open years later.

A format without pages (DOCX, HTML) has no page images: its tables are shown
as HTML tables, read again from the source, each stored row outlined from the
table row its `source_ref` names to the next stored row, and labelled the same way.
"""
from __future__ import annotations

import base64
import datetime as dt
import html
import re
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from ingest import isolation, readers
from ingest.output import store
from ingest.readers import pdf
from ingest.readers.pdf import open_pdf, read_page, render_page
from ingest.pipeline import display_path, file_digest
from parsers.grid import read_page_content
from parsers.text import fold
from schemas import tables as t
from schemas.layout import Grid, Table
from schemas.problems import IngestFailure

PAGE_DPI = 96  # readable text at a size a browser shows without zooming; grey keeps the file small
RENDER_LIMITS = isolation.Limits(seconds=300.0, memory=2 << 30)
"""Pages are drawn in a child process with these limits, as documents are parsed (ingest/isolation.py)."""
BOX = ("page", "x0", "y0", "x1", "y1")
ROW_TABLES: tuple[type[t.Row], ...] = tuple(m for m in t.DOCUMENT_TABLES if set(BOX) <= set(m.model_fields))
"""Tables whose rows carry a page box, found from their columns so the report follows the schema."""
SUBJECT = {t.TaskProjectLink: "task", t.Project: "name", t.Indicator: "name"}
"""The column that tells a reviewer which row a box is, shown when hovering it."""
IDENT = {t.Project: "project_id", t.Indicator: "indicator_id"}
"""The row's id column; rows without one are named by industry and row number."""
DETAIL = {
    t.Indicator: "coalesce(unit_canonical, unit) || ': ' || coalesce((SELECT string_agg(year || ' ' || "
                 "coalesce(regexp_replace(CAST(value AS VARCHAR), '\\.0$', ''), '?' || value_raw), ' · ' ORDER BY year) "
                 "FROM indicator_values AS v WHERE v.doc_id = x.doc_id AND v.indicator_id = x.indicator_id), '')",
    t.Project: "concat_ws(' · ', 'to ' || term_end_year, (SELECT m.catalogue_id FROM catalogue_matches AS m "
               "WHERE m.doc_id = x.doc_id AND m.project_id = x.project_id AND m.status <> 'none'))",
    t.TaskProjectLink: "'-> ' || split_part(project_id, ':', 2)",
}
"""What was parsed from a row, in SQL over the row (alias x): shown beside its outline."""
COLOURS = {t.TaskProjectLink: "#1f6feb", t.Project: "#1a7f37", t.Indicator: "#a3139d"}
MISSED, CONTINUED = "#ffb000", "#5b7db1"  # fills of cells no stored row covers: not read / read with a row above
MIN_CONTINUED_CHARS = 4  # shorter cell texts ("1", "%") occur in any row: no evidence of a continuation
FALLBACK_COLOUR = "#cf222e"
LOW_CONFIDENCE = 80.0
"""A row read by OCR with a lower mean word confidence (0-100) is drawn in LOW_CONFIDENCE_COLOUR:
Tesseract's words below it are often misread."""
LOW_CONFIDENCE_COLOUR = "#fb8f44"
LABEL_PT = 7.5  # label font size in PDF points: legible at 96 dpi, small enough not to hide the text
SIDE_PT = 180.0  # the margin right of the page for parsed values: printed values stay visible under none
SIDE_CHARS = 46  # what fits in it at LABEL_PT


class ReportError(Exception):
    """The report cannot be made; the message says what to do."""


@dataclass
class Box:
    table: str
    ident: str
    x0: float
    y0: float
    x1: float
    y1: float
    subject: str
    colour: str
    detail: str = ""
    text: str = ""  # every text cell of the row, folded: to recognise its parts continued on a later page
    source_ref: str | None = None
    caution: str = ""  # why a reviewer should read this row against the page (low OCR confidence)

    @property
    def label(self) -> str:
        return f"{self.table} {self.ident}" + (f" ({self.caution})" if self.caution else "")

    def covers(self, x: float, y: float) -> bool:
        return self.x0 <= x <= self.x1 and self.y0 <= y <= self.y1


@dataclass
class PageView:
    number: int
    width: float = 0.0
    height: float = 0.0
    png: bytes = b""
    cells: list[tuple[float, float, float, float, str]] = field(default_factory=list)  # box, fill ('' if covered)
    boxes: list[Box] = field(default_factory=list)
    unboxed: list[Box] = field(default_factory=list)  # rows stored for this page without coordinates
    ocr: bool = False  # read from the page image


@dataclass
class TableView:
    """A table of a document without pages, and the stored rows starting at each of its rows."""

    ref: str  # "table 12"
    grid: Grid
    starts: dict[int, list[Box]] = field(default_factory=dict)  # 0-based table row -> rows stored from it


ROW_REF = re.compile(r"^(table \d+), row (\d+)$")


def write_report(db_path: Path, doc_or_file: str, out: Path | None = None) -> Path:
    """Write the report of one document; returns the file written."""
    text, document = build_report(db_path, doc_or_file)
    if out is None or out.is_dir():
        out = (out or Path()) / f"{Path(document['source_path']).stem}-report.html"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    return out


def build_report(db_path: Path, doc_or_file: str) -> tuple[str, dict]:
    """The report's HTML and the `documents` row it describes."""
    if not db_path.exists():
        raise ReportError(f"no database at {db_path}; run `regstrat ingest` first")
    con = store.connect(db_path, read_only=True)
    try:
        document, source = find_document(con, doc_or_file)
        doc_id = document["doc_id"]
        counts = {m.table: con.execute(f"SELECT count(*) FROM {m.table} WHERE doc_id = ?", [doc_id]).fetchone()[0]
                  for m in t.DOCUMENT_TABLES if m is not t.Document}
        problems = con.execute(
            "SELECT severity, code, message, page FROM ingest_errors WHERE doc_id = ? OR source_path = ? "
            "ORDER BY severity, page NULLS FIRST, code", [doc_id, document["source_path"]]).fetchall()
        statuses = dict(con.execute("SELECT status, count(*) FROM catalogue_matches WHERE doc_id = ? GROUP BY status",
                                    [doc_id]).fetchall())
        review = con.execute(
            "SELECT p.industry_no, p.row_no, p.name, p.page, c.name, c.kind, m.score, m.method "
            "FROM catalogue_matches AS m JOIN projects AS p USING (doc_id, project_id) "
            "LEFT JOIN catalogue AS c USING (catalogue_id) WHERE m.doc_id = ? AND m.status = 'review' "
            "ORDER BY p.industry_no, p.row_no, p.project_id", [doc_id]).fetchall()
        unmatched = con.execute(
            "SELECT p.project_id, p.name, p.page FROM catalogue_matches AS m JOIN projects AS p "
            "USING (doc_id, project_id) WHERE m.doc_id = ? AND m.status = 'none' ORDER BY p.project_id",
            [doc_id]).fetchall()
        rows = {model: _row_boxes(con, model, doc_id) for model in ROW_TABLES}
    finally:
        con.close()
    if document["page_count"] is None or source is not None and readers.reader_for(source) is not pdf:
        tables, note = _table_views(source, rows)
        return _html(document, counts, problems, statuses, review, unmatched, [], note, tables), document
    pages, note = _page_views(source, rows, {p[3] for p in problems if p[3]})
    for view in pages:
        view.ocr = view.number in (document.get("ocr_pages") or [])
    return _html(document, counts, problems, statuses, review, unmatched, pages, note), document


def find_document(con: duckdb.DuckDBPyConnection, doc_or_file: str) -> tuple[dict, Path | None]:
    """The document named by a doc_id, a stored source path, or a file with the same content.

    Returns the source file to draw pages or tables from: the file given, or the
    stored source path if it still holds the same content; None when neither does.
    """
    stored_as = display_path(Path(doc_or_file))  # a name that is not UTF-8 is stored, and looked up, as \xNN
    cursor = con.execute("SELECT * FROM documents WHERE doc_id = ? OR source_path = ?", [stored_as, stored_as])
    names = [d[0] for d in cursor.description]
    found = cursor.fetchone()
    given = Path(doc_or_file)
    if found is None and given.is_file():
        found = con.execute("SELECT * FROM documents WHERE sha256 = ?", [file_digest(given)]).fetchone()
        if found is None:
            raise ReportError(f"{given} is not in the database (no document has its content); ingest it first")
    if found is None:
        raise ReportError(f"no document {doc_or_file!r}: give a doc_id, a source path or the file itself")
    document = dict(zip(names, found))
    for candidate in (given, Path(document["source_path"])):
        if candidate.is_file() and file_digest(candidate) == document["sha256"]:
            return document, candidate
    return document, None


def _row_boxes(con: duckdb.DuckDBPyConnection, model: type[t.Row], doc_id: str) -> list[tuple[int, Box, bool]]:
    """(page, row, whether its coordinates were stored) in page order."""
    subject = SUBJECT.get(model, "doc_id")
    ident = IDENT.get(model, "'#' || coalesce(CAST(industry_no AS VARCHAR) || '.', '') || coalesce(CAST(row_no AS "
                             "VARCHAR), '?')")
    texts = [n for n, f in model.model_fields.items() if f.annotation is str and not n.endswith("_id")]
    out = []
    confidence_column = "ocr_confidence" if "ocr_confidence" in model.model_fields else "NULL"
    for page, x0, y0, x1, y1, name, row_id, detail, text, ref, confidence in con.execute(
            f"SELECT page, x0, y0, x1, y1, {subject}, {ident}, {DETAIL.get(model, 'NULL')}, "
            f"concat_ws(' ', {', '.join(texts)}), source_ref, {confidence_column} FROM {model.table} AS x "
            "WHERE doc_id = ? ORDER BY page, y0, industry_no, row_no", [doc_id]).fetchall():
        low = confidence is not None and confidence < LOW_CONFIDENCE
        box = Box(model.table, row_id.rsplit(":", 1)[-1], x0 or 0.0, y0 or 0.0, x1 or 0.0, y1 or 0.0, name or "",
                  LOW_CONFIDENCE_COLOUR if low else COLOURS.get(model, FALLBACK_COLOUR), detail or "",
                  fold(text or ""), ref, f"OCR confidence {confidence:.0f}" if low else "")
        out.append((page, box, None not in (x0, y0, x1, y1)))
    return out


def _cell_fill(text: str, view: PageView, cx: float, cy: float, earlier: list[Box]) -> str:
    """'' for a cell inside a stored row's box; CONTINUED for text of a row started on an earlier page
    (the parser joined it to that row); MISSED for other text."""
    if not text.strip() or any(b.covers(cx, cy) for b in view.boxes):
        return ""
    folded = fold(text)
    # a bare number ("2024" of a header) occurs in many rows: only words are evidence
    if len(folded) >= MIN_CONTINUED_CHARS and any(ch.isalpha() for ch in folded) and any(
            folded in b.text for b in earlier):
        return CONTINUED
    return MISSED


def _page_views(pdf_path: Path | None, rows: dict[type[t.Row], list], problem_pages: set[int]
                ) -> tuple[list[PageView], str]:
    """Pages to show: those with rows or problems, and grid pages between the first and last row page.

    Those in-between pages are where a table the parser skipped would be, so
    they are shown even when nothing was read from them.
    """
    views: dict[int, PageView] = {}
    for model_rows in rows.values():
        for page, box, located in model_rows:
            view = views.setdefault(page, PageView(page))
            (view.boxes if located else view.unboxed).append(box)
    for page in problem_pages:
        views.setdefault(page, PageView(page))
    if pdf_path is None:
        return sorted(views.values(), key=lambda v: v.number), \
            "The source file is not at its stored path (or its content changed), so pages are not shown: " \
            "give the PDF itself to `regstrat report`."
    row_pages = {page for model_rows in rows.values() for page, _, _ in model_rows}
    span = range(min(row_pages), max(row_pages) + 1) if row_pages else range(0)
    outcome = isolation.run_one(lambda _send: _draw_pages(pdf_path, views, span, rows), RENDER_LIMITS)
    if outcome.kind != "done":
        return sorted(views.values(), key=lambda v: v.number), \
            f"The pages could not be drawn ({outcome.kind.replace('_', ' ')}: {outcome.detail}); rows are listed only."
    return outcome.value


def _draw_pages(pdf_path: Path, views: dict[int, PageView], span: range, rows: dict[type[t.Row], list]
                ) -> tuple[list[PageView], str]:
    """Grid and image of every page to show; run in a child process (a page can hang or exhaust memory)."""
    try:
        doc = open_pdf(pdf_path)
    except IngestFailure as exc:  # a document that failed to load: its summary is still worth showing
        return sorted(views.values(), key=lambda v: v.number), f"The pages cannot be shown: {exc.message}."
    try:
        contents = {}
        for number in sorted(set(span) | set(views)):
            if not 1 <= number <= doc.page_count:
                continue
            content = read_page_content(read_page(doc, number - 1))
            if content.grids or number in views:
                contents[number] = content
        for number, content in contents.items():
            view = views.setdefault(number, PageView(number))
            view.width, view.height = content.width, content.height
            earlier = _last_rows_before(rows, number)
            view.cells = [(c.x0, c.y0, c.x1, c.y1, _cell_fill(c.text, view, (c.x0 + c.x1) / 2, (c.y0 + c.y1) / 2,
                                                              earlier))
                          for grid in content.grids for c in grid.cells]
            view.png = render_page(doc, number, PAGE_DPI)
    finally:
        doc.close()
    return sorted(views.values(), key=lambda v: v.number), ""


def _table_views(path: Path | None, rows: dict[type[t.Row], list]) -> tuple[list[TableView], str]:
    """The document's tables that hold stored rows, or those between the first and the last such table
    (where a table the parser skipped would be), read again from the source file."""
    if path is None:
        return [], ("The source file is not at its stored path (or its content changed), so its tables are not "
                    "shown: give the file itself to `regstrat report`.")
    try:
        reading = readers.read(path)
    except Exception as exc:  # the report must not fail on a file it once read; say why instead
        return [], f"The source file could not be read again ({exc}), so its tables are not shown."
    grids = [grid for block in reading.blocks or [] if isinstance(block, Table) for grid in block.fragments]
    views = {grid.ref: TableView(grid.ref, grid) for grid in grids if grid.ref}
    for model_rows in rows.values():
        for _, box, _ in model_rows:
            found = ROW_REF.match(box.source_ref or "")
            if found and found.group(1) in views:
                views[found.group(1)].starts.setdefault(int(found.group(2)) - 1, []).append(box)
    used = [k for k, view in enumerate(views.values()) if view.starts]
    shown = list(views.values())[used[0]:used[-1] + 1] if used else []
    return shown, ""


def _last_rows_before(rows: dict[type[t.Row], list], number: int) -> list[Box]:
    """Per table, the rows on the last page before `number` that has rows: the only ones a cell can continue."""
    out = []
    for model_rows in rows.values():
        pages = [page for page, _, _ in model_rows if page < number]
        out += [box for page, box, _ in model_rows if pages and page == max(pages)]
    return out


CSS = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 24px; color: #1f2328; max-width: 1100px; }
h1 { font-size: 22px; margin-bottom: 4px; }
h2 { font-size: 17px; margin-top: 32px; border-bottom: 1px solid #d0d7de; }
table { border-collapse: collapse; margin: 8px 0 16px; }
th, td { border: 1px solid #d0d7de; padding: 3px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
td.num { text-align: right; }
.error { color: #cf222e; font-weight: 600; }
.warning { color: #9a6700; font-weight: 600; }
.note { background: #fff8c5; border: 1px solid #d4a72c; padding: 8px 12px; }
.legend span { display: inline-block; margin-right: 16px; }
.swatch { display: inline-block; width: 12px; height: 12px; vertical-align: -1px; margin-right: 4px; }
.page { position: relative; display: inline-block; border: 1px solid #8c959f; line-height: 0; }
.page img { display: block; height: auto; }
.page svg { position: absolute; left: 0; top: 0; width: 100%; height: 100%; }
.rows { font-size: 12px; color: #57606a; }
table.doc td { font-size: 12px; min-width: 3em; }
table.doc td.missed { background: rgba(255, 176, 0, .25); }
table.doc td.label { border: none; white-space: nowrap; font-size: 11px; }
table.doc td.label span { color: #fff; padding: 0 4px; margin-right: 2px; display: inline-block; }
"""


def _html(document: dict, counts: dict[str, int], problems: list[tuple], statuses: dict[str, int],
          review: list[tuple], unmatched: list[tuple], pages: list[PageView], note: str,
          tables: list[TableView] | None = None) -> str:
    e = html.escape
    shown = {v.number for v in pages if v.png}
    period = "–".join(str(document[k]) for k in ("period_start", "period_end") if document[k] is not None)
    facts = [("Region", document["region"]), ("Title", document["title"]), ("Period", period),
             ("Approved", " ".join(str(document[k]) for k in ("approved_by", "approved_on", "approval_number")
                                   if document[k])),
             ("Status", document["status"]), ("Pages", document["page_count"]),
             ("Pages read by OCR", ", ".join(map(str, document.get("ocr_pages") or []))),
             ("Source", document["source_path"]), ("SHA-256", document["sha256"]), ("doc_id", document["doc_id"]),
             ("Parser", f"{document['parser_version']}, ingested {_when(document['ingested_at'])}")]
    out = ["<!DOCTYPE html>", f'<html lang="ru"><head><meta charset="utf-8">{readers.OUR_REPORT}',
           f"<title>Provenance: {e(document['region'] or document['source_path'])}</title>",
           f"<style>{CSS}</style></head><body>",
           f"<h1>{e(document['region'] or 'Unknown region')}</h1>",
           f"<p>{e(document['title'] or '')}</p>", _page_index(pages), "<h2>Summary</h2>", "<table>"]
    out += [f"<tr><th>{e(k)}</th><td>{e(str(v or '—'))}</td></tr>" for k, v in facts]
    out += ["</table>", "<h3>Rows per table</h3>", "<table><tr><th>table</th><th>rows</th></tr>"]
    out += [f'<tr><td>{e(name)}</td><td class="num">{n}</td></tr>' for name, n in counts.items()]
    out += ["</table>", f"<h3>Warnings and errors ({len(problems)})</h3>"]
    if problems:
        out.append("<table><tr><th>severity</th><th>code</th><th>message</th><th>page</th></tr>")
        for severity, code, message, page in problems:
            where = (f'<a href="#page-{page}">{page}</a>' if page in shown else str(page)) if page else "—"
            out.append(f'<tr><td class="{e(severity)}">{e(severity)}</td><td>{e(code)}</td>'
                       f"<td>{e(message)}</td><td>{where}</td></tr>")
        out.append("</table>")
    else:
        out.append("<p>None.</p>")
    out.append("<h3>Catalogue matches</h3><p>" + (", ".join(
        f"{e(s)}: {statuses.get(s, 0)}" for s in ("auto", "review", "none")) if statuses else "No matches stored.")
        + "</p>")
    if review:
        out += [f"<p>To confirm by a person ({len(review)}, status <code>review</code>):</p>",
                "<table><tr><th>row</th><th>project</th><th>catalogue candidate</th><th>score</th>"
                "<th>method</th><th>page</th></tr>"]
        for industry_no, row_no, name, page, candidate, kind, score, method in review:
            where = f'<a href="#page-{page}">{page}</a>' if page in shown else str(page)
            out.append(f"<tr><td>{industry_no}.{row_no}</td><td>{e(name)}</td>"
                       f"<td>{e(candidate or '—')}{f' ({e(kind)})' if kind else ''}</td>"
                       f'<td class="num">{score:.1f}</td><td>{e(method)}</td><td>{where}</td></tr>')
        out.append("</table>")
    out.append(f"<h3>Projects that matched no catalogue entry ({len(unmatched)})</h3>")
    out += ['<ul class="rows">'] + [
        f"<li>{e(pid.rsplit(':', 1)[-1])}: {e(name)} (page "
        + (f'<a href="#page-{page}">{page}</a>' if page in shown else str(page)) + ")</li>"
        for pid, name, page in unmatched] + ["</ul>"]
    out.append("<h2>Pages</h2>" if tables is None else "<h2>Tables</h2>")
    if note:
        out.append(f'<p class="note">{e(note)}</p>')
    legend = [f'<span><i class="swatch" style="background:{c}"></i>{e(m.table)} row</span>'
              for m, c in COLOURS.items()]
    legend += [f'<span><i class="swatch" style="background:{LOW_CONFIDENCE_COLOUR}"></i>row read by OCR with '
               f'mean word confidence below {LOW_CONFIDENCE:.0f}: check it against the page</span>',
               '<span><i class="swatch" style="border:1px solid #8ab4f8"></i>table grid cell</span>',
               f'<span><i class="swatch" style="background:{CONTINUED};opacity:.45"></i>'
               'continued from the page before: part of a stored row that starts there</span>',
               f'<span><i class="swatch" style="background:{MISSED};opacity:.45"></i>'
               'text outside every stored row: a header or a miss</span>']
    out.append(f'<p class="legend">{"".join(legend)}</p>')
    for view in pages:
        out += _page_html(view)
    for table in tables or []:
        out += _table_html(table)
    out.append("</body></html>")
    return "\n".join(out)


def _page_html(view: PageView) -> list[str]:
    e = html.escape
    heading = f"Page {view.number}" + (" (read by OCR from the page image)" if view.ocr else "")
    out = [f'<section id="page-{view.number}"><h2>{e(heading)}</h2><p>{e(_page_summary(view))}</p>']
    if view.png:
        data = base64.b64encode(view.png).decode("ascii")
        pixel_width = round((view.width + SIDE_PT) * PAGE_DPI / 72)
        out.append(f'<div class="page" style="width:{pixel_width}px">'
                   f'<img src="data:image/png;base64,{data}" alt="page {view.number}" '
                   f'style="width:{100 * view.width / (view.width + SIDE_PT):.3f}%">'
                   f'<svg viewBox="0 0 {view.width + SIDE_PT:.1f} {view.height:.1f}" preserveAspectRatio="none" '
                   'xmlns="http://www.w3.org/2000/svg">')
        for x0, y0, x1, y1, colour in view.cells:
            fill = f'fill="{colour}" fill-opacity="0.25"' if colour else 'fill="none"'
            out.append(f'<rect x="{x0:.1f}" y="{y0:.1f}" width="{x1 - x0:.1f}" height="{y1 - y0:.1f}" {fill} '
                       'stroke="#8ab4f8" stroke-width="0.6"/>')
        for box, last in _distinct(view.boxes):
            label = box.label + (f"–{last.ident}" if last is not box else "")
            label_width = len(label) * LABEL_PT * 0.5 + 4
            # in the margin left of the row, reaching into the row only as far as the margin is too narrow
            label_x = max(0.0, box.x0 - label_width)
            out.append(f"<g><title>{e(label)}: {e(box.subject)}</title>"
                       f'<rect x="{box.x0:.1f}" y="{box.y0:.1f}" width="{box.x1 - box.x0:.1f}" '
                       f'height="{box.y1 - box.y0:.1f}" fill="{box.colour}" fill-opacity="0.06" '
                       f'stroke="{box.colour}" stroke-width="1.6"/>'
                       f'<rect x="{label_x:.1f}" y="{box.y0:.1f}" width="{label_width:.1f}" '
                       f'height="{LABEL_PT + 3:.1f}" fill="{box.colour}"/>'
                       f'<text x="{label_x + 2:.1f}" y="{box.y0 + LABEL_PT + 0.5:.1f}" font-size="{LABEL_PT}" '
                       f'font-family="sans-serif" fill="#fff">{e(label)}</text>'
                       + _detail_svg(box if last is box else None, view.width) + "</g>")
        out.append("</svg></div>")
    if view.boxes or view.unboxed:
        out.append('<ul class="rows">')
        out += [f"<li>{e(b.label)}: {e(_short(b.subject))}{_detail_html(b)}</li>" for b in view.boxes]
        out += [f"<li>{e(b.label)}: {e(_short(b.subject))}{_detail_html(b)} <em>(no box stored)</em></li>"
                for b in view.unboxed]
        out.append("</ul>")
    out.append("</section>")
    return out


def _table_html(view: TableView) -> list[str]:
    """The table as the document holds it: merged cells spanning, each stored row's rows outlined in its
    colour from the row it starts at to the next stored row, labelled in a column on the left; cells with
    text above the first stored row or in a table without any (headers, a miss) shaded."""
    e = html.escape
    n_rows = len(view.grid.ys) - 1
    owner: dict[int, Box] = {}  # table row -> the stored row that covers it
    current = None
    for r in range(n_rows):
        current = view.starts[r][0] if r in view.starts else current
        if current is not None:
            owner[r] = current
    by_row: dict[int, list] = {}
    for cell in view.grid.cells:
        by_row.setdefault(cell.row0, []).append(cell)
    stored = sum(len(boxes) for boxes in view.starts.values())
    out = [f'<section id="{e(view.ref.replace(" ", "-"))}"><h2>{e(view.ref.capitalize())}</h2>'
           f"<p>{stored} stored rows</p>", '<table class="doc">']
    for r in range(n_rows):
        box = owner.get(r)
        style = f' style="outline: 2px solid {box.colour}; outline-offset: -1px"' if box else ""
        labels = "".join(f'<span style="background:{b.colour}" title="{e(b.subject)}">{e(b.label)}</span>'
                         for b in view.starts.get(r, []))
        out.append(f'<tr{style}><td class="label">{labels}</td>')
        for cell in sorted(by_row.get(r, []), key=lambda c: c.col0):
            missed = bool(cell.text.strip()) and not any(rr in owner for rr in range(cell.row0, cell.row1))
            text = "<br>".join(e(line.text) for line in cell.lines)
            shade = ' class="missed"' if missed else ""
            out.append(f'<td rowspan="{cell.row1 - cell.row0}" colspan="{cell.col1 - cell.col0}"{shade}>{text}</td>')
        out.append("</tr>")
    out.append("</table></section>")
    return out


def _distinct(boxes: list[Box]) -> list[tuple[Box, Box]]:
    """Rows stored with the same box drawn once, labelled first–last id, so the label stays readable.

    (Indicators of one project can be stored with the box of the project's merged row.)
    """
    seen: dict[tuple, list[Box]] = {}
    for box in boxes:
        seen.setdefault((box.table, box.x0, box.y0, box.x1, box.y1), []).append(box)
    return [(group[0], group[-1]) for group in seen.values()]


def _detail_svg(box: Box | None, page_width: float) -> str:
    """What was parsed from the row, in the margin right of the page level with the row's top, joined to
    the row by a thin line (none for a box shared by several rows: their list below says it)."""
    if box is None or not box.detail:
        return ""
    x, y = page_width + 4, box.y0 + LABEL_PT + 0.5
    return (f'<line x1="{box.x1:.1f}" y1="{box.y0 + LABEL_PT / 2 + 1:.1f}" x2="{x - 1:.1f}" '
            f'y2="{box.y0 + LABEL_PT / 2 + 1:.1f}" stroke="{box.colour}" stroke-width="0.5"/>'
            f'<text x="{x:.1f}" y="{y:.1f}" font-size="{LABEL_PT}" font-family="sans-serif" '
            f'fill="{box.colour}">{html.escape(_short(box.detail, SIDE_CHARS))}</text>')


def _detail_html(box: Box) -> str:
    return f" <b>[{html.escape(box.detail)}]</b>" if box.detail else ""


def _page_summary(view: PageView) -> str:
    by_table: dict[str, int] = {}
    for box in view.boxes + view.unboxed:
        by_table[box.table] = by_table.get(box.table, 0) + 1
    summary = ", ".join(f"{n} {table}" for table, n in by_table.items()) or "no rows read"
    continued = sum(colour == CONTINUED for *_, colour in view.cells)
    missed = sum(colour == MISSED for *_, colour in view.cells)
    if continued:
        summary += f"; {continued} cells continued from the page before"
    if missed:
        summary += f"; {missed} cells with text outside every stored row"
    return summary


def _page_index(pages: list[PageView]) -> str:
    """Links to every page shown, with what it holds, at the top of the report."""
    items = [f'<li><a href="#page-{v.number}">page {v.number}</a>: {html.escape(_page_summary(v))}</li>'
             for v in pages]
    return f'<h2>Page index</h2><ul class="rows">{"".join(items)}</ul>' if items else ""


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _when(value: object) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if isinstance(value, dt.datetime) else str(value or "")
