"""A report's metadata: title, reporting place, the year it covers and its publishing date.

Two steps: `split_title` takes the title lines off the cleaned text, `extract_metadata` reads the
rest. Everything returned is simplified Chinese, whatever the page's characters.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from itertools import dropwhile, takewhile
from types import MappingProxyType
from typing import Any, Literal

from indexer.models import Level, Place
from indexer.normalize import to_simplified
from indexer.parsing.evidence import ReporterFinder
from indexer.parsing.numerals import DIGIT_CHARACTERS, counted_value, digit_by_digit
from indexer.parsing.provenance import GivenMetadata
from indexer.parsing.reporter_grammar import titled_department
from indexer.parsing.sections import heading_level
from indexer.regions import RegionResolver
from indexer.resources import load_toml

_OPENING = 300  # characters of the body in which a report states the year it covers
_SENTENCE_PUNCTUATION = re.compile(r"[。，,；;！!？?：:]")
_PAGE_TITLE_SEPARATORS = re.compile(r"\s*(?:_|\||｜|--|——|\s-\s)\s*")
_BOOK_TITLE = re.compile(r"《[^》]*》")  # 《纲要(2021—2025年)》 names a document, not the year
# A year, not the end of a range (2021—2025年) nor part of a longer number.
_YEAR = re.compile(r"(?<![\d\-—–－~～至到])((?:19|20)\d{2})\s*年(?!\d)")
# A one-year plan the report cites near its top (《赣州市2022年法治政府建设工作要点》): the year
# the report covers when its opening is cut (年,我市…) and the page has no date.
_CITED_PLAN = re.compile(
    r"《[^》]*?(?<![\d\-—–－~～至到])((?:19|20)\d{2})\s*年度?[^》\d]*?工作(?:要点|计划|安排)》"
)
_CITED_PLAN_WINDOW = 600  # characters of the body
# A year that opens a sentence on what was done (…。2021年,编印《政府公报》6期): on a page cut
# inside a report (no year in its title or at its top, no date) the year it covers, when no other
# year opens a sentence near its top. A sentence on plans (2024年,我市将…) names the next year.
# A sentence that opens with a year and counts what was done in it (2020年法制审核案件13件) is
# one too.
_SENTENCE_YEAR = re.compile(
    r"(?:^|[。！!；;])\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．])?\s*"
    r"((?:19|20)\d{2})\s*年度?(?:[,，]|(?=[^。,，;；\d]{1,20}?\d+\s*[件起次项场个名人份]))"
    r"(?![^。\n]{0,12}(?:将|计划|拟|力争|要|预计))",
    re.MULTILINE,
)
_SENTENCE_YEAR_WINDOW = 2000  # characters of the body
# A page that speaks of the year it covers as the present (本年度,全局召开…; 一年来; 今年以来) and
# names one year only, not as a plan's (将…, 2024年计划…, 明年) nor as a day's or a month's
# (2023年1月 is next year's early days, written up): that year is the one it covers (二、把…列为
# 2023年全局重点工作 on a page cut of its title). A page naming two years, or none present, says
# nothing so.
_PRESENT_YEAR = re.compile(r"本年度|一年来|今年以来")
_PLANNED_YEAR = re.compile(
    r"(?:将|计划|拟|力争|预计|下一步|明年)[^。\n]{0,12}$|^[^。\n]{0,12}"
    r"(?:将|计划|拟|力争|要|预计|打算|安排|思路|展望|初|底|末)"
)
# What the report says it reports (现将生态环境部2019年法治政府建设情况和2020年…安排报告如下):
# its first year is the year covered, wherever a repost's furniture pushed it below the opening.
_STATEMENT_YEAR = re.compile(
    r"现将[^。\n]{0,60}?(?<![\d\-—–－~～至到])((?:19|20)\d{2})\s*年[^。\n]{0,80}?(?:报告|汇报)如下"
)
_STATEMENT_WINDOW = 1000  # characters of the body
# The opening's own year named by a five-year plan's milestone (****年是“十四五”规划收官之年,
# 今年是十四五开局之年): its subject a year the page writes with no digits (a copy masking them, or
# 今年), the plan's first or last year, read only when the page names no year of its own.
_PLAN_MILESTONE = re.compile(
    r"(?:^|[。；;\n])\s*(?:[*＊]{2,4}\s*年|今年|本年度?)是[^。\n]{0,10}?[“\"]?(十[二三四五]五)[”\"]?"
    r"(?:规划)?(?:的)?(开局|收官)之年",
    re.MULTILINE,
)
_PLAN_FIRST_YEARS = MappingProxyType(
    {"十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026}
)
_ARABIC_DATE = r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)"
_CHINESE_DATE = (
    rf"([{DIGIT_CHARACTERS}]{{4}})年"
    r"([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日"
)
_DATE = re.compile(f"{_ARABIC_DATE}|{_CHINESE_DATE}")
_DAY_FIRST = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d.])")
_DATE_LINE = re.compile(rf"\s*(?:{_ARABIC_DATE}\s*日?|{_CHINESE_DATE})\s*")
# A machine-written date (2024-02-26, 2024/2/26): on a short line above the text or after a
# title it is the page's own date; a date in words (2025年3月17日在…会议上) is prose.
_MACHINE_DATE = re.compile(r"(?<![\d\-/])((?:19|20)\d{2})[-/](\d{1,2})[-/](\d{1,2})(?![\d\-/])")
_LEAD_LINES = 12  # lines above the text where a page's own title or date may stand
# A page whose lead is all furniture (a spam repost's list of parks and menus) may set its title
# further down: short lines with no clause (at most this long, this many) may precede it.
_FURNITURE_LINE = 24
_FURNITURE_LINES = 60
_CLAUSE = re.compile(r"[。,，;；!！?？]")
_TABLE_SEARCH = 40  # lines where a page's index table (索引号 …) may start, below a long menu
_TABLE_LINES = 8  # its rows: 索引号, 主题分类, 文件编号, 产生日期 / 发布日期 …
# A letter's addressee alone on the first line (中共长宁区委:, 自治区党委、自治区人民政府:).
_ADDRESSEE = re.compile(r"[^\s,，。;；:：]{2,30}[:：]\s*")
# A letter's document number alone on a line above its addressee (沪环法〔2023〕23号).
_DOCUMENT_NUMBER = re.compile(
    r"\s*[\u4e00-\u9fff]{1,12}\s*[〔\[［【(（﹝]\s*(?:19|20)\d{2}\s*[〕\]］】)）﹞]\s*第?\d{1,4}\s*号\s*"
)
_DATE_LINE_LENGTH = 40
# A line that is nothing but a date (an index list's row `  • 2020-03-12`, a clock time may follow).
_BARE_DATE_LINE = re.compile(
    rf"[\s•·*|｜-]*{_ARABIC_DATE}\s*日?(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?[\s|｜]*"
)
_BREADCRUMB = re.compile(r"[>»›]")
# A site's time stamp line: a machine date, its time of day, at most a name after them.
_STAMP_LINE = re.compile(
    r"((?:19|20)\d{2})[-/](\d{1,2})[-/](\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+[\u4e00-\u9fff]{2,20})?"
)
# A site's stamp in brackets alone on its line: `( 2021-03-05)`, `（2021/03/05）`.
_BRACKETED_STAMP = re.compile(r"[(（]\s*((?:19|20)\d{2})[-/](\d{1,2})[-/](\d{1,2})\s*[)）]")
# A date in words in brackets: `(2024年1月18日)`, `( 2024年01月15日 )`.
_BRACKETED_WORDS_DATE = r"[(（]\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[)）]"
_SITE_LABEL_LENGTH = 6
# A stacked date block's lines: the month and day (04/07), the time of day (19:20).
_DAY_LINE = re.compile(r"(\d{1,2})[/-](\d{1,2})")
_CLOCK_LINE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
# What stands around an index block's value on its line: its list mark, spaces, table bars.
_LIST_MARKS = " \t\u3000•·|｜"
# A bracketed field label (`[ 主题分类 ] 卫生 [ 体裁分类 ] 工作报告`): twice in a line, the page's
# information block, not a title.
_FIELD_LABEL = re.compile(r"[\[【［]\s*[\u4e00-\u9fff]{2,6}\s*[\]】］]")


@dataclass(frozen=True, slots=True)
class _TitleDate:
    """A date a site sets beside a report's title (_date_by_title reads them all): `pattern` the
    date, closing the title's own line (`beside` "closing": the page's title or the first line)
    or a whole line under a title (the page's, or any lead line that is a report's title), within
    `reach` lines, with only a site's bare labels (站群导航) between when `labels_between`."""

    pattern: re.Pattern[str]
    beside: Literal["closing", "page title", "lead title"]
    reach: int = 1
    labels_between: bool = False


