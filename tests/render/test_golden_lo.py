"""A golden copy of one rendered document, the demo manual, and a LibreOffice round trip."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from docxxml import canonical, headers
from lxml import etree
from render_fixtures import STAMP, TTHC_PROCEDURE, small_manual

from isodocs.load.manual import load
from isodocs.load.source import open_source
from isodocs.render.docx_manual import RenderOptions, render_document, render_manual

GOLDEN = Path(__file__).parent / "golden"
ROOT = Path(__file__).resolve().parents[2]


def check_golden(name: str, actual: bytes) -> None:
    """Compare with tests/render/golden/NAME; ISODOCS_UPDATE_GOLDEN=1 rewrites it instead."""
    path = GOLDEN / name
    if os.environ.get("ISODOCS_UPDATE_GOLDEN") == "1":
        path.write_bytes(actual)
        return
    assert path.exists(), f"{path} missing: run with ISODOCS_UPDATE_GOLDEN=1"
    assert actual.decode() == path.read_text(encoding="utf-8")


def test_golden_procedure():
    data = render_document(small_manual(), TTHC_PROCEDURE, RenderOptions(stamp=STAMP))
    check_golden("QT-HT-01.document.xml", canonical(data))
    (header,) = headers(data)
    etree.indent(header)
    check_golden("QT-HT-01.header.xml", etree.tostring(header, method="c14n"))


def test_demo_manual_renders():
    demo = ROOT / "examples" / "agency_demo"
    if not (demo / "isodocs.yaml").exists():
        pytest.skip("no demo manual")
    manual = load(open_source(demo)).manual
    assert manual is not None and manual.documents
    for lang in ("vi", "en"):
        data = render_manual(manual, RenderOptions(stamp=STAMP, lang=lang))
        assert len(headers(data)) == 2 + len(manual.documents)


def soffice() -> str:
    found = shutil.which("soffice")
    if found is None:
        if os.environ.get("ISODOCS_REQUIRE_SOFFICE") == "1":
            pytest.fail("soffice not found and ISODOCS_REQUIRE_SOFFICE=1")
        pytest.skip("LibreOffice (soffice) not installed")
    return found


def test_libreoffice_converts_the_manual_to_pdf(tmp_path):
    program = soffice()
    source = tmp_path / "manual.docx"
    manual = small_manual()
    source.write_bytes(render_manual(manual, RenderOptions(stamp=STAMP, marking="BẢN KIỂM SOÁT")))
    out = tmp_path / "out"
    # soffice exits 0 even when it fails: the PDF itself is the evidence. Its own profile
    # keeps it from colliding with another LibreOffice running at the same time.
    subprocess.run([program, "--headless", "--convert-to", "pdf", "--outdir", str(out), str(source),
                    f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}"],
                   check=False, capture_output=True, timeout=180)
    pdf = out / "manual.pdf"
    assert pdf.exists(), "LibreOffice produced no PDF"
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", pdf.read_bytes()))
    assert pages >= 2 + len(manual.documents)  # cover, front matter, a page or more per document
