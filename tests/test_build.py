"""reindex: atomic generations, the lock, --changed-only, broken files."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from indexer import store
from indexer.build import build_index, update_index
from indexer.reader import IndexReader
from indexer.search import SearchRequest, search

REINDEX = [str(Path(sys.executable).with_name("reindex"))]  # the installed console script


def hits(index_dir: Path, query: str) -> list[tuple[str, str]]:
    page = search(IndexReader(index_dir).snapshot(), SearchRequest(query=query, size=100))
    return [(h.report_id, h.section_id) for h in page.hits]


def reindex(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*REINDEX, *args], capture_output=True, text=True, timeout=300)


def test_build_publishes_a_generation_that_answers(corpus_copy, tmp_path):
    stats = build_index(corpus_copy, tmp_path / "index", procs=1)
    assert (stats.reports, stats.parsed, stats.skipped) == (5, 5, ())
    assert store.live_generation(tmp_path / "index") == stats.generation
    assert len(hits(tmp_path / "index", "行政复议")) >= 5


def test_rebuild_replaces_the_live_generation_and_drops_old_ones(corpus_copy, tmp_path):
    index_dir = tmp_path / "index"
    first = build_index(corpus_copy, index_dir, procs=1).generation
    second = build_index(corpus_copy, index_dir, procs=1).generation
    third = build_index(corpus_copy, index_dir, procs=1).generation
    assert store.live_generation(index_dir) == third
    assert second.exists() and not first.exists()  # the previous one may still be serving


def test_changed_only_reparses_changed_files_and_drops_deleted_ones(corpus_copy, tmp_path):
    index_dir = tmp_path / "index"
    build_index(corpus_copy, index_dir, procs=1)
    changed = corpus_copy / "000_85a6f3b4405b5e46.txt"
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\n全区新设独角兽调解室3个。\n", "utf-8"
    )
    (corpus_copy / "002_d673bbc54b047a03.txt").unlink()

    stats = update_index(corpus_copy, index_dir, procs=1)

    # One segment held the changed and the deleted report: its other reports are parsed again, so
    # that no deleted document lingers in its statistics (scores equal a full build's).
    assert (stats.parsed, stats.reports) == (4, 4)
    assert {rid for rid, _ in hits(index_dir, '"独角兽调解室"')} == {"000_85a6f3b4405b5e46"}
    assert all(rid != "002_d673bbc54b047a03" for rid, _ in hits(index_dir, "武清区"))
    assert len({rid for rid, _ in hits(index_dir, "行政复议")}) == 4


def test_changed_only_parses_only_new_files_when_nothing_changed_or_went(corpus_copy, tmp_path):
    index_dir = tmp_path / "index"
    build_index(corpus_copy, index_dir, procs=1)
    (corpus_copy / "new.txt").write_text(
        "某某县人民政府2023年法治政府建设年度报告\n一、主要举措\n新设独角兽调解室。\n", "utf-8"
    )
    stats = update_index(corpus_copy, index_dir, procs=1)
    assert (stats.parsed, stats.reports) == (1, 6)
    assert {rid for rid, _ in hits(index_dir, '"独角兽调解室"')} == {"new"}


def test_changed_only_without_an_index_builds_one(corpus_copy, tmp_path):
    stats = update_index(corpus_copy, tmp_path / "index", procs=1)
    assert (stats.parsed, stats.reports) == (5, 5)


BROKEN_FILES = {
    "empty.txt": b"",
    "binary.txt": bytes(range(256)) * 40,
    "not-a-report.html": b"<html><head><script>var a=1;</script></head><body></body></html>",
    "gbk.txt": "某某县人民政府2023年法治政府建设年度报告\n一、主要举措\n开展行政复议工作。".encode(
        "gbk"
    ),
}


def test_broken_files_are_reported_and_every_good_file_indexed(corpus_copy, tmp_path):
    for name, data in BROKEN_FILES.items():
        (corpus_copy / name).write_bytes(data)
    result = reindex(
        "--corpus", str(corpus_copy), "--index", str(tmp_path / "index"), "--procs", "1"
    )
    assert result.returncode == 0, result.stderr
    skipped = {
        Path(line.split()[1].rstrip(":")).name
        for line in result.stderr.splitlines()
        if line.startswith("skipped")
    }
    assert {"empty.txt", "binary.txt"} <= skipped
    assert "gbk.txt" not in skipped
    assert "indexed 7 reports" in result.stdout or "indexed 6 reports" in result.stdout
    for report in ["000_85a6f3b4405b5e46", "003_527454772160757c", "gbk"]:
        assert IndexReader(tmp_path / "index").snapshot().report_json(report) is not None


def test_a_second_reindex_is_refused_while_one_runs(corpus_copy, tmp_path):
    index_dir = tmp_path / "index"
    with store.reindex_lock(index_dir):
        result = reindex("--corpus", str(corpus_copy), "--index", str(index_dir))
    assert result.returncode == 2
    assert "already running" in result.stderr
    assert store.live_generation(index_dir) is None


def test_missing_corpus_is_a_clear_error(tmp_path):
    result = reindex("--corpus", str(tmp_path / "nope"), "--index", str(tmp_path / "index"))
    assert result.returncode == 2 and "corpus folder not found" in result.stderr


def big_corpus(source: Path, target: Path, copies: int) -> Path:
    target.mkdir()
    for path in source.glob("*.txt"):
        for n in range(copies):
            shutil.copy(path, target / f"{path.stem}-{n}.txt")
    return target


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "SIGINT"])
def test_killed_reindex_leaves_the_live_index_serving(corpus_dir, tmp_path, sig):
    index_dir = tmp_path / "index"
    build_index(corpus_dir, index_dir, procs=1)
    live = store.live_generation(index_dir)
    before = hits(index_dir, "行政复议 纠错率")
    corpus = big_corpus(corpus_dir, tmp_path / "big", copies=30)

    process = subprocess.Popen([*REINDEX, "--corpus", str(corpus), "--index", str(index_dir)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    _wait_for_new_generation(index_dir, live)
    time.sleep(1.0)  # well into parsing and writing
    process.send_signal(sig)
    process.communicate(timeout=60)

    assert process.returncode != 0
    assert store.live_generation(index_dir) == live
    assert hits(index_dir, "行政复议 纠错率") == before
    rerun = build_index(corpus_dir, index_dir, procs=1)  # the lock is free again
    assert rerun.reports == 5


def _wait_for_new_generation(index_dir: Path, live: Path, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(p != live for p in index_dir.glob(f"{store.GENERATION_PREFIX}*")):
            return
        time.sleep(0.02)
    raise AssertionError("reindex never started a new generation")


def test_stale_lock_is_recovered_with_a_message(corpus_copy, tmp_path):
    index_dir = tmp_path / "index"
    index_dir.mkdir()
    (index_dir / store.LOCK).write_text(f"pid {os.getpid() + 100000}")
    stats = build_index(corpus_copy, index_dir, procs=1)
    assert stats.notices and "did not finish" in stats.notices[0]


def test_the_manifest_records_the_hash_of_the_bytes_parsed(corpus_copy, tmp_path):
    """A file rewritten between the scan's hash and the parse is recorded as parsed, so the next
    --changed-only run compares against what the index really holds."""
    import hashlib

    from whoosh import index as whoosh_index
    from whoosh.writing import SegmentWriter

    from indexer.parse import Parser
    from indexer.schema import build_schema
    from indexer.segments import Job, _index_one

    path = corpus_copy / "003_527454772160757c.txt"
    (tmp_path / "ix").mkdir()
    writer = SegmentWriter(whoosh_index.create_in(str(tmp_path / "ix"), build_schema()))
    outcome = _index_one(Parser.from_data(), writer, Job(path.name, str(path), "hash-at-scan"))
    writer.cancel()
    assert outcome.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


FAILING_WORKERS = """
import sys
from pathlib import Path
from whoosh import index
from indexer.schema import build_schema
from indexer.segments import Job, write_segments

folder = Path(sys.argv[1])
folder.mkdir()
writer = index.create_in(str(folder), build_schema()).writer()
for toc in folder.glob("*.toc"):
    toc.unlink()  # the workers cannot open the index: each one fails
jobs = [Job(f"{n}.txt", f"/nonexistent/{n}.txt", "") for n in range(5000)]
try:
    write_segments(writer, jobs, 2, lambda outcome: None)
except RuntimeError as error:
    print("failed:", error)
"""


def test_a_failing_worker_fails_the_build_without_hanging(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", FAILING_WORKERS, str(tmp_path / "ix")],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert "an index worker failed" in result.stdout


def test_changed_only_on_an_unchanged_corpus_keeps_the_live_generation(corpus_copy, tmp_path):
    index_dir = tmp_path / "index"
    live = build_index(corpus_copy, index_dir, procs=1).generation
    stats = update_index(corpus_copy, index_dir, procs=1)
    assert (stats.parsed, stats.reports, stats.generation) == (0, 5, live)
    assert store.live_generation(index_dir) == live
