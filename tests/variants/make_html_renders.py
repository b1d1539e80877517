#!/usr/bin/env python3
"""Print the samples as a legal portal's HTML page would come out of a browser: HTML -> PDF (Chromium).

    python tests/variants/make_html_renders.py [--only stavropol lnr] [--out tests/fixtures/variants/browser]

Some strategies reach users as web pages saved with "Print to PDF" (issue #9, point 5). Each
sample's gold content is written as one HTML page the way legal portals lay such documents
out: one table per section, the industries as full-width `colspan` rows inside it, section 7's
number, project and responsible body cells merged over their indicators with `rowspan`, the
header repeated on every page by `<thead>`. Headless Chromium prints it; its layout has the
traits of browser prints (vertical borders of a merged cell drawn past the next industry row,
text of a row split by a page break running below the cell's border, rows cut anywhere).

The HTML pages are kept in tests/fixtures/html/ (an input another format reader may use), the
PDFs and their gold beside each other in --out. The gold is the sample's gold with the layout
fields changed (industries as rows, no column-number row, no TOC page numbers), the content
untouched, never anything read back from a parser.

Needs pymupdf and Debian's chromium (`make browser`); the outputs are committed.
"""
from __future__ import annotations

import argparse
import html
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from make_variants import BASE, S5_KEYS, S7_KEYS, split_words, transform_gold

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parent / "fixtures"

# name -> (source sample, sections 5-7 on landscape pages, cell borders: "collapse" shares one line
# between neighbours; "separate" is the old `<table border=1 cellspacing=0>` of many portals,
# every cell drawing its own four borders, so neighbours' borders lie side by side)
RENDERS = {
    "browser-print-stavropol": ("stavropol", False, "collapse"),
    "browser-print-lnr": ("lnr", True, "collapse"),
    "browser-print-lnr-cell-borders": ("lnr", False, "separate"),
}

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 25mm; }
@page wide { size: A4 landscape; margin: 20mm 15mm 20mm 20mm; }
body { font-family: "Liberation Serif", "Times New Roman", serif; font-size: 12pt; line-height: 1.25; }
h1 { font-size: 14pt; text-align: center; }
p { margin: 0 0 4pt 0; text-align: justify; text-indent: 10mm; }
p.h { font-weight: bold; text-indent: 0; margin-top: 10pt; }
p.section { text-align: center; font-size: 13pt; break-after: avoid; }
p.toc { text-indent: 0; margin: 0; text-align: left; }
p.toc.sub { padding-left: 6mm; }
.wide { page: wide; }
.newpage { break-before: page; }
table { border-collapse: collapse; width: 100%; font-size: 10pt; margin-bottom: 8pt; }
body.separate table { border-collapse: separate; border-spacing: 0; }
th, td { border: 1px solid #000; padding: 2px 4px; vertical-align: top; text-align: left; }
th { font-weight: bold; text-align: center; vertical-align: middle; }
td.c { text-align: center; }
td.industry { font-weight: bold; }
"""


def esc(text: str) -> str:
    """Text as HTML, a real line break inside a cell kept as <br>."""
    return "<br>".join(html.escape(line) for line in (text or "").split("\n"))


def para(text: str, cls: str = "") -> str:
    return f'<p class="{cls}">{esc(text)}</p>' if cls else f"<p>{esc(text)}</p>"


def block(b: dict) -> list[str]:
    out = [para(f"{b['number']}. {b['title']}", "h")]
    for o in b["order"]:
        i = int(o[1:])
        if o[0] == "p":
            out.append(para(b["paragraphs"][i]))
        else:
            lst = b["lists"][i]
            if lst.get("intro"):
                out.append(para(lst["intro"]))
            out += [para(f"{k}. {it}") for k, it in enumerate(lst["items"], 1)]
    return out


def industry_row(grp: dict, ncols: int) -> str:
    return f'<tr><td class="industry" colspan="{ncols}">{esc(grp["number"] + ". " + grp["industry"])}</td></tr>'


def plain_table(sec: dict, keys: list[str]) -> list[str]:
    """Sections 5 and 6: one header row, an industry row before each industry's rows."""
    out = ["<table><thead><tr>" + "".join(f"<th>{esc(h)}</th>" for h in sec["header"]) + "</tr></thead><tbody>"]
    for grp in sec["groups"]:
        out.append(industry_row(grp, len(keys)))
        for r in grp["rows"]:
            out.append("<tr>" + "".join(f'<td{" class=c" if k == "no" else ""}>{esc(r.get(k, ""))}</td>'
                                        for k in keys) + "</tr>")
    out.append("</tbody></table>")
    return out


def indicators_table(s7: dict) -> list[str]:
    """Section 7: a two-row header (the years under their label), project cells merged over the indicators."""
    years = s7["years"]
    n0 = len(S7_KEYS)
    out = ["<table><thead><tr>"
           + "".join(f'<th rowspan="2">{esc(h)}</th>' for h in s7["header"][:n0])
           + f'<th colspan="{len(years)}">{esc(s7["header"][-1])}</th></tr><tr>'
           + "".join(f"<th>{y}</th>" for y in years) + "</tr></thead><tbody>"]
    for grp in s7["groups"]:
        out.append(industry_row(grp, n0 + len(years)))
        for r in grp["rows"]:
            inds = r["indicators"] or [{"name": "", "unit": "", "values": []}]
            span = f' rowspan="{len(inds)}"' if len(inds) > 1 else ""
            for k, ind in enumerate(inds):
                cells = []
                if k == 0:
                    cells += [f"<td class=c{span}>{esc(r['no'])}</td>", f"<td{span}>{esc(r['project'])}</td>",
                              f"<td{span}>{esc(r['roiv'])}</td>"]
                vals = list(ind.get("values", [])) + [""] * len(years)
                cells += [f"<td>{esc(ind['name'])}</td>", f"<td class=c>{esc(ind['unit'])}</td>"]
                cells += [f"<td class=c>{esc(v)}</td>" for v in vals[:len(years)]]
                out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return out


def page_html(g: dict, wide_tables: bool, borders: str) -> str:
    body = [f"<h1>{esc(g['title'])}</h1>",
            para(g.get("toc_heading") or g.get("toc_title") or "ОГЛАВЛЕНИЕ", "h section")]
    for e in g["toc"]:
        sub = " sub" if e["number"].count(".") > 1 else ""
        body.append(para(f"{e['number']} {e['title']}", "toc" + sub))

    def section(n: int, key: str, cls: str = "newpage") -> None:
        body.append(f'<p class="h section {cls}">{esc(f"{n}. " + g[key]["heading"])}</p>')

    section(1, "s1")
    for k in ("basis", "technologies", "features"):
        body += block(g["s1"][k])
    section(2, "s2_card")
    body.append("<table>" + "".join(f'<tr><td style="width:25%">{esc(r["field"])}</td><td>{esc(r["value"])}</td></tr>'
                                     for r in g["s2_card"]["rows"]) + "</table>")
    section(3, "s3")
    for k in ("goal", "tasks"):
        body += block(g["s3"][k])
    section(4, "s4")
    for ind in g["s4"]["industries"]:
        body.append(para(f"{ind['number']}. {ind['title']}", "h"))
        for b in ind["blocks"]:
            if b.get("lead"):
                body.append(para(b["lead"]))
            body += [para(f"{k}. {it}") for k, it in enumerate(b.get("items", []), 1)]
            body += [para(p) for p in b.get("paragraphs", [])]
    body.append('<div class="wide">' if wide_tables else "<div>")
    section(5, "s5")
    body += plain_table(g["s5"], S5_KEYS)
    section(6, "s6")
    body += plain_table(g["s6"], g["s6"]["columns"])
    section(7, "s7")
    body += indicators_table(g["s7"])
    body.append("</div>")
    section(8, "s8")
    for k in ("participants", "financing"):
        body += block(g["s8"][k])
    return ('<!DOCTYPE html>\n<html lang="ru"><head><meta charset="utf-8">'
            f"<title>{esc(g['title'])}</title><style>{CSS}</style></head>\n<body class=\"{borders}\">\n"
            + "\n".join(body) + "\n</body></html>\n")


def print_pdf(page: Path, pdf: Path) -> None:
    """Chromium's print, then saved again by PyMuPDF with unused objects dropped and streams deflated
    (lossless: the page content is Chromium's; the file is committed, and half the size this way)."""
    import pymupdf
    chromium = shutil.which("chromium")
    if not chromium:
        sys.exit("chromium not found: make browser")
    with tempfile.TemporaryDirectory() as tmp:
        printed = Path(tmp) / "printed.pdf"
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        f"--user-data-dir={tmp}/profile", f"--print-to-pdf={printed}", "--no-pdf-header-footer",
                        page.resolve().as_uri()], check=True, capture_output=True, timeout=300)
        with pymupdf.open(printed) as doc:
            doc.save(pdf, garbage=4, deflate=True, use_objstms=1)


