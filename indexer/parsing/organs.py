"""Departments and functional zones as reporters, named the way the labels and users write them.

A department's region is its place's own name and its full official name (罗湖区应急管理局,
天津市人力资源和社会保障局), however the page writes it: a short form (人社局, 政府办), a place
written twice (元谋县县卫生健康局, 罗湖区人民政府罗湖区应急管理局 from a site header and a title).
A functional zone (新区, 经济技术开发区, 高新区 …) is no official division: its report is level
county, written after its city (郑州市郑东新区), or as the page writes it when its own name begins
with its municipality's or province's short name (北京经济技术开发区, 贵州双龙航空港经济区). The
vocabulary is data/organs.toml; parsing/evidence.py, its steps (reporter_clues.py,
reporter_checks.py, township_places.py, written_departments.py) and regions.py call in here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from indexer.models import Level, Place
from indexer.normalize import to_simplified
from indexer.parsing.subject_grammar import LEADERSHIP, OTHER_NAMES, SUBJECT_VERB_WORDS
from indexer.resources import load_toml

if TYPE_CHECKING:
    from collections.abc import Iterator

    from indexer.regions import Division, RegionResolver

_HAN = "[\u4e00-\u9fff]"
_LEVEL_CHARACTERS = "省市县区州旗盟"
# How a place's name ends, written again before its department's (县卫生健康局 after 元谋县,
# 自治区交通运输厅 after 广西壮族自治区): the longer word first.
_LEVEL_WORDS = ("自治区", *_LEVEL_CHARACTERS)
_GOVERNMENT = re.compile(r"^(?:人民政府|政府)")
_MUNICIPALITY_CODES = ("11", "12", "31", "50")
_COUNTY_SUFFIXES = ("区", "县", "旗", "市")  # how a county-level division's name ends
_ZONE_LINES = 15  # lines at the top of a page where a zone's title or issuer lines stand
_OPENING = 300
# An opening sentence that only says what the year was (2024年是全面贯彻落实…的关键之年,…
# 之年。): it has no subject of its own, so the sentence after it is the report's first.
_YEAR_PREAMBLE = re.compile(r"\s*(?:19|20)\d{2}\s*年(?:度)?是[^。\n]{2,200}?之年[^。\n]{0,8}。")
_TOWN_NAMED = 2000  # characters where a township's report names itself in passing
# A labelled line of a page's information block (名  称: …, 发布机构: …): the label goes.
_FIELD_LABEL = re.compile(r"\s*[\u4e00-\u9fff\s]{1,8}[:：]\s*")
# A party issuer before the government's in a joint title, then a separator and the next issuer.
_PARTY_ISSUER = re.compile(
    r"^\s*中共[^\s、,，]{2,30}?(?:委员会|党工委|工委|党委|委)\s*[、\s]\s*(?![关\d]|年度)(?=\S)"
)
# The second name of a body with two (一个机构两块牌子), in brackets after the first: (编译局).
_ALIAS = re.compile(r"[(（][\u4e00-\u9fff]{1,10}?(?:局|委员会|办公室|办|中心)[)）]")
_ZONE_UNKNOWN = "functional zone's city and province not found"
# An item's marker at a clause's start (一是街道党工委…, 其次镇政府…) is no part of the name
# after it: no township's or zone's name opens with one (一是街道: the marker, the kind alone).
_ITEM_MARKER = re.compile(r"^(?:[一二三四五六七八九十]+是|首先|其次|再次|最后)")
_ZONE_NO_CITY = "functional zone's city not found"
# Function words a township's name may follow in a sentence (纳入了东庄镇…, 在下太镇…).
_BEFORE_NAME = "了的在将把对入及为是"
# Words between two places' names, or before a place one goes to (和李家镇, 赴李家镇).
_BETWEEN_NAMES = "和与同向赴到至或"
# Characters no protected area's place and own name (福建 + 君子峰) hold: a level's word (a place
# written in full: 福建省…), an organ's, a speaker's (我局配合…) or a phrase's.
_NOT_IN_AREA_NAME = "省市县区州旗盟局厅委办的和与及我本"


@dataclass(frozen=True, slots=True)
class DepartmentNames:
    """Departments' official names and their nationwide short forms (data/organs.toml)."""

    names: tuple[str, ...]  # official names and short forms, longest first
    official: frozenset[str]
    short_forms: tuple[tuple[str, str], ...]  # (short form, official name), longest first
    provincial_forms: tuple[tuple[str, str], ...]  # 人民政府办公室 -> 办公厅 at province level
    varying: tuple[str, ...]  # 政务局: a short form of several official names
    level_initial: tuple[str, ...]  # 市场监督管理局: names opening with a level character
    branch_suffixes: tuple[str, ...]  # 管理局 of 交通运输局龙岗管理局: a district's branch office
    founding: tuple[str, ...]  # 成立: a body named after one is founded, not the reporter
    police_branches: tuple[tuple[str, bool], ...]  # (municipality, its branches by short name)
    subject_pattern: re.Pattern[str]  # 2025年以来,城中区应急管理局…: groups place, organ
    address: re.Pattern[str]  # a contact address: 地址:天津市和平区建设路18号
    award: re.Pattern[str]  # a title awarded across a jurisdiction: 全省“平安区”
    nested: re.Pattern[str]  # 意见建议省应急管理厅: a place's level, then a whole department
    zone_kinds: tuple[str, ...]  # 高新区 of 高新区司法局: a zone's 区, not a place's level

    @classmethod
    def from_data(cls) -> DepartmentNames:
        config = load_toml("organs.toml")
        departments = config["departments"]
        shorts = departments["short_forms"]
        labels = "|".join(map(re.escape, config["addresses"]["labels"]))
        names = tuple(sorted({*departments["official"], *shorts}, key=len, reverse=True))
        return cls(
            names=names,
            official=frozenset(departments["official"]),
            short_forms=tuple(sorted(shorts.items(), key=lambda i: len(i[0]), reverse=True)),
            provincial_forms=tuple(departments["provincial_forms"].items()),
            varying=tuple(departments["varying"]),
            branch_suffixes=tuple(departments["branch_suffixes"]),
            founding=tuple(departments["founding"]),
            police_branches=tuple(
                (city, form == "short") for city, form in departments["police_branches"].items()
            ),
            level_initial=tuple(
                sorted(
                    {
                        *departments["level_initial"],
                        *(n for n in names if n[0] in _LEVEL_CHARACTERS),
                    },
                    key=len,
                    reverse=True,
                )
            ),
            subject_pattern=re.compile(
                r"\s*(?:(?:19|20)\d{2}年(?:以来|度)?\s*[,，]?\s*)?"
                rf"(?P<place>{_HAN}{{2,4}}?)(?P<organ>{'|'.join(map(re.escape, names))})"
            ),
            address=re.compile(rf"(?:{labels})\s*[:：]\s*[^;；,，。)）\n]*"),
            award=re.compile(
                rf"(?:{'|'.join(config['awards']['scopes'])})[^“”\"「」,，。;；\n]{{0,8}}"
                r"[“\"「][^”\"」\n]{1,16}[”\"」]"
            ),
            nested=re.compile(
                rf"{_HAN}[{_LEVEL_CHARACTERS}](?:{'|'.join(map(re.escape, names))})$"
            ),
            zone_kinds=tuple(config["zones"]["kinds"]),
        )

    def at(self, text: str) -> str | None:
        """The official name or short form `text` opens with (人力资源和社会保障局…)."""
        return next((name for name in self.names if text.startswith(name)), None)

    def start(self, text: str, end: int) -> int:
        """Where a department's name begins after a place name that `text` holds up to `end`:
        at the place's own level character when that character also opens a department's name
        and nothing after it does (泉州市场监督管理局 is 泉州 + 市场监督管理局, the city's 市
        written once); else at `end` (泉州市市场监督管理局, 郑州市政府, 长兴县域)."""
        level = text[end - 1 : end]
        if level == "" or level not in _LEVEL_CHARACTERS or self.at(text[end:]):
            return end
        return end - 1 if text.startswith(self.level_initial, end - 1) else end

    def founded(self, text: str, start: int, organ: str) -> bool:
        """Whether `organ`, named at `start` in `text` with its place, is a body set up there
        (组织成立莆田市行政复议咨询委员会, 设立了…中心): after a founding verb, and no listed
        department (成立福州市市场监督管理局…领导小组 founds the group, the bureau leads it)."""
        before = text[max(0, start - 4) : start].removesuffix("了")
        return before.endswith(self.founding) and not organ.endswith(self.names)

    def holds_another(self, organ: str) -> bool:
        """Whether `organ` (a name after its place) ends in a level character and a whole
        department (意见建议省应急管理厅): the words before it are no part of an organ's name
        (a site's menu line glued to a title) and the department is another place's. A zone's
        department (高新区司法局) is no such name: its 区 ends the zone's kind."""
        nested = self.nested.search(organ)
        return nested is not None and not organ[: nested.start() + 2].endswith(self.zone_kinds)

    def branch_district(self, organ: str) -> str | None:
        """The district a bureau's branch office is named for (交通运输局龙岗管理局 -> 龙岗), as
        written; None when `organ` is no listed bureau, a district and a branch's suffix."""
        bureau = self.at(organ)
        suffix = next((s for s in self.branch_suffixes if organ.endswith(s)), None)
        if bureau is None or suffix is None or len(organ) - len(bureau) - len(suffix) < 2:
            return None
        return organ[len(bureau) : -len(suffix)]

    def level_tails(self) -> str:
        """A pattern for what follows the level character of a name that opens with one
        (场监督管理局 of 市场监督管理局): after it, that character is no place's level."""
        return "|".join(re.escape(name[1:]) for name in self.level_initial)

    def short_ends(self) -> tuple[str, ...]:
        """Short forms that end a department's name with no usual suffix (政府办)."""
        return tuple(s for s, _ in self.short_forms if not s.endswith(("局", "厅", "委员会", "室")))

    def extended(self, text: str, end: int) -> int:
        """Where a department's name that `text` holds up to `end` really ends: a commission's
        office (藏语委 + 办), and the second name of a body with two (委办(编译局))."""
        if text[end - 1 : end] == "委" and text[end : end + 1] == "办":
            end += 1
        alias = _ALIAS.match(text, end)
        return alias.end() if alias else end

    def subject(self, opening: str) -> tuple[str, str] | None:
        """(place, department) when the opening's first subject is a department with its place
        (2025年以来,城中区应急管理局在…), as written."""
        found = self.subject_pattern.match(opening)
        return (found.group("place"), found.group("organ")) if found else None

    def level_of(self, organ: str) -> str | None:
        """The level a department's place is written as when it leads the name (区 in 区政府办)."""
        return organ[0] if organ[:1] in _LEVEL_CHARACTERS and self.at(organ[1:]) else None

    def name(self, place: str, organ: str, province: bool = False) -> str:
        """`organ` as written after `place`, without the place written again and in its
        official name: 人民政府罗湖区应急管理局 after 罗湖区 -> 应急管理局, 县卫生健康局 after
        元谋县 -> 卫生健康局, 政府办 -> 人民政府办公室 (办公厅 when `place` is a province)."""
        named = self._official(place, organ)
        if province:
            for below, provincial in self.provincial_forms:
                if named.endswith(below):
                    return named[: -len(below)] + provincial
        return named

    def _official(self, place: str, organ: str) -> str:
        rest = _GOVERNMENT.sub("", organ)
        if place and rest.startswith(place) and self.at(rest[len(place) :]):
            organ = rest[len(place) :]
        doubled = next((w for w in _LEVEL_WORDS if place.endswith(w) and organ.startswith(w)), "")
        if doubled and self.at(organ[len(doubled) :]) and not self.at(organ):
            organ = organ[len(doubled) :]
        return self.in_full(organ)

    def in_full(self, organ: str) -> str:
        """`organ` with the short form it ends in written in full (市人社局 ->
        市人力资源和社会保障局), by the longest that fits; as written when it ends in none or is
        already in full (data/organs.toml [departments.short_forms], the one table of them)."""
        for short, full in self.short_forms:
            if organ.endswith(short) and not organ.endswith(full):
                return organ[: -len(short)] + full
        return organ

    def checked(self, found: tuple[Place, tuple[str, ...]]) -> tuple[Place, tuple[str, ...]]:
        """A department written only in a short form that varies by place (州政务局) keeps its
        level and parents but not a region: its official name is not the page's to guess."""
        place, warnings = found
        region = place.region or ""
        short = next((v for v in self.varying if region.endswith(v)), None)
        # an official name ending as a short form does (城市管理和综合执法局) is no short form
        in_full = any(region.endswith(name) for name in self.official)
        if place.level != Level.DEPARTMENT or short is None or in_full:
            return found
        note = f"department's official name not given ({short} stands for several)"
        return replace(place, region=None), (*warnings, note)

    def abbreviated(
        self, found: tuple[Place, tuple[str, ...]], context: str
    ) -> tuple[Place, tuple[str, ...]]:
        """A department whose name ends in a local short form, neither an official name nor a
        listed short form (荷塘区文旅体局): an abbreviation keeps its name's first and last
        characters and drops some between (文旅体局 of 文化旅游体育局). Written in full when the
        page writes its place and one official name it abbreviates (荷塘区文化旅游体育局), or the
        table holds only one such name; when it holds several (文化旅游体育局, 文化广电旅游体育局)
        and the page writes none, the region is not the page's to guess: level and parents kept."""
        place, warnings = found
        region = place.region or ""
        if place.level != Level.DEPARTMENT or region.endswith(self.names):
            return found
        for start in range(max(0, len(region) - 8), len(region) - 2):
            head, short = region[:start], region[start:]
            fulls = [name for name in sorted(self.official) if _abbreviates(short, name)]
            written = [name for name in fulls if head + name in context]
            written = written or (fulls and _spelt_otherwise(head, short, fulls, context))
            if len(written) == 1 or len(fulls) == 1:
                return replace(place, region=head + (written or fulls)[0]), warnings
            if fulls:
                note = f"department's official name not given ({short} stands for several)"
                return replace(place, region=None), (*warnings, note)
        return found

    def without_party_issuer(self, title: str) -> str:
        """A joint title without its party issuer (中共X县委、X县人民政府关于…, 中共X工作委员会
        X管理委员会关于…): the government or administrative body that follows reports."""
        return _PARTY_ISSUER.sub("", title, count=1)

    def without_party_issuers(self, body: str) -> str:
        """Every line of `body` without a joint title's party issuer (see without_party_issuer)."""
        return "\n".join(map(self.without_party_issuer, body.split("\n")))

    def without_addresses(self, text: str) -> str:
        """`text` with its contact addresses and awarded titles blanked: where an office sits
        (地址:天津市和平区…) is not who reports, nor is a title (全省“平安区”) a place."""
        text = self.address.sub(_blank, text)
        return self.award.sub(_blank, text)


