"""Whoosh analyzers for Chinese report text: jieba words and character bigrams.

Words come from jieba's algorithm and dictionary as implemented by jieba-rs (the `rjieba`
binding): the same segmentation as jieba 0.42.1 on 96% of our sections, at 50x the speed, which is
what makes indexing cost about what segmenting alone costs (BENCHMARKS.md). The domain dictionary
(data/userdict.txt) is added to it once per process.

Both tokenizers run the text through `normalize` first (one normalisation for documents and
queries), which keeps every character at its offset, so `startchar/endchar` point into the
displayed text.

The classes are pickled into the index by Whoosh: they stay at this import path, hold no jieba
object and no lock; the configured segmenter is built once per process by `word_segmenter()`.
The manifest records SEGMENTER_NAME: an index built by another segmenter is refused ("reindex").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from itertools import chain, pairwise

import rjieba
from whoosh.analysis import Token, Tokenizer

from indexer.normalize import normalize
from indexer.resources import load_lines

SEGMENTER_NAME = "jieba-rs (rjieba 0.2.2) + userdict v1"
USERDICT = "userdict.txt"


@cache
def word_segmenter() -> rjieba.Jieba:
    segmenter = rjieba.Jieba()
    for line in load_lines(USERDICT):
        word, freq, *tag = line.split()
        segmenter.add_word(word, int(freq), tag[0] if tag else "n")
    return segmenter


# Letters and digits carry meaning; punctuation, symbols and spaces do not.
_NOT_WORD = re.compile(r"[\W_]+")


def is_word_char(char: str) -> bool:
    return _NOT_WORD.match(char) is None


def word_chars(text: str) -> str:
    """The letters and digits of normalised text, in order: what the bigrams are made of."""
    return _NOT_WORD.sub("", text)


def segment(text: str) -> Iterator[tuple[str, int, int]]:
    """(word, start, end) of each word of normalised text, in order, punctuation left out."""
    start = 0
    for word in word_segmenter().cut(text, hmm=True):
        end = start + len(word)
        if any(is_word_char(c) for c in word):
            yield word, start, end
        start = end


def subwords(word: str) -> Iterator[tuple[str, int]]:
    """Dictionary words inside a long word (行政复议 -> 行政, 复议), with their offset in it."""
    if len(word) <= 2:
        return
    known = word_segmenter().has_word
    for size in (2, 3):
        for i in range(len(word) - size + 1):
            part = word[i : i + size]
            if part != word and known(part):
                yield part, i


def subword_cover(word: str) -> list[str]:
    """Dictionary words that together spell `word` (数字政府 -> 数字, 政府), or [] if none do."""
    chosen: list[tuple[int, str]] = []
    covered: set[int] = set()
    for part, offset in sorted(subwords(word), key=lambda p: (-len(p[0]), p[1])):
        span = set(range(offset, offset + len(part)))
        if not span & covered:
            chosen.append((offset, part))
            covered |= span
    return [part for _, part in sorted(chosen)] if len(covered) == len(word) else []


def bigrams(text: str) -> Iterator[tuple[str, int, int]]:
    """Character bigrams of the letters and digits of normalised text, punctuation skipped.

    A run of one character yields that character alone, so that every character is findable.
    """
    kept = [i for i, c in enumerate(text) if is_word_char(c)]
    if len(kept) == 1:
        yield text[kept[0]], kept[0], kept[0] + 1
    for a, b in pairwise(kept):
        yield text[a] + text[b], a, b + 1


def indexed_bigrams(text: str) -> Iterator[tuple[str, int, int]]:
    """The bigrams, then the last character alone: a one-character query looks for bigrams that
    start with it, and the last character starts none."""
    grams = list(bigrams(text))
    yield from grams
    if grams and len(grams[-1][0]) == 2:
        gram, _, end = grams[-1]
        yield gram[1], end - 1, end


def letter_bigrams(letters: str) -> list[str]:
    """`indexed_bigrams` of a text whose letters and digits are `letters` (word_chars), without
    offsets: the bigram field's tokens, made by slicing instead of scanning every character."""
    if len(letters) < 2:
        return [letters] if letters else []
    return [*(letters[i : i + 2] for i in range(len(letters) - 1)), letters[-1]]


class WordExpansions(dict[str, tuple[str, ...]]):
    """A jieba word -> its index tokens (the word, then its dictionary sub-words; none for
    punctuation), each computed once: a writer keeps one for the words of its segment."""

    def __missing__(self, word: str) -> tuple[str, ...]:
        parts = () if _NOT_WORD.fullmatch(word) else (word, *(p for p, _ in subwords(word)))
        self[word] = parts
        return parts


def index_words(text: str, expansions: WordExpansions) -> list[str]:
    """WordTokenizer's tokens of normalised text in index mode, without positions or offsets."""
    words = word_segmenter().cut(text, hmm=True)
    return list(chain.from_iterable(map(expansions.__getitem__, words)))


# whoosh ships no type information, so its Tokenizer is Any to mypy: nothing to check against.
class _TextTokenizer(Tokenizer):  # type: ignore[misc]
    """Whoosh's tokenizer protocol over `units(text, mode)`: (position, text, start, end)."""

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for ordinal, text, start, end in self.units(normalize(value), mode):
            token.text = token.original = text
            token.boost = 1.0
            token.stopped = False
            if positions:
                token.pos = start_pos + ordinal
            if chars:
                token.startchar = start_char + start
                token.endchar = start_char + end
            yield token

    def units(self, text: str, mode: str) -> Iterator[tuple[int, str, int, int]]:
        raise NotImplementedError


class WordTokenizer(_TextTokenizer):
    """jieba words (with the domain dictionary), each long word followed by its dictionary sub-words
    at the same position, so `复议` finds `行政复议` while positions stay token ordinals."""

    def units(self, text: str, mode: str) -> Iterator[tuple[int, str, int, int]]:
        for ordinal, (word, start, _end) in enumerate(segment(text)):
            parts = [(word, 0)] if mode == "query" else [(word, 0), *subwords(word)]
            for part, offset in parts:
                yield ordinal, part, start + offset, start + offset + len(part)


class BigramTokenizer(_TextTokenizer):
    """Overlapping character bigrams at consecutive positions: a phrase query over them finds any
    string that occurs in the text, whatever jieba made of it."""

    def units(self, text: str, mode: str) -> Iterator[tuple[int, str, int, int]]:
        grams = bigrams if mode == "query" else indexed_bigrams
        for ordinal, (gram, start, end) in enumerate(grams(text)):
            yield ordinal, gram, start, end


def word_analyzer() -> WordTokenizer:
    return WordTokenizer()


def bigram_analyzer() -> BigramTokenizer:
    return BigramTokenizer()


def query_words(text: str) -> list[str]:
    """The words of a query term as the word field indexed them."""
    return [word for word, _, _ in segment(normalize(text))]


def query_bigrams(text: str) -> list[str]:
    return [gram for gram, _, _ in bigrams(normalize(text))]
