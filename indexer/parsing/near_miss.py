"""Pages that look like an annual rule-of-law report but are not one (工作要点, 政府信息公开年报…).

They stay searchable: the report gets a warning `not an annual rule-of-law report: <reason>` so
that a corpus gathered from the web can be cleaned, and the report page shows a badge.
The vocabulary is data (data/near_misses.toml); this module only applies it. Some patterns
count only on an undated page (no year in its title or opening outside cited titles): an annual
report states the year it covers at its top, a plan, a notice or a template often names none. Some
title patterns count only there too (a feature's call headline: a site banner above a report may
read the same). A kind may name what cancels it (`unless`, searched further down the page): a
template site's copy of a real report names its reporter and year where it says what it is; or
what only it says, further down (`further`): a decision's operative words after its reasons;
or what its own title never names (`title_unless`). A site's contact block above the title (【办公
地址】 / 024-…) is skipped where the title is looked for.
A page with no title line may say what it is in its first sentence (现发布《…年度报告》): the
document it publishes is judged as its title.
Apart from the kinds (`off_topic`): a page of some length that never speaks of law (no 法治, 依法,
执法, 法律… in its title or text) is no rule-of-law report; nor is a page whose own title is a
report on a year (2023年度环境状况…情况的报告) and whose title and opening never speak of law.
Nor is a page in English (`in_english`): not one Chinese character in its title or text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import takewhile

from indexer.normalize import to_simplified
from indexer.parsing.sections import heading_level
from indexer.resources import load_toml

NEAR_MISS_WARNING = "not an annual rule-of-law report"
_BOOK_TITLE = re.compile(r"《[^》]*》")
_CLAUSE_END = re.compile(r"[。；;！!？?,，]")  # a title has none (a headline may have a colon)
_LEAD_LINES = 6  # title-like lines looked at, at the top of the page
# A line written as a table's row (洪雅县…年度报告 | |||||…): the cell bars after its text are
# no part of it, and would hide a title among the lines too long to be one.
_CELL_BARS = " \t\u3000|｜"
_LEAD_LENGTH = 60
# A site's contact block above the page's title (【办公地址】 / 辽宁省沈阳市… / 【公开电话】 /
# 024-…): a bracketed field label alone on its line, and a value with no Chinese word (a
# telephone number, an e-mail address, a postcode, office hours) are no title, and would push the
# title out of view.
_FIELD_LABEL_LINE = re.compile(r"[【\[［]\s*[^】\]］\s]{2,8}\s*[】\]］]")
_OPENING = 300  # characters of the body looked at
_UNLESS = 1000  # characters of the body where a kind's `unless` patterns are looked for
_BREADCRUMB = re.compile(r"[>»›]")
# A line of bare markup (<dl id="x"></dl><video …>): a spam repost's injected furniture, no text.
_MARKUP_LINE = re.compile(r"(?:<[^<>]*>\s*)+")
# An item of a site's list of links (- 广州市人民政府): a bullet and a name, no field (索引号:…)
# and no sentence. A portal's list of other governments' sites may push the title out of view.
_LINK_ITEM = re.compile(r"[-*•]\s+[^\s:：,，。;；]{1,20}")
# A labelled cell of a page's index table (| [ 体裁分类 ] | 公告公示 |, | 主题分类: | 通报 |, or a
# bare word in a cell of its own before its value's: | 公开形式 | 公开目录 |): the site's filing of
# the page, not its title, though its value may read like a list's (公告公示). A title's own field
# (| 标题: | …名单 |) is the page's title and stays.
_FIELD_CELL = re.compile(
    r"[|｜]?\s*(?:[\[【［]\s*(?P<bracketed>[^\]】］|｜]{2,8}?)\s*[\]】］]\s*[:：]?"
    r"|(?P<colon>[^\[【［\]】］|｜:：\s]{2,8})\s*[:：])\s*[|｜]"
    r"|[|｜]\s*(?P<bare>[\u4e00-\u9fff]{2,6})\s*[|｜]\s*(?=[^|｜\s])"
)
# A bulleted field of a page's index list (• 所属类目: 公开目录, • 体  裁: 报告): the site's
# filing of the page, like a table's cell, though its value may read like a list's title.
_BULLETED_FIELD = re.compile(r"[•·▪◦*-]\s*(?P<colon>[^\[【［\]】］|｜:：•·]{2,12}?)\s*[:：]")
# An index table's empty cell (关键词: |, | 文 号: | |): the site's unfilled field says nothing
# of the page (an article's own keyword line, 关键词:法治政府, holds its words).
_EMPTY_CELL = re.compile(r"[|｜\s]*[^\[【［\]】］|｜:：\s]{2,8}\s*[:：]\s*[|｜][\s|｜]*")
# A table of contents: the page opens with a run of numbered headings and no sentence among them
# (一、2021年工作回顾 / (一)深挖释放内需潜力 / …); the title and the text follow it.
_CONTENTS_LINES = 4
# A page with fewer Chinese characters than this shows too little to be judged by what it never
# says: a stub or a link (its title judges it), or a report's later page or cut capture. The longest
# stretch of a labelled report's text without a word of law, to its end, is 380 characters.
_TOPIC_MIN_CHARS = 400
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
# A document the page's first sentence publishes as itself (根据《…条例》规定,现发布
# 《某省2019年度政府信息公开工作报告》。; 现将《…》公布如下): the page's own title, said where a
# title line is missing.
_ANNOUNCED = re.compile(
    r"(?:现|特)(?:予以?)?(?:发布|公布|公开)《(?P<published>[^《》]{4,80})》"
    r"|现将《(?P<handed>[^《》]{4,80})》(?:予以)?(?:公布|发布|公开)"
)
_SENTENCE_END = re.compile(r"[。！!？?]")
# A report's title: it names what it is (报告, 总结, 情况, 汇报).
_REPORT_TITLE = re.compile(r"报告|总结|情况|汇报")


@dataclass(frozen=True, slots=True)
class _Kind:
    reason: str
    lead: tuple[re.Pattern[str], ...]
    opening: tuple[re.Pattern[str], ...]
    undated: tuple[re.Pattern[str], ...]  # opening patterns that count only on an undated page
    undated_lead: tuple[re.Pattern[str], ...]  # lead patterns that count only on an undated page
    unless: tuple[re.Pattern[str], ...]  # what the page says that makes it no such kind
    further: tuple[re.Pattern[str], ...]  # what the page says further down that only the kind says
    title_unless: tuple[re.Pattern[str], ...]  # what the page's own title says that cancels it


@dataclass(frozen=True, slots=True)
class NearMissVocabulary:
    kinds: tuple[_Kind, ...]
    dated: re.Pattern[str]  # a year named outside cited titles: what an annual report states
    topic: re.Pattern[str]  # the words every rule-of-law report writes somewhere
    off_topic_reason: str  # the reason given to a page that writes none of them
    other_report_reason: str  # the reason given to a dated report whose top writes none of them
    english_reason: str  # the reason given to a page with no Chinese character
    english_min_letters: int  # the Latin letters a page writes at least to be judged in English

    @classmethod
    def from_data(cls) -> NearMissVocabulary:
        data = load_toml("near_misses.toml")
        return cls(
            tuple(
                _Kind(
                    kind["reason"],
                    tuple(re.compile(p) for p in kind.get("lead", ())),
                    tuple(re.compile(p, re.MULTILINE) for p in kind.get("opening", ())),
                    tuple(re.compile(p, re.MULTILINE) for p in kind.get("undated", ())),
                    tuple(re.compile(p) for p in kind.get("undated_lead", ())),
                    tuple(re.compile(p, re.MULTILINE) for p in kind.get("unless", ())),
                    tuple(re.compile(p, re.MULTILINE) for p in kind.get("further", ())),
                    tuple(re.compile(p) for p in kind.get("title_unless", ())),
                )
                for kind in data["kinds"]
            ),
            re.compile(data["dated"]),
            re.compile(data["off_topic"]["words"]),
            data["off_topic"]["reason"],
            data["other_subject_report"]["reason"],
            data["in_english"]["reason"],
            data["in_english"]["min_letters"],
        )

    def reason(self, title: str | None, body: str) -> str | None:
        """Why the page is not an annual report, or None when nothing says so: a cue at its top
        first, what only a kind says further down after (a news item on a decision quotes it)."""
        lead = [_blank_book_titles(to_simplified(title))] if title else []
        lead += _lead_lines(body)
        opening = _opening(body)
        lead += _announced_titles(opening)
        page_title = lead[0] if title else ""
        undated = not self.dated.search(f"{page_title}\n{_blank_book_titles(opening)}")
        further = to_simplified(body[:_UNLESS])
        kinds = [
            kind
            for kind in self.kinds
            if not _any_search(kind.unless, [further])
            and not _any_search(kind.title_unless, [page_title])
        ]
        for kind in kinds:
            if any(p.search(line) for p in kind.lead for line in lead):
                return kind.reason
            if any(p.search(opening) for p in kind.opening):
                return kind.reason
            if undated and _any_search(kind.undated, [opening]):
                return kind.reason
            if undated and _any_search(kind.undated_lead, lead):
                return kind.reason
        further = _blank_book_titles(further)
        return next((kind.reason for kind in kinds if _any_search(kind.further, [further])), None)

    def off_topic(self, title: str | None, body: str) -> str | None:
        """The off-topic reason for a page of some length whose title and text never speak of law,
        else None. The caller asks only of legible text: mojibake may hide the words."""
        text = to_simplified(f"{title or ''}\n{body}")
        if len(_HAN.findall(text)) < _TOPIC_MIN_CHARS or self.topic.search(text):
            return None
        return self.off_topic_reason

    def in_english(self, title: str | None, body: str) -> str | None:
        """The reason for a page whose title and text write no Chinese character and some length
        of Latin text (an English translation), else None: no Chinese government's own report. A
        report's page with an English summary under its Chinese title keeps its title's Chinese."""
        text = f"{title or ''}\n{body}"
        if _HAN.search(text) or len(_LATIN_LETTER.findall(text)) < self.english_min_letters:
            return None
        return self.english_reason

    def other_subject_report(self, title: str | None, body: str) -> str | None:
        """The reason for a page whose own title is a report on a year (2023年度…情况的报告) and
        whose title and opening never speak of law, else None. A rule-of-law report names its
        subject (法治, 依法行政) in its title or at once below it: one whose title lost the word
        (海南省人民政府关于2020年度政府建设情况的报告) still says it in its first lines. A title
        with no year may be a line's fragment (建设情况的报告), the rest of it on the line above."""
        if not title:
            return None
        own_title = to_simplified(title)
        if not _REPORT_TITLE.search(own_title) or not self.dated.search(own_title):
            return None
        if self.topic.search(own_title) or self.topic.search(_opening(body)):
            return None
        return self.other_report_reason


