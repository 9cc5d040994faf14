"""The level a page speaks as, against the level of the reporter its evidence found.

A report speaks in its own voice: a department as 我局, 局党组 or by its organ as a sentence's
subject (市市场监管局坚持…, 全省生态环境系统在…), a township as 我镇, 全街道, by its name or its
kind alone as the subject (街道按照…), a county as 我县, 全区, 县委、县政府, a city as 我市, 全市,
a province as 全省, 我省. It quotes its superiors' voice too (全省 in a city's report, 市委市政府
in a district's), but never a voice below its own: a city does not say 全区 of itself, a county
not 我镇. So a voice below the level of the reporter found, said at least twice (or once as a
sentence's subject) and more than the reporter's own, contradicts it. When that reporter rests on
weak evidence (the title does not name it, nor the opening as its subject), it is not given:
region null, the level of the voice, and the province and city that hold for both readings (a
department of 上海市 is in 上海市).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from indexer.models import Level, Place
from indexer.parsing.organs import (
    TownshipVoice,
    ZoneGrammar,
    department_names,
    township_voice,
    zone_grammar,
)
from indexer.parsing.reporter_grammar import (
    BOOK_TITLE,
    EVIDENCE,
    NATURAL_LEVEL,
    OPENING,
    SENTENCE_START,
    addressee_line,
    blank,
    department_self,
    is_municipality,
    organ_end,
    organ_name,
    publisher_label,
)
from indexer.parsing.subject_grammar import OTHER_NAMES, SUBJECT_VERBS, UNDER_SUPERIORS
from indexer.regions import RegionResolver
from indexer.resources import load_toml

DEPARTMENT = "局"  # the voice of a department (我局, 厅党组, 市司法局坚持…)
TOWNSHIP = "镇"  # the voice of a township (我镇, 全乡, 我街道)
_LEVELS = "省市县区州旗盟"
# The year an opening may state before its first subject (2023年, 2020年以来,).
_OPENING_YEAR = r"(?:(?:19|20)\d{2}\s*年?(?:以来|度)?[\s,，]*)?"
# A clause's start: a sentence's, or after a comma (根据市委部署,市市场监管局围绕…), then the year.
_CLAUSE_START = rf"(?:^|(?<=[\n。;；,，]))[\s,，]*{_OPENING_YEAR}"
_SAME_LINE = r"[ \t\u3000,，]*"  # a subject and its verb: a name alone on its line is no subject
# A government as its own subject: 我市坚持…, 县委、县政府始终…, 区政府以….
_GOVERNMENT_SUBJECT = re.compile(
    rf"{_CLAUSE_START}(?:[我本全](?P<own>[{_LEVELS}])|(?P<organ>[{_LEVELS}])(?:委[、和及]?"
    rf"(?P=organ)?)?(?:人民政府|政府)){_SAME_LINE}{SUBJECT_VERBS}",
    re.MULTILINE,
)
# A government by its full name as its own subject: 2021年,秦皇岛市深入…, 河北省委、省政府坚持….
_NAMED_SUBJECT = re.compile(
    rf"{_CLAUSE_START}(?P<name>[\u4e00-\u9fff]{{2,10}}?[{_LEVELS}])(?:委[、和及]?[{_LEVELS}]?)?"
    rf"(?:人民政府|政府)?{_SAME_LINE}{SUBJECT_VERBS}",
    re.MULTILINE,
)
_LEVEL_KEYS = {Level.PROVINCE: "省", Level.CITY: "市"}
# A government in the addressee line by its level alone (区政府, 县人民政府) after the line's
# start, a separator or a bracket (区委区政府, 市政府并市委, 市委(市政府)).
_ADDRESSED_GOVERNMENT = re.compile(
    rf"(?:^|(?<=[委、,，\s并及和(（]))(?P<level>[{_LEVELS}])(?:人民政府|政府)"
)
_ADDRESSED_ITSELF = "the page writes to the government of {found} as its superior: not given"
# A heading's number, then the duties it fulfils with no subject before them (二、全面履行部门职能).
_DUTY_HEAD = (
    rf"{_CLAUSE_START}(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．])?"
    r"(?:(?!各|部门)[^,，。;；\n]){0,10}?履行(?:(?!各)[^,，。;；\n]){0,10}?"
)
# A government's words after a list's level (各县政府, 县市区政府, 乡镇党委) are not its voice,
# nor 全县 opening a list of levels (全县区, 全市县).
_NOT_BEFORE = r"(?<![各省市县区州旗盟乡镇村])"
_NOT_AFTER = r"(?![区县市乡镇级员])"
# A government's first person (我区, 本市), not a party committee's (本区委) nor a list (我市县).
_GOVERNMENT_FIRST_PERSON = re.compile(rf"[我本][{_LEVELS}]{_NOT_AFTER}(?!委)")
_PUBLISHED_FOR_GOVERNMENT = (
    "the page speaks as the government of {government}, which reports; {found} only publishes it"
)
_VOICE_CONTRADICTS = "the page speaks as {voice}, not as the reporter found ({found}): not given"
# A department's name without its kind (局, 厅, 委员会) as the page's first subject (2020年,司法
# 坚持…; 2021年,省农业农村认真学习…): the department, its kind lost with a link's text. A
# government opens with its own name or 我市, never with a department's field. Only the first
# sentence: further in, a field as a clause's subject (审计全面覆盖) may be a government's.
_KIND_ENDS = ("局", "厅", "委员会")
_GUIDED_BY_ITS_ORGAN = "the page is led by {organ}, the organ of the government found: not given"
_UNNAMED_DEPARTMENT = "the page speaks as a department, not as a {level}: level department"
_DEPARTMENT_SITE = (
    "the page lies on a department's site ({host}) and never speaks as a government: "
    "a department's, its name not given"
)
_PROVINCIAL_DEPARTMENT = "the page speaks as a province's department (我厅): no city"
_VOICE_NAMES = {DEPARTMENT: "a department", TOWNSHIP: "a township"}
# A department's own bodies by its kind alone (局机关, 厅领导) follow no name: a clause's start or
# a function word (两位厅负责人, 纳入厅领导, 我局主要负责人), never a department's name's end
# (市司法局主要负责人, in a government's page too) nor 各 (各局负责人: every bureau's).
_ALONE = r"(?:(?<![\u4e00-\u9fff])|(?<=[我本在位和及与入由他的是]))"


@dataclass(frozen=True, slots=True)
class PageVoice:
    """Counts the voices a page speaks in and checks the reporter found against them."""

    resolver: RegionResolver
    words: re.Pattern[str]  # 我局, 全镇, 我县, 县政府 …: each a mention of its voice
    keys: dict[str, str]  # each word -> its voice (局, 镇 or a level character)
    department_words: re.Pattern[str]  # 我局, 厅党组: only a department speaks so, of itself
    own_bodies: re.Pattern[str]  # 局机关, 厅领导, 厅系统: a department's own, by its kind alone
    # 市市场监管局坚持…, 全省生态环境系统在…, 市数据局(市行政审批局)深入…: group "organ"
    organ_subject: re.Pattern[str]
    duties: re.Pattern[str]  # 全面履行部门职能: a department's own duties (data/regions.toml)
    townships: TownshipVoice  # a township named as its sentence's subject (parsing/organs.py)
    zones: ZoneGrammar  # a zone's governing body (管理委员会) speaks as its zone, no department
    kind_lost: re.Pattern[str]  # 2020年,司法坚持…: a department's name without its kind opens
    organ_opening: re.Pattern[str]  # 2023年,区司法局坚持…: a department by its level opens
    system_opening: re.Pattern[str]  # 2023年,全区公安机关在…领导下,坚持…: its system opens
    law_organ: re.Pattern[str]  # 县委政法委, 区委依法治区办: groups "party" and "rule" its level
    addressed: re.Pattern[str]  # the addressee line, however short (省政府:, 区委,区政府:)
    address_line: re.Pattern[str]  # the addressee line alone (区委,区政府:): group "to"
    publisher_line: re.Pattern[str]  # 发布机构 | 丽水市司法局 |, 来源:…: who publishes the page

    @classmethod
    def from_data(cls, resolver: RegionResolver) -> PageVoice:
        config = load_toml("regions.toml")
        reporter, systems = config["reporter"], config["organs"]["systems"]
        departments = reporter["department_self_references"]
        bodies = "|".join(map(re.escape, reporter["department_own_bodies"]))
        towns = load_toml("organs.toml")["townships"]["self_references"]
        keys = {w: _key(w) for w in reporter["self_references"] if w not in departments}
        keys |= {w: TOWNSHIP for w in towns}
        words = "|".join(map(re.escape, sorted(keys, key=len, reverse=True)))
        keys |= {w: DEPARTMENT for w in departments}  # matched as department_self() reads them
        system = "|".join(sorted(systems, key=len, reverse=True))
        return cls(
            resolver=resolver,
            words=re.compile(
                f"{_NOT_BEFORE}(?:(?:{words}){_NOT_AFTER}|(?:{department_self().pattern}))"
            ),
            keys=keys,
            department_words=re.compile(f"{department_self().pattern}|{_ALONE}(?:{bodies})"),
            own_bodies=re.compile(f"{_ALONE}(?:{bodies})"),
            organ_subject=re.compile(
                rf"{_CLAUSE_START}(?P<organ>(?![我本全])[{_LEVELS}]?[\u4e00-\u9fff]{{1,10}}?{organ_end()}"
                rf"|[全我本][{_LEVELS}](?:{system})系统){OTHER_NAMES}?(?:党组|党委)?{_SAME_LINE}"
                rf"[(（]?{SUBJECT_VERBS}",
                re.MULTILINE,
            ),
            duties=re.compile(
                rf"{_DUTY_HEAD}(?:{'|'.join(map(re.escape, reporter['department_duties']))})",
                re.MULTILINE,
            ),
            townships=township_voice(),
            zones=zone_grammar(),
            kind_lost=_kind_lost_opening(),
            organ_opening=_organ_opening(),
            system_opening=_system_opening(system),
            law_organ=_law_organ(reporter["law_organs"], reporter["rule_of_law_offices"]),
            addressed=_addressed(reporter["addressee_endings"]),
            address_line=_address_line(reporter["addressee_endings"]),
            publisher_line=re.compile(publisher_label()),
        )

    def scores(self, body: str) -> Counter[str]:
        """How much the (simplified) page speaks in each voice: a mention counts one, a
        sentence's subject, a department's first person (我局), its own bodies (局机关, 厅领导) or
        its own duties (全面履行部门职能) two. Its superiors' leadership
        (在市委市政府领导下), its addressee and the titles it cites are not its voice."""
        text = self._spoken(body)
        scores: Counter[str] = Counter(self.keys[m.group()] for m in self.words.finditer(text))
        scores[DEPARTMENT] += len(self.department_words.findall(text))
        scores[DEPARTMENT] += len(self.own_bodies.findall(text))  # its words count it once
        for match in _GOVERNMENT_SUBJECT.finditer(text):
            scores[_key(match.group("own") or match.group("organ"))] += 2
        for match in _NAMED_SUBJECT.finditer(text):
            if key := self._named_key(match.group("name")):
                scores[key] += 2
        scores[DEPARTMENT] += 2 * sum(map(self._organ, self.organ_subject.finditer(text)))
        scores[DEPARTMENT] += 2 * len(self.duties.findall(text))
        scores[TOWNSHIP] += 2 * sum(map(self._town, self.townships.subject.finditer(text)))
        scores[DEPARTMENT] += 2 * bool(self.kind_lost.match(text.lstrip()))
        scores[TOWNSHIP] += 2 * len(self.townships.bare.findall(text))
        return scores

    def speaks_as_government(self, body: str) -> bool:
        """Whether the page speaks as a government: in its first person (我区, 本市) or as a
        sentence's subject (区政府坚持…, 全县深入…, 2020年,余杭区坚持…); its scope alone (全区农业
        领域) and its superiors' leadership are no such voice."""
        text = self._spoken(body)
        named = (m.group("name") for m in _NAMED_SUBJECT.finditer(text))
        return (
            _GOVERNMENT_FIRST_PERSON.search(text) is not None
            or _GOVERNMENT_SUBJECT.search(text) is not None
            or any(self._named_key(name) for name in named)
        )

    def checked(
        self, found: tuple[Place, tuple[str, ...]], title: str, body: str, published: str = ""
    ) -> tuple[Place, tuple[str, ...]]:
        """`found`, or what holds of it when the page speaks below it and it rests on weak
        evidence; `title` and `body` simplified; `published`: the names the page's publisher
        lines give, one a line (site_owner.py publisher_names)."""
        place, warnings = found
        if place.region is None:
            return self._unnamed(found, body)
        if self._stands(place.region, title, body[:OPENING]):
            return found
        scores = self.scores(body)
        if self._writes_to_itself(place, body):
            voice = TOWNSHIP if scores[TOWNSHIP] > scores[DEPARTMENT] else DEPARTMENT
            note = _ADDRESSED_ITSELF.format(found=place.region)
            return self._as_voice(place, voice, body), (*warnings, note)
        if organ := self._led_by_its_law_organ(place, body):
            voice = TOWNSHIP if scores[TOWNSHIP] > scores[DEPARTMENT] else DEPARTMENT
            note = _GUIDED_BY_ITS_ORGAN.format(organ=organ)
            return self._as_voice(place, voice, body), (*warnings, note)
        if place.level == Level.DEPARTMENT:
            if scores[DEPARTMENT]:
                return found
            return self._government_speaking(found, title, body, published)
        own = max((scores[k] for k in self._own_keys(place)), default=0)
        below = [
            (scores[key], key)
            for key in self._keys_below(place)
            if scores[key] >= 2 and (key == DEPARTMENT or scores[key] > own)
        ]
        if not below:
            return found
        voice = max(below)[1]
        note = _VOICE_CONTRADICTS.format(
            voice=_VOICE_NAMES.get(voice, f"a {voice}"), found=place.region
        )
        return self._as_voice(place, voice, body), (*warnings, note)

    def on_department_site(
        self, found: tuple[Place, tuple[str, ...]], title: str, body: str, host: str
    ) -> tuple[Place, tuple[str, ...]]:
        """`found`, or a department unnamed: a government found for a page on a department's own
        site (`host`: wjw.sz.gov.cn) whose title and opening do not name that government as the
        reporter and which never speaks as one (its scope alone, 全市, is no such voice). A
        department's site publishes its own report; its government's names the government.
        `title` and `body` simplified."""
        place, warnings = found
        governments = (Level.PROVINCE, Level.CITY, Level.COUNTY)
        if place.region is None or place.level not in governments:
            return found
        if self._stands(place.region, title, body[:OPENING]) or self.speaks_as_government(body):
            return found
        note = _DEPARTMENT_SITE.format(host=host)
        return self._as_voice(place, DEPARTMENT, body), (*warnings, note)

    def _unnamed(
        self, found: tuple[Place, tuple[str, ...]], body: str
    ) -> tuple[Place, tuple[str, ...]]:
        """No reporter named, at the level of a government's words (全市教育系统): a department's
        when the page speaks in a department's first person or of its duties (我局, 全面履行部门
        职能), or opens with its system or its name after its level as its first subject
        (2023年,区司法局坚持…); not for a department's name as a later subject, which a government's
        page may give (县司法局积极…)."""
        place, warnings = found
        if place.level == Level.DEPARTMENT and place.city and self._provincial(body):
            # A province's department (我厅, 厅党组) lies in no city: a city found from a place
            # the page names (a county's regulation it drafted) is not its own.
            return replace(place, city=None), (*warnings, _PROVINCIAL_DEPARTMENT)
        if place.level not in (Level.PROVINCE, Level.CITY, Level.COUNTY):
            return found
        text = self._spoken(body)
        opening = text.lstrip()
        opens_as_organ = any(p.match(opening) for p in (self.system_opening, self.organ_opening))
        if not (opens_as_organ or self.duties.search(text) or self.department_words.search(text)):
            return found
        note = _UNNAMED_DEPARTMENT.format(level=place.level)
        return self._as_voice(place, DEPARTMENT, body), (*warnings, note)

    def _government_speaking(
        self, found: tuple[Place, tuple[str, ...]], title: str, body: str, published: str
    ) -> tuple[Place, tuple[str, ...]]:
        """A department found for a page that never speaks as one and whose opening has its
        place's government as the subject (2020年,忻州市坚持…; 河北省委、省政府坚持…): the
        government's report, which names its department elsewhere (its site, a cover letter).
        When the page names the department only as its publisher (发布机构 | 丽水市司法局 |), the
        department published its government's report on its own site: the government reports.
        Otherwise (its site alone, a cover letter, 市司法局 in the text) it is not given."""
        place, warnings = found
        region = place.region or ""
        head = self.resolver.written_head(region)
        divisions = [d for d in self.resolver.full_names.get(head, ()) if d.current]
        opening = UNDER_SUPERIORS.sub(blank, body[:OPENING])
        named = {m.group("name") for m in _NAMED_SUBJECT.finditer(opening)}
        if len(divisions) != 1 or head not in named:
            return found
        level = divisions[0].level
        city = None if level == Level.PROVINCE else place.city
        organ = region[len(head) :]
        if region.startswith(head) and self._only_published(region, organ, title, body, published):
            note = _PUBLISHED_FOR_GOVERNMENT.format(government=head, found=region)
            return replace(place, region=head, level=level, city=city), (*warnings, note)
        note = _VOICE_CONTRADICTS.format(voice=f"the government of {head}", found=region)
        return replace(place, region=None, level=level, city=city), (*warnings, note)

    def _only_published(
        self, department: str, organ: str, title: str, body: str, published: str
    ) -> bool:
        """Whether a publisher line names the department in full (发布机构 | 丽水市司法局 |,
        in the text or `published`) and the page names its own name (司法局) nowhere else:
        not in its title, nor in its text."""
        if len(organ) < 2 or organ in title:
            return False
        lines = body.splitlines()
        on_publisher = [line for line in lines if self.publisher_line.search(line)]
        named = department in published.splitlines() or any(department in x for x in on_publisher)
        return named and all(line in on_publisher for line in lines if organ in line)

    def _writes_to_itself(self, place: Place, body: str) -> bool:
        """Whether the opening's addressee line names the government found (区委,区政府: for a
        district, or its full name): a government never writes its report to itself, its
        departments and townships do. A level its superior shares is no proof (a county-level
        city's 市政府 may be its prefecture's; an autonomous region's 区政府 its own)."""
        line = self.address_line.search(body[:OPENING])
        region = place.region or ""
        if line is None or place.level not in (Level.PROVINCE, Level.CITY, Level.COUNTY):
            return False
        addressee = line.group("to")
        if f"{region}人民政府" in addressee or f"{region}政府" in addressee:
            return True
        own = self._unshared_keys(place)
        levels = {m.group("level") for m in _ADDRESSED_GOVERNMENT.finditer(addressee)}
        return any(level in own for level in levels)

    def _led_by_its_law_organ(self, place: Place, body: str) -> str | None:
        """The party organ for the rule of law of the government found's own level (县委政法委
        for a county) that the opening says leads or guides the page, if one does: its
        department's or township's page. A level its superior shares is no proof (a county-level
        city's 市委政法委 may be its prefecture's), as for the addressee."""
        if place.level not in (Level.PROVINCE, Level.CITY, Level.COUNTY):
            return None
        own = self._unshared_keys(place)
        for leadership in UNDER_SUPERIORS.finditer(body[:OPENING]):
            for organ in self.law_organ.finditer(leadership.group()):
                level = organ.group("rule") or organ.group("party")
                if level is not None and level in own:
                    return organ.group()
        return None

    def _unshared_keys(self, place: Place) -> str:
        """The reporter's own voices its superior does not share: a county's 市 (a county-level
        city's) and, in an autonomous region, its 区 may be its superiors'."""
        own = self._own_keys(place)
        if place.level != Level.COUNTY:
            return own
        shared = "市" + ("区" if "自治区" in (place.province or "") else "")
        return "".join(k for k in own if k not in shared)

    def _stands(self, region: str, title: str, opening: str) -> bool:
        """Whether the title names the reporter, or the opening has it as a sentence's subject."""
        if region in title:
            return True
        text = UNDER_SUPERIORS.sub(blank, opening)
        subject = rf"{SENTENCE_START}{re.escape(region)}(?:人民政府|政府)?[\s,，]*{SUBJECT_VERBS}"
        return re.search(subject, text, re.MULTILINE) is not None

    def _own_keys(self, place: Place) -> str:
        """The voices the reporter found speaks in (a county-level city says 我市)."""
        region = place.region or ""
        if place.level == Level.PROVINCE:
            return "省" + (
                "市" if self._municipality(region) else "区" if "自治区" in region else ""
            )
        if place.level == Level.CITY:
            return "市州盟"
        return region[-1:] if place.level == Level.COUNTY and region[-1:] in _LEVELS else ""

    def _keys_below(self, place: Place) -> str:
        """The voices below the reporter found: a city in an autonomous region quotes its
        superior's 全区, a municipality's district says 全区 of itself."""
        region, province = place.region or "", place.province or ""
        if place.level == Level.PROVINCE:
            if self._municipality(region):
                return DEPARTMENT + TOWNSHIP + "县区旗"
            return DEPARTMENT + TOWNSHIP + "市州盟县旗" + ("" if "自治区" in region else "区")
        if place.level == Level.CITY:
            return DEPARTMENT + TOWNSHIP + "县旗" + ("" if "自治区" in province else "区")
        if place.level == Level.COUNTY:
            return DEPARTMENT + TOWNSHIP
        return ""

    def _as_voice(self, place: Place, voice: str, body: str) -> Place:
        """The reporter unnamed, of the voice's level, in the places that hold for both
        readings: the province, and the city the voice lies in."""
        governed = place.level in (Level.CITY, Level.COUNTY)
        if voice == DEPARTMENT:
            city = place.city if governed and not self._provincial(body) else None
            return replace(place, region=None, level=Level.DEPARTMENT, city=city)
        level = Level.OTHER if voice == TOWNSHIP else NATURAL_LEVEL[voice]
        return replace(place, region=None, level=level, city=place.city if governed else None)

    def _provincial(self, body: str) -> bool:
        """A department that speaks as a province's (我厅, 省司法厅坚持…)."""
        text = UNDER_SUPERIORS.sub(blank, body[:EVIDENCE])
        organs = [m.group("organ") for m in self.organ_subject.finditer(text) if self._organ(m)]
        spoken = [m.group() for m in self.department_words.finditer(text)]
        return any(map(_provincial_organ, organs + spoken))

    def _organ(self, match: re.Match[str]) -> bool:
        """A department's name (or its system) as the subject, not a phrase nor a party organ."""
        organ = match.group("organ")
        if self.zones.governs(organ):
            return False
        return organ.endswith("系统") or organ_name(organ.lstrip(_LEVELS)) is not None

    def _town(self, match: re.Match[str]) -> bool:
        """A township's own name as the subject (宝城镇坚持…), not a division's nor 各乡镇."""
        town = self.townships.official(match.group("town"))
        known = town in self.resolver.full_names or town in self.resolver.short_names
        return self.townships.is_name(town) and not known

    def _named_key(self, name: str) -> str | None:
        """The voice of a division named in full (秦皇岛市 -> 市, 保德县 -> 县), if one's."""
        levels = {d.level for d in self.resolver.full_names.get(name, ()) if d.current}
        if len(levels) != 1:
            return None
        level = levels.pop()
        return _LEVEL_KEYS.get(level, name[-1]) if level != Level.CITY else name[-1]

    def _spoken(self, body: str) -> str:
        """The page's evidence without what is not its voice: its addressee, the titles it
        cites and its superiors' leadership (blanked, same length)."""
        text = self.addressed.sub(blank, addressee_line().sub(blank, body[:EVIDENCE]))
        return UNDER_SUPERIORS.sub(blank, BOOK_TITLE.sub(blank, text))

    def _municipality(self, region: str) -> bool:
        return any(map(is_municipality, self.resolver.full_names.get(region, ())))


