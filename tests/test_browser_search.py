"""The search page in real headless Chromium: query, facet, paging, report anchors, CSV, layout."""

from __future__ import annotations

import csv
import io
import re

import pytest

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect

pytestmark = pytest.mark.browser

COUNT = "#result-count"


def total(page) -> int:
    return int(page.locator(f"{COUNT} strong").inner_text())


def test_query_facet_and_paging(live_server, page, console):
    page.goto(f"{live_server}/")
    page.fill("#q", "行政复议")
    with page.expect_navigation():
        page.press("#q", "Enter")
    assert "q=%E8%A1%8C%E6%94%BF%E5%A4%8D%E8%AE%AE" in page.url
    before = total(page)
    assert before > 1
    expect(page.locator(".hit").first.locator("mark").first).to_have_text("行政复议")

    box = page.locator('input[name="province"][value="广东省"]')
    expected = int(box.locator("xpath=following-sibling::span[@class='count']").inner_text())
    with page.expect_navigation():
        box.check()  # app.js submits the form on change
    expect(page.locator('input[name="province"][value="广东省"]')).to_be_checked()
    assert total(page) == expected < before
    assert "province=" in page.url

    page.goto(f"{live_server}/search")  # browse mode: every section, many pages
    with page.expect_navigation():
        page.get_by_role("link", name="下一页").click()
    assert "page=2" in page.url
    expect(page.locator('.pagination [aria-current="page"]')).to_have_text("2")
    assert page.locator(".hit").count() == 10
    assert console == []


def test_open_report_at_section(live_server, page, console):
    page.goto(f"{live_server}/search?q=行政复议")
    link = page.locator(".hit-title a").first
    href = link.get_attribute("href")
    section_id = href.rsplit("#", 1)[1]
    with page.expect_navigation():
        link.click()
    assert page.url.endswith(f"#{section_id}")
    section = page.locator(f"section#{section_id}")
    expect(section).to_be_visible()
    expect(section).to_be_in_viewport()
    expect(section.locator("mark").first).to_have_text("行政复议")
    expect(section.get_by_role("link", name="引用本节")).to_have_attribute(
        "href", re.compile(rf"^/reports/[^?]+#{section_id}$")
    )
    assert console == []


def test_export_csv(live_server, page, console, tmp_path):
    page.goto(f"{live_server}/search?q=行政复议")
    shown = total(page)
    with page.expect_download() as download_info:
        page.get_by_role("link", name="导出 CSV").click()
    download = download_info.value
    assert re.fullmatch(r"fazhi-reports-\d{4}-\d{2}-\d{2}\.csv", download.suggested_filename)
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    raw = target.read_bytes()
    assert raw.startswith("\ufeff报告编号,报告标题,".encode())
    assert len(list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))) == shown + 1
    assert console == []


@pytest.mark.parametrize(
    ("name", "width", "height"),
    [("search-desktop", 1280, 900), ("search-phone", 390, 844)],
    ids=["desktop", "phone"],
)
def test_search_page_screenshots(live_server, page, console, artifacts, name, width, height):
    page.set_viewport_size({"width": width, "height": height})
    page.goto(f"{live_server}/search?q=行政复议&province=广东省&province=福建省")
    drawer = page.locator("details[data-drawer]")
    facets_visible = page.locator("fieldset.facet").first.is_visible()
    if width < 800:
        expect(drawer).not_to_have_attribute("open", "")  # folded into a drawer on phones
        assert not facets_visible
        drawer.locator("> summary").click()
        expect(page.locator("fieldset.facet").first).to_be_visible()
        drawer.locator("> summary").click()
    else:
        assert facets_visible
    width_used = page.evaluate("document.documentElement.scrollWidth")
    assert width_used <= width, "horizontal scrolling"
    page.screenshot(path=str(artifacts / f"{name}.png"), full_page=False)
    assert console == []


def test_filters_work_without_javascript(live_server, browser):
    context = browser.new_context(locale="zh-CN", java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(f"{live_server}/search?q=行政复议")
        page.check('input[name="type"][value="disputes"]')
        with page.expect_navigation():
            page.get_by_role("button", name="筛选").click()
        assert "type=disputes" in page.url
        expect(page.locator('input[name="type"][value="disputes"]')).to_be_checked()
        expect(page.locator(".hit .badge").first).to_have_text("矛盾纠纷化解")
    finally:
        context.close()
