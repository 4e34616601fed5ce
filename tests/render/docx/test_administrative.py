"""The administrative format (NĐ 30/2020/NĐ-CP) of forms and the policy, on the XML: the two
columns, the title, the place and date, signatures without grid lines, the watermark."""

from __future__ import annotations

import dataclasses

import pytest

from isodocs import model as m
from isodocs.render.docx.administrative import NAME_BOLD, lines
from isodocs.render.docx.letterhead import stands_alone
from isodocs.render.docx.manual import RenderOptions, render_document

from support.docxxml import headers, text, xml, xpath
from support.model import FORM, POLICY, STAMP, small_manual

OPTIONS = RenderOptions(stamp=STAMP)
VML = {"v": "urn:schemas-microsoft-com:vml"}
RECEIPT = dataclasses.replace(
    FORM, code="BM-MC-01", title="Giấy tiếp nhận hồ sơ và hẹn trả kết quả", attachment="",
    body="Mã hồ sơ: ..........\n\n- Ông/Bà: ..........\n",
    layout=m.Layout(unit="Trung tâm Phục vụ hành chính công", number="......./TNHS"),
    signatures=(m.Signature("Người nộp hồ sơ", note="(Ký và ghi rõ họ tên)"),
                m.Signature("Người tiếp nhận hồ sơ", note="(Ký và ghi rõ họ tên)")))
SIGNED_POLICY = dataclasses.replace(
    POLICY, layout=m.Layout(date_line="issued"),
    signatures=(m.Signature("Chủ tịch", authority="TM. Ủy ban nhân dân", person="minh.lv"),))


def shown(node) -> str:
    """The text of a node as printed: line breaks as line feeds, empty paragraphs (the rules
    under the names) left out."""
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    lines = []
    for p in xpath(node, ".//w:p"):
        said = "".join(e.text or "" if e.tag == W + "t" else "\n" for e in p.iter(W + "t", W + "br"))
        if said:
            lines.append(said)
    return "\n".join(lines)


def body_tables(root):
    """The tables after the control block (responsibility and revision tables)."""
    return xpath(root, "/w:document/w:body/w:tbl")[2:]


def has_borders(table) -> bool:
    return bool(xpath(table, "./w:tblPr/w:tblBorders") or xpath(table, "./w:tblPr/w:tblStyle"))


def test_a_form_starts_on_its_own_page_with_the_two_column_header():
    root = xml(render_document(small_manual(documents=(RECEIPT,)), RECEIPT, OPTIONS))
    header, *_ = body_tables(root)
    assert not has_borders(header)
    (names, motto), (number, dated) = [[shown(tc) for tc in xpath(tr, "./w:tc")] for tr in xpath(header, "./w:tr")]
    # NĐ 30 lets the body above the unit be abbreviated; long names are broken where they read well
    assert names == "UBND XÃ TÂN PHÚ\nTRUNG TÂM PHỤC VỤ\nHÀNH CHÍNH CÔNG"
    assert motto == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    assert number == "Số: ......./TNHS" and dated == "Tân Phú, ngày ..... tháng ..... năm 20....."
    rules = xpath(header, ".//w:p[w:pPr/w:pBdr/w:bottom]")
    assert len(rules) == 2  # under the agency's name and under the Tiêu ngữ
    before = header.getprevious()
    assert xpath(before, "./w:r/w:br/@w:type") == ["page"]
    title = header.getnext()
    assert text(title) == "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"
    assert xpath(title, "./w:pPr/w:jc/@w:val") == ["center"]
    assert xpath(root, "//w:p[w:pPr/w:pStyle/@w:val='FormText']")  # the form's own text, single-spaced


def test_signatures_sit_side_by_side_without_grid_lines_with_room_to_sign():
    root = xml(render_document(small_manual(documents=(RECEIPT,)), RECEIPT, OPTIONS))
    signatures = body_tables(root)[-1]
    assert not has_borders(signatures)
    [[left, right]] = [[text(tc) for tc in xpath(tr, "./w:tc")] for tr in xpath(signatures, "./w:tr")]
    assert left == "NGƯỜI NỘP HỒ SƠ\n(Ký và ghi rõ họ tên)\n" and right.startswith("NGƯỜI TIẾP NHẬN HỒ SƠ")
    room = xpath(signatures, ".//w:tc[1]/w:p[last()]/w:pPr/w:spacing/@w:before")
    assert int(room[0]) >= 1000  # about 2 cm to sign
    assert xpath(signatures, "./w:tr/w:trPr/w:cantSplit")


