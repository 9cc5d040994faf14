"""Shared fixtures: a real index built by the real `build_index` from the sample corpus."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def sample_index(tmp_path_factory) -> Path:
    """The sample corpus indexed once per session (read-only for tests)."""
    from indexer.writing.build import build_index

    index_dir = tmp_path_factory.mktemp("index")
    build_index(CORPUS, index_dir, procs=1)
    return index_dir


@pytest.fixture(scope="session")
def two_report_index(tmp_path_factory, corpus_dir) -> Path:
    """A smaller, different generation (the first two sample reports): another index to switch
    to or from."""
    from indexer.writing.build import build_index

    corpus = tmp_path_factory.mktemp("two-reports")
    for path in sorted(corpus_dir.glob("*.txt"))[:2]:
        (corpus / path.name).write_bytes(path.read_bytes())
    index_dir = tmp_path_factory.mktemp("two-report-index")
    build_index(corpus, index_dir, procs=1)
    return index_dir


@pytest.fixture(scope="session")
def snapshot(sample_index):
    from indexer.querying.snapshot import IndexReader

    return IndexReader(sample_index).snapshot()


@pytest.fixture
def corpus_copy(tmp_path) -> Path:
    """A writable copy of the sample corpus."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target, ignore=shutil.ignore_patterns("README.md"))
    return target


@pytest.fixture(scope="session")
def app(sample_index):
    from webapp import create_app

    app = create_app({"INDEX_DIR": str(sample_index), "TESTING": True})
    return app


@pytest.fixture
def client(app):
    return app.test_client()


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]
ARTIFACTS = ROOT / "test-artifacts"


def closing_responses(wsgi_app):
    """The app with every response body closed once it has been sent.

    Werkzeug's development server skips closing a response when the client drops the
    connection after the last byte (its drain of the request socket raises first), so a
    file sent by `send_file` was left open for the garbage collector: a ResourceWarning
    that `filterwarnings = error` turns into a failed test whenever Chromium hangs up
    early. Closing from inside the body's own iteration does not depend on the server.
    """

    def body(chunks):
        try:
            yield from chunks
        finally:
            if hasattr(chunks, "close"):
                chunks.close()

    def app(environ, start_response):
        return body(wsgi_app(environ, start_response))

    return app


def serve_in_thread(wsgi_app):
    """Serve a WSGI app on a free 127.0.0.1 port in a daemon thread; returns (base url, server)."""
    import threading

    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, closing_responses(wsgi_app), threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_port}", server


@pytest.fixture(scope="session")
def live_server(app):
    """The real app on a real port, for the browser."""
    url, server = serve_in_thread(app)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright (it cannot download its own browser here)."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make chromium` (the test command installs it)")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def console(page):
    """Console errors and CSP reports seen by the page; the test asserts the list stays empty."""
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if _is_problem(m) else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    return problems


def _is_problem(message) -> bool:
    return message.type == "error" or "Content Security Policy" in message.text


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
