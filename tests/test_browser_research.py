"""The research pages in headless Chromium at desktop and phone widths: no horizontal scrolling, no
console errors, and the links between them (report card -> region page -> reports)."""

from __future__ import annotations

import pytest
from conftest import serve_in_thread
from research_corpus import build_research_index

from webapp import create_app

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect

pytestmark = pytest.mark.browser
SIZES = [("desktop", 1280, 900), ("phone", 390, 844)]


@pytest.fixture(scope="module")
def research_server(tmp_path_factory, corpus_dir):
    index_dir = build_research_index(corpus_dir, tmp_path_factory.mktemp("research-browser"))
    url, server = serve_in_thread(create_app({"INDEX_DIR": str(index_dir)}))
    yield url
    server.shutdown()


def _fits(page, width: int) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= width, "horizontal scrolling"


@pytest.mark.parametrize(("name", "width", "height"), SIZES, ids=[s[0] for s in SIZES])
def test_structure_page(research_server, page, console, artifacts, name, width, height):
    page.set_viewport_size({"width": width, "height": height})
    page.goto(f"{research_server}/structure")
    expect(page.locator("#structure-table tbody tr")).to_have_count(10)
    expect(page.locator("#part-shares li")).to_have_count(4)
    _fits(page, width)
    page.screenshot(path=str(artifacts / f"structure-{name}.png"), full_page=False)
    with page.expect_navigation():
        page.locator("#part-shares li").nth(3).get_by_role("link", name="看缺少的报告").click()
    assert "missing=plans" in page.url
    expect(page.locator("#structure-table tbody tr")).to_have_count(2)
    mark = page.locator("#structure-table a.parts-mark").first
    target = mark.get_attribute("href").rsplit("#", 1)[1]
    with page.expect_navigation():
        mark.click()
    expect(page.locator(f"section#{target}")).to_be_in_viewport()
    assert console == []


@pytest.mark.parametrize(("name", "width", "height"), SIZES, ids=[s[0] for s in SIZES])
def test_region_page(research_server, page, console, artifacts, name, width, height):
    page.set_viewport_size({"width": width, "height": height})
    page.goto(f"{research_server}/reports/wujiang_2023")
    expect(page.locator("#required-parts li")).to_have_count(4)
    with page.expect_navigation():
        page.locator("a.region-link").click()
    expect(page.locator("h1")).to_contain_text("武江区")
    expect(page.locator("#region-reports tbody tr")).to_have_count(3)
    expect(page.locator("#region-figures")).to_contain_text("行政复议案件数")
    expect(page.locator(".plan-pair")).to_have_count(2)
    _fits(page, width)
    page.screenshot(path=str(artifacts / f"region-{name}.png"), full_page=True)
    later = page.locator(".plan-pair").nth(1).locator(".plan-side").nth(1).locator("a").first
    target = later.get_attribute("href").rsplit("#", 1)[1]
    with page.expect_navigation():
        later.click()
    assert "/reports/000_85a6f3b4405b5e46" in page.url
    expect(page.locator(f"section#{target}")).to_be_in_viewport()
    assert console == []


def test_search_page_subscribe_link(research_server, page, console):
    page.goto(f"{research_server}/search?q=行政复议&province=广东省")
    link = page.get_by_role("link", name="订阅")
    expect(link).to_be_visible()
    response = page.request.get(research_server + link.get_attribute("href"))
    assert response.ok and response.headers["content-type"].startswith("application/atom+xml")
    assert "<feed" in response.text()
    assert console == []
