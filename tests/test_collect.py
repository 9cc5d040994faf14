"""`collect` against a real fake government site on 127.0.0.1, then `reindex` and search."""

from __future__ import annotations

import contextlib
import fcntl
import io
import json
import os
import pty
import struct
import subprocess
import sys
import termios
import threading
from datetime import datetime
from pathlib import Path

import pytest
from conftest import serve_in_thread
from govsite import (
    CHANGED_SENTENCE,
    GovSite,
    docx_bytes,
    minimal_pdf,
    report_page,
    sample_text,
)

from indexer.collect import main as collect_main
from indexer.collect.corpus import COLLECT_KEYS, content_key, stem_for
from indexer.collect.fetch import USER_AGENT, Response
from indexer.collect.links import default_rules
from indexer.collect.run import report_suffix
from indexer.querying.search import SearchRequest, search
from indexer.querying.snapshot import IndexReader
from indexer.writing.build import build_index, update_index

TIMEOUT = 1.0  # the slow page answers after 3 s


def start_site():
    site = GovSite(timeout_seconds=3 * TIMEOUT)
    base, server = serve_in_thread(site)
    site.base = base
    return site, server


@pytest.fixture
def site():
    site, server = start_site()
    yield site
    server.shutdown()


@pytest.fixture(scope="module")
def first_crawl(tmp_path_factory):
    """One `collect --follow` of the whole site, shared by the tests that only look at it."""
    site, server = start_site()
    corpus = tmp_path_factory.mktemp("crawl") / "corpus"
    status, outcomes, summary = run_collect(corpus, f"{site.base}/fzzf/index.html", "--follow")
    yield site, corpus, status, outcomes, summary
    server.shutdown()


def run_collect(corpus: Path, *args: str) -> tuple[int, dict[str, str], str]:
    """(exit status, {url: outcome line}, summary line) of one `collect` run."""
    options = ["--corpus", str(corpus), "--delay", "0", "--timeout", str(TIMEOUT), "--retries", "1"]
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        status = collect_main([*args, *options])
    lines = output.getvalue().splitlines()
    outcomes = {
        line.split()[1].rstrip(":"): line for line in lines if not line.startswith("collect:")
    }
    return status, outcomes, lines[-1]


def sidecar(corpus: Path, url: str) -> dict:
    return json.loads((corpus / f"{stem_for(url)}.meta.json").read_text(encoding="utf-8"))


def saved_file(corpus: Path, url: str) -> Path:
    (path,) = [p for p in corpus.glob(f"{stem_for(url)}.*") if not p.name.endswith(".meta.json")]
    return path


def hits(index: Path, query: str) -> list:
    return search(IndexReader(index).snapshot(), SearchRequest(query=query, size=50)).hits


def test_follow_collects_every_report_with_its_outcome(first_crawl):
    site, _, status, outcomes, summary = first_crawl
    base = site.base

    assert status == 0
    expected = {
        "/fzzf/index.html": "listed",
        "/fzzf/index_1.html": "listed",  # 下一页 on a GBK page
        "/fzzf/index_2.html": "listed",  # createPageHTML(3, 1, …) pager
        "/fzzf/art/wujiang.html": "saved",
        "/fzzf/old.html": "saved",  # redirected to the GBK report
        "/private/secret.html": "skipped",
        "/fzzf/art/missing.html": "failed",
        "/fzzf/art/kaifeng.html": "saved",  # after a 503
        "/mirror/wujiang-copy.html": "duplicate",
        "/fzzf/art/attach.html": "skipped",  # only wraps its PDF
        "/fzzf/files/huli-report.pdf": "saved",
        "/fzzf/files/haizhu.docx": "saved",
        "/fzzf/files/old-report.doc": "saved",
        "/fzzf/art/slow.html": "failed",
    }
    assert {url.removeprefix(base): line.split()[0] for url, line in outcomes.items()} == expected
    assert outcomes[f"{base}/private/secret.html"].endswith(": robots.txt disallows it")
    assert outcomes[f"{base}/fzzf/art/missing.html"].endswith(": HTTP 404")
    assert "timed out" in outcomes[f"{base}/fzzf/art/slow.html"]
    assert outcomes[f"{base}/mirror/wujiang-copy.html"].endswith(
        f"same report as {stem_for(base + '/fzzf/art/wujiang.html')}"
    )
    assert summary.startswith("collect: 6 saved, 1 duplicate, 2 skipped, 2 failed, 3 listed")


