"""Where a reporting township lies (六郎镇, 南华西街道): townships are no divisions of the
official list, so its county, city and province are the ones its title writes before it
(某县六郎镇), else the places the page names, else its site (parsing/evidence.py); a township's
names and voice are parsing/organs.py's (TownshipVoice).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from indexer.models import Level, Place
from indexer.parsing.organs import TownshipVoice, counties_before_stem, township_voice
from indexer.parsing.passing_mentions import PassingMentions
from indexer.parsing.reporter_grammar import (
    EVIDENCE,
    GOVERNMENT_PREFIX,
    NOT_FOUND,
    blank,
    division_name,
    sole,
)
from indexer.regions import Division, RegionResolver
from indexer.resources import load_toml

# A newspaper the page says reported its work (被《浙江法制报》报道): where the paper is published,
# a province's or the nation's, not where the township lies.
_NEWSPAPER = re.compile(r"《[^《》]{1,12}报》")
# A title written as a table's row (| 某区某街道2025年度…报告 |): its cell bars are no part of it.
_CELL_BARS = " \t\u3000|｜"
# A township's superiors as a party committee and its government of one level (在市委、市政府的
# 领导下, 按照县委县政府的部署): the kind of county (or city) it lies in, 市 or 县 or 区.
_SUPERIORS = re.compile(r"([市县区旗])委[、和及]?\1(?:人民)?政府")
# Another place's work the township learns from or visits (学习法治XX建设经验, 赴XX考察): its
# slogan names no place of the township's own (partners are blanked by PassingMentions too).
_LEARNED_FROM = re.compile(r"(?:学习|借鉴|考察|观摩)[^,，。;；\n]{0,24}|[^,，。;；\n]{0,24}经验")
_STREET_NOT_IN_FULL = (
    "the title names a 街 after its county, never written as a 街道: a township's, region not given"
)


@dataclass(frozen=True, slots=True)
class TownshipPlaces:
    """A reporting township's name with the county, city and province around it."""

    resolver: RegionResolver
    township_pattern: re.Pattern[str]  # a title opening with a township: 六郎镇2024年…, or
    # with the year, then a township (2024年度某街道法治…): group 1 or 2
    townships: TownshipVoice  # townships' names and grammar (parsing/organs.py)
    # a title opening with a name ending in 街 and the year (海滨街 2020 年法治…): group 1
    street_pattern: re.Pattern[str]
    # a name ending in 街 before the year (…新河街2023年度…): after a county, a 街道's
    street_after_county: re.Pattern[str]
    mentions: PassingMentions  # slogans (法治桐乡) and partners (passing_mentions.py)

    @classmethod
    def from_data(cls, resolver: RegionResolver, mentions: PassingMentions) -> TownshipPlaces:
        townships = load_toml("regions.toml")["townships"]
        return cls(
            resolver=resolver,
            township_pattern=re.compile(
                rf"\s*(?:中共)?([\u4e00-\u9fff]{{2,16}}?(?:{'|'.join(townships['suffixes'])}))"
                # a space may stand before 关于 too (某镇人民政府 关于2024年度…)
                rf"(?:(?:{'|'.join(townships['organs'])})\s*(?:关于)?\s*(?=\d{{4}}|年度|法治)"
                # without its organ, a year follows (统筹城乡法治… is no township)
                r"|\s*(?:关于)?\s*(?=\d{4}|年度))"
                # or after the year it reports on (2024年度某街道法治政府建设工作报告)
                rf"|\s*(?:19|20)\d{{2}}\s*年度?\s*([\u4e00-\u9fff]{{2,16}}?"
                rf"(?:{'|'.join(townships['suffixes'])}))"
                rf"(?:{'|'.join(townships['organs'])})?\s*(?=法治|依法)"
            ),
            townships=township_voice(),
            street_pattern=re.compile(
                rf"\s*([\u4e00-\u9fff]{{2,6}}?街)(?:{'|'.join(townships['organs'])})?"
                r"\s*(?:关于)?\s*(?=(?:19|20)\d{2}\s*年)"
            ),
            street_after_county=re.compile(
                rf"街(?:{'|'.join(townships['organs'])})?\s*(?:关于)?\s*(?=(?:19|20)\d{{2}}\s*年)"
            ),
            mentions=mentions,
        )

    def in_title(
        self, title: str, context: str, hosts: tuple[Division, ...]
    ) -> tuple[Place, tuple[str, ...]] | None:
        """The township a title opens with (六郎镇2024年…, 某县某镇人民政府关于…) or names after
        its county before its organ and the year (…公示兴化市陶庄镇人民政府2023年度…); a title
        written as a table's row (| 某区某街道2025年度… |) is read without its cell bars."""
        title = title.strip(_CELL_BARS)
        opening = self.township_pattern.match(title)
        name = (opening.group(1) or opening.group(2)) if opening else None
        if (
            name
            and not division_name(self.resolver, name)
            and (own := self.place(name, context, hosts))
        ):
            return own
        town = self.townships.in_title(title, self.resolver)
        if town:
            return self.place(town, context, hosts)
        return self._street_in_title(title, context, hosts)

    def _street_in_title(
        self, title: str, context: str, hosts: tuple[Division, ...]
    ) -> tuple[Place, tuple[str, ...]] | None:
        """A 街道 that writes itself without its 道 in the title it opens (海滨街 2020 年法治…)
        when its page writes the full name too (海滨街道致辖区居民的一封信): a 街 alone may be a
        street's name. The region as the title writes it, the reporter's own form."""
        opening = self.street_pattern.match(title)
        street = opening.group(1) if opening else ""
        opened = self._written_in_full(street, context) and not division_name(self.resolver, street)
        found = self.place(f"{street}道", context, hosts) if street and opened else None
        if found:
            return replace(found[0], region=street), found[1]
        return self._street_after_county(title, context, hosts)

    def _street_after_county(
        self, title: str, context: str, hosts: tuple[Division, ...]
    ) -> tuple[Place, tuple[str, ...]] | None:
        """A 街道 without its 道 that a title names right after its county-level division and
        before the year (天津市滨海新区新河街2023年度…), when its page writes the full name too:
        the 街道 reports, not its district. The region in its official form (新河街道), as a
        township the title names after its county (organs.py TownshipVoice.in_title); when the
        page never writes it in full, the 街 may be a street's: no region, never the district."""
        for match in self.street_after_county.finditer(title):
            for county, stem in counties_before_stem(title[: match.start()], self.resolver, 4):
                street = stem + "街"
                found = self.place(f"{county}{street}道", context, hosts)
                if found and not self._written_in_full(street, context):
                    return replace(found[0], region=None), (*found[1], _STREET_NOT_IN_FULL)
                if found:
                    return found
        return None

    @staticmethod
    def _written_in_full(street: str, context: str) -> bool:
        """Whether the page writes the 街道 in full (海滨街道致辖区居民的一封信): a 街 alone may be
        a street's name; 步行街道路 is a street's road (街 + 道路), not a 街道."""
        return re.search(rf"{re.escape(street)}道(?![路口])", context) is not None

    def place(
        self, name: str, context: str, hosts: tuple[Division, ...]
    ) -> tuple[Place, tuple[str, ...]] | None:
        """A township's report: its name, and the county, city and province around it that the
        title (某县六郎镇), else the page, else the site (xuwen.gov.cn) names, when they agree;
        None when what stands after the county is no township's name (人民政府关于桃花潭镇)."""
        name = self.townships.official(name)
        head = self.resolver.opening_place(name, context)
        if head is not None and head[2] == 0 and len(name) - head[3] >= 2:
            # 海珠区人民政府南华西街道办事处: the district's government is no part of the name
            parent, township = head[0], GOVERNMENT_PREFIX.sub("", name[head[3] :])
            if not self.townships.is_name(township):
                return None
            return replace(parent, region=township, level=Level.OTHER), head[1]
        if not self.townships.is_name(name):
            return None
        unique = [
            names[0]
            for names in self.resolver.named(
                _NEWSPAPER.sub(blank, self._without_own_name(name, context[:EVIDENCE]))
            )
            if len({d.code for d in names}) == 1
        ] + self.slogan_places(context[:EVIDENCE])
        named = [d for d in unique if d.current] or [
            d for d in hosts if d.current and d.level != Level.PROVINCE
        ]
        # A former division of one code (重庆市江北区 of 2020's list) still lies in its
        # province: it may give the province, never the city (it may since have moved).
        placed = named or [d for d in unique if not d.current]
        province = sole(self.resolver.place_of(d).province for d in placed)
        city = sole(self.resolver.place_of(d).city for d in named if d.level != Level.PROVINCE)
        if province is None:
            return Place(name, Level.OTHER, None, None), (NOT_FOUND,)
        warning = "township's city and province inferred from the places the page or its site names"
        return Place(name, Level.OTHER, province, city), (warning,)

    def slogan_places(self, text: str) -> list[Division]:
        """The places a township's slogans name as its own (为法治桐乡建设…, 平安浙江): a
        province's slogan gives its province; a county's or city's (a stem of one division,
        passing_mentions.py) counts only when it is the one such slogan place on the page and
        the page follows superiors of its kind (市委、市政府 for 桐乡市, 县委、县政府 for a 县):
        then it is the township's county or city, even when the township bears its name (法治海安
        of 海安街道, the county's seat), as a township of that name elsewhere follows another
        county's committee. Another place's slogan (学习法治XX经验, 与XX结对) is no own one."""
        at_home = _LEARNED_FROM.sub(blank, self.mentions.without_elsewhere(text))
        found = set(self.mentions.slogans(at_home))
        provinces = [d for d in found if d.level == Level.PROVINCE and d.current]
        counties = {d for d in found if d.level != Level.PROVINCE}
        superiors = set(_SUPERIORS.findall(text))
        if len(counties) != 1:
            return provinces
        county = counties.pop()
        fits = county.current and county.name[-1] in superiors
        return [*provinces, county] if fits else provinces

    def _without_own_name(self, name: str, text: str) -> str:
        """`text` with the township's own name blanked, however written (黄石街道, 黄石街): its
        words are no place the page names (黄石 of 黄石街道 is no 黄石市)."""
        kind = next(k for k in self.townships.kinds if name.endswith(k))
        stem = re.escape(name[: -len(kind)])
        return re.sub(rf"{stem}(?={re.escape(kind)}|街)", blank, text)