def first_name(region: str) -> str:
    """A body with several names (一个机构两块牌子) is named by its first, as the labels write
    it: 浦东新区人力资源和社会保障局(医疗保障局) -> 浦东新区人力资源和社会保障局. Its other names
    in brackets help read its name on a page (委办(编译局)) but are never part of a region."""
    return re.sub(OTHER_NAMES, "", region)


def ends_with_alias(name: str) -> bool:
    """Whether `name` ends with a body's second name in brackets (藏语委办(编译局))."""
    return any(match.end() == len(name) for match in _ALIAS.finditer(name))


@cache
def department_names() -> DepartmentNames:
    """The department vocabulary of data/organs.toml, read once."""
    return DepartmentNames.from_data()


@dataclass(frozen=True, slots=True)
class OrganGrammar:
    """Whether a department's name built from a page is an official organ's: no phrase
    (平度市组建行政审批局), no coordinating group's office (领导小组办公室) and the form of its
    place's level. A province (自治区) names its
    departments 厅 where the data lists a 厅 (教育厅: 江苏省教育局 is none), below it none is a 厅
    (办公厅 aside); a municipality's are 局 and 委 (北京市教育委员会)."""

    verbs: tuple[str, ...]
    official: frozenset[str]
    groups: tuple[str, ...]  # 领导小组: a coordinating group, no organ
    not_in_names: tuple[str, ...]  # a phrase's words (坚持, 的), 局's common words (大局, 格局)

    @classmethod
    def from_data(cls) -> OrganGrammar:
        departments = load_toml("organs.toml")["departments"]
        official = frozenset(departments["official"])
        return cls(
            tuple(departments["verbs"]),
            official,
            tuple(departments["groups"]),
            tuple(departments["not_in_names"]),
        )

    def follows(self, organ: str, province: bool | None) -> bool:
        """Whether `organ` (the name after its place) may be a department of a place at
        province level (`province`: a province or autonomous region) or below."""
        if any(word in organ for word in (*self.verbs, *self.groups)):
            return False  # a phrase, or a group's office (依法行政工作领导小组办公室)
        is_hall = organ.endswith("厅") and not organ.endswith("办公厅")
        if not province:
            return not is_hall
        return not (organ.endswith("局") and f"{organ[:-1]}厅" in self.official)