# A site's time stamp line right under a report's title line (…报告 / 2020-03-27 17:46 湖北省人民
# 政府): when the page went up. A stamp below a field's label (发文日期 / 2020-12-03 10:00) is that
# field's value.
_STAMP_UNDER_TITLE = _TitleDate(_STAMP_LINE, "lead title")
# The machine date alone in brackets on the first line under a report's title (`上海市某委2020年
# …报告` / `( 2021-03-05)`): the site's own stamp, set where a site sets its date. A date written
# out in words (2020年12月15日) there may be the document's writing date.
_BRACKETED_STAMP_UNDER_TITLE = _TitleDate(_BRACKETED_STAMP, "page title")
# A date written out in brackets closing a report's title line (…情况报告 ( 2024年01月15日 )):
# the site sets the page's date there, as it sets a machine date (…报告 (2024-02-26)). A writing
# date stands on its own line under the title, or after the signature.
_WORDS_DATE_CLOSING_TITLE = _TitleDate(re.compile(rf"\s*{_BRACKETED_WORDS_DATE}\s*$"), "closing")
# A date in words alone in brackets under a report's title, in the body's first three lines,
# with at most a site's bare label between (`衡阳市2023年度…报告` / `站群导航` / `(2024年1月18日)`):
# the report's own date, taken only on a page that gives no other. Not one under a signer's line
# (`湖南省农业农村厅` / `(2024年1月31日)`) nor a person's (`某市人民政府市长 某某`): a signature
# block's date, nor one below the text's first sentence.
_WORDS_DATE_UNDER_TITLE = _TitleDate(
    re.compile(_BRACKETED_WORDS_DATE), "page title", reach=3, labels_between=True
)
# A title line that opens with its own reporter (福建省2021年度…, 某县人民政府关于…, a department:
# 天津市静海区司法局2024年度…): it does not continue the line above it, which is then a site's
# name or city selector, not an issuing body. {organ}: how a department's name ends.
# A body with two names (一个机构两块牌子) writes its second in brackets, and its party group
# (党组) may report for it: 桑日县藏语委办(编译局)党组2025年度…报告 names its own reporter.
_OWN_SUBJECT = (
    r"[\u4e00-\u9fff]{{1,12}}?(?:省|市|县|区|州|盟|旗)"
    r"(?:[\u4e00-\u9fff]{{1,12}}?(?:{organ})(?:[(（][\u4e00-\u9fff]{{2,12}}[)）])?(?:党组)?)?"
    r"(?=\d|人民政府|政府|关于)"
)

