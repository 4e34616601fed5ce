"""The rendered manual and documents, checked on their XML structure."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata

import pytest

from isodocs import model as m
from isodocs.render.docx.manual import RenderOptions, ordered, render_document, render_manual

from support.docxxml import NS, headers, names, text, xml, xpath
from support.model import FORM, OBJECTIVES, POLICY, STAMP, SYSTEM_PROCEDURE, TTHC_PROCEDURE, small_manual

W = NS["w"]


@pytest.fixture
def manual_docx(small, options) -> bytes:
    return render_manual(small, options)


def instructions(node) -> list[str]:
    return [t.strip() for t in xpath(node, ".//w:instrText/text()")]


def table_with(root, needle: str):
    """The first table whose text contains `needle`."""
    for table in xpath(root, "//w:tbl"):
        if needle in text(table):
            return table
    raise AssertionError(f"no table contains {needle!r}")


def rows(table) -> list[list[str]]:
    return [[text(tc) for tc in xpath(tr, "./w:tc")] for tr in xpath(table, "./w:tr")]


# --- header table and sections ----------------------------------------------------------------


def test_each_document_header_has_page_and_pageref_to_its_end(manual_docx, small):
    # Not SECTIONPAGES: LibreOffice prints its stored result. PAGEREF to a bookmark on the
    # section's last page gives the same number (pages restart at 1) in Word and LibreOffice.
    doc_headers = headers(manual_docx)[2:]  # after the cover and the front matter
    assert len(doc_headers) == len(small.documents)
    for n, header in enumerate(doc_headers, start=1):
        table = xpath(header, "//w:tbl")[0]
        assert len(xpath(table, "./w:tr[1]/w:tc")) == 3
        assert instructions(table) == ["PAGE", f"PAGEREF _isodocs_end_{n}"]
        assert text(table).endswith("Trang: 1/1")  # placeholders until a program lays out the pages
    first = text(xpath(doc_headers[2], "//w:tbl")[0])  # ordered: policy, objectives, procedures...
    assert "QUY TRÌNH" in first and "KIỂM SOÁT THÔNG TIN DẠNG VĂN BẢN" in first and "Mã hiệu: QT-01" in first


def test_each_document_restarts_page_numbers_in_its_own_section(manual_docx, small):
    sections = xpath(xml(manual_docx), "//w:sectPr")
    assert len(sections) == 2 + len(small.documents)
    header_ids = [xpath(s, "./w:headerReference/@r:id")[0] for s in sections]
    assert len(set(header_ids)) == len(header_ids)
    assert all(xpath(s, "./w:pgNumType/@w:start") == ["1"] for s in sections[1:])


@pytest.mark.parametrize("toc_levels", [1, 2])
def test_each_document_ends_with_its_bookmark_in_its_last_paragraph(small, toc_levels):
    root = xml(render_manual(small, RenderOptions(stamp=STAMP, toc_levels=toc_levels)))
    body = xpath(root, "/w:document/w:body")[0]
    # The paragraph holding each section's properties ends it; the body's own closes the last.
    assert body[-1].tag == f"{{{W}}}sectPr" and body[-2].tag == f"{{{W}}}p"
    ends = xpath(body, "./w:p[w:pPr/w:sectPr]") + [body[-2]]
    assert len(ends) == 2 + len(small.documents)
    for n, end in enumerate(ends[2:], start=1):
        (start,) = xpath(root, f"//w:bookmarkStart[@w:name='_isodocs_end_{n}']")
        assert start.getparent() is end and not text(end)
        assert xpath(end, "./w:bookmarkEnd/@w:id") == [start.get(f"{{{W}}}id")]
    assert not xpath(ends[0], ".//w:bookmarkStart") and not xpath(ends[1], ".//w:bookmarkStart")
    ids = xpath(root, "//w:bookmarkStart/@w:id")
    assert len(ids) == len(set(ids)) and sorted(map(int, ids)) == list(range(1, len(ids) + 1))


def test_single_document_counts_its_pages_with_numpages(small, options):
    # In a file of its own the document is the whole file: NUMPAGES is the same number,
    # and LibreOffice (which ignores SECTIONPAGES) prints it right.
    data = render_document(small, TTHC_PROCEDURE, options)
    (header,) = headers(data)
    assert instructions(header) == ["PAGE", "NUMPAGES"]
    assert not xpath(xml(data), "//w:bookmarkStart")  # nothing for a PAGEREF to find
    facts = text(header)
    assert "Lần ban hành: 02" in facts and "Ngày hiệu lực: 01/08/2025" in facts and "Ngày ban hành: 15/07/2025" in facts


def test_marking_is_stamped_in_every_header(small):
    data = render_manual(small, RenderOptions(stamp=STAMP, marking="BẢN KIỂM SOÁT"))
    assert all("BẢN KIỂM SOÁT" in text(h) for h in headers(data))
    assert not any("BẢN KIỂM SOÁT" in text(h) for h in headers(render_manual(small, RenderOptions(stamp=STAMP))))


def test_each_document_may_carry_its_own_marking_and_a_copy_its_number(small):
    options = RenderOptions(stamp=STAMP, marking="DỰ THẢO", markings=m.frozen_map({"CS-01": "BẢN KIỂM SOÁT"}),
                            copy=m.Copy(3, "Trần Văn Hùng"))
    found = [text(h) for h in headers(render_manual(small, options))]
    cover, front, *documents = found
    assert "DỰ THẢO" in cover and "DỰ THẢO" in front
    assert [("BẢN KIỂM SOÁT" in h, "DỰ THẢO" in h) for h in documents] == [
        (d.code == "CS-01", d.code != "CS-01") for d in ordered(small.documents)]
    assert all("Bản số 03 – Trần Văn Hùng" in h for h in found)
    alone = [text(h) for h in headers(render_document(small, POLICY, options))]
    assert "BẢN KIỂM SOÁT" in alone[0] and "DỰ THẢO" not in alone[0]


# --- control block --------------------------------------------------------------------------


def test_responsibility_block_names_people(small, options):
    root = xml(render_document(small, TTHC_PROCEDURE, options))
    grid = rows(table_with(root, "Soạn thảo"))
    assert grid[0][1:] == ["Soạn thảo", "Xem xét", "Phê duyệt"]
    assert grid[1] == ["Họ tên", "Nguyễn Thị Lan", "Trần Văn Hùng", "Lê Văn Minh"]
    assert grid[2] == ["Chữ ký", "", "", ""]
    assert grid[3][3] == "Chủ tịch UBND xã"


def test_revision_table_rows(small, options):
    root = xml(render_document(small, TTHC_PROCEDURE, options))
    grid = rows(table_with(root, "Mô tả nội dung sửa đổi"))
    assert grid[1] == ["Ban hành lần đầu", "", "Ban hành lần đầu", "01", "01/03/2024"]
    assert grid[2] == ["Thay đổi văn bản pháp luật", "Mục 5.1", "Cập nhật căn cứ", "02", "15/07/2025"]


# --- procedure ------------------------------------------------------------------------------


def test_procedure_has_the_seven_sections_and_tthc_subsections(small, options):
    root = xml(render_document(small, TTHC_PROCEDURE, options))
    h2 = [text(p) for p in xpath(root, "//w:p[w:pPr/w:pStyle/@w:val='Heading2']")]
    assert h2 == ["1. MỤC ĐÍCH", "2. PHẠM VI", "3. TÀI LIỆU VIỆN DẪN", "4. ĐỊNH NGHĨA/VIẾT TẮT",
                  "5. NỘI DUNG QUY TRÌNH", "6. BIỂU MẪU", "7. HỒ SƠ CẦN LƯU"]
    h3 = [text(p) for p in xpath(root, "//w:p[w:pPr/w:pStyle/@w:val='Heading3']")]
    assert [h.split(" ", 1)[0] for h in h3] == [f"5.{n}." for n in range(1, 9)]


def test_step_table_ends_with_the_total_time(small, options):
    root = xml(render_document(small, TTHC_PROCEDURE, options))
    table = table_with(root, "Trình tự thực hiện")
    grid = rows(table)
    assert grid[0] == ["TT", "Trình tự thực hiện", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"]
    assert grid[1][3] == "0,5 giờ làm việc" and grid[1][4] == "BM-HT-01"
    assert grid[2][4] == "Dự thảo Giấy khai sinh"
    # 0.5 + 6 + 1.5 hours = 1 working day, in the unit of the statutory limit
    assert grid[-1] == ["Tổng thời gian giải quyết", "1 ngày làm việc", "Thời hạn theo quy định: 1 ngày làm việc"]
    assert xpath(table, "./w:tr[last()]/w:tc[1]/w:tcPr/w:gridSpan/@w:val") == ["3"]


def test_system_procedure_total_in_days(small, options):
    root = xml(render_document(small, SYSTEM_PROCEDURE, options))
    assert rows(table_with(root, "Tổng thời gian"))[-1] == ["Tổng thời gian giải quyết", "2,5 ngày làm việc", ""]
    assert "5.1." not in text(root)


def test_legal_basis_cites_the_register(small, options):
    body = text(xml(render_document(small, TTHC_PROCEDURE, options)))
    assert "Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014" in body
    # written with D for Đ: still found in the register
    assert "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết" in body
    assert "99/2099/NĐ-CP" in body  # not in the register: printed as written
    assert "QT-01 – Kiểm soát thông tin dạng văn bản" in body  # a code of this manual, with its title
    assert "TCVN ISO 9001:2015" in body


def test_dossier_marks_optional_items(small, options):
    grid = rows(table_with(xml(render_document(small, TTHC_PROCEDURE, options)), "Bản chính"))
    assert grid[0] == ["TT", "Tên hồ sơ", "Bản chính", "Bản sao"]
    assert grid[1] == ["1", "Tờ khai đăng ký khai sinh\nMẫu BM-HT-01", "1", "0"]
    assert grid[2][1] == "Văn bản ủy quyền (nếu có)"


# --- objectives, other kinds -----------------------------------------------------------------


def test_objectives_verdicts(small, options):
    grid = rows(table_with(xml(render_document(small, OBJECTIVES, options)), "Đánh giá"))
    assert grid[0][-1] == "Đánh giá"
    assert [r[-1] for r in grid[1:]] == ["Đạt", "Không đạt", "Chưa có số liệu"]
    assert grid[1][2] == "≥ 98%" and grid[1][5] == "2025-Q1: 99,2%" and grid[1][3] == "Hằng tháng"
    assert grid[3][2] == "= 0 phản ánh"


def test_objectives_in_english(small):
    data = render_document(small, OBJECTIVES, RenderOptions(stamp=STAMP, lang="en"))
    grid = rows(table_with(xml(data), "Assessment"))
    assert [r[-1] for r in grid[1:]] == ["Met", "Not met", "No data"]
    assert grid[2][5] == "2025-Q1: 57.5%"


def test_english_labels(small):
    data = render_document(small, TTHC_PROCEDURE, RenderOptions(stamp=STAMP, lang="en"))
    header = text(headers(data)[0])
    assert "PROCEDURE" in header and "Code: QT-HT-01" in header and "Page: " in header
    body = text(xml(data))
    assert "1. PURPOSE" in body and "0.5 working hours" in body and "Total processing time" in body
    assert "MỤC ĐÍCH" not in body


def test_language_defaults_to_the_manual(small, options):
    english = dataclasses.replace(small, config=dataclasses.replace(small.config, language="en"))
    assert "1. PURPOSE" in text(xml(render_document(english, TTHC_PROCEDURE, options)))


def test_form_attachment_is_named(small, options):
    assert "Biểu mẫu được lưu kèm theo tệp: bieu-mau/BM-HT-01.docx" in text(xml(render_document(small, FORM, options)))


def test_manual_label_override_wins(options):
    override = '{% set kind_procedure = "QUY TRÌNH NỘI BỘ" %}'
    small = small_manual(templates=m.frozen_map({"labels.vi.j2": override}))
    data = render_document(small, TTHC_PROCEDURE, options)
    header = text(headers(data)[0])
    assert "QUY TRÌNH NỘI BỘ" in header and "Mã hiệu: QT-HT-01" in header  # the rest still built in


# --- the manual -------------------------------------------------------------------------------


def test_cover_master_list_and_contents(manual_docx, small):
    root = xml(manual_docx)
    body = text(root)
    assert body.index("ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI") < body.index("ỦY BAN NHÂN DÂN XÃ TÂN PHÚ")
    assert "THEO TIÊU CHUẨN TCVN ISO 9001:2015" in body and "Tân Phú, năm 2026" in body
    listed = rows(table_with(root, "Tên tài liệu"))
    assert listed[0] == ["TT", "Mã hiệu", "Tên tài liệu", "Lần ban hành", "Ngày ban hành", "Ngày hiệu lực", "Phê duyệt"]
    codes = [r[1] for r in listed if len(r) == 7][1:]
    assert codes == [d.code for d in ordered(small.documents)] == ["CS-01", "MT-2025", "QT-01", "QT-HT-01", "BM-HT-01"]
    assert instructions(root)[0].startswith("TOC ")
    settings = xml(manual_docx, "word/settings.xml")
    assert xpath(settings, "./w:updateFields/@w:val") == ["true"]
    # schema order: updateFields before compat
    tags = [c.tag.split("}")[1] for c in settings]
    assert tags.index("updateFields") < tags.index("compat")


def test_contents_link_to_document_headings(manual_docx, small):
    root = xml(manual_docx)
    anchors = xpath(root, "//w:p[w:pPr/w:pStyle/@w:val='TOC1']//w:hyperlink/@w:anchor")
    assert len(anchors) == len(small.documents)
    for anchor in anchors:
        (heading,) = xpath(root, f"//w:p[w:bookmarkStart/@w:name='{anchor}']")
        assert xpath(heading, "./w:pPr/w:pStyle/@w:val") == ["Heading1"]


def test_contents_deeper_levels_carry_page_references(small):
    root = xml(render_manual(small, RenderOptions(stamp=STAMP, toc_levels=2)))
    assert xpath(root, "//w:p[w:pPr/w:pStyle/@w:val='TOC2']")
    assert any(i.startswith("PAGEREF _Toc") for i in instructions(root))


def test_empty_manual_still_renders(options):
    data = render_manual(small_manual(documents=()), options)
    assert "Mục lục được cập nhật" in text(xml(data))


# --- package properties (reproducibility: tests/render/test_reproducible.py) -----------------------


def test_core_properties_are_fixed(small, options):
    data = render_document(small, POLICY, options)
    core = xml(data, "docProps/core.xml")
    assert xpath(core, "//dcterms:created/text()") == ["2026-03-01T08:30:00Z"]
    assert xpath(core, "//dcterms:modified/text()") == ["2026-03-01T08:30:00Z"]
    assert xpath(core, "//cp:revision/text()") == ["1"]
    assert xpath(core, "//dc:title/text()") == ["CS-01 – Chính sách chất lượng"]
    assert xpath(core, "//cp:lastModifiedBy/text()") == ["Ủy ban nhân dân xã Tân Phú"]
    listing = names(data)
    assert listing[:2] == ["[Content_Types].xml", "_rels/.rels"]
    assert not any("thumbnail" in n or "stylesWithEffects" in n for n in listing)


def test_custom_properties(small):
    props = {"isodocs.commit": "abc123", "QT-HT-01": "rev 2 sha 9f"}
    data = render_document(small, POLICY, RenderOptions(stamp=STAMP, properties=props))
    custom = xml(data, "docProps/custom.xml")
    assert {p.get("name"): xpath(p, "./vt:lpwstr/text()")[0] for p in xpath(custom, "//op:property")} == props
    assert [p.get("pid") for p in xpath(custom, "//op:property")] == ["2", "3"]
    types = xml(data, "[Content_Types].xml")
    assert xpath(types, "//ct:Override[@PartName='/docProps/custom.xml']")
    assert "docProps/custom.xml" not in names(render_document(small, POLICY, RenderOptions(stamp=STAMP)))


def test_text_is_nfc(options):
    nfd = unicodedata.normalize("NFD", "Đăng ký kết hôn")
    doc = dataclasses.replace(POLICY, title=nfd, body=unicodedata.normalize("NFD", "Hồ sơ hợp lệ."))
    data = render_document(small_manual(documents=(doc,)), doc, options)
    all_text = text(xml(data)) + text(headers(data)[0])
    assert "ĐĂNG KÝ KẾT HÔN" in all_text and "Hồ sơ hợp lệ." in all_text
    assert unicodedata.is_normalized("NFC", all_text)


def test_hostile_text_is_escaped(options):
    doc = dataclasses.replace(POLICY, title='A & B <w:p> "x"\x01', body="")
    data = render_document(small_manual(documents=(doc,)), doc, options)
    assert 'CS-01 – A & B <w:p> "x"' in text(xml(data))
    assert 'A & B <W:P> "X"' in text(headers(data)[0])


def test_the_effective_date_printed_is_never_before_the_approval(options):
    """Approved on 20/08/2025, a revision that says it takes effect on 01/08/2025 takes effect on
    the approval day, as `status` says: the control block and the master list print that day."""
    approval = m.Approval(m.Origin("approvals/QT-HT-01/r2.yaml"), "QT-HT-01", "approve", "minh.lv", "Lê Văn Minh",
                          dt.date(2025, 8, 20), revision=2, content=TTHC_PROCEDURE.origin.blob_id,
                          issued=dt.date(2025, 7, 15), effective=dt.date(2025, 8, 1))
    manual = small_manual(approvals=(approval,))
    (header,) = headers(render_document(manual, TTHC_PROCEDURE, options))
    assert "Ngày hiệu lực: 20/08/2025" in text(header) and "01/08/2025" not in text(header)
    rows = [text(row) for row in xpath(xml(render_manual(manual, options)), "//w:tbl//w:tr")]
    row = next(r for r in rows if "QT-HT-01" in r and "Đăng ký khai sinh" in r)
    assert "20/08/2025" in row and "01/08/2025" not in row
    unapproved = small_manual()  # content not approved: the dates it gives
    (header,) = headers(render_document(unapproved, TTHC_PROCEDURE, options))
    assert "Ngày hiệu lực: 01/08/2025" in text(header)
