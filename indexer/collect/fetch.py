"""Polite HTTP: robots.txt, one request at a time per host with a delay, retries, limits.

`Fetcher.get` is the only network call of `collect`. It obeys robots.txt (RFC 9309: a missing
robots.txt allows everything, an unreachable one forbids everything), waits `delay` seconds (or the
site's Crawl-delay) between two requests to one host, retries 5xx answers and timeouts a bounded
number of times with exponential backoff, follows redirects itself (so each hop is checked against
robots.txt and counted), stops reading at a size limit, and sends the validators of the last fetch
so that an unchanged page costs a 304.
"""

from __future__ import annotations

import time
import urllib.robotparser
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from indexer.parsing.files import MAX_FILE_BYTES

USER_AGENT = "fazhi-reports-collect/0.1 (rule-of-law report search; obeys robots.txt)"
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_MAX_RETRY_AFTER = 60.0  # seconds: a longer Retry-After is not worth waiting for


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    user_agent: str = USER_AGENT
    delay: float = 1.0  # seconds between two requests to one host
    timeout: float = 20.0  # seconds to connect, and between two reads
    retries: int = 2  # further tries after a 5xx or a timeout
    backoff: float = 1.0  # seconds before the first retry; doubled for each next one
    max_bytes: int = MAX_FILE_BYTES  # reindex would skip a larger file anyway
    max_redirects: int = 5


@dataclass(frozen=True, slots=True)
class Validators:
    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


@dataclass(frozen=True, slots=True)
class Response:
    url: str  # as asked
    final_url: str  # after redirects
    status: int  # 200 or 304
    content: bytes = b""
    content_type: str = ""
    validators: Validators = field(default_factory=Validators)


class FetchError(Exception):
    """A URL that could not be fetched; str(e) is the reason."""


class Disallowed(FetchError):
    """robots.txt forbids the URL."""


@dataclass
class Fetcher:
    """Owns the HTTP client and the per-host state (robots rules, time of the last request)."""

    policy: FetchPolicy
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    requests: int = 0  # sent, robots.txt included
    _client: httpx.Client = field(init=False)
    # Per origin: its rules, or why it has none (robots.txt unreachable: the site is closed to us).
    _robots: dict[str, urllib.robotparser.RobotFileParser | str] = field(default_factory=dict)
    _last_request: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._client = httpx.Client(
            headers={"User-Agent": self.policy.user_agent},
            timeout=self.policy.timeout,
            follow_redirects=False,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def get(self, url: str, validators: Validators | None = None) -> Response:
        """The page at `url` (status 200, or 304 when `validators` still hold); FetchError."""
        current = url
        for _ in range(self.policy.max_redirects + 1):
            self._check_robots(current)
            response = self._send(current, validators)
            if response.status_code not in _REDIRECT_STATUSES:
                return self._finish(url, current, response)
            location = response.headers.get("location")
            response.close()
            if not location:
                raise FetchError(f"HTTP {response.status_code} without a Location")
            current = urljoin(current, location)
            if urlsplit(current).scheme not in ("http", "https"):
                raise FetchError(f"redirected to a non-web address {current}")
        raise FetchError(f"more than {self.policy.max_redirects} redirects")

    def _finish(self, url: str, final_url: str, response: httpx.Response) -> Response:
        with closing(response):
            if response.status_code == 304:
                return Response(url, final_url, 304, validators=_validators(response))
            if response.status_code != 200:
                raise FetchError(f"HTTP {response.status_code}")
            content = self._read_limited(response)
        return Response(
            url,
            final_url,
            200,
            content,
            response.headers.get("content-type", ""),
            _validators(response),
        )

    def _read_limited(self, response: httpx.Response) -> bytes:
        limit = self.policy.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(
                f"too large ({int(declared) / 2**20:.1f} MB, limit {limit / 2**20:.0f} MB)"
            )
        chunks, size = [], 0
        try:
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise FetchError(f"too large (over {limit / 2**20:.0f} MB)")
                chunks.append(chunk)
        except httpx.TimeoutException as error:
            raise FetchError("timed out while reading") from error
        except httpx.HTTPError as error:
            raise FetchError(f"connection broken while reading ({error})") from error
        return b"".join(chunks)

    def _send(self, url: str, validators: Validators | None) -> httpx.Response:
        """One GET with retries on 5xx/429 and timeouts; the response is open (streamed)."""
        headers = validators.headers() if validators else {}
        attempts = self.policy.retries + 1
        for attempt in range(attempts):
            last = attempt == attempts - 1
            self._wait_turn(url)
            try:
                request = self._client.build_request("GET", url, headers=headers)
                response = self._client.send(request, stream=True)
            except httpx.TimeoutException as error:
                if last:
                    raise FetchError(f"timed out after {attempts} tries") from error
                self.sleep(self._backoff(attempt, None))
                continue
            except httpx.HTTPError as error:
                raise FetchError(f"cannot connect ({_reason(error)})") from error
            if response.status_code not in _RETRY_STATUSES or last:
                return response
            response.close()
            self.sleep(self._backoff(attempt, response.headers.get("retry-after")))
        raise AssertionError("unreachable")  # the last attempt returns or raises

    def _backoff(self, attempt: int, retry_after: str | None) -> float:
        delay: float = self.policy.backoff * 2**attempt
        if retry_after and retry_after.strip().isdigit():
            delay = max(delay, min(float(retry_after), _MAX_RETRY_AFTER))
        return delay

    def _wait_turn(self, url: str) -> None:
        """Sleep until this host's delay since the last request to it has passed."""
        host = _origin(url)
        delay = self.policy.delay
        robots = self._robots.get(host)
        crawl_delay = None
        if isinstance(robots, urllib.robotparser.RobotFileParser):
            crawl_delay = robots.crawl_delay(self.policy.user_agent)
        if crawl_delay is not None:
            delay = max(delay, float(crawl_delay))
        last = self._last_request.get(host)
        if last is not None:
            remaining = last + delay - self.clock()
            if remaining > 0:
                self.sleep(remaining)
        self._last_request[host] = self.clock()
        self.requests += 1

    def _check_robots(self, url: str) -> None:
        origin = _origin(url)
        if origin not in self._robots:
            self._robots[origin] = self._load_robots(origin)
        robots = self._robots[origin]
        if isinstance(robots, str):
            raise FetchError(robots)
        if not robots.can_fetch(self.policy.user_agent, url):
            raise Disallowed("robots.txt disallows it")

    def _load_robots(self, origin: str) -> urllib.robotparser.RobotFileParser | str:
        """The site's rules; a reason instead when robots.txt cannot be had (RFC 9309: stay out)."""
        parser = urllib.robotparser.RobotFileParser(origin + "/robots.txt")
        try:
            response = self._send(origin + "/robots.txt", None)
        except FetchError as error:
            return f"robots.txt unreachable ({error}): the site is left alone"
        with closing(response):
            if response.status_code >= 500:
                return f"robots.txt answered HTTP {response.status_code}: the site is left alone"
            if response.status_code == 200:
                try:
                    body = self._read_limited(response).decode("utf-8", "replace")
                except FetchError as error:
                    return f"robots.txt unreadable ({error}): the site is left alone"
                parser.parse(body.splitlines())
            else:
                parser.parse([])  # 404 and other 4xx (and redirects): no rules
        return parser


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _validators(response: httpx.Response) -> Validators:
    return Validators(response.headers.get("etag"), response.headers.get("last-modified"))


def _reason(error: httpx.HTTPError) -> str:
    return str(error) or type(error).__name__
