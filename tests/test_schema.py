"""to_documents(): what of a report becomes searchable text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from indexer.querying.search import SearchRequest, search

GOLDEN = Path(__file__).resolve().parent / "data" / "golden"
TITLES = {path.stem: json.loads(path.read_text("utf-8"))["title"] for path in GOLDEN.glob("*.json")}


def found_reports(snapshot, query: str) -> set[str]:
    page = search(snapshot, SearchRequest(query=query, size=100))
    return {hit.report_id for hit in page.hits}


@pytest.mark.parametrize("report_id", sorted(TITLES))
def test_a_reports_own_title_finds_it(snapshot, report_id):
    title = TITLES[report_id]
    assert report_id in found_reports(snapshot, title)
    assert report_id in found_reports(snapshot, f'"{title}"')


@pytest.mark.parametrize(
    ("query", "report_id"),
    [
        pytest.param("中共开封市示范区工委", "004_1867eea4f21729fd", id="first-title-line"),
        pytest.param("开封市示范区管委会", "004_1867eea4f21729fd", id="issuer-in-title"),
        pytest.param("武江区人民政府", "000_85a6f3b4405b5e46", id="issuer"),
        pytest.param("廣州市海珠區人民政府", "001_1125619140e8c921", id="traditional-query"),
    ],
)
def test_strings_of_the_title_lines_find_the_report(snapshot, query, report_id):
    assert report_id in found_reports(snapshot, f'"{query}"')


def test_the_title_is_searchable_once_per_report(snapshot):
    # Only the first section carries it: a title word does not make every section a hit.
    page = search(snapshot, SearchRequest(query='"开封市示范区管委会"', size=100))
    assert [hit.section_id for hit in page.hits if hit.report_id.startswith("004_")] == ["s000"]