# A title's issuing department written short by its level alone (省人力资源和社会保障厅关于,
# 市司法局关于): the document's own issuer, before 关于 (its party group may issue for it). The
# same grammar as a title's short department (reporter_grammar.titled_department), asked less:
# only 关于 after it (the title readers of site_owner.py and reporter_clues.py take a year too),
# a name up to 12 characters before its end (人力资源和社会保障厅), ends as regions.toml's.
_SHORT_ISSUER_FOLLOWS = "(?:党组)?关于"
_SHORT_ISSUER_LONGEST = 12
# A place's name ends in its level (某市, 某自治州): a title's first line may be only that.
_PLACE_LEVELS = ("省", "市", "县", "区", "州", "盟", "旗", "镇", "乡", "街道")
# A title's second half that names no reporter: its year, then no level character of a place.
_TITLE_REST = re.compile(r"(?:19|20)\d{2}年[^省市县区州盟旗镇乡街]*")


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str
    place: Place
    year: int | None
    published: str | None  # YYYY-MM-DD
    warnings: tuple[str, ...]


def split_title(text: str, html_title: str | None = None) -> tuple[str | None, str]:
    """(title, body): the first one or two short lines when they read as a report title.

    A title broken over two lines (an issuing body, then `2024年度法治政府建设情况的报告`) is
    joined without a separator, as Chinese text is across a line break. A page without a title
    line keeps all its text as body; the HTML <title> stands in when it reads as a report title,
    else a whole title below the page's information block, else that block's title field
    (名称: | 某街道办事处关于…报告 |).
    """
    titles = load_toml("regions.toml")["titles"]
    lines = text.splitlines()
    # the title words are simplified: a page in traditional characters (報告) is read as one in
    # simplified (same offsets, same lines), and keeps its own characters
    simple = to_simplified(text).splitlines()
    filled = [i for i, line in enumerate(lines) if line.strip()][:2]
    heads = [simple[i].strip() for i in filled]
    taken = _title_line_count(heads, titles)
    if taken == 2 and not _has_keyword(heads[0], titles) and _stands_alone(heads[1], titles):
        title = lines[filled[1]].strip()
        return title, "\n".join(lines[: filled[0] + 1] + lines[filled[1] + 1 :]).strip("\n")
    if taken == 0:
        if page_title := _page_title(html_title, titles):
            return page_title, text
        lower = _lower_title(lines, simple, titles)
        return lower if lower[0] else (_labelled_title(lines, simple, titles), lower[1])
    title = "".join(lines[i].strip() for i in filled[:taken])
    return title, "\n".join(lines[filled[taken - 1] + 1 :]).lstrip("\n")


def _lower_title(
    lines: list[str], simple: list[str], titles: Mapping[str, Any]
) -> tuple[str | None, str]:
    """A complete report title below the page's information block (索引号…, 发布机构…).

    Only a line that reads as a whole title (`遂宁市人民政府关于2021年度法治政府建设情况的报告`)
    counts; the lines above it stay in the body.
    """
    # an information block's lines (`[ 发布机构 ] …`, often printed twice) push the title
    # down without being text above it: they do not count as lead lines
    filled = [i for i, line in enumerate(lines) if line.strip() and not _FIELD_LABEL.search(line)]
    for i in filled[: _LEAD_LINES + _furniture_run(filled[_LEAD_LINES:], simple)]:
        line = simple[i].strip()
        complete = line.endswith(tuple(titles["endings"]))
        if complete and _title_like(line, titles) and _has_keyword(line, titles):
            if i > 1 and _joint_issuers(simple[i - 2].strip(), simple[i - 1].strip(), line):
                first, last = i - 2, i
            elif i > 0 and _issuer_line(simple[i - 1].strip(), line, titles):
                first, last = i - 1, i
            else:  # the page's heading, repeated by the text below with its issuer
                first, last = _issued_repeat(i, filled[:_LEAD_LINES], simple, titles) or (i, i)
            title = "".join(part.strip() for part in lines[first : last + 1])
            rest = lines[:i] + lines[i + 1 : first] if first > i else lines[:first]
            return title, "\n".join(rest + lines[last + 1 :]).strip("\n")
    return None, "\n".join(lines)


