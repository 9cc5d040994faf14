"""Who reports, weighed from the whole page when its title does not say.

A page names its reporter in the title (武江区人民政府…报告), else usually in the opening
(2023年,湖里区坚持…). Many do neither: they say 我市 / 全省 / 县政府 / 我局 and name the place once
further down (in a local 纲要's title, a brand name, a phrase about the city's development), or
only in the addressee line (`中共红河州委、红河州人民政府:`) or the site's host. Each clue is weak
alone; together they settle most pages. When they conflict or are thin, the place stays unknown
and a warning says why: a wrong province is worse than none.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from indexer.models import Level, Place
from indexer.normalize import to_simplified
from indexer.parsing.organs import (
    DepartmentNames,
    TownshipVoice,
    ZoneGrammar,
    agreeing_stems,
    department_names,
    ends_with_alias,
    organ_grammar,
    township_voice,
    zone_grammar,
)
from indexer.parsing.passing_mentions import PassingMentions, signature, without_elsewhere
from indexer.regions import Division, RegionResolver
from indexer.resources import load_csv, load_toml

_OPENING = 300
# A leading group headed by the reporter's own chief (以党委书记、局长为组长): a bureau or
# department speaks, though its opening may write only 县委、县政府 and 全县 (superiors, scope).
_DEPARTMENT_HEAD = re.compile(r"以(?:局|厅)?(?:党组|党委)书记、(局|厅)长(?:为|任)组长")
# 在区委、区政府的领导下,我局…: a bureau's own government leads it, so its place is of that
# level (a government names its superiors so: 在市委、市政府领导下,我区…).
_OWN_GOVERNMENT = re.compile(
    r"在([省市县区州旗盟])委、\1(?:人民)?政府[^,，。;；]{0,30}?(?:领导|指导)下[,，]?\s*(?:我局|本局)"
)
# A bureau whose scope is only a province's (全省, 我省; never 全市, 我县, 区委 …) is a province's.
_PROVINCE_SCOPE = re.compile(r"全省|我省")
_LOWER_SCOPE = re.compile(r"(?:全|我|本)[市县区州旗盟]|[市县区州旗盟]委(?!员)")
_BRANCH_OFFICE = "a city bureau's branch office: the city around the district it is named for"
_WRITTEN_DEPARTMENT = "the department's name as the page writes it with its place"
_EVIDENCE = 8000  # characters weighed for place names: enough to name the reporter, bounded cost
_UNDER_SUPERIORS = re.compile(r"在[^,，。;；]{0,40}?(?:领导|指导|监督|支持|关怀)下")
# 贯彻自治区党委十届六次全会部署: a superior's plenary session the page carries out, not its voice
_CITED_PLENUM = re.compile(
    r"[\u4e00-\u9fff]{0,4}?(?:党委|省委|市委|县委|区委|州委|盟委|旗委)\s*第?"
    r"[一二三四五六七八九十\d]+届[一二三四五六七八九十\d]+次全(?:体会议|会)"
)
_ADDRESSEE = re.compile(
    r"^[^\n。,，]{2,60}?(?:政府|委|常委会|人大|政协|办公室|公署|部)[:：]\s*$", re.MULTILINE
)
_GOVERNMENT_PREFIX = re.compile(r"^(?:人民政府|政府)")
_NO_OFFICIAL_NAME = "region dropped: no division's, department's, zone's or township's name"
# A township's organ inside what would be a department's name (四屏镇委员会, 城关街道办事处).
_TOWNSHIP_ORGAN = re.compile(r"(?:镇|乡|街道|苏木)(?:委员会|党委|党工委|人民政府|政府|办事处)")
_NOT_IN_ORGANS = ("中共", "党委", "党工委", "关于")
_NOT_FOUND = "region not found in the title or the body's opening"
_SLOGAN_PLACE = "region inferred from the one place the page names, in a slogan (法治武义)"
_ISSUED_PLACE = "region inferred from the place that opens the titles of the documents it issues"
_SOLE_PLACE = "region inferred from the only place of its level the page names, named once"
_LEVELS_OF_SELF = {
    "省": (Level.PROVINCE,),
    "市": (Level.CITY, Level.COUNTY, Level.PROVINCE),  # prefecture, county-level city, 直辖市
    "州": (Level.CITY,),
    "盟": (Level.CITY,),
    "县": (Level.COUNTY,),
    "旗": (Level.COUNTY,),
    "区": (Level.COUNTY, Level.PROVINCE),  # district, or 自治区 (全区各级人民政府)
}
_ORGAN_ENDS = ("局", "厅", "委员会", "办公室", "办公厅")  # and the data's commissions (卫健委)
_LEVEL_CHARACTERS = "省市县区州旗盟"
# When the opening's subject comes: at the start of a sentence, after the year it speaks of.
_LEVEL_CHARACTERS_GROUP = "|".join(_LEVEL_CHARACTERS)
_SENTENCE_START = (
    r"(?:^|(?<=[\n。;；]))[\s,，]*(?:(?:\d{4}年(?:以来|度)?|本年度|今年以来|一年来)[\s,，]*)?"
    # 2025年是贯彻实施《…》的收官之年,区司法局坚持…: the year's clause, then the subject
    r"(?:\d{4}年是[^。;；\n]{0,150}?之年[\s,，]+)?"
)
_SUBJECT_VERBS = r"(?=坚持|在|深入|始终|全面|认真|紧紧|以|按照|围绕|高度|积极)"
_HONOURED = r"(?=被[^,，。;；]{0,20}?(?:表彰|评为|授予|命名|确定)|荣获|获评|获得|入选)"
# The autonomous region as the subject of a sentence, not as a superior (贯彻自治区党委部署).
_AUTONOMOUS_REGION_SELF = re.compile(r"(?:^|[,，。;；\n])\s*自治区(?:人民政府|政府|党委)", re.M)
# The opening's subject is a functional zone named without its city: `2022年,高新区以…`.
_SUBJECT_ZONE = re.compile(
    r"[\s,，]*(?:\d{4}年(?:以来|度)?[\s,，]*)?([\u4e00-\u9fff]{0,6}?(?:新区|高新区|开发区|经开区|示范区|"
    r"试验区|园区|新城|综保区|保税区))(?:党工委|管委会)?\s*(?:[(（]以下简称[^)）]{0,12}[)）])?"
    r"\s*[,，]?\s*(?=坚持|在|深入|始终|全面|认真|紧紧|以|按照|围绕)"
)
# The opening's subject is a place whose name is also a common word: `2025年,城中区坚持…`.
_SUBJECT_NAME = re.compile(
    r"[\s,，]*(?:\d{4}年(?:以来|度)?[\s,，]*)?([\u4e00-\u9fff]{2,4}?)(?:人民政府|政府)?\s*[,，]?\s*"
    r"(?=坚持|在|深入|始终|全面|认真|紧紧|以|按照|围绕)"
)
_BOOK_TITLE = re.compile(r"《[^》]*》")
_SITE_OWNER = re.compile(r"主办|承办|主管单位|版权所有|网站标识码")
# An owner line's other parts name who runs or hosts the site for the owner, not the owner
# (运行维护:平顶山市电子政务外网运维中心 on a county-level city's site): they are cut off.
_SITE_KEEPER = re.compile(
    r"(?:运行维护|运维单位|维护单位|技术支持|技术维护|网站维护|建设维护)\s*[:：]\s*\S*"
)
_ADDRESSEE_LEVEL = re.compile(r"(省|市|州|盟|县|旗|区)(?:委|人民政府|政府|人大常委会)")
_NOT_IN_DEPARTMENT_NAMES = ("坚持", "深入", "全面", "认真", "始终", "围绕", "在", "的", "以")
_NATURAL_LEVEL = {"省": Level.PROVINCE, "市": Level.CITY, "州": Level.CITY, "盟": Level.CITY,
                  "县": Level.COUNTY, "旗": Level.COUNTY, "区": Level.COUNTY}  # fmt: skip
_MUNICIPALITY_CODES = ("11", "12", "31", "50")
_AUTONOMOUS_REGIONS = ("15", "45", "54", "64", "65")
# An addressee line naming a government without a place (县委、县人民政府:): the reporter's own.
_OWN_GOVERNMENT_ADDRESSED = re.compile(r"(?:^|[、,，\s])([省市县区州旗盟])(?:人民政府|政府)")
# How a district or county speaks of itself, and how a municipality does (区县, 各区委: neither).
_DISTRICT_VOICE = re.compile(
    r"(?:[我本全][区县]|(?<![各区县市])[区县](?:委|政府|人民政府))(?![区县员])"
)
_MUNICIPAL_VOICE = re.compile(r"(?:[我本全]市|(?<![各区县市])市(?:委|政府|人民政府))(?![区县员])")
_NOT_AN_ORGAN = "the department's name is no official organ's (its form or a phrase)"
_SELF_ADDRESSED = "the page reports to its own government (县委、县人民政府:): not that government"
_DISTRICT_OF_MUNICIPALITY = (
    "the page speaks as a district or county (全区, 县委) of the municipality"
)


@dataclass(frozen=True, slots=True)
class _Clues:
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
    cited: tuple[Division, ...] = ()  # places the titles of cited documents name (《广东省…》)
    organ_place: str | None = None  # the level the organ's place is written as (区 in 区应急管理局)
    provincial: bool = False  # its scope only a province's (全省, 我省; no 全市, 县委 …)


@dataclass(frozen=True, slots=True)
class ReporterFinder:
    """Resolves a page's reporter from the title, the opening and the whole text."""

    resolver: RegionResolver
    self_pattern: re.Pattern[str]
    weak_pattern: re.Pattern[str]  # 省委, 市委 …: the level only when nothing else says it
    ministries: tuple[str, ...]
    township_pattern: re.Pattern[str]  # a title opening with a township: 六郎镇2024年…
    document_number: re.Pattern[str]  # 粤法治办〔2021〕36号: group 1 a province's abbreviation
    # 总书记来陕考察: group 1 a province's abbreviation; 来 (coming here), never 赴浙考察 (a trip)
    visit: re.Pattern[str]
    abbreviations: Mapping[str, Division]  # 粤 -> 广东省
    mentions: PassingMentions  # visits, slogans, cited documents, systems (passing_mentions.py)
    by_pinyin: Mapping[str, tuple[Division, ...]]
    host_stop_labels: frozenset[str]
    portals: tuple[tuple[str, Division], ...]  # (sz.gov.cn, 深圳市): domains of initials
    province_initials: Mapping[str, Division]  # ah -> 安徽省, before a county's pinyin: ahshitai
    department_self: re.Pattern[str]  # 我局, 我委: a department speaks, whatever else it says
    organ_end: str  # a pattern: how a department's name ends (局, 厅, 委员会, 卫健委 …)
    departments: DepartmentNames  # official names and short forms (parsing/organs.py)
    zones: ZoneGrammar  # functional zones as reporters (parsing/organs.py)
    townships: TownshipVoice  # 全镇 … 2025年,宝城镇坚持… (parsing/organs.py)
    # 来源:上海市闵行区人民政府办公室: the general office publishing its government's page
    office_publisher: re.Pattern[str]
    publisher: re.Pattern[str]  # 信息来源:辰溪县小龙门乡: group 1 the publisher

    @classmethod
    def from_data(cls, resolver: RegionResolver) -> ReporterFinder:
        townships = load_toml("regions.toml")["townships"]
        names = department_names()
        config = load_toml("regions.toml")["reporter"]
        words = sorted(config["self_references"], key=len, reverse=True)
        weak = sorted(config["weak_self_references"], key=len, reverse=True)
        pinyin: dict[str, tuple[Division, ...]] = {}
        for row in load_csv("division_pinyin.csv"):
            division = resolver.by_code[row["code"]]
            pinyin[row["pinyin"]] = (*pinyin.get(row["pinyin"], ()), division)
        return cls(
            resolver=resolver,
            self_pattern=re.compile("|".join(map(re.escape, words))),
            weak_pattern=re.compile("|".join(map(re.escape, weak))),
            ministries=tuple(sorted(config["ministries"], key=len, reverse=True)),
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
            township_pattern=re.compile(
                rf"\s*(?:中共)?([\u4e00-\u9fff]{{2,16}}?(?:{'|'.join(townships['suffixes'])}))"
                rf"(?:(?:{'|'.join(townships['organs'])})(?:关于)?\s*(?=\d{{4}}|年度|法治)"
                # without its organ, a year follows (统筹城乡法治… is no township)
                r"|(?:关于)?\s*(?=\d{4}|年度))"
            ),
            by_pinyin=pinyin,
            mentions=PassingMentions.from_data(resolver),
            host_stop_labels=frozenset(config["host_stop_labels"]),
            portals=tuple(
                (domain, _only(resolver.full_names[name]))
                for domain, name in config["portal_domains"].items()
            ),
            province_initials={
                initials: _only(resolver.full_names[name])
                for initials, name in config["province_initials"].items()
            },
            office_publisher=re.compile(
                rf"(?:{'|'.join(config['publisher_labels'])})\s*[:：][^\n:：]*?"
                rf"(?:{'|'.join(config['general_offices'])})[^\n]*"
            ),
            publisher=re.compile(
                rf"(?:{'|'.join(config['publisher_labels'])})\s*[:：]\s*([\u4e00-\u9fff]+)"
            ),
            department_self=re.compile(
                "|".join(map(re.escape, config["department_self_references"]))
            ),
            organ_end=_organ_end(
                [*load_toml("regions.toml")["organs"]["commissions"], *names.short_ends()]
            ),
            departments=names,
            zones=zone_grammar(),
            townships=township_voice(),
        )

    def locate(
        self,
        title: str,
        body: str,
        source_url: str | None = None,
        furniture: Sequence[str] = (),
    ) -> tuple[Place, tuple[str, ...]]:
        """The reporter; `furniture`: the page's dropped lines (主办单位:… names the owner)."""
        body = to_simplified(body)  # once: every step below reads the simplified text
        found = self.departments.checked(self._locate(title, body, source_url, furniture))
        found = self._department_named(found, body)
        found = self._department_speaking(found, body)
        found = self._below_the_addressee(self._official_organ(found), body)
        return self.official_only(self._district_of_municipality(found, body))

    def _department_speaking(
        self, found: tuple[Place, tuple[str, ...]], body: str
    ) -> tuple[Place, tuple[str, ...]]:
        """A government found for a page whose opening has one of its departments as a
        sentence's subject (2024年以来,静海区司法局坚持…) is that department's; for a page that
        speaks as a department (我局, 厅党组) it is a department's of a name not found."""
        place, warnings = found
        if place.region is None or place.level not in (Level.PROVINCE, Level.CITY, Level.COUNTY):
            return found
        if organ := self._subject_department(place.region, body[:_OPENING]):
            region = self.resolver.department(place.region, organ)
            return replace(place, region=region, level=Level.DEPARTMENT), warnings
        if self.department_self.search(body[:_EVIDENCE]) is None:
            return found
        note = "the page speaks as a department (我局, 厅党组): its own name not found"
        return replace(place, region=None, level=Level.DEPARTMENT), (*warnings, note)

    def _official_organ(
        self, found: tuple[Place, tuple[str, ...]]
    ) -> tuple[Place, tuple[str, ...]]:
        """A department's name built from the page that no official organ bears (江苏省教育局:
        a province has 教育厅; 平度市组建行政审批局: a phrase) is no region; a phrase's place
        is only one the page names, not its city."""
        place, warnings = found
        if place.level != Level.DEPARTMENT or place.region is None:
            return found
        head, organ = self._place_head(place.region)
        grammar = organ_grammar()
        if head is None or not organ or grammar.follows(organ, head):
            return found
        phrase = any(verb in organ for verb in grammar.verbs)
        city = None if phrase else place.city
        return replace(place, region=None, city=city), (*warnings, _NOT_AN_ORGAN)

    def _place_head(self, region: str) -> tuple[bool | None, str]:
        """Whether the places `region` opens with end in a province's (not a municipality's),
        and what follows them (the organ): 江苏省教育局 -> (True, 教育局); (None, …) if none."""
        provincial: bool | None = None
        rest = region
        while head := next(
            (
                rest[:end]
                for end in range(len(rest) - 1, 1, -1)
                if rest[:end] in self.resolver.full_names
            ),
            None,
        ):
            divisions = [d for d in self.resolver.full_names[head] if d.current]
            provincial = any(
                d.level == Level.PROVINCE and not is_municipality(d) for d in divisions
            )
            rest = rest[len(head) :]
        return provincial, rest

    def _below_the_addressee(
        self, found: tuple[Place, tuple[str, ...]], body: str
    ) -> tuple[Place, tuple[str, ...]]:
        """A government does not address its report to itself: a page found as a county that
        writes to 县委、县人民政府 (or a prefecture or municipality to 市政府) is a department's
        or a township's, of a place not the page's to say, unless the opening has the county as
        its subject (射阳县坚持…: a government's office may write for it)."""
        place, warnings = found
        levels = {Level.PROVINCE: "省区市", Level.CITY: "市州盟", Level.COUNTY: "县区旗"}
        if place.region is None or place.level not in levels:
            return found
        addressee = next(iter(_ADDRESSEE.findall(body[:_OPENING])), "")
        own = {m.group(1) for m in _OWN_GOVERNMENT_ADDRESSED.finditer(addressee)}
        if not any(c in levels[place.level] and place.region.endswith(c) for c in own):
            return found
        own_name = re.escape(place.region)
        subject = rf"{_SENTENCE_START}{own_name}(?:人民政府|政府)?\s*[,，]?\s*{_SUBJECT_VERBS}"
        if re.search(subject, body[:_OPENING], re.M):  # 县委、县政府:…射阳县坚持…: it says so
            return found
        level = Level.DEPARTMENT if place.level == Level.COUNTY else Level.OTHER
        return replace(place, region=None, level=level), (*warnings, _SELF_ADDRESSED)

    def _district_of_municipality(
        self, found: tuple[Place, tuple[str, ...]], body: str
    ) -> tuple[Place, tuple[str, ...]]:
        """A municipality (重庆市) found for a page that speaks as a district or county (全区,
        区委, 我县) more than as the municipality: one of its districts, not the page's to name."""
        place, warnings = found
        divisions = self.resolver.full_names.get(place.region or "", ())
        if place.level != Level.PROVINCE or not any(map(is_municipality, divisions)):
            return found
        text = _BOOK_TITLE.sub(_blank, body[: 2 * _OPENING])
        district = len(_DISTRICT_VOICE.findall(text))
        if district < 2 or district <= len(_MUNICIPAL_VOICE.findall(text)):
            return found
        return replace(place, region=None, level=Level.COUNTY), (
            *warnings,
            _DISTRICT_OF_MUNICIPALITY,
        )

    def official_only(self, found: tuple[Place, tuple[str, ...]]) -> tuple[Place, tuple[str, ...]]:
        """A region is a division's name, a department's, a zone's or a township's by their
        grammars; anything else (江津区四屏镇委员会 from a party committee, 人民政府南华西街道
        办事处 with its district's government) is no reporter's name: none, with a warning."""
        place, warnings = found
        region = place.region
        if region is None or self._official_name(region, place.level):
            return found
        return replace(place, region=None), (*warnings, f"{_NO_OFFICIAL_NAME}: {region}")

    def _official_name(self, region: str, level: Level) -> bool:
        if region in self.resolver.full_names or region in self.resolver.short_names:
            return True
        if level == Level.OTHER:
            return self.townships.is_name(region)
        if level == Level.DEPARTMENT:
            return self._department_name(region)
        return self.zones.is_name(region)

    def _department_name(self, region: str) -> bool:
        """A ministry's name, or a place's name and an organ's (江津区城市管理局, 泉州市场监督
        管理局): never a township's party committee or government (四屏镇委员会) nor a name
        opening with a government (人民政府南华西街道办事处)."""
        if region in self.ministries:
            return True
        place = next(
            (region[:n] for n in range(len(region) - 1, 1, -1) if self._division_name(region[:n])),
            "",
        )
        organ = region[len(place) :]
        ends = re.search(rf"{self.organ_end}$", organ) is not None or ends_with_alias(organ)
        # 人民政府法制办公室 is a government's office; 人民政府+anything else is no organ's name
        governed = _GOVERNMENT_PREFIX.match(organ) is None or organ.endswith(("办公室", "办公厅"))
        return (
            bool(place)
            and ends
            and governed
            and not _TOWNSHIP_ORGAN.search(organ)
            and not any(word in organ for word in _NOT_IN_ORGANS)
        )

    def _department_named(
        self, found: tuple[Place, tuple[str, ...]], body: str
    ) -> tuple[Place, tuple[str, ...]]:
        """A department (我局…) is never its bare place (云溪区, 湖南省): its region is its own
        name (云溪区交通运输局), from a sentence whose subject it is, or, when the page does not
        give one, none."""
        place, warnings = found
        region = place.region
        if (
            place.level != Level.DEPARTMENT
            or region is None
            or region not in self.resolver.full_names
        ):
            return found
        if organ := self._subject_department(region, body):
            return replace(place, region=self.resolver.department(region, organ)), warnings
        return replace(place, region=None), (*warnings, "the department's own name not found")

    def _subject_department(self, place: str, body: str) -> str | None:
        """The one department of `place` a sentence of the page has as its subject, in full
        (…取得新成效。盐城市交通运输局被交通运输部表彰为…): a bureau speaking as 我局 names
        itself so when it reports an honour or its work; another bureau is rarely a subject."""
        organs = "|".join(map(re.escape, self.departments.names))
        found = {
            match.group(1)
            for match in re.finditer(
                rf"{_SENTENCE_START}{re.escape(place)}({organs})(?:党组|党委)?\s*[,，]?\s*"
                rf"(?:{_SUBJECT_VERBS}|{_HONOURED})",
                body[:_EVIDENCE],
                re.M,
            )
        }
        return found.pop() if len(found) == 1 else None

    def _locate(
        self, title: str, body: str, source_url: str | None, furniture: Sequence[str]
    ) -> tuple[Place, tuple[str, ...]]:
        """`body` is already simplified (locate converts it once)."""
        title = to_simplified(title)
        body = self.departments.without_addresses(body)
        body = self.departments.without_party_issuers(body)
        context = f"{title}\n{body}"
        titled = self.resolver.title_place(self.departments.without_party_issuer(title), context)
        hosts = self._host_divisions(source_url) + self._site_owners(furniture)
        hosts += self._publishers(furniture)
        if township := self._titled_township(title, context, hosts):
            return township
        if organ_voice := self._township_or_zone(title, body, titled, source_url, furniture):
            return organ_voice
        if titled is not None:
            return titled
        signed = signature(body)
        if signed and (issuer := self.resolver.title_place(signed, context)):
            return issuer[0], (*issuer[1], "region from the signature above the date")
        clues = self._clues(title, body, source_url)
        clues = replace(clues, hosts=clues.hosts + self._site_owners(furniture))
        if clues.ministry:
            return Place(clues.ministry, Level.DEPARTMENT, None, None), ()
        opening = without_elsewhere(_ADDRESSEE.sub(_blank, body[:_OPENING]))  # 赴安吉县学习
        opening = self.office_publisher.sub(_blank, opening)
        found = self.resolver.opening_place(opening, context)
        zone = _SUBJECT_ZONE.match(_UNDER_SUPERIORS.sub(_blank, opening))
        if titled_zone := self._zone_title(title):  # the title's name is the fuller one
            return self._zone(titled_zone, context, clues)
        if zone and (found is None or found[2] > zone.end()):
            return self._zone(zone.group(1), context, clues)
        common = _SUBJECT_NAME.match(_UNDER_SUPERIORS.sub(_blank, opening))
        settled = self._common_word_subject(common.group(1), context) if common else None
        if common and settled and (found is None or found[2] >= common.end()):
            return settled
        if found is not None and self._fits(found[0], found[2], clues):
            place, warnings, _, end = found
            organ = self._department(opening[self.departments.start(opening, end) :])
            return self._as_reporter(place, clues, organ), warnings
        return self._from_the_whole_page(context, body, clues)

    def _titled_township(
        self, title: str, context: str, hosts: tuple[Division, ...]
    ) -> tuple[Place, tuple[str, ...]] | None:
        """The township a title opens with (六郎镇2024年…, 某县某镇人民政府关于…) or names after
        its county before its organ and the year (…公示兴化市陶庄镇人民政府2023年度…)."""
        opening = self.township_pattern.match(title)
        name = opening.group(1) if opening else None
        if name and not self._division_name(name) and (own := self._township(name, context, hosts)):
            return own
        town = self.townships.in_title(title, self.resolver)
        return self._township(town, context, hosts) if town else None

    def _township_or_zone(
        self,
        title: str,
        body: str,
        titled: tuple[Place, tuple[str, ...]] | None,
        source_url: str | None,
        furniture: Sequence[str],
    ) -> tuple[Place, tuple[str, ...]] | None:
        """A township (全镇 … 宝城镇坚持…), a department of a division whose name is a common word
        (城中区应急管理局在…) or a functional zone the page names as its reporter
        (parsing/organs.py), unless the title names another."""
        context = f"{title}\n{body}"
        if titled is None and (town := self.townships.reporter(body, self.resolver)):
            hosts = self._host_divisions(source_url) + self._site_owners(furniture)
            return self._township(town, context, hosts + self._publishers(furniture))
        if titled is None and (department := self._common_word_department(body, context)):
            return department
        own_zone = self.zones.reporter(title, body, self.resolver)
        if own_zone is None or (titled is not None and not self._zone_may_report(titled[0])):
            return None
        clues = self._clues(title, body, source_url)
        clues = replace(clues, hosts=clues.hosts + self._site_owners(furniture))
        city = self._zone_city(context, clues)
        return self.zones.place(own_zone, city, self.resolver, context[:_EVIDENCE])

    def _zone_may_report(self, titled: Place) -> bool:
        """A title's place gives way to a zone the page names as its reporter when it is only a
        province (贵州 in 贵州双龙航空港经济区) or itself a zone (天津 + 经济技术开发区)."""
        if titled.level in (Level.PROVINCE, Level.OTHER):
            return True
        return titled.level == Level.COUNTY and titled.region not in self.resolver.full_names

    def _from_the_whole_page(
        self, context: str, body: str, clues: _Clues
    ) -> tuple[Place, tuple[str, ...]]:
        """The place the whole page names most, or its parents only, or none."""
        division, warnings = self._weighed(context, clues)
        word = clues.self_word or ""
        bureau = division is None and word in ("局", "厅") and clues.organ is None
        written = (
            self._written_department(context[:_EVIDENCE], word)
            or self._system_department(body, clues)
            if bureau
            else None
        )
        if written:
            return written
        if division is None and (branch := self._branch_office(context, clues)):
            return branch
        if division is None:  # the level the page speaks as is still known (全省, 我县, 我局)
            governs = clues.self_word in ("市", "县", "区", "旗", "州", "盟")
            # a bureau names its partners' places (川渝协作); a government rarely others'
            named = self.mentions.named_at_home(context[:_EVIDENCE]) if governs else ()
            if governs and (issuer := self._issuer(context[:_EVIDENCE], clues)):
                return self.resolver.place_of(issuer), (_ISSUED_PLACE,)
            level = _level_of(clues.self_word)
            return self._visited_parents(Place(None, level, None, None), clues, warnings, named)
        place = self.resolver.place_of(division)
        if clues.self_word in ("局", "厅"):
            organ = (
                clues.organ
                or self._own_name(division, context, clues.self_word)
                or self.mentions.system_head(body[:_OPENING], body[:_EVIDENCE], clues.self_word)
            )
            region = self.resolver.department(division.name, organ) if organ else None
            place = replace(place, region=region, level=Level.DEPARTMENT)
            warnings += () if organ else ("the department's own name not found",)
        return place, warnings

    def _issuer(self, text: str, clues: _Clues) -> Division | None:
        """The one place whose documents a government's page issues (印发《郴州市…清单》), of
        the level it speaks as, when every place it names in full, partners' too, lies on that
        place's line (inside it or around it): a county-level city carries out its prefecture's
        documents (落实《湛江市…》) but does not issue them."""
        parents = [d for names in self.resolver.named(clues.addressee) for d in names]
        issued = {d.code: d for d in self.mentions.issued(text)}
        if len(issued) != 1:
            return None
        issuer = next(iter(issued.values()))
        if not self._could_be(issuer, clues, parents):
            return None
        on_line = all(
            d.code == issuer.code or issuer.contains(d) or d.contains(issuer)
            for d in self.mentions.named_in_full(text)
        )
        return issuer if on_line else None

    def _written_department(self, text: str, word: str) -> tuple[Place, tuple[str, ...]] | None:
        """A page speaking as 我局 that names no place it could be, but titles a document with
        one department's name and place, as its issuer (制定《上城区人力社保局…清单》): that
        department, when it is the only such issuer, its place is one division (a province for
        我厅) and the page names no place inside it (a superior's document may be cited)."""
        found: set[tuple[Division, str]] = set()
        organs = "|".join(map(re.escape, self.departments.names))
        for match in re.finditer(
            rf"(?<=《)[\u4e00-\u9fff]{{2,{self.resolver.longest}}}?({organs})", text
        ):
            for start in range(match.start(), match.start(1) - 1):
                current = [
                    d
                    for d in self.resolver.full_names.get(text[start : match.start(1)], ())
                    if d.current
                ]
                if len(current) == 1:
                    found.add((current[0], match.group(1)))
                    break
        if len(found) != 1:
            return None
        division, organ = found.pop()
        if (word == "厅") != (division.level == Level.PROVINCE):
            return None
        # a place inside it named too (上城区 beside 《杭州市人社局…》) may be the bureau's own
        if any(
            d.code != division.code and division.contains(d)
            for names in self.resolver.named(text)
            for d in names
            if d.current
        ):
            return None
        place = self.resolver.place_of(division)
        region = self.resolver.department(division.name, organ)
        return replace(place, region=region, level=Level.DEPARTMENT), (_WRITTEN_DEPARTMENT,)

    def _branch_office(self, context: str, clues: _Clues) -> tuple[Place, tuple[str, ...]] | None:
        """A city bureau's branch office for one district, as the page's subject (市交通运输局
        龙岗管理局): the bureau's city is the one around that district, when the page names it
        (深圳) and it is of the level the bureau's place is written as (市)."""
        district = self.departments.branch_district(clues.organ or "")
        if district is None or clues.organ is None or clues.organ_place is None:
            return None
        found = {
            d.code: d
            for name in (district, *(district + s for s in ("区", "县", "市", "旗")))
            for d in self.resolver.full_names.get(name, ())
            if d.current and d.level == Level.COUNTY
        }
        cities = {d.prefecture_code for d in found.values()}
        city = self.resolver.by_code.get(cities.pop()) if len(cities) == 1 else None
        if city is None or not _level_fits(city, clues.organ_place):
            return None
        short = self.resolver.short_by_code.get(city.code, city.name)
        if short not in context:
            return None
        region = self.resolver.department(city.name, clues.organ)
        place = self.resolver.place_of(city)
        return replace(place, region=region, level=Level.DEPARTMENT), (_BRANCH_OFFICE,)

    def _system_department(self, body: str, clues: _Clues) -> tuple[Place, tuple[str, ...]] | None:
        """The head of the system a bureau's page speaks of (全市市场监管系统 -> 市场监督管理局),
        written in full with one place of the level it speaks as (成立福州市市场监督管理局…领导
        小组): that bureau, its own name as its page writes it."""
        word = clues.self_word or ""
        organ = self.mentions.system_head(body[:_OPENING], body[:_EVIDENCE], word)
        if organ is None or clues.organ_place is None:
            return None
        found = {
            d.code: d
            for match in re.finditer(re.escape(organ), body[:_EVIDENCE])
            for start in range(max(0, match.start() - self.resolver.longest), match.start() - 1)
            for d in self.resolver.full_names.get(body[start : match.start()], ())
            if d.current and _level_fits(d, clues.organ_place)
        }
        if len(found) != 1:
            return None
        division = next(iter(found.values()))
        place = self.resolver.place_of(division)
        region = self.resolver.department(division.name, organ)
        return replace(place, region=region, level=Level.DEPARTMENT), (_WRITTEN_DEPARTMENT,)

    def _common_word_subject(self, name: str, context: str) -> tuple[Place, tuple[str, ...]] | None:
        """A division whose name is also a common word (城中区), as the opening's subject
        (2025年,城中区坚持…): the one of that name whose city or province the page names (西宁)."""
        if name not in self.resolver.vocabulary.needs_parent:
            return None
        named = {
            d.code: d
            for d in self.resolver.full_names.get(name, ())
            if d.current
            and any(
                self.resolver.short_by_code.get(a.code, a.name) in context
                for a in self.resolver.ancestors(d)
                if a.code != d.code
            )
        }
        if len(named) != 1:
            return None
        place = self.resolver.place_of(next(iter(named.values())))
        return place, ("region's city settled by the places the page names",)

    def _common_word_department(
        self, opening: str, context: str
    ) -> tuple[Place, tuple[str, ...]] | None:
        """A department of a division whose name is also a common word, as the opening's
        subject (城中区应急管理局在…): that division where the page names its city or province."""
        subject = self.departments.subject(opening)
        settled = self._common_word_subject(subject[0], context) if subject else None
        if subject is None or settled is None:
            return None
        region = self.resolver.department(subject[0], subject[1])
        return replace(settled[0], region=region, level=Level.DEPARTMENT), settled[1]

    def _division_name(self, name: str) -> bool:
        """景德镇 is a city's short name, not a township."""
        return name in self.resolver.full_names or name in self.resolver.short_names

    def _township(
        self, name: str, context: str, hosts: tuple[Division, ...]
    ) -> tuple[Place, tuple[str, ...]] | None:
        """A township's report: its name, and the county, city and province around it that the
        title (某县六郎镇), else the page, else the site (xuwen.gov.cn) names, when they agree;
        None when what stands after the county is no township's name (人民政府关于桃花潭镇)."""
        name = self.townships.official(name)
        head = self.resolver.opening_place(name, context)
        if head is not None and head[2] == 0 and len(name) - head[3] >= 2:
            # 海珠区人民政府南华西街道办事处: the district's government is no part of the name
            parent, township = head[0], _GOVERNMENT_PREFIX.sub("", name[head[3] :])
            if not self.townships.is_name(township):
                return None
            return replace(parent, region=township, level=Level.OTHER), head[1]
        if not self.townships.is_name(name):
            return None
        named = [
            names[0]
            for names in self.resolver.named(context[:_EVIDENCE])
            if len({d.code for d in names}) == 1 and names[0].current
        ] or [d for d in hosts if d.current and d.level != Level.PROVINCE]
        province = _sole(self.resolver.place_of(d).province for d in named)
        city = _sole(self.resolver.place_of(d).city for d in named if d.level != Level.PROVINCE)
        if province is None:
            return Place(name, Level.OTHER, None, None), (_NOT_FOUND,)
        warning = "township's city and province inferred from the places the page or its site names"
        return Place(name, Level.OTHER, province, city), (warning,)

    def _department(self, tail: str) -> str | None:
        """A department's name right after a place name: 司法局, 人民政府办公室, 卫生健康委."""
        if official := self.departments.at(tail):
            return official
        match = re.match(rf"(?:人民政府|政府)?[\u4e00-\u9fff]{{0,8}}?{self.organ_end}", tail)
        if match is None or any(word in match.group() for word in _NOT_IN_DEPARTMENT_NAMES):
            return None
        return match.group()

    def _own_name(self, division: Division, context: str, word: str) -> str | None:
        """The department's name as the page writes it after its place (四川省生态环境厅 in
        《四川省生态环境厅行政规范性文件管理办法》), when one such name stands out."""
        names = {division.name, self.resolver.short_by_code.get(division.code, division.name)}
        place = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
        start = self.departments.start  # 泉州市场监管局: 泉州 + 市场监管局
        found = Counter(
            organ
            for match in re.finditer(
                rf"(?:{place})([\u4e00-\u9fff]{{2,10}}?{self.organ_end})", context
            )
            if (organ := _organ_name(context[start(context, match.start(1)) : match.end(1)]))
            and not organ.startswith(("人民", "政府"))
            and organ.endswith("厅") == (word == "厅")
        )
        ranked = found.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]):
            return None
        return ranked[0][0]

    def _clues(self, title: str, body: str, source_url: str | None) -> _Clues:
        addressee = next(iter(_ADDRESSEE.findall(body[:_OPENING])), "")
        opening = _UNDER_SUPERIORS.sub(
            _blank, body[:_OPENING].replace(addressee, " " * len(addressee))
        )
        opening = _CITED_PLENUM.sub(_blank, opening)
        match = self.self_pattern.search(opening) or self.weak_pattern.search(opening)
        # a place inside a cited document (《西城区法治政府建设规划》) names no subject before it
        named = self.resolver.opening_place(_BOOK_TITLE.sub(_blank, opening), "")
        before = min(match.start() if match else _OPENING, named[2] if named else _OPENING)
        subject = self._organ_subject(title, opening, before)
        speaking = self.department_self.search(opening) or _DEPARTMENT_HEAD.search(body[:_EVIDENCE])
        found = match.group() if match else None
        word = _organ_word(subject.group(2)) if subject else _self_word(found) if found else None
        if speaking and not subject:  # 全市司法行政系统…我局: the bureau speaks of its scope
            word = speaking.group(1) if speaking.groups() else _self_word(speaking.group())
        system = None if speaking or subject else self.mentions.system_voice(opening)
        if system:  # 全市市场监管系统坚持…: the bureau heading it speaks, a 市's
            word = "厅" if system == "省" else "局"
        if word == "区" and _AUTONOMOUS_REGION_SELF.search(opening):
            word = "省"  # 我区 … 自治区人民政府: an autonomous region, not a district
        # 落实《生态环境部关于…意见》 cites a ministry's document: the ministry does not report
        uncited = _BOOK_TITLE.sub(_blank, opening[:60])
        ministry = next((m for m in self.ministries if m in title or m in uncited), None)
        return _Clues(
            self_word=word,
            self_at=0 if subject else match.start() if match else _OPENING,
            organ=_organ_name(subject.group(2)) if subject else None,
            organ_place=system or self._organ_place(subject, body[:_OPENING]),
            addressee=addressee,
            addressee_level=_addressee_level(addressee),
            ministry=ministry,
            hosts=self._host_divisions(source_url),
            documents=tuple(
                self.abbreviations[m.group(1)] for m in self.document_number.finditer(body)
            ),
            visited=tuple(
                self.abbreviations[m.group(1)] for m in self.visit.finditer(body[:_EVIDENCE])
            ),
            spoken_of=self.mentions.visited(body[:_EVIDENCE]),
            slogans=agreeing_stems(
                self.mentions.slogans(body[:_EVIDENCE]), body[:_EVIDENCE], self.resolver
            ),
            cited=self.mentions.cited(body[:_EVIDENCE]),
            provincial=_PROVINCE_SCOPE.search(body[:_EVIDENCE]) is not None
            and _LOWER_SCOPE.search(body[:_EVIDENCE]) is None,
        )

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
        level = rf"(?:({_LEVEL_CHARACTERS_GROUP})(?!{tails}))?"
        organ = rf"{level}(?![我本])([\u4e00-\u9fff]{{1,10}}?{self.organ_end})"
        titled = re.match(rf"\s*(?:中共)?{organ}(?:关于|\s*\d{{4}}|年度)", title)
        if titled and self._placeless(titled.group(2)):
            return titled
        pattern = rf"{_SENTENCE_START}{organ}(?:党组|党委)?(?:\s*[,，])*\s*{_SUBJECT_VERBS}"
        subject = re.search(pattern, opening, re.M)
        # the organ begins at its level character: 市政府办公室 is no 市政府 that speaks first
        if subject is None or subject.start(1 if subject.group(1) else 2) > before:
            return None
        if not self._placeless(subject.group(2)):
            return None
        return subject

    def _placeless(self, organ: str) -> bool:
        """江门市司法局 is a place with its department, found as such; 司法局 names no place."""
        return _organ_name(organ) is not None and self.resolver.opening_place(organ, "") is None

    def _fits(self, place: Place, start: int, clues: _Clues) -> bool:
        """A place the opening names first is the reporter unless the page speaks as another level.

        `全市16个区…徐汇区…` names a district after the page spoke as the city: not the reporter.
        """
        if start < clues.self_at or clues.self_word is None:
            return True
        if clues.self_word in ("局", "厅"):
            return clues.organ is None  # `我局…`: the place named first is the department's
        return place.level == _NATURAL_LEVEL[clues.self_word]

    def _as_reporter(self, place: Place, clues: _Clues, organ: str | None) -> Place:
        """The place, or its department when the opening's subject is one (东莞市司法局坚持…)."""
        if organ:
            region = self.resolver.department(place.region or "", organ)
            return replace(place, region=region, level=Level.DEPARTMENT)
        if clues.self_word in ("局", "厅") and place.level != Level.DEPARTMENT:
            return replace(place, level=Level.DEPARTMENT)
        return place

    def _weighed(self, context: str, clues: _Clues) -> tuple[Division | None, tuple[str, ...]]:
        """The place the whole page names most (itself or inside it), at the level it speaks as."""
        parents = [d for names in self.resolver.named(clues.addressee) for d in names]
        counts: Counter[str] = Counter()
        named: set[Division] = set()  # every current place credited, of any level
        slogans = [(d,) for d in clues.slogans]
        for names in [*self.resolver.named(context[:_EVIDENCE]), *slogans]:
            credited = {a for d in names for a in self._credited(d, clues)}
            counts.update(d.code for d in credited if self._could_be(d, clues, parents))
            named.update(d for d in credited if d.current)
        for division in clues.hosts:
            if division.code in counts:
                counts[division.code] += 2
        ranked = counts.most_common(2)
        if len(ranked) == 1 and ranked[0][1] == 1:
            sole = self.resolver.by_code[ranked[0][0]]
            alone = {d.code for d in named if d.level == sole.level} == {sole.code}
            if alone and sole in clues.slogans:
                return sole, (_SLOGAN_PLACE,)
            # 我县 … 《嵩县既有住宅加装电梯实施办法》: the one place of the level the page speaks
            # as that it names at all (no other county, of any name's ending), written in full.
            # Not for 我市 or 我局, which may be of several levels (a county-level city names its
            # prefecture as its superior).
            if alone and self._sole_fits(sole, clues) and self._written_out(sole, context):
                return sole, (_SOLE_PLACE,)
        thin = not ranked or ranked[0][1] < 2
        if thin or (len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]):
            return self._from_host(clues, parents)
        return self.resolver.by_code[ranked[0][0]], (
            "region inferred from the places the page names",
        )

    def _sole_fits(self, division: Division, clues: _Clues) -> bool:
        if clues.self_word == "厅":
            return division.level == Level.PROVINCE
        # 区应急管理局: a department whose place is written as 区 is a district's
        word = clues.organ_place if clues.self_word == "局" else clues.self_word
        if word == "市" and clues.addressee_level == Level.PROVINCE:
            # 我市 reporting to 省政府 is a prefecture, unless the province governs county-level
            # cities directly (海南's 琼海市, 湖北's 仙桃市: code xx90…)
            return division.level == Level.CITY and not self._governs_cities_directly(division)
        natural = _NATURAL_LEVEL.get(word or "")
        return word != "市" and division.level == natural

    def _governs_cities_directly(self, division: Division) -> bool:
        """Whether `division`'s province governs county-level cities itself (海南's 琼海市,
        湖北's 仙桃市: prefecture code xx90), which then say 我市 to 省政府 as prefectures do."""
        prefix = f"{division.code[:2]}90"
        return any(d.current and c.startswith(prefix) for c, d in self.resolver.by_code.items())

    def _written_out(self, division: Division, context: str) -> bool:
        """Named in full (嵩县), or a province by its short name (湖南): not a common word's part
        (和县 in 和县委, 长治 in 长治久安)."""
        if division.name in self.resolver.vocabulary.needs_parent:
            return False
        short = self.resolver.short_by_code.get(division.code, division.name)
        if division.level != Level.PROVINCE:
            # an autonomous county by its one official short form (张家川县 for 张家川回族自治县)
            aliases = self.resolver.own_names.get(division, ())
            return division.name in context or any(n in context for n in aliases)
        # 我省 … 密山市被命名为示范市: a province is also written out in the one place inside it
        inside = (
            names[0]
            for names in self.resolver.named_in_full(context[:_EVIDENCE])
            if len({d.code for d in names}) == 1
        )
        return short in context or any(division.contains(d) for d in inside)

    def _credited(self, division: Division, clues: _Clues) -> tuple[Division, ...]:
        """A named place is evidence for itself and, for a government, for the places around it."""
        if clues.self_word in ("局", "厅"):
            return (division,)
        return self.resolver.ancestors(division)

    def _could_be(self, division: Division, clues: _Clues, parents: list[Division]) -> bool:
        """Whether `division` could be the reporter, given how the page speaks of itself."""
        if not division.current or not _inside(division, parents):
            return False
        if clues.self_word == "厅":
            return division.level == Level.PROVINCE
        if clues.self_word == "局":
            addressed = clues.addressee_level is None or division.level == clues.addressee_level
            return addressed and (
                clues.organ_place is None or _level_fits(division, clues.organ_place)
            )
        return clues.self_word is not None and _level_fits(division, clues.self_word)

    def _from_host(
        self, clues: _Clues, parents: list[Division]
    ) -> tuple[Division | None, tuple[str, ...]]:
        # one place, however often the address and the owner lines name it
        fits = {d.code: d for d in clues.hosts if self._could_be(d, clues, parents)}
        fitting = list(fits.values())
        if len(fitting) == 1:
            return fitting[0], (
                "region inferred from the site (its web address or organiser line)",
            )
        spoken = tuple(d for d in clues.spoken_of if d.level == Level.PROVINCE)
        provinces = {d.code: d for d in clues.documents + clues.visited + spoken}
        provincial = clues.self_word in ("省", "厅") or (
            clues.self_word == "局" and clues.provincial
        )
        if provincial and len(provinces) == 1:
            return next(iter(provinces.values())), (
                "province inferred from its documents' numbers or a leader's visit (来陕考察)",
            )
        return None, (_NOT_FOUND,)

    def _visited_parents(
        self, unknown: Place, clues: _Clues, warnings: tuple[str, ...], named: tuple[Division, ...]
    ) -> tuple[Place, tuple[str, ...]]:
        """An unknown reporter's province, and city below province level, when the leader's
        visits or words the page cites (考察江西, 在盐城考察时), its slogans (法治浙江) and the
        documents it cites (《广东省…纲要》) all lie in one; or its city, when those and every
        place a government's page names in full (`named`: 平度市 on a 我市 page) lie in one."""
        evidence = clues.spoken_of + clues.slogans + clues.cited
        below = unknown.level not in (Level.PROVINCE, Level.OTHER)
        province, city = self._common_parents(evidence, below)
        if below and city is None and named:
            wider = self._common_parents(evidence + named, below)
            province, city = wider if wider[1] else (province, city)
        if province is None:
            return unknown, warnings
        if unknown.level == Level.CITY and any(
            map(self._governs_cities_directly, evidence + named)
        ):
            city = None  # 我市 may be a county-level city of no prefecture (琼海市)
        note = "province inferred from a visit, slogan, document or place the page names"
        region = province if unknown.level == Level.PROVINCE else None  # 我省: the province
        return replace(unknown, region=region, province=province, city=city), (*warnings, note)

    def _common_parents(
        self, divisions: tuple[Division, ...], below: bool
    ) -> tuple[str | None, str | None]:
        """The one province all `divisions` lie in, and (`below` province level) the one city."""
        places = [self.resolver.place_of(d) for d in divisions]
        province = _sole(p.province for p in places)
        if province is None or not below:
            return province, None
        return province, _sole(p.city for p in places if p.city)

    def _zone(self, zone: str, context: str, clues: _Clues) -> tuple[Place, tuple[str, ...]]:
        """A functional zone that names no city (高新区坚持…): the one city (or municipality:
        天津市东疆综合保税区) the page names."""
        found = self._zone_city(context, clues)
        if found is None:
            return Place(None, Level.COUNTY, None, None), (_NOT_FOUND,)
        city = self.resolver.place_of(found)
        kind = self.resolver.vocabulary.zone_name(zone)
        region = self._listed_zone(found, kind, context) or f"{city.region}{kind}"
        place = replace(city, region=region, level=Level.COUNTY)
        return place, ("region inferred from the places the page names",)

    def _listed_zone(self, city: Division, kind: str, context: str) -> str | None:
        """The one zone of the division list inside `city` whose name ends with the kind the page
        calls itself (园区) and that the page writes in full (《苏州工业园区…方案》)."""
        listed = {
            d.name
            for d in self.resolver.by_code.values()
            if d.current and city.contains(d) and d.name.endswith(kind) and d.name in context
        }
        return listed.pop() if len(listed) == 1 else None

    def _zone_city(self, context: str, clues: _Clues) -> Division | None:
        """The one city (or municipality) the page names most, around a functional zone."""
        counts: Counter[str] = Counter()
        for names in self.resolver.named(context[:_EVIDENCE]):
            credited = {a for d in names for a in self.resolver.ancestors(d)}
            counts.update(d.code for d in credited if d.current and _zone_parent(d))
        for host in clues.hosts:  # a district's site (tjbh.gov.cn) is its municipality's too
            for division in self.resolver.ancestors(host):
                if _zone_parent(division):
                    counts[division.code] += 2
                    break
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]):
            return None
        return self.resolver.by_code[ranked[0][0]]

    def _zone_title(self, title: str) -> str | None:
        """The functional zone a title opens with, without its place: `东疆综合保税区2025年度…`;
        not a zone's department (`高新区市场监管局关于…`)."""
        start = re.match(r"[^\u4e00-\u9fff]*", title)
        rest = title[start.end() if start else 0 :]
        zone = self.resolver.vocabulary.zone(rest)
        if zone is None or self.resolver.vocabulary.organ(rest[len(zone) :]) is not None:
            return None
        return zone

    def _site_owners(self, furniture: Sequence[str]) -> tuple[Division, ...]:
        """Places named by the site's organiser lines (主办单位:厦门市湖里区人民政府办公室)."""
        owners = [
            _SITE_KEEPER.sub(" ", to_simplified(line))
            for line in furniture
            if _SITE_OWNER.search(line)
        ]
        return tuple(d for line in owners for names in self.resolver.named(line) for d in names)

    def _publishers(self, furniture: Sequence[str]) -> tuple[Division, ...]:
        """Places named by the page's publisher lines (信息来源:辰溪县小龙门乡): a township's
        page names its county there when its text names none."""
        lines = (to_simplified(line) for line in furniture)
        found = (m.group(1) for line in lines for m in self.publisher.finditer(line))
        return tuple(d for name in found for names in self.resolver.named(name) for d in names)

    def _host_divisions(self, source_url: str | None) -> tuple[Division, ...]:
        host = urlsplit(source_url).hostname if source_url else None
        if not host:
            return ()
        host = host.lower()
        labels = [w for w in re.split(r"[.-]", host) if w not in self.host_stop_labels]
        portals = tuple(d for domain, d in self.portals if f".{host}".endswith(f".{domain}"))
        return portals + tuple(d for label in labels for d in self._host_label(label))

    def _host_label(self, label: str) -> tuple[Division, ...]:
        """The divisions a host label spells: a place's pinyin (xinmi), or its province's
        initials before the pinyin of one place inside it (ahshitai: 安徽 + 石台县)."""
        if label in self.by_pinyin:
            return self.by_pinyin[label]
        province = self.province_initials.get(label[:2])
        inside = [d for d in self.by_pinyin.get(label[2:], ()) if province and province.contains(d)]
        return tuple(inside) if len(inside) == 1 else ()


