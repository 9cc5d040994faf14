"""The query language: words AND by default, "phrases", OR, -exclusions.

`parse_query` is the one place a query is normalised and segmented: every later step (matching,
ranking, highlighting, the indicators a query names) reads the `ParsedQuery`, never the raw text.
Every term matches where its characters occur in a section (the bigram field: segmentation never
costs recall); an unquoted term also matches its jieba words anywhere in the section, ranked below
sections that hold the whole term (matching.py, search.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from indexer.analysis import bigrams, is_word_char, segment, subword_cover
from indexer.normalize import normalize

MAX_QUERY_LENGTH = 200


@dataclass(frozen=True, slots=True)
class QueryBudget:
    """The most work one query may ask for: every term is a postings scan and a highlight pass,
    a single character's postings cover most sections. Measured in BENCHMARKS.md (query budget)."""

    terms: int = 12  # positive terms, OR alternatives included
    alternatives: int = 6  # terms joined by OR into one group
    exclusions: int = 6
    phrases: int = 6  # quoted terms, positive or excluded
    single_characters: int = 3  # one-character terms, positive or excluded


BUDGET = QueryBudget()

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')


class QueryError(ValueError):
    """A query that cannot be searched; the message is for the user."""


@dataclass(frozen=True, slots=True)
class Term:
    text: str  # normalised
    quoted: bool
    negated: bool
    # Derived from `text` by make_term (so not compared): its jieba words and character bigrams,
    # as the word and bigram fields indexed them.
    words: tuple[str, ...] = field(default=(), compare=False)
    grams: tuple[str, ...] = field(default=(), compare=False)


def make_term(text: str, quoted: bool, negated: bool) -> Term:
    """A term of normalised `text`, segmented once."""
    words = tuple(word for word, _, _ in segment(text))
    grams = tuple(gram for gram, _, _ in bigrams(text))
    return Term(text, quoted, negated, words, grams)


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    groups: tuple[tuple[Term, ...], ...]  # AND of groups, each an OR of terms
    excluded: tuple[Term, ...]

    def positive_terms(self) -> tuple[Term, ...]:
        return tuple(term for group in self.groups for term in group)

    def positive_words(self) -> tuple[str, ...]:
        """The positive terms' texts split at spaces (a quoted `"复议 纠错率"` holds two)."""
        return tuple(word for term in self.positive_terms() for word in term.text.split())


def parse_query(text: str) -> ParsedQuery:
    if len(text) > MAX_QUERY_LENGTH:
        raise QueryError(f"查询过长（最多 {MAX_QUERY_LENGTH} 个字符）")
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    join_next = False
    for term in _terms(normalize(text)):
        if term is None:  # OR between two terms
            join_next = bool(groups)
            continue
        if term.negated:
            excluded.append(term)
        elif join_next:
            groups[-1].append(term)
        else:
            groups.append([term])
        join_next = False
    parsed = ParsedQuery(tuple(tuple(g) for g in groups), tuple(excluded))
    check_budget(parsed, BUDGET)
    return parsed


def check_budget(parsed: ParsedQuery, budget: QueryBudget) -> None:
    """QueryError, naming the limit, for a query that asks for more work than `budget`."""
    every = (*parsed.positive_terms(), *parsed.excluded)
    counts = (
        (len(parsed.positive_terms()), budget.terms, "个检索词"),
        (max((len(g) for g in parsed.groups), default=0), budget.alternatives, "个 OR 并列词"),
        (len(parsed.excluded), budget.exclusions, "个排除词（-）"),
        (sum(term.quoted for term in every), budget.phrases, "个引号短语"),
        (sum(len(term.text) == 1 for term in every), budget.single_characters, "个单字检索词"),
    )
    for count, limit, what in counts:
        if count > limit:
            raise QueryError(f"查询过于复杂：最多 {limit} {what}，收到 {count} 个，请精简后再试")


def _terms(text: str) -> Iterator[Term | None]:
    for match in _TOKEN.finditer(text):
        negated, phrase, word = match.group(1), match.group(2), match.group(3)
        if word is not None and word.upper() == "OR":
            yield None
            continue
        quoted = phrase is not None
        value = phrase if quoted else word
        is_negated = bool(negated) or (not quoted and value.startswith("-") and len(value) > 1)
        value = value.lstrip("-") if is_negated and not quoted else value
        if any(is_word_char(c) for c in value):
            yield make_term(value, quoted, is_negated)


def highlighted_strings(parsed: ParsedQuery) -> tuple[str, ...]:
    """What to mark in a match: each term, and the words an unquoted term may match by (not the
    parts of a single compound: marking every 行政 for 行政复议 would be noise)."""
    found: dict[str, None] = {}
    for term in parsed.positive_terms():
        found[term.text] = None
        if not term.quoted:
            found.update(dict.fromkeys(term.words))
    return tuple(found)


def scoring_words(parsed: ParsedQuery) -> tuple[str, ...]:
    """What ranks the matches (BM25F, ranking.py): the words of the positive terms, and the parts
    of a dictionary compound. Matching itself is exact and set-based (matching.py)."""
    return tuple(dict.fromkeys(w for term in parsed.positive_terms() for w in _scoring_words(term)))


def _scoring_words(term: Term) -> list[str]:
    words = list(term.words)
    return words + (subword_cover(words[0]) if len(words) == 1 else [])