def test_the_policy_is_dated_and_signed_by_its_leader_in_the_right_half():
    manual = small_manual(documents=(SIGNED_POLICY,))
    root = xml(render_document(manual, SIGNED_POLICY, OPTIONS))
    header, signatures = body_tables(root)
    assert shown(xpath(header, ".//w:tc")[0]) == "ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ"  # no body above a People's Committee
    assert "TỈNH ĐỒNG NAI" not in text(header)
    assert "Tân Phú, ngày 15 tháng 7 năm 2025" in text(header)  # NĐ 30: tháng 7, but tháng 01 and 02
    [[left, right]] = [[text(tc) for tc in xpath(tr, "./w:tc")] for tr in xpath(signatures, "./w:tr")]
    assert left == "" and right == "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Minh"
    last_text = signatures.getprevious().getprevious()  # the spacer, then the policy's last paragraph
    assert xpath(last_text, "./w:pPr/w:keepNext")  # the signature never stands alone on a page


@pytest.mark.parametrize("month, shown", [(1, "ngày 05 tháng 01 năm 2026"), (2, "ngày 05 tháng 02 năm 2026"),
                                          (11, "ngày 05 tháng 11 năm 2026")])
def test_nd30_writes_a_leading_zero_for_small_days_and_the_first_two_months(month, shown):
    import datetime as dt

    policy = dataclasses.replace(SIGNED_POLICY, issued=dt.date(2026, month, 5))
    assert shown in text(xml(render_document(small_manual(documents=(policy,)), policy, OPTIONS)))


def test_a_department_writes_its_parent_above_its_name():
    config = dataclasses.replace(small_manual().config,
                                 agency=m.Agency("Sở Tư pháp tỉnh Đồng Nai", "", "Ủy ban nhân dân tỉnh Đồng Nai"))
    manual = dataclasses.replace(small_manual(documents=(SIGNED_POLICY,)), config=config)
    header = body_tables(xml(render_document(manual, SIGNED_POLICY, OPTIONS)))[0]
    names = shown(xpath(header, ".//w:tc")[0])
    assert names.index("ỦY BAN NHÂN DÂN") < names.index("SỞ TƯ PHÁP")
    assert stands_alone("Ủy ban nhân dân xã Tân Phú", "Ủy ban nhân dân|Hội đồng nhân dân")
    assert not stands_alone("Sở Tư pháp tỉnh Đồng Nai", "Ủy ban nhân dân|Hội đồng nhân dân")


def test_a_register_has_the_agency_column_only_and_no_national_motto():
    register = dataclasses.replace(RECEIPT, layout=m.Layout(header="agency", subtitle="Năm 20....."), signatures=())
    root = xml(render_document(small_manual(documents=(register,)), register, OPTIONS))
    assert "CỘNG HÒA" not in text(root) and "Độc lập" not in text(root)
    assert "Năm 20....." in text(root)
    none = dataclasses.replace(RECEIPT, layout=m.Layout(header="none", date_line="none"), signatures=())
    body = text(xml(render_document(small_manual(documents=(none,)), none, OPTIONS)))
    assert "TRUNG TÂM" not in body and "ngày ....." not in body and "GIẤY TIẾP NHẬN HỒ SƠ" in body


def test_english_labels_for_the_administrative_words():
    root = xml(render_document(small_manual(documents=(RECEIPT,)), RECEIPT, RenderOptions(stamp=STAMP, lang="en")))
    body = text(root)
    assert "SOCIALIST REPUBLIC OF VIETNAM" in body and "Independence - Freedom - Happiness" in body
    assert "No.: ......./TNHS" in body


def test_names_break_before_the_administrative_unit():
    units = "xã|phường|thị trấn|tỉnh|thành phố"
    assert lines("ỦY BAN NHÂN DÂN XÃ TÂN PHÚ", 3500, NAME_BOLD, units) == "ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ"
    assert lines("UBND XÃ TÂN PHÚ", 3500, NAME_BOLD, units) == "UBND XÃ TÂN PHÚ"  # fits: one line


# --- markings -----------------------------------------------------------------------------------


@pytest.mark.parametrize("marking, watermark", [("DỰ THẢO", True), ("HẾT HIỆU LỰC", True), ("BẢN KIỂM SOÁT", False)])
def test_drafts_and_obsolete_copies_carry_a_diagonal_watermark(marking, watermark):
    (header,) = headers(render_document(small_manual(), POLICY, RenderOptions(stamp=STAMP, marking=marking)))
    shapes = header.xpath("//v:shape", namespaces=VML)
    assert bool(shapes) == watermark
    if watermark:
        (shape,) = shapes
        assert shape.get("id").startswith("PowerPlusWaterMarkObject")  # Word's own: Remove Watermark finds it
        assert "rotation:315" in shape.get("style")
        (path,) = shape.xpath("./v:textpath/@string", namespaces=VML)
        assert path == marking


def test_the_control_block_names_the_kind_once_when_the_title_is_the_kind():
    (header,) = headers(render_document(small_manual(), POLICY, OPTIONS))
    middle = text(xpath(header, "//w:tc")[1])
    assert middle == "CHÍNH SÁCH CHẤT LƯỢNG"  # not "CHÍNH SÁCH CHẤT LƯỢNG / CHÍNH SÁCH CHẤT LƯỢNG"
