"""Security review as tests: headers, no tracebacks, path traversal, bounds, rate limiting."""

from __future__ import annotations

import pytest

from webapp import create_app
from webapp.ratelimit import RateLimiter

SAMPLE_ID = "000_85a6f3b4405b5e46"

PAGES = [
    "/",
    "/search?q=行政复议",
    "/reports/000_85a6f3b4405b5e46",
    "/api/search?q=行政复议",
    "/api/reports/000_85a6f3b4405b5e46",
    "/search.csv?q=行政复议",
    "/widget.js",
    "/widget",
    "/reports/nope",
    "/api/search?size=0",
]


@pytest.mark.parametrize("url", PAGES)
def test_security_headers_on_every_response(client, url):
    response = client.get(url)
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert "object-src 'none'" in csp and "frame-ancestors 'none'" in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response.headers["X-Frame-Options"] == "DENY"


def test_embed_may_be_framed_only_by_the_configured_ancestors(sample_index):
    app = create_app({"INDEX_DIR": str(sample_index), "FRAME_ANCESTORS": "https://a.example"})
    response = app.test_client().get("/embed?q=行政复议")
    assert "frame-ancestors https://a.example" in response.headers["Content-Security-Policy"]
    assert "X-Frame-Options" not in response.headers


def test_cors_only_on_the_json_api(client):
    assert client.get("/api/search?q=x").headers["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Origin" not in client.get("/search?q=x").headers


def test_production_app_runs_without_debug(sample_index):
    app = create_app({"INDEX_DIR": str(sample_index)})
    assert not app.debug and not app.testing
    assert not app.config["PROPAGATE_EXCEPTIONS"]


@pytest.mark.parametrize(
    ("url", "mimetype"), [("/boom", "text/html"), ("/api/boom", "application/json")]
)
def test_an_exception_in_a_view_is_a_plain_500_without_traceback(sample_index, url, mimetype):
    app = create_app({"INDEX_DIR": str(sample_index)})
    secret = "secret-detail /etc/shadow"

    def boom():
        raise RuntimeError(secret)

    app.add_url_rule(url, view_func=boom)
    response = app.test_client().get(url)
    body = response.get_data(as_text=True)
    assert response.status_code == 500 and response.mimetype == mimetype
    assert "Traceback" not in body and secret not in body and "RuntimeError" not in body
    assert response.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(
    "url",
    [
        "/reports/..%2F..%2Fetc%2Fpasswd",
        "/reports/../../etc/passwd",
        "/reports/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/api/reports/../x",
        "/api/reports/..%2F..%2Fetc%2Fpasswd",
        "/api/reports/%00",
        "/static/../__init__.py",
        "/static/..%2F__init__.py",
        "/static/%2e%2e/config.py",
    ],
)
def test_path_traversal_is_refused(client, url):
    response = client.get(url)
    assert response.status_code == 404
    body = response.get_data(as_text=True)
    assert "root:" not in body and "import" not in body


@pytest.mark.parametrize(
    "url",
    [
        "/api/search?q=" + "法" * 201,
        "/search?q=" + "a" * 10_000,
        "/api/search?q=x&size=101",
        "/api/search?q=x&size=1000000",
        "/api/search?q=x&page=1001",
        "/api/search?q=x&" + "&".join(f"region=r{n}" for n in range(51)),
        "/api/search?q=x&region=" + "区" * 51,
        "/embed?size=101",
    ],
)
def test_query_length_and_page_size_are_bounded(client, url):
    assert client.get(url).status_code == 400


def test_an_overlong_report_id_is_not_looked_up(client):
    assert client.get("/api/reports/" + "x" * 201).status_code == 404


# -- rate limiting ---------------------------------------------------------------------------------


@pytest.fixture
def limited(sample_index):
    return create_app({"INDEX_DIR": str(sample_index), "RATE_LIMIT_PER_MINUTE": 3}).test_client()


def test_rate_limit_answers_429_with_retry_after(limited):
    statuses = [limited.get("/api/search?q=行政复议").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    response = limited.get("/api/reports/000_85a6f3b4405b5e46")
    assert response.status_code == 429
    assert 1 <= int(response.headers["Retry-After"]) <= 20
    assert set(response.get_json()) == {"error"}
    assert response.headers["Access-Control-Allow-Origin"] == "*"  # browsers can read the 429


def test_rate_limit_is_per_client(limited):
    for _ in range(4):
        limited.get("/api/search?q=x")
    other = {"REMOTE_ADDR": "192.0.2.7"}
    assert limited.get("/api/search?q=x", environ_base=other).status_code == 200


@pytest.mark.parametrize("url", ["/search?q=x", "/search.csv?q=x", "/reports/" + SAMPLE_ID, "/"])
def test_rate_limit_covers_every_route_that_does_work(limited, url):
    statuses = [limited.get(url).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    assert "请求过于频繁" in limited.get(url).get_data(as_text=True)


def test_rate_limit_does_not_count_static_files(limited):
    for _ in range(5):
        assert limited.get("/widget.js").status_code == 200
    assert limited.get("/api/search?q=x").status_code == 200


def test_rate_limit_is_off_by_default(client):
    assert {client.get("/api/search?q=x").status_code for _ in range(30)} == {200}


def test_a_bucket_refills_at_the_configured_rate(tmp_path):
    now = [0.0]
    limiter = RateLimiter(tmp_path / "buckets.sqlite3", per_minute=60, clock=lambda: now[0])
    assert all(limiter.wait_seconds("a") == 0 for _ in range(60))
    assert limiter.wait_seconds("a") == pytest.approx(1.0)
    now[0] += 1.0
    assert limiter.wait_seconds("a") == 0
    assert limiter.wait_seconds("a") > 0
    assert limiter.wait_seconds("b") == 0


@pytest.mark.parametrize(
    "url",
    ["/api/search?q={q}", "/search?q={q}", "/search.csv?q={q}", "/api/search?group=report&q={q}"],
)
def test_a_query_over_the_work_budget_is_a_400_in_chinese(client, url):
    query = "法治 " + " ".join(
        "-" + c for c in "丁丂七丄丅丆万丈三上下丌不与丏丐丑丒专且丕世丗丘丙业"
    )
    response = client.get(url.format(q=query))
    assert response.status_code == 400
    text = response.get_data(as_text=True)
    assert "查询过于复杂" in text
    if url.startswith("/api/") or ".csv" in url:
        assert "查询过于复杂" in response.get_json()["error"]


def test_a_report_page_with_a_query_over_the_budget_is_shown_without_marks(client):
    query = " OR ".join("丁丂七丄丅丆万丈三上下")
    response = client.get("/reports/" + SAMPLE_ID + "?q=" + query)
    assert response.status_code == 200
    assert "<mark>" not in response.get_data(as_text=True)


# -- links never come from the Host header -------------------------------------------------------

LINKING = [
    "/api/search?q=行政复议",
    "/search.csv?q=行政复议",
    "/api/indicators",
    "/api/indicators.csv",
    "/reports/" + SAMPLE_ID,
    "/widget",
]


@pytest.mark.parametrize("url", LINKING)
def test_links_ignore_the_host_header(client, url):
    response = client.get(url, headers={"Host": "evil.example"})
    assert response.status_code == 200
    assert "evil.example" not in response.get_data(as_text=True)


@pytest.mark.parametrize("url", LINKING)
def test_links_are_absolute_under_the_configured_base_url(sample_index, url):
    config = {"INDEX_DIR": str(sample_index), "BASE_URL": "https://fazhi.example.org/sub/"}
    client = create_app(config).test_client()
    text = client.get(url, headers={"Host": "evil.example"}).get_data(as_text=True)
    assert "https://fazhi.example.org/sub/" in text and "evil.example" not in text


def test_only_the_embed_page_itself_may_be_framed(client):
    response = client.get("/embedded")
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize("url", ["/api/search", "/search", "/search.csv"])
def test_a_405_says_which_methods_are_allowed(client, url):
    response = client.post(url)
    assert response.status_code == 405
    assert "GET" in response.headers["Allow"]


def test_a_report_page_marks_at_most_max_marks_per_section_but_counts_all(tmp_path):
    from indexer.querying.report_view import MAX_MARKS
    from indexer.writing.build import build_index

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    body = "开展行政复议工作，" * (MAX_MARKS + 500)
    (corpus / "many.txt").write_text(
        f"某某县人民政府2023年法治政府建设年度报告\n一、主要举措\n{body}\n", encoding="utf-8"
    )
    build_index(corpus, tmp_path / "index", procs=1)
    client = create_app({"INDEX_DIR": str(tmp_path / "index")}).test_client()
    html = client.get("/reports/many?q=行政复议").get_data(as_text=True)
    assert html.count("<mark>") == MAX_MARKS
    assert str(MAX_MARKS + 500) in html  # the count still says how many there are
