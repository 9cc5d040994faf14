"""Who reports, weighed from the whole page when its title does not say.

A page names its reporter in the title (武江区人民政府…报告), else usually in the opening
(2023年,湖里区坚持…). Many do neither: they say 我市 / 全省 / 县政府 / 我局 and name the place once
further down (in a local 纲要's title, a brand name, a phrase about the city's development), or
only in the addressee line (`中共红河州委、红河州人民政府:`) or the site's host. Each clue is weak
alone; together they settle most pages. When they conflict or are thin, the place stays unknown
and a warning says why: a wrong province is worse than none.

The steps, each a module: how the page speaks of itself (reporter_clues.py), the places its site
names as its owner (site_owner.py), a township's or a functional zone's place (township_places.py,
zone_places.py), a department's name as its page writes it (written_departments.py); then the
checks on what was found (reporter_checks.py). The reading they share is reporter_grammar.py's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from indexer.models import Level, Place
from indexer.normalize import to_simplified
from indexer.parsing.organs import (
    DepartmentNames,
    TownshipVoice,
    ZoneGrammar,
    department_names,
    township_voice,
    zone_grammar,
)
from indexer.parsing.page_voice import PageVoice
from indexer.parsing.passing_mentions import PassingMentions, signature
from indexer.parsing.renamings import renamings
from indexer.parsing.reporter_checks import ReporterChecks
from indexer.parsing.reporter_clues import ClueReader, Clues
from indexer.parsing.reporter_grammar import (
    EVIDENCE,
    NATURAL_LEVEL,
    NOT_FOUND,
    OPENING,
    addressee_line,
    blank,
    is_municipality,
    level_fits,
    organ_end,
    organ_name,
    sole,
)
from indexer.parsing.site_owner import SiteOwner, short_titled_department
from indexer.parsing.subject_grammar import (
    FOLLOWED_DECISIONS,
    LEADERSHIP,
    SUBJECT_VERBS,
    UNDER_SUPERIORS,
)
from indexer.parsing.township_places import TownshipPlaces
from indexer.parsing.written_departments import WrittenDepartments
from indexer.parsing.zone_places import ZonePlaces
from indexer.regions import Division, RegionResolver

_SLOGAN_PLACE = "region inferred from the one place the page names, in a slogan (法治武义)"
_ISSUED_PLACE = "region inferred from the place that opens the titles of the documents it issues"
_CITY_BUREAU = "the department of the city its slogans or cited titles name (法治岳阳)"
_MUNICIPAL_VOICE = "a 市 voice in a municipality the page names (视察重庆): the municipality itself"
_SOLE_PLACE = "region inferred from the only place of its level the page names, named once"
# The site names places in several provinces (hainan: 海南省, 内蒙古's 海南区, 青海's 海南州) and
# the page names none of them: the level the page speaks as does not choose among them.
_SHARED_NAME = "a name of places in several provinces or cities ({}), not settled: not counted"
_HOST_UNDECIDED = "the site names places in several provinces ({}): none taken"
# The opening's subject is a place whose name is also a common word: `2025年,城中区坚持…`.
# The name, its government or its rule-of-law work (老城区法治政府建设工作坚持…), then the verb.
_SUBJECT_NAME = re.compile(
    r"[\s,，]*(?:\d{4}年(?:以来|度)?[\s,，]*)?([\u4e00-\u9fff]{2,4}?)"
    r"(?:人民政府|政府|(?:法治政府|法治)建设(?:工作)?)?\s*[,，]?\s*"
    rf"{SUBJECT_VERBS}"
)


# The opening's first line of prose, after an index table's lines (发布日期:…, 索引号:…).
_PROSE_LINE = re.compile(r"^(?=[^\n]*[,，。])", re.MULTILINE)
# The opening's subject after its name: its government's words, a comma, then a verb.
_SUBJECT_AFTER = re.compile(rf"(?:人民政府|政府)?\s*[,，]?\s*{SUBJECT_VERBS}")
# A short name (株洲) as the subject right after its superiors' leadership clauses.
_LED_SHORT = re.compile(
    rf"(?:^|(?<=[\n。;；]))[\s,，]*(?:(?:19|20)\d{{2}}年(?:以来|度)?[\s,，]*)?"
    rf"{LEADERSHIP.pattern}(?P<name>[\u4e00-\u9fff]{{2,3}}?){SUBJECT_VERBS}",
    re.MULTILINE,
)
_LED_SHORT_NAME = "region from its short name as the subject led by its superiors (株洲深入…)"
# The opening's first subject is a county's name without its suffix (2023 年,邹城坚持…).
_STEM_SUBJECT = re.compile(
    rf"[\s,，]*(?:(?:19|20)\d{{2}}\s*年(?:以来|度)?[\s,，]*)?(?P<name>[\u4e00-\u9fff]{{2,3}}?)"
    rf"{SUBJECT_VERBS}"
)
_STEM_NAME = "region from its name without its suffix as the opening's subject (邹城坚持…)"
# 现将西山区教育体育局2023年法治政府建设工作情况报告如下: the reporter's name, its year.
_SAYS_IT_REPORTS = re.compile(
    r"现将(?![我全本该某])([\u4e00-\u9fff]{4,30}?(?:19|20)\d{2}\s*年[^\n。]{0,40}?(?:报告|汇报)如下)"
)
_ADDRESSED_PLACE = "department's place from the one government its report is addressed to"
# 市政务服务办2022年… published by 天津市人民政府政务服务办公室: the department in full
_BRANCH_UNNAMED = "a district branch's official name not given (its own yearly document names it)"
_PUBLISHED_DEPARTMENT = "the department the title writes short, in full from its publisher line"
_SHORT_TITLED_DEPARTMENT = (
    "the title's department is written short (市政务服务办): its name not found"
)
_SAID_REPORTER = "region from the department the opening says it reports on (现将…报告如下)"
_ZONE_IN_PROVINCE = (
    "a zone titled by its own name in no city the page names: as written, in the province its"
    " visits, slogans or cited documents name (视察广东)"
)
_ZONE_ON_PLATFORM = (
    "a zone named by its own name in no city or province the page names: as written, in the"
    " province whose service platform it names (江苏政务服务网)"
)
# Lines before the page's first in Chinese (a repost's English note, a bare address): not the
# report, and they would push its opening out of the characters read as its opening. Characters
# lost in a bad conversion (? ? ?, \ufffd) before the first line's text are none of it either:
# left there, they stand between the opening sentence and the start it is read from.
_LOST_CHARACTERS = r"[?？\ufffd][?？\ufffd \t\u3000]*"
_FOREIGN_LEAD = re.compile(
    rf"\A(?:[^\n\u4e00-\u9fff]*\n)*{_LOST_CHARACTERS}|\A(?:[^\n\u4e00-\u9fff]*\n)+"
)
_Found = tuple[Place, tuple[str, ...], int, int]  # a place the opening names, where it stands
# One clause of the opening: the party committees a list names stand in the same one.
_CLAUSE = re.compile(r"[^,，。;；\n]+")
# A place's party committee right after its name (云浮市委, 罗定市党委), not a 委员会 of it.
_COMMITTEE_AFTER = re.compile(r"(?:党)?委(?!员)")
# Each committee after the first joins the list by 、, 和, 及 or 以及 right before its name
# (…具体部署、云浮市委…和罗定市委…): one the page guides or visits (指导罗定市委) is no item.
_LIST_JOIN = re.compile(r"(?:[、和及]|以及)(?:中共)?\Z")
_PREFECTURE_VOICE = (
    "region from the places the page names, a 市 that speaks of the counties it governs "
    "(各县(市、区)): its city"
)
_LISTED_COMMITTEE = (
    "region from the deepest of the nested party committees the opening lists (省委…、云浮市委…"
    "和罗定市委…): the page's own"
)


@dataclass(frozen=True, slots=True)
class _SiteEvidence:
    """What the page's site says of its owner (site_owner.py), read once per page for the
    steps that weigh it."""

    host: tuple[Division, ...]  # the places a government site's host spells (xinmi.gov.cn)
    owner_lines: tuple[Division, ...]  # the site's owner lines (主办单位:厦门市湖里区人民政府)
    publishers: tuple[Division, ...]  # the page's publisher lines (来源:炉霍县人民政府)
    publisher_names: tuple[str, ...]  # those lines' names as written (洪江市退役军人事务局)
    breadcrumbs: tuple[Division, ...]  # places its breadcrumb's steps name (首页 > 陆河县河田镇)

    @property
    def owners(self) -> tuple[Division, ...]:
        """The site's owner lines and the page's publisher lines: both name its place."""
        return self.owner_lines + self.publishers

    @property
    def hosts(self) -> tuple[Division, ...]:
        """Every place the site names as the page's: its host's, then its owners', then its
        breadcrumb's (a township's report sits in its county's column: 首页 > 陆河县河田镇)."""
        return self.host + self.owners + self.breadcrumbs


