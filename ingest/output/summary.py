"""What `ingest` prints at the end: totals by status and code, then a line per file that needs a look.

Ten files must read as ten lines at 80 columns, so the default table has only
the file, its status and its first problem; `--verbose` adds the counts.
Text from documents goes into rich as Text, never as markup.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from rich.table import Table
from rich.text import Text

from ingest.pipeline import FileResult
from schemas import tables as t

COUNTED = ((t.Project, "projects"), (t.TaskProjectLink, "links"), (t.Indicator, "indicators"),
           (t.CardField, "card"), (t.ListItem, "lists"))
STYLE = {"ok": "green", "partial": "yellow", "failed": "red", "skipped": "dim"}
"""Every status a file ends with; `skipped` is a file that is no strategy of ours to read (a report regstrat wrote)."""


def summary_lines(results: list[FileResult]) -> list[Text]:
    """'12 files: 9 ok, 2 partial, 1 failed', then per status the codes of the first problem, most common first,
    then the news a file brings whatever its status (another edition of a region, a copy of one stored)."""
    by_status = Counter(r.status for r in results)
    head = Text(f"{len(results)} files: ")
    head.append_text(Text(", ").join(Text(f"{by_status[s]} {s}", style=STYLE[s]) for s in STYLE if by_status[s]))
    lines = [head]
    for status in ("partial", "failed"):
        codes = Counter(r.problems[0].code if r.problems else "?" for r in results if r.status == status)
        if codes:
            lines.append(Text(f"  {status}: " + ", ".join(f"{code} {n}" for code, n in codes.most_common()),
                              style=STYLE[status]))
    lines += [Text(f"  {Path(r.path).name}: {p.message}", style="cyan")
              for r in sorted(results, key=lambda r: r.path) if not r.skipped
              for p in r.problems if p.severity == "info"]
    return lines


def summary_table(results: list[FileResult], verbose: bool = False) -> Table:
    """The files that are not ok (every file when verbose), one line each."""
    shown = sorted((r for r in results if verbose or r.status != "ok"), key=lambda r: r.path)
    table = Table(title=None, expand=False)
    table.add_column("file", overflow="fold", max_width=40)
    if verbose:
        for name in ("region", "pages", *(label for _, label in COUNTED), "s"):
            table.add_column(name, overflow="fold")
    table.add_column("status")
    table.add_column("note", overflow="ellipsis", no_wrap=not verbose)
    for r in shown:
        cells = [Text(Path(r.path).name)]
        if verbose:
            counts = ["-" if r.skipped else str(r.count(model)) for model, _ in COUNTED]
            cells += [Text(r.region or ""), Text(str(r.pages or "")), *map(Text, counts), Text(f"{r.seconds:.1f}")]
        cells += [Text(r.status, style=STYLE[r.status]), Text(note(r))]
        table.add_row(*cells)
    return table


def note(result: FileResult) -> str:
    """The first problem (code: message, page), how many more, and why the file was skipped if it was."""
    first = result.problems[0] if result.problems else None
    text = ""
    if first:
        text = f"{first.code}: {first.message}" + (f" (page {first.page})" if first.page else "")
        text += f" +{len(result.problems) - 1} more" if len(result.problems) > 1 else ""
    if result.skipped:
        text = f"{result.skipped}; {text}" if text else result.skipped
    return text
