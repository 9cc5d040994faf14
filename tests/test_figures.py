"""The query side of indicators: rows from stored reports, rate checks, filters, compare table."""

from __future__ import annotations

import pytest

from indexer.parsing.indicators import Direction, IndicatorCatalogue
from indexer.querying.figures import (
    Flag,
    IndicatorQuery,
    IndicatorRow,
    LineOrder,
    compare_table,
    filter_rows,
    indicator_names,
    indicator_rows,
    named_indicators,
    report_rows,
)
from indexer.querying.query_language import parse_query


@pytest.fixture(scope="module")
def catalogue() -> IndicatorCatalogue:
    return IndicatorCatalogue.from_data()


def report(*indicators: tuple[str, float, str, str, bool], **meta) -> dict:
    """A report in the contract's JSON shape with (name, value, unit, quote, approx) figures."""
    base = {"report_id": "r1", "title": "t", "region": "武江区", "level": "county",
            "province": "广东省", "city": "韶关市", "year": 2024}  # fmt: skip
    items = [
        {"name": n, "value": v, "unit": u, "approx": a, "section_id": "s1", "quote": q}
        for n, v, u, q, a in indicators
    ]
    return base | meta | {"indicators": items}


CASES = "收到行政复议案件114宗"
CLOSED = "办结行政复议案件114件"


@pytest.mark.parametrize(
    ("cases", "corrected", "rate", "flag", "computed"),
    [
        (114, 21, 18.4, Flag.RATE_CHECKED, 18.42),
        (114, 21, 18.3, Flag.RATE_MISMATCH, 18.42),  # beyond rounding of one decimal
        (200, 21, 10.5, Flag.RATE_CHECKED, 10.5),
        (218, 35, 21.08, Flag.RATE_MISMATCH, 16.06),
        (3, 1, 33, Flag.RATE_CHECKED, 33.33),  # 33.33 rounds to the written 33
    ],
    ids=["agrees", "mismatch", "exact", "wrong-denominator", "integer-rate"],
)
def test_rate_is_checked_against_its_parts_never_replaced(
    cases, corrected, rate, flag, computed, catalogue
):
    rows = report_rows(
        report(
            ("行政复议办结数", cases, "件", CLOSED, False),
            ("行政复议纠错数", corrected, "件", "纠错21宗", False),
            ("行政复议纠错率", rate, "%", f"纠错率{rate}%", False),
        ),
        catalogue,
    )
    stated = next(r for r in rows if r.name == "行政复议纠错率")
    assert stated.value == rate  # what the report says stays
    assert flag in stated.flags
    assert (stated.numerator, stated.denominator, stated.computed) == (corrected, cases, computed)


def test_received_cases_are_no_base_for_the_correction_rate(catalogue) -> None:
    """纠错率 is corrected / decided cases: 21 of 114 *received* compares unlike with unlike."""
    rows = report_rows(
        report(
            ("行政复议案件数", 114, "件", CASES, False),
            ("行政复议纠错数", 21, "件", "纠正违法和不当行政行为21宗", False),
            ("行政复议纠错率", 18.3, "%", "纠错率18.3%", False),
        ),
        catalogue,
    )
    stated = next(r for r in rows if r.name == "行政复议纠错率")
    assert (stated.flags, stated.computed, stated.denominator) == ((), None, None)


def test_closed_cases_are_the_preferred_denominator(catalogue) -> None:
    rows = report_rows(
        report(
            ("行政复议案件数", 120, "件", CASES, False),
            ("行政复议办结数", 100, "件", "办结100件", False),
            ("行政复议纠错数", 20, "件", "纠错20件", False),
            ("行政复议纠错率", 20, "%", "纠错率20%", False),
        ),
        catalogue,
    )
    stated = next(r for r in rows if r.name == "行政复议纠错率")
    assert (stated.denominator, stated.flags) == (100, (Flag.RATE_CHECKED,))


def test_ambiguous_parts_give_no_check(catalogue) -> None:
    rows = report_rows(
        report(
            ("行政复议案件数", 120, "件", CASES, False),
            ("行政复议案件数", 90, "件", "受理行政复议申请90件", False),
            ("行政复议纠错数", 20, "件", "纠错20件", False),
            ("行政复议纠错率", 20, "%", "纠错率20%", False),
        ),
        catalogue,
    )
    stated = next(r for r in rows if r.name == "行政复议纠错率")
    assert stated.computed is None and Flag.RATE_MISMATCH not in stated.flags
    assert all(Flag.SEVERAL_VALUES in r.flags for r in rows if r.name == "行政复议案件数")


def test_approx_flag_and_comparison_come_with_the_row(catalogue) -> None:
    (row,) = report_rows(
        report(("行政复议案件数", 1100, "件", "收到行政复议案件1.1千余件,同比下降24.5%", True)),
        catalogue,
    )
    assert row.flags == (Flag.APPROX,)
    assert row.change is not None
    assert (row.change.direction, row.change.amount, row.change.unit) == (Direction.DOWN, 24.5, "%")


