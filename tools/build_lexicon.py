"""Derive indexer/data/lexicon_*.txt from jieba 0.42.1's bundled dictionary (MIT licence).

The mojibake repair in indexer/parsing/clean.py needs to know common words and how common each
character is; reading jieba's 350,000-line dictionary at run time costs a second, these files a
tenth of that.
Run: .venv/bin/python tools/build_lexicon.py
"""

from __future__ import annotations

import math
from collections import Counter
from importlib import resources
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "indexer" / "data"
HEADER = "# Derived from jieba 0.42.1 dict.txt (MIT licence) by tools/build_lexicon.py\n"


def main() -> None:
    text = (resources.files("jieba") / "dict.txt").read_text(encoding="utf-8")
    words: list[str] = []
    frequency: Counter[str] = Counter()
    for line in text.splitlines():
        word, count, *_ = line.split(" ")
        if 2 <= len(word) <= 4:
            words.append(word)
        for char in word:
            frequency[char] += int(count)
    (DATA / "lexicon_words.txt").write_text(HEADER + "\n".join(sorted(words)) + "\n", "utf-8")
    weights = (f"{c}\t{math.log10(1 + n):.3f}" for c, n in sorted(frequency.items()))
    (DATA / "lexicon_chars.tsv").write_text(HEADER + "\n".join(weights) + "\n", "utf-8")


if __name__ == "__main__":
    main()