def _kind_lost_opening() -> re.Pattern[str]:
    """The page's first subject a department's official name without its kind (司法 of 司法厅,
    农业农村 of 农业农村厅), after its level alone (省, 市) or nothing; two characters at least."""
    names = department_names().official
    stems = {n[: -len(k)] for n in names for k in _KIND_ENDS if n.endswith(k)}
    kinds = "|".join(sorted((s for s in stems if len(s) >= 2), key=len, reverse=True))
    return re.compile(rf"{_OPENING_YEAR}[{_LEVELS}]?(?:{kinds}){_SAME_LINE}{SUBJECT_VERBS}")


def _organ_opening() -> re.Pattern[str]:
    """The page's first subject a department by its level and its name or short form (2023年,
    区司法局坚持…, 市市场监管局围绕…): the department's own voice, its place unwritten. A
    government opens with itself (2023年,某区坚持…) and names its departments only further in."""
    names = department_names()
    written = "|".join(sorted({*names.names, *names.varying}, key=len, reverse=True))
    return re.compile(rf"{_OPENING_YEAR}[{_LEVELS}](?:{written}){_SAME_LINE}{SUBJECT_VERBS}")


def _system_opening(systems: str) -> re.Pattern[str]:
    """The page's first subject the system a department heads at its level (全区公安机关,
    全市司法行政系统): the department's own voice. A government opens with itself (全区坚持…,
    我区…) and names its departments' systems only further in (全区公安机关破获…)."""
    return re.compile(
        rf"{_OPENING_YEAR}[全我本][{_LEVELS}](?:{systems})(?:系统|机关){_SAME_LINE}{SUBJECT_VERBS}"
    )


