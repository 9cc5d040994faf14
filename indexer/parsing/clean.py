"""Clean a report's raw text: repair GBK byte-slip mojibake, drop pinyin annotations and furniture.

The text keeps its original characters (traditional stays traditional): it is what the page shows.
Order matters: mojibake runs contain annotations (`蜆I(yè)` is `業(yè)` decoded one byte out of
step), so runs are repaired first, annotations removed second, furniture lines judged last.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from indexer.normalize import normalize, to_simplified
from indexer.resources import load_lines, load_toml

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_BASE = str.maketrans(_TONED, "aaaaeeeeiiiioooouuuuüüüünnnm")
_SYLLABLE = re.compile(r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouüv]{1,3}(?:ng|n|r)?|h?m|h?ng?")
_ANNOTATION = re.compile(
    rf"(?<=[\u3400-\u9fff\uf900-\ufaff])[(（]([a-zü{_TONED}]{{1,6}}[1-5]?)[)）]"
)
# An annotation whose "(" was swallowed with the orphan lead byte of a mojibake run.
_SWALLOWED = re.compile(rf"[a-zü{_TONED}]{{1,6}}[1-5]?\)")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# single characters set apart by spaces: a letter-spaced heading, at most a short line's length
_LETTER_SPACED_LINE = re.compile(
    r"[\u3400-\u9fff\uf900-\ufaff](?:[ \u3000\u00a0]{1,3}[\u3400-\u9fff\uf900-\ufaff]){2,29}"
)
_LETTER_SPACED = re.compile(r"[ \u3000\u00a0]+")
_RUN_START = re.compile(r"[?\ufffd]")
_LOST_PAIR = re.compile(r"[\uff21-\uff3a\uff41-\uff5a]")
_MAX_RUN = 80
_KNOWN = 3  # a character seen this often in the document is plausible there …
_DOCUMENT_WORD = 5.0  # … as plausible as an everyday character
_PLAUSIBLE = 4.5  # mean commonness of repaired text (clean report text scores about 5)
_DAMAGED = 3.5  # mean commonness below which a run after "?" looks like mojibake
MOJIBAKE_LEFT = "possible mojibake left"  # the warning on text the cleaner could not repair


@dataclass(frozen=True, slots=True)
class CleanText:
    text: str  # one paragraph per line, original characters
    furniture: tuple[str, ...]  # removed page-furniture lines, in order
    warnings: tuple[str, ...]


def clean_text(text: str) -> CleanText:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text, warnings = repair_mojibake(text)
    text, _ = strip_pinyin_annotations(text)
    lines = [line.strip() for line in re.sub(r"[\u200b\ufeff]", "", text).split("\n")]
    lines = [unspaced(line) for line in lines]
    kept: list[str] = []
    furniture: list[str] = []
    for line in filter(None, lines):
        (furniture if is_furniture(line) else kept).append(line)
    return CleanText("\n".join(kept), tuple(furniture), warnings)


def unspaced(line: str) -> str:
    """A letter-spaced heading (`青 海 省 卫 生 健 康 委`) as its words: `青海省卫生健康委`.

    Only a line of single characters each set apart, three or more: a spaced name or title is
    read, and indexed, as the text it shows; words set apart (`政务 公开`) stay as they are.
    """
    return _LETTER_SPACED.sub("", line) if _LETTER_SPACED_LINE.fullmatch(line) else line


def is_furniture(line: str) -> bool:
    """A whole line of page furniture (breadcrumb, date/source line, print button, footer …)."""
    # Fold like the index does, but keep 。 so that patterns can refuse a full sentence.
    folded = "".join("。" if o == "。" else f for o, f in zip(line, normalize(line), strict=True))
    return any(pattern.fullmatch(folded.strip()) for pattern in _furniture_patterns())


@cache
def _furniture_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in load_toml("boilerplate.toml")["furniture"]["patterns"])


def strip_pinyin_annotations(text: str) -> tuple[str, int]:
    """`區(qū)` -> `區`; real parentheses like `(一)`, `(试行)`, `(ABC)` stay. (text, count)."""
    found = [m for m in _ANNOTATION.finditer(text) if _is_pinyin(m.group(1))]
    starts = [0, *(m.end() for m in found)]
    ends = [*(m.start() for m in found), len(text)]
    return "".join(text[a:b] for a, b in zip(starts, ends, strict=True)), len(found)


def _is_pinyin(syllable: str) -> bool:
    toned = syllable[-1].isdigit() or any(c in _TONED for c in syllable)
    return toned and _SYLLABLE.fullmatch(syllable.rstrip("12345").translate(_BASE)) is not None


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """jieba's bundled dictionary: its short words, and how common each character is."""

    words: frozenset[str]
    weights: dict[str, float]  # log10 of the summed frequency of the words holding the character


