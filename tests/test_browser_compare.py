"""The compare page and the answer card in headless Chromium (no console errors, strict CSP)."""

from __future__ import annotations

import re

import pytest

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect

pytestmark = pytest.mark.browser


def test_choose_filter_and_follow_a_value_to_its_sentence(live_server, page, console, artifacts):
    page.goto(f"{live_server}/compare")
    page.select_option("#compare-name", "负责人出庭应诉率")
    with page.expect_navigation():
        page.get_by_role("button", name="比较").click()
    assert "name=" in page.url
    rows = page.locator("#compare-table tbody tr")
    expect(rows).to_have_count(4)
    expect(page.locator("svg#chart-compare title")).to_contain_text("负责人出庭应诉率")

    page.select_option("#compare-province", "广东省")
    with page.expect_navigation():
        page.get_by_role("button", name="比较").click()
    assert "province=" in page.url
    expect(rows).to_have_count(1)
    expect(rows.first.locator("th")).to_contain_text("海珠区")
    page.screenshot(path=str(artifacts / "compare-desktop.png"), full_page=True)

    link = rows.first.locator("a.figure-link")
    quote = link.get_attribute("title")
    section_id = link.get_attribute("href").rsplit("#", 1)[1]
    with page.expect_navigation():
        link.click()
    assert page.url.endswith(f"#{section_id}")
    section = page.locator(f"section#{section_id}")
    expect(section).to_be_in_viewport()
    marked = section.locator("mark").first.inner_text()  # the sentence is highlighted
    assert len(marked) > 10 and quote.startswith(marked)  # (a trailing % is not a search token)
    assert console == []


def test_sort_by_value_and_export(live_server, page, console, tmp_path):
    page.goto(f"{live_server}/compare?name=行政复议案件数")
    with page.expect_navigation():
        page.get_by_role("link", name=re.compile("最新值")).click()
    assert "sort=value_desc" in page.url
    values = [
        int(t.rstrip("件")) for t in page.locator("#compare-table a.figure-link").all_inner_texts()
    ]
    assert values == sorted(values, reverse=True)
    with page.expect_download() as download_info:
        page.get_by_role("link", name="导出 CSV").click()
    target = tmp_path / "compare.csv"
    download_info.value.save_as(target)
    lines = target.read_bytes().decode("utf-8-sig").strip().splitlines()
    assert lines[0].startswith("report_id,") and len(lines) == len(values) + 1
    assert console == []


def test_answer_card_above_the_hits(live_server, page, console, artifacts):
    page.goto(f"{live_server}/search?q=行政复议 纠错率")
    card = page.locator("#answer-card")
    expect(card).to_be_visible()
    expect(card.locator(".answer-row")).to_have_count(2)
    expect(card).to_contain_text("纠错率18.3%")
    expect(card).to_contain_text("武清区")
    card_box, first_hit = card.bounding_box(), page.locator(".hit").first.bounding_box()
    assert card_box["y"] < first_hit["y"]  # above the hits
    page.screenshot(path=str(artifacts / "answer-card.png"))
    with page.expect_navigation():
        card.get_by_role("link", name=re.compile("比较页")).click()
    assert "/compare?" in page.url
    expect(page.locator("#compare-table tbody tr")).to_have_count(2)
    assert console == []
