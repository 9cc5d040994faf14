from __future__ import annotations

from pathlib import Path

import pytest

from indexer.parsing.clean import (
    CleanText,
    clean_text,
    is_furniture,
    repair_mojibake,
    strip_pinyin_annotations,
    unspaced,
)

CORPUS = Path(__file__).parent.parent / "corpus"
TRADITIONAL = CORPUS / "001_1125619140e8c921.txt"


def corpus_text(stem_prefix: str) -> str:
    (path,) = CORPUS.glob(f"{stem_prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def test_layout_is_one_paragraph_per_line() -> None:
    raw = "\ufeff  标题\r\n\r\n\r\n\u3000\u3000第一段。  \r\n\n\t第二段。\r第三段。\n\n"
    assert clean_text(raw) == CleanText("标题\n第一段。\n第二段。\n第三段。", (), ())


def test_clean_chinese_is_unchanged() -> None:
    text = (
        "一、2023年度推进法治政府建设的主要举措和成效\n"
        "(一)依法全面履行政府职能。编制《武清区行政许可事项清单(2023年版)》等8项清单?"
        "如何提升?一是加强培训ABC,二是完善制度。\n"
        "2.严格执行《条例(试行)》,负责人出庭应诉率100%。"
    )
    assert clean_text(text) == CleanText(text, (), ())


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("当前位置:首页 > 新闻中心 > 部门动态", id="breadcrumb"),
        pytest.param("当前位置：首页 » 政务公开 » 法治政府建设", id="breadcrumb-fullwidth"),
        pytest.param("当前位置:", id="breadcrumb-alone"),
        pytest.param("您现在的位置：首页>政务公开", id="breadcrumb-variant"),
        pytest.param("首页 > 政务公开 > 规划计划", id="breadcrumb-without-label"),
        pytest.param("发布日期:2025-02-17 15:43:00 来源:本网", id="date-source"),
        pytest.param("来源:\xa0 武清区人民政府 发布时间:\xa02024-02-28 10:47", id="source-date"),
        pytest.param("發布時間：2024-03-01　來源：區司法局　瀏覽次數：126", id="traditional-meta"),
        pytest.param("责任编辑：张三", id="editor"),
        pytest.param("浏览次数：1024", id="views"),
        pytest.param("字号:大 中 小", id="font-size"),
        pytest.param("【字体：大 中 小】【打印】【关闭】", id="font-size-bracketed"),
        pytest.param("打印", id="print"),
        pytest.param("【打印页面】 【关闭页面】", id="print-close"),
        pytest.param("[打印本页] [关闭窗口]", id="print-close-ascii"),
        pytest.param("扫一扫在手机上查看当前页面", id="qr-code"),
        pytest.param("分享到:", id="share"),
        pytest.param("分享到：微信 微博 QQ空间", id="share-targets"),
        pytest.param("相关附件:", id="attachments"),
        pytest.param("附件:", id="attachment-empty"),
        pytest.param("相关信息", id="related"),
        pytest.param("上一篇：关于印发某某办法的通知", id="previous"),
        pytest.param("IE版本小于11,为了不影响您的浏览效果,请升级IE版本! x", id="ie-banner"),
        pytest.param("今天是2025年3月1日 星期六", id="today-is"),
        pytest.param("版权所有：某某市人民政府办公室 粤ICP备05070829号", id="copyright"),
        pytest.param("粤公网安备 44020302000123号 网站标识码：4402030001", id="police-record"),
        pytest.param("主办单位：某某区人民政府办公室", id="organiser"),
        pytest.param("无障碍 | 长者模式 | 繁体版", id="accessibility"),
    ],
)
def test_furniture_lines_are_removed(line: str) -> None:
    assert is_furniture(line)
    cleaned = clean_text(f"报告正文第一段。\n{line}\n报告正文第二段。")
    assert cleaned.text == "报告正文第一段。\n报告正文第二段。"
    assert cleaned.furniture == (line.strip(),)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("资金来源:区财政统筹安排,保障法律援助经费。", id="funding-source"),
        pytest.param("来源于群众的意见建议全部按期办结。", id="source-in-sentence"),
        pytest.param("全年共打印发放普法宣传资料5000余份。", id="print-in-sentence"),
        pytest.param("打印机等办公设备采购严格履行政府采购程序。", id="printer"),
        pytest.param("(三)推动经验分享。分享到基层的典型案例12个。", id="share-in-sentence"),
        pytest.param("当前位置信息共享平台已覆盖全区。", id="position-in-sentence"),
        pytest.param("附件:1.2024年度行政执法数据统计表", id="real-attachment"),
        pytest.param("发布时间、来源等要素在政府网站统一标注。", id="meta-words-in-sentence"),
        pytest.param("首页显示的政务服务事项全部实现网上办理。", id="homepage-in-sentence"),
        pytest.param("一、2023年度推进法治政府建设的主要举措和成效", id="heading"),
        pytest.param("开封黑岗口黄河法治文化基地获全省优秀法治宣传教育基地。", id="honour"),
        pytest.param("版权保护和知识产权执法力度不断加大。", id="copyright-topic"),
    ],
)
def test_report_sentences_are_kept(line: str) -> None:
    assert not is_furniture(line)
    assert clean_text(line) == CleanText(line, (), ())