def _only(divisions: tuple[Division, ...]) -> Division:
    """The one current division of a name a data file gives (a portal's owner)."""
    current = [d for d in divisions if d.current]
    if len(current) != 1:
        raise ValueError(f"not one current division: {divisions}")
    return current[0]


def _sole(values: Iterable[str | None]) -> str | None:
    distinct = set(values)
    return distinct.pop() if len(distinct) == 1 else None


def _self_word(word: str) -> str:
    """我市 -> 市, 全省 -> 省, 县人民政府 -> 县, 我局 -> 局, 自治区人民政府 -> 省, 司法厅 -> 厅."""
    if "自治区" in word:
        return "省"
    if word.endswith(("局", "厅", "委员会", "办公室")) or word in ("我委", "本委"):
        return "厅" if word.endswith("厅") and not word.endswith("办公厅") else "局"
    return next(c for c in word if c in "省市县区州旗盟局厅")


def _level_fits(division: Division, word: str) -> bool:
    """Whether a page speaking as 我市 / 全县 / 区… could be `division`."""
    if division.level == Level.PROVINCE and word in "市区":
        autonomous = word == "区" and division.code[:2] in _AUTONOMOUS_REGIONS
        return autonomous or (word == "市" and is_municipality(division))
    if division.level == Level.COUNTY and word in "市县区旗":
        return division.name.endswith(word)  # 我市 is no 县's, 我县 no 区's
    return division.level in _LEVELS_OF_SELF[word]