def build(name: str, out: Path, html_dir: Path) -> None:
    source, wide, borders = RENDERS[name]
    src = json.loads((FIXTURES / f"gold-{source}.json").read_text(encoding="utf-8"))
    gold = transform_gold(src, dict(BASE, source=source, industry_as="row"))
    for e in gold["toc"]:
        e["page"] = ""
    gold["notes"] = [f"Browser print generated by tests/variants/make_html_renders.py from gold-{source}.json: "
                     f"the HTML page tests/fixtures/html/{name}.html printed to PDF by headless Chromium"
                     f"{', sections 5-7 on landscape pages' if wide else ''}, cell borders {borders}; "
                     "content identical to the source gold."]
    page = html_dir / f"{name}.html"
    page.write_text(page_html(gold, wide, borders), encoding="utf-8")
    pdf = out / f"{name}.pdf"
    print_pdf(page, pdf)
    bad = split_words(pdf, gold)
    if bad:
        print(f"{name}: WARNING {len(bad)} words split without a hyphen: {bad[:8]}", file=sys.stderr)
    (out / f"{name}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{name}: {pdf.stat().st_size // 1024} KB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", nargs="*", default=list(RENDERS))
    ap.add_argument("--out", type=Path, default=FIXTURES / "variants" / "browser")
    ap.add_argument("--html", type=Path, default=FIXTURES / "html")
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    a.html.mkdir(parents=True, exist_ok=True)
    for name in a.only:
        build(name, a.out, a.html)


if __name__ == "__main__":
    main()