@pytest.mark.parametrize(
    ("text", "expected", "count"),
    [
        pytest.param("海珠區(qū)人民政府", "海珠區人民政府", 1, id="tone-mark"),
        pytest.param("學(xué)習(xí)", "學習", 2, id="two"),
        pytest.param("貫徹(guàn chè)", "貫徹(guàn chè)", 0, id="not-a-syllable"),
        pytest.param("綠(lü4)色", "綠色", 1, id="tone-digit"),
        pytest.param("區（qū）管", "區管", 1, id="full-width-parentheses"),
        pytest.param(
            "(一)依法全面履行政府职能", "(一)依法全面履行政府职能", 0, id="heading-number"
        ),
        pytest.param("清单(2023年版)", "清单(2023年版)", 0, id="edition"),
        pytest.param("办法(试行)", "办法(试行)", 0, id="trial"),
        pytest.param("系统(ABC)上线", "系统(ABC)上线", 0, id="latin-abbreviation"),
        pytest.param("平台(app)上线", "平台(app)上线", 0, id="toneless-latin"),
        pytest.param("镇(街)综合执法", "镇(街)综合执法", 0, id="chinese-in-parentheses"),
        pytest.param("2024 (wǒ)", "2024 (wǒ)", 0, id="not-after-a-character"),
    ],
)
def test_pinyin_annotations(text: str, expected: str, count: int) -> None:
    assert strip_pinyin_annotations(text) == (expected, count)


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        pytest.param("法治夜?!薄靶戮蜆I(yè)形態", "法治夜校”“新就業形態", id="night-school"),
        pytest.param("納入?yún)^(qū)管主要領", "納入區管主要領", id="lead-byte-only"),
        pytest.param(
            "專家?guī)欤醪浇ǔ珊V樵粕掀瑓^(qū)法律", "專家庫初步建成海珠云上片區法律", id="lost-pair"
        ),
        pytest.param(
            "提升“法治夜?!钡绕脚_的實(shí)效性", "提升“法治夜校”等平臺的實效性", id="platform"
        ),
    ],
)
def test_mojibake_runs_of_the_traditional_sample(damaged: str, repaired: str) -> None:
    # The runs are judged in their document: its characters are the context that chooses.
    document = TRADITIONAL.read_text(encoding="utf-8")
    cleaned = clean_text(document)
    assert damaged in document
    assert repaired in cleaned.text
    assert "?" not in cleaned.text
    assert "\ufffd" not in cleaned.text  # every lost byte of the sample is recoverable


def test_mojibake_warnings_name_each_run() -> None:
    _, warnings = repair_mojibake(TRADITIONAL.read_text(encoding="utf-8"))
    assert warnings == (
        "repaired mojibake: '?!薄靶戮蜆I' -> '校”“新就業'",
        "repaired mojibake: '?yún)^' -> '區'",
        "repaired mojibake: '?guī)欤醪浇ǔ珊V樵粕掀瑓^' -> '庫初步建成海珠云上片區'",
        "repaired mojibake: '?!钡绕脚_' -> '校”等平臺'",
    )


def test_unknown_lead_byte_is_marked_not_guessed() -> None:
    # Without a document around it, nothing tells which character lost its lead byte.
    text, warnings = repair_mojibake("打造?!薄靶戮蜆I(yè)形態新就業")
    assert text == "打造\ufffd”“新就業(yè)形態新就業"
    assert warnings == ("repaired mojibake: '?!薄靶戮蜆I' -> '\ufffd”“新就業'",)


def test_lost_pair_is_chosen_by_the_words_it_completes() -> None:
    # `ｕ` (A3 F5) kept the trail byte F5 of 初; 初步 is a word, and the document says 初步 again.
    text, _ = repair_mojibake("專家?guī)欤醪浇ǔ珊V樵粕掀瑓^(qū)。初步建成，初步完成。")
    assert text.startswith("專家庫初步建成海珠云上片區")


def test_lost_pair_without_evidence_is_marked_not_guessed() -> None:
    # 迈步, 锦步 and 初步 complete a word alike; with no document to tell them apart: U+FFFD.
    text, _ = repair_mojibake("专家?guī)欤醪浇ǔ珊V樵粕掀瑓^(qū)法律")
    assert text == "专家庫\ufffd步建成海珠云上片區(qū)法律"