@cache
def organ_grammar() -> OrganGrammar:
    """The organ grammar of data/organs.toml, read once."""
    return OrganGrammar.from_data()


@dataclass(frozen=True, slots=True)
class ZoneGrammar:
    """Finds a functional zone that reports, and names it (data/organs.toml [zones])."""

    issuer: re.Pattern[str]  # a title or issuer line opening with a zone (郑东新区管委会)
    subject: re.Pattern[str]  # the opening's subject: 2022年,在…领导下,郑州航空港经济综合实验区坚持
    self_named: re.Pattern[str]  # 现将郑东新区2025年度法治政府建设情况报告如下
    stop_words: tuple[str, ...]
    kinds: tuple[str, ...]
    bodies: tuple[str, ...]  # 管理委员会: what governs a zone

    @classmethod
    def from_data(cls) -> ZoneGrammar:
        zones = load_toml("organs.toml")["zones"]
        kinds = sorted(zones["kinds"], key=len, reverse=True)
        bodies = "|".join(sorted(zones["bodies"], key=len, reverse=True))
        zone = rf"(?P<zone>(?:{_HAN}|[-—]){{0,14}}?(?:{'|'.join(kinds)}))"
        aside = r"(?:[(（][^)）\n]{0,20}[)）])?"
        year = r"(?:19|20)\d{2}"
        return cls(
            # A zone's party working committee is named after the party committee it answers
            # to (中共淄博市委淄博高新区工作委员会): that committee is no part of the zone's name.
            issuer=re.compile(
                rf"\s*(?:中共(?:{_HAN}{{2,8}}?[{_LEVEL_CHARACTERS}]委)?)?(?:关于)?{zone}"
                rf"(?=(?:{bodies})|\s*{year}|关于|年度|法治|\s*$)"
            ),
            subject=re.compile(
                rf"\s*(?:{year}年(?:以来|度)?\s*[,，]?\s*)?(?:{LEADERSHIP.pattern})?{zone}"
                rf"(?:(?:{bodies}){aside})?(?:、(?:{bodies}){aside})?{aside}\s*[,，]?\s*"
                rf"(?={SUBJECT_VERB_WORDS})"
            ),
            self_named=re.compile(rf"现将{zone}\s*(?:{year}年度?)?(?:法治|依法)"),
            stop_words=tuple(zones["stop_words"]),
            kinds=tuple(kinds),
            bodies=tuple(zones["bodies"]),
        )

    def reporter(self, title: str, body: str, resolver: RegionResolver) -> str | None:
        """The zone a page's title, issuer lines or opening subject names as its reporter, as
        written (陕西省西咸新区, 天津滨海高新区); None when none does, or the name is a listed
        division (滨海新区, 两江新区) or is followed by a department (高新区市场监管局)."""
        lines = [line for line in to_simplified(body).splitlines() if line.strip()]
        for line in [to_simplified(title), *lines[:_ZONE_LINES]]:
            unlabelled = line[m.end() :] if (m := _FIELD_LABEL.match(line)) else line
            for text in dict.fromkeys((line, unlabelled)):
                found = self.issuer.match(text) or self.subject.match(text)
                if found and self._own_name(found.group("zone"), resolver):
                    return found.group("zone")
        found = self.self_named.search(to_simplified(body)[:_OPENING])
        if found and self._own_name(found.group("zone"), resolver):
            return found.group("zone")
        return None

    def governs(self, name: str) -> bool:
        """Whether `name` (read as a department's) is a zone's governing body: a zone's kind,
        then its body (四川天府新区眉山管理委员会, 某经济开发区管委会); that body reports as its
        zone, not as a department of the place its name opens with."""
        body = next((b for b in self.bodies if name.endswith(b)), None)
        return body is not None and any(kind in name[: -len(body)] for kind in self.kinds)

    def is_name(self, zone: str) -> bool:
        """Whether `zone` is a zone's name by this grammar (郑州市郑东新区), not a phrase or a
        body's name ending like one (管理委员会关于…开发区)."""
        kinds = (*self.kinds, "开发区", "新区")
        stopped = any(word in zone for word in self.stop_words) or _ITEM_MARKER.match(zone)
        return zone.endswith(kinds) and not stopped

    def _own_name(self, zone: str, resolver: RegionResolver) -> bool:
        if any(word in zone for word in self.stop_words) or zone in self.kinds:
            return False
        if _ITEM_MARKER.match(zone):  # 一是高新区坚持…: the marker, then the zone's kind alone
            return False
        heads = _heads(zone, resolver)
        rest = zone[heads[-1][1] :] if heads else zone
        return bool(rest) and rest not in resolver.full_names

    def place(
        self, zone: str, page_city: Division | None, resolver: RegionResolver, context: str = ""
    ) -> tuple[Place, tuple[str, ...]]:
        """The zone's place: its city from the places its name begins with, else the one city
        the page names (`page_city`), inside the province its name gives. A city's short name
        before a bare kind (郑州 + 航空港经济综合实验区) or a name of the zone's own (青岛 +
        西海岸新区) is part of the zone's official name, kept as written; so is a district's
        short name before a bare kind (宁河 + 经济开发区)."""
        heads = _heads(zone, resolver)
        if not heads and (district := self._district_head(zone, page_city, resolver, context)):
            return self._in_district(zone, district, resolver)
        province = _sole({resolver.by_code[d.province_code] for _, _, d, _ in heads})
        city = next((d for _, _, d, _ in reversed(heads) if d.level == Level.CITY), None)
        inside = province is None or (page_city and province.code[:2] == page_city.code[:2])
        if city is None and page_city is not None and inside:
            city = page_city
        if city is not None:
            province = resolver.by_code[city.province_code]
        municipality = province if province and _is_municipality(province) else None
        name = _own_part(zone, heads)
        # 郑州航空港…: the city's short name opens the zone's official name; after a province's
        # name (河北唐山芦台经济开发区) it is a place path, and the zone is written after its city
        short_head = bool(heads) and not heads[-1][3] and heads[-1][0] == 0
        if short_head and (name in self.kinds or heads[-1][2].level == Level.CITY):
            region = zone  # 郑州航空港经济综合实验区, 青岛西海岸新区: the zone's official name
        elif city is not None and not _is_municipality(city):
            region = city.name + name
        elif municipality and not name.startswith(resolver.short_by_code[municipality.code]):
            region = municipality.name + name
        else:
            region = name
        region = resolver.vocabulary.zone_name(region)
        city_name = None if city is None or _is_municipality(city) else city.name
        warnings: tuple[str, ...] = ()
        if province is None:  # 西咸新区 alone: which city's is not the page's to say
            return Place(None, Level.COUNTY, None, None), (_ZONE_UNKNOWN,)
        elif city_name is None and municipality is None:
            warnings = (_ZONE_NO_CITY,)
        return Place(region, Level.COUNTY, province.name if province else None, city_name), warnings

    def _district_head(
        self, zone: str, page_city: Division | None, resolver: RegionResolver, context: str
    ) -> Division | None:
        """The one district, county or county-level city whose short name a zone's name opens
        with, a bare kind following (新荣 + 经济技术开发区: 新荣区), when the page agrees: inside
        the city it names, else inside a province it names (a stem alone is a weak clue: 东湖
        高新区 is 武汉's, not 南昌's 东湖区)."""
        for stem_end in range(2, min(5, len(zone) - 1)):
            if zone[stem_end:] not in self.kinds:
                continue
            stem = zone[:stem_end]
            found = {
                d.code: d
                for suffix in _COUNTY_SUFFIXES
                for d in resolver.full_names.get(stem + suffix, ())
                if d.current and d.level == Level.COUNTY
            }
            if len(found) != 1:
                continue
            district = next(iter(found.values()))
            return district if _agrees(district, page_city, resolver, context) else None
        return None

    def _in_district(
        self, zone: str, district: Division, resolver: RegionResolver
    ) -> tuple[Place, tuple[str, ...]]:
        """A zone named after its district: as written (宁河经济开发区), in the district's city and
        province (a municipality's district has no city)."""
        parents = resolver.place_of(district)
        region = resolver.vocabulary.zone_name(zone)
        return Place(region, Level.COUNTY, parents.province, parents.city), ()


