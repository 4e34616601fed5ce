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
    doc_headers = headers(manual_docx)[3:]  # after the cover and the front matter's two
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


def test_each_document_ends_with_its_bookmark_in_its_last_paragraph(small):
    root = xml(render_manual(small, RenderOptions(stamp=STAMP)))
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
    cover, front, first, *documents = found
    assert "DỰ THẢO" in cover and "DỰ THẢO" in front and "DỰ THẢO" in first
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


def test_system_procedure_total_in_days_and_hours(small, options):
    root = xml(render_document(small, SYSTEM_PROCEDURE, options))
    # 2 days and 4 hours: never "2,5 ngày"; and no one-stop "giải quyết" in a system procedure
    assert rows(table_with(root, "Tổng thời gian"))[-1] == ["Tổng thời gian thực hiện", "2 ngày 4 giờ làm việc", ""]
    assert "5.1." not in text(root)


def test_no_total_when_a_step_has_no_time(small, options):
    steps = (*SYSTEM_PROCEDURE.procedure.steps, m.Step(3, "Lưu trữ", "Văn thư"))
    untimed = dataclasses.replace(SYSTEM_PROCEDURE, procedure=dataclasses.replace(SYSTEM_PROCEDURE.procedure, steps=steps))
    assert "Tổng thời gian" not in text(xml(render_document(small, untimed, options)))


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
    assert grid[1][2] == "≥ 98%" and grid[1][5] == "Quý I/2025: 99,2%" and grid[1][3] == "Hằng tháng"
    assert grid[3][2] == "= 0 phản ánh"


def test_objectives_in_english(small):
    data = render_document(small, OBJECTIVES, RenderOptions(stamp=STAMP, lang="en"))
    grid = rows(table_with(xml(data), "Assessment"))
    assert [r[-1] for r in grid[1:]] == ["Met", "Not met", "No data"]
    assert grid[2][5] == "Q1 2025: 57.5%"


def test_the_plan_section_has_a_row_for_every_objective_with_resources_deadline_and_evaluation(small, options):
    """ISO 9001 6.2.2: what, resources, who, when, how evaluated; an objective without a plan is
    not left out (MT-05 of the demo was)."""
    first = dataclasses.replace(OBJECTIVES.objectives.objectives[0], resources="01 công chức", deadline="2025-Q4",
                                evaluation="Thống kê hằng tháng")
    planned = dataclasses.replace(OBJECTIVES, objectives=dataclasses.replace(
        OBJECTIVES.objectives, objectives=(first, *OBJECTIVES.objectives.objectives[1:])))
    grid = rows(table_with(xml(render_document(small, planned, options)), "Nguồn lực"))
    assert grid[0] == ["TT", "Mục tiêu", "Nội dung thực hiện", "Nguồn lực", "Thời hạn hoàn thành",
                       "Cách đánh giá kết quả"]
    assert [r[1] for r in grid[1:]] == ["MT-01", "MT-02", "MT-03"]
    assert grid[1][2:] == ["Theo dõi hằng ngày", "01 công chức", "Quý IV/2025", "Thống kê hằng tháng"]
    assert grid[2][2:] == ["", "", "", ""]  # no plan yet: shown as such, not skipped


def test_cover_identifies_the_issue_by_the_quality_manual(small, options):
    manual_doc = dataclasses.replace(POLICY, code="ST-01", title="Sổ tay chất lượng", kind="manual", revision=2,
                                     effective=dt.date(2025, 8, 1),
                                     changes=(m.ChangeRow(1, dt.date(2024, 1, 2), "Ban hành lần đầu"),
                                              m.ChangeRow(2, dt.date(2025, 7, 15), "Cập nhật")))
    approval = m.Approval(m.Origin("approvals/ST-01/r2.yaml"), "ST-01", "approve", "minh.lv", "Lê Văn Minh",
                          dt.date(2025, 7, 20), revision=2, issued=dt.date(2025, 7, 15), effective=dt.date(2025, 8, 1),
                          decision="12/QĐ-UBND")
    with_manual = small_manual(documents=(*small.documents, manual_doc))
    cover = text(xml(render_manual(dataclasses.replace(with_manual, approvals=(approval,)), options))).split("DANH MỤC")[0]
    assert "Mã hiệu: ST-01\nLần ban hành: 02\nNgày hiệu lực: 01/08/2025" in cover
    assert "(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 20/07/2025)" in cover
    draft = text(xml(render_manual(with_manual, options))).split("DANH MỤC")[0]
    assert "Mã hiệu: ST-01" in draft and "(Dự thảo, chưa được phê duyệt)" in draft
    # No quality manual: the manual has no code or revision of its own, and the cover invents none.
    assert "Mã hiệu" not in text(xml(render_manual(small, options))).split("DANH MỤC")[0]


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


