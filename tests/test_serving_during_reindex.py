"""Reindex while serving: queries from several threads never fail while `reindex` rebuilds the
index under the running server, and the new index is served once the swap is done, no restart."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest
from conftest import serve_in_thread

from indexer.writing.build import build_index

REINDEX = str(Path(sys.executable).with_name("reindex"))
PHRASE = "独角兽调解室"
URLS = [
    "/api/search?q=" + quote("行政复议 纠错率"),
    "/api/search?q=" + quote(f'"{PHRASE}"'),
    "/search?q=" + quote("法律援助") + "&province=" + quote("广东"),
    "/api/reports/000_85a6f3b4405b5e46",
    "/reports/003_527454772160757c?q=" + quote("行政复议"),
    "/search.csv?q=" + quote("营商环境"),
]


def fetch(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def query_until(base: str, stop: threading.Event, failures: list, counts: list) -> None:
    n = 0
    while not stop.is_set():
        url = base + URLS[n % len(URLS)]
        status, body = fetch(url)
        if status != 200:
            failures.append((url, status, body[:200]))
        n += 1
    counts.append(n)


def phrase_total(base: str) -> int:
    status, body = fetch(base + "/api/search?q=" + quote(f'"{PHRASE}"'))
    assert status == 200, body
    return json.loads(body)["total"]


@pytest.fixture
def served(corpus_copy, tmp_path):
    from webapp import create_app

    index_dir = tmp_path / "index"
    build_index(corpus_copy, index_dir, procs=1)
    base, server = serve_in_thread(create_app({"INDEX_DIR": str(index_dir)}))
    yield base, corpus_copy, index_dir
    server.shutdown()


@pytest.mark.parametrize("extra", [[], ["--changed-only"]], ids=["full", "changed-only"])
def test_queries_never_fail_while_reindex_swaps_the_index(served, extra):
    base, corpus, index_dir = served
    assert phrase_total(base) == 0
    for n in range(6):  # enough new reports for a rebuild that lasts a few seconds
        text = (corpus / "000_85a6f3b4405b5e46.txt").read_text(encoding="utf-8")
        (corpus / f"new-{n}.txt").write_text(text + f"\n全区新设{PHRASE}{n}个。\n", "utf-8")

    stop, failures, counts = threading.Event(), [], []
    threads = [
        threading.Thread(target=query_until, args=(base, stop, failures, counts)) for _ in range(3)
    ]
    for thread in threads:
        thread.start()
    try:
        for _ in range(2):  # a second swap removes the generation served before the first
            result = subprocess.run(
                [REINDEX, "--corpus", str(corpus), "--index", str(index_dir), "-q", *extra],
                capture_output=True,
                text=True,
                timeout=300,
            )
            assert result.returncode == 0, result.stderr
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=120)

    assert failures == []
    assert sum(counts) >= 3 * len(URLS)
    assert phrase_total(base) == 6  # the new index, served without a restart
