"""Saved pages and Word files as they arrive in an analyst's folder, damaged or hostile: read whole in
their real encoding, or failed with a code that says the file is damaged (never `parser_error`, which
means a bug and is retried), and never a file's contents pulled in from elsewhere."""
from __future__ import annotations

import pytest

from adversarial import nested_divs, unclosed_divs, with_charset
from ingest import readers
from ingest.pipeline import parse_document
from samples import FIXTURES
from schemas.problems import IngestFailure

HTML = FIXTURES / "html" / "strategy-lnr.html"


def _read(path):
    """(region in the title, project names) of a strategy file."""
    parsed, _ = parse_document(path, "x")
    return parsed.title, [p.name for p in parsed.projects]


@pytest.fixture(scope="module")
def as_published():
    title, projects = _read(HTML)
    assert "Луганской" in title and len(projects) > 20
    return title, projects


def test_a_page_that_never_closes_its_divs_is_read_whole(tmp_path, as_published):
    """libxml2 dropped every element nested deeper than 255 without a word: the strategy was `not_a_strategy`."""
    path = tmp_path / "strategy-with-300-unclosed-divs.html"
    path.write_text(unclosed_divs(HTML.read_text("utf-8"), 300), encoding="utf-8")
    assert _read(path) == as_published


@pytest.mark.parametrize("declared, encoding", [("windows-1251", "utf-8"), ("utf-8", "cp1251")])
def test_a_page_whose_declared_charset_lies_is_read_in_its_real_encoding(tmp_path, as_published, declared,
                                                                         encoding):
    """UTF-8 bytes declared windows-1251 (a browser re-encoded the page and kept its <meta>) loaded as
    mojibake; Windows-1251 bytes declared UTF-8 read as replacement characters."""
    path = tmp_path / f"strategy-{encoding}-declared-{declared}.html"
    path.write_bytes(with_charset(HTML.read_text("utf-8"), declared).encode(encoding, "xmlcharrefreplace"))
    assert _read(path) == as_published


def test_a_page_nested_deeper_than_can_be_followed_fails_as_damaged(tmp_path):
    path = tmp_path / "divs-nested-5000-deep.html"
    path.write_text(nested_divs(5000), encoding="utf-8")
    with pytest.raises(IngestFailure) as failure:
        readers.read(path)
    assert failure.value.code == "damaged_html"
