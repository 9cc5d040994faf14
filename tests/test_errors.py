"""Errors: every /api/ answer is JSON `{error}` in Chinese, HTML pages get a Chinese error page,
also for what gunicorn refuses before the app sees it."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from urllib.parse import quote

import pytest

from indexer.querying.query_language import MAX_QUERY_LENGTH
from webapp.errors import STATUS_MESSAGES

ENGLISH = ("not found", "requested url", "method", "bad request", "too long")


def assert_chinese_json(response, status: int) -> str:
    assert response.status_code == status
    assert response.mimetype == "application/json"
    message = response.get_json()["error"]
    assert not any(word in message.lower() for word in ENGLISH), message
    assert any("\u4e00" <= c <= "\u9fff" for c in message), message
    return message


@pytest.mark.parametrize(
    ("method", "url", "status"),
    [
        pytest.param("get", "/api/nope", 404, id="unknown-api-path"),
        pytest.param("get", "/api/reports/nope", 404, id="unknown-report"),
        pytest.param("post", "/api/search", 405, id="wrong-method"),
        pytest.param("get", "/api/search?q=" + "x" * 5000, 400, id="long-query"),
        pytest.param("get", "/api/search?q=" + "法" * 5000, 400, id="long-chinese-query"),
        pytest.param("get", "/api/search?page=0", 400, id="bad-page"),
    ],
)
def test_api_errors_are_chinese_json(client, method, url, status):
    assert_chinese_json(getattr(client, method)(url), status)


def test_our_own_message_is_kept(client):
    assert "nope" in assert_chinese_json(client.get("/api/reports/nope"), 404)


@pytest.mark.parametrize(
    ("url", "status", "heading"),
    [
        pytest.param("/nope", 404, "未找到页面", id="unknown-page"),
        pytest.param("/reports/nope", 404, "未找到页面", id="unknown-report"),
        pytest.param("/search?page=x", 400, "请求参数有误", id="bad-parameter"),
    ],
)
def test_html_errors_are_chinese_pages(client, url, status, heading):
    response = client.get(url)
    assert response.status_code == status
    assert response.mimetype == "text/html"
    page = response.get_data(as_text=True)
    assert heading in page
    assert "requested URL" not in page


# ---- the real server ---------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def gunicorn_url(sample_index):
    port = free_port()
    env = {**os.environ, "REPORTS_INDEX_DIR": str(sample_index)}
    command = [sys.executable, "-m", "webapp", "serve", "--port", str(port), "--workers", "1"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=30)


def fetch(url: str) -> tuple[int, str, dict]:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status, response.headers.get_content_type(), json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get_content_type(), json.load(error)


@pytest.mark.parametrize(
    ("query", "status"),
    [
        pytest.param("x" * 5000, 400, id="ascii-reaches-the-app"),
        pytest.param("法" * 5000, 414, id="chinese-refused-by-gunicorn"),
    ],
)
def test_gunicorn_answers_overlong_urls_in_chinese_json(gunicorn_url, query, status):
    code, kind, body = fetch(f"{gunicorn_url}/api/search?q={quote(query)}")
    assert (code, kind) == (status, "application/json")
    assert str(MAX_QUERY_LENGTH) in body["error"]


def test_gunicorn_answers_an_unparsable_request_in_chinese_json(gunicorn_url):
    """A script sending raw UTF-8 in the request line (browsers percent-encode it)."""
    host, port = gunicorn_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as conn:
        conn.sendall("GET /api/search?q=行政复议 HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        head, _, body = conn.recv(65536).partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400 ") and b"application/json" in head
    assert json.loads(body)["error"] == STATUS_MESSAGES[400]


def test_gunicorn_serves_a_search(gunicorn_url):
    code, _, body = fetch(f"{gunicorn_url}/api/search?q={quote('行政复议')}")
    assert code == 200 and body["total"] > 0