@dataclass(frozen=True, slots=True)
class ReporterFinder:
    """Resolves a page's reporter from the title, the opening and the whole text."""

    resolver: RegionResolver
    mentions: PassingMentions  # visits, slogans, cited documents, systems (passing_mentions.py)
    organ_end: str  # a pattern: how a department's name ends (局, 厅, 委员会, 卫健委 …)
    departments: DepartmentNames  # official names and short forms (parsing/organs.py)
    zones: ZoneGrammar  # functional zones as reporters (parsing/organs.py)
    townships: TownshipVoice  # 全镇 … 2025年,宝城镇坚持… (parsing/organs.py)
    clues: ClueReader  # how the page speaks of itself (reporter_clues.py)
    site: SiteOwner  # the places its site names as its owner (site_owner.py)
    township_places: TownshipPlaces  # a township's county, city and province (township_places.py)
    zone_places: ZonePlaces  # a reporting zone's city (zone_places.py)
    written: WrittenDepartments  # a department's name as its page writes (written_departments)
    checks: ReporterChecks  # applied to what was found (reporter_checks.py)
    voice: PageVoice  # the level the page speaks as, against the reporter found (page_voice.py)

    @classmethod
    def from_data(cls, resolver: RegionResolver) -> ReporterFinder:
        mentions = PassingMentions.from_data(resolver)
        return cls(
            resolver=resolver,
            township_places=TownshipPlaces.from_data(resolver, mentions),
            mentions=mentions,
            organ_end=organ_end(),
            departments=department_names(),
            zones=zone_grammar(),
            townships=township_voice(),
            clues=ClueReader.from_data(resolver, mentions),
            site=SiteOwner.from_data(resolver),
            zone_places=ZonePlaces(resolver),
            written=WrittenDepartments.from_data(resolver, mentions),
            checks=ReporterChecks.from_data(resolver, mentions),
            voice=PageVoice.from_data(resolver),
        )

    def locate(
        self,
        title: str,
        body: str,
        source_url: str | None = None,
        furniture: Sequence[str] = (),
        year: int | None = None,
    ) -> tuple[Place, tuple[str, ...]]:
        """The reporter; `furniture`: the page's dropped lines (主办单位:… names the owner);
        `year`: the year the report covers, which names a renamed department (环保局 on 2017)."""
        body = to_simplified(body)  # once: every step below reads the simplified text
        body = _FOREIGN_LEAD.sub("", body)
        located = self._locate(title, body, source_url, furniture)
        published = "\n".join(self.site.publisher_names(furniture))
        simple_title = to_simplified(title)
        found = self.checks.checked(located, body, simple_title, published)
        found = self.voice.checked(found, simple_title, body, published)
        if host := self.site.department_site(source_url):
            found = self.voice.on_department_site(found, simple_title, body, host)
        found = _titled_department_kept(found, title)
        return renamings().dated(found, body, year, simple_title)

    def _locate(
        self, title: str, body: str, source_url: str | None, furniture: Sequence[str]
    ) -> tuple[Place, tuple[str, ...]]:
        """`body` is already simplified (locate converts it once)."""
        title = to_simplified(title)
        letter = body  # as sent: its addressee's party committee (中共明溪县委) names a place
        body = self.departments.without_addresses(body)
        body = self.departments.without_party_issuers(body)
        # the general office's publisher line, left in the text, names no reporter (regions.toml)
        body = self.site.office_publisher.sub(blank, body)
        context = f"{title}\n{body}"
        titled = self.resolver.title_place(self.departments.without_party_issuer(title), context)
        site = self._site_evidence(source_url, furniture)
        if named := (
            self.written.protected_area(title, letter, titled is not None)
            or self.township_places.in_title(title, context, site.hosts)
            or self._published_department(titled, title, site.publisher_names)
        ):
            return named
        if organ_voice := self._township_or_zone(title, body, titled, site):
            return organ_voice
        titled = titled or self._says_it_reports(body[:OPENING], context)
        if titled is not None:
            return titled
        signed = signature(body)
        if signed and (issuer := self.resolver.title_place(signed, context)):
            return issuer[0], (*issuer[1], "region from the signature above the date")
        clues = self.clues.read(title, body, site.host)
        clues = replace(clues, hosts=clues.hosts + site.owners)
        if clues.ministry:
            return Place(clues.ministry, Level.DEPARTMENT, None, None), ()
        # the addressee and a partner's or destination's place (赴安吉县学习) are no reporter
        opening = self.mentions.without_elsewhere(addressee_line().sub(blank, body[:OPENING]))
        # 围绕…福建省市场监管局关于…的工作部署,我局…: the superiors it follows, not the reporter
        opening = FOLLOWED_DECISIONS.sub(blank, opening)
        opening = self.site.office_publisher.sub(blank, opening)
        found = self.resolver.opening_place(opening, context)
        led = self._led_subject(opening, context, found)  # its own grammar says it reports
        led = led or self._stem_subject(opening, context, found)
        led = led or self._listed_committee(opening, context, found, clues)
        found = led or found
        zone = self.zone_places.subject(UNDER_SUPERIORS.sub(blank, opening))
        if titled_zone := self.zone_places.in_title(title):  # the title's name is the fuller one
            return self._titled_zone(titled_zone, context, clues)
        if zone and (found is None or found[2] > zone.end()):
            return self.zone_places.place(zone.group(1), context, clues.hosts)
        spoken = UNDER_SUPERIORS.sub(blank, opening)
        common = _SUBJECT_NAME.match(spoken, _prose_start(spoken))
        settled = self._common_word_subject(common.group(1), context) if common else None
        if common and settled and (found is None or found[2] >= common.end()):
            return settled
        if found is not None and (led is not None or self._fits(found[0], found[2], clues)):
            return self._opening_reporter(found, opening, context, clues)
        published = "\n".join(site.publisher_names)
        return self._zone_voice(context, clues) or self._from_the_whole_page(
            context, body, clues, published
        )

    def _site_evidence(self, source_url: str | None, furniture: Sequence[str]) -> _SiteEvidence:
        """The places the page's site names as its owner and its publisher lines' names."""
        return _SiteEvidence(
            host=self.site.host_divisions(source_url),
            owner_lines=self.site.site_owners(furniture),
            publishers=self.site.publishers(furniture),
            publisher_names=self.site.publisher_names(furniture),
            breadcrumbs=self.site.breadcrumb_places(furniture),
        )

    def _published_department(
        self, titled: tuple[Place, tuple[str, ...]] | None, title: str, published: Sequence[str]
    ) -> tuple[Place, tuple[str, ...]] | None:
        """The department a title writes by its level and a short name (市政务服务办2022年…),
        named in full by the page's publisher line (`published`, site_owner.py), when the title
        names no place of its own (`titled` None)."""
        department = None if titled else self.site.titled_department(title, published)
        return (department, (_PUBLISHED_DEPARTMENT,)) if department else None

    def _titled_zone(self, zone: str, context: str, clues: Clues) -> tuple[Place, tuple[str, ...]]:
        """A zone the title opens with, in the one city the page names (zone_places.py); else,
        when the title gives its own name (火炬高新区, not a bare 高新区: a kind alone names no
        zone), that name as written, in the one province the page's visits, slogans and cited
        documents name (视察广东), its city left empty: which city's is not the page's to say."""
        found = self.zone_places.place(zone, context, clues.hosts)
        vocabulary = self.resolver.vocabulary
        if found[0].province is not None or vocabulary.is_bare_zone(zone):
            return found
        evidence = clues.spoken_of + clues.slogans + clues.slogan_cities + clues.cited
        province, _ = self._common_parents(evidence, below=False)
        if province is None:
            return found
        return Place(vocabulary.zone_name(zone), Level.COUNTY, province, None), (_ZONE_IN_PROVINCE,)

    def _zone_voice(self, context: str, clues: Clues) -> tuple[Place, tuple[str, ...]] | None:
        """A page that speaks as a zone (新区党工委, 结合新区实际), not as a department: the
        zone (两江新区), never the municipality or city it names (zone_places.py)."""
        if clues.organ is not None or clues.self_word in ("局", "厅"):
            return None
        return self.zone_places.spoken(context, clues.hosts)

    def _says_it_reports(self, opening: str, context: str) -> tuple[Place, tuple[str, ...]] | None:
        """The department the opening says it reports on, by its full name and the year (现将
        西山区教育体育局2023年法治政府建设工作情况报告如下): a page names itself there."""
        said = _SAYS_IT_REPORTS.search(opening)
        found = self.resolver.title_place(said.group(1), context) if said else None
        if found is None or found[0].level != Level.DEPARTMENT:
            return None
        return found[0], (*found[1], _SAID_REPORTER)

    def _township_or_zone(
        self,
        title: str,
        body: str,
        titled: tuple[Place, tuple[str, ...]] | None,
        site: _SiteEvidence,
    ) -> tuple[Place, tuple[str, ...]] | None:
        """A township (全镇 … 宝城镇坚持…), a department of a division whose name is a common word
        (城中区应急管理局在…) or a functional zone the page names as its reporter
        (parsing/organs.py), unless the title names another; a zone by its own name whose city
        and province the page never names lies in the province whose service platform it names
        (江苏政务服务网), its city left empty: which city's is not the page's to say."""
        context = f"{title}\n{body}"
        if titled is None and (town := self.townships.reporter(body, self.resolver)):
            return self.township_places.place(town, context, site.hosts)
        if titled is None and (department := self._common_word_department(body, context)):
            return department
        own_zone = self.zones.reporter(title, body, self.resolver)
        if own_zone is None or (titled is not None and not self._zone_may_report(titled[0])):
            return None
        clues = self.clues.read(title, body, site.host)
        # a zone's city is weighed with the site's owner lines only, not its publisher lines
        clues = replace(clues, hosts=clues.hosts + site.owner_lines)
        city = self.zone_places.city(context, clues.hosts)
        found = self.zones.place(own_zone, city, self.resolver, context[:EVIDENCE])
        if found[0].province is not None or self.resolver.vocabulary.is_bare_zone(own_zone):
            return found
        province = self.zone_places.platform_province(context)
        if province is None:
            return found
        zone = self.resolver.vocabulary.zone_name(own_zone)
        return Place(zone, Level.COUNTY, province.name, None), (_ZONE_ON_PLATFORM,)

    def _zone_may_report(self, titled: Place) -> bool:
        """A zone the page names as its reporter outranks its title's place when that is only a
        province or a zone (zone_places.py), or a zone's governing body read as a department."""
        governing = titled.level == Level.DEPARTMENT and self.zones.governs(titled.region or "")
        return governing or self.zone_places.may_report(titled)

    def _from_the_whole_page(
        self, context: str, body: str, clues: Clues, published: str
    ) -> tuple[Place, tuple[str, ...]]:
        """The place the whole page names most, or its parents only, or none. `published`: the
        names of the page's publisher lines (信息来源:洪江市退役军人事务局), one a line."""
        division, warnings = self._weighed(context, clues)
        word = clues.self_word or ""
        bureau = division is None and word in ("局", "厅") and clues.organ is None
        written = (
            self.written.document_issuer(context[:EVIDENCE], word)
            or self.written.system_head(body, clues)
            if bureau
            else None
        )
        if written or (division is None and (written := self._issuing_organ(context, clues))):
            return written
        if division is None and (addressed := self._addressed_government(clues)):
            return addressed
        speaker = division if _bureau_voice(clues) else None
        if own := self._own_document(context, body, division, speaker):
            return own
        if division is None and (written := self.written.own_full_name(context[:EVIDENCE], clues)):
            return written
        if division is None and (branch := self.written.branch_office(context, clues)):
            return branch
        if division is None:  # the level the page speaks as is still known (全省, 我县, 我局)
            governs = clues.self_word in ("市", "县", "区", "旗", "州", "盟")
            # a bureau names its partners' places (川渝协作); a government rarely others'
            named = self.mentions.named_at_home(context[:EVIDENCE]) if governs else ()
            if governs and (issuer := self._issuer(context[:EVIDENCE], clues)):
                return self.resolver.place_of(issuer), (_ISSUED_PLACE,)
            level = _level_of(clues.self_word)
            parents = self._visited_parents(Place(None, level, None, None), clues, warnings, named)
            return self._city_bureau(parents, clues) or parents
        place = self.resolver.place_of(division)
        if clues.self_word in ("局", "厅"):
            organ = (
                clues.organ
                or self.written.own_name(division, context, clues.self_word)
                or self.mentions.system_head(body[:OPENING], body[:EVIDENCE], clues.self_word)
                or self.mentions.field_plan_head(body[:EVIDENCE], clues.self_word)
                or self.checks.field_department(division.name, body)  # 我厅 … 关于应急管理的…
                or self.checks.voiced_field_department(division.name, body, clues.self_word or "")
                # a bureau's page names its publisher as its place + its own name (信息来源:
                # 洪江市退役军人事务局) when its text writes only 我局
                or self.written.own_name(division, published, clues.self_word)
            )
            region = self.resolver.department(division.name, organ) if organ else None
            # a district's branch (龙华公安分局 in 深圳市) is named by its own yearly document
            # or not at all: its city's name before the page's form is no official name
            if organ and (district := self.written.district_branch(division, organ)):
                region = self.written.own_branch_document(context, division, organ, district)
                warnings += () if region else (_BRANCH_UNNAMED,)
            place = replace(place, region=region, level=Level.DEPARTMENT)
            warnings += () if organ else ("the department's own name not found",)
        return place, warnings

    def _own_document(
        self, context: str, body: str, division: Division | None, speaker: Division | None
    ) -> tuple[Place, tuple[str, ...]] | None:
        """The department that makes its own yearly document with no subject before the verb
        (written_departments.py), on a page that never speaks as a government (我区, 区政府坚持…)
        and whose places weighed name no other (余杭区 for 余杭区农业农村局)."""
        own = self.written.own_document(context[:EVIDENCE], speaker)
        if own is None or self.voice.speaks_as_government(body):
            return None
        region = own[0].region or ""
        return own if division is None or region.startswith(division.name) else None

    def _own_document_inside(
        self, place: Place, context: str, clues: Clues
    ) -> tuple[Place, tuple[str, ...]] | None:
        """A page speaking as 我局 only whose opening names its city (以及江门市和我区有关工作部署)
        but which makes its own yearly document as a district's department (制定《江门市新会区
        统计局2022年…》): that department (written_departments.py says when)."""
        if not _bureau_voice(clues) or place.level not in (Level.CITY, Level.PROVINCE):
            return None
        named = [d for d in self.resolver.full_names.get(place.region or "", ()) if d.current]
        if len(named) != 1:
            return None
        own = self.written.own_document(context[:EVIDENCE], named[0])
        region = own[0].region if own else ""
        return own if own and region and not region.startswith(named[0].name) else None

    def _issuing_organ(self, context: str, clues: Clues) -> tuple[Place, tuple[str, ...]] | None:
        """The page's subject, a department written by its place's level only (市人社局坚持…),
        as the issuer of a document titled with its full name (印发《武汉市人社局…通知》): the
        same department, its place of the level written."""
        if clues.organ is None or clues.self_word not in ("局", "厅"):
            return None
        issued = self.written.document_issuer(context[:EVIDENCE], clues.self_word)
        region = issued[0].region if issued else None
        place = region.removesuffix(clues.organ) if region else ""
        level = clues.organ_place or ""
        if not region or place == region or not (level and place.endswith(level)):
            return None
        return issued

    def _addressed_government(self, clues: Clues) -> tuple[Place, tuple[str, ...]] | None:
        """The department written by its place's level only (市市场监管局把握…) in a report
        addressed to one government (乳山市委、乳山市人民政府:) whose place is of that level: a
        department reports to its own government, so its place is that one (乳山市)."""
        level = clues.organ_place or ""
        if clues.organ is None or not level or "政府" not in clues.addressee:
            return None
        named = {d.code: d for names in self.resolver.named(clues.addressee) for d in names}
        if len(named) != 1 or not (own := next(iter(named.values()))).name.endswith(level):
            return None
        region = self.resolver.department(own.name, clues.organ)
        place = replace(self.resolver.place_of(own), region=region, level=Level.DEPARTMENT)
        return place, (_ADDRESSED_PLACE,)

    def _issuer(self, text: str, clues: Clues) -> Division | None:
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

    def _led_subject(self, opening: str, context: str, found: _Found | None) -> _Found | None:
        """The place the opening names as the subject led by its superiors (在市委、市政府的正确
        领导下,大余县始终坚持…) rather than the one named before it that lies above it (a line
        赣州市人民政府 above the text) or inside the clauses (在…泉州市政府法制办的具体指导下,
        安溪县认真…): the place above leads, the subject reports; or by its short name where the
        opening names no place in full (株洲深入…); else None."""
        if found is None:
            return self._led_short_name(opening)
        # the clauses that follow the place found or hold it: the subject comes after them
        clause = next((c for c in LEADERSHIP.finditer(opening) if c.end() > found[2]), None)
        if clause is None:
            return None
        rest = opening[clause.end() :]
        led = self.resolver.opening_place(rest, context)
        lead = len(rest) - len(rest.lstrip(" \t\n,，"))
        if led is None or led[2] != lead or not _SUBJECT_AFTER.match(rest, led[3]):
            return None
        above, below = found[0], led[0]
        inside = (above.level == Level.PROVINCE and below.province == above.region) or (
            above.level == Level.CITY and below.city == above.region
        )
        if not inside or below.level in (above.level, None) or below.region == above.region:
            return None
        return below, led[1], clause.end() + led[2], clause.end() + led[3]

    def _led_short_name(self, opening: str) -> _Found | None:
        """A prefecture by its short name as the subject led by its superiors (在省委、省人民政府
        的坚强领导下,株洲深入贯彻…), when the opening names no place in full."""
        match = _LED_SHORT.search(opening)
        full = self.resolver.city_full_name(match.group("name")) if match else None
        divisions = [d for d in self.resolver.full_names.get(full or "", ()) if d.current]
        if match is None or len(divisions) != 1:
            return None
        place = self.resolver.place_of(divisions[0])
        return place, (_LED_SHORT_NAME,), match.start("name"), match.end("name")

    def _stem_subject(self, opening: str, context: str, found: _Found | None) -> _Found | None:
        """A county (a county-level city) as the opening's first subject by its name without its
        suffix (2023 年,邹城坚持…), when that name is one division's alone, the page writes its
        full name too (中共邹城市委) and any place found first lies above it (济宁市, the city it
        represents): the place above is named for the county's work, the county reports."""
        match = _STEM_SUBJECT.match(opening)
        division = self.resolver.stems.get(match.group("name")) if match else None
        if match is None or division is None or division.level != Level.COUNTY:
            return None
        place = self.resolver.place_of(division)
        above = found is None or (
            found[0].level in (Level.CITY, Level.PROVINCE)
            and found[0].region in (place.city, place.province)
        )
        if not above or division.name not in context:
            return None
        return place, (_STEM_NAME,), match.start("name"), match.end("name")

    def _listed_committee(
        self, opening: str, context: str, found: _Found | None, clues: Clues
    ) -> _Found | None:
        """The deepest of the party committees one clause of the opening lists, each inside the
        one before (紧扣省委"1310"具体部署、云浮市委"365"…体系和罗定市委聚力实施"六大行动"), on a
        government's page (全市, 我县) whose first place is one of them: superiors' programmes
        first, its own committee's last. Only when every place the clause names is such a
        committee, they are nested, and the deepest fits the page's level word; partners and
        destinations are blanked from the opening before (passing_mentions.py)."""
        word = clues.self_word or ""
        if found is None or clues.organ is not None or word not in ("市", "县", "区", "旗"):
            return None
        clause = next(
            (c for c in _CLAUSE.finditer(opening) if c.start() <= found[2] < c.end()), None
        )
        listed = self._places_in(opening[: clause.end()], clause.start(), context) if clause else []
        if len(listed) < 2 or listed[0][2] != found[2]:
            return None
        committees = all(_COMMITTEE_AFTER.match(opening, item[3]) for item in listed)
        joined = all(_LIST_JOIN.search(opening, 0, item[2]) for item in listed[1:])
        nested = all(_inside_place(b[0], a[0]) for a, b in pairwise(listed))
        deepest = listed[-1]
        divisions = [
            d for d in self.resolver.full_names.get(deepest[0].region or "", ()) if d.current
        ]
        fits = len(divisions) == 1 and level_fits(divisions[0], word)
        if not (committees and joined and nested and fits):
            return None
        return deepest[0], (*deepest[1], _LISTED_COMMITTEE), deepest[2], deepest[3]

    def _places_in(self, text: str, start: int, context: str) -> list[_Found]:
        """Every place `text` names from `start` on, where each stands in `text`."""
        places: list[_Found] = []
        while (found := self.resolver.opening_place(text[start:], context)) is not None:
            places.append((found[0], found[1], start + found[2], start + found[3]))
            start += found[3]
        return places

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
        if not named:
            return self._sole_common_word_division(name, context)
        if len(named) != 1:
            return None
        place = self.resolver.place_of(next(iter(named.values())))
        return place, ("region's city settled by the places the page names",)

    def _sole_common_word_division(
        self, name: str, context: str
    ) -> tuple[Place, tuple[str, ...]] | None:
        """The one current division of a common word's name (城东区: 西宁's alone), as the
        subject of a page that speaks as a government of its kind (区委…全会, 全区): a name two
        divisions bear (城中区) waits for its city named; a page that never speaks as a 区 may
        mean an area (城东区 of a town), so it needs its own voice too."""
        current = [d for d in self.resolver.full_names.get(name, ()) if d.current]
        kind = name[-1]
        if len(current) != 1 or not (f"{kind}委" in context or f"全{kind}" in context):
            return None
        place = self.resolver.place_of(current[0])
        return place, ("the division list's only division of this name, speaking as one",)

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

    def _opening_department(self, opening: str, place: Place, start: int, end: int) -> str | None:
        """The department named right after the opening's first place (`start`, `end`), unless
        a founding verb comes before them (组织成立莆田市行政复议咨询委员会: a body it sets up)."""
        organ = self._department(opening[self.departments.start(opening, end) :], place)
        if organ and self.departments.founded(opening, start, organ):
            return None
        return organ

    def _department(self, tail: str, place: Place) -> str | None:
        """A department's name right after a place name: 司法局, 人民政府办公室, 卫生健康委, or
        a branch of it named for a division inside that place (生态环境局岳阳县分局)."""
        if official := self.departments.at(tail):
            places = [d for d in self.resolver.full_names.get(place.region or "", ()) if d.current]
            return official + self.resolver.branch(places, tail[len(official) :])
        match = re.match(rf"(?:人民政府|政府)?[\u4e00-\u9fff]{{0,8}}?{self.organ_end}", tail)
        if match is None or organ_name(match.group()) is None:
            return None
        return match.group()

    def _fits(self, place: Place, start: int, clues: Clues) -> bool:
        """A place the opening names first is the reporter unless the page speaks as another level.

        `全市16个区…徐汇区…` names a district after the page spoke as the city: not the reporter.
        """
        if start < clues.self_at or clues.self_word is None:
            return True
        if clues.self_word in ("局", "厅"):
            return clues.organ is None  # `我局…`: the place named first is the department's
        return place.level == NATURAL_LEVEL[clues.self_word]

    def _opening_reporter(
        self, found: _Found, opening: str, context: str, clues: Clues
    ) -> tuple[Place, tuple[str, ...]]:
        """The place the opening names as the reporter, or its department (_as_reporter), or a
        department inside it that makes its own yearly document (_own_document_inside)."""
        place, warnings, start, end = found
        organ = self._opening_department(opening, place, start, end)
        if organ is None and (own := self._own_document_inside(place, context, clues)):
            return own
        return self._as_reporter(place, clues, organ), warnings

    def _as_reporter(self, place: Place, clues: Clues, organ: str | None) -> Place:
        """The place, or its department when the opening's subject is one (东莞市司法局坚持…)."""
        if organ:
            region = self.resolver.department(place.region or "", organ)
            return replace(place, region=region, level=Level.DEPARTMENT)
        if clues.self_word in ("局", "厅") and place.level != Level.DEPARTMENT:
            return replace(place, level=Level.DEPARTMENT)
        return place

    def _weighed(self, context: str, clues: Clues) -> tuple[Division | None, tuple[str, ...]]:
        """The place the whole page names most (itself or inside it), at the level it speaks as."""
        parents = [d for names in self.resolver.named(clues.addressee) for d in names]
        counts: Counter[str] = Counter()
        named: set[Division] = set()  # every current place credited, of any level
        slogans = [(d,) for d in clues.slogans]
        # a partner or destination (与保定市建立…机制, 赴安吉县学习, 对口支援…) is another's place
        at_home = self.mentions.without_elsewhere(context[:EVIDENCE])
        named_on_page = [*self.resolver.named(at_home), *slogans]
        settled = _settled_shared_names(named_on_page)
        for names in settled:
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
            host, warnings = self._from_host(clues, parents)
            return host, warnings + (_unsettled(named_on_page, settled) if not host else ())
        return self.resolver.by_code[ranked[0][0]], (
            "region inferred from the places the page names",
        )

    def _sole_fits(self, division: Division, clues: Clues) -> bool:
        if clues.self_word == "厅":
            return division.level == Level.PROVINCE
        # 区应急管理局: a department whose place is written as 区 is a district's
        word = clues.organ_place if clues.self_word == "局" else clues.self_word
        if word == "市" and clues.addressee_level == Level.PROVINCE:
            # 我市 reporting to 省政府 is a prefecture, unless the province governs county-level
            # cities directly (海南's 琼海市, 湖北's 仙桃市: code xx90…)
            return division.level == Level.CITY and not self._governs_cities_directly(division)
        natural = NATURAL_LEVEL.get(word or "")
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
            for names in self.resolver.named_in_full(context[:EVIDENCE])
            if len({d.code for d in names}) == 1
        )
        return short in context or any(division.contains(d) for d in inside)

    def _credited(self, division: Division, clues: Clues) -> tuple[Division, ...]:
        """A named place is evidence for itself and, for a government, for the places around it."""
        if clues.self_word in ("局", "厅"):
            return (division,)
        return self.resolver.ancestors(division)

    def _could_be(self, division: Division, clues: Clues, parents: list[Division]) -> bool:
        """Whether `division` could be the reporter, given how the page speaks of itself."""
        if not self._still_reporting(division) or not _inside(division, parents):
            return False
        if clues.self_word == "厅":
            return division.level == Level.PROVINCE
        if clues.self_word == "局":
            addressed = clues.addressee_level is None or division.level == clues.addressee_level
            return addressed and (
                clues.organ_place is None or level_fits(division, clues.organ_place)
            )
        return clues.self_word is not None and level_fits(division, clues.self_word)

    def _still_reporting(self, division: Division) -> bool:
        """A current division, or a municipality's district the current list leaves out under a
        code no other name took (重庆's 江北区, counted into 两江新区 by the statistics): it still
        governs, and lies in no city that may have changed since."""
        if division.current:
            return True
        dropped = self.resolver.by_code.get(division.code) == division
        return dropped and division.level == Level.COUNTY and is_municipality(division)

    def _from_host(
        self, clues: Clues, parents: list[Division]
    ) -> tuple[Division | None, tuple[str, ...]]:
        # one place, however often the address and the owner lines name it; the province the
        # page names decides between the site's places before their level does (hainan spells
        # 海南省 and 青海's 海南州: a 我市 page citing 《海南省…》 is none of 青海's)
        hosts = self._in_named_province(list({d.code: d for d in clues.hosts}.values()), clues)
        fitting = [d for d in hosts if self._could_be(d, clues, parents)]
        if len(fitting) == 1 and len(self._provinces(hosts)) > 1:
            return None, (NOT_FOUND, _HOST_UNDECIDED.format(", ".join(d.name for d in hosts)))
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
        return None, (NOT_FOUND,)

    def _in_named_province(self, hosts: list[Division], clues: Clues) -> list[Division]:
        """Of the places a host spells alike (qingcheng: 清城区, 庆城县), those inside the one
        province the page's documents' numbers and cited titles all lie in (粤府法治办〔2016〕7号,
        《广东省…规定》); all of them when those name none or several."""
        evidence = clues.documents + clues.cited
        province = sole(self.resolver.place_of(d).province for d in evidence)
        if len(self._provinces(hosts)) < 2 or province is None:
            return hosts
        return [d for d in hosts if self.resolver.place_of(d).province == province]

    def _provinces(self, divisions: list[Division]) -> set[str]:
        return {self.resolver.place_of(d).province or "" for d in divisions}

    def _visited_parents(
        self, unknown: Place, clues: Clues, warnings: tuple[str, ...], named: tuple[Division, ...]
    ) -> tuple[Place, tuple[str, ...]]:
        """An unknown reporter's province, and city below province level, when the leader's
        visits or words the page cites (考察江西, 在盐城考察时), its slogans (法治浙江, 法治岳阳 for
        岳阳市 and 岳阳县, both in 岳阳市) and the
        documents it cites (《广东省…纲要》) all lie in one; or its city, when those and every
        place a government's page names in full (`named`: 平度市 on a 我市 page) lie in one."""
        evidence = clues.spoken_of + clues.slogans + clues.slogan_cities + clues.cited
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
        if self._municipal_voice(unknown, clues, evidence + named, province):
            kept = tuple(w for w in warnings if w != NOT_FOUND)
            municipality = replace(unknown, region=province, level=Level.PROVINCE)
            return replace(municipality, province=province), (*kept, _MUNICIPAL_VOICE)
        region = province if unknown.level == Level.PROVINCE else None  # 我省: the province
        if city and unknown.level == Level.CITY and clues.self_word == "市" and clues.prefecture:
            region, note = city, _PREFECTURE_VOICE  # 我市 … 各县(市、区): no county-level city
        return replace(unknown, region=region, province=province, city=city), (*warnings, note)

    @staticmethod
    def _municipal_voice(
        unknown: Place, clues: Clues, evidence: tuple[Division, ...], province: str
    ) -> bool:
        """A page speaking as a 市 government (全市, 市政府, 我市; no 我局, no department as its
        subject) whose province is 北京/天津/上海/重庆: the municipality itself, at province
        level, for it has no city below it that could say 我市 (its districts say 区委, its
        counties 县委, its departments 我局/我委)."""
        if unknown.level != Level.CITY or clues.self_word != "市" or clues.organ is not None:
            return False
        homes = [d for d in evidence if d.level == Level.PROVINCE and d.name == province]
        return bool(homes) and is_municipality(homes[0])

    def _city_bureau(
        self, found: tuple[Place, tuple[str, ...]], clues: Clues
    ) -> tuple[Place, tuple[str, ...]] | None:
        """A department written by its city's level only (市退役军人事务局认真…) whose city the
        page's slogans or cited titles settle, when that city is itself among them (法治岳阳 for
        岳阳市, 《三门峡市…》), not only their parent: the city's department. Never when they
        name a county-level city, which writes its own bureaus as 市XX局 too (汨罗市)."""
        place, warnings = found
        if not (clues.organ and clues.organ_place == "市" and place.region is None):
            return None
        evidence = clues.slogans + clues.slogan_cities + clues.cited
        if any(d.level == Level.COUNTY and d.name.endswith("市") for d in evidence):
            return None
        # a municipality (上海市) has no city below it: its 市XX局 is its own, when named so too
        city = place.city or _named_municipality(place.province, evidence)
        if city is None or not any(d.name == city for d in evidence):
            return None
        region = self.resolver.department(city, clues.organ)
        kept = tuple(w for w in warnings if w != NOT_FOUND)
        return replace(place, region=region, level=Level.DEPARTMENT), (*kept, _CITY_BUREAU)

    def _common_parents(
        self, divisions: tuple[Division, ...], below: bool
    ) -> tuple[str | None, str | None]:
        """The one province all `divisions` lie in, and (`below` province level) the one city."""
        places = [self.resolver.place_of(d) for d in divisions]
        province = sole(p.province for p in places)
        if province is None or not below:
            return province, None
        return province, sole(p.city for p in places if p.city)


