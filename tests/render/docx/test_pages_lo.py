"""The demo's pages as a person sees them: the manual printed by LibreOffice, read back with
`pdftotext -layout` (and, for the watermark, looked at as pixels with pdftoppm).

One printing of the whole demo manual serves every test: its documents as approved, except
BM-TL-01, left unapproved and marked as a draft, as `build --draft` does with new content.
"""

from __future__ import annotations

import dataclasses
import html
import re
import subprocess
from pathlib import Path

import pytest
from test_golden_lo import assert_pages_counted_per_document, page_numbers

from isodocs import model as m
from isodocs.i18n import formats
from isodocs.load.source import open_source
from isodocs.model.reader import load
from isodocs.render.docx.manual import RenderOptions, ordered, render_manual

from support.libreoffice import to_pdf
from support.model import STAMP
from support.paths import DEMO
from support.programs import external

DRAFT = "BM-TL-01"


@pytest.fixture(scope="module")
def demo() -> m.Manual:
    manual = load(open_source(DEMO)).manual
    return dataclasses.replace(manual, approvals=tuple(a for a in manual.approvals if a.code != DRAFT))


@pytest.fixture(scope="module")
def printed(demo, tmp_path_factory) -> Path:
    options = RenderOptions(stamp=STAMP, marking="BẢN KIỂM SOÁT", markings=m.frozen_map({DRAFT: "DỰ THẢO"}))
    return to_pdf(tmp_path_factory.mktemp("demo"), render_manual(demo, options))


@pytest.fixture(scope="module")
def pages(printed) -> list[str]:
    layout = subprocess.run([external(("pdftotext",), "poppler-utils", "SOFFICE"), "-layout", str(printed), "-"],
                            check=True, capture_output=True, text=True, timeout=60).stdout
    return layout.split("\f")[:-1]


def master_list_pages(pages: list[str]) -> list[str]:
    start = next(i for i, p in enumerate(pages) if "DANH MỤC TÀI LIỆU" in p)
    end = next(i for i, p in enumerate(pages) if "Trang:" in p)  # the first document's first page
    return pages[start:end]


def numbers_of(pages: list[str], code: str) -> list[int]:
    """The pages (from 1) of the document `code`, by the code in their header."""
    return [n for n, p in enumerate(pages, start=1) if "Trang:" in p and re.search(rf"Mã hiệu: {re.escape(code)}\s", p)]


def pages_of(pages: list[str], code: str) -> list[str]:
    return [pages[n - 1] for n in numbers_of(pages, code)]


Word = tuple[float, float, float, float, str]  # xMin, yMin, xMax, yMax (points from the top left), text
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')


@pytest.fixture(scope="module")
def boxes(printed) -> list[list[Word]]:
    """Every word of every page where it is printed (`pdftotext -bbox`)."""
    found = subprocess.run([external(("pdftotext",), "poppler-utils", "SOFFICE"), "-bbox", str(printed), "-"],
                           check=True, capture_output=True, text=True, timeout=60).stdout
    return [[(float(a), float(b), float(c), float(d), html.unescape(t)) for a, b, c, d, t in _WORD.findall(page)]
            for page in found.split("<page ")[1:]]


def phrase(words: list[Word], text: str) -> tuple[float, float, float]:
    """Where the words of `text` are printed in a row: (left, right, top)."""
    wanted = text.split()
    for i in range(len(words) - len(wanted) + 1):
        run = words[i:i + len(wanted)]
        if [w[4] for w in run] == wanted and len({round(w[1]) for w in run}) == 1:
            return run[0][0], run[-1][2], run[0][1]
    raise AssertionError(f"{text!r} is not printed on one line")


TEXT_MIDDLE = (30 + (210 - 15)) / 2 * 72 / 25.4  # points: the middle of A4 between NĐ 30's margins


def test_every_page_has_its_header_and_each_document_counts_its_own_pages(demo, pages):
    assert all("BẢN KIỂM SOÁT" in p or "DỰ THẢO" in p for p in pages)
    assert_pages_counted_per_document(page_numbers(pages), [d.code for d in ordered(demo.documents)])


def test_the_master_list_keeps_codes_and_dates_whole_on_their_row(demo, pages):
    listed = "\n".join(master_list_pages(pages))
    for n, doc in enumerate(ordered(demo.documents), start=1):
        row = re.search(rf"^\s*{n}\s+{re.escape(doc.code)}\s.*$", listed, re.M)
        assert row, f"{doc.code} is not whole at the start of its row"
        assert f"{formats.date(doc.issued)} {formats.date(doc.effective_date)}" in " ".join(row[0].split()), row[0]
    assert not re.search(r"\d{2}/\d{2}/\d{1,3}$", listed, re.M)  # no date cut at the end of a line


def test_a_draft_is_not_approved_in_the_master_list(pages):
    listed = "\n".join(master_list_pages(pages))
    (row,) = [line for line in listed.splitlines() if f" {DRAFT} " in line]
    assert row.rstrip().endswith("Chưa phê duyệt")


def test_the_master_list_is_numbered_from_its_second_page(pages):
    """NĐ 30: the first page carries no number; the next is 2."""
    first, second, *_ = master_list_pages(pages)
    assert not [line for line in first.splitlines() if line.strip().isdigit()]
    assert [line.strip() for line in second.splitlines() if line.strip().isdigit()] == ["2"]


