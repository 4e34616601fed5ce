"""Reproducible packages, the built-in reference.docx, and a manual's own reference.docx."""

from __future__ import annotations

import datetime as dt
import io
import os
import random
import subprocess
import sys
import zipfile
import zlib

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from docx.opc.coreprops import CoreProperties
from docx.opc.oxml import serialize_part_xml
from docx.oxml.parser import parse_xml

from isodocs.render.docx.manual import RenderOptions, render_document, render_manual
from isodocs.render.docx.package import Stream, crc32_combine, crc_shift, deflated, joined, segment, write_zip
from isodocs.render.docx.properties import CoreInfo, set_core_properties
from isodocs.render.docx.reference import _template
from isodocs.render.docx.writer import core_properties_xml
from isodocs.system import resources

from support.docxxml import NS, names, parts, xml, xpath
from support.model import POLICY, STAMP, TTHC_PROCEDURE, small_manual
from support.paths import ROOT


def test_write_zip_is_ordered_and_timestamped():
    stamp = dt.datetime(2026, 1, 2, 3, 4, 6)
    data = write_zip([("word/b.xml", b"b"), ("_rels/.rels", b"r"), ("[Content_Types].xml", b"c"),
                      ("a.xml", [b"x", b"y"])], stamp)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert zf.namelist() == ["[Content_Types].xml", "_rels/.rels", "a.xml", "word/b.xml"]
        assert {i.date_time for i in zf.infolist()} == {(2026, 1, 2, 3, 4, 6)}
        assert zf.read("a.xml") == b"xy"
    assert data == write_zip([("a.xml", b"xy"), ("word/b.xml", b"b"), ("_rels/.rels", b"r"),
                              ("[Content_Types].xml", b"c")], stamp)


def test_aware_stamps_are_taken_in_utc():
    plus7 = dt.timezone(dt.timedelta(hours=7))
    a = render_document(small_manual(), POLICY, RenderOptions(stamp=dt.datetime(2026, 3, 1, 15, 30, tzinfo=plus7)))
    b = render_document(small_manual(), POLICY, RenderOptions(stamp=STAMP))
    assert a == b


def test_reference_docx_is_reproducible_and_as_specified(tmp_path):
    out = tmp_path / "reference.docx"
    subprocess.run([sys.executable, str(ROOT / "tools" / "make_reference_docx.py"), str(out)], check=True,
                   capture_output=True)
    shipped = resources.read_bytes("templates", "reference.docx")
    assert out.read_bytes() == shipped  # committed file is the script's output
    assert not any("thumbnail" in n or "stylesWithEffects" in n for n in names(shipped))
    section = docx.Document(io.BytesIO(shipped)).sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    assert [round(x.mm) for x in (section.top_margin, section.bottom_margin, section.left_margin,
                                  section.right_margin)] == [20, 20, 30, 15]
    styles = xml(shipped, "word/styles.xml")
    assert xpath(styles, "//w:rPrDefault//w:rFonts/@w:ascii") == ["Times New Roman"]
    assert xpath(styles, "//w:rPrDefault//w:sz/@w:val") == ["26"]
    normal = xpath(styles, "//w:style[@w:styleId='Normal']/w:pPr")[0]
    assert xpath(normal, "./w:jc/@w:val") == ["both"] and xpath(normal, "./w:ind/@w:firstLine") == ["567"]
    assert xpath(styles, "//w:pPrDefault//w:spacing/@w:after") == ["120"]
    for level in range(1, 5):
        assert xpath(styles, f"//w:style[@w:styleId='Heading{level}']/w:rPr/w:b")
    assert xpath(styles, "//w:style[@w:styleId='TableGrid']//w:tblBorders/w:insideH/@w:val") == ["single"]


