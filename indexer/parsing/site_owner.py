"""The page's owner as its site shows it: the organiser lines of the page's furniture
(主办单位:厦门市湖里区人民政府办公室), its publisher lines (信息来源:辰溪县小龙门乡) and the host of
its address (xinmi.gov.cn, ahshitai.gov.cn). parsing/evidence.py weighs these places with the
page's own words; alone they settle little (a city's portal hosts its counties' pages).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from indexer.models import Level, Place
from indexer.normalize import to_simplified
from indexer.parsing.reporter_grammar import (
    SHORT_KIND_ENDS,
    publisher_label,
    spells,
    titled_department,
)
from indexer.regions import Division, RegionResolver
from indexer.resources import load_csv, load_toml

_SITE_OWNER = re.compile(r"主办|承办|主管单位|版权所有|网站标识码")
_BREADCRUMB_STEP = re.compile(r"\s*[>»›]\s*")  # 首页 > 政务公开 > …
# An owner line's other parts name who runs or hosts the site for the owner, not the owner
# (运行维护:平顶山市电子政务外网运维中心 on a county-level city's site): they are cut off.
_SITE_KEEPER = re.compile(
    r"(?:运行维护|运维单位|维护单位|技术支持|技术维护|网站维护|建设维护)\s*[:：]\s*\S*"
)
# A title whose subject is a department written by its place's level and a short name, before
# its year or 关于 (市政务服务办2022年…, 区司法局关于…): group 1 the level, group 2 the name.
# Its name ends in a kind a short name writes by one character (SHORT_KIND_ENDS: 办 局 委 厅).
_SHORT_KINDS = f"[{''.join(SHORT_KIND_ENDS)}]"
_TITLED_DEPARTMENT = re.compile(rf"\s*{titled_department(_SHORT_KINDS)}")


@dataclass(frozen=True, slots=True)
class SiteOwner:
    """Places the site names as the page's owner: furniture lines and the URL's host."""

    resolver: RegionResolver
    by_pinyin: Mapping[str, tuple[Division, ...]]
    host_stop_labels: frozenset[str]
    department_labels: frozenset[str]  # gaj, wjw: a host label naming a department's own site
    government_domains: tuple[str, ...]  # gov.cn: only a government's host names its owner
    portals: tuple[tuple[str, Division], ...]  # (sz.gov.cn, 深圳市): domains of initials
    province_initials: Mapping[str, Division]  # ah -> 安徽省, before a county's pinyin: ahshitai
    # 来源:上海市闵行区人民政府办公室: the general office publishing its government's page
    office_publisher: re.Pattern[str]
    publisher: re.Pattern[str]  # 信息来源:辰溪县小龙门乡: group 1 the publisher

    @classmethod
    def from_data(cls, resolver: RegionResolver) -> SiteOwner:
        config = load_toml("regions.toml")["reporter"]
        pinyin: dict[str, tuple[Division, ...]] = {}
        for row in load_csv("division_pinyin.csv"):
            division = resolver.by_code[row["code"]]
            pinyin[row["pinyin"]] = (*pinyin.get(row["pinyin"], ()), division)
        return cls(
            resolver=resolver,
            by_pinyin=pinyin,
            host_stop_labels=frozenset(config["host_stop_labels"]),
            department_labels=frozenset(config["department_site_labels"]),
            government_domains=tuple(config["government_domains"]),
            portals=tuple(
                (domain, _only(resolver.full_names[name]))
                for domain, name in config["portal_domains"].items()
            ),
            province_initials={
                initials: _only(resolver.full_names[name])
                for initials, name in config["province_initials"].items()
            },
            # the label after a colon or in brackets ([ 发布机构 ] 开州区政府办公室)
            office_publisher=re.compile(
                rf"{publisher_label()}\s*(?:[:：]|[\]】]\s*)[^\n:：\[【]*?"
                rf"(?:{'|'.join(config['general_offices'])})[^\n]*"
            ),
            # …or in a table's next cell: 发布机构: | 沙坪坝区土湾街道 |
            publisher=re.compile(rf"{publisher_label()}\s*[:：]\s*[|｜]?\s*([\u4e00-\u9fff]+)"),
        )

    def site_owners(self, furniture: Sequence[str]) -> tuple[Division, ...]:
        """Places named by the site's organiser lines (主办单位:厦门市湖里区人民政府办公室)."""
        owners = [
            _SITE_KEEPER.sub(" ", to_simplified(line))
            for line in furniture
            if _SITE_OWNER.search(line)
        ]
        return tuple(d for line in owners for names in self.resolver.named(line) for d in names)

    def breadcrumb_places(self, furniture: Sequence[str]) -> tuple[Division, ...]:
        """Places a breadcrumb line's steps name (首页 > 陆河县河田镇 > 政务公开, 首页 > 海丰县人民
        政府门户网站 > 专题专栏): the site's sections, its owner's and its townships' columns."""
        paths = (_BREADCRUMB_STEP.split(to_simplified(line)) for line in furniture)
        steps = (step for path in paths if len(path) > 2 for step in path)
        return tuple(d for step in steps for names in self.resolver.named(step) for d in names)

    def publishers(self, furniture: Sequence[str]) -> tuple[Division, ...]:
        """Places named by the page's publisher lines (来源:炉霍县人民政府, 信息来源:辰溪县
        小龙门乡, a table's cell: 发布机构: | 沙坪坝区土湾街道 |): a page names its own place there
        (a township's, its county) when its text names none."""
        found = self.publisher_names(furniture)
        return tuple(d for name in found for names in self.resolver.named(name) for d in names)

    def publisher_names(self, furniture: Sequence[str]) -> tuple[str, ...]:
        """The names the page's publisher lines give (信息来源:洪江市退役军人事务局 -> 洪江市退役
        军人事务局), simplified."""
        lines = (to_simplified(line) for line in furniture)
        return tuple(m.group(1) for line in lines for m in self.publisher.finditer(line))

    def titled_department(self, title: str, published: Sequence[str]) -> Place | None:
        """The department a publisher line names in full (来源:天津市人民政府政务服务办公室)
        when the title writes it by its place's level and a short name (市政务服务办2022年…):
        a place of that level, then a name the short one's characters spell in order.
        `published`: the page's publisher lines' names (publisher_names)."""
        titled = short_titled_department(title)
        if titled is None:
            return None
        level, short = titled
        for name in published:
            government = self.resolver.opening_place(name, "")
            if government is None or government[2] != 0:
                continue
            organ = name[government[3] :]
            region = government[0].region or ""
            if region.endswith(level) and spells(short, organ):
                found = self.resolver.title_place(name, "")
                department = found[0] if found else None
                return department if department and department.level == Level.DEPARTMENT else None
        return None

    def host_divisions(self, source_url: str | None) -> tuple[Division, ...]:
        """The places a government site's host spells (xinmi.gov.cn: 新密市). Another site's
        host names its own channel, not the page's owner: wuhan.baogaosu.com reposts 鄂州's and
        黄石's reports, z.hangzhou.com.cn is a newspaper's; no place is read from it."""
        host = self._government_host(source_url)
        if host is None:
            return ()
        labels = [w for w in re.split(r"[.-]", host) if w not in self.host_stop_labels]
        portals = tuple(d for domain, d in self.portals if f".{host}".endswith(f".{domain}"))
        return portals + tuple(d for label in labels for d in self._host_label(label))

    def department_site(self, source_url: str | None) -> str | None:
        """The host, when the page lies on a department's own government site (gaj.putian.gov.cn,
        wjw.sz.gov.cn: a label of data/regions.toml department_site_labels)."""
        host = self._government_host(source_url)
        labels = set(re.split(r"[.-]", host)) if host else set()
        return host if labels & self.department_labels else None

    def _government_host(self, source_url: str | None) -> str | None:
        """The address's host in lower case, when it is a government site's (gov.cn)."""
        host = urlsplit(source_url).hostname if source_url else None
        # a label's stray punctuation (www.yuelu.gov.cn。 copied from a page) is no part of it
        host = re.sub(r"[^a-z0-9.-]", "", host.lower()) if host else None
        governs = host and any(host == d or host.endswith(f".{d}") for d in self.government_domains)
        return host if governs else None

    def _host_label(self, label: str) -> tuple[Division, ...]:
        """The divisions a host label spells: a place's pinyin (xinmi), or its province's
        initials before the pinyin of one place inside it (ahshitai: 安徽 + 石台县)."""
        if label in self.by_pinyin:
            return self.by_pinyin[label]
        province = self.province_initials.get(label[:2])
        inside = [d for d in self.by_pinyin.get(label[2:], ()) if province and province.contains(d)]
        return tuple(inside) if len(inside) == 1 else ()


def short_titled_department(title: str) -> tuple[str, str] | None:
    """(level, short name) of the department a title opens with, written by its place's level
    and a short name, no place (市政务服务办2022年…: 市, 政务服务办); never a government's
    office (市政府办) nor a party committee's (委…)."""
    titled = _TITLED_DEPARTMENT.match(to_simplified(title))
    if titled is None or "政府" in titled.group(2) or titled.group(2).startswith("委"):
        return None
    return titled.group(1), titled.group(2)


def _only(divisions: tuple[Division, ...]) -> Division:
    """The one current division of a name a data file gives (a portal's owner)."""
    current = [d for d in divisions if d.current]
    if len(current) != 1:
        raise ValueError(f"not one current division: {divisions}")
    return current[0]
