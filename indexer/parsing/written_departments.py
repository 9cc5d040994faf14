"""A department's own name as its page writes it, when the page speaks as 我局 / 我厅 and its
opening names no place it could be (parsing/evidence.py): the issuer of a document it titles
(制定《上城区人力社保局…清单》), a city bureau's branch office (市交通运输局龙岗管理局), the
head of the system it speaks of (全市市场监管系统 -> 福州市市场监督管理局), or its place followed
by its name (《四川省生态环境厅…办法》).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from indexer.models import Level, Place
from indexer.parsing.organs import DepartmentNames, department_names, protected_area_grammar
from indexer.parsing.passing_mentions import PassingMentions
from indexer.parsing.reporter_clues import Clues
from indexer.parsing.reporter_grammar import (
    BOOK_TITLE,
    EVIDENCE,
    OPENING,
    addressee_line,
    blank,
    level_fits,
    organ_end,
    organ_name,
)
from indexer.regions import COUNTY_SUFFIXES, Division, RegionResolver
from indexer.resources import load_toml

_BRANCH_OFFICE = "a city bureau's branch office: the city around the district it is named for"
# A document made (制定完成鞍山市应急管理局2024年版权责清单), its title not in quotes: the verb.
_MADE = "|".join(f"(?<={verb})" for verb in ("制定", "印发", "出台", "编制", "修订", "完成"))
_WRITTEN_DEPARTMENT = "the department's name as the page writes it with its place"
# A sentence with no subject (its numbering aside) that makes a document: 。制定出台《…》.
_SUBJECTLESS_MADE = re.compile(
    r"(?:^|(?<=[\n。;；]))[ \t\u3000]*"
    r"(?:[一二三四五六七八九十\d]+[.、．是]|[(（][一二三四五六七八九十\d]+[)）])?"
    r"\s*(?:制定|出台|印发|编制|修订)+《"
)
_OWN_DOCUMENT = "the department that makes a document titled with its own name and year"
_PROTECTED_AREA = "a protected area's administration, named with its province's short name"
_PROTECTED_NO_CITY = "protected area's city not found (its addressee names no one city)"


@dataclass(frozen=True, slots=True)
class WrittenDepartments:
    """A department's name and place from how its page writes them."""

    resolver: RegionResolver
    departments: DepartmentNames  # official names and short forms (parsing/organs.py)
    mentions: PassingMentions  # the system a bureau speaks of (passing_mentions.py)
    organ_end: str  # a pattern: how a department's name ends (局, 厅, 委员会, 卫健委 …)
    bare_ends: frozenset[str]  # those endings alone (委员会, 局): no department's whole name
    organ_names: str  # a pattern: any department's name or short form, built once

    @classmethod
    def from_data(cls, resolver: RegionResolver, mentions: PassingMentions) -> WrittenDepartments:
        suffixes = frozenset(load_toml("regions.toml")["organs"]["suffixes"])
        departments = department_names()
        names = "|".join(map(re.escape, departments.names))
        return cls(resolver, departments, mentions, organ_end(), suffixes | {"办公厅"}, names)

    def protected_area(
        self, title: str, body: str, titled: bool
    ) -> tuple[Place, tuple[str, ...]] | None:
        """A protected area's administration (parsing/organs.py ProtectedAreaGrammar) opening
        the title, or the opening's subject when the title names no reporter (`titled` False),
        whose name opens with its province's short name and then the area's own name: its
        official name, kept as written (福建君子峰国家级自然保护区管理局, never 福建省君子峰…), in
        that province; its city the one its addressee names (中共明溪县委: 三明市), else none.
        None for a name opening with a province's full name (福建省…: as written elsewhere), a
        city's or none."""
        areas = protected_area_grammar()
        name = areas.reporter(title, "" if titled else body[:OPENING])
        province = self._short_province(name) if name else None
        if name is None or province is None:
            return None
        if areas.own_name(name, self.resolver.short_by_code[province.code]) is None:
            return None
        city = self._addressed_city(province, body)
        warnings = (_PROTECTED_AREA,) if city else (_PROTECTED_AREA, _PROTECTED_NO_CITY)
        return Place(name, Level.DEPARTMENT, province.name, city), warnings

    def _short_province(self, name: str) -> Division | None:
        """The province whose short name (not its full name) `name` opens with, the longest."""
        provinces = [
            d
            for d in self.resolver.by_code.values()
            if d.current and d.level == Level.PROVINCE and not name.startswith(d.name)
        ]
        opening = [d for d in provinces if name.startswith(self.resolver.short_by_code[d.code])]
        return max(opening, key=lambda d: len(self.resolver.short_by_code[d.code]), default=None)

    def _addressed_city(self, province: Division, body: str) -> str | None:
        """The one city the addressee line's places lie in (中共明溪县委、县人民政府: 三明市),
        all inside `province`; None when it names none, a place elsewhere or several cities."""
        addressee = next(iter(addressee_line().findall(body[:OPENING])), "")
        cities: set[str | None] = set()  # None: a place of no city
        for names in self.resolver.named(addressee):
            inside = [d for d in names if d.current and d.province_code == province.code]
            if not inside:
                return None
            # the province itself (中共福建省委) is no city; a municipality's district has none
            below = [d for d in inside if d.level != Level.PROVINCE]
            cities.update(self.resolver.place_of(d).city for d in below)
        return next(iter(cities)) if len(cities) == 1 else None

    def document_issuer(self, text: str, word: str) -> tuple[Place, tuple[str, ...]] | None:
        """A page speaking as 我局 that names no place it could be, but titles a document with
        one department's name and place, as its issuer (制定《上城区人力社保局…清单》; unquoted,
        its year after the name: 制定完成鞍山市应急管理局2024年版权责清单): that
        department, when it is the only such issuer, its place is one division (a province for
        我厅) and the page names no place inside it (a superior's document may be cited)."""
        found: set[tuple[Division, str]] = set()
        organs = self.organ_names
        for match in re.finditer(
            rf"(?:(?<=《)|{_MADE})[\u4e00-\u9fff]{{2,{self.resolver.longest}}}?({organs})"
            r"((?:19|20)\d{2}\s*年)?",
            text,
        ):
            if text[match.start() - 1] != "《" and not match.group(2):
                continue  # unquoted, a document's title is its issuer's name and its year
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
        if self._names_inside(division, text):
            return None
        place = self.resolver.place_of(division)
        region = self.resolver.department(division.name, organ)
        return replace(place, region=region, level=Level.DEPARTMENT), (_WRITTEN_DEPARTMENT,)

    def own_document(
        self, text: str, speaker: Division | None = None
    ) -> tuple[Place, tuple[str, ...]] | None:
        """The department a page speaks as when a sentence with no subject makes a document
        titled with that department's place, name and year (。制定出台《余杭区农业农村局2020年
        法治工作要点》) and the page writes it elsewhere by its place's level alone (区农业农村局):
        the sentence's subject is the page's own, and only a department makes its own yearly
        document. A page that speaks as 我局 of `speaker`, the place it names most, needs no such
        writing when the document's place is that one (印发《广东省市场监督管理局2019年…要点》
        on a 我局 page weighed to 广东省). None when two departments do so, or the page never
        writes it so."""
        organs = self.organ_names
        found: set[tuple[Division, str]] = set()
        for made in _SUBJECTLESS_MADE.finditer(text):
            title = re.match(
                rf"[\u4e00-\u9fff]{{2,{self.resolver.longest}}}?({organs})(?:19|20)\d{{2}}\s*年",
                text[made.end() :],
            )
            issuer = self._titled_place(title.group()[: title.start(1)]) if title else None
            if title and issuer:
                found.add((issuer, title.group(1)))
        if len(found) != 1:
            return None
        division, organ = found.pop()
        level, stem = division.name[-1], re.escape(division.name[:-1])
        untitled = BOOK_TITLE.sub(blank, text)
        spoken = speaker is not None and speaker.code == division.code
        spoken = spoken or self._spoken_inside(speaker, division, organ, text)
        if not spoken and not re.search(rf"(?<!{stem}){level}{re.escape(organ)}", untitled):
            return None
        place = self.resolver.place_of(division)
        region = self.resolver.department(division.name, organ)
        return replace(place, region=region, level=Level.DEPARTMENT), (_OWN_DOCUMENT,)

    def _spoken_inside(
        self, speaker: Division | None, division: Division, organ: str, text: str
    ) -> bool:
        """Whether a 我局 page weighed to `speaker` (江门市, the city it names most) speaks as the
        department of `division` inside it that makes its own yearly document (制定《江门市新会区
        统计局2022年…计划》): the page speaks as a government of that division's level too (我区,
        全县; not 我市, which a prefecture says as well) and writes that department with no other
        place (江门市统计局 would be its superior, of which it may speak)."""
        level = division.name[-1]
        if speaker is None or not speaker.contains(division) or level not in "区县旗":
            return False
        if not re.search(rf"[我全本]{level}", BOOK_TITLE.sub(blank, text)):
            return False
        return self._places_written_before(organ, text) == {division.code}

    def _places_written_before(self, organ: str, text: str) -> set[str]:
        """The codes of the current divisions written right before `organ` in `text`, the last
        of a chain of full names only (江门市新会区统计局: 新会区)."""
        codes: set[str] = set()
        for match in re.finditer(re.escape(organ), text):
            for start in range(max(0, match.start() - self.resolver.longest), match.start() - 1):
                names = self.resolver.full_names.get(text[start : match.start()], ())
                current = [d for d in names if d.current]
                if current:
                    codes.update(d.code for d in current)
                    break
        return codes

    def _titled_place(self, head: str) -> Division | None:
        """The one current division `head` names in full, after its parents' full names if any
        (余杭区, 杭州市余杭区, 浙江省杭州市余杭区): nothing else opens the document's title."""
        for start in range(len(head) - 1):
            current = [d for d in self.resolver.full_names.get(head[start:], ()) if d.current]
            if len(current) != 1:
                continue
            parents = [a.name for a in reversed(self.resolver.ancestors(current[0]))][:-1]
            written = {"".join(parents[i:]) for i in range(len(parents) + 1)}
            return current[0] if head[:start] in written else None
        return None

    def district_branch(self, division: Division, organ: str) -> str | None:
        """The district inside `division` (a city) that a branch's name opens with, as written
        (龙华 of 龙华公安分局 in 深圳市): the page names a branch by its district, whose official
        name is its bureau's, then the district's (深圳市公安局龙华分局), never its city's name
        before the page's form (深圳市龙华公安分局). None when `organ` ends in no branch's
        suffix or opens with no district of `division`."""
        suffix = next((s for s in self.departments.branch_suffixes if organ.endswith(s)), None)
        if suffix is None:
            return None
        for end in range(min(6, len(organ) - len(suffix)), 1, -1):  # 龙华区 before 龙华
            districts = self.resolver.county_level(organ[:end], (*COUNTY_SUFFIXES, "新区"))
            if any(d.current and division.contains(d) for d in districts):
                return organ[:end]
        return None

    def own_branch_document(
        self, text: str, division: Division, organ: str, district: str
    ) -> str | None:
        """A district branch's name in full as its own yearly document writes it (《深圳市公安局
        龙华分局2024年法治公安建设工作要点》 on the page of 龙华公安分局): the city, a listed
        bureau the page's form spells (公安 of 公安局), the district (its name or without its
        suffix), a branch's suffix and a year. None when no such document is cited, or two
        name different branches; the city bureau's own document (深圳市公安局2024年…) and
        another district's branch (深圳市公安局福田分局…) are not the page's."""
        written = organ[len(district) :]
        suffix = next(s for s in self.departments.branch_suffixes if written.endswith(s))
        stem = written[: -len(suffix)]
        kinds = "|".join((*COUNTY_SUFFIXES, "新区"))  # 龙华分局 or 龙华区分局
        bare = re.sub(rf"(?:{kinds})$", "", district) if len(district) > 2 else district
        found = {
            match.group(1)
            for match in re.finditer(
                rf"《({re.escape(division.name)}({self.organ_names}){re.escape(bare)}"
                rf"(?:{kinds})?{re.escape(suffix)})(?:19|20)\d{{2}}\s*年",
                text,
            )
            if match.group(2).startswith(stem)
        }
        return found.pop() if len(found) == 1 else None

    def branch_office(self, context: str, clues: Clues) -> tuple[Place, tuple[str, ...]] | None:
        """A city bureau's branch office for one district, as the page's subject (市交通运输局
        龙岗管理局): the bureau's city is the one around that district, when the page names it
        (深圳) and it is of the level the bureau's place is written as (市)."""
        district = self.departments.branch_district(clues.organ or "")
        if district is None or clues.organ is None or clues.organ_place is None:
            return None
        found = {d.code: d for d in self.resolver.county_level(district) if d.current}
        cities = {d.prefecture_code for d in found.values()}
        city = self.resolver.by_code.get(cities.pop()) if len(cities) == 1 else None
        if city is None or not level_fits(city, clues.organ_place):
            return None
        short = self.resolver.short_by_code.get(city.code, city.name)
        if short not in context:
            return None
        region = self.resolver.department(city.name, clues.organ)
        place = self.resolver.place_of(city)
        return replace(place, region=region, level=Level.DEPARTMENT), (_BRANCH_OFFICE,)

    def own_full_name(self, text: str, clues: Clues) -> tuple[Place, tuple[str, ...]] | None:
        """The department a page names without its place (市水务局 in its title, 2023年,区司法局
        坚持…), written in full with one place of the level written (武汉市水务局 in its
        header): that department, when the page names no place inside that one (a county-level
        city's 市水务局 names its prefecture's bureau, its superior, and its own city too)."""
        if clues.organ is None or clues.organ_place is None:
            return None
        found = self._places_before(clues.organ, clues.organ_place, text)
        if len(found) != 1:
            return None
        division = found.pop()
        if self._names_inside(division, text):
            return None
        place = self.resolver.place_of(division)
        region = self.resolver.department(division.name, clues.organ)
        return replace(place, region=region, level=Level.DEPARTMENT), (_WRITTEN_DEPARTMENT,)

    def _names_inside(self, division: Division, text: str) -> bool:
        """Whether `text` names a current division inside `division` (a district of the city)."""
        return any(
            d.code != division.code and division.contains(d)
            for names in self.resolver.named(text)
            for d in names
            if d.current
        )

    def _places_before(self, organ: str, level: str, text: str) -> set[Division]:
        """The current divisions of `level` (市, 区 …) written right before `organ` in `text`."""
        return {
            d
            for match in re.finditer(re.escape(organ), text)
            for start in range(max(0, match.start() - self.resolver.longest), match.start() - 1)
            for d in self.resolver.full_names.get(text[start : match.start()], ())
            if d.current and level_fits(d, level)
        }

    def system_head(self, body: str, clues: Clues) -> tuple[Place, tuple[str, ...]] | None:
        """The head of the system a bureau's page speaks of (全市市场监管系统 -> 市场监督管理局),
        written in full with one place of the level it speaks as (成立福州市市场监督管理局…领导
        小组): that bureau, its own name as its page writes it."""
        word = clues.self_word or ""
        organ = self.mentions.system_head(body[:OPENING], body[:EVIDENCE], word)
        if organ is None or clues.organ_place is None:
            return None
        found = self._places_before(organ, clues.organ_place, body[:EVIDENCE])
        if len(found) != 1:
            return None
        division = found.pop()
        place = self.resolver.place_of(division)
        region = self.resolver.department(division.name, organ)
        return replace(place, region=region, level=Level.DEPARTMENT), (_WRITTEN_DEPARTMENT,)

    def own_name(self, division: Division, context: str, word: str) -> str | None:
        """The department's name as the page writes it after its place (四川省生态环境厅 in
        《四川省生态环境厅行政规范性文件管理办法》), when one such name stands out."""
        names = {division.name, self.resolver.short_by_code.get(division.code, division.name)}
        place = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
        start = self.departments.start  # 泉州市场监管局: 泉州 + 市场监管局
        found = Counter(
            organ
            for match in re.finditer(
                # a commission's short form may follow its place directly (苏州市卫生健康委)
                rf"(?:{place})((?:[\u4e00-\u9fff]{{2,10}}?)?{self.organ_end})",
                context,
            )
            if (organ := organ_name(context[start(context, match.start(1)) : match.end(1)]))
            and not self.departments.founded(context, match.start(), organ)  # 成立莆田市…委员会
            and organ not in self.bare_ends  # 某市委员会 is the party's committee
            and not organ.startswith(("人民", "政府"))
            and organ.endswith("厅") == (word == "厅")
        )
        ranked = found.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]):
            return None
        return ranked[0][0]
