"""Which government or department a report comes from, resolved against the official divisions.

The gazetteer (data/divisions.csv) gives every division's 12-digit code; the hierarchy comes from
the code alone (province = first 2 digits, prefecture = first 4). A *mention* is a run of place
names, each inside the one before (广东省韶关市武江区, 广州海珠区), which in a title may go on with
a functional zone (开封市示范区) and a department (韶关市司法局).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, TypeVar

from indexer.models import Level, Place
from indexer.normalize import to_simplified
from indexer.parsing.organs import DepartmentNames, department_names
from indexer.resources import load_csv, load_toml, read_lines

_PROVINCE_TAIL = "0" * 10
_PREFECTURE_TAIL = "0" * 8
_OPENING = 300  # characters of the body in which a report names its government
_HAN = "[\u4e00-\u9fff]"
# 《厦门市…实施方案》 names a document, not the reporter, also when an opening's window cuts it
# (a title is short: an open 《 far from the end is a quotation blanked in part)
_BOOK_TITLE = re.compile(r"《[^》]*》|《[^》《\n]{0,40}$")
_NOT_FOUND = "region not found in the title or the body's opening"
# What follows a place's short name that opens a township's own name (中山 + 港街道, 北京 + 路街道):
# a 街道 or 镇 named for a port, a road or a quarter that bears a city's name lies anywhere, so the
# short name there is the township's, not a mention of that city.
_TOWNSHIP_REST = re.compile(rf"{_HAN}{{1,2}}(?:街道|镇)")
# The suffixes a county-level division's name may leave out where it is written short (朝阳分局).
COUNTY_SUFFIXES = ("区", "县", "市", "旗")
# A title opening with a district police branch by the district's stem: 嘉定公安分局2023年…
_POLICE_TITLE = re.compile(r"[^\u4e00-\u9fff]*([\u4e00-\u9fff]{2,4}?)公安分局")
_ABBREVIATIONS = "division_abbreviations.csv"  # 东乌旗 for 东乌珠穆沁旗: read as full names
_K = TypeVar("_K")
_V = TypeVar("_V")


@dataclass(frozen=True, slots=True)
class Division:
    code: str
    name: str
    current: bool

    @property
    def level(self) -> Level:
        if self.code.endswith(_PROVINCE_TAIL):
            return Level.PROVINCE
        return Level.CITY if self.code.endswith(_PREFECTURE_TAIL) else Level.COUNTY

    @property
    def province_code(self) -> str:
        return self.code[:2] + _PROVINCE_TAIL

    @property
    def prefecture_code(self) -> str:
        return self.code[:4] + _PREFECTURE_TAIL

    def contains(self, other: Division) -> bool:
        """Strictly inside: a former name of the same code is not inside itself."""
        prefix = {Level.PROVINCE: 2, Level.CITY: 4}.get(self.level)
        if prefix is None or other.code == self.code:
            return False
        return other.code[:prefix] == self.code[:prefix]


@dataclass(frozen=True, slots=True)
class _Mention:
    candidates: tuple[Division, ...]  # the deepest place name's divisions
    text: str  # as written, from the first place name to the end of zone and department
    zone: str | None
    organ: str | None
    deferred: bool  # a superior or party committee (在市委…, 中共…区委): used only if alone
    own_zone: str | None = None  # a zone's own name opening with its city's short name (重庆高新区)


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    needs_parent: frozenset[str]
    short_names_in_words: re.Pattern[str]  # 长治久安: a common word, no 长治
    government: tuple[str, ...]
    party_committee: re.Pattern[str]
    office_hosts: tuple[str, ...]
    organ_pattern: re.Pattern[str]
    organ_stop_words: tuple[str, ...]
    zone_pattern: re.Pattern[str]
    zone_stop_words: tuple[str, ...]
    zone_suffixes: tuple[str, ...]
    zone_full_names: tuple[tuple[str, str], ...]  # (short kind, full kind)
    zone_city_named: frozenset[str]  # kinds a city has one of, named after it (珠海市高新区)
    departments: DepartmentNames  # official names and short forms (data/organs.toml)

    @classmethod
    def from_config(cls, config: Mapping[str, Any], departments: DepartmentNames) -> _Vocabulary:
        organs, zones = config["organs"], config["zones"]
        return cls(
            needs_parent=frozenset(config["names"]["needs_parent"]),
            short_names_in_words=re.compile(
                "|".join(map(re.escape, config["names"]["short_names_in_words"]))
            ),
            government=tuple(organs["government"]),
            party_committee=re.compile(f"(?:{'|'.join(organs['party_committees'])})(?!员会)"),
            office_hosts=tuple(organs["office_hosts"]),
            # 办事处 before 办: an office's name whole (鹅埠办事处), not 鹅埠办 with 事处 left over
            organ_pattern=re.compile(f"{_HAN}{{0,14}}?(?:办事处|{'|'.join(organs['suffixes'])})"),
            organ_stop_words=tuple(organs["stop_words"]),
            zone_pattern=re.compile(f"{_HAN}{{0,10}}?(?:{'|'.join(zones['suffixes'])})"),
            zone_stop_words=tuple(zones["stop_words"]),
            zone_suffixes=tuple(zones["suffixes"]),
            zone_full_names=tuple(zones["full_names"].items()),
            zone_city_named=frozenset(zones["city_named"]),
            departments=departments,
        )

    def zone(self, tail: str) -> str | None:
        match = self.zone_pattern.match(tail)
        if match is None or any(word in match.group() for word in self.zone_stop_words):
            return None
        return match.group()

    def is_bare_zone(self, zone: str) -> bool:
        """A zone named by its kind alone (保税区, 综保区, 高新区), no name of its own."""
        return zone in self.zone_suffixes or zone in {full for _, full in self.zone_full_names}

    def zone_name(self, zone: str) -> str:
        """A zone with its kind written in full: 东疆综保区 -> 东疆综合保税区."""
        for short, full in self.zone_full_names:
            if zone.endswith(short):
                return zone[: -len(short)] + full
        return zone

    def organ(self, tail: str) -> str | None:
        """A department's name at the start of `tail`; None for the government itself."""
        if self.party_committee.match(tail):
            return None
        host = next((word for word in self.government if tail.startswith(word)), "")
        if host and host not in self.office_hosts:
            return None
        match = self.organ_pattern.match(tail, len(host))
        if match is None or any(word in match.group() for word in self.organ_stop_words):
            return None
        return tail[: self.departments.extended(tail, match.end())]  # 委办(编译局)


