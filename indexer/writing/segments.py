"""Write one index generation with several processes, each parsing its share of the corpus.

Whoosh's own multiprocessing writer analyses in workers but parses nothing: the parent would read,
clean and parse every report alone. Here each worker process does the whole pipeline for the files
it takes from a queue (parse -> documents -> analysis -> its own segment), and the parent only joins
the finished segments into the index's table of contents: no posting is copied twice.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from multiprocessing.queues import Queue
from pathlib import Path
from typing import Any, Literal

import numpy as np
from whoosh import index as whoosh_index
from whoosh.codec.base import Segment
from whoosh.fields import FieldType
from whoosh.writing import SegmentWriter

from indexer.analysis import (
    BigramTokenizer,
    WordExpansions,
    WordTokenizer,
    index_words,
    letter_bigrams,
    word_chars,
)
from indexer.normalize import normalize
from indexer.parsing.files import ReadError, read_document
from indexer.parsing.pipeline import Parser, report_id_for
from indexer.parsing.provenance import read_sidecar, with_sidecar
from indexer.schema import CHARS, Document, to_documents
from indexer.writing.derived import LENGTH_FIELDS, POSTING_FIELDS, SegmentCollector, segment_file
from indexer.writing.postings import (
    CountedPostings,
    ItemPostings,
    counted_boost,
    stored_lengths,
    write_field,
)

REPORTS_PER_SEGMENT = 1000  # a worker peaks near 1 GB; fewer, larger segments answer faster
PR_SET_PDEATHSIG = 1  # linux/prctl.h


@dataclass(frozen=True, slots=True)
class Job:
    relative: str  # path in the corpus, the manifest's key
    path: str
    sha256: str  # as an update hashed it before parsing ("" in a full build)


@dataclass(frozen=True, slots=True)
class Indexed:
    job: Job
    sha256: str  # of the bytes parsed: the file may have changed since the job's hash
    report_id: str
    sections: int
    warnings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Skipped:
    job: Job
    reason: str


Outcome = Indexed | Skipped
# What a worker tells the parent: one file's outcome, a finished segment, done, or why it failed.
WorkerMessage = (
    tuple[Literal["outcome"], Outcome]
    | tuple[Literal["segment"], Segment]
    | tuple[Literal["done"], None]
    | tuple[Literal["failed"], str]
)


def write_segments(
    writer: SegmentWriter,
    jobs: list[Job],
    procs: int,
    on_outcome: Callable[[Outcome], None],
) -> None:
    """Index `jobs` in `procs` worker processes and commit them through `writer` (which holds the
    index lock and may carry deletions); cancels the writer if anything fails."""
    context = multiprocessing.get_context("fork")
    queue, outcomes = context.Queue(), context.Queue()
    folder = writer.storage.folder
    workers = [
        context.Process(target=_work, args=(folder, queue, outcomes), daemon=True)
        for _ in range(max(1, min(procs, len(jobs))))
    ]
    _children_die_with_parent()
    try:
        for worker in workers:
            worker.start()
        for job in [*jobs, *[None] * len(workers)]:
            queue.put(job)
        segments = _collect(outcomes, len(workers), on_outcome)
        for worker in workers:
            worker.join()
        _commit(writer, segments)
    except BaseException:
        for worker in workers:
            if worker.is_alive():
                worker.terminate()
        for pending in (queue, outcomes):  # unsent jobs must not hold the process at exit
            pending.cancel_join_thread()
            pending.close()
        writer.cancel()
        raise


def _collect(
    outcomes: Queue[WorkerMessage], workers: int, on_outcome: Callable[[Outcome], None]
) -> list[Segment]:
    segments: list[Segment] = []
    finished = 0
    while finished < workers:
        message = outcomes.get()
        if message[0] == "segment":
            segments.append(message[1])
        elif message[0] == "done":
            finished += 1
        elif message[0] == "failed":
            raise RuntimeError(f"an index worker failed: {message[1]}")
        else:
            on_outcome(message[1])
    return segments


def _commit(writer: SegmentWriter, segments: Iterable[Segment]) -> None:
    """What whoosh.multiproc.MpWriter does for multisegment=True: keep the workers' segments."""
    final = writer._merge_segments(None, False, None)
    final.extend(segments)
    if writer._added:
        final.append(writer._finalize_segment())
    else:
        writer._close_segment()
    writer._commit_toc(final)
    writer._finish()


def _work(folder: str, queue: Queue[Job | None], outcomes: Queue[WorkerMessage]) -> None:
    """A worker process: parse and index jobs until None, handing back a segment every
    REPORTS_PER_SEGMENT reports (its postings arrays bound its memory), then "done"."""
    try:
        index = whoosh_index.open_dir(folder)
        parser = Parser.from_data()
        writer = _segment_writer(index)
        written = 0
        while (job := queue.get()) is not None:
            outcomes.put(("outcome", _index_one(parser, writer, job)))
            written += 1
            if written % REPORTS_PER_SEGMENT == 0:
                outcomes.put(("segment", writer.finish(Path(folder))))
                writer = _segment_writer(index)
        if writer._added:
            outcomes.put(("segment", writer.finish(Path(folder))))
        else:
            writer._close_segment()
        outcomes.put(("done", None))
    except BaseException as error:  # the parent must hear of it, or it would wait forever
        outcomes.put(("failed", repr(error)))