def _furniture_run(filled: list[int], simple: list[str]) -> int:
    """How many of the lines below the lead (`filled`) are more of a site's furniture: short
    lines with no clause (a park's list of links, a menu: 广东-珠海-金湾区, 招商政策), above
    the page's title. The first line of prose ends the run; a title below it is a cited one."""
    run = takewhile(
        lambda i: len(simple[i].strip()) <= _FURNITURE_LINE and not _CLAUSE.search(simple[i]),
        filled[:_FURNITURE_LINES],
    )
    return len(list(run)) + 1  # and the line after the run, the title if any


def _issued_repeat(
    heading: int, filled: list[int], simple: list[str], titles: Mapping[str, Any]
) -> tuple[int, int] | None:
    """Where the text below the page's heading repeats it with its issuer's line above it
    (`2021年…报告` as the heading; 眉山市彭山区公义镇人民政府 / `2021年…报告` below the
    information block): the issuer's line and the repeat, read as a title broken over two
    lines, as the issuer line is at the top of a page."""
    line = simple[heading].strip()
    for i in (i for i in filled if i > heading + 1):
        if simple[i].strip() == line and _issuer_line(simple[i - 1].strip(), line, titles):
            return i - 1, i
    return None


def _labelled_title(lines: list[str], simple: list[str], titles: Mapping[str, Any]) -> str | None:
    """The title a page's index block gives in its title field (名  称: | 某街道办事处关于2024年
    法治政府建设工作情况的报告 |) when it reads as a whole report title: the page's title when
    no line of its own is one."""
    labels = "|".join(r"\s*".join(label) for label in titles["field_labels"])
    field = re.compile(
        rf"[\s•·]*[\[【［]?\s*(?:{labels})\s*(?:[:：]|[\]】］])[\s|｜]*(?P<value>.+?)[\s|｜]*"
    )
    for i, line in enumerate(simple[:_TABLE_SEARCH]):
        if not (match := field.fullmatch(line)):
            continue
        value = match.group("value")
        complete = value.endswith(tuple(titles["endings"]))
        if complete and _title_like(value, titles) and _has_keyword(value, titles):
            return lines[i][match.start("value") : match.end("value")]  # the page's characters
    return None


def _joint_issuers(upper: str, lower: str, line: str) -> bool:
    """Two issuer lines of one place above a title line opening with 关于: the place's party
    committee and its government, a joint heading (中共重庆市荣昌区吴家镇委员会 / 重庆市荣昌区
    吴家镇人民政府 / 关于2025年…报告). Both are the title's: its place stands only there."""
    if not line.startswith(tuple(load_toml("regions.toml")["titles"]["issuer_endings"])):
        return False
    return _party_and_government(upper, lower) or _party_and_government(lower, upper)


def _party_and_government(committee: str, government: str) -> bool:
    """Whether `committee` is the party committee (中共X委员会, 中共浚县县委) of the place whose
    government (X人民政府, X镇人民政府, X街道办事处) `government` is."""
    regions = load_toml("regions.toml")
    organs, townships = regions["organs"], regions["townships"]
    committees = ("委员会", *organs["party_committees"])
    places = (
        government.removesuffix(ending)
        for ending in (*organs["government"], *townships["organs"])
        if government.endswith(ending) and len(government) - len(ending) >= 2
    )
    return any(committee == f"中共{place}{c}" for place in places for c in committees)


def _issuer_line(above: str, line: str, titles: Mapping[str, Any]) -> bool:
    """The line right above a title is its first half: `长春市人民政府关于` / `2023年度…报告`.

    It ends in 关于, or in a government's or department's name when the title line is only a
    title's rest: its year, then no place of its own (a signature `某区司法局` above
    `2023年某区…报告`, a site's name above `某镇2024年度…报告` is no issuer).
    """
    if not above or not _title_like(above, titles) or _FIELD_LABEL.search(above):
        return False
    if above.endswith(tuple(titles["issuer_endings"])):
        return True
    organs = load_toml("regions.toml")["organs"]
    ends_in_organ = above.endswith(tuple(organs["government"] + organs["suffixes"]))
    return ends_in_organ and _TITLE_REST.fullmatch(line) is not None


def extract_metadata(
    title: str | None,
    body: str,
    furniture: Sequence[str],
    finder: ReporterFinder,
    source_url: str | None = None,
) -> Metadata:
    title = to_simplified(title).strip() if title else None
    body = to_simplified(body)
    title = title or _cited_title(body)
    published = publishing_date(furniture, body, title)
    year, year_warnings = covered_year(title, body, published)
    place, warnings = finder.locate(title or "", body, source_url, furniture, year)
    warnings += year_warnings + _plausibility(year, published)
    if not title:
        title = f"{place.region or ''}{f'{year}年' if year else ''}法治政府建设年度报告"
        warnings += ("title constructed",)
    return Metadata(title, place, year, published, warnings)