def test_saved_files_keep_the_served_bytes_and_their_provenance(first_crawl):
    site, corpus, *_ = first_crawl
    base = site.base

    gbk_page = site.pages["/fzzf/art/wuqing.html"].body
    redirected = f"{base}/fzzf/old.html"
    assert saved_file(corpus, redirected).read_bytes() == gbk_page  # GBK bytes untouched
    provenance = sidecar(corpus, redirected)
    assert provenance["source_url"] == redirected
    assert provenance["final_url"] == f"{base}/fzzf/art/wuqing.html"
    assert provenance["last_modified"] == "Mon, 17 Feb 2025 07:43:00 GMT"
    assert provenance["found_on"] == f"{base}/fzzf/index.html"
    assert datetime.fromisoformat(provenance["fetched_at"]).tzinfo is not None

    no_validators = sidecar(corpus, f"{base}/fzzf/art/kaifeng.html")
    assert "etag" not in no_validators and "last_modified" not in no_validators
    assert set(no_validators) <= {"source_url", "fetched_at", *COLLECT_KEYS}

    original = f"{base}/fzzf/art/wujiang.html"
    assert sidecar(corpus, original)["etag"]
    assert sidecar(corpus, original)["mirrors"] == [f"{base}/mirror/wujiang-copy.html"]
    assert saved_file(corpus, f"{base}/fzzf/files/huli-report.pdf").suffix == ".pdf"
    assert saved_file(corpus, f"{base}/fzzf/files/haizhu.docx").suffix == ".docx"
    assert not list(corpus.glob(f"{stem_for(base + '/fzzf/art/attach.html')}.*"))


def test_the_crawl_is_polite(first_crawl):
    site, *_ = first_crawl

    paths = [path for _, path, _, _ in site.log]
    assert paths.count("/robots.txt") == 1
    assert "/private/secret.html" not in paths  # robots.txt obeyed
    assert "/fzzf/art/notice.html" not in paths  # not a report: anchor text says 征求意见
    assert "/fzzf/art/news.html" not in paths and "/zwgk/" not in paths
    assert site.requested("/fzzf/art/kaifeng.html") == [503, 200]
    assert {agent for *_, agent in site.log} == {USER_AGENT}


def test_a_second_run_changes_nothing_and_a_changed_page_is_saved_again(site, tmp_path):
    corpus, base = tmp_path / "corpus", site.base
    listing = f"{base}/fzzf/index.html"
    run_collect(corpus, listing, "--follow")
    before = {p.name: p.read_bytes() for p in corpus.iterdir()}

    status, outcomes, summary = run_collect(corpus, listing, "--follow")
    assert status == 0
    assert not [line for line in outcomes.values() if line.startswith("saved")]
    assert {p.name: p.read_bytes() for p in corpus.iterdir()} == before
    assert site.requested("/fzzf/art/wujiang.html")[-1] == 304  # ETag
    assert site.requested("/fzzf/art/wuqing.html")[-1] == 304  # Last-Modified
    assert outcomes[f"{base}/mirror/wujiang-copy.html"].startswith("duplicate")
    assert "0 saved" not in summary and "saved" not in summary

    site.revision = 2
    _, outcomes, _ = run_collect(corpus, listing, "--follow")
    changed = f"{base}/fzzf/art/kaifeng.html"
    assert (
        outcomes[changed].startswith("saved")
        and "changed since the last fetch" in outcomes[changed]
    )
    assert saved_file(corpus, changed).read_bytes() == site.changing_page()
    assert [line.split()[0] for line in outcomes.values()].count("saved") == 1


