"""Segmentation never costs recall: any substring of a section finds that section (in an index
built by the real build_index, through the same matching the search uses)."""

from __future__ import annotations

import random

import numpy as np
import opencc
import pytest

from indexer.normalize import normalize
from indexer.querying.matching import match_set
from indexer.querying.query_language import parse_query
from indexer.schema import DOC_ID, section_doc_id

SAMPLES_PER_SECTION = 40
SEED = 20261122


def substrings(snapshot) -> list[tuple[str, str]]:
    """(doc id, substring of 2-8 characters) drawn with a fixed seed from every section."""
    rng = random.Random(SEED)
    drawn = []
    for report_id in sorted(snapshot.report_ids()):
        for section in snapshot.report_json(report_id)["sections"]:
            text = section["text"]
            for _ in range(SAMPLES_PER_SECTION if len(text) >= 8 else 0):
                size = rng.randint(2, 8)
                start = rng.randrange(0, len(text) - size + 1)
                piece = text[start : start + size]
                if _searchable(piece):
                    drawn.append((section_doc_id(report_id, section["id"]), piece))
    return drawn


def _searchable(piece: str) -> bool:
    """Leave out what the query language gives a meaning to (quotes, a leading minus, OR)."""
    folded = normalize(piece)
    words = folded.split()
    return (
        any(c.isalnum() for c in folded)
        and '"' not in folded
        and not any(w.startswith("-") or w.upper() == "OR" for w in words)
    )


def found_in(snapshot, query_text: str) -> set[str]:
    searcher = snapshot.searcher()
    matched = np.flatnonzero(match_set(snapshot, parse_query(query_text)))
    return {searcher.stored_fields(int(d))[DOC_ID] for d in matched}


@pytest.fixture(scope="module")
def drawn(snapshot):
    pieces = substrings(snapshot)
    assert len(pieces) > 2000
    return pieces


@pytest.mark.parametrize("quoted", [True, False], ids=["quoted", "unquoted"])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_every_substring_finds_its_section(snapshot, drawn, quoted, script):
    convert = opencc.OpenCC("s2t").convert if script == "traditional" else str
    missed = []
    for doc_id, piece in drawn:
        text = convert(piece)
        query = f'"{text}"' if quoted else text
        if doc_id not in found_in(snapshot, query):
            missed.append((doc_id, query))
    assert missed == []


def test_drawn_substrings_include_ones_that_cross_word_boundaries(drawn):
    from indexer.analysis import query_words

    crossing = [p for _, p in drawn if len(query_words(p)) > 1 and len(p) <= 4]
    assert len(crossing) > 200


@pytest.mark.parametrize(
    ("text", "quoted"), [("法", False), ("复", True), ("8", False), ("。诉", True)]
)
def test_a_phrase_finds_exactly_the_sections_that_hold_it(snapshot, text, quoted):
    """Not only no misses: no extra sections either (one character, a bigram across punctuation)."""
    from indexer.analysis import word_chars

    needle = word_chars(normalize(text))
    holding = {
        section_doc_id(report_id, section["id"])
        for report_id in snapshot.report_ids()
        for section in snapshot.report_json(report_id)["sections"]
        if needle in word_chars(normalize(f"{section['heading']}\n{section['text']}"))
    }
    query = f'"{text}"' if quoted else text
    assert holding and found_in(snapshot, query) >= holding
    if quoted or len(needle) == 1:
        assert found_in(snapshot, query) == holding
