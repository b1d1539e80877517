"""The provenance report: what it summarises, where it draws each row, and how a real browser shows it."""
from __future__ import annotations

import base64
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import duckdb
import pymupdf
import pytest

from ingest.output.report import CONTINUED, MISSED, PAGE_DPI, SIDE_PT, ReportError, build_report, write_report
from parsers.text import fold
from schemas import tables as t

ROW_TABLES = (t.TaskProjectLink, t.Project, t.Indicator)
IMAGE = re.compile(r'<img src="data:image/png;base64,([^"]+)"')


@pytest.fixture(scope="module")
def db(sample_db: Path, tmp_path_factory) -> Path:
    """The samples plus what a real run can produce and the samples happen not to: a warning, a review match."""
    path = tmp_path_factory.mktemp("report") / "strategies.duckdb"
    shutil.copy(sample_db, path)
    con = duckdb.connect(str(path))
    doc_id, source, page = con.execute("SELECT p.doc_id, d.source_path, p.page FROM projects p JOIN documents d "
                                       "USING (doc_id) ORDER BY ALL LIMIT 1").fetchone()
    con.execute("INSERT INTO ingest_errors VALUES ('run1', ?, ?, 'warning', 'cell_overflow', "
                "'a cell <ran> past the page', ?)", [source, doc_id, page])
    con.execute("UPDATE catalogue_matches SET status = 'review', score = 71.5 WHERE (doc_id, project_id) = "
                "(SELECT (doc_id, project_id) FROM catalogue_matches WHERE doc_id = ? ORDER BY project_id LIMIT 1)",
                [doc_id])
    con.close()
    return path


@pytest.fixture(scope="module")
def document(db: Path) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    cursor = con.execute("SELECT * FROM documents WHERE doc_id = (SELECT doc_id FROM ingest_errors)")
    row = dict(zip([d[0] for d in cursor.description], cursor.fetchone()))
    con.close()
    return row


@pytest.fixture(scope="module")
def report(db: Path, document: dict) -> str:
    return build_report(db, document["doc_id"])[0]


def _sections(report: str) -> dict[int, str]:
    return {int(m.group(1)): m.group(0) for m in re.finditer(r'<section id="page-(\d+)">.*?</section>', report, re.S)}


def test_found_by_doc_id_stored_path_or_content(db: Path, document: dict, tmp_path: Path):
    moved = tmp_path / "renamed.pdf"
    shutil.copy(document["source_path"], moved)
    for name in (document["doc_id"], document["source_path"], str(moved)):
        assert build_report(db, name)[1]["doc_id"] == document["doc_id"]
    with pytest.raises(ReportError, match="no document"):
        build_report(db, "0000000000000000")
    stranger = tmp_path / "other.pdf"
    pdf = pymupdf.open()
    pdf.new_page()
    pdf.save(stranger)
    with pytest.raises(ReportError, match="not in the database"):
        build_report(db, str(stranger))


def test_summary_names_region_period_counts_problems_and_review(db: Path, document: dict, report: str):
    con = duckdb.connect(str(db), read_only=True)
    assert document["region"] in report
    assert f"{document['period_start']}–{document['period_end']}" in report
    for model in t.DOCUMENT_TABLES[1:]:
        n = con.execute(f"SELECT count(*) FROM {model.table} WHERE doc_id = ?", [document["doc_id"]]).fetchone()[0]
        assert f'<td>{model.table}</td><td class="num">{n}</td>' in report
    page = con.execute("SELECT page FROM ingest_errors").fetchone()[0]
    assert f'cell_overflow</td><td>a cell &lt;ran&gt; past the page</td><td><a href="#page-{page}">{page}</a>' in report
    name, statuses = con.execute(
        "SELECT p.name, (SELECT list(status) FROM catalogue_matches WHERE doc_id = p.doc_id) FROM catalogue_matches m "
        "JOIN projects p USING (doc_id, project_id) WHERE m.status = 'review'").fetchone()
    con.close()
    review = report[report.index("To confirm by a person"):report.index("<h2>Pages</h2>")]
    assert name.replace('"', "&quot;") in review and "71.5" in review
    assert f"review: {statuses.count('review')}" in report and f"auto: {statuses.count('auto')}" in report


