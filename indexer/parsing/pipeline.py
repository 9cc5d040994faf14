"""From a raw document to a typed Report: clean -> title and metadata -> sections -> indicators."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from indexer.models import Report
from indexer.parsing.classify import SectionVocabulary
from indexer.parsing.clean import MOJIBAKE_LEFT, CleanText, clean_text
from indexer.parsing.evidence import ReporterFinder
from indexer.parsing.files import RawDocument, read_document
from indexer.parsing.indicators import IndicatorCatalogue, extract_indicators
from indexer.parsing.metadata import apply_given, extract_metadata, split_title
from indexer.parsing.near_miss import NearMissVocabulary, near_miss_warning
from indexer.parsing.provenance import NO_SIDECAR, Sidecar, given_note, read_sidecar
from indexer.parsing.sections import split_sections
from indexer.regions import RegionResolver


@dataclass(frozen=True, slots=True)
class Parser:
    """The data the parsing steps need, loaded once per process and passed in."""

    finder: ReporterFinder
    vocabulary: SectionVocabulary
    catalogue: IndicatorCatalogue
    near_misses: NearMissVocabulary

    @property
    def resolver(self) -> RegionResolver:
        return self.finder.resolver

    @classmethod
    def from_data(cls) -> Parser:
        return cls(
            finder=ReporterFinder.from_data(RegionResolver.from_data()),
            vocabulary=SectionVocabulary.from_data(),
            catalogue=IndicatorCatalogue.from_data(),
            near_misses=NearMissVocabulary.from_data(),
        )

    def parse_file(self, path: Path) -> Report:
        """Raises ReadError for a file that cannot be read as a report; reads its sidecar too."""
        report = self.parse_document(report_id_for(path), read_document(path), read_sidecar(path))
        return replace(report, source=str(path))

    def parse_document(
        self, report_id: str, document: RawDocument, sidecar: Sidecar = NO_SIDECAR
    ) -> Report:
        cleaned = clean_text(valid_unicode(document.text))
        page_title = valid_unicode(document.title) if document.title is not None else None
        title, body = split_title(cleaned.text, page_title)
        meta = extract_metadata(title, body, cleaned.furniture, self.finder, sidecar.source_url)
        meta = apply_given(meta, sidecar.given, self.resolver)
        sections = split_sections(body, self.vocabulary)
        indicators = extract_indicators(sections, self.catalogue)
        warnings = document.warnings + sidecar.warnings + cleaned.warnings + meta.warnings
        warnings += (given_note(sidecar.given),) if sidecar.given else ()
        if reason := self.near_misses.reason(title, body) or self._off_topic(title, body, cleaned):
            warnings += (near_miss_warning(reason),)
        if not sections:
            warnings += ("no report text found",)
        return Report(
            report_id=report_id,
            title=meta.title,
            region=meta.place.region,
            level=meta.place.level,
            province=meta.place.province,
            city=meta.place.city,
            year=meta.year,
            published=meta.published,
            sections=sections,
            indicators=indicators,
            warnings=warnings,
            source_url=sidecar.source_url,
            fetched_at=sidecar.fetched_at,
        )

    def _off_topic(self, title: str | None, body: str, cleaned: CleanText) -> str | None:
        """Asked only of text the cleaner could read: mojibake left may hide the rule of law."""
        if any(w.startswith(MOJIBAKE_LEFT) for w in cleaned.warnings):
            return None
        return (
            self.near_misses.off_topic(title, body)
            or self.near_misses.other_subject_report(title, body)
            or self.near_misses.in_english(title, body)
        )


def valid_unicode(text: str) -> str:
    """Lone surrogates (from a lax decoder upstream) would crash opencc and the index: '?'."""
    return text.encode("utf-8", "replace").decode("utf-8")


MAX_REPORT_ID_LENGTH = 200  # characters; the web app looks up no longer id


def report_id_for(path: Path) -> str:
    """The contract's stable id: the corpus file's name without its suffix."""
    return path.stem