@dataclass(frozen=True, slots=True)
class ProtectedAreaGrammar:
    """A protected area's administration as the reporter (data/organs.toml [protected_areas]):
    its name as written, opening the title (福建君子峰国家级自然保护区管理局2025年…报告) or as the
    opening's subject (在县委、县政府的正确领导下,湖北堵河源国家级自然保护区管理局坚持…). Which
    place its name opens with is the caller's to read (parsing/written_departments.py)."""

    title: re.Pattern[str]  # group "name": the body opening a title, before its year or subject
    subject: re.Pattern[str]  # group "name": the body as a sentence's subject, a verb following
    kinds: tuple[str, ...]  # 国家级自然保护区, 森林公园 …
    bodies: tuple[str, ...]  # 管理局, 管理处 …

    @classmethod
    def from_data(cls) -> ProtectedAreaGrammar:
        areas = load_toml("organs.toml")["protected_areas"]
        kinds = sorted(areas["kinds"], key=len, reverse=True)
        bodies = sorted(areas["bodies"], key=len, reverse=True)
        head = rf"(?:(?![{_NOT_IN_AREA_NAME}]){_HAN})"  # its place's short name and its own
        name = rf"(?P<name>{head}{{3,12}}?(?:{'|'.join(kinds)})(?:{'|'.join(bodies)}))"
        year = r"(?:19|20)\d{2}"
        return cls(
            title=re.compile(rf"\s*(?:关于)?{name}(?=\s*{year}|关于|年度|法治|依法)"),
            subject=re.compile(
                rf"(?:^|(?<=[\n。;；]))[\s,，]*(?:{year}年(?:以来|度)?[\s,，]*)?"
                rf"(?:{LEADERSHIP.pattern})?{name}[\s,，]*(?={SUBJECT_VERB_WORDS})",
                re.MULTILINE,
            ),
            kinds=tuple(kinds),
            bodies=tuple(bodies),
        )

    def reporter(self, title: str, opening: str) -> str | None:
        """The administration the title opens with, else (`opening` "" when the title names
        another reporter) the one the opening has as a sentence's subject; None when neither."""
        found = self.title.match(title) or self.subject.search(opening)
        return found.group("name") if found else None

    def own_name(self, name: str, head: str) -> str | None:
        """The area's own name between the place `name` opens with (`head`) and its kind
        (君子峰 of 福建君子峰国家级自然保护区管理局); None when there is none, or it holds a
        level's or an organ's word (a phrase, or a place written in full, not a proper name)."""
        rest = name.removeprefix(head)
        body = next(b for b in self.bodies if rest.endswith(b))
        kind = next((k for k in self.kinds if rest[: -len(body)].endswith(k)), "")
        own = rest[: -len(body) - len(kind)]
        if not own or any(c in own for c in _NOT_IN_AREA_NAME):
            return None
        return own


