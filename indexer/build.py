"""Build the index from a corpus folder: scan -> parse -> documents -> new generation -> publish."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import index as whoosh_index

from indexer import store
from indexer.derived import write_generation_arrays
from indexer.parse import report_id_for
from indexer.provenance import sidecar_sha256, with_sidecar
from indexer.schema import REPORT_ID, build_schema
from indexer.segments import Job, Outcome, Skipped, write_segments

CORPUS_SUFFIXES = (".txt", ".html", ".htm")

# Given the number of files to parse, returns what to call after each one (a progress bar's tick).
Progress = Callable[[int], Callable[[], None]]


def no_progress(total: int) -> Callable[[], None]:
    return lambda: None


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
    corpus: Path, index_dir: Path, procs: int = 2, progress: Progress = no_progress
) -> BuildStats:
    """Parse every report in `corpus` into a new index generation and make it live."""
    with store.reindex_lock(index_dir) as stale:
        return _build(corpus, index_dir, None, procs, progress, stale)


def update_index(
    corpus: Path, index_dir: Path, procs: int = 2, progress: Progress = no_progress
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
                problem = _irregular(path)
                if problem is None:
                    found.append(path)
                else:
                    problems.append(problem)
    return found, problems


def _irregular(path: Path) -> FileProblem | None:
    """Why `path` cannot be read as a file (a FIFO blocks readers, a symlink may loop), or None."""
    try:
        regular = stat.S_ISREG(path.stat().st_mode)
    except OSError as error:
        return _problem(error, path)
    return None if regular else FileProblem(str(path), "not a regular file")


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
    manifest = store.read_manifest(previous) if previous is not None else None
    if manifest is not None and _corpus_unchanged(manifest, hashes):
        run.files = dict(manifest.files)  # nothing to do: the live generation stays
        return _stats(run, started, previous, stale)
    generation = store.new_generation(index_dir)
    if previous is None or manifest is None:
        writer = whoosh_index.create_in(str(generation), build_schema()).writer()
        todo = hashes
    else:
        shutil.copytree(previous, generation, dirs_exist_ok=True)
        writer = whoosh_index.open_dir(str(generation)).writer()
        todo = _changed_files(manifest, hashes, run)
        _delete_stale(writer, manifest, hashes)
    jobs = [Job(relative, str(path), digest) for relative, (path, digest) in todo.items()]
    write_segments(writer, jobs, procs, _on_outcome(run, progress(len(jobs))))
    with whoosh_index.open_dir(str(generation)).searcher() as searcher:
        write_generation_arrays(generation, searcher)
    store.publish(index_dir, generation, store.new_manifest(run.files))
    return _stats(run, started, generation, stale)


def _corpus_unchanged(manifest: store.Manifest, hashes: dict[str, tuple[Path, str]]) -> bool:
    """Every file the index was built from is there with the same content, and no other."""
    built_from = {relative: known.sha256 for relative, known in manifest.files.items()}
    return built_from == {relative: digest for relative, (_, digest) in hashes.items()}


def _stats(run: _Run, started: float, generation: Path, stale: str | None) -> BuildStats:
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


def _on_outcome(run: _Run, tick: Callable[[], None]) -> Callable[[Outcome], None]:
    def record(outcome: Outcome) -> None:
        if isinstance(outcome, Skipped):
            run.problems.append(FileProblem(outcome.job.path, outcome.reason))
        else:
            job = outcome.job
            run.files[job.relative] = store.SourceFile(outcome.report_id, outcome.sha256)
            run.sections += outcome.sections
            run.parsed += 1
            run.warnings.extend((outcome.report_id, w) for w in outcome.warnings)
        tick()

    return record


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


def _delete_stale(writer, manifest: store.Manifest, hashes: dict[str, tuple[Path, str]]) -> None:
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
            digest = with_sidecar(
                hashlib.sha256(path.read_bytes()).hexdigest(), sidecar_sha256(path)
            )
        except OSError as error:
            problems.append(_problem(error, path))
            continue
        hashes[path.relative_to(corpus).as_posix()] = (path, digest)
    return hashes


def _problem(error: OSError, path: Path | None = None) -> FileProblem:
    where = path if path is not None else error.filename
    return FileProblem(str(where), error.strerror or str(error))
