"""Reports published as PDF or Word files: their text, or a clear reason, never a crash."""

from __future__ import annotations

import pytest
from govsite import docx_bytes, minimal_pdf

from indexer.parsing.attachments import attachment_text
from indexer.parsing.files import ReadError
from indexer.parsing.pipeline import Parser

LINES = ["某某县2024年法治政府建设年度报告", "一、主要举措和成效", "行政复议纠错率18.3%。"]


@pytest.mark.parametrize(
    ("suffix", "data"),
    [
        pytest.param(".pdf", minimal_pdf(LINES), id="pdf"),
        pytest.param(".docx", docx_bytes("\n".join(LINES)), id="docx"),
    ],
)
def test_text_is_read_line_by_line(suffix, data):
    assert attachment_text(data, suffix).splitlines() == LINES


@pytest.mark.parametrize(
    ("suffix", "data", "reason"),
    [
        pytest.param(".pdf", minimal_pdf([]), "no text in the PDF file", id="pdf-without-text"),
        pytest.param(".pdf", minimal_pdf(LINES)[:300], "unreadable PDF", id="pdf-cut-short"),
        pytest.param(".pdf", b"<html>not found</html>", "unreadable PDF", id="pdf-is-html"),
        pytest.param(".docx", b"PK\x03\x04broken", "unreadable .docx", id="docx-broken"),
        pytest.param(".doc", b"\xd0\xcf\x11\xe0" + bytes(508), "save it as .docx or PDF", id="doc"),
        pytest.param(".wps", b"\xd0\xcf\x11\xe0" + bytes(508), "WPS Office file", id="wps"),
    ],
)
def test_unreadable_files_give_a_reason(suffix, data, reason):
    with pytest.raises(ValueError, match=reason):
        attachment_text(data, suffix)


def test_a_pdf_report_parses_into_sections_and_figures(tmp_path):
    path = tmp_path / "county_0123456789abcdef.pdf"
    path.write_bytes(minimal_pdf(LINES))
    report = Parser.from_data().parse_file(path)
    assert report.title == LINES[0]
    assert report.year == 2024
    assert any(i.name == "行政复议纠错率" and i.value == 18.3 for i in report.indicators)


def test_a_doc_file_is_a_read_error_with_its_reason(tmp_path):
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + bytes(508))
    with pytest.raises(ReadError, match="Word 97-2003 file"):
        Parser.from_data().parse_file(path)
