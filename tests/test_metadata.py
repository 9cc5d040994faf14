from __future__ import annotations

import re
from pathlib import Path

import pytest

from indexer.models import Level, Place
from indexer.parsing import metadata
from indexer.parsing.evidence import ReporterFinder
from indexer.parsing.metadata import (
    Metadata,
    covered_year,
    extract_metadata,
    publishing_date,
    split_title,
)
from indexer.regions import RegionResolver

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
# The cleaning module is written in parallel: strip the samples' furniture and pinyin by hand.
FURNITURE = re.compile(
    r"当前位置|发布日期|发布时间|^打印$|相关附件|相关信息|IE版本|分享到|【打印|扫一扫|^附件"
)
PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")


@pytest.fixture(scope="module")
def resolver() -> ReporterFinder:
    return ReporterFinder.from_data(RegionResolver.from_data())


def cleaned(name: str) -> tuple[str, list[str]]:
    with open(CORPUS / name, encoding="utf-8") as handle:
        lines = PINYIN.sub("", handle.read()).splitlines()
    furniture = [line for line in lines if FURNITURE.search(line)]
    text = "\n".join(line for line in lines if line.strip() and not FURNITURE.search(line))
    return text, furniture


CORPUS_EXPECTED = [
    ("000_85a6f3b4405b5e46.txt", "武江区人民政府2024年法治政府建设年度报告",
     Place("武江区", Level.COUNTY, "广东省", "韶关市"), 2024, "2025-02-17", ()),
    ("001_1125619140e8c921.txt", "广州市海珠区人民政府关于2023年度法治政府建设情况的报告",
     Place("海珠区", Level.COUNTY, "广东省", "广州市"), 2023, None, ()),
    ("002_d673bbc54b047a03.txt", "武清区人民政府关于武清区2023年度法治政府建设情况的报告",
     Place("武清区", Level.COUNTY, "天津市", None), 2023, "2024-02-28", ()),
    ("003_527454772160757c.txt", "湖里区2024年法治政府建设年度报告",
     Place("湖里区", Level.COUNTY, "福建省", "厦门市"), 2024, None, ("title constructed",)),
    ("004_1867eea4f21729fd.txt",
     "中共开封市示范区工委 开封市示范区管委会2024年度法治政府建设情况的报告",
     Place("开封市示范区", Level.COUNTY, "河南省", "开封市"), 2024, None, ()),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "title", "place", "year", "published", "warnings"),
    CORPUS_EXPECTED,
    ids=[case[0][:3] for case in CORPUS_EXPECTED],
)
def test_corpus_metadata(resolver, name, title, place, year, published, warnings):
    text, furniture = cleaned(name)
    found_title, body = split_title(text, None)
    metadata = extract_metadata(found_title, body, furniture, resolver)
    assert metadata == Metadata(title, place, year, published, warnings)


# A town's page (its heading, its index block, then its issuer line above the heading repeated)
# and the same page of its district: the issuer line names the reporter, never the district
# the opening cites as its superior.
_TOWN_PAGE = (
    "政策文件\n2021年法治政府建设工作情况报告\n• 索引号:1495410037/gyz1/2022-00021\n"
    "• 名 称:2021年法治政府建设工作情况报告\n{issuer}\n2021年法治政府建设工作情况报告\n"
    "2021年我深入贯彻落实上级部门关于加强法治政府建设的要求,按照彭山区法治政府建设领导小组"
    "印发的《2021年度法治政府建设重点工作安排》相关要求,认真开展法治政府建设的各项工作。"
)


@pytest.mark.parametrize(
    ("issuer", "place"),
    [
        ("眉山市彭山区公义镇人民政府", Place("公义镇", Level.OTHER, "四川省", "眉山市")),
        ("眉山市彭山区人民政府", Place("彭山区", Level.COUNTY, "四川省", "眉山市")),
    ],
    ids=["a-town-s-issuer-line", "its-district-s-issuer-line"],
)
def test_the_issuer_line_above_the_repeated_heading_names_the_reporter(resolver, issuer, place):
    title, body = split_title(_TOWN_PAGE.format(issuer=issuer), None)
    assert extract_metadata(title, body, [], resolver).place == place


def test_page_without_title_keeps_its_first_paragraph():
    text, _ = cleaned("003_527454772160757c.txt")
    assert split_title(text, None) == (None, text)


# A spam repost's furniture: a list of parks and a menu, short lines with no clause.
_PARK_MENU = "\n".join(
    ["广东珠海某区产业园区", "-", "某科技工业园", "广东-珠海-某区"] * 4 + ["招商政策", "投资流程"]
)
# A site's information block, one field a line, printed twice as some sites do.
_INFORMATION_BLOCK = (
    "[ 索引号 ] 1150/2026-05\n[ 发文字号 ] \n[ 主题分类 ] 卫生\n[ 体裁分类 ] 工作报告\n"
    "[ 发布机构 ] 某区卫生健康委\n[ 发布日期 ] 2026-01-13\n[ 成文日期 ] 2026-01-13\n"
)


