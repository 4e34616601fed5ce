"""Merging two renderings into one with tracked changes (isodocs/render/docx/merge.py): blocks
and rows pair by their keys, the rest in order; accepting every change gives the new text and
rejecting every change the old, whatever the Markdown holds."""

from __future__ import annotations

import dataclasses
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from isodocs.diff.engine import diff_manuals
from isodocs.render.docx.manual import RenderOptions, render_document
from isodocs.render.docx.merge import pair
from isodocs.render.docx.redline import document_marking, render_redline
from isodocs.render.labels import labels_for

from support.model import OBJECTIVES, POLICY, STAMP, TTHC_PROCEDURE, small_manual
from support.redline_xml import NS, part, resolve, section_texts, sections, texts

EXAMPLES = settings(max_examples=int(os.environ.get("ISODOCS_PROPERTY_EXAMPLES", "100")) // 2, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def test_keyed_items_pair_and_the_unkeyed_pair_in_order_while_alike():
    old = [("a",), None, None, ("b",), ("gone",)]
    new = [None, ("a",), None, ("new",), ("b",)]
    # "a" and "b" pair; between them the unkeyed paragraphs pair in order; what one side alone
    # has comes and goes, the old before the new.
    steps = pair(old, new, "ppppp", "ppppp")
    assert steps == [(None, 0), (0, 1), (1, 2), (2, None), (None, 3), (3, 4), (4, None)]
    # a paragraph does not pair with a table: both stand alone
    assert pair([None], [None], "p", "t") == [(0, None), (None, 0)]


def test_keys_that_cross_pair_as_many_as_keep_both_orders():
    old = [("x",), ("y",), ("z",)]
    new = [("z",), ("x",), ("y",)]
    assert pair(old, new, "ppp", "ppp") == [(None, 0), (0, 1), (1, 2), (2, None)]


def redline(old_docs, new_docs) -> tuple:
    a, b = small_manual(documents=tuple(old_docs)), small_manual(documents=tuple(new_docs))
    diff = diff_manuals(a, b)
    return a, b, diff, render_redline(a, b, diff, RenderOptions(stamp=STAMP))


def assert_accepts_to_b_and_rejects_to_a(a, b, diff, data) -> None:
    for keep, side, which in (("ins", b, "new"), ("del", a, "old")):
        body = sections(resolve(part(data, "word/document.xml"), keep))[1:]
        for n, (change, blocks) in enumerate(zip(diff.documents, body), start=1):
            ref = getattr(change, which)
            new = b.document(change.new.code) if change.new else None
            marking = document_marking(labels_for(b, "vi"), b, new)  # its pages' marking in the redline
            alone = render_document(side, side.document(ref.code), RenderOptions(stamp=STAMP, marking=marking))
            assert section_texts(blocks) == section_texts(sections(part(alone, "word/document.xml"))[0]), which
            header = texts(resolve(part(data, f"word/header{n + 1}.xml"), keep))
            assert header == texts(part(alone, "word/header1.xml")), which


def test_a_step_inserted_and_one_changed_keep_the_other_rows_untouched():
    first, second, third = TTHC_PROCEDURE.procedure.steps
    inserted = dataclasses.replace(second, action="Thẩm định hồ sơ")
    new = dataclasses.replace(TTHC_PROCEDURE, procedure=dataclasses.replace(
        TTHC_PROCEDURE.procedure, steps=(first, inserted, second, dataclasses.replace(third, actor="Bộ phận một cửa"))))
    a, b, diff, data = redline([TTHC_PROCEDURE], [new])
    root = part(data, "word/document.xml")
    step_rows = [r for r in root.xpath("//w:tbl[.//w:t='Trình tự thực hiện']/w:tr", namespaces=NS)][1:]
    marks = [("ins" if r.xpath("w:trPr/w:ins", namespaces=NS) else "del" if r.xpath("w:trPr/w:del", namespaces=NS)
              else "changed" if r.xpath(".//w:ins | .//w:del", namespaces=NS) else "") for r in step_rows]
    # the first step untouched; the new one inserted; the second as it was; the third's actor
    # changed within its row; the total (its hours unchanged... but the sum moved) last
    assert marks[:4] == ["", "ins", "", "changed"]
    assert_accepts_to_b_and_rejects_to_a(a, b, diff, data)


def test_an_item_added_to_a_list_in_the_text_leaves_the_others_untouched():
    old = dataclasses.replace(POLICY, body="Cam kết:\n\n- Đúng hạn;\n- Minh bạch;\n- Công khai.\n")
    new = dataclasses.replace(POLICY, body="Cam kết:\n\n- Đúng hạn;\n- Thân thiện;\n- Minh bạch;\n- Công khai.\n")
    a, b, diff, data = redline([old], [new])
    items = part(data, "word/document.xml").xpath("//w:p[w:pPr/w:pStyle/@w:val='ListParagraph']", namespaces=NS)
    changed = ["".join(p.xpath(".//w:t/text()", namespaces=NS)) for p in items
               if p.xpath(".//w:ins | .//w:del", namespaces=NS)]
    assert changed == ["Thân thiện;"]
    assert_accepts_to_b_and_rejects_to_a(a, b, diff, data)


BLOCKS = [
    "Ủy ban nhân dân xã cam kết giải quyết thủ tục đúng hạn.",
    "Mọi công chức hiểu và thực hiện chính sách này.",
    "## Mục tiêu",
    "- Đúng hạn;\n- Minh bạch;\n- Công khai.",
    "1. Tiếp nhận\n2. Giải quyết\n3. Trả kết quả",
    "- Một\n\n- Hai",
    "| Chỉ tiêu | Mức |\n|---|---|\n| Đúng hạn | 98% |\n| Trực tuyến | 60% |",
    "```\nmã nguồn\n\nvẫn là mã\n```",
    "> Trích dẫn **đậm** và *nghiêng*.",
    "Xem [Cổng dịch vụ công](https://dichvucong.gov.vn) để biết thêm.",
    "---",
]
body = st.lists(st.sampled_from(BLOCKS), max_size=6).map("\n\n".join)


@st.composite
def edited(draw, text: str) -> str:
    """`text` with a few of its blocks dropped, replaced, moved or reworded."""
    blocks = [b for b in text.split("\n\n") if b] if text else []
    for _ in range(draw(st.integers(0, 3))):
        what = draw(st.sampled_from(["insert", "drop", "reword", "swap"]))
        at = draw(st.integers(0, len(blocks)))
        if what == "insert" or not blocks:
            blocks.insert(at, draw(st.sampled_from(BLOCKS)))
        elif what == "drop":
            blocks.pop(min(at, len(blocks) - 1))
        elif what == "reword":
            n = min(at, len(blocks) - 1)
            blocks[n] = blocks[n].replace(draw(st.sampled_from(["Đúng hạn", "xã", "Hai", "|", "mã", "Một"])),
                                          draw(st.sampled_from(["Kịp thời", "phường", "Ba", "", "Hai\n- Bốn"])), 1)
        else:
            blocks = blocks[at:] + blocks[:at]
    return "\n\n".join(blocks)


@EXAMPLES
@given(st.data())
def test_any_markdown_edit_accepts_to_the_new_text_and_rejects_to_the_old(data):
    old_body = data.draw(body)
    new_body = data.draw(edited(old_body))
    plan_old, plan_new = data.draw(body), data.draw(body)
    objectives = lambda plan: dataclasses.replace(OBJECTIVES, objectives=dataclasses.replace(  # noqa: E731
        OBJECTIVES.objectives, objectives=(dataclasses.replace(OBJECTIVES.objectives.objectives[0], plan=plan),
                                           *OBJECTIVES.objectives.objectives[1:])))
    a, b, diff, redlined = redline([dataclasses.replace(POLICY, body=old_body), objectives(plan_old)],
                                   [dataclasses.replace(POLICY, body=new_body), objectives(plan_new)])
    assert_accepts_to_b_and_rejects_to_a(a, b, diff, redlined)
