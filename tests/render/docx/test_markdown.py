"""Markdown bodies become real Word constructs; raw HTML never passes through."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from isodocs.render.docx import markdown as md
from isodocs.render.docx.manual import RenderOptions, render_document

from support.docxxml import parts, text, xml, xpath
from support.model import POLICY, STAMP, small_manual


def render_body(body: str) -> bytes:
    doc = dataclasses.replace(POLICY, body=body)
    return render_document(small_manual(documents=(doc,)), doc, RenderOptions(stamp=STAMP))


def body_paragraphs(data: bytes):
    """Paragraphs after the control block (the revision table is the last table before)."""
    root = xml(data)
    return xpath(root, "//w:body/w:tbl[2]/following-sibling::*")


def styles(data: bytes) -> list[str]:
    return [(xpath(p, "./w:pPr/w:pStyle/@w:val") or ["Normal"])[0] for p in body_paragraphs(data) if p.tag.endswith("}p")]


def test_headings_shift_under_the_document_heading():
    data = render_body("# One\n\n## Two\n\n### Three\n\n#### Four\n\n##### Five\n")
    assert styles(data)[:5] == ["Heading2", "Heading3", "Heading4", "Heading4", "Heading4"]


def test_inline_formatting():
    data = render_body("Plain **bold** *italic* ~~gone~~ `code` end")
    (p,) = [p for p in body_paragraphs(data) if "Plain" in text(p)]
    assert xpath(p, ".//w:r[w:rPr/w:b]/w:t/text()") == ["bold"]
    assert xpath(p, ".//w:r[w:rPr/w:i]/w:t/text()") == ["italic"]
    assert xpath(p, ".//w:r[w:rPr/w:strike]/w:t/text()") == ["gone"]
    assert xpath(p, ".//w:r[w:rPr/w:rStyle/@w:val='VerbatimChar']/w:t/text()") == ["code"]


def test_links_are_real_hyperlinks():
    data = render_body("See [the register](https://vbpl.vn/x?a=1&b=2) and [again](https://vbpl.vn/x?a=1&b=2).")
    ids = xpath(xml(data), "//w:hyperlink/@r:id")
    assert len(ids) == 2 and len(set(ids)) == 1
    rels = etree.fromstring(parts(data)["word/_rels/document.xml.rels"])
    (rel,) = xpath(rels, f"//rel:Relationship[@Id='{ids[0]}']")
    assert rel.get("Target") == "https://vbpl.vn/x?a=1&b=2" and rel.get("TargetMode") == "External"
    assert rel.get("Type").endswith("/hyperlink")
    assert xpath(xml(data), "//w:hyperlink//w:rStyle/@w:val")[0] == "Hyperlink"


def test_each_numbered_list_restarts():
    data = render_body("1. a\n2. b\n\nText between.\n\n1. c\n2. d\n\n- x\n  1. nested\n")
    root = xml(data)
    num_ids = xpath(root, "//w:numPr/w:numId/@w:val")
    levels = xpath(root, "//w:numPr/w:ilvl/@w:val")
    assert num_ids[0] == num_ids[1] != num_ids[2] == num_ids[3]
    assert levels[-1] == "1"  # the nested list
    numbering = xml(data, "word/numbering.xml")
    for num_id in (num_ids[0], num_ids[2]):
        (num,) = xpath(numbering, f"//w:num[@w:numId='{num_id}']")
        assert xpath(num, "./w:lvlOverride[@w:ilvl='0']/w:startOverride/@w:val") == ["1"]
    # every abstractNum comes before every num (schema order)
    tags = [c.tag.split("}")[1] for c in numbering]
    assert tags.index("num") > max(i for i, t in enumerate(tags) if t == "abstractNum")


def test_ordered_list_start():
    numbering = xml(render_body("3. third\n4. fourth\n"), "word/numbering.xml")
    assert xpath(numbering, "//w:num[last()]/w:lvlOverride[@w:ilvl='0']/w:startOverride/@w:val") == ["3"]


def test_tables():
    data = render_body("| Bước | Nội dung | Thời gian |\n|---|:---|--:|\n| 1 | Tiếp nhận **hồ sơ** | 1 giờ |\n| 2 | Trả |\n")
    table = body_paragraphs(data)[0]
    assert table.tag.endswith("}tbl")
    trs = xpath(table, "./w:tr")
    assert len(trs) == 3 and xpath(trs[0], "./w:trPr/w:tblHeader")
    assert [text(tc) for tc in xpath(trs[1], "./w:tc")] == ["1", "Tiếp nhận hồ sơ", "1 giờ"]
    assert len(xpath(trs[2], "./w:tc")) == 3  # short rows are padded
    assert xpath(trs[1], "./w:tc[3]/w:p/w:pPr/w:jc/@w:val") == ["right"]
    widths = [int(x) for x in xpath(table, "./w:tblGrid/w:gridCol/@w:w")]
    assert sum(widths) == int(xpath(table, "./w:tblPr/w:tblW/@w:w")[0])


def test_a_form_s_table_fits_its_words_and_leaves_room_to_write_in_blank_rows():
    from isodocs.render.docx import measure

    data = render_body("| TT | Ngày phát hiện | Số phiếu BM-KP-01 | Mô tả sự không phù hợp của hồ sơ |\n"
                       "|---|---|---|---|\n| 1 | 15/07/2025 | | |\n| 2 | | | |\n")
    (table,) = [t for t in body_paragraphs(data) if t.tag.endswith("}tbl")]
    widths = [int(x) for x in xpath(table, "./w:tblGrid/w:gridCol/@w:w")]
    assert widths[1] >= measure.twips("15/07/2025", 12, bold=True) + 2 * 85
    assert widths[2] >= measure.twips("BM-KP-01", 12, bold=True) + 2 * 85
    heights = [xpath(tr, "./w:trPr/w:trHeight/@w:val") for tr in xpath(table, "./w:tr")]
    assert heights == [[], [], ["454"]]  # the header, a row written in, a row to fill in by hand


def test_lists_in_a_form_are_in_its_style_and_indented_little():
    doc = dataclasses.replace(POLICY, kind="form", body="Hình thức nhận:\n\n1. Trực tiếp\n2. Bưu chính\n")
    root = xml(render_document(small_manual(documents=(doc,)), doc, RenderOptions(stamp=STAMP)))
    items = xpath(root, "//w:p[w:pPr/w:numPr]")
    assert [xpath(p, "./w:pPr/w:pStyle/@w:val") for p in items] == [["FormText"], ["FormText"]]
    assert xpath(items[0], "./w:pPr/w:ind/@w:hanging") == ["284"]


def test_quote_break_code_rule():
    data = render_body("> quoted\n\nline one  \nline two\n\n```\ncode <x>\n```\n\n---\n")
    assert styles(data)[:3] == ["BlockText", "Normal", "SourceCode"]
    assert xpath(body_paragraphs(data)[1], ".//w:br")
    assert "code <x>" in text(body_paragraphs(data)[2])
    assert xpath(body_paragraphs(data)[3], "./w:pPr/w:pBdr/w:bottom")


def test_raw_html_is_text_not_markup():
    data = render_body('<script>alert(1)</script>\n\nA <b onclick="x()">bold</b> word.\n\n<div>\nblock\n</div>\n')
    shown = text(xml(data))
    assert "<script>alert(1)</script>" in shown
    assert '<b onclick="x()">bold</b>' in shown
    assert not any(xpath(p, ".//w:r[w:rPr/w:b]") for p in body_paragraphs(data))  # <b> did not become bold


def test_internal_links_keep_their_text():
    data = render_body("See [below](#section).")
    assert not xpath(xml(data), "//w:hyperlink")
    assert "See below." in text(xml(data))


TARGET = md.Target(link=lambda url: "rId1", new_list=lambda ordered, start: 1, width=9000)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_any_text_gives_well_formed_xml(source):
    blocks = md.render(source, TARGET)
    etree.fromstring(f'<w:body xmlns:w="{md.ox.W_NS}" xmlns:r="{md.ox.R_NS}">{"".join(blocks)}</w:body>')
