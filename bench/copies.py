"""A corpus of copies of the sample reports, for reindex and query benchmarks (not real reports).

`python -m bench copies --copies 400` writes 400 copies of each sample report (~26k sections):
the same text many times over, the worst case for common terms and phrases. With `--drop 0.2`
each copy loses a fifth of its sentences at random (the issue's 4,000-copies corpus), so that the
copies differ. Only sentences of paragraphs holding several are dropped, and each paragraph keeps
one: headings and metadata lines stay, so every copy parses to the sample's place, year and
outline. Files are named `copy{N}_{sample id}.txt` (their own report ids). Deterministic for a
given seed.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

_SENTENCE = re.compile(r"[^。！？；;]*[。！？；;]|[^。！？；;]+$")
README = """# Copies of the sample reports (SYNTHETIC: not real reports)

Written by `python -m bench copies --copies {copies} --drop {drop} --seed {seed}` from the sample
corpus (corpus/): each sample report {copies} times{dropped}. Benchmark input only.
"""


def thinned(text: str, drop: float, rng: random.Random) -> str:
    """`text` with each sentence of a multi-sentence line dropped with probability `drop`."""
    if drop <= 0:
        return text
    lines = []
    for line in text.split("\n"):
        sentences = _SENTENCE.findall(line)
        if len(sentences) > 1:
            kept = [s for s in sentences if rng.random() >= drop]
            line = "".join(kept) if kept else rng.choice(sentences)
        lines.append(line)
    return "\n".join(lines)


def write_copies(sample: Path, out: Path, copies: int, drop: float, seed: int) -> int:
    """Write `copies` copies of every sample `.txt` report into `out`; the number of files."""
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    sources = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(sample.glob("*.txt"))]
    width = len(str(copies - 1))
    for copy in range(copies):
        for stem, text in sources:
            target = out / f"copy{copy:0{width}d}_{stem}.txt"
            target.write_text(thinned(text, drop, rng), encoding="utf-8")
    dropped = f", a {drop:g} share of their sentences dropped at random" if drop > 0 else ""
    readme = README.format(copies=copies, drop=drop, seed=seed, dropped=dropped)
    (out / "README.md").write_text(readme, encoding="utf-8")
    return copies * len(sources)
