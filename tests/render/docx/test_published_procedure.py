"""A procedure written with every key of format v2, printed as the national database shows it:
a golden copy of its page, and the page as LibreOffice prints it and a person reads it."""

from __future__ import annotations

from pathlib import Path

import pytest

from isodocs.render.docx.manual import RenderOptions, render_document

from support.docxxml import canonical
from support.formatv2 import V2_PATH, v2_files
from support.golden import check_golden
from support.libreoffice import to_pdf
from support.manual import load_manual, make_manual
from support.model import STAMP
from support.pages import page_texts, reading_text

GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    root = make_manual(tmp_path_factory.mktemp("v2"), v2_files(), standard=True)
    manual = load_manual(root).manual
    return manual, next(d for d in manual.documents if d.origin.path == V2_PATH)


def test_golden_published_procedure(published):
    manual, doc = published
    check_golden(GOLDEN / "QT-HT-05.document.xml", canonical(render_document(manual, doc, RenderOptions(stamp=STAMP))))


def test_the_channel_table_and_the_fees_as_a_person_reads_them(published, tmp_path):
    """Printed by LibreOffice: the channel table row by row (each channel's own limit and fees,
    the procedure's otherwise), phí and lệ phí apart in 5.000 đồng, exemptions, nothing "0"."""
    manual, doc = published
    pdf = to_pdf(tmp_path, render_document(manual, doc, RenderOptions(stamp=STAMP)))
    words = reading_text(pdf)  # each cell's lines as one text
    for said in ("Cơ quan thực hiện: Ủy ban nhân dân xã", "Đối tượng thực hiện: Công dân Việt Nam; Người nước ngoài",
                 "Quyết định số 1234/QĐ-UBND năm 2025", "5.2. Yêu cầu, điều kiện thực hiện",
                 "(xuất trình để đối chiếu)", "Chỉ áp dụng khi nộp hồ sơ qua dịch vụ bưu chính",
                 "Một trong các giấy tờ sau:", "– Giấy báo tử (bản chính: 1, bản sao: 0)", "Không quy định.",
                 "5 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.", "Trường hợp cần xác minh: không quá 10 ngày làm việc",
                 "Ngay trong ngày tiếp nhận; trường hợp tiếp nhận sau 15 giờ thì trong ngày làm việc tiếp theo.",
                 "Lệ phí: 5.000 đồng/hồ sơ Miễn đối với: Người thuộc hộ nghèo; Người khuyết tật Phí: 8.000 đồng/bản "
                 "sao trích lục", "Nộp qua Cổng Dịch vụ công quốc gia; VNeID", "10 ngày kể từ khi nhận đủ hồ sơ hợp lệ.",
                 "(liên thông)", "Chưa tính bước 3"):
        assert said in words, said
    assert " 0 đồng" not in words
    # Laid out as printed, each row of the table begins on one line: the channel, its limit,
    # its fees and its description side by side.
    rows = [line for page in page_texts(pdf) for line in page.splitlines()
            if line.startswith(("Trực tiếp", "Trực tuyến", "Qua dịch vụ"))]
    assert len(rows) == 3, rows
    for row, cells in zip(rows, (("Ngay trong ngày tiếp nhận", "Lệ phí: 5.000 đồng"),
                                 ("5 ngày làm việc", "Lệ phí: Miễn lệ phí", "Nộp qua Cổng"),
                                 ("10 ngày kể từ", "Lệ phí: 5.000 đồng", "Gửi hồ sơ qua"))):
        assert all(cell in row for cell in cells), (row, cells)


def test_english_pages_say_the_same(published):
    manual, doc = published
    xml = canonical(render_document(manual, doc, RenderOptions(stamp=STAMP, lang="en"))).decode()
    for said in ("Within the working day of receipt; if received after 15:00, within the next working day.",
                 "Charge (lệ phí): 5,000 đồng/hồ sơ", "Exempt: Người thuộc hộ nghèo; Người khuyết tật",
                 "(shown for checking, not handed in)", "One of the following papers:", "Only when filing by post",
                 "Not prescribed.", "Not counting step 3", "Through Cổng Dịch vụ công quốc gia; VNeID"):
        assert said in xml, said