def test_damage_that_does_not_decode_is_reported() -> None:
    _, warnings = repair_mojibake("区政府?醪浇珊樵粕掀瑓欤。其余内容正常正常正常。")
    assert warnings == ("possible mojibake left: '醪浇珊樵粕掀瑓欤。其余内容正常正常正常。'",)


@pytest.mark.parametrize(
    ("prefix", "first_paragraph", "furniture"),
    [
        pytest.param(
            "000",
            "2024年,武江区坚持以习近平新时代中国特色社会主义思想为指导",
            ("当前位置:首页", "发布日期:2025-02-17 15:43:00 来源:本网", "打印", "相关附件:"),
            id="000-breadcrumb-date-print",
        ),
        pytest.param(
            "001",
            "2023年,在市委、市政府的堅強領導下,海珠區堅持以習近平法治思想為指導",
            (),
            id="001-traditional",
        ),
        pytest.param(
            "002",
            "(一)依法全面履行政府职能。加强权责清单动态管理",
            ("IE版本小于11", "当前位置:", "来源:", "附件:", "分享到:", "【打印页面】 【关闭页面】"),
            id="002-ie-banner-share",
        ),
        pytest.param(
            "003",
            "2024年,湖里区坚持以习近平新时代中国特色社会主义思想为指导",
            ("扫一扫在手机上查看当前页面",),
            id="003-qr-code",
        ),
        pytest.param(
            "004",
            "2024年,示范区在市委、市政府的正确领导下",
            (),
            id="004-clean",
        ),
    ],
)
def test_sample_corpus(prefix: str, first_paragraph: str, furniture: tuple[str, ...]) -> None:
    cleaned = clean_text(corpus_text(prefix))
    lines = cleaned.text.splitlines()
    assert any(line.startswith(first_paragraph) for line in lines[:4])
    assert len(cleaned.furniture) >= len(furniture)
    for expected, removed in zip(furniture, cleaned.furniture, strict=False):
        assert removed.startswith(expected)
        assert removed not in lines
    assert all(not line.startswith((" ", "\u3000")) and line.strip() for line in lines)
    if prefix != "001":
        assert not [w for w in cleaned.warnings if "mojibake" in w]
        assert len(cleaned.text) > 0.9 * len(corpus_text(prefix).strip()) - 400


def test_traditional_sample_loses_its_annotations_but_keeps_its_characters() -> None:
    cleaned = clean_text(corpus_text("001"))
    assert "(qū)" not in cleaned.text
    assert cleaned.text.startswith("廣州市海珠區人民政府關于2023年度法治政府建設情況的報告\n")
    assert "海珠區" in cleaned.text  # traditional stays traditional


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("2023-03-31 17:05:00 来源: 海口市司法局 打印", "2023-03-31"),
        ("• 2025年03月19日 09时07分", "2025-03-19"),
        ("  • 发布时间:2017-01-26 16:10", "2017-01-26"),
        ("栏目:政策文件 发布时间:2023-01-12", "2023-01-12"),
        ("门户网站 www.xinyang.gov.cn 时间:2023-03-09 来源:新县人民政府", "2023-03-09"),
        ("25.02.2016  10:00", "2016-02-25"),
        ("2025-03-27", "2025-03-27"),
    ],
    ids=["date-first", "bullet-chinese-date", "bullet-label", "column", "site-name", "day-first",
         "bare-date"],
)  # fmt: skip
def test_metadata_lines_are_furniture_that_dates_the_page(line: str, published: str) -> None:
    from indexer.parsing.metadata import publishing_date

    assert is_furniture(line)
    assert publishing_date([line], "") == published


@pytest.mark.parametrize(
    "line",
    ["2023年3月15日,召开常务会议,研究部署法治政府建设。", "2016年,桂林市人民政府认真贯彻落实。"],
    ids=["dated-sentence", "year-sentence"],
)
def test_sentences_with_dates_are_kept(line: str) -> None:
    assert not is_furniture(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("甘 肃 省 司 法 厅", "甘肃省司法厅"),
        ("某　市　卫　生　健　康　委", "某市卫生健康委"),
        ("工 作 总 结", "工作总结"),
        ("目 录", "目 录"),  # two characters: too little to tell a spaced heading
        ("政务 公开", "政务 公开"),  # words set apart stay apart
        ("索 引 号:008490032/2023-32213811", "索 引 号:008490032/2023-32213811"),
        ("2023年 法治政府建设工作总结", "2023年 法治政府建设工作总结"),
    ],
    ids=["spaced-department", "ideographic-spaces", "spaced-title-words", "two-characters",
         "words-set-apart", "spaced-label-with-a-value", "year-then-title"],
)  # fmt: skip
def test_a_letter_spaced_line_reads_as_its_words(line: str, expected: str) -> None:
    assert unspaced(line) == expected
    assert clean_text(f"{line}\n正文。").text.split("\n")[0] == expected
