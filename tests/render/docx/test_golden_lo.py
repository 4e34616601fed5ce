"""A golden copy of one rendered document, the demo manual's headers, and the manual as LibreOffice
prints it: its pages' text in order and each header on the right page."""

from __future__ import annotations

import dataclasses
import os
import re
from pathlib import Path

from lxml import etree

from isodocs.load.source import open_source
from isodocs.model.reader import load
from isodocs.render.docx.manual import RenderOptions, ordered, render_document, render_manual

from support.docxxml import canonical, headers, text
from support.libreoffice import to_pdf
from support.model import FORM, POLICY, STAMP, TTHC_PROCEDURE, small_manual
from support.paths import DEMO
from support.pdf import pages as pdf_pages

GOLDEN = Path(__file__).parent / "golden"


def check_golden(name: str, actual: bytes) -> None:
    """Compare with tests/render/docx/golden/NAME; ISODOCS_UPDATE_GOLDEN=1 rewrites it instead."""
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


def test_the_demo_manual_has_a_header_per_document_naming_it():
    """The demo is part of the repository: without it this fails, it does not skip."""
    manual = load(open_source(DEMO)).manual
    assert manual is not None and len(manual.documents) >= 10
    for lang, code, revision in (("vi", "Mã hiệu", "Lần ban hành"), ("en", "Code", "Revision")):
        data = render_manual(manual, RenderOptions(stamp=STAMP, lang=lang))
        texts = [text(h) for h in headers(data)]
        assert len(texts) == 3 + len(manual.documents)  # the cover, the master list (its first page has its own), one per document
        for doc, header in zip(ordered(manual.documents), texts[3:]):
            lines = header.split("\n")
            assert f"{code}: {doc.code}" in lines and f"{revision}: {doc.revision:02d}" in lines, (lang, header)
            assert " ".join(doc.title.upper().split()) in " ".join(header.split()), (lang, header)


def page_numbers(pages: list[str]) -> list[tuple[str, int, int] | None]:
    """Per page as pdftotext reads it: (document code, k, N) from the header's "Mã hiệu: CODE"
    and "Trang: k/N", or None on a page without them (cover, front matter)."""
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


def flat(text: str) -> str:
    return " ".join(text.split())


def assert_in_order(text: str, expected: list[str]) -> None:
    at = 0
    for piece in expected:
        found = text.find(piece, at)
        assert found >= 0, f"{piece!r} not found after {text[max(0, at - 80):at]!r}"
        at = found + len(piece)


# A sentence of each document's body in the small manual, to find the page it is printed on.
BODIES = {"CS-01": "Ủy ban nhân dân xã cam kết:", "MT-2025": "KẾ HOẠCH THỰC HIỆN MỤC TIÊU",
          "QT-01": "Kiểm soát tài liệu.", "QT-HT-01": "Quy định trình tự đăng ký khai sinh.",
          "BM-HT-01": "BM-HT-01 – Tờ khai đăng ký khai sinh"}


def test_libreoffice_prints_each_document_under_its_own_header(tmp_path):
    """The manual as LibreOffice prints it: the cover, the master list in the documents' order (the
    manual's contents: no table of contents), then each document on pages whose header names it
    and numbers them."""
    manual = small_manual()
    pdf = to_pdf(tmp_path, render_manual(manual, RenderOptions(stamp=STAMP, marking="BẢN KIỂM SOÁT")))
    printed = pdf_pages(pdf)
    docs = ordered(manual.documents)
    assert sorted(BODIES) == sorted(d.code for d in docs)
    numbers = page_numbers(printed)
    counts = assert_pages_counted_per_document(numbers, [d.code for d in docs])
    front = sum(n is None for n in numbers)  # the pages before the first document (the only ones without)
    assert all(page.lstrip().startswith("BẢN KIỂM SOÁT") for page in printed)  # the marking tops every page
    assert_in_order(flat(printed[0]), ["ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI", "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ",
                                       "HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG", "TCVN ISO 9001:2015"])
    assert_in_order(flat(printed[1]), ["DANH MỤC TÀI LIỆU", *[d.code for d in docs]])
    assert not any("MỤC LỤC" in page for page in printed)
    for doc in docs:
        first = numbers.index((doc.code, 1, counts[doc.code]))
        assert f"{doc.code} – {doc.title}" in flat(printed[first]), doc.code  # its heading on its first page
        (body,) = [i for i, page in enumerate(printed) if i >= front and BODIES[doc.code] in flat(page)]
        assert numbers[body] is not None and numbers[body][0] == doc.code, (doc.code, numbers[body])
    # read in order, as a person turns the pages: each document's heading after the one before
    assert_in_order(flat(" ".join(pdf_pages(pdf, layout=False)[front:])), [f"{d.code} – {d.title}" for d in docs])


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
    counts = assert_pages_counted_per_document(page_numbers(pdf_pages(pdf)), ["CS-01", "BM-HT-01"])
    assert counts["CS-01"] >= 3 and counts["BM-HT-01"] >= 2


def test_libreoffice_opens_the_coverage_report(tmp_path):
    """The demo's coverage report as LibreOffice reads it: its figures as of the day asked for
    (not the newest date in the manual), its gaps, no page number on its first page."""
    import datetime as dt

    from isodocs.legal.coverage import coverage
    from isodocs.render.docx.coverage import render_coverage

    manual = load(open_source(DEMO)).manual
    pdf = to_pdf(tmp_path, render_coverage(manual, coverage(manual), RenderOptions(stamp=STAMP), dt.date(2026, 12, 1)))
    pages = pdf_pages(pdf, layout=False)
    text = "".join(pages)
    assert "Số liệu đến ngày 01/12/2026" in pages[0]
    first_lines = [next(line.strip() for line in page.splitlines() if line.strip()) for page in pages[:2]]
    assert first_lines == ["ỦY BAN NHÂN DÂN XÃ TÂN PHÚ", "2"]  # the header's page number from page 2 on
    assert "6/8 thủ tục hành chính đã có quy trình ISO (75 %)." in text
    assert "1.004859" in text and "Đăng ký nhận cha, mẹ, con" in text and "Cải tiến liên tục" in text
