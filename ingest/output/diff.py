"""Two editions of one region's strategy compared: projects added, removed, renamed; targets changed.

Regions revise their strategies, and analysts follow the revisions. A project
keeps its identity across editions through its catalogue entry when it has
one (regions rename projects freely, the federal project stays), else through
its name, folded, and then through a fuzzy name match (rapidfuzz), which
catches reworded names that the catalogue does not know. Changed targets come
from the `indicator_changes` view, so SQL users and this command see the same rows.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import duckdb
from rapidfuzz import fuzz

from ingest.output import store
from parsers.text import fold

RENAME_SCORE = 80.0  # token_set_ratio of folded names from which two projects are one renamed project


class DiffError(Exception):
    """The diff cannot be made (unknown region, fewer than two editions); the message says what to do."""


@dataclass(frozen=True)
class ProjectRow:
    project_id: str
    name: str
    catalogue_id: str | None


@dataclass(frozen=True)
class Renamed:
    old: ProjectRow
    new: ProjectRow
    matched_by: str  # 'catalogue' or 'name ~NN'


@dataclass(frozen=True)
class ValueChange:
    project: str
    indicator: str
    unit: str
    year: int
    old: str
    new: str


@dataclass
class EditionDiff:
    region: str
    old_edition: int
    new_edition: int
    added: list[ProjectRow] = field(default_factory=list)
    removed: list[ProjectRow] = field(default_factory=list)
    renamed: list[Renamed] = field(default_factory=list)
    changed: list[ValueChange] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The diff as text for a terminal."""
        out = [f"{self.region}: edition {self.old_edition} -> {self.new_edition}",
               f"projects added ({len(self.added)})"]
        out += [f"  + {p.name}" for p in self.added]
        out.append(f"projects removed ({len(self.removed)})")
        out += [f"  - {p.name}" for p in self.removed]
        out.append(f"projects renamed ({len(self.renamed)})")
        out += [f"  ~ {r.old.name} -> {r.new.name} ({r.matched_by})" for r in self.renamed]
        out.append(f"indicator targets changed ({len(self.changed)})")
        out += [f"  {c.project} | {c.indicator} ({c.unit}) {c.year}: {c.old or '—'} -> {c.new or '—'}"
                for c in self.changed]
        return out


def diff_region(db_path: Path, region: str, old: int | None = None, new: int | None = None) -> EditionDiff:
    """Compare editions `old` and `new` of a region (name or ISO code); by default the last two."""
    if not db_path.exists():
        raise DiffError(f"no database at {db_path}; run `regstrat ingest` first")
    con = store.connect(db_path, read_only=True)
    try:
        return _diff(con, region, old, new)
    finally:
        con.close()


def _diff(con: duckdb.DuckDBPyConnection, region: str, old: int | None, new: int | None) -> EditionDiff:
    wanted = region.strip().casefold()  # compared here, not in SQL: DuckDB refuses an argument that is not
    # UTF-8 (typed in a terminal of another encoding), which then matches no region
    editions = [(name, edition, doc_id) for name, code, edition, doc_id in con.execute(
        "SELECT region, region_code, edition, doc_id FROM documents WHERE edition IS NOT NULL ORDER BY edition"
    ).fetchall() if wanted in ((name or "").casefold(), (code or "").casefold())]
    if not editions:
        known = [r[0] for r in con.execute("SELECT DISTINCT region FROM documents WHERE region IS NOT NULL "
                                           "ORDER BY 1").fetchall()]
        raise DiffError(f"no edition of region {region!r} is stored; known regions: {', '.join(known) or 'none'}")
    doc_of = {edition: doc_id for _, edition, doc_id in editions}
    name = editions[0][0]
    if len(doc_of) < 2:  # a copy of an edition (documents.copy_of) shares its number
        raise DiffError(f"{name} has one edition only; ingest another edition to compare")
    new = new if new is not None else max(doc_of)
    old = old if old is not None else new - 1
    for n in (old, new):
        if n not in doc_of:
            raise DiffError(f"{name} has no edition {n}; stored editions: {', '.join(map(str, sorted(doc_of)))}")
    result = EditionDiff(name, old, new)
    result.renamed, result.removed, result.added = match_projects(_projects(con, doc_of[old]),
                                                                 _projects(con, doc_of[new]))
    result.changed = [ValueChange(*row) for row in con.execute(
        "SELECT project, name, unit, year, old_value_raw, new_value_raw FROM indicator_changes "
        "WHERE old_doc_id = ? AND new_doc_id = ? ORDER BY project, name, year",
        [doc_of[old], doc_of[new]]).fetchall()]
    return result


def _projects(con: duckdb.DuckDBPyConnection, doc_id: str) -> list[ProjectRow]:
    return [ProjectRow(*row) for row in con.execute(
        "SELECT p.project_id, p.name_clean, m.catalogue_id FROM projects AS p "
        "LEFT JOIN catalogue_matches AS m ON m.doc_id = p.doc_id AND m.project_id = p.project_id "
        "AND m.status = 'auto' WHERE p.doc_id = ? ORDER BY p.project_id", [doc_id]).fetchall()]


def match_projects(old: list[ProjectRow], new: list[ProjectRow]
                   ) -> tuple[list[Renamed], list[ProjectRow], list[ProjectRow]]:
    """(renamed, removed, added): pairs by catalogue entry, then by equal folded name, then by the most
    similar names from RENAME_SCORE on, each project in one pair at most. Pairs with equal names are unchanged."""
    renamed: list[Renamed] = []
    left, right = list(old), list(new)

    def pair(a: ProjectRow, b: ProjectRow, how: str) -> None:
        left.remove(a)
        right.remove(b)
        if fold(a.name) != fold(b.name):
            renamed.append(Renamed(a, b, how))

    for a in list(left):
        same = [b for b in right if fold(b.name) == fold(a.name)]
        if same:
            pair(a, same[0], "name")
    for a in list(left):
        same = [b for b in right if a.catalogue_id and b.catalogue_id == a.catalogue_id]
        if same:
            pair(a, max(same, key=lambda b: fuzz.token_set_ratio(fold(a.name), fold(b.name))), "catalogue")
    scored = sorted(((fuzz.token_set_ratio(fold(a.name), fold(b.name)), k, j)
                     for k, a in enumerate(left) for j, b in enumerate(right)), reverse=True)
    taken_left, taken_right, fuzzy = set(), set(), []
    for score, k, j in scored:
        if score < RENAME_SCORE:
            break
        if k not in taken_left and j not in taken_right:
            taken_left.add(k)
            taken_right.add(j)
            fuzzy.append((left[k], right[j], f"name ~{score:.0f}"))
    for a, b, how in fuzzy:
        pair(a, b, how)
    return renamed, left, right