def test_every_stored_row_is_drawn_on_its_page(db: Path, document: dict, report: str):
    sections = _sections(report)
    con = duckdb.connect(str(db), read_only=True)
    pdf = pymupdf.open(document["source_path"])
    labels = []
    for model in ROW_TABLES:
        rows = con.execute(f"SELECT page, x0, y0, x1, y1 FROM {model.table} WHERE doc_id = ?",
                           [document["doc_id"]]).fetchall()
        assert rows
        for page, x0, y0, x1, y1 in rows:
            section = sections[page]
            assert f'<rect x="{x0:.1f}" y="{y0:.1f}" width="{x1 - x0:.1f}" height="{y1 - y0:.1f}"' in section
        key = {t.Project: "project_id", t.Indicator: "indicator_id"}.get(model)
        if key:
            for page, row_id in con.execute(f"SELECT page, {key} FROM {model.table} WHERE doc_id = ?",
                                            [document["doc_id"]]).fetchall():
                label = f"{model.table} {row_id.rsplit(':', 1)[-1]}"
                assert f"<li>{label}: " in sections[page] and f">{label}" in sections[page]
                labels.append(label)
    assert labels and len(labels) == len(set(labels)), "every row has its own label"
    con.close()
    for number, section in sections.items():
        (data,) = IMAGE.findall(section)
        image = pymupdf.Pixmap(base64.b64decode(data))
        rect = pdf[number - 1].rect
        assert (image.width, image.height) == (round(rect.width * PAGE_DPI / 72), round(rect.height * PAGE_DPI / 72))
        assert f'viewBox="0 0 {rect.width + SIDE_PT:.1f} {rect.height:.1f}"' in section


def test_without_the_source_file_the_rows_are_still_listed(db: Path, document: dict, tmp_path: Path):
    moved = tmp_path / "strategies.duckdb"
    shutil.copy(db, moved)
    con = duckdb.connect(str(moved))
    con.execute("UPDATE documents SET source_path = '/nowhere/gone.pdf' WHERE doc_id = ?", [document["doc_id"]])
    projects = con.execute("SELECT count(*) FROM projects WHERE doc_id = ?", [document["doc_id"]]).fetchone()[0]
    con.close()
    report = build_report(moved, document["doc_id"])[0]
    assert "pages are not shown" in report and not IMAGE.search(report)
    assert report.count("<li>projects P") == projects


def test_parsed_values_and_units_beside_each_indicator(db: Path, document: dict, report: str):
    sections = _sections(report)
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT i.page, i.indicator_id, coalesce(i.unit_canonical, i.unit), list(v.value ORDER BY v.year), "
                       "list(v.year ORDER BY v.year) FROM indicators AS i JOIN indicator_values AS v "
                       "USING (doc_id, indicator_id) WHERE doc_id = ? GROUP BY ALL", [document["doc_id"]]).fetchall()
    con.close()
    assert rows
    for page, indicator_id, unit, values, years in rows:
        shown = " · ".join(f"{y} {'?' if v is None else f'{v:g}'}" for y, v in zip(years, values))
        item = f"<li>indicators {indicator_id.rsplit(':', 1)[-1]}: "
        line = sections[page][sections[page].index(item):].split("</li>")[0]
        assert f"[{unit}: " in line and shown.split(" · ")[0] in line, line