@dataclass(frozen=True, slots=True)
class ShortForms:
    """How a place may be named short: 广东 for 广东省, 朝阳 for 朝阳区, 延边 for 延边朝鲜族自治州.

    The one rule that search filters, figure filters and the structure table apply to the names
    the index holds; build once with `short_forms()` or take the resolver's."""

    suffixes: frozenset[str]
    ethnic_groups: re.Pattern[str]

    @classmethod
    def from_config(cls, names: Mapping[str, Any]) -> ShortForms:
        groups = "|".join(sorted(names["ethnic_groups"], key=len, reverse=True))
        return cls(frozenset(names["optional_suffixes"]), re.compile(f"(?:{groups})*"))

    def shortens(self, full: str, short: str) -> bool:
        """`short` is `full` itself or `full` without its generic suffix (and ethnic groups)."""
        if full == short:
            return True
        if not short or not full.startswith(short):
            return False
        rest = full[len(short) :]
        return rest in self.suffixes or any(
            rest.endswith(suffix) and self.ethnic_groups.fullmatch(rest[: -len(suffix)])
            for suffix in self.suffixes
            if "自治" in suffix
        )

    def accepts(self, value: str | None, wanted: Sequence[str]) -> bool:
        """Any value when nothing is wanted; else `value` must be one of `wanted`, full or short."""
        if not wanted:
            return True
        return bool(value) and any(self.shortens(str(value), w) for w in wanted)

    def canonical(self, known: Iterable[str], value: str) -> str:
        """`value` as `known` spells it: itself, else the one known name it shortens, else as is."""
        names = frozenset(known)
        if value in names:
            return value
        candidates = [name for name in names if self.shortens(name, value)]
        return candidates[0] if len(candidates) == 1 else value


