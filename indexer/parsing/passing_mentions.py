"""What a report says of its place in passing, as evidence of who reports (parsing/evidence.py,
reporter_clues.py, written_departments.py).

A leader's visit or words (考察江西重要讲话, 在盐城考察时), a slogan (法治武义建设), the titles of
the documents it follows (《广东省…纲要》), every place it names in full, the system a bureau heads
(全市司法行政系统) and the issuer signed above its closing date. Each is weak alone: the
ReporterFinder uses them only when the title and the opening do not say, and only where they agree.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import pairwise

from indexer.models import Level
from indexer.parsing.reporter_grammar import ORGAN_ENDS
from indexer.regions import Division, RegionResolver
from indexer.resources import load_toml

_BOOK_TITLE = re.compile(r"《[^》]*》")
_HAN = "[\u4e00-\u9fff]"
# The maker of a document the page follows, written before its title (按照启东市贯彻落实《法治政府
# 建设实施纲要》实施方案): a place's own document, as a title that names it is (《启东市…方案》).
_FOLLOWED_MAKER = re.compile(
    rf"(?:按照|根据|依据)({_HAN}{{2,12}}?)(?:贯彻落实|关于)?《[^》]*》[^,，。;；《\n]{{0,8}}?"
    r"(?:方案|纲要|意见|要点|规划)"
)
# A signature line: an issuer alone (中共浚县县委 浚县人民政府, 绍兴市生态环境局), then the date.
# An issuer is a government (人民政府, 管委会, 行政公署) or a department (reporter_grammar's ends);
# a party committee (县委) signs first, before its government.
_ISSUER_ENDS = "|".join(("人民政府", "政府", "管委会", "行政公署", *ORGAN_ENDS))
_ISSUER = rf"(?:中共)?{_HAN}{{2,24}}?(?:{_ISSUER_ENDS})"
_SIGNATURE = re.compile(rf"(?:中共)?{_HAN}{{2,24}}?(?:{_ISSUER_ENDS}|委)(?:\s*{_ISSUER})?")
_SIGNATURE_DATE = re.compile(
    r"(?:(?:19|20)\d{2}|[〇○零一二]{2}[〇○零一二三四五六七八九]{2})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月"
    r"\s*[\d一二三四五六七八九十]{1,3}\s*日"
)
_COMMISSION_SPEAKS = re.compile(r"[我本]委")


@dataclass(frozen=True, slots=True)
class PassingMentions:
    """Reads the passing mentions of places; build once with `from_data()` and share."""

    resolver: RegionResolver
    visit_phrases: tuple[re.Pattern[str], ...]  # 考察江西重要讲话: group 1 a place's short name
    slogan: re.Pattern[str]  # 法治武义: group 1 a place's stem, and what follows
    slogan_common_words: frozenset[str]  # 法治惠民: a stem that is a word there
    development: re.Pattern[str]  # 为大连振兴发展: group 1 a place's stem, served as a slogan's
    system: re.Pattern[str]  # 全市司法行政系统: group 1 a system the data names
    systems: Mapping[str, str]  # 司法行政 -> 司法{}: the department heading it
    system_subject: re.Pattern[str]  # 2023年,全市市场监管系统…: group 1 the level written
    field_plan: re.Pattern[str]  # 制定了《2023年全市交通运输法制工作要点》: groups scope, field
    warning_case: re.Pattern[str]  # 《…典型案例作为学习教育反面教材的通知》: cites no own place
    issued_title: re.Pattern[str]  # 印发《郴州市…清单》: group 1 the title its reporter issues
    elsewhere: re.Pattern[str]  # 对口帮扶百色市, 赴安吉县学习: a partner's or destination's place

    @classmethod
    def from_data(cls, resolver: RegionResolver) -> PassingMentions:
        config = load_toml("regions.toml")
        reporter, systems = config["reporter"], config["organs"]["systems"]
        return cls(
            resolver=resolver,
            visit_phrases=tuple(
                re.compile(phrase.format(place=f"({_HAN}{{2,3}}?)"))
                for phrase in reporter["visit_phrases"]
            ),
            slogan=re.compile(f"(?:{'|'.join(reporter['slogans'])})({_HAN}{{2,4}})"),
            slogan_common_words=frozenset(reporter["slogan_common_words"]),
            # read at every server word, overlapping: in 服务保障云安高质量发展 the stem follows
            # the second (保障), which the first's match would otherwise swallow
            development=re.compile(
                f"(?=(?:{'|'.join(reporter['development_servers'])})({_HAN}{{2,4}}?)"
                f"(?:{'|'.join(reporter['development_words'])}))"
            ),
            system=re.compile(
                f"全[省市县区州旗盟]({'|'.join(sorted(systems, key=len, reverse=True))})系统"
            ),
            systems=systems,
            system_subject=re.compile(
                r"[\s,，]*(?:(?:19|20)\d{2}年(?:以来|来|度)?[\s,，]*)?"
                f"全([省市县区州旗盟])(?:{'|'.join(sorted(systems, key=len, reverse=True))})系统"
            ),
            field_plan=re.compile(
                r"(?:^|(?<=[\n,，。;；:：]))\s*"
                r"(?:[一二三四五六七八九十\d]+[.、．是]|[(（][一二三四五六七八九十\d]+[)）])?"
                r"\s*(?:制定|印发|出台)了?(?:《(?:19|20)\d{2}年度?"
                f"全(?P<scope>[省市县区州旗盟])"
                f"(?P<field>{'|'.join(sorted(systems, key=len, reverse=True))})"
                r"(?:法制|法治)(?:建设)?工作要点》"
                # 制定退役军人2022年法治政府建设工作要点: the field before the year, no scope
                f"|(?P<bare>{'|'.join(sorted(systems, key=len, reverse=True))})"
                r"(?:19|20)\d{2}年度?(?:法制|法治)(?:政府)?建设工作要点)",
                re.M,
            ),
            warning_case=re.compile("|".join(map(re.escape, reporter["warning_case_words"]))),
            issued_title=re.compile(
                f"(?:{'|'.join(map(re.escape, reporter['issuing_verbs']))})"
                r"(?:了|实施)?《([^》]{2,80})》"
            ),
            elsewhere=_elsewhere(reporter["partner_words"], reporter["handed_on_words"]),
        )

    def visited(self, text: str) -> tuple[Division, ...]:
        """The provinces and prefectures a leader's visit or words name (考察江西重要讲话)."""
        found: list[Division] = []
        for pattern in self.visit_phrases:
            for match in pattern.finditer(text):
                word = match.group(1)
                names = [self.resolver.province_full_name(word), self.resolver.city_full_name(word)]
                divisions = {
                    d for n in names if n for d in self.resolver.full_names[n] if d.current
                }
                if len({d.province_code for d in divisions}) == 1:  # 海南: two provinces
                    found.append(min(divisions, key=lambda d: d.level != Level.PROVINCE))
        return tuple(found)

    def _slogan_words(self, text: str) -> list[str]:
        """The words after a slogan's head (法治武义建设 -> 武义建设), and the stems whose
        development the page serves (为大连振兴发展 -> 大连: the whole word must be a stem), not
        a partner's (助力对口支援的XX县发展)."""
        served = self.development.finditer(self.without_elsewhere(text))
        return [m.group(1) for m in self.slogan.finditer(text)] + [
            m.group(1)
            for m in served
            if m.group(1) in self.resolver.stems or m.group(1) in self.resolver.shared_stems
        ]

    def slogans(self, text: str) -> tuple[Division, ...]:
        """The places a slogan names (法治武义建设, 平安广西, 为大连振兴发展): the longest stem
        that fits."""
        found: list[Division] = []
        for word in self._slogan_words(text):
            stem = next((word[:n] for n in (4, 3, 2) if word[:n] in self.resolver.stems), None)
            if stem is not None and stem not in self.slogan_common_words:
                found.append(self.resolver.stems[stem])
        return tuple(found)

    def slogan_cities(self, text: str) -> tuple[Division, ...]:
        """The divisions a slogan's stem names when several share it, all in one city (法治岳阳:
        岳阳市 and its 岳阳县): the slogan places the page in that city, names no reporter (a
        bureau of 岳阳县 or of 汨罗市 builds 法治岳阳 too). One division's stem: `slogans`."""
        found: list[Division] = []
        for word in self._slogan_words(text):
            if any(word[:n] in self.resolver.stems for n in (4, 3, 2)):
                continue
            stem = next((word[:n] for n in (4, 3, 2) if word[:n] in self.resolver.shared_stems), "")
            if not stem or stem in self.slogan_common_words:
                continue
            sharing = self.resolver.shared_stems[stem]
            cities = {self.resolver.place_of(d).city for d in sharing}
            if len(cities) == 1 and None not in cities:
                found.extend(sharing)
        return tuple(found)

    def cited(self, text: str) -> tuple[Division, ...]:
        """The places named in full in the titles of documents the page cites (《广东省…纲要》),
        or as the makers of those it follows (按照启东市贯彻落实《…》实施方案): a government
        follows its own province's and city's."""
        titles = [t for t in _BOOK_TITLE.findall(text) if not self.warning_case.search(t)]
        makers = [m.group(1) for m in _FOLLOWED_MAKER.finditer(text)]
        return tuple(d for title in titles + makers for d in self.named_in_full(title))

    def issued(self, text: str) -> tuple[Division, ...]:
        """The places that open the titles of the documents the page issues (印发《郴州市领导干部
        应知应会…清单》): a government issues its own and carries out its superiors'."""
        found: list[Division] = []
        for match in self.issued_title.finditer(text):
            current = {d.code: d for d in self.resolver.named_first(match.group(1)) if d.current}
            if len(current) == 1:
                found.extend(current.values())
        return tuple(found)

    def named_in_full(self, text: str) -> tuple[Division, ...]:
        """Every current place `text` names in full, unambiguously (平度市, 《青岛市…》)."""
        return tuple(
            names[0]
            for names in self.resolver.named_in_full(text)
            if len({d.code for d in names}) == 1 and names[0].current
        )

    def named_at_home(self, text: str) -> tuple[Division, ...]:
        """The places `text` names in full, not as partners or destinations (赴安吉县学习)."""
        return self.named_in_full(self.without_elsewhere(text))

    def without_elsewhere(self, text: str) -> str:
        """`text` with the places it names as partners or destinations blanked (same length)."""
        return self.elsewhere.sub(lambda m: " " * len(m.group()), text)

    def system_voice(self, opening: str) -> str | None:
        """The level written (市 of 全市) when the opening's first subject is a system (2023年,
        全市市场监管系统…): the bureau heading it speaks of its scope, a government's report
        opens with itself or its whole place (全市), not one system."""
        found = self.system_subject.match(opening)
        return found.group(1) if found else None

    def system_head(self, opening: str, text: str, word: str) -> str | None:
        """The department heading the one system the page names (全市司法行政系统 -> 司法局;
        `word`: 局, or 厅 for a province's), in its opening or twice, not when the page speaks
        as a commission (我委); a bureau naming another's system once (全市教育系统经费) is
        not it."""
        if _COMMISSION_SPEAKS.search(opening):
            return None
        found = [(m.start(), m.group(1)) for m in self.system.finditer(text)]
        names = {self.systems[system].format(word) for _, system in found}
        if len(names) != 1 or (len(found) < 2 and found[0][0] >= len(opening)):
            return None
        return names.pop()

    def field_plan_head(self, text: str, word: str) -> str | None:
        """The department that makes its field's own yearly rule-of-law plan across its place
        (制定了《2023年全市交通运输法制工作要点》 -> 交通运输局; `word`: 局, or 厅 for a
        province's, whose plan is 全省's), the verb with no subject before it: only the head of
        that field writes such a plan for it. None for two fields, or a scope not of `word`."""
        found = {
            (m.group("scope"), m.group("field") or m.group("bare"))
            for m in self.field_plan.finditer(text)
        }
        if len(found) != 1:
            return None
        scope, field = found.pop()
        if scope is not None and (scope == "省") != (word == "厅"):
            return None
        return self.systems[field].format(word)


def _elsewhere(partners: list[str], handed_on: list[str]) -> re.Pattern[str]:
    """A place named as a partner or destination (data/regions.toml partner_words): after the
    word, up to the clause's end or a title's bracket (a title is cited, no partner, and a 与
    inside one ends at its end); or a case handed on (向…移送), up to its verb."""
    partner = "|".join(map(re.escape, partners))
    verb = "|".join(map(re.escape, handed_on))
    return re.compile(
        rf"(?:{partner})[^,，。;；\n《》]{{0,20}}|向[^,，。;；\n《》]{{0,24}}?(?:{verb})"
    )


def signature(body: str) -> str | None:
    """The issuer signed above the closing date (`绍兴市生态环境局` / `2024年1月29日`)."""
    lines = [line.strip() for line in body.splitlines() if line.strip()][-4:]
    return next(
        (
            line
            for line, after in pairwise(lines)
            if _SIGNATURE.fullmatch(line) and _SIGNATURE_DATE.fullmatch(after)
        ),
        None,
    )
