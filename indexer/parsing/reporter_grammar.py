"""The reading every step of finding a page's reporter shares (parsing/evidence.py and the
modules it calls): how far the opening and the weighed evidence reach, how a sentence's subject
starts, the addressee line, the levels a page may speak as, how a department's name ends."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from types import MappingProxyType

from indexer.models import Level
from indexer.parsing.organs import department_names, in_order, organ_grammar
from indexer.parsing.subject_grammar import LEADERSHIP
from indexer.regions import Division, RegionResolver
from indexer.resources import load_toml

OPENING = 300
EVIDENCE = 8000  # characters weighed for place names: enough to name the reporter, bounded cost
NOT_FOUND = "region not found in the title or the body's opening"
# The addressee line, alone or with the report's first sentence after it on the same line
# (中共嘉兴市委、嘉兴市人民政府: 2020年,海宁市以…): the reporter's superior, never the reporter.
# Its last organ may stand in brackets (市委(市政府):, the party committee and the government).
# A sentence whose subject speaks as a government (我市, 全县) after its superiors' leadership
# (在镇江市委市政府的领导下,我市…), also after a clause of purpose (为…,在…领导下,我市…):
# group "clauses" the clauses, group "word" the level written.
LED_GOVERNMENT = re.compile(
    rf"(?:^|(?<=[\n。;；,，]))[\s,，]*(?:(?:19|20)\d{{2}}年(?:以来|度)?[\s,，]*)?"
    rf"(?P<clauses>{LEADERSHIP.pattern})[我本全](?P<word>[省市县区州旗盟])",
    re.MULTILINE,
)
GOVERNMENT_PREFIX = re.compile(r"^(?:人民政府|政府)")
BOOK_TITLE = re.compile(r"《[^》]*》")
# When the opening's subject comes: at the start of a sentence, after the year it speaks of.
SENTENCE_START = (
    r"(?:^|(?<=[\n。;；]))[\s,，]*(?:(?:\d{4}年(?:以来|度)?|本年度|今年以来|一年来|近年来)[\s,，]*)?"
    # 2025年是贯彻实施《…》的收官之年,区司法局坚持…: the year's clause, then the subject
    r"(?:\d{4}年是[^。;；\n]{0,150}?之年[\s,，]+)?"
    # 为贯彻落实…精神,扎实做好…工作,区统计局严格…: the purpose clauses, then the subject
    r"(?:为[^。;；\n]{0,120}?[,，]\s*)?"
)
# 镇: a township (我镇, 本乡, 我街道), in no official list's level
NATURAL_LEVEL = {"省": Level.PROVINCE, "市": Level.CITY, "州": Level.CITY, "盟": Level.CITY,
                 "县": Level.COUNTY, "旗": Level.COUNTY, "区": Level.COUNTY,
                 "镇": Level.OTHER}  # fmt: skip
_LEVELS_OF_SELF = {
    "省": (Level.PROVINCE,),
    "市": (Level.CITY, Level.COUNTY, Level.PROVINCE),  # prefecture, county-level city, 直辖市
    "州": (Level.CITY,),
    "盟": (Level.CITY,),
    "县": (Level.COUNTY,),
    "旗": (Level.COUNTY,),
    "区": (Level.COUNTY, Level.PROVINCE),  # district, or 自治区 (全区各级人民政府)
    "镇": (),  # no township is in the official division list
}
ORGAN_ENDS = ("局", "厅", "委员会", "办公室", "办公厅")  # and the data's commissions (卫健委)
# How a department's full name ends for each last character of a short one (办 of 办公室): the
# kinds of ORGAN_ENDS a title's short name writes by one character (市政务服务办, 区发改委), or
# whole. A short 办 is read as an office (办公室), never as a general office (办公厅).
SHORT_KIND_ENDS = MappingProxyType(
    {"办": ("办", "办公室"), "局": ("局",), "委": ("委", "委员会"), "厅": ("厅",)}
)
# The level characters a place's name ends with, by which a department may write its place
# (市司法局, 区应急局): a group's alternatives, in a character class.
LEVEL_CHARACTERS = "省市县区州旗盟"
# What follows a department opening a title: 关于, or the year it reports (区司法局关于…,
# 市政务服务办2022年…, 县应急局 2023年度…).
TITLE_FOLLOWS = r"(?:关于|\s*\d{4}|年度)"
_MUNICIPALITY_CODES = ("11", "12", "31", "50")
_AUTONOMOUS_REGIONS = ("15", "45", "54", "64", "65")


def spells(short: str, organ: str) -> bool:
    """Whether `short` (政务服务办) writes the department `organ` (人民政府政务服务办公室): its
    characters in the name in order, its last one the name's kind (办 of 办公室). A title's
    short department (site_owner.py) and an opening's subject (reporter_checks.py) are read so."""
    ends = organ.endswith(SHORT_KIND_ENDS.get(short[-1], ()))
    return ends and in_order(short[:-1], organ) is not None