def _any_search(patterns: Sequence[re.Pattern[str]], texts: Sequence[str]) -> bool:
    return any(p.search(text) for p in patterns for text in texts)


def near_miss_warning(reason: str) -> str:
    return f"{NEAR_MISS_WARNING}: {reason}"


def near_miss_label(warnings: Sequence[str]) -> str | None:
    """The badge for a report its warnings call a near miss (政策解读, 新闻报道 …), or None."""
    prefix = f"{NEAR_MISS_WARNING}: "
    reason = next((w.removeprefix(prefix) for w in warnings if w.startswith(prefix)), None)
    if reason is None:
        return None
    data = load_toml("near_misses.toml")
    labels: dict[str, str] = {kind["reason"]: kind["label"] for kind in data["kinds"]}
    for table in ("off_topic", "other_subject_report", "in_english"):
        labels[data[table]["reason"]] = data[table]["label"]
    return labels.get(reason, "非年度报告")


def _text_lines(body: str) -> list[str]:
    """The body's non-empty lines, stripped, without lines of bare markup or a list of links,
    and without a table of contents at the top."""
    lines = (
        line.strip().rstrip(_CELL_BARS)
        for line in body.splitlines()
        if not _EMPTY_CELL.fullmatch(line)
    )
    kept = [
        line
        for line in lines
        if line and not _MARKUP_LINE.fullmatch(line) and not _LINK_ITEM.fullmatch(line)
    ]
    contents = len(list(takewhile(_contents_entry, kept)))
    return kept[contents:] if _CONTENTS_LINES <= contents < len(kept) else kept