@cache
def short_forms() -> ShortForms:
    """The short-form rule of data/regions.toml, read once."""
    return ShortForms.from_config(load_toml("regions.toml")["names"])


@dataclass(frozen=True, slots=True)
class RegionResolver:
    """Lookup tables over the gazetteer; build once with `from_data()` and share (read-only)."""

    full_names: Mapping[str, tuple[Division, ...]] = field(repr=False)
    short_names: Mapping[str, tuple[Division, ...]] = field(repr=False)  # provinces, prefectures
    by_code: Mapping[str, Division] = field(repr=False)  # current name of a code (former if gone)
    short_by_code: Mapping[str, str] = field(repr=False)
    vocabulary: _Vocabulary = field(repr=False)
    longest: int
    short_forms: ShortForms = field(repr=False)  # the filter rule, from the same data file
    # A current division's name without its generic suffix (武义 for 武义县, 浙江 for 浙江省),
    # where no other division's is the same: how a slogan names a place (法治武义).
    stems: Mapping[str, Division] = field(repr=False, default_factory=dict)
    # A stem several current divisions share (岳阳: 岳阳市 and 岳阳县): a slogan on it (法治岳阳)
    # names none of them, only what they share (passing_mentions.py).
    shared_stems: Mapping[str, tuple[Division, ...]] = field(repr=False, default_factory=dict)
    # Every name that names one division alone (张家川县 and 张家川回族自治县): `full_names` turned
    # around, so a check of one division does not scan every name.
    own_names: Mapping[Division, tuple[str, ...]] = field(repr=False, default_factory=dict)
    # The lengths of the names that begin with each character, longest first: a scan of a page
    # tries only those at each position (most characters begin no name), not every length.
    name_lengths: Mapping[str, tuple[int, ...]] = field(repr=False, default_factory=dict)
    # A name of one character and its kind (理县, 成县): the characters that close a word with its
    # first (办 of 办理, 完 of 完成). After one of them the name is that word's end (办理县人大代表
    # 建议: 县人大代表, no 理县), not a place.
    word_closers: Mapping[str, frozenset[str]] = field(repr=False, default_factory=dict)

    @classmethod
    def from_data(cls) -> RegionResolver:
        config = load_toml("regions.toml")
        rows = load_csv("divisions.csv")
        divisions = tuple(Division(r["code"], r["name"], r["status"] == "current") for r in rows)
        shorts = {d: _short_name(d, config["names"]) for d in divisions}
        by_code = {d.code: d for d in sorted(divisions, key=lambda d: d.current)}
        official = [(d.name, d) for d in divisions] + _autonomous_short_forms(divisions, config)
        official += [(r["abbreviation"], by_code[r["code"]]) for r in load_csv(_ABBREVIATIONS)]
        # Keyed as text reads after opencc t2s (乾县 reads 干县); results keep official names.
        full_names = _group((to_simplified(name), d) for name, d in official)
        short_names = _group((to_simplified(s), d) for d, s in shorts.items() if s != d.name)
        longest = max(len(d.name) for d in divisions)
        return cls(
            full_names=full_names,
            short_names=short_names,
            by_code=by_code,
            short_by_code={code: shorts[d] for code, d in by_code.items()},
            vocabulary=_Vocabulary.from_config(config, department_names()),
            longest=longest,
            short_forms=short_forms(),
            stems=_unique_stems(divisions, short_forms()),
            shared_stems=_shared_stems(divisions, short_forms()),
            own_names=_group(
                (found[0], name) for name, found in full_names.items() if len(found) == 1
            ),
            name_lengths=_lengths_by_first_character([*full_names, *short_names], longest),
            word_closers=_word_closers([name for name in full_names if len(name) == 2]),
        )

    def resolve(self, title: str, text: str) -> tuple[Place, tuple[str, ...]]:
        """The reporting government: from the title first, then the body's opening."""
        title, text = to_simplified(title), to_simplified(text)
        context = f"{title}\n{text}"
        mention = _first(self._title_mentions(title)) or _first(
            self._body_mentions(text[:_OPENING])
        )
        if mention is not None:
            return self._place(mention, context)
        frequent = self._most_frequent(self._body_mentions(text))
        if frequent is None:
            return Place(None, Level.OTHER, None, None), (_NOT_FOUND,)
        place, warnings = self._place(frequent, context)
        return place, ("region guessed from the most frequent place name", *warnings)

    def title_place(self, title: str, context: str) -> tuple[Place, tuple[str, ...]] | None:
        """The government or department a (simplified) title names, or None."""
        mention = _first(self._title_mentions(title))
        if mention is None:
            return self._police_title(title)
        return self._place(mention, context)

    def _police_title(self, title: str) -> tuple[Place, tuple[str, ...]] | None:
        """A title that opens with a municipality's district police branch by the district's
        name without its suffix (嘉定公安分局2023年…: 上海市公安局嘉定分局), the one district of
        that name in a municipality of data/organs.toml police_branches."""
        found = _POLICE_TITLE.match(title)
        if found is None:
            return None
        named = self.county_level(found.group(1), ("新区", "区", "县"))
        districts = {d.code: d for d in named}
        if len(districts) != 1:
            return None
        district = next(iter(districts.values()))
        region = self.police_branch(district.name, found.group(1) + "公安分局")
        if region is None:
            return None
        return Place(region, Level.DEPARTMENT, self._province_of(district), None), ()

    def opening_place(
        self, opening: str, context: str
    ) -> tuple[Place, tuple[str, ...], int, int] | None:
        """The place a (simplified) opening names first: (place, warnings, start, end)."""
        mention = _first(self._body_mentions(opening))
        if mention is None:
            return None
        place, warnings = self._place(mention, context)
        start = opening.find(mention.text)
        return place, warnings, start, start + len(mention.text)

    def named(self, text: str) -> Iterator[tuple[Division, ...]]:
        """Every place name in `text`, book titles included: the divisions each may be.

        Not a name that is also a common word, alone (和县 in 和县委, 范县 in 示范县), nor a
        short name alone that opens a township's name (中山 in 中山港街道) or lies inside a
        common word (长治 in 长治久安)."""
        words = [m.span() for m in self.vocabulary.short_names_in_words.finditer(text)]
        for start, end, candidates, bare in self._runs(text):
            if bare and _TOWNSHIP_REST.match(text, end):
                continue
            if bare and any(s <= start and end <= e for s, e in words):
                continue  # 长治 in 长治久安
            if text[start:end] not in self.vocabulary.needs_parent:
                yield candidates

    def named_in_full(self, text: str) -> Iterator[tuple[Division, ...]]:
        """The place names in `text` written in full (密山市), not a short name alone (长治 in
        长治久安) nor a common word (城区)."""
        for _, _, candidates, bare in self._runs(text):
            if not bare:
                yield candidates

    def named_first(self, text: str) -> tuple[Division, ...]:
        """The divisions of the place `text` opens with, written in full (the deepest of a run:
        陈仓区 of 宝鸡市陈仓区…清单), or () when it opens with none."""
        found = self._places_at(text, 0)
        return found[1] if found and not found[2] else ()

    def place_of(self, division: Division) -> Place:
        return Place(
            division.name, division.level, self._province_of(division), self._city_of(division)
        )

    def ancestors(self, division: Division) -> tuple[Division, ...]:
        """The division, its prefecture and its province (each once)."""
        codes = dict.fromkeys((division.code, division.prefecture_code, division.province_code))
        return tuple(self.by_code[c] for c in codes if c in self.by_code)

    def province_full_name(self, name: str) -> str | None:
        """`广东` -> `广东省`, `内蒙古` -> `内蒙古自治区`, `北京` -> `北京市`."""
        return self._full_name(name, Level.PROVINCE)

    def city_full_name(self, name: str) -> str | None:
        """`韶关` -> `韶关市`, `延边` -> `延边朝鲜族自治州`; None for a municipality."""
        return self._full_name(name, Level.CITY)

    def zone_short_name(self, name: str) -> str | None:
        """`开封市城乡一体化示范区` -> `开封市示范区`: a functional zone as its place and its kind,
        as it is commonly abbreviated; None for a name that is no zone (天津市滨海新区 is a
        district)."""
        word = to_simplified(name.strip())
        head = self._name_at(word, 0)
        suffix = next((s for s in self.vocabulary.zone_suffixes if word.endswith(s)), None)
        if head is None or suffix is None or len(head[0]) + len(suffix) > len(word):
            return None
        rest = self._name_at(word, len(head[0]))
        if rest is not None and len(head[0]) + len(rest[0]) == len(word):
            return None
        return head[0] + suffix

    def written_head(self, name: str) -> str:
        """The longest division's full name `name` opens with, shorter than `name` itself
        (江津区城市管理局 -> 江津区, 北京市司法局 -> 北京市); "" when it opens with none."""
        return next(
            (name[:n] for n in range(len(name) - 1, 1, -1) if name[:n] in self.full_names), ""
        )

    def department(self, place: str, organ: str) -> str:
        """A department's region: its place's own name and its full official name
        (上城区 + 市场监管局 -> 上城区市场监督管理局), however the page writes them."""
        departments = self.vocabulary.departments
        # in full first, so that a level written again is seen (市卫生健康委 after 重庆市)
        organ = departments.in_full(organ)
        if police := self.police_branch(place, organ):
            return police
        province = self.province_full_name(place) == place  # its general office is a 办公厅
        return place + departments.name(place, organ, province)  # 县卫生健康局, 政府办

    def police_branch(self, place: str, organ: str) -> str | None:
        """A municipality's district public security branch in its official name (嘉定区 +
        公安分局 or 嘉定公安分局 -> 上海市公安局嘉定分局: data/organs.toml police_branches); None
        for any other organ, or a place that is no one municipality's district (朝阳区 is
        北京's and 长春's: the page's own form is kept)."""
        written = organ.removesuffix("公安分局")
        if written == organ:
            return None
        districts = {d.code: d for d in self.full_names.get(place, ()) if d.level == Level.COUNTY}
        if len(districts) != 1:
            return None
        district = next(iter(districts.values()))
        municipality = self.by_code[district.province_code].name
        forms = dict(self.vocabulary.departments.police_branches)
        stem = _district_stem(place)
        if municipality not in forms or written not in ("", place, stem):
            return None
        return f"{municipality}公安局{stem if forms[municipality] else place}分局"

    def branch(self, places: Sequence[Division], tail: str) -> str:
        """The branch office a bureau's name goes on to (岳阳县分局 after 岳阳市生态环境局, 朝阳分局
        after 北京市公安局): a county-level division inside one of `places`, by its name or its
        name without its suffix, then a branch's suffix; "" when `tail` opens with none. Such a
        branch (X市Y局Z县分局) is the reporter, in its bureau's city and province."""
        for suffix in self.vocabulary.departments.branch_suffixes:
            for end in range(2, 7):
                if not tail.startswith(suffix, end):
                    continue
                name = tail[:end]  # 岳阳县, or 朝阳 for 朝阳区 (the 朝阳 inside the place)
                named = self.county_level(name, (*COUNTY_SUFFIXES, "新区"))
                if any(p.contains(d) for p in places for d in named):
                    return tail[: end + len(suffix)]
        return ""

    def county_level(self, name: str, suffixes: Sequence[str] = COUNTY_SUFFIXES) -> list[Division]:
        """The county-level divisions (former ones too) called `name` as written or with one of
        `suffixes` it leaves out (朝阳 -> 朝阳区, as a branch office or a district is written)."""
        return [
            d
            for n in (name, *(name + s for s in suffixes))
            for d in self.full_names.get(n, ())
            if d.level == Level.COUNTY
        ]

    def _full_name(self, name: str, level: Level) -> str | None:
        word = to_simplified(name.strip())
        found = self.full_names.get(word, ()) + self.short_names.get(word, ())
        names = {self.by_code[d.code].name for d in found if d.level == level}
        return names.pop() if len(names) == 1 else None

    def _name_at(self, text: str, start: int) -> tuple[str, tuple[Division, ...], bool] | None:
        """The longest place name at `start`: (word, divisions, written in short form)."""
        for length in self.name_lengths.get(text[start : start + 1], ()):
            word = text[start : start + length]
            if len(word) < length:
                continue
            full, short = self.full_names.get(word, ()), self.short_names.get(word, ())
            if full or short:
                return word, full + short, not full
        return None

    def _places_at(self, text: str, start: int) -> tuple[int, tuple[Division, ...], bool] | None:
        """Nested place names at `start`: (end, the deepest name's divisions, bare).

        A bare run is only short names (长治久安, 朝阳产业) or a full name that is a common word
        (城区): it names a place only when a zone or a department follows (成都高新区).
        """
        if start and text[start - 1] in self.word_closers.get(text[start : start + 2], ()):
            return None
        end, parts, written_in_full = start, 0, False
        candidates: tuple[Division, ...] = ()
        while found := self._name_at(text, end):
            word, divisions, short = found
            if parts:
                divisions = tuple(d for d in divisions if any(p.contains(d) for p in candidates))
                if not divisions:
                    break
            end, candidates, parts = end + len(word), divisions, parts + 1
            written_in_full = written_in_full or not short
        if not parts:
            return None
        common_word = parts == 1 and text[start:end] in self.vocabulary.needs_parent
        return end, candidates, common_word or not written_in_full

    def _runs(self, text: str) -> Iterator[tuple[int, int, tuple[Division, ...], bool]]:
        position = 0
        while position < len(text):
            found = self._places_at(text, position)
            if found is None:
                position += 1
                continue
            yield position, *found
            position = found[0]

    def _title_mentions(self, title: str) -> Iterator[_Mention]:
        for start, end, candidates, bare in self._runs(title):
            zone = self.vocabulary.zone(title[end:])
            after = end + len(zone or "")
            # 泉州市场监督管理局: the city's 市 opens the department's name
            begins = after if zone else self.vocabulary.departments.start(title, after)
            organ = self.vocabulary.organ(title[begins:])
            if bare and not (zone or organ):
                continue
            if organ:  # 岳阳市生态环境局 + 岳阳县分局: the branch reports
                organ += self.branch(candidates, title[begins + len(organ) :])
            stop = begins + len(organ) if organ else after
            committee = self.vocabulary.party_committee.match(title, after)
            deferred = organ is None and committee is not None
            own = self._own_zone(title[start:end], candidates, zone)
            yield _Mention(candidates, title[start:stop], zone, organ, deferred, own)

    def _own_zone(
        self, place: str, candidates: tuple[Division, ...], zone: str | None
    ) -> str | None:
        """A zone's name that opens with its city's short name (重庆高新区, 武汉经开区) is the
        zone's own name, kept as written, its kind too: the city's full name is not put in
        (重庆市高新区, 武汉市经济技术开发区 are no zone's names). None for a place written in
        full (珠海市高新区: the kind is then named after the city), a province's or a county's
        name (贵州…, 荣昌新区), several divisions, or no zone."""
        if not zone or len({d.code for d in candidates}) != 1:
            return None
        city = candidates[0]
        # a prefecture, or a municipality (重庆市: a province-level 市)
        municipality = city.level == Level.PROVINCE and city.name.endswith("市")
        if not (city.level == Level.CITY or municipality) or place != self.short_by_code.get(
            city.code
        ):
            return None
        return place + zone

    def _body_mentions(self, text: str) -> Iterator[_Mention]:
        """Place names only: in running text a following word is rarely a department's name."""
        text = _BOOK_TITLE.sub(lambda m: " " * len(m.group()), text)
        for start, end, candidates, bare in self._runs(text):
            if bare:
                continue
            deferred = text.startswith("委", end) or text[start - 1 : start] == "在"
            yield _Mention(candidates, text[start:end], None, None, deferred)

    def _most_frequent(self, mentions: Iterable[_Mention]) -> _Mention | None:
        found = [m for m in mentions if not m.deferred]
        counts = Counter(m.candidates[0].name for m in found)
        if not counts or counts.most_common(1)[0][1] < 2:
            return None
        name = counts.most_common(1)[0][0]
        return next(m for m in found if m.candidates[0].name == name)

    def _place(self, mention: _Mention, context: str) -> tuple[Place, tuple[str, ...]]:
        chosen, warnings = self._disambiguate(mention.candidates, context)
        province = _common(self._province_of(d) for d in chosen)
        city = _common(self._city_of(d) for d in chosen)
        zone = self.vocabulary.zone_name(mention.zone or "")
        zone_region = mention.own_zone or chosen[0].name + zone
        if mention.organ:
            region = self.department(zone_region, mention.organ)
            return Place(region, Level.DEPARTMENT, province, city), warnings
        if zone:
            return Place(zone_region, Level.COUNTY, province, city), warnings
        return Place(chosen[0].name, chosen[0].level, province, city), warnings

    def _province_of(self, division: Division) -> str:
        return self.by_code[division.province_code].name

    def _city_of(self, division: Division) -> str | None:
        if division.level == Level.PROVINCE:
            return None
        prefecture = self.by_code.get(division.prefecture_code)
        return prefecture.name if prefecture else None

    def _disambiguate(
        self, candidates: tuple[Division, ...], context: str
    ) -> tuple[tuple[Division, ...], tuple[str, ...]]:
        """The candidates whose province and city names the text mentions most."""
        support = {d: self._support(d, context) for d in candidates}
        best = max(support.values())
        chosen = tuple(d for d in candidates if support[d] == best)
        if len({d.code for d in chosen}) > 1 and any(d.current for d in chosen):
            chosen = tuple(d for d in chosen if d.current)
        if len({d.code for d in chosen}) == 1:
            return chosen[:1], ()
        parents = "/".join(sorted({self._city_of(d) or self._province_of(d) for d in chosen}))
        return chosen, (f"ambiguous region {chosen[0].name}: {parents}",)

    def _support(self, division: Division, context: str) -> int:
        parents = {division.province_code, division.prefecture_code} - {division.code}
        return sum(context.count(self.short_by_code.get(code, "\0")) for code in parents)


