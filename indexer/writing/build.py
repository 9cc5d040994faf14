"""Build the index from a corpus folder: scan -> parse -> documents -> new generation -> publish."""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.codec.base import Segment
from whoosh.writing import SegmentWriter

from indexer.parsing.files import CORPUS_SUFFIXES, ReadError, read_bytes, unreadable_reason
from indexer.parsing.pipeline import MAX_REPORT_ID_LENGTH, report_id_for
from indexer.parsing.provenance import sidecar_sha256, with_sidecar
from indexer.schema import REPORT_ID, build_schema
from indexer.writing import store
from indexer.writing.corpus_views import StoredCorpus, ViewVocabularies, write_generation_views
from indexer.writing.derived import write_generation_arrays
from indexer.writing.segments import Job, Outcome, Skipped, write_segments

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
    """Report files under `corpus`, sorted: regular files below it, with UTF-8 names, small enough
    to read (checked on their status, before any byte is read); every other candidate is a
    problem. Symlinked folders are not followed (no loops); symlinked files only within `corpus`."""
    if not corpus.is_dir():
        raise FileNotFoundError(f"corpus folder not found: {corpus}")
    root = corpus.resolve()
    found: list[Path] = []
    problems: list[FileProblem] = []
    for folder, dirs, files in os.walk(corpus, onerror=lambda e: problems.append(_problem(e))):
        for name in [d for d in dirs if not d.startswith(".") and not _is_utf8(d)]:
            problems.append(FileProblem(shown(Path(folder) / name), NOT_UTF8))
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and _is_utf8(d))
        for name in sorted(files):
            path = Path(folder) / name
            if path.suffix.lower() in CORPUS_SUFFIXES:
                problem = _unreadable(path, root)
                if problem is None:
                    found.append(path)
                else:
                    problems.append(problem)
    return found, problems


NOT_UTF8 = "file name is not valid UTF-8 (rename it to index it)"
HIDDEN = "hidden file (its name starts with a dot; rename it to index it)"


def shown(path: Path | str) -> str:
    """A path fit to print: when it is not UTF-8, its non-ASCII bytes escaped (\\xb9\\xe3)."""
    text = str(path)
    return text if _is_utf8(text) else os.fsencode(text).decode("ascii", "backslashreplace")