def test_page_index_and_unmatched_projects(db: Path, document: dict, report: str):
    index = report[report.index("<h2>Page index</h2>"):report.index("<h2>Summary</h2>")]
    assert sorted(map(int, re.findall(r'href="#page-(\d+)"', index))) == sorted(_sections(report))
    con = duckdb.connect(str(db), read_only=True)
    unmatched = con.execute("SELECT p.name FROM catalogue_matches JOIN projects AS p USING (doc_id, project_id) "
                            "WHERE doc_id = ? AND status = 'none'", [document["doc_id"]]).fetchall()
    con.close()
    part = report[report.index("Projects that matched no catalogue entry"):report.index("<h2>Pages</h2>")]
    assert f"({len(unmatched)})" in part and unmatched
    assert all(name.replace('"', "&quot;") in part for (name,) in unmatched)


def test_continued_cells_are_told_from_missed_ones(db: Path, document: dict, report: str):
    """A cell shaded as continued holds text of a row stored from an earlier page; a missed cell does not."""
    con = duckdb.connect(str(db), read_only=True)
    texts = [fold(" ".join(v for v in row if isinstance(v, str))) for model in ROW_TABLES
             for row in con.execute(f"SELECT * FROM {model.table} WHERE doc_id = ?", [document["doc_id"]]).fetchall()]
    con.close()
    fills = re.findall(r'fill="(#[0-9a-f]{6})" fill-opacity="0.25"', report)
    assert fills.count(CONTINUED) > 0 and fills.count(MISSED) > 0
    pdf = pymupdf.open(document["source_path"])
    cell = re.compile(r'<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" fill="(#[0-9a-f]{6})"')
    for number, section in _sections(report).items():
        for x, y, w, h, fill in cell.findall(section):
            x, y, w, h = map(float, (x, y, w, h))
            text = fold(pdf[number - 1].get_textbox(pymupdf.Rect(x + 1, y + 1, x + w - 1, y + h - 1)))
            if fill == CONTINUED:
                assert any(text in row for row in texts), (number, text)


