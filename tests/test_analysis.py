from __future__ import annotations

import pytest

from indexer.analysis import (
    BigramTokenizer,
    WordExpansions,
    WordTokenizer,
    index_words,
    is_word_char,
    letter_bigrams,
    query_bigrams,
    query_words,
    word_chars,
)
from indexer.normalize import fold_width, normalize, to_simplified

TEXTS = {
    "simplified": "2024年，武江区行政复议纠错率18.3%，负责人出庭应诉率达100%。",
    "traditional": "廣州市海珠區堅持以習近平法治思想為指導，深入推進「放管服」改革。",
    "full-width": "ＡＢＣ１２３，法律明白人培育工程！",
    "mixed-space": "一、加强党的领导\n（一）深入学习  贯彻习近平法治思想",
    "punctuation-only": "。。，！",
    "empty": "",
}


def tokens(tokenizer, text: str, **kwargs):
    return [
        (t.text, t.pos, t.startchar, t.endchar)
        for t in tokenizer(text, positions=True, chars=True, **kwargs)
    ]


@pytest.mark.parametrize("text", TEXTS.values(), ids=TEXTS.keys())
@pytest.mark.parametrize(
    "tokenizer", [WordTokenizer(), BigramTokenizer()], ids=["words", "bigrams"]
)
def test_offsets_point_at_the_token_in_the_displayed_text(tokenizer, text):
    stream = tokens(tokenizer, text)
    for token, _, start, end in stream:
        shown = normalize(text[start:end])
        if isinstance(tokenizer, BigramTokenizer):
            # A bigram spans the punctuation it skips (`年，武` is `年武`), and nothing else.
            assert "".join(c for c in shown if is_word_char(c)) == token
            assert shown[0] == token[0] and shown[-1] == token[-1]
        else:
            assert shown.replace(" ", "") == token
        assert 0 <= start < end <= len(text)
    positions = [pos for _, pos, _, _ in stream]
    assert positions == sorted(positions)


@pytest.mark.parametrize("text", TEXTS.values(), ids=TEXTS.keys())
def test_bigrams_are_the_characters_at_their_offsets(text):
    for gram, _, start, end in tokens(BigramTokenizer(), text):
        shown = normalize(text[start:end])
        assert shown[0] == gram[0] and shown[-1] == gram[-1]


def test_word_positions_are_ordinals_with_subwords_sharing_their_word_position():
    stream = tokens(WordTokenizer(), "推进行政复议工作")
    assert [pos for _, pos, _, _ in stream] == [0, 1, 1, 1, 2]
    assert [text for text, *_ in stream] == ["推进", "行政复议", "行政", "复议", "工作"]


def test_bigram_positions_are_consecutive_and_skip_punctuation():
    stream = tokens(BigramTokenizer(), "法治，政府")
    assert [(t, p) for t, p, _, _ in stream] == [("法治", 0), ("治政", 1), ("政府", 2), ("府", 3)]


def test_query_bigrams_have_no_trailing_character():
    stream = [t.text for t in BigramTokenizer()("法治政府", mode="query")]
    assert stream == ["法治", "治政", "政府"]


@pytest.mark.parametrize(
    "word",
    ["行政复议", "纠错率", "出庭应诉率", "放管服", "法律明白人", "一件事一次办", "习近平法治思想"],
)
def test_domain_words_stay_whole(word):
    assert word in query_words(f"今年的{word}情况")


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [("行政複議", "行政复议"), ("區級執法", "区级执法"), ("「放管服」", "“放管服”")],
)
def test_queries_and_documents_are_normalised_alike(traditional, simplified):
    assert query_words(traditional) == query_words(simplified)
    assert query_bigrams(traditional) == query_bigrams(simplified)
    assert tokens(WordTokenizer(), traditional) == tokens(WordTokenizer(), simplified)


def test_normalisation_keeps_every_offset():
    text = "廣州市海珠區（ｑū）「法治」ＡＢＣ　１２３"
    assert len(normalize(text)) == len(text) == len(to_simplified(text))


def test_query_mode_emits_no_subwords():
    stream = [t.text for t in WordTokenizer()("行政复议", mode="query")]
    assert stream == ["行政复议"]


def _sample_texts(corpus_dir) -> list[str]:
    from indexer.parsing.pipeline import Parser

    parser = Parser.from_data()
    reports = [parser.parse_file(path) for path in sorted(corpus_dir.glob("*.txt"))]
    return [f"{s.heading}\n{s.text}" for report in reports for s in report.sections]


def test_index_words_are_the_word_tokenizers_tokens(corpus_dir):
    expansions = WordExpansions()
    for text in [*TEXTS.values(), *_sample_texts(corpus_dir)]:
        expected = [t.text for t in WordTokenizer()(text, mode="index")]
        assert index_words(normalize(text), expansions) == expected


def test_letter_bigrams_are_the_bigram_tokenizers_tokens(corpus_dir):
    for text in [*TEXTS.values(), "法", "法。", *_sample_texts(corpus_dir)]:
        expected = [t.text for t in BigramTokenizer()(text, mode="index")]
        assert letter_bigrams(word_chars(normalize(text))) == expected


@pytest.mark.parametrize("repeat", [1, 40], ids=["short", "long"])
def test_fold_width_folds_only_full_width_ascii(repeat):
    text = ("ＡＢＣ１２３～，法治\uff00\uff5f😀 a" * repeat)[: 64 * repeat]
    expected = "".join(chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else c for c in text)
    assert fold_width(text) == expected
    assert fold_width("法治\ud800" * 40) == "法治\ud800" * 40  # a lone surrogate passes through


@pytest.mark.parametrize("repeat", [1, 40], ids=["short", "long"])
def test_fold_punctuation_folds_each_mark_to_one_character(repeat):
    from indexer.normalize import _PUNCTUATION, fold_punctuation

    text = "“法治”（政府）、建设；：。！？【】\u3000\xa0😀—" * repeat
    assert fold_punctuation(text) == text.translate(_PUNCTUATION)
    assert len(fold_punctuation(text)) == len(text)