def own_reference(*, drop: tuple[str, ...] = (), left_margin_mm: int = 25) -> bytes:
    """A manual's reference.docx: the built-in one with a different Normal font, a wider page
    text and some styles missing."""
    document = docx.Document(io.BytesIO(resources.read_bytes("templates", "reference.docx")))
    styles = document.styles.element
    for style in list(styles):
        if style.get(f"{{{NS['w']}}}styleId") in drop:
            styles.remove(style)
    normal = styles.xpath("//w:style[@w:styleId='Normal']")[0]  # python-docx's xpath knows w:
    normal.append(docx.oxml.parse_xml(
        '<w:rPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr>'))
    document.sections[0].left_margin = docx.shared.Mm(left_margin_mm)
    document.sections[0].header.paragraphs[0].text = "REFERENCE HEADER"
    raw = io.BytesIO()
    document.save(raw)
    return raw.getvalue()


def test_a_manuals_reference_docx_gives_the_styles():
    manual = small_manual(reference_docx=own_reference(drop=("TableText", "Heading3")))
    data = render_document(manual, TTHC_PROCEDURE, RenderOptions(stamp=STAMP))
    styles = xml(data, "word/styles.xml")
    assert xpath(styles, "//w:style[@w:styleId='Normal']/w:rPr/w:rFonts/@w:ascii") == ["Arial"]
    # styles it lacks come from the built-in reference
    assert xpath(styles, "//w:style[@w:styleId='TableText']") and xpath(styles, "//w:style[@w:styleId='Heading3']")
    # tables follow its page: 210 - 25 - 15 mm of text
    widths = xpath(xml(data), "//w:tbl[1]/w:tblPr/w:tblW/@w:w")
    assert abs(int(widths[0]) - round(170 * 1440 / 25.4)) < 3
    assert not any("thumbnail" in n for n in names(data))
    assert not any(b"REFERENCE HEADER" in content for content in parts(data).values())  # only our headers


def test_a_reference_without_numbering_part_still_gets_lists():
    reference = parts(resources.read_bytes("templates", "reference.docx"))
    reference.pop("word/numbering.xml")
    reference["word/_rels/document.xml.rels"] = reference["word/_rels/document.xml.rels"].replace(
        b'<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>', b"")
    reference["[Content_Types].xml"] = reference["[Content_Types].xml"].replace(
        b'<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>', b"")
    manual = small_manual(reference_docx=write_zip(reference.items(), STAMP))
    data = render_document(manual, POLICY, RenderOptions(stamp=STAMP))
    assert xpath(xml(data, "word/numbering.xml"), "//w:num")


def test_manual_parts_are_well_formed():
    data = render_manual(small_manual(), RenderOptions(stamp=STAMP, marking="BẢN SAO"))
    for name, content in parts(data).items():
        if name.endswith((".xml", ".rels")):
            xml(data, name)  # parses


# --- the writer's own pieces: zip entries as zipfile writes them, a part compressed piece by piece,
# CRC-32 combined, core properties from a form -----------------------------------------------------

PIECES_STAMP = dt.datetime(2026, 1, 2, 3, 4, 6)