@dataclass(frozen=True, slots=True)
class TownshipVoice:
    """A township's report (镇, 乡, 街道) that names no township in its title: it speaks as one
    (全镇, 我街道) and a sentence of its opening has a township as its subject (2022年观海卫镇法治
    政府建设工作以…, 2024年,新海街道坚持…); and the township a title names after its county
    (兴化市陶庄镇人民政府2023年度…)."""

    self_words: re.Pattern[str]
    first_person: re.Pattern[str]  # 我镇, 本乡: only a township's own report speaks so
    subject: re.Pattern[str]  # group "town"
    aliased: re.Pattern[str]  # group "town": 开发区(黄梅街道)坚持…, a township's other name
    led: re.Pattern[str]  # group "town" or "before": a township led by its superiors
    placed: re.Pattern[str]  # group "town": 在下太镇落地生根, where the work takes place
    self_named: re.Pattern[str]  # group "town": 现将庆隆镇2020年度法治政府建设情况报告如下
    bodied: re.Pattern[str]  # group "town": 上帅镇人民调解委员会, a township's own body
    bare: re.Pattern[str]  # 街道按照…, 镇坚持…: a township's kind alone as a clause's subject
    committee: re.Pattern[str]  # group "town": 中共洪梅镇委, a township's party committee
    documented: re.Pattern[str]  # group "town": 《黄石街2020年…要点》, a township's own document
    planned: re.Pattern[str]  # group "town": 纳入了东庄镇发展总体规划, a township's own plan
    mentioned: re.Pattern[str]  # group "town": any township a sentence names (和李家镇)
    titled: re.Pattern[str]  # a township's name's end and its organ in a title: 镇人民政府2023年
    name: re.Pattern[str]  # a township's whole name (陶庄镇, 南华西街道)
    kinds: tuple[str, ...]
    stop_words: tuple[str, ...]
    not_in_names: tuple[str, ...]  # 政府, 关于, and verbs (推动, 进一步): a sentence's words
    bare_kind: re.Pattern[str]  # 在镇, 的镇: a function word, then the kind alone ("the town")
    organ: re.Pattern[str]  # 四屏镇委员会, 城关街道办事处: a township's kind, then its body
    organ_words: str  # a pattern: the bodies after a township's name, its (工作)委员会 too
    of_organ: re.Pattern[str]  # group "town": 房镇镇委员会, 民治街道工作委员会 -> the township

    @classmethod
    def from_data(cls) -> TownshipVoice:
        townships = load_toml("organs.toml")["townships"]
        kinds = "|".join(townships["kinds"])
        organ = "|".join(townships["organs"])
        organs = rf"(?:(?:{organ})(?:、?(?:{organ}))?)"  # 红寺堡镇党委、政府 / 四屏镇党委政府
        own_organs = f"工作委员会|委员会|{organ}"
        return cls(
            self_words=re.compile("|".join(map(re.escape, townships["self_references"]))),
            first_person=re.compile("|".join(map(re.escape, townships["first_person"]))),
            subject=_township_subject(rf"(?P<town>{_HAN}{{2,6}}?(?:{kinds})){organs}?"),
            # The other name, in brackets, of the body a township is run together with
            # (开发区(黄梅街道)坚持…, 一个机构两块牌子): only as the first sentence's subject, and
            # after a body's name, not a self-reference (全县(含城关镇) is the county).
            aliased=_township_subject(
                rf"(?![全我本各]){_HAN}{{2,10}}?[(（](?P<town>{_HAN}{{2,6}}?(?:{kinds})){organs}?[)）]{organs}?"
            ),
            # A sentence whose subject, a township, follows or precedes the leadership of its
            # superiors (在区委、区政府的领导下,多宝街道坚持… / 汤头街道在区委…领导下): the
            # clause itself says who reports, no 全镇 needed.
            led=re.compile(
                r"(?:^|(?<=[\n。;；]))\s*(?:(?:19|20)\d{2}年(?:以来|度)?\s*[,，]?\s*)?"
                rf"(?:{LEADERSHIP.pattern}(?P<town>{_HAN}{{2,6}}?(?:{kinds})){organs}?"
                rf"\s*[,，]?\s*(?={_TOWNSHIP_VERBS})"
                rf"|(?P<before>{_HAN}{{2,6}}?(?:{kinds})){organs}?\s*[,，]?\s*{LEADERSHIP.pattern})",
                re.M,
            ),
            # Only after 在 and before a verb or locative: the town where the work lands (在下太镇
            # 落地生根), not a town in a list or a title (城关镇、下太镇).
            placed=re.compile(
                rf"在(?P<town>{_HAN}{{2,4}}?(?:{kinds}))(?=落地|落实|落细|开展|推进|扎根|生根|范围|辖区|全域)"
            ),
            # a clause's start before the name: 截至12月31日,上帅镇人民调解委员会受理…
            self_named=re.compile(
                rf"现将(?P<town>{_HAN}{{2,6}}?(?:{kinds})){organs}?\s*"
                r"(?:(?:19|20)\d{2}\s*年度?)?(?:法治|依法)"
            ),
            bodied=re.compile(
                rf"(?<![\u4e00-\u9fff])(?P<town>{_HAN}{{2,4}}?(?:{kinds}))"
                rf"(?:{'|'.join(map(re.escape, townships['own_bodies']))})"
            ),
            # A township's report names itself by its kind alone (2021年来,街道按照…要求); a
            # county's report writes 各街道, 镇街, 乡镇, never a bare kind as its clause's subject.
            bare=re.compile(
                r"(?:^|(?<=[\n。;；,，]))[ \t\u3000,，]*(?:(?:19|20)\d{2}年(?:以来|来|度)?[,，]?)?"
                rf"(?:{kinds})[ \t\u3000,，]*(?={SUBJECT_VERB_WORDS})",
                re.M,
            ),
            committee=re.compile(
                rf"中共(?P<town>{_HAN}{{2,4}}?(?:{kinds}))(?:委员会|党工委|党委|工委|委)"
            ),
            # A document's title opening with its issuer, a township, and a year (《黄石街2020年
            # 全面依法治街工作要点》): a 街道 may write itself without its 道 there.
            documented=re.compile(
                rf"《(?P<town>{_HAN}{{2,4}}?(?:{kinds}|街))(?:{organ})?(?:19|20)\d{{2}}\s*年"
            ),
            # A township's own plan (纳入了东庄镇发展总体规划): the name after a sentence's
            # boundary or a function word (了, 在, 的 …), none of which opens a name here.
            planned=re.compile(
                rf"(?:(?<![\u4e00-\u9fff])|(?<=[{_BEFORE_NAME}]))(?![{_BEFORE_NAME}])"
                # and no word ending in a kind (小城镇, 村镇, 特色小镇 …发展规划) is a name here
                rf"(?P<town>{_HAN}{{2,4}}?(?<![城村集小古名重])(?:{kinds}))"
                r"(?:发展)?(?:总体|国土空间)?规划"
            ),
            mentioned=re.compile(
                rf"(?:(?<![\u4e00-\u9fff])|(?<=[{_BEFORE_NAME}{_BETWEEN_NAMES}]))"
                rf"(?![{_BEFORE_NAME}{_BETWEEN_NAMES}])"
                rf"(?P<town>{_HAN}{{2,4}}?(?<![城村集小古名重])(?:{kinds}))"
                r"(?!(?<=乡)[村镇贤土亲])"  # 美丽乡村: a word, no 美丽乡
            ),
            titled=re.compile(rf"(?P<kind>{kinds})(?:{organ})\s*(?:关于)?\s*(?=\d{{4}}|年度|法治)"),
            name=re.compile(rf"{_HAN}{{2,8}}?(?:{kinds})"),
            kinds=tuple(townships["kinds"]),
            stop_words=tuple(townships["stop_words"]),
            not_in_names=(*townships["not_in_names"], *townships["verbs_not_in_names"]),
            bare_kind=_bare_kind(townships["function_words"], kinds),
            # a township's committee (委员会) too, and its 工作委员会 after its own name
            organ=re.compile(rf"(?:{kinds})(?:委员会|{organ})"),
            organ_words=own_organs,
            of_organ=re.compile(rf"(?P<town>{_HAN}{{1,8}}?(?:{kinds}))(?:{own_organs})"),
        )

    def official(self, name: str) -> str:
        """A township's name as the labels write it: 南华西街道办事处 -> 南华西街道, and a 街道
        written without its 道 (黄石街, as 我街 and 依法治街 write it) -> 黄石街道."""
        if name.endswith("街"):
            return f"{name}道"
        return name.removesuffix("办事处") if name.endswith("街道办事处") else name

    def is_name(self, name: str) -> bool:
        """Whether `name` is a township's name by this grammar (陶庄镇, 南华西街道, or a 街道
        written without its 道: 海滨街), not a government's or a party committee's
        (人民政府南华西街道办事处, 四屏镇委员会)."""
        if name.endswith("街"):
            name = f"{name}道"
        return (
            self.name.fullmatch(name) is not None
            and not name.startswith(("各", "全", "我", "本"))
            and not any(word in name for word in self.not_in_names)
            and _ITEM_MARKER.match(name) is None
            and self.bare_kind.search(name) is None
        )

    def in_title(self, title: str, resolver: RegionResolver) -> str | None:
        """A township a title names right after its county-level division and before its organ
        and the year (公示兴化市陶庄镇人民政府2023年度…): the county and the town, or None."""
        for match in self.titled.finditer(title):
            for county, stem in counties_before_stem(title[: match.start()], resolver, 6):
                town = stem + match.group("kind")
                if self.is_name(town):
                    return county + town
        return None

    def reporter(self, body: str, resolver: RegionResolver) -> str | None:
        """The township that reports, or None."""
        if town := self._own_words(body, resolver):
            return town
        if not self.self_words.search(body[: 2 * _OPENING]):
            return self._led(body, resolver)
        for match in self.subject.finditer(body[: 2 * _OPENING]):
            town = match.group("town")
            known = town in resolver.full_names or town in resolver.short_names
            # a sentence's words before a bare kind (进一步推动在镇法治建设…) are no name
            if self.is_name(town) and not known and not self._stopped(town):
                return town
        return (
            self._named_after_its_county(body, resolver)
            or self._after_its_county(body, resolver)
            or self._placed(body, resolver)
            or self._own_body(body, resolver)
            or self._own_committee(body, resolver)
            or self._own_document(body, resolver)
            or self._own_plan(body, resolver)
        )

    def _own_words(self, body: str, resolver: RegionResolver) -> str | None:
        """The township the report names as itself where a report says who it is: the subject
        of its first sentence (2025年,龙城街道全面贯彻…, or the other name of the body it is run
        together with: 开发区(黄梅街道)坚持…) or what it reports on (现将庆隆镇2020年度
        法治政府建设情况报告如下). A county's report names itself there, never one of its towns."""
        opening = body[:_OPENING]
        found = (self.subject.search(opening), self.aliased.search(opening))
        first = min(filter(None, found), key=lambda match: match.start(), default=None)
        preamble = _YEAR_PREAMBLE.match(opening)
        start = preamble.end() if preamble else 0
        if first and "。" in opening[start : first.start()]:
            first = None  # not the first sentence: a county's report may name a town later
        for match in (first, self.self_named.search(opening)):
            town = self.official(match.group("town")) if match else ""
            known = town in resolver.full_names or town in resolver.short_names
            if match and self.is_name(town) and not known and not self._stopped(town):
                return town
        return None

    def _stopped(self, town: str) -> bool:
        """A stop word (各乡镇, 全镇) or an item's marker (一是街道) is in no township's name."""
        return any(word in town for word in self.stop_words) or _ITEM_MARKER.match(town) is not None

    def _led(self, body: str, resolver: RegionResolver) -> str | None:
        """The township its opening names as the subject led by its superiors (在区委、区政府的
        领导下,多宝街道坚持…): a county's report names its own place there, not a town."""
        for match in self.led.finditer(body[:_OPENING]):
            town = match.group("town") or match.group("before")
            known = town in resolver.full_names or town in resolver.short_names
            if self.is_name(town) and not known and not any(w in town for w in self.stop_words):
                return town
        return None

    def _placed(self, body: str, resolver: RegionResolver) -> str | None:
        """The one town a report in a town's own voice (我镇) names as where its work lands
        (在下太镇落地生根): the town reports, not the city or county its opening also names."""
        return self._sole_town(self.placed, body, resolver)

    def _own_body(self, body: str, resolver: RegionResolver) -> str | None:
        """The one town a report in a town's own voice (我镇) names with one of its own bodies
        (上帅镇人民调解委员会受理…): a town's report names no other town's bodies, a county's
        report does not speak as 我镇."""
        return self._sole_town(self.bodied, body, resolver)

    def _own_committee(self, body: str, resolver: RegionResolver) -> str | None:
        """The one town a report in a town's own voice (我镇) names by its party committee
        (《中共洪梅镇委全面依法治镇委员会办公室…方案》): its own, as with its own bodies."""
        return self._sole_town(self.committee, body, resolver)

    def _own_document(self, body: str, resolver: RegionResolver) -> str | None:
        """The one town a report in a town's own voice (我街) names as the issuer of a document
        it cites, its name and a year opening the document's title (《黄石街2020年全面依法治街
        工作要点》): its own, as with its own bodies."""
        return self._sole_town(self.documented, body, resolver)

    def _own_plan(self, body: str, resolver: RegionResolver) -> str | None:
        """The one town a report in a town's own voice (我镇) names as the owner of a plan its
        work is written into (纳入了东庄镇发展总体规划): its own, as with its own bodies."""
        town = self._sole_town(self.planned, body, resolver)
        return None if town is None or self._names_another(town, body, resolver) else town

    def _names_another(self, town: str, body: str, resolver: RegionResolver) -> bool:
        """Whether a page names a township besides `town` anywhere (…和李家镇, 赴李家镇学习):
        then its own town's plan may be any of them."""
        for match in self.mentioned.finditer(body):
            other = self.official(match.group("town"))
            known = other in resolver.full_names or other in resolver.short_names
            if other != town and self.is_name(other) and not known and not self._stopped(other):
                return True
        return False

    def _sole_town(
        self, pattern: re.Pattern[str], body: str, resolver: RegionResolver
    ) -> str | None:
        """The one township `pattern` finds near the top of a page in a town's own voice (我镇),
        or None: not a division's name, no stop word (各乡镇), and no second such town."""
        if not self.first_person.search(body[:_OPENING]):
            return None
        towns = {
            town
            for match in pattern.finditer(body[:_TOWN_NAMED])
            if self.is_name(town := self.official(match.group("town")))
            and town not in resolver.full_names
            and town not in resolver.short_names
            and not any(word in town for word in self.stop_words)
        }
        return towns.pop() if len(towns) == 1 else None

    def _named_after_its_county(self, body: str, resolver: RegionResolver) -> str | None:
        """The town a report in a town's own voice (我镇) names after the county it lies in
        (伊金霍洛镇 under 伊金霍洛旗, a county seat): the town reports, not the county, when one
        such town is named."""
        if not self.first_person.search(body[:_OPENING]):
            return None
        text = body[:_TOWN_NAMED]
        towns = {
            stem + kind
            for names in resolver.named_in_full(text)
            for d in names
            if d.current and d.level == Level.COUNTY and d.name in text
            for stem in {d.name[:-1], resolver.short_by_code.get(d.code, d.name)}
            for kind in self.kinds
            if len(stem) >= 2 and stem + kind in text
        }
        return towns.pop() if len(towns) == 1 else None

    def _after_its_county(self, body: str, resolver: RegionResolver) -> str | None:
        """The one town a report in a town's own voice (我镇) names right after its county
        (黔江区邻鄂镇, as its issuer line or publisher writes it): the county and the town. A
        town's report names itself so; a county's report does not speak as 我镇."""
        if not self.first_person.search(body[:_OPENING]):
            return None
        text = body[:_TOWN_NAMED]
        towns: set[str] = set()
        for match in re.finditer("|".join(map(re.escape, self.kinds)), text):
            for county, stem in counties_before_stem(text[: match.start()], resolver, 6):
                town = stem + match.group()
                if self.is_name(town):
                    known = town in resolver.full_names or town in resolver.short_names
                    if not known and not self._stopped(town):
                        towns.add(county + town)
                    break
        return towns.pop() if len(towns) == 1 else None


