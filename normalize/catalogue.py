"""The federal catalogue: data files in data/catalogue/ -> catalogue rows.

The catalogue is reference data a user extends by dropping in another TOML
file (a new federal list), so every *.toml of the directory is read and
checked here rather than anything being listed in code. A file has a [list]
table (source, optional default kind) and [[entry]] tables; see
data/catalogue/foiv_2021.toml. Extra attributes (spellings, status, pilot
regions) stay beside the CatalogueEntry row in CatalogueRecord, because the
table contract has no columns for them but matching needs the spellings.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from normalize.industries import canonical_industry
from schemas.tables import CatalogueEntry

DEFAULT_DIRECTORY = Path(__file__).resolve().parents[1] / "data" / "catalogue"
_ENTRY_KEYS = {"id", "kind", "industry", "name", "spellings", "seen_in", "status",
               "pilot_regions", "pilot_regions_note"}


@dataclass(frozen=True)
class Spelling:
    """Another printed name of an entry, with the regions whose strategy prints it
    (empty when it comes from the federal list itself): a measurement on one of those
    regions must not use it, or it would find the names it was copied from."""

    name: str
    seen_in: tuple[str, ...] = ()


@dataclass(frozen=True)
class CatalogueRecord:
    entry: CatalogueEntry
    industry_code: str | None
    spellings: tuple[Spelling, ...]
    seen_in: tuple[str, ...]
    status: str | None
    pilot_regions: tuple[str, ...]

    @property
    def names(self) -> tuple[str, ...]:
        """Every spelling the entry is known by, canonical name first."""
        return (self.entry.name, *(s.name for s in self.spellings))


class CatalogueError(ValueError):
    """A catalogue data file a user edited is not usable; the message says where."""


def _spelling(raw: str | dict, where: str) -> Spelling:
    """A plain string (the federal list's own variant) or {name, seen_in} (printed by those regions)."""
    if isinstance(raw, str):
        return Spelling(raw)
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str) or set(raw) - {"name", "seen_in"}:
        raise CatalogueError(f"{where}: a spelling is a string or {{ name = \"...\", seen_in = [...] }}, not {raw!r}")
    return Spelling(raw["name"], tuple(raw.get("seen_in", ())))


def _record(raw: dict, defaults: dict, origin: str) -> CatalogueRecord:
    where = f"{origin}: entry {raw.get('id', '?')!r}"
    unknown = set(raw) - _ENTRY_KEYS
    if unknown:
        raise CatalogueError(f"{where}: unknown keys {sorted(unknown)} (allowed: {sorted(_ENTRY_KEYS)})")
    industry = canonical_industry(raw["industry"]) if raw.get("industry") else None
    if raw.get("industry") and industry is None:
        raise CatalogueError(f"{where}: industry {raw['industry']!r} is not in normalize/industries.toml")
    seen_in = tuple(raw.get("seen_in", ()))
    source = f"{origin}: {defaults['source']}"
    if seen_in:
        source += "; отмечен в стратегиях: " + ", ".join(seen_in)
    try:
        entry = CatalogueEntry(
            catalogue_id=raw["id"], kind=raw.get("kind", defaults.get("kind")),
            industry=industry[1] if industry else None, name=raw["name"], source=source,
        )
    except (KeyError, ValueError) as exc:
        raise CatalogueError(f"{where}: {exc}") from exc
    return CatalogueRecord(
        entry=entry, industry_code=industry[0] if industry else None,
        spellings=tuple(_spelling(s, where) for s in raw.get("spellings", ())), seen_in=seen_in,
        status=raw.get("status"),
        pilot_regions=tuple(raw.get("pilot_regions", ())),
    )


def load_catalogue_records(directory: Path | None = None) -> list[CatalogueRecord]:
    """Every entry of every data file, with the attributes matching and analysts need."""
    directory = directory or DEFAULT_DIRECTORY
    records: list[CatalogueRecord] = []
    seen: dict[str, str] = {}
    for path in sorted(directory.glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text("utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise CatalogueError(f"{path.name}: {exc}") from exc
        defaults = data.get("list", {})
        if "source" not in defaults:
            raise CatalogueError(f"{path.name}: [list] needs a 'source' saying where the entries come from")
        for raw in data.get("entry", []):
            record = _record(raw, defaults, path.name)
            catalogue_id = record.entry.catalogue_id
            if catalogue_id in seen:
                raise CatalogueError(f"{path.name}: id {catalogue_id!r} already used in {seen[catalogue_id]}")
            seen[catalogue_id] = path.name
            records.append(record)
    return records


def load_catalogue(directory: Path | None = None) -> list[CatalogueEntry]:
    """The rows of the `catalogue` table."""
    return [record.entry for record in load_catalogue_records(directory)]