def apply_given(metadata: Metadata, given: GivenMetadata, resolver: RegionResolver) -> Metadata:
    """The sidecar's fields win; a given region also places itself when no parent is given."""
    if not given:
        return metadata
    place = metadata.place
    if given.get("region") and given["region"] != place.region:
        place, _ = resolver.resolve(str(given["region"]), "")
        place = replace(place, region=str(given["region"]))
    place = Place(
        region=given.get("region", place.region),
        level=Level(given["level"]) if "level" in given else place.level,
        province=_given_name(given, "province", resolver.province_full_name, place.province),
        city=_given_name(given, "city", resolver.city_full_name, place.city),
    )
    return Metadata(
        title=str(given.get("title", metadata.title)),
        place=place,
        year=given.get("year", metadata.year),
        published=given.get("published", metadata.published),
        warnings=metadata.warnings,
    )


def _given_name(
    given: GivenMetadata,
    key: Literal["province", "city"],
    full_name: Callable[[str], str | None],
    inferred: str | None,
) -> str | None:
    """A given province or city in its full official name when it is one (广东 -> 广东省)."""
    if key not in given:
        return inferred
    value = given[key]
    return None if value is None else full_name(value) or value


def covered_year(
    title: str | None, body: str, published: str | None
) -> tuple[int | None, tuple[str, ...]]:
    """The year the report covers: the title's (unless the text's own title and first sentence
    below it name another), else the body opening's, else the one the report says it reports
    (现将…报告如下), else the five-year plan's milestone the opening names for its undated year
    (****年是“十四五”规划收官之年), else published - 1, else the year of the one-year plan
    (工作要点) cited near the top, else the one year that opens sentences near the top."""
    opening = _BOOK_TITLE.sub("", to_simplified(body[:_OPENING]))
    heading = _YEAR.search(to_simplified(title or ""))
    if heading and (own := _own_title_year(opening)) not in (None, int(heading.group(1))):
        return own, ("year of the text's own title, not of the page's heading",)
    next_plan = _next_plan()
    for source in (next_plan.sub("", title or ""), next_plan.sub("", opening)):
        if match := _YEAR.search(source):
            return int(match.group(1)), ()
    further = _BOOK_TITLE.sub("", to_simplified(body[:_STATEMENT_WINDOW]))
    if match := _STATEMENT_YEAR.search(further):
        return int(match.group(1)), ("year from what the report says it reports (报告如下)",)
    if match := _PLAN_MILESTONE.search(opening):
        first = _PLAN_FIRST_YEARS[match.group(1)]
        year = first if match.group(2) == "开局" else first + 4
        return year, ("year from a five-year plan's milestone (开局之年, 收官之年)",)
    if published:
        return int(published[:4]) - 1, ("year inferred from the publishing date",)
    if match := _CITED_PLAN.search(to_simplified(body[:_CITED_PLAN_WINDOW])):
        return int(match.group(1)), ("year inferred from the year's plan the report cites",)
    top = _BOOK_TITLE.sub("", to_simplified(body[:_SENTENCE_YEAR_WINDOW]))
    if len(years := {int(m.group(1)) for m in _SENTENCE_YEAR.finditer(top)}) == 1:
        return years.pop(), ("year inferred from the one year that opens sentences near the top",)
    if (present := _present_year(top)) is not None:
        return present, ("year inferred from the one year a page speaking of its year names",)
    return None, ("year not found",)


def _present_year(top: str) -> int | None:
    """The one year a page that speaks of its year as the present (本年度, 一年来) names, when it
    names no other and not as a plan's (将…, …年计划) or a moment's (2023年初), else None."""
    if not _PRESENT_YEAR.search(top):
        return None
    matches = list(_YEAR.finditer(top))
    if len({m.group(1) for m in matches}) != 1:
        return None
    for match in matches:
        before, after = top[max(0, match.start() - 12) : match.start()], top[match.end() :][:12]
        if _PLANNED_YEAR.search(before) or _PLANNED_YEAR.search(after):
            return None
    return int(matches[0].group(1))


@cache
def _next_plan() -> re.Pattern[str]:
    """The next year's plan a report's title adds after its own year (…2023年…情况和2024年工作
    安排的报告): when a title is cut to that half, its year is the plan's, not the year covered.
    Its words are regions.toml's [titles] plan_words."""
    words = "|".join(map(re.escape, load_toml("regions.toml")["titles"]["plan_words"]))
    return re.compile(
        rf"(?:和|及|暨|与)\s*(?:19|20)\d{{2}}\s*年度?(?:工作|法治政府建设)?(?:{words})"
    )


def _own_title_year(opening: str) -> int | None:
    """The year of a report title in the opening when a sentence there opens with it too.

    A template site heads the text it carries with its own title, which may name another year
    (`省应急管理厅 2022 年度…报告` above `省应急管理厅2019年度…报告` and `2019年,省应急厅…`): the
    text's own title and its first sentence, two voices of the text, win over the site's one.
    """
    titles = load_toml("regions.toml")["titles"]
    opened = {int(m.group(1)) for m in _SENTENCE_YEAR.finditer(opening)}
    for line in (line.strip() for line in opening.splitlines()):
        complete = line.endswith(tuple(titles["endings"])) and _title_like(line, titles)
        match = _YEAR.search(line) if complete and _has_keyword(line, titles) else None
        if match and int(match.group(1)) in opened:
            return int(match.group(1))
    return None


