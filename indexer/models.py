"""Typed values that flow through the pipeline: file -> Report -> index documents."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypedDict, cast


class SectionType(StrEnum):
    """The contract's section-type slugs (DESIGN.md), in display order."""

    LEADERSHIP = "leadership"
    FUNCTIONS = "functions"
    RULEMAKING = "rulemaking"
    DECISION = "decision"
    ENFORCEMENT = "enforcement"
    EMERGENCY = "emergency"
    DISPUTES = "disputes"
    OVERSIGHT = "oversight"
    DIGITAL = "digital"
    PUBLICITY = "publicity"
    SHORTCOMINGS = "shortcomings"
    PLANS = "plans"
    OTHER = "other"


class Level(StrEnum):
    PROVINCE = "province"
    CITY = "city"
    COUNTY = "county"
    DEPARTMENT = "department"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Place:
    """Where a report comes from, resolved against the division gazetteer."""

    region: str | None
    level: Level
    province: str | None
    city: str | None


@dataclass(frozen=True, slots=True)
class Indicator:
    name: str
    value: float
    unit: str
    approx: bool
    section_id: str
    quote: str


@dataclass(frozen=True, slots=True)
class Section:
    id: str
    heading: str  # the path of headings above the text, joined by HEADING_SEPARATOR
    type: SectionType
    text: str  # original characters, as displayed


HEADING_SEPARATOR = " › "


class SectionHeadJSON(TypedDict):
    id: str
    heading: str
    type: str  # a SectionType slug


class SectionJSON(SectionHeadJSON):
    text: str


class IndicatorJSON(TypedDict):
    name: str
    value: int | float
    unit: str
    approx: bool
    section_id: str
    quote: str


class _ReportFieldsJSON(TypedDict):
    report_id: str
    title: str
    region: str | None
    level: str  # a Level slug
    province: str | None
    city: str | None
    year: int | None
    published: str | None
    source_url: str | None
    indicators: list[IndicatorJSON]
    warnings: list[str]


class ReportJSON(_ReportFieldsJSON):
    """`Report.to_json()`: the contract's shape, as stored in the index and shown by `inspect`."""

    sections: list[SectionJSON]


class ReportCard(_ReportFieldsJSON):
    """A report's JSON without its sections' text: what corpus-wide views read."""

    sections: list[SectionHeadJSON]


def report_card(report: ReportJSON) -> ReportCard:
    """The report's card: its JSON with each section's id, heading and type but not its text."""
    heads: list[SectionHeadJSON] = [
        {"id": s["id"], "heading": s["heading"], "type": s["type"]} for s in report["sections"]
    ]
    fields = {key: value for key, value in report.items() if key != "sections"}
    return cast(ReportCard, {**fields, "sections": heads})


@dataclass(frozen=True, slots=True)
class Report:
    report_id: str
    title: str
    region: str | None
    level: Level
    province: str | None
    city: str | None
    year: int | None
    published: str | None  # YYYY-MM-DD
    sections: tuple[Section, ...]
    indicators: tuple[Indicator, ...] = ()
    warnings: tuple[str, ...] = ()
    source_url: str | None = None  # the page's address, from the sidecar
    source: str | None = field(default=None, compare=False)
    # When `collect` fetched the page (the sidecar's): stored in the index, not in the JSON.
    fetched_at: str | None = field(default=None, compare=False)

    def to_json(self) -> ReportJSON:
        """The contract's JSON shape (DESIGN.md, `python -m indexer inspect`)."""
        return {
            "report_id": self.report_id,
            "title": self.title,
            "region": self.region,
            "level": str(self.level),
            "province": self.province,
            "city": self.city,
            "year": self.year,
            "published": self.published,
            "source_url": self.source_url,
            "sections": [
                {"id": s.id, "heading": s.heading, "type": str(s.type), "text": s.text}
                for s in self.sections
            ],
            "indicators": [
                {
                    "name": i.name,
                    "value": _plain_number(i.value),
                    "unit": i.unit,
                    "approx": i.approx,
                    "section_id": i.section_id,
                    "quote": i.quote,
                }
                for i in self.indicators
            ],
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_json(cls, data: ReportJSON) -> Report:
        return cls(
            report_id=data["report_id"],
            title=data["title"],
            region=data["region"],
            level=Level(data["level"]),
            province=data["province"],
            city=data["city"],
            year=data["year"],
            published=data["published"],
            sections=tuple(
                Section(s["id"], s["heading"], SectionType(s["type"]), s["text"])
                for s in data["sections"]
            ),
            indicators=tuple(Indicator(**i) for i in data["indicators"]),
            warnings=tuple(data["warnings"]),
            source_url=data.get("source_url"),
        )


def _plain_number(value: float) -> int | float:
    """18.0 -> 18 so that JSON shows counts as integers."""
    return int(value) if float(value).is_integer() else value
