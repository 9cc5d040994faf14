"""The reading the reporter's steps share (parsing/reporter_grammar.py)."""

from __future__ import annotations

import re

import pytest

from indexer.parsing.reporter_grammar import addressee_line, organ_name, spells, titled_department


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("市政务服务办2022年法治政府建设情况报告", ("市", "政务服务办")),
        ("区司法局关于2023年法治政府建设情况的报告", ("区", "司法局")),
        ("县应急局 2023年度法治政府建设工作报告", ("县", "应急局")),
        ("旗司法局年度法治政府建设情况报告", ("旗", "司法局")),
        ("天津市司法局2023年法治政府建设情况报告", None),  # its place written, not its level
        ("市2023年法治政府建设情况报告", None),  # no department
        ("市司法局法治政府建设情况报告", None),  # neither 关于 nor a year after it
        ("区文化广电旅游体育和科学技术局关于…", None),  # longer than ten characters
    ],
)
def test_a_title_opens_with_a_department_written_by_its_level(title, expected):
    titled = re.match(titled_department("[办局委厅]"), title)
    assert (titled.groups() if titled else None) == expected


@pytest.mark.parametrize(
    ("title", "ends", "options", "expected"),
    [
        ("区文化广电旅游体育科学技术局关于…", "局", {"longest": 12}, "文化广电旅游体育科学技术局"),
        ("区文化广电旅游体育科学技术局关于…", "局", {}, None),  # ten characters by default
        ("县司法局党组关于…", "局", {"after": "(?:党组)?关于"}, "司法局"),
        ("县司法局2023年…", "局", {"after": "(?:党组)?关于"}, None),
        ("司法局2023年…", "局", {"level": "([市县])?"}, "司法局"),  # an optional level
        ("司法局2023年…", "局", {}, None),
        ("市司法局坚持…", "局", {"after": ""}, "司法局"),  # the department alone
    ],
)  # fmt: skip
def test_a_title_s_department_grammar_takes_what_its_readers_ask(title, ends, options, expected):
    titled = re.match(titled_department(ends, **options), title)
    assert (titled.group(2) if titled else None) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("司法局", "司法局"),
        ("卫健委", "卫健委"),
        ("坚持依法行政局", None),  # a phrase's word (data/organs.toml not_in_names)
        ("保持社会大局", None),  # 局's common word, no bureau
        ("发展新格局", None),
        ("委政法委", None),  # a party committee's organ after its place (市 + 委政法委)
    ],
)
def test_a_word_is_a_department_s_name_unless_a_phrase_or_a_party_organ(word, expected):
    assert organ_name(word) == expected


@pytest.mark.parametrize(
    ("short", "organ", "spelled"),
    [
        ("大数据发展局", "大数据应用发展管理局", True),  # in order, the same kind
        ("政务服务办", "人民政府政务服务办公室", True),  # 办 writes 办公室
        ("发改委", "发展和改革委员会", True),  # 委 writes 委员会
        ("司法局", "大数据应用发展管理局", False),  # not its characters
        ("展发局", "大数据应用发展管理局", False),  # not in order
        ("文化和旅游局", "文化和旅游发展委员会", False),  # another kind (局, not 委员会)
    ],
)
def test_a_short_name_spells_a_department_by_its_characters_in_order_and_its_kind(
    short, organ, spelled
):
    assert spells(short, organ) is spelled


@pytest.mark.parametrize(
    ("line", "addressed"),
    [
        ("市委、市政府:", True),
        ("县人大常委会:", True),
        ("司法部:", True),  # a ministry, written to by a province's department
        ("区委、区政府:2024年,我区坚持依法行政。", True),  # before the year the text opens with
        ("现将有关情况报告如下:", False),  # a sentence's colon, no superior's name
        ("市委、市政府:现将有关情况报告如下。", False),  # a sentence after it, not its year
    ],
)
def test_the_addressee_line_ends_in_the_data_s_names(line, addressed):
    assert (addressee_line().match(line) is not None) is addressed