def _organ_word(organ: str) -> str:
    """厅 for a provincial department (司法厅), 局 for any other (司法局, 卫健委, 办公厅)."""
    return "厅" if organ.endswith("厅") and not organ.endswith("办公厅") else "局"


def _organ_end(commissions: Iterable[str]) -> str:
    """How a department's name ends; a commission's short form not inside its full name."""
    short = "|".join(map(re.escape, sorted(commissions, key=len, reverse=True)))
    return rf"(?:{'|'.join(_ORGAN_ENDS)}|(?:{short})(?!员会))"


def _organ_name(word: str) -> str | None:
    return None if any(w in word for w in _NOT_IN_DEPARTMENT_NAMES) else word


def _level_of(self_word: str | None) -> Level:
    if self_word in ("局", "厅"):
        return Level.DEPARTMENT
    return _NATURAL_LEVEL.get(self_word or "", Level.OTHER)


def _addressee_level(addressee: str) -> Level | None:
    match = _ADDRESSEE_LEVEL.search(addressee)
    return _NATURAL_LEVEL[match.group(1)] if match else None


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _inside(division: Division, parents: list[Division]) -> bool:
    """Inside one of the addressee's divisions, when the addressee names any."""
    return not parents or any(p.contains(division) or p.code == division.code for p in parents)


def _zone_parent(division: Division) -> bool:
    """A functional zone lies in a prefecture or directly in a municipality."""
    return division.level == Level.CITY or is_municipality(division)


def is_municipality(division: Division) -> bool:
    return division.code[:2] in _MUNICIPALITY_CODES