def _settled_shared_names(named: list[tuple[Division, ...]]) -> list[tuple[Division, ...]]:
    """Each name's divisions, a name a province shares with a division of another province
    (海南: 海南省 and 青海's 海南藏族自治州) settled by the provinces the page's other names lie
    in (琼海市, 海南省 in full): the divisions of it in the one such province, else none (the
    name then counts for no place: the level the page speaks as would pick the prefecture)."""
    homes = {c[0].province_code for c in named if c and len(_province_codes(c)) == 1}
    above = _named_above(named)
    return [_in_one_home(names, homes) if _shared_with_a_province(names)
            else _under_named(names, above) if _shared_by_places(names)
            else names
            for names in named]  # fmt: skip


def _named_above(named: list[tuple[Division, ...]]) -> set[str]:
    """The codes of the provinces and cities (municipalities) the page names without doubt:
    a name of one division only."""
    return {
        c[0].code
        for c in named
        if c and len({d.code for d in c}) == 1 and c[0].level in (Level.PROVINCE, Level.CITY)
    }


def _shared_by_places(names: tuple[Division, ...]) -> bool:
    """A name of places in several provinces (江北区: 重庆's and 宁波's, even when the list keeps
    one as former), or of current places in several cities of one province."""
    current_cities = {d.prefecture_code for d in names if d.current}
    return len(_province_codes(names)) > 1 or len(current_cities) > 1


