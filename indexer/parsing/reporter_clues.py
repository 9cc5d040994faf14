"""How a page speaks of itself, read before its places are weighed (parsing/evidence.py): the
level it speaks as (我市, 全省, 县政府; 我局 or 司法厅 for a department), a department named
without its place as the opening's subject (2023年,市司法局坚持…), the addressee line, a
ministry, and the places it mentions in passing (documents' numbers, visits, slogans, cited
titles: passing_mentions.py). Each is a clue, weighed with the others, never a verdict alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from indexer.models import Level
from indexer.parsing.organs import (
    DepartmentNames,
    agreeing_stems,
    department_names,
    township_voice,
)
from indexer.parsing.passing_mentions import PassingMentions
from indexer.parsing.reporter_grammar import (
    BOOK_TITLE,
    EVIDENCE,
    LEVEL_CHARACTERS,
    NATURAL_LEVEL,
    OPENING,
    SENTENCE_START,
    addressee_line,
    blank,
    department_self,
    organ_end,
    organ_name,
    titled_department,
)
from indexer.parsing.subject_grammar import (
    FOLLOWED_DECISIONS,
    OTHER_NAMES,
    SUBJECT_VERBS,
    UNDER_SUPERIORS,
)
from indexer.regions import Division, RegionResolver
from indexer.resources import load_toml

# A leading group headed by the reporter's own chief (以党委书记、局长为组长): a bureau or
# department speaks, though its opening may write only 县委、县政府 and 全县 (superiors, scope).
_DEPARTMENT_HEAD = re.compile(r"以(?:局|厅)?(?:党组|党委)书记、(局|厅)长(?:为|任)组长")
# A bureau's or commission's own organs, written bare (提交委党组会, 。局长办公会研究…,
# 委党委始终…): the page is the department's, though it speaks of its scope as 全市. After a
# name (市卫健委党组) they are another department's.
_OWN_ORGAN = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=[交开过为展的次经由]))"
    r"(局|厅|委)(?:党组会|党组|党委|主任会议|主任办公会|长办公会|务会)"
)
# 在区委、区政府的领导下,我局…: a bureau's own government leads it, so its place is of that
# level (a government names its superiors so: 在市委、市政府领导下,我区…).
_OWN_GOVERNMENT = re.compile(
    r"在([省市县区州旗盟])委、\1(?:人民)?政府[^,，。;；]{0,30}?(?:领导|指导)下[,，]?\s*(?:我局|本局)"
)
# A bureau whose scope is only a province's (全省, 我省; never 全市, 我县, 区委 …) is a province's.
_PROVINCE_SCOPE = re.compile(r"全省|我省")
_LOWER_SCOPE = re.compile(r"(?:全|我|本)[市县区州旗盟]|[市县区州旗盟]委(?!员)")
# 贯彻自治区党委十届六次全会部署: a superior's plenary session the page carries out, not its voice
_CITED_PLENUM = re.compile(
    r"[\u4e00-\u9fff]{0,4}?(?:党委|省委|市委|县委|区委|州委|盟委|旗委)\s*第?"
    r"[一二三四五六七八九十\d]+届[一二三四五六七八九十\d]+次全(?:体会议|会)"
)
# A site's link in the page's menu (省政府网, 市政府门户网站, 市委网站) names a website, not the
# page speaking of itself.
_NOT_A_SITE = r"(?!网|门户)"
# A department written by its place's level and its kind alone (市局党组始终…, 省厅坚持…): the
# bureau's voice, not its name (莆田市 + 市局 is no department).
_BARE_KIND = re.compile(r"[省市县区州旗盟]?[局厅委办]")
# The autonomous region as the subject of a sentence, not as a superior (贯彻自治区党委部署).
_AUTONOMOUS_REGION_SELF = re.compile(r"(?:^|[,，。;；\n])\s*自治区(?:人民政府|政府|党委)", re.M)
# The bodies a report is addressed to, one after another before a colon (市委,市政府,市场监管总局:),
# wherever the line puts them: a ministry there receives the report, does not write it.
_ADDRESSED_BODY = r"[\u4e00-\u9fff]{1,15}?(?:党委|委|政府|部|局|署|厅)"
_ADDRESSEES = re.compile(rf"(?:{_ADDRESSED_BODY}[、,，]\s*)*{_ADDRESSED_BODY}\s*[:：]")
_ADDRESSEE_LEVEL = re.compile(r"(省|市|州|盟|县|旗|区)(?:委|人民政府|政府|人大常委会)")


# The decisions a subject follows before its verb (市文旅局根据市委、市政府…工作部署,坚持…):
# the subject is still the department.
_FOLLOWING = r"(?:(?:根据|依据)[^\n。;；,，]{0,60}?(?:部署|要求|规定)\s*[,，]\s*)"


@dataclass(frozen=True, slots=True)
class Clues:
    """What the page says of who it is, apart from the places it names."""

    self_word: str | None  # 省/市/县/区/州 from 我市, 全省, 县政府 …; 局/厅 for a department
    self_at: int  # where the opening first speaks of itself so
    organ: str | None  # the department the opening's subject names without a place (司法厅)
    addressee: str  # the addressee line, or ""
    addressee_level: Level | None  # a department reports to its own government (县委、县政府:)
    ministry: str | None
    hosts: tuple[Division, ...]  # places the site's host or organiser lines name
    documents: tuple[Division, ...] = ()  # provinces whose documents' numbers the page cites
    visited: tuple[Division, ...] = ()  # provinces a leader's visit names (来陕考察)
    spoken_of: tuple[Division, ...] = ()  # places of a visit or words (考察江西, 对江苏工作)
    slogans: tuple[Division, ...] = ()  # places a slogan names (法治武义)
    slogan_cities: tuple[Division, ...] = ()  # a shared stem's places, in one city (法治岳阳)
    cited: tuple[Division, ...] = ()  # places the titles of cited documents name (《广东省…》)
    organ_place: str | None = None  # the level the organ's place is written as (区 in 区应急管理局)
    provincial: bool = False  # its scope only a province's (全省, 我省; no 全市, 县委 …)
    prefecture: bool = False  # it speaks of the counties it governs (各县(市、区), 市县两级)


@dataclass(frozen=True, slots=True)
class ClueReader:
    """Reads a page's clues from its title and its (simplified) body."""

    resolver: RegionResolver
    self_pattern: re.Pattern[str]
    weak_pattern: re.Pattern[str]  # 省委, 市委 …: the level only when nothing else says it
    ministries: tuple[str, ...]
    # 现将生态环境部2019年法治政府建设情况…报告如下: a ministry says it reports its year's
    # rule-of-law work, however far down a template site's furniture pushes the sentence
    self_named_ministry: re.Pattern[str]
    # A ministry right before a book title (交通运输部《交通运输法治政府部门建设评价暂行办法》,
    # 生态环境部印发的《…》): the document's issuer, cited, not the reporter; 交通运输部认真贯彻
    # 落实《…》 is a ministry's own verb and stays.
    issuing_ministry: re.Pattern[str]
    document_number: re.Pattern[str]  # 粤法治办〔2021〕36号: group 1 a province's abbreviation
    # 总书记来陕考察: group 1 a province's abbreviation; 来 (coming here), never 赴浙考察 (a trip)
    visit: re.Pattern[str]
    abbreviations: Mapping[str, Division]  # 粤 -> 广东省
    mentions: PassingMentions  # visits, slogans, cited documents, systems (passing_mentions.py)
    department_self: re.Pattern[str]  # 我局, 我委: a department speaks, whatever else it says
    prefecture_scope: re.Pattern[str]  # 各县(市、区), 市县两级: the counties a prefecture governs
    organ_end: str  # a pattern: how a department's name ends (局, 厅, 委员会, 卫健委 …)
    departments: DepartmentNames  # official names and short forms (parsing/organs.py)
    township_self: re.Pattern[str]  # 我镇, 本乡, 我街道: only a township's own report speaks so

    @classmethod
    def from_data(cls, resolver: RegionResolver, mentions: PassingMentions) -> ClueReader:
        config = load_toml("regions.toml")["reporter"]
        words = sorted(config["self_references"], key=len, reverse=True)
        ministries = tuple(sorted(config["ministries"], key=len, reverse=True))
        weak = sorted(config["weak_self_references"], key=len, reverse=True)
        return cls(
            resolver=resolver,
            self_pattern=re.compile(f"(?:{'|'.join(map(re.escape, words))}){_NOT_A_SITE}"),
            weak_pattern=re.compile(f"(?:{'|'.join(map(re.escape, weak))}){_NOT_A_SITE}"),
            ministries=ministries,
            self_named_ministry=re.compile(
                rf"现将({'|'.join(map(re.escape, ministries))})\s*(?:19|20)\d{{2}}\s*年度?"
                r"(?:法治|依法)"
            ),
            issuing_ministry=re.compile(
                rf"(?:{'|'.join(map(re.escape, ministries))})(?:(?:印发|制定|发布)的?)?(?=\s*《)"
            ),
            document_number=re.compile(
                rf"(?<![\u4e00-\u9fff])([{''.join(config['province_abbreviations'])}])"
                r"[\u4e00-\u9fff]{0,8}[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*\d+\s*号"
            ),
            visit=re.compile(
                rf"(?:来|莅临|亲临)([{''.join(config['province_abbreviations'])}])(?:考察|视察)"
            ),
            abbreviations={
                short: resolver.by_code[resolver.full_names[name][0].code]
                for short, name in config["province_abbreviations"].items()
            },
            mentions=mentions,
            prefecture_scope=re.compile("|".join(map(re.escape, config["prefecture_scopes"]))),
            department_self=department_self(),
            organ_end=organ_end(),
            departments=department_names(),
            township_self=township_voice().first_person,
        )

    def read(self, title: str, body: str, hosts: tuple[Division, ...]) -> Clues:
        """`hosts`: the places the site's address names (site_owner.py)."""
        addressee = next(iter(addressee_line().findall(body[:OPENING])), "")
        opening = UNDER_SUPERIORS.sub(
            blank, body[:OPENING].replace(addressee, " " * len(addressee))
        )
        opening = _CITED_PLENUM.sub(blank, opening)
        match = self.self_pattern.search(opening) or self._weak_voice(opening)
        # a place inside a cited document (《西城区法治政府建设规划》) names no subject before it
        named = self.resolver.opening_place(BOOK_TITLE.sub(blank, opening), "")
        before = min(match.start() if match else OPENING, named[2] if named else OPENING)
        subject = self._organ_subject(title, opening, before)
        speaking = self.department_self.search(opening) or _DEPARTMENT_HEAD.search(body[:EVIDENCE])
        found = match.group() if match else None
        word = _organ_word(subject.group(2)) if subject else _self_word(found) if found else None
        if speaking and not subject:  # 全市司法行政系统…我局: the bureau speaks of its scope
            word = speaking.group(1) if speaking.groups() else _self_word(speaking.group())
        organs = None if speaking or subject else _OWN_ORGAN.search(body[:EVIDENCE])
        if organs and word not in ("局", "厅"):  # 全市卫生健康工作… 委党组: the commission's
            word = _organ_word(organs.group(1))
        system = None if speaking or subject else self.mentions.system_voice(opening)
        if system:  # 全市市场监管系统坚持…: the bureau heading it speaks, a 市's
            word = "厅" if system == "省" else "局"
        town = self.township_self.search(opening)
        if (
            town
            and not subject
            and not speaking
            and (match is None or town.start() < match.start())
        ):
            word, match = "镇", town  # 我镇…落实省委省政府部署: its superiors, not itself
        if word == "区" and _AUTONOMOUS_REGION_SELF.search(opening):
            word = "省"  # 我区 … 自治区人民政府: an autonomous region, not a district
        return Clues(
            self_word=word,
            self_at=0 if subject else match.start() if match else OPENING,
            organ=organ_name(subject.group(2)) if subject else None,
            organ_place=system or self._organ_place(subject, body[:OPENING]),
            addressee=addressee,
            addressee_level=_addressee_level(addressee),
            ministry=self._ministry(title, opening, body),
            hosts=hosts,
            documents=tuple(
                self.abbreviations[m.group(1)] for m in self.document_number.finditer(body)
            ),
            visited=tuple(
                self.abbreviations[m.group(1)] for m in self.visit.finditer(body[:EVIDENCE])
            ),
            spoken_of=self.mentions.visited(body[:EVIDENCE]),
            slogans=agreeing_stems(
                self.mentions.slogans(body[:EVIDENCE]), body[:EVIDENCE], self.resolver
            ),
            slogan_cities=agreeing_stems(
                self.mentions.slogan_cities(body[:EVIDENCE]), body[:EVIDENCE], self.resolver
            ),
            cited=self.mentions.cited(body[:EVIDENCE]),
            provincial=_PROVINCE_SCOPE.search(body[:EVIDENCE]) is not None
            and _LOWER_SCOPE.search(body[:EVIDENCE]) is None,
            prefecture=self.prefecture_scope.search(body[:EVIDENCE]) is not None,
        )

    def _weak_voice(self, opening: str) -> re.Match[str] | None:
        """The first party committee the opening names (县委…), the level it may speak as, when
        every one it names is of that level: 省委…、市委…和区委… is the chain of its
        superiors (a 街道's under its district), whose highest is no voice of its own."""
        found = list(self.weak_pattern.finditer(opening))
        levels = {_self_word(m.group()) for m in found}
        return found[0] if len(levels) == 1 else None

    def _ministry(self, title: str, opening: str, body: str) -> str | None:
        """The ministry the title or the opening's start names, or the one that says it
        reports (现将生态环境部2019年法治政府建设情况…报告如下)."""
        # 落实《生态环境部关于…意见》 cites a ministry's document, 交通运输部《…》 names its
        # issuer, 根据…市场监管总局的部署 follows a ministry's decisions, 市委,市场监管总局:
        # addresses the report to it: the ministry does not report
        unaddressed = _ADDRESSEES.sub(blank, self.issuing_ministry.sub(blank, opening))
        uncited = FOLLOWED_DECISIONS.sub(blank, BOOK_TITLE.sub(blank, unaddressed))[:60]
        named_in = (title, uncited)
        if ministry := next((m for m in self.ministries if _names_ministry(m, named_in)), None):
            return ministry
        named = self.self_named_ministry.search(body[:EVIDENCE])
        return named.group(1) if named else None

    def _organ_place(self, subject: re.Match[str] | None, opening: str) -> str | None:
        """The level a bureau's place is written as (区 in 区应急管理局), or that of its own
        government, which leads it (在区委、区政府的领导下,我局…)."""
        if subject:
            return subject.group(1) or self.departments.level_of(subject.group(2))
        led = _OWN_GOVERNMENT.search(opening)
        return led.group(1) if led else None

    def _organ_subject(self, title: str, opening: str, before: int) -> re.Match[str] | None:
        """A department named without its place, as the title's issuer (区市场监管局关于…) or
        as a sentence's subject in the opening (2023年,市司法局坚持…; 本年度县教委深入…) before
        the opening names a place or speaks as a government (`海珠区坚持…。区司法局在…` is the
        district's). Group 1: the level its place is written as."""
        tails = self.departments.level_tails()  # 市场监管局 is no 市 + 场监管局
        # its level optional (司法厅坚持…); a name never opens with a voice's 我 or 本 (我局, 本局)
        level = rf"(?:([{LEVEL_CHARACTERS}])(?!{tails}))?(?![我本])"
        organ = titled_department(self.organ_end, level=level, after="")
        titled = re.match(rf"\s*(?:中共)?{titled_department(self.organ_end, level=level)}", title)
        if titled and self._placeless(titled.group(2)):
            return titled
        # a stray bracket may open the verb's clause: 县司法局…,(坚持…; its other names may follow;
        # leadership clauses joined by 、 (在市委…领导下、在省卫健委的指导下,), blanked, leave
        # their 、 alone between blanks
        pattern = (
            rf"{SENTENCE_START}{_FOLLOWING}?{organ}{OTHER_NAMES}?(?:党组|党委)?(?:\s*[,，]|\s+、)*\s*[(（]?"
            rf"{_FOLLOWING}?{SUBJECT_VERBS}"
        )
        subject = re.search(pattern, opening, re.M)
        # the organ begins at its level character: 市政府办公室 is no 市政府 that speaks first
        if subject is None or subject.start(1 if subject.group(1) else 2) > before:
            return None
        if not self._placeless(subject.group(2)):
            return None
        return subject

    def _placeless(self, organ: str) -> bool:
        """江门市司法局 is a place with its department, found as such; 司法局 names no place.
        A level and a kind alone (市局, 省厅) name no department either: the page speaks as a
        bureau, whose name is to be read elsewhere."""
        if _BARE_KIND.fullmatch(organ):
            return False
        return organ_name(organ) is not None and self.resolver.opening_place(organ, "") is None


def _self_word(word: str) -> str:
    """我市 -> 市, 全省 -> 省, 县人民政府 -> 县, 我局 -> 局, 自治区人民政府 -> 省, 司法厅 -> 厅."""
    if "自治区" in word:
        return "省"
    if word.endswith(("局", "厅", "委员会", "办公室")) or word in ("我委", "本委"):
        return "厅" if word.endswith("厅") and not word.endswith("办公厅") else "局"
    return next(c for c in word if c in "省市县区州旗盟局厅")


def _organ_word(organ: str) -> str:
    """厅 for a provincial department (司法厅), 局 for any other (司法局, 卫健委, 办公厅)."""
    return "厅" if organ.endswith("厅") and not organ.endswith("办公厅") else "局"


def _addressee_level(addressee: str) -> Level | None:
    match = _ADDRESSEE_LEVEL.search(addressee)
    return NATURAL_LEVEL[match.group(1)] if match else None


def _names_ministry(ministry: str, texts: tuple[str, ...]) -> bool:
    """Whether a text names `ministry` itself: 全省生态环境部门 (the province's ecology
    departments) holds 生态环境部 but names no ministry, as 部门 is "departments"."""
    return any(re.search(rf"{re.escape(ministry)}(?!门)", text) for text in texts)
