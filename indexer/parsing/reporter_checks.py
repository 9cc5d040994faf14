"""Checks on a reporter once located (parsing/evidence.py): a department is named as the page
writes it, or as the one that speaks; its name is an official organ's by its grammar
(parsing/organs.py); a government does not write to itself (县委、县人民政府:) nor lead itself
(在镇江市委市政府的领导下,我市…: a county-level city below 镇江市); a municipality's
page that speaks as a district is a district's; a region is an official name or none.
Each check may only narrow or drop what was found: a wrong place is worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from indexer.models import Level, Place
from indexer.parsing.field_voice import FieldVoice
from indexer.parsing.organs import (
    DepartmentNames,
    TownshipVoice,
    ZoneGrammar,
    department_names,
    ends_with_alias,
    first_name,
    organ_grammar,
    township_voice,
    zone_grammar,
)
from indexer.parsing.passing_mentions import PassingMentions
from indexer.parsing.reporter_grammar import (
    BOOK_TITLE,
    EVIDENCE,
    GOVERNMENT_PREFIX,
    LED_GOVERNMENT,
    NATURAL_LEVEL,
    OPENING,
    SENTENCE_START,
    addressee_line,
    blank,
    department_self,
    division_name,
    is_municipality,
    level_fits,
    organ_end,
    spells,
)
from indexer.parsing.subject_grammar import LEADERSHIP, SUBJECT_VERBS
from indexer.regions import Division, RegionResolver
from indexer.resources import load_toml

_HONOURED = r"(?=被[^,，。;；]{0,20}?(?:表彰|评为|授予|命名|确定)|荣获|获评|获得|入选)"
_NO_OFFICIAL_NAME = "region dropped: no division's, department's, zone's or township's name"
_ORGAN_S_TOWN = "region the township whose organ the page names and that it writes by its name"
_NOT_IN_ORGANS = ("中共", "党委", "党工委", "关于")
_COMMISSION_SPEAKS = re.compile(r"[我本]委(?!员)")
# An addressee line naming a government without a place (县委、县人民政府:): the reporter's own.
_OWN_GOVERNMENT_ADDRESSED = re.compile(r"(?:^|[、,，\s])([省市县区州旗盟])(?:人民政府|政府)")
# How a district or county speaks of itself, and how a municipality does (区县, 各区委: neither).
_DISTRICT_VOICE = re.compile(
    r"(?:[我本全][区县]|(?<![各区县市])[区县](?:委|政府|人民政府))(?![区县员])"
)
_MUNICIPAL_VOICE = re.compile(r"(?:[我本全]市|(?<![各区县市])市(?:委|政府|人民政府))(?![区县员])")
# A place's party committee and government named together in a leadership clause (镇江市委市政府,
# 宜春市委、市政府, 嘉兴市人民政府): the reporter's superior; a party committee alone (丰城市委)
# may be the reporter's own.
_LED_PLACE = (
    r"(?<![^在、和及\s,，])(?!在)(?P<name>(?:(?!政府|委)[\u4e00-\u9fff]){2,12}?[省市县区州旗盟])"
)
_SUPERIOR_GOVERNMENT = re.compile(
    rf"{_LED_PLACE}(?:委[、和及]?[省市县区州旗盟]?)?(?:人民政府|政府)"
)
_OWN_COMMITTEE = re.compile(rf"{_LED_PLACE}委(?!员|[、和及]?[省市县区州旗盟]?(?:人民)?政府)")
# The levels a subject's word (我市, 全县) may speak as below a superior of each level: a
# prefecture leads county-level cities, counties and districts; a province, prefectures too.
_BELOW = {Level.PROVINCE: "市州盟县区旗", Level.CITY: "市县区旗"}
# 自治区党委, 自治区人民政府 written bare (贯彻落实中央、自治区党委…): the page's own autonomous
# region, itself or its superior; after the region's name (新疆维吾尔自治区党委) it may be
# another's.
_AUTONOMOUS_REGION_ORGAN = re.compile(r"自治区(?:党委|人民政府|政府)")
_OUTSIDE_ITS_AUTONOMOUS_REGION = (
    "the page writes 自治区党委 or 自治区人民政府 bare (its own autonomous region's) and the place "
    "found lies in no autonomous region: none taken"
)
_LED_BY_IT = "the place found leads the reporter (在镇江市委市政府的领导下,我市…): below it"
_NOT_AN_ORGAN = "the department's name is no official organ's (its form or a phrase)"
_SELF_ADDRESSED = "the page reports to its own government (县委、县人民政府:): not that government"
_DISTRICT_OF_MUNICIPALITY = (
    "the page speaks as a district or county (全区, 县委) of the municipality"
)
_DISTRICT_DEPARTMENT = (
    "a municipality's department on a page that speaks as a district or county (区委、区政府):"
    " a district's department, its district not found"
)
_TOWNSHIP_OF_MUNICIPALITY = (
    "the page speaks as a township (我镇) led by a district or county (县委) of the municipality"
)


@dataclass(frozen=True, slots=True)
class ReporterChecks:
    """The checks applied, in order, to the reporter the page's evidence points to."""

    resolver: RegionResolver
    ministries: tuple[str, ...]
    department_self: re.Pattern[str]  # 我局, 我委: a department speaks, whatever else it says
    organ_end: str  # a pattern: how a department's name ends (局, 厅, 委员会, 卫健委 …)
    departments: DepartmentNames  # official names and short forms (parsing/organs.py)
    zones: ZoneGrammar  # functional zones' names (parsing/organs.py)
    townships: TownshipVoice  # townships' names (parsing/organs.py)
    organ_subject: re.Pattern[str]  # 司法局坚持… after its place: group 1 the organ
    # the autonomous regions (新疆维吾尔自治区) and the names written before 自治区 for each
    # (新疆维吾尔, 新疆), from the division list
    autonomous_regions: Mapping[str, tuple[str, ...]]
    field_remarks: re.Pattern[str]  # 总书记关于应急管理的重要论述: group "field"
    field_organs: dict[str, str]  # 应急管理 -> 应急管理厅 (data/organs.toml [departments.fields])
    mentions: PassingMentions  # the field whose yearly plan a department makes (全市交通运输…)
    fields: FieldVoice  # the one field a department speaks of as its own (人社法治建设)

    @classmethod
    def from_data(
        cls, resolver: RegionResolver, mentions: PassingMentions | None = None
    ) -> ReporterChecks:
        config = load_toml("regions.toml")["reporter"]
        fields = load_toml("organs.toml")["departments"]["fields"]
        return cls(
            resolver=resolver,
            ministries=tuple(sorted(config["ministries"], key=len, reverse=True)),
            department_self=department_self(),
            organ_end=organ_end(),
            departments=department_names(),
            zones=zone_grammar(),
            townships=township_voice(),
            organ_subject=re.compile(
                rf"({'|'.join(map(re.escape, department_names().names))})(?:党组|党委)?"
                rf"\s*[,，]?\s*(?:{SUBJECT_VERBS}|{_HONOURED})"
            ),
            autonomous_regions={
                d.name: (d.name.removesuffix("自治区"), resolver.short_by_code.get(d.code, ""))
                for d in resolver.by_code.values()
                if d.current and d.level == Level.PROVINCE and d.name.endswith("自治区")
            },
            field_remarks=re.compile(
                rf"总书记关于(?P<field>{'|'.join(map(re.escape, fields))})(?:工作)?"
                r"的重要(?:论述|指示)"
            ),
            field_organs=dict(fields),
            mentions=mentions or PassingMentions.from_data(resolver),
            fields=FieldVoice.from_data(),
        )

    def checked(
        self, found: tuple[Place, tuple[str, ...]], body: str, title: str = "", published: str = ""
    ) -> tuple[Place, tuple[str, ...]]:
        """`found` after every check; `body` and `title` simplified, as the finder read them;
        `published`: the page's publisher lines' names, which may write the department's name
        another way (来源:珠山区文广新旅局) and so tell which official name it abbreviates."""
        found = self.departments.abbreviated(
            self.departments.checked(found), f"{body}\n{published}"
        )
        found = self._department_named(found, body)
        found = self._department_speaking(found, body, title)
        found = self._another_department_speaking(found, body)
        found = self._below_the_addressee(self._official_organ(found), body)
        found = self._below_the_leadership(found, body)
        found = self._in_its_autonomous_region(found, body)
        found = self._district_of_municipality(found, body)
        found = self.official_only(
            self._district_department_of_municipality(found, body), f"{title}\n{body}"
        )
        return _by_first_name(found)  # read with its other names (委办(编译局)), given by its first

    def _department_speaking(
        self, found: tuple[Place, tuple[str, ...]], body: str, title: str = ""
    ) -> tuple[Place, tuple[str, ...]]:
        """A government found for a page whose opening has one of its departments as a
        sentence's subject (2024年以来,静海区司法局坚持…) is that department's; for a page that
        speaks as a department (我局, 厅党组) it is a department's of a name not found, unless
        the title names the government in full as the report's own (泸州市人民政府2024年度…报告):
        a government's report drafted by its bureau keeps that bureau's voice (局党委会)."""
        place, warnings = found
        if place.region is None or place.level not in (Level.PROVINCE, Level.CITY, Level.COUNTY):
            return found
        if organ := self._subject_department(place.region, body[:OPENING]):
            region = self.resolver.department(place.region, organ)
            return replace(place, region=region, level=Level.DEPARTMENT), warnings
        if self.department_self.search(body[:EVIDENCE]) is None:
            return found
        spoken = {m.group() for m in self.department_self.finditer(body[:EVIDENCE])}
        word = next((w for w in "厅局" if any(w in said for said in spoken)), None)
        if word and (organ := self.voiced_field_department(place.region, body, word)):
            region = self.resolver.department(place.region, organ)
            return replace(place, region=region, level=Level.DEPARTMENT), warnings
        if _titled_government(title, place.region):
            note = "the title names the government; the page speaks as a department (局党委)"
            return place, (*warnings, note)
        note = "the page speaks as a department (我局, 厅党组): its own name not found"
        return replace(place, region=None, level=Level.DEPARTMENT), (*warnings, note)

    def _another_department_speaking(
        self, found: tuple[Place, tuple[str, ...]], body: str
    ) -> tuple[Place, tuple[str, ...]]:
        """A department found (泽州县司法局, from a line that names the site's owner) for a page
        whose opening has another department of its place, written by the place's level, as its
        first subject (2025年,县交通运输局深入…): two reporters, and which one reports is not
        to be guessed. Region null, level department, its place's province and city kept."""
        place, warnings = found
        region = place.region or ""
        if place.level != Level.DEPARTMENT or not region:
            return found
        head = self.resolver.written_head(region)
        if not head or head[-1] not in "省市县区旗州盟":
            return found
        start = re.search(
            rf"{SENTENCE_START}(?:{LEADERSHIP.pattern})?{head[-1]}", body[:OPENING], re.M
        )
        subject = self.organ_subject.match(body[:OPENING], start.end()) if start else None
        if subject is None or self._written_short(subject.group(1), head, region):
            return found
        note = f"the opening's subject is another department ({subject.group(1)}): not given"
        return replace(place, region=None), (*warnings, note)

    def _written_short(self, written: str, head: str, region: str) -> bool:
        """Whether the opening's subject `written` after its place `head` is the department
        `region` itself: its official name (市人社局), or a short name whose characters spell
        the region's name in order with the same kind (市大数据发展局 of 重庆市大数据应用发展
        管理局). A listed short form of another official name (organs.toml short_forms) stays
        another department: a place has one department by each name, not two."""
        if self.resolver.department(head, written) == region:
            return True
        organ = region.removeprefix(head)
        in_full = self.departments.in_full(written)
        return organ != region and in_full in (written, organ) and spells(written, organ)

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
        addressee = next(iter(addressee_line().findall(body[:OPENING])), "")
        own = {m.group(1) for m in _OWN_GOVERNMENT_ADDRESSED.finditer(addressee)}
        if not any(c in levels[place.level] and place.region.endswith(c) for c in own):
            return found
        own_name = re.escape(place.region)
        subject = rf"{SENTENCE_START}{own_name}(?:人民政府|政府)?\s*[,，]?\s*{SUBJECT_VERBS}"
        if re.search(subject, body[:OPENING], re.M):  # 县委、县政府:…射阳县坚持…: it says so
            return found
        level = Level.DEPARTMENT if place.level == Level.COUNTY else Level.OTHER
        return replace(place, region=None, level=level), (*warnings, _SELF_ADDRESSED)

    def _below_the_leadership(
        self, found: tuple[Place, tuple[str, ...]], body: str
    ) -> tuple[Place, tuple[str, ...]]:
        """A government found that the opening names as the leader of a subject speaking as a
        government (在镇江市委市政府的领导下,我市…) is the reporter's superior: the reporter is
        below it, the one place of the subject's level under it whose party committee alone the
        clause names (宜春市委、市政府和丰城市委: 丰城市), else unnamed."""
        place, warnings = found
        led = LED_GOVERNMENT.search(body[:OPENING])
        if led is None or place.region is None or place.level not in _BELOW:
            return found
        clauses, word = led.group("clauses"), led.group("word")
        divisions = self.resolver.full_names.get(place.region, ())
        municipal = any(map(is_municipality, divisions))
        if word not in _BELOW[place.level] or (municipal and word == "市"):
            return found
        superiors = {m.group("name") for m in _SUPERIOR_GOVERNMENT.finditer(clauses)}
        if not any(self._same_division(name, place.region) for name in superiors):
            return found
        if own := self._own_committee(clauses, word, {d.code for d in divisions}):
            return self.resolver.place_of(own), warnings
        if own := self._sole_child_named(divisions, word, body[:EVIDENCE]):
            return self.resolver.place_of(own), warnings
        level = Level.COUNTY if place.level == Level.CITY else NATURAL_LEVEL[word]
        city = place.city if place.level == Level.CITY else None
        return Place(None, level, place.province, city), (*warnings, _LED_BY_IT)

    def _own_committee(self, clauses: str, word: str, superior: set[str]) -> Division | None:
        """The one place of the subject's level (市 of 我市) below the `superior` (its codes)
        whose party committee alone the clauses name (宜春市委、市政府和丰城市委: 丰城市)."""
        own = {
            d
            for m in _OWN_COMMITTEE.finditer(clauses)
            if m.group("name").endswith(word)
            for d in self.resolver.full_names.get(m.group("name"), ())
            if d.current
            and d.code not in superior
            and superior & {a.code for a in self.resolver.ancestors(d)}
        }
        return own.pop() if len(own) == 1 else None

    def _sole_child_named(
        self, leaders: tuple[Division, ...], word: str, text: str
    ) -> Division | None:
        """The one division directly below the leader (a county of a prefecture, a prefecture
        of a province) that `text` names in full at home (not as a partner or destination), if
        it fits the subject's word (我市: 丹江口市, not 郧西县) and no other child is named and
        it is named once at least outside an enumeration (丹江口市、郧西县): a page led by its
        prefecture names its own place in its plans (《丹江口市…实施方案》), seldom a sibling's
        alone."""
        current = [d for d in leaders if d.current]
        if len(current) != 1:
            return None
        leader = current[0]
        below = {Level.PROVINCE: Level.CITY, Level.CITY: Level.COUNTY}.get(leader.level)
        home = self.mentions.without_elsewhere(text)
        children = {
            d for d in self.mentions.named_at_home(text) if d.level == below and leader.contains(d)
        }
        if len(children) != 1:
            return None
        child = children.pop()
        alone = re.search(rf"(?<!、){re.escape(child.name)}(?!、)", home)
        return child if alone and level_fits(child, word) else None

    def _same_division(self, name: str, region: str) -> bool:
        """Whether `name` (镇江市) is `region` written in full or by its short name."""
        return name == region or self.resolver.city_full_name(name.rstrip("市州盟")) == region

    def _district_of_municipality(
        self, found: tuple[Place, tuple[str, ...]], body: str
    ) -> tuple[Place, tuple[str, ...]]:
        """A municipality (重庆市) found for a page that speaks as a district or county (全区,
        区委, 我县) more than as the municipality: one of its districts, not the page's to name."""
        place, warnings = found
        divisions = self.resolver.full_names.get(place.region or "", ())
        if place.level != Level.PROVINCE or not any(map(is_municipality, divisions)):
            return found
        text = BOOK_TITLE.sub(blank, body[: 2 * OPENING])
        district = len(_DISTRICT_VOICE.findall(text))
        if district < 2 or district <= len(_MUNICIPAL_VOICE.findall(text)):
            return found
        if self.townships.first_person.search(text):
            # 在县委、县政府的领导下…现将我镇…: its county leads it; only a township says 我镇
            return replace(place, region=None, level=Level.OTHER), (
                *warnings,
                _TOWNSHIP_OF_MUNICIPALITY,
            )
        return replace(place, region=None, level=Level.COUNTY), (
            *warnings,
            _DISTRICT_OF_MUNICIPALITY,
        )

    def _district_department_of_municipality(
        self, found: tuple[Place, tuple[str, ...]], body: str
    ) -> tuple[Place, tuple[str, ...]]:
        """A municipality's department (北京市司法局) found for a page that speaks as a district
        or county (贯彻落实区委、区政府决策部署, 全区) more than as the municipality: a district's
        department written with its municipality's name, which district not the page's to say
        by its voice alone. Region none; level department and province kept."""
        place, warnings = found
        if place.level != Level.DEPARTMENT or place.region is None:
            return found
        head = self.resolver.written_head(place.region)
        municipal = [
            d for d in self.resolver.full_names.get(head, ())
            if d.level == Level.PROVINCE and is_municipality(d)
        ]  # fmt: skip
        if not municipal or place.region[len(head) :] not in department_names().names:
            return found  # 大兴区司法局, a zone's bureau: the place below is written
        text = BOOK_TITLE.sub(blank, body[: 2 * OPENING])
        district = len(_DISTRICT_VOICE.findall(text))
        if district < 2 or district <= len(_MUNICIPAL_VOICE.findall(text)):
            return found
        return replace(place, region=None, city=None), (*warnings, _DISTRICT_DEPARTMENT)

    def _in_its_autonomous_region(
        self, found: tuple[Place, tuple[str, ...]], body: str
    ) -> tuple[Place, tuple[str, ...]]:
        """A page that writes 自治区党委 or 自治区人民政府 bare (贯彻落实中央、自治区党委…, 在自治区
        党委、政府的领导下) lies in an autonomous region, its own or its superior: a place found
        in another province (江苏省 from 江苏大讲堂, an aid partner of 伊犁州) is not its own."""
        place, warnings = found
        if place.province is None or place.province in self.autonomous_regions:
            return found
        text = body[:EVIDENCE]
        names = tuple(n for ns in self.autonomous_regions.values() for n in ns if n)
        organs = _AUTONOMOUS_REGION_ORGAN.finditer(text)
        if all(text[: m.start()].endswith(names) for m in organs):
            return found
        unknown = Place(None, place.level, None, None)
        return unknown, (*warnings, _OUTSIDE_ITS_AUTONOMOUS_REGION)

    def official_only(
        self, found: tuple[Place, tuple[str, ...]], text: str = ""
    ) -> tuple[Place, tuple[str, ...]]:
        """A region is a division's name, a department's, a zone's or a township's by their
        grammars; anything else (江津区四屏镇委员会 from a party committee, 人民政府南华西街道
        办事处 with its district's government) is no reporter's name: none, with a warning;
        but a county's township's organ (张店区房镇镇委员会) is that township when the text also
        writes the township by its bare name (房镇镇以…, 关于民治街道2025年度…)."""
        place, warnings = found
        region = place.region
        if region is None or self._official_name(region, place.level):
            return found
        if town := self._township_of_organ(region, text):
            return replace(place, region=town, level=Level.OTHER), (*warnings, _ORGAN_S_TOWN)
        level = place.level
        # a township's organ read as a department's, or its 办事处 alone (深圳市深汕特别合作区
        # 鹅埠办事处, a 街道办事处 written without 街道): a township's level
        if level == Level.DEPARTMENT and (
            self.townships.organ.search(region) or region.endswith("办事处")
        ):
            level = Level.OTHER
        return replace(place, region=None, level=level), (
            *warnings,
            f"{_NO_OFFICIAL_NAME}: {region}",
        )

    def _township_of_organ(self, region: str, text: str) -> str | None:
        """The township of a county's township organ (张店区房镇镇委员会 -> 房镇镇, 龙华区民治街道
        办事处 -> 民治街道) when the text writes that township's name bare, not only as its
        organs' (房镇镇以…): the report is the township's; None otherwise."""
        head = self.resolver.written_head(region)
        match = self.townships.of_organ.fullmatch(region[len(head) :]) if head else None
        if match is None or not self.townships.is_name(town := match.group("town")):
            return None
        words = self.townships.organ_words
        bare = re.search(
            rf"{re.escape(town)}(?!{words}|[\u4e00-\u9fff]{{0,4}}(?:{words}))",
            text,
        )
        return town if bare else None

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
            (
                region[:n]
                for n in range(len(region) - 1, 1, -1)
                if division_name(self.resolver, region[:n])
            ),
            "",
        )
        organ = region[len(place) :]
        ends = re.search(rf"{self.organ_end}$", organ) is not None or ends_with_alias(organ)
        # 人民政府法制办公室 is a government's office; 人民政府+anything else is no organ's name
        governed = GOVERNMENT_PREFIX.match(organ) is None or organ.endswith(("办公室", "办公厅"))
        return (
            bool(place)
            and ends
            and governed
            and not self.townships.organ.search(organ)
            and not any(word in organ for word in _NOT_IN_ORGANS)
            and not self.departments.holds_another(organ)
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
        if organ := self.field_department(region, body):
            note = (
                "department named from its own field and its voice (我厅, 关于应急管理的重要论述)"
            )
            return replace(place, region=self.resolver.department(region, organ)), (*warnings, note)
        if organ := self._field_plan_department(region, body):
            note = "department named from the field of its own yearly plan (全市交通运输…工作要点)"
            return replace(place, region=self.resolver.department(region, organ)), (*warnings, note)
        spoken = {m.group() for m in self.department_self.finditer(body[:EVIDENCE])}
        word = next((w for w in "厅局" if any(w in said for said in spoken)), None)
        if word and (organ := self.voiced_field_department(region, body, word)):
            note = "department named from the field it speaks of as its own (人社法治建设)"
            return replace(place, region=self.resolver.department(region, organ)), (*warnings, note)
        return replace(place, region=None), (*warnings, "the department's own name not found")

    def _field_plan_department(self, region: str, body: str) -> str | None:
        """The department of `region` that makes its field's own yearly plan (制定了《2023年全市
        交通运输法制工作要点》) on a page speaking as a department: 厅 when it speaks as one."""
        spoken = {m.group() for m in self.department_self.finditer(body[:EVIDENCE])}
        word = "厅" if any("厅" in w for w in spoken) else "局"
        organ = self.mentions.field_plan_head(body[:EVIDENCE], word)
        divisions = [d for d in self.resolver.full_names.get(region, ()) if d.current]
        provincial = bool(divisions) and all(d.level == Level.PROVINCE for d in divisions)
        return organ if organ and (word == "厅") == provincial else None

    def voiced_field_department(self, region: str, body: str, word: str) -> str | None:
        """The department of `region` whose field the page speaks of as its own (field_voice.py):
        厅 for a province's, 局 for another's; `word` (我局: 局) as the page speaks must agree."""
        divisions = [d for d in self.resolver.full_names.get(region, ()) if d.current]
        if not divisions:
            return None
        provincial = all(d.level == Level.PROVINCE and not is_municipality(d) for d in divisions)
        own = "厅" if provincial else "局"
        # a commission (我委) heads its field too, by another name (教育委员会, not 教育局)
        commission = _COMMISSION_SPEAKS.search(body[:EVIDENCE]) is not None
        # a name is built only on a place the page writes in full (《辽阳市…方案》), not one from
        # its site or a slogan (法治杭州: a district's bureau follows its city's plans too)
        unwritten = region not in body[:EVIDENCE]
        if word != own or commission or unwritten or self._speaks_below(divisions, body):
            return None
        return self.fields.own_department(body[:OPENING], body[:EVIDENCE], own)

    @staticmethod
    def _speaks_below(divisions: list[Division], body: str) -> bool:
        """Whether a page found at a prefecture (杭州市) speaks as a district's or county's
        department (区委区政府, 全区) more than as the city's: its place is below the one found."""
        if not all(d.level == Level.CITY for d in divisions):
            return False
        text = BOOK_TITLE.sub(blank, body[: 2 * OPENING])
        return len(_DISTRICT_VOICE.findall(text)) > len(_MUNICIPAL_VOICE.findall(text))

    def field_department(self, region: str, body: str) -> str | None:
        """The 厅 of the one field a province's department names as its own (data/organs.toml
        [departments.fields]): on a page that speaks as a 厅 (我厅, 厅党组), the field whose
        leader's remarks it studies (总书记关于应急管理的重要论述), named again on the page
        (推进应急管理各项工作). None for a municipality (its departments are 局 and 委)."""
        divisions = [d for d in self.resolver.full_names.get(region, ()) if d.current]
        provincial = bool(divisions) and all(d.level == Level.PROVINCE for d in divisions)
        if not provincial or any(map(is_municipality, divisions)):
            return None
        text = body[:EVIDENCE]
        spoken = {m.group() for m in self.department_self.finditer(text)}
        if not any("厅" in word for word in spoken):
            return None
        fields = {m.group("field") for m in self.field_remarks.finditer(text)}
        field = fields.pop() if len(fields) == 1 else None
        if field is None or text.count(field) < 2:
            return None
        return self.field_organs[field]

    def _subject_department(self, place: str, body: str) -> str | None:
        """The one department of `place` a sentence of the page has as its subject, in full
        (…取得新成效。盐城市交通运输局被交通运输部表彰为…): a bureau speaking as 我局 names
        itself so when it reports an honour or its work; another bureau is rarely a subject.
        Its superiors' leadership may come first (在襄阳市委、市政府的领导下,襄阳市司法局坚持…)."""
        text = body[:EVIDENCE]
        starts = re.finditer(
            rf"{SENTENCE_START}(?:{LEADERSHIP.pattern})?{re.escape(place)}", text, re.M
        )
        subjects = (self.organ_subject.match(text, start.end()) for start in starts)
        found = {subject.group(1) for subject in subjects if subject}
        return found.pop() if len(found) == 1 else None


def _by_first_name(found: tuple[Place, tuple[str, ...]]) -> tuple[Place, tuple[str, ...]]:
    """The reporter by its first name only, however the page wrote its others (from its title, a
    cited title or an issuer line): a region never carries a bracketed other name."""
    place, warnings = found
    region = first_name(place.region) if place.region else place.region
    return (replace(place, region=region), warnings) if region != place.region else found


def _titled_government(title: str, region: str) -> bool:
    """Whether a report's title opens with `region`'s government in full, then the year or 关于
    (泸州市人民政府2024年度法治政府建设工作报告): the title names its reporter."""
    return re.match(rf"{re.escape(region)}人民政府(?:关于)?(?:19|20)\d{{2}}年", title) is not None
