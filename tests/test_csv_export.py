"""CSV exports: one writer for every route, formula-safe cells, and at most MAX_ROWS rows."""

from __future__ import annotations

import csv
import io

import pytest

from indexer.writing.build import build_index
from webapp import create_app
from webapp.csv_export import spreadsheet_cell

NAME = "学法次数"
CSV_ROUTES = (
    "/search.csv?q=法治",
    "/api/indicators.csv",
    "/compare.csv?name=" + NAME,
    "/api/indicators/names.csv",
)


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_cell_a_spreadsheet_would_run_as_a_formula_is_quoted(start):
    assert spreadsheet_cell(f'{start}HYPERLINK("http://x")') == f'\'{start}HYPERLINK("http://x")'


@pytest.mark.parametrize(
    ("value", "cell"), [(None, ""), (3, "3"), (["a", "b"], "a b"), ("行政复议", "行政复议")]
)
def test_other_cells_are_their_text(value, cell):
    assert spreadsheet_cell(value) == cell


def read_csv(client, url: str) -> list[list[str]]:
    response = client.get(url)
    assert response.status_code == 200, response.data[:300]
    assert response.mimetype == "text/csv"
    return list(csv.reader(io.StringIO(response.get_data(as_text=True).removeprefix("\ufeff"))))


LIMIT = 3  # MAX_ROWS for these tests: the sample corpus has more figures and hits than that


@pytest.fixture(scope="module")
def bounded(sample_index):
    app = create_app({"INDEX_DIR": str(sample_index), "TESTING": True, "MAX_ROWS": LIMIT})
    return app.test_client()


@pytest.mark.parametrize("url", CSV_ROUTES)
def test_no_csv_export_has_more_than_max_rows(bounded, client, url):
    assert len(read_csv(client, url)) > LIMIT + 1  # unbounded, the sample has more
    assert len(read_csv(bounded, url)) == LIMIT + 1  # the header, then the rows


def test_the_indicator_api_bounds_its_rows_and_says_how_many_there_are(bounded):
    data = bounded.get("/api/indicators").get_json()
    assert data["total"] > LIMIT
    assert len(data["rows"]) == LIMIT


def test_the_compare_page_shows_a_bounded_table_and_says_so(bounded, client):
    url = "/compare?name=" + NAME
    assert client.get(url).get_data(as_text=True).count("<q>") > LIMIT
    html = bounded.get(url).get_data(as_text=True)
    assert html.count("<q>") == LIMIT
    assert 'id="compare-truncated"' in html


def test_search_csv_quotes_a_section_that_starts_like_a_formula(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "formula.txt").write_text(
        "某某县人民政府2023年法治政府建设年度报告\n一、主要举措\n"
        '=HYPERLINK("http://evil.example/","独角兽公式")\n二、存在的不足\n执法力量不足。\n',
        encoding="utf-8",
    )
    build_index(corpus, tmp_path / "index", procs=1)
    client = create_app({"INDEX_DIR": str(tmp_path / "index"), "TESTING": True}).test_client()
    header, *rows = read_csv(client, "/search.csv?q=独角兽公式")
    texts = [row[header.index("章节全文")] for row in rows]
    assert texts and all(not cell.startswith("=") for cell in texts), texts
    assert any(cell.startswith("'=HYPERLINK") for cell in texts)  # quoted, not lost