@pytest.mark.parametrize(
    ("text", "title", "body"),
    [
        ("武江区人民政府2024年法治政府建设年度报告\n  2024年,武江区坚持。",
         "武江区人民政府2024年法治政府建设年度报告", "  2024年,武江区坚持。"),
        ("中共开封市示范区工委 开封市示范区管委会\n2024年度法治政府建设情况的报告\n正文。",
         "中共开封市示范区工委 开封市示范区管委会2024年度法治政府建设情况的报告", "正文。"),
        ("\n\n廣州市海珠區人民政府關於2023年度法治政府建設情況的報告\n2023年,海珠區堅持。",
         "廣州市海珠區人民政府關於2023年度法治政府建設情況的報告", "2023年,海珠區堅持。"),
        ("武清区人民政府关于2023年度法治政府建设情况的报告\n一、2023年度推进法治政府建设的主要举措\n正文。",
         "武清区人民政府关于2023年度法治政府建设情况的报告",
         "一、2023年度推进法治政府建设的主要举措\n正文。"),
        ("2024年,湖里区坚持依法行政。\n一、突出政治引领",
         None, "2024年,湖里区坚持依法行政。\n一、突出政治引领"),
        ("一、2023年度法治政府建设主要举措\n正文。",
         None, "一、2023年度法治政府建设主要举措\n正文。"),
        ("中共某区委办公室\n2024年,某区坚持依法行政。",
         None, "中共某区委办公室\n2024年,某区坚持依法行政。"),
        ("政府信息公开\n• 索 引 号:008490032/2023-32213811\n• 发布机构:遂宁市人民政府办公室\n"
         "遂宁市人民政府关于2021年度法治政府建设情况的报告\n市委:\n2021年,市政府坚持。",
         "遂宁市人民政府关于2021年度法治政府建设情况的报告",
         "政府信息公开\n• 索 引 号:008490032/2023-32213811\n• 发布机构:遂宁市人民政府办公室\n"
         "市委:\n2021年,市政府坚持。"),
        ("首页>政务公开>法治政府建设年度报告\n2022年,綦江区坚持。",
         None, "首页>政务公开>法治政府建设年度报告\n2022年,綦江区坚持。"),
        ("第一部分 2023年度法治政府建设主要举措\n正文。",
         None, "第一部分 2023年度法治政府建设主要举措\n正文。"),
        ("（一）法治政府建设工作情况\n正文。", None, "（一）法治政府建设工作情况\n正文。"),
        ("福州市\n福建省2021年度法治政府建设情况\n2021年,我省坚持。",
         "福建省2021年度法治政府建设情况", "福州市\n2021年,我省坚持。"),
        # a site's header (its government and a clock) above a department's own title
        ("河西区人民政府 2019年12月3日星期二\n河西区民政局2024年度法治政府建设年度报告\n正文。",
         "河西区民政局2024年度法治政府建设年度报告",
         "河西区人民政府 2019年12月3日星期二\n正文。"),
        # adversarial: a first line that is an issuer, the second its title's rest
        ("河西区民政局\n2024年度法治政府建设年度报告\n正文。",
         "河西区民政局2024年度法治政府建设年度报告", "正文。"),
        # a site's government above a body's title naming its second name and its party group
        ("山南市人民政府\n桑日县藏语委办(编译局)党组2025年度法治政府建设年度报告\n正文。",
         "桑日县藏语委办(编译局)党组2025年度法治政府建设年度报告",
         "山南市人民政府\n正文。"),
        # adversarial: an issuer line above a bracketed second line that names no body
        ("某县人民政府\n(2025年度)法治政府建设年度报告\n正文。",
         "某县人民政府(2025年度)法治政府建设年度报告", "正文。"),

        ("[ 主题分类 ] 卫生 [ 体裁分类 ] 工作报告\n[ 发布机构 ] 市卫生健康委\n"
         "重庆市卫生健康委员会关于2022年法治政府建设情况的报告\n市委、市政府:\n2022年,市卫生健康委坚持。",
         "重庆市卫生健康委员会关于2022年法治政府建设情况的报告",
         "[ 主题分类 ] 卫生 [ 体裁分类 ] 工作报告\n[ 发布机构 ] 市卫生健康委\n"
         "市委、市政府:\n2022年,市卫生健康委坚持。"),
        ("首页\n政务公开\n" + _INFORMATION_BLOCK * 2
         + "重庆市某区卫生健康委员会 关于2025年法治政府建设情况的报告\n2025年,区卫生健康委坚持。",
         "重庆市某区卫生健康委员会 关于2025年法治政府建设情况的报告",
         "首页\n政务公开\n" + _INFORMATION_BLOCK * 2 + "2025年,区卫生健康委坚持。"),
        ("某市人民政府\n某市2023年度法治政府建設情況報告\n2023年,某市堅持依法行政。",
         "某市2023年度法治政府建設情況報告", "某市人民政府\n2023年,某市堅持依法行政。"),
        ("首頁\n某市人民政府關於2021年度法治政府建設情況的報告\n市委:\n2021年,市政府堅持。",
         "某市人民政府關於2021年度法治政府建設情況的報告", "首頁\n市委:\n2021年,市政府堅持。"),
        # a title broken after 关于 below the page's menu: both halves make the title
        ("无障碍 登录\n当前位置: 首页 > 通知公告\n某市人民政府关于\n"
         "2023年度法治政府建设情况的报告\n2023年,市政府坚持。",
         "某市人民政府关于2023年度法治政府建设情况的报告",
         "无障碍 登录\n当前位置: 首页 > 通知公告\n2023年,市政府坚持。"),
        ("网站首页 政务公开\n某县司法局\n2024年度法治政府建设工作报告\n2024年,县司法局坚持。",
         "某县司法局2024年度法治政府建设工作报告",
         "网站首页 政务公开\n2024年,县司法局坚持。"),
        # a signature above a title naming its own place, a site's name above a town's title
        ("以上请示妥否。\n某区司法局\n2023年某区法治政府建设情况报告\n正文。",
         "2023年某区法治政府建设情况报告",
         "以上请示妥否。\n某区司法局\n正文。"),
        ("登录 网站无障碍\n某开发区一站式服务中心\n某镇2024年度法治政府建设情况报告\n正文。",
         "某镇2024年度法治政府建设情况报告", "登录 网站无障碍\n某开发区一站式服务中心\n正文。"),
        ("通知公告\n省司法厅 2021 年度法治政府建设工作报告\n正文。",
         "省司法厅 2021 年度法治政府建设工作报告", "通知公告\n正文。"),
        ("福建省\n2021年度法治政府建设情况报告\n正文。",
         "福建省2021年度法治政府建设情况报告", "正文。"),
        # a township's own body above its title's rest (a 街道办事处, a 镇人民政府)
        ("某市某区人民政府某街道办事处\n2020年法治政府建设年度情况报告\n区委、区政府:\n正文。",
         "某市某区人民政府某街道办事处2020年法治政府建设年度情况报告", "区委、区政府:\n正文。"),
        # no title line: the index table's title field gives it (a table's cell)
        ("索引号: | 1150/2025-00029 | 信息分类名称: | 行政执法 | ||\n"
         "名称: | 某街道办事处关于2024年法治政府建设工作情况的报告 | ||||\n现将情况报告如下:",
         "某街道办事处关于2024年法治政府建设工作情况的报告",
         "索引号: | 1150/2025-00029 | 信息分类名称: | 行政执法 | ||\n"
         "名称: | 某街道办事处关于2024年法治政府建设工作情况的报告 | ||||\n现将情况报告如下:"),
        ("• 索引号:1150/2022-00021\n• 名 称:某县2021年法治政府建設工作情況報告\n2021年,某县坚持。",
         "某县2021年法治政府建設工作情況報告",
         "• 索引号:1150/2022-00021\n• 名 称:某县2021年法治政府建設工作情況報告\n2021年,某县坚持。"),
        ("名称: | 某街道2024年法治政府建设工作要点 |\n2024年,某街道坚持。",
         None, "名称: | 某街道2024年法治政府建设工作要点 |\n2024年,某街道坚持。"),
        ("信息分类名称: | 法治政府建设情况报告 |\n2024年,某街道坚持。",
         None, "信息分类名称: | 法治政府建设情况报告 |\n2024年,某街道坚持。"),
        # the page's heading, repeated below its information block with its issuer above it
        ("政策文件\n2021年法治政府建设工作情况报告\n• 索引号:1495/2022-00021\n"
         "某市某区某镇人民政府\n2021年法治政府建设工作情况报告\n2021年我深入贯彻。",
         "某市某区某镇人民政府2021年法治政府建设工作情况报告",
         "政策文件\n• 索引号:1495/2022-00021\n2021年我深入贯彻。"),
        ("政策文件\n2021年法治政府建设工作情况报告\n• 索引号:1495/2022-00021\n"
         "2021年法治政府建设工作情况报告\n2021年我深入贯彻。",
         "2021年法治政府建设工作情况报告",
         "政策文件\n• 索引号:1495/2022-00021\n2021年法治政府建设工作情况报告\n2021年我深入贯彻。"),
        ("政策文件\n2021年法治政府建设工作情况报告\n某镇人民政府\n"
         "某县2021年法治政府建设工作情况报告\n正文。",
         "2021年法治政府建设工作情况报告",
         "政策文件\n某镇人民政府\n某县2021年法治政府建设工作情况报告\n正文。"),
        # an index block's 文种 row without its label (• 工作报告) is no title: the title below is
        ("• 1150/2020-00573\n• 法制\n• 工作报告\n• 某区某镇\n"
         "某镇2019年法治政府建设工作报告\n正文。",
         "某镇2019年法治政府建设工作报告",
         "• 1150/2020-00573\n• 法制\n• 工作报告\n• 某区某镇\n正文。"),
        ("| 工作总结 |\n2024年,某县坚持。", None, "| 工作总结 |\n2024年,某县坚持。"),
        ("某县工作报告\n2024年,某县坚持。", "某县工作报告", "2024年,某县坚持。"),
        # a spam repost's list of parks and menus, short lines with no clause, above the title
        (f"{_PARK_MENU}\n珠海市某区人民政府2021年法治政府建设年度报告\n2021年,我区坚持。",
         "珠海市某区人民政府2021年法治政府建设年度报告", f"{_PARK_MENU}\n2021年,我区坚持。"),
        # a cited title below the first lines of prose is no page title
        (f"{_PARK_MENU}\n2021年,我区坚持依法行政,认真落实各项工作。\n" * 2
         + "某市2020年法治政府建设年度报告\n正文。", None,
         f"{_PARK_MENU}\n2021年,我区坚持依法行政,认真落实各项工作。\n" * 2
         + "某市2020年法治政府建设年度报告\n正文。"),
    ],
    ids=["one-line", "two-lines-joined", "traditional-after-blank-lines", "heading-not-eaten",
         "no-title", "heading-is-no-title", "organ-line-without-report-line",
         "title-below-the-information-block", "breadcrumb-is-no-title",
         "part-heading-is-no-title", "sub-heading-is-no-title", "city-selector-is-not-the-issuer",
         "site-header-above-a-department-s-title", "department-issuer-line-continues",
         "site-government-above-a-two-named-body-s-party-group-title",
         "issuer-above-a-bracketed-year-title-s-rest",
         "information-block-line-is-no-title", "title-below-a-doubled-information-block",
         "traditional-title-standing-alone", "traditional-title-below-the-top-line",
         "lower-title-broken-after-guanyu", "lower-title-broken-after-an-organ",
         "signature-above-a-title-with-its-place", "site-name-above-a-town-s-title",
         "menu-line-above-a-title", "place-line-above-a-title-s-rest",
         "township-office-line-above-a-title-s-rest", "title-in-the-index-table-s-name-field",
         "title-in-a-spaced-name-field", "unfinished-title-in-the-name-field",
         "category-field-is-no-title-field", "heading-repeated-below-with-its-issuer",
         "heading-repeated-below-without-an-issuer", "issuer-above-another-title-below",
         "a-document-s-kind-alone-is-no-title", "a-kind-in-a-table-cell-is-no-title",
         "a-title-ending-in-its-kind-is-one", "title-below-a-long-menu-of-links",
         "title-below-prose-is-cited"],
)  # fmt: skip
def test_split_title(text, title, body):
    assert split_title(text, None) == (title, body)