def _under_named(names: tuple[Division, ...], above: set[str]) -> tuple[Division, ...]:
    """A shared name (江北区, 和平区, 普陀区) settled only by its own province or city named on
    the page (《重庆市…方案》 for 重庆's 江北区): the divisions of the one place so settled,
    else none (the name then counts for no place, and a warning says why)."""
    kept = tuple(d for d in names if d.province_code in above or d.prefecture_code in above)
    return kept if kept and not _shared_by_places(kept) else ()


def _unsettled(
    named: list[tuple[Division, ...]], settled: list[tuple[Division, ...]]
) -> tuple[str, ...]:
    """The warning for the shared names `_settled_shared_names` counted for no place."""
    dropped = {
        d.name for names, kept in zip(named, settled, strict=True) if not kept for d in names
    }
    return (_SHARED_NAME.format("/".join(sorted(dropped))),) if dropped else ()


def _shared_with_a_province(names: tuple[Division, ...]) -> bool:
    return len(_province_codes(names)) > 1 and any(d.level == Level.PROVINCE for d in names)


def _in_one_home(names: tuple[Division, ...], homes: set[str]) -> tuple[Division, ...]:
    kept = tuple(d for d in names if d.province_code in homes)
    return kept if len(_province_codes(kept)) == 1 else ()