@dataclass(frozen=True, slots=True)
class _CharModel:
    """How plausible characters are here: common in Chinese, or frequent in this document."""

    chars: Counter[str]
    pairs: Counter[str]
    lexicon: _Lexicon

    @classmethod
    def of(cls, text: str) -> _CharModel:
        plain, _ = strip_pinyin_annotations(text)
        pairs = Counter(plain[i : i + 2] for i in range(len(plain) - 1))
        return cls(Counter(plain), pairs, _lexicon())

    def plausibility(self, text: str) -> float:
        """Mean commonness of the Chinese characters (log10 frequency; everyday ones score ~5)."""
        cjk = _CJK.findall(text)
        weights = self.lexicon.weights
        scores = [
            _DOCUMENT_WORD if self.chars[c] >= _KNOWN else weights.get(to_simplified(c), 0.0)
            for c in cjk
        ]
        return sum(scores) / len(scores) if scores else 0.0

    def gain(self, text: str) -> float:
        """How much plausible text this is: common characters add, rare ones and lost bytes cost."""
        return sum(
            self.plausibility(c) - _DAMAGED if _CJK.match(c) else -2.0 * (c == "\ufffd")
            for c in text
        )


@dataclass(frozen=True, slots=True)
class _Run:
    start: int  # the "?" that stands for the lost lead byte
    end: int
    trail: int  # the lost character's trail byte
    rest: str  # the bytes after it, decoded in step; U+FFFD where a byte pair was lost
    lost: dict[int, int]  # index in `rest` of each U+FFFD -> the trail byte that survived


def repair_mojibake(text: str) -> tuple[str, tuple[str, ...]]:
    """Repair GBK byte-slip runs (`夜?!薄靶戮蜆I` -> `夜校”“新就業`), one warning per run."""
    if not _RUN_START.search(text):
        return text, ()
    model = _CharModel.of(text)
    parts: list[str] = []
    warnings: list[str] = []
    done = seen = 0  # text copied up to `done`; runs judged up to `seen`
    for match in _RUN_START.finditer(text):
        if match.start() < seen:
            continue
        run = _find_run(text, match.start(), model)
        if run is None:
            left = _segment(text, match.start() + 1)
            if _looks_damaged(left, model):
                warnings.append(f"{MOJIBAKE_LEFT}: {left!r}")
                seen = match.start() + 1 + len(left)
            continue
        repaired = _repaired_run(text, run, model)
        warnings.append(f"repaired mojibake: {text[run.start : run.end]!r} -> {repaired!r}")
        parts += [text[done : run.start], repaired]
        done = seen = run.end
    return "".join(parts) + text[done:], tuple(warnings)


def _segment(text: str, start: int) -> str:
    """Characters after a run start that could be GBK mojibake (up to a space or bracket)."""
    end = start
    while end < len(text) and end - start < _MAX_RUN:
        char = text[end]
        if char.isspace() or char in "()（）" or not _gbk_bytes(char):
            break
        end += 1
    return text[start:end]


def _gbk_bytes(char: str) -> bytes:
    """The GBK bytes a character came from; ASCII punctuation here was full-width before folding."""
    if "!" <= char <= "~":
        return bytes([0xA3, ord(char) + 0x80])
    try:
        data = char.encode("gbk")
    except UnicodeEncodeError:
        return b""
    return data if len(data) == 2 else b""


def _find_run(text: str, start: int, model: _CharModel) -> _Run | None:
    """The reading of the run (where it ends) that leaves the most plausible text behind."""
    swallowed = _SWALLOWED.match(text, start + 1)
    body = swallowed.end() if swallowed else start + 1
    segment = _segment(text, body)
    best: tuple[float, _Run] | None = None
    for index in range(len(segment)):
        data = _resynchronised_bytes(segment[: index + 1])
        if data is None or (len(data) == 1 and not (swallowed or _lone_trail(text, body + index))):
            continue
        try:
            decoded = data[1:].decode("gbk")
        except UnicodeDecodeError:
            continue
        rest, lost = _mark_lost_bytes(decoded)
        if len(data) == 1 or _improves(model, segment[: index + 1], rest):
            gain = model.gain(rest) + model.gain(segment[index + 1 :])
            if best is None or gain > best[0]:
                best = (gain, _Run(start, body + index + 1, data[0], rest, lost))
    return best[1] if best else None


def _lone_trail(text: str, at: int) -> bool:
    """`?M(jìn)` or `覆?w監`: a lone ASCII trail byte, told apart from text by what surrounds it."""
    annotated = _ANNOTATION.match(f"字{text[at + 1 : at + 10]}", 1)
    between_characters = all(_CJK.match(text, i) for i in (at - 2, at + 1) if 0 <= i < len(text))
    return bool(annotated and _is_pinyin(annotated.group(1))) or between_characters


