"""What every blueprint shares: the live index, the vocabularies loaded once per app, links,
numbers as the report JSON writes them, and the CSV response of a list of records."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from flask import Flask, Response, current_app, url_for
from werkzeug.datastructures import MultiDict

from indexer.parsing.indicators import IndicatorCatalogue
from indexer.querying.figures import IndicatorRow
from indexer.querying.required_parts import PartsVocabulary
from indexer.querying.search import SearchPage, search
from indexer.querying.snapshot import Snapshot
from webapp.csv_export import csv_response
from webapp.place_names import with_place_names
from webapp.query_args import DEFAULT_SIZE, search_request
from webapp.urls import public_url

CATALOGUE_KEY = "indicator_catalogue"
PARTS_KEY = "parts_vocabulary"


def load_vocabularies(app: Flask) -> None:
    """Read the data files the pages need once, when the app is made (never per request)."""
    app.extensions[CATALOGUE_KEY] = IndicatorCatalogue.from_data()
    app.extensions[PARTS_KEY] = PartsVocabulary.from_data()


def snapshot() -> Snapshot:
    """The live index for this request (reopened after a reindex)."""
    snapshot: Snapshot = current_app.extensions["index_reader"].snapshot()
    return snapshot


def catalogue() -> IndicatorCatalogue:
    """The indicator catalogue, loaded with the app."""
    loaded: IndicatorCatalogue = current_app.extensions[CATALOGUE_KEY]
    return loaded


def parts_vocabulary() -> PartsVocabulary:
    """The required parts (第二十五条) vocabulary, loaded with the app."""
    loaded: PartsVocabulary = current_app.extensions[PARTS_KEY]
    return loaded


def report_url(report_id: str, section_id: str | None = None, external: bool = False) -> str:
    """The report page, at a section when given; `external`: under BASE_URL (API, CSV, links
    that leave the page)."""
    url = (public_url if external else url_for)("html.report", report_id=report_id)
    return f"{url}#{section_id}" if section_id else url


def row_url(row: IndicatorRow) -> str:
    """The report page at the figure's section, its quote highlighted as a phrase."""
    quote = row.quote.replace('"', " ")
    url = public_url("html.report", report_id=row.report_id, q=f'"{quote}"')
    return f"{url}#{row.section_id}"


def display_number(value: float) -> int | float:
    """18.0 -> 18, as the report JSON shows counts."""
    return int(value) if float(value).is_integer() else value


def records_csv(
    stem: str, columns: Sequence[str], records: Iterable[Mapping[str, object]]
) -> Response:
    """A CSV of JSON records: one column per key named in `columns` (absent keys stay empty)."""
    rows = ([record.get(column) for column in columns] for record in records)
    return csv_response(stem, columns, rows)


def requested_page(args: MultiDict[str, str], default_size: int = DEFAULT_SIZE) -> SearchPage:
    """The search a page or API request asks for, with its answer card: the one view model the
    HTML page, the JSON API and the widget (through the API) format."""
    live = snapshot()
    wanted = with_place_names(search_request(args, default_size), live)
    return search(live, wanted, catalogue())