@pytest.mark.parametrize(
    ("html_title", "title"),
    [
        (
            "湖里区2024年法治政府建设年度报告_厦门市湖里区人民政府",
            "湖里区2024年法治政府建设年度报告",
        ),
        (
            "厦门市湖里区人民政府 - 湖里区2024年法治政府建设年度报告",
            "湖里区2024年法治政府建设年度报告",
        ),
        ("厦门市湖里区人民政府门户网站", None),
        (None, None),
    ],
    ids=["underscore-site-suffix", "dash-site-prefix", "site-name-only", "missing"],
)
def test_html_title_stands_in_for_a_missing_title_line(html_title, title):
    text = "2024年,湖里区坚持依法行政。"
    assert split_title(text, html_title) == (title, text)


@pytest.mark.parametrize(
    ("furniture", "body", "published"),
    [
        (["发布日期:2025-02-17 15:43:00 来源:本网"], "", "2025-02-17"),
        (["来源:  武清区人民政府 发布时间: 2024-02-28 10:47"], "", "2024-02-28"),
        (["今天是2025年3月1日 星期六", "发布时间：2024-02-28 10:47"], "", "2024-02-28"),
        (["今天是2025年3月1日 星期六"], "正文。", None),
        (["2024年02月28日"], "", "2024-02-28"),
        (["访问量:20240228"], "", None),
        ([], "正文。\n厦门市湖里区人民政府\n2024年3月15日", "2024-03-15"),
        ([], "正文。\n厦门市湖里区人民政府\n二〇二四年三月十五日", "2024-03-15"),
        ([], "2024年3月15日,召开常务会议。\n正文。", None),
        (["发布日期:2024-02-30"], "", None),
        ([], "- 成文日期:\n- 发布时间: 2026-02-24\n市委:\n正文。", "2026-02-24"),
        ([], "2025-04-27 10:14 黑龙江省人民政府网\n2024年,黑龙江省坚持。", "2025-04-27"),
        ([], "省政府办公厅 2022-03-15\n2021年,省政府坚持。", "2022-03-15"),
        ([], "2025年3月17日在某旗人民代表大会常务委员会会议上\n正文。", None),
        ([], "索 引 号 11152525011676612K/2021-00059\n正文。", None),
        ([], "[ 成文日期 ] 2023-03-02 [ 发布日期 ] 2023-03-03\n正文。", "2023-03-03"),
        (["成文日期:2023-03-02", "发布日期:2023-03-03"], "", "2023-03-03"),
        ([], "[ 成文日期 ] | 2024-02-01 | [ 公开日期 ] | 2024-02-05 |\n正文。", "2024-02-05"),
        ([], "序号:1000005294发布机构:市司法局公开形式:主动公开网站发布:2023-03-07\n"
         "2022年,某市坚持依法行政。", "2023-03-07"),
        ([], "首页\n" * 14 + "索 引 号: 0141/2021-00012\n产生日期: 2021-01-25 发布日期: 2021-01-29"
         "\n市政府:\n正文。", "2021-01-29"),
        ([], "2026年02月24日 来源:省卫健委2025年,省卫生健康委坚持。\n正文。", "2026-02-24"),
        ([], "2025-03-03 10:17:19  来源:某某法治网\n正文。", "2025-03-03"),
        (["2022年1月21日"], "生态环境部:\n现将《某局关于2021年度法治政府建设情况的报告》报上。"
         "\n某局\n某局关于2021年度法治政府建设情况的报告\n2021年,我局坚持。", None),
        (["2024年1月4日"], "区委:\n区司法局提请将《2023年某区法治政府建设情况报告》报送市委。"
         "\n区司法局\n2023年,某区坚持。", None),
        (["发布日期:2022-02-21", "2022年1月21日"], "生态环境部:\n现将《某局的报告》报上。\n正文。",
         "2022-02-21"),
        (["2024年02月28日"], "市人民政府:\n2023年,我区坚持依法行政。\n区人民政府", "2024-02-28"),
        (["2023年1月28日"], "某环法〔2023〕23号\n市委、市政府:\n2022年,我局坚持依法行政。"
         "\n现将《某局关于2022年度法治政府建设情况的报告》报上。\n某局", None),
        (["2023年1月28日"], "某府函(2023)5号\n市人大常委会:\n現將《某縣2022年度報告》報送。"
         "\n某縣人民政府", None),
        (["2024年02月28日"], "某府〔2024〕3号\n市人民政府:\n2023年,我区坚持依法行政。",
         "2024-02-28"),
        (["2025年1月17日"], "索引号 SY-0001-2025-00333\n发布机构 某委\n发布时间 2025-01-22\n"
         "某区领导小组办公室:\n我委拟就了《某委2024年度报告》(见附件),现呈上。", "2025-01-22"),
        (["2025年1月17日"], "发布机构 某委\n公开类别 主动公开\n某区领导小组办公室:\n"
         "2024年,我委坚持依法行政。", "2025-01-17"),
        ([], "某市2018年报告\n中国某市政府门户网站 www.dg.gov.cn  2019-01-24 15:36  "
         "来源: 某市司法局\n2018年,我市坚持。", "2019-01-24"),
        ([], "法律法规网 海南政府网  法律法规网 2018-04-12 17:22:43  评论()\n发布时间:\n正文。",
         "2018-04-12"),
        ([], " 2021/03/04/ 15:59 来源:兰州新区管理委员会\n2020年,新区坚持。", "2021-03-04"),
        ([], "法律法规网 海南政府网  法律法规网 佚名 2018-04-12  评论()  收藏本页  打印本页  "
         "关闭窗口\n正文。", None),
        ([], "2018年4月12日17:22,全市召开会议,听取各单位的法治政府建设工作汇报情况。\n正文。",
         None),
        ([], "今天是2025年3月1日 星期六 10:15 来源:本网\n正文。", None),
        (["2024年1月19日"], "某区领导小组办公室:\n我委拟就了《某委2023年度报告》(见附件),现呈上。"
         "\n某委\n2023年,我委坚持。", None),
        (["2024年1月19日"], "某区领导小组办公室:\n我委按照《某区2023年度工作要点》呈上的安排。"
         "\n2023年,我委坚持。", "2024-01-19"),
    ],
    ids=["labelled", "source-then-label", "stale-today-header-ignored", "only-stale-header",
         "bare-furniture-date", "no-date", "signature-date", "chinese-numeral-signature",
         "date-in-first-paragraph-is-not-signature", "impossible-date", "labelled-line-above-text",
         "machine-date-line-above-text", "source-then-machine-date", "meeting-date-is-prose",
         "index-number-is-no-date", "published-before-written-in-one-line",
         "published-before-written-in-two-lines", "table-cells-and-disclosure-date",
         "site-publishing-label",
         "index-table-below-a-long-menu", "date-then-source-run-into-text",
         "machine-date-then-source",
         "cover-letter-signature-date", "cover-letter-of-a-request", "cover-letter-labelled-date",
         "addressed-report-without-cover-letter", "cover-letter-under-its-document-number",
         "cover-letter-under-its-document-number-traditional",
         "numbered-report-without-cover-letter", "index-table-label-wins-over-a-signature-date",
         "unlabelled-index-table-leaves-the-furniture-date", "byline-site-date-clock-source",
         "byline-date-clock-comments", "byline-date-slash-clock-source",
         "byline-date-without-clock", "date-clock-in-prose-without-furniture",
         "capture-clock-with-source", "cover-letter-presents-its-report-without-jiang",
         "a-cited-plan-is-no-report-sent-up"],
)  # fmt: skip
def test_publishing_date(furniture, body, published):
    assert publishing_date(furniture, body) == published


