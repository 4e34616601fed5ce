"""LibreOffice, as a second reader of the DOCX isodocs writes: a file converted to PDF, as it
would print."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

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


def uno_python() -> str:
    """A Python with LibreOffice's uno module (Debian's python3-uno is for /usr/bin/python3), to
    drive LibreOffice itself; as for soffice, its absence skips unless ISODOCS_REQUIRE_SOFFICE=1."""
    soffice()
    for candidate in ("/usr/bin/python3", shutil.which("python3")):
        if candidate and subprocess.run([candidate, "-c", "import uno"], capture_output=True).returncode == 0:
            return candidate
    if os.environ.get("ISODOCS_REQUIRE_SOFFICE") == "1":
        pytest.fail("no Python with LibreOffice's uno module (python3-uno) and ISODOCS_REQUIRE_SOFFICE=1")
    pytest.skip("no Python with LibreOffice's uno module (python3-uno)")
