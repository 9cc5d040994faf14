"""Parse, index and search 法治政府建设年度报告 (annual rule-of-law government reports)."""

from indexer.models import HEADING_SEPARATOR, Indicator, Level, Place, Report, Section, SectionType

__all__ = [
    "HEADING_SEPARATOR",
    "Indicator",
    "Level",
    "Place",
    "Report",
    "Section",
    "SectionType",
]
