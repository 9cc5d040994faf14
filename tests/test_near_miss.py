"""Pages that look like a report but are not one get a reason (indexer/parsing/near_miss.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bench.metadata_eval import SETS, load_labels
from indexer.parsing.clean import clean_text
from indexer.parsing.files import read_document
from indexer.parsing.metadata import split_title
from indexer.parsing.near_miss import NearMissVocabulary, near_miss_label, near_miss_warning

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.fixture(scope="module")
def vocabulary() -> NearMissVocabulary:
    return NearMissVocabulary.from_data()


# A portal's list of links to other governments' sites, above the page's own title.
PORTAL_LINKS = "".join(
    f"- {name}人民政府\n" for name in ("某省", "甲市", "乙市", "丙市", "丁市", "戊市", "己市")
)

# A document site's table of contents above the page's title: longer than the opening looked at.
CONTENTS_PARTS = (
    "一、2022年工作回顾", "(一)深挖释放内需潜力", "(二)大力推进创新发展", "(三)不断深化改革开放",
    "(四)强化区域城乡统筹", "(五)提升生态文明水平", "(六)加强先进文化建设", "(七)有效保障改善民生",
    "(八)防范化解重大风险", "(九)深化政府自身建设", "二、2023年工作安排", "(一)促进供需有效畅通",
    "(二)提升创新驱动发展效能", "(三)推进改革开放走深走实", "(四)统筹区域协调发展",
    "(五)大力实施乡村振兴战略", "(六)有序实施碳达峰碳中和", "(七)切实提高人民生活品质",
    "(八)更好统筹发展和安全", "三、全面加强政府自身建设", "(一)坚持党的全面领导",
    "(二)深入推进依法行政", "(三)持续改进工作作风",
)  # fmt: skip
CONTENTS = "".join(f"{part}\n" for part in CONTENTS_PARTS)

NEAR_MISSES = [
    (
        "policy-reading",
        "【政策解读】关于《某县2023年度法治政府建设情况的报告》的政策解读",
        "现解读如下:",
        "解读",
    ),
    ("disclosure-report", "2022年上海市政府信息公开工作年度报告", "一、总体情况", "政府信息公开"),
    (
        "yearbook-entry-by-its-first-section-label",
        None,
        "【概 況】2020年,全省各級政府及其部門全面貫徹習近平法治思想,推進依法行政和法治政府建設。",
        "yearbook",
    ),
    (
        "news-naming-a-newspaper-as-its-source",
        None,
        "據《黔東南日報》消息 近日,省政府依法行政督查組到我州督查政府依法行政工作。",
        "news",
    ),
    (
        "disclosure-report-title-written-as-a-table-row",
        None,
        "洪雅县教育和体育局2023年政府信息公开工作年度报告 | " + "|" * 120 + "\n"
        "2024年01月25日 (点击: ) | " + "|" * 80,
        "政府信息公开",
    ),
    (
        "disclosure-by-opening",
        None,
        "根据《中华人民共和国政府信息公开条例》,制定本报告:",
        "政府信息公开",
    ),
    (
        "work-plan-news",
        "梁子湖区出台法治政府建设工作要点为全年工作指明方向",
        "日前,梁子湖区出台。",
        "工作要点",
    ),
    (
        "notice",
        None,
        "《某县2020年度法治政府建设工作安排》已经县政府同意,现印发给你们,请认真贯彻执行。",
        "通知",
    ),
    ("plan", None, "为深入推进依法行政,结合自治区实际,制定本方案。", "方案"),
    ("news", None, "(记者 张鸿雨)3月20日上午,某县汇报会举行。", "news"),
    ("list", "关于法治浙江建设示范地区名单的公示", "公示时间:2021年4月9日", "名单"),
    (  # the title's own field of the index table still names the page
        "list-in-the-title-field-of-the-index-table",
        None,
        "| 标题: | 关于某省法治政府建设示范地区名单的公示 |\n| [ 体裁分类 ] | 公告公示 |\n"
        "公示时间:2021年4月9日",
        "名单",
    ),
    (  # …in traditional characters (名稱)
        "notice-in-the-traditional-title-field-of-the-index-table",
        None,
        "發布機構: | 孫埠鎮人民政府 | 主題分類: | 其他 |\n"
        "名稱: | 關于印發安徽省行政執法公示辦法的通知 | 文號: | 無 |\n"
        "生成日期: | 2020-11-14 | 發布日期: | 2020-11-14 |\n皖法辦發〔2020〕14號\n"
        "中共安徽省委全面依法治省委員會辦公室\n關于印發安徽省行政執法公示辦法\n辦法的通知",
        "通知",
    ),
    (
        "list-in-a-table-row-of-its-own",
        None,
        "| 关于某省法治政府建设示范地区名单的公示 | |\n公示时间:2021年4月9日",
        "名单",
    ),
    ("yearbook", "2022卷", "【加强党对法治政府建设的全面领导】 自治区党委……", "yearbook"),
    (  # a yearbook entry's first label names its subject before 概况 (traditional here)
        "yearbook-entry-with-a-subject-s-overview-label",
        None,
        "【法治政府建設概況】2017年,省委辦公廳、省政府辦公廳印發《某省實施辦法》。",
        "yearbook",
    ),
    (
        "work-report",
        "2015年政府工作报告",
        "各位代表:现在,我代表区人民政府向大会作报告。",
        "政府工作报告",
    ),
    (
        "performance-review",
        None,
        "根据市政府办公厅《关于认真做好2023年度市政府绩效管理年终考评工作的通知》要求,梳理任务。",
        "绩效",
    ),
    (
        "action-plan",
        "某市重大突发事件应急保障体系建设行动计划(2021-2022年)",
        "为提高能力。",
        "方案",
    ),
    ("shufa", None, "2023年3月21日,2022年度某区述法现场会在区委召开。", "述法"),
    ("opinion", "關於深入推進依法行政加快建設法治政府的實施意見", "各市、縣人民政府:", "方案"),
    ("plan-on-a-document-site", "某市依法治市建設方案_第1頁", "已閱讀5頁", "方案"),
    ("plan-fragment", None, "五、健全行政执法体制机制\n目标:健全行政执法体制。\n措施:", "方案"),
    ("award-news", "省环保厅被我省表彰为法治政府建设优秀单位", "根据考核方案要求。", "名单"),
    ("wire-news", None, "深圳新闻网讯 昨日下午,某新区法治政府建设访谈会举行。", "news"),
    ("byline", None, "□某省人大常委会法制工作委员会\n改革开放以来,地方立法工作取得成绩。", "news"),
    (
        "article-with-affiliation",
        "浅析我国乡镇法治政府的制度建设",
        "王某\n(1.某省委党校,山东 济南 250001;2.某学院)",
        "research",
    ),
    (
        "numbered-article",
        None,
        "一、法治某市建设的历史性跨越\n1.1 制度创新引领改革\n某市出台规划。",
        "research",
    ),
    ("book-listing", "中国法治政府评估报告(2023)", "定 价:168 元\n- ISBN:9787522834931", "book"),
    (
        "exam-question",
        None,
        "某省发布法治政府建设白皮书。结合材料,谈谈深入推进法治政府的启示。",
        "study",
    ),
    ("reading-by-opening", None, "《某县2024年工作要点》已制定发布,现作如下解读。", "解读"),
    (
        "notice-with-document",
        None,
        "经厅党组会议审议同意,现将《关于深化法治政府部门建设的实施意见》印发给你们,请抓好落实。",
        "通知",
    ),
    ("announcement", None, "现将准予备案的规范性文件目录予以公布,特此通告。", "通知"),
    (
        "sent-down",
        None,
        "各市(含定州、辛集市)人民政府,各县(市、区)人民政府,省政府各部门:\n"
        "2020年,省依法行政领导小组办公室组织了依法行政考核。",
        "subordinates",
    ),
    ("dateline", None, "中国江苏网5月20日南通讯 5月19日上午,某市召开会议。", "news"),
    ("dateline-colon", None, "云上荆州报道:近日,某省印发命名决定。", "news"),
    (
        "a-news-item-about-a-released-report",
        None,
        "4月2日,某省人民政府发布关于2021年法治政府建设情况的报告。\n报告显示,全省行政复议案件"
        "办结率达98%。",
        "news",
    ),
    ("white-paper-release", None, "某省政府新闻发布会发布2022年度法治政府建设白皮书。", "news"),
    ("several-years", None, "■ 某市司法局\n近年来,某市委、市政府认真贯彻部署。", "several years"),
    ("template-site", None, "下面是小编为大家整理的工作情况报告,供大家参考。", "template"),
    ("placeholders", None, "依据20xx年度xx县法治政府建设考评指标,我镇进行了自查自评。", "template"),
    ("anonymised", None, "某县 2025 年度法治政府建设情况报告2025 年,全县坚持。", "template"),
    ("award-headline", "武汉市获评全国法治政府建设示范市", "中央依法治国办印发命名决定。", "news"),
    (
        "document-made-headline",
        "自治区生态环境厅制定了《内蒙古自治区生态环境厅2022年法治建设工作方案》",
        "为做好法治政府建设相关工作,近日自治区生态环境厅制定了工作方案。",
        "news",
    ),
    ("wire-dateline", None, "人民网石家庄4月14日电 河北省示范创建活动动员部署会日前召开。", "news"),
    ("byline-after-dateline", None, "长江日报讯(记者夏晶)近日,中央依法治国办印发决定。", "news"),
    (
        "contributor-line",
        None,
        "2023-06-15 投稿人 : 佚名 围观 : 0 评论\n今年以来,*区坚持。",
        "template",
    ),
    (
        "english-abstract",
        None,
        "Abstract: The construction of a law-based government is examined through local reports.",
        "research",
    ),
    (
        "one-indicators-material",
        "关于第21项指标的情况说明",
        "某县没有制定地方政府规章的权限,不符合该项填报主体要求。",
        "performance review",
    ),
    # Kinds the issue names, each in the words a real page uses.
    (
        "plan-names-itself",
        None,
        "为扎实推进法治政府建设各项工作,根据《法治政府建设实施纲要(2021—2025年)》,"
        "结合自治区实际,制定本计划。\n一、健全政府机构职能体系",
        "方案",
    ),
    ("yearly-plan-title", "某自治区2024年法治政府建设计划", "一、健全政府机构职能体系", "方案"),
    ("key-points-title", "某省2022年法治政府建设要点", "一、加强党的领导", "工作要点"),
    ("draft", "某市法治政府建设实施方案(征求意见稿)", "一、总体要求", "方案"),
    (
        "notice-on-how-to-report",
        None,
        "|\n某市人民政府办公室关于报告推进依法行政工作进展情况的通知 各县(区)人民政府:"
        " 市政府决定,各县(区)政府须于每年11月底前向市政府报告。现将有关事项通知如下:",
        "通知",
    ),
    (
        "an-announcement-inviting-views",
        None,
        "为更好地集中民智,推动2018年依法治市工作深入落实,某市依法治市领导小组办公室现面向社会"
        "公开征集2018年依法治市重点工作意见建议。现将有关事项公告如下。",
        "通知",
    ),
    (
        "request-for-reports",
        None,
        "2024年法治政府建设年度报告工作即将开始,请各单位于3月1日前将报告报送市司法局。",
        "通知",
    ),
    (
        "blue-book-release",
        "2021宁夏法治发展报告正式发布",
        "【摘要】:自治区政府高度重视全区法治政府建设。",
        "news",
    ),
    ("blue-book", "法治蓝皮书:中国地方法治发展报告", "社会科学文献出版社出版。", "blue book"),
    (
        "abstract",
        None,
        "【摘要】2022年,某省法治政府建设取得进展,本文从行政执法角度加以分析。",
        "research",
    ),
    (
        "perspective",
        "某市司法局",
        "党的二十大报告强调坚持走中国特色社会主义法治道路。以北京实践为视角,梳理发展路径。",
        "research",
    ),
    ("survey-report", "关于我县法治政府建设情况的调研报告", "县人大常委会组织调研。", "research"),
    (
        "assessment",
        None,
        "2020年,某省法治政府建设综合示范创建共有69个市县申请参加。评估发现,各市县水平持续提升。",
        "assessment",
    ),
    (
        "congress-review",
        "市人大常委会关于市人民政府2022年度法治政府建设情况报告的审议意见",
        "2023年4月,市人大常委会听取了报告。",
        "review",
    ),
    (
        "speech",
        "在全市法治政府建设工作会议上的讲话",
        "同志们:\n今天召开全市法治政府建设工作会议。",
        "speech",
    ),
    ("half-year-title", "某区2023年上半年法治政府建设工作总结", "一、主要工作", "part of a year"),
    ("half-year-opening", None, "2023年上半年,区司法局坚持依法行政。", "part of a year"),
    ("rectification", "关于法治督察反馈问题整改情况的报告", "区政府对照清单。", "rectification"),
    (
        "undated-purpose-news",
        None,
        "为深入贯彻习近平法治思想,形成全民共知法治政府建设示范市创建的良好局面。"
        "市交通运输局在全市交通系统开展宣传工作。\n一是滚动播放宣传标语。",
        "undated",
    ),
    (
        "undated-masked-template",
        None,
        "根据会议安排,现将全县法治政府建设情况报告如下,请予审议。\n"
        "今年以来,**县坚持依法行政,对照去年县人大常委会反馈意见,突出抓好重点工作。",
        "template",
    ),
    ("disclosure-any-name", "某县2023年度信息公开工作报告", "一、总体情况", "政府信息公开"),
    (
        "disclosure-by-its-topic",
        None,
        "一、总体情况\n2022年,市交通运输局认真贯彻执行《中华人民共和国政府信息公开条例》,"
        "加强政府信息公开平台建设,加大政府信息主动公开力度。",
        "政府信息公开",
    ),
    ("city-work-report", "2020年海口市政府工作报告", "海口市人大会议文件", "政府工作报告"),
    (
        "work-report-review-part",
        "2022年政府工作回顾",
        "我们夙夜在公、担当尽责,以政府自身建设实现了治理效能新提升。坚持依法行政。",
        "政府工作报告",
    ),
    (
        "work-report-with-a-note",
        "大庆市政府工作报告(大庆市政府年度工作报告)",
        "大庆市政府工作报告是对该市过去一年工作成果的全面总结。",
        "政府工作报告",
    ),
    ("court-work-report", "某市中级人民法院工作报告", "2023年,全市法院坚持。", "people's congress"),
    ("release-headline", "某市2022年度法治政府建设报告正式发布", "2022年,全市坚持。", "news"),
    ("meeting-headline", "某县召开法治政府建设示范创建工作推进会", "会议强调。", "news"),
    ("selected-headline", "某区入选第二批全国法治政府建设示范地区", "2022年,某区坚持。", "news"),
    ("collection", "2023年度市直部门法治政府建设年度报告汇总", "市教育局 市民政局", "list"),
    ("document-site-heading", "法治政府建设工作总结范文(精选5篇)", "第1篇", "template"),
    ("fullwidth-placeholder", None, "ｘｘ市2023年法治政府建设情况报告", "template"),
    ("graphic-reading", "一图读懂某区2023年法治政府建设年度报告", "2023年,某区坚持。", "解读"),
    ("plan-with-its-period", "某区法治政府建设实施方案(2021—2025年)", "一、总体要求", "方案"),
    ("inspection-headline", "某县顺利通过全国法治政府建设示范县创建实地核查", "会议强调。", "news"),
    ("numbered-templates", "法治政府建设工作总结(通用3篇)", "法治政府建设工作总结1", "template"),
    (
        "disclosure-form",
        None,
        "2023年,我局按照《中华人民共和国政府信息公开条例》要求,扎实推进相关工作。\n"
        "一、总体情况\n(一)主动公开情况\n全年主动公开信息120条。",
        "政府信息公开",
    ),
    (
        "disclosure-without-its-title",
        None,
        "一、总体情况\n2023年,在县委、县政府的坚强领导下,教育局认真做好政府信息公开工作。",
        "政府信息公开",
    ),
    (
        "disclosure-data-period",
        None,
        "本报告中所列数据统计期限为2023年1月1日至12月31日。",
        "政府信息公开",
    ),
    (
        "first-responsible-person",
        "某县县长2022年度述职述廉述法报告",
        "现将本人履行推进法治建设第一责任人职责情况报告如下。",
        "述法",
    ),
    (
        "one-person-as-i",
        None,
        "今年以来,我认真贯彻落实上级关于法治建设的重大决策部署,现将我履行职责情况报告如下。",
        "述法",
    ),
    ("one-person-in-the-body", None, "2022年,本人认真履行推进法治建设第一责任人职责。", "述法"),
    (
        "column-page",
        "法治政府建设年度报告",
        "市教育局2023年度法治政府建设情况报告 2024-03-01\n"
        "市民政局2023年度法治政府建设情况报告 2024-02-28\n"
        "市财政局2023年度法治政府建设情况报告 2024-02-27",
        "list",
    ),
    ("hearsay", None, "据了解,宜昌市2023年度法治政府建设情况报告已经市政府常务会议审议。", "news"),
    ("event-headline", "2023年度党政主要负责人述法评议会召开", "12月20日,县委召开会议。", "news"),
    ("visit-headline", "省司法厅到某县调研法治政府建设示范创建工作", "调研组一行。", "news"),
    ("idiom-headline", "某县多措并举推进法治政府建设", "今年以来,县司法局坚持。", "news"),
    ("writing-guidance", "法治政府建设年度报告撰写指引", "一、指导思想", "guidance"),
    ("guidance-headings", None, "一、报告名称\n法治政府建设年度报告\n二、报告主体", "guidance"),
    (
        "key-points-by-opening",
        None,
        "2024年是关键一年。为深入推进法治政府建设,现提出以下工作要点。",
        "方案",
    ),
    (
        "meeting-news",
        None,
        "3月15日,县政府召开常务会议,审议2023年度法治政府建设情况报告。\n会议强调,要压实责任。",
        "news",
    ),
    ("meeting-from-outside", None, "会上,市司法局局长汇报了2019年度法治政府建设工作情况。", "news"),
    (
        "self-assessment-for-an-appraisal",
        "某区2022年法治政府建设考核自评报告",
        "现将自评情况报告如下。",
        "performance",
    ),
    ("news-after-a-motto", None, "“法者,治之端也”。近日,某镇召开述法评议会议。", "news"),
    ("byline", None, "少年故事\n读创/某某商报驻某地记者 张三\n1月4日,区人大开会。", "news"),
    ("newspaper-continued", None, "(上接第一版)\n4. 在全省继续开展宪法学习宣传活动。", "news"),
    (
        "news-on-a-work-report",
        None,
        "2022年1月4日,区长代表区人民政府向大会作政府工作报告。报告对2021年作出总结。",
        "政府工作报告",
    ),
    ("work-report-part", None, "今年政府工作的总体要求是:坚持稳中求进。", "政府工作报告"),
    ("years-review-headline", "法治护航", "——某旗法治政府建设五年综述\n五年来,", "several"),
    ("disclosure-nianbao", "某县卫健局2023年政府信息公开年报", "一、总体情况", "政府信息公开"),
    (
        "congress-summary",
        "某县人大常委会2023年工作总结",
        "2023年,县人大常委会在县委领导下。",
        "congress",
    ),
    (
        "individual-duty",
        "张某同志2023年度履行推进法治建设第一责任人职责情况报告",
        "2023年,我始终坚持。",
        "述法",
    ),
    (
        "notice-on-reports",
        "某县人民政府办公室关于做好2023年度法治政府建设年度报告工作的通知",
        "各乡镇:",
        "通知",
    ),
    (
        "congress-session-news",
        None,
        "6月20日,市人大常委会会议听取了市政府关于法治政府建设情况的报告。",
        "news",
    ),
    ("courts-report", "某市中级人民法院工作报告", "各位代表:", "政府工作报告"),
    (
        "work-report-body",
        None,
        "过去一年,我们坚持稳中求进。各位代表,今年政府工作的总体要求是:",
        "政府工作报告",
    ),
    (
        "reading-headline",
        "一图读懂|某区2023年法治政府建设年度报告",
        "2023年,某区坚持依法行政。",
        "解读",
    ),
    (
        "congress-review",
        "关于某市人民政府2023年度法治政府建设情况报告的审议意见",
        "市人民政府:",
        "审议意见",
    ),
    ("general-summary", "2022年政府工作总结", "2022年,是极不平凡的一年。", "summary"),
    (
        "summary-below-banner-and-markup",
        None,
        '<dl id="x"></dl><video id="x"></video>\n某区欢迎您!用户登录\nimg\n某区政务服务管理办公室\n'
        "某区政务服务中心\n某区一站式服务中心\n首页 > 重点工作\n2022年政府工作总结\n2022年,全力。",
        "summary",
    ),
    (
        "justice-system-summary",
        None,
        "2021年,全市司法行政系统坚持以习近平法治思想为指导,履职尽责。\n一、政治建设全面加强",
        "summary",
    ),
    ("appeal", "创建全国法治政府建设示范市倡议书", "市民朋友们:\n建设法治政府是重点。", "倡议书"),
    ("open-letter", None, "致全市人民的一封公开信\n亲爱的市民朋友们:\n法治兴则国兴。", "公开信"),
    # A span of years before 报告 (its dash may be lost in a repost): a white paper, not a year.
    (
        "span-of-years",
        "某省依法行政状况(2016-2020)总报告",
        "前言\n党的十八大以来,我省依法行政。",
        "several",
    ),
    (
        "span-lost-dash",
        None,
        "某市依法行政状况(20152019)总报告\n前言\n全市推进依法行政。",
        "several",
    ),
    # News: a visit over two days, a meeting's chair and guests, a headline deploying work.
    ("days-span", None, "5月8日至9日,省人大常委会副主任一行来到青山县视察。", "news"),
    ("visit", None, "2023年5月8日,副厅长来到青山县,就法治政府建设示范创建进行调研。", "news"),
    (
        "chaired-attended",
        None,
        "9月5日,青山县召开推进会议。副县长李某主持会议,县法院院长王某、县检察院检察长赵某出席会议。",
        "news",
    ),
    (
        "deploying-headline",
        "青山县全面安排部署2023年法治政府建设督察工作",
        "9月5日,召开会议。",
        "news",
    ),
    (
        "news-on-a-report",
        None,
        "近日,某市人民政府向社会公布了2023年度法治政府建设年度报告。",
        "news",
    ),
    (
        "report-published",
        "某市2023年度法治政府建设年度报告正式发布",
        "报告显示,某市依法行政。",
        "news",
    ),
    # The people's congress's own year, or its standing committee's work report.
    (
        "congress-year",
        None,
        "2024年是我市人大立法、监督工作取得丰硕成果的一年。全年任免国家机关工作人员52人次。",
        "people's congress's own",
    ),
    (
        "congress-subject",
        None,
        "2023年,在市委的坚强领导下,市人大常委会深入贯彻党的二十大精神,依法履职。",
        "people's congress's own",
    ),
    (
        "congress-report",
        "某市人大常委会工作报告",
        "2023年,常委会坚持党的领导。",
        "people's congress's own",
    ),
    (
        "work-report-at-congress",
        "政府工作报告",
        "——2024年1月10日在青山市第十七届人民代表大会第四次会议上\n青山市市长 王某",
        "政府工作报告",
    ),
    (
        "department-disclosure",
        "某市司法局2023年度政府信息公开工作年度报告",
        "本报告由市司法局编制。",
        "政府信息公开",
    ),
    ("reading-of-a-cited-report", "《某市2023年法治政府建设年度报告》解读", "一、出台背景", "解读"),
    ("official-shufa", "某区区长2023年度述法报告", "2023年,我认真履行第一责任人职责。", "述法"),
    (
        "key-points",
        "某县2024年法治政府建设工作要点",
        "2024年是实施“八五”普法规划的关键之年。",
        "工作要点",
    ),
    (
        "issuing-notice",
        "关于印发《某县2024年法治政府建设工作要点》的通知",
        "各乡镇人民政府:",
        "通知",
    ),
    (
        "implementation-plan",
        "某市法治政府建设实施方案(2021—2025年)",
        "为落实纲要,制定本方案。",
        "方案",
    ),
    (
        "general-summary",
        "某县2023年政府工作总结",
        "2023年,全县经济运行稳中向好。",
        "general work summary",
    ),
    (
        "a-bureau-summary-naming-no-law",
        "市水利局2023年工作总结和2024年工作打算",
        "2023年,全市水利系统扎实推进各项工作。",
        "general work summary",
    ),
    # A news item quotes an official (simplified and traditional: the rules see simplified text).
    (
        "news-quoting-an-official",
        None,
        "2024年,某省全面建立合法性审查机制。“一年来审查决策事项300余件。”省司法厅相关负责人说。",
        "news",
    ),
    (
        "news-quoting-an-official-traditional",
        None,
        "全國率先!2024年,某省全面建立評估機制。“問題發生率大幅降低。”省委依法治省辦相關負責人說。",
        "news",
    ),
    (
        "news-official-introduces",
        None,
        "今年以来,某区持续优化营商环境。区司法局局长李某介绍:“我们梳理了执法事项清单。”",
        "news",
    ),
    # …or hangs under a news site's column, and names no year.
    (
        "news-column-breadcrumb-traditional",
        None,
        "中國某某網 > 專題 > 要聞\n依法治理是高質量發展的保障\n某區積極開展法治文化建設。",
        "news",
    ),
    ("news-column-line", None, "国内新闻\n法治建设为发展护航\n某市深入推进依法行政。", "news"),
    # A plan's evaluation.
    ("plan-evaluation", "某区生态环境“十四五”规划中期评估", "一、规划实施情况", "规划"),
    (
        "plan-evaluation-traditional",
        "某區“十四五”規劃實施情況中期評估報告",
        "一、規劃實施情況",
        "规划",
    ),
    (
        "cited-document-evaluation",
        "《某区加强法治政府建设实施意见(2021-2025年)》后评估情况报告",
        "2025年7月,区司法局对《实施意见》组织开展后评估,现将有关情况报告如下。",
        "规划",
    ),
    (
        "plan-evaluation-by-its-opening",
        None,
        "根据《关于开展某区“十四五”规划实施中期评估工作的通知》要求,我局开展了评估,汇报如下:",
        "规划",
    ),
    # A speech's salutation.
    (
        "speech-salutation",
        "某县2024年工作报告",
        "尊敬的各位领导、亲爱的同事们:\n我谨代表县政府,向大家汇报2023年的工作成果。",
        "讲话",
    ),
    (
        "speech-salutation-traditional",
        None,
        "尊敬的各位來賓:\n2023年,我縣經濟社會發展取得顯著成效。",
        "讲话",
    ),
    # An article's byline: a person with their post.
    (
        "byline-with-a-post",
        None,
        "马 某(某自治区司法厅法治督察局副局长)\n做好新时代法治政府建设,要以习近平法治思想为指导。",
        "research",
    ),
    (
        "byline-with-a-post-traditional",
        None,
        "張某某(某省司法廳法治調研處處長)\n近年來,某省高度重視法治政府建設。",
        "research",
    ),
    (
        "plan-cascaded-from-the-plan-above",
        None,
        "根据水利部《2024年水利法治工作要点》和我省水利工作实际,2024年全省水利法治工作坚持以"
        "习近平法治思想为指导。",
        "work plan",
    ),
    (
        "plan-cascaded-with-jiehe",
        None,
        "根据省司法厅《2023年普法依法治理工作要点》,结合我市实际,2023年全市普法工作要突出重点。",
        "work plan",
    ),
    (
        "assessment-done-headline",
        "市审计局顺利完成2023年度法治政府建设考核",
        "1月5日,市法治政府建设考核组到我局开展实地考核。",
        "news",
    ),
    (
        "measures-counted-from-outside",
        None,
        "某县立足实际,采取四大举措,扎实推进法治政府建设示范创建。",
        "news",
    ),
    (
        "a-named-leader-stressed",
        None,
        "会议通报了第三方评估情况。县委副书记、县长李明华强调,要压实责任。",
        "news",
    ),
    (
        "feature-headline-undated",
        "奋力打造法治建设先行区",
        "湖滨市坚持以习近平法治思想为引领,法治考核连续5年位居全省前列。",
        "news",
    ),
    (
        "feature-headline-坚定不移-undated",
        None,
        "当前位置:首页>>司法动态\n坚定不移沿着习近平同志开创的建设法治浙江道路砥砺前行\n"
        "发布日期:2021-05-18 15:46\n浙江是法治中国建设重要发源地和实践地。",
        "news",
    ),
    (
        "congress-heard-it-told-from-outside",
        None,
        "正在召开的市人大常委会第十次会议听取和审议了市人民政府关于2023年度法治政府建设情况的报告。",
        "news",
    ),
    (
        "congress-heard-it-then-a-paper-says-our-province",
        None,
        "省人大常委会会议听取和审议了省政府2023年度法治政府建设情况报告。报告显示,去年我省"
        "持续深化放管服改革。",
        "news",
    ),
    (
        "a-plan-opens-with-the-year-s-overall-requirements",
        None,
        "2024年全县法治农业建设工作的总体要求是:深入学习贯彻习近平法治思想,全面推进依法行政。",
        "工作要点",
    ),
    (
        "a-byline-with-a-correspondent",
        None,
        "某某在线5月12日讯(通讯员 王某) 近日,省委依法治省办命名了第二批法治政府建设示范市。",
        "news",
    ),
    (
        "a-feature-on-the-five-year-plan-s-years",
        None,
        "“十四五”以来,某某市以深化法治领域改革为驱动,法治建设呈现亮点频出的良好态势。",
        "news",
    ),
    # A news site's column above a page whose only year is its timestamp (traditional characters).
    (
        "news-column-over-a-timestamp-traditional",
        None,
        "人民網>>河北頻道>>省內要聞\n法潤燕趙 善治河北\n2026年01月04日08:22 | 來源:河北日報\n"
        "3項工作在全國率先推進,4項工作走在全國前列。",
        "news",
    ),
    (
        "a-body-releasing-its-report-headline",
        "国家林草局发布2021年度法治政府建设报告",
        "国家林业和草原局坚持依法行政,法治建设成效显著。",
        "news",
    ),
    (
        "a-report-quoted-from-outside-traditional",
        None,
        "水利部日前發布《2021年度法治政府建設工作報告》(以下簡稱《報告》),《報告》指出,水利法治建設成效顯著。",
        "news",
    ),
    (
        "a-dateline-then-the-day",
        None,
        "春城晚报讯3月8日,某市某区召开2023年法治政府建设工作会议。",
        "news",
    ),
    (
        "a-commentary-series",
        "依法行政 善治为民——2023年交通运输工作系列述评之法治篇",
        "法者,治之端也。",
        "commentary",
    ),
    (
        "a-column-essay-traditional",
        "邊疆觀察:建設法治新疆",
        "法者,治之端也。良法是善治之前提。",
        "commentary",
    ),
    (
        "a-work-report-s-five-years",
        None,
        "過去五年,是某市發展歷史上具有里程碑意義的五年。五年來,我們全面貫徹落實決策部署。",
        "several years",
    ),
    (
        "an-article-announcing-what-it-will-discuss",
        None,
        "引言\n某市近年来在法治建设方面取得了显著成果。本文将详细探讨某市的实践与成效。",
        "research",
    ),
    # A template site's template, however it says what it reports: no one named, or no year.
    (
        "a-template-that-names-the-whole-county",
        "县法治政府建设情况范文(精选3篇)",
        "第一篇:法治政府建设情况\n现将全县2019年法治政府建设情况报告如下。",
        "范文",
    ),
    (
        "a-template-with-a-placeholder-name",
        "县法治政府建设情况范文(精选3篇)",
        "第一篇:法治政府建设情况\n现将xx县2019年法治政府建设情况报告如下。",
        "范文",
    ),
    (
        "a-template-with-no-year",
        "法治政府建设情况范文(精选3篇)",
        "第一篇:法治政府建设情况\n现将某局法治政府建设情况报告如下。",
        "范文",
    ),
    # Round 15: the kinds met on the sixteenth set, each in a form of its own.
    (
        "a-quarter-s-progress-table",
        None,
        "> 政务公开 > 工作报告\n某市政府2021年重点工作二季度进展情况表\n"
        "序号\n内容与要求\n进展情况\n责任单位",
        "part of a year",
    ),
    (
        "a-letter-on-rectifying-an-audit-s-findings",
        "某市人民政府关于2023年专项审计调查发现问题整改情况的函",
        "自治区审计厅:\n现将整改情况函告如下。",
        "rectification",
    ),
    (
        "a-report-on-recent-years-by-its-title",
        "某区税务局近年来依法行政工作情况的报告",
        "区税务局深入推进依法行政,圆满完成了各项工作任务。现将有关情况报告如下:",
        "several years",
    ),
    (
        "opens-with-the-government-s-term",
        None,
        "本届政府以来,某市坚持依法行政,法治政府建设迈上新台阶。现将有关情况报告如下:",
        "several years",
    ),
    (
        "a-feature-s-refrain-of-five-years",
        None,
        "五年,制定地方性法规18部,备案审查规范性文件800余件;\n五年,全省建成公共法律服务站点300余个;",
        "several years",
    ),
    (
        "an-undated-page-of-a-work-report",
        "政府工作报告",
        "推进依法行政。出台政府规章5部,办理人大代表建议150件,政务服务事项全部网上可办。",
        "people's congress",
    ),
    (
        "a-plan-s-execution-report-below-a-list-of-links",
        None,
        PORTAL_LINKS + "某区2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n"
        "——2023年1月8日在某区第八届人民代表大会第三次会议上",
        "people's congress",
    ),
    (
        "a-state-assets-report-to-the-standing-committee",
        "某自治区人民政府关于2022年度国有自然资源资产管理情况的专项报告",
        "——2023年10月在自治区人民代表大会常务委员会第五次会议上",
        "another subject",
    ),
    (
        "an-audit-report",
        "关于2022年度县级预算执行和其他财政收支的审计工作报告",
        "县人大常委会:\n受县人民政府委托,现将审计情况报告如下。",
        "another subject",
    ),
    (
        "a-bureau-s-summary-that-says-nothing-of-law",
        None,
        "2023年,是全面贯彻党的二十大精神的开局之年,某区卫生健康局围绕强基层、建高地的主线,"
        "一手抓疾病防控,一手抓事业发展,多项工作成绩明显。全区共有医疗机构700余间。",
        "general work summary",
    ),
    # Round 17: a table of contents above the title; the cues that stay.
    (
        "a-work-report-below-its-table-of-contents",
        None,
        CONTENTS + "临江市2023年政府工作报告\n各位代表:\n现在,我代表市人民政府向大会报告工作。",
        "people's congress",
    ),
    (
        "a-disclosure-report-that-cites-the-regulations-first",
        None,
        "本年度报告根据《中华人民共和国政府信息公开条例》和《法治政府建设实施纲要》编制。"
        "本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
        "disclosure",
    ),
    (
        "a-public-notice-of-assessment-results",
        "关于2022年度法治政府建设考核结果的公示",
        "经综合评定,现将考核结果予以公示。",
        "list",
    ),
    (
        "a-decision-s-operative-words-after-a-paragraph-of-reasons",
        None,
        "2005年11月,省委就深入推进法治建设作出部署,强调以依法行政和公正司法为重点。"
        + "全省各地、各部门认真贯彻落实省委的部署要求,加强法治建设工作。" * 10
        + "经省委、省政府同意,决定对临江市等17个创建工作先进单位予以表彰。",
        "decision",
    ),
    (  # the author's name alone after the paper's mark, a traditional-character repost
        "a-byline-after-the-paper-s-mark",
        None,
        "■ 包旭杰\n2004年3月22日,國務院發布《全面推進依法行政實施綱要》。十年來,我州積極貫徹落實。",
        "news",
    ),
    (
        "a-report-told-of-by-the-day-it-was-released",
        None,
        "完成法律、行政法规起草审查项目62件。" * 12
        + "\n3月30日公布的司法部2021年法治政府建设年度报告,无疑是一份抢眼的成绩单。",
        "news",
    ),
    (
        "a-congress-opening-with-the-government-s-report",
        None,
        "<h3> 2月26日上午9时,章贡区第五届人民代表大会第四次会议在区政中心隆重开幕。</h3>"
        + "<h3> 大会主席团常务主席主持大会,与会人员全体起立,奏唱国歌。</h3>" * 8
        + "<h3> 区委副书记、区长连天浪代表章贡区人民政府向大会报告工作。</h3>",
        "work report to the people's congress",
    ),
    (
        "a-public-notice-of-a-list",
        "关于2023年度法治政府建设示范项目的公示",
        "经评审,拟命名以下项目为示范项目,现予公示。",
        "list",
    ),
    (  # a comma before 向大会, no title
        "a-work-report-delivered-with-a-comma",
        None,
        "现在,我代表市人民政府,向大会报告2017年政府工作,对2018年工作提出建议,请各位代表予以审议。",
        "work report to the people's congress",
    ),
    (
        "a-research-group-s-byline",
        "2015年某省法治政府建设报告(下)",
        "某省社会科学院《某省法治政府建设研究》课题组\n四、严格规范行政执法\n"
        "2015年,某省着力推进依法行政。",
        "research",
    ),
    (
        "a-template-s-title-with-a-bare-level-word",
        "2016年乡依法行政工作总结报告",
        "2016年以来,*乡依法行政工作坚持以科学发展观为指导。",
        "template",
    ),
    (
        "a-template-s-title-run-into-its-text",
        None,
        "2016年乡依法行政工作总结报告 2016年以来,*乡依法行政工作坚持以科学发展观为指导。",
        "template",
    ),
    (
        "an-undated-essay-looking-back-since-the-eighteenth-congress",
        None,
        "法治兴则国家兴,法治衰则国家乱。\n党的十八大以来,贵州省委、省政府认真落实全面依法治国的决策部署。\n"
        "年11月,党的历史上首次召开中央全面依法治国工作会议。",
        "several years",
    ),
    (
        "a-government-work-report-s-refrain-this-five-years",
        None,
        "这五年,我们加快绿色转型、建设美丽浙江,绿水青山就是金山银山发展之路越走越精彩。",
        "several years",
    ),
    (
        "a-department-s-final-accounts",
        None,
        "索 引 号: | 002482365/2021-07341 | 公开日期: | 2021-08-31 |\n"
        "2020年度浙江省卫生健康委员会部门决算\n一、概况\n(一)部门职责",
        "预算",
    ),
    (
        "a-department-s-final-accounts-by-its-parts",
        None,
        "发布时间:2025-10-22 信息来源:洪江市交通运输局\n目录\n"
        "第一部分 洪江市交通运输综合行政执法大队概况\n"
        "一、部门职责\n二、机构设置及决算单位构成\n第二部分 部门决算表\n一、收入支出决算总表",
        "预算",
    ),
    (
        "a-catalogue-of-disclosed-items",
        None,
        "政府信息主动公开事项目录\n\n为深入贯彻落实党中央国务院以及省、市关于全面推进政务公开工作的部署要求,我区着力推进。",
        "list",
    ),
    (
        "a-court-s-report-to-the-standing-committee",
        None,
        "温州市中级人民法院\n(\n主任、副主任、秘书长、各位委员:\n遵照市人大常委会关于审议法院行政审判情况的安排,我院自今年4月起…",
        "work report",
    ),
    (
        "a-repost-of-a-government-work-report",
        None,
        "陕西省政府工作报告全文,陕西省政府工作报告精神要点解读和中英文翻译(三)\n(七)结合教育实践活动狠抓自身建设,政府工作效能进一步提升。",
        "work report",
    ),
    (
        "a-disclosure-report-with-a-paragraph-before-its-first-part",
        None,
        "一、總體情況\n2023年,堅持以習近平新時代中國特色社會主義思想為指導,嚴格落實《條例》各項規定。\n"
        "(一)主動公開情況。一是強化頂層設計。",
        "政府信息公开",
    ),
    (
        "a-provincial-justice-system-s-year-in-review",
        None,
        "2021年,山西司法行政系统以学习贯彻习近平法治思想为统领,各项工作取得了新成效。\n"
        "一、党的建设得到全面加强",
        "general work summary",
    ),
    (  # a dateline after the site's name: 讯 not of 资讯
        "a-dateline-after-a-news-site-s-name",
        None,
        "中国江苏网讯 5月20日,某市召开法治政府建设推进会。",
        "news",
    ),
    (  # the plan's year named again only for a deadline in its second half
        "a-plan-s-requirements-with-a-deadline-late-in-its-year",
        None,
        "2023年全市法治交通建设工作的总体要求是:全面推进依法行政。\n"
        "一、加强立法\n(一)2023年11月30日前完成规章清理。",
        "work plan",
    ),
    (
        "a-feature-counting-its-highlights",
        None,
        "为筑牢法治根基——2025年全省法治建设和司法行政工作十大亮点\n2025年,省司法厅认真贯彻。",
        "news",
    ),
    (
        "a-five-year-review-after-a-slogan",
        None,
        "法治兴则民族兴,法治强则国家强。“十四五”以来,某省坚持法治某省一体建设。",
        "news",
    ),
    (
        "a-yearbook-excerpt-with-its-editors",
        None,
        "政府法治,有序推进(之六)\n主编:某某   副主编:某某\n执行主编:某某\n正文。",
        "research",
    ),
    (
        "a-congress-s-law-enforcement-inspection",
        None,
        "主任、各位副主任,各位委员:\n区人大常委会对我区“一法一条例”的实施情况开展了执法检查。"
        "现将执法检查有关情况报告如下:",
        "people's congress",
    ),
    (  # a notice publishing a document that is no report
        "a-notice-publishing-a-list",
        None,
        "现将《2024年度法治政府建设示范项目名单》予以公布。",
        "通知",
    ),
    (  # no title line: the first sentence publishes the page as what it is
        "a-disclosure-report-published-by-its-first-sentence",
        None,
        "根据《中华人民共和国政府信息公开条例》(国务院令第711号)规定,现发布《某省2019年度政府信息"
        "公开工作报告》。\n一、总体情况\n2019年,某省深入贯彻实施《条例》。",
        "政府信息公开",
    ),
    (
        "a-disclosure-report-handed-over-in-its-first-sentence",
        None,
        "现将《某市交通运输局2022年政府信息公开工作年度报告》公布如下。\n2022年,我局扎实推进。",
        "政府信息公开",
    ),
    (  # a department's yearly summary in its set form: the unit, then its year's work
        "a-department-s-summary-introducing-its-unit",
        None,
        "市卫生健康委\n一、单位情况介绍\n某市卫生健康委员会是主管全市卫生健康工作的市政府组成部门。\n"
        "二、2023年度工作总结\n2023年,市卫生健康委坚持以习近平新时代中国特色社会主义思想为指导。",
        "general work summary",
    ),
    (  # a plan opens with its overall thinking, then its targets
        "a-plan-opening-with-its-overall-thinking",
        None,
        "总体思路:坚持以习近平新时代中国特色社会主义思想为指引,坚持人民至上、生命至上。",
        "plan",
    ),
    (
        "a-plan-setting-its-targets",
        None,
        "坚持安全第一、预防为主,全力推动高质量发展。\n工作目标:\n安全生产方面:重点行业领域专项整治取得明显成效。",
        "plan",
    ),
    (  # a span of years closing the title, after 报告
        "a-self-inspection-report-on-five-years",
        "市自然资源和规划局关于推进法治政府建设情况的自查报告(2016-2020)",
        "2016年以来,全市自然资源规划系统全面推进法治政府建设。",
        "several years",
    ),
    (
        "a-summary-on-a-span-of-years-with-its-mark",
        "某县法治政府建设工作总结(2018—2020年)",
        "2018年以来,县政府坚持依法行政。",
        "several years",
    ),
    (  # an undated feature: a definition first, then the span
        "an-undated-feature-opening-with-a-definition-then-recent-years",
        None,
        "法治政府建设是全面依法治国的重点内容和主体工程。近年来,某省聚焦瓶颈问题,实施“六大工程”。",
        "several years",
    ),
    (
        "an-undated-feature-opening-with-a-slogan-then-the-congress",
        None,
        "法治兴则国家兴。党的十八大以来,某省深入推进依法行政。",
        "several years",
    ),
    (  # a system's account of its field's work, whole, that names no law
        "a-province-s-environmental-work-completed",
        "2018年全省生态环境保护工作完成情况",
        "2018年,在省委、省政府的坚强领导下,全省生态环境保护系统深入学习贯彻。",
        "general work summary",
    ),
    (
        "a-city-s-yearly-work-completed",
        "2023年度全市交通运输工作完成情况",
        "2023年,全市交通运输系统稳中求进。",
        "general work summary",
    ),
    (  # an article's keyword label alone on its line, its words on the next: still a study's
        "an-article-s-keyword-label-above-its-words",
        None,
        "法治政府建设的地方实践\n关键词:\n法治政府;依法行政;地方实践\n近年来,各地推进法治政府建设。",
        "research article",
    ),
    (  # an article's keywords in a table's cell, filled
        "an-article-s-keywords-in-a-filled-cell",
        None,
        "法治政府建设的地方实践\n关键词: | 法治政府;依法行政 |\n近年来,各地推进法治政府建设。",
        "research article",
    ),
]


@pytest.mark.parametrize(
    ("title", "body", "word"), [c[1:] for c in NEAR_MISSES], ids=[c[0] for c in NEAR_MISSES]
)
def test_near_misses_get_a_reason(vocabulary, title, body, word):
    reason = vocabulary.reason(title, body)
    assert reason is not None and word in reason


REPORTS = [
    (
        "its-parts-name-no-accounts-table",
        None,
        "目录\n第一部分 2024年法治政府建设工作情况\n第二部分 存在的问题\n"
        "2024年,县政府坚持依法行政。",
    ),
    (
        "a-report-to-the-standing-committee-by-a-government",
        None,
        "某县人民政府\n主任、副主任、秘书长、各位委员:\n受县人民政府委托,现将2024年度法治政府建设情况报告如下。",
    ),
    (
        "cites-the-work-report",
        "某县2024年法治政府建设情况报告",
        "2024年,县政府认真落实县政府工作报告全文提出的依法行政任务。",
    ),
    (
        "its-contents-are-no-catalogue-title",
        "某县2024年法治政府建设情况报告",
        "一、主要举措\n编制政府信息主动公开事项目录,推进政务公开。",
    ),
    (
        "cites-a-work-plan",
        "许昌市2024年法治政府建设情况报告",
        "2024年,市政府坚持依法行政。制定《许昌市2024年度法治政府建设工作要点》,狠抓落实。",
    ),
    (
        "addressee-and-headings",
        None,
        "中共嘉善县委、县人大常委会:\n2022年,县政府认真贯彻落实。现将2022年度法治政府建设情况报告如下:\n"
        "一、以务求实效为目标,法治政府建设再踏新征程",
    ),
    (
        "breadcrumb-with-reading",
        "嘉善县人民政府关于2022年度法治政府建设情况的报告",
        "> 政务公开 > 政策文件及解读 > 其他文件\n2022年,县政府认真贯彻落实。",
    ),
    (
        "traditional",
        "廣州市海珠區人民政府關於2023年度法治政府建設情況的報告",
        "2023年,海珠區堅持。",
    ),
    (
        "report-with-next-years-plan",
        "忠县人民政府关于2020年度法治政府建设情况暨2021年工作安排的报告",
        "2020年,忠县坚持依法行政。",
    ),
    (
        "addressed-up",
        None,
        "县人大常委会:\n全年组织政府常务会议学法12次。",
    ),
    ("masked-repost", None, "2022年,**区坚持依法行政,落实《**区2022年工作要点》。"),
    ("year-in-the-opening", None, "2023年以来,某区市场监管局在区委、区政府的领导下坚持依法行政。"),
    ("award-in-the-body", None, "2022年,我市坚持依法行政,获评全国法治政府建设示范市。"),
    (
        "document-cited-in-a-title",
        "关于贯彻落实《法治政府建设实施纲要》情况的报告",
        "2022年,我市坚持。",
    ),
    (
        "a-news-site-repost-of-a-report-in-full",
        "某省人民政府关于2021年法治政府建设情况的报告",
        "4月2日,某省人民政府发布关于2021年法治政府建设情况的报告。\n2021年,某省政府坚持依法"
        "行政,深入推进法治政府建设。现将有关情况报告如下:\n一、主要举措",
    ),
    # Reports that use the near misses' words, in their titles, openings and furniture.
    (
        "cites-the-disclosure-regulations",
        "某区2023年法治政府建设情况报告",
        "2023年,区政府坚持依法行政,认真贯彻《中华人民共和国政府信息公开条例》,加大政务公开力度。",
    ),
    (
        "filed-under-the-disclosure-reports",
        "赣州市人民政府关于2022年度法治政府建设情况的报告",
        "您当前所在位置: 首页 > 政府信息公开年报\n政府信息公开年报\n政府信息公开工作年度报告\n"
        "2022年以来,在市委、市政府的正确领导下,我市坚持依法行政。",
    ),
    (
        "a-report-and-disclosure-in-one-title",
        "某县2022年度法治政府建设和政府信息公开工作报告",
        "2022年,县政府坚持依法行政。",
    ),
    ("titled-work-situation-report", "某县司法局2023年度法治政府建设工作情况报告", "我局坚持。"),
    ("titled-rule-of-law-government", "某县2022年法治政府工作报告", "县政府坚持。"),
    ("titled-work-summary", "某区司法局2022年法治政府建设工作总结", "2022年,我局坚持依法行政。"),
    (
        "opens-with-its-purpose-and-a-year",
        None,
        "为深入贯彻习近平法治思想,2022年,我县坚持依法行政。现将有关情况报告如下:",
    ),
    (
        "opens-with-its-purpose-under-a-dated-title",
        "某县2022年法治政府建设情况报告",
        "为深入贯彻习近平法治思想,我县坚持依法行政。现将有关情况报告如下:",
    ),
    (
        "addressed-up-for-review",
        None,
        "县人大常委会:\n根据会议安排,现将2022年法治政府建设情况报告如下,请予审议。",
    ),
    (
        "whole-justice-system",
        None,
        "2022年,全市司法行政系统在市委、市政府的正确领导下,全力推进法治政府建设。",
    ),
    (
        "mentions-a-speech-and-an-assessment",
        None,
        "2023年,市政府认真贯彻习近平总书记在中央全面依法治国工作会议上的讲话精神,"
        "委托第三方评估,群众满意度达95%。",
    ),
    (
        "mentions-the-half-year-and-rectification",
        None,
        "2023年,县政府坚持依法行政,上半年完成督察整改,制定整改方案。",
    ),
    (
        "mentions-a-blue-book",
        None,
        "2022年,自治区坚持依法行政,出版《法治内蒙古建设发展报告(2022)》。",
    ),
    (
        "filed-under-plan-and-work-report-columns",
        None,
        "规划计划\n政府工作报告\n工作计划\n2022年,县政府坚持依法行政,全面推进法治政府建设。",
    ),
    (
        "first-heading-on-disclosure",
        "某市人民政府关于2023年法治政府建设情况的报告",
        "市人大常委会:\n现将我市2023年法治政府建设情况报告如下:\n一、主要工作\n(一)主动公开政府信息",
    ),
    (
        "undated-purpose-saying-it-reports",
        None,
        "为认真贯彻习近平法治思想,我局认真开展了年度法治政府建设工作,现将有关情况汇报如下:",
    ),
    (
        "undated-purpose-with-achievements",
        None,
        "为深入贯彻习近平法治思想,我县紧紧围绕中心工作,扎实推进法治政府建设,取得明显成效。",
    ),
    # A page that starts inside a report (a document site's page 2, a cut capture).
    (
        "starts-at-a-paragraph-in-its-own-voice",
        None,
        "为协助镇街做好事权承接工作,我局多次派人分赴相关镇街开展监督指导。",
    ),
    (
        "starts-at-a-sentence-about-an-award",
        None,
        "法治政府建设工作在全省评估中位列第十名,市司法局被司法部表彰为全国七五普法先进单位\n"
        "一、主要举措及成效",
    ),
    (
        "translated-into-english",
        None,
        "Summary\n(1) In 2024, under the correct leadership of the Party Central Committee, the "
        "provincial government advanced the building of a law-based government.",
    ),
    (
        "speaks-as-we",
        None,
        "2022年,我们坚持依法行政,我市认真贯彻落实《法治政府建设实施纲要》。",
    ),
    (
        "a-meeting-inside-a-sentence",
        None,
        "2022年,县政府召开常务会议12次,会上审议规范性文件8件,会议听取法治政府建设情况汇报2次。",
    ),
    ("starts-at-a-cut-line", None, "修订《四川省生态环境厅行政规范性文件管理办法实施细则》等制"),
    (
        "one-dated-neighbour",
        "某市教育局2023年度法治政府建设情况报告",
        "上一篇:某市教育局2022年度法治政府建设情况报告 2023-03-01\n2023年,市教育局坚持依法行政。",
    ),
    (
        "summary-and-next-years-plan",
        "某区司法局2022年法治政府建设工作总结及2023年工作计划",
        "我局坚持。",
    ),
    ("report-and-next-steps", "某县2022年法治政府建设情况报告及下一步工作方案", "县政府坚持。"),
    (
        "site-columns",
        None,
        "发展规划\n规划计划\n我要提意见\n2022年,县政府坚持依法行政,全面推进法治政府建设。",
    ),
    (
        "more-site-columns",
        None,
        "政策解读\n信息公示\n督查通报\n表彰奖励\n2022年,县政府坚持依法行政。",
    ),
    (
        "guided-by-and-meeting-requirements",
        "宁安市2022年法治政府建设情况报告",
        "坚持以习近平法治思想为指引\n2022年,我市落实中央全面依法治国工作会议要求,切实推进。",
    ),
    (
        "cites-a-plan-of-its-year",
        None,
        "2022年,我市印发《赣州市2022年法治政府建设工作要点》,制定本年度工作计划。",
    ),
    (
        "links-to-its-reading",
        "青山县人民政府2020年法治政府建设年度报告",
        "原文链接:点击查看源文件\n政策解读链接:点击查看政策解读\n2020年,青山县坚持依法行政。",
    ),
    (
        "justice-bureau-on-rule-of-law",
        None,
        "2022年,全市司法行政系统深入践行习近平法治思想,全力推进法治政府建设。",
    ),
    ("rule-of-law-work-summary", "某区2022年法治政府工作总结", "2022年,区政府坚持依法行政。"),
    # Reports that name a near miss's kind in passing.
    (
        "answers-to-the-congress",
        "某县2023年法治政府建设情况报告",
        "2023年,县政府自觉接受县人大常委会监督,向县人大常委会报告法治政府建设情况。",
    ),
    (
        "proposes-appointments",
        None,
        "2023年,市政府坚持依法行政,提请市人大常委会任免国家机关工作人员12人次。",
    ),
    (
        "publishes-its-disclosure-report",
        "某县2023年法治政府建设年度报告",
        "2023年,县政府深化政务公开,主动公开政府信息1200条,发布《2022年政府信息公开工作年度报告》。",
    ),
    ("holds-a-shufa-meeting", None, "2023年,我县组织召开述法现场会,8名部门主要负责人现场述法。"),
    (
        "work-report-mentioned",
        None,
        "2023年,市政府将法治政府建设纳入政府工作报告,制定年度工作要点。",
    ),
    ("readings-published", None, "2023年,县政府坚持依法行政。发布政策解读32篇,一图读懂15期。"),
    (
        "answers-a-notice",
        None,
        "根据《关于做好2023年度法治政府建设年度报告工作的通知》要求,现将有关情况报告如下。",
    ),
    (
        "cites-a-multi-year-plan",
        None,
        "2023年,市政府对标《法治政府建设实施纲要(2021—2025年)》,推进依法行政。",
    ),
    ("chairs-meetings", None, "2023年,县长主持召开县政府常务会议12次,研究法治政府建设工作。"),
    (
        "visited-by-its-superior",
        None,
        "2023年,县政府坚持依法行政。3月15日至16日,市司法局来到我县,就法治督察进行调研。",
    ),
    (
        "deploying-heading",
        None,
        "精心安排部署法治政府建设工作\n2023年,县政府研究部署法治政府建设工作。",
    ),
    (
        "to-the-standing-committee",
        "某市人民政府关于2023年度法治政府建设情况的报告",
        "——2024年6月20日在市十七届人大常委会第十九次会议上\n市人大常委会:\n2023年,市政府坚持依法行政。",
    ),
    (
        "bureau-rule-of-law-summary",
        "某县司法局2023年法治政府建设工作总结",
        "2023年,县司法局坚持依法行政。",
    ),
    # Reports that use the words of the news, plan-evaluation, speech and byline rules.
    (
        "passed-a-plan-evaluation",
        "某县2023年法治政府建设情况报告",
        "2023年,县政府坚持依法行政,顺利通过“八五”普法规划中期评估验收。",
    ),
    (
        "reposted-under-a-news-column",
        None,
        "首页 > 区内新闻\n2022年,自治区党委和政府全面推进法治政府建设。",
    ),
    ("news-column-over-a-dated-report", None, "区内新闻\n2022年,县政府坚持依法行政。"),
    (
        "news-column-over-a-report-cut-at-a-heading",
        None,
        "区内新闻\n一、以习近平法治思想为指引,党对法治政府建设的领导全面加强",
    ),
    ("news-column-over-a-report-in-its-voice", None, "首页 > 要闻\n我市坚持依法行政,成效明显。"),
    (
        "quotes-a-document-not-an-official",
        None,
        "2023年,市政府坚持依法行政,落实“谁执法谁普法”责任制,群众满意度达95%。",
    ),
    (
        "signed-by-its-government",
        None,
        "某县人民政府\n(2024年3月20日)\n2023年,县政府坚持依法行政。",
    ),
    (
        "addressed-to-the-standing-committee-members",
        None,
        "主任、各位副主任、秘书长、各位委员:\n我受县人民政府委托,报告2023年法治政府建设情况。",
    ),
    (
        "congress-law-supported",
        None,
        "2023年,市政府提请审议地方性法规草案3件,配合市人大常委会立法、监督工作。",
    ),
    (
        "chair-and-one-guest",
        "青山县2023年度法治政府建设情况报告",
        "2023年,青山县坚持依法行政。3月5日,县政府召开常务会议,县长主持会议,副县长出席会议。",
    ),
    (
        "combined-with-disclosure",
        "某县2023年法治政府建设和政府信息公开工作报告",
        "2023年,县政府坚持依法行政。",
    ),
    (
        "to-the-standing-committee-body",
        None,
        "市人大常委会:\n2023年,市政府坚持依法行政。现将有关情况报告如下。",
    ),
    ("follows-up-a-review", None, "2023年,县政府认真办理县人大常委会审议意见,落实整改。"),
    (
        "township-rule-of-law-summary",
        "某镇2023年法治政府建设工作总结",
        "2023年,镇党委、镇政府坚持依法行政。",
    ),
    (
        "meeting-in-the-year",
        None,
        "2023年,县政府坚持依法行政。4月12日,县政府召开全县法治政府建设工作会议。",
    ),
    # A rule-of-law report's title names its subject; a 法制 summary is one.
    ("law-summary-of-a-bureau", "市交通运输局2023年法制工作总结", "2023年,我局坚持依法行政。"),
    ("a-bureau-summary-naming-rule-of-law", "市水利局2023年依法行政工作总结", "2023年,我局…"),
    # A report that works under a plan, not one cascaded from it.
    (
        "works-under-a-plan",
        None,
        "2023年,我市根据《2023年法治政府建设工作要点》要求,扎实推进依法行政。",
    ),
    (
        "leader-stressed-often",
        None,
        "2023年,我县坚持依法行政。县委书记、县长多次强调,要把法治政府建设摆在突出位置。",
    ),
    (
        "feature-call-headline-on-a-dated-report",
        "奋力谱写法治建设新篇章",
        "2023年,我市坚持以习近平法治思想为指导。现将有关情况报告如下:",
    ),
    (
        "feature-call-headline-坚定不移-on-a-dated-report",
        "坚定不移推进法治政府建设",
        "2023年,我市坚持以习近平法治思想为指导。现将有关情况报告如下:",
    ),
    # The 人大常委会 heard the report: said by the report itself, which opens as itself.
    (
        "congress-heard-it-said-by-the-report",
        None,
        "市人大常委会:\n现将我市2023年度法治政府建设情况报告如下:\n"
        "3月,市人大常委会听取和审议了市政府关于法治政府建设情况的报告。",
    ),
    (
        "congress-heard-it-in-the-year-said-by-the-government",
        None,
        "2023年,市政府坚持依法行政。市人大常委会听取和审议了市政府关于法治政府建设情况的报告。",
    ),
    (
        "congress-heard-it-in-the-year-in-first-person",
        None,
        "2023年,我县坚持依法行政,县人大常委会听取和审议了县政府关于行政复议工作情况的报告。",
    ),
    (
        "a-report-s-next-year-requirements-come-at-its-end",
        None,
        "2023年,县政府坚持依法行政。\n一、主要举措\n全面推进依法决策。\n四、2024年工作安排\n2024年全县法治政府建设工作的总体要求是:"
        "深入贯彻习近平法治思想。",
    ),
    (
        "a-report-dated-since-the-five-year-plan",
        "某县2023年度法治政府建设情况报告",
        "“十四五”以来,我县坚持依法行政。2023年,县政府全面推进法治政府建设。",
    ),
    # A template site's copy of a real report names its reporter and year: the report.
    (
        "a-real-report-copied-onto-a-template-site",
        "水利法治建设情况范文(精选3篇)",
        "以下是为大家整理的关于水利法治建设情况的文章3篇,欢迎品鉴!\n第一篇:水利法治建设情况\n"
        "水利部坚持以习近平法治思想为指导。现将水利部2021年法治政府建设情况和2022年主要安排报告如下。",
    ),
    (
        "a-real-report-copied-onto-a-template-site-traditional",
        "水利法治建設情況範文(精選3篇)",
        "第一篇:水利法治建設情況\n現將水利部2021年法治政府建設情況報告如下。",
    ),
    (
        "a-column-label-above-a-report-s-title",
        "[权威发布]江西省2017年法治政府建设情况报告",
        "2017年,江西省深入推进依法行政,法治政府建设取得新成效。",
    ),
    (
        "a-news-column-over-a-report-that-states-its-year",
        None,
        "某某网>>要闻\n2024年03月01日 来源:某某日报\n"
        "2023年,江西省坚持依法行政,全面推进法治政府建设。",
    ),
    # Round 15: what the new kinds must leave alone.
    (
        "a-rule-of-law-report-to-the-standing-committee",
        "某县人民政府关于2023年度法治政府建设情况的专项报告",
        "——2023年12月在县人民代表大会常务委员会第十次会议上\n县人大常委会:\n2023年,县政府坚持依法行政。",
    ),
    (
        "a-report-that-presents-its-year-and-names-the-law",
        None,
        "2023年,是全面贯彻党的二十大精神的开局之年,县政府深入学习贯彻习近平法治思想,全面推进依法行政。",
    ),
    (
        "a-report-filed-under-a-work-report-column-states-its-year",
        "政府工作报告",
        "2023年,市政府坚持依法行政,法治政府建设取得新成效。",
    ),
    (
        "a-report-below-a-list-of-links",
        None,
        PORTAL_LINKS
        + "临江区2023年法治政府建设年度报告\n2023年,区政府坚持依法行政,全面推进法治政府建设。",
    ),
    (
        "a-report-that-looks-back-on-five-years-after-its-year",
        "某市2022年法治政府建设年度报告",
        "2022年是本届政府任期的最后一年。\n五年来,市政府坚持依法行政,法治政府建设迈上新台阶。",
    ),
    (
        "a-report-that-names-the-state-assets-report-in-its-body",
        "某市2023年法治政府建设情况报告",
        "2023年,市政府依法接受人大监督,向市人大常委会报告国有资产管理情况和审计工作报告。",
    ),
    # Round 17: a report in the disclosure report's form, a report's own public notice, a
    # report below its table of contents and one that opens with its first headings.
    (
        "a-report-in-the-disclosure-report-s-form",
        "某区人民政府2022年度法治政府建设情况报告",
        "本年度报告根据中共中央、国务院《法治政府建设实施纲要(2021—2025年)》的要求,由某区人民政府"
        "编制。本年度报告中所列数据的统计期限自2022年1月1日起至12月31日止。",
    ),
    (
        "a-report-s-own-public-notice",
        None,
        "关于2021年度法治政府建设工作情况报告的公示\n来源:某县人民政府\n"
        "州法治政府建设工作领导小组办公室:\n2021年,我县坚持依法行政。现将有关情况总结如下:",
    ),
    (
        "a-report-that-tells-of-a-commendation-and-cites-the-decision",
        "临江市2023年法治政府建设年度报告",
        "2023年,市政府坚持依法行政。" + "全面推进法治政府建设。" * 30 + "市政府对10个法治政府"
        "建设先进单位予以表彰,印发《关于决定对临江区等10个先进单位予以表彰的决定》。",
    ),
    (  # a bullet heading of four characters or more is no byline
        "a-bullet-heading",
        None,
        "2023年,市政府坚持依法行政。\n■ 依法决策\n健全重大行政决策程序。",
    ),
    (  # a report cites another by its title (book titles are blanked)
        "cites-a-report-released-on-a-day",
        None,
        "2023年,市司法局坚持依法行政。学习3月30日公布的《司法部2021年法治政府建设年度报告》。",
    ),
    (  # a rule-of-law report goes to the standing committee, not to the full congress
        "reports-to-the-standing-committee",
        None,
        "2023年,县政府坚持依法行政。县政府代表县人民政府向县人大常委会报告法治政府建设情况。",
    ),
    (
        "a-report-below-its-table-of-contents",
        None,
        "一、主要举措\n(一)加强党的领导\n(二)完善依法决策\n(三)规范行政执法\n二、存在的不足\n"
        "临江市2023年法治政府建设年度报告\n2023年,市政府坚持依法行政,全面推进法治政府建设。",
    ),
    (
        "a-report-citing-a-newspaper-after-its-opening",  # negative: not the page's source
        "某县2020年法治政府建设情况报告",
        "2020年,县政府坚持依法行政。据《某州日报》报道,我县法治政府建设工作获得肯定。",
    ),
    (
        "a-report-with-a-survey-section-further-down",  # negative: 概况 not at a line's start
        "某县2020年法治政府建设情况报告",
        "2020年,县政府坚持依法行政,现将工作【概况】报告如下。",
    ),
    (
        "a-report-s-title-written-as-a-table-row",
        None,
        "| 临江市2023年法治政府建设年度报告 | " + "|" * 120 + "\n"
        "2023年,市政府坚持依法行政,全面推进法治政府建设。",
    ),
    (
        "a-report-that-opens-with-its-first-headings",
        None,
        "一、2023年工作情况\n(一)加强党的领导\n(二)完善依法决策\n(三)规范行政执法\n"
        "(四)强化监督\n市政府自觉接受人大监督,办结人大代表建议120件。",
    ),
    (  # negative: the paragraph that opens with a trend speaks as the government
        "a-report-opening-with-a-trend-in-its-own-voice",
        "某区2023年法治政府建设情况报告",
        "随着法治政府建设的深入推进,我区坚持依法行政,取得明显成效。现将有关情况报告如下。",
    ),
    (  # negative: the title names its place before the year
        "a-report-s-title-naming-its-township",
        "大河乡2016年依法行政工作总结报告",
        "2016年,大河乡坚持依法行政,取得明显成效。",
    ),
    (  # negative: a report to the standing committee, delivered to no 大会
        "a-report-to-the-standing-committee-with-a-comma",
        "某市2023年法治政府建设情况报告",
        "2023年,市政府坚持依法行政。受市人民政府委托,向市人大常委会报告工作。",
    ),
    (  # negative: a dated report that looks back since the eighteenth congress
        "a-dated-report-looking-back-since-the-eighteenth-congress",
        "某省2022年法治政府建设年度报告",
        "2022年,全省坚持依法行政。\n党的十八大以来,全省法治政府建设取得显著成效。",
    ),
    (  # negative: a report's sentence on the five years of a plan, not at its top
        "a-report-on-five-years-below-its-top",
        "某市2022年法治政府建设情况报告",
        "2022年,市政府坚持依法行政。\n这五年,全市法治政府建设取得新成效。",
    ),
    (  # negative: a report that cites a department's accounts in its text
        "a-report-citing-a-department-s-accounts",
        "某局2023年法治政府建设情况报告",
        "2023年,我局依法公开2022年度部门决算,接受社会监督。",
    ),
    (  # negative: a justice system's year that opens with the rule-of-law government
        "a-justice-system-s-opening-on-the-rule-of-law-government",
        None,
        "2021年,山西司法行政系统全面推进法治政府建设,各项工作取得了新成效。",
    ),
    (  # a site's menu (首 页 政务资讯 …) above the title: 资讯 is no dateline
        "a-site-menu-with-its-news-column",
        None,
        "首   页 政务资讯 政府信息公开 政务服务\n某市退役军人事务局2023年法治政府建设年度报告\n"
        "2023年,我局深入学习贯彻习近平法治思想,现将有关情况报告如下。",
    ),
    (  # the year's requirements first, then what was done late in that year
        "a-report-opening-with-its-year-s-requirements",
        None,
        "2025年某省人力资源和社会保障法治工作的总体要求是:坚持以习近平法治思想为指导。\n"
        "一、坚持依法履职\n2025年11月27日《条例》由省人民代表大会常务委员会会议通过。",
    ),
    (  # the report's own publication notice over its text
        "a-report-published-by-its-own-notice",
        None,
        "现将《某市文化和旅游局2025年度法治政府建设情况报告》予以公布。\n"
        "2025年,市文化旅游局深入学习贯彻习近平法治思想。现将2025年度法治政府建设情况报告如下:",
    ),
    (  # a highlight named in a sentence, not a headline's count
        "a-report-naming-a-highlight-in-a-sentence",
        "某县2023年法治政府建设情况报告",
        "2023年,我县行政复议工作被列为全省十大亮点之一。",
    ),
    (  # a government's report telling of an inspection it received
        "a-report-telling-of-the-congress-s-inspection",
        "某县2023年法治政府建设情况报告",
        "2023年,县人大常委会对我县开展执法检查,我县认真整改。现将有关情况报告如下:",
    ),
    (  # a report that names the plan's span after stating its year
        "a-report-stating-its-year-before-the-plan-s-span",
        None,
        "2023年是“十四五”规划承上启下之年。“十四五”以来,我县坚持依法行政。",
    ),
    (  # the site's filing field (体裁分类 公告公示) is no title of a list
        "a-report-filed-under-announcements-in-its-index-table",
        None,
        "| [ 索引号 ] | 11500000MB17643950/2026-00028 | [ 发文字号 ] | 无 |\n"
        "| [ 体裁分类 ] | 公告公示 |\n| [ 发布机构 ] | 市市场监管局 |\n"
        "某市市场监督管理局关于2025年法治政府建设情况的报告\n"
        "2025年,市局坚持依法行政,现将有关情况报告如下。",
    ),
    (  # an index table's bare label in a cell of its own (| 公开形式 | 公开目录 |) files the page
        "a-report-filed-under-a-catalogue-in-its-index-table-s-bare-cells",
        "中共大营镇委员会 大营镇人民政府关于2025年法治政府建设情况的报告",
        "| 索引号 | 6207250034/2026-00051 | 发文字号 | |\n| 公开形式 | 公开目录 | ||\n"
        "山丹县人民政府:\n2025年,大营镇坚持依法行政,现将有关情况报告如下。",
    ),
    (  # an index list's bulleted field (所属类目: 公开目录) is no title of a catalogue
        "a-report-filed-under-a-catalogue-in-its-bulleted-index-list",
        None,
        "2025年度某镇法治政府建设情况报告\n信息来源: 某镇 发布时间 2026-01-26\n"
        "  • 所属类目: 公开目录\n  • 体       裁: 报告\n"
        "2025年,某镇在区委、区政府的坚强领导下,坚持依法行政。",
    ),
    (
        "a-report-filed-under-bulletins-with-a-colon-label",
        None,
        "| 主题分类: | 通报 |\n| 发布机构: | 县政府 |\n"
        "2023年,在市委、市政府的坚强领导下,县政府坚持依法行政,现将有关情况报告如下。",
    ),
    (  # a report's own heading of its situation, under its title, is no yearbook label
        "a-report-with-an-overview-heading-below-its-title",
        None,
        "某县人民政府关于2023年法治政府建设情况的报告\n【工作概况】2023年,在市委、市政府的坚强"
        "领导下,县政府坚持依法行政,现将有关情况报告如下。",
    ),
    (  # a report's own publication notice names the report: it is the report
        "a-report-published-by-its-first-sentence",
        None,
        "根据《法治政府建设与责任落实督察工作规定》,现发布《某市2023年度法治政府建设情况报告》。\n"
        "2023年,市政府坚持依法行政。",
    ),
    (  # a disclosure report cited in a later sentence is not what the page is
        "a-report-citing-a-published-disclosure-report-later",
        None,
        "2023年,市政府坚持依法行政。我市现发布《某市2023年政府信息公开工作年度报告》,"
        "推进政务公开。",
    ),
    (  # a rule-of-law report's first part is its own year's work, its subject named
        "a-report-whose-first-part-is-its-year-s-rule-of-law-work",
        None,
        "某市司法局2023年法治政府建设情况报告\n一、基本情况\n2023年,市司法局坚持依法行政。\n"
        "二、2023年度法治政府建设工作总结\n(一)完善依法行政制度体系。",
    ),
    (  # a unit introduced, then its year's rule-of-law work: the heading names its subject
        "a-report-introducing-its-unit-then-its-rule-of-law-work",
        None,
        "一、单位基本情况\n某县应急管理局是县政府工作部门。\n"
        "二、2023年法治政府建设工作总结\n2023年,县应急管理局坚持依法行政。",
    ),
    (  # negative: an index table's empty keyword cell is no article's keywords
        "a-report-under-an-index-table-with-an-empty-keyword-cell",
        None,
        "索引号: | xhqrmzf-2022-00388 | 发布机构: | 溪湖区人民政府 |\n"
        "信息名称: | 2022年溪湖区法治政府建设工作报告 | 主题分类: | 执行结果公开 |\n"
        "关键词: |\n2022年溪湖区法治政府建设工作报告\n2022年,溪湖区坚持依法行政。现将有关情况"
        "报告如下:",
    ),
    (  # negative: 课题组 not a byline at the end of a line
        "a-report-naming-a-research-group-in-a-sentence",
        "某市2023年法治政府建设情况报告",
        "2023年,市政府委托课题组开展第三方评估,全面推进法治政府建设。",
    ),
    (  # negative: a report's next-year thinking comes at its end, not at its top
        "a-report-whose-plans-come-after-its-year",
        None,
        "2023年,县政府坚持依法行政,取得明显成效。\n一、2024年总体思路\n坚持依法行政。",
    ),
    (  # negative: a report on one year names one, after 报告
        "a-report-naming-its-year-after-its-title",
        "北京市法治政府建设年度报告(2016年)",
        "2016年,市政府坚持依法行政。",
    ),
    (  # negative: a dated report's opening may look back after its first sentence
        "a-dated-report-looking-back-after-its-first-sentence",
        "某省2022年法治政府建设情况报告",
        "2022年是本届政府任期的最后一年。近年来,省政府坚持依法行政。",
    ),
    (  # negative: the completion of its rule-of-law work names its subject
        "a-report-on-the-completion-of-rule-of-law-work",
        "2018年全省法治政府建设工作完成情况",
        "2018年,全省各级政府坚持依法行政。",
    ),
    (  # negative: a numbered heading is a report's part, not its title
        "a-report-s-heading-on-work-completed",
        None,
        "一、2016年工作完成情况\n2016年,区政府坚持依法行政。",
    ),
]


@pytest.mark.parametrize(("title", "body"), [c[1:] for c in REPORTS], ids=[c[0] for c in REPORTS])
def test_reports_are_not_near_misses(vocabulary, title, body):
    assert vocabulary.reason(title, body) is None


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_sample_reports_are_not_near_misses(vocabulary, path):
    assert vocabulary.reason(None, path.read_text(encoding="utf-8")) is None


SEEN_SETS = [s for s in SETS if s.name in {"dev", "held", "unseen", "fresh", "final", "sixth"}]


@pytest.mark.parametrize("evaluation_set", SEEN_SETS, ids=lambda s: s.name)
def test_no_page_that_starts_inside_a_labelled_report_is_flagged(vocabulary, evaluation_set):
    """Every real report of the evaluation sets, cut after each of its sentences and lines: a
    document site's second page or a cut capture is still a report, and no rule fires on one (nor
    the off-topic rule: a fragment of 400 Chinese characters or more always speaks of law)."""
    flagged = []
    for page in load_labels(evaluation_set.directory):
        if page.near_miss or not evaluation_set.keep(page.page_id):
            continue
        document = read_document(evaluation_set.directory / f"{page.page_id}.txt")
        _, body = split_title(clean_text(document.text).text, document.title)
        for cut in re.finditer(r"[。\n]", body):
            fragment = body[cut.end() :]
            reason = vocabulary.reason(None, fragment) or vocabulary.off_topic(None, fragment)
            if len(fragment.strip()) >= 40 and reason:
                flagged.append((page.page_id, reason, fragment.strip()[:40]))
    assert not flagged


def test_badge_label_is_chinese(vocabulary):
    warning = near_miss_warning(vocabulary.reason("2022年上海市政府信息公开工作年度报告", ""))
    assert near_miss_label([warning]) == "政府信息公开年度报告"
    assert near_miss_label(["year not found"]) is None


# A page's worth of text that never speaks of law: an environment bulletin's paragraph, a
# government work report's, an essay's (about 450 Chinese characters together).
OFF_TOPIC_PARTS = (
    "2021年,全市上下深入贯彻重要指示精神,高标准推进生态环保督察整改,高质量打好污染防治攻坚战,"
    "高水平谋划新时代美丽城市建设。水环境质量方面,市控以上断面水质优良比例为100%,县级以上集中式"
    "饮用水水源地水质达标率为100%。环境空气质量方面,市区环境空气优良天数比例为88.5%,细颗粒物平均"
    "浓度为每立方米28微克,同比下降3.4%。",
    "这五年,我们加快绿色转型、建设美丽家园,绿水青山就是金山银山发展之路越走越精彩。深入实施生态"
    "文明示范创建行动,建成全国首个生态省,千村示范、万村整治工程获联合国地球卫士奖。空气质量在全国"
    "重点区域率先达标,地表水和近岸海域水质显著改善,生活垃圾实现零增长零填埋,生态环境公众满意度"
    "持续提升。碳达峰、碳中和体系构架基本形成,能耗、碳排放强度稳步下降。",
    "在新时代社会经济高速发展的今天,各种风险隐患随之增多,社会公共危机已由非常态转为常态。完善全县"
    "应急体系建设,一要健全应急指挥机构,二要加强应急队伍建设,三要完善应急物资储备,四要强化应急"
    "演练和宣传教育,不断提升全县防范化解重大风险的能力。各乡镇要配齐专职人员,建立隐患排查台账,做到早发现、早报告、早处置。",
)
OFF_TOPIC = "\n".join(OFF_TOPIC_PARTS)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (None, OFF_TOPIC),
        ("关于完善全县应急体系建设的思考及建议", OFF_TOPIC),
        (None, OFF_TOPIC.replace("这五年", "這五年").replace("发展", "發展")),  # traditional
    ],
    ids=["untitled", "titled-essay", "traditional"],
)
def test_a_page_that_never_speaks_of_law_is_off_topic(vocabulary, title, body):
    reason = vocabulary.off_topic(title, body)
    assert reason is not None and near_miss_label([near_miss_warning(reason)]) == "非法治报告"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("某县2023年法治政府建设年度报告", OFF_TOPIC),  # its title speaks of 法治
        (None, OFF_TOPIC + "\n县政府坚持依法决策,全年召开常务会议24次。"),  # its text, once
        (None, OFF_TOPIC + "\n全面推进严格规范公正文明执法。"),
        (None, OFF_TOPIC_PARTS[0] + OFF_TOPIC_PARTS[1]),  # too short to judge (a later page)
        (None, "附件:2023年度工作报告.pdf"),  # a stub
        (None, "The provincial government advanced the building of a law-based government. " * 20),
    ],
    ids=[
        "title-names-it",
        "text-names-it-once",
        "speaks-of-enforcement",
        "short-page",
        "stub",
        "english-translation",
    ],
)
def test_a_page_that_speaks_of_law_or_says_little_is_not_off_topic(vocabulary, title, body):
    assert vocabulary.off_topic(title, body) is None


# The opening of a government's report to its people's congress on the environment: no word of law.
ENVIRONMENT_REPORT = (
    "自治区人大常委会:\n受自治区人民政府委托,我向自治区人大常委会报告我区2023年度环境状况和环境保护"
    "目标完成情况,请审议。\n一、生态环境状况和主要目标完成情况\n2023年,全区生态环境质量持续改善。"
)


@pytest.mark.parametrize(
    "title",
    [
        "自治区人民政府关于2023年度环境状况和环境保护目标完成情况的报告",
        "某市人民政府关于2022年度国有资产管理情况的综合报告",
        "市生态环境局2024年工作总结",
        "某县2023年度环境保护工作情况",
    ],
    ids=["environment-report", "assets-report", "work-summary", "work-situation"],
)
def test_a_dated_report_on_another_subject_is_flagged(vocabulary, title):
    reason = vocabulary.other_subject_report(title, ENVIRONMENT_REPORT)
    assert reason is not None and near_miss_label([near_miss_warning(reason)]) == "非法治报告"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("某县2023年法治政府建设年度报告", ENVIRONMENT_REPORT),  # its title speaks of 法治
        ("某局关于2023年度依法行政工作情况的报告", ENVIRONMENT_REPORT),
        # a cited title names it
        ("某市关于《法治政府建设实施纲要》2023年落实情况的报告", ENVIRONMENT_REPORT),
        # a title that lost its word in capture: the opening says it
        ("海南省人民政府关于2020年度政府建设情况的报告", "2020年,全省深入推进法治政府建设。"),
        ("建设情况的报告", ENVIRONMENT_REPORT),  # no year: a fragment of a title
        ("综合政务报告", ENVIRONMENT_REPORT),
        ("2023年度环境保护工作要闻", ENVIRONMENT_REPORT),  # no report
        (None, ENVIRONMENT_REPORT),  # no title of its own
    ],
    ids=[
        "title-names-law",
        "title-names-依法行政",
        "title-cites-law",
        "opening-names-law",
        "undated-fragment",
        "undated-title",
        "not-a-report-title",
        "untitled",
    ],
)
def test_a_report_that_speaks_of_law_or_names_no_year_is_not_flagged(vocabulary, title, body):
    assert vocabulary.other_subject_report(title, body) is None


ENGLISH_TEXT = (
    "This report is compiled in accordance with the Regulations of the People's Republic of China "
    "on the Openness of Government Information. In 2022, Beijing adhered to the guidance of the "
    "Party and thoroughly implemented the Regulations and the Main Points of Open Government "
    "Affairs."
)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Annual Report of Beijing Government Information Disclosure in 2022", ENGLISH_TEXT),
        (None, "Annual Report on Building a Law-based Government in 2022\n" + ENGLISH_TEXT),
    ],
    ids=["english-title-and-text", "english-text-no-title"],
)
def test_a_page_in_english_is_flagged(vocabulary, title, body):
    reason = vocabulary.in_english(title, body)
    assert reason is not None and "English" in reason
    assert near_miss_label([near_miss_warning(reason)]) == "非中文页面"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a report's Chinese title over an English summary of it: the title is the report's
        ("河南省人民政府关于2024年度法治政府建设情况的报告", ENGLISH_TEXT),
        # a Chinese word in the text
        (None, ENGLISH_TEXT + "\n河南省"),
        # too little text to judge: a stub or a link
        ("Annual Report 2022", "Published 2023-03-27"),
        # no text at all
        (None, ""),
    ],
    ids=["chinese-title", "chinese-word-in-text", "short-stub", "empty"],
)
def test_a_page_with_chinese_or_little_text_is_not_in_english(vocabulary, title, body):
    assert vocabulary.in_english(title, body) is None


# A news site's keyword line over the report it reposts (a 生态环境厅's report on 节能环保网).
REPOSTED_REPORT = (
    "吉林省生态环境厅关于2021年度法治政府建设工作情况的报告\n"
    "日期:2022-03-30 来源:吉林省生态环境厅\n"
    "关键词: 环境治理 环境保护 危废治理\n"
    "2021年,吉林省生态环境厅深入贯彻习近平法治思想,全面落实法治政府建设要求。现将有关情况报告如下:"
)


@pytest.mark.parametrize(
    ("title", "body", "word"),
    [
        # an article's keywords, no report in its voice: still a study
        (
            None,
            "法治政府建设的地方实践\n关键词:法治政府;依法行政\n近年来,各地推进法治政府建设。",
            "research",
        ),
        # a survey that reports (现将调研情况报告如下) is named a 调研报告 in its title
        (
            "关于某县法治政府建设情况的调研报告",
            "关键词:法治政府\n今年5月,调研组赴某县调研。现将调研情况报告如下:",
            "research",
        ),
    ],
    ids=["article-with-keywords", "survey-reporting-under-its-title"],
)
def test_a_keyword_line_marks_a_study_that_reports_to_no_one(vocabulary, title, body, word):
    reason = vocabulary.reason(title, body)
    assert reason is not None and word in reason


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (None, REPOSTED_REPORT),
        (None, REPOSTED_REPORT.replace("报告如下", "汇报如下")),
    ],
    ids=["keyword-line-over-a-report", "keyword-line-over-a-report-to-superiors"],
)
def test_a_news_site_s_keyword_line_over_a_report_is_no_study(vocabulary, title, body):
    assert vocabulary.reason(title, body) is None


NEWS_LEAD = (
    "江西晒出2018年法治政府建设成绩单\n法治江西 2019-11-04\n内容导读\n"
    "近日,省政府发布《江西省2018年法治政府建设情况》,全面总结了2018年我省法治政府建设方面取得的成绩。全文如下:\n"
)
REPORT_TEXT = "2018年,在省委、省政府的正确领导下,我省各级行政机关坚持依法行政。"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # the report's title lifted as the page's: the lead's full text opens with the year
        ("江西省2018年法治政府建设情况", NEWS_LEAD + REPORT_TEXT),
        # the report's title under the lead
        (None, NEWS_LEAD + "江西省2018年法治政府建设情况\n" + REPORT_TEXT),
    ],
    ids=["full-text-opening-with-its-year", "full-text-under-its-title"],
)
def test_a_news_lead_over_a_report_s_full_text_is_the_report(vocabulary, title, body):
    assert vocabulary.reason(title, body) is None


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a news item about the report, no full text
        (
            None,
            NEWS_LEAD.replace("全文如下:", "报告还提出了2019年的主要任务。")
            + "省司法厅表示,将抓好落实。",
        ),
        # the full text of a document that is no year's report (an 意见, no year in its title)
        (
            None,
            "近日,省委、省政府印发《关于加快推进法治政府建设的意见》。全文如下:\n"
            "关于加快推进法治政府建设的意见\n各市、县人民政府:",
        ),
    ],
    ids=["news-without-the-text", "full-text-of-an-opinion"],
)
def test_a_news_lead_over_anything_else_is_news(vocabulary, title, body):
    assert vocabulary.reason(title, body) is not None


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # a report told of in the third person, at the page's start (a blue book's summary)
        ("报告指出,北京市高度重视法治的规范和引领作用。\n在立法层面,坚持科学立法。", "news"),
        ("北京法治发展报告发布。报告显示,北京市持续深化依法行政。", "news"),
        # a paper's series starting today
        (
            "近年来,沈阳推动法治政府建设不断创新。沈阳日报即日起推出“共建法治政府”专栏。",
            "news",
        ),
        # a document's explainer
        (
            "省人大常委会表决通过了《安徽省实施〈中华人民共和国统计法〉办法》。"
            "现将《办法》有关情况介绍如下:\n一、《办法》制定背景",
            "解读",
        ),
        # a disclosure report that says it compiles itself under the 条例
        (
            "根据《中华人民共和国政府信息公开条例》(以下简称“《条例》”)要求,"
            "编制本局2018年度政府信息公开报告,并向社会公开。",
            "政府信息公开",
        ),
        # an audit report given to the congress for the government, with no title
        (
            "某区审计局局长 郑某某\n主任、各位副主任、各位委员:\n我受区人民政府的委托,"
            "向区人大常委会报告2022年度区本级预算执行和其他财政收支审计情况,请予审议。",
            "people's congress",
        ),
    ],
    ids=[
        "report-points-out",
        "report-shows-after-its-release",
        "paper-s-column-from-today",
        "explainer-of-a-law",
        "disclosure-report-compiled",
        "audit-report-to-the-congress",
    ],
)
def test_pages_that_tell_of_another_document_are_flagged(vocabulary, body, word):
    reason = vocabulary.reason(None, body)
    assert reason is not None and word in reason


@pytest.mark.parametrize(
    "body",
    [
        # a report quotes a named report, not itself
        "2023年,县政府坚持依法行政。党的二十大报告指出,法治政府建设是重点任务。",
        # a column the government ran in its year
        "2023年,县政府坚持依法行政,在县融媒体中心推出“以案释法”专栏。",
        # a report on carrying out a plan, told as a report
        "2023年,县政府坚持依法行政。现将《某县法治政府建设实施方案》落实情况报告如下:",
        # a rule-of-law report that cites the 条例 for its own disclosure work
        "2023年,县政府坚持依法行政,贯彻《中华人民共和国政府信息公开条例》,编制本局政务公开目录。",
        # a rule-of-law report listing what it reported to the congress
        "2023年,县政府坚持依法行政,主动向县人大常委会报告国有资产管理情况。",
        # a rule-of-law report given to the congress for the government
        "主任、各位委员:\n受县人民政府委托,向县人大常委会报告2023年度法治政府建设和预算执行情况。",
    ],
    ids=[
        "report-quoting-a-named-report",
        "column-run-in-its-year",
        "report-on-a-plan-s-implementation",
        "disclosure-work-in-a-report",
        "reports-to-the-congress-listed",
        "rule-of-law-report-to-the-congress",
    ],
)
def test_reports_telling_of_other_documents_are_not_flagged(vocabulary, body):
    assert vocabulary.reason(None, body) is None


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # a feature: a first paragraph with no year, then the span (a 成都日报 page)
        (
            "法治政府建设是全面依法治国的重点任务。成都市坚持深入践行习近平法治思想。\n"
            "近年来,成都市委依法治市办牵头抓总,统筹协调。",
            True,
        ),
        # a report states its year in its first paragraph, then may look back
        (
            "2024年,市政府坚持深入践行习近平法治思想。现将有关情况报告如下。\n"
            "近年来,市委依法治市办牵头抓总,统筹协调。",
            False,
        ),
        # the span after a later paragraph, not the second: no review of years at the top
        (
            "2024年,市政府坚持依法行政。\n一、主要工作\n近年来,市政府持续推进法治建设。",
            False,
        ),
        # a slogan sentence, then the span on the same line (a news site's feature)
        ("法治兴则国兴,法治强则国强。近年来,我市坚持依法行政。\n2023年,我市坚持。", True),
        # a report's first sentence states its year, then looks back in the next
        ("2023年是法治政府建设的关键之年。近年来,我市坚持依法行政。", False),
    ],
    ids=[
        "undated-first-paragraph-then-span",
        "dated-first-paragraph",
        "span-further-down",
        "slogan-sentence-then-span",
        "dated-first-sentence-then-span",
    ],
)
def test_a_span_below_an_undated_first_paragraph_is_a_review_of_years(vocabulary, body, flagged):
    reason = vocabulary.reason(None, body)
    assert (reason is not None and "several years" in reason) if flagged else reason is None


_NEWS_BODY = (
    "来源: 山东省司法厅 发布时间:2025-09-16 作者:佚名\n"
    "2024年,在省委、省政府的正确领导下,省司法厅纵深推进法治政府建设。"
)


@pytest.mark.parametrize(
    "headline",
    [
        "山东法制报 | 围绕中心大局 强化固本增效 山东省司法厅切实以高水平法治支撑",
        "半月谈|市司法局:以“法”促“治” 书写超大城市治理法治答卷",
        "法治日报:某市司法局以高水平法治护航高质量发展",
        "中国长安网|某县构建全链条行政执法监督体系",
        "瞭望 | 某省推进严格规范公正文明执法",
    ],
    ids=["newspaper-bar", "magazine-bar-and-colon", "daily-colon", "news-site", "magazine-name"],
)
def test_a_headline_opening_with_a_news_medium_is_news(vocabulary, headline):
    reason = vocabulary.reason(None, f"{headline}\n{_NEWS_BODY}")
    assert reason is not None and "news item" in reason


@pytest.mark.parametrize(
    "headline",
    [
        # a portal's row of links: another bar follows
        "中国政府网 | 重庆市人民政府网 | 重庆市万州区人民政府网 | 万州经济技术开发区网",
        # a government's own site is no news medium
        "重庆市人民政府网:某区2024年度法治政府建设有关工作",
        # a report's title under a medium's name: the repost carries the report
        "法治日报 | 某市2024年法治政府建设年度报告",
        # a site's column, no medium (通报, 简报 are no newspapers)
        "工作简报:某局2024年依法行政重点工作推进",
        "情况通报:某局2024年依法行政重点工作推进",
        # a medium named with no separator (杭州网 发布时间…)
        "杭州网  发布时间:2025-05-28 14:14:25",
    ],
    ids=["portal-links", "government-site", "report-title", "bulletin", "circular", "no-bar"],
)
def test_a_government_site_s_furniture_or_a_report_under_a_medium_is_not_news(vocabulary, headline):
    body = (
        f"{headline}\n"
        "2024年,市政府坚持以习近平法治思想为指导,扎实推进法治政府建设。"
        "现将有关情况报告如下:\n一、主要工作"
    )
    assert vocabulary.reason(None, body) is None


_MASTHEAD = "\n".join(["年 份:", "期 号:", "关键字:", "主管主办", "编辑出版", "发行范围"] * 15)


@pytest.mark.parametrize(
    "operative",
    [
        "《某省人民政府2017年度法治政府建设工作安排》已经省政府领导同志同意,现印发你们,请认真贯彻执行。",
        "现将《某市2024年法治政府建设工作要点》印发给你们,请结合实际认真抓好落实。",
        "《某县2022年法治政府建设工作计划》已经县政府同意,现予印发,请认真贯彻落实。",
    ],
    ids=["yin-fa-ni-men", "yin-fa-gei-ni-men", "xian-yu-yin-fa"],
)
def test_a_notice_s_operative_words_below_a_masthead_flag_it(vocabulary, operative):
    body = f"{_MASTHEAD}\n各市(州)、县(市、区)人民政府,省政府各部门:\n{operative}"
    reason = vocabulary.reason(None, body)
    assert reason is not None and "通知" in reason


@pytest.mark.parametrize(
    "sentence",
    [
        # a report tells of a notice it sent, it does not issue it to its reader
        "2024年,我局印发《某市法治政府建设工作要点》,明确年度重点任务。",
        "市政府办公室印发了《关于做好2024年度法治政府建设工作的通知》,推动各项任务落实。",
    ],
    ids=["report-tells-of-issuing", "report-tells-of-a-notice"],
)
def test_a_report_telling_of_a_notice_issued_is_not_one(vocabulary, sentence):
    body = f"{_MASTHEAD}\n市委、市政府:\n{sentence}现将有关情况报告如下:"
    assert vocabulary.reason(None, body) is None


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            None,
            "辽宁省人民政府\n2024年省市场监管局深入学习贯彻习近平法治思想,推动行政执法工作取得较大成效。\n"
            "一、行政执法数据统计情况(统计口径:省本级2024年度)\n全年收到行政许可申请16352件。",
        ),
        ("某市生态环境局2023年度行政执法统计年报", "全年办理行政处罚案件9件,实施行政检查165件。"),
        (None, "1.行政执法统计情况\n全年办理行政许可事项1200件,行政处罚案件35件。"),
    ],
    ids=["first-heading-statistics", "titled-statistics-annual", "numbered-1"],
)
def test_an_enforcement_statistics_report_is_flagged(vocabulary, title, body):
    reason = vocabulary.reason(title, body)
    assert reason is not None and "行政执法统计" in reason


@pytest.mark.parametrize(
    "body",
    [
        # a report counting its enforcement in a paragraph, or under a later heading
        "2024年,我局深入推进依法行政。现将有关情况报告如下:\n一、主要举措\n"
        "全年办理行政许可申请16352件,行政处罚案件9件,依法进行行政执法统计年报并公示。",
        "2024年,我局深入推进依法行政。\n一、主要举措\n二、行政执法数据统计情况\n全年办理行政处罚案件9件。",
    ],
    ids=["counts-in-a-paragraph", "statistics-as-a-later-heading"],
)
def test_a_report_counting_its_enforcement_is_not_a_statistics_report(vocabulary, body):
    assert vocabulary.reason(None, body) is None


@pytest.mark.parametrize(
    "body",
    [
        "辽宁省退役军人事务厅\n【办公地址】\n辽宁省沈阳市皇姑区细河街9号\n【公开电话】\n024-86536021\n"
        "【传真号码】\n024-86536017\n【电子邮箱】\ntyjrswtbgs@163.com\n【邮政编码】\n110032\n"
        "【办公时间】\n8:30-17:00\n(周末和节假日除外)\n辽宁省退役军人事务厅关于全面推进政务公开工作实施方案\n"
        "根据党中央、国务院关于政务公开工作的决策部署,现提出如下工作安排:",
        "某市司法局\n[联系电话]\n0571-87654321\n[电子邮箱]\nsfj@example.gov.cn\n[邮政编码]\n310000\n"
        "某市司法局2024年普法工作要点\n2024年,全市普法工作围绕以下重点展开。",
    ],
    ids=["bracketed-contact-block", "square-bracketed-contact-block"],
)
def test_a_title_below_a_site_s_contact_block_is_read(vocabulary, body):
    assert vocabulary.reason(None, body) is not None


@pytest.mark.parametrize(
    "body",
    [
        # a report below the same contact block stays a report
        "某市司法局\n【办公地址】\n某市人民路1号\n【公开电话】\n0571-87654321\n【办公时间】\n8:30-17:00\n"
        "某市司法局2023年度法治政府建设情况报告\n2023年,我局深入推进依法行政。现将有关情况报告如下:",
    ],
    ids=["report-below-contact-block"],
)
def test_a_report_below_a_contact_block_is_not_flagged(vocabulary, body):
    assert vocabulary.reason(None, body) is None


_SESSION = "(在第十三届全国人民代表大会常务委员会第二十一次会议上)"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            None,
            "跳转到内容\n国务院关于公安机关执法规范化建设工作情况的报告 (2020年)\n"
            "维基文库,自由的图书馆\n"
            f"国务委员公安部部长赵克志\n2020年8月10日于北京市\n{_SESSION}\n全国人民代表大会常务委员会:\n"
            "根据本次会议安排,我代表国务院报告公安机关执法规范化建设工作情况,请予审议。",
        ),
        (
            "国务院关于公安机关执法规范化建设工作情况的报告",
            "国务院关于公安机关执法规范化建设工作情况的报告\n国务委员公安部部长赵克志\n"
            f"{_SESSION}\n全国人民代表大会常务委员会:\n根据本次会议安排,我代表国务院报告工作情况。",
        ),
        (
            None,
            "关于全市生态环境保护工作情况的报告\n市生态环境局局长 王某\n"
            "(在市第十五届人大常委会第十次会议上)\n市人大常委会:\n我受市人民政府委托,报告工作。",
        ),
    ],
    ids=["state-council-field-report", "with-parsed-title", "city-field-report-short-form"],
)
def test_a_field_s_report_at_a_congress_session_is_flagged(vocabulary, title, body):
    reason = vocabulary.reason(title, body)
    assert reason is not None and "standing committee on another field" in reason


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a government's rule-of-law report to its 人大常委会 names its subject in its title
        (
            None,
            "关于2022年度法治政府建设情况的报告\n市司法局局长 王某\n"
            "(在市第十五届人民代表大会常务委员会第十次会议上)\n市人大常委会:\n现将有关情况报告如下:",
        ),
        # …a title broken over two lines: the first names it
        (
            None,
            "某市人民政府关于2022年度法治政府\n建设情况的报告\n"
            "(在市第十五届人民代表大会常务委员会第十次会议上)\n市人大常委会:\n现将有关情况报告如下:",
        ),
        # …a title the parser took off the body names it
        (
            "某县人民政府关于2023年度依法行政工作情况的报告",
            "县政府办公室\n情况的报告\n(在县第十八届人民代表大会常务委员会第五次会议上)\n县人大常委会:",
        ),
        # …a session line with no report's title above it
        (
            None,
            "(在市第十五届人民代表大会常务委员会第十次会议上)\n市人大常委会:\n现将有关情况报告如下:",
        ),
    ],
    ids=["rule-of-law-title", "title-over-two-lines", "parsed-title", "no-title-line"],
)
def test_a_rule_of_law_report_at_a_congress_session_is_not_flagged(vocabulary, title, body):
    assert vocabulary.reason(title, body) is None


_PUFA_SPAN_OPENING = (
    "2021年以来,全省卫生健康系统坚持以习近平新时代中国特色社会主义思想为指导,认真贯彻落实"
    "《云南省卫生健康系统法治宣传教育第八个五年规划(2021—2025年)》,深入开展法治宣传教育。\n"
    "(一)深入学习宣传习近平法治思想。"
)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a 普法 plan's mid-term report, named in its title
        ("云南省卫生健康委员会关于“八五”普法规划实施中期工作情况的报告", "2021年以来,全省…"),
        # …a final review, the title on the body's first line
        (None, "某县七五普法总结验收工作情况汇报\n2016年以来,我县…"),
        # …the plan's long name, dated in brackets
        ("某市法治宣传教育第八个五年规划实施情况的报告(2024年10月)", "2021年以来,…"),
        # its title lost: the opening sentence frames the page by the plan it carries out
        ("工作情况的报告(2024年10月)", _PUFA_SPAN_OPENING),
        # …a year's 普法 work framed by the plan
        (
            None,
            "2024年,相城区紧紧围绕“八五”普法规划目标任务,推动法治宣传教育工作向面上拓展。\n"
            "聚焦中心大局,全力营造法治社会浓厚氛围。",
        ),
    ],
    ids=["mid-term-title", "final-review-title", "plan-long-name", "span-opening", "year-opening"],
)
def test_a_report_on_a_legal_education_plan_is_flagged(vocabulary, title, body):
    reason = vocabulary.reason(title, body)
    assert reason is not None and "legal education" in reason


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a rule-of-law report that also reports on its 普法 plan names its subject in its title
        ("某市2023年法治政府建设暨“八五”普法中期工作情况的报告", "2023年,我市…"),
        # …a section on 普法 inside a report is a heading, not the title
        (None, "某县2023年法治政府建设年度报告\n五、“八五”普法规划实施情况\n2023年,我县…"),
        # …an opening that names its own subject in the sentence citing the plan
        (
            None,
            "2023年,市司法局坚持以法治政府建设为统领,认真落实“八五”普法规划,推进依法行政。",
        ),
        # …the plan cited further on, not in the opening sentence
        (
            None,
            "2023年,我局坚持以习近平法治思想为指导。\n一、主要举措\n(一)认真落实“八五”普法规划。",
        ),
        # …a plan (not a report on it)
        ("某市法治宣传教育第八个五年规划(2021-2025年)", "为深入开展法治宣传教育,制定本规划。"),
    ],
    ids=["joint-title", "heading-inside", "names-own-subject", "cited-further", "the-plan-itself"],
)
def test_a_rule_of_law_report_speaking_of_legal_education_is_not_flagged_as_one(
    vocabulary, title, body
):
    reason = vocabulary.reason(title, body)
    assert reason is None or "legal education" not in reason


@pytest.mark.parametrize(
    ("body", "word"),
    [
        (
            "(2025年4月29日某市人民代表大会常务委员会第七十二次主任会议通过)\n"
            "常委会组成人员认为,市政府坚持依法行政。",
            "review of a report",
        ),
        (
            "常委会听取并审议了市政府关于2024年度法治政府建设情况的报告。为此,提出以下审议意见:\n"
            "一、深化思想认识。",
            "review of a report",
        ),
        (
            "当前位置:首页 > 区域\n让法治之光照耀美丽某城\n来源:鹤壁日报作者:时间:2025-07-09\n"
            "法者,治之端也。2024年,某市坚持依法行政。",
            "news item",
        ),
        ("来源:河北法制报  2018年5月10日\n2017年,某县坚持依法行政。", "news item"),
        ("让法治之光照耀美丽鹤城——鹤壁市法治政府建设工作回眸\n2024年,鹤壁市坚持。", "news item"),
        ("福鼎市卫生健康局正式挂牌成立\n12月30日上午,市卫生健康局挂牌。", "news item"),
        (
            "某市七届人大二次会议开幕。大会发布了2022年某市政府工作报告。\n"
            "其中,“法治”一词在《报告》中出现了23次。《报告》明确提出,打造法治先行示范城市。",
            "news item",
        ),
        (
            "法治护航海岛发展\n记者 朱丽媛 通讯员 陈昱谚 字数:\n"
            "《 舟山日报 》( 2025年12月17日 第 05 版 )\n“十四五”以来,市司法局锚定总目标。",
            "news item",
        ),
        (
            "奋力谱写法治某市新篇章\n——某市2024年度依法治市工作综述\n2024年,某市坚持依法行政。",
            "news item",
        ),
        (
            "“八五”普法巡礼·某市篇丨特色普法绘就法治新图景\n自“八五”普法规划实施以来,某市坚持。",
            "news item",
        ),
        (
            "党的领导是法治政府建设的根本保证。北海市始终将党的领导贯穿于法治政府建设全过程。\n"
            "依法全面履行政府职能是建设法治政府的基础。近年来,北海市建立健全了权责清单。",
            "several years",
        ),
    ],
    ids=[
        "adopted-by-the-council-of-chairmen",
        "raises-review-opinions",
        "source-a-daily",
        "source-a-legal-paper",
        "a-feature-looking-back",
        "a-body-set-up",
        "a-report-quoted-as-making-it-clear",
        "a-newspaper-s-byline-and-edition-line",
        "a-review-of-the-year-s-work",
        "a-feature-series-tour",
        "a-slogan-then-the-span-in-a-later-paragraph",
    ],
)
def test_reviews_news_and_features_are_flagged_by_their_form(vocabulary, body, word):
    reason = vocabulary.reason(None, body)
    assert reason is not None and word in reason


@pytest.mark.parametrize(
    "body",
    [
        # a report tells of the congress's review opinions it answered, it raises none
        "2023年,我市坚持依法行政。认真办理市人大常委会审议意见12件。",
        # a government's site names itself as the source
        "来源:温州市司法局 发布时间:2024-03-01\n2023年,温州市司法局坚持依法行政。",
        # …or the gazette it published the report in
        "来源:温州市人民政府公报\n2023年,温州市坚持依法行政。",
        # a report that sets a body up tells of it in a sentence, not as its headline
        "文成县2023年法治政府建设年度报告\n2023年,县行政复议局正式挂牌成立。",
        # a dated report whose paragraph opens with a slogan then looks back
        "2023年,温州市坚持依法行政。\n法治是最好的营商环境。近年来,温州市持续优化。",
    ],
    ids=[
        "a-report-that-answered-review-opinions",
        "source-a-government-bureau",
        "source-a-gazette",
        "a-body-set-up-inside-a-report",
        "a-dated-report-looking-back",
    ],
)
def test_reports_are_not_flagged_by_those_forms(vocabulary, body):
    assert vocabulary.reason(None, body) is None


@pytest.mark.parametrize(
    ("title", "body", "word"),
    [
        # a news item's file photo label above its lead
        (None, "(资料图)\n为解决群众急难愁盼问题,省委依法治省办印发了《项目清单》。", "news"),
        (None, "【相关资料图】\n某区委依法治区办按照要求开展法治督察。", "news"),
        # a reporter who learned it at a press conference
        (
            None,
            "2021年度,全省法治建设综合满意率为97.6%。4月27日,记者从某省2021年度法治政府建设"
            "新闻发布会上获悉,去年,我省推动法治政府建设全面提速。",
            "news",
        ),
        # 日前 after a purpose clause
        (
            None,
            "为更好地服务保障全面振兴,着力解决人民群众法治领域问题,日前,省委依法治省办印发《项目》。",
            "news",
        ),
        # a drafting note on a report, by its headings or its title
        (
            None,
            "一、起草背景\n根据《法治政府建设实施纲要(2021-2025年)》,某县财政局要报送年度报告。\n"
            "二、主要内容\n第一部分:2023年度法治政府建设的主要举措和成效",
            "reading",
        ),
        ("某县财政局2023年法治政府建设年度报告起草说明", "2023年,我局坚持依法行政。", "reading"),
    ],
    ids=[
        "file-photo",
        "related-file-photo",
        "reporter-learned-at-a-press-conference",
        "ri-qian-after-a-purpose-clause",
        "drafting-background-heading",
        "drafting-note-title",
    ],
)
def test_news_by_its_form_and_a_drafting_note_are_flagged(vocabulary, title, body, word):
    reason = vocabulary.reason(title, body)
    assert reason is not None and word in reason


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a report that names reporters at work, and learns nothing from a meeting
        (None, "2023年,我局接待记者从事法治宣传采访12次,依法回应关切。现将有关情况报告如下:"),
        # 近日 inside a report's sentence, not a clause of its own
        (None, "2023年,我市坚持依法行政,市政府于近日听取本报告。现将有关情况报告如下:"),
        # a picture caption that is no file photo
        (None, "(图为执法人员开展检查)\n2023年,我局坚持依法行政。现将有关情况报告如下:"),
        # a report's own heading on its drafting body, a site's bare column label
        (None, "2023年,我县坚持依法行政。\n一、加强组织领导\n成立报告起草小组。"),
        ("编制说明", "2023年,我县坚持依法行政。现将有关情况报告如下:"),
    ],
    ids=[
        "reporters-named-in-a-report",
        "dated-meeting",
        "other-picture-caption",
        "drafting-group-in-a-report",
        "bare-column-label",
    ],
)
def test_reports_are_not_flagged_as_news_or_drafting_notes(vocabulary, title, body):
    assert vocabulary.reason(title, body) is None


@pytest.mark.parametrize(
    ("title", "body", "word"),
    [
        # a photo credit ending a caption's line, with or without the reporter's word
        (None, "2022年,包头市坚持依法行政。\n召开政商恳谈早餐会。王祯摄\n", "news"),
        (None, "2022年,某市坚持依法行政。\n执法人员开展检查(记者 王祯 摄)\n", "news"),
        # a plan's whole span done, not one year
        ("关于法治政府建设实施纲要(2015-2020)落实完成情况的报告", "渝北区深入贯彻落实。", "plan"),
        ("某县法治政府建设实施方案(2016—2020年)完成情况报告", "某县深入贯彻落实。", "plan"),
    ],
    ids=["photo-credit", "reporter-photo-credit", "plan-span-done", "programme-span-done"],
)
def test_photo_credits_and_a_plan_s_span_done_are_flagged(vocabulary, title, body, word):
    reason = vocabulary.reason(title, body)
    assert reason is not None and word in reason


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a report that tells of a promotional film it shot, no photographer's credit
        (None, "2023年,我局坚持依法行政。\n组织普法宣传片拍摄\n现将有关情况报告如下:"),
        # a year's report on carrying out a plan, its year named, no span done
        ("关于2020年度法治政府建设实施纲要落实情况的报告", "2020年,我区坚持依法行政。"),
        ("某县2020年法治政府建设工作完成情况报告", "2020年,我县坚持依法行政。"),
    ],
    ids=["film-shot-in-a-report", "a-year-s-plan-report", "a-year-s-work-completed"],
)
def test_reports_are_not_flagged_as_photo_credits_or_a_plan_s_span(vocabulary, title, body):
    assert vocabulary.reason(title, body) is None


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # a reply to a deputy's proposal
        (
            "魏某代表:\n你在市五届人大七次会议上提出的《关于强化基层法治建设的建议》(第231号建议)收悉。"
            "现将办理情况函告如下:",
            "proposal",
        ),
        ("你提出的关于加强普法宣传的提案收悉。现将有关情况答复如下:", "proposal"),
        # a newspaper's page label above a feature
        ("第08版:平安许昌·广告\n深学笃行习近平法治思想\n陈波\n许昌市某局深入贯彻。", "news"),
        # a disclosure report's first part, on 政务公开
        (
            "一、总体情况\n在2024年,长春市经济合作局深入贯彻落实关于全面推进政务公开工作的决策部署。",
            "disclosure",
        ),
    ],
    ids=["deputy-s-proposal", "proposal-reply", "newspaper-page", "disclosure-overview"],
)
def test_replies_newspaper_pages_and_disclosure_overviews_are_flagged(vocabulary, body, word):
    reason = vocabulary.reason(None, body)
    assert reason is not None and word in reason


@pytest.mark.parametrize(
    "body",
    [
        # a report that tells how many proposals it handled
        "2023年,我局坚持依法行政。办理人大代表建议12件、政协提案8件,办结率100%。",
        # a report citing a newspaper's page in a sentence
        "2023年,我市坚持依法行政,相关做法刊登在法治日报第8版。",
        # a report's own overview, on the rule of law
        "一、总体情况\n2023年,我市坚持以习近平法治思想为指导,深入推进依法行政。",
    ],
    ids=["proposals-counted", "a-page-cited-in-a-sentence", "a-report-s-overview"],
)
def test_reports_are_not_flagged_as_replies_or_newspaper_pages(vocabulary, body):
    assert vocabulary.reason(None, body) is None
