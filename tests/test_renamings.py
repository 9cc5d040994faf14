from __future__ import annotations

import pytest

from indexer.models import Level, Place
from indexer.parsing.renamings import renamings


def _department(region: str) -> tuple[Place, tuple[str, ...]]:
    return Place(region, Level.DEPARTMENT, "山东省", "临沂市"), ()


@pytest.mark.parametrize(
    ("region", "body", "year", "named"),
    [
        ("临沂市环保局", "市环保局", 2017, "临沂市环境保护局"),  # before the reform: the old name
        ("临沂市环保局", "市环保局", 2018, None),  # the reform's year: either name
        ("临沂市环保局", "市环保局", 2021, None),  # 生态环境局 is never 环保局
        ("临沂市环保局", "市环保局", None, None),  # no year: not to be guessed
        ("临沂市安监局", "市安监局", 2016, "临沂市安全生产监督管理局"),
        ("临沂市卫计委", "市卫计委", 2017, "临沂市卫生和计划生育委员会"),
        ("辽宁省交通厅", "我厅", 2023, "辽宁省交通运输厅"),  # 交通厅 short for 交通运输厅 by then
        ("辽宁省交通厅", "我厅", 2007, "辽宁省交通厅"),  # its official name before 2009
        ("辽宁省交通厅", "我厅", 2012, None),  # some provinces renamed theirs late
        ("江苏省生态环境厅", "我厅", 2016, "江苏省环境保护厅"),  # inferred, not written
        ("江苏省生态环境厅", "江苏省生态环境厅", 2016, "江苏省生态环境厅"),  # as written
        ("江苏省生态环境厅", "我厅", 2019, "江苏省生态环境厅"),
        ("长寿区交通局", "区交通局", 2023, "长寿区交通局"),  # no renaming's short form
    ],
)
def test_a_renamed_department_is_named_as_in_the_report_s_year(region, body, year, named):
    place, _ = renamings().dated(_department(region), body, year)
    assert place.region == named


def test_a_government_is_never_renamed():
    found = Place("临沂市", Level.CITY, "山东省", "临沂市"), ()
    assert renamings().dated(found, "市环保局", 2017) == found


def test_a_renamed_field_reads_as_its_old_short_form():
    # 环境保护法治建设 is the old department's own work: read as 环保局/厅, dated by its year
    assert renamings().old_fields()["环境保护"] == "环保{}"
    assert "生态环境" not in renamings().old_fields()


@pytest.mark.parametrize(
    ("region", "title", "body", "year", "named"),
    [
        # its 2018 documents, under the old name: renamed by the time it wrote? undecided
        ("河南省环境保护厅", "", "制定了《河南省环境保护厅2018年工作要点》", 2018, None),
        ("河南省环境保护厅", "", "制定了《河南省环境保护厅2018年工作要点》", None, None),
        # written so by the title or outside a document's title: its own name then
        (
            "河南省环境保护厅",
            "河南省环境保护厅2018年法治政府建设工作报告",
            "《河南省环境保护厅要点》",
            2018,
            "河南省环境保护厅",
        ),
        (
            "河南省环境保护厅",
            "",
            "河南省环境保护厅认真落实《河南省环境保护厅要点》",
            2018,
            "河南省环境保护厅",
        ),
        (
            "河南省环境保护厅",
            "",
            "制定了《河南省环境保护厅2017年工作要点》",
            2017,
            "河南省环境保护厅",
        ),
    ],
)
def test_an_old_name_only_in_the_page_s_documents_is_undecided_after_the_reform(
    region, title, body, year, named
):
    place, warnings = renamings().dated(_department(region), body, year, title)
    assert place.region == named
    assert (named is None) == any("not given" in w for w in warnings)