def row(
    place: str, year: int, value: float, province: str = "广东省", unit: str = "%"
) -> IndicatorRow:
    return IndicatorRow("r", "t", place, "county", province, None, year, "行政复议纠错率",
                        value, unit, False, "q", "s1")  # fmt: skip


@pytest.mark.parametrize(
    ("query", "places"),
    [
        (IndicatorQuery(), ["武江区", "海珠区", "武清区"]),
        (IndicatorQuery(provinces=("广东",)), ["武江区", "海珠区"]),  # a short name
        (IndicatorQuery(provinces=("广东省", "天津市")), ["武江区", "海珠区", "武清区"]),
        (IndicatorQuery(years=(2023,)), ["海珠区", "武清区"]),
        (IndicatorQuery(provinces=("广东",), years=(2023,)), ["海珠区"]),
        (IndicatorQuery(names=("行政复议案件数",)), []),
        (IndicatorQuery(regions=("武江",)), ["武江区"]),
    ],
    ids=["all", "short-province", "two-provinces", "year", "and-across", "other-name", "region"],
)
def test_filters_or_within_and_across(query, places) -> None:
    rows = [row("武江区", 2024, 18.3), row("海珠区", 2023, 9), row("武清区", 2023, 21, "天津市")]
    assert [r.region for r in filter_rows(rows, query)] == places


def test_compare_table_has_places_by_years_and_the_change() -> None:
    rows = [row("武江区", 2023, 15.0), row("武江区", 2024, 18.3), row("海珠区", 2024, 9.0)]
    table = compare_table(rows)
    assert table.years == (2023, 2024)
    assert [line.place for line in table.lines] == sorted(["武江区", "海珠区"])
    wujiang = next(line for line in table.lines if line.place == "武江区")
    assert [c.value if c else None for c in wujiang.cells] == [15.0, 18.3]
    assert wujiang.change is not None
    assert (wujiang.change.difference, wujiang.change.percent) == (3.3, None)  # points for a rate
    haizhu = next(line for line in table.lines if line.place == "海珠区")
    assert haizhu.cells[0] is None and haizhu.change is None


def test_count_change_is_also_a_percent() -> None:
    rows = [row("武江区", 2023, 100, unit="件"), row("武江区", 2024, 114, unit="件")]
    change = compare_table(rows).lines[0].change
    assert change is not None and (change.difference, change.percent) == (14, 14.0)


@pytest.mark.parametrize(
    ("order", "expected"),
    [
        (LineOrder.VALUE_DESC, ["武清区", "武江区", "海珠区"]),
        (LineOrder.VALUE_ASC, ["海珠区", "武江区", "武清区"]),
    ],
    ids=["descending", "ascending"],
)
def test_compare_lines_sort_by_latest_value(order, expected) -> None:
    rows = [row("武江区", 2024, 18.3), row("海珠区", 2023, 9), row("武清区", 2023, 21, "天津市")]
    assert [line.place for line in compare_table(rows, order).lines] == expected


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ("行政复议 纠错率", ("行政复议纠错率",)),
        ("纠错率 行政复议", ("行政复议纠错率",)),
        ("出庭应诉率", ("负责人出庭应诉率",)),
        ("行政復議 糾錯率", ("行政复议纠错率",)),
        ("行政复议案件数", ("行政复议案件数",)),
        ('"行政复议 纠错率"', ("行政复议纠错率",)),
        ("行政复议 OR 纠错率", ("行政复议纠错率",)),
        ("行政复议", ()),
        ("营商环境", ()),
        ("纠错率 -广州", ()),
        ("", ()),
    ],
    ids=repr,
)
def test_a_query_names_an_indicator_only_with_a_measure_word(query, names, catalogue) -> None:
    assert named_indicators(parse_query(query), catalogue) == names


def test_rows_from_the_sample_index(snapshot, catalogue) -> None:
    rows = indicator_rows(snapshot, IndicatorQuery(names=("行政复议纠错率",)), catalogue)
    assert {(r.region, r.value) for r in rows} == {("武江区", 18.3), ("武清区", 21.08)}
    flags = {r.region: r.flags for r in rows}
    assert Flag.RATE_MISMATCH in flags["武清区"]  # 35 / 218 decided ≠ the stated 21.08%
    assert flags["武江区"] == ()  # only received cases are stated: nothing like to check against
    counts = {n.name: n for n in indicator_names(snapshot, catalogue)}
    assert counts["负责人出庭应诉率"].reports == 4
    assert [n.name for n in indicator_names(snapshot, catalogue)] == [
        s.name for s in catalogue.specs
    ]