def _chromium(url: str, *args: str) -> None:
    """Headless Chromium as the project's tests run it: no sandbox (containers), no network, a fresh profile."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        f"--user-data-dir={profile}", *args, url], check=True, capture_output=True, timeout=180)


@pytest.fixture(scope="module")
def browser() -> None:
    if shutil.which("chromium") is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is required in CI: apt-get install -y chromium")
        pytest.skip("chromium is not installed (apt-get install -y chromium)")


def _images_printed(html: Path, tmp_path: Path) -> list[tuple[int, int]]:
    """Sizes of the images Chromium embeds when printing the page.

    An image it cannot load or decode is printed as its small broken-image icon, if at all.
    """
    pdf = tmp_path / f"{html.stem}.pdf"
    _chromium(html.as_uri(), "--no-pdf-header-footer", f"--print-to-pdf={pdf}")
    with pymupdf.open(pdf) as printed:
        images = {image[0]: image[2:4] for page in printed for image in page.get_images(full=True)}
    return sorted(images.values())


def test_report_in_a_real_browser(browser, db: Path, document: dict, tmp_path: Path):
    html = write_report(db, document["doc_id"], tmp_path / "report.html")
    pngs = [pymupdf.Pixmap(base64.b64decode(data)) for data in IMAGE.findall(html.read_text(encoding="utf-8"))]
    assert pngs
    shot = tmp_path / "shot.png"
    _chromium(html.as_uri(), f"--screenshot={shot}", "--window-size=1200,1600")
    pixels = pymupdf.Pixmap(str(shot))
    assert (pixels.width, pixels.height) == (1200, 1600)
    samples, n = pixels.samples, pixels.n
    colours = {samples[i:i + 3] for i in range(0, len(samples), n * 3)}
    ink = sum(1 for i in range(0, len(samples), n * 3) if samples[i] < 200) / (len(samples) / (n * 3))
    assert len(colours) > 50 and ink > 0.02, f"blank screenshot: {len(colours)} colours, {ink:.1%} ink"
    assert _images_printed(html, tmp_path) == sorted((p.width, p.height) for p in pngs)

    broken = tmp_path / "broken.html"
    broken.write_text(IMAGE.sub('<img src="data:image/png;base64,AAAA"', html.read_text(encoding="utf-8")),
                      encoding="utf-8")
    assert not {(p.width, p.height) for p in pngs} & set(_images_printed(broken, tmp_path)), \
        "the check must see an image that does not load"


@pytest.fixture(scope="module")
def structured_db(tmp_path_factory) -> Path:
    from ingest.pipeline import ingest
    from samples import STRUCTURED
    db = tmp_path_factory.mktemp("structured") / "strategies.duckdb"
    ingest([p for p in STRUCTURED if p.stem == "strategy-lnr"], db)
    return db


@pytest.mark.parametrize("suffix", [".docx", ".html"])
def test_documents_without_pages_show_their_tables_with_every_stored_row(structured_db: Path, suffix: str,
                                                                          tmp_path: Path):
    con = duckdb.connect(str(structured_db), read_only=True)
    doc_id, source = con.execute("SELECT doc_id, source_path FROM documents WHERE source_path LIKE ?",
                                 [f"%{suffix}"]).fetchone()
    stored = sum(con.execute(f"SELECT count(*) FROM {m.table} WHERE doc_id = ?", [doc_id]).fetchone()[0]
                 for m in ROW_TABLES)
    con.close()
    report, _ = build_report(structured_db, doc_id)
    assert "<img" not in report and "<h2>Tables</h2>" in report
    labels = re.findall(r'<td class="label">(.*?)</td>', report, re.S)
    assert sum(cell.count("<span") for cell in labels) == stored
    assert 'class="missed"' in report  # the header rows: text no stored row covers
    moved = tmp_path / ("gone" + suffix)
    shutil.copy(source, moved)
    report_without_source, _ = build_report(structured_db, str(moved))  # found by content: tables still shown
    assert "<h2>Tables</h2>" in report_without_source and "stored rows" in report_without_source


def test_a_document_that_failed_to_load_still_gets_its_summary(tmp_path: Path):
    """A truncated DOCX and a password-protected PDF: no pages or tables to show, a summary and a note."""
    from ingest.pipeline import ingest
    from samples import FIXTURES, STRUCTURED
    word = STRUCTURED[0].read_bytes()
    truncated = tmp_path / "truncated.docx"
    truncated.write_bytes(word[: len(word) // 3])
    locked = tmp_path / "locked.pdf"
    with pymupdf.open(FIXTURES / "strategy-lnr.pdf") as doc:
        doc.save(locked, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="secret", owner_pw="owner")
    db = tmp_path / "failed.duckdb"
    assert {r.status for r in ingest([truncated, locked], db)} == {"failed"}
    for path, code in ((truncated, "corrupt_zip"), (locked, "encrypted")):
        report, document = build_report(db, str(path))
        assert document["status"] == "failed" and code in report
        assert 'class="note"' in report


def test_a_report_written_beside_the_strategies_is_passed_over_when_the_folder_is_ingested(
        db: Path, document: dict, tmp_path: Path):
    """Analysts write reports into the folder they ingest; the next ingest of that folder must not fail
    them as `not_a_strategy`, and must still say it saw them. An HTML strategy stays a strategy."""
    from ingest.output.summary import note
    from ingest.pipeline import ingest
    from samples import STRUCTURED
    folder = tmp_path / "strategies"
    folder.mkdir()
    written = write_report(db, document["doc_id"], folder)
    portal_page = next(p for p in STRUCTURED if p.suffix == ".html")
    shutil.copy(portal_page, folder / portal_page.name)
    results = {Path(r.path).name: r for r in ingest([folder], tmp_path / "again.duckdb")}
    assert set(results) == {written.name, portal_page.name}
    passed_over = results[written.name]
    assert passed_over.status == "skipped" and "report" in note(passed_over)
    assert results[portal_page.name].status in ("ok", "partial")
    con = duckdb.connect(str(tmp_path / "again.duckdb"), read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    con.close()
