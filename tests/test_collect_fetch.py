"""Fetcher: robots.txt, redirects, retries, size limit, per-host delay; real local servers."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import serve_in_thread
from werkzeug.wrappers import Request, Response

from indexer.collect.fetch import Disallowed, Fetcher, FetchError, FetchPolicy, Validators


class Site:
    """Routes: path -> (request -> Response); every request is logged as (path, status)."""

    def __init__(self, routes: dict[str, Callable[[Request], Response]]) -> None:
        self.routes = routes
        self.log: list[tuple[str, int]] = []

    def __call__(self, environ, start_response):
        request = Request(environ)
        handler = self.routes.get(request.path)
        response = handler(request) if handler else Response(b"not found", status=404)
        self.log.append((request.path, response.status_code))
        return response(environ, start_response)


@pytest.fixture
def serve():
    servers = []

    def start(routes: dict[str, Callable[[Request], Response]]) -> tuple[str, Site]:
        site = Site(routes)
        base, server = serve_in_thread(site)
        servers.append(server)
        return base, site

    yield start
    for server in servers:
        server.shutdown()


def page(body: bytes = "报告".encode(), **headers: str) -> Callable[[Request], Response]:
    return lambda request: Response(body, content_type="text/html; charset=utf-8", headers=headers)


class Clock:
    """Time that passes only when the fetcher sleeps: waits are computed, never measured."""

    def __init__(self, sleeps: list[float]) -> None:
        self.now, self.sleeps = 1000.0, sleeps

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def redirect(location: str) -> Callable[[Request], Response]:
    return lambda request: Response(status=302, headers={"Location": location})


def fetcher(sleeps: list[float] | None = None, **policy) -> Fetcher:
    clock = Clock(sleeps if sleeps is not None else [])
    options = {"delay": 0.0, "backoff": 0.0, **policy}
    return Fetcher(FetchPolicy(**options), sleep=clock.sleep, clock=lambda: clock.now)


def test_redirect_chain_within_the_limit_is_followed(serve):
    base, _ = serve({**{f"/r{i}": redirect(f"/r{i + 1}") for i in range(3)}, "/r3": page()})
    with fetcher(max_redirects=3) as client:
        response = client.get(f"{base}/r0")
    assert (response.status, response.final_url) == (200, f"{base}/r3")


def test_too_many_redirects_fail(serve):
    base, site = serve({"/loop": lambda r: Response(status=301, headers={"Location": "/loop"})})
    with (
        fetcher(max_redirects=2) as client,
        pytest.raises(FetchError, match="more than 2 redirects"),
    ):
        client.get(f"{base}/loop")
    assert [path for path, _ in site.log].count("/loop") == 3


def test_a_redirect_into_a_disallowed_path_is_not_followed(serve):
    base, site = serve({
        "/robots.txt": page(b"User-agent: *\nDisallow: /private/\n"),
        "/open": lambda r: Response(status=302, headers={"Location": "/private/report.html"}),
        "/private/report.html": page(),
    })  # fmt: skip
    with fetcher() as client, pytest.raises(Disallowed):
        client.get(f"{base}/open")
    assert "/private/report.html" not in [path for path, _ in site.log]


@pytest.mark.parametrize(
    ("robots", "allowed"),
    [
        pytest.param(None, True, id="404-allows-all"),
        pytest.param(lambda r: Response(b"down", status=503), "HTTP 503", id="5xx-closes-site"),
        pytest.param(page(b"User-agent: *\nDisallow: /\n"), False, id="disallow-all"),
        pytest.param(
            page(b"User-agent: fazhi-reports-collect\nDisallow: /\n\nUser-agent: *\nAllow: /\n"),
            False,
            id="our-agent-named",
        ),
        pytest.param(page(b"User-agent: BadBot\nDisallow: /\n"), True, id="other-agent-named"),
    ],
)
def test_robots_txt_decides(serve, robots, allowed):
    routes = {"/report.html": page()}
    if robots is not None:
        routes["/robots.txt"] = robots
    base, site = serve(routes)
    with fetcher(retries=0) as client:
        if allowed is True:
            assert client.get(f"{base}/report.html").status == 200
        else:
            expected = FetchError if isinstance(allowed, str) else Disallowed
            with pytest.raises(expected, match=allowed or "robots.txt disallows it"):
                client.get(f"{base}/report.html")
            assert "/report.html" not in [path for path, _ in site.log]


def test_server_errors_are_retried_with_growing_backoff_then_reported(serve):
    base, site = serve({"/busy": lambda r: Response(b"busy", status=502)})
    sleeps: list[float] = []
    with (
        fetcher(sleeps, retries=2, backoff=0.5) as client,
        pytest.raises(FetchError, match="HTTP 502"),
    ):
        client.get(f"{base}/busy")
    assert site.log.count(("/busy", 502)) == 3
    assert sleeps == [0.5, 1.0]


def test_retry_after_is_honoured(serve):
    answers = iter([Response(b"", status=429, headers={"Retry-After": "7"}), Response(b"ok")])
    base, _ = serve({"/limited": lambda r: next(answers)})
    sleeps: list[float] = []
    with fetcher(sleeps, retries=1, backoff=0.5) as client:
        assert client.get(f"{base}/limited").content == b"ok"
    assert sleeps == [7.0]


@pytest.mark.parametrize(
    ("streamed", "reason"),
    [
        pytest.param(False, "too large", id="content-length"),
        pytest.param(True, "too large", id="streamed"),
    ],
)
def test_size_limit(serve, streamed, reason):
    body = b"x" * 5000
    if streamed:
        handler = lambda r: Response(iter([body[:2500], body[2500:]]), content_type="text/html")  # noqa: E731
    else:
        handler = page(body)
    base, _ = serve({"/big": handler})
    with fetcher(max_bytes=4000) as client, pytest.raises(FetchError, match=reason):
        client.get(f"{base}/big")


def test_requests_to_one_host_wait_for_the_delay_and_crawl_delay(serve):
    base, _ = serve(
        {"/robots.txt": page(b"User-agent: *\nCrawl-delay: 5\n"), "/a": page(), "/b": page()}
    )
    sleeps: list[float] = []
    with fetcher(sleeps, delay=2.0) as client:
        client.get(f"{base}/a")
        client.get(f"{base}/b")
    # robots.txt, then /a, then /b: each waits from the last request to the host; the site's
    # Crawl-delay (5 s) is longer than the policy's delay (2 s), so it wins once it is known.
    assert sleeps == [5.0, 5.0]


def test_validators_are_sent_and_a_304_is_reported(serve):
    def conditional(request: Request) -> Response:
        if request.headers.get("If-None-Match") == '"v1"':
            return Response(status=304)
        return Response(b"report", headers={"ETag": '"v1"'})

    base, _ = serve({"/r": conditional})
    with fetcher() as client:
        first = client.get(f"{base}/r")
        again = client.get(f"{base}/r", first.validators)
    assert (first.status, first.validators) == (200, Validators('"v1"', None))
    assert (again.status, again.content) == (304, b"")


def test_a_refused_connection_is_a_clear_failure():
    with fetcher(retries=0) as client, pytest.raises(FetchError) as caught:
        client.get("http://127.0.0.1:9/report.html")
    assert not isinstance(caught.value, Disallowed)
    assert str(caught.value).startswith("robots.txt unreachable (cannot connect")
