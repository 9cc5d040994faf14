"""Metadata accuracy on 108 real report pages and 47 near misses, labelled by hand.

The floors are the measured counts (BENCHMARKS.md, "Metadata on real pages"): a change that loses
a field on any page fails here; one that gains should raise the floor.
"""

from __future__ import annotations

import pytest

from bench.metadata_eval import FIELDS, evaluate, load_labels
from indexer.parse import Parser

FLOORS = {"region": 102, "level": 108, "province": 103, "city": 106, "year": 108, "published": 108}
NEAR_MISSES_FLAGGED = 46


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser.from_data()


@pytest.fixture(scope="module")
def with_url(parser):
    return evaluate(parser, with_url=True)


def test_the_set_is_what_it_claims():
    pages = load_labels()
    reports = [p for p in pages if not p.near_miss]
    assert len(reports) >= 100 and len(pages) - len(reports) >= 15
    assert len({p.expected["province"] for p in reports}) >= 28
    assert {p.expected["level"] for p in reports} >= {"province", "city", "county", "department"}
    years = {p.expected["year"] for p in reports}
    assert min(years) <= 2016 and max(years) >= 2024
    assert all(p.url.startswith(("http://", "https://")) for p in pages)


@pytest.mark.parametrize("field", FIELDS)
def test_field_accuracy_holds(with_url, field):
    wrong = [m for m in with_url.mismatches if m.field == field]
    assert with_url.right[field] >= FLOORS[field], wrong


@pytest.mark.parametrize("source", ["with-url", "without-url"])
def test_wrong_places_at_most_one_percent(parser, with_url, source):
    result = with_url if source == "with-url" else evaluate(parser, with_url=False)
    for field in ("province", "city", "region"):
        assert result.wrong_rate(field) <= 0.01, [m for m in result.mismatches if m.field == field]


def test_near_misses_are_flagged_and_reports_are_not(with_url):
    assert with_url.near_misses_flagged >= NEAR_MISSES_FLAGGED, with_url.flags
    assert with_url.reports_flagged == 0, with_url.flags
