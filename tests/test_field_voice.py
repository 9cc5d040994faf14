"""The field a department speaks of as its own (parsing/field_voice.py): its field's rule-of-law
work, its superior in the same field, the system it heads; two fields compete: none."""

from __future__ import annotations

import pytest

from indexer.parsing.field_voice import FieldVoice


@pytest.fixture(scope="module")
def voice() -> FieldVoice:
    return FieldVoice.from_data()


_FILLER = "坚持依法行政,规范执法行为。" * 30  # past the opening


@pytest.mark.parametrize(
    ("text", "word", "organ"),
    [
        ("2025年福建省人力资源和社会保障法治工作的总体要求是:全面贯彻…", "厅",
         "人力资源和社会保障厅"),
        ("2023年,在省人力资源和社会保障厅的关心指导下,我局扎实推进法治人社建设。", "局",
         "人力资源和社会保障局"),
        ("2023年,我局按照省应急厅的工作部署,结合我市安全生产工作实际,推进法治建设。", "局",
         "应急管理局"),
        (f"2016年,我厅坚持依法行政。{_FILLER}制定我省人力资源和社会保障法治建设实施纲要,"
         "为全省人社系统法治建设提供遵循。", "厅", "人力资源和社会保障厅"),
        ("我局深入推进生态环境法治建设。", "局", "生态环境局"),
        (f"局党委坚持依法行政。{_FILLER}制发《成都市应急管理系统2021年法治建设暨依法行政工作要点》。",
         "局", "应急管理局"),
        ("2016年,我局大力推进环境保护法治政府建设,切实提高依法行政水平。", "局", "环保局"),
        ("我厅推进环境保护法治工作。", "厅", "环保厅"),
        ("2016年,我厅加快“法治人社”建设步伐。", "厅", "人力资源和社会保障厅"),
        ("2016年,我局扎实推进“应急法治”建设。", "局", "应急管理局"),
        ("2022年,我局深入推进退役军人事务法治建设。", "局", "退役军人事务局"),
        ("2024年,我厅扎实推进交通运输法治政府部门建设。", "厅", "交通运输厅"),
        ("2025年以来,我局全面履行司法行政职能,为我市发展提供法治保障。", "局", "司法局"),
        ("2024年,我局以法治思维统领全区司法行政工作。", "局", "司法局"),
    ],
    ids=["its-field-s-rule-of-law-work", "its-superior-and-its-work", "its-superior-s-deployment",
         "its-work-and-its-system-twice", "a-field-written-in-full",
         "its-system-s-document-it-issues", "a-renamed-field-its-short-form",
         "a-renamed-field-a-province-s", "a-quoted-slogan-field-after",
         "a-quoted-slogan-field-before", "veterans-affairs",
         "its-field-s-rule-of-law-department-building", "the-duties-it-performs",
         "the-work-it-leads-across-its-place"],
)  # fmt: skip
def test_the_field_a_department_speaks_of_as_its_own(voice, text, word, organ):
    assert voice.own_department(text[:300], text, word) == organ


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("我局在省应急厅的指导下,推进交通运输法治建设。", "局"),  # two fields compete
        ("我局深入开展法治教育建设,推进依法行政。", "局"),  # 法治教育: rule-of-law education
        (f"我局坚持依法行政。{_FILLER}联合市场监管部门推进应急法治建设。", "局"),  # once, late
        ("我厅按照省应急厅的工作部署推进依法行政。", "厅"),  # a 厅's superior is no 省…厅
        ("我局坚持依法行政,推进法治政府建设。", "局"),  # no field
        (f"我局坚持依法行政。{_FILLER}落实《成都市应急管理系统…要点》。", "局"),  # not its
        ("我局制发《成都市应急管理系统…要点》,推进交通运输法治建设。", "局"),  # two fields
        ("我局推进环境保护法治建设,配合公安法治建设。", "局"),  # old field and another
        ("我厅推进“法治人社”建设,配合“法治公安”建设。", "厅"),  # two quoted fields
        ("我局推进“法治教育”建设。", "局"),  # quoted 法治教育: rule-of-law education
        # a bureau of another field naming the veterans' field once, late
        (f"我局坚持依法行政。{_FILLER}开展退役军人法治宣传。", "局"),
        ("我局全面履行司法行政职能,配合做好全市市场监管工作。", "局"),  # two fields
        ("我局统筹推进全市普法教育工作和全市行政执法工作。", "局"),  # education, no field
        (f"我局坚持依法行政。{_FILLER}协助做好全市公安工作。", "局"),  # once, late
    ],
    ids=["two-fields", "rule-of-law-education", "once-past-the-opening",
         "a-province-s-department-under-a-厅", "no-field", "a-system-s-document-it-carries-out",
         "a-system-s-document-and-another-field", "a-renamed-field-and-another",
         "two-quoted-fields", "quoted-rule-of-law-education", "veterans-once-past-the-opening",
         "duties-of-two-fields", "education-and-law-enforcement-are-no-field",
         "another-field-s-work-once-past-the-opening"],
)  # fmt: skip
def test_no_field_is_taken_when_it_is_not_the_department_s_own(voice, text, word):
    assert voice.own_department(text[:300], text, word) is None


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        ("我局深入推进生态环境保护法治建设。", None),  # the new field written out: not the old
        ("我局深入推进生态环境法治建设,推进生态环境保护法治工作。", "生态环境局"),
    ],
    ids=["the-new-field-s-work-alone", "the-new-field-s-work-with-its-own"],
)
def test_an_old_field_inside_the_new_one_s_name_is_not_read(voice, text, organ):
    assert voice.own_department(text[:300], text, "局") == organ
