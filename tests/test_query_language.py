from __future__ import annotations

import pytest

from indexer.querying.query_language import (
    MAX_QUERY_LENGTH,
    QueryError,
    Term,
    parse_query,
    scoring_words,
)


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


# Queries one request may not ask for (BUDGET): each named by the limit its message must quote.
CHARS = "丁丂七丄丅丆万丈三上下丌不与丏丐丑丒专且丕世丗丘丙业丛东丝丞丟丠両丢丣两严並丧"
WORDS = ["行政", "执法", "法治", "政府", "监督", "诉讼", "普法", "顾问", "公开", "备案", "审查",
         "培训", "考核", "决策", "应诉", "调解"]  # fmt: skip
OVER_BUDGET = {
    "single-character exclusions": ("法治 " + " ".join("-" + c for c in CHARS[:66]), "排除词"),
    "single characters joined by OR": (" OR ".join(CHARS[:40]), "检索词"),
    "too many terms": (" ".join(WORDS), "检索词"),
    "too many alternatives": (" OR ".join(WORDS[:7]), " OR 并列词"),
    "too many exclusions": ("法治 " + " ".join("-" + w for w in WORDS[:7]), "排除词"),
    "too many phrases": (" ".join(f'"{w}"' for w in WORDS[:7]), "引号短语"),
    "too many single characters": ("法 治 政 府", "单字检索词"),
}


@pytest.mark.parametrize(("text", "limit"), OVER_BUDGET.values(), ids=OVER_BUDGET.keys())
def test_a_query_over_the_work_budget_is_refused_saying_which_limit(text, limit):
    assert len(text) <= MAX_QUERY_LENGTH  # short enough: the budget, not the length, refuses it
    with pytest.raises(QueryError, match=f"查询过于复杂：最多 \\d+ 个{limit}"):
        parse_query(text)


@pytest.mark.parametrize(
    "text",
    [" ".join(WORDS[:12]), " OR ".join(WORDS[:6]), "法治 " + " ".join("-" + w for w in WORDS[:6]),
     " ".join(f'"{w}"' for w in WORDS[:6]), "法 治 政"],
)  # fmt: skip
def test_a_query_at_the_work_budget_is_searched(text):
    assert parse_query(text).positive_terms()


def test_terms_carry_their_words_and_bigrams_from_the_one_normalisation():
    from indexer.analysis import query_bigrams, query_words

    (term,) = parse_query("行政複議").positive_terms()
    assert term.text == "行政复议"
    assert term.words == tuple(query_words("行政複議"))
    assert term.grams == tuple(query_bigrams("行政複議")) == ("行政", "政复", "复议")