def test_machine_date_after_the_title_is_the_publishing_date():
    title = "上海市司法局2023年法治政府建设情况报告 (2024-02-26)"
    assert publishing_date([], "2023年,上海市司法局坚持。", title) == "2024-02-26"


@pytest.mark.parametrize(
    ("body", "published"),
    [
        ("某省人民政府关于2019年度法治政府建设情况的报告\n2020-03-27 17:46 某省人民政府\n"
         "索 引 号 0110/2020-1 分 类 司法\n发布机构 某省人民政府 发文日期 2020-03-26\n正文。",
         "2020-03-27"),
        ("某区2020年法治政府建设工作报告\n2020-12-22 11:50\n成文日期:2020-12-03\n正文。",
         "2020-12-22"),
        ("某区2020年法治政府建设工作报告\n2020-12-22 11:50\n发布日期:2020-12-24\n正文。",
         "2020-12-24"),
        ("首页 政务公开\n2020-12-22 11:50\n成文日期:2020-12-03\n正文。", "2020-12-03"),
        ("2024\n04/07\n19:20\n新疆政府网\n2023年,自治区人民政府坚持。", "2024-04-07"),
        ("欢迎访问\n2024\n04/07\n19:20\n来源:某政府网\n2023年,自治区人民政府坚持。",
         "2024-04-07"),
        ("欢迎访问\n2024\n04/07\n19:20\n2023年,自治区人民政府坚持。", None),
        ("2024\n04/07\n2023年,自治区人民政府坚持。", None),
        ("| 标题: | 某镇人民政府2025年度法治政府建设情况报告 | ||\n"
         "| 发文日期: | 2026-01-06 | 发布机构: | 某区某镇人民政府办公室 |\n正文。",
         "2026-01-06"),
        ("| 标题: | 某镇人民政府2025年度法治政府建设情况报告 | ||\n"
         "| 发文日期: | | 发布机构: | 某区某镇人民政府办公室 2026-01-06 |\n正文。", None),
    ],
    ids=["stamp-under-title-over-document-date", "stamp-under-title-over-written-date",
         "publishing-label-over-stamp", "stamp-under-no-title", "stacked-stamp-at-top",
         "stacked-stamp-above-source", "stacked-stamp-mid-lead-without-source",
         "stacked-date-without-clock", "label-colon-then-table-cell",
         "empty-labelled-cell-takes-no-later-date"],
)  # fmt: skip
def test_a_site_s_time_stamp_dates_the_page(body, published):
    assert publishing_date([], body) == published