def _short_name(division: Division, names: Mapping[str, Any]) -> str:
    """广东省 -> 广东, 广西壮族自治区 -> 广西; counties keep their full name."""
    if division.level == Level.COUNTY:
        return division.name
    short = next(
        (division.name[: -len(s)] for s in names["short_suffixes"] if division.name.endswith(s)),
        division.name,
    )
    if "自治" in division.name:
        short = _without_ethnic_groups(short, names)
    return short if len(short) >= 2 else division.name


def _unique_stems(divisions: Sequence[Division], rule: ShortForms) -> dict[str, Division]:
    """Each current division's names without a generic suffix, of two characters or more; a
    stem two divisions share (滨海: 滨海县, 滨海新区) is none."""
    stems = _stem_divisions(divisions, rule)
    return {stem: found[0] for stem, found in stems.items() if len(found) == 1}


def _shared_stems(
    divisions: Sequence[Division], rule: ShortForms
) -> dict[str, tuple[Division, ...]]:
    """The stems several current divisions share (岳阳: 岳阳市, 岳阳县), with those divisions."""
    stems = _stem_divisions(divisions, rule)
    return {stem: found for stem, found in stems.items() if len(found) > 1}


def _stem_divisions(
    divisions: Sequence[Division], rule: ShortForms
) -> dict[str, tuple[Division, ...]]:
    """Each current division's names without a generic suffix, of two characters or more, with
    every current division of that stem (by code, in code order)."""
    codes: dict[str, set[str]] = {}
    current = {d.code: d for d in divisions if d.current}
    for division in current.values():
        name = division.name
        for end in range(2, len(name)):
            if rule.shortens(name, name[:end]):
                codes.setdefault(to_simplified(name[:end]), set()).add(division.code)
    return {stem: tuple(current[c] for c in sorted(found)) for stem, found in codes.items()}


