"""Segments written from our posting arrays are the segments Whoosh's own writer writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh import index as whoosh_index

from indexer.parsing.pipeline import Parser
from indexer.schema import BODY, CHARS, HEADING, build_schema, to_documents
from indexer.writing.segments import ArraysSegmentWriter


def _documents(corpus: Path) -> list[dict]:
    parser = Parser.from_data()
    paths = sorted(corpus.glob("*.txt"))
    return [document for path in paths for document in to_documents(parser.parse_file(path))]


def _whoosh_index(folder: Path, documents: list[dict]):
    writer = whoosh_index.create_in(str(folder), build_schema()).writer()
    for document in documents:
        writer.add_document(**document)
    writer.commit()
    return whoosh_index.open_dir(str(folder))


def _our_index(folder: Path, documents: list[dict]):
    writer = ArraysSegmentWriter(whoosh_index.create_in(str(folder), build_schema()))
    for document in documents:
        writer.add_document(**document)
    segment = writer.finish(folder)
    writer._commit_toc([segment])
    writer._finish()
    return whoosh_index.open_dir(str(folder))


def _postings(reader, field: str, term: bytes) -> list[tuple]:
    matcher, found = reader.postings(field, term), []
    while matcher.is_active():
        found.append((matcher.id(), matcher.weight(), matcher.value()))
        matcher.next()
    return found


def _statistics(reader, field: str, term: bytes) -> tuple:
    info = reader.term_info(field, term)
    return (
        info.weight(), info.doc_frequency(), info.min_length(), info.max_length(),
        info.max_weight(), info.min_id(), info.max_id(),
    )  # fmt: skip


@pytest.fixture(scope="module")
def readers(corpus_dir, tmp_path_factory):
    documents = _documents(corpus_dir) * 3  # common terms then span several blocks of postings
    theirs = _whoosh_index(tmp_path_factory.mktemp("whoosh"), documents).reader()
    ours = _our_index(tmp_path_factory.mktemp("ours"), documents).reader()
    yield theirs, ours
    theirs.close()
    ours.close()


def test_every_term_has_the_same_postings_and_statistics(readers):
    theirs, ours = readers
    terms = list(theirs.all_terms())
    assert list(ours.all_terms()) == terms
    assert {field for field, _ in terms} >= {BODY, HEADING, CHARS}
    for field, term in terms:
        assert _postings(ours, field, term) == _postings(theirs, field, term), (field, term)
        assert _statistics(ours, field, term) == _statistics(theirs, field, term), (field, term)


def test_documents_have_the_same_stored_fields_and_lengths(readers):
    theirs, ours = readers
    assert ours.doc_count_all() == theirs.doc_count_all() > 0
    for docnum in range(theirs.doc_count_all()):
        assert ours.stored_fields(docnum) == theirs.stored_fields(docnum)
        for field in (BODY, HEADING, CHARS):
            assert ours.doc_field_length(docnum, field) == theirs.doc_field_length(docnum, field)
    for field in (BODY, HEADING, CHARS):
        assert ours.field_length(field) == theirs.field_length(field)
        assert ours.max_field_length(field) == theirs.max_field_length(field)


def test_a_term_longer_than_a_block_spans_several_blocks(readers):
    theirs, ours = readers
    common = [(f, t) for f, t in theirs.all_terms() if theirs.doc_frequency(f, t) > 128]
    assert {field for field, _ in common} >= {BODY, CHARS}
    for field, term in common:
        assert _postings(ours, field, term) == _postings(theirs, field, term)