def publishing_date(furniture: Sequence[str], body: str, title: str | None = None) -> str | None:
    """YYYY-MM-DD from the page's own date lines, else the date after the signature.

    In order: a labelled furniture line, a labelled line above the text (`- 发文日期: 2024-02-29`)
    or in the page's index table (the label says the date is the page's; an unlabelled dated
    furniture line may be a letter's signature), any dated furniture line (not on a cover
    letter's page), a date line with its source (`2026年02月24日 来源:…`), a short line with a
    machine date (`2025-04-27 10:14 黑龙江省人民政府网`, `省政府办公厅 2022-03-15`), a machine
    date after the title (`…情况报告 (2024-02-26)`).
    """
    dates = load_toml("regions.toml")["dates"]
    current = [line for line in furniture if not any(w in line for w in dates["stale_words"])]
    lead = [
        line
        for line in body.splitlines()[:_LEAD_LINES]
        if line.strip() and not any(w in line for w in dates["stale_words"])
    ]
    table = _index_table(body.splitlines(), dates["table_words"])
    # A site's time stamp right under the title (2020-03-27 17:46 湖北省人民政府) is when the page
    # went up: it outranks the document's own dates (发文日期, 成文日期), not a 发布日期.
    stamp = _date_by_title(_STAMP_UNDER_TITLE, title, lead) or _date_by_title(
        _BRACKETED_STAMP_UNDER_TITLE, title, lead
    )
    if stamp and not _labelled_date([*current, *lead, *table], dates["publishing_labels"]):
        return stamp
    if found := _labelled_date(current, dates["labels"]) or _labelled_date(
        [*lead, *table], dates["labels"]
    ):
        return found
    # An unlabelled index list with two dates (成文日期 and 发布日期, labels lost) does not say
    # which is the publishing date: only a date with its source or byline counts then.
    undecided = len(_bare_dates([*current, *lead])) > 1
    # A cover letter's date (上海市某局 / 2022年1月21日, then the report it sends up) is the
    # letter's signature, not the page's: only labelled dates count on such a page.
    letter = _forwards_a_report(lead, dates["forwarding_verbs"])
    for line in () if letter or undecided else current:
        if found := _first_date(line):
            return found
    if found := (
        _sourced_date(lead, dates["source_words"])
        or _byline_date(lead, [*dates["source_words"], *dates["byline_words"]])
        or _stacked_stamp(lead, dates["source_words"])
    ):
        return found
    if undecided:
        return None
    short = [line for line in lead if len(line.strip()) <= _DATE_LINE_LENGTH]
    for text in (*short, title or ""):
        if found := next(filter(None, map(_as_iso, _MACHINE_DATE.finditer(text))), None):
            return found
    if found := _date_by_title(_WORDS_DATE_CLOSING_TITLE, title, lead):
        return found
    under = _WORDS_DATE_UNDER_TITLE
    return None if letter else _signature_date(body) or _date_by_title(under, title, lead)


def _date_by_title(form: _TitleDate, title: str | None, lead: Sequence[str]) -> str | None:
    """The date `form` says a site sets beside a report's title (`title`, the page's, or a line
    of `lead`, the lines above the text): closing the title's line, or alone on a line under it."""
    titles = load_toml("regions.toml")["titles"]
    lines = [line.strip() for line in lead if line.strip()]
    if form.beside == "closing":
        for line in (title or "", lines[0] if lines else ""):
            match = form.pattern.search(line)
            if match and _report_title_line(line[: match.start()].strip(), titles):
                return _as_iso(match)
        return None
    heads = [(-1, title or "")] if form.beside == "page title" else list(enumerate(lines))
    for at, head in heads:
        if not _report_title_line(head, titles):
            continue
        under = lines[at + 1 : at + 1 + form.reach]
        for i, line in enumerate(under):
            if match := form.pattern.fullmatch(line):
                between = under[:i]
                if not between or (form.labels_between and all(map(_site_label, between))):
                    return _as_iso(match)
                break
    return None


def _site_label(line: str) -> bool:
    """A site's bare label line (站群导航, 正文): a few characters naming no organ or place."""
    organs = load_toml("regions.toml")["organs"]
    words = (*organs["government"], *organs["suffixes"], "省", "市", "县", "区", "镇", "乡")
    return (
        len(line) <= _SITE_LABEL_LENGTH
        and re.fullmatch(r"[\u4e00-\u9fff]+", line) is not None
        and not any(word in line for word in words)
    )


def _report_title_line(line: str, titles: Mapping[str, Any]) -> bool:
    complete = line.endswith(tuple(titles["endings"]))
    return complete and _title_like(line, titles) and _has_keyword(line, titles)


