"""LibreOffice, as a second reader of the DOCX isodocs writes: a file converted to PDF, as it
would print."""

from __future__ import annotations

import subprocess
from pathlib import Path

from support.programs import external


def soffice() -> str:
    return external(("soffice",), "LibreOffice", "SOFFICE")


def to_pdf(folder: Path, data: bytes, name: str = "manual") -> Path:
    """`data` (a DOCX) converted by LibreOffice into folder/out/NAME.pdf."""
    source = folder / f"{name}.docx"
    source.write_bytes(data)
    out = folder / "out"
    # soffice exits 0 even when it fails: the PDF itself is the evidence. Its own profile
    # keeps it from colliding with another LibreOffice running at the same time.
    subprocess.run([soffice(), "--headless", "--convert-to", "pdf", "--outdir", str(out), str(source),
                    f"-env:UserInstallation={(folder / 'lo-profile').as_uri()}"],
                   check=False, capture_output=True, timeout=180)
    pdf = out / f"{name}.pdf"
    assert pdf.exists(), "LibreOffice produced no PDF"
    return pdf