def test_there_is_no_table_of_contents(pages):
    assert not any("MỤC LỤC" in p for p in pages)


def test_the_cover_names_the_issue_of_the_manual(pages):
    cover = " ".join(pages[0].split())
    assert "Mã hiệu: ST-01 Lần ban hành: 02 Ngày hiệu lực: 15/07/2025" in cover
    assert "(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 15/07/2025)" in cover


def test_a_form_reads_as_two_columns_then_a_centred_title_and_signatures_side_by_side(pages, boxes):
    page = next(p for p in pages_of(pages, "BM-MC-01") if "CỘNG HÒA" in p)
    # pdftotext's layout: each pair on one line, apart, not run together
    assert re.search(r"UBND XÃ TÂN PHÚ {3,}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", page), page
    assert re.search(r"TRUNG TÂM PHỤC VỤ {3,}Độc lập - Tự do - Hạnh phúc", page), page
    assert re.search(r"Số: \.+/TNHS {3,}Tân Phú, ngày \.+ tháng \.+ năm 20\.+", page)
    assert re.search(r"NGƯỜI NỘP HỒ SƠ {3,}NGƯỜI TIẾP NHẬN HỒ SƠ", page)
    # and where they are printed
    words = boxes[next(n for n in numbers_of(pages, "BM-MC-01") if "CỘNG HÒA" in pages[n - 1]) - 1]
    agency, nation = phrase(words, "UBND XÃ TÂN PHÚ"), phrase(words, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert agency[1] + 20 < nation[0] and abs(agency[2] - nation[2]) < 2  # two columns on one line
    left, right, _ = phrase(words, "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")
    assert abs((left + right) / 2 - TEXT_MIDDLE) < 3  # centred
    receiver = phrase(words, "NGƯỜI TIẾP NHẬN HỒ SƠ")
    assert receiver[0] > TEXT_MIDDLE  # the official signs in the right half


def test_the_policy_is_dated_and_signed_in_the_right_half(pages, boxes):
    text = "\n".join(pages_of(pages, "CS-01"))
    assert "Tân Phú, ngày 16 tháng 11 năm 2026" in text
    words = boxes[numbers_of(pages, "CS-01")[-1] - 1]
    name, role = phrase(words, "Lê Văn Minh"), phrase(words, "TM. ỦY BAN NHÂN DÂN")
    assert name[0] > TEXT_MIDDLE and role[0] > TEXT_MIDDLE
    assert name[2] - role[2] > 50  # room to sign between the title and the name (points)


def test_totals_are_days_and_hours_and_system_procedures_have_none(pages):
    total = " ".join(" ".join(pages_of(pages, "QT-HT-04")).split())
    assert re.search(r"Tổng thời gian giải quyết 2 ngày 1 giờ", total)  # 17 hours: was "2,12 ngày"
    assert not re.search(r"\d,\d+ ngày làm việc", total)
    assert not any("Tổng thời gian" in p for p in pages_of(pages, "QT-01"))


def test_objectives_name_their_periods_and_plan_every_objective(pages):
    text = "\n".join(pages_of(pages, "MT-2026"))
    words = text.split()
    assert "10/2026:" in words and "III/2026:" in words and "Quý" in words and "Tháng" in words
    assert not re.search(r"\b2026-(Q|H|\d)", text)  # never the data's own spelling
    plan = text.split("KẾ HOẠCH THỰC HIỆN MỤC TIÊU", 1)[1]
    rows = [int(m[1]) for m in re.finditer(r"^\s*(\d)\s+MT-0\1\b", plan, re.M)]
    assert rows == [1, 2, 3, 4, 5, 6], plan  # MT-05, which has a plan since revision 3, included


def diagonals(pdf: Path, page: int) -> tuple[float, float]:
    """How much of the page's rising diagonal (bottom left to top right, where a watermark
    runs) and of its falling diagonal is printed light grey, from a 30 dpi greyscale rendering
    of the page: text and tables fall on both alike, a watermark on the rising one only."""
    pgm = subprocess.run([external(("pdftoppm",), "poppler-utils", "SOFFICE"), "-gray", "-r", "30", "-f", str(page),
                          "-l", str(page), str(pdf)], check=True, capture_output=True, timeout=60).stdout
    _, width, height, _, pixels = pgm.split(maxsplit=4)
    width, height = int(width), int(height)

    def grey(rising: bool) -> float:
        found = []
        for step in range(200):
            at = 0.2 + 0.6 * step / 200
            x, y = int(width * at), int(height * (1 - at if rising else at))
            found += [200 <= pixels[(y + dy) * width + x] < 245 for dy in (-2, -1, 0, 1, 2)]
        return sum(found) / len(found)

    return grey(True), grey(False)


def test_a_draft_carries_a_diagonal_watermark_and_an_approved_copy_none(printed, pages):
    draft, approved = numbers_of(pages, DRAFT), numbers_of(pages, "BM-TL-02")
    assert draft and all("DỰ THẢO" in pages[n - 1] for n in draft)  # the boxed marking, as text
    for n in draft:
        rising, falling = diagonals(printed, n)
        assert rising > falling + 0.08, (n, rising, falling)
    for n in approved:
        rising, falling = diagonals(printed, n)
        assert rising < falling + 0.04, (n, rising, falling)
