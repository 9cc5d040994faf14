"""The places a page's site names as its owner (parsing/site_owner.py): its address's host."""

from __future__ import annotations

import pytest

from indexer.parsing.site_owner import SiteOwner, short_titled_department
from indexer.regions import RegionResolver


@pytest.fixture(scope="module")
def site() -> SiteOwner:
    return SiteOwner.from_data(RegionResolver.from_data())


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://sfj.sh.gov.cn/xxgk/a.html", ("上海市",)),  # a portal of initials, not pinyin
        ("http://www.sz.gov.cn/cn/a.html", ("深圳市",)),
        ("http://www.tjbh.gov.cn/a.html", ("滨海新区",)),
        ("http://www.xinmi.gov.cn/a.html", ("新密市",)),  # pinyin, as before
        ("http://www.hsz.gov.cn/a.html", ()),  # not under sz.gov.cn
        ("http://www.sdningjin.gov.cn/a.html", ("宁津县",)),  # 山东 + ningjin
        ("http://www.ahhuoshan.gov.cn/a.html", ("霍山县",)),  # 安徽 + huoshan
        ("http://www.zjningjin.gov.cn/a.html", ()),  # no ningjin inside 浙江
        ("http://www.hbxinmi.gov.cn/a.html", ()),  # hb: 河北 or 湖北
        ("http://www.yuelu.gov.cn。/a.html", ("岳麓区",)),  # stray punctuation after the host
    ],
)
def test_portal_domains_name_their_owner(site, url, expected):
    assert tuple(d.name for d in site.host_divisions(url)) == expected


@pytest.mark.parametrize(
    ("furniture", "expected"),
    [
        (["信息来源:辰溪县小龙门乡"], ("辰溪县",)),
        # a table's next cell holds the publisher
        (["发布机构: | 沙坪坝区土湾街道 | 生成日期: | 2025-03-07 |"], ("沙坪坝区",)),
        (["发布机构：｜ 沙坪坝区土湾街道 ｜"], ("沙坪坝区",)),
        # an empty cell names nothing; the cell after it is another field's
        (["发布机构: | | 所属区县: | 沙坪坝区 |"], ()),
        (["生成日期: | 沙坪坝区 |"], ()),  # no publisher's label
        (["发布日期:2023-02-28    发布者:潼关县人民政府"], ("潼关县",)),  # 发布者 labels one too
        (["发布日期:2023-02-28    作者:潼关县人民政府"], ()),  # an author is no publisher
    ],
    ids=[
        "after-its-label",
        "in-the-next-cell",
        "full-width-bars",
        "empty-cell",
        "other-label",
        "its-publisher-person",
        "an-author",
    ],
)
def test_publisher_lines_name_the_page_s_place(site, furniture, expected):
    assert tuple(d.name for d in site.publishers(furniture)) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://www.xinmi.gov.cn/a.html", ("新密市",)),
        ("http://gov.cn/a.html", ()),  # the domain itself names no place
        # a repost site's local channel carries other cities' reports (鄂州's, 黄石's)
        ("https://wuhan.baogaosu.com/xinwen/43087050", ()),
        ("http://lanzhou.baogaosu.com/xinwen/30680328/", ()),
        ("http://dalian.runsky.com/a.html", ()),  # a newspaper's site
        ("http://z.hangzhou.com.cn/a.html", ()),
        ("http://shandong.chinagdp.org/a.html", ()),
        ("http://xinmi.gov.cn.example.com/a.html", ()),  # gov.cn inside another's domain
    ],
)
def test_only_a_government_host_names_the_owner(site, url, expected):
    assert tuple(d.name for d in site.host_divisions(url)) == expected


@pytest.mark.parametrize(
    ("line", "office"),
    [
        ("来源:上海市闵行区人民政府办公室", True),
        # the label in brackets, as an information block prints it
        ("[ 发布机构 ] 开州区政府办公室 [ 主题分类 ] 其他", True),
        ("【发布机构】开州区政府办公室", True),
        ("[ 发布机构 ] 开州区教育委员会 [ 主题分类 ] 其他", False),  # a department's own line
        ("[ 发布机构 ] [ 主题分类 ] 政府办公室", False),  # another field's cell
        ("开州区政府办公室", False),  # no publisher's label
    ],
)
def test_the_general_office_s_publisher_line(site, line, office):
    assert (site.office_publisher.search(line) is not None) is office


@pytest.mark.parametrize(
    ("furniture", "expected"),
    [
        (["发布时间:2024-02-05 09:19 信息来源:洪江市退役军人事务局"], ("洪江市退役军人事务局",)),
        (["來源:廣東省公安廳"], ("广东省公安厅",)),  # simplified
        (["生成日期: | 洪江市退役军人事务局 |"], ()),  # no publisher's label
    ],
    ids=["information-source", "traditional-characters", "other-label"],
)
def test_publisher_names_are_the_lines_names(site, furniture, expected):
    assert site.publisher_names(furniture) == expected