def test_collected_reports_are_searchable_and_reindex_picks_up_changes(site, tmp_path):
    corpus, index, base = tmp_path / "corpus", tmp_path / "index", site.base
    listing = f"{base}/fzzf/index.html"
    run_collect(corpus, listing, "--follow")

    stats = build_index(corpus, index, procs=1)
    assert stats.reports == 5  # two pages, the PDF, the .docx; the mirror once; and the GBK page
    assert [p.reason for p in stats.skipped] == [
        "Word 97-2003 file: no maintained library reads its text; save it as .docx or PDF"
    ]
    pdf_stem = stem_for(f"{base}/fzzf/files/huli-report.pdf")
    assert pdf_stem in {hit.report_id for hit in hits(index, "湖里区")}
    docx_stem = stem_for(f"{base}/fzzf/files/haizhu.docx")
    assert docx_stem in {hit.report_id for hit in hits(index, "海珠区")}
    gbk_stem = stem_for(f"{base}/fzzf/old.html")
    assert gbk_stem in {hit.report_id for hit in hits(index, "武清区")}
    assert not hits(index, '"法治观测点示范项目"')

    site.revision = 2
    run_collect(corpus, listing, "--follow")
    update_index(corpus, index, procs=1)
    assert {hit.report_id for hit in hits(index, '"法治观测点示范项目"')} == {
        stem_for(f"{base}/fzzf/art/kaifeng.html")
    }
    assert CHANGED_SENTENCE.startswith("2025年")


def test_a_file_the_user_edited_is_never_overwritten(site, tmp_path):
    corpus, page = tmp_path / "corpus", f"{site.base}/fzzf/art/kaifeng.html"
    run_collect(corpus, page)
    edited = saved_file(corpus, page)
    edited.write_bytes(edited.read_bytes().replace("示范区".encode(), "实验区".encode()))
    site.revision = 2

    status, outcomes, _ = run_collect(corpus, page)
    assert status == 0
    assert outcomes[page] == f"skipped {page}: {edited.name} was edited by hand; kept"
    assert "实验区".encode() in edited.read_bytes()


def test_metadata_the_user_added_to_a_sidecar_survives_a_new_fetch(site, tmp_path):
    corpus, page = tmp_path / "corpus", f"{site.base}/fzzf/art/kaifeng.html"
    run_collect(corpus, page)
    sidecar_file = corpus / f"{stem_for(page)}.meta.json"
    corrected = json.loads(sidecar_file.read_text(encoding="utf-8")) | {
        "region": "城乡一体化示范区"
    }
    sidecar_file.write_text(json.dumps(corrected, ensure_ascii=False), encoding="utf-8")
    site.revision = 2

    run_collect(corpus, page)
    assert sidecar(corpus, page)["region"] == "城乡一体化示范区"
    assert saved_file(corpus, page).read_bytes() == site.changing_page()


@pytest.mark.parametrize(
    ("path", "line"),
    [
        pytest.param("/private/secret.html", "skipped {url}: robots.txt disallows it", id="robots"),
        pytest.param("/fzzf/art/missing.html", "failed {url}: HTTP 404", id="404"),
    ],
)
def test_nothing_fetched_exits_non_zero(site, tmp_path, path, line):
    url = site.base + path
    status, outcomes, _ = run_collect(tmp_path / "corpus", url)
    assert status == 1
    assert outcomes[url] == line.format(url=url)
    assert not list((tmp_path / "corpus").iterdir())


def test_a_report_fetched_without_follow_is_saved_as_served(site, tmp_path):
    corpus, page = tmp_path / "corpus", f"{site.base}/fzzf/art/wuqing.html"
    status, outcomes, summary = run_collect(corpus, page)
    assert status == 0
    assert outcomes[page].startswith(f"saved {page}: ")
    assert saved_file(corpus, page).read_bytes() == site.pages["/fzzf/art/wuqing.html"].body
    assert summary.startswith("collect: 1 saved (")


def test_a_page_whose_furniture_changed_but_not_its_report_is_unchanged(site, tmp_path):
    corpus, page = tmp_path / "corpus", f"{site.base}/fzzf/art/kaifeng.html"
    run_collect(corpus, page)
    first = saved_file(corpus, page).read_bytes()
    site.footer = "<p>访问量：12345</p>"

    _, outcomes, _ = run_collect(corpus, page)
    assert outcomes[page].startswith(f"unchanged {page}: same report text as ")
    assert saved_file(corpus, page).read_bytes() == first