def _resynchronised_bytes(damaged: str) -> bytes | None:
    """The original bytes, if the run can end here: on a byte 0x40-0x7E, which re-synchronises
    the decoder (a literal ASCII character, or the trail byte of the last mojibake character)."""
    if "@" <= damaged[-1] <= "~":
        return b"".join(_gbk_bytes(c) for c in damaged[:-1]) + damaged[-1].encode()
    data = b"".join(_gbk_bytes(c) for c in damaged)
    return data if 0x40 <= data[-1] <= 0x7E else None


def _improves(model: _CharModel, damaged: str, repaired: str) -> bool:
    before, after = model.plausibility(damaged), model.plausibility(repaired)
    return after >= max(_PLAUSIBLE, before + 1.0)


def _mark_lost_bytes(rest: str) -> tuple[str, dict[int, int]]:
    """A full-width letter amid the repair means the page lost a lead byte there: U+FFFD, and
    the trail byte it kept, by index."""
    lost = {i: c.encode("gbk")[1] for i, c in enumerate(rest) if _LOST_PAIR.match(c)}
    return _LOST_PAIR.sub("\ufffd", rest), lost


def _looks_damaged(segment: str, model: _CharModel) -> bool:
    segment = segment[:12]
    return len(_CJK.findall(segment)) >= 3 and model.plausibility(segment) < _DAMAGED


def _repaired_run(text: str, run: _Run, model: _CharModel) -> str:
    """The run's lost lead character, then its rest with each lost byte pair chosen the same way.

    A full-width letter amid the repair (`ｕ`, GBK A3 F5) kept the trail byte of a character whose
    lead byte the page replaced: `庫ｕ步建成` is `庫初步建成` (初 is B3 F5)."""
    following = text[run.end : run.end + 12]
    repaired = _lead_character(text[max(0, run.start - 3) : run.start], run.trail,
                               run.rest + following, model)  # fmt: skip
    for index, char in enumerate(run.rest):
        if char == "\ufffd" and (lost := run.lost.get(index)) is not None:
            before = (text[max(0, run.start - 3) : run.start] + repaired)[-3:]
            char = _lead_character(before, lost, run.rest[index + 1 :] + following, model)
        repaired += char
    return repaired


def _lead_character(before: str, trail: int, following: str, model: _CharModel) -> str:
    """Choose the lost character among all with this trail byte, or mark it with U+FFFD.

    Evidence in order: dictionary words it completes, then pairs seen in the document, then (with
    no other evidence) a character the document uses far more than any other candidate."""
    after, _ = strip_pinyin_annotations(following)
    candidates = _candidates(trail)
    pairs = model.pairs
    evidence: tuple[Callable[[str], int], ...] = (
        lambda c: _word_score(c, before, after, model.lexicon.words),
        lambda c: pairs[before[-1:] + c] + pairs[c + after[:1]],
        lambda c: model.chars[c] if model.chars[c] >= 5 else 0,
    )
    for measure, margin in zip(evidence, (1.0, 1.0, 3.0), strict=True):
        scored = sorted(((measure(c), c) for c in candidates), reverse=True)
        if not scored or scored[0][0] <= 0:
            continue
        runner_up = scored[1][0] if len(scored) > 1 else 0
        if scored[0][0] > margin * runner_up:
            return scored[0][1]
        # Equally supported by this evidence: only the next may tell them apart (迈步 or 初步).
        candidates = tuple(c for score, c in scored if score * margin >= scored[0][0])
    return "\ufffd"  # no evidence, or a tie to the end: do not guess


def _candidates(trail: int) -> tuple[str, ...]:
    found = []
    for lead in range(0x81, 0xFF):
        try:
            char = bytes([lead, trail]).decode("gbk")
        except UnicodeDecodeError:
            continue
        if _CJK.fullmatch(char):
            found.append(char)
    return tuple(found)


def _word_score(char: str, before: str, after: str, words: frozenset[str]) -> int:
    """Dictionary words (2-4 characters) the character would complete; longer ones weigh more."""
    window = to_simplified(before + char + after[:3])
    at = len(before)
    return sum(
        (stop - begin) ** 2
        for begin in range(max(0, at - 3), at + 1)
        for stop in range(max(at + 1, begin + 2), min(len(window), begin + 4) + 1)
        if window[begin:stop] in words
    )


@cache
def _lexicon() -> _Lexicon:
    """Read once, only for text with a "?": tells 夜校 from 夜海, and 新就業 from 靶戮蜆."""
    weights = (line.split("\t") for line in load_lines("lexicon_chars.tsv"))
    return _Lexicon(frozenset(load_lines("lexicon_words.txt")), {c: float(w) for c, w in weights})