@pytest.mark.parametrize(
    ("title", "furniture", "expected"),
    [
        # a department by its level and a short name; its publisher line in full
        (
            "市政务服务办2022年法治政府建设情况报告",
            ["来源:天津市人民政府政务服务办公室 发布时间:2023-03-14 15:35"],
            ("天津市人民政府政务服务办公室", "天津市"),
        ),
        (
            "区司法局关于2023年法治政府建设情况的报告",
            ["信息来源:黄浦区司法局"],
            ("黄浦区司法局", "上海市"),
        ),
        # the publisher's place is of another level (县 for 市)
        ("市司法局2023年法治政府建设情况报告", ["信息来源:宁乡县司法局"], None),
        # the publisher is another department: 司法局 is not spelt by 人民政府办公室
        ("市司法局2023年法治政府建设情况报告", ["来源:天津市人民政府办公厅"], None),
        # the publisher is a government, not a department
        ("市政务服务办2022年法治政府建设情况报告", ["来源:天津市人民政府"], None),
        # the title names the government (市政府2023年…), not a department
        ("市政府2023年法治政府建设情况报告", ["来源:天津市人民政府办公厅"], None),
        # the title names no department written short
        ("天津市2023年法治政府建设情况报告", ["来源:天津市司法局"], None),
        # no publisher line
        ("市政务服务办2022年法治政府建设情况报告", ["发布时间:2023-03-14"], None),
    ],
    ids=[
        "office-in-full",
        "district-bureau",
        "other-level",
        "other-department",
        "government-publisher",
        "government-title",
        "placed-title",
        "no-publisher",
    ],
)
def test_a_title_s_short_department_is_its_publisher_s(site, title, furniture, expected):
    found = site.titled_department(title, site.publisher_names(furniture))
    assert (None if found is None else (found.region, found.province)) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("市政务服务办2022年法治政府建设情况报告", ("市", "政务服务办")),
        ("区司法局关于2023年法治政府建设情况的报告", ("区", "司法局")),
        ("县应急局 2023年度法治政府建设工作报告", ("县", "应急局")),
        ("市政府办2023年法治政府建设情况报告", None),  # the government's own office
        ("市委依法治市办2023年工作总结", None),  # a party committee's
        ("天津市司法局2023年法治政府建设情况报告", None),  # its place written
        ("市2023年法治政府建设情况报告", None),  # no department
    ],
    ids=["office", "bureau-before-guanyu", "space-before-year", "government-office",
         "party-committee", "placed", "no-department"],
)  # fmt: skip
def test_a_title_s_department_written_by_its_level(title, expected):
    assert short_titled_department(title) == expected


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("http://gaj.putian.gov.cn/zwgk/a.html", "gaj.putian.gov.cn"),  # 公安局
        ("https://wjw.sz.gov.cn/xxgk/a.html", "wjw.sz.gov.cn"),  # 卫生健康委员会
        ("http://sthjt.fujian.gov.cn/zwgk/a.htm", "sthjt.fujian.gov.cn"),  # 生态环境厅
        ("http://YJJ.Liaoyang.gov.cn/a.html", "yjj.liaoyang.gov.cn"),  # any case
        # negative: a government's portal, a justice bureau's site (it publishes its
        # government's report), a label only starting like one, a site of no government
        ("http://www.putian.gov.cn/a.html", None),
        ("https://sfj.sh.gov.cn/a.html", None),
        ("http://gajx.putian.gov.cn/a.html", None),
        ("http://gaj.example.com/a.html", None),
        (None, None),
    ],
)
def test_a_department_s_own_site_is_known_by_its_host(site, url, host):
    assert site.department_site(url) == host


@pytest.mark.parametrize(
    ("furniture", "expected"),
    [
        (["当前位置: 首页 > 陆河县河田镇 > 政务公开 > 通知公告"], ("陆河县",)),
        (["首页 » 海丰县人民政府门户网站 » 专题专栏"], ("海丰县",)),
        (["首页 > 政务公开 > 通知公告"], ()),  # steps naming no place
        (["主办单位:陆河县人民政府"], ()),  # an owner line, no breadcrumb
        (["陆河县 > 河田镇"], ()),  # two steps: a pair, not a site's path
    ],
    ids=["county-column", "county-portal", "no-place", "no-breadcrumb", "two-steps"],
)
def test_a_breadcrumb_s_steps_name_the_site_s_places(site, furniture, expected):
    assert tuple(d.name for d in site.breadcrumb_places(furniture)) == expected
