"""Text of reports published as attached files: PDF (pypdf) and Word .docx (python-docx).

Word 97-2003 `.doc` and WPS `.wps` files are binary formats that no maintained Python library reads;
they are refused with a reason that says what to do, never a crash.
"""

from __future__ import annotations

import io
import logging
import zipfile

ATTACHMENT_SUFFIXES = frozenset({".pdf", ".docx", ".doc", ".wps"})
_UNREADABLE = {
    ".doc": "Word 97-2003 file: no maintained library reads its text; save it as .docx or PDF",
    ".wps": "WPS Office file: no maintained library reads its text; save it as .docx or PDF",
}


def attachment_text(data: bytes, suffix: str) -> str:
    """The file's text, one paragraph per line; ValueError with a human reason if unreadable."""
    if suffix in _UNREADABLE:
        raise ValueError(_UNREADABLE[suffix])
    text = _pdf_text(data) if suffix == ".pdf" else _docx_text(data)
    if not text.strip():
        raise ValueError(f"no text in the {suffix[1:].upper()} file (a scanned image?)")
    return text


def _pdf_text(data: bytes) -> str:
    import pypdf

    # pypdf logs every recoverable fault of a broken file; the reason we raise is enough.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise ValueError("encrypted PDF")
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    except ValueError:
        raise
    except Exception as error:  # pypdf raises many types on broken files; one reason for all
        raise ValueError(f"unreadable PDF ({type(error).__name__}: {error})") from error


def _docx_text(data: bytes) -> str:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise ValueError(f"unreadable .docx ({error})") from error
    except Exception as error:  # python-docx / lxml on a damaged package
        raise ValueError(f"unreadable .docx ({type(error).__name__}: {error})") from error
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        lines.extend(" ".join(cell.text for cell in row.cells) for row in table.rows)
    return "\n".join(line for line in lines if line.strip())
