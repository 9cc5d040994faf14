from __future__ import annotations

import pytest

from indexer.query import MAX_QUERY_LENGTH, QueryError, Term, parse_query, scoring_words


@pytest.mark.parametrize(
    ("text", "groups", "excluded"),
    [
        ("行政复议 纠错率", [["行政复议"], ["纠错率"]], []),
        ('"法治政府建设" 年度', [['"法治政府建设'], ['年度']], []),
        ("行政复议 OR 行政诉讼", [["行政复议", "行政诉讼"]], []),
        ("普法 -法律援助", [["普法"]], ["法律援助"]),
        ('普法 -"法律援助"', [["普法"]], ["法律援助"]),
        ("行政複議", [["行政复议"]], []),
        ("“放管服”", [['"放管服']], []),
        ("OR 普法", [["普法"]], []),
        ("，。！", [], []),
        ("", [], []),
    ],
    ids=["and", "phrase", "or", "not", "not-phrase", "traditional", "cjk-quotes", "leading-or",
         "punctuation", "empty"],
)  # fmt: skip
def test_parse_query(text, groups, excluded):
    """A leading `"` in the expected text marks a quoted term."""
    parsed = parse_query(text)
    expected = [[(g.lstrip('"'), g.startswith('"')) for g in group] for group in groups]
    assert [[(t.text, t.quoted) for t in group] for group in parsed.groups] == expected
    assert [t.text for t in parsed.excluded] == excluded


def test_too_long_query_is_refused():
    with pytest.raises(QueryError):
        parse_query("法" * (MAX_QUERY_LENGTH + 1))


def test_unterminated_quote_is_a_phrase_to_the_end():
    parsed = parse_query('"行政复议 纠错')
    assert parsed.groups == ((Term("行政复议 纠错", quoted=True, negated=False),),)


def test_empty_or_exclusion_only_queries_have_nothing_to_score():
    assert scoring_words(parse_query("")) == ()
    assert scoring_words(parse_query("-普法")) == ()


def test_scoring_uses_the_words_and_the_parts_of_compounds():
    assert scoring_words(parse_query("数字政府 纠错率")) == ("数字政府", "数字", "政府", "纠错率")
