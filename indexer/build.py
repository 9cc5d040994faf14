"""Build the index from a corpus folder: scan -> parse -> documents -> new generation -> publish."""

from __future__ import annotations

import ctypes
import hashlib
import os
import shutil
import signal
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.writing import IndexWriter

from indexer import store
from indexer.analysis import word_segmenter
from indexer.parse import Parser, report_id_for
from indexer.read import ReadError
from indexer.schema import REPORT_ID, build_schema, to_documents

CORPUS_SUFFIXES = (".txt", ".html", ".htm")
WRITER_MEMORY_MB = 256
PR_SET_PDEATHSIG = 1  # linux/prctl.h

Progress = Callable[[Iterable[Path]], Iterable[Path]]


@dataclass(frozen=True, slots=True)
class FileProblem:
    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class BuildStats:
    reports: int  # reports in the published index
    sections: int  # sections written by this run
    parsed: int  # files parsed by this run
    warnings: tuple[tuple[str, str], ...]  # (report id, warning)
    skipped: tuple[FileProblem, ...]
    seconds: float
    generation: Path
    notices: tuple[str, ...] = ()


@dataclass
class _Run:
    """What one run has written so far (local to the run, never shared)."""

    files: dict[str, store.SourceFile] = field(default_factory=dict)
    sections: int = 0
    parsed: int = 0
    warnings: list[tuple[str, str]] = field(default_factory=list)
    problems: list[FileProblem] = field(default_factory=list)


def build_index(
    corpus: Path, index_dir: Path, procs: int = 2, progress: Progress = iter
) -> BuildStats:
    """Parse every report in `corpus` into a new index generation and make it live."""
    with store.reindex_lock(index_dir) as stale:
        return _build(corpus, index_dir, None, procs, progress, stale)


def update_index(
    corpus: Path, index_dir: Path, procs: int = 2, progress: Progress = iter
) -> BuildStats:
    """Like build_index, but re-parse only files whose content changed and drop deleted ones."""
    with store.reindex_lock(index_dir) as stale:
        try:
            live, _ = store.open_live(index_dir)
        except store.IndexUnavailable:
            live = None  # nothing usable to update: build from scratch
        return _build(corpus, index_dir, live, procs, progress, stale)


def scan_corpus(corpus: Path) -> tuple[list[Path], list[FileProblem]]:
    """Report files under `corpus`, sorted; symlinked folders are not followed (no loops)."""
    if not corpus.is_dir():
        raise FileNotFoundError(f"corpus folder not found: {corpus}")
    found: list[Path] = []
    problems: list[FileProblem] = []
    for root, dirs, files in os.walk(corpus, onerror=lambda e: problems.append(_problem(e))):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root) / name
            if path.suffix.lower() in CORPUS_SUFFIXES and not name.startswith("."):
                found.append(path)
    return found, problems


def _build(
    corpus: Path,
    index_dir: Path,
    previous: Path | None,
    procs: int,
    progress: Progress,
    stale: str | None,
) -> BuildStats:
    started = time.perf_counter()
    run = _Run()
    paths, run.problems = scan_corpus(corpus)
    hashes = _hash_files(corpus, _unique_ids(paths, run.problems), run.problems)
    generation = store.new_generation(index_dir)
    if previous is None:
        index = whoosh_index.create_in(str(generation), build_schema())
        todo = hashes
    else:
        shutil.copytree(previous, generation, dirs_exist_ok=True)
        index = whoosh_index.open_dir(str(generation))
        todo = _changed_files(store.read_manifest(previous), hashes, run)
    writer = _writer(index, procs if len(todo) > 1 else 1)
    try:
        if previous is not None:
            _delete_stale(writer, store.read_manifest(previous), hashes)
        _add_reports(writer, corpus, todo, run, progress)
        writer.commit()
    except BaseException:
        writer.cancel()
        raise
    store.publish(index_dir, generation, store.new_manifest(run.files))
    return BuildStats(
        reports=len(run.files),
        sections=run.sections,
        parsed=run.parsed,
        warnings=tuple(run.warnings),
        skipped=tuple(run.problems),
        seconds=time.perf_counter() - started,
        generation=generation,
        notices=(stale,) if stale else (),
    )


def _writer(index: whoosh_index.Index, procs: int) -> IndexWriter:
    word_segmenter()  # load jieba once here, so that forked writer processes inherit it
    if procs > 1:
        _children_die_with_parent()
        return index.writer(procs=procs, multisegment=True, limitmb=WRITER_MEMORY_MB)
    return index.writer(limitmb=WRITER_MEMORY_MB)


@cache
def _children_die_with_parent() -> None:
    """Forked writer processes get SIGKILL when reindex dies: a killed run leaves no orphans."""
    if not sys.platform.startswith("linux"):
        return
    prctl = ctypes.CDLL(None, use_errno=True).prctl
    os.register_at_fork(after_in_child=lambda: prctl(PR_SET_PDEATHSIG, signal.SIGKILL))


def _add_reports(
    writer: IndexWriter,
    corpus: Path,
    todo: dict[str, tuple[Path, str]],
    run: _Run,
    progress: Progress,
) -> None:
    parser = Parser.from_data()
    by_path = {path: (relative, digest) for relative, (path, digest) in todo.items()}
    for path in progress(list(by_path)):
        relative, digest = by_path[path]
        try:
            report = parser.parse_file(path)
        except ReadError as error:
            run.problems.append(FileProblem(str(path), error.reason))
            continue
        for document in to_documents(report):
            writer.add_document(**document)
        run.files[relative] = store.SourceFile(report.report_id, digest)
        run.sections += len(report.sections)
        run.parsed += 1
        run.warnings.extend((report.report_id, warning) for warning in report.warnings)


def _changed_files(
    manifest: store.Manifest, hashes: dict[str, tuple[Path, str]], run: _Run
) -> dict[str, tuple[Path, str]]:
    """Files to parse again; unchanged ones are carried over into this run's manifest."""
    todo = {}
    for relative, (path, digest) in hashes.items():
        known = manifest.files.get(relative)
        if known is not None and known.sha256 == digest:
            run.files[relative] = known
        else:
            todo[relative] = (path, digest)
    return todo


def _delete_stale(
    writer: IndexWriter, manifest: store.Manifest, hashes: dict[str, tuple[Path, str]]
) -> None:
    """Remove the documents of files that changed or disappeared since the previous build."""
    for relative, known in manifest.files.items():
        current = hashes.get(relative)
        if current is None or current[1] != known.sha256:
            writer.delete_by_term(REPORT_ID, known.report_id)


def _unique_ids(paths: list[Path], problems: list[FileProblem]) -> list[Path]:
    """The first file of each report id; later files with the same id are reported and skipped."""
    first: dict[str, Path] = {}
    for path in paths:
        report_id = report_id_for(path)
        if report_id in first:
            problems.append(
                FileProblem(
                    str(path), f"duplicate report id {report_id!r} (also {first[report_id]})"
                )
            )
        else:
            first[report_id] = path
    return list(first.values())


def _hash_files(
    corpus: Path, paths: list[Path], problems: list[FileProblem]
) -> dict[str, tuple[Path, str]]:
    hashes = {}
    for path in paths:
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError as error:
            problems.append(_problem(error, path))
            continue
        hashes[path.relative_to(corpus).as_posix()] = (path, digest)
    return hashes


def _problem(error: OSError, path: Path | None = None) -> FileProblem:
    where = path if path is not None else error.filename
    return FileProblem(str(where), error.strerror or str(error))