def _province_codes(names: tuple[Division, ...]) -> set[str]:
    return {d.province_code for d in names}


def _titled_department_kept(
    found: tuple[Place, tuple[str, ...]], title: str
) -> tuple[Place, tuple[str, ...]]:
    """A title that opens with a department written by its level (市政务服务办2022年…) is that
    department's report, never its government's: a government found stays only as the
    department's parents, its name unknown."""
    place, warnings = found
    governments = (Level.PROVINCE, Level.CITY, Level.COUNTY)
    if place.level not in governments or short_titled_department(title) is None:
        return found
    department = Place(None, Level.DEPARTMENT, place.province, place.city)
    return department, (*warnings, _SHORT_TITLED_DEPARTMENT)


def _prose_start(opening: str) -> int:
    """Where the opening's first line of prose starts (0 when no line reads as prose)."""
    line = _PROSE_LINE.search(opening)
    return line.start() if line else 0


def _named_municipality(province: str | None, evidence: tuple[Division, ...]) -> str | None:
    """The municipality (北京/天津/上海/重庆) among `evidence` that is `province`, if any."""
    homes = [d for d in evidence if d.level == Level.PROVINCE and d.name == province]
    return province if homes and is_municipality(homes[0]) else None


def _bureau_voice(clues: Clues) -> bool:
    """The page speaks as a bureau by 我局 / 我厅 alone, naming no department as its subject."""
    return clues.self_word in ("局", "厅") and clues.organ is None


def _level_of(self_word: str | None) -> Level:
    if self_word in ("局", "厅"):
        return Level.DEPARTMENT
    return NATURAL_LEVEL.get(self_word or "", Level.OTHER)


def _inside_place(below: Place, above: Place) -> bool:
    """Whether `below` lies inside `above`, a province or a city, and is not it."""
    if below.region == above.region or below.level == above.level:
        return False
    if above.level == Level.PROVINCE:
        return below.province == above.region
    return above.level == Level.CITY and below.city == above.region


def _inside(division: Division, parents: list[Division]) -> bool:
    """Inside one of the addressee's divisions, when the addressee names any."""
    return not parents or any(p.contains(division) or p.code == division.code for p in parents)
