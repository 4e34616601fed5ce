"""Keys of rendered blocks (isodocs/render/docx/keys.py): the part of a document's data each block
shows, with list items and Markdown paragraphs named as the data diff paired them."""

from __future__ import annotations

import dataclasses

from isodocs import model as m
from isodocs.diff.data import document_data
from isodocs.diff.engine import diff_documents
from isodocs.render.docx import markdown as md
from isodocs.render.docx.keys import NEW, OLD, Keyed, Keys, Pairing, key_of

from support.model import POLICY, TTHC_PROCEDURE

TARGET = md.Target(link=lambda url: "rId1", new_list=lambda ordered, start: 1, width=9000)


def sides(old: m.Document, new: m.Document) -> tuple[Keys, Keys]:
    pairing = Pairing(diff_documents(old, new), document_data(old), document_data(new))
    return Keys(pairing, OLD), Keys(pairing, NEW)


def with_steps(doc: m.Document, *steps: m.Step) -> m.Document:
    return dataclasses.replace(doc, procedure=dataclasses.replace(doc.procedure, steps=steps))


def test_items_kept_in_place_share_an_identity_and_the_others_stand_alone():
    first, second, third = TTHC_PROCEDURE.procedure.steps
    new_step = m.Step(1, "Hướng dẫn công dân", "Công chức tiếp nhận")
    old, new = sides(TTHC_PROCEDURE, with_steps(TTHC_PROCEDURE, new_step, first, dataclasses.replace(second, actor="X")))
    assert old.identity(("steps", 0)) == new.identity(("steps", 1)) == ("steps", ("=", 1))
    assert old.identity(("steps", 1)) == new.identity(("steps", 2)) == ("steps", ("=", 2))  # changed, in place
    assert new.identity(("steps", 0)) == ("steps", (NEW, 0))  # inserted
    assert old.identity(("steps", 2)) == ("steps", (OLD, 2))  # removed
    assert old.identity(("section", "5")) == ("section", "5")  # no list position: the key itself


def test_a_moved_item_leaves_its_place():
    first, second, third = TTHC_PROCEDURE.procedure.steps
    old, new = sides(TTHC_PROCEDURE, with_steps(TTHC_PROCEDURE, third, first, second))
    assert new.identity(("steps", 0)) == ("steps", (NEW, 0)) and old.identity(("steps", 2)) == ("steps", (OLD, 2))
    assert old.identity(("steps", 0)) == new.identity(("steps", 1))


def test_unchanged_lists_pair_item_for_item():
    old, new = sides(TTHC_PROCEDURE, dataclasses.replace(TTHC_PROCEDURE, title="Đăng ký khai sinh (sửa)"))
    assert [old.identity(("legal_basis", n)) for n in range(3)] == [new.identity(("legal_basis", n)) for n in range(3)]


def test_blocks_already_keyed_keep_their_key_and_the_others_are_numbered():
    old, _ = sides(TTHC_PROCEDURE, TTHC_PROCEDURE)
    inner = Keyed("<w:p/>", ("purpose", 0))
    marked = old.mark(("section", "1"), ["<w:p>a</w:p>", inner, "<w:p>b</w:p>"])
    assert [key_of(b) for b in marked] == [("section", "1", 0), ("purpose", 0), ("section", "1", 1)]
    assert marked[1] is inner


def test_markdown_blocks_are_keyed_by_the_paragraphs_the_word_diff_pairs():
    old_body = "Mở đầu.\n\n- một\n- hai\n\nKết thúc."
    new_body = "Mở đầu.\n\nĐoạn mới.\n\n- một\n- hai, sửa\n\nKết thúc."
    old_doc, new_doc = (dataclasses.replace(POLICY, body=b) for b in (old_body, new_body))
    old, new = sides(old_doc, new_doc)

    def keys(side: Keys, text: str) -> list:
        blocks, lines = md.render_lines(text, TARGET)
        return [(key_of(b)[1:-1], key_of(b)[-1]) for b in side.markdown(("body",), text, blocks, lines)]

    # The first and last paragraphs are the same; the list changed and a paragraph came before
    # it: one changed run, in which the untouched item still pairs with itself.
    assert keys(old, old_body) == [(("=", 0), 0), (("~", 1, "=", 1), 0), (("~", 1, "~", 2), 0), (("=", 3), 0)]
    assert keys(new, new_body) == [(("=", 0), 0), (("~", 1, "~", 0), 0), (("~", 1, "=", 1), 0), (("~", 1, "~", 2), 0),
                                   (("=", 3), 0)]
