"""Every page in real headless Chromium at desktop and phone width: no horizontal overflow outside
an explicit scroll container, no table squeezed to a character a line, 0 serious or critical
axe-core violations; a full-page screenshot of each is kept in test-artifacts/pages/."""

from __future__ import annotations

import pytest

playwright_api = pytest.importorskip("playwright.sync_api")
axe_module = pytest.importorskip("axe_playwright_python.sync_playwright")

pytestmark = pytest.mark.browser

WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}
PAGES = {
    "home": "/",
    "search": "/search?q=行政复议",
    "search-filtered": "/search?q=行政复议&province=广东省&province=福建省",
    "search-grouped": "/search?q=行政复议&group=report",
    "search-answer": "/search?q=行政复议 纠错率",
    "browse": "/search",
    "report": "/reports/000_85a6f3b4405b5e46?q=行政复议",
    "report-traditional": "/reports/001_1125619140e8c921",
    "compare": "/compare?name=行政复议案件数",
    "compare-names": "/compare",
    "reports": "/reports",
    "reports-filtered": "/reports?province=广东省&year=2024",
    "api-docs": "/docs/api",
    "widget-host": "/widget",
    "embed": "/embed?q=行政复议",
    "error-404": "/reports/no-such-report",
    "error-400": "/search?page=zero",
}
SERIOUS = ("serious", "critical")

# Elements sticking out of the viewport that are not inside a scroll container, and tables whose
# cells hold fewer than three characters a line (a place name one character wide).
LAYOUT_PROBLEMS = """() => {
  const width = document.documentElement.clientWidth;
  const problems = [];
  const scrolls = (el) => {
    for (let node = el.parentElement; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (["auto", "scroll"].includes(style.overflowX)) return node;
    }
    return null;
  };
  for (const el of document.body.querySelectorAll("*")) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.right <= width + 1) continue;
    const container = scrolls(el);
    if (!container) problems.push(`overflow: <${el.tagName.toLowerCase()} class="${el.className}">`);
    else if (container.tabIndex < 0) problems.push(`scroll container without tabindex: ${container.className}`);
  }
  for (const cell of document.querySelectorAll("th, td")) {
    const text = cell.innerText.replace(/\\s+/g, "");
    if (text.length < 4 || cell.getClientRects().length === 0) continue;
    const range = document.createRange();
    range.selectNodeContents(cell);
    const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
    if (text.length / tops.size < 3) problems.push(`squeezed cell: ${text.slice(0, 20)} (${tops.size} lines)`);
  }
  return problems;
}"""


@pytest.fixture(scope="module")
def axe():
    return axe_module.Axe()


@pytest.mark.parametrize("width_name", list(WIDTHS))
@pytest.mark.parametrize("page_name", list(PAGES))
def test_page_layout_and_accessibility(
    live_server, page, console, artifacts, axe, page_name, width_name
):
    width, height = WIDTHS[width_name]
    page.set_viewport_size({"width": width, "height": height})
    response = page.goto(f"{live_server}{PAGES[page_name]}")
    assert response is not None
    if page_name.startswith("error-"):
        assert response.status == int(page_name.removeprefix("error-"))
    elif page_name in ("widget-host", "embed"):
        page.wait_for_function(
            "() => [...document.querySelectorAll('[data-report-search]')]"
            ".every(el => el.shadowRoot && el.shadowRoot.querySelector('input'))"
        )
    folder = artifacts / "pages"
    folder.mkdir(exist_ok=True)
    shot = folder / f"{page_name}-{width_name}.png"
    page.screenshot(path=str(shot), full_page=True)
    print(f"screenshot: {shot}")

    assert page.evaluate("document.documentElement.scrollWidth") <= width, "page scrolls sideways"
    problems = page.evaluate(LAYOUT_PROBLEMS)
    assert not problems, "; ".join(problems)
    violations = [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}"
        for v in axe.run(page).response["violations"]
        if v["impact"] in SERIOUS
    ]
    assert not violations, "; ".join(violations)
    expected_errors = 1 if page_name.startswith("error-") else 0  # the browser logs the 4xx
    assert len(console) == expected_errors, console