@pytest.mark.parametrize(
    ("furniture", "body", "published"),
    [
        (["2020年12月15日"], "( 2021-03-05)\n2020年,我委坚持依法行政。", "2021-03-05"),
        ([], "（2021/03/05）\n2020年,我委坚持依法行政。", "2021-03-05"),
        (["发布日期:2021-03-08"], "( 2021-03-05)\n2020年,我委坚持。", "2021-03-08"),
        (["2020年12月15日"], "2020年,我委坚持依法行政。\n( 2021-03-05)\n正文。", "2020-12-15"),
        (["2020年12月15日"], "(2021年3月5日)\n2020年,我委坚持依法行政。", "2020-12-15"),
        (["2020年12月15日"], "( 2021-02-30)\n2020年,我委坚持依法行政。", "2020-12-15"),
    ],
    ids=["bracketed-stamp-under-title", "full-width-brackets-slashes",
         "publishing-label-over-bracketed-stamp", "bracketed-date-not-first-under-title",
         "bracketed-date-in-words-is-no-stamp", "impossible-bracketed-date"],
)  # fmt: skip
def test_a_bracketed_stamp_under_the_title_dates_the_page(furniture, body, published):
    assert publishing_date(furniture, body, "上海市某委2020年法治政府建设年度报告") == published


@pytest.mark.parametrize(
    ("title", "body", "published"),
    [
        ("衡阳市2023年度法治政府建设报告", "站群导航\n(2024年1月18日)\n2023年,我市坚持依法行政。",
         "2024-01-18"),
        ("衡阳市2023年度法治政府建设报告", "(2024年1月18日)\n2023年,我市坚持依法行政。",
         "2024-01-18"),
        ("湖南省农业农村厅2023年法治政府建设年度报告", "2023年法治政府建设年度报告\n"
         "湖南省农业农村厅\n(2024年1月31日)\n2023年,我厅坚持依法行政。", None),
        ("某市2021年政府工作报告", "某市人民政府市长 某某\n(2022年1月5日)\n各位代表:", None),
        ("衡阳市2023年度法治政府建设报告", "2023年,我市坚持依法行政。\n(2024年1月18日)\n正文。",
         None),
        ("工作动态", "(2024年1月18日)\n2023年,我市坚持依法行政。", None),
    ],
    ids=["under-the-title-and-a-site-label", "right-under-the-title", "under-a-signer-s-line",
         "under-a-person-s-line", "below-the-first-sentence", "under-no-report-title"],
)  # fmt: skip
def test_a_bracketed_date_in_words_under_the_title_dates_an_undated_page(title, body, published):
    assert publishing_date([], body, title) == published


@pytest.mark.parametrize(
    ("title", "body", "published"),
    [
        (None, "上海市某办2023年度法治政府建设情况报告 ( 2024年01月15日 )\n市委、市政府:\n2023年,"
         "市某办坚持依法行政。", "2024-01-15"),
        ("上海市某办2023年度法治政府建设情况报告（2024年1月15日）", "2023年,市某办坚持依法行政。",
         "2024-01-15"),
        # a dated line of the page outranks it
        (None, "上海市某办2023年度法治政府建设情况报告 ( 2024年01月15日 )\n发布日期:2024-01-20\n"
         "2023年,市某办坚持依法行政。", "2024-01-20"),
        # a date in brackets after a title that is no report's
        (None, "工作动态 ( 2024年01月15日 )\n2023年,市某办坚持依法行政。", None),
        # a date in brackets inside the title, not closing it
        (None, "上海市某办(2024年01月15日)2023年度法治政府建设情况报告\n2023年,市某办坚持。",
         None),
    ],
    ids=["words-date-closing-the-title-line", "full-width-brackets-in-the-title",
         "dated-line-over-title-date", "no-report-title",
         "date-inside-the-title"],
)  # fmt: skip
def test_a_date_in_brackets_closing_the_title_line_dates_the_page(title, body, published):
    assert publishing_date([], body, title) == published


def test_a_bracketed_date_under_no_report_title_is_no_stamp():
    body = "( 2021-03-05)\n2020年,我委坚持依法行政。"
    assert publishing_date(["2020年12月15日"], body, "工作动态") == "2020-12-15"