def _bare_kind(function_words: list[str], kinds: str) -> re.Pattern[str]:
    """A township's kind after a function word (进一步推动在镇: "at the town"), or a stem of more
    than three characters holding one: the words of a sentence, no township's name (乐从镇 and
    抱由镇 are names, so only words no name ends with count: data/organs.toml)."""
    words = "".join(function_words)
    return re.compile(rf"[{words}](?:{kinds})$|^(?=[^{words}]*[{words}]).{{4,}}(?:{kinds})$")


# A township's verbs as its sentence's subject: a subject's (坚持, 深入 …), and 坚定不移 (大码头
# 街道坚定不移地…) after a township's name only: with no subject after a leadership clause
# (领导下坚定不移忠诚履职) it is a county's voice, not a department's.
_TOWNSHIP_VERBS = f"{SUBJECT_VERB_WORDS}|坚定不移"


def _township_subject(town: str) -> re.Pattern[str]:
    """A township (`town`, its group "town") as a sentence's subject: at the sentence's start,
    or after its year's clause after a comma (根据…部署,2023年,清波街道以…), or after the
    clause of what it follows (根据…纲要的规定和…规划的要求,长征镇依法…), before a verb."""
    return re.compile(
        r"(?:(?:^|(?<=[\n。;；]))\s*(?:(?:19|20)\d{2}年(?:以来|度)?\s*[,，]?\s*)?"
        r"(?:(?:根据|按照|依据)[^\n。;；,，]{0,120}?(?:要求|规定|部署)\s*[,，]\s*)?"
        # …or after an addressee (区政府:) run into the line above: a preamble clause then
        r"|(?<=[:：])\s*(?:根据|按照|依据)[^\n。;；,，:：]{0,120}?(?:要求|规定|部署)\s*[,，]\s*"
        r"|(?<=[,，])\s*(?:19|20)\d{2}年(?:以来|度)?\s*[,，]\s*)"
        rf"(?:{LEADERSHIP.pattern})?{town}\s*[,，]?\s*"
        rf"(?={_TOWNSHIP_VERBS}|法治政府建设|法治建设|依法)",
        re.M,
    )


