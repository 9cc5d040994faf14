"""Where a functional zone that reports lies (高新区, 综合保税区, 工业园区): zones are no
divisions of the official list, so a zone that names no city is placed in the one city (or
municipality) the page and its site name (parsing/evidence.py); a zone's grammar and names are
parsing/organs.py's (ZoneGrammar).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from indexer.models import Level, Place
from indexer.parsing.organs import zone_grammar
from indexer.parsing.reporter_grammar import EVIDENCE, NOT_FOUND, is_municipality
from indexer.parsing.subject_grammar import SUBJECT_VERBS
from indexer.regions import Division, RegionResolver
from indexer.resources import load_toml

# The opening's subject is a functional zone named without its city: `2022年,高新区以…`.
_SUBJECT_ZONE = re.compile(
    r"[\s,，]*(?:\d{4}年(?:以来|度)?[\s,，]*)?([\u4e00-\u9fff]{0,6}?(?:新区|高新区|开发区|经开区|示范区|"
    r"试验区|园区|新城|综保区|保税区))(?:党工委|管委会)?\s*(?:[(（]以下简称[^)）]{0,12}[)）])?"
    rf"\s*[,，]?\s*{SUBJECT_VERBS}"
)

_SPOKEN_ZONE = "region from the one listed zone of the kind the page speaks as (新区党工委)"
_UNNAMED_ZONE = "the page speaks as a functional zone (新区党工委) but names none in full"
_BARE_ZONE = (
    "the reporting zone is named only by its kind (保税区), never in full: region left empty"
)


def _zone_voice() -> re.Pattern[str]:
    """A zone's report speaks of itself by its bare kind: with its own bodies or as a clause's
    subject (新区党工委, 结合新区实际, 一、新区推进…), never after a name (两江新区, 工业园区)."""
    kinds = "|".join(sorted(zone_grammar().kinds, key=len, reverse=True))
    return re.compile(
        rf"(?:(?<![\u4e00-\u9fff])|(?<=结合)|(?<=[全我本]))(?P<kind>{kinds})"
        r"(?=党工委|管委会|工委|实际|推进|坚持|深入|始终|全面|认真|按照|围绕)"
    )


def _province_platforms() -> re.Pattern[str]:
    """A province's online service platform after its name (江苏政务服务网): regions.toml's."""
    platforms = load_toml("regions.toml")["zones"]["province_platforms"]
    return re.compile("|".join(map(re.escape, platforms)))


@dataclass(frozen=True, slots=True)
class ZonePlaces:
    """A reporting zone's name and city, from the title, the opening and the places named."""

    resolver: RegionResolver
    voice: re.Pattern[str] = field(default_factory=_zone_voice)  # 新区党工委, 结合新区实际
    platforms: re.Pattern[str] = field(default_factory=_province_platforms)  # 江苏政务服务网

    def subject(self, opening: str) -> re.Match[str] | None:
        """The zone the opening has as its subject (2022年,高新区以…): group 1 its name."""
        return _SUBJECT_ZONE.match(opening)

    def platform_province(self, context: str) -> Division | None:
        """The one province whose online service platform the page names (江苏政务服务网):
        where a zone that names no city or province lies."""
        found = self.platforms.finditer(context)
        full = {self._province_before(context[: m.start()]) for m in found}
        provinces = {
            d for name in full if name for d in self.resolver.full_names[name] if d.current
        }
        return provinces.pop() if len(provinces) == 1 else None

    def _province_before(self, text: str) -> str | None:
        """The province whose name, full or short, `text` ends with (…通过江苏, 湖北省)."""
        text = text.removesuffix("省")
        names = (self.resolver.province_full_name(text[-n:]) for n in (2, 3))
        return next((name for name in names if name), None)

    def may_report(self, titled: Place) -> bool:
        """A title's place gives way to a zone the page names as its reporter when it is only a
        province (贵州 in 贵州双龙航空港经济区) or itself a zone (天津 + 经济技术开发区)."""
        if titled.level in (Level.PROVINCE, Level.OTHER):
            return True
        return titled.level == Level.COUNTY and titled.region not in self.resolver.full_names

    def place(
        self, zone: str, context: str, hosts: tuple[Division, ...]
    ) -> tuple[Place, tuple[str, ...]]:
        """A functional zone that names no city (高新区坚持…): the one city (or municipality:
        天津市东疆综合保税区) the page names."""
        found = self.city(context, hosts)
        if found is None:
            return Place(None, Level.COUNTY, None, None), (NOT_FOUND,)
        city = self.resolver.place_of(found)
        kind = self.resolver.vocabulary.zone_name(zone)
        region = self._listed_zone(found, kind, context) or self._named(found, zone, context)
        place = replace(city, region=region, level=Level.COUNTY)
        if region is None:
            return place, (_BARE_ZONE,)
        return place, ("region inferred from the places the page names",)

    def _named(self, city: Division, zone: str, context: str) -> str | None:
        """A zone's name in its city: its own name after the city's (东疆综保区 -> 天津市东疆综合
        保税区); for a bare kind (保税区) the one name the page writes in full that opens with the
        city's (天津港保税区, 《天津港保税区…方案》), else the city and kind only for the kinds a
        city has one of and names so (珠海市高新区); never a name of a city and a bare kind the page
        does not write (天津市保税区: Tianjin has several bonded zones), but None."""
        vocabulary = self.resolver.vocabulary
        kind = vocabulary.zone_name(zone)
        if not vocabulary.is_bare_zone(zone):
            return f"{self.resolver.place_of(city).region}{kind}"
        written = self._written_in_city(city, zone, context)
        if written is not None:
            return written
        if kind in vocabulary.zone_city_named:
            return f"{self.resolver.place_of(city).region}{kind}"
        return None

    def _written_in_city(self, city: Division, zone: str, context: str) -> str | None:
        """The one zone name of the kind `zone` that the page writes opening with the city's
        name (天津港保税区, 天津市保税区), with at most four characters between them; None when
        it writes none or several."""
        vocabulary = self.resolver.vocabulary
        heads = {city.name, self.resolver.short_by_code.get(city.code, city.name)}
        head = "|".join(sorted(heads, key=len, reverse=True))
        kinds = "|".join(sorted({zone, vocabulary.zone_name(zone)}, key=len, reverse=True))
        pattern = re.compile(rf"(?:{head})([\u4e00-\u9fff]{{0,4}}?)(?:{kinds})")
        names = {
            vocabulary.zone_name(m.group())
            for m in pattern.finditer(context[:EVIDENCE])
            if not any(word in m.group(1) for word in vocabulary.zone_stop_words)
        }
        return names.pop() if len(names) == 1 else None

    def spoken(
        self, context: str, hosts: tuple[Division, ...]
    ) -> tuple[Place, tuple[str, ...]] | None:
        """A page that speaks as a zone by its bare kind (新区党工委, 结合新区实际): the one zone of
        the division list of that kind it writes in full (两江新区), else a zone of unknown name in
        the one city the page names (never that city's report); None when it speaks as no zone."""
        kinds = {m.group("kind") for m in self.voice.finditer(context[:EVIDENCE])}
        if not kinds:
            return None
        written = {
            d.code: d
            for names in self.resolver.named_in_full(context[:EVIDENCE])
            for d in names
            if d.current and d.level == Level.COUNTY and d.name.endswith(tuple(kinds))
        }
        if len(written) == 1:
            return self.resolver.place_of(next(iter(written.values()))), (_SPOKEN_ZONE,)
        found = self.city(context, hosts)
        city = self.resolver.place_of(found) if found else Place(None, Level.COUNTY, None, None)
        return replace(city, region=None, level=Level.COUNTY), (_UNNAMED_ZONE,)

    def _listed_zone(self, city: Division, kind: str, context: str) -> str | None:
        """The one zone of the division list inside `city` whose name ends with the kind the page
        calls itself (园区) and that the page writes in full (《苏州工业园区…方案》)."""
        listed = {
            d.name
            for d in self.resolver.by_code.values()
            if d.current and city.contains(d) and d.name.endswith(kind) and d.name in context
        }
        return listed.pop() if len(listed) == 1 else None

    def city(self, context: str, hosts: tuple[Division, ...]) -> Division | None:
        """The one city (or municipality) the page names most, around a functional zone."""
        counts: Counter[str] = Counter()
        for names in self.resolver.named(context[:EVIDENCE]):
            credited = {a for d in names for a in self.resolver.ancestors(d)}
            counts.update(d.code for d in credited if d.current and _zone_parent(d))
        for host in hosts:  # a district's site (tjbh.gov.cn) is its municipality's too
            for division in self.resolver.ancestors(host):
                if _zone_parent(division):
                    counts[division.code] += 2
                    break
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]):
            return None
        return self.resolver.by_code[ranked[0][0]]

    def in_title(self, title: str) -> str | None:
        """The functional zone a title opens with, without its place: `东疆综合保税区2025年度…`;
        not a zone's department (`高新区市场监管局关于…`)."""
        start = re.match(r"[^\u4e00-\u9fff]*", title)
        rest = title[start.end() if start else 0 :]
        zone = self.resolver.vocabulary.zone(rest)
        if zone is None or self.resolver.vocabulary.organ(rest[len(zone) :]) is not None:
            return None
        return zone


def _zone_parent(division: Division) -> bool:
    """A functional zone lies in a prefecture or directly in a municipality."""
    return division.level == Level.CITY or is_municipality(division)