def test_a_cited_report_title_stands_in_for_a_missing_title(resolver):
    body = (
        "《梧州市人民政府2018年度法治政府建设工作报告》是2019年梧州市人民政府发布的通知。\n"
        "2018年,在自治区党委的坚强领导下,我市政府坚持依法行政。"
    )
    meta = extract_metadata(None, body, [], resolver)
    assert (meta.place.region, meta.year) == ("梧州市", 2018)
    assert meta.title == "梧州市人民政府2018年度法治政府建设工作报告"


SENTENCE_YEAR = "year inferred from the one year that opens sentences near the top"
STATEMENT = "year from what the report says it reports (报告如下)"
OWN_TITLE = "year of the text's own title, not of the page's heading"
MILESTONE = "year from a five-year plan's milestone (开局之年, 收官之年)"
PRESENT = "year inferred from the one year a page speaking of its year names"


@pytest.mark.parametrize(
    ("title", "body", "published", "year", "warnings"),
    [
        ("某区2023年度法治政府建设情况的报告", "2024年,某区坚持。", "2024-03-01", 2023, ()),
        (None, "2024年,湖里区坚持依法行政。", None, 2024, ()),
        (None, "一、2023年度推进法治政府建设的主要举措", None, 2023, ()),
        (None, "贯彻《法治政府建设实施纲要(2021—2025年)》,推进依法行政。", "2024-03-01", 2023,
         ("year inferred from the publishing date",)),
        (None, "全面推进依法行政。", "2024-03-01", 2023,
         ("year inferred from the publishing date",)),
        (None, "全面推进依法行政。", None, None, ("year not found",)),
        ("關於2022年度法治政府建設情況的報告", "", None, 2022, ()),
        (None, "年,我市坚持依法行政。\n一是印发《赣州市法治政府建设实施方案(2022—2025年)》"
         "和《赣州市2022年法治政府建设工作要点》。", None, 2022,
         ("year inferred from the year's plan the report cites",)),
        (None, "年,我市坚持。印发《2021-2023年法治政府建设工作计划》。", None, None,
         ("year not found",)),
        (None, "年,我市坚持。印发《2022年工作要点》。", "2024-03-01", 2023,
         ("year inferred from the publishing date",)),
        (None, "年,我市坚持。" + "依法行政。" * 120 + "印发《2022年工作要点》。", None, None,
         ("year not found",)),
        (None, "(三)强化监督。" + "依法行政。" * 60 + "\n(四)落实政务公开。2021年,编印公报6期。",
         None, 2021, (SENTENCE_YEAR,)),
        (None, "(三)強化監督。" + "依法行政。" * 60 + "\n2021年度,編印《政府公報》6期。", None,
         2021, (SENTENCE_YEAR,)),
        (None, "(三)强化监督。" + "依法行政。" * 60 + "\n2021年,编印公报6期。2022年,公开文件80件。",
         None, None, ("year not found",)),
        (None, "(三)强化监督。" + "依法行政。" * 60 + "\n四、下一步工作\n2022年,我市将继续推进。",
         None, None, ("year not found",)),
        (None, "(三)强化监督。" + "依法行政。" * 60 + "\n截至2021年,编印公报6期。", None, None,
         ("year not found",)),
        (None, "以下是为大家整理的文章3篇。\n" + "依法行政。" * 60 + "现将水利部2021年法治政府"
         "建设情况和2022年主要安排报告如下。", "2022-07-10", 2021, (STATEMENT,)),
        (None, "以下是為大家整理的文章3篇。\n" + "依法行政。" * 60 + "現將某市2021年度法治政府"
         "建設情況報告如下:", None, 2021, (STATEMENT,)),
        ("某局2023年度法治政府建设情况报告", "依法行政。" * 60 + "现将某局2022年度工作情况"
         "报告如下。", None, 2023, ()),
        ("省交通运输厅 2022 年度法治政府建设工作报告", "发布: 2022-06-08\n省交通运输厅2019年度法治"
         "政府建设工作报告\n2019年,省交通运输厅坚持依法行政。", "2022-06-08", 2019, (OWN_TITLE,)),
        ("省交通運輸廳 2022 年度法治政府建設工作報告", "省交通運輸廳2019年度法治政府建設工作報告\n"
         "2019年,省交通運輸廳堅持依法行政。", None, 2019, (OWN_TITLE,)),
        ("某局2022年度法治政府建设工作报告", "某局2019年度法治政府建设工作报告\n全面推进依法行政。",
         None, 2022, ()),
        ("某市人民政府关于2016年度法治政府建设情况的报告", "是2017年某市人民政府发布的报告。\n"
         "2016年,某市坚持依法行政。", None, 2016, ()),
        (None, "(一)严格法制审核。" + "依法行政。" * 60 + "\n2020\n年法制审核案件\n13\n件,"
         "抽调专家\n17\n名。", None, 2020, (SENTENCE_YEAR,)),
        (None, "(一)严格法制审核。" + "依法行政。" * 60 + "\n2021年共受理行政复议案件56件。",
         None, 2021, (SENTENCE_YEAR,)),
        (None, "(一)严格法制审核。" + "依法行政。" * 60 + "\n2021年受理复议案件56件。"
         "2020年受理复议案件48件。", None, None, ("year not found",)),
        (None, "(一)严格法制审核。" + "依法行政。" * 60 + "\n2022年将办理复议案件60件。",
         None, None, ("year not found",)),
        (None, "(一)严格法制审核。" + "依法行政。" * 60 + "\n2021年是十四五开局之年。",
         None, None, ("year not found",)),
        ("关于****年法治政府建设情况的报告", "区委:\n****年是“十四五”规划收官之年。我局坚持。",
         None, 2025, (MILESTONE,)),
        (None, "今年是十三五开局之年,我县坚持依法行政。", None, 2016, (MILESTONE,)),
        (None, "2024年是十四五规划的关键之年。明年是十四五收官之年。", None, 2024, ()),
        (None, "全面推进依法行政,为十四五收官之年打好基础。", None, None, ("year not found",)),
        (None, "****年是全面贯彻党的二十大精神的开局之年。", None, None, ("year not found",)),
        ("工作情况和2024年工作安排的报告", "某区司法局关于2023年法治政府建设\n工作情况和2024年"
         "工作安排的报告\n2023年,区司法局坚持依法行政。", None, 2023, ()),
        ("工作情况及2024年工作计划", "依法行政。" * 70, "2024-03-11", 2023,
         ("year inferred from the publishing date",)),
        ("某区2024年法治政府建设工作安排", "2024年,我区将持续推进。", None, 2024, ()),
        (None, "一年来,某局坚持依法行政。" + "依法行政。" * 60 + "\n二、把学习宣传习近平法治思想"
         "列为2023年全局重点工作\n本年度,全局召开会议28次。", None, 2023, (PRESENT,)),
        (None, "一年来,某局坚持依法行政。" + "依法行政。" * 60 + "\n二、把法治思想列为2023年重点"
         "工作\n对照2022年督察问题整改。", None, None, ("year not found",)),
        (None, "某局坚持依法行政。" + "依法行政。" * 60 + "\n二、把法治思想列为2023年全局重点"
         "工作", None, None, ("year not found",)),
        (None, "一年来,某局坚持依法行政。" + "依法行政。" * 60 + "\n三、下一步,将把法治思想列为"
         "2024年重点工作", None, None, ("year not found",)),
        (None, "今年以来,某局坚持依法行政。" + "依法行政。" * 60 + "2024年初,召开会议。", None,
         None, ("year not found",)),
    ],
    ids=["title-year-wins", "body-opening", "heading-year", "range-end-is-no-year",
         "published-minus-one", "nothing", "traditional-title", "cited-plan-of-the-year",
         "cited-plan-of-several-years", "published-before-cited-plan", "cited-plan-far-down",
         "one-year-opens-sentences-below-a-cut", "one-year-opens-sentences-traditional",
         "two-years-open-sentences", "a-year-of-plans-opens-a-sentence",
         "a-year-inside-a-sentence", "statement-below-a-template-site-s-furniture",
         "statement-traditional", "title-year-wins-over-a-statement",
         "text-s-own-title-and-first-sentence-win-over-the-heading",
         "text-s-own-title-traditional", "text-s-own-title-alone-does-not-win",
         "a-year-in-a-sentence-is-no-title", "a-year-that-opens-a-count-broken-across-lines",
         "a-year-that-opens-a-count", "two-years-open-counts", "a-count-planned-for-a-year",
         "a-year-that-opens-a-sentence-with-no-count", "masked-year-of-a-plan-s-last-year",
         "this-year-a-plan-s-first-year", "a-written-year-wins-over-a-milestone",
         "a-milestone-with-no-year-as-its-subject", "no-five-year-plan",
         "a-cut-title-s-next-year-plan-is-not-the-year-covered",
         "a-next-year-plan-alone-leaves-the-date-to-say", "a-plan-of-its-own-keeps-its-year",
         "one-year-named-by-a-page-speaking-of-its-year", "two-years-named",
         "one-year-named-by-a-page-not-speaking-of-its-year", "one-year-named-as-a-plan-s",
         "one-year-named-as-a-moment"],
)  # fmt: skip
def test_covered_year(title, body, published, year, warnings):
    assert covered_year(title, body, published) == (year, warnings)