def county_ending(text: str, resolver: RegionResolver) -> str | None:
    """The county-level division whose full name `text` ends with (…公示兴化市 -> 兴化市)."""
    for size in range(2, 9):
        names = resolver.full_names.get(text[-size:], ())
        if size <= len(text) and any(d.level == Level.COUNTY for d in names):
            return text[-size:]
    return None


def counties_before_stem(
    head: str, resolver: RegionResolver, longest: int
) -> Iterator[tuple[str, str]]:
    """Each way `head` ends with a county-level division's full name and then a stem of two to
    `longest` characters (…公示兴化市陶庄 -> (兴化市, 陶庄)), shortest stem first: a township or a
    街道 named right after its county (兴化市陶庄镇, 滨海新区新河街) is read by trying each stem
    after each county the text ends with; what the stem with its kind must be is the caller's."""
    for size in range(2, longest + 1):
        county = county_ending(head[:-size], resolver)
        if county:
            yield county, head[-size:]


@cache
def township_voice() -> TownshipVoice:
    """The township self-references of data/organs.toml, read once."""
    return TownshipVoice.from_data()


@cache
def protected_area_grammar() -> ProtectedAreaGrammar:
    """The protected-area grammar of data/organs.toml, read once."""
    return ProtectedAreaGrammar.from_data()


