"""Pages as a person sees them: a DOCX printed by LibreOffice to PDF, its text read back with
`pdftotext -layout`, page by page. Both programs are outside Python: a test skips without them,
unless ISODOCS_REQUIRE_SOFFICE=1 (CI) makes their absence a failure."""

from __future__ import annotations

import subprocess
from pathlib import Path

from conftest import external


def to_pdf(data: bytes, folder: Path, name: str = "document") -> Path:
    """`data` (a DOCX) printed to PDF by LibreOffice headless, with a profile of its own (so it
    never collides with another LibreOffice running at the same time)."""
    soffice = external(("soffice",), "LibreOffice", "SOFFICE")
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / f"{name}.docx"
    source.write_bytes(data)
    # soffice exits 0 even when it fails: the PDF itself is the evidence.
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(source),
                    f"-env:UserInstallation={(folder / 'lo-profile').as_uri()}"],
                   check=False, capture_output=True, timeout=180)
    pdf = folder / f"{name}.pdf"
    assert pdf.exists(), "LibreOffice produced no PDF"
    return pdf


def page_texts(pdf: Path) -> list[str]:
    """The text of each page as laid out (`pdftotext -layout`), non-breaking hyphens as "-"."""
    pdftotext = external(("pdftotext",), "poppler-utils", "SOFFICE")
    text = subprocess.run([pdftotext, "-layout", str(pdf), "-"], check=True, capture_output=True, text=True,
                          timeout=60).stdout
    return [page.replace("\u2011", "-") for page in text.split("\f")[:-1]]  # each page ends with a form feed


def pages(data: bytes, folder: Path, name: str = "document") -> list[str]:
    return page_texts(to_pdf(data, folder, name))


def reading_text(pdf: Path) -> str:
    """The text in reading order (each table cell's lines together), white space collapsed: for
    sentences that wrap inside a cell."""
    pdftotext = external(("pdftotext",), "poppler-utils", "SOFFICE")
    text = subprocess.run([pdftotext, str(pdf), "-"], check=True, capture_output=True, text=True, timeout=60).stdout
    return " ".join(text.replace("\u2011", "-").split())
