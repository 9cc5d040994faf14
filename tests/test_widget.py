"""The embeddable widget: its files and headers, /embed, /widget, CORS; and in a real browser, on a
host page from another origin under a strict CSP."""

from __future__ import annotations

import contextlib
import gzip
from urllib.parse import parse_qs, quote, urlparse

import pytest
from conftest import serve_in_thread
from werkzeug.wrappers import Request, Response

from webapp import create_app
from webapp.widget import LONG_MAX_AGE, SHORT_MAX_AGE

SIZE_BUDGET = 12 * 1024
QUERY = "行政复议"


def script_version(client) -> str:
    return client.get("/widget.js").headers["ETag"].strip('"')


# -- files and headers ---------------------------------------------------------------------------


def test_widget_js_fits_the_size_budget(client):
    body = client.get("/widget.js").data
    assert len(gzip.compress(body)) <= SIZE_BUDGET


def test_widget_js_carries_labels_and_shadow_css_only(client):
    script = client.get("/widget.js").get_data(as_text=True)
    assert "矛盾纠纷化解" in script  # section-type labels from the schema
    assert ":host" in script  # the shadow stylesheet is built in
    assert "report-search-page" not in script  # host-page rules are not
    assert "/*@" not in script  # every marker was filled
    for sink in (".innerHTML", ".outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in script  # API text never becomes markup


@pytest.mark.parametrize(
    ("path", "max_age", "immutable"),
    [
        ("/widget.js", SHORT_MAX_AGE, False),
        ("/widget.{version}.js", LONG_MAX_AGE, True),
        ("/widget.0000000000000000.js", SHORT_MAX_AGE, False),
    ],
    ids=["plain", "versioned", "stale-version"],
)
def test_widget_js_caching(client, path, max_age, immutable):
    response = client.get(path.format(version=script_version(client)))
    assert response.status_code == 200
    assert response.mimetype == "text/javascript"
    assert response.cache_control.max_age == max_age
    assert bool(response.cache_control.immutable) is immutable
    assert response.headers["ETag"]
    assert response.data == client.get("/widget.js").data


@pytest.mark.parametrize("path", ["/widget.js", "/widget.{version}.js", "/widget.css"])
def test_unchanged_assets_answer_304(client, path):
    url = path.format(version=script_version(client))
    etag = client.get(url).headers["ETag"]
    again = client.get(url, headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.data == b""


@pytest.mark.parametrize(
    ("path", "status"),
    [
        (f"/api/search?q={QUERY}", 200),
        ("/api/search?size=0", 400),
        ("/api/search?year=20x4", 400),
        ("/api/reports/no-such-report", 404),
    ],
    ids=["search", "bad-size", "bad-year", "unknown-report"],
)
def test_api_answers_any_origin_errors_included(client, path, status):
    response = client.get(path, headers={"Origin": "https://host.example"})
    assert response.status_code == status
    assert response.headers["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize(
    "path", ["/widget", "/embed?q=x", "/reports/000_85a6f3b4405b5e46", "/search?q=x"]
)
def test_html_pages_carry_no_cors(client, path):
    response = client.get(path, headers={"Origin": "https://host.example"})
    assert response.mimetype == "text/html"
    assert "Access-Control-Allow-Origin" not in response.headers


@pytest.mark.parametrize(
    ("origin", "allowed"),
    [("https://a.example", "https://a.example"), ("https://evil.example", None)],
    ids=["listed", "unlisted"],
)
def test_configured_cors_origins(sample_index, origin, allowed):
    app = create_app(
        {"INDEX_DIR": str(sample_index), "CORS_ORIGINS": "https://a.example https://b.example"}
    )
    response = app.test_client().get("/api/search?size=0", headers={"Origin": origin})
    assert response.status_code == 400
    assert response.headers.get("Access-Control-Allow-Origin") == allowed
    assert "Origin" in response.vary


def test_embed_page_is_framable_by_configured_ancestors(sample_index):
    app = create_app({"INDEX_DIR": str(sample_index), "FRAME_ANCESTORS": "https://host.example"})
    response = app.test_client().get(f"/embed?q={QUERY}&province=广东省&province=天津市&size=3")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "frame-ancestors https://host.example" in response.headers["Content-Security-Policy"]
    assert "X-Frame-Options" not in response.headers
    assert 'data-province="广东省,天津市"' in html
    assert f'data-query="{QUERY}"' in html and 'data-size="3"' in html


def test_embed_escapes_and_validates_parameters(client):
    html = client.get('/embed?q="><script>x</script>').get_data(as_text=True)
    assert "<script>x" not in html
    assert client.get("/embed?year=soon").status_code == 400


def test_other_pages_refuse_frames(client):
    response = client.get("/widget")
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]


def test_demo_page_shows_the_snippet_with_the_absolute_script_url(sample_index):
    app = create_app({"INDEX_DIR": str(sample_index), "BASE_URL": "https://fazhi.example.org/"})
    html = app.test_client().get("/widget").get_data(as_text=True)
    assert "&lt;script src=&#34;https://fazhi.example.org/widget.js&#34; async&gt;" in html
    assert html.count("data-report-search") >= 3  # the snippet and two live examples


# -- in a real browser ---------------------------------------------------------------------------


def host_csp(host: str) -> str:
    return (
        f"default-src 'self'; script-src {host}; connect-src {host}; "
        f"style-src 'self' {host}; img-src 'self' {host}"
    )


@pytest.fixture(scope="session")
def host_site(live_server):
    """Another origin (another port) serving host pages under the strict CSP of issue 6."""
    pages: dict[str, str] = {}

    @Request.application
    def host_app(request: Request) -> Response:
        if request.path not in pages:
            return Response(status=204)  # e.g. /favicon.ico: no console noise
        response = Response(pages[request.path], mimetype="text/html")
        response.headers["Content-Security-Policy"] = host_csp(live_server)
        return response

    url, server = serve_in_thread(host_app)

    def publish(name: str, body: str) -> str:
        pages[f"/{name}"] = (
            '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
            f"<title>{name}</title></head><body><h1>宿主网站</h1>{body}"
            f'<script src="{live_server}/widget.js" async></script></body></html>'
        )
        return f"{url}/{name}"

    yield publish
    server.shutdown()


WATCH_CSP = """document.addEventListener('securitypolicyviolation', (e) => {
  (window.__violations = window.__violations || []).push(e.violatedDirective + ' ' + e.blockedURI);
});"""


class Watch:
    """What a page reported: console errors, uncaught errors, CSP violations, API requests."""

    def __init__(self, page) -> None:
        self.page = page
        self.errors: list[str] = []
        self.api_requests: list[dict[str, list[str]]] = []
        page.add_init_script(WATCH_CSP)
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("request", self._request)

    def _request(self, request) -> None:
        url = urlparse(request.url)
        if url.path == "/api/search":
            self.api_requests.append(parse_qs(url.query))

    def violations(self) -> list[str]:
        return self.page.evaluate("window.__violations || []")

    def assert_clean(self) -> None:
        assert self.errors == []
        assert self.violations() == []


@pytest.fixture
def watch(page):
    watch = Watch(page)
    yield watch
    if not page.is_closed():
        watch.assert_clean()


def results(page, widget: str):
    return page.locator(f"{widget} li")


def options(page, widget: str):
    return page.locator(f"{widget} [role=option]")


def search_and_wait(page, widget: str, query: str):
    """Type a query into a widget; returns the API response it rendered."""
    with page.expect_response(lambda r: "/api/search" in r.url and r.status == 200) as answer:
        page.locator(f"{widget} input").fill(query)
    from playwright.sync_api import expect

    expect(page.locator(f"{widget} [role=status]")).to_contain_text("共")
    return answer.value


@pytest.mark.browser
def test_watch_sees_csp_violations(page, host_site):
    """The control: the watcher does catch what the strict CSP blocks (an inline style)."""
    watch = Watch(page)
    page.goto(host_site("control", '<p style="color:red">inline</p>'))
    page.wait_for_timeout(200)
    assert watch.violations()


@pytest.mark.browser
def test_cross_origin_widget_under_strict_csp(page, watch, host_site, live_server, artifacts):
    page.set_viewport_size({"width": 820, "height": 760})
    page.goto(host_site("one", '<div id="w1" data-report-search data-province="广东省"></div>'))
    response = search_and_wait(page, "#w1", QUERY)

    assert parse_qs(urlparse(response.url).query)["province"] == ["广东省"]
    data = response.json()
    assert data["total"] > 0 and {hit["province"] for hit in data["hits"]} == {"广东省"}
    items = results(page, "#w1")
    assert items.count() == len(data["hits"])
    assert page.locator("#w1 [aria-live=polite]").inner_text() == f"共 {data['total']} 条结果"
    first = data["hits"][0]
    assert items.first.locator(".title").inner_text() == first["title"]
    href = items.first.locator("a").get_attribute("href")
    assert (
        href == f"{live_server}/reports/{first['report_id']}?q={quote(QUERY)}#{first['section_id']}"
    )
    assert items.first.locator("mark").count() > 0  # the highlight survived sanitising
    more = urlparse(page.locator("#w1 a.more").get_attribute("href"))
    assert f"{more.scheme}://{more.netloc}{more.path}" == f"{live_server}/search"
    assert parse_qs(more.query) == {"q": [QUERY], "province": ["广东省"]}
    page.screenshot(path=str(artifacts / "widget.png"), full_page=True)
    page.goto(href)  # the report page opened from the widget highlights the query
    assert page.locator(f"#{first['section_id']} mark").count() > 0


@pytest.mark.browser
def test_no_request_while_composing(page, watch, host_site):
    page.goto(host_site("ime", '<div id="w1" data-report-search></div>'))
    page.locator("#w1 input").wait_for()
    page.evaluate(
        """() => {
        const input = document.querySelector('#w1').shadowRoot.querySelector('input');
        input.focus();
        input.dispatchEvent(new CompositionEvent('compositionstart', {data: ''}));
        for (const typed of ['x', 'xing', 'xingzheng']) {
          input.value = typed;
          input.dispatchEvent(new InputEvent('input', {isComposing: true, data: typed}));
        }
      }"""
    )
    page.wait_for_timeout(800)  # three debounce periods
    assert watch.api_requests == []
    with page.expect_response(lambda r: "/api/search" in r.url):
        page.evaluate(
            """(query) => {
            const input = document.querySelector('#w1').shadowRoot.querySelector('input');
            input.value = query;
            input.dispatchEvent(new InputEvent('input', {isComposing: true, data: query}));
            input.dispatchEvent(new CompositionEvent('compositionend', {data: query}));
          }""",
            QUERY,
        )
    assert [r["q"] for r in watch.api_requests] == [[QUERY]]


@pytest.mark.browser
def test_keyboard_moves_opens_and_escapes(page, watch, host_site, live_server):
    page.goto(host_site("keys", '<div id="w1" data-report-search data-province="广东省"></div>'))
    data = search_and_wait(page, "#w1", QUERY).json()
    assert len(data["hits"]) >= 2
    input_box = page.locator("#w1 input")
    items = options(page, "#w1")  # each result's link is its option (no link inside an option)

    input_box.press("ArrowDown")
    input_box.press("ArrowDown")
    input_box.press("ArrowUp")
    assert items.nth(0).get_attribute("aria-selected") == "true"
    assert items.nth(1).get_attribute("aria-selected") == "false"
    assert input_box.get_attribute("aria-activedescendant") == items.nth(0).get_attribute("id")

    input_box.press("Escape")
    assert page.locator("#w1 ol").is_hidden()
    assert input_box.get_attribute("aria-expanded") == "false"
    input_box.press("Escape")
    assert input_box.input_value() == ""
    assert page.locator("#w1 [role=status]").inner_text() == ""

    search_and_wait(page, "#w1", QUERY)
    input_box.press("ArrowDown")
    first = data["hits"][0]
    with page.expect_navigation():
        input_box.press("Enter")
    assert page.url == live_server + first["url"]  # the report page, with the query to highlight


@pytest.mark.browser
def test_two_widgets_are_independent(page, watch, host_site):
    body = (
        '<div id="w1" data-report-search data-province="广东省"></div>'
        '<div id="w2" data-report-search data-type="publicity" data-placeholder="查普法"></div>'
    )
    page.goto(host_site("two", body))
    assert page.locator("#w2 input").get_attribute("placeholder") == "查普法"
    search_and_wait(page, "#w1", QUERY)
    first_titles = results(page, "#w1").all_inner_texts()
    assert results(page, "#w2").count() == 0

    data = search_and_wait(page, "#w2", "普法").json()
    assert {hit["type"] for hit in data["hits"]} == {"publicity"}
    assert results(page, "#w2").count() == len(data["hits"])
    assert results(page, "#w1").all_inner_texts() == first_titles
    assert [r.get("type") for r in watch.api_requests] == [None, ["publicity"]]
    assert [r.get("province") for r in watch.api_requests] == [["广东省"], None]


@pytest.mark.browser
def test_stale_response_is_dropped(page, watch, host_site):
    held = []

    def hold_first(route):
        if parse_qs(urlparse(route.request.url).query)["q"] == ["行政"] and not held:
            held.append(route)  # answered only after the newer query rendered
        else:
            route.continue_()

    page.route("**/api/search?*", hold_first)
    page.goto(host_site("stale", '<div id="w1" data-report-search></div>'))
    page.locator("#w1 input").fill("行政")
    while not held:
        page.wait_for_timeout(50)
    data = search_and_wait(page, "#w1", "法律援助").json()
    shown = results(page, "#w1").locator(".title").all_inner_texts()
    assert shown == [hit["title"] for hit in data["hits"]]
    with contextlib.suppress(Exception):  # the widget aborted it: just as good
        held[0].continue_()
    page.wait_for_timeout(500)
    assert results(page, "#w1").locator(".title").all_inner_texts() == shown


@pytest.mark.browser
def test_embed_page_runs_the_widget(page, watch, live_server):
    page.goto(f"{live_server}/embed?q={QUERY}&province=广东省")
    items = results(page, "[data-report-search]")
    items.first.wait_for()
    assert page.locator("[data-report-search] input").input_value() == QUERY
    assert items.first.locator("a").get_attribute("target") == "_blank"


@pytest.mark.browser
def test_demo_page_live_example(page, watch, live_server, artifacts):
    page.set_viewport_size({"width": 900, "height": 1000})
    page.goto(f"{live_server}/widget")
    search_and_wait(page, ".demo-themed", "调解")
    page.screenshot(path=str(artifacts / "widget-demo.png"), full_page=True)


@pytest.mark.browser
def test_api_error_reaches_the_widget_across_origins(page, host_site):
    """A 400 is readable cross-origin (CORS on errors): the widget shows the API's own message."""
    page.goto(host_site("error", '<div id="w1" data-report-search data-year="soon"></div>'))
    page.locator("#w1 input").fill(QUERY)
    from playwright.sync_api import expect

    expect(page.locator("#w1 [role=status]")).to_contain_text("参数 year 无效")
    assert results(page, "#w1").count() == 0