def _stacked_stamp(lead: Sequence[str], source_words: Sequence[str]) -> str | None:
    """A site's date block set on lines of its own (2024 / 04/07 / 19:20) at the top of the text
    or above its source line (来源:): the page's own date line, stacked. The cleaner may have
    taken the source line off as furniture: the block opens the text then."""
    lines = [line.strip() for line in lead if line.strip()]
    for i in range(len(lines) - 2):
        year, day, clock = lines[i : i + 3]
        source = lines[i + 3] if i + 3 < len(lines) else ""
        match = _DAY_LINE.fullmatch(day)
        if (
            match
            and re.fullmatch(r"(?:19|20)\d{2}", year)
            and _CLOCK_LINE.fullmatch(clock)
            and (i == 0 or source.startswith(tuple(source_words)))
        ):
            month, date_of_month = int(match.group(1)), int(match.group(2))
            try:
                return date(int(year), month, date_of_month).isoformat()
            except ValueError:
                return None
    return None


def _bare_dates(lines: Sequence[str]) -> set[str]:
    """The different dates of the lines that are nothing but a date."""
    matches = (_BARE_DATE_LINE.fullmatch(line) for line in lines)
    return {iso for match in matches if match and (iso := _as_iso(match))}


def _forwards_a_report(lead: Sequence[str], verbs: Sequence[str]) -> bool:
    """The page opens as a letter (生态环境部:) that sends a cited report up
    (现将《…报告》报上, 将《…报告》报送市委): a cover letter over the report. The letter's
    document number may stand above its addressee, as on the paper it was sent on."""
    lines = list(dropwhile(_DOCUMENT_NUMBER.fullmatch, map(to_simplified, lead)))
    if not lines or not _ADDRESSEE.fullmatch(lines[0].strip()):
        return False
    # The report may be sent without 将 (我委拟就了《…报告》(见附件),现呈上): the cited report,
    # then a sending verb in the same sentence.
    sends = re.compile(rf"《[^》]*报告》[^。]{{0,20}}(?:{'|'.join(map(re.escape, verbs))})")
    return any(sends.search(line) for line in lines[1:6])


def _index_table(lines: Sequence[str], table_words: Sequence[str]) -> list[str]:
    """The rows of a page's index table (索 引 号: … / 发布日期: …), which a long menu may push
    below the lines above the text."""
    for i, line in enumerate(lines[:_TABLE_SEARCH]):
        if any(word in re.sub(r"\s", "", line) for word in table_words):
            return list(lines[i : i + _TABLE_LINES])
    return []


def _sourced_date(lead: Sequence[str], source_words: Sequence[str]) -> str | None:
    """A line that opens with a date and its source (`2026年02月24日 来源:省卫健委…`), even when
    the capture ran the first sentence into it."""
    sources = "|".join(map(re.escape, source_words))
    pattern = re.compile(
        rf"\s*(?:{_ARABIC_DATE}\s*日?|{_CHINESE_DATE})[\s\d:]*(?:{sources})\s*[:：]"
    )
    for line in lead:
        if match := pattern.match(line):
            return _as_iso(match)
    return None


def _byline_date(lead: Sequence[str], byline_words: Sequence[str]) -> str | None:
    """A byline line above the text: a date with its time of day, as a site stamps its pages
    (`中国东莞政府门户网站 www.dg.gov.cn  2019-01-24 15:36  来源: 东莞市司法局`,
    `法律法规网 2018-04-12 17:22:43  评论()`, ` 2021/03/04/ 15:59 来源:…`), on a line that names
    the page's furniture (来源, 评论): prose gives no clock, and a capture clock's line
    (今天是…) was dropped before."""
    stamp = re.compile(rf"{_ARABIC_DATE}\s*日?[/\s]*\d{{1,2}}:\d{{2}}(?!\d)")
    for line in lead:
        if any(word in line for word in byline_words) and (match := stamp.search(line)):
            return _as_iso(match)
    return None


def _labelled_date(lines: Sequence[str], labels: Sequence[str]) -> str | None:
    """The date after a label, the labels taken in the data's order of preference: a page's
    `[ 成文日期 ] 2023-03-02 [ 发布日期 ] 2023-03-03` was published on the 3rd."""
    for label in labels:
        # …or in a table's next cell: `[ 成文日期 ] | 2024-02-01 |`, `| 发文日期: | 2026-01-06 |`
        pattern = re.compile(
            rf"{re.escape(label)}\s*[\]】］]?\s*[:：]?\s*[|｜]?\s*(?={_ARABIC_DATE})"
        )
        for line in lines:
            if (match := pattern.search(line)) and (found := _first_date(line[match.end() :])):
                return found
    return None


def _cited_title(body: str) -> str | None:
    """A report title the first line cites (`《梧州市人民政府2018年度…报告》是…`): a repost's."""
    titles = load_toml("regions.toml")["titles"]
    first = next((line for line in body.splitlines() if line.strip()), "")
    for match in _BOOK_TITLE.finditer(first):
        cited = match.group()[1:-1].strip()
        complete = cited.endswith(tuple(titles["endings"]))
        if complete and _title_like(cited, titles) and _has_keyword(cited, titles):
            return cited
    return None


