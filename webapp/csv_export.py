"""The one CSV writer of every `.csv` route: a BOM for Excel, formula-safe cells, bounded rows."""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterable, Sequence
from datetime import date

from flask import Response, current_app

# A spreadsheet runs a cell starting with one of these as a formula (OWASP: CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_response(stem: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> Response:
    """`columns` then at most max_rows() of `rows`, as a dated attachment `STEM-YYYY-MM-DD.csv`."""
    buffer = io.StringIO()
    buffer.write("\ufeff")  # the BOM makes Excel read the file as UTF-8
    writer = csv.writer(buffer)
    writer.writerow(columns)
    for row in itertools.islice(rows, max_rows()):
        writer.writerow([spreadsheet_cell(value) for value in row])
    filename = f"{stem}-{date.today().isoformat()}.csv"
    return Response(
        buffer.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


def max_rows() -> int:
    """Rows per export, table or JSON list (config MAX_ROWS); more needs narrower filters."""
    return int(current_app.config["MAX_ROWS"])


def spreadsheet_cell(value: object) -> str:
    """The cell's text; a leading quote keeps a spreadsheet from reading it as a formula."""
    if value is None:
        return ""
    text = " ".join(map(str, value)) if isinstance(value, list | tuple) else str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text