def test_traditional_title_gives_simplified_metadata(resolver):
    metadata = extract_metadata(
        "廣州市海珠區人民政府關於2023年度法治政府建設情況的報告", "", [], resolver
    )
    assert metadata.title == "广州市海珠区人民政府关于2023年度法治政府建设情况的报告"
    assert metadata.place == Place("海珠区", Level.COUNTY, "广东省", "广州市")


def test_missing_title_is_constructed_from_region_and_year(resolver):
    body = "2024年,湖里区坚持依法行政。"
    metadata = extract_metadata(None, body, ["发布时间:2025-03-20"], resolver)
    assert metadata == Metadata(
        "湖里区2024年法治政府建设年度报告",
        Place("湖里区", Level.COUNTY, "福建省", "厦门市"),
        2024,
        "2025-03-20",
        ("title constructed",),
    )


@pytest.mark.parametrize(
    ("published", "warning"),
    [
        ("2023-03-01", "published 2023-03-01 before the end of the year it covers (2023)"),
        ("2022-12-30", "published 2022-12-30 before the end of the year it covers (2023)"),
        ("2027-01-05", "published 2027-01-05, long after the year it covers (2023)"),
    ],
    ids=["same-year-spring", "year-before", "years-later"],
)
def test_contradictory_publishing_date_warns(resolver, published, warning):
    title = "武江区人民政府2023年法治政府建设年度报告"
    metadata = extract_metadata(title, "", [f"发布日期:{published}"], resolver)
    assert metadata.year == 2023
    assert metadata.warnings == (warning,)


def test_stale_header_does_not_set_the_year(resolver):
    metadata = extract_metadata(None, "全面推进依法行政。", ["今天是2025年3月1日 星期六"], resolver)
    assert metadata.published is None
    assert metadata.year is None
    assert "year not found" in metadata.warnings


@pytest.mark.parametrize(
    ("furniture", "body", "published"),
    [
        # an index list whose two dates lost their labels (成文日期, 发布日期): which is which?
        (["  • 铜梁区司法局", "  • 2020-03-12", "  • 2020-03-14"], "2019年,区司法局坚持。", None),
        (["  • 2020-03-12", "  • 2020-03-14"], "2019年,区司法局坚持。\n2020年3月10日", None),
        # …a labelled date or a dated source line still says it
        (["  • 2020-03-12", "  • 2020-03-14", "发布日期:2020-03-14"], "正文。", "2020-03-14"),
        (["  • 2020-03-12", "  • 2020-03-14"], "2020年03月14日 来源:区司法局\n正文。",
         "2020-03-14"),
        # negative: one bare date, or the same date twice, is the page's date
        (["  • 铜梁区司法局", "  • 2020-03-12"], "正文。", "2020-03-12"),
        (["2020-03-12", "2020-03-12 10:15"], "正文。", "2020-03-12"),
        # negative: a date in a sentence is no bare date line
        (["  • 2020-03-12", "更新于2020-03-14的栏目"], "正文。", "2020-03-12"),
    ],
    ids=["unlabelled-pair", "unlabelled-pair-over-a-signature", "pair-and-a-label",
         "pair-and-a-source-line", "one-bare-date", "same-date-twice", "second-date-in-a-line"],
)  # fmt: skip
def test_an_unlabelled_pair_of_dates_gives_no_publishing_date(furniture, body, published):
    assert publishing_date(furniture, body) == published


