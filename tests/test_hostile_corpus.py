"""`reindex` gets through a hostile corpus: exit 0, a line per skipped file, good files indexed.

The corpus is generated in a temporary folder (nothing large is committed): odd encodings, empty,
binary and truncated files, a 50 MB file, pathological HTML, symlink loops, unreadable files, a
FIFO, duplicate report ids, and a file rewritten while reindex reads it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from indexer.parsing.files import MAX_FILE_BYTES
from indexer.querying.search import SearchRequest, search
from indexer.querying.snapshot import IndexReader

REINDEX = str(Path(sys.executable).with_name("reindex"))
BIG_FILE_BYTES = 50 * 1024 * 1024
AS_ROOT = os.geteuid() == 0  # root reads files whatever their mode


def report(phrase: str, region: str = "某某县") -> str:
    return (
        f"{region}人民政府2023年法治政府建设年度报告\n"
        f"一、主要举措\n（一）开展行政复议工作，{phrase}。\n二、存在的不足\n执法队伍力量不足。\n"
    )


# Good files in awkward encodings: name -> (bytes, the phrase that must become findable).
def good_files() -> dict[str, tuple[bytes, str]]:
    utf8 = report("独角兽甲号", "城关区").rstrip().encode()
    cut = len(utf8) - 1  # cut the last character (a full stop, 3 bytes in UTF-8) in half
    return {
        "gbk.txt": (report("独角兽乙号").encode("gbk"), "独角兽乙号"),
        "gb18030.txt": (report("独角兽丙号𠀀㐀").encode("gb18030"), "独角兽丙号"),
        "utf16.txt": (report("独角兽丁号").encode("utf-16"), "独角兽丁号"),
        "utf16-no-bom.txt": (report("独角兽戊号").encode("utf-16-le"), "独角兽戊号"),
        "utf8-bom.txt": (report("独角兽己号").encode("utf-8-sig"), "独角兽己号"),
        "cut-mid-character.txt": (utf8[:cut], "独角兽甲号"),
        "deep.html": (deep_html(report("独角兽辛号")), "独角兽辛号"),
        "a/duplicate.txt": (report("独角兽壬号").encode(), "独角兽壬号"),
    }


def deep_html(text: str, depth: int = 5000) -> bytes:
    return ("<html><body>" + "<div>" * depth + text + "</div>" * depth).encode()


def make_bad_files(corpus: Path) -> dict[str, str]:
    """Write the files reindex must skip; returns name -> the reason it must give."""
    bad = {
        "empty.txt": (b"", "empty file"),
        "blank.html": (b" \n\t\r\n", "empty file"),
        "binary.txt": (os.urandom(4096) + b"\x00" * 64, "binary"),
        "image.html": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary"),
        "b/duplicate.txt": (report("重复的编号").encode(), "duplicate report id"),
    }
    for name, (data, _) in bad.items():
        (corpus / name).parent.mkdir(exist_ok=True)
        (corpus / name).write_bytes(data)
    reasons = {name: reason for name, (_, reason) in bad.items()}
    with open(corpus / "huge.txt", "wb") as handle:  # 50 MB of real report text
        chunk = report("巨大文件").encode() * 1000
        while handle.tell() < BIG_FILE_BYTES:
            handle.write(chunk)
    reasons["huge.txt"] = "file too large"
    (corpus / "loop").symlink_to(".")  # a folder symlink loop: never followed
    (corpus / "loop-a.txt").symlink_to("loop-b.txt")
    (corpus / "loop-b.txt").symlink_to("loop-a.txt")
    (corpus / "dangling.txt").symlink_to("nowhere.txt")
    reasons |= {"loop-a.txt": "symbolic links", "loop-b.txt": "symbolic links"}
    reasons["dangling.txt"] = "No such file"
    os.mkfifo(corpus / "fifo.txt")  # reading a FIFO would block reindex forever
    reasons["fifo.txt"] = "not a regular file"
    if Path("/proc/self/mem").exists():  # unreadable even for root: reading it fails with EIO
        (corpus / "proc-mem.txt").symlink_to("/proc/self/mem")
        reasons["proc-mem.txt"] = "outside the corpus"
    locked = corpus / "unreadable.txt"
    locked.write_text(report("无权读取"), encoding="utf-8")
    locked.chmod(0)
    if not AS_ROOT:
        reasons["unreadable.txt"] = "Permission denied"
    return reasons


def keep_rewriting(path: Path, stop: threading.Event) -> None:
    """Rewrite `path` in place, short and long by turns, until `stop` is set."""
    versions = [report("变动文件").encode(), (report("变动文件") * 50).encode()]
    n = 0
    while not stop.is_set():
        with open(path, "r+b") as handle:
            handle.truncate(0)
            handle.write(versions[n % 2])
        n += 1
        time.sleep(0.001)


def skipped_lines(stderr: str) -> dict[str, str]:
    """'skipped PATH: reason' lines -> {path: reason}."""
    skipped = {}
    for line in stderr.splitlines():
        if line.startswith("skipped "):
            path, _, reason = line.removeprefix("skipped ").partition(": ")
            skipped[path] = reason
    return skipped


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory, corpus_dir):
    corpus = tmp_path_factory.mktemp("hostile") / "corpus"
    shutil.copytree(corpus_dir, corpus, ignore=shutil.ignore_patterns("README.md"))
    good = good_files()
    for name, (data, _) in good.items():
        (corpus / name).parent.mkdir(exist_ok=True)
        (corpus / name).write_bytes(data)
    reasons = make_bad_files(corpus)
    changing = corpus / "changing.txt"
    changing.write_text(report("变动文件"), encoding="utf-8")
    index_dir = corpus.parent / "index"
    stop = threading.Event()
    rewriter = threading.Thread(target=keep_rewriting, args=(changing, stop), daemon=True)
    rewriter.start()
    started = time.monotonic()
    try:
        result = subprocess.run(
            [REINDEX, "--corpus", str(corpus), "--index", str(index_dir)],
            capture_output=True,
            text=True,
            timeout=600,
        )
    finally:
        stop.set()
        rewriter.join()
    seconds = time.monotonic() - started
    return corpus, index_dir, good, reasons, result, seconds


def test_reindex_exits_0_with_a_summary(hostile_run):
    *_, result, seconds = hostile_run
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.startswith("indexed "), result.stdout
    assert seconds < 180  # the 50 MB file is refused up front, not parsed for minutes


def test_every_bad_file_is_reported_with_its_reason(hostile_run):
    corpus, _, _, reasons, result, _ = hostile_run
    skipped = skipped_lines(result.stderr)
    for name, reason in reasons.items():
        assert str(corpus / name) in skipped, (name, sorted(skipped))
        assert reason in skipped[str(corpus / name)], (name, skipped[str(corpus / name)])
    assert "too large" in skipped[str(corpus / "huge.txt")]
    assert f"limit {MAX_FILE_BYTES // 2**20} MB" in skipped[str(corpus / "huge.txt")]


@pytest.mark.parametrize("name", list(good_files()))
def test_every_good_file_is_indexed_and_findable(hostile_run, name):
    corpus, index_dir, good, _, result, _ = hostile_run
    assert str(corpus / name) not in skipped_lines(result.stderr)
    snapshot = IndexReader(index_dir).snapshot()
    report_id = Path(name).stem
    assert snapshot.report_json(report_id) is not None
    page = search(snapshot, SearchRequest(query=f'"{good[name][1]}"'))
    assert {hit.report_id for hit in page.hits} == {report_id}


def test_a_file_cut_mid_character_keeps_its_text_with_a_warning(hostile_run):
    *_, result, _ = hostile_run
    assert "warning cut-mid-character: file cut short" in result.stderr


def test_the_sample_reports_are_all_indexed(hostile_run, corpus_dir):
    _, index_dir, *_ = hostile_run
    snapshot = IndexReader(index_dir).snapshot()
    for path in corpus_dir.glob("*.txt"):
        assert snapshot.report_json(path.stem) is not None, path.name


def test_a_page_without_text_is_indexed_with_a_warning_not_dropped(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "scripts-only.html").write_text(
        "<html><head><script>var a='法治';</script><style>p{}</style></head><body>"
        "<nav>首页</nav><script>document.write('行政复议')</script></body></html>",
        encoding="utf-8",
    )
    (corpus / "good.txt").write_text(report("独角兽癸号"), encoding="utf-8")
    result = subprocess.run(
        [REINDEX, "--corpus", str(corpus), "--index", str(tmp_path / "i")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "warning scripts-only: no report text found" in result.stderr
    snapshot = IndexReader(tmp_path / "i").snapshot()
    assert search(snapshot, SearchRequest(query="document")).total == 0  # scripts not indexed


def test_a_file_rewritten_during_reindex_is_indexed_or_skipped(hostile_run):
    corpus, index_dir, _, _, result, _ = hostile_run
    path = str(corpus / "changing.txt")
    snapshot = IndexReader(index_dir).snapshot()
    skipped = skipped_lines(result.stderr)
    if path in skipped:
        assert skipped[path] == "empty file"  # caught between truncate and write
    else:
        page = search(snapshot, SearchRequest(query='"变动文件"'))
        assert {hit.report_id for hit in page.hits} == {"changing"}


def test_a_segment_without_any_city_keeps_facets_aligned(tmp_path):
    """Reports without a city fill the first segment; --changed-only adds one with a city."""
    from indexer.writing.build import build_index, update_index

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(3):
        (corpus / f"nowhere-{n}.txt").write_text(report(f"无处{n}号"), encoding="utf-8")
    build_index(corpus, tmp_path / "index", procs=1)
    (corpus / "placed.txt").write_text(report("有处号", "韶关市武江区"), encoding="utf-8")
    update_index(corpus, tmp_path / "index", procs=1)

    page = search(IndexReader(tmp_path / "index").snapshot(), SearchRequest(query='"有处号"'))
    assert [(hit.report_id, hit.city) for hit in page.hits] == [("placed", "韶关市")]
    city = {facet.name: facet for facet in page.facets}["city"]
    assert [(v.value, v.count) for v in city.values] == [("韶关市", 1)]
