"""A golden copy of one rendered document, the demo manual, and a LibreOffice round trip."""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
from pathlib import Path

import pytest
from conftest import external
from docxxml import canonical, headers
from lxml import etree
from render_fixtures import FORM, POLICY, STAMP, TTHC_PROCEDURE, small_manual

from isodocs.load.source import open_source
from isodocs.model.reader import load
from isodocs.render.docx.manual import RenderOptions, ordered, render_document, render_manual

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
        assert len(headers(data)) == 3 + len(manual.documents)  # the cover's, the master list's two


def soffice() -> str:
    return external(("soffice",), "LibreOffice", "SOFFICE")


def to_pdf(tmp_path: Path, data: bytes) -> Path:
    """`data` (a DOCX) converted by LibreOffice."""
    source = tmp_path / "manual.docx"
    source.write_bytes(data)
    out = tmp_path / "out"
    # soffice exits 0 even when it fails: the PDF itself is the evidence. Its own profile
    # keeps it from colliding with another LibreOffice running at the same time.
    subprocess.run([soffice(), "--headless", "--convert-to", "pdf", "--outdir", str(out), str(source),
                    f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}"],
                   check=False, capture_output=True, timeout=180)
    pdf = out / "manual.pdf"
    assert pdf.exists(), "LibreOffice produced no PDF"
    return pdf


def page_numbers(pdf: Path) -> list[tuple[str, int, int] | None]:
    """Per page of the PDF as pdftotext reads it: (document code, k, N) from the header's
    "Mã hiệu: CODE" and "Trang: k/N", or None on a page without them (cover, front matter)."""
    layout = subprocess.run([external(("pdftotext",), "poppler-utils", "SOFFICE"), "-layout", str(pdf), "-"],
                            check=True, capture_output=True, text=True, timeout=60).stdout
    pages = layout.split("\f")[:-1]  # each page ends with a form feed
    found = []
    for page in pages:
        code, count = re.search(r"Mã hiệu: (\S+)", page), re.search(r"Trang: (\d+)/(\d+)", page)
        found.append((code[1], int(count[1]), int(count[2])) if code and count else None)
    return found


def assert_pages_counted_per_document(numbers: list, codes: list[str]) -> dict[str, int]:
    """Every page after the front matter reads Trang k/N, k = 1..N in each document (in the
    order of `codes`) and N the pages it really has; returns N by code."""
    first = next(i for i, n in enumerate(numbers) if n is not None)
    assert first >= 2 and None not in numbers[first:]  # cover, front matter, then documents only
    runs: dict[str, list[tuple[int, int]]] = {}
    for code, k, n in numbers[first:]:
        runs.setdefault(code, []).append((k, n))
    assert list(runs) == codes
    for code, shown in runs.items():
        total = len(shown)
        assert shown == [(k, total) for k in range(1, total + 1)], code
    return {code: len(shown) for code, shown in runs.items()}


def test_libreoffice_converts_the_manual_to_pdf(tmp_path):
    manual = small_manual()
    pdf = to_pdf(tmp_path, render_manual(manual, RenderOptions(stamp=STAMP, marking="BẢN KIỂM SOÁT")))
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", pdf.read_bytes()))
    assert pages >= 2 + len(manual.documents)  # cover, front matter, a page or more per document
    codes = [d.code for d in ordered(manual.documents)]
    assert_pages_counted_per_document(page_numbers(pdf), codes)


def long_body(paragraphs: int) -> str:
    sentence = ("Ủy ban nhân dân xã cam kết giải quyết thủ tục hành chính đúng hạn, công khai, minh bạch; "
                "lắng nghe và tiếp thu ý kiến phản ánh của tổ chức, công dân để cải tiến liên tục.")
    return "# Nội dung\n\n" + "\n\n".join(f"{n}) {sentence}" for n in range(1, paragraphs + 1))


def test_libreoffice_numbers_each_documents_pages_in_its_header(tmp_path):
    # LibreOffice 7.4 does not compute SECTIONPAGES and printed "Trang 2/1", "Trang 4/1":
    # each header must count its own document's pages, also in the last document.
    policy = dataclasses.replace(POLICY, body=long_body(35))
    form = dataclasses.replace(FORM, body=long_body(25))
    manual = small_manual(documents=(form, policy))
    pdf = to_pdf(tmp_path, render_manual(manual, RenderOptions(stamp=STAMP)))
    counts = assert_pages_counted_per_document(page_numbers(pdf), ["CS-01", "BM-HT-01"])
    assert counts["CS-01"] >= 3 and counts["BM-HT-01"] >= 2


def test_libreoffice_opens_the_coverage_report(tmp_path):
    """The demo's coverage report as LibreOffice reads it: its figures and its gaps."""
    from isodocs.legal.coverage import coverage
    from isodocs.render.docx.coverage import render_coverage

    manual = load(open_source(ROOT / "examples" / "agency_demo")).manual
    pdf = to_pdf(tmp_path, render_coverage(manual, coverage(manual), RenderOptions(stamp=STAMP)))
    text = subprocess.run([external(("pdftotext",), "poppler-utils", "SOFFICE"), str(pdf), "-"],
                          check=True, capture_output=True, text=True, timeout=60).stdout
    assert "6/8 thủ tục hành chính đã có quy trình ISO (75 %)." in text
    assert "1.004859" in text and "Đăng ký nhận cha, mẹ, con" in text and "Cải tiến liên tục" in text
