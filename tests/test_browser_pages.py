"""Every page in real headless Chromium at desktop and phone width: no horizontal overflow outside
an explicit scroll container, no table squeezed to a character a line, 0 serious or critical
axe-core violations; a full-page screenshot of each is kept in test-artifacts/pages/."""

from __future__ import annotations

from pathlib import Path

import pytest

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect
axe_module = pytest.importorskip("axe_playwright_python.sync_playwright")

pytestmark = pytest.mark.browser

WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}
PAGES = {
    "home": "/",
    "search": "/search?q=行政复议",
    "search-filtered": "/search?q=行政复议&province=广东省&province=福建省",
    "search-grouped": "/search?q=行政复议&group=report",
    "search-drawer-open": "/search?q=行政复议&province=广东省&filters=open",
    "search-answer": "/search?q=行政复议 纠错率",
    "browse": "/search",
    "report": "/reports/000_85a6f3b4405b5e46?q=行政复议",
    "report-traditional": "/reports/001_1125619140e8c921",
    "compare": "/compare?name=行政复议案件数",
    "compare-names": "/compare",
    "reports": "/reports",
    "reports-filtered": "/reports?province=广东省&year=2024",
    "api-docs": "/docs/api",
    "structure": "/structure",
    "region": "/regions/武江区",
    "widget-host": "/widget",
    "embed": "/embed?q=行政复议",
    "error-404": "/reports/no-such-report",
    "error-400": "/search?page=zero",
}
SERIOUS = ("serious", "critical")

LAYOUT_PROBLEMS = (Path(__file__).parent / "data" / "layout_problems.js").read_text("utf-8")


@pytest.fixture(scope="module")
def axe():
    return axe_module.Axe()


@pytest.mark.parametrize("width_name", list(WIDTHS))
@pytest.mark.parametrize("page_name", list(PAGES))
def test_page_layout_and_accessibility(
    live_server, page, console, artifacts, axe, page_name, width_name
):
    page.set_viewport_size(viewport(width_name))
    response = page.goto(f"{live_server}{PAGES[page_name]}")
    assert response is not None
    if page_name.startswith("error-"):
        assert response.status == int(page_name.removeprefix("error-"))
    elif page_name in ("widget-host", "embed"):
        page.wait_for_function(
            "() => [...document.querySelectorAll('[data-report-search]')]"
            ".every(el => el.shadowRoot && el.shadowRoot.querySelector('input'))"
        )
    check_page(page, axe, artifacts / "pages" / f"{page_name}-{width_name}.png")
    expected_errors = 1 if page_name.startswith("error-") else 0  # the browser logs the 4xx
    assert len(console) == expected_errors, console


@pytest.fixture(scope="module")
def unindexed_server(tmp_path_factory):
    from conftest import serve_in_thread

    from webapp import create_app

    app = create_app({"INDEX_DIR": str(tmp_path_factory.mktemp("no-index")), "TESTING": True})
    url, server = serve_in_thread(app)
    yield url
    server.shutdown()


@pytest.mark.parametrize("width_name", list(WIDTHS))
def test_index_missing_page(unindexed_server, page, console, artifacts, axe, width_name):
    page.set_viewport_size(viewport(width_name))
    response = page.goto(f"{unindexed_server}/")
    assert response is not None and response.status == 503
    expect(page.locator("main")).to_contain_text(".venv/bin/reindex --corpus corpus")
    check_page(page, axe, artifacts / "pages" / f"error-503-{width_name}.png")


def check_page(page, axe, shot: Path) -> None:
    """Keep a screenshot; no sideways scrolling, layout problems or serious axe violations."""
    shot.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(shot), full_page=True)
    print(f"screenshot: {shot}")
    width = page.viewport_size["width"]
    assert page.evaluate("document.documentElement.scrollWidth") <= width, "page scrolls sideways"
    problems = page.evaluate(LAYOUT_PROBLEMS)
    assert not problems, "; ".join(problems)
    violations = [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}"
        for v in axe.run(page).response["violations"]
        if v["impact"] in SERIOUS
    ]
    assert not violations, "; ".join(violations)


def viewport(width_name: str) -> dict[str, int]:
    width, height = WIDTHS[width_name]
    return {"width": width, "height": height}