def _law_organ(organs: list[str], offices: list[str]) -> re.Pattern[str]:
    """A party committee's organ for the rule of law by its level (data/regions.toml
    law_organs): after the level and 委 (县委政法委, group "party"), or an office after
    (全面)依法治 and the level (区委依法治区办, group "rule" the level it governs)."""
    organ = "|".join(map(re.escape, organs))
    office = "|".join(map(re.escape, offices))
    return re.compile(
        rf"(?:(?P<party>[{_LEVELS}])委?)?(?:{organ}|(?:全面)?依法治(?P<rule>[{_LEVELS}])"
        rf"(?:{office}))"
    )


def _addressed(endings: list[str]) -> re.Pattern[str]:
    """The addressee line, however short (省政府:, 区委,区政府:, 市委(市政府):): the reporter's
    superiors, up to its colon (data/regions.toml addressee_endings)."""
    ends = "|".join(map(re.escape, endings))
    return re.compile(rf"^[ \t\u3000]*[^\n。]{{0,60}}?(?:{ends})[)）]?[:：]", re.MULTILINE)


def _address_line(endings: list[str]) -> re.Pattern[str]:
    """The addressee line alone (区委,区政府:): group "to" the superiors it names."""
    ends = "|".join(map(re.escape, endings))
    return re.compile(
        rf"^[ \t\u3000]*(?P<to>[^\n。:：]{{2,60}}?(?:{ends}))[)）]?[:：][ \t\u3000]*$",
        re.MULTILINE,
    )


def _key(word: str) -> str:
    """The voice of a government's word: 我市 -> 市, 自治区人民政府 -> 省."""
    if word.startswith("自治区"):
        return "省"
    return next(c for c in word if c in _LEVELS)


def _provincial_organ(word: str) -> bool:
    """省司法厅, 我厅, 厅党组: a province's department (办公厅 is any government's office)."""
    return word.startswith("省") or "厅" in word.replace("办公厅", "")
