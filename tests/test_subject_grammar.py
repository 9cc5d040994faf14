"""The opening sentence's grammar every reporter step shares: leadership clauses, then the
subject, then its verb."""

import re

import pytest

from indexer.parsing.subject_grammar import (
    FOLLOWED_DECISIONS,
    LEADERSHIP,
    OTHER_NAMES,
    SUBJECT_VERBS,
)


@pytest.mark.parametrize(
    ("opening", "subject"),
    [
        ("在市委、市政府的领导下,在县人大常委会的监督支持下,武城县人民政府以", "武城县人民政府"),
        ("在区委的正确领导下,区司法局坚持", "区司法局"),
        ("在市委市政府的领导下,在市司法局的指导下,大连长兴岛经济区坚持", "大连长兴岛经济区"),
        ("在省委关怀下,街道扎实推进", "街道"),
        ("在市委市政府的正确领导下,市市场监管局把握新形势", "市市场监管局"),
        ("在省委、省政府正确领导和生态环境部的指导帮助下,我厅认真", "我厅"),
        ("在区委、区政府的坚强领导下,在市司法局的指导下,区司法局牵头推动", "区司法局"),
        ("在区委、区政府的正确引领下,大码头街道坚持", "大码头街道"),
        ("在县委的坚强带领下,县司法局坚持", "县司法局"),
        ("在市委、市政府的领导下,在市司法局的指导下,市文化广电旅游局切实推进", "市文化广电旅游局"),
        ("在工委依法治区办的正确领导下,区农业农村局严格落实", "区农业农村局"),
        ("在省委的领导下,省水利厅先后制定", "省水利厅"),
        ("在区委的领导下,湖塘街道高举习近平新时代中国特色社会主义思想伟大旗帜", "湖塘街道"),
    ],
)
def test_the_subject_follows_every_leadership_clause(opening, subject):
    match = re.match(rf"{LEADERSHIP.pattern}(?P<subject>\w+?){SUBJECT_VERBS}", opening)
    assert match is not None and match["subject"] == subject


@pytest.mark.parametrize(
    "sentence",
    [
        "区司法局推出了一项新规",  # no verb a report's subject opens with
        "会议指出,要坚持",  # a clause, not the opening's subject
        "由区司法局负责牵头",  # led by another verb: no subject that leads the work itself
        "要求各单位落实",  # 落实 alone, no adverb a subject opens with
        "区司法局制定了严格的制度",  # 严格 after the verb qualifies its object
    ],
)
def test_a_sentence_without_the_subjects_verb_has_no_subject(sentence):
    assert re.match(rf"[\u4e00-\u9fff]{{2,5}}{SUBJECT_VERBS}", sentence) is None


@pytest.mark.parametrize(
    ("opening", "subject"),
    [
        ("市数据局(市营商环境建设局、市行政审批局)深入", "市数据局"),
        ("县委办(县档案局)坚持", "县委办"),
        ("区发展改革局(区粮食和物资储备局)按照", "区发展改革局"),
    ],
)
def test_a_body_s_other_names_in_brackets_follow_its_subject(opening, subject):
    match = re.match(rf"(?P<subject>\w+?){OTHER_NAMES}?{SUBJECT_VERBS}", opening)
    assert match is not None and match["subject"] == subject


@pytest.mark.parametrize(
    "brackets",
    [
        "(2021-2025年)",  # a span of years, no name
        "(市委)",  # a party committee is no second name of a department
        "(市营商环境建设局、负责审批)",  # a clause, not a name, in the list
    ],
)
def test_brackets_holding_no_names_are_no_other_names(brackets):
    assert re.fullmatch(OTHER_NAMES, brackets) is None


@pytest.mark.parametrize(
    ("opening", "followed"),
    [
        ("根据市委、市政府、市场监管总局的部署,上海市市场监督管理局围绕", "市场监管总局"),
        ("按照省委、省政府和应急管理部的工作要求,我厅坚持", "应急管理部"),
        ("围绕市委市政府、福建省市场监管局关于推进法治政府建设的工作部署,我局", "福建省市场监管局"),
        (
            "贯彻落实省委、省政府和交通运输部关于依法治省、建设法治政府部门的决策部署,",
            "交通运输部",
        ),
        ("落实生态环境部关于法治建设的安排,我局", "生态环境部"),
        # the list of superiors broken at a comma after a government
        ("按照自治区党委、政府,交通运输部的统一部署,紧紧围绕", "交通运输部"),
        ("根据市委、市政府,省司法厅的工作要求,我局", "省司法厅"),
        # the decisions written without 的
        ("贯彻落实党中央、国务院以及交通运输部和市委市政府决策部署,积极推进", "交通运输部"),
        ("按照国家税务总局决策部署,我局", "国家税务总局"),
    ],
)
def test_the_superiors_whose_decisions_it_follows_are_a_clause(opening, followed):
    match = FOLLOWED_DECISIONS.match(opening)
    assert match is not None and followed in match.group()


@pytest.mark.parametrize(
    "opening",
    [
        "2022年,市司法局坚持依法行政,根据工作需要",  # no decisions of superiors
        "根据实际,市司法局出台了部署,完善要求",  # the clause ends before any decision
        "交通运输部认真落实法治政府建设的部署",  # the ministry is the subject, before 落实
        # the comma follows no body's name, or a subject's own verb follows it
        "根据上级要求,交通运输部认真落实法治政府建设的部署",
        "根据市委、市政府,交通运输部认真贯彻落实省委的部署",
        # 决策 alone, or 部署 without 决策 or 的, is no decision followed
        "交通运输部坚持科学决策,落实部署",
        "根据交通运输部部署要求,我局",
    ],
)
def test_a_clause_without_decisions_followed_is_none(opening):
    assert FOLLOWED_DECISIONS.match(opening) is None


@pytest.mark.parametrize(
    ("text", "under"),
    [
        ("在区委、区政府的正确引领下", True),
        ("在市委的坚强带领下", True),
        # negative: a leader's role, not a clause under one
        ("在区委引领全区发展中", False),
        ("在书记带领群众下乡时", False),
    ],
)
def test_leadership_and_guidance_are_clauses_under_superiors(text, under):
    from indexer.parsing.subject_grammar import UNDER_SUPERIORS

    assert (UNDER_SUPERIORS.fullmatch(text) is not None) is under