@cache
def organ_end() -> str:
    """A pattern: how a department's name ends (局, 厅, 委员会, 卫健委 …); a commission's short
    form not inside its full name. The short forms are data/organs.toml's (卫健委, 政府办), the
    commissions regions.toml's that it does not write in full (科委)."""
    commissions = [*load_toml("regions.toml")["organs"]["commissions"]]
    ends = [*commissions, *department_names().short_ends()]
    short = "|".join(map(re.escape, sorted(ends, key=len, reverse=True)))
    return rf"(?:{'|'.join(ORGAN_ENDS)}|(?:{short})(?!员会))"


@cache
def department_self() -> re.Pattern[str]:
    """A department speaking of itself (我局, 局党组: data/regions.toml [reporter]
    department_self_references); a party organ's word after a name and before a member's title
    (邀请市司法局党委委员…) is another bureau's official, not the page's voice."""
    words = load_toml("regions.toml")["reporter"]["department_self_references"]
    own = "|".join(re.escape(w) for w in words if w[0] in "我本")
    organs = "|".join(re.escape(w) for w in words if w[0] not in "我本")
    return re.compile(
        rf"{own}|(?:(?<![\u4e00-\u9fff])(?:{organs})|(?:{organs})(?!委员|成员|副?书记))"
    )


@cache
def publisher_label() -> str:
    """A pattern: the label of a page's publisher line (来源, 信息来源, 发布机构 …), as
    data/regions.toml [reporter] publisher_labels; site_owner reads the name after it, page_voice
    the line."""
    return f"(?:{'|'.join(load_toml('regions.toml')['reporter']['publisher_labels'])})"


@cache
def addressee_line() -> re.Pattern[str]:
    """An addressee line, alone or before the year the text opens with (市委、市政府:2024年,…):
    its names end as data/regions.toml [reporter] addressee_endings, the list page_voice reads."""
    ends = "|".join(map(re.escape, load_toml("regions.toml")["reporter"]["addressee_endings"]))
    return re.compile(
        rf"^[^\n。,，]{{1,60}}?(?:{ends})[)）]?[:：][ \t\u3000]*(?:$|(?=(?:19|20)\d{{2}}年))",
        re.MULTILINE,
    )


def titled_department(
    ends: str,
    *,
    level: str = rf"([{LEVEL_CHARACTERS}])",
    longest: int = 10,
    after: str = TITLE_FOLLOWS,
) -> str:
    """A pattern: a title opening with a department written by its place's level and a short
    name, no place (市政务服务办2022年…, 区司法局关于…): group 1 the level, group 2 the name.
    Its readers differ in what they ask of it, given here: `ends` how the name ends (a pattern),
    `level` how the level is written (a pattern holding group 1: optional, or with what may not
    follow it), `longest` the name's characters before its end, `after` what follows the name
    ("" for the department alone, as a sentence's subject)."""
    return rf"{level}([\u4e00-\u9fff]{{1,{longest}}}?(?:{ends})){after}"


def organ_name(word: str) -> str | None:
    """`word` as a department's name, or None when it holds a phrase's word (坚持, 的 …) or is
    a party committee's organ after its place (涪陵区 + 委机构编制委员会, 市 + 委政法委): named,
    never the reporter of its government's report."""
    # a phrase's words, and the common words ending in 局 that name no bureau (保持社会大局稳定,
    # 发展新格局): data/organs.toml [departments] not_in_names
    if word.startswith("委") or any(w in word for w in organ_grammar().not_in_names):
        return None
    return word


def level_fits(division: Division, word: str) -> bool:
    """Whether a page speaking as 我市 / 全县 / 区… could be `division`."""
    if division.level == Level.PROVINCE and word in "市区":
        autonomous = word == "区" and division.code[:2] in _AUTONOMOUS_REGIONS
        return autonomous or (word == "市" and is_municipality(division))
    if division.level == Level.COUNTY and word in "市县区旗":
        return division.name.endswith(word)  # 我市 is no 县's, 我县 no 区's
    return division.level in _LEVELS_OF_SELF[word]


def division_name(resolver: RegionResolver, name: str) -> bool:
    """景德镇 is a city's short name, not a township."""
    return name in resolver.full_names or name in resolver.short_names


def sole(values: Iterable[str | None]) -> str | None:
    distinct = set(values)
    return distinct.pop() if len(distinct) == 1 else None


def blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def is_municipality(division: Division) -> bool:
    return division.code[:2] in _MUNICIPALITY_CODES