def _autonomous_short_forms(
    divisions: Sequence[Division], config: Mapping[str, Any]
) -> list[tuple[str, Division]]:
    """The official short forms of autonomous divisions: 恩施州, 凉山州, 金平县, 鄂伦春旗, and
    with the suffix kept whole, 紫云自治县, 恩施自治州.

    They are written like full names (the generic suffix stays), so they count as full names.
    A form that two divisions share, or that is another division's name, is dropped.
    """
    names = config["names"]
    forms: list[tuple[str, Division]] = []
    for division in divisions:
        for long, short in names["autonomous_short_suffixes"].items():
            if division.name.endswith(long):
                stem = _without_ethnic_groups(division.name[: -len(long)], names)
                if stem != division.name[: -len(long)] or long == "自治州":
                    forms += [(stem + short, division), (stem + long, division)]
    codes: dict[str, set[str]] = {}
    for name, division in [(d.name, d) for d in divisions] + forms:
        codes.setdefault(name, set()).add(division.code)
    unique = {name: d for name, d in sorted(forms, key=lambda f: f[1].current)}  # current last
    return [(name, d) for name, d in unique.items() if len(codes[name]) == 1]


def _without_ethnic_groups(name: str, names: Mapping[str, Any]) -> str:
    ethnic = re.compile(f"(?:{'|'.join(sorted(names['ethnic_groups'], key=len)[::-1])})$")
    while (match := ethnic.search(name)) and match.start() >= 2:
        name = name[: match.start()]
    return name