def phone(page) -> None:
    page.set_viewport_size(viewport("phone"))


@pytest.mark.parametrize(
    ("path", "facet"),
    [("/search?q=行政复议", "province"), ("/reports", "year")],
    ids=["search", "reports"],
)
def test_phone_drawer_stays_open_after_a_facet_click(live_server, page, console, path, facet):
    phone(page)
    page.goto(f"{live_server}{path}")
    drawer = page.locator("details[data-drawer]")
    expect(drawer).not_to_have_attribute("open", "")
    drawer.locator("> summary").click()
    box = page.locator(f'input[name="{facet}"]').first
    with page.expect_navigation():
        box.check()
    assert "filters=open" in page.url
    expect(page.locator("details[data-drawer]")).to_have_attribute("open", "")
    expect(page.locator(f'input[name="{facet}"]:checked')).to_have_count(1)
    page.get_by_role("link", name="查看结果 ↓").click()  # the results are one tap away
    expect(page.locator("#result-count")).to_be_in_viewport()
    with page.expect_navigation():
        page.locator(".active-filters a").first.click()  # removing the filter again
    expect(page.locator(f'input[name="{facet}"]:checked')).to_have_count(0)
    expect(page.locator("details[data-drawer]")).to_have_attribute("open", "")
    assert console == []


def test_phone_drawer_folded_is_not_reopened(live_server, page, console):
    phone(page)
    page.goto(f"{live_server}/search?q=行政复议")
    page.locator("details[data-drawer] > summary").click()
    page.locator("details[data-drawer] > summary").click()
    with page.expect_navigation():
        page.select_option('select[name="sort"]', "year")
    assert "filters=open" not in page.url
    expect(page.locator("details[data-drawer]")).not_to_have_attribute("open", "")
    assert console == []


def test_wide_compare_table_scrolls_in_its_box_and_says_so(live_server, page, console):
    phone(page)
    page.goto(f"{live_server}/compare?name=行政复议案件数")
    box = page.locator(".table-scroll", has=page.locator("#compare-table"))
    assert box.evaluate("el => el.scrollWidth > el.clientWidth")
    expect(page.locator(".scroll-hint")).to_be_visible()
    region = page.locator("#compare-table tbody th").first
    assert region.bounding_box()["width"] >= 5 * 16  # a place name on one line, not a column of 区
    box.evaluate("el => el.scrollBy(400, 0)")
    assert region.bounding_box()["x"] >= 0  # the place column stays in view while scrolling
    assert console == []


@pytest.mark.parametrize("width_name", list(WIDTHS))
def test_rate_check_is_explained_in_visible_text(live_server, page, console, width_name):
    page.set_viewport_size(viewport(width_name))
    for path in ("/compare?name=行政复议纠错率", "/reports/002_d673bbc54b047a03"):
        page.goto(f"{live_server}{path}")
        badge = page.locator(".flag-mismatch").first
        expect(badge).to_be_visible()
        expect(badge).to_contain_text("35/218")
        legend = page.locator(".flag-legend").first
        expect(legend).to_be_visible()
        expect(legend).to_contain_text("以报告原文为准")
    page.goto(f"{live_server}/reports/000_85a6f3b4405b5e46")  # 21 corrected of 114 *received*
    expect(page.locator(".flag-mismatch")).to_have_count(0)
    assert console == []


def test_traditional_report_offers_simplified(live_server, page, console):
    page.goto(f"{live_server}/reports/001_1125619140e8c921?q=行政复议")
    switch = page.get_by_role("group", name="字形")
    expect(switch.locator("[aria-current]")).to_have_text("原文")
    body = page.locator(".report-body")
    expect(body).to_contain_text("區黨政主要負責人")
    with page.expect_navigation():
        switch.get_by_role("link", name="简体").click()
    assert "script=simplified" in page.url and "q=" in page.url
    expect(switch.locator("[aria-current]")).to_have_text("简体")
    expect(body).to_contain_text("区党政主要负责人")
    expect(body.locator("mark").first).to_have_text("行政复议")
    page.goto(f"{live_server}/reports/000_85a6f3b4405b5e46")
    expect(page.get_by_role("group", name="字形")).to_have_count(0)  # simplified already
    assert console == []