def _contents_entry(line: str) -> bool:
    """A numbered heading with no sentence in it, as a table of contents lists it."""
    return heading_level(line) is not None and not _CLAUSE_END.search(line)


def _lead_lines(body: str) -> list[str]:
    lines = [line for line in _text_lines(body) if not _contact_line(line)][:_LEAD_LINES]
    title_fields = load_toml("regions.toml")["titles"]["field_labels"]
    return [
        _blank_book_titles(to_simplified(line))
        for line in lines
        if len(line) <= _LEAD_LENGTH
        and not _CLAUSE_END.search(line)
        and heading_level(line) is None
        and not _BREADCRUMB.search(line)  # 首页 > 政策文件及解读 > … is the site's, not the page's
        and not _filing_cell(line, title_fields)
    ]


def _contact_line(line: str) -> bool:
    """A line of a site's contact block: a bracketed field label alone, or a value with no
    Chinese character (024-86536021, tyjrswtbgs@163.com, 8:30-17:00)."""
    return bool(_FIELD_LABEL_LINE.fullmatch(line)) or not _HAN.search(line)


def _announced_titles(opening: str) -> list[str]:
    """The titles of the documents the opening's first sentence publishes (现发布《…》): what the
    page says it is, judged as its title is (a report's own publication notice names a report)."""
    first_sentence = _SENTENCE_END.split(opening, maxsplit=1)[0]
    return [
        _blank_book_titles(match.group("published") or match.group("handed"))
        for match in _ANNOUNCED.finditer(first_sentence)
    ]


def _filing_cell(line: str, title_fields: Sequence[str]) -> bool:
    """The line opens with an index table's labelled cell, or an index list's bulleted field,
    other than the title's own."""
    simplified = to_simplified(line)  # 名稱 is the title's 名称
    match = _FIELD_CELL.match(simplified) or _BULLETED_FIELD.match(simplified)
    if not match:
        return False
    fields = match.groupdict()
    written = fields.get("bracketed") or fields.get("bare") or match.group("colon")
    label = re.sub(r"\s", "", written)
    return label not in title_fields


def _opening(body: str) -> str:
    """The body's first characters, a line each (patterns may anchor at a line's start)."""
    return to_simplified("\n".join(_text_lines(body))[:_OPENING])


def _blank_book_titles(text: str) -> str:
    return _BOOK_TITLE.sub("《》", text)