@cache
def zone_grammar() -> ZoneGrammar:
    """The zone grammar of data/organs.toml, read once."""
    return ZoneGrammar.from_data()


_AUTONOMOUS_SUPERIOR = re.compile(r"自治区(?:党委|人民政府|政府)")
_AUTONOMOUS_CODES = ("15", "45", "54", "64", "65")


def agreeing_stems(
    divisions: tuple[Division, ...], text: str, resolver: RegionResolver
) -> tuple[Division, ...]:
    """The places a slogan's stem names (法治巴州 -> 巴州区) that agree with the page's other
    evidence: inside a province the page names (新疆), and in an autonomous region when the page
    answers to one (自治区党委); a stem that does not is dropped, not trusted."""
    provinces = {
        d.province_code
        for names in resolver.named(text)
        for d in names
        if d.level == Level.PROVINCE
    }
    autonomous = _AUTONOMOUS_SUPERIOR.search(text) is not None
    return tuple(
        d
        for d in divisions
        if (not provinces or d.province_code in provinces)
        and (not autonomous or d.code[:2] in _AUTONOMOUS_CODES)
    )


def _heads(zone: str, resolver: RegionResolver) -> list[tuple[int, int, Division, bool]]:
    """The place names a zone's name begins with, each inside the one before: (start, end,
    division, written in full). A name that stands for several divisions ends the run."""
    heads: list[tuple[int, int, Division, bool]] = []
    position = 0
    while position < len(zone):
        found = None
        for end in range(len(zone) - 1, position + 1, -1):
            word = zone[position:end]
            full, short = resolver.full_names.get(word, ()), resolver.short_names.get(word, ())
            current = {d.code: d for d in full + short if d.current}
            if heads:
                current = {c: d for c, d in current.items() if heads[-1][2].contains(d)}
            if len(current) == 1:
                found = (position, end, next(iter(current.values())), bool(full))
                break
        if found is None:
            break
        heads.append(found)
        position = found[1]
    return heads


def _own_part(zone: str, heads: list[tuple[int, int, Division, bool]]) -> str:
    """The zone's own name: without the places written in full before it (陕西省西咸新区 ->
    西咸新区) nor its city's short name (青岛西海岸新区 -> 西海岸新区); a province's or
    municipality's short name is part of it (天津滨海高新区, 广西-东盟经济技术开发区), unless
    its city's name follows (河北唐山芦台经济开发区 -> 芦台经济开发区: a place path)."""
    start = 0
    for index, (head_start, end, division, full) in enumerate(heads):
        if head_start != start:
            break
        following = heads[index + 1] if index + 1 < len(heads) else None
        city_follows = following is not None and following[2].level == Level.CITY
        path = city_follows and division.level == Level.PROVINCE and not _is_municipality(division)
        if full or path or (division.level == Level.CITY and not _is_municipality(division)):
            start = end
        else:
            break
    return zone[start:]


def _agrees(
    district: Division, page_city: Division | None, resolver: RegionResolver, context: str
) -> bool:
    """`district` lies in the city (or municipality) the page names, or, when it names none, in
    a province it names."""
    if page_city is not None:
        width = 2 if _is_municipality(page_city) else 4
        return page_city.code[:width] == district.code[:width]
    provinces = {
        d.province_code
        for names in resolver.named(context)
        for d in names
        if d.level == Level.PROVINCE
    }
    return district.province_code in provinces


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _is_municipality(division: Division) -> bool:
    return division.code[:2] in _MUNICIPALITY_CODES


def _sole(divisions: set[Division]) -> Division | None:
    return next(iter(divisions)) if len({d.code for d in divisions}) == 1 else None


def _spelt_otherwise(head: str, short: str, fulls: list[str], context: str) -> list[str]:
    """The one of `fulls` that another coined short form of the same department, after the same
    place, spells alone (title 珠山区文广旅局, publisher line 珠山区文广新旅局: only
    文化广电新闻出版旅游局 holds 新); none when no such form is written or it fits several:
    two writings of one department narrow its name only where together they leave one."""
    longest = max(len(name) for name in fulls)
    for start in (m.end() for m in re.finditer(re.escape(head), context) if head):
        following = context[start : start + longest]
        for end in range(3, len(following) + 1):
            other = following[:end]
            fits = [name for name in fulls if other != short and _abbreviates(other, name)]
            if len(fits) == 1:
                return fits
    return []


def _abbreviates(short: str, name: str) -> bool:
    """Whether `short` is a coined abbreviation of the official name `name`: the same first and
    last characters, and its characters in `name` in order with gaps in two places or more
    (文旅体局 of 文化旅游体育局, 发改局 of 发展和改革局). A name cut in one place may be an official
    name of its own (交通局 in 重庆市长寿区, not 交通运输局), so is no abbreviation."""
    if len(short) < 3 or short[0] != name[0] or short[-1] != name[-1]:
        return False
    positions = in_order(short, name)
    if positions is None:
        return False
    gaps = sum(found > before + 1 for before, found in pairwise((-1, *positions)))
    return gaps >= 2 and positions[-1] == len(name) - 1


def in_order(short: str, name: str) -> tuple[int, ...] | None:
    """Where a short name's characters stand in the full `name`, each the first after the one
    before (文旅体局 in 文化旅游体育局: 0, 2, 4, 6), or None when `name` does not hold
    them in order: how a short name spells its full one. A coined abbreviation (_abbreviates)
    and a title's short department (site_owner.py) are both read so."""
    positions: list[int] = []
    for character in short:
        found = name.find(character, positions[-1] + 1 if positions else 0)
        if found < 0:
            return None
        positions.append(found)
    return tuple(positions)
