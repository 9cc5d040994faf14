"""The query language: words AND by default, "phrases", OR, -exclusions; compiled to Whoosh queries.

Every term matches where its characters occur in a section (the bigram field: segmentation never
costs recall); an unquoted term also matches its jieba words anywhere in the section, ranked below
sections that hold the whole term.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from whoosh import query as wq

from indexer.analysis import is_word_char, query_bigrams, query_words, subword_cover
from indexer.normalize import normalize
from indexer.schema import BODY, CHARS, HEADING

MAX_QUERY_LENGTH = 200
WHOLE_TERM_BOOST = 3.0

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')


class QueryError(ValueError):
    """A query that cannot be searched; the message is for the user."""


@dataclass(frozen=True, slots=True)
class Term:
    text: str  # normalised
    quoted: bool
    negated: bool


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    groups: tuple[tuple[Term, ...], ...]  # AND of groups, each an OR of terms
    excluded: tuple[Term, ...]

    @property
    def is_empty(self) -> bool:
        return not self.groups

    def positive_terms(self) -> tuple[Term, ...]:
        return tuple(term for group in self.groups for term in group)


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
    return ParsedQuery(tuple(tuple(g) for g in groups), tuple(excluded))


def _terms(text: str):
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
            yield Term(value, quoted, is_negated)


def compile_query(parsed: ParsedQuery) -> wq.Query | None:
    """The Whoosh query for the terms, or None when the query has no terms at all."""
    groups = [_or(term_query(t) for t in group) for group in parsed.groups]
    positive = groups[0] if len(groups) == 1 else wq.And(groups) if groups else None
    if parsed.excluded:
        excluded = _or(characters_query(t.text) for t in parsed.excluded)
        return wq.AndNot(positive or wq.Every(), excluded)
    return positive


def term_query(term: Term) -> wq.Query:
    whole = characters_query(term.text)
    words = query_words(term.text)
    if term.quoted or not words:
        return whole
    # The whole term (ranked first), or all of its words anywhere in the section; a dictionary
    # compound also by its parts (数字政府 finds 数字法治政府).
    alternatives = [_boosted(whole), _words_query(words)]
    cover = subword_cover(words[0]) if len(words) == 1 else []
    if cover:
        alternatives.append(_words_query(cover))
    return wq.Or(alternatives)


def characters_query(text: str) -> wq.Query:
    """Sections whose letters and digits contain `text`'s, whatever the segmentation."""
    grams = query_bigrams(text)
    if not grams:
        return wq.NullQuery()
    if len(grams) == 1 and len(grams[0]) == 1:
        return wq.Or([wq.Term(CHARS, grams[0]), wq.Prefix(CHARS, grams[0])])
    if len(grams) == 1:
        return wq.Term(CHARS, grams[0])
    return wq.Phrase(CHARS, grams)


def _words_query(words: list[str]) -> wq.Query:
    per_word = [wq.Or([wq.Term(BODY, w), wq.Term(HEADING, w)]) for w in words]
    return per_word[0] if len(per_word) == 1 else wq.And(per_word)


def _boosted(query: wq.Query) -> wq.Query:
    query.boost = WHOLE_TERM_BOOST
    return query


def _or(queries) -> wq.Query:
    items = list(queries)
    return items[0] if len(items) == 1 else wq.Or(items)