def _is_utf8(name: str) -> bool:
    """False for a name whose bytes are not UTF-8 (Python holds them as lone surrogates)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _unreadable(path: Path, root: Path) -> FileProblem | None:
    """Why `path` is not indexed (see scan_corpus), or None; reads no byte of it."""
    if path.name.startswith("."):
        return FileProblem(shown(path), HIDDEN)
    if not _is_utf8(path.name):
        return FileProblem(shown(path), NOT_UTF8)
    if len(report_id_for(path)) > MAX_REPORT_ID_LENGTH:
        return FileProblem(
            str(path), f"name too long for a report id (over {MAX_REPORT_ID_LENGTH})"
        )
    try:
        status = path.stat()
        target = path.resolve(strict=True) if path.is_symlink() else None
    except OSError as error:
        return _problem(error, path)
    except RuntimeError:  # a symlink loop, as Python 3.11's resolve() reports it
        return FileProblem(str(path), "symbolic link loop")
    if target is not None and not target.is_relative_to(root):
        return FileProblem(str(path), "symbolic link to a file outside the corpus")
    reason = unreadable_reason(status)
    return None if reason is None else FileProblem(str(path), reason)


def _build(
    corpus: Path,
    index_dir: Path,
    previous: Path | None,
    procs: int,
    progress: Progress,
    stale: str | None,
) -> BuildStats:
    started = time.perf_counter()
    store.remove_half_built(index_dir)  # we hold the lock: no other run is building them
    run = _Run()
    paths, run.problems = scan_corpus(corpus)
    unique = _unique_ids(paths, run.problems)
    manifest = store.read_manifest(previous) if previous is not None else None
    if manifest is None:  # a full build: each worker reads and hashes its files, once
        hashes = {path.relative_to(corpus).as_posix(): (path, "") for path in unique}
    else:  # an update compares every file's hash with the manifest's first
        hashes = _hash_files(corpus, unique, run.problems)
        if previous is not None and _corpus_unchanged(manifest, hashes):
            run.files = dict(manifest.files)  # nothing to do: the live generation stays
            return _stats(run, started, previous, stale)
    generation = store.new_generation(index_dir)
    try:
        _write_generation(generation, previous, manifest, hashes, run, procs, progress)
        store.publish(index_dir, generation, store.new_manifest(run.files))
    except BaseException:  # a full disk must not stay full of a generation no one will use
        if store.live_generation(index_dir) != generation:
            shutil.rmtree(generation, ignore_errors=True)
        raise
    return _stats(run, started, generation, stale)


def _write_generation(
    generation: Path,
    previous: Path | None,
    manifest: store.Manifest | None,
    hashes: dict[str, tuple[Path, str]],
    run: _Run,
    procs: int,
    progress: Progress,
) -> None:
    if previous is None or manifest is None:
        writer = whoosh_index.create_in(str(generation), build_schema()).writer()
        todo = hashes
    else:
        shutil.copytree(previous, generation, dirs_exist_ok=True)
        index = whoosh_index.open_dir(str(generation))
        dropped = _segments_holding(index, _stale_ids(manifest, hashes))
        todo = _changed_files(manifest, hashes, run, dropped.report_ids)
        writer = index.writer()
        writer.mergetype = dropped.merge_policy  # applied by the commit in write_segments
    jobs = [Job(relative, str(path), digest) for relative, (path, digest) in todo.items()]
    write_segments(writer, jobs, procs, _on_outcome(run, progress(len(jobs))))
    write_derived(generation, ViewVocabularies.from_data())


def write_derived(generation: Path, vocabularies: ViewVocabularies) -> None:
    """After the commit: `generation.arrays` and `generation.views`, from one pass over the
    stored reports (each read and decoded once; the cards in the arrays are those the views
    were computed from)."""
    with store.open_generation(generation).searcher() as searcher:
        corpus = StoredCorpus.read(searcher, vocabularies)
        write_generation_arrays(generation, searcher, corpus.cards_json)
    write_generation_views(generation, corpus)


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
    manifest: store.Manifest,
    hashes: dict[str, tuple[Path, str]],
    run: _Run,
    reparse: frozenset[str],
) -> dict[str, tuple[Path, str]]:
    """Files to parse again (changed, new, or in `reparse`); the others are carried over into
    this run's manifest."""
    todo = {}
    for relative, (path, digest) in hashes.items():
        known = manifest.files.get(relative)
        if known is not None and known.sha256 == digest and known.report_id not in reparse:
            run.files[relative] = known
        else:
            todo[relative] = (path, digest)
    return todo


def _stale_ids(manifest: store.Manifest, hashes: dict[str, tuple[Path, str]]) -> set[str]:
    """Report ids of the files that changed or disappeared since the previous build."""
    return {
        known.report_id
        for relative, known in manifest.files.items()
        if relative not in hashes or hashes[relative][1] != known.sha256
    }


@dataclass(frozen=True, slots=True)
class _Dropped:
    """Segments of the previous generation that hold a stale report: they are dropped whole and
    their reports parsed again. Deleting documents inside a segment would not do: deleted
    documents still count in its statistics (document frequencies, field lengths), and copying a
    segment without them rounds its documents' lengths, so scores would differ from a full
    build's; untouched and new segments carry exact statistics."""

    segment_ids: frozenset[str]
    report_ids: frozenset[str]

    def merge_policy(self, writer: SegmentWriter, segments: list[Segment]) -> list[Segment]:
        return [s for s in segments if s.segment_id() not in self.segment_ids]


def _segments_holding(index: whoosh_index.Index, stale: set[str]) -> _Dropped:
    segment_ids, report_ids = set(), set()
    with index.reader() as reader:
        for leaf, _ in reader.leaf_readers():
            ids = set(leaf.field_terms(REPORT_ID))
            if ids & stale:
                segment_ids.add(leaf.segment().segment_id())
                report_ids |= ids
    return _Dropped(frozenset(segment_ids), frozenset(report_ids))


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
                hashlib.sha256(read_bytes(path)).hexdigest(), sidecar_sha256(path)
            )
        except ReadError as error:
            problems.append(FileProblem(str(path), error.reason))
            continue
        hashes[path.relative_to(corpus).as_posix()] = (path, digest)
    return hashes


def _problem(error: OSError, path: Path | None = None) -> FileProblem:
    where = path if path is not None else error.filename
    return FileProblem(shown(where), error.strerror or str(error))