def test_cover_and_master_list(manual_docx, small):
    root = xml(manual_docx)
    body = text(root)
    assert body.index("ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI") < body.index("ỦY BAN NHÂN DÂN XÃ TÂN PHÚ")
    assert "THEO TIÊU CHUẨN TCVN ISO 9001:2015" in body and "Tân Phú, năm 2026" in body
    listed = rows(table_with(root, "Tên tài liệu"))
    assert listed[0] == ["TT", "Mã hiệu", "Tên tài liệu", "Lần ban hành", "Ngày ban hành", "Ngày hiệu lực", "Phê duyệt"]
    codes = [r[1] for r in listed if len(r) == 7][1:]
    assert codes == [d.code for d in ordered(small.documents)] == ["CS-01", "MT-2025", "QT-01", "QT-HT-01", "BM-HT-01"]
    assert all(r[6] == "Chưa phê duyệt" for r in listed if len(r) == 7 and r[0] != "TT")  # nothing approved here


def test_no_contents_field_and_no_prompt_on_opening(manual_docx):
    """Each document numbers its own pages, so a contents field could only say "1": the master
    list is the contents, and Word is not asked to update fields (it would prompt)."""
    root = xml(manual_docx)
    assert not [i for i in instructions(root) if i.startswith("TOC")]
    assert not xpath(xml(manual_docx, "word/settings.xml"), "./w:updateFields")


def test_a_reference_asking_for_field_updates_is_not_obeyed(small, options):
    import io
    import zipfile

    from isodocs.render.docx.reference import builtin_reference

    source = zipfile.ZipFile(io.BytesIO(builtin_reference()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/settings.xml":
                data = data.replace(b"<w:defaultTabStop", b'<w:updateFields w:val="true"/><w:defaultTabStop')
            zf.writestr(item, data)
    own = dataclasses.replace(small, reference_docx=out.getvalue())
    assert not xpath(xml(render_manual(own, options), "word/settings.xml"), "./w:updateFields")


def test_master_list_codes_link_to_document_headings(manual_docx, small):
    root = xml(manual_docx)
    anchors = xpath(table_with(root, "Tên tài liệu"), ".//w:hyperlink/@w:anchor")
    assert len(anchors) == len(small.documents)
    for anchor in anchors:
        (heading,) = xpath(root, f"//w:p[w:bookmarkStart/@w:name='{anchor}']")
        assert xpath(heading, "./w:pPr/w:pStyle/@w:val") == ["Heading1"]


def test_first_page_of_the_master_list_has_no_number(manual_docx):
    """NĐ 30: pages are numbered from 1, but the first page shows no number."""
    root = xml(manual_docx)
    front = xpath(root, "//w:sectPr")[1]
    assert xpath(front, "./w:titlePg") and xpath(front, "./w:pgNumType/@w:start") == ["1"]
    first, default = (xpath(front, f"./w:headerReference[@w:type='{k}']/@r:id") for k in ("first", "default"))
    cover, front_header, first_header = headers(manual_docx)[:3]  # a section's default header, then its first
    assert not instructions(first_header) and instructions(front_header) == ["PAGE"]
    assert first and default and first != default


def test_master_list_columns_fit_dates_and_codes(manual_docx):
    from isodocs.render.docx import measure

    table = table_with(xml(manual_docx), "Tên tài liệu")
    widths = [int(w) for w in xpath(table, "./w:tblGrid/w:gridCol/@w:w")]
    date = measure.twips("15/07/2025", 12) + 2 * 85
    code = measure.twips("QT-HT-01", 12) + 2 * 85
    assert widths[4] >= date and widths[5] >= date and widths[1] >= code
    assert sum(widths) == 9354


def test_empty_manual_still_renders(options):
    data = render_manual(small_manual(documents=()), options)
    assert "DANH MỤC TÀI LIỆU" in text(xml(data))


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
