"""The index schema: every field name, its type and role, declared once.

One Whoosh document per section (kind "section") carries the report's metadata for faceting and
what a hit needs to render; one document per report (kind "report") stores the parsed report once,
so the web layer never reads the corpus.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from whoosh import fields

from indexer.analysis import bigram_analyzer, word_analyzer
from indexer.models import Level, Report
from indexer.parsing.classify import section_type_labels

SCHEMA_VERSION = 5  # 5: the sidecar's fetched_at is stored (4: the title is searchable text)

# Field names: import these, never type the strings.
KIND = "kind"
DOC_ID = "doc_id"
REPORT_ID = "report_id"
SECTION_ID = "section_id"
ORDINAL = "ordinal"
TITLE = "title"
HEADING = "heading"
BODY = "body"
CHARS = "chars"  # character bigrams of heading and body: the phrase guarantee
YEAR = "year"
PROVINCE = "province"
CITY = "city"
REGION = "region"
LEVEL = "level"
TYPE = "type"
PUBLISHED = "published"
REPORT_JSON = "report_json"
FETCHED_AT = "fetched_at"  # stored on the report document, beside (not in) its JSON

# One Whoosh document: field name -> value (absent fields are left out; Whoosh rejects None).
Document = dict[str, str | int]

KIND_SECTION = "section"
KIND_REPORT = "report"

HEADING_BOOST = 2.0


@dataclass(frozen=True, slots=True)
class FacetField:
    name: str
    label: str


# The facets offered to users, in display order.
FACETS = (
    FacetField(YEAR, "年份"),
    FacetField(PROVINCE, "省份"),
    FacetField(CITY, "城市"),
    FacetField(REGION, "地区"),
    FacetField(TYPE, "类型"),
)
FACET_NAMES = tuple(f.name for f in FACETS)

# How pages name a report's place when it gave none, and each government level.
UNKNOWN_PLACE = "地区未知"
LEVEL_LABELS: Mapping[str, str] = MappingProxyType(
    {
        Level.PROVINCE: "省级",
        Level.CITY: "地市级",
        Level.COUNTY: "县级",
        Level.DEPARTMENT: "部门",
        Level.OTHER: "其他",
    }
)

# Display labels of the section types, from the section-type vocabulary (data/section_types.toml).
SECTION_TYPE_LABELS = section_type_labels()


def build_schema() -> fields.Schema:
    words = word_analyzer()
    return fields.Schema(
        **{
            KIND: fields.ID(),
            DOC_ID: fields.ID(unique=True, stored=True),
            REPORT_ID: fields.ID(stored=True),
            SECTION_ID: fields.STORED(),
            ORDINAL: fields.NUMERIC(int, stored=True),
            TITLE: fields.STORED(),
            # Frequencies without positions: phrases are served by CHARS, which is exact.
            HEADING: fields.TEXT(
                analyzer=words, phrase=False, stored=True, field_boost=HEADING_BOOST
            ),
            BODY: fields.TEXT(analyzer=words, phrase=False, stored=True),
            # Bigrams without positions: a section holding all of a phrase's bigrams is confirmed
            # against its letters (derived.py), cheaper than Whoosh's position lists.
            CHARS: fields.TEXT(analyzer=bigram_analyzer(), phrase=False),
            YEAR: fields.NUMERIC(int, stored=True),
            PROVINCE: fields.ID(stored=True),
            CITY: fields.ID(stored=True),
            REGION: fields.ID(stored=True),
            LEVEL: fields.ID(stored=True),
            TYPE: fields.ID(stored=True),
            PUBLISHED: fields.STORED(),
            REPORT_JSON: fields.STORED(),
            FETCHED_AT: fields.STORED(),
        }
    )


def section_doc_id(report_id: str, section_id: str) -> str:
    return f"{report_id}#{section_id}"


def to_documents(report: Report) -> Iterator[Document]:
    """The report's Whoosh documents: one per section, then the report itself."""
    shared = _metadata_fields(report)
    for ordinal, section in enumerate(report.sections):
        text = f"{section.heading}\n{section.text}"
        if ordinal == 0:  # the title is text of the report too: searching it finds the report
            text = f"{report.title}\n{text}"
        yield {
            KIND: KIND_SECTION,
            DOC_ID: section_doc_id(report.report_id, section.id),
            SECTION_ID: section.id,
            ORDINAL: ordinal,
            HEADING: section.heading,
            BODY: section.text,
            CHARS: text,
            TYPE: str(section.type),
            **shared,
        }
    yield {
        KIND: KIND_REPORT,
        DOC_ID: report.report_id,
        REPORT_JSON: json.dumps(report.to_json(), ensure_ascii=False),
        **({FETCHED_AT: report.fetched_at} if report.fetched_at else {}),
        **shared,
    }


def municipality(province: str | None) -> str | None:
    """A province-level city (天津市) is the city of its districts for the city facet and filter,
    though the contract's `city` stays null for them: `city=天津市` finds 武清区."""
    return province if province and province.endswith("市") else None


def _metadata_fields(report: Report) -> Document:
    values = {
        REPORT_ID: report.report_id,
        TITLE: report.title,
        YEAR: report.year,
        PROVINCE: report.province,
        CITY: report.city or municipality(report.province),
        REGION: report.region,
        LEVEL: str(report.level),
        PUBLISHED: report.published,
    }
    # Whoosh rejects None; an absent field simply has no value.
    return {name: value for name, value in values.items() if value is not None}