# whoosh ships no type information, so its SegmentWriter is Any to mypy: nothing to check against.
class ArraysSegmentWriter(SegmentWriter):  # type: ignore[misc]
    """A writer of one new segment that also writes the segment's arrays (derived.py) beside it;
    the parent holds the index lock for all of them.

    Documents are added as Whoosh's SegmentWriter adds them (stored fields, lengths, the same
    postings), except that postings are kept as arrays (postings.py) instead of Whoosh's pool of
    tuples, and text is analysed once, without Token objects (analysis.index_words)."""

    def __init__(self, index: whoosh_index.Index) -> None:
        super().__init__(index, _lk=False)
        self.collector = SegmentCollector()
        self._expansions = WordExpansions()
        self._counted: dict[str, CountedPostings] = {}  # fields our tokenizers analyse
        self._items: dict[str, ItemPostings] = {}  # the others
        self._lengths: dict[str, tuple[array[int], array[int]]] = {}  # field -> documents, lengths

    def add_document(self, **fields: Any) -> None:
        self._check_state()
        names = sorted(fields)
        self._check_fields(self.schema, names)
        docnum, perdoc = self.docnum, self.perdocwriter
        letters: dict[str, str] = {}
        perdoc.start_doc(docnum)
        try:
            for name in names:
                value, field = fields[name], self.schema[name]
                if value is None:
                    continue
                length = self._index(docnum, name, field, value, letters) if field.indexed else 0
                perdoc.add_field(name, field, value if field.stored else None, length)
                if field.column_type:
                    perdoc.add_column_value(name, field.column_type, field.to_column_value(value))
        except Exception:
            perdoc.cancel_doc()
            raise
        perdoc.finish_doc()
        self._added = True
        self.docnum += 1
        self.collector.add(fields, letters.get(CHARS))

    def _index(
        self, docnum: int, name: str, field: FieldType, value: Any, letters: dict[str, str]
    ) -> int:
        """Add one field's postings; returns the length Whoosh stores for it."""
        boost = counted_boost(field)
        tokens = None if boost is None else self._tokens(name, field, value, letters)
        if boost is None or tokens is None:
            items = list(field.index(value))
            self._items.setdefault(name, ItemPostings()).add(docnum, items)
            length = sum(freq for _, freq, _, _ in items) if field.scorable else 0
        else:
            self._counted.setdefault(name, CountedPostings(boost)).add(docnum, tokens)
            length = len(tokens) if field.scorable else 0
        if length:
            documents, lengths = self._lengths.setdefault(name, (array("i"), array("i")))
            documents.append(docnum)
            lengths.append(length)
        return length

    def _tokens(
        self, name: str, field: FieldType, value: Any, letters: dict[str, str]
    ) -> list[str] | None:
        """The field's index tokens when its analyzer is ours (None for any other field)."""
        if not isinstance(field.analyzer, WordTokenizer | BigramTokenizer):
            return None
        if not isinstance(value, str):
            return [str(part) for part in value]  # Whoosh indexes a list's strings as they are
        if isinstance(field.analyzer, WordTokenizer):
            return index_words(normalize(value), self._expansions)
        letters[name] = word_chars(normalize(value))
        return letter_bigrams(letters[name])

    def finish(self, folder: Path) -> Any:
        """Write the segment and its arrays; returns the segment for the parent's commit."""
        segment = self._finalize_segment()
        self.collector.write(segment_file(folder, segment.segment_id()))
        return segment

    def _flush_segment(self) -> None:
        # Whoosh's own, with our postings instead of the pool's, shared with the collector.
        self.perdocwriter.close()
        count = self.perdocwriter._doccount
        lengths = {name: self._stored_lengths(name, count) for name in self._lengths}
        for name in sorted(self._counted.keys() | self._items.keys()):
            postings = (self._counted.pop(name, None) or self._items.pop(name)).sorted()
            if name in POSTING_FIELDS:
                self.collector.take(name, postings)
            write_field(self.fieldwriter, name, self.schema[name], postings, lengths.get(name))
        self.fieldwriter.close()
        empty = np.zeros(count, dtype=np.int32)
        self.collector.lengths = {field: lengths.get(field, empty) for field in LENGTH_FIELDS}

    def _stored_lengths(self, name: str, count: int) -> np.ndarray:
        documents, lengths = self._lengths[name]
        full = np.zeros(count, dtype=np.int64)
        full[np.frombuffer(documents, dtype=np.int32)] = np.frombuffer(lengths, dtype=np.int32)
        return stored_lengths(full)


def _segment_writer(index: whoosh_index.Index) -> ArraysSegmentWriter:
    return ArraysSegmentWriter(index)


def _index_one(parser: Parser, writer: ArraysSegmentWriter, job: Job) -> Outcome:
    path = Path(job.path)
    try:
        raw = read_document(path)
        sidecar = read_sidecar(path)
        report = parser.parse_document(report_id_for(path), raw, sidecar)
        documents = _writable(to_documents(report))
    except ReadError as error:
        return Skipped(job, error.reason)
    except Exception as error:  # a parser bug must cost one file, not the whole index
        return Skipped(job, f"internal parser error, please report it: {error!r}")
    for document in documents:
        writer.add_document(**document)
    return Indexed(
        job,
        with_sidecar(raw.sha256, sidecar.sha256),
        report.report_id,
        len(report.sections),
        report.warnings,
    )


def _writable(documents: Iterable[Document]) -> list[Document]:
    """All of a report's documents, built before any is added (a segment cannot take back half a
    report), with every text encodable as the index stores it."""
    documents = list(documents)
    for document in documents:
        for value in document.values():
            if isinstance(value, str):
                value.encode("utf-8")  # UnicodeEncodeError: a lone surrogate
    return documents


@cache
def _children_die_with_parent() -> None:
    """Forked workers get SIGKILL when reindex dies: a killed run leaves no orphans behind."""
    if not sys.platform.startswith("linux"):
        return
    prctl = ctypes.CDLL(None, use_errno=True).prctl
    os.register_at_fork(after_in_child=lambda: prctl(PR_SET_PDEATHSIG, signal.SIGKILL))