@pytest.mark.parametrize(
    ("text", "title", "body"),
    [
        ("江苏人社局\n省人力资源和社会保障厅关于2018年度法治政府建设情况的报告\n正文。",
         "省人力资源和社会保障厅关于2018年度法治政府建设情况的报告", "江苏人社局\n正文。"),
        ("某市司法局\n市司法局党组关于2019年度法治政府建设情况的报告\n正文。",
         "市司法局党组关于2019年度法治政府建设情况的报告", "某市司法局\n正文。"),
        ("某市人民政府办公室\n关于2023年度法治政府建设情况的报告\n正文。",
         "某市人民政府办公室关于2023年度法治政府建设情况的报告", "正文。"),
        ("江苏省\n人力资源和社会保障厅关于2018年度法治政府建设情况的报告\n正文。",
         "江苏省人力资源和社会保障厅关于2018年度法治政府建设情况的报告", "正文。"),
    ],
    ids=["banner-above-a-title-with-its-short-issuer", "short-issuer-s-party-group",
         "issuer-line-above-a-title-opening-with-guanyu", "place-line-above-an-organ-s-title"],
)  # fmt: skip
def test_a_title_with_its_issuer_written_short_stands_alone(text, title, body):
    assert split_title(text, None) == (title, body)


_REPORT = "衡阳市2023年度法治政府建设情况报告"


@pytest.mark.parametrize(
    ("form", "title", "lead", "published"),
    [
        ("_STAMP_UNDER_TITLE", None, ["站群导航", _REPORT, "2024-03-01 10:20 衡阳市人民政府"],
         "2024-03-01"),
        ("_STAMP_UNDER_TITLE", None, ["发文日期", "2024-03-01 10:20"], None),  # a field's value
        ("_BRACKETED_STAMP_UNDER_TITLE", _REPORT, ["( 2024-03-01)", "正文"], "2024-03-01"),
        ("_BRACKETED_STAMP_UNDER_TITLE", _REPORT, ["正文", "( 2024-03-01)"], None),  # not first
        ("_BRACKETED_STAMP_UNDER_TITLE", "通知", ["( 2024-03-01)"], None),  # no report's title
        ("_WORDS_DATE_CLOSING_TITLE", f"{_REPORT} ( 2024年01月15日 )", [], "2024-01-15"),
        ("_WORDS_DATE_CLOSING_TITLE", None, [f"{_REPORT}（2024年1月15日）"], "2024-01-15"),
        ("_WORDS_DATE_CLOSING_TITLE", "( 2024年01月15日 )", [], None),  # no title before it
        ("_WORDS_DATE_UNDER_TITLE", _REPORT, ["站群导航", "(2024年1月18日)"], "2024-01-18"),
        ("_WORDS_DATE_UNDER_TITLE", _REPORT, ["湖南省农业农村厅", "(2024年1月31日)"], None),
        ("_WORDS_DATE_UNDER_TITLE", _REPORT, ["一", "二", "三", "(2024年1月18日)"], None),
    ],
    ids=["stamp-under-lead-title", "stamp-under-field-label", "bracketed-stamp-first-line",
         "bracketed-stamp-second-line", "bracketed-stamp-no-report", "words-date-closing-title",
         "words-date-closing-first-line", "words-date-closing-nothing", "words-date-under-label",
         "words-date-under-signer", "words-date-beyond-reach"],
)  # fmt: skip
def test_a_date_a_site_sets_beside_a_report_s_title(form, title, lead, published):
    assert metadata._date_by_title(getattr(metadata, form), title, lead) == published


@pytest.mark.parametrize(
    ("title", "left"),
    [
        ("2023年工作情况和2024年工作安排的报告", "2023年工作情况的报告"),
        ("2023年工作总结及2024年工作计划", "2023年工作总结"),
        ("2023年法治政府建设情况暨2024年度法治政府建设要点", "2023年法治政府建设情况"),
        ("2024年法治政府建设工作安排", "2024年法治政府建设工作安排"),  # its own plan, no other
        ("2023年工作情况和2024年展望", "2023年工作情况和2024年展望"),  # no plan's word
    ],
)
def test_a_title_s_next_year_plan_is_cut_off(title, left):
    assert metadata._next_plan().sub("", title) == left


_JOINT_HEADING = (
    "{upper}\n{lower}\n关于2025年法治政府建设情况的报告\n2025年,吴家镇党委、政府坚持依法行政。"
)


@pytest.mark.parametrize(
    ("upper", "lower", "title"),
    [
        (
            "中共重庆市荣昌区吴家镇委员会",
            "重庆市荣昌区吴家镇人民政府",
            "中共重庆市荣昌区吴家镇委员会重庆市荣昌区吴家镇人民政府关于2025年法治政府建设情况的报告",
        ),  # a township's party committee and government
        (
            "重庆市荣昌区吴家镇人民政府",
            "中共重庆市荣昌区吴家镇委员会",
            "重庆市荣昌区吴家镇人民政府中共重庆市荣昌区吴家镇委员会关于2025年法治政府建设情况的报告",
        ),  # the other order
        (
            "中共浚县县委",
            "浚县人民政府",
            "中共浚县县委浚县人民政府关于2025年法治政府建设情况的报告",
        ),  # a county's committee written short (县委)
        (
            "中共重庆市荣昌区委员会",
            "重庆市荣昌区吴家镇人民政府",
            "关于2025年法治政府建设情况的报告",
        ),  # another place's committee: not a joint heading
        ("中共重庆市荣昌区吴家镇委员会", "政务公开", "关于2025年法治政府建设情况的报告"),
    ],
    ids=["a-township-s-joint-heading", "the-other-order", "a-county-s-short-committee",
         "another-place-s-committee", "a-menu-line"],
)  # fmt: skip
def test_a_joint_heading_of_one_place_s_committee_and_government_is_the_title_s(
    upper, lower, title
):
    found, _ = split_title(_JOINT_HEADING.format(upper=upper, lower=lower), None)
    assert found == title


def test_a_township_s_joint_heading_gives_its_province(resolver):
    text = _JOINT_HEADING.format(
        upper="中共重庆市荣昌区吴家镇委员会", lower="重庆市荣昌区吴家镇人民政府"
    )
    title, body = split_title(text, None)
    assert extract_metadata(title, body, [], resolver).place == Place(
        "吴家镇", Level.OTHER, "重庆市", None
    )
