"""Custom document properties (render/docx/properties.py): written as text, the bytes lxml
writes for the same tree, read back as they were written."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from isodocs.render.docx.openxml import as_attribute, as_text, clean, is_plain
from isodocs.render.docx.properties import CUSTOM_NS, VT_NS, custom_properties_xml, parse_custom_properties

FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"


def by_lxml(properties: dict[str, str]) -> bytes:
    root = etree.Element(f"{{{CUSTOM_NS}}}Properties", nsmap={None: CUSTOM_NS, "vt": VT_NS})
    for pid, (name, value) in enumerate(properties.items(), start=2):
        prop = etree.SubElement(root, f"{{{CUSTOM_NS}}}property", fmtid=FMTID, pid=str(pid), name=clean(name))
        etree.SubElement(prop, f"{{{VT_NS}}}lpwstr").text = clean(str(value))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


# every character but lone surrogates, which no file isodocs reads can hold
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=12) | st.sampled_from(
    ["", "&<>\"'", "\t\n\r", "a\x00b\x1f\ufffe", "Đ\u0301ơn", "isodocs.content.0001"])


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(TEXT, TEXT, max_size=6))
def test_written_as_lxml_writes_the_same_tree(properties):
    assert custom_properties_xml(properties) == by_lxml(properties)


MARKS = st.text(st.sampled_from(["a", "\u0301", "\u0323", "\u0302", "e", "ơ", " ", "&", "\x01"]), max_size=5)


@settings(max_examples=500, deadline=None)
@given(st.lists(TEXT | MARKS, max_size=5))
def test_texts_joined_by_spaces_are_plain_together_only_if_each_is(texts):
    """custom_properties_xml asks a province's 5,000 properties at once whether any needs
    cleaning or escaping."""
    assert is_plain(" ".join(texts)) == all(is_plain(text) for text in texts)
    for text in texts:
        if is_plain(text):
            assert clean(text) == as_text(text) == as_attribute(text) == text


def test_read_back_as_written():
    properties = {"isodocs.document": "QT-01", "isodocs.content.0001": "QT-01:2:" + "a" * 40, "note": "a & b < c"}
    assert parse_custom_properties(custom_properties_xml(properties)) == properties