def _title_line_count(heads: list[str], titles: Mapping[str, Any]) -> int:
    """How many of the first two lines make the title: 0, 1 or 2."""
    if not heads or not _title_like(heads[0], titles):
        return 0
    complete = heads[0].endswith(tuple(titles["endings"]))
    if not complete and len(heads) > 1 and _continues_title(heads[1], titles):
        return 2 if _opens_title(heads[0], heads[1], titles) else 0
    return 1 if _has_keyword(heads[0], titles) else 0


def _opens_title(first: str, second: str, titles: Mapping[str, Any]) -> bool:
    """Whether a line is a title's first half: title words, 关于, an issuer (a government, a
    department, a place) or a second half opening with 关于. A site's menu line (意见建议) above
    a title is none: gluing it on would make a reporter's name of it."""
    regions = load_toml("regions.toml")
    organs, townships = regions["organs"], regions["townships"]
    # a township's own body too (…广安门内街道办事处 / 2020年法治政府建设年度情况报告)
    issuers = (
        *titles["issuer_endings"], *organs["government"], *organs["suffixes"],
        *townships["suffixes"], *townships["organs"],
    )  # fmt: skip
    return (
        _has_keyword(first, titles)
        or first.endswith((*issuers, *_PLACE_LEVELS))
        or second.startswith(tuple(titles["issuer_endings"]))
    )


def _stands_alone(line: str, titles: Mapping[str, Any]) -> bool:
    """A complete title naming its own reporter (福建省2021年度法治政府建设情况), or its issuing
    department written short by its level before 关于 (省人力资源和社会保障厅关于…报告), as a
    document names its own issuer: a banner above it (江苏人社局) is no first half."""
    organ = "|".join(load_toml("regions.toml")["organs"]["suffixes"])
    simplified = to_simplified(line)
    short_issuer = titled_department(
        organ, longest=_SHORT_ISSUER_LONGEST, after=_SHORT_ISSUER_FOLLOWS
    )
    own_subject = re.match(_OWN_SUBJECT.format(organ=organ), simplified) or re.match(
        short_issuer, simplified
    )
    return _continues_title(line, titles) and own_subject is not None


def _continues_title(line: str, titles: Mapping[str, Any]) -> bool:
    """A second title line completes the first: `2024年度法治政府建设情况的报告`."""
    ends = line.endswith(tuple(titles["endings"]))
    return ends and _title_like(line, titles) and _has_keyword(line, titles)


def _title_like(line: str, titles: Mapping[str, Any]) -> bool:
    return (
        len(line) <= titles["max_length"]
        and not _SENTENCE_PUNCTUATION.search(line)
        and heading_level(line) is None
        and not _BREADCRUMB.search(line)  # 首页>政务公开>法治政府建设年度报告 is the site's
        and len(_FIELD_LABEL.findall(line)) < 2
        and line.strip(_LIST_MARKS) not in titles["kinds_alone"]  # • 工作报告: an index row
    )


def _has_keyword(line: str, titles: Mapping[str, Any]) -> bool:
    simplified = to_simplified(line)
    return any(word in simplified for word in titles["keywords"])


def _page_title(html_title: str | None, titles: Mapping[str, Any]) -> str | None:
    """The part of an HTML <title> (`报告_某区人民政府`) that reads as a report title."""
    if not html_title:
        return None
    parts = _PAGE_TITLE_SEPARATORS.split(html_title.strip())
    return next(
        (p for p in parts if p and _title_like(p, titles) and _has_keyword(p, titles)), None
    )


def _first_date(text: str) -> str | None:
    found = next(filter(None, (_as_iso(m) for m in _DATE.finditer(text))), None)
    return found or next(filter(None, (_day_first(m) for m in _DAY_FIRST.finditer(text))), None)


def _day_first(match: re.Match[str]) -> str | None:
    """25.02.2016 (a reposting site's date) -> 2016-02-25."""
    day, month, year = (int(g) for g in match.groups())
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _signature_date(body: str) -> str | None:
    """A date alone on one of the last lines, after the signature (`2024年3月15日`)."""
    last = [line for line in body.splitlines() if line.strip()][-3:]
    for line in reversed(last):
        if match := _DATE_LINE.fullmatch(to_simplified(line)):
            return _as_iso(match)
    return None


def _as_iso(match: re.Match[str]) -> str | None:
    """The date an _ARABIC_DATE or _CHINESE_DATE match names, or None if it is no real date."""
    groups = [g for g in match.groups() if g is not None]
    if not groups[0].isdigit():
        month, day = counted_value(groups[1]), counted_value(groups[2])
        if month is None or day is None:
            return None
        groups = [digit_by_digit(groups[0]), str(month), str(day)]
    try:
        return date(int(groups[0]), int(groups[1]), int(groups[2])).isoformat()
    except ValueError:
        return None


def _plausibility(year: int | None, published: str | None) -> tuple[str, ...]:
    """A report is published after the year it covers, usually early in the next one."""
    if year is None or published is None:
        return ()
    gap, month = int(published[:4]) - year, int(published[5:7])
    if gap < 0 or (gap == 0 and month < 10):
        return (f"published {published} before the end of the year it covers ({year})",)
    if gap > 2:
        return (f"published {published}, long after the year it covers ({year})",)
    return ()