def test_a_progress_bar_is_drawn_on_a_terminal(site, tmp_path):
    controller, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # 100 columns
    command = [
        sys.executable,
        "-c",
        "import sys; from indexer.collect import main; sys.exit(main())",
    ]
    page = f"{site.base}/fzzf/art/kaifeng.html"
    options = ["--corpus", str(tmp_path / "corpus"), "--delay", "0", "--retries", "1"]
    process = subprocess.Popen(
        [*command, page, *options], stdout=subprocess.PIPE, stderr=terminal, text=True
    )
    os.close(terminal)
    chunks: list[bytes] = []

    def read_terminal() -> None:
        with contextlib.suppress(OSError):  # EIO once the child has closed the terminal
            while chunk := os.read(controller, 4096):
                chunks.append(chunk)

    reader = threading.Thread(target=read_terminal)
    reader.start()
    output, _ = process.communicate(timeout=60)
    reader.join(timeout=10)
    os.close(controller)
    drawn = b"".join(chunks)
    assert process.returncode == 0
    assert output.splitlines()[0].startswith(f"saved {page}: ")
    assert "collect: " in drawn.decode() and "1/1" in drawn.decode()


def test_max_pages_bounds_the_crawl(site, tmp_path):
    listing = f"{site.base}/fzzf/index.html"
    status, outcomes, _ = run_collect(tmp_path / "corpus", listing, "--follow", "--max-pages", "2")
    assert status == 0
    fetched = [url for url, line in outcomes.items() if "--max-pages 2 reached" not in line]
    assert fetched == [listing, f"{site.base}/fzzf/art/wujiang.html"]
    assert len(outcomes) == 6  # the listing, its 4 report links and its next page: one line each
    assert [path for _, path, _, _ in site.log] == [
        "/robots.txt",
        "/fzzf/index.html",
        "/fzzf/art/wujiang.html",
    ]


@pytest.mark.parametrize(
    ("url", "content", "content_type", "suffix"),
    [
        ("/a.html", "<html>报告</html>".encode(), "text/html; charset=utf-8", ".html"),
        ("/a.shtml", "<HTML>报告</HTML>".encode("gbk"), "application/octet-stream", ".html"),
        ("/download?id=3", minimal_pdf(["报告"]), "application/octet-stream", ".pdf"),
        ("/a.doc", minimal_pdf(["报告"]), "application/msword", ".pdf"),  # the bytes decide
        ("/a.docx", docx_bytes("报告"), "application/octet-stream", ".docx"),
        ("/a.zip", b"PK\x03\x04" + bytes(100), "application/zip", None),
        ("/a.wps", b"\xd0\xcf\x11\xe0" + bytes(100), "application/octet-stream", ".wps"),
        ("/a.doc", b"\xd0\xcf\x11\xe0" + bytes(100), "application/msword", ".doc"),
        ("/a.txt", "报告".encode(), "text/plain", ".txt"),
        ("/a.png", b"\x89PNG\r\n\x1a\n" + bytes(100), "image/png", None),
    ],
)
def test_report_suffix(url, content, content_type, suffix):
    response = Response(
        "http://x.gov.cn" + url, "http://x.gov.cn" + url, 200, content, content_type
    )
    assert report_suffix(response, default_rules()) == suffix


def test_a_broken_sidecar_is_kept_and_said_so(site, tmp_path):
    corpus, page = tmp_path / "corpus", f"{site.base}/fzzf/art/kaifeng.html"
    run_collect(corpus, page)
    sidecar_file = corpus / f"{stem_for(page)}.meta.json"
    sidecar_file.write_text('{"region": "示范区",', encoding="utf-8")  # the user's half-done edit
    before = saved_file(corpus, page).read_bytes()
    site.revision = 2

    status, outcomes, _ = run_collect(corpus, page)
    assert status == 0
    assert outcomes[page].startswith(f"skipped {page}: {sidecar_file.name} is not readable JSON")
    assert sidecar_file.read_text(encoding="utf-8") == '{"region": "示范区",'
    assert saved_file(corpus, page).read_bytes() == before


def test_following_a_report_page_says_how_to_collect_it(site, tmp_path):
    page = f"{site.base}/fzzf/art/wujiang.html"
    _, outcomes, _ = run_collect(tmp_path / "corpus", page, "--follow")
    assert outcomes == {
        page: f"listed {page}: no report links found (a report page? collect it without --follow)"
    }


def test_a_repost_in_another_template_or_encoding_is_the_same_report():
    text = sample_text("000")
    page = report_page(text, "utf-8")
    repost = report_page(text, "gbk").replace(
        b"</body>", "<p>转载自武江区人民政府网</p></body>".encode("gbk")
    )
    other = report_page(sample_text("002"), "utf-8")
    assert content_key(page, ".html") == content_key(repost, ".html")
    assert content_key(page, ".html") != content_key(other, ".html")