# After a place's level or a function word a name starts, whatever word the two characters may
# also make (益阳市南县: 市南; 保定市易县; 丰县和沛县; 赴任县): these close no word before a name.
_NAME_STARTS_AFTER = frozenset("省市县区州旗盟和及与、在于到赴自从经对向将被为由至")


def _word_closers(names: Iterable[str]) -> dict[str, frozenset[str]]:
    """For each two-character name (理县), the characters before its first that make a word of
    two (办理, 管理, 治理), from the word list the cleaner reads (jieba's dictionary)."""
    firsts = {name[0] for name in names}
    before: dict[str, set[str]] = {}
    for word in read_lines("lexicon_words.txt"):
        if len(word) == 2 and word[1] in firsts and word[0] not in _NAME_STARTS_AFTER:
            before.setdefault(word[1], set()).add(word[0])
    return {name: frozenset(before.get(name[0], ())) for name in names}


def _lengths_by_first_character(names: Iterable[str], longest: int) -> dict[str, tuple[int, ...]]:
    """Each first character's name lengths (2 to `longest` characters), longest first."""
    lengths: dict[str, set[int]] = {}
    for name in names:
        if 2 <= len(name) <= longest:
            lengths.setdefault(name[0], set()).add(len(name))
    return {first: tuple(sorted(found, reverse=True)) for first, found in lengths.items()}


def _group(pairs: Iterable[tuple[_K, _V]]) -> dict[_K, tuple[_V, ...]]:
    groups: dict[_K, tuple[_V, ...]] = {}
    for word, division in pairs:
        groups[word] = (*groups.get(word, ()), division)
    return groups


def _first(mentions: Iterable[_Mention]) -> _Mention | None:
    """The first mention that is not a superior's; a superior's only when it is alone."""
    found = list(mentions)
    return next((m for m in found if not m.deferred), found[0] if found else None)


def _common(values: Iterable[str | None]) -> str | None:
    distinct = set(values)
    return distinct.pop() if len(distinct) == 1 else None


def _district_stem(name: str) -> str:
    """A district's name without its suffix, as a municipality's branches are named (浦东新区 ->
    浦东, 嘉定区 -> 嘉定); a name that would keep one character keeps its suffix (城区)."""
    for suffix in ("新区", *COUNTY_SUFFIXES):
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name