def zipfile_bytes(entries, stamp) -> bytes:
    """What the writer used to do: Python's zipfile, entry by entry."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=stamp.timetuple()[:6])
            info.compress_type, info.create_system, info.external_attr = zipfile.ZIP_DEFLATED, 3, 0o644 << 16
            with zf.open(info, "w") as handle:
                handle.write(data)
    return out.getvalue()


def test_the_zip_is_what_zipfile_writes():
    entries = [("[Content_Types].xml", b"<Types/>"), ("_rels/.rels", b""), ("word/document.xml", b"x" * 100_000),
               ("word/đ.xml", "chữ".encode())]
    assert write_zip(entries, PIECES_STAMP) == zipfile_bytes(entries, PIECES_STAMP)
    precompressed = [(n, deflated(d)) for n, d in entries]
    assert write_zip(precompressed, PIECES_STAMP) == zipfile_bytes(entries, PIECES_STAMP)


def test_crc32_combines_as_zlib_does():
    rng = random.Random(7)
    for _ in range(200):
        a, b = os.urandom(rng.randrange(0, 3000)), os.urandom(rng.randrange(0, 70_000))
        assert crc32_combine(zlib.crc32(a), zlib.crc32(b), len(b)) == zlib.crc32(a + b)


def test_pieces_compressed_apart_join_into_one_stream():
    rng = random.Random(3)
    texts = [(f"<w:p>đoạn {n} </w:p>" * rng.randrange(1, 4000)).encode() for n in range(30)]
    pieces = [segment(text, texts[n - 1] if n else b"") for n, text in enumerate(texts)]
    whole = b"".join(texts)
    one = joined(pieces)
    assert zlib.decompress(one.data, -15) == whole and one.crc == zlib.crc32(whole) and one.size == len(whole)
    stream, rest = Stream(), Stream()
    stream.add(pieces[0], texts[0])
    for piece in pieces[1:]:
        rest.add(piece)  # without the text: its CRC combined
    stream.extend(rest)
    assert stream.close() == one
    ran = Stream()  # a run of pieces added as one, their bytes apart
    ran.add(pieces[0], texts[0])
    middle = joined(pieces[1:10])
    ran.add_run([piece.data for piece in pieces[1:10]], middle.crc, middle.size, crc_shift(middle.size))
    for piece in pieces[10:]:
        ran.add(piece)
    assert ran.close() == one
    with zipfile.ZipFile(io.BytesIO(write_zip([("a.xml", one)], PIECES_STAMP))) as zf:
        assert zf.testzip() is None and zf.read("a.xml") == whole


@pytest.mark.parametrize("title", ["", "a & b <c> \r\n\t x", "Quy trình đăng ký " * 30, "x\x01y", "]]>", '"\' '])
def test_core_properties_from_the_form_are_what_python_docx_writes(title):
    template = _template(None, "vi-VN")
    info = CoreInfo(title=title, subject=title[:5], creator="Ủy ban nhân dân", keywords=title, language="vi-VN")
    element = parse_xml(template.core_xml)
    core = CoreProperties(element)
    set_core_properties(core, info)
    core.created = core.modified = PIECES_STAMP
    core.revision = 1
    assert core_properties_xml(template.core_xml, info, PIECES_STAMP) == serialize_part_xml(element)


def test_the_types_the_outputs_name_are_python_docx_s():
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    from isodocs.render.docx import parts as opc

    assert (opc.HEADER_REL, opc.FOOTER_REL, opc.HYPERLINK_REL, opc.NUMBERING_REL, opc.CUSTOM_PROPERTIES_REL,
            opc.THUMBNAIL_REL) == (RT.HEADER, RT.FOOTER, RT.HYPERLINK, RT.NUMBERING, RT.CUSTOM_PROPERTIES, RT.THUMBNAIL)
    assert (opc.HEADER_TYPE, opc.NUMBERING_TYPE, opc.CUSTOM_PROPERTIES_TYPE) \
        == (CT.WML_HEADER, CT.WML_NUMBERING, CT.OFC_CUSTOM_PROPERTIES)


_CONTROLS = "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r")  # what XML cannot hold, with these
_REL_TEXT = st.text(st.characters(exclude_categories=("Cs",), exclude_characters=_CONTROLS + "\ufffe\uffff"),
                    max_size=40)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_REL_TEXT, _REL_TEXT, _REL_TEXT, st.booleans()), max_size=5))
def test_relationships_are_written_as_python_docx_writes_them(rels):
    from docx.opc.oxml import CT_Relationships

    from isodocs.render.docx.parts import Rel, rels_xml

    element = CT_Relationships.new()
    for rid, reltype, target, external in rels:
        element.add_rel(rid, reltype, target, external)
    assert rels_xml([Rel(*rel) for rel in rels]) == element.xml


def test_a_relationship_xml_cannot_hold_is_refused():
    from isodocs.render.docx.parts import Rel, rels_xml

    with pytest.raises(ValueError, match="XML compatible"):
        rels_xml([Rel("rId1", "http://x", "a\x01b")])


def test_a_template_kept_as_plain_data_is_the_template():
    import marshal

    from isodocs.render.docx.reference import Template

    made = _template(None, "vi-VN")
    kept = Template.thawed(marshal.loads(marshal.dumps(made.kept())))  # as the build cache holds it
    assert [getattr(kept, f) for f in Template.__dataclass_fields__] \
        == [getattr(made, f) for f in Template.__dataclass_fields__]
    damaged = made.kept()
    damaged[-1] = "7"
    for bad in (damaged, made.kept()[:-1], None, "template"):
        with pytest.raises(ValueError):
            Template.thawed(bad)
